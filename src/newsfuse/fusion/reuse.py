"""Reuse stage: passages shared between articles (wire copy), despite light edits.

Candidates come from MinHash LSH over word shingles of each sentence (datasketch), so the cost
grows with the number of sentences, not with the number of article pairs. Each candidate
article pair is then aligned sentence by sentence with rapidfuzz, which tolerates word swaps
("backs"/"supports") and finds a sentence split in two in the other copy (a sentence against
two consecutive sentences). Two outlets writing the same fact in their own words share facts,
not wording, and stay below the similarity threshold.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..model import Dossier, Reuse, ReusePair
from ..pipeline import stage

SHINGLE = 3
NUM_PERM = 64
LSH_THRESHOLD = 0.2
SIMILARITY = 80.0  # similarity (0-100) for two sentences to count as one passage on their own
EDITED_SIMILARITY = 60.0  # for more sentences of two articles already known to share copy
MIN_WORDS = 6  # shorter sentences ("He said.") are too common to show reuse
MIN_PAIRS = 2  # one shared sentence may be a quote both outlets carry; copy shares more
COPY_SHARE = 0.5  # kind "copy": at least this share of the shorter article is shared

_WORD = re.compile(r"[\w']+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _shingles(ws: list[str]) -> set[str]:
    return {" ".join(ws[i:i + SHINGLE]) for i in range(max(1, len(ws) - SHINGLE + 1))}


@dataclass
class Doc:
    """What reuse needs of an article: its id and sentence texts."""

    id: str
    sentences: list[str]


def candidate_pairs(docs: list[Doc]) -> set[tuple[int, int]]:
    """Index pairs of documents that share at least one near-identical sentence (MinHash LSH)."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    owners: dict[str, int] = {}
    pairs: set[tuple[int, int]] = set()
    for d, doc in enumerate(docs):
        hashes = []
        for s, text in enumerate(doc.sentences):
            ws = words(text)
            if len(ws) < MIN_WORDS:
                continue
            mh = MinHash(num_perm=NUM_PERM, seed=1)
            mh.update_batch([sh.encode("utf-8") for sh in _shingles(ws)])
            hashes.append((f"{d}:{s}", mh))
        for name, mh in hashes:
            for other in lsh.query(mh):
                o = owners[other]
                if o != d:
                    pairs.add((min(o, d), max(o, d)))
        for name, mh in hashes:
            lsh.insert(name, mh)
            owners[name] = d
    return pairs


def _norm(text: str) -> str:
    return " ".join(words(text))


def _score(x: str, y: str) -> float:
    """Similarity of two normalised passages: edit ratio, or word-set overlap (word swaps and
    insertions), discounted because shared words alone also come with shared facts."""
    return max(fuzz.ratio(x, y), 0.85 * fuzz.token_set_ratio(x, y))


def align(a: list[str], b: list[str]) -> list[ReusePair]:
    """Sentence pairs of two articles that render the same passage.

    A pair at or above SIMILARITY is copy on its own. Once two articles share at least
    MIN_PAIRS such sentences, more heavily edited sentences of the same copy are aligned down
    to EDITED_SIMILARITY, which independent writing of the same facts stays under. A sentence
    is also compared with two consecutive sentences of the other article (split or merged).
    """
    na, nb = [_norm(s) for s in a], [_norm(s) for s in b]
    scored: list[tuple[float, int, int, int]] = []  # score, i, j, span of j (1 or 2)
    for i, sa in enumerate(na):
        if len(sa.split()) < MIN_WORDS:
            continue
        for j, sb in enumerate(nb):
            if len(sb.split()) < MIN_WORDS // 2:
                continue
            scored.append((_score(sa, sb), i, j, 1))
            if j + 1 < len(nb) and len(sa) > len(sb) * 1.3:
                scored.append((fuzz.ratio(sa, f"{sb} {nb[j + 1]}"), i, j, 2))
    strong = {(i, j) for sc, i, j, _ in scored if sc >= SIMILARITY}
    floor = EDITED_SIMILARITY if len({i for i, _ in strong}) >= MIN_PAIRS else SIMILARITY
    out: list[ReusePair] = []
    used_a: set[int] = set()
    used_b: set[int] = set()
    for sc, i, j, span in sorted(scored, key=lambda x: (-x[0], x[1], x[2])):
        js = set(range(j, j + span))
        if sc < floor or i in used_a or js & used_b:
            continue
        used_a.add(i)
        used_b |= js
        out.extend(ReusePair(i, k, round(sc / 100, 3)) for k in sorted(js))
    return sorted(out, key=lambda p: (p.a, p.b))


def _share(texts: list[str], idx: set[int]) -> float:
    total = sum(len(t) for t in texts) or 1
    return round(sum(len(texts[i]) for i in idx) / total, 3)


def find_reuse(docs: list[Doc]) -> list[Reuse]:
    out: list[Reuse] = []
    for x, y in sorted(candidate_pairs(docs)):
        a, b = docs[x], docs[y]
        pairs = align(a.sentences, b.sentences)
        if len({p.a for p in pairs}) < MIN_PAIRS:
            continue
        sa = _share(a.sentences, {p.a for p in pairs})
        sb = _share(b.sentences, {p.b for p in pairs})
        shorter = sa if sum(map(len, a.sentences)) <= sum(map(len, b.sentences)) else sb
        out.append(Reuse([a.id, b.id], "copy" if shorter >= COPY_SHARE else "partial", [sa, sb], pairs))
    return out


def reporting_lines(article_ids: list[str], reuse: list[Reuse], credits: dict[str, list[str]]) -> list[dict]:
    """Articles that share copy or carry the same agency credit form one reporting line."""
    parent = {a: a for a in article_ids}

    def find(a: str) -> str:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb, key=article_ids.index)] = min(ra, rb, key=article_ids.index)

    for r in reuse:
        union(*r.articles)
    by_credit: dict[str, list[str]] = defaultdict(list)
    for a, cs in credits.items():
        for c in cs:
            by_credit[c.lower()].append(a)
    for arts in by_credit.values():
        for other in arts[1:]:
            union(arts[0], other)
    lines: dict[str, list[str]] = defaultdict(list)
    for a in article_ids:
        lines[find(a)].append(a)
    out = []
    for n, arts in enumerate(lines.values(), start=1):
        cr = sorted({c for a in arts for c in credits.get(a, [])})
        out.append({"id": f"line-{n}", "articles": arts, "credits": cr})
    return out


@stage("reuse", scope="story", requires=("article.sentences",),
       provides=("dossier.reuse", "dossier.independent_lines"))
def reuse(dossier: Dossier, ctx=None) -> Dossier:
    """Shared copy between the story's articles, and the independent reporting lines."""
    docs = [Doc(a.id, [s.text for s in a.sentences]) for a in dossier.articles]
    found = find_reuse(docs)
    lines = reporting_lines([a.id for a in dossier.articles], found,
                            {a.id: list(a.credits) for a in dossier.articles})
    return dataclasses.replace(dossier, reuse=found, independent_lines=lines)
