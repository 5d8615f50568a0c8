"""Disputes between claims (newsfuse.fusion.claims.disputes), on units and claims built by hand."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("deny_future, assert_future, linked", [
    (True, True, True),  # "a report that the plant would also close was wrong" / "the plant is set to close"
    (False, False, True),  # "denied the plant had closed" / "the plant closed"
    (True, False, False),  # "would not close" / "closed": a refusal the deed reverses, no dispute
])
def test_a_fact_only_denied_disputes_an_assertion_of_its_time(deny_future, assert_future, linked):
    from newsfuse.fusion.claims import disputes
    from newsfuse.fusion.claims.units import Unit
    from newsfuse.model import Article, Claim, Dossier, Evidence, StoryInfo

    def unit(article, stance, future):
        return Unit(article, 0, "close", frozenset({"close"}), frozenset(), frozenset(), frozenset(), frozenset(),
                    stance, article, future=future)

    said, denied = unit("a", "asserts", assert_future), unit("b", "denies", deny_future)
    d = Dossier(StoryInfo("s", "t"), [Article("a", "-", "x", date="2026-05-01"),
                                      Article("b", "-", "y", date="2026-05-02")])
    meta = [(Claim("c-a", "a", "single-source", 1, [Evidence("a", 0, "asserts", [])]), [said]),
            (Claim("c-b", "b", "disputed", 0, [Evidence("b", 0, "denies", [])]), [denied])]
    found = disputes._contradictions(d, meta, lambda u, v: disputes.DENIED_LINK)
    assert [x.claims for x in found] == ([["c-a", "c-b"]] if linked else [])
    assert not disputes._contradictions(d, meta, lambda u, v: disputes.DENIED_LINK - 0.01)  # the model not sure enough


def test_a_denial_in_a_claim_that_also_asserts_disputes_the_claim_kept_apart_that_asserts_it():
    # "the Korvana had at no point towed the vessel", grouped with tellings of something else, still answers "the
    # patrol vessel towed their boat south", kept apart: at the pair model's own bar, its denials alone as a side
    from newsfuse.fusion.claims import disputes
    from newsfuse.fusion.claims.units import Unit
    from newsfuse.model import Article, Claim, Dossier, Evidence, StoryInfo

    def unit(article, sentence, stance):
        return Unit(article, sentence, "tow", frozenset({"verb:tow"}), frozenset(), frozenset(), frozenset(),
                    frozenset(), stance, article)

    towed, other, denied = unit("a", 0, "asserts"), unit("b", 0, "asserts"), unit("b", 1, "denies")
    d = Dossier(StoryInfo("s", "t"), [Article("a", "-", "x", date="2026-05-01"),
                                      Article("b", "-", "y", date="2026-05-02")])
    meta = [(Claim("c-a", "a", "single-source", 1, [Evidence("a", 0, "asserts", [])]), [towed]),
            (Claim("c-b", "b", "disputed", 1, [Evidence("b", 0, "asserts", []), Evidence("b", 1, "denies", [])]),
             [other, denied])]
    sure = {id(towed): {id(denied): disputes.MIXED_LINK}}
    found = [x for x in disputes._contradictions(d, meta, lambda u, v: sure.get(id(v), {}).get(id(u), 0.0))
             if set(x.claims) == {"c-a", "c-b"}]
    assert len(found) == 1 and found[0].kind == "denial"
    assert [(r.article, r.sentence) for r in found[0].sides[0]] == [("a", 0)]
    assert [(r.article, r.sentence) for r in found[0].sides[1]] == [("b", 1)]  # the denial alone
    assert not [x for x in disputes._contradictions(d, meta, lambda u, v: disputes.MIXED_LINK - 0.01)
                if set(x.claims) == {"c-a", "c-b"}]  # the model not sure enough
