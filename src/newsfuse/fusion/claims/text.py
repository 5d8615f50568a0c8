"""A claim's text: the clearest sentence that tells it, or, when that sentence tells another claim too, its own
clause made into a sentence.

The clearest sentence is the one an editor would quote: asserted, of a readable length, in a plain register (no
shouted words, no outlet speaking as "we", no exclamation), first-hand, naming what it tells, and in the words
most tellings use. A clause is made into a sentence only when it reads as one: one unbroken stretch of the
sentence (a parenthesis set off by commas may go), a subject and a finite verb, nothing its words lack ("wants to
ensure" without what), and a relative clause told of its subject as a sentence of its own ("X, which opened in
1974" reads "X opened in 1974").
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

from ...model import Dossier, Token
from ..common import join_tokens
from .pairs import clause_text
from .units import Unit

_LINKING = {"be", "stay", "remain", "become", "seem", "keep", "appear", "look"}
_FIRST_PERSON = {"i", "we", "my", "our", "us"}  # a first person names no one to a reader of the claim
_OUTLET_VOICE = {"we", "our", "us", "ours"}  # an outlet speaking of itself outside quotation marks
_SUBORDINATE = {"until", "as", "while", "because", "after", "before", "if", "when", "since", "though", "although"}
_PRONOUNS = {"it", "he", "she", "they", "them", "him", "her", "this", "that", "which", "who", "any", "some",
             "its", "his", "their", "what", "how", "why", "where", "whether"}
_VAGUE_TARGETS = {"it", "this", "that", "them", "they", "these", "those"}
_RELATIVE = {"which", "who", "that"}
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
_SUBJECTS = {"nsubj", "nsubjpass", "expl", "csubj"}
#: what a word needs after it: a clause that lost one of these reads cut short ("wants to ensure.")
_COMPLEMENTS = {"ccomp", "xcomp", "dobj", "pobj", "attr", "acomp", "oprd", "dative"}
#: Words a clause is told without: "that", "and" (not "so": "So far, 12 have died"), and the marks of a clause of
#: time or cause, which tells its fact ("when a towline broke", "as darkness fell"; not "if" nor "until")
_LEADING = r"^(?:that|whether|and|but|when|as|while|after|before|since|because|once|though|although)\s+"
_QUOTES = {'"', "\u201c", "\u201d", "\u00ab", "\u00bb"}
RAISED = 2  # loud sentences that make a report's register raised


class Sentences:
    """The story's tokens by sentence, and the words it writes in lower case (read once per story)."""

    def __init__(self, dossier: Dossier):
        self._dossier = dossier
        self._tokens: dict[str, dict[int, list[Token]]] = {}
        self._lower: set[str] | None = None
        self._raised: dict[str, bool] = {}

    def tokens(self, article: str, sentence: int) -> list[Token]:
        if article not in self._tokens:
            by: dict[int, list[Token]] = {}
            for t in self._dossier.article(article).tokens:
                by.setdefault(t.sent, []).append(t)
            self._tokens[article] = by
        return self._tokens[article].get(sentence, [])

    def lower(self) -> set[str]:
        if self._lower is None:
            self._lower = {t.text for a in self._dossier.articles for t in a.tokens if t.text.islower()}
        return self._lower

    def loud(self, article: str, sentence: int) -> bool:
        return loud(self.tokens(article, sentence), self.lower())

    def raised(self, article: str) -> bool:
        """A report in a raised voice throughout: two of its sentences or more are loud (see ``loud``). Its
        plain sentences are still its register ("Hero fishermen hauled 140 people to safety")."""
        if article not in self._raised:
            self._raised[article] = sum(self.loud(article, s.index)
                                        for s in self._dossier.article(article).sentences) >= RAISED
        return self._raised[article]


def _outside_quotes(toks: list[Token]) -> list[Token]:
    out, inside = [], False
    for t in toks:
        if t.text in _QUOTES:
            inside = not inside if t.text == '"' else t.text in ("\u201c", "\u00ab")
            continue
        if not inside:
            out.append(t)
    return out


def loud(toks: list[Token], lower: set[str]) -> bool:
    """A sentence in a raised voice, outside what it quotes: a common word shouted in capitals ("fire doors were
    LOCKED", "hit FIVE times the limit": words the story also writes in lower case, so no acronym), an
    exclamation, or the outlet speaking of itself ("Our sources say")."""
    own = _outside_quotes(toks)
    return any(t.text == "!" or t.text.lower() in _OUTLET_VOICE and not t.text.isupper()  # (not "US")
               or len(t.text) >= 3 and t.text.isalpha() and t.text.isupper() and t.text.lower() in lower
               for t in own)


def _fit(members: list[Unit], sentences: Sentences, relayed: set[tuple[str, int]]):
    """The sort key of the clearest telling among ``members`` (smallest first)."""
    freq = Counter(w for u in members for w in u.words)

    def fit(u: Unit) -> tuple:
        n = len(u.text.split())
        central = sum(freq[w] for w in u.words) / max(len(u.words), 1)
        second_hand = (u.article, u.sentence) in relayed
        # a pronoun for what is told ("Papers put it at around 900,000") reads only beside the sentence before
        vague = bool(u.target & _VAGUE_TARGETS) or (u.clause.split()[:1] or [""])[0].lower() in _VAGUE_TARGETS
        return (not 8 <= n <= 40, sentences.loud(u.article, u.sentence), sentences.raised(u.article), second_hand,
                vague, -(central - 0.1 * n), u.article, u.sentence)
    return fit


def pick_text(members: list[Unit], sentences: Sentences, relayed: set[tuple[str, int]],
              shared: set[tuple[str, int]] = frozenset()) -> str:
    """The clearest evidence sentence (see the module's doc; ``relayed``: sentences another outlet is the source
    of). When that sentence also tells another claim (``shared``): its own clause if it reads as a sentence, else
    the clearest sentence telling this claim alone, so that two claims do not read alike."""
    asserted = [u for u in members if u.stance == "asserts"] or members
    fit = _fit(members, sentences, relayed)
    best = min(asserted, key=fit)
    if (best.article, best.sentence) not in shared:
        return best.text
    # a whole sentence telling this claim alone reads better than a clause cut from one telling two ("The man
    # detained outside the depot on Monday" of "... was released without charge"), unless it reads worse in
    # itself (a raised voice, second hand: "Hero fishermen hauled 140 people to safety")
    alone = [u for u in asserted if (u.article, u.sentence) not in shared]
    # (a key's first four: of readable length, loud, from a raised voice, second hand)
    if alone and fit(min(alone, key=fit))[:4] <= fit(best)[:4]:
        return min(alone, key=fit).text
    own = tidy_clause(best, sentences.tokens(best.article, best.sentence))
    if own:
        return own
    if alone:  # a whole sentence that reads worse, or the one telling two (a claim reading alike is retold)
        return best.text if fit(min(alone, key=fit))[1:3] > fit(best)[1:3] else min(alone, key=fit).text
    alone = [u for u in members if (u.article, u.sentence) not in shared]  # a hedged telling of this claim alone
    return min(alone, key=fit).text if alone else best.text


def retell(members: list[Unit], sentences: Sentences, relayed: set[tuple[str, int]], taken: str) -> str:
    """A text for a claim whose clearest sentence another claim reads as (``taken``): the clearest sentence of
    its own that reads otherwise, else its own clause as a sentence, else the bare clause."""
    fit = _fit(members, sentences, relayed)
    other = [u for u in members if u.text != taken]
    asserted = [u for u in other if u.stance == "asserts"] or other
    if asserted:
        return min(asserted, key=fit).text
    first = min(members, key=lambda u: (u.stance != "asserts", u.article, u.sentence))
    clause = clause_text(first)
    toks = sentences.tokens(first.article, first.sentence)
    told = tidy_clause(first, toks)
    if not told or told == taken:
        # the clause with the complements it left to other units ("al-Jalali wants to ensure" + "public institutions
        # continue to function"): a whole sentence, not a verb without its object
        told = tidy_clause(_completed(first, toks), toks)
    return told if told and told != taken else _as_sentence(_polish(clause) or clause)


def _completed(u: Unit, toks: list[Token]) -> Unit:
    """The unit with the complements of its words that lie outside its clause, and their words, put back."""
    ids = set(u.span)
    grown = True
    while grown:
        more = {t.i for t in toks if t.i not in ids and (t.head in ids and t.dep in _COMPLEMENTS or t.head in ids
                                                          and t.head not in u.span)}
        grown = bool(more)
        ids |= more
    return dataclasses.replace(u, span=tuple(sorted(ids)))


def _stretch(u: Unit, toks: list[Token]) -> list[Token] | None:
    """The clause's tokens as one unbroken stretch of its sentence, a parenthesis set off by commas left out with
    its first comma ("The refinery, which opened in 1974, is the largest" -> "The refinery is the largest");
    None when words are missing from its middle otherwise."""
    keep = set(u.span)
    by_i = {t.i: t for t in toks}
    span = sorted(i for i in keep if i in by_i)
    if not span:
        return None
    out: list[Token] = []
    i = span[0]
    while i <= span[-1]:
        if i in keep:
            out.append(by_i[i])
            i += 1
            continue
        j = i
        while j <= span[-1] and j not in keep:
            j += 1
        gap = [by_i[k] for k in range(i, j)]
        after = by_i.get(j)
        if all(by_i[k].pos in ("PUNCT", "SPACE") for k in span if k >= j) and (
                gap[0].text == "," or gap[0].dep in ("cc", "mark") or out and (out[-1].dep == "cc"
                                                                               or out[-1].text == ",")):
            break  # what the clause leaves out is a clause after it ("is the largest and [processes ...]")
        opened = gap[0].text == "," or bool(out) and out[-1].text == ","
        closed = gap[-1].text == "," or after is not None and after.text == ","
        if gap[-1].dep == "cc" and j == u.token:
            i = j  # the clause a verb is coordinated with, its subject kept ("X is the largest and processes ...")
            continue
        if not (opened and closed):
            return None
        if out and out[-1].text == ",":
            out.pop()
        i = j + 1 if after is not None and after.text == "," else j  # the closing comma goes with the parenthesis
        continue
    return out


def _relative(verb: Token, words: list[Token]) -> list[Token] | None:
    """ "X, which opened in 1974" as "X opened in 1974": a relative clause whose pronoun is its subject, told of
    the word it hangs on; None for any other relative clause ("the plan the union rejected")."""
    rel = next((t for t in words if t.head == verb.i and t.dep in ("nsubj", "nsubjpass")
                and t.text.lower() in _RELATIVE), None)
    if rel is None:
        return None
    out = [t for t in words if t.i != rel.i]
    k = next((n for n, t in enumerate(out) if t.i > rel.i), len(out))
    if k and out[k - 1].text == ",":
        del out[k - 1]
    return out


def tidy_clause(u: Unit, toks: list[Token] | None = None) -> str | None:
    """A unit's clause as a sentence of its own ("Dozens more are missing."), or None when it does not read
    as one (a fragment: "until the plant was repaired", "schools stayed , and", "injuring more than 300").
    With the sentence's tokens the clause is checked and rebuilt from them (see the module's doc)."""
    text = clause_text(u)
    if toks and u.span:
        words = _stretch(u, toks)
        by_i = {t.i: t for t in toks}
        verb = by_i.get(u.token)
        if words is None or verb is None:
            return None
        ids = {t.i for t in words}
        if verb.dep == "relcl":
            words = _relative(verb, words)
            if words is None:
                return None
            ids = {t.i for t in words}
        kids = [t for t in toks if t.head == verb.i and t.i != verb.i and t.i in ids]
        finite = verb.tag in _FINITE or any(k.dep in ("aux", "auxpass") and k.tag in _FINITE for k in kids)
        subject = any(k.dep in _SUBJECTS for k in kids) or verb.dep == "relcl" or verb.dep == "conj" and any(
            t.dep in _SUBJECTS and t.head == verb.head and t.i in ids for t in toks)
        lacking = any(t.head in ids and t.dep in _COMPLEMENTS and t.i not in ids and t.head != t.i
                      for t in toks if t.dep != "punct")
        if not (finite and subject) or lacking:
            return None
        text = clause_text(dataclasses.replace(u, clause=join_tokens(words)))
    text = _polish(text)
    words_ = text.split()
    if len(words_) < 4 or words_[0].lower() in _SUBORDINATE | _PRONOUNS | _FIRST_PERSON or \
            "that" in (w.lower() for w in words_[1:3]) or (
            u.verb in _LINKING and words_[-1].lower().startswith(u.verb[:3])):
        return None  # a fragment, or a linking verb that lost its complement ("schools in Dorsa stayed")
    return _as_sentence(text)


def _polish(text: str) -> str:
    """A clause's words with no stray spacing, trailing conjunction, leading "that", or quotation mark left open."""
    text = re.sub(r"\s+([,.;:])", r"\1", text)
    text = re.sub(r"[\s,;]*\b(?:and|but|or)$", "", text).strip(" ,;.:")
    text = re.sub(_LEADING, "", text, flags=re.I)
    for q in ('"', "\u201c\u201d"):  # a quotation cut by the clause: no stray mark left open
        marks = sum(text.count(c) for c in q)
        if marks % 2 and text[:1] in q:
            text = text[1:].lstrip()
        elif marks % 2 and text[-1:] in q:
            text = text[:-1].rstrip(" ,;")
        elif marks == 1:  # (one inside: 'the army withdrew" from the facility', its opening left in the sentence)
            text = re.sub(r"\s*[%s]\s*" % q, " ", text).strip()
    return text


def _as_sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text[-1:] in ".!?\"'”" else ".")
