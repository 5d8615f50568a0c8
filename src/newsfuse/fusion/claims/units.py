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
from .when import day_spans, days_of, is_future
from .clauses import _clause_heads, _lemma_classes, _sacked, _subtree
from . import corrections
from .causes import cause_of
from .figures import figures
from .kinds import kind_words, state_of
from .lexicon import (
    REPORTING, DENY, HEDGES, REPORT_NOUNS, PROPOSALS, _NOBODY, _BODIES, _OWN, _SUBJECT_STOP, _SUBJECT_WORDS_STOP,
    _PLACES, _STOP_NOUNS, ORDINALS, _FIRE, REFUSED, RETRACTED, REVISING,
)
from .roles import (
    _SEX, _absent, _antecedent, _client_of, _head_key, _is_client, _lost_subject, _owners, _patient_words, _person_at,
    _sexes, _speaker, _target, _titles,
)
from .senses import (
    _LEVELS, _MONEY, _RECEIVING, _called_false, _figure_put, _intent, _lacks, _not_one, _told_wrongly, sense,
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
    quoted: bool = False  # told inside quotation marks: a speaker's own words


def _quoted(before: str) -> bool:
    """Whether a sentence's words from its start up to here leave a quotation open."""
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


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
        obj = by_i.get(verb.head)
        if verb.dep in ("amod", "compound") and obj is not None and obj.dep == "ROOT" and obj.pos in ("NOUN", "PROPN"):
            # "The pair allegedly smuggled angle-grinder blades into X": a parse that hangs the verb on the noun it
            # acts on (see clauses._clause_heads); the noun and its phrase are the clause's too
            tree = sorted({t.i: t for t in tree + _subtree(obj, kids)}.values(), key=lambda t: t.i)
        meaning = sense(verb, kids, by_i, toks, tree, heads, split, told_denied)
        work.extend((t, stance, back, True) for t in meaning.split_off)
        classes, tree, cut, comp, copula = meaning.classes, meaning.tree, meaning.cut, meaning.comp, meaning.copula
        negated, advice, flip, told, counts_told = meaning.negated, meaning.advice, meaning.flip, meaning.told, \
            meaning.counts_told
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
        # "the seven inmates who escaped on Tuesday": the noun a relative clause tells of is counted by its figure
        counted_by = [x for k in subj_toks if k.i in role for n in kids.get(k.i, []) if n.dep == "nummod"
                      for x in _subtree(n, kids)]
        nums, counted = figures(verb, tree + counted_by, kids, by_i, heads, classes, subj_toks, patients)
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
                            | {idx[(art.id, t.start)] for t in tree
                               if t.i not in subj_tree and (art.id, t.start) in idx})
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
                        _lacks(verb, kids), cause=because, effect=caused, span=tuple(t.i for t in clause),
                        quoted=_quoted(art.text[sent.start:verb.start])))
    # "The coast guard put the figure higher, estimating that 2,000 tonnes had leaked": the figure put is the
    # one the sentence gives
    given = {n for u in out for n in u.numbers if n >= 0}
    return [dataclasses.replace(u, numbers=frozenset(given)) if not u.numbers and u.target & _MEASURES and given
            else u for u in out]

