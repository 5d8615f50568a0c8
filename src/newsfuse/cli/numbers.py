"""``newsfuse numbers``: the figures of each story with what they count, and conflicting figures."""

from __future__ import annotations

import json
import sys

from .. import api
from ..model import to_dict
from .common import add_input_args, config_from, report


def add_parser(sub) -> None:
    p = sub.add_parser("numbers", help="print the figures of each story with what they count")
    add_input_args(p)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=run)


def _fmt(q) -> str:
    if q.value is not None:
        return f"{q.value:,.0f}" if float(q.value).is_integer() else f"{q.value:,}"
    lo = f"{q.low:,.0f}" if q.low is not None else ""
    hi = f"{q.high:,.0f}" if q.high is not None else ""
    return f"{lo}-{hi}" if lo and hi else (f">={lo}" if lo else f"<={hi}")


def run(args) -> int:
    result = api.build(args.inputs, config_from(args))
    out = sys.stdout
    for d in result.dossiers:
        if args.format == "json":
            out.write(json.dumps({"story": d.story.id, "quantities": to_dict(d.quantities)}, ensure_ascii=False) + "\n")
            continue
        out.write(f"# {d.story.title} ({d.story.id})\n")
        by_id = {q.id: q for q in d.quantities}
        for q in d.quantities:
            what = " ".join(x for x in (q.about, q.event and f"({q.event})") if x)
            conflict = ("  CONFLICTS WITH " + "; ".join(f"{by_id[c].text} [{by_id[c].article}#{by_id[c].sentence}]"
                                                       for c in q.conflicts_with)) if q.conflicts_with else ""
            out.write(f"{_fmt(q):>16}  {q.kind:<9} {what:<40} \"{q.text}\" [{q.article}#{q.sentence}]{conflict}\n")
    return report(result, args)
