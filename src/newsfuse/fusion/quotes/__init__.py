"""Quotes stage: who said what, matched across outlets and translations."""

from __future__ import annotations

import dataclasses
import hashlib
import re

from rapidfuzz import fuzz

from ...model import Dossier, Quote
from ...pipeline import stage
from .extract import RawQuote, extract_quotes, indirect_speech

__all__ = ["quotes", "build_quotes", "quote_spans"]

from .extract import quote_spans  # noqa: E402

SAME_TEXT = 70  # rapidfuzz token-set ratio of two renderings of one utterance
SAME_CONTEXT = 70  # or: their sentences, quotes left out, are this alike (a translated word)


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[\w']+", text.lower()))


def _speaker(dossier: Dossier, q: RawQuote):
    """The entity that speaks: one whose mention ends the speaker phrase (its head word), so
    that "an Iraqi security source" is not the entity "Iraqi"."""
    if q.speaker_start < 0 or not dossier.entities:
        return None
    best = None
    for e in dossier.entities:
        for m in e.mentions:
            if m.article == q.article and q.speaker_start <= m.start and m.end >= q.speaker_end - 1 \
                    and m.start < q.speaker_end:
                if best is None or (e.type == "PERSON") > (best.type == "PERSON"):
                    best = e
    return best


def _from_attribution(dossier: Dossier, q: RawQuote):
    """'They announced ...': the group the attribution stage carried to this sentence."""
    att = next((a for a in dossier.attributions if a.article == q.article and a.sentence == q.sentence), None)
    src = next((s for s in dossier.sources if att and s.id == att.source), None)
    if src is None or not att.text:
        return q.speaker_name, None
    ent = None
    if dossier.entities:
        from ..entities import resolve_name

        ent = resolve_name(dossier, src.name) or _named_in(dossier, src.name)
    return (ent.name if ent else src.name), ent


def _named_in(dossier: Dossier, phrase: str):
    """The entity whose name stands inside a longer phrase ("the Islamist X group")."""
    best, size = None, 0
    for e in dossier.entities:
        if e.type in ("PERSON", "ORG"):
            for v in e.variants:
                if len(v) > size and len(v) >= 3 and re.search(rf"(?<!\w){re.escape(v)}(?!\w)", phrase):
                    best, size = e, len(v)
    return best


def _context(dossier: Dossier, q: Quote) -> str:
    s = dossier.article(q.article).sentences[q.sentence].text
    return _norm(re.sub(r'"[^"]*"', " ", s.replace(q.text, " ")))


def build_quotes(dossier: Dossier) -> list[Quote]:
    raw: list[RawQuote] = []
    for art in dossier.articles:
        direct = extract_quotes(art)
        raw.extend(direct)
        raw.extend(indirect_speech(art, direct))
    out: list[Quote] = []
    for q in sorted(raw, key=lambda q: ([a.id for a in dossier.articles].index(q.article), q.start)):
        ent = _speaker(dossier, q)
        name = ent.name if ent is not None else q.speaker_name
        if ent is None and (q.speaker_name or "").lower() in ("they", "it", "we") and dossier.attributions:
            name, ent = _from_attribution(dossier, q)
        qid = "q-" + hashlib.sha1(f"{q.article}\t{q.start}\t{q.kind}".encode()).hexdigest()[:8]
        item = Quote(qid, ent.id if ent is not None else None, name, q.text, q.article, q.sentence)
        item.kind = q.kind
        out.append(item)
    # a speaker phrase whose mention the entity stage did not cover takes the entity another quote
    # with the same speaker name resolved to ("Syrian defence ministry" in two articles)
    by_name: dict[str, set[str]] = {}
    for q in out:
        if q.speaker and q.speaker_name:
            by_name.setdefault(q.speaker_name.lower(), set()).add(q.speaker)
    for q in out:
        ids = by_name.get((q.speaker_name or "").lower(), set())
        if q.speaker is None and len(ids) == 1:
            q.speaker = next(iter(ids))
    _match(dossier, out)
    return out


def _same_speaker(a: Quote, b: Quote) -> bool:
    if a.speaker and b.speaker:
        return a.speaker == b.speaker
    return bool(a.speaker_name and b.speaker_name and _norm(a.speaker_name) == _norm(b.speaker_name))


def _ordinal(qs: list[Quote], q: Quote) -> int:
    return [x.id for x in qs if x.article == q.article and x.sentence == q.sentence].index(q.id)


def _match(dossier: Dossier, qs: list[Quote]) -> None:
    """Link quotes of different articles that render one utterance of one speaker."""
    said = [q for q in qs if q.kind != "scare" and (q.speaker or q.speaker_name)]
    for i, a in enumerate(said):
        for b in said[i + 1:]:
            if a.article == b.article or not _same_speaker(a, b):
                continue
            text = fuzz.token_set_ratio(_norm(a.text), _norm(b.text))
            ctx = fuzz.ratio(_context(dossier, a), _context(dossier, b))
            # a translated word: alike sentences, and the quote in the same place in each
            same_place = _ordinal(said, a) == _ordinal(said, b) and max(
                len(a.text.split()), len(b.text.split())) <= 6
            if text >= SAME_TEXT or (ctx >= SAME_CONTEXT and same_place):
                a.same_as.append(b.id)
                b.same_as.append(a.id)


@stage("quotes", scope="story", requires=("article.sentences", "article.tokens", "article.ents"),
       provides=("dossier.quotes",))
def quotes(dossier: Dossier, ctx=None) -> Dossier:
    """Direct and reported speech with speakers; renderings of one utterance linked."""
    return dataclasses.replace(dossier, quotes=build_quotes(dossier))
