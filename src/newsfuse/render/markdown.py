"""Markdown briefing of one dossier. Every piece of article text is escaped: a Markdown viewer
may render raw HTML, and article text is untrusted."""

from __future__ import annotations

import re

from ..model import Dossier
from . import outlets as list_outlets

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|#])")


def esc(text: object) -> str:
    """Article text made inert for Markdown: HTML entities and Markdown markup escaped."""
    s = str(text if text is not None else "")
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", " ".join(s.split()))


class _Notes:
    """Footnotes: each cited sentence gets one number, its text listed at the end."""

    def __init__(self, d: Dossier):
        self.d, self.order = d, {}

    def __call__(self, refs) -> str:
        marks = []
        for r in refs:
            key = (r.article, r.sentence)
            if key not in self.order:
                self.order[key] = len(self.order) + 1
            marks.append(f"[^{self.order[key]}]")
        return "".join(marks)

    def render(self) -> list[str]:
        sents = {(a.id, s.index): s.text for a in self.d.articles for s in a.sentences}
        return [f"[^{n}]: {esc(a)} #{s}: {esc(sents.get((a, s), ''))}" for (a, s), n in self.order.items()]


def render_markdown(d: Dossier) -> str:
    s = d.story
    note = _Notes(d)
    out = [f"# {esc(s.title)}", ""]
    span = " to ".join(x for x in dict.fromkeys([s.first_date, s.last_date]) if x) or "undated"
    outlets = list_outlets(d)
    out += [f"*{len(d.articles)} reports, {span}. Outlets: {esc(', '.join(outlets))}.*", ""]
    out += ["## Summary", ""]
    out += [f"{i}. {esc(x.text)} {note(x.cites)}" for i, x in enumerate(d.summary, 1)] or ["No summary."]
    out.append("")
    if d.claims:
        out += ["## Claims", "", "| claim | status | independent sources | articles |", "|---|---|---|---|"]
        for c in d.claims:
            arts = len({e.article for e in c.evidence})
            out.append(f"| {esc(c.text)} {note(c.evidence)} | {c.status} | {c.independent_sources} | {arts} |")
        out.append("")
    if d.contradictions:
        out += ["## Disputes", ""]
        sents = {(a.id, x.index): x.text for a in d.articles for x in a.sentences}
        for c in d.contradictions:
            extra = f" ({esc(c.resolution)})" if getattr(c, "resolution", None) else ""
            out.append(f"- **{esc(c.topic)}**{extra}")
            for label, side in zip(("one side", "other side"), c.sides):
                for r in side:
                    out.append(f"  - {label}: {esc(sents.get((r.article, r.sentence), ''))} {note([r])}")
        out.append("")
    quotes = [q for q in d.quotes if getattr(q, "kind", "direct") != "scare"]
    if quotes:
        out += ["## Who said what", ""]
        by: dict[str, list] = {}
        for q in quotes:
            by.setdefault(q.speaker_name or "unknown speaker", []).append(q)
        for name, qs in sorted(by.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            out.append(f"**{esc(name)}**")
            for q in qs:
                from ..model import SentenceRef

                body = f"(reported) {esc(q.text)}" if getattr(q, "kind", "") == "indirect" else f"\"{esc(q.text)}\""
                out.append(f"- {body} {note([SentenceRef(q.article, q.sentence)])}")
            out.append("")
    if d.quantities:
        from ..model import SentenceRef

        out += ["## Numbers", ""]
        byid = {q.id: q for q in d.quantities}
        for q in d.quantities:
            conflict = f" — conflicts with {esc(', '.join(byid[c].text for c in q.conflicts_with))}" if q.conflicts_with else ""
            out.append(f"- {esc(q.text)}: {esc(q.about or '')}{conflict} {note([SentenceRef(q.article, q.sentence)])}")
        out.append("")
    if d.timeline:
        out += ["## Timeline", ""]
        for e in d.timeline:
            bg = " (background)" if getattr(e, "background", False) else ""
            out.append(f"- **{esc(e.date)}** {esc(e.event)}{bg} {note(e.evidence)}")
        out.append("")
    if d.entities:
        out += ["## Entities", "", "| name | type | variants | mentions |", "|---|---|---|---|"]
        for e in sorted(d.entities, key=lambda e: -len(e.mentions)):
            out.append(f"| {esc(e.name)} | {e.type} | {esc(', '.join(e.variants))} | {len(e.mentions)} |")
        out.append("")
    if d.sources or d.reuse:
        out += ["## Sources and reused copy", ""]
        out += [f"- {esc(x.name)} ({x.kind})" for x in d.sources]
        for r in d.reuse:
            a, b = r.articles
            out.append(f"- copy: {esc(a)} / {esc(b)}: {r.kind}, shared {r.shared[0]:.0%} / {r.shared[1]:.0%}")
        out.append("")
    if any(o.sentences for o in d.only_in):
        out += ["## What each report alone says", ""]
        for o in d.only_in:
            art = d.article(o.article)
            if o.sentences:
                out.append(f"**{esc(o.article)}**")
                out += [f"- {esc(art.sentences[i].text)}" for i in o.sentences]
                out.append("")
    out += ["## Reports", ""]
    for a in d.articles:
        meta = ", ".join(esc(x) for x in (a.outlet, a.date, f"date {a.date_origin}" if a.date_origin else None) if x)
        out.append(f"- **{esc(a.id)}** {esc(a.title or '')} ({meta or 'undated'})")
    out.append("")
    if d.rejected:
        out += ["## Rejected inputs", ""] + [f"- {esc(r.input)}: {esc(r.reason)}" for r in d.rejected] + [""]
    out += note.render()
    return "\n".join(out) + "\n"
