"""Fixtures of the fusion tests: claim units of a sentence, built by the full pipeline."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def units_of(tmp_path_factory):
    """text -> the claim units of a one-article story built by the full pipeline (no story clustering)."""
    from newsfuse import api
    from newsfuse.context import DEFAULT_STAGES, Config
    from newsfuse.fusion.claims import extract_units

    stages = tuple(s for s in DEFAULT_STAGES[:DEFAULT_STAGES.index("claims")] if s != "stories")
    counter = iter(range(1000))

    def run(text: str):
        path = tmp_path_factory.mktemp("units") / f"{next(counter):03d}_outlet.txt"
        path.write_text(" date 2026-05-01 \n" + text + "\n", encoding="utf-8")
        return extract_units(api.build([path], Config(stages=stages)).dossiers[0])
    return run
