"""Which clauses of a sentence state something, and how: asserted, denied ("denied reports that X", "there is
no truth to reports that X"), hedged ("claimed that X", "is believed to be"), or a correction ("an earlier
version said X"). Read from the parse, with the repairs the small model's parses need; the units of each
clause are built in units.py."""

from __future__ import annotations

from ...model import Token
from .causes import BLAMING
from .lexicon import (
    PREDICATES, REPORTING, DENY, GAINSAY, _FINDING, _NOUN_SENSES, _VERB_SENSES, REPORT_NOUNS, PROPOSALS, DENIAL_MARKS,
    _BELIEF, _TIME_MARKS, POSTS, HEARSAY, _GUESS, _WRONGLY, _DIRECTIVE, _SEEN, DISTANCING, RETRACTING, RETRACTED,
    FALSE_WORDS, GROUNDS, NAMING,
)


#: Verbs of hoping and fearing: the clause they govern is no one's word that it is so.
_WISHES = {"hope", "wish", "fear", "worry", "suspect", "speculate", "pray", "dream"}
#: Verbs whose clause is not told as so: a dispute, a demand, a proposal.
_NOT_SAID = {"dispute", "contest", "question", "challenge", "doubt", "propose", "recommend", "require", "demand",
             "request", "urge", "ask", "want", "need", "mean", "ensure", "order"}
#: Verbs that put a figure on what a clause tells ("put the figure higher, estimating that 2,000 tonnes had leaked")
_ESTIMATES = {"estimate", "calculate", "reckon"}


def _subtree(t: Token, kids, stop=("ccomp", "advcl", "relcl", "parataxis")) -> list[Token]:
    out, stack = [], [t]
    while stack:
        x = stack.pop()
        out.append(x)
        stack.extend(k for k in kids.get(x.i, []) if k.dep not in stop and not (k.pos == "VERB" and k.dep == "conj"))
    return out


def _participle(t: Token, kids) -> bool:
    """A participle phrase hanging on a clause, no clause of its own: "puts the amount of oil spilled at 3,000
    tonnes", "ran aground, spilling 2,000 tonnes of oil" (not "estimating that X": what it reports is)."""
    return t.dep == "advcl" and t.tag in ("VBG", "VBN", "VBD") and not any(
        k.dep in ("nsubj", "nsubjpass", "mark", "ccomp", "aux", "auxpass") for k in kids.get(t.i, []))


#: Participles that tell no happening of their own ("leaving 12 dead" leaves nowhere; "using tear gas" is how)
_HOW = {"leave", "use", "include", "accord", "follow", "cite", "bring"}


def _past(verb: Token, kids) -> bool:
    """Told in the past ("when the levee gave way", "when it was opened"), not what happens whenever or will
    ("wants an expert in the room when the sample is opened")."""
    return verb.tag == "VBD" or any(k.dep in ("aux", "auxpass") and k.tag == "VBD" for k in kids.get(verb.i, []))


def _lemma_classes(t: Token) -> frozenset[str]:
    lemma = t.lemma.lower()
    if lemma == "bar" and t.dep == "pobj" and t.text.lower() == "bars":
        return frozenset()  # "is behind bars": in jail, not barred from anything
    if lemma == "hang" and t.text.lower() == "hung":
        return frozenset()  # "all five hung in the east wing" (an execution is "hanged")
    found = {c for c, vs in PREDICATES.items() if lemma in vs}
    if t.pos == "VERB" and lemma in _NOUN_SENSES:
        found -= _NOUN_SENSES[lemma]
    if t.pos != "VERB" and lemma in _VERB_SENSES:
        found -= _VERB_SENSES[lemma]
    return frozenset(found)


def _over_what(t: Token, kids) -> bool:
    """A participle told with what it was over or where ("Two men arrested in Carvenia over the theft ... had nothing
    to do with it", "a man charged with murder"): set after the subject it befell, a happening of its own."""
    for p in kids.get(t.i, []):
        objs = [o for o in kids.get(p.i, []) if o.dep == "pobj"]
        if p.dep != "prep" or not objs:
            continue
        lemma = p.lemma.lower()
        if lemma == "over" or lemma == "in" and (objs[0].lemma.lower() == "connection"
                                                 or objs[0].ent_type in ("GPE", "LOC", "FAC")) \
                or lemma == "with" and "charge" in _lemma_classes(t):
            return True
    return False


def _sacked(verb: Token, kids) -> bool:
    """ "dismissed the director", "was dismissed on Wednesday": a post lost, not a denial."""
    return verb.lemma.lower() == "dismiss" and any(k.dep in ("nsubjpass", "dobj") and (
        k.pos == "PROPN" or k.ent_type == "PERSON" or k.lemma.lower() in POSTS | {"he", "she"})
        for k in kids.get(verb.i, []))


#: What one says a thing in ("said in a statement that X")
_STATEMENTS = {"statement", "interview", "speech", "message", "letter", "post", "briefing", "address", "broadcast"}


def _reduced_root(v, kids) -> bool:
    """A root verb that is a participle set after its subject ("Fishermen moored at the quay were ..."): a subject
    before it, no object, nothing it reports."""
    lemma = v.lemma.lower()
    return v.pos == "VERB" and v.tag in ("VBN", "VBD") and lemma not in REPORTING | DENY | _BELIEF | _GUESS \
        and any(x.dep == "nsubj" and x.i < v.i for x in kids.get(v.i, [])) \
        and not any(x.dep in ("dobj", "aux", "auxpass", "neg") for x in kids.get(v.i, []))


#: What a true account is called ("it is not true that X", "it was not correct to say X")
_TRUE = {"true", "correct", "accurate"}
#: Accounts one may dispute, besides the report nouns ("disputed accounts that X", "rejected the version that X")
_ACCOUNTS = {"account", "version", "assertion", "story"}
#: Words that call a saying false but a state of things unjust ("it is wrong to say X" / "it was wrong that X"; "it
#: is not right to say X" / "it is not right that families wait")
_JUDGING = {"wrong", "misleading"}


def _untrue(v: Token, kids) -> list[Token]:
    """The clause a sentence calls untrue with "it": "it is not true that X", "it was false to suggest that X", "it
    is wrong to say X" (X's heads; none for any other clause)."""
    if v.lemma.lower() != "be":
        return []
    ks = kids.get(v.i, [])
    if not any(k.dep in ("nsubj", "expl") and k.text.lower() == "it" for k in ks):
        return []
    words = [k for k in ks if k.dep in ("acomp", "attr")]
    words += [c for w in words for c in kids.get(w.i, []) if c.dep == "conj"]
    negated = any(k.dep == "neg" for k in ks)
    # "to suggest that X", "to say X": what the saying would tell
    said = [c for x in [v] + words for k in kids.get(x.i, []) if k.dep in ("xcomp", "advcl", "ccomp")
            and k.lemma.lower() in REPORTING | _GUESS for c in kids.get(k.i, []) if c.dep == "ccomp"
            and c.pos in ("VERB", "AUX")]
    # ("it was wrong that patients had to wait" judges, it does not gainsay: "wrong" and "misleading" only of saying)
    if not any(w.lemma.lower() in FALSE_WORDS - _JUDGING or negated and w.lemma.lower() in _TRUE
               or said and (w.text.lower() in _JUDGING or negated and w.text.lower() == "right") for w in words):
        return []
    told = [k for x in [v] + words for k in kids.get(x.i, []) if k.dep == "ccomp" and k.pos in ("VERB", "AUX")]
    return [t for t in told + said if t.lemma.lower() not in REPORTING | _GUESS]


def _called_false(noun: Token, kids, by_i) -> bool:
    """A report called false in a word of its own: "the reports were 'fake news'", "branded reports that X as
    lies", "called the reports fabricated"."""
    def false(w: Token) -> bool:
        return w.lemma.lower() in FALSE_WORDS or any(a.dep == "amod" and a.lemma.lower() in FALSE_WORDS
                                                     for a in kids.get(w.i, []))
    verb = by_i.get(noun.head)
    if verb is None:
        return False
    ks = kids.get(verb.i, [])
    if noun.dep == "nsubj" and verb.lemma.lower() == "be":
        # ("reports that X were not true", "the claims that X were without foundation")
        return any(k.dep in ("acomp", "attr") and (false(k) or k.lemma.lower() in _TRUE and any(
            n.dep == "neg" for n in ks)) for k in ks) or _groundless(verb, kids)
    # (the parse may hang "as lies" on the report's own clause)
    ks = ks + [k for c in kids.get(noun.i, []) if c.dep in ("acl", "relcl", "ccomp") for k in kids.get(c.i, [])]
    return noun.dep == "dobj" and any(k.dep in ("oprd", "ccomp", "xcomp") and false(k) or k.dep == "prep"
                                      and k.lemma.lower() == "as" and any(o.dep == "pobj" and false(o)
                                                                          for o in kids.get(k.i, [])) for k in ks)


def _groundless(verb: Token, kids) -> bool:
    """"(the claims) were without foundation", "without any basis": said to rest on nothing."""
    return any(k.dep == "prep" and k.lemma.lower() == "without" and any(
        o.dep == "pobj" and o.lemma.lower() in GROUNDS for o in kids.get(k.i, [])) for k in kids.get(verb.i, []))


#: Who declines to deny leaves the report open: "declined to confirm or deny reports that X".
_DECLINE = {"decline", "refuse"}


def _not_denied(v: Token, kids, by_i) -> str | None:
    """A denying verb that denies nothing: "no longer disputes that X" grants X ("asserts"); "did not deny that
    X", "would neither confirm nor deny reports that X", "declined to confirm or deny X" leave X open
    ("hedged"). None when the verb denies."""
    ks = kids.get(v.i, [])
    if any(k.dep == "advmod" and k.text.lower() == "longer" and any(x.dep == "neg" for x in kids.get(k.i, []))
           for k in ks):
        return "asserts"
    # "neither confirm nor deny", "would not confirm or deny": the pair's first verb, whose negation covers both
    # (not "did not comment but denied")
    head = by_i.get(v.head) if v.dep == "conj" else None
    head = head if head is not None and any(k.dep == "cc" and k.lemma.lower() in ("or", "nor")
                                            for k in kids.get(head.i, [])) else None
    pair = [v] + ([head] if head is not None else [])
    if any(k.dep == "neg" or k.dep == "preconj" and k.lemma.lower() == "neither"
           or k.dep == "cc" and k.lemma.lower() == "nor" for x in pair for k in kids.get(x.i, [])):
        return "hedged"
    first = pair[-1]
    if first.dep == "xcomp" and first.head in by_i and by_i[first.head].lemma.lower() in _DECLINE:
        return "hedged"
    return None


#: Words that stand for a report told just before ("called it nonsense", "there is no truth in them").
_BACK = {"it", "this", "that", "them", "these", "those"}


def _false_report(v: Token, kids) -> bool:
    """v calls a report false that tells nothing of its own, so what the sentence before tells: "X called the
    report false", 'branded the claims "pure invention"', "the reports were untrue", "that is false", "there is no
    truth to the reports" / "in them" (a report with its own clause or its own happening is read where it is
    told: "called reports that X false", "denied reports of a leak")."""
    def bare(n: Token) -> bool:
        return (n.lemma.lower() in REPORT_NOUNS or n.text.lower() in _BACK) and not any(
            k.dep in ("acl", "ccomp", "relcl") and k.pos in ("VERB", "AUX") or k.dep in ("compound", "amod")
            and _lemma_classes(k) for k in kids.get(n.i, [])) and not any(
            _lemma_classes(o) for o in _reported_of(n, kids))  # ("the spying claims": of spying)

    def false(w: Token) -> bool:
        return w.lemma.lower() in FALSE_WORDS - _JUDGING or any(a.dep == "amod" and a.lemma.lower() in FALSE_WORDS
                                                              for a in kids.get(w.i, []))
    ks = kids.get(v.i, [])
    negated = any(k.dep == "neg" for k in ks)
    lemma = v.lemma.lower()
    if lemma in NAMING:
        said = [k for k in ks if k.dep in ("oprd", "xcomp", "ccomp") and false(k)]
        # (the parse may hang the report on the word: 'called the claim "nonsense"', "claim" a modifier)
        return not negated and (any(k.dep == "dobj" and bare(k) for k in ks) and bool(said) or any(
            k.dep in ("compound", "nmod") and bare(k) for w in said for k in kids.get(w.i, [])))
    if lemma != "be" or _untrue(v, kids) or any(k.dep in ("ccomp", "xcomp") for k in ks):
        return False  # ("it is not true that X": X denied)
    # ("the reports were untrue", "this is not true"; not "the reports were not false")
    if any(k.dep == "nsubj" and bare(k) for k in ks) and any(
            k.dep in ("acomp", "attr") and (k.lemma.lower() in _TRUE if negated else false(k)) for k in ks):
        return True
    if negated:
        return False
    # "there is no truth to the reports", "no truth whatsoever in them"
    truth = [k for k in ks if k.dep in ("attr", "nsubj") and k.lemma.lower() == "truth" and any(
        d.dep == "det" and d.lemma.lower() == "no" for d in kids.get(k.i, []))]
    of = [o for t in truth for p in kids.get(t.i, []) + [p for p in ks if p.dep == "prep"]
          if p.dep == "prep" and p.lemma.lower() in ("to", "in") for o in kids.get(p.i, []) if o.dep == "pobj"]
    return bool(truth) and bool(of) and all(bare(o) for o in of)


def _modifier(k: Token, kids) -> bool:
    """A participle that only qualifies a report noun ("rumours spread by people who want to create panic", "reports
    circulating on social media"), no content of the report: no subject and no "that" of its own."""
    return k.dep == "acl" and k.tag in ("VBN", "VBG") and not any(
        x.dep in ("nsubj", "nsubjpass", "expl", "mark") for x in kids.get(k.i, []))


def _reported_of(noun: Token, kids) -> list[Token]:
    """What a report is of: "reports of a second explosion", and "reports on social media of a second explosion"
    (the parse hangs "of" on the medium)."""
    holders = [noun] + [m for p in kids.get(noun.i, []) if p.dep == "prep"
                        for m in kids.get(p.i, []) if m.dep == "pobj"]
    return [o for h in holders for p in kids.get(h.i, []) if p.dep == "prep" and p.lemma.lower() == "of"
            for o in kids.get(p.i, []) if o.dep == "pobj"]


def _clause_heads(toks: list[Token], kids, by_i) -> list[tuple[Token, str, bool]]:
    """(verb, stance, refers_back) for each clause that states something."""
    root = next((t for t in toks if t.head == t.i or t.head not in by_i), None)
    if root is None:
        return []
    # "X fell into the river, the directorate now admits" parsed with the reporter's noun as the root (even
    # tagged a verb), X its clausal complement and "admits" its complement: X is what is reported
    reported = [k for k in kids.get(root.i, []) if k.dep == "ccomp" and k.pos in ("VERB", "AUX") and k.i < root.i]
    reporter = next((k for k in kids.get(root.i, []) if k.pos == "VERB" and k.lemma.lower() in REPORTING
                     and k.dep in ("xcomp", "acl", "relcl")), None)
    if reported and reporter is not None and root.lemma.lower() not in REPORTING:
        told = "hedged" if reporter.lemma.lower() in HEARSAY else "asserts"
        return [(x, told, False) for x in reported[:1] + [k for k in kids.get(reported[0].i, [])
                                                           if k.dep == "conj" and k.pos in ("VERB", "AUX")]]
    if root.pos in ("NOUN", "PROPN"):
        # a parse that makes the object its root ("inspectors had flagged cracks": "flagged" hanging on
        # "cracks" as a modifier): the verb with a subject of its own heads the clause
        # (the subject may hang on the verb's auxiliary: "inspectors had flagged cracks")
        # or a finite verb hangs on the noun that is its subject ("The first flight, chartered by X, touched
        # down at Y": "touched" a modifier of "flight")
        root = next((k for k in kids.get(root.i, []) if k.pos == "VERB" and k.dep in ("amod", "acl", "compound")
                     and any(x.dep in ("nsubj", "nsubjpass")
                             for a in [k] + [a for a in kids.get(k.i, []) if a.dep == "aux"]
                             for x in kids.get(a.i, []))), None) or next(
            (k for k in kids.get(root.i, []) if k.pos == "VERB" and k.dep == "acl" and k.tag in ("VBD", "VBZ", "VBP")
             and not any(x.dep in ("nsubj", "nsubjpass", "mark") for x in kids.get(k.i, []))), root)
    out = []

    def with_conj(v: Token) -> list[Token]:
        return [v] + [k for k in kids.get(v.i, []) if k.dep == "conj" and k.pos in ("VERB", "AUX", "ADJ")]

    heads = with_conj(root)
    consumed: set[int] = set()  # reported clauses read already (a belief in one: what is believed)
    for v in heads:
        untrue = _untrue(v, kids)
        if untrue:  # "It is not true that troops fired on protesters"
            out.extend((x, "denies", False) for c in untrue for x in with_conj(c))
            consumed |= {c.i for c in untrue}
            continue
        # "the hospital continues to deny the claims", "keeps denying": the denial is the clause's
        v = next((k for k in kids.get(v.i, []) if k.dep == "xcomp" and k.lemma.lower() in DENY), v) \
            if v.lemma.lower() in ("continue", "keep") else v
        lemma = v.lemma.lower()
        comps = [k for k in kids.get(v.i, []) if k.dep in ("ccomp", "xcomp") and k.pos in ("VERB", "AUX", "ADJ", "NOUN")]
        subjects = [k for k in kids.get(v.i, []) if k.dep == "nsubj"]
        if lemma in REPORTING:
            # "The bridge partly collapsed on Monday, the directorate has confirmed": the parse may hang the
            # reported clause, told before its reporter, on the reporter's subject
            comps += [k for x in subjects for k in kids.get(x.i, []) if k.dep == "ccomp" and k.pos in ("VERB", "AUX")
                      and k.i < x.i]
        if lemma in REPORTING and len(subjects) > 1:
            # a parse that hangs the reported clause on the reporter ("A tunnel caved in ..., the operator
            # said": two subjects, the first carrying the real verb as a modifier): that verb is the report
            comps += [k for s in subjects[:-1] for k in kids.get(s.i, [])
                      if k.dep == "acl" and k.pos == "VERB" and k.tag != "VBN"][:1]
        if lemma in REPORTING and not any(c.dep == "ccomp" for c in comps):
            # "told a news conference at about the same time that 260 people had died": a clause with "that" and
            # a subject of its own, parsed as a modifier of a noun in the report's phrase, is what is reported
            # (a report noun's clause or a statement's is read below)
            comps += [k for n in _subtree(v, kids) if n.pos == "NOUN" and n.lemma.lower() not in
                      REPORT_NOUNS | _STATEMENTS for k in kids.get(n.i, [])
                      if k.dep in ("relcl", "acl") and k.pos in ("VERB", "AUX") and any(
                          x.dep == "mark" and x.lemma.lower() == "that" for x in kids.get(k.i, [])) and any(
                          x.dep in ("nsubj", "nsubjpass") for x in kids.get(k.i, []))][:1]
        objs = [k for k in kids.get(v.i, []) if k.dep == "dobj"]
        sacked = _sacked(v, kids)
        # "members rejected the offer", "dismissed the appeal": a proposal turned down, a deed of its own
        # "ruled out nationalising the bank": a denial that it will be
        denial = lemma in DENY or lemma == "rule" and any(k.dep == "prt" and k.lemma.lower() == "out"
                                                         for k in kids.get(v.i, []))
        turned_down = denial and any(o.lemma.lower() in PROPOSALS for o in objs)
        granted = _not_denied(v, kids, by_i) if denial else None
        if (denial and not sacked and not turned_down) or any(o.lemma.lower() == "denial" for o in objs):
            # "denied reports that X": the clause hangs on the object noun, or on the noun it is of
            # ("repeated its denial of reports that X"); "Rumours that X were denied": on the passive's subject
            reported = [k for k in kids.get(v.i, []) if k.dep == "nsubjpass" and k.lemma.lower() in REPORT_NOUNS]
            for obj in objs + reported:
                if obj.pos == "VERB":  # "denied fleeing"
                    comps.append(obj)
                nouns = [obj] + [o for p in kids.get(obj.i, []) if p.dep == "prep" and p.lemma.lower() == "of"
                                 for o in kids.get(p.i, []) if o.dep == "pobj"]
                comps += [k for n in nouns for k in kids.get(n.i, [])
                          if k.dep in ("acl", "ccomp", "relcl") and k.pos in ("VERB", "AUX") and not _modifier(k, kids)]
            # 'dismissed as "fake news" the rumour that X': the report noun parsed inside the verb's phrase
            comps += [k for n in _subtree(v, kids) if n.lemma.lower() in REPORT_NOUNS and n.dep in ("appos", "pobj")
                      for k in kids.get(n.i, []) if k.dep in ("acl", "ccomp", "relcl") and k.pos in ("VERB", "AUX")
                      and not _modifier(k, kids)
                      and k not in comps]
            if comps:
                out.extend((c, granted or "denies", False) for c in comps)
            elif granted:
                pass  # "did not deny the reports": no denial, and nothing of its own told
            else:
                # "denied any wrongdoing": the happening the object names is denied; "had denied this": what
                # the sentence before tells
                # ("dismissed rumours of contamination": the happening the report is of)
                named = any(k.dep == "dobj" and _lemma_classes(k) and k.lemma.lower() not in REPORT_NOUNS
                            or k.dep == "dobj" and k.lemma.lower() in REPORT_NOUNS and any(
                                _lemma_classes(o) for o in _reported_of(k, kids))
                            for k in kids.get(v.i, []))  # "denied the claims": what the sentence before tells
                out.append((v, "denies", not named))
            continue
        if lemma in _FINDING:  # "the report found that X was responsible": the finding, not the finding of it
            comps = [c for c in comps if c.dep == "ccomp"]
        if lemma in _BELIEF | _GUESS and not any(k.dep == "neg" for k in kids.get(v.i, [])):
            # "the coast guard estimated that about 90 people were on board": the estimate's content,
            # hedged (no one vouches for a belief); "expects to rule" keeps its own verb (see when.is_future)
            content = [c for c in comps if c.dep == "ccomp" and c.pos in ("VERB", "AUX")]
            # "the trapped men are believed to be sheltering in a refuge chamber": what is believed of them
            content += [c for c in comps if c.dep == "xcomp" and c.pos == "VERB" and c.lemma.lower() != "be"
                        and any(k.dep == "nsubjpass" for k in kids.get(v.i, []))]
            if content:
                out.extend((x, "hedged", False) for c in content for x in with_conj(c))
                continue
        # "residents were told to stay indoors": an instruction, a deed of its own (as "were ordered to leave")
        instructed = lemma in _DIRECTIVE and comps and all(c.dep == "xcomp" for c in comps)
        # "the court found Hallek guilty of bribe-taking": a verdict the court gives, not a finding it reports
        verdict = lemma == "find" and any(c.lemma.lower() == "guilty" for c in comps)
        if (lemma in REPORTING or lemma in _FINDING) and comps and not instructed and not verdict:
            # "incorrectly reported that X was banned": a correction, which denies X
            wrong = any(k.dep == "advmod" and k.lemma.lower() in _WRONGLY for k in kids.get(v.i, [])) or any(
                # "Correction: an earlier version of this article said that X": X is corrected
                k.dep == "nsubj" and k.lemma.lower() == "version" and any(
                    a.lemma.lower() in ("earlier", "previous", "original", "early") for a in kids.get(k.i, []))
                for k in kids.get(v.i, []))
            hedge = "denies" if wrong else "hedged" if lemma in HEARSAY else "asserts"
            false = [c for c in comps if c.dep == "ccomp" and _false_report(c, kids)]
            if false:
                # "X said the reports were false", "said there was no truth in them": as "X denied the reports" ("He
                # called the reports lies, said he would not step aside": the refusal is told as well)
                consumed |= {c.i for c in false}
                comps = [c for c in comps if c not in false]
                out.append((false[0] if comps or false[0].lemma.lower() != "be" else v, "denies", True))
                if not comps:
                    continue
            for c in comps:
                consumed.add(c.i)
                # "said it was not true that X": X denied; 'said it "categorically denies" that X': so too (a report
                # noun it denies is read below)
                untrue = _untrue(c, kids) or ([k for k in kids.get(c.i, []) if k.dep == "ccomp" and k.pos in (
                    "VERB", "AUX")] if c.lemma.lower() in DENY and not _not_denied(c, kids, by_i) else [])
                if untrue:
                    consumed |= {k.i for k in untrue}
                    out.extend((x, "denies", False) for k in untrue for x in with_conj(k))
                    continue
                # "said it believed about 30 men were trapped": what is believed, hedged; "said an inquiry found
                # that X was hit by its fire": what is found, as the report tells it
                inner = [k for k in kids.get(c.i, []) if k.dep == "ccomp" and k.pos in ("VERB", "AUX") or (
                    k.dep == "xcomp" and k.pos == "VERB" and k.lemma.lower() != "be" and c.lemma.lower() in _BELIEF
                    and any(x.dep == "nsubjpass" for x in kids.get(c.i, [])))] \
                    if c.lemma.lower() in _BELIEF | _GUESS | _FINDING | _SEEN else []
                # ("said they had watched armoured vehicles pull back": what was seen, as the report tells it)
                told = "hedged" if inner and c.lemma.lower() not in _FINDING | _SEEN else hedge
                out.extend((x, told, False) for x in with_conj(inner[0] if inner else c))
            continue
        if _false_report(v, kids):
            out.append((v, "denies", True))  # "X called the report false": as "X denied the report"
            continue
        if lemma in RETRACTING and any(o.lemma.lower() in RETRACTED for o in objs):
            # "The Relief Society, which reported 14 deaths on Tuesday, has since withdrawn that figure": what it
            # had reported, denied; "The society later retracted the claim": what the sentence before tells
            told = [k for x in subjects for k in kids.get(x.i, []) if k.dep == "relcl" and k.lemma.lower() in REPORTING]
            out.extend([(k, "denies", False) for k in told] or [(v, "denies", True)])
            continue
        out.append((v, "asserts", False))
        # "Fishermen moored at the quay were the first to reach the scene, and pulled five people out": a modifier of
        # the subject parsed as the root, the sentence's own verb as its subjectless complement (see units'
        # _lost_subject)
        bare = [k for k in kids.get(v.i, []) if k.dep == "ccomp" and k.pos in ("VERB", "AUX") and k.i > v.i
                and k.i not in consumed and not any(x.dep in ("nsubj", "nsubjpass", "expl") for x in kids.get(k.i, []))]
        if bare and v.head == v.i and _reduced_root(v, kids):
            out.extend((x, "asserts", False) for x in with_conj(bare[0]))
        # "the fund has only 3 billion crowns, so don't expect miracles": a clause with a subject of its own told
        # before the root and parsed as its complement is a statement of its own (a report's is read above)
        before = [k for k in kids.get(v.i, []) if k.dep == "ccomp" and k.pos in ("VERB", "AUX") and k.i < v.i
                  and k.i not in consumed and k.lemma.lower() not in REPORTING | DENY | _BELIEF | _GUESS | _ESTIMATES
                  and any(x.dep in ("nsubj", "nsubjpass") for x in kids.get(k.i, []))]
        if before and v.head == v.i:
            guess = lemma in _WISHES | _BELIEF | _GUESS and not any(k.dep == "neg" for k in kids.get(v.i, []))
            out.extend((x, "hedged" if guess else "asserts", False) for x in with_conj(before[0]))
        # "rescuers warned that the dam could collapse", "residents complained that the water had been
        # contaminated", a tabloid's "bosses whinge the plant lost 150 million": a verb of saying the lexicon does
        # not list tells its clause too (a hope or a fear does not vouch for it)
        said = [k for k in kids.get(v.i, []) if k.dep == "ccomp" and k.pos in ("VERB", "AUX") and k.i > v.i
                and any(x.dep in ("nsubj", "nsubjpass") for x in kids.get(k.i, []))]
        # (nor does a demand, "demanded that the tender be frozen", or a dispute, "no longer disputes that X")
        if said and v.pos == "VERB" and not any(k.dep in ("dobj", "neg") for k in kids.get(v.i, [])) \
                and lemma not in _NOT_SAID and not _lemma_classes(v) & {"call", "impose", "fault"}:
            consumed.add(said[0].i)
            wish = {lemma, v.text.lower()[:-1]} & _WISHES  # (the small model lemmatises "hopes" as "hop")
            out.extend((x, "hedged" if wish else "asserts", False) for x in with_conj(said[0]))
    # a report inside another clause ("... comes hours after HTS said it had captured Homs"): what it reports
    have = {v.i for v, _, _ in out}
    for t in toks:
        if t.i not in have and t.lemma.lower() in REPORTING | _ESTIMATES and t.pos == "VERB" \
                and t.dep not in ("nsubj", "nsubjpass"):
            # (a "verb" that is a subject is the noun misread: "Reports that X had been captured were false")
            # ("after a broadcaster wrongly reported that he had been detained": a correction, which denies it)
            wrong = any(k.dep == "advmod" and k.lemma.lower() in _WRONGLY for k in kids.get(t.i, []))
            told = "denies" if wrong else "hedged" if t.lemma.lower() in HEARSAY else "asserts"
            for c in kids.get(t.i, []):
                if c.dep == "ccomp" and c.pos in ("VERB", "AUX") and c.i not in have | consumed:
                    out.extend((x, told, False) for x in with_conj(c) if x.i not in have)
        elif (t.i not in have and t.lemma.lower() in DENY and t.pos == "VERB" and t.tag in ("VBG", "VB")
              and t.dep in ("advcl", "xcomp")):
            # "The army issued a statement, denying that its soldiers had fired", "was quick to deny that X": what
            # the participle or the infinitive denies ("refused to deny that X" leaves X open; a report it governs
            # is read below)
            told = _not_denied(t, kids, by_i) or "denies"
            out.extend((x, told, False) for c in kids.get(t.i, []) if c.dep == "ccomp" and c.pos in ("VERB", "AUX")
                       and c.i not in have | consumed for x in with_conj(c) if x.i not in have)
    # "X fled as rebels entered the capital", "before the army withdrew": the clause is a fact of its own
    # ("since it took effect", "until the talks ended" only date the main clause)
    have = {v.i for v, _, _ in out}
    for t in toks:
        if (t.dep == "advcl" and t.pos == "VERB" and t.i not in have
                and any(k.dep == "mark" and k.lemma.lower() in _TIME_MARKS
                        or k.dep == "advmod" and k.lemma.lower() == "when" and k.i < t.i and _past(t, kids)
                        for k in kids.get(t.i, []))):
            # ("after the spokesman had dismissed reports that X": the denial tells nothing of its own; its
            # report's clause is denied below)
            out.extend((x, "asserts", False) for x in with_conj(t) if x.i not in have and not (
                x.lemma.lower() in DENY and not _sacked(x, kids) and not any(
                    o.dep == "dobj" and o.lemma.lower() in PROPOSALS for o in kids.get(x.i, []))))
    # "struck the region on Monday, killing at least 12 people", "destroying 300 homes and displacing thousands":
    # a participle phrase with a happening of its own tells a fact of its own, with its own figures, as its clause
    # does ("leaving 12 dead", "using tear gas" tell how, not what; "saying that X" reports, read above)
    told = {v.i: st for v, st, _ in out}
    for t in toks:
        if t.i not in told and t.head in told and t.tag == "VBG" and _participle(t, kids):
            for x in with_conj(t):
                toll = any(k.dep == "dobj" and k.lemma.lower() == "toll" for k in kids.get(x.i, []))
                if x.i not in told and x.tag == "VBG" and (toll or _lemma_classes(x) and
                                                           x.lemma.lower() not in _HOW | REPORTING | DENY) and not any(
                            k.dep in ("oprd", "ccomp", "xcomp", "acomp") or k.dep == "dobj" and any(
                                a.dep == "acl" and a.tag == "VBG" for a in kids.get(k.i, []))
                            for k in kids.get(x.i, [])):
                    # ("sending rescuers scrambling", "leaving them homeless": what it brought about, no deed; "raising
                    # the death toll to five", "bringing the toll to 16" tell the toll)
                    out.append((x, told[t.head], False))
    # "Internet access, cut on Monday night, ...", "the opposition leader detained on Tuesday": a past participle
    # set after its noun, with a happening and a day or time of its own, tells what befell the noun ("the 1,200
    # cited by the district" reports; "a boat crowded with migrants" tells no happening; "entries published by
    # the Courier" names a thing by where it comes from)
    told = {v.i for v, _, _ in out}
    for t in toks:
        if (t.i not in told and t.dep == "acl" and t.tag in ("VBN", "VBD") and t.head in by_i and t.i > t.head
                and not any(k.dep in ("nsubj", "nsubjpass", "mark", "aux") for k in kids.get(t.i, []))
                and by_i[t.head].pos in ("NOUN", "PROPN") and by_i[t.head].dep != "ROOT" and _lemma_classes(t)
                and t.lemma.lower() not in _HOW | REPORTING | DENY
                and (any(x.ent_type in ("DATE", "TIME") for k in kids.get(t.i, []) if k.dep in ("prep", "npadvmod")
                         for x in _subtree(k, kids)) or by_i[t.head].dep in ("nsubj", "nsubjpass")
                     and _over_what(t, kids))):
            out.append((t, "asserts", False))
    # "The central bank, which raised its credit line to 8 billion on Wednesday, ...": a relative clause set off
    # by a comma, telling a deed done (or done before: "who had demanded his resignation since Monday") on a day of
    # its own, is a fact of its own (one without a day mostly describes, as does a state that still holds:
    # "Corvasse, which has operated in the country since 2009")
    told = {v.i for v, _, _ in out}
    for t in toks:
        if (t.i not in told and t.dep == "relcl" and t.head in by_i and t.i > t.head and (
                t.tag == "VBD" or t.tag == "VBN" and any(k.dep == "aux" and k.text.lower() == "had"
                                                         for k in kids.get(t.i, [])))
                and t.lemma.lower() not in _HOW | REPORTING | DENY
                and (any(k.dep == "nsubj" and k.lemma.lower() in ("which", "who") and k.i - 1 in by_i
                         and getattr(by_i.get(k.i - 1), "text", "") == "," for k in kids.get(t.i, []))
                     and any(x.ent_type in ("DATE", "TIME") for k in kids.get(t.i, []) if k.dep in ("prep", "npadvmod")
                             for x in _subtree(k, kids))
                     # "over the explosion that killed five workers": a happening counted is a fact of its own
                     or _lemma_classes(t) and any(x.pos == "NUM" for k in kids.get(t.i, []) if k.dep == "dobj"
                                                  for x in _subtree(k, kids)))
                or t.dep == "relcl" and t.lemma.lower() in BLAMING and t.head in by_i and t.i > t.head
                and t.i not in told):
            # ("a corroded section of pipe that the union blames for the leak": a cause told, see causes.py)
            out.append((t, "asserts", False))
    # a clause hanging on a report noun ("there is no truth to reports that X had left"): the report's
    # content, denied when the sentence denies it, else hedged (a report is not the outlet's own word)
    seen = {v.i for v, _, _ in out}
    lower = " ".join(t.text.lower() for t in toks)
    denial = any(m in lower for m in DENIAL_MARKS)
    for t in toks:
        head = by_i.get(t.head)
        if (t.i not in seen and t.pos in ("VERB", "AUX") and t.dep in ("acl", "ccomp", "relcl") and head is not None
                and not _modifier(t, kids)
                and (head.lemma.lower() in REPORT_NOUNS or head.lemma.lower() in _ACCOUNTS and head.dep == "dobj"
                     and head.head in by_i and by_i[head.head].lemma.lower() in DENY | GAINSAY)):
            noun = by_i[t.head]  # (a report a denying verb governs: "had dismissed reports that X", or one it
            # distances itself from: "distanced itself from reports that X")
            denier = by_i.get(noun.head) if noun.dep == "dobj" else None
            away = by_i.get(noun.head) if noun.dep == "pobj" else None
            if away is not None and away.lemma.lower() == "from" and by_i.get(away.head) is not None \
                    and by_i[away.head].lemma.lower() in DISTANCING:
                denier = by_i[away.head]
            # "corrected earlier reports that X", "contrary to reports that X": X is what was wrong
            if away is not None and away.lemma.lower() == "to" and by_i.get(away.head) is not None \
                    and by_i[away.head].lemma.lower() == "contrary":
                denier = by_i[away.head]
            denier = denier if denier is not None and denier.lemma.lower() in DENY | GAINSAY | DISTANCING | {
                "correct", "contrary"} else None
            granted = _not_denied(denier, kids, by_i) if denier is not None else None
            denied = not granted and (denial or denier is not None or _called_false(noun, kids, by_i))
            for x in with_conj(t):
                out = [o for o in out if o[0].i != x.i] + [(x, "denies" if denied else granted or "hedged", False)]
    # "X holds a stake in the company, which the minister denied", "..., something he flatly denied", "..., a claim he
    # denies": a relative clause of denial set after the clause denies it
    for t in toks:
        head = by_i.get(t.head)
        if t.lemma.lower() not in DENY or t.dep != "relcl" or head is None or _not_denied(t, kids, by_i) \
                or any(k.dep == "neg" for k in kids.get(t.i, [])) or head.lemma.lower() in PROPOSALS:
            continue  # ("He filed an appeal, which the court dismissed": a proposal turned down, a deed)
        after = head.lemma.lower() in REPORT_NOUNS | {"something"} and head.dep in ("npadvmod", "appos") or any(
            k.dep == "dobj" and k.lemma.lower() == "which" and k.i > 0 and k.i - 1 in by_i
            and getattr(by_i.get(k.i - 1), "text", "") == "," for k in kids.get(t.i, []))
        told = [o for o in out if o[0].i < t.i and o[1] != "denies" and not o[2]]
        if after and told:
            last = max(told, key=lambda o: o[0].i)
            out = [(v, "denies", b) if v.i == last[0].i else (v, st, b) for v, st, b in out]
    # "said in a statement that X": what the statement says, parsed as hanging on the noun; said, not reported
    seen = {v.i for v, _, _ in out}
    for t in toks:
        noun = by_i.get(t.head)
        said = by_i.get(by_i[noun.head].head) if noun is not None and noun.head in by_i else None
        if (t.i not in seen and t.pos in ("VERB", "AUX") and t.dep == "acl" and said is not None
                and noun.lemma.lower() in _STATEMENTS
                and any(k.dep == "mark" and k.lemma.lower() == "that" for k in kids.get(t.i, []))
                and said.lemma.lower() in REPORTING and by_i[noun.head].dep == "prep"):
            told = "hedged" if said.lemma.lower() in HEARSAY else "asserts"
            # (the report itself tells nothing more: "said in a statement" is no clause of its own)
            out = [o for o in out if o[0].i != said.i] + [(x, told, False) for x in with_conj(t) if x.i not in seen]
    return out
