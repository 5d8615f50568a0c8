"""Entity resolution: one entity per real thing; look-alikes kept apart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsfuse.fusion.entities import entity_at, resolve_name
from newsfuse.fusion.entities.mentions import RawMention
from newsfuse.fusion.entities.names import key
from newsfuse.fusion.entities.resolve import person_compatible, resolve

PAIRS = json.loads((Path(__file__).resolve().parents[1] / "fixtures" / "entities" / "pairs.json").read_text())["pairs"]

# Minimum scores of the pair fixture (an eval gate: raise them when the matcher improves).
MIN_PRECISION = 1.0
MIN_RECALL = 0.9


def _same(a: str, b: str, ta: str, tb: str) -> bool:
    ms = [RawMention("x", 0, a, 0, len(a), ta), RawMention("y", 0, b, 0, len(b), tb)]
    return len(resolve(ms)) == 1


def pair_scores():
    tp = fp = fn = 0
    for p in PAIRS:
        got = _same(p["a"], p["b"], p["type"], p.get("b_type", p["type"]))
        tp += got and p["same"]
        fp += got and not p["same"]
        fn += (not got) and p["same"]
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1)


def test_pair_fixture_gate():
    assert len(PAIRS) >= 30 and sum(not p["same"] for p in PAIRS) >= len(PAIRS) // 2
    precision, recall = pair_scores()
    print(f"entity pairs: precision {precision:.2f}, recall {recall:.2f}")
    assert precision >= MIN_PRECISION and recall >= MIN_RECALL


@pytest.mark.parametrize("a, b", [("al-Jalali", "Jalali"), ("AlJazeera", "Al Jazeera"),
                                  ("Abdurrahman", "Abdel Rahman"), ("Lattakia", "Latakia"), ("Juri", "Yuri"),
                                  ("Dunaj", "Dunai"), ("Sergej", "Sergey"), ("Sharkovich", "Sarkovic"),
                                  ("Mirow", "Mirov"), ("Oszkar", "Oskar"), ("Darijo", "Dario"), ("Yelena", "Elena"),
                                  ("Brandt", "Brant"), ("Vargha", "Varga"), ("Vaskovitch", "Vaskovich"),
                                  ("Drozd", "Drozt"), ("Khrastova", "Hrastova"), ("Dzhelvan", "Djelvan"),
                                  ("Tariq", "Tarik")])
def test_keys_fold_transliteration(a, b):
    assert key(a) == key(b)


@pytest.mark.parametrize("a, b, same", [
    # one person: a given name a letter apart where the family name agrees
    ("Ilse Varenko", "Ilsa Varenko", True), ("Inez Cavanagh", "Ines Kavanagh", True),
    ("Tomas Brennick", "Tomasz Brenik", True), ("Henrik Aasvold", "Hendrik Asvold", True),
    # a man and a woman of one family; two given names
    ("Mario Rossi", "Maria Rossi", False), ("Jonas Valek", "Dorian Valek", False),
    ("Teodor Kallisz", "Klara Kallisz", False),
    # a woman's family name with and without its feminine ending, her given name the same; not another woman's
    ("Irina Solvak", "Irina Solvakova", True), ("Irina Solvak", "Olga Solvakova", False),
])
def test_given_names_a_letter_apart(a, b, same):
    assert _same(a, b, "PERSON", "PERSON") is same


def _by_variant(dossier):
    out = {}
    for e in dossier.entities:
        for v in e.variants:
            out.setdefault(v, set()).add(e.id)
    return out


def _one(dossier, *variants):
    ids = _by_variant(dossier)
    found = [ids.get(v) for v in variants]
    assert all(found), [v for v, f in zip(variants, found) if not f]
    union = set().union(*found)
    assert len(union) == 1, {v: f for v, f in zip(variants, found)}
    return union.pop()


def test_seeds_variants_are_one_entity(seeds_dossier):
    d = seeds_dossier
    _one(d, "Sednaya", "Saydnaya Military Prison")
    _one(d, "Mohammed Ghazi Jalali", "Mohammad Ghazi al-Jalali", "Mohammed al-Jalali", "al-Jalali", "Jalili")
    _one(d, "Abu Mohamed al-Julani", "Abu Mohammad al-Julani")
    _one(d, "Latakia", "Lattakia")
    _one(d, "Rami Abdurrahman", "Rami Abdel Rahman")
    _one(d, "Antony Blinken", "Anthony Blinken")
    _one(d, "HTS", "Hayat Tahrir al-Sham")
    _one(d, "Al Jazeera", "AlJazeera")
    _one(d, "Bashar al-Assad", "Assad", "Bashar Assad")


def test_seeds_lookalikes_stay_apart(seeds_dossier):
    d = seeds_dossier
    ids = {n: _one(d, n) for n in ("Bashar al-Assad", "Hafez al-Assad", "Iran", "Iraq", "Homs", "Hama")
           if n in _by_variant(d)}
    assert {"Bashar al-Assad", "Hafez al-Assad", "Iran", "Homs", "Hama"} <= set(ids)
    assert len(set(ids.values())) == len(ids)


def test_seeds_no_junk(seeds_dossier):
    names = {e.name for e in seeds_dossier.entities}
    for junk in ("State", "Army", "Join", "WhatsApp Community", "End Of Era Of Tyranny"):
        assert junk not in names
    for e in seeds_dossier.entities:
        assert not e.name.lower().startswith(("the ", "president ", "prime minister ", "ms ")), e.name
        assert not e.name.endswith(("'s", "'")), e.name
        for m in e.mentions:
            art = seeds_dossier.article(m.article)
            assert art.text[m.start:m.end] == m.text


def test_type_vote_and_canonical_name(seeds_dossier):
    e = next(e for e in seeds_dossier.entities if "HTS" in e.variants)
    assert e.type == "ORG" and e.name == "Hayat Tahrir al-Sham"
    e = next(e for e in seeds_dossier.entities if "Jalili" in e.variants)
    assert e.type == "PERSON" and len(e.name.split()) == 3


def test_examples_gold(examples_dossier):
    gold = json.loads((Path(__file__).resolve().parents[2] / "examples" / "gold.json").read_text())
    d = examples_dossier
    for group in gold["same_entity"]:
        present = [v for v in group if v in _by_variant(d)]
        assert len(present) >= 2, group
        _one(d, *present)
    for a, b in gold["different_entities"]:
        ids = _by_variant(d)
        if a in ids and b in ids:
            assert not ids[a] & ids[b], (a, b)


def test_lookup_helpers(seeds_dossier):
    d = seeds_dossier
    e = resolve_name(d, "Mohammad al-Jalali")
    assert e is not None and "Jalili" in e.variants
    m = e.mentions[0]
    assert entity_at(d, m.article, m.start, m.end) is e
    assert resolve_name(d, "Nobody Atall") is None


def test_ids_are_stable(seeds_dir):
    from newsfuse import api

    a = [e.id for e in api.build([seeds_dir]).dossiers[0].entities]
    b = [e.id for e in api.build([seeds_dir]).dossiers[0].entities]
    assert a == b and len(set(a)) == len(a)


def _groups(*mentions):
    ms = [RawMention(f"a{i}", 0, text, 0, len(text), label) for i, (text, label) in enumerate(mentions)]
    return sorted(sorted(m.text for m in g.mentions) for g in resolve(ms))


def test_company_short_name_joins_its_company():
    # a one-word short name, whatever label the model gave it, is the one organisation whose name it starts
    assert ["Orvessa", "Orvessa Laboratories"] in _groups(("Orvessa Laboratories", "ORG"), ("Orvessa", "PERSON"))
    assert ["Greyhaven", "Greyhaven Rail"] in _groups(("Greyhaven Rail", "ORG"), ("Greyhaven Rail Freight", "ORG"),
                                                      ("Greyhaven", "ORG"))
    # two companies it could be, or a person who has the name: it stays apart
    assert ["Kestrel"] in _groups(("Kestrel Mining", "ORG"), ("Kestrel Airlines", "ORG"), ("Kestrel", "ORG"))
    assert ["Anna Orvessa", "Orvessa"] in _groups(("Anna Orvessa", "PERSON"), ("Orvessa Laboratories", "ORG"),
                                                  ("Orvessa", "PERSON"))
    # a place keeps its name apart from the bodies named after it
    assert ["Damascus"] in _groups(("Damascus University", "ORG"), ("Damascus", "GPE"))
    # a newspaper's last word ("the Courier" of "Marrenburg Courier"), when one organisation's name ends with it
    assert ["Courier", "Marrenburg Courier"] in _groups(("Marrenburg Courier", "ORG"), ("Courier", "ORG"))
    assert ["Council"] in _groups(("World Health Council", "ORG"), ("Security Council", "ORG"), ("Council", "ORG"))


def test_two_countries_bodies_stay_apart():
    # "Foreign Ministry" ends both countries' ministries: it joins neither, so it cannot chain them into one
    groups = _groups(("Kessarian Foreign Ministry", "ORG"), ("Lurovian Foreign Ministry", "ORG"),
                     ("Foreign Ministry", "ORG"), ("Kessaria", "ORG"))
    assert ["Kessarian Foreign Ministry"] in groups and ["Lurovian Foreign Ministry"] in groups
    # a country is not its ministry, though the ministry's name starts with the country's adjective
    assert ["Kessaria"] in groups
    # one ministry it can be: it joins it
    assert ["Defence Ministry", "Syrian Defence Ministry"] in _groups(("Syrian Defence Ministry", "ORG"),
                                                                      ("Defence Ministry", "ORG"))


def test_family_name_the_model_took_for_an_organisation():
    # "Hallek" tagged ORG in every report that names Radomir Hallek in full: the person, however often used,
    # and still a person
    ms = [RawMention(a, 0, "Radomir Hallek", 0, 14, "PERSON") for a in ("x", "y", "z")]
    ms += [RawMention(a, i + 1, "Hallek", 0, 6, "ORG") for a in ("x", "y", "z") for i in range(3)]
    [g] = resolve(ms)
    assert g.label == "PERSON" and len(g.mentions) == 12
    # a name that could be two people of the story, or that stands where the full name is never written, stays
    two = [RawMention("x", 0, "Rustam Kesheli", 0, 14, "PERSON"), RawMention("y", 0, "Aleksi Keshely", 0, 14, "PERSON")]
    two += [RawMention(a, 1, "Kesheli", 0, 7, "GPE") for a in ("x", "y", "z")]
    assert ["Kesheli", "Kesheli", "Kesheli"] in sorted(sorted(m.text for m in g.mentions) for g in resolve(two))
    alone = ms[:1] + [RawMention(a, 1, "Hallek", 0, 6, "ORG") for a in ("x", "y", "w")]
    assert len(resolve(alone)) == 2


def test_a_country_is_no_family_name():
    # a company named after its country ("Velkar Veskaria") that the model took for a person: the country and
    # its adjective ("Veskaria", "Veskarian") stay apart from it, though every report names the company
    ms = [RawMention(a, 0, "Velkar Veskaria", 0, 15, "PERSON") for a in ("x", "y", "z")]
    ms += [RawMention(a, 1, "Veskaria", 0, 8, "GPE") for a in ("x", "y", "z")]
    ms += [RawMention(a, 2, "Veskarian", 0, 9, "NORP") for a in ("x", "y", "z")]
    assert sorted(sorted({m.text for m in g.mentions}) for g in resolve(ms)) == [
        ["Velkar Veskaria"], ["Veskaria"], ["Veskarian"]]


def test_a_word_only_ever_modifying_a_common_noun_is_no_person(tmp_path):
    # the model tags "Riot" of "Riot police" a person; the story never writes it otherwise
    from newsfuse import api

    (tmp_path / "a.txt").write_text(" date 2026-04-14 \nRiot police fired tear gas at protesters in Helvask on "
                                    "Monday. Riot police later withdrew from Dalvan Square.\n", encoding="utf-8")
    names = {e.name for e in api.build([tmp_path / "a.txt"]).dossiers[0].entities}
    assert "Riot" not in names and "Helvask" in names


def test_company_short_name_the_model_took_for_a_place():
    # "Tavrin" tagged a place wherever it stands, used as the actor ("Tavrin said") and never as a place: the
    # short name of "Tavrin Motors", an organisation
    def m(article, text, label, **use):
        return RawMention(article, 0, text, 0, len(text), label, **use)
    ms = [m("x", "Tavrin Motors", "ORG")] + [m(a, "Tavrin", "GPE", actor=True) for a in ("x", "y", "z")]
    [g] = resolve(ms)
    assert g.label == "ORG" and len(g.mentions) == 4
    # a place the story sets as one ("in Kestria"), or whose people it names ("Kessarian"), stays a place
    placed = [m("x", "Kestria Rail", "ORG")] + [m(a, "Kestria", "GPE", actor=True, place=a == "z")
                                                for a in ("x", "y", "z")]
    assert ["Kestria", "Kestria", "Kestria"] in sorted(sorted(x.text for x in g.mentions) for g in resolve(placed))
    people = [m("x", "Kessaria Airlines", "ORG"), m("y", "Kessarian", "NORP")] + [
        m(a, "Kessaria", "GPE", actor=True) for a in ("x", "y", "z")]
    assert ["Kessaria", "Kessaria", "Kessaria"] in sorted(sorted(x.text for x in g.mentions) for g in resolve(people))


@pytest.mark.parametrize("a, b, same", [
    ("Elias Marovich", "Ilias Marovic", True),  # a first vowel written two ways
    ("Aleksa Varnai", "Oleksa Varnay", True),
    ("Dmitri Vaskovitch", "Dmitar Vaskovic", True),  # one name's consonants, its vowels written two ways
    ("Michel Andrade", "Mikel Andrade", True),  # one sound written two ways
    ("Tariq Humani", "Tarek Houmani", True),
    ("Christof Berg", "Kristof Berg", True),
    ("Michel Andrade", "Miguel Andrade", False),
    ("Milan Novak", "Milena Novak", False),  # a man and a woman
    ("Marek Dvorak", "Mirko Dvorak", False),  # two names
    ("Bashar al-Assad", "Hafez al-Assad", False),
])
def test_given_names_written_two_ways(a, b, same):
    assert person_compatible(key(a), key(b)) is same


def test_a_shouted_word_run_into_a_name_is_cut_off(tmp_path):
    # a tabloid's "Vaskovitch DID meet the engineer": the model may take "Vaskovitch DID" for one name
    from newsfuse import api
    from newsfuse.fusion.entities.mentions import article_mentions

    (tmp_path / "a.txt").write_text(" date 2026-04-14 \nDiplomat expelled\nDmitri Vaskovitch was expelled on Monday. "
                                    "But the ambassador has now admitted that Vaskovitch DID meet the engineer - "
                                    "several times.\n", encoding="utf-8")
    d = api.build([tmp_path / "a.txt"]).dossiers[0]
    texts = {m.text for a in d.articles for m in article_mentions(a)}
    assert "Vaskovitch" in texts and not any("DID" in t for t in texts)


def test_what_a_person_does_set_before_the_name_is_a_title(tmp_path):
    # "Volunteer Jurek Havlo" is Jurek Havlo, as "President Aurel Kostan" is Aurel Kostan
    from newsfuse import api
    from newsfuse.fusion.entities.names import strip_title

    assert strip_title("Volunteer Jurek Havlo") == ("Jurek Havlo", "Volunteer")
    assert strip_title("Striker Ana Volk") == ("Ana Volk", "Striker")
    assert strip_title("Driver") == ("Driver", None)  # a name of one word keeps it
    for i, text in enumerate(["Volunteer Jurek Havlo was swept away by the river in Olastow on Tuesday.",
                              "Jurek Havlo, a volunteer, drowned in Olastow on Tuesday, the police said."]):
        (tmp_path / f"{i:02d}_outlet.txt").write_text(f" date 2026-05-0{i + 1} \n{text}\n", encoding="utf-8")
    d = api.build(sorted(tmp_path.glob("*.txt"))).dossiers[0]
    havlo = [e for e in d.entities if "Havlo" in e.name]
    assert len(havlo) == 1 and havlo[0].name == "Jurek Havlo" and len(havlo[0].mentions) == 2


def test_a_family_name_alone_the_model_missed(tmp_path):
    # the model tags "Ilana Varseck" but not "Varseck" alone after "The Daily Sprint understands": in a report that
    # names her, the family name is hers; in a report that does not, one shared by two people, or a word the story
    # writes in lower case too, it is left alone
    from newsfuse import api

    texts = {
        "a": "Sprinter Ilana Varseck was provisionally suspended on Monday. The Daily Sprint understands Varseck has "
             "been privately considering retirement.",
        "b": "The Daily Sprint understands Varseck has been privately considering retirement.",
        "c": "Coach Marek Dolvan and his brother Petr Dolvan were questioned. The Daily Sprint understands Dolvan has "
             "been privately considering retirement.",
        "d": "Economist Anna Price warned of inflation on Monday. Price rises hit households as the price of bread "
             "rose again.",
    }
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(f" date 2026-04-14 \n{text}\n", encoding="utf-8")
    d = api.build(sorted(tmp_path.glob("*.txt")), api.Config(stages=("clean", "analyse", "entities"))).dossiers[0]
    alone = {(m.article, e.name) for e in d.entities for m in e.mentions if " " not in m.text}
    assert ("a", "Ilana Varseck") in alone
    assert not any(article == "b" for article, _ in alone)
    assert not alone & {("c", "Marek Dolvan"), ("c", "Petr Dolvan")}
    assert ("d", "Anna Price") not in alone  # a word the story also writes in lower case ("the price of bread")


def test_a_name_after_a_persons_title_is_a_person(tmp_path):
    # the model tags "Lidia Franck" an organisation after "Water Minister", though another report's "Lydia Frank"
    # is a person: a title only a person bears makes the name a person's, so the two spellings are one minister
    from newsfuse import api

    texts = ["Hours after the admission, Water Minister Lidia Franck dismissed Mr Okanre, saying the public had "
             "been kept in the dark for days.",
             "Tobias Okanre, the utility's managing director, was sacked by Water Minister Lydia Frank on Wednesday "
             "afternoon."]
    for i, text in enumerate(texts):
        (tmp_path / f"{i:02d}_outlet.txt").write_text(f" date 2026-05-0{i + 1} \n{text}\n", encoding="utf-8")
    d = api.build(sorted(tmp_path.glob("*.txt")), api.Config(stages=("clean", "analyse", "entities"))).dossiers[0]
    franck = [e for e in d.entities if "Fran" in e.name]
    assert len(franck) == 1 and franck[0].type == "PERSON" and len(franck[0].mentions) == 2
    # a body named after a title word stays a body: the word must stand before the name, not inside it
    (tmp_path / "02_outlet.txt").write_text(" date 2026-05-03 \nThe Prime Minister's Office in Kessaria said on "
                                            "Monday that talks would resume.\n", encoding="utf-8")
    d = api.build(sorted(tmp_path.glob("*.txt")), api.Config(stages=("clean", "analyse", "entities"))).dossiers[0]
    assert all(e.type != "PERSON" for e in d.entities if e.name == "Kessaria")


def test_a_one_word_name_set_where_places_go_is_a_place():
    # "Brennick", tagged a person by the model, set "in Brennick" in half its uses: a town, not the short name of
    # "Brennick District Hospital"
    ms = [RawMention(a, i, "Brennick", 0, 8, "PERSON", within=i == 0) for a in ("x", "y", "z") for i in range(2)]
    ms.append(RawMention("x", 5, "Brennick District Hospital", 0, 26, "ORG"))
    groups = resolve(ms)
    town = next(g for g in groups if len(g.key) == 1)
    assert town.label == "GPE" and len(town.mentions) == 6 and len(groups) == 2
    # a family name written "to Hallek" / "from Hallek" stays the person's; a company set "in Tavrin" once in five
    # uses stays a company
    ms = [RawMention("x", 0, "Radomir Hallek", 0, 14, "PERSON")] + [
        RawMention("x", i + 1, "Hallek", 0, 6, "ORG", place=True) for i in range(3)]
    assert [g.label for g in resolve(ms)] == ["PERSON"]
    ms = [RawMention(a, i, "Tavrin", 0, 6, "ORG", within=(a, i) == ("x", 0)) for a in ("x", "y", "z", "w", "v")
          for i in range(1)]
    assert [g.label for g in resolve(ms)] == ["ORG"]


def test_a_body_set_after_to_or_from_is_still_the_body():
    # "Corvasse", tagged a place ten times and an organisation five, says and denies things, and is set after "to"
    # or "from" now and then ("an offer from Corvasse"): the short name of "Corvasse Bank"
    def m(article, i, text, label, **use):
        return RawMention(article, i, text, 0, len(text), label, **use)
    ms = [m("x", 0, "Corvasse Bank", "ORG")]
    ms += [m(a, i, "Corvasse", "GPE" if i % 3 else "ORG", actor=i < 3, place=i == 4) for a in ("x", "y", "z")
           for i in range(5)]
    [g] = resolve(ms)
    assert g.label == "ORG" and len(g.mentions) == 16
    # set "in Corvasse" often, it is a place, kept apart
    ms = [m("x", 0, "Corvasse Bank", "ORG")] + [
        m(a, i, "Corvasse", "GPE" if i % 3 else "ORG", actor=i < 3, place=i >= 3, within=i >= 3)
        for a in ("x", "y", "z") for i in range(5)]
    assert len(resolve(ms)) == 2


def test_a_name_the_model_missed_written_another_way(tmp_path):
    # the model tags "Teodor Amsel" in one report and misses "Theodor Amsel" in another: a run of proper nouns with
    # the key of one known name is that name; another name ("Theo Amsler") is left alone
    from newsfuse import api

    texts = {"a": "Police named the escaped prisoner as Teodor Amsel, a 29-year-old serving a sentence for robbery.",
             "b": "Theodor Amsel was found in a barn near Kelby on Wednesday morning.",
             "c": "Theo Amsler was found in a barn near Kelby on Wednesday morning."}
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(f" date 2026-05-01 \n{text}\n", encoding="utf-8")
    d = api.build(sorted(tmp_path.glob("*.txt")), api.Config(stages=("clean", "analyse", "entities"))).dossiers[0]
    amsel = [e for e in d.entities if "Amsel" in e.name]
    assert len(amsel) == 1
    assert {(m.article, m.text) for m in amsel[0].mentions} == {("a", "Teodor Amsel"), ("b", "Theodor Amsel")}


def test_kh_and_h_spell_one_place():
    # "Khrastova" and "Hrastova": one letter transliterated two ways; "Hrastova", tagged an organisation, set beside
    # "town" in two of its uses, is the town (not the short name of "Hrastova District Hospital")
    def m(article, i, text, label, designator=None):
        return RawMention(article, i, text, 0, len(text), label, designator=designator)
    ms = [m("x", i, "Hrastova", "ORG", "town" if i < 2 else None) for i in range(5)]
    ms += [m("y", 0, "Khrastova", "GPE"), m("y", 1, "Khrastova", "GPE", "town")]
    [g] = resolve(ms)
    assert g.label == "GPE" and len(g.mentions) == 7
    # a name set beside a town once in ten uses keeps the model's word; other first letters stay apart
    ms = [m("x", i, "Tavrin", "ORG", "town" if i == 0 else None) for i in range(10)]
    assert [g.label for g in resolve(ms)] == ["ORG"]
    assert len(resolve([m("x", 0, "Kelby", "GPE"), m("y", 0, "Helby", "GPE")])) == 2
