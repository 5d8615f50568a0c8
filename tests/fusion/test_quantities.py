"""Quantities: figures with their meaning; conflicting figures for one thing linked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsfuse import api

ROOT = Path(__file__).resolve().parents[2]
FIX = Path(__file__).resolve().parents[1] / "fixtures" / "quotes"


def _q(d, prefix, text):
    return next(q for q in d.quantities if q.article.startswith(prefix) and q.text == text)


@pytest.mark.parametrize("prefix, text, value, low, high, head, event", [
    ("004", "At least 826", None, 826, None, "people", "killed"),
    ("004", "111", 111, None, None, "civilian", "killed"),
    ("003", "370,000", 370000, None, None, "people", "displaced"),
    ("004", "370,000", 370000, None, None, "people", "displaced"),
    ("002", "between 5,000 and 13,000", None, 5000, 13000, "inmate", "killed"),
    ("002", "over 10,000", None, 10000, None, "detainee", "detained"),
    ("003", "hundreds", None, 200, 999, "soldier", None),
    ("003", "2,000", 2000, None, None, "troop", None),
])
def test_seed_figures(seeds_dossier, prefix, text, value, low, high, head, event):
    q = _q(seeds_dossier, prefix, text)
    assert (q.value, q.low, q.high, q.head) == (value, low, high, head)
    if event:
        assert q.event == event


def test_durations_and_ordinals(seeds_dossier):
    q = _q(seeds_dossier, "000", "24-year")
    assert q.kind == "duration" and q.value == 24 and q.unit == "year"
    q = _q(seeds_dossier, "002", "third largest")
    assert q.kind == "ordinal" and q.value == 3


def test_no_calendar_dates(seeds_dossier):
    texts = {q.text for q in seeds_dossier.quantities}
    assert not texts & {"27", "2011", "2015", "2017", "November 27"}


def test_soldiers_conflict_flagged(seeds_dossier):
    a, b = _q(seeds_dossier, "003", "hundreds"), _q(seeds_dossier, "003", "2,000")
    assert b.id in a.conflicts_with and a.id in b.conflicts_with
    # figures about different things are not conflicts
    killed, civ = _q(seeds_dossier, "004", "At least 826"), _q(seeds_dossier, "004", "111")
    assert civ.id not in killed.conflicts_with
    same = [_q(seeds_dossier, p, "370,000") for p in ("003", "004")]
    assert same[1].id not in same[0].conflicts_with


def test_examples_conflicts(examples_dossier):
    gold = json.loads((ROOT / "examples" / "gold.json").read_text())
    for c in gold["conflicting_figures"]:
        (a, b) = c["values"]
        qa = next(q for q in examples_dossier.quantities if q.article == a["article"] and q.text.lower().endswith(a["text"].lower()))
        qb = next(q for q in examples_dossier.quantities if q.article == b["article"] and b["text"] in q.text)
        assert qb.id in qa.conflicts_with


@pytest.mark.parametrize("text, value", [("two", 2), ("a dozen", 12), ("370,000", 370000), ("2 million", 2e6),
                                         ("twenty one", 21), ("1.5 billion", 1.5e9)])
def testparse_number(text, value):
    from newsfuse.fusion.quantities import parse_number

    assert parse_number(text) == value


# Pinned minimum scores of the quantities fixture (an eval gate).
MIN_Q_PRECISION = 0.9
MIN_Q_RECALL = 0.9


def _matches(q, g) -> bool:
    same = all(getattr(q, k) == g[k] for k in ("kind", "value", "low", "high"))
    return q.text == g["text"] and same and (g["head"] is None or q.head == g["head"])


def test_quantities_fixture_gate():
    gold = json.loads((FIX / "gold2.json").read_text())["numbers"]
    d = api.build([FIX / "hard2.txt"]).dossiers[0]
    tp = sum(any(_matches(q, g) for q in d.quantities) for g in gold)
    p, r = tp / max(len(d.quantities), 1), tp / len(gold)
    print(f"quantities fixture: precision {p:.2f}, recall {r:.2f}")
    assert p >= MIN_Q_PRECISION and r >= MIN_Q_RECALL
    approx = {q.text: q.approximate for q in d.quantities}
    assert approx["about 6,500"] and approx["a few dozen"] and not approx["4,200"]


def test_elided_noun_and_conflict():
    """'4,000 people were evacuated and 12 were killed' counts people; 12 vs at least 15 killed conflict."""
    d = api.build([FIX / "pair"]).dossiers[0]
    a = next(q for q in d.quantities if q.article == "a" and q.text == "12")
    b = next(q for q in d.quantities if q.article == "b" and q.text == "at least 15")
    assert (a.head, a.event, b.head, b.event, b.low) == ("people", "killed", "people", "killed", 15)
    assert b.id in a.conflicts_with
    # "forcing thousands of residents from their homes" and "about 4,000 people were evacuated" agree
    ev = [q for q in d.quantities if q.event == "evacuated"]
    assert len(ev) == 4 and not any(q.conflicts_with for q in ev)


def test_next_sentence_counts_something_else_unless_it_restates(tmp_path):
    # a figure with no happening of its own beside another is a second estimate only when its sentence says
    # so ("put the figure at"); else it counts something else ("trapping 19 miners" / "five miners ... hospital")
    from newsfuse.fusion.quantities import build_quantities

    path = tmp_path / "a.txt"
    path.write_text(" date 2026-03-02 \nA tunnel caved in at the Orlan mine late on Sunday, trapping 19 miners "
                    "underground, the operator said. Rescuers brought five miners to the surface overnight, and they "
                    "were taken to hospital with minor injuries. A regional official said hundreds of miners had "
                    "been evacuated from the site. A second official put the figure at 2,000 miners.\n", encoding="utf-8")
    d = api.build([path]).dossiers[0]
    qs = {q.text: q for q in build_quantities(d)}
    assert not qs["19"].conflicts_with and not qs["five"].conflicts_with
    assert qs["2,000"].id in qs["hundreds"].conflicts_with


def _story(tmp_path, reports: dict[str, tuple[str, str]]):
    """Quantities of a story made of the given reports ({name: (date, text)})."""
    from newsfuse.fusion.quantities import build_quantities

    tmp_path.mkdir(parents=True, exist_ok=True)
    for name, (day, text) in reports.items():
        (tmp_path / f"{name}.txt").write_text(f" date {day} \n{text}\n", encoding="utf-8")
    d = api.build(sorted(tmp_path.glob("*.txt"))).dossiers[0]
    return d, build_quantities(d)


def _find(qs, article, text):
    return next(q for q in qs if q.article == article and q.text == text)


def test_times_and_modifiers_are_no_counts(tmp_path):
    _, qs = _story(tmp_path, {"a": ("2026-05-12", "The quake struck at 02:14 local time. The 46-page report "
                                                  "puts the death toll at 463.")})
    texts = {q.text for q in qs}
    assert not texts & {"02", "14", "46"}
    toll = _find(qs, "a", "463")
    assert (toll.head, toll.event) == ("people", "killed")


def test_toll_updates_are_not_disputes_but_same_day_tolls_are(tmp_path):
    _, qs = _story(tmp_path, {
        "a": ("2026-05-12", "The death toll from the flood rose to 48 on Tuesday, the emergency office said."),
        "b": ("2026-05-12", "The regional governor said 75 people had died in the flood."),
        "c": ("2026-05-13", "The emergency office said 212 people had lost their lives in the flood."),
        "d": ("2026-05-14", "The emergency office said 190 people had died in the flood.")})
    a, b, c, d = (_find(qs, n, t) for n, t in (("a", "48"), ("b", "75"), ("c", "212"), ("d", "190")))
    assert all((q.head, q.event) == ("people", "killed") for q in (a, b, c, d))
    assert b.id in a.conflicts_with  # the same day, two tolls
    assert c.id not in a.conflicts_with and c.id not in b.conflicts_with  # a later, higher toll updates
    assert d.id in c.conflicts_with  # a toll does not fall


def test_counts_of_things_are_disputed_whatever_the_day(tmp_path):
    _, qs = _story(tmp_path, {
        "a": ("2026-03-10", "According to the company, 20 cars were derailed, five of them tank cars."),
        "b": ("2026-03-12", "The chief inspector said 38 cars had derailed, including five tank cars.")})
    a, b = _find(qs, "a", "20"), _find(qs, "b", "38")
    assert a.event == b.event == "derail" and b.id in a.conflicts_with
    # "five tank cars" are some of the cars, no dispute with either count
    assert not _find(qs, "a", "five").conflicts_with


def test_one_sentence_disputes_and_hospital_counts(tmp_path):
    _, qs = _story(tmp_path, {
        "a": ("2026-03-10", "Six people were admitted to the general hospital with breathing problems."),
        "b": ("2026-03-10", "Officials say six people were hospitalised, while the mayor has put the number at 11."),
        "c": ("2026-03-10", "Eleven people have been taken to hospital, the mayor said.")})
    six, b6, b11, eleven = (_find(qs, n, t) for n, t in (("a", "Six"), ("b", "six"), ("b", "11"), ("c", "Eleven")))
    assert {q.event for q in (six, b6, b11, eleven)} == {"hospitalised"}
    assert b11.id in b6.conflicts_with and eleven.id in six.conflicts_with
    assert b6.id not in six.conflicts_with


def test_parts_sizes_and_history_are_not_disputes(tmp_path):
    _, qs = _story(tmp_path, {
        "a": ("2026-05-12", "The governor said 260 people had died in the earthquake. Most of the dead were in "
                            "Djelvan, a town of about 38,000 people, where two apartment blocks collapsed."),
        "b": ("2026-05-12", "In Vrask, the mountain village that soldiers reached on Tuesday, 17 people died. "
                            "An earthquake there in 1971 killed more than 900 people.")})
    whole = _find(qs, "a", "260")
    assert not whole.conflicts_with  # 17 died in one village; 38,000 is a town's size; 900 died in 1971
    assert _find(qs, "a", "about 38,000").event is None


def test_magnitudes_of_one_shock_disputed(tmp_path):
    _, qs = _story(tmp_path, {
        "a": ("2026-05-12", "A magnitude 6.8 earthquake struck the region overnight, the institute said. "
                            "It recorded 140 aftershocks, the strongest a magnitude 5.6 tremor."),
        "b": ("2026-05-12", "A foreign survey measured the quake at magnitude 7.1. An aftershock measuring 5.6 "
                            "shook the town.")})
    mags = {(q.article, q.value): q for q in qs if q.kind == "magnitude"}
    assert {(k, q.head) for k, q in mags.items()} == {(("a", 6.8), "earthquake"), (("a", 5.6), "aftershock"),
                                                      (("b", 7.1), "earthquake"), (("b", 5.6), "aftershock")}
    assert mags["b", 7.1].id in mags["a", 6.8].conflicts_with
    assert not mags["a", 5.6].conflicts_with and not mags["b", 5.6].conflicts_with
    assert not any(q.kind == "count" and q.value in (6.8, 7.1) for q in qs)


def test_the_next_clause_is_not_the_happening(tmp_path):
    _, qs = _story(tmp_path, {"a": ("2026-05-12", "A powerful earthquake struck the province early on Tuesday, "
                                                  "killing at least 48 people and injuring more than 300, "
                                                  "officials said.")})
    assert (_find(qs, "a", "at least 48").event, _find(qs, "a", "more than 300").event) == ("killed", "injured")


def test_sought_added_and_standing_counts(tmp_path):
    _, qs = _story(tmp_path, {
        "a": ("2026-08-04", "The kidnappers want 40 named prisoners released. The group is holding seven hostages, "
                            "officials said at 10 a.m. on Tuesday."),
        "b": ("2026-08-05", "The government freed 20 prisoners on Tuesday night, less than 24 hours after the "
                            "talks began. The group demanded the release of 60 prisoners."),
        "c": ("2026-08-06", "Rescuers pulled ten more hostages from the camp. The group said it was still holding "
                            "two hostages at another location.")})
    want, freed, demanded = _find(qs, "a", "40"), _find(qs, "b", "20"), _find(qs, "b", "60")
    assert want.event == demanded.event == "sought" and freed.event == "freed"
    assert demanded.id in want.conflicts_with and freed.id not in want.conflicts_with  # sought, not done
    held, still = _find(qs, "a", "seven"), _find(qs, "c", "two")
    assert still.id not in held.conflicts_with  # what stands now, a day later
    assert not _find(qs, "c", "ten").conflicts_with  # some more, not a total
    assert "10" not in {q.text for q in qs} and _find(qs, "b", "less than 24").kind == "duration"
    assert all(q.head != "hostage" for q in qs if q.id in freed.conflicts_with)  # hostages are not prisoners


def test_deaths_counted_as_people_and_numbers_spelt_out(tmp_path):
    # "Seventeen deaths have been recorded" and "21 people have died", one day: two tolls of one outbreak
    _, qs = _story(tmp_path, {
        "a": ("2025-11-04", "Seventeen deaths from the cholera outbreak in Lomazi have been recorded by the "
                            "health ministry."),
        "b": ("2025-11-04", "By the health council's count, 21 people have died in the cholera outbreak in Lomazi."),
        "c": ("2025-11-04", "Twenty-six people have died in the cholera outbreak in Lomazi, the charity said.")})
    a, b, c = _find(qs, "a", "Seventeen"), _find(qs, "b", "21"), _find(qs, "c", "Twenty-six")
    assert (a.value, a.head, a.event) == (17, "people", "killed") and c.value == 26
    assert b.id in a.conflicts_with and c.id in b.conflicts_with


def test_crowd_sizes_are_one_count(tmp_path):
    # a crowd put at a figure, people who took part, people who marched: one count of those who came
    _, qs = _story(tmp_path, {
        "a": ("2026-04-14", "Police put the size of the crowd at the fuel price protest in Helvask at 18,000."),
        "b": ("2026-04-14", "Organisers said 150,000 people had taken part in the fuel price protest in Helvask."),
        "c": ("2026-04-14", "The city council said about 60,000 people marched in the fuel price protest in Helvask.")})
    a, b, c = _find(qs, "a", "18,000"), _find(qs, "b", "150,000"), _find(qs, "c", "about 60,000")
    assert {(q.head, q.event) for q in (a, b, c)} == {("people", "gathered")}
    assert b.id in a.conflicts_with and c.id in a.conflicts_with and c.id in b.conflicts_with


def test_hostage_counts(tmp_path):
    # the number of hostages put at a figure and people kidnapped are one count; "four of the hostages" a part
    _, qs = _story(tmp_path, {
        "a": ("2026-03-02", "After the raid on the aid compound in Ourzen, officials put the number of hostages "
                            "at 11."),
        "b": ("2026-03-02", "Gunmen kidnapped 13 people in the raid on the aid compound in Ourzen, the charity said."),
        "c": ("2026-03-02", "After the raid on the aid compound in Ourzen, officials said the hostages included "
                            "four of the charity's doctors.")})
    a, b = _find(qs, "a", "11"), _find(qs, "b", "13")
    assert a.event == b.event == "abducted" and b.id in a.conflicts_with
    assert not any(q.article == "c" and q.conflicts_with for q in qs)


def test_sums_of_one_thing_are_compared(tmp_path):
    # two fines, two bribe totals: disputes; a fine is no bribe, a sum with no telling noun is left alone
    _, qs = _story(tmp_path, {
        "a": ("2026-05-13", "The corruption court ordered former minister Hallek to pay a fine of 500,000 talers and "
                            "found he took 2.4 million talers in bribes."),
        "b": ("2026-05-13", "The corruption court also imposed a fine of 750,000 talers on former minister Hallek, "
                            "whose kickbacks totalled 3.1 million talers."),
        "c": ("2026-05-13", "Former minister Hallek owns a villa worth 900,000 talers, the corruption court heard.")})
    fine_a, fine_b = _find(qs, "a", "500,000"), _find(qs, "b", "750,000")
    bribes_a, bribes_b = _find(qs, "a", "2.4 million"), _find(qs, "b", "3.1 million")
    assert fine_b.id in fine_a.conflicts_with and bribes_b.id in bribes_a.conflicts_with
    assert bribes_a.id not in fine_b.conflicts_with and fine_a.id not in bribes_b.conflicts_with
    assert not _find(qs, "c", "900,000").conflicts_with


def test_a_village_count_is_a_part_and_crowds_of_two_days_are_two(tmp_path):
    (tmp_path / "quake").mkdir()
    (tmp_path / "court").mkdir()
    _, qs = _story(tmp_path / "quake", {
        "a": ("2026-05-14", "Seventeen people died in the village after the earthquake struck Kestrania's Tarvel "
                            "province, a soldier said."),
        "b": ("2026-05-14", "At least 48 people died after the earthquake struck Kestrania's Tarvel province.")})
    assert not _find(qs, "a", "Seventeen").conflicts_with
    _, qs = _story(tmp_path / "court", {
        "c": ("2026-05-14", "About 2,000 people gathered outside the Tarvel court on Tuesday after the verdict."),
        "d": ("2026-05-14", "About 150 people gathered outside the Tarvel court on Thursday after the verdict.")})
    assert not _find(qs, "c", "About 2,000").conflicts_with


def test_people_aboard_are_one_count(tmp_path):
    # carried, on board, aboard: who was on the vessel, however told
    _, qs = _story(tmp_path, {
        "a": ("2025-09-16", "The boat that capsized off Ostrel was carrying about 90 people, the coast guard said."),
        "b": ("2025-09-16", "The UN agency said around 150 people had been on board the boat that capsized off "
                            "Ostrel.")})
    a, b = _find(qs, "a", "about 90"), _find(qs, "b", "around 150")
    assert a.event == b.event == "aboard" and b.id in a.conflicts_with


def test_a_sum_of_one_thing_is_not_a_sum_of_another(tmp_path):
    # a fine against a sum named nowhere, told in the next sentence: a story tells many sums
    _, qs = _story(tmp_path, {
        "a": ("2026-05-14", "The judgment confirms a fine of 500,000 talers, which may explain why a total of "
                            "750,000 talers was cited by some on Tuesday. It also orders the confiscation of 1.9 million "
                            "talers, the amount the court found he had actually received, against the 2.4 million "
                            "talers alleged by prosecutors.")})
    assert _find(qs, "a", "2.4 million").id not in _find(qs, "a", "500,000").conflicts_with


def test_a_corrected_figure_disputes_where_it_is_told(tmp_path):
    # "seven, not six": the six told elsewhere is disputed, even by a later report (no update); those who broke
    # out and those who escaped are one count
    _, qs = _story(tmp_path, {
        "a": ("2024-03-12", "Six inmates broke out of the Hollerbeck prison early on Tuesday, the ministry said."),
        "b": ("2024-03-13", "Seven inmates, not six as first announced, escaped from the Hollerbeck prison on "
                            "Tuesday, the ministry acknowledged.")})
    six, seven = _find(qs, "a", "Six"), _find(qs, "b", "Seven")
    assert six.event == seven.event == "escaped"
    assert seven.id in six.conflicts_with
    assert not any(q.value == 6 and q.article == "b" and q.id in six.conflicts_with for q in qs)


def test_a_value_changed_is_no_dispute_and_a_phone_number_counts_nothing(tmp_path):
    _, qs = _story(tmp_path, {
        "a": ("2024-03-13", "The ministry has offered a reward of 20,000 crowns for information on each fugitive. "
                            "Residents were urged to call the hotline 0800 4411 with any information."),
        "b": ("2024-03-15", "The ministry on Friday doubled the reward for information on each fugitive to 40,000 "
                            "crowns. Call our newsdesk on 0800 7700.")})
    assert _find(qs, "b", "40,000").id not in _find(qs, "a", "20,000").conflicts_with
    assert (_find(qs, "a", "20,000").kind, _find(qs, "a", "20,000").unit) == ("money", "crown")
    assert not [q for q in qs if q.value in (800, 4411, 7700)]


def test_a_state_told_by_the_copula_is_its_count(tmp_path):
    # guards and officers on duty: one count, whatever else the sentence names ("the night of the breakout")
    _, qs = _story(tmp_path, {
        "a": ("2024-03-14", "The prison officers' union said only nine guards had been on duty on the night of the "
                            "breakout."),
        "b": ("2024-03-14", "The ministry maintains that 14 officers were on duty on the night of the escape.")})
    nine, fourteen = _find(qs, "a", "nine"), _find(qs, "b", "14")
    assert nine.event == fourteen.event == "be duty" and fourteen.id in nine.conflicts_with


def test_a_crowd_that_turned_out_gathered(tmp_path):
    _, qs = _story(tmp_path, {
        "a": ("2025-03-12", "Police put the crowd outside city hall at around 300."),
        "b": ("2025-03-12", "Organisers claimed 1,500 people had turned out outside city hall.")})
    assert _find(qs, "b", "1,500").event == "gathered"
    assert _find(qs, "b", "1,500").id in _find(qs, "a", "around 300").conflicts_with


def test_payments_and_a_contract_value_are_compared(tmp_path):
    # sums paid, however told, are one sum; a contract valued two ways is a dispute; the two are not compared
    _, qs = _story(tmp_path, {
        "a": ("2025-03-10", "According to invoices, Korvena paid a total of 1.4 million crowns to the consultancy. "
                            "City hall valued the contract at 48 million crowns when it was signed."),
        "b": ("2025-03-11", "Prosecutors suspect that around 1.2 million crowns changed hands in return for the "
                            "contract. She also put the value of the contract at 52 million crowns."),
        "c": ("2025-03-12", "More than two million crowns had been paid in total, the opposition said. According "
                            "to the register, the deal is worth 48 million crowns.")})
    paid, hands, total = _find(qs, "a", "1.4 million"), _find(qs, "b", "around 1.2 million"), \
        _find(qs, "c", "More than two million")
    assert hands.id in paid.conflicts_with and total.id in paid.conflicts_with and total.id in hands.conflicts_with
    value_a, value_b, deal = _find(qs, "a", "48 million"), _find(qs, "b", "52 million"), _find(qs, "c", "48 million")
    assert value_b.id in value_a.conflicts_with and value_b.id in deal.conflicts_with
    assert not set(value_a.conflicts_with) & {paid.id, hands.id, total.id}


def test_vote_tallies_are_compared(tmp_path):
    # one vote told three ways: its sides in either order are one tally, a different count disputes it; a
    # committee's vote is another vote
    _, qs = _story(tmp_path, {
        "a": ("2026-09-18", "The government survived the no-confidence motion, with 77 deputies voting against it "
                            "and 72 in favour."),
        "b": ("2026-09-18", "The government saw off the no-confidence motion by 77 votes to 72."),
        "c": ("2026-09-19", "The government scraped through the confidence vote by 78 votes to 71. The budget "
                            "committee had earlier backed the bill by nine votes to four.")})
    a, b, c = _find(qs, "a", "77 deputies voting against it and 72 in favour"), _find(qs, "b", "77 votes to 72"), \
        _find(qs, "c", "78 votes to 71")
    assert (a.kind, a.value, a.event) == ("count", 77, "voted") and "77 to 72" in a.about
    assert b.id not in a.conflicts_with and c.id in a.conflicts_with and c.id in b.conflicts_with
    committee = _find(qs, "c", "nine votes to four")
    assert not committee.conflicts_with
    assert not [q for q in qs if q.value in (72, 71, 4) or q.text in ("77", "78")]  # sides are not figures


def test_a_part_of_a_whole_and_a_sum_over_days(tmp_path):
    # "4,200 of the 5,600 services": the 4,200 were cancelled, the 5,600 were scheduled; a sum over two days is
    # no dispute of one day's count
    _, qs = _story(tmp_path, {
        "a": ("2025-03-10", "KNR said 4,200 of the 5,600 services scheduled for Monday had been cancelled."),
        "b": ("2025-03-11", "The operator said 4,600 trains had been cancelled on Monday."),
        "c": ("2025-03-13", "In all, 8,500 services were cancelled over the two days, according to the company.")})
    part, whole = _find(qs, "a", "4,200"), _find(qs, "a", "5,600")
    assert (part.head, part.event, whole.event) == ("service", "cancel", None)
    total = _find(qs, "c", "8,500")
    assert not total.conflicts_with and not whole.conflicts_with


def test_a_figure_given_for_the_count_before(tmp_path):
    # "the real figure was nearer 19,000": another estimate of what the sentence before counts; "the number of
    # prisoners it had released" names its own count; a figure of another order counts something else
    _, qs = _story(tmp_path / "a", {
        "a": ("2025-03-11", "The union boasted that 31,000 workers had downed tools. Bosses at the railway insisted "
                            "the real figure was nearer 19,000.")})
    union, bosses = _find(qs, "a", "31,000"), _find(qs, "a", "nearer 19,000")
    assert (bosses.head, bosses.event, bosses.approximate) == ("worker", union.event, True)
    assert bosses.id in union.conflicts_with
    _, qs = _story(tmp_path / "b", {
        "b": ("2026-06-09", "The defence ministry said that brought to 210 the number of prisoners it had released "
                            "since Saturday. The movement put its own total at 157.")})
    freed, own = _find(qs, "b", "210"), _find(qs, "b", "157")
    assert (freed.head, freed.event) == ("prisoner", "freed") and own.id in freed.conflicts_with
    _, qs = _story(tmp_path / "c", {
        "c": ("2025-08-12", "About 40 people were injured in the blast. The aftershock measured 5.6, while the "
                            "institute put it at 5.9.")})
    assert not [q for q in qs if q.text == "5.9" and q.kind == "count"]  # no count of the injured


def test_losses_and_withdrawals_are_sums_compared_by_day(tmp_path):
    # losses told three ways are one sum disputed; Monday's withdrawals are compared with Monday's, not with a
    # three-day total nor with a daily limit
    _, qs = _story(tmp_path, {
        "a": ("2026-02-10", "The newsletter reported that Norvik Bank faced losses of around 900 million crowns on "
                            "its property loans. Customers withdrew 1.2 billion crowns from Norvik Bank on Monday."),
        "b": ("2026-02-10", "Norvik Bank said its losses on the property loans came to 310 million crowns. The "
                            "central bank said 1.9 billion crowns were withdrawn from Norvik Bank on Monday."),
        "c": ("2026-02-12", "Customers had withdrawn 4.6 billion crowns from Norvik Bank between Monday and Wednesday. "
                            "Savers may now withdraw no more than 2,000 crowns a day from Norvik Bank.")})
    high, low = _find(qs, "a", "around 900 million"), _find(qs, "b", "310 million")
    assert low.id in high.conflicts_with
    monday_a, monday_b = _find(qs, "a", "1.2 billion"), _find(qs, "b", "1.9 billion")
    assert monday_b.id in monday_a.conflicts_with
    total, cap = _find(qs, "c", "4.6 billion"), _find(qs, "c", "more than 2,000")
    assert not total.conflicts_with and not cap.conflicts_with
    assert (cap.low, cap.high) == (None, 2000)  # "no more than" is at most


def test_jobs_cut_or_lost_and_oil_escaped_or_leaked_are_one_count(tmp_path):
    _, qs = _story(tmp_path / "ab", {
        "a": ("2026-03-03", "Tavel Motors said 2,900 jobs would be cut at its Ostrava plant. Brenholt Shipping said "
                            "around 800 tonnes of oil had escaped from the tanker."),
        "b": ("2026-03-03", "The union said all 3,400 jobs at the Ostrava plant would be lost. The coast guard "
                            "estimated that about 2,000 tonnes of oil had leaked from the tanker.")})
    cut, lost = _find(qs, "a", "2,900"), _find(qs, "b", "3,400")
    assert cut.event == lost.event == "jobs cut" and lost.id in cut.conflicts_with
    escaped, leaked = _find(qs, "a", "around 800"), _find(qs, "b", "about 2,000")
    assert escaped.event == leaked.event == "spilled" and leaked.id in escaped.conflicts_with
    _, qs = _story(tmp_path / "c", {
        "c": ("2026-03-03", "The village of Marl, home to about 600 people, remained cut off after the quake. He was "
                            "also ordered to pay a 300,000-taler fine.")})
    assert _find(qs, "c", "about 600").event != "jobs cut"  # a village cut off loses no jobs
    assert "300" not in {q.text for q in qs}  # "300,000-taler" is no 300


def test_arrests_counted_are_people_detained(tmp_path):
    _, qs = _story(tmp_path, {
        "a": ("2026-04-15", "The interior ministry said 214 people had been arrested during the protests in Helvask."),
        "b": ("2026-04-15", "The interior ministry said the official number of arrests in Helvask had been revised "
                            "to 290.")})
    said, revised = _find(qs, "a", "214"), _find(qs, "b", "290")
    assert (revised.head, revised.event) == ("people", "detained") and revised.id in said.conflicts_with


def test_some_more_is_no_total_and_cases_grow(tmp_path):
    # "Two more bodies" adds to a count ("more" hung on the number by the parse), and is no dispute of "nine
    # bodies"; "more than 400" is a bound, not an addition; suspected cases counted on later days grow
    _, qs = _story(tmp_path / "a", {
        "a": ("2025-09-16", "Nine bodies had been recovered from the sea off Ostrel by Tuesday, the coast guard said."),
        "b": ("2025-09-18", "Two more bodies were recovered from the sea off Ostrel on Thursday, the coast guard "
                            "said."),
        "c": ("2025-09-18", "The rights group said more than 400 people had been detained in Ostrel.")})
    assert not _find(qs, "b", "Two").conflicts_with
    assert _find(qs, "c", "more than 400").low == 400
    _, qs = _story(tmp_path / "b", {
        "a": ("2025-11-03", "The health ministry said 214 suspected cholera cases had been recorded in Lomazi."),
        "b": ("2025-11-05", "The health ministry said 655 suspected cholera cases had been recorded in Lomazi.")})
    assert not _find(qs, "a", "214").conflicts_with


def test_things_counted_on_two_days_are_two_counts(tmp_path):
    # Monday's cancellations and Tuesday's are two counts; the same day's, told two ways, one disputed
    _, qs = _story(tmp_path, {
        "a": ("2025-03-12", "KNR said 3,900 of Tuesday's scheduled services had been cancelled during the strike."),
        "b": ("2025-03-12", "KNR said 4,200 scheduled services had been cancelled on Monday during the strike."),
        "c": ("2025-03-12", "The union said 5,100 scheduled services had been cancelled on Monday during the strike.")})
    tuesday, monday, union = _find(qs, "a", "3,900"), _find(qs, "b", "4,200"), _find(qs, "c", "5,100")
    assert monday.id not in tuesday.conflicts_with and union.id in monday.conflicts_with


def test_the_number_of_missing_and_a_difference(tmp_path):
    # "the number of missing" counts people missing (the parse makes "missing" a verb); "three more than the
    # six" gives a difference, no count; "members and contractors" are workers by the noun coordinated
    _, qs = _story(tmp_path, {
        "a": ("2025-09-16", "Three workers were killed and six are missing after the explosion at the Saltmere "
                            "refinery, the fire service said."),
        "b": ("2025-09-16", "After the explosion at the Saltmere refinery the union had put the number of missing at "
                            "nine, three more than the six reported by the fire service."),
        "c": ("2025-09-16", "After the explosion at the Saltmere refinery the union says nine of its members and "
                            "contractors are unaccounted for."),
        "d": ("2025-09-16", "After the explosion at the Saltmere refinery the fire service put the number of dead at "
                            "four.")})
    nine, six = _find(qs, "b", "nine"), _find(qs, "b", "six")
    assert (nine.head, nine.event) == ("people", "missing") and six.id in nine.conflicts_with
    assert "three" not in {q.text for q in qs if q.article == "b"}
    members = _find(qs, "c", "nine")
    assert members.event == "missing" and members.id in _find(qs, "a", "six").conflicts_with
    assert (_find(qs, "d", "four").head, _find(qs, "d", "four").event) == ("people", "killed")


def test_figures_with_no_happening_given_for_one_count(tmp_path):
    # "put the number of suspected cases higher, at 480" disputes "412 suspected cases"; "the true figure is
    # closer to 3,500 tonnes" disputes "2,000 tonnes"; not the cargo of another order, nor a part of a count
    _, qs = _story(tmp_path / "a", {
        "a": ("2026-03-03", "The ministry reported 412 suspected cases on Tuesday."),
        "b": ("2026-03-03", "The World Health Council put the number of suspected cases higher, at 480.")})
    ministry, council = _find(qs, "a", "412"), _find(qs, "b", "480")
    assert (ministry.event, council.event) == (None, None) and council.id in ministry.conflicts_with
    _, qs = _story(tmp_path / "b", {
        "d": ("2026-03-03", "The tanker is laden with about 80,000 tonnes of crude. The coast guard said its earlier "
                            "figure had been 2,000 tonnes. Five of the derailed cars were tank cars."),
        "e": ("2026-03-03", "The group said the true figure is closer to 3,500 tonnes. The fire service put the "
                            "number of derailed cars at 20.")})
    earlier, group = _find(qs, "d", "2,000"), _find(qs, "e", "closer to 3,500")
    assert earlier.conflicts_with == [group.id]
    assert not _find(qs, "d", "about 80,000").conflicts_with
    assert not _find(qs, "d", "Five").conflicts_with and not _find(qs, "e", "20").conflicts_with


def test_a_crowd_is_not_raised_by_a_later_report(tmp_path):
    # a later, larger count of the dead updates the earlier one; a later, larger count of one crowd disputes it
    _, qs = _story(tmp_path, {
        "a": ("2026-04-07", "Police estimated the crowd at Tuesday's rally in Liberty Square at around 8,000 people. "
                            "Two people were killed in clashes after the rally."),
        "b": ("2026-04-08", "Organisers said more than 40,000 people had attended Tuesday's rally in Liberty Square. "
                            "Five people were killed in clashes after the rally.")})
    police, organisers = _find(qs, "a", "around 8,000"), _find(qs, "b", "more than 40,000")
    assert (police.event, organisers.event) == ("gathered", "gathered")
    assert organisers.id in police.conflicts_with
    assert not _find(qs, "a", "Two").conflicts_with


def test_up_to_gives_its_figure(tmp_path):
    # "up to 170" is the figure a report gives, not any number below it; "up to 100" allows about 90, and an
    # open lower bound ("at least 48" dead) is still raised by a later count, not disputed
    _, qs = _story(tmp_path, {
        "a": ("2025-09-16", "The coast guard said about 90 people were on board the boat that capsized off Ostrel."),
        "b": ("2025-09-16", "A rescue charity estimates that up to 170 people were on board the boat that capsized "
                            "off Ostrel."),
        "c": ("2025-09-16", "Survivors said up to 100 people were on board the boat that capsized off Ostrel."),
        "d": ("2025-09-16", "At least 48 people died when the boat capsized off Ostrel."),
        "e": ("2025-09-17", "The number of people who died when the boat capsized off Ostrel rose to 212.")})
    ninety, upto170, upto100 = _find(qs, "a", "about 90"), _find(qs, "b", "up to 170"), _find(qs, "c", "up to 100")
    assert upto170.id in ninety.conflicts_with
    assert upto100.id not in ninety.conflicts_with
    assert not _find(qs, "d", "At least 48").conflicts_with


def test_a_hyphenated_number_word_counts_its_of_phrase(tmp_path):
    # "Twenty-two of the survivors": the tokenizer splits the word in three; what it counts is the "of" phrase
    _, qs = _story(tmp_path, {"a": ("2026-05-12", "Twenty-two of the survivors were picked up by a merchant ship. "
                                                  "Thirty-five of the miners were brought out alive.")})
    assert (_find(qs, "a", "Twenty-two").value, _find(qs, "a", "Twenty-two").head) == (22.0, "survivor")
    assert _find(qs, "a", "Thirty-five").head == "miner"


@pytest.mark.parametrize("sentence, text, value", [
    ("Two dozen people were hurt in the blast.", "Two dozen", 24.0),
    ("Half a dozen soldiers were killed in the blast.", "Half a dozen", 6.0),
    ("One hundred and twenty people were rescued from the ship.", "One hundred and twenty", 120.0),
    ("The firm lost £5m in the attack.", "£5m", 5e6),
])
def test_numbers_told_in_words_and_abbreviated_sums(tmp_path, sentence, text, value):
    _, qs = _story(tmp_path, {"a": ("2026-05-12", sentence)})
    assert _find(qs, "a", text).value == value


def test_an_abbreviated_scale_needs_a_currency():
    from newsfuse.fusion.quantities.numbers import _NUMBER

    assert _NUMBER.search("The firm lost £5m.")["abbr"] == "m"
    assert _NUMBER.search("The wall is 5m high.") is None or _NUMBER.search("The wall is 5m high.")["abbr"] is None


def test_counts_in_two_named_towns_are_two(tmp_path):
    # the towns are named by an owner ("Olastow's residents") or by a participle's phrase ("people evacuated from
    # Brennick"), and are places as the story's entities tell it, whatever the model tagged the one token
    (tmp_path / "towns").mkdir()
    (tmp_path / "one").mkdir()
    towns = {
        "a": ("2026-05-14", "The river rose in Olastow and in Brennick on Monday. About 6,000 of Olastow's residents "
                            "had been evacuated by Wednesday, the mayor said."),
        "b": ("2026-05-14", "Rescuers worked in Brennick and near Olastow all night. Most of the 12,000 people "
                            "evacuated from Brennick on Monday are staying with relatives."),
    }
    _, qs = _story(tmp_path / "towns", towns)
    assert not _find(qs, "a", "About 6,000").conflicts_with
    # one town, two figures: still a dispute
    towns["b"] = ("2026-05-14", "Rescuers worked in Brennick and near Olastow all night. Some 12,000 of Olastow's "
                                "residents had been evacuated by Wednesday, the mayor said.")
    _, qs = _story(tmp_path / "one", towns)
    assert _find(qs, "a", "About 6,000").conflicts_with


def test_the_missing_of_a_toll_and_the_people_on_board_are_their_own_counts(tmp_path):
    _, qs = _story(tmp_path, {
        "a": ("2026-05-14", "The coast guard's official toll on Wednesday evening was nine dead and 12 missing. "
                            "The coast guard now puts the number of people on board at 318."),
        "b": ("2026-05-14", "The death toll rose to 11 on Wednesday night, with ten people still missing.")})
    twelve, aboard = _find(qs, "a", "12"), _find(qs, "a", "318")
    assert twelve.event == "missing" and aboard.event == "aboard" and not aboard.conflicts_with
    # a toll told with a verb of its own is still the count of the dead, and disputes the same day's other toll
    assert _find(qs, "b", "11").event == "killed" and _find(qs, "b", "11").id in _find(qs, "a", "nine").conflicts_with


def test_a_count_at_a_named_hospital_is_a_part(tmp_path):
    (tmp_path / "named").mkdir()
    (tmp_path / "bare").mkdir()
    told = "Police said 14 injured people were being treated in hospital after the bridge collapsed."
    _, qs = _story(tmp_path / "named", {
        "a": ("2026-05-14", "Eleven injured people were taken to Kaldor University Hospital after the bridge "
                            "collapsed, a spokeswoman said."),
        "b": ("2026-05-14", told)})
    assert not _find(qs, "a", "Eleven").conflicts_with
    # the same count with no named place disputes the other
    _, qs = _story(tmp_path / "bare", {
        "a": ("2026-05-14", "Eleven injured people were taken to hospital after the bridge collapsed, a spokeswoman "
                            "said."),
        "b": ("2026-05-14", told)})
    assert _find(qs, "a", "Eleven").conflicts_with


def test_counts_of_the_missing_on_two_days_are_updates(tmp_path):
    (tmp_path / "days").mkdir()
    (tmp_path / "day").mkdir()
    first = ("2026-05-13", "At least four people died and 32 were missing after fire swept through a passenger ferry "
                           "late on Tuesday, the coast guard said.")
    _, qs = _story(tmp_path / "days", {
        "a": first,
        "b": ("2026-05-14", "The coast guard said on Wednesday evening that 12 people were missing after the "
                            "ferry fire.")})
    assert not _find(qs, "b", "12").conflicts_with
    # the same day, two counts of the missing disagree
    _, qs = _story(tmp_path / "day", {
        "a": first,
        "b": ("2026-05-13", "The coast guard said late on Tuesday that 12 people were missing after the ferry fire.")})
    assert _find(qs, "b", "12").conflicts_with
