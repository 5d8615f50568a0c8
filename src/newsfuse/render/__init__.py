"""Renderers: a dossier as JSON (the contract), Markdown, or HTML for people."""

from __future__ import annotations

import json

from ..errors import UsageError
from ..model import Dossier


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
