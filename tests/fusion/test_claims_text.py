"""A claim's text: the clearest telling, in a plain register, or its own clause made into a sentence."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def clauses_of(tmp_path_factory):
    """text -> {clause of each unit: that clause as a sentence of its own, or None}, read with the sentence's
    tokens as the claims stage reads them."""
    from newsfuse import api
    from newsfuse.context import DEFAULT_STAGES, Config
    from newsfuse.fusion.claims import extract_units
    from newsfuse.fusion.claims.text import Sentences, tidy_clause

    stages = tuple(s for s in DEFAULT_STAGES[:DEFAULT_STAGES.index("claims")] if s != "stories")
    counter = iter(range(1000))

    def run(text: str) -> dict[str, str | None]:
        path = tmp_path_factory.mktemp("text") / f"{next(counter):03d}_outlet.txt"
        path.write_text(" date 2026-05-01 \n" + text + "\n", encoding="utf-8")
        d = api.build([path], Config(stages=stages)).dossiers[0]
        sentences = Sentences(d)
        return {u.clause: tidy_clause(u, sentences.tokens(u.article, u.sentence)) for u in extract_units(d)}
    return run


def _told(clauses: dict[str, str | None], word: str) -> str | None:
    return next(t for c, t in clauses.items() if word in c)


def test_a_relative_clause_is_told_of_what_it_hangs_on(clauses_of):
    told = clauses_of("The Saltmere refinery, which opened in 1974, is the largest in Veskaria and processes around "
                      "180,000 barrels of crude oil a day.")
    assert _told(told, "opened") == "The Saltmere refinery opened in 1974."
    # the parenthesis goes with its commas; a verb coordinated with another keeps their subject
    assert _told(told, "largest") == "The Saltmere refinery is the largest in Veskaria."
    assert _told(told, "processes") == "The Saltmere refinery processes around 180,000 barrels of crude oil a day."


def test_a_clause_of_time_tells_its_fact(clauses_of):
    told = clauses_of("The tanker drifted onto the reef when a towline broke on Monday night.")
    assert _told(told, "towline") == "A towline broke on Monday night."


def test_a_parenthesis_set_off_by_commas_is_left_out(clauses_of):
    told = clauses_of("CareBridge Medical, which says official figures have lagged behind from the start, now counts "
                      "41 deaths.")
    assert _told(told, "counts") == "CareBridge Medical now counts 41 deaths."


@pytest.mark.parametrize("text, word", [
    # a participle phrase has no subject nor tense of its own
    ("Landslides blocked the roads to several mountain villages, cutting them off from help.", "cutting"),
    # a clause that lost what its verb needs ("put the size of the crowd" without "at 18,000")
    ("Police put the size of the crowd that gathered in Dalvan Square at 18,000, while organisers said more than "
     "150,000 people had taken part.", "put"),
    # words missing from its middle: which man was released is told by the clause left out
    ("The man who was arrested outside the depot on Monday was released without charge on Tuesday.", "released"),
])
def test_a_fragment_is_no_sentence(clauses_of, text, word):
    told = clauses_of(text)
    assert _told(told, word) is None, told


def test_a_plain_telling_is_the_text_not_a_raised_voice(tmp_path):
    from newsfuse import api
    from newsfuse.context import DEFAULT_STAGES, Config

    texts = [
        "Fire doors on the ferry were locked when the blaze broke out, survivors told investigators on Wednesday. "
        "The coast guard said on Wednesday evening that 12 people were still missing after the fire.",
        # a tabloid: a common word shouted, the outlet speaking as "we"; its plain sentences share its register
        "Fire doors on the ferry were LOCKED when the blaze broke out, survivors say. We can reveal the ferry failed "
        "a safety check in March. The coast guard said 12 people were still missing.",
        "Survivors said fire doors on the ferry had been locked when the blaze broke out. Twelve people were still "
        "missing after the fire on Wednesday evening, the coast guard said.",
    ]
    for i, text in enumerate(texts):
        (tmp_path / f"{i:02d}_outlet-{i}.txt").write_text(f" date 2026-05-0{i + 1} \n{text}\n", encoding="utf-8")
    stages = tuple(s for s in DEFAULT_STAGES if s != "stories")
    d = api.build(sorted(tmp_path.glob("*.txt")), Config(stages=stages)).dossiers[0]
    doors = next(c for c in d.claims if "locked" in c.text.lower())
    assert {e.article[:2] for e in doors.evidence} >= {"00", "01"}
    assert "LOCKED" not in doors.text
    missing = next(c for c in d.claims if "missing" in c.text)
    assert len({e.article for e in missing.evidence}) == 3
    assert not any(e.article.startswith("01") and d.article(e.article).sentences[e.sentence].text == missing.text
                   for e in missing.evidence)


def test_loud_is_a_shouted_common_word_not_an_acronym():
    from newsfuse.fusion.claims.text import loud
    from newsfuse.model import Token

    def toks(text):
        out, pos = [], 0
        for i, w in enumerate(text.split()):
            out.append(Token(i, w, pos, w.lower(), "X", "X", "dep", i, 0))
            pos += len(w) + 1
        return out
    lower = {"locked", "five", "the", "said"}
    assert loud(toks("The doors were LOCKED ."), lower)
    assert not loud(toks("The NEMO said five people died ."), lower)  # an acronym the story never writes small
    assert not loud(toks('" We will rebuild , " the mayor said .'), lower)  # a "we" quoted is the speaker's
    assert loud(toks("Our reporter saw the fire ."), lower)
    assert not loud(toks("US President Donald Trump said the troops would stay ."), lower)  # a country, no "us"


def test_a_lone_quotation_mark_is_dropped():
    from newsfuse.fusion.claims.text import _polish

    # the clause began inside a quotation the sentence opened before it
    assert _polish('the army security forces withdrew" from the facility') == \
        "the army security forces withdrew from the facility"
    assert _polish('He said the town was "safe and stable"') == 'He said the town was "safe and stable"'


def test_a_clause_that_left_its_complement_is_told_with_it(tmp_path):
    # two claims of one sentence: the second is told by its own clause, its complement put back ("wants to ensure"
    # alone is no sentence)
    from newsfuse import api
    from newsfuse.context import DEFAULT_STAGES, Config

    text = ("Syrian Prime Minister Mohammad Ghazi al-Jalali says he remains in his home, willing to cooperate with the "
            "opposition, and wants to ensure public institutions continue to function.")
    (tmp_path / "00_outlet.txt").write_text(f" date 2026-05-01 \n{text}\n", encoding="utf-8")
    stages = tuple(s for s in DEFAULT_STAGES if s != "stories")
    d = api.build([tmp_path / "00_outlet.txt"], Config(stages=stages)).dossiers[0]
    texts = [c.text for c in d.claims]
    assert not any(t.endswith("wants to ensure.") for t in texts), texts
    assert any(t.endswith("wants to ensure public institutions continue to function.") and t != text
               for t in texts), texts
