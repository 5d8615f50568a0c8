"""Claims stage: statements of one fact across outlets grouped into claims, counted by independent
primary source, with denials and contradictions.

Two claim units state the same fact when their happenings agree (predicate classes meet), they
concern the same entities (at least one shared, and no clash of subjects: "the militia left its
positions around the capital" is not "the president left the capital"), their numbers agree, and their content
overlaps. Over-merging is worse than leaving two groups apart, so every condition must hold.
"""

from __future__ import annotations

import dataclasses
import hashlib

from ...model import Claim, Contradiction, Dossier, Evidence, Quantity, SentenceRef
from ...pipeline import stage
from ..common import UnionFind, children, tokens_by_sentence
from ..quantities import head_class
from .pairs import features, head_words, shared_figures, similarities
from .pairs import model as pairs_model
from .causes import cause_disputes, other_causes
from .clauses import _reported_of
from .lexicon import DENIAL_MARKS, OPPOSITES, REPORT_NOUNS, REVERSALS, SITES, TERMS
from .text import Sentences, pick_text, retell
from .units import Unit, extract_units

__all__ = ["claims", "build_claims", "extract_units"]

MIN_OVERLAP = 0.12  # Jaccard of content words, when only one entity is shared
SAME_WORDS = 0.5  # content words so alike that entities need not be found
# head words this close name one thing ("prison" / "jail": 0.84, "boat" / "vessel": 0.73; "city" / "harbour": 0.41)
SAME_THING = 0.7
#: A pair the model is all but sure of (one fact in close words) joins its two groups against weaker
#: disagreement: the mean over their cross pairs need only reach this share of the model's link.
SURE_PAIR, SURE_LINK = 0.97, 0.8
CANDIDATE_SIM = 0.3  # clauses this close are weighed by the pair model even across happening classes
SAME_ACTOR = 0.55  # unnamed actors this close are one ("police" / "officer": 0.70; "police" / "army": 0.53)
SAME_CLAUSE = 0.65  # two plain verbs in clauses this close tell one happening, for a denial
SAME_CLAUSE_ONE_PLAIN = 0.75  # and when only one of them is a plain verb
#: How sure the pair model must be that a fact only denied is the one a claim kept apart asserts, to dispute it
DENIED_LINK = 0.45
MIXED_LINK = 0.55  # and that a denial in a claim that also asserts is (the pair model's own bar)
KIND_SIM = 0.55  # a word this close to what the story calls a named actor may stand for it ("vessel" / "tanker")
ONE_TELLING = 0.75  # one plain verb in clauses this close tells one thing ("a plane ticket" / "a flight" booked)
SAME_VERB = 0.6  # predicates this close tell one happening ("hit the hospital" / "struck the hospital": 0.75)
OTHER_VERB = 0.0  # two plain verbs less alike than this tell two happenings ("include" / "hold": -0.04)
_ANYONE = {"one", "anyone", "anybody", "nobody", "person", "people"}  # "no one was hurt", "nobody was killed"
_PRONOUNS = {"it", "he", "she", "they", "them", "him", "her", "this", "that", "which", "who", "any", "some"}
_TARGETED = {"take", "attack"}  # happenings told by what they act on: another target, another fact


def _same_fact(u: Unit, v: Unit, sims=None) -> bool:
    if not (u.classes & v.classes):
        return False
    if (u.article, u.sentence) == (v.article, v.sentence):
        return True  # one sentence telling one happening twice ("boarded a plane and left")
    if _other_actors(u, v, sims):
        # different actors ("the militia left its positions" is not "the president left"), unless one's
        # subject is the other's object ("the breach killed 19 people" / "19 people died")
        return False
    if u.subject and v.subject and not (u.subject & v.subject):
        return False
    if u.numbers and v.numbers and not (u.numbers & v.numbers):
        return False
    if shared_figures(u, v):
        return True  # one happening, one actor, the same telling figure ("12,000 fled" / "12,000 displaced")
    if "remain" in u.classes & v.classes and not _same_place(u, v):
        return False
    tu, tv = u.target - _PRONOUNS, v.target - _PRONOUNS
    if u.days & v.days and (not tu or not tv or tu & tv or _alike_targets(u, v, sims)):
        return True  # one happening on one day to one thing ("was detained on Tuesday" / "taken into custody on
        # Tuesday"; not "fired tear gas on Monday" / "used live ammunition on Monday")
    if u.subject_head and u.subject_head == v.subject_head and (u.target & v.target or _alike_targets(u, v, sims)):
        return True  # one actor, one happening, one thing acted on ("seized the harbour" / "took control of the harbour")
    if u.subject & v.subject and {c for c in u.classes & v.classes if not c.startswith("verb:")}:
        return True  # one named actor, one kind of happening ("X remains at home, willing to cooperate" / "X is ready to cooperate")
    if (not u.subject_head or not v.subject_head) and any(t.startswith("e-") for t in u.target & v.target):
        return True  # one happening to one named target, one actor unnamed ("they captured Homs" / "rebels entered Homs")
    if u.subject & v.subject and min(len(u.words), len(v.words)) <= 2:
        return True  # a bare happening of a named actor ("X denied fleeing") is the same as the full telling
    shared = u.entities & v.entities
    overlap = len(u.words & v.words) / max(len(u.words | v.words), 1)
    if overlap >= SAME_WORDS:
        return True
    if len(shared) >= 2:
        return overlap >= MIN_OVERLAP / 2
    if len(shared) == 1:
        return overlap >= MIN_OVERLAP
    return not u.entities and not v.entities and overlap >= 0.4


def _other_actors(u: Unit, v: Unit, sims=None) -> bool:
    """Two known actors, told apart: neither's head word is what the other acts on ("the breach killed 19
    people" / "19 people died") or a word of the other's subject ("the dam" / "a section of the dam wall"),
    nor are two unnamed actors one kind of body ("police" / "officers", "the army" / "soldiers")."""
    a, b = u.subject_head, v.subject_head
    if not (a and b and a != b and a not in v.objects | v.subject_words and b not in u.objects | u.subject_words):
        return False
    plain = not any(h.startswith("e-") or ":" in h for h in (a, b))
    return not (plain and sims is not None and (sims.closest({a}, {b}) or 0.0) >= SAME_ACTOR)


def _called(u: Unit, v: Unit, sims=None) -> bool:
    """v's actor is what the story calls u's named actor ("the Aurelia Crest" / "the vessel", "Korvena" / "the
    firm", "union boss X" / "the union")."""
    a, b = u.subject_head, v.subject_head
    if not (a and b and a.startswith("e-") and not b.startswith("e-") and ":" not in b):
        return False
    return _kind(b, u.subject_kinds, sims)


def _kind(word: str, kinds: frozenset[str], sims=None) -> bool:
    """The word is one the story calls a named thing, or one the encoder finds close to one of them ("the vessel"
    of "the oil tanker Aurelia Crest", "the firm" of "Korvena, a construction company")."""
    if word in kinds:
        return True
    near = {k for k in kinds if sims is not None and k in sims.words}
    return bool(near and word in sims.words and sims.closest({word}, near) >= KIND_SIM)


def _one_and_many(u: Unit, v: Unit) -> bool:
    """u befalls one named person ("X was killed", "X died"), v a count of people with nobody named
    ("five people were killed"): two facts, even when X is among them."""
    one = u.theme if u.theme and u.theme.startswith("e-") else \
        u.subject_head if u.verb == "die" and (u.subject_head or "").startswith("e-") else None
    many = any(n >= 2 and kind in ("", "person") for n, kind in v.counted)
    return bool(one and many and not (v.theme or "").startswith("e-") and one not in v.entities)


def _anyone_denied(u: Unit, v: Unit) -> bool:
    """u denies it of anyone ("denied that any athlete had been suspended"), v tells it of someone named: the
    denial covers them."""
    return u.anyone and u.stance == "denies" and not (u.theme or "").startswith("e-") and v.stance != "denies"


def _thing_of(u: Unit, v: Unit) -> bool:
    """u acts on someone named, v only on a thing of theirs ("X was suspended" / "suspended its contract
    with X"): two facts."""
    direct = ({t for t in u.target if t.startswith("e-")} | ({u.theme} if (u.theme or "").startswith("e-") else set())
              ) - u.owners
    own = {t for t in v.target if t.startswith("e-")} - v.owners | ({v.theme} if (v.theme or "").startswith("e-")
                                                                     else set())
    return bool(direct and direct <= v.owners and not direct & own)


def _negative_fact(u: Unit) -> bool:
    """A clause negated in its own words ("had not been inspected", "no one was hurt"), not a denial of what
    others report ("denied that ...", "there is no truth to ...")."""
    return u.negated and u.stance == "denies" and not any(m in u.text.lower() for m in DENIAL_MARKS)


def _clash(a, b) -> bool:
    """A vague amount against a figure for one count that cannot both hold: magnitudes apart by three
    times or more ("hundreds of soldiers" / "at least 40 soldiers"). Exact figures are the quantities
    stage's to compare: it knows what each one counts."""
    if not a or not b or a & b or not any(n < 0 for n in a | b):
        return False
    lo_a, hi_a = min(map(abs, a)), max(map(abs, a))
    lo_b, hi_b = min(map(abs, b)), max(map(abs, b))
    return hi_a * 3 <= lo_b or hi_b * 3 <= lo_a


def _terms_differ(u: Unit, v: Unit) -> bool:
    """One sentence passed or ban imposed, two terms ("sentenced to seven years" / "handed eight years"): the
    quantities stage reads a term as a duration and compares none, so the claims compare them."""
    return bool(u.classes & v.classes & TERMS) and bool(u.numbers and v.numbers) and not u.numbers & v.numbers


def _targets_clash(u: Unit, v: Unit, sims=None) -> bool:
    """A taking of the city is not a taking of its harbour, nor shells on the hospital shells on a village:
    both name what is acted on, nothing in common, and (with an encoder) no two words for one thing
    ("the prison" / "the jail")."""
    if not _TARGETED & u.classes & v.classes or "free" in u.classes | v.classes:
        return False  # freeing names the jail or its prisoners alike
    tu, tv = u.target, v.target
    if "take" not in u.classes & v.classes:  # an attack is told by the place it hits, not the rounds fired
        tu, tv = ({t for t in x if t.startswith("e-") or t in SITES} for x in (tu, tv))
    if not (tu and tv) or tu & tv:
        return False
    if sims is not None:
        (_, tu), (_, tv) = head_words(u), head_words(v)
        close = sims.closest(tu, tv)
        return close is None or close < SAME_THING
    return True


def _alike_targets(u: Unit, v: Unit, sims) -> bool:
    """Two words for what is acted on ("the prison" / "the jail"), by the encoder."""
    if sims is None:
        return False
    (_, tu), (_, tv) = head_words(u), head_words(v)
    close = sims.closest(tu, tv)
    return close is not None and close >= SAME_THING


def _compatible(units: list[Unit], group_i: list[int], group_j: list[int], i: int, j: int, sims=None) -> bool:
    """No member of one group acts on something other than every member of the other group acts on
    (chains of pairwise matches must not merge the city and its harbour through one sentence naming both)."""
    gi = [units[k] for k in group_i if units[k].classes & units[i].classes]
    gj = [units[k] for k in group_j if units[k].classes & units[j].classes]
    return not any(_targets_clash(u, v, sims) or "remain" in u.classes & v.classes and not _same_place(u, v)
                   for u in gi for v in gj)  # staying in one place is not staying in another


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


def _opposed(u: Unit, v: Unit) -> bool:
    """Happenings that cannot both hold of one subject (staying / leaving), or one undoing the other
    (arrested / released): never one fact."""
    return not (u.classes & v.classes) and any((x, y) in OPPOSITES or frozenset((x, y)) in REVERSALS
                                               for x in u.classes for y in v.classes)


def _same_happening(u: Unit, v: Unit, verb_sim: float | None, clause_sim: float | None = None) -> bool:
    """One kind of happening: their classes meet, or one is only its verb and the encoder finds the two
    predicates alike ("hit the hospital" / "struck the hospital"), or both are only their verbs and the
    encoder finds the two clauses alike ("was spotted at Kessling airport" / "had been seen at Kessling
    airport": two verbs the encoder sets apart out of context)."""
    if u.classes & v.classes:
        return True
    plain = all(c.startswith("verb:") for c in u.classes) or all(c.startswith("verb:") for c in v.classes)
    if plain and verb_sim is not None and verb_sim >= SAME_VERB:
        return True
    both = all(c.startswith("verb:") for c in u.classes | v.classes) and u.classes and v.classes
    if plain and clause_sim is not None and clause_sim >= SAME_CLAUSE_ONE_PLAIN:
        return True  # "had any engine problem" / "had any engine fault": a light verb's object the lexicon lacks
    return bool(both and clause_sim is not None and clause_sim >= SAME_CLAUSE)


#: Verbs of going after something: what is sought is not had ("pursuing a 46-million-crown contract")
_AIMS = {"seek", "pursue", "vie", "compete", "bid", "chase", "covet", "lobby", "want", "eye", "court"}


def _lacking(u: Unit, v: Unit) -> bool:
    """u's happening went without what v's had ("without competition" / "in an open and competitive tender":
    a word's first six letters, so a noun meets its adjective)."""
    if "denies" in (u.stance, v.stance):
        return False  # "rejected claims that the mine had no valid licence" / "operated without a valid licence"
    had = {w[:6] for w in v.words} - {w[:6] for w in v.lacks}
    return any(w[:6] in had for w in u.lacks - v.lacks)


def _aimed(u: Unit, v: Unit) -> bool:
    """u goes after what v tells done: an aim, not the deed (a demand and an aim are one: "call"; so are an aim and
    talks to reach it: "is seeking a loan" / "is in talks on a loan")."""
    return u.verb in _AIMS and v.verb not in _AIMS and bool(v.classes) and not v.classes & {"call", "negotiate"} \
        and any(not c.startswith("verb:") for c in v.classes)


def _denied_ahead(u: Unit, v: Unit) -> bool:
    """A denial that a thing was about to happen, beside the telling that it did: "denied reports that he was
    about to resign" / "has stepped down". The later report supersedes the denial; they are one fact in dispute.
    A call for the act ("called on him to resign") is not the act, nor is one's own "would not step aside" a
    denial the deed overturns: it is a refusal, and the deed a reversal."""
    return u.future and u.stance == "denies" and not u.negated and not v.future and v.stance != "denies" \
        and "call" not in v.classes


def _named_and_noun(u: Unit, v: Unit) -> bool:
    """One actor named by its head word, the other's a common noun whose names only qualify it ("Brenholt" /
    "the Aurelia Crest's operator", "Ardesia reopened the crossing" / "the Sarn border crossing reopened"): the
    names told are not the actors, and the named-actor rule below decides (is an operator what the story
    calls Brenholt?). A role or a pronoun ("the governor", "it") stands for the person or body it was
    resolved to, whose name is the actor's."""
    a, b = u.subject_head, v.subject_head
    return bool(a and b) and a.startswith("e-") != b.startswith("e-")


def _vetoed(u: Unit, v: Unit, sims=None, verb_sim: float | None = None, clause_sim: float | None = None) -> bool:
    """What no similarity may override: other actors, other figures, opposite happenings, another target."""
    if u.subject and v.subject and not (u.subject & v.subject) and not _named_and_noun(u, v):
        return True  # other actors named
    if (u.subject_head and v.subject_head and u.subject_head != v.subject_head
            and (u.subject_head.startswith("e-") or v.subject_head.startswith("e-"))
            and u.subject_head not in v.objects | v.subject and v.subject_head not in u.objects | u.subject
            and not _called(u, v, sims) and not _called(v, u, sims)):
        return True  # a named actor is not another actor, nor what the story calls another
    if (u.theme and v.theme and u.theme != v.theme and (u.theme.startswith("e-") or v.theme.startswith("e-"))
            and u.theme not in v.objects | v.subject and v.theme not in u.objects | u.subject
            and not _anyone_denied(u, v) and not _anyone_denied(v, u)
            and not (u.theme.startswith("e-") and _kind(v.theme, u.theme_kinds, sims))
            and not (v.theme.startswith("e-") and _kind(u.theme, v.theme_kinds, sims))):
        return True  # "X was killed" is not "Y was killed" (but "the diplomat" may be the diplomat X)
    if _thing_of(u, v) or _thing_of(v, u):
        return True  # "Varsek was suspended" is not "Korvo suspended its contract with Varsek"
    if _one_and_many(u, v) or _one_and_many(v, u):
        return True  # "X was killed" is not "five people were killed"
    if u.numbers and v.numbers and not (u.numbers & v.numbers):
        return True  # conflicting figures are two claims joined by a contradiction
    if bool(u.classes) != bool(v.classes) and not (v.target if u.classes else u.target):
        return True  # a bare report ("his father said in a message"), a dateline: no happening to tell
    if u.future != v.future and not _denied_ahead(u, v) and not _denied_ahead(v, u):
        return True  # "is due to vote on the motion" is not "survived the motion"
    if verb_sim is not None and verb_sim < OTHER_VERB and u.classes and v.classes and not u.classes & v.classes \
            and all(c.startswith("verb:") for c in u.classes | v.classes):
        return True  # two plain verbs of unlike sense: "the hostages included four X" / "is holding seven more"
    if _lacking(u, v) or _lacking(v, u):
        return True  # "was awarded without an open tender" is not "won the contract in an open tender"
    if _aimed(u, v) or _aimed(v, u):
        return True  # "was seeking the contract" is not "was awarded the contract"
    if u.ordinal and v.ordinal and u.ordinal != v.ordinal:
        return True  # "the first relief flight landed" / "a second aid flight landed"
    if other_causes(u, v, sims):
        return True  # "a tremor set off the collapse" / "the collapse was caused by the removal of roof supports"
    if u.days and v.days and not u.days & v.days:
        return True  # told as happening on different days: a first and a second order lifted
    if "denies" in (u.stance, v.stance) and (not _same_happening(u, v, verb_sim, clause_sim) or u.stance != v.stance
                                             and _other_actors(u, v, sims)
                                             and not _called(u, v, sims) and not _called(v, u, sims)):
        return True  # a denial denies that very happening of that very actor (and two denials one happening)
    # "warned it": unknown, not another thing; "rejected claims of X" / "rejected allegations of X": the report
    # is no thing of its own
    tu, tv = u.target - _PRONOUNS - REPORT_NOUNS, v.target - _PRONOUNS - REPORT_NOUNS
    if (u.classes == v.classes and all(c.startswith("verb:") for c in u.classes) and tu and tv
            and not tu & tv and not _alike_targets(u, v, sims) and not shared_figures(u, v)
            and not (clause_sim is not None and clause_sim >= ONE_TELLING)):
        return True  # one plain verb told of two things ("denied the accusation" / "denied any failure"), not of
        # one figure ("measured the quake at magnitude 7.1" / "measured the main shock at magnitude 7.1"), nor in
        # clauses the encoder finds this close ("a plane ticket to the capital had been booked in X's name" / "a
        # flight to Vestria had been booked in X's name": words it sets apart alone)
    named = {t for t in u.target if t.startswith("e-")}, {t for t in v.target if t.startswith("e-")}
    return _opposed(u, v) or all(named) and not named[0] & named[1] and _targets_clash(u, v, sims) or (
        "remain" in u.classes & v.classes and not _same_place(u, v))


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
    where = {(u.article, u.sentence): i for i, u in enumerate(units)}
    by_sent = {a.id: tokens_by_sentence(a) for a in dossier.articles if any(u.refers_back for u in units)}
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
        refs = [(e.article, e.sentence, e.sources, named[(e.article, e.sentence)]) for e in reported or firm or support]
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


def _same_place(u: Unit, v: Unit) -> bool:
    """Staying somewhere else is no denial of leaving ("staying with relatives in B" / "fled A"):
    opposite happenings must not name disjoint places (the entities besides the subject)."""
    pu, pv = u.entities - u.subject, v.entities - v.subject
    return not (pu and pv) or bool(pu & pv)


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


@stage("claims", scope="story", requires=("article.sentences", "article.tokens"),
       provides=("dossier.claims", "dossier.contradictions"))
def claims(dossier: Dossier, ctx=None) -> Dossier:
    """Group statements into claims, count their independent sources, find disputes."""
    found, contradictions = build_claims(dossier, ctx.encoder if ctx is not None else None)
    return dataclasses.replace(dossier, claims=found, contradictions=contradictions)
