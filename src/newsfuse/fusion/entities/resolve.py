"""Resolve mentions into entities: within each article, then across the story.

Precision first: a wrong merge corrupts every later stage, so two names join only when their
spelling-insensitive keys agree token by token (rapidfuzz for typos and transliterations),
their types are compatible, and, for people, their given names do not conflict.
Candidates come from blocking on consonant skeletons, never from all pairs.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio

from ..common import UnionFind
from .mentions import DESIGNATORS, RawMention
from .names import canon_token, demonym, fold, key, skeleton

_DESIGNATOR_KEYS = {canon_token(d) for d in DESIGNATORS}
#: Designators that make a name a place ("the town of X", "X, a village near Y")
_SETTLEMENTS = {"town", "city", "village"}
#: Tie-break of the type vote: a name spaCy calls a place as often as a person is a place.
_LABEL_PRIORITY = {"GPE": 0, "ORG": 1, "LOC": 2, "FAC": 3, "PERSON": 4, "NORP": 5}
TYPE_GROUP = {"PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place", "ORG": "org", "NORP": "norp"}
_CONNECTIVES = {"of", "the", "for", "and", "de", "la", "du", "des", "der", "von"}


@dataclass
class Group:
    """Mentions believed to name one thing. Derived properties are cached; ``add`` resets them."""

    mentions: list[RawMention] = field(default_factory=list)

    def add(self, mentions: list[RawMention]) -> None:
        self.mentions.extend(mentions)
        for name in ("label", "full", "key"):
            self.__dict__.pop(name, None)

    @cached_property
    def label(self) -> str:
        votes = Counter(m.label for m in self.mentions)
        label = sorted(votes.items(), key=lambda kv: (-kv[1], _LABEL_PRIORITY[kv[0]]))[0][0]
        if label == "PERSON" and any(_is_acronym(m.text) for m in self.mentions):
            label = "ORG" if votes.get("ORG", 0) >= votes.get("GPE", 0) else "GPE"  # people have no acronyms
        full = {m.label for m in self.mentions if len(key(m.text)) > 1}
        if label in ("PERSON", "GPE") and full == {"ORG"}:
            # a company's short name the model took for a person or a place ("Orvessa" of "Orvessa Laboratories")
            label = "ORG"
        if full == {"PERSON"}:
            label = "PERSON"  # a person's family name alone the model took for an organisation ("Hallek said")
        settled = sum(m.designator in _SETTLEMENTS for m in self.mentions)
        if label in ("ORG", "PERSON") and settled >= 2 and 5 * settled >= len(self.mentions):
            label = "GPE"  # "the border town of Hrastova": a place, whatever the model called it
        if label in ("PERSON", "ORG") and not full and 3 * sum(m.within for m in self.mentions) >= len(self.mentions):
            # a name only ever written as one word that the story sets where places go in a third of its uses or
            # more ("in Brennick", "near Olastow"): a town the model took for a person or a body
            label = "GPE"
        return label

    @property
    def group(self) -> str:
        return TYPE_GROUP[self.label]

    def forms(self) -> Counter:
        return Counter(m.text for m in self.mentions)

    @cached_property
    def full(self) -> str:
        """The most complete well-formed form: most name tokens among forms used more than once
        (a one-off form may carry a stray adjective), then most used, then first."""
        forms = self.forms()
        order = {t: i for i, t in reversed(list(enumerate(m.text for m in self.mentions)))}
        repeated = [f for f in forms if forms[f] > 1 and not f.isupper()]
        person = self.label == "PERSON"
        pool = list(forms) if person or not repeated else repeated  # a person's full name is written once
        return sorted(pool, key=lambda f: (-len(key(f)), f.isupper(), -forms[f], order[f]))[0]

    @cached_property
    def key(self) -> tuple[str, ...]:
        return key(self.full)


def _is_acronym(text: str) -> bool:
    return text.isupper() and 2 <= len(text) <= 6 and text.isalpha()


def tokens_match(a: str, b: str, *, strict: bool = False) -> bool:
    """Two canonical tokens spell one name: equal, or one typo/transliteration apart."""
    if a == b:
        return True
    if min(len(a), len(b)) < 4 or a[0] != b[0]:
        return False
    if skeleton(a) != skeleton(b):
        # One-letter slips keep the skeleton most of the time; allow one edit on long tokens.
        return min(len(a), len(b)) >= (7 if strict else 6) and Levenshtein.distance(a, b) <= 1
    return ratio(a, b) >= (85 if strict else 70)


def person_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Full or partial person names that can be one person (Bashar al-Assad / Assad, not Hafez al-Assad)."""
    if not a or not b:
        return False
    ga, gb = a[:-1], b[:-1]
    if not tokens_match(a[-1], b[-1]):
        # Irina Solvak / Irina Solvakova: a woman's family name with and without its feminine ending, where her
        # given name is written the same
        short, long_ = sorted((a[-1], b[-1]), key=len)
        return bool(ga and gb and ga == gb and len(short) >= 4 and long_[:len(short)] == short
                    and long_[len(short):] in _FEMININE)
    if not ga or not gb:
        return True
    # given names must agree where both have them, in order (Mohammed Ghazi X ~ Mohammed X)
    short, long_ = (ga, gb) if len(ga) <= len(gb) else (gb, ga)
    j = 0
    for tok in short:
        while j < len(long_) and not _given_match(tok, long_[j]):
            j += 1
        if j == len(long_):
            return False
        j += 1
    return _given_match(short[0], long_[0])


def _given_match(a: str, b: str) -> bool:
    """Two given names of one person: near spellings, or a name and its short form (Ted / Teodor, Alex /
    Aleksander: the short one begins the long one, at least two letters shorter)."""
    if tokens_match(a, b, strict=True):
        return True
    if min(len(a), len(b)) >= 4 and a[0] == b[0] and Levenshtein.distance(a, b) == 1 and not _gendered(a, b):
        return True  # Ilse / Ilsa, Inez / Ines, Tomas / Tomasz: one letter, where the family name agrees
    if min(len(a), len(b)) >= 5 and a[:2] == b[:2] and skeleton(a) == skeleton(b) and not _gendered(a, b) \
            and (a[-1] == "a") == (b[-1] == "a"):
        return True  # Dmitri / Dmitar: one name's consonants, its vowels written two ways (not Milan / Milena)
    if min(len(a), len(b)) >= 4 and a != b and a.replace("ch", "k") == b.replace("ch", "k"):
        return True  # Michel / Mikel, Christof / Kristof: one sound written two ways
    if min(len(a), len(b)) >= 4 and a[1:] == b[1:] and a[0] in "aeiou" and b[0] in "aeiou":
        return True  # Elias / Ilias: the first vowel of a name written two ways
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 3 and len(long_) >= len(short) + 2 and short[:2] == long_[:2] and len(skeleton(short)) >= 2 \
        and (long_.startswith(short) or skeleton(long_).startswith(skeleton(short)))


#: Feminine endings of Slavic family names, as the canonical key spells them (Solvakova, Petrova, Novakova).
_FEMININE = {"ova", "eva", "a"}


def _gendered(a: str, b: str) -> bool:
    """Two given names a letter apart that name a man and a woman (Ivan / Ivana, Mario / Maria, Daniel /
    Daniela): one ends in "a", the other in another letter or none."""
    short, long_ = sorted((a, b), key=len)
    if len(short) < len(long_):
        return long_.startswith(short) and long_[-1] == "a"
    return a[:-1] == b[:-1] and "a" in (a[-1], b[-1]) and {a[-1], b[-1]} != {"a", "e"}


def name_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Non-person names: the same tokens, each equal or a near spelling of the other."""
    if a == b:
        return True
    if len(a) != len(b) or not a:
        return False
    if sum(len(t) for t in a) < 5:
        return False
    return all(tokens_match(x, y, strict=len(x) < 6) for x, y in zip(a, b))


def acronym(k: tuple[str, ...], surface: str) -> str:
    words = [w for w in re.split(r"[\s-]+", surface) if w and w.lower() not in _CONNECTIVES]
    words = [w for w in words if w.lower() not in ("al", "el")]
    return "".join(w[0] for w in words).upper()


def _core(k: tuple[str, ...]) -> tuple[tuple[str, ...], set[str]]:
    core = tuple(t for t in k if t not in _DESIGNATOR_KEYS)
    return core, set(k) - set(core)


def resolve(mentions: list[RawMention]) -> list[Group]:
    """Group mentions into entities."""
    # 1. identical spelling-insensitive keys within an article: one thing, whatever label
    #    spaCy gave each (mends "a city tagged PERSON in one sentence").
    by_article: dict[str, list[RawMention]] = defaultdict(list)
    for m in mentions:
        by_article[m.article].append(m)
    groups: list[Group] = []
    for art_mentions in by_article.values():
        groups.extend(_within_article(art_mentions))
    return _across(groups)


def _within_article(ms: list[RawMention]) -> list[Group]:
    exact: dict[tuple, Group] = {}
    for m in ms:
        k = key(m.text)
        if not k:
            continue
        exact.setdefault(k, Group()).add([m])
    groups = list(exact.values())
    uf = UnionFind(len(groups))
    persons = [i for i, g in enumerate(groups) if g.group == "person"]
    # short forms to the full name given in the same article (Assad -> Bashar al-Assad)
    for i in persons:
        ki = groups[i].key
        cands = [j for j in persons if j != i and len(groups[j].key) > len(ki) and person_compatible(ki, groups[j].key)]
        if cands:
            best = max(cands, key=lambda j: (len(groups[j].mentions), -groups[j].mentions[0].start))
            if len(ki) > 1 or len({groups[j].key[:-1] for j in cands}) == 1 or _dominant(groups, cands, best):
                uf.union(i, best)
    # acronyms defined or standing beside their expansion
    for i, g in enumerate(groups):
        if _is_acronym(g.full):
            for j, h in enumerate(groups):
                if j != i and h.group != "norp" and len(h.key) >= 2 and acronym(h.key, h.full) == g.full:
                    uf.union(i, j)
    return _merge(groups, uf)


def _merge(groups: list[Group], uf: UnionFind) -> list[Group]:
    merged: dict[int, Group] = {}
    for i, g in enumerate(groups):
        merged.setdefault(uf.find(i), Group()).add(g.mentions)
    return list(merged.values())


def _dominant(groups: list[Group], cands: list[int], best: int) -> bool:
    others = [len(groups[j].mentions) for j in cands if j != best]
    return len(groups[best].mentions) >= 2 * max(others, default=0)


def _blocks(g: Group) -> set[str]:
    k = g.key
    if not k:
        return set()
    out = {"k:" + " ".join(k), "l:" + skeleton(k[-1])}
    if g.group == "person":
        # and a coarser one, for a surname whose last consonant is spelt two ways (Bastow / Bastov, Velesko /
        # Veleszko): person_compatible still decides
        return out | {"p:" + skeleton(k[-1])[:3]} if len(skeleton(k[-1])) >= 3 else out
    core, _ = _core(k)
    out.add("n:" + " ".join(skeleton(t) for t in k))
    if core:
        out.add("c:" + " ".join(skeleton(t) for t in core))
    if g.full.isupper() or len(k) >= 2:
        out.add("a:" + (g.full if g.full.isupper() else acronym(k, g.full)))
    return out


def _suffix(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    """A name of two or more tokens ending a longer one (Tahrir al-Sham / Hayat Tahrir al-Sham,
    Defense Ministry / Syrian Defence Ministry)."""
    n = len(short)
    return 2 <= n < len(long_) and all(tokens_match(x, y, strict=True) for x, y in zip(short, long_[-n:]))


def _compatible(a: Group, b: Group) -> bool:
    ga, gb = a.group, b.group
    ka, kb = a.key, b.key
    if ka == kb:
        return True  # the same name, whatever label spaCy gave it; the type is voted
    for x, y in ((a, b), (b, a)):
        if _is_acronym(x.full) and len(y.key) >= 2 and y.group != "person":
            return acronym(y.key, y.full) == x.full
    if ga != "person" and _suffix(kb, ka) or gb != "person" and _suffix(ka, kb):
        return True
    if ga == "person" or gb == "person":
        if ga != gb:
            return False
        if len(ka) == 1 or len(kb) == 1:
            return False  # single names across articles are decided after full names merge
        return person_compatible(ka, kb)
    if {ga, gb} - {"place", "org"} and ga != gb:
        return False
    if name_compatible(ka, kb):
        return ga == gb or ka == kb
    # "the prison of X" beside "X Military Prison": a bare name with the designator nearby
    ca, da = _core(ka)
    cb, db = _core(kb)
    if ca and cb and name_compatible(ca, cb) and (da or db):
        bare, full = (a, db) if not da else (b, da)
        if not (da and db) and any(m.designator in full for m in bare.mentions):
            return True
        return bool(da and db)
    return False


def _across(groups: list[Group]) -> list[Group]:
    # the same key in several articles is one name: merge those first, compare the rest
    by_key: dict[tuple, Group] = {}
    for g in groups:
        by_key.setdefault(g.key, Group()).add(g.mentions)
    groups = list(by_key.values())
    uf = UnionFind(len(groups))
    index: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(groups):
        for b in _blocks(g):
            index[b].append(i)
    # a shorter name that ends longer ones ("Foreign Ministry" of "Kessarian Foreign Ministry") joins the one it
    # can be, never two: it would chain the two countries' ministries into one
    suffix_of: dict[int, set[int]] = defaultdict(set)
    for members in index.values():
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                if uf.find(i) == uf.find(j) or not _compatible(groups[i], groups[j]):
                    continue
                a, b = groups[i], groups[j]
                if a.key != b.key and a.group != "person" and b.group != "person" and (
                        _suffix(a.key, b.key) or _suffix(b.key, a.key)):
                    short, long_ = (i, j) if len(a.key) < len(b.key) else (j, i)
                    suffix_of[short].add(long_)
                    continue
                uf.union(i, j)
    for short, longs in sorted(suffix_of.items()):
        if len({uf.find(k) for k in longs}) == 1:
            uf.union(short, next(iter(longs)))
    return _attach_single_names(_merge(groups, uf))


def _attach_single_names(groups: list[Group]) -> list[Group]:
    """A lone family name ('Jalili', 'Assad') joins the one person of the story it can be:
    the only compatible full name, or one that dominates the others by mentions."""
    full = [g for g in groups if g.group == "person" and len(g.key) > 1]
    keep: list[Group] = []
    for g in groups:
        if len(g.key) == 1 and (g.group == "org" or g.group == "place" and _used_as_body(g, groups)) and (
                org := _short_of(g, groups)) is not None:
            org.add(g.mentions)
            continue
        if len(g.key) != 1 or g.group != "person" and (_country_word(g, groups) or not (
            len(g.mentions) <= 2 and any(g.key[0] == f.key[-1] for f in full) or _family_name_of(g, full)
        )):  # a family name alone that the model took for something else ("Brandt" as NORP), not a country's name
            keep.append(g)
            continue
        cands = [f for f in full if person_compatible(g.key, f.key)]
        # a typo of a known name must also share a role/title or the article with it
        cands = [f for f in cands if g.key[0] in _surnames(f) or _shares_context(g, f)]
        if not cands:  # a given name alone ("his father Hafez"), when one person has it
            cands = [f for f in full if f.key[0] == g.key[0]]
            cands = cands if len(cands) == 1 else []
        target = None
        if len(cands) == 1:
            target = cands[0]
        elif cands:
            cands.sort(key=lambda f: -len(f.mentions))
            if len(cands[0].mentions) >= 2 * len(cands[1].mentions):
                target = cands[0]
        if target is None and not cands:
            target = _short_of(g, groups)  # a company the model took for a person
        if target is not None:
            target.add(g.mentions)
        else:
            keep.append(g)
    return keep


def _used_as_body(g: Group, groups: list[Group]) -> bool:
    """A one-word name spaCy calls a place that the story uses as a body: the actor of three clauses or more,
    hardly ever set as a place ("in X"), no people named after it ("Tavrin said", "Tavrin will close its plant",
    beside "Tavrin Motors"; not "Kessaria expelled four diplomats", with "Kessarian" in the story)."""
    place = sum(m.place for m in g.mentions)
    # (one the model itself tags an organisation a quarter of the times may be set after "to" or "from" as a body
    # is, "an offer from Corvasse", though hardly ever after "in")
    body = place * 20 <= len(g.mentions) or 4 * sum(m.label == "ORG" for m in g.mentions) >= len(g.mentions) \
        and 10 * sum(m.within for m in g.mentions) <= len(g.mentions)
    return sum(m.actor for m in g.mentions) >= 3 and body and not any(
        o.group == "norp" and demonym(g.key[0], o.key[0]) for o in groups if o.key)


def _country_word(g: Group, groups: list[Group]) -> bool:
    """A one-word place whose adjective the story uses, or that adjective ("Veskaria" beside "Veskarian"): a
    country, never a person's family name (nor a company's, "Velkar Veskaria", that the model took for a person)."""
    if g.group == "place":
        return any(o.group == "norp" and o.key and demonym(g.key[0], o.key[0]) for o in groups)
    return g.group == "norp" and any(o.group == "place" and len(o.key) == 1 and demonym(o.key[0], g.key[0])
                                     for o in groups)


def _family_name_of(g: Group, full: list[Group]) -> bool:
    """A one-word name of another type, however often used, is a person's family name when it can be one person
    of the story only and every article using it names that person in full ("Hallek", tagged an organisation
    forty times, in reports that all name Radomir Hallek)."""
    cands = [f for f in full if person_compatible(g.key, f.key)]
    return len(cands) == 1 and {m.article for m in g.mentions} <= {m.article for m in cands[0].mentions}


def _short_of(g: Group, groups: list[Group]) -> Group | None:
    """The organisation a one-word name is the short name of ("Orvessa" of "Orvessa Laboratories", "Greyhaven"
    of "Greyhaven Rail"): the one organisation whose longer name starts with it (or the shortest of names that
    extend one another: "Greyhaven Rail" / "Greyhaven Rail Freight")."""
    orgs = sorted((o for o in groups if o is not g and o.group == "org" and len(o.key) > 1
                   and tokens_match(g.key[0], o.key[0]) and not demonym(g.key[0], o.key[0])),
                  key=lambda o: (len(o.key), -len(o.mentions)))
    if orgs and all(o.key[:len(orgs[0].key)] == orgs[0].key for o in orgs[1:]):
        return orgs[0]
    # "the Courier" of "Marrenburg Courier": the one organisation whose name ends with it
    ends = {id(o): o for o in groups if o is not g and o.group == "org" and len(o.key) > 1
            and tokens_match(g.key[0], o.key[-1], strict=True)}
    return next(iter(ends.values())) if len(ends) == 1 and not orgs else None


def _surnames(g: Group) -> set[str]:
    return {k[-1] for k in (key(m.text) for m in g.mentions) if k}


def _shares_context(a: Group, b: Group) -> bool:
    arts_a = {m.article for m in a.mentions}
    titles_a = {fold(m.title) for m in a.mentions if m.title}
    return bool(arts_a & {m.article for m in b.mentions}) or bool(
        titles_a & {fold(m.title) for m in b.mentions if m.title})
