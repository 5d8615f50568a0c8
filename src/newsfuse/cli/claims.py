"""``newsfuse claims``: claims ranked by independent support, with status, sources and disputes."""

from __future__ import annotations

import json
import sys

from .. import api
from ..model import to_dict
from .common import add_input_args, config_from, report


def add_parser(sub) -> None:
    p = sub.add_parser("claims", help="print the claims of each story ranked by independent support")
    add_input_args(p)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--min-sources", type=int, default=1, help="only claims with at least this many sources")
    p.set_defaults(func=run)


def run(args) -> int:
    result = api.build(args.inputs, config_from(args))
    out = sys.stdout
    for d in result.dossiers:
        claims = [c for c in d.claims if c.independent_sources >= args.min_sources]
        if args.format == "json":
            out.write(json.dumps({"story": d.story.id, "claims": to_dict(claims),
                                  "contradictions": to_dict(d.contradictions)}, ensure_ascii=False) + "\n")
            continue
        names = {s.id: s.name for s in d.sources}
        out.write(f"# {d.story.title} ({d.story.id})\n")
        for c in claims:
            arts = sorted({e.article for e in c.evidence})
            out.write(f"[{c.status}, {c.independent_sources} independent source(s), {len(arts)} article(s)] {c.text}\n")
            for e in c.evidence:
                srcs = ", ".join(dict.fromkeys(names.get(x, x) for x in e.sources))
                out.write(f"    {e.stance:<7} {e.article}#{e.sentence}  ({srcs})\n")
        if d.contradictions:
            out.write("## disputes\n")
            for x in d.contradictions:
                sides = " vs ".join(" ".join(f"{r.article}#{r.sentence}" for r in side) for side in x.sides)
                note = f" [{x.resolution}]" if x.resolution else ""
                out.write(f"  ({x.kind}) {x.topic}: {sides}{note}\n")
    return report(result, args)
