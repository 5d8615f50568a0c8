"""Numbers as news writes them ("12,000", "eleven", "3 million", "hundreds"), and the kinds of thing and happening a
count is of (see ``sentence_quantities`` in read.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass


WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
         "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
         "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
         "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
         "million": 1e6, "billion": 1e9, "dozen": 12}


VAGUE = {"dozens": (24, 99), "hundreds": (200, 999), "thousands": (2000, 9999), "tens of thousands": (20000, 99999),
         "hundreds of thousands": (200000, 999999), "millions": (2e6, 9.99e6), "scores": (40, 99)}


# "a few dozen", "several hundred": vague multiples (a few = 2-5, several = 3-9)
for _w, (_lo, _hi) in {"a few": (2, 5), "several": (3, 9)}.items():
    for _unit, _v in (("dozen", 12), ("hundred", 100), ("thousand", 1000), ("million", 1e6)):
        VAGUE[f"{_w} {_unit}"] = (_lo * _v, _hi * _v)

SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6, "k": 1e3}


ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10}


CURRENCY = {"$": "USD", "€": "EUR", "£": "GBP", "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR",
            "pound": "GBP", "pounds": "GBP", "krona": "krona", "kronor": "krona", "yuan": "CNY", "rouble": "RUB",
            "roubles": "RUB", "rupees": "INR", "lira": "TRY",
            # by name where a code would be a guess (a crown or a franc is the money of several countries)
            **{w: w for w in ("crown", "franc", "peso", "rupee", "yen", "dinar", "shekel", "naira", "shilling", "zloty",
                              "forint", "koruna", "ringgit", "baht", "dirham", "riyal", "rial", "rupiah", "hryvnia",
                              "taler", "thaler", "florin", "guilder", "ducat", "krone")}}


DURATION = {"year", "month", "week", "day", "hour", "minute", "decade", "century"}


DISTANCE = {"kilometre", "kilometer", "km", "mile", "metre", "meter", "m", "foot", "feet"}


#: Classes of counted things and of happenings, for deciding that two figures count the same.
HEAD_CLASS = {
    "people": {"people", "person", "civilian", "resident", "inhabitant", "villager", "passenger", "family"},
    "troops": {"soldier", "troop", "officer", "force", "personnel", "serviceman", "guard"},
    "militants": {"militant", "rebel", "insurgent", "gunman", "guerrilla", "jihadist"},
    "prisoners": {"prisoner", "inmate", "detainee"},
    "workers": {"worker", "miner", "man", "employee", "labourer", "laborer", "crewman", "staff", "staffer",
                "contractor"},
}


#: Counted people besides those classes: counts of people grow as reports come in.
PERSONS = {"child", "woman", "patient", "victim", "survivor", "student", "casualty", "body", "passenger",
           "pilgrim", "tourist", "migrant", "refugee", "journalist", "protester", "suspect", "diplomat", "case",
           "infection"}


EVENT_CLASS = {
    "killed": {"kill", "die", "dead", "death", "toll", "murder", "execute", "hang", "slay"},
    "injured": {"injure", "wound", "hurt", "treat", "injury"},
    "displaced": {"displace", "flee", "uproot", "refugee"},
    "evacuated": {"evacuate", "evacuation", "evacuee", "rescue", "shelter", "move", "relocate", "home"},
    "detained": {"detain", "arrest", "jail", "imprison", "vanish", "disappear", "hold"},
    "missing": {"missing", "miss", "unaccounted"},
    "abducted": {"abduct", "kidnap", "snatch", "hostage", "captive", "abduction", "kidnapping"},
    "admitted": {"allow", "admit", "let", "enter", "cross", "surrender", "give"},
    "freed": {"free", "release", "liberate", "exchange", "swap"},
    # got out of custody: "six inmates broke out", "seven escaped", "the escapees"
    "escaped": {"escape", "escapee", "breakout", "abscond"},
    # also a count of people admitted, treated or taken somewhere when the place is a hospital
    "hospitalised": {"hospital", "hospitalise", "hospitalize", "hospitalisation", "hospitalization"},
    # who was on a vessel, a plane or a bus: "was carrying about 90 people", "up to 170 people were on board"
    "aboard": {"aboard", "board", "onboard", "carry"},
    # a crowd: "marched", "rallied", "took part" (see below), "the crowd", "turnout"
    "gathered": {"march", "rally", "protest", "demonstrate", "gather", "attend", "participate", "crowd", "turnout",
                 "demonstration"},
    # jobs done away with: "2,900 jobs would be cut", "all 3,400 jobs would be lost", "to shed 800 posts"
    "jobs cut": {"cut", "axe", "ax", "shed", "slash", "scrap", "eliminate", "lose"},
    # a substance let out: "about 2,000 tonnes had leaked", "estimated the spill at 2,000 tonnes" (and, of a thing
    # not a person, "800 tonnes of oil had escaped": see sentence_quantities)
    "spilled": {"leak", "spill", "seep", "gush", "discharge", "spew"},
}


_JOBS = {"job", "post", "position", "role", "worker", "employee", "staff", "staffer", "vacancy"}


#: Counted nouns that name a happening to people: "290 arrests" are 290 people detained.
_PEOPLE_EVENTS = {"death": "killed", "fatality": "killed", "arrest": "detained", "injury": "injured",
                  "evacuation": "evacuated", "abduction": "abducted", "kidnapping": "abducted"}


#: Words that name people by what befell them when counted ("the number of missing", "the number of dead").
_BEFALLEN = {"missing": "missing", "dead": "killed", "injured": "injured", "wounded": "injured",
             "displaced": "displaced", "detained": "detained", "evacuated": "evacuated"}


_CROWD = ("crowd", "turnout", "attendance", "protest", "rally", "march", "demonstration")  # "the protest was put at"


_NEARER = ("nearer", "closer")  # "the real figure was nearer 19,000": parsed as nouns the number modifies


_MEASURES = {"size", "number", "figure", "estimate", "count", "total", "tally"}


_HELD = ("hostage", "captive")  # "put the number of hostages at 11"


#: Words of a sentence that gives a figure for something counted elsewhere ("put the number at 11",
#: "the 38 reported by the fire service", "far more than the 1,200 cited by the district").
RESTATES = {"figure", "number", "toll", "tally", "count", "estimate", "total", "put", "than"}


@dataclass
class _Q:
    text: str
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    kind: str
    about: str | None
    head: str | None
    event: str | None
    sentence: int
    approximate: bool = False
    sort: frozenset[str] = frozenset()  # noun modifiers of the counted noun: "tank" of "five tank cars"
    restated: bool = False  # given for a count named beside it ("put the number at 11")
    places: frozenset[str] = frozenset()  # where the counted happened ("17 were killed in Vrask")
    background: bool = False  # in a sentence about an earlier year ("an earthquake in 1971 killed 900")
    current: bool = False  # what stands now ("still holding two hostages"), up or down by the day
    increment: bool = False  # some added to a count ("ten more men"), never its total
    days: frozenset[str] = frozenset()  # the days its sentence names ("on Tuesday"), resolved
    what: str | None = None  # what a sum is the amount of: "a fine of 500,000", "set bail at 200,000": fine, bail
    changed: bool = False  # a value something was changed to ("doubled the reward to 40,000"): the old one held too
    rejected: bool = False  # a figure the sentence says is wrong ("seven inmates, not six")
    all_days: bool = False  # a sum over days or places ("in all", "over the two days")
    span: bool = False  # told of a span of days ("between Monday and Wednesday", "the three-day total")
    rate: bool = False  # a sum by the day or the head ("2,000 crowns a day", "per customer")
    tally: tuple[float, float] | None = None  # a vote's majority and minority ("by 27 votes to 18")
    part: bool = False  # some of a whole named beside it ("five of the derailed cars", "among them three")


def parse_number(text: str) -> float | None:
    """"12,000" -> 12000.0, "eleven" -> 11.0, "3 million" -> 3e6; None when it is no number."""
    t = text.lower().replace(",", "").strip()
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion|bn|m|k))?", t)
    if m:
        return float(m[1]) * SCALE.get(m[2] or "", 1)
    if t in ("a dozen", "dozen"):
        return 12.0
    if t == "half a dozen":
        return 6.0
    parts = re.split(r"[\s-]+", t)
    total, cur = 0.0, 0.0
    for p in parts:
        if p in ("a", "an", "and"):
            cur = cur or (1.0 if p != "and" else cur)
            continue
        if p not in WORDS:
            return None
        v = WORDS[p]
        if v >= 100 or p == "dozen":  # "two dozen" is 24
            cur = (cur or 1) * v
            if v >= 1000:
                total, cur = total + cur, 0.0
        else:
            cur += v
    return total + cur or None


_NUMBER = re.compile(
    r"(?<![\w.:-])(?:(?P<mod>at least|at most|more than|less than|fewer than|over|nearly|almost|about|around|"
    r"up to|some|roughly|approximately|nearer(?: to)?|closer to|close to)\s+)?"
    r"(?:(?P<between>between)\s+)?"
    r"(?P<cur>[$€£])?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|half a dozen|"
    r"(?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred\s+and\s+(?:(?:twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|"
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|a few|several)\s+(?:dozen|hundred|thousand|million)|"
    r"hundreds of thousands|tens of thousands|dozens|hundreds|thousands|millions|scores|a dozen|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    r"nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|"
    r"eight|nine))?)"
    r"(?:\s*(?P<scale>thousand|million|billion|trillion|bn)\b|(?(cur)(?P<abbr>mn|m|k)\b|(?!)))?"  # "£5m": money
    r"(?:\s+(?:and|to)\s+(?P<num2>\d{1,3}(?:,\d{3})+|\d+)(?:\s*(?P<scale2>thousand|million|billion))?)?"
    r"(?P<dash>-(?:year|month|week|day|hour|kilometre|km|mile|metre)s?(?:-old)?)?"
    r"(?![\w]|[:,]\d|-[a-z]|\s?[ap]\.?m\b)", re.I)  # not a clock time ("02:14", "10 a.m.") nor a modifier ("46-page")


_ORDINAL = re.compile(r"\b(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
                      r"[- ](?P<sup>largest|biggest|most|smallest|highest|lowest|richest|poorest|busiest|deadliest|"
                      r"oldest|longest)\b", re.I)


def head_class(head: str | None) -> str | None:
    return next((c for c, keys in HEAD_CLASS.items() if head in keys), head)
