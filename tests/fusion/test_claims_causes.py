"""Causes: what a clause names as a happening's cause, and rival causes of one happening as disputes."""

from __future__ import annotations

import pytest


def _story(tmp_path, texts):
    from newsfuse import api
    from newsfuse.context import DEFAULT_STAGES, Config

    for i, text in enumerate(texts):
        (tmp_path / f"{i:02d}_outlet-{i}.txt").write_text(f" date 2026-05-0{i + 1} \n{text}\n", encoding="utf-8")
    stages = tuple(s for s in DEFAULT_STAGES if s != "stories")
    return api.build(sorted(tmp_path.glob("*.txt")), Config(stages=stages)).dossiers[0]


@pytest.mark.parametrize("text, cause, effect", [
    ("The collapse was caused by the removal of roof supports.", {"removal", "roof", "support"}, "collapse"),
    # the cause in a complement, hedged
    ("The company said the collapse appeared to have been triggered by a small seismic tremor.", {"tremor"},
     "collapse"),
    ("Engineers say a seismic tremor set off the collapse.", {"tremor"}, "collapse"),
    # blamed one thing on another; the "on" or "to" phrase hung on the object or on the verb
    ("The railway company has blamed the derailment on an embankment weakened by rain.", {"embankment", "rain"},
     "derailment"),
    ("The company has instead attributed Monday night's grounding on the reef to bad weather.", {"weather"},
     "grounding"),
    ("Investigators are examining a corroded section of pipe that the union blames for the leak.",
     {"section", "pipe"}, "leak"),
    # a clause with its own subject set after a report noun is no passive
    ("Her camp has distanced itself from early reports that she had blamed contaminated meat.", {"meat"}, None),
    # the "on" phrase of what was blamed for is no cause
    ("The company blamed a faulty valve for the explosion on the platform.", {"valve"}, "explosion"),
    # the alternative turned down is no part of the cause
    ("Hydrologist Anneke Brauer told the Ledger that the spillway release, rather than the failure of the levee, "
     "was chiefly responsible for flooding the lower town.", {"spillway", "release"}, "flood"),
    ("The blackout was due to a fault at a substation.", {"fault"}, "blackout"),
    ("The outage resulted from a cyberattack, officials said.", {"cyberattack"}, "outage"),
    ("The plane crashed because of ice on its wings.", {"ice", "wing"}, "crash"),
    # the effect left unnamed
    ("Inspectors found that an overheated wheel bearing was to blame.", {"bearing", "wheel"}, None),
    ("A faulty valve was the cause of the explosion.", {"valve"}, "explosion"),
    ("The cause of the blackout was a fault at a substation.", {"fault"}, "blackout"),
    ("Hackers were behind the blackout, officials said.", {"hacker"}, "blackout"),
    ("Investigators found that the pilot was at fault.", {"pilot"}, None),
    # the effect is no part of the cause
    ("The ministry held a faulty transformer responsible for the blackout.", {"transformer"}, "blackout"),
    # ruled out: a cause denied
    ("Officials ruled out a cyberattack as the cause of the blackout.", {"cyberattack"}, "blackout"),
    ("Investigators have ruled out sabotage.", {"sabotage"}, None),
])
def test_a_clause_tells_its_cause(units_of, text, cause, effect):
    told = [u for u in units_of(text) if u.cause]
    assert told, text
    assert cause <= told[0].cause and told[0].effect == effect


@pytest.mark.parametrize("text", [
    "Greyhaven Rail has not said what caused the crash.",  # names no cause
    "The storm crossed the coast on Monday night.",
    "Preliminary findings were published on Monday.",
    "Officials ruled out a bailout.",  # rules out no cause
    # blame put on an actor is fault, not a cause: the encoder cannot tell actors apart
    "Officials blamed the rebels for the attack on the convoy.",
    "The army blamed the attack on the Free Dalmir Movement.",
    "The ministry held the operator responsible for the blackout.",
])
def test_no_cause_is_read_where_none_is_told(units_of, text):
    assert not [u for u in units_of(text) if u.cause]


def test_two_accounts_of_one_collapse_are_one_dispute(tmp_path):
    d = _story(tmp_path, [
        "Union leader Petra Solvang said the collapse at the Hollen mine was caused by the removal of roof supports.",
        "Union members say the disaster at the Hollen mine was caused by the removal of timber props.",
        "Tarvik Mining said the collapse at the Hollen mine appeared to have been triggered by a seismic tremor.",
        "The company still maintains that a seismic tremor set off the collapse at the Hollen mine.",
    ])
    xs = [x for x in d.contradictions if x.topic.startswith("cause of")]
    assert len(xs) == 1 and xs[0].kind == "opposite"
    sides = [{r.article[:2] for r in side} for side in xs[0].sides]
    assert sorted(map(sorted, sides)) == [["00", "01"], ["02", "03"]]
    assert all(c.status == "disputed" for c in d.claims if c.id in xs[0].claims)


def test_one_account_in_other_words_is_no_dispute(tmp_path):
    d = _story(tmp_path, [
        "The company blamed the grounding of the tanker on a sudden storm and heavy swell.",
        "The company has attributed the grounding of the tanker to bad weather.",
    ])
    assert not [x for x in d.contradictions if x.topic.startswith("cause of")]


def test_a_cause_of_another_happening_is_no_rival(tmp_path):
    # the fire the blast set off is not the blast whose cause the reports dispute
    d = _story(tmp_path, [
        "The explosion at the Velkar refinery set off a fire that burned for hours.",
        "The firm blames a faulty pump seal at the Velkar refinery.",
    ])
    assert not [x for x in d.contradictions if x.topic.startswith("cause of")]


@pytest.mark.parametrize("texts, told, denied, by_cause", [
    (["The company maintained that the controlled release did not cause the flooding in the lower town.",
      "A hydrologist told the paper that the spillway release was chiefly responsible for the flooding in the lower "
      "town."], "01", "00", True),
    # (one claim with its denial here: a denial either way)
    (["The grid operator said the nationwide blackout on Monday resulted from a cyberattack on its control centre.",
      "The energy ministry ruled out a cyberattack as the cause of the nationwide blackout on Monday."],
     "00", "01", False),
])
def test_a_cause_denied_disputes_the_report_that_tells_it(tmp_path, texts, told, denied, by_cause):
    d = _story(tmp_path, texts)
    x = next(x for x in d.contradictions if x.kind == "denial" and (x.topic.startswith("cause of") or not by_cause))
    assert [r.article[:2] for r in x.sides[0]] == [told] and [r.article[:2] for r in x.sides[1]] == [denied]
