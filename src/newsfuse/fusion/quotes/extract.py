"""Direct quotes, scare quotes and reported speech, with their speakers.

Quotation marks are straight after cleaning. Quotes are paired within a paragraph; a paragraph
that opens a quotation without closing it continues into the next paragraph when that one opens
with a quotation mark (the newspaper convention for quotes over several paragraphs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Article, Token
from ..attribution import REPORT_VERBS
from ..common import children as _children
from ..common import tokens_by_sentence

LABEL_CUES = re.compile(r"\b(dubbed|called|known as|so-called|branded|nicknamed|labelled|labeled|named|"
                        r"termed|described as|referred to as)(?:\s+(?:the|a|an|as))?\s*$", re.I)
SPEECH_VERBS = REPORT_VERBS | {"urge", "ask", "chant", "shout", "vow", "promise", "tell", "describe", "call"}
_PRONOUNS = {"he", "she", "they", "it", "we", "i"}
_ROLE_WORDS = {"minister", "president", "spokesman", "spokeswoman", "spokesperson", "secretary", "leader",
               "chief", "head", "governor", "mayor", "envoy", "ambassador", "official", "director", "deputy",
               "premier", "chancellor", "king", "queen", "general", "commander", "prime"}


@dataclass
class RawQuote:
    article: str
    sentence: int  # sentence where the quote starts
    text: str
    start: int  # char offsets of the quoted text (without marks) in Article.text
    end: int
    kind: str = "direct"  # direct, indirect, scare
    speaker_name: str | None = None
    speaker_start: int = -1
    speaker_end: int = -1


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of quoted text, marks excluded, in order."""
    spans: list[tuple[int, int]] = []
    pos = 0
    paragraphs = text.split("\n")
    open_at: int | None = None
    for para in paragraphs:
        marks = [pos + m.start() for m in re.finditer('"', para)]
        if open_at is not None:
            if para.startswith('"'):
                marks = marks[1:]  # the continuation mark re-opens the same quote
            else:
                spans.append((open_at, pos - 1))
                open_at = None
        i = 0
        if open_at is not None and marks:
            spans.append((open_at, marks[0]))
            open_at, i = None, 1
        elif open_at is not None:
            pos += len(para) + 1
            continue
        while i + 1 < len(marks):
            spans.append((marks[i] + 1, marks[i + 1]))
            i += 2
        if i < len(marks):
            open_at = marks[i] + 1
        pos += len(para) + 1
    if open_at is not None:
        spans.append((open_at, len(text)))
    return [(s, e) for s, e in spans if e > s and text[s:e].strip()]


def _span_text(art: Article, toks: list[Token]) -> tuple[str, int, int]:
    s, e = toks[0].start, toks[-1].end
    return art.text[s:e], s, e


def _verb_subject(v: Token, kids, by_i) -> Token | None:
    """The subject of a verb, or of the verb it is coordinated with ("denied this and said")."""
    for _ in range(3):
        subj = next((k for k in kids.get(v.i, []) if k.dep == "nsubj"), None)
        if subj is not None:
            return subj
        if v.dep == "conj" and v.head in by_i:
            v = by_i[v.head]
        else:
            return None
    return None


def _subject(art: Article, sent_toks: list[Token], qs: int, qe: int) -> tuple[str, int, int] | None:
    """The speaker of a quote in its sentence: the subject of the speech verb that governs the
    quote (else the nearest one outside it), an apposition naming a person ("one woman, Rania"),
    a group ("rebel factions")."""
    kids = _children(sent_toks)
    by_i = {t.i: t for t in sent_toks}
    governing = []
    inside = [t for t in sent_toks if qs <= t.start < qe]
    for t in inside:
        if t.head in by_i and not (qs <= by_i[t.head].start < qe):
            node = by_i[t.head]
            for _ in range(8):
                if node.lemma.lower() in SPEECH_VERBS and node.pos in ("VERB", "AUX"):
                    governing.append(node)
                    break
                if node.head == node.i or node.head not in by_i:
                    break
                node = by_i[node.head]
    verbs = [t for t in sent_toks if t.lemma.lower() in SPEECH_VERBS and t.pos in ("VERB", "AUX")
             and not (qs <= t.start < qe)]
    verbs.sort(key=lambda v: min(abs(v.start - qs), abs(v.start - qe)))
    for v in governing + [v for v in verbs if v not in governing]:
        subj = _verb_subject(v, kids, by_i)
        if subj is None or qs <= subj.start < qe:
            continue
        appos = [k for k in kids.get(subj.i, []) if k.dep == "appos"]
        appos = [k for k in appos if k.ent_type == "PERSON" or any(
            c.ent_type == "PERSON" for c in kids.get(k.i, []))]
        head = appos[0] if appos else subj
        toks, stack = [], [head]
        while stack:
            t = stack.pop()
            toks.append(t)
            stack.extend(k for k in kids.get(t.i, []) if (
                k.dep in ("compound", "amod", "det", "poss", "case", "nummod") or (k.dep == "punct" and k.text == "-")
                or (k.dep == "prep" and k.text.lower() == "of") or (k.dep == "pobj" and t.text.lower() == "of"))
                and not (qs <= k.start < qe))
        toks.sort(key=lambda t: t.i)
        if toks[0].dep == "det" and len(toks) > 1:
            toks = toks[1:]
        return _span_text(art, toks)
    return None


def _previous_person(art: Article, before: int) -> tuple[str, int, int] | None:
    """The nearest person named before a position as the subject of a clause (for pronouns and
    roles: "Angela Rayner has welcomed ... The Deputy Prime Minister told ..."), else the nearest
    person named at all."""
    by_i = {t.i: t for t in art.tokens}
    persons = [(e.start, e.end, e.token_start, e.token_end) for e in art.ents if e.label == "PERSON"]
    # the tagger misses later bare-surname mentions ("Ostrova met ..."): a token equal to the last
    # word of a person named in the article is a mention too
    surnames = {art.text[s:e].split()[-1] for s, e, _, _ in persons if len(art.text[s:e].split()) > 1}
    tagged = {i for _, _, a, b in persons for i in range(a, b)}
    persons += [(t.start, t.start + len(t.text), t.i, t.i + 1) for t in art.tokens
                if t.text in surnames and t.i not in tagged and t.pos == "PROPN"]
    persons = sorted(p for p in persons if p[1] <= before)
    for e in reversed(persons):
        toks = [by_i[i] for i in range(e[2], e[3]) if i in by_i]
        # the subject, or a name in apposition to it ("The company's chief, Jo Bloggs, said")
        if any(t.dep in ("nsubj", "nsubjpass") or (t.dep == "appos" and by_i.get(t.head) is not None
                                                   and by_i[t.head].dep in ("nsubj", "nsubjpass"))
               for t in toks):
            return art.text[e[0]:e[1]], e[0], e[1]
    if not persons:
        return None
    e = persons[-1]
    return art.text[e[0]:e[1]], e[0], e[1]


def _is_role(art: Article, speaker: tuple[str, int, int]) -> bool:
    """A title standing for a person named elsewhere ("The Deputy Prime Minister told ...")."""
    text, s, e = speaker
    has_person = any(x.label == "PERSON" and x.start < e and s < x.end for x in art.ents)
    return not has_person and text.lower().split()[-1] in _ROLE_WORDS


def _person_after(art: Article, speaker: tuple[str, int, int]) -> tuple[str, int, int] | None:
    """A person named right after the title ("UN special envoy to Syria, Geir Pedersen, said")."""
    _, s, e = speaker
    for x in art.ents:
        if x.label == "PERSON" and e <= x.start <= e + 30 and "\n" not in art.text[e:x.start]:
            return art.text[x.start:x.end], x.start, x.end
    return None


def extract_quotes(art: Article) -> list[RawQuote]:
    out: list[RawQuote] = []
    sents = art.sentences
    tok_by_sent = tokens_by_sentence(art)

    def sent_at(pos: int) -> int:
        return next((s.index for s in sents if s.start <= pos < s.end + 1), sents[-1].index if sents else 0)

    for qs, qe in quote_spans(art.text):
        text = re.sub(r'\s*\n"?\s*', " ", art.text[qs:qe]).strip()  # continuation marks out
        si, se = sent_at(qs), sent_at(max(qs, qe - 1))
        q = RawQuote(art.id, si, text, qs, qe)
        before = art.text[max(0, qs - 40):max(0, qs - 1)]
        words = text.split()
        title_case = len(words) <= 5 and all(w[:1].isupper() for w in words if w.isalpha())
        label_np = re.search(r"\b(?:a|an|the)\s*$", before, re.I) and len(words) <= 4 and not re.search(r"[.!?,]$", text)
        if LABEL_CUES.search(before) or label_np or (
                title_case and len(words) >= 2 and not text.endswith((".", "!", "?", ","))):
            q.kind = "scare"
            out.append(q)
            continue
        speaker = None
        for k in [si, se]:
            speaker = _subject(art, tok_by_sent.get(k, []), qs, qe)
            if speaker:
                break
        prev = next((p for p in reversed(out) if p.kind == "direct"), None)
        if speaker is None and prev and prev.speaker_name and "\n" not in art.text[prev.end:qs]:
            # '"I am proud," said X. "They worked all night."': the same speaker goes on
            speaker = (prev.speaker_name, prev.speaker_start, prev.speaker_end)
        if speaker is None and se + 1 < len(sents):
            speaker = _subject(art, tok_by_sent.get(se + 1, []), qs, qe)
        if speaker and _is_role(art, speaker):
            named = _person_after(art, speaker) or _previous_person(art, speaker[1])
            if named:
                speaker = named
        elif speaker and speaker[0].lower() in ("he", "she", "i"):
            named = _previous_person(art, speaker[1])
            if named:
                speaker = named
        if speaker is None:
            if len(words) <= 4:
                q.kind = "scare"  # a short phrase in quotes with no one saying it: a label
            out.append(q)
            continue
        q.speaker_name, q.speaker_start, q.speaker_end = speaker
        out.append(q)
    return out


def indirect_speech(art: Article, quoted: list[RawQuote]) -> list[RawQuote]:
    """Reported speech: a named speaker's speech verb with a 'that' clause and no quotation
    carrying it ("X posted that the United States should not get involved")."""
    out = []
    tok_by_sent = tokens_by_sentence(art)
    for s in art.sentences:
        toks = tok_by_sent.get(s.index, [])
        kids = _children(toks)
        for v in toks:
            if v.lemma.lower() not in SPEECH_VERBS or v.pos != "VERB":
                continue
            comp = next((k for k in kids.get(v.i, []) if k.dep == "ccomp"), None)
            subj = next((k for k in kids.get(v.i, []) if k.dep == "nsubj"), None)
            pronoun = subj is not None and subj.text.lower() in ("he", "she")
            if comp is None or subj is None or (subj.ent_type not in ("PERSON", "ORG", "GPE", "NORP")
                                                and not pronoun):
                continue
            sub, stack = [], [comp]
            while stack:
                t = stack.pop()
                sub.append(t)
                stack.extend(kids.get(t.i, []))
            sub.sort(key=lambda t: t.i)
            text, cs, ce = _span_text(art, sub)
            if '"' in text or any(q.start < ce and cs < q.end for q in quoted):
                continue
            spk = _subject(art, toks, cs, ce)
            if spk is not None and pronoun:
                spk = _previous_person(art, subj.start)  # "She said afterwards that ...": the nearest person
            if spk is None:
                continue
            out.append(RawQuote(art.id, s.index, re.sub(r"^that\s+", "", text.strip(' ,."')), cs, ce, "indirect", *spk))
    return out
