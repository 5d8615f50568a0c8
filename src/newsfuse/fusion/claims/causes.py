"""What a clause names as the cause of a happening, and rival causes told of one happening.

"The collapse was caused by the removal of roof supports" and "a seismic tremor set off the collapse" are two
accounts of why one thing happened: a reader wants them shown side by side as a dispute, not as two facts that
happen to sit in one dossier. A clause gives a cause when its verb causes ("caused", "triggered", "set off"),
blames ("blamed the derailment on X", "blames X for the leak", "X was to blame"), attributes ("attributed the
grounding to bad weather") or makes answerable ("X was responsible for flooding the town"). What the cause is
(its nouns and named things) and what it caused (the effect's head word) are read from the parse; the small
model hangs the "to" or "on" phrase on the object as often as on the verb, so both are looked at.

Written here because no library reads causal statements out of a dependency parse; spaCy gives the parse.
"""

from __future__ import annotations

from ...model import Article, SentenceRef, Token
from ..common import UnionFind
from .lexicon import _ACTOR, _BODIES, _GENERIC, _MEMBERS, _ROLES, _STOP_NOUNS, POSTS

#: Verbs whose subject causes their object ("a tremor triggered the collapse"; passive: "was caused by").
CAUSING = {"cause", "trigger", "spark", "provoke"}
#: Causes one rules out by name ("investigators have ruled out sabotage").
SUSPECTED = {"sabotage", "terrorism", "arson", "cyberattack", "attack", "hacking", "hack", "play", "error", "failure",
             "fault", "bomb", "explosive", "explosion", "strike", "negligence", "malfunction"}
#: Who may be blamed, not what caused: a body, its members, a post, people. Blame put on an actor is fault (see the
#: lexicon's "fault" class); the encoder cannot tell actors apart ("rebel" / "army" 0.46, "rebel" / "movement" 0.31),
#: so a named or a kind of actor gives no cause here.
_ACTORS = _BODIES | _MEMBERS | POSTS | _ROLES | _GENERIC | set(_ACTOR) | set(_ACTOR.values())
#: Verbs that tell a cause in a relative clause ("a section of pipe that the union blames for the leak"; "the
#: tank car that caused the derailment" mostly says which car).
BLAMING = {"blame", "attribute"}
#: Verbs with a particle that cause ("set off the collapse", "touched off the fire", "brought about").
CAUSING_PHRASAL = {("set", "off"), ("touch", "off"), ("bring", "about")}
#: Verbs whose subject comes of what their "from" phrase names ("the outage resulted from a cyberattack").
_FROM = {"result", "stem"}
#: Verbs whose subject causes what their "to" or "in" phrase names ("the failure led to the blackout", "resulted
#: in the collapse").
_LEADS = {("lead", "to"), ("result", "in")}
#: Nouns whose "of" phrase is the cause of the subject ("the collapse was the result of years of neglect").
_RESULTS = {"result", "consequence", "product"}
#: What evidence points to is a cause told ("preliminary findings point to subsidence of the embankment").
_EVIDENCE = {"finding", "evidence", "assessment", "investigation", "inquiry", "probe", "analysis", "examination",
             "test", "data", "inspection", "review"}
#: Words that tell the cause in a complement: "appeared to have been caused by", "was to blame", "was
#: responsible for", "was due to", "was the result of".
_COMPLEMENTS = CAUSING | _RESULTS | {"blame", "attribute", "responsible", "due"}
_RELATIVE = {"which", "that", "who"}
#: What the cause's words leave out: the alternative rejected ("the release, rather than the levee's failure")
#: and clauses of their own.
_CAUSE_STOP = ("relcl", "cc", "conj", "appos", "punct", "ccomp", "advcl", "parataxis")


def _deps(t: Token, kids, *deps: str) -> list[Token]:
    return [k for k in kids.get(t.i, []) if k.dep in deps]


def _prep_obj(ts: list[Token], kids, prep: str, deep: bool = True) -> Token | None:
    """The object of the first ``prep`` phrase on any of ``ts`` ("blamed the grounding on a storm", parsed with
    "on" on the verb or on "grounding"), or on a phrase of theirs ("attributed the grounding on the reef to bad
    weather", "to" hung on "reef"; only when ``deep`` and none is on ``ts``); a gerund's verb counts ("responsible
    for flooding the town")."""
    for level in (ts, [o for t in ts for p in kids.get(t.i, []) if p.dep == "prep" and p.lemma.lower() != prep
                       for o in _deps(p, kids, "pobj")] if deep else []):
        for t in level:
            for p in kids.get(t.i, []):
                if p.dep == "prep" and p.lemma.lower() == prep:
                    objs = _deps(p, kids, "pobj", "pcomp")
                    if objs:
                        return objs[0]
    return None


def _noun(t: Token | None, by_i) -> Token | None:
    """The noun a relative pronoun stands for ("a section of pipe that the union blames"); a place it was wrongly
    hung on gives way to the noun the place is in ("the flooding in Brennick, which it blamed on ...")."""
    if t is None or t.lemma.lower() not in _RELATIVE:
        return None if t is not None and t.pos == "PRON" else t
    rel = by_i.get(t.head)
    head = by_i.get(rel.head) if rel is not None and rel.dep == "relcl" else None
    if head is not None and head.pos == "PROPN" and head.dep == "pobj":
        prep = by_i.get(head.head)
        above = by_i.get(prep.head) if prep is not None else None
        if above is not None and above.pos == "NOUN":
            return above
    return head


def _words(head: Token, kids, art: Article, idx, effect: Token | None = None) -> frozenset[str]:
    """A cause's nouns and named things: "a section of embankment weakened by last week's heavy rain"
    gives section, embankment, rain (and week); not the effect ("held a faulty transformer responsible for the
    blackout")."""
    out, stack = set(), [head]
    while stack:
        t = stack.pop()
        if effect is not None and t.i == effect.i:
            continue
        if t.pos in ("NOUN", "PROPN") and t.lemma.lower() not in _STOP_NOUNS and t.ent_type not in ("DATE", "TIME"):
            out.add(idx.get((art.id, t.start), t.lemma.lower()))
        stack.extend(k for k in kids.get(t.i, [])
                     if k.dep not in _CAUSE_STOP and k.lemma.lower() not in ("than", "as"))
    return frozenset(out)


def cause_of(verb: Token, kids, by_i, art: Article, idx) -> tuple[frozenset[str], str | None]:
    """(the cause's words, the effect's head lemma or None) a clause headed by ``verb`` tells; no words when it
    tells no cause ("what caused the crash" names none)."""
    if verb.pos == "NOUN" and verb.dep in ("nsubj", "nsubjpass") and verb.head in by_i:
        verb = by_i[verb.head]  # a clause told by its subject's happening ("the failure of a valve led to the blast")
    v = next((k for k in _deps(verb, kids, "xcomp", "acomp", "attr") if k.lemma.lower() in _COMPLEMENTS), verb)
    lemma = v.lemma.lower()
    prt = {k.lemma.lower() for k in _deps(v, kids, "prt")}
    passive = bool(_deps(v, kids, "auxpass", "agent", "nsubjpass")) or v.dep == "acl" and v.tag == "VBN" \
        and not _deps(v, kids, "nsubj")  # ("a fire caused by a fault"; not "reports that she had blamed X")
    subj = _deps(v, kids, "nsubj", "nsubjpass") or _deps(verb, kids, "nsubj", "nsubjpass")
    subj_t = subj[0] if subj else (by_i.get(v.head) if v.dep == "acl" else None)  # ("a fire caused by a fault")
    objs = _deps(v, kids, "dobj")
    held = [k for k in kids.get(objs[0].i, []) + _deps(v, kids, "oprd", "acomp")
            if k.lemma.lower() in ("responsible", "accountable")] if lemma == "hold" and objs else []
    cause = effect = None
    if lemma == "cause" and v.pos == "NOUN":  # "a faulty valve was the cause of the explosion"
        cause, effect = subj_t, _prep_obj([v], kids, "of")
    elif lemma == "be" and subj_t is not None and subj_t.lemma.lower() == "cause" and _deps(v, kids, "attr"):
        cause, effect = _deps(v, kids, "attr")[0], _prep_obj([subj_t], kids, "of")  # "the cause of X was a fault"
    elif lemma == "be" and _prep_obj([v], kids, "behind") is not None:  # "hackers were behind the blackout"
        cause, effect = subj_t, _prep_obj([v], kids, "behind")
    elif lemma == "be" and (at := _prep_obj([v], kids, "at")) is not None and at.lemma.lower() == "fault":
        cause = subj_t  # "investigators found the pilot was at fault": of what, untold
    elif lemma == "rule" and "out" in prt and objs:  # "ruled out a cyberattack as the cause of the blackout"
        # (a denial: see clauses.py; "ruled out a bailout" rules out no cause, "ruled out sabotage" does)
        effect = next((o for p in _deps(objs[0], kids, "prep") if p.lemma.lower() == "as"
                       for c in _deps(p, kids, "pobj") if c.lemma.lower() == "cause"
                       for o in [_prep_obj([c], kids, "of")] if o is not None), None)
        cause = objs[0] if effect is not None or objs[0].lemma.lower() in SUSPECTED else None
    elif held:  # "held a faulty transformer responsible for the blackout"
        cause, effect = objs[0], _prep_obj(held, kids, "for")
    elif lemma in CAUSING or any((lemma, p) in CAUSING_PHRASAL for p in prt):
        if passive:
            agent = [o for a in _deps(v, kids, "agent") for o in _deps(a, kids, "pobj")]
            cause, effect = (agent[0] if agent else None), subj_t
        else:
            cause, effect = subj_t, (objs[0] if objs else None)
    elif lemma == "blame" and v is not verb:  # "the breach alone was to blame (for the flooding)"
        cause, effect = subj_t, _prep_obj([v], kids, "for")
    elif lemma == "blame":
        obj = objs[0] if objs else None
        on, fr = _prep_obj([v] + objs, kids, "on", deep=False), _prep_obj([v] + objs, kids, "for", deep=False)
        on = on if on is not None or fr is not None else _prep_obj([v] + objs, kids, "on")
        if passive:  # "the derailment was blamed on rain" / "the operator was blamed for the leak"
            cause, effect = (on, subj_t) if on is not None else (subj_t, fr)
        elif on is not None:  # "blamed the derailment on an embankment weakened by rain"
            cause, effect = on, obj
        else:  # "blames a dodgy pump seal", "a section of pipe that the union blames for the leak", "blamed a
            # faulty valve for the explosion on the platform" (the valve, not the platform)
            cause, effect = obj, fr
    elif lemma == "attribute":  # "attributed the grounding to bad weather", "was attributed to a fault"
        cause = _prep_obj([v] + objs, kids, "to")
        effect = subj_t if passive else (objs[0] if objs else None)
    elif lemma == "responsible" and v is not verb:  # "the release was chiefly responsible for flooding the town"
        cause, effect = subj_t, _prep_obj([v], kids, "for")
    elif lemma == "due" and v is not verb:  # "the blackout was due to a fault at a substation"
        cause, effect = _prep_obj([v], kids, "to"), subj_t
    elif lemma in _RESULTS and v is not verb:  # "the collapse was the result of years of neglect"
        cause, effect = _prep_obj([v], kids, "of"), subj_t
    elif lemma in _FROM and _prep_obj([v], kids, "from") is not None:  # "the outage resulted from a cyberattack"
        cause, effect = _prep_obj([v], kids, "from"), subj_t
    elif any(lemma == a and _prep_obj([v], kids, b) is not None for a, b in _LEADS):  # "led to the blackout"
        cause, effect = subj_t, next(_prep_obj([v], kids, b) for a, b in _LEADS if a == lemma)
    elif lemma == "point" and subj_t is not None and subj_t.lemma.lower() in _EVIDENCE:
        cause = _prep_obj([v], kids, "to")  # "findings point to subsidence of the embankment": of what, untold
    else:  # "the plane crashed because of ice on its wings", "flights were cancelled due to fog"
        cause = next((o for k in kids.get(v.i, []) if k.lemma.lower() in ("because", "due", "owing")
                      for o in _deps(k, kids, "pobj") + [x for p in _deps(k, kids, "prep", "pcomp")
                                                         for x in _deps(p, kids, "pobj")]), None)
        effect = v if cause is not None else None
    cause, effect = _noun(cause, by_i), _noun(effect, by_i)
    if cause is None or cause.ent_type in ("PERSON", "ORG", "NORP", "GPE") or cause.lemma.lower() in _ACTORS:
        return frozenset(), None
    return _words(cause, kids, art, idx, effect), (effect.lemma.lower() if effect is not None else None)


#: Closest cosine of two effects' words that makes them one happening ("collapse" / "disaster"), and of two
#: causes' words under which they are rival accounts ("tremor" / "removal of roof supports" 0.23, "bearing" /
#: "embankment" 0.33; "storm" / "bad weather", 0.47, is one account).
EFFECT_SIM = 0.5
CAUSE_SIM = 0.4


def _close(a: frozenset[str], b: frozenset[str], sims) -> bool:
    if a & b:
        return True
    a, b = {w for w in a if not w.startswith("e-")}, {w for w in b if not w.startswith("e-")}
    return sims is not None and (sims.closest(a, b) or 0.0) >= CAUSE_SIM


def other_causes(u, v, sims=None) -> bool:
    """Two clauses that tell causes sharing nothing tell two facts, whatever else they share: two accounts of
    one happening's cause, or the causes of two happenings."""
    return bool(u.cause and v.cause) and not _close(u.cause, v.cause, sims)


def _alike(a: str, b: str, sims) -> bool:
    return a == b or sims is not None and (sims.closest({a}, {b}) or 0.0) >= EFFECT_SIM


def told_effects(units, sims=None) -> set[str]:
    """The happenings whose cause several reports tell: effects named (alike) by cause clauses of two articles or
    more. A cause told with its effect unnamed ("a wheel bearing was to blame") is taken to be of one of these,
    not of a happening one report tells the cause of ("the explosion set off a fire")."""
    named = {(u.article, u.effect) for u in units if u.cause and u.effect}
    return {e for _, e in named if len({a for a, f in named if _alike(e, f, sims)}) >= 2}


def _one_effect(u, v, sims, common: set[str]) -> bool:
    """Both tell of one happening: the same word or close words ("collapse" / "disaster"), or one leaves it
    unnamed and the other names a happening whose cause several reports tell."""
    if u.effect is None or v.effect is None:
        return u.effect is None and v.effect is None or (u.effect or v.effect) in common
    return _alike(u.effect, v.effect, sims)


def rival_causes(u, v, sims=None, common: set[str] = frozenset()) -> str | None:
    """How two units' causes of one happening dispute each other: "opposite" when both tell a cause and the
    causes share nothing ("a tremor set off the collapse" / "the collapse was caused by the removal of roof
    supports"), "denial" when one denies the cause the other tells ("the release did not cause the flooding" /
    "the release was chiefly responsible for flooding the town"); None otherwise. ``common``: see told_effects."""
    if not (u.cause and v.cause) or not _one_effect(u, v, sims, common):
        return None
    if (u.stance == "denies") != (v.stance == "denies"):
        return "denial" if _close(u.cause, v.cause, sims) else None
    if u.stance == "denies" or _close(u.cause, v.cause, sims):
        return None
    return "opposite"


def _cites(units, denied: bool) -> list[SentenceRef]:
    """The sentences that tell (or deny) a cause."""
    return [SentenceRef(*k) for k in sorted({(w.article, w.sentence) for w in units
                                             if w.cause and (w.stance == "denies") == denied})]


def cause_disputes(meta, sims=None) -> list[tuple[str, list[str], list[SentenceRef], list[SentenceRef], str]]:
    """(topic, claim ids, one side, the other, kind) for each dispute over a cause. Claims that tell one account
    (grouping may leave "a section of embankment weakened by rain" and "an embankment weakened by rain" apart)
    make one side, so a reader sees one dispute per two accounts, each with all its reports."""
    common = told_effects([u for _, m in meta for u in m], sims)
    found = []
    told = [k for k, (_, m) in enumerate(meta) if any(u.cause for u in m)]  # (most claims tell no cause)
    for x, i in enumerate(told):
        for j in told[x + 1:]:
            pair = next(((u, v, k) for u in meta[i][1] for v in meta[j][1] for k in [rival_causes(u, v, sims, common)]
                         if k), None)
            if pair:
                found.append((i, j) + pair)
    accounts = UnionFind(len(meta))
    rivals = {k for i, j, *_, kind in found if kind == "opposite" for k in (i, j)}
    for i in sorted(rivals):
        for j in sorted(rivals):
            if i < j and any(u.cause and v.cause and u.stance != "denies" and v.stance != "denies"
                             and _one_effect(u, v, sims, common) and _close(u.cause, v.cause, sims)
                             for u in meta[i][1] for v in meta[j][1]):
                accounts.union(i, j)
    out, seen = [], set()
    for i, j, u, v, kind in found:
        if kind == "denial":
            (y, n) = (i, j) if v.stance == "denies" else (j, i)
            side_a, side_b, ids = _cites(meta[y][1], False), _cites(meta[n][1], True), [y, n]
        else:
            key = frozenset({accounts.find(i), accounts.find(j)})
            if key in seen:
                continue
            seen.add(key)
            ids = [[k for k in sorted(rivals) if accounts.find(k) == accounts.find(x)] for x in (i, j)]
            if accounts.find(i) == accounts.find(j):  # (chained through a third: the two alone)
                ids = [[i], [j]]
            side_a, side_b = (_cites([w for k in g for w in meta[k][1]], False) for g in ids)
            ids = ids[0] + ids[1]
        if side_a and side_b:
            what = u.effect or v.effect or "happening"
            # each side in its own words: the clause that tells (or denies) its cause
            told = sorted((u, v), key=lambda w: w.stance == "denies") if kind == "denial" else (u, v)
            said = [w.clause for w in told]
            out.append((f"cause of the {what}: {said[0]} / {said[1]}", [meta[k][0].id for k in ids], side_a, side_b,
                        kind))
    return out
