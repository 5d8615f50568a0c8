"""Quantities stage: every figure that carries meaning, with what it counts, and conflicts.

Numbers come from the tokens (digits and number words, "hundreds", "a dozen"), with their
modifiers ("at least", "between X and Y", "more than"); what a number is about comes from the
dependency parse (the noun it counts, "hundreds of soldiers", and the verb of its clause).
Calendar dates are left to the timeline. Two figures conflict when they count the same kind of
thing for the same happening (same head class and event class) and their values disagree.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from dataclasses import dataclass

from ..model import Article, Dossier, Quantity
from ..pipeline import stage
from .common import children as _children
from .common import tokens_by_sentence

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
            "roubles": "RUB", "rupees": "INR", "lira": "TRY"}
DURATION = {"year", "month", "week", "day", "hour", "minute", "decade", "century"}
DISTANCE = {"kilometre", "kilometer", "km", "mile", "metre", "meter", "m", "foot", "feet"}
#: Classes of counted things and of happenings, for deciding that two figures count the same.
HEAD_CLASS = {
    "people": {"people", "person", "civilian", "resident", "inhabitant", "villager", "passenger", "family"},
    "troops": {"soldier", "troop", "officer", "fighter", "force", "militant", "rebel", "personnel"},
    "prisoners": {"prisoner", "inmate", "detainee", "hostage"},
}
EVENT_CLASS = {
    "killed": {"kill", "die", "dead", "death", "toll", "murder", "execute", "hang", "slay"},
    "injured": {"injure", "wound", "hurt", "treat", "injury"},
    "displaced": {"displace", "flee", "uproot", "refugee"},
    "evacuated": {"evacuate", "rescue", "shelter", "move", "relocate"},
    "detained": {"detain", "arrest", "jail", "imprison", "vanish", "disappear", "hold"},
    "missing": {"missing", "miss", "unaccounted"},
    "admitted": {"allow", "admit", "let", "enter", "cross", "surrender", "give"},
}


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


def parse_number(text: str) -> float | None:
    """"12,000" -> 12000.0, "eleven" -> 11.0, "3 million" -> 3e6; None when it is no number."""
    t = text.lower().replace(",", "").strip()
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion|bn|m|k))?", t)
    if m:
        return float(m[1]) * SCALE.get(m[2] or "", 1)
    if t in ("a dozen", "dozen"):
        return 12.0
    parts = re.split(r"[\s-]+", t)
    total, cur = 0.0, 0.0
    for p in parts:
        if p in ("a", "an", "and"):
            cur = cur or (1.0 if p != "and" else cur)
            continue
        if p not in WORDS:
            return None
        v = WORDS[p]
        if v >= 100:
            cur = (cur or 1) * v
            if v >= 1000:
                total, cur = total + cur, 0.0
        else:
            cur += v
    return total + cur or None


_NUMBER = re.compile(
    r"(?<![\w.-])(?:(?P<mod>at least|at most|more than|less than|fewer than|over|nearly|almost|about|around|"
    r"up to|some|roughly|approximately)\s+)?"
    r"(?:(?P<between>between)\s+)?"
    r"(?P<cur>[$€£])?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|a few|several)\s+(?:dozen|hundred|thousand|million)|"
    r"hundreds of thousands|tens of thousands|dozens|hundreds|thousands|millions|scores|a dozen|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety)"
    r"(?:\s*(?P<scale>thousand|million|billion|trillion|bn)\b)?"
    r"(?:\s+(?:and|to)\s+(?P<num2>\d{1,3}(?:,\d{3})+|\d+)(?:\s*(?P<scale2>thousand|million|billion))?)?"
    r"(?P<dash>-(?:year|month|week|day|hour|kilometre|km|mile|metre)s?(?:-old)?)?"
    r"(?![\w])", re.I)
_ORDINAL = re.compile(r"\b(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
                      r"[- ](?P<sup>largest|biggest|most|smallest|highest|lowest|richest|poorest|busiest|deadliest|"
                      r"oldest|longest)\b", re.I)


def _time_spans(text: str, ref) -> list[tuple[int, int]]:
    from .timeline.expressions import find_expressions

    return [(x.start, x.end) for x in find_expressions(text, ref) if x.kind != "duration"
            and x.kind not in ("ago", "past")]


def sentence_quantities(art: Article, sent, ref=None, toks=None) -> list[_Q]:
    text = sent.text
    if toks is None:
        toks = [t for t in art.tokens if t.sent == sent.index]
    kids = _children(toks)
    by_i = {t.i: t for t in toks}
    dates = _time_spans(text, ref)
    out: list[_Q] = []
    for m in _NUMBER.finditer(text):
        s, e = m.span()
        if any(a <= s < b or a < e <= b for a, b in dates):
            continue
        raw = m["num"].lower()
        if raw in ("one",) and not m["mod"]:
            continue  # "one" is mostly a pronoun or article ("one woman")
        low = high = value = None
        approximate = bool(m["mod"]) and m["mod"].lower() not in ("at least", "more than", "over", "at most",
                                                                  "less than", "fewer than", "up to")
        if raw in VAGUE:
            low, high = VAGUE[raw]
            approximate = True
        else:
            value = parse_number(raw + (" " + m["scale"] if m["scale"] else ""))
            if value is None:
                continue
        if m["num2"]:
            v2 = parse_number(m["num2"] + (" " + m["scale2"] if m["scale2"] else ""))
            if m["between"] or (v2 and value and v2 > value):
                low, high, value = value, v2, None
        mod = (m["mod"] or "").lower()
        if mod in ("at least", "more than", "over"):
            low, value = value, None
        elif mod in ("at most", "less than", "fewer than", "up to"):
            high, value = value, None
        # the token of the number and what it counts
        abs_s = sent.start + m.start("num")
        num_tok = next((t for t in toks if t.start <= abs_s < t.end), None)
        head, about, event, unit, kind = None, None, None, None, "count"
        if m["dash"]:
            unit = m["dash"].strip("-").split("-")[0].rstrip("s")
            kind = "duration" if unit in DURATION else "distance"
        if num_tok is not None:
            node = num_tok
            while node.dep in ("nummod", "quantmod", "compound", "amod", "nmod", "npadvmod") and node.head in by_i \
                    and by_i[node.head].pos in ("NOUN", "PROPN", "NUM", "ADJ", "SYM") and node.head != node.i:
                node = by_i[node.head]
            if node.lemma.lower() in ("hundred", "thousand", "million", "dozen") or node is num_tok and raw in VAGUE:
                of = [k for k in kids.get(node.i, []) if k.dep == "prep" and k.text.lower() == "of"]
                pobj = [k for k in kids.get(of[0].i, []) if k.dep == "pobj"] if of else []
                node = pobj[0] if pobj else node
            if node is not num_tok or node.pos == "NOUN":
                head = node.lemma.lower()
                mods = [k for k in kids.get(node.i, []) if k.dep in ("amod", "compound") and k is not num_tok
                        and k.i > (num_tok.i if num_tok else -1)]
                about = " ".join(t.text for t in sorted(mods + [node], key=lambda t: t.i))
            verb = node
            for _ in range(6):
                if verb.pos == "VERB" or verb.head == verb.i or verb.head not in by_i:
                    break
                verb = by_i[verb.head]
            # the happening: words on the counted noun first ("11 people still missing"), then its
            # verb ("were killed"), then anything in the sentence ("the death toll rose to 19")
            near_words = [k.lemma.lower() for k in kids.get(node.i, []) if k.dep in ("amod", "acl", "relcl")]
            near_words += [k.lemma.lower() for k in kids.get(verb.i, []) if k.dep in ("acomp", "attr", "oprd")]
            near_words += [by_i[i].lemma.lower() for i in range(node.i + 1, node.i + 4) if i in by_i
                           and by_i[i].pos in ("ADJ", "VERB") and by_i[i].text != ","]
            for group in (near_words, [verb.lemma.lower()], [t.lemma.lower() for t in toks]):
                event = next((cls for w in group for cls, keys in EVENT_CLASS.items() if w in keys), None)
                if event:
                    break
        if m["cur"] or (head and head in CURRENCY):
            kind, unit = "money", CURRENCY.get(m["cur"] or head, head)
        elif head in DURATION and kind == "count":
            kind, unit = "duration", head
        elif head in DISTANCE:
            kind, unit = "distance", head
        elif head and head.startswith("percent") or text[m.end():m.end() + 1] == "%":
            kind, unit = "percent", "%"
        elif kind == "count":
            unit = head
        if kind == "count" and head is None and event and num_tok is not None \
                and num_tok.dep in ("nsubj", "nsubjpass", "conj", "dobj"):
            # an elided noun: "4,000 people were evacuated and 12 were killed" counts people too
            prev = next((x for x in reversed(out) if x.kind == "count" and x.head), None)
            if prev is not None:
                head, about, unit = prev.head, prev.about, prev.unit
        if kind == "count" and head is None:
            continue  # a bare number with nothing counted (a score, a page, an age) is left out
        if kind != "count":
            event = None
        out.append(_Q(m.group(0), s, e, value, low, high, unit, kind, about, head, event, sent.index, approximate))
    for m in _ORDINAL.finditer(text):
        o = m["ord"].lower()
        val = ORDINALS.get(o) or int(re.match(r"\d+", o)[0])
        out.append(_Q(m.group(0), m.start(), m.end(), float(val), None, None, "rank", "ordinal",
                      m.group(0), None, None, sent.index))
    return out


def _head_class(head: str | None) -> str | None:
    return next((c for c, keys in HEAD_CLASS.items() if head in keys), head)


def _interval(q: Quantity) -> tuple[float, float]:
    lo = q.low if q.low is not None else q.value
    hi = q.high if q.high is not None else (q.value if q.value is not None else float("inf"))
    return lo if lo is not None else 0.0, hi


#: Words of a sentence that gives another estimate of a figure told before it.
_RESTATES = {"figure", "toll", "tally", "estimate", "put"}


def _conflict(a: Quantity, b: Quantity, near: bool) -> bool:
    """Same kind of thing counted for the same happening, values that cannot both be true.
    Next to each other in one article ("A second source put the figure at ..."), a figure with
    no happening of its own refers to the one before."""
    if a.kind != "count" or b.kind != "count" or (a.article, a.sentence) == (b.article, b.sentence):
        return False
    if _head_class(a.head) != _head_class(b.head):
        return False
    if a.event != b.event and not (near and (a.event is None or b.event is None)):
        return False
    if a.event is None and b.event is None:
        return False
    (alo, ahi), (blo, bhi) = _interval(a), _interval(b)
    return ahi < blo or bhi < alo


def build_quantities(dossier: Dossier) -> list[Quantity]:
    from datetime import date

    out: list[Quantity] = []
    restates: set[tuple[str, int]] = set()  # sentences that give another estimate ("put the figure at 2,000")
    for art in dossier.articles:
        ref = date.fromisoformat(art.date) if art.date else None
        by_sent = tokens_by_sentence(art)
        for sent in art.sentences:
            if any(t.lemma.lower() in _RESTATES for t in by_sent.get(sent.index, [])):
                restates.add((art.id, sent.index))
            for q in sentence_quantities(art, sent, ref, by_sent.get(sent.index, [])):
                qid = "n-" + hashlib.sha1(f"{art.id}\t{sent.index}\t{q.start}".encode()).hexdigest()[:8]
                item = Quantity(qid, q.text, q.value, q.low, q.high, q.unit, q.about, art.id, sent.index)
                item.kind, item.head, item.event, item.approximate = q.kind, q.head, q.event, q.approximate
                out.append(item)
    for i, a in enumerate(out):
        for b in out[i + 1:]:
            # next to each other in one article, a figure with no happening of its own is another estimate of
            # the one before only when its sentence says so ("A second source put the figure at 2,000"); else
            # it counts something else ("trapping 19 miners" / "five miners were brought to the surface")
            bare = [q for q in (a, b) if q.event is None]
            near = a.article == b.article and abs(a.sentence - b.sentence) <= 1 and bool(bare) and all(
                (q.article, q.sentence) in restates for q in bare)
            if _conflict(a, b, near):
                a.conflicts_with.append(b.id)
                b.conflicts_with.append(a.id)
    return out


@stage("quantities", scope="story", requires=("article.sentences", "article.tokens"),
       provides=("dossier.quantities",))
def quantities(dossier: Dossier, ctx=None) -> Dossier:
    """Figures with their meaning; different figures for the same thing linked."""
    return dataclasses.replace(dossier, quantities=build_quantities(dossier))
