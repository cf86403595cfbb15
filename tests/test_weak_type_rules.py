# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Rules for phrasings of the weak types that the lexicon alone cannot carry:

- "said all options were on the table" / "kept all options on the table": THREATEN
  (the speaker; the party named in the clause is the target);
- "said he was sorry for the deaths": CONCEDE (an apology), not sympathy or condolence;
- "ordered residents to evacuate": COERCE (a forced evacuation), not an expulsion;
- "said Rwanda was to blame for X": ACCUSE of Rwanda whatever X is;
- "peacekeepers began leaving Karabakh": RETREAT when the leaving is an xcomp;
- "hinted at the use of nuclear weapons against X", "raised the prospect of military
  action against X": THREATEN;
- "said no to X": REJECT; "pointed to X as the culprit": ACCUSE of X (the deed is not
  coded);
- "a Jordanian aid convoy crossed into Gaza": AID from the named giver (none named:
  nothing);
- lexicon: police/authorities raiding offices or homes is COERCE (gunmen: ASSAULT);
  chide/admonish (ACCUSE), climb down (CONCEDE), brush off (REJECT), shut a
  border or close a corridor (COERCE), halt trade, freeze accounts, visa bans (SANCTION);
  "imposed export curbs/controls on X" is SANCTION; "kicked out diplomats"
  is SANCTION expel, not COERCE deport.

All sentences written for this file.
"""

from __future__ import annotations

import pytest

from conftest import counted, show
from parley.evaluate import countable

PUB = "2024-05-01"

CASES = [
    ("Israel said all options were on the table in responding to Iran.", "THREATEN", "ISR", "IRN"),
    (
        "Washington said all options remained on the table regarding Pyongyang.",
        "THREATEN",
        "USA",
        "PRK",
    ),
    (
        "The White House kept all options on the table against North Korea.",
        "THREATEN",
        "USA",
        "PRK",
    ),
    (
        "Israel said all options, including military ones, were on the table.",
        "THREATEN",
        "ISR",
        None,
    ),
    ("Seoul said nothing was off the table in dealing with North Korea.", "THREATEN", "KOR", "PRK"),
    ("Japan's prime minister said he was deeply sorry for the collision.", "CONCEDE", "JPN", None),
    (
        "The Pakistani army said it was sorry that the strike had killed civilians.",
        "CONCEDE",
        "PAK",
        None,
    ),
    (
        "Israel's military told civilians in eastern Rafah to leave immediately.",
        "COERCE",
        "ISR",
        "PSE",
    ),
    ("The army ordered residents of Khan Younis to evacuate.", "COERCE", None, "PSE"),
    (
        "Sudan's army ordered villagers in Gezira state to leave their homes.",
        "COERCE",
        "SDN",
        "SDN",
    ),
    ("Kinshasa said Kigali was to blame for the collapse of the talks.", "ACCUSE", "COD", "RWA"),
    ("Russian troops started to leave Syria on Monday.", "RETREAT", "RUS", None),
    ("French soldiers began leaving Mali on Tuesday.", "RETREAT", "FRA", None),
    ("Japan imposed export curbs on Russia.", "SANCTION", "JPN", "RUS"),
    (
        "Russian authorities raided the homes of several opposition activists.",
        "COERCE",
        "RUS",
        None,
    ),
    ("Indian tax officers raided the BBC's offices in New Delhi.", "COERCE", "IND", None),
    ("Gunmen raided the offices of a newspaper in Mogadishu.", "ASSAULT", None, "SOM"),
    ("Serbia pointed to Kosovo as the culprit behind the violence.", "ACCUSE", "SRB", "XKX"),
    ("Washington singled out Iran as the main instigator of the attacks.", "ACCUSE", "USA", "IRN"),
    ("Kyiv called out Budapest for its ties with Moscow.", "ACCUSE", "UKR", "HUN"),
    ("Kenya called out the national guard.", "MOBILIZE", "KEN", None),
    (
        "Russia's Medvedev hinted at the use of nuclear weapons against Ukraine.",
        "THREATEN",
        "RUS",
        "UKR",
    ),
    (
        "ECOWAS raised the prospect of military action against Niger's junta.",
        "THREATEN",
        "IGO",
        "NER",
    ),
    ("Washington hinted at new sanctions on Moscow.", "THREATEN", "USA", "RUS"),
    ("Hamas said no to the Israeli proposal.", "REJECT", "PSE", "ISR"),
    ('Greece said "no" to the bailout terms.', "REJECT", "GRC", None),
    ("Beijing chided Tokyo over the release of treated water.", "ACCUSE", "CHN", "JPN"),
    ("The EU admonished Serbia for the violence in the north.", "ACCUSE", "IGO", "SRB"),
    ("The Taliban climbed down on a ban on girls' schooling.", "CONCEDE", "AFG", None),
    ("China brushed off criticism from the G7.", "REJECT", "CHN", "IGO"),
    ("Azerbaijan closed the Lachin corridor to traffic.", "COERCE", "AZE", None),
    ("Venezuela shut its border with Colombia.", "COERCE", "VEN", "COL"),
    ("Turkey halted all trade with Israel.", "SANCTION", "TUR", "ISR"),
    ("Washington slapped visa restrictions on Ugandan officials.", "SANCTION", "USA", "UGA"),
    ("The United States announced visa bans on Georgian officials.", "SANCTION", "USA", "GEO"),
    ("A Jordanian aid convoy crossed into Gaza on Tuesday.", "AID", "JOR", "PSE"),
    (
        "A convoy of Egyptian aid trucks entered Gaza through the Rafah crossing.",
        "AID",
        "EGY",
        "PSE",
    ),
    ("A U.N. aid convoy reached the besieged city of El Fasher.", "AID", "IGO", "SDN"),
    ("Egypt demanded that Israel halt its attack on Rafah.", "REQUEST", "EGY", "ISR"),
    ("The United States tightened export controls on China.", "SANCTION", "USA", "CHN"),
    ("Britain kicked out a Russian defence attache.", "SANCTION", "GBR", "RUS"),
    ("Poland kicked out two Russian diplomats.", "SANCTION", "POL", "RUS"),
]

# (text, type that must not be counted)
NOT_TYPE = [
    ("Israel did not say that all options were on the table.", "THREATEN"),
    ("Analysts said several options were on the table for the budget.", "THREATEN"),
    ("The finance ministry said all options were on the table for the tax reform.", "THREATEN"),
    ("Israel said the military option was off the table.", "THREATEN"),
    ("The president said he was sorry to hear of the deaths in the flood.", "CONCEDE"),
    ("The Turkish president said he felt sorry for the families of the victims.", "CONCEDE"),
    ("The general said he was not sorry for the operation.", "CONCEDE"),
    ("The Israeli army ordered residents of eastern Rafah to evacuate.", "SANCTION"),
    ("The Israeli army ordered residents of eastern Rafah to evacuate.", "RETREAT"),
    ("Analysts said the weather was to blame for the poor harvest.", "ACCUSE"),
    ("The delegates began leaving Geneva on Friday.", "RETREAT"),
    ("Export controls on chips have been in place since 2019, analysts say.", "SANCTION"),
    ("The export ban on grain was discussed at the meeting.", "SANCTION"),
    ("Poland kicked out two Russian diplomats.", "COERCE"),
    ("A Jordanian aid convoy crossed into Gaza on Tuesday.", "ASSAULT"),
    ("Kyiv called out Budapest for its ties with Moscow.", "REQUEST"),
    ("Serbia pointed to Kosovo as the culprit behind the violence.", "ASSAULT"),
    ("Gunmen raided the offices of a newspaper in Mogadishu.", "COERCE"),
    ("Russian authorities raided the homes of several opposition activists.", "ASSAULT"),
    ("Thailand's government called out troops to quell the protests.", "ACCUSE"),
    ("A military convoy crossed into Syria from Turkey.", "AID"),
    ("Niger's junta ordered the French ambassador to leave the country.", "COERCE"),
]

# the victims of a deed are not whom a demand to punish its doers is made of
# (text, type, source, target that must not be given)
NOT_TARGET = [
    (
        "Pakistan urged that the perpetrators of the attack on Chinese engineers be punished.",
        "REQUEST",
        "PAK",
        "CHN",
    ),
    (
        "Moscow demanded that those responsible for the shelling of Russian border towns be punished.",
        "REQUEST",
        "RUS",
        "RUS",
    ),
    (
        "Armenia called for the killers of the Armenian soldiers to be brought to justice.",
        "REQUEST",
        "ARM",
        "ARM",
    ),
    (
        "Kyiv urged that the Russian soldiers responsible for the killings in Bucha be punished.",
        "REQUEST",
        "UKR",
        "UKR",
    ),
]


@pytest.mark.parametrize(("text", "type_", "src", "tgt"), CASES, ids=[c[0][:60] for c in CASES])
def test_rule_codes(code, text, type_, src, tgt):
    events = code(text, PUB)
    assert counted(events, type_, src, tgt), show(events)


@pytest.mark.parametrize(("text", "type_"), NOT_TYPE, ids=[f"{c[1]}:{c[0][:50]}" for c in NOT_TYPE])
def test_rule_not_type(code, text, type_):
    events = [e for e in countable(code(text, PUB)) if e.type == type_]
    assert not events, show(events)


@pytest.mark.parametrize(
    ("text", "type_", "src", "tgt"), NOT_TARGET, ids=[c[0][:60] for c in NOT_TARGET]
)
def test_rule_not_target(code, text, type_, src, tgt):
    events = code(text, PUB)
    assert not counted(events, type_, src, tgt), show(events)


NO_EVENT = [
    "The report pointed to progress in the talks.",
    "The ministry named Ali Hassan as the new ambassador.",
    "Israel said no agreement had been reached.",
    "Russia said it had no objection to the plan.",
    "The central bank hinted at a rate cut on Thursday.",
    "The report raised the possibility of an attack on the capital.",
    "Russia's foreign ministry did not hint at any use of force.",
    "The climbers climbed down the mountain on Sunday.",
    "He brushed off the dust from his jacket.",
    "The shop shut its doors early on Friday.",
    "Trade between the two countries was halted by the pandemic.",
    "The travel ban on Muslim countries was challenged in court.",
    "An aid convoy crossed into Gaza on Sunday.",
    "The aid convoy did not reach Gaza.",
    "An aid convoy came under fire in Gaza.",
]


@pytest.mark.parametrize("text", NO_EVENT, ids=[t[:60] for t in NO_EVENT])
def test_rule_no_event(code, text):
    events = countable(code(text, PUB))
    assert not events, show(events)
