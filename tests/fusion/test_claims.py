"""Claims: one claim per fact across outlets, counted by independent source; disputes found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Pinned minimum scores on the example corpus gold claims (an eval gate; raise when grouping improves).
MIN_GROUP_RECALL = 0.55
MIN_CONTRADICTION_RECALL = 1.0


def _claim_with(d, *needles, besides=()):
    """The claim whose evidence contains sentences with every needle (article prefix, text); not one of
    ``besides`` (one sentence may tell two facts)."""
    for c in d.claims:
        if any(c is b for b in besides):
            continue
        texts = {(e.article[:3], d.article(e.article).sentences[e.sentence].text) for e in c.evidence}
        if all(any(p == a and n in t for a, t in texts) for p, n in needles):
            return c
    return None


def test_assad_departure_is_one_disputed_claim(seeds_dossier):
    d = seeds_dossier
    c = _claim_with(d, ("000", "boarded a plane"), ("002", "flew out of Damascus"),
                    ("003", "boarded a plane and left for an unknown destination"), ("000", "took a flight"))
    assert c is not None
    assert {e.article[:3] for e in c.evidence} >= {"000", "001", "002", "003", "004"}
    # Reuters' officers, the Observatory (also told as "a war monitor"), Iranian state TV, MailOnline; not
    # the rebels whose announcement only dates it, nor the office that said he would stay
    assert 3 <= c.independent_sources <= 5
    assert c.status == "disputed"
    assert any(e.stance == "denies" and e.article.startswith("003") for e in c.evidence)
    # Hezbollah leaving its positions is another fact
    assert not any("positions around" in d.article(e.article).sentences[e.sentence].text for e in c.evidence)


def test_other_seed_claims(seeds_dossier):
    d = seeds_dossier
    damascus = _claim_with(d, ("002", "claimed the capital of Damascus"), ("004", "captured the capital Damascus"))
    assert damascus and damascus.independent_sources >= 2
    homs = _claim_with(d, ("002", "took the central city of Homs"), ("003", "captured the strategic city of Homs"))
    assert homs and homs.status == "disputed"
    sednaya = _claim_with(d, ("001", "Sednaya"), ("002", "Saydnaya"))
    assert sednaya and sednaya.independent_sources >= 2
    # "stormed a prison", "liberated the prison", "broke into the jail": one fact in all five reports
    assert {e.article[:3] for e in sednaya.evidence} == {"000", "001", "002", "003", "004"}
    # Hezbollah's withdrawal ("asked its forces to withdraw", "instructed its fighters to withdraw from the Homs
    # area", "left its positions around Damascus", "fighters of a key Assad ally had left their positions"): one
    # claim, resting on AFP's one unnamed source however each copy words the credit
    hezbollah = _claim_with(d, ("003", "withdraw from the Homs area"), ("004", "withdraw from the Homs area"),
                            ("003", "asked its forces to withdraw"), ("004", "left its positions around Damascus"),
                            ("003", "fighters of a key Assad ally"))
    assert hezbollah and hezbollah.independent_sources == 1
    homs_all = _claim_with(d, ("002", "took the central city of Homs"), ("004", "said it had captured the strategic city of Homs"))
    assert homs_all and {e.article[:3] for e in homs_all.evidence} >= {"000", "001", "002", "003", "004"}
    assert any(e.stance == "denies" and e.article.startswith("004") for e in homs_all.evidence)
    # the prime minister ready to cooperate ("extend its hand", "willing to", "ready to"): one claim, on his own
    # word alone; his staying at home is another fact, told by two of the reports
    pm = _claim_with(d, ("001", "willing to cooperate"), ("004", "ready to cooperate"), ("000", "extend its hand"))
    assert pm and {e.article[:3] for e in pm.evidence} >= {"000", "001", "002", "004"}
    assert pm.independent_sources == 1
    staying = _claim_with(d, ("001", "remains in his home"), ("002", "does not plan on leaving"), besides=[pm])
    assert staying and staying.independent_sources == 1
    # his own words, "I am in my house and I have not left", are the same fact
    assert any(e.article.startswith("000") and "I have not left" in d.article(e.article).sentences[e.sentence].text
               for e in staying.evidence)
    assert not any(e.article.startswith("004") for e in staying.evidence)
    # the army leaving Damascus airport ("abandoned" / "withdrew from the facility"), which the defence
    # ministry's "no truth to news claiming our armed forces ... have withdrawn" disputes
    airport = _claim_with(d, ("003", "abandoned Damascus International Airport"), ("004", "withdrew"))
    assert airport and airport.status == "disputed"
    assert any(e.stance == "denies" and "no truth" in d.article(e.article).sentences[e.sentence].text
               for e in airport.evidence)
    assert not any("no truth" in d.article(e.article).sentences[e.sentence].text for e in hezbollah.evidence)
    un = _claim_with(d, ("003", "370,000"), ("004", "370,000"))
    assert un and un.independent_sources == 1  # one AFP copy in two outlets


def test_seed_disputes(seeds_dossier):
    d = seeds_dossier
    kinds = {(x.kind, tuple(sorted({r.article[:3] for side in x.sides for r in side}))) for x in d.contradictions}
    assert any(k == "figures" and arts == ("003",) for k, arts in kinds)  # hundreds vs 2,000 soldiers
    homs = [x for x in d.contradictions if "Homs" in x.topic]
    assert homs and all(len(x.sides) == 2 and all(x.sides) for x in homs)
    departure = [x for x in d.contradictions if x.kind == "denial" and any(
        "left Damascus" in d.article(r.article).sentences[r.sentence].text for r in x.sides[1])]
    assert departure and departure[0].resolution  # later reports supersede the denial


def test_claims_valid_and_ranked(seeds_dossier):
    d = seeds_dossier
    assert [c.independent_sources for c in d.claims] == sorted((c.independent_sources for c in d.claims), reverse=True)
    for c in d.claims:
        assert c.status in ("corroborated", "single-source", "disputed")
        assert c.status != "corroborated" or c.independent_sources >= 2
        assert c.evidence and all(e.stance in ("asserts", "denies", "hedged") for e in c.evidence)


def group_scores(d, gold):
    """Per gold claim, the share of its articles found together in one claim (recall), averaged."""
    scores = []
    for g in gold["claims"]:
        arts = set(g["articles"])
        best = max((len(arts & {e.article for e in c.evidence}) / len(arts) for c in d.claims), default=0)
        scores.append(best)
    return sum(scores) / len(scores)


def test_examples_gate(examples_dossier):
    gold = json.loads((ROOT / "examples" / "gold.json").read_text())
    recall = group_scores(examples_dossier, gold)
    found = 0
    for c in gold["conflicting_figures"]:
        arts = {v["article"] for v in c["values"]}
        found += any(arts <= {r.article for side in x.sides for r in side} for x in examples_dossier.contradictions)
    for c in gold["denials"]:  # the denying sentence itself stands on one side of a denial
        found += any(x.kind == "denial" and any(r.article == c["article"] and c["sentence_contains"] in
                                                examples_dossier.article(r.article).sentences[r.sentence].text
                                                for side in x.sides for r in side)
                     for x in examples_dossier.contradictions)
    contra = found / (len(gold["conflicting_figures"]) + len(gold["denials"]))
    print(f"example claims: grouping recall {recall:.2f}, contradiction recall {contra:.2f}")
    assert recall >= MIN_GROUP_RECALL and contra >= MIN_CONTRADICTION_RECALL


def test_examples_dam_collapse_denied_then_confirmed(examples_dossier):
    # the bundled story's headline: the dam gave way (wire copy), the ministry denied it had collapsed, and a
    # later report confirmed that a section of its wall had: one claim, disputed, the denial superseded
    d = examples_dossier
    dam = _claim_with(d, ("001", "gave way"), ("004", "section of the Dorsk dam wall had collapsed"),
                      ("003", "denied that the Dorsk dam had collapsed"))
    assert dam is not None and dam.status == "disputed"
    assert [e.stance for e in dam.evidence if e.article.startswith("003")] == ["denies"]
    x = next(x for x in d.contradictions if dam.id in x.claims and x.kind == "denial")
    assert x.superseded and all(r.article.startswith("003") for r in x.superseded)


def test_negative_fact_told_alike_is_asserted(examples_dossier):
    # "the dam had not been fully inspected since 2009" is a fact stated in the negative, not a denial
    d = examples_dossier
    c = _claim_with(d, ("001", "had not been fully inspected"))
    assert c is not None and c.status != "disputed" and c.independent_sources >= 1
    assert all(e.stance == "asserts" for e in c.evidence)


def test_seed_prime_minister_staying_is_one_claim(seeds_dossier):
    d = seeds_dossier
    pm = _claim_with(d, ("001", "remains in his home"), ("002", "does not plan on leaving"))
    assert pm and pm.status != "disputed"
    # his staying is not the president's flight
    assert not any("boarded a plane" in d.article(e.article).sentences[e.sentence].text for e in pm.evidence)


def test_seed_claims_carry_every_reporting_article(seeds_dossier):
    d = seeds_dossier
    damascus = _claim_with(d, ("002", "claimed the capital of Damascus"), ("004", "captured the capital Damascus"))
    assert {e.article[:3] for e in damascus.evidence} >= {"000", "001", "002", "003", "004"}
    homs = _claim_with(d, ("002", "took the central city of Homs"), ("003", "captured the strategic city of Homs"))
    assert {e.article[:3] for e in homs.evidence} >= {"000", "002", "003"}
    # the city taken and the government fallen stay two claims
    assert not any("appeared to have fallen" in d.article(e.article).sentences[e.sentence].text
                   for e in damascus.evidence)


def test_seed_two_speakers_quoted_on_two_things_are_two_claims(seeds_dossier):
    # Rayner on dictatorship and al-Jalali on Syria's next leaders: quoted words of two people, no corroboration
    d = seeds_dossier
    jalali = _claim_with(d, ("004", "This country can be a normal state"))
    assert jalali is not None
    assert not any("Dictatorship and terrorism" in d.article(e.article).sentences[e.sentence].text
                   for e in jalali.evidence)
    # nor is the rebels' sending Assad fleeing Hezbollah's years of backing him
    backing = _claim_with(d, ("003", "which backed the Assad regime for years"))
    assert backing is not None
    assert not any(e.article.startswith("004") and e.sentence == 0 for e in backing.evidence)


def _story(tmp_path, texts):
    from newsfuse import api
    from newsfuse.context import DEFAULT_STAGES, Config

    for i, text in enumerate(texts):
        (tmp_path / f"{i:02d}_outlet-{i}.txt").write_text(" date 2026-05-0{} \n{}\n".format(i + 1, text), encoding="utf-8")
    stages = tuple(s for s in DEFAULT_STAGES if s != "stories")
    return api.build(sorted(tmp_path.glob("*.txt")), Config(stages=stages)).dossiers[0]


def test_negated_existential_disputes_what_it_rules_out(tmp_path):
    d = _story(tmp_path, [
        "The operator said a lightning strike may have ignited fuel vapour at the depot in Ostrava Bay.",
        "The weather service said there was no lightning over Ostrava Bay on Sunday night.",
    ])
    strike = _claim_with(d, ("00_", "lightning strike"))
    assert strike and strike.status == "disputed"
    x = next(x for x in d.contradictions if strike.id in x.claims)
    assert x.kind == "denial" and any(r.article.startswith("01") for r in x.sides[1])


def test_arrest_and_release_are_two_claims(tmp_path):
    d = _story(tmp_path, [
        "Police arrested the depot's night manager on suspicion of negligence on Monday.",
        "Police said the depot's night manager had been released without charge on Tuesday.",
    ])
    arrest = _claim_with(d, ("00_", "arrested"))
    assert arrest and not any(e.article.startswith("01") for e in arrest.evidence)


def test_no_two_claims_read_alike(examples_dossier, seeds_dossier):
    # a sentence telling two facts ("14 were killed and dozens are missing") gives each claim its own clause
    for d in (examples_dossier, seeds_dossier):
        texts = [c.text for c in d.claims]
        assert len(texts) == len(set(texts)), sorted(t for t in texts if texts.count(t) > 1)
    first = _claim_with(examples_dossier, ("001", "dozens more are missing"))
    second = _claim_with(examples_dossier, ("001", "dozens more are missing"), besides=[first])
    assert first and second
    texts = {first.text, second.text}
    assert any("missing" in t and "killed" not in t for t in texts)
    assert any("killed" in t and "missing" not in t for t in texts)


def test_one_dispute_per_two_values_of_a_count(tmp_path):
    # four reports on four days, two figures, the later lower: one dispute whose sides carry every report of
    # each figure
    d = _story(tmp_path, [
        "The mayor said about 3,000 people had been evacuated from the town.",
        "Some 3,000 residents were evacuated from the town, the mayor told reporters.",
        "The district said about 1,200 people were evacuated from the town overnight.",
        "About 1,200 people were evacuated from the town, district officials said.",
    ])
    figures = [x for x in d.contradictions if x.kind == "figures"]
    assert len(figures) == 1
    sides = sorted(sorted(r.article[:2] for r in side) for side in figures[0].sides)
    assert sides == [["00", "01"], ["02", "03"]]


@pytest.mark.parametrize("first, second, needle", [
    # what is due is not what happened
    ("The State Assembly is due to vote on the opposition's no-confidence motion on Thursday.",
     "The government survived the opposition's no-confidence motion in the State Assembly on Thursday.",
     "due to vote"),
    # look-alike facts on different days (articles dated 1 and 2 May 2026: Wednesday 29 April, Friday 1 May)
    ("The district lifted the shelter-in-place order for Hollowmere on Wednesday morning.",
     "The district lifted the evacuation order for Hollowmere on Friday afternoon.",
     "lifted"),
    # a shared number that counts other things is no shared figure
    ("The defence ministry said the rebels had violated the truce 11 times in its first day.",
     "The bodies of 11 fighters from each side were handed over at the bridge.",
     "violated"),
    # one named person killed is not another
    ("State television said a senior rebel commander, Emil Sarkovic, had been killed in a raid near Velmar.",
     "The rebels said their deputy commander, Tomas Verik, had been killed in a raid near Velmar.",
     "Sarkovic"),
    # one named person killed is not a count of people killed
    ("The army said rebel commander Emil Sarkovic had been killed in an airstrike on Ostrel.",
     "Five people were killed in an airstrike on Ostrel, according to the town's hospital.",
     "Sarkovic"),
    # a bare report names no happening: the man who spoke is not the man who went
    ("His father, the movement's founder Rustam Keshely, attended Thursday's signing in Tirzan and has not "
     "commented publicly since.",
     "His father, Rustam Kesheli, the movement's founder, said in a brief message from Tirzan that his son "
     '"died as he lived, among his fighters".',
     "attended"),
    # one of a series is not the next
    ("The first relief flight, chartered by the World Health Council, landed at Halvard airport.",
     "A second aid flight, chartered by CareBridge Medical, landed at Halvard airport.",
     "first relief"),
    # a thing planned is not the thing done
    ("The anti-doping agency said the B-sample would be opened at the Brennhof laboratory on Tuesday.",
     "The B-sample was opened at the Brennhof laboratory on Tuesday, the anti-doping agency said.",
     "would be opened"),
    # a named person acted on is not a thing of theirs
    ("Ilana Varsek was provisionally suspended by the athletics federation on Friday.",
     "Sportswear brand Korvo suspended its contract with Ilana Varsek on Friday.",
     "provisionally"),
    # one man arrested is not three
    ("Police arrested three men among the survivors on suspicion of people smuggling.",
     "Police arrested a man in Tarsena on suspicion of organising the crossing.",
     "three men"),
    # what is sought is not what is had
    ("Koss Partners received payments from Ostvale while the company was pursuing a 46-million-crown road "
     "maintenance contract.",
     "Ostvale was later awarded a 46-million-crown maintenance contract by the ministry.",
     "pursuing"),
    # a contract handed over without a tender is not one won in a tender
    ("The documents indicate that the contract was handed to Ostvale without an open tender.",
     "Ostvale said that it had won the contract in an open and competitive tender.",
     "without an open tender"),
    # a motion withdrawn undoes the one tabled
    ("The opposition Civic Alliance tabled a motion of no confidence in the minister on Tuesday afternoon.",
     "The opposition Civic Alliance withdrew its no-confidence motion against the minister on Thursday.",
     "tabled"),
    # two plain verbs of unlike sense
    ("Governor Selim Haddaoui told reporters that the hostages included four Norvalians and three Belmarians.",
     "The Sabrat Front is believed to be holding seven more hostages, including four Norvalians.",
     "included"),
])
def test_two_facts_stay_two_claims(tmp_path, first, second, needle):
    d = _story(tmp_path, [first, second])
    claim = _claim_with(d, ("00_", needle))
    assert claim and not any(e.article.startswith("01") for e in claim.evidence)


def test_two_terms_for_one_sentence_are_a_dispute(tmp_path):
    d = _story(tmp_path, [
        "Former transport minister Radomir Hallek was sentenced to seven years in prison on Tuesday.",
        "Former transport minister Radomir Hallek was handed eight years behind bars on Tuesday.",
    ])
    [x] = [x for x in d.contradictions if x.kind == "figures"]
    assert sorted(r.article[:2] for side in x.sides for r in side) == ["00", "01"]


def test_a_denial_of_anyone_disputes_someone_named(tmp_path):
    # "denied that any athlete had been suspended" covers the champion whose suspension is confirmed later
    d = _story(tmp_path, [
        "The athletics federation on Saturday denied that any athlete had been suspended.",
        "The athletics federation has confirmed that world champion Ilana Varsek has been suspended.",
    ])
    claim = _claim_with(d, ("01_", "Varsek"))
    assert {(e.article[:2], e.stance) for e in claim.evidence} >= {("00", "denies"), ("01", "asserts")}
    assert any(x.kind == "denial" and claim.id in x.claims for x in d.contradictions)


def test_a_correction_disputes_the_report_it_corrects(tmp_path):
    # the correction denies the four-year ban; the two lengths told are a dispute about the champion's ban
    d = _story(tmp_path, [
        "Ilana Varsek is said to have been handed a four-year ban by the athletics federation's panel.",
        "Correction: an earlier version of this article incorrectly reported that Ilana Varsek had been banned "
        "for four years.",
        "The athletics federation banned Ilana Varsek from competition for two years.",
    ])
    four = _claim_with(d, ("00_", "four-year"))
    assert {(e.article[:2], e.stance) for e in four.evidence} == {("00", "hedged"), ("01", "denies")}
    assert any(x.kind == "denial" and four.id in x.claims for x in d.contradictions)
    [terms] = [x for x in d.contradictions if x.kind == "figures"]
    assert "Ilana Varsek" in terms.topic and "e-" not in terms.topic


def test_police_and_officers_are_one_actor_for_a_denial(tmp_path):
    # an unnamed actor told in other words ("police" / "officers") is one actor: the denial joins what it denies
    d = _story(tmp_path, [
        "The interior ministry denied that police had used live ammunition against demonstrators in Helvask.",
        "The interior ministry conceded on Tuesday that officers had used live ammunition against demonstrators "
        "in Helvask.",
    ])
    used = _claim_with(d, ("00_", "police had used live ammunition"), ("01_", "officers had used live ammunition"))
    assert used is not None and {e.stance for e in used.evidence} == {"denies", "asserts"}
    assert any(x.kind == "denial" and used.id in x.claims for x in d.contradictions)


def test_a_denial_joins_what_it_denies_in_other_plain_words(tmp_path):
    # two verbs the encoder sets apart out of context ("spotted" / "seen"), in clauses it finds alike
    d = _story(tmp_path, [
        "Mayor Oskar Kallisz is said to have been spotted at Kessling airport late on Tuesday evening.",
        "His spokesman dismissed tabloid reports that the mayor had been seen at Kessling airport on Tuesday.",
    ])
    seen = _claim_with(d, ("00_", "spotted at Kessling airport"), ("01_", "seen at Kessling airport"))
    assert seen is not None and {e.stance for e in seen.evidence} == {"hedged", "denies"}
    assert seen.status == "disputed"


def test_two_denials_of_one_fault_in_a_word_the_lexicon_lacks(tmp_path):
    # "had any engine problem" is only its light verb, "had any engine fault" a fault: clauses this close are one
    # happening, for a denial too
    d = _story(tmp_path, [
        "Brenholt Shipping has repeatedly denied that the vessel had any engine problem before the grounding.",
        "Brenholt had earlier denied that the tanker had any engine fault before the grounding.",
    ])
    fault = _claim_with(d, ("00_", "had any engine problem"), ("01_", "had any engine fault"))
    assert fault is not None and {e.stance for e in fault.evidence} == {"denies"}


def test_a_named_actor_and_a_word_close_to_its_kind(tmp_path):
    # "the vessel" is the tanker the story names ("the oil tanker Aurelia Crest"), though no report calls it a vessel
    d = _story(tmp_path, [
        "The oil tanker Aurelia Crest struck Harrow Reef late on Monday, the coast guard said.",
        "The vessel struck the reef late on Monday night, officials said.",
    ])
    assert _claim_with(d, ("00_", "Aurelia Crest struck"), ("01_", "vessel struck"))
    # a word far from its kinds is another actor
    d = _story(tmp_path, [
        "The oil tanker Aurelia Crest struck Harrow Reef late on Monday, the coast guard said.",
        "The union struck the reef of demands late on Monday night, officials said.",
    ])
    assert not _claim_with(d, ("00_", "Aurelia Crest struck"), ("01_", "union struck"))


def test_one_plain_verb_in_close_clauses_of_two_words_for_one_thing(tmp_path):
    # "a plane ticket" / "a flight": words the encoder sets apart alone, in clauses it finds alike
    d = _story(tmp_path, [
        "Prosecutors said a one-way plane ticket to the Vestrian capital had been booked in Hallek's name.",
        "According to prosecutors, a one-way flight to Vestria had been booked in Hallek's name.",
    ])
    assert _claim_with(d, ("00_", "plane ticket"), ("01_", "one-way flight"))


def test_no_one_hurt_is_disputed_by_someone_hurt(tmp_path):
    # a casualty denied of anyone ("no one was injured") is disputed by one told of someone; not by another
    # happening ("officers seized two laptops")
    d = _story(tmp_path, [
        "No one was injured during the escape from Hollerbeck prison, according to the justice ministry.",
        "The guards' union said one of its members had been struck on the head during the breakout and treated in "
        "hospital.",
        "Police officers seized two laptops during a search near Hollerbeck prison after the escape.",
    ])
    denied = [x for x in d.contradictions if x.kind == "denial"]
    assert len(denied) == 1
    sides = [{r.article[:2] for r in side} for side in denied[0].sides]
    assert sides == [{"01"}, {"00"}]


def test_a_copy_edited_to_another_fact_is_another_claim(tmp_path):
    # one report relayed with an edit that changes the fact: announced, then done
    common = ("Leaked documents show that Ostvale paid Koss Partners 1.2 million crowns. The minister rejected the "
              "allegations at a committee hearing on Monday. His chief of staff was suspended pending an internal "
              "review. ")
    d = _story(tmp_path, [
        common + "The opposition Civic Alliance party would table a motion of no confidence in the minister on "
                 "Tuesday, its leader said.",
        common + "The opposition Civic Alliance party tabled a motion of no confidence in the minister on Tuesday, "
                 "its leader said."])
    assert any(r.kind == "copy" for r in d.reuse)
    announced = _claim_with(d, ("00_", "would table"))
    assert announced and not any(e.article.startswith("01") for e in announced.evidence)
    assert _claim_with(d, ("00_", "suspended"), ("01_", "suspended"))  # what the copy keeps is one claim


def test_claim_text_names_what_it_tells(tmp_path):
    # a sentence with a pronoun for what is told reads only beside the one before: another telling is the text
    d = _story(tmp_path, [
        "Leaked invoices show fees paid to Koss Partners. Papers prepared for the Standards Committee put it at "
        "around 900,000 crowns.",
        "Figures seen by the Standards Committee put the fees paid to Koss Partners at about 900,000 crowns.",
    ])
    claim = _claim_with(d, ("00_", "put it at"), ("01_", "put the fees"))
    assert claim is not None and "put it at" not in claim.text


def test_a_denial_that_it_was_about_to_happen_is_disputed_by_the_deed(tmp_path):
    # the later report supersedes the denial: one claim in dispute; a call for the act is not the act
    d = _story(tmp_path, [
        "The prime minister's office denied reports that Infrastructure Minister Tomas Veldran was about to resign.",
        "Infrastructure Minister Tomas Veldran resigned on Wednesday evening after four days of pressure.",
        "Opposition leader Ruta Malenko said his position was untenable and called on him to resign.",
        "Infrastructure Minister Tomas Veldran said he would not resign.",
    ])
    resigned = _claim_with(d, ("00_", "about to resign"), ("01_", "resigned on Wednesday"))
    assert resigned is not None and {e.stance for e in resigned.evidence} == {"denies", "asserts"}
    assert resigned.status == "disputed"
    # a call for it is not the act; his own refusal is not a denial the deed overturns, but a reversal
    assert not any(e.article.startswith(("02_", "03_")) for e in resigned.evidence)


def test_one_happening_on_one_day_is_one_claim(tmp_path):
    # one happening to one person dated to one day, told in other words; another day's is another claim
    d = _story(tmp_path, [
        "The man had been taken into custody on the evening of 9 March.",
        "A 42-year-old local man had been arrested on 9 March on suspicion of arson.",
        "A 42-year-old local man was arrested again on 14 March.",
    ])
    held = _claim_with(d, ("00_", "taken into custody"), ("01_", "arrested on 9 March"))
    assert held is not None and not any(e.article.startswith("02_") for e in held.evidence)


def test_one_named_alive_disputes_his_death(tmp_path):
    # "X is alive" denies X was killed; "martyred" is killed; "some of them are alive" names no one
    d = _story(tmp_path, [
        "The army said that Aleks Kesheli, the movement's commander in the Zaveli sector, had been killed in an "
        "airstrike.",
        '"Commander Kesheli is alive and is with his men," the movement\'s spokesman Tamar Oskely said.',
        'In a statement, the movement said Kesheli had been "martyred" in the strike.',
    ])
    killed = _claim_with(d, ("00_", "had been killed"), ("01_", "is alive"), ("02_", "martyred"))
    assert killed is not None and killed.status == "disputed"
    assert {e.stance for e in killed.evidence if e.article.startswith("01_")} == {"denies"}


def test_a_quote_opening_over_two_sentences_still_tells_its_fact(tmp_path):
    d = _story(tmp_path, [
        '"Deposits at Corvane Bank are safe. No customer will lose a single crown," the finance minister said.',
        "The finance minister said deposits at Corvane Bank were safe despite the raid.",
    ])
    safe = _claim_with(d, ("00_", "Deposits at Corvane Bank are safe"), ("01_", "deposits at Corvane Bank were safe"))
    assert safe is not None


def test_a_denial_of_the_sentence_before_is_not_of_a_denial(tmp_path):
    # '"I will not step down," X said. He rejected the allegations': the allegations are not his refusal
    d = _story(tmp_path, [
        '"I have done nothing wrong and I will not step down," finance minister Anders Kallbrenner told reporters. '
        "He categorically rejected the allegations.",
        "Finance minister Anders Kallbrenner said he would not step down over the leaked documents.",
    ])
    refusal = _claim_with(d, ("00_", "I will not step down"))
    assert refusal is not None
    assert not any("rejected the allegations" in d.article(e.article).sentences[e.sentence].text
                   for e in refusal.evidence)


def test_one_figure_put_and_told_is_one_claim(tmp_path):
    # who puts a figure is its source: "prosecutors put the bribes at" is the payment told with that figure
    d = _story(tmp_path, [
        "Businessman Ilias Marovic paid Radomir Hallek about 2.4 million talers through sham consultancy contracts.",
        "Prosecutors have put the bribes paid to Radomir Hallek at 2.4 million talers.",
    ])
    assert _claim_with(d, ("00_", "paid Radomir Hallek"), ("01_", "put the bribes"))


@pytest.mark.parametrize("first, second", [
    # a report noun is no thing of its own: what is rejected is what the claims are of
    ("St Benedict's District Hospital denied the allegation.",
     "St Benedict's District Hospital continued to deny the claims."),
    # one plain verb of two words for one thing, with one figure
    ("The Aldermark Geological Survey measured the quake at magnitude 7.1.",
     "The Aldermark Geological Survey measured the main shock at magnitude 7.1 on Tuesday."),
])
def test_one_plain_verb_of_one_thing_is_one_claim(tmp_path, first, second):
    d = _story(tmp_path, [first, second])
    assert _claim_with(d, ("00_", first[-20:-1]), ("01_", second[-20:-1]))


def test_what_the_story_calls_a_named_actor_is_that_actor(tmp_path):
    # "the oil tanker X" is what "the tanker" stands for; another kind of actor stays another
    d = _story(tmp_path, [
        "The oil tanker Aurelia Crest struck Harrow Reef late on Monday.",
        "The tanker struck the reef late on Monday night, the coast guard said.",
        "The coast guard cutter struck the reef late on Monday night while towing a barge.",
    ])
    struck = _claim_with(d, ("00_", "Aurelia Crest struck"), ("01_", "The tanker struck"))
    assert struck is not None and not any(e.article.startswith("02_") for e in struck.evidence)


def test_a_countrys_ministry_acts_for_it(tmp_path):
    # the entity stage keeps Kessaria and its foreign ministry apart as things; as actors they are one, and the
    # other country's ministry is another
    d = _story(tmp_path, [
        "Kessaria expelled four Lurovian diplomats on Tuesday. Lurovia expelled one Kessarian diplomat on Monday.",
        "The Kessarian Foreign Ministry expelled four Lurovian diplomats on Tuesday, in retaliation.",
    ])
    names = {e.name for e in d.entities}
    assert "Kessaria" in names and "Kessarian Foreign Ministry" in names
    four = _claim_with(d, ("00_", "Kessaria expelled four"))
    assert four and {e.article[:2] for e in four.evidence} == {"00", "01"}


def test_the_diplomat_may_be_the_diplomat_named(tmp_path):
    # what befalls "the diplomat" and what befalls Vaskovic, "the Kessarian diplomat Dmitar Vaskovic", may be one
    # fact: no veto parts them (another named person would)
    from newsfuse.fusion.claims import extract_units
    from newsfuse.fusion.claims.vetoes import _vetoed

    d = _story(tmp_path, [
        "Police detained the Kessarian diplomat Dmitar Vaskovic on Sunday. Officials said the diplomat had been "
        "engaged in espionage.",
        "The ministry denied that Dmitar Vaskovic had been engaged in espionage. It denied that Anton Feyer had "
        "been engaged in espionage.",
    ])
    units = [u for u in extract_units(d) if u.classes == {"spy"}]
    said = next(u for u in units if u.article.startswith("00"))
    named = [u for u in units if u.article.startswith("01")]
    assert said.theme == "diplomat" and len(named) == 2
    vaskovic = next(u for u in named if said.theme in u.theme_kinds)
    feyer = next(u for u in named if u is not vaskovic)
    assert not _vetoed(said, vaskovic) and _vetoed(said, feyer)


def test_a_denial_of_a_named_actor_meets_what_the_story_calls_it(tmp_path):
    # "the Astrid Vell did not sink" denies "the burning ferry had sunk" when the story calls the Astrid Vell a
    # ferry: one actor, so no veto parts them; a tug that did not sink is another actor
    from newsfuse.fusion.claims import extract_units
    from newsfuse.fusion.claims.vetoes import _vetoed
    from newsfuse.fusion.claims.pairs import similarities
    from newsfuse.similarity import ENCODERS

    d = _story(tmp_path, [
        "The passenger ferry Astrid Vell caught fire off Skarra on Tuesday with 300 people aboard.",
        "Contrary to early reports, the Astrid Vell did not sink, the coast guard said. The Halvard tug did not sink "
        "either.",
        "The burning ferry sank in the early hours of Wednesday, the local radio station reported.",
    ])
    units = extract_units(d)
    sims = similarities(units, ENCODERS.get())
    sank = next(u for u in units if u.article.startswith("02") and u.stance == "asserts" and u.verb == "sink")
    denied = [u for u in units if u.article.startswith("01") and u.stance == "denies" and u.verb == "sink"]
    vell = next(u for u in denied if u.sentence == 0)
    tug = next(u for u in denied if u.sentence == 1)
    assert sank.subject_head == "ferry" and "ferry" in vell.subject_kinds
    assert not _vetoed(vell, sank, sims) and _vetoed(tug, sank, sims)


def test_a_named_actor_and_a_noun_whose_names_only_qualify_it(tmp_path):
    # "the Baltic Princess's operator" names the ferry, not the actor: the operator may be Norvik Ferries, which
    # the story calls the operator; the ferry's captain may not
    from newsfuse.fusion.claims import extract_units
    from newsfuse.fusion.claims.vetoes import _vetoed

    norvik = ("Norvik Ferries has set aside 3 million crowns to compensate the families of the victims. Norvik "
              "Ferries, the operator of the Baltic Princess, said the captain had been suspended.")
    told = "The Baltic Princess's {} has set aside 3 million crowns to compensate the victims' families."
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
    d = _story(tmp_path / "a", [norvik, told.format("operator")])
    assert _claim_with(d, ("00_", "Norvik Ferries has set aside"), ("01_", "operator has set aside"))
    d = _story(tmp_path / "b", [norvik, told.format("operator"), told.format("captain")])
    fund, operator, captain = (next(u for u in extract_units(d) if u.article.startswith(p) and u.sentence == 0)
                               for p in ("00", "01", "02"))
    assert operator.subject and not operator.subject & fund.subject  # the ferry, not the company
    assert not _vetoed(fund, operator) and _vetoed(fund, captain)


def test_a_fact_only_denied_disputes_the_claim_kept_apart_that_asserts_it(tmp_path, monkeypatch):
    # the two clauses are apart as claims (the model puts the pair at about 0.44, under its join), but the
    # denial answers the turning away: linked as a dispute when the model is that sure, not when it is less
    from newsfuse.fusion.claims import disputes

    texts = ["The hospital turned away dozens of patients on Sunday night because its wards were full, residents "
             "said.", "The hospital's director denied that any patient had been refused treatment."]
    for bar, linked in ((0.4, True), (0.5, False)):
        monkeypatch.setattr(disputes, "DENIED_LINK", bar)
        (tmp_path / str(bar)).mkdir()
        d = _story(tmp_path / str(bar), texts)
        turned, denied = _claim_with(d, ("00_", "turned away")), _claim_with(d, ("01_", "refused treatment"))
        assert turned is not denied and [e.stance for e in denied.evidence] == ["denies"]
        found = [x for x in d.contradictions if set(x.claims) == {turned.id, denied.id}]
        assert bool(found) is linked
        if linked:
            assert found[0].kind == "denial" and turned.status == "disputed"
            assert [r.article[:3] for r in found[0].sides[0]] == ["00_"]


def test_staying_now_is_no_dispute_of_leaving_later(tmp_path):
    # remaining at home today and going to the office tomorrow are told of two times: no opposite happenings;
    # remaining and leaving told of one time are
    later = _story(tmp_path, [
        "Prime Minister Mohammad Ghazi al-Jalali said he remains in his home in Damascus.",
        "Prime Minister Mohammad Ghazi al-Jalali said he would go to his office in the morning to continue work.",
    ])
    assert not [x for x in later.contradictions if x.kind == "opposite"]
    (tmp_path / "now").mkdir()
    now = _story(tmp_path / "now", [
        "Prime Minister Mohammad Ghazi al-Jalali said he remains in his home in Damascus.",
        "Prime Minister Mohammad Ghazi al-Jalali fled Damascus on Sunday, officials said.",
    ])
    assert [x for x in now.contradictions if x.kind in ("opposite", "denial")]


def test_a_denial_of_reports_of_a_thing_joins_the_sentence_before_only_when_it_tells_the_thing(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    d = _story(tmp_path / "a", [
        "Police have arrested six suspected looters in Brennick since Tuesday. Olastow's water company again "
        "dismissed rumours of contamination and said tap water was safe to drink.",
    ])
    arrest = _claim_with(d, ("00_", "arrested six suspected looters"))
    assert arrest and arrest.status != "disputed" and all(e.sentence == 0 for e in arrest.evidence)
    d = _story(tmp_path / "b", [
        "Observers said they had recorded ballot stuffing at several polling stations in the capital. Brask "
        "rejected claims of ballot stuffing, saying any irregularities were isolated.",
    ])
    stuffing = _claim_with(d, ("00_", "recorded ballot stuffing"))
    assert stuffing and {e.stance for e in stuffing.evidence if e.sentence == 1} == {"denies"}


def test_denials_of_what_two_sentences_before_tell_are_two(tmp_path):
    # "called the claim nonsense" and "called the report false" say nothing of which report: the sentences before
    # them do (plans to freeze accounts; losses of 900 million)
    d = _story(tmp_path, [
        "The Klaxon can reveal that bank bosses drew up secret plans to freeze customers' accounts. "
        'Vantrell Bank yesterday called the claim "nonsense".',
        "The Ledger Line reported that Vantrell Bank stood to lose 900 million crowns on its property loans. "
        "Vantrell Bank called the report false.",
    ])
    plans = _claim_with(d, ("00_", "plans to freeze"), ("00_", "nonsense"))
    losses = _claim_with(d, ("01_", "900 million"), ("01_", "called the report false"))
    assert plans is not None and losses is not None and plans is not losses
    assert {e.stance for e in plans.evidence} == {"asserts", "denies"}


def test_talks_denied_dispute_the_talks_reported(tmp_path):
    # "is in talks to buy" and "was not in negotiations": one happening (talks) of one bank, denied
    d = _story(tmp_path, [
        "Rival lender Corvasse Bank is in talks to buy Vantrell Bank, two people familiar with the matter said.",
        'A Corvasse Bank spokeswoman said on Tuesday that the bank was "not in negotiations with Vantrell Bank".',
    ])
    talks = _claim_with(d, ("00_", "in talks to buy"))
    assert talks is not None and talks.status == "disputed"
    assert {(e.article[:3], e.stance) for e in talks.evidence} == {("00_", "asserts"), ("01_", "denies")}
    assert any(talks.id in x.claims for x in d.contradictions)


def test_a_sponsor_denying_it_dropped_her_disputes_its_cutting_ties(tmp_path):
    d = _story(tmp_path, [
        "Luxury watchmaker Halden and Rusk is also said to have quietly cut ties with the star, according to an "
        "industry source.",
        "Watchmaker Halden & Rusk rejected reports that it had dropped Varsek.",
    ])
    cut = _claim_with(d, ("00_", "cut ties"))
    denied = _claim_with(d, ("01_", "dropped Varsek"))
    assert cut is not None and denied is not None
    assert any({cut.id, denied.id} <= set(x.claims) for x in d.contradictions)


def test_a_sinking_told_wrongly_disputes_the_sinking_reported(tmp_path):
    d = _story(tmp_path, [
        "A fire broke out on the Astrid Vell ferry on Tuesday. The burning ferry had sunk in the early hours of "
        "Wednesday, the station reported.",
        "A fire broke out on the Astrid Vell ferry on Tuesday. The ferry, which some early reports wrongly said had "
        "sunk, was still drifting on Wednesday, watched by a coast guard vessel.",
    ])
    sank = _claim_with(d, ("00_", "had sunk"), ("01_", "wrongly said"))
    assert sank is not None and sank.status == "disputed"
    assert {(e.article[:3], e.stance) for e in sank.evidence} == {("00_", "asserts"), ("01_", "denies")}


def test_a_truce_kept_and_a_truce_broken_by_one_party_are_opposed(tmp_path):
    d = _story(tmp_path, [
        "Ardesia's army accused Kolvaria of violating the ceasefire on Thursday.",
        'Kolvaria\'s defence ministry insisted it had "strictly observed" the truce.',
    ])
    broken = _claim_with(d, ("00_", "violating the ceasefire"))
    kept = _claim_with(d, ("01_", "strictly observed"))
    assert broken is not None and kept is not None and broken is not kept
    assert any(x.kind == "opposite" and {broken.id, kept.id} == set(x.claims) for x in d.contradictions)


def test_water_called_safe_disputes_its_contamination(tmp_path):
    d = _story(tmp_path, [
        "Sewage from a burst main contaminated the city's drinking water supply, the health ministry said.",
        "Sewage had contaminated the drinking water supply in Lomazi, officials said on Wednesday.",
        "The water utility insisted that the city's drinking water supply was safe.",
    ])
    claim = _claim_with(d, ("00_", "contaminated the city's drinking water"), ("01_", "Sewage had contaminated"))
    assert claim is not None and claim.status == "disputed"
    assert {e.article[:3]: e.stance for e in claim.evidence}.get("02_") == "denies"


def test_a_warning_given_is_one_with_being_told(tmp_path):
    # a warning informs of a danger: the operator "never told of cracks" denies the inspectors' warning of them
    d = _story(tmp_path, [
        "The Transport Ministry said its inspectors had warned Nordval about cracks in the bridge's third pier in "
        "April.",
        "Nordval said it had never been informed of any cracks in the bridge's third pier.",
    ])
    warned = _claim_with(d, ("00_", "warned Nordval about cracks"), ("01_", "never been informed"))
    assert warned is not None and warned.status == "disputed"


def test_a_denial_of_the_sentence_before_is_of_its_report_not_its_relative_clause(tmp_path):
    # "Vantrell dismissed the report" denies the losses reported, not the developer's collapse told beside them
    d = _story(tmp_path, [
        "The Ledger Line reported on Saturday that Vantrell faced losses of 900 million crowns on loans to Castellan "
        "Estates, which went into administration on 2 October. Vantrell dismissed the report.",
        "Castellan Estates went into administration on 2 October, owing its lenders 2 billion crowns.",
    ])
    collapse = _claim_with(d, ("01_", "went into administration"))
    assert collapse is not None
    assert not any(e.stance == "denies" for e in collapse.evidence)


def test_a_denied_restriction_disputes_a_limit_told(tmp_path):
    # "restricted withdrawals" and "limiting withdrawals" tell one happening: the denial answers the report
    d = _story(tmp_path, [
        "According to unconfirmed reports, several Corvane branches in the capital were limiting cash withdrawals "
        "to 5,000 crowns a day.",
        "Corvane on Thursday denied that it had restricted withdrawals at any of its branches.",
    ])
    assert any({s.article[:3] for s in x.sides[0]} | {s.article[:3] for s in x.sides[1]} == {"00_", "01_"}
               for x in d.contradictions)


def test_a_lede_summing_up_its_body_adds_no_source(tmp_path):
    # the opening line restates what the body tells on a named person's word: one source, not two
    d = _story(tmp_path, [
        "Opposition forces declare Tarsk free of Dorran rule as the president reportedly flees the country.\n\n"
        "Hadi Varsan, who heads the Karvelian political opposition coalition overseas, declared Tarsk \"free of "
        "Dorran\" and congratulated the Karvelian people.",
    ])
    claim = _claim_with(d, ("00_", "Opposition forces declare"), ("00_", "Hadi Varsan"))
    assert claim is not None and claim.independent_sources == 1 and claim.status == "single-source"
