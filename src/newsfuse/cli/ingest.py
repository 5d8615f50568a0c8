"""``newsfuse ingest``: the cleaned articles as JSON Lines."""

from __future__ import annotations

import json
import sys

from .. import api
from ..context import Config
from ..model import to_dict
from .common import add_input_args, config_from, report


def add_parser(sub) -> None:
    p = sub.add_parser("ingest", help="read and clean inputs; print the articles as JSON Lines")
    add_input_args(p)
    p.add_argument("--analyse", action="store_true", help="also split sentences (runs the NLP model)")
    p.set_defaults(func=run)


def run(args) -> int:
    cfg = config_from(args)
    if not args.analyse:
        cfg = Config(**{**cfg.__dict__, "stages": ("clean",)})
    result = api.load(args.inputs, cfg)
    for art in result.articles:
        sys.stdout.write(json.dumps(to_dict(art), ensure_ascii=False) + "\n")
    return report(result, args)
