"""A short event phrase for a dated expression, grounded in its sentence's parse."""

from __future__ import annotations

from ...model import Token
from ..common import children, join_tokens

_KEEP = {"nsubj", "nsubjpass", "dobj", "prep", "pobj", "compound", "amod", "det", "poss", "prt", "neg",
         "aux", "auxpass", "attr", "acomp", "xcomp", "nummod", "case", "quantmod", "agent", "dative", "npadvmod",
         "ccomp", "mark"}
_CONTENT = {"NOUN", "PROPN", "VERB", "NUM", "ADJ"}


def _named_thing(inside, by_i, kids, start: int, end: int):
    """When the expression only modifies a noun ("a 2015 Security Council resolution"), that noun
    phrase (with its compounds, adjectives and "of" phrase) is the dated thing."""
    if not inside:
        return None
    span = {t.i for t in inside}
    top = [t for t in inside if t.head not in span or t.head == t.i]
    if len(top) == 1 and len(inside) > 1 and top[0].pos in ("NOUN", "PROPN") and inside[0].pos == "NUM":
        # the expression is itself the dated thing ("2015 Security Council resolution")
        return join_tokens(inside).strip(" ,;:-"), {t.lemma.lower() for t in inside if t.pos in _CONTENT}
    if len(top) != 1 or top[0].dep not in ("nummod", "compound", "amod", "poss") or top[0].head not in by_i:
        return None
    noun = by_i[top[0].head]
    while noun.dep == "compound" and noun.head in by_i and by_i[noun.head].pos in ("NOUN", "PROPN"):
        noun = by_i[noun.head]  # "2015 Security Council resolution": up to the head of the compound
    if noun.pos not in ("NOUN", "PROPN") or noun.i in span:
        return None
    keep = [noun]
    for k in kids.get(noun.i, []):
        if k.i in span:
            continue
        if k.dep in ("compound", "amod") or (k.dep == "prep" and k.text.lower() == "of" and k.i > noun.i):
            stack = [k]
            while stack:
                t = stack.pop()
                keep.append(t)
                stack.extend(c for c in kids.get(t.i, []) if c.i not in span)
    keep.sort(key=lambda t: t.i)
    keep = keep[:10]
    lemmas = {t.lemma.lower() for t in keep if t.pos in _CONTENT}
    return join_tokens(keep).strip(" ,;:-"), lemmas


def event_phrase(tokens: list[Token], start: int, end: int, sentence: str, limit: int = 16) -> tuple[str, set[str]]:
    """The clause the expression belongs to: its verb with subject and objects, at most
    ``limit`` words, in sentence order; and the clause's content lemmas (for merging)."""
    if not tokens:
        return sentence, set()
    by_i = {t.i: t for t in tokens}
    inside = [t for t in tokens if start <= t.start < end]
    kids = children(tokens)
    named = _named_thing(inside, by_i, kids, start, end)
    if named:  # "a 2015 resolution": the year dates the thing it modifies, not the sentence's verb
        return named
    node = inside[0] if inside else tokens[0]
    while node.pos not in ("VERB", "AUX") and node.head != node.i and node.head in by_i:
        node = by_i[node.head]
    if node.dep in ("acl", "amod") and node.head in by_i and not any(
            k.dep in ("nsubj", "nsubjpass") for k in kids.get(node.i, [])):
        participle, node = node, by_i[node.head]  # "inmates hanged since 2011": its noun is its subject
    else:
        participle = None
    keep, stack = [], [node]
    if node.dep == "relcl" and node.head in by_i:  # "the offensive that began": name what began
        head = by_i[node.head]
        keep.append(head)
        keep.extend(k for k in kids.get(head.i, []) if k.dep in ("det", "amod", "compound", "poss"))
    while stack:
        t = stack.pop()
        keep.append(t)
        stack.extend(k for k in kids.get(t.i, []) if k.dep in _KEEP and not (start <= k.start < end))
    if participle is not None:
        keep.append(participle)
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
