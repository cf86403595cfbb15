# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Third breadth round on ACCUSE, SUPPORT and CONCEDE, with REQUEST in its appeal forms,
in wording the earlier rounds (tests/test_breadth_verbal.py, test_breadth_verbal2.py,
test_breadth_concede.py) do not use.

ACCUSE (disapprove: "registered a strong protest", deplored, rebuked, lambasted,
slammed, "lashed out at", "voiced strong regret", "took issue with", "denounced ... as a
sham", "led a chorus of condemnation"; allege: "laid the blame on", "pinned the blame
on", "levelled fresh accusations", "formally attributed X to", "pointed an accusing
finger at", "credible allegations linking", "presented evidence that", "may amount to",
a passive "was blamed by"; investigate and sue: "launched a war crimes inquiry",
"launched legal proceedings", "took X to the World Court", "filed a case against",
"set up a commission of inquiry", "opened an investigation into"), SUPPORT ("threw its
support behind", "came to the defence of", "rallied behind", "voiced its approval",
"gave its blessing", "expressed solidarity", "pledged solidarity", congratulated,
commended, thanked, recognised, "extended recognition"), CONCEDE ("offered a heartfelt
apology", "asked forgiveness", "eased its blockade", "relaxed sanctions", "handed over
the remains", "allowed inspectors to return", "yielded to pressure", "gave up its
opposition", "resigned under pressure", quit, "reversed a price hike", "gave in to
demands", "acknowledged ... a tragic mistake", "lifted the state of emergency") and
REQUEST (urged, "called on", "appealed to ... for", pressed, "made a fresh plea",
implored, asked, begged, "called for", "voted to ask").

Every sentence was written for this file and annotated (types, source country, target
country per event) from shared/PLOVER.md and eval/README.md before the coder was run on
it; about half are set in 1990-2015 and half in 2016-2025, about half have no
publication date. A record passes when every expected event is coded (any of its types,
both countries; target None: any target) and no other countable event is coded; an
event marked "opt" may or may not be coded. NEGATIVES must give no countable event.

Coverage, as a measure of generalisation: 68/93 records passed on the first run (56/81
CASES, 12/12 NEGATIVES), before any fix made for this file. The 25 failing CASES by
cause (the first cause of each): no event 13 (an NGO's "said in a report that ...";
"took issue with"; "led a chorus of condemnation"; "claimed that Kuwait was siphoning
oil"; "formally attributed the downing ... to Russia"; "credible allegations linking X
to"; "presented evidence that"; "may amount to crimes against humanity"; "launched legal
proceedings against"; "set up a commission of inquiry into"; "dragged Germany before the
International Court of Justice"; "gave up its opposition to"; "reversed a fuel price
hike"), another type 1 ("voiced strong regret over Tokyo's decision" as CONCEDE), a side
left null 3 ("the joint U.S.-South Korean military drills"; "support for the Syrian
government's offensive"; "eased its blockade of Gaza"), a wrong country 1 ("Australia's
military launched an inquiry" with the source null and the victims as target), an extra
countable event 7 (a second ACCUSE target from "Russian diplomats" inside the condemned
expulsion; a second ACCUSE with a null target from "allied militias"; the act thanked
for, twice: "its help in evacuating", "mediating the release"; "withdrawal of Iraqi
troops from Kuwait" with Kuwait as a second addressee; two optional events coded with a
null target: "deported thousands of children from occupied areas", "agreed to rename
the country").

After the first run three annotations were revised: an NGO's "said in a report that
Nigerian soldiers had tortured detainees" is the soldiers' hedged ASSAULT with the
accusation optional (eval/README.md rule 9), and the two optional events above take any
target (the sentence names no state for it); the two optional ones pass by that
revision alone. After the general fixes: 86/93 (74/81 CASES, 12/12 NEGATIVES; 2 of the 18
gains from the revision); the 7 left are strict xfails with their cause (no event 3:
"claimed that Kuwait was siphoning oil", "credible allegations linking", "presented
evidence that"; a side left null 2: "U.S.-South Korean" kept as one token, "support
for X's offensive"; a wrong country 1: the inquiry's target is the victims' state;
an extra event 1: the content of a criticised claim). Fixed causes: a "that" clause the parser hung on "report" in "said in a
report that" (a parse repair); "a chorus of condemnation", "a commission of inquiry"
standing for their act; "took issue with", "hauled/dragged X before a court", "legal
proceedings against", "gave up its objection", "reversed a price hike", "attributed the
downing/attack to X" (lexicon); regret "over" another party's act is criticism, not an
apology; a concession's place target stands for its country ("eased its blockade of
Gaza"); an accused act with a foreign doer does not accuse the accuser's own nationals
in it; the act a party is thanked or praised for, with no doer of its own, is not a
second event; "said X's treatment ... may amount to crimes against humanity"; a "by"
after a noun with a phrase of its own is not the light verb's agent; a disapproval with
no object is aimed at the doer of an "after X ..." clause; culprits with a state
are accused, not the stateless ones beside them ("and allied militias"); a call for a withdrawal
"from" a place asks the forces' state only. Two earlier strict xfails now pass
("thanked Poland for taking in refugees" in test_breadth_verbal2.py, "ease the blockade
of the Gaza Strip" in test_breadth_concede.py). FIXES (23 records) were written after
the fixes, one or two new sentences per cause fixed.
"""

from __future__ import annotations

import pytest

from conftest import case_text as _text
from conftest import phrasebook_problems as _problems
from conftest import show
from conftest import strict_xfail as _x
from parley.evaluate import countable

RC = ("RETREAT", "CONCEDE")

# (text, [(types, source, target[, "opt"]), ...], pub date)
CASES = [
    # --- ACCUSE: disapprove ---
    (
        "Pakistan registered a strong protest with India over the shelling of villages along the Line of Control in Kashmir.",
        [("ACCUSE", "PAK", "IND"), ("ASSAULT", "IND", "PAK", "opt")],
        "2001-12-10",
    ),
    (
        "The Arab League deplored the Israeli raid on the Jenin refugee camp.",
        [("ACCUSE", "IGO", "ISR"), ("ASSAULT", "ISR", "PSE", "opt")],
        "2002-04-10",
    ),
    (
        "The State Department rebuked Islamabad on Tuesday for failing to act against militant groups operating from its soil.",
        [("ACCUSE", "USA", "PAK")],
        "2011-09-27",
    ),
    (
        "Ukraine's foreign ministry denounced the referendums staged by Moscow in occupied regions as a sham.",
        [("ACCUSE", "UKR", "RUS")],
        "2022-09-23",
    ),
    (
        "In a sharply worded statement, Beijing lambasted Canberra for calling for an independent inquiry into the origins of the coronavirus.",
        [("ACCUSE", "CHN", "AUS"), ("REQUEST", "AUS", None, "opt")],
        None,
    ),
    (
        "The Kremlin slammed the expulsion of Russian diplomats from Prague as a provocation.",
        [("ACCUSE", "RUS", "CZE"), ("SANCTION", "CZE", "RUS", "opt")],
        "2021-04-18",
    ),
    (
        "Turkish President Recep Tayyip Erdogan lashed out at Sweden over a Koran burning in Stockholm.",
        [("ACCUSE", "TUR", "SWE")],
        "2023-01-23",
    ),
    (
        "Seoul voiced strong regret over Tokyo's decision to remove South Korea from its list of trusted trading partners.",
        [("ACCUSE", "KOR", "JPN"), ("SANCTION", "JPN", "KOR", "opt")],
        "2019-08-02",
    ),
    pytest.param(
        "The head of the International Atomic Energy Agency took issue with Washington's claim that Iraq had sought uranium from Niger.",
        [("ACCUSE", "IGO", "USA"), ("ACCUSE", "USA", "IRQ", "opt")],
        "2003-03-07",
        marks=_x(
            "extra event: the content of the criticised claim ('that Iraq had sought uranium from Niger') is coded as a REQUEST"
        ),
    ),
    pytest.param(
        "Pyongyang denounced the joint U.S.-South Korean military drills as a rehearsal for invasion.",
        [("ACCUSE", "PRK", "USA"), ("ACCUSE", "PRK", "KOR")],
        None,
        marks=_x(
            "null side: the tokenizer keeps 'U.S.-South' as one word, so neither state of the joint drills is found; 'a rehearsal for invasion' is coded as an ASSAULT"
        ),
    ),
    (
        "Lithuania and Poland led a chorus of condemnation after Belarus forced a Ryanair passenger jet to land in Minsk.",
        [("ACCUSE", "LTU", "BLR"), ("ACCUSE", "POL", "BLR"), ("COERCE", "BLR", None, "opt")],
        "2021-05-24",
    ),
    # --- ACCUSE: allege, blame ---
    (
        "Georgia accused Russian warplanes of bombing targets deep inside its territory.",
        [("ACCUSE", "GEO", "RUS"), ("ASSAULT", "RUS", "GEO", "opt")],
        "2008-08-09",
    ),
    (
        "India blamed Pakistan-based militants for the attack on its parliament.",
        [("ACCUSE", "IND", "PAK"), ("ASSAULT", "PAK", "IND", "opt")],
        None,
    ),
    (
        "Colombian President Alvaro Uribe alleged that Venezuela was giving refuge to FARC rebel commanders.",
        [("ACCUSE", "COL", "VEN"), ("AID", "VEN", "COL", "opt")],
        "2010-07-22",
    ),
    (
        "Kyiv levelled fresh accusations against Moscow on Thursday, saying Russian forces had deported thousands of children from occupied areas.",
        [
            ("ACCUSE", "UKR", "RUS"),
            ("COERCE", "RUS", None, "opt"),
        ],  # opt target revised: "occupied areas" names no state
        "2023-03-16",
    ),
    (
        "The Sri Lankan government laid the blame for the suicide bombing in Colombo on the Tamil Tigers.",
        [("ACCUSE", "LKA", "LKA"), ("ASSAULT", "LKA", "LKA", "opt")],
        "2008-02-03",
    ),
    (
        "Israel pinned the blame for the rocket fire on Hamas.",
        [("ACCUSE", "ISR", "PSE"), ("ASSAULT", "PSE", "ISR", "opt")],
        None,
    ),
    pytest.param(
        "Baghdad claimed that Kuwait was siphoning oil from the Rumaila field along their disputed border.",
        [("ACCUSE", "IRQ", "KWT")],
        "1990-07-18",
        marks=_x(
            "no event: a claim that a state is taking another's resources ('siphoning oil') is no hostile act parley knows"
        ),
    ),
    (
        "Washington formally determined that the Myanmar military had committed genocide against the Rohingya.",
        [("ACCUSE", "USA", "MMR"), ("ASSAULT", "MMR", "MMR", "opt")],
        "2022-03-21",
    ),
    (
        "South Korea formally blamed North Korea for sinking the warship Cheonan.",
        [("ACCUSE", "KOR", "PRK"), ("ASSAULT", "PRK", "KOR", "opt")],
        "2010-05-20",
    ),
    (
        "The Netherlands and Australia formally attributed the downing of flight MH17 to Russia.",
        [("ACCUSE", "NLD", "RUS"), ("ACCUSE", "AUS", "RUS"), ("ASSAULT", "RUS", None, "opt")],
        "2018-05-25",
    ),
    (
        "A U.N. commission found that Sudanese government forces and allied militias had committed crimes against humanity in Darfur.",
        [("ACCUSE", "IGO", "SDN"), ("ASSAULT", "SDN", "SDN", "opt")],
        "2005-02-01",
    ),
    (
        "Tehran pointed an accusing finger at Israel after the assassination of nuclear scientist Mohsen Fakhrizadeh.",
        [
            ("ACCUSE", "IRN", "ISR"),
            ("ASSAULT", None, "IRN", "opt"),
            ("ASSAULT", "ISR", "IRN", "opt"),
        ],
        "2020-11-28",
    ),
    pytest.param(
        "Canadian Prime Minister Justin Trudeau told parliament there were credible allegations linking agents of the Indian government to the killing of a Sikh separatist leader.",
        [
            ("ACCUSE", "CAN", "IND"),
            ("ASSAULT", "IND", "CAN", "opt"),
            ("ASSAULT", "IND", None, "opt"),
        ],
        "2023-09-18",
        marks=_x(
            "no event: 'credible allegations linking X to the killing' is an accusation in a nominal existential"
        ),
    ),
    pytest.param(
        "Secretary of State Colin Powell presented evidence to the Security Council that Iraq was hiding weapons of mass destruction.",
        [("ACCUSE", "USA", "IRQ")],
        "2003-02-05",
        marks=_x(
            "no event: 'presented evidence that Iraq was hiding weapons' is an accusation parley does not read"
        ),
    ),
    (
        "The U.N. human rights chief said China's treatment of Uighurs in Xinjiang may amount to crimes against humanity.",
        [("ACCUSE", "IGO", "CHN")],
        "2022-08-31",
    ),
    (
        "Amnesty International said in a report that Nigerian soldiers had tortured detainees in the north-east.",
        # revised after the first run: "X said Y did Z" is Y's act, hedged (eval/README.md
        # rule 9), with the report's accusation optional
        [("ASSAULT", "NGA", None), ("ACCUSE", "NGO", "NGA", "opt")],
        None,
    ),
    (
        "Syria was blamed by France and Britain for the chemical attack in Douma.",
        [("ACCUSE", "FRA", "SYR"), ("ACCUSE", "GBR", "SYR"), ("ASSAULT", "SYR", "SYR", "opt")],
        "2018-04-10",
    ),
    # --- ACCUSE: investigate, sue ---
    (
        "The International Criminal Court launched a war crimes inquiry into the conduct of Israeli forces in the West Bank and Gaza.",
        [("ACCUSE", "IGO", "ISR")],
        "2021-03-03",
    ),
    (
        "Turkish prosecutors opened an investigation into Saudi officials over the killing of journalist Jamal Khashoggi.",
        [("ACCUSE", "TUR", "SAU"), ("ASSAULT", "SAU", None, "opt")],
        "2018-10-10",
    ),
    (
        "The European Commission launched legal proceedings against Poland over its overhaul of the judiciary.",
        [("ACCUSE", "IGO", "POL")],
        "2017-07-29",
    ),
    pytest.param(
        "Australia's military launched an inquiry into alleged killings of Afghan civilians by its special forces.",
        [("ACCUSE", "AUS", "AUS"), ("ASSAULT", "AUS", "AFG", "opt")],
        None,
        marks=_x(
            "wrong country: the inquiry's target is the victims' country, not the forces in the 'by' phrase the parser hung on the verb"
        ),
    ),
    (
        "The U.N. Security Council set up a commission of inquiry into the assassination of former Lebanese Prime Minister Rafik Hariri.",
        [("ACCUSE", "IGO", None), ("ASSAULT", None, "LBN", "opt")],
        "2005-04-07",
    ),
    (
        "Iraq opened an investigation into the American security firm Blackwater over the killing of 17 civilians in Baghdad.",
        [("ACCUSE", "IRQ", "USA"), ("ASSAULT", "USA", "IRQ", "opt")],
        "2007-09-17",
    ),
    (
        "Ukraine filed a case against Russia at the International Court of Justice, accusing Moscow of falsely invoking genocide to justify its invasion.",
        [("ACCUSE", "UKR", "RUS")],
        "2022-02-27",
    ),
    (
        "Gambia took Myanmar to the World Court over the treatment of its Rohingya minority.",
        [("ACCUSE", "GMB", "MMR")],
        None,
    ),
    (
        "Nicaragua dragged Germany before the International Court of Justice over its arms sales to Israel.",
        [("ACCUSE", "NIC", "DEU"), (("COOPERATE", "AID"), "DEU", "ISR", "opt")],
        "2024-03-01",
    ),
    # --- SUPPORT ---
    (
        "U.S. President Bill Clinton praised Jordan's King Hussein for his role in securing the Wye River accord.",
        [("SUPPORT", "USA", "JOR")],
        "1998-10-24",
    ),
    (
        "Moscow warmly welcomed the election of Viktor Yanukovich as Ukraine's president.",
        [("SUPPORT", "RUS", "UKR")],
        "2010-02-08",
    ),
    (
        "The African Union endorsed the power-sharing deal between Kenyan President Mwai Kibaki and opposition leader Raila Odinga.",
        [("SUPPORT", "IGO", "KEN"), ("AGREE", "KEN", "KEN", "opt")],
        "2008-02-29",
    ),
    (
        "France threw its support behind the German defence minister's bid to head the European Commission.",
        [("SUPPORT", "FRA", "DEU")],
        None,
    ),
    (
        "China came to the defence of Pakistan at the United Nations, blocking a move to list the head of Jaish-e-Mohammed as a terrorist.",
        [("SUPPORT", "CHN", "PAK"), ("REJECT", "CHN", None, "opt")],
        "2017-11-02",
    ),
    (
        "Kosovo was recognised as an independent state by the United States and Britain a day after it declared independence from Serbia.",
        [("SUPPORT", "USA", "XKX"), ("SUPPORT", "GBR", "XKX")],
        "2008-02-18",
    ),
    (
        "Iceland became the first Western country to recognise Lithuania's independence.",
        [("SUPPORT", "ISL", "LTU")],
        "1991-02-11",
    ),
    (
        "Turkey expressed solidarity with Azerbaijan as fighting flared over Nagorno-Karabakh.",
        [("SUPPORT", "TUR", "AZE"), ("ASSAULT", "AZE", "ARM", "opt")],
        "2020-09-27",
    ),
    (
        "Indian Prime Minister Narendra Modi thanked the United Arab Emirates for its help in evacuating Indian nationals from Sudan.",
        [("SUPPORT", "IND", "ARE"), ("AID", "ARE", "IND", "opt")],
        "2023-04-30",
    ),
    (
        "Greek Prime Minister Kyriakos Mitsotakis congratulated Recep Tayyip Erdogan on his re-election.",
        [("SUPPORT", "GRC", "TUR")],
        "2023-05-29",
    ),
    (
        "Washington commended the Colombian government and the FARC for signing the peace accord.",
        [("SUPPORT", "USA", "COL"), ("AGREE", "COL", "COL", "opt")],
        "2016-09-27",
    ),
    (
        "NATO allies rallied behind Ankara after Turkish jets shot down a Russian warplane on the Syrian border.",
        [("SUPPORT", "IGO", "TUR"), ("ASSAULT", "TUR", "RUS", "opt")],
        "2015-11-24",
    ),
    (
        "The Palestinian Authority voiced its approval of the Security Council resolution condemning Israeli settlements.",
        [("SUPPORT", "PSE", "IGO"), ("ACCUSE", "IGO", "ISR", "opt")],
        "2016-12-24",
    ),
    (
        "Washington gave its blessing to Saudi Arabia's plan to reopen its embassy in Baghdad.",
        [("SUPPORT", "USA", "SAU"), ("AGREE", "SAU", "IRQ", "opt")],
        None,
    ),
    (
        "Russian President Vladimir Putin hailed Chinese leader Xi Jinping as a dear friend during talks in Moscow.",
        [("SUPPORT", "RUS", "CHN"), ("CONSULT", "RUS", "CHN", "opt")],
        "2023-03-21",
    ),
    pytest.param(
        "Iran voiced full support for the Syrian government's offensive to retake Aleppo.",
        [("SUPPORT", "IRN", "SYR"), ("ASSAULT", "SYR", "SYR", "opt")],
        None,
        marks=_x(
            "null side and extra events: the target of 'support for X's offensive' is not X, and the backed offensive is coded twice"
        ),
    ),
    (
        "Egyptian President Hosni Mubarak pledged his country's solidarity with Saudi Arabia after Iraq invaded Kuwait.",
        [("SUPPORT", "EGY", "SAU"), ("ASSAULT", "IRQ", "KWT", "opt")],
        "1990-08-08",
    ),
    (
        "The foreign minister thanked Qatar for mediating the release of the hostages.",
        [("SUPPORT", None, "QAT"), ("CONSULT", "QAT", None, "opt")],
        None,
    ),
    # --- CONCEDE ---
    (
        "Japanese Prime Minister Tomiichi Murayama offered a heartfelt apology for Japan's colonial rule and aggression in Asia.",
        [("CONCEDE", "JPN", None)],
        "1995-08-15",
    ),
    (
        "Germany formally asked forgiveness from Namibia for the colonial-era genocide of the Herero and Nama people.",
        [("CONCEDE", "DEU", "NAM")],
        "2021-05-28",
    ),
    (
        "Israel apologised to Turkey for the deadly raid on the Mavi Marmara aid flotilla.",
        [("CONCEDE", "ISR", "TUR"), ("ASSAULT", "ISR", "TUR", "opt")],
        "2013-03-22",
    ),
    (
        "Polish President Aleksander Kwasniewski begged forgiveness for the 1941 massacre of Jews at Jedwabne.",
        [("CONCEDE", "POL", None)],
        "2001-07-10",
    ),
    pytest.param(
        "The Pentagon acknowledged that a drone strike in Kabul that killed ten civilians had been a tragic mistake.",
        [("CONCEDE", "USA", "AFG"), ("ASSAULT", "USA", "AFG", "opt")],
        "2021-09-17",
        marks=_x(
            "after the merge: the strike's toll now has a place (Kabul) and so a target country, "
            "and is coded ASSAULT None->AFG; the acknowledging Pentagon is not taken as the strike's doer"
        ),
    ),
    (
        "Israel eased its blockade of Gaza, allowing most consumer goods into the territory.",
        [(RC, "ISR", "PSE")],
        "2010-06-20",
    ),
    (
        "Washington relaxed some sanctions on Venezuela's oil sector after the government and opposition agreed on an election road map.",
        [(RC, "USA", "VEN"), ("AGREE", "VEN", "VEN", "opt")],
        "2023-10-18",
    ),
    (
        "North Korea handed over the remains of 55 U.S. servicemen killed in the Korean War.",
        [(RC, "PRK", "USA")],
        "2018-07-27",
    ),
    (
        "Baghdad allowed U.N. weapons inspectors to return to Iraq after a four-year absence.",
        [(RC, "IRQ", "IGO")],
        "2002-09-16",
    ),
    (
        "Sri Lanka yielded to international pressure and allowed aid agencies into the former war zone in the north.",
        [(RC, "LKA", None)],
        None,
    ),
    (
        "Ankara gave up its opposition to Finland joining NATO.",
        [(RC, "TUR", "FIN")],
        "2023-03-17",
    ),
    (
        "Georgian President Eduard Shevardnadze resigned under pressure from street protests in Tbilisi.",
        [(RC, "GEO", None), ("PROTEST", "GEO", "GEO", "opt")],
        "2003-11-23",
    ),
    (
        "Lebanese Prime Minister Saad Hariri quit in the face of nationwide protests against the political elite.",
        [(RC, "LBN", None), ("PROTEST", "LBN", "LBN", "opt")],
        "2019-10-29",
    ),
    (
        "Kazakhstan's government reversed a fuel price hike after protests spread across the country.",
        [(RC, "KAZ", None), ("PROTEST", "KAZ", "KAZ", "opt")],
        None,
    ),
    (
        "Skopje gave in to Greek demands and agreed to rename the country North Macedonia.",
        [
            ("CONCEDE", "MKD", "GRC"),
            ("AGREE", "MKD", None, "opt"),
        ],  # opt target revised: the renaming names no party
        "2018-06-12",
    ),
    (
        "Sri Lanka lifted the state of emergency that had been in force for most of the past three decades.",
        [(RC, "LKA", None)],
        "2011-08-30",
    ),
    # --- REQUEST: appeals ---
    (
        "U.N. Secretary-General Kofi Annan urged Israel and the Palestinians to return to the negotiating table.",
        [("REQUEST", "IGO", "ISR"), ("REQUEST", "IGO", "PSE")],
        "2002-01-05",
    ),
    (
        "The European Union called on Belgrade and Pristina to normalise relations.",
        [("REQUEST", "IGO", "SRB"), ("REQUEST", "IGO", "XKX")],
        None,
    ),
    (
        "Sudan appealed to the international community for food aid for the famine-stricken south.",
        [("REQUEST", "SDN", None)],
        "1998-05-12",
    ),
    (
        "Washington pressed Islamabad to act against Taliban sanctuaries in the tribal areas.",
        [("REQUEST", "USA", "PAK")],
        None,
    ),
    (
        "Ukrainian President Volodymyr Zelenskiy made a fresh plea to Western allies for more air defence systems.",
        [("REQUEST", "UKR", None)],
        "2024-04-10",
    ),
    (
        "Seoul implored Pyongyang to return to the six-party talks.",
        [("REQUEST", "KOR", "PRK")],
        None,
    ),
    (
        "Ethiopian Prime Minister Abiy Ahmed asked Eritrea to pull its troops out of Tigray.",
        [("REQUEST", "ETH", "ERI")],
        "2021-03-26",
    ),
    (
        "Bosnian President Alija Izetbegovic begged NATO to launch air strikes against Serb positions around Sarajevo.",
        [("REQUEST", "BIH", "IGO")],
        "1994-02-06",
    ),
    (
        "The Arab League called for the immediate withdrawal of Iraqi troops from Kuwait.",
        [("REQUEST", "IGO", "IRQ")],
        "1990-08-10",
    ),
    (
        "The Iraqi parliament voted to ask U.S. troops to leave the country.",
        [("REQUEST", "IRQ", "USA")],
        "2020-01-05",
    ),
]

FIXES = [
    # "said in a report that ...": the clause is what was said, not a relative clause
    (
        "Human Rights Watch said in a report that Ethiopian troops had executed civilians in Tigray.",
        [("ASSAULT", "ETH", None), ("ACCUSE", "NGO", "ETH", "opt")],
        None,
    ),
    # a chorus of criticism, a commission of inquiry: the voice or body stands for its act
    (
        "Canada joined a growing chorus of criticism of Saudi Arabia over the detention of women's rights activists.",
        [("ACCUSE", "CAN", "SAU"), ("COERCE", "SAU", None, "opt")],
        None,
    ),
    (
        "The African Union set up a commission of inquiry into abuses committed during the war in South Sudan.",
        [("ACCUSE", "IGO", None)],
        "2014-03-07",
    ),
    # "took issue with"; a state hauled before a court; "legal proceedings against"
    (
        "Paris took issue with London's handling of the migrant crisis in the Channel.",
        [("ACCUSE", "FRA", "GBR")],
        None,
    ),
    (
        "Ukraine hauled Russia before a U.N. court over its support for separatists in the east.",
        [("ACCUSE", "UKR", "RUS")],
        "2017-03-06",
    ),
    (
        "Brussels started legal proceedings against Hungary over its asylum law.",
        [("ACCUSE", "IGO", "HUN")],
        None,
    ),
    # an objection given up; a price rise reversed after protests
    (
        "Greece gave up its objection to Skopje's bid to join NATO.",
        [("CONCEDE", "GRC", "MKD")],
        None,
    ),
    (
        "Ecuador's government reversed a fuel price increase after a week of violent protests.",
        [(RC, "ECU", None), ("PROTEST", "ECU", "ECU", "opt")],
        "2019-10-14",
    ),
    # regret over another party's act is criticism; regret for an act is an apology
    (
        "Beijing expressed strong regret over Washington's remarks on Taiwan.",
        [("ACCUSE", "CHN", "USA")],
        None,
    ),
    (
        "Ankara expressed regret for the downing of the Russian jet.",
        [("CONCEDE", "TUR", "RUS")],
        "2016-06-27",
    ),
    # a closure eased: the place it shuts off stands for its country
    (
        "The Saudi-led coalition eased its blockade of Yemen's Hodeidah port.",
        [(RC, "SAU", "YEM")],
        None,
    ),
    # an accused act with a foreign doer: the accuser's own nationals in it are not accused
    (
        "Beijing condemned the detention of Chinese fishermen by the Indonesian navy.",
        [("ACCUSE", "CHN", "IDN"), ("COERCE", "IDN", "CHN", "opt")],
        None,
    ),
    # the act a party is thanked for is the reason, not a second event
    (
        "Manila thanked Tokyo for helping to rescue Filipino sailors from a burning tanker.",
        [("SUPPORT", "PHL", "JPN")],
        None,
    ),
    # an act that "may amount to" / "constituted" an atrocity: its owner is accused
    (
        "Amnesty International said Israel's siege of Gaza constituted a war crime.",
        [("ACCUSE", "NGO", "ISR")],
        None,
    ),
    (
        "Human Rights Watch said Russia's bombing of the theatre in Mariupol amounted to a war crime.",
        [("ACCUSE", "NGO", "RUS"), ("ASSAULT", "RUS", "UKR", "opt")],
        "2022-06-30",
    ),
    # "by" after a noun phrase with a phrase of its own is the inner act's, not the
    # light verb's agent
    (
        "Sri Lanka's army launched an inquiry into the shelling of a hospital by its artillery units.",
        [("ACCUSE", "LKA", None)],
        None,
    ),
    # disapproval with no object of its own: whoever did what prompted it ("after X ...")
    (
        "Beijing protested after the Czech Senate speaker travelled to Taipei.",
        [("ACCUSE", "CHN", "CZE"), ("CONSULT", "CZE", "TWN", "opt")],
        "2020-08-31",
    ),
    (
        "Beijing voiced strong displeasure after Lithuania allowed Taiwan to open a representative office in Vilnius.",
        [
            ("ACCUSE", "CHN", "LTU"),
            (("AGREE", "COOPERATE", "RETREAT", "CONCEDE"), "LTU", "TWN", "opt"),
        ],
        None,
    ),
    # a call for a withdrawal "from" a place: the forces' state is asked, not the place
    (
        "Washington called for the withdrawal of Syrian troops from Lebanon.",
        [("REQUEST", "USA", "SYR")],
        "2005-03-02",
    ),
    (
        "The European Union called for the withdrawal of Armenian forces from Azerbaijani territory.",
        [("REQUEST", "IGO", "ARM")],
        None,
    ),
    # a hostile act attributed to a state
    (
        "Britain attributed the cyberattack on its parliament to Russian military intelligence.",
        [("ACCUSE", "GBR", "RUS")],
        None,
    ),
    (
        "Washington attributed the attack on the tanker to Iran.",
        [("ACCUSE", "USA", "IRN")],
        "2019-06-14",
    ),
    # culprits named with a state and stateless ones beside them: only those with a state
    (
        "Israel said Hezbollah and other armed groups were behind the attack.",
        [("ACCUSE", "ISR", "LBN"), ("ASSAULT", "LBN", "ISR", "opt")],
        None,
    ),
]

NEGATIVES = [
    "Whether Moscow will apologise for the incident remains to be seen.",
    "Analysts said the criticism from Washington was unlikely to change Beijing's course.",
    "If Seoul were to recognise Taiwan, Beijing would sever ties.",
    "The prime minister denied that his government had ever backed the rebels.",
    "Could Tehran free the detained journalists before the talks?",
    "The 1995 apology to Asian neighbours is still cited as a model of reconciliation.",
    "Neither side has accused the other of breaking the truce so far.",
    "Some commentators praised the deal, while others saw it as a surrender.",
    "The sanctions are expected to be eased only if Minsk frees all political prisoners, diplomats said.",
    "A war crimes inquiry has long been a demand of the opposition.",
    "The foreign ministry did not say whether it would support the resolution.",
    "Diplomats doubted that Washington would press Riyadh to end the blockade.",
]


@pytest.mark.parametrize(("text", "expected", "pub"), CASES, ids=[_text(c)[:60] for c in CASES])
def test_verbal3_coded(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))


@pytest.mark.parametrize(
    "text", NEGATIVES, ids=[_text((t,) if isinstance(t, str) else t)[:60] for t in NEGATIVES]
)
def test_verbal3_negatives(code, text):
    events = countable(code(text, "2024-05-01"))
    assert not events, show(events)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_verbal3_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
