"""Shared fixtures: the real seed reports (skipped cleanly when absent), the example corpus, and the claim units
of a sentence."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# The real reports: ../shared/seeds beside the checkout (as CI has it), or NEWSFUSE_SEEDS for a checkout
# elsewhere (a git worktree, say).
SEEDS = Path(os.environ.get("NEWSFUSE_SEEDS") or ROOT.parent / "shared" / "seeds")
EXAMPLES = ROOT / "examples" / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir() or not any(SEEDS.glob("*.txt")):
        pytest.skip("../shared/seeds is not available")
    return SEEDS


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def seeds_result(seeds_dir):
    """The full pipeline over the seeds, built once per test session."""
    from newsfuse import api

    return api.build([seeds_dir])


@pytest.fixture(scope="session")
def seeds_dossier(seeds_result):
    assert len(seeds_result.dossiers) == 1
    return seeds_result.dossiers[0]


@pytest.fixture(scope="session")
def examples_result(examples_dir):
    from newsfuse import api

    return api.build([examples_dir])


@pytest.fixture(scope="session")
def examples_dossier(examples_result):
    assert len(examples_result.dossiers) == 1
    return examples_result.dossiers[0]


def seed_id(dossier, prefix: str) -> str:
    """The full id of the seed article whose id starts with ``prefix`` (e.g. "003")."""
    return next(a.id for a in dossier.articles if a.id.startswith(prefix))


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
