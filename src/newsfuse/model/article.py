"""Articles as they travel through the per-article stages (ingest, clean, analyse)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .base import internal


@dataclass(slots=True)
class Removed:
    """A piece of the raw text that cleaning took out, and why."""

    text: str
    reason: str


@dataclass(slots=True)
class Rejection:
    """An input that did not become an article. Every input ends as an article or one of these."""

    input: str
    reason: str
    code: str = "NF100"


@dataclass(slots=True)
class SentenceRef:
    """How every stage cites a sentence: article id and sentence index."""

    article: str
    sentence: int


@dataclass(slots=True)
class Sentence:
    index: int
    text: str
    start: int  # character offsets into Article.text
    end: int
    sources: list[str] = field(default_factory=list)  # source ids (attribution stage)


@dataclass(slots=True)
class Token:
    """One spaCy token, kept so that no later stage parses again."""

    i: int
    text: str
    start: int  # character offset into Article.text
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int  # token index of the syntactic head (itself for a root)
    sent: int  # sentence index
    ent_type: str = ""
    ent_iob: str = "O"
    ws: bool = True  # followed by whitespace

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(slots=True)
class EntitySpan:
    """A named-entity span as the NLP model tagged it (before cross-document resolution)."""

    text: str
    label: str
    start: int  # character offsets into Article.text
    end: int
    sent: int
    token_start: int
    token_end: int  # exclusive


@dataclass(slots=True)
class DateEvidence:
    """Why an article carries the date it has (for inferred dates above all)."""

    kind: str  # header, metadata, text, story
    text: str
    sentence: int | None = None


@dataclass(slots=True)
class Article:
    id: str
    source: str  # where it came from: a path, "path:line", "path#record", "-"
    text: str  # cleaned body text; sentences index into it
    title: str | None = None
    date: str | None = None  # ISO date
    date_origin: str | None = None  # header, metadata, text, inferred, or None
    outlet: str | None = None
    url: str | None = None
    credits: list[str] = field(default_factory=list)
    language: str | None = "en"
    sentences: list[Sentence] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    date_evidence: list[DateEvidence] = field(default_factory=list)
    raw: str = internal(default="")  # text as read, before cleaning
    tokens: list[Token] = internal(default_factory=list)
    ents: list[EntitySpan] = internal(default_factory=list)

    @property
    def analysed(self) -> bool:
        return bool(self.sentences)

    def sentence_tokens(self, index: int) -> list[Token]:
        return [t for t in self.tokens if t.sent == index]

    def sentence_ents(self, index: int) -> list[EntitySpan]:
        return [e for e in self.ents if e.sent == index]

    def word_count(self) -> int:
        return len(self.text.split())


ARTICLE_FIELDS = ("id", "text", "title", "date", "outlet", "url", "language")
