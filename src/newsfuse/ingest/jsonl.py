"""JSON Lines: one article per line with `id`, `text` and optional `title`, `date`, `url`,
`outlet`, `language`."""

from __future__ import annotations

import json
from typing import Iterator

from ..errors import BadJSON, NewsfuseError
from ..model import Article, Rejection
from .common import check_size, iso_date
from .text import parse_text


def parse_jsonl(text: str, *, source: str, max_bytes: int) -> Iterator[Article | Rejection]:
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            check_size(len(line.encode("utf-8")), max_bytes, "line")
            yield parse_record(line, where=where, line=n)
        except NewsfuseError as exc:
            yield Rejection(where, str(exc), exc.code)


def parse_record(raw: str, *, where: str, line: int) -> Article:
    try:
        rec = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise BadJSON(f"bad JSON on line {line}: {exc.msg} (column {exc.colno})") from None
    if not isinstance(rec, dict):
        raise BadJSON(f"bad JSON on line {line}: expected an object, got {type(rec).__name__}")
    text, rid = rec.get("text"), rec.get("id")
    if not isinstance(text, str):
        raise BadJSON(f"bad JSON on line {line}: field 'text' missing or not a string")
    if rid is None or not str(rid).strip():
        raise BadJSON(f"bad JSON on line {line}: field 'id' missing")
    art = parse_text(text, id=str(rid), source=where)
    date = iso_date(rec.get("date"))
    if date:
        art.date, art.date_origin = date, "metadata"
    for key in ("title", "url", "outlet", "language"):
        value = rec.get(key)
        if isinstance(value, str) and value.strip():
            setattr(art, key, value.strip())
    return art
