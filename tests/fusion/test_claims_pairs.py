"""The claim pair model: its shipped weights match its features, and it weighs them as fitted."""

from __future__ import annotations

from newsfuse.fusion.claims.pairs import FEATURES, clause_text, model
from newsfuse.fusion.claims.units import Unit


def _unit(clause: str) -> Unit:
    return Unit("a", 0, "x", frozenset(), frozenset(), frozenset(), frozenset(), frozenset(), "asserts",
                clause, clause=clause)


def test_weights_fit_the_features():
    m = model()
    assert len(m.weights) == len(FEATURES)
    assert 0 < m.threshold < 1


def test_more_alike_is_more_likely_one_fact():
    m = model()
    base = [0.0] * len(FEATURES)
    close = list(base)
    close[FEATURES.index("clause_sim")] = 0.9
    assert m.probability(close) > m.probability(base)
    conflict = list(close)
    conflict[FEATURES.index("class_conflict")] = 1.0
    assert m.probability(conflict) < m.probability(close)  # "arrested" is not "released"
    assert not m.same(base)


def test_clause_text_drops_dateline_and_stray_punctuation():
    assert clause_text(_unit("VALMORA (NPA) - Police cleared the square , .")) == "Police cleared the square"
    assert clause_text(_unit("Police cleared the square")) == "Police cleared the square"
