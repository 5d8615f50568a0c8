"""Vote tallies: "carried by 27 votes to 18", "26 in favour and 19 against", "a 27-18 vote".

A tally is two figures read together, so the quantities stage reads it as one: the larger side (the
majority) and the smaller (the minority), whichever way the sentence orders them. A motion "seen off by
77 votes to 72" and one with "77 deputies voting against it and 72 in favour" are one tally; "by 78 votes
to 71" disputes it. Written here by hand: no library reads vote counts out of prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
          "seventeen|eighteen|nineteen")
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_N = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{_TENS})(?:-(?:{_UNITS}))?|{_UNITS})"
#: who or what is counted between a figure and its side ("26 councillors in favour", "77 deputies voting against")
_WHO = r"(?:[A-Za-z]+\s+){0,2}?(?:(?:voting|voted|were|was)\s+)?"
_FOR = r"(?:in\s+favou?r(?:\s+of\s+(?:it|the\s+\w+))?|for(?:\s+(?:it|the\s+\w+))?|yes|aye)"
_AGAINST = r"(?:against(?:\s+(?:it|the\s+\w+))?|no|nay)"
_JOIN = r"\s*(?:,\s*(?:and\s+|with\s+|while\s+)?|\s+and\s+(?:with\s+)?|\s+with\s+|\s+while\s+|\s+versus\s+|\s+vs\.?\s+)"
_PATTERNS = [
    # "by 27 votes to 18", "a vote of 27 to 18", "voted 26 to 19", "by 77 to 72"
    re.compile(rf"\b(?:by|of|voted|passed|carried|approved|rejected|adopted|defeated)\s+(?P<a>{_N})\s+"
               rf"(?:votes?\s+)?to\s+(?P<b>{_N})\b(?!\s*(?:%|per\s*cent|percent|million|thousand|billion))", re.I),
    re.compile(rf"\b(?P<a>{_N})\s+votes?\s+to\s+(?P<b>{_N})\b(?!\s*(?:%|per\s*cent|percent))", re.I),
    # "a 27-18 vote", "voted 27-18", "by 312-190"
    re.compile(rf"\b(?P<a>\d+)\s*[-–]\s*(?P<b>\d+)\s+(?:votes?|majority|margin|decision)\b", re.I),
    re.compile(rf"\b(?:voted|by|passed|carried|approved|rejected)\s+(?P<a>\d+)\s*[-–]\s*(?P<b>\d+)\b"
               rf"(?!\s*(?:%|per\s*cent|percent|million|thousand|billion|years?|months?|days?))", re.I),
    # "26 in favour and 19 against", "26 votes for, 19 against", "with 26 votes in favour and 19 against"
    re.compile(rf"\b(?P<a>{_N})\s+{_WHO}{_FOR}{_JOIN}(?P<b>{_N})\s+{_WHO}{_AGAINST}\b", re.I),
    # "77 deputies voting against it and 72 in favour"
    re.compile(rf"\b(?P<a>{_N})\s+{_WHO}{_AGAINST}{_JOIN}(?P<b>{_N})\s+{_WHO}{_FOR}\b", re.I),
]
#: Without the word "votes", "by 10 to 20" is a tally only where the sentence is about a vote ("the toll rose
#: by 10 to 20" is a change)
_VOTING = re.compile(r"\b(?:vot\w*|ballots?|motions?|bills?|resolutions?|referendum|abstain\w*|abstentions?|"
                     r"in favou?r|against)\b", re.I)


_SIDES = re.compile(r"\d\s*[-–]\s*\d")  # "passed 312-190"


@dataclass(frozen=True, slots=True)
class Tally:
    start: int  # character offsets in the sentence
    end: int
    majority: float
    minority: float


def find_tallies(text: str, number) -> list[Tally]:
    """The vote tallies a sentence gives; `number` reads one figure ("27", "twenty-seven")."""
    if not _VOTING.search(text) and not _SIDES.search(text):
        return []  # (most sentences: the patterns' backtracking is the cost)
    out: list[Tally] = []
    for i, pattern in enumerate(_PATTERNS):
        for m in pattern.finditer(text):
            if any(t.start < m.end() and m.start() < t.end for t in out):
                continue
            if i in (0, 3) and not re.search(r"\bvotes?\b", m.group(0), re.I) and not _VOTING.search(text):
                continue  # ("rose by 10-15 percent", "by 2015-2020")
            a, b = number(m["a"]), number(m["b"])
            if a is None or b is None or a == b == 0:
                continue
            out.append(Tally(m.start("a"), m.end(), max(a, b), min(a, b)))
    return sorted(out, key=lambda t: t.start)


def same_vote(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Two tallies (majority, minority) that may count one vote: the same body voting, so totals within a
    tenth of each other (a committee's 9 to 4 is no count of the chamber's 77 to 72)."""
    return abs(sum(a) - sum(b)) <= max(2.0, 0.1 * max(sum(a), sum(b)))
