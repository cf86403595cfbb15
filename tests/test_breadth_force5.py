# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Fifth breadth round on the forceful and material types (ASSAULT, COERCE, AID,
SANCTION, RETREAT, THREATEN) in the register of single-sentence wire leads, in wording
the earlier rounds (tests/test_breadth_force.py .. force4.py, aid.py, aid2.py,
threat3.py) do not use.

ASSAULT led by its toll ("At least 12 people were killed when ...", "Seven soldiers died
when ...", "left dozens dead"), passives with the agent in a by-phrase or missing ("was
hit by a Russian missile", "were shot dead at a checkpoint"), nominal attacks ("an air
strike by X on Y", "X's shelling of villages", "A drone attack by X on"), militant groups
(Boko Haram, al-Shabaab, the RSF, Maoist rebels, Hezbollah), sea drones sinking a ship,
"traded gunfire", a roadside bomb that "tore through a bus". COERCE against ASSAULT:
arrests and detentions by police named only by a city ("Police in Harare"), passives
("was detained by", "were deported from ... to"), a raid and a crackdown named as nouns
("A raid by ... ended with the arrest of", "A crackdown by ... left dozens dead"), tear
gas fired in the passive, water cannon "turned on" protesters, a curfew after arson, a
party banned, emergency martial law, a tanker's seizure as a noun, subsidiaries seized,
supply boats blocked, homes demolished. SANCTION: assets frozen, export bans on metals
and chip machines, a crude ban "came into force", diplomats "ordered out of" a country,
leaving a regional bloc (SANCTION, not RETREAT), suspension from the African Union,
tariffs raised, death sentences, funding suspended, all trade halted. AID: flour trucks
crossing in, food parcels parachuted, a loan tranche disbursed, air defence delivered,
vaccines flown in or "donated by", refuge granted in the passive, search-and-rescue
teams, recruits trained, humanitarian money allocated, wheat donated; arms bought
(COOPERATE as well as AID). RETREAT against CONCEDE: a pullout completed, forces that
"left" an island, the last troops "departed", fighters handing over weapons, a captive
"freed by" a state in a swap, hostilities halted, a resignation, rebels that "moved out
of" a town, a ban on goods lifted (RETREAT or CONCEDE), prisoners released after an
envoy's visit. THREATEN: an ultimatum "or face", "all hell to pay", "threatened to shoot
down", "would smash", "would face consequences", threats to block a bid or close a strait.

Every sentence was written for this file and annotated (types, source country, target
country per event) from shared/PLOVER.md, the CAMEO2PLOVER table and eval/README.md
before the coder was run on it; about half carry no publication date, and dated ones name
only people in office on that date. Attackers the text names no country or group for
("gunmen", "suspected jihadists", a car bomb) have a null country; armed groups take the
country where they fight. A record passes when every expected event is coded (any of its
types, both countries; target None: any target) and no other countable event is coded;
"opt" events may or may not be coded. NEGATIVES (an anniversary, a hypothetical, a
denial, analysis, an emergency drill, sport and business uses of the same verbs) must
give no countable event.

First run, before any fix made for this file: 67/94 records passed (57/82 CASES, 10/12
NEGATIVES). The 25 failing CASES by cause (the first cause of each): no event 8 (people
"forced ... back across the frontier", "raised tariffs on", "parachuted" tagged an
adjective, "was granted refuge in", "sent search-and-rescue teams", troops that "departed
Niger", rebels that "moved out of" a town, "the army would smash" under a ministry's
statement); another type 3 ("restricted exports of ... to China" and "the EU's ban on
Russian seaborne crude" COERCE, "A raid by Indian anti-terror police on the offices"
ASSAULT); a side left null 9 (border guards that "traded gunfire", the arrested
journalist, "were deported from the United States", "were ordered out of Norway",
"Bulldozers escorted by Israeli troops", doses "donated by China arrived in Cairo", the
banned Pashtun Tahaffuz Movement, water cannon "at one of them", a drone attack "on a
power station in Omdurman", which also coded the "cut electricity" as COERCE); wrong
country or a lost conjunct 3 (unnamed "militants" and "suspected jihadists" given the
place's country, "France's Danone and Denmark's Carlsberg" misparsed); an extra event 2
(UNRWA's "for Palestinian refugees" a second SANCTION target, the reverse of a mutual
halt to hostilities). The 2 failing NEGATIVES: "staged a mock terrorist attack ... as part
of an emergency drill" and "Apple seized the top spot in the ... market".

Two records were re-annotated after the first run, to the guidelines and the earlier
rounds' conventions: the journalist arrested in Harare is a named person whose country
the text does not give, so the target is open (eval/README guideline 6), and two states
that halt hostilities each halt them, so the reverse RETREAT is optional (as a clash of
two named sides is in test_breadth_force3.py). Under the first annotations those two fail.

After the general fixes: 89/94 (77/82 CASES, 12/12 NEGATIVES; 75/82 CASES under the first
annotations), the other 5 strict xfails with their cause (XFAILS: wrong country 2, a
misparse 2, a side left null 1). Fixed causes: lexicon for forces that "depart" a
country or "move out of" a town, trade curbs aimed at a state ("restricted / curbed
exports", "raised / hiked tariffs", a ban "on" a commodity, imports or exports, the noun
entry's particle naming its object's preposition), refuge granted, fire "traded" as
gunfire, "smash" as "crush" (with its non-violent objects blocked), people forced back
across a frontier; a seizure of a business "spot", "lead" or "title" is none; a mock or
simulated attack is a rehearsal; a modifier coordinated with another ("search-and-rescue
teams"); a passive deportation or ordering out with no agent is done by the state left;
what an attack named as the subject cuts off is its damage; a raid by law enforcement on
premises is a search (COERCE), as the verb is; goods a giving participle describes go to
where they arrived; an unnamed organ of a state ("the army") in what that state's
speaker says it will do is the speaker's state's; machines that are no actor act for
those who escort them; an object pronoun in a prepositional phrase of a conjoined verb
("fired water cannon at one of them") is the first verb's object; a site a known
attacker hits (a hospital, market, power station) in a known town is that town's
country's; a past
tense read as the adjective of the subject's apposition, or as an adjective heading a
clause with a subject and an object, is the verb (with coordinated demonyms in the
subject phrase and the substance of the amount as the object); coordinated possessive
names ("France's Danone and Denmark's Carlsberg") repaired. FIXES (25 records) were
written after the fixes, one or two new sentences per cause fixed.
"""

from __future__ import annotations

import pytest

from conftest import case_text as _text
from conftest import phrasebook_problems as _problems
from conftest import show, with_xfails
from parley.evaluate import countable

CA = ("COERCE", "ASSAULT")
AC = ("ASSAULT", "COERCE")
TS = ("THREATEN", "SANCTION")
SC = ("SANCTION", "COERCE")
RC = ("RETREAT", "CONCEDE")

# (text, [(types, source, target[, "opt"]), ...], pub date)
CASES = [
    # --- ASSAULT: toll first, passives, nominal attacks, armed groups ---
    (
        "At least 12 people were killed when a car bomb exploded outside a police station in the Somali capital Mogadishu on Sunday.",
        [("ASSAULT", None, "SOM")],
        None,
    ),
    (
        "At least 30 civilians were killed in an air strike by the Saudi-led coalition on a market in northern Yemen, local officials said.",
        [("ASSAULT", "SAU", "YEM")],
        None,
    ),
    (
        "Seven Pakistani soldiers died when militants attacked their convoy in North Waziristan.",
        [("ASSAULT", None, "PAK")],
        None,
    ),
    (
        "Two Israeli soldiers were wounded by a Hezbollah anti-tank missile near the Lebanese border on Tuesday, the army said.",
        [("ASSAULT", "LBN", "ISR")],
        None,
    ),
    (
        "Russia's missile strike on a children's hospital in Kyiv drew condemnation from Western leaders.",
        [("ASSAULT", "RUS", "UKR"), ("ACCUSE", None, "RUS", "opt")],
        "2024-07-09",
    ),
    (
        "An Israeli air strike on a school sheltering displaced families in Gaza City killed at least 20 people, the territory's civil defence agency said.",
        [("ASSAULT", "ISR", "PSE")],
        None,
    ),
    (
        "Boko Haram fighters killed at least 40 rice farmers in Borno state on Saturday.",
        [("ASSAULT", "NGA", "NGA")],
        "2020-11-29",
    ),
    (
        "Al-Shabaab militants stormed a hotel in the Somali port city of Kismayo, killing at least 26 people.",
        [("ASSAULT", "SOM", "SOM")],
        "2019-07-13",
    ),
    (
        "A Ukrainian grain ship was hit by a Russian missile in the port of Odesa, the regional governor said.",
        [("ASSAULT", "RUS", "UKR")],
        None,
    ),
    (
        "Three Egyptian policemen were shot dead at a checkpoint in North Sinai on Monday.",
        [("ASSAULT", None, "EGY")],
        None,
    ),
    (
        "Turkish warplanes bombed PKK hideouts in the Qandil mountains of northern Iraq overnight.",
        [("ASSAULT", "TUR", "TUR")],
        None,
    ),
    (
        "A roadside bomb tore through a bus carrying Shiite pilgrims in Pakistan's Balochistan province, killing 11 people.",
        [("ASSAULT", None, "PAK")],
        None,
    ),
    (
        "Houthi rebels fired a ballistic missile at the Saudi city of Jizan.",
        [("ASSAULT", "YEM", "SAU")],
        None,
    ),
    (
        "Gunmen abducted more than 280 pupils from a school in Kuriga in Nigeria's Kaduna state on Thursday.",
        [("ASSAULT", None, "NGA")],
        "2024-03-08",
    ),
    (
        "Pakistan's shelling of villages along the Line of Control killed three Indian civilians, the Indian army said.",
        [("ASSAULT", "PAK", "IND")],
        None,
    ),
    (
        "A drone attack by the Rapid Support Forces on a power station in Omdurman cut electricity to much of the city.",
        [("ASSAULT", "SDN", "SDN")],
        None,
    ),
    (
        "Three French soldiers were killed when their armoured vehicle hit an explosive device in central Mali.",
        [("ASSAULT", None, "FRA")],
        "2020-12-29",
    ),
    (
        "Kyrgyz and Tajik border guards traded gunfire near a disputed water facility, leaving several dead on both sides.",
        [("ASSAULT", "KGZ", "TJK"), ("ASSAULT", "TJK", "KGZ", "opt")],
        "2021-04-29",
    ),
    (
        "Israeli warplanes struck Hezbollah positions in southern Lebanon in response to rocket fire.",
        [
            ("ASSAULT", "ISR", "LBN"),
            ("ASSAULT", None, None, "opt"),
            ("ASSAULT", "LBN", None, "opt"),
        ],
        None,
    ),
    (
        "Ukrainian sea drones sank the Russian landing ship Tsezar Kunikov off the coast of Crimea, Kyiv's military intelligence said.",
        [("ASSAULT", "UKR", "RUS")],
        "2024-02-14",
    ),
    (
        "Myanmar's military carried out an air strike on a village in Sagaing region, killing more than 100 people, including children.",
        [("ASSAULT", "MMR", "MMR")],
        "2023-04-12",
    ),
    (
        "Suspected jihadists killed 12 soldiers in an attack on an army base in northern Burkina Faso.",
        [("ASSAULT", None, "BFA")],
        None,
    ),
    (
        "Maoist rebels killed 22 Indian paramilitary troops in a gunfight in the central state of Chhattisgarh.",
        [("ASSAULT", "IND", "IND")],
        None,
    ),
    (
        "A crackdown by Iranian security forces on protesters in Zahedan left dozens dead, rights groups said.",
        [(AC, "IRN", "IRN"), ("PROTEST", "IRN", None, "opt"), ("PROTEST", None, None, "opt")],
        None,
    ),
    # --- COERCE: arrests, detentions, raids, deportations ---
    (
        "Police in Harare arrested journalist Hopewell Chin'ono at his home on Monday.",
        [("COERCE", "ZWE", None)],
        "2020-07-21",
    ),
    (
        "Police in Dhaka arrested hundreds of opposition activists ahead of a planned general strike.",
        [("COERCE", "BGD", "BGD")],
        None,
    ),
    (
        "Former Canadian diplomat Michael Kovrig was detained by Chinese state security officers in Beijing, Ottawa said.",
        [("COERCE", "CHN", "CAN")],
        "2018-12-12",
    ),
    (
        "Tear gas was fired at demonstrators in Nairobi's central business district by police on Tuesday.",
        [(AC, "KEN", "KEN"), ("PROTEST", "KEN", None, "opt"), ("PROTEST", None, None, "opt")],
        None,
    ),
    (
        "Georgian riot police turned water cannon on thousands of protesters outside parliament in Tbilisi.",
        [(AC, "GEO", "GEO"), ("PROTEST", "GEO", None, "opt"), ("PROTEST", None, None, "opt")],
        None,
    ),
    (
        "A raid by Indian anti-terror police on the Delhi offices of the news website NewsClick ended with the arrest of its founder.",
        [("COERCE", "IND", "IND"), ("COERCE", "IND", "IND", "opt")],
        "2023-10-04",
    ),
    (
        "Authorities in Kathmandu imposed an indefinite curfew after protesters set fire to the parliament building.",
        [
            ("COERCE", "NPL", None),
            ("PROTEST", "NPL", "NPL", "opt"),
            ("PROTEST", None, None, "opt"),
            (AC, "NPL", "NPL", "opt"),
            ("ASSAULT", None, "NPL", "opt"),
        ],
        None,
    ),
    (
        "More than 200 Venezuelans were deported from the United States to El Salvador under a wartime law.",
        [("COERCE", "USA", "VEN")],
        "2025-03-17",
    ),
    (
        "The seizure of the British-flagged tanker Stena Impero by Iran's Revolutionary Guards in the Strait of Hormuz deepened the crisis with London.",
        [("COERCE", "IRN", "GBR")],
        "2019-07-20",
    ),
    (
        "Russia seized the local subsidiaries of France's Danone and Denmark's Carlsberg.",
        [("COERCE", "RUS", "FRA"), ("COERCE", "RUS", "DNK")],
        None,
    ),
    (
        "Pakistan's government banned the Pashtun Tahaffuz Movement, calling it a threat to national security.",
        [("COERCE", "PAK", "PAK")],
        "2024-10-07",
    ),
    (
        "South Korean President Yoon Suk Yeol declared emergency martial law in a late-night televised address.",
        [("COERCE", "KOR", None)],
        "2024-12-03",
    ),
    (
        "Chinese coast guard ships blocked two Philippine supply boats heading for the Second Thomas Shoal and fired water cannon at one of them.",
        [(CA, "CHN", "PHL"), (AC, "CHN", "PHL")],
        None,
    ),
    (
        "Bulldozers escorted by Israeli troops demolished a dozen Palestinian homes in Masafer Yatta.",
        [(CA, "ISR", "PSE")],
        None,
    ),
    (
        "Separatist leader Mirwaiz Umar Farooq was placed in preventive detention in Srinagar as authorities sealed off the Kashmir valley.",
        [("COERCE", "IND", "IND"), ("COERCE", "IND", None, "opt")],
        None,
    ),
    (
        "Belarusian border guards forced dozens of migrants back across the frontier into Poland.",
        [("COERCE", "BLR", None), ("COERCE", "BLR", "POL", "opt")],
        None,
    ),
    # --- SANCTION: freezes, export bans, expulsions, blocs, tariffs, sentences ---
    (
        "Britain froze the UK assets of Russian billionaire Roman Abramovich on Thursday.",
        [("SANCTION", "GBR", "RUS")],
        "2022-03-10",
    ),
    (
        "China banned exports of gallium and germanium to the United States.",
        [("SANCTION", "CHN", "USA")],
        "2024-12-03",
    ),
    (
        "The Netherlands restricted exports of advanced chipmaking machines to China.",
        [("SANCTION", "NLD", "CHN")],
        None,
    ),
    (
        "The European Union's ban on Russian seaborne crude came into force on Monday.",
        [("SANCTION", "IGO", "RUS")],
        "2022-12-05",
    ),
    (
        "Fifteen Russian diplomats were ordered out of Norway on suspicion of spying.",
        [("SANCTION", "NOR", "RUS")],
        None,
    ),
    (
        "Mali, Burkina Faso and Niger announced their immediate withdrawal from the West African bloc ECOWAS.",
        [("SANCTION", "MLI", "IGO"), ("SANCTION", "BFA", "IGO"), ("SANCTION", "NER", "IGO")],
        "2024-01-28",
    ),
    (
        "The African Union suspended Gabon after army officers seized power and put President Ali Bongo under house arrest.",
        [("SANCTION", "IGO", "GAB"), (CA, "GAB", "GAB", "opt"), ("COERCE", "GAB", "GAB", "opt")],
        "2023-08-31",
    ),
    (
        "The United States raised tariffs on Chinese electric vehicles to 100 percent.",
        [("SANCTION", "USA", "CHN")],
        "2024-05-14",
    ),
    (
        "A military court in Kinshasa sentenced three Americans to death for their part in a failed coup attempt.",
        [(SC, "COD", "USA")],
        "2024-09-13",
    ),
    (
        "The United States suspended its funding for the U.N. agency for Palestinian refugees over allegations that some staff took part in the October 7 attack.",
        [
            ("SANCTION", "USA", "IGO"),
            ("ASSAULT", None, None, "opt"),
            ("ASSAULT", "IGO", None, "opt"),
        ],
        "2024-01-27",
    ),
    (
        "Turkey halted all trade with Israel over the war in Gaza.",
        [("SANCTION", "TUR", "ISR")],
        "2024-05-02",
    ),
    (
        "The U.S. Treasury imposed sanctions on Rosneft and Lukoil, Russia's two largest oil companies, on Wednesday.",
        [("SANCTION", "USA", "RUS")],
        "2025-10-23",
    ),
    (
        "Lithuania expelled the Russian ambassador and recalled its own envoy from Moscow after the Bucha killings.",
        [
            ("SANCTION", "LTU", "RUS"),
            ("ASSAULT", "RUS", "UKR", "opt"),
            ("ASSAULT", None, None, "opt"),
        ],
        "2022-04-04",
    ),
    # --- AID ---
    (
        "Trucks loaded with flour from the World Food Programme crossed into northern Gaza on Sunday.",
        [("AID", "IGO", "PSE")],
        None,
    ),
    (
        "Jordanian and Egyptian air force planes parachuted pallets of food into northern Gaza.",
        [("AID", "JOR", "PSE"), ("AID", "EGY", "PSE")],
        None,
    ),
    (
        "The International Monetary Fund disbursed $1.2 billion to Pakistan under a new standby arrangement.",
        [("AID", "IGO", "PAK")],
        "2023-07-13",
    ),
    (
        "Germany delivered a second Patriot air defence system to Ukraine.",
        [("AID", "DEU", "UKR")],
        None,
    ),
    (
        "UNICEF flew 40 tonnes of vaccines and medical supplies into Kabul.",
        [("AID", "IGO", "AFG")],
        None,
    ),
    (
        "Ousted Afghan President Ashraf Ghani was granted refuge in the United Arab Emirates on humanitarian grounds.",
        [("AID", "ARE", "AFG")],
        "2021-08-18",
    ),
    (
        "A shipment of 500,000 vaccine doses donated by China arrived in Cairo.",
        [("AID", "CHN", "EGY")],
        None,
    ),
    (
        "Spain, Britain and Qatar sent search-and-rescue teams to Morocco after the earthquake.",
        [("AID", "ESP", "MAR"), ("AID", "GBR", "MAR"), ("AID", "QAT", "MAR")],
        "2023-09-10",
    ),
    (
        "British instructors trained thousands of Ukrainian recruits on Salisbury Plain.",
        [(("AID", "COOPERATE"), "GBR", "UKR")],
        None,
    ),
    (
        "The European Commission allocated 68 million euros in humanitarian aid to Palestinians.",
        [("AID", "IGO", "PSE")],
        None,
    ),
    (
        "Ukraine donated 25,000 tonnes of wheat to Somalia under its Grain from Ukraine programme.",
        [("AID", "UKR", "SOM")],
        None,
    ),
    (
        "Armenia took delivery of the first CAESAR howitzers it bought from France.",
        [(("COOPERATE", "AID"), "FRA", "ARM")],
        None,
    ),
    # --- RETREAT against CONCEDE ---
    (
        "Israeli forces completed their pullout from the Netzarim corridor in central Gaza on Sunday under the ceasefire deal.",
        [("RETREAT", "ISR", "PSE")],
        "2025-02-09",
    ),
    (
        "Russian forces left Snake Island in what Moscow called a goodwill gesture.",
        [("RETREAT", "RUS", "UKR")],
        "2022-06-30",
    ),
    (
        "The last French troops departed Niger on Friday, ending a decade of counter-terrorism operations.",
        [("RETREAT", "FRA", "NER")],
        "2023-12-23",
    ),
    (
        "Ethnic Armenian fighters in Karabakh began handing over their weapons to the Azerbaijani army.",
        [("RETREAT", "ARM", "AZE")],
        None,
    ),
    (
        "American journalist Evan Gershkovich was freed by Russia on Thursday in the largest prisoner exchange since the Cold War.",
        [("RETREAT", "RUS", "USA"), ("RETREAT", "USA", "RUS", "opt")],
        "2024-08-02",
    ),
    (
        "Thailand and Cambodia halted hostilities along their border at midnight.",
        [("RETREAT", "THA", "KHM"), ("RETREAT", "KHM", "THA", "opt")],
        None,
    ),
    (
        "Bangladeshi Prime Minister Sheikh Hasina resigned and fled to India as protesters stormed her residence.",
        [
            ("RETREAT", "BGD", None),
            ("PROTEST", "BGD", None, "opt"),
            ("PROTEST", None, None, "opt"),
            (AC, "BGD", "BGD", "opt"),
            ("ASSAULT", None, None, "opt"),
        ],
        "2024-08-05",
    ),
    (
        "M23 rebels moved out of the mining town of Walikale in eastern Congo.",
        [("RETREAT", "COD", "COD")],
        None,
    ),
    (
        "Kosovo lifted its ban on goods from Serbia after nearly a year.",
        [(RC, "XKX", "SRB")],
        None,
    ),
    (
        "Belarus released 14 political prisoners after a visit to Minsk by U.S. envoy Keith Kellogg.",
        [("RETREAT", "BLR", None), ("CONSULT", "USA", "BLR", "opt")],
        "2025-06-21",
    ),
    # --- THREATEN ---
    (
        "ECOWAS gave Niger's junta one week to reinstate President Mohamed Bazoum or face possible military intervention.",
        [("THREATEN", "IGO", "NER"), ("REQUEST", "IGO", "NER", "opt")],
        "2023-07-30",
    ),
    (
        "Donald Trump warned Hamas there would be all hell to pay if the hostages in Gaza were not released before he took office.",
        [("THREATEN", "USA", "PSE"), ("REQUEST", "USA", "PSE", "opt")],
        "2024-12-03",
    ),
    (
        "North Korea threatened to shoot down U.S. spy planes flying over its exclusive economic zone.",
        [("THREATEN", "PRK", "USA")],
        "2023-07-10",
    ),
    (
        "China's defence ministry said the army would smash any attempt at Taiwan independence.",
        [("THREATEN", "CHN", "TWN")],
        None,
    ),
    (
        "The Taliban warned that foreign forces still in Afghanistan after the August 31 deadline would face consequences.",
        [("THREATEN", "AFG", None)],
        "2021-08-23",
    ),
    (
        "Turkey threatened to block Sweden's bid to join NATO.",
        [("THREATEN", "TUR", "SWE")],
        None,
    ),
    (
        "Iran's Revolutionary Guards threatened to close the Strait of Hormuz if the United States attacked.",
        [("THREATEN", "IRN", "USA")],
        None,
    ),
]

NEGATIVES = [
    "Hundreds gathered in Srebrenica on Thursday to mark the anniversary of the massacre of some 8,000 Muslim men and boys by Bosnian Serb forces.",
    "Analysts said an Israeli strike on Iran's nuclear sites could trigger a regional war.",
    "Rwanda has consistently denied backing the M23 rebels in eastern Congo.",
    "Sanctions have done little to dent Russia's oil revenues, economists say.",
    "Firefighters and police staged a mock terrorist attack at Frankfurt airport as part of an emergency drill.",
    "Bayern Munich hammered Werder Bremen 6-0 at the Allianz Arena on Saturday.",
    "Australia thrashed England by nine wickets in the first Ashes Test in Brisbane.",
    "Apple seized the top spot in the global smartphone market from Samsung in the fourth quarter.",
    "The airline withdrew its profit forecast after a slump in bookings.",
    "Investors fled emerging markets as the dollar surged.",
    "Had the ceasefire collapsed, the army would have been ordered to retake the town.",
    "The Springboks routed Wales 41-13 in Cardiff, scoring six tries.",
]


XFAILS: dict[str, str] = {
    "Seven Pakistani soldiers": "wrong country: unnamed 'militants' take the place's country (Pakistan), where the gunmen rule keeps none (the armed-group convention gives the same reading; as 'Militants hurled' in test_breadth_force4.py)",
    "Suspected jihadists": "wrong country: unnamed 'suspected jihadists' take the place's country (Burkina Faso), as unnamed militants do",
    "A raid by Indian": "misparse: 'the news website NewsClick ended with the arrest' makes NewsClick the subject of 'ended', so the arrest gets a null source beside the raid",
    "Pakistan's government banned": "null side and an extra event: the banned movement, named without its country, gets none, and 'calling it a threat to national security' is coded ACCUSE",
    "The United States suspended": "misparse: 'for Palestinian refugees' is hung on 'funding', not on the agency, and gives a second SANCTION target (PSE)",
}
CASES = with_xfails(CASES, XFAILS)

FIXES = [
    # forces that depart a country or move out of a town pull out
    (
        "The last U.S. troops departed Afghanistan shortly before midnight.",
        [("RETREAT", "USA", "AFG")],
        "2021-08-31",
    ),
    (
        "Ukrainian forces moved out of the eastern town of Avdiivka.",
        [("RETREAT", "UKR", "UKR")],
        "2024-02-17",
    ),
    # trade curbs aimed at a state: restricted exports, raised tariffs, a ban on a commodity
    (
        "Japan restricted exports of chipmaking materials to South Korea.",
        [("SANCTION", "JPN", "KOR")],
        "2019-07-04",
    ),
    (
        "Canada raised tariffs on Chinese steel and aluminium to 25 percent.",
        [("SANCTION", "CAN", "CHN")],
        None,
    ),
    (
        "Britain's ban on Russian oil imports took effect on Monday.",
        [("SANCTION", "GBR", "RUS")],
        "2022-12-05",
    ),
    # a modifier coordinated with another ("search-and-rescue teams")
    (
        "Turkey sent search-and-rescue teams to Albania after the earthquake.",
        [("AID", "TUR", "ALB")],
        "2019-11-27",
    ),
    # a passive expulsion or deportation with no agent: the state left puts them out
    (
        "Two Russian diplomats were ordered out of Bulgaria on suspicion of espionage.",
        [("SANCTION", "BGR", "RUS")],
        None,
    ),
    (
        "Hundreds of Afghans were deported from Iran through the Islam Qala crossing.",
        [("COERCE", "IRN", "AFG")],
        None,
    ),
    # a mock or simulated attack is a rehearsal
    ("Soldiers staged a simulated attack on a power plant during the exercise.", [], None),
    # fire traded as gunfire, each side at the other
    (
        "Indian and Pakistani troops traded gunfire along the Line of Control.",
        [("ASSAULT", "IND", "PAK"), ("ASSAULT", "PAK", "IND")],
        None,
    ),
    # what an attack named as the subject cuts off is its damage
    (
        "A missile strike by Russia on a thermal power plant cut heating to thousands of homes in Kharkiv.",
        [("ASSAULT", "RUS", "UKR")],
        None,
    ),
    # a raid by law enforcement on premises is a search
    (
        "A raid by Turkish police on the Istanbul offices of the newspaper Zaman lasted six hours.",
        [("COERCE", "TUR", "TUR")],
        None,
    ),
    # refuge granted, as asylum is
    (
        "Former Sri Lankan President Gotabaya Rajapaksa was granted refuge in Singapore.",
        [("AID", "SGP", "LKA")],
        "2022-07-14",
    ),
    # goods a giving participle describes go to where they arrived
    (
        "Tonnes of flour sent by Turkey reached Gaza on Friday.",
        [("AID", "TUR", "PSE")],
        None,
    ),
    # an unnamed organ of the speaker's state in what it says it will do ("smash" as "crush")
    (
        "Iran's foreign ministry said the army would smash any aggression against the country.",
        [("THREATEN", "IRN", None)],
        None,
    ),
    (
        "North Korea's foreign ministry said the military would crush any attack by the United States.",
        [("THREATEN", "PRK", None)],
        None,
    ),
    # people forced back across a border are deported
    (
        "Greek coast guards forced migrants back across the maritime border into Turkish waters.",
        [("COERCE", "GRC", None)],
        None,
    ),
    # machines that are no actor act for those who escort them
    (
        "Bulldozers escorted by Indian police demolished homes in Srinagar.",
        [(CA, "IND", "IND")],
        None,
    ),
    # a pronoun object in a prepositional phrase of a conjoined verb is the first verb's object
    (
        "Israeli troops stopped two Palestinian ambulances and opened fire on one of them.",
        [("ASSAULT", "ISR", "PSE"), (("COERCE", "ASSAULT"), "ISR", "PSE", "opt")],
        None,
    ),
    # a site an attack hits belongs to the country of the town it is in
    (
        "Israeli missiles struck a hospital in Khan Younis.",
        [("ASSAULT", "ISR", "PSE")],
        None,
    ),
    (
        "RSF drones struck a market in Omdurman.",
        [("ASSAULT", "SDN", "SDN")],
        None,
    ),
    # a past tense read as an adjective ("planes parachuted pallets of food")
    (
        "French military planes parachuted pallets of food into Gaza.",
        [("AID", "FRA", "PSE")],
        None,
    ),
    (
        "Egyptian and Qatari planes parachuted pallets of medicine into Gaza.",
        [("AID", "EGY", "PSE"), ("AID", "QAT", "PSE")],
        None,
    ),
    # coordinated possessive names ("Italy's Ariston and Germany's BSH")
    (
        "Russia seized the assets of Italy's Ariston and Germany's BSH.",
        [("COERCE", "RUS", "ITA"), ("COERCE", "RUS", "DEU")],
        "2024-05-01",
    ),
    # a business seizes a lead or a spot, no property
    ("Nvidia seized the lead in the market for artificial intelligence chips.", [], None),
]


@pytest.mark.parametrize(("text", "expected", "pub"), CASES, ids=[_text(c)[:60] for c in CASES])
def test_force5_coded(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))


@pytest.mark.parametrize(
    "text", NEGATIVES, ids=[_text((t,) if isinstance(t, str) else t)[:60] for t in NEGATIVES]
)
def test_force5_negatives(code, text):
    events = countable(code(text, "2024-05-01"))
    assert not events, show(events)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_force5_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
