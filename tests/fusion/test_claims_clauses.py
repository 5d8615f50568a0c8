"""Clause heads: which clauses of a sentence state something, and with what stance (clauses.py), seen through
the units built on them."""

from __future__ import annotations

import pytest


def test_said_in_a_statement_that_tells_what_was_said(units_of):
    # the parse hangs the clause on "statement": it is what the operator said, not a report it relays
    units = units_of("Brenholt Shipping, which operates the tanker, said in a statement that around 800 tonnes of "
                     "oil had escaped from a damaged cargo tank.")
    escaped = next(u for u in units if u.verb == "escape")
    assert escaped.stance == "asserts" and escaped.numbers == {800.0}
    # the saying is no clause of its own
    assert [u.verb for u in units] == ["escape"]


def test_rumours_denied_in_the_passive_deny_their_content(units_of):
    # "Rumours that X were denied" denies X; it does not deny the sentence before
    units = units_of("A precautionary fishing ban also covers Zone 2. Rumours that a second vessel, the Selene Star, "
                     "was leaking were denied by the coast guard on Wednesday.")
    leaking = next(u for u in units if u.verb == "leak")
    assert leaking.stance == "denies"
    assert not any(u.refers_back for u in units)


@pytest.mark.parametrize("text, verb, stance", [
    ("Rescuers warned that the dam could collapse at any moment.", "collapse", "asserts"),
    ("Bosses whinge the plant lost 150 million euros last year.", "lose", "asserts"),
    ("The union hopes that the plant will stay open until December.", "stay", "hedged"),
])
def test_a_verb_of_saying_the_lexicon_does_not_list_tells_its_clause(units_of, text, verb, stance):
    told = [u for u in units_of(text) if u.verb == verb]
    assert told and told[0].stance == stance


@pytest.mark.parametrize("text", [
    "Its leader on the city council, Ivana Rusk, also demanded that the Lindenfeld tender be frozen.",
    "But Drozd no longer disputes that the diplomat met the Lurovian engineer.",
])
def test_a_demand_or_a_dispute_does_not_tell_its_clause(units_of, text):
    assert not [u for u in units_of(text) if u.verb in ("freeze", "meet")]


@pytest.mark.parametrize("text, verb", [
    ("The bridge partly collapsed on Monday, the roads directorate has confirmed.", "collapse"),
    ("Part of the town's Halvard Bridge fell into the river on Monday, the roads directorate now admits.", "fall"),
])
def test_a_clause_told_before_its_reporter(units_of, text, verb):
    # the parse hangs the clause on the reporter's noun (even tagging it a verb): the clause is what is reported
    told = [u for u in units_of(text) if u.verb == verb]
    assert told and told[0].stance == "asserts" and any(not c.startswith("verb:") for c in told[0].classes)


def test_a_participle_phrase_with_a_happening_tells_a_fact_of_its_own(units_of):
    # "struck ..., killing at least 12 people": the killing is a unit, its actor the clause's, its figure its own
    units = units_of("An earthquake struck the Dorsa valley on Monday, killing at least 12 people.")
    killing = next(u for u in units if u.verb == "kill")
    struck = next(u for u in units if u.verb == "strike")
    assert "kill" in killing.classes and killing.numbers == {12.0} and killing.subject_head == "earthquake"
    assert not struck.numbers  # the quake told without a toll is the same quake
    # coordinated participles each tell theirs
    storm = units_of("The storm hit the coast on Sunday, destroying 300 homes and displacing thousands.")
    assert {"damage", "displace"} <= {c for u in storm for c in u.classes}
    swept = units_of("Rebels swept through the north on Sunday, taking control of Aleppo.")
    assert any(u.verb == "take" and "take" in u.classes and u.subject_head == "rebel" for u in swept)


@pytest.mark.parametrize("text, verb", [
    ("The army shelled the village, leaving 12 dead.", "leave"),          # how it ended, no departure
    ("Police fired tear gas, using water cannon too.", "use"),            # how, not what
    ("A strong aftershock shook the town on Wednesday, sending rescue workers scrambling out of the ruins.", "send"),
])
def test_a_participle_that_tells_how_or_what_followed_is_no_fact(units_of, text, verb):
    assert not any(u.verb == verb for u in units_of(text))


def test_a_when_clause_in_the_past_tells_a_fact(units_of):
    # "when" is parsed as an adverb, not a mark: the clause still tells its happening
    units = units_of("The fire that broke out when the freight train derailed late on Monday was still burning.")
    assert any(u.verb == "derail" and u.subject_head == "train" for u in units)
    # one in the present or ahead tells nothing yet
    ahead = units_of("Her lawyer wants an independent expert in the room when her B-sample is opened.")
    assert not any(u.verb == "open" for u in ahead)


def test_a_participle_after_its_noun_tells_what_befell_it(units_of):
    # a past participle set after its noun, dated, tells a happening of its own
    units = units_of("Internet access, cut on Monday night, had still not been restored by late last night.")
    cut = next(u for u in units if u.verb == "cut")
    assert cut.stance == "asserts" and cut.days
    assert cut.clause == "Internet access cut on Monday night"  # the noun it befell, read with it
    units = units_of("Mira Ostrova, the opposition leader detained on Tuesday, was released on bail late on Wednesday.")
    detained = next(u for u in units if u.verb == "detain")
    released = next(u for u in units if u.verb == "release")
    assert detained.classes == {"arrest"} and detained.theme and detained.theme.startswith("e-")
    assert detained.theme in released.entities
    # a thing named by where it comes from, and a figure named by who reported it, tell no happening
    units = units_of("Calendar entries published by the Courier appear to show that a meeting took place in June. "
                     "Medics said they had treated 300 injured people, far more than the 87 reported by the ministry.")
    assert not any(u.verb in ("publish", "report") for u in units)


def test_a_participle_after_the_subject_with_what_it_was_over(units_of):
    # set after the subject it befell, told with what it was over or where: asserted, even in a denial
    units = units_of("Two men arrested in Carvenia over the theft of paintings from the gallery had nothing to do "
                     "with the crime, their lawyer said on Wednesday.")
    arrested = next(u for u in units if u.verb == "arrest")
    assert arrested.classes == {"arrest"} and arrested.stance == "asserts"
    units = units_of("A man charged with the murder of the journalist appeared in court on Friday.")
    assert any(u.classes == {"charge"} and u.stance == "asserts" for u in units)
    # told only with where it came from, it names the thing ("the painting stolen from the gallery")
    assert not any(u.verb == "steal" for u in units_of("The painting stolen from the gallery was worth millions."))


def test_a_that_clause_parsed_as_a_modifier_of_the_reports_phrase_is_what_is_reported(units_of):
    # the parse hangs "that 260 people had died" on "time", as if it were a relative clause
    units = units_of("But the province's governor, Martha Ivesca, told a news conference in Tarvel at about the same "
                     "time that 260 people had died in her province.")
    died = next(u for u in units if u.verb == "die")
    assert died.stance == "asserts" and died.numbers == {260.0} and "kill" in died.classes
    # a true relative clause is no report's content
    units = units_of("The governor told reporters about the bridge that the army built in 2019.")
    assert not any(u.verb == "build" for u in units)


def test_a_relative_clause_set_off_with_a_day_of_its_own_tells_a_fact(units_of):
    units = units_of("The National Bank of Estravia, which raised its emergency credit line to Vantrell to 8 billion "
                     "crowns on Wednesday from the 5 billion it had offered, will keep the facility in place.")
    raised = next(u for u in units if u.verb == "raise")
    kept = next(u for u in units if u.verb == "keep")
    assert raised.stance == "asserts" and raised.days
    assert raised.subject and raised.subject == kept.subject  # "which": the bank it is set after
    assert raised.numbers == {8e9}  # the figure it was raised from is not the one it tells
    # one without a day describes; one without a comma picks the thing out
    units = units_of("Corvasse, which has operated in Estravia since 2009, confirmed the talks on Friday. "
                     "The company that won the tender on Monday has denied any wrongdoing.")
    assert not any(u.verb in ("operate", "win") for u in units)


def test_a_clause_told_before_a_root_that_reports_nothing_is_a_statement(units_of):
    # the parse makes the first clause the complement of the imperative
    units = units_of("But the guarantee fund has only 3 billion crowns in the kitty, so don't expect miracles.")
    held = next(u for u in units if u.verb == "have")
    assert held.stance == "asserts" and held.numbers == {3e9}
    # a report told that way keeps its own reading ("X says it handed over 52 prisoners; Y puts ...")
    units = units_of("Sorvane says it handed over 52 rebel prisoners at the Varnic bridge on the first day; the "
                     "FDM puts the number of captives released at 40.")
    assert any(u.verb == "hand" and u.numbers == {52.0} for u in units)


def test_a_relative_clause_in_the_past_perfect_with_a_day_tells_a_fact(units_of):
    units = units_of("Civic Alliance leader Ruta Malenko, who had demanded the resignation since Monday, called it "
                     "overdue.")
    assert any(u.verb == "demand" and u.stance == "asserts" for u in units)


def test_a_participle_parsed_as_the_root_leaves_the_sentence_its_own_verb(units_of):
    # "Fishermen moored at the quay were ...": the parse makes "moored" the root and the sentence's verb its
    # complement, with no subject; the fishermen pulled five people out
    units = units_of("Fishermen moored at the Old Quay were the first to reach the scene, and pulled five people "
                     "out of the water before the emergency services arrived.")
    pulled = next(u for u in units if u.verb == "pull")
    assert pulled.subject_head == "fisherman" and pulled.numbers == {5.0} and pulled.stance == "asserts"


def test_told_to_do_something_is_an_instruction(units_of):
    # "were told to stay indoors" is an instruction given, as "were ordered to leave" is, not a report of a
    # staying; "told Reuters the army had withdrawn" still reports the withdrawal
    told = units_of("People across Tarvik were told to stay indoors and keep their windows shut.")
    assert [u.verb for u in told] == ["tell"] and "remain" in told[0].classes
    reported = units_of("A commander told Reuters the army had withdrawn from the city.")
    assert [u.verb for u in reported] == ["withdraw"]


def test_a_toll_raised_and_a_happening_counted_in_a_relative_clause(units_of):
    # "raising the death toll to five" tells the toll, with no actor (the divers raised no toll by killing); "the
    # explosion that killed five workers" tells the killing, by the explosion
    units = units_of("Divers recovered two more bodies from the river on Tuesday night, raising the death toll to "
                     "five.")
    toll = next(u for u in units if "kill" in u.classes)
    assert toll.numbers == {5.0} and not toll.subject_head
    units = units_of("Oskar Brandvoll was questioned by prosecutors over the explosion that killed five workers at "
                     "the refinery.")
    killed = next(u for u in units if "kill" in u.classes)
    assert killed.numbers == {5.0} and killed.subject_head == "explosion"


def test_a_verdict_is_the_courts(units_of):
    # "the court found Hallek guilty of X" is the court's verdict (its actor the court), not a finding it reports
    # of Hallek; the unit keeps the verdict's words
    units = units_of("Earlier in the day the court found Hallek guilty of bribe-taking and money laundering.")
    verdict = next(u for u in units if "convict" in u.classes)
    assert verdict.verb == "find" and verdict.subject_head == "court" and "laundering" in verdict.clause


@pytest.mark.parametrize("text", [
    "The ministry did not deny that Minister Karl Olsen had resigned.",
    "The ministry would neither confirm nor deny reports that Minister Karl Olsen had resigned.",
    "The ministry has not denied reports that Minister Karl Olsen had resigned.",
    "The ministry declined to confirm or deny reports that Minister Karl Olsen had resigned.",
])
def test_a_denial_not_made_denies_nothing(units_of, text):
    # a denying verb negated, or left beside "confirm", leaves the report open: no denial of the resignation
    units = units_of(text)
    assert not [u for u in units if u.stance == "denies"]
    assert all(u.stance == "hedged" for u in units if u.verb == "resign")


@pytest.mark.parametrize("text", [
    "The ministry denied reports that Minister Karl Olsen had resigned.",
    "The ministry did not comment on Tuesday but denied reports that Minister Karl Olsen had resigned.",
])
def test_a_denial_made_still_denies(units_of, text):
    # (a negation of another verb beside it does not cover the denial)
    [u] = [u for u in units_of(text) if u.verb == "resign"]
    assert u.stance == "denies"


@pytest.mark.parametrize("text, verb", [
    ("Hallek was at home when the officers arrived, Velic said, contradicting online rumours that the former "
     "minister had fled abroad.", "flee"),
    ("The union disputes the company's claim that 500 workers will be offered transfers to Brenstad.", "offer"),
])
def test_a_report_contradicted_is_denied(units_of, text, verb):
    assert next(u for u in units_of(text) if u.verb == verb).stance == "denies"


def test_contradicting_a_person_denies_nothing_of_its_own(units_of):
    # whose word the findings go against is told in the relative clause, not denied by the verb
    units = units_of("The findings contradict health officer Pieter Aldane, who said the tap water was safe.")
    assert not [u for u in units if u.stance == "denies" and u.refers_back]


@pytest.mark.parametrize("text, verb", [
    ("The terminal was cleared at noon. It was evacuated within minutes.", "evacuate"),
    ('"We have closed the runway," the mayor told reporters.', "close"),
    ("The dam held overnight. It collapsed shortly after dawn, officials said.", "collapse"),
])
def test_it_or_we_doing_a_named_happening_is_a_statement(units_of, text, verb):
    # as "he resigned" is: the pronoun stands for someone, and the happening is checkable
    assert [u for u in units_of(text) if u.verb == verb]


@pytest.mark.parametrize("text, verb", [
    ("A police officer told the paper that the army had not attacked.", "attack"),
    ("A source told the paper that the captain had not surrendered.", "surrender"),
])
def test_an_actor_not_doing_a_named_happening_is_a_statement(units_of, text, verb):
    # as "the minister is resigning" is: the denial of one actor's happening is checkable
    assert [u.stance for u in units_of(text) if u.verb == verb] == ["denies"]


@pytest.mark.parametrize("text, verb", [
    ("Nobody was arrested, police said.", "arrest"),
    ("Police said nobody had been killed in the blast.", "kill"),
    ("Nobody has been charged.", "charge"),
])
def test_a_happening_befalling_nobody_is_denied(units_of, text, verb):
    # "nobody" names no noun, but the people it befell are none: a checkable denial ("Nobody knows" tells nothing)
    assert [u.stance for u in units_of(text) if u.verb == verb] == ["denies"]
    assert not units_of("Nobody knows what happened.")


@pytest.mark.parametrize("text, stance", [
    ("The army issued a statement on Tuesday, denying that its soldiers had fired on the crowd.", "denies"),
    ("The army issued a statement on Tuesday, not denying that its soldiers had fired on the crowd.", "hedged"),
    ("The army was quick to deny that its soldiers had fired on the crowd.", "denies"),
    ("The army refused to deny that its soldiers had fired on the crowd.", "hedged"),
])
def test_a_denying_participle_denies_its_clause(units_of, text, stance):
    # the clause a participle phrase or an infinitive denies is told, and denied (or left open when the denial is
    # not made)
    [u] = [u for u in units_of(text) if u.verb == "fire"]
    assert u.stance == stance and "attack" in u.classes


@pytest.mark.parametrize("text, verb", [
    ("Residents said they had watched armoured vehicles pull back across the frontier that evening.", "pull"),
    ("A student said she had seen the captain climbing into the first lifeboat.", "climb"),
])
def test_a_witnessing_reported_tells_what_was_seen(units_of, text, verb):
    # what the witness saw is the fact, as the report tells it (the seeing alone tells nothing checkable)
    assert [u.stance for u in units_of(text) if u.verb == verb] == ["asserts"]


@pytest.mark.parametrize("text, stance", [
    ("Interior Minister Jan Kovar, who resigned on Monday, was questioned by police on Friday.", "asserts"),
    ("Interior Minister Jan Kovar, who some reports wrongly said had resigned, was questioned by police.", "denies"),
])
def test_a_relative_clause_tells_of_its_noun(units_of, text, stance):
    # the noun takes the relative pronoun's part ("who resigned": he resigned), whatever its part in the main
    # clause (there he is questioned); a report set in the relative clause tells of the noun too
    units = units_of(text)
    kovar = next(u for u in units if u.verb == "question").entities
    resigned = [u for u in units if u.verb == "resign"]
    assert [u.stance for u in resigned] == [stance] and resigned[0].subject and resigned[0].subject <= kovar


@pytest.mark.parametrize("text, cls, stance", [
    ("A company spokeswoman said reports of overdue inspections were \"false and irresponsible\".", "inspect",
     "denies"),
    ("Reports of an explosion at the plant were false, the company said.", "explode", "denies"),
    ("Reports of a theft were unfounded, police said.", "steal", "denies"),
    ("Reports of a theft were without any foundation, police said.", "steal", "denies"),
    ("Reports of a theft at the gallery were premature, police said.", "steal", "denies"),
    # not called false: told as the report tells it
    ("Reports of an explosion at the plant were not false, the company said.", "explode", "asserts"),
])
def test_a_report_of_a_happening_called_false_denies_it(units_of, text, cls, stance):
    assert [u.stance for u in units_of(text) if cls in u.classes] == [stance]


@pytest.mark.parametrize("text, cls", [
    ("Her camp has distanced itself from early reports that she had blamed contaminated meat.", "cause"),
    ("The ministry distanced itself from reports that the army had shelled the town.", "attack"),
])
def test_a_report_one_distances_oneself_from_is_denied(units_of, text, cls):
    assert [u.stance for u in units_of(text) if cls in u.classes] == ["denies"]


def test_a_figure_withdrawn_is_denied_by_its_own_source(units_of):
    # what the source had reported, taken back: denied
    units = units_of("The Karvonian Relief Society, which reported 14 deaths on Tuesday, has since withdrawn that "
                     "figure.")
    assert [u.stance for u in units if 14 in u.numbers] == ["denies"]
    # troops withdrawn are no report taken back
    assert [u.stance for u in units_of("The army withdrew its troops from the town.") if u.verb == "withdraw"] == [
        "asserts"]


@pytest.mark.parametrize("text, stance", [
    ("The ministry said it was not true that troops had fired on protesters in Varna.", "denies"),
    ("It is not true that troops fired on protesters in Varna.", "denies"),
    ("The army said it was false and misleading to suggest that troops had fired on protesters in Varna.", "denies"),
    # a denying verb inside the reported clause, quoted or not
    ('The army said it "categorically denies" that troops fired on protesters in Varna.', "denies"),
    ("The army disputed accounts that troops had fired on protesters in Varna.", "denies"),
    # a report called false in a word of its own
    ("The ministry branded reports that troops had fired on protesters in Varna as lies.", "denies"),
    ('The army said the reports that troops had fired on protesters in Varna were "fake news".', "denies"),
    # called not true, misleading, speculation, without foundation
    ("The ministry said reports that troops had fired on protesters in Varna were not true.", "denies"),
    ("The ministry said reports that troops had fired on protesters in Varna were misleading.", "denies"),
    ("The army said claims that troops had fired on protesters in Varna were pure speculation.", "denies"),
    ("The army said claims that troops had fired on protesters in Varna were without foundation.", "denies"),
    ("The army said claims that troops had fired on protesters in Varna were true.", "hedged"),
    # "wrong" of a saying gainsays it; "did not deny" leaves it open
    ("The mayor said it was wrong to say that troops had fired on protesters in Varna.", "denies"),
    ("The army did not deny that troops fired on protesters in Varna.", "hedged"),
])
def test_a_clause_called_untrue_is_denied(units_of, text, stance):
    assert [u.stance for u in units_of(text) if "attack" in u.classes] == [stance]


@pytest.mark.parametrize("text", [
    "The minister said it was wrong that patients had waited for hours at the hospital.",
    "The minister said it was not right that patients had waited for hours at the hospital.",
])
def test_a_state_of_things_called_wrong_is_no_denial(units_of, text):
    # "it was wrong that X" judges X; it does not say X did not happen
    assert not any(u.stance == "denies" and u.verb == "wait" for u in units_of(text))


@pytest.mark.parametrize("text, verb", [
    # a figure called false, as a report is
    ('Figures of 100 million crowns that appeared in some newspapers were "fantasy", she said.', "be"),
    # a deed its teller told wrongly
    ("Some early reports wrongly placed the arrest in the capital, Brasko.", "place"),
    # a report dismissed in a clause coordinated inside what is reported
    ("The roads directorate insisted the bridge was intact and dismissed online reports of a collapse.", "dismiss"),
])
def test_what_is_told_false_or_wrongly_is_denied(units_of, text, verb):
    assert [u.stance for u in units_of(text) if u.verb == verb] == ["denies"]


def test_a_director_dismissed_is_no_denial(units_of):
    assert [u.stance for u in units_of("The board dismissed the director on Monday.") if u.verb == "dismiss"] == \
        ["asserts"]


@pytest.mark.parametrize("text, verb, number", [
    ("Spokesman Pavel Drozd said that Vaskovich had been held for nine hours and denied access to a consul.",
     "hold", 9.0),  # "denied" meaning refused: the holding is told, not denied
    ("Brenholt Shipping has not revised its figure of 800 tonnes.", "revise", 800.0),  # the figure stands
    ("CareBridge Medical has not updated its tally of 41 deaths since Wednesday.", "update", 41.0),
])
def test_a_refusal_or_a_figure_not_revised_denies_nothing(units_of, text, verb, number):
    u = next(u for u in units_of(text) if u.verb == verb)
    assert u.stance == "asserts" and not u.negated and number in u.numbers
    # a denial of the holding still denies it
    [u] = [u for u in units_of("The ministry denied that the prisoner had been held for nine hours.")
           if u.verb == "hold"]
    assert u.stance == "denies"


@pytest.mark.parametrize("text, verb", [
    ("Vantrell Bank called the report false and put its losses at 310 million crowns.", "call"),
    ('Government spokeswoman Leila Marouf called the report "pure invention".', "call"),
    ("Colonel Petar Sorensky said there was no truth to the reports.", "say"),
    ('"There is no truth whatsoever in them," Colonel Petar Sorensky said.', "say"),
    ("The Kestrian Defence Ministry said the reports were untrue.", "say"),
    ('"That is simply not true," Colonel Petar Sorensky said.', "say"),
])
def test_a_report_called_false_denies_the_sentence_before(units_of, text, verb):
    # a report with nothing of its own to tell is the one the sentence before gives, as in "X denied the reports"
    units = units_of("Witnesses said soldiers had shelled the village of Marsk. " + text)
    denial = next(u for u in units if u.sentence == 1 and u.verb == verb)
    assert denial.stance == "denies" and denial.refers_back
    # the words of the whole report make the denial's clause
    assert "Sorensky" not in text or "Sorensky" in denial.clause


@pytest.mark.parametrize("text", [
    "Colonel Petar Sorensky said it was not true that soldiers had shelled Marsk.",
    "Colonel Petar Sorensky called the attack a war crime.",
    "Colonel Petar Sorensky said the reports were not false.",
])
def test_no_bare_report_called_false(units_of, text):
    # a clause called untrue is what is denied; a deed named harshly or a report upheld denies nothing before it
    units = units_of("Witnesses said soldiers had shelled the village of Marsk. " + text)
    assert not any(u.refers_back for u in units)
    shelled = [u for u in units if u.sentence == 1 and u.verb == "shell"]
    assert all(u.stance == "denies" for u in shelled) and bool(shelled) == ("not true that" in text)


@pytest.mark.parametrize("text, verb", [
    ("Police chief General Miroš Belanek denied that any detainee had been mistreated.", "mistreat"),
    ("Calverra continues to deny that any door was locked.", "lock"),
])
def test_what_a_denial_governs_is_a_statement_whatever_its_verb(units_of, text, verb):
    # one noun and a verb of no known happening: still the statement denied, not framing
    assert [u.stance for u in units_of(text) if u.verb == verb] == ["denies"]


def test_a_participle_qualifying_a_report_is_not_its_content(units_of):
    # "rumours spread by people ...": who spreads them is no content of the report; the cracks are what is denied
    units = units_of('The water authority on Wednesday dismissed reports of cracks in the Kesna dam as rumours spread '
                     'by people who "want to create panic".')
    assert not [u for u in units if u.verb == "spread"]
    assert [(u.verb, u.stance) for u in units] == [("dismiss", "denies")]


def test_any_of_a_thing_denied_is_a_statement(units_of):
    units = units_of("The finance ministry on Thursday denied reports that any of the aid had already been paid, "
                     "saying disbursement would begin next week.")
    assert [u.stance for u in units if u.verb == "pay"] == ["denies"]


def test_a_report_called_false_takes_what_was_said_not_the_reporters_other_clauses(units_of):
    units = units_of("The coast guard said a second tanker was leaking. Asked about the rumours, a coast guard "
                     'spokeswoman said there was "no truth whatsoever" in them.')
    denial = next(u for u in units if u.sentence == 1)
    assert denial.refers_back and denial.stance == "denies" and not denial.classes


def test_a_denial_of_the_sentence_before_with_an_unnamed_subject_is_kept(units_of):
    units = units_of("The director was sacked, a newspaper said. The utility denied the report, saying he remained "
                     "in post.")
    assert [(u.verb, u.stance, u.refers_back) for u in units if u.sentence == 1 and u.verb == "deny"] == \
        [("deny", "denies", True)]


def test_reports_called_false_among_other_clauses_of_a_reporter(units_of):
    units = units_of("Kallbrenner's wife holds shares in Corvane, the paper said. He called the reports lies, said he "
                     "would not step aside, and Prime Minister Ruta Meinhardt stood by him.")
    said = {u.verb: (u.stance, u.refers_back) for u in units if u.sentence == 1}
    assert said["call"] == ("denies", True) and said["stand"] == ("asserts", False)


@pytest.mark.parametrize("text", [
    "Police corrected earlier reports that five people had died in the blast at the Ostra depot.",
    "The ministry said, contrary to reports that five people had died in the blast at the Ostra depot, that three "
    "were hurt.",
])
def test_a_report_corrected_or_contradicted_tells_its_content_denied(units_of, text):
    assert [u.stance for u in units_of(text) if u.verb == "die"] == ["denies"]


@pytest.mark.parametrize("text, verb", [
    ("The Lomazi Water and Sewerage Company insisted that its piped supply had not been contaminated.", "contaminate"),
    ("Ferry bosses insist there was no explosion at all.", "be"),
    ("Aid to the valley was not delayed, the governor said.", "delay"),
])
def test_a_denied_happening_of_a_thing_named_is_a_statement(units_of, text, verb):
    # what it befalls named by a passive's patient or by the noun said not to have been there
    assert [u.stance for u in units_of(text) if u.verb == verb] == ["denies"]


def test_a_thing_said_to_be_none_is_no_statement_alone(units_of):
    # "no tear gas was fired" may be of another day than the firing it would deny
    assert not [u for u in units_of("Police kept their distance and no tear gas was fired, witnesses said.")
                if u.verb == "fire"]


@pytest.mark.parametrize("text, verb", [
    ("Lanterna also reported that Kallbrenner's wife, Helga, holds a stake in Corvane through a family holding "
     "company, which the minister denied.", "hold"),
    ("Company filings have since shown that the minister's wife held shares in Corvane until last month, something he "
     "flatly denied on Monday.", "hold"),
    ("The paper said the mayor had steered the tender to a friend's firm, a claim he denies.", "steer"),
])
def test_a_relative_clause_of_denial_denies_the_clause_before_it(units_of, text, verb):
    assert [u.stance for u in units_of(text) if u.verb == verb] == ["denies"]


@pytest.mark.parametrize("text, verb", [
    # inside the subject, "which he denies" is of the charges, not of the clause that tells their filing
    ("The charges, which he denies, were filed on Monday by prosecutors in Velsk.", "file"),
    # a proposal dismissed is a deed, no denial of its filing
    ("Kallbrenner filed an appeal, which the court dismissed on Friday.", "file"),
])
def test_a_relative_clause_of_a_thing_denied_denies_no_clause(units_of, text, verb):
    assert [u.stance for u in units_of(text) if u.verb == verb] == ["asserts"]


def test_reading_a_report_called_false_leaves_the_parse_as_it_was():
    # "The army shot down reports that it had shelled Hrastova": looking into the report's clause for a word calling
    # it false must not hang that clause's words on the verb ("Hrastova" is no object of "shot")
    from newsfuse.fusion.claims.clauses import _called_false
    from newsfuse.fusion.claims.units import _kids
    from newsfuse.model import Token

    parse = [("The", "det", 2), ("army", "nsubj", 3), ("shot", "ROOT", 3), ("down", "prt", 3), ("reports", "dobj", 3),
             ("that", "mark", 9), ("it", "nsubj", 9), ("had", "aux", 9), ("shelled", "acl", 5), ("Hrastova", "dobj", 9)]
    toks = [Token(i, w, 0, w.lower(), "X", "X", dep, head - 1, 0) for i, (w, dep, head) in enumerate(parse)]
    kids = _kids(toks)
    before = {i: [t.i for t in ks] for i, ks in kids.items()}
    assert not _called_false(toks[4], kids, {t.i: t for t in toks})
    assert {i: [t.i for t in ks] for i, ks in kids.items()} == before
