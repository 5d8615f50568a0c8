"""Vote tallies: two figures read as one, majority and minority, whichever way a sentence orders them."""

from __future__ import annotations

import pytest

from newsfuse.fusion.quantities import parse_number
from newsfuse.fusion.tallies import find_tallies, same_vote


@pytest.mark.parametrize("text, span, sides", [
    ("According to opposition councillors, the motion carried by 27 votes to 18.", "27 votes to 18", (27, 18)),
    ("The clerk's office later published an official tally of 26 in favour and 19 against.",
     "26 in favour and 19 against", (26, 19)),
    ("The official record shows 26 councillors in favour and 19 against.", "26 councillors in favour and 19 against",
     (26, 19)),
    ("The government survived the motion, with 77 deputies voting against it and 72 in favour.",
     "77 deputies voting against it and 72 in favour", (77, 72)),
    ("Lawmakers voted 312-190 to approve the bill.", "312-190", (312, 190)),
    ("Twenty-six voted for the motion, nineteen against.", "Twenty-six voted for the motion, nineteen against",
     (26, 19)),
    ("The motion was rejected by 18 votes to 27.", "18 votes to 27", (27, 18)),
])
def test_tallies_read(text, span, sides):
    (t,) = find_tallies(text, parse_number)
    assert text[t.start:t.end] == span and (t.majority, t.minority) == sides


@pytest.mark.parametrize("text", [
    "The death toll rose by 10 to 20.",  # a change, not a vote
    "Between 30 and 40 people gathered against the wall.",
    "Shares fell by 12 to 21 percent in early trading after the vote.",
    "Prices rose by 10-15 during the winter, the agency said.",
    "The population grew by 2015-2020 estimates in the region.",
])
def test_no_tally(text):
    assert find_tallies(text, parse_number) == []


def test_same_vote():
    assert same_vote((27, 18), (26, 19)) and same_vote((77, 72), (78, 71))
    assert not same_vote((9, 4), (77, 72))  # a committee's vote is not the chamber's
