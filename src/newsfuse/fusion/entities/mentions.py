"""Entity mentions from the spaCy spans on each article, cleaned and with common slips mended."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Article
from .names import strip_title

LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
#: Designator nouns that name a kind of place or body ("the prison of X", "X airport").
DESIGNATORS = {
    "prison", "jail", "airport", "base", "camp", "city", "town", "village", "province", "region",
    "district", "square", "river", "dam", "university", "hospital", "port", "military", "international",
    "county", "state", "valley", "bridge", "station", "stadium", "palace", "mosque", "church",
}
#: Common nouns that spaCy tags as a one-word name when capitalised ("the Army", "of State").
GENERIC = {
    "state", "army", "government", "ministry", "police", "parliament", "court", "council", "opposition",
    "rebels", "president", "regime", "military", "navy", "cabinet", "office", "party", "senate",
    "congress", "assembly", "embassy", "forces", "coalition", "group", "agency", "media", "press",
    "the", "interior", "foreign", "defence", "defense", "finance", "health", "justice", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
}
_QUOTE_CHARS = "\"'()[],.;:!?-"
#: Prepositions that set a name as a place ("in Tavrin", "to Kessaria"; not "at": "workers at Tavrin").
_PLACE_PREPS = {"in", "into", "to", "from", "across", "near", "inside", "outside", "throughout", "toward", "towards"}
#: Those of them a person or a company is hardly ever set after ("a letter to Hallek", "a statement from Tavrin").
_WITHIN_PREPS = {"in", "into", "across", "near", "inside", "outside", "throughout"}
#: Titles only a person bears, set before a name ("Water Minister Lidia Franck", "Mr Brask", "spokeswoman Lenka
#: Farro"): the small model often tags such a name an organisation or a place.
_PERSON_TITLES = {
    "mr", "mrs", "ms", "dr", "minister", "president", "governor", "mayor", "spokesman", "spokeswoman",
    "spokesperson", "senator", "ambassador", "prosecutor", "commissioner", "chancellor", "judge",
}


@dataclass(slots=True)
class RawMention:
    article: str
    sentence: int
    text: str  # cleaned surface text, as it stands in the article
    start: int
    end: int
    label: str
    title: str | None = None  # title removed from the front ("Prime Minister")
    designator: str | None = None  # a designator noun near a bare name ("the prison of X")
    token_start: int = 0
    place: bool = False  # set after a preposition of place ("in X")
    actor: bool = False  # the subject of a verb ("X said", "X will close")
    within: bool = False  # set after a preposition only places take ("in X", "near X"; not "to X", "from X")


def _trim(text: str, start: int) -> tuple[str, int]:
    """Leading 'the', quotes and punctuation off; trailing possessive and punctuation off."""
    m = re.match(r"^(?:the\s+|The\s+|[\"'(\[]+)", text)
    while m and m.end() < len(text):
        text, start = text[m.end():], start + m.end()
        m = re.match(r"^(?:the\s+|The\s+|[\"'(\[]+)", text)
    text = re.sub(r"(?:'s|')$", "", text)
    text = text.rstrip(_QUOTE_CHARS + " ")
    return text, start


def _designator(art: Article, tok_start: int, tok_end: int) -> str | None:
    window = art.tokens[max(0, tok_start - 3):tok_start] + art.tokens[tok_end:tok_end + 2]
    for t in window:
        if t.lemma.lower() in DESIGNATORS and t.pos in ("NOUN", "PROPN", "ADJ"):
            return t.lemma.lower()
    return None


def _titled(art: Article, tok_start: int, tok_end: int) -> bool:
    """A name in capitals set right after a title only a person bears ("Minister Lidia Franck")."""
    if tok_start == 0:
        return False
    prev = art.tokens[tok_start - 1]
    return prev.text.lower().rstrip(".") in _PERSON_TITLES and prev.pos in ("NOUN", "PROPN") and all(
        t.text[:1].isupper() for t in art.tokens[tok_start:tok_end] if t.text.isalpha())


def _use(art: Article, tok_start: int, tok_end: int) -> tuple[bool, bool, bool]:
    """(set as a place, set as an actor, set where only places go): what the name's use says of its type, beside
    spaCy's label."""
    k = tok_start - 1
    while k >= 0 and art.tokens[k].text.lower() == "the":
        k -= 1
    prep = art.tokens[k].text.lower() if k >= 0 else ""
    return prep in _PLACE_PREPS, any(t.dep == "nsubj" for t in art.tokens[tok_start:tok_end]), prep in _WITHIN_PREPS


def _shouted_tail(art: Article, tok_start: int, tok_end: int) -> int:
    """How many characters of a span's end are words in capitals the parse reads as no name (a verb, an
    auxiliary, an adverb: "Vaskovitch DID"), after a word in ordinary case; 0 when none."""
    toks = art.tokens[tok_start:tok_end]
    k = len(toks)
    while k > 1 and toks[k - 1].text.isupper() and len(toks[k - 1].text) > 1 \
            and toks[k - 1].pos in ("AUX", "VERB", "ADV", "PART", "PRON", "DET"):
        k -= 1
    if k == len(toks) or not any(ch.islower() for ch in toks[k - 1].text):
        return 0
    return toks[-1].start + len(toks[-1].text) - (toks[k - 1].start + len(toks[k - 1].text))


def _plausible(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    head = re.sub(r"^(?:al|el|ad|as|ash|ar|az|at|an)-", "", text)  # al-Jalali
    return (len(letters) >= 2 and head[:1].isupper() and "\n" not in text
            and text.lower() not in GENERIC)


def article_mentions(art: Article) -> list[RawMention]:
    out: list[RawMention] = []
    for ent in art.ents:
        if ent.label not in LABELS:
            continue
        label = "PERSON" if ent.label != "PERSON" and _titled(art, ent.token_start, ent.token_end) else ent.label
        pieces = [(ent.text, ent.start, label)]
        # "Assad's Alawite" tagged as one span: the possessor and the possessed are two names.
        m = re.search(r"'s\s+(?=[A-Z])", ent.text)
        if m:
            after = ent.text[m.end():]
            nxt = next((t for t in art.tokens[ent.token_end:ent.token_end + 1]), None)
            after_label = "NORP" if nxt is not None and nxt.pos == "NOUN" and ent.label == "PERSON" else ent.label
            pieces = [(ent.text[:m.start()], ent.start, label), (after, ent.start + m.end(), after_label)]
        shouted = _shouted_tail(art, ent.token_start, ent.token_end)
        if shouted:  # a tabloid's shouted word the model ran into the name ("that Vaskovitch DID meet him")
            pieces = [(t[:len(t) - shouted] if k == len(pieces) - 1 else t, st, lb)
                      for k, (t, st, lb) in enumerate(pieces)]
        for text, start, label in pieces:
            text, start = _trim(text, start)
            title = None
            if label == "PERSON":
                bare, title = strip_title(text)
                start += len(text) - len(bare)
                text = bare
            if not _plausible(text):
                continue
            designator = _designator(art, ent.token_start, ent.token_end) if " " not in text else None
            out.append(RawMention(art.id, ent.sent, text, start, start + len(text), label, title,
                                  designator, ent.token_start, *_use(art, ent.token_start, ent.token_end)))
    return out
