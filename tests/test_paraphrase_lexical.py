# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Lexical paraphrases of dev and wire records: the same events, actors and construction,
with the event said in other words news writers use for the same PLOVER type and mode
(synonyms and near-synonyms of the trigger, light-verb + noun forms such as "issued a
warning" or "extended recognition", phrasal verbs and idioms such as "put pen to paper",
"drew fire", "shot down a plan", headline verbs such as "slapped", "inked", "spurned",
and British and American spellings).

Each case names its source record (eval/dev.gold.jsonl or eval/wire.gold.jsonl) in a
comment; the paraphrase was written and annotated from that record's gold before the coder
was run on it. A record's context paragraph, when used, is the first sentence of the text
and its events are optional. A record passes when every expected event is coded (any of
its types, both countries; target None: any target; either way round for the symmetric
types) and no other countable event is coded; "opt" events may or may not be coded.
NEGATIVES are lexical paraphrases of dev/wire records that code nothing (plans, analysis,
hypotheticals, negation) and must give no countable event.

Coverage, as a measure of brittleness along the lexical axis: 127/197 records passed on
the first run (112/182 CASES, 15/15 NEGATIVES), before any fix made for this file; about
20 of the 70 failures fail the same way on the original wording (not lexical). 156/197
after the general fixes (141/182, 15/15); the rest are strict xfails with their cause.
FIXES were written after the fixes, one or two new sentences per cause fixed (with the
other sense of an ambiguous wording where there is one: "backed" vs "backed out of",
"shot down a drone" vs "shot down a proposal", "struck positions" vs "struck X off its
list", "scrapped a pact" vs "scrapped tariffs").
"""

from __future__ import annotations

import pytest

from conftest import case_text as _text
from conftest import phrasebook_problems as _problems
from conftest import show
from conftest import strict_xfail as _x
from parley.evaluate import countable

# (text, [(types, source, target[, "opt"]), ...], pub date); comment: source record id
CASES = [
    # dev-0001
    (
        "Azerbaijani troops shot at Armenian positions near the village of Sotk on Sunday night, Armenia's Defence Ministry said.",
        [("ASSAULT", "AZE", "ARM")],
        "2024-05-14",
    ),
    # dev-0002
    pytest.param(
        "Armenia's Defence Ministry said Azerbaijani troops had fired on its positions near Sotk. Baku brushed off the accusation on Monday, saying its units had only returned fire.",
        [("REJECT", "AZE", "ARM"), ("ASSAULT", "AZE", "ARM", "opt")],
        "2024-05-14",
        marks=_x(
            "context: 'its positions' in a reported clause is not resolved to Armenia (same on the original wording)"
        ),
    ),
    # dev-0003
    (
        "Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov sat down for two days of talks in Almaty on Friday, hosted by Kazakh Foreign Minister Murat Nurtleu.",
        [("CONSULT", "ARM", "AZE"), ("CONSULT", "KAZ", "ARM"), ("CONSULT", "KAZ", "AZE", "opt")],
        "2024-05-12",
    ),
    # dev-0004
    (
        "Azerbaijani Foreign Minister Jeyhun Bayramov spoke to reporters after the session in Almaty. He faulted Yerevan for dragging its feet on the delimitation of the border.",
        [("ACCUSE", "AZE", "ARM")],
        "2024-05-12",
    ),
    # dev-0005
    (
        "Ethiopia's federal government and the Tigray People's Liberation Front inked an agreement in Pretoria on Wednesday to permanently cease hostilities, following talks brokered by the African Union.",
        [("AGREE", "ETH", "ETH"), ("CONSULT", "IGO", "ETH"), ("CONSULT", "ETH", "ETH", "opt")],
        "2022-11-03",
    ),
    # dev-0007
    pytest.param(
        "Representatives of the Sudanese Armed Forces and the RSF put pen to paper on a short-term ceasefire deal in Jeddah on Saturday after two weeks of talks facilitated by Saudi Arabia and the United States.",
        [
            (("AGREE", "RETREAT"), "SDN", "SDN"),
            ("CONSULT", "SAU", "SDN"),
            ("CONSULT", "USA", "SDN"),
            ("CONSULT", "SDN", "SDN", "opt"),
        ],
        "2023-05-21",
        marks=_x(
            "'put pen to paper on a ceasefire deal' is not read as signing; the ceasefire noun takes the mediator as target"
        ),
    ),
    # dev-0008
    (
        "American and British warplanes pounded Houthi targets across Yemen early on Friday in response to the group's attacks on commercial shipping in the Red Sea.",
        [("ASSAULT", "USA", "YEM"), ("ASSAULT", "GBR", "YEM"), ("ASSAULT", "YEM", None, "opt")],
        "2024-01-13",
    ),
    # dev-0009
    (
        "American and British warplanes struck Houthi targets across Yemen early on Friday. A Houthi spokesman vowed that Washington and London would pay a heavy price for the attack.",
        [
            ("THREATEN", "YEM", "USA"),
            ("THREATEN", "YEM", "GBR"),
            ("ASSAULT", "USA", "YEM", "opt"),
            ("ASSAULT", "GBR", "YEM", "opt"),
        ],
        "2024-01-13",
    ),
    # dev-0010
    (
        "Around 30 heavily armed ethnic Serb gunmen raided the village of Banjska in northern Kosovo on Sunday, killing a Kosovo police officer before barricading themselves inside a monastery.",
        [("ASSAULT", "SRB", "XKX")],
        "2023-09-25",
    ),
    # dev-0011
    pytest.param(
        "Kosovo Prime Minister Albin Kurti said the gunmen who attacked Kosovo police in Banjska had been organised and backed by Belgrade. Serbian President Aleksandar Vucic brushed aside suggestions on Monday that Belgrade had any role in the attack and lashed out at Kurti for deliberately provoking the violence.",
        [
            ("REJECT", "SRB", "XKX"),
            ("ACCUSE", "SRB", "XKX"),
            ("ACCUSE", "XKX", "SRB", "opt"),
            ("ASSAULT", "SRB", "XKX", "opt"),
        ],
        "2023-09-26",
        marks=_x(
            "'lashed out at X for' is joined by the parser to the rejected clause; the context's 'backed by' codes SUPPORT"
        ),
    ),
    # dev-0014
    (
        "Russia launched more than 100 missiles and a similar number of drones at Ukraine's power grid overnight into Monday in one of the largest air attacks of the war.",
        [("ASSAULT", "RUS", "UKR")],
        "2024-08-27",
    ),
    # dev-0015
    (
        "Russia fired more than 100 missiles and a similar number of drones at Ukraine's power grid overnight into Monday. Kyiv again pressed its Western partners to lift restrictions on using long-range weapons against military targets deep inside Russia.",
        [("REQUEST", "UKR", None), ("ASSAULT", "RUS", "UKR", "opt")],
        "2024-08-27",
    ),
    # dev-0016
    (
        "Russia and Ukraine exchanged 115 prisoners of war each on Saturday in a swap mediated by the United Arab Emirates.",
        [
            ("RETREAT", "RUS", "UKR"),
            ("RETREAT", "UKR", "RUS"),
            ("CONSULT", "ARE", "RUS"),
            ("CONSULT", "ARE", "UKR", "opt"),
        ],
        "2024-08-25",
    ),
    # dev-0020
    (
        "India hit nine sites in Pakistan and Pakistan-administered Kashmir early on Wednesday, saying it had targeted infrastructure used by the militants behind last month's massacre of tourists in Pahalgam.",
        [("ASSAULT", "IND", "PAK")],
        "2025-05-08",
    ),
    # dev-0022
    (
        "India and Pakistan struck a deal on Saturday for a full and immediate ceasefire after four days of cross-border missile, drone and artillery duels.",
        [(("AGREE", "RETREAT"), "IND", "PAK"), ("ASSAULT", "IND", "PAK", "opt")],
        "2025-05-11",
    ),
    # dev-0023
    pytest.param(
        "North Korea test-fired 18 short-range ballistic missiles into the sea off its east coast on Thursday morning, South Korea's Joint Chiefs of Staff said.",
        [("MOBILIZE", "PRK", None)],
        "2024-05-31",
        marks=_x(
            "'test-fired' is split and the parser reads the whole sentence as one noun phrase"
        ),
    ),
    # dev-0026
    (
        "M23 rebels said on Monday they had taken control of Goma. Kinshasa cut off diplomatic relations with Kigali over the weekend, charging its neighbour with sending troops across the border to fight alongside the rebels.",
        [
            ("SANCTION", "COD", "RWA"),
            ("ACCUSE", "COD", "RWA"),
            (("COERCE", "ASSAULT"), "COD", "COD", "opt"),
        ],
        "2025-01-28",
    ),
    # dev-0027
    (
        "Colombian President Gustavo Petro froze peace talks with the National Liberation Army on Friday after the rebels were accused of killing dozens of people in the Catatumbo region.",
        [("SANCTION", "COL", "COL"), ("ASSAULT", "COL", "COL", "opt")],
        "2025-01-21",
    ),
    # dev-0029
    (
        "Hezbollah lobbed two mortar rounds at an Israeli army position in the disputed Shebaa Farms area on Monday, the first attack claimed by the group since the truce began.",
        [("ASSAULT", "LBN", "ISR")],
        "2024-12-03",
    ),
    # dev-0030
    (
        "Hezbollah fired two mortar rounds at an Israeli army position in the disputed Shebaa Farms area on Monday. Israel hit back with a wave of strikes on southern Lebanon that killed at least 11 people, according to Lebanon's health ministry.",
        [("ASSAULT", "ISR", "LBN"), ("ASSAULT", "LBN", "ISR", "opt")],
        "2024-12-03",
    ),
    # dev-0032
    (
        "The last French soldiers pulled out of Niger on Friday, completing a withdrawal demanded by the military junta that took power in July.",
        [("RETREAT", "FRA", "NER"), ("REQUEST", "NER", "FRA", "opt")],
        "2023-12-23",
    ),
    # dev-0033
    (
        "Mali, Burkina Faso and Niger announced on Sunday that they were pulling out of the Economic Community of West African States with immediate effect.",
        [("SANCTION", "MLI", "IGO"), ("SANCTION", "BFA", "IGO"), ("SANCTION", "NER", "IGO")],
        "2024-01-29",
    ),
    # dev-0036
    (
        "Mali's junta broke off diplomatic ties with Ukraine on Sunday, alleging that Kyiv supported terrorist groups in the Sahel.",
        [("SANCTION", "MLI", "UKR"), ("ACCUSE", "MLI", "UKR")],
        "2024-08-05",
    ),
    # dev-0037
    (
        "The Ethiopian government imposed a six-month state of emergency in the Amhara region on Friday after days of fighting between the army and the Fano militia.",
        [("COERCE", "ETH", "ETH"), ("ASSAULT", "ETH", "ETH")],
        "2023-08-05",
    ),
    # dev-0040
    (
        "The British-owned cargo ship Rubymar was struck by two Houthi anti-ship missiles in the Bab el-Mandeb Strait on Sunday, forcing its crew to abandon the vessel.",
        [("ASSAULT", "YEM", "GBR")],
        "2024-02-20",
    ),
    # dev-0041
    pytest.param(
        "A Saudi delegation led by ambassador Mohammed Al Jaber landed in Sanaa on Sunday for negotiations with Houthi leaders on a permanent truce, accompanied by Omani mediators.",
        [("CONSULT", "SAU", "YEM"), ("CONSULT", "OMN", "YEM"), ("CONSULT", "OMN", "SAU", "opt")],
        "2023-04-10",
        marks=_x(
            "'accompanied by Omani mediators' makes no party of the mediators (same on the original wording)"
        ),
    ),
    # dev-0043
    (
        "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed off on a peace agreement at the White House on Friday at a ceremony hosted by US President Donald Trump.",
        [
            ("AGREE", "ARM", "AZE"),
            ("CONSULT", "USA", "ARM"),
            ("CONSULT", "USA", "AZE", "opt"),
            ("CONSULT", "ARM", "AZE", "opt"),
        ],
        "2025-08-09",
    ),
    # dev-0044
    pytest.param(
        "Georgian riot police fired water cannon and tear gas overnight to break up thousands of pro-European protesters outside parliament in Tbilisi, the third night of demonstrations against the government.",
        [(("ASSAULT", "COERCE"), "GEO", "GEO"), ("PROTEST", "GEO", "GEO")],
        "2024-12-01",
        marks=_x(
            "'to break up thousands of protesters': the quantity head hides the protesters from the protest"
        ),
    ),
    # dev-0045
    (
        "Armed gangs raided Haiti's two largest prisons over the weekend, freeing thousands of inmates in Port-au-Prince.",
        [("ASSAULT", "HTI", "HTI")],
        "2024-03-04",
    ),
    # dev-0046
    (
        "The first contingent of about 400 Kenyan police officers touched down in Port-au-Prince on Tuesday to lead a UN-backed multinational mission against Haiti's gangs.",
        [(("MOBILIZE", "AID"), "KEN", "HTI")],
        "2024-06-26",
    ),
    # dev-0047
    pytest.param(
        "Chinese coast guard personnel armed with knives and axes stormed Philippine navy boats near the Second Thomas Shoal on Monday and confiscated several rifles, Manila said.",
        [("ASSAULT", "CHN", "PHL"), ("COERCE", "CHN", "PHL")],
        "2024-06-19",
        marks=_x("'confiscated several rifles' gets no target (as 'seized' in the original)"),
    ),
    # dev-0049
    (
        "South Korea fully scrapped a 2018 inter-Korean military agreement on Tuesday in response to a barrage of trash-filled balloons sent across the border by Pyongyang.",
        [("SANCTION", "KOR", "PRK")],
        "2024-06-05",
    ),
    # dev-0050
    pytest.param(
        "Kim Yo Jong, the powerful sister of North Korean leader Kim Jong Un, vowed new counteractions if activists in the South kept sending anti-Pyongyang leaflets.",
        [("THREATEN", "PRK", "KOR")],
        "2024-06-05",
        marks=_x(
            "'vowed new counteractions if activists in the South ...' names no target (as 'warned of' in the original)"
        ),
    ),
    # dev-0052
    pytest.param(
        "Russian and Ukrainian delegations met for their first direct peace talks in more than three years in Istanbul on Friday, agreeing to trade 1,000 prisoners of war each.",
        [("CONSULT", "RUS", "UKR"), ("AGREE", "RUS", "UKR")],
        "2025-05-17",
        marks=_x(
            "'delegations met for their first talks' (intransitive meet, reciprocal subject) codes no CONSULT"
        ),
    ),
    # dev-0053
    pytest.param(
        "Russian and Ukrainian delegations held their first direct peace talks in more than three years in Istanbul on Friday. The meeting, chaired by Turkish Foreign Minister Hakan Fidan at the Dolmabahce Palace, lasted less than two hours.",
        [
            ("CONSULT", "TUR", "UKR"),
            ("CONSULT", "TUR", "RUS", "opt"),
            ("CONSULT", "RUS", "UKR", "opt"),
        ],
        "2025-05-17",
        marks=_x("'chaired by' is not read as hosting (the original misses the guest too)"),
    ),
    # dev-0055
    (
        "RSF fighters massacred more than 100 people in an attack on the village of Wad al-Noura in Gezira state on Wednesday, local activists said.",
        [("ASSAULT", "SDN", "SDN")],
        "2024-06-07",
    ),
    # dev-0058
    (
        "Donors promised more than 2 billion euros in humanitarian aid for Sudan at a conference in Paris on Monday, a year after the war began.",
        [(("AID", "AGREE"), None, "SDN")],
        "2024-04-16",
    ),
    # dev-0059
    pytest.param(
        "Germany has handed over another IRIS-T air defence system to Ukraine, Defence Minister Boris Pistorius said on Thursday.",
        [("AID", "DEU", "UKR")],
        "2024-09-20",
    ),
    # dev-0060
    (
        "Armenia sealed a deal on Tuesday to purchase 36 CAESAR self-propelled howitzers from France, Defence Minister Suren Papikyan announced in Paris.",
        [(("COOPERATE", "AGREE"), "ARM", "FRA")],
        "2024-06-19",
    ),
    # dev-0062
    (
        "Turkish President Recep Tayyip Erdogan restated Ankara's backing for Azerbaijan's territorial integrity during a trip to the exclave of Nakhchivan on Monday.",
        [("SUPPORT", "TUR", "AZE"), ("CONSULT", "TUR", "AZE")],
        "2023-09-26",
    ),
    # dev-0063
    (
        "Leaders of the East African Community and the Southern African Development Community appealed for an immediate and unconditional ceasefire in eastern Congo at a joint summit in Dar es Salaam on Saturday.",
        [("REQUEST", "IGO", None), ("CONSULT", "IGO", "IGO", "opt")],
        "2025-02-09",
    ),
    # dev-0064
    (
        "Russian President Vladimir Putin signed decrees on Monday granting recognition to the self-proclaimed Donetsk and Luhansk people's republics in eastern Ukraine as independent states.",
        [("SUPPORT", "RUS", "UKR")],
        "2022-02-22",
    ),
    # dev-0065
    (
        "Spain, Ireland and Norway extended formal recognition to a Palestinian state on Tuesday, drawing an angry response from Israel.",
        [
            ("SUPPORT", "ESP", "PSE"),
            ("SUPPORT", "IRL", "PSE"),
            ("SUPPORT", "NOR", "PSE"),
            ("ACCUSE", "ISR", "ESP", "opt"),
        ],
        "2024-05-29",
    ),
    # dev-0067
    (
        "The UN Security Council on Monday threw its weight behind a US-drafted plan for a ceasefire in Gaza, with 14 members voting in favour and Russia abstaining.",
        [("SUPPORT", "IGO", "USA")],
        "2024-06-11",
    ),
    # dev-0068
    (
        "Russian President Vladimir Putin offered his apologies to Azerbaijani President Ilham Aliyev in a phone call on Saturday for what the Kremlin called a tragic incident in Russian airspace involving an Azerbaijan Airlines passenger jet.",
        [("CONCEDE", "RUS", "AZE"), ("CONSULT", "RUS", "AZE")],
        "2024-12-29",
    ),
    # dev-0069
    (
        "Kosovo's new government scrapped all remaining trade barriers on goods from Serbia on Saturday, clearing the way for the resumption of EU-mediated talks with Belgrade.",
        [("CONCEDE", "XKX", "SRB")],
        "2020-06-07",
    ),
    # dev-0070
    (
        "Armenia agreed on Friday to give back four abandoned border villages to Azerbaijan as part of a delimitation deal that has angered residents of the Tavush region.",
        [(("CONCEDE", "AGREE"), "ARM", "AZE")],
        "2024-04-20",
    ),
    # dev-0071
    (
        "Tens of thousands of people took to the streets of central Yerevan on Thursday to call for Pashinyan's resignation over the border concessions, in protests led by Archbishop Bagrat Galstanyan.",
        [("PROTEST", "ARM", "ARM"), ("REQUEST", "ARM", "ARM")],
        "2024-05-10",
    ),
    # dev-0072
    (
        "Ethiopia's parliament voted on Wednesday to strike the Tigray People's Liberation Front off its list of terrorist organisations, a key step in implementing the peace deal.",
        [("CONCEDE", "ETH", "ETH")],
        "2023-03-23",
    ),
    # dev-0074
    pytest.param(
        "Kosovo put off by one month on Sunday rules requiring ethnic Serbs to replace Serbian-issued licence plates, defusing tensions after protesters blocked roads in the north.",
        [("CONCEDE", "XKX", "SRB"), ("PROTEST", "SRB", "XKX", "opt")],
        "2022-08-01",
        marks=_x(
            "'put off rules' (postponing a burden on the other side) is not read as a concession"
        ),
    ),
    # dev-0076
    (
        "Israeli Prime Minister Benjamin Netanyahu admitted on Tuesday that Israeli forces had unintentionally hit a convoy of World Central Kitchen aid workers in Gaza, killing seven of them.",
        [("CONCEDE", "ISR", "NGO"), ("ASSAULT", "ISR", "NGO")],
        "2024-04-03",
    ),
    # dev-0077
    (
        "Thailand and Cambodia signed up to an unconditional ceasefire from midnight after talks in Putrajaya on Monday hosted by Malaysian Prime Minister Anwar Ibrahim.",
        [
            (("AGREE", "RETREAT"), "THA", "KHM"),
            ("CONSULT", "THA", "KHM"),
            ("CONSULT", "MYS", "THA"),
            ("CONSULT", "MYS", "KHM", "opt"),
        ],
        "2025-07-29",
    ),
    # dev-0078
    (
        "Azerbaijan let a Red Cross convoy carrying flour and medical supplies through the Lachin corridor into Nagorno-Karabakh on Monday.",
        [("RETREAT", "AZE", "NGO"), ("AID", "NGO", None, "opt")],
        "2023-09-19",
    ),
    # dev-0079
    pytest.param(
        "Armenia's government said on Friday that Azerbaijan was building up troops along the line of contact in Nagorno-Karabakh and near the Armenian border.",
        [("MOBILIZE", "AZE", "ARM")],
        "2023-09-09",
        marks=_x(
            "'building up troops along the line of contact ... near the Armenian border' gets no target"
        ),
    ),
    # dev-0080
    (
        "Serbian President Aleksandar Vucic put the army on the highest level of combat readiness on Monday amid tensions over barricades erected by Serbs in northern Kosovo.",
        [("MOBILIZE", "SRB", None), ("PROTEST", "SRB", None, "opt")],
        "2022-12-27",
    ),
    # dev-0081
    (
        "The Israeli military said on Monday it had mobilised 300,000 reservists in 48 hours, the largest call-up in the country's history.",
        [("MOBILIZE", "ISR", None)],
        "2023-10-10",
    ),
    # dev-0082
    pytest.param(
        "The Pentagon dispatched the USS Gerald R. Ford carrier strike group to the eastern Mediterranean on Sunday to deter Hezbollah and Iran from widening the war.",
        [
            ("MOBILIZE", "USA", None),
            ("MOBILIZE", "USA", "LBN", "opt"),
            ("MOBILIZE", "USA", "IRN", "opt"),
        ],
        "2023-10-09",
    ),
    # dev-0085
    (
        "Pakistan served notice on Thursday that any attempt by India to stop or divert water flowing down the Indus would be considered an act of war.",
        [("THREATEN", "PAK", "IND")],
        "2025-04-25",
    ),
    # dev-0087
    (
        "Turkish President Recep Tayyip Erdogan vowed on Tuesday to launch a ground operation against Kurdish militants in northern Syria once the air strikes were over.",
        [("THREATEN", "TUR", "SYR")],
        "2022-11-23",
    ),
    # dev-0089
    (
        "Iran promised revenge after an air strike widely attributed to Israel destroyed its consular building in Damascus on Monday, killing two generals of the Revolutionary Guards.",
        [("THREATEN", "IRN", "ISR"), ("ASSAULT", "ISR", "IRN")],
        "2024-04-02",
    ),
    # dev-0092
    (
        "Washington put the RSF leadership on notice on Tuesday that it would face further sanctions if its fighters kept attacking civilians in Darfur.",
        [("THREATEN", "USA", "SDN")],
        "2024-02-21",
    ),
    # dev-0094
    (
        "Azerbaijani President Ilham Aliyev had been expected to meet Armenian Prime Minister Nikol Pashinyan on the sidelines of the European Political Community summit. Aliyev backed out of the meeting with Pashinyan in Granada at the last minute, blaming what he called the pro-Armenian stance of France.",
        [("REJECT", "AZE", "ARM"), ("ACCUSE", "AZE", "FRA", "opt")],
        "2023-10-06",
    ),
    # dev-0095
    pytest.param(
        "Sudan's army declined to send a delegation to the US-led talks that opened in Switzerland on Wednesday, leaving the RSF as the only warring party present.",
        [("REJECT", "SDN", "USA"), ("CONSULT", "USA", "SDN")],
        "2024-08-15",
        marks=_x("'the US-led talks that opened' codes no CONSULT (same on the original wording)"),
    ),
    # dev-0096
    (
        "Kosovo Prime Minister Albin Kurti again rebuffed EU demands to set up an association of Serb-majority municipalities before Belgrade recognises Kosovo.",
        [("REJECT", "XKX", "IGO")],
        "2023-02-28",
    ),
    # dev-0098
    (
        "Hamas spurned an Israeli proposal for a six-week truce in exchange for the release of some hostages, saying it did not guarantee an end to the war.",
        [("REJECT", "PSE", "ISR")],
        "2024-03-03",
    ),
    # dev-0099
    (
        "Niger's junta defied an ECOWAS deadline that expired at midnight on Sunday to reinstate ousted President Mohamed Bazoum.",
        [("REJECT", "NER", "IGO")],
        "2023-08-07",
    ),
    # dev-0101
    (
        "The ICC prosecutor sought an arrest warrant on Wednesday for Myanmar junta chief Min Aung Hlaing over crimes against the Rohingya.",
        [(("ACCUSE", "REQUEST"), "IGO", "MMR")],
        "2024-11-28",
    ),
    # dev-0102
    (
        "UN Secretary-General Antonio Guterres implored Israel on Friday to reconsider its order for more than a million people to leave northern Gaza within 24 hours.",
        [("REQUEST", "IGO", "ISR"), ("COERCE", "ISR", "PSE", "opt")],
        "2023-10-14",
    ),
    # dev-0103
    pytest.param(
        "Armenia formally turned to the Russian-led Collective Security Treaty Organization on Tuesday for military assistance after deadly Azerbaijani attacks on its territory.",
        [("REQUEST", "ARM", "IGO"), ("ASSAULT", "AZE", "ARM")],
        "2022-09-14",
        marks=_x(
            "the nominal 'after deadly Azerbaijani attacks' is not coded (same on the original wording)"
        ),
    ),
    # dev-0105
    pytest.param(
        "The UN Security Council insisted on Thursday that the Rapid Support Forces lift their siege of El Fasher, the last major city in Darfur not under the group's control.",
        [("REQUEST", "IGO", "SDN"), (("COERCE", "ASSAULT"), "SDN", "SDN", "opt")],
        "2024-06-14",
    ),
    # dev-0107
    (
        "Hundreds of thousands of people poured onto the streets of Belgrade on Saturday in one of the largest anti-government protests in Serbia's history, led by university students.",
        [("PROTEST", "SRB", "SRB")],
        "2025-03-16",
    ),
    # dev-0108
    (
        "Ethnic Serbs stayed away from Sunday's local elections in four municipalities in northern Kosovo, with turnout below 3.5 percent.",
        [("PROTEST", "SRB", "XKX")],
        "2023-04-24",
    ),
    # dev-0110
    (
        "Israeli families of hostages held in Gaza blockaded the main highway in Tel Aviv on Tuesday evening, demanding a deal to bring their relatives home.",
        [("PROTEST", "ISR", None), ("REQUEST", "ISR", None, "opt")],
        "2024-10-02",
    ),
    # dev-0112
    (
        "Ruben Vardanyan, a former state minister of the Karabakh separatist government, was taken into custody by Azerbaijani border guards on Wednesday as he tried to cross into Armenia.",
        [("COERCE", "AZE", None)],
        "2023-09-28",
    ),
    # dev-0114
    (
        "Iran's Revolutionary Guards commandeered the Portuguese-flagged container ship MSC Aries near the Strait of Hormuz on Saturday, alleging it was linked to Israel.",
        [("COERCE", "IRN", "PRT"), ("ACCUSE", "IRN", "ISR", "opt")],
        "2024-04-14",
    ),
    # dev-0116
    (
        "The United States on Tuesday slapped sanctions on RSF commander Mohamed Hamdan Dagalo after determining that his forces had committed genocide in Darfur.",
        [("SANCTION", "USA", "SDN"), ("ACCUSE", "USA", "SDN")],
        "2025-01-08",
    ),
    # dev-0117
    pytest.param(
        "A Russian court jailed US journalist Evan Gershkovich for 16 years in a high-security penal colony on Friday after finding him guilty of espionage in a closed trial.",
        [("SANCTION", "RUS", "USA")],
        "2024-07-20",
        marks=_x(
            "'jailed X for 16 years' stays COERCE arrest (other tests pin jail -> COERCE; 'sentenced' is SANCTION)"
        ),
    ),
    # dev-0118
    (
        "Azerbaijan kicked out two French diplomats on Tuesday for activities it said were incompatible with their status, and Paris retaliated in kind.",
        [("SANCTION", "AZE", "FRA"), ("SANCTION", "FRA", "AZE")],
        "2023-12-27",
    ),
    # dev-0119
    (
        "Niger's junta tore up on Saturday a military cooperation accord that allowed about 1,000 US troops to operate from its territory.",
        [("SANCTION", "NER", "USA")],
        "2024-03-18",
    ),
    # dev-0120
    pytest.param(
        "Canada declared six Indian diplomats persona non grata on Monday, accusing them of involvement in a campaign of violence against Sikh separatists on Canadian soil.",
        [("SANCTION", "CAN", "IND"), ("ACCUSE", "CAN", "IND")],
        "2024-10-15",
        marks=_x(
            "'declared X persona non grata, accusing them of': the accusation's source is taken from the object"
        ),
    ),
    # dev-0122
    (
        "Russian and Chinese warships kicked off joint drills in the Sea of Japan on Thursday, with more than ten vessels and 30 aircraft taking part.",
        [("COOPERATE", "RUS", "CHN")],
        "2023-07-21",
    ),
    # dev-0125
    pytest.param(
        "Georgia handed over Armenian citizen Levon Martirosyan to Yerevan on Wednesday to face fraud charges, the Georgian prosecutor's office said.",
        [("COOPERATE", "GEO", "ARM"), ("COERCE", "GEO", "ARM", "opt")],
        "2024-05-16",
    ),
    # dev-0128
    (
        "Armenian and US soldiers launched a ten-day joint exercise near Yerevan on Monday, a move that drew fire from Moscow.",
        [("COOPERATE", "ARM", "USA"), ("ACCUSE", "RUS", "ARM", "opt")],
        "2023-09-12",
    ),
    # dev-0130
    (
        "North Korean troops have begun fighting side by side with Russian forces in Russia's Kursk region, South Korea's National Intelligence Service said on Wednesday.",
        [(("COOPERATE", "AID"), "PRK", "RUS")],
        "2024-11-14",
    ),
    # dev-0134
    (
        "Ecuadorian police stormed Mexico's embassy in Quito on Friday night to arrest former vice-president Jorge Glas. Mexico cut ties with Ecuador in response, and President Andres Manuel Lopez Obrador branded the raid an authoritarian act.",
        [
            ("SANCTION", "MEX", "ECU"),
            ("ACCUSE", "MEX", "ECU"),
            ("COERCE", "ECU", "ECU", "opt"),
            (("COERCE", "ASSAULT"), "ECU", "MEX", "opt"),
        ],
        "2024-04-06",
    ),
    # dev-0135
    (
        "The European Commission unveiled an additional 68 million euros in humanitarian aid for Palestinians on Friday, channelled through UN agencies.",
        [("AID", "IGO", "PSE")],
        "2024-03-02",
    ),
    # dev-0137
    (
        "Jordanian and French military aircraft parachuted food and medical supplies into northern Gaza on Monday.",
        [("AID", "JOR", "PSE"), ("AID", "FRA", "PSE")],
        "2024-02-27",
    ),
    # dev-0138
    pytest.param(
        "Ousted Syrian President Bashar al-Assad and his family have been given refuge in Moscow, Russian state media reported on Sunday, citing a Kremlin source.",
        [("AID", "RUS", "SYR")],
        "2024-12-09",
        marks=_x(
            "'given refuge in Moscow' (passive, giver unnamed) takes no source from the place"
        ),
    ),
    # dev-0141
    (
        "Ibrahim Traore, Burkina Faso's military leader, hailed Russia as a sincere partner and thanked Moscow for sending instructors and equipment.",
        [("SUPPORT", "BFA", "RUS"), ("AID", "RUS", "BFA", "opt")],
        "2024-06-25",
    ),
    # dev-0143
    (
        "Kenyan President William Ruto dropped a contested finance bill on Wednesday, a day after protesters stormed parliament and at least 23 people were shot dead.",
        [("CONCEDE", "KEN", "KEN"), ("PROTEST", "KEN", "KEN"), ("ASSAULT", None, "KEN", "opt")],
        "2024-06-27",
    ),
    # dev-0144
    (
        "Serbia has drawn down most of the troops it had massed near the border with Kosovo, US officials said.",
        [("RETREAT", "SRB", "XKX")],
        "2023-10-03",
    ),
    # dev-0147
    (
        "Hamas released three Israeli hostages on Saturday in exchange for 183 Palestinian prisoners set free from Israeli jails.",
        [("RETREAT", "PSE", "ISR"), ("RETREAT", "ISR", "PSE")],
        "2025-02-09",
    ),
    # dev-0148
    (
        "Nikol Pashinyan formally stepped down as Armenia's prime minister on Sunday to pave the way for early parliamentary elections in June.",
        [("RETREAT", "ARM", None)],
        "2021-04-26",
    ),
    # dev-0149
    (
        "Myanmar's junta pardoned nearly 6,000 prisoners on Saturday in an amnesty marking Independence Day, including about 180 foreigners.",
        [(("RETREAT", "CONCEDE"), "MMR", "MMR")],
        "2025-01-05",
    ),
    # dev-0151
    (
        "Israeli troops pulled back from villages in southern Lebanon on Tuesday as the deadline for their withdrawal expired, but stayed on at five hilltop positions.",
        [("RETREAT", "ISR", "LBN")],
        "2025-02-19",
    ),
    # dev-0152
    (
        "Ukrainian forces retreated from the eastern town of Avdiivka on Saturday after months of heavy fighting, army chief Oleksandr Syrskyi said.",
        [("RETREAT", "UKR", None), ("ASSAULT", "RUS", "UKR", "opt")],
        "2024-02-18",
    ),
    # dev-0153
    (
        "President Vladimir Putin announced Russia's first mobilisation since the Second World War on Wednesday, drafting 300,000 reservists to fight in Ukraine.",
        [("MOBILIZE", "RUS", "UKR")],
        "2022-09-22",
    ),
    # dev-0155
    (
        "China kicked off two days of large-scale war games around Taiwan on Thursday, calling them strong punishment for the separatist acts of the island's new leader.",
        [("MOBILIZE", "CHN", "TWN"), ("ACCUSE", "CHN", "TWN", "opt")],
        "2024-05-24",
    ),
    # dev-0156
    (
        "Israel's Histadrut labour federation called a general strike on Monday to press the government into a deal to bring home the hostages, shutting Ben Gurion airport for several hours.",
        [("PROTEST", "ISR", "ISR"), ("REQUEST", "ISR", "ISR", "opt")],
        "2024-09-03",
    ),
    # dev-0158
    (
        "Thousands of demonstrators in the southern Syrian city of Sweida clamoured for the fall of President Bashar al-Assad on Friday, the second week of protests sparked by fuel price rises.",
        [("PROTEST", "SYR", "SYR"), ("REQUEST", "SYR", "SYR")],
        "2023-08-26",
    ),
    # dev-0161
    (
        "Armenian Prime Minister Nikol Pashinyan snubbed a summit of the Russian-led Collective Security Treaty Organization in Minsk on Thursday, deepening the rift with Moscow.",
        [("REJECT", "ARM", "IGO")],
        "2023-11-24",
    ),
    # dev-0162
    (
        "Netanyahu's office brushed aside a US-French proposal for a 21-day ceasefire in Lebanon on Thursday, saying the prime minister had told the army to keep fighting at full force.",
        [("REJECT", "ISR", "USA"), ("REJECT", "ISR", "FRA"), ("ASSAULT", "ISR", "LBN", "opt")],
        "2024-09-27",
    ),
    # dev-0163
    (
        "The Kremlin shot down Ukraine's ten-point peace plan on Tuesday, saying any settlement would have to take into account the new territorial realities.",
        [("REJECT", "RUS", "UKR")],
        "2022-12-28",
    ),
    # dev-0183
    (
        "Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Wednesday for a two-day visit. He sat down with his North Korean counterpart Choe Son Hui and hailed what he called the invincible friendship between the two countries.",
        [("CONSULT", "RUS", "PRK"), ("SUPPORT", "RUS", "PRK")],
        "2023-10-20",
    ),
    # dev-0184
    (
        "Ukrainian President Volodymyr Zelensky addressed the summit in Brussels by video link on Thursday morning. He appealed to EU leaders to open accession negotiations with Kyiv without further delay.",
        [("REQUEST", "UKR", "IGO"), ("CONSULT", "UKR", None, "opt")],
        "2023-12-14",
    ),
    # dev-0186
    (
        "Kremlin spokesman Dmitry Peskov was asked on Wednesday about the drone attack on Moscow's wealthy suburbs. He held Kyiv responsible for the attack and said Russia reserved the right to respond.",
        [
            ("ACCUSE", "RUS", "UKR"),
            ("THREATEN", "RUS", "UKR", "opt"),
            ("ASSAULT", None, "RUS", "opt"),
        ],
        "2023-05-31",
    ),
    # dev-0188
    (
        "Armenia's Foreign Ministry summoned the Russian ambassador, Sergei Kopyrkin, on Friday. He was handed a formal complaint over remarks by a Russian state television host questioning Armenia's sovereignty.",
        [
            ("ACCUSE", "ARM", "RUS"),
            ("CONSULT", "ARM", "RUS", "opt"),
            ("SANCTION", "ARM", "RUS", "opt"),
        ],
        "2024-03-04",
    ),
    # dev-0189
    (
        "Israeli Defence Minister Yoav Gallant visited troops stationed on the northern border on Tuesday. He issued a warning to Hezbollah that Israel could turn Beirut into Gaza if the group dragged Lebanon into a full-scale war.",
        [("THREATEN", "ISR", "LBN"), ("CONSULT", "ISR", None, "opt")],
        "2023-11-15",
    ),
    # dev-0190
    (
        "Human Rights Watch published a report on Thursday on killings in northern Burkina Faso. It blamed the army for executing at least 223 villagers, including 56 children, in two villages in February.",
        [("ACCUSE", "NGO", "BFA"), ("ASSAULT", "BFA", "BFA", "opt")],
        "2024-04-26",
    ),
    # dev-0191
    (
        "Burkina Faso's junta took the BBC and Voice of America off the air for two weeks on Thursday over their coverage of the report.",
        [("COERCE", "BFA", "GBR"), ("COERCE", "BFA", "USA")],
        "2024-04-27",
    ),
    # dev-0192
    (
        "Sudan's army chief, General Abdel Fattah al-Burhan, met Egyptian President Abdel Fattah al-Sisi in El Alamein on Tuesday. The general expressed gratitude to Cairo for its support and rejected any negotiations with the RSF as long as the group's fighters occupied civilian homes.",
        [("SUPPORT", "SDN", "EGY"), ("REJECT", "SDN", "SDN"), ("CONSULT", "SDN", "EGY", "opt")],
        "2023-08-30",
    ),
    # dev-0195
    (
        "The UN special envoy for Yemen, Hans Grundberg, arrived in Muscat on Monday. He held talks with Omani officials and members of the Houthi negotiating team there.",
        [("CONSULT", "IGO", "OMN"), ("CONSULT", "IGO", "YEM")],
        "2024-02-27",
    ),
    # dev-0196
    (
        "Three Kosovo police officers were seized by Serbian security forces on Wednesday, Pristina said, accusing Belgrade of kidnapping them inside Kosovo.",
        [(("COERCE", "ASSAULT"), "SRB", "XKX"), ("ACCUSE", "XKX", "SRB")],
        "2023-06-15",
    ),
    # dev-0203
    pytest.param(
        "Journalist Mzia Amaglobeli was detained by police in Batumi late on Saturday after a scuffle with officers during a protest.",
        [("COERCE", "GEO", None), ("PROTEST", None, None, "opt")],
        "2025-01-13",
        marks=_x(
            "the incidental protest is coded GEO->GEO, the gold leaves it unattributed (same on the original wording)"
        ),
    ),
    # dev-0204
    pytest.param(
        "Three employees of an international medical charity were kidnapped by armed men in eastern Chad on Sunday, the organisation said.",
        [("ASSAULT", None, "NGO")],
        "2024-11-05",
        marks=_x(
            "'armed men in eastern Chad' take Chad as their country (same on the original wording)"
        ),
    ),
    # dev-0206
    (
        "Serbian President Aleksandar Vucic praised Chinese leader Xi Jinping for Beijing's steadfast support on Kosovo as he hosted him in Belgrade on Wednesday.",
        [("SUPPORT", "SRB", "CHN"), ("CONSULT", "CHN", "SRB")],
        "2024-05-09",
    ),
    # dev-0207
    (
        "Georgia's ruling party shelved a contested foreign agents bill on Thursday after two nights of mass protests in Tbilisi.",
        [("CONCEDE", "GEO", None), ("PROTEST", "GEO", "GEO")],
        "2023-03-10",
    ),
    # dev-0208
    (
        "Serbian Prime Minister Milos Vucevic quit on Tuesday, bowing to weeks of student-led protests over the deadly collapse of a railway station canopy in Novi Sad.",
        [(("RETREAT", "CONCEDE"), "SRB", None), ("PROTEST", "SRB", "SRB", "opt")],
        "2025-01-29",
    ),
    # dev-0209
    (
        "The Israeli military voiced regret on Friday for a strike that killed a Lebanese soldier at an army post near the border, saying it had not targeted the Lebanese army.",
        [("CONCEDE", "ISR", "LBN"), ("ASSAULT", "ISR", "LBN")],
        "2024-10-26",
    ),
    # dev-0211
    (
        "Foreign Ministry spokeswoman Maria Zakharova cautioned on Thursday that any British or French troops deployed to Ukraine as peacekeepers would be treated as legitimate targets.",
        [("THREATEN", "RUS", "GBR"), ("THREATEN", "RUS", "FRA")],
        "2025-03-14",
    ),
    # dev-0213
    (
        "The European Union threatened Georgia with the loss of its visa-free travel regime if the foreign agents law took effect.",
        [("THREATEN", "IGO", "GEO")],
        "2024-05-30",
    ),
    # dev-0215
    (
        "Gazprom threatened to cut off gas supplies to Moldova from January 1 over what it said was an unpaid debt of more than 700 million dollars.",
        [("THREATEN", "RUS", "MDA")],
        "2024-12-10",
    ),
    # dev-0217
    (
        "The International Committee of the Red Cross called on Israel and Hamas to spare civilians and allow humanitarian access to Gaza.",
        [("REQUEST", "NGO", "ISR"), ("REQUEST", "NGO", "PSE")],
        "2023-10-13",
    ),
    # dev-0218
    (
        "Baku renewed its demand that Yerevan remove a reference to Nagorno-Karabakh from its constitution before any peace treaty is signed.",
        [("REQUEST", "AZE", "ARM")],
        "2024-02-02",
    ),
    # dev-0220
    (
        "Zelensky flatly refused to cede any Ukrainian territory to Russia in exchange for a ceasefire.",
        [("REJECT", "UKR", "RUS")],
        "2024-11-20",
    ),
    # dev-0221
    (
        "The Taliban dismissed a UN demand to lift restrictions on women's education, branding it interference in Afghanistan's internal affairs.",
        [("REJECT", "AFG", "IGO"), ("ACCUSE", "AFG", "IGO", "opt")],
        "2024-10-05",
    ),
    # dev-0222
    (
        "India put its air bases along the western border on high alert after Pakistani artillery pounded villages in the Poonch district overnight.",
        [("MOBILIZE", "IND", None), ("ASSAULT", "PAK", "IND")],
        "2025-05-08",
    ),
    # dev-0224
    pytest.param(
        "Poland started sending additional troops to its border with Belarus on Wednesday, days after a soldier was knifed by a migrant trying to cross the fence.",
        [("MOBILIZE", "POL", "BLR"), ("ASSAULT", None, "POL")],
        "2024-06-06",
        marks=_x(
            "'a soldier was knifed by a migrant' gets no target (as 'stabbed' in the original)"
        ),
    ),
    # dev-0225
    (
        "Venezuela's armed forces began maneuvers near the border with Guyana on Thursday in response to the arrival of a British patrol ship in Guyanese waters.",
        [("MOBILIZE", "VEN", "GUY"), ("MOBILIZE", "GBR", None, "opt")],
        "2023-12-29",
    ),
    # dev-0227
    (
        "The EU rolled out its 14th package of sanctions against Russia on Monday, targeting Russian liquefied natural gas for the first time.",
        [("SANCTION", "IGO", "RUS")],
        "2024-06-25",
    ),
    # dev-0228
    (
        "A Moscow military court found theatre director Zhenya Berkovich guilty of justifying terrorism on Monday over a play and jailed her for six years in a penal colony.",
        [("SANCTION", "RUS", None)],
        "2024-07-09",
    ),
    # dev-0229
    (
        "Azerbaijan has shipped a new consignment of electrical equipment to Ukraine to help repair its battered power grid, the Azerbaijani embassy in Kyiv said.",
        [("AID", "AZE", "UKR")],
        "2023-10-04",
    ),
    # dev-0230
    pytest.param(
        "A group of Azerbaijanis who described themselves as environmental activists set up a blockade of the Lachin corridor on Monday, cutting the only road between Armenia and Nagorno-Karabakh.",
        [("PROTEST", "AZE", None)],
        "2022-12-13",
        marks=_x(
            "'a group of Azerbaijanis who described themselves as activists' loses its country (same on the original)"
        ),
    ),
    # dev-0231
    (
        "Japan and the Philippines concluded a reciprocal access agreement in Manila on Monday that will allow the two countries to deploy troops on each other's soil.",
        [(("COOPERATE", "AGREE"), "JPN", "PHL")],
        "2024-07-09",
    ),
    # dev-0255
    (
        "Tens of thousands of Houthi supporters demonstrated in Sanaa on Friday, chanting slogans against Israel and the United States.",
        [("PROTEST", "YEM", "ISR"), ("PROTEST", "YEM", "USA")],
        "2024-01-13",
    ),
    # dev-0256
    (
        "The National Liberation Army set free a Colombian soldier it had held for three weeks in Arauca on Saturday, handing him over to a humanitarian commission that included the UN and the Catholic Church.",
        [("RETREAT", "COL", "COL")],
        "2023-08-08",
    ),
    # dev-0257
    pytest.param(
        "The National Liberation Army freed a Colombian soldier it had held for three weeks in Arauca on Saturday. The government hailed the release as a gesture of goodwill towards the peace process.",
        [("SUPPORT", "COL", "COL"), ("RETREAT", "COL", "COL", "opt")],
        "2023-08-08",
        marks=_x(
            "'hailed the release' does not reach back to who was released (as 'welcomed' in the original)"
        ),
    ),
    # dev-0259
    (
        "Military aircraft bombarded a village school in Myanmar's Sagaing region on Monday, killing at least 20 children, according to the opposition National Unity Government.",
        [("ASSAULT", "MMR", "MMR")],
        "2024-04-10",
    ),
    # dev-0263
    (
        "Syrian President Ahmed al-Sharaa conferred with Vladimir Putin at the Kremlin on Wednesday, his first visit to Moscow since the fall of Bashar al-Assad.",
        [("CONSULT", "SYR", "RUS")],
        "2025-10-16",
    ),
    # dev-0266
    (
        "Belarusian border guards apprehended blogger Pavel Lisitsyn as he tried to cross into Lithuania on Sunday, the Viasna human rights centre said.",
        [("COERCE", "BLR", None)],
        "2024-09-17",
    ),
    # dev-0269
    (
        "The UN General Assembly voted overwhelmingly on Friday to support the Palestinian bid for full membership of the United Nations.",
        [("SUPPORT", "IGO", "PSE")],
        "2024-05-11",
    ),
    # dev-0270
    (
        "Armenian security services took Archbishop Bagrat Galstanyan into custody on Wednesday on charges of plotting to seize power.",
        [("COERCE", "ARM", "ARM"), ("ACCUSE", "ARM", "ARM", "opt")],
        "2025-06-26",
    ),
    # dev-0307
    (
        "Serbia and Kosovo clinched an EU-brokered deal late on Wednesday to end a months-long dispute over vehicle licence plates.",
        [("AGREE", "SRB", "XKX"), ("CONSULT", "IGO", "SRB"), ("CONSULT", "IGO", "XKX", "opt")],
        "2022-11-24",
    ),
    # dev-0310
    (
        "The Myanmar military and the MNDAA rebel group hammered out a formal ceasefire agreement in talks mediated by China in Kunming, Beijing said on Monday.",
        [
            (("AGREE", "RETREAT"), "MMR", "MMR"),
            ("CONSULT", "CHN", "MMR"),
            ("CONSULT", "MMR", "MMR", "opt"),
        ],
        "2025-01-21",
    ),
    # dev-0311
    (
        "Saudi Arabia handed Yemen's internationally recognised government a grant of 500 million dollars on Wednesday to help pay public salaries.",
        [("AID", "SAU", "YEM")],
        "2024-07-25",
    ),
    # dev-0312
    (
        "China rushed a rescue team and emergency supplies to Myanmar on Saturday after a powerful earthquake struck near Mandalay.",
        [("AID", "CHN", "MMR")],
        "2025-03-30",
    ),
    # dev-0316
    (
        "Kenyan and Somali troops mounted a joint operation against al-Shabaab hideouts in the Boni forest near the border last week.",
        [("COOPERATE", "KEN", "SOM"), ("ASSAULT", "KEN", "SOM", "opt")],
        "2024-09-24",
    ),
    # wire-0001
    pytest.param(
        "Two more jailed Irish republicans went on hunger strike at the Maze prison near Belfast on Monday in support of their demand to be treated as political prisoners, the Northern Ireland Office said.",
        [("PROTEST", "GBR", None), ("REQUEST", "GBR", None, "opt")],
        "1981-06-23",
        marks=_x("'jailed Irish republicans' in Belfast take IRL (same on the original wording)"),
    ),
    # wire-0003
    (
        "Britain cut diplomatic ties with Argentina on Saturday and dispatched a naval task force to the South Atlantic to retake the islands.",
        [("SANCTION", "GBR", "ARG"), ("MOBILIZE", "GBR", None), ("MOBILIZE", "GBR", "ARG", "opt")],
        "1982-04-05",
    ),
    # wire-0005
    (
        "Royal Air Force Hercules transport planes began flying grain to famine-stricken areas of northern Ethiopia on Thursday, joining a relief operation mounted by Western governments and aid agencies.",
        [("AID", "GBR", "ETH")],
        "1984-11-02",
    ),
    # wire-0010
    (
        "U.S. President Ronald Reagan and Soviet leader Mikhail Gorbachev opened a two-day summit in Reykjavik on Saturday, with arms control and human rights at the top of the agenda.",
        [("CONSULT", "USA", "RUS")],
        "1986-10-12",
    ),
    # wire-0013
    (
        "The U.N. Security Council on Monday unanimously called for an immediate ceasefire in the seven-year-old war between Iran and Iraq and urged both countries to pull back their forces to internationally recognised borders.",
        [("REQUEST", "IGO", "IRN"), ("REQUEST", "IGO", "IRQ")],
        "1987-07-21",
    ),
    # wire-0014
    pytest.param(
        "The U.N. Security Council on Monday demanded an immediate ceasefire in the Gulf war between Iran and Iraq. Baghdad said on Wednesday it was prepared to comply with the resolution as long as Tehran did the same.",
        [
            ("AGREE", "IRQ", "IGO"),
            ("REQUEST", "IGO", "IRN", "opt"),
            ("REQUEST", "IGO", "IRQ", "opt"),
        ],
        "1987-07-23",
    ),
    # wire-0021
    (
        "The United States admitted on Sunday that the cruiser USS Vincennes had downed an Iranian airliner over the Gulf, killing all 290 people on board, after mistaking it for an attacking F-14 fighter.",
        [("CONCEDE", "USA", "IRN"), ("ASSAULT", "USA", "IRN")],
        "1988-07-05",
    ),
    # wire-0025
    (
        "General Michel Aoun, head of Lebanon's Christian military cabinet, addressed supporters at the presidential palace in Baabda on Tuesday. He declared a war of liberation against the Syrian army and pledged to drive its 33,000 troops out of Lebanon.",
        [("THREATEN", "LBN", "SYR")],
        "1989-03-15",
    ),
    # wire-0037
    (
        "Nelson Mandela was released from Victor Verster prison near Cape Town on Sunday by the government of President F.W. de Klerk, after more than 27 years behind bars.",
        [("RETREAT", "ZAF", "ZAF")],
        "1990-02-12",
    ),
    # wire-0039
    (
        "President F.W. de Klerk revoked the four-year-old state of emergency in three of South Africa's four provinces on Thursday, meeting a key demand of the African National Congress, but kept it in force in strife-torn Natal.",
        [("CONCEDE", "ZAF", "ZAF")],
        "1990-06-08",
    ),
    # wire-0040
    (
        "Iraqi troops and tanks stormed into Kuwait before dawn on Thursday and took over the emir's palace and government buildings in Kuwait City, residents said by telephone.",
        [("ASSAULT", "IRQ", "KWT"), (("COERCE", "ASSAULT"), "IRQ", "KWT")],
        "1990-08-03",
    ),
    # wire-0042
    (
        "The U.N. Security Council slapped a sweeping trade and financial embargo on Iraq on Monday and renewed its demand that Baghdad withdraw its forces from Kuwait unconditionally.",
        [("SANCTION", "IGO", "IRQ"), ("REQUEST", "IGO", "IRQ")],
        "1990-08-07",
    ),
    # wire-0045
    (
        "China and Israel set up full diplomatic relations on Friday as Israeli Foreign Minister David Levy made the first visit to Beijing by a senior Israeli official.",
        [("SUPPORT", "CHN", "ISR"), ("SUPPORT", "ISR", "CHN", "opt"), ("CONSULT", "ISR", "CHN")],
        "1992-01-25",
    ),
    # wire-0046
    pytest.param(
        "At least 16 people were killed when three mortar bombs landed among a queue for bread in central Sarajevo on Wednesday, and Bosnia's government pinned the blame on Serb gunners in the hills above the city.",
        [("ASSAULT", "BIH", "BIH"), ("ACCUSE", "BIH", "BIH")],
        "1992-05-28",
        marks=_x(
            "Serb gunners above Sarajevo take Serbia, not Bosnia (same on the original wording)"
        ),
    ),
    # wire-0129
    pytest.param(
        "Iraq's Interior Ministry said on Monday it had cancelled the licence of the U.S. security firm Blackwater after its guards gunned down at least eight civilians in a Baghdad square on Sunday.",
        [(("SANCTION", "COERCE"), "IRQ", "USA"), ("ASSAULT", "USA", "IRQ")],
        "2007-09-18",
        marks=_x("'its guards gunned down' takes 'its' as the ministry's, not Blackwater's"),
    ),
    # wire-0133
    pytest.param(
        "Kosovo was recognised as an independent state by the United States, Britain and France on Monday, a day after it declared independence from Serbia, and Belgrade called home its ambassador from Washington in protest.",
        [
            ("SUPPORT", "USA", "XKX"),
            ("SUPPORT", "GBR", "XKX"),
            ("SUPPORT", "FRA", "XKX"),
            ("SANCTION", "SRB", "USA"),
        ],
        "2008-02-19",
    ),
    # wire-0143
    pytest.param(
        "The International Criminal Court issued an arrest warrant on Wednesday for Sudanese President Omar al-Bashir. Khartoum hit back within hours by throwing out at least ten foreign aid agencies from Darfur, including Oxfam and Medecins Sans Frontieres, accusing them of passing information to the court.",
        [
            ("SANCTION", "SDN", "NGO"),
            ("ACCUSE", "SDN", "NGO"),
            (("ACCUSE", "COERCE"), "IGO", "SDN", "opt"),
        ],
        "2009-03-05",
        marks=_x(
            "'hit back by expelling' codes 'hit' as an attack; the context's warrant codes COERCE with no target"
        ),
    ),
    # wire-0145
    pytest.param(
        "Authorities clamped a 24-hour curfew on the central Nigerian city of Jos on Sunday after clashes between Muslim and Christian youths left at least 30 people dead, police said.",
        [("COERCE", "NGA", "NGA"), ("ASSAULT", "NGA", "NGA")],
        "2010-01-18",
        marks=_x(
            "'clashes left at least 30 people dead' gives the clash no target ('killed' does)"
        ),
    ),
    # wire-0149
    (
        "A curfew in Srinagar was eased by authorities in Indian Kashmir for several hours on Sunday, allowing residents to stock up on food after nine days confined to their homes.",
        [("CONCEDE", "IND", "IND")],
        "2010-09-27",
    ),
    # wire-0153
    (
        "The Arab League froze Syria's membership on Saturday and warned of economic sanctions unless President Bashar al-Assad halted his crackdown on protesters.",
        [("SANCTION", "IGO", "SYR"), ("THREATEN", "IGO", "SYR")],
        "2011-11-13",
    ),
    # wire-0155
    pytest.param(
        "Nigeria's main trade unions suspended a week-long general strike on Monday after President Goodluck Jonathan agreed to partly reinstate a fuel subsidy whose removal had doubled petrol prices.",
        [("CONCEDE", "NGA", "NGA"), (("CONCEDE", "AGREE"), "NGA", "NGA")],
        "2012-01-17",
        marks=_x(
            "'agreed to partly reinstate a subsidy' gets no target (same on the original wording)"
        ),
    ),
    # wire-0156
    (
        "Russia and China blocked a U.N. Security Council resolution on Saturday that backed an Arab League plan calling on Syrian President Bashar al-Assad to hand over power.",
        [("REJECT", "RUS", "IGO"), ("REJECT", "CHN", "IGO")],
        "2012-02-05",
    ),
    # wire-0165
    (
        "The United States and Cuba formally resumed diplomatic relations on Monday after more than five decades of Cold War hostility, and Cuba's flag was raised over its reopened embassy in Washington.",
        [("SUPPORT", "USA", "CUB"), ("SUPPORT", "CUB", "USA", "opt")],
        "2015-07-21",
    ),
    # wire-0166
    pytest.param(
        "Israeli troops razed the family homes of two Palestinians accused of killing an Israeli couple in the occupied West Bank, the army said on Tuesday.",
        [("COERCE", "ISR", "PSE")],
        "2015-11-11",
        marks=_x(
            "'razed homes' is coded ASSAULT, the gold COERCE (as 'demolished' in the original)"
        ),
    ),
    # wire-0173
    (
        "FARC rebels turned in the last of their weapons to United Nations monitors on Tuesday, completing their disarmament under last year's peace accord, the U.N. mission in Colombia said.",
        [("RETREAT", "COL", "IGO")],
        "2017-06-28",
    ),
    # wire-0175
    (
        "President Donald Trump withdrew the United States from the 2015 Iran nuclear deal on Tuesday and said he would reinstate the highest level of economic sanctions on Tehran.",
        [("SANCTION", "USA", "IRN"), (("THREATEN", "SANCTION"), "USA", "IRN")],
        "2018-05-09",
    ),
    # wire-0177
    pytest.param(
        "North Korea said on Friday it was still open to talks with the United States at any time, a day after President Donald Trump scrapped his planned summit with Kim Jong Un.",
        [("AGREE", "PRK", "USA"), ("REJECT", "USA", "PRK")],
        "2018-05-26",
        marks=_x(
            "'open to talks' is read as CONSULT and 'scrapped his summit' as SANCTION (as 'called off')"
        ),
    ),
    # wire-0178
    (
        "Ethiopian Prime Minister Abiy Ahmed flew into Asmara on Sunday on the first trip by an Ethiopian leader to Eritrea in two decades and was welcomed at the airport by President Isaias Afwerki.",
        [("CONSULT", "ETH", "ERI")],
        "2018-07-09",
    ),
    # wire-0181
    pytest.param(
        "Iran's Revolutionary Guards downed a U.S. military surveillance drone over the Strait of Hormuz on Thursday, saying it had violated Iranian airspace, a charge Washington rejected.",
        [("ASSAULT", "IRN", "USA"), ("ACCUSE", "IRN", "USA", "opt"), ("REJECT", "USA", "IRN")],
        "2019-06-21",
        marks=_x("'a charge Washington rejected' gets no target (as 'denied' in the original)"),
    ),
    # wire-0182
    (
        "Russian and Turkish troops conducted their first joint patrol in northeast Syria on Friday under a deal that halted a Turkish offensive against Kurdish-led forces.",
        [("COOPERATE", "RUS", "TUR")],
        "2019-11-02",
    ),
    # wire-0187
    (
        "Russian opposition leader Alexei Navalny was picked up by border police at Moscow's Sheremetyevo airport on Sunday evening, minutes after flying home from Germany, where he had been treated for nerve agent poisoning.",
        [("COERCE", "RUS", "RUS")],
        "2021-01-18",
    ),
    # wire-0188
    (
        "Myanmar's military grabbed power on Monday, rounding up State Counsellor Aung San Suu Kyi and other leaders of the ruling National League for Democracy in dawn raids.",
        [("COERCE", "MMR", None), ("COERCE", "MMR", "MMR")],
        "2021-02-02",
    ),
    # wire-0189
    (
        "More than 1,000 Myanmar nationals were expelled by Malaysia on Tuesday, hours after a court ordered a temporary halt to their removal pending a legal challenge by rights groups.",
        [("COERCE", "MYS", "MMR"), ("REJECT", "MYS", "MYS", "opt")],
        "2021-02-24",
    ),
    # wire-0193
    (
        "Russian and Ukrainian delegations met for the first time since the invasion at the Belarusian border on Monday, but the five-hour session ended without a breakthrough.",
        [("CONSULT", "RUS", "UKR")],
        "2022-03-01",
    ),
    # wire-0196
    (
        "Kyiv blamed Russian forces on Tuesday for blowing up the Kakhovka dam on the Dnipro river, while Moscow pointed the finger at Ukrainian shelling for the breach, which flooded dozens of villages downstream.",
        [("ACCUSE", "UKR", "RUS"), ("ACCUSE", "RUS", "UKR"), ("REJECT", "RUS", "UKR", "opt")],
        "2023-06-07",
    ),
]

NEGATIVES = [
    "The two leaders are due to hold talks on the sidelines of the UN General Assembly in New York later this month.",  # dev-0166
    "Analysts say Pyongyang's provocations tend to escalate ahead of joint US-South Korean war games.",  # dev-0051
    "The truce proposal is widely regarded as dead, and few diplomats in Beirut expect it to be brought back to life before the US election.",  # dev-0164
    "The Houthis did not take responsibility for the incident.",  # dev-0249
    "The foreign ministers will sit down again in Geneva next month, officials said.",  # dev-0246
    "The Kremlin has long branded NATO's eastward enlargement a danger to Russia's security.",  # dev-0241
    "Analysts say India and Pakistan are unlikely to return to the negotiating table any time soon.",  # dev-0301
    "Ethiopian Prime Minister Abiy Ahmed answered questions from lawmakers on Tuesday. He maintained that Ethiopia had no plans to march into Eritrea but said access to the sea was an existential question for his country.",  # dev-0194
    "Should the M23 push on towards Uvira, Burundi, which has troops in South Kivu, could be sucked directly into the fighting.",  # dev-0177
    "Soldiers posted along the route held their fire, witnesses said.",  # wire-0032
    "Russian forces made no gains anywhere along the eastern front overnight, according to Ukraine's General Staff.",  # dev-0165
    "Baku has never formally replied to the offer.",  # dev-0295
    "A spokesman for the ministry said he had no information about any arrests.",  # dev-0233
    "If the truce collapses, U.N. officials fear a fresh exodus of refugees into Zaire.",  # wire-0056
    "Any deal, analysts caution, will collapse unless it tackles the fate of the displaced.",  # dev-0243
]


FIXES = [
    # a vow of reprisals, or to launch an attack, is a threat; a vow to rebuild a promise
    (
        "Hezbollah vowed swift retaliation after an Israeli strike killed one of its commanders in Beirut.",
        [("THREATEN", "LBN", None), ("ASSAULT", "ISR", "LBN")],
        "2024-07-31",
    ),
    (
        "Turkey vowed on Monday to launch a ground operation against Kurdish fighters in northern Iraq.",
        [("THREATEN", "TUR", "IRQ")],
        "2024-05-01",
    ),
    (
        "The Lebanese government vowed to rebuild the southern villages within two years.",
        [("AGREE", "LBN", None)],
        "2024-05-01",
    ),
    # "cautioned X that ..." as "warned"
    (
        "Russia cautioned Finland on Tuesday that joining NATO would have serious military consequences.",
        [("THREATEN", "RUS", "FIN")],
        "2022-05-11",
    ),
    # "backed out of" a meeting is a refusal; "backed" alone support
    (
        "Azerbaijani President Ilham Aliyev backed out of a planned meeting with Armenian Prime Minister Nikol Pashinyan in Brussels.",
        [("REJECT", "AZE", "ARM")],
        "2024-05-01",
    ),
    (
        "Washington backed Kyiv's peace formula on Tuesday.",
        [("SUPPORT", "USA", "UKR")],
        "2024-05-01",
    ),
    # "shot down" a proposal is a rejection; a drone shot down an attack
    (
        "Hamas shot down an Egyptian proposal for a phased truce on Sunday.",
        [("REJECT", "PSE", "EGY")],
        "2024-05-01",
    ),
    (
        "Syrian air defences shot down an Israeli drone near Damascus on Tuesday.",
        [("ASSAULT", "SYR", "ISR")],
        "2024-05-01",
    ),
    # recognition and relations said other ways
    (
        "Russia granted recognition to the two breakaway regions of Georgia on Tuesday.",
        [("SUPPORT", "RUS", "GEO")],
        "2008-08-27",
    ),
    (
        "Saudi Arabia and Iran resumed diplomatic relations on Friday after a seven-year rift.",
        [("SUPPORT", "SAU", "IRN"), ("SUPPORT", "IRN", "SAU", "opt")],
        "2023-03-11",
    ),
    (
        "Somalia's president expressed gratitude to Turkey for its support on Monday.",
        [("SUPPORT", "SOM", "TUR")],
        "2024-05-01",
    ),
    # regret voiced; a list struck off; measures scrapped or dropped (a pact scrapped: SANCTION)
    (
        "The Pakistani army voiced regret on Friday for the deaths of two Afghan civilians in a cross-border strike.",
        [("CONCEDE", "PAK", "AFG"), ("ASSAULT", "PAK", None, "opt")],
        "2024-05-01",
    ),
    (
        "Washington struck Cuba off its list of state sponsors of terrorism on Tuesday.",
        [("CONCEDE", "USA", "CUB")],
        "2015-05-30",
    ),
    (
        "Israeli jets struck Hamas positions in Gaza on Tuesday.",
        [("ASSAULT", "ISR", "PSE")],
        "2024-05-01",
    ),
    (
        "Uzbekistan scrapped tariffs on goods from Tajikistan on Monday.",
        [("CONCEDE", "UZB", "TJK")],
        "2024-05-01",
    ),
    (
        "Kazakhstan scrapped a defence pact with Russia on Monday.",
        [("SANCTION", "KAZ", "RUS")],
        "2024-05-01",
    ),
    (
        "The Sri Lankan government dropped a contested anti-terror bill on Thursday after weeks of protests in Colombo.",
        [("CONCEDE", "LKA", None), ("PROTEST", "LKA", "LKA", "opt")],
        "2024-05-01",
    ),
    # requests and protests said other ways
    (
        "Thousands of protesters in Tunis clamoured for the prime minister's resignation on Saturday.",
        [("REQUEST", "TUN", None), ("PROTEST", "TUN", None, "opt")],
        "2024-05-01",
    ),
    (
        "Tens of thousands of Georgians poured into the streets of Tbilisi on Sunday to protest against the foreign agents bill.",
        [("PROTEST", "GEO", "GEO")],
        "2024-05-01",
    ),
    # aid, assault, expulsion, censorship, disarmament, sanctions
    (
        "Jordanian aircraft parachuted flour and medicine into southern Gaza on Thursday.",
        [("AID", "JOR", "PSE")],
        "2024-05-01",
    ),
    (
        "An Israeli soldier was knifed by a Palestinian attacker at a West Bank checkpoint on Monday.",
        [("ASSAULT", "PSE", "ISR")],
        "2024-05-01",
    ),
    (
        "Sudan threw out two Norwegian diplomats on Monday.",
        [("SANCTION", "SDN", "NOR")],
        "2024-05-01",
    ),
    (
        "The Egyptian authorities cancelled the accreditation of two BBC correspondents on Monday.",
        [("COERCE", "EGY", "GBR")],
        "2024-05-01",
    ),
    (
        "Rebels in the Central African Republic turned in their weapons to UN peacekeepers on Friday.",
        [("RETREAT", "CAF", "IGO")],
        "2024-05-01",
    ),
    (
        "The European Union rolled out new sanctions against Iranian drone makers on Monday.",
        [("SANCTION", "IGO", "IRN")],
        "2024-05-01",
    ),
    (
        "Iran restated its backing for Hezbollah on Tuesday.",
        [("SUPPORT", "IRN", "LBN")],
        "2024-05-01",
    ),
    # "side by side with" / "shoulder to shoulder with" an ally, as "alongside"
    (
        "Belarusian volunteers have been fighting side by side with Ukrainian forces near Bakhmut, their commander said.",
        [("COOPERATE", "BLR", "UKR")],
        "2024-05-01",
    ),
    (
        "Chadian soldiers fought shoulder to shoulder with the Nigerien army near Diffa last week.",
        [("COOPERATE", "TCD", "NER")],
        "2024-05-01",
    ),
    # "touched down" as "landed" (troops; a plane with a minister is a visit, not this)
    (
        "A first contingent of 200 Burundian soldiers touched down in Mogadishu on Monday to join the African Union mission.",
        [(("MOBILIZE", "AID"), "BDI", "SOM")],
        "2024-05-01",
    ),
    # any of the coordinated objects names what was sent
    (
        "Turkey rushed search teams and relief supplies to Syria on Tuesday after the earthquake.",
        [("AID", "TUR", "SYR")],
        "2023-02-08",
    ),
    # what an allegation says happened is the accuser's claim, not an event
    (
        "Niger recalled its ambassador from Abidjan on Friday, alleging that Ivory Coast was sheltering coup plotters.",
        [("SANCTION", "NER", "CIV"), ("ACCUSE", "NER", "CIV")],
        "2024-05-01",
    ),
    # "picked up by police" is an arrest
    (
        "Georgian police picked up the opposition leader outside his home in Tbilisi on Monday.",
        [("COERCE", "GEO", "GEO")],
        "2024-05-01",
    ),
    # "welcomed at the airport by" is a reception (a visit), not praise
    (
        "Ethiopian Prime Minister Abiy Ahmed was welcomed at the airport by President Isaias Afwerki on Sunday.",
        [("CONSULT", "ERI", "ETH")],
        "2018-07-09",
    ),
    # "stayed away from the elections" is a boycott (not of a summit: REJECT meet)
    (
        "Kosovo Serbs stayed away from Sunday's parliamentary elections.",
        [("PROTEST", "SRB", None)],
        "2024-05-01",
    ),
    # "turned to X for help / assistance" is a request for aid
    (
        "Armenia turned to the European Union for humanitarian assistance on Monday.",
        [("REQUEST", "ARM", "IGO")],
        "2024-05-01",
    ),
    # a naval group, fleet or flotilla sent is a deployment ("a group of doctors" is aid)
    (
        "China sent an aircraft carrier group into the western Pacific on Monday, Japan's defence ministry said.",
        [("MOBILIZE", "CHN", None)],
        "2024-05-01",
    ),
    (
        "Britain dispatched a naval flotilla to the Gulf on Monday.",
        [("MOBILIZE", "GBR", None)],
        "2024-05-01",
    ),
    (
        "The World Health Organization dispatched a group of doctors to Gaza on Monday.",
        [("AID", "IGO", "PSE")],
        "2024-05-01",
    ),
    # handed over "to face charges / to stand trial" is an extradition; hostages handed over a release
    (
        "Turkey handed over two Swedish nationals to Stockholm on Monday to stand trial.",
        [("COOPERATE", "TUR", "SWE")],
        "2024-05-01",
    ),
    (
        "Hamas handed over three Israeli hostages to the Red Cross on Saturday.",
        [("RETREAT", "PSE", "ISR")],
        "2024-05-01",
    ),
    # an air defence system handed over to a state is military aid
    (
        "The Netherlands handed over a Patriot air defence system to Ukraine on Friday.",
        [("AID", "NLD", "UKR")],
        "2024-05-01",
    ),
    # "broke up hundreds of demonstrators" is crowd control, as "dispersed"
    (
        "Kenyan police broke up hundreds of demonstrators in Nairobi on Tuesday.",
        [("ASSAULT", "KEN", "KEN")],
        "2024-05-01",
    ),
]


@pytest.mark.parametrize(("text", "expected", "pub"), CASES, ids=[_text(c)[:60] for c in CASES])
def test_lexical_coded(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))


@pytest.mark.parametrize(
    "text", NEGATIVES, ids=[_text((t,) if isinstance(t, str) else t)[:60] for t in NEGATIVES]
)
def test_lexical_negatives(code, text):
    events = countable(code(text, "2024-05-01"))
    assert not events, show(events)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_lexical_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
