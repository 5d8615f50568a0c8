"""Quotes: the right speaker, labels told apart from utterances, renderings matched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsfuse import api
from newsfuse.fusion.quotes import quote_spans

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "quotes"
ROOT = Path(__file__).resolve().parents[2]

# Pinned minimum scores of the hard-case fixture (an eval gate).
MIN_PRECISION = 0.9
MIN_RECALL = 0.9


def test_quote_spans_pair_marks_and_continue_paragraphs():
    text = 'She said: "One. Two.\n"Three," and left.\nThen "x" and "y".'
    spans = [text[s:e] for s, e in quote_spans(text)]
    assert spans[0].startswith("One. Two.") and spans[0].endswith("Three,")
    assert spans[1:] == ["x", "y"]


def _find(d, prefix, contains):
    return [q for q in d.quotes if q.article.startswith(prefix) and contains in q.text]


def score_fixture(d, gold):
    """Precision and recall of (quote, kind, speaker) against a gold list."""
    got = [q for q in d.quotes if q.kind in ("direct", "scare")]
    tp = 0
    for g in gold:
        match = [q for q in got if g["contains"] in q.text]
        ok = match and match[0].kind == g["kind"] and (
            (g["speaker"] is None and match[0].speaker_name is None)
            or (g["speaker"] and match[0].speaker_name and g["speaker"].lower() in match[0].speaker_name.lower()))
        tp += bool(ok)
    return tp / max(len(got), 1), tp / len(gold)


def test_hard_cases_gate():
    gold = json.loads((FIX / "gold.json").read_text())
    d = api.build([FIX / "hard.txt"]).dossiers[0]
    p, r = score_fixture(d, gold["quotes"])
    print(f"quote fixture: precision {p:.2f}, recall {r:.2f}")
    assert p >= MIN_PRECISION and r >= MIN_RECALL


@pytest.mark.parametrize("prefix, contains, speaker", [
    ("000", "extend its hand", "Jalali"),
    ("000", "I am in my house", "Jalali"),
    ("002", "I urge all to think rationally", "Jalali"),
    ("004", "This country can be a normal state", "Jalali"),
    ("002", "The situation looks very serious", "Rayner"),
    ("002", "wasn't exactly good to the Syrian people", "Rayner"),
    ("002", "The Foreign Secretary and obviously", "Rayner"),
    ("004", "After 50 years of oppression", "rebel factions"),
    ("003", "inadmissible", "Lavrov"),
    ("004", "unacceptable", "Lavrov"),
    ("003", "tired of war, blood and tears", "Erdogan"),
    ("003", "not get involved", "Trump"),
    ("004", "should not intervene", "Trump"),
    ("003", "there is no truth to news claiming", "defence ministry"),
    ("003", "safe and stable", "defence ministry"),
    ("004", "safe and stable", "ministry"),
    ("003", "suddenly everyone was scared", "Rania"),
    ("004", "Assad left Syria through Damascus International Airport", "Rami"),
    ("003", "urgent political talks", "Pedersen"),
])
def test_seed_speakers(seeds_dossier, prefix, contains, speaker):
    qs = _find(seeds_dossier, prefix, contains)
    assert qs, contains
    assert qs[0].kind == "direct" and speaker.lower() in (qs[0].speaker_name or "").lower(), qs[0]


def test_labels_are_not_utterances(seeds_dossier):
    for contains in ("industrial torture chamber", "Salvation Government"):
        qs = _find(seeds_dossier, "002", contains)
        assert qs and all(q.kind == "scare" and q.speaker is None for q in qs)


@pytest.mark.parametrize("a, b", [("inadmissible", "unacceptable"), ("is tired of war", "tired of war, blood"),
                                  ("not get involved", "should not intervene")])
def test_seed_pairs_matched(seeds_dossier, a, b):
    qa, qb = _find(seeds_dossier, "003", a)[0], _find(seeds_dossier, "004", b)[0]
    assert qb.id in qa.same_as and qa.id in qb.same_as
    assert qa.speaker and qa.speaker == qb.speaker


def test_no_false_matches(seeds_dossier):
    by_id = {q.id: q for q in seeds_dossier.quotes}
    for q in seeds_dossier.quotes:
        for other in q.same_as:
            o = by_id[other]
            assert o.article != q.article and (o.speaker_name == q.speaker_name)


def test_reported_speech_kept(seeds_dossier):
    qs = [q for q in seeds_dossier.quotes if q.kind == "indirect" and "Jalali" in (q.speaker_name or "")]
    assert any("home" in q.text for q in qs)


def test_examples_gold(examples_dossier):
    gold = json.loads((ROOT / "examples" / "gold.json").read_text())
    names = {e.id: set(e.variants) for e in examples_dossier.entities}
    for g in gold["quotes"]:
        qs = _find(examples_dossier, g["article"], g["contains"])
        assert qs and qs[0].speaker, (g, qs)
        assert g["speaker"] in names[qs[0].speaker], (g, qs[0])
    for g in gold["quote_pairs"]:
        qa = _find(examples_dossier, g["a"]["article"], g["a"]["contains"])[0]
        qb = _find(examples_dossier, g["b"]["article"], g["b"]["contains"])[0]
        assert qb.id in qa.same_as
    for g in gold["scare_quotes"]:
        assert all(q.kind == "scare" for q in _find(examples_dossier, g["article"], g["text"]))


def test_second_fixture_gate():
    """Paragraph-spanning quote with a nested quote and apostrophes, pronoun speaker after an
    apposition, quote broken by "X said", reported speech with a pronoun subject."""
    gold = json.loads((FIX / "gold2.json").read_text())
    d = api.build([FIX / "hard2.txt"]).dossiers[0]
    p, r = score_fixture(d, gold["quotes"])
    print(f"quote fixture 2: precision {p:.2f}, recall {r:.2f}")
    assert p >= MIN_PRECISION and r >= MIN_RECALL
    reported = [q for q in d.quotes if q.kind == "indirect"]
    hits = sum(any(g["contains"] == q.text and g["speaker"] in (q.speaker_name or "") for q in reported)
               for g in gold["indirect"])
    p, r = hits / max(len(reported), 1), hits / len(gold["indirect"])
    print(f"reported speech: precision {p:.2f}, recall {r:.2f}")
    assert p >= MIN_PRECISION and r >= MIN_RECALL
    # the nested single-quoted phrase stays inside the outer quote, not an utterance of its own
    assert not [q for q in d.quotes if q.text.strip(" ,.") == "take it or leave it"]


def test_one_speaker_name_one_entity(seeds_dossier):
    """A speaker named the same way in several articles resolves to one entity everywhere."""
    ids: dict[str, set] = {}
    for q in seeds_dossier.quotes:
        if q.speaker_name and q.kind == "direct":
            ids.setdefault(q.speaker_name, set()).add(q.speaker)
    mixed = {name: s for name, s in ids.items() if len(s) > 1}
    assert not mixed
    assert any(None not in s and len(s) == 1 for name, s in ids.items() if "ministry" in name.lower())


def test_pair_fixture_matching():
    """Two reports of one event: a word rendered two ways, a trimmed quote and a reported rendering
    of a direct quote are matched; quotes by different speakers are not."""
    d = api.build([FIX / "pair"]).dossiers[0]
    by_id = {q.id: q for q in d.quotes}

    def one(article, contains):
        return next(q for q in d.quotes if q.article == article and contains in q.text)

    assert one("b", "inadmissible").id in one("a", "unacceptable").same_as
    assert one("b", "exhausted by rain").id in one("a", "We are exhausted").same_as
    assert one("a", "We are exhausted").speaker_name == one("b", "exhausted by rain").speaker_name == "Lucia Ferraz"
    for q in d.quotes:
        assert all(by_id[x].speaker_name == q.speaker_name for x in q.same_as)
