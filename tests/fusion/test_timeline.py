"""Timeline: temporal expressions resolved right, undated articles placed, events dated."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from newsfuse.fusion.timeline import find_expressions

# (text, reference date, expected date of the first expression found)
CASES = [
    # weekdays against a Saturday (2024-12-07)
    ("on Saturday", "2024-12-07", "2024-12-07"),
    ("Saturday night", "2024-12-07", "2024-12-07"),
    ("late on Saturday night", "2024-12-07", "2024-12-07"),
    ("on Friday", "2024-12-07", "2024-12-06"),
    ("called Friday for talks", "2024-12-07", "2024-12-06"),
    ("Thursday", "2024-12-07", "2024-12-05"),
    ("on Monday", "2024-12-07", "2024-12-02"),
    ("early Sunday", "2024-12-07", "2024-12-08"),
    ("early hours of Sunday morning", "2024-12-07", "2024-12-08"),
    ("on Sunday", "2024-12-07", "2024-12-08"),
    ("last Sunday", "2024-12-07", "2024-12-01"),
    ("last Saturday", "2024-12-07", "2024-11-30"),
    ("next Saturday", "2024-12-07", "2024-12-14"),
    ("next Monday", "2024-12-07", "2024-12-09"),
    ("talks will resume on Tuesday", "2024-12-07", "2024-12-10"),
    ("earlier on Saturday", "2024-12-07", "2024-12-07"),
    ("Friday evening", "2024-12-07", "2024-12-06"),
    # weekdays against a Sunday (2024-12-08)
    ("on Sunday", "2024-12-08", "2024-12-08"),
    ("early hours of Sunday morning", "2024-12-08", "2024-12-08"),
    ("Saturday evening", "2024-12-08", "2024-12-07"),
    ("Saturday night", "2024-12-08", "2024-12-07"),
    ("on Friday", "2024-12-08", "2024-12-06"),
    ("on Monday", "2024-12-08", "2024-12-09"),
    ("Wednesday", "2024-12-08", "2024-12-04"),
    ("last Friday", "2024-12-08", "2024-12-06"),
    # month and year boundaries, leap years
    ("on Sunday", "2024-01-01", "2023-12-31"),
    ("Saturday", "2024-01-01", "2023-12-30"),
    ("on Tuesday", "2024-01-01", "2024-01-02"),
    ("yesterday", "2024-01-01", "2023-12-31"),
    ("yesterday", "2024-03-01", "2024-02-29"),
    ("on Thursday", "2024-03-01", "2024-02-29"),
    ("tomorrow", "2023-12-31", "2024-01-01"),
    ("last night", "2024-03-01", "2024-02-29"),
    ("today", "2024-02-29", "2024-02-29"),
    ("tonight", "2024-12-07", "2024-12-07"),
    ("December 31", "2024-01-02", "2023-12-31"),
    ("on January 2", "2023-12-30", "2023-01-02"),
    ("on February 29", "2024-03-05", "2024-02-29"),
    # explicit dates
    ("November 27", "2024-12-08", "2024-11-27"),
    ("on 8 December", "2024-12-08", "2024-12-08"),
    ("8th of December", "2024-12-08", "2024-12-08"),
    ("Dec. 3", "2024-12-08", "2024-12-03"),
    ("on March 3, 2025", "2024-12-08", "2025-03-03"),
    ("2024-12-05", "2025-01-01", "2024-12-05"),
    ("on 27 November 2024", "2025-06-01", "2024-11-27"),
    ("in March 2011", "2024-12-08", "2011-03"),
    ("since 2011", "2024-12-08", "2011"),
    ("in 2017", "2024-12-08", "2017"),
    ("a 2015 Security Council resolution", "2024-12-08", "2015"),
    ("the 2019 election", "2024-12-08", "2019"),
    # relative spans
    ("two days ago", "2024-12-08", "2024-12-06"),
    ("three weeks ago", "2024-12-08", "2024-11-17"),
    ("less than two weeks ago", "2024-12-08", "2024-11-24"),
    ("over the past 10 days", "2024-12-08", "2024-11-28"),
    ("a year ago", "2024-12-08", "2023"),
    ("last week", "2024-12-08", "2024-11-25"),
    ("last month", "2024-01-15", "2023-12"),
    ("last year", "2024-12-08", "2023"),
    ("the previous day", "2024-12-08", "2024-12-07"),
    # durations that imply a start
    ("Assad's 24-year rule", "2024-12-08", "2000"),
    ("the 50-year rule of the family", "2024-12-08", "1974"),
    ("after 50 years of oppression", "2024-12-08", "1974"),
    ("13 years of crimes", "2024-12-08", "2011"),
    ("a decade of war", "2024-12-08", "2014"),
    ("the 13-year civil war", "2024-12-08", "2011"),
]


@pytest.mark.parametrize("text, ref, expected", CASES)
def test_expression_table(text, ref, expected):
    found = [x for x in find_expressions(text, date.fromisoformat(ref)) if x.date]
    assert found, text
    assert found[0].date == expected, (text, ref, found[0])


def test_table_is_large_enough():
    assert len(CASES) >= 60


def test_title_is_not_a_time():
    assert not find_expressions("He told Sky News' Sunday Morning With Trevor Phillips", date(2024, 12, 8))


def test_no_reference_leaves_relative_unresolved():
    xs = find_expressions("on Friday, since 2011", None)
    assert [x.date for x in xs] == [None, "2011"]


def test_background_marked():
    xs = find_expressions("since 2011 and on Friday", date(2024, 12, 8))
    assert xs[0].background and not xs[1].background


def _events(d, contains):
    return [e for e in d.timeline if contains.lower() in e.event.lower()]


def test_seeds_article_dates(seeds_dossier):
    dates = {a.id[:3]: (a.date, a.date_origin) for a in seeds_dossier.articles}
    assert dates["000"] == ("2024-12-07", "header") and dates["001"] == ("2024-12-08", "header")
    for k in ("002", "003", "004"):
        assert dates[k][1] == "inferred" and dates[k][0] in ("2024-12-07", "2024-12-08"), dates[k]
    assert dates["002"][0] == "2024-12-08"  # it reports the early hours of Sunday as past
    a3 = next(a for a in seeds_dossier.articles if a.id.startswith("003"))
    assert a3.date_evidence and any(e.kind == "text" for e in a3.date_evidence)


def test_seeds_timeline(seeds_dossier):
    d = seeds_dossier
    all_dates = {e.date for e in d.timeline}
    assert "2024-12-14" not in all_dates and "2024-11-30" not in all_dates
    assert any(e.date == "2024-11-27" for e in _events(d, "began"))
    assert any(e.date == "2024-12-07" for e in _events(d, "Homs"))
    assert any(e.date == "2024-12-08" for e in _events(d, "flight"))
    assert any(e.date == "2024-12-08" for e in _events(d, "capital of Damascus"))
    assert any(e.date == "2024-12-06" for e in _events(d, "Blinken"))
    flight = next(e for e in _events(d, "flight") if e.date == "2024-12-08")
    assert len({r.article for r in flight.evidence}) >= 2  # one event, several articles
    backgrounds = {e.date for e in d.timeline if e.background}
    assert {"2011", "2015", "2017"} <= backgrounds
    assert [e.date for e in d.timeline] == sorted(e.date for e in d.timeline)


def test_examples_timeline_end_to_end(examples_dossier):
    gold = json.loads((Path(__file__).resolve().parents[2] / "examples" / "gold.json").read_text())
    d = examples_dossier
    u = gold["undated_article"]
    art = d.article(u["id"])
    assert (art.date, art.date_origin) == (u["expected_date"], "inferred")
    hits = 0
    for g in gold["relative_dates"]:
        a = d.article(g["article"])
        ref = date.fromisoformat(a.date)
        xs = [x for s in a.sentences for x in find_expressions(s.text, ref) if g["expression"] in x.text
              or x.text in g["expression"]]
        hits += bool(xs) and xs[0].date == g["date"]
    assert hits / len(gold["relative_dates"]) >= 0.99
    dated = {e.date for e in d.timeline}
    assert {"2025-03-03", "2025-03-04", "2025-03-05"} <= dated


def test_seeds_duration_events_name_their_start(seeds_dossier):
    # a duration's implied start year is the start of what it measures, not the clause telling its end
    dur = [e for e in seeds_dossier.timeline if e.background and e.event.startswith("start of")]
    assert dur, [e.event for e in seeds_dossier.timeline if e.background]
    for e in dur:
        assert any(w in e.event for w in ("rule", "crimes", "war", "reign", "regime", "oppression"))
    # the same measured span, cited by several sentences, is one event
    assert max(len(e.evidence) for e in dur) >= 3
    assert not any(e.background and "end" in e.event.split() for e in seeds_dossier.timeline)


def test_seeds_background_events_name_the_dated_thing(seeds_dossier):
    bg = {e.date: e.event for e in seeds_dossier.timeline if e.background and not e.event.startswith("start of")}
    # a year that modifies a noun dates that noun ("a 2015 ... resolution"), not the sentence's main verb
    assert "resolution" in bg.get("2015", ""), bg
    # a participle dated by the year keeps the noun it describes ("inmates hanged since 2011")
    assert len(bg.get("2011", "").split()) >= 2, bg
