"""Stages and the pipeline that runs them.

A stage is a pure function over data-model records that declares what it *requires* and what
it *provides* (names such as ``article.sentences`` or ``dossier.entities``), as spaCy's
factories do. ``Pipeline`` checks those declarations when it is built, so a pipeline that
could not run fails at once with a coded error instead of half-way through a corpus.

Scopes say how a stage maps onto data, and so onto a distributed engine:

- ``article``: ``fn(article, ctx) -> article``: a map over articles (Spark ``map``).
- ``batch``:   ``fn(articles, ctx) -> articles``: per-article semantics, run over batches for
  speed (spaCy's ``nlp.pipe``; Spark ``mapPartitions``).
- ``corpus``:  ``fn(articles, ctx) -> stories``: grouping (Spark ``groupBy``).
- ``story``:   ``fn(dossier, ctx) -> dossier``: per-story fusion, one story at a time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from .errors import MissingRequirement, UnknownStage, UsageError

SCOPES = ("article", "batch", "corpus", "story")

# What ingest puts on every article and what building a dossier puts on every story.
BASE_PROVIDES = frozenset(
    {
        "article.id", "article.raw", "article.text", "article.title", "article.date",
        "article.outlet", "article.url", "article.source", "article.language",
        "dossier.story", "dossier.articles", "dossier.rejected",
    }
)


@dataclass(frozen=True)
class Stage:
    name: str
    scope: str
    func: Callable[..., Any]
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()
    doc: str = ""


@dataclass
class Registry:
    """Named stages. Filled at import time by the ``@stage`` decorator of each stage module."""

    stages: dict[str, Stage] = field(default_factory=dict)

    def add(self, st: Stage) -> None:
        if st.scope not in SCOPES:
            raise UsageError(f"stage {st.name!r}: unknown scope {st.scope!r}, expected one of {SCOPES}")
        self.stages[st.name] = st

    def get(self, name: str) -> Stage:
        try:
            return self.stages[name]
        except KeyError:
            known = ", ".join(sorted(self.stages)) or "none"
            raise UnknownStage(f"unknown stage {name!r} (known stages: {known})") from None


REGISTRY = Registry()


def stage(name: str, *, scope: str, requires: Iterable[str] = (), provides: Iterable[str] = ()):
    """Register a function as a pipeline stage."""

    def wrap(func: Callable[..., Any]) -> Callable[..., Any]:
        REGISTRY.add(
            Stage(name, scope, func, tuple(requires), tuple(provides), (func.__doc__ or "").strip())
        )
        return func

    return wrap


class Pipeline:
    """An ordered, checked list of stages."""

    def __init__(self, names: Iterable[str], registry: Registry | None = None):
        reg = registry or REGISTRY
        self.stages = [reg.get(n) for n in names]
        self.check()

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def check(self) -> None:
        have = set(BASE_PROVIDES)
        for st in self.stages:
            missing = [r for r in st.requires if r not in have]
            if missing:
                raise MissingRequirement(
                    f"stage {st.name!r} requires {', '.join(missing)}, which no earlier stage "
                    f"provides (pipeline: {' -> '.join(self.names)})"
                )
            have.update(st.provides)

    def of_scope(self, *scopes: str) -> list[Stage]:
        return [s for s in self.stages if s.scope in scopes]

    @staticmethod
    def run_stage(st: Stage, articles: list, ctx: Any) -> list:
        """One article or batch stage over a list of articles."""
        if not articles:
            return []
        if st.scope == "article":
            return [st.func(a, ctx) for a in articles]
        return list(st.func(articles, ctx))

    def run_articles(self, articles: list, ctx: Any) -> list:
        """Run the article and batch stages, in order, over a list of articles."""
        for st in self.of_scope("article", "batch"):
            articles = self.run_stage(st, articles, ctx)
        return articles

    def run_story(self, dossier: Any, ctx: Any) -> Any:
        for st in self.of_scope("story"):
            dossier = st.func(dossier, ctx)
        return dossier
