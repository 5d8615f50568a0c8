"""Measures of one named thing ("a crest of 8.3 metres", "turnout stood at 61 percent") and their disputes."""

from __future__ import annotations

import pytest

from newsfuse import api


def _story(tmp_path, reports: dict[str, tuple[str, str]]):
    from newsfuse.context import DEFAULT_STAGES, Config
    from newsfuse.fusion.quantities import build_quantities

    tmp_path.mkdir(parents=True, exist_ok=True)
    for name, (day, text) in reports.items():
        (tmp_path / f"{name}.txt").write_text(f" date {day} \n{text}\n", encoding="utf-8")
    stages = tuple(s for s in DEFAULT_STAGES if s != "stories")  # one story, as the reports are
    [d] = api.build(sorted(tmp_path.glob("*.txt")), Config(stages=stages)).dossiers
    return build_quantities(d)


def _find(qs, article, text):
    return next(q for q in qs if q.article == article and q.text == text)


@pytest.mark.parametrize("sentence, figure, what", [
    ("The town's own gauge had shown a crest of 8.3 metres.", "8.3", "crest"),
    ("The State Hydrometeorological Institute put the crest at 7.9 metres.", "7.9", "crest"),
    ("The miners were found in a gallery at a depth of some 650 metres.", "650", "depth"),
    ("Turnout stood at 61 percent, the commission said.", "61", "turnout"),
    # no measured thing named: which distance, or which fall, is not said
    ("Shells struck the village, 15 kilometres north of the town.", "15", None),
    ("Its shares fell 9 percent on Tuesday.", "9", None),
    ("The slick covers a total of 20 kilometres.", "20", None),
])
def test_what_a_measure_measures(tmp_path, sentence, figure, what):
    from newsfuse.fusion.common import tokens_by_sentence
    from newsfuse.fusion.quantities import sentence_quantities

    (tmp_path / "a.txt").write_text(f" date 2026-05-13 \n{sentence}\n", encoding="utf-8")
    [art] = api.build([tmp_path / "a.txt"]).dossiers[0].articles
    by_sent = tokens_by_sentence(art)
    [q] = [q for s in art.sentences for q in sentence_quantities(art, s, None, by_sent.get(s.index, []))
           if figure in q.text]
    assert q.what == what


def test_rounding_and_units():
    from newsfuse.fusion.measures import apart, decimals

    assert decimals("52.3") == 1 and decimals("about 52") == 0 and decimals("1,200.75") == 2
    assert not apart((52.3, 52.3), (52.0, 52.0), 0)  # "52 percent" is "52.3 percent" told to the unit
    assert apart((7.9, 7.9), (8.3, 8.3), 1) and apart((12.0, 12.0), (21.0, 21.0), 0)


def test_measures_of_one_thing_are_compared(tmp_path):
    qs = _story(tmp_path, {
        "a": ("2026-05-13", "The State Hydrometeorological Institute put the crest at 7.9 metres on Wednesday. "
                            "Turnout stood at 52 percent, the commission said."),
        "b": ("2026-05-14", "The town's own gauge had shown a crest of 8.3 metres on Wednesday. The commission "
                            "gave a turnout of 52.3 percent."),
        "c": ("2026-05-14", "A second gauge showed a crest of 7,900 millimetres. The Kovryn dam lies 8.3 kilometres "
                            "upstream."),
        "d": ("2026-05-14", "A crest of 9.4 metres is what the gauge upstream had shown on Thursday."),
    })
    crest_a, crest_b = _find(qs, "a", "7.9"), _find(qs, "b", "8.3")
    assert crest_b.id in crest_a.conflicts_with
    # one turnout told to the unit and to a tenth; another distance altogether; another day
    assert not _find(qs, "a", "52").conflicts_with and not _find(qs, "b", "52.3").conflicts_with
    assert not _find(qs, "c", "8.3").conflicts_with
    assert not _find(qs, "d", "9.4").conflicts_with
