"""Ingest: turn inputs (files, directories, stdin) into ``Article`` records.

One reader per format, all producing the same record. Every input is accounted for: it ends
as an article or as a ``Rejection`` with a coded reason; one bad input never stops the batch.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from ..errors import EmptyArticle, InputMissing, InputUnreadable, NewsfuseError
from ..model import Article, Rejection
from .common import DEFAULT_MAX_BYTES, IngestResult, article_id, check_size, decode
from .feed import parse_feed
from .html import parse_html
from .jsonl import parse_jsonl
from .text import parse_text
from .warc import parse_warc

__all__ = ["read_inputs", "read_path", "IngestResult", "DEFAULT_MAX_BYTES", "detect_format"]

HTML_EXT = {".html", ".htm", ".xhtml"}
JSONL_EXT = {".jsonl", ".ndjson"}
FEED_EXT = {".rss", ".atom", ".xml"}


def detect_format(name: str, head: bytes) -> str:
    """The reader for a file, from its name, else from its first bytes."""
    lower = name.lower()
    if lower.endswith((".warc", ".warc.gz")):
        return "warc"
    suffix = Path(lower).suffix
    if suffix in HTML_EXT:
        return "html"
    if suffix in JSONL_EXT:
        return "jsonl"
    if suffix in FEED_EXT:
        return "feed"
    start = head.lstrip()[:512].lower()
    if start.startswith(b"warc/"):
        return "warc"
    if start.startswith((b"<!doctype html", b"<html")):
        return "html"
    if start.startswith(b"<?xml") or start.startswith((b"<rss", b"<feed")):
        return "feed"
    if start.startswith(b"{"):
        return "jsonl"
    return "text"


def _iter_files(root: Path) -> Iterator[Path]:
    """Files below a directory, recursively, in a stable (sorted) order; hidden ones skipped."""
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).parts
        if any(part.startswith(".") for part in rel):
            continue
        if path.is_file():
            yield path


def read_path(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | Rejection]:
    """Articles (or rejections) from one file; a file that yields nothing is rejected too."""
    count = 0
    for item in _read_path(path, max_bytes=max_bytes):
        count += 1
        yield item
    if not count:
        err = EmptyArticle("no articles found in this file")
        yield Rejection(str(path), str(err), err.code)


def _read_path(path: Path, *, max_bytes: int) -> Iterator[Article | Rejection]:
    source = str(path)
    try:
        if not path.exists():
            raise InputMissing("no such file or directory")
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(4096)
        fmt = detect_format(path.name, head)
        if fmt == "warc":
            yield from parse_warc(path, stem=article_id(path), source=source, max_bytes=max_bytes)
            return
        if fmt != "jsonl":
            check_size(size, max_bytes, "file")
        data = path.read_bytes()
        yield from _parse_bytes(data, fmt, stem=article_id(path), source=source, max_bytes=max_bytes)
    except NewsfuseError as exc:
        yield Rejection(source, str(exc), exc.code)
    except OSError as exc:
        err = InputUnreadable(f"cannot read ({exc.strerror or exc})")
        yield Rejection(source, str(err), err.code)


def _parse_bytes(data: bytes, fmt: str, *, stem: str, source: str, max_bytes: int):
    if fmt == "feed":
        yield from parse_feed(data, stem=stem, source=source)
        return
    text = decode(data, "file")
    if fmt == "jsonl":
        yield from parse_jsonl(text, source=source, max_bytes=max_bytes)
    elif fmt == "html":
        yield parse_html(text, id=stem, source=source)
    else:
        yield parse_text(text, id=stem, source=source)


def read_stdin(stream: BinaryIO, *, max_bytes: int) -> Iterator[Article | Rejection]:
    try:
        data = stream.read(max_bytes + 1)
        check_size(len(data), max_bytes, "input")
        fmt = detect_format("-", data[:4096])
        if fmt == "warc":
            raise InputUnreadable("WARC archives must be given as files, not on standard input")
        yield from _parse_bytes(data, fmt, stem="stdin", source="-", max_bytes=max_bytes)
    except NewsfuseError as exc:
        yield Rejection("-", str(exc), exc.code)


def iter_inputs(
    inputs: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None
) -> Iterator[Article | Rejection]:
    for item in inputs:
        if str(item) == "-":
            yield from read_stdin(stdin or sys.stdin.buffer, max_bytes=max_bytes)
            continue
        path = Path(item)
        if path.is_dir():
            for f in _iter_files(path):
                yield from read_path(f, max_bytes=max_bytes)
        else:
            yield from read_path(path, max_bytes=max_bytes)


def read_inputs(
    inputs: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None
) -> IngestResult:
    """Read every input; nothing raised for bad input, everything accounted for."""
    result = IngestResult()
    result.extend(iter_inputs(inputs, max_bytes=max_bytes, stdin=stdin))
    return result
