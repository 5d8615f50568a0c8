"""The library API. The CLI and every renderer are thin layers over these functions.

    >>> from newsfuse import api
    >>> result = api.build(["reports/"])            # stories and dossiers, nothing written
    >>> result = api.brief(["reports/"], "out/")    # the same, written as JSON (and Markdown)
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Callable, Iterable

from . import stages as _stages  # noqa: F401  (registers every stage)
from .context import Config, Context
from .errors import DuplicateArticle, EmptyArticle, UsageError
from .ingest import read_inputs
from .model import Article, Dossier, Rejection, Story, StoryInfo
from .pipeline import Pipeline

FORMATS = ("json", "md", "html")


@dataclass
class BriefResult:
    stories: list[Story] = field(default_factory=list)
    dossiers: list[Dossier] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    read: int = 0
    written: list[Path] = field(default_factory=list)

    @property
    def accepted(self) -> int:
        return len(self.articles)

    def index(self) -> dict:
        """The story index, as written to ``stories.json``."""
        return {
            "stories": [s.to_index_entry() for s in self.stories],
            "rejected": [{"input": r.input, "reason": r.reason, "code": r.code} for r in self.rejected],
        }


def build_pipeline(config: Config) -> Pipeline:
    """The configured stages, checked: an unknown name or an unmet requirement is an error."""
    return Pipeline(config.stages)


def _text_key(text: str) -> str:
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()


def accept(articles: Iterable[Article]) -> tuple[list[Article], list[Rejection]]:
    """Drop empty and duplicate articles (as rejections); make ids unique."""
    kept: list[Article] = []
    rejected: list[Rejection] = []
    by_text: dict[str, str] = {}
    ids: set[str] = set()
    for art in articles:
        if not art.text.strip():
            err = EmptyArticle("empty after cleaning (nothing but boilerplate or whitespace)")
            rejected.append(Rejection(art.source, str(err), err.code))
            continue
        key = _text_key(art.text)
        if key in by_text:
            err = DuplicateArticle(f"duplicate: same text as article {by_text[key]!r}, which was accepted")
            rejected.append(Rejection(art.source, str(err), err.code))
            continue
        if art.id in ids:
            n = 2
            while f"{art.id}~{n}" in ids:
                n += 1
            art = dataclasses.replace(art, id=f"{art.id}~{n}")
        ids.add(art.id)
        by_text[key] = art.id
        kept.append(art)
    return kept, rejected


def load(
    inputs: Iterable[str | Path], config: Config | None = None, *, stdin: BinaryIO | None = None,
    ctx: Context | None = None,
) -> BriefResult:
    """Ingest and run the per-article stages (clean, analyse) over every input."""
    ctx = ctx or Context(config or Config())
    ingested = read_inputs(inputs, max_bytes=ctx.config.max_bytes, stdin=stdin)
    pipeline = build_pipeline(ctx.config)
    articles, dropped = ingested.articles, []
    for st in pipeline.of_scope("article", "batch"):
        articles = pipeline.run_stage(st, articles, ctx)
        if st.name == "clean":  # duplicates are only known once texts are clean
            articles, dropped = accept(articles)
    return BriefResult(articles=articles, rejected=ingested.rejected + dropped, read=ingested.read)


def make_dossier(story: Story, articles: list[Article], rejected: list[Rejection]) -> Dossier:
    dates = sorted(a.date for a in articles if a.date)
    langs = sorted({a.language for a in articles if a.language})
    info = StoryInfo(story.id, story.title, dates[0] if dates else None, dates[-1] if dates else None, langs)
    return Dossier(story=info, articles=articles, rejected=list(rejected))


def group(articles: list[Article], ctx: Context, pipeline: Pipeline) -> list[Story]:
    """Stories from the pipeline's corpus stage; without one, all articles form one story."""
    corpus = pipeline.of_scope("corpus")
    if not corpus:
        from .stories import make_story

        return [make_story(articles)] if articles else []
    return corpus[0].func(articles, ctx)


def build(
    inputs: Iterable[str | Path], config: Config | None = None, *, stdin: BinaryIO | None = None,
    progress: Callable[[str, int], None] | None = None,
) -> BriefResult:
    """Ingest, analyse, group into stories and build one dossier per story."""
    ctx = Context(config or Config(), progress=progress)
    result = load(inputs, ctx.config, stdin=stdin, ctx=ctx)
    pipeline = build_pipeline(ctx.config)
    result.stories = group(result.articles, ctx, pipeline)
    by_id = {a.id: a for a in result.articles}
    for story in result.stories:
        dossier = make_dossier(story, [by_id[i] for i in story.articles], result.rejected)
        result.dossiers.append(pipeline.run_story(dossier, ctx))
        if progress:
            progress("stories", 1)
    return result


def write(result: BriefResult, out_dir: str | Path, formats: Iterable[str] = ("json", "md")) -> list[Path]:
    """Write ``stories.json`` and one dossier per story in each format."""
    from .render import render

    formats = list(formats)
    bad = [f for f in formats if f not in FORMATS]
    if bad:
        raise UsageError(f"unknown output format {', '.join(bad)} (choose from {', '.join(FORMATS)})")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = [out / "stories.json"]
    written[0].write_text(json.dumps(result.index(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    for dossier in result.dossiers:
        for fmt in formats:
            path = out / f"{dossier.story.id}.{fmt}"
            path.write_text(render(dossier, fmt), encoding="utf-8")
            written.append(path)
    result.written = written
    return written


def brief(
    inputs: Iterable[str | Path], out_dir: str | Path, formats: Iterable[str] = ("json", "md"),
    config: Config | None = None, *, stdin: BinaryIO | None = None,
    progress: Callable[[str, int], None] | None = None,
) -> BriefResult:
    """Build every story's dossier and write them to ``out_dir``."""
    result = build(inputs, config, stdin=stdin, progress=progress)
    write(result, out_dir, formats)
    return result
