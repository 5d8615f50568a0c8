"""Counting support: how many independent primary sources stand behind a set of sentences or clauses.

Copies of one passage (aligned by the reuse stage) count once; an attributed sentence or clause counts its
primary source (unnamed sources through their relay: "two army officers told Reuters" and "two senior
officers told Reuters" are one); an unattributed one counts its article's reporting line (outlets sharing
copy or an agency credit are one line). Within one set, an indefinite body is the named body of its kind
the set also cites, and the names of one party count once.
"""

from __future__ import annotations

import re

from ..model import Dossier, Source


def primary_key(dossier: Dossier, article: str, sentence: int) -> str:
    """The independent primary source behind one sentence, for counting support.

    Attributed sentences count their primary source; the outlet's own reporting counts as the
    article's reporting line (articles sharing copy or an agency credit are one line)."""
    att = next((a for a in dossier.attributions if a.article == article and a.sentence == sentence), None)
    if att is None:
        return _line_key(dossier, article)
    return _source_key(dossier, article, [att.source] + att.via, bool(att.text))


def _line_key(dossier: Dossier, article: str) -> str:
    line = next((ln["id"] for ln in dossier.independent_lines if article in ln["articles"]), article)
    return f"line:{line}"


def _source_key(dossier: Dossier, article: str, sources: list[str], attributed: bool) -> str:
    src = next((s for s in dossier.sources if sources and s.id == sources[0]), None)
    if src is None or (src.kind in ("outlet", "agency") and not attributed):
        return _line_key(dossier, article)
    if src.kind == "unnamed" and len(sources) > 1:
        return f"unnamed-via:{sources[1]}"  # "two army officials" and "two senior officers" told Reuters
    return src.id


def independent_sources(dossier: Dossier, refs) -> int:
    """How many independent primary sources stand behind a set of sentences or clauses.

    A ref is (article, sentence), or (article, sentence, sources, attributed) for a clause whose sources
    ``clause_sources`` found. Copies of one passage (aligned by the reuse stage) count once, whatever
    they attribute. An indefinite body ("a war monitor") is the named body of its kind that the same
    set cites ("the Syrian Observatory"), not one more."""
    copies: dict[tuple[str, int], tuple[str, int]] = {}
    for r in dossier.reuse:
        a, b = r.articles
        for p in r.pairs:
            copies[(b, p.b)] = copies.get((a, p.a), (a, p.a))
    keys = set()
    for ref in refs:
        if hasattr(ref, "article"):
            ref = (ref.article, ref.sentence)
        art, sent = copies.get((ref[0], ref[1]), (ref[0], ref[1]))
        if len(ref) == 4 and ref[3]:
            keys.add(_source_key(dossier, ref[0], ref[2], True))
        elif len(ref) == 4:
            keys.add(_line_key(dossier, art))
        else:
            keys.add(primary_key(dossier, art, sent))
    # "AFP reported" beside "a source told AFP": the agency's report rests on the unnamed source it cites
    keys -= {k for k in keys if f"unnamed-via:{k}" in keys}
    by_id = {s.id: s for s in dossier.sources}
    cited = sorted((by_id[k] for k in keys if k in by_id), key=lambda s: s.id)

    def indefinite(s: Source) -> bool:
        return s.kind in ("monitor", "official", "organisation") and s.name.lower().startswith(("a ", "an "))
    keys -= {s.id for s in cited if indefinite(s)
             and any(o.kind == s.kind and not indefinite(o) for o in cited)}
    # one party named several ways in one set: "Syrian rebels" / "rebels" / "the rebel group", "HTS" /
    # "Hayat Tahrir al-Sham"
    cited = [s for s in cited if s.id in keys]
    for i, s in enumerate(cited):
        if any(same_party(s, o) for o in cited[:i] if o.id in keys):
            keys.discard(s.id)
    return len(keys)


#: Words for a body of people that leave the party named by the words before them ("rebel group").
_BODY_WORDS = {"group", "groups", "faction", "factions", "forces", "fighters", "movement", "militia", "militias"}
#: Common nouns news uses for one kind of party (general English).
_PARTY_WORDS = {"insurgent": "rebel", "militant": "rebel", "guerrilla": "rebel"}


def _party_words(name: str) -> tuple[list[str], set[str], str]:
    """(proper words, capitalised modifiers, common head) of a source name: "Islamist-led Syrian rebels" ->
    ([], {"islamist-led", "syrian"}, "rebel"); "Hayat Tahrir al-Sham group" -> (["Hayat", "Tahrir",
    "al-Sham"], {}, "")."""
    words = [w for w in re.findall(r"[\w'-]+", name) if w.lower() not in ("the", "a", "an")]
    if len(words) > 1 and words[-1].lower() in _BODY_WORDS:
        words = words[:-1]
    if not words:
        return [], set(), ""

    def proper(w: str) -> bool:
        return w[:1].isupper() or re.match(r"(?:al|el|ad|as|ash|ar)-[A-Z]", w) is not None
    if len(words) == 1 and words[0].isupper():
        return words, set(), ""  # initials
    if len(words) > 1 and proper(words[-1]):
        start = next(i for i, w in enumerate(words) if proper(w) and all(
            proper(x) or x in ("for", "of", "and", "de", "du", "la", "le") for x in words[i:]))
        if start < len(words) - 1:
            return words[start:], set(), ""
    head = words[-1].lower()
    head = head[:-1] if head.endswith("s") and len(head) > 3 and not head.endswith("ss") else head
    return [], {w.lower() for w in words[:-1] if proper(w)}, _PARTY_WORDS.get(head, head)


def same_party(a: Source, b: Source) -> bool:
    """Two names of one party: the same common head with no clashing nationality or qualifier ("Syrian
    rebels" / "rebels", not "Israeli military" / "Lebanese military"), the same proper name with or
    without its qualifiers, or a name and its initials ("HTS" / "Hayat Tahrir al-Sham")."""
    if "unnamed" in (a.kind, b.kind) or {a.kind, b.kind} & {"agency", "outlet", "social"}:
        return False
    (pa, ma, ha), (pb, mb, hb) = _party_words(a.name), _party_words(b.name)
    if ha and hb:
        return ha == hb and (ma <= mb or mb <= ma)
    if not (pa and pb):
        return False
    if pa == pb:
        return True

    def initials(words: list[str]) -> str:
        return "".join(w.removeprefix("al-")[:1].upper() for w in words)
    short, long_ = sorted((pa, pb), key=len)
    if len(short) == 1 and short[0].isupper() and len(short[0]) >= 2 and short[0] == initials(long_):
        return True
    n = len(short)
    return n >= 2 and any(long_[i:i + n] == short for i in range(len(long_) - n + 1))
