"""Eval gate: claim grouping and disputes on our labelled stories, scored by newsfuse.fusion.claims.evaluate.

- claims_port: a depot explosion (6 reports, 40 statements);
- claims_election: a disputed election and its protests (7 reports, 89 statements);
- claims_clash: cross-border shelling and a ceasefire (7 reports, 100 statements);
- claims_mine: a mine collapse (7 reports, 94 statements);
- claims_derail: a toxic freight train derailment (7 reports, 117 statements);
- claims_heldout_breach: a hospital ransomware attack (7 reports, 97 statements);
- claims_heldout_recall: a contaminated medicine recall (7 reports, 106 statements);
- claims_quake: an earthquake, its rising toll and disputed magnitudes (7 reports, 121 statements);
- claims_heldout_truce: a ceasefire and prisoner exchange (7 reports, 128 statements);
- claims_hostage: a kidnapping, a partial release and a rescue raid (7 reports, 126 statements);
- claims_bank: a finance minister's contracts scandal (7 reports, 150 statements);
- claims_ceasefire: a mediated ceasefire, aid convoys and prisoner exchanges (7 reports, 137 statements);
- claims_protest: fuel-price protests, a curfew and a minister's resignation (7 reports, 144 statements);
- claims_trial: a former minister's corruption trial, sentence, bail and appeals (7 reports, 169 statements);
- claims_outbreak: a cholera outbreak after floods, tolls from three bodies (7 reports, 136 statements);
- claims_heldout_aircrash: a regional airliner crash, its toll and its causes (7 reports, 153 statements);
- claims_doping: a champion's positive test, suspension, ban and appeal (7 reports, 126 statements);
- claims_boat: a migrant boat capsized, tolls from three bodies, a pushback denied (7 reports, 133 statements);
- claims_heldout_dam: a dam failure, its toll and a skipped inspection (7 reports, 126 statements);
- claims_escape: a prison break, a manhunt, a wrong recapture report and a count corrected (7 reports, 125
  statements);
- claims_mayor: a mayor's tender scandal, payments and a contract valued two ways, a council vote (7 reports, 140
  statements);
- claims_heldout_resign: a transport minister's contracts scandal and resignation (7 reports, 125 statements;
  its headlines are not labelled: the pipeline reads a headline as the title, not a sentence);
- claims_minister: a minister's consultancy scandal, a no-confidence motion and a resignation (7 reports, 128
  statements);
- claims_strike: a rail strike, turnout and cancellations told two ways, a pay offer rejected (7 reports, 128
  statements);
- claims_heldout_wildfire: a wildfire, evacuations, homes destroyed, an arson suspect released (7 reports, 135
  statements);
- claims_flood: river floods, a spillway opened and a levee breached, tolls by three sources (7 reports, 135
  statements);
- claims_heldout_crush: a stadium crowd crush, four tolls, an overselling denial overturned (7 reports, 126
  statements);
- claims_tanker: a tanker aground, its spill estimated four ways, an engine fault denied (7 reports, 122
  statements);
- claims_heldout_spill: another tanker spill, its volume from three bodies, a rumoured second leak (7 reports,
  131 statements);
- claims_spy: a diplomat detained for spying, expulsions told two ways, a denial overturned, a place misreported
  (7 reports, 150 statements);
- claims_heldout_expel: another spying row with tit-for-tat expulsions (7 reports, 155 statements);
- claims_plant: a car plant's closure, a strike and an occupation, subsidies offered and raised, a rumoured buyer
  (7 reports, 159 statements);
- claims_heldout_eruption: a volcanic eruption, evacuations, an airport closed, a rising toll (7 reports, 170
  statements);
- claims_heldout_blackout: a nationwide power blackout, its causes and counts disputed, a cyberattack rumour
  denied (7 reports, 168 statements);
- claims_bankrun: a run on a bank, emergency liquidity, withdrawals capped, a buyer rumoured then confirmed
  (7 reports, 169 statements);
- claims_heist: paintings stolen from a national museum, their value disputed, arrests, an inside job rumoured
  (7 reports, 170 statements);
- claims_heldout_avalanche: an avalanche on a mountain pass, counts of dead, missing and rescued changing,
  a warning disputed (7 reports, 168 statements);
- claims_bridge: a road bridge collapses at rush hour, counts of dead and missing changing, warnings of cracks
  disputed, an engineer arrested then released (7 reports, 170 statements);
- claims_heldout_merger: a competition authority blocks a grocery merger, an appeal, a leaked memo denied,
  deal value and market share told two ways (7 reports, 170 statements);
- claims_refinery: an explosion at an oil refinery, counts of dead and missing changing, evacuations counted
  two ways, alarms switched off and an inspectors' warning denied (7 reports, 169 statements);
- claims_heldout_mutiny: sailors seize a frigate and a barracks over unpaid wages, a deadline, a surrender
  and arrests, counts of sailors told two ways (7 reports, 169 statements);
- claims_heldout_cablecar: a cable car cabin falls at a mountain resort, passengers stranded overnight, a safety
  brake said to have been disabled, an inspection date disputed (7 reports, 170 statements);
- claims_heldout_cartel: three cement makers fined for fixing prices, a whistleblower granted immunity, denials,
  an appeal, customers' overpayment told two ways (7 reports, 169 statements);
- claims_ferry: a passenger ferry fire at sea, counts of rescued, dead and missing changing, locked fire doors
  and an engine-room explosion denied, the captain detained (7 reports, 170 statements);
- claims_heldout_fixing: a football federation president arrested over match-fixing, arrests and questionings
  counted as they grow, a cover-up denied, an owner's denial contradicted (7 reports, 170 statements);
- claims_heldout_rocket: a rocket explodes after launch and its debris falls on a town, damaged houses counted
  as they grow, blame traded, poisoned water denied (7 reports, 170 statements);
- claims_heldout_hunger: a hunger strike in a detention centre, strikers counted two ways and recounted,
  force-feeding denied, a striker in hospital, talks that end it (7 reports, 170 statements);
- claims_heldout_devalue: a central bank devalues after weeks of denying it would, the devaluation told two ways,
  a rate rise, a bailout loan under negotiation, a resignation rumour denied (7 reports, 170 statements);
- claims_heldout_drone: an airport shut by drone sightings, flights and passengers counted as they grow, a couple
  arrested and released, the drones' reality doubted and reasserted (7 reports, 170 statements);
- claims_heldout_landslide: a landslide buries a village and a highway, tolls changing, a warning and a quarry's
  part denied, a buried bus that was not (7 reports, 170 statements);
- claims_heldout_reporter: a foreign reporter held on spying charges and freed, a prisoner swap denied, her
  detention's length and consular visits told two ways (7 reports, 171 statements).

The held-out stories are never used for fitting or tuning: their figures are what the grouping does on
stories it has not seen. Port, rebels, election, clash and mine train the pair model
(scripts/fit_claim_pairs.py). Derail is outside the fit but not held out: its errors were read while
the parse rules were worked on. Derail, recall, quake and truce were written by helpers who never saw
the code; quake's figure disputes (not its grouping) were read to find faults of the quantities stage.
Hostage and bank were written by helpers too, and their errors read while rules were worked on; so were
ceasefire and protest, written to find what the held-out truce story's weak precision may come from
without reading that story. Truce's false pairs were then read too (it keeps its name); trial and outbreak
were written by helpers, scored on arrival, and their errors read. Aircrash, written alongside them, is
held out: scored, never read. Doping, boat and dam came next, the same way: doping's and boat's errors were
read, dam is held out. Escape and resign came after, the same way: escape's errors were read, resign is held
out (scored on arrival at 0.68 / 0.29 / 0.00). Mayor was then written in resign's genre, to find what a
scandal story asks of the rules without reading resign; its errors were read (on arrival 0.89 / 0.36 / 0.08).
Minister (resign's genre again), strike and wildfire came next, the same way: minister's and strike's errors
were read (on arrival 0.76 / 0.36 / 0.00 and 0.62 / 0.48 / 0.23), wildfire is held out. Flood came late in
that session (on arrival 0.82 / 0.40 / 0.25); its errors were read. Crush, written alongside it, is held out.
Tanker and spill were written blind by two helpers in one genre; tanker's errors were read, spill is held out.
Spy and expel came the same way, in a genre of statements more than deeds (a diplomatic row): spy's errors were
read (on arrival 0.64 / 0.22 / 0.17), expel is held out (on arrival 0.65 / 0.18 / 0.27). Plant (business and
labour news) and eruption came next, written blind by two helpers at once: plant's errors were read (on arrival
0.89 / 0.30 / 0.33), eruption is held out (on arrival 0.93 / 0.38 / 0.56). Eruption's texts were shown once, by
accident (a diff that took in the fixtures), after that session's last rule change: no rule was made or tuned
on them, but the story is no longer unseen. Blackout was written blind after that, to be the unseen one (on
arrival 0.82 / 0.23 / 0.15), with bankrun beside it, whose errors were read (on arrival 0.93 / 0.37 / 0.12).
Heist and avalanche came the session after, written blind by two helpers at once: heist's errors are to be
read (on arrival 0.91 / 0.38 / 0.31), avalanche is the new unseen held-out story (on arrival 0.83 / 0.32 /
0.21).
Bridge and merger came the session after, the same way: bridge's errors are to be read (on arrival 0.84 / 0.40 /
0.50), merger is the new unseen held-out story (on arrival 0.87 / 0.22 / 0.23). Refinery, mutiny, cablecar and
cartel came after (refinery's errors read; the others held out), then ferry, fixing and rocket, written blind by
three helpers at once: ferry's errors are to be read, fixing and rocket are held out. Hunger and devalue came
next, held out, written to test one grouping change chosen beforehand (see docs/claims.md). Drone, landslide
and reporter came last, held out, written blind by three helpers at once to test this session's unit rules
against a rule for keeping them fixed beforehand (see docs/claims.md).

Ten stories' gold was corrected once by a blind audit (a helper reading each story against the labelling rule,
"a sentence stating two facts gets two statements"): a sentence whose relative clause (", which ...", ", who
...") tells a fact labelled elsewhere now carries that label too (14 statements added).

Derail's and truce's recall gates were lowered by one point when "said X would happen" became a thing yet
to come: their gold counts an announcement ("the ceasefire would begin at midnight") as the happening, while
the newer stories' gold (and the issue: planned, done and cancelled are three facts) keeps them apart.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfuse import api
from newsfuse.context import DEFAULT_STAGES, Config
from newsfuse.fusion.claims.evaluate import Gold, score

FIX = Path(__file__).resolve().parents[1] / "fixtures"

# Pinned minimum scores: precision, recall, contradiction recall (raise when grouping improves; never
# lower them quietly).
GATES = {
    "claims_port": (0.95, 0.9, 0.4),
    "claims_election": (0.95, 0.43, 0.85),
    "claims_clash": (0.9, 0.56, 0.8),
    "claims_mine": (0.93, 0.75, 0.88),
    "claims_derail": (0.93, 0.26, 0.8),
    "claims_heldout_breach": (0.9, 0.46, 0.45),
    "claims_heldout_recall": (0.85, 0.34, 0.86),
    "claims_quake": (0.95, 0.37, 0.59),
    "claims_heldout_truce": (0.82, 0.26, 0.45),
    "claims_hostage": (0.85, 0.38, 0.36),
    "claims_bank": (0.92, 0.26, 0.57),
    "claims_ceasefire": (0.88, 0.22, 0.61),
    "claims_protest": (0.92, 0.28, 0.58),
    "claims_trial": (0.92, 0.41, 0.7),
    "claims_outbreak": (0.81, 0.54, 0.8),
    "claims_heldout_aircrash": (0.93, 0.44, 0.6),
    "claims_doping": (0.97, 0.56, 0.62),
    "claims_boat": (0.92, 0.46, 0.49),
    "claims_heldout_dam": (0.95, 0.6, 0.5),
    "claims_escape": (0.88, 0.5, 0.76),
    "claims_mayor": (0.94, 0.61, 0.83),
    # held out and scored on arrival (0.68 / 0.29 / 0.00): the weakest story, kept as it came
    "claims_heldout_resign": (0.89, 0.48, 0.35),
    "claims_minister": (0.95, 0.46, 0.4),
    "claims_strike": (0.85, 0.67, 0.45),
    # held out and scored on arrival (0.78 / 0.42 / 0.11)
    "claims_heldout_wildfire": (0.88, 0.47, 0.3),
    "claims_flood": (0.89, 0.58, 0.49),
    # held out and scored on arrival (0.88 / 0.41 / 0.27)
    "claims_heldout_crush": (0.9, 0.42, 0.33),
    # written blind (on arrival 0.67 / 0.30 / 0.25); its errors were read
    "claims_tanker": (0.87, 0.56, 0.55),
    # held out and scored on arrival (0.90 / 0.41 / 0.55)
    "claims_heldout_spill": (0.9, 0.55, 0.71),
    # written blind (on arrival 0.64 / 0.22 / 0.17, 0.64 / 0.21 / 0.17 on its corrected gold); its errors were read
    "claims_spy": (0.8, 0.27, 0.48),
    # held out and scored on arrival (0.65 / 0.18 / 0.27)
    "claims_heldout_expel": (0.69, 0.21, 0.34),
    # written blind (on arrival 0.89 / 0.30 / 0.33); its errors were read
    "claims_plant": (0.86, 0.33, 0.7),
    # held out and scored on arrival (0.93 / 0.38 / 0.56)
    "claims_heldout_eruption": (0.9, 0.4, 0.5),
    # held out and scored on arrival (0.82 / 0.23 / 0.15)
    "claims_heldout_blackout": (0.87, 0.27, 0.12),
    # written blind (on arrival 0.93 / 0.37 / 0.12); its errors were read
    "claims_bankrun": (0.92, 0.42, 0.6),
    # written blind (on arrival 0.91 / 0.38 / 0.31); its errors are to be read
    "claims_heist": (0.95, 0.42, 0.55),
    # held out and scored on arrival (0.83 / 0.32 / 0.21)
    "claims_heldout_avalanche": (0.82, 0.31, 0.18),
    # written blind (on arrival 0.84 / 0.40 / 0.50); its errors are to be read
    "claims_bridge": (0.86, 0.39, 0.45),
    # held out and scored on arrival (0.87 / 0.22 / 0.23)
    "claims_heldout_merger": (0.85, 0.2, 0.2),
    # written blind (on arrival 0.84 / 0.36 / 0.14); its errors were read
    "claims_refinery": (0.86, 0.45, 0.34),
    # held out and scored on arrival (0.80 / 0.20 / 0.13)
    "claims_heldout_mutiny": (0.85, 0.19, 0.3),
    # held out and scored on arrival (0.89 / 0.31 / 0.22)
    "claims_heldout_cablecar": (0.89, 0.32, 0.55),
    # held out and scored on arrival (1.00 / 0.19 / 0.17)
    "claims_heldout_cartel": (0.97, 0.2, 0.23),
    # written blind (on arrival 0.88 / 0.43 / 0.55); its errors are to be read
    "claims_ferry": (0.86, 0.45, 0.7),
    # held out and scored on arrival (0.95 / 0.24 / 0.15)
    "claims_heldout_fixing": (0.96, 0.27, 0.36),
    # held out and scored on arrival (0.95 / 0.32 / 0.23)
    "claims_heldout_rocket": (0.93, 0.31, 0.21),
    # held out and scored on arrival (0.80 / 0.21 / 0.60)
    "claims_heldout_hunger": (0.87, 0.2, 0.58),
    # held out and scored on arrival (0.88 / 0.32 / 0.46; 0.97 / 0.34 / 0.46 with the near-certain join)
    "claims_heldout_devalue": (0.95, 0.32, 0.44),
    # held out and scored on arrival (0.67 / 0.32 / 0.25)
    "claims_heldout_drone": (0.68, 0.33, 0.3),
    # held out and scored on arrival (0.82 / 0.28 / 0.36)
    "claims_heldout_landslide": (0.82, 0.28, 0.54),
    # held out and scored on arrival (0.87 / 0.22 / 0.20)
    "claims_heldout_reporter": (0.86, 0.2, 0.18),
}


@pytest.mark.parametrize("name", sorted(GATES))
def test_fixture_is_large_enough(name):
    gold = Gold.load(FIX / name / "gold.json")
    assert len(gold.statements) >= 40
    assert len({p for p, _, _ in gold.statements}) >= 6
    assert gold.contradictions


@pytest.mark.parametrize("name", sorted(GATES))
def test_claims_gate(name):
    # each fixture is one story by construction: the claims are measured on all its reports, whatever
    # the story clustering (gated on its own) makes of reports a week apart
    stages = tuple(s for s in DEFAULT_STAGES if s != "stories")
    result = api.build(sorted((FIX / name).glob("*.txt")), Config(stages=stages))
    assert len(result.dossiers) == 1
    d = result.dossiers[0]
    s = score(d, Gold.load(FIX / name / "gold.json"))
    print(f"{name}: {s}")
    p, r, c = GATES[name]
    assert s.precision >= p and s.recall >= r and s.contradiction_recall >= c, str(s)


def test_score_pairs(examples_dossier):
    """Two sentences of different articles that one claim carries: a true pair when their gold labels
    meet, a false one when they do not."""
    d = examples_dossier
    c = next(c for c in d.claims if len({e.article for e in c.evidence}) > 1)
    e1 = c.evidence[0]
    e2 = next(e for e in c.evidence if e.article != e1.article)
    text = {(a.id, s.index): s.text for a in d.articles for s in a.sentences}
    same = Gold([(e1.article, text[(e1.article, e1.sentence)], {"x"}),
                 (e2.article, text[(e2.article, e2.sentence)], {"x"})], [])
    apart = Gold([(e1.article, text[(e1.article, e1.sentence)], {"x"}),
                  (e2.article, text[(e2.article, e2.sentence)], {"y"})], [])
    assert (score(d, same).precision, score(d, same).recall) == (1.0, 1.0)
    assert score(d, apart).precision == 0.0 and score(d, apart).found_pairs == 1


def test_main_facts_whole():
    """A fact told by three articles is whole when one claim carries at least 80% of them."""
    from newsfuse.fusion.claims.evaluate import _whole

    labels = {("a", 0): {"x"}, ("b", 0): {"x"}, ("c", 0): {"x"}, ("a", 1): {"y"}, ("b", 1): {"y"}}
    claim_of = {("a", 0): {"c1"}, ("b", 0): {"c1"}, ("c", 0): {"c1"}}
    assert _whole(labels, claim_of) == (1, 1)  # "y" is told by two articles: no main fact
    claim_of[("c", 0)] = {"c2"}
    assert _whole(labels, claim_of) == (1, 0)  # two of three is under 80%


def test_contradiction_precision_judges_labelled_disputes(examples_dossier):
    """A dispute found whose sides carry labels the gold disputes is right; one whose labels it does not is wrong;
    one with an unlabelled side is not judged."""
    from dataclasses import replace

    from newsfuse.model import Contradiction, SentenceRef

    d = examples_dossier
    text = {(a.id, s.index): s.text for a in d.articles for s in a.sentences}
    (a1, a2, a3) = sorted(text)[:3]
    xs = [Contradiction("x-1", "one", [], [[SentenceRef(*a1)], [SentenceRef(*a2)]]),
          Contradiction("x-2", "two", [], [[SentenceRef(*a1)], [SentenceRef(*a3)]])]
    gold = Gold([(a1[0], text[a1], {"p"}), (a2[0], text[a2], {"q"}), (a3[0], text[a3], {"r"})], [("q", "p")])
    s = score(replace(d, contradictions=xs), gold)
    assert (s.contradiction_recall, s.contradiction_precision, s.judged) == (1.0, 0.5, 2)
    s = score(replace(d, contradictions=xs[:1]), Gold(gold.statements[:1], [("q", "p")]))
    assert s.judged == 0
