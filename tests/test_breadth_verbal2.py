# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Second breadth round on ACCUSE, SUPPORT and CONCEDE, in wording the first round
(tests/test_breadth_verbal.py, tests/test_breadth_concede.py) does not use.

ACCUSE in its three modes (disapprove: "came under fire", "hit out at", "took to
task", "castigated", "faulted", "voiced outrage", "issued a condemnation", "branded";
allege: "held responsible", "pointed the finger at", "bore responsibility", "said X was
behind", "charged X with", agentless and passive accusations; investigate: "an inquiry
was opened by", "said it would investigate", "look into", "set up a committee to
investigate", fact-finding missions), SUPPORT (lauded, hailed, "put its weight behind",
"expressed its backing", "sided with", "stood firmly behind", "spoke up for",
"heaped praise on", "expressed appreciation", thanked, "sent a congratulatory message",
"voiced confidence in", extended recognition, friendship reaffirmed, solidarity
resolutions, passive "was welcomed by"), CONCEDE (pardoned, "set free", "handed back",
restituted, "scrapped the curfew", eased restrictions, "expressed deep remorse",
"expressed regrets", "acknowledged responsibility", admitted, conceded, "bowed to
pressure", "caved in", "acceded to a demand", "backed down", "dropped its veto",
"lifted its objection", "rescinded", accepting a mediator's proposal). Release and
return of persons or property are RETREAT or CONCEDE (either is accepted).

Every sentence was written for this file and annotated (types, source country, target
country per event) from shared/PLOVER.md and eval/README.md before the coder was run on
it; about half are set in 1990-2015 and half in 2016-2025, about half have no
publication date. A record passes when every expected event is coded (any of its types,
both countries; target None: any target) and no other countable event is coded; an
event marked "opt" may or may not be coded. NEGATIVES must give no countable event.

Coverage, as a measure of generalisation: 58/100 records passed on the first run (49/88
CASES, 9/12 NEGATIVES), before any fix made for this file. The 39 failing CASES by cause:
no event 22 (most SUPPORT idioms: "put its weight behind", "stood firmly behind",
"spoke highly of", "saluted", "spoke up for", "won the backing of", "sent a
congratulatory message", "reaffirmed their friendship", "greeted ... with enthusiasm";
investigations: "fact-finding mission" twice, "look into", "ordered a review";
concessions: "set ... free", "restituted", "returned the pilot", "said sorry",
"rescinded a tax", "let X strike"; accusations: "bore responsibility", "should be
prosecuted"), another type 2 ("pledged its support" as AGREE; an agentless "was
accused in a U.N. report of arming" left only as the AID it alleges), a side left
null 3 ("came in for criticism"; "hailed the Iraqi government's recapture"; "eased
restrictions at the Rafah crossing"), a wrong country 1 ("investigate reports that its
troops ..."), an extra countable event 11 (a second target from a nationality inside
the condemned act: "the British seizure of an Iranian tanker", "the removal of a Soviet
memorial by the Estonian government"; "sailors and marines"; participles on what is
handed back: "vessels seized off Crimea", "withheld revenues", "treasures looted"; "as
a condition for peace talks"; "thanked X for taking in refugees"; and four the
annotation left out, below). The 3 failing NEGATIVES: "has never apologised" coded as
a refusal, "Had Kyiv backed down, ..." as a concession, "the apology long sought by
Seoul" as a request.

After the first run five annotations were revised to the conventions the first round
follows (the condemned act optional: "missile launch", "the killing of the
ambassador"; "caved in ... and agreed to early elections" and "softened its stance and
agreed to hold talks" also an optional AGREE; "reaffirmed their countries' friendship"
both ways); four records pass by that revision alone. After the general fixes: 84/100
(73/88 CASES, 11/12 NEGATIVES; 4 of the 26 gains from the revision); the 16 left are
strict xfails with their cause (no countable event 10, two of them an investigation
announced with "would", which the plans rule leaves uncounted; a side left null 3; an
extra event 2; the negative 1). Fixed causes: SUPPORT idioms and light forms (lexicon);
"fact-finding mission", "look into"; the return of pilots, crews, vessels and
treasures, "restitute", "rescind a tax"; mutual acts on "their countries' X"; the
target of ACCUSE/SUPPORT is whose act a plain noun names (its by-agent, possessor or
nationality adjective), not everyone inside it, also for a praised act ("hailed X's
recapture"); a participle on what is handed back is background; "said sorry to X";
conditions with the auxiliary first ("Had Kyiv backed down", "Were Tehran to free");
"has never apologised" is a long state; "came in for criticism"; an agentless
accusation "in a U.N. report" is the report author's; an act held out "as a condition
for" another; "bore responsibility for the escalation" with the subject misparsed;
"set X free" with "free" misparsed. FIXES (22 records) and the last two NEGATIVES were
written after the fixes, one or two new sentences per cause fixed.
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
        "Israel came under fire from the European Union on Monday for approving thousands of new settler homes in the West Bank.",
        [("ACCUSE", "IGO", "ISR")],
        "2012-12-04",
    ),
    (
        "Moscow voiced outrage on Friday at the removal of a Soviet war memorial from the centre of Tallinn by the Estonian government.",
        [("ACCUSE", "RUS", "EST")],
        "2007-04-28",
    ),
    (
        "Beijing hit out at Washington over its latest arms package for Taiwan.",
        [("ACCUSE", "CHN", "USA")],
        None,
    ),
    (
        "The Philippines took China to task over the use of water cannon against a resupply boat near Second Thomas Shoal.",
        [("ACCUSE", "PHL", "CHN")],
        "2023-08-07",
    ),
    (
        "Human Rights Watch faulted the Sri Lankan army for shelling hospitals in the no-fire zone.",
        [("ACCUSE", "NGO", "LKA")],
        None,
    ),
    (
        "Kenya's government was sharply criticised by Amnesty International over the killing of protesters in Nairobi.",
        [("ACCUSE", "NGO", "KEN")],
        "2024-07-02",
    ),
    (
        "German Chancellor Angela Merkel called Russia's annexation of Crimea a violation of international law.",
        [("ACCUSE", "DEU", "RUS")],
        "2014-03-19",
    ),
    (
        "Riyadh issued a strong condemnation of the Houthi missile attack on the Saudi capital.",
        [("ACCUSE", "SAU", "YEM"), ("ASSAULT", "YEM", "SAU", "opt")],
        "2017-11-05",
    ),
    (
        "Chinese state media castigated Japan for releasing treated water from the Fukushima nuclear plant into the sea.",
        [("ACCUSE", "CHN", "JPN")],
        None,
    ),
    (
        "Iran branded the British seizure of an Iranian oil tanker off Gibraltar an act of piracy.",
        [("ACCUSE", "IRN", "GBR")],
        "2019-07-05",
    ),
    (
        "Saudi Arabia's role in the war in Yemen drew sharp criticism from Germany.",
        [("ACCUSE", "DEU", "SAU")],
        None,
    ),
    (
        "Pyongyang's latest missile launch drew condemnation from Tokyo and Seoul.",
        [("ACCUSE", "JPN", "PRK"), ("ACCUSE", "KOR", "PRK"), ("MOBILIZE", "PRK", None, "opt")],
        "2022-10-04",
    ),
    (
        "Ethiopia's government came in for criticism from Washington over the blockade of Tigray.",
        [("ACCUSE", "USA", "ETH")],
        None,
    ),
    (
        "Jakarta's handling of the conflict in Aceh was denounced by Amnesty International.",
        [("ACCUSE", "NGO", "IDN")],
        "2003-05-28",
    ),
    # --- ACCUSE: allege ---
    (
        "Sudan's President Omar al-Bashir was charged with genocide in Darfur by the prosecutor of the International Criminal Court.",
        [("ACCUSE", "IGO", "SDN")],
        "2008-07-14",
    ),
    pytest.param(
        "U.N. investigators said Myanmar's generals should be prosecuted for genocide against the Rohingya.",
        [("ACCUSE", "IGO", "MMR")],
        "2018-08-27",
        marks=_x(
            "no event: 'said X should be prosecuted for genocide' names the culprit in a passive obligation; it is not read as an accusation"
        ),
    ),
    (
        "Serbia has been accused by Croatia of shielding war crimes suspects wanted by the Hague tribunal.",
        [("ACCUSE", "HRV", "SRB")],
        None,
    ),
    (
        "Eritrea was accused in a U.N. report on Thursday of arming al Shabaab militants in Somalia.",
        [("ACCUSE", "IGO", "ERI")],
        "2011-07-29",
    ),
    (
        "Armenian Prime Minister Nikol Pashinyan said Azerbaijan bore full responsibility for the escalation on the border.",
        [("ACCUSE", "ARM", "AZE")],
        "2022-09-13",
    ),
    (
        "The Venezuelan government held Colombia responsible for the drone attack on President Nicolas Maduro.",
        [("ACCUSE", "VEN", "COL"), ("ASSAULT", None, "VEN", "opt")],
        "2018-08-05",
    ),
    (
        "Washington pointed the finger at Tehran for the attacks on two oil tankers in the Gulf of Oman.",
        [("ACCUSE", "USA", "IRN")],
        None,
    ),
    (
        "Greece filed a complaint with NATO over repeated violations of its airspace by Turkish fighter jets.",
        [("ACCUSE", "GRC", "TUR")],
        None,
    ),
    (
        "The Kremlin said Ukraine was behind the drone attack on Moscow, calling it a terrorist act.",
        [("ACCUSE", "RUS", "UKR")],
        "2023-05-03",
    ),
    (
        "Bosnian Muslim leaders charged Bosnian Serb forces with ethnic cleansing in eastern Bosnia.",
        [("ACCUSE", "BIH", "BIH")],
        "1993-04-10",
    ),
    # --- ACCUSE: investigate ---
    (
        "An inquiry was opened by Turkish prosecutors into the killing of the Russian ambassador in Ankara.",
        [("ACCUSE", "TUR", None), ("ASSAULT", None, "RUS", "opt")],
        "2016-12-20",
    ),
    pytest.param(
        "Indonesia said it would investigate reports that its troops had killed civilians in East Timor.",
        [("ACCUSE", "IDN", "IDN")],
        None,
        marks=_x(
            "'said it would investigate' is coded as an intent (speculative, not counted), and the killing alleged under 'reports that' is coded as an event"
        ),
    ),
    pytest.param(
        "The U.N. Security Council ordered a fact-finding mission to Jenin to look into Israel's assault on the refugee camp.",
        [("ACCUSE", "IGO", "ISR"), ("ASSAULT", "ISR", "PSE", "opt")],
        "2002-04-20",
        marks=_x(
            "null target: the purpose infinitive 'to look into Israel's assault' does not lend the mission its target"
        ),
    ),
    (
        "Iraq's parliament set up a committee to investigate the fall of Mosul to Islamic State fighters.",
        [("ACCUSE", "IRQ", None), ("ASSAULT", "IRQ", "IRQ", "opt")],
        None,
    ),
    (
        "The OPCW launched a fact-finding mission into reports of chlorine attacks in Syria.",
        [("ACCUSE", "IGO", None)],
        "2014-04-29",
    ),
    pytest.param(
        "Britain said it would look into claims that its special forces had executed detainees in Afghanistan.",
        [("ACCUSE", "GBR", "GBR")],
        None,
        marks=_x(
            "'said it would look into' is coded as an intent (speculative, not counted), and the act alleged under 'claims that' is coded as an event"
        ),
    ),
    pytest.param(
        "The Pentagon ordered a review of a U.S. drone strike in Kabul that killed 10 civilians.",
        [("ACCUSE", "USA", "USA"), ("ASSAULT", "USA", "AFG", "opt")],
        None,
        marks=_x(
            "no event: 'ordered a review of' is not read as an investigation ('review' alone is too general a noun)"
        ),
    ),
    # --- SUPPORT: praise, endorse, back ---
    (
        "French President Emmanuel Macron saluted Ukraine's courage in a speech in Kyiv.",
        [("SUPPORT", "FRA", "UKR")],
        "2022-06-16",
    ),
    pytest.param(
        "Japan issued a statement in support of the Philippines' position on the South China Sea ruling.",
        [("SUPPORT", "JPN", "PHL")],
        "2016-07-12",
        marks=_x(
            "no event: 'issued a statement in support of X' (the support noun is not the light verb's object)"
        ),
    ),
    (
        "Iran pledged its full support to the Syrian government in the fight against the rebels.",
        [("SUPPORT", "IRN", "SYR")],
        None,
    ),
    (
        "The Organisation of Islamic Cooperation rallied behind Pakistan over Kashmir.",
        [("SUPPORT", "IGO", "PAK")],
        None,
    ),
    pytest.param(
        "South Korean President Kim Dae-jung won the backing of Washington for his sunshine policy towards North Korea.",
        [("SUPPORT", "USA", "KOR")],
        "1998-06-10",
        marks=_x(
            "no event: 'won the backing of X' is support received, with the roles reversed; no entry reads it"
        ),
    ),
    (
        "U.N. Secretary-General Ban Ki-moon spoke highly of China's contribution to peacekeeping in Darfur.",
        [("SUPPORT", "IGO", "CHN")],
        None,
    ),
    (
        "The United States recognised opposition leader Juan Guaido as Venezuela's interim president.",
        [("SUPPORT", "USA", "VEN")],
        "2019-01-24",
    ),
    (
        "Egyptian President Hosni Mubarak lauded the Wye River agreement as a step toward a lasting peace.",
        [("SUPPORT", "EGY", None)],
        "1998-10-24",
    ),
    (
        "Saudi Arabia hailed the Iraqi government's recapture of Mosul from Islamic State.",
        [("SUPPORT", "SAU", "IRQ")],
        "2017-07-10",
    ),
    (
        "Paris put its full weight behind the Lebanese army.",
        [("SUPPORT", "FRA", "LBN")],
        None,
    ),
    (
        "The Gulf Cooperation Council expressed its backing for Bahrain's government after weeks of unrest.",
        [("SUPPORT", "IGO", "BHR")],
        "2011-03-15",
    ),
    (
        "Russia sided with Serbia in the dispute over Kosovo's independence.",
        [("SUPPORT", "RUS", "SRB")],
        None,
    ),
    (
        "Washington stood firmly behind Seoul after the North Korean shelling of Yeonpyeong island.",
        [("SUPPORT", "USA", "KOR"), ("ASSAULT", "PRK", "KOR", "opt")],
        "2010-11-24",
    ),
    pytest.param(
        "Moscow spoke up for Minsk on Tuesday, saying Western criticism of the election was interference in Belarus's internal affairs.",
        [("SUPPORT", "RUS", "BLR"), ("ACCUSE", "RUS", None, "opt")],
        None,
        marks=_x(
            "no event: 'spoke up for' needs two particles ('up' and 'for'); the lexicon keys on one"
        ),
    ),
    (
        "Russian President Boris Yeltsin heaped praise on German Chancellor Helmut Kohl as a true friend of Russia.",
        [("SUPPORT", "RUS", "DEU")],
        "1997-04-17",
    ),
    (
        "U.N. Secretary-General Kofi Annan expressed appreciation for Nigeria's role in ending the war in Liberia.",
        [("SUPPORT", "IGO", "NGA")],
        "2003-08-12",
    ),
    (
        "Ukrainian President Volodymyr Zelensky thanked Poland for taking in millions of Ukrainian refugees.",
        [("SUPPORT", "UKR", "POL")],
        None,
    ),
    (
        "U.S. Secretary of State Colin Powell voiced confidence in Pakistan's commitment to fighting terrorism.",
        [("SUPPORT", "USA", "PAK")],
        "2002-01-18",
    ),
    (
        "North Korean leader Kim Jong Un sent a congratulatory message to Xi Jinping on his re-election as China's president.",
        [("SUPPORT", "PRK", "CHN")],
        "2023-03-11",
    ),
    (
        "The European Commission lauded North Macedonia for implementing the Prespa agreement with Greece.",
        [("SUPPORT", "IGO", "MKD")],
        None,
    ),
    (
        "Washington gave its backing to Kenya's offer to lead a multinational police mission in Haiti.",
        [("SUPPORT", "USA", "KEN")],
        "2023-07-31",
    ),
    (
        "Israel's decision to release withheld tax revenues to the Palestinian Authority was welcomed by Washington.",
        [("SUPPORT", "USA", "ISR"), (RC, "ISR", "PSE", "opt")],
        None,
    ),
    (
        "Britain stands shoulder to shoulder with the United States, Prime Minister Tony Blair said after the attacks on New York and Washington.",
        [("SUPPORT", "GBR", "USA"), ("ASSAULT", None, "USA", "opt")],
        "2001-09-12",
    ),
    # --- SUPPORT: recognise, friendship, solidarity ---
    (
        "Britain extended formal recognition to Libya's rebel National Transitional Council as the country's legitimate government.",
        [("SUPPORT", "GBR", "LBY")],
        "2011-07-27",
    ),
    (
        "Chinese Premier Li Keqiang and Pakistani Prime Minister Nawaz Sharif reaffirmed their countries' all-weather friendship in Islamabad.",
        [("SUPPORT", "CHN", "PAK"), ("SUPPORT", "PAK", "CHN", "opt")],
        "2013-05-23",
    ),
    (
        "Turkey's parliament passed a resolution expressing solidarity with Azerbaijan.",
        [("SUPPORT", "TUR", "AZE")],
        None,
    ),
    pytest.param(
        "Seoul greeted the announcement of a summit between Washington and Pyongyang with enthusiasm.",
        [("SUPPORT", "KOR", None)],
        "2018-03-09",
        marks=_x(
            "no event: 'greeted X with enthusiasm' (the parser hangs 'with enthusiasm' on the object's noun)"
        ),
    ),
    # --- CONCEDE: release, return, ease ---
    (
        "Myanmar's President Thein Sein pardoned more than 600 prisoners on Friday, including leading dissidents.",
        [(RC, "MMR", None)],
        "2012-01-14",
    ),
    (
        "Israel set 26 Palestinian prisoners free overnight under the terms of U.S.-brokered peace talks.",
        [(RC, "ISR", "PSE")],
        "2013-08-14",
    ),
    (
        "Russia handed back three Ukrainian naval vessels seized off Crimea a year ago.",
        [(RC, "RUS", "UKR")],
        None,
    ),
    pytest.param(
        "France formally restituted 26 treasures looted from the kingdom of Dahomey to Benin.",
        [(RC, "FRA", "BEN")],
        None,
        marks=_x("null target: 'to Benin' hangs on the participle 'looted', not on 'restituted'"),
    ),
    (
        "Pakistan returned the captured Indian pilot to India at the Wagah border crossing on Friday.",
        [(RC, "PAK", "IND")],
        "2019-03-02",
    ),
    (
        "Sri Lanka scrapped the nationwide curfew imposed after the Easter Sunday bombings.",
        [(RC, "LKA", None)],
        None,
    ),
    pytest.param(
        "Egypt eased restrictions at the Rafah crossing on Saturday, allowing most Palestinians to cross into Egypt.",
        [(RC, "EGY", "PSE")],
        "2011-05-29",
        marks=_x(
            "null target: those the eased crossing lets through ('allowing most Palestinians to cross') are not read as the target"
        ),
    ),
    (
        "Nicaragua freed 222 political prisoners and put them on a flight to Washington.",
        [(RC, "NIC", None)],
        None,
    ),
    (
        "Colombian President Andres Pastrana ceded a Switzerland-sized zone to FARC rebels as a condition for peace talks.",
        [(RC, "COL", "COL")],
        "1998-11-08",
    ),
    pytest.param(
        "Iran let the 15 captured British sailors and marines go home on Thursday.",
        [(RC, "IRN", "GBR")],
        "2007-04-05",
        marks=_x(
            "extra event: the second conjunct 'marines' takes the releaser's country instead of the shared 'British'"
        ),
    ),
    (
        "Hamas handed over four Israeli hostages to the Red Cross in Gaza City.",
        [(RC, "PSE", None)],
        "2025-01-25",
    ),
    (
        "Kazakhstan granted an amnesty to hundreds of people detained during the January unrest.",
        [(RC, "KAZ", None)],
        None,
    ),
    # --- CONCEDE: apologise, admit ---
    pytest.param(
        "Australian Prime Minister Kevin Rudd said sorry to Aboriginal Australians for the stolen generations.",
        [("CONCEDE", "AUS", "AUS")],
        "2008-02-13",
        marks=_x(
            "no event: 'for the stolen generations' is read as a span of time ('for generations'), the apology as habitual"
        ),
    ),
    (
        "Japanese Prime Minister Shinzo Abe expressed deep remorse for Japan's actions during World War Two.",
        [("CONCEDE", "JPN", None)],
        "2015-08-14",
    ),
    (
        "Belgium's King Philippe expressed his deepest regrets to Congo for the wounds of the colonial era.",
        [("CONCEDE", "BEL", "COD")],
        "2020-06-30",
    ),
    (
        "The Netherlands acknowledged its share of responsibility for the fall of Srebrenica.",
        [("CONCEDE", "NLD", None)],
        None,
    ),
    (
        "Iran admitted that its military had unintentionally shot down the Ukrainian airliner near Tehran.",
        [("CONCEDE", "IRN", "UKR"), ("ASSAULT", "IRN", "UKR", "opt")],
        "2020-01-11",
    ),
    (
        "Britain conceded that its intelligence on Iraq's weapons programmes had been flawed.",
        [("CONCEDE", "GBR", None)],
        None,
    ),
    # --- CONCEDE: yield ---
    (
        "Serbian President Slobodan Milosevic bowed to pressure and accepted the international peace plan for Kosovo.",
        [(("CONCEDE", "AGREE"), "SRB", None)],
        "1999-06-03",
    ),
    (
        "Ukrainian President Viktor Yanukovich caved in to opposition demands and agreed to early elections.",
        [(("CONCEDE", "AGREE"), "UKR", "UKR"), ("AGREE", "UKR", None, "opt")],
        "2014-02-21",
    ),
    (
        "Sudan's government acceded to a U.N. demand to allow a hybrid peacekeeping force into Darfur.",
        [(("CONCEDE", "RETREAT", "AGREE"), "SDN", "IGO")],
        "2007-06-12",
    ),
    (
        "Belgrade backed down and agreed to let international monitors into Kosovo.",
        [(("CONCEDE", "RETREAT", "AGREE"), "SRB", None)],
        None,
    ),
    (
        "Hungary dropped its veto on EU aid to Ukraine after a deal with Brussels.",
        [("CONCEDE", "HUN", None), ("AGREE", "HUN", "IGO", "opt")],
        "2024-02-01",
    ),
    (
        "Turkey lifted its objection to Sweden's NATO membership.",
        [("CONCEDE", "TUR", "SWE")],
        "2023-07-11",
    ),
    (
        "Lebanon's government rescinded a planned tax on WhatsApp calls after mass protests.",
        [("CONCEDE", "LBN", None), ("PROTEST", "LBN", None, "opt")],
        None,
    ),
    (
        "Beijing eased its strict COVID rules after rare protests across the country.",
        [(RC, "CHN", None), ("PROTEST", "CHN", None, "opt")],
        "2022-12-07",
    ),
    (
        "The Sri Lankan government accepted a Norwegian proposal for a ceasefire with the Tamil Tigers.",
        [(("CONCEDE", "AGREE"), "LKA", None)],
        None,
    ),
    (
        "Hungary relented and allowed the sanctions package to go ahead.",
        [("CONCEDE", "HUN", None)],
        None,
    ),
    (
        "Thailand's government softened its stance and agreed to hold talks with southern insurgents.",
        [
            (("CONCEDE", "AGREE"), "THA", "THA"),
            ("AGREE", "THA", None, "opt"),
            ("CONSULT", "THA", "THA", "opt"),
        ],
        None,
    ),
    pytest.param(
        "Washington reversed course and let Ukraine strike targets inside Russia with American weapons.",
        [(("CONCEDE", "RETREAT"), "USA", "UKR"), ("ASSAULT", "UKR", "RUS", "opt")],
        "2024-05-31",
        marks=_x(
            "no event: a permission ('let Ukraine strike') is not read as a concession, and the strike is aimed at the permitter"
        ),
    ),
]

FIXES = [
    # SUPPORT idioms ("put its weight behind", "stood firmly behind", "spoke highly of",
    # "saluted", "pledged its support to", "sent a congratulatory message")
    (
        "Berlin put its weight behind Kyiv's bid to join the European Union.",
        [("SUPPORT", "DEU", "UKR")],
        None,
    ),
    (
        "Tokyo stood firmly behind Manila in its maritime dispute with Beijing.",
        [("SUPPORT", "JPN", "PHL")],
        "2024-04-11",
    ),
    (
        "New Delhi spoke highly of Dhaka's role in regional trade.",
        [("SUPPORT", "IND", "BGD")],
        None,
    ),
    (
        "Kenya saluted Ethiopia's commitment to the peace process in Somalia.",
        [("SUPPORT", "KEN", "ETH")],
        "2019-03-02",
    ),
    (
        "Turkey pledged its full support to Azerbaijan on Sunday.",
        [("SUPPORT", "TUR", "AZE")],
        "2020-09-28",
    ),
    (
        "Egypt sent a congratulatory message to Algeria on its independence day.",
        [("SUPPORT", "EGY", "DZA")],
        None,
    ),
    # each side of "their (two) nations' friendship" to the other
    (
        "Russia and Belarus reaffirmed their two nations' friendship in Minsk.",
        [("SUPPORT", "RUS", "BLR"), ("SUPPORT", "BLR", "RUS", "opt")],
        None,
    ),
    # investigate: "fact-finding mission", "looked into"
    (
        "The African Union sent a fact-finding mission to Burundi on Monday.",
        [("ACCUSE", "IGO", None)],
        "2015-12-14",
    ),
    (
        "Kenyan police looked into the disappearance of two Ugandan activists in Nairobi.",
        [("ACCUSE", "KEN", None)],
        None,
    ),
    # persons and property handed back; the participle on them is background
    (
        "Moscow returned the seized Ukrainian sailors to Kyiv on Saturday.",
        [(RC, "RUS", "UKR")],
        "2019-09-08",
    ),
    (
        "Japan returned the Chinese fishing crew to Beijing.",
        [(RC, "JPN", "CHN")],
        None,
    ),
    (
        "Iraq handed back Kuwaiti archives seized during the occupation.",
        [(RC, "IRQ", "KWT")],
        None,
    ),
    # "set X free" with "free" parsed as a clause of its own
    (
        "Kyiv set ten Russian prisoners free on Friday in a goodwill gesture.",
        [(RC, "UKR", "RUS")],
        "2023-05-06",
    ),
    # whose act a plain noun names (a by-agent, a nationality adjective, a possessor)
    (
        "Moscow denounced the Dutch seizure of a Russian cargo ship.",
        [("ACCUSE", "RUS", "NLD"), ("COERCE", "NLD", "RUS", "opt")],
        None,
    ),
    (
        "Ankara voiced outrage at the demolition of a mosque by the Indian authorities.",
        [("ACCUSE", "TUR", "IND")],
        None,
    ),
    (
        "Paris welcomed the Malian army's recapture of Kidal.",
        [("SUPPORT", "FRA", "MLI")],
        "2023-11-15",
    ),
    # "said sorry to X"
    (
        "The Netherlands said sorry to Indonesia for the violence of its colonial war.",
        [("CONCEDE", "NLD", "IDN")],
        None,
    ),
    # "came in for criticism"
    (
        "Hungary came in for criticism from the European Commission over its asylum law.",
        [("ACCUSE", "IGO", "HUN")],
        None,
    ),
    # an agentless accusation in a report is its author's
    (
        "Rwanda was accused in a U.N. report of commanding M23 rebels in eastern Congo.",
        [("ACCUSE", "IGO", "RWA")],
        "2023-06-20",
    ),
    (
        "Israel was criticised in a European Union statement over its settlement plans.",
        [("ACCUSE", "IGO", "ISR")],
        None,
    ),
    # an act held out as a condition is not yet held
    (
        "Damascus released 50 detainees as a precondition for talks with the opposition.",
        [(RC, "SYR", None)],
        None,
    ),
    # "said X bore responsibility for the provocation"
    (
        "Seoul said Pyongyang bore full responsibility for the provocation.",
        [("ACCUSE", "KOR", "PRK")],
        None,
    ),
]

NEGATIVES = [
    "Critics have long accused the government in Minsk of rigging elections.",
    "An investigation would take months, officials cautioned.",
    "It was not clear whether Damascus would accept the fact-finding mission.",
    "Tokyo has never formally apologised for the wartime use of forced labour, activists say.",
    "Will Washington lift its sanctions on Caracas?",
    "Praise for the deal was muted in Arab capitals, analysts noted.",
    "Ankara is unlikely to drop its objections to Sweden's bid before the summit, diplomats said.",
    "A probe into the crash would be the first test of the new agency's independence, commentators wrote.",
    "Human rights groups say thousands of political prisoners remain behind bars in Eritrea.",
    pytest.param(
        "The apology long sought by Seoul has yet to come.",
        marks=_x("a participle 'long sought by Seoul' on a noun is coded as a REQUEST"),
    ),
    "Support for the war among Russians has slipped, according to an independent poll.",
    "Had Kyiv backed down, the crisis might have ended sooner, historians argue.",
    # written after the fixes (inverted conditions; "has never apologised")
    "Were Tehran to free the hostages, sanctions could be eased, diplomats said.",
    "Ankara has never apologised for the 1915 killings, Armenian groups say.",
]


@pytest.mark.parametrize(("text", "expected", "pub"), CASES, ids=[_text(c)[:60] for c in CASES])
def test_verbal2_coded(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))


@pytest.mark.parametrize(
    "text", NEGATIVES, ids=[_text((t,) if isinstance(t, str) else t)[:60] for t in NEGATIVES]
)
def test_verbal2_negatives(code, text):
    events = countable(code(text, "2024-05-01"))
    assert not events, show(events)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_verbal2_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
