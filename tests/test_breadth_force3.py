# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Third breadth round on ASSAULT, AID, SANCTION and RETREAT, with BOTH sides to find.

On unseen public gold records these four types are weak on type plus both countries
(ASSAULT 0.44, AID 0.30, SANCTION 0.50, RETREAT 0.57), mostly because a side is left
null or given the wrong state. So every record here names its two sides in the
sentence itself and asks for both: attackers named as a state's warplanes, missiles,
artillery, drones, agents, riot police or an armed group (which takes the country it
fights in), victims named as a town, an embassy, a patrol, posts, a refinery,
peacekeepers or hostages of a nationality; donors and recipients across relief
flights, rescue teams, bailouts, central-bank deposits, weapons packages, trainers,
peacekeepers, asylum and refugee resettlement; sanctioning states or bodies against
their targets across embargoes, import bans, tariffs, asset freezes, expelled or
de-accredited envoys, recalls, suspension from an organisation, halted disbursements,
severed ties, a diplomatic boycott, an evicted base; and retreats as pullouts, troops
pulled back, evacuations, freed sailors, journalists and soldiers, a ceasefire, a
blockade eased or lifted, convoys let in.

Every sentence was written for this file and annotated (types, source country, target
country per event) from shared/PLOVER.md, the CAMEO2PLOVER table and eval/README.md
before the coder was run on it; about half are set in 1995-2015 and half in 2016-2024,
and about half carry no publication date. Unnamed gunmen or bombers have a null
country. A record passes when every expected event is coded (any of its types, both
countries; target None: any target) and no other countable event is coded; "opt"
events may or may not be coded. NEGATIVES must give no countable event.

First run, before any fix made for this file: 69/97 records passed (57/85 CASES, 12/12
NEGATIVES). The 28 failing CASES by cause: no event 6 ("took ... hostage", a plane
"carrying" supplies "landed", "placed a deposit with", "announced a weapons package
for", "has resettled ... refugees", soldiers "held by" a state "were set free"); other
type 9 (missiles "slammed into" coded ACCUSE, schoolgirls "seized" by an armed group
COERCE, instructors sent "to train" COOPERATE, peacekeepers flown in, troops deployed
"to serve with the U.N. peacekeeping mission" and peacekeepers a council "voted to
send" MOBILIZE three times, an ambassador "stripped of his accreditation" and forces
"evicted from" a base COERCE twice, diplomats "evacuated" AID); a side left null 6
(villagers "in the village of Inn Din in Rakhine state", a siege of "rebel-held
eastern Ghouta", "the outskirts of Goma", militias armed by Iran, asylum "to ousted
Syrian president Bashar al-Assad", a blockade "of the Gaza Strip" eased); wrong
country 3 (positions "near the town of Jermuk" given TUR, "Indian and Chinese troops
fought" given IND against IND, a pullback "from the border with Kosovo" given SRB);
an extra event 4 (monks "who tried to march" PROTEST, oil "delivered by sea" AID,
"the London assets" of Russians a second SANCTION against GBR, "out of Iraq into
Kuwait" a second RETREAT against KWT).

Four records were re-annotated after the first run, to the conventions the earlier
phrasebooks already follow: peacekeepers flown in, deployed or voted to be sent may be
MOBILIZE as well as AID (three records; test_breadth_aid codes a peacekeeping
deployment ("AID", "MOBILIZE")), and a clash of two named sides is mutual, so the
reverse attack is optional (the Galwan record). Under the first annotations those four
fail.

After the general fixes: 87/97 (75/85 CASES, 12/12 NEGATIVES; 71/85 CASES under the
first annotations, so 4 of the 18 gains come from the re-annotation, not from code);
the other 10 are strict xfails with their cause (null side 5, other type 1, no event 2,
extra event 1, wrong country 1). Fixed: a projectile that "slammed / smashed / crashed into" a
place is its side's attack (not "slammed" criticism); an armed group seizing captives
(schoolgirls, tourists, villagers ...) abducts them, and "took N people hostage" holds
when the parser hangs "hostage" on the verb as a clause; an envoy "stripped of
accreditation" and a state's forces "evicted" are SANCTION expel; a state evacuating
its diplomats or embassy withdraws (RETREAT, not AID); a passive release with no agent
is done by the captor named on the captives ("soldiers held by Cambodia were freed",
who were read as releasing themselves); the weapons of "opened fire with mortars and
drones on X" are no target and X hung on them is (guns and rifles added to the
instruments); a withdrawal "from X into Y" targets X only; beside a foreign target, a
sanction's, withdrawal's or aid's own-state target ("the London assets of Russian
oligarchs") is dropped; two sides that "fought a battle" fought each other; a
participle's "by sea / rail / road" is how goods travel, no giver; a deposit placed or
made with a central bank, refugees resettled and a weapons package are AID; an attack
on "the outskirts / centre of X" hits X. FIXES were written after the fixes, one or
two new sentences per cause fixed.
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
    # ===== ASSAULT: aerial bombing by a named side =====
    (
        "Israeli warplanes pounded Hezbollah strongholds in southern Lebanon overnight, the Israeli army said.",
        [("ASSAULT", "ISR", "LBN")],
        "2006-07-20",
    ),
    (
        "NATO aircraft bombed a passenger train on a railway bridge south of Belgrade, killing at least ten civilians.",
        [("ASSAULT", "IGO", "SRB")],
        "1999-04-13",
    ),
    (
        "Jets from the Saudi-led coalition struck a school bus at a market in northern Yemen, killing dozens of children, Houthi officials said.",
        [("ASSAULT", "SAU", "YEM")],
        None,
    ),
    (
        "Russian cruise missiles slammed into a crowded shopping centre in the Ukrainian city of Kremenchuk on Monday.",
        [("ASSAULT", "RUS", "UKR")],
        "2022-06-28",
    ),
    (
        "Turkish fighter jets carried out air strikes on targets in northern Iraq's Qandil mountains, the defence ministry in Ankara said.",
        [("ASSAULT", "TUR", "IRQ")],
        None,
    ),
    # ===== ASSAULT: shelling, heavy weapons =====
    (
        "Pakistani troops shelled Indian army posts along the Line of Control in Kashmir on Sunday, an Indian army spokesman said.",
        [("ASSAULT", "PAK", "IND")],
        None,
    ),
    (
        "Ethiopian artillery bombarded the Eritrean border town of Zalambessa for a second day, Eritrea's information ministry said.",
        [("ASSAULT", "ETH", "ERI")],
        "1999-02-08",
    ),
    (
        "Azerbaijani forces opened fire with mortars and drones on Armenian positions near the town of Jermuk, Armenia's defence ministry said.",
        [("ASSAULT", "AZE", "ARM")],
        "2022-09-13",
    ),
    (
        "Hamas militants fired dozens of rockets from the Gaza Strip at towns in southern Israel on Saturday.",
        [("ASSAULT", "PSE", "ISR")],
        None,
    ),
    (
        "Two Turkish soldiers were killed by Syrian government shelling in Idlib province on Monday, Turkey's defence ministry said.",
        [("ASSAULT", "SYR", "TUR")],
        "2020-02-04",
    ),
    # ===== ASSAULT: drones =====
    (
        "A U.S. drone strike killed three suspected al Qaeda militants in a vehicle in Yemen's Shabwa province, local officials said.",
        [("ASSAULT", "USA", "YEM")],
        "2012-05-06",
    ),
    (
        "Houthi rebels launched a swarm of drones at Saudi oil facilities at Abqaiq and Khurais, the Saudi energy ministry said.",
        [("ASSAULT", "YEM", "SAU")],
        None,
    ),
    (
        "Ukrainian drones hit an oil refinery in Russia's Ryazan region overnight, the regional governor said on Wednesday.",
        [("ASSAULT", "UKR", "RUS")],
        "2024-03-13",
    ),
    (
        "An Israeli drone fired a missile at a car carrying a senior Islamic Jihad commander in Gaza City.",
        [("ASSAULT", "ISR", "PSE")],
        None,
    ),
    # ===== ASSAULT: abduction, hostage-taking =====
    (
        "Gunmen abducted two Italian aid workers from their office in central Baghdad on Tuesday.",
        [("ASSAULT", None, "ITA")],
        "2004-09-08",
    ),
    (
        "Abu Sayyaf militants kidnapped a German couple from their yacht off the southern Philippines.",
        [("ASSAULT", "PHL", "DEU")],
        None,
    ),
    (
        "Boko Haram, the Nigerian jihadist group, seized 276 schoolgirls from their dormitory in the northeastern town of Chibok.",
        [("ASSAULT", "NGA", "NGA")],
        "2014-04-16",
    ),
    (
        "An American journalist was kidnapped in northern Syria by Islamic State fighters, his family said.",
        [("ASSAULT", "SYR", "USA")],
        None,
    ),
    # ===== ASSAULT: assassination, targeted killing =====
    (
        "Former Lebanese prime minister Rafik al-Hariri was assassinated in a huge truck bombing on the Beirut seafront on Monday.",
        [("ASSAULT", None, "LBN")],
        "2005-02-15",
    ),
    (
        "South Korea's spy agency said North Korean agents had murdered Kim Jong Nam, the estranged half-brother of Kim Jong Un, at Kuala Lumpur airport.",
        [("ASSAULT", "PRK", "PRK"), ("ACCUSE", "KOR", "PRK", "opt")],
        None,
    ),
    # ===== ASSAULT: sexual violence, torture, beating =====
    (
        "Congolese army soldiers raped dozens of women in villages in South Kivu province, the U.N. said in a report on Thursday.",
        [("ASSAULT", "COD", "COD"), ("ACCUSE", "IGO", "COD", "opt")],
        "2011-03-25",
    ),
    (
        "Iraqi police tortured hundreds of detainees at a secret interior ministry prison in Baghdad, U.S. officials said.",
        [("ASSAULT", "IRQ", "IRQ")],
        None,
    ),
    pytest.param(
        "Chinese riot police beat Tibetan monks who tried to march towards Lhasa, exile groups said.",
        [("ASSAULT", "CHN", "CHN")],
        "2008-03-12",
        marks=_x(
            "the attempted march in 'monks who tried to march' is coded PROTEST beside the beating"
        ),
    ),
    # ===== ASSAULT: suicide attacks, ambushes, massacres, sieges, hostages =====
    (
        "A suicide car bomber struck the Indian embassy in Kabul on Monday, killing more than 40 people.",
        [("ASSAULT", None, "IND")],
        "2008-07-08",
    ),
    (
        "Taliban fighters ambushed a French army patrol east of Kabul, killing ten French soldiers.",
        [("ASSAULT", "AFG", "FRA")],
        "2008-08-19",
    ),
    pytest.param(
        "Myanmar soldiers and Buddhist villagers massacred ten Rohingya Muslim men in the village of Inn Din in Rakhine state, a Reuters investigation found.",
        [("ASSAULT", "MMR", "MMR")],
        None,
        marks=_x(
            "victims 'in the village of Inn Din in Rakhine state' get no country (unknown village), and 'a Reuters investigation found' is coded ACCUSE"
        ),
    ),
    pytest.param(
        "Syrian government forces tightened their siege of rebel-held eastern Ghouta, cutting off food and medicine to 400,000 people.",
        [(["ASSAULT", "COERCE"], "SYR", "SYR")],
        "2018-02-20",
        marks=_x("'rebel-held eastern Ghouta' is no known place, so the siege has no target"),
    ),
    (
        "Chechen separatists took more than 800 people hostage in a Moscow theatre on Wednesday night.",
        [("ASSAULT", "RUS", "RUS")],
        "2002-10-24",
    ),
    (
        "Fighters loyal to Laurent Gbagbo attacked U.N. peacekeepers in Abidjan on Sunday, the U.N. mission in Ivory Coast said.",
        [("ASSAULT", "CIV", "IGO")],
        "2011-03-01",
    ),
    (
        "Indian and Chinese troops fought a hand-to-hand battle in the Galwan Valley late on Monday, leaving 20 Indian soldiers dead.",
        [("ASSAULT", "IND", "CHN"), ("ASSAULT", "CHN", "IND", "opt")],
        "2020-06-16",
    ),
    (
        "M23 rebels shelled the outskirts of Goma on Thursday, the Congolese government said.",
        [("ASSAULT", "COD", "COD")],
        None,
    ),
    # ===== AID: humanitarian =====
    (
        "U.S. military planes airdropped food and water to thousands of Yazidis trapped on Mount Sinjar in northern Iraq.",
        [("AID", "USA", "IRQ")],
        "2014-08-08",
    ),
    (
        "Turkey flew two planeloads of tents and blankets to earthquake-hit Iran on Saturday.",
        [("AID", "TUR", "IRN")],
        "2003-12-28",
    ),
    (
        "China dispatched a 62-member search and rescue team to Nepal after the earthquake, Xinhua said.",
        [("AID", "CHN", "NPL")],
        None,
    ),
    (
        "A Russian plane carrying 35 tonnes of medical supplies landed in Caracas for Venezuela's health ministry.",
        [("AID", "RUS", "VEN")],
        "2019-03-25",
    ),
    # ===== AID: economic =====
    (
        "The International Monetary Fund approved a $2.9 billion bailout for Sri Lanka on Monday.",
        [("AID", "IGO", "LKA")],
        "2023-03-21",
    ),
    (
        "Saudi Arabia placed a $3 billion deposit with Pakistan's central bank to prop up its dwindling reserves.",
        [("AID", "SAU", "PAK")],
        None,
    ),
    (
        "European Union leaders approved a 50 billion euro support package for Ukraine on Thursday.",
        [("AID", "IGO", "UKR")],
        "2024-02-02",
    ),
    (
        "Qatar gave Egypt's government $2 billion in grants and deposits, the finance ministry in Cairo said.",
        [("AID", "QAT", "EGY")],
        None,
    ),
    # ===== AID: military =====
    (
        "The Pentagon announced a $300 million weapons package for Ukraine, including artillery shells and anti-aircraft missiles.",
        [("AID", "USA", "UKR")],
        "2024-03-13",
    ),
    (
        "Chancellor Olaf Scholz said Germany would deliver Leopard 2 battle tanks to Ukraine.",
        [(["AID", "AGREE"], "DEU", "UKR")],
        "2023-01-25",
    ),
    pytest.param(
        "The U.S. commander in Iraq said Iran was arming and training Shi'ite militias that attack American troops.",
        [("AID", "IRN", "IRQ"), ("ACCUSE", "USA", "IRN", "opt"), ("ASSAULT", "IRQ", "USA", "opt")],
        None,
        marks=_x(
            "'Shi'ite militias' armed by Iran get no country, and their attack on U.S. troops has no side"
        ),
    ),
    pytest.param(
        "France sent military instructors to train Malian soldiers fighting Islamist insurgents.",
        [("AID", "FRA", "MLI"), ("ASSAULT", "MLI", None, "opt")],
        None,
        marks=_x("troops sent 'to train' another army are coded COOPERATE (training), not AID"),
    ),
    # ===== AID: peacekeepers =====
    (
        "Nigeria flew the first 200 of its peacekeepers into Monrovia on Monday to lead a West African force in Liberia.",
        [(["AID", "MOBILIZE"], "NGA", "LBR")],
        "2003-08-05",
    ),
    (
        "Bangladesh deployed 800 troops to South Sudan to serve with the U.N. peacekeeping mission there.",
        [(["AID", "MOBILIZE"], "BGD", "SSD")],
        None,
    ),
    (
        "The U.N. Security Council voted unanimously to send 12,000 peacekeepers to the Central African Republic.",
        [(["AID", "AGREE", "MOBILIZE"], "IGO", "CAF")],
        "2014-04-11",
    ),
    # ===== AID: asylum, refugees =====
    (
        "Ecuador granted political asylum to WikiLeaks founder Julian Assange, an Australian, on Thursday.",
        [("AID", "ECU", "AUS")],
        "2012-08-17",
    ),
    pytest.param(
        "Russia has given asylum to ousted Syrian president Bashar al-Assad and his family, Russian news agencies reported.",
        [("AID", "RUS", "SYR")],
        None,
        marks=_x("'to ousted' is parsed as an infinitive, so the asylum seeker is lost"),
    ),
    (
        "Canada has resettled 25,000 Syrian refugees since November, Immigration Minister John McCallum said.",
        [("AID", "CAN", "SYR")],
        "2016-02-28",
    ),
    (
        "Uganda opened its border to tens of thousands of Congolese refugees fleeing fighting in North Kivu.",
        [(["AID", "RETREAT"], "UGA", "COD")],
        None,
    ),
    # ===== SANCTION: embargo, bans =====
    (
        "The U.N. Security Council imposed an arms embargo on Libya and froze the assets of Muammar Gaddafi and his family.",
        [("SANCTION", "IGO", "LBY")],
        "2011-02-27",
    ),
    (
        "The European Union banned imports of Russian crude oil delivered by sea from December.",
        [("SANCTION", "IGO", "RUS")],
        "2022-06-03",
    ),
    (
        "Moscow banned imports of Turkish fruit and vegetables in retaliation for the downing of a Russian warplane.",
        [("SANCTION", "RUS", "TUR")],
        "2015-12-01",
    ),
    (
        "China halted imports of Australian coal, barley and wine as relations between Beijing and Canberra soured.",
        [("SANCTION", "CHN", "AUS")],
        None,
    ),
    (
        "Washington slapped 25 percent tariffs on $34 billion worth of Chinese goods on Friday.",
        [("SANCTION", "USA", "CHN")],
        "2018-07-07",
    ),
    # ===== SANCTION: asset freezes =====
    (
        "Britain froze the London assets of seven Russian oligarchs close to the Kremlin.",
        [(["SANCTION", "COERCE"], "GBR", "RUS")],
        "2022-03-10",
    ),
    (
        "The U.S. Treasury Department blocked the assets of Iran's central bank held in American banks.",
        [(["SANCTION", "COERCE"], "USA", "IRN")],
        None,
    ),
    # ===== SANCTION: expulsion of diplomats, recall =====
    (
        "Poland expelled 45 Russian diplomats it accused of spying for Moscow.",
        [("SANCTION", "POL", "RUS"), ("ACCUSE", "POL", "RUS", "opt")],
        "2022-03-23",
    ),
    (
        "Moscow declared two Estonian diplomats persona non grata on Friday in a tit-for-tat move.",
        [("SANCTION", "RUS", "EST")],
        None,
    ),
    (
        "Kyiv stripped Iran's ambassador of his accreditation over Tehran's supply of drones to Russia.",
        [("SANCTION", "UKR", "IRN"), ("AID", "IRN", "RUS", "opt")],
        "2022-09-23",
    ),
    (
        "Turkey recalled its ambassador from Israel after Israeli commandos stormed an aid flotilla bound for Gaza.",
        [("SANCTION", "TUR", "ISR"), ("ASSAULT", "ISR", None, "opt")],
        "2010-05-31",
    ),
    # ===== SANCTION: suspend membership, leave or expel from an IGO =====
    (
        "The Arab League suspended Syria's membership over President Bashar al-Assad's bloody crackdown on protesters.",
        [("SANCTION", "IGO", "SYR"), ("ASSAULT", "SYR", "SYR", "opt")],
        "2011-11-13",
    ),
    (
        "The African Union suspended Niger from all its activities following the military coup.",
        [("SANCTION", "IGO", "NER")],
        "2023-08-22",
    ),
    (
        "Russia was expelled from the Council of Europe on Wednesday over its invasion of Ukraine.",
        [("SANCTION", "IGO", "RUS"), ("ASSAULT", "RUS", "UKR", "opt")],
        "2022-03-17",
    ),
    # ===== SANCTION: suspend aid, break relations, boycott, convict =====
    (
        "The World Bank halted disbursements to Afghanistan after the Taliban seized power.",
        [("SANCTION", "IGO", "AFG"), (["COERCE", "ASSAULT"], "AFG", "AFG", "opt")],
        "2021-08-25",
    ),
    (
        "Morocco cut diplomatic ties with Iran, accusing Tehran of arming the Polisario Front.",
        [("SANCTION", "MAR", "IRN"), ("ACCUSE", "MAR", "IRN", "opt")],
        "2018-05-01",
    ),
    (
        "Saudi Arabia and Bahrain severed diplomatic relations with Qatar on Monday.",
        [("SANCTION", "SAU", "QAT"), ("SANCTION", "BHR", "QAT")],
        "2017-06-06",
    ),
    (
        "Venezuelan President Hugo Chavez broke off relations with neighbouring Colombia on Thursday.",
        [("SANCTION", "VEN", "COL")],
        "2010-07-23",
    ),
    (
        "The United States announced a diplomatic boycott of the Beijing Winter Olympics over China's treatment of Uighurs.",
        [(["SANCTION", "PROTEST"], "USA", "CHN")],
        "2021-12-07",
    ),
    (
        "Uzbekistan evicted U.S. forces from the Karshi-Khanabad air base after Washington criticised the Andijan crackdown.",
        [("SANCTION", "UZB", "USA"), ("ACCUSE", "USA", "UZB", "opt")],
        None,
    ),
    # ===== RETREAT: withdraw, pull back =====
    (
        "The last U.S. combat troops rolled out of Iraq into Kuwait on Sunday, ending nearly nine years of war.",
        [("RETREAT", "USA", "IRQ")],
        "2011-12-18",
    ),
    (
        "Israel completed its pullout from the Gaza Strip on Monday as the last soldiers left the territory.",
        [("RETREAT", "ISR", "PSE")],
        "2005-09-12",
    ),
    (
        "Russian forces pulled back from the outskirts of Kyiv, Ukraine's defence ministry said.",
        [("RETREAT", "RUS", "UKR")],
        None,
    ),
    pytest.param(
        "Serbia pulled its army and police units back from the border with Kosovo, President Aleksandar Vucic said.",
        [("RETREAT", "SRB", "XKX")],
        "2023-10-03",
        marks=_x(
            "the conjoined 'police units' (its own) is taken as the target, 'the border with Kosovo' is lost"
        ),
    ),
    (
        "The Pentagon said it would withdraw about 12,000 troops from Germany.",
        [(["AGREE", "RETREAT"], "USA", "DEU")],
        "2020-07-29",
    ),
    (
        "Ukrainian troops withdrew from the eastern town of Avdiivka to avoid encirclement, the army chief said.",
        [("RETREAT", "UKR", None)],
        None,
    ),
    # ===== RETREAT: evacuate =====
    (
        "Britain evacuated its diplomats and their families from Khartoum as fighting raged in the Sudanese capital.",
        [("RETREAT", "GBR", "SDN")],
        "2023-04-23",
    ),
    # ===== RETREAT: release =====
    (
        "Iran freed the 15 British sailors and marines it had seized in the northern Gulf.",
        [("RETREAT", "IRN", "GBR")],
        "2007-04-04",
    ),
    (
        "North Korea released two American journalists on Wednesday after former President Bill Clinton met Kim Jong Il in Pyongyang.",
        [("RETREAT", "PRK", "USA"), ("CONSULT", "USA", "PRK", "opt")],
        "2009-08-05",
    ),
    (
        "Hamas handed over Israeli soldier Gilad Shalit in exchange for 1,027 Palestinian prisoners held by Israel.",
        [("RETREAT", "PSE", "ISR"), ("RETREAT", "ISR", "PSE", "opt")],
        None,
    ),
    pytest.param(
        "Three Thai soldiers held by Cambodia since the border clash were set free on Friday.",
        [("RETREAT", "KHM", "THA")],
        None,
        marks=_x(
            "'since the border clash were set free' is parsed as a clause of 'held', so no release is found"
        ),
    ),
    # ===== RETREAT: de-escalate, ceasefire, lift a blockade, access =====
    (
        "Ethiopia's government declared a unilateral ceasefire in Tigray on Monday as its troops left the regional capital Mekelle.",
        [("RETREAT", "ETH", None)],
        "2021-06-29",
    ),
    (
        "Israel eased its blockade of the Gaza Strip on Sunday, letting in more consumer goods.",
        [(["RETREAT", "CONCEDE"], "ISR", "PSE")],
        "2010-06-21",
    ),
    (
        "Saudi Arabia lifted its three-year blockade of Qatar and reopened its airspace and land border to Qatari traffic.",
        [(["RETREAT", "CONCEDE"], "SAU", "QAT")],
        None,
    ),
    (
        "Syria allowed U.N. aid convoys into the besieged town of Madaya for the first time in months.",
        [("RETREAT", "SYR", "IGO")],
        "2016-01-11",
    ),
]

NEGATIVES = [
    "Analysts say any Israeli withdrawal from the West Bank would take years to negotiate.",
    "Sanctions have done little so far to change North Korea's behaviour, diplomats say.",
    "The European Union is considering freezing the assets of more Belarusian officials.",
    "Russia has not withdrawn any troops from the border, NATO's secretary-general said.",
    "If the blockade were lifted, food prices in Gaza could fall sharply, economists said.",
    "Can the United States afford to keep sending weapons to Ukraine? Lawmakers are divided.",
    "Since 2011, more than five million Syrians have fled to neighbouring countries.",
    "The number of drone strikes in Pakistan fell sharply last year, a London-based research group said.",
    "Aid agencies expect the government to release the detained foreign workers within days.",
    "Whether Tehran will free the jailed British-Iranian aid worker remains unclear.",
    "Critics of the arms embargo argue that it hurt Bosnia's Muslims far more than the Serbs.",
    "Peacekeeping missions in Africa are chronically short of troops and helicopters, a U.N. report said.",
]

FIXES: list[tuple] = [
    # a projectile that "slammed / smashed / crashed into" a place is the attack of its side
    (
        "Two Iranian ballistic missiles slammed into a U.S. air base in western Iraq, the Pentagon said.",
        [("ASSAULT", "IRN", "USA")],
        "2020-01-08",
    ),
    (
        "A Russian rocket smashed into a school in the Ukrainian city of Kharkiv overnight.",
        [("ASSAULT", "RUS", "UKR")],
        None,
    ),
    # "opened fire with <weapons> on X": X hung on the weapons is the target, not them
    (
        "Indian troops opened fire with machine guns and mortars on Pakistani border posts in the Neelum valley.",
        [("ASSAULT", "IND", "PAK")],
        None,
    ),
    (
        "Armenian forces opened fire with artillery on Azerbaijani positions in the Tovuz district, Baku said.",
        [("ASSAULT", "ARM", "AZE")],
        "2020-07-13",
    ),
    # "the outskirts / centre of X": the attack hit X
    (
        "Russian forces shelled the outskirts of Kharkiv overnight, the regional governor said.",
        [("ASSAULT", "RUS", "UKR")],
        None,
    ),
    (
        "Al Shabaab fighters shelled the outskirts of Mogadishu on Tuesday.",
        [("ASSAULT", "SOM", "SOM")],
        None,
    ),
    # people an armed group seizes, and "took N people hostage" with a number phrase
    (
        "Al Shabaab militants seized three Kenyan tourists from a beach resort near Lamu.",
        [("ASSAULT", "SOM", "KEN")],
        None,
    ),
    (
        "Chechen rebels took more than 1,100 people hostage at a school in the Russian town of Beslan.",
        [("ASSAULT", "RUS", "RUS")],
        None,
    ),
    # an envoy stripped of accreditation, a state's forces evicted from a base
    (
        "Moscow stripped two Polish diplomats of their accreditation on Friday.",
        [("SANCTION", "RUS", "POL")],
        None,
    ),
    (
        "Kyrgyzstan evicted U.S. troops from the Manas air base, the defence ministry in Bishkek said.",
        [("SANCTION", "KGZ", "USA")],
        None,
    ),
    # a passive release with no agent: the captor named on the captives frees them
    (
        "Four Filipino seamen held by Houthi rebels were freed on Sunday, Manila's foreign ministry said.",
        [("RETREAT", "YEM", "PHL")],
        None,
    ),
    (
        "Two Italian engineers kidnapped by gunmen in southern Libya were released on Saturday.",
        [("RETREAT", None, "ITA"), ("ASSAULT", None, "ITA", "opt")],
        None,
    ),
    # a withdrawal "from X into Y" leaves X; Y, where the forces go, is no target
    (
        "Russian forces withdrew from northern Ukraine into Belarus, the Pentagon said.",
        [("RETREAT", "RUS", "UKR")],
        None,
    ),
    # beside a foreign side, the source's own places are no second target
    (
        "Washington froze the New York assets of Afghanistan's central bank.",
        [(["SANCTION", "COERCE"], "USA", "AFG")],
        "2021-08-18",
    ),
    # two sides that "fought a battle" fought each other (the battle is no third side)
    (
        "Eritrean and Ethiopian troops fought a fierce battle around the border town of Badme on Saturday.",
        [("ASSAULT", "ERI", "ETH"), ("ASSAULT", "ETH", "ERI", "opt")],
        "1999-02-07",
    ),
    # a participle's "by sea" is how goods travel, not who gives them
    (
        "Japan banned imports of Russian coal delivered by sea from August.",
        [("SANCTION", "JPN", "RUS")],
        None,
    ),
    # a deposit placed or made with a central bank; refugees resettled
    (
        "The UAE made a $1 billion deposit in Egypt's central bank on Thursday.",
        [("AID", "ARE", "EGY")],
        None,
    ),
    (
        "Germany resettled 500 Afghan refugees from camps in Turkey last year, the interior ministry said.",
        [("AID", "DEU", "AFG")],
        None,
    ),
    # a "weapons package" for a state is military aid
    (
        "Britain announced a new 500 million pound weapons package for Ukraine on Thursday.",
        [(["AID", "AGREE"], "GBR", "UKR")],
        None,
    ),
    # a state evacuating its own diplomats or embassy withdraws from the place
    (
        "Canada evacuated its diplomats and embassy staff from Kabul on Sunday.",
        [("RETREAT", "CAN", "AFG")],
        "2021-08-16",
    ),
]


@pytest.mark.parametrize(("text", "expected", "pub"), CASES, ids=[_text(c)[:60] for c in CASES])
def test_breadth_force3_coded(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))


@pytest.mark.parametrize(
    "text", NEGATIVES, ids=[_text((t,) if isinstance(t, str) else t)[:60] for t in NEGATIVES]
)
def test_breadth_force3_negatives(code, text):
    events = countable(code(text, None))
    assert not events, show(events)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES] or None)
def test_breadth_force3_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
