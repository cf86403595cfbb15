# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Second lexical round over all 16 PLOVER types: the event said in words and phrases the
earlier lexical files (tests/test_paraphrase_lexical.py, test_cameo_verbs.py,
test_phrasebook_idioms.py) do not use: less common verbs and synonyms ("nixed",
"flayed", "inveighed against", "mortared", "garrisoned", "mothballed", "solicited"),
phrasal verbs ("knocked back", "bowed out", "thinned out", "rolled over a loan"),
light-verb constructions ("held consultations", "mounted an offensive", "issued a stark
warning", "placed ... on standby"), nominalisations as the main event ("the ratification
of", "the handover of", "an onslaught by"), headline verbs, British and American
spellings, and multiword idioms of diplomacy and conflict reporting ("buried the
hatchet", "thumbed its nose at", "set their seal on", "sang the praises of").

Every sentence was written for this file and annotated (types, source country, target
country per event) from shared/PLOVER.md and eval/README.md before the coder was run on
it; about half carry a publication date, with people in the offices they held then. A
record passes when every expected event is coded (any of its types, both countries;
target None: any target; either way round for the symmetric types) and no other
countable event is coded; an event marked "opt" may or may not be coded. NEGATIVES use
the same words in a non-event sense (sport, business, weather, engineering, film) and
must give no countable event.

Coverage, as a measure of generalisation along the lexical axis: 34/110 records passed
on the first run (24/98 CASES, 10/12 NEGATIVES), before any fix made for this file. The
74 failing CASES by first cause: no event 68 (the word or phrase is not in the lexicon:
"set their seal on", "the ratification of", "came to an understanding", "buried the
hatchet", "a telephone exchange", "exchanged views", "got together", "sounded out",
"vouched for", "lined up behind", "accorded recognition", "a thumbs-up", "acquiesced",
"retracted", "diluted", "made amends", "waived its objections", "expressed
contrition", "in tandem / in concert with", "contracted for", "earmarked", "injected",
"funnelled", "shored up", "gave shelter", "rolled over a loan", "bowed out",
"decamped", "thinned out", "the handover of four villages", "solicited", "put in a
request", "laid into", "flayed", "inveighed against", "a broadside", "nixed", "knocked
back", "waved away", "thumbed its nose at", "demurred", "would not think twice about",
"menaced", "laid down their tools", "filled ... in protest", "mothballed", "ditched its
membership", "showed ... the door", "put on ice", "readied", "garrisoned", "stood up",
"throttled", "kettled", "collared", "gagged", "mortared", "rocketed", "raked with
fire", "took out", "an onslaught"; an actor not resolved: "the two Koreas"; a parse:
"carpet-bombed" read as an adjective), another type 1 ("hacked to death" as hacking, a
cyber operation), a side left null or wrong 2 ("critics of the government"; a named
person whose country the text does not give), an extra countable event 3 ("arming
Russia" in "a warning ... against arming Russia"; the purpose "to demand higher wages"
of a strike; the farmers' country and target). Past the missing words, the next causes
showed once the words were in: "turned over a Russian hacker to the United States"
took the hacker's country; the DEA was unknown; "at the Security Council" was a second
target; "for more peacekeepers" a second, empty target. The NEGATIVES that failed:
"signed a new striker from Brazil" (AGREE), "pummelled Chelsea 4-0" (ASSAULT). Two
annotations were corrected as slips: against eval/README.md guideline 6 (a named person
whose country the text does not give has none), Evan Gershkovich's sentence now has
target None; and the purpose "to demand higher wages" of a strike is now an optional
REQUEST, as dev and wire annotate "rallied ... to demand" (it had been left out).

After the general fixes: 100/110 (88/98 CASES, 12/12 NEGATIVES); the 10 left are strict
XFAILS with their cause (no event 6, a side null or wrong 1, an extra event 3). Fixed
causes: lexicon (107 entries: the verbs, phrasal verbs, light-verb nouns and idioms
listed above, each with the object or particle that keeps it from its other senses, e.g.
"mothballed" only ties, talks or a process, not a fleet; "took out" only a depot, radar
or building, not a loan; "shored up" reserves (AID) or defences (MOBILIZE), not a dam;
"lay down" tools (a strike) beside weapons (disarmament)); "accord" as a light verb; the
handover of villages, towns and districts; "turned over X to Y" takes Y as the partner,
as "handed over" does; the DEA as a U.S. agency; dockworkers, dockers, longshoremen and
steelworkers as labour (LAB, as "workers" and "miners"); sport (a club "signed a
striker"; "pummelled / hammered / thrashed X 4-0" with a score); a council, assembly or
summit one speaks "at" is a forum, not a target; forces a request asks "for" ("appealed
to the U.N. for more peacekeepers") are no second target; what a warning's "against"
phrase names is warned off, not done; a two-object verb's second object misread as an
apposition of the receiver is repaired ("showed the French ambassador the door"); a
crowd ("thousands of Georgians") doing something "in protest" is protesting; the side
helped is the owner of what aid shores up or rolls over ("shored up Egypt's reserves"),
and an infinitive on what is granted or lent is the gift's purpose ("granted a credit
line to shore up ...", a regression of the new "shored up" in
tests/test_breadth_aid2.py). FIXES were written after the fixes, one or two new
sentences per cause fixed (with sport negatives for the blocked senses).
"""

from __future__ import annotations

import pytest

from conftest import case_text as _text
from conftest import phrasebook_problems as _problems
from conftest import show, with_xfails
from parley.evaluate import countable

AR = ("AGREE", "RETREAT")
RC = ("RETREAT", "CONCEDE")
AA = ("AID", "AGREE")
CA = ("COOPERATE", "AGREE")
TR = ("THREATEN", "REQUEST")
SC = ("SANCTION", "COERCE")

# (text, [(types, source, target[, "opt"]), ...], pub date)
CASES = [
    # --- AGREE ---
    (
        "Israel and Lebanon thrashed out a maritime border agreement after months of U.S. mediation.",
        [
            ("AGREE", "ISR", "LBN"),
            ("CONSULT", "USA", "ISR", "opt"),
            ("CONSULT", "USA", "LBN", "opt"),
        ],
        None,
    ),
    (
        "Kyiv and Warsaw set their seal on a grain transit accord on Monday.",
        [("AGREE", "UKR", "POL")],
        None,
    ),
    (
        "The ratification of the border treaty by the parliaments of Kyrgyzstan and Tajikistan was completed on Wednesday.",
        [("AGREE", "KGZ", "TJK")],
        "2025-04-03",
    ),
    (
        "Colombia's government and the ELN rebels came to an understanding on a six-month ceasefire in Havana.",
        [(AR, "COL", "COL")],
        None,
    ),
    (
        "Ethiopia and Eritrea buried the hatchet with a peace declaration signed in Asmara.",
        [("AGREE", "ETH", "ERI")],
        "2018-07-10",
    ),
    (
        "The two Koreas struck a bargain to reopen the Kaesong industrial zone.",
        [("AGREE", "KOR", "PRK")],
        None,
    ),
    # --- CONSULT ---
    (
        "Chinese Foreign Minister Wang Yi held consultations with Russian Foreign Minister Sergei Lavrov in Tunxi on Wednesday.",
        [("CONSULT", "CHN", "RUS")],
        "2022-03-31",
    ),
    (
        "Turkish President Recep Tayyip Erdogan had a telephone exchange with Vladimir Putin about the grain corridor.",
        [("CONSULT", "TUR", "RUS")],
        "2022-07-02",
    ),
    (
        "Indian and Chinese corps commanders exchanged views on disengagement at the Chushul-Moldo border meeting point.",
        [("CONSULT", "IND", "CHN")],
        None,
    ),
    (
        "Beijing gave Brazil's president a lavish welcome in the Great Hall of the People.",
        [("CONSULT", "CHN", "BRA"), ("SUPPORT", "CHN", "BRA", "opt")],
        None,
    ),
    (
        "The foreign ministers of Greece and Turkey got together in Ankara to mend fences.",
        [("CONSULT", "GRC", "TUR")],
        None,
    ),
    (
        "The French foreign minister sounded out his German counterpart on a peace plan for Ukraine.",
        [("CONSULT", "FRA", "DEU")],
        None,
    ),
    # --- SUPPORT ---
    (
        "Brussels vouched for Moldova's reform record ahead of the accession talks.",
        [("SUPPORT", "IGO", "MDA")],
        None,
    ),
    (
        "EU leaders lined up behind Denmark in the row over Greenland.",
        [("SUPPORT", "IGO", "DNK")],
        "2025-01-31",
    ),
    (
        "The U.S. secretary of state sang the praises of Vietnam's role in the region during a visit to Hanoi.",
        [("SUPPORT", "USA", "VNM"), ("CONSULT", "USA", "VNM", "opt")],
        None,
    ),
    (
        "Moscow accorded diplomatic recognition to the Taliban government on Thursday.",
        [("SUPPORT", "RUS", "AFG")],
        "2025-07-04",
    ),
    (
        "Tokyo gave a thumbs-up to Manila's new maritime zones law.",
        [("SUPPORT", "JPN", "PHL")],
        None,
    ),
    (
        "Poland's president said Warsaw would stand by Kyiv through thick and thin.",
        [(("SUPPORT", "AGREE"), "POL", "UKR")],
        None,
    ),
    # --- CONCEDE ---
    (
        "Pristina acquiesced to the European Union's demand to scale down police operations in the north.",
        [("CONCEDE", "XKX", None), ("RETREAT", "XKX", None, "opt")],
        None,
    ),
    (
        "The Chinese embassy in Paris retracted the ambassador's remarks questioning the sovereignty of former Soviet states.",
        [("CONCEDE", "CHN", None)],
        "2023-04-25",
    ),
    (
        "Warsaw diluted its judicial overhaul to unlock frozen EU funds.",
        [("CONCEDE", "POL", None)],
        None,
    ),
    (
        "Israel's prime minister made amends to Turkey for the deaths on the Mavi Marmara.",
        [("CONCEDE", "ISR", "TUR")],
        "2013-03-23",
    ),
    (
        "Bulgaria waived its objections to North Macedonia's EU accession talks.",
        [(RC, "BGR", "MKD")],
        "2022-06-25",
    ),
    (
        "The Belgian king expressed contrition to Congo for the abuses of the colonial era.",
        [("CONCEDE", "BEL", "COD")],
        "2020-06-30",
    ),
    # --- COOPERATE ---
    (
        "Turkish and Iraqi intelligence services worked in tandem against PKK cells along the border.",
        [("COOPERATE", "TUR", "IRQ")],
        None,
    ),
    (
        "Washington and Manila forged closer security ties with an agreement on access to four more bases.",
        [(CA, "USA", "PHL"), ("AGREE", "USA", "PHL", "opt")],
        "2023-02-02",
    ),
    (
        "Spain turned over a Russian hacker to the United States.",
        [("COOPERATE", "ESP", "USA"), ("COERCE", "ESP", None, "opt")],
        None,
    ),
    (
        "Egypt contracted for 30 more Rafale fighter jets from France.",
        [(CA, "EGY", "FRA")],
        "2021-05-05",
    ),
    (
        "Mexican marines acted in concert with the DEA to capture the cartel leader.",
        [("COOPERATE", "MEX", "USA"), ("COERCE", "MEX", None, "opt")],
        None,
    ),
    (
        "Seoul and Washington stood up a joint nuclear consultative group.",
        [(CA, "KOR", "USA")],
        None,
    ),
    # --- AID ---
    (
        "Japan earmarked $5.5 billion for Ukraine's reconstruction.",
        [(AA, "JPN", "UKR")],
        "2023-02-20",
    ),
    (
        "Saudi Arabia injected $500 million into Yemen's central bank.",
        [("AID", "SAU", "YEM")],
        None,
    ),
    (
        "Iran funnelled drones and missiles to the Houthis, a U.N. panel said.",
        [("AID", "IRN", "YEM"), ("ACCUSE", "IGO", "IRN", "opt")],
        None,
    ),
    (
        "Saudi Arabia and the United Arab Emirates shored up Egypt's reserves with billions of dollars in deposits.",
        [("AID", "SAU", "EGY"), ("AID", "ARE", "EGY")],
        None,
    ),
    (
        "Chad gave shelter to 20,000 Sudanese refugees who crossed the border last week.",
        [("AID", "TCD", "SDN")],
        None,
    ),
    (
        "China rolled over a $2 billion loan to Pakistan.",
        [("AID", "CHN", "PAK")],
        "2023-03-25",
    ),
    (
        "A shipload of Ukrainian wheat donated by Kyiv reached the port of Mogadishu.",
        [("AID", "UKR", None)],
        None,
    ),
    # --- RETREAT ---
    (
        "Sudan's prime minister Abdalla Hamdok tendered his resignation on Sunday.",
        [("RETREAT", "SDN", None)],
        "2022-01-03",
    ),
    (
        "Peru's president Pedro Pablo Kuczynski bowed out amid a vote-buying scandal.",
        [("RETREAT", "PER", None)],
        "2018-03-22",
    ),
    (
        "Wagner fighters decamped from their positions near Bakhmut.",
        [("RETREAT", "RUS", None)],
        None,
    ),
    (
        "Tehran allowed a jailed French academic to walk free after more than three years.",
        [("RETREAT", "IRN", "FRA")],
        None,
    ),
    (
        "The handover of four villages to Azerbaijan by Armenia was completed on Friday.",
        [(RC, "ARM", "AZE")],
        "2024-05-25",
    ),
    (
        "Hezbollah thinned out its fighters south of the Litani river.",
        [("RETREAT", "LBN", None)],
        None,
    ),
    # --- REQUEST ---
    (
        "Ukraine's president solicited more Patriot batteries from Germany.",
        [("REQUEST", "UKR", "DEU")],
        None,
    ),
    (
        "Pakistan pressed for a neutral investigation into the Pahalgam attack.",
        [("REQUEST", "PAK", None)],
        "2025-04-27",
    ),
    (
        "Lebanon put in a request to the United Nations for more peacekeepers.",
        [("REQUEST", "LBN", "IGO")],
        None,
    ),
    (
        "The Haitian government made an appeal to the international community for an armed force.",
        [("REQUEST", "HTI", None)],
        None,
    ),
    (
        "Seoul entreated Washington for an exemption from the steel tariffs.",
        [("REQUEST", "KOR", "USA")],
        None,
    ),
    # --- ACCUSE ---
    (
        "Russia's U.N. ambassador laid into Britain at the Security Council.",
        [("ACCUSE", "RUS", "GBR")],
        None,
    ),
    (
        "The Kremlin flayed NATO for its build-up on Russia's western borders.",
        [("ACCUSE", "RUS", "IGO"), ("MOBILIZE", "IGO", None, "opt")],
        None,
    ),
    (
        "Iran's supreme leader inveighed against Israel in a Friday sermon.",
        [("ACCUSE", "IRN", "ISR")],
        None,
    ),
    (
        "Pakistan's foreign office launched a broadside at Kabul over cross-border attacks.",
        [("ACCUSE", "PAK", "AFG"), ("ASSAULT", "AFG", "PAK", "opt")],
        None,
    ),
    (
        "China hits out at U.S. over new chip export curbs",
        [("ACCUSE", "CHN", "USA"), ("SANCTION", "USA", "CHN", "opt")],
        None,
    ),
    (
        "Ankara criticized Athens over the militarization of Aegean islands.",
        [("ACCUSE", "TUR", "GRC"), ("MOBILIZE", "GRC", None, "opt")],
        None,
    ),
    # --- REJECT ---
    (
        "Tehran nixed a U.S. proposal for direct talks.",
        [("REJECT", "IRN", "USA")],
        None,
    ),
    (
        "Kyiv knocked back a Kremlin offer of a holiday truce.",
        [("REJECT", "UKR", "RUS")],
        None,
    ),
    (
        "China waved away Philippine complaints about its use of water cannon.",
        [("REJECT", "CHN", "PHL")],
        None,
    ),
    (
        "Pyongyang thumbed its nose at the U.N. sanctions with another missile launch.",
        [("REJECT", "PRK", "IGO"), ("MOBILIZE", "PRK", None, "opt")],
        None,
    ),
    (
        "Israel demurred at the French proposal for a truce in Lebanon.",
        [("REJECT", "ISR", "FRA")],
        None,
    ),
    (
        "Belgrade turned a deaf ear to Western calls to recognise Kosovo.",
        [("REJECT", "SRB", None)],
        None,
    ),
    # --- THREATEN ---
    (
        "Israel's defence minister said Israel would not think twice about striking Hezbollah's arsenal.",
        [("THREATEN", "ISR", "LBN")],
        None,
    ),
    (
        "North Korea menaced South Korea with merciless retaliation over the leaflet launches.",
        [("THREATEN", "PRK", "KOR")],
        None,
    ),
    (
        "The United States issued a stark warning to Iran against arming Russia.",
        [(TR, "USA", "IRN")],
        None,
    ),
    (
        "Turkey's president held out the prospect of a fresh incursion into northern Syria.",
        [("THREATEN", "TUR", "SYR")],
        None,
    ),
    (
        "Washington brandished the threat of secondary tariffs against buyers of Venezuelan oil.",
        [("THREATEN", "USA", None)],
        None,
    ),
    # --- PROTEST ---
    (
        "Dockworkers in Antwerp laid down their tools over pension reform.",
        [("PROTEST", "BEL", None)],
        None,
    ),
    (
        "Thousands of Georgians filled Rustaveli Avenue in protest against the foreign agents law.",
        [("PROTEST", "GEO", "GEO")],
        "2024-05-12",
    ),
    (
        "Opposition supporters in Caracas banged pots and pans from their balconies against the election result.",
        [("PROTEST", "VEN", "VEN")],
        None,
    ),
    (
        "Junior doctors in South Korea staged a mass walk-out over plans to raise medical school admissions.",
        [("PROTEST", "KOR", "KOR")],
        "2024-02-21",
    ),
    (
        "Farmers blockaded the roads into Brussels with tractors during the EU summit.",
        [("PROTEST", None, None)],
        None,
    ),
    (
        "Workers at Samsung Electronics in South Korea stopped work for three days to demand higher wages.",
        [("PROTEST", "KOR", None), ("REQUEST", "KOR", None, "opt")],
        "2024-07-09",
    ),
    # --- SANCTION ---
    (
        "The European Union mothballed Georgia's accession process.",
        [("SANCTION", "IGO", "GEO")],
        None,
    ),
    (
        "Niger's junta showed the French ambassador the door.",
        [("SANCTION", "NER", "FRA")],
        None,
    ),
    (
        "Hungary ditched its membership of the International Criminal Court.",
        [("SANCTION", "HUN", "IGO")],
        None,
    ),
    (
        "Britain put its trade talks with Israel on ice.",
        [("SANCTION", "GBR", "ISR")],
        "2025-05-21",
    ),
    (
        "A Moscow court handed Evan Gershkovich a 16-year sentence for espionage.",
        [("SANCTION", "RUS", None)],
        "2024-07-19",
    ),
    (
        "Moscow slapped an entry ban on dozens of British ministers.",
        [(SC, "RUS", "GBR")],
        None,
    ),
    # --- MOBILIZE ---
    (
        "Taiwan placed its forces on standby as Chinese warships circled the island.",
        [("MOBILIZE", "TWN", None), ("MOBILIZE", "CHN", None, "opt")],
        None,
    ),
    (
        "Israel readied armoured brigades on the Gaza border.",
        [("MOBILIZE", "ISR", None)],
        None,
    ),
    (
        "Poland shored up its defences on the Belarusian border with another 10,000 troops.",
        [("MOBILIZE", "POL", None)],
        None,
    ),
    (
        "India garrisoned additional troops in eastern Ladakh.",
        [("MOBILIZE", "IND", None)],
        None,
    ),
    (
        "Russia stood up two new armies on its western flank.",
        [("MOBILIZE", "RUS", None)],
        None,
    ),
    (
        "Beijing mobilized its coast guard around Kinmen after the deaths of two Chinese fishermen.",
        [("MOBILIZE", "CHN", None)],
        "2024-02-20",
    ),
    # --- COERCE ---
    (
        "Iranian authorities took a British-Iranian charity worker into detention at Tehran airport.",
        [("COERCE", "IRN", None)],
        None,
    ),
    (
        "Ethiopia throttled internet access in the Amhara region.",
        [("COERCE", "ETH", "ETH")],
        None,
    ),
    (
        "Hong Kong police kettled protesters in Mong Kok.",
        [("COERCE", "HKG", None)],
        None,
    ),
    (
        "Venezuela's intelligence service collared an opposition leader outside his home.",
        [("COERCE", "VEN", "VEN")],
        None,
    ),
    (
        "Burkina Faso's junta gagged the country's independent radio stations.",
        [("COERCE", "BFA", "BFA")],
        None,
    ),
    (
        "Nicaragua stripped 94 critics of the government of their citizenship.",
        [("COERCE", "NIC", "NIC")],
        "2023-02-16",
    ),
    # --- ASSAULT ---
    (
        "Russian forces blitzed Kharkiv with glide bombs overnight.",
        [("ASSAULT", "RUS", "UKR")],
        None,
    ),
    (
        "M23 rebels mortared an army base near Goma.",
        [("ASSAULT", "COD", "COD")],
        None,
    ),
    (
        "Hezbollah rocketed northern Israel on Sunday.",
        [("ASSAULT", "LBN", "ISR")],
        "2024-08-26",
    ),
    (
        "Gunmen raked a convoy of Pakistani soldiers with machine-gun fire in Balochistan.",
        [("ASSAULT", None, "PAK")],
        None,
    ),
    (
        "Russia mounted an offensive in the Kharkiv region on Friday.",
        [("ASSAULT", "RUS", "UKR")],
        "2024-05-11",
    ),
    (
        "Israeli jets took out a Hezbollah weapons depot in the Bekaa valley.",
        [("ASSAULT", "ISR", "LBN")],
        None,
    ),
    (
        "Jihadists hacked to death 12 villagers in northern Burkina Faso.",
        [("ASSAULT", "BFA", "BFA")],
        None,
    ),
    (
        "An onslaught by RSF fighters on El Fasher killed dozens of civilians.",
        [("ASSAULT", "SDN", "SDN")],
        None,
    ),
    (
        "Sudan's army carpet-bombed RSF-held districts of Khartoum.",
        [("ASSAULT", "SDN", "SDN")],
        None,
    ),
]

XFAILS = {
    "The two Koreas": "'the two Koreas' is resolved to no actor, so the bargain has no sides",
    "Beijing gave Brazil's": "'gave X a lavish welcome' is not read as hosting a visit (the noun 'welcome' is praise or a visit by its receiver)",
    "Bulgaria waived": "'EU accession talks' inside what the objection was to is coded as a CONSULT of its own",
    "Seoul and Washington stood up": "'stood up a joint nuclear consultative group' (setting up a joint body) is not read as cooperation",
    "Tehran allowed a jailed": "'allowed X to walk free' is not read as a release",
    "Israel's defence minister said Israel would not think twice": "'would not think twice about striking' is not read as a threat; the striking is coded as an act",
    "Farmers blockaded": "the farmers take Belgium from 'the roads into Brussels' and the EU from 'during the EU summit' (annotated with neither); the summit is coded as a CONSULT",
    "Nicaragua stripped": "'94 critics of the government' are given no country, so the target is empty",
    "Sudan's army carpet-bombed": "the parser reads 'carpet-bombed' as an adjective of 'districts', so there is no verb",
}

CASES = with_xfails(CASES, XFAILS)

NEGATIVES = [
    "Arsenal signed a new striker from Brazil on a five-year deal.",
    "Manchester City pummelled Chelsea 4-0 at the Etihad on Saturday.",
    "Storm Ciaran battered the coast of Brittany overnight, cutting power to a million homes.",
    "Shares in the carmaker rallied after it rebuffed a takeover bid from a rival.",
    "The airline mothballed its fleet of jumbo jets during the pandemic.",
    "The central bank issued a stark warning about persistent inflation.",
    "Farmers rounded up their cattle ahead of the floods.",
    "The home side mounted a late offensive but could not find an equaliser.",
    "Critics lambasted the director's new film at Cannes.",
    "The tennis champion blitzed her opponent in straight sets.",
    "Engineers shored up the dam after days of heavy rain.",
    "The handover of the keys to the new stadium took place on Friday.",
]

FIXES = [
    # lexicon: rarer verbs, phrasal verbs, light-verb nouns and idioms
    (
        "Pakistan and India came to an understanding on the Kartarpur corridor.",
        [("AGREE", "PAK", "IND")],
        None,
    ),
    (
        "Rwanda's foreign minister sounded out Kenyan officials on a regional summit.",
        [("CONSULT", "RWA", "KEN")],
        None,
    ),
    ("The Kremlin flayed Finland for joining NATO.", [("ACCUSE", "RUS", "FIN")], "2023-04-05"),
    ("Caracas nixed Guyana's offer of arbitration.", [("REJECT", "VEN", "GUY")], None),
    (
        "Moldova's government retracted the decree on Russian broadcasters.",
        [("CONCEDE", "MDA", None)],
        None,
    ),
    (
        "Hamas militants mortared an Israeli army post near Kerem Shalom.",
        [("ASSAULT", "PSE", "ISR")],
        None,
    ),
    (
        "Belgrade garrisoned extra police units along the boundary line with Kosovo.",
        [("MOBILIZE", "SRB", None)],
        None,
    ),
    (
        "Police in Dhaka kettled student protesters near the university.",
        [("COERCE", "BGD", None)],
        None,
    ),
    (
        "Qatar earmarked $50 million for Afghanistan's earthquake victims.",
        [(AA, "QAT", "AFG")],
        None,
    ),
    (
        "Nigerien soldiers decamped from their base near the Malian border.",
        [("RETREAT", "NER", None)],
        None,
    ),
    (
        "The Ethiopian government solicited debt relief from China.",
        [("REQUEST", "ETH", "CHN")],
        None,
    ),
    # sport: a player signed, a heavy win with a score
    ("Real Madrid signed a Brazilian winger from Flamengo.", [], None),
    ("Bayern hammered Barcelona 8-2 in Lisbon.", [], None),
    # the handover of territory; "accorded recognition"; "turned over X to Y"
    (
        "Russia's handover of the island to China ended the border dispute.",
        [(RC, "RUS", "CHN")],
        None,
    ),
    (
        "Ecuador accorded diplomatic recognition to the Palestinian state.",
        [("SUPPORT", "ECU", "PSE")],
        None,
    ),
    (
        "Georgia turned over two Chechen suspects to Russia.",
        [("COOPERATE", "GEO", "RUS"), ("COERCE", "GEO", None, "opt")],
        None,
    ),
    # "rocketed" a place; "took out" a target; the DEA
    ("Houthi fighters rocketed a Saudi border post.", [("ASSAULT", "YEM", "SAU")], None),
    ("Ukrainian drones took out a Russian radar in Crimea.", [("ASSAULT", "UKR", "RUS")], None),
    (
        "Colombian police cooperated with the DEA to dismantle the network.",
        [("COOPERATE", "COL", "USA")],
        None,
    ),
    # a forum spoken "at"; forces asked "for"; a warning's "against"
    (
        "Ukraine's foreign minister tore into Russia at the General Assembly.",
        [("ACCUSE", "UKR", "RUS")],
        None,
    ),
    ("Somalia appealed to the African Union for more troops.", [("REQUEST", "SOM", "IGO")], None),
    (
        "Beijing issued a warning to Manila against sending warships to the shoal.",
        [(TR, "CHN", "PHL")],
        None,
    ),
    # the side helped as the owner of what aid shores up
    ("The IMF shored up Sri Lanka's battered finances.", [("AID", "IGO", "LKA")], None),
    # what aid is lent "to shore up" is its purpose, not a second aid
    ("Riyadh lent Cairo $5 billion to shore up Egypt's reserves.", [("AID", "SAU", "EGY")], None),
    # dock workers as labour
    ("Dockers in Rotterdam went on strike over automation.", [("PROTEST", "NLD", None)], None),
    # the second object of a two-object verb; a crowd "in protest"; forces stood up
    ("Moscow showed two Estonian diplomats the door.", [("SANCTION", "RUS", "EST")], None),
    (
        "Thousands of Serbians lined the streets of Belgrade in protest against the lithium mine.",
        [("PROTEST", "SRB", None)],
        None,
    ),
    ("The Pentagon stood up a new brigade in Poland.", [("MOBILIZE", "USA", None)], None),
]


@pytest.mark.parametrize(("text", "expected", "pub"), CASES, ids=[_text(c)[:60] for c in CASES])
def test_lexical2_coded(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:60] for t in NEGATIVES])
def test_lexical2_negatives(code, text):
    events = countable(code(text, "2024-05-01"))
    assert not events, show(events)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_lexical2_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
