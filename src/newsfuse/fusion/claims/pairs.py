"""Whether two claim units state one fact: a small logistic model over what the parse and a sentence
encoder say of the pair.

The parse alone misses paraphrase ("the fire was put out" / "crews brought the blaze under control"),
and a sentence encoder alone merges what is topically close but factually apart ("the harbour stays
closed" / "the harbour reopened"). The model weighs both: clause similarity, verb similarity, shared
entities, subject, figures, happening classes and the parse rules' own verdict. Its weights are
fitted by ``scripts/fit_claim_pairs.py`` on our labelled fixtures and shipped in ``pairs.json``;
hard vetoes (different actors, clashing figures, opposite happenings) stay outside the model, since
over-merging is worse than leaving two groups apart.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Sequence

from .lexicon import TERMS
from .units import Unit

FEATURES = (
    "clause_sim",      # cosine of the two clauses' embeddings
    "verb_sim",        # cosine of the two predicates' embeddings ("withdraw" / "leave positions")
    "same_class",      # their happening classes meet (a named class, not a bare verb)
    "class_conflict",  # both have named classes and none in common ("arrest" / "free")
    "shared_entities", # entities in common (0, 1, 2+ -> 0, 0.5, 1)
    "word_overlap",    # Jaccard of content lemmas
    "same_subject",    # one subject (entity or head word)
    "figure_shared",   # a telling figure in common ("12,000", "52.3"; a term's "four years")
    "rule_same",       # the parse rules say one fact
    "same_article",    # both from one article
    "subject_sim",     # closest cosine of the actors' head words ("rebels" / "fighters"); 0.5 when unknown
    "target_sim",      # closest cosine of what is acted on ("prison" / "jail"); 0.5 when unknown
    "target_conflict", # both name what is acted on, and no name in common ("X's envoy" / "Y's envoy")
    "args_sim",        # cosine of the clauses without subject and verb ("to both sides" / "for 8 million dollars")
)

_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+(?:,[^-]{0,40})?(?:\([^)]{1,60}\))?\s+[-\u2013\u2014]\s+")


def clause_text(u: Unit) -> str:
    """The clause as the encoder sees it: no dateline, no dangling punctuation."""
    text = _DATELINE.sub("", u.clause or u.text)
    text = re.sub(r"\s*,\s*(?=[,.;])|\s*[.;,]$|^[;,]\s*", "", text).strip(" ,;")
    return text or u.text


def verb_text(u: Unit) -> str:
    return u.predicate or u.verb


@dataclass(frozen=True)
class Model:
    weights: tuple[float, ...]
    bias: float
    threshold: float  # a pair at least this likely is one fact
    link: float = 0.0  # two groups join only when their cross pairs are on average this likely

    def probability(self, x: Sequence[float]) -> float:
        z = self.bias + sum(w * v for w, v in zip(self.weights, x))
        return 1.0 / (1.0 + math.exp(-z))

    def same(self, x: Sequence[float]) -> bool:
        return self.probability(x) >= self.threshold


@cache
def model() -> Model:
    """The shipped weights (read once: a constant of the installed package)."""
    data = json.loads(resources.files(__package__).joinpath("pairs.json").read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError("pairs.json was fitted for other features; run scripts/fit_claim_pairs.py")
    return Model(tuple(float(w) for w in data["weights"]), float(data["bias"]), float(data["threshold"]),
                 float(data.get("link", 0.0)))


def figures(nums) -> set[float]:
    """The telling figures: not small, not a year, or a decimal ("52.3")."""
    return {n for n in nums if (n >= 10 or n != int(n)) and n > 0 and not (1900 <= n <= 2100 and n == int(n))}


def shared_figures(u: Unit, v: Unit) -> set[float]:
    """The telling figures two units have in common, counting the same thing: "40 observers" and "40 of
    their men" share no figure, nor do "violated the truce 11 times" and "eleven bodies"."""
    out = set()
    for f in figures(u.numbers & v.numbers):
        nu = {n for x, n in u.counted if x == f}
        nv = {n for x, n in v.counted if x == f}
        if not nu or not nv or "" in nu or "" in nv or nu & nv:
            out.add(f)
    return out


def named_targets(u: Unit) -> set[str]:
    return {t for t in u.target if t.startswith("e-")}


def head_words(u: Unit) -> tuple[set[str], set[str]]:
    """The actor's and the acted-on head words that are not names (names are compared by entity id)."""
    subject = {u.subject_head} if u.subject_head and not u.subject_head.startswith("e-") else set()
    return subject, {t for t in u.target if not t.startswith("e-")}


def features(u: Unit, v: Unit, clause_sim: float, verb_sim: float, rule_same: bool,
             subject_sim: float = 0.5, target_sim: float = 0.5, args_sim: float = 0.5) -> list[float]:
    named_u = {c for c in u.classes if not c.startswith("verb:")}
    named_v = {c for c in v.classes if not c.startswith("verb:")}
    shared = len(u.entities & v.entities)
    overlap = len(u.words & v.words) / max(len(u.words | v.words), 1)
    same_subject = bool(u.subject_head and u.subject_head == v.subject_head or u.subject & v.subject)
    return [
        clause_sim,
        verb_sim,
        float(bool(named_u & named_v)),
        float(bool(named_u and named_v and not named_u & named_v)),
        min(shared, 2) / 2,
        overlap,
        float(same_subject),
        float(bool(shared_figures(u, v) or u.classes & v.classes & TERMS and u.numbers & v.numbers)),
        float(rule_same),
        float(u.article == v.article),
        subject_sim,
        target_sim,
        float(bool(named_targets(u) and named_targets(v) and not named_targets(u) & named_targets(v))),
        args_sim,
    ]


@dataclass
class Similarities:
    """What the encoder says of one story's units: clause and predicate cosines (unit x unit), and the
    vectors of their actors' and targets' head words."""

    clauses: Any
    verbs: Any
    words: dict[str, Any]
    args: Any = None  # unit x unit cosines of their arguments (nan where a unit has none)

    def closest(self, a: set[str], b: set[str]) -> float | None:
        """The closest cosine between two sets of head words; None when either set is empty."""
        if not a or not b:
            return None
        if a & b:
            return 1.0
        # rounded: the grouping must not turn on the last bits of a float
        return round(max(float(self.words[x] @ self.words[y]) for x in a for y in b), 4)

    def pair(self, u: Unit, v: Unit, i: int, j: int) -> tuple[float, float, float]:
        """(subject_sim, target_sim, args_sim) of units i and j, 0.5 where either side is unknown; one
        named actor on both sides is the same actor."""
        (su, tu), (sv, tv) = head_words(u), head_words(v)
        same_named = bool(u.subject_head and u.subject_head == v.subject_head or u.subject & v.subject)
        s = 1.0 if same_named else self.closest(su, sv)
        t = self.closest(tu, tv)
        if t is None and named_targets(u) & named_targets(v):
            t = 1.0
        a = float(self.args[i, j]) if self.args is not None else math.nan
        return (0.5 if s is None else s), (0.5 if t is None else t), (0.5 if math.isnan(a) else a)


def similarities(units: Sequence[Unit], encoder: Any) -> Similarities | None:
    """The encoder's view of the units (see Similarities), or None without an encoder."""
    if encoder is None or not units:
        return None
    clauses = encoder.encode([clause_text(u) for u in units])
    verbs = sorted({verb_text(u) for u in units})
    vv = encoder.encode(verbs)
    row = {t: i for i, t in enumerate(verbs)}
    pick = vv[[row[verb_text(u)] for u in units]]
    words = sorted({w for u in units for ws in head_words(u) for w in ws}
                   | {w for u in units for w in u.subject_kinds | u.theme_kinds}  # (kinds: see _kind)
                   | {w for u in units for w in u.cause | {u.effect or ""} if w and not w.startswith("e-")})
    wv = encoder.encode(words) if words else []
    av = encoder.encode([u.args or "-" for u in units])
    args = (av @ av.T).round(4)
    empty = [k for k, u in enumerate(units) if not u.args]
    args[empty, :] = math.nan
    args[:, empty] = math.nan
    # rounded: the grouping must not turn on the last bits of a float
    return Similarities((clauses @ clauses.T).round(4), (pick @ pick.T).round(4), dict(zip(words, wv)), args)
