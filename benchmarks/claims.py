"""Claims stage on a story made of N copies of a corpus (default: the labelled claims fixture x 20).

    python benchmarks/claims.py [--copies 20] [--corpus tests/fixtures/claims/corpus] [--encoder none]

The corpus is analysed once (spaCy); its articles are then repeated under new ids, so the grouping sees
N times the units of one story (the worst case: every copy agrees with every other). Reports seconds
for build_claims alone, and units, claims and contradictions found.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsfuse import api  # noqa: E402
from newsfuse.fusion.claims import build_claims, extract_units  # noqa: E402
from newsfuse.similarity import ENCODERS  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=20)
    ap.add_argument("--corpus", default=str(ROOT / "tests" / "fixtures" / "claims" / "corpus"))
    ap.add_argument("--encoder", default=None, help="sentence encoder (default: the shipped one; none: parse only)")
    args = ap.parse_args()
    encoder = ENCODERS.get(args.encoder)  # loaded before the clock starts
    d = api.build([Path(args.corpus)]).dossiers[0]
    arts = [dataclasses.replace(a, id=f"{a.id}-{k}") for k in range(args.copies) for a in d.articles]
    big = dataclasses.replace(d, articles=arts, entities=[], attributions=[], quantities=[])
    t0 = time.perf_counter()
    units = extract_units(big)
    claims, contradictions = build_claims(big, encoder)
    dt = time.perf_counter() - t0
    print(f"{len(arts)} articles, {len(units)} units: {len(claims)} claims, {len(contradictions)} contradictions "
          f"in {dt:.2f} s")


if __name__ == "__main__":
    main()
