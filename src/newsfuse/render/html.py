"""One-file HTML briefing: no script, no external asset, everything inline.

Rendered with Jinja2 autoescaping: article text is hostile input, and every piece of it goes
into element text or quoted attributes through the escaper; nothing untrusted is ever put in a
URL, style or script. A citation is a link to the cited sentence further down the same file and
shows that sentence on hover (its title). The Content-Security-Policy forbids scripts altogether.
"""

from __future__ import annotations

from datetime import date

from ..fusion.summary import PREFIX
from ..model import Dossier
from . import outlets as list_outlets


def _timeline_svg(d: Dossier) -> dict | None:
    """Positions of day-precision events on a time axis (computed here; drawn as inline SVG)."""
    days = sorted({e.date for e in d.timeline if e.precision == "day" and not getattr(e, "background", False)})
    if not days:
        return None
    first, last = date.fromisoformat(days[0]), date.fromisoformat(days[-1])
    span = max((last - first).days, 1)
    width, pad = 760, 40
    ticks = []
    for day in days:
        x = pad + (date.fromisoformat(day) - first).days / span * (width - 2 * pad)
        n = sum(1 for e in d.timeline if e.date == day)
        ticks.append({"x": round(x, 1), "day": day, "n": n, "r": min(4 + 2 * n, 16)})
    return {"width": width, "ticks": ticks, "pad": pad}


def _reuse_svg(d: Dossier) -> dict | None:
    import math

    if not d.reuse:
        return None
    ids = [a.id for a in d.articles]
    cx, cy, rad = 200, 150, 110
    pos = {a: (round(cx + rad * math.cos(2 * math.pi * i / len(ids)), 1),
               round(cy + rad * math.sin(2 * math.pi * i / len(ids)), 1)) for i, a in enumerate(ids)}
    edges = [{"a": pos[r.articles[0]], "b": pos[r.articles[1]], "w": round(1 + 6 * max(r.shared), 1), "kind": r.kind}
             for r in d.reuse]
    nodes = [{"id": a, "x": pos[a][0], "y": pos[a][1], "n": i + 1} for i, a in enumerate(ids)]
    return {"nodes": nodes, "edges": edges}


def _matrix(d: Dossier, max_claims: int = 15, max_sources: int = 10) -> dict | None:
    if not d.claims or not d.sources:
        return None
    names = {s.id: s for s in d.sources}
    use: dict[str, int] = {}
    claims = d.claims[:max_claims]
    for c in claims:
        for e in c.evidence:
            for sid in e.sources[:1]:
                use[sid] = use.get(sid, 0) + 1
    cols = [names[s] for s, _ in sorted(use.items(), key=lambda kv: (-kv[1], kv[0]))[:max_sources] if s in names]
    rows = []
    for c in claims:
        have = {e.sources[0]: e.stance for e in c.evidence if e.sources}
        rows.append({"claim": c, "cells": [have.get(s.id) for s in cols]})
    return {"cols": cols, "rows": rows}


def render_html(d: Dossier) -> str:
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(
        loader=PackageLoader("newsfuse", "render/templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True, lstrip_blocks=True,
    )
    sentences = {(a.id, s.index): s.text for a in d.articles for s in a.sentences}
    speakers: dict[str, list] = {}
    for q in d.quotes:
        if q.kind != "scare":
            speakers.setdefault(q.speaker_name or "unknown speaker", []).append(q)
    outlets = list_outlets(d)
    return env.get_template("dossier.html.j2").render(
        d=d, sent=sentences, timeline_svg=_timeline_svg(d), reuse_svg=_reuse_svg(d), matrix=_matrix(d),
        speakers=sorted(speakers.items(), key=lambda kv: (-len(kv[1]), kv[0])), outlets=outlets,
        source_names={s.id: s.name for s in d.sources},
        quantities={q.id: q for q in d.quantities},
        entities_by_mentions=sorted(d.entities, key=lambda e: (-len(e.mentions), e.name)),
        summary=[(x, PREFIX.sub("", x.text)) for x in d.summary],
    )
