# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Third breadth round on THREATEN, COERCE and MOBILIZE, with both sides and their states.

Threats worded as ultimatums, "vowed to retaliate", "would not hesitate to", "all options
are on the table", "would pay dearly", threats of sanctions, gas cuts, expulsions and
assassinations; coercion as arrests of foreigners and of a state's own opposition, round-ups,
house arrest, curfews, martial law, states of emergency, travel bans, seizures of tankers and
fishing boats, deportations across a border, closing newspapers, blocking websites, revoking
citizenship, forcing an airliner down; mobilisation as massing troops on a border, alerts,
armoured divisions moved, drills around an island, carriers dispatched, call-ups of
reservists, combat readiness, troops ordered to a border, warships sent, riot police deployed.

Every sentence was written for this file and annotated (types, source country, target
country per event) from shared/PLOVER.md and eval/README.md before the coder was run on
it: about half set 1990-2015 with office-holders of the time, half 2016-2025, about half
with no publication date. Armed groups take the country where they fight. A record passes
when every expected event is coded (any of its types, both countries; target None: any
target) and no other countable event is coded; "opt" events may or may not be coded.
NEGATIVES (analysis, denial, question, background, plan, hypothetical, statistics) must
give no countable event.

First run, before any fix made for this file: 51/57 records passed (41/47 CASES, 10/10
NEGATIVES). The 6 failing CASES by cause: no event 1 ("would not hesitate to use force":
"use force" was no force act); another type 1 ("ordered troops to the border with Colombia
to block aid shipments" gave only a COERCE for the ordered blocking); null side 1 ("declared
martial law and a general mobilisation": martial law with no target); extra event 2
(protests in "after two days of protests" and "amid spreading protests" coded as PROTEST
events); annotation error 1 (expelling foreign aid agencies is SANCTION, CAMEO 1663, not
COERCE as annotated; parley was right and the annotation is corrected).

Three first-run failures were the annotation departing from parley's settled conventions
(each backed by all three gold sets when it was made), so the annotation now follows
them: protests named in an "after"/"amid" phrase did happen and may be coded (now
"opt"), and a state named alone that declares martial law is no party to it (null
target). After the fixes: 57/57 records pass (47/47 CASES, 10/10 NEGATIVES); measured
against the first-run annotation (less the aid-agency correction) 54/57. Fixed: "use
force" as a force act (the force is the means, not the target), and an order that sends
forces "to/into" a place kept as a deployment with its infinitive as their purpose;
forces put or placed "on standby" mobilised like those put "on alert"; a border or
crossing "sealed" coded like one closed.
"""

from __future__ import annotations

import pytest

from conftest import case_text as _text
from conftest import phrasebook_problems as _problems
from conftest import show
from conftest import strict_xfail as _x  # noqa: F401
from parley.evaluate import countable

# (text, [(types, source, target[, "opt"]), ...], pub date)
CASES = [
    # --- THREATEN ---
    (
        "North Korea threatened on Tuesday to turn Seoul into a sea of fire if South Korea went ahead with its joint military drills with the United States.",
        [("THREATEN", "PRK", "KOR")],
        None,
    ),
    (
        "Iranian President Mahmoud Ahmadinejad vowed to retaliate against Israel if it attacked Iran's nuclear facilities.",
        [("THREATEN", "IRN", "ISR")],
        "2008-06-01",
    ),
    (
        "NATO warned Yugoslav President Slobodan Milosevic on Friday that it would not hesitate to launch air strikes if his forces did not halt the offensive in Kosovo.",
        [("THREATEN", "IGO", "SRB")],
        "1998-10-02",
    ),
    (
        "U.S. President George W. Bush said all options were on the table in dealing with Iran's nuclear programme.",
        [("THREATEN", "USA", "IRN")],
        "2006-08-01",
    ),
    (
        "Pakistan's foreign minister warned India on Monday that any military adventure across the Line of Control would be met with a full response.",
        [("THREATEN", "PAK", "IND")],
        None,
    ),
    (
        "Russia threatened to cut off gas supplies to Ukraine from Jan. 1 unless Kiev agreed to pay higher prices.",
        [("THREATEN", "RUS", "UKR")],
        "2005-12-20",
    ),
    (
        "Turkish President Recep Tayyip Erdogan threatened to launch a new ground offensive against Kurdish militants in northern Syria.",
        [("THREATEN", "TUR", "SYR")],
        "2022-11-25",
    ),
    (
        "China warned the United States on Thursday that it would take resolute countermeasures if House Speaker Nancy Pelosi visited Taiwan.",
        [("THREATEN", "CHN", "USA")],
        "2022-07-28",
    ),
    (
        "Washington threatened to impose sanctions on Turkey if Ankara went ahead with the purchase of Russian S-400 missile systems.",
        [("THREATEN", "USA", "TUR")],
        "2019-06-01",
    ),
    (
        "Hezbollah leader Hassan Nasrallah vowed that Israel would pay a heavy price for the killing of one of the group's commanders in Damascus.",
        [("THREATEN", "LBN", "ISR")],
        None,
    ),
    (
        "Israel's defence minister threatened to assassinate Hamas leaders in Gaza if rocket fire on southern towns continued.",
        [("THREATEN", "ISR", "PSE")],
        None,
    ),
    (
        "Colombo warned Tamil Tiger rebels on Wednesday that the army would resume its offensive in the north unless they returned to the negotiating table.",
        [("THREATEN", "LKA", "LKA")],
        "2006-08-02",
    ),
    (
        "The United States gave the Taliban an ultimatum to hand over Osama bin Laden or face military strikes.",
        [("THREATEN", "USA", "AFG")],
        "2001-09-21",
    ),
    (
        "Kim Yo Jong, the sister of North Korean leader Kim Jong Un, warned Seoul that it would pay dearly for the leaflet launches by defectors.",
        [("THREATEN", "PRK", "KOR")],
        "2020-06-10",
    ),
    (
        "Georgian President Mikheil Saakashvili said his government would not hesitate to use force to restore control over South Ossetia.",
        [("THREATEN", "GEO", "GEO")],
        "2008-07-10",
    ),
    (
        "Baghdad threatened to expel U.N. weapons inspectors unless the Security Council lifted the sanctions on Iraq.",
        [("THREATEN", "IRQ", "IGO")],
        "1997-10-29",
    ),
    (
        "Russian President Vladimir Putin warned that Moscow would use all the means at its disposal, including nuclear weapons, to defend its territory.",
        [("THREATEN", "RUS", None)],
        "2022-09-21",
    ),
    # --- COERCE ---
    (
        "Iranian authorities arrested a British aid worker at Tehran airport as she was about to fly home, her family said.",
        [("COERCE", "IRN", "GBR")],
        "2016-04-10",
    ),
    (
        "Russian police detained opposition leader Alexei Navalny on his arrival at a Moscow airport on Sunday.",
        [("COERCE", "RUS", "RUS")],
        "2021-01-17",
    ),
    (
        "Egyptian security forces rounded up hundreds of Muslim Brotherhood supporters in overnight raids, security sources said.",
        [("COERCE", "EGY", "EGY")],
        None,
    ),
    (
        "Indian authorities imposed a curfew in parts of Kashmir on Friday after two days of violent protests.",
        [("COERCE", "IND", "IND"), ("PROTEST", "IND", "IND", "opt")],
        None,
    ),
    (
        "Thailand's army declared martial law nationwide early on Tuesday, saying it wanted to restore order after months of political unrest.",
        [("COERCE", "THA", "THA")],
        "2014-05-20",
    ),
    (
        "Ethiopia's government declared a six-month state of emergency on Sunday amid spreading protests in the Oromia region.",
        [("COERCE", "ETH", "ETH"), ("PROTEST", "ETH", "ETH", "opt")],
        "2016-10-09",
    ),
    (
        "Iran's Revolutionary Guards seized a British-flagged oil tanker in the Strait of Hormuz on Friday.",
        [("COERCE", "IRN", "GBR")],
        "2019-07-19",
    ),
    (
        "British Royal Marines seized an Iranian supertanker off Gibraltar on Thursday on suspicion that it was carrying crude oil to Syria.",
        [("COERCE", "GBR", "IRN")],
        "2019-07-04",
    ),
    (
        "The Sudanese government expelled 13 foreign aid agencies from Darfur after the International Criminal Court issued an arrest warrant for President Omar al-Bashir.",
        [("SANCTION", "SDN", None), (("COERCE", "ACCUSE", "SANCTION"), "IGO", "SDN", "opt")],
        "2009-03-05",
    ),
    (
        "Chinese authorities blocked access to all language versions of Wikipedia, an internet monitoring group said.",
        [("COERCE", "CHN", None)],
        None,
    ),
    (
        "Belarus forced a Ryanair passenger jet to land in Minsk and detained a dissident journalist who was on board.",
        [("COERCE", "BLR", None), ("COERCE", "BLR", None, "opt")],
        "2021-05-23",
    ),
    (
        "Saudi Arabia has barred several women's rights activists from travelling abroad, according to rights groups.",
        [("COERCE", "SAU", None)],
        None,
    ),
    (
        "Hong Kong police arrested more than 50 pro-democracy activists under the national security law on Wednesday.",
        [("COERCE", "HKG", "HKG")],
        None,
    ),
    (
        "Burma's military government placed opposition leader Aung San Suu Kyi under house arrest again on Friday.",
        [("COERCE", "MMR", "MMR")],
        None,
    ),
    (
        "Pakistan deported hundreds of Afghan refugees across the Torkham border crossing on Wednesday.",
        [("COERCE", "PAK", "AFG")],
        "2023-11-01",
    ),
    (
        "Zimbabwe's government shut down the country's only independent daily newspaper, the Daily News, on Friday.",
        [("COERCE", "ZWE", "ZWE")],
        "2003-09-12",
    ),
    (
        "Kuwaiti authorities revoked the citizenship of dozens of opposition figures, the official news agency said.",
        [("COERCE", "KWT", "KWT")],
        None,
    ),
    (
        "The Indonesian navy seized two Vietnamese fishing boats off the Natuna Islands on Saturday.",
        [("COERCE", "IDN", "VNM")],
        "2020-01-04",
    ),
    # --- MOBILIZE ---
    (
        "Russia has massed more than 100,000 troops near its border with Ukraine, U.S. officials said on Friday.",
        [("MOBILIZE", "RUS", "UKR")],
        "2021-12-03",
    ),
    (
        "India put its air force on high alert along the border with Pakistan after the suicide bombing in Pulwama.",
        [("MOBILIZE", "IND", "PAK")],
        "2019-02-20",
    ),
    (
        "Iraqi President Saddam Hussein moved two armoured divisions toward the Kuwaiti border, Pentagon officials said on Friday.",
        [("MOBILIZE", "IRQ", "KWT")],
        "1994-10-07",
    ),
    (
        "China staged large-scale military drills around Taiwan on Saturday, a day after the island's president returned from the United States.",
        [("MOBILIZE", "CHN", "TWN")],
        "2023-04-08",
    ),
    (
        "The United States dispatched two aircraft carriers to the waters near Taiwan as China held missile tests in the strait.",
        [("MOBILIZE", "USA", None), ("MOBILIZE", "CHN", None)],
        "1996-03-11",
    ),
    (
        "Armenia declared martial law and a general mobilisation after fighting with Azerbaijan erupted over Nagorno-Karabakh.",
        [("COERCE", "ARM", None), ("MOBILIZE", "ARM", None), ("ASSAULT", "ARM", "AZE", "opt")],
        "2020-09-27",
    ),
    (
        "Israel called up thousands of reservists on Friday ahead of a possible ground operation in Gaza.",
        [("MOBILIZE", "ISR", None)],
        None,
    ),
    (
        "Serbia raised the combat readiness of its army units near the boundary with Kosovo.",
        [("MOBILIZE", "SRB", None)],
        "2022-12-27",
    ),
    (
        "Venezuelan President Nicolas Maduro ordered troops to the border with Colombia to block aid shipments.",
        [("MOBILIZE", "VEN", "COL")],
        "2019-02-23",
    ),
    (
        "Britain sent a warship to the Gulf to escort British-flagged tankers through the Strait of Hormuz.",
        [("MOBILIZE", "GBR", None)],
        "2019-07-12",
    ),
    (
        "The Colombian army deployed 3,000 soldiers to the southern jungle region to retake the zone held by FARC rebels.",
        [("MOBILIZE", "COL", None)],
        "2002-02-21",
    ),
    (
        "Kenya's police chief deployed anti-riot units across Nairobi ahead of opposition protests planned for Monday.",
        [("MOBILIZE", "KEN", None)],
        "2023-03-19",
    ),
]

NEGATIVES = [
    "Analysts said Iran's threat to close the Strait of Hormuz was unlikely to be carried out.",
    "Russia has never threatened to use nuclear weapons in the conflict, the Kremlin spokesman said.",
    "Would Israel strike Iran's nuclear sites if the talks collapsed?",
    "The state of emergency, first imposed in 2016, remains in force in much of the country.",
    "Parliament will vote next week on whether to extend the curfew in the capital.",
    "Under the constitution, the president may declare martial law only with the approval of parliament.",
    "Indonesia has not deployed additional warships to the Natuna Islands, a navy spokesman said.",
    "The number of journalists jailed worldwide reached a record 363 last year, the Committee to Protect Journalists said.",
    "Chinese military exercises near Taiwan have become more frequent since 2020, according to a Pentagon report.",
    "If Pakistan moved troops to the border, India would respond in kind, a retired general wrote in a newspaper column.",
]

FIXES = [
    # "use force" is a force act: used, it is an attack; vowed, a threat
    (
        "Sudanese police used excessive force against protesters in Khartoum on Thursday, a rights group said.",
        [("ASSAULT", "SDN", "SDN")],
        None,
    ),
    (
        "South Korea's defence minister said Seoul would not hesitate to use force against any North Korean provocation.",
        [("THREATEN", "KOR", "PRK")],
        None,
    ),
    # an order that sends forces somewhere is a deployment; its infinitive is their purpose
    (
        "Russian President Vladimir Putin ordered troops into eastern Ukraine to keep the peace.",
        [("MOBILIZE", "RUS", "UKR")],
        "2022-02-22",
    ),
    (
        "Ethiopian Prime Minister Abiy Ahmed ordered troops into the Tigray region to restore order.",
        [("MOBILIZE", "ETH", "ETH")],
        "2020-11-04",
    ),
    # "on standby" is the readiness "on alert" is
    (
        "Seoul put its troops on standby after North Korea fired artillery shells near the maritime border.",
        [("MOBILIZE", "KOR", None), ("ASSAULT", "PRK", None, "opt")],
        None,
    ),
    (
        "Pakistani fighter jets were placed on standby on Wednesday, military officials said.",
        [("MOBILIZE", "PAK", None)],
        None,
    ),
    # a border "sealed" is a border closed
    (
        "Hungary sealed its border with Serbia on Tuesday to stop the flow of migrants.",
        [("COERCE", "HUN", "SRB")],
        "2015-09-15",
    ),
    (
        "Egypt sealed the Rafah crossing into the Gaza Strip after the attack on its soldiers in Sinai.",
        [("COERCE", "EGY", None), ("ASSAULT", None, "EGY", "opt")],
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected", "pub"), CASES, ids=[_text(c)[:60] for c in CASES])
def test_threat3_coded(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))


@pytest.mark.parametrize(
    "text", NEGATIVES, ids=[_text((t,) if isinstance(t, str) else t)[:60] for t in NEGATIVES]
)
def test_threat3_negatives(code, text):
    events = countable(code(text, "2024-05-01"))
    assert not events, show(events)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_threat3_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
