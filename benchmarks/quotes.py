"""Quotes and quantities stages on a story of N copies of the seed articles (default 40).

    python benchmarks/quotes.py [--seeds ../shared/seeds] [--copies 40]

The spaCy pass runs once on the seeds; the analysed articles are then copied under new ids so the
stages see a large story (quote matching and conflict search are pairwise across articles).
Reports seconds per stage and the number of quotes and figures.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from newsfuse import api  # noqa: E402
from newsfuse.fusion.quantities import quantities  # noqa: E402
from newsfuse.fusion.quotes import quotes  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", default=str(Path(__file__).resolve().parents[2] / "shared" / "seeds"))
    ap.add_argument("--copies", type=int, default=40)
    args = ap.parse_args()
    d = api.build([args.seeds]).dossiers[0]
    arts = [dataclasses.replace(a, id=f"{a.id}-{k}") for k in range(args.copies) for a in d.articles]
    big = dataclasses.replace(d, articles=arts, quotes=[], quantities=[])
    for name, fn in (("quotes", quotes), ("quantities", quantities)):
        t = time.perf_counter()
        out = fn(big)
        n = len(getattr(out, name))
        print(f"{name:<11} {len(arts)} articles: {time.perf_counter() - t:.2f} s, {n} items")


if __name__ == "__main__":
    main()
