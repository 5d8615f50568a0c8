"""Pipelines are checked when built: a stage whose requirements nothing provides is an error."""

from __future__ import annotations

import pytest

from newsfuse.errors import MissingRequirement, UnknownStage
from newsfuse.pipeline import Pipeline, Registry, Stage


def _registry():
    reg = Registry()
    reg.add(Stage("a", "article", lambda art, ctx: art + ["a"], ("article.text",), ("x",)))
    reg.add(Stage("b", "article", lambda art, ctx: art + ["b"], ("x",), ("y",)))
    reg.add(Stage("s", "story", lambda d, ctx: d + ["s"], ("y",), ("dossier.z",)))
    return reg


def test_checked_pipeline_runs_in_order():
    p = Pipeline(["a", "b", "s"], _registry())
    assert p.run_articles([[], []], None) == [["a", "b"], ["a", "b"]]
    assert p.run_story([], None) == ["s"]


def test_missing_requirement_fails_when_built():
    with pytest.raises(MissingRequirement) as exc:
        Pipeline(["b", "a"], _registry())
    assert exc.value.code == "NF302" and "'b' requires x" in str(exc.value)


def test_unknown_stage():
    with pytest.raises(UnknownStage) as exc:
        Pipeline(["a", "nope"], _registry())
    assert "[NF301]" in str(exc.value)


def test_default_pipeline_is_valid():
    from newsfuse.api import build_pipeline
    from newsfuse.context import Config

    p = build_pipeline(Config())
    assert p.names[:2] == ["clean", "analyse"]
