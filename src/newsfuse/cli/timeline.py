"""``newsfuse timeline``: the dated happenings of each story, in order."""

from __future__ import annotations

import json
import sys

from .. import api
from ..model import to_dict
from .common import add_input_args, config_from, report


def add_parser(sub) -> None:
    p = sub.add_parser("timeline", help="print the timeline of each story")
    add_input_args(p)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--no-background", action="store_true", help="leave out background dates")
    p.set_defaults(func=run)


def run(args) -> int:
    result = api.build(args.inputs, config_from(args))
    out = sys.stdout
    for d in result.dossiers:
        events = [e for e in d.timeline if not (args.no_background and e.background)]
        if args.format == "json":
            out.write(json.dumps({"story": d.story.id, "timeline": to_dict(events),
                                  "articles": [{"id": a.id, "date": a.date, "date_origin": a.date_origin}
                                               for a in d.articles]}, ensure_ascii=False) + "\n")
            continue
        out.write(f"# {d.story.title} ({d.story.id})\n")
        for a in d.articles:
            if a.date_origin == "inferred":
                why = "; ".join(e.text for e in a.date_evidence)
                out.write(f"  {a.id}: dated {a.date} (inferred: {why})\n")
        for e in events:
            cites = " ".join(f"[{r.article}#{r.sentence}]" for r in e.evidence)
            flag = " (background)" if e.background else ""
            out.write(f"{e.date:<10}  {e.resolution:<8} {e.event}{flag} {cites}\n")
    return report(result, args)
