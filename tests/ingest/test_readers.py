"""Every reader produces the same Article record; every bad input becomes a coded rejection."""

from __future__ import annotations

import io
import json
from pathlib import Path

from newsfuse.ingest import detect_format, read_inputs

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def _one(path, **kw):
    res = read_inputs([path], **kw)
    assert not res.rejected, res.rejected
    assert len(res.articles) == 1
    return res.articles[0]


def test_text_header_on_same_line(tmp_path):
    p = tmp_path / "017_abc.txt"
    p.write_text(" date 2024-03-05 Storm closes the port.\nShips waited offshore.\n")
    a = _one(p)
    assert a.id == "017_abc"
    assert (a.date, a.date_origin) == ("2024-03-05", "header")
    assert a.text.startswith("Storm closes the port.")


def test_text_header_on_own_line_and_no_header(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(" date 2023-12-31\nYear ends quietly.\n")
    a = _one(p)
    assert a.date == "2023-12-31" and a.text == "Year ends quietly.\n"
    q = tmp_path / "b.txt"
    q.write_text("The date was not given.\n")
    b = _one(q)
    assert b.date is None and b.date_origin is None


def test_invalid_header_date_is_not_a_date(tmp_path):
    p = tmp_path / "c.txt"
    p.write_text(" date 2023-02-30 Odd header.\n")
    a = _one(p)
    assert a.date is None


def test_jsonl_good_and_broken_lines(tmp_path):
    p = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "x1", "text": "First report.", "title": "One", "date": "2024-01-02",
                    "url": "https://example.org/1", "outlet": "Example Post"}),
        "{not json",
        json.dumps({"id": "x2"}),
        "",
        json.dumps({"id": "x3", "text": "Third report."}),
        json.dumps(["a", "list"]),
    ]
    p.write_text("\n".join(lines) + "\n")
    res = read_inputs([p])
    assert [a.id for a in res.articles] == ["x1", "x3"]
    a = res.articles[0]
    assert (a.title, a.date, a.date_origin, a.url, a.outlet) == (
        "One", "2024-01-02", "metadata", "https://example.org/1", "Example Post")
    assert [r.input for r in res.rejected] == [f"{p}:2", f"{p}:3", f"{p}:6"]
    assert all(r.code == "NF105" for r in res.rejected)
    assert "bad JSON on line 2" in res.rejected[0].reason


def test_html_through_trafilatura():
    a = _one(FIX / "page.html")
    assert a.id == "page"
    assert a.title == "Harbour bridge reopens after repairs"
    assert a.date == "2023-05-14" and a.date_origin == "metadata"
    assert a.outlet == "Coastline Courier"
    assert "forty corroded cables" in a.text
    assert "Sport" not in a.text.split("\n")  # navigation left out


def test_feed_entries_become_articles():
    res = read_inputs([FIX / "feed.xml"])
    assert [a.title for a in res.articles] == ["Orchard fire contained", "Library extends hours"]
    a = res.articles[0]
    assert a.outlet == "Valley Gazette" and a.date == "2024-04-02"
    assert a.url == "https://valley-gazette.example/news/orchard-fire"
    assert "Monday night" in a.text and "No one was hurt." in a.text
    assert len(res.rejected) == 1 and res.rejected[0].code == "NF104"


def test_warc_html_records(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    html = (FIX / "page.html").read_bytes()
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, body, ctype in (
            ("https://coastline.example/bridge", html, "text/html; charset=utf-8"),
            ("https://coastline.example/logo.png", b"\x89PNG\x00\x00", "image/png"),
        ):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
    res = read_inputs([path])
    assert len(res.articles) == 1 and not res.rejected
    a = res.articles[0]
    assert a.url == "https://coastline.example/bridge"
    assert a.id.startswith("crawl-") and "forty corroded cables" in a.text


def test_corrupt_warc_is_rejected(tmp_path):
    p = tmp_path / "bad.warc"
    p.write_bytes(b"WARC/1.0\r\nthis is not a warc record at all\r\n\r\n")
    res = read_inputs([p])
    assert not res.articles and len(res.rejected) == 1 and res.rejected[0].input == str(p)


def test_stdin_text_and_jsonl():
    res = read_inputs(["-"], stdin=io.BytesIO(b" date 2022-06-01 Piped report.\n"))
    assert res.articles[0].id == "stdin" and res.articles[0].date == "2022-06-01"
    res = read_inputs(["-"], stdin=io.BytesIO(b'{"id": "p1", "text": "Piped JSON."}\n'))
    assert res.articles[0].id == "p1"


def test_directory_recursive_stable_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Two.")
    (tmp_path / "a" / "9.txt").write_text("Nine.")
    (tmp_path / "1.txt").write_text("One.")
    (tmp_path / ".hidden.txt").write_text("Hidden.")
    res = read_inputs([tmp_path])
    assert [a.id for a in res.articles] == ["1", "9", "2"]


def test_bad_inputs_are_rejected_with_reasons(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(200)))
    big = tmp_path / "big.txt"
    big.write_text("word " * 300)
    res = read_inputs([tmp_path / "missing.txt", binary, big, empty], max_bytes=1000)
    codes = {Path(r.input).name: r.code for r in res.rejected}
    assert codes == {"missing.txt": "NF101", "photo.txt": "NF103", "big.txt": "NF106"}
    # An empty file is read (it is text); it is rejected once cleaned (api.accept).
    assert [a.id for a in res.articles] == ["empty"]


def test_latin1_text_is_decoded(tmp_path):
    p = tmp_path / "l1.txt"
    p.write_bytes("Le ministre a déclaré que la café était fermée à Genève depuis lundi.".encode("latin-1"))
    assert "déclaré" in _one(p).text


def test_detect_format():
    assert detect_format("x.warc.gz", b"") == "warc"
    assert detect_format("x.HTML", b"") == "html"
    assert detect_format("-", b"  <!DOCTYPE html><html>") == "html"
    assert detect_format("-", b"<?xml version='1.0'?><rss>") == "feed"
    assert detect_format("notes", b"Plain words") == "text"
