"""Counting support: independent primary sources behind sentences and clauses."""

from __future__ import annotations

from newsfuse.fusion.support import independent_sources


def _att(d, prefix, contains):
    """The attribution of the sentence of article ``prefix`` that contains ``contains``."""
    art = next(a for a in d.articles if a.id.startswith(prefix))
    sent = next(s for s in art.sentences if contains in s.text)
    return next(a for a in d.attributions if a.article == art.id and a.sentence == sent.index)


def test_independent_source_count(seeds_dossier):
    d = seeds_dossier
    a0 = _att(d, "000", "Two army officials told Reuters")
    a13 = _att(d, "000", "Rami Abdurrahman of the Syrian Observatory")
    lav3 = _att(d, "003", "Sergei Lavrov said")
    lav4 = _att(d, "004", "Sergei Lavrov said")
    # Reuters' officers and the Observatory via AP: two; one copied quote in two outlets: one
    assert independent_sources(d, [(a0.article, a0.sentence), (a13.article, a13.sentence)]) == 2
    assert independent_sources(d, [(lav3.article, lav3.sentence), (lav4.article, lav4.sentence)]) == 1


def test_same_party():
    from newsfuse.fusion.support import same_party
    from newsfuse.model import Source

    def same(a, b, kind="organisation"):
        return same_party(Source(a, a, kind), Source(b, b, kind))
    assert same("Syrian rebels", "Islamist-led Syrian rebels") and same("rebel group", "insurgents")
    assert same("HTS", "Hayat Tahrir al-Sham") and same("Islamist Hayat Tahrir al-Sham group", "Hayat Tahrir al-Sham")
    assert same("UN", "United Nations")
    assert not same("Israeli military", "Lebanese military")
    assert not same("Syrian Observatory for Human Rights", "Human Rights Watch")
    assert not same("rebels", "army command") and not same("HTS", "Hezbollah")
    assert not same("two army officers", "army officers", "unnamed")  # unnamed sources count by their relay


def test_indefinite_body_is_the_named_one(seeds_dossier):
    d = seeds_dossier
    names = {s.id: s.name for s in d.sources}
    monitor = next(r for r in _att(d, "000", "The head of a Syrian opposition war monitor").reporters
                   if names[r.source] == "a Syrian opposition war monitor")
    observatory = _att(d, "000", "Rami Abdurrahman of the Syrian Observatory")
    assert names[observatory.source] == "Syrian Observatory for Human Rights"
    art = observatory.article
    refs = [(art, 8, [monitor.source], True), (observatory.article, observatory.sentence, [observatory.source], True)]
    assert independent_sources(d, refs) == 1
    two = [(art, 8, [monitor.source], True), (art, 1, [_att(d, "000", "Two army officials").source], True)]
    assert independent_sources(d, two) == 2


def test_agency_and_its_unnamed_source_count_once(seeds_dossier):
    # "a source told AFP" and "..., AFP reported" of one fact: AFP's report rests on its source
    d = seeds_dossier
    told = _att(d, "003", "a source told AFP")
    reported = _att(d, "004", "AFP reported")
    refs = [(told.article, told.sentence, [told.source] + told.via, True),
            (reported.article, reported.sentence, [reported.source] + reported.via, True)]
    assert {s.kind for s in d.sources if s.id in (told.source, reported.source)} == {"unnamed", "agency"}
    assert independent_sources(d, refs) == 1
