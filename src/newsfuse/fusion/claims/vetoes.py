"""When two claim units cannot tell one fact, whatever the pair model says (see docs/claims.md, "Kept apart
whatever the encoder says"): two named actors, figures that do not agree, opposite happenings, disjoint targets
of a taking, a denial of another happening or actor; and the parse rules' own verdict of one fact
(``_same_fact``), one of the pair model's features."""

from __future__ import annotations

from .causes import other_causes
from .lexicon import DENIAL_MARKS, OPPOSITES, REPORT_NOUNS, REVERSALS, SITES, TERMS
from .pairs import head_words, shared_figures
from .units import Unit


MIN_OVERLAP = 0.12  # Jaccard of content words, when only one entity is shared


SAME_WORDS = 0.5  # content words so alike that entities need not be found


# head words this close name one thing ("prison" / "jail": 0.84, "boat" / "vessel": 0.73; "city" / "harbour": 0.41)
SAME_THING = 0.7


SAME_ACTOR = 0.55  # unnamed actors this close are one ("police" / "officer": 0.70; "police" / "army": 0.53)


SAME_CLAUSE = 0.65  # two plain verbs in clauses this close tell one happening, for a denial


SAME_CLAUSE_ONE_PLAIN = 0.75  # and when only one of them is a plain verb


KIND_SIM = 0.55  # a word this close to what the story calls a named actor may stand for it ("vessel" / "tanker")


ONE_TELLING = 0.75  # one plain verb in clauses this close tells one thing ("a plane ticket" / "a flight" booked)


SAME_VERB = 0.6  # predicates this close tell one happening ("hit the hospital" / "struck the hospital": 0.75)


UNLIKE_VERB = 0.25  # two plain verbs less alike than this, quoted of two actors, tell two things


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
    if u.quoted and v.quoted and verb_sim is not None and verb_sim < UNLIKE_VERB and u.classes and v.classes \
            and not u.classes & v.classes and all(c.startswith("verb:") for c in u.classes | v.classes) \
            and _other_actors(u, v, sims) and not shared_figures(u, v):
        return True  # two speakers' own words of two things: '"Dictatorship creates problems"' / '"this issue
        # depends on the leadership"'
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


def _same_place(u: Unit, v: Unit) -> bool:
    """Staying somewhere else is no denial of leaving ("staying with relatives in B" / "fled A"):
    opposite happenings must not name disjoint places (the entities besides the subject)."""
    pu, pv = u.entities - u.subject, v.entities - v.subject
    return not (pu and pv) or bool(pu & pv)
