"""A short event phrase for a dated expression, grounded in its sentence's parse."""

from __future__ import annotations

from ...model import Token
from ..common import children, join_tokens

_KEEP = {"nsubj", "nsubjpass", "dobj", "prep", "pobj", "compound", "amod", "det", "poss", "prt", "neg",
         "aux", "auxpass", "attr", "acomp", "xcomp", "nummod", "case", "quantmod", "agent", "dative", "npadvmod",
         "ccomp", "mark"}
_CONTENT = {"NOUN", "PROPN", "VERB", "NUM", "ADJ"}


def event_phrase(tokens: list[Token], start: int, end: int, sentence: str, limit: int = 16) -> tuple[str, set[str]]:
    """The clause the expression belongs to: its verb with subject and objects, at most
    ``limit`` words, in sentence order; and the clause's content lemmas (for merging)."""
    if not tokens:
        return sentence, set()
    by_i = {t.i: t for t in tokens}
    inside = [t for t in tokens if start <= t.start < end]
    node = inside[0] if inside else tokens[0]
    while node.pos not in ("VERB", "AUX") and node.head != node.i and node.head in by_i:
        node = by_i[node.head]
    kids = children(tokens)
    keep, stack = [], [node]
    if node.dep == "relcl" and node.head in by_i:  # "the offensive that began": name what began
        head = by_i[node.head]
        keep.append(head)
        keep.extend(k for k in kids.get(head.i, []) if k.dep in ("det", "amod", "compound", "poss"))
    while stack:
        t = stack.pop()
        keep.append(t)
        stack.extend(k for k in kids.get(t.i, []) if k.dep in _KEEP and not (start <= k.start < end))
    keep.sort(key=lambda t: t.i)
    # drop the time expression itself and cut to the limit around the verb
    keep = [t for t in keep if not (start <= t.start < end)]
    kept = {t.i for t in keep}
    # a preposition left without its object ("on [Saturday]") goes too
    keep = [t for t in keep if not (t.pos == "ADP" and not any(k.i in kept for k in kids.get(t.i, [])))]
    while keep and keep[-1].pos in ("ADP", "DET", "CCONJ", "PUNCT", "PART"):
        keep.pop()
    while keep and keep[0].pos in ("ADP", "CCONJ", "PUNCT", "PART", "SCONJ"):
        keep.pop(0)
    if len(keep) > limit:
        pos = keep.index(node) if node in keep else 0
        lo = max(0, min(pos - limit // 2, len(keep) - limit))
        keep = keep[lo:lo + limit]
    phrase = join_tokens(keep).strip(" ,;:-")
    lemmas = {t.lemma.lower() for t in keep if t.pos in _CONTENT and t.lemma.lower() not in ("say", "be", "have")}
    return phrase or sentence, lemmas


def duration_phrase(tokens: list[Token], start: int, end: int) -> str | None:
    """For a duration that implies a start ("the 50-year rule of the family", "13 years of crimes"):
    "start of" + the duration span + what follows its noun ("of the family"), so the event is the
    beginning, not the clause around it (which tells how it ended, at the story's own date)."""
    inside = [t for t in tokens if start <= t.start < end]
    if not inside:
        return None
    kids = children(tokens)
    noun = inside[-1]  # the span ends on the thing measured ("rule", "crimes", "war")
    tail: list[Token] = []
    for k in kids.get(noun.i, []):
        if k.dep == "prep" and k.text.lower() == "of" and k.i > noun.i:
            stack = [k]
            while stack:
                t = stack.pop()
                tail.append(t)
                stack.extend(kids.get(t.i, []))
    tail = sorted((t for t in tail if t.start >= end), key=lambda t: t.i)[:8]
    span = join_tokens(inside).strip(" ,;:-")
    return f"start of {span} {join_tokens(tail)}".strip(" ,;:-") if span else None
