"""Clean stage: strip boilerplate, move agency credits, split the headline, normalise text.

Every piece taken out is recorded in ``Article.removed`` with its reason, and nothing that may
be real content is removed: a doubtful line stays. Patterns are hand-written because they are
about news-page furniture (promo lines, datelines, agency tags) that no maintained library
strips from plain text; trafilatura does that job for HTML before this stage runs.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata

from .model import Article, Removed
from .pipeline import stage

# Normalisation ---------------------------------------------------------------------------------
_QUOTES = str.maketrans(
    {
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2033": '"', "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    }
)
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def normalise(text: str) -> str:
    """NFC, straight quotes, no invisible characters, single spaces, ``\\n`` line ends."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE).translate(_QUOTES)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


# Boilerplate ----------------------------------------------------------------------------------
_PROMO = re.compile(
    r"""(?ix)
    \bjoin\s+(?:our|us\s+on)\b.*\b(?:community|channel|newsletter|group|whatsapp|telegram)\b
    | ^[-–—•*\s]*(?:join|subscribe|sign\s+up|read\s+more|read\s+also|see\s+also|watch|listen)
      (?:\s+(?:now|here|more|today))?[-–—•*\s]*$
    # a link to another piece: "Read more: Who inspects Morvania's bridges?", "RELATED: ...", "See also - ..."
    | ^[-–—•*\s]*(?:read\s+more|read\s+also|also\s+read|see\s+also|more\s+on\s+this(?:\s+story)?
      |related(?:\s+(?:articles?|stories|story|news|coverage|content))?|watch|listen|recommended)
      \s*(?::|\||»|>|[-–—](?=\s))\s*\S
    | \bsubscribe\s+(?:to|for|now|today)\b | \bsign\s+up\s+(?:for|to|now)\b
    | \bfollow\s+us\s+on\b | \b(?:click|tap)\s+here\b | \bdownload\s+(?:our|the)\s+app\b
    | \b(?:on|in|via)\s+our\s+(?:[\w-]+\s+){0,3}app\b | \bour\s+tip\s*-?line\b
    | \bcatch\s+up\b[^.]*\b(?:on|in|via)\s+(?:the|our)\s+(?:[\w-]+\s+){0,3}app\b
    | ^\W*(?:[^.?!]{0,40}[?!]\s*)?(?:message|email|e-mail|contact|text|whatsapp)\s+us\b
    | ^share\s+(?:this|on|via|article)\b | ^(?:advertisement|sponsored(?:\s+content)?|related
      (?:\s+(?:articles|stories|news))?|recommended|most\s+read|trending(?:\s+now)?)\s*:?$
    | \ball\s+rights\s+reserved\b | ^copyright\s*(?:©|\(c\))
    """
)
_BYLINE = re.compile(r"(?i)^\(?\s*(?:reporting|writing|editing|additional\s+reporting)\s+by\b.*\)?$")
_MAX_PROMO_WORDS = 25

# Agency credits ------------------------------------------------------------------------------
#: Agencies written in mixed case; an all-capitals tag of 2-8 letters is taken as a credit too.
AGENCIES = (
    "Reuters", "AFP", "AP", "Associated Press", "Agence France-Presse", "dpa", "DPA", "EFE", "ANSA",
    "Xinhua", "TASS", "Anadolu", "Anadolu Agency", "Interfax", "Kyodo", "Yonhap", "UPI", "PTI",
    "IANS", "ANI", "Bernama", "Bloomberg", "PA", "PA Media", "BGNES", "IRNA", "WAM", "SPA", "KUNA",
)
_AGENCY_ALT = "|".join(sorted((re.escape(a) for a in AGENCIES), key=len, reverse=True))
_TAG = rf"(?:{_AGENCY_ALT}|[A-Z]{{2,8}})"
_TRAILING_TAG = re.compile(rf"\s*\|\s*(?P<agency>{_TAG})\s*$")
#: A news service by its name, in a dateline after a place: "(Kestrel News Agency)", "(Vestpress)", "(Radio Civica)"
_NAMED_AGENCY = r"[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,4}"
_DATELINE = re.compile(  # "DAMASCUS (Reuters) -", "LONDON, Dec 8 (Reuters) -", "OURZEN, Asmarra (CPS) -"
    rf"^(?P<place>[A-Z][A-Z .,'/-]{{1,40}}?(?:,[^()\n,]{{1,30}}){{0,2}}\s*)?\((?P<agency>{_TAG})\)\s*[-–—:]+\s+(?=\S)"
    # "MARROWBY, March 10 (Trevanic News Agency) -": a named service only after a place
    rf"|^(?P<at>[A-Z][A-Z .'/-]{{1,40}}?(?:,[^()\n,]{{1,30}}){{0,2}}\s*)"
    rf"\((?P<service>{_NAMED_AGENCY})\)\s*[-–—:]+\s+(?=\S)"
)
#: A place alone opening the story: "MERETH — ", "MERETH, Dravenia — ", "VALMORA - ": the place in capitals
_PLACE_LINE = re.compile(r"^[A-Z][A-Z'./-]{2,}(?: [A-Z][A-Z'./-]+){0,3}"
                         r"(?:, [A-Z][\w.'-]*(?: [\w.'-]+){0,3})?\s+[-–—]\s+(?=[A-Z\"'])")
_ADDS = re.compile(rf"^(?P<agency>{_TAG})\s+adds\s*:\s+(?=\S)")
#: "Update, 21:40:", "UPDATE 2:", "Updated at 14:05 GMT:": a note on when the line was added, not its words
_UPDATE_NOTE = re.compile(r"(?i)^(?:update[ds]?|latest)\b(?:[^:\n]|:\d\d){0,30}:\s+(?=\S)")
_TRAILING_DASH_TAG = re.compile(rf"\s+[-–—]\s*(?P<agency>{_AGENCY_ALT})\s*$")

# Headlines ----------------------------------------------------------------------------------
_TERMINAL = re.compile(r"""[.!?…:;]["')\]]*$""")
_SMALL_WORDS = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "as", "by",
                "with", "from", "but", "is", "vs", "over", "into"}


def _title_case(line: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", line) if w.lower() not in _SMALL_WORDS]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) >= 0.8


def looks_like_headline(line: str) -> bool:
    words = line.split()
    if not 2 <= len(words) <= 30:
        return False
    return not _TERMINAL.search(line) or (_title_case(line) and len(words) <= 20)


def _is_subheading(line: str, prev: str | None, nxt: str | None) -> bool:
    words = line.split()
    return (
        1 <= len(words) <= 6 and not _TERMINAL.search(line) and line[:1].isupper()
        and prev is not None and nxt is not None
        and len(prev.split()) > 12 and len(nxt.split()) > 12
    )


def _same_agency(a: str, b: str) -> bool:
    """One agency by its name and by its initials: "Trevanic News Agency" and "TNA"."""
    def initials(name: str) -> str:
        return "".join(w[0] for w in name.split() if w[:1].isupper())
    return a == b or len(a.split()) == 1 and a == initials(b) or len(b.split()) == 1 and b == initials(a)


def _take_credits(line: str, credits: list[str], removed: list[Removed]) -> str:
    for pattern, reason in (
        (_DATELINE, "dateline and agency credit"),
        (_ADDS, "agency credit"),
        (_TRAILING_TAG, "agency tag"),
        (_TRAILING_DASH_TAG, "agency tag"),
    ):
        m = pattern.search(line)
        if m:
            agency = m.group("agency") or m.group("service")
            if not any(_same_agency(agency, c) for c in credits):
                credits.append(agency)
            removed.append(Removed(m.group(0).strip(), reason))
            line = (line[: m.start()] + line[m.end():]).strip()
    return line


def clean_text(raw: str, *, title: str | None = None):
    """Cleaned body, title, credits and removed pieces of one raw report."""
    removed: list[Removed] = []
    credits: list[str] = []
    seen: set[str] = set()
    kept: list[str] = []
    for line in normalise(raw).split("\n"):
        if not line:
            continue
        if len(line.split()) <= _MAX_PROMO_WORDS and _PROMO.search(line):
            removed.append(Removed(line, "promotional boilerplate"))
            continue
        if _BYLINE.match(line):
            removed.append(Removed(line, "byline"))
            continue
        if line in seen:
            removed.append(Removed(line, "line repeated within the article"))
            continue
        seen.add(line)
        note = _UPDATE_NOTE.match(line)
        if note and len(line) > note.end():
            removed.append(Removed(note.group(0).strip(), "update note"))
            line = line[note.end():]
        line = _take_credits(line, credits, removed)
        if line:
            kept.append(line)

    if kept and len(kept) > 1 and looks_like_headline(kept[0]):
        head = kept.pop(0)
        if title is None or normalise(title) == head:
            removed.append(Removed(head, "headline (moved to title)"))
            title = head
        else:
            kept.insert(0, head)
    body: list[str] = []
    for i, line in enumerate(kept):
        prev = kept[i - 1] if i > 0 else None
        nxt = kept[i + 1] if i + 1 < len(kept) else None
        if _is_subheading(line, prev, nxt):
            removed.append(Removed(line, "subheading"))
            continue
        if not body and (m := _PLACE_LINE.match(line)) and m.end() < len(line):
            # the first line's dateline: where the story was filed, not a word of it ("MERETH — The movement ...")
            removed.append(Removed(m.group(0).strip(), "dateline"))
            line = line[m.end():]
        body.append(line)
    return "\n".join(body), (normalise(title) if title else None), credits, removed


@stage(
    "clean", scope="article", requires=("article.raw",),
    provides=("article.text", "article.title", "article.credits", "article.removed"),
)
def clean(article: Article, ctx=None) -> Article:
    """Boilerplate out, credits to ``credits``, headline to ``title``, text normalised."""
    text, title, credits, removed = clean_text(article.raw or article.text, title=article.title)
    merged = list(article.credits) + [c for c in credits if c not in article.credits]
    return dataclasses.replace(
        article, text=text, title=title, credits=merged, removed=list(article.removed) + removed
    )
