"""The per-story dossier: the published output of newsfuse (schema version 1).

Each section is filled by one fusion stage; a stage that has not run leaves its section empty.
The JSON form is a contract, documented in docs/dossier.md and checked by
``newsfuse/schema/dossier.schema.json``: never rename a field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .. import __version__
from .article import Article, Rejection, SentenceRef
from .base import to_dict

SCHEMA_VERSION = "1"


@dataclass(slots=True)
class StoryInfo:
    id: str
    title: str
    first_date: str | None = None
    last_date: str | None = None
    languages: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Mention:
    article: str
    sentence: int
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Entity:
    id: str
    name: str
    type: str
    variants: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class Source:
    id: str
    name: str
    kind: str  # agency, outlet, official, organisation, monitor, person, unnamed, social, unknown


@dataclass(slots=True)
class Reporter:
    """One report inside a sentence ("X said", "according to Y") and whom it cites: the clauses that
    hang on it rest on this source, whatever the sentence's primary source is."""

    token: int  # token index of the reporting word ("said", "according")
    source: str
    via: list[str] = field(default_factory=list)
    text: str = ""


@dataclass(slots=True)
class Attribution:
    """Whom one sentence rests on: the primary source and the chain that relays it."""

    article: str
    sentence: int
    source: str  # source id of the primary source
    via: list[str] = field(default_factory=list)  # source ids relaying it, nearest first
    text: str = ""  # the attribution phrase as written ("two army officials told Reuters")
    inherited: bool = False  # carried from an earlier sentence ("He said ...")
    reporters: list[Reporter] = field(default_factory=list)  # every report in the sentence, in order


@dataclass(slots=True)
class ReusePair:
    a: int  # sentence index in the first article
    b: int  # sentence index in the second article
    similarity: float


@dataclass(slots=True)
class Reuse:
    articles: list[str]
    kind: str  # copy, partial
    shared: list[float]
    pairs: list[ReusePair] = field(default_factory=list)


@dataclass(slots=True)
class Evidence:
    article: str
    sentence: int
    stance: str  # asserts, denies, hedged
    sources: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Claim:
    id: str
    text: str
    status: str  # corroborated, single-source, disputed
    independent_sources: int
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class Contradiction:
    id: str
    topic: str
    claims: list[str]
    sides: list[list[SentenceRef]]
    kind: str = "denial"  # denial, opposite (facts that cannot both hold), figures
    resolution: str | None = None  # e.g. a later report superseding an earlier denial
    superseded: list[SentenceRef] = field(default_factory=list)  # denials a later assertion supersedes


@dataclass(slots=True)
class Quote:
    id: str
    speaker: str | None  # entity id
    speaker_name: str | None
    text: str
    article: str
    sentence: int
    same_as: list[str] = field(default_factory=list)
    kind: str = "direct"  # direct (in quotation marks), indirect (reported speech), scare (a label)


@dataclass(slots=True)
class Quantity:
    id: str
    text: str
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    about: str | None
    article: str
    sentence: int
    conflicts_with: list[str] = field(default_factory=list)
    kind: str = "count"  # count, money, duration, distance, percent, ordinal, magnitude
    head: str | None = None  # lemma of the counted noun ("soldier")
    event: str | None = None  # class of the happening counted (killed, displaced, detained, ...)
    approximate: bool = False


@dataclass(slots=True)
class TimelineEvent:
    date: str
    precision: str  # day, month, year
    resolution: str  # explicit, relative, inferred
    event: str
    evidence: list[SentenceRef] = field(default_factory=list)
    background: bool = False  # context long before the story (a war's start, an old resolution)


@dataclass(slots=True)
class SummarySentence:
    text: str
    cites: list[SentenceRef] = field(default_factory=list)
    status: str = "corroborated"  # of the claim it states: corroborated, single-source, disputed
    claim: str | None = None  # claim id


@dataclass(slots=True)
class OnlyIn:
    article: str
    sentences: list[int] = field(default_factory=list)


@dataclass(slots=True)
class Dossier:
    story: StoryInfo
    articles: list[Article]
    entities: list[Entity] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    reuse: list[Reuse] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)
    summary: list[SummarySentence] = field(default_factory=list)
    only_in: list[OnlyIn] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    independent_lines: list[dict] = field(default_factory=list)  # {"id", "articles", "credits"}
    attributions: list[Attribution] = field(default_factory=list)

    def article(self, article_id: str) -> Article:
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)

    def to_dict(self) -> dict[str, Any]:
        data = {"schema_version": SCHEMA_VERSION, "generator": f"newsfuse {__version__}"}
        data.update(to_dict(self))
        return data
