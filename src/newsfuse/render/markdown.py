"""Markdown briefing of one dossier. Every piece of article text is escaped: a Markdown viewer
may render raw HTML, and article text is untrusted."""

from __future__ import annotations

import re

from ..model import Dossier

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|#])")


def esc(text: object) -> str:
    """Article text made inert for Markdown: HTML entities and Markdown markup escaped."""
    s = str(text if text is not None else "")
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", " ".join(s.split()))


def _cite(d: Dossier, refs) -> str:
    return " ".join(f"[{esc(r.article)}#{r.sentence}]" for r in refs)


def render_markdown(d: Dossier) -> str:
    s = d.story
    out = [f"# {esc(s.title)}", ""]
    span = " to ".join(x for x in dict.fromkeys([s.first_date, s.last_date]) if x) or "undated"
    outlets = sorted({a.outlet or a.id for a in d.articles})
    out += [f"*{len(d.articles)} articles, {span}. Outlets: {esc(', '.join(outlets))}.*", ""]
    if d.summary:
        out += ["## Summary", ""]
        out += [f"- {esc(x.text)} {_cite(d, x.cites)}" for x in d.summary] + [""]
    if d.claims:
        out += ["## Claims", "", "| claim | status | independent sources | articles |", "|---|---|---|---|"]
        for c in d.claims:
            arts = ", ".join(sorted({e.article for e in c.evidence}))
            out.append(f"| {esc(c.text)} | {c.status} | {c.independent_sources} | {esc(arts)} |")
        out.append("")
    if d.contradictions:
        out += ["## Contradictions", ""]
        for c in d.contradictions:
            sides = " **vs** ".join(_cite(d, side) for side in c.sides)
            out.append(f"- {esc(c.topic)}: {sides}")
        out.append("")
    if d.quotes:
        out += ["## Quotes", ""]
        out += [f"- **{esc(q.speaker_name or 'unknown')}**: \"{esc(q.text)}\" [{esc(q.article)}#{q.sentence}]"
                for q in d.quotes] + [""]
    if d.quantities:
        out += ["## Numbers", ""]
        out += [f"- {esc(q.text)}: {esc(q.about or '')} [{esc(q.article)}#{q.sentence}]" for q in d.quantities]
        out.append("")
    if d.timeline:
        out += ["## Timeline", ""]
        out += [f"- **{esc(e.date)}** {esc(e.event)} {_cite(d, e.evidence)}" for e in d.timeline] + [""]
    if d.entities:
        out += ["## Entities", "", "| name | type | variants | mentions |", "|---|---|---|---|"]
        for e in d.entities:
            out.append(f"| {esc(e.name)} | {e.type} | {esc(', '.join(e.variants))} | {len(e.mentions)} |")
        out.append("")
    if d.sources:
        out += ["## Sources", ""] + [f"- {esc(x.name)} ({x.kind})" for x in d.sources] + [""]
    if d.reuse:
        out += ["## Reused copy", ""]
        for r in d.reuse:
            a, b = r.articles
            out.append(f"- {esc(a)} / {esc(b)}: {r.kind}, shared {r.shared[0]:.0%} / {r.shared[1]:.0%}")
        out.append("")
    out += ["## Articles", ""]
    for a in d.articles:
        meta = ", ".join(esc(x) for x in (a.outlet, a.date, f"date from {a.date_origin}" if a.date_origin else None) if x)
        out.append(f"- **{esc(a.id)}** {esc(a.title or '')} ({meta or 'undated'}): {len(a.sentences)} sentences")
        if a.credits:
            out.append(f"  - credits: {esc(', '.join(a.credits))}")
    out.append("")
    if d.rejected:
        out += ["## Rejected inputs", ""] + [f"- {esc(r.input)}: {esc(r.reason)}" for r in d.rejected] + [""]
    return "\n".join(out)
