"""Claim units: one factual statement per clause, read from the parse on the tokens.

A sentence whose main verb reports ("said", "told", "denied") contributes the clause it reports;
otherwise its main verb and the verbs coordinated with it each make a unit. A unit keeps its
predicate class (a small general map of event verbs: fled / left / flew out / escaped are one
happening), the entities and content nouns it involves, its numbers, and its stance: asserted,
denied ("denied that ...", "there is no truth to ...", a negated verb) or hedged ("reportedly",
"is said to", "appears", "claimed").
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from ...model import Article, Dossier, Token
from ..common import children as _kids, join_tokens
from ..quantities import DURATION, HEAD_CLASS, PERSONS, parse_number
from .when import day_spans, days_of, is_future
from .clauses import (
    _clause_heads, _groundless, _lemma_classes, _participle, _reduced_root, _reported_of, _sacked, _subtree,
)
from . import corrections
from .causes import cause_of
from .kinds import kind_words, state_of
from .lexicon import (
    PREDICATES, OPPOSITES, REPORTING, DENY, HEDGES, PHRASAL, PHRASAL_UNLESS, _SCALES, VAGUE, REPORT_NOUNS, PROPOSALS,
    _BELIEF, _NOBODY, _LIGHT, _ROLES, _DIRECTIVE, _MOVES, _PARTS, _BODIES, _MEMBERS, _RELATIONAL, _HOLD, _GENERIC,
    _ACTOR, _ADVICE, _OWN, _SUBJECT_STOP, _SUBJECT_WORDS_STOP, _PLACES, SITES, _STOP_NOUNS, POSTS, ORDINALS, _STOPS,
    TERMS, _WHEN_NOT, CLAUSE_ONLY, _FIRE, FALSE_WORDS, _WRONGLY, RETRACTED, REFUSED, REVISING,
    SOUND, POLLUTANTS, WATERS, DEVICES, STRUCTURES, PROPERLY, RULES,
)


@dataclass
class Unit:
    article: str
    sentence: int
    verb: str  # lemma
    classes: frozenset[str]
    entities: frozenset[str]  # entity ids (or folded names when there is no entities stage)
    subject: frozenset[str]
    nouns: frozenset[str]
    numbers: frozenset[float]
    stance: str  # asserts, denies, hedged
    text: str
    refers_back: bool = False  # "denied this": the denial concerns the previous sentence
    negated: bool = False
    words: frozenset[str] = field(default_factory=frozenset)
    subject_head: str | None = None  # entity id or lemma of the subject's head word; None: unknown
    objects: frozenset[str] = field(default_factory=frozenset)  # words and entities outside the subject
    target: frozenset[str] = field(default_factory=frozenset)  # what the verb acts on: object heads, entities
    clause: str = ""  # the clause's own words (its subject, verb and arguments, no attribution)
    predicate: str = ""  # verb, particle and object head ("leave position", "take flight")
    args: str = ""  # the clause without its subject and verb: what, to whom, where, when ("for 8 million dollars")
    token: int = -1  # token index of the verb (or the word) that heads the clause
    theme: str | None = None  # what an agentless passive acts on ("2 million records were stolen": record)
    absent: str | None = None  # what a negated existential says was not there ("there was no lightning")
    subject_words: frozenset[str] = field(default_factory=frozenset)  # nouns of the subject ("section dam wall")
    future: bool = False  # yet to happen: "will vote", "is due to vote"
    days: frozenset[str] = field(default_factory=frozenset)  # ISO days the clause dates itself to ("on Wednesday")
    #: each number with the noun it counts ("40 observers": (40, "observer"); "" when the noun is unknown or
    #: too generic to tell counts apart: "people")
    counted: frozenset[tuple[float, str]] = field(default_factory=frozenset)
    #: the rank its subject or object carries: "a second aid flight landed" 2, "the first exchange" 1
    ordinal: int | None = None
    #: names that only say whose the thing acted on is ("suspended its contract with X", "arrested X's brother")
    owners: frozenset[str] = field(default_factory=frozenset)
    #: the actor or what is acted on is anyone of a kind ("denied that any athlete had been suspended")
    anyone: bool = False
    #: what the happening went without ("awarded without an open tender": tender)
    lacks: frozenset[str] = frozenset()
    #: what the story calls a named actor besides its name ("the oil tanker X": tanker; see kinds.py)
    subject_kinds: frozenset[str] = frozenset()
    theme_kinds: frozenset[str] = frozenset()  # the same of the one it befalls, when named
    #: what the clause names as a happening's cause ("was caused by the removal of roof supports": removal, roof,
    #: support) and the happening caused ("collapse"; None when unnamed: "X was to blame"); see causes.py
    cause: frozenset[str] = frozenset()
    effect: str | None = None
    span: tuple[int, ...] = ()  # token indices of the clause's own words (``clause``)


#: Reporting verbs that also tell a deed with a noun ("announced a compensation fund")
_SHOWS = {"announce", "unveil", "declare"}  # ("declared Friday a day of mourning")
#: What a figure is put on ("put the figure higher", "raised its estimate")
_MEASURES = {"figure", "number", "estimate", "count", "total", "tally", "toll"}


def _entity_index(dossier: Dossier) -> dict[tuple[str, int], str]:
    """Character position -> entity id, for every mention (or the raw spaCy spans without one)."""
    idx: dict[tuple[str, int], str] = {}
    if dossier.entities:
        for e in dossier.entities:
            for m in e.mentions:
                for p in range(m.start, m.end):
                    idx[(m.article, p)] = e.id
    else:
        for a in dossier.articles:
            for e in a.ents:
                if e.label in ("PERSON", "ORG", "GPE", "LOC", "FAC"):
                    for p in range(e.start, e.end):
                        idx[(a.id, p)] = e.text.lower()
    return idx


def extract_units(dossier: Dossier) -> list[Unit]:
    idx = _entity_index(dossier)
    # who is a person: the resolved entity's type (a mention the model tagged otherwise in one sentence, "Hallek"
    # as an organisation, is still the person), or the model's tag without entities
    # (one named only ever by one word is no sure person: the small model takes towns for people, "Brasko said")
    persons = {e.id for e in dossier.entities if e.type == "PERSON" and any(" " in v for v in e.variants)} \
        if dossier.entities else None
    units: list[Unit] = []
    sexes = _sexes(dossier, idx)
    for art in dossier.articles:
        titles, after = _titles(art, idx), _titles(art, idx, after=True)
        by_sent: dict[int, list[Token]] = {}
        for t in art.tokens:
            by_sent.setdefault(t.sent, []).append(t)
        for sent in art.sentences:
            toks = by_sent.get(sent.index, [])
            if not toks:
                continue
            # "The company's offer remains on the table. Members rejected it last month": a proposal turned down,
            # no denial of the sentence before
            offered = any(t.lemma.lower() in PROPOSALS and t.dep in ("nsubj", "nsubjpass", "dobj")
                          for t in by_sent.get(sent.index - 1, []))
            # (a sentence opening on "he" may name others after it: "He was found guilty of ..., owned by businessman
            # Ilias Marovic" cannot mean Marovic by "he")
            named = {p for t in toks if (p := _person_at(art, t, idx, persons))}
            opens = toks[0].text.lower() in ("he", "she") and toks[0].dep in ("nsubj", "nsubjpass")
            # (the sex of the pronoun that acts, or of the first one: "Her spokesman said he ..." is his)
            pron = [t for t in toks if t.pos == "PRON" and t.text.lower() in _SEX]
            pron = [t for t in pron if t.dep in ("nsubj", "nsubjpass")] or pron
            sex = _SEX[pron[0].text.lower()] if pron else None
            person = _antecedent(art, sent.index, by_sent, idx, persons, sex, sexes) if not named or opens else None
            person = None if person in named else person
            # "spent 12 minutes, not the seven minutes first given": the clause asserts the one, denies the other
            toks, denied = corrections.views(toks)
            units.extend(dataclasses.replace(u, stance="asserts", refers_back=False)
                         if offered and u.refers_back and u.verb in DENY and u.target <= {"it", "this", "that"}
                         else u for u in _sentence_units(art, sent, toks, idx, titles, person, after))
            units.extend(dataclasses.replace(u, stance="denies", negated=True, refers_back=False)
                         for view, verb in denied for u in _sentence_units(art, sent, view, idx, titles, person, after)
                         if u.token == verb)
    kinds = kind_words(dossier, idx)
    state = state_of(dossier)  # a country's own body acts for it, and is what the country is called by
    for body, country in state.items():
        kinds[country] = kinds.get(country, frozenset()) | kinds.get(body, frozenset())
    units = [dataclasses.replace(u, subject_kinds=kinds.get(u.subject_head, frozenset()),
                                 theme_kinds=kinds.get(u.theme, frozenset()))
             if u.subject_head in kinds or u.theme in kinds else u for u in units]
    return [dataclasses.replace(u, subject=frozenset(state.get(x, x) for x in u.subject),
                                subject_head=state.get(u.subject_head, u.subject_head),
                                entities=u.entities | {state[x] for x in u.entities if x in state})
            if u.subject & state.keys() or u.subject_head in state else u for u in units]


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


#: Verbs of intending: what is intended is told, yet to come
_INTENDS = {"intend", "plan", "want", "aim", "hope", "expect", "prepare", "wish", "mean"}
#: What a value comes to ("reached five times the legal limit", "hit a record high")
_LEVELS = {"limit", "level", "record", "high", "low", "peak", "mark", "threshold"}  # (and "five times")
#: Verbs that tell their subject's happening took place ("an explosion tore through the plant")
_OCCUR = {"happen", "occur", "erupt", "tear", "rip", "rock", "shake", "unfold"}
#: Verbs of witnessing: what is heard or seen is the happening ("heard a second explosion")
_PERCEIVE = {"hear", "witness", "see", "feel"}
#: Whom a report is told to: "told reporters about X" reports X, "told the council of X" informed it.
_AUDIENCES = {"reporter", "journalist", "press", "media", "audience", "crowd", "newspaper", "paper", "radio",
              "television", "agency", "broadcaster", "viewer", "listener", "reader"}


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


def _age(t: Token, by_i) -> bool:
    """The number of an age: "27" in "the 27-year-old" (27 -> year -> old)."""
    unit = by_i.get(t.head)
    return t.dep == "nummod" and unit is not None and unit.lemma.lower() in ("year", "month") and unit.dep == \
        "npadvmod" and unit.head in by_i and by_i[unit.head].lemma.lower() == "old"


#: Number words that take a unit after a hyphen: "twenty-two", "fifty-nine" (the tokenizer splits them in three)
_TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
_UNITS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}


#: Number words that multiply the number before them ("two dozen", "one hundred"), and abbreviated scales written
#: against a figure ("£5m", "$2bn": the tokenizer splits some of them off)
_TIMES = {"dozen": 12.0, "hundred": 100.0}
_ABBREVIATED = {"m": 1e6, "mn": 1e6, "bn": 1e9, "k": 1e3}


def _times(num, word, by_i) -> bool:
    """``word`` multiplies the number ``num`` just before it: "two dozen", "one hundred"."""
    return num is not None and word is not None and word.i == num.i + 1 and word.text.lower() in _TIMES \
        and num.pos == "NUM" and parse_number(num.text) is not None


def _half_dozen(t, by_i) -> bool:
    """"half a dozen": six."""
    return t.text.lower() == "dozen" and t.i - 1 in by_i and by_i[t.i - 1].text.lower() == "a" \
        and t.i - 2 in by_i and by_i[t.i - 2].text.lower() == "half"


def _hundred_and(t, by_i) -> bool:
    """``t`` is the tail of "one hundred and twenty", read with the hundred."""
    return t is not None and t.i - 2 in by_i and t.i - 1 in by_i and by_i[t.i - 1].text.lower() == "and" \
        and by_i[t.i - 2].text.lower() == "hundred" and t.i - 3 in by_i and by_i[t.i - 3].pos == "NUM" \
        and (parse_number(t.text) or 100) < 100


def _compound(tens, unit, by_i) -> bool:
    """``tens`` and ``unit`` are the two halves of one hyphenated number word ("Twenty-two")."""
    return tens is not None and unit is not None and tens.text.lower() in _TENS and unit.text.lower() in _UNITS \
        and unit.i == tens.i + 2 and tens.i + 1 in by_i and by_i[tens.i + 1].text == "-"


def _numeric(t: Token) -> bool:
    """A number, by its tag or by the word counting a noun ("Eleven injured people": the tagger's adjective)."""
    return t.pos == "NUM" or t.dep == "nummod" and parse_number(t.text) is not None


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


def _not_one(noun: Token, kids) -> bool:
    """ "Not a single wall came down", "not one patient was turned away": a noun led by "not" (on the noun or on its
    "one") is none at all."""
    return any(c.dep == "neg" and c.i < noun.i for t in [noun] + [n for n in kids.get(noun.i, [])
                                                                   if n.dep == "nummod" and n.lemma.lower() == "one"]
               for c in kids.get(t.i, []))


def _phrasal(verb: Token, kids, by_i=None) -> frozenset[str]:
    """The happening of a phrasal verb or idiom ("gave way", "extended its hand", "brought under control")."""
    objs = {k.lemma.lower() for k in kids.get(verb.i, []) if k.dep in ("dobj", "prt")}
    objs |= {k.lemma.lower() for h in [verb] + [p for p in kids.get(verb.i, []) if p.dep == "prep"]
             for k in kids.get(h.i, []) if k.dep == "npadvmod" and any(n.pos == "NUM" for n in kids.get(k.i, []))
             }  # "was handed eight years (behind bars)": the parse makes the term a time
    if verb.lemma.lower() == "take":  # "had taken nearly a day to reach the town": the parse makes the time adverbial
        objs |= {k.lemma.lower() for k in kids.get(verb.i, []) if k.dep == "npadvmod"}
    # a name's title ("fired managing director X"), a noun's ("handed in his resignation letter")
    objs |= {c.lemma.lower() for k in kids.get(verb.i, []) if k.dep in ("dobj", "nsubjpass")
             for c in kids.get(k.i, []) if c.dep == "compound"}  # ("the sponsorship agreement was terminated")
    # "done nothing wrong"
    objs |= {a.lemma.lower() for k in kids.get(verb.i, []) if k.dep == "dobj" and k.lemma.lower() in _NOBODY
             for a in kids.get(k.i, []) if a.dep == "amod"}
    # the object told first, in the passive ("an investigation was opened", "the fine was imposed") or as the noun
    # the participle is set after ("the investigation opened by prosecutors")
    objs |= {k.lemma.lower() for k in kids.get(verb.i, []) if k.dep == "nsubjpass"}
    if verb.dep == "acl" and verb.tag == "VBN" and by_i and verb.head in by_i:
        objs.add(by_i[verb.head].lemma.lower())
    nxt = (by_i or {}).get(verb.i + 1)
    if nxt is not None and nxt.pos in ("NOUN", "ADP", "PART", "ADV"):
        objs.add(nxt.lemma.lower())  # "gave way late on Monday": the parse may hang "way" elsewhere
    objs |= {o.lemma.lower() for p in kids.get(verb.i, [])
             if p.dep == "prep" and p.lemma.lower() in ("under", "to", "in", "on")
             for o in kids.get(p.i, []) if o.dep == "pobj"}  # "brought the blaze under control", "taken to hospital"
    objs |= {o.lemma.lower() for p in kids.get(verb.i, []) if p.dep == "prep" and p.lemma.lower() == "into"
             for o in kids.get(p.i, []) if o.dep == "pobj" and o.lemma.lower() == "custody"}  # "taken into custody"
    objs |= {o.lemma.lower() for d in kids.get(verb.i, []) if d.dep == "dobj" for p in kids.get(d.i, [])
             if p.dep == "prep" and p.lemma.lower() == "on" for o in kids.get(p.i, []) if o.dep == "pobj"
             and o.lemma.lower() == "hold"}  # "put the rise on hold" (the parse hangs "on hold" on the rise)
    return frozenset(cls for (v_lemma, obj), cls in PHRASAL.items() if verb.lemma.lower() == v_lemma and obj in objs
                     and not objs & PHRASAL_UNLESS.get((v_lemma, obj), set()))


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


def _predicate(verb: Token, kids) -> str:
    """The verb with its particle and the head of its object: what the clause says happened."""
    parts = [verb.lemma.lower()]
    parts += [k.lemma.lower() for k in kids.get(verb.i, []) if k.dep == "prt"]
    parts += [k.lemma.lower() for k in kids.get(verb.i, []) if k.dep in ("dobj", "acomp") and k.pos != "PRON"][:1]
    return " ".join(parts)


#: Words for anyone or anything of a kind ("denied that any of the aid had been paid").
_ANY = {"any", "anyone", "anybody", "anything"}


def _sentence_units(art: Article, sent, toks: list[Token], idx, titles=None, person: str | None = None,
                    titled_after=None) -> list[Unit]:
    titles, titled_after = titles or {}, titled_after or {}
    kids = _kids(toks)
    by_i = {t.i: t for t in toks}
    lower = sent.text.lower()
    # ("is due to appear before the committee" hedges nothing: one appears somewhere; "appears to have fled",
    # "appeared calm" hedge)
    sentence_hedged = any(t.lemma.lower() in HEDGES and not (t.lemma.lower() == "appear" and not any(
        k.dep in ("xcomp", "acomp", "ccomp", "attr", "oprd") for k in kids.get(t.i, []))) for t in toks) \
        or " said to " in lower \
        or " reported to " in lower or "according to" in lower
    # a denial the parse did not make the root of ("reports that X had left were denied"); not one in a clause
    # of its own ("after days in which officials denied any contact")
    # (nor "denied" meaning refused: "had been held for nine hours and denied access to a consul")
    sentence_denies = "no truth" in lower or "denied" in lower and not any(
        t.lemma.lower() == "deny" and (t.head == t.i or t.dep in ("relcl", "advcl", "pcomp") or any(
            k.dep == "dobj" and k.lemma.lower() in REFUSED for k in kids.get(t.i, []))) for t in toks)
    out = []
    spans = day_spans(art, sent)
    # (verb, stance, refers back, split off another verb's unit)
    work = [(v, st, back, False) for v, st, back in _clause_heads(toks, kids, by_i)]
    heads = {v.i for v, _, _, _ in work}  # (a participle phrase that is a unit of its own keeps its figures)
    while work:
        verb, stance, back, split = work.pop(0)
        told_denied = stance == "denies"  # "denied that X": the clause a denial governs
        tree = _subtree(verb, kids)
        if back and verb.lemma.lower() in REPORTING:  # "X said there was no truth to the reports": what X said too
            tree = sorted(tree + [t for k in kids.get(verb.i, []) if k.dep == "ccomp" for t in _subtree(k, kids, ())],
                          key=lambda t: t.i)
        if verb.lemma.lower() == "find":  # "found Hallek guilty of bribe-taking": the verdict's words (clauses.py)
            tree = sorted(tree + [t for k in kids.get(verb.i, []) if k.dep == "ccomp" and k.lemma.lower() == "guilty"
                                  for t in _subtree(k, kids)], key=lambda t: t.i)
        classes = _lemma_classes(verb)
        if told_denied and verb.lemma.lower() in DENY and not _sacked(verb, kids):
            classes = classes - {"dismiss"}  # "dismissed the reports": a denial, no post lost
        # "he remains in his home, willing to cooperate": two happenings, two facts (two units)
        cut: set[int] = set()
        for t in ([] if split or not classes else kids.get(verb.i, [])):
            if t.dep == "acomp" and (_lemma_classes(t) | {c for k in kids.get(t.i, []) if k.dep == "xcomp"
                                                          for c in _lemma_classes(k)}) - classes:
                work.append((t, stance, back, True))
                cut |= {x.i for x in _subtree(t, kids)}
        tree = [t for t in tree if t.i not in cut]
        # "were drafted in to drive passenger trains", "was sent to guard the border": the purpose is part of what
        # is told (a clause of its own is left to its own unit)
        tree = sorted(tree + [t for k in kids.get(verb.i, []) if k.dep == "advcl" and k.pos == "VERB" and any(
            a.dep == "aux" and a.lemma.lower() == "to" for a in kids.get(k.i, [])) and k.i not in heads
            for t in _subtree(k, kids)], key=lambda t: t.i)
        classes = _phrasal(verb, kids, by_i) or classes  # an idiom's sense is not its verb's ("opened fire" frees nothing)
        part_in = _part_in(verb, kids)
        if part_in is not None:  # "took part in the attack" attacks; it takes nothing
            classes = frozenset(c for o in part_in for c in _lemma_classes(o)) or frozenset({"verb:participate"})
        if verb.lemma.lower() == "pass" and "inspect" in classes and not any(
                k.dep in ("dobj", "nsubjpass") and (_lemma_classes(k) & {"inspect"} or k.lemma.lower() in _TESTS)
                for k in kids.get(verb.i, [])):
            classes = frozenset({"verb:pass"})  # "passed classified material to X" hands it over; no test passed
        if any(k.lemma.lower() == "toll" and k.dep in ("nsubj", "nsubjpass", "dobj") for k in kids.get(verb.i, [])):
            classes = classes | {"kill"}  # "the toll rose to 19", "put the toll at nine": deaths counted
        copula = verb.pos == "AUX" or verb.lemma.lower() == "be"  # "there is" may be tagged a verb
        if verb.lemma.lower() in _OCCUR and not (classes - {"verb:" + verb.lemma.lower()}):
            # "an explosion tore through the refinery", "the blast happened in a hydrocracking unit": the happening
            # its subject names took place
            classes = frozenset(c for k in kids.get(verb.i, []) if k.dep == "nsubj" and k.pos == "NOUN"
                                for c in _lemma_classes(k)) or classes
        if classes == {"remain"} and verb.lemma.lower() in PREDICATES["remain"]:
            # "the ban remains in force" is the ban, still ("fishing remains banned")
            classes = classes | frozenset(c for k in kids.get(verb.i, []) if k.dep == "nsubj" and k.pos == "NOUN"
                                          for c in _lemma_classes(k) if c in TERMS | {"close", "impose", "cut"})
        # "Commander Kesheli is alive": one named is not dead (not "some of them are alive": who is unknown)
        alive = copula and any(k.dep == "acomp" and k.lemma.lower() == "alive" for k in kids.get(verb.i, [])) and any(
            k.dep == "nsubj" and k.ent_type == "PERSON" for k in kids.get(verb.i, []))
        if alive:
            classes = frozenset({"kill"})
        # "announced his resignation", "confirmed the arrest": a report of a happening its object names
        reports_noun = verb.lemma.lower() in REPORTING and not any(k.dep == "ccomp" for k in kids.get(verb.i, []))
        if verb.lemma.lower() in _LIGHT | DENY | _PERCEIVE or copula or reports_noun:
            # a light verb's noun carries the happening ("took a flight", "there was an explosion", "was at
            # fault", "denied any wrongdoing"); a noun merely named in the clause does not ("the toll from the
            # explosion rose")
            args = [k for k in kids.get(verb.i, []) if k.dep in ("dobj", "attr", "nsubj", "nsubjpass")]
            args += [o for p in kids.get(verb.i, []) if p.dep == "prep" and copula
                     for o in kids.get(p.i, []) if o.dep == "pobj"]
            # "no indication of a maintenance failure": what the evidence would be of
            # ("denied reports on social media of a second explosion": see _reported_of)
            args += [o for a in args if a.lemma.lower() in REPORT_NOUNS for o in _reported_of(a, kids)]
            # ("the spying claims were pure fabrication": what the claims are of)
            of_report = [c for a in args if a.lemma.lower() in REPORT_NOUNS for c in kids.get(a.i, [])
                         if c.dep in ("compound", "amod") and _lemma_classes(c)]
            args += of_report
            if reports_noun and not any(k.dep == "nsubjpass" or k.dep == "dobj" and k.pos != "PRON"
                                        and k.lemma.lower() not in _AUDIENCES for k in kids.get(verb.i, [])):
                # "residents told us of a second blast": what they tell of happened, on their word (one who "was
                # told of the closure" was informed: see below)
                args += [o for p in kids.get(verb.i, []) if p.dep == "prep" and p.lemma.lower() in ("of", "about")
                         for o in kids.get(p.i, []) if o.dep == "pobj"]
            classes = frozenset(c for t in args if (t.pos == "NOUN" or t in of_report)
                                and t.lemma.lower() not in REPORT_NOUNS
                                for c in _lemma_classes(t)) or classes  # "denied the claims" takes nothing
            if copula and any(k.lemma.lower() == "aboard" or k.dep == "prep" and k.lemma.lower() == "on" and any(
                    o.lemma.lower() == "board" for o in kids.get(k.i, [])) for k in kids.get(verb.i, [])):
                classes = frozenset({"carry"})  # "150 were aboard", "had been on board": who the vessel carried
        # "the structure is sound", "its network was clean", "Dunmere Strand has remained clean throughout": a thing in
        # good order denies its harms (SOUND), whatever else the clause names ("deposits were safe despite the raid")
        sound = frozenset(c for k in kids.get(verb.i, []) if (copula or verb.lemma.lower() in ("remain", "stay"))
                          and k.dep == "acomp" and k.pos == "ADJ"
                          for c in SOUND.get(k.lemma.lower(), ())) if not alive else frozenset()
        sound = sound or _in_order(verb, kids)
        # "every sensor had been working", "the hospital was still standing": in good order, as "sound" is
        subj_lemmas = {k.lemma.lower() for k in kids.get(verb.i, []) if k.dep == "nsubj"}
        if not any(k.dep in ("dobj", "xcomp", "ccomp") for k in kids.get(verb.i, [])) and (
                verb.lemma.lower() in ("work", "function", "operate") and subj_lemmas & DEVICES
                or verb.lemma.lower() == "stand" and subj_lemmas & STRUCTURES and (verb.tag == "VBG" or any(
                    k.lemma.lower() == "still" for k in kids.get(verb.i, [])))):
            sound = SOUND["operational" if subj_lemmas & DEVICES else "intact"]
        if sound:
            classes = sound
        # "has maintained his innocence", "insists he is innocent": fault denied, as "denied any wrongdoing" is
        innocent = _innocent(verb, kids, copula)
        if innocent:
            classes = frozenset({"fault"})
        if verb.lemma.lower() in ("enter", "leak", "seep", "get") and any(
                k.dep == "nsubj" and k.lemma.lower() in POLLUTANTS for k in kids.get(verb.i, [])) and any(
                o.lemma.lower() in WATERS for k in kids.get(verb.i, []) for o in [k] + kids.get(k.i, [])
                if k.dep == "dobj" or k.dep == "prep" and k.lemma.lower() == "into"):
            classes = frozenset({"contaminate"})  # "sewage had entered the drinking water supply"
        told_of = [k for k in kids.get(verb.i, [])] if verb.lemma.lower() == "tell" and not classes else []
        if told_of and not any(k.dep in ("ccomp", "xcomp") for k in told_of) and any(
                k.dep == "prep" and k.lemma.lower() in ("of", "about") for k in told_of) and any(
                k.dep == "nsubjpass" or k.dep == "dobj" and k.pos == "NOUN" and k.lemma.lower() not in _AUDIENCES
                for k in told_of):
            # "was not told of the closure in advance": informed ("told reporters about the attack" reports it)
            classes = frozenset({"inform"})
        # "was ready to cooperate", "remains at home, willing to cooperate": the complement's happening too
        comp = [t for t in tree if t.dep in ("acomp", "xcomp", "advcl", "pcomp") and t.pos in ("ADJ", "VERB")
                and t.i != verb.i]  # (a clause's own verb may be an advcl: "after the minister fired X")
        # "was found guilty of accepting bribes": what one is guilty of is the charge, not a happening told
        comp = [t for t in comp if not (t.dep == "pcomp" and t.head in by_i and by_i[t.head].head in by_i
                                        and by_i[by_i[t.head].head].lemma.lower() in PREDICATES["fault"])]
        if verb.lemma.lower() == "find" and any(k.dep in ("oprd", "acomp", "ccomp", "xcomp") and k.lemma.lower() ==
                                                 "guilty" for k in kids.get(verb.i, [])):
            classes = frozenset({"convict"})  # "was found guilty", "found him guilty": a verdict
        if verb.lemma.lower() == "call" and any(k.dep == "oprd" for k in kids.get(verb.i, [])):
            classes = frozenset({"verb:call"})  # 'called the theft "a wound"' names it; it calls for nothing
        if verb.lemma.lower() == "blow" and any(k.dep == "dobj" for k in kids.get(verb.i, [])) and not any(
                k.dep == "prt" and k.lemma.lower() in ("up", "apart") for k in kids.get(verb.i, [])):
            classes = frozenset({"verb:blow"})  # "protesters blew whistles" ("blew up the bridge" explodes it)
        if verb.lemma.lower() == "drop" and any(k.dep in ("dobj", "nsubjpass") and (
                k.ent_type == "PERSON" or k.lemma.lower() in POSTS | {"he", "she"}) for k in kids.get(verb.i, [])):
            # "dropped her", "was dropped by its sponsor" ("dropped the charges": no tie)
            classes = frozenset({"sever"})
        comp += [k for t in comp for k in kids.get(t.i, []) if k.dep in ("xcomp", "pcomp") and k.pos == "VERB"]
        # "told its units to stop firing": the stopping is told, not the firing
        comp = [t for t in comp if not (t.dep in ("xcomp", "pcomp") and t.head in by_i
                                        and by_i[t.head].lemma.lower() in _STOPS)]
        extra = frozenset(c for c, vs in PREDICATES.items() for t in comp
                          if t.lemma.lower() in vs and t.lemma.lower() not in REPORTING)  # "news claiming ..." reports
        extra |= {c for t in comp if t.pos == "VERB" for c in _phrasal(t, kids, by_i)}  # "ready to extend its hand"
        # "showed no trace of X", "no one was hurt", "found nothing": a negated argument negates the clause
        carriers = [t for t in comp if _lemma_classes(t)] if extra else []  # "was not to blame"
        negated = any(k.dep == "neg" for t in [verb] + carriers for k in kids.get(t.i, [])) or any(
            k.dep in ("dobj", "nsubj", "nsubjpass", "attr") and (k.lemma.lower() in _NOBODY or any(
                d.dep == "det" and d.lemma.lower() == "no" for d in kids.get(k.i, [])) or k.dep != "dobj"
                                                                         and _not_one(k, kids))
            for k in kids.get(verb.i, [])) \
            or any(o.dep == "pobj" and o.lemma.lower() in _WHEN_NOT and any(  # "had at no point towed the vessel"
                d.dep == "det" and d.lemma.lower() == "no" for d in kids.get(o.i, []))
                   for p in kids.get(verb.i, []) if p.dep == "prep" for o in kids.get(p.i, []))
        # 'was "not in negotiations with X"', "is not on the list": the parse may hang the negation on the copula's
        # preposition
        negated = negated or alive or copula and any(k.dep == "prep" and any(n.dep == "neg" for n in kids.get(k.i, []))
                                                     for k in kids.get(verb.i, []))
        # "was in no danger of giving way": a copula's place or state denied
        negated = negated or copula and any(o.dep == "pobj" and any(d.dep == "det" and d.lemma.lower() == "no"
                                                                    for d in kids.get(o.i, []))
                                            for p in kids.get(verb.i, []) if p.dep == "prep" for o in kids.get(p.i, []))
        negated = negated != bool(sound)  # ("the water was not safe": contaminated, as far as the speaker says)
        negated = negated != innocent  # ("is not innocent": at fault)
        # "should not intervene" is advice, not the denial of a fact
        advice = negated and any(k.dep == "aux" and k.lemma.lower() in _ADVICE for k in kids.get(verb.i, []))
        flip = False
        if negated and extra:
            # "does not plan on leaving": the opposite happening, asserted
            flipped = frozenset(y for x, y in OPPOSITES if x in extra)
            if flipped:
                classes, extra, flip = flipped, frozenset(), True
        elif negated and verb.lemma.lower() in _MOVES | {"survive"} and not advice and not any(
                t.lemma.lower() in DENY for t in toks):
            # "I have not left", "the army has not withdrawn": staying, asserted (and opposed to any leaving), as
            # "four others did not survive" is dying; beside a denial ("denied fleeing, writing that he never left")
            # it restates the denial
            classes, flip = frozenset(y for x, y in OPPOSITES if x in classes) or classes, True
        # "asked its forces to withdraw", "ordered residents to leave": the complement's verb tells the happening
        directs = verb.lemma.lower() in _DIRECTIVE
        told = next((t for t in comp if t.pos == "VERB" and (t.dep == "xcomp" or not directs)
                     and (_lemma_classes(t) or _phrasal(t, kids, by_i))), None) if extra and (not classes or directs) else None
        if told is not None:
            classes = frozenset()
        classes = classes | extra
        xcomp = next((t for t in kids.get(verb.i, []) if t.dep == "xcomp" and t.pos == "VERB"), None)
        if directs and told is None and not extra and xcomp is not None:
            # "ordered him to pay a fine" / "ordered him to report to the police": what is ordered tells them apart
            classes = frozenset({"verb:" + xcomp.lemma.lower()})
        if not classes and copula and xcomp is None:  # "was about to recall", "is due to vote": the state's verb
            xcomp = next((x for k in kids.get(verb.i, []) if k.dep == "acomp" for x in kids.get(k.i, [])
                          if x.dep == "xcomp" and x.pos == "VERB"), None)
        if not classes and copula and xcomp is not None and xcomp.lemma.lower() != "blame" and any(
                a.dep == "aux" and a.lemma.lower() == "to" for a in kids.get(xcomp.i, [])):
            classes = frozenset({"verb:" + xcomp.lemma.lower()})  # "is to visit the port": the visit (ahead)
        if not classes and verb.lemma.lower() in _INTENDS and xcomp is not None and any(
                a.dep == "aux" and a.lemma.lower() == "to" for a in kids.get(xcomp.i, [])):
            # "they intend to question the managers": the questioning, yet to come (see when.is_future), as "they
            # would question the chief executive" tells it
            classes, told = frozenset({"verb:" + xcomp.lemma.lower()}), xcomp
        if not classes and verb.pos in ("VERB", "AUX") and (verb.lemma.lower() not in REPORTING or (
                verb.lemma.lower() in CLAUSE_ONLY | _SHOWS and not any(k.dep == "ccomp"
                                                                       for k in kids.get(verb.i, [])))):
            classes = frozenset({"verb:" + verb.lemma.lower()})  # a happening (or a state: "is the largest")
        # "412 suspected cases had been reported", "the coast guard reported a slick of about 12 kilometres", "the
        # papers show payments of 1.2 million crowns": a report of a counted thing tells that thing, on the
        # reporter's word (the reporter is its source, not its actor: see below)
        counts_told = not classes and verb.lemma.lower() in _COUNTS_TOLD and not any(
            k.dep in ("ccomp", "xcomp") for k in kids.get(verb.i, [])) and any(
            k.dep in ("dobj", "nsubjpass") and k.pos == "NOUN" and k.lemma.lower() not in REPORT_NOUNS
            and any(t.pos == "NUM" for t in _subtree(k, kids)) for k in kids.get(verb.i, []))
        if counts_told:
            classes = frozenset({"verb:" + verb.lemma.lower()})
        ents = frozenset(idx[(art.id, t.start)] for t in tree if (art.id, t.start) in idx)
        ents = ents | frozenset(titles[t.lemma.lower()] for t in tree if t.lemma.lower() in titles)
        subj_toks = [k for k in kids.get(verb.i, []) if k.dep in ("nsubj", "nsubjpass")]
        # "The central bank, which raised ...": the bank raised it; "The ferry, which some reports wrongly said had
        # sunk": the ferry had sunk, as the reports told it
        # (the noun takes the relative pronoun's part: "The minister, who resigned on Monday, was questioned" tells
        # that the minister resigned, though he is the one questioned in the main clause)
        rel = by_i.get(verb.head) if verb.dep == "ccomp" and verb.head in by_i else verb
        role = {}
        if rel is not None and rel.dep == "relcl" and rel.head in by_i:
            role = {rel.head: k.dep for k in subj_toks if k.lemma.lower() in ("which", "who", "that")}
            subj_toks = [by_i[rel.head] if k.lemma.lower() in ("which", "who", "that") else k for k in subj_toks]
        # "the collapse was caused by a tremor": the agent acts; what it acts on is the target
        agents = [o for a in kids.get(verb.i, []) if a.dep == "agent" for o in kids.get(a.i, []) if o.dep == "pobj"]
        # "the crossing has been closed", "a soldier was captured": what is acted on, not who acts
        patients = [k for k in subj_toks if role.get(k.i, k.dep) == "nsubjpass"]
        noun = None
        if verb.dep == "acl" and verb.tag in ("VBN", "VBD") and verb.head in by_i and not subj_toks \
                and by_i[verb.head].dep != "ROOT":  # (a root noun's verb is the sentence's: see _clause_heads)
            # "the opposition leader detained on Tuesday": the noun it is set after is what it befell (the name
            # that noun stands in apposition to: "Mira Ostrova, the opposition leader detained on Tuesday")
            noun = by_i[verb.head]  # (its words go into the clause: "Internet access cut on Monday night")
            named = by_i.get(noun.head) if noun.dep == "appos" else None
            patients = [named if named is not None and (art.id, named.start) in idx else noun]
            ents = ents | {idx[(art.id, t.start)] for t in _subtree(patients[0], kids, _SUBJECT_STOP)
                           if (art.id, t.start) in idx}
        # "Koss Partners received payments from Ostvale": Ostvale paid
        # ("Hallek took 2.4 million talers in bribes from Marovic", "pocketed bribes": Marovic paid Hallek)
        paid = verb.lemma.lower() in _RECEIVING and any(
            k.dep == "dobj" and (k.lemma.lower() in _MONEY or any(
                o.lemma.lower() in _MONEY for p in kids.get(k.i, []) if p.dep == "prep" and p.lemma.lower() == "in"
                for o in kids.get(p.i, []) if o.dep == "pobj")) for k in kids.get(verb.i, []))
        paid = paid and (verb.lemma.lower() == "receive" or any(k.dep == "nsubj" for k in kids.get(verb.i, [])))
        classes = frozenset({"verb:pay"}) if paid else classes
        if paid or verb.lemma.lower() == "receive" and classes & {c for k in kids.get(verb.i, []) if k.dep == "dobj"
                                                                  for c in _lemma_classes(k)}:
            # "X received a warning (from Y)": X is warned, Y warns
            patients = [k for k in subj_toks if role.get(k.i, k.dep) == "nsubj"]
            objs = [k for k in kids.get(verb.i, []) if k.dep == "dobj"]
            objs += [o for k in objs for p in kids.get(k.i, []) if p.dep == "prep" and p.lemma.lower() == "in"
                     for o in kids.get(p.i, []) if o.dep == "pobj"]  # ("took 2.4 million in bribes from X")
            agents = [o for w in [verb] + objs
                      for p in kids.get(w.i, []) if p.dep == "prep" and p.lemma.lower() == "from"
                      for o in kids.get(p.i, []) if o.dep == "pobj"]  # (from whom: on the verb or its object)
            subj_toks = []
        subj_toks = agents or [k for k in subj_toks if role.get(k.i, k.dep) != "nsubjpass"]
        if not patients or agents:
            lost = [] if subj_toks else _lost_subject(verb, kids, by_i)
            if lost and not agents and verb.dep == "xcomp" and any(k.dep == "auxpass" for k in kids.get(verb.i, [])):
                patients = lost  # "X is said to have been spotted": X was spotted (by someone unnamed)
            else:
                subj_toks = subj_toks or lost
        accused = [k for k in kids.get(verb.i, []) if k.dep == "dobj"] if verb.lemma.lower() == "accuse" else []
        if verb.lemma.lower() in ("accuse", "suspect") and not accused and any(
                k.dep == "auxpass" for k in kids.get(verb.i, [])):
            # "X was accused of dumping waste", "is suspected of taking bribes": X is said to have done it
            accused = [k for k in kids.get(verb.i, []) if k.dep == "nsubjpass"]
            patients = [k for k in patients if k not in accused] if accused else patients
        deed = [c for p in kids.get(verb.i, []) if p.dep == "prep" and p.lemma.lower() == "of"
                for c in kids.get(p.i, []) if c.dep == "pcomp" and c.pos == "VERB"] if accused else []
        if deed and classes == {"verb:" + verb.lemma.lower()}:
            classes = frozenset({"verb:" + deed[0].lemma.lower()})  # ("accused of dumping waste": a dumping)
        if accused:
            # "the army accused the movement of breaking the truce": the movement is said to have broken it
            subj_toks, stance = accused, "hedged" if stance == "asserts" else stance
        # the verb whose subject this is ("X said he remains at home, willing to cooperate": "remains")
        gov = by_i[verb.head] if verb.dep in ("xcomp", "acomp") and verb.head in by_i and not any(
            k.dep in ("nsubj", "nsubjpass") for k in kids.get(verb.i, [])) else verb
        # the actor's own name, not what its appositives and phrases mention ("Hezbollah, an ally of X")
        subj = frozenset(idx[(art.id, t.start)] for k in subj_toks
                         for t in _subtree(k, kids, _SUBJECT_STOP) if (art.id, t.start) in idx)
        while gov.dep == "conj" and gov.head in by_i:  # '"I am at home and I have not left," X said'
            gov = by_i[gov.head]
        said_by = by_i[gov.head] if gov.dep == "ccomp" and gov.head in by_i and \
            by_i[gov.head].lemma.lower() in REPORTING | DENY else None
        if told_denied and said_by is None and gov.dep in ("acl", "relcl", "ccomp") and gov.head in by_i:
            # "Corvasse denied rumours that it was preparing to X": the denier speaks of itself
            rumour = by_i[gov.head]
            if rumour.lemma.lower() in REPORT_NOUNS and rumour.dep == "dobj" and rumour.head in by_i \
                    and by_i[rumour.head].lemma.lower() in DENY:
                said_by = by_i[rumour.head]
        own = False  # the speaker speaks of himself ("X said he would not resign")
        self_word = bool(subj_toks) and (subj_toks[0].pos == "PRON" and subj_toks[0].lemma.lower() in ("he", "she")
                                         or subj_toks[0].text.lower() == "i" or subj_toks[0].lemma.lower() in _OWN
                                         and subj_toks[0].lemma.lower() not in titles)
        # "KNR said it was considering an appeal": a body speaks of itself ("it was too early to say" is no actor)
        body_word = bool(subj_toks) and subj_toks[0].lemma.lower() in ("it", "we") and not copula
        # ("He had been passing material since 2023, Salo said": a "he" told before its speaker is another man)
        before_speaker = self_word and said_by is not None and subj_toks[0].text.lower() in ("he", "she") and any(
            k.i > subj_toks[0].i for k in _speaker(said_by, kids, by_i))
        if not subj and (self_word and not before_speaker or body_word) and said_by is not None:
            # "X said he was ready", '"I have not left," X said', "Prime Minister X said the government was
            # ready": the speaker speaks of himself or of the body he leads
            speaker = _speaker(said_by, kids, by_i)
            kinds = ("ORG", "NORP", "GPE") if body_word else ("PERSON",)
            subj = frozenset(idx[(art.id, t.start)] for k in speaker for t in _subtree(k, kids)
                             if (art.id, t.start) in idx and t.ent_type in kinds)
            own = self_word and bool(subj)
        if not subj and subj_toks and subj_toks[0].lemma.lower() in titles:  # "the governor" named earlier
            subj = frozenset({titles[subj_toks[0].lemma.lower()]})
        pronoun = (subj_toks or patients or [None])[0]
        # ("prosecutors confirmed that she was being held": a body or many speak, so "she" is not the speaker; nor
        # is "he" in "he has not been charged, his lawyer said")
        said_by_body = said_by is not None and any(k.pos in ("NOUN", "PROPN") and k.ent_type != "PERSON" and (
            k.tag in ("NNS", "NNPS") or k.lemma.lower() in _BODIES or any(
                d.dep == "poss" and d.lemma.lower() in ("he", "she", "his", "her") for d in kids.get(k.i, [])))
            for k in _speaker(said_by, kids, by_i)[:1])
        # ("She said she would not resign", '"I am not going anywhere," he said': a pronoun speaker, standing for
        # the person named before, speaks of herself)
        speaker = _speaker(said_by, kids, by_i)[:1] if said_by is not None else []
        said_by_self = bool(speaker) and pronoun is not None and speaker[0].pos == "PRON" \
            and speaker[0].text.lower() in ("he", "she") and pronoun.text.lower() in (speaker[0].text.lower(), "i")
        if person and not subj and pronoun is not None and (
                pronoun.text.lower() in ("he", "she") and (said_by is None or said_by_body or before_speaker)
                or said_by_self):
            # "he" is the person named just before (see _antecedent): who acts, or who is acted on ("He was charged")
            if subj_toks:
                subj = frozenset({person})
            ents = ents | {person}
            own = own or said_by_self
        befell = person if person and not subj_toks and patients and patients[0].text.lower() in ("he", "she") \
            and person in ents else None  # "when she was provisionally suspended": whom it befell
        if befell is None and not subj_toks and patients and patients[0].text.lower() in ("he", "she") \
                and said_by is not None:
            # "X's family denied he had been arrested", "X's lawyer said he had been questioned": the one whose speaker
            # it is ("He had been held for days, X's lawyer said": a "he" told before the speaker is another)
            speaker = _speaker(said_by, kids, by_i)
            named_by = {idx[(art.id, t.start)] for k in speaker for o in kids.get(k.i, []) if o.dep == "poss"
                        for t in _subtree(o, kids) if (art.id, t.start) in idx and t.ent_type == "PERSON"}
            if len(named_by) == 1 and not any(k.i > patients[0].i for k in speaker):
                befell = next(iter(named_by))
                ents = ents | {befell}
        head = subj_toks[0] if subj_toks else None
        if head is not None and head.lemma.lower() in _FIRE:  # "hit by fire from our forces": the forces fired
            head = next((o for h in (head, verb) for p in kids.get(h.i, [])
                         if p.dep == "prep" and p.lemma.lower() in ("from", "by", "of") and p.i > head.i
                         for o in kids.get(p.i, []) if o.dep == "pobj"), head)
        if "take" in classes and "fall" in {verb.lemma.lower()} | {t.lemma.lower() for t in comp} and not (
                head is not None and (head.ent_type in ("GPE", "LOC", "FAC") or head.lemma.lower() in _PLACES)):
            classes = classes - {"take"}  # a government falls (ends); a city falls (is taken)
        if verb.lemma.lower() == "fall" and any(t.pos == "NUM" or t.text.lower() in ("%", "percent")
                                               for k in kids.get(verb.i, []) if k.dep not in ("nsubj", "nsubjpass")
                                               for t in _subtree(k, kids)):
            classes = frozenset({"verb:fall"})  # "shares fell 18 per cent": a value going down, nothing taken or ended
        if verb.lemma.lower() in ("reach", "hit", "top") and (any(
                t.pos == "NUM" and t.ent_type in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY")
                for k in kids.get(verb.i, []) if k.dep == "dobj" for t in _subtree(k, kids)) or any(
                k.dep in ("dobj", "npadvmod") and (k.lemma.lower() in _LEVELS or k.lemma.lower() == "time" and any(
                    n.dep == "nummod" for n in kids.get(k.i, []))) for k in kids.get(verb.i, []))):
            # "the losses could reach 1.2 billion crowns", "hit a record 40 percent", "reached five times the legal
            # limit": a value come to, nothing taken or struck (a toll counts deaths still)
            classes = frozenset(c for c in classes if c not in ("take", "attack", "arrive")) or frozenset(
                {"verb:" + verb.lemma.lower()})
        subject_head = _head_key(head, kids, art, idx)
        theme = _head_key(patients[0], kids, art, idx) if patients and not agents else None
        titled = frozenset()
        if theme is None and patients and not agents and patients[0].pos == "NOUN":
            # "its chairman has not been arrested": the one so titled
            theme = titled_after.get(patients[0].lemma.lower())
            titled = frozenset({theme}) if theme else titled
        theme = theme or befell
        client = _client_of(said_by, kids, by_i, art, idx)
        if client and head is not None and _is_client(head, kids):  # "X's lawyer said his client had fled": X
            subj, subject_head, ents = frozenset({client}), client, ents | {client}
        if client and patients and not agents and _is_client(patients[0], kids):
            theme, ents = client, ents | {client}
        if _figure_put(verb, kids) or counts_told:
            # "prosecutors put the bribes at 2.4 million": who puts a figure is its source, not the one who paid
            # ("Marovic paid Hallek 2.4 million"); the figure and what it counts tell the fact (and so for "the
            # coast guard reported a slick of 12 kilometres")
            subj, subject_head = frozenset(), None
        nouns = frozenset(t.lemma.lower() for t in tree if (t.pos in ("NOUN", "PROPN") or t.dep == "compound")
                          and t.lemma.lower() not in _STOP_NOUNS)  # "patient data" (the tagger may call it ADJ)
        nums, counted = set(), set()
        # "far more than the coast guard's estimate of 90": the other count a comparison is made with
        # ("rather than the 4,200 it reported", "well below the 1.2 million put forward by X", "up from nine": the
        # figure set against this one, or the one it replaced)
        compared = {x.i for t in tree if t.dep == "prep" and (
            t.lemma.lower() == "than" and any(o.dep == "pobj" and (o.pos in ("NOUN", "PROPN") or any(
                k.lemma.lower() in ("rather", "instead") for k in kids.get(t.i, []) + kids.get(t.head, [])
                if k.dep == "advmod")) for o in kids.get(t.i, []))
            or t.lemma.lower() in ("below", "above")
            and any(o.dep == "pobj" and o.pos == "NUM" for o in kids.get(t.i, []))
            or t.lemma.lower() == "from" and t.head in by_i and by_i[t.head].lemma.lower() in ("up", "down")
            # "raised the credit line to 8 billion from 5 billion": the figure it was changed from
            or t.lemma.lower() == "from" and _to_figure(t, kids) and any(
                o.dep == "pobj" and any(x.pos == "NUM" for x in _subtree(o, kids)) for o in kids.get(t.i, [])))
                    for x in _subtree(t, kids)}
        # a participle phrase's figures are the clause's ("puts the amount of oil spilled at 3,000 tonnes"), unless
        # the phrase tells a happening of its own ("struck the valley, killing 12": the killing's, see clauses.py)
        phrase = [x for t in tree for k in kids.get(t.i, []) if _participle(k, kids) and k.i not in heads
                  for x in _subtree(k, kids)]
        ordered = sorted((t for t in tree + phrase if t.i not in compared), key=lambda t: t.i)
        for t in ordered:
            # the scale written after a figure, hyphenated or not ("1.4 billion", "a 46-million-crown contract")
            after = by_i.get(t.i + 2) if t.i + 1 in by_i and by_i[t.i + 1].text == "-" else by_i.get(t.i + 1)
            before = by_i.get(t.i - 2) if t.i - 1 in by_i and by_i[t.i - 1].text == "-" else by_i.get(t.i - 1)
            if _times(before, t, by_i):
                continue  # "dozen" of "two dozen", "hundred" of "one hundred", read with the number before
            elif t.lemma.lower() in ("one", "single") and t.head in by_i and _not_one(by_i[t.head], kids):
                continue  # "not one patient", "not a single soldier": none, no figure
            elif _half_dozen(t, by_i):
                nums.add(6.0)  # "half a dozen soldiers"
                counted.add((6.0, _count_noun(t, kids, by_i)))
            elif t.text.lower() in VAGUE:  # negative: a magnitude, never equal to a figure
                nums.add(VAGUE[t.text.lower()])
            elif t.text.lower() in _SCALES and before is not None and before.pos == "NUM":
                continue  # the scale of the number before it, read with it
            elif _compound(before, t, by_i) or _hundred_and(t, by_i):
                continue  # "two" of "Twenty-two", "twenty" of "one hundred and twenty": read with what comes before
            elif _numeric(t) and _age(t, by_i):
                continue  # "the 27-year-old", "a 34-year-old driver": an age, no figure of the fact
            elif _numeric(t) and t.dep == "nummod" and t.head in by_i and by_i[t.head].lemma.lower() in DURATION \
                    and not classes & TERMS and not _held_for(verb, kids):
                continue  # "fired for twenty minutes" tells how long, not how many (a prison term's length counts, and
                # so does how long one was held: see _held_for)
            elif _numeric(t) and (value := parse_number(t.text)) is not None:
                if after is not None and after.text.lower() in _SCALES:
                    value *= _SCALES[after.text.lower()]  # "1.4 billion" is one figure, not 1.4 and a billion
                word = t
                if _compound(t, after, by_i):
                    value += parse_number(after.text)  # "Fifty-nine" is 59, not 50 and 9
                    word = after  # (the parse hangs the unit on what is counted)
                elif _times(t, after, by_i):
                    value *= _TIMES[after.text.lower()]  # "two dozen" is 24, "one hundred" 100
                    word = after
                    tail = by_i.get(after.i + 2)
                    if _hundred_and(tail, by_i):
                        value += parse_number(tail.text)  # "one hundred and twenty"
                    elif after.i + 1 in by_i and by_i[after.i + 1].text.lower() in _SCALES:
                        value *= _SCALES[by_i[after.i + 1].text.lower()]  # "two hundred thousand"
                elif after is not None and after.text.lower() in _ABBREVIATED and after.start == t.start + len(t.text):
                    value *= _ABBREVIATED[after.text.lower()]  # "£5m", split by the tokenizer, is five million
                    word = None  # (a sum: what it counts is its currency, which the parse does not hang on it)
                nums.add(value)
                counted.add((value, _count_noun(word, kids, by_i) if word is not None else ""))
        ones = subj_toks + patients + [k for k in kids.get(verb.i, []) if k.dep == "dobj"]
        # (and the nouns the parse makes compounds of them: "declared a Kessarian diplomat persona non grata")
        ones += [c for k in ones for c in _subtree(k, kids) if c.dep == "compound" and c.pos == "NOUN"]
        for k in ones:
            if k.tag == "NN" and k.lemma.lower() in _ONE_OF and not _not_one(k, kids) and any(
                    d.dep == "det" and d.lemma.lower() in ("a", "an") for d in kids.get(k.i, [])):
                nums.add(1.0)  # "police arrested a man" is one, not "three men"
                counted.add((1.0, ""))
        ranked = subj_toks + [k for k in kids.get(verb.i, []) if k.dep == "dobj"]
        ordinal = next((ORDINALS[a.lemma.lower()] for k in ranked for a in kids.get(k.i, [])
                        if a.dep == "amod" and a.lemma.lower() in ORDINALS), None)
        # "has not revised its figure of 800 tonnes", "has not updated its tally of 41 deaths": the figure stands
        flip = flip or negated and verb.lemma.lower() in REVISING and any(
            k.dep == "dobj" and k.lemma.lower() in RETRACTED for k in kids.get(verb.i, []))
        negated = negated and not flip
        no_such = negated and any(t.lemma.lower() == "such" and t.dep == "amod" and t.head in by_i and any(
            d.dep == "det" and d.lemma.lower() == "no" for d in kids.get(t.head, [])) for t in tree)
        back = back or no_such  # "said no such instruction had been given": denies what the sentence before tells
        if _called_false(verb, kids) or _told_wrongly(verb, kids) and not told_denied and not _sacked(verb, kids):
            negated = not negated  # "reports of looting were false" denies it; "were not false" does not
        if stance == "asserts" and not advice and (negated or sentence_denies and verb.dep in ("ccomp", "acl")):
            stance = "denies"
        if stance == "asserts" and sentence_hedged:
            stance = "hedged"
        ents = ents | subj
        subject_words = frozenset(t.lemma.lower() for k in subj_toks for t in _subtree(k, kids, _SUBJECT_WORDS_STOP)
                                  if t.pos in ("NOUN", "PROPN"))
        # a named happening of one thing denied is one, and so is one asserted of its actor ("the gunmen fled", "it
        # was evacuated", "we have closed the runway")
        one_noun = (told_denied or stance == "denies" and said_by is not None and self_word
                    or stance == "denies" and (subject_words | _patient_words(patients, kids)
                                               | {_absent(verb, kids)}) - (_STOP_NOUNS | {None})
                    and verb.dep not in ("advcl", "pcomp", "relcl", "acl")
                    or stance == "asserts" and (subject_words - _STOP_NOUNS or pronoun is not None
                                                and pronoun.text.lower() in ("he", "she", "it", "we")
                                                and verb.dep not in ("advcl", "pcomp", "relcl", "acl"))) and any(
            not c.startswith("verb:") for c in classes)
        # "Nobody was arrested", "police said no one had been killed": the people it befell, none
        nobody = any(k.lemma.lower() in _NOBODY or k.lemma.lower() == "one" and any(
            d.dep == "det" and d.lemma.lower() == "no" for d in kids.get(k.i, [])) or _not_one(k, kids)
            for k in subj_toks + patients)  # ("Not a single wall came down": none)
        one_noun = one_noun or nobody and any(not c.startswith("verb:") for c in classes)
        # ("denied that any detainee had been mistreated", "continues to deny that any door was locked": what a denial
        # governs of anyone of a kind is a statement, whatever its verb)
        one_noun = one_noun or told_denied and bool(classes) and any(
            k.lemma.lower() in _ANY or d.dep == "det" and d.lemma.lower() == "any"
            for k in subj_toks + patients for d in kids.get(k.i, []) + [k])
        if not (no_such and stance == "denies") and not back and not ents and not nums and \
                len(nouns | (subject_words - _STOP_NOUNS)) + nobody < (1 if one_noun else 2):
            # framing or colour, not a checkable statement; a named happening of one thing denied is one
            # ("denied that its supply was contaminated", "she insisted she had never taken a banned substance"), and
            # so is a denial of what the sentence before tells ("The utility denied the report")
            continue
        words = frozenset(t.lemma.lower() for t in tree if t.pos in ("NOUN", "PROPN", "VERB", "NUM", "ADJ"))
        subj_tree = {t.i for k in subj_toks for t in _subtree(k, kids)}
        objects = frozenset({t.lemma.lower() for t in tree if t.i not in subj_tree}
                            | {idx[(art.id, t.start)] for t in tree if t.i not in subj_tree and (art.id, t.start) in idx})
        # ("Internet access, cut on Monday night": the noun a participle is set after, with its own words)
        befallen = [x for x in kids.get(noun.i, []) if x.dep in ("det", "compound", "amod", "nummod")] + [noun] \
            if noun is not None else []
        clause = sorted({t.i: t for t in tree + [t for k in subj_toks for t in _subtree(k, kids)] + befallen}.values(),
                        key=lambda t: t.i)
        args = [t for t in clause if t.i not in subj_tree and t.i != verb.i
                and t.dep not in ("aux", "auxpass", "neg", "punct", "mark", "cc")]
        if cut and not args:
            continue  # "schools stayed closed": the state split off is the fact; "stayed" alone tells nothing
        because, caused = cause_of(verb, kids, by_i, art, idx)
        out.append(Unit(art.id, sent.index, verb.lemma.lower(), classes, ents, subj, nouns, frozenset(nums),
                        stance, sent.text, back, negated, words, subject_head, objects,
                        _target(verb, kids, art, idx, toks, patients) | titled, join_tokens(clause),
                        _predicate(told or verb, kids),
                        join_tokens(args), verb.i, theme, _absent(verb, kids), subject_words,
                        is_future(verb, kids, by_i) or own and negated and _intent(verb, kids),
                        days_of(verb, classes, kids, by_i, spans), frozenset(counted),
                        ordinal, _owners(verb, kids, art, idx, patients),
                        any(d.dep == "det" and d.lemma.lower() in ("any", "no") for k in subj_toks + patients
                            for d in kids.get(k.i, [])),
                        _lacks(verb, kids), cause=because, effect=caused, span=tuple(t.i for t in clause)))
    # "The coast guard put the figure higher, estimating that 2,000 tonnes had leaked": the figure put is the
    # one the sentence gives
    given = {n for u in out for n in u.numbers if n >= 0}
    return [dataclasses.replace(u, numbers=frozenset(given)) if not u.numbers and u.target & _MEASURES and given
            else u for u in out]


#: What one passes that is a check ("passed a safety inspection", "passed the test").
_TESTS = {"test", "exam", "examination", "review", "assessment", "muster", "evaluation"}

#: Reporting verbs whose counted object is what they tell ("reported a slick of 12 kilometres").
_COUNTS_TOLD = {"report", "show", "reveal", "confirm", "cite"}

#: Verbs of getting money, whose giver pays ("took bribes from X", "received payments from X").
_RECEIVING = {"receive", "take", "accept", "pocket", "collect", "trouser"}

#: Verbs of giving, whose receiver is what they act on ("paid fees to X").
_GIVING = {"pay", "give", "send", "transfer", "hand", "donate", "lend", "wire"}
#: Money one pays and another receives ("received payments from X": X paid).
_MONEY = {"payment", "money", "fee", "fund", "bribe", "kickback", "cash", "sum", "donation", "transfer", "commission"}


#: Verbs that put a figure on something ("put the toll at 40", "estimated the loss at 800 tonnes")
_PUTS = {"put", "estimate", "place", "set"}


#: What one has no "intention" or "plans" of doing is not yet done
_INTENTS = {"intention", "intent", "plan", "desire"}


def _part_in(verb: Token, kids) -> list[Token] | None:
    """What one "took part in" or "participated in" (its nouns); None for any other verb."""
    ks = kids.get(verb.i, [])
    if verb.lemma.lower() == "participate":
        holders = [verb]
    elif verb.lemma.lower() == "take" and any(k.dep == "dobj" and k.lemma.lower() == "part" for k in ks):
        holders = [verb] + [k for k in ks if k.dep == "dobj" and k.lemma.lower() == "part"]
    else:
        return None
    return [o for h in holders for p in kids.get(h.i, []) if p.dep == "prep" and p.lemma.lower() == "in"
            for o in kids.get(p.i, []) if o.dep == "pobj"]


def _in_order(verb: Token, kids) -> frozenset[str]:
    """Acting or running in good order, and the harms it denies: "was operating normally" (closing, cutting), "had
    acted lawfully", "all procedures had been followed", "complied with the rules" (fault)."""
    ks = kids.get(verb.i, [])
    lemma = verb.lemma.lower()
    how = {k.lemma.lower() for k in ks if k.dep == "advmod"}
    if lemma in ("operate", "function", "run", "work") and "normally" in how | {
            "normally" for k in ks if k.dep == "prep" and k.lemma.lower() == "as" for o in kids.get(k.i, [])
            if o.lemma.lower() == "usual"}:  # ("as usual")
        return frozenset({"close", "cut"})
    within = any(k.dep == "prep" and k.lemma.lower() == "within" and any(
        o.lemma.lower() == "law" for o in kids.get(k.i, [])) for k in ks)
    if lemma in ("act", "behave") and (how & PROPERLY or within):
        return frozenset({"fault"})
    if lemma == "follow" and any(k.dep in ("dobj", "nsubjpass") and k.lemma.lower() in RULES for k in ks) \
            or lemma == "comply" and any(o.lemma.lower() in RULES for k in ks if k.dep == "prep"
                                         for o in kids.get(k.i, [])):
        return frozenset({"fault"})
    return frozenset()


#: Verbs that hold one's innocence ("maintained his innocence", "protests her innocence", "insisted on his innocence")
_PROFESS = {"maintain", "protest", "proclaim", "profess", "assert", "insist", "declare", "stress", "reiterate"}


def _innocent(verb: Token, kids, copula: bool) -> bool:
    """Innocence held or stated: "has maintained his innocence", "insisted on her innocence", "is innocent"."""
    ks = kids.get(verb.i, [])
    if copula:
        return any(k.dep == "acomp" and k.lemma.lower() == "innocent" for k in ks)
    return verb.lemma.lower() in _PROFESS and any(
        o.lemma.lower() == "innocence" for k in ks for o in ([k] if k.dep == "dobj" else kids.get(k.i, [])
                                                               if k.dep == "prep" and k.lemma.lower() == "on" else []))


def _called_false(verb: Token, kids) -> bool:
    """A report of a happening called false ("reports of a second leak were unfounded", "reports of overdue
    inspections were false and irresponsible", "the spying claims were pure fabrication"), or a figure
    ("figures of 100 million crowns were fantasy"): the happening or the figure denied. ("Reports that X" are the
    report's clause: see clauses.py.)"""
    return verb.lemma.lower() == "be" and any(
        k.dep == "nsubj" and k.lemma.lower() in REPORT_NOUNS | RETRACTED and any(
            p.dep == "prep" and p.lemma.lower() == "of" or p.dep in ("compound", "amod") and _lemma_classes(p)
            for p in kids.get(k.i, [])) for k in kids.get(verb.i, [])) \
        and (any(k.dep in ("acomp", "attr") and k.lemma.lower() in FALSE_WORDS for k in kids.get(verb.i, []))
             or _groundless(verb, kids))  # ("reports of a leak were without foundation")


def _told_wrongly(verb: Token, kids) -> bool:
    """A deed told as done wrongly by its teller ("early reports wrongly placed the arrest in the capital"), or a
    report dismissed within a clause ("insisted the bridge was intact and dismissed reports of a collapse"): what
    it tells is denied."""
    ks = kids.get(verb.i, [])
    return any(k.dep == "advmod" and k.lemma.lower() in _WRONGLY for k in ks) or (
        verb.lemma.lower() in DENY and any(k.dep == "dobj" and k.lemma.lower() in REPORT_NOUNS for k in ks))


def _intent(verb: Token, kids) -> bool:
    """A clause that, in its actor's own words and denied, refuses what is yet to come: "I am not resigning", "she
    was not going anywhere", "he has no intention of stepping down", as "I will not resign" does. The refusal is
    not a denial of the deed a later report tells: the deed reverses it (see claims._denied_ahead)."""
    return verb.tag == "VBG" and any(k.dep == "aux" and k.lemma.lower() == "be" for k in kids.get(verb.i, [])) or (
        verb.lemma.lower() == "have" and any(k.dep == "dobj" and k.lemma.lower() in _INTENTS
                                             for k in kids.get(verb.i, [])))


def _held_for(verb: Token, kids) -> bool:
    """A state whose length is the fact: "was held for nine hours", "were inside the building for about 12
    minutes", "spent about 12 minutes in the building" (a deed's length, "fired for twenty minutes", is not)."""
    lemma = verb.lemma.lower()
    return lemma in _HELD or lemma == "be" and any(k.dep == "prep" and k.lemma.lower() in ("in", "inside")
                                                  for k in kids.get(verb.i, [])) or lemma == "spend" and any(
        k.dep == "dobj" and k.lemma.lower() in DURATION for k in kids.get(verb.i, []))


#: Verbs of keeping someone or something, whose length tells the fact ("held for nine hours").
_HELD = {"hold", "detain", "question", "keep", "trap", "strand", "close", "shut", "suspend", "last"}


def _to_figure(prep: Token, kids) -> bool:
    """A "to" beside this preposition, on the same word, leads to a figure ("raised to 8 billion from 5")."""
    return any(p.dep == "prep" and p.lemma.lower() == "to" and any(x.pos == "NUM" for x in _subtree(p, kids))
               for p in kids.get(prep.head, []))


def _figure_put(verb: Token, kids) -> bool:
    """A figure put on something: "put the crest at 7.9 metres", "estimated the number at 2,000"."""
    # ("put the bribes paid to X at 2.4 million": the parse may hang "at" on the participle)
    return verb.lemma.lower() in _PUTS and any(
        p.dep == "prep" and p.lemma.lower() == "at" and any(t.pos == "NUM" for t in _subtree(p, kids))
        for p in _subtree(verb, kids))


def _lacks(verb: Token, kids) -> frozenset[str]:
    """What the happening went without: "awarded without an open tender"."""
    return frozenset(o.lemma.lower() for p in kids.get(verb.i, []) if p.dep == "prep" and p.lemma.lower() == "without"
                     for o in kids.get(p.i, []) if o.dep == "pobj")


#: Nouns for people, counted: "a man", "a soldier" is one of them.
_ONE_OF = PERSONS | {w for ws in HEAD_CLASS.values() for w in ws} - {"people", "family", "force", "personnel"}


def _count_noun(num: Token, kids, by_i) -> str:
    """What a number counts: its head noun ("40 unarmed observers", "1.4 billion crowns") or its "of" phrase;
    "person" for the names of a group of people ("40 of their men"); "" when there is none or it is too
    generic to tell counts apart ("people")."""
    head = by_i.get(num.head) if num.dep in ("nummod", "compound") else None
    while head is not None and (head.pos == "NUM" or head.text.lower() in _SCALES) and head.head != head.i:
        head = by_i.get(head.head)
    if head is None or head.pos not in ("NOUN", "PROPN"):
        of = [o for p in kids.get(num.i, []) if p.dep == "prep" and p.lemma.lower() == "of"
              for o in kids.get(p.i, []) if o.dep == "pobj"]
        head = of[0] if of else None
    nxt = by_i.get(num.i + 1)
    while nxt is not None and (nxt.pos == "NUM" or nxt.text.lower() in _SCALES):
        nxt = by_i.get(nxt.i + 1)
    if nxt is not None and nxt.pos == "NOUN" and nxt.dep == "compound":
        head = nxt  # "a 5 million crown relief fund": crowns
    if head is None:
        return ""
    lemma = _ACTOR.get(head.lemma.lower(), head.lemma.lower())
    if lemma in _GENERIC or lemma in HEAD_CLASS["people"]:
        return ""
    # reports count one group of people by many names ("30 men" / "30 workers" / "30 miners")
    return "person" if lemma in PERSONS or any(lemma in names for names in HEAD_CLASS.values()) else lemma
