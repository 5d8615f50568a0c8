"""Stories: a mixed stream grouped into stories, in batch and streaming, with stable ids."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsfuse import api
from newsfuse.stories import bcubed, group_articles, stream_articles

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "stories"
GOLD = json.loads((FIX / "gold.json").read_text())


@pytest.fixture(scope="module")
def stream_articles_fixture():
    res = api.load([FIX / "stream.jsonl"])
    assert not res.rejected and len(res.articles) >= 80
    return res.articles


def _groups(stories):
    return [s.articles for s in stories]


def test_fixture_is_large_enough():
    assert len(set(GOLD.values())) >= 12 and len(GOLD) >= 80


@pytest.mark.parametrize("mode", ["batch", "stream"])
def test_bcubed_on_labelled_stream(stream_articles_fixture, mode):
    fn = group_articles if mode == "batch" else stream_articles
    p, r, f1 = bcubed(_groups(fn(stream_articles_fixture)), GOLD)
    print(f"{mode}: B-cubed P {p:.3f} R {r:.3f} F1 {f1:.3f}")
    assert f1 >= 0.95


def test_same_topic_a_week_apart_is_two_stories(stream_articles_fixture):
    stories = group_articles(stream_articles_fixture)
    where = {a: s.id for s in stories for a in s.articles}
    assert where["storm-ilse-1"] != where["storm-jarek-1"]  # one city, two storms a week apart
    assert where["norland-election-1"] != where["norland-flood-1"]  # one country, two happenings


@pytest.mark.parametrize("corpus", ["one_event"])
def test_one_event_stays_one_story(corpus):
    arts = api.load([FIX / corpus]).articles
    assert len(group_articles(arts)) == 1 and len(stream_articles(arts)) == 1


def test_seeds_one_story_and_alone_when_mixed(seeds_dir, stream_articles_fixture):
    seeds = api.load([seeds_dir]).articles
    assert len(group_articles(seeds)) == 1
    mixed = seeds + stream_articles_fixture
    seed_ids = {a.id for a in seeds}
    for fn in (group_articles, stream_articles):
        holding = [s for s in fn(mixed) if seed_ids & set(s.articles)]
        assert len(holding) == 1 and set(holding[0].articles) == seed_ids


def test_brief_writes_one_dossier_per_story(tmp_path, stream_articles_fixture):
    res = api.brief([FIX / "stream.jsonl"], tmp_path, ["json"])
    index = json.loads((tmp_path / "stories.json").read_text())
    assert len(index["stories"]) == len(res.dossiers) >= 12
    for s in index["stories"]:
        assert (tmp_path / f"{s['id']}.json").exists() and s["title"]
    again = api.build([FIX / "stream.jsonl"])
    assert [s.id for s in again.stories] == [s["id"] for s in index["stories"]]  # stable ids


def test_bcubed_metric():
    gold = {"a": "x", "b": "x", "c": "y"}
    assert bcubed([["a", "b"], ["c"]], gold) == (1.0, 1.0, 1.0)
    p, r, _ = bcubed([["a", "b", "c"]], gold)
    assert r == 1.0 and p < 1.0
