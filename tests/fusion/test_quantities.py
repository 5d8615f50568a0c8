"""Quantities: figures with their meaning; conflicting figures for one thing linked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsfuse import api

ROOT = Path(__file__).resolve().parents[2]
FIX = Path(__file__).resolve().parents[1] / "fixtures" / "quotes"


def _q(d, prefix, text):
    return next(q for q in d.quantities if q.article.startswith(prefix) and q.text == text)


@pytest.mark.parametrize("prefix, text, value, low, high, head, event", [
    ("004", "At least 826", None, 826, None, "people", "killed"),
    ("004", "111", 111, None, None, "civilian", "killed"),
    ("003", "370,000", 370000, None, None, "people", "displaced"),
    ("004", "370,000", 370000, None, None, "people", "displaced"),
    ("002", "between 5,000 and 13,000", None, 5000, 13000, "inmate", "killed"),
    ("002", "over 10,000", None, 10000, None, "detainee", "detained"),
    ("003", "hundreds", None, 200, 999, "soldier", None),
    ("003", "2,000", 2000, None, None, "troop", None),
])
def test_seed_figures(seeds_dossier, prefix, text, value, low, high, head, event):
    q = _q(seeds_dossier, prefix, text)
    assert (q.value, q.low, q.high, q.head) == (value, low, high, head)
    if event:
        assert q.event == event


def test_durations_and_ordinals(seeds_dossier):
    q = _q(seeds_dossier, "000", "24-year")
    assert q.kind == "duration" and q.value == 24 and q.unit == "year"
    q = _q(seeds_dossier, "002", "third largest")
    assert q.kind == "ordinal" and q.value == 3


def test_no_calendar_dates(seeds_dossier):
    texts = {q.text for q in seeds_dossier.quantities}
    assert not texts & {"27", "2011", "2015", "2017", "November 27"}


def test_soldiers_conflict_flagged(seeds_dossier):
    a, b = _q(seeds_dossier, "003", "hundreds"), _q(seeds_dossier, "003", "2,000")
    assert b.id in a.conflicts_with and a.id in b.conflicts_with
    # figures about different things are not conflicts
    killed, civ = _q(seeds_dossier, "004", "At least 826"), _q(seeds_dossier, "004", "111")
    assert civ.id not in killed.conflicts_with
    same = [_q(seeds_dossier, p, "370,000") for p in ("003", "004")]
    assert same[1].id not in same[0].conflicts_with


def test_examples_conflicts(examples_dossier):
    gold = json.loads((ROOT / "examples" / "gold.json").read_text())
    for c in gold["conflicting_figures"]:
        (a, b) = c["values"]
        qa = next(q for q in examples_dossier.quantities if q.article == a["article"] and q.text.lower().endswith(a["text"].lower()))
        qb = next(q for q in examples_dossier.quantities if q.article == b["article"] and b["text"] in q.text)
        assert qb.id in qa.conflicts_with


@pytest.mark.parametrize("text, value", [("two", 2), ("a dozen", 12), ("370,000", 370000), ("2 million", 2e6),
                                         ("twenty one", 21), ("1.5 billion", 1.5e9)])
def testparse_number(text, value):
    from newsfuse.fusion.quantities import parse_number

    assert parse_number(text) == value


# Pinned minimum scores of the quantities fixture (an eval gate).
MIN_Q_PRECISION = 0.9
MIN_Q_RECALL = 0.9


def _matches(q, g) -> bool:
    same = all(getattr(q, k) == g[k] for k in ("kind", "value", "low", "high"))
    return q.text == g["text"] and same and (g["head"] is None or q.head == g["head"])


def test_quantities_fixture_gate():
    gold = json.loads((FIX / "gold2.json").read_text())["numbers"]
    d = api.build([FIX / "hard2.txt"]).dossiers[0]
    tp = sum(any(_matches(q, g) for q in d.quantities) for g in gold)
    p, r = tp / max(len(d.quantities), 1), tp / len(gold)
    print(f"quantities fixture: precision {p:.2f}, recall {r:.2f}")
    assert p >= MIN_Q_PRECISION and r >= MIN_Q_RECALL
    approx = {q.text: q.approximate for q in d.quantities}
    assert approx["about 6,500"] and approx["a few dozen"] and not approx["4,200"]


def test_elided_noun_and_conflict():
    """'4,000 people were evacuated and 12 were killed' counts people; 12 vs at least 15 killed conflict."""
    d = api.build([FIX / "pair"]).dossiers[0]
    a = next(q for q in d.quantities if q.article == "a" and q.text == "12")
    b = next(q for q in d.quantities if q.article == "b" and q.text == "at least 15")
    assert (a.head, a.event, b.head, b.event, b.low) == ("people", "killed", "people", "killed", 15)
    assert b.id in a.conflicts_with
    ev = [q for q in d.quantities if q.event == "evacuated"]
    assert len(ev) == 2 and not ev[0].conflicts_with


def test_next_sentence_counts_something_else_unless_it_restates(tmp_path):
    # a figure with no happening of its own beside another is a second estimate only when its sentence says
    # so ("put the figure at"); else it counts something else ("trapping 19 miners" / "five miners ... hospital")
    from newsfuse.fusion.quantities import build_quantities

    path = tmp_path / "a.txt"
    path.write_text(" date 2026-03-02 \nA tunnel caved in at the Orlan mine late on Sunday, trapping 19 miners "
                    "underground, the operator said. Rescuers brought five miners to the surface overnight, and they "
                    "were taken to hospital with minor injuries. A regional official said hundreds of miners had "
                    "been evacuated from the site. A second official put the figure at 2,000 miners.\n", encoding="utf-8")
    d = api.build([path]).dossiers[0]
    qs = {q.text: q for q in build_quantities(d)}
    assert not qs["19"].conflicts_with and not qs["five"].conflicts_with
    assert qs["2,000"].id in qs["hundreds"].conflicts_with
