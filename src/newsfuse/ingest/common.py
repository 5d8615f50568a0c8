"""What every reader shares: decoding bytes, size limits, ids and dates."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from ..errors import NotText, TooLarge
from ..model import Article, Rejection

#: Largest single document accepted (a news article is a few KB; 20 MB is far beyond any).
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass
class IngestResult:
    """Everything read: accepted articles and rejected inputs, in input order."""

    articles: list[Article] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)

    @property
    def read(self) -> int:
        return len(self.articles) + len(self.rejected)

    def extend(self, items) -> None:
        for item in items:
            if isinstance(item, Rejection):
                self.rejected.append(item)
            else:
                self.articles.append(item)


def check_size(size: int, limit: int, what: str) -> None:
    if size > limit:
        raise TooLarge(
            f"{what} is too large: {size:,} bytes, over the limit of {limit:,} bytes (--max-bytes)"
        )


def decode(data: bytes, what: str) -> str:
    """Bytes to text; binary data is refused rather than turned into mojibake."""
    if b"\x00" in data[:8192]:
        raise NotText(f"{what} is not text (binary data)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if len(data) < 4096:
        # Too short for a reliable statistical guess: take Windows-1252, the usual legacy
        # encoding of Western news text, when every byte is defined in it.
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise NotText(f"{what} is not text (no text encoding fits)")
    text = str(best)
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 8:
        raise NotText(f"{what} is not text (control characters)")
    return text


_SLUG = re.compile(r"[^A-Za-z0-9._-]+")


def slug(value: str, limit: int = 80) -> str:
    return _SLUG.sub("-", value).strip("-.")[:limit] or "article"


def article_id(path: Path) -> str:
    name = path.name
    for ext in (".warc.gz", ".jsonl.gz"):
        if name.endswith(ext):
            return name[: -len(ext)]
    return path.stem


def iso_date(value: object) -> str | None:
    """A date-like value (ISO string, datetime, struct_time) as YYYY-MM-DD, or None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "tm_year"):
        return f"{value.tm_year:04d}-{value.tm_mon:02d}-{value.tm_mday:02d}"
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", str(value))
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    return None
