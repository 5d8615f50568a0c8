"""Claims stage: statements of one fact across outlets grouped into claims, counted by independent
primary source, with denials and contradictions.

Two claim units state the same fact when their happenings agree (predicate classes meet), they
concern the same entities (at least one shared, and no clash of subjects: "the militia left its
positions around the capital" is not "the president left the capital"), their numbers agree, and their content
overlaps. Over-merging is worse than leaving two groups apart, so every condition must hold.

This module groups and counts; the units come from ``units.py``, the pair model from ``pairs.py``, what keeps two
units apart from ``vetoes.py``, the disputes from ``disputes.py`` and each claim's text from ``text.py``.
"""

from __future__ import annotations

import dataclasses
import hashlib

from ...model import Claim, Contradiction, Dossier, Evidence
from ...pipeline import stage
from ..common import UnionFind, children, tokens_by_sentence
from .pairs import features, similarities
from .pairs import model as pairs_model
from .causes import other_causes
from .clauses import _reported_of
from .disputes import _contradictions
from .lexicon import REPORT_NOUNS
from .text import Sentences, pick_text, retell
from .units import Unit, extract_units
from .vetoes import _compatible, _negative_fact, _other_actors, _same_fact, _vetoed

__all__ = ["claims", "build_claims", "extract_units"]

#: A pair the model is all but sure of (one fact in close words) joins its two groups against weaker
#: disagreement: the mean over their cross pairs need only reach this share of the model's link.
SURE_PAIR, SURE_LINK = 0.97, 0.8
CANDIDATE_SIM = 0.3  # clauses this close are weighed by the pair model even across happening classes


def _count(dossier: Dossier, refs: list[tuple[str, int, list[str], bool]]) -> int:
    if dossier.attributions:
        from ..support import independent_sources

        return independent_sources(dossier, refs)
    return len({r[0] for r in refs})  # no attribution stage: one source per article


def _clause_sources(dossier: Dossier):
    """unit -> (its sources, primary first; whether a report names them): the report its clause hangs on,
    not only the sentence's (see ``attribution.clause_sources``)."""
    sentence = {(s.index, a.id): s.sources for a in dossier.articles for s in a.sentences}
    if not dossier.attributions:
        return lambda u: (list(sentence.get((u.sentence, u.article), [])), False)
    from ..attribution import clause_sources, own_sources

    atts = {(a.article, a.sentence): a for a in dossier.attributions}
    kinds = {s.id: s.kind for s in dossier.sources}
    own = {a.id: own_sources(dossier, a) for a in dossier.articles}
    toks: dict[tuple[str, int], list] = {}
    for a in dossier.articles:
        for t in a.tokens:
            toks.setdefault((a.id, t.sent), []).append(t)

    found: dict[tuple[str, int, int], tuple[list[str], bool]] = {}

    def said(u: Unit) -> tuple[list[str], bool]:
        key = (u.article, u.sentence, u.token)
        if key not in found:
            att = atts.get((u.article, u.sentence))
            found[key] = (list(sentence.get((u.sentence, u.article), [])), False) if att is None else \
                clause_sources(att, toks.get((u.article, u.sentence), []), u.token, own[u.article], kinds)
        return list(found[key][0]), found[key][1]
    return said


def _named(kinds: dict[str, str], sources: list[str]) -> bool:
    """A hedged telling still has a primary source when someone named makes the claim ("the rebels
    claimed"), not when the outlet hedges its own word ("reportedly", "is said to")."""
    return any(kinds.get(s, "unknown") not in ("outlet", "agency", "unknown") and not s.endswith("own-reporting")
               for s in sources)


def _told_before(u: Unit) -> bool:
    """A denial of what the sentence before tells, with no happening of its own ("X denied the reports", "X called
    the claim nonsense"): its own words say nothing of which report it denies."""
    return u.refers_back and all(c.startswith("verb:") for c in u.classes)


def _befores_alike(i: int, j: int, units: list[Unit], before: dict[tuple[str, int], list[int]], sims) -> bool:
    """A denial of what the sentence before tells stands for that sentence when weighed: "The hospital denied the
    allegation" and "The hospital continues to deny the claims" are one denial when the sentences before them are
    close; "Vantrell called the claim nonsense" (of plans to freeze accounts) and "Vantrell called the report
    false" (of losses of 900 million) are two."""
    u, v = units[i], units[j]
    if sims is None or not (_told_before(u) or _told_before(v)):
        return True
    # (with no statement before it, its own words are all there is to weigh)
    left = before.get((u.article, u.sentence - 1), [i]) if _told_before(u) else [i]
    right = before.get((v.article, v.sentence - 1), [j]) if _told_before(v) else [j]
    return any(sims.clauses[a, b] >= CANDIDATE_SIM for a in left for b in right)


def candidates(units: list[Unit], sims) -> list[tuple[int, int, bool, list[float] | None]]:
    """Pairs worth weighing, not vetoed: (i, j, the parse rules' verdict, the pair model's features or
    None without an encoder). One sentence telling one happening twice is always one fact."""
    named: dict[str, list[int]] = {}
    for i, u in enumerate(units):
        for c in u.classes:
            named.setdefault(c, []).append(i)
    blocked = {(i, j) for members in named.values() for x, i in enumerate(members) for j in members[x + 1:]}
    if sims is not None:  # pairs the encoder finds close, whatever their classes
        import numpy as np

        close = np.argwhere(np.triu(sims.clauses >= CANDIDATE_SIM, k=1))
        blocked |= {(int(i), int(j)) for i, j in close}
    before: dict[tuple[str, int], list[int]] = {}
    for i, u in enumerate(units):
        before.setdefault((u.article, u.sentence), []).append(i)
    out = []
    for i, j in sorted(blocked):
        u, v = units[i], units[j]
        if (u.article, u.sentence) == (v.article, v.sentence):
            if u.classes & v.classes and not (u.numbers and v.numbers and not u.numbers & v.numbers) \
                    and not other_causes(u, v, sims):
                # "boarded a plane and left"; not "two died, a monitor says 11", nor "the release did not cause
                # the flooding, which it blamed on the levee breach"
                out.append((i, j, True, None))
            continue
        if _vetoed(u, v, sims, None if sims is None else float(sims.verbs[i, j]),
                   None if sims is None else float(sims.clauses[i, j])) \
                or not _befores_alike(i, j, units, before, sims):
            continue
        rule = _same_fact(u, v, sims)
        x = None if sims is None else features(u, v, float(sims.clauses[i, j]), float(sims.verbs[i, j]), rule,
                                               *sims.pair(u, v, i, j))
        out.append((i, j, rule, x))
    return out


def _pairs(units: list[Unit], sims, m=None) -> tuple[list[tuple[float, int, int]], dict[tuple[int, int], float]]:
    """Pairs that state one fact, most certain first, and every candidate pair's probability: the parse
    rules alone without an encoder, else the pair model over rules and similarities (see pairs.py)."""
    out, prob = [], {}
    for i, j, rule, x in candidates(units, sims):
        p = 1.0 if x is None else m.probability(x)
        prob[(i, j)] = p if x is not None or rule else 0.0
        if (rule if x is None else p >= m.threshold):
            out.append((p, i, j))
    out.sort(key=lambda t: (-t[0], t[1], t[2]))
    return out, prob


def _group(units: list[Unit], sims, m, pairs=None) -> UnionFind:
    """Join the pairs, most certain first. With the pair model a join must also hold between the two
    whole groups: the mean probability over all their cross pairs (see ``weight`` for pairs never weighed)
    reaches the model's ``link`` (average linkage), so one bridging sentence cannot chain two facts together.
    Behind a near-certain pair the mean need reach only part of the link (SURE_PAIR, SURE_LINK)."""
    uf = UnionFind(len(units))
    accepted, prob = pairs or _pairs(units, sims, m)
    unweighed: dict[tuple[int, int], float] = {}

    def weight(c: tuple[int, int]) -> float:
        """A pair's probability; one never weighed counts 0 when vetoed, told by two actors (or in one article),
        else half the bar: two clauses of other kinds that nothing sets apart are weak evidence against one
        fact, no veto."""
        if c in prob:
            return prob[c]
        if c not in unweighed:
            u, v = units[c[0]], units[c[1]]
            unweighed[c] = 0.0 if u.article == v.article or _other_actors(u, v, sims) or _vetoed(
                u, v, sims, float(sims.verbs[c]), float(sims.clauses[c])) else m.link / 2
        return unweighed[c]

    members = {i: [i] for i in range(len(units))}
    for p, i, j in accepted:
        a, b = uf.find(i), uf.find(j)
        if a == b or not _compatible(units, members[a], members[b], i, j, sims):
            continue
        if sims is not None and len(members[a]) * len(members[b]) > 1:
            cross = [(min(x, y), max(x, y)) for x in members[a] for y in members[b]]
            if sum(weight(c) for c in cross) / len(cross) < m.link * (SURE_LINK if p >= SURE_PAIR else 1.0):
                continue
        uf.union(a, b)
        root = uf.find(a)
        merged = members.pop(a) + members.pop(b)
        members[root] = merged
    return uf


def _of_before(toks, before) -> bool:
    """A denial of reports "of" a thing ("rejected claims of ballot stuffing") concerns the sentence before only when
    that sentence tells of the thing ("observers said they had recorded ballot stuffing"); "the water company
    dismissed rumours of contamination" after a sentence on arrests for looting concerns no arrest. A report of
    nothing named ("denied the claims") concerns the sentence before, as it did."""
    kids = children(toks)
    of = {o.lemma.lower()[:5] for t in toks if t.lemma.lower() in REPORT_NOUNS
          for o in _reported_of(t, kids) if o.pos in ("NOUN", "PROPN")}
    return not of or any(t.lemma.lower()[:5] in of for t in before)


def build_claims(dossier: Dossier, encoder=None, pair_model=None) -> tuple[list[Claim], list[Contradiction]]:
    """Claims and contradictions of one story. ``encoder`` (newsfuse.similarity) lets paraphrases meet;
    without it statements are grouped by the parse rules alone. ``pair_model`` replaces the shipped
    pair model (scripts/fit_claim_pairs.py tries its thresholds this way)."""
    units = extract_units(dossier)
    sims = similarities(units, encoder)
    m = (pair_model or pairs_model()) if sims is not None else None
    pairs = _pairs(units, sims, m)
    uf = _group(units, sims, m, pairs)
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
                    u, v = units[i], units[j]
                    if "remain" in u.classes | v.classes:
                        # a state told with "would" ("would remain closed") is no more ahead than "will stay closed"
                        u = dataclasses.replace(u, future=v.future)
                    # an edit may change the fact: "would table a motion" relayed as "tabled a motion"
                    if u.classes & v.classes and u.stance == v.stance and not _vetoed(u, v):
                        uf.union(i, j)
    # "X denied this": the denial joins the claim of the sentence before (not a denial there: '"I will not step
    # down," X said. He rejected the allegations' does not deny his refusal)
    by_sent = {a.id: tokens_by_sentence(a) for a in dossier.articles if any(u.refers_back for u in units)}
    # (the sentence's last unit that is no relative or participle clause: "X reported that Vantrell faced losses on
    # loans to Y, a developer that went into administration on 2 October. Vantrell dismissed the report.")
    where: dict[tuple[str, int], int] = {}
    for i, u in enumerate(units):
        verb = next((t for t in by_sent.get(u.article, {}).get(u.sentence, []) if t.i == u.token), None)
        if (u.article, u.sentence) not in where or verb is None or verb.dep not in ("relcl", "acl"):
            where[(u.article, u.sentence)] = i
    for i, u in enumerate(units):
        if u.refers_back and (u.article, u.sentence - 1) in where and units[where[(u.article, u.sentence - 1)]].stance \
                != "denies" and _of_before(by_sent[u.article].get(u.sentence, []),
                                           by_sent[u.article].get(u.sentence - 1, [])):
            uf.union(i, where[(u.article, u.sentence - 1)])
    groups: dict[int, list[Unit]] = {}
    for i, u in enumerate(units):
        groups.setdefault(uf.find(i), []).append(u)

    claims: list[Claim] = []
    meta: list[tuple[Claim, list[Unit]]] = []
    tells: dict[tuple[str, int], set[int]] = {}  # sentence -> the groups (with a happening) it tells
    for root, members in groups.items():
        for u in members:
            if any(x.classes for x in members):
                tells.setdefault((u.article, u.sentence), set()).add(root)
    shared = {k for k, roots in tells.items() if len(roots) > 1}
    said = _clause_sources(dossier)
    kinds = {s.id: s.kind for s in dossier.sources}
    sentences = Sentences(dossier)
    relayed = {(a.article, a.sentence) for a in dossier.attributions
               if a.text and kinds.get(a.source) in ("outlet", "unknown")}  # second-hand: said by another outlet
    for members in groups.values():
        if not any(u.classes for u in members):
            continue
        ev: dict[tuple[str, int], Evidence] = {}
        named: dict[tuple[str, int], bool] = {}  # the clause rests on a report ("X said", "according to X")
        for u in sorted(members, key=lambda u: (u.article, u.sentence, not said(u)[1])):
            key = (u.article, u.sentence)
            if key in ev:
                if u.stance == "denies":
                    ev[key].stance = "denies"
                continue
            srcs, named[key] = said(u)
            ev[key] = Evidence(u.article, u.sentence, u.stance, srcs)
        if all(_negative_fact(u) for u in members):
            # "the dam had not been inspected since 2009", told alike by all: a negative fact asserted, not
            # the denial of a report
            for e in ev.values():
                e.stance = "asserts"
        support = [e for e in ev.values() if e.stance != "denies"]
        # stable id from the evidence and the happenings (one sentence may state two facts)
        key = "\n".join(f"{a}#{s}" for a, s in sorted(ev)) + "|" + ",".join(sorted({c for u in members for c in u.classes}))
        cid = "c-" + hashlib.sha1(key.encode()).hexdigest()[:8]
        # hedged telling ("is said to have fled", "reportedly") is no primary source of its own when
        # someone asserts the fact; it counts only when nobody does
        firm = [e for e in support if e.stance == "asserts" or _named(kinds, e.sources)]
        # an outlet's unsourced telling of a fact that named sources stand behind is most likely drawn from
        # them: it adds no source of its own
        reported = [e for e in firm if named[(e.article, e.sentence)]]
        # a fact the story only denies ("the company denied it had been warned") answers reports outside
        # it: a claim with no supporting source, disputed by its own evidence
        pool = reported or firm or support
        # an article's opening sentence, its headline or lede, sums up what its body tells: beside the body's own
        # telling of the fact it adds no source ("Opposition forces declare Syria free" over "Hadi al-Bahra, who
        # heads the opposition coalition, declared Damascus free")
        body = {e.article for e in pool if e.sentence > 0}
        refs = [(e.article, e.sentence, e.sources, named[(e.article, e.sentence)]) for e in pool
                if e.sentence > 0 or e.article not in body]
        n = _count(dossier, refs) if support else 0
        status = "disputed" if not support else "corroborated" if n >= 2 else "single-source"
        claim = Claim(cid, pick_text(members, sentences, relayed, shared), status, n, list(ev.values()))
        claims.append(claim)
        meta.append((claim, members))
    same_text: dict[str, list[tuple[Claim, list[Unit]]]] = {}
    for claim, members in meta:
        same_text.setdefault(claim.text, []).append((claim, members))
    for alike in same_text.values():
        for claim, members in alike[1:]:  # one sentence, several facts: each but the first by its own clause
            claim.text = retell(members, sentences, relayed, claim.text)
    index = {id(u): i for i, u in enumerate(units)}

    def weighed(u: Unit, v: Unit) -> float | None:
        """The pair model's probability that two units tell one fact; None for a pair never weighed (vetoed)."""
        i, j = sorted((index[id(u)], index[id(v)]))
        return pairs[1].get((i, j)) if m is not None else None

    contradictions = _contradictions(dossier, meta, weighed, sims)
    disputed = {c for x in contradictions for c in x.claims}
    for c in claims:
        if c.id in disputed:
            c.status = "disputed"
    order = {a.id: i for i, a in enumerate(dossier.articles)}
    claims.sort(key=lambda c: (-c.independent_sources, -len(c.evidence),
                               order[c.evidence[0].article], c.evidence[0].sentence))
    return claims, contradictions


@stage("claims", scope="story", requires=("article.sentences", "article.tokens"),
       provides=("dossier.claims", "dossier.contradictions"))
def claims(dossier: Dossier, ctx=None) -> Dossier:
    """Group statements into claims, count their independent sources, find disputes."""
    found, contradictions = build_claims(dossier, ctx.encoder if ctx is not None else None)
    return dataclasses.replace(dossier, claims=found, contradictions=contradictions)
