"""Temporal expressions in news text, resolved against the article's date.

Explicit calendar dates are parsed with dateparser (relative to the reference date, preferring
the past, as news does). Weekday arithmetic and the conventions of news copy are written by hand,
because no library knows them:

- a bare weekday names the most recent such day on or before the article's date; the article's
  own weekday is that day ("said Saturday" in a Saturday report);
- the day after the article's date is meant when a report is dated the evening before and
  updated past midnight ("early Sunday" in a report dated Saturday); a weekday is never read as
  six days back when it is the next day;
- "next"/"this coming" or a future verb looks forward; "last" looks back at least a day;
- "Saturday night" stays on Saturday: the night belongs to the day it began;
- durations that imply a start ("24-year rule", "13 years of crimes") give the year they began.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
_MON = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_NUMWORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "a few": 3,
             "few": 3, "couple of": 2, "a couple of": 2, "fifteen": 15, "twenty": 20, "thirty": 30}
_NUM = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|a few|a couple of)"

PATTERNS = [
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("mdy", re.compile(rf"\b({_MON})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.I)),
    ("dmy", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MON})(?:,?\s+(\d{{4}}))?\b", re.I)),
    ("my", re.compile(rf"\b(?:in|since|from|until|by|of|during|early|late|mid-?)\s+({_MON})\s+(\d{{4}})\b", re.I)),
    ("weekday", re.compile(
        rf"\b(?:(last|next|this|this coming|early|late|earlier|later)\s+(?:on\s+)?)?(?:(?:the\s+)?(early\s+hours\s+of)\s+)?"
        rf"({_WD})(?:\s+(morning|afternoon|evening|night))?\b", re.I)),
    ("rel", re.compile(r"\b(today|tonight|yesterday|tomorrow|last night|this morning|this evening|"
                       r"last week|last month|last year|this week|next week|earlier this week|"
                       r"the day before|the previous day)\b", re.I)),
    ("ago", re.compile(rf"\b(?:(less than|more than|just under|nearly|almost|about|some|over)\s+)?({_NUM})\s+"
                       rf"(day|week|month|year)s?\s+ago\b", re.I)),
    ("past", re.compile(rf"\b(?:over|in|during)\s+the\s+(?:past|last)\s+({_NUM})\s+(day|week|month|year)s?\b", re.I)),
    ("duration", re.compile(rf"\b(?:(more than|nearly|almost|about|over|some)\s+)?(\d+|{_NUM})[- ](year|decade)s?"
                            rf"(?:[- ]old)?(?:\s+(?:of|long|-long))?\s*(?:[\w-]+\s+){{0,2}}?"
                            rf"(rule|reign|regime|war|conflict|crimes?|oppression|occupation|dictatorship|presidency|"
                            rf"tenure|siege|insurgency|civil war|uprising|crisis)\b", re.I)),
    ("since", re.compile(r"\b(since|in|from|until|by|before|after|during|of)\s+((?:19|20)\d{2})\b(?!-)", re.I)),
    ("year", re.compile(r"\b((?:19|20)\d{2})\s+(?:security council |un |peace |general |presidential |"
                        r"parliamentary )?(resolution|election|elections|agreement|deal|accord|uprising|revolution|"
                        r"war|treaty|ceasefire|law|census|report|budget)\b", re.I)),
]


@dataclass
class TimeExpr:
    text: str
    start: int
    end: int
    date: str | None  # ISO day, month (YYYY-MM) or year (YYYY)
    precision: str  # day, week, month, year
    resolution: str  # explicit, relative
    kind: str  # which pattern matched
    background: bool = False
    approximate: bool = False


def _month(name: str) -> int:
    name = name.lower().rstrip(".")
    return next(i + 1 for i, m in enumerate(MONTHS) if m.startswith(name[:3]))


def _num(text: str) -> int:
    t = text.lower()
    return int(t) if t.isdigit() else _NUMWORDS.get(t, 1)


def resolve_weekday(weekday: int, ref: date, *, modifier: str = "", future: bool = False,
                    next_day_ok: bool = True) -> date:
    """The date a weekday names in an article dated ``ref`` (see the module's conventions)."""
    back = (ref.weekday() - weekday) % 7  # days back to the most recent such day (0: ref itself)
    if modifier == "next" or modifier == "this coming" or (future and back != 0):
        return ref + timedelta(days=(weekday - ref.weekday()) % 7 or 7)
    if modifier == "last":
        return ref - timedelta(days=back or 7)
    if back == 6 and next_day_ok:
        return ref + timedelta(days=1)  # the day after the dateline, not six days back
    return ref - timedelta(days=back)


def _day(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _year_for(m: int, d: int, ref: date) -> date | None:
    """A month and day without a year, through dateparser relative to the reference date and
    preferring the past (news reports what has happened); a window around the reference when
    dateparser gives nothing."""
    import dateparser
    from datetime import datetime

    parsed = dateparser.parse(
        f"{MONTHS[m - 1]} {d}", languages=["en"],
        settings={"RELATIVE_BASE": datetime(ref.year, ref.month, ref.day), "PREFER_DATES_FROM": "past",
                  "REQUIRE_PARTS": ["day", "month"]},
    )
    if parsed is not None:
        return parsed.date()
    for y in (ref.year, ref.year - 1, ref.year + 1):
        cand = _day(y, m, d)
        if cand and -30 <= (ref - cand).days <= 330:
            return cand
    return _day(ref.year, m, d)


_FUTURE = re.compile(r"\b(will|would|'ll|is due|are due|is expected|are expected|plans? to|scheduled|to be held|"
                     r"is set to|are set to|next)\b", re.I)


def find_expressions(text: str, ref: date | None) -> list[TimeExpr]:
    """Every temporal expression in ``text`` with its resolved date (None when it needs a
    reference date and there is none)."""
    found: list[TimeExpr] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match, *args, **kw) -> None:
        s, e = m.span()
        if any(s < b and a < e for a, b in taken):
            return
        taken.append((s, e))
        found.append(TimeExpr(m.group(0), s, e, *args, **kw))

    for kind, rx in PATTERNS:
        for m in rx.finditer(text):
            if kind == "iso":
                d = _day(int(m[1]), int(m[2]), int(m[3]))
                if d:
                    add(m, d.isoformat(), "day", "explicit", kind)
            elif kind in ("mdy", "dmy"):
                mon, day, year = (m[1], m[2], m[3]) if kind == "mdy" else (m[2], m[1], m[3])
                if not 1 <= int(day) <= 31 or (kind == "mdy" and mon.lower().startswith("may") and not year
                                               and not re.match(r"\d", day)):
                    continue
                d = _day(int(year), _month(mon), int(day)) if year else (
                    _year_for(_month(mon), int(day), ref) if ref else None)
                if d or not year:
                    add(m, d.isoformat() if d else None, "day", "explicit" if year else "relative", kind)
            elif kind == "my":
                add(m, f"{int(m[2]):04d}-{_month(m[1]):02d}", "month", "explicit", kind)
            elif kind == "weekday":
                if m[4] and m[4][0].isupper() and m.start() > 0:
                    continue  # "Sunday Morning With ...": a title, not a time
                modifier = (m[1] or "").lower()
                wd = WEEKDAYS.index(m[3].lower())
                before = text[max(0, m.start() - 60):m.start()]
                clause = re.split(r"[.;]", before)[-1]
                future = bool(_FUTURE.search(clause)) or modifier in ("next", "this coming")
                d = resolve_weekday(wd, ref, modifier=modifier, future=future) if ref else None
                add(m, d.isoformat() if d else None, "day", "relative", kind)
            elif kind == "rel":
                w = m[1].lower()
                offs = {"today": 0, "tonight": 0, "this morning": 0, "this evening": 0, "yesterday": -1,
                        "last night": -1, "tomorrow": 1, "the day before": -1, "the previous day": -1}
                if w in offs:
                    d = ref + timedelta(days=offs[w]) if ref else None
                    add(m, d.isoformat() if d else None, "day", "relative", kind)
                elif "week" in w:
                    shift = {"last week": -7, "next week": 7}.get(w, 0)
                    d = ref + timedelta(days=shift) if ref else None
                    monday = d - timedelta(days=d.weekday()) if d else None
                    add(m, monday.isoformat() if monday else None, "week", "relative", kind, approximate=True)
                elif "month" in w and ref:
                    y, mo = (ref.year, ref.month - 1) if ref.month > 1 else (ref.year - 1, 12)
                    add(m, f"{y:04d}-{mo:02d}", "month", "relative", kind)
                elif "year" in w and ref:
                    add(m, f"{ref.year - 1:04d}", "year", "relative", kind)
            elif kind in ("ago", "past"):
                n = _num(m[2] if kind == "ago" else m[1])
                unit = (m[3] if kind == "ago" else m[2]).lower()
                if not ref:
                    add(m, None, "day", "relative", kind, approximate=True)
                    continue
                days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit] * n
                d = ref - timedelta(days=days)
                prec = "day" if unit in ("day", "week") else ("month" if unit == "month" else "year")
                iso = d.isoformat() if prec == "day" else (f"{d.year:04d}-{d.month:02d}" if prec == "month" else f"{d.year:04d}")
                hedge = (m[1] or "").lower() if kind == "ago" else "over"
                add(m, iso, prec, "relative", kind, approximate=bool(hedge) or unit != "day")
            elif kind == "duration":
                n = _num(m[2]) * (10 if m[3].lower() == "decade" else 1)
                if ref and 1 <= n <= 200:
                    add(m, f"{ref.year - n:04d}", "year", "relative", kind, background=True,
                        approximate=bool(m[1]))
            elif kind in ("since", "year"):
                y = m[2] if kind == "since" else m[1]
                add(m, y, "year", "explicit", kind)
    found.sort(key=lambda x: x.start)
    if ref:
        for x in found:
            if x.date and x.date[:4].isdigit() and int(x.date[:4]) < ref.year - 1:
                x.background = True
    return found
