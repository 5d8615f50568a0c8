"""The newsfuse data model: typed records shared by every stage."""

from .article import (
    Article,
    DateEvidence,
    EntitySpan,
    Rejection,
    Removed,
    Sentence,
    SentenceRef,
    Token,
)
from .base import to_dict
from .dossier import (
    SCHEMA_VERSION,
    Attribution,
    Claim,
    Contradiction,
    Dossier,
    Entity,
    Evidence,
    Mention,
    OnlyIn,
    Quantity,
    Quote,
    Reporter,
    Reuse,
    ReusePair,
    Source,
    StoryInfo,
    SummarySentence,
    TimelineEvent,
)
from .story import Story

__all__ = [
    "Article", "DateEvidence", "EntitySpan", "Rejection", "Removed", "Sentence", "SentenceRef",
    "Token", "to_dict", "SCHEMA_VERSION", "Claim", "Contradiction", "Dossier", "Entity",
    "Evidence", "Mention", "OnlyIn", "Quantity", "Quote", "Reuse", "ReusePair", "Source",
    "StoryInfo", "SummarySentence", "TimelineEvent", "Story", "Attribution", "Reporter",
]
