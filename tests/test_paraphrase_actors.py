# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Paraphrases along one axis: HOW THE ACTORS ARE NAMED.

Each case rewrites one record of eval/dev.gold.jsonl or eval/wire.gold.jsonl (its id in
the comment above it) with the same event words and construction but the actors named
another way: country <-> capital as government ("Moscow", "Kyiv") <-> seat metonyms ("the
Kremlin", "the White House", "the Elysee", "Downing Street") <-> demonym + noun ("the
Azerbaijani side") <-> ministry or agency ("Turkey's top diplomat", "the IRGC") <->
office-holder by title only (right for the pub date) <-> full name <-> surname after a
first mention; armed groups by alias or description ("Ansar Allah", "the Qassam
Brigades"); IGOs by office ("the UN's top official"); possessives ("Beijing's coast
guard"); "the minister" in the second of two sentences. The record's gold carries over;
events of a prepended context sentence are marked "opt".

Every sentence was written and annotated before the coder was run on any of them. A
record passes when every expected event is coded (any of its types, both countries;
target None: any target; either way round for the symmetric types) and no other
countable event is coded; an event marked "opt" may or may not be coded. NEGATIVES
(opinion, plans, hypotheticals, denials, habitual background) must give no countable
event.

First run (before any fix or any change to this file): 131/183 records passed
(116/167 CASES, 15/16 NEGATIVES). After the general fixes: 140/183 (125/167, 15/16); the
rest are strict xfails with their cause, 28 of them failing the same way on the original
record (a coder miss, not a naming one). FIXES were written after the fixes, one or two
new sentences per cause fixed.
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
    # dev-0001
    (
        "Baku's troops opened fire on positions of the Armenian armed forces near the village of Sotk on Sunday night, the defence ministry in Yerevan said.",
        [("ASSAULT", "AZE", "ARM")],
        "2024-05-14",
    ),
    # dev-0002
    pytest.param(
        "The Armenian defence ministry said Azerbaijani units had fired on its positions near Sotk. The Azerbaijani side rejected the accusation on Monday, saying its troops had only returned fire.",
        [("REJECT", "AZE", "ARM"), ("ASSAULT", "AZE", "ARM", "opt")],
        "2024-05-14",
        marks=_x(
            "the original record fails the same way: the context sentence's 'its positions' (the ministry's) is left without a country"
        ),
    ),
    # dev-0003
    (
        "The Armenian and Azerbaijani foreign ministers began two days of talks in Almaty on Friday, hosted by their Kazakh counterpart Murat Nurtleu.",
        [("CONSULT", "ARM", "AZE"), ("CONSULT", "KAZ", "ARM"), ("CONSULT", "KAZ", "AZE", "opt")],
        "2024-05-12",
    ),
    # dev-0004
    (
        "Jeyhun Bayramov, Azerbaijan's foreign minister, spoke to reporters after the session in Almaty. The minister blamed the Armenian government for dragging its feet on the delimitation of the border.",
        [("ACCUSE", "AZE", "ARM")],
        "2024-05-12",
    ),
    # dev-0008
    (
        "US and UK warplanes struck targets of Yemen's Ansar Allah movement early on Friday in response to the group's attacks on commercial shipping in the Red Sea.",
        [("ASSAULT", "USA", "YEM"), ("ASSAULT", "GBR", "YEM"), ("ASSAULT", "YEM", None, "opt")],
        "2024-01-13",
    ),
    # dev-0009
    (
        "American and British warplanes struck Houthi targets across Yemen early on Friday. A spokesman for the Houthi rebels said the White House and Downing Street would pay a heavy price for the attack.",
        [
            ("THREATEN", "YEM", "USA"),
            ("THREATEN", "YEM", "GBR"),
            ("ASSAULT", "USA", "YEM", "opt"),
            ("ASSAULT", "GBR", "YEM", "opt"),
        ],
        "2024-01-13",
    ),
    # dev-0011
    pytest.param(
        "Kosovo's prime minister said the gunmen who attacked Kosovo police in Banjska had been organised and backed by Serbia. Aleksandar Vucic, the Serbian president, denied on Monday that his government had any role in the attack and accused Albin Kurti of deliberately provoking the violence.",
        [("REJECT", "SRB", "XKX"), ("ACCUSE", "SRB", "XKX"), ("ACCUSE", "XKX", "SRB", "opt")],
        "2023-09-26",
        marks=_x(
            "the original record fails the same way: the context sentence's own claims (gunmen attacked police, 'backed by Serbia') are coded with one side unknown"
        ),
    ),
    # dev-0014
    (
        "Moscow fired more than 100 missiles and a similar number of drones at Kyiv's power grid overnight into Monday in one of the largest air attacks of the war.",
        [("ASSAULT", "RUS", "UKR")],
        "2024-08-27",
    ),
    # dev-0015
    (
        "Russian forces fired more than 100 missiles and a similar number of drones at Ukraine's power grid overnight into Monday. The Ukrainian government again urged its Western partners to lift restrictions on using long-range weapons against military targets deep inside Russia.",
        [("REQUEST", "UKR", None), ("ASSAULT", "RUS", "UKR", "opt")],
        "2024-08-27",
    ),
    # dev-0016
    (
        "Moscow and Kyiv swapped 115 prisoners of war each on Saturday in an exchange brokered by Abu Dhabi.",
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
        "New Delhi struck nine sites in Pakistan and Pakistan-administered Kashmir early on Wednesday, saying it had targeted infrastructure used by the militants behind last month's massacre of tourists in Pahalgam.",
        [("ASSAULT", "IND", "PAK")],
        "2025-05-08",
    ),
    # dev-0021
    (
        "Indian forces struck nine sites in Pakistan and Pakistan-administered Kashmir early on Wednesday. The Pakistani government called the strikes an act of war and said the Pakistan Air Force had shot down five Indian jets, a claim the Indian government did not confirm.",
        [("ACCUSE", "PAK", "IND"), ("ASSAULT", "PAK", "IND"), ("ASSAULT", "IND", "PAK", "opt")],
        "2025-05-08",
    ),
    # dev-0023
    (
        "Pyongyang fired 18 short-range ballistic missiles into the sea off its east coast on Thursday morning, Seoul's Joint Chiefs of Staff said.",
        [("MOBILIZE", "PRK", None)],
        "2024-05-31",
    ),
    # dev-0025
    (
        "Fighters of the March 23 Movement said on Monday they had taken control of Goma, the largest city in eastern Congo, as thousands of residents fled the fighting.",
        [(("COERCE", "ASSAULT"), "COD", "COD")],
        "2025-01-28",
    ),
    # dev-0026
    (
        "M23 rebels said on Monday they had taken control of Goma. The Congolese government severed diplomatic relations with Rwanda over the weekend, accusing Kigali of sending troops across the border to fight alongside the rebels.",
        [
            ("SANCTION", "COD", "RWA"),
            ("ACCUSE", "COD", "RWA"),
            (("COERCE", "ASSAULT"), "COD", "COD", "opt"),
        ],
        "2025-01-28",
    ),
    # dev-0029
    (
        "Lebanon's Hezbollah movement fired two mortar rounds at a position of the Israel Defense Forces in the disputed Shebaa Farms area on Monday, the first attack claimed by the group since the truce began.",
        [("ASSAULT", "LBN", "ISR")],
        "2024-12-03",
    ),
    # dev-0030
    (
        "Hezbollah fired two mortar rounds at an Israeli army position in the disputed Shebaa Farms area on Monday. The Israeli military responded with a wave of strikes on southern Lebanon that killed at least 11 people, according to the Lebanese health ministry.",
        [("ASSAULT", "ISR", "LBN"), ("ASSAULT", "LBN", "ISR", "opt")],
        "2024-12-03",
    ),
    # dev-0032
    pytest.param(
        "The last of Paris's soldiers left Niger on Friday, completing a withdrawal demanded by Niamey's military rulers, who took power in July.",
        [("RETREAT", "FRA", "NER"), ("REQUEST", "NER", "FRA", "opt")],
        "2023-12-23",
        marks=_x("a partitive subject 'the last of Paris's soldiers' is not read as the soldiers"),
    ),
    # dev-0033
    (
        "The juntas in Bamako, Ouagadougou and Niamey announced on Sunday that they were leaving the Economic Community of West African States with immediate effect.",
        [("SANCTION", "MLI", "IGO"), ("SANCTION", "BFA", "IGO"), ("SANCTION", "NER", "IGO")],
        "2024-01-29",
    ),
    # dev-0036
    (
        "Bamako cut diplomatic relations with Kyiv on Sunday, accusing the Ukrainian government of supporting terrorist groups in the Sahel.",
        [("SANCTION", "MLI", "UKR"), ("ACCUSE", "MLI", "UKR")],
        "2024-08-05",
    ),
    # dev-0040
    (
        "The British-owned cargo ship Rubymar was hit by two anti-ship missiles fired by Ansar Allah in the Bab el-Mandeb Strait on Sunday, forcing its crew to abandon the vessel.",
        [("ASSAULT", "YEM", "GBR")],
        "2024-02-20",
    ),
    # dev-0041
    pytest.param(
        "Riyadh's ambassador to Yemen, Mohammed Al Jaber, arrived in Sanaa on Sunday at the head of a delegation for talks with leaders of the Ansar Allah movement on a permanent truce, accompanied by mediators from Muscat.",
        [("CONSULT", "SAU", "YEM"), ("CONSULT", "OMN", "YEM"), ("CONSULT", "OMN", "SAU", "opt")],
        "2023-04-10",
        marks=_x(
            "the original record fails the same way: 'accompanied by Omani mediators' is not taken as Oman's part in the talks"
        ),
    ),
    # dev-0043
    (
        "Armenia's prime minister and Azerbaijan's president initialled a peace agreement at the White House on Friday at a ceremony hosted by President Donald Trump.",
        [
            ("AGREE", "ARM", "AZE"),
            ("CONSULT", "USA", "ARM"),
            ("CONSULT", "USA", "AZE", "opt"),
            ("CONSULT", "ARM", "AZE", "opt"),
        ],
        "2025-08-09",
    ),
    # dev-0044
    (
        "Georgian Interior Ministry troops used water cannon and tear gas overnight to disperse thousands of pro-European protesters outside parliament in Tbilisi, the third night of demonstrations against the government.",
        [(("ASSAULT", "COERCE"), "GEO", "GEO"), ("PROTEST", "GEO", "GEO")],
        "2024-12-01",
    ),
    # dev-0047
    pytest.param(
        "Beijing's coast guard personnel armed with knives and axes boarded Philippine navy boats near the Second Thomas Shoal on Monday and seized several rifles, the Philippine military said.",
        [("ASSAULT", "CHN", "PHL"), ("COERCE", "CHN", "PHL")],
        "2024-06-19",
        marks=_x(
            "the original record fails the same way: 'boarded' navy boats is not an assault in the lexicon; 'seized several rifles' gets no owner"
        ),
    ),
    # dev-0048
    (
        "China's coast guard boarded Philippine navy boats near the Second Thomas Shoal on Monday, Manila said. The Chinese foreign ministry said its coast guard had acted professionally and with restraint to stop what it described as an illegal resupply mission.",
        [
            (("ACCUSE", "REJECT"), "CHN", "PHL", "opt"),
            ("ASSAULT", "CHN", "PHL", "opt"),
            ("COERCE", "CHN", "PHL", "opt"),
        ],
        "2024-06-19",
    ),
    # dev-0049
    (
        "Seoul fully suspended a 2018 inter-Korean military agreement on Tuesday in response to a barrage of trash-filled balloons sent across the border by North Korea.",
        [("SANCTION", "KOR", "PRK")],
        "2024-06-05",
    ),
    # dev-0050
    pytest.param(
        "The powerful sister of North Korea's leader warned of new counteractions if activists in South Korea kept sending anti-Pyongyang leaflets.",
        [("THREATEN", "PRK", "KOR")],
        "2024-06-05",
        marks=_x(
            "the original record fails the same way: the target of a warning is only in its conditional clause ('if activists in South Korea ...')"
        ),
    ),
    # dev-0052
    (
        "Delegations from Moscow and Kyiv held their first direct peace talks in more than three years in Istanbul on Friday, agreeing to exchange 1,000 prisoners of war each.",
        [("CONSULT", "RUS", "UKR"), ("AGREE", "RUS", "UKR")],
        "2025-05-17",
    ),
    # dev-0053
    pytest.param(
        "Russian and Ukrainian delegations held their first direct peace talks in more than three years in Istanbul on Friday. The meeting, hosted by Turkey's top diplomat at the Dolmabahce Palace, lasted less than two hours.",
        [
            ("CONSULT", "TUR", "UKR"),
            ("CONSULT", "TUR", "RUS", "opt"),
            ("CONSULT", "RUS", "UKR", "opt"),
        ],
        "2025-05-17",
        marks=_x(
            "the original record fails the same way: a host's meeting ('hosted by Turkey's top diplomat') pairs the host with one delegation only"
        ),
    ),
    # dev-0055
    (
        "Fighters of Sudan's paramilitary Rapid Support Forces killed more than 100 people in an attack on the village of Wad al-Noura in Gezira state on Wednesday, local activists said.",
        [("ASSAULT", "SDN", "SDN")],
        "2024-06-07",
    ),
    # dev-0059
    pytest.param(
        "Berlin has delivered another IRIS-T air defence system to Kyiv, German Defence Minister Boris Pistorius said on Thursday.",
        [("AID", "DEU", "UKR")],
        "2024-09-20",
        marks=_x(
            "the parser hangs 'Kyiv, German Defence Minister Boris Pistorius said' as one object: the speaker becomes the recipient"
        ),
    ),
    # dev-0060
    (
        "Yerevan signed a contract on Tuesday to buy 36 CAESAR self-propelled howitzers from Paris, Armenia's defence minister announced in the French capital.",
        [(("COOPERATE", "AGREE"), "ARM", "FRA")],
        "2024-06-19",
    ),
    # dev-0061
    (
        "The EU's top diplomat welcomed Saturday's understanding in Ohrid as an important step towards normalising relations between Pristina and Belgrade.",
        [
            ("SUPPORT", "IGO", "XKX"),
            ("SUPPORT", "IGO", "SRB", "opt"),
            ("AGREE", "XKX", "SRB", "opt"),
        ],
        "2023-03-20",
    ),
    # dev-0062
    (
        "Turkey's president reaffirmed his country's support for Azerbaijan's territorial integrity during a visit to the exclave of Nakhchivan on Monday.",
        [("SUPPORT", "TUR", "AZE"), ("CONSULT", "TUR", "AZE")],
        "2023-09-26",
    ),
    # dev-0064
    (
        "The Russian leader signed decrees on Monday recognising the self-proclaimed Donetsk and Luhansk people's republics in eastern Ukraine as independent states.",
        [("SUPPORT", "RUS", "UKR")],
        "2022-02-22",
    ),
    # dev-0065
    (
        "Madrid, Dublin and Oslo formally recognised a Palestinian state on Tuesday, drawing an angry response from the Israeli government.",
        [
            ("SUPPORT", "ESP", "PSE"),
            ("SUPPORT", "IRL", "PSE"),
            ("SUPPORT", "NOR", "PSE"),
            ("ACCUSE", "ISR", "ESP", "opt"),
        ],
        "2024-05-29",
    ),
    # dev-0066
    pytest.param(
        "Rwanda's top diplomat thanked Washington and Doha for their mediation after signing the peace agreement with Kinshasa in the US capital on Friday.",
        [
            ("AGREE", "RWA", "COD"),
            ("SUPPORT", "RWA", "USA"),
            ("SUPPORT", "RWA", "QAT"),
            ("CONSULT", "USA", "RWA", "opt"),
        ],
        "2025-07-01",
        marks=_x(
            "the original record fails the same way: 'thanked Washington and Doha for their mediation' codes Qatar's mediation too (gold lists the US only)"
        ),
    ),
    # dev-0068
    (
        "The Russian president apologised to Ilham Aliyev in a phone call on Saturday for what Moscow called a tragic incident in Russian airspace involving an Azerbaijan Airlines passenger jet.",
        [("CONCEDE", "RUS", "AZE"), ("CONSULT", "RUS", "AZE")],
        "2024-12-29",
    ),
    # dev-0070
    (
        "Yerevan agreed on Friday to hand back four abandoned border villages to Baku as part of a delimitation deal that has angered residents of the Tavush region.",
        [(("CONCEDE", "AGREE"), "ARM", "AZE")],
        "2024-04-20",
    ),
    # dev-0072
    (
        "Lawmakers in Addis Ababa voted on Wednesday to remove the TPLF, which led the Tigray rebellion, from the country's list of terrorist organisations, a key step in implementing the peace deal.",
        [("CONCEDE", "ETH", "ETH")],
        "2023-03-23",
    ),
    # dev-0073
    (
        "The ELN guerrilla group admitted on Thursday that one of its units had kidnapped the father of Colombian footballer Luis Diaz and said it would free him as soon as possible.",
        [
            ("CONCEDE", "COL", None),
            ("ASSAULT", "COL", "COL"),
            (("AGREE", "RETREAT"), "COL", "COL", "opt"),
        ],
        "2023-11-10",
    ),
    # dev-0075
    (
        "The army-led authorities in Port Sudan agreed on Thursday to reopen the Adre border crossing with Chad for three months to let humanitarian aid into Darfur.",
        [(("RETREAT", "CONCEDE", "AGREE"), "SDN", None)],
        "2024-08-16",
    ),
    # dev-0076
    pytest.param(
        "Benjamin Netanyahu acknowledged on Tuesday that the IDF had unintentionally struck a convoy of World Central Kitchen aid workers in Gaza, killing seven of them.",
        [("CONCEDE", "ISR", "NGO"), ("ASSAULT", "ISR", "NGO")],
        "2024-04-03",
        marks=_x(
            "with the IDF named in the admitted clause, the admission's target is the IDF, not the aid workers"
        ),
    ),
    # dev-0077
    (
        "Bangkok and Phnom Penh agreed to an unconditional ceasefire from midnight after talks in Putrajaya on Monday hosted by Malaysia's prime minister.",
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
        "Baku allowed an ICRC convoy carrying flour and medical supplies to enter Nagorno-Karabakh through the Lachin corridor on Monday.",
        [("RETREAT", "AZE", "NGO"), ("AID", "NGO", None, "opt")],
        "2023-09-19",
    ),
    # dev-0079
    (
        "Baku was massing troops along the line of contact in Nagorno-Karabakh and near the Armenian border, Yerevan said on Friday.",
        [("MOBILIZE", "AZE", "ARM")],
        "2023-09-09",
    ),
    # dev-0080
    (
        "Serbia's president ordered the army on Monday to raise its combat readiness to the highest level amid tensions over barricades erected by Serbs in northern Kosovo.",
        [("MOBILIZE", "SRB", None), ("PROTEST", "SRB", None, "opt")],
        "2022-12-27",
    ),
    # dev-0081
    (
        "The IDF said on Monday it had called up 300,000 reservists in 48 hours, the largest mobilisation in the country's history.",
        [("MOBILIZE", "ISR", None)],
        "2023-10-10",
    ),
    # dev-0082
    (
        "US Defense Secretary Lloyd Austin ordered the USS Gerald R. Ford carrier strike group to the eastern Mediterranean on Sunday to deter Hezbollah and Tehran from widening the war.",
        [
            ("MOBILIZE", "USA", None),
            ("MOBILIZE", "USA", "LBN", "opt"),
            ("MOBILIZE", "USA", "IRN", "opt"),
        ],
        "2023-10-09",
    ),
    # dev-0083
    pytest.param(
        "The Russian president said on Friday that the first of Moscow's tactical nuclear warheads had been moved to Belarus, a step condemned by NATO's secretary-general.",
        [
            ("MOBILIZE", "RUS", None),
            ("ACCUSE", "IGO", "RUS", "opt"),
            ("COOPERATE", "RUS", "BLR", "opt"),
        ],
        "2023-06-17",
        marks=_x(
            "the original record fails the same way: 'warheads had been moved to Belarus' (a passive with the mover in the speaker) is not a deployment by Russia"
        ),
    ),
    # dev-0085
    (
        "Islamabad warned on Thursday that any attempt by New Delhi to stop or divert water flowing down the Indus would be considered an act of war.",
        [("THREATEN", "PAK", "IND")],
        "2025-04-25",
    ),
    # dev-0086
    (
        "Pakistan warned on Thursday that any attempt by India to stop or divert water flowing down the Indus would be considered an act of war. The Indian government had suspended the 1960 Indus Waters Treaty a day earlier, blaming Pakistan for the killing of 26 people in Kashmir.",
        [("SANCTION", "IND", "PAK"), ("ACCUSE", "IND", "PAK"), ("THREATEN", "PAK", "IND", "opt")],
        "2025-04-25",
    ),
    # dev-0087
    (
        "Turkey's president threatened on Tuesday to launch a ground operation against Kurdish militants in northern Syria once the air strikes were over.",
        [("THREATEN", "TUR", "SYR")],
        "2022-11-23",
    ),
    # dev-0089
    (
        "Tehran vowed to retaliate after an air strike widely attributed to Israel destroyed the Iranian consular building in Damascus on Monday, killing two IRGC generals.",
        [("THREATEN", "IRN", "ISR"), ("ASSAULT", "ISR", "IRN")],
        "2024-04-02",
    ),
    # dev-0091
    (
        "Yemen's Ansar Allah movement warned that any Israeli ship entering the Red Sea would be treated as a legitimate target.",
        [("THREATEN", "YEM", "ISR")],
        "2024-07-21",
    ),
    # dev-0092
    (
        "The State Department warned the leadership of Sudan's Rapid Support Forces on Tuesday that it would face further sanctions if its fighters kept attacking civilians in Darfur.",
        [("THREATEN", "USA", "SDN")],
        "2024-02-21",
    ),
    # dev-0094
    (
        "Ilham Aliyev, Azerbaijan's president, had been expected to meet the Armenian prime minister on the sidelines of the European Political Community summit. Aliyev pulled out of the meeting with Nikol Pashinyan in Granada at the last minute, citing what he called the pro-Armenian stance of Paris.",
        [("REJECT", "AZE", "ARM"), ("ACCUSE", "AZE", "FRA", "opt")],
        "2023-10-06",
    ),
    # dev-0095
    pytest.param(
        "The Sudanese military refused to send a delegation to the talks organised by Washington that opened in Switzerland on Wednesday, leaving the RSF as the only warring party present.",
        [("REJECT", "SDN", "USA"), ("CONSULT", "USA", "SDN")],
        "2024-08-15",
        marks=_x(
            "the original record fails the same way: 'talks organised by Washington' (a participle) gives no CONSULT for the organiser"
        ),
    ),
    # dev-0097
    (
        "Indian officials blamed Pakistan for the killing of 26 people in Pahalgam. The Pakistani government rejected New Delhi's allegations as baseless and offered to take part in a neutral investigation of the massacre.",
        [("REJECT", "PAK", "IND"), ("AGREE", "PAK", None, "opt"), ("ACCUSE", "IND", "PAK", "opt")],
        "2025-04-25",
    ),
    # dev-0098
    pytest.param(
        "Gaza's ruling Islamist movement turned down a proposal from the Israeli government for a six-week truce in exchange for the release of some hostages, saying it did not guarantee an end to the war.",
        [("REJECT", "PSE", "ISR")],
        "2024-03-03",
        marks=_x(
            "a description with a place possessive ('Gaza's ruling Islamist movement') is no actor"
        ),
    ),
    # dev-0099
    (
        "The military rulers in Niamey ignored an ECOWAS deadline that expired at midnight on Sunday to reinstate ousted President Mohamed Bazoum.",
        [("REJECT", "NER", "IGO")],
        "2023-08-07",
    ),
    # dev-0102
    (
        "The UN's top official appealed to the Israeli government on Friday to reconsider its order for more than a million people to leave northern Gaza within 24 hours.",
        [("REQUEST", "IGO", "ISR"), ("COERCE", "ISR", "PSE", "opt")],
        "2023-10-14",
    ),
    # dev-0103
    pytest.param(
        "Yerevan formally asked the Moscow-led CSTO military alliance on Tuesday for military assistance after deadly attacks on its territory by Baku's forces.",
        [("REQUEST", "ARM", "IGO"), ("ASSAULT", "AZE", "ARM")],
        "2022-09-14",
        marks=_x(
            "'deadly attacks on its territory by Baku's forces' (an attack noun with its agent after it) is not coded"
        ),
    ),
    # dev-0104
    (
        "Joseph Aoun, Lebanon's president, urged the White House and the Elysee to press Israel to pull its troops out of five hilltops it still holds in southern Lebanon.",
        [("REQUEST", "LBN", "USA"), ("REQUEST", "LBN", "FRA"), ("REQUEST", "LBN", "ISR", "opt")],
        "2025-03-02",
    ),
    # dev-0106
    pytest.param(
        "Supporters of Niger's new military rulers attacked France's embassy in Niamey on Sunday, setting fire to one of its doors before soldiers dispersed them.",
        [("PROTEST", "NER", "FRA"), ("COERCE", "NER", "NER", "opt")],
        "2023-07-31",
        marks=_x(
            "the original record fails the same way: 'setting fire to one of its doors' and 'soldiers dispersed them' are coded as domestic events"
        ),
    ),
    # dev-0113
    (
        "Members of the presidential guard in Niamey detained Mohamed Bazoum, Niger's president, at his residence on Wednesday, and officers later announced on television that they had seized power.",
        [("COERCE", "NER", "NER"), ("COERCE", "NER", "NER", "opt")],
        "2023-07-27",
    ),
    # dev-0114
    (
        "The Islamic Revolutionary Guard Corps seized the Portuguese-flagged container ship MSC Aries near the Strait of Hormuz on Saturday, alleging it was linked to the Israeli government.",
        [("COERCE", "IRN", "PRT"), ("ACCUSE", "IRN", "ISR", "opt")],
        "2024-04-14",
    ),
    # dev-0115
    (
        "Fighters of Yemen's Ansar Allah dropped from a helicopter onto the car carrier Galaxy Leader in the Red Sea on Sunday and took its 25 crew members hostage.",
        [(("COERCE", "ASSAULT"), "YEM", None), ("ASSAULT", "YEM", None)],
        "2023-11-20",
    ),
    # dev-0116
    (
        "The US Treasury on Tuesday imposed sanctions on the commander of Sudan's Rapid Support Forces, Mohamed Hamdan Dagalo, after Washington determined that his forces had committed genocide in Darfur.",
        [("SANCTION", "USA", "SDN"), ("ACCUSE", "USA", "SDN")],
        "2025-01-08",
    ),
    # dev-0118
    (
        "Baku expelled two French diplomats on Tuesday for activities it said were incompatible with their status, and the French foreign ministry responded in kind.",
        [("SANCTION", "AZE", "FRA"), ("SANCTION", "FRA", "AZE")],
        "2023-12-27",
    ),
    # dev-0120
    pytest.param(
        "Ottawa expelled six diplomats from India's high commission on Monday, accusing them of involvement in a campaign of violence against Sikh separatists on Canadian soil.",
        [("SANCTION", "CAN", "IND"), ("ACCUSE", "CAN", "IND")],
        "2024-10-15",
        marks=_x(
            "'accusing them' after 'expelled six diplomats from India's high commission' (the 'from' phrase hangs on the verb) leaves them without a country"
        ),
    ),
    # dev-0122
    (
        "Warships from Moscow and Beijing began joint exercises in the Sea of Japan on Thursday, with more than ten vessels and 30 aircraft taking part.",
        [("COOPERATE", "RUS", "CHN")],
        "2023-07-21",
    ),
    # dev-0124
    (
        "France's armed forces minister visited Yerevan on Friday and announced that his country would supply Armenia with long-range radars and CAESAR howitzers.",
        [("CONSULT", "FRA", "ARM"), (("AGREE", "COOPERATE", "AID"), "FRA", "ARM")],
        "2024-02-24",
    ),
    # dev-0126
    (
        "The Trump administration agreed on Tuesday to resume intelligence sharing and military aid to Ukraine after Kyiv accepted a proposal from Washington for a 30-day ceasefire at talks in Jeddah.",
        [
            (("COOPERATE", "AGREE"), "USA", "UKR"),
            (("AID", "AGREE"), "USA", "UKR"),
            ("AGREE", "UKR", "USA"),
            ("CONSULT", "USA", "UKR"),
        ],
        "2025-03-12",
    ),
    # dev-0127
    (
        "Soldiers of the Malian and Burkinabe armies carried out a joint operation against jihadist fighters near the two countries' border last week, killing dozens of them, Mali's armed forces said.",
        [("COOPERATE", "MLI", "BFA"), ("ASSAULT", "MLI", None), ("ASSAULT", "BFA", None, "opt")],
        "2024-09-09",
    ),
    # dev-0130
    (
        "Pyongyang's troops have begun fighting alongside Moscow's forces in Russia's Kursk region, Seoul's spy agency said on Wednesday.",
        [(("COOPERATE", "AID"), "PRK", "RUS")],
        "2024-11-14",
    ),
    # dev-0131
    pytest.param(
        "Tehran has allegedly supplied Moscow with hundreds of Shahed drones that have been used to strike Ukrainian cities and power plants.",
        [(("AID", "COOPERATE"), "IRN", "RUS"), ("ASSAULT", "RUS", "UKR")],
        "2022-10-19",
        marks=_x(
            "the original record fails the same way: whom the supplied drones were used by ('used to strike') is not carried over to the recipient"
        ),
    ),
    # dev-0134
    (
        "Ecuadorian police stormed Mexico's embassy in Quito on Friday night to arrest former vice-president Jorge Glas. The Mexican government broke off diplomatic relations with Quito in response, and Andres Manuel Lopez Obrador called the raid an authoritarian act.",
        [
            ("SANCTION", "MEX", "ECU"),
            ("ACCUSE", "MEX", "ECU"),
            ("COERCE", "ECU", "ECU", "opt"),
            (("COERCE", "ASSAULT"), "ECU", "MEX", "opt"),
        ],
        "2024-04-06",
    ),
    # dev-0136
    pytest.param(
        "Joe Biden signed a 95 billion dollar foreign aid package on Wednesday that includes about 61 billion dollars for Kyiv.",
        [("AID", "USA", "UKR")],
        "2024-04-25",
        marks=_x(
            "the original record fails the same way: '61 billion dollars for Kyiv/Ukraine' inside a relative clause gives the aid no recipient"
        ),
    ),
    # dev-0138
    (
        "Bashar al-Assad, Syria's ousted president, and his family have been granted asylum in Russia, Russian state media reported on Sunday, citing a source in the Kremlin.",
        [("AID", "RUS", "SYR")],
        "2024-12-09",
    ),
    # dev-0139
    (
        "Wang Yi told Ishaq Dar in a phone call on Sunday that China supported Islamabad in safeguarding its sovereignty and security interests.",
        [("CONSULT", "CHN", "PAK"), ("SUPPORT", "CHN", "PAK")],
        "2025-04-28",
    ),
    # dev-0141
    (
        "Burkina Faso's military leader praised the Russian government as a sincere partner and thanked the Kremlin for sending instructors and equipment.",
        [("SUPPORT", "BFA", "RUS"), ("AID", "RUS", "BFA", "opt")],
        "2024-06-25",
    ),
    # dev-0142
    (
        "The junta in Naypyidaw reduced Aung San Suu Kyi's prison sentences by six years on Tuesday as part of a broad amnesty, though she remains in detention.",
        [(("CONCEDE", "RETREAT"), "MMR", "MMR")],
        "2023-08-02",
    ),
    # dev-0143
    (
        "Kenya's president withdrew a contested finance bill on Wednesday, a day after protesters stormed parliament in Nairobi and at least 23 people were shot dead.",
        [("CONCEDE", "KEN", "KEN"), ("PROTEST", "KEN", "KEN"), ("ASSAULT", None, "KEN", "opt")],
        "2024-06-27",
    ),
    # dev-0144
    (
        "Belgrade has pulled back most of the troops it had massed near the border with Kosovo, officials in Washington said.",
        [("RETREAT", "SRB", "XKX")],
        "2023-10-03",
    ),
    # dev-0145
    (
        "Moscow's peacekeepers have completed their withdrawal from Nagorno-Karabakh, Russia's defence ministry said on Wednesday, ending a deployment that began in 2020.",
        [("RETREAT", "RUS", "AZE")],
        "2024-06-13",
    ),
    # dev-0147
    pytest.param(
        "The Islamist movement that rules Gaza freed three Israeli hostages on Saturday in exchange for 183 Palestinian prisoners released from Israeli jails.",
        [("RETREAT", "PSE", "ISR"), ("RETREAT", "ISR", "PSE")],
        "2025-02-09",
        marks=_x(
            "a description with a relative clause ('the Islamist movement that rules Gaza') is no actor"
        ),
    ),
    # dev-0148
    (
        "Armenia's prime minister formally resigned on Sunday to pave the way for early parliamentary elections in June.",
        [("RETREAT", "ARM", None)],
        "2021-04-26",
    ),
    # dev-0150
    (
        "Thirty-two Armenian servicemen were handed over by the Azerbaijani side on Wednesday in exchange for two Azerbaijani soldiers held by Yerevan.",
        [("RETREAT", "AZE", "ARM"), ("RETREAT", "ARM", "AZE")],
        "2023-12-14",
    ),
    # dev-0152
    (
        "Kyiv's forces withdrew from the eastern town of Avdiivka on Saturday after months of heavy fighting, Ukraine's army chief said.",
        [("RETREAT", "UKR", None), ("ASSAULT", "RUS", "UKR", "opt")],
        "2024-02-18",
    ),
    # dev-0153
    (
        "The Kremlin ordered Russia's first mobilisation since the Second World War on Wednesday, calling up 300,000 reservists to fight in Ukraine.",
        [("MOBILIZE", "RUS", "UKR")],
        "2022-09-22",
    ),
    # dev-0155
    (
        "The People's Liberation Army began two days of large-scale military drills around Taiwan on Thursday, calling them strong punishment for the separatist acts of the island's new leader.",
        [("MOBILIZE", "CHN", "TWN"), ("ACCUSE", "CHN", "TWN", "opt")],
        "2024-05-24",
    ),
    # dev-0161
    (
        "Armenia's prime minister skipped a summit of the Moscow-led CSTO in Minsk on Thursday, deepening the rift with the Kremlin.",
        [("REJECT", "ARM", "IGO")],
        "2023-11-24",
    ),
    # dev-0163
    (
        "Russia's foreign ministry rejected Volodymyr Zelensky's ten-point peace plan on Tuesday, saying any settlement would have to take into account the new territorial realities.",
        [("REJECT", "RUS", "UKR")],
        "2022-12-28",
    ),
    # dev-0183
    (
        "Russia's top diplomat Sergei Lavrov arrived in Pyongyang on Wednesday for a two-day visit. Lavrov held talks with North Korea's foreign minister and praised what he called the invincible friendship between the two countries.",
        [("CONSULT", "RUS", "PRK"), ("SUPPORT", "RUS", "PRK")],
        "2023-10-20",
    ),
    # dev-0184
    (
        "Volodymyr Zelensky addressed the summit in Brussels by video link on Thursday morning. The Ukrainian leader urged the leaders of the European Union to open accession negotiations with his country without further delay.",
        [("REQUEST", "UKR", "IGO")],
        "2023-12-14",
    ),
    # dev-0186
    (
        "Dmitry Peskov was asked on Wednesday about the drone attack on Moscow's wealthy suburbs. The Kremlin spokesman blamed the Ukrainian government for the attack and said Russia reserved the right to respond.",
        [("ACCUSE", "RUS", "UKR"), ("THREATEN", "RUS", "UKR", "opt")],
        "2023-05-31",
    ),
    # dev-0187
    (
        "Naim Qassem, the leader of Lebanon's Hezbollah, gave a televised speech on Friday evening. Qassem said the group would not hand over its weapons as long as Israeli troops remained on Lebanese soil.",
        [("REJECT", "LBN", None)],
        "2025-04-21",
    ),
    # dev-0189
    pytest.param(
        "Yoav Gallant visited troops stationed on the northern border on Tuesday. Israel's defence minister warned Hezbollah that his country could turn Beirut into Gaza if the group dragged Lebanon into a full-scale war.",
        [("THREATEN", "ISR", "LBN")],
        "2023-11-15",
        marks=_x(
            "the original record fails the same way: the context sentence's 'visited troops stationed on the northern border' (its own troops) is coded as a visit"
        ),
    ),
    # dev-0192
    (
        "Sudan's army chief, General Abdel Fattah al-Burhan, met Egypt's president in El Alamein on Tuesday. Burhan thanked the Egyptian government for its support and ruled out any negotiations with the paramilitary RSF as long as its fighters occupied civilian homes.",
        [("SUPPORT", "SDN", "EGY"), ("REJECT", "SDN", "SDN"), ("CONSULT", "SDN", "EGY", "opt")],
        "2023-08-30",
    ),
    # dev-0193
    (
        "Nikol Pashinyan said on Thursday that Armenia had effectively frozen its participation in the Russian-led Collective Security Treaty Organization. Putin's spokesman called the move regrettable and said the Armenian government had not formally notified Moscow of any such step.",
        [("ACCUSE", "RUS", "ARM"), (("SANCTION", "REJECT", "RETREAT"), "ARM", None, "opt")],
        "2024-02-24",
    ),
    # dev-0195
    (
        "Hans Grundberg, the UN special envoy for Yemen, arrived in Muscat on Monday. The envoy met officials of Oman's foreign ministry and members of the Houthi negotiating team there.",
        [("CONSULT", "IGO", "OMN"), ("CONSULT", "IGO", "YEM")],
        "2024-02-27",
    ),
    # dev-0196
    (
        "Three Kosovo police officers were detained by Belgrade's security forces on Wednesday, the government in Pristina said, accusing Serbia of abducting them inside Kosovo.",
        [(("COERCE", "ASSAULT"), "SRB", "XKX"), ("ACCUSE", "XKX", "SRB")],
        "2023-06-15",
    ),
    # dev-0206
    (
        "Aleksandar Vucic thanked Xi Jinping for China's steadfast support on Kosovo as he welcomed the Chinese president to Belgrade on Wednesday.",
        [("SUPPORT", "SRB", "CHN"), ("CONSULT", "CHN", "SRB")],
        "2024-05-09",
    ),
    # dev-0209
    (
        "The Israel Defense Forces expressed regret on Friday for a strike that killed a Lebanese soldier at an army post near the border, saying they had not targeted Lebanon's armed forces.",
        [("CONCEDE", "ISR", "LBN"), ("ASSAULT", "ISR", "LBN")],
        "2024-10-26",
    ),
    # dev-0211
    pytest.param(
        "Russia's foreign ministry spokeswoman warned on Thursday that any troops sent by London or Paris to Ukraine as peacekeepers would be treated as legitimate targets.",
        [("THREATEN", "RUS", "GBR"), ("THREATEN", "RUS", "FRA")],
        "2025-03-14",
        marks=_x(
            "'troops sent by London or Paris': the threat takes only the first of two coordinated capitals"
        ),
    ),
    # dev-0213
    (
        "The European Commission warned the Georgian government that the country could lose its visa-free travel regime if the foreign agents law took effect.",
        [("THREATEN", "IGO", "GEO")],
        "2024-05-30",
    ),
    # dev-0214
    (
        "The Qassam Brigades said they would execute an Israeli hostage for every Israeli strike that hit civilians in Gaza without prior warning.",
        [("THREATEN", "PSE", "ISR")],
        "2023-10-10",
    ),
    # dev-0215
    (
        "Russia's state-controlled gas exporter threatened to halt deliveries to Moldova from January 1 over what it said was an unpaid debt of more than 700 million dollars.",
        [("THREATEN", "RUS", "MDA")],
        "2024-12-10",
    ),
    # dev-0216
    pytest.param(
        "Ukraine's president again called on Kyiv's allies to supply more Patriot air defence systems after a night of Russian missile strikes on the capital.",
        [("REQUEST", "UKR", None), ("ASSAULT", "RUS", "UKR")],
        "2025-01-30",
        marks=_x("'strikes on the capital': a bare 'the capital' names no country"),
    ),
    # dev-0217
    (
        "The ICRC urged the Israeli government and Hamas to spare civilians and allow humanitarian access to Gaza.",
        [("REQUEST", "NGO", "ISR"), ("REQUEST", "NGO", "PSE")],
        "2023-10-13",
    ),
    # dev-0218
    (
        "Azerbaijan again demanded that Armenia remove a reference to Nagorno-Karabakh from its constitution before any peace treaty is signed.",
        [("REQUEST", "AZE", "ARM")],
        "2024-02-02",
    ),
    # dev-0219
    (
        "Abdoulaye Diop, Mali's top diplomat, asked the UN Security Council on Friday to withdraw its peacekeeping mission from the country without delay.",
        [("REQUEST", "MLI", "IGO")],
        "2023-06-17",
    ),
    # dev-0220
    (
        "Volodymyr Zelensky ruled out ceding any of his country's territory to Moscow in exchange for a ceasefire.",
        [("REJECT", "UKR", "RUS")],
        "2024-11-20",
    ),
    # dev-0221
    (
        "Afghanistan's Taliban rulers rejected a demand by the U.N. to lift restrictions on women's education, calling it interference in the country's internal affairs.",
        [("REJECT", "AFG", "IGO"), ("ACCUSE", "AFG", "IGO", "opt")],
        "2024-10-05",
    ),
    # dev-0223
    pytest.param(
        "The paramilitary force led by Mohamed Hamdan Dagalo has massed thousands of fighters and dozens of armed vehicles around El Fasher, according to satellite images analysed by Yale researchers.",
        [("MOBILIZE", "SDN", "SDN")],
        "2024-05-28",
        marks=_x(
            "'the paramilitary force led by Mohamed Hamdan Dagalo' (a description by its leader, an unknown name) gets no country of its own"
        ),
    ),
    # dev-0224
    pytest.param(
        "Warsaw began moving additional troops to Poland's border with Belarus on Wednesday, days after a Polish soldier was stabbed by a migrant trying to cross the fence.",
        [("MOBILIZE", "POL", "BLR"), ("ASSAULT", None, "POL")],
        "2024-06-06",
        marks=_x(
            "the original record fails the same way: 'stabbed by a migrant' gives the migrant the place's country"
        ),
    ),
    # dev-0227
    (
        "Brussels adopted its 14th package of sanctions against Moscow on Monday, targeting Russian liquefied natural gas for the first time.",
        [("SANCTION", "IGO", "RUS")],
        "2024-06-25",
    ),
    # dev-0229
    (
        "Baku has sent a new shipment of electrical equipment to Kyiv to help repair Ukraine's battered power grid, Azerbaijan's embassy said.",
        [("AID", "AZE", "UKR")],
        "2023-10-04",
    ),
    # dev-0231
    (
        "Tokyo and Manila signed a reciprocal access agreement on Monday that will allow the two countries to deploy troops on each other's soil.",
        [(("COOPERATE", "AGREE"), "JPN", "PHL")],
        "2024-07-09",
    ),
    # dev-0255
    (
        "Tens of thousands of supporters of Ansar Allah rallied in Sanaa on Friday, chanting slogans against the Jewish state and Washington.",
        [("PROTEST", "YEM", "ISR"), ("PROTEST", "YEM", "USA")],
        "2024-01-13",
    ),
    # dev-0258
    (
        "Somalia's president thanked the Turkish government for training thousands of Somali soldiers as lawmakers in Mogadishu approved a ten-year maritime defence deal with Ankara.",
        [
            ("SUPPORT", "SOM", "TUR"),
            (("COOPERATE", "AGREE"), "SOM", "TUR"),
            (("COOPERATE", "AID"), "TUR", "SOM", "opt"),
        ],
        "2024-03-01",
    ),
    # dev-0262
    (
        "The Israeli air force struck the headquarters of Damascus's defence ministry in the city centre on Wednesday, saying it was acting to protect the Druze community in Sweida.",
        [("ASSAULT", "ISR", "SYR"), ("SUPPORT", "ISR", "SYR", "opt")],
        "2025-07-17",
    ),
    # dev-0263
    (
        "Syria's president held talks with Vladimir Putin in Moscow on Wednesday, his first visit to Russia since the fall of Bashar al-Assad.",
        [("CONSULT", "SYR", "RUS")],
        "2025-10-16",
    ),
    # dev-0266
    (
        "Alexander Lukashenko's border guards detained blogger Pavel Lisitsyn as he tried to cross into Lithuania on Sunday, the Viasna human rights centre said.",
        [("COERCE", "BLR", None)],
        "2024-09-17",
    ),
    # dev-0267
    (
        "Addis Ababa and Mogadishu agreed in Ankara on Wednesday to work together on giving landlocked Ethiopia commercial access to the sea, in a deal brokered by the Turkish president.",
        [("AGREE", "ETH", "SOM"), ("CONSULT", "TUR", "ETH"), ("CONSULT", "TUR", "SOM", "opt")],
        "2024-12-12",
    ),
    # dev-0268
    pytest.param(
        "Ukraine's largest mobile operator, Kyivstar, was knocked offline on Tuesday by a cyberattack that Kyiv's SBU security service blamed on Moscow's GRU military intelligence.",
        [("COERCE", "RUS", "UKR"), ("ACCUSE", "UKR", "RUS")],
        "2023-12-13",
        marks=_x(
            "the original record fails the same way: 'a cyberattack that X blamed on Y' (a relative clause) is not coded"
        ),
    ),
    # dev-0270
    (
        "Armenia's National Security Service arrested Archbishop Bagrat Galstanyan on Wednesday on charges of plotting to seize power.",
        [("COERCE", "ARM", "ARM"), ("ACCUSE", "ARM", "ARM", "opt")],
        "2025-06-26",
    ),
    # dev-0272
    pytest.param(
        "The Israeli authorities reopened the Kerem Shalom crossing to aid trucks on Wednesday, three days after a rocket attack by Hamas's armed wing near the crossing killed four soldiers.",
        [("RETREAT", "ISR", None), ("ASSAULT", "PSE", "ISR", "opt")],
        "2024-05-09",
        marks=_x(
            "the parser reads 'crossing' in 'The Israeli authorities reopened the Kerem Shalom crossing' as a verb: no object, no event"
        ),
    ),
    # dev-0307
    (
        "Belgrade and Pristina reached an EU-brokered deal late on Wednesday to end a months-long dispute over vehicle licence plates.",
        [("AGREE", "SRB", "XKX"), ("CONSULT", "IGO", "SRB"), ("CONSULT", "IGO", "XKX", "opt")],
        "2022-11-24",
    ),
    # dev-0308
    pytest.param(
        "Bogota and the ELN guerrillas agreed in Havana on Friday to a six-month bilateral ceasefire, the most significant step yet in their peace talks.",
        [(("AGREE", "RETREAT"), "COL", "COL")],
        "2023-06-10",
        marks=_x(
            "the original record fails the same way: 'in their peace talks' (a mention of the process) is coded as a meeting"
        ),
    ),
    # dev-0311
    (
        "Riyadh gave Yemen's internationally recognised government a grant of 500 million dollars on Wednesday to help pay public salaries.",
        [("AID", "SAU", "YEM")],
        "2024-07-25",
    ),
    # dev-0312
    (
        "Beijing dispatched a rescue team and emergency supplies to Myanmar on Saturday after a powerful earthquake struck near Mandalay.",
        [("AID", "CHN", "MMR")],
        "2025-03-30",
    ),
    # dev-0314
    pytest.param(
        "The first F-16 fighter jets supplied by Copenhagen and The Hague have arrived in Ukraine, Volodymyr Zelensky said on Sunday.",
        [("AID", "DNK", "UKR"), ("AID", "NLD", "UKR")],
        "2024-08-05",
        marks=_x(
            "'The Hague' is not a metonym for the Dutch government (it also stands for the international courts)"
        ),
    ),
    # dev-0315
    pytest.param(
        "Benjamin Netanyahu's war cabinet agreed on Friday to allow two tankers of fuel a day into Gaza at the Biden administration's request, reversing its earlier refusal.",
        [(("CONCEDE", "RETREAT"), "ISR", "USA"), ("REQUEST", "USA", "ISR", "opt")],
        "2023-11-18",
        marks=_x(
            "the original record fails the same way: 'agreed to allow ... at X's request' is coded as an agreement, not a concession"
        ),
    ),
    # dev-0316
    (
        "Troops from Nairobi and Mogadishu conducted a joint operation against al-Shabaab hideouts in the Boni forest near the border last week.",
        [("COOPERATE", "KEN", "SOM"), ("ASSAULT", "KEN", "SOM", "opt")],
        "2024-09-24",
    ),
    # wire-0003
    (
        "London broke off diplomatic relations with Buenos Aires on Saturday and ordered a naval task force to sail for the South Atlantic to retake the islands.",
        [("SANCTION", "GBR", "ARG"), ("MOBILIZE", "GBR", None), ("MOBILIZE", "GBR", "ARG", "opt")],
        "1982-04-05",
    ),
    # wire-0010
    (
        "The U.S. and Soviet leaders opened two days of talks in Reykjavik on Saturday, with arms control and human rights at the top of the agenda.",
        [("CONSULT", "USA", "RUS")],
        "1986-10-12",
    ),
    # wire-0013
    (
        "The 15-nation Security Council on Monday unanimously demanded an immediate ceasefire in the seven-year-old war between Tehran and Baghdad and called on both countries to withdraw their forces to internationally recognised borders.",
        [("REQUEST", "IGO", "IRN"), ("REQUEST", "IGO", "IRQ")],
        "1987-07-21",
    ),
    # wire-0014
    pytest.param(
        "The U.N. Security Council on Monday demanded an immediate ceasefire in the Gulf war between Iran and Iraq. The Iraqi government said on Wednesday it was ready to abide by the resolution as long as Iran did the same.",
        [
            ("AGREE", "IRQ", "IGO"),
            ("REQUEST", "IGO", "IRN", "opt"),
            ("REQUEST", "IGO", "IRQ", "opt"),
        ],
        "1987-07-23",
    ),
    # wire-0021
    (
        "Washington acknowledged on Sunday that the cruiser USS Vincennes had shot down an Iran Air airliner over the Gulf, killing all 290 people on board, after mistaking it for an attacking F-14 fighter.",
        [("CONCEDE", "USA", "IRN"), ("ASSAULT", "USA", "IRN")],
        "1988-07-05",
    ),
    # wire-0022
    (
        "Tehran told the U.N. chief in a letter on Monday that it accepted Security Council Resolution 598, which calls for an immediate ceasefire in its eight-year war with Iraq.",
        [(("AGREE", "CONCEDE"), "IRN", "IGO")],
        "1988-07-19",
    ),
    # wire-0029
    pytest.param(
        "Washington's embassy in Beijing has given refuge to Chinese dissident Fang Lizhi and his wife, American officials said on Tuesday, a move the Chinese leadership denounced as interference in its internal affairs.",
        [("AID", "USA", "CHN"), ("ACCUSE", "CHN", "USA", "opt")],
        "1989-06-07",
        marks=_x("the original record fails the same way: 'a move X denounced' gets no target"),
    ),
    # wire-0036
    (
        "General Manuel Noriega, Panama's ousted strongman, surrendered to American forces on Wednesday night after ten days inside the Vatican's embassy in Panama City and was flown to Miami to face drug-trafficking charges.",
        [(("CONCEDE", "RETREAT"), "PAN", "USA"), ("COERCE", "USA", "PAN", "opt")],
        "1990-01-04",
    ),
    # wire-0040
    (
        "Saddam Hussein's troops and tanks invaded Kuwait before dawn on Thursday and seized the emir's palace and government buildings in Kuwait City, residents said by telephone.",
        [("ASSAULT", "IRQ", "KWT"), (("COERCE", "ASSAULT"), "IRQ", "KWT")],
        "1990-08-03",
    ),
    # wire-0042
    (
        "The Security Council imposed a sweeping trade and financial embargo on Saddam Hussein's government on Monday and repeated its demand that Iraqi forces pull out of Kuwait unconditionally.",
        [("SANCTION", "IGO", "IRQ"), ("REQUEST", "IGO", "IRQ")],
        "1990-08-07",
    ),
    # wire-0045
    (
        "Beijing and Jerusalem established full diplomatic relations on Friday as David Levy, Israel's foreign minister, paid the first visit to the Chinese capital by a senior Israeli official.",
        [("SUPPORT", "CHN", "ISR"), ("SUPPORT", "ISR", "CHN", "opt"), ("CONSULT", "ISR", "CHN")],
        "1992-01-25",
    ),
    # wire-0061
    (
        "Bill Clinton announced on Tuesday that Washington would normalise relations with Hanoi, more than 20 years after the end of the Vietnam War.",
        [(("AGREE", "SUPPORT"), "USA", "VNM")],
        "1995-07-12",
    ),
    # wire-0083
    (
        "Ankara warned Damascus on Saturday that it would take military action unless the Syrian government stopped sheltering Kurdish rebel leader Abdullah Ocalan and shut down the training camps of his Kurdistan Workers Party.",
        [("THREATEN", "TUR", "SYR"), ("REQUEST", "TUR", "SYR", "opt")],
        "1998-10-04",
    ),
    # wire-0088
    (
        "Bill Clinton telephoned Boris Yeltsin on Saturday and urged the Kremlin to keep pressing Slobodan Milosevic's government to accept NATO's conditions for ending the air campaign, the White House said.",
        [("CONSULT", "USA", "RUS"), ("REQUEST", "USA", "RUS"), ("REQUEST", "USA", "SRB", "opt")],
        "1999-05-23",
    ),
    # wire-0104
    (
        "Afghanistan's Taliban rulers rejected Washington's demand on Friday to hand over Osama bin Laden, saying the Bush administration had offered no evidence that he was behind the attacks on New York and Washington.",
        [("REJECT", "AFG", "USA"), ("REQUEST", "USA", "AFG", "opt")],
        "2001-09-22",
    ),
    # wire-0119
    pytest.param(
        "Tokyo lodged a formal protest with Beijing on Sunday and demanded an apology after thousands of demonstrators in the Chinese capital hurled stones and bottles at the Japanese embassy on Saturday.",
        [
            ("ACCUSE", "JPN", "CHN"),
            ("REQUEST", "JPN", "CHN"),
            (("PROTEST", "ASSAULT"), "CHN", "JPN"),
        ],
        "2005-04-11",
        marks=_x(
            "the original record fails the same way: 'demonstrators in <city> hurled stones at the embassy' is not coded"
        ),
    ),
    # wire-0122
    (
        "Moscow said on Tuesday it would cut off natural gas supplies to Ukraine on January 1 unless the Ukrainian government agreed to pay a price more than four times higher than it pays now.",
        [("THREATEN", "RUS", "UKR")],
        "2005-12-28",
    ),
    # wire-0138
    pytest.param(
        "Dmitry Medvedev agreed to a six-point plan for ending the war in Georgia on Tuesday after talks in the Kremlin with Nicolas Sarkozy, who then flew to Tbilisi to seek the Georgian leadership's approval.",
        [("AGREE", "RUS", "FRA"), ("CONSULT", "FRA", "RUS"), ("CONSULT", "FRA", "GEO")],
        "2008-08-13",
        marks=_x(
            "the original record fails the same way: 'agreed to a plan after talks with X' codes the plan's subject as the target"
        ),
    ),
    # wire-0143
    pytest.param(
        "The International Criminal Court issued an arrest warrant on Wednesday for Sudanese President Omar al-Bashir. Bashir's government responded within hours by expelling at least ten foreign aid agencies from Darfur, including Oxfam and Medecins Sans Frontieres, accusing them of passing information to the court.",
        [
            ("SANCTION", "SDN", "NGO"),
            ("ACCUSE", "SDN", "NGO"),
            (("ACCUSE", "COERCE"), "IGO", "SDN", "opt"),
        ],
        "2009-03-05",
        marks=_x(
            "the original record fails the same way: the context sentence's arrest warrant 'for Sudanese President Omar al-Bashir' gets no target"
        ),
    ),
    # wire-0156
    (
        "Moscow and Beijing vetoed a U.N. Security Council resolution on Saturday that backed an Arab League plan calling on Bashar al-Assad to hand over power.",
        [("REJECT", "RUS", "IGO"), ("REJECT", "CHN", "IGO")],
        "2012-02-05",
    ),
    # wire-0172
    pytest.param(
        "Riyadh, Cairo, Abu Dhabi and Manama cut diplomatic ties with Doha on Monday, accusing the Qatari government of supporting terrorism, while Ankara said it stood by its Gulf ally.",
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
        marks=_x(
            "'stood by its Gulf ally': a possessed relational noun is not resolved to the ally named earlier"
        ),
    ),
    # wire-0175
    (
        "Donald Trump pulled the United States out of the 2015 nuclear deal with Tehran on Tuesday and said he would reimpose the highest level of economic sanctions on the Islamic Republic.",
        [("SANCTION", "USA", "IRN"), (("THREATEN", "SANCTION"), "USA", "IRN")],
        "2018-05-09",
    ),
    # wire-0177
    pytest.param(
        "Pyongyang said on Friday it was still willing to sit down with Washington at any time, a day after Donald Trump called off his planned summit with the North Korean leader.",
        [("AGREE", "PRK", "USA"), ("REJECT", "USA", "PRK")],
        "2018-05-26",
        marks=_x(
            "the original record fails the same way: 'called off his planned summit' is coded as a sanction, not a rejection"
        ),
    ),
    # wire-0178
    (
        "Ethiopia's prime minister arrived in the Eritrean capital on Sunday on the first visit by an Ethiopian leader to Eritrea in two decades and was greeted at the airport by Isaias Afwerki.",
        [("CONSULT", "ETH", "ERI")],
        "2018-07-09",
    ),
    # wire-0181
    pytest.param(
        "The IRGC shot down an American military surveillance drone over the Strait of Hormuz on Thursday, saying it had violated Iranian airspace, a charge the Pentagon denied.",
        [("ASSAULT", "IRN", "USA"), ("ACCUSE", "IRN", "USA", "opt"), ("REJECT", "USA", "IRN")],
        "2019-06-21",
        marks=_x("the original record fails the same way: 'a charge X denied' gets no target"),
    ),
    # wire-0185
    (
        "Yerevan declared martial law and a general mobilisation on Sunday, accusing Baku of launching an air and artillery attack on Nagorno-Karabakh.",
        [("MOBILIZE", "ARM", None), ("COERCE", "ARM", None), ("ACCUSE", "ARM", "AZE")],
        "2020-09-28",
    ),
    # wire-0187
    (
        "Alexei Navalny, the Kremlin's best-known critic, was detained by border police at Moscow's Sheremetyevo airport on Sunday evening, minutes after flying home from Germany, where he had been treated for nerve agent poisoning.",
        [("COERCE", "RUS", "RUS")],
        "2021-01-18",
    ),
    # wire-0188
    (
        "The Tatmadaw seized power on Monday, detaining Aung San Suu Kyi and other leaders of the ruling National League for Democracy in dawn raids.",
        [("COERCE", "MMR", None), ("COERCE", "MMR", "MMR")],
        "2021-02-02",
    ),
    # wire-0196
    (
        "The Ukrainian government accused Moscow's forces on Tuesday of blowing up the Kakhovka dam on the Dnipro river, while the Kremlin blamed shelling by Kyiv for the breach, which flooded dozens of villages downstream.",
        [("ACCUSE", "UKR", "RUS"), ("ACCUSE", "RUS", "UKR"), ("REJECT", "RUS", "UKR", "opt")],
        "2023-06-07",
    ),
    # wire-0197
    (
        "Wagner mercenaries seized military facilities in the southern city of Rostov-on-Don and advanced to within 200 km of Moscow. Yevgeny Prigozhin, the Wagner chief, called off the march on Saturday under a deal brokered by Belarus's president that lets him move to Belarus.",
        [
            ("RETREAT", "RUS", None),
            ("CONSULT", "BLR", "RUS"),
            ("AGREE", "RUS", None, "opt"),
            (("COERCE", "ASSAULT", "MOBILIZE"), "RUS", None, "opt"),
        ],
        "2023-06-25",
    ),
]

FIXES = [
    # "his country" after a speaker named by title, in a coordinated verb's clause
    (
        "Germany's defence minister toured the plant on Monday and said that his country would supply Ukraine with more air defence systems.",
        [(("AID", "COOPERATE", "AGREE"), "DEU", "UKR"), ("CONSULT", "DEU", None, "opt")],
        "2024-06-11",
    ),
    (
        "The Turkish foreign minister arrived in Baghdad on Tuesday and announced that his country would reopen its consulate in Mosul.",
        [("CONSULT", "TUR", "IRQ"), (("AGREE", "RETREAT", "COOPERATE"), "TUR", None, "opt")],
        "2024-04-02",
    ),
    # a government's people "in <capital or city>", one per coordinated place
    (
        "The governments in Vilnius, Riga and Tallinn expelled Russian diplomats on Thursday, accusing them of spying.",
        [
            ("SANCTION", "LTU", "RUS"),
            ("SANCTION", "LVA", "RUS"),
            ("SANCTION", "EST", "RUS"),
            ("ACCUSE", "LTU", "RUS", "opt"),
            ("ACCUSE", "LVA", "RUS", "opt"),
            ("ACCUSE", "EST", "RUS", "opt"),
        ],
        "2024-03-14",
    ),
    (
        "The authorities in Benghazi arrested two foreign journalists on Sunday.",
        [("COERCE", "LBY", None)],
        "2024-03-14",
    ),
    # ... but an embassy or diplomats in a capital are another state's
    (
        "Gunmen attacked the Turkish embassy in Kabul on Friday, killing a guard.",
        [("ASSAULT", None, "TUR"), ("ASSAULT", None, None, "opt")],
        "2024-03-14",
    ),
    # "a spokesman for <group or state>" speaks for it
    (
        "A spokesman for Hamas said Israel would bear full responsibility for the lives of the hostages.",
        [(("ACCUSE", "THREATEN"), "PSE", "ISR", "opt")],
        "2023-11-02",
    ),
    (
        "A spokeswoman for the Taliban government rejected the UN report as baseless on Tuesday.",
        [("REJECT", "AFG", "IGO")],
        "2024-07-10",
    ),
    # an apposition's post in a state beats a namesake in the dictionary
    (
        "Abdoulaye Diop, Mali's foreign minister, accused France of arming jihadists on Monday.",
        [("ACCUSE", "MLI", "FRA")],
        "2022-08-16",
    ),
    # "the envoy", "the minister": the one post of that kind named before
    (
        "Staffan de Mistura, the UN special envoy for Syria, arrived in Damascus on Sunday. The envoy urged the Syrian government to allow aid convoys into Aleppo.",
        [("CONSULT", "IGO", "SYR"), ("REQUEST", "IGO", "SYR")],
        "2016-09-04",
    ),
    (
        "Sergei Lavrov, Russia's foreign minister, arrived in Pyongyang on Wednesday. The minister praised North Korea's support for the war in Ukraine.",
        [("CONSULT", "RUS", "PRK", "opt"), ("SUPPORT", "RUS", "PRK")],
        "2023-10-19",
    ),
    # "the <capital>-led <IGO> alliance": the organisation, not its leader
    (
        "Kazakhstan asked the Moscow-led CSTO security bloc on Wednesday to send peacekeepers.",
        [("REQUEST", "KAZ", "IGO")],
        "2022-01-06",
    ),
    # "the <pact> with <state>" is that state's pact ("the Iran nuclear deal")
    (
        "Donald Trump withdrew the United States from the nuclear deal with Iran on Tuesday.",
        [("SANCTION", "USA", "IRN")],
        "2018-05-09",
    ),
    # "hit by missiles fired by X": one attack, X's
    (
        "A Greek-owned tanker was struck by two missiles fired by the Houthis in the Red Sea on Monday.",
        [("ASSAULT", "YEM", "GRC")],
        "2024-02-06",
    ),
    (
        "A Ukrainian patrol boat was hit by a missile fired by a Russian warplane near Odesa.",
        [("ASSAULT", "RUS", "UKR")],
        "2023-09-14",
    ),
    # "Brussels" as an actor is the European Union
    (
        "Brussels imposed sanctions on six Iranian officials on Monday over the crackdown on protesters.",
        [("SANCTION", "IGO", "IRN")],
        "2023-01-24",
    ),
]

NEGATIVES = [
    # dev-0054
    "Putin's spokesman declined to comment on the reports when asked by journalists on Monday.",
    # dev-0018
    "Critics say the Almaty format is little more than a photo opportunity for Yerevan and Baku, neither of which intends to compromise.",
    # dev-0031
    "If the truce between the Jewish state and Hezbollah collapses, aid agencies warn, hundreds of thousands of displaced Lebanese may be unable to return to their villages for months.",
    # dev-0051
    "Analysts say the North's provocations tend to intensify ahead of joint drills by Washington and Seoul.",
    # dev-0164
    "The ceasefire plan drawn up by the White House and the Elysee is widely seen as dead, and few diplomats in Beirut expect it to be revived before the US election.",
    # dev-0166
    "The Turkish and Russian presidents are expected to meet on the sidelines of the UN General Assembly in New York later this month.",
    # dev-0167
    pytest.param(
        "Should Belgrade recognise Pristina, Brussels would fast-track Serbia's accession talks, diplomats say.",
        marks=_x(
            "with 'Brussels' (not 'the EU') as subject, 'accession talks' under 'would' is coded as held"
        ),
    ),
    # dev-0245
    "The State Department plans to send a new special envoy to the Great Lakes region in the coming weeks.",
    # dev-0246
    "Armenia's and Azerbaijan's top diplomats will meet again in Geneva next month, officials said.",
    # dev-0249
    "Ansar Allah did not claim responsibility for the incident.",
    # dev-0250
    "Officials in Belgrade and Pristina declined to comment on the report.",
    # dev-0254
    "Kyiv's forces did not shell the town, the regional governor insisted.",
    # dev-0295
    "The Azerbaijani government has never formally responded to the proposal.",
    # dev-0299
    "Nikol Pashinyan's critics say the prime minister has given away too much to Aliyev.",
    # wire-0015
    "Tehran is widely expected to reject the resolution unless it names Baghdad as the aggressor, diplomats at the United Nations said.",
    # dev-0301
    "Analysts say New Delhi and Islamabad are unlikely to resume a formal dialogue any time soon.",
]


@pytest.mark.parametrize(("text", "expected", "pub"), CASES, ids=[_text(c)[:60] for c in CASES])
def test_actor_paraphrase_coded(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))


@pytest.mark.parametrize(
    "text", NEGATIVES, ids=[_text((t,) if isinstance(t, str) else t)[:60] for t in NEGATIVES]
)
def test_actor_paraphrase_negatives(code, text):
    events = countable(code(text, "2024-05-01"))
    assert not events, show(events)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_actor_paraphrase_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
