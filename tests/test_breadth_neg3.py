# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Precision on wire copy, third round: sentences with no countable event, or one
real event beside tempting non-events of every PLOVER type - background and history
("fought a border war from 1998 to 2000", "has long accused"), analysis and opinion
("analysts say Moscow may ..."), plans and schedules of third parties ("talks are due
to resume next week"), hypotheticals and conditions, questions, denials ("denied that
its warships had fired"), negation ("did not attend"), what a deal will do ("under
which Yerevan will return four villages"), slogans, titles and names holding event
words ("the Peace and Security Council", "Operation Desert Storm", "the Unification
Ministry"), event nouns used as descriptions ("the ceasefire line", "a protest vote",
"a trade war") and repeated mentions of an event already told in the sentence.

Every sentence was written for this file and annotated (types, source country, target
country per event) from shared/PLOVER.md and eval/README.md before the coder was run on
it. A record passes when every expected event is coded (any of its types, both
countries; target None: any target; either way round for symmetric types) and no other
countable event is coded; an event marked "opt" may or may not be coded. NEGATIVES must
give no countable event.

Coverage, as a measure of precision on fresh text: 42/58 records passed on the first
run (28/40 CASES, 14/18 NEGATIVES), before any fix made for this file. The 16 failures
by cause: 5 annotation slips of mine (three denials beside the news coded REJECT, which
eval/README.md 2 asks for, and a lone denial written as a negative; an exchange of fire
whose reverse direction is optional, eval/README.md 5), corrected and marked; no event 3
("but he received": a pronoun subject of a second clause; "vetoed on Thursday a package"
misparsed; "imposed anti-dumping duties" not a tariff); null side 1 ("the inter-Korean
liaison office"); extra events 7 - background 2 ("which fought two wars in Chechnya in
the 1990s", "whose guerrillas have kidnapped hundreds since the 1960s"), a wrong
country 1 (the arrest of "the Palestinian governor of Jerusalem" coded twice, PSE and ISR,
not the repeated mention "the third time he has been detained" as first thought), a deal's terms 2 ("the deal commits
the United States to withdraw", "Under the agreement, Russia will withdraw ... and hand
over"), a speaker's "X will have to rethink" as a REQUEST 1, a standing designation "is
designated a terrorist organisation by" as an act 1. After the general fixes (duties as
tariffs; a coordinated verb without its own subject or auxiliary shares the first verb's
modal; a deal that commits/obliges/requires a party to an act tells its terms): 49/58
(35/41 CASES, 14/17 NEGATIVES; the lone denial moved to CASES), the rest strict xfails
with their cause; then a decade ("in the 1990s", "since the 1960s") dates an act to
history as a year does: 51/58 (37/41 CASES); then a present passive in a relative
clause ("which is designated ... by") tells a standing state: 52/58 (15/17 NEGATIVES). FIXES were written after the fixes.
"""

from __future__ import annotations

import pytest

from conftest import case_text as _text
from conftest import phrasebook_problems as _problems
from conftest import show
from conftest import strict_xfail as _x
from parley.evaluate import countable

# (text, [(types, source, target[, "opt"]), ...], pub date)
CASES = [
    # --- talks and meetings beside hypothetical or planned events ---
    (
        "Israeli Prime Minister Benjamin Netanyahu met U.S. Secretary of State Antony Blinken in Jerusalem on Monday, in talks that officials said could pave the way for a ceasefire deal.",
        [("CONSULT", "ISR", "USA")],
        "2024-05-01",
    ),
    (
        "Turkish President Tayyip Erdogan met Swedish Prime Minister Ulf Kristersson in Vilnius on Monday, but it was unclear whether Ankara would drop its objections to Stockholm's NATO bid.",
        [("CONSULT", "TUR", "SWE")],
        "2023-07-10",
    ),
    (
        "NATO foreign ministers are scheduled to meet in Brussels next month, but on Wednesday Secretary-General Jens Stoltenberg telephoned Turkish President Tayyip Erdogan to discuss Sweden's membership bid.",
        [("CONSULT", "IGO", "TUR")],
        "2023-06-14",
    ),
    pytest.param(
        "North Korean leader Kim Jong Un did not attend the military parade in Pyongyang, but he received a Chinese delegation led by Zhao Leji on Saturday.",
        [("CONSULT", "PRK", "CHN")],
        "2024-04-13",
        marks=_x(
            "a pronoun subject of a second clause ('but he received') is not resolved to the first clause's subject"
        ),
    ),
    (
        "Hamas did not respond to the latest proposal on Wednesday, but Qatar's prime minister held talks with CIA director William Burns in Doha on the deal.",
        [("CONSULT", "QAT", "USA")],
        "2024-05-01",
    ),
    (
        "Serbian President Aleksandar Vucic met Kosovo Prime Minister Albin Kurti in Brussels on Thursday, but the meeting, brokered by EU foreign policy chief Josep Borrell, ended without agreement.",
        [
            ("CONSULT", "SRB", "XKX"),
            ("CONSULT", "IGO", "SRB", "opt"),
            ("CONSULT", "IGO", "XKX", "opt"),
        ],
        "2023-09-14",
    ),
    (
        "Lebanon's caretaker Prime Minister Najib Mikati met the commander of the U.N. Interim Force in Lebanon in Beirut on Monday.",
        [("CONSULT", "LBN", "IGO")],
        "2024-05-01",
    ),
    (
        "Kenyan President William Ruto, whose country has offered to lead a multinational police mission to Haiti, held talks with U.S. President Joe Biden at the White House on Thursday.",
        [("CONSULT", "KEN", "USA")],
        "2024-05-23",
    ),
    (
        "Bosnian Serb leader Milorad Dodik, whom Washington sanctioned in 2022, met Russian President Vladimir Putin in Moscow on Wednesday.",
        [("CONSULT", "BIH", "RUS")],
        "2024-02-21",
    ),
    # --- force beside background, names and repeated mentions ---
    (
        "The Ministry of Defence in London said on Tuesday that Russian forces had shelled the city of Kharkiv overnight.",
        [("ASSAULT", "RUS", "UKR")],
        None,
    ),
    (
        "Israeli aircraft struck targets in Rafah overnight, Palestinian health officials said, even as talks between Israel and Hamas are due to resume in Cairo next week.",
        [("ASSAULT", "ISR", "PSE")],
        "2024-05-01",
    ),
    (
        "Indian and Pakistani troops exchanged fire across the ceasefire line in Kashmir on Wednesday, the Indian army said.",
        # slip corrected: an exchange of fire goes both ways (eval/README.md 5)
        [("ASSAULT", "IND", "PAK"), ("ASSAULT", "PAK", "IND", "opt")],
        None,
    ),
    (
        "Ukrainian drones attacked an oil refinery in Russia's Ryazan region overnight, the regional governor said, adding that the attack had caused a fire but no casualties.",
        [("ASSAULT", "UKR", "RUS")],
        None,
    ),
    pytest.param(
        "South Korea's Unification Ministry said North Korea had blown up the inter-Korean liaison office in Kaesong on Tuesday.",
        [("ASSAULT", "PRK", "KOR")],
        "2020-06-16",
        marks=_x("an 'inter-Korean' office names no target country (null side)"),
    ),
    (
        "Sri Lankan troops captured the rebel stronghold of Kilinochchi on Friday, the Defence Ministry said, dealing a major blow to the Tamil Tiger rebels who have fought for a separate homeland since 1983.",
        [(("ASSAULT", "COERCE"), "LKA", "LKA")],
        "2009-01-02",
    ),
    (
        "Russia, which fought two wars in Chechnya in the 1990s and 2000s, deployed additional troops to its border with Georgia on Sunday, the defence ministry said.",
        [("MOBILIZE", "RUS", None)],
        "2008-08-01",
    ),
    (
        "China's military launched large-scale exercises around Taiwan on Thursday in what analysts described as a warning to the island's new president.",
        [("MOBILIZE", "CHN", "TWN")],
        "2024-05-23",
    ),
    # --- arrests, seizures, protests ---
    (
        "Venezuelan security forces arrested an opposition campaign manager on Sunday, and diplomats said Washington could reimpose oil sanctions on Caracas if the crackdown continued.",
        [("COERCE", "VEN", None)],
        "2024-05-01",
    ),
    pytest.param(
        "Israeli forces arrested the Palestinian governor of Jerusalem on Sunday, the third time he has been detained this year, his lawyer said.",
        [("COERCE", "ISR", "PSE")],
        None,
        marks=_x(
            "'the Palestinian governor of Jerusalem' is read both as PSE and, from the city, as ISR: the arrest is coded twice"
        ),
    ),
    (
        "Thai police arrested two Iranian men over a bomb blast in Bangkok, but Tehran denied any involvement in the plot.",
        [("COERCE", "THA", "IRN"), ("REJECT", "IRN", None, "opt")],  # slip, as above
        "2012-02-15",
    ),
    (
        "Security forces of the Palestinian Authority arrested three members of Islamic Jihad in Jenin on Sunday, a statement from the Palestinian Interior Ministry said.",
        [("COERCE", "PSE", "PSE")],
        None,
    ),
    (
        "Iran's Revolutionary Guards seized a Portuguese-flagged container ship linked to Israel in the Strait of Hormuz on Saturday, state media reported.",
        [("COERCE", "IRN", None)],
        "2024-04-13",
    ),
    (
        "Thousands of Iranians marched through Tehran on Friday chanting 'Death to America' and 'Death to Israel', state television reported.",
        [("PROTEST", "IRN", None)],
        None,
    ),
    (
        "Thousands of Georgians protested outside parliament in Tbilisi on Sunday against a 'foreign agents' bill, the third such protest this week.",
        [("PROTEST", "GEO", None)],
        "2024-05-01",
    ),
    # --- verbal acts beside denials, background and hypotheticals ---
    (
        "China's Defence Ministry denied that its warships had fired on a Philippine supply boat and accused Manila of provoking the confrontation near the Second Thomas Shoal.",
        # slip corrected: a denial answering an accusation is a REJECT (eval/README.md 2)
        [("ACCUSE", "CHN", "PHL"), ("REJECT", "CHN", "PHL", "opt")],
        "2024-05-01",
    ),
    (
        "Rwanda denied on Thursday that its troops were fighting alongside M23 rebels in eastern Congo and accused Kinshasa of backing the FDLR militia.",
        [("ACCUSE", "RWA", "COD"), ("REJECT", "RWA", "COD", "opt")],  # slip, as above
        None,
    ),
    (
        "Twenty-five years after NATO's bombing of Yugoslavia, Serbian President Aleksandar Vucic on Sunday accused the alliance of aggression against a sovereign state.",
        [("ACCUSE", "SRB", "IGO")],
        "2024-03-24",
    ),
    (
        "Iraqi President Saddam Hussein, speaking on the anniversary of Operation Desert Storm, threatened to attack Kuwait again if U.N. sanctions were not lifted.",
        [("THREATEN", "IRQ", "KWT")],
        None,
    ),
    (
        "U.N. Secretary-General Antonio Guterres called for an immediate humanitarian ceasefire in Gaza on Monday, warning that the war had turned the territory into a graveyard for children.",
        [("REQUEST", "IGO", None)],
        "2023-11-06",
    ),
    pytest.param(
        "Hungary's Viktor Orban, who has long opposed sanctions on Russia, vetoed on Thursday a 50 billion euro EU aid package for Ukraine.",
        [("REJECT", "HUN", None)],
        "2023-12-15",
        marks=_x(
            "spaCy parses 'vetoed on Thursday a ... package' after a relative clause as a participle (acl) of the subject"
        ),
    ),
    (  # slip corrected (first written as a negative): a denial is a REJECT
        "The Chinese foreign ministry denied that its coast guard had rammed a Philippine vessel.",
        [("REJECT", "CHN", None, "opt")],
        "2024-05-01",
    ),
    # --- sanctions, agreements, retreats beside what they will do ---
    (
        "Russia has long accused NATO of encroaching on its borders, and on Wednesday Moscow expelled two Estonian diplomats, the foreign ministry said.",
        [("SANCTION", "RUS", "EST")],
        None,
    ),
    (
        "Analysts say Moscow may retaliate by cutting gas supplies, but on Friday the Kremlin only expelled two German diplomats.",
        [("SANCTION", "RUS", "DEU")],
        None,
    ),
    (
        "The Peace and Security Council of the African Union suspended Niger from all its activities on Tuesday following last month's coup.",
        [("SANCTION", "IGO", "NER")],
        "2023-08-22",
    ),
    (
        "China imposed anti-dumping duties on French brandy on Friday, deepening fears of a trade war with the European Union.",
        [(("SANCTION", "COERCE"), "CHN", None)],
        "2024-10-11",
    ),
    (
        "The U.N. war crimes tribunal in The Hague sentenced former Bosnian Serb commander Ratko Mladic to life in prison over the 1995 Srebrenica massacre, in which Bosnian Serb forces killed about 8,000 Muslim men and boys.",
        [("SANCTION", "IGO", "BIH")],
        "2017-11-22",
    ),
    (
        "Ethiopia and Eritrea, which fought a border war from 1998 to 2000 that killed some 80,000 people, signed a peace agreement in Jeddah on Sunday.",
        [("AGREE", "ETH", "ERI")],
        "2018-09-17",
    ),
    (
        "Armenia and Azerbaijan agreed on Friday on a border delimitation deal under which Yerevan will return four villages to Baku and both sides will withdraw troops from the frontier.",
        [("AGREE", "ARM", "AZE")],
        "2024-04-20",
    ),
    (
        "Israel and the United Arab Emirates signed a free trade agreement on Tuesday that will cut tariffs on 96 percent of goods traded between them.",
        [("AGREE", "ISR", "ARE"), ("COOPERATE", "ISR", "ARE", "opt")],
        "2022-05-31",
    ),
    (
        "Colombia's government and the ELN, whose guerrillas have kidnapped hundreds of people since the 1960s, signed a six-month ceasefire in Havana on Friday.",
        [(("AGREE", "RETREAT"), "COL", "COL")],
        "2023-06-09",
    ),
    (
        "The deal signed in Doha in February commits the United States to withdraw all its troops from Afghanistan, and on Monday the Taliban released 100 Afghan government prisoners.",
        [("RETREAT", "AFG", "AFG")],
        "2020-04-13",
    ),
]

NEGATIVES = [
    "The two countries fought a brief border war in 1995 and have been at odds over the disputed territory ever since.",
    "Analysts say Moscow may try to destabilise Moldova ahead of next year's elections.",
    "Talks between Serbia and Kosovo on normalising relations are due to resume in Brussels next week, an EU spokesman said.",
    "Would Israel strike Iran's nuclear sites without American backing? Few analysts think so.",
    "Sudan's army chief did not attend the talks in Geneva.",
    pytest.param(
        "Under the agreement, Russia will withdraw its forces from the area and hand over control to Azerbaijani police.",
        marks=_x(
            "a deal's future term ('Under the agreement, Russia will withdraw') is a stated intent (AGREE); a rule for deal terms cost a GSR AGREE record"
        ),
    ),
    "The ruling party's election slogan, 'Crush the traitors', was painted on billboards across the capital.",
    "Egypt's Minister of Defence and Military Production, General Mohamed Zaki, is a former commander of the Republican Guard.",
    "The Peace and Security Council of the African Union is made up of 15 member states elected by the AU Executive Council.",
    "Operation Desert Storm, the U.S.-led campaign that drove Iraqi forces out of Kuwait in 1991, lasted just six weeks.",
    "The ceasefire line that has divided Cyprus since 1974 runs through the heart of Nicosia.",
    "Economists warn that a trade war between Washington and Beijing could shave half a percentage point off global growth.",
    pytest.param(
        "If Pyongyang conducts a seventh nuclear test, Seoul and Washington will have to rethink their strategy, a former South Korean envoy said.",
        marks=_x(
            "'X will have to rethink, a former envoy said' is read as a REQUEST by the speaker"
        ),
    ),
    "Was the drone that crashed in Romania Russian? NATO officials say they still do not know.",
    "Far-right parties did well in what commentators called a protest vote against the government's austerity policies.",
    "Hamas, which is designated a terrorist organisation by the United States and the European Union, has run Gaza since 2007.",
    "Neither side has claimed responsibility for the blast, which remains under investigation.",
]

FIXES = [
    # customs duties are a tariff
    (
        "Britain slapped anti-dumping duties on Chinese steel on Monday.",
        [("SANCTION", "GBR", "CHN")],
        "2024-05-01",
    ),
    (
        "The European Union imposed provisional duties on Chinese electric vehicles on Thursday.",
        [("SANCTION", "IGO", "CHN")],
        "2024-07-05",
    ),
    # a coordinated verb with no subject or auxiliary of its own shares the first verb's modal
    (
        "Hamas could release the hostages and hand over control of the crossing, a mediator said.",
        [],
        "2024-05-01",
    ),
    # a deal that commits or obliges a party to an act tells its terms, not the act
    (
        "The agreement obliges Armenia to hand over four villages to Azerbaijan.",
        [],
        "2024-05-01",
    ),
    (
        "The truce commits Israel to withdraw its troops from populated areas of Gaza.",
        [],
        None,
    ),
    # a decade over before last year dates an act to history, as a year does
    (
        "Serbia, whose forces shelled Croatian towns in the 1990s, recalled its ambassador from Montenegro on Monday.",
        [("SANCTION", "SRB", "MNE")],
        "2024-05-01",
    ),
    (
        "Turkey, which has fought Kurdish militants since the 1980s, struck targets in northern Iraq on Sunday.",
        [("ASSAULT", "TUR", "IRQ")],
        "2024-05-01",
    ),
    ("The rebels have attacked oil pipelines in the region since the 1980s.", [], "2024-05-01"),
    # a present passive in a relative clause tells a standing state
    (
        "Rwanda, which is accused by U.N. experts of backing the M23 rebels, rejected the report on Tuesday.",
        [("REJECT", "RWA", None)],
        "2024-05-01",
    ),
    (
        "The Muslim Brotherhood, which is banned in Egypt, called for calm.",
        [("REQUEST", "EGY", None, "opt")],
        None,
    ),
    # the act itself, done, is still coded
    (
        "Israel's army withdrew from Khan Younis on Sunday and handed over the hospital to Palestinian medics.",
        [("RETREAT", "ISR", "PSE")],
        "2024-05-01",
    ),
]


@pytest.mark.parametrize(("text", "expected", "pub"), CASES, ids=[_text(c)[:60] for c in CASES])
def test_neg3_coded(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))


@pytest.mark.parametrize(
    "text", NEGATIVES, ids=[_text((t,) if isinstance(t, str) else t)[:60] for t in NEGATIVES]
)
def test_neg3_negatives(code, text):
    events = countable(code(text, "2024-05-01"))
    assert not events, show(events)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_neg3_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
