"""Quantities stage: every figure that carries meaning, with what it counts, and conflicts.

Numbers come from the tokens (digits and number words, "hundreds", "a dozen"), with their
modifiers ("at least", "between X and Y", "more than"); what a number is about comes from the
dependency parse (the noun it counts, "hundreds of soldiers", and the verb of its clause).
Calendar dates are left to the timeline. Two figures conflict when they count the same kind of
thing for the same happening (same head class and event class; with no happening told, the same noun in a
sentence that gives a figure for it) and their values disagree, unless
one is an update (a later, higher count of people), a part (a count in one named place), a
standing count a day later ("still holding two"), an addition ("ten more") or history (a sentence
about an earlier year). Earthquake magnitudes are measures of a shock, disputed when 0.2 apart. Sums of one
named thing ("a fine of 500,000") and measures of one ("a crest of 8.3 metres": measures.py) are compared too.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re

from ...model import Dossier, Quantity
from ...pipeline import stage
from ..common import tokens_by_sentence
from ..measures import MEASURED, unit_scale
from .conflicts import _apart, _interval, _link, _link_tallies
from .numbers import DURATION, EVENT_CLASS, HEAD_CLASS, PERSONS, VAGUE, _Q, head_class, parse_number
from .read import _restates, sentence_quantities

__all__ = ["DURATION", "HEAD_CLASS", "PERSONS", "VAGUE", "build_quantities", "head_class", "parse_number",
           "quantities", "sentence_quantities"]

#: An explicit year in a sentence: before the report's own year, its figures are history, not the story's.
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")


def build_quantities(dossier: Dossier) -> list[Quantity]:
    from datetime import date

    out: list[Quantity] = []
    parsed: list[_Q] = []  # what was read of each, beside it
    dates = {art.id: art.date for art in dossier.articles}
    restates: set[tuple[str, int]] = set()  # sentences that give another estimate ("put the figure at 2,000")
    named: dict[str, list[tuple[int, int]]] = {}  # article -> spans the story's entities call places
    for e in dossier.entities:
        if e.type in ("GPE", "LOC", "FAC"):
            for mention in e.mentions:
                named.setdefault(mention.article, []).append((mention.start, mention.end))
    for art in dossier.articles:
        places_at = frozenset(t.start for t in art.tokens for a, b in named.get(art.id, ()) if a <= t.start < b)
        ref = date.fromisoformat(art.date) if art.date else None
        by_sent = tokens_by_sentence(art)
        before: list[_Q] = []  # the figures of the sentence before
        for sent in art.sentences:
            if _restates(by_sent.get(sent.index, [])):
                restates.add((art.id, sent.index))
            past = ref is not None and any(int(y) < ref.year for y in _YEAR.findall(sent.text))
            told = sentence_quantities(art, sent, ref, by_sent.get(sent.index, []), places_at)
            for q in told:
                if q.kind == "count" and q.head is None:
                    # "31,000 workers had downed tools. Bosses insisted the real figure was nearer 19,000."
                    # (another estimate of one count is of its order: "put it at 5.9" gives no number of injured)
                    # (a figure with a happening of its own, the same, counts what the sentence before counted:
                    # "Thousands of people gathered. The movement said 25,000 attended.")
                    own = q.event in EVENT_CLASS
                    prev = next((x for x in reversed(before) if x.kind == "count" and x.head and (
                        own and x.event == q.event or not own and q.value and (x.value or x.low or x.high)
                        and 1 / 3 <= q.value / (x.value or x.low or x.high) <= 3)), None)
                    if prev is None:
                        continue  # a bare number with nothing counted (a score, a page, an age) is left out
                    q.head, q.about, q.unit, q.event, q.sort = prev.head, prev.about, prev.unit, prev.event, prev.sort
                    q.days = q.days or prev.days  # and on the day it was told of
                q.background = past
                qid = "n-" + hashlib.sha1(f"{art.id}\t{sent.index}\t{q.start}".encode()).hexdigest()[:8]
                item = Quantity(qid, q.text, q.value, q.low, q.high, q.unit, q.about, art.id, sent.index)
                item.kind, item.head, item.event, item.approximate = q.kind, q.head, q.event, q.approximate
                out.append(item)
                parsed.append(q)
            before = [q for q in told if q.head]
    # only figures of one kind counting one class of thing can conflict: compare within those groups
    groups: dict[tuple, list[int]] = {}
    for i, q in enumerate(out):
        if parsed[i].tally:
            groups.setdefault(("tally",), []).append(i)
        elif q.kind in ("count", "magnitude") and not (parsed[i].background or parsed[i].increment):
            groups.setdefault((q.kind, head_class(q.head)), []).append(i)
    for key, members in groups.items():
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if key == ("tally",):
                    _link_tallies(out[i], out[j], parsed[i], parsed[j])
                else:
                    _link(out[i], out[j], parsed[i], parsed[j], restates, dates)
    # "seven inmates, not six": the figure beside the corrected one disputes that figure wherever it is told
    for i, q in enumerate(out):
        if not parsed[i].rejected:
            continue
        beside = [j for j, c in enumerate(out) if (c.article, c.sentence) == (q.article, q.sentence) and j != i
                  and c.kind == q.kind and head_class(c.head) == head_class(q.head) and not parsed[j].rejected]
        told = [j for j, o in enumerate(out) if (o.article, o.sentence) != (q.article, q.sentence)
                and o.kind == q.kind and head_class(o.head) == head_class(q.head) and not parsed[j].rejected
                and _interval(o) == _interval(q) and (o.event == q.event or None in (o.event, q.event))]
        for c in beside:
            for o in [i] + told:
                if out[o].id not in out[c].conflicts_with:
                    out[c].conflicts_with.append(out[o].id)
                    out[o].conflicts_with.append(out[c].id)
    # sums of one thing in one currency ("a fine of 500,000 talers" / "a fine of 750,000 talers"), measures of one
    # named thing in one kind of unit ("a crest of 7.9 metres" / "put the crest at 8.3 metres"): see measures.py
    sums: dict[tuple, list[int]] = {}
    for i, q in enumerate(out):
        scale = unit_scale(q.kind, q.unit) if q.kind in MEASURED else (q.unit, 1.0)
        if parsed[i].what and scale and not (parsed[i].background or parsed[i].increment):
            sums.setdefault((scale[0], parsed[i].what), []).append(i)
    for members in sums.values():
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                a, b = out[i], out[j]
                qa, qb = parsed[i], parsed[j]
                if (a.article, a.sentence) != (b.article, b.sentence) and _apart(a, b) \
                        and b.id not in a.conflicts_with and qa.changed == qb.changed and qa.span == qb.span \
                        and not qa.rate and not qb.rate and not (qa.days and qb.days and not qa.days & qb.days):
                    # (Monday's withdrawals are not Tuesday's, nor those "between Monday and Wednesday"; a limit "a
                    # day" is no sum withdrawn)
                    a.conflicts_with.append(b.id)
                    b.conflicts_with.append(a.id)
    return out


@stage("quantities", scope="story", requires=("article.sentences", "article.tokens", "dossier.entities"),
       provides=("dossier.quantities",))
def quantities(dossier: Dossier, ctx=None) -> Dossier:
    """Figures with their meaning; different figures for the same thing linked."""
    return dataclasses.replace(dossier, quantities=build_quantities(dossier))
