"""WARC archives through warcio: every HTML response record becomes an article."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..errors import InputUnreadable, NewsfuseError
from ..model import Article, Rejection
from .common import check_size, decode, slug
from .html import parse_html


def parse_warc(path: Path, *, stem: str, source: str, max_bytes: int) -> Iterator[Article | Rejection]:
    from warcio.archiveiterator import ArchiveIterator

    try:
        with path.open("rb") as fh:
            for n, record in enumerate(ArchiveIterator(fh), start=1):
                if record.rec_type != "response":
                    continue
                ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
                if "html" not in ctype.lower():
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                where = f"{source}#{n}"
                try:
                    payload = record.content_stream().read(max_bytes + 1)
                    check_size(len(payload), max_bytes, "record")
                    html = decode(payload, "record")
                    aid = f"{stem}-{slug(uri.split('://', 1)[-1], 60)}" if uri else f"{stem}-{n}"
                    yield parse_html(html, id=aid, source=where, url=uri or None)
                except NewsfuseError as exc:
                    yield Rejection(where, str(exc), exc.code)
    except NewsfuseError:
        raise
    except Exception as exc:  # warcio signals corrupt archives with assorted exception types
        raise InputUnreadable(f"unreadable WARC archive ({exc})") from exc
