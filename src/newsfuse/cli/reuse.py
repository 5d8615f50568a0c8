"""``newsfuse reuse`` and ``newsfuse sources``: the reuse map and the sources of each story."""

from __future__ import annotations

import json
import sys
from collections import defaultdict

from .. import api
from ..model import to_dict
from .common import add_input_args, config_from, report


def add_parser(sub) -> None:
    p = sub.add_parser("reuse", help="print shared copy between the articles of each story")
    add_input_args(p)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--show", type=int, default=3, help="aligned sentences shown per pair (default 3)")
    p.set_defaults(func=run_reuse)
    p = sub.add_parser("sources", help="print the sources of each story with the sentences resting on each")
    add_input_args(p)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=run_sources)


def run_reuse(args) -> int:
    result = api.build(args.inputs, config_from(args))
    out = sys.stdout
    for d in result.dossiers:
        if args.format == "json":
            out.write(json.dumps({"story": d.story.id, "reuse": to_dict(d.reuse),
                                  "independent_lines": d.independent_lines}, ensure_ascii=False) + "\n")
            continue
        out.write(f"# {d.story.title} ({d.story.id})\n")
        if not d.reuse:
            out.write("no shared copy between articles\n")
        for r in d.reuse:
            a, b = (d.article(x) for x in r.articles)
            out.write(f"{a.id} ~ {b.id}: {r.kind}, {len(r.pairs)} aligned sentences, "
                      f"shared {r.shared[0]:.0%} / {r.shared[1]:.0%}\n")
            for p in sorted(r.pairs, key=lambda p: -p.similarity)[: args.show]:
                out.write(f"  {p.similarity:.2f}  {a.sentences[p.a].text}\n        {b.sentences[p.b].text}\n")
        out.write("reporting lines: " + "; ".join(
            ", ".join(ln["articles"]) + (f" [{', '.join(ln['credits'])}]" if ln["credits"] else "")
            for ln in d.independent_lines) + "\n")
    return report(result, args)


def run_sources(args) -> int:
    result = api.build(args.inputs, config_from(args))
    out = sys.stdout
    for d in result.dossiers:
        if args.format == "json":
            out.write(json.dumps({"story": d.story.id, "sources": to_dict(d.sources),
                                  "attributions": to_dict(d.attributions)}, ensure_ascii=False) + "\n")
            continue
        names = {s.id: s for s in d.sources}
        resting = defaultdict(list)
        for att in d.attributions:
            resting[att.source].append(att)
        out.write(f"# {d.story.title} ({d.story.id})\n")
        for sid, atts in sorted(resting.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            s = names[sid]
            out.write(f"{s.name} ({s.kind}): {len(atts)} sentence(s)\n")
            for att in atts:
                via = " via " + ", ".join(names[v].name for v in att.via) if att.via else ""
                text = d.article(att.article).sentences[att.sentence].text
                out.write(f"  [{att.article}#{att.sentence}]{via}: {text[:120]}\n")
    return report(result, args)
