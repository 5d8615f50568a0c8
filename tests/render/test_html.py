"""The HTML briefing: one self-contained file; hostile article text never runs (checked in a
real headless Chromium); a screenshot of the seeds' report."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from newsfuse import api
from newsfuse.render import render

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]

PAYLOADS = [
    "<script>document.documentElement.setAttribute('data-pwned','script')</script>",
    "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\">",
    "<a href=\"javascript:document.documentElement.setAttribute('data-pwned','href')\">click</a>",
    "</script><script>document.documentElement.setAttribute('data-pwned','close')</script>",
    "<svg onload=\"document.documentElement.setAttribute('data-pwned','svg')\"></svg>",
    "\"><iframe src=\"javascript:parent.document.documentElement.setAttribute('data-pwned','iframe')\">",
]


def _hostile_corpus(tmp_path: Path) -> Path:
    lines = []
    for n, p in enumerate(PAYLOADS):
        lines.append(json.dumps({
            "id": f"evil{n}", "title": f"Floods {p} hit the valley", "outlet": f"Outlet {p}",
            "date": "2024-05-0" + str(1 + n % 3),
            "text": f"The river Tamsin burst its banks on Monday, officials said {p}. \"{p}\" said Mayor Ana Ruiz. "
                    f"At least {10 + n} people were evacuated from {p} the town of Orvel, rescuers said.",
        }))
    path = tmp_path / "hostile.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path


def _dump_dom(html_path: Path, tmp_path: Path) -> str:
    out = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom",
                          html_path.as_uri()], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout


def test_hostile_text_is_escaped(tmp_path):
    d = api.build([_hostile_corpus(tmp_path)]).dossiers[0]
    html = render(d, "html")
    body = html.split("</style>", 1)[1]
    assert "<script" not in body and "<iframe" not in body and "<img" not in body
    assert "onerror=" not in re.sub(r"&[a-z#0-9]+;", "", body).replace("onerror=&", "") or "onerror=\"" not in body
    assert not re.search(r"""href=["']\s*javascript:""", html, re.I)
    assert "&lt;script&gt;" in html


@needs_chromium
def test_hostile_text_never_runs_in_chromium(tmp_path):
    d = api.build([_hostile_corpus(tmp_path)]).dossiers[0]
    path = tmp_path / "report.html"
    path.write_text(render(d, "html"), encoding="utf-8")
    dom = _dump_dom(path, tmp_path)
    assert "<h1>" in dom  # the page did load and render
    assert "data-pwned=" not in dom


@needs_chromium
def test_the_harness_sees_a_payload_that_runs(tmp_path):
    """Control: the same payloads, unescaped in a page without a policy, do run, so the check above
    could fail."""
    path = tmp_path / "control.html"
    path.write_text("<!doctype html><html><body><h1>x</h1>" + PAYLOADS[0] + "</body></html>")
    assert "data-pwned=" in _dump_dom(path, tmp_path)


def test_report_is_self_contained(seeds_dossier):
    html = render(seeds_dossier, "html")
    assert len(html.encode("utf-8")) < 1_000_000
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, re.I)
    assert "<script" not in html and "<link" not in html
    assert "Content-Security-Policy" in html and "script-src 'none'" in html
    for section in ("Summary", "Claims", "Timeline", "Who said what", "Numbers", "The reports"):
        assert f">{section}</h2>" in html
    # every citation points to a sentence in the same file
    anchors = set(re.findall(r'id="(s-[^"]+)"', html))
    cites = set(re.findall(r'class="cite" href="#(s-[^"]+)"', html))
    assert cites and cites <= anchors


@needs_chromium
def test_screenshot_of_seeds_report(seeds_dossier, tmp_path):
    path = tmp_path / "seeds.html"
    path.write_text(render(seeds_dossier, "html"), encoding="utf-8")
    png = tmp_path / "seeds.png"
    for width in (1100, 390):  # desktop and phone widths
        out = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'p'}", f"--window-size={width},2000",
                              f"--screenshot={png}", path.as_uri()], capture_output=True, text=True, timeout=120)
        assert out.returncode == 0, out.stderr[-2000:]
        data = png.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert len(data) > 30_000  # a page of text, not a blank image
