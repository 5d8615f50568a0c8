"""Contradictions between claims: a denial and what it denies (in one claim or across two), opposite happenings
of one time, rival causes and conflicting figures; a later report that asserts what an earlier one denied marks
the denial superseded."""

from __future__ import annotations

import hashlib

from ...model import Claim, Contradiction, Dossier, Quantity, SentenceRef
from ..quantities import head_class
from .causes import cause_disputes
from .lexicon import OPPOSITES, TERMS
from .units import Unit
from .vetoes import _ANYONE, _clash, _same_place, _terms_differ


#: How sure the pair model must be that a fact only denied is the one a claim kept apart asserts, to dispute it
DENIED_LINK = 0.45


MIXED_LINK = 0.55  # and that a denial in a claim that also asserts is (the pair model's own bar)


def _date(dossier: Dossier, article: str) -> str | None:
    return dossier.article(article).date


def _counted(u: Unit) -> str | None:
    """What a unit's figures count: its actor ("hundreds of soldiers fled"), or what an agentless passive
    acts on ("2 million records were stolen")."""
    return u.subject_head or u.theme


def _holder(u: Unit) -> str | None:
    """Who serves a term or a ban: the named one it is passed on ("banned X", "X was sentenced")."""
    return next((t for t in sorted(u.target | {u.theme or ""}) if t.startswith("e-")), None)


def _contradictions(dossier: Dossier, meta: list[tuple[Claim, list[Unit]]], weighed=None,
                    sims=None) -> list[Contradiction]:
    out: list[Contradiction] = []

    def add(topic: str, claim_ids: list[str], a: list[SentenceRef], b: list[SentenceRef], kind: str) -> None:
        cid = "x-" + hashlib.sha1(f"{topic}\t{a}\t{b}".encode()).hexdigest()[:8]
        x = Contradiction(cid, topic, claim_ids, [a, b])
        x.kind = kind
        # a later report that asserts what an earlier one denied supersedes the denial
        da = max((_date(dossier, r.article) or "" for r in a), default="")
        if kind == "denial" and da:
            x.superseded = [r for r in b if "" < (_date(dossier, r.article) or "") < da]
            if x.superseded:
                db = max(_date(dossier, r.article) for r in x.superseded)
                x.resolution = f"later reports ({da}) assert it after the denial ({db})"
        out.append(x)

    for claim, members in meta:
        deny = [SentenceRef(e.article, e.sentence) for e in claim.evidence if e.stance == "denies"]
        yes = [SentenceRef(e.article, e.sentence) for e in claim.evidence if e.stance != "denies"]
        if deny and yes:
            add(claim.text, [claim.id], yes, deny, "denial")
    # a fact the story only denies answers the claim that asserts it, when grouping kept the two apart ("the
    # ministry denied that any of the aid had been paid" / "the first aid payments reached families"): the
    # claim telling that happening of that actor (a pair no veto parts), of one time, the pair model finds closest
    # (a refusal, "would not close", is no dispute of the deed a later report tells: see _denied_ahead)
    # (a denial in a claim that also asserts answers the claim kept apart too: its side is the denials alone)
    for cb, mb in meta if weighed is not None else []:
        if not any(u.stance == "denies" for u in mb):
            continue
        bar = DENIED_LINK if all(e.stance == "denies" for e in cb.evidence) else MIXED_LINK
        best = max(((p, k) for k, (ca, ma) in enumerate(meta) if ca is not cb
                    for u in mb if u.stance == "denies"
                    for v in ma if v.stance != "denies" and v.future == u.future
                    for p in [weighed(u, v)] if p is not None and p >= bar), default=None)
        if best:
            ca = meta[best[1]][0]
            add(ca.text, [ca.id, cb.id], [SentenceRef(e.article, e.sentence) for e in ca.evidence
                                          if e.stance != "denies"],
                [SentenceRef(e.article, e.sentence) for e in cb.evidence if e.stance == "denies"], "denial")
    # "there was no lightning over the town" denies what a lightning strike is said to have done
    for cb, mb in meta:
        absent = {u.absent for u in mb if u.absent and u.stance == "denies"}
        for ca, ma in meta if absent else []:
            if ca is not cb and any(u.stance != "denies" and absent & (u.words - u.objects) for u in ma):
                add(ca.text, [ca.id, cb.id], [SentenceRef(e.article, e.sentence) for e in ca.evidence
                                              if e.stance != "denies"],
                    [SentenceRef(a, i) for a, i in sorted({(u.article, u.sentence) for u in mb if u.absent in absent})],
                    "denial")
    # "no one was injured during the escape" denies that a guard was hurt in it: a casualty denied of anyone,
    # told of someone, on no other day
    for cb, mb in meta:
        nobody = [u for u in mb if u.anyone and u.stance == "denies" and not u.future
                  and (u.theme or u.subject_head) in _ANYONE]
        kinds = {c for u in nobody for c in u.classes if c in ("injure", "kill")}
        for ca, ma in meta if kinds else []:
            told = [u for u in ma if u.stance != "denies" and not u.future and not u.anyone and u.classes & kinds
                    and not any(u.days and n.days and not u.days & n.days for n in nobody)]
            if ca is not cb and told:
                add(ca.text, [ca.id, cb.id], [SentenceRef(e.article, e.sentence) for e in ca.evidence
                                              if e.stance != "denies"],
                    [SentenceRef(a, i) for a, i in sorted({(u.article, u.sentence) for u in nobody})], "denial")
    for i, (ca, ma) in enumerate(meta):
        for cb, mb in meta[i + 1:]:
            # (of one time: "remains in his home" is no dispute of "would go to his office in the morning")
            if any((x, y) in OPPOSITES for u in ma for v in mb for x in u.classes for y in v.classes
                   if u.subject and v.subject and u.subject & v.subject and _same_place(u, v)
                   and u.future == v.future and not (u.days and v.days and not u.days & v.days)):
                add(f"{ca.text} / {cb.text}", [ca.id, cb.id],
                    [SentenceRef(e.article, e.sentence) for e in ca.evidence],
                    [SentenceRef(e.article, e.sentence) for e in cb.evidence], "opposite")
    # two accounts of why one thing happened ("a tremor set off the collapse" / "the collapse was caused by the
    # removal of roof supports"), or a cause denied that another report tells ("did not cause the flooding")
    for topic, ids, side_a, side_b, kind in cause_disputes(meta, sims):
        add(topic, ids, side_a, side_b, kind)
    # one happening of one actor counted differently ("at least 40 soldiers were killed" / "hundreds of
    # soldiers were killed"): the quantities stage may miss vague amounts, so compare the units' figures
    told: set[tuple] = set()
    names = {e.id: e.name for e in dossier.entities}  # a topic names the counted, not its id
    for i, (ca, ma) in enumerate(meta):
        for cb, mb in meta[i + 1:]:
            pair = next(((u, v) for u in ma for v in mb if u.classes & v.classes and (
                _counted(u) and _counted(u) == _counted(v) and (_clash(u.numbers, v.numbers) or _terms_differ(u, v))
                # one holder's term ("X was banned for four years" / "the federation banned X for two years"), or
                # a term told without its subject ("is said to have been handed a four-year ban by X")
                or _terms_differ(u, v) and (_holder(u) and _holder(u) == _holder(v)
                                            or None in (_counted(u), _counted(v)) and u.entities & v.entities))),
                        None)
            if pair:
                u, v = pair
                told.add(frozenset({(u.article, u.sentence), (v.article, v.sentence)}))
                what = _counted(u) or _counted(v)
                if u.classes & v.classes & TERMS:  # a term is its holder's: "banned X", not the body that did
                    what = _holder(u) or _holder(v) or what
                topic = f"figures for {names.get(what, what)} ({'/'.join(sorted(u.classes & v.classes))})"
                add(topic, [ca.id, cb.id],
                    [SentenceRef(e.article, e.sentence) for e in ca.evidence if e.stance != "denies"],
                    [SentenceRef(e.article, e.sentence) for e in cb.evidence if e.stance != "denies"], "figures")
    by_sentence = {(e.article, e.sentence): c.id for c, _ in meta for e in c.evidence}
    qs = {q.id: q for q in dossier.quantities}
    # one dispute per two values of one count, however many reports repeat each value
    disputes: dict[tuple, tuple[Quantity, Quantity, list[SentenceRef], list[SentenceRef]]] = {}
    for q in dossier.quantities:
        for o in (qs.get(x) for x in q.conflicts_with):
            if o is None or frozenset({(q.article, q.sentence), (o.article, o.sentence)}) in told:
                continue
            a, b = sorted((q, o), key=_value_key)
            key = (a.kind, head_class(a.head), a.event, _value_key(a), _value_key(b))
            first, second, side_a, side_b = disputes.setdefault(key, (a, b, [], []))
            for ref, side in ((SentenceRef(a.article, a.sentence), side_a), (SentenceRef(b.article, b.sentence), side_b)):
                if ref not in side:
                    side.append(ref)
    for first, second, side_a, side_b in disputes.values():
        topic = f"figures for {first.about or first.unit or 'the same thing'}" + (
            f" ({first.event})" if first.event else "")
        refs = side_a + side_b
        ids = list(dict.fromkeys(c for c in (by_sentence.get((r.article, r.sentence)) for r in refs) if c))
        order = lambda r: (r.article, r.sentence)  # noqa: E731
        add(f"{topic}: {first.text} vs {second.text}", ids, sorted(side_a, key=order), sorted(side_b, key=order),
            "figures")
    return out


def _value_key(q: Quantity) -> tuple:
    """A figure's value, the same for "about 1,200" and "About 1,200"."""
    return (q.low if q.low is not None else -1.0, q.value if q.value is not None else -1.0,
            q.high if q.high is not None else -1.0)
