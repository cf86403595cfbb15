# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Breadth round on the boundaries between PLOVER types: records where parley might code an
event, but of the wrong type. Each record is built around one confusable pair, in
wording the earlier rounds do not use:

COERCE vs ASSAULT (arrests, raids, curfews, round-ups before deportation, a tanker or
rifles seized, an internet shutdown, a bureau raided and closed, a forced evacuation
order, tear gas and water cannon (either type), against shootings, air strikes,
abductions; a city captured is either); SANCTION vs COERCE for a prison sentence;
CONSULT vs AGREE vs COOPERATE (talks, phone calls, a meeting under U.N. auspices
against a treaty text agreed, a partnership treaty signed, a maritime deal reached,
against FBI agents joining an investigation and joint exercises); AID vs COOPERATE vs
SUPPORT (relief flown in, asylum, an EU disbursement, food distributed, against an arms
sale approved or launchers delivered under a contract, against an endorsement and
reaffirmed backing); ACCUSE vs PROTEST vs REJECT vs THREATEN (a seafood import ban is
SANCTION, a rally is PROTEST, summoning an ambassador to protest is ACCUSE, a denial
of a charge is REJECT, a warning of a response is THREATEN); REQUEST vs a demand with a
threat ("had 30 days to ... or risk", "within a week, without ruling out force");
SANCTION vs COERCE vs REJECT (an ambassador ordered out, recalled, trade halted,
consulates closed, ties broken off, talks suspended, a treaty suspended, leaving a
bloc, leaving a deal, against refusing to sit down with a rival or rejecting a
ruling); RETREAT vs CONCEDE (peacekeepers leaving, hostages and prisoners freed,
officers released, troops ordered back, weapons handed over, against a bill withdrawn
after protests, an apology, an admission; easing a blockade is either); MOBILIZE vs
ASSAULT vs THREATEN (drills, a missile test, troops massed or rushed to a border,
forces put on alert, police deployed, reservists called up, against missiles and drones
fired); PROTEST vs ASSAULT (rioters, stormed headquarters, marches, a hunger strike,
against settlers torching homes).

Every sentence was written for this file and annotated (types, source country, target
country per event) from shared/PLOVER.md and eval/README.md before the coder was run on
it; about half have no publication date, and the rest name people in the offices they
held on it. A record passes when every expected event is coded (any of its types, both
countries; target None: any target) and no other countable event is coded; an event
marked "opt" may or may not be coded. NEGATIVES must give no countable event.

Coverage, as a measure of generalisation: 83/103 records passed on the first run (74/93
CASES, 9/10 NEGATIVES), before any fix made for this file. The 19 failing CASES by cause
(the first cause of each): no event 4 ("ordered 1.1 million Palestinians ... to move
south", "reaffirmed France's backing for", "told Niger's coup leaders to reinstate",
"told Israel in a letter that it had 30 days to ... or risk"), another type 3 ("blasted
a fisheries vessel with its water cannon" as ACCUSE, "joined Haitian police in the
investigation" as ACCUSE investigate, "send Challenger 2 tanks to Ukraine" as MOBILIZE),
a side left null or wrong 7 ("Sudan's military cut internet access and detained", the
tagger reading "cut" as a noun; "seized their rifles"; "the joint U.S.-South Korean
drills"; "halted all exports to and imports from Israel"; "... on Saturday and Israel
released 200 Palestinian prisoners" read as Palestine releasing; "eased restrictions on
aid trucks entering Gaza"; police deployed "across the country"), an extra countable
event 5 ("at a summit in Cairo" as CONSULT; "releasing treated wastewater" as RETREAT;
"closed the Attari border crossing" with no target; "admitted that its soldiers had
mistakenly shot dead three Israeli hostages" also as ASSAULT; the hunger strike's "to
demand" as REQUEST). The failing negative: unnamed officials who "warned" that Kyiv
"could face renewed shelling" are read as threatening it.

Two annotations were slips against eval/README.md and were corrected after the first
run, each now with an optional event: the Arab League summit in Cairo (guideline 4: talks
that are background to the main event are an optional CONSULT) and the admitted shooting
of the hostages (guideline 9: an actor's claim about its own act is still coded, hedged).

After the general fixes: 94/103 (85/93 CASES, 9/10 NEGATIVES); the 9 left are strict
xfails with their cause (XFAILS: another type 1, a side left null 6, an extra event 1;
and the negative). Fixed causes: lexicon (treated water, wastewater,
sewage released is no release of captives; "reaffirmed its backing"; "blasted X with
its water cannon" with "with" hung on the object; border checkpoints closed or sealed);
telling a named party's men ("Niger's coup leaders", "Sudan's warring generals") to act
is a demand of that party; ordering a counted people ("some 1.1 million Palestinians")
to move or leave is a forced evacuation; "joined X in the investigation / search" is
cooperation with X, the shared work no event of its own; the "as" label of any accusing
verb is the accusation's content (shows in the stored events, which countable already
left out); a second clause after a date ("freed four soldiers on Saturday and Israel
released ..."), misread as an adverbial clause with no subordinator, is a conjoined
clause with its own subject; a restriction with no target beside acts of the same state
against one foreign state is against that state; telling a named party "that it had
30 days to ..." is an ultimatum, as "gave it 30 days to ..." is. The shared restriction
target also turned one strict xfail of tests/test_breadth_syntax4.py into a pass
("closed all its crossings with its eastern neighbour, accusing Moscow"). FIXES (10 records) were written after
the fixes, one or two new sentences per cause fixed.
"""

from __future__ import annotations

import pytest

from conftest import case_text as _text
from conftest import phrasebook_problems as _problems
from conftest import show, strict_xfail, with_xfails
from parley.evaluate import countable

# (text, [(types, source, target[, "opt"]), ...], pub date)
CASES = [
    # --- COERCE (arrests, raids, curfews, seizures, expulsions) vs ASSAULT (killing, bombing) ---
    (
        "Israeli troops arrested 14 Palestinians in overnight raids across the occupied West Bank, the army said.",
        [("COERCE", "ISR", "PSE")],
        None,
    ),
    (
        "Iranian security forces fired tear gas at mourners who had gathered at Mahsa Amini's grave in Saqqez on Wednesday, witnesses said.",
        [(("ASSAULT", "COERCE"), "IRN", "IRN")],
        "2022-10-27",
    ),
    (
        "Ethiopian federal police detained dozens of ethnic Tigrayans in Addis Ababa after the government declared a nationwide state of emergency.",
        [("COERCE", "ETH", "ETH"), ("COERCE", "ETH", "ETH", "opt")],
        None,
    ),
    (
        "Ethiopian warplanes bombed a crowded market in the Tigray village of Togoga on Tuesday, killing dozens of civilians, health workers said.",
        [("ASSAULT", "ETH", "ETH")],
        "2021-06-24",
    ),
    (
        "Iran's Revolutionary Guards seized the British-flagged tanker Stena Impero in the Strait of Hormuz on Friday.",
        [("COERCE", "IRN", "GBR")],
        "2019-07-20",
    ),
    (
        "Myanmar's military authorities imposed a night-time curfew on Yangon and Mandalay as street protests against the coup grew.",
        [("COERCE", "MMR", "MMR"), ("PROTEST", "MMR", "MMR", "opt")],
        "2021-02-09",
    ),
    (
        "Pakistani police rounded up hundreds of undocumented Afghan migrants in Karachi ahead of their deportation.",
        [("COERCE", "PAK", "AFG")],
        None,
    ),
    (
        "Russian soldiers shot dead two civilians at a checkpoint outside Bucha, Ukrainian prosecutors said.",
        [("ASSAULT", "RUS", "UKR")],
        None,
    ),
    (
        "Gunmen abducted hundreds of schoolgirls from a boarding school in Jangebe in Nigeria's Zamfara state on Friday.",
        [("ASSAULT", None, "NGA")],
        "2021-02-27",
    ),
    (
        "Sudan's military cut internet access across the country and detained Prime Minister Abdalla Hamdok on Monday.",
        [("COERCE", "SDN", "SDN")],
        "2021-10-26",
    ),
    (
        "Chinese state security agents detained the Australian writer Yang Hengjun at Guangzhou airport.",
        [("COERCE", "CHN", "AUS")],
        None,
    ),
    (
        "A Beijing court handed a suspended death sentence to the Australian writer Yang Hengjun on espionage charges.",
        [(("SANCTION", "COERCE"), "CHN", "AUS")],
        "2024-02-05",
    ),
    (
        "An Israeli air strike on Beirut's southern suburbs killed the senior Hezbollah commander Fuad Shukr, the Israeli military said.",
        [("ASSAULT", "ISR", "LBN")],
        "2024-07-31",
    ),
    (
        "Chinese coast guard personnel boarded two Philippine navy boats near Second Thomas Shoal on Monday and seized their rifles, Manila said.",
        [("COERCE", "CHN", "PHL")],
        "2024-06-18",
    ),
    (
        "A Chinese coast guard cutter blasted a Philippine fisheries vessel with its water cannon off Sabina Shoal, the Philippine coast guard said.",
        [(("ASSAULT", "COERCE"), "CHN", "PHL")],
        None,
    ),
    (
        "Israeli forces raided Al Jazeera's bureau in Ramallah and ordered it closed for 45 days.",
        [("COERCE", "ISR", "QAT")],
        "2024-09-22",
    ),
    (
        "Hong Kong police arrested 53 pro-democracy activists and former lawmakers under the national security law on Wednesday.",
        [("COERCE", "HKG", "HKG")],
        "2021-01-07",
    ),
    (
        "Israel ordered some 1.1 million Palestinians in northern Gaza to move south within 24 hours.",
        [("COERCE", "ISR", "PSE")],
        "2023-10-13",
    ),
    (
        "M23 rebels backed by Rwandan troops captured Bukavu, the capital of Congo's South Kivu province.",
        [
            (("COERCE", "ASSAULT"), "COD", "COD"),
            (("AID", "SUPPORT", "COOPERATE"), "RWA", "COD", "opt"),
        ],
        "2025-02-17",
    ),
    (
        "Tajik authorities deported dozens of Afghan refugees across the border despite warnings from the U.N. refugee agency.",
        [("COERCE", "TJK", "AFG")],
        None,
    ),
    # --- CONSULT vs AGREE vs COOPERATE ---
    (
        "U.S. Secretary of State Antony Blinken held talks with China's top diplomat Wang Yi in Beijing on Monday.",
        [("CONSULT", "USA", "CHN")],
        "2023-06-20",
    ),
    (
        "Armenia and Azerbaijan have agreed on the full text of a peace treaty, their foreign ministries said on Thursday.",
        [("AGREE", "ARM", "AZE")],
        "2025-03-14",
    ),
    (
        "Ethiopia's government and Tigrayan forces signed a permanent cessation of hostilities in Pretoria on Wednesday.",
        [(("AGREE", "RETREAT"), "ETH", "ETH")],
        "2022-11-03",
    ),
    (
        "Iran and Saudi Arabia agreed to restore diplomatic relations after talks brokered by China in Beijing.",
        [("AGREE", "IRN", "SAU"), ("CONSULT", "IRN", "SAU", "opt"), ("CONSULT", "CHN", None)],
        "2023-03-11",
    ),
    (
        "Nikol Pashinyan spoke by telephone with Emmanuel Macron on Tuesday about the blockade of the Lachin corridor.",
        [("CONSULT", "ARM", "FRA")],
        "2023-08-03",
    ),
    (
        "Israeli and Lebanese delegations met at the U.N. base in Naqoura for talks on their disputed maritime border.",
        [
            ("CONSULT", "ISR", "LBN"),
            ("CONSULT", "IGO", "ISR", "opt"),
            ("CONSULT", "IGO", "LBN", "opt"),
        ],
        None,
    ),
    (
        "Lebanon and Israel reached a deal on their maritime border after months of U.S. mediation, Lebanese President Michel Aoun said.",
        [("AGREE", "LBN", "ISR"), ("CONSULT", "USA", None, "opt")],
        "2022-10-12",
    ),
    (
        "FBI agents joined Haitian police in the investigation into the assassination of President Jovenel Moise.",
        [("COOPERATE", "USA", "HTI")],
        "2021-07-13",
    ),
    (
        "Japanese and Philippine troops held joint exercises on the island of Luzon.",
        [(("COOPERATE", "MOBILIZE"), "JPN", "PHL")],
        None,
    ),
    (
        "Kenya and Ethiopia signed an agreement to share intelligence on al-Shabaab militants along their common border.",
        [(("AGREE", "COOPERATE"), "KEN", "ETH")],
        None,
    ),
    (
        "Vladimir Putin and Masoud Pezeshkian signed a comprehensive strategic partnership treaty in Moscow on Friday.",
        [("AGREE", "RUS", "IRN"), ("CONSULT", "RUS", "IRN", "opt")],
        "2025-01-18",
    ),
    (
        "Recep Tayyip Erdogan discussed the Black Sea grain corridor with Vladimir Putin in a phone call, the Turkish presidency said.",
        [("CONSULT", "TUR", "RUS")],
        None,
    ),
    # --- AID vs COOPERATE vs SUPPORT ---
    (
        "Japan flew 40 tonnes of tents and blankets to quake-hit Turkey.",
        [("AID", "JPN", "TUR")],
        None,
    ),
    (
        "Spain granted political asylum to the Venezuelan opposition candidate Edmundo Gonzalez, who arrived in Madrid on Sunday.",
        [("AID", "ESP", "VEN")],
        "2024-09-09",
    ),
    (
        "The Arab League endorsed Egypt's plan for the reconstruction of Gaza at a summit in Cairo.",
        [("SUPPORT", "IGO", "EGY"), ("CONSULT", "IGO", "EGY", "opt")],
        "2025-03-05",
    ),
    (
        "The U.S. State Department approved the sale of 66 F-16 fighter jets to Taiwan.",
        [(("COOPERATE", "AGREE"), "USA", "TWN")],
        None,
    ),
    (
        "Britain will send Challenger 2 tanks to Ukraine, Rishi Sunak told Volodymyr Zelenskiy in a call on Saturday.",
        [(("AID", "AGREE"), "GBR", "UKR"), ("CONSULT", "GBR", "UKR", "opt")],
        "2023-01-15",
    ),
    (
        "India has begun delivering Pinaka multiple rocket launchers to Armenia under a contract signed last year.",
        [(("COOPERATE", "AID"), "IND", "ARM")],
        None,
    ),
    (
        "Emmanuel Macron reaffirmed France's backing for Armenia's territorial integrity.",
        [("SUPPORT", "FRA", "ARM")],
        None,
    ),
    (
        "The European Union disbursed another 1.5 billion euros to Ukraine to keep its government running.",
        [("AID", "IGO", "UKR")],
        None,
    ),
    (
        "The World Food Programme distributed food rations to 200,000 displaced people in Sudan's Darfur region.",
        [("AID", "IGO", "SDN")],
        None,
    ),
    # --- ACCUSE vs PROTEST vs REJECT vs THREATEN ---
    (
        "China suspended all imports of Japanese seafood after Japan began releasing treated wastewater from the Fukushima plant.",
        [("SANCTION", "CHN", "JPN")],
        "2023-08-25",
    ),
    (
        "Thousands of South Koreans rallied in central Seoul on Saturday against Japan's release of treated wastewater from Fukushima.",
        [("PROTEST", "KOR", "JPN")],
        "2023-08-27",
    ),
    (
        "Benjamin Netanyahu rejected Hamas's demand for an end to the war as a condition for freeing the hostages.",
        [("REJECT", "ISR", "PSE")],
        None,
    ),
    (
        "Kim Jong Un threatened to use nuclear weapons against South Korea if it attacked the North.",
        [("THREATEN", "PRK", "KOR")],
        None,
    ),
    (
        "North Korea denounced the joint U.S.-South Korean drills as a rehearsal for invasion.",
        [
            ("ACCUSE", "PRK", "USA"),
            ("ACCUSE", "PRK", "KOR", "opt"),
            ("MOBILIZE", "USA", None, "opt"),
        ],
        None,
    ),
    (
        "Turkey warned Sweden that it would block its NATO membership unless Stockholm cracked down on Kurdish militants.",
        [("THREATEN", "TUR", "SWE"), ("REQUEST", "TUR", "SWE", "opt")],
        None,
    ),
    (
        "Venezuela denied Guyanese charges that its soldiers had crossed the border into Guyana.",
        [("REJECT", "VEN", "GUY")],
        None,
    ),
    (
        "Ukraine summoned the Hungarian ambassador to protest at Viktor Orban's remarks about Ukrainian territory.",
        [("ACCUSE", "UKR", "HUN")],
        None,
    ),
    (
        "Azerbaijan denied Armenian claims that its troops had fired on a village in Syunik province.",
        [("REJECT", "AZE", "ARM")],
        None,
    ),
    (
        "Iran warned Israel of a crushing response to any attack on its nuclear facilities.",
        [("THREATEN", "IRN", "ISR")],
        None,
    ),
    (
        "French farmers blocked motorways around Paris with their tractors to protest at rising costs and EU regulations.",
        [("PROTEST", "FRA", None)],
        None,
    ),
    # --- REQUEST vs demand-as-THREATEN ---
    (
        "The U.N. Security Council called on Israel and Hamas to allow unimpeded humanitarian access throughout Gaza.",
        [("REQUEST", "IGO", "ISR"), ("REQUEST", "IGO", "PSE")],
        None,
    ),
    (
        "The United States told Israel in a letter that it had 30 days to improve the humanitarian situation in Gaza or risk losing some military aid.",
        [(("THREATEN", "REQUEST"), "USA", "ISR")],
        "2024-10-16",
    ),
    (
        "ECOWAS leaders told Niger's coup leaders to reinstate President Mohamed Bazoum within a week, without ruling out the use of force.",
        [(("THREATEN", "REQUEST"), "IGO", "NER")],
        "2023-07-31",
    ),
    (
        "Volodymyr Zelenskiy urged Western allies to send more air defence systems to protect Ukraine's power plants.",
        [("REQUEST", "UKR", None)],
        None,
    ),
    (
        "Haiti's government asked the United Nations to send an international armed force to help restore order.",
        [("REQUEST", "HTI", "IGO")],
        "2022-10-08",
    ),
    (
        "China demanded that the Philippines tow away the rusting warship it grounded at Second Thomas Shoal.",
        [("REQUEST", "CHN", "PHL")],
        None,
    ),
    # --- SANCTION vs COERCE vs REJECT ---
    (
        "Niger's military rulers ordered the French ambassador to leave the country within 48 hours.",
        [("SANCTION", "NER", "FRA")],
        "2023-08-26",
    ),
    (
        "Algeria recalled its ambassador from Paris with immediate effect over France's support for Moroccan sovereignty in Western Sahara.",
        [("SANCTION", "DZA", "FRA")],
        "2024-07-31",
    ),
    (
        "Turkey halted all exports to and imports from Israel over the war in Gaza, the trade ministry said.",
        [("SANCTION", "TUR", "ISR")],
        "2024-05-03",
    ),
    (
        "Morocco broke off diplomatic relations with Iran, accusing Tehran of arming the Polisario Front through Hezbollah.",
        [("SANCTION", "MAR", "IRN"), ("ACCUSE", "MAR", "IRN")],
        "2018-05-02",
    ),
    (
        "Colombia's government suspended peace talks with the ELN after the guerrillas attacked a military base in Arauca.",
        [("SANCTION", "COL", "COL"), ("ASSAULT", "COL", "COL", "opt")],
        None,
    ),
    (
        "India suspended the Indus Waters Treaty with Pakistan and closed the Attari border crossing.",
        [("SANCTION", "IND", "PAK"), (("COERCE", "SANCTION"), "IND", "PAK", "opt")],
        "2025-04-24",
    ),
    (
        "Germany ordered the closure of four of the five Russian consulates on its territory in a row over embassy staffing.",
        [("SANCTION", "DEU", "RUS")],
        "2023-06-01",
    ),
    (
        "Albin Kurti refused to sit down with Aleksandar Vucic at the EU-hosted talks in Brussels, the bloc's envoy said.",
        [("REJECT", "XKX", "SRB")],
        None,
    ),
    (
        "Mali, Burkina Faso and Niger announced their immediate withdrawal from the Economic Community of West African States on Sunday.",
        [("SANCTION", "MLI", "IGO"), ("SANCTION", "BFA", "IGO"), ("SANCTION", "NER", "IGO")],
        "2024-01-29",
    ),
    (
        "Russia pulled out of the Black Sea grain deal on Monday, ending a year-old arrangement that let Ukraine export grain by sea.",
        [(("SANCTION", "REJECT"), "RUS", None)],
        "2023-07-18",
    ),
    (
        "Beijing rejected the ruling by an international tribunal in The Hague that its claims in the South China Sea had no legal basis.",
        [("REJECT", "CHN", None)],
        None,
    ),
    # --- RETREAT vs CONCEDE ---
    (
        "Russian peacekeepers began pulling out of Nagorno-Karabakh, the Kremlin confirmed.",
        [("RETREAT", "RUS", None)],
        "2024-04-18",
    ),
    (
        "Hamas freed four Israeli soldiers on Saturday and Israel released 200 Palestinian prisoners under the ceasefire deal.",
        [("RETREAT", "PSE", "ISR"), ("RETREAT", "ISR", "PSE")],
        "2025-01-26",
    ),
    (
        "Kenyan President William Ruto withdrew the finance bill a day after protesters stormed parliament.",
        [("CONCEDE", "KEN", "KEN"), ("PROTEST", "KEN", "KEN", "opt")],
        "2024-06-27",
    ),
    (
        "Serbia released three Kosovo police officers it had detained near the border.",
        [("RETREAT", "SRB", "XKX")],
        "2023-06-27",
    ),
    (
        "Israel eased restrictions on aid trucks entering Gaza through the Kerem Shalom crossing.",
        [(("RETREAT", "CONCEDE"), "ISR", "PSE")],
        None,
    ),
    (
        "Germany formally apologised to Namibia for the colonial-era genocide of the Herero and Nama peoples.",
        [("CONCEDE", "DEU", "NAM")],
        "2021-05-29",
    ),
    (
        "Sergei Shoigu ordered Russian troops to withdraw from the west bank of the Dnipro river near Kherson.",
        [("RETREAT", "RUS", None)],
        "2022-11-10",
    ),
    (
        "The Israeli military admitted that its soldiers had mistakenly shot dead three Israeli hostages in Gaza.",
        [("CONCEDE", "ISR", None), ("ASSAULT", "ISR", "ISR", "opt")],
        "2023-12-16",
    ),
    (
        "FARC rebels handed over the last of their weapons to U.N. monitors.",
        [("RETREAT", "COL", None)],
        None,
    ),
    # --- MOBILIZE vs ASSAULT vs THREATEN ---
    (
        "China launched large-scale military drills around Taiwan on Thursday.",
        [("MOBILIZE", "CHN", "TWN")],
        "2024-05-24",
    ),
    (
        "North Korea test-fired an intercontinental ballistic missile into the sea off its east coast.",
        [("MOBILIZE", "PRK", None)],
        None,
    ),
    (
        "Russia has massed more than 100,000 troops near its border with Ukraine.",
        [("MOBILIZE", "RUS", "UKR")],
        None,
    ),
    (
        "Iran launched more than 300 drones and missiles at Israel overnight.",
        [("ASSAULT", "IRN", "ISR")],
        "2024-04-14",
    ),
    (
        "Vladimir Putin ordered Moscow's nuclear deterrence forces placed on special alert on Sunday.",
        [(("MOBILIZE", "THREATEN"), "RUS", None)],
        "2022-02-28",
    ),
    (
        "Nicolas Maduro ordered troops to the border with Guyana.",
        [("MOBILIZE", "VEN", "GUY")],
        None,
    ),
    (
        "India rushed thousands of extra troops to the Line of Actual Control in Ladakh.",
        [("MOBILIZE", "IND", None)],
        None,
    ),
    (
        "France deployed 45,000 police officers across the country to contain rioting over the police shooting of a teenager.",
        [("MOBILIZE", "FRA", "FRA"), ("PROTEST", "FRA", "FRA", "opt")],
        "2023-07-01",
    ),
    (
        "Vladimir Putin ordered a partial mobilisation of Russian reservists.",
        [("MOBILIZE", "RUS", None)],
        "2022-09-21",
    ),
    (
        "Russian warships fired cruise missiles at the port of Odesa overnight.",
        [("ASSAULT", "RUS", "UKR")],
        None,
    ),
    # --- PROTEST (riots) vs ASSAULT ---
    (
        "Israeli settlers torched Palestinian homes and cars in the West Bank town of Huwara.",
        [("ASSAULT", "ISR", "PSE")],
        "2023-02-27",
    ),
    (
        "Rioters in Dublin set fire to buses and looted shops after a knife attack outside a school.",
        [("PROTEST", "IRL", None)],
        "2023-11-24",
    ),
    (
        "Tens of thousands of Georgians marched through Tbilisi against the foreign agents bill.",
        [("PROTEST", "GEO", "GEO")],
        None,
    ),
    (
        "Supporters of Imran Khan stormed the army's headquarters in Rawalpindi after his arrest on Tuesday.",
        [("PROTEST", "PAK", "PAK"), ("COERCE", "PAK", "PAK", "opt")],
        "2023-05-10",
    ),
    (
        "Alexei Navalny went on hunger strike in his penal colony to demand proper medical treatment.",
        [("PROTEST", "RUS", None)],
        "2021-04-01",
    ),
]


XFAILS = {
    "Sudan's military cut": "the tagger reads 'cut' in 'Sudan's military cut internet access' as a noun, so the shutdown is not coded and the detention has no subject",
    "Chinese coast guard personnel": "'seized their rifles': 'their' (the boats' crews, the first verb's object) is not resolved, so the seizure has no target",
    "Britain will send": "'send Challenger 2 tanks to Ukraine' is read as a deployment (MOBILIZE); a handover of arms and a deployment of one's own forces are told by the same words",
    "North Korea denounced": "'U.S.-South Korean' is one token ('U.S.-South'), so the owners of the drills, the target of the denunciation, are not found",
    "Turkey halted": "'all exports to and imports from Israel': the parser leaves 'to' without an object and hangs 'from Israel' on 'imports', so the halt has no target",
    "Israel eased restrictions": "'eased restrictions on aid trucks entering Gaza': the trucks are no party and Gaza in their clause is not taken as the target (coded CONCEDE with no target, not RETREAT access to Palestine)",
    "France deployed": "a state deploying its own police 'across the country' gets no target: the state itself is not made the target of its own act",
    "Alexei Navalny went": "the hunger strike's aim ('to demand proper medical treatment') is also coded as a REQUEST with no target, as dev codes 'rallied ... to demand' (dev-0071); annotated here as the protest's aim only",
}

CASES = with_xfails(CASES, XFAILS)

NEGATIVES = [
    "The talks in Geneva are expected to resume next month, diplomats said.",
    "Analysts said the naval exercises were likely to raise tensions in the region.",
    "More than 1,500 people have been detained since the protests began in September, rights groups say.",
    "The embassy has been closed since 2012, when the two countries broke off relations.",
    pytest.param(
        "If the ceasefire collapses, Kyiv could face renewed shelling, officials warned.",
        marks=strict_xfail(
            "unnamed officials warning of a danger to Kyiv are read as threatening it (a warning of risk and a threat share 'warned ... could face')"
        ),
    ),
    "The foreign ministry declined to comment on reports that the ambassador had been recalled.",
    "Sanctions have cut Iran's oil exports by more than half since 2018, according to industry data.",
    "Donors are due to meet in Brussels next week to discuss reconstruction aid for Syria.",
    "The army said its troops had not opened fire on the convoy.",
    "Clashes between the two groups have killed more than 40,000 people since the war began.",
]

# (text, [(types, source, target[, "opt"]), ...], pub date), written after the fixes
FIXES = [
    # treated water let into the sea is no release of captives
    (
        "South Korean fishermen rallied in Busan as Japan released a third batch of treated wastewater into the Pacific.",
        [("PROTEST", "KOR", None)],
        None,
    ),
    # water cannon in a "with" phrase the parser hung on the object
    (
        "Venezuelan national guardsmen blasted a crowd of opposition marchers with water cannon in Caracas.",
        [(("ASSAULT", "COERCE"), "VEN", "VEN")],
        None,
    ),
    # "reaffirmed its backing for"
    (
        "Germany reaffirmed its backing for Moldova's bid to join the European Union.",
        [("SUPPORT", "DEU", "MDA")],
        None,
    ),
    # telling a named party's men to act
    (
        "The United States told Sudan's warring generals to return to the negotiating table in Jeddah.",
        [("REQUEST", "USA", "SDN")],
        None,
    ),
    # a counted people ordered to move
    (
        "Russia ordered some 60,000 Ukrainians on the east bank of the Dnipro to leave their homes.",
        [("COERCE", "RUS", "UKR")],
        None,
    ),
    # a second clause after a date, misread as an adverbial clause
    (
        "Russia freed 90 Ukrainian prisoners of war on Friday and Ukraine handed back 90 Russian soldiers.",
        [("RETREAT", "RUS", "UKR"), ("RETREAT", "UKR", "RUS")],
        None,
    ),
    # a restriction beside acts against one foreign state; checkpoints sealed
    (
        "Thailand recalled its ambassador from Cambodia and closed all land border crossings.",
        [("SANCTION", "THA", "KHM"), ("COERCE", "THA", "KHM")],
        None,
    ),
    (
        "Kyrgyzstan expelled a Tajik diplomat and sealed its border checkpoints with Tajikistan.",
        [("SANCTION", "KGZ", "TJK"), ("COERCE", "KGZ", "TJK")],
        None,
    ),
    # a time limit told to a named party
    (
        "The Arab League told Damascus that it had three days to let monitors into the country or face sanctions.",
        [(("THREATEN", "REQUEST"), "IGO", "SYR")],
        "2011-11-17",
    ),
    # joining another party in its search or investigation
    (
        "Greek coast guard vessels joined Italian rescuers in the search for migrants missing off Crete.",
        [("COOPERATE", "GRC", "ITA")],
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected", "pub"), CASES, ids=[_text(c)[:60] for c in CASES])
def test_bounds_coded(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))


@pytest.mark.parametrize(
    "text", NEGATIVES, ids=[_text((t,) if isinstance(t, str) else t)[:60] for t in NEGATIVES]
)
def test_bounds_negatives(code, text):
    events = countable(code(text, "2024-05-01"))
    assert not events, show(events)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_bounds_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
