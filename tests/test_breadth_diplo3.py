# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""A third type-breadth round on CONSULT, COOPERATE, AGREE, REJECT and protests by
states, in wording the earlier rounds (test_breadth_consult/coop/agree/reject/
diplomacy2) did not use.

CONSULT: a telephone conversation held with a leader, an envoy who "shuttled between"
two capitals, "played host to", a host state's round of talks between two others,
"dialled", negotiators who "sat across the table", an opened round of facilitated talks,
an unannounced trip, envoys meeting at a truce village, an official "was in" a place for
talks. COOPERATE: a suspect handed over or transferred to a state or a tribunal, an
extradition, a first joint patrol, "tipped off", "teamed up to", receiving gas under a
deal, a staged exercise, "worked hand in hand with". AGREE: agreed to a brokered
ceasefire, a signed peace accord, "an agreement in principle", "agreed in principle to",
pledged to dismantle, "committed to", initialled a treaty, "inked a truce", "signed up
to", a signed access agreement. REJECT: a veto of a resolution, a boycotted workshop,
"rejected out of hand", "refused to let ... into", "spurned demands", "turned down a
proposal", a delegation that "walked out of" a meeting, "would not accept" a ruling,
"balked at signing", two states vetoing a budget. PROTEST by states (ACCUSE under
parley's guideline, as in test_breadth_actors.py): summoning an ambassador, "lodged a
formal complaint with", "called in ... envoy", "delivered a protest note".

Every sentence was written for this file and annotated (types, source country, target
country per event) from shared/PLOVER.md and eval/README.md before the coder was run on
it; about half are undated (then only a sentence that names the state gives a country).
A record passes when every expected event is coded and no other countable event is; an
event marked "opt" may or may not be coded. NEGATIVES must give no countable event.

Coverage, as a measure of generalisation: 43/53 records passed on the first run (34/43
CASES, 9/10 NEGATIVES), before any fix made for this file. The 10 failures by cause: no
event 4 ("began receiving gas from", "staged a ... exercise" with a singular exercise,
"worked hand in hand with", "transferred ... to the war crimes tribunal"); other type 3
("handed over <operative NAME> to the United States" as RETREAT, "delivered a protest
note" as AID, a boycotted workshop as PROTEST); wrong country 1 (the target of "urged an
end to the hostilities in Ukraine" after a call to Putin); extra event 2 ("U.N.
inspections" as an ACCUSE of their own; a denial of a report, a negative here, coded as
REJECT).

One record was re-annotated after the first run, where the first annotation went
against the project's convention (counted as a failure above): a state boycotting a
meeting is PROTEST boycott (test_coder_pass10.py "India boycotted the regional summit"),
so the boycotted workshop accepts REJECT or PROTEST.

After the general fixes: 48/53 (39/43 CASES, 9/10 NEGATIVES); the other 5 are strict
xfails with their cause. Fixed causes (FIXES, new sentences): a compound "protest" on a
note is the note's protest, and a note delivered is no AID ("delivered / sent a protest
note to", ACCUSE); a suspect transferred, flown or handed to a tribunal or court
(COOPERATE with it; the ICTY's names as an IGO); goods received are traded as goods
imported (COOPERATE); "worked hand in hand" (COOPERATE); a singular exercise named by its
purpose ("counter-terrorism exercise", MOBILIZE, COOPERATE for two states' forces).
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
    # ==================================================================== CONSULT
    (
        "Secretary of State Madeleine Albright held a telephone conversation with Israeli Prime Minister Benjamin Netanyahu late on Tuesday about the stalled Hebron talks.",
        [("CONSULT", "USA", "ISR")],
        None,
    ),
    (
        "U.S. envoy Richard Holbrooke shuttled between Belgrade and Pristina on Sunday in a last-ditch effort to avert NATO air strikes.",
        [("CONSULT", "USA", "SRB")],
        None,
    ),
    (
        "Chinese Premier Li Keqiang played host to German Chancellor Angela Merkel in Beijing on Monday for a fresh round of economic talks.",
        [("CONSULT", "CHN", "DEU")],
        "2018-05-24",
    ),
    (
        "Qatar hosted a new round of talks between U.S. negotiators and the Taliban in Doha on Saturday.",
        [
            ("CONSULT", "USA", "AFG"),
            ("CONSULT", "QAT", "USA", "opt"),
            ("CONSULT", "QAT", "AFG", "opt"),
        ],
        "2019-03-02",
    ),
    pytest.param(
        "Indian Prime Minister Narendra Modi dialled Russian President Vladimir Putin on Friday and urged an end to the hostilities in Ukraine.",
        [("CONSULT", "IND", "RUS"), ("REQUEST", "IND", "RUS", "opt")],
        "2022-06-10",
        marks=_x(
            "the appeal 'urged an end to the hostilities in Ukraine' takes its target from the place (UKR), not from the party called (RUS)"
        ),
    ),
    (
        "Sudanese and South Sudanese negotiators sat across the table from each other in Addis Ababa on Wednesday for the first time since the border clashes.",
        [("CONSULT", "SDN", "SSD"), ("ASSAULT", "SDN", "SSD", "opt")],
        None,
    ),
    (
        "Sri Lankan government delegates and Tamil Tiger negotiators opened a third round of Norwegian-facilitated peace talks in Thailand on Monday.",
        [("CONSULT", "LKA", "LKA"), ("CONSULT", "NOR", "LKA", "opt")],
        None,
    ),
    (
        "Ukrainian President Volodymyr Zelenskiy made an unannounced trip to Washington on Wednesday, his first foreign journey since the invasion.",
        [("CONSULT", "UKR", "USA"), ("ASSAULT", "RUS", "UKR", "opt")],
        "2022-12-21",
    ),
    (
        "Envoys from North and South Korea met at the truce village of Panmunjom on Thursday to prepare for a rare summit.",
        [("CONSULT", "PRK", "KOR")],
        None,
    ),
    (
        "The Egyptian intelligence chief was in Gaza on Tuesday for talks with Hamas leaders on a prisoner exchange.",
        [("CONSULT", "EGY", "PSE")],
        "2024-05-01",
    ),
    # ================================================================== COOPERATE
    pytest.param(
        "Pakistan handed over senior al Qaeda operative Khalid Sheikh Mohammed to the United States after his arrest in Rawalpindi.",
        [("COOPERATE", "PAK", "USA"), ("COERCE", "PAK", None, "opt")],
        None,
        marks=_x(
            "'handed over <operative NAME> to the United States' is read as a handover (RETREAT): the parse makes 'operative' an adjective, so no suspect noun is seen"
        ),
    ),
    (
        "Colombia extradited former paramilitary warlord Salvatore Mancuso to the United States on drug trafficking charges.",
        [
            ("COOPERATE", "COL", "USA"),
            ("COERCE", "COL", None, "opt"),
            ("ACCUSE", "USA", None, "opt"),
        ],
        None,
    ),
    (
        "Turkish and Russian troops carried out their first joint patrol in northern Syria on Friday.",
        [("COOPERATE", "TUR", "RUS")],
        "2019-11-01",
    ),
    (
        "Israel tipped off Australian authorities about a plot to blow up a passenger plane, officials said.",
        [("COOPERATE", "ISR", "AUS")],
        None,
    ),
    (
        "Saudi Arabia and Russia teamed up to cut oil output, sending crude prices higher on Thursday.",
        [("COOPERATE", "SAU", "RUS")],
        "2024-05-01",
    ),
    (
        "Germany began receiving liquefied natural gas from Qatar under a 15-year supply deal on Tuesday.",
        [("COOPERATE", "DEU", "QAT"), ("AGREE", "DEU", "QAT", "opt")],
        "2024-05-01",
    ),
    (
        "Indian and American special forces staged a two-week counter-terrorism exercise in the Himalayan foothills.",
        [("COOPERATE", "IND", "USA")],
        "2024-05-01",
    ),
    (
        "Kenyan police worked hand in hand with Ugandan investigators to track down the bombers, the Kenyan police chief said.",
        [("COOPERATE", "KEN", "UGA")],
        None,
    ),
    pytest.param(
        "The Serbian government transferred former Bosnian Serb commander Ratko Mladic to the war crimes tribunal in The Hague.",
        [("COOPERATE", "SRB", "IGO")],
        None,
        marks=_x(
            "the lower-case 'war crimes tribunal' is no actor, so the place 'in The Hague' gives the target NLD"
        ),
    ),
    # ====================================================================== AGREE
    (
        "Israel and Hamas agreed to an Egyptian-brokered ceasefire late on Thursday after eleven days of fighting.",
        [
            ("AGREE", "ISR", "PSE"),
            ("CONSULT", "EGY", "ISR", "opt"),
            ("CONSULT", "EGY", "PSE", "opt"),
            ("ASSAULT", "ISR", "PSE", "opt"),
        ],
        "2021-05-20",
    ),
    (
        "Eritrea and Ethiopia signed a peace accord in Algiers, formally ending their two-year border war.",
        [("AGREE", "ERI", "ETH")],
        None,
    ),
    (
        "The Colombian government and the FARC rebels reached an agreement in principle on land reform in Havana.",
        [("AGREE", "COL", "COL"), ("CONSULT", "COL", "COL", "opt")],
        None,
    ),
    (
        "Russia and Georgia agreed in principle on Tuesday to a French-mediated plan to end the fighting in South Ossetia.",
        [
            ("AGREE", "RUS", "GEO"),
            ("CONSULT", "FRA", "RUS", "opt"),
            ("CONSULT", "FRA", "GEO", "opt"),
            ("ASSAULT", "RUS", "GEO", "opt"),
        ],
        None,
    ),
    (
        "North Korea pledged to dismantle its nuclear programme in exchange for fuel aid at six-nation talks in Beijing.",
        [("AGREE", "PRK", None), ("CONSULT", "PRK", None, "opt")],
        None,
    ),
    (
        "Kosovo and Serbia committed to normalising economic ties at a White House ceremony on Friday.",
        [("AGREE", "XKX", "SRB")],
        "2020-09-04",
    ),
    (
        "Armenia and Azerbaijan initialled the text of a peace treaty on Thursday, Armenia's foreign ministry said.",
        [("AGREE", "ARM", "AZE")],
        "2025-03-14",
    ),
    (
        "The Ugandan government and Lord's Resistance Army rebels inked a truce in the southern Sudanese town of Juba.",
        [("AGREE", "UGA", "UGA")],
        None,
    ),
    pytest.param(
        "Tehran signed up to tougher U.N. inspections of its nuclear sites under a deal struck with the IAEA on Sunday.",
        [("AGREE", "IRN", "IGO")],
        "2024-05-01",
        marks=_x(
            "the noun 'inspections' (object of the agreement) is coded as a U.N. investigation (ACCUSE) of its own"
        ),
    ),
    (
        "Japan and Australia signed a reciprocal access agreement allowing their troops to train on each other's soil.",
        [(("AGREE", "COOPERATE"), "JPN", "AUS")],
        "2022-01-06",
    ),
    # ===================================================================== REJECT
    (
        "Russia vetoed a U.N. Security Council resolution condemning the annexation of Crimea on Saturday.",
        [("REJECT", "RUS", "IGO")],
        "2014-03-15",
    ),
    (
        "Palestinian President Mahmoud Abbas boycotted the Bahrain economic workshop, calling it a sellout.",
        [(("REJECT", "PROTEST"), "PSE", None), ("ACCUSE", "PSE", None, "opt")],
        "2019-06-25",
    ),
    (
        "Yugoslav President Slobodan Milosevic rejected out of hand the Rambouillet peace plan for Kosovo.",
        [("REJECT", "SRB", None)],
        None,
    ),
    (
        "Iraq refused to let U.N. weapons inspectors into presidential palaces, defying Security Council demands.",
        [("REJECT", "IRQ", "IGO")],
        None,
    ),
    (
        "The Taliban spurned U.S. demands to hand over Osama bin Laden.",
        [("REJECT", "AFG", "USA")],
        None,
    ),
    (
        "Israel's cabinet turned down an Egyptian proposal for a long-term truce with Hamas on Sunday.",
        [("REJECT", "ISR", "EGY")],
        "2024-05-01",
    ),
    (
        "Azerbaijan's delegation walked out of the OSCE meeting in protest at remarks by the Armenian foreign minister.",
        [("REJECT", "AZE", None), (("ACCUSE", "PROTEST"), "AZE", "ARM", "opt")],
        "2024-05-01",
    ),
    (
        "China said it would not accept the ruling of an international tribunal on the South China Sea.",
        [("REJECT", "CHN", None)],
        "2016-07-12",
    ),
    (
        "Ethiopia balked at signing the U.S.-drafted deal on the Nile dam, skipping the final round in Washington.",
        [("REJECT", "ETH", None)],
        "2020-02-28",
    ),
    (
        "Poland and Hungary vetoed the EU's budget and coronavirus recovery package over a rule-of-law clause.",
        [("REJECT", "POL", "IGO"), ("REJECT", "HUN", "IGO")],
        "2020-11-16",
    ),
    # ==================================================== PROTEST by states (ACCUSE)
    (
        "Germany summoned the Iranian ambassador on Monday to protest against the execution of a German-Iranian dissident.",
        [(("ACCUSE", "PROTEST"), "DEU", "IRN"), ("ASSAULT", "IRN", None, "opt")],
        "2024-10-28",
    ),
    (
        "Beijing lodged a formal complaint with Tokyo over the Japanese prime minister's visit to the Yasukuni shrine.",
        [(("ACCUSE", "PROTEST"), "CHN", "JPN")],
        None,
    ),
    (
        "Seoul called in Japan's envoy to register its displeasure over a new school textbook.",
        [(("ACCUSE", "PROTEST"), "KOR", "JPN")],
        None,
    ),
    (
        "Moscow delivered a strongly worded protest note to Warsaw over the demolition of Soviet war memorials.",
        [(("ACCUSE", "PROTEST"), "RUS", "POL")],
        None,
    ),
]

NEGATIVES = [
    "Analysts said a summit between the two Koreas was unlikely before the elections.",
    "Pakistan has never extradited one of its own citizens to India.",
    "Should the ceasefire hold, aid convoys would be able to reach Gaza, the U.N. said.",
    "Did Washington reject the offer? Officials declined to comment.",
    pytest.param(
        "Israel denied that it had agreed to any truce with Hezbollah.",
        marks=_x(
            "a denial of a report is coded REJECT with no target (eval/README.md codes a denial that answers an accusation as REJECT; here no one accuses)"
        ),
    ),
    "The veto power of the five permanent members has long frustrated smaller states.",
    "Turkey is expected to approve Sweden's NATO membership later this year, diplomats said.",
    "Joint patrols along the border are routine, a spokesman for the army said.",
    "Neither side has agreed to a date for the next round of talks, mediators said.",
    "Whether the envoy will be summoned again remains unclear.",
]

FIXES = [
    # a protest note delivered or sent is a state's protest (ACCUSE), not goods delivered
    (
        "Beijing sent a protest note to Tokyo over the coast guard's detention of a Chinese trawler captain.",
        [(("ACCUSE", "PROTEST"), "CHN", "JPN"), ("COERCE", "JPN", "CHN", "opt")],
        None,
    ),
    (
        "Latvia delivered a protest note to Moscow on Wednesday over repeated violations of its airspace.",
        [(("ACCUSE", "PROTEST"), "LVA", "RUS")],
        "2024-05-01",
    ),
    # a suspect transferred to an international court is judicial cooperation with it
    (
        "Ivory Coast transferred former president Laurent Gbagbo to the International Criminal Court in The Hague on Wednesday.",
        [("COOPERATE", "CIV", "IGO")],
        "2011-11-30",
    ),
    (
        "Croatia transferred retired general Ante Gotovina to the U.N. tribunal on Saturday.",
        [("COOPERATE", "HRV", "IGO")],
        None,
    ),
    # a drill named by its purpose ("counter-terrorism", split at the hyphen) is a drill
    (
        "Russian and Chinese special forces held a counterterrorism exercise in Inner Mongolia.",
        [("COOPERATE", "RUS", "CHN")],
        "2024-05-01",
    ),
    (
        "Uzbekistan's security forces staged an anti-terror exercise in Tashkent on Friday.",
        [("MOBILIZE", "UZB", None)],
        None,
    ),
    # goods received from a state are trade, as goods imported
    (
        "Hungary received Russian oil through the Druzhba pipeline on Monday despite the EU embargo.",
        [("COOPERATE", "HUN", "RUS")],
        "2024-05-01",
    ),
    # "worked hand in hand" is working together
    (
        "French and Spanish police worked hand in hand to dismantle the ETA cell.",
        [("COOPERATE", "FRA", "ESP")],
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected", "pub"), CASES, ids=[_text(c)[:60] for c in CASES])
def test_diplo3_coded(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))


@pytest.mark.parametrize(
    "text", NEGATIVES, ids=[_text((t,) if isinstance(t, str) else t)[:60] for t in NEGATIVES]
)
def test_diplo3_negatives(code, text):
    events = countable(code(text, "2024-05-01"))
    assert not events, show(events)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_diplo3_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
