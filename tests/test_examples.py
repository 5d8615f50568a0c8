"""The bundled example corpus comes out of ingest and clean as its gold file says."""

from __future__ import annotations

import json

import pytest

from conftest import EXAMPLES

GOLD = json.loads((EXAMPLES.parent / "gold.json").read_text())


@pytest.fixture(scope="module")
def articles(examples_result):
    return {a.id: a for a in examples_result.articles}


def test_every_example_accepted(examples_result):
    assert examples_result.read == len(GOLD["articles"]) and not examples_result.rejected


@pytest.mark.parametrize("aid", sorted(GOLD["articles"]))
def test_dates_and_titles(articles, aid):
    gold, art = GOLD["articles"][aid], articles[aid]
    assert art.title == gold["title"]
    if gold["dated_by"] == "header":
        assert (art.date, art.date_origin) == (gold["date"], "header")
    else:
        assert art.date_origin in (None, "inferred")


def test_boilerplate_removed_and_recorded(articles):
    for aid, lines in GOLD["boilerplate_lines"].items():
        art = articles[aid]
        for line in lines:
            assert line not in art.text
            assert any(r.text == line for r in art.removed), (aid, line)


def test_credits(articles):
    for aid, credits in GOLD["credits"].items():
        assert articles[aid].credits == credits
        for c in credits:
            assert f"({c})" not in articles[aid].text and f"| {c}" not in articles[aid].text
