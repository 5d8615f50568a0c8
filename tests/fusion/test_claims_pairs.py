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


def test_a_pair_never_weighed_is_weak_evidence_against_not_a_veto(monkeypatch):
    # three articles: the second and third each match the first (0.9, 0.8); the second and third were never
    # weighed (other kinds of clause, nothing parts them), so the third joins: (0.8 + 0.25) / 2 >= 0.5; a veto
    # between them keeps it out
    import numpy as np

    import newsfuse.fusion.claims as claims
    from newsfuse.fusion.claims.pairs import Model

    units = [Unit(a, 0, "x", frozenset({c}), frozenset(), frozenset(), frozenset(), frozenset(), "asserts", a)
             for a, c in (("a1", "verb:flee"), ("a2", "verb:flee"), ("a3", "verb:leave"))]
    sims = type("Sims", (), {"verbs": np.zeros((3, 3)), "clauses": np.zeros((3, 3)),
                             "closest": lambda self, a, b: None})()
    m = Model((1.0,), 0.0, 0.55, 0.5)
    monkeypatch.setattr(Model, "probability", lambda self, x: x[0])
    monkeypatch.setattr(claims, "candidates", lambda us, s: [(0, 1, False, [0.9]), (0, 2, False, [0.8])])
    uf = claims._group(units, sims, m)
    assert uf.find(0) == uf.find(1) == uf.find(2)
    monkeypatch.setattr(claims, "_vetoed", lambda u, v, *a: {u.article, v.article} == {"a2", "a3"})
    uf = claims._group(units, sims, m)
    assert uf.find(0) == uf.find(1) != uf.find(2)


def test_unnamed_actors_of_one_kind_are_one_actor():
    # "guns" / "artillery" (0.6 for the encoder) act as one; "police" / "army" (0.53) stay two
    import dataclasses

    import newsfuse.fusion.claims.vetoes as vetoes
    from newsfuse.fusion.claims.pairs import Similarities
    from newsfuse.similarity import ENCODERS

    encoder = ENCODERS.get()
    words = ["gun", "artillery", "police", "army"]
    sims = Similarities(None, None, dict(zip(words, encoder.encode(words))))

    def acting(head: str) -> Unit:
        return dataclasses.replace(_unit(f"the {head} fired"), subject_head=head)

    assert not vetoes._other_actors(acting("gun"), acting("artillery"), sims)
    assert vetoes._other_actors(acting("police"), acting("army"), sims)


def test_two_words_for_one_thing_acted_on():
    # "the boat" / "the vessel" (0.73 for the encoder) name one thing; "the city" / "the harbour" (0.41) two
    import dataclasses

    import newsfuse.fusion.claims.vetoes as vetoes
    from newsfuse.fusion.claims.pairs import Similarities
    from newsfuse.similarity import ENCODERS

    words = ["boat", "vessel", "city", "harbour"]
    sims = Similarities(None, None, dict(zip(words, ENCODERS.get().encode(words))))

    def acted_on(word: str) -> Unit:
        return dataclasses.replace(_unit(f"towed the {word}"), target=frozenset({word}))

    assert vetoes._alike_targets(acted_on("boat"), acted_on("vessel"), sims)
    assert not vetoes._alike_targets(acted_on("city"), acted_on("harbour"), sims)


def test_a_near_certain_pair_joins_against_weaker_disagreement(monkeypatch):
    # the first and second articles are one fact (0.99); the third is near-certain to be the first's fact (0.98)
    # though a veto parts it from the second (0 in the mean): (0.98 + 0) / 2 reaches 0.8 of the link; a pair a
    # little less sure (0.96) must reach the whole link, and does not
    import numpy as np

    import newsfuse.fusion.claims as claims
    from newsfuse.fusion.claims.pairs import Model

    units = [Unit(a, 0, "x", frozenset({"verb:flee"}), frozenset(), frozenset(), frozenset(), frozenset(), "asserts",
                  a) for a in ("a1", "a2", "a3")]
    sims = type("Sims", (), {"verbs": np.zeros((3, 3)), "clauses": np.zeros((3, 3)),
                             "closest": lambda self, a, b: None})()
    m = Model((1.0,), 0.0, 0.55, 0.5)
    monkeypatch.setattr(Model, "probability", lambda self, x: x[0])
    monkeypatch.setattr(claims, "_vetoed", lambda u, v, *a: {u.article, v.article} == {"a2", "a3"})
    assert claims.SURE_PAIR <= 0.98 and 0.98 / 2 >= m.link * claims.SURE_LINK
    for third, joined in ((0.98, True), (0.96, False)):
        monkeypatch.setattr(claims, "candidates", lambda us, s, p=third: [(0, 1, False, [0.99]), (0, 2, False, [p])])
        uf = claims._group(units, sims, m)
        assert uf.find(0) == uf.find(1) and (uf.find(2) == uf.find(0)) is joined
