"""Reuse detection at scale: N generated articles, some edited copies of others (no spaCy).

    python benchmarks/reuse.py [--articles 2000] [--copies 200]

Copies get word swaps, a dropped sentence, a split sentence and an added line. Reports the
seconds taken and the recall of copies (a copy counts when its pair is found), and how many
pairs were reported that are not copies.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from newsfuse.fusion.reuse import Doc, find_reuse  # noqa: E402

SYLLABLES = "ka lo mi ra te su no be di fa go hu ji ke lu ma ne po qi ro sa ti vu wa xe yo za".split()
FUNCTION = "the a of in on to and that with for by at from as".split()
SWAPS = {"the": "a", "said": "stated", "and": "as well as"}


def vocabulary(rng: random.Random, n: int = 5000) -> list[str]:
    return ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(n)]


def sentence(rng: random.Random, vocab: list[str] | None = None) -> str:
    vocab = vocab or VOCAB
    words = []
    for _ in range(rng.randint(10, 24)):
        words.append(rng.choice(FUNCTION) if rng.random() < 0.35 else rng.choice(vocab))
    words.insert(rng.randint(1, len(words) - 1), "said")
    return " ".join(words).capitalize() + "."


VOCAB = vocabulary(random.Random(3))


def edited(sents: list[str], rng: random.Random) -> list[str]:
    out = []
    for s in sents:
        if rng.random() < 0.1:
            continue  # dropped
        words = [SWAPS.get(w, w) if rng.random() < 0.5 else w for w in s.split()]
        s = " ".join(words)
        if rng.random() < 0.1 and len(words) > 10:
            out += [" ".join(words[:6]) + ".", " ".join(words[6:]).capitalize()]
        else:
            out.append(s)
    out.insert(rng.randint(0, len(out)), sentence(rng))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--copies", type=int, default=200)
    args = ap.parse_args()
    rng = random.Random(11)
    originals = [Doc(f"a{i}", [sentence(rng) for _ in range(rng.randint(8, 16))])
                 for i in range(args.articles - args.copies)]
    truth = set()
    source_of: dict[str, str] = {}
    docs = list(originals)
    for c in range(args.copies):
        src = rng.choice(originals)
        docs.append(Doc(f"c{c}", edited(src.sentences, rng)))
        truth.add(frozenset((src.id, f"c{c}")))
        source_of[f"c{c}"] = src.id
    rng.shuffle(docs)
    t0 = time.perf_counter()
    found = find_reuse(docs)
    secs = time.perf_counter() - t0
    pairs = {frozenset(r.articles) for r in found}
    recall = len(truth & pairs) / len(truth)
    def root(x: str) -> str:
        return source_of.get(x, x)

    extra = pairs - truth
    siblings = {p for p in extra if len({root(x) for x in p}) == 1}  # two copies of one original
    print(f"{len(docs)} articles, {len(truth)} copies: {secs:.1f} s, recall {recall:.3f}; "
          f"{len(siblings)} pairs of copies of one original, {len(extra - siblings)} false pairs")


if __name__ == "__main__":
    main()
