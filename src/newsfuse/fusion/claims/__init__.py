"""Claims stage: statements of one fact across outlets grouped into claims, counted by independent
primary source, with denials and contradictions.

Two claim units state the same fact when their happenings agree (predicate classes meet), they
concern the same entities (at least one shared, and no clash of subjects: "Hezbollah left its
positions around Damascus" is not "Assad left Damascus"), their numbers agree, and their content
overlaps. Over-merging is worse than leaving two groups apart, so every condition must hold.
"""

from __future__ import annotations

import dataclasses
import hashlib

from ...model import Claim, Contradiction, Dossier, Evidence, SentenceRef
from ...pipeline import stage
from ..common import UnionFind
from .units import OPPOSITES, Unit, extract_units

__all__ = ["claims", "build_claims", "extract_units"]

MIN_OVERLAP = 0.12  # Jaccard of content words, when only one entity is shared
UNKNOWN_ACTOR_OVERLAP = 0.25
SAME_WORDS = 0.5  # content words so alike that entities need not be found


def _same_fact(u: Unit, v: Unit) -> bool:
    if not (u.classes & v.classes):
        return False
    if (u.article, u.sentence) == (v.article, v.sentence):
        return True  # one sentence telling one happening twice ("boarded a plane and left")
    if u.subject_head and v.subject_head and u.subject_head != v.subject_head and not (
            u.subject_head in v.objects or v.subject_head in u.objects
            or (u.subject_head not in u.entities and v.subject_head not in v.entities
                and (u.subject_head in v.words or v.subject_head in u.words))):
        # different actors ("Hezbollah left its positions" is not "Assad left"), unless one's
        # subject is the other's object ("the breach killed 19 people" / "19 people died")
        return False
    if u.subject and v.subject and not (u.subject & v.subject):
        return False
    if u.numbers and v.numbers and not (u.numbers & v.numbers):
        return False
    shared = u.entities & v.entities
    overlap = len(u.words & v.words) / max(len(u.words | v.words), 1)
    if overlap >= SAME_WORDS:
        return True
    if len(shared) >= 2:
        return overlap >= MIN_OVERLAP / 2
    if len(shared) == 1:
        # with one side's actor unknown ("they", a broken parse), ask for more common content
        unknown = (u.subject_head is None and v.subject_head in v.entities) or (
            v.subject_head is None and u.subject_head in u.entities)
        return overlap >= (UNKNOWN_ACTOR_OVERLAP if unknown else MIN_OVERLAP)
    return not u.entities and not v.entities and overlap >= 0.4


def _count(dossier: Dossier, refs: list[tuple[str, int]]) -> int:
    if dossier.attributions:
        from ..attribution import independent_sources

        return independent_sources(dossier, refs)
    return len({a for a, _ in refs})  # no attribution stage: one source per article


def _pick_text(dossier: Dossier, members: list[Unit]) -> str:
    """The clearest evidence sentence: asserted, of a readable length, and the most central
    (its words are the words most of the group's sentences use)."""
    from collections import Counter

    asserted = [u for u in members if u.stance == "asserts"] or members
    freq = Counter(w for u in members for w in u.words)
    kinds = {s.id: s.kind for s in dossier.sources}
    relayed = {(a.article, a.sentence) for a in dossier.attributions
               if a.text and kinds.get(a.source) in ("outlet", "unknown")}  # second-hand: said by another outlet

    def fit(u: Unit) -> tuple:
        n = len(u.text.split())
        central = sum(freq[w] for w in u.words) / max(len(u.words), 1)
        second_hand = (u.article, u.sentence) in relayed
        return (not 8 <= n <= 40, second_hand, -(central - 0.1 * n), u.article, u.sentence)  # central, short
    return min(asserted, key=fit).text


def build_claims(dossier: Dossier) -> tuple[list[Claim], list[Contradiction]]:
    units = extract_units(dossier)
    uf = UnionFind(len(units))
    by_class: dict[str, list[int]] = {}
    for i, u in enumerate(units):
        for c in u.classes:
            by_class.setdefault(c, []).append(i)
    for members in by_class.values():  # blocking: only units of one happening class are compared
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                if uf.find(i) != uf.find(j) and _same_fact(units[i], units[j]):
                    uf.union(i, j)
    # copies of one passage (aligned by the reuse stage) state the same facts
    aligned: dict[tuple[str, int], set[tuple[str, int]]] = {}
    for r in dossier.reuse:
        a, b = r.articles
        for p in r.pairs:
            aligned.setdefault((a, p.a), set()).add((b, p.b))
    by_sentence: dict[tuple[str, int], list[int]] = {}
    for i, u in enumerate(units):
        by_sentence.setdefault((u.article, u.sentence), []).append(i)
    for key, others in aligned.items():
        for other in others:
            for i in by_sentence.get(key, []):
                for j in by_sentence.get(other, []):
                    if units[i].classes & units[j].classes and units[i].stance == units[j].stance:
                        uf.union(i, j)
    # "X denied this": the denial joins the claim of the sentence before
    where = {(u.article, u.sentence): i for i, u in enumerate(units)}
    for i, u in enumerate(units):
        if u.refers_back and (u.article, u.sentence - 1) in where:
            uf.union(i, where[(u.article, u.sentence - 1)])
    groups: dict[int, list[Unit]] = {}
    for i, u in enumerate(units):
        groups.setdefault(uf.find(i), []).append(u)

    claims: list[Claim] = []
    meta: list[tuple[Claim, list[Unit]]] = []
    sources = {(s.index, a.id): s.sources for a in dossier.articles for s in a.sentences}
    for members in groups.values():
        if not any(u.classes for u in members):
            continue
        ev: dict[tuple[str, int], Evidence] = {}
        for u in sorted(members, key=lambda u: (u.article, u.sentence)):
            key = (u.article, u.sentence)
            if key in ev:
                if u.stance == "denies":
                    ev[key].stance = "denies"
                continue
            ev[key] = Evidence(u.article, u.sentence, u.stance, list(sources.get((u.sentence, u.article), [])))
        support = [(e.article, e.sentence) for e in ev.values() if e.stance != "denies"]
        if not support:
            continue
        cid = "c-" + hashlib.sha1("\n".join(f"{a}#{s}" for a, s in sorted(ev)).encode()).hexdigest()[:8]
        n = _count(dossier, support)
        claim = Claim(cid, _pick_text(dossier, members), "corroborated" if n >= 2 else "single-source", n,
                      list(ev.values()))
        claims.append(claim)
        meta.append((claim, members))
    contradictions = _contradictions(dossier, meta)
    disputed = {c for x in contradictions for c in x.claims}
    for c in claims:
        if c.id in disputed:
            c.status = "disputed"
    order = {a.id: i for i, a in enumerate(dossier.articles)}
    claims.sort(key=lambda c: (-c.independent_sources, -len(c.evidence),
                               order[c.evidence[0].article], c.evidence[0].sentence))
    return claims, contradictions


def _date(dossier: Dossier, article: str) -> str | None:
    return dossier.article(article).date


def _contradictions(dossier: Dossier, meta: list[tuple[Claim, list[Unit]]]) -> list[Contradiction]:
    out: list[Contradiction] = []

    def add(topic: str, claim_ids: list[str], a: list[SentenceRef], b: list[SentenceRef], kind: str) -> None:
        cid = "x-" + hashlib.sha1(f"{topic}\t{a}\t{b}".encode()).hexdigest()[:8]
        x = Contradiction(cid, topic, claim_ids, [a, b])
        x.kind = kind
        # a later report that asserts what an earlier one denied supersedes the denial
        da = max((_date(dossier, r.article) or "" for r in a), default="")
        db = max((_date(dossier, r.article) or "" for r in b), default="")
        if kind == "denial" and da and db and da > db:
            x.resolution = f"later reports ({da}) assert it after the denial ({db})"
        out.append(x)

    for claim, members in meta:
        deny = [SentenceRef(e.article, e.sentence) for e in claim.evidence if e.stance == "denies"]
        yes = [SentenceRef(e.article, e.sentence) for e in claim.evidence if e.stance != "denies"]
        if deny and yes:
            add(claim.text, [claim.id], yes, deny, "denial")
    for i, (ca, ma) in enumerate(meta):
        for cb, mb in meta[i + 1:]:
            if any((x, y) in OPPOSITES for u in ma for v in mb for x in u.classes for y in v.classes
                   if u.subject and v.subject and u.subject & v.subject):
                add(f"{ca.text} / {cb.text}", [ca.id, cb.id],
                    [SentenceRef(e.article, e.sentence) for e in ca.evidence],
                    [SentenceRef(e.article, e.sentence) for e in cb.evidence], "opposite")
    by_sentence = {(e.article, e.sentence): c.id for c, _ in meta for e in c.evidence}
    seen = set()
    qs = {q.id: q for q in dossier.quantities}
    for q in dossier.quantities:
        for other in q.conflicts_with:
            pair = tuple(sorted((q.id, other)))
            if pair in seen:
                continue
            seen.add(pair)
            o = qs[other]
            topic = f"figures for {q.about or q.unit or 'the same thing'}" + (f" ({q.event})" if q.event else "")
            ids = [c for c in (by_sentence.get((q.article, q.sentence)), by_sentence.get((o.article, o.sentence))) if c]
            add(f"{topic}: {q.text} vs {o.text}", list(dict.fromkeys(ids)),
                [SentenceRef(q.article, q.sentence)], [SentenceRef(o.article, o.sentence)], "figures")
    return out


@stage("claims", scope="story", requires=("article.sentences", "article.tokens"),
       provides=("dossier.claims", "dossier.contradictions"))
def claims(dossier: Dossier, ctx=None) -> Dossier:
    """Group statements into claims, count their independent sources, find disputes."""
    found, contradictions = build_claims(dossier)
    return dataclasses.replace(dossier, claims=found, contradictions=contradictions)
