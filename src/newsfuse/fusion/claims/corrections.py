"""Figures and days set right as "X, not Y": "the thieves spent about 12 minutes in the building, not the seven
minutes the gallery first gave", "Seven inmates, not six as first announced, escaped", "the ship sank on Tuesday,
not Wednesday"; or as "X, correcting the figure of Y": "five paintings had been taken, correcting the figure of four
they gave on Monday". The clause asserts X and denies Y.

The parse hangs "not" on Y, or on the verb when Y is a bare word after it ("sank on Tuesday, not Wednesday"),
where it read as a negation of the whole clause: the ship had not sunk. ``views`` gives the sentence's tokens
without ", not Y" (what is asserted) and the tokens with Y's figure or day put in X's place (what is denied), each
read by the same unit extraction as any clause.

Only a figure or a day is set right this way. Phrases set against phrases ("caused by a fire, not by a government
order", "a liquidity problem, not a solvency problem") were read the same way and measured: on stories no one had
read they joined wrong claims and lost right disputes, so they stay as the parse gives them. So does a verb set
against a verb ("will be discontinued, not relocated"), a negated clause of its own.
"""

from __future__ import annotations

import dataclasses

from ...model import Token
from ..common import children as _kids
from ..quantities import parse_number

_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today"}
#: What may stand after the "not": a figure or a day, or the noun or preposition that carries one
_Y = {"NOUN", "PROPN", "NUM", "ADP", "ADJ"}
#: Clauses inside the verb's own words, whose figures are not the verb's ("the 52 claimed by X")
_INNER = ("ccomp", "advcl", "relcl", "acl", "xcomp")
#: What a correction corrects ("correcting the figure of four they gave on Monday")
_CORRECTED = {"figure", "toll", "number", "count", "estimate", "tally", "total"}


def _tree(t: Token, kids) -> list[Token]:
    out, stack = [], [t]
    while stack:
        x = stack.pop()
        out.append(x)
        stack.extend(kids.get(x.i, []))
    return out


def _figure(t: Token) -> bool:
    return t.pos == "NUM" and parse_number(t.text) is not None


def _day(t: Token) -> bool:
    return t.lemma.lower() in _DAYS


def _verb_of(t: Token, by_i) -> Token | None:
    while t.pos not in ("VERB", "AUX") and t.head in by_i and t.head != t.i:
        t = by_i[t.head]
    return t if t.pos in ("VERB", "AUX") else None


def _correction(n: Token, kids, by_i) -> tuple[Token, list[Token]] | None:
    """Y and the tokens of ", not Y" when ``n`` opens a correction."""
    if n.lemma.lower() != "not" or n.dep != "neg":
        return None
    before = [by_i.get(n.i - 1), by_i.get(n.i - 2)]
    if before[0] is None:
        return None
    if before[0].text == ",":
        lead = [before[0]]
    elif before[0].lemma.lower() in ("and", "but") and before[1] is not None and before[1].text == ",":
        lead = [before[1], before[0]]  # ", and not the embankment"
    else:
        return None
    y = by_i.get(n.head) if n.head > n.i else by_i.get(n.i + 1)
    # "sank on Tuesday, not Wednesday": the parse hangs "not" on the verb (or on X); Y heads the phrase after it
    while y is not None and n.head < n.i and y.head in by_i and by_i[y.head].i > n.i \
            and by_i[y.head].pos not in ("VERB", "AUX"):
        y = by_i[y.head]
    if y is None or y.pos not in _Y or y.i <= n.i:
        return None  # (a verb set against a verb is a negated clause; "not only", "not yet" set nothing right)
    return y, sorted(lead + [n] + [t for t in _tree(y, kids) if t.i > n.i], key=lambda t: t.i)


def _swap(n: Token, y: Token, span: list[Token], toks: list[Token], kids, by_i) -> tuple[Token, Token] | None:
    """(X, Y's own figure or day) when Y's phrase holds a figure or a day and the clause before it one of its kind."""
    told = [t for t in span if t.i > n.i]
    kind = _figure if any(_figure(t) for t in told) else _day if any(_day(t) for t in told) else None
    verb = _verb_of(by_i[y.head], by_i) if y.head in by_i else None
    if kind is None or verb is None:
        return None
    own = {t.i for t in _tree(verb, kids) if t.i < n.i}
    inner = {x.i for k in kids.get(verb.i, []) if k.dep in _INNER for x in _tree(k, kids)}
    xs = [t for t in toks if t.i in own - inner and kind(t)]
    return (xs[-1], next(t for t in told if kind(t))) if xs else None


def _correcting(c: Token, toks: list[Token], kids, by_i) -> tuple[list[Token], Token, Token] | None:
    """", correcting the figure of four": the phrase, the clause's own figure X and the corrected figure Y."""
    if c.lemma.lower() != "correct" or c.dep != "advcl" or c.head not in by_i:
        return None
    ys = [n for d in kids.get(c.i, []) if d.dep == "dobj" and d.lemma.lower() in _CORRECTED
          for n in [k for k in kids.get(d.i, []) if k.dep == "nummod"] + [
              o for p in kids.get(d.i, []) if p.dep == "prep" and p.lemma.lower() == "of"
              for o in kids.get(p.i, []) if o.dep == "pobj"] if _figure(n)]
    verb = by_i[c.head]
    inner = {x.i for k in kids.get(verb.i, []) if k.dep in _INNER for x in _tree(k, kids)}
    xs = [t for t in _tree(verb, kids) if t.i < c.i and t.i not in inner and _figure(t)]
    if not ys or not xs:
        return None
    comma = [t for t in (by_i.get(c.i - 1),) if t is not None and t.text == ","]
    return sorted(comma + _tree(c, kids), key=lambda t: t.i), max(xs, key=lambda t: t.i), ys[0]


def views(toks: list[Token]) -> tuple[list[Token], list[tuple[list[Token], int]]]:
    """The sentence's tokens without its corrections (what it asserts), and for each correction the tokens that
    tell what it denies, with the index of the verb whose clause that is."""
    kids = _kids(toks)
    by_i = {t.i: t for t in toks}
    found = []
    for n in toks:
        got = _correction(n, kids, by_i)
        swap = got and _swap(n, *got, toks, kids, by_i)
        if swap and _verb_of(swap[0], by_i) is not None:
            found.append((got[1], *swap))
        fixed = _correcting(n, toks, kids, by_i)
        if fixed and _verb_of(fixed[1], by_i) is not None:
            found.append(fixed)
    # (Y put where X stood must not hang below X's own head through itself: no cycle in the rewritten parse)
    found = [(span, x, y) for span, x, y in found if x.i not in {t.i for t in _tree(y, kids)}]
    dropped = {t.i for span, _, _ in found for t in span}
    denied = []
    for span, x, y in found:
        out_x = {x.i} | {k.i for k in kids.get(x.i, []) if k.dep in ("advmod", "quantmod")}  # "about 12"
        view = []
        for t in toks:
            if t.i in out_x or t.i in dropped and t.i != y.i:
                continue
            if t.i == y.i:
                t = dataclasses.replace(t, head=x.head, dep=x.dep)
            elif t.head == x.i:
                t = dataclasses.replace(t, head=y.i)
            view.append(t)
        denied.append((view, _verb_of(x, by_i).i))
    return [t for t in toks if t.i not in dropped], denied
