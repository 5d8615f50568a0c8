"""Streaming story clustering: each article joins an open story or opens a new one.

Candidate stories come from an inverted index over each story's strongest terms, so the cost of an
article does not grow with the number of stories seen; stories with no article for ``window``
days are retired from the index. Term weights use document frequencies counted as the stream goes.
Greedy and order-dependent, where the batch clusterer is not: see docs/stories.md.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .cluster import TAU
from .features import Features

#: Calibrated on the labelled stream (docs/stories.md).
STREAM_THRESHOLD = 0.05
TOP_TERMS = 30  # index terms per story and query terms per article


@dataclass
class _Story:
    key: int
    articles: list[str] = field(default_factory=list)
    centroid: Counter = field(default_factory=Counter)
    last_day: int | None = None
    indexed: set[str] = field(default_factory=set)


class StoryStream:
    """Assign articles, in date order, to stories.

    >>> s = StoryStream(); s.add(features)  # -> story key (int)
    """

    def __init__(self, threshold: float = STREAM_THRESHOLD, window: int = 14):
        self.threshold, self.window = threshold, window
        self.df: Counter = Counter()
        self.n = 0
        self.stories: dict[int, _Story] = {}
        self.index: dict[str, set[int]] = defaultdict(set)
        self.retired: list[_Story] = []
        self._next = 0

    def _weights(self, terms: Counter) -> dict[str, float]:
        w = {t: (1 + math.log(c)) * (math.log((self.n + 1) / (self.df[t] + 1)) + 1) for t, c in terms.items()}
        norm = math.sqrt(sum(v * v for v in w.values())) or 1.0
        return {t: v / norm for t, v in w.items()}

    def _retire(self, today: int | None) -> None:
        if today is None:
            return
        for key in [k for k, s in self.stories.items() if s.last_day is not None and today - s.last_day > self.window]:
            s = self.stories.pop(key)
            for t in s.indexed:
                self.index[t].discard(key)
            self.retired.append(s)

    def add(self, f: Features) -> int:
        self.n += 1
        self.df.update(set(f.terms))
        self._retire(f.day)
        vec = self._weights(f.terms)
        top = sorted(vec, key=lambda t: (-vec[t], t))[:TOP_TERMS]
        cands = set().union(*(self.index.get(t, set()) for t in top)) if top else set()
        best, best_sim = None, 0.0
        for key in sorted(cands):
            s = self.stories[key]
            cnorm = math.sqrt(sum(v * v for v in s.centroid.values())) or 1.0
            sim = sum(vec[t] * s.centroid.get(t, 0.0) for t in vec) / cnorm
            if f.day is not None and s.last_day is not None:
                sim *= math.exp(-abs(f.day - s.last_day) / TAU)
            if sim > best_sim:
                best, best_sim = s, sim
        if best is None or best_sim < self.threshold:
            best = _Story(self._next)
            self._next += 1
            self.stories[best.key] = best
        best.articles.append(f.id)
        for t, v in vec.items():
            best.centroid[t] += v
        if f.day is not None:
            best.last_day = max(best.last_day or f.day, f.day)
        strongest = set(sorted(best.centroid, key=lambda t: (-best.centroid[t], t))[:TOP_TERMS])
        for t in strongest - best.indexed:
            self.index[t].add(best.key)
        for t in best.indexed - strongest:
            self.index[t].discard(best.key)
        best.indexed = strongest
        return best.key

    def groups(self) -> list[list[str]]:
        return [s.articles for s in sorted(self.retired + list(self.stories.values()), key=lambda s: s.key)]
