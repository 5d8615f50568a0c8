"""RSS and Atom feeds through feedparser: one article per entry."""

from __future__ import annotations

from typing import Iterator

from ..errors import EmptyArticle, NewsfuseError, NotText
from ..model import Article, Rejection
from .common import iso_date, slug
from .html import _domain


def _html_to_text(fragment: str) -> str:
    """Text of an HTML fragment (entry content), keeping paragraph breaks."""
    import lxml.html

    if "<" not in fragment:
        return fragment
    try:
        root = lxml.html.fromstring(f"<div>{fragment}</div>")
    except Exception:  # lxml raises several types on broken fragments
        return fragment
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in root.iter("p", "div", "li", "h1", "h2", "h3", "h4", "blockquote"):
        block.tail = "\n" + (block.tail or "")
    return root.text_content()


def parse_feed(data: bytes, *, stem: str, source: str) -> Iterator[Article | Rejection]:
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        raise NotText(f"no feed entries found ({parsed.get('bozo_exception', 'not a feed')})")
    outlet = parsed.feed.get("title") or _domain(parsed.feed.get("link"))
    for n, entry in enumerate(parsed.entries, start=1):
        where = f"{source}#{n}"
        try:
            body = ""
            if entry.get("content"):
                body = "\n".join(c.get("value", "") for c in entry.content)
            body = body or entry.get("summary", "")
            text = _html_to_text(body).strip()
            if not text:
                raise EmptyArticle("feed entry has no text")
            key = entry.get("id") or entry.get("link")
            aid = f"{stem}-{slug(key.rsplit('/', 1)[-1], 40)}" if key else f"{stem}-{n}"
            date = iso_date(entry.get("published_parsed") or entry.get("updated_parsed"))
            yield Article(
                id=aid, source=where, text=text, raw=text, title=entry.get("title") or None,
                date=date, date_origin="metadata" if date else None,
                outlet=outlet, url=entry.get("link"),
            )
        except NewsfuseError as exc:
            yield Rejection(where, str(exc), exc.code)
