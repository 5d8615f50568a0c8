"""When a clause happens (newsfuse.fusion.claims.when): its days and whether it is yet to come."""

from __future__ import annotations

import pytest


def _unit(units, word):
    return next(u for u in units if word in u.clause)


@pytest.mark.parametrize("text, future", [
    ("The assembly is due to vote on the motion on Thursday.", True),
    ("The president is due to be sworn in on April 2.", True),
    ("The court will rule on the appeal next week.", True),
    ("Another 400 soldiers are due in the province by the weekend.", True),
    ("The tank car had been due for a bearing inspection in November.", False),
    ("The board is expected to approve the merger.", True),
    ("The assembly voted on the motion on Thursday.", False),
    ("The court ruled on the appeal.", False),
    # "is to", "has until X to": arranged or required, not done
    ("The ambassador is also to be summoned to the Foreign Ministry on Tuesday.", True),
    ("The minister is to visit the port on Friday.", True),
    ("The diplomat has until Thursday evening to leave the country.", True),
    ("The company was not to blame for the crash.", False),
    ("The agency was preparing to airlift emergency supplies to the city.", True),
    # what may yet happen; not what may have happened, may be so now, or could not be done
    ("The union says the assembly line could stop as early as June 2026.", True),
    ("The miners may have died in the first hours after the collapse.", False),
    ("Some of the miners may be trapped in a refuge chamber.", False),
    ("Police could not confirm the identity of the dead.", False),
    # set down for a day: "scheduled for", "set for"
    ("Talks between the two sides are scheduled for Wednesday at the conciliation office.", True),
    ("The vote is set for Thursday.", True),
    # a wish or an aim is not the deed
    ("The owners want to shut the plant for good.", True),
    ("The company intends to close the plant by December.", True),
])
def test_what_is_yet_to_happen(units_of, text, future):
    units = units_of(text)
    assert units and units[0].future is future


def test_the_day_a_clause_is_dated_to(units_of):
    # articles are dated 2026-05-01, a Friday: "on Wednesday" is 29 April
    [u] = units_of("Police detained the bank's chairman on Wednesday.")
    assert u.days == frozenset({"2026-04-29"})
    # a day inside the subject dates the arrest, not the release; a state holds over days
    released = _unit(units_of("The man arrested on Wednesday has been released without charge."), "released")
    assert released.days == frozenset()
    offline = _unit(units_of("The hospital's systems remained offline on Thursday."), "remained")
    assert offline.days == frozenset()


def test_a_day_told_of_a_statement_dates_what_it_says(units_of):
    # articles are dated 2026-05-01, a Friday: "on Sunday" is 26 April
    u = _unit(units_of("In a statement issued late on Sunday, the minister urged both sides to return to talks."),
              "urged")
    assert u.days == frozenset({"2026-04-26"})
    u = _unit(units_of("Wednesday's exchange of detainees went ahead without incident."), "went ahead")
    assert u.days == frozenset({"2026-04-29"})


def test_a_promise_is_yet_to_come(units_of):
    # "has promised a fund" is a fund yet to be set up, as "would set up a fund" is; "offered a reward" is offered
    promised = units_of("Velkar has promised a 5 million euro fund for the victims' families.")
    assert next(u for u in promised if u.verb == "promise").future
    offered = units_of("The ministry has offered a reward of 20,000 crowns for information.")
    assert not next(u for u in offered if u.verb == "offer").future


def test_what_is_intended_is_told_yet_to_come(units_of):
    # "intend to question" tells the questioning, ahead, as "would question" does
    intended = next(u for u in units_of("Prosecutors intend to question senior managers of the company.")
                    if u.verb == "intend")
    would = next(u for u in units_of("Prosecutors said they would question the chief executive of Velkar on "
                                     "Wednesday.") if u.verb == "question")
    assert intended.classes == would.classes == {"question"} and intended.future and would.future
