"""Reuse: wire copy found despite edits; shared facts in own words are not reuse."""

from __future__ import annotations

import json
from pathlib import Path

from newsfuse.fusion.reuse import Doc, align, find_reuse

GOLD = json.loads((Path(__file__).resolve().parents[2] / "examples" / "gold.json").read_text())


def test_edited_copy_aligned_including_split_sentence():
    a = ["The minister said the government backs a full inquiry into the collapse of the dam.",
         "Rescue teams worked through the night to pull residents from the roofs of their homes in the village.",
         "Neighbouring countries offered boats and pumps to help with the flood."]
    b = ["The minister said the government supports a full inquiry into the collapse of the dam.",
         "Rescue teams worked through the night to pull residents from the roofs in the village.",
         "The water there rose three metres.",
         "A completely different sentence about the weather forecast for next week in the capital."]
    pairs = {(p.a, p.b) for p in align(a, b)}
    assert (0, 0) in pairs and (1, 1) in pairs
    assert all(bb != 3 for _, bb in pairs)


def test_independent_writing_is_not_reuse():
    a = Doc("x", ["The president boarded a plane and left the capital for an unknown destination late on Saturday.",
                  "Rebels entered the city after a lightning offensive, residents said.",
                  "Celebrations broke out in the main square as the news spread."])
    b = Doc("y", ["The leader is said to have fled the country as opposition fighters moved into the capital.",
                  "Witnesses reported jubilation in the streets and chants of freedom.",
                  "The army command told officers that the regime had ended."])
    assert find_reuse([a, b]) == []


def test_seeds_wire_copy(seeds_dossier):
    d = seeds_dossier
    pairs = {tuple(x[:3] for x in r.articles): r for r in d.reuse}
    assert ("003", "004") in pairs
    r = pairs[("003", "004")]
    assert r.kind == "copy" and len(r.pairs) >= 10
    a3, a4 = d.article(r.articles[0]), d.article(r.articles[1])
    aligned = {(a3.sentences[p.a].text, a4.sentences[p.b].text) for p in r.pairs}
    assert any("inadmissible" in x and "unacceptable" in y for x, y in aligned)
    assert any("backs" in x and "supports" in y for x, y in aligned)
    # no other pair of the seeds shares text, only facts
    assert set(pairs) == {("003", "004")}
    lines = [sorted(x[:3] for x in ln["articles"]) for ln in d.independent_lines]
    assert ["003", "004"] in lines and len(lines) == 4


def test_examples_wire_copy(examples_dossier):
    found = {tuple(r.articles) for r in examples_dossier.reuse}
    for a, b in GOLD["wire_copy_pairs"]:
        assert (a, b) in found or (b, a) in found
    for a, b in GOLD["independent_pairs"]:
        assert (a, b) not in found and (b, a) not in found
