"""The one NLP pass: sentences, tokens and entities on the record; spaCy's slips in news copy mended."""

from __future__ import annotations

from newsfuse.analyse import analyse
from newsfuse.context import Context
from newsfuse.model import Article


def _analyse(text: str) -> Article:
    art = Article(id="t", source="t", text=text)
    return analyse([art], Context())[0]


def test_records_carry_everything_later_stages_need():
    a = _analyse("Maria Lopez said the bridge in Porto Alegre would reopen.\nWork began in May.")
    assert [s.text for s in a.sentences] == [
        "Maria Lopez said the bridge in Porto Alegre would reopen.", "Work began in May."]
    assert {(e.text, e.label) for e in a.ents} >= {("Maria Lopez", "PERSON")}
    said = next(t for t in a.tokens if t.text == "said")
    assert said.lemma == "say" and said.pos == "VERB" and said.sent == 0
    assert a.tokens[said.head].text == "said"  # the root heads itself
    for t in a.tokens:
        assert a.text[t.start:t.end] == t.text


def test_quote_fragments_stay_in_their_sentence():
    a = _analyse(
        'Crowds chanted "Peace! Peace!" as the convoy passed.\n'
        '"I was at home this morning... suddenly the lights went out," said one resident, Omar.\n'
        'The mayor declared the town "safe."\nThe next paragraph begins here.'
    )
    texts = [s.text for s in a.sentences]
    assert texts[0] == 'Crowds chanted "Peace! Peace!" as the convoy passed.'
    assert texts[1].startswith('"I was at home') and texts[1].endswith("said one resident, Omar.")
    assert texts[2] == 'The mayor declared the town "safe."'
    assert all(any(ch.isalnum() for ch in t) for t in texts)


def test_empty_batch():
    assert analyse([], Context()) == []
