"""Plain-text reports: an optional leading ` date YYYY-MM-DD` header, then the report."""

from __future__ import annotations

import re

from ..model import Article

# The header may stand on its own line or run straight into the first line of text.
_DATE_HEADER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*\n?")


def parse_text(text: str, *, id: str, source: str) -> Article:
    date = None
    origin = None
    m = _DATE_HEADER.match(text)
    if m:
        from .common import iso_date

        date = iso_date(m.group(1))
        if date:
            origin = "header"
            text = text[m.end():]
    return Article(id=id, source=source, text=text, raw=text, date=date, date_origin=origin)
