"""Entity resolution on a synthetic story of N articles (default 500), without spaCy.

    python benchmarks/entities.py [--articles 500]

Each article carries about 40 entity spans drawn from a pool of names with transliteration
variants, so the matcher sees the candidate volume of a large story. Reports seconds.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from newsfuse.fusion.entities import build_entities  # noqa: E402
from newsfuse.model import Article, EntitySpan, Sentence  # noqa: E402

GIVEN = ["Mohammed", "Mohammad", "Ahmed", "Ahmad", "Ali", "Omar", "Yusuf", "Hassan", "Karim", "Samir"]
FAMILY = ["al-Jalali", "Jalali", "Haddad", "al-Haddad", "Nasser", "Mansour", "Khalil", "Saleh", "Qasim"]
PLACES = ["Latakia", "Lattakia", "Tartus", "Homs", "Hama", "Idlib", "Raqqa", "Daraa", "Sednaya", "Saydnaya"]
ORGS = ["Al Jazeera", "AlJazeera", "Red Crescent", "World Food Programme", "Central Bank"]


def article(i: int, rng: random.Random) -> Article:
    parts, ents, pos = [], [], 0
    for s in range(20):
        names = [(f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}", "PERSON"), (rng.choice(PLACES), "GPE")]
        if rng.random() < 0.3:
            names.append((rng.choice(ORGS), "ORG"))
        text = ""
        for name, label in names:
            start = pos + len(text)
            ents.append(EntitySpan(name, label, start, start + len(name), s, 0, 0))
            text += name + " met officials in the city. "
        parts.append(Sentence(s, text.strip(), pos, pos + len(text.strip())))
        pos += len(text) + 1
    return Article(id=f"a{i:04d}", source="synthetic", text=" ".join(p.text for p in parts),
                   sentences=parts, ents=ents)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=500)
    args = ap.parse_args()
    rng = random.Random(7)
    arts = [article(i, rng) for i in range(args.articles)]
    n = sum(len(a.ents) for a in arts)
    t0 = time.perf_counter()
    ents = build_entities(arts)
    secs = time.perf_counter() - t0
    print(f"{args.articles} articles, {n:,} mentions -> {len(ents)} entities in {secs:.2f} s")


if __name__ == "__main__":
    main()
