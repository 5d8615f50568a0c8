"""Scoring claims against a labelled story: pairwise grouping precision and recall, contradiction recall.

Gold files (``tests/fixtures/claims*/gold.json``) label statements: an article (its file stem or a
prefix of its id), a substring of one sentence, and a claim label; ``"denies": true`` marks a denial.
``contradictions`` lists pairs of labels in dispute. A pair of labelled sentences from different
articles is a true pair when they share a label, a found pair when one claim carries both. A gold
dispute is found when one contradiction has a sentence of each label on opposite sides.

Contradiction precision judges the disputes found: of those whose two sides both carry gold labels, the share
with a gold dispute across the sides. The gold lists the disputes its writer meant, not every one a story
holds, so this is a floor, not an exact figure.

Pairwise recall weighs a fact by the square of its tellings; a reader sees claims. So a second measure counts
the main facts (labels told by three articles or more) that come out whole: one claim carrying the sentences
of at least 80% of the articles that tell them.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from pathlib import Path

from ...model import Dossier


@dataclass
class Gold:
    statements: list[tuple[str, str, set[str]]]  # article prefix, needle, labels
    contradictions: list[tuple[str, str]]

    @classmethod
    def load(cls, path: str | Path) -> "Gold":
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if "statements" in data:
            sts = [(s["article"], s["contains"], {s["claim"]}) for s in data["statements"]]
            xs = [tuple(x) for x in data["contradictions"]]
        else:  # the older form: sentences with their labels, disputes as sides of needles
            sts = [(p, n, set(labels)) for p, n, labels in data["sentences"]]
            label_of = {(p, n): labels for p, n, labels in sts}
            xs = []
            for x in data["contradictions"]:
                a = set().union(*(label_of.get(tuple(r), set()) for r in x["sides"][0]))
                b = set().union(*(label_of.get(tuple(r), set()) for r in x["sides"][1]))
                if a and b:
                    xs.append((sorted(a)[0], sorted(b)[0]))
        return cls(sts, xs)

    def labels(self, dossier: Dossier) -> dict[tuple[str, int], set[str]]:
        """(article id, sentence index) -> gold labels; each needle must name exactly one sentence."""
        out: dict[tuple[str, int], set[str]] = {}
        for prefix, needle, labels in self.statements:
            hits = [(a.id, s.index) for a in dossier.articles if a.id.startswith(prefix)
                    for s in a.sentences if needle in s.text]
            if len(hits) != 1:
                raise ValueError(f"gold statement {prefix}: {needle!r} names {len(hits)} sentences")
            out.setdefault(hits[0], set()).update(labels)
        return out


@dataclass
class Scores:
    precision: float
    recall: float
    contradiction_recall: float
    true_pairs: int
    found_pairs: int
    main_facts: int = 0  # facts told by three articles or more
    whole: int = 0  # of them, those one claim carries for at least 80% of their articles
    contradiction_precision: float = 0.0  # of the disputes found whose sides are labelled, those the gold lists
    judged: int = 0  # disputes found whose two sides both carry gold labels

    def __str__(self) -> str:
        return (f"grouping precision {self.precision:.2f}, recall {self.recall:.2f} "
                f"({self.true_pairs} true pairs); contradiction recall {self.contradiction_recall:.2f}, "
                f"precision {self.contradiction_precision:.2f} of {self.judged} judged; "
                f"main facts whole {self.whole}/{self.main_facts}")


MAIN = 3  # articles telling a fact that make it a main fact
WHOLE = 0.8  # share of its articles one claim must carry


def _whole(labels: dict[tuple[str, int], set[str]], claim_of: dict[tuple[str, int], set[str]]) -> tuple[int, int]:
    """(main facts, main facts whole): see the module's doc."""
    told: dict[str, set[tuple[str, int]]] = {}
    for key, ls in labels.items():
        for label in ls:
            told.setdefault(label, set()).add(key)
    main = whole = 0
    for sentences in told.values():
        articles = {a for a, _ in sentences}
        if len(articles) < MAIN:
            continue
        main += 1
        claims = {c for k in sentences for c in claim_of.get(k, ())}
        best = max((len({a for a, i in sentences if c in claim_of.get((a, i), ())}) for c in claims), default=0)
        whole += best >= WHOLE * len(articles)
    return main, whole


def score(dossier: Dossier, gold: Gold) -> Scores:
    labels = gold.labels(dossier)
    claim_of: dict[tuple[str, int], set[str]] = {}
    for c in dossier.claims:
        for e in c.evidence:
            claim_of.setdefault((e.article, e.sentence), set()).add(c.id)
    tp = fp = fn = 0
    for (a, la), (b, lb) in itertools.combinations(sorted(labels.items()), 2):
        if a[0] == b[0]:
            continue
        found, true = bool(claim_of.get(a, set()) & claim_of.get(b, set())), bool(la & lb)
        tp += found and true
        fp += found and not true
        fn += true and not found
    sides_of = [[set().union(*(labels.get((r.article, r.sentence), set()) for r in side)) for side in c.sides]
                for c in dossier.contradictions]
    hits = 0
    for x, y in gold.contradictions:
        for sides in sides_of:
            if len(sides) == 2 and (x in sides[0] and y in sides[1] or y in sides[0] and x in sides[1]):
                hits += 1
                break
    disputed = {frozenset(x) for x in gold.contradictions}
    judged = [sides for sides in sides_of if len(sides) == 2 and all(sides)]
    right = sum(any(frozenset({x, y}) in disputed for x in sides[0] for y in sides[1]) for sides in judged)
    return Scores(tp / max(tp + fp, 1), tp / max(tp + fn, 1),
                  hits / max(len(gold.contradictions), 1), tp + fn, tp + fp, *_whole(labels, claim_of),
                  right / max(len(judged), 1), len(judged))
