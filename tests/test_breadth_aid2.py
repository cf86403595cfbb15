# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Second type-breadth round on AID, REQUEST, THREATEN and ASSAULT, with the sides first.

On unseen public gold records parley finds the type of AID far more often than both of
its countries, and likewise for ASSAULT and REQUEST; so this round words the SIDES in
ways the first rounds (test_breadth_aid.py, test_breadth_force.py) did not: donors named
by agency, ministry or capital ("the World Food Programme", "Japan's foreign ministry",
"Washington", "Moscow"), recipients named as a people, a region, villages in a country,
an army or "the government"; money and weapons words (grants, credit lines, debt
cancelled, missiles, air defence systems, tonnes airlifted); attackers named by
adjective, group, "suspected X militants", "gunmen", "unidentified attackers", troops of
a state, coalition air strikes, settlers, gangs; targets named as a town, a base housing
foreign troops, civilians of a country, a convoy of an organisation, an aid ship;
requests through "appealed to", "implored", "called upon", "pressed", "demanded that",
"told X to", "asked ... for help", "called for restraint from", passives, requests to
the UN and to donors; threats worded as "would respond with ... if", "could stop
cooperating if", "would be destroyed if", "warned of serious consequences".

Every sentence was written for this file and annotated (types, source country, target
country per event) from shared/PLOVER.md and eval/README.md before the coder was run on
it: about half set 1990-2015 with office-holders of the time, half 2016-2025, about half
with no publication date. Attackers the text names no country or group for ("gunmen",
"unidentified attackers", "suspected Islamist militants") have a null country. A record
passes when every expected event is coded (any of its types, both countries; target
None: any target) and no other countable event is coded; "opt" events may or may not
be coded. NEGATIVES must give no countable event.

First run, before any fix made for this file: 66/91 records passed (55/79 CASES, 11/12
NEGATIVES). The 24 failing CASES by cause: no event 9 (airlifted tonnes of biscuits,
sent anti-tank missiles to Kyiv, set up a field hospital, handed diesel to, granted a
credit line, arrived to train troops, received aircraft from, "asked for help" after "In
a letter to X", "would respond with ... if Finland joined NATO"); other type 4 (supplied
air defence systems coded COOPERATE, "could stop cooperating if" coded COOPERATE,
settlers who torched a mosque coded PROTEST, "struck ... in occupied Melitopol" coded
COERCE for "occupied"); a side left null 4 (the receiver of "provided X with a grant
for roads", villages in "Papua New Guinea's highlands", a "U.S.-led coalition air
strike", "threatened to kill local candidates"); wrong country 3 (an Egyptian foreign
minister of 2009 given his later Arab League post, "Iranian-backed militias" given the
country of the U.S. troops they attacked, "suspected Islamist militants" given the
country they fight in); extra event 4 (aid "released" coded RETREAT, a purpose
infinitive "to ease its fuel shortage" coded CONCEDE, an ambush's "killing a driver"
coded again with another target, the "killing" of activists on a boarded ship with
no target). The failing NEGATIVE: an appeal that "remains only 20 percent funded".

After the general fixes: 83/91 (71/79 CASES, 12/12 NEGATIVES), the other 8 strict
xfails with their cause. Fixed causes: weapons as a class of goods handed over
(missiles, shells, air defence systems ...) for the giving verbs; grants, loans and
credit lines provided or granted with the receiver as the verb's object; tonnes
airlifted; relief and fuel given or handed to a party; aid money "released" and easing
a shortage (no RETREAT, no CONCEDE); "U.S.-led" naming the leader; the nationality of
troops a target names is no event place; the toll participle of an attack on a named
target is no second attack; international officials' earlier national offices, dated;
a promised response "with" measures or on an "if" condition, and "could" + a hostile
step on a condition, as threats aimed at the condition's doer; stopping cooperation as
SANCTION; "in occupied X" repaired as a place; a "command post" is no goalpost;
settlers' raids as Israeli attacks, no crowd riot; "in X's highlands" as X; "20 percent
funded" as a state. No record was re-annotated. FIXES were written after the fixes,
one to three new sentences per cause fixed.
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
    # ===== AID: donor named by agency, ministry, capital; recipient a people, region, government =====
    (
        "The World Food Programme airlifted 40 tonnes of high-energy biscuits to flood-stricken Mozambique on Saturday.",
        [("AID", "IGO", "MOZ")],
        "2000-03-04",
    ),
    (
        "Washington is providing $150 million in emergency food assistance to Ethiopia, where 14 million people face hunger, the State Department said.",
        [("AID", "USA", "ETH")],
        None,
    ),
    (
        "Japan's foreign ministry said on Tuesday it had decided to provide 500 million yen in emergency grant aid to the Philippines after the typhoon.",
        [("AID", "JPN", "PHL")],
        "2013-11-12",
    ),
    (
        "Germany's development ministry disbursed 20 million euros to the Palestinian Authority to help it pay public sector salaries.",
        [("AID", "DEU", "PSE")],
        None,
    ),
    (
        "British transport planes airdropped food and water to thousands of Yazidis trapped on Mount Sinjar in northern Iraq.",
        [("AID", "GBR", "IRQ")],
        "2014-08-10",
    ),
    (
        "Qatar donated 500 tonnes of medical supplies to the Lebanese health ministry after the port explosion in Beirut.",
        [("AID", "QAT", "LBN")],
        "2020-08-07",
    ),
    (
        "Turkey took in more than 200,000 Iraqi Kurdish refugees fleeing Saddam Hussein's forces, the government in Ankara said.",
        [("AID", "TUR", "IRQ")],
        "1991-04-08",
    ),
    (
        "Washington granted Israel $10 billion in loan guarantees to help it absorb immigrants from the former Soviet Union.",
        [("AID", "USA", "ISR")],
        None,
    ),
    (
        "The Asian Development Bank provided the Afghan government with a $150 million grant for roads and power lines.",
        [("AID", "IGO", "AFG")],
        None,
    ),
    (
        "Moscow supplied the Syrian army with S-300 air defence systems, Russian Defence Minister Sergei Shoigu said on Tuesday.",
        [("AID", "RUS", "SYR")],
        "2018-10-02",
    ),
    (
        "The British government has sent 2,000 anti-tank missiles to Kyiv, Defence Secretary Ben Wallace told parliament on Monday.",
        [("AID", "GBR", "UKR")],
        "2022-01-18",
    ),
    pytest.param(
        "Doctors Without Borders set up a field hospital for wounded civilians in the Syrian town of Azaz.",
        [("AID", "NGO", "SYR")],
        None,
        marks=_x(
            "setting up a field hospital for the wounded is no AID trigger (no light-verb reading of 'set up' with a relief facility)"
        ),
    ),
    (
        "UNICEF distributed clean water and hygiene kits to displaced families in the Yemeni port city of Hodeidah.",
        [("AID", "IGO", "YEM")],
        None,
    ),
    (
        "Indian Foreign Minister S. Jaishankar said New Delhi had handed 40,000 tonnes of diesel to Sri Lanka to ease its fuel shortage.",
        [("AID", "IND", "LKA")],
        "2022-05-10",
    ),
    (
        "The European Commission released 30 million euros in emergency aid for drought-hit Somalia on Friday.",
        [("AID", "IGO", "SOM")],
        "2017-03-10",
    ),
    (
        "Beijing granted Islamabad a $2 billion credit line to shore up Pakistan's dwindling foreign currency reserves.",
        [("AID", "CHN", "PAK")],
        None,
    ),
    (
        "Germany cancelled 4.7 billion euros of Iraq's debt, the finance ministry in Berlin said.",
        [("AID", "DEU", "IRQ")],
        None,
    ),
    pytest.param(
        "U.S. Green Berets arrived in Tbilisi on Monday to train Georgian troops in counter-terrorism tactics.",
        [("AID", "USA", "GEO")],
        "2002-05-27",
        marks=_x(
            "training given is told only in a purpose infinitive after 'arrived' ('arrived ... to train'), and purpose infinitives are not coded"
        ),
    ),
    (
        "Saudi King Abdullah gave $500 million to the World Food Programme to help it cope with soaring food prices.",
        [("AID", "SAU", "IGO")],
        "2008-05-23",
    ),
    pytest.param(
        "Nigeria's air force received six A-29 Super Tucano attack aircraft from the United States on Thursday.",
        [("AID", "USA", "NGA")],
        "2021-07-23",
        marks=_x("'received X from Y' is not read as Y giving to X (no reversed giving verb)"),
    ),
    (
        "Australian air force planes dropped food and medicine to isolated villages in Papua New Guinea's highlands after the earthquake.",
        [("AID", "AUS", "PNG")],
        "2018-03-05",
    ),
    # ===== REQUEST: called on, urged, appealed to, pressed, demanded that; to the UN and donors =====
    (
        "Ethiopia appealed to international donors on Monday for 900,000 tonnes of food to feed drought victims.",
        [("REQUEST", "ETH", None)],
        "2000-04-03",
    ),
    (
        "The Lebanese government asked the U.N. Security Council on Wednesday to hold an emergency session on Israeli air strikes in the south.",
        [("REQUEST", "LBN", "IGO"), ("ASSAULT", "ISR", "LBN", "opt")],
        None,
    ),
    (
        "Pakistani Prime Minister Yousuf Raza Gilani implored the international community on Sunday to speed up flood relief.",
        [("REQUEST", "PAK", None)],
        "2010-08-15",
    ),
    (
        "Japan's foreign minister called upon North Korea to return all the abducted Japanese nationals.",
        [("REQUEST", "JPN", "PRK")],
        None,
    ),
    pytest.param(
        "In a letter to U.N. Secretary-General Antonio Guterres, Iraq's foreign ministry asked for help in tracking down Islamic State funds.",
        [("REQUEST", "IRQ", "IGO")],
        "2019-02-11",
        marks=_x(
            "the parser makes the fronted 'In' the root and 'asked' a clause on 'ministry' (apposition of the name), so no event"
        ),
    ),
    (
        "Kosovo Albanian leader Ibrahim Rugova urged NATO on Thursday to intervene to halt the Serb crackdown in the province.",
        [("REQUEST", "XKX", "IGO")],
        "1998-06-11",
    ),
    (
        "Washington pressed the Sudanese government on Tuesday to let U.N. peacekeepers into Darfur.",
        [("REQUEST", "USA", "SDN")],
        None,
    ),
    (
        "Greece formally requested the return of the Parthenon Marbles from Britain.",
        [("REQUEST", "GRC", "GBR")],
        None,
    ),
    (
        "The Afghan government demanded that Pakistan close militant sanctuaries on its side of the border.",
        [("REQUEST", "AFG", "PAK")],
        None,
    ),
    (
        "Palestinian President Mahmoud Abbas called on Washington on Saturday to press Israel to halt settlement building.",
        [("REQUEST", "PSE", "USA")],
        "2010-10-09",
    ),
    (
        "Indonesia asked Australia and Singapore for help in the search for its missing submarine on Wednesday.",
        [("REQUEST", "IDN", "AUS"), ("REQUEST", "IDN", "SGP")],
        "2021-04-22",
    ),
    (
        "Ukrainian President Viktor Yushchenko urged NATO leaders to offer Kiev a membership action plan at their summit in Bucharest.",
        [("REQUEST", "UKR", "IGO")],
        "2008-04-01",
    ),
    (
        "Egyptian Foreign Minister Ahmed Aboul Gheit told Hamas to sign the Egyptian reconciliation plan without further delay.",
        [("REQUEST", "EGY", "PSE")],
        "2009-10-20",
    ),
    (
        "The African Union urged Sudan's warring generals to agree to an immediate ceasefire.",
        [("REQUEST", "IGO", "SDN")],
        None,
    ),
    (
        "China called for restraint from both India and Pakistan after the air strikes.",
        [("REQUEST", "CHN", "IND"), ("REQUEST", "CHN", "PAK")],
        None,
    ),
    (
        "Syria's government was asked by the Arab League to withdraw its tanks from the cities.",
        [("REQUEST", "IGO", "SYR")],
        None,
    ),
    (
        "Bosnian Muslim leaders appealed to the West for air strikes to break the siege of Sarajevo.",
        [("REQUEST", "BIH", None)],
        None,
    ),
    (
        "Iran demanded that Britain release the Iranian tanker seized off Gibraltar.",
        [("REQUEST", "IRN", "GBR"), (("COERCE", "ASSAULT"), "GBR", "IRN", "opt")],
        "2019-07-06",
    ),
    (
        "Mali's junta asked the United Nations on Friday to withdraw its peacekeeping mission without delay.",
        [("REQUEST", "MLI", "IGO")],
        "2023-06-17",
    ),
    pytest.param(
        "Kyiv pleaded for more air defence systems from its Western allies after a wave of Russian missile strikes.",
        [("REQUEST", "UKR", None), ("ASSAULT", "RUS", "UKR", "opt")],
        None,
        marks=_x(
            "the incidental 'wave of Russian missile strikes' gets no target (the pleader's country is not taken as the target of the strikes)"
        ),
    ),
    (
        "The U.N. refugee agency called on European governments to take in more Syrian refugees.",
        [("REQUEST", "IGO", None)],
        None,
    ),
    # ===== THREATEN =====
    (
        "Turkish President Recep Tayyip Erdogan warned Greece on Saturday that Turkish troops could come suddenly one night.",
        [("THREATEN", "TUR", "GRC")],
        "2022-09-04",
    ),
    (
        "North Korea's army threatened on Thursday to launch pre-emptive nuclear strikes on the United States.",
        [("THREATEN", "PRK", "USA")],
        "2013-03-07",
    ),
    (
        "Russia's foreign ministry said Moscow would respond with military-technical measures if Finland joined NATO.",
        [("THREATEN", "RUS", "FIN")],
        "2022-05-12",
    ),
    (
        "China warned Lithuania that it would pay a price for allowing Taiwan to open a representative office in Vilnius.",
        [("THREATEN", "CHN", "LTU")],
        "2021-08-10",
    ),
    pytest.param(
        "Colombian rebels threatened to kill local candidates who stood in October's elections.",
        [("THREATEN", "COL", "COL")],
        None,
        marks=_x(
            "the target of the threat ('local candidates') gets no country from the rebels' 'Colombian'"
        ),
    ),
    (
        "Washington threatened Ankara with sanctions over its purchase of Russian S-400 missiles.",
        [("THREATEN", "USA", "TUR")],
        None,
    ),
    (
        "Israeli Defence Minister Avigdor Lieberman warned that Israel would topple Hamas in Gaza if the rocket fire continued.",
        [("THREATEN", "ISR", "PSE")],
        "2017-04-05",
    ),
    (
        "Hezbollah leader Hassan Nasrallah warned Israel that his fighters could strike any target deep inside the Jewish state.",
        [("THREATEN", "LBN", "ISR")],
        "2006-08-03",
    ),
    (
        "Niger's junta threatened to kill ousted President Mohamed Bazoum if neighbouring countries attempted a military intervention.",
        [("THREATEN", "NER", "NER")],
        "2023-08-11",
    ),
    (
        "Iraqi cleric Moqtada al-Sadr threatened to resume attacks on U.S. troops if they did not leave Iraq by the end of the year.",
        [("THREATEN", "IRQ", "USA")],
        "2011-04-09",
    ),
    (
        "The Azerbaijani defence ministry warned that Armenian positions in Karabakh would be destroyed if the shelling went on.",
        [("THREATEN", "AZE", "ARM")],
        None,
    ),
    (
        "Serbian President Slobodan Milosevic warned the West that NATO troops entering Kosovo would be treated as an occupying army.",
        [("THREATEN", "SRB", "IGO")],
        "1999-02-20",
    ),
    (
        "Iran's parliament speaker Ali Larijani said Tehran could stop cooperating with U.N. nuclear inspectors if new sanctions were imposed.",
        [("THREATEN", "IRN", "IGO")],
        "2010-06-06",
    ),
    (
        "Beijing warned Manila of serious consequences if Philippine vessels kept trying to resupply troops at Second Thomas Shoal.",
        [("THREATEN", "CHN", "PHL")],
        None,
    ),
    # ===== ASSAULT: attackers by adjective, group, suspects, gunmen, troops, coalitions =====
    (
        "Suspected Boko Haram militants stormed the town of Gamboru in Borno state, killing at least 100 people, residents said.",
        [("ASSAULT", "NGA", "NGA")],
        "2014-05-07",
    ),
    (
        "Gunmen attacked a Nigerian army base in Borno state on Sunday, the military said.",
        [("ASSAULT", None, "NGA")],
        None,
    ),
    (
        "Saudi-led coalition air strikes hit a school bus in northern Yemen on Thursday, killing dozens of children, the Houthi-run health ministry said.",
        [("ASSAULT", "SAU", "YEM")],
        "2018-08-10",
    ),
    (
        "Al Shabaab fighters overran an African Union base in El Adde in southern Somalia on Friday.",
        [(("ASSAULT", "COERCE"), "SOM", "IGO")],
        "2016-01-16",
    ),
    (
        "Unidentified attackers ambushed a World Food Programme convoy in eastern Congo on Monday, killing a driver.",
        [("ASSAULT", None, "IGO")],
        "2021-02-23",
    ),
    (
        "Israeli troops shot dead three Palestinian civilians at a checkpoint near Nablus.",
        [("ASSAULT", "ISR", "PSE")],
        None,
    ),
    (
        "Pakistani Taliban fighters attacked an army-run school in Peshawar on Tuesday, killing 132 children.",
        [("ASSAULT", "PAK", "PAK")],
        "2014-12-17",
    ),
    (
        "Chechen rebels seized a hospital in the southern Russian town of Budyonnovsk, taking more than 1,000 hostages.",
        [(("ASSAULT", "COERCE"), "RUS", "RUS")],
        "1995-06-15",
    ),
    (
        "Turkish warplanes bombed PKK hideouts in the Qandil mountains of northern Iraq overnight.",
        [("ASSAULT", "TUR", "TUR")],
        "2015-07-25",
    ),
    (
        "Russian air strikes killed dozens of civilians in the rebel-held Syrian town of Maarat al-Numan.",
        [("ASSAULT", "RUS", "SYR")],
        None,
    ),
    (
        "A U.S.-led coalition air strike hit a wedding party in Afghanistan's Uruzgan province, killing 47 civilians, Afghan officials said.",
        [("ASSAULT", "USA", "AFG")],
        "2008-07-12",
    ),
    (
        "Masked Jewish settlers torched a mosque in the West Bank village of Yasuf, Palestinian officials said.",
        [("ASSAULT", "ISR", "PSE")],
        "2009-12-11",
    ),
    (
        "Maoist rebels blew up a police post in India's Chhattisgarh state, killing 12 officers.",
        [("ASSAULT", "IND", "IND")],
        None,
    ),
    (
        "Georgian forces launched a massive artillery barrage on Tskhinvali, the capital of the breakaway region of South Ossetia.",
        [("ASSAULT", "GEO", "GEO")],
        "2008-08-08",
    ),
    (
        "Iranian-backed militias fired rockets at a base housing U.S. troops in western Iraq.",
        [("ASSAULT", "IRQ", "USA")],
        "2020-03-12",
    ),
    (
        "Haitian gang members kidnapped 17 American missionaries outside Port-au-Prince on Saturday.",
        [("ASSAULT", "HTI", "USA")],
        "2021-10-17",
    ),
    (
        "Armenian forces fired rockets at the Azerbaijani city of Ganja overnight, Baku said.",
        [("ASSAULT", "ARM", "AZE")],
        "2020-10-11",
    ),
    (
        "Bosnian Serb gunners shelled a U.N. convoy near Sarajevo airport.",
        [("ASSAULT", "BIH", "IGO")],
        None,
    ),
    (
        "A Taliban suicide bomber rammed an explosives-laden car into a NATO convoy in Kabul on Saturday.",
        [("ASSAULT", "AFG", "IGO")],
        "2011-10-29",
    ),
    (
        "Sudanese soldiers clashed with South Sudanese troops in the disputed Heglig oil region on Tuesday.",
        [("ASSAULT", "SDN", "SSD"), ("ASSAULT", "SSD", "SDN", "opt")],
        "2012-04-11",
    ),
    pytest.param(
        "Israeli navy commandos boarded a Turkish aid ship bound for Gaza, killing nine activists.",
        [("ASSAULT", "ISR", "TUR"), ("COERCE", "ISR", "TUR", "opt")],
        "2010-05-31",
        marks=_x(
            "'boarded' a ship is no trigger, and the 'killing' of activists gets no target from the ship"
        ),
    ),
    (
        "Ukrainian forces struck a Russian command post in occupied Melitopol with HIMARS rockets.",
        [("ASSAULT", "UKR", "RUS")],
        None,
    ),
    pytest.param(
        "Suspected Islamist militants killed 15 soldiers in an attack on an army post in northern Burkina Faso.",
        [("ASSAULT", None, "BFA")],
        None,
        marks=_x(
            "unnamed 'Islamist militants' take the country they fight in (Burkina Faso) where the gold keeps null"
        ),
    ),
]

NEGATIVES = [
    "Donors have given Afghanistan more than $50 billion in aid since 2001.",
    "The World Food Programme said it might have to cut rations for refugees in Kenya if funding does not arrive.",
    "Critics say Washington's aid to Egypt has propped up authoritarian rule.",
    "Officials in Kabul did not ask for foreign troops to stay, a spokesman said.",
    "Should Russia invade, the West would impose crippling sanctions, analysts said.",
    "Militant attacks on aid convoys have become more frequent in the region, the U.N. report found.",
    "Will Tokyo send more aid to the Philippines? The foreign ministry has not decided.",
    "Pakistan's army said none of its posts had come under attack overnight.",
    "The rebels are expected to demand the release of their leader at next week's talks.",
    "A U.N. appeal for $4 billion for Yemen remains only 20 percent funded.",
    "Hamas has threatened Israel many times in the past but rarely acted on its words, analysts say.",
    "Aid groups fear that the fighting could cut off food supplies to half a million people in Darfur.",
]

FIXES: list[tuple] = [
    # weapons handed to a state by a giving verb (a class of munitions, not single words)
    (
        "The Netherlands delivered 100 Stinger missiles to the Ukrainian army, the defence ministry said.",
        [("AID", "NLD", "UKR")],
        None,
    ),
    # money lent or given with the receiver as the object ("provided X with a loan for Y")
    (
        "Kuwait provided the Egyptian government with a $1 billion loan for power stations.",
        [("AID", "KWT", "EGY")],
        None,
    ),
    (
        "Saudi Arabia granted Yemen's government a $500 million credit line.",
        [("AID", "SAU", "YEM")],
        None,
    ),
    # aid money "released" is paid out, no release of anyone
    (
        "The European Union released 60 million euros in food aid for Ethiopia on Monday.",
        [("AID", "IGO", "ETH")],
        None,
    ),
    # goods airlifted by the tonne
    (
        "The United Arab Emirates airlifted 50 tonnes of baby formula to Sudan.",
        [("AID", "ARE", "SDN")],
        None,
    ),
    # "U.S.-led" (one token for the tokenizer) names the leader, as "Saudi-led" does
    (
        "A U.S.-led coalition air strike destroyed a bridge in the Iraqi city of Falluja.",
        [("ASSAULT", "USA", "IRQ")],
        None,
    ),
    # whose troops a target names is not where the attack happened
    (
        "Shi'ite militias fired rockets at a camp housing U.S. troops in southern Iraq.",
        [("ASSAULT", "IRQ", "USA")],
        None,
    ),
    # the toll of an attack on a named target is no second attack
    (
        "Gunmen ambushed a Red Cross convoy in South Sudan, killing three drivers.",
        [("ASSAULT", None, "NGO")],
        None,
    ),
    # an international official's earlier national office, on the date of the text
    (
        "Egyptian Foreign Minister Ahmed Aboul Gheit urged Israel on Monday to open the Gaza crossings.",
        [("REQUEST", "EGY", "ISR")],
        "2008-11-10",
    ),
    (
        "Mark Rutte called on Russia on Monday to give investigators full access to the crash site.",
        [("REQUEST", "NLD", "RUS")],
        "2014-07-21",
    ),
    (
        "South Korean Foreign Minister Ban Ki-moon pressed Pyongyang to return to the six-party talks.",
        [("REQUEST", "KOR", "PRK")],
        "2005-03-02",
    ),
    # a response held out against another side's step ("would respond with ... if X
    # joined"): a threat to the doer of the condition
    (
        "China's defence ministry said Beijing would respond with countermeasures if Manila let U.S. missiles be stationed on its soil.",
        [("THREATEN", "CHN", "PHL")],
        None,
    ),
    # "could" + a conditional hostile step, said by its own side, is a threat too
    (
        "Russia said it could halt gas deliveries to Moldova if Chisinau did not pay its debt.",
        [("THREATEN", "RUS", "MDA")],
        None,
    ),
    # "in occupied X": a participle qualifying the place, no occupation told; a post
    # named by what it holds is a position of forces
    (
        "Ukrainian drones hit a Russian ammunition depot in occupied Luhansk overnight.",
        [("ASSAULT", "UKR", "RUS")],
        None,
    ),
    (
        "Pakistani Taliban militants struck an army post in North Waziristan on Sunday.",
        [("ASSAULT", "PAK", "PAK")],
        "2013-01-06",
    ),
    # settlers' raids are attacks by Israel's civilians, not a protest riot
    (
        "Israeli settlers set fire to Palestinian cars and homes in the West Bank town of Huwara on Sunday.",
        [("ASSAULT", "ISR", "PSE")],
        "2023-02-27",
    ),
    # a part of a country named by its possessor: the country
    (
        "Indian air force helicopters dropped food and medicine to stranded villagers in Nepal's western hills.",
        [("AID", "IND", "NPL")],
        None,
    ),
    # a degree reached ("X percent funded") is a state, no giving
    (
        "The U.N. humanitarian appeal for Afghanistan was only 30 percent funded by the end of June.",
        [],
        None,
    ),
    # goods handed to a party; easing a shortage is relief, no concession
    (
        "Japan gave 10,000 tonnes of rice to North Korea to ease its food shortage.",
        [("AID", "JPN", "PRK")],
        "1995-06-21",
    ),
    (
        "Qatar handed 20,000 tonnes of fuel to Lebanon's army on Monday.",
        [("AID", "QAT", "LBN")],
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected", "pub"), CASES, ids=[_text(c)[:60] for c in CASES])
def test_breadth_aid2_coded(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))


@pytest.mark.parametrize(
    "text", NEGATIVES, ids=[_text((t,) if isinstance(t, str) else t)[:60] for t in NEGATIVES]
)
def test_breadth_aid2_negatives(code, text):
    events = countable(code(text, None))
    assert not events, show(events)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_breadth_aid2_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
