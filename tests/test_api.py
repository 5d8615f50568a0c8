"""The library API: every input accounted for, duplicates once, ids unique, output written."""

from __future__ import annotations

import json

from newsfuse import api
from newsfuse.context import Config
from newsfuse.schema import validate


def test_duplicates_and_empty_after_cleaning(tmp_path):
    (tmp_path / "a.txt").write_text("The bridge reopened on Sunday after repairs, the council said.\n")
    (tmp_path / "b.txt").write_text("The bridge reopened on Sunday after repairs, the council said.\n")
    (tmp_path / "c.txt").write_text("Subscribe to our newsletter!\n- Read More -\n")
    res = api.load([tmp_path], Config())
    assert [a.id for a in res.articles] == ["a"]
    reasons = {r.input.rsplit("/", 1)[-1]: r.code for r in res.rejected}
    assert reasons == {"b.txt": "NF107", "c.txt": "NF104"}
    assert res.read == 3


def test_reingest_is_idempotent(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Ferries resumed on Tuesday. Crews cleared the harbour.\n")
    once = api.build([p])
    twice = api.build([p, p])
    assert [a.id for a in twice.articles] == ["a"]
    assert once.stories[0].id == twice.stories[0].id
    assert [s.text for s in once.articles[0].sentences] == [s.text for s in twice.articles[0].sentences]


def test_same_id_different_text_gets_unique_id(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "r.txt").write_text("First text about the harbour.")
    (tmp_path / "y" / "r.txt").write_text("Second text about the airport.")
    res = api.load([tmp_path], Config(stages=("clean",)))
    assert [a.id for a in res.articles] == ["r", "r~2"]


def test_sentences_index_into_text(seeds_dossier):
    for art in seeds_dossier.articles:
        assert art.sentences, art.id
        for i, s in enumerate(art.sentences):
            assert s.index == i
            assert art.text[s.start:s.end] == s.text
        # a paragraph break always ends a sentence
        for s in art.sentences:
            assert "\n" not in s.text, (art.id, s.text)


def test_brief_writes_valid_outputs(seeds_dir, tmp_path):
    res = api.brief([seeds_dir], tmp_path, ["json", "md"])
    index = json.loads((tmp_path / "stories.json").read_text())
    validate(index, "stories")
    assert len(index["stories"]) == 1
    story = index["stories"][0]
    assert len(story["articles"]) == 5
    data = json.loads((tmp_path / f"{story['id']}.json").read_text())
    validate(data)
    assert (tmp_path / f"{story['id']}.md").read_text().startswith("# ")
    assert res.read == 5 and res.accepted == 5 and not res.rejected
