"""HTML pages, through trafilatura: main text, title, date and site name."""

from __future__ import annotations

from urllib.parse import urlparse

from ..errors import EmptyArticle
from ..model import Article
from .common import iso_date


def parse_html(html: str, *, id: str, source: str, url: str | None = None) -> Article:
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        favor_precision=True,
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise EmptyArticle("no article text found in the HTML page")
    date = iso_date(getattr(doc, "date", None))
    outlet = getattr(doc, "sitename", None) or _domain(getattr(doc, "url", None) or url)
    return Article(
        id=id, source=source, text=text, raw=text, title=getattr(doc, "title", None) or None,
        date=date, date_origin="metadata" if date else None, outlet=outlet,
        url=getattr(doc, "url", None) or url, language=getattr(doc, "language", None) or "en",
    )


def _domain(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url).hostname or ""
    return host.removeprefix("www.") or None
