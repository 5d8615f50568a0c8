"""Renderers: a dossier as JSON (the contract), Markdown, or HTML for people."""

from __future__ import annotations

import json

from ..errors import UsageError
from ..model import Dossier


def outlets(dossier: Dossier) -> list[str]:
    """The outlets named by the reports, then how many reports name none (their ids say nothing to a reader)."""
    named = sorted({a.outlet for a in dossier.articles if a.outlet})
    unnamed = sum(1 for a in dossier.articles if not a.outlet)
    if unnamed:
        named.append(f"{unnamed} report{'s' if unnamed > 1 else ''} with no outlet given")
    return named


def render(dossier: Dossier, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(dossier.to_dict(), indent=2, ensure_ascii=False) + "\n"
    if fmt == "md":
        from .markdown import render_markdown

        return render_markdown(dossier)
    if fmt == "html":
        from .html import render_html

        return render_html(dossier)
    raise UsageError(f"unknown output format {fmt!r}")
