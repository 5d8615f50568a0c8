"""Timeline speed: temporal-expression extraction over many sentences, and the timeline stage
over one analysed story (the spaCy pass is not timed).

    python benchmarks/timeline.py [--sentences 20000] [INPUT ...]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from newsfuse.fusion.timeline import build_timeline, find_expressions  # noqa: E402

PARTS = ["Rebels entered the city on Saturday night", "the minister called Friday for talks",
         "a 2015 resolution", "less than two weeks ago", "ending the 24-year rule of the family",
         "in the early hours of Sunday morning", "officials said on Tuesday", "since 2011",
         "talks will resume next Monday", "nothing happened here"]


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--sentences", type=int, default=20000)
    p.add_argument("inputs", nargs="*")
    a = p.parse_args()
    rnd = random.Random(7)
    sents = [", ".join(rnd.sample(PARTS, 3)) + "." for _ in range(a.sentences)]
    ref = date(2024, 12, 7)
    t = time.perf_counter()
    n = sum(len(find_expressions(s, ref)) for s in sents)
    dt = time.perf_counter() - t
    print(f"find_expressions: {a.sentences} sentences, {n} expressions, {dt:.2f}s "
          f"({a.sentences / dt:.0f} sentences/s)")
    if a.inputs:
        from newsfuse import api
        for d in api.build(a.inputs).dossiers:
            t = time.perf_counter()
            events = build_timeline(d.articles)
            print(f"build_timeline: {len(d.articles)} articles, {len(events)} events, "
                  f"{(time.perf_counter() - t) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
