"""Fit the claim pair model (src/newsfuse/fusion/claims/pairs.json) on our labelled fixtures.

    python scripts/fit_claim_pairs.py            # fit on the training fixtures, print scores, write pairs.json
    python scripts/fit_claim_pairs.py --dry-run  # print only

Training pairs are the candidate pairs of claim units (see ``candidates``) whose sentences are both
labelled; a pair is positive when the sentences share a gold claim. The held-out fixture
(tests/fixtures/claims_heldout) is never used here: it measures what the model does on a story it
was not fitted on.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsfuse import api  # noqa: E402
from newsfuse.context import DEFAULT_STAGES, Config  # noqa: E402
from newsfuse.fusion.claims import candidates, extract_units  # noqa: E402
from newsfuse.fusion.claims.evaluate import Gold  # noqa: E402
from newsfuse.fusion.claims.pairs import FEATURES, similarities  # noqa: E402
from newsfuse.similarity import ENCODERS  # noqa: E402

FIX = ROOT / "tests" / "fixtures"
TRAINING = {  # corpus, gold
    "port": (FIX / "claims_port", FIX / "claims_port" / "gold.json"),
    "rebels": (FIX / "claims" / "corpus", FIX / "claims" / "gold.json"),
    "election": (FIX / "claims_election", FIX / "claims_election" / "gold.json"),
}


def fused(corpus: Path):
    """The story's dossier with every stage before claims."""
    stages = DEFAULT_STAGES[:DEFAULT_STAGES.index("claims")]
    result = api.build(sorted(corpus.glob("*.txt")), Config(stages=stages))
    assert len(result.dossiers) == 1, corpus
    return result.dossiers[0]


def pairs(corpus: Path, gold_path: Path, encoder):
    dossier = fused(corpus)
    labels = Gold.load(gold_path).labels(dossier)
    units = extract_units(dossier)
    X, y = [], []
    for i, j, _rule, x in candidates(units, similarities(units, encoder)):
        a, b = labels.get((units[i].article, units[i].sentence)), labels.get((units[j].article, units[j].sentence))
        if x is None or not a or not b:
            continue
        X.append(x)
        y.append(int(bool(a & b)))
    return X, y


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--min-precision", type=float, default=0.98, help="pair precision the threshold keeps")
    args = ap.parse_args()
    from sklearn.linear_model import LogisticRegression

    encoder = ENCODERS.get()
    X, y = [], []
    for name, (corpus, gold) in TRAINING.items():
        xs, ys = pairs(corpus, gold, encoder)
        print(f"{name}: {len(ys)} candidate pairs, {sum(ys)} positive")
        X += xs
        y += ys
    clf = LogisticRegression(C=1.0, max_iter=1000).fit(X, y)
    probs = clf.predict_proba(X)[:, 1]
    steps = [x / 100 for x in range(30, 91, 5)]
    for t in steps:
        tp = sum(1 for p, lab in zip(probs, y) if p >= t and lab)
        print(f"  threshold {t:.2f}: pair precision {_precision(probs, y, t):.2f}, recall {tp / max(sum(y), 1):.2f}")
    # the lowest threshold whose candidate pairs keep the precision asked for
    threshold = min((t for t in steps if _precision(probs, y, t) >= args.min_precision), default=steps[-1])
    out = {
        "_doc": "Weights of the claim pair model (newsfuse.fusion.claims.pairs); written by scripts/fit_claim_pairs.py",
        "features": list(FEATURES),
        "weights": [round(float(w), 4) for w in clf.coef_[0]],
        "bias": round(float(clf.intercept_[0]), 4),
        "threshold": threshold,
        "trained_on": sorted(TRAINING),
        "pairs": len(y),
    }
    for name, w in zip(FEATURES, out["weights"]):
        print(f"  {name:16} {w:+.3f}")
    print(f"  bias {out['bias']:+.3f}, threshold {threshold}")
    if not args.dry_run:
        path = ROOT / "src" / "newsfuse" / "fusion" / "claims" / "pairs.json"
        path.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {path}")


def _precision(probs, y, t) -> float:
    tp = sum(1 for p, lab in zip(probs, y) if p >= t and lab)
    fp = sum(1 for p, lab in zip(probs, y) if p >= t and not lab)
    return tp / max(tp + fp, 1)


if __name__ == "__main__":
    main()
