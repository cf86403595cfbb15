# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Breadth of COOPERATE (material cooperation), as international wire copy words it.

COOPERATE in the CAMEO sub-categories that map to it (060 engage in material
cooperation: cooperate, collaborate, work together, join forces, team up; 061
economic: trade carried out, pipelines and oil shipments, investment and stakes,
port leases, reopened crossings, trade routes and flights; 062 military: joint
exercises, drills, manoeuvres and patrols, joint offensives and raids, training
foreign troops, arms sales and deliveries, bases; 063 judicial: extradition, handing
over suspects, legal assistance, joint investigations; 064 intelligence: sharing
intelligence, tip-offs, passing information), and the confusables: AGREE (signing a
cooperation deal, pledging to step it up, announcing future drills), AID (weapons or
loans given, not sold), MOBILIZE (one side's deployments and drills), SUPPORT (the
diplomatic cooperation of CAMEO 050/054: establishing or restoring relations,
reopening embassies, naming ambassadors, which the CAMEO2PLOVER table maps to
SUPPORT), SANCTION (suspended intelligence sharing, halted trade), plans and
negation.

Every sentence was written for this file and annotated (types, source country, target
country per event) from shared/PLOVER.md and eval/README.md before the coder was run on
it; about half are set in 1990-2015 and half in 2016-2025, about half have no
publication date (then only a sentence that names the state gives a country). A record
passes when every expected event is coded (any of its types, both countries; target
None: any target; either way round for symmetric types) and no other countable event is
coded; an event marked "opt" may or may not be coded. NEGATIVES (background, analysis,
plans, hypotheticals, negation, questions, statistics) must give no countable event.

Coverage, as a measure of generalisation: 41/95 records passed on the first run (30/83
CASES, 11/12 NEGATIVES), before any fix made for this file. The 54 failures by their
main cause: no event 30 (the expected type nowhere: cooperation told by "joint" on an
action noun or in "in a joint operation", "worked together", "joined forces",
"teamed up", "began training", "were trained by", "took delivery of", "placed an
order for", "the sale ... was completed", "allowed the coalition to use" a base,
"opened a base", "resumed pumping crude", "began shipping wheat", "resumed flights",
"flights ... resumed", "inaugurated a border crossing", "opened a trade zone",
"reopened the Kaesong park", "tipped off", "passed information to", "advisers had
helped", "reopened its embassy in", "staged an artillery drill"); other type 11
(exercises and coordinated patrols of two states as MOBILIZE, "approved the sale /
the extradition" as SUPPORT, a suspect or records "handed over" as a RETREAT,
reopened crossings, an opened corridor or airspace as RETREAT, a stake bought in a
"deal" as AGREE); null side 5 (the recipient of "bought from", of a stake "in
Russian oil company Rosneft", of "intelligence provided by", of "a loan ... to
India", of "support for Serbia's refusal"); wrong country 3 ("a deal to buy ... from
Russia" with Russia as buyer, the extradited man's nationality as target instead of
the state he was sent to, "a visit by" the British foreign secretary as a visit to
Britain); extra event 4 (the reverse SUPPORT of two states restoring relations,
twice; a CSTO force "sent" with no sender; a pledge "to step up cooperation" also
coded as COOPERATE) and, among the NEGATIVES, experts' belief coded as a supply.

After the general fixes (FIXES: one or two new sentences per cause, written after the
fix): 68/95 (56/83 CASES, 12/12 NEGATIVES); the other 27 are strict xfails with their
cause. Fixed causes: "joint" on an action noun (raid, offensive, investigation; also in
"arrested X in a joint operation", without X as the partner) and "coordinated"/"joint"
patrols; a joint force deployed by two states; "work together", "join forces", "team
up" (promised, "agreed to work together" stays an AGREE); a suspect ("the suspected
mastermind"), records or evidence handed over, and the state an extradited person is
sent to as the partner; training another state's recruits; pumping, exporting or
shipping bulk commodities and resumed flights, with another state receiving; "tipped
off", "passed information to"; a reopened embassy as SUPPORT towards its host; one drill
"staged" (lemmatised "stag"); a named exercise ("Foal Eagle exercises") not taken as the
actor; "the sale of <arms> to", "took delivery of", "approved the sale / the
extradition", and "signed a deal to buy" as one event; onlookers' beliefs as
speculative; "a loan of <amount> to X" (the amount is not the receiver); "bought / took
a stake in" another state's company, with "completing a deal" as the same act. Three records
of other phrasebooks that were strict xfails now pass (xfail marks removed).
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
    # --- 062 military: joint exercises, drills, manoeuvres, patrols ---
    (
        "Indian and U.S. naval forces began a week-long joint exercise in the Bay of Bengal on Monday, with aircraft carriers from both countries taking part.",
        [("COOPERATE", "IND", "USA")],
        None,
    ),
    (
        "Troops from Kazakhstan, Kyrgyzstan and Tajikistan held joint counter-terrorism drills in southern Kyrgyzstan on Wednesday under the umbrella of the Shanghai Cooperation Organisation.",
        [
            ("COOPERATE", "KAZ", "KGZ"),
            ("COOPERATE", "KAZ", "TJK"),
            ("COOPERATE", "KGZ", "TJK", "opt"),
            ("COOPERATE", "KAZ", "IGO", "opt"),
            ("COOPERATE", "KGZ", "IGO", "opt"),
            ("COOPERATE", "TJK", "IGO", "opt"),
        ],
        None,
    ),
    (
        "Turkish and American soldiers conducted their first joint patrol near the Syrian town of Manbij on Thursday, the Turkish defence ministry said.",
        [("COOPERATE", "TUR", "USA")],
        None,
    ),
    (
        "Egypt and Saudi Arabia carried out joint naval manoeuvres in the Red Sea on Sunday, state media in Cairo reported.",
        [("COOPERATE", "EGY", "SAU")],
        None,
    ),
    (
        "Tajikistan and China held joint anti-terrorism exercises in the mountainous Gorno-Badakhshan region this week.",
        [("COOPERATE", "TJK", "CHN")],
        None,
    ),
    (
        "Chinese and Russian bombers flew a joint patrol over the Sea of Japan on Tuesday, prompting Tokyo to scramble fighter jets.",
        [("COOPERATE", "CHN", "RUS"), ("MOBILIZE", "JPN", None, "opt")],
        "2019-07-24",
    ),
    (
        "U.S. and South Korean forces began their annual Foal Eagle exercises on Monday, drawing a warning from Pyongyang.",
        [
            ("COOPERATE", "USA", "KOR"),
            ("THREATEN", "PRK", None, "opt"),
            ("ACCUSE", "PRK", None, "opt"),
        ],
        "2016-03-07",
    ),
    (
        "Indonesia, Malaysia and Singapore launched coordinated sea patrols in the Malacca Strait on Tuesday to combat piracy.",
        [
            ("COOPERATE", "IDN", "MYS"),
            ("COOPERATE", "IDN", "SGP"),
            ("COOPERATE", "MYS", "SGP", "opt"),
        ],
        None,
    ),
    (
        "Israeli and Palestinian security officers resumed joint patrols near Jenin on Monday for the first time since the outbreak of fighting in September.",
        [("COOPERATE", "ISR", "PSE")],
        None,
    ),
    (
        "Sudan and Chad deployed a joint force along their common border on Monday to stop rebels crossing in either direction.",
        [
            ("COOPERATE", "SDN", "TCD"),
            ("MOBILIZE", "SDN", None, "opt"),
            ("MOBILIZE", "TCD", None, "opt"),
        ],
        None,
    ),
    # --- 062 military: joint operations, offensives, raids ---
    (
        "Iraqi and U.S. special forces killed a senior Islamic State commander in a joint raid in Anbar province on Sunday, the Iraqi military said.",
        [
            ("COOPERATE", "IRQ", "USA"),
            ("ASSAULT", "IRQ", None, "opt"),
            ("ASSAULT", "USA", None, "opt"),
        ],
        "2017-03-13",
    ),
    (
        "Pakistani and American agents arrested the Taliban's military chief, Mullah Abdul Ghani Baradar, in a joint operation in Karachi, officials said on Tuesday.",
        [
            ("COOPERATE", "PAK", "USA"),
            ("COERCE", "PAK", "AFG", "opt"),
            ("COERCE", "USA", "AFG", "opt"),
        ],
        "2010-02-16",
    ),
    (
        "NATO-led troops and Afghan soldiers launched a joint offensive against the Taliban in Helmand province on Saturday.",
        [
            ("COOPERATE", "IGO", "AFG"),
            ("ASSAULT", "IGO", "AFG", "opt"),
            ("ASSAULT", "AFG", "AFG", "opt"),
        ],
        "2010-02-14",
    ),
    (
        "Rwandan and Congolese troops began a joint offensive against Hutu FDLR rebels in eastern Congo on Tuesday, the Congolese army said.",
        [
            ("COOPERATE", "RWA", "COD"),
            ("ASSAULT", "RWA", "COD", "opt"),
            ("ASSAULT", "COD", "COD", "opt"),
        ],
        None,
    ),
    (
        "Colombian and U.S. agents seized 12 tonnes of cocaine in a joint operation off the Pacific coast, the Colombian navy said.",
        [
            ("COOPERATE", "COL", "USA"),
            ("COERCE", "COL", None, "opt"),
            ("COERCE", "USA", None, "opt"),
        ],
        None,
    ),
    # --- 060 generic: cooperate, work together, join forces, team up, collaborate ---
    pytest.param(
        "Colombian and Panamanian forces are cooperating closely to seal the jungle border against drug traffickers, Panama's security minister said on Friday.",
        [("COOPERATE", "COL", "PAN")],
        None,
        marks=_x(
            "'sealing' a border is now a closure (COERCE restrict), and 'to seal', the cooperation's aim, is coded as an act of its own against the traffickers"
        ),
    ),
    (
        "Ethiopian and Somali government forces worked together to drive Islamist fighters out of the town of Baidoa, the Somali transitional government said on Tuesday.",
        [
            ("COOPERATE", "ETH", "SOM"),
            ("ASSAULT", "ETH", None, "opt"),
            ("ASSAULT", "SOM", None, "opt"),
        ],
        "2006-12-26",
    ),
    pytest.param(
        "Nigerian and Cameroonian troops joined forces on Thursday to retake the border town of Banki from Boko Haram, the Nigerian army said.",
        [
            ("COOPERATE", "NGA", "CMR"),
            (("ASSAULT", "COERCE"), "NGA", "NGA", "opt"),
            (("ASSAULT", "COERCE"), "CMR", "NGA", "opt"),
        ],
        None,
        marks=_x(
            "'the border town of Banki' is placed in India (a town of that name there), not in the Nigeria of the sentence"
        ),
    ),
    (
        "Peruvian and Colombian police teamed up to dismantle a cocaine trafficking ring that shipped drugs to Europe, Peru's interior ministry said.",
        [
            ("COOPERATE", "PER", "COL"),
            ("COERCE", "PER", None, "opt"),
            ("COERCE", "COL", None, "opt"),
        ],
        None,
    ),
    (
        "Kenyan police collaborated with the FBI to track down the suspects behind the Westgate mall attack, officials in Nairobi said.",
        [("COOPERATE", "KEN", "USA")],
        None,
    ),
    # --- 062 military: training, arms sales and deliveries, bases ---
    (
        "British military instructors have begun training Ukrainian recruits at bases across England, the Ministry of Defence in London said on Tuesday.",
        [(("COOPERATE", "AID"), "GBR", "UKR")],
        "2022-07-12",
    ),
    pytest.param(
        "Dozens of Afghan police officers were trained by German instructors at a new academy in Mazar-i-Sharif, the interior ministry in Kabul said.",
        [(("COOPERATE", "AID"), "DEU", "AFG")],
        None,
        marks=_x(
            "a passive 'Dozens of X were trained by' checks the object class on 'dozens', not on the people counted (a wider check broke a wire record)"
        ),
    ),
    (
        "Washington approved the sale of 66 F-16 fighter jets to Taiwan on Tuesday, a deal worth about $8 billion that angered Beijing.",
        [(("COOPERATE", "AGREE"), "USA", "TWN"), ("ACCUSE", "CHN", "USA", "opt")],
        "2019-08-21",
    ),
    (
        "Russia delivered the first components of the S-400 air defence system to Turkey on Friday, the Turkish defence ministry said.",
        [(("COOPERATE", "AID"), "RUS", "TUR")],
        None,
    ),
    (
        "India signed a $5 billion deal to buy S-400 missile systems from Russia on Friday during a visit to New Delhi by President Vladimir Putin.",
        [(("COOPERATE", "AGREE"), "IND", "RUS"), ("CONSULT", "RUS", "IND")],
        "2018-10-06",
    ),
    pytest.param(
        "Vietnam took delivery of the first of six Russian-built Kilo-class submarines on Thursday in the port of Cam Ranh.",
        [(("COOPERATE", "AID"), "VNM", "RUS")],
        None,
        marks=_x(
            "the seller named only in the adjective 'Russian-built' inside 'the first of six ...' is not found as the partner"
        ),
    ),
    pytest.param(
        "Saudi Arabia placed an order for 48 Eurofighter Typhoon jets from Britain on Friday during a visit to London by Crown Prince Mohammed bin Salman.",
        [(("COOPERATE", "AGREE"), "SAU", "GBR"), ("CONSULT", "SAU", "GBR")],
        "2018-03-10",
        marks=_x(
            "'placed an order for X from Britain' is not in the lexicon ('place' is no light verb, 'order' is a command)"
        ),
    ),
    pytest.param(
        "The sale of 24 Rafale fighter jets to Qatar was completed on Monday, the French defence ministry said.",
        [(("COOPERATE", "AGREE"), "FRA", "QAT")],
        None,
        marks=_x(
            "the seller of a nominal sale told only by the reporting ministry ('the French defence ministry said') is not taken as its source"
        ),
    ),
    pytest.param(
        "Egypt received the first four of 20 F-16 fighter jets bought from the United States on Wednesday, the Egyptian air force said.",
        [(("COOPERATE", "AID"), "EGY", "USA")],
        None,
        marks=_x(
            "'received X bought from the United States': the buyer of the participle is not the subject of 'received'"
        ),
    ),
    pytest.param(
        "U.S. warplanes began flying missions from the Incirlik air base in southern Turkey on Wednesday after Ankara allowed the coalition to use it against Islamic State.",
        [(("COOPERATE", "CONCEDE", "AGREE"), "TUR", None)],
        "2015-08-13",
        marks=_x(
            "letting another state's forces use a base ('allowed the coalition to use it') is not coded"
        ),
    ),
    pytest.param(
        "China formally opened its first overseas military base in Djibouti on Tuesday, the People's Liberation Army said.",
        [(("COOPERATE", "MOBILIZE"), "CHN", None)],
        "2017-08-02",
        marks=_x("opening a military base abroad is not in the lexicon"),
    ),
    pytest.param(
        "Russian paratroopers arrived in Kazakhstan on Thursday as part of a CSTO peacekeeping force sent at the request of President Kassym-Jomart Tokayev.",
        [(("COOPERATE", "AID", "MOBILIZE"), "RUS", "KAZ"), ("REQUEST", "KAZ", None, "opt")],
        "2022-01-07",
        marks=_x("'a force sent at the request of' gives a second, sourceless MOBILIZE for 'sent'"),
    ),
    # --- 061 economic: trade, energy, investment, ports, routes, flights ---
    pytest.param(
        "South Sudan resumed pumping crude through pipelines in Sudan on Saturday, ending a 15-month shutdown caused by a dispute with Khartoum over transit fees.",
        [("COOPERATE", "SSD", "SDN")],
        None,
        marks=_x(
            "the transit state named only in 'through pipelines in Sudan' is not taken as the partner"
        ),
    ),
    (
        "Turkmenistan began supplying natural gas to China through a new 1,800-km pipeline inaugurated by President Hu Jintao on Monday.",
        [("COOPERATE", "TKM", "CHN")],
        "2009-12-15",
    ),
    (
        "Russia and Turkey started pumping gas through the Blue Stream pipeline under the Black Sea on Thursday.",
        [("COOPERATE", "RUS", "TUR")],
        None,
    ),
    (
        "Iraq resumed pumping Kirkuk crude to Turkey's Ceyhan port on Saturday after a six-month halt, the Iraqi oil ministry said.",
        [("COOPERATE", "IRQ", "TUR")],
        None,
    ),
    (
        "Iranian tankers delivered a cargo of gasoline to Venezuela on Sunday, defying U.S. sanctions on both countries.",
        [(("COOPERATE", "AID"), "IRN", "VEN"), ("REJECT", "IRN", "USA", "opt")],
        "2020-05-25",
    ),
    (
        "Chinese state shipping firm COSCO took a majority stake in Greece's Piraeus port on Wednesday, completing a deal worth 368.5 million euros.",
        [("COOPERATE", "CHN", "GRC")],
        "2016-08-11",
    ),
    (
        "Qatar's sovereign wealth fund bought a large stake in Russian oil company Rosneft in a deal announced by the Kremlin on Wednesday.",
        [("COOPERATE", "QAT", "RUS")],
        None,
    ),
    pytest.param(
        "Sri Lanka formally handed over control of its southern Hambantota port to a Chinese state firm on a 99-year lease on Saturday.",
        [("COOPERATE", "LKA", "CHN")],
        "2017-12-10",
        marks=_x(
            "'handed over control of a port to a firm on a lease' is read as a territorial RETREAT"
        ),
    ),
    pytest.param(
        "India began shipping wheat to Afghanistan through Iran's Chabahar port on Monday, bypassing Pakistan.",
        [("COOPERATE", "IND", "AFG"), ("COOPERATE", "IND", "IRN", "opt")],
        "2017-10-30",
        marks=_x(
            "wheat is left out of the traded commodities (it is mostly shipped as relief, AID)"
        ),
    ),
    pytest.param(
        "North and South Korea reopened the jointly run Kaesong industrial park on Monday, five months after Pyongyang pulled out its workers.",
        [("COOPERATE", "PRK", "KOR")],
        "2013-09-16",
        marks=_x(
            "reopening a joint industrial park is not in the lexicon; the background 'after Pyongyang pulled out its workers' is coded"
        ),
    ),
    pytest.param(
        "Ethiopia and Eritrea reopened two border crossings on Tuesday for the first time in two decades, allowing trade to resume between the former foes.",
        [("COOPERATE", "ETH", "ERI")],
        None,
        marks=_x(
            "reopened crossings are RETREAT access in the lexicon (letting aid through); between two states for trade they are cooperation"
        ),
    ),
    pytest.param(
        "Ethiopian Airlines resumed flights to the Eritrean capital Asmara on Wednesday after a 20-year break.",
        [("COOPERATE", "ETH", "ERI")],
        "2018-07-18",
        marks=_x(
            "'the Eritrean capital Asmara' (an apposition) is no state actor, so the airline's act is dropped as business only"
        ),
    ),
    pytest.param(
        "Direct flights between Russia and Georgia resumed on Friday for the first time since 2019, when Moscow banned them after protests in Tbilisi.",
        [(("COOPERATE", "CONCEDE"), "RUS", "GEO")],
        "2023-05-20",
        marks=_x("flights as the subject of an intransitive 'resumed' have no actor"),
    ),
    pytest.param(
        "Saudi Arabia opened its airspace to Israeli commercial flights on Friday, hours before U.S. President Joe Biden flew from Israel to Jeddah.",
        [(("COOPERATE", "CONCEDE"), "SAU", "ISR"), ("CONSULT", "USA", "SAU", "opt")],
        "2022-07-15",
        marks=_x("opening airspace is RETREAT access in the lexicon, not cooperation"),
    ),
    pytest.param(
        "India and Pakistan opened the Kartarpur corridor on Saturday, allowing Sikh pilgrims to cross the border without visas to a shrine in Pakistan.",
        [(("COOPERATE", "CONCEDE"), "IND", "PAK")],
        "2019-11-10",
        marks=_x("opening a corridor is RETREAT access in the lexicon, not cooperation"),
    ),
    pytest.param(
        "Argentina's President Mauricio Macri and his Chilean counterpart Michelle Bachelet inaugurated a new border crossing through the Andes on Friday to boost trade between the two countries.",
        [("COOPERATE", "ARG", "CHL"), ("CONSULT", "ARG", "CHL", "opt")],
        "2017-05-20",
        marks=_x("'inaugurated a border crossing' is not in the lexicon"),
    ),
    pytest.param(
        "Senior Chinese and Kazakh officials opened a new cross-border trade zone at Khorgos on Tuesday.",
        [("COOPERATE", "CHN", "KAZ")],
        None,
        marks=_x("'opened a trade zone' is not in the lexicon"),
    ),
    (
        "A free trade agreement between China and Australia entered into force on Sunday, cutting tariffs on Australian beef, wine and dairy.",
        [(("COOPERATE", "AGREE"), "CHN", "AUS")],
        "2015-12-21",
    ),
    # --- 063 judicial: extradition, handing over, legal assistance, joint probes ---
    (
        "Pakistan handed over Ramzi Yousef, the suspected mastermind of the 1993 World Trade Center bombing, to U.S. authorities on Wednesday.",
        [("COOPERATE", "PAK", "USA"), ("COERCE", "PAK", None, "opt")],
        "1995-02-09",
    ),
    (
        "Serbia extradited former Bosnian Serb army commander Ratko Mladic to The Hague on Tuesday to face genocide charges at the U.N. war crimes tribunal.",
        [("COOPERATE", "SRB", None), ("COERCE", "SRB", None, "opt")],
        "2011-06-01",
    ),
    (
        "Thailand extradited Russian arms dealer Viktor Bout to the United States on Tuesday after a two-year legal battle.",
        [("COOPERATE", "THA", "USA"), ("COERCE", "THA", None, "opt")],
        None,
    ),
    (
        "A court in Madrid approved on Thursday the extradition to the United States of a former Venezuelan intelligence chief, Hugo Carvajal.",
        [("COOPERATE", "ESP", "USA"), ("COERCE", "ESP", "VEN", "opt")],
        "2019-09-20",
    ),
    (
        "Swiss prosecutors handed over bank records to their Brazilian counterparts on Monday as part of the Petrobras corruption investigation.",
        [("COOPERATE", "CHE", "BRA")],
        None,
    ),
    (
        "Dutch and Australian investigators launched a joint investigation on Friday into the downing of a Malaysia Airlines jet over eastern Ukraine.",
        [
            ("COOPERATE", "NLD", "AUS"),
            ("ACCUSE", "NLD", None, "opt"),
            ("ACCUSE", "AUS", None, "opt"),
        ],
        "2014-08-09",
    ),
    (
        "Turkey handed over three French Islamic State suspects to France on Tuesday, the interior ministry in Ankara said.",
        [("COOPERATE", "TUR", "FRA"), ("COERCE", "TUR", "FRA", "opt")],
        None,
    ),
    # --- 064 intelligence ---
    (
        "The United States has been sharing satellite intelligence with Ukraine on Russian troop movements, a senior Pentagon official said on Thursday.",
        [("COOPERATE", "USA", "UKR")],
        "2022-04-29",
    ),
    (
        "Israel provided intelligence to Australia that helped foil a plot to bring down a passenger jet, Israeli officials said.",
        [(("COOPERATE", "AID"), "ISR", "AUS")],
        None,
    ),
    (
        "Jordanian intelligence tipped off the CIA about the whereabouts of Abu Musab al-Zarqawi, officials in Amman said.",
        [("COOPERATE", "JOR", "USA")],
        None,
    ),
    pytest.param(
        "Intelligence provided by Saudi Arabia helped British police find a bomb hidden on a cargo plane at East Midlands airport, officials said on Saturday.",
        [(("COOPERATE", "AID"), "SAU", "GBR")],
        "2010-10-31",
        marks=_x(
            "the receiver of 'intelligence provided by X helped Y find ...' is not taken from 'helped'; 'a bomb hidden' is coded as an attack"
        ),
    ),
    (
        "Morocco's intelligence service passed information to French investigators that led them to the suspected organiser of the Paris attacks, a French source said.",
        [("COOPERATE", "MAR", "FRA")],
        None,
    ),
    (
        "Tokyo and Canberra began sharing classified military intelligence under a new security pact on Monday.",
        [("COOPERATE", "JPN", "AUS")],
        None,
    ),
    (
        "India has been providing the Sri Lankan navy with intelligence on Tamil Tiger arms shipments, a senior Sri Lankan defence official said on Tuesday.",
        [(("COOPERATE", "AID"), "IND", "LKA")],
        "2007-09-12",
    ),
    pytest.param(
        "The Iraqi defence ministry said on Sunday that Iranian advisers had helped its forces plan the offensive on Tikrit.",
        [(("COOPERATE", "AID"), "IRN", "IRQ")],
        "2015-03-08",
        marks=_x(
            "'helped' is no trigger (too general); advisers helping another state's forces is not coded"
        ),
    ),
    # --- SUPPORT: diplomatic cooperation (CAMEO 050/054) ---
    pytest.param(
        "The United States and Vietnam restored full diplomatic relations on Tuesday, two decades after the fall of Saigon.",
        [("SUPPORT", "USA", "VNM")],
        "1995-07-12",
        marks=_x(
            "restored relations are coded as SUPPORT both ways; the gold convention is one event"
        ),
    ),
    (
        "Iran reopened its embassy in Riyadh on Tuesday, seven years after the two regional rivals cut ties.",
        [("SUPPORT", "IRN", "SAU")],
        "2023-06-07",
    ),
    pytest.param(
        "Cuba and the United States formally reopened embassies in each other's capitals on Monday, restoring diplomatic relations severed in 1961.",
        [("SUPPORT", "CUB", "USA")],
        "2015-07-21",
        marks=_x(
            "restored relations are coded as SUPPORT both ways, and 'embassies in each other's capitals' gives no host"
        ),
    ),
    pytest.param(
        "Britain reopened its embassy in Tehran on Sunday during a visit by Foreign Secretary Philip Hammond, four years after it was stormed by protesters.",
        [("SUPPORT", "GBR", "IRN"), ("CONSULT", "GBR", "IRN")],
        "2015-08-24",
        marks=_x(
            "'a visit by <minister>' takes the embassy as the host; the background 'four years after it was stormed' is coded"
        ),
    ),
    (
        "Egypt named its first ambassador to Turkey in a decade on Tuesday, completing the normalisation of relations between the two countries.",
        [("SUPPORT", "EGY", "TUR")],
        "2023-07-05",
    ),
    # --- AGREE: signing or promising cooperation, announcing drills ---
    (
        "Vietnam and the United States signed an agreement on Monday to expand defence cooperation, including maritime security and search and rescue.",
        [(("AGREE", "COOPERATE"), "VNM", "USA")],
        "2015-06-02",
    ),
    (
        "Iranian and Armenian officials agreed on Sunday to double bilateral trade within three years.",
        [("AGREE", "IRN", "ARM")],
        None,
    ),
    pytest.param(
        "Ukraine and Poland pledged on Tuesday to step up military cooperation against what both called a growing threat from Moscow.",
        [("AGREE", "UKR", "POL"), ("ACCUSE", "UKR", "RUS", "opt"), ("ACCUSE", "POL", "RUS", "opt")],
        None,
        marks=_x(
            "a cooperation noun pledged ('pledged to step up cooperation') is coded as COOPERATE besides the AGREE (the repo's tests keep 'agreed to cooperate' so)"
        ),
    ),
    (
        "The Russian defence ministry announced on Monday that Russian and Belarusian troops would hold joint drills in Belarus in September.",
        [("AGREE", "RUS", "BLR")],
        "2021-03-16",
    ),
    # --- AID: given, not sold ---
    (
        "Germany delivered anti-tank missiles and rifles to Kurdish peshmerga fighters in northern Iraq free of charge on Thursday.",
        [("AID", "DEU", "IRQ")],
        None,
    ),
    (
        "Japan extended a loan of 3.8 billion dollars to India to build a high-speed rail line between Mumbai and Ahmedabad.",
        [("AID", "JPN", "IND")],
        None,
    ),
    # --- MOBILIZE: one side's deployments and drills ---
    (
        "Russia deployed S-400 air defence batteries to its Hmeimim air base in Syria on Thursday.",
        [("MOBILIZE", "RUS", None), ("COOPERATE", "RUS", "SYR", "opt")],
        "2015-11-27",
    ),
    (
        "North Korea staged a large-scale artillery drill on its east coast on Tuesday, South Korea's military said.",
        [("MOBILIZE", "PRK", None)],
        None,
    ),
    (
        "Emirati and Saudi warplanes jointly struck Houthi positions around Hodeidah on Tuesday, the coalition said.",
        [("ASSAULT", "ARE", "YEM"), ("ASSAULT", "SAU", "YEM"), ("COOPERATE", "ARE", "SAU", "opt")],
        "2018-06-13",
    ),
    # --- SUPPORT (verbal) ---
    pytest.param(
        "Russia voiced support on Wednesday for Serbia's refusal to recognise Kosovo's independence.",
        [("SUPPORT", "RUS", "SRB")],
        None,
        marks=_x(
            "the possessor of the act supported ('Serbia's refusal') is not taken as the target; the nominal 'refusal' is coded as a REJECT"
        ),
    ),
    # --- SANCTION: cooperation suspended or halted ---
    (
        "The United States suspended intelligence sharing with Ukraine on Wednesday, days after a heated Oval Office meeting.",
        [("SANCTION", "USA", "UKR")],
        "2025-03-06",
    ),
    (
        "Turkey halted all exports and imports to and from Israel on Thursday over the war in Gaza, the trade ministry in Ankara said.",
        [("SANCTION", "TUR", "ISR")],
        None,
    ),
    (
        "Colombia suspended the extradition of paramilitary leaders to the United States on Friday, the interior ministry said.",
        [("SANCTION", "COL", "USA")],
        None,
    ),
]

FIXES = [
    # "joint"/"coordinated" on an action noun: the forces named acted together
    (
        "Kenyan and Somali police arrested three al Shabaab militants in a joint raid in Mandera on Friday.",
        [
            ("COOPERATE", "KEN", "SOM"),
            ("COERCE", "KEN", None, "opt"),
            ("COERCE", "SOM", None, "opt"),
        ],
        None,
    ),
    (
        "Greek and Turkish coast guards launched coordinated patrols in the Aegean on Monday to stop migrant boats.",
        [("COOPERATE", "GRC", "TUR")],
        None,
    ),
    (
        "French and German prosecutors opened a joint investigation on Tuesday into the crash of the airliner.",
        [("COOPERATE", "FRA", "DEU")],
        None,
    ),
    # "joined forces", "worked together", "teamed up"; promised, it is an AGREE
    (
        "Malian and Nigerien troops joined forces to repel an attack on a border post, the Malian army said.",
        [
            ("COOPERATE", "MLI", "NER"),
            ("ASSAULT", "MLI", None, "opt"),
            ("ASSAULT", "NER", None, "opt"),
        ],
        None,
    ),
    ("Britain and France agreed to work together on migration.", [("AGREE", "GBR", "FRA")], None),
    # extradition and handing over: the state handed to is the partner
    (
        "Bulgaria extradited a Lebanese businessman to the United States on Friday.",
        [("COOPERATE", "BGR", "USA"), ("COERCE", "BGR", None, "opt")],
        None,
    ),
    (
        "Kenya handed over a suspected Rwandan genocide financier to the U.N. tribunal in Arusha on Monday.",
        [("COOPERATE", "KEN", "IGO")],
        None,
    ),
    (
        "Italian prosecutors handed over evidence to their Egyptian counterparts in the murder case of a student.",
        [("COOPERATE", "ITA", "EGY")],
        None,
    ),
    # training another state's troops; trade carried out; intelligence passed on
    (
        "French officers began training Malian soldiers in Koulikoro on Tuesday.",
        [(("COOPERATE", "AID"), "FRA", "MLI")],
        None,
    ),
    ("The army trained new recruits at a base near the capital.", [], None),
    (
        "Azerbaijan began pumping gas to Italy through the new pipeline on Thursday.",
        [("COOPERATE", "AZE", "ITA")],
        None,
    ),
    ("Iraq began pumping oil through the pipeline on Monday.", [], None),
    ("Iraqi Airways resumed flights to Damascus on Sunday.", [("COOPERATE", "IRQ", "SYR")], None),
    (
        "Pakistani intelligence tipped off British police about the plot.",
        [("COOPERATE", "PAK", "GBR")],
        None,
    ),
    (
        "Egypt passed intelligence to Israel about the planned attack, officials said.",
        [("COOPERATE", "EGY", "ISR")],
        None,
    ),
    # an embassy reopened: relations restored with the host state (SUPPORT)
    ("Qatar reopened its embassy in Damascus on Monday.", [("SUPPORT", "QAT", "SYR")], None),
    # arms sales: "approved the sale of", "took delivery of", "signed a deal to buy"
    (
        "Germany approved the sale of 48 Leopard tanks to Qatar on Wednesday.",
        [(("COOPERATE", "AGREE"), "DEU", "QAT")],
        None,
    ),
    (
        "India took delivery of five S-400 systems from Russia on Monday.",
        [("COOPERATE", "IND", "RUS")],
        None,
    ),
    (
        "Morocco signed a deal to buy 24 helicopters from the United States on Tuesday.",
        [(("COOPERATE", "AGREE"), "MAR", "USA")],
        None,
    ),
    (
        "A court in Athens approved the extradition of a Russian hacker to the United States.",
        [("COOPERATE", "GRC", "USA")],
        None,
    ),
    # a named exercise ("Orient Shield exercises") is no actor; a joint force deployed
    (
        "Japanese and American troops began their annual Orient Shield exercises in Hokkaido on Monday.",
        [("COOPERATE", "JPN", "USA")],
        None,
    ),
    (
        "Mali and Niger deployed a joint force along their border on Friday.",
        [("COOPERATE", "MLI", "NER")],
        None,
    ),
    # what onlookers believe reports no event
    ("Analysts think Russia has been selling oil to North Korea.", [], None),
    # "a loan of <amount> to X": the amount is what is given, X whom it is given to
    (
        "China extended a loan of two billion dollars to Sri Lanka on Tuesday.",
        [("AID", "CHN", "LKA")],
        None,
    ),
    # a stake taken in another state's company; "completing a deal" is that purchase
    (
        "Abu Dhabi's state fund took a stake in an Egyptian bank on Monday, completing a deal worth $1 billion.",
        [("COOPERATE", "ARE", "EGY")],
        None,
    ),
    ("Microsoft took a stake in OpenAI.", [], None),
    # one drill staged ("staged" lemmatised "stag")
    ("Iran staged a naval drill in the Gulf on Friday.", [("MOBILIZE", "IRN", None)], None),
]

NEGATIVES = [
    "India and France plan to hold joint naval exercises off Goa next month, officials said.",
    "Analysts say closer military ties between Moscow and Pyongyang could reshape the security balance in northeast Asia.",
    "Intelligence sharing between Washington and its Gulf allies has long been a pillar of the region's security architecture.",
    "Turkey could face further U.S. sanctions if it buys more Russian weapons, analysts said.",
    "Did China supply Russia with drone components? Western officials remain divided.",
    "Neither country has shared any intelligence on the bombing, officials in both capitals said.",
    "Trade between Russia and China reached a record $240 billion last year, customs data showed.",
    "The two navies have held joint exercises every year since 2012.",
    "Serbia is not expected to extradite the suspects, legal experts said.",
    "Japan and the Philippines are due to start joint coast guard patrols in the South China Sea next year.",
    "Experts believe Iran has been supplying the Houthis with missile parts for years.",
    "Colombia's extradition treaty with the United States was ratified in 1979 and has been the subject of fierce debate ever since.",
]


@pytest.mark.parametrize(("text", "expected", "pub"), CASES, ids=[_text(c)[:60] for c in CASES])
def test_coop_coded(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))


@pytest.mark.parametrize(
    "text", NEGATIVES, ids=[_text((t,) if isinstance(t, str) else t)[:60] for t in NEGATIVES]
)
def test_coop_negatives(code, text):
    events = countable(code(text, "2024-05-01"))
    assert not events, show(events)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_coop_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
