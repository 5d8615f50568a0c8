"""Timeline stage: dated happenings across the story's articles, relative dates resolved
against each article's date, undated articles placed."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from datetime import date

from rapidfuzz import fuzz

from ...model import Dossier, SentenceRef, TimelineEvent
from ...pipeline import stage
from ..common import tokens_by_sentence
from .dates import infer_dates
from .events import duration_phrase, event_phrase
from .expressions import TimeExpr, find_expressions

__all__ = ["timeline", "find_expressions", "build_timeline"]


def _copies(dossier: Dossier) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for r in dossier.reuse:
        a, b = r.articles
        out[a].add(b)
        out[b].add(a)
    return out


def build_timeline(articles) -> list[TimelineEvent]:
    raw: list[tuple[TimeExpr, str, int, str, set[str]]] = []
    for art in articles:
        ref = date.fromisoformat(art.date) if art.date else None
        by_sent = tokens_by_sentence(art)
        for s in art.sentences:
            toks = by_sent.get(s.index, [])
            exprs = find_expressions(s.text, ref)
            exact = any(not x.approximate and x.precision == "day" for x in exprs)
            for x in exprs:
                if not x.date or x.precision == "week" or (x.approximate and (exact or x.precision == "day")):
                    continue  # a vague span ("less than two weeks ago") is no date for an event
                phrase, lemmas = event_phrase(toks, s.start + x.start, s.start + x.end, s.text)
                if x.kind == "duration":
                    start_phrase = duration_phrase(toks, s.start + x.start, s.start + x.end)
                    if start_phrase:
                        phrase, lemmas = start_phrase, {w for w in start_phrase.lower().split()[2:] if w.isalpha()}
                resolution = "inferred" if art.date_origin == "inferred" and x.resolution == "relative" else x.resolution
                raw.append((dataclasses.replace(x, resolution=resolution), art.id, s.index, phrase, lemmas))
    events: list[tuple[TimelineEvent, set[str], bool]] = []
    for x, aid, sent, phrase, lemmas in raw:
        ref = SentenceRef(aid, sent)
        for ev, lem, _bg in events:
            if ev.date == x.date and (
                    len(lemmas & lem) >= 2 or fuzz.token_set_ratio(ev.event, phrase) >= 75):
                if all((r.article, r.sentence) != (aid, sent) for r in ev.evidence):
                    ev.evidence.append(ref)
                lem |= lemmas
                break
        else:
            ev = TimelineEvent(x.date, x.precision if x.precision != "week" else "day", x.resolution, phrase, [ref])
            ev.background = x.background
            events.append((ev, set(lemmas), x.background))
    out = [e for e, _, _ in events]
    order = {a.id: i for i, a in enumerate(articles)}
    out.sort(key=lambda e: (e.date, order[e.evidence[0].article], e.evidence[0].sentence))
    return out


@stage("timeline", scope="story", requires=("article.sentences", "article.tokens"),
       provides=("dossier.timeline", "article.date"))
def timeline(dossier: Dossier, ctx=None) -> Dossier:
    """Place undated articles, then date every happening the articles tell."""
    articles = infer_dates(dossier.articles, _copies(dossier))
    dates = sorted(a.date for a in articles if a.date)
    story = dataclasses.replace(dossier.story, first_date=dates[0] if dates else None,
                                last_date=dates[-1] if dates else None)
    return dataclasses.replace(dossier, articles=articles, story=story, timeline=build_timeline(articles))
