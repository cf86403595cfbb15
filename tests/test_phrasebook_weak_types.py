# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Phrasebook for the weaker PLOVER types: ACCUSE, CONCEDE, COERCE, SANCTION,
RETREAT, REJECT, REQUEST and THREATEN, in the many ways wire copy phrases them
(verbs, nouns, passives, headlines, reported speech, stated intent).

Every sentence was written for this file and annotated (type, source country,
target country) from shared/PLOVER.md and eval/README.md before the coder was run
on it. A type may be a tuple where PLOVER accepts more than one reading (taking a
town is COERCE or ASSAULT). Target None: any target. Cases the coder still misses
are strict xfails with the reason.

NEGATIVES must give no countable event at all (opinion, plans, hypotheticals,
denials, background). NOT_TYPE lists sentences that must not give a countable
event of one type (the tempting wrong reading).
"""

from __future__ import annotations

import pytest

from conftest import counted, show
from parley.evaluate import countable


def _x(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


def _text(case) -> str:
    return case.values[0] if hasattr(case, "values") else case[0]


# (text, type or types, source country, target country or None, pub date)
CASES = [
    # --- ACCUSE ---
    (
        "Kenya's foreign ministry accused Somalia of meddling in its internal affairs on Thursday.",
        "ACCUSE",
        "KEN",
        "SOM",
        "2024-05-01",
    ),
    (
        "Armenia condemned what it called an Azerbaijani provocation on the border near the village of Tegh.",
        "ACCUSE",
        "ARM",
        "AZE",
        "2024-05-01",
    ),
    (
        "Venezuela was accused by Guyana of massing troops near the disputed Essequibo region.",
        "ACCUSE",
        "GUY",
        "VEN",
        "2024-01-10",
    ),
    (
        "China lashed out at the Philippines over the latest standoff at Second Thomas Shoal.",
        "ACCUSE",
        "CHN",
        "PHL",
        "2024-03-24",
    ),
    (
        "Ethiopia's government slammed Egypt for what it said was interference in the dispute over the Nile dam.",
        "ACCUSE",
        "ETH",
        "EGY",
        "2024-05-01",
    ),
    (
        "Poland rebuked Belarus over a series of incidents on their shared border, the foreign ministry said.",
        "ACCUSE",
        "POL",
        "BLR",
        "2024-05-01",
    ),
    (
        "Congo's government said Rwanda was to blame for the fall of the town of Rubaya to M23 rebels.",
        "ACCUSE",
        "COD",
        "RWA",
        "2024-05-03",
    ),
    (
        "U.N. investigators censured Myanmar's military for air strikes on villages in Sagaing.",
        "ACCUSE",
        "IGO",
        "MMR",
        "2024-05-01",
    ),
    ("Seoul condemns North Korea's latest missile launch", "ACCUSE", "KOR", "PRK", "2024-05-01"),
    (
        "Ukraine's foreign ministry decried the Russian missile strike on Kharkiv as a war crime.",
        "ACCUSE",
        "UKR",
        "RUS",
        "2024-05-01",
    ),
    # --- CONCEDE ---
    (
        "Israel's military said it was sorry for the deaths of seven aid workers killed in an air strike in central Gaza.",
        "CONCEDE",
        "ISR",
        None,
        "2024-04-03",
    ),
    (
        "Kosovo relaxed its ban on imports of Serbian goods on Monday, the trade ministry said.",
        "CONCEDE",
        "XKX",
        "SRB",
        "2024-05-01",
    ),
    (
        "Georgia's ruling party backed down on the foreign agents bill after two days of street protests.",
        "CONCEDE",
        "GEO",
        None,
        "2023-03-10",
    ),
    (
        "Turkey lifted its objection to Sweden's bid to join NATO.",
        "CONCEDE",
        "TUR",
        "SWE",
        "2023-07-11",
    ),
    (
        "Prime Minister Nikol Pashinyan acknowledged that Armenia had made mistakes in the negotiations.",
        "CONCEDE",
        "ARM",
        None,
        "2024-05-01",
    ),
    (
        "The Dutch government apologised to Indonesia for the violence of its colonial war.",
        "CONCEDE",
        "NLD",
        "IDN",
        "2022-02-18",
    ),
    (
        "Ethiopia's government yielded to demands from Tigrayan leaders and restored banking services in the region.",
        "CONCEDE",
        "ETH",
        None,
        "2023-01-05",
    ),
    (
        "Serbia bowed to pressure from the European Union and recognised Kosovo licence plates.",
        "CONCEDE",
        "SRB",
        None,
        "2024-05-01",
    ),
    (
        "Japan expressed regret to South Korea over the remarks of one of its lawmakers.",
        "CONCEDE",
        "JPN",
        "KOR",
        "2024-05-01",
    ),
    # --- COERCE ---
    (
        "The Israeli army ordered residents of eastern Rafah to evacuate on Monday ahead of a ground operation.",
        "COERCE",
        "ISR",
        "PSE",
        "2024-05-07",
    ),
    (
        "Police in Dhaka detained dozens of opposition activists overnight.",
        "COERCE",
        "BGD",
        "BGD",
        "2024-05-01",
    ),
    (
        "Russian authorities blocked access to the messaging app Signal.",
        "COERCE",
        "RUS",
        None,
        "2024-05-01",
    ),
    (
        "A curfew was imposed on Port-au-Prince by Haiti's government after gangs stormed two prisons.",
        "COERCE",
        "HTI",
        None,
        "2024-03-04",
    ),
    (
        "Pakistan expelled thousands of Afghans who lacked documents.",
        "COERCE",
        "PAK",
        "AFG",
        "2023-11-05",
    ),
    (
        "Nicaragua stripped 94 opponents of President Daniel Ortega of their citizenship.",
        "COERCE",
        "NIC",
        None,
        "2023-02-16",
    ),
    (
        "Several journalists were arrested by Burkina Faso's junta last week.",
        "COERCE",
        "BFA",
        None,
        "2024-05-01",
    ),
    (
        "Kyrgyz police raided the offices of an independent news outlet in Bishkek.",
        "COERCE",
        "KGZ",
        None,
        "2024-01-17",
    ),
    (
        "Israel withheld tax revenues from the Palestinian Authority.",
        "COERCE",
        "ISR",
        "PSE",
        "2024-05-01",
    ),
    (
        "Ukrainian forces recaptured the village of Robotyne in the Zaporizhzhia region.",
        ("COERCE", "ASSAULT"),
        "UKR",
        "UKR",
        "2023-08-29",
    ),
    (
        "Sudan's army retook the town of Wad Madani from the Rapid Support Forces.",
        ("COERCE", "ASSAULT"),
        "SDN",
        None,
        "2025-01-12",
    ),
    # --- SANCTION ---
    (
        "The European Union imposed sanctions on Iranian drone makers.",
        "SANCTION",
        "IGO",
        "IRN",
        "2024-05-01",
    ),
    (
        "Washington slapped fresh sanctions on Russian banks.",
        "SANCTION",
        "USA",
        "RUS",
        "2024-05-01",
    ),
    (
        "Niger's junta ordered the French ambassador to leave the country.",
        "SANCTION",
        "NER",
        "FRA",
        "2023-08-26",
    ),
    (
        "Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS.",
        "SANCTION",
        "MLI",
        "IGO",
        "2024-01-29",
    ),
    (
        "Colombia broke off diplomatic relations with Israel.",
        "SANCTION",
        "COL",
        "ISR",
        "2024-05-02",
    ),
    (
        "A Russian court sentenced American reporter Evan Gershkovich to 16 years in prison on espionage charges.",
        "SANCTION",
        "RUS",
        "USA",
        "2024-07-20",
    ),
    ("Britain froze the assets of six Russian officials.", "SANCTION", "GBR", "RUS", "2024-05-01"),
    (
        "Algeria recalled its ambassador from Paris with immediate effect.",
        "SANCTION",
        "DZA",
        "FRA",
        "2024-07-31",
    ),
    ("China suspended all imports of Japanese seafood.", "SANCTION", "CHN", "JPN", "2023-08-25"),
    ("Canada expels six Indian diplomats", "SANCTION", "CAN", "IND", "2024-10-15"),
    # --- RETREAT ---
    (
        "Russian troops pulled back from positions around Kyiv.",
        "RETREAT",
        "RUS",
        None,
        "2022-04-02",
    ),
    ("Hamas released 13 Israeli hostages on Friday.", "RETREAT", "PSE", "ISR", "2023-11-25"),
    (
        "Israel let the first fuel trucks into Gaza through the Rafah crossing.",
        "RETREAT",
        "ISR",
        "PSE",
        "2023-11-16",
    ),
    (
        "The French military completed its withdrawal from Niger.",
        "RETREAT",
        "FRA",
        "NER",
        "2023-12-23",
    ),
    (
        "Renamo fighters handed over their weapons at a ceremony in Vunduzi.",
        "RETREAT",
        "MOZ",
        None,
        "2023-06-16",
    ),
    (
        "Haiti's prime minister Ariel Henry resigned, the transitional council said.",
        "RETREAT",
        "HTI",
        None,
        "2024-04-26",
    ),
    (
        "Israeli forces withdrew from Khan Younis in southern Gaza.",
        "RETREAT",
        "ISR",
        "PSE",
        "2024-04-08",
    ),
    (
        "Russian peacekeepers began leaving Nagorno-Karabakh on Wednesday.",
        "RETREAT",
        "RUS",
        None,
        "2024-04-18",
    ),
    (
        "Three Kosovo police officers were released by Serbia on Monday.",
        "RETREAT",
        "SRB",
        "XKX",
        "2023-06-27",
    ),
    # --- REJECT ---
    (
        "Hamas turned down an Israeli offer of a six-week truce.",
        "REJECT",
        "PSE",
        "ISR",
        "2024-05-01",
    ),
    (
        "Russia vetoed a U.N. Security Council resolution on the panel that monitors sanctions on North Korea.",
        "REJECT",
        "RUS",
        None,
        "2024-03-29",
    ),
    (
        "Niger's junta rebuffed ECOWAS demands to reinstate President Mohamed Bazoum.",
        "REJECT",
        "NER",
        "IGO",
        "2023-08-07",
    ),
    (
        "The Kremlin dismissed Ukraine's peace plan as unrealistic.",
        "REJECT",
        "RUS",
        "UKR",
        "2024-05-01",
    ),
    (
        "Venezuela refused to recognise the jurisdiction of the International Court of Justice over the Essequibo dispute.",
        "REJECT",
        "VEN",
        "IGO",
        "2023-12-02",
    ),
    (
        "Ethiopia denied reports that its troops had crossed into Somalia.",
        "REJECT",
        "ETH",
        None,
        "2024-05-01",
    ),
    (
        "The Houthis defied U.S. warnings and fired more missiles at ships in the Red Sea.",
        "REJECT",
        "YEM",
        "USA",
        "2024-01-12",
    ),
    (
        "Serbia's request for a meeting was turned down by Kosovo's government.",
        "REJECT",
        "XKX",
        "SRB",
        "2024-05-01",
    ),
    ("North Korea snubbed Japan's offer of summit talks.", "REJECT", "PRK", "JPN", "2024-03-27"),
    # --- REQUEST ---
    (
        "Poland's foreign minister told Moscow to leave Ukraine and pay for the damage.",
        "REQUEST",
        "POL",
        "RUS",
        "2024-05-01",
    ),
    (
        "Kyiv urged that the Russian soldiers responsible for the killings in Bucha be punished.",
        "REQUEST",
        "UKR",
        "RUS",
        "2024-04-01",
    ),
    (
        "Egypt appealed to Israel to halt its planned assault on Rafah.",
        "REQUEST",
        "EGY",
        "ISR",
        "2024-05-01",
    ),
    (
        "The African Union called on Rwanda to withdraw its troops from eastern Congo.",
        "REQUEST",
        "IGO",
        "RWA",
        "2024-05-01",
    ),
    (
        "Baku demanded that Yerevan return eight villages near the border.",
        "REQUEST",
        "AZE",
        "ARM",
        "2024-03-20",
    ),
    (
        "Iraq asked Washington to pull its troops out of the country.",
        "REQUEST",
        "IRQ",
        "USA",
        "2024-01-06",
    ),
    (
        "Israel was urged by Germany to allow more aid into Gaza.",
        "REQUEST",
        "DEU",
        "ISR",
        "2024-05-01",
    ),
    (
        "South Africa petitioned the International Court of Justice to order a halt to Israel's offensive in Rafah.",
        "REQUEST",
        "ZAF",
        "IGO",
        "2024-05-11",
    ),
    (
        "Sudan's army chief pressed the United Arab Emirates to stop arming the Rapid Support Forces.",
        "REQUEST",
        "SDN",
        "ARE",
        "2024-05-01",
    ),
    ("Seoul urges Pyongyang to return to talks", "REQUEST", "KOR", "PRK", "2024-05-01"),
    # --- THREATEN ---
    (
        "Israel said all options were on the table in responding to Iran.",
        "THREATEN",
        "ISR",
        "IRN",
        "2024-04-15",
    ),
    (
        "Turkey threatened to use force against Kurdish fighters in northern Syria.",
        "THREATEN",
        "TUR",
        "SYR",
        "2024-05-01",
    ),
    (
        "North Korea warned it would use force against South Korea.",
        "THREATEN",
        "PRK",
        "KOR",
        "2024-05-01",
    ),
    (
        "The Houthis vowed to keep attacking Israel until the war in Gaza ends.",
        "THREATEN",
        "YEM",
        "ISR",
        "2024-05-01",
    ),
    (
        "Hezbollah said it would keep attacking Israeli positions as long as the Gaza war went on.",
        "THREATEN",
        "LBN",
        "ISR",
        "2024-05-01",
    ),
    (
        "Russia threatened retaliation against Finland for joining NATO.",
        "THREATEN",
        "RUS",
        "FIN",
        "2023-04-05",
    ),
    ("China warned Taiwan of severe consequences.", "THREATEN", "CHN", "TWN", "2024-05-01"),
    (
        "ECOWAS gave Niger's junta an ultimatum to restore President Bazoum or face military action.",
        "THREATEN",
        "IGO",
        "NER",
        "2023-07-31",
    ),
    (
        "Iran vowed revenge against Israel for the strike on its consulate in Damascus.",
        "THREATEN",
        "IRN",
        "ISR",
        "2024-04-03",
    ),
    ("Russia threatened to cut gas supplies to Moldova.", "THREATEN", "RUS", "MDA", "2024-05-01"),
]

NEGATIVES = [
    "Analysts say the sanctions on Iran have done little to curb its drone exports.",
    "If Russia attacked a NATO member, the alliance would respond with force, experts said.",
    "The foreign minister is expected to ask Beijing for help at a meeting next week.",
    "Serbia did not withdraw its troops from the border, satellite images showed.",
    "Officials said no concessions had been made to the rebels.",
    "The threat of sanctions has hung over the country for years.",
    "Sanctions could be imposed on Caracas if the election is not free, diplomats said.",
    "The court will rule on the request next month.",
    "Demand for Russian oil in India rose sharply last year.",
    "The rebels' retreat from the capital in 1999 is still remembered in the region.",
    "Ukraine has not asked for foreign troops, the defence minister said.",
    "The army has ordered new uniforms for its soldiers.",
    "The ultimatum expired in 2019 without incident.",
    "An apology would be a first step, the opposition leader wrote in a newspaper column.",
    "Many residents blame the drought for the poor harvest.",
    "The government denies that it is planning to expel foreign journalists.",
]

# (text, type that must not be counted, pub date)
NOT_TYPE = [
    ("An aid convoy crossed into Gaza on Sunday.", "ASSAULT", "2024-05-01"),
    (
        "The Houthis vowed to keep attacking Israel until the war in Gaza ends.",
        "ASSAULT",
        "2024-05-01",
    ),
    (
        "Hezbollah said it would keep attacking Israeli positions as long as the Gaza war went on.",
        "ASSAULT",
        "2024-05-01",
    ),
    (
        "Poland's foreign minister told Moscow to leave Ukraine and pay for the damage.",
        "SANCTION",
        "2024-05-01",
    ),
    (
        "Poland's foreign minister told Moscow to leave Ukraine and pay for the damage.",
        "COERCE",
        "2024-05-01",
    ),
    (
        "Kyiv urged that the Russian soldiers responsible for the killings in Bucha be punished.",
        "SANCTION",
        "2024-04-01",
    ),
    (
        "Turkey threatened to use force against Kurdish fighters in northern Syria.",
        "ASSAULT",
        "2024-05-01",
    ),
    ("Israel said all options were on the table in responding to Iran.", "ASSAULT", "2024-04-15"),
    (
        "The Israeli army ordered residents of eastern Rafah to evacuate on Monday ahead of a ground operation.",
        "RETREAT",
        "2024-05-07",
    ),
]


@pytest.mark.parametrize(
    ("text", "types", "src", "tgt", "pub"), CASES, ids=[_text(c)[:60] for c in CASES]
)
def test_weak_types_coded(code, text, types, src, tgt, pub):
    events = code(text, pub)
    assert counted(events, types, src, tgt), show(events)


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:60] for t in NEGATIVES])
def test_weak_types_negatives(code, text):
    events = countable(code(text, "2024-05-01"))
    assert not events, show(events)


@pytest.mark.parametrize(
    ("text", "type_", "pub"), NOT_TYPE, ids=[f"{c[1]}:{c[0][:50]}" for c in NOT_TYPE]
)
def test_weak_types_not_type(code, text, type_, pub):
    events = [e for e in countable(code(text, pub)) if e.type == type_]
    assert not events, show(events)
