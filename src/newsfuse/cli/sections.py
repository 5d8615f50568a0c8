"""Commands that print one section of the dossier of each story: ``newsfuse entities`` and the
like. A fusion stage that has its own command module replaces the generic one here."""

from __future__ import annotations

import json
import sys

from .. import api
from ..model import to_dict
from .common import add_input_args, config_from, report

#: command name -> (dossier section, help)
SECTIONS = {
    "entities": ("entities", "print the resolved entities of each story"),
    "sources": ("sources", "print the sources of each story"),
    "reuse": ("reuse", "print the reuse map (shared copy) of each story"),
    "claims": ("claims", "print the claims of each story"),
    "quotes": ("quotes", "print the quotes of each story"),
    "numbers": ("quantities", "print the figures of each story"),
    "timeline": ("timeline", "print the timeline of each story"),
}


def add_parser(sub) -> None:
    for name, (section, helptext) in SECTIONS.items():
        if name in sub.choices:
            continue
        p = sub.add_parser(name, help=helptext)
        add_input_args(p)
        p.set_defaults(func=run, section=section)


def run(args) -> int:
    result = api.build(args.inputs, config_from(args))
    for d in result.dossiers:
        sys.stdout.write(json.dumps(
            {"story": d.story.id, args.section: to_dict(getattr(d, args.section))}, ensure_ascii=False
        ) + "\n")
    return report(result, args)
