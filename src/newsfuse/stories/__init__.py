"""Stories stage: group a mixed stream of articles into stories, in batch or as they arrive.

Story ids are stable: they derive from the sorted ids of the story's articles. A story's title is
a short phrase from its articles: the headline of its most central article, else a first sentence.
"""

from __future__ import annotations

import hashlib

from ..model import Article, Story
from ..pipeline import stage
from .cluster import THRESHOLD, cluster
from .evaluate import bcubed
from .features import article_features, text_features
from .stream import StoryStream

__all__ = ["story_id", "story_title", "make_story", "group_articles", "stream_articles", "StoryStream",
           "bcubed", "article_features", "text_features", "THRESHOLD"]


def story_id(article_ids: list[str]) -> str:
    digest = hashlib.sha1("\n".join(sorted(article_ids)).encode("utf-8")).hexdigest()
    return f"story-{digest[:10]}"


def story_title(articles: list[Article], max_words: int = 14) -> str:
    """A short phrase from the story's articles: a headline, else a first sentence."""
    for a in articles:
        if a.title:
            return a.title
    for a in articles:
        first = a.sentences[0].text if a.sentences else a.text.split("\n", 1)[0]
        words = first.split()
        if words:
            return " ".join(words[:max_words]) + ("..." if len(words) > max_words else "")
    return "Untitled story"


def make_story(articles: list[Article]) -> Story:
    ids = [a.id for a in articles]
    return Story(story_id(ids), story_title(articles), ids)


def _ordered(groups: list[list[Article]]) -> list[Story]:
    stories = [make_story(g) for g in groups if g]
    return sorted(stories, key=lambda s: (min((a for a in s.articles)), s.id))


def group_articles(articles: list[Article], threshold: float = THRESHOLD) -> list[Story]:
    """Batch clustering (order-independent)."""
    feats = [article_features(a) for a in articles]
    return [make_story([articles[i] for i in g]) for g in cluster(feats, threshold)]


def stream_articles(articles: list[Article]) -> list[Story]:
    """Streaming clustering over articles taken in date order (undated last, input order kept)."""
    order = sorted(range(len(articles)), key=lambda i: (articles[i].date is None, articles[i].date or "", i))
    s = StoryStream()
    for i in order:
        s.add(article_features(articles[i]))
    by_id = {a.id: a for a in articles}
    return [make_story([by_id[x] for x in g]) for g in s.groups()]


@stage("stories", scope="corpus", requires=("article.sentences",), provides=("stories",))
def stories(articles: list[Article], ctx=None) -> list[Story]:
    """Group articles into stories (batch clustering; ``options["stories"] = "stream"`` streams)."""
    if not articles:
        return []
    mode = (ctx.config.options.get("stories") if ctx is not None else None) or "batch"
    return stream_articles(articles) if mode == "stream" else group_articles(articles)
