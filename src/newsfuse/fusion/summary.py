"""Summary stage: a cited briefing of the story, and what only one article reports.

The summary is extractive: each sentence is an evidence sentence of a claim, chosen most
important first (disputed and corroborated claims by independent support, then single-source
ones), never two saying the same thing, each citing every sentence the claim rests on. Its status
is said in a short prefix ("Disputed:", "Single source (X):"), so nothing is stated that no cited
sentence says. Without claims, sentences are ranked by how many other articles carry them.
"""

from __future__ import annotations

import dataclasses
import re

from rapidfuzz import fuzz

from ..model import Dossier, OnlyIn, SentenceRef, SummarySentence
from ..pipeline import stage

MAX_SENTENCES = 8
MIN_SENTENCES = 5
SAME_SENTENCE = 70  # token-set ratio above which two sentences say the same thing
_STOP = set("""a an the of in on at to for and or but as by with from that this these those is are was were be been
being has have had it its their his her he she they them we our you your i not no will would could should
may might can also than then there here which who whom whose what when where while after before about into over
under up down out off so such more most very just only said says say told according reported""".split())
PREFIX = re.compile(r"^(?:Disputed|Single source(?: \([^)]*\))?):\s*")


def content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9][a-z0-9'-]*", text.lower().replace(",", "")) if w not in _STOP}


def supports(summary: str, cited: list[str], threshold: float = 0.8) -> bool:
    """Do the cited sentences support a summary sentence? Its content words (numbers included)
    must be covered by theirs, to ``threshold``; every number must be."""
    words = content_words(PREFIX.sub("", summary))
    have = set().union(*(content_words(c) for c in cited)) if cited else set()
    if not words:
        return True
    numbers = {w for w in words if w[:1].isdigit()}
    return numbers <= have and len(words & have) / len(words) >= threshold


def _source_name(dossier: Dossier, ref) -> str | None:
    names = {s.id: s for s in dossier.sources}
    att = next((a for a in dossier.attributions if a.article == ref.article and a.sentence == ref.sentence), None)
    if att and att.text and att.source in names:
        return names[att.source].name
    return None


def build_summary(dossier: Dossier) -> list[SummarySentence]:
    out: list[SummarySentence] = []
    chosen: list[str] = []

    def novel(text: str) -> bool:
        return all(fuzz.token_set_ratio(text, c) < SAME_SENTENCE for c in chosen)

    ranked = sorted(dossier.claims, key=lambda c: (-c.independent_sources, -len({e.article for e in c.evidence}),
                                                   c.status == "single-source"))
    for c in ranked:
        if len(out) >= MAX_SENTENCES:
            break
        if not novel(c.text) or c.text.startswith('"'):
            continue
        cites = [SentenceRef(e.article, e.sentence) for e in c.evidence if e.stance != "denies"]
        denials = [SentenceRef(e.article, e.sentence) for e in c.evidence if e.stance == "denies"]
        text = c.text
        if c.status == "disputed":
            text = f"Disputed: {text}"
        elif c.status == "single-source":
            name = _source_name(dossier, cites[0])
            text = f"Single source ({name}): {text}" if name else f"Single source: {text}"
        item = SummarySentence(text, cites + denials)
        item.status = c.status
        item.claim = c.id
        out.append(item)
        chosen.append(c.text)
    if len(out) < MIN_SENTENCES:
        for text, refs in _by_support(dossier):
            if len(out) >= MIN_SENTENCES:
                break
            if novel(text) and not text.startswith('"'):
                item = SummarySentence(text, refs)
                item.status = "corroborated" if len({r.article for r in refs}) > 1 else "single-source"
                item.claim = None
                out.append(item)
                chosen.append(text)
    return out


def _similar_elsewhere(dossier: Dossier) -> dict[tuple[str, int], list[SentenceRef]]:
    """For each sentence, the sentences of other articles that say much the same."""
    out: dict[tuple[str, int], list[SentenceRef]] = {}
    arts = dossier.articles
    for a in arts:
        for s in a.sentences:
            refs = [SentenceRef(a.id, s.index)]
            for b in arts:
                if b.id == a.id:
                    continue
                for t in b.sentences:
                    if fuzz.token_set_ratio(s.text, t.text) >= SAME_SENTENCE and supports(s.text, [t.text], 0.6):
                        refs.append(SentenceRef(b.id, t.index))
            out[(a.id, s.index)] = refs
    return out


def _by_support(dossier: Dossier) -> list[tuple[str, list[SentenceRef]]]:
    sim = _similar_elsewhere(dossier)
    items = []
    for a in dossier.articles:
        for s in a.sentences:
            refs = sim[(a.id, s.index)]
            n = len(s.text.split())
            if 8 <= n <= 45:
                items.append((-len({r.article for r in refs}), s.index, a.id, s.text, refs))
    items.sort()
    return [(text, refs) for *_, text, refs in items]


def build_only_in(dossier: Dossier) -> list[OnlyIn]:
    shared: set[tuple[str, int]] = set()
    for c in dossier.claims:
        if len({e.article for e in c.evidence}) > 1:
            shared |= {(e.article, e.sentence) for e in c.evidence}
    for r in dossier.reuse:
        a, b = r.articles
        for p in r.pairs:
            shared |= {(a, p.a), (b, p.b)}
    sim = _similar_elsewhere(dossier)
    shared |= {k for k, refs in sim.items() if len(refs) > 1}
    out = []
    for a in dossier.articles:
        only = [s.index for s in a.sentences if (a.id, s.index) not in shared]
        out.append(OnlyIn(a.id, only))
    return out


@stage("summary", scope="story", requires=("article.sentences",), provides=("dossier.summary", "dossier.only_in"))
def summary(dossier: Dossier, ctx=None) -> Dossier:
    """A cited summary of the story, and what each article alone reports."""
    return dataclasses.replace(dossier, summary=build_summary(dossier), only_in=build_only_in(dossier))
