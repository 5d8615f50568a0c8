"""Entities stage: one entity per real thing across spellings, transliterations and outlets."""

from __future__ import annotations

import dataclasses
import hashlib
import re

from ...model import Dossier, Entity, Mention
from ...pipeline import stage
from .mentions import article_mentions
from .resolve import resolve

__all__ = ["entities", "build_entities", "entity_at", "resolve_name"]


def _more_mentions(articles, groups, common: frozenset[str] | set[str] = frozenset()) -> None:
    """Find the story's known names where the NER model missed them (a gazetteer pass):
    names of two or more words, acronyms, and one-word names of places and bodies."""
    from .mentions import GENERIC, RawMention
    from .resolve import _is_acronym

    taken: dict[str, list[tuple[int, int]]] = {}
    for g in groups:
        for m in g.mentions:
            taken.setdefault(m.article, []).append((m.start, m.end))
    # a person's family name alone, in a report that names that person ("Ilana Varseck ... The Daily Sprint
    # understands Varseck has been considering retirement", where the model tagged only the full name), when no
    # other name of the story ends in it or is it, and the story never writes it in lower case ("Price" of Anna
    # Price in "Price rises hit households")
    last = {}
    for g in groups:
        for f in g.forms():
            last.setdefault(f.split()[-1], set()).add(id(g))
    for g in groups:
        forms = {f for f in g.forms() if f.lower() not in GENERIC and (
            " " in f or _is_acronym(f) or (g.group != "person" and len(f) >= 4))}
        family = {f.split()[-1] for f in g.forms() if " " in f} if g.group == "person" else set()
        family = {f for f in family if len(f) >= 4 and f[0].isupper() and f[1:].islower() and last[f] == {id(g)}
                  and f.lower() not in common}
        named_in = {m.article for m in g.mentions}
        if not forms and not family:
            continue
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(forms | family, key=len, reverse=True)))
                             + r")(?![\w-])")
        for art in articles:
            spans = taken.setdefault(art.id, [])
            for mt in pattern.finditer(art.text):
                s, e = mt.span()
                if any(s < b and a < e for a, b in spans) or mt.group(0) not in forms and art.id not in named_in:
                    continue
                sent = next((x.index for x in art.sentences if x.start <= s < x.end), None)
                if sent is None:
                    continue
                g.mentions.append(RawMention(art.id, sent, mt.group(0), s, e, g.label))  # label fixed
                spans.append((s, e))


def _spelled_mentions(articles, groups, common: frozenset[str] | set[str] = frozenset()) -> None:
    """Find the story's known names where the NER model missed them, written another way ("Theodor Amsel" of
    Teodor Amsel, "the Korvana" of the Corvana): a run of proper nouns whose spelling-insensitive key is the key
    of one known name. A run of one word only names a place or a body, as in the exact pass above."""
    from .mentions import GENERIC, RawMention
    from .names import key, strip_title

    owners: dict[tuple[str, ...], set[int]] = {}
    for g in groups:
        for f in g.forms():
            k = key(f)
            if len(k) > 1 or k and g.group != "person" and len(f) >= 4 and f.lower() not in GENERIC:
                owners.setdefault(k, set()).add(id(g))
    by_id = {id(g): g for g in groups}
    taken: dict[str, list[tuple[int, int]]] = {}
    for g in groups:
        for m in g.mentions:
            taken.setdefault(m.article, []).append((m.start, m.end))
    for art in articles:
        spans = taken.setdefault(art.id, [])
        runs: list[list] = []
        for t in art.tokens:
            if t.pos == "PROPN" and t.text[:1].isupper() and t.text.lower() not in common:
                if runs and runs[-1][-1].i == t.i - 1 and runs[-1][-1].sent == t.sent:
                    runs[-1].append(t)
                    continue
                runs.append([t])
        for run in runs:
            s, e = run[0].start, run[-1].end
            if any(s < b and a < e for a, b in spans):
                continue
            text = art.text[s:e]
            bare, _ = strip_title(text)
            ids = owners.get(key(bare), set())
            if len(ids) != 1:
                continue
            g = by_id[next(iter(ids))]
            s += len(text) - len(bare)
            g.mentions.append(RawMention(art.id, run[0].sent, bare, s, e, g.label))
            spans.append((s, e))


def _common_words(articles) -> set[str]:
    """Words the story writes in lower case: a one-word 'name' among them is a common noun
    capitalised at a sentence start ("Schools in the town stayed shut")."""
    return {t.text for a in articles for t in a.tokens if t.text.islower()}


def _modifier_words(articles) -> set[str]:
    """Capitalised words the story only ever writes as the modifier of the common noun after them
    ("Riot police", which the model tags a person): no name of their own."""
    seen: dict[str, bool] = {}
    for a in articles:
        for t, nxt in zip(a.tokens, a.tokens[1:] + [None]):
            if t.text[:1].isupper() and t.text[1:].islower():
                modifies = (nxt is not None and t.dep in ("compound", "amod") and t.head == nxt.i
                            and nxt.pos == "NOUN" and nxt.text.islower())
                seen[t.text] = seen.get(t.text, True) and modifies
    return {w for w, only in seen.items() if only}


def build_entities(articles) -> list[Entity]:
    common = _common_words(articles)
    modifiers = _modifier_words(articles)
    mentions = [m for a in articles for m in article_mentions(a)
                if " " in m.text or m.text.lower() not in common and not (m.label == "PERSON" and m.text in modifiers)]
    order = {a.id: i for i, a in enumerate(articles)}
    out: list[Entity] = []
    groups = resolve(mentions)
    _more_mentions(articles, groups, common)
    _spelled_mentions(articles, groups, common)
    for g in groups:
        ms = sorted(g.mentions, key=lambda m: (order[m.article], m.start))
        name = g.full
        digest = hashlib.sha1(f"{g.label}\t{name}".encode("utf-8")).hexdigest()[:8]
        out.append(Entity(
            id=f"e-{digest}", name=name, type=g.label,
            variants=list(dict.fromkeys(m.text for m in ms)),
            mentions=[Mention(m.article, m.sentence, m.text, m.start, m.end) for m in ms],
        ))
    out.sort(key=lambda e: (order[e.mentions[0].article], e.mentions[0].start, e.id))
    seen: dict[str, int] = {}
    for e in out:  # two entities with one canonical name and type stay two ids
        n = seen.get(e.id, 0)
        seen[e.id] = n + 1
        if n:
            e.id = f"{e.id}-{n + 1}"
    return out


@stage("entities", scope="story", requires=("article.ents", "article.tokens"), provides=("dossier.entities",))
def entities(dossier: Dossier, ctx=None) -> Dossier:
    """Resolve the story's named-entity mentions into entities."""
    return dataclasses.replace(dossier, entities=build_entities(dossier.articles))


def entity_at(dossier: Dossier, article: str, start: int, end: int) -> Entity | None:
    """The entity with a mention overlapping the character span [start, end) of an article."""
    best, overlap = None, 0
    for e in dossier.entities:
        for m in e.mentions:
            if m.article == article:
                o = min(end, m.end) - max(start, m.start)
                if o > overlap:
                    best, overlap = e, o
    return best


def resolve_name(dossier: Dossier, text: str) -> Entity | None:
    """The entity a name string refers to (spelling-insensitive; a family name alone works
    when it fits one person)."""
    from .names import key
    from .resolve import name_compatible, person_compatible

    k = key(text)
    if not k:
        return None
    exact = [e for e in dossier.entities if any(key(v) == k for v in e.variants)]
    if exact:
        return max(exact, key=lambda e: len(e.mentions))
    fits = [e for e in dossier.entities
            if (e.type == "PERSON" and person_compatible(k, key(e.name))) or name_compatible(k, key(e.name))]
    return fits[0] if len(fits) == 1 else None
