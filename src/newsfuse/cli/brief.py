"""``newsfuse brief``: the main job, one dossier per story."""

from __future__ import annotations

import sys

from .. import api
from ..errors import UsageError
from .common import add_input_args, config_from, progress_bar, report


def add_parser(sub) -> None:
    p = sub.add_parser("brief", help="build one dossier per story and write them to a folder")
    add_input_args(p)
    p.add_argument("-o", "--out", required=True, metavar="DIR", help="output folder")
    p.add_argument("--format", default="json,md",
                   help="comma-separated output formats: json, md, html (default: json,md)")
    p.set_defaults(func=run)


def run(args) -> int:
    formats = [f.strip() for f in args.format.split(",") if f.strip()]
    bad = [f for f in formats if f not in api.FORMATS]
    if bad or not formats:
        raise UsageError(f"--format: unknown format {', '.join(bad) or '(none)'}; choose from json, md, html")
    with progress_bar(args) as hook:
        result = api.brief(args.inputs, args.out, formats, config_from(args), progress=hook)
    if not args.quiet:
        print(f"wrote {len(result.dossiers)} dossier(s) to {args.out}", file=sys.stderr)
    return report(result, args)
