# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Paraphrases along MODALITY AND ATTRIBUTION of dev records (source id in a comment).

CASES say a dev event (a) with a different attribution or hedge that must still count
("according to X", "X confirmed", "reportedly", "allegedly", "state media reported",
a quote or clause moved to the front), with the same gold; or (b) turned into a
speech act that is coded instead (a refusal is REJECT, "threatened to" is THREATEN,
"called on X to" is REQUEST, a denial answering an accusation is REJECT against the
accuser, "said it would" is stated intent: AGREE or THREATEN), annotated from
shared/PLOVER.md and eval/README.md before the coder was run. NEGATIVES turn the event
into something with no countable event: negation, third-party plans and expectations,
"may", "weighing", hypotheticals and counterfactuals, questions.

A record passes when every expected event is coded (any of its types, both countries;
target None: any target; either way round for symmetric types) and no other countable
event is coded; an "opt" event may or may not be coded.

Coverage, as a measure of generalisation: 62/75 records passed on the first run
(40/51 CASES, 22/24 NEGATIVES), before any fix made for this file; 65/75 after the
general fixes (41/51, 24/24), the rest strict xfails with their cause. FIXES were
written after the fixes, one or two new sentences per cause fixed.
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
    # --- (a) attribution and hedges that still count ---
    (  # dev-0001
        "According to Armenia's Defence Ministry, Azerbaijani troops opened fire on Armenian positions near the village of Sotk on Sunday night.",
        [("ASSAULT", "AZE", "ARM")],
        "2024-05-14",
    ),
    (  # dev-0008
        "American and British warplanes reportedly struck Houthi targets across Yemen early on Friday in response to the group's attacks on commercial shipping in the Red Sea.",
        [("ASSAULT", "USA", "YEM"), ("ASSAULT", "GBR", "YEM"), ("ASSAULT", "YEM", None, "opt")],
        "2024-01-13",
    ),
    (  # dev-0020
        "Pakistan's military said India struck nine sites in Pakistan and Pakistan-administered Kashmir early on Wednesday.",
        [("ASSAULT", "IND", "PAK")],
        "2025-05-08",
    ),
    pytest.param(  # dev-0036
        "Mali's junta has cut diplomatic relations with Ukraine, state television announced on Sunday, accusing Kyiv of supporting terrorist groups in the Sahel.",
        [("SANCTION", "MLI", "UKR"), ("ACCUSE", "MLI", "UKR")],
        "2024-08-05",
        marks=_x(
            "', accusing' after a trailing attribution takes the reporter ('state television') as accuser, not the subject of the reported clause"
        ),
    ),
    (  # dev-0045
        "Armed gangs allegedly stormed Haiti's two largest prisons over the weekend, freeing thousands of inmates in Port-au-Prince, local media reported.",
        [("ASSAULT", "HTI", "HTI")],
        "2024-03-04",
    ),
    pytest.param(  # dev-0049
        "South Korea fully suspended a 2018 inter-Korean military agreement on Tuesday, the defence ministry confirmed, in response to a barrage of trash-filled balloons sent across the border by Pyongyang.",
        [("SANCTION", "KOR", "PRK")],
        "2024-06-05",
        marks=_x(
            "the partner of a suspended 'inter-Korean' agreement comes only from 'by Pyongyang'; the adjective names no target"
        ),
    ),
    (  # dev-0052
        "Russian and Ukrainian delegations held their first direct peace talks in more than three years in Istanbul on Friday and agreed to exchange 1,000 prisoners of war each, Turkish officials said.",
        [("CONSULT", "RUS", "UKR"), ("AGREE", "RUS", "UKR")],
        "2025-05-17",
    ),
    (  # dev-0060
        "Armenia has signed a contract to buy 36 CAESAR self-propelled howitzers from France, according to a statement on the Armenian defence ministry's website.",
        [(("COOPERATE", "AGREE"), "ARM", "FRA")],
        "2024-06-19",
    ),
    (  # dev-0063
        '"We call for an immediate and unconditional ceasefire in eastern Congo," leaders of the East African Community and the Southern African Development Community said in a joint statement after their summit in Dar es Salaam on Saturday.',
        [("REQUEST", "IGO", None), ("CONSULT", "IGO", "IGO", "opt")],
        "2025-02-09",
    ),
    (  # dev-0069
        "Kosovo's new government lifted all remaining trade barriers on goods from Serbia on Saturday, Prime Minister Avdullah Hoti said in a statement.",
        [("CONCEDE", "XKX", "SRB")],
        "2020-06-07",
    ),
    (  # dev-0072
        "Ethiopia's parliament voted on Wednesday to remove the Tigray People's Liberation Front from its list of terrorist organisations, state media reported.",
        [("CONCEDE", "ETH", "ETH")],
        "2023-03-23",
    ),
    (  # dev-0078
        "Azerbaijan allowed a Red Cross convoy carrying flour and medical supplies to enter Nagorno-Karabakh through the Lachin corridor on Monday, the ICRC confirmed.",
        [("RETREAT", "AZE", "NGO"), ("AID", "NGO", None, "opt")],
        "2023-09-19",
    ),
    pytest.param(  # dev-0081
        "The Israeli military has called up 300,000 reservists in 48 hours, according to a military spokesman, the largest mobilisation in the country's history.",
        [("MOBILIZE", "ISR", None)],
        "2023-10-10",
        marks=_x(
            "the appositive 'the largest mobilisation' after a moved 'according to' is coded as a second MOBILIZE without source"
        ),
    ),
    (  # dev-0091
        "Any Israeli ship entering the Red Sea would be treated as a legitimate target, the Houthis warned.",
        [("THREATEN", "YEM", "ISR")],
        "2024-07-21",
    ),
    pytest.param(  # dev-0095
        "Sudan's army has refused to send a delegation to the US-led talks that opened in Switzerland on Wednesday, according to a statement from the army spokesman.",
        [("REJECT", "SDN", "USA"), ("CONSULT", "USA", "SDN")],
        "2024-08-15",
        marks=_x(
            "the 'US-led talks that opened' are not coded as CONSULT when 'according to a statement' follows (cause not traced)"
        ),
    ),
    (  # dev-0105
        "The Rapid Support Forces must halt their siege of El Fasher, the UN Security Council said in a resolution adopted on Thursday.",
        [("REQUEST", "IGO", "SDN"), (("COERCE", "ASSAULT"), "SDN", "SDN", "opt")],
        "2024-06-14",
    ),
    (  # dev-0114
        "Iran's Revolutionary Guards seized the Portuguese-flagged container ship MSC Aries near the Strait of Hormuz on Saturday, Iranian state media reported, alleging it was linked to Israel.",
        [("COERCE", "IRN", "PRT"), ("ACCUSE", "IRN", "ISR", "opt")],
        "2024-04-14",
    ),
    (  # dev-0117
        "A Russian court has sentenced US journalist Evan Gershkovich to 16 years in a high-security penal colony, the RIA news agency reported on Friday.",
        [("SANCTION", "RUS", "USA")],
        "2024-07-20",
    ),
    (  # dev-0120
        "Canada said on Monday it had expelled six Indian diplomats, accusing them of involvement in a campaign of violence against Sikh separatists on Canadian soil.",
        [("SANCTION", "CAN", "IND"), ("ACCUSE", "CAN", "IND")],
        "2024-10-15",
    ),
    pytest.param(  # dev-0136
        "US President Joe Biden signed a 95 billion dollar foreign aid package on Wednesday that includes about 61 billion dollars for Ukraine, the White House confirmed.",
        [("AID", "USA", "UKR")],
        "2024-04-25",
        marks=_x(
            "with 'the White House confirmed' after it, the 'includes ... for Ukraine' share no longer gives the aid its target"
        ),
    ),
    (  # dev-0145
        "According to the Russian Defence Ministry, Russian peacekeepers have completed their withdrawal from Nagorno-Karabakh.",
        [("RETREAT", "RUS", "AZE")],
        "2024-06-13",
    ),
    (  # dev-0151
        "Israeli troops pulled out of villages in southern Lebanon on Tuesday, Lebanese state media reported, but remained at five hilltop positions.",
        [("RETREAT", "ISR", "LBN")],
        "2025-02-19",
    ),
    (  # dev-0163
        "The Kremlin on Tuesday rejected Ukraine's ten-point peace plan, spokesman Dmitry Peskov told reporters.",
        [("REJECT", "RUS", "UKR")],
        "2022-12-28",
    ),
    (  # dev-0200
        "Russian guided bombs struck a crowded hardware store in Kharkiv on Saturday, killing at least a dozen people, according to regional governor Oleh Syniehubov.",
        [("ASSAULT", "RUS", "UKR")],
        "2024-05-26",
    ),
    (  # dev-0218
        "Yerevan must remove a reference to Nagorno-Karabakh from its constitution before any peace treaty is signed, Baku said again.",
        [("REQUEST", "AZE", "ARM")],
        "2024-02-02",
    ),
    (  # dev-0227
        "The EU has adopted its 14th package of sanctions against Russia, the bloc's Belgian presidency announced on Monday.",
        [("SANCTION", "IGO", "RUS")],
        "2024-06-25",
    ),
    (  # dev-0270
        "Armenian security services arrested Archbishop Bagrat Galstanyan on Wednesday, the National Security Service said in a statement, on charges of plotting to seize power.",
        [("COERCE", "ARM", "ARM"), ("ACCUSE", "ARM", "ARM", "opt")],
        "2025-06-26",
    ),
    (  # dev-0313
        "Poland has granted asylum to Belarusian journalist Andrei Kozlovsky, Polish media reported.",
        [("AID", "POL", "BLR")],
        "2024-02-14",
    ),
    (  # dev-0316
        "Kenyan and Somali troops reportedly conducted a joint operation against al-Shabaab hideouts in the Boni forest near the border last week.",
        [("COOPERATE", "KEN", "SOM"), ("ASSAULT", "KEN", "SOM", "opt")],
        "2024-09-24",
    ),
    (  # dev-0157
        "Supporters of former prime minister Imran Khan allegedly set fire to a senior army commander's residence in Lahore on Tuesday after his arrest in a corruption case, police said.",
        [(("PROTEST", "ASSAULT"), "PAK", "PAK"), ("COERCE", "PAK", "PAK", "opt")],
        "2023-05-10",
    ),
    pytest.param(  # dev-0224
        "Poland began moving additional troops to its border with Belarus on Wednesday, the defence minister confirmed, days after a soldier was stabbed by a migrant trying to cross the fence.",
        [("MOBILIZE", "POL", "BLR"), ("ASSAULT", None, "POL")],
        "2024-06-06",
        marks=_x(
            "the stabbed soldier's country (POL) is not inferred once 'the defence minister confirmed' is inserted"
        ),
    ),
    pytest.param(  # dev-0230
        "A group of Azerbaijanis who described themselves as environmental activists blocked the Lachin corridor on Monday, Armenian officials claimed.",
        [("PROTEST", "AZE", None)],
        "2022-12-13",
        marks=_x(
            "with 'Armenian officials claimed', 'a group of Azerbaijanis who described themselves as activists' loses its country"
        ),
    ),
    (  # dev-0108
        "Ethnic Serbs boycotted Sunday's local elections in four municipalities in northern Kosovo, according to the election commission.",
        [("PROTEST", "SRB", "XKX")],
        "2023-04-24",
    ),
    (  # dev-0132
        "China and Pakistan signed a raft of agreements to expand the China-Pakistan Economic Corridor, Pakistan's foreign ministry said in a statement on its website.",
        [(("COOPERATE", "AGREE"), "CHN", "PAK")],
        "2024-03-18",
    ),
    (  # dev-0142
        "Myanmar's military government has reduced Aung San Suu Kyi's prison sentences by six years as part of a broad amnesty, state broadcaster MRTV reported on Tuesday.",
        [(("CONCEDE", "RETREAT"), "MMR", "MMR")],
        "2023-08-02",
    ),
    # --- (b) modality that turns the act into a different, countable speech act ---
    (  # dev-0075: refusal
        "Sudan's army-backed government refused on Thursday to reopen the Adre border crossing with Chad to humanitarian aid for Darfur.",
        [("REJECT", "SDN", None)],
        "2024-08-16",
    ),
    pytest.param(  # dev-0099: refusal
        "Niger's junta refused to reinstate ousted President Mohamed Bazoum as ECOWAS had demanded before a deadline that expired at midnight on Sunday.",
        [("REJECT", "NER", "IGO"), ("REQUEST", "IGO", "NER", "opt")],
        "2023-08-07",
        marks=_x(
            "'as ECOWAS had demanded' (a past demand in a comparison clause) is coded as a new REQUEST with no target"
        ),
    ),
    (  # dev-0120: threat
        "Canada threatened on Monday to expel six Indian diplomats, accusing them of involvement in a campaign of violence against Sikh separatists on Canadian soil.",
        [("THREATEN", "CAN", "IND"), ("ACCUSE", "CAN", "IND")],
        "2024-10-15",
    ),
    (  # dev-0036: threat
        "Mali's junta threatened on Sunday to cut diplomatic relations with Ukraine, accusing Kyiv of supporting terrorist groups in the Sahel.",
        [("THREATEN", "MLI", "UKR"), ("ACCUSE", "MLI", "UKR")],
        "2024-08-05",
    ),
    (  # dev-0049: call
        "South Korea called on North Korea on Tuesday to stop sending trash-filled balloons across the border.",
        [("REQUEST", "KOR", "PRK")],
        "2024-06-05",
    ),
    (  # dev-0117: call
        "The United States called on Moscow on Friday to free US journalist Evan Gershkovich.",
        [("REQUEST", "USA", "RUS")],
        "2024-07-20",
    ),
    (  # dev-0078: refusal
        "Azerbaijan refused to allow a Red Cross convoy carrying flour and medical supplies to enter Nagorno-Karabakh through the Lachin corridor on Monday.",
        [("REJECT", "AZE", None)],
        "2023-09-19",
    ),
    (  # dev-0008: threat instead of strike
        "The Houthis threatened on Friday to strike American and British warships in the Red Sea.",
        [("THREATEN", "YEM", "USA"), ("THREATEN", "YEM", "GBR", "opt")],
        "2024-01-13",
    ),
    (  # dev-0227: stated intent to sanction
        "The EU said on Monday it would impose new sanctions on Russia targeting Russian liquefied natural gas for the first time.",
        [(("THREATEN", "SANCTION"), "IGO", "RUS")],
        "2024-06-25",
    ),
    pytest.param(  # dev-0001: denial answering an accusation
        "Azerbaijan's Defence Ministry denied that its troops had opened fire on Armenian positions near Sotk, calling Yerevan's accusation a provocation.",
        [
            ("REJECT", "AZE", "ARM"),
            ("ACCUSE", "ARM", "AZE", "opt"),
            ("ACCUSE", "AZE", "ARM", "opt"),
        ],
        "2024-05-14",
        marks=_x(
            "a denial's target is not taken from the possessor of 'calling Yerevan's accusation a provocation'"
        ),
    ),
    (  # dev-0114: threat instead of seizure
        "Iran's Revolutionary Guards threatened on Saturday to seize ships linked to Israel near the Strait of Hormuz.",
        [("THREATEN", "IRN", "ISR")],
        "2024-04-14",
    ),
    (  # dev-0218: call
        "Azerbaijan called on Armenia on Thursday to remove a reference to Nagorno-Karabakh from its constitution.",
        [("REQUEST", "AZE", "ARM")],
        "2024-02-02",
    ),
    (  # dev-0313: refusal
        "Poland refused to extradite Belarusian journalist Andrei Kozlovsky to Minsk.",
        [("REJECT", "POL", "BLR")],
        "2024-02-14",
    ),
    (  # dev-0145: stated intent to withdraw
        "Russia said its peacekeepers would complete their withdrawal from Nagorno-Karabakh by the end of June.",
        [(("AGREE", "RETREAT"), "RUS", None)],
        "2024-06-13",
    ),
    (  # dev-0215: stated intent to cut off
        "Gazprom said it would halt gas deliveries to Moldova from January 1 over what it claimed was an unpaid debt of more than 700 million dollars.",
        [("THREATEN", "RUS", "MDA")],
        "2024-12-10",
    ),
    (  # dev-0163: refusal to meet
        "Russian President Vladimir Putin refused to meet Ukrainian President Volodymyr Zelensky to discuss Kyiv's ten-point peace plan.",
        [("REJECT", "RUS", "UKR")],
        "2022-12-28",
    ),
]

# Modality with no countable event (source record in the comment).
NEGATIVES = [
    "Azerbaijani troops did not open fire on Armenian positions near Sotk on Sunday night, the Armenian Defence Ministry said.",  # dev-0001
    "American and British warplanes are expected to strike Houthi targets in Yemen in the coming days, officials said.",  # dev-0008
    "If India strikes sites in Pakistan, Islamabad could retaliate within hours, analysts said.",  # dev-0020
    "South Korea may suspend the 2018 inter-Korean military agreement, local media speculated.",  # dev-0049
    "Russian and Ukrainian delegations are due to hold direct peace talks in Istanbul on Friday.",  # dev-0052
    "Was the Russian court ever going to acquit Evan Gershkovich?",  # dev-0117
    "Will Congress approve a new aid package for Ukraine before the summer recess?",  # dev-0136
    "Canada is weighing whether to expel Indian diplomats, a government source said.",  # dev-0120
    "The EU plans to adopt a 14th package of sanctions against Russia next month, diplomats said.",  # dev-0227
    "Israeli troops have not pulled out of the villages in southern Lebanon, residents said.",  # dev-0151
    "No Russian bombs struck Kharkiv on Saturday, the regional governor said.",  # dev-0200
    "The Kremlin has yet to respond to Ukraine's ten-point peace plan.",  # dev-0163
    "Kenyan and Somali troops could launch a joint operation against al-Shabaab if the rains ease.",  # dev-0316
    "Had Hezbollah joined the war, Israel would have called up far more reservists, analysts said.",  # dev-0081
    "Ethiopia's parliament did not vote on Wednesday on removing the TPLF from its list of terrorist organisations.",  # dev-0072
    "It was unclear whether Poland would grant asylum to Belarusian journalist Andrei Kozlovsky.",  # dev-0313
    "Armenian security services have not arrested anyone in connection with the alleged plot, a spokesman said.",  # dev-0270
    "Poland is expected to move additional troops to its border with Belarus next week, according to local media.",  # dev-0224
    "Armenia may buy more CAESAR howitzers from France next year, a defence analyst said.",  # dev-0060
    "Whether Sudan's army will send a delegation to the talks in Switzerland remains unclear.",  # dev-0095
    "Washington is considering new sanctions on Russian liquefied natural gas, officials said.",  # dev-0227
    "Iran's Revolutionary Guards have not seized any ships near the Strait of Hormuz this month.",  # dev-0114
    "Would the Houthis really attack an Israeli ship in the Red Sea?",  # dev-0091
    "The junta is expected to expel more French diplomats in the coming weeks, analysts said.",  # dev-0036
]

# written after the fixes: a subject with "no" negates the act; a direct question
# (auxiliary before the subject, "?" at the end) reports nothing and states no intent;
# a comma-set ", accusing X of ..." is never the content of the verb before it
FIXES = [
    (
        "No government troops were deployed to the border town on Sunday, the army said.",
        [],
        "2024-05-01",
    ),
    (
        "No Israeli missiles hit the port of Hodeidah overnight, Houthi officials said.",
        [],
        "2024-05-01",
    ),
    ("Will Japan send more troops to the disputed islands?", [], "2024-05-01"),
    ("Did Iran seize the tanker in the Gulf of Oman?", [], "2024-05-01"),
    # ", accusing X of ..." after a threat is an accusation of its own, not the threat's content
    (
        "Iran threatened on Monday to close the Strait of Hormuz, accusing Washington of provoking a war.",
        [("THREATEN", "IRN", None), ("ACCUSE", "IRN", "USA")],
        "2024-05-01",
    ),
    (
        "China warned Japan on Tuesday, accusing Tokyo of interfering in its internal affairs.",
        [("THREATEN", "CHN", "JPN", "opt"), ("ACCUSE", "CHN", "JPN")],
        "2024-05-01",
    ),
    (
        "Iran's navy seized a tanker in the Gulf of Oman on Sunday. Why did it do so now?",
        [("COERCE", "IRN", None)],
        "2024-05-01",
    ),
]


@pytest.mark.parametrize(("text", "expected", "pub"), CASES, ids=[_text(c)[:60] for c in CASES])
def test_modality_coded(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))


@pytest.mark.parametrize(
    "text", NEGATIVES, ids=[_text((t,) if isinstance(t, str) else t)[:60] for t in NEGATIVES]
)
def test_modality_negatives(code, text):
    events = countable(code(text, "2024-05-01"))
    assert not events, show(events)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_modality_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
