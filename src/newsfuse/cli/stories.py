"""``newsfuse stories`` (the story index) and ``newsfuse watch`` (streaming assignment)."""

from __future__ import annotations

import json
import sys

from .. import api
from ..context import Config
from ..stories import StoryStream, article_features
from .common import add_input_args, config_from, report


def add_parser(sub) -> None:
    p = sub.add_parser("stories", help="group inputs into stories and print the index")
    add_input_args(p)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--stream", action="store_true", help="use the streaming clusterer instead of batch")
    p.set_defaults(func=run_stories)
    p = sub.add_parser("watch", help="assign articles to stories one at a time, in date order, as a stream")
    add_input_args(p)
    p.add_argument("--window", type=int, default=14, help="days after which a quiet story is retired")
    p.set_defaults(func=run_watch)


def run_stories(args) -> int:
    cfg = config_from(args)
    stages = tuple(s for s in cfg.stages if s in ("clean", "analyse", "stories"))
    cfg = Config(**{**cfg.__dict__, "stages": stages, "options": {"stories": "stream" if args.stream else "batch"}})
    result = api.build(args.inputs, cfg)
    if args.format == "json":
        sys.stdout.write(json.dumps(result.index(), indent=2, ensure_ascii=False) + "\n")
    else:
        for s in result.stories:
            sys.stdout.write(f"{s.id}  {len(s.articles):>3} article(s)  {s.title}\n")
            for a in s.articles:
                sys.stdout.write(f"      {a}\n")
    return report(result, args)


def run_watch(args) -> int:
    """Read every input, then feed the articles to a StoryStream in date order, printing one
    assignment line per article as it goes (JSON Lines)."""
    cfg = config_from(args)
    result = api.load(args.inputs, cfg)
    stream = StoryStream(window=args.window)
    arts = sorted(result.articles, key=lambda a: (a.date is None, a.date or ""))
    seen: set[int] = set()
    for a in arts:
        key = stream.add(article_features(a))
        sys.stdout.write(json.dumps({"article": a.id, "date": a.date, "story": key, "new": key not in seen}) + "\n")
        sys.stdout.flush()
        seen.add(key)
    return report(result, args)
