# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Actor breadth, fourth round: records whose event type is easy but whose sides are
varied, in wording and with actors the earlier rounds (tests/test_breadth_actors.py,
test_breadth_actors2.py, test_breadth_actors3.py, test_paraphrase_actors.py) do not use.
Governments by capital and by seat ("the Blue House", "Zhongnanhai", "the Casa Rosada",
"the Miraflores palace", "Ankara", "Riyadh"), leaders by title alone ("the Pakistani
premier", "Nigeria's head of state", "the Thai army chief", "the Afghan president's
office"), ministries ("Japan's Ministry of Foreign Affairs", "South Korea's unification
ministry"), state media reporting an act (KCNA, SANA, Anadolu, "Iran's state
broadcaster") and acting (Xinhua condemning), armies, police, navies and coast guards,
militias and rebels (Arakan Army, KIA, Polisario, HTS, Ambazonian separatists, Wagner,
Fano, OLA, ISWAP, ADF, Tuareg rebels, the Pakistani Taliban, YPG), ethnic and religious
groups (Hindu nationalists, Hazara miners, Coptic Christians), IGOs and their officials
("the UN envoy for Yemen", "the EU's top diplomat", "AU Commission chairman", "the Arab
League's secretary-general", UNICEF, the OSCE mission, ECOWAS), NGOs (MSF, NRC, RSF,
ICRC), companies (Gazprom, Maersk, Mintz Group, Helmerich & Payne) and unknown named
people (country null). Targets in prepositional phrases ("opened fire at", "imposed ...
on", "in talks with", "sanctions against", "aid to", "a ban on"), pronouns ("urged
him", "one of its container ships", "handed them over"), "the two sides", "the two
neighbours", "both governments", nationality adjectives on a noun ("Azerbaijani
positions", "Ukrainian grain ships", "Moroccan army positions"), and sources named only
in a "said" frame.

Every sentence was written for this file and annotated (types, source country, target
country per event) from shared/PLOVER.md and eval/README.md before the coder was run on
it. Armed groups take the country where they fight (Polisario ESH, Wagner RUS, the YPG
and HTS SYR, the ADF COD, the Pakistani Taliban PAK, Donbas separatists UKR); IGOs and
their officials are IGO, NGOs NGO; a company takes its home state; a named person the
text gives no country is null. A record passes when every expected event is coded (any
of its types, both countries; target None: any target; either way round for the
symmetric types) and no other countable event is coded; an event marked "opt" may or
may not be coded. NEGATIVES must give no countable event.

Coverage, as a measure of generalisation: 70/96 records passed on the first run (60/86
CASES, 10/10 NEGATIVES), before any fix made for this file. The 26 failing CASES by
cause (the first cause of each): a side left null 11 ("Rotterdam police"; "its
aircraft" after "the Israeli military said"; "Islamic State gunmen near Quetta"; "Coptic
Christians protested in Minya"; "one of its container ships" after "Maersk"; "rigs
belonging to the U.S. company"; a district commissioner shot "in Mogadishu"; "urged
him"; "the two neighbours"; "the Pakistani Taliban said in a statement claiming
responsibility"; "Bosnian Serb ammunition dumps"); a wrong country 3 ("protesters in the
Iranian capital" as Saudi; "Moura" read as the Portuguese town; "the ministry said" given
the country of "northern Syria"); no event 5 ("ordered troops into the Niger Delta";
"the Afghan president's office condemned"; "proposed talks with"; "supervised the
test-firing of"; "telephoned the leaders of Armenia and Azerbaijan"); another type 3
(a conditional order "to strike back ... if it fires again" as ASSAULT, not THREATEN;
"Hindu nationalist mobs attacked Muslim homes" as a riot; "said Ankara would not approve
the bids" as a negated SUPPORT, not REJECT); a side wrong 1 ("hosted the Turkish leader
and the UN secretary-general" read as hosting talks between the two guests); an extra
event 2 (the buyer "to Taiwan" of a condemned sale accused too; "brokered a prisoner
exchange between" giving talks between the two sides); a negation leak 1 ("denied
killing civilians ... and blamed" coding the blame as negated).

Three annotations were revised after the first run because they went against the
written conventions, not the coder: "hosted the Turkish leader and the UN
secretary-general" follows rule 4 (host with the first guest required, the rest
optional), "brokered a prisoner exchange between" lists the two sides' dealings as an
optional CONSULT as rule 4 does for brokered talks, and the named district commissioner
shot "in Mogadishu" keeps a null country (rule 6), so that event has none on either side.
An optional attack with no named attacker was added to the Turkish soldiers record.

After the general fixes: 89/96 (79/86 CASES, 10/10 NEGATIVES; 3 of the 19 gains from
the revisions); the 7 left are strict xfails with their cause (XFAILS: three parser
misreadings, two wrong countries, two other types). Fixed causes: a phone call placed to
a role noun ("telephoned the leaders of Armenia and Azerbaijan"); aircraft and
helicopters as a state's forces ("its aircraft"), passenger and cargo aircraft not;
"rigs belonging to X" are X's; "the two sides/neighbours/both countries" named after the
appeal, in the clause that tells why ("following clashes between Indian and Chinese
troops"); an object "him" of a second verb is the first verb's object person ("met
Ukraine's president and urged him"); gunmen named with a group ("Islamic State
gunmen", "Al-Qaeda gunmen") are not anonymous attackers; the agent of the second of two
passive verbs is the first one's ("were abducted and killed by"); a city's police
("Rotterdam police"); "its" after a plural group is the organisation named before them
("Maersk ... Houthi rebels attacked one of its container ships"), and merchant ships
stand for their owners; a leader's office and staff take the office-holder's state
("the Afghan president's office", "the Iraqi prime minister's spokesman"); a simple past
read as coordinated with a gerund object is the finite verb's second act ("denied
killing ... and blamed", a parse repair); government-allied militias are of the rebels'
own state; the receiver of a condemned transfer is not accused ("the sale of fighter
jets to Taiwan"); a stated "would not approve/support/recognise" is a refusal (REJECT),
and a refusal is coded only when its own side states it (not "analysts/diplomats said");
"the NATO membership bids of Finland and Sweden" are the states'; "proposed talks" is an
offer (AGREE) and "the test-firing of" a weapons test; followers of a faith named with
an adjective ("Coptic Christians", "Ahmadi Muslims") are a community of their place;
"in the Iranian capital" is in Iran; an attack a group reports "in a statement claiming
responsibility" is its own. FIXES (22 records) were written after the fixes, one or
two new sentences per cause fixed.
"""

from __future__ import annotations

import pytest

from conftest import case_text as _text
from conftest import phrasebook_problems as _problems
from conftest import show, with_xfails
from parley.evaluate import countable

SC = ("SANCTION", "COERCE")
CA = ("COERCE", "ASSAULT")
AA = ("AID", "AGREE")

# (text, [(types, source, target[, "opt"]), ...], pub date)
CASES = [
    # --- seats of government and capitals ---
    (
        "The Blue House said on Thursday that President Lee Myung-bak had ordered the military to strike back hard at North Korea if it fires again.",
        [("THREATEN", "KOR", "PRK")],
        "2010-11-26",
    ),
    (
        "Zhongnanhai rebuffed Washington's demand for the release of the jailed dissident Liu Xiaobo.",
        [("REJECT", "CHN", "USA"), ("REQUEST", "USA", "CHN", "opt")],
        "2010-10-12",
    ),
    (
        "The Elysee said Francois Hollande had urged Vladimir Putin in a phone call to halt the flow of weapons into eastern Ukraine.",
        [("REQUEST", "FRA", "RUS"), ("CONSULT", "FRA", "RUS", "opt")],
        "2014-08-16",
    ),
    (
        "Downing Street welcomed the Libyan leader's decision to abandon his weapons of mass destruction programmes.",
        [("SUPPORT", "GBR", "LBY"), ("RETREAT", "LBY", None, "opt"), ("AGREE", "LBY", None, "opt")],
        "2003-12-20",
    ),
    (
        "Officials at the Casa Rosada accused London of militarising the South Atlantic by sending a modern destroyer to the Falklands.",
        [("ACCUSE", "ARG", "GBR"), ("MOBILIZE", "GBR", None, "opt")],
        "2012-02-01",
    ),
    (
        "The Miraflores palace announced that Venezuela was breaking off diplomatic relations with Colombia.",
        [("SANCTION", "VEN", "COL")],
        "2010-07-23",
    ),
    (
        "Ankara summoned the Dutch charge d'affaires after Rotterdam police barred a Turkish minister from addressing a rally.",
        [("ACCUSE", "TUR", "NLD"), ("COERCE", "NLD", "TUR", "opt")],
        "2017-03-12",
    ),
    (
        "Riyadh severed ties with Tehran after protesters in the Iranian capital stormed the Saudi embassy.",
        [
            ("SANCTION", "SAU", "IRN"),
            ("ASSAULT", "IRN", "SAU", "opt"),
            ("PROTEST", "IRN", "SAU", "opt"),
            ("PROTEST", "IRN", None, "opt"),
        ],
        "2016-01-04",
    ),
    (
        "The Kremlin's spokesman dismissed the European Parliament's resolution as meaningless.",
        [(("REJECT", "ACCUSE"), "RUS", "IGO")],
        None,
    ),
    # --- leaders by title alone, ministries ---
    (
        "The Pakistani premier held talks with his Indian counterpart on the sidelines of the regional summit in Kathmandu.",
        [("CONSULT", "PAK", "IND")],
        None,
    ),
    (
        "Nigeria's head of state ordered troops into the Niger Delta to crush the militants who had kidnapped foreign oil workers.",
        [("MOBILIZE", "NGA", None), ("ASSAULT", "NGA", None, "opt")],
        None,
    ),
    (
        "The Thai army chief apologised to the family of a conscript who was beaten to death at a military camp.",
        [("CONCEDE", "THA", None), ("ASSAULT", "THA", None, "opt")],
        None,
    ),
    (
        "The Afghan president's office condemned a NATO air strike that killed dozens of civilians in Kunduz province.",
        [("ACCUSE", "AFG", "IGO"), ("ASSAULT", "IGO", "AFG", "opt")],
        "2009-09-05",
    ),
    (
        "Ukraine's president hosted the Turkish leader and the UN secretary-general in Lviv on Thursday.",
        [
            ("CONSULT", "UKR", "TUR"),
            ("CONSULT", "UKR", "IGO", "opt"),
            ("CONSULT", "TUR", "IGO", "opt"),
        ],
        "2022-08-19",
    ),
    (
        "Japan's Ministry of Foreign Affairs lodged a protest with Beijing after Chinese coast guard ships entered the waters around the Senkaku Islands.",
        [
            ("ACCUSE", "JPN", "CHN"),
            ("MOBILIZE", "CHN", None, "opt"),
            ("COERCE", "CHN", None, "opt"),
        ],
        None,
    ),
    (
        "Egypt's interior ministry said police had killed six suspected militants in a shootout in the Nile Delta.",
        [("ASSAULT", "EGY", "EGY")],
        None,
    ),
    (
        "The Russian defence ministry said its warplanes had struck Islamic State targets near Palmyra.",
        [("ASSAULT", "RUS", "SYR")],
        "2016-03-20",
    ),
    (
        "South Korea's unification ministry proposed talks with Pyongyang on reuniting families separated by the war.",
        [(("AGREE", "REQUEST"), "KOR", "PRK")],
        "2017-07-17",
    ),
    # --- state media reporting and acting ---
    (
        "North Korea's state news agency KCNA said leader Kim Jong Un had supervised the test-firing of a new tactical guided weapon.",
        [("MOBILIZE", "PRK", None)],
        "2019-04-18",
    ),
    (
        "Xinhua, in a commentary, condemned the sale of American fighter jets to Taiwan.",
        [("ACCUSE", "CHN", "USA"), (("COOPERATE", "AGREE"), "USA", "TWN", "opt")],
        None,
    ),
    (
        "Syria's official news agency SANA said Israeli warplanes had struck targets near Damascus international airport.",
        [("ASSAULT", "ISR", "SYR"), ("ACCUSE", "SYR", "ISR", "opt")],
        "2019-01-21",
    ),
    (
        "Iran's state broadcaster reported that the Revolutionary Guards had seized a British-flagged tanker in the Strait of Hormuz.",
        [("COERCE", "IRN", "GBR")],
        "2019-07-20",
    ),
    (
        "Turkey's state-run Anadolu agency said police had detained 40 people suspected of links to the Islamic State group in raids across Istanbul.",
        [("COERCE", "TUR", "TUR")],
        None,
    ),
    # --- armies, police, navies, coast guards ---
    (
        "The Philippine coast guard accused Chinese vessels of ramming one of its supply boats near Second Thomas Shoal.",
        [("ACCUSE", "PHL", "CHN")],
        "2024-03-06",
    ),
    (
        "Indian border guards opened fire at Bangladeshi cattle smugglers along the frontier in West Bengal.",
        [("ASSAULT", "IND", "BGD")],
        None,
    ),
    (
        "The Malaysian navy detained a Vietnamese fishing boat and its crew off the coast of Terengganu.",
        [("COERCE", "MYS", "VNM")],
        None,
    ),
    (
        "Kenyan police fired tear gas at opposition supporters marching in Nairobi.",
        [(("ASSAULT", "COERCE"), "KEN", "KEN"), ("PROTEST", "KEN", None, "opt")],
        None,
    ),
    (
        "The Israeli military said its aircraft had struck Hamas targets in the Gaza Strip in response to rocket fire.",
        [
            ("ASSAULT", "ISR", "PSE"),
            ("ASSAULT", "PSE", "ISR", "opt"),
            ("ASSAULT", None, "ISR", "opt"),
        ],
        None,
    ),
    (
        "The Sri Lankan navy sank three Tamil Tiger boats off the northeast coast.",
        [("ASSAULT", "LKA", "LKA")],
        None,
    ),
    # --- militias and rebel groups ---
    (
        "Arakan Army fighters overran a Myanmar army base in northern Rakhine state.",
        [(CA, "MMR", "MMR")],
        None,
    ),
    (
        "The Polisario Front said its fighters had attacked Moroccan army positions along the sand berm in Western Sahara.",
        [("ASSAULT", "ESH", "MAR")],
        "2020-11-15",
    ),
    (
        "Fighters of the Kachin Independence Army ambushed a convoy of government troops near Myitkyina.",
        [("ASSAULT", "MMR", "MMR")],
        None,
    ),
    (
        "Hayat Tahrir al-Sham shelled government-held districts of Aleppo, state media said.",
        [("ASSAULT", "SYR", "SYR")],
        "2019-05-12",
    ),
    (
        "Ambazonian separatists abducted a Catholic cardinal in Cameroon's North West region.",
        [("ASSAULT", "CMR", "CMR")],
        "2020-11-06",
    ),
    (
        "Wagner fighters and Malian soldiers killed hundreds of villagers in Moura, Human Rights Watch said.",
        [
            ("ASSAULT", "MLI", "MLI"),
            ("ASSAULT", "RUS", "MLI"),
            ("ACCUSE", "NGO", "MLI", "opt"),
            ("ACCUSE", "NGO", "RUS", "opt"),
        ],
        "2022-04-05",
    ),
    (
        "Fano militiamen seized the town of Lalibela from federal forces.",
        [(CA, "ETH", "ETH")],
        "2023-08-04",
    ),
    (
        "The Oromo Liberation Army denied killing civilians in western Oromia and blamed government-allied militias.",
        [("REJECT", "ETH", None), ("ACCUSE", "ETH", "ETH")],
        None,
    ),
    (
        "ISWAP fighters attacked a military base in Borno state, killing several soldiers.",
        [("ASSAULT", "NGA", "NGA")],
        None,
    ),
    (
        "ADF rebels killed at least 20 villagers in a machete attack near Beni.",
        [("ASSAULT", "COD", "COD")],
        None,
    ),
    (
        "Tuareg rebels seized the northern Malian town of Kidal from government troops.",
        [(CA, "MLI", "MLI")],
        "2012-03-31",
    ),
    # --- ethnic and religious groups ---
    (
        "Hindu nationalist mobs attacked Muslim homes in northeast Delhi.",
        [("ASSAULT", "IND", "IND")],
        "2020-02-26",
    ),
    (
        "Eleven Hazara coal miners were abducted and killed by Islamic State gunmen near Quetta.",
        [("ASSAULT", "PAK", "PAK")],
        "2021-01-04",
    ),
    (
        "Coptic Christians protested in Minya against the burning of their homes by a Muslim mob.",
        [("PROTEST", "EGY", None), ("ASSAULT", "EGY", "EGY", "opt")],
        None,
    ),
    # --- IGOs and their officials ---
    (
        "The UN envoy for Yemen met Houthi leaders in Sanaa on Saturday.",
        [("CONSULT", "IGO", "YEM")],
        "2018-06-18",
    ),
    (
        "The EU's top diplomat Josep Borrell urged Belgrade and Pristina to de-escalate tensions in northern Kosovo.",
        [("REQUEST", "IGO", "SRB"), ("REQUEST", "IGO", "XKX")],
        "2023-05-30",
    ),
    (
        "AU Commission chairman Moussa Faki Mahamat condemned the coup in Niger and demanded the immediate release of President Mohamed Bazoum.",
        [("ACCUSE", "IGO", "NER"), ("REQUEST", "IGO", "NER")],
        "2023-07-27",
    ),
    (
        "The Arab League's secretary-general criticised Israel's decision to build new settlement homes in East Jerusalem.",
        [("ACCUSE", "IGO", "ISR")],
        None,
    ),
    (
        "UNICEF delivered vaccines to children in rebel-held areas of northern Syria.",
        [("AID", "IGO", "SYR")],
        None,
    ),
    (
        "The OSCE's monitoring mission reported that Russian-backed separatists had shelled Ukrainian army positions near Mariupol.",
        [("ASSAULT", "UKR", "UKR")],
        "2015-01-25",
    ),
    (
        "ECOWAS leaders imposed sanctions on Guinea's junta after the coup that toppled Alpha Conde.",
        [("SANCTION", "IGO", "GIN")],
        "2021-09-17",
    ),
    # --- NGOs ---
    (
        "Doctors Without Borders accused Saudi-led coalition aircraft of bombing a cholera treatment centre it ran in Abs.",
        [("ACCUSE", "NGO", "SAU")],
        "2018-06-12",
    ),
    (
        "The Norwegian Refugee Council handed out food and blankets to displaced families in Idlib.",
        [("AID", "NGO", "SYR")],
        None,
    ),
    (
        "Reporters Without Borders called on Riyadh to release the blogger Raif Badawi.",
        [("REQUEST", "NGO", "SAU")],
        "2015-01-10",
    ),
    (
        "The International Committee of the Red Cross brokered a prisoner exchange between Yemen's government and the Houthis.",
        [
            ("RETREAT", "YEM", "YEM"),
            (("CONSULT", "COOPERATE"), "NGO", "YEM", "opt"),
            ("CONSULT", "YEM", "YEM", "opt"),
        ],
        "2020-10-16",
    ),
    # --- companies ---
    (
        "Gazprom cut off gas supplies to Ukraine in a dispute over unpaid bills.",
        [(SC, "RUS", "UKR")],
        "2009-01-07",
    ),
    (
        "Maersk suspended all shipments through the Red Sea after Houthi rebels attacked one of its container ships.",
        [("ASSAULT", "YEM", "DNK"), ("SANCTION", "DNK", None, "opt")],
        "2024-01-02",
    ),
    (
        "Chinese police raided the Beijing office of the American due-diligence firm Mintz Group and detained five local staff.",
        [("COERCE", "CHN", "USA"), ("COERCE", "CHN", "CHN", "opt")],
        "2023-03-24",
    ),
    (
        "Caracas seized eleven drilling rigs belonging to the U.S. company Helmerich & Payne.",
        [("COERCE", "VEN", "USA")],
        "2010-06-25",
    ),
    # --- unknown named people ---
    (
        "Gunmen shot dead Ahmed Farah Warsame, a district commissioner, in Mogadishu.",
        [("ASSAULT", None, None)],
        None,
    ),
    (
        "Farid Kassem, a commander of the militia, accused the Lebanese army of shelling his fighters' positions.",
        [("ACCUSE", None, "LBN")],
        None,
    ),
    (
        "Police in Lagos arrested Chinedu Okafor, a journalist who had reported on army abuses.",
        [("COERCE", "NGA", None)],
        None,
    ),
    # --- targets in prepositional phrases and named by a nationality adjective ---
    (
        "Armenian forces shelled Azerbaijani positions near the village of Agdam in the Tovuz district, Baku said.",
        [("ASSAULT", "ARM", "AZE"), ("ACCUSE", "AZE", "ARM", "opt")],
        "2020-07-13",
    ),
    (
        "Russian warships blocked Ukrainian grain ships from leaving the port of Odesa.",
        [("COERCE", "RUS", "UKR")],
        None,
    ),
    (
        "Washington imposed fresh sanctions on Caracas over the disputed presidential election.",
        [("SANCTION", "USA", "VEN")],
        "2018-05-21",
    ),
    (
        "Colombia's government is in talks with ELN guerrillas in Havana, the negotiators said.",
        [("CONSULT", "COL", "COL")],
        "2018-06-01",
    ),
    (
        "A Chinese foreign ministry spokesman said Beijing had imposed a ban on imports of seafood from Japan over the release of treated water from the Fukushima plant.",
        [(SC, "CHN", "JPN")],
        "2023-08-25",
    ),
    (
        "Germany pledged additional humanitarian aid to Afghans fleeing the Taliban.",
        [(AA, "DEU", "AFG")],
        "2021-08-18",
    ),
    (
        "The United States announced sanctions against Russian oligarchs close to the Kremlin.",
        [("SANCTION", "USA", "RUS")],
        "2018-04-06",
    ),
    (
        "Kosovo police raided post offices run by Belgrade in the Serb-majority north.",
        [("COERCE", "XKX", "SRB")],
        None,
    ),
    # --- pronoun targets, "the two sides", "both governments" ---
    (
        "Hungary's prime minister met Ukraine's president in Kyiv and urged him to consider a ceasefire.",
        [("CONSULT", "HUN", "UKR"), ("REQUEST", "HUN", "UKR")],
        "2024-07-03",
    ),
    (
        "Israel freed 39 Palestinian prisoners and handed them over to the Red Cross.",
        [("RETREAT", "ISR", "PSE"), ("COOPERATE", "ISR", "NGO", "opt")],
        "2023-11-25",
    ),
    (
        "Qatar hosted talks between U.S. and Taliban negotiators in Doha and urged the two sides to agree a timetable for the withdrawal of foreign troops.",
        [
            ("CONSULT", "USA", "AFG"),
            ("CONSULT", "QAT", "USA"),
            ("CONSULT", "QAT", "AFG", "opt"),
            ("REQUEST", "QAT", "USA"),
            ("REQUEST", "QAT", "AFG"),
        ],
        "2019-03-12",
    ),
    (
        "The Saudi foreign minister received envoys of Sudan's army and the Rapid Support Forces in Jeddah and urged the two sides to agree a ceasefire.",
        [("CONSULT", "SAU", "SDN"), ("REQUEST", "SAU", "SDN")],
        "2023-05-07",
    ),
    (
        "The U.S. secretary of state telephoned the leaders of Armenia and Azerbaijan and pressed both governments to return to negotiations.",
        [
            ("CONSULT", "USA", "ARM"),
            ("CONSULT", "USA", "AZE"),
            ("REQUEST", "USA", "ARM"),
            ("REQUEST", "USA", "AZE"),
        ],
        "2022-09-14",
    ),
    (
        "Moscow urged the two neighbours to show restraint after Kyrgyz and Tajik border guards exchanged fire.",
        [
            ("REQUEST", "RUS", "KGZ"),
            ("REQUEST", "RUS", "TJK"),
            ("ASSAULT", "KGZ", "TJK", "opt"),
            ("ASSAULT", "TJK", "KGZ", "opt"),
        ],
        "2022-09-16",
    ),
    # --- sources named only in a "said" frame ---
    (
        "A suicide bomber killed 12 policemen in Peshawar, the Pakistani Taliban said in a statement claiming responsibility.",
        [("ASSAULT", "PAK", "PAK")],
        None,
    ),
    (
        "Dozens of protesters had been detained in central Moscow, police said.",
        [("COERCE", "RUS", "RUS"), ("PROTEST", "RUS", None, "opt")],
        None,
    ),
    (
        "Two Turkish soldiers were killed in a rocket attack in northern Syria, the ministry said, blaming Kurdish YPG militants.",
        [
            ("ACCUSE", "TUR", "SYR"),
            ("ASSAULT", "SYR", "TUR", "opt"),
            ("ASSAULT", None, "TUR", "opt"),
        ],
        None,
    ),
    # --- office-holders by name on the date ---
    (
        "Slobodan Milosevic received U.S. envoy Richard Holbrooke in Belgrade for talks on Kosovo.",
        [("CONSULT", "SRB", "USA")],
        "1998-10-06",
    ),
    (
        "Boris Yeltsin ordered troops into Chechnya to restore constitutional order.",
        [("MOBILIZE", "RUS", "RUS")],
        "1994-12-11",
    ),
    (
        "Hugo Chavez expelled the U.S. ambassador in solidarity with Bolivia.",
        [("SANCTION", "VEN", "USA"), ("SUPPORT", "VEN", "BOL", "opt")],
        "2008-09-12",
    ),
    (
        "Ehud Barak's government pulled the last Israeli troops out of southern Lebanon.",
        [("RETREAT", "ISR", "LBN")],
        "2000-05-24",
    ),
    (
        "Lakhdar Brahimi, the UN special envoy, met delegates of the rival Afghan factions in Bonn.",
        [("CONSULT", "IGO", "AFG")],
        "2001-11-27",
    ),
    (
        "NATO warplanes struck Bosnian Serb ammunition dumps near Pale.",
        [("ASSAULT", "IGO", "BIH")],
        "1995-05-26",
    ),
    (
        "Olaf Scholz told Xi Jinping in Beijing that China should use its influence on Moscow.",
        [("REQUEST", "DEU", "CHN"), ("CONSULT", "DEU", "CHN", "opt")],
        "2022-11-05",
    ),
    (
        "Turkey's president said Ankara would not approve the NATO membership bids of Finland and Sweden.",
        [("REJECT", "TUR", "FIN"), ("REJECT", "TUR", "SWE")],
        "2022-05-16",
    ),
]

# strict xfails: records that still fail after the fixes, keyed by their opening words
XFAILS = {
    "The Blue House said on": "another type: an order to strike back 'if it fires again' is a conditional threat (THREATEN); coded as the ordered ASSAULT",
    "Nigeria's head of state ordered": "parser: 'head of state ordered troops' read as 'state' modifying a participle 'ordered'; no MOBILIZE",
    "Wagner fighters and Malian soldiers": "wrong country: the gazetteer knows only the Portuguese town of Moura, not the Malian village",
    "Hindu nationalist mobs attacked Muslim": "another type: a mob's attack on homes coded as a riot (PROTEST), not ASSAULT",
    "Moscow urged the two neighbours": "parser: 'after Kyrgyz and Tajik border guards exchanged fire' read with 'after' a preposition and 'Tajik' a person; the exchange loses its subjects",
    "Two Turkish soldiers were killed": "wrong country: the unnamed ministry takes the place of the accused attack (northern Syria), not the state whose soldiers it speaks for",
    "NATO warplanes struck Bosnian Serb": "parser: 'ammunition dumps' read as a clause ('ammunition' subject of the verb 'dumps'); the target is lost",
}

CASES = with_xfails(CASES, XFAILS)

FIXES = [
    # a call placed to a role noun ("telephoned his Iranian counterpart")
    (
        "The French president telephoned his Iranian counterpart to discuss the nuclear programme.",
        [("CONSULT", "FRA", "IRN")],
        None,
    ),
    (
        "Germany's chancellor phoned the emir of Qatar on Monday.",
        [("CONSULT", "DEU", "QAT")],
        None,
    ),
    # aircraft and helicopters as a state's forces ("its helicopters")
    (
        "Russia said its helicopters had destroyed a Ukrainian armoured column near Kupiansk.",
        [("ASSAULT", "RUS", "UKR")],
        None,
    ),
    # "belonging to": the owner
    (
        "Iranian commandos seized a tanker belonging to a Greek shipping company in the Gulf of Oman.",
        [("COERCE", "IRN", "GRC")],
        None,
    ),
    # "the two sides" named after the appeal, in the clause that tells why
    (
        "Washington urged both governments to avoid escalation following a deadly clash between Indian and Chinese soldiers in Ladakh.",
        [
            ("REQUEST", "USA", "IND"),
            ("REQUEST", "USA", "CHN"),
            ("ASSAULT", "IND", "CHN", "opt"),
            ("ASSAULT", "CHN", "IND", "opt"),
        ],
        None,
    ),
    # an object "him" of a second verb: the first verb's object
    (
        "The Egyptian president met Sudan's army chief in Cairo and urged him to accept a truce.",
        [("CONSULT", "EGY", "SDN"), ("REQUEST", "EGY", "SDN")],
        None,
    ),
    # gunmen named with a group are of the place they fight in
    (
        "Al-Qaeda gunmen killed three soldiers in Yemen's Abyan province.",
        [("ASSAULT", "YEM", "YEM")],
        None,
    ),
    # the agent of the second of two passive verbs is the first one's
    (
        "Three journalists were beaten and detained by police in Harare.",
        [("ASSAULT", "ZWE", None), ("COERCE", "ZWE", None)],
        None,
    ),
    # a city's police named by the city
    (
        "Lyon police arrested three men suspected of planning an attack.",
        [("COERCE", "FRA", None)],
        None,
    ),
    # "its" after a plural group: the organisation named before them
    (
        "The Danish shipping company said Houthi rebels had fired on one of its container ships in the Red Sea.",
        [("ASSAULT", "YEM", "DNK")],
        None,
    ),
    # a leader's office named by the leader
    (
        "The Iraqi prime minister's office summoned the Turkish ambassador.",
        [("ACCUSE", "IRQ", "TUR")],
        None,
    ),
    # a simple past after "denied <gerund> and": the denier's second act
    (
        "Myanmar's junta denied bombing the school and blamed the Arakan Army.",
        [("REJECT", "MMR", None), ("ACCUSE", "MMR", "MMR")],
        None,
    ),
    # government-backed auxiliaries are of the rebels' own state
    (
        "The Tamil Tigers accused government-backed paramilitaries of killing their supporters.",
        [("ACCUSE", "LKA", "LKA")],
        None,
    ),
    # the receiver of a condemned transfer is not accused
    (
        "Iran condemned the delivery of American weapons to Israel.",
        [("ACCUSE", "IRN", "USA")],
        None,
    ),
    # a stated "would not recognise/support" is a refusal; analysts' forecast is none
    (
        "Spain said it would not recognise Kosovo's independence.",
        [("REJECT", "ESP", "XKX")],
        None,
    ),
    (
        "Diplomats said Hungary would not support the new sanctions package.",
        [],
        None,
    ),
    # a membership bid's party is the state that would join
    (
        "Austria blocked the Schengen accession of Romania and Bulgaria.",
        [("REJECT", "AUT", "ROU"), ("REJECT", "AUT", "BGR")],
        None,
    ),
    # "proposed talks": an offer to meet; "the test-launch of": a weapons test
    (
        "Taiwan proposed talks with Beijing on cross-strait trade.",
        [("AGREE", "TWN", "CHN")],
        None,
    ),
    (
        "North Korea conducted the test-launch of a new intercontinental ballistic missile, state media said.",
        [("MOBILIZE", "PRK", None)],
        None,
    ),
    # followers of a faith named with an adjective are a community of their place
    (
        "Ahmadi Muslims protested in Lahore after their mosque was vandalised.",
        [
            ("PROTEST", "PAK", None),
            ("PROTEST", None, None, "opt"),
            ("PROTEST", "PAK", "PAK", "opt"),
        ],
        None,
    ),
    # a part of a country named by its adjective ("the Sudanese capital")
    (
        "Students in the Sudanese capital marched against military rule.",
        [("PROTEST", "SDN", None)],
        None,
    ),
    # an attack a group reports "in a statement claiming responsibility" is its own
    (
        "A car bomb killed nine people outside a police station in Mogadishu, al-Shabaab said in a statement claiming responsibility.",
        [("ASSAULT", "SOM", "SOM")],
        None,
    ),
]

NEGATIVES = [
    "The Kremlin has long viewed NATO's eastward expansion as a threat to Russia's security.",
    "Analysts in Seoul said the Blue House was unlikely to resume aid to Pyongyang soon.",
    "Whether the EU's top diplomat will meet the Iranian foreign minister next week is not yet clear.",
    "Xinhua's headquarters stand on a broad avenue in western Beijing.",
    "The UN envoy is due to arrive in Tripoli next week for talks with the rival factions, diplomats said.",
    "Gazprom's quarterly profit fell sharply as gas prices slumped across Europe.",
    "The coast guard did not say whether its vessels had fired on the fishing boats.",
    "Neither the army nor the rebels have commented on reports of fighting near the town.",
    "More than 300,000 people have been killed in Syria's civil war since 2011, according to monitoring groups.",
    "If Ankara were to send troops across the border, Washington would reconsider its arms sales, a senator said.",
]


@pytest.mark.parametrize(("text", "expected", "pub"), CASES, ids=[_text(c)[:60] for c in CASES])
def test_actors4_coded(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))


@pytest.mark.parametrize(
    "text", NEGATIVES, ids=[_text((t,) if isinstance(t, str) else t)[:60] for t in NEGATIVES]
)
def test_actors4_negatives(code, text):
    events = countable(code(text, "2024-05-01"))
    assert not events, show(events)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_actors4_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
