"""Clause heads: which clauses of a sentence state something, and with what stance (clauses.py), seen through
the units built on them."""

from __future__ import annotations

import pytest

from test_claims_units import units_of  # noqa: F401 (the fixture: a text's claim units)


def test_said_in_a_statement_that_tells_what_was_said(units_of):
    # the parse hangs the clause on "statement": it is what the operator said, not a report it relays
    units = units_of("Brenholt Shipping, which operates the tanker, said in a statement that around 800 tonnes of "
                     "oil had escaped from a damaged cargo tank.")
    escaped = next(u for u in units if u.verb == "escape")
    assert escaped.stance == "asserts" and escaped.numbers == {800.0}


def test_rumours_denied_in_the_passive_deny_their_content(units_of):
    # "Rumours that X were denied" denies X; it does not deny the sentence before
    units = units_of("A precautionary fishing ban also covers Zone 2. Rumours that a second vessel, the Selene Star, "
                     "was leaking were denied by the coast guard on Wednesday.")
    leaking = next(u for u in units if u.verb == "leak")
    assert leaking.stance == "denies"
    assert not any(u.refers_back for u in units)


@pytest.mark.parametrize("text, verb", [
    ("The bridge partly collapsed on Monday, the roads directorate has confirmed.", "collapse"),
    ("Part of the town's Halvard Bridge fell into the river on Monday, the roads directorate now admits.", "fall"),
])
def test_a_clause_told_before_its_reporter(units_of, text, verb):
    # the parse hangs the clause on the reporter's noun (even tagging it a verb): the clause is what is reported
    told = [u for u in units_of(text) if u.verb == verb]
    assert told and told[0].stance == "asserts" and any(not c.startswith("verb:") for c in told[0].classes)
