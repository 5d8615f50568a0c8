"""The ``newsfuse`` command line: a thin layer over :mod:`newsfuse.api`.

Each command lives in its own module with ``add_parser(subparsers)`` and ``run(args)``.
Exit codes: 0 every input accepted; 1 some inputs rejected (output still written); 2 usage error.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from .. import __version__
from ..errors import NewsfuseError, UsageError

#: Command modules, in the order ``--help`` lists them.
COMMANDS = ("brief", "stories", "ingest", "entities", "reuse", "timeline", "quotes", "numbers", "claims", "sections")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsfuse", description="Fuse many news reports into cross-checked story dossiers."
    )
    parser.add_argument("--version", action="version", version=f"newsfuse {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"{__name__}.{name}").add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except UsageError as exc:
        print(f"newsfuse: error: {exc}", file=sys.stderr)
        return 2
    except NewsfuseError as exc:
        print(f"newsfuse: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into a program that stopped reading (head, less)
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
