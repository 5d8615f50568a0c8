"""``newsfuse quotes``: who said what, grouped by speaker, with cross-outlet matches."""

from __future__ import annotations

import json
import sys

from .. import api
from ..model import to_dict
from .common import add_input_args, config_from, report


def add_parser(sub) -> None:
    p = sub.add_parser("quotes", help="print the quotes of each story by speaker")
    add_input_args(p)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--all", action="store_true", help="also list scare quotes (labels in quotation marks)")
    p.set_defaults(func=run)


def run(args) -> int:
    result = api.build(args.inputs, config_from(args))
    out = sys.stdout
    for d in result.dossiers:
        qs = [q for q in d.quotes if args.all or q.kind != "scare"]
        if args.format == "json":
            out.write(json.dumps({"story": d.story.id, "quotes": to_dict(qs)}, ensure_ascii=False) + "\n")
            continue
        out.write(f"# {d.story.title} ({d.story.id})\n")
        by_id = {q.id: q for q in d.quotes}
        speakers: dict[str, list] = {}
        for q in qs:
            speakers.setdefault(q.speaker_name or "(unknown speaker)", []).append(q)
        for name, items in sorted(speakers.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            out.write(f"{name}\n")
            for q in items:
                mark = '"' if q.kind == "direct" else ("(reported) " if q.kind == "indirect" else "(label) ")
                same = f"  = {', '.join(by_id[x].article for x in q.same_as)}" if q.same_as else ""
                close = '"' if q.kind == "direct" else ""
                out.write(f"  {mark}{q.text}{close} [{q.article}#{q.sentence}]{same}\n")
    return report(result, args)
