# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Type breadth for AID, REQUEST and THREATEN, as international wire copy words them.

AID: economic aid (loans, grants, deposits, debt relief), military aid (weapons handed
over, training), humanitarian aid (food, medicine, rescue teams, airlifts, convoys),
peacekeepers and observers sent, asylum granted; with the confusables around it (an aid
pledge is AID or AGREE, letting aid through is RETREAT, suspending aid is SANCTION, an
arms loan for oil may be COOPERATE). REQUEST: every mode (assist, change, yield, meet)
through urge, call on, call for, appeal, demand, ask, press, plead, seek, insist, "a
fresh plea", "renewed its call", resolutions "demanding", "said X must", passives.
THREATEN: force, sanctions, tariffs, boycotts, expulsions, cutting aid or gas, blockade,
annexation, arrest, quitting, ultimatums and deadlines, vows of revenge, "would pay a
heavy price", "warned of consequences"; with the confusables (a missile test is
MOBILIZE, "accused X of threatening" is ACCUSE, "warned X not to" may be REQUEST).

Every sentence was written for this file and annotated (types, source country, target
country per event) from shared/PLOVER.md and eval/README.md before the coder was run on
it: about half set 1990-2015 with office-holders of the time, half 2016-2025, about half
with no publication date (then only the sentence itself can give a country). A record
passes when every expected event is coded (any of its types, both countries; target
None: any target; either way round for symmetric types) and no other countable event
is coded; an event marked "opt" may or may not be coded. NEGATIVES (analysis,
background, statistics, plans of third parties, hypotheticals, warnings of hardship,
negation, questions) must give no countable event.

Coverage, as a measure of generalisation: 70/93 records passed on the first run (60/80
CASES, 10/13 NEGATIVES), before any fix made for this file. Failures by cause on that
run: no event 4 (approved a loan package for, lent, a convoy reached, rushed rescue
teams to); other type 4 (doctors sent coded MOBILIZE, "pressed X to allow" coded
RETREAT, "insisted that X lift" coded CONCEDE, a threat to execute coded as the
bombing in its condition); null side 2 (the source of a reported urging, the
government one threatens to quit); wrong country or a missing conjunct 4 (asylum
target, "aid for X's reconstruction", a second conjunct target twice); extra event 6
(a purpose infinitive, background attacks in "after"/"response to" phrases twice,
the aid that was suspended, a tranche "released", strikes on a country's soldiers);
negatives 3 (a "whether" clause, a question, what lawmakers want).

After the general fixes: 89/93 (76/80 CASES, 13/13 NEGATIVES), the rest strict xfails
with their cause. Three records were re-annotated after the first run, and the
first-run count above uses the first annotation: background attacks in "after ..." and
"in response to ..." phrases are optional incidental events, as in the dev gold (the
first annotation left them out). FIXES were written after the fixes, one to three new
sentences per cause fixed.
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
    # ===== AID: economic =====
    (
        "Japan extended a 100 billion yen loan to Indonesia on Tuesday to help it weather the Asian financial crisis, the finance ministry in Tokyo said.",
        [("AID", "JPN", "IDN")],
        "1998-07-15",
    ),
    (
        "The International Monetary Fund's executive board approved a $2.9 billion bailout for Sri Lanka on Monday, releasing an immediate tranche of about $330 million.",
        [("AID", "IGO", "LKA")],
        None,
    ),
    (
        "Russia wrote off 90 percent of North Korea's Soviet-era debt of nearly $11 billion, the finance ministry in Moscow said on Monday.",
        [("AID", "RUS", "PRK")],
        "2014-05-05",
    ),
    (
        "Saudi Arabia deposited $3 billion in Pakistan's central bank to shore up its dwindling foreign currency reserves.",
        [("AID", "SAU", "PAK")],
        None,
    ),
    (
        "U.S. President Bill Clinton approved a $20 billion emergency loan package for Mexico on Tuesday, bypassing a reluctant Congress.",
        [("AID", "USA", "MEX")],
        "1995-02-01",
    ),
    (
        "China lent Venezuela $20 billion in exchange for future oil shipments, Venezuelan President Hugo Chavez said on Saturday.",
        [(("AID", "COOPERATE"), "CHN", "VEN")],
        "2010-04-18",
    ),
    # ===== AID: military =====
    (
        "The Pentagon delivered the first Abrams tanks to Ukraine ahead of schedule, U.S. officials said on Monday.",
        [("AID", "USA", "UKR")],
        "2023-09-25",
    ),
    (
        "Germany handed over a third IRIS-T air defence system to Ukraine, the government in Berlin said.",
        [("AID", "DEU", "UKR")],
        None,
    ),
    (
        "U.S. special forces began training Colombian army battalions in counter-narcotics operations on Monday under Plan Colombia.",
        [(("AID", "COOPERATE"), "USA", "COL")],
        "2000-12-05",
    ),
    # ===== AID: humanitarian =====
    (
        "U.S. military helicopters ferried food and drinking water to stranded flood survivors in northwestern Pakistan on Thursday.",
        [("AID", "USA", "PAK")],
        "2010-08-13",
    ),
    (
        "A convoy of 40 trucks carrying flour, medicine and blankets from the International Committee of the Red Cross reached the besieged Bosnian enclave of Srebrenica on Sunday.",
        [("AID", "NGO", "BIH")],
        "1993-03-29",
    ),
    (
        "Indian relief planes carrying tents, medicines and food landed in Kathmandu on Monday, two days after an earthquake that killed more than 2,000 people in Nepal.",
        [("AID", "IND", "NPL")],
        "2015-04-28",
    ),
    pytest.param(
        "Turkey rushed rescue teams and sniffer dogs to Albania after the earthquake that struck the port city of Durres.",
        [("AID", "TUR", "ALB")],
        None,
        marks=_x(
            "the parser reads 'sniffer' as a verb and hangs 'to Albania' on it (a parse error, no general repair)"
        ),
    ),
    (
        "Some 3,000 tonnes of food aid were delivered to Gaza by the United Nations on Sunday through the Kerem Shalom crossing.",
        [("AID", "IGO", "PSE")],
        "2024-03-04",
    ),
    (
        "Cuba sent a brigade of 52 doctors and nurses to the Italian region of Lombardy to help fight the coronavirus outbreak.",
        [("AID", "CUB", "ITA")],
        None,
    ),
    (
        "South Korea shipped 150,000 tonnes of rice to North Korea on Thursday, the first state aid from Seoul to its impoverished neighbour.",
        [("AID", "KOR", "PRK")],
        "1995-06-30",
    ),
    # ===== AID: peacekeepers and observers =====
    (
        "Bangladesh deployed a battalion of 850 peacekeepers to South Sudan on Wednesday as part of the U.N. mission there.",
        [(("AID", "MOBILIZE"), "BGD", "SSD")],
        None,
    ),
    (
        "The European Union deployed more than 200 unarmed monitors in Georgia on Wednesday to oversee the withdrawal of Russian troops from buffer zones.",
        [(("AID", "MOBILIZE"), "IGO", "GEO"), ("RETREAT", "RUS", "GEO", "opt")],
        "2008-10-02",
    ),
    (
        "Some 1,000 Italian troops arrived in Albania on Tuesday as part of a multinational force to protect aid deliveries.",
        [(("AID", "MOBILIZE"), "ITA", "ALB")],
        "1997-04-16",
    ),
    # ===== AID: asylum =====
    (
        "Ecuador granted political asylum to WikiLeaks founder Julian Assange on Thursday, two months after he took refuge in its London embassy.",
        [("AID", "ECU", None)],
        "2012-08-17",
    ),
    (
        "The defector, a senior North Korean diplomat, was granted asylum in South Korea, the Unification Ministry in Seoul said.",
        [("AID", "KOR", "PRK")],
        None,
    ),
    # ===== AID: pledges (AID or AGREE) =====
    pytest.param(
        "The European Union announced 50 million euros in humanitarian aid for earthquake victims in Turkey and Syria on Monday.",
        [(("AID", "AGREE"), "IGO", "TUR"), (("AID", "AGREE"), "IGO", "SYR")],
        "2023-02-13",
        marks=_x(
            "a place coordinated inside the recipient phrase ('victims in Turkey and Syria') gives only its first country"
        ),
    ),
    (
        "Japan pledged $6 billion in aid for Ukraine's reconstruction at a conference in Tokyo.",
        [(("AID", "AGREE"), "JPN", "UKR")],
        None,
    ),
    (
        "Saudi Arabia and the United Arab Emirates announced a $3 billion aid package for Sudan on Sunday, including a deposit in the central bank.",
        [(("AID", "AGREE"), "SAU", "SDN"), (("AID", "AGREE"), "ARE", "SDN")],
        "2019-04-22",
    ),
    # ===== AID confusables =====
    (
        "Washington suspended $95 million in military aid to Egypt on Tuesday over concerns about human rights.",
        [("SANCTION", "USA", "EGY")],
        "2017-08-23",
    ),
    (
        "Israel allowed the first fuel trucks into Gaza on Saturday under the truce deal.",
        [("RETREAT", "ISR", "PSE")],
        None,
    ),
    # ===== REQUEST: assist =====
    (
        "Haiti's Prime Minister Ariel Henry asked the international community on Thursday to send specialised armed forces to help restore order.",
        [("REQUEST", "HTI", None)],
        "2022-10-07",
    ),
    (
        "Sri Lanka appealed for international food and medicine aid on Tuesday as the island's worst economic crisis in decades deepened.",
        [("REQUEST", "LKA", None)],
        None,
    ),
    (
        "Kurdish leaders in northern Iraq pleaded with Washington for heavier weapons to fight Islamic State militants.",
        [("REQUEST", "IRQ", "USA")],
        "2014-08-09",
    ),
    (
        "Bogota asked Washington for more Black Hawk helicopters to fight leftist rebels and drug traffickers.",
        [("REQUEST", "COL", "USA")],
        None,
    ),
    # ===== REQUEST: change =====
    (
        "The European Union urged Serbian President Slobodan Milosevic on Monday to recognise opposition victories in local elections.",
        [("REQUEST", "IGO", "SRB")],
        "1996-12-23",
    ),
    (
        "Arab League foreign ministers called on Syrian President Bashar al-Assad on Sunday to hand over power to his deputy.",
        [("REQUEST", "IGO", "SYR")],
        "2012-01-23",
    ),
    (
        "Zimbabwe's President Robert Mugabe demanded that Britain and the United States lift their sanctions on his government.",
        [("REQUEST", "ZWE", "GBR"), ("REQUEST", "ZWE", "USA")],
        None,
    ),
    # ===== REQUEST: yield =====
    (
        "The Red Cross urged Colombia's FARC rebels on Wednesday to free all the hostages still held in the jungle.",
        [("REQUEST", "NGO", "COL")],
        "2008-07-10",
    ),
    (
        "Indian Prime Minister Atal Bihari Vajpayee called on Pakistan on Wednesday to pull its forces back across the Line of Control in Kashmir.",
        [("REQUEST", "IND", "PAK")],
        "1999-06-17",
    ),
    (
        "The U.N. Security Council demanded on Thursday that Iraq withdraw immediately and unconditionally from Kuwait.",
        [("REQUEST", "IGO", "IRQ")],
        "1990-08-03",
    ),
    (
        "Aid agencies pressed Myanmar's junta on Friday to allow foreign relief workers into the cyclone-hit Irrawaddy delta.",
        [("REQUEST", "NGO", "MMR")],
        "2008-05-10",
    ),
    (
        "The U.N. General Assembly adopted a resolution demanding that Russia withdraw all its troops from Ukraine.",
        [("REQUEST", "IGO", "RUS")],
        None,
    ),
    (
        "Amnesty International called for the release of jailed Turkish philanthropist Osman Kavala.",
        [("REQUEST", "NGO", "TUR")],
        None,
    ),
    (
        "Iran insisted on Monday that the United States lift all sanctions before Tehran returns to compliance with the 2015 nuclear deal.",
        [("REQUEST", "IRN", "USA")],
        "2021-02-08",
    ),
    (
        "Israel was urged by the United States on Thursday to show restraint in its response to the Iranian missile attack.",
        [("REQUEST", "USA", "ISR"), ("ASSAULT", "IRN", None, "opt")],
        "2024-04-19",
    ),
    (
        "German Foreign Minister Annalena Baerbock said on Wednesday that Russia must return to the Black Sea grain deal.",
        [("REQUEST", "DEU", "RUS")],
        "2023-07-20",
    ),
    (
        "U.N. Secretary-General Kofi Annan urged India and Pakistan on Tuesday to exercise restraint after the attack on the Indian parliament.",
        [("REQUEST", "IGO", "IND"), ("REQUEST", "IGO", "PAK"), ("ASSAULT", None, "IND", "opt")],
        "2001-12-19",
    ),
    pytest.param(
        "A spokesman for Ban Ki-moon said the secretary-general had urged Sri Lanka's government to let aid workers into the conflict zone.",
        [("REQUEST", "IGO", "LKA")],
        "2009-04-22",
        marks=_x(
            "'the secretary-general' is not tied to the Ban Ki-moon named earlier in the sentence (no in-sentence coreference of a role noun)"
        ),
    ),
    # ===== REQUEST: meet =====
    (
        "The Tamil Tigers asked Norway on Monday to revive the stalled peace talks with the Sri Lankan government.",
        [("REQUEST", "LKA", "NOR")],
        "2006-03-14",
    ),
    (
        "Sudan asked the African Union to mediate its border dispute with South Sudan.",
        [("REQUEST", "SDN", "IGO")],
        None,
    ),
    (
        "Ukrainian President Volodymyr Zelenskiy requested a face-to-face meeting with Vladimir Putin to end the war.",
        [("REQUEST", "UKR", "RUS")],
        None,
    ),
    (
        "China renewed its call for peace talks between Russia and Ukraine on Friday.",
        [("REQUEST", "CHN", None)],
        None,
    ),
    (
        "Afghan President Hamid Karzai made a fresh plea to the Taliban on Saturday to join the peace process.",
        [("REQUEST", "AFG", "AFG")],
        "2010-06-06",
    ),
    (
        "Washington pressed Islamabad on Tuesday for stronger action against militants in the tribal areas near the Afghan border.",
        [("REQUEST", "USA", "PAK")],
        None,
    ),
    (
        "Beijing demanded an apology from Washington after a U.S. spy plane collided with a Chinese fighter jet over the South China Sea.",
        [("REQUEST", "CHN", "USA")],
        "2001-04-03",
    ),
    (
        "The Palestinians formally asked the International Criminal Court on Tuesday to open an investigation into alleged Israeli war crimes.",
        [("REQUEST", "PSE", "IGO"), ("ACCUSE", "PSE", "ISR", "opt")],
        "2018-05-23",
    ),
    # ===== REQUEST confusables =====
    (
        "Israel rejected calls from the United Nations for an independent inquiry into the raid on the Jenin refugee camp.",
        [("REJECT", "ISR", "IGO"), ("REQUEST", "IGO", "ISR", "opt")],
        "2002-04-20",
    ),
    (
        "North Korea agreed on Friday to a South Korean proposal for Red Cross talks on reuniting families separated by the war.",
        [("AGREE", "PRK", "KOR")],
        None,
    ),
    # ===== THREATEN: violence =====
    (
        "Iraq threatened on Thursday to shoot down U.S. and British warplanes patrolling the no-fly zones.",
        [("THREATEN", "IRQ", "USA"), ("THREATEN", "IRQ", "GBR")],
        "1999-01-08",
    ),
    (
        "A North Korean negotiator warned his South Korean counterpart on Saturday that Seoul would be turned into a sea of fire if war broke out.",
        [("THREATEN", "PRK", "KOR")],
        "1994-03-20",
    ),
    (
        "Israeli Prime Minister Ehud Olmert said Hezbollah would pay a very heavy price for the capture of two Israeli soldiers.",
        [("THREATEN", "ISR", "LBN")],
        "2006-07-12",
    ),
    (
        "Iranian President Mahmoud Ahmadinejad warned on Tuesday that Iran would respond to any Israeli attack with a crushing blow.",
        [("THREATEN", "IRN", "ISR")],
        "2008-06-03",
    ),
    (
        "Iran's Supreme Leader Ayatollah Ali Khamenei vowed harsh revenge for the killing of Qassem Soleimani in a U.S. drone strike in Baghdad.",
        [("THREATEN", "IRN", None)],
        None,
    ),
    pytest.param(
        "Hamas's armed wing threatened on Monday to execute an Israeli hostage each time Israel bombs civilian homes in Gaza without warning.",
        [("THREATEN", "PSE", "ISR")],
        "2023-10-10",
    ),
    (
        "The Houthis warned that they would target any ship heading to Israeli ports in the Red Sea.",
        [("THREATEN", "YEM", None)],
        None,
    ),
    # ===== THREATEN: ultimatums and deadlines =====
    (
        "NATO gave the Bosnian Serbs ten days to pull their heavy weapons back from Sarajevo or face air strikes.",
        [(("THREATEN", "REQUEST"), "IGO", "BIH")],
        "1994-02-10",
    ),
    (
        "U.S. President George W. Bush gave Saddam Hussein and his sons 48 hours to leave Iraq or face war.",
        [(("THREATEN", "REQUEST"), "USA", "IRQ")],
        "2003-03-18",
    ),
    # ===== THREATEN: restrict (sanctions, tariffs, blockade) =====
    (
        "The European Union threatened Belarus with new economic sanctions on Monday unless it frees jailed opposition figures.",
        [("THREATEN", "IGO", "BLR"), ("REQUEST", "IGO", "BLR", "opt")],
        "2011-01-31",
    ),
    (
        "U.S. President Donald Trump threatened to slap 25 percent tariffs on Mexican imports unless Mexico stemmed the flow of migrants across the border.",
        [("THREATEN", "USA", "MEX")],
        None,
    ),
    (
        "Sudanese President Omar al-Bashir threatened on Saturday to shut down the pipelines carrying South Sudan's oil to the Red Sea.",
        [("THREATEN", "SDN", "SSD")],
        "2013-06-09",
    ),
    (
        "Ukraine was threatened with a cut-off of gas supplies by Russia's Gazprom unless it paid its debts by the end of the month.",
        [("THREATEN", "RUS", "UKR")],
        None,
    ),
    # ===== THREATEN: relations, aid, expel, withdraw, boycott =====
    (
        "Turkey threatened to recall its ambassador from Paris if French lawmakers passed a bill making it a crime to deny the Armenian genocide.",
        [("THREATEN", "TUR", "FRA")],
        "2011-12-20",
    ),
    (
        "The United States threatened to cut off aid to the Palestinian Authority if Hamas joined the government.",
        [("THREATEN", "USA", "PSE")],
        None,
    ),
    (
        "Moscow warned it would expel British diplomats in retaliation for London's decision to send home 23 Russian envoys.",
        [(("THREATEN", "SANCTION"), "RUS", "GBR"), ("SANCTION", "GBR", "RUS", "opt")],
        "2018-03-15",
    ),
    (
        "Philippine President Rodrigo Duterte threatened on Saturday to scrap a military pact with the United States.",
        [("THREATEN", "PHL", "USA")],
        "2020-01-25",
    ),
    (
        "Burundi threatened on Thursday to withdraw its troops from the African Union mission in Somalia if their salaries were not paid.",
        [("THREATEN", "BDI", "IGO")],
        None,
    ),
    pytest.param(
        "Pakistan threatened to boycott the Bonn conference on Afghanistan after NATO air strikes killed 24 of its soldiers.",
        [("THREATEN", "PAK", None), ("ASSAULT", "IGO", "PAK", "opt")],
        "2011-11-28",
        marks=_x(
            "the optional strike's target '24 of its soldiers' takes Afghanistan (the conference topic) for 'its', not Pakistan"
        ),
    ),
    (
        "Russia's foreign ministry warned Finland and Sweden on Friday of serious military and political consequences if they joined NATO.",
        [("THREATEN", "RUS", "FIN"), ("THREATEN", "RUS", "SWE")],
        "2022-02-26",
    ),
    # ===== THREATEN: territory, arrest, quitting =====
    (
        "Venezuelan President Nicolas Maduro threatened to annex the oil-rich Essequibo region of neighbouring Guyana.",
        [("THREATEN", "VEN", "GUY")],
        None,
    ),
    (
        "Venezuela's government threatened on Tuesday to arrest opposition leader Juan Guaido if he returned to the country.",
        [("THREATEN", "VEN", "VEN")],
        "2019-02-27",
    ),
    pytest.param(
        "Israel's far-right National Security Minister Itamar Ben-Gvir threatened to quit the government if it agreed to a ceasefire in Gaza.",
        [("THREATEN", "ISR", "ISR")],
        None,
    ),
    # ===== THREATEN confusables =====
    (
        "China warned the United States on Monday not to send warships into the Taiwan Strait.",
        [(("THREATEN", "REQUEST"), "CHN", "USA")],
        "1996-03-11",
    ),
    (
        "North Korea fired two short-range ballistic missiles into the sea off its east coast on Thursday, South Korea's military said.",
        [("MOBILIZE", "PRK", None)],
        None,
    ),
    (
        "Iran accused Israel on Sunday of threatening regional security with its attacks on Syria.",
        [("ACCUSE", "IRN", "ISR")],
        None,
    ),
]

FIXES = [
    # "lent X <sum>", "approved a loan package for X"
    (
        "Kuwait lent Egypt $2 billion, the central bank in Cairo said on Sunday.",
        [("AID", "KWT", "EGY")],
        None,
    ),
    (
        "The World Bank approved a $500 million loan package for Jordan on Thursday.",
        [("AID", "IGO", "JOR")],
        None,
    ),
    # doctors and rescue teams sent are aid, even counted in a force word
    (
        "China sent a team of 30 doctors to Serbia to help fight the pandemic.",
        [("AID", "CHN", "SRB")],
        "2020-03-22",
    ),
    (
        "Qatar rushed a medical team to Lebanon on Sunday.",
        [("AID", "QAT", "LBN")],
        None,
    ),
    # relief goods carried by arriving trucks, the giver in their "from" phrase
    (
        "Trucks carrying rice and tents from the United Arab Emirates crossed into Gaza on Tuesday.",
        [("AID", "ARE", "PSE")],
        None,
    ),
    # a named party pressed to act, the clause after a date; an NGO acting on a state
    (
        "Britain pressed Sri Lanka's government on Tuesday to let journalists into the north.",
        [("REQUEST", "GBR", "LKA")],
        None,
    ),
    (
        "Rights groups urged Egypt on Sunday to free the jailed activist.",
        [("REQUEST", "NGO", "EGY")],
        None,
    ),
    # "insisted that X <present verb>": a demand
    (
        "The Palestinians insisted that Israeli troops leave the West Bank city.",
        [("REQUEST", "PSE", "ISR")],
        None,
    ),
    # "<sum> in aid": the verb acts on the aid (suspended: no aid given), and the
    # amount's "for"/"to" names the recipient
    (
        "Canada froze 20 million dollars in development aid to Haiti on Monday.",
        [("SANCTION", "CAN", "HTI")],
        None,
    ),
    (
        "Germany pledged 200 million euros in aid for Sudan on Monday.",
        [(("AID", "AGREE"), "DEU", "SDN")],
        None,
    ),
    # coordinated nationality words on one noun: one actor per nation
    (
        "Iran threatened to strike American and Israeli bases in the region.",
        [("THREATEN", "IRN", "USA"), ("THREATEN", "IRN", "ISR")],
        None,
    ),
    (
        "Russian and Syrian warplanes pounded the rebel-held town of Saraqeb on Sunday.",
        [("ASSAULT", "RUS", "SYR"), ("ASSAULT", "SYR", "SYR")],
        None,
    ),
    # an infinitive saying what means are for is no act
    (
        "Somalia's government appealed to the African Union for more equipment to fight al Shabaab insurgents.",
        [("REQUEST", "SOM", "IGO")],
        None,
    ),
    # open questions, "refused to say", wishes: nothing done
    ("It is unclear whether Japan will send aid to Ukraine.", [], None),
    ("Are Turkish troops ready to enter Syria? Ankara refused to say.", [], None),
    ("Opposition leaders want the president to ask Russia for military help.", [], None),
    # a nameless head takes its apposition's country
    (
        "The deserter, a former Syrian army officer, was granted asylum in Germany.",
        [("AID", "DEU", "SYR")],
        None,
    ),
    (
        "The men, two Iranian nationals, were arrested in Bangkok.",
        [("COERCE", "THA", "IRN")],
        None,
    ),
    # "<X>'s armed wing threatened on <day> to ...": a main verb parsed as a participle
    (
        "Hezbollah's armed wing threatened on Sunday to strike Israeli cities.",
        [("THREATEN", "LBN", "ISR")],
        None,
    ),
    # the government one threatens to quit is one's own
    (
        "Iraq's Sadrist ministers threatened to quit the cabinet.",
        [("THREATEN", "IRQ", "IRQ")],
        None,
    ),
    # money paid out under a loan is no release
    (
        "The IMF approved a loan for Egypt, releasing a first tranche of $700 million.",
        [("AID", "IGO", "EGY")],
        None,
    ),
]

NEGATIVES = [
    "Analysts say Washington's threats of sanctions have done little to change Pyongyang's behaviour.",
    "Whether Congress will approve the $60 billion aid package for Ukraine remains unclear.",
    "If the rains fail again, millions of Ethiopians will need food aid next year, the agency warned.",
    "The World Bank has lent Pakistan more than $40 billion since 1950.",
    "Japan has never supplied lethal weapons to Ukraine because of its pacifist constitution.",
    "Is the United States prepared to send troops to defend Taiwan? Officials in Washington refuse to say.",
    "Aid workers warned that the camp could run out of food within days.",
    "The donor conference for Yemen is scheduled to take place in Geneva next month.",
    "EU foreign ministers are expected to discuss a request from Kyiv for more artillery shells at their meeting next week.",
    "The threat of a U.S. strike on Syria in 2013 was averted by a deal on its chemical weapons.",
    "Some lawmakers want the government to demand compensation from Moscow, but the idea has little support.",
    "The refugees have lived in the camp since 1994, relying on food handouts from the World Food Programme.",
    "North Korea's threats have become a familiar ritual, one Western diplomat said.",
]


@pytest.mark.parametrize(("text", "expected", "pub"), CASES, ids=[_text(c)[:60] for c in CASES])
def test_breadth_aid_coded(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))


@pytest.mark.parametrize(
    "text", NEGATIVES, ids=[_text((t,) if isinstance(t, str) else t)[:60] for t in NEGATIVES]
)
def test_breadth_aid_negatives(code, text):
    events = countable(code(text, None))
    assert not events, show(events)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_breadth_aid_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
