"""Analyse stage: one spaCy pass per article, batched through ``nlp.pipe``.

Sentences, tokens (lemma, tags, dependency head) and entity spans are copied onto the
``Article`` record, so that no later stage needs spaCy's ``Doc`` or parses again.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Iterable

from .model import Article, EntitySpan, Sentence, Token
from .pipeline import stage


def _sentence_spans(doc: Any) -> list[tuple[int, int]]:
    """spaCy's sentences as token ranges, with its usual slips in news copy mended.

    A sentence is joined to the one before when it has no letter or digit (a lone closing
    quote), when it starts in lower case (a quote broken at "..." or "!" then continued:
    '"... this morning... suddenly everyone was scared," said one woman'), or when it is a
    fragment of at most three words following a sentence that left a quotation open.
    """
    spans: list[list[int]] = []
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        if spans and words:
            prev = doc[spans[-1][0]:spans[-1][1]]
            first = words[0].text
            same_paragraph = "\n" not in doc[spans[-1][1] - 1].text_with_ws and not doc[spans[-1][1] - 1].is_space
            if (
                not any(ch.isalnum() for t in words for ch in t.text)
                or (same_paragraph and first[:1].islower())
                or (same_paragraph and len(words) <= 3 and prev.text.count('"') % 2 == 1)
            ):
                spans[-1][1] = sent.end
                continue
        if not words and spans:
            spans[-1][1] = sent.end
            continue
        spans.append([sent.start, sent.end])
    return [(a, b) for a, b in spans]


def doc_to_records(doc: Any) -> tuple[list[Sentence], list[Token], list[EntitySpan]]:
    sentences: list[Sentence] = []
    sent_of_token: list[int] = [0] * len(doc)
    for a, b in _sentence_spans(doc):
        words = [t for t in doc[a:b] if not t.is_space]
        idx = len(sentences)
        if words:
            start, end = words[0].idx, words[-1].idx + len(words[-1].text)
            sentences.append(Sentence(idx, doc.text[start:end], start, end))
        for i in range(a, b):
            sent_of_token[i] = max(len(sentences) - 1, 0)
    tokens = [
        Token(
            i=t.i, text=t.text, start=t.idx, lemma=t.lemma_, pos=t.pos_, tag=t.tag_, dep=t.dep_,
            head=t.head.i, sent=sent_of_token[t.i], ent_type=t.ent_type_, ent_iob=t.ent_iob_ or "O",
            ws=bool(t.whitespace_),
        )
        for t in doc
    ]
    ents = [
        EntitySpan(e.text, e.label_, e.start_char, e.end_char, sent_of_token[e.start], e.start, e.end)
        for e in doc.ents
    ]
    return sentences, tokens, ents


def analyse_texts(nlp: Any, texts: Iterable[str], *, batch_size: int = 32, n_process: int = 1):
    for doc in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
        yield doc_to_records(doc)


@stage(
    "analyse", scope="batch", requires=("article.text",),
    provides=("article.sentences", "article.tokens", "article.ents"),
)
def analyse(articles: list[Article], ctx) -> list[Article]:
    """Sentences, tokens and entities from the configured spaCy pipeline."""
    nlp = ctx.nlp
    records = analyse_texts(
        nlp, (a.text for a in articles), batch_size=ctx.config.batch_size, n_process=ctx.config.n_process
    )
    out = []
    for art, (sentences, tokens, ents) in zip(articles, records):
        out.append(dataclasses.replace(art, sentences=sentences, tokens=tokens, ents=ents))
        if ctx.progress:
            ctx.progress("analyse", 1)
    return out
