"""Dates for undated articles, inferred from the story and checked against their own text."""

from __future__ import annotations

from datetime import date, timedelta

from ...model import Article, DateEvidence
from .expressions import WEEKDAYS, find_expressions, resolve_weekday
import re

_WD = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.I)


def _weekday_fit(art: Article, d: date) -> tuple[float, list[DateEvidence]]:
    """How well a candidate date fits the weekdays the article names (same day or the day
    before fit best; what would only fit as the day after or a week away fits worst)."""
    score, ev = 0.0, []
    for s in art.sentences:
        for m in _WD.finditer(s.text):
            wd = WEEKDAYS.index(m.group(1).lower())
            back = (d.weekday() - wd) % 7
            score += {0: 2.0, 1: 1.0, 2: 0.3, 6: 0.5}.get(back, -1.0)
            ev.append(DateEvidence("text", m.group(0), s.index))
    return score, ev


def _explicit_bound(art: Article, ref: date) -> date | None:
    latest = None
    for s in art.sentences:
        for x in find_expressions(s.text, ref):
            if x.precision == "day" and x.date and x.kind in ("iso", "mdy", "dmy"):
                d = date.fromisoformat(x.date)
                latest = max(latest, d) if latest else d
    return latest


def infer_dates(articles: list[Article], copies: dict[str, set[str]]) -> list[Article]:
    """Articles with header/metadata dates keep them; an undated one gets the candidate date
    (the story's dates and the day after each) that best fits the weekdays and dates in its own
    text, else the date of an article it shares copy with; None when nothing supports one."""
    dated = sorted({date.fromisoformat(a.date) for a in articles if a.date})
    out: list[Article] = []
    inferred: dict[str, str] = {}
    for art in articles:
        if art.date or not dated:
            out.append(art)
            continue
        cands = sorted({d + timedelta(days=k) for d in dated for k in (0, 1)})
        bound = _explicit_bound(art, dated[-1])
        best, best_score, best_ev = None, None, []
        for d in cands:
            score, ev = _weekday_fit(art, d)
            if bound and d < bound:
                score -= 3
            if ev and (best_score is None or score > best_score):
                best, best_score, best_ev = d, score, ev
        if best is not None and best_score > 0:
            evidence = [DateEvidence("story", f"story dates {dated[0]} to {dated[-1]}")] + best_ev
            out.append(_with_date(art, best, evidence))
            inferred[art.id] = best.isoformat()
        else:
            out.append(art)
    # an article sharing copy with a dated (or date-inferred) one, and nothing of its own
    result = []
    for art in out:
        if not art.date:
            partner = next((p for p in sorted(copies.get(art.id, ()))
                            for a in out if a.id == p and a.date), None)
            pdate = next((a.date for a in out if a.id == partner), None)
            if pdate:
                art = _with_date(art, date.fromisoformat(pdate),
                                 [DateEvidence("story", f"shares copy with {partner}, dated {pdate}")])
        result.append(art)
    return result


def _with_date(art: Article, d: date, evidence: list[DateEvidence]) -> Article:
    import dataclasses

    return dataclasses.replace(art, date=d.isoformat(), date_origin="inferred",
                               date_evidence=list(art.date_evidence) + evidence)


__all__ = ["infer_dates", "resolve_weekday"]
