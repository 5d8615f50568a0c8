"""What a story calls each named entity besides its name: "the oil tanker Aurelia Crest" is a tanker, "Korvena,
a construction firm" a firm, "union boss Mirela Oszkar" a boss of the union, "the Halvard Bridge" a bridge.

Reports name an actor once and then call it by its kind ("The vessel struck the reef"). A clause told of that kind
and one told of the name may be one fact; a clause told of another kind ("the militia left" / "Assad left") is not.
The entity stage resolves names, not descriptions, and spaCy's small models carry no coreference, so the words a
story sets beside a name are gathered here, from the parse, for every entity.
"""

from __future__ import annotations

from ...model import Dossier, Token
from ..common import children
from ..entities.names import demonym, key
from .lexicon import _BODIES


def kind_words(dossier: Dossier, idx) -> dict[str, frozenset[str]]:
    """Entity id -> the nouns the story sets beside its name (compounds before it, the noun it is a compound of,
    appositions either way) and the words of the name itself."""
    out: dict[str, set[str]] = {}
    for art in dossier.articles:
        toks = art.tokens
        by_i, kids = {t.i: t for t in toks}, children(toks)
        for k, t in enumerate(toks):
            ent = idx.get((art.id, t.start))
            if ent is None:
                continue
            words = out.setdefault(ent, set())
            if t.pos in ("NOUN", "PROPN"):
                words.add(t.lemma.lower())  # "the Halvard Bridge": a bridge; "Varsek": Ilana Varsek
            if by_i.get(t.head) is not None and idx.get((art.id, by_i[t.head].start)) == ent:
                continue  # not the name's head word
            first = k
            while first and idx.get((art.id, toks[first - 1].start)) == ent:
                first -= 1
            words |= _before(toks, first, art, idx)
            head = by_i.get(t.head)
            near = [x for x in kids.get(t.i, []) if x.dep == "appos"]  # "Korvena, a construction firm"
            if head is not None and (t.dep == "appos" or t.dep == "compound" and t.i < head.i
                                     and head.lemma.lower() in _BODIES):
                # "the businessman ..., Ilias Marovic"; "the Halden company" (not "Hallek supporters", "the
                # Lindenfeld contract": things of that name)
                near.append(head)
            if head is not None and t.dep == "nsubj" and head.lemma.lower() == "be":
                # "Varsek is the reigning world champion": what a copula says the name is
                near += [x for x in kids.get(head.i, []) if x.dep == "attr"]
            # ("Velkar, which is the country's largest refiner": the same in a relative clause)
            near += [x for r in kids.get(t.i, []) if r.dep == "relcl" and r.lemma.lower() == "be"
                     for x in kids.get(r.i, []) if x.dep == "attr"]
            words |= {x.lemma.lower() for x in near if x.pos == "NOUN" and (art.id, x.start) not in idx}
    return {ent: frozenset(words) for ent, words in out.items()}


def _before(toks: list[Token], k: int, art, idx) -> set[str]:
    """The nouns compounded before a name: "union boss Mirela Oszkar" (boss, union), "the oil tanker X"."""
    words = set()
    for x in reversed(toks[max(0, k - 4):k]):
        if x.dep not in ("compound", "amod", "nmod") or (art.id, x.start) in idx \
                or x.pos not in ("NOUN", "PROPN", "ADJ"):
            break
        if x.pos != "ADJ":
            words.add(x.lemma.lower())
    return words


def state_of(dossier: Dossier) -> dict[str, str]:
    """Entity id of a country's own body -> the country's ("the Kessarian Foreign Ministry" -> Kessaria): in a
    report the ministry's deed is the country's ("Kessaria expelled four diplomats" / "the Kessarian Foreign
    Ministry expelled four diplomats"), though the entity stage keeps the two apart as things."""
    places = {}
    for e in dossier.entities:
        k = key(e.name)
        if e.type in ("GPE", "ORG") and len(k) == 1:
            places.setdefault(k[0], []).append(e.id)
    out = {}
    for e in dossier.entities:
        k = key(e.name)
        if e.type == "ORG" and len(k) > 1:
            found = {i for p, ids in places.items() if demonym(p, k[0]) for i in ids}
            if len(found) == 1:
                out[e.id] = next(iter(found))
    return out
