"""The Markdown briefing: every section, citations as footnotes, hostile text inert."""

from __future__ import annotations

import re

from newsfuse.render.markdown import esc, render_markdown


def test_escape():
    assert esc("<script>alert(1)</script> *bold* [x](javascript:y)") == \
        "&lt;script&gt;alert(1)&lt;/script&gt; \\*bold\\* \\[x\\](javascript:y)"


def test_seeds_markdown(seeds_dossier):
    md = render_markdown(seeds_dossier)
    for section in ("## Summary", "## Claims", "## Disputes", "## Who said what", "## Numbers", "## Timeline",
                    "## Entities", "## Sources and reused copy", "## What each report alone says", "## Reports"):
        assert section in md
    notes = set(re.findall(r"\[\^(\d+)\](?!:)", md))
    defined = set(re.findall(r"^\[\^(\d+)\]:", md, re.M))
    assert notes and notes == defined
    assert "<" not in md.replace("&lt;", "")


def test_outlets_line_names_outlets_and_counts_reports_without_one():
    from newsfuse.model import Article, Dossier, StoryInfo
    from newsfuse.render import outlets

    arts = [Article(id="a", source="x", text="T.", outlet="Zeta <b>News</b>"),
            Article(id="b", source="y", text="T."), Article(id="c", source="z", text="T.", outlet="Alpha")]
    d = Dossier(story=StoryInfo(id="s", title="t"), articles=arts)
    assert outlets(d) == ["Alpha", "Zeta <b>News</b>", "1 report with no outlet given"]
    md = render_markdown(d)
    assert "<b>" not in md and "Alpha" in md and "b\\_" not in md.splitlines()[2]
