"""Eval gate: claim grouping and disputes on a labelled story of our own (tests/fixtures/claims_port:
six reports, 40 labelled statements, wire copy, denials and conflicting figures)."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from newsfuse import api

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "claims_port"
GOLD = json.loads((FIX / "gold.json").read_text())

# Pinned minimum scores (raise them when the grouping improves; never lower them quietly).
MIN_PRECISION = 0.9
MIN_RECALL = 0.3
MIN_CONTRADICTION_RECALL = 0.2


def _locate(d, st):
    art = d.article(st["article"])
    sent = next(s.index for s in art.sentences if st["contains"] in s.text)
    return art.id, sent


def scores(d):
    where = [(_locate(d, st), st["claim"]) for st in GOLD["statements"]]
    claim_of: dict[tuple[str, int], set[str]] = {}
    for c in d.claims:
        for e in c.evidence:
            claim_of.setdefault((e.article, e.sentence), set()).add(c.id)
    tp = fp = fn = 0
    for (a, la), (b, lb) in itertools.combinations(where, 2):
        if a == b:
            continue
        same_pred = bool(claim_of.get(a, set()) & claim_of.get(b, set()))
        tp += same_pred and la == lb
        fp += same_pred and la != lb
        fn += (not same_pred) and la == lb
    precision = tp / max(tp + fp, 1)
    recall = tp / max(tp + fn, 1)
    label_of = {}
    for ref, lab in where:
        label_of.setdefault(ref, set()).add(lab)
    found = 0
    for x, y in GOLD["contradictions"]:
        for c in d.contradictions:
            left = set().union(*(label_of.get((r.article, r.sentence), set()) for r in c.sides[0]))
            right = set().union(*(label_of.get((r.article, r.sentence), set()) for r in c.sides[1]))
            if (x in left and y in right) or (y in left and x in right):
                found += 1
                break
    return precision, recall, found / len(GOLD["contradictions"])


@pytest.fixture(scope="module")
def dossier():
    return api.build([FIX]).dossiers[0]


def test_fixture_size():
    assert len(GOLD["statements"]) >= 40
    assert len({s["article"] for s in GOLD["statements"]}) >= 6


def test_claims_gate(dossier):
    p, r, c = scores(dossier)
    print(f"claims fixture: grouping precision {p:.2f}, recall {r:.2f}; contradiction recall {c:.2f}")
    assert p >= MIN_PRECISION and r >= MIN_RECALL and c >= MIN_CONTRADICTION_RECALL
