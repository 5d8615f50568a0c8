"""What happening a clause tells and whether it says it did not take place (``sense``, one record per clause, read
by units.py), beyond its verb's own class: idioms and phrasal verbs ("gave way"), a light verb's noun ("took a
flight"), a complement's happening ("was ready to cooperate"), taking part in a deed, good order that denies a harm
("operating normally", "escaped unhurt"), innocence maintained, a negation turned into the opposite happening ("has
not left": stays), a figure put or a term served, and what a deed went without."""

from __future__ import annotations

from dataclasses import dataclass

from ...model import Token
from ..quantities import DURATION
from .clauses import _groundless, _lemma_classes, _reported_of, _sacked, _subtree
from .lexicon import (
    CLAUSE_ONLY, DENY, DEVICES, FALSE_WORDS, OPPOSITES, PHRASAL, PHRASAL_UNLESS, POLLUTANTS, POSTS, PREDICATES,
    PROPERLY, REPORT_NOUNS, REPORTING, RETRACTED, RULES, SOUND, STRUCTURES, TERMS, UNHURT, WATERS, _ADVICE, _DIRECTIVE,
    _LIGHT, _MOVES, _NOBODY, _STOPS, _WHEN_NOT, _WRONGLY,
)


#: Reporting verbs that also tell a deed with a noun ("announced a compensation fund")
_SHOWS = {"announce", "unveil", "declare"}  # ("declared Friday a day of mourning")


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


#: What one passes that is a check ("passed a safety inspection", "passed the test").
_TESTS = {"test", "exam", "examination", "review", "assessment", "muster", "evaluation"}


#: Reporting verbs whose counted object is what they tell ("reported a slick of 12 kilometres").
_COUNTS_TOLD = {"report", "show", "reveal", "confirm", "cite"}


#: Verbs of getting money, whose giver pays ("took bribes from X", "received payments from X").
_RECEIVING = {"receive", "take", "accept", "pocket", "collect", "trouser"}


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

@dataclass
class Sense:
    """What a clause tells, read from its verb and what hangs on it (see ``sense``)."""

    classes: frozenset[str]  # its happenings (see lexicon.PREDICATES)
    tree: list[Token]  # its tokens, less a state split off, with a purpose it serves
    cut: set[int]  # the tokens of a state split off ("remains at home, willing to cooperate")
    comp: list[Token]  # the complements whose happening it tells too ("was ready to cooperate")
    copula: bool
    negated: bool  # it says the happening did not take place
    advice: bool  # negated as advice, no denial ("should not intervene")
    flip: bool  # negated into its opposite, asserted ("has not left": stays)
    told: Token | None  # the complement verb whose happening it tells instead ("ordered residents to leave")
    counts_told: bool  # a report of a counted thing ("412 cases had been reported")
    split_off: list[Token]  # states split off as units of their own


#: Verbs of asking for a thing ("asked for", "called for"): asking for no such thing asks for nothing
_ASKING = {"ask", "call", "apply", "press", "push", "appeal", "lobby", "request"}


def _absolute(t: Token, kids, by_i) -> bool:
    """A "with" phrase whose verb has a subject of its own ("Traffic jams blocked the city centre, with people
    searching for supplies"; "seized the town, with residents fleeing"): no part of the clause's happening."""
    p = by_i.get(t.head)
    return t.dep == "pcomp" and p is not None and p.lemma.lower() == "with" and any(
        k.dep in ("nsubj", "nsubjpass") for k in kids.get(t.i, []))


def sense(verb: Token, kids, by_i, toks: list[Token], tree: list[Token], heads: set[int], split: bool,
          told_denied: bool) -> Sense:
    """What happening the clause headed by ``verb`` tells, and whether it says it did not take place. ``heads``:
    the verbs heading units of their own in the sentence; ``split``: the clause is a state split off another's;
    ``told_denied``: a denial governs it ("denied that X")."""
    split_off: list[Token] = []
    classes = _lemma_classes(verb)
    if told_denied and verb.lemma.lower() in DENY and not _sacked(verb, kids):
        classes = classes - {"dismiss"}  # "dismissed the reports": a denial, no post lost
    # "he remains in his home, willing to cooperate": two happenings, two facts (two units)
    cut: set[int] = set()
    for t in ([] if split or not classes else kids.get(verb.i, [])):
        if t.dep == "acomp" and (_lemma_classes(t) | {c for k in kids.get(t.i, []) if k.dep == "xcomp"
                                                      for c in _lemma_classes(k)}) - classes:
            split_off.append(t)
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
        # ("took control of the city" is power over it, no fire put out)
        args = [t for t in args if not (t.lemma.lower() == "control" and any(
            p.dep == "prep" and p.lemma.lower() == "of" for p in kids.get(t.i, [])))]
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
    # "its crew escaped unhurt", "walked away unscathed": no one hurt, whatever the verb
    sound = sound or frozenset(c for k in kids.get(verb.i, []) if k.dep in ("acomp", "oprd", "advmod", "xcomp")
                               and k.lemma.lower() in UNHURT for c in SOUND[k.lemma.lower()])
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
            and t.i != verb.i  # (a clause's own verb may be an advcl: "after the minister fired X")
            and not _absolute(t, kids, by_i)]
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
    if verb.lemma.lower() == "send" and any(
            k.dep == "dobj" and (k.text.lower().endswith("ing") or any(a.dep == "acl" and a.tag == "VBG"
                                                                     for a in kids.get(k.i, [])))
            or k.dep in ("xcomp", "ccomp") and k.tag == "VBG" for k in kids.get(verb.i, [])):
        classes = frozenset({"verb:send"})  # "sending Assad fleeing", "sent residents running": no aid sent
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
               for p in kids.get(verb.i, []) if p.dep == "prep" for o in kids.get(p.i, [])) \
        or verb.lemma.lower() in _ASKING and any(  # "had asked for no such postponement"
            o.dep == "pobj" and (o.lemma.lower() in _NOBODY or any(d.dep == "det" and d.lemma.lower() == "no"
                                                                     for d in kids.get(o.i, [])))
            for p in kids.get(verb.i, []) if p.dep == "prep" and p.lemma.lower() == "for" for o in kids.get(p.i, []))
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
    elif negated and not sound and verb.lemma.lower() in _MOVES | {"survive"} and not advice and not any(
            t.lemma.lower() in DENY for t in toks):
        # "I have not left", "the army has not withdrawn": staying, asserted (and opposed to any leaving), as
        # "four others did not survive" is dying; beside a denial ("denied fleeing, writing that he never left")
        # it restates the denial
        classes, flip = frozenset(y for x, y in OPPOSITES if x in classes) or classes, True
    # "asked its forces to withdraw", "ordered residents to leave": the complement's verb tells the happening
    directs = verb.lemma.lower() in _DIRECTIVE
    told = None
    if extra and (not classes or directs):
        told = next((t for t in comp if t.pos == "VERB" and (t.dep == "xcomp" or not directs)
                     and (_lemma_classes(t) or _phrasal(t, kids, by_i))), None)
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
    return Sense(classes, tree, cut, comp, copula, negated, advice, flip, told, counts_told, split_off)


def _not_one(noun: Token, kids) -> bool:
    """ "Not a single wall came down", "not one patient was turned away": a noun led by "not" (on the noun or on its
    "one") is none at all."""
    return any(c.dep == "neg" and c.i < noun.i for t in [noun] + [n for n in kids.get(noun.i, [])
                                                                   if n.dep == "nummod" and n.lemma.lower() == "one"]
               for c in kids.get(t.i, []))
