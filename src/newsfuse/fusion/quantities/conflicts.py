"""When two figures conflict: one kind of thing counted for one happening, values that cannot both be true, unless
one is an update, a part, a standing count, an addition or history (see the package's doc)."""

from __future__ import annotations

from ...model import Quantity
from ..measures import MEASURED, apart, decimals, unit_scale
from ..tallies import same_vote
from .numbers import HEAD_CLASS, PERSONS, _Q, head_class


def _interval(q: Quantity, told: bool = False) -> tuple[float, float]:
    """The values a figure allows. ``told``: as a report tells it, "up to 170 people were on board" gives 170 as
    the figure, not any number below it, so it disputes "about 90" ("at least" and "more than" stay open: a toll
    "of at least 48" is raised by the next report, not disputed)."""
    lo = q.low if q.low is not None else q.value
    hi = q.high if q.high is not None else (q.value if q.value is not None else float("inf"))
    if q.approximate and q.value is not None:  # "about 1,200" and "some 1,250" may both be true
        lo, hi = q.value * 0.9, q.value * 1.1
    if told and q.low is None and q.high is not None and q.text.lower().startswith("up to"):
        lo = q.high / _UP_TO_ROOM
    return lo if lo is not None else 0.0, hi


#: How far below "up to N" a report's figure may be and still be the one it gives
_UP_TO_ROOM = 1.5


def _conflict(a: Quantity, b: Quantity, near: bool, qa: _Q | None = None, qb: _Q | None = None,
              restating: bool = False) -> bool:
    """Same kind of thing counted for the same happening, values that cannot both be true.
    Next to each other in one article ("A second source put the figure at ..."), a figure with
    no happening of its own refers to the one before. In one sentence, only a figure given for the
    count beside it ("six were hospitalised, while the mayor put the number at 11") disputes it. Two figures
    with no happening of their own count one thing only when ``restating``: a sentence gives a figure for it."""
    if a.kind == "magnitude" == b.kind:
        # a shock measured twice: a tenth apart is the usual revision, more is a dispute
        return a.head == b.head and (a.article, a.sentence) != (b.article, b.sentence) \
            and abs(a.value - b.value) >= 0.2
    if a.kind != "count" or b.kind != "count":
        return False
    if (a.article, a.sentence) == (b.article, b.sentence) and not (qa and qb and (qa.restated or qb.restated)):
        return False
    if head_class(a.head) != head_class(b.head):
        return False
    if qa and qb and qa.sort != qb.sort:
        return False  # "five tank cars" are some of "38 cars"
    if a.event == "gathered" and qa and qb and qa.days and qb.days and not qa.days & qb.days:
        return False  # a crowd on Tuesday and one on Thursday are two gatherings
    if qa and qb and qa.days and qb.days and not qa.days & qb.days and head_class(a.head) not in HEAD_CLASS \
            and a.head not in PERSONS:
        return False  # nor are things counted on two days one count ("3,900 of Tuesday's services" / "4,200 on Monday")
    if qa and qb and qa.all_days != qb.all_days:
        return False  # "In all, 8,500 services were cancelled over the two days" sums the days' counts
    if qa and qb and qa.what and qb.what and qa.what != qb.what:
        return False  # "a fine of 500,000 talers" is no sum of "2.4 million talers in bribes"
    if qa and qb and bool(qa.what) != bool(qb.what) and head_class(a.head) not in HEAD_CLASS \
            and a.head not in PERSONS:
        return False  # nor of "the 2.4 million talers alleged by prosecutors": a story tells many sums
    if qa and qb and (qa.places or qb.places) and not qa.places & qb.places:
        if qa.places and qb.places:
            return False  # counts in two places
        placed, whole = (a, b) if qa.places else (b, a)
        if _interval(placed)[1] < _interval(whole)[0]:
            return False  # a part: "17 people died in Vrask" of "260 people had died"
    if a.event != b.event and not (near and (a.event is None or b.event is None)):
        return False
    if a.event is None and b.event is None and not (
            restating and a.head == b.head and (a.article, a.sentence) != (b.article, b.sentence)
            and qa is not None and qb is not None and not qa.part and not qb.part and _near_values(a, b)):
        # no happening on either side: one count only when a sentence gives a figure for what the other counts
        # ("412 suspected cases" / "put the number of suspected cases higher, at 480"; "Its earlier figure had
        # been 2,000 tonnes" / "the true figure is closer to 3,500 tonnes"), of one order, neither a part
        return False
    (alo, ahi), (blo, bhi) = _interval(a, told=True), _interval(b, told=True)
    return ahi < blo or bhi < alo


def _near_values(a: Quantity, b: Quantity, factor: float = 5.0) -> bool:
    """Two figures of one order ("800 tonnes" / "3,500 tonnes"), not a part and a whole far apart ("2,000 tonnes
    spilled" / "80,000 tonnes of crude aboard")."""
    va = a.value if a.value is not None else a.low if a.low is not None else a.high
    vb = b.value if b.value is not None else b.low if b.low is not None else b.high
    return bool(va and vb) and max(va, vb) / min(va, vb) <= factor


def _update(a: Quantity, b: Quantity, dates: dict[str, str | None], qa: _Q | None = None,
            qb: _Q | None = None) -> bool:
    """A later report's higher count of people is an update of the earlier, no dispute ("at least 48
    dead" on Tuesday, "340 dead" on Wednesday; "five miners brought out", then "15 brought out alive").
    A toll that falls is a dispute, and so is a later count of things ("20 cars derailed", then "38")."""
    da, db = dates.get(a.article), dates.get(b.article)
    if not da or not db or da == db:
        return False
    if qa and qb and (qa.current or qb.current):
        return True  # "seven hostages are held" on Wednesday, "still holding two" on Thursday
    if not (head_class(a.head) in HEAD_CLASS or a.head in PERSONS) or a.event in _FIXED:
        return False  # things, demands, a crowd's size or those aboard do not grow as reports come in
    if a.event == b.event == "missing":
        return True  # the missing are found, or more are reported, as the days go: a count of the day, no dispute
    early, late = (a, b) if da < db else (b, a)
    return _interval(late, told=True)[0] >= _interval(early, told=True)[1]


def _apart(a: Quantity, b: Quantity) -> bool:
    """Two sums, or two measures, that cannot both be true: no value in common (a measure's in one base unit, beyond
    the rounding of the coarser figure)."""
    if a.kind not in MEASURED:
        (alo, ahi), (blo, bhi) = _interval(a), _interval(b)
        return ahi < blo or bhi < alo
    fa, fb = unit_scale(a.kind, a.unit)[1], unit_scale(b.kind, b.unit)[1]
    ia, ib = _interval(a, told=True), _interval(b, told=True)
    places = min(decimals(a.text), decimals(b.text))
    va, vb = (q.value if q.value is not None else q.low if q.low is not None else q.high for q in (a, b))
    near = bool(va and vb) and max(va * fa, vb * fb) / min(va * fa, vb * fb) <= 5.0  # one order ("400" / "650 metres")
    return near and apart((ia[0] * fa, ia[1] * fa), (ib[0] * fb, ib[1] * fb), places)


def _link(a: Quantity, b: Quantity, qa: _Q, qb: _Q, restates: set[tuple[str, int]],
          dates: dict[str, str | None]) -> None:
    """Mark two figures as conflicting when they are."""
    # next to each other in one article, a figure with no happening of its own is another estimate of
    # the one before only when its sentence says so ("A second source put the figure at 2,000"); else
    # it counts something else ("trapping 19 miners" / "five miners were brought to the surface")
    if qa.changed != qb.changed and not (head_class(a.head) in HEAD_CLASS or a.head in PERSONS):
        # "a reward of 20,000 crowns", then "doubled the reward to 40,000": both held, one after the other (a toll
        # "raised to 36" is a count revised, not a thing changed)
        return
    bare = [q for q in (a, b) if q.event is None]
    near = a.article == b.article and abs(a.sentence - b.sentence) <= 1 and bool(bare) and all(
        (q.article, q.sentence) in restates for q in bare)
    restating = any((q.article, q.sentence) in restates for q in (a, b))
    if not _update(a, b, dates, qa, qb) and _conflict(a, b, near, qa, qb, restating):
        a.conflicts_with.append(b.id)
        b.conflicts_with.append(a.id)


def _link_tallies(a: Quantity, b: Quantity, qa: _Q, qb: _Q) -> None:
    """Two tallies of one vote that differ ("by 27 votes to 18" / "26 in favour and 19 against"); a tally in
    a sentence about an earlier year, or on another day, counts another vote."""
    if qa.background or qb.background or (a.article, a.sentence) == (b.article, b.sentence) or qa.tally == qb.tally \
            or qa.days and qb.days and not qa.days & qb.days or not same_vote(qa.tally, qb.tally):
        return
    a.conflicts_with.append(b.id)
    b.conflicts_with.append(a.id)


#: Counts of people that later reports do not raise: what was demanded, how many gathered, how many were aboard
#: (a rally of Tuesday put at 8,000 by the police and at 40,000 by its organisers the next day is disputed).
_FIXED = {"sought", "gathered", "aboard"}
