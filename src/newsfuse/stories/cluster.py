"""Batch story clustering: TF-IDF vectors, cosine similarity with time decay, average linkage.

Average-linkage agglomerative clustering (scikit-learn) over the distance 1 - similarity, cut at
a calibrated threshold: no fixed number of stories. The similarity of two articles is the cosine of
their TF-IDF vectors (sublinear term frequency) times a time decay exp(-days apart / TAU): the same
topic a week later is a new story. Quadratic in the number of articles: for archives use the
streaming clusterer, which is linear.
"""

from __future__ import annotations

import math

import numpy as np

from .features import Features

#: Calibrated on the labelled stream in tests/fixtures/stories (see docs/stories.md).
THRESHOLD = 0.08
TAU = 3.0  # days for the similarity to fall by a factor e


def decay(a: int | None, b: int | None) -> float:
    if a is None or b is None:
        return 1.0
    return math.exp(-abs(a - b) / TAU)


def vectorise(feats: list[Features]):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.feature_extraction.text import TfidfTransformer

    counts = DictVectorizer().fit_transform([dict(f.terms) for f in feats])
    return TfidfTransformer(sublinear_tf=True).fit_transform(counts)


def similarity_matrix(feats: list[Features]) -> np.ndarray:
    x = vectorise(feats)
    sim = (x @ x.T).toarray()
    days = np.array([f.day if f.day is not None else np.nan for f in feats], dtype=float)
    gap = np.abs(days[:, None] - days[None, :])
    sim *= np.where(np.isnan(gap), 1.0, np.exp(-np.nan_to_num(gap) / TAU))
    return sim


def cluster(feats: list[Features], threshold: float = THRESHOLD) -> list[list[int]]:
    """Groups of indexes into ``feats``, each a story, in order of first member."""
    if not feats:
        return []
    if len(feats) == 1:
        return [[0]]
    from sklearn.cluster import AgglomerativeClustering

    dist = 1.0 - similarity_matrix(feats)
    np.fill_diagonal(dist, 0.0)
    labels = AgglomerativeClustering(
        n_clusters=None, metric="precomputed", linkage="average", distance_threshold=1.0 - threshold
    ).fit_predict(np.clip(dist, 0.0, None))
    groups: dict[int, list[int]] = {}
    for i, lab in enumerate(labels):
        groups.setdefault(int(lab), []).append(i)
    return sorted(groups.values(), key=lambda g: g[0])
