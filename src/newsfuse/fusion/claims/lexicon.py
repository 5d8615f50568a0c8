"""The words claim units are read with: happenings and the verbs news uses for each, idioms, reporting,
denial and hedging words, and the nouns that name actors, bodies, parts and sites. General English news
vocabulary, no names: the same lists serve every story."""

from __future__ import annotations

#: Happenings and the verbs (lemmas) news uses for each. A verb may belong to several.
PREDICATES = {
    "depart": {"flee", "leave", "fly", "escape", "depart", "board", "exit", "flight", "abandon", "go"},
    "take": {"enter", "capture", "seize", "take", "storm", "control", "overrun", "claim", "gain", "fall", "swarm",
             "move", "reach", "break", "liberate", "conquer", "win", "sweep"},
    "abduct": {"kidnap", "abduct", "snatch", "kidnapping", "abduction", "seize", "capture", "hostage"},
    "free": {"free", "release", "liberate", "open", "rescue"},
    "withdraw": {"withdraw", "pull", "retreat", "abandon", "evacuate"},
    "remain": {"remain", "stay", "continue", "work"},
    "kill": {"kill", "die", "murder", "hang", "execute", "slay", "martyr"},
    "survive": {"survive"},  # opposed to "kill"; "four others did not survive" died (see units.py)
    "aground": {"strand"},  # a vessel on a reef or a bank ("ran aground", "struck the reef", "was stranded")
    # a vessel gone down: "the ferry had sunk", "did not sink" ("capsized" kept apart: see docs/claims.md)
    "sink": {"sink", "sinking"},
    "displace": {"displace", "flee", "uproot", "evacuate"},
    "cooperate": {"cooperate", "collaborate"},
    "end": {"end", "fall", "collapse", "topple", "oust", "finish", "resign", "quit", "resignation"},
    "support": {"support", "back", "ally", "help", "send"},
    "injure": {"injure", "wound", "hurt", "treat", "hospitalise", "hospitalize"},
    "damage": {"damage", "destroy", "flood", "breach", "burst", "collapse", "sweep", "crack"},
    "allow": {"allow", "admit", "let", "accept"},
    # a request ("asked the government to send army units" is "requested military assistance", not a sending)
    "call": {"call", "urge", "demand", "appeal", "request", "ask"},
    "surrender": {"surrender", "capitulate", "defect", "yield"},
    # a thing let through only in part: "limited withdrawals to 2,000 crowns a day", "restricted withdrawals"
    "restrict": {"restrict", "restriction", "limit", "cap", "ration", "curb"},
    "cut": {"cut", "disrupt", "interrupt", "shut", "outage", "blackout", "disable", "deactivate"},
    "explode": {"explode", "explosion", "blast", "blow", "detonate", "bomb", "ignite", "fire", "ablaze"},
    "attack": {"attack", "strike", "hit", "shell", "bombard", "pound", "shoot", "fire", "raid", "assault",
               "bomb", "slam", "target"},
    "cross": {"cross", "enter", "infiltrate", "incursion", "intrude"},
    "arrest": {"arrest", "detain", "jail", "recapture", "apprehend", "catch", "nab"},  # ("caught fire": see PHRASAL)
    # a prosecution brought: a step after an arrest, told days later ("charged the three men with smuggling")
    "charge": {"charge", "indict", "indictment", "prosecute"},
    "publish": {"publish", "broadcast"},
    # water, food or air made unsafe: "the supply was contaminated", "sewage had polluted the river"
    "contaminate": {"contaminate", "pollute", "taint"},
    # care refused: "patients were turned away" (see PHRASAL), "anyone had been refused care"
    "refuse": {"refusal"},
    "arrive": {"arrive", "arrival", "land"},  # "touched down" too (see PHRASAL)
    # who was on a vessel: "the boat was carrying about 90 people", "150 were aboard", "were on board" (see units)
    "carry": {"carry", "aboard"},
    # removed from a post by someone else: "was sacked", "fired the director" (see PHRASAL), "dismissed him"
    "dismiss": {"sack", "sacking", "dismissal", "dismiss"},
    # an agreement broken, kept or prolonged ("broke the truce", "honoured the ceasefire", "extended the truce")
    "violate": {"violate", "violation", "flout", "breach"},
    "keep": {"honour", "honor", "respect", "observe", "uphold"},
    "extend": {"extend", "prolong", "renew", "extension"},
    # courts: a verdict each way, a sentence, what is granted ("granted bail", "awarded the contract")
    "convict": {"convict", "conviction", "guilty"},
    "acquit": {"acquit", "acquittal"},
    "sentence": {"sentence", "imprison"},  # "handed eight years", "is serving a seven-year term" (see PHRASAL)
    "fine": {"fine"},  # "ordered him to pay a fine", "imposed a fine" (see PHRASAL)
    # barred for a time: "was banned for four years", "handed a two-year ban", "disqualified"
    "ban": {"ban", "bar", "disqualify", "disqualification"},
    "grant": {"grant", "award", "win"},  # "was awarded the contract" / "won the contract"
    "start": {"begin", "start", "launch", "commence"},
    # a ruling challenged: "appealed against the verdict", "filed an appeal" (see PHRASAL; "appeal for calm" calls)
    "challenge": {"challenge"},
    # a motion, a complaint or a claim put in ("tabled a motion", "filed a complaint", "lodged a claim")
    "file": {"file", "table", "lodge"},
    # what was planned, held after all: "the strike went ahead", "the vote took place" (see PHRASAL)
    "proceed": {"proceed"},
    "close": {"close", "shut", "suspend", "halt"},
    "impose": {"impose", "issue", "introduce", "order"},
    "lift": {"lift", "rescind", "revoke", "repeal"},  # "cancelled the order" too (see PHRASAL)
    # what was planned and is not held: "cancelled flights", "postponed operations", "called off the strike"
    "cancel": {"cancel", "postpone", "scrap", "delay", "cancellation", "postponement", "axe", "ax"},
    "reopen": {"reopen", "resume", "restart", "restore"},
    "inspect": {"inspect", "inspection", "pass", "check", "audit"},
    # a place gone to and seen: "the minister visited the site" / "toured the wreckage"
    "visit": {"visit", "tour"},
    # a place gone through by police or rescuers: "officers searched several offices", "police raided city hall" (a
    # raid is an attack too)
    "search": {"search", "raid", "comb"},
    "inquire": {"inquiry", "investigate", "investigation", "probe"},
    "extinguish": {"extinguish", "control", "contain"},  # "put out" (see PHRASAL): "put the toll at 9" is not
    "cause": {"cause", "blame", "trigger", "attribute"},
    "steal": {"steal", "theft", "exfiltrate", "rob", "loot", "looting", "hack", "swipe", "burgle", "burglary",
              "heist", "plunder", "pilfer", "robbery"},
    # made to leave a country: "expelled four diplomats", "declared him persona non grata", "kicked out" (see
    # PHRASAL); leaving is another fact ("he left on Wednesday")
    "expel": {"expel", "expulsion", "deport", "deportation"},
    # spying: "was spying", "engaged in espionage" (see PHRASAL), "accused of espionage"
    "spy": {"spy", "espionage", "spying"},
    # a warning given or had: "warned the company", "received any warning", "flagged cracks", "raised an alarm"
    "warn": {"warn", "warning", "flag", "alert", "alarm", "caution"},
    # told of something: "had not been informed of the decision", "notified the ministry", "was told of the
    # closure" (see units.py: "told" with what it told of, no clause)
    # (a warning informs of a danger: "had never been told of cracks" denies "inspectors warned it about cracks")
    "inform": {"inform", "notify", "brief", "warn", "warning", "flag", "alert", "caution"},
    # talks held between parties: "is in talks to buy X", "had held talks", "was negotiating", "not in negotiations
    # with X" ("talked to reporters" negotiates nothing: see _NOUN_SENSES)
    "negotiate": {"negotiate", "negotiation", "talk", "discussion"},
    # a tie ended: "cut ties with the star", "severed relations", "ended its sponsorship", "dropped her" (see
    # PHRASAL and units.py: "drop" a person)
    "sever": {"sever"},
    # a danger posed: "the dam posed a serious danger to the town", "endangered residents" (see PHRASAL); "was in no
    # danger", "is safe" deny it (see SOUND)
    "danger": {"endanger", "danger"},
    # a banned substance taken: "had doped", "never knowingly taken a banned substance", "used the drug"
    "dope": {"dope", "doping"},
    # questioned by the police, a court or a committee: "was questioned", "was grilled for six hours", "quizzed"
    "question": {"question", "interrogate", "grill", "quiz", "questioning", "interrogation"},
    # who is at fault: "was at fault", "was not to blame", "was responsible for", "failed to maintain",
    # "took full responsibility", "denied any wrongdoing"
    "fault": {"fault", "blame", "responsible", "responsibility", "culpable", "liable", "liability", "negligence",
              "negligent", "guilty", "fail", "failure", "wrongdoing"},
}
#: Happenings that cannot both be true of one subject at one time.
OPPOSITES = {("depart", "remain"), ("remain", "depart"), ("withdraw", "remain"), ("remain", "withdraw"),
             ("keep", "violate"), ("violate", "keep"),  # ("strictly observed the truce" / "broke the truce")
             ("survive", "kill"), ("kill", "survive")}
#: A happening and the one that undoes it: two facts, told one after the other, never one claim and no dispute.
REVERSALS = {frozenset(p) for p in (("arrest", "free"), ("close", "reopen"), ("cut", "reopen"), ("impose", "lift"),
                                    ("grant", "lift"), ("grant", "withdraw"), ("file", "withdraw"))}
#: Happenings whose length is their figure: a prison term, a ban ("seven years" / "eight years": a dispute).
TERMS = frozenset({"sentence", "ban"})
#: Reporting verbs whose content the reporter does not vouch for ("the rebels claimed", "CareBridge alleged").
HEARSAY = {"claim", "allege"}
#: Verbs that report only with a clause ("maintains that X"; "maintained an indirect channel" is a deed).
CLAUSE_ONLY = {"maintain", "argue", "contend", "assert", "stress", "emphasise", "emphasize", "reiterate", "repeat",
               "testify"}
REPORTING = {"say", "tell", "report", "announce", "claim", "allege", "state", "confirm", "add", "write", "post",
             "cite", "reveal", "insist", "declare", "note", "describe", "show", "acknowledge", "admit", "concede",
             *CLAUSE_ONLY}
#: What is fired, whose firer is the actor ("hit by fire from our forces", "shelling by the army").
_FIRE = {"fire", "gunfire", "shot", "bullet", "shelling", "shell", "rocket", "missile", "airstrike", "strike"}
#: "at no point", "at no time": a clause negated by when
_WHEN_NOT = {"point", "time", "stage", "moment"}
DENY = {"deny", "reject", "dismiss", "refute", "rebut", "debunk"}
#: Verbs that deny a report they govern ("contradicting rumours that X", "disputes the claim that X"), not a
#: person or a figure ("the findings contradict the officer", "disputed that figure": whose word is unclear).
GAINSAY = {"contradict", "dispute"}
#: Verbs that take back what one reported ("has since withdrawn that figure", "retracted the claim"), and what
#: they take back (not "withdrew its troops", nor "withdrew the bill").
RETRACTING = {"withdraw", "retract", "recant"}
RETRACTED = {"figure", "claim", "report", "statement", "estimate", "toll", "number", "count", "story", "allegation",
             "assertion", "account", "tally"}
#: Verbs that change what one reported; "has not revised its figure of 800 tonnes" stands by the figure, and
#: denies nothing (what they change is a RETRACTED noun).
REVISING = {"revise", "update", "change", "alter", "amend", "correct", "adjust", "modify"}
#: What "deny" withholds when it means refuse ("was denied access to a consul", "denied bail"): no report denied.
REFUSED = {"access", "entry", "bail", "permission", "visa", "asylum", "parole", "treatment", "care", "food", "water",
           "passage", "admission", "request", "application", "licence", "license", "right", "rights", "leave"}
#: Verbs that name what a thing is: "called the report false" denies it (see clauses.py)
NAMING = {"call", "brand", "label", "term"}
#: Verbs of keeping away from a report, which deny it ("her camp distanced itself from reports that she had ...").
DISTANCING = {"distance", "dissociate", "disassociate"}
#: Verbs of finding: their content clause is a fact the finder asserts ("the inspection found that X was at fault").
_FINDING = {"find", "conclude", "determine", "establish"}
#: Verbs of witnessing: a report of what one saw tells what was seen, as the report tells it ("said she had seen the
#: captain climbing into the first lifeboat")
_SEEN = {"see", "watch", "witness", "hear", "notice", "spot", "observe"}
HEDGES = {"reportedly", "allegedly", "apparently", "purportedly", "possibly", "likely", "appear", "seem",
          "suggest", "believe", "rumour", "rumor"}
#: Holders of a post, whom one fires or dismisses ("fired the director": no shot; "dismissed the minister": no
#: denial).
POSTS = {"director", "minister", "chief", "head", "manager", "coach", "official", "executive", "secretary", "editor",
         "commander", "governor", "spokesman", "spokeswoman", "employee", "staff", "worker", "president", "chairman",
         "chairwoman", "general", "officer", "judge", "prosecutor", "ambassador", "deputy", "aide", "adviser"}
#: Phrasal verbs whose meaning is not their verb's ("gave way": collapsed).
PHRASAL = {("give", "way"): "damage", ("leave", "position"): "withdraw", ("abandon", "position"): "withdraw", ("pull", "out"): "withdraw", ("step", "down"): "end",
           ("step", "aside"): "end", ("stand", "down"): "end",  # (a post left, as "stepped down")
           ("take", "off"): "depart", ("hand", "over"): "cooperate", ("extend", "hand"): "cooperate", ("give", "up"): "surrender",
           ("open", "fire"): "attack", ("accept", "responsibility"): "fault", ("accept", "blame"): "fault",
           ("admit", "fault"): "fault", ("admit", "responsibility"): "fault", ("admit", "liability"): "fault",
           ("accept", "liability"): "fault", ("point", "out"): "warn", ("set", "foot"): "cross",
           ("bring", "control"): "extinguish", ("break", "down"): "end", ("walk", "free"): "free",
           ("set", "free"): "free", ("take", "custody"): "arrest", ("place", "arrest"): "arrest",
           **{(v, "resignation"): "end" for v in ("hand", "tender", "submit", "offer", "deliver")},
           **{(v, n): "violate" for v in ("break", "breach") for n in ("truce", "ceasefire", "agreement", "deal",
                                                                        "accord", "promise", "pledge", "law")},
           **{("cancel", n): "lift" for n in ("order", "ban", "curfew", "decree", "measure", "restriction", "rule",
                                               "licence", "license", "permit", "warning", "alert", "law")},
           ("call", "off"): "cancel", **{(v, n): "inquire" for v in ("open", "launch", "start") for n in (
               "investigation", "inquiry", "probe", "case")},
           ("catch", "fire"): "explode", ("go", "ahead"): "proceed", ("take", "place"): "proceed",
           # "has done nothing wrong": who is at fault, denied (a negated argument negates the clause)
           **{("do", a): "fault" for a in ("wrong", "illegal", "improper", "unlawful", "criminal")},
           ("touch", "down"): "arrive", ("turn", "away"): "refuse",
           **{(v, n): "sever" for v in ("cut", "sever", "break") for n in ("tie", "link", "relation", "relationship")},
           **{(v, n): "sever" for v in ("end", "terminate", "cancel") for n in ("sponsorship", "partnership",
                                                                                "endorsement", "relationship")},
           **{(v, n): "negotiate" for v in ("hold", "enter", "open", "conduct") for n in ("talk", "negotiation",
                                                                                        "discussion")},
           **{(v, n): "spy" for v in ("engage", "involve") for n in ("espionage", "spying")},
           ("kick", "out"): "expel", ("declare", "persona"): "expel", ("declare", "grata"): "expel",
           # "declared the end of an era" ends; "declared a state of emergency", "a curfew was declared" imposes;
           # "declared Friday a day of mourning", "declared X the winner" neither
           ("declare", "end"): "end",
           **{("declare", n): "impose" for n in ("state", "emergency", "curfew", "lockdown", "law")},
           ("hit", "back"): "verb:retaliate", ("bang", "up"): "arrest",
           # "convoys had taken nearly a day to reach the town", "will take years": a time, nothing seized
           **{("take", n): "verb:last" for n in ("minute", "hour", "day", "week", "month", "year", "time", "while")},
           **{("pose", n): "danger" for n in ("danger", "threat", "risk")},
           # "the quake left long cracks in the dam", "the wall had developed a crack", "found no cracks"
           **{(v, "crack"): "damage" for v in ("leave", "develop", "show", "find", "cause", "have")},
           **{(v, n): "dope" for v in ("take", "use") for n in ("substance", "drug", "steroid", "stimulant")},
           # "spent Tuesday night in a police cell": held
           **{("spend", n): "arrest" for n in ("cell", "custody", "jail", "prison", "detention")},
           ("set", "sail"): "depart", ("put", "sea"): "depart",
           **{("stop", n): "close" for n in ("shipping", "traffic", "production", "flight", "service", "work",
                                              "operation", "train")},  # "stopped all shipping": halted it
           ("switch", "off"): "cut", ("turn", "off"): "cut",  # "sensors had been switched off"
           ("run", "aground"): "aground", ("go", "aground"): "aground",
           **{(v, n): "aground" for v in ("strike", "hit") for n in ("reef", "rock", "sandbank", "shoal", "iceberg")},
           **{("appeal", n): "challenge" for n in ("against", "verdict", "ruling", "sentence", "conviction", "court",
                                                     "decision", "acquittal", "judgment", "judgement")},
           **{(v, n): "sentence" for v in ("hand", "serve", "give", "get") for n in ("year", "sentence", "term",
                                                                                       "month")},
           **{(v, "fine"): "fine" for v in ("pay", "impose", "order", "confirm", "issue", "face", "receive")},
           **{(v, "appeal"): "challenge" for v in ("file", "lodge", "launch", "submit", "lose", "win", "hear")},
           **{("refuse", n): "refuse" for n in ("care", "treatment", "admission", "entry", "help", "aid")},
           **{("fire", n): "dismiss" for n in POSTS}, ("put", "out"): "extinguish", ("put", "hold"): "close",
           # "used tear gas", "used live ammunition": force used on someone
           **{("use", n): "attack" for n in ("gas", "cannon", "ammunition", "round", "bullet", "force", "baton",
                                              "grenade", "weapon", "teargas")},
           # "released a video" publishes; it frees no one
           **{("release", n): "publish" for n in ("video", "statement", "footage", "recording", "image", "photo",
                                                  "picture", "report", "figure", "detail", "name", "audio",
                                                  "message", "document", "data", "list", "transcript")},
           **{(v, "hospital"): "injure" for v in ("admit", "take", "rush", "bring", "fly", "airlift", "treat", "carry")}}
#: Words with which a phrasal verb has another sense: "put out to tender", "put out a statement" put no
#: fire out.
PHRASAL_UNLESS = {("put", "out"): {"tender", "statement", "call", "appeal", "word", "video", "report", "notice",
                                   "contract", "bid", "feeler", "warning", "alert"}}
#: Senses a word has only as a noun ("a fire broke out" is a blaze; "police fired" is shooting).
_NOUN_SENSES = {"fire": {"explode"}, "talk": {"negotiate"}}
#: Senses a word has only as a verb ("the plane landed" arrives; "seized land" does not).
_VERB_SENSES = {"land": {"arrive"}, "board": {"depart"},  # (and "were on board" boards nothing)
                "table": {"file"},  # ("not on the table" files nothing)
                "work": {"remain"}, "plan": {"remain"}}  # ("five works had been taken", "the plan")
#: Scale words read with the number before them ("1.4 billion").
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
#: Vague amounts, as an order of magnitude (kept apart from exact numbers by the grouping test).
VAGUE = {"dozens": -24.0, "dozen": -12.0, "hundreds": -200.0, "thousands": -2000.0, "scores": -40.0}
#: Nouns that carry a report ("reports that X had left", "no truth to news claiming ...").
REPORT_NOUNS = {"report", "news", "claim", "rumour", "rumor", "suggestion", "allegation", "speculation",
                "evidence", "sign", "indication", "proof"}
#: What a report is called when it is denied ("reports of a second leak were unfounded").
FALSE_WORDS = {"false", "untrue", "unfounded", "baseless", "groundless", "fake", "wrong", "fantasy", "nonsense",
               "incorrect", "inaccurate", "fabricated", "fabrication", "fiction", "invention", "lie", "rubbish",
               "misleading", "speculation", "speculative", "unsubstantiated", "premature", "erroneous", "mistaken",
               "bogus", "absurd", "ridiculous"}
#: What a report is said to be without when it is denied ("the claims were without foundation")
GROUNDS = {"foundation", "basis", "substance", "merit"}
#: What is put to someone to accept or turn down, or granted or withheld: rejecting one is a deed, no denial
#: ("members rejected the offer", "the court denied him bail", "journalists were denied access").
PROPOSALS = {"offer", "proposal", "plan", "deal", "bid", "motion", "request", "demand", "appeal", "bill", "application",
             "invitation", "resignation", "settlement", "agreement", "compromise", "ultimatum", "amendment", "budget",
             "candidacy", "nomination", "package", "petition", "counteroffer", "terms", "bail", "asylum", "access",
             "entry", "visa", "permission", "permit", "licence", "license", "parole", "injunction"}
#: Words marking a sentence as a denial of the report it mentions.
DENIAL_MARKS = ("no truth", "denied", "denies", "deny", "denial", "untrue", "baseless", "false", "fabricat", "wrong",
                "incorrect", "inaccurate", "mistaken", "erroneous",
                "no basis", "no evidence", "no sign", "no indication", "no proof")
#: Verbs of belief whose clause is what a reporter reports ("said it believed X", "said it feared X").
_BELIEF = {"believe", "think", "fear", "suspect", "estimate", "expect", "understand", "assume"}
#: Verbs of a guess or an inference whose content clause is the statement, hedged ("testimony suggested that X").
_GUESS = {"suggest", "indicate", "calculate", "reckon", "guess", "presume"}
#: How a correction says the earlier report was false ("incorrectly reported that X").
_WRONGLY = {"incorrectly", "wrongly", "erroneously", "falsely", "mistakenly", "inaccurately", "wrongfully"}
#: Words that deny an injury after any verb ("escaped unhurt", "walked away unscathed")
UNHURT = {"unhurt", "unharmed", "uninjured", "unscathed"}
#: A thing in good order, and the harms that state denies ("the structure is sound", "tap water in the city was
#: safe", "all safety systems had been fully operational"), as one alive is not dead
SOUND = {"safe": frozenset({"contaminate", "damage", "danger"}), "clean": frozenset({"contaminate"}),
         "uncontaminated": frozenset({"contaminate"}), "sound": frozenset({"damage"}),
         "stable": frozenset({"damage"}), "intact": frozenset({"damage"}), "undamaged": frozenset({"damage"}),
         "operational": frozenset({"cut"}), "functional": frozenset({"cut"}),
         **{w: frozenset({"injure"}) for w in UNHURT}}
#: How one acts or runs in good order ("acted lawfully", "was operating normally")
PROPERLY = {"lawfully", "properly", "legally", "correctly", "appropriately", "normally", "responsibly"}
#: Rules one follows or complies with ("all safety procedures had been followed")
RULES = {"procedure", "rule", "protocol", "regulation", "guideline", "law", "standard", "requirement"}
#: Things that work or fail ("every sensor had been working", "the pumps were not functioning"), and things
#: that stand or fall ("the hospital was still standing")
DEVICES = {"sensor", "alarm", "system", "door", "detector", "camera", "device", "equipment", "pump", "brake", "signal",
           "siren", "generator", "lift", "elevator", "valve", "lifeboat", "radio", "transponder"}
STRUCTURES = {"building", "hospital", "bridge", "dam", "wall", "house", "school", "tower", "church", "mosque", "home",
              "roof", "structure", "span", "levee", "embankment", "block", "station", "terminal"}
#: What fouls water that gets into it ("sewage from the ruptured main had entered the drinking water supply")
POLLUTANTS = {"sewage", "oil", "chemical", "waste", "effluent", "toxin", "fuel", "diesel", "pollutant", "bacteria"}
WATERS = {"water", "supply", "river", "network", "well", "reservoir", "lake", "sea", "stream", "main", "mains"}
_NOBODY = {"nothing", "none", "nobody", "noone"}
_LIGHT = {"take", "make", "have", "get", "give", "come", "receive", "issue", "raise", "sound", "record",
          "carry", "hand"}  # ("carried out an inspection" inspects)
_ROLES = {"president", "leader", "minister", "premier", "king", "official", "government", "regime", "he", "she",
          "governor", "mayor", "commander", "chief", "general", "spokesman", "spokeswoman", "ambassador", "head",
          "boss", "director", "chairman", "chairwoman", "secretary", "manager", "executive", "founder", "owner"}
#: Verbs that direct someone to do what their complement says ("ordered its fighters to withdraw").
_DIRECTIVE = {"order", "instruct", "direct", "command", "tell"}
#: Movements whose negation is staying ("I have not left", "the army has not withdrawn").
_MOVES = {"leave", "flee", "depart", "withdraw", "escape", "exit"}
#: Parts that stand for their whole as a subject ("part of the tunnel caved in").
_PARTS = {"section", "part", "portion", "stretch", "piece", "segment", "length"}
#: Words for a body that acts, named by the name before them ("the Hezbollah group", "the Halden company").
_BODIES = {"group", "movement", "militia", "organisation", "organization", "company", "firm", "party", "faction",
           "network", "gang", "union", "alliance", "coalition", "army", "government", "agency", "ministry",
           "authority", "operator", "regime", "administration", "council", "committee", "court", "police"}
#: Members of a body: "fighters of X" are X's fighters, not the rebels (see _head_key).
_MEMBERS = {"fighter", "troop", "soldier", "force", "member", "militiaman", "gunman", "unit"}
#: Nouns naming a party by its tie to another: a name beside them is the other party ("an Assad ally").
_RELATIONAL = {"ally", "backer", "sponsor", "proxy", "friend", "enemy", "foe", "rival", "partner", "neighbour",
               "neighbor", "aide", "adviser", "advisor", "envoy", "lawyer", "son", "daughter", "wife", "husband",
               "brother", "sister", "father", "mother", "relative"}
#: Nouns through which a taking names its target ("took control of the harbour").
_HOLD = {"control", "charge", "hold", "possession", "command"}
#: Subjects too generic to tell two actors apart ("12,000 residents fled" / "12,000 people were displaced").
_GENERIC = {"people", "resident", "civilian", "person", "inhabitant", "family", "local"}
#: Common nouns news uses interchangeably for one kind of actor (general English, no names).
_ACTOR = {"insurgent": "rebel", "militant": "rebel", "guerrilla": "rebel", "fighter": "rebel",
          "troop": "soldier", "army": "soldier", "serviceman": "soldier", "inmate": "prisoner", "detainee": "prisoner",
          "unit": "soldier"}
_ADVICE = {"should", "must", "ought", "shall"}
#: Bodies a speaker may speak for ("the minister said the government was ready").
_OWN = {"government", "cabinet", "administration", "ministry", "office"}
_SUBJECT_STOP = ("ccomp", "advcl", "relcl", "parataxis", "appos", "prep", "acl")
_SUBJECT_WORDS_STOP = ("ccomp", "advcl", "relcl", "parataxis", "appos", "acl")  # "a section of the dam wall"
_TIME_MARKS = {"as", "after", "while", "when", "before"}
_PLACES = {"city", "town", "capital", "village", "province", "region", "base", "airport", "port", "stronghold"}
#: Kinds of site a definite noun may stand for, named earlier in its sentence ("... Sednaya prison ... as
#: rebels broke into the jail"). Relational nouns ("the capital", "the country") are left out: their referent
#: is not the last name before them.
SITES = {"jail", "prison", "facility", "airport", "base", "port", "harbour", "harbor", "plant", "mine", "hospital",
          "city", "town", "village", "compound", "building", "camp", "station", "depot", "site", "stadium"}
_STOP_NOUNS = {"time", "way", "part", "lot", "thing", "year", "day", "week", "people", "report", "news", "hour"}
#: Ranks that tell one of a series from another ("the first relief flight" / "a second aid flight").
ORDINALS = {w: i for i, w in enumerate(("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                                        "ninth", "tenth"), start=1)}
#: Verbs that end what their complement tells ("stop firing", "ceased shelling").
_STOPS = {"stop", "cease", "halt", "quit", "end"}
