"""Story clustering: quality on the labelled stream, and a synthetic load of short articles.

    python benchmarks/stories.py                 # labelled stream: B-cubed and articles/s, both modes
    python benchmarks/stories.py --synthetic 100000   # streaming over N generated articles: time, peak memory

The synthetic load skips the NLP model (features from plain text): it measures the clusterer.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsfuse import api  # noqa: E402
from newsfuse.stories import StoryStream, bcubed, group_articles, stream_articles, text_features  # noqa: E402


def labelled() -> None:
    fix = ROOT / "tests" / "fixtures" / "stories"
    gold = json.loads((fix / "gold.json").read_text())
    arts = api.load([fix / "stream.jsonl"]).articles
    for name, fn in (("batch", group_articles), ("stream", stream_articles)):
        t0 = time.perf_counter()
        stories = fn(arts)
        secs = time.perf_counter() - t0
        p, r, f = bcubed([s.articles for s in stories], gold)
        print(f"{name:>6}: {len(arts)} articles -> {len(stories)} stories; B-cubed P {p:.3f} R {r:.3f} "
              f"F1 {f:.3f}; {len(arts) / secs:,.0f} articles/s (clustering only)")


def synthetic(n: int) -> None:
    rng = random.Random(5)
    syll = "ka lo mi ra te su no be di fa go hu ji ke lu ma ne po ri sa ti vu".split()
    vocab = ["".join(rng.choice(syll) for _ in range(3)) for _ in range(20000)]
    n_stories = n // 8
    topics = [rng.sample(vocab, 12) for _ in range(n_stories)]
    start = date(2024, 1, 1)
    s = StoryStream()
    t0 = time.perf_counter()
    for i in range(n):
        k = min(int(i / n * n_stories + rng.random() * 3), n_stories - 1)  # stories come and go over time
        words = rng.sample(topics[k], 6) + rng.sample(vocab, 10)
        day = start + timedelta(days=int(i / n * 365))
        s.add(text_features(f"a{i}", " ".join(words), day.isoformat()))
    secs = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"synthetic stream: {n:,} articles -> {len(s.groups()):,} stories in {secs:.1f} s "
          f"({n / secs:,.0f} articles/s), peak memory {peak:,.0f} MiB")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--synthetic", type=int, default=0)
    args = ap.parse_args()
    if args.synthetic:
        synthetic(args.synthetic)
    else:
        labelled()
