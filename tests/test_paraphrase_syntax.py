# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Syntactic paraphrases of dev and wire records: the same event, the same trigger words
and the same actor mentions, in another construction. Active <-> passive ("X was shelled
by Y"), verb <-> nominal ("talks between X and Y began", "issued a threat to"), the
attribution moved ("According to X, ...", "..., X warned", "X told Y that ..."), relative
clauses and appositions carrying an event ("Y, which suspended ..., threatened ..."),
participle clauses ("Accusing X of ..., Y cut ties"), fronted time, place and cause
phrases, clefts, and a record split into two sentences with a pronoun or "the general".

Every sentence was written for this file from the record named in its comment (its gold
annotation carried over, with its publication date and, where the record has one, its
context paragraph as a first sentence) before the coder was run on it. A record passes
when every expected event is coded (any of its types, both countries; target None: any
target; either way round for the symmetric types) and no other countable event is coded;
an event marked "opt" may or may not be coded. NEGATIVES (opinion, plans, hypotheticals,
negation, statistics, "declined to comment") must give no countable event.

Coverage, as a measure of generalisation: 119/182 records passed on the first run
(107/168 CASES, 12/14 NEGATIVES), before any fix made for this file. After that run the
annotation of ten records was corrected: in nine, events of the prepended context sentence,
which the record's gold does not list (it annotates the text alone), were added as "opt"
with their honest countries; in dev-0066 so was Qatar's mediation (the gold lists only the
United States' one). Seven of the 61 failing cases passed on that correction alone.
After the general fixes: 143/182 (131/168 CASES, 12/14 NEGATIVES). The same check run on
the 168 original records (context and text as in eval/) passes 144, so 13 of the 37 cases
still failing are failures of the construction itself; the other 24 fail in the original
record too. All 39 are strict xfails with their cause (XFAILS). FIXES were written after
the fixes, one or two new sentences per cause fixed.
"""

from __future__ import annotations

import pytest

from conftest import case_text as _text
from conftest import phrasebook_problems as _problems
from conftest import show
from conftest import strict_xfail as _x
from parley.evaluate import countable

# (text, [(types, source, target[, "opt"]), ...], pub date); the comment names the record
CASES = [
    # dev-0001: passive
    (
        "Armenian positions near the village of Sotk were fired on by Azerbaijani troops on Sunday night, Armenia's Defence Ministry said.",
        [("ASSAULT", "AZE", "ARM")],
        "2024-05-14",
    ),
    # dev-0002: passive + relative clause on the agent
    (
        "Armenia's Defence Ministry said Azerbaijani troops had fired on its positions near Sotk. The accusation was rejected on Monday by Baku, which said its units had only returned fire.",
        [("REJECT", "AZE", "ARM"), ("ASSAULT", "AZE", "ARM", "opt")],
        "2024-05-14",
    ),
    # dev-0003: verb -> nominal subject ("talks between X and Y began")
    (
        "Two days of talks between Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov began in Almaty on Friday, hosted by Kazakh Foreign Minister Murat Nurtleu.",
        [("CONSULT", "ARM", "AZE"), ("CONSULT", "KAZ", "ARM"), ("CONSULT", "KAZ", "AZE", "opt")],
        "2024-05-12",
    ),
    # dev-0004: cleft
    (
        "Azerbaijani Foreign Minister Jeyhun Bayramov spoke to reporters after the session in Almaty. It was Yerevan that he blamed for dragging its feet on the delimitation of the border.",
        [("ACCUSE", "AZE", "ARM")],
        "2024-05-12",
    ),
    # dev-0005: passive
    (
        "An agreement to permanently cease hostilities was signed in Pretoria on Wednesday by Ethiopia's federal government and the Tigray People's Liberation Front, following talks brokered by the African Union.",
        [("AGREE", "ETH", "ETH"), ("CONSULT", "IGO", "ETH"), ("CONSULT", "ETH", "ETH", "opt")],
        "2022-11-03",
    ),
    # dev-0007: fronted prepositional phrase
    (
        "Following two weeks of talks facilitated by Saudi Arabia and the United States, representatives of the Sudanese Armed Forces and the RSF signed a short-term ceasefire deal in Jeddah on Saturday.",
        [
            (("AGREE", "RETREAT"), "SDN", "SDN"),
            ("CONSULT", "SAU", "SDN"),
            ("CONSULT", "USA", "SDN"),
            ("CONSULT", "SDN", "SDN", "opt"),
        ],
        "2023-05-21",
    ),
    # dev-0008: passive with coordinated agents
    (
        "Houthi targets across Yemen were struck by American and British warplanes early on Friday in response to the group's attacks on commercial shipping in the Red Sea.",
        [("ASSAULT", "USA", "YEM"), ("ASSAULT", "GBR", "YEM"), ("ASSAULT", "YEM", None, "opt")],
        "2024-01-13",
    ),
    # dev-0009: trailing attribution
    (
        "American and British warplanes struck Houthi targets across Yemen early on Friday. Washington and London would pay a heavy price for the attack, a Houthi spokesman said.",
        [
            ("THREATEN", "YEM", "USA"),
            ("THREATEN", "YEM", "GBR"),
            ("ASSAULT", "USA", "YEM", "opt"),
            ("ASSAULT", "GBR", "YEM", "opt"),
        ],
        "2024-01-13",
    ),
    # dev-0010: perfect participle clause fronted
    (
        "Having stormed the village of Banjska in northern Kosovo on Sunday, around 30 heavily armed ethnic Serb gunmen killed a Kosovo police officer and barricaded themselves inside a monastery.",
        [("ASSAULT", "SRB", "XKX")],
        "2023-09-25",
    ),
    # dev-0011: relative clause carries one of two speech acts
    (
        "Kosovo Prime Minister Albin Kurti said the gunmen who attacked Kosovo police in Banjska had been organised and backed by Belgrade. Serbian President Aleksandar Vucic, who accused Kurti of deliberately provoking the violence, denied on Monday that Belgrade had any role in the attack.",
        [("REJECT", "SRB", "XKX"), ("ACCUSE", "SRB", "XKX")],
        "2023-09-26",
    ),
    # dev-0014: passive
    (
        "More than 100 missiles and a similar number of drones were fired by Russia at Ukraine's power grid overnight into Monday in one of the largest air attacks of the war.",
        [("ASSAULT", "RUS", "UKR")],
        "2024-08-27",
    ),
    # dev-0015: passive request
    (
        "Russia fired more than 100 missiles and a similar number of drones at Ukraine's power grid overnight into Monday. Its Western partners were again urged by Kyiv to lift restrictions on using long-range weapons against military targets deep inside Russia.",
        [("REQUEST", "UKR", None), ("ASSAULT", "RUS", "UKR", "opt")],
        "2024-08-27",
    ),
    # dev-0016: fronted prepositional phrase
    (
        "In an exchange brokered by the United Arab Emirates, Russia and Ukraine swapped 115 prisoners of war each on Saturday.",
        [
            ("RETREAT", "RUS", "UKR"),
            ("RETREAT", "UKR", "RUS"),
            ("CONSULT", "ARE", "RUS"),
            ("CONSULT", "ARE", "UKR", "opt"),
        ],
        "2024-08-25",
    ),
    # dev-0020: passive + absolute "with X saying"
    (
        "Nine sites in Pakistan and Pakistan-administered Kashmir were struck by India early on Wednesday, with New Delhi saying it had targeted infrastructure used by the militants behind last month's massacre of tourists in Pahalgam.",
        [("ASSAULT", "IND", "PAK")],
        "2025-05-08",
    ),
    # dev-0021: fronted participle clause
    (
        "India struck nine sites in Pakistan and Pakistan-administered Kashmir early on Wednesday. Calling the strikes an act of war, Islamabad said its air force had shot down five Indian jets, a claim New Delhi did not confirm.",
        [("ACCUSE", "PAK", "IND"), ("ASSAULT", "PAK", "IND"), ("ASSAULT", "IND", "PAK", "opt")],
        "2025-05-08",
    ),
    # dev-0022: passive "was agreed by"
    (
        "A full and immediate ceasefire was agreed by India and Pakistan on Saturday after four days of cross-border missile, drone and artillery duels.",
        [(("AGREE", "RETREAT"), "IND", "PAK"), ("ASSAULT", "IND", "PAK", "opt")],
        "2025-05-11",
    ),
    # dev-0023: fronted attribution
    (
        "According to South Korea's Joint Chiefs of Staff, North Korea fired 18 short-range ballistic missiles into the sea off its east coast on Thursday morning.",
        [("MOBILIZE", "PRK", None)],
        "2024-05-31",
    ),
    # dev-0025: event in a subordinate "as" clause reordered
    (
        "Thousands of residents fled the fighting as M23 rebels took control of Goma, the largest city in eastern Congo, the rebels said on Monday.",
        [(("COERCE", "ASSAULT"), "COD", "COD")],
        "2025-01-28",
    ),
    # dev-0026: fronted participle clause
    (
        "M23 rebels said on Monday they had taken control of Goma. Accusing its neighbour of sending troops across the border to fight alongside the rebels, Kinshasa severed diplomatic relations with Kigali over the weekend.",
        [
            ("SANCTION", "COD", "RWA"),
            ("ACCUSE", "COD", "RWA"),
            (("COERCE", "ASSAULT"), "COD", "COD", "opt"),
        ],
        "2025-01-28",
    ),
    # dev-0027: passive
    (
        "Peace talks with the National Liberation Army were suspended by Colombian President Gustavo Petro on Friday after the rebels were accused of killing dozens of people in the Catatumbo region.",
        [("SANCTION", "COL", "COL"), ("ASSAULT", "COL", "COL", "opt")],
        "2025-01-21",
    ),
    # dev-0029: passive
    (
        "Two mortar rounds were fired by Hezbollah at an Israeli army position in the disputed Shebaa Farms area on Monday, in the first attack claimed by the group since the truce began.",
        [("ASSAULT", "LBN", "ISR")],
        "2024-12-03",
    ),
    # dev-0030: verb -> nominal ("Israel's response was a wave of strikes")
    (
        "Hezbollah fired two mortar rounds at an Israeli army position in the disputed Shebaa Farms area on Monday. Israel's response was a wave of strikes on southern Lebanon that killed at least 11 people, according to Lebanon's health ministry.",
        [("ASSAULT", "ISR", "LBN"), ("ASSAULT", "LBN", "ISR", "opt")],
        "2024-12-03",
    ),
    # dev-0032: fronted participle clause
    (
        "Completing a withdrawal demanded by the military junta that took power in July, the last French soldiers left Niger on Friday.",
        [("RETREAT", "FRA", "NER"), ("REQUEST", "NER", "FRA", "opt")],
        "2023-12-23",
    ),
    # dev-0034: passive, claim moved to the end
    (
        "Dozens of Malian soldiers and Wagner fighters were killed by Tuareg separatist rebels in heavy fighting near Tinzaouaten, close to the Algerian border, over the weekend, the rebels said.",
        [("ASSAULT", "MLI", "MLI"), ("ASSAULT", "MLI", "RUS")],
        "2024-07-30",
    ),
    # dev-0036: passive + relative clause on the agent
    (
        "Diplomatic relations with Ukraine were cut by Mali's junta on Sunday, which accused Kyiv of supporting terrorist groups in the Sahel.",
        [("SANCTION", "MLI", "UKR"), ("ACCUSE", "MLI", "UKR")],
        "2024-08-05",
    ),
    # dev-0037: fronted cause + passive
    (
        "After days of clashes between the army and the Fano militia, a six-month state of emergency was declared in the Amhara region by the Ethiopian government on Friday.",
        [("COERCE", "ETH", "ETH"), ("ASSAULT", "ETH", "ETH")],
        "2023-08-05",
    ),
    # dev-0040: passive -> active with the weapon as subject
    (
        "Two Houthi anti-ship missiles hit the British-owned cargo ship Rubymar in the Bab el-Mandeb Strait on Sunday, forcing its crew to abandon the vessel.",
        [("ASSAULT", "YEM", "GBR")],
        "2024-02-20",
    ),
    # dev-0041: fronted participle clause
    (
        "Accompanied by Omani mediators, a Saudi delegation led by ambassador Mohammed Al Jaber arrived in Sanaa on Sunday for talks with Houthi leaders on a permanent truce.",
        [("CONSULT", "SAU", "YEM"), ("CONSULT", "OMN", "YEM"), ("CONSULT", "OMN", "SAU", "opt")],
        "2023-04-10",
    ),
    # dev-0043: fronted place phrase + passive
    (
        "At a ceremony hosted by US President Donald Trump at the White House on Friday, a peace agreement was initialled by Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev.",
        [
            ("AGREE", "ARM", "AZE"),
            ("CONSULT", "USA", "ARM"),
            ("CONSULT", "USA", "AZE", "opt"),
            ("CONSULT", "ARM", "AZE", "opt"),
        ],
        "2025-08-09",
    ),
    # dev-0044: passive
    (
        "Thousands of pro-European protesters outside parliament in Tbilisi were dispersed overnight by Georgian riot police using water cannon and tear gas, on the third night of demonstrations against the government.",
        [(("ASSAULT", "COERCE"), "GEO", "GEO"), ("PROTEST", "GEO", "GEO")],
        "2024-12-01",
    ),
    # dev-0045: result fronted, event in a "when" clause
    (
        "Thousands of inmates were freed in Port-au-Prince over the weekend when armed gangs stormed Haiti's two largest prisons.",
        [("ASSAULT", "HTI", "HTI")],
        "2024-03-04",
    ),
    # dev-0046: apposition
    (
        "About 400 Kenyan police officers, the first contingent of a UN-backed multinational mission against Haiti's gangs, landed in Port-au-Prince on Tuesday.",
        [(("MOBILIZE", "AID"), "KEN", "HTI")],
        "2024-06-26",
    ),
    # dev-0047: passive + relative clause carrying the second verb
    (
        "Philippine navy boats near the Second Thomas Shoal were boarded on Monday by Chinese coast guard personnel armed with knives and axes, who seized several rifles, Manila said.",
        [("ASSAULT", "CHN", "PHL"), ("COERCE", "CHN", "PHL")],
        "2024-06-19",
    ),
    # dev-0049: fronted cause
    (
        "In response to a barrage of trash-filled balloons sent across the border by Pyongyang, South Korea on Tuesday fully suspended a 2018 inter-Korean military agreement.",
        [("SANCTION", "KOR", "PRK")],
        "2024-06-05",
    ),
    # dev-0050: apposition order swapped
    (
        "The powerful sister of North Korean leader Kim Jong Un, Kim Yo Jong, warned of new counteractions if activists in the South kept sending anti-Pyongyang leaflets.",
        [("THREATEN", "PRK", "KOR")],
        "2024-06-05",
    ),
    # dev-0052: relative clause carries the talks
    (
        "Russian and Ukrainian delegations, which held their first direct peace talks in more than three years in Istanbul on Friday, agreed to exchange 1,000 prisoners of war each.",
        [("CONSULT", "RUS", "UKR"), ("AGREE", "RUS", "UKR")],
        "2025-05-17",
    ),
    # dev-0053: passive -> active, split with a pronoun
    (
        "Russian and Ukrainian delegations held their first direct peace talks in more than three years in Istanbul on Friday. Turkish Foreign Minister Hakan Fidan hosted the meeting at the Dolmabahce Palace; it lasted less than two hours.",
        [
            ("CONSULT", "TUR", "UKR"),
            ("CONSULT", "TUR", "RUS", "opt"),
            ("CONSULT", "RUS", "UKR", "opt"),
        ],
        "2025-05-17",
    ),
    # dev-0055: passive + fronted "according to" moved to the end
    (
        "More than 100 people were killed by RSF fighters in an attack on the village of Wad al-Noura in Gezira state on Wednesday, according to local activists.",
        [("ASSAULT", "SDN", "SDN")],
        "2024-06-07",
    ),
    # dev-0058: passive
    (
        "More than 2 billion euros in humanitarian aid for Sudan was pledged by donors at a conference in Paris on Monday, a year after the war began.",
        [(("AID", "AGREE"), None, "SDN")],
        "2024-04-16",
    ),
    # dev-0059: passive perfect
    (
        "Another IRIS-T air defence system has been delivered to Ukraine by Germany, Defence Minister Boris Pistorius said on Thursday.",
        [("AID", "DEU", "UKR")],
        "2024-09-20",
    ),
    # dev-0060: attribution moved to the front as a reporting clause
    (
        "Defence Minister Suren Papikyan announced in Paris that Armenia had signed a contract on Tuesday to buy 36 CAESAR self-propelled howitzers from France.",
        [(("COOPERATE", "AGREE"), "ARM", "FRA")],
        "2024-06-19",
    ),
    # dev-0062: fronted time/place phrase
    (
        "During a visit to the exclave of Nakhchivan on Monday, Turkish President Recep Tayyip Erdogan reaffirmed Ankara's support for Azerbaijan's territorial integrity.",
        [("SUPPORT", "TUR", "AZE"), ("CONSULT", "TUR", "AZE")],
        "2023-09-26",
    ),
    # dev-0064: passive
    (
        "Decrees recognising the self-proclaimed Donetsk and Luhansk people's republics in eastern Ukraine as independent states were signed by Russian President Vladimir Putin on Monday.",
        [("SUPPORT", "RUS", "UKR")],
        "2022-02-22",
    ),
    # dev-0065: passive with coordinated agents
    (
        "A Palestinian state was formally recognised by Spain, Ireland and Norway on Tuesday, drawing an angry response from Israel.",
        [
            ("SUPPORT", "ESP", "PSE"),
            ("SUPPORT", "IRL", "PSE"),
            ("SUPPORT", "NOR", "PSE"),
            ("ACCUSE", "ISR", "ESP", "opt"),
        ],
        "2024-05-29",
    ),
    # dev-0066: "after" clause fronted
    (
        "After signing the peace agreement with Congo in Washington on Friday, Rwandan Foreign Minister Olivier Nduhungirehe thanked the United States and Qatar for their mediation.",
        [
            ("AGREE", "RWA", "COD"),
            ("SUPPORT", "RWA", "USA"),
            ("SUPPORT", "RWA", "QAT"),
            ("CONSULT", "USA", "RWA", "opt"),
            ("CONSULT", "QAT", "RWA", "opt"),
        ],
        "2025-07-01",
    ),
    # dev-0067: passive
    (
        "A US-drafted plan for a ceasefire in Gaza was endorsed by the UN Security Council on Monday, with 14 members voting in favour and Russia abstaining.",
        [("SUPPORT", "IGO", "USA")],
        "2024-06-11",
    ),
    # dev-0068: fronted prepositional phrase
    (
        "In a phone call on Saturday, Russian President Vladimir Putin apologised to Azerbaijani President Ilham Aliyev for what the Kremlin called a tragic incident in Russian airspace involving an Azerbaijan Airlines passenger jet.",
        [("CONCEDE", "RUS", "AZE"), ("CONSULT", "RUS", "AZE")],
        "2024-12-29",
    ),
    # dev-0069: passive
    (
        "All remaining trade barriers on goods from Serbia were lifted by Kosovo's new government on Saturday, clearing the way for the resumption of EU-mediated talks with Belgrade.",
        [("CONCEDE", "XKX", "SRB")],
        "2020-06-07",
    ),
    # dev-0070: fronted "under" phrase
    (
        "Under a delimitation deal that has angered residents of the Tavush region, Armenia agreed on Friday to hand back four abandoned border villages to Azerbaijan.",
        [(("CONCEDE", "AGREE"), "ARM", "AZE")],
        "2024-04-20",
    ),
    # dev-0071: fronted participle
    (
        "Led by Archbishop Bagrat Galstanyan, tens of thousands of people rallied in central Yerevan on Thursday to demand Pashinyan's resignation over the border concessions.",
        [("PROTEST", "ARM", "ARM"), ("REQUEST", "ARM", "ARM")],
        "2024-05-10",
    ),
    # dev-0072: parenthetical phrase between subject and verb
    (
        "Ethiopia's parliament, in a key step in implementing the peace deal, voted on Wednesday to remove the Tigray People's Liberation Front from its list of terrorist organisations.",
        [("CONCEDE", "ETH", "ETH")],
        "2023-03-23",
    ),
    # dev-0076: content fronted, attribution trailing
    (
        "Israeli forces had unintentionally struck a convoy of World Central Kitchen aid workers in Gaza, killing seven of them, Israeli Prime Minister Benjamin Netanyahu acknowledged on Tuesday.",
        [("CONCEDE", "ISR", "NGO"), ("ASSAULT", "ISR", "NGO")],
        "2024-04-03",
    ),
    # dev-0077: fronted "after talks" phrase
    (
        "After talks in Putrajaya on Monday hosted by Malaysian Prime Minister Anwar Ibrahim, Thailand and Cambodia agreed to an unconditional ceasefire from midnight.",
        [
            (("AGREE", "RETREAT"), "THA", "KHM"),
            ("CONSULT", "THA", "KHM"),
            ("CONSULT", "MYS", "THA"),
            ("CONSULT", "MYS", "KHM", "opt"),
        ],
        "2025-07-29",
    ),
    # dev-0078: passive "was allowed by"
    (
        "A Red Cross convoy carrying flour and medical supplies was allowed by Azerbaijan to enter Nagorno-Karabakh through the Lachin corridor on Monday.",
        [("RETREAT", "AZE", "NGO"), ("AID", "NGO", None, "opt")],
        "2023-09-19",
    ),
    # dev-0079: "according to" attribution
    (
        "Azerbaijan was massing troops along the line of contact in Nagorno-Karabakh and near the Armenian border, according to Armenia's government.",
        [("MOBILIZE", "AZE", "ARM")],
        "2023-09-09",
    ),
    # dev-0082: passive
    (
        "The USS Gerald R. Ford carrier strike group was ordered to the eastern Mediterranean by the Pentagon on Sunday to deter Hezbollah and Iran from widening the war.",
        [
            ("MOBILIZE", "USA", None),
            ("MOBILIZE", "USA", "LBN", "opt"),
            ("MOBILIZE", "USA", "IRN", "opt"),
        ],
        "2023-10-09",
    ),
    # dev-0085: content fronted, "X warned" trailing
    (
        "Any attempt by India to stop or divert water flowing down the Indus would be considered an act of war, Pakistan warned on Thursday.",
        [("THREATEN", "PAK", "IND")],
        "2025-04-25",
    ),
    # dev-0087: verb -> light verb + nominal ("issued a threat to")
    (
        "Turkish President Recep Tayyip Erdogan on Tuesday issued a threat to launch a ground operation against Kurdish militants in northern Syria once the air strikes were over.",
        [("THREATEN", "TUR", "SYR")],
        "2022-11-23",
    ),
    # dev-0089: "after" clause fronted
    (
        "After an air strike widely attributed to Israel destroyed its consular building in Damascus on Monday, killing two generals of the Revolutionary Guards, Iran vowed to retaliate.",
        [("THREATEN", "IRN", "ISR"), ("ASSAULT", "ISR", "IRN")],
        "2024-04-02",
    ),
    # dev-0092: passive warning
    (
        "The RSF leadership was warned by Washington on Tuesday that it would face further sanctions if its fighters kept attacking civilians in Darfur.",
        [("THREATEN", "USA", "SDN")],
        "2024-02-21",
    ),
    # dev-0095: refusal in a relative clause
    (
        "The US-led talks that opened in Switzerland on Wednesday went ahead without Sudan's army, which refused to send a delegation, leaving the RSF as the only warring party present.",
        [("REJECT", "SDN", "USA"), ("CONSULT", "USA", "SDN")],
        "2024-08-15",
    ),
    # dev-0098: passive + relative clause on the agent
    (
        "An Israeli proposal for a six-week truce in exchange for the release of some hostages was turned down by Hamas, which said it did not guarantee an end to the war.",
        [("REJECT", "PSE", "ISR")],
        "2024-03-03",
    ),
    # dev-0101: passive
    (
        "Judges were asked by the ICC prosecutor on Wednesday to issue an arrest warrant for Myanmar junta chief Min Aung Hlaing over crimes against the Rohingya.",
        [(("ACCUSE", "REQUEST"), "IGO", "MMR")],
        "2024-11-28",
    ),
    # dev-0103: "after" phrase fronted
    (
        "After deadly Azerbaijani attacks on its territory, Armenia on Tuesday formally asked the Russian-led Collective Security Treaty Organization for military assistance.",
        [("REQUEST", "ARM", "IGO"), ("ASSAULT", "AZE", "ARM")],
        "2022-09-14",
    ),
    # dev-0105: demand content fronted, "X demanded" trailing
    (
        "The Rapid Support Forces must halt their siege of El Fasher, the last major city in Darfur not under the group's control, the UN Security Council demanded on Thursday.",
        [("REQUEST", "IGO", "SDN"), (("COERCE", "ASSAULT"), "SDN", "SDN", "opt")],
        "2024-06-14",
    ),
    # dev-0106: passive + relative clause
    (
        "The French embassy in Niamey was attacked on Sunday by supporters of the coup leaders, who set fire to one of its doors before soldiers dispersed them.",
        [("PROTEST", "NER", "FRA"), ("COERCE", "NER", "NER", "opt")],
        "2023-07-31",
    ),
    # dev-0108: passive
    (
        "Sunday's local elections in four municipalities in northern Kosovo were boycotted by ethnic Serbs, with turnout below 3.5 percent.",
        [("PROTEST", "SRB", "XKX")],
        "2023-04-24",
    ),
    # dev-0112: event moved into a "when" clause
    (
        "Ruben Vardanyan, a former state minister of the Karabakh separatist government, was trying to cross into Armenia on Wednesday when Azerbaijani border guards detained him.",
        [("COERCE", "AZE", None)],
        "2023-09-28",
    ),
    # dev-0114: passive + relative clause
    (
        "The Portuguese-flagged container ship MSC Aries was seized near the Strait of Hormuz on Saturday by Iran's Revolutionary Guards, who alleged it was linked to Israel.",
        [("COERCE", "IRN", "PRT"), ("ACCUSE", "IRN", "ISR", "opt")],
        "2024-04-14",
    ),
    # dev-0116: passive of a light-verb construction
    (
        "Sanctions were imposed by the United States on Tuesday on RSF commander Mohamed Hamdan Dagalo after Washington determined that his forces had committed genocide in Darfur.",
        [("SANCTION", "USA", "SDN"), ("ACCUSE", "USA", "SDN")],
        "2025-01-08",
    ),
    # dev-0117: passive
    (
        "US journalist Evan Gershkovich was sentenced to 16 years in a high-security penal colony by a Russian court on Friday after being convicted of espionage in a closed trial.",
        [("SANCTION", "RUS", "USA")],
        "2024-07-20",
    ),
    # dev-0118: passive + coordinated second clause
    (
        "Two French diplomats were expelled by Azerbaijan on Tuesday for activities it said were incompatible with their status, and Paris responded in kind.",
        [("SANCTION", "AZE", "FRA"), ("SANCTION", "FRA", "AZE")],
        "2023-12-27",
    ),
    # dev-0120: passive + absolute clause
    (
        "Six Indian diplomats were expelled by Canada on Monday, Ottawa accusing them of involvement in a campaign of violence against Sikh separatists on Canadian soil.",
        [("SANCTION", "CAN", "IND"), ("ACCUSE", "CAN", "IND")],
        "2024-10-15",
    ),
    # dev-0122: fronted time and place
    (
        "On Thursday in the Sea of Japan, Russian and Chinese warships began joint exercises involving more than ten vessels and 30 aircraft.",
        [("COOPERATE", "RUS", "CHN")],
        "2023-07-21",
    ),
    # dev-0124: first verb as a fronted participle
    (
        "Visiting Yerevan on Friday, French Defence Minister Sebastien Lecornu announced that Paris would supply Armenia with long-range radars and CAESAR howitzers.",
        [("CONSULT", "FRA", "ARM"), (("AGREE", "COOPERATE", "AID"), "FRA", "ARM")],
        "2024-02-24",
    ),
    # dev-0125: passive
    (
        "Armenian citizen Levon Martirosyan was extradited to Yerevan by Georgia on Wednesday to face fraud charges, the Georgian prosecutor's office said.",
        [("COOPERATE", "GEO", "ARM"), ("COERCE", "GEO", "ARM", "opt")],
        "2024-05-16",
    ),
    # dev-0128: split into two sentences
    (
        "Armenian and US soldiers began a ten-day joint exercise near Yerevan on Monday. The move drew criticism from Moscow.",
        [("COOPERATE", "ARM", "USA"), ("ACCUSE", "RUS", "ARM", "opt")],
        "2023-09-12",
    ),
    # dev-0130: fronted attribution
    (
        "According to South Korea's National Intelligence Service, North Korean troops have begun fighting alongside Russian forces in Russia's Kursk region.",
        [(("COOPERATE", "AID"), "PRK", "RUS")],
        "2024-11-14",
    ),
    # dev-0133: time clause fronted, pronouns for the embassy and Glas
    (
        "Hours after Mexico granted political asylum to former vice-president Jorge Glas, Ecuadorian police stormed its embassy in Quito on Friday night to arrest him.",
        [("COERCE", "ECU", "ECU"), (("COERCE", "ASSAULT"), "ECU", "MEX"), ("AID", "MEX", "ECU")],
        "2024-04-06",
    ),
    # dev-0134: two passives coordinated
    (
        "Ecuadorian police stormed Mexico's embassy in Quito on Friday night to arrest former vice-president Jorge Glas. Diplomatic relations with Ecuador were broken off by Mexico in response, and the raid was called an authoritarian act by President Andres Manuel Lopez Obrador.",
        [
            ("SANCTION", "MEX", "ECU"),
            ("ACCUSE", "MEX", "ECU"),
            (("COERCE", "ASSAULT"), "ECU", "MEX", "opt"),
            ("COERCE", "ECU", "ECU", "opt"),
        ],
        "2024-04-06",
    ),
    # dev-0135: passive
    (
        "An additional 68 million euros in humanitarian aid for Palestinians, channelled through UN agencies, was announced by the European Commission on Friday.",
        [("AID", "IGO", "PSE")],
        "2024-03-02",
    ),
    # dev-0137: passive
    (
        "Food and medical supplies were airdropped into northern Gaza on Monday by Jordanian and French military aircraft.",
        [("AID", "JOR", "PSE"), ("AID", "FRA", "PSE")],
        "2024-02-27",
    ),
    # dev-0139: content fronted, "X told Y" trailing
    (
        "Beijing supported Pakistan in safeguarding its sovereignty and security interests, Chinese Foreign Minister Wang Yi told his Pakistani counterpart Ishaq Dar in a phone call on Sunday.",
        [("CONSULT", "CHN", "PAK"), ("SUPPORT", "CHN", "PAK")],
        "2025-04-28",
    ),
    # dev-0141: apposition order swapped, second verb as participle
    (
        "Burkina Faso's military leader, Ibrahim Traore, praised Russia as a sincere partner, thanking Moscow for sending instructors and equipment.",
        [("SUPPORT", "BFA", "RUS"), ("AID", "RUS", "BFA", "opt")],
        "2024-06-25",
    ),
    # dev-0143: time clause fronted + passive
    (
        "A day after protesters stormed parliament and at least 23 people were shot dead, a contested finance bill was withdrawn by Kenyan President William Ruto on Wednesday.",
        [("CONCEDE", "KEN", "KEN"), ("PROTEST", "KEN", "KEN"), ("ASSAULT", None, "KEN", "opt")],
        "2024-06-27",
    ),
    # dev-0145: verb -> nominal subject ("the withdrawal of X ... has been completed")
    (
        "The withdrawal of Russian peacekeepers from Nagorno-Karabakh has been completed, the Russian Defence Ministry said on Wednesday, ending a deployment that began in 2020.",
        [("RETREAT", "RUS", "AZE")],
        "2024-06-13",
    ),
    # dev-0147: passive + coordinated passive
    (
        "Three Israeli hostages were freed by Hamas on Saturday, and 183 Palestinian prisoners were released from Israeli jails in exchange.",
        [("RETREAT", "PSE", "ISR"), ("RETREAT", "ISR", "PSE")],
        "2025-02-09",
    ),
    # dev-0150: passive -> active
    (
        "Azerbaijan handed over 32 Armenian servicemen on Wednesday in exchange for two Azerbaijani soldiers held by Armenia.",
        [("RETREAT", "AZE", "ARM"), ("RETREAT", "ARM", "AZE")],
        "2023-12-14",
    ),
    # dev-0152: fronted "after" phrase, "according to" attribution
    (
        "After months of heavy fighting, Ukrainian forces withdrew from the eastern town of Avdiivka on Saturday, according to army chief Oleksandr Syrskyi.",
        [("RETREAT", "UKR", None), ("ASSAULT", "RUS", "UKR", "opt")],
        "2024-02-18",
    ),
    # dev-0153: passive + absolute "with X called up"
    (
        "Russia's first mobilisation since the Second World War was ordered by President Vladimir Putin on Wednesday, with 300,000 reservists called up to fight in Ukraine.",
        [("MOBILIZE", "RUS", "UKR")],
        "2022-09-22",
    ),
    # dev-0155: participle clause fronted
    (
        "Calling them strong punishment for the separatist acts of the island's new leader, China began two days of large-scale military drills around Taiwan on Thursday.",
        [("MOBILIZE", "CHN", "TWN"), ("ACCUSE", "CHN", "TWN", "opt")],
        "2024-05-24",
    ),
    # dev-0156: passive
    (
        "A general strike was staged on Monday by Israel's Histadrut labour federation to press the government into a deal to bring home the hostages, shutting Ben Gurion airport for several hours.",
        [("PROTEST", "ISR", "ISR"), ("REQUEST", "ISR", "ISR", "opt")],
        "2024-09-03",
    ),
    # dev-0159: fronted place/time phrase
    (
        "Outside a French military base in Niamey on Saturday, thousands of people rallied to demand the departure of French troops from Niger.",
        [("PROTEST", "NER", "FRA"), ("REQUEST", "NER", "FRA")],
        "2023-09-03",
    ),
    # dev-0161: passive
    (
        "A summit of the Russian-led Collective Security Treaty Organization in Minsk on Thursday was skipped by Armenian Prime Minister Nikol Pashinyan, deepening the rift with Moscow.",
        [("REJECT", "ARM", "IGO")],
        "2023-11-24",
    ),
    # dev-0162: passive + relative clause on the agent
    (
        "A US-French proposal for a 21-day ceasefire in Lebanon was dismissed by Netanyahu's office on Thursday, which said the prime minister had ordered the army to keep fighting at full force.",
        [("REJECT", "ISR", "USA"), ("REJECT", "ISR", "FRA"), ("ASSAULT", "ISR", "LBN", "opt")],
        "2024-09-27",
    ),
    # dev-0163: participle clause fronted
    (
        "Saying any settlement would have to take into account the new territorial realities, the Kremlin on Tuesday rejected Ukraine's ten-point peace plan.",
        [("REJECT", "RUS", "UKR")],
        "2022-12-28",
    ),
    # dev-0183: coordination -> fronted participle clause
    (
        "Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Wednesday for a two-day visit. After holding talks with his North Korean counterpart Choe Son Hui, he praised what he called the invincible friendship between the two countries.",
        [("CONSULT", "RUS", "PRK"), ("SUPPORT", "RUS", "PRK")],
        "2023-10-20",
    ),
    # dev-0184: passive with a pronoun agent
    (
        "Ukrainian President Volodymyr Zelensky addressed the summit in Brussels by video link on Thursday morning. EU leaders were urged by him to open accession negotiations with Kyiv without further delay.",
        [("REQUEST", "UKR", "IGO")],
        "2023-12-14",
    ),
    # dev-0186: participle clause fronted
    (
        "Kremlin spokesman Dmitry Peskov was asked on Wednesday about the drone attack on Moscow's wealthy suburbs. Blaming Kyiv for the attack, he said Russia reserved the right to respond.",
        [("ACCUSE", "RUS", "UKR"), ("THREATEN", "RUS", "UKR", "opt")],
        "2023-05-31",
    ),
    # dev-0189: content fronted, "he warned X" trailing
    (
        "Israeli Defence Minister Yoav Gallant visited troops stationed on the northern border on Tuesday. Israel could turn Beirut into Gaza if the group dragged Lebanon into a full-scale war, he warned Hezbollah.",
        [("THREATEN", "ISR", "LBN")],
        "2023-11-15",
    ),
    # dev-0191: passive
    (
        "The BBC and Voice of America were suspended for two weeks by Burkina Faso's junta on Thursday over their coverage of the report.",
        [("COERCE", "BFA", "GBR"), ("COERCE", "BFA", "USA")],
        "2024-04-27",
    ),
    # dev-0192: first verb as fronted participle, subject "the general"
    (
        "Sudan's army chief, General Abdel Fattah al-Burhan, met Egyptian President Abdel Fattah al-Sisi in El Alamein on Tuesday. Thanking Cairo for its support, the general ruled out any negotiations with the RSF as long as the group's fighters occupied civilian homes.",
        [("SUPPORT", "SDN", "EGY"), ("REJECT", "SDN", "SDN"), ("CONSULT", "SDN", "EGY", "opt")],
        "2023-08-30",
    ),
    # dev-0196: passive -> active
    (
        "Serbian security forces detained three Kosovo police officers on Wednesday, Pristina said, accusing Belgrade of abducting them inside Kosovo.",
        [(("COERCE", "ASSAULT"), "SRB", "XKX"), ("ACCUSE", "XKX", "SRB")],
        "2023-06-15",
    ),
    # dev-0200: "when" clause -> main clause + participles
    (
        "Russian guided bombs struck a crowded hardware store in Kharkiv on Saturday, killing at least a dozen people and wounding dozens, regional governor Oleh Syniehubov said.",
        [("ASSAULT", "RUS", "UKR")],
        "2024-05-26",
    ),
    # dev-0201: passive -> active
    (
        "Fighters of the al-Qaeda-linked JNIM group ambushed a Malian army convoy near Boulkessi on Thursday, the group claimed in a statement.",
        [("ASSAULT", "MLI", "MLI")],
        "2024-09-14",
    ),
    # dev-0204: passive -> active
    (
        "Armed men abducted three employees of an international medical charity in eastern Chad on Sunday, the organisation said.",
        [("ASSAULT", None, "NGO")],
        "2024-11-05",
    ),
    # dev-0206: "as" clause fronted, pronoun object
    (
        "As he welcomed Chinese leader Xi Jinping to Belgrade on Wednesday, Serbian President Aleksandar Vucic thanked him for Beijing's steadfast support on Kosovo.",
        [("SUPPORT", "SRB", "CHN"), ("CONSULT", "CHN", "SRB")],
        "2024-05-09",
    ),
    # dev-0207: "after" phrase fronted + passive
    (
        "After two nights of mass protests in Tbilisi, a contested foreign agents bill was withdrawn by Georgia's ruling party on Thursday.",
        [("CONCEDE", "GEO", None), ("PROTEST", "GEO", "GEO")],
        "2023-03-10",
    ),
    # dev-0209: participle clause fronted
    (
        "Saying it had not targeted the Lebanese army, the Israeli military on Friday expressed regret for a strike that killed a Lebanese soldier at an army post near the border.",
        [("CONCEDE", "ISR", "LBN"), ("ASSAULT", "ISR", "LBN")],
        "2024-10-26",
    ),
    # dev-0211: content fronted, "X warned" trailing
    (
        "Any British or French troops deployed to Ukraine as peacekeepers would be treated as legitimate targets, Foreign Ministry spokeswoman Maria Zakharova warned on Thursday.",
        [("THREATEN", "RUS", "GBR"), ("THREATEN", "RUS", "FRA")],
        "2025-03-14",
    ),
    # dev-0213: passive warning
    (
        "Georgia was warned by the European Union that it could lose its visa-free travel regime if the foreign agents law took effect.",
        [("THREATEN", "IGO", "GEO")],
        "2024-05-30",
    ),
    # dev-0215: cause fronted
    (
        "Over what it said was an unpaid debt of more than 700 million dollars, Gazprom threatened to halt gas deliveries to Moldova from January 1.",
        [("THREATEN", "RUS", "MDA")],
        "2024-12-10",
    ),
    # dev-0217: passive with coordinated objects
    (
        "Israel and Hamas were urged by the International Committee of the Red Cross to spare civilians and allow humanitarian access to Gaza.",
        [("REQUEST", "NGO", "ISR"), ("REQUEST", "NGO", "PSE")],
        "2023-10-13",
    ),
    # dev-0218: demand content fronted, "X demanded" trailing
    (
        "Before any peace treaty is signed, Yerevan must remove a reference to Nagorno-Karabakh from its constitution, Baku again demanded.",
        [("REQUEST", "AZE", "ARM")],
        "2024-02-02",
    ),
    # dev-0219: passive
    (
        "The UN Security Council was asked on Friday by Mali's Foreign Minister Abdoulaye Diop to withdraw its peacekeeping mission from the country without delay.",
        [("REQUEST", "MLI", "IGO")],
        "2023-06-17",
    ),
    # dev-0221: participle clause fronted
    (
        "Calling it interference in Afghanistan's internal affairs, the Taliban rejected a UN demand to lift restrictions on women's education.",
        [("REJECT", "AFG", "IGO"), ("ACCUSE", "AFG", "IGO", "opt")],
        "2024-10-05",
    ),
    # dev-0222: "after" clause -> coordination in order of events
    (
        "Pakistani artillery shelled villages in the Poonch district overnight, and India placed its air bases along the western border on high alert.",
        [("MOBILIZE", "IND", None), ("ASSAULT", "PAK", "IND")],
        "2025-05-08",
    ),
    # dev-0224: time phrase fronted
    (
        "Days after a soldier was stabbed by a migrant trying to cross the fence, Poland began moving additional troops to its border with Belarus on Wednesday.",
        [("MOBILIZE", "POL", "BLR"), ("ASSAULT", None, "POL")],
        "2024-06-06",
    ),
    # dev-0227: verb -> nominal subject with a participle
    (
        "The EU's 14th package of sanctions against Russia, adopted on Monday, targets Russian liquefied natural gas for the first time.",
        [("SANCTION", "IGO", "RUS")],
        "2024-06-25",
    ),
    # dev-0229: passive perfect
    (
        "A new shipment of electrical equipment has been sent to Ukraine by Azerbaijan to help repair its battered power grid, the Azerbaijani embassy in Kyiv said.",
        [("AID", "AZE", "UKR")],
        "2023-10-04",
    ),
    # dev-0231: passive, relative clause moved forward
    (
        "A reciprocal access agreement that will allow the two countries to deploy troops on each other's soil was signed by Japan and the Philippines in Manila on Monday.",
        [(("COOPERATE", "AGREE"), "JPN", "PHL")],
        "2024-07-09",
    ),
    # dev-0255: participle clause fronted
    (
        "Chanting slogans against Israel and the United States, tens of thousands of Houthi supporters rallied in Sanaa on Friday.",
        [("PROTEST", "YEM", "ISR"), ("PROTEST", "YEM", "USA")],
        "2024-01-13",
    ),
    # dev-0258: "as" clause fronted
    (
        "As parliament approved a ten-year maritime defence deal with Turkey, Somali President Hassan Sheikh Mohamud thanked Ankara for training thousands of Somali soldiers.",
        [
            ("SUPPORT", "SOM", "TUR"),
            (("COOPERATE", "AGREE"), "SOM", "TUR"),
            (("COOPERATE", "AID"), "TUR", "SOM", "opt"),
        ],
        "2024-03-01",
    ),
    # dev-0259: passive
    (
        "A village school in Myanmar's Sagaing region was bombed by military aircraft on Monday, killing at least 20 children, according to the opposition National Unity Government.",
        [("ASSAULT", "MMR", "MMR")],
        "2024-04-10",
    ),
    # dev-0263: apposition -> fronted phrase
    (
        "On his first visit to Moscow since the fall of Bashar al-Assad, Syrian President Ahmed al-Sharaa held talks with Vladimir Putin at the Kremlin on Wednesday.",
        [("CONSULT", "SYR", "RUS")],
        "2025-10-16",
    ),
    # dev-0266: active -> passive
    (
        "Blogger Pavel Lisitsyn was detained by Belarusian border guards as he tried to cross into Lithuania on Sunday, according to the Viasna human rights centre.",
        [("COERCE", "BLR", None)],
        "2024-09-17",
    ),
    # dev-0267: fronted "in a deal brokered by"
    (
        "In a deal brokered by Turkish President Recep Tayyip Erdogan, Ethiopia and Somalia agreed in Ankara on Wednesday to work together on giving landlocked Ethiopia commercial access to the sea.",
        [("AGREE", "ETH", "SOM"), ("CONSULT", "TUR", "ETH"), ("CONSULT", "TUR", "SOM", "opt")],
        "2024-12-12",
    ),
    # dev-0270: passive
    (
        "Archbishop Bagrat Galstanyan was arrested by Armenian security services on Wednesday on charges of plotting to seize power.",
        [("COERCE", "ARM", "ARM"), ("ACCUSE", "ARM", "ARM", "opt")],
        "2025-06-26",
    ),
    # dev-0271: nominal "imposed sanctions on" -> passive verb "were sanctioned by"
    (
        "Israeli ministers Itamar Ben-Gvir and Bezalel Smotrich were sanctioned on Tuesday by Britain, Canada, Australia, New Zealand and Norway, which accused them of inciting violence against Palestinians in the West Bank.",
        [
            ("SANCTION", "GBR", "ISR"),
            ("SANCTION", "CAN", "ISR"),
            ("SANCTION", "AUS", "ISR"),
            ("SANCTION", "NZL", "ISR"),
            ("SANCTION", "NOR", "ISR"),
            ("ACCUSE", "GBR", "ISR", "opt"),
            ("ACCUSE", "CAN", "ISR", "opt"),
            ("ACCUSE", "AUS", "ISR", "opt"),
            ("ACCUSE", "NZL", "ISR", "opt"),
            ("ACCUSE", "NOR", "ISR", "opt"),
        ],
        "2025-06-11",
    ),
    # dev-0307: passive
    (
        "An EU-brokered deal to end a months-long dispute over vehicle licence plates was reached by Serbia and Kosovo late on Wednesday.",
        [("AGREE", "SRB", "XKX"), ("CONSULT", "IGO", "SRB"), ("CONSULT", "IGO", "XKX", "opt")],
        "2022-11-24",
    ),
    # dev-0310: fronted "in talks mediated by"
    (
        "In talks mediated by China in Kunming, the Myanmar military and the MNDAA rebel group reached a formal ceasefire agreement, Beijing said on Monday.",
        [
            (("AGREE", "RETREAT"), "MMR", "MMR"),
            ("CONSULT", "CHN", "MMR"),
            ("CONSULT", "MMR", "MMR", "opt"),
        ],
        "2025-01-21",
    ),
    # dev-0311: passive of a ditransitive
    (
        "Yemen's internationally recognised government was given a grant of 500 million dollars by Saudi Arabia on Wednesday to help pay public salaries.",
        [("AID", "SAU", "YEM")],
        "2024-07-25",
    ),
    # dev-0312: "after" clause fronted + passive
    (
        "After a powerful earthquake struck near Mandalay, a rescue team and emergency supplies were dispatched to Myanmar by China on Saturday.",
        [("AID", "CHN", "MMR")],
        "2025-03-30",
    ),
    # dev-0315: fronted prepositional phrase
    (
        "At Washington's request, Israel's war cabinet agreed on Friday to allow two tankers of fuel a day into Gaza, reversing its earlier refusal.",
        [(("CONCEDE", "RETREAT"), "ISR", "USA"), ("REQUEST", "USA", "ISR", "opt")],
        "2023-11-18",
    ),
    # wire-0002: passive, second verb in an "after" clause with a pronoun
    (
        "The Falkland Islands were seized by Argentine troops on Friday after they had overwhelmed a small garrison of British Royal Marines at Port Stanley, Argentina's military government announced.",
        [(("COERCE", "ASSAULT"), "ARG", "GBR"), ("ASSAULT", "ARG", "GBR")],
        "1982-04-03",
    ),
    # wire-0003: passive + coordinated passive
    (
        "Diplomatic relations with Argentina were broken off by Britain on Saturday, and a naval task force was ordered to sail for the South Atlantic to retake the islands.",
        [("SANCTION", "GBR", "ARG"), ("MOBILIZE", "GBR", None), ("MOBILIZE", "GBR", "ARG", "opt")],
        "1982-04-05",
    ),
    # wire-0005: participle clause fronted
    (
        "Joining a relief operation mounted by Western governments and aid agencies, Royal Air Force Hercules transport planes began airlifting grain to famine-stricken areas of northern Ethiopia on Thursday.",
        [("AID", "GBR", "ETH")],
        "1984-11-02",
    ),
    # wire-0007: passive -> active
    (
        "The South African government declared a nationwide state of emergency on Thursday, giving police sweeping powers of arrest four days before the tenth anniversary of the Soweto uprising.",
        [("COERCE", "ZAF", None)],
        "1986-06-13",
    ),
    # wire-0010: nominal subject ("talks between X and Y opened")
    (
        "Two days of talks between U.S. President Ronald Reagan and Soviet leader Mikhail Gorbachev opened in Reykjavik on Saturday, with arms control and human rights at the top of the agenda.",
        [("CONSULT", "USA", "RUS")],
        "1986-10-12",
    ),
    # wire-0013: passive + relative clause on the agent
    (
        "An immediate ceasefire in the seven-year-old war between Iran and Iraq was unanimously demanded by the U.N. Security Council on Monday, which also called on both countries to withdraw their forces to internationally recognised borders.",
        [("REQUEST", "IGO", "IRN"), ("REQUEST", "IGO", "IRQ")],
        "1987-07-21",
    ),
    # wire-0019: passive -> active, relative clause on the agent
    (
        "A commando squad that PLO officials said had been sent by Israel shot dead Khalil al-Wazir, the PLO's military commander, at his home in Tunis early on Saturday.",
        [("ASSAULT", "ISR", "PSE"), ("ACCUSE", "PSE", "ISR", "opt")],
        "1988-04-17",
    ),
    # wire-0021: content fronted, "X acknowledged" trailing
    (
        "The cruiser USS Vincennes shot down an Iranian airliner over the Gulf after mistaking it for an attacking F-14 fighter, killing all 290 people on board, the United States acknowledged on Sunday.",
        [("CONCEDE", "USA", "IRN"), ("ASSAULT", "USA", "IRN")],
        "1988-07-05",
    ),
    # wire-0037: passive -> active
    (
        "The government of President F.W. de Klerk freed Nelson Mandela from Victor Verster prison near Cape Town on Sunday after more than 27 years behind bars.",
        [("RETREAT", "ZAF", "ZAF")],
        "1990-02-12",
    ),
    # wire-0040: passive + coordinated agentless passive
    (
        "Kuwait was invaded by Iraqi troops and tanks before dawn on Thursday, and the emir's palace and government buildings in Kuwait City were seized, residents said by telephone.",
        [("ASSAULT", "IRQ", "KWT"), (("COERCE", "ASSAULT"), "IRQ", "KWT")],
        "1990-08-03",
    ),
    # wire-0042: first verb moved into a relative clause
    (
        "The U.N. Security Council, which imposed a sweeping trade and financial embargo on Iraq on Monday, repeated its demand that Baghdad pull its forces out of Kuwait unconditionally.",
        [("SANCTION", "IGO", "IRQ"), ("REQUEST", "IGO", "IRQ")],
        "1990-08-07",
    ),
    # wire-0047: participle clause fronted
    (
        "Gunmen killed at least 39 people in the township of Boipatong south of Johannesburg last week. Accusing President F.W. de Klerk's security forces of complicity in the massacre, the African National Congress on Tuesday suspended its constitutional negotiations with the government.",
        [("SANCTION", "ZAF", "ZAF"), ("ACCUSE", "ZAF", "ZAF"), ("ASSAULT", None, "ZAF", "opt")],
        "1992-06-24",
    ),
    # wire-0052: passive -> active
    (
        "Militiamen loyal to General Mohamed Farah Aidid killed twelve American soldiers and shot down two Black Hawk helicopters in a battle in Mogadishu on Sunday, the Pentagon said.",
        [("ASSAULT", "SOM", "USA"), ("ASSAULT", "USA", "SOM", "opt")],
        "1993-10-05",
    ),
    # wire-0060: passive -> active
    (
        "Bosnian Serb forces overran the U.N.-protected enclave of Srebrenica on Tuesday, sending thousands of Muslim refugees fleeing towards a Dutch peacekeepers' base at Potocari, U.N. officials said.",
        [(("COERCE", "ASSAULT"), "BIH", "BIH")],
        "1995-07-12",
    ),
    # wire-0063: passive of a light-verb construction
    (
        "A formal apology for the suffering that Japan's colonial rule and aggression caused its Asian neighbours was offered on Tuesday by Japanese Prime Minister Tomiichi Murayama, on the 50th anniversary of the end of World War Two.",
        [("CONCEDE", "JPN", None)],
        "1995-08-16",
    ),
    # wire-0064: passive -> active
    (
        "An Israeli law student opposed to the peace process shot dead Israeli Prime Minister Yitzhak Rabin as he left a peace rally in Tel Aviv on Saturday night.",
        [("ASSAULT", "ISR", "ISR")],
        "1995-11-05",
    ),
    # wire-0065: perfect participle clause fronted
    (
        "Having dismissed appeals for clemency from Commonwealth leaders, Nigeria's military government hanged the Nigerian writer Ken Saro-Wiwa and eight other minority rights activists on Friday.",
        [("REJECT", "NGA", "IGO"), (("ASSAULT", "COERCE"), "NGA", "NGA")],
        "1995-11-11",
    ),
    # wire-0076: participle clause fronted
    (
        "Defying a Security Council warning of serious consequences, Iraq on Wednesday ordered all Americans working for the U.N. weapons inspection teams to leave the country within a week.",
        [("SANCTION", "IRQ", "USA"), ("REJECT", "IRQ", "IGO")],
        "1997-10-30",
    ),
    # wire-0136: participle clause fronted
    (
        "Accusing President Robert Mugabe's supporters of waging a campaign of violence that made a free vote impossible, Zimbabwe opposition leader Morgan Tsvangirai pulled out of Friday's presidential run-off on Sunday.",
        [("PROTEST", "ZWE", "ZWE"), ("ACCUSE", "ZWE", "ZWE")],
        "2008-06-23",
    ),
    # wire-0142: passive
    (
        "An arrest warrant for Sudanese President Omar al-Bashir on charges of war crimes and crimes against humanity in Darfur was issued by the International Criminal Court on Wednesday.",
        [(("ACCUSE", "COERCE"), "IGO", "SDN")],
        "2009-03-05",
    ),
    # wire-0145: "after" clause fronted + passive
    (
        "After clashes between Muslim and Christian youths killed at least 30 people, a 24-hour curfew was imposed on the central Nigerian city of Jos on Sunday by authorities, police said.",
        [("COERCE", "NGA", "NGA"), ("ASSAULT", "NGA", "NGA")],
        "2010-01-18",
    ),
    # wire-0153: first verb moved into a relative clause
    (
        "The Arab League, which suspended Syria's membership on Saturday, threatened to impose economic sanctions unless President Bashar al-Assad halted his crackdown on protesters.",
        [("SANCTION", "IGO", "SYR"), ("THREATEN", "IGO", "SYR")],
        "2011-11-13",
    ),
    # wire-0156: passive with coordinated agents
    (
        "A U.N. Security Council resolution that backed an Arab League plan calling on Syrian President Bashar al-Assad to hand over power was vetoed by Russia and China on Saturday.",
        [("REJECT", "RUS", "IGO"), ("REJECT", "CHN", "IGO")],
        "2012-02-05",
    ),
    # wire-0166: passive
    (
        "The family homes of two Palestinians accused of killing an Israeli couple in the occupied West Bank were demolished by Israeli troops, the army said on Tuesday.",
        [("COERCE", "ISR", "PSE")],
        "2015-11-11",
    ),
    # wire-0172: participle clause fronted, pronoun object
    (
        "Accusing Qatar of supporting terrorism, Saudi Arabia, Egypt, the United Arab Emirates and Bahrain cut diplomatic ties with it on Monday, while Turkey said it stood by Doha.",
        [
            ("SANCTION", "SAU", "QAT"),
            ("SANCTION", "EGY", "QAT"),
            ("SANCTION", "ARE", "QAT"),
            ("SANCTION", "BHR", "QAT"),
            ("ACCUSE", "SAU", "QAT"),
            ("ACCUSE", "EGY", "QAT", "opt"),
            ("ACCUSE", "ARE", "QAT", "opt"),
            ("ACCUSE", "BHR", "QAT", "opt"),
            ("SUPPORT", "TUR", "QAT"),
        ],
        "2017-06-06",
    ),
    # wire-0175: passive + coordinated clause with a pronoun
    (
        "The United States was pulled out of the 2015 Iran nuclear deal by President Donald Trump on Tuesday, and he said he would reimpose the highest level of economic sanctions on Tehran.",
        [("SANCTION", "USA", "IRN"), (("THREATEN", "SANCTION"), "USA", "IRN")],
        "2018-05-09",
    ),
    # wire-0178: coordination -> participle apposition
    (
        "Ethiopian Prime Minister Abiy Ahmed, greeted at the airport by President Isaias Afwerki, arrived in Asmara on Sunday on the first visit by an Ethiopian leader to Eritrea in two decades.",
        [("CONSULT", "ETH", "ERI")],
        "2018-07-09",
    ),
    # wire-0181: split into two sentences, event in a relative clause
    (
        "Iran's Revolutionary Guards said a U.S. military surveillance drone they shot down over the Strait of Hormuz on Thursday had violated Iranian airspace. Washington denied the charge.",
        [("ASSAULT", "IRN", "USA"), ("ACCUSE", "IRN", "USA", "opt"), ("REJECT", "USA", "IRN")],
        "2019-06-21",
    ),
    # wire-0187: passive -> active
    (
        "Border police detained Russian opposition leader Alexei Navalny at Moscow's Sheremetyevo airport on Sunday evening, minutes after he flew home from Germany, where he had been treated for nerve agent poisoning.",
        [("COERCE", "RUS", "RUS")],
        "2021-01-18",
    ),
    # wire-0188: participle clause fronted
    (
        "Detaining State Counsellor Aung San Suu Kyi and other leaders of the ruling National League for Democracy in dawn raids, Myanmar's military seized power on Monday.",
        [("COERCE", "MMR", None), ("COERCE", "MMR", "MMR")],
        "2021-02-02",
    ),
    # wire-0189: passive -> active
    (
        "Malaysia deported more than 1,000 Myanmar nationals on Tuesday, hours after a court ordered a temporary halt to their removal pending a legal challenge by rights groups.",
        [("COERCE", "MYS", "MMR"), ("REJECT", "MYS", "MYS", "opt")],
        "2021-02-24",
    ),
    # wire-0193: nominal subject + agentless passive
    (
        "The first talks between Russian and Ukrainian delegations since the invasion were held at the Belarusian border on Monday, but the five-hour meeting ended without a breakthrough.",
        [("CONSULT", "RUS", "UKR")],
        "2022-03-01",
    ),
    # wire-0196: two passives
    (
        "Russian forces were accused by Kyiv on Tuesday of blowing up the Kakhovka dam on the Dnipro river, while Ukrainian shelling was blamed by Moscow for the breach, which flooded dozens of villages downstream.",
        [("ACCUSE", "UKR", "RUS"), ("ACCUSE", "RUS", "UKR"), ("REJECT", "RUS", "UKR", "opt")],
        "2023-06-07",
    ),
    # wire-0199: fronted phrase, passives and actives mixed
    (
        "Under a four-day truce brokered by Qatar, 13 Israeli hostages were freed by Hamas on Friday and Israel released 39 Palestinian prisoners from its jails in return, as about 200 trucks of aid were sent into Gaza by Egypt.",
        [
            ("RETREAT", "PSE", "ISR"),
            ("RETREAT", "ISR", "PSE"),
            ("CONSULT", "QAT", "PSE"),
            ("CONSULT", "QAT", "ISR", "opt"),
            ("AID", "EGY", "PSE"),
        ],
        "2023-11-25",
    ),
]

NEGATIVES = [
    # dev-0018: attribution moved inside
    "The Almaty format, critics say, is little more than a photo opportunity for two governments with no intention of compromising.",
    # dev-0031: hypothetical condition moved to the end
    "Hundreds of thousands of displaced Lebanese may be unable to return to their villages for months if the truce collapses, aid agencies warn.",
    # dev-0051: fronted phrase, "according to"
    "Ahead of joint US-South Korean drills, Pyongyang's provocations tend to intensify, according to analysts.",
    # dev-0057: fronted attribution
    "According to the International Organization for Migration, more than 10 million people have been displaced inside Sudan since the war began.",
    # dev-0165: negation moved into a nominal ("there was no advance by")
    "According to Ukraine's General Staff, there was no advance by Russian forces anywhere along the eastern front overnight.",
    # dev-0166: verb -> nominal subject of "is expected"
    "A meeting between the two leaders on the sidelines of the UN General Assembly in New York is expected later this month.",
    # dev-0167: inverted condition moved to the end
    "The EU would fast-track Serbia's accession talks should Belgrade recognise Kosovo, diplomats say.",
    # dev-0174: fronted phrase
    "During the handover of the villages, no shots were fired, a local official said.",
    # dev-0177: condition moved to the end, relative clause
    "Burundi, which has troops in South Kivu, could be drawn directly into the conflict if the M23 advances on Uvira.",
    # dev-0178: "according to"
    "A new round of talks between the government and the rebels could take place in Doha before the end of the month, according to diplomats.",
    # dev-0054: participle clause fronted
    "Asked by journalists on Monday about the reports, Kremlin spokesman Dmitry Peskov declined to comment.",
    # wire-0015: reporting clause fronted
    "Diplomats at the United Nations said Iran was widely expected to reject the resolution unless it names Iraq as the aggressor.",
    # wire-0096: inverted condition moved to the end
    "Thousands of lives might have been saved had the peacekeepers been reinforced rather than withdrawn, the independent inquiry concluded.",
    # dev-0194: participle clause fronted
    "Ethiopian Prime Minister Abiy Ahmed answered questions from lawmakers on Tuesday. Insisting that Ethiopia had no intention of invading Eritrea, he said access to the sea was an existential question for his country.",
]

# Records still failing after the fixes: strict xfails with their cause, keyed by the
# start of the text (record id, cause). "original fails too": the record as written in
# eval/ fails the same check, so the failure is no brittleness of the construction.
XFAILS = {
    "Armenia's Defence Ministry said Azerbaijani troops": (
        "dev-0002",
        "context 'had fired on its positions': the possessive's owner is not taken as the target (original record fails too)",
    ),
    "Kosovo Prime Minister Albin Kurti said the gunmen ": (
        "dev-0011",
        "relative clause on the subject ('Vucic, who accused Kurti ..., denied ...') loses the denial; the context's reported claims are coded (original fails on the context too)",
    ),
    "Nine sites in Pakistan and Pakistan-administered K": (
        "dev-0020",
        "absolute clause 'with New Delhi saying it had targeted ...': the reported targeting is coded as a second assault",
    ),
    "Accompanied by Omani mediators, a Saudi delegation": (
        "dev-0041",
        "'Accompanied by Omani mediators': the companions' visit is not coded (original fails too)",
    ),
    "Thousands of inmates were freed in Port-au-Prince ": (
        "dev-0045",
        "'Thousands of inmates were freed ... when gangs stormed ...': the agentless freeing is coded as a release",
    ),
    "Philippine navy boats near the Second Thomas Shoal": (
        "dev-0047",
        "passive 'were boarded by X, who seized ...': boarding is no trigger and the relative clause's seizure loses its target (original fails too)",
    ),
    "The powerful sister of North Korean leader Kim Jon": (
        "dev-0050",
        "'the South' is not resolved to South Korea without article context (original fails too)",
    ),
    "Russian and Ukrainian delegations held their first": (
        "dev-0053",
        "a host of a meeting between two parties is coded with the first-named party only (original fails too)",
    ),
    "Decrees recognising the self-proclaimed Donetsk an": (
        "dev-0064",
        "passive 'Decrees recognising X as independent states were signed by Y': the parser reads 'as independent states were signed' as a clause",
    ),
    "After an air strike widely attributed to Israel de": (
        "dev-0089",
        "cataphoric 'its' in a fronted clause ('destroyed its consular building ..., Iran vowed') is resolved to the place, not the later subject",
    ),
    "The US-led talks that opened in Switzerland on Wed": (
        "dev-0095",
        "refusal in a relative clause on the object of 'without'; the talks' host is not coded (original fails on the host too)",
    ),
    "After deadly Azerbaijani attacks on its territory,": (
        "dev-0103",
        "cataphoric 'its territory' in a fronted phrase is not resolved to the later subject (original fails too)",
    ),
    "The French embassy in Niamey was attacked on Sunda": (
        "dev-0106",
        "'who set fire ... before soldiers dispersed them': the relative clause's acts are coded without a source (original fails too)",
    ),
    "Sanctions were imposed by the United States on Tue": (
        "dev-0116",
        "passive 'Sanctions were imposed by X on Y after Z determined ...': the parser makes Y the subject of the 'after' clause",
    ),
    "Armenian and US soldiers began a ten-day joint exe": (
        "dev-0128",
        "split sentence 'The move drew criticism from Moscow': 'the move' is not resolved to the exercise's parties",
    ),
    "Hours after Mexico granted political asylum to for": (
        "dev-0133",
        "cataphoric 'its embassy' after a fronted 'Hours after Mexico granted ...' is not resolved to Mexico",
    ),
    "A US-French proposal for a 21-day ceasefire in Leb": (
        "dev-0162",
        "'by Netanyahu's office on Thursday, which said ...': the relative clause hangs on the date and its content is coded",
    ),
    "Israeli Defence Minister Yoav Gallant visited troo": (
        "dev-0189",
        "context 'visited troops stationed on the border': a visit to one's own troops is coded as CONSULT (original fails too)",
    ),
    "Armed men abducted three employees of an internati": (
        "dev-0204",
        "unknown armed men in Chad take Chad's country (gold: none) in the active voice (original fails too)",
    ),
    "Days after a soldier was stabbed by a migrant tryi": (
        "dev-0224",
        "'a soldier was stabbed by a migrant': the soldier's country is not inferred (original fails too)",
    ),
    "As parliament approved a ten-year maritime defence": (
        "dev-0258",
        "'As parliament approved a deal with Turkey, ...': the bare 'parliament' is not tied to Somalia (original fails too)",
    ),
    "At Washington's request, Israel's war cabinet agre": (
        "dev-0315",
        "'At Washington's request, X agreed to allow ...': a concession made at another's request is coded AGREE (original fails too)",
    ),
    "The Falkland Islands were seized by Argentine troo": (
        "wire-0002",
        "'seized the Falklands after overwhelming British marines': the islands' 1982 country and the second act are not found (original fails too)",
    ),
    "Diplomatic relations with Argentina were broken of": (
        "wire-0003",
        "agentless coordinated passive 'and a naval task force was ordered to sail' takes no source",
    ),
    "An immediate ceasefire in the seven-year-old war b": (
        "wire-0013",
        "passive 'A ceasefire in the war between Iran and Iraq was demanded by X': the addressees inside the passive subject are not found",
    ),
    "A commando squad that PLO officials said had been ": (
        "wire-0019",
        "the agent of a reported relative clause ('a squad that officials said had been sent by Israel') is not the source (original fails too)",
    ),
    "Militiamen loyal to General Mohamed Farah Aidid ki": (
        "wire-0052",
        "coordinated 'and shot down two Black Hawk helicopters': the helicopters' owner is not inherited (original fails too)",
    ),
    "A formal apology for the suffering that Japan's co": (
        "wire-0063",
        "passive 'A formal apology for ... was offered by X' is misparsed (the relative clause takes the verb); 'offered' read as an offer",
    ),
    "An Israeli law student opposed to the peace proces": (
        "wire-0064",
        "'a law student opposed to the peace process shot ...': the parser reads 'opposed' as the main verb; 'peace rally' coded as a protest (original fails on the rally too)",
    ),
    "After clashes between Muslim and Christian youths ": (
        "wire-0145",
        "fronted 'After clashes between Muslim and Christian youths killed ...': the youths' country comes only from the later 'Nigerian city'",
    ),
    "The family homes of two Palestinians accused of ki": (
        "wire-0166",
        "demolishing homes is coded ASSAULT (destroy), the gold says COERCE (original fails too)",
    ),
    "Accusing Qatar of supporting terrorism, Saudi Arab": (
        "wire-0172",
        "'Accusing Qatar ..., A, B, C and D cut ties with it': 'Accusing' is tagged a proper noun and 'it' is not resolved, so the subjects become each other's targets",
    ),
    "Iran's Revolutionary Guards said a U.S. military s": (
        "wire-0181",
        "an act in a relative clause inside a reported clause ('a drone they shot down ... had violated'), and 'denied the charge' in a new sentence (original fails on the denial too)",
    ),
    "Detaining State Counsellor Aung San Suu Kyi and ot": (
        "wire-0188",
        "'Detaining X in dawn raids, Myanmar's military seized power': the parser makes 'Detaining' the root and 'seized' an adjective (original fails too)",
    ),
}

CASES = [
    pytest.param(*case, marks=_x(f"{XFAILS[case[0][:50]][0]}: {XFAILS[case[0][:50]][1]}"))
    if case[0][:50] in XFAILS
    else case
    for case in CASES
]

NEGATIVE_XFAILS = {
    "Hundreds of thousands of displaced Lebanese": "'..., aid agencies warn' after a hypothetical: a warning about a situation is coded as a threat",
    "The EU would fast-track Serbia's accession": "an inverted conditional after the main clause ('should Belgrade recognise Kosovo') is misparsed ('fast-track' as a noun) and not taken as hypothetical",
}

NEGATIVES = [
    next(
        (
            pytest.param(text, marks=_x(why))
            for start, why in NEGATIVE_XFAILS.items()
            if text.startswith(start)
        ),
        text,
    )
    for text in NEGATIVES
]

FIXES = [
    # a participle clause fronted before the main verb is an act of its own, not the
    # content of the main verb; a misparsed one ("Visiting" as a clausal subject, "Accusing"
    # as an adjective) is hung on the main verb again
    (
        "Thanking Kenya for its help, the Somali president ruled out any talks with al-Shabaab on Monday.",
        [("SUPPORT", "SOM", "KEN"), ("REJECT", "SOM", None)],
        "2024-05-01",
    ),
    (
        "Visiting Kyiv on Tuesday, German Foreign Minister Annalena Baerbock urged Western allies to send more air defence systems.",
        [("CONSULT", "DEU", "UKR"), ("REQUEST", "DEU", None)],
        "2024-05-01",
    ),
    (
        "Accusing Moscow of meddling in its elections, Moldova expelled a Russian diplomat on Friday.",
        [("ACCUSE", "MDA", "RUS"), ("SANCTION", "MDA", "RUS")],
        "2024-05-01",
    ),
    # the main clause's subject after a fronted phrase, read by the parser as a conjunct or
    # apposition of the phrase's last noun, is the subject again
    (
        "In a deal brokered by Qatar, Israel and Hamas agreed on Wednesday to a four-day truce.",
        [
            (("AGREE", "RETREAT"), "ISR", "PSE"),
            ("CONSULT", "QAT", "ISR"),
            ("CONSULT", "QAT", "PSE", "opt"),
        ],
        "2024-05-01",
    ),
    (
        "After talks in Geneva hosted by the UN envoy, the two Libyan governments signed a ceasefire agreement on Friday.",
        [
            (("AGREE", "RETREAT"), "LBY", None),
            ("CONSULT", "IGO", "LBY"),
            ("CONSULT", "LBY", None, "opt"),
        ],
        "2024-05-01",
    ),
    (
        "Following a deadly storm in the south, emergency supplies were flown to Malawi by the United Nations on Sunday.",
        [("AID", "IGO", "MWI")],
        "2024-05-01",
    ),
    # an object pronoun in a relative clause on a passive agent means the passive subject
    (
        "Four Israeli settlers were sanctioned on Thursday by France and Germany, which accused them of attacking Palestinian villagers.",
        [
            ("SANCTION", "FRA", "ISR"),
            ("SANCTION", "DEU", "ISR"),
            ("ACCUSE", "FRA", "ISR"),
            ("ACCUSE", "DEU", "ISR", "opt"),
        ],
        "2024-05-01",
    ),
    # "handed over 20 hostages": the particle read as "more than" on the number
    (
        "Hamas handed over 20 Israeli hostages to the Red Cross on Monday.",
        [("RETREAT", "PSE", "ISR")],
        "2024-05-01",
    ),
    # a date phrase between the fronted phrase's stolen subject and its verb; the act
    # answered "in response to" is not the main subject's
    (
        "In response to a barrage of missiles fired by Pyongyang, Seoul on Tuesday fully suspended a 2018 military agreement with the North.",
        [("SANCTION", "KOR", "PRK"), ("ASSAULT", "PRK", None, "opt")],
        "2024-05-01",
    ),
    (
        "In retaliation for the drone strike on its embassy, Iraq on Sunday expelled the Turkish ambassador.",
        [("SANCTION", "IRQ", "TUR")],
        "2024-05-01",
    ),
    # a threat noun's own infinitive ("issued a threat to launch ...") names the target
    (
        "Erdogan renewed his threat to launch a ground operation against Kurdish militants in northern Syria.",
        [("THREATEN", "TUR", "SYR")],
        "2024-05-01",
    ),
    # whose the package or wave of an event noun is: its owner is the source
    (
        "Russia's latest wave of strikes on Ukraine's power grid knocked out electricity in Kharkiv.",
        [("ASSAULT", "RUS", "UKR")],
        "2024-05-01",
    ),
    # a partner phrase on the passive subject names the target, as on the object
    (
        "Military cooperation with Russia was suspended by Armenia on Monday.",
        [("SANCTION", "ARM", "RUS")],
        "2024-05-01",
    ),
    # the amount "in aid" stands for the aid even when not tagged as money
    (
        "An additional 40 million euros in emergency aid for Syrians was announced by Germany on Thursday.",
        [("AID", "DEU", "SYR")],
        "2024-05-01",
    ),
    # the act blamed may be the passive subject ("shelling was blamed by Moscow for ...")
    (
        "Israeli shelling was blamed by Hezbollah for the deaths of three civilians in southern Lebanon.",
        [("ACCUSE", "LBN", "ISR"), ("ASSAULT", "ISR", "LBN", "opt")],
        "2024-05-01",
    ),
    # a cleft ("It was X that Y blamed") puts the verb's object or subject back
    (
        "It was Moscow that Kyiv blamed for the attack on the dam.",
        [("ACCUSE", "UKR", "RUS")],
        "2024-05-01",
    ),
    (
        "It was Hamas that fired the rockets, the Israeli army said.",
        [("ASSAULT", "PSE", None)],
        "2024-05-01",
    ),
    # a pronoun subject of a clause fronted before the main verb is the main subject
    (
        "As he received Turkish President Recep Tayyip Erdogan in Baku on Monday, Azerbaijani President Ilham Aliyev thanked Ankara for its support.",
        [("CONSULT", "AZE", "TUR"), ("SUPPORT", "AZE", "TUR")],
        "2024-05-01",
    ),
    (
        "When she met Zelensky in Kyiv on Friday, Italian Prime Minister Giorgia Meloni pledged more air defence systems.",
        [("CONSULT", "ITA", "UKR"), (("AGREE", "AID"), "ITA", None, "opt")],
        "2024-05-01",
    ),
]


@pytest.mark.parametrize(("text", "expected", "pub"), CASES, ids=[_text(c)[:60] for c in CASES])
def test_syntax_paraphrase_coded(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))


@pytest.mark.parametrize(
    "text", NEGATIVES, ids=[_text((t,) if isinstance(t, str) else t)[:60] for t in NEGATIVES]
)
def test_syntax_paraphrase_negatives(code, text):
    events = countable(code(text, "2024-05-01"))
    assert not events, show(events)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_syntax_paraphrase_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
