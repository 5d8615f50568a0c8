"""What an article looks like to story clustering: weighted terms, and its date.

Terms are the lemmas of content words (nouns, proper nouns, verbs, numbers) and the named
entities, which count double: the same happening is told with the same names. Plain text (for
archives processed without the NLP model, and for the benchmark) falls back to lower-cased words.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from ..model import Article

_CONTENT = {"NOUN", "PROPN", "VERB", "NUM"}
_STOP = {"say", "be", "have", "do", "tell", "report", "add", "make", "take", "get", "go", "news", "year",
         "day", "week", "time", "people", "official"}
_WORD = re.compile(r"[a-z][a-z0-9'-]{2,}")
_STOPWORDS = set("""the and for that with from this have has had was were are but not his her their its they them
about into over after before said says will would could also been more than which when where while who what""".split())


@dataclass
class Features:
    id: str
    terms: Counter
    day: int | None  # days since 1970-01-01; None when undated


def article_features(art: Article) -> Features:
    terms: Counter = Counter()
    if art.tokens:
        for t in art.tokens:
            lemma = t.lemma.lower()
            if t.pos in _CONTENT and lemma not in _STOP and len(lemma) > 2 and not t.ent_type:
                terms[lemma] += 1
        for e in art.ents:
            if e.label in ("PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "NORP", "PRODUCT"):
                terms["@" + " ".join(e.text.lower().split())] += 2
    else:
        terms.update(w for w in _WORD.findall(art.text.lower()) if w not in _STOPWORDS)
    if art.title:
        terms.update(w for w in _WORD.findall(art.title.lower()) if w not in _STOPWORDS)
    return Features(art.id, terms, _day(art.date))


def text_features(aid: str, text: str, iso_date: str | None) -> Features:
    return Features(aid, Counter(w for w in _WORD.findall(text.lower()) if w not in _STOPWORDS), _day(iso_date))


def _day(iso: str | None) -> int | None:
    if not iso:
        return None
    try:
        return (date.fromisoformat(iso[:10]) - date(1970, 1, 1)).days
    except ValueError:
        return None
