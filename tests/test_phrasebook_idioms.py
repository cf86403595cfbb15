# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Phrasebook of news idioms: each PLOVER type said the way wire copy often says it
("took to the streets", "threw its weight behind", "poured cold water on", "pulled the
plug on", "drew a red line", "sat down with", "slapped tariffs on", "rounded up" ...),
weighted towards CONCEDE, ACCUSE, RETREAT, SANCTION, SUPPORT, CONSULT, COERCE, REJECT,
REQUEST and THREATEN.

Every sentence was written for this file and annotated (type, source country, target
country) from shared/PLOVER.md and eval/README.md before the coder was run on it, with
actors right for the publication date. A type may be a tuple where PLOVER accepts more
than one reading. Target None: any target. Cases the coder still misses are strict
xfails with the reason.

Coverage (cases coded as annotated): CASES 79/108 on the first run, 103/108 after the
lexicon and coder fixes; CASES2 (written after those fixes) 28/68 -> 60/68; CASES3 16/36 ->
32/36. NEGATIVES 20/22 on the first run, all 56 now.

NEGATIVES use the same idioms in their literal or non-political sense (a stage, a
driveway, a traffic light, a radio) or in a plan/hypothetical, and must give no
countable event at all.
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
    # --- CONCEDE ---
    (
        "Hungary backed down in its row with the European Union over the Ukraine aid package on Thursday.",
        "CONCEDE",
        "HUN",
        None,
        "2024-02-02",
    ),
    (
        "Serbia gave in to pressure from Brussels and dropped its objection to Kosovo's licence plates.",
        "CONCEDE",
        "SRB",
        None,
        "2022-11-24",
    ),
    (
        "Under mounting pressure from protesters, the Georgian government caved in and shelved the foreign agents bill.",
        "CONCEDE",
        "GEO",
        None,
        "2023-03-10",
    ),
    (
        "Pakistan climbed down from its demand that India restore Kashmir's special status before any talks.",
        "CONCEDE",
        "PAK",
        "IND",
        "2024-05-01",
    ),
    (
        "Iran softened its stance on inspections of its nuclear sites after talks with the IAEA chief.",
        "CONCEDE",
        "IRN",
        None,
        "2024-05-08",
    ),
    (
        "Israel eased restrictions on aid entering Gaza after a tense phone call with Washington.",
        "CONCEDE",
        "ISR",
        None,
        "2024-04-05",
    ),
    (
        "Israel made a rare apology to Egypt after one of its tanks fired on an Egyptian border post.",
        "CONCEDE",
        "ISR",
        "EGY",
        "2023-10-23",
    ),
    (
        "Armenia bowed to Azerbaijani demands and agreed to hand back four villages in the Tavush region.",
        "CONCEDE",
        "ARM",
        "AZE",
        "2024-04-20",
    ),
    (
        "Kenya's President William Ruto relented on Wednesday and withdrew the finance bill after days of deadly protests.",
        "CONCEDE",
        "KEN",
        None,
        "2024-06-27",
    ),
    # --- ACCUSE ---
    (
        "Warsaw slammed Minsk on Tuesday for pushing migrants across the border.",
        "ACCUSE",
        "POL",
        "BLR",
        "2024-05-01",
    ),
    (
        "Turkey lashed out at Sweden after a copy of the Koran was burned outside a Stockholm mosque.",
        "ACCUSE",
        "TUR",
        "SWE",
        "2023-07-01",
    ),
    (
        "The Philippines hit out at China over the use of water cannon near Scarborough Shoal.",
        "ACCUSE",
        "PHL",
        "CHN",
        "2024-05-01",
    ),
    (
        "Moscow pointed the finger at Kyiv for the drone attack on the Kremlin.",
        "ACCUSE",
        "RUS",
        "UKR",
        "2023-05-04",
    ),
    (
        "Armenia's foreign ministry took aim at Baku over its claims to so-called Western Azerbaijan.",
        "ACCUSE",
        "ARM",
        "AZE",
        "2024-05-01",
    ),
    (
        "India tore into Pakistan at the UN General Assembly, calling it a safe haven for terrorists.",
        "ACCUSE",
        "IND",
        "PAK",
        "2023-09-27",
    ),
    (
        "Beijing blasted Washington's decision to sell more weapons to Taiwan.",
        "ACCUSE",
        "CHN",
        "USA",
        "2024-05-01",
    ),
    (
        "Ukraine's foreign ministry called out Hungary for holding up military aid from the European Union.",
        "ACCUSE",
        "UKR",
        "HUN",
        "2024-05-01",
    ),
    (
        "The European Union took Beijing to task over its treatment of the Uyghurs.",
        "ACCUSE",
        "IGO",
        "CHN",
        "2024-05-01",
    ),
    # --- RETREAT ---
    (
        "Russian troops pulled back from positions north of Kyiv on Wednesday.",
        "RETREAT",
        "RUS",
        None,
        "2022-03-31",
    ),
    (
        "Dozens of ELN fighters laid down their arms in western Colombia.",
        "RETREAT",
        "COL",
        None,
        "2024-05-01",
    ),
    (
        "Indian and Chinese troops stood down from their standoff at Depsang in eastern Ladakh.",
        "RETREAT",
        "IND",
        None,
        "2024-10-30",
    ),
    (
        "Azerbaijan handed back 32 Armenian servicemen at the border on Wednesday.",
        "RETREAT",
        "AZE",
        "ARM",
        "2023-12-14",
    ),
    (
        "The Israeli army pulled out of Khan Younis on Sunday after a four-month offensive.",
        "RETREAT",
        "ISR",
        None,
        "2024-04-08",
    ),
    (
        "Serbia scaled back its military presence along the boundary with Kosovo.",
        "RETREAT",
        "SRB",
        None,
        "2023-10-03",
    ),
    (
        "Haiti's prime minister Ariel Henry stepped aside on Monday under pressure from Caribbean leaders.",
        "RETREAT",
        "HTI",
        None,
        "2024-03-12",
    ),
    (
        "Russia rolled back its forces from the west bank of the Dnipro in Kherson.",
        "RETREAT",
        "RUS",
        None,
        "2022-11-10",
    ),
    (
        "Hamas set free two elderly Israeli women held in Gaza.",
        "RETREAT",
        "PSE",
        "ISR",
        "2023-10-24",
    ),
    # --- SANCTION ---
    (
        "Washington froze the assets of two Iranian drone makers on Thursday.",
        "SANCTION",
        "USA",
        "IRN",
        "2024-05-01",
    ),
    (
        "The European Union slapped tariffs on Chinese electric vehicles.",
        "SANCTION",
        "IGO",
        "CHN",
        "2024-07-05",
    ),
    (
        "Niger pulled the plug on its military cooperation with the United States.",
        "SANCTION",
        "NER",
        "USA",
        "2024-03-18",
    ),
    (
        "Britain blacklisted three Russian banks over the war in Ukraine.",
        "SANCTION",
        "GBR",
        "RUS",
        "2024-05-01",
    ),
    (
        "Burkina Faso kicked out three French diplomats accused of subversive activities.",
        "SANCTION",
        "BFA",
        "FRA",
        "2024-04-19",
    ),
    (
        "Israel recalled its ambassador from Turkey for consultations.",
        "SANCTION",
        "ISR",
        "TUR",
        "2023-10-29",
    ),
    (
        "Armenia froze its participation in the Russian-led CSTO military alliance.",
        "SANCTION",
        "ARM",
        "IGO",
        "2024-02-24",
    ),
    (
        "Ankara slapped an embargo on all trade with Israel on Thursday.",
        "SANCTION",
        "TUR",
        "ISR",
        "2024-05-03",
    ),
    (
        "Washington put a Chinese chipmaker on its trade blacklist.",
        "SANCTION",
        "USA",
        "CHN",
        "2024-05-01",
    ),
    pytest.param(
        "A Moscow court put opposition politician Vladimir Kara-Murza behind bars for 25 years.",
        "SANCTION",
        "RUS",
        None,
        "2023-04-17",
        marks=_x(
            "a court jailing someone is COERCE arrest by this project's convention ('A court in Baku jailed a journalist', test_phrasebook_conflict); PLOVER's court sentence is SANCTION convict"
        ),
    ),
    # --- SUPPORT ---
    (
        "Germany threw its weight behind Ukraine's bid to join the European Union.",
        "SUPPORT",
        "DEU",
        "UKR",
        "2024-05-01",
    ),
    (
        "France came out in support of Armenia's territorial integrity.",
        "SUPPORT",
        "FRA",
        "ARM",
        "2024-05-01",
    ),
    (
        "Russian Foreign Minister Sergei Lavrov heaped praise on China's position on the Ukraine conflict.",
        "SUPPORT",
        "RUS",
        "CHN",
        "2024-05-01",
    ),
    (
        "The European Union rallied behind Moldova as it faced mounting pressure from Russia.",
        "SUPPORT",
        "IGO",
        "MDA",
        "2024-05-01",
    ),
    (
        "Japan applauded the Philippines for standing firm in the South China Sea.",
        "SUPPORT",
        "JPN",
        "PHL",
        "2024-05-01",
    ),
    ("Baku hailed Ankara as its most loyal ally.", "SUPPORT", "AZE", "TUR", "2024-05-01"),
    (
        "The Israeli war cabinet gave the green light to an Egyptian proposal for a truce.",
        ("SUPPORT", "AGREE"),
        "ISR",
        "EGY",
        "2024-05-01",
    ),
    (
        "Spain formally recognised the State of Palestine on Tuesday.",
        "SUPPORT",
        "ESP",
        "PSE",
        "2024-05-29",
    ),
    (
        "Kazakhstan lent its support to the peace talks between Armenia and Azerbaijan.",
        "SUPPORT",
        "KAZ",
        None,
        "2024-05-01",
    ),
    # --- CONSULT ---
    (
        "Secretary of State Antony Blinken sat down with Chinese Foreign Minister Wang Yi in Beijing on Friday.",
        "CONSULT",
        "USA",
        "CHN",
        "2024-04-27",
    ),
    (
        "Turkish President Recep Tayyip Erdogan held a phone call with Vladimir Putin on Tuesday.",
        "CONSULT",
        "TUR",
        "RUS",
        "2024-05-01",
    ),
    (
        "Annalena Baerbock touched base with her Armenian counterpart Ararat Mirzoyan by phone.",
        "CONSULT",
        "DEU",
        "ARM",
        "2024-05-01",
    ),
    (
        "Pashinyan and Aliyev met on the sidelines of the Munich Security Conference.",
        "CONSULT",
        "ARM",
        "AZE",
        "2024-02-18",
    ),
    (
        "Kazakhstan played host to the Armenian and Azerbaijani foreign ministers in Almaty.",
        "CONSULT",
        "KAZ",
        None,
        "2024-05-11",
    ),
    (
        "Lavrov flew into Pyongyang on Wednesday for talks with North Korean officials.",
        "CONSULT",
        "RUS",
        "PRK",
        "2023-10-19",
    ),
    (
        "Indian Prime Minister Narendra Modi rolled out the red carpet for Sheikh Hasina in New Delhi.",
        "CONSULT",
        "IND",
        "BGD",
        "2024-06-22",
    ),
    (
        "Mirzoyan and Bayramov sat down for a fresh round of talks in Almaty.",
        "CONSULT",
        "ARM",
        "AZE",
        "2024-05-11",
    ),
    (
        "Qatari mediators shuttled between Israeli and Hamas negotiators in Doha.",
        "CONSULT",
        "QAT",
        None,
        "2024-05-01",
    ),
    # --- COERCE ---
    (
        "Belarusian police rounded up dozens of opposition activists in Minsk.",
        "COERCE",
        "BLR",
        "BLR",
        "2024-05-01",
    ),
    (
        "Georgian riot police cracked down on protesters outside parliament in Tbilisi.",
        ("COERCE", "ASSAULT"),
        "GEO",
        "GEO",
        "2024-05-01",
    ),
    (
        "Russia's security service took an American reporter into custody in Yekaterinburg.",
        "COERCE",
        "RUS",
        "USA",
        "2023-03-31",
    ),
    (
        "Iran impounded a Portuguese-flagged container ship near the Strait of Hormuz.",
        "COERCE",
        "IRN",
        None,
        "2024-04-14",
    ),
    (
        "Pakistan kicked out thousands of undocumented Afghans this week.",
        "COERCE",
        "PAK",
        "AFG",
        "2023-11-05",
    ),
    (
        "The Taliban slapped a ban on Afghan women working for the United Nations.",
        "COERCE",
        "AFG",
        None,
        "2023-04-05",
    ),
    pytest.param(
        "Nicaragua stripped 94 government critics of their citizenship.",
        "COERCE",
        "NIC",
        "NIC",
        "2023-02-16",
        marks=_x(
            "'government critics' get no country; a state's own critics should take the state's"
        ),
    ),
    (
        "Serbian police placed three Kosovo police officers under arrest near the boundary.",
        "COERCE",
        "SRB",
        "XKX",
        "2023-06-15",
    ),
    (
        "Israel's government shut down the local offices of Al Jazeera on Sunday.",
        "COERCE",
        "ISR",
        None,
        "2024-05-06",
    ),
    # --- REJECT ---
    (
        "Hamas turned down Israel's latest truce proposal on Monday.",
        "REJECT",
        "PSE",
        "ISR",
        "2024-05-01",
    ),
    ("Moscow poured cold water on Zelensky's peace formula.", "REJECT", "RUS", "UKR", "2024-05-01"),
    ("Kyiv ruled out ceding any territory to Russia.", "REJECT", "UKR", "RUS", "2024-05-01"),
    (
        "Baku brushed off Yerevan's call for international monitors on the border.",
        "REJECT",
        "AZE",
        "ARM",
        "2024-05-01",
    ),
    (
        "The Israeli delegation walked out of the ceasefire talks in Doha.",
        ("REJECT", "SANCTION"),
        "ISR",
        None,
        "2024-05-01",
    ),
    (
        "Hungary dug in its heels over Sweden's bid to join NATO.",
        "REJECT",
        "HUN",
        "SWE",
        "2024-01-20",
    ),
    (
        "The junta in Niamey defied the ECOWAS ultimatum to reinstate President Mohamed Bazoum.",
        "REJECT",
        "NER",
        "IGO",
        "2023-08-07",
    ),
    (
        "China shrugged off the tribunal's ruling on the South China Sea.",
        "REJECT",
        "CHN",
        None,
        "2016-07-13",
    ),
    (
        "Serbia said no to the European plan for normalising relations with Kosovo.",
        "REJECT",
        "SRB",
        None,
        "2023-01-25",
    ),
    # --- REQUEST ---
    (
        "Zelensky called for more air defence systems from Ukraine's Western allies.",
        "REQUEST",
        "UKR",
        None,
        "2024-05-01",
    ),
    ("Washington pressed Israel to let more aid into Gaza.", "REQUEST", "USA", "ISR", "2024-05-01"),
    (
        "Germany leaned on Azerbaijan to return to the negotiating table.",
        "REQUEST",
        "DEU",
        "AZE",
        "2024-05-01",
    ),
    (
        "Ukraine pushed for faster delivery of the F-16 jets promised by its allies.",
        "REQUEST",
        "UKR",
        None,
        "2024-05-01",
    ),
    (
        "The European Union ratcheted up pressure on Georgia to withdraw the foreign agents law.",
        ("REQUEST", "COERCE", "THREATEN"),
        "IGO",
        "GEO",
        "2024-05-20",
    ),
    (
        "Iraq asked for US-led coalition forces to leave the country.",
        "REQUEST",
        "IRQ",
        "USA",
        "2024-01-06",
    ),
    (
        "Hamas insisted on a full Israeli withdrawal from Gaza as the price of any deal.",
        "REQUEST",
        "PSE",
        "ISR",
        "2024-05-01",
    ),
    (
        "Armenia's prime minister made a plea to the European Union for more civilian monitors.",
        "REQUEST",
        "ARM",
        "IGO",
        "2024-05-01",
    ),
    pytest.param(
        "Yerevan put forward a proposal for the mutual withdrawal of troops from the border.",
        ("AGREE", "REQUEST"),
        "ARM",
        None,
        "2024-05-01",
        marks=_x(
            "a proposal put forward is left uncoded (tests/test_events.py, 'Egypt put forward a proposal ...'); PLOVER reads it as AGREE"
        ),
    ),
    # --- THREATEN ---
    (
        "Turkey drew a red line over any Kurdish state in northern Syria.",
        "THREATEN",
        "TUR",
        None,
        "2024-05-01",
    ),
    (
        "Iran vowed revenge on Israel for the strike on its consulate in Damascus.",
        "THREATEN",
        "IRN",
        "ISR",
        "2024-04-02",
    ),
    (
        "The European Union held out the threat of sanctions against Georgia.",
        "THREATEN",
        "IGO",
        "GEO",
        "2024-05-20",
    ),
    pytest.param(
        "North Korea said it would turn Seoul into a sea of fire.",
        "THREATEN",
        "PRK",
        "KOR",
        "2024-05-01",
        marks=_x(
            "a threat said as a figurative act ('turn Seoul into a sea of fire') has no threat word"
        ),
    ),
    (
        "Russia issued an ultimatum to Moldova over the status of Transnistria.",
        "THREATEN",
        "RUS",
        "MDA",
        "2024-05-01",
    ),
    (
        "Azerbaijan warned Armenia that it would pay a heavy price for any provocation.",
        "THREATEN",
        "AZE",
        "ARM",
        "2024-05-01",
    ),
    (
        "China rattled its sabre at Taiwan after the inauguration of President Lai Ching-te.",
        "THREATEN",
        "CHN",
        "TWN",
        "2024-05-21",
    ),
    (
        "Beijing served notice on Manila that it would not tolerate further incursions at the shoal.",
        "THREATEN",
        "CHN",
        "PHL",
        "2024-05-01",
    ),
    # --- AGREE ---
    (
        "Armenia and Azerbaijan inked a deal on a first section of their border.",
        "AGREE",
        "ARM",
        "AZE",
        "2024-04-20",
    ),
    (
        "Ukraine and Russia signed off on a grain corridor deal brokered by Turkey.",
        "AGREE",
        "UKR",
        "RUS",
        "2022-07-23",
    ),
    (
        "Serbia and Kosovo shook hands on a deal to normalise relations in Ohrid.",
        "AGREE",
        "SRB",
        "XKX",
        "2023-03-19",
    ),
    # --- COOPERATE ---
    ("Armenia teamed up with France on air defence.", "COOPERATE", "ARM", "FRA", "2024-05-01"),
    (
        "Seoul and Tokyo pooled intelligence on North Korean missile launches.",
        "COOPERATE",
        "KOR",
        "JPN",
        "2024-05-01",
    ),
    (
        "Washington and Manila stepped up military cooperation in the South China Sea.",
        "COOPERATE",
        "USA",
        "PHL",
        "2024-05-01",
    ),
    # --- AID ---
    (
        "Berlin chipped in 500 million euros in humanitarian aid for Ukraine.",
        "AID",
        "DEU",
        "UKR",
        "2024-05-01",
    ),
    (
        "Saudi Arabia bailed out Pakistan with a $2 billion deposit.",
        "AID",
        "SAU",
        "PAK",
        "2023-07-12",
    ),
    (
        "US military planes dropped food parcels over Gaza on Saturday.",
        "AID",
        "USA",
        "PSE",
        "2024-03-03",
    ),
    # --- PROTEST ---
    (
        "Thousands of Armenians took to the streets of Yerevan to protest the border deal.",
        "PROTEST",
        "ARM",
        None,
        "2024-05-10",
    ),
    (
        "Polish farmers mounted a blockade at the Ukrainian border crossing of Dorohusk.",
        "PROTEST",
        "POL",
        None,
        "2024-02-20",
    ),
    (
        "Georgian opposition supporters rallied outside parliament in Tbilisi.",
        "PROTEST",
        "GEO",
        None,
        "2024-05-01",
    ),
    # --- MOBILIZE ---
    ("Russia massed troops on Ukraine's border.", "MOBILIZE", "RUS", None, "2022-01-20"),
    (
        "Serbia put its army on high alert near the boundary with Kosovo.",
        "MOBILIZE",
        "SRB",
        None,
        "2022-12-27",
    ),
    (
        "China flexed its military muscle with war games around Taiwan.",
        "MOBILIZE",
        "CHN",
        None,
        "2024-05-24",
    ),
    # --- ASSAULT ---
    (
        "Russian forces pounded Kharkiv with glide bombs overnight.",
        "ASSAULT",
        "RUS",
        "UKR",
        "2024-05-01",
    ),
    (
        "Israeli jets hammered targets in southern Lebanon on Monday.",
        "ASSAULT",
        "ISR",
        "LBN",
        "2024-05-01",
    ),
    (
        "Ukrainian drones struck an oil refinery deep inside Russia.",
        "ASSAULT",
        "UKR",
        "RUS",
        "2024-05-01",
    ),
]

# A second round, written and annotated (like CASES) before the coder was run on it, after
# the lexicon had learnt the first round's misses: its first pass rate measures how far the
# fixes generalise to idioms they were not written for.
CASES2 = [
    # --- CONCEDE ---
    (
        "Hungary dropped its veto on the EU's aid package for Ukraine on Thursday.",
        "CONCEDE",
        "HUN",
        None,
        "2024-02-02",
    ),
    (
        "Warsaw did a U-turn on its ban on Ukrainian grain imports.",
        "CONCEDE",
        "POL",
        None,
        "2024-05-01",
    ),
    (
        "Israel bowed to US pressure and reopened the Erez crossing into northern Gaza.",
        "CONCEDE",
        "ISR",
        "USA",
        "2024-05-01",
    ),
    (
        "Ankara watered down its demands on Sweden over its NATO bid.",
        "CONCEDE",
        "TUR",
        "SWE",
        "2023-07-11",
    ),
    (
        "Yerevan met Baku halfway on the wording of the peace treaty.",
        "CONCEDE",
        "ARM",
        "AZE",
        "2024-05-01",
    ),
    (
        "Tehran softened its tone toward Riyadh after the two sides restored ties.",
        "CONCEDE",
        "IRN",
        "SAU",
        "2023-04-10",
    ),
    # --- ACCUSE ---
    (
        "Baku levelled accusations at Paris of stirring unrest in New Caledonia.",
        "ACCUSE",
        "AZE",
        "FRA",
        "2024-05-17",
    ),
    (
        "Beijing took a swipe at Washington over its curbs on chip exports.",
        "ACCUSE",
        "CHN",
        "USA",
        "2024-05-01",
    ),
    (
        "Moscow cried foul over the seizure of its frozen central bank assets.",
        "ACCUSE",
        "RUS",
        None,
        "2024-05-01",
    ),
    (
        "India hauled in Canada's top diplomat in New Delhi over the allegations.",
        ("ACCUSE", "SANCTION"),
        "IND",
        "CAN",
        "2023-09-19",
    ),
    (
        "The EU's foreign policy chief Josep Borrell excoriated Russia over the death of Alexei Navalny.",
        "ACCUSE",
        "IGO",
        "RUS",
        "2024-02-17",
    ),
    (
        "Pashinyan railed against the CSTO for failing to defend Armenia.",
        "ACCUSE",
        "ARM",
        "IGO",
        "2024-05-01",
    ),
    (
        "Seoul rapped Tokyo over its claims to the Dokdo islets.",
        "ACCUSE",
        "KOR",
        "JPN",
        "2024-05-01",
    ),
    # --- RETREAT ---
    (
        "Russian forces beat a retreat from the west bank of the Dnipro.",
        "RETREAT",
        "RUS",
        None,
        "2022-11-12",
    ),
    (
        "Azerbaijan let ten Armenian detainees go on Thursday.",
        "RETREAT",
        "AZE",
        "ARM",
        "2024-05-01",
    ),
    (
        "M23 rebels vacated the town of Rubaya under the truce.",
        "RETREAT",
        "COD",
        None,
        "2024-05-01",
    ),
    (
        "Bangladesh's Prime Minister Sheikh Hasina quit and fled the country.",
        "RETREAT",
        "BGD",
        None,
        "2024-08-06",
    ),
    (
        "Hundreds of Houthi fighters gave up their weapons in Marib.",
        "RETREAT",
        "YEM",
        None,
        "2024-05-01",
    ),
    pytest.param(
        "Russian peacekeepers packed up and left Nagorno-Karabakh.",
        "RETREAT",
        "RUS",
        None,
        "2024-06-12",
        marks=_x("'leave' is never a trigger, even with forces leaving a territory"),
    ),
    # --- SANCTION ---
    (
        "Canada booted out an Indian diplomat over the killing of a Sikh leader.",
        "SANCTION",
        "CAN",
        "IND",
        "2023-09-19",
    ),
    (
        "Moscow declared two Estonian diplomats persona non grata.",
        "SANCTION",
        "RUS",
        "EST",
        "2024-05-01",
    ),
    (
        "The EU hit Iran with fresh sanctions over its drone exports.",
        "SANCTION",
        "IGO",
        "IRN",
        "2024-05-01",
    ),
    ("Turkey cut off all trade with Israel.", "SANCTION", "TUR", "ISR", "2024-05-03"),
    ("Mali tore up its defence agreements with France.", "SANCTION", "MLI", "FRA", "2022-05-03"),
    (
        "Armenia downgraded its ties with the Russian-led alliance.",
        "SANCTION",
        "ARM",
        None,
        "2024-05-01",
    ),
    (
        "Washington slapped visa bans on Georgian officials over the foreign agents law.",
        "SANCTION",
        "USA",
        "GEO",
        "2024-05-24",
    ),
    # --- SUPPORT ---
    ("Paris voiced its backing for Yerevan's peace agenda.", "SUPPORT", "FRA", "ARM", "2024-05-01"),
    (
        "Moscow stood shoulder to shoulder with Tehran after the Israeli strike.",
        "SUPPORT",
        "RUS",
        "IRN",
        "2024-04-20",
    ),
    (
        "Biden reaffirmed America's ironclad commitment to the Philippines.",
        "SUPPORT",
        "USA",
        "PHL",
        "2024-04-12",
    ),
    ("Poland championed Ukraine's bid to join NATO.", "SUPPORT", "POL", "UKR", "2024-05-01"),
    pytest.param(
        "Ankara went to bat for Baku at the OSCE.",
        "SUPPORT",
        "TUR",
        "AZE",
        "2024-05-01",
        marks=_x("'went to bat for' is not in the lexicon (rare)"),
    ),
    (
        "Beijing closed ranks with Moscow at the UN Security Council.",
        "SUPPORT",
        "CHN",
        "RUS",
        "2024-05-01",
    ),
    # --- CONSULT ---
    ("Macron got on the phone with Putin on Sunday.", "CONSULT", "FRA", "RUS", "2022-05-04"),
    ("Blinken paid a visit to Kyiv on Tuesday.", "CONSULT", "USA", "UKR", "2024-05-16"),
    (
        "Lavrov held a round of consultations with Chinese diplomats in Beijing.",
        "CONSULT",
        "RUS",
        "CHN",
        "2024-04-10",
    ),
    (
        "Armenian and Azerbaijani negotiators huddled in Almaty on Friday.",
        "CONSULT",
        "ARM",
        "AZE",
        "2024-05-11",
    ),
    pytest.param(
        "Blinken dropped in on Netanyahu in Jerusalem.",
        "CONSULT",
        "USA",
        "ISR",
        "2024-05-01",
        marks=_x("'drop in on' is not in the lexicon ('exports dropped in value')"),
    ),
    (
        "Xi Jinping rubbed shoulders with Putin at the summit in Astana.",
        "CONSULT",
        "CHN",
        "RUS",
        "2024-07-04",
    ),
    # --- COERCE ---
    ("Police hauled in dozens of protesters in Tbilisi.", "COERCE", "GEO", "GEO", "2024-05-01"),
    ("Azerbaijan clamped down on independent journalists.", "COERCE", "AZE", "AZE", "2024-05-01"),
    pytest.param(
        "Russia's FSB picked up a dual US-Russian citizen in Yekaterinburg.",
        "COERCE",
        "RUS",
        None,
        "2024-05-01",
        marks=_x("'pick up' is not in the lexicon ('picked up the phone / speed')"),
    ),
    (
        "Tajik authorities locked up a dozen opposition activists.",
        "COERCE",
        "TJK",
        "TJK",
        "2024-05-01",
    ),
    (
        "Iran's Revolutionary Guards commandeered a tanker in the Gulf of Oman.",
        "COERCE",
        "IRN",
        None,
        "2024-01-11",
    ),
    (
        "Burkina Faso's junta pulled the French broadcaster RFI off the air.",
        "COERCE",
        "BFA",
        "FRA",
        "2022-12-04",
    ),
    # --- REJECT ---
    ("Hamas balked at Israel's terms for a truce.", "REJECT", "PSE", "ISR", "2024-05-01"),
    pytest.param(
        "Hungary stood in the way of the EU's aid package for Ukraine.",
        "REJECT",
        "HUN",
        "IGO",
        "2024-01-20",
        marks=_x("target taken from 'for Ukraine', not the EU whose package it is"),
    ),
    (
        "Aliyev stayed away from the Granada summit.",
        "REJECT",
        "AZE",
        None,
        "2023-10-05",
    ),
    ("Niger's junta shut the door on talks with ECOWAS.", "REJECT", "NER", "IGO", "2023-08-07"),
    (
        "Moscow gave short shrift to the Swiss peace conference.",
        "REJECT",
        "RUS",
        None,
        "2024-05-01",
    ),
    (
        "Kyiv threw out a Russian proposal for a Christmas truce.",
        "REJECT",
        "UKR",
        "RUS",
        "2023-01-06",
    ),
    # --- REQUEST ---
    ("Kyiv begged its allies for more Patriot systems.", "REQUEST", "UKR", None, "2024-05-01"),
    (
        "Yerevan sought assurances from Baku that it would not attack.",
        "REQUEST",
        "ARM",
        "AZE",
        "2024-05-01",
    ),
    (
        "Pashinyan made an appeal to Moscow for help under the CSTO treaty.",
        "REQUEST",
        "ARM",
        "RUS",
        "2022-09-14",
    ),
    ("Zelensky renewed his plea for more air defence.", "REQUEST", "UKR", None, "2024-05-01"),
    (
        "Baku lobbied Washington to lift its restrictions on aid to Azerbaijan.",
        "REQUEST",
        "AZE",
        "USA",
        "2024-05-01",
    ),
    ("The EU told Georgia to scrap the foreign agents law.", "REQUEST", "IGO", "GEO", "2024-05-20"),
    # --- THREATEN ---
    (
        "Israel warned Hezbollah it would send Lebanon back to the Stone Age.",
        "THREATEN",
        "ISR",
        "LBN",
        "2024-05-01",
    ),
    (
        "Washington dangled the threat of sanctions over Tbilisi.",
        "THREATEN",
        "USA",
        "GEO",
        "2024-05-20",
    ),
    pytest.param(
        "Pyongyang raised the spectre of nuclear war on the peninsula.",
        "THREATEN",
        "PRK",
        None,
        "2024-05-01",
        marks=_x("'raise the spectre of' is not in the lexicon (often said by analysts)"),
    ),
    (
        "Baku put Yerevan on notice over its arms purchases from France.",
        "THREATEN",
        "AZE",
        "ARM",
        "2024-05-01",
    ),
    ("Ankara issued a veiled threat against Athens.", "THREATEN", "TUR", "GRC", "2024-05-01"),
    ("Hezbollah promised Israel a painful response.", "THREATEN", "LBN", "ISR", "2024-05-01"),
    # --- others ---
    ("Georgian miners downed tools in Chiatura.", "PROTEST", "GEO", None, "2024-05-01"),
    (
        "Russia beefed up its forces along the Finnish border.",
        "MOBILIZE",
        "RUS",
        None,
        "2024-05-01",
    ),
    ("Russian forces rained missiles on Kyiv overnight.", "ASSAULT", "RUS", "UKR", "2024-05-01"),
    ("Washington rushed ammunition to Israel.", "AID", "USA", "ISR", "2023-10-12"),
    (
        "Armenia and Azerbaijan sealed a deal on their border in Tavush.",
        "AGREE",
        "ARM",
        "AZE",
        "2024-04-20",
    ),
    (
        "Russia and North Korea forged a military partnership.",
        ("COOPERATE", "AGREE"),
        "RUS",
        "PRK",
        "2024-06-20",
    ),
]

# A third round, written and annotated before running, after the second round's fixes.
CASES3 = [
    # --- CONCEDE ---
    (
        "Seoul backpedalled on its plan to cap rice imports from Vietnam.",
        "CONCEDE",
        "KOR",
        None,
        "2024-05-01",
    ),
    (
        "Israel gave ground on the Philadelphi corridor in the Cairo talks.",
        "CONCEDE",
        "ISR",
        None,
        "2024-05-01",
    ),
    ("Ankara lifted its objections to Sweden joining NATO.", "CONCEDE", "TUR", "SWE", "2023-07-11"),
    (
        "Belgrade yielded to pressure from Brussels and scrapped the new entry rules for Kosovo.",
        "CONCEDE",
        "SRB",
        None,
        "2022-08-28",
    ),
    # --- ACCUSE ---
    (
        "Kyiv lambasted Budapest over its veto of military aid.",
        "ACCUSE",
        "UKR",
        "HUN",
        "2024-05-01",
    ),
    (
        "Moscow heaped scorn on the Western peace plan for Ukraine.",
        "ACCUSE",
        "RUS",
        None,
        "2024-05-01",
    ),
    (
        "The EU pilloried Minsk for forcing down a Ryanair flight.",
        "ACCUSE",
        "IGO",
        "BLR",
        "2021-05-24",
    ),
    (
        "Georgia's ruling party bashed the US ambassador over her comments on the law.",
        "ACCUSE",
        "GEO",
        "USA",
        "2024-05-01",
    ),
    # --- RETREAT ---
    ("Russian troops fell back to the outskirts of Bakhmut.", "RETREAT", "RUS", None, "2023-05-20"),
    (
        "The rebels gave up the town of Rubaya after heavy fighting.",
        "RETREAT",
        "COD",
        None,
        "2024-05-01",
    ),
    (
        "Armenia ceded four villages to Azerbaijan under the border deal.",
        ("RETREAT", "CONCEDE"),
        "ARM",
        "AZE",
        "2024-05-25",
    ),
    # --- SANCTION ---
    ("Lithuania sent the Russian ambassador packing.", "SANCTION", "LTU", "RUS", "2022-04-05"),
    pytest.param(
        "China imposed curbs on exports of gallium to the United States.",
        "SANCTION",
        "CHN",
        "USA",
        "2023-07-04",
        marks=_x(
            "'imposed curbs/restrictions' is COERCE restrict in this lexicon; export curbs aimed at a state read as SANCTION"
        ),
    ),
    ("Ukraine broke off diplomatic relations with Russia.", "SANCTION", "UKR", "RUS", "2022-02-25"),
    (
        "Ecuador's neighbours froze out its government after the raid on Mexico's embassy.",
        "SANCTION",
        None,
        "ECU",
        "2024-04-10",
    ),
    # --- SUPPORT ---
    (
        "Beijing gave its blessing to the deal between Riyadh and Tehran.",
        "SUPPORT",
        "CHN",
        None,
        "2023-03-11",
    ),
    (
        "Berlin threw its support behind the EU monitoring mission in Armenia.",
        "SUPPORT",
        "DEU",
        None,
        "2024-05-01",
    ),
    (
        "Paris pledged its solidarity with Chisinau in the face of Russian pressure.",
        "SUPPORT",
        "FRA",
        "MDA",
        "2024-05-01",
    ),
    pytest.param(
        "Washington went out on a limb for Kyiv at the Security Council.",
        "SUPPORT",
        "USA",
        "UKR",
        "2024-05-01",
        marks=_x("'went out on a limb for' is not in the lexicon (rare)"),
    ),
    # --- CONSULT ---
    (
        "The two foreign ministers compared notes in Brussels on Monday.",
        "CONSULT",
        None,
        None,
        "2024-05-01",
    ),
    pytest.param(
        "Macron reached out to Putin by phone on Friday.",
        "CONSULT",
        "FRA",
        "RUS",
        "2022-03-12",
        marks=_x(
            "'reach out to' is left out: mostly 'reached out to voters/victims', no consultation"
        ),
    ),
    ("Baerbock made a whistle-stop visit to Yerevan.", "CONSULT", "DEU", "ARM", "2024-05-01"),
    (
        "Pashinyan sat across the table from Aliyev in Munich.",
        "CONSULT",
        "ARM",
        "AZE",
        "2024-02-18",
    ),
    # --- COERCE ---
    ("Baku muzzled independent media outlets ahead of COP29.", "COERCE", "AZE", None, "2024-05-01"),
    (
        "Kyrgyz authorities threw an investigative journalist behind bars.",
        "COERCE",
        "KGZ",
        None,
        "2024-05-01",
    ),
    (
        "Moscow slapped a travel ban on 500 American officials.",
        ("SANCTION", "COERCE"),
        "RUS",
        "USA",
        "2023-05-20",
    ),
    # --- REJECT ---
    (
        "Armenia stonewalled on Baku's demand for a corridor through its territory.",
        "REJECT",
        "ARM",
        "AZE",
        "2024-05-01",
    ),
    pytest.param(
        "Hungary held out against the EU's aid package for Ukraine.",
        "REJECT",
        "HUN",
        None,
        "2024-01-20",
        marks=_x("'held out against' is not in the lexicon ('hostages held against their will')"),
    ),
    (
        "Tehran dismissed Washington's offer of talks out of hand.",
        "REJECT",
        "IRN",
        "USA",
        "2024-05-01",
    ),
    (
        "Serbia refused to budge on its refusal to recognise Kosovo.",
        "REJECT",
        "SRB",
        "XKX",
        "2024-05-01",
    ),
    # --- REQUEST ---
    (
        "Kyiv pleaded with its allies for more artillery shells.",
        "REQUEST",
        "UKR",
        None,
        "2024-05-01",
    ),
    ("Washington prodded Beijing to rein in Pyongyang.", "REQUEST", "USA", "CHN", "2024-05-01"),
    (
        "Zelensky pushed Washington to approve the stalled aid package.",
        "REQUEST",
        "UKR",
        "USA",
        "2024-03-01",
    ),
    # --- THREATEN ---
    (
        "Moscow brandished the threat of nuclear retaliation against the West.",
        "THREATEN",
        "RUS",
        None,
        "2024-05-01",
    ),
    (
        "Tehran vowed a crushing response to any Israeli attack.",
        "THREATEN",
        "IRN",
        "ISR",
        "2024-04-15",
    ),
    ("Baku gave Yerevan an ultimatum over the enclaves.", "THREATEN", "AZE", "ARM", "2024-05-01"),
]

# Idioms added to the lexicon while fixing the phrasebook, in other sentences (written
# after the fix, so kept apart from CASES, whose pass rate is the coverage measure).
RULE_CASES = [
    ("Washington nudged Israel to let more aid into Gaza.", "REQUEST", "USA", "ISR", "2024-05-01"),
    (
        "Russia's foreign minister stayed away from the OSCE meeting in Skopje.",
        "REJECT",
        "RUS",
        None,
        "2023-11-30",
    ),
    ("Hamas let ten Thai hostages go on Friday.", "RETREAT", "PSE", None, "2023-11-25"),
    ("Turkey persuaded Russia to release the grain ships.", "RETREAT", "RUS", None, "2024-05-01"),
    (
        "China rolled back restrictions on imports of Australian barley.",
        "CONCEDE",
        "CHN",
        None,
        "2023-08-05",
    ),
    ("The Pentagon drew down its troops in Niger.", "RETREAT", "USA", None, "2024-07-08"),
    (
        "Washington put pressure on Cairo to open the Rafah crossing.",
        "REQUEST",
        "USA",
        "EGY",
        "2024-05-01",
    ),
    (
        "Russia pulled the plug on talks with Ukraine over shipping in the Black Sea.",
        "SANCTION",
        "RUS",
        "UKR",
        "2024-05-01",
    ),
    (
        "The Kremlin rounded on Armenia for freezing its CSTO membership.",
        "ACCUSE",
        "RUS",
        "ARM",
        "2024-05-01",
    ),
    (
        "Serbia scaled back its troops along the Kosovo boundary.",
        "RETREAT",
        "SRB",
        None,
        "2023-10-03",
    ),
    ("The IMF bailed out Sri Lanka with a $3 billion loan.", "AID", "IGO", "LKA", "2023-03-21"),
]

# The same idioms in their literal or non-political sense, or not reported as done:
# no countable event at all.
NEGATIVES = [
    "The band took to the stage in Yerevan on Saturday night.",
    "Thousands of fans took to the streets of Buenos Aires to celebrate the World Cup win.",
    "The driver backed down the driveway and into the road.",
    "The green light at the junction stayed on for only ten seconds.",
    "She turned down the volume on the radio.",
    "The coach slammed the door on his way out of the stadium.",
    "The chef poured cold water on the hot pan.",
    "Engineers pulled the plug on the old server after the upgrade.",
    "The company rolled back the price increase after complaints from customers.",
    "Farmers rounded up their cattle before the storm.",
    "The striker laid down a marker with two goals in the first half.",
    "The president sat down with his grandchildren for dinner on Christmas Eve.",
    "Red lines were painted on the road near the border crossing.",
    "The crowd called for an encore at the end of the concert.",
    "The storm hammered the coast of Bangladesh on Sunday.",
    "The opposition could take to the streets if the vote is rigged, analysts said.",
    "The government is expected to put forward a proposal on pensions next month.",
    "The sprinter blasted out of the blocks to win the race.",
    "Residents pressed the button to call the lift.",
    "The lake froze over in January and the ferry stood down for the winter.",
    "Shoppers threw their weight behind the stuck door to force it open.",
    "The horses backed down the ramp of the trailer.",
    # literal senses of the idioms the lexicon learnt from this file
    "The company pulled the plug on the project after heavy losses.",
    "The artist drew a red line across the canvas.",
    "The children drew red lines on the pavement with chalk.",
    "Rescue workers tore into the rubble with their bare hands.",
    "The teams shook hands on the pitch before kick-off.",
    "The waiter served notice that the kitchen would close at ten.",
    "The stallholders teamed up to sell their produce at the market.",
    "Visitors dropped parcels at the post office.",
    "The striker rounded on the referee after the final whistle.",
    "The team played host to Real Madrid at the weekend.",
    "Doctors said the swelling put pressure on his spine.",
    "The hotel rolled out the red carpet for the film stars.",
    "The couple dug in their heels in the sand.",
    "The army scaled back the wall of the fortress.",
    "Fans in Rome took to the streets in celebration after the final.",
    "Fishermen hauled in a record catch of tuna.",
    "The kitchen staff threw out the leftover food.",
    "The boxer took a swipe at his rival in the second round.",
    "The plumber hit the pipe with a hammer.",
    "The guard shut the door on the late visitors.",
    "A fallen tree stood in the way of the rescue teams.",
    "He gave up his weapons collection to a museum.",
    # what a future or negated persuasion would bring about is not done
    "France sent England packing in the quarter-final.",
    "The hikers fell back behind the group.",
    "Shoppers compared notes on prices.",
    "The minister leaned on the railing to watch the parade.",
    "Georgian protesters pushed the barriers aside to reach parliament.",
    "Tourists stayed away from the beach after the storm.",
    "The teacher let the children go home early.",
    "The new coach took a hard line over discipline in the squad.",
    "The driver made a U-turn at the junction.",
    "The bus did a U-turn on the narrow road.",
    "Sanctions alone will not persuade Iran to give up its missiles, diplomats said.",
    "Only more pressure will convince Hamas to free the hostages, the minister said.",
]


@pytest.mark.parametrize(
    ("text", "types", "src", "tgt", "pub"),
    CASES + CASES2 + CASES3 + RULE_CASES,
    ids=[_text(c)[:60] for c in CASES + CASES2 + CASES3 + RULE_CASES],
)
def test_idioms_coded(code, text, types, src, tgt, pub):
    events = code(text, pub)
    assert counted(events, types, src, tgt), show(events)


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:60] for t in NEGATIVES])
def test_idioms_negatives(code, text):
    events = countable(code(text, "2024-05-01"))
    assert not events, show(events)
