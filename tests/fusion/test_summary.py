"""The cited summary: every sentence supported by the sentences it cites; only-in per article."""

from __future__ import annotations

from newsfuse.fusion.summary import supports


def _check(d):
    assert 5 <= len(d.summary) <= 10
    for s in d.summary:
        cited = [d.article(r.article).sentences[r.sentence].text for r in s.cites]
        assert cited, s.text
        assert supports(s.text, cited), (s.text, cited)


def test_seeds_summary_supported(seeds_dossier):
    _check(seeds_dossier)
    # most important first: the first sentence rests on several reports
    first = seeds_dossier.summary[0]
    assert len({r.article for r in first.cites}) >= 3


def test_examples_summary_supported(examples_dossier):
    _check(examples_dossier)


def test_support_checker_rejects_unsupported():
    cited = ["Rebels entered the capital on Sunday, residents said."]
    assert supports("Rebels entered the capital on Sunday.", cited)
    assert not supports("Rebels entered the capital and killed 40 soldiers.", cited)
    assert not supports("The president fled to Moscow with his family.", cited)


def test_summary_is_deterministic(seeds_dir):
    from newsfuse import api

    a = [s.text for s in api.build([seeds_dir]).dossiers[0].summary]
    b = [s.text for s in api.build([seeds_dir]).dossiers[0].summary]
    assert a == b


def test_only_in(seeds_dossier):
    d = seeds_dossier
    only = {o.article[:3]: o.sentences for o in d.only_in}
    assert set(only) == {a.id[:3] for a in d.articles}
    a2 = next(a for a in d.articles if a.id.startswith("002"))
    texts = [a2.sentences[i].text for i in only["002"]]
    assert any("Rayner" in t for t in texts)  # no other report quotes her
    a3 = next(a for a in d.articles if a.id.startswith("003"))
    assert not any("inadmissible" in a3.sentences[i].text for i in only["003"])  # 004 carries it too
