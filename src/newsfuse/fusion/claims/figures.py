"""The figures a clause gives, read from its tokens (see units.py): "1.4 billion", "Fifty-nine", "two dozen",
"half a dozen", "£5m", each with the noun it counts; ages, durations and the figures a comparison is made with left
out."""

from __future__ import annotations

from ...model import Token
from ..quantities import DURATION, HEAD_CLASS, PERSONS, parse_number
from .clauses import _participle, _subtree
from .lexicon import _ACTOR, _GENERIC, _SCALES, TERMS, VAGUE
from .senses import _held_for, _not_one, _to_figure


def _age(t: Token, by_i) -> bool:
    """The number of an age: "27" in "the 27-year-old" (27 -> year -> old)."""
    unit = by_i.get(t.head)
    return t.dep == "nummod" and unit is not None and unit.lemma.lower() in ("year", "month") and unit.dep == \
        "npadvmod" and unit.head in by_i and by_i[unit.head].lemma.lower() == "old"


#: Number words that take a unit after a hyphen: "twenty-two", "fifty-nine" (the tokenizer splits them in three)
_TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}


_UNITS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}


#: Number words that multiply the number before them ("two dozen", "one hundred"), and abbreviated scales written
#: against a figure ("£5m", "$2bn": the tokenizer splits some of them off)
_TIMES = {"dozen": 12.0, "hundred": 100.0}


_ABBREVIATED = {"m": 1e6, "mn": 1e6, "bn": 1e9, "k": 1e3}


def _times(num, word, by_i) -> bool:
    """``word`` multiplies the number ``num`` just before it: "two dozen", "one hundred"."""
    return num is not None and word is not None and word.i == num.i + 1 and word.text.lower() in _TIMES \
        and num.pos == "NUM" and parse_number(num.text) is not None


def _half_dozen(t, by_i) -> bool:
    """"half a dozen": six."""
    return t.text.lower() == "dozen" and t.i - 1 in by_i and by_i[t.i - 1].text.lower() == "a" \
        and t.i - 2 in by_i and by_i[t.i - 2].text.lower() == "half"


def _hundred_and(t, by_i) -> bool:
    """``t`` is the tail of "one hundred and twenty", read with the hundred."""
    return t is not None and t.i - 2 in by_i and t.i - 1 in by_i and by_i[t.i - 1].text.lower() == "and" \
        and by_i[t.i - 2].text.lower() == "hundred" and t.i - 3 in by_i and by_i[t.i - 3].pos == "NUM" \
        and (parse_number(t.text) or 100) < 100


def _compound(tens, unit, by_i) -> bool:
    """``tens`` and ``unit`` are the two halves of one hyphenated number word ("Twenty-two")."""
    return tens is not None and unit is not None and tens.text.lower() in _TENS and unit.text.lower() in _UNITS \
        and unit.i == tens.i + 2 and tens.i + 1 in by_i and by_i[tens.i + 1].text == "-"


def _numeric(t: Token) -> bool:
    """A number, by its tag or by the word counting a noun ("Eleven injured people": the tagger's adjective)."""
    return t.pos == "NUM" or t.dep == "nummod" and parse_number(t.text) is not None


#: Nouns for people, counted: "a man", "a soldier" is one of them.
_ONE_OF = PERSONS | {w for ws in HEAD_CLASS.values() for w in ws} - {"people", "family", "force", "personnel"}


def _count_noun(num: Token, kids, by_i) -> str:
    """What a number counts: its head noun ("40 unarmed observers", "1.4 billion crowns") or its "of" phrase;
    "person" for the names of a group of people ("40 of their men"); "" when there is none or it is too
    generic to tell counts apart ("people")."""
    head = by_i.get(num.head) if num.dep in ("nummod", "compound") else None
    while head is not None and (head.pos == "NUM" or head.text.lower() in _SCALES) and head.head != head.i:
        head = by_i.get(head.head)
    if head is None or head.pos not in ("NOUN", "PROPN"):
        of = [o for p in kids.get(num.i, []) if p.dep == "prep" and p.lemma.lower() == "of"
              for o in kids.get(p.i, []) if o.dep == "pobj"]
        head = of[0] if of else None
    nxt = by_i.get(num.i + 1)
    while nxt is not None and (nxt.pos == "NUM" or nxt.text.lower() in _SCALES):
        nxt = by_i.get(nxt.i + 1)
    if nxt is not None and nxt.pos == "NOUN" and nxt.dep == "compound":
        head = nxt  # "a 5 million crown relief fund": crowns
    if head is None:
        return ""
    lemma = _ACTOR.get(head.lemma.lower(), head.lemma.lower())
    if lemma in _GENERIC or lemma in HEAD_CLASS["people"]:
        return ""
    # reports count one group of people by many names ("30 men" / "30 workers" / "30 miners")
    return "person" if lemma in PERSONS or any(lemma in names for names in HEAD_CLASS.values()) else lemma

def figures(verb: Token, tree: list[Token], kids, by_i, heads: set[int], classes: frozenset[str],
            subj_toks: list[Token], patients: list[Token]) -> tuple[set[float], set[tuple[float, str]]]:
    """The figures of a clause (``tree``, headed by ``verb``) and, for each, the noun it counts (see
    ``Unit.counted``). ``heads``: the verbs heading units of their own in the sentence (a participle phrase
    that is one keeps its figures); ``classes``: the clause's happenings (a prison term's length counts)."""
    nums, counted = set(), set()
    # "far more than the coast guard's estimate of 90": the other count a comparison is made with
    # ("rather than the 4,200 it reported", "well below the 1.2 million put forward by X", "up from nine": the
    # figure set against this one, or the one it replaced)
    compared = {x.i for t in tree if t.dep == "prep" and (
        t.lemma.lower() == "than" and any(o.dep == "pobj" and (o.pos in ("NOUN", "PROPN") or any(
            k.lemma.lower() in ("rather", "instead") for k in kids.get(t.i, []) + kids.get(t.head, [])
            if k.dep == "advmod")) for o in kids.get(t.i, []))
        or t.lemma.lower() in ("below", "above")
        and any(o.dep == "pobj" and o.pos == "NUM" for o in kids.get(t.i, []))
        or t.lemma.lower() == "from" and t.head in by_i and by_i[t.head].lemma.lower() in ("up", "down")
        # "raised the credit line to 8 billion from 5 billion": the figure it was changed from
        or t.lemma.lower() == "from" and _to_figure(t, kids) and any(
            o.dep == "pobj" and any(x.pos == "NUM" for x in _subtree(o, kids)) for o in kids.get(t.i, [])))
                for x in _subtree(t, kids)}
    # a participle phrase's figures are the clause's ("puts the amount of oil spilled at 3,000 tonnes"), unless
    # the phrase tells a happening of its own ("struck the valley, killing 12": the killing's, see clauses.py)
    phrase = [x for t in tree for k in kids.get(t.i, []) if _participle(k, kids) and k.i not in heads
              for x in _subtree(k, kids)]
    ordered = sorted((t for t in tree + phrase if t.i not in compared), key=lambda t: t.i)
    for t in ordered:
        # the scale written after a figure, hyphenated or not ("1.4 billion", "a 46-million-crown contract")
        after = by_i.get(t.i + 2) if t.i + 1 in by_i and by_i[t.i + 1].text == "-" else by_i.get(t.i + 1)
        before = by_i.get(t.i - 2) if t.i - 1 in by_i and by_i[t.i - 1].text == "-" else by_i.get(t.i - 1)
        if _times(before, t, by_i):
            continue  # "dozen" of "two dozen", "hundred" of "one hundred", read with the number before
        elif t.lemma.lower() in ("one", "single") and t.head in by_i and _not_one(by_i[t.head], kids):
            continue  # "not one patient", "not a single soldier": none, no figure
        elif _half_dozen(t, by_i):
            nums.add(6.0)  # "half a dozen soldiers"
            counted.add((6.0, _count_noun(t, kids, by_i)))
        elif t.text.lower() in VAGUE:  # negative: a magnitude, never equal to a figure
            nums.add(VAGUE[t.text.lower()])
        elif t.text.lower() in _SCALES and before is not None and before.pos == "NUM":
            continue  # the scale of the number before it, read with it
        elif _compound(before, t, by_i) or _hundred_and(t, by_i):
            continue  # "two" of "Twenty-two", "twenty" of "one hundred and twenty": read with what comes before
        elif _numeric(t) and _age(t, by_i):
            continue  # "the 27-year-old", "a 34-year-old driver": an age, no figure of the fact
        elif _numeric(t) and t.dep == "nummod" and t.head in by_i and by_i[t.head].lemma.lower() in DURATION \
                and not classes & TERMS and not _held_for(verb, kids):
            continue  # "fired for twenty minutes" tells how long, not how many (a prison term's length counts, and
            # so does how long one was held: see _held_for)
        elif _numeric(t) and (value := parse_number(t.text)) is not None:
            if after is not None and after.text.lower() in _SCALES:
                value *= _SCALES[after.text.lower()]  # "1.4 billion" is one figure, not 1.4 and a billion
            word = t
            if _compound(t, after, by_i):
                value += parse_number(after.text)  # "Fifty-nine" is 59, not 50 and 9
                word = after  # (the parse hangs the unit on what is counted)
            elif _times(t, after, by_i):
                value *= _TIMES[after.text.lower()]  # "two dozen" is 24, "one hundred" 100
                word = after
                tail = by_i.get(after.i + 2)
                if _hundred_and(tail, by_i):
                    value += parse_number(tail.text)  # "one hundred and twenty"
                elif after.i + 1 in by_i and by_i[after.i + 1].text.lower() in _SCALES:
                    value *= _SCALES[by_i[after.i + 1].text.lower()]  # "two hundred thousand"
            elif after is not None and after.text.lower() in _ABBREVIATED and after.start == t.start + len(t.text):
                value *= _ABBREVIATED[after.text.lower()]  # "£5m", split by the tokenizer, is five million
                word = None  # (a sum: what it counts is its currency, which the parse does not hang on it)
            nums.add(value)
            counted.add((value, _count_noun(word, kids, by_i) if word is not None else ""))
    ones = subj_toks + patients + [k for k in kids.get(verb.i, []) if k.dep == "dobj"]
    # (and the nouns the parse makes compounds of them: "declared a Kessarian diplomat persona non grata")
    ones += [c for k in ones for c in _subtree(k, kids) if c.dep == "compound" and c.pos == "NOUN"]
    for k in ones:
        if k.tag == "NN" and k.lemma.lower() in _ONE_OF and not _not_one(k, kids) and any(
                d.dep == "det" and d.lemma.lower() in ("a", "an") for d in kids.get(k.i, [])):
            nums.add(1.0)  # "police arrested a man" is one, not "three men"
            counted.add((1.0, ""))
    return nums, counted
