"""Who a clause's actor is, what it acts on and who speaks it, read from the parse (see units.py).

The person "he" stands for, the titles an article gives a name ("the governor"), the head key two actors are told
apart by, what a verb acts on and whose it is, a subject the parse lost, and the speaker of a reporting verb.
"""

from __future__ import annotations

from ...model import Article, Dossier, Token
from ..common import children as _kids
from ..quantities import PERSONS
from .clauses import _lemma_classes, _participle, _reduced_root, _subtree
from .lexicon import (
    REPORTING, VAGUE, _BELIEF, _ROLES, _PARTS, _BODIES, _MEMBERS, _RELATIONAL, _HOLD, _GENERIC, _ACTOR,
    _SUBJECT_WORDS_STOP, _PLACES, SITES, POSTS,
)


def _person_at(art: Article, t: Token, idx, persons: set[str] | None) -> str | None:
    """The person a token names, if any."""
    ent = idx.get((art.id, t.start))
    return ent if ent and (ent in persons if persons is not None else t.ent_type == "PERSON") else None


#: The pronouns and honorifics that tell a person's sex ("Ms Korvash", "she").
_SEX = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


_HONORIFICS = {"mr": "m", "mr.": "m", "sir": "m", "ms": "f", "ms.": "f", "mrs": "f", "mrs.": "f", "miss": "f",
               "madam": "f", "dame": "f"}


def _sexes(dossier: Dossier, idx) -> dict[str, str]:
    """Each person's sex, where an honorific before a mention tells it ("Ms Korvash"), one alone across the
    story (a name given "Mr" and "Ms" is left unknown)."""
    seen: dict[str, set[str]] = {}
    for art in dossier.articles:
        for t, n in zip(art.tokens, art.tokens[1:]):
            sex = _HONORIFICS.get(t.text.lower())
            ent = sex and (idx.get((art.id, n.start)) or idx.get((art.id, t.start)))
            if ent:
                seen.setdefault(ent, set()).add(sex)
    return {e: next(iter(s)) for e, s in seen.items() if len(s) == 1}


def _antecedent(art: Article, index: int, by_sent: dict[int, list[Token]], idx, persons=None, sex=None,
                sexes=None) -> str | None:
    """Whom "he" or "she" stands for in a sentence that names no one: the person named in the nearest sentence
    before it that names anyone ("Orlek was detained on Wednesday. He has not been charged"), or, when that
    sentence names several, the one it is about (its subject). spaCy's small models carry no coreference; this is
    the nearest-subject rule reports are written to. "She" passes over a man the story calls "Mr", "he" over
    a woman it calls "Ms"."""
    sexes = sexes or {}
    for back in range(1, 4):
        toks = by_sent.get(index - back, [])
        named = [p for t in toks
                 if (p := _person_at(art, t, idx, persons)) and (sex is None or sexes.get(p, sex) == sex)]
        if not named:
            continue
        kids = _kids(toks)
        if _speaks_of_another(toks, kids, {t.i for t in toks if _person_at(art, t, idx, persons)}, sex):
            continue  # "He had been passing material to X since 2023, Salo said. He was paid 30,000 euros": not Salo
        if len(set(named)) == 1:
            return named[0]
        root = next((t for t in toks if t.head == t.i), None)
        if root is None:
            return None
        # the sentence's subject, or the subject of what it reports ("an earlier version said that X's chief of
        # staff, Marek Dunaj, had been dismissed. He was suspended on Monday": Dunaj)
        verbs = [root] + ([k for k in kids.get(root.i, []) if k.dep == "ccomp"] if root.lemma.lower() in REPORTING
                          else [])
        for verb in verbs:
            subject = {p for k in kids.get(verb.i, []) if k.dep in ("nsubj", "nsubjpass")
                       for p in [_person(k, kids, art, idx, persons)] if p in named}
            if len(subject) == 1:
                return next(iter(subject))
        return None
    return None


def _speaks_of_another(toks: list[Token], kids, naming: set[int], sex: str | None) -> bool:
    """A sentence whose only person named speaks, after a "he" or "she" ("He had been passing classified material
    since 2023, Salo said"): its pronoun stands for someone named before, and so does the next sentence's ("Varsek
    says she was tested 14 times" speaks of herself). ``naming``: the tokens that name a person."""
    speakers = {x.i for v in toks if v.lemma.lower() in REPORTING for k in kids.get(v.i, []) if k.dep == "nsubj"
                for x in [k] + kids.get(k.i, [])}
    if not naming or not naming <= speakers:
        return False
    return any(t.pos == "PRON" and t.dep in ("nsubj", "nsubjpass") and t.i < min(naming)
               and t.text.lower() in _SEX and (sex is None or _SEX[t.text.lower()] == sex) for t in toks)


def _person(head: Token, kids, art: Article, idx, persons=None) -> str | None:
    """The person a noun phrase is: its own name, or the name set in apposition to it ("X's chief of staff, Marek
    Dunaj"), not a possessor's ("X's chief of staff" is not X)."""
    for t in [head] + [k for k in kids.get(head.i, []) if k.dep == "appos"]:
        names = {p for x in [t] + [k for k in kids.get(t.i, []) if k.dep == "compound"]
                 if (p := _person_at(art, x, idx, persons))}
        if len(names) == 1:
            return next(iter(names))
    return None


def _titles(art: Article, idx, after: bool = False) -> dict[str, str]:
    """Role word -> the one entity the article gives that title ("Governor X": "the governor" is X). With ``after``,
    titles set after a name count too ("Mathias Orleck, the chairman of Corvane Bank"): they tell whom a passive's
    "its chairman" befalls, not who acts ("the commander" who acts may be another one's)."""
    seen: dict[str, set[str]] = {}
    for prev, t in zip(art.tokens, art.tokens[1:]):
        ent = idx.get((art.id, t.start))
        if ent and prev.lemma.lower() in _ROLES and (art.id, prev.start) not in idx and prev.pos in ("NOUN", "PROPN"):
            seen.setdefault(prev.lemma.lower(), set()).add(ent)
    by_i = {t.i: t for t in art.tokens} if after else {}
    for t in art.tokens if after else ():
        ent = idx.get((art.id, by_i[t.head].start)) if t.dep == "appos" and t.head in by_i else None
        if ent and t.pos == "NOUN" and t.lemma.lower() in _ROLES and (art.id, t.start) not in idx:
            seen.setdefault(t.lemma.lower(), set()).add(ent)
    return {role: next(iter(ents)) for role, ents in seen.items() if len(ents) == 1}


def _site(h: Token, kids, toks: list[Token], art: Article, idx) -> str | None:
    """The named place a definite site noun stands for: the nearest place or facility named before it in
    its sentence ("... in the prison of Sednaya as the rebels broke into the jail")."""
    if h.lemma.lower() not in SITES or not any(k.dep == "det" and k.lemma.lower() == "the" for k in kids.get(h.i, [])):
        return None
    for t in reversed([t for t in toks if t.i < h.i]):
        if t.ent_type in ("FAC", "GPE", "LOC") and (art.id, t.start) in idx:
            return idx[(art.id, t.start)]
    return None


def _target(verb: Token, kids, art: Article, idx, toks: list[Token] = (), patients=()) -> frozenset[str]:
    """The heads (or entities) of what the verb acts on: its objects, "into"/"of"/"from" phrases, and the
    passive subject when an agent is named."""
    out: set[str] = set()
    heads = [k for k in kids.get(verb.i, []) if k.dep in ("dobj", "attr")] + list(patients)
    heads += [o for p in kids.get(verb.i, []) if p.dep == "prep" and p.lemma.lower() in ("into", "of", "over", "from")
              for o in kids.get(p.i, []) if o.dep == "pobj"]
    if verb.lemma.lower() in _GIVING:  # "paid fees to Koss Partners": to whom, on the verb or its object
        heads += [o for w in [verb] + [k for k in kids.get(verb.i, []) if k.dep == "dobj"] for p in kids.get(w.i, [])
                  if p.dep in ("prep", "dative") and p.lemma.lower() == "to"
                  for o in kids.get(p.i, []) if o.dep == "pobj"]
    while heads:
        h = heads.pop()
        heads += [k for k in kids.get(h.i, []) if k.dep == "conj" and k.pos in ("NOUN", "PROPN")]
        if h.lemma.lower() in _HOLD:  # "took control of X": X
            heads += [o for p in kids.get(h.i, []) if p.dep == "prep" for o in kids.get(p.i, []) if o.dep == "pobj"]
            continue
        out.add(idx.get((art.id, h.start), h.lemma.lower()))
        if (art.id, h.start) not in idx and (site := _site(h, kids, toks, art, idx)):
            out.add(site)
        # "the city of X": X names it too; "Ardesia's envoy", "the Kolvarian ambassador": whose it is
        out |= {idx[(art.id, o.start)] for p in kids.get(h.i, []) if p.dep == "prep" and p.lemma.lower() == "of"
                for o in kids.get(p.i, []) if o.dep == "pobj" and (art.id, o.start) in idx}
        out |= {idx[(art.id, k.start)] for k in kids.get(h.i, [])
                if k.dep in ("poss", "amod", "compound", "nmod") and (art.id, k.start) in idx}
        # "detained the deputy mayor, Milena Dravecz": the name in apposition is who is acted on
        out |= {idx[(art.id, k.start)] for k in kids.get(h.i, []) if k.dep == "appos" and (art.id, k.start) in idx
                and h.lemma.lower() in POSTS | _ROLES | PERSONS}
    return frozenset(out)


def _owners(verb: Token, kids, art: Article, idx, patients=()) -> frozenset[str]:
    """The names that hang on what the verb acts on without being it: "suspended its contract with X", "freed
    X's brother" (X owns the contract, X has the brother). A place's part, a post or a happening named by a noun
    ("the heart of X", "the release of X") is not another thing."""
    heads = [k for k in kids.get(verb.i, []) if k.dep in ("dobj", "nsubjpass")] + list(patients)
    if verb.dep == "acomp" and verb.head != verb.i:  # "its contract would remain suspended"
        heads += [k for k in kids.get(verb.head, []) if k.dep == "nsubj"]
    out = set()
    for h in heads:
        if (art.id, h.start) in idx or h.pos != "NOUN" or _lemma_classes(h):
            continue
        lemma = h.lemma.lower()
        if lemma in SITES or lemma in _PLACES or lemma in _ROLES or lemma in POSTS or lemma in _HOLD:
            continue
        mods = [k for k in kids.get(h.i, []) if k.dep == "poss"]  # (not a compound: "awarded X Bank contracts")
        mods += [o for p in kids.get(h.i, []) if p.dep == "prep" and p.lemma.lower() in ("of", "with")
                 for o in kids.get(p.i, []) if o.dep == "pobj"]
        # (a place's part is the place: "entered the heart of Damascus")
        out |= {idx[(art.id, m.start)] for m in mods if (art.id, m.start) in idx
                and m.ent_type not in ("GPE", "LOC", "FAC")}
    return frozenset(out)


def _stranded_subject(verb: Token, kids, by_i) -> list[Token]:
    """A subject the parse lost to an ellipsis ("news claiming our armed forces... have withdrawn"): a finite
    verb with no subject of its own, just after a noun that hangs as a reporting verb's object."""
    if verb.pos != "VERB" or not (verb.tag in ("VBD", "VBZ", "VBP")
                                  or any(k.dep == "aux" for k in kids.get(verb.i, []))):
        return []
    j = min([verb.i] + [k.i for k in kids.get(verb.i, []) if k.i < verb.i]) - 1
    while j in by_i and by_i[j].pos == "PUNCT":
        j -= 1
    t = by_i.get(j)
    if (t is not None and t.pos in ("NOUN", "PROPN") and t.dep == "dobj" and t.head in by_i
            and by_i[t.head].lemma.lower() in REPORTING):
        return [t]
    return []


def _patient_words(patients: list[Token], kids) -> set[str]:
    """The nouns of what a passive acts on ("its piped supply had not been contaminated": supply); none of a thing said
    to be none ("no tear gas was fired" may tell of another day than the firing it would deny)."""
    return {t.lemma.lower() for k in patients if not any(d.dep == "det" and d.lemma.lower() == "no"
                                                          for d in kids.get(k.i, []))
            for t in _subtree(k, kids, _SUBJECT_WORDS_STOP) if t.pos in ("NOUN", "PROPN")}


def _absent(verb: Token, kids) -> str | None:
    """"There was no lightning", "there were no casualties": the noun said not to have been there."""
    if verb.lemma.lower() != "be" or not any(k.dep == "expl" for k in kids.get(verb.i, [])):
        return None
    for k in kids.get(verb.i, []):
        if k.dep == "attr" and k.pos == "NOUN" and any(d.dep == "det" and d.lemma.lower() == "no"
                                                        for d in kids.get(k.i, [])):
            return k.lemma.lower()
    return None


def _head_key(head: Token | None, kids, art: Article, idx) -> str | None:
    """The entity id or (folded) lemma of a subject's head word; None for pronouns, roles and words too
    generic to tell two actors apart."""
    if head is not None and (head.pos == "NUM" or head.text.lower() in VAGUE):
        # "hundreds of soldiers were killed": what is counted
        of = [p for p in kids.get(head.i, []) if p.dep == "prep" and p.lemma.lower() == "of"]
        counted = [o for p in of for o in kids.get(p.i, []) if o.dep == "pobj"]
        head = counted[0] if counted else head
    if head is not None and head.lemma.lower() in _PARTS:
        # "a section of the dam wall collapsed": the whole is what collapsed
        whole = [o for p in kids.get(head.i, []) if p.dep == "prep" and p.lemma.lower() == "of"
                 for o in kids.get(p.i, []) if o.dep == "pobj"]
        head = whole[0] if whole else head
    if head is not None and head.lemma.lower() in _MEMBERS:
        # "fighters of a key ally", "the army's troops": the body they belong to acts
        of = [p for p in kids.get(head.i, []) if p.dep == "prep" and p.lemma.lower() == "of"]
        owner = [k for k in kids.get(head.i, []) if k.dep == "poss" and k.pos != "PRON"] + \
            [o for p in of for o in kids.get(p.i, []) if o.dep == "pobj"]
        if owner:
            # a named body's members are that body acting, kept apart from the body itself ("Assad's forces
            # left" is not "Assad left"); an unknown owner ("a key ally") leaves them unknown
            key = _head_key(owner[0], kids, art, idx)
            return f"{key}:{_ACTOR.get(head.lemma.lower(), head.lemma.lower())}" if key and key.startswith("e-") \
                else key
    if head is not None and head.pos == "NOUN" and (art.id, head.start) not in idx:
        # "the oil tanker Aurelia Crest": a name set right after its noun, with no comma, is what it is
        named = [idx[(art.id, k.start)] for k in kids.get(head.i, []) if k.dep == "appos" and (art.id, k.start) in idx
                 and min(x.i for x in _subtree(k, kids)) == head.i + 1]
        # ("a second tanker, the Selene Star, was leaking": a name set off by commas, then the verb)
        named += [idx[(art.id, k.start)] for k in kids.get(head.i, []) if k.dep == "appos"
                  and (art.id, k.start) in idx and k.pos == "PROPN" and k.ent_type not in ("PERSON", "DATE")
                  and any(c.dep == "punct" and c.i == head.i + 1 for c in kids.get(head.i, []))]
        if named:
            return named[0]
    if head is not None and head.lemma.lower() in _ROLES and (art.id, head.start) not in idx:
        # "a senior rebel commander, Emil Sarkovic": the name in apposition is who it is
        named = [idx[(art.id, k.start)] for k in kids.get(head.i, []) if k.dep == "appos" and (art.id, k.start) in idx]
        # ("the chief executive of Ostvale, Jonas Hartig": a person's name the parse hangs on the body)
        named += [idx[(art.id, k.start)] for p in kids.get(head.i, []) if p.dep == "prep" and p.lemma.lower() == "of"
                  for o in kids.get(p.i, []) if o.dep == "pobj" and o.ent_type != "PERSON"
                  for k in kids.get(o.i, [])
                  if k.dep == "appos" and k.ent_type == "PERSON" and (art.id, k.start) in idx]
        if named:
            return named[0]
    if head is None or head.pos == "PRON" or head.lemma.lower() in _ROLES | _GENERIC or head.lemma.lower() == "old" \
            and any(k.dep == "npadvmod" for k in kids.get(head.i, [])):
        return None  # ("the 27-year-old" is someone told by age: who, the sentence does not say)
    if head.lemma.lower() in _RELATIONAL and any(k.dep == "det" and k.lemma.lower() in ("a", "an")
                                                 for k in kids.get(head.i, [])):
        return None  # "a key ally of the president": some party, not one to tell apart from a named one
    if head.lemma.lower() in _RELATIONAL:
        return head.lemma.lower()  # "the president's ally" is not the president
    # "the Hezbollah terrorist group", "the Halden company": the named compound names the body acting (the
    # parse may call it nmod); "Tarvik shares", "the Kallistre factory" are things of that name, not it
    named = [idx[(art.id, k.start)] for k in kids.get(head.i, []) if k.dep in ("compound", "nmod")
             and (art.id, k.start) in idx and head.lemma.lower() in _BODIES]
    return idx.get((art.id, head.start), named[0] if named else _ACTOR.get(head.lemma.lower(), head.lemma.lower()))


#: Passives whose subject is the subject of the clause they govern ("is said to have fled", "is reported to be")
_RAISING = _BELIEF | {"say", "report", "allege", "rumour", "rumor", "claim", "know", "suppose", "consider"}


def _lost_subject(verb: Token, kids, by_i) -> list[Token]:
    """The subject of a verb that has none of its own in the parse."""
    if verb.dep == "conj" and verb.head in by_i:  # "boarded a plane and left"
        found = [k for k in kids.get(verb.head, []) if k.dep in ("nsubj", "nsubjpass")]
        if found:
            return found
        if by_i[verb.head].dep == "ccomp":  # "... were the first to arrive, and pulled five people out"
            return _lost_subject(by_i[verb.head], kids, by_i)
    head = by_i.get(verb.head)
    if verb.dep == "ccomp" and head is not None and head.head == head.i and _reduced_root(head, kids) \
            and verb.i > head.i and not any(k.dep == "auxpass" for k in kids.get(verb.i, [])):
        # "Fishermen moored at the quay were the first ...": the root is a modifier of its subject, which is this
        # verb's (see clauses._clause_heads)
        return [k for k in kids.get(head.i, []) if k.dep == "nsubj"]
    if _participle(verb, kids) and verb.tag == "VBG" and verb.head in by_i:
        # "the quake struck the region, killing 12 people": the clause's actor (not what a passive acts on); a toll
        # raised has none ("divers recovered two more bodies, bringing the toll to 16")
        if any(k.dep == "dobj" and k.lemma.lower() == "toll" for k in kids.get(verb.i, [])):
            return []
        return [k for k in kids.get(verb.head, []) if k.dep == "nsubj"]
    if verb.dep == "acl" and verb.tag != "VBN" and verb.head in by_i and by_i[verb.head].dep in ("nsubj", "ROOT"):
        # the clause the reporter's second subject stood for, or a root noun's finite verb (see _clause_heads)
        return [by_i[verb.head]]
    # ("inspectors had flagged cracks" parsed with "flagged" a modifier of "cracks": the subject hangs on "had")
    found = _stranded_subject(verb, kids, by_i) or [
        x for a in kids.get(verb.i, []) if a.dep == "aux" for x in kids.get(a.i, []) if x.dep in ("nsubj", "nsubjpass")]
    if not found and (verb.dep in ("xcomp", "dobj") and verb.pos == "VERB" or verb.dep == "acomp") \
            and verb.head in by_i:
        # "X denied fleeing", "X wants to stay": the subject is the governing verb's ("the men are believed to
        # be sheltering", "X is said to have cut ties": the passive's)
        found = [k for k in kids.get(verb.head, []) if k.dep == "nsubj"] or [
            k for k in kids.get(verb.head, []) if k.dep == "nsubjpass" and by_i[verb.head].lemma.lower() in _RAISING]
    return found


#: Who speaks for a client ("X's lawyer said his client had not fled")
_COUNSEL = {"lawyer", "attorney", "counsel", "solicitor", "barrister", "advocate"}


def _client_of(said_by: Token | None, kids, by_i, art: Article, idx) -> str | None:
    """The named client of a lawyer who speaks ("Halek's lawyer", "the lawyer for Halek"); None for any other."""
    if said_by is None:
        return None
    for k in _speaker(said_by, kids, by_i):
        if k.lemma.lower() not in _COUNSEL:
            continue
        owners = [o for o in kids.get(k.i, []) if o.dep == "poss"] + [
            o for p in kids.get(k.i, []) if p.dep == "prep" and p.lemma.lower() in ("for", "of")
            for o in kids.get(p.i, []) if o.dep == "pobj"]
        named = [idx[(art.id, t.start)] for o in owners for t in _subtree(o, kids)
                 if (art.id, t.start) in idx and t.ent_type == "PERSON"]
        if named:
            return named[0]
    return None


def _is_client(t: Token, kids) -> bool:
    """"his client", "her client": the one the speaking lawyer acts for."""
    return t.lemma.lower() == "client" and any(d.dep == "poss" and d.lemma.lower() in ("his", "her", "my", "our")
                                                for d in kids.get(t.i, []))


def _speaker(report: Token, kids, by_i) -> list[Token]:
    """Who speaks through a reporting verb: its subject, or for a verb that continues another report
    ("X has said ..., adding that he was ready") that report's subject."""
    for _ in range(3):
        speaker = [k for k in kids.get(report.i, []) if k.dep == "nsubj"]
        if speaker or report.dep not in ("advcl", "conj", "xcomp") or report.head not in by_i:
            return speaker
        report = by_i[report.head]
    return []


#: Verbs of giving, whose receiver is what they act on ("paid fees to X").
_GIVING = {"pay", "give", "send", "transfer", "hand", "donate", "lend", "wire"}
