"""``newsfuse entities``: the resolved entities of each story as a table."""

from __future__ import annotations

import json
import sys

from .. import api
from ..model import to_dict
from .common import add_input_args, config_from, report


def add_parser(sub) -> None:
    p = sub.add_parser("entities", help="print the resolved entities of each story")
    add_input_args(p)
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(func=run)


def rows(dossier) -> list[tuple[str, str, str, int, int]]:
    return [
        (e.name, e.type, ", ".join(v for v in e.variants if v != e.name),
         len({m.article for m in e.mentions}), len(e.mentions))
        for e in sorted(dossier.entities, key=lambda e: (-len(e.mentions), e.name))
    ]


def run(args) -> int:
    result = api.build(args.inputs, config_from(args))
    for d in result.dossiers:
        if args.format == "json":
            sys.stdout.write(json.dumps({"story": d.story.id, "entities": to_dict(d.entities)},
                                        ensure_ascii=False) + "\n")
            continue
        from rich.console import Console
        from rich.table import Table

        table = Table(title=f"{d.story.title} ({d.story.id})", title_justify="left")
        for col in ("name", "type", "variants", "articles", "mentions"):
            table.add_column(col, justify="right" if col in ("articles", "mentions") else "left")
        for name, typ, variants, n_art, n_men in rows(d):
            table.add_row(name, typ, variants, str(n_art), str(n_men))
        Console(width=max(100, Console().width), markup=False, highlight=False).print(table)
    return report(result, args)
