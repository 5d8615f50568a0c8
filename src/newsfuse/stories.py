"""Stories stage: group articles into stories.

Story ids are stable: they derive from the sorted ids of the story's articles.
"""

from __future__ import annotations

import hashlib

from .model import Article, Story
from .pipeline import stage


def story_id(article_ids: list[str]) -> str:
    digest = hashlib.sha1("\n".join(sorted(article_ids)).encode("utf-8")).hexdigest()
    return f"story-{digest[:10]}"


def story_title(articles: list[Article], max_words: int = 14) -> str:
    """A short phrase from the story's articles: the first headline, else a first sentence."""
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


@stage("stories", scope="corpus", requires=("article.sentences",), provides=("stories",))
def one_story(articles: list[Article], ctx=None) -> list[Story]:
    """All articles form one story."""
    return [make_story(articles)] if articles else []
