"""When a clause happens: the days it is dated to ("was detained on Wednesday", "In a statement issued late
on Sunday, the minister urged ...") and whether it is yet to come ("will vote", "is due to vote", "are due by
the weekend"). Read from the parse and the timeline's day expressions."""

from __future__ import annotations

from datetime import date

from ...model import Article, Token
from ..timeline.expressions import find_expressions
from .lexicon import PREDICATES


def day_spans(art: Article, sent) -> list[tuple[int, int, str]]:
    """The sentence's exact days (article offsets and ISO day), resolved against the article's date: "on
    Wednesday", "Dec. 7", "yesterday". Vague spans and background years are no day of the fact."""
    try:
        ref = date.fromisoformat(art.date) if art.date else None
    except ValueError:
        ref = None
    return [(sent.start + x.start, sent.start + x.end, x.date) for x in find_expressions(sent.text, ref)
            if x.date and x.precision == "day" and not x.approximate and not x.background]


#: Nouns a day may hang on and still date the verb ("in the early hours of Tuesday").
_TIME_NOUNS = {"hour", "morning", "night", "evening", "afternoon", "dawn", "dusk", "day", "midnight", "noon"}
#: Prepositions that date a happening ("on Tuesday", "in the early hours of Tuesday"); "for Monday" says what
#: was planned for the day, "since Monday" how long a state has held.
_DATING = {"on", "in", "at", "during", "of"}
#: What one says a thing in, and when: "In a statement issued late on Sunday, the minister urged ...": the urging's day
_UTTERANCES = {"statement", "speech", "interview", "address", "briefing", "conference", "message", "letter",
               "announcement", "remarks", "post", "broadcast", "issue", "release", "publish", "deliver"}


def days_of(verb: Token, classes, kids, by_i, spans: list[tuple[int, int, str]]) -> frozenset[str]:
    """The days the clause's happening is dated to: a day that modifies the verb itself ("was detained on
    Wednesday"), not one inside its subject ("the man arrested on Wednesday has been released") or its
    complements ("voted to summon him to a hearing on Friday"). A state ("remained offline on Tuesday",
    "was still burning") holds over days, so it is dated to none."""
    if "remain" in classes or any(k.lemma.lower() == "still" for k in kids.get(verb.i, [])):
        return frozenset()
    out = set()
    dated = {t.i for t in by_i.values() if any(a <= t.start < b for a, b, _ in spans)}
    for a, b, d in spans:
        for t in [by_i[i] for i in sorted(dated) if a <= by_i[i].start < b]:
            seen = 0
            while t.i != verb.i and t.head in by_i and t.head != t.i and seen < 8:
                up = by_i[t.head]
                if "proceed" in classes and t.dep == "poss" and up.dep in ("nsubj", "nsubjpass") and up.head == verb.i:
                    t = verb  # "Saturday's exchange went ahead": held on that day
                    break
                if not (up.i in dated or up.lemma.lower() in _DATING | _TIME_NOUNS | _UTTERANCES or up.i == verb.i):
                    break
                t, seen = up, seen + 1
            if t.i == verb.i:
                out.add(d)
                break
    return frozenset(out)


#: Words that put the verb they govern ahead in time ("is due to vote", "is expected to announce").
_AHEAD = {"due", "expect", "set", "schedule", "plan", "go", "about", "prepare",
          # an offer, a promise or a threat to do it, and weighing whether to, are not doing it; nor is refusing to
          "offer", "promise", "vow", "pledge", "threaten", "consider", "weigh", "discuss", "refuse", "decline",
          # a wish or an aim ("want to shut the plant for good", "intends to appeal") is not the deed either
          "want", "intend", "aim", "hope", "seek", "wish"}
#: Verbs whose object is given yet to come ("has promised a fund")
_PROMISES = {"promise", "pledge", "vow"}


def is_future(verb: Token, kids, by_i) -> bool:
    """Whether a clause tells what is yet to happen: "will vote", "is due to vote", "is expected to rule", "said
    the sample would be opened on Tuesday"; or what happens only if something else does ("faces a ban of up to
    four years if the violation is found to be intentional")."""
    if any(k.dep == "aux" and k.lemma.lower() in ("will", "shall") for k in kids.get(verb.i, [])):
        return True
    if verb.lemma.lower() not in PREDICATES["remain"] and any(
            k.dep == "aux" and k.lemma.lower() == "would" for k in kids.get(verb.i, [])):
        return True  # (one who "would stay" told of staying then: a state goes on, it is not yet to come)
    if verb.lemma.lower() in ("schedule", "set", "plan", "slate") and verb.tag == "VBN" and any(
            k.dep == "auxpass" and k.tag in ("VBZ", "VBP") for k in kids.get(verb.i, [])) and any(
            k.dep == "prep" and k.lemma.lower() in ("for", "on") for k in kids.get(verb.i, [])):
        return True  # "talks are scheduled for Wednesday", "the vote is set for Thursday"
    aux = {k.lemma.lower() for k in kids.get(verb.i, []) if k.dep in ("aux", "auxpass", "neg")}
    if aux & {"could", "may", "might"} and not aux & {"have", "be", "not", "never"} and verb.pos == "VERB" \
            and verb.lemma.lower() not in PREDICATES["remain"]:
        return True  # "the line could stop as early as June", "may close": what may yet happen ("may have died",
        # "may be trapped", "could not confirm" tell of now or before)
    if any(k.dep == "advcl" and any(m.dep == "mark" and m.lemma.lower() in ("if", "unless") for m in kids.get(k.i, []))
           for k in kids.get(verb.i, [])):
        return True
    head = by_i.get(verb.head)
    if any(k.dep == "acomp" and k.lemma.lower() in _AHEAD and (
            any(x.dep == "xcomp" for x in kids.get(k.i, [])) or k.lemma.lower() == "due" and verb.tag in ("VBZ", "VBP"))
           for k in kids.get(verb.i, [])):  # ("had been due for an inspection" was a date past)
        return True  # the copula of "is due to be sworn in", "another 400 soldiers are due by the weekend"
    if verb.lemma.lower() in _AHEAD and any(k.dep == "xcomp" for k in kids.get(verb.i, [])):
        return True  # "is expected to approve", "plans to hold"
    if verb.lemma.lower() in _PROMISES and any(k.dep == "dobj" for k in kids.get(verb.i, [])):
        return True  # "has promised a 5 million euro fund": given yet to come ("offered a reward" is offered)
    to_do = [k for k in kids.get(verb.i, []) if k.dep == "xcomp" and k.pos == "VERB" and k.lemma.lower() != "blame"
             and any(a.dep == "aux" and a.lemma.lower() == "to" for a in kids.get(k.i, []))]
    if to_do and (verb.lemma.lower() == "be" or verb.lemma.lower() == "have" and verb.tag in ("VBZ", "VBP")):
        return True  # "is to be summoned on Tuesday", "has until Thursday to leave" ("is to blame" is no plan)
    return verb.dep == "xcomp" and head is not None and head.lemma.lower() in _AHEAD and any(
        k.dep == "aux" and k.lemma.lower() == "to" for k in kids.get(verb.i, []))
