"""A story: a group of articles about one happening, before fusion."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Story:
    id: str
    title: str
    articles: list[str] = field(default_factory=list)  # article ids, in input order

    def to_index_entry(self) -> dict:
        return {"id": self.id, "title": self.title, "articles": list(self.articles)}
