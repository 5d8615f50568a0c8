"""Corrections told as "X, not Y" (newsfuse.fusion.claims.corrections): X asserted, Y denied."""

from __future__ import annotations

import pytest


def _told(units, verb):
    return sorted((u.stance, tuple(sorted(u.numbers)), tuple(sorted(u.days))) for u in units if u.verb == verb)


@pytest.mark.parametrize("text, verb, told", [
    ("Police now say the thieves spent about 12 minutes in the building, not the seven minutes the gallery first "
     "gave.", "spend", [("asserts", (12.0,), ()), ("denies", (7.0,), ())]),
    ("He is serving a seven-year sentence, not eight years as reported by some outlets earlier this week.", "serve",
     [("asserts", (7.0,), ()), ("denies", (8.0,), ())]),
    ("The FDM said 40 of its fighters were freed at the bridge, not the 52 claimed by the government.", "free",
     [("asserts", (40.0,), ()), ("denies", (52.0,), ())]),
    ("The death toll is 14, not 12 as first reported.", "be", [("asserts", (14.0,), ()), ("denies", (12.0,), ())]),
    ("Seven inmates, not six as first announced, escaped from the prison.", "escape",
     [("asserts", (7.0,), ()), ("denies", (6.0,), ())]),
    # the parse hangs "not" on the verb: the ship sank, on Tuesday
    ("The ship sank on Tuesday, not Wednesday.", "sink",
     [("asserts", (), ("2026-04-28",)), ("denies", (), ("2026-04-29",))]),
])
def test_a_figure_or_a_day_set_right_is_asserted_and_the_other_denied(units_of, text, verb, told):
    assert _told(units_of(text), verb) == told


@pytest.mark.parametrize("text, verb", [
    # a verb set against a verb: a negated clause of its own, as the parse gives it
    ("The Sella will be discontinued, not relocated, the company said.", "relocate"),
    # no figure or day to set right: left as told
    ("This is a liquidity problem, not a solvency problem, she said.", "be"),
    ("The blackout was caused by a fire at a data exchange, not by a government order.", "cause"),
])
def test_other_corrections_are_left_as_the_parse_gives_them(units_of, text, verb):
    units = [u for u in units_of(text) if u.verb == verb]
    assert len(units) <= 1


def test_not_only_corrects_nothing(units_of):
    units = units_of("The fighting was not only in the north, but also in the south.")
    assert all(not u.numbers for u in units) and len(units) == 1


def test_a_figure_set_right_disputes_the_first_figure(tmp_path):
    from newsfuse import api
    from newsfuse.context import DEFAULT_STAGES, Config

    texts = ["Six inmates escaped from Varden prison on Monday night, the prison service said.",
             "Six inmates escaped from Varden prison overnight, officials said.",
             "Police said seven inmates, not six as first announced, escaped from Varden prison on Monday night."]
    for i, text in enumerate(texts):
        (tmp_path / f"{i:02d}_outlet-{i}.txt").write_text(f" date 2026-05-05 \n{text}\n", encoding="utf-8")
    stages = tuple(s for s in DEFAULT_STAGES if s != "stories")
    d = api.build(sorted(tmp_path.glob("*.txt")), Config(stages=stages)).dossiers[0]
    six = next(c for c in d.claims if any(e.article.startswith("00_") for e in c.evidence))
    stances = {e.article[:3]: e.stance for e in six.evidence}
    assert stances == {"00_": "asserts", "01_": "asserts", "02_": "denies"}
    assert six.status == "disputed"


@pytest.mark.parametrize("text, verb, told", [
    ("Police also confirmed that five paintings had been taken, correcting the figure of four they gave on Monday.",
     "take", [("asserts", (5.0,), ()), ("denies", (4.0,), ())]),
    ("The ministry put the death toll at 14, correcting an earlier figure of 12.", "put",
     [("asserts", (14.0,), ()), ("denies", (12.0,), ())]),
    # a toll that rose is an update, not a correction
    ("The toll rose to 14, up from 12 on Monday.", "rise", [("asserts", (14.0,), ())]),
])
def test_a_figure_corrected_in_a_phrase_is_denied(units_of, text, verb, told):
    assert _told(units_of(text), verb) == told


@pytest.mark.parametrize("text", ["Death toll: 14, not 12.", "Fourteen, not twelve.",
                                  "The figure, correcting one of 12, was 14."])
def test_a_correction_with_no_clause_to_set_right_denies_nothing(units_of, text):
    assert not any(u.stance == "denies" for u in units_of(text))
