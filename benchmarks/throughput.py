"""Throughput of the full `brief` pipeline against a bare spaCy `nlp.pipe` over the same texts.

    python benchmarks/throughput.py CORPUS [CORPUS ...] [--repeat N] [--model NAME]

Both runs see the same cleaned texts; the ratio says how much the fusion stages cost on top of
the one NLP pass (1.0 would mean they cost nothing). Run by hand; figures go in the notes.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from newsfuse import api  # noqa: E402
from newsfuse.context import Config  # noqa: E402
from newsfuse.nlp import MODELS  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="+")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each; the best is reported")
    ap.add_argument("--model", default=None)
    args = ap.parse_args()
    config = Config(model=args.model)

    cleaned = api.load(args.corpus, Config(model=args.model, stages=("clean",)))
    texts = [a.text for a in cleaned.articles]
    words = sum(len(t.split()) for t in texts)
    nlp = MODELS.get(args.model)  # loaded once, outside both timings
    list(nlp.pipe(texts[:1]))  # warm-up

    def bare() -> None:
        for _ in nlp.pipe(texts, batch_size=config.batch_size):
            pass

    def full() -> None:
        with tempfile.TemporaryDirectory() as out:
            api.brief(args.corpus, out, ["json", "md"], config)

    timings = {}
    for name, fn in (("nlp.pipe", bare), ("brief", full)):
        best = float("inf")
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            fn()
            best = min(best, time.perf_counter() - t0)
        timings[name] = best
    print(f"corpus: {', '.join(args.corpus)}: {len(texts)} articles, {words:,} words, model {MODELS.resolve(args.model)}")
    for name, secs in timings.items():
        print(f"{name:>9}: {secs:7.3f} s  {words / secs:10,.0f} words/s")
    print(f"    ratio: brief takes {timings['brief'] / timings['nlp.pipe']:.2f}x the time of the bare NLP pass")


if __name__ == "__main__":
    main()
