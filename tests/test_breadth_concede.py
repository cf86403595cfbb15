# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Breadth of CONCEDE, RETREAT and SANCTION as international wire copy words them,
with their confusables (REJECT, REQUEST, THREATEN, COERCE, AGREE).

Every sentence was written for this file and annotated (types, source country, target
country per event) from shared/PLOVER.md, the CAMEO2PLOVER table and eval/README.md
before the coder was run on it. The records cover the CAMEO sub-categories that map to
the three types: yield, ease restrictions or bans, accede to demands for reform or a
change of leadership, apologise (CONCEDE); release persons, return property, ease
sanctions, a blockade or a curfew, allow access (aid, inspectors, peacekeepers), declare
a ceasefire, demobilise or disarm, retreat or surrender, hand over territory, withdraw
troops, resign (RETREAT); break or reduce relations, recall an ambassador, expel
diplomats, peacekeepers or aid agencies, halt talks or mediation, stop aid, freeze
assets, embargoes, boycotts, bans on trade, leave an organisation, convict (SANCTION).
About half the records are set in 1990-2015, half in 2016-2025; about half have no
publication date (undated feeds), and then only actors whose state the sentence itself
names get a country. Armed groups take the country where they fight. A record passes
when every expected event is coded (any of its types, both countries; target None: any
target) and no other countable event is coded; "opt" events may or may not be coded.
NEGATIVES must give no countable event.

Coverage, as a measure of generalisation: 63/108 records passed on the first run (53/95
CASES, 10/13 NEGATIVES), before any fix made for this file. The 42 failing CASES by
cause: no event 6, another type coded 8, a wrong country 7, a side left null 2, an
extra countable event (the expected ones all coded) 19. The 3 failing NEGATIVES coded a
nominal ("Japan's wartime apologies", "Russia's withdrawal from Kherson was ...") or a
negated concession as a refusal. After the first run three annotations were revised to
the convention the dev set already follows, that protests named in "after 18 days of
mass protests" are coded for the protesters (now "opt"), and one offensive "that has
killed more than 100 people" was added as an optional ASSAULT; the first-run count above
is of the annotations as first written.

After the general fixes: 84/108 (73/95 CASES, 11/13 NEGATIVES; 3 of the 21 gains come from
the annotation revision above, not from code); the 24 left are strict
xfails with their cause (by cause: no event 1, another type 2, a wrong country 7, a side
left null 2, an extra event 9, a parse error 1, and the 2 NEGATIVES). FIXES (22
records) and the last NEGATIVE were written after the fixes, one or two new sentences
per cause fixed.
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
    # ================= RETREAT =================
    # --- withdraw troops ---
    (
        "Serbian forces began pulling out of Kosovo on Thursday under the terms of the military agreement signed with NATO commanders in Kumanovo.",
        [("RETREAT", "SRB", None)],
        "1999-06-11",
    ),
    (
        "Israeli troops completed their withdrawal from the Gaza Strip on Monday, ending 38 years of military occupation.",
        [("RETREAT", "ISR", "PSE")],
        "2005-09-13",
    ),
    (
        "Israel pulled its last troops out of southern Lebanon before dawn, ending a 22-year occupation of the border strip.",
        [("RETREAT", "ISR", "LBN")],
        None,
    ),
    (
        "The last U.S. combat troops rolled across the border into Kuwait on Sunday, completing the American withdrawal from Iraq nearly nine years after the invasion.",
        [("RETREAT", "USA", "IRQ")],
        "2011-12-19",
    ),
    pytest.param(
        "The last American military flights left Kabul airport shortly before midnight, ending the United States' 20-year war in Afghanistan, the Pentagon said.",
        [("RETREAT", "USA", "AFG")],
        None,
        marks=_x(
            "no event: 'the last flights left X' (aircraft, not named forces, leaving) is not read as a withdrawal"
        ),
    ),
    pytest.param(
        "Russian Defence Minister Sergei Shoigu ordered his troops on Wednesday to withdraw from the west bank of the Dnipro river, including the city of Kherson.",
        [("RETREAT", "RUS", "UKR")],
        "2022-11-10",
        marks=_x(
            "wrong country: 'the west bank of the Dnipro river' resolves to Russia (the river); 'including the city of Kherson' is not used"
        ),
    ),
    (
        "Russian peacekeepers have begun leaving Nagorno-Karabakh, the Kremlin confirmed on Wednesday.",
        [("RETREAT", "RUS", "AZE")],
        "2024-04-18",
    ),
    pytest.param(
        "Chechen rebels retreated from Grozny under cover of darkness after weeks of Russian bombardment, losing hundreds of men in a minefield as they fled.",
        [("RETREAT", "RUS", None), ("ASSAULT", "RUS", "RUS", "opt")],
        None,
        marks=_x(
            "null side: the optional 'weeks of Russian bombardment' gets no target (Grozny is not carried over)"
        ),
    ),
    # --- hand over territory ---
    (
        "Israel handed control of the West Bank town of Jericho to Palestinian security forces on Wednesday, the first of five towns to be transferred under the Sharm el-Sheikh understandings.",
        [("RETREAT", "ISR", "PSE")],
        "2005-03-17",
    ),
    pytest.param(
        "Britain handed Hong Kong back to China at midnight, ending 156 years of colonial rule.",
        [("RETREAT", "GBR", "CHN")],
        None,
        marks=_x(
            "wrong country: 'handed X back to Y' targets the territory handed (HKG), not the state it goes to"
        ),
    ),
    (
        "Armenia agreed on Friday to return four border villages in the Tavush region to Azerbaijan, the two countries' border commissions said.",
        [(("AGREE", "RETREAT"), "ARM", "AZE")],
        "2024-04-20",
    ),
    # --- ceasefire ---
    (
        "Sri Lanka's Tamil Tiger rebels declared a month-long unilateral ceasefire starting on Christmas Eve, a rebel statement said.",
        [("RETREAT", "LKA", None)],
        None,
    ),
    (
        "Israel and Hamas agreed on Tuesday to an open-ended ceasefire brokered by Egypt, ending seven weeks of fighting in Gaza.",
        [(("AGREE", "RETREAT"), "ISR", "PSE"), ("CONSULT", "EGY", None)],
        "2014-08-27",
    ),
    pytest.param(
        "A ceasefire between Israel and Hezbollah took effect at 4 a.m. on Wednesday after U.S. and French mediators secured a deal to end more than a year of fighting.",
        [
            (("RETREAT", "AGREE"), "ISR", "LBN"),
            (("RETREAT", "AGREE"), "LBN", "ISR", "opt"),
            ("CONSULT", "USA", None, "opt"),
            ("CONSULT", "FRA", None, "opt"),
        ],
        "2024-11-28",
        marks=_x(
            "extra: 'mediators secured a deal' is coded AGREE between the mediators (USA, FRA)"
        ),
    ),
    (
        "India and Pakistan agreed to a full and immediate ceasefire on Saturday after four days of cross-border strikes, officials in both countries said.",
        [(("AGREE", "RETREAT"), "IND", "PAK")],
        "2025-05-11",
    ),
    # --- disarm / demobilise ---
    (
        "The Irish Republican Army has put all its weapons beyond use, the head of the international decommissioning body said on Monday.",
        [("RETREAT", "GBR", None)],
        "2005-09-27",
    ),
    (
        "More than 1,400 fighters of Colombia's AUC paramilitary group laid down their arms at a ceremony in the northern province of Cordoba.",
        [("RETREAT", "COL", None)],
        None,
    ),
    (
        "FARC rebels handed over the last of their weapons to United Nations monitors on Tuesday, completing the disarmament required by the peace deal.",
        [("RETREAT", "COL", None)],
        "2017-06-28",
    ),
    (
        "About 30 PKK fighters burned their weapons at a ceremony in northern Iraq on Friday, a symbolic first step in the militant group's disarmament.",
        [("RETREAT", "TUR", None)],
        "2025-07-12",
    ),
    # --- release persons / return property ---
    (
        "Iraq began releasing hundreds of Western hostages on Monday after President Saddam Hussein announced they were free to leave.",
        [("RETREAT", "IRQ", None)],
        "1990-12-11",
    ),
    (
        "Hamas freed Israeli soldier Gilad Shalit on Tuesday after more than five years in captivity, and Israel began releasing the first 477 of 1,027 Palestinian prisoners under the swap.",
        [("RETREAT", "PSE", "ISR"), ("RETREAT", "ISR", "PSE")],
        "2011-10-19",
    ),
    pytest.param(
        "Myanmar's military government freed pro-democracy leader Aung San Suu Kyi from house arrest on Saturday, days after an election her party boycotted.",
        [("RETREAT", "MMR", "MMR")],
        "2010-11-14",
        marks=_x(
            "extra: a relative clause inside a time phrase ('days after an election her party boycotted') is coded as news"
        ),
    ),
    pytest.param(
        "Azerbaijan freed 32 Armenian servicemen and Armenia released two Azerbaijani soldiers on Wednesday in an exchange agreed the previous week.",
        [("RETREAT", "AZE", "ARM"), ("RETREAT", "ARM", "AZE")],
        "2023-12-14",
        marks=_x(
            "parse: 'X freed N Armenian servicemen and Armenia released ...' is parsed as one clause whose subject is 'servicemen and Armenia'"
        ),
    ),
    (
        "A Serbian court ordered the release of three Kosovo police officers detained near the border this month, their lawyer said on Monday.",
        [("RETREAT", "SRB", "XKX")],
        "2023-06-27",
    ),
    (
        "Hamas handed three Israeli hostages to the Red Cross in Gaza City on Sunday, the first to be freed under the ceasefire that took effect that morning.",
        [("RETREAT", "PSE", "ISR")],
        "2025-01-20",
    ),
    (
        "Belarusian President Alexander Lukashenko pardoned 18 people convicted of taking part in anti-government protests, his press service said.",
        [(("RETREAT", "CONCEDE"), "BLR", "BLR")],
        None,
    ),
    pytest.param(
        "Israel transferred withheld tax revenues to the Palestinian Authority after a months-long freeze, Palestinian officials said.",
        [(("RETREAT", "CONCEDE"), "ISR", "PSE")],
        None,
        marks=_x(
            "other type: 'withheld' as the object's adjective is coded COERCE; 'transferred ... revenues' is no RETREAT return"
        ),
    ),
    # --- allow access ---
    (
        "Iraq granted U.N. weapons inspectors access to one of Saddam Hussein's presidential palaces on Tuesday, the first such visit since 1998.",
        [("RETREAT", "IRQ", "IGO")],
        "2002-12-04",
    ),
    (
        "Syria's government allowed a U.N. aid convoy into the besieged town of Madaya on Monday, the first delivery there in three months.",
        [("RETREAT", "SYR", "IGO")],
        "2016-01-12",
    ),
    pytest.param(
        "Israel reopened the Kerem Shalom crossing into Gaza for aid deliveries on Sunday, bowing to U.S. pressure.",
        [(("RETREAT", "CONCEDE"), "ISR", "PSE")],
        "2023-12-18",
        marks=_x(
            "null side: 'reopened the X crossing into Gaza' takes the crossing as target, not the place it leads into"
        ),
    ),
    (
        "Iran allowed U.N. nuclear inspectors to install surveillance cameras at a centrifuge workshop in Isfahan, the IAEA said.",
        [("RETREAT", "IRN", "IGO")],
        None,
    ),
    (
        "Sudan's government lifted restrictions on aid workers travelling to Darfur, easing visa rules for humanitarian staff, the U.N. said.",
        [(("RETREAT", "CONCEDE"), "SDN", None)],
        None,
    ),
    # --- ease sanctions, blockade, curfew ---
    (
        "Washington lifted most of its remaining economic sanctions on Libya on Friday, rewarding Muammar Gaddafi's decision to give up weapons of mass destruction.",
        [(("RETREAT", "CONCEDE"), "USA", "LBY"), ("RETREAT", "LBY", None, "opt")],
        "2004-04-24",
    ),
    (
        "The United States and the European Union lifted nuclear-related sanctions on Iran on Saturday after the U.N. atomic watchdog confirmed that Tehran had met its commitments.",
        [
            (("RETREAT", "CONCEDE"), "USA", "IRN"),
            (("RETREAT", "CONCEDE"), "IGO", "IRN"),
            ("RETREAT", "IRN", None, "opt"),
        ],
        "2016-01-17",
    ),
    pytest.param(
        "The U.S. Treasury issued a six-month licence on Wednesday authorising transactions with Venezuela's oil and gas sector, easing sanctions after a deal on elections.",
        [(("RETREAT", "CONCEDE"), "USA", "VEN")],
        "2023-10-19",
        marks=_x(
            "wrong country: 'a licence authorising transactions with Venezuela's oil sector, easing sanctions': the easing gets the speaker's own country"
        ),
    ),
    (
        "Israel's security cabinet decided on Sunday to ease the land blockade of the Gaza Strip, allowing most civilian goods into the territory.",
        [(("RETREAT", "CONCEDE", "AGREE"), "ISR", "PSE")],
        "2010-06-21",
    ),
    (
        "Indian authorities lifted the curfew in most parts of Srinagar after a week of violent protests.",
        [(("RETREAT", "CONCEDE"), "IND", None), ("PROTEST", "IND", None, "opt")],
        None,
    ),
    (
        "Kazakh authorities lifted the curfew in Almaty, the country's largest city, after a week of deadly unrest.",
        [(("RETREAT", "CONCEDE"), "KAZ", None)],
        None,
    ),
    # --- resign ---
    (
        "Egyptian President Hosni Mubarak stepped down on Friday and handed power to the military after 18 days of mass protests, Vice President Omar Suleiman announced.",
        [(("RETREAT", "CONCEDE"), "EGY", None), ("PROTEST", "EGY", None, "opt")],
        "2011-02-12",
    ),
    (
        "Sri Lankan President Gotabaya Rajapaksa resigned on Thursday in an email sent from Singapore, where he had fled to escape mass protests.",
        [("RETREAT", "LKA", None)],
        "2022-07-15",
    ),
    # ================= CONCEDE =================
    # --- apologise / express regret ---
    (
        "Japanese Prime Minister Tomiichi Murayama offered a heartfelt apology for the suffering Japan caused its Asian neighbours during the war.",
        [("CONCEDE", "JPN", None)],
        None,
    ),
    (
        "Turkish President Tayyip Erdogan apologised to Russia for the downing of a Russian warplane near the Syrian border last year, the Kremlin said on Monday.",
        [("CONCEDE", "TUR", "RUS")],
        "2016-06-28",
    ),
    (
        "Israeli Prime Minister Benjamin Netanyahu apologised to Turkey in a phone call on Friday for the deaths of nine Turkish activists in the 2010 raid on a Gaza-bound aid flotilla.",
        [("CONCEDE", "ISR", "TUR"), ("CONSULT", "ISR", "TUR", "opt")],
        "2013-03-23",
    ),
    pytest.param(
        "Germany formally apologised to Namibia on Friday and acknowledged that its colonial troops had committed genocide against the Herero and Nama peoples.",
        [("CONCEDE", "DEU", "NAM")],
        "2021-05-29",
        marks=_x(
            "extra: the admitted act 'had committed genocide against ...' is coded (the dev set codes admitted acts) but with the victims' country as source"
        ),
    ),
    pytest.param(
        "Pope Francis begged forgiveness for the role of Catholic Church members in Canada's residential schools, where indigenous children were abused.",
        [("CONCEDE", "VAT", "CAN")],
        None,
        marks=_x(
            "wrong country: the apology's target is taken from 'the role of Catholic Church members' (VAT), not the country wronged"
        ),
    ),
    # --- ease restrictions / bans ---
    (
        "South African President F.W. de Klerk lifted a 30-year ban on the African National Congress on Friday and promised to free Nelson Mandela soon.",
        [("CONCEDE", "ZAF", "ZAF"), (("AGREE", "RETREAT"), "ZAF", "ZAF", "opt")],
        "1990-02-03",
    ),
    (
        "Saudi Arabia lifted its decades-old ban on women driving on Sunday.",
        [("CONCEDE", "SAU", None)],
        "2018-06-25",
    ),
    (
        "Myanmar's government relaxed censorship rules on the press, allowing private newspapers to publish without prior approval from the censors.",
        [("CONCEDE", "MMR", None)],
        None,
    ),
    # --- accede to demands (leadership, policy, institutions) ---
    (
        "Yemeni President Ali Abdullah Saleh signed a Gulf-brokered deal in Riyadh on Wednesday to hand power to his deputy after months of protests.",
        [(("AGREE", "CONCEDE", "RETREAT"), "YEM", None)],
        "2011-11-24",
    ),
    (
        "King Abdullah of Jordan dismissed his government on Tuesday, bowing to weeks of street protests demanding political reform.",
        [("CONCEDE", "JOR", None)],
        "2011-02-02",
    ),
    (
        "Kenyan President William Ruto withdrew a finance bill containing tax increases on Wednesday, a day after protesters stormed parliament.",
        [("CONCEDE", "KEN", None), ("PROTEST", "KEN", None, "opt")],
        "2024-06-27",
    ),
    (
        "Israeli Prime Minister Benjamin Netanyahu put his judicial overhaul on hold on Monday, bowing to mass protests and a general strike.",
        [("CONCEDE", "ISR", None)],
        "2023-03-28",
    ),
    (
        "Macedonia's parliament voted on Friday to rename the country North Macedonia, yielding to a long-standing Greek demand.",
        [("CONCEDE", "MKD", "GRC")],
        "2019-01-12",
    ),
    (
        "Hong Kong leader Carrie Lam formally withdrew the extradition bill that triggered months of mass protests, meeting one of the demonstrators' five demands.",
        [("CONCEDE", "HKG", None)],
        None,
    ),
    (
        "The Serbian government accepted the opposition's victory in Belgrade's municipal elections, yielding to 88 days of street demonstrations.",
        [("CONCEDE", "SRB", "SRB")],
        None,
    ),
    pytest.param(
        "Pakistan's military government gave in to pressure from Washington and allowed U.S. aircraft to use its airspace for strikes on Afghanistan.",
        [(("CONCEDE", "RETREAT"), "PAK", "USA")],
        None,
        marks=_x(
            "extra: a purpose phrase 'for strikes on Afghanistan' is coded as an ASSAULT that happened"
        ),
    ),
    # ================= SANCTION =================
    # --- embargo, sanctions, freeze assets, trade bans ---
    pytest.param(
        "The U.N. Security Council voted on Monday to impose a sweeping trade and financial embargo on Iraq in retaliation for its invasion of Kuwait.",
        [("SANCTION", "IGO", "IRQ")],
        "1990-08-07",
        marks=_x(
            "extra: the cause 'in retaliation for its invasion of Kuwait' is coded as a new ASSAULT"
        ),
    ),
    (
        "European Union foreign ministers agreed on Monday to ban imports of Iranian crude oil, tightening sanctions over Tehran's nuclear programme.",
        [("SANCTION", "IGO", "IRN"), ("AGREE", "IGO", None, "opt")],
        "2012-01-24",
    ),
    (
        "The European Union froze the assets of Ukraine's ousted president Viktor Yanukovich and 17 other officials on Thursday.",
        [("SANCTION", "IGO", "UKR")],
        "2014-03-07",
    ),
    (
        "Russia banned imports of meat, fish, dairy products and fruit from the United States and the European Union in retaliation for Western sanctions over Ukraine.",
        [("SANCTION", "RUS", "USA"), ("SANCTION", "RUS", "IGO")],
        None,
    ),
    (
        "Britain and the European Union slapped sanctions on Russia's central bank on Monday, cutting Moscow off from much of its foreign currency reserves.",
        [("SANCTION", "GBR", "RUS"), ("SANCTION", "IGO", "RUS")],
        "2022-03-01",
    ),
    pytest.param(
        "The U.S. Commerce Department added China's Huawei Technologies to its trade blacklist on Wednesday, barring it from buying American parts without government approval.",
        [("SANCTION", "USA", "CHN")],
        "2019-05-16",
        marks=_x(
            "other type: 'added X to its trade blacklist, barring it from buying ...' is coded COERCE (barring) and COOPERATE (buying)"
        ),
    ),
    (
        "Sanctions were imposed on Myanmar's military-controlled oil and gas enterprise by the European Union, cutting off a key source of revenue for the junta.",
        [("SANCTION", "IGO", "MMR")],
        None,
    ),
    (
        "U.S. sanctions on Iran's oil exports came back into force, and Washington warned buyers of Iranian crude that they would be punished.",
        [("SANCTION", "USA", "IRN"), ("THREATEN", "USA", None, "opt")],
        None,
    ),
    (
        "The State Department imposed visa restrictions on dozens of Georgian officials over a violent crackdown on protesters in Tbilisi.",
        [(("SANCTION", "COERCE"), "USA", "GEO")],
        None,
    ),
    # --- cut ties, recall ambassador, expel diplomats ---
    (
        "Britain expelled four Russian diplomats on Monday in a row over Moscow's refusal to extradite the main suspect in the murder of Alexander Litvinenko.",
        [("SANCTION", "GBR", "RUS"), ("REJECT", "RUS", "GBR", "opt")],
        "2007-07-17",
    ),
    (
        "Turkey recalled its ambassador from Israel on Monday in protest at the storming of a Gaza-bound aid flotilla by Israeli commandos.",
        [("SANCTION", "TUR", "ISR"), ("ASSAULT", "ISR", None, "opt")],
        "2010-06-01",
    ),
    (
        "Venezuelan President Hugo Chavez severed diplomatic ties with Colombia on Thursday after Bogota accused his government of harbouring leftist guerrillas.",
        [("SANCTION", "VEN", "COL"), ("ACCUSE", "COL", "VEN", "opt")],
        "2010-07-23",
    ),
    (
        "More than 20 countries, including the United States and Germany, expelled Russian diplomats on Monday in solidarity with Britain over the poisoning of a former spy in Salisbury.",
        [("SANCTION", "USA", "RUS"), ("SANCTION", "DEU", "RUS")],
        "2018-03-27",
    ),
    (
        "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut diplomatic ties with Qatar on Monday, accusing it of supporting terrorism.",
        [
            ("SANCTION", "SAU", "QAT"),
            ("SANCTION", "ARE", "QAT"),
            ("SANCTION", "BHR", "QAT"),
            ("SANCTION", "EGY", "QAT"),
            ("ACCUSE", "SAU", "QAT", "opt"),
            ("ACCUSE", "ARE", "QAT", "opt"),
            ("ACCUSE", "BHR", "QAT", "opt"),
            ("ACCUSE", "EGY", "QAT", "opt"),
        ],
        "2017-06-06",
    ),
    (
        "Bolivia broke off diplomatic relations with Israel over its military offensive in the Gaza Strip, a deputy foreign minister said.",
        [("SANCTION", "BOL", "ISR")],
        None,
    ),
    (
        "Azerbaijan declared two French diplomats persona non grata on Tuesday for activities incompatible with their status.",
        [("SANCTION", "AZE", "FRA")],
        "2023-12-27",
    ),
    # --- halt talks / mediation, leave treaties and organisations ---
    pytest.param(
        "Palestinian President Mahmoud Abbas suspended peace talks with Israel on Sunday in protest at an Israeli offensive in Gaza that has killed more than 100 people.",
        [("SANCTION", "PSE", "ISR"), ("ASSAULT", "ISR", "PSE", "opt")],
        "2008-03-03",
        marks=_x(
            "wrong country: 'an Israeli offensive in Gaza that has killed ...' takes Israel as its target"
        ),
    ),
    (
        "Qatar has suspended its role as a mediator in talks on a Gaza ceasefire and hostage release deal, a diplomatic source said on Saturday.",
        [("SANCTION", "QAT", None)],
        "2024-11-10",
    ),
    (
        "North Korea announced its withdrawal from the nuclear Non-Proliferation Treaty, saying it would no longer be bound by its safeguards agreement with the IAEA.",
        [("SANCTION", "PRK", None)],
        None,
    ),
    (
        "President Vladimir Putin said on Tuesday that Russia was suspending its participation in New START, the last remaining nuclear arms control treaty with the United States.",
        [("SANCTION", "RUS", "USA")],
        "2023-02-22",
    ),
    (
        "Armenia has frozen its participation in the Russian-led CSTO military alliance, Prime Minister Nikol Pashinyan said in an interview broadcast on Friday.",
        [("SANCTION", "ARM", "IGO")],
        "2024-02-24",
    ),
    (
        "The African Union suspended Niger from all its activities on Tuesday following last month's military coup.",
        [("SANCTION", "IGO", "NER")],
        "2023-08-23",
    ),
    # --- stop aid ---
    (
        "The United States is holding back about $800 million in military aid to Pakistan, the White House chief of staff said on Sunday.",
        [("SANCTION", "USA", "PAK")],
        "2011-07-11",
    ),
    pytest.param(
        "The United States paused funding for the U.N. agency for Palestinian refugees on Friday over Israeli allegations that some of its staff took part in the Oct. 7 attack.",
        [("SANCTION", "USA", "IGO"), ("ACCUSE", "ISR", "IGO", "opt")],
        "2024-01-27",
        marks=_x(
            "extra: 'the U.N. agency for Palestinian refugees' gives a second target (PSE) from the agency's own 'for' phrase"
        ),
    ),
    (
        "Washington froze nearly $9.5 billion in Afghan central bank reserves after the Taliban's takeover, a U.S. official said.",
        [("SANCTION", "USA", "AFG")],
        None,
    ),
    # --- expel peacekeepers, aid agencies ---
    pytest.param(
        "Eritrea ordered American, Canadian and European staff of the U.N. peacekeeping mission on its border with Ethiopia to leave the country within 10 days.",
        [("SANCTION", "ERI", "IGO")],
        None,
        marks=_x(
            "extra: 'American, Canadian and European staff of the U.N. mission' give their nationalities as targets besides the IGO"
        ),
    ),
    (
        "Sudan expelled 13 foreign aid agencies from Darfur on Wednesday, hours after the International Criminal Court issued an arrest warrant for President Omar al-Bashir.",
        [("SANCTION", "SDN", "NGO"), (("COERCE", "ACCUSE"), "IGO", "SDN", "opt")],
        "2009-03-05",
    ),
    # --- boycott ---
    (
        "The United States, Israel and several European countries boycotted a U.N. conference on racism that opened in Geneva on Monday.",
        [(("SANCTION", "PROTEST"), "USA", "IGO"), (("SANCTION", "PROTEST"), "ISR", "IGO", "opt")],
        "2009-04-21",
    ),
    # --- convict ---
    (
        "The U.N. war crimes tribunal in The Hague convicted Bosnian Serb general Radislav Krstic of genocide on Thursday for the Srebrenica massacre.",
        [("SANCTION", "IGO", "BIH")],
        "2001-08-03",
    ),
    # ================= confusables =================
    (
        "Russian President Dmitry Medvedev agreed on Monday to withdraw Russian troops from Georgia's heartland within a month after talks with French President Nicolas Sarkozy in Moscow.",
        [(("AGREE", "RETREAT"), "RUS", "GEO"), ("CONSULT", "RUS", "FRA")],
        "2008-09-09",
    ),
    (
        "Tehran refused to release a British-Iranian aid worker jailed on spying charges, despite repeated appeals from London.",
        [("REJECT", "IRN", None), ("REQUEST", "GBR", "IRN", "opt")],
        None,
    ),
    (
        "Hamas demanded the release of all Palestinian prisoners held in Israeli jails in exchange for the captured soldier.",
        [("REQUEST", "PSE", "ISR")],
        None,
    ),
    (
        "The European Union threatened on Friday to impose sanctions on Belarus if the government continued to crack down on protesters.",
        [("THREATEN", "IGO", "BLR")],
        "2020-08-15",
    ),
    (
        "Hungary blocked a new package of European Union sanctions against Russia on Monday, demanding exemptions for its energy imports.",
        [("REJECT", "HUN", "IGO"), ("REQUEST", "HUN", "IGO", "opt")],
        "2024-05-01",
    ),
    (
        "The Thai army imposed a nationwide curfew on Thursday after seizing power in a coup.",
        [("COERCE", "THA", None), (("COERCE", "ASSAULT"), "THA", "THA", "opt")],
        "2014-05-23",
    ),
    (
        "An Egyptian court banned the Muslim Brotherhood on Monday and ordered its assets seized.",
        [(("COERCE", "SANCTION"), "EGY", "EGY")],
        "2013-09-24",
    ),
    (
        "Israel rejected U.N. calls to withdraw its troops from five hilltop positions in southern Lebanon.",
        [("REJECT", "ISR", "IGO")],
        None,
    ),
    (
        "Washington rejected calls from Latin American governments to lift its trade embargo on Cuba.",
        [("REJECT", "USA", None)],
        None,
    ),
    (
        "The U.N. Security Council demanded that Israel allow unhindered humanitarian access to the Gaza Strip.",
        [("REQUEST", "IGO", "ISR")],
        None,
    ),
]

NEGATIVES = [
    "Sanctions alone will not force Moscow to change course, analysts said.",
    "The ceasefire has largely held since it took effect in November, despite sporadic violations by both sides.",
    "Israeli troops have not yet pulled out of five hilltop positions in southern Lebanon, Lebanese officials said.",
    "If Iran complies, Washington could ease some sanctions, a senior U.S. official said.",
    "Will Myanmar's generals free Aung San Suu Kyi before the election?",
    "The European Union is considering a ban on imports of Russian liquefied natural gas, diplomats said.",
    "Japan's wartime apologies remain a sore point in its relations with its neighbours.",
    "U.S. troops are due to leave Iraq by the end of 2011 under a security agreement signed in 2008.",
    "Talks on lifting the blockade are expected to resume next week in Cairo.",
    "Diplomats said it was unclear whether the arms embargo would be extended when it expires in June.",
    "Critics argue that the sanctions have hurt ordinary Iranians more than the country's leaders.",
    pytest.param(
        "Russia's withdrawal from Kherson was the third major retreat of the war, military analysts noted.",
        marks=_x(
            "a nominal withdrawal as the subject of a copula in analysis ('was the third major retreat') is coded"
        ),
    ),
    pytest.param(
        "Sri Lanka's government did not lift the state of emergency on Friday, despite pressure from the United Nations.",
        marks=_x(
            "'did not lift ... despite pressure from the UN' is coded a refusal (REJECT yield): arguable (CAMEO 1241), annotated as no event"
        ),
    ),
    # written after the fixes: an act named as the subject of "remain" is a lasting state
    "The 1995 apology remains the benchmark for Japan's statements on the war.",
]

# (text, [(types, source, target[, "opt"]), ...], pub date): one or two new sentences per
# cause fixed after the first run.
FIXES = [
    # money a state holds back (reserves, funds, funding, aid held back) is a sanction
    (
        "Britain froze about $2 billion in Libyan state funds held in London banks.",
        [("SANCTION", "GBR", "LBY")],
        None,
    ),
    (
        "The Dutch government is holding back development aid to Mali after the coup.",
        [("SANCTION", "NLD", "MLI")],
        None,
    ),
    ("Sweden paused its funding for UNRWA on Monday.", [("SANCTION", "SWE", "IGO")], "2024-03-05"),
    # asking forgiveness is an apology, not a request
    (
        "Japan's prime minister asked for forgiveness from South Korea for the wartime forced labour.",
        [("CONCEDE", "JPN", "KOR")],
        None,
    ),
    # accepting a defeat or the other side's victory concedes
    (
        "Ghana's ruling party accepted defeat in Saturday's presidential election on Sunday.",
        [("CONCEDE", "GHA", None)],
        "2024-12-10",
    ),
    # "handed X to Y" without "over": territory, control, captives
    (
        "Armenia handed control of four border villages to Azerbaijan on Friday.",
        [("RETREAT", "ARM", "AZE")],
        "2024-05-27",
    ),
    (
        "Houthi rebels handed 20 prisoners to the Red Cross in Sanaa on Sunday.",
        [("RETREAT", "YEM", None)],
        "2024-05-27",
    ),
    # a leader sacking his own cabinet rejects no one; "yielding to weeks of protests"
    # (a span of time holding the object) is the concession, and what it yields to is
    # its cause, not an event
    (
        "Jordan's King Abdullah dismissed the cabinet on Monday, yielding to weeks of protests over fuel price rises.",
        [("CONCEDE", "JOR", None)],
        None,
    ),
    (
        "Ecuador's government gave in to demands from indigenous protesters and scrapped a fuel subsidy cut.",
        [("CONCEDE", "ECU", None)],
        None,
    ),
    # an act someone is convicted of taking part in is history
    (
        "Iran freed two journalists accused of participation in the riots.",
        [("RETREAT", "IRN", None)],
        None,
    ),
    # a bloc's members agreeing to a sanction decide it: SANCTION, not a threat
    (
        "EU leaders agreed on Thursday to impose new sanctions on Belarus over the forced landing of a Ryanair jet.",
        [("SANCTION", "IGO", "BLR")],
        "2021-05-28",
    ),
    # leaving a treaty or an organisation, told with a noun, is SANCTION withdraw
    (
        "Burkina Faso announced its withdrawal from the International Criminal Court on Monday.",
        [("SANCTION", "BFA", "IGO")],
        "2025-09-23",
    ),
    (
        "Russia announced its withdrawal from the Treaty on Conventional Armed Forces in Europe.",
        [("SANCTION", "RUS", None)],
        None,
    ),
    # aid held back told as an amount of it is the one sanction, not also an AID
    (
        "The Netherlands froze $60 million in development aid to Rwanda on Friday.",
        [("SANCTION", "NLD", "RWA")],
        "2012-07-28",
    ),
    # talks a party pulls out of are what it leaves, not a new round of talks
    (
        "Egypt suspended its role as a mediator in talks between Hamas and Israel on Tuesday.",
        [("SANCTION", "EGY", None)],
        "2024-05-22",
    ),
    # commitments met are obligations fulfilled, not a meeting
    (
        "The European Union lifted sanctions on Iran's oil sector after inspectors confirmed that Tehran had met its obligations.",
        [(("RETREAT", "CONCEDE"), "IGO", "IRN")],
        None,
    ),
    # a town that forces pull out of is a place (its country the target), even when
    # the tagger took it for a name
    (
        "Russian troops withdrew from Kherson on Friday, the Ukrainian military said.",
        [("RETREAT", "RUS", "UKR")],
        "2024-05-01",
    ),
    (
        "Armenian forces withdrew from Lachin in August.",
        [("RETREAT", "ARM", "AZE")],
        None,
    ),
    # forces moving out, told as "completing the withdrawal", are the withdrawal only
    (
        "The last Russian tanks rolled across the border into Belarus on Monday, completing the withdrawal from northern Ukraine.",
        [("RETREAT", "RUS", "UKR")],
        "2022-04-05",
    ),
    # a demand to free people "held in Russian prisons" is made of the jailer's state
    (
        "Kyiv demanded the release of all Ukrainian civilians held in Russian prisons.",
        [("REQUEST", "UKR", "RUS")],
        None,
    ),
    # the decommissioning formula "put its arms beyond use" is a disarmament
    (
        "The Ulster Volunteer Force put its arms beyond use on Saturday.",
        [("RETREAT", "GBR", None)],
        "2009-06-29",
    ),
    # what a sanction cuts off is its effect, not a second (COERCE) act
    (
        "Washington imposed sanctions on Iran's central bank on Tuesday, cutting it off from the global financial system.",
        [("SANCTION", "USA", "IRN")],
        "2024-05-01",
    ),
]


@pytest.mark.parametrize(("text", "expected", "pub"), CASES, ids=[_text(c)[:60] for c in CASES])
def test_breadth_concede_coded(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))


@pytest.mark.parametrize(
    "text", NEGATIVES, ids=[_text((t,) if isinstance(t, str) else t)[:60] for t in NEGATIVES]
)
def test_breadth_concede_negatives(code, text):
    events = countable(code(text, "2024-05-01"))
    assert not events, show(events)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_breadth_concede_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
