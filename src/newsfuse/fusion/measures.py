"""Measures told of one named thing: what a length or a share is the measure of, and when two reports' measures
of it cannot both be true.

"The State Institute put the crest at 7.9 metres" and "the town's gauge had shown a crest of 8.3 metres" measure
one crest; "a turnout of 61 percent" and "turnout of 58 percent" one turnout. The quantities stage compares such
figures as it compares sums of money ("a fine of 500,000"): only when the sentence names what is measured, in
one unit of one kind, with values apart by more than the coarser figure's rounding ("52 percent" is "52.3
percent" told to the unit). A bare measure ("12 kilometres from the town", "shed 21 percent") names no measured
thing and is compared with nothing: which distance, or which fall, is the reader's to judge.
"""

from __future__ import annotations

#: Kinds of figure read as measures (see quantities.sentence_quantities)
MEASURED = ("distance", "percent")
#: Each length unit in metres, so "400 metres" and "0.65 kilometres" compare
_METRES = {"metre": 1.0, "meter": 1.0, "m": 1.0, "kilometre": 1000.0, "kilometer": 1000.0, "km": 1000.0,
           "mile": 1609.344, "foot": 0.3048, "feet": 0.3048}
#: Verbs that give a measure to their object: "put the crest at 7.9 metres", "estimated the depth at 650 metres"
_GIVING = {"put", "estimate", "measure", "place", "set", "gauge", "record", "peg"}
#: Nouns that say nothing of what is measured: "a total of 12 kilometres", "the figure of 20 percent"
_BARE = {"total", "figure", "number", "estimate", "amount", "sum", "distance", "rate", "percentage", "share",
         "stretch", "area", "part", "some", "most", "all", "half"}


def measured(num_tok, kids, by_i) -> str | None:
    """The noun a length or a share measures, when the sentence names it: "a crest of 8.3 metres", "at a depth of
    some 650 metres", "put the crest at 7.9 metres", "a turnout of 61 percent", "turnout stood at 61 percent".
    None otherwise."""
    node = num_tok
    while node.dep in ("nummod", "quantmod", "compound") and node.head in by_i and node.head != node.i:
        node = by_i[node.head]  # the unit ("metres", "percent")
    up = by_i.get(node.head)
    if up is None:
        return None
    found = None
    verb = by_i.get(up.head) if node.dep == "pobj" else None
    if node.dep == "pobj" and up.lemma.lower() == "of" and verb is not None and verb.pos == "NOUN":
        found = verb  # "a crest of 8.3 metres"
    elif node.dep == "pobj" and up.lemma.lower() == "at" and verb is not None and verb.lemma.lower() in _GIVING:
        found = next((k for k in kids.get(verb.i, []) if k.dep == "dobj" and k.pos == "NOUN"), None)
    elif node.dep == "pobj" and up.lemma.lower() == "at" and verb is not None and verb.lemma.lower() == "stand" \
            or node.dep == "attr" and up.lemma.lower() == "be":
        # "turnout stood at 61 percent", "turnout was 61 percent"
        found = next((k for k in kids.get((verb or up).i, []) if k.dep == "nsubj" and k.pos in ("NOUN", "PROPN")), None)
    if found is None or found.lemma.lower() in _BARE:
        return None
    return found.lemma.lower()


def unit_scale(kind: str, unit: str | None) -> tuple[str, float] | None:
    """A measure's unit family and its value's factor to the family's base (metres, percent); None when unknown."""
    if kind == "percent":
        return "percent", 1.0
    if kind == "distance" and unit in _METRES:
        return "length", _METRES[unit]
    return None


def decimals(text: str) -> int:
    """Digits after the decimal point of a figure as told ("8.3 metres": 1, "52 percent": 0)."""
    digits = "".join(c for c in text if c.isdigit() or c == ".").strip(".")
    return len(digits.split(".", 1)[1]) if "." in digits else 0


def apart(a: tuple[float, float], b: tuple[float, float], places: int) -> bool:
    """Two measures' ranges (in one base unit) share no value, even allowing for the rounding of a figure told to
    ``places`` decimals: "52 percent" and "52.3 percent" are one share, "7.9 metres" and "8.3 metres" two."""
    room = 0.5 * 10 ** -places
    return a[1] + room < b[0] or b[1] + room < a[0]
