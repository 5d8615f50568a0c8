"""Attribution stage: for each sentence, whom it rests on, with the chain that relays it.

Read from the dependency parse kept on the tokens: reporting verbs and their subjects
("two army officers told Reuters"), "according to X", "X reported", media ("on his Truth Social
platform"), "it cited X"; a pronoun subject carries the previous sentence's source ("He said").
A sentence with none rests on the outlet's own reporting, or on the agency credited for the
article. The lexicons below are general English and general news vocabulary, nothing specific
to one story.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from ..clean import AGENCIES
from ..model import Article, Attribution, Dossier, Reporter, Source, Token
from ..pipeline import stage
from .common import children as _children
from .common import join_tokens, tokens_by_sentence
from .support import independent_sources, primary_key  # noqa: F401  (counting lives in .support)

REPORT_VERBS = {
    "say", "tell", "report", "announce", "claim", "state", "confirm", "deny", "add", "write", "post",
    "cite", "reveal", "describe", "insist", "warn", "accuse", "declare", "urge", "explain", "note",
    "allege", "acknowledge", "admit", "estimate", "quote", "tweet", "publish", "broadcast", "show",
}
MEDIA = {"telegram", "twitter", "x", "facebook", "instagram", "tiktok", "youtube", "truth social", "whatsapp",
         "weibo", "vk", "social media", "threads", "bluesky", "linkedin"}
OUTLET_WORDS = {"news", "times", "post", "journal", "television", "tv", "network", "radio", "herald",
                "telegraph", "guardian", "tribune", "gazette", "observer", "courier", "press", "bbc", "cnn",
                "mailonline", "media", "newspaper", "channel", "daily", "magazine", "broadcaster", "jazeera",
                "reuters", "bloomberg", "wire", "digest", "today", "mirror", "sun", "express", "agency"}
MONITOR_WORDS = {"monitor", "observatory", "watch", "watchdog", "amnesty", "ngo", "rights"}
OFFICIAL_WORDS = {"ministry", "government", "office", "army", "military", "police", "spokesman", "spokeswoman",
                  "spokesperson", "minister", "president", "official", "officials", "authorities", "command",
                  "council", "embassy", "department", "governor", "mayor", "cabinet", "presidency", "kremlin",
                  "white house", "pentagon", "service", "forces", "administration", "prime"}
UNNAMED_HEADS = {"source", "sources", "official", "officials", "officer", "officers", "diplomat", "diplomats",
                 "witness", "witnesses", "resident", "residents", "person", "people", "worker", "workers",
                 "analyst", "analysts", "insider", "aide", "aides", "someone", "reports", "activist", "activists",
                 "woman", "women", "man", "men", "mother", "father", "doctor", "doctors", "nurse", "soldier",
                 "soldiers", "fighter", "fighters", "farmer", "journalist", "journalists", "teacher", "student",
                 "survivor", "survivors", "villager", "villagers", "neighbour", "neighbor", "relative"}
_UNNAMED_DET = {"a", "an", "one", "two", "three", "four", "several", "some", "many", "other", "second",
                "another", "senior", "local"}
_ROLE_HEADS = {"head", "chief", "director", "spokesman", "spokeswoman", "spokesperson", "leader", "member",
               "president", "founder", "chairman", "chairwoman", "secretary", "representative", "envoy"}
PRONOUNS = {"he", "she", "it", "they", "we", "i"}
#: What "according to" may name without naming anyone.
_HEARSAY = {"report", "reports", "media", "news", "rumour", "rumor", "account", "accounts", "sources"}
_AGENCY_NAMES = {a.lower() for a in AGENCIES} | {"associated press", "the associated press"}


@dataclass
class _Found:
    primary: str  # phrase
    kind: str
    via: list[tuple[str, str]] = field(default_factory=list)  # (phrase, kind), nearest first
    text: str = ""
    inherited: bool = False
    depth: int = 0
    token: int = -1  # the reporting word


def _phrase(tok: Token, kids: dict[int, list[Token]], by_i: dict[int, Token], *,
            drop=("relcl", "acl", "appos", "punct", "advcl", "ccomp", "cc", "conj")) -> list[Token]:
    """The token's subtree without relative clauses, appositions and punctuation."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(k for k in kids.get(t.i, []) if k.dep not in drop or (
            k.dep == "punct" and k.text in ("-", "'", "'s")))  # al-Bahra, President-elect
    return sorted(out, key=lambda t: t.i)


def _text(toks: list[Token]) -> str:
    return re.sub(r"^(?:the|The)\s+", "", join_tokens(toks))


def classify(phrase: str, toks: list[Token] | None = None) -> str:
    low = phrase.lower()
    words = set(re.findall(r"[a-z]+", low))
    if low in _AGENCY_NAMES or low.removeprefix("news agency ") in _AGENCY_NAMES or "news agency" in low:
        return "agency"
    if low in MEDIA or any(m in low for m in MEDIA if " " in m):
        return "social"
    first = low.split()[0] if low.split() else ""
    ids = {t.i for t in toks or []}
    head = next((t for t in toks or [] if t.head not in ids or t.head == t.i), None)
    if first in _UNNAMED_DET and words & UNNAMED_HEADS or low in UNNAMED_HEADS or (
            head is not None and head.lemma.lower() in UNNAMED_HEADS and head.ent_type != "PERSON"):
        return "unnamed"
    if words & MONITOR_WORDS:
        return "monitor"
    if words & OUTLET_WORDS and not words & {"ministry", "office", "government"}:
        return "outlet"
    if words & OFFICIAL_WORDS:
        return "official"
    if toks:
        ents = {t.ent_type for t in toks if t.ent_type}
        if "PERSON" in ents:
            return "person"
        if ents & {"ORG", "NORP", "GPE", "FAC"}:
            return "organisation"
    return "unknown"


def _medium(verb: Token, kids, by_i) -> tuple[str, str] | None:
    """'on his Truth Social platform', 'on Telegram', 'in a statement on their Telegram channel'."""
    stack = [k for k in kids.get(verb.i, []) if k.dep == "prep"]
    while stack:
        p = stack.pop()
        for k in kids.get(p.i, []):
            if k.dep == "pobj":
                toks = _phrase(k, kids, by_i)
                names = [t for t in toks if t.ent_type or t.pos == "PROPN"]
                name = _text(names) if names else ""
                if name.lower() in MEDIA or any(m in _text(toks).lower().split() for m in MEDIA if " " not in m and m != "x"):
                    return (name or _text(toks), "social")
                stack.extend(x for x in kids.get(k.i, []) if x.dep == "prep")
    return None


def _of_body(subj: Token, kids, by_i) -> list[Token] | None:
    """'Rami Abdurrahman of the Observatory', 'the head of a war monitor': the body behind a person."""
    for k in kids.get(subj.i, []) + [a for a in kids.get(subj.i, []) if a.dep == "appos"]:
        if k.dep == "prep" and k.text.lower() == "of":
            for o in kids.get(k.i, []):
                if o.dep == "pobj":
                    return _phrase(o, kids, by_i)
    return None


def reports(tokens: list[Token]) -> list[_Found]:
    """Every report in one sentence: each reporting verb or "according to", whom it cites and the
    relays it names."""
    if not tokens:
        return []
    by_i = {t.i: t for t in tokens}
    kids = _children(tokens)

    def depth(t: Token) -> int:
        d = 0
        while t.head != t.i and t.head in by_i:
            t, d = by_i[t.head], d + 1
        return d

    found: list[_Found] = []
    for v in tokens:
        lemma = v.lemma.lower()
        if lemma == "accord" and v.text.lower() == "according":
            for to in kids.get(v.i, []):
                for o in kids.get(to.i, []):
                    if o.dep == "pobj":
                        toks = _phrase(o, kids, by_i)
                        inner = [x for x in kids.get(o.i, []) if x.dep == "prep" and x.text.lower() == "from"]
                        if inner and o.lemma.lower() in ("data", "datum", "figure", "figures", "report", "reports", "information"):
                            objs = [x for x in kids.get(inner[0].i, []) if x.dep == "pobj"]
                            if objs:
                                toks = _phrase(objs[0], kids, by_i)
                        if toks == _phrase(o, kids, by_i) and o.lemma.lower() in _HEARSAY and not any(
                                t.pos == "PROPN" or t.ent_type for t in toks):
                            continue  # "according to reports", "according to local media": nobody named
                        name = _text(toks)
                        found.append(_Found(name, classify(name, toks), text=f"according to {_text(_phrase(o, kids, by_i))}",
                                            depth=depth(v), token=v.i))
            continue
        if lemma not in REPORT_VERBS or v.pos not in ("VERB", "AUX"):
            continue
        # a passive subject ("soldiers are reported to ...") is what is reported, not who reports
        subj = next((k for k in kids.get(v.i, []) if k.dep == "nsubj"), None)
        if subj is None:
            continue
        if subj.tag in ("WP", "WDT") and v.dep == "relcl" and v.head in by_i:
            subj = by_i[v.head]  # "insurgents who said ...": the insurgents
        stoks = _phrase(subj, kids, by_i)
        name = _text(stoks)
        kind = classify(name, stoks)
        body = _of_body(subj, kids, by_i)
        if body and (subj.ent_type == "PERSON" or subj.lemma.lower() in _ROLE_HEADS):
            bkind = classify(_text(body), body)
            if bkind in ("monitor", "organisation", "official", "outlet", "agency"):
                name, kind = _text(body), bkind  # the body speaks through its head or spokesman
        if subj.text.lower() in PRONOUNS:
            kind = "pronoun"
        via: list[tuple[str, str]] = []
        if lemma in ("tell", "quote"):
            for k in kids.get(v.i, []):
                if k.dep in ("dobj", "dative", "iobj"):
                    vt = _phrase(k, kids, by_i)
                    names = [t for t in vt if t.pos == "PROPN"] or vt
                    via.append((_text(names), classify(_text(names), vt)))
        if lemma == "cite":
            obj = next((k for k in kids.get(v.i, []) if k.dep == "dobj"), None)
            if obj is not None:
                ot = _phrase(obj, kids, by_i, drop=("relcl", "acl", "punct", "prep", "cc", "conj"))
                via.insert(0, (name, kind))
                name, kind = _text(ot), classify(_text(ot), ot)
        medium = _medium(v, kids, by_i)
        if medium:
            via.insert(0, medium)
        found.append(_Found(name, kind, via, text=_text(sorted(stoks + [v], key=lambda t: t.i)), depth=depth(v),
                            token=v.i))
    return found


def sentence_attributions(tokens: list[Token]) -> list[_Found]:
    """The sentence's attribution: its reports chained into one (see ``_chain``)."""
    return _chain([dataclasses.replace(f, via=list(f.via)) for f in reports(tokens)])


def _chain(found: list[_Found]) -> list[_Found]:
    """Several attributions in one sentence become one chain: the source that speaks, relayed by
    the outlets and agencies ("AFP reported that, according to a monitor, ..."; "X said ...,
    according to the New York Times")."""
    if len(found) <= 1:
        return found
    relays = [f for f in found if f.kind in ("agency", "outlet")]
    speakers = [f for f in found if f.kind not in ("agency", "outlet")]
    if not speakers:
        speakers, relays = relays[-1:], relays[:-1]
    primary = max(speakers, key=lambda f: f.depth) if speakers[0].kind != "pronoun" else speakers[0]
    for r in sorted(relays, key=lambda f: -f.depth):
        primary.via = primary.via + [(r.primary, r.kind)] + r.via
    return [primary]


def _strip_titles(name: str) -> str:
    from .entities.names import strip_title

    words = [w for w in name.split() if not (w[:1].isupper() and w.lower() in {
        "us", "uk", "un", "eu", "syrian", "russian", "turkish", "iranian", "american", "british", "french"})]
    return strip_title(" ".join(words))[0] if words else name


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:60] or "unknown"


class _Sources:
    def __init__(self, dossier: Dossier):
        self.by_id: dict[str, Source] = {}
        self.dossier = dossier
        # one agency credited by its name in one report and by its initials in another ("Trevanic News
        # Agency" / "TNA"): one source
        credits = {c for a in dossier.articles for c in a.credits}
        self.initials = {"".join(w[0] for w in c.split() if w[:1].isupper()): c for c in sorted(credits)
                         if len(c.split()) > 1}

    def get(self, name: str, kind: str) -> str:
        canonical = self.initials.get(name, name) if kind == "agency" else name
        if self.dossier.entities and kind not in ("unnamed", "unknown", "pronoun"):
            from .entities import resolve_name

            e = resolve_name(self.dossier, name) or resolve_name(self.dossier, _strip_titles(name))
            if e is not None:
                canonical = e.name
        sid = f"src-{_slug(canonical)}"
        if sid not in self.by_id:
            self.by_id[sid] = Source(sid, canonical, kind)
        return sid


def _resolve(f: _Found, article: str, sentence: int, prev: Attribution | None, sources: _Sources) -> Attribution | None:
    """One found report as a record: a pronoun speaker ("He said") is the previous sentence's source."""
    if f.kind == "pronoun":
        if prev is None:
            return None
        return Attribution(article, sentence, prev.source, list(prev.via), f.text, inherited=True)
    via = [prev.source if k == "pronoun" and prev is not None else sources.get(n, k)
           for n, k in f.via if k != "pronoun" or prev is not None]
    return Attribution(article, sentence, sources.get(f.primary, f.kind), via, f.text)


def _own(article: Article, sources: _Sources) -> tuple[str, list[str]]:
    if article.credits:
        return sources.get(article.credits[0], "agency"), []
    return sources.get(article.outlet or f"{article.id} (own reporting)", "outlet"), []


def attribute(dossier: Dossier) -> tuple[list[Source], list[Attribution], list[Article]]:
    sources = _Sources(dossier)
    attributions: list[Attribution] = []
    articles: list[Article] = []
    for art in dossier.articles:
        prev: Attribution | None = None
        new_sentences = []
        by_sent = tokens_by_sentence(art)
        own, _ = _own(art, sources)
        credit_ids = [sources.get(c, "agency") for c in art.credits]
        for sent in art.sentences:
            toks = by_sent.get(sent.index, [])
            found = sentence_attributions(toks)
            att = _resolve(found[0], art.id, sent.index, prev, sources) if found else None
            reporters = [Reporter(f.token, r.source, r.via, f.text) for f in reports(toks)
                         if (r := _resolve(f, art.id, sent.index, prev, sources)) is not None]
            if att is None:
                att = Attribution(art.id, sent.index, own, [], "")
                prev = None
            else:
                prev = att
            for rec in [att] + reporters:
                rec.via += [c for c in credit_ids if c not in rec.via and c != rec.source]
            att.reporters = reporters
            attributions.append(att)
            new_sentences.append(dataclasses.replace(sent, sources=[att.source] + att.via))
        _quote_openers(art.id, new_sentences, attributions)
        articles.append(dataclasses.replace(art, sentences=new_sentences))
    return list(sources.by_id.values()), attributions, articles


def _quote_openers(article: str, sentences: list, attributions: list[Attribution]) -> None:
    """A quotation over several sentences is attributed after its last one ('"A. B," he said'):
    the sentences it opens rest on the same speaker."""
    mine = {a.sentence: a for a in attributions if a.article == article}
    for n in range(len(sentences) - 2, -1, -1):
        s, nxt = sentences[n], sentences[n + 1]
        here, there = mine.get(s.index), mine.get(nxt.index)
        if (here and there and not here.text and there.text and s.text.startswith('"')
                and s.text.count('"') % 2 == 1):
            here.source, here.via, here.text, here.inherited = there.source, list(there.via), there.text, True
            sentences[n] = dataclasses.replace(s, sources=[there.source] + list(there.via))


@stage("attribution", scope="story", requires=("article.tokens", "article.sentences"),
       provides=("dossier.sources", "dossier.attributions", "article.sentences.sources"))
def attribution(dossier: Dossier, ctx=None) -> Dossier:
    """Whom each sentence rests on; the story's sources."""
    srcs, atts, arts = attribute(dossier)
    return dataclasses.replace(dossier, sources=srcs, attributions=atts, articles=arts)


#: Marks of a time clause: "Y left as X announced Z" and "X declared victory after Y entered" tell the time
#: clause as the outlet's own fact, not as the report's content.
_TIME_MARKS = {"as", "after", "while", "when", "before", "since", "until", "once"}
_OWN_HEDGES = {"reportedly", "allegedly", "purportedly", "apparently"}


def _postposed(by_i: dict[int, Token], report: Token) -> bool:
    """A report the parser coordinated with the clause before it, though it only tells who said that
    clause ('Hezbollah "has instructed its fighters ...", a source told AFP.'): it has no content clause of
    its own, no conjunction joins it, a comma sets it off and nothing follows it."""
    def under(t: Token) -> bool:
        for _ in range(len(by_i)):
            if t.i == report.i:
                return True
            if t.head == t.i or t.head not in by_i:
                return False
            t = by_i[t.head]
        return False

    if any(t.head == report.i and t.i != report.i and t.dep in ("ccomp", "xcomp", "parataxis", "conj", "advcl")
           for t in by_i.values()):
        return False
    words = sorted((t for t in by_i.values() if t.pos != "SPACE"), key=lambda t: t.i)
    mine = [t for t in words if under(t)]
    if any(t.i > report.i and t.pos != "PUNCT" and not under(t) for t in words):
        return False
    first = mine[0].i
    marks = [t.text for t in words if t.i < first][-2:]
    return "," in marks and all(m in (",", '"', "\u201d", "'") for m in marks)


def _distance(by_i: dict[int, Token], timed: dict[int, str], report: Token, verb: Token) -> int | None:
    """How many steps up from a clause's verb its report sits; None when the clause does not hang on it.

    A reporting verb governs the clauses below it ("X said Y left"); "according to X" the clause it is
    attached to and those below; a report trailing its clause ("Y left, two officers told Reuters",
    which the parser may hang under "left") governs the clause it follows. A clause coordinated with the
    report, or a time clause on it, is not its content."""
    accord = report.lemma.lower() == "accord"
    anchor = by_i.get(report.head) if accord else report
    if anchor is None:
        return None
    t, steps = verb, 0
    while t.i != anchor.i:
        if t.head == t.i or t.head not in by_i:
            break
        if t.head == anchor.i and not accord and (t.dep == "conj" or t.i in timed):
            return None  # "X declared victory after Y entered", "X said A, and B fled": not what X says
        if timed.get(t.i) in ("as", "while"):
            return None  # "X declares the city free as the president flees": the outlet's narration
        t, steps = by_i[t.head], steps + 1
    else:
        return steps
    if not accord and report.i > verb.i and report.i not in timed and (
            report.dep in ("parataxis", "ccomp") or report.dep == "conj" and _postposed(by_i, report)):
        t, steps = verb, 0
        while True:  # the report hangs on this clause's verb or on a verb it is coordinated with
            if t.i == report.head:
                return steps + 1
            if t.dep != "conj" or t.head not in by_i:
                return None
            t, steps = by_i[t.head], steps + 1
    return None


def clause_sources(att: Attribution, tokens: list[Token], verb: int, own: list[str],
                   kinds: dict[str, str] | None = None) -> tuple[list[str], bool]:
    """Whom one clause of a sentence rests on: (source ids, primary first; whether a report names them).

    The nearest report the clause hangs on speaks for it, relayed by the outlets and agencies that
    report it further up; a clause that hangs on no report of its sentence ("Assad left as rebels
    announced ...") is the outlet's own telling. A sentence without reports of its own keeps its
    attribution (inherited, or a quotation's)."""
    if not att.reporters:
        return [att.source] + att.via, bool(att.text)
    by_i = {t.i: t for t in tokens}
    if verb not in by_i:
        return [att.source] + att.via, bool(att.text)
    if any(t.head == verb and t.dep == "advmod" and t.lemma.lower() in _OWN_HEDGES for t in tokens):
        return list(own), False  # "as the president reportedly flees": the outlet hedges its own telling
    timed = {t.head: t.lemma.lower() for t in tokens if t.dep == "mark" and t.lemma.lower() in _TIME_MARKS
             and t.head in by_i and by_i[t.head].dep == "advcl"}
    hold = sorted((d, r.token, r) for r in att.reporters if r.token in by_i
                  and (d := _distance(by_i, timed, by_i[r.token], by_i[verb])) is not None)
    if not hold:
        return list(own), False
    kinds = kinds or {}
    # the nearest speaker, relayed by the outlets and agencies that report it ("X said ..., according to
    # the New York Times")
    speakers = [h for h in hold if kinds.get(h[2].source) not in ("agency", "outlet")]
    nearest = (speakers or hold)[0][2]
    out = [nearest.source] + nearest.via
    for _, _, r in hold:
        out += [x for x in [r.source] + r.via if x not in out]
    return out, True


def own_sources(dossier: Dossier, article: Article) -> list[str]:
    """The article's own reporting line: its outlet (or credited agency), then the agencies it credits."""
    sources = _Sources(dossier)
    own, _ = _own(article, sources)
    return [own] + [c for c in (sources.get(c, "agency") for c in article.credits) if c != own]
