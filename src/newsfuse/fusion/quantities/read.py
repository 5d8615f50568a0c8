"""Reading the figures of one sentence from its tokens: what each counts, its modifiers ("at least", "between X and
Y", "more than"), the happening and places it is told of, and whether it restates, changes or rejects another."""

from __future__ import annotations

import re

from ...model import Article
from ..common import children as _children
from ..measures import MEASURED, measured
from ..tallies import find_tallies
from ..timeline.expressions import find_expressions
from .numbers import (
    CURRENCY, DISTANCE, DURATION, EVENT_CLASS, HEAD_CLASS, ORDINALS, PERSONS, RESTATES, VAGUE, _BEFALLEN, _CROWD, _HELD,
    _JOBS, _MEASURES, _NEARER, _NUMBER, _ORDINAL, _PEOPLE_EVENTS, _Q, head_class, parse_number,
)


#: Verbs of saying: "two people familiar with the matter said" counts sources, not a happening.
_REPORTS = {"say", "tell", "report", "add", "state", "announce", "confirm", "claim", "speak", "cite", "quote"}


_ESTIMATES = {"estimate", "reckon", "calculate", "assess", "measure", "gauge"}  # "estimated the spill at"


_NEGATED = re.compile(r"\b(?:no|not)\s+$", re.I)  # "no more than", "not less than"


_MAGNITUDE = re.compile(r"\bmagnitude(?:[- ]of)?[- ](?P<a>\d(?:\.\d)?)\b|\b(?P<b>\d\.\d)[- ]magnitude\b|"
                        r"\bmeasur\w* (?:a )?(?P<c>\d\.\d)\b", re.I)


_SHOCK = re.compile(r"\b(?:aftershocks?|earthquakes?|quakes?|main shock|tremors?|temblors?)\b", re.I)


#: Verbs and nouns of what is sought, not done: a count under them is a demand or an aim.
_GOALS = {"demand", "seek", "want", "aim", "plan", "try", "attempt", "threaten", "ask", "request", "propose",
          "offer", "promise", "intend", "hope", "call", "push", "bid", "effort", "negotiate", "expect"}


#: Verbs that change a value in the world: what they change it to replaces, and does not dispute, the old value
#: ("doubled the reward to 40,000 crowns"). A revision of a figure ("revised the number to seven") is no change.
_CHANGES = {"double", "triple", "treble", "halve", "raise", "increase", "cut", "reduce", "lower", "boost", "hike",
            "extend", "shorten", "bump", "slash", "lift"}


#: A phone number or a code: digits after digits ("call 0800 4411"), or a number with a leading zero.
_CODE_BEFORE = re.compile(r"\d[ /]$")


_CODE_AFTER = re.compile(r"^[ /]\d")


#: A sum of counts told apart: "In all, 8,500 services were cancelled over the two days".
_ALL = re.compile(r"\b(?:in all|in total|altogether|combined|over the (?:two|three|four|five|\d+) days)\b", re.I)


_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"


#: A span of days a figure is told of: "between Monday and Wednesday", "the three-day total".
_SPAN = re.compile(rf"\bbetween {_DAY} and {_DAY}|\bfrom {_DAY} (?:to|until|till) {_DAY}|"
                   r"\b(?:two|three|four|five|six|seven|\d+)-day\b|\bover the (?:two|three|four|five|\d+) days\b", re.I)


#: What follows a sum by the day or the head: "2,000 crowns a day", "per customer".
_RATE = re.compile(r"^\s*(?:[\w-]+\s+)?(?:a|per|each)\s+(?:day|week|month|year|head|person|customer)\b", re.I)


#: ", not six": the figure a sentence corrects ("seven inmates were missing, not six").
_REJECTED = re.compile(r",\s+not\s+$", re.I)


#: What follows a difference between two counts: "three more than the six reported".
_DIFFERENCE = re.compile(r"\s+(?:more|fewer|less|higher|lower|greater)\s+than\b", re.I)


def _changed_to(num_tok, by_i) -> bool:
    """Whether a figure is what a value was changed to ("doubled the reward to 40,000 crowns")."""
    node = num_tok
    while node.dep in ("nummod", "quantmod", "compound") and node.head in by_i and node.head != node.i:
        node = by_i[node.head]
    to = by_i.get(node.head) if node.dep == "pobj" else None
    return to is not None and to.lemma.lower() == "to" and to.head in by_i and by_i[to.head].lemma.lower() in _CHANGES


def _goal(verb, by_i) -> bool:
    """Whether a verb is, or serves, a word of what is sought ("demanded", "aimed at freeing", "want ...
    released")."""
    node = verb
    for _ in range(3):
        if node.lemma.lower() in _GOALS:
            return True
        if node.dep not in ("xcomp", "pcomp", "prep", "acl", "advcl", "pobj", "dobj") or node.head not in by_i \
                or node.head == node.i:
            return False
        node = by_i[node.head]
    return node.lemma.lower() in _GOALS


def _restates(toks) -> bool:
    """Whether a sentence gives a figure for a count told beside it ("put the number at 11", "far more
    than the 1,200 cited"); "less than 24 hours" is a bound, not a comparison."""
    return any(t.lemma.lower() in RESTATES and not (t.lemma.lower() == "than" and k is not None and k.pos == "NUM")
               for t, k in zip(toks, list(toks[1:]) + [None]))


def _partitive(num_tok, toks, kids) -> bool:
    """Some of a whole: "five of the derailed cars", "three of them", "among the stolen works are three
    paintings"."""
    return any(k.dep == "prep" and k.lemma.lower() == "of" and any(
        o.dep == "pobj" and (o.pos == "PRON" or any(d.dep in ("det", "poss") for d in kids.get(o.i, [])))
        for o in kids.get(k.i, [])) for k in kids.get(num_tok.i, [])) or any(
        t.lemma.lower() == "among" and t.i < num_tok.i for t in toks)


def _verb_of(t, by_i):
    """The nearest verb above t (t itself when it is one), or None."""
    for _ in range(12):
        if t.pos in ("VERB", "AUX"):
            return t
        if t.head == t.i or t.head not in by_i:
            return None
        t = by_i[t.head]
    return None


def _toll(num_tok, toks, by_i, words=("toll",)) -> bool:
    """Whether a bare number gives a toll: "the death toll rose to 212", "put the toll at 463", "a toll of 19"
    (or, with other words, a crowd: "put the size of the crowd at 18,000")."""
    node = num_tok
    for _ in range(4):
        if node.lemma.lower() in words:
            return True
        if node.pos in ("VERB", "AUX"):
            subjects = [t for t in toks if t.head == node.i and t.dep in ("nsubj", "dobj", "nsubjpass")]
            subjects += [o for t in subjects if t.lemma.lower() in _MEASURES for p in toks
                         if p.head == t.i and p.dep == "prep" for o in toks
                         if o.head == p.i and o.dep == "pobj"]  # "the size of the crowd", not "four of the hostages"
            return any(t.lemma.lower() in words for t in subjects)
        if node.head == node.i or node.head not in by_i:
            return False
        node = by_i[node.head]
    return False


#: Nouns a sum of money is told as, one of a kind in a story: the amount of one of these is compared with its
#: other amounts. (Aid, loans, contracts and budgets are left out: a story has several, each its own sum.)
SUMS = {"fine", "bail", "ransom", "bribe", "kickback", "compensation", "damages", "bond", "penalty", "settlement",
        "reward", "payment", "loss", "fee", "subsidy", "withdrawal", "outflow", "debt"}


#: What is valued ("valued the contract at", "the deal is worth"): one contract's value is compared with its others.
_VALUED = {"contract": "contract", "deal": "contract", "agreement": "contract", "tender": "contract"}


#: Words for a sum that say nothing of what it is ("a total of", "put the sum at"): what the verb does tells.
_AMOUNTS = {"total", "sum", "amount"}


_SUM_ALIASES = {"kickback": "bribe", "penalty": "fine", "damages": "compensation", "outflow": "withdrawal"}


#: A sum a verb moves: "customers withdrew 1.2 billion crowns", "1.9 billion were withdrawn", "stood to lose 900
#: million crowns".
_SUM_VERBS = {"withdraw": "withdrawal", "lose": "loss"}


def _amount_of(num_tok, kids, by_i) -> str | None:
    """What a sum is the amount of, when the sentence says: "a fine of 500,000 talers", "2.4 million talers in
    bribes", "set bail at 200,000", "the kickbacks totalled 3.1 million", "a ransom of $5 million"."""
    node = num_tok
    while node.dep in ("nummod", "quantmod", "compound") and node.head in by_i and node.head != node.i:
        node = by_i[node.head]  # the currency noun, or the number's scale
    up = by_i.get(node.head)
    found = []
    if up is not None and up.lemma.lower() == "of" and up.head in by_i:
        found.append(by_i[up.head])  # "a fine of 500,000"
    holders = [node] + ([up] if up is not None and node.dep == "dobj" else [])  # "took 2.4 million in bribes"
    found += [o for h in holders for p in kids.get(h.i, []) if p.dep == "prep" and p.lemma.lower() == "in"
              for o in kids.get(p.i, []) if o.dep == "pobj"]  # "2.4 million talers in bribes"
    if up is not None and up.lemma.lower() in ("at", "to") and up.head in by_i:
        verb = by_i[up.head]  # "set bail at 200,000", "put the sum at", "was closer to five million"
        found += [k for k in kids.get(verb.i, []) if k.dep in ("dobj", "nsubj", "nsubjpass")]
    if node.dep in ("dobj", "attr") and up is not None and up.pos in ("VERB", "AUX"):
        found += [k for k in kids.get(up.i, []) if k.dep == "nsubj"]  # "the kickbacks totalled 3.1 million"
    # "paid a total of 1.4 million", "two million had been paid", "1.2 million changed hands": a payment
    paying = [node] + [t for t in found if t.lemma.lower() in _AMOUNTS]
    if any(t.dep in ("dobj", "nsubjpass") and t.head in by_i and by_i[t.head].lemma.lower() == "pay" for t in paying) \
            or node.dep == "nsubj" and up is not None and up.lemma.lower() == "change" and any(
                k.dep == "dobj" and k.lemma.lower() == "hand" for k in kids.get(up.i, [])):
        return "payment"
    # "valued the contract at 48 million", "put the value of the contract at", "the deal is worth 48 million"
    valued = [o for t in found if t.lemma.lower() == "value" for p in kids.get(t.i, [])
              if p.dep == "prep" and p.lemma.lower() == "of" for o in kids.get(p.i, []) if o.dep == "pobj"]
    if up is not None and up.lemma.lower() == "at" and up.head in by_i and by_i[up.head].lemma.lower() == "value":
        valued += [k for k in kids.get(up.head, []) if k.dep == "dobj"]
    if up is not None and up.lemma.lower() == "worth" and up.head in by_i:
        valued += [k for k in kids.get(up.head, []) if k.dep == "nsubj"]
    kind = next((_VALUED[t.lemma.lower()] for t in valued if t.lemma.lower() in _VALUED), None)
    if kind:
        return f"{kind} value"
    what = next((t.lemma.lower() for t in found if t.lemma.lower() in SUMS), None)
    if what is None and node.dep in ("dobj", "nsubjpass") and up is not None and up.lemma.lower() in _SUM_VERBS \
            and (node.lemma.lower() in CURRENCY or node is num_tok):  # (money, not "3,400 jobs were lost")
        what = _SUM_VERBS[up.lemma.lower()]
    return _SUM_ALIASES.get(what, what)


def _time_spans(exprs) -> list[tuple[int, int]]:
    return [(x.start, x.end) for x in exprs if x.kind != "duration" and x.kind not in ("ago", "past")]


def sentence_quantities(art: Article, sent, ref=None, toks=None, places_at: frozenset[int] = frozenset()) -> list[_Q]:
    """The figures of one sentence, with what they count. ``places_at``: the character offsets of the article's
    tokens that name a place, as the story's entities tell it (the model's tag on one token often says otherwise:
    "evacuated from Brennick", Brennick a person)."""
    text = sent.text
    if toks is None:
        toks = [t for t in art.tokens if t.sent == sent.index]
    kids = _children(toks)
    by_i = {t.i: t for t in toks}
    exprs = find_expressions(text, ref)
    tallies = find_tallies(text, parse_number)
    # not counts: dates, magnitudes, and the sides of a tally (read as one figure below)
    dates = _time_spans(exprs) + [m.span() for m in _MAGNITUDE.finditer(text)] + [(t.start, t.end) for t in tallies]
    out: list[_Q] = []
    days = frozenset(x.date for x in exprs if x.date and x.precision == "day"
                     and not x.approximate and not x.background)  # the days the sentence names
    for m in _NUMBER.finditer(text):
        s, e = m.span()
        if any(a <= s < b or a < e <= b for a, b in dates):
            continue
        raw = m["num"].lower()
        if m.group(0).isdigit() and (len(raw) > 1 and raw.startswith("0") or _CODE_BEFORE.search(text[:s])
                                     or _CODE_AFTER.match(text[e:])):
            continue  # a phone number or a code ("call the hotline 0800 4411"), counting nothing
        if raw in ("one",) and not m["mod"]:
            continue  # "one" is mostly a pronoun or article ("one woman")
        if _DIFFERENCE.match(text[e:]):
            continue  # "three more than the six reported": a difference between two counts, counting nothing
        low = high = value = None
        approximate = bool(m["mod"]) and m["mod"].lower() not in ("at least", "more than", "over", "at most",
                                                                  "less than", "fewer than", "up to")
        if raw in VAGUE:
            low, high = VAGUE[raw]
            approximate = True
        else:
            scale = m["scale"] or {"mn": "m"}.get((m["abbr"] or "").lower(), m["abbr"])
            value = parse_number(raw + (" " + scale if scale else ""))
            if value is None:
                continue
        if m["num2"]:
            v2 = parse_number(m["num2"] + (" " + m["scale2"] if m["scale2"] else ""))
            if m["between"] or (v2 and value and v2 > value):
                low, high, value = value, v2, None
        mod = (m["mod"] or "").lower()
        if mod and _NEGATED.search(text[:s]):  # "no more than 2,000 crowns" is at most 2,000
            mod = {"more than": "at most", "over": "at most", "less than": "at least", "fewer than": "at least"}.get(
                mod, mod)
        if mod in ("at least", "more than", "over"):
            low, value = value, None
        elif mod in ("at most", "less than", "fewer than", "up to"):
            high, value = value, None
        # the token of the number and what it counts
        abs_s = sent.start + m.start("num")
        num_tok = next((t for t in toks if t.start <= abs_s < t.end), None)
        head, about, event, unit, kind = None, None, None, None, "count"
        sort: frozenset[str] = frozenset()
        restated = current = increment = False
        places: frozenset[str] = frozenset()
        if m["dash"]:
            unit = m["dash"].strip("-").split("-")[0].rstrip("s")
            kind = "duration" if unit in DURATION else "distance"
        if num_tok is not None:
            node = num_tok
            while node.dep in ("nummod", "quantmod", "compound", "amod", "nmod", "npadvmod") and node.head in by_i \
                    and by_i[node.head].pos in ("NOUN", "PROPN", "NUM", "ADJ", "SYM") and node.head != node.i \
                    and node.lemma.lower() not in CURRENCY \
                    and by_i[node.head].text.lower() not in _NEARER:  # "nearer 19,000": a modifier
                # ("worth 48 million crowns": the sum is in crowns)
                node = by_i[node.head]
            if node.lemma.lower() in ("hundred", "thousand", "million", "dozen") or node is num_tok and (
                    raw in VAGUE or node.dep != "nummod") or node.pos == "NUM" and node.i == num_tok.i + 2 \
                    and parse_number(raw) is not None:  # "4,200 of the 5,600 services": services ("Twenty-two of")
                of = [k for k in kids.get(node.i, []) if k.dep == "prep" and k.text.lower() == "of"]
                pobj = [k for k in kids.get(of[0].i, []) if k.dep == "pobj" and k.pos in ("NOUN", "PROPN")] \
                    if of else []
                node = pobj[0] if pobj else node
            # "of the 5,600 services scheduled": the whole a part is counted of, no count of the happening
            whole = node is not num_tok and num_tok.head == node.i and node.dep == "pobj" and node.head in by_i \
                and by_i[node.head].lemma.lower() == "of" and by_i[node.head].head in by_i \
                and by_i[by_i[node.head].head].pos == "NUM"
            if node is not num_tok or node.pos == "NOUN":
                head = node.lemma.lower()
                if head_class(head) not in HEAD_CLASS and head not in PERSONS:
                    # "nine of its members and contractors": people of a kind by the noun coordinated with it
                    head = next((k.lemma.lower() for k in kids.get(node.i, []) if k.dep == "conj" and (
                        head_class(k.lemma.lower()) in HEAD_CLASS or k.lemma.lower() in PERSONS)), head)
                mods = [k for k in kids.get(node.i, []) if k.dep in ("amod", "compound") and k is not num_tok
                        and k.i > (num_tok.i if num_tok else -1)]
                about = " ".join(t.text for t in sorted(mods + [node], key=lambda t: t.i))
                sort = frozenset(k.lemma.lower() for k in mods if k.dep == "compound" and k.pos == "NOUN")
            verb = node  # the clause's verb, or its copula ("3,000 people were out of their homes")
            for _ in range(6):
                if verb.pos == "VERB" or verb.pos == "AUX" and verb.dep not in ("aux", "auxpass") \
                        or verb.head == verb.i or verb.head not in by_i:
                    break
                verb = by_i[verb.head]
            # where: a phrase on the verb or the counted noun ("killed in Vrask"), or on a participle or relative
            # clause set after the noun ("the 12,000 people evacuated from Brennick"), or a place owning the noun
            # ("6,000 of Olastow's residents")
            said_of = {verb.i: verb, node.i: node}
            said_of.update({k.i: k for k in kids.get(node.i, []) if k.dep in ("acl", "relcl")})
            places = frozenset(_place(p, by_i) for w in said_of.values()
                               for k in kids.get(w.i, []) if k.dep == "prep"
                               for p in kids.get(k.i, []) if p.dep == "pobj" and (
                                   p.ent_type in ("GPE", "LOC", "FAC") or p.start in places_at
                                   or p.lemma.lower() in _LOCALITIES
                                   or p.pos == "PROPN" and p.lemma.lower() in _FACILITIES))
            places |= {_place(k, by_i) for k in kids.get(node.i, []) if k.dep == "poss" and (
                k.ent_type in ("GPE", "LOC", "FAC") or k.start in places_at)}
            # "a town of about 38,000 people": a count that measures a noun, no happening of its own
            size = node.dep == "pobj" and node.head in by_i and by_i[node.head].text.lower() == "of" \
                and by_i[node.head].head in by_i and by_i[by_i[node.head].head].pos in ("NOUN", "PROPN") \
                and by_i[by_i[node.head].head].lemma.lower() not in ("hundred", "thousand", "million", "dozen")
            # the happening: words on the counted noun first ("11 people still missing"), then its
            # verb ("were killed"), then anything in the sentence ("the death toll rose to 19")
            near_words = [k.lemma.lower() for k in kids.get(node.i, []) if k.dep in ("amod", "acl", "relcl")]
            near_words += [k.lemma.lower() for k in kids.get(verb.i, []) if k.dep in ("acomp", "attr", "oprd")]
            after = []  # the words after the counted noun, up to the next clause ("48 people and injuring")
            for i in range(node.i + 1, node.i + 4):
                if i not in by_i or by_i[i].dep in ("cc", "punct"):
                    break
                after.append(by_i[i])
            near_words += [t.lemma.lower() for t in after if t.pos in ("ADJ", "VERB")]
            if verb.lemma.lower() == "lose" and any(k.lemma.lower() == "life" for k in kids.get(verb.i, [])):
                near_words.insert(0, "die")  # "340 people had lost their lives" (no jobs lost)
            if verb.lemma.lower() == "take" and any(k.lemma.lower() == "part" for k in kids.get(verb.i, [])):
                near_words.append("participate")  # "150,000 people had taken part"
            if verb.lemma.lower() == "break" and any(k.dep in ("prt", "prep") and k.lemma.lower() == "out"
                                                     for k in kids.get(verb.i, [])):
                near_words.append("escape")  # "six inmates broke out"
            if verb.lemma.lower() == "turn" and any(k.dep in ("prt", "prep") and k.lemma.lower() == "out"
                                                    for k in kids.get(verb.i, [])):
                near_words.append("gather")  # "1,500 people had turned out"
            if verb.lemma.lower() == "survive" and any(k.dep == "neg" for k in kids.get(verb.i, [])):
                near_words.append("die")  # "four others did not survive"
            # where it happened, two prepositions deep ("forced from their homes", "in serious condition in
            # hospital")
            where = [p for k in kids.get(verb.i, []) if k.dep == "prep" for p in kids.get(k.i, []) if p.dep == "pobj"]
            where += [p for w in where for k in kids.get(w.i, []) if k.dep == "prep" for p in kids.get(k.i, [])
                      if p.dep == "pobj"]
            # the whole sentence only for a figure with no verb of its own ("at least 48 dead, hundreds injured")
            own = verb.pos == "VERB" and verb is not node
            if verb.lemma.lower() in RESTATES | _ESTIMATES:  # "estimated the spill at 2,000 tonnes": the spill's
                near_words += [k.lemma.lower() for k in kids.get(verb.i, []) if k.dep == "dobj"]
            groups = (near_words, [verb.lemma.lower()], [t.lemma.lower() for t in where],
                      [t.lemma.lower() for t in toks])
            # a state told by the copula and a phrase: "nine guards were on duty" / "14 officers were on duty" (the
            # rest of the sentence, "on the night of the breakout", tells no happening of theirs)
            placed = [o.lemma.lower() for p in kids.get(verb.i, []) if p.dep == "prep" for o in kids.get(p.i, [])
                      if o.dep == "pobj" and o.pos == "NOUN"] if not size and verb.lemma.lower() == "be" \
                and node.dep in ("nsubj", "nsubjpass") else []
            for group in groups[:1] if size else groups[:2] + (placed,) if placed else groups[:3 if own else 4]:
                event = next((cls for w in group for cls, keys in EVENT_CLASS.items() if w in keys), None)
                if event:
                    break
            if event == "escaped" and node is not num_tok and head_class(node.lemma.lower()) not in HEAD_CLASS \
                    and node.lemma.lower() not in PERSONS:
                event = "spilled"  # "800 tonnes of oil had escaped": a substance, not people, got out
            if event == "jobs cut" and node.lemma.lower() not in _JOBS:
                event = None  # "a village of 600 people was cut off": no jobs cut (its verb tells, below)
            # "admitted to hospital", "taken to hospital", "hospitalised": one count
            if event in (None, "admitted") and any(t.lemma.lower() in EVENT_CLASS["hospitalised"]
                                                   for t in [verb] + where):
                event = "hospitalised"
            elif event is None and own and not size and verb.lemma.lower() not in _REPORTS | RESTATES:
                # a happening outside the classes is its verb and what it says of the counted ("20 cars were
                # derailed" / "38 cars had derailed"; "14 remain trapped" is not "four remain in hospital")
                state = [k.lemma.lower() for k in kids.get(verb.i, []) if k.dep in ("acomp", "xcomp", "oprd")]
                event = " ".join([verb.lemma.lower()] + state[:1])
            elif event is None and placed:
                event = "be " + placed[0]
            if whole:
                event = None
            elif _goal(verb, by_i):
                event = "sought"  # "demanded the release of 60 prisoners", "aimed at freeing two hostages"
            # "still holding two hostages", "14 remain trapped": what stands now, up or down by the day
            current = verb.lemma.lower() in ("remain", "stay") or any(
                k.dep == "advmod" and k.lemma.lower() in ("still", "now", "currently") for k in kids.get(verb.i, []))
            # "ten more men", "another 40 people": some added to a count, never its total
            # ("Two more bodies": the parse may hang "more" on the number, after it; "more than 400" is no addition)
            increment = any(k.lemma.lower() in ("more", "another", "further", "additional", "other")
                            and k.dep in ("amod", "advmod", "det")
                            for k in kids.get(node.i, []) + after + [
                                x for x in kids.get(num_tok.i, []) if node is not num_tok and x.i > num_tok.i])
            # "the hostages included four doctors", "including four Norvalians": a part, never the total
            increment = increment or verb.lemma.lower() == "include" or (
                node.head in by_i and by_i[node.head].lemma.lower() == "include" and by_i[node.head].dep == "prep")
        if m["cur"] or (head and head in CURRENCY):
            kind, unit = "money", CURRENCY.get(m["cur"] or head, head)
        elif head in DURATION and kind == "count":
            kind, unit = "duration", head
        elif head in DISTANCE:
            kind, unit = "distance", head
        elif head and head.startswith("percent") or text[m.end():m.end() + 1] == "%":
            kind, unit = "percent", "%"
        elif kind == "count":
            unit = head
        if kind == "count" and head is None and num_tok is not None and event not in set(EVENT_CLASS) - {"killed"} \
                and _toll(num_tok, toks, by_i):
            # "the death toll rose to 212", "puts the death toll at 463": a count of the dead (not "12 missing" of
            # "the toll was nine dead and 12 missing": what befell them is its own)
            head, about, unit, event = "people", "death toll", "people", "killed"
        if kind == "count" and head is None and num_tok is not None and _toll(num_tok, toks, by_i, _HELD):
            head, about, unit, event = "people", "hostages", "people", "abducted"  # "the number of hostages at 11"
        if kind == "count" and head is None and num_tok is not None and _toll(num_tok, toks, by_i, _CROWD):
            # "police put the size of the crowd at 18,000", "turnout was 60,000": a count of those who came
            head, about, unit, event = "people", "crowd", "people", "gathered"
        if kind == "count" and head is None and event and num_tok is not None \
                and num_tok.dep in ("nsubj", "nsubjpass", "conj", "dobj"):
            # an elided noun: "4,000 people were evacuated and 12 were killed" counts people too
            prev = next((x for x in reversed(out) if x.kind == "count" and x.head), None)
            if prev is not None:
                head, about, unit, sort = prev.head, prev.about, prev.unit, prev.sort
        if kind == "count" and head is None and num_tok is not None and (
                num_tok.dep not in ("nummod", "quantmod") or by_i[num_tok.head].text.lower() in _NEARER) \
                and _restates(toks) and not any(
                    v.lemma.lower() not in _REPORTS | RESTATES for k in kids.get(num_tok.i, [])
                    if k.dep in ("acl", "relcl") for v in [k] + [x for x in kids.get(k.i, []) if x.dep == "xcomp"]):
            # a figure given for something counted beside it: "six people were hospitalised, while the mayor
            # has put the number at 11", "about 3,000 people ..., far more than the 1,200 cited by the district";
            # not one with a happening of its own ("the 60 the kidnappers are reported to have sought")
            prev = next((x for x in out if x.kind == "count" and x.head), None)
            if prev is not None:
                head, about, unit, event, sort = prev.head, prev.about, prev.unit, prev.event, prev.sort
            # with nothing counted before it, what the sentence before counts (see build_quantities); not when
            # the sentence names what it counts ("put the number of suspected cases at 480")
            restated = prev is not None or not any(
                t.lemma.lower() in _MEASURES and any(k.dep == "prep" and k.lemma.lower() == "of"
                                                     for k in kids.get(t.i, [])) for t in toks)
        if kind == "count" and head is None and num_tok is not None:  # (no count beside it in the sentence)
            # "brought to 210 the number of prisoners it had released", "raised the number of militants killed to
            # 14": what the number of is counted, and what it says of them
            own_verb = _verb_of(num_tok, by_i)
            named = [o for t in toks if t.lemma.lower() in _MEASURES and _verb_of(t, by_i) is own_verb
                     for p in kids.get(t.i, []) if p.dep == "prep" and p.lemma.lower() == "of"
                     for o in kids.get(p.i, []) if o.dep == "pobj" and o.pos == "NOUN"]
            # "put the number of missing at nine", "the number of dead": the word names the people and what befell
            # them (parsed as a verb or an adjective)
            befallen = [o for t in toks if t.lemma.lower() in _MEASURES and _verb_of(t, by_i) is own_verb
                        for p in kids.get(t.i, []) if p.dep == "prep" and p.lemma.lower() == "of"
                        for o in kids.get(p.i, []) if o.dep in ("pobj", "pcomp") and o.text.lower() in _BEFALLEN]
            named = [o for o in named if o not in befallen]
            if len(named) == 1 and own_verb is not None:
                o = named[0]
                head, about, unit = o.lemma.lower(), o.text, o.lemma.lower()
                said = [k.lemma.lower() for k in kids.get(o.i, []) if k.dep in ("acl", "relcl", "amod")]
                # ("put the number of people on board at 318": where they were tells it)
                said += [x.lemma.lower() for k in kids.get(o.i, []) if k.dep == "prep"
                         for x in kids.get(k.i, []) if x.dep == "pobj"]
                event = next((c for w in said for c, keys in EVENT_CLASS.items() if w in keys), None)
            elif not named and len(befallen) == 1 and own_verb is not None:
                head, about, unit, event = "people", befallen[0].text, "people", _BEFALLEN[befallen[0].text.lower()]
        if kind == "count" and head in _PEOPLE_EVENTS:
            # "26 deaths were recorded": 26 people died; "the number of arrests was revised to 290"
            head, unit, event = "people", "people", _PEOPLE_EVENTS[head]
        rejected = bool(_REJECTED.search(text[:s]))
        if rejected and kind == "count" and (head is None or num_tok is not None and num_tok.dep != "nummod"):
            # "seven inmates were missing, not six": the figure said to be wrong counts what the one before does
            prev = next((x for x in reversed(out) if x.kind == "count" and x.head), None)
            if prev is not None:
                head, about, unit, event, sort = prev.head, prev.about, prev.unit, prev.event, prev.sort
                restated = True
        if kind == "count" and head is None and not restated:
            continue  # a bare number with nothing counted (a score, a page, an age) is left out
        if kind != "count":
            event = None
        what = _amount_of(num_tok, kids, by_i) if num_tok is not None and kind in ("money", "count") else \
            measured(num_tok, kids, by_i) if num_tok is not None and kind in MEASURED else None
        out.append(_Q(m.group(0), s, e, value, low, high, unit, kind, about, head, event, sent.index, approximate,
                      sort, restated, places, current=current, increment=increment, what=what, days=days,
                      all_days=bool(_ALL.search(text)),
                      rate=kind == "money" and bool(_RATE.match(text[e:])),
                      changed=num_tok is not None and _changed_to(num_tok, by_i), rejected=rejected,
                      part=num_tok is not None and _partitive(num_tok, toks, kids)))
    for m in _SPAN.finditer(text):  # a span of days belongs to the figure nearest it ("puts Monday's outflows at
        # 1.9 billion and the three-day total at 4.6 billion": the 4.6)
        near = min(out, key=lambda q: min(abs(q.start - m.end()), abs(m.start() - q.end)), default=None)
        if near is not None:
            near.span = True
    for t in tallies:
        figures = f"{t.majority:g} to {t.minority:g}"
        out.append(_Q(text[t.start:t.end], t.start, t.end, t.majority, None, None, "vote", "count",
                      f"vote tally ({figures})", "vote", "voted", sent.index, days=days,
                      tally=(t.majority, t.minority)))
    for m in _MAGNITUDE.finditer(text):
        # "a magnitude-6.8 earthquake", "a 5.9-magnitude aftershock", "measured 7.1 on the Richter scale": a
        # measure of the shock nearest to it
        raw = m["a"] or m["b"] or m["c"]
        shocks = [x for x in _SHOCK.finditer(text) if not x[0].lower().startswith(("tremor", "temblor"))]
        near = min(shocks, key=lambda x: abs(x.start() - m.start()), default=None)  # a tremor is either
        shock = "aftershock" if near and near[0].lower().startswith("after") else "earthquake"
        out.append(_Q(m.group(0), m.start(), m.end(), float(raw), None, None, "magnitude", "magnitude", shock,
                      shock, None, sent.index))
    for m in _ORDINAL.finditer(text):
        o = m["ord"].lower()
        val = ORDINALS.get(o) or int(re.match(r"\d+", o)[0])
        out.append(_Q(m.group(0), m.start(), m.end(), float(val), None, None, "rank", "ordinal",
                      m.group(0), None, None, sent.index))
    return out


#: Places smaller than a story's whole, unnamed ("Seventeen people died in the village"): a count there is a
#: part of the story's count, as a count in a named place is.
_LOCALITIES = {"village", "hamlet", "neighbourhood", "neighborhood", "street", "building", "market", "school",
               "camp", "compound", "block", "square"}


#: Named facilities that are places: a count at one ("taken to Kaldor University Hospital") is a part of the count
#: for all ("14 people were being treated in hospital"), as a count in a named town is.
_FACILITIES = {"hospital", "clinic", "infirmary", "school", "university", "prison", "jail", "airport", "station",
               "port", "mine", "plant", "factory", "refinery", "stadium", "camp", "shelter", "centre", "center"}


def _place(tok, by_i) -> str:
    """The whole name a place token ends ("Upper Sarvenna" from "Sarvenna")."""
    words = [tok]
    while words[0].ent_iob == "I" and words[0].i - 1 in by_i:
        words.insert(0, by_i[words[0].i - 1])
    return " ".join(t.text for t in words).lower()
