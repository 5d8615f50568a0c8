"""Helpers the fusion stages share: the dependency tree on the kept tokens, and union-find."""

from __future__ import annotations

from ..model import Article, Token


def children(tokens: list[Token]) -> dict[int, list[Token]]:
    """Token index -> its dependents, from the heads kept on the tokens."""
    out: dict[int, list[Token]] = {}
    for t in tokens:
        if t.head != t.i:
            out.setdefault(t.head, []).append(t)
    return out


def tokens_by_sentence(article: Article) -> dict[int, list[Token]]:
    out: dict[int, list[Token]] = {}
    for t in article.tokens:
        out.setdefault(t.sent, []).append(t)
    return out


def join_tokens(tokens: list[Token]) -> str:
    """Tokens (in order, maybe not contiguous) as text: their own spacing, one space over a gap."""
    parts = []
    for n, t in enumerate(tokens):
        parts.append(t.text)
        nxt = tokens[n + 1] if n + 1 < len(tokens) else None
        if nxt is not None and (t.ws or nxt.i != t.i + 1):
            parts.append(" ")
    return "".join(parts).strip()


class UnionFind:
    """Disjoint sets over 0..n-1; the smallest index names its set."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)
