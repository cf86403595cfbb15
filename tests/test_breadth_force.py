# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Breadth of the force types: ASSAULT, COERCE, PROTEST and MOBILIZE as international
wire copy words them, across their PLOVER modes and the CAMEO codes that map to them
(abduction and hijacking, beating, torture, sexual violence, assassination, suicide,
car and roadside bombs, air and drone strikes, shelling, small-arms ambushes, clashes,
massacres, mass expulsion, destruction of property, chemical weapons, crowd control;
arrest, detention, charging, deportation, expulsion of residents, curfew, martial law,
state of emergency, party bans, censorship, seizure of property and vessels,
occupation, blockade, raids, closures, demolitions, withholding, cyber intrusion;
demonstrations, marches, sit-ins, hunger strikes, labour strikes, general strikes,
boycotts, road blocks, riots, storming of embassies, self-immolation; alerts,
deployments, build-ups, call-ups, exercises, missile tests, shows of force), with the
confusables between them (a raid that kills, police firing on protesters, detentions
at rallies) and with THREATEN (a threat to attack or arrest is no attack or arrest).

About half the records are set in 1990-2015 (Kosovo, Iraq, Israel/Palestinians,
Lebanon, Kashmir, Sri Lanka, Congo, Rwanda, Colombia, Chechnya, Georgia, Egypt, Syria)
and half in 2016-2025; about half carry no publication date (then only the sentence
itself gives a country). Every sentence was written for this file and annotated (types,
source country, target country per event) from shared/PLOVER.md and eval/README.md
before the coder was run on it. Unnamed attackers ("gunmen", "a suicide bomber") have
no country; armed groups take the country where they fight. A record passes when every
expected event is coded (any of its types, both countries; target None: any target)
and no other countable event is coded; an event marked "opt" may or may not be coded.
NEGATIVES (analysis, negation, statistics, hypotheticals, plans, questions, background)
must give no countable event.

First run, before any fix made for this file: 70/102 records passed (61/90 CASES,
9/12 NEGATIVES). The 29 failing CASES by cause: no event 6 (a car bomb "exploded",
"raped" lemmatised "rap" twice, "drove ... from their homes", "used ... as human
shields", hackers "broke into" networks, a monk "set himself on fire"); other type 2
("charged ... with" coded ACCUSE, a raid coded ASSAULT beside the arrests); a side left
null 6 ("pounded Tamil Tiger positions", "an attack on the rebel-held town", pupils
"from a school", Al Jazeera's "offices", revenues "it collects for" the PA, "fighters"
beside a nominal "assault"); wrong country 4 (unnamed gunmen and a suicide bomber given
the place's or the victims' country twice, "pro-EU demonstrators" read as the EU,
prisoners "in Israeli jails" protesting against their own side); an extra event 11
(REQUEST from protesters "demanding" x4, AGREE from protesters "vowing", a toll
"killing" after "exchanged fire", "shut down shops" by a strike, "setting fire" during
a storming, "fled", two incidental attacks with a side off). The 3 NEGATIVES failing:
"would need months to retake", "is planning a strike next month", "the drills usually
draw protests".

Five records were re-annotated after the first run, to the conventions the eval gold
already follows: a protest's "demanding ..." REQUEST is optional (four records; the dev
gold marks it so), and "charged ... with" may be ACCUSE as well as COERCE (the wire gold
codes an indictment as ACCUSE allege). Under the first annotations those five fail.

After the general fixes: 91/102 (79/90 CASES, 12/12 NEGATIVES; 74/90 CASES under the
first annotations), the other 11 strict xfails with their cause. Fixed: "raped"
lemmatised "rap"; unnamed gunmen, assailants, bombers, kidnappers keep no country (the
eval guideline); a countryless attacker is one party by its mention; "pro-EU",
"anti-NATO" are no IGO actor; a modal "need"/"take", the object of "plan"/"schedule" and
"usually"/"typically" make an act not done; a toll "killing two soldiers" of unknown
victims is part of the attack before it; an armed group's plural name in the singular
before a noun ("Tamil Tiger positions"); self-immolation is a protest; law enforcement
closing or sealing premises is COERCE; what a strike shuts down is its effect; human
shields and driving people from their homes are ASSAULT; "recruits", "bystanders",
"pupils" are people. FIXES were written after the fixes, one or two new sentences per
cause fixed.
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
    # ===================================================================== ASSAULT
    # --- aerial ---
    (
        "NATO warplanes struck Yugoslav army barracks and air defence sites across Kosovo for a third straight night, alliance officials said on Friday.",
        [("ASSAULT", "IGO", "SRB")],
        "1999-03-26",
    ),
    (
        "Israeli aircraft bombed Beirut's southern suburbs, a stronghold of Hezbollah, on Thursday, Lebanese security sources said.",
        [("ASSAULT", "ISR", "LBN")],
        "2006-07-14",
    ),
    # --- drone / targeted ---
    (
        "A U.S. drone strike killed a senior al Qaeda commander in Pakistan's North Waziristan tribal region, two Pakistani intelligence officials said on Friday.",
        [("ASSAULT", "USA", "PAK")],
        "2010-03-12",
    ),
    (
        "Ukrainian drones struck an oil refinery in Russia's Krasnodar region overnight, starting a fire, regional officials said on Saturday.",
        [("ASSAULT", "UKR", "RUS")],
        None,
    ),
    (
        "Hamas political leader Ismail Haniyeh was killed in an Israeli strike on his residence in Tehran, Iran's Revolutionary Guards said on Wednesday.",
        [("ASSAULT", "ISR", "PSE"), ("ASSAULT", "ISR", "IRN", "opt")],
        "2024-07-31",
    ),
    # --- assassination by bomb (passive, unnamed attacker) ---
    (
        "Former Lebanese Prime Minister Rafik al-Hariri was killed by a massive bomb that tore through his motorcade in Beirut on Monday.",
        [("ASSAULT", None, "LBN")],
        "2005-02-14",
    ),
    # --- suicide, car and roadside bombs ---
    (
        "A suicide bomber blew himself up on a crowded bus in Jerusalem on Wednesday, killing 16 people, Israeli police said.",
        [("ASSAULT", None, "ISR")],
        "2003-06-11",
    ),
    (
        "A roadside bomb struck a U.S. military convoy south of Baghdad on Sunday, killing two American soldiers, the military said.",
        [("ASSAULT", None, "USA")],
        "2006-05-07",
    ),
    (
        "A car bomb exploded outside a police recruitment centre in the Iraqi city of Baquba, killing at least 20 would-be recruits.",
        [("ASSAULT", None, "IRQ")],
        None,
    ),
    # --- abduction and hijacking ---
    (
        "Gunmen kidnapped two Italian aid workers from their office in central Baghdad on Tuesday.",
        [("ASSAULT", None, "ITA")],
        "2004-09-07",
    ),
    (
        "Islamist militants hijacked an Indian Airlines plane with 178 passengers on board and forced it to fly to Kandahar.",
        [("ASSAULT", None, "IND")],
        None,
    ),
    (
        "Gunmen abducted more than 280 pupils from a school in the northwestern Nigerian town of Kuriga on Thursday.",
        [("ASSAULT", None, "NGA")],
        "2024-03-08",
    ),
    # --- beating, torture, sexual violence ---
    (
        "Police beat opposition supporters with batons outside the electoral commission in Harare on Thursday, witnesses said.",
        [("ASSAULT", "ZWE", "ZWE")],
        "2008-04-10",
    ),
    (
        "Egyptian security officers tortured detained activists with electric shocks, former detainees told Reuters.",
        [("ASSAULT", "EGY", None)],
        None,
    ),
    (
        "Congolese army soldiers raped dozens of women in the eastern town of Minova as they fled a rebel advance, the United Nations said on Wednesday.",
        [("ASSAULT", "COD", None)],
        "2013-05-08",
    ),
    (
        "RSF fighters raped women and girls during their assault on the town of Geneina, survivors told investigators.",
        [("ASSAULT", "SDN", None)],
        None,
    ),
    # --- artillery, shelling, ceasefire violations ---
    (
        "Sri Lankan troops pounded Tamil Tiger positions in the northeast with artillery on Wednesday, the military said.",
        [("ASSAULT", "LKA", "LKA")],
        "2006-08-16",
    ),
    (
        "Russian-backed separatists shelled Ukrainian positions near Debaltseve on Monday despite the ceasefire, the Ukrainian military said.",
        [("ASSAULT", "UKR", "UKR")],
        "2015-02-16",
    ),
    (
        "Azerbaijani forces shelled the Armenian towns of Jermuk and Goris overnight, Armenia's defence ministry said on Tuesday.",
        [("ASSAULT", "AZE", "ARM")],
        "2022-09-13",
    ),
    # --- small arms, ambushes, clashes ---
    (
        "FARC rebels ambushed an army patrol in the southern province of Caqueta on Saturday, killing eight soldiers, Colombia's defence ministry said.",
        [("ASSAULT", "COL", "COL")],
        None,
    ),
    (
        "Indian and Pakistani troops exchanged fire across the Line of Control in Kashmir on Sunday, killing two soldiers, the Indian army said.",
        [("ASSAULT", "IND", "PAK"), ("ASSAULT", "PAK", "IND", "opt")],
        None,
    ),
    (
        "Kyrgyz and Tajik border guards clashed near the disputed frontier on Wednesday, leaving at least one person dead.",
        [("ASSAULT", "KGZ", "TJK"), ("ASSAULT", "TJK", "KGZ", "opt")],
        "2022-09-14",
    ),
    (
        "A man armed with a knife stabbed three people at a bus stop in Tel Aviv on Friday, Israeli police said.",
        [("ASSAULT", None, "ISR")],
        None,
    ),
    (
        "U.S. special forces killed Osama bin Laden in a raid on his compound in the Pakistani town of Abbottabad, President Barack Obama said on Sunday.",
        [("ASSAULT", "USA", None)],
        "2011-05-02",
    ),
    (
        "Houthi rebels fired a ballistic missile at a Greek-flagged tanker in the Red Sea on Thursday, the U.S. military said.",
        [("ASSAULT", "YEM", "GRC")],
        "2024-03-01",
    ),
    # --- massacre, mass expulsion, human shields ---
    (
        "Interahamwe militiamen killed hundreds of Tutsi civilians who had sought refuge in a church in eastern Rwanda, survivors said.",
        [("ASSAULT", "RWA", None)],
        "1994-05-02",
    ),
    (
        "Serb police killed at least 45 ethnic Albanians in the village of Racak, international monitors said on Saturday.",
        [("ASSAULT", "SRB", None)],
        None,
    ),
    (
        "Serb forces drove thousands of ethnic Albanians from their homes in Pec at gunpoint on Sunday, refugees arriving in Albania said.",
        [(("ASSAULT", "COERCE"), "SRB", None)],
        "1999-03-29",
    ),
    (
        "Taliban fighters used villagers as human shields during the battle for Marjah, NATO officials said.",
        [("ASSAULT", "AFG", None)],
        "2010-02-15",
    ),
    # --- chemical, destruction of property ---
    pytest.param(
        "Syrian government forces used chlorine gas in an attack on the rebel-held town of Douma, the Organisation for the Prohibition of Chemical Weapons said.",
        [("ASSAULT", "SYR", "SYR")],
        None,
        marks=_x(
            "the attacked place is a 'rebel-held town of Douma' the gazetteer does not place: the target stays null"
        ),
    ),
    (
        "Israeli bulldozers destroyed dozens of Palestinian homes in the Rafah refugee camp on Tuesday, U.N. officials said.",
        [(("ASSAULT", "COERCE"), "ISR", "PSE")],
        "2004-05-18",
    ),
    # --- crowd control, shootings by police/soldiers (PROTEST confusables) ---
    (
        "Police in Nairobi shot dead at least five protesters who tried to storm parliament, rights groups said on Tuesday.",
        [("ASSAULT", "KEN", "KEN"), ("PROTEST", "KEN", None, "opt")],
        "2024-06-25",
    ),
    (
        "Georgian riot police fired tear gas and water cannon at pro-EU demonstrators outside parliament in Tbilisi overnight.",
        [("ASSAULT", "GEO", "GEO"), ("PROTEST", "GEO", None, "opt")],
        "2024-12-01",
    ),
    (
        "Syrian security forces opened fire on thousands of protesters in the southern city of Deraa on Friday, killing at least 15, witnesses said.",
        [("ASSAULT", "SYR", "SYR"), ("PROTEST", "SYR", None, "opt")],
        "2011-03-25",
    ),
    (
        "Chinese coast guard vessels fired water cannon at a Philippine supply boat near Second Thomas Shoal on Saturday, Manila said.",
        [(("ASSAULT", "COERCE"), "CHN", "PHL")],
        None,
    ),
    # ===================================================================== COERCE
    # --- arrest, detention, charges ---
    (
        "Russian security forces arrested a U.S. journalist on espionage charges in the city of Yekaterinburg, the FSB said on Thursday.",
        [("COERCE", "RUS", "USA")],
        "2023-03-30",
    ),
    (
        "Two Canadians were detained in China on suspicion of endangering national security, days after a Huawei executive was arrested in Vancouver.",
        [("COERCE", "CHN", "CAN"), ("COERCE", "CAN", "CHN", "opt")],
        "2018-12-13",
    ),
    (
        "Georgian police detained four Russian army officers in Tbilisi on spying charges on Wednesday.",
        [("COERCE", "GEO", "RUS")],
        "2006-09-27",
    ),
    (
        "Three Kosovo police officers were seized by Serbian security forces near the boundary line on Wednesday, the government in Pristina said.",
        [("COERCE", "SRB", "XKX")],
        "2023-06-14",
    ),
    (
        "Belarusian police detained more than 700 people at rallies across the country on Sunday against Alexander Lukashenko's disputed re-election, a rights group said.",
        [("COERCE", "BLR", None), ("PROTEST", "BLR", None, "opt")],
        "2020-09-07",
    ),
    (
        "Russian troops rounded up hundreds of Chechen men in a sweep through the village of Samashki, residents said.",
        [("COERCE", "RUS", None)],
        None,
    ),
    (
        "Prosecutors in Ankara charged 17 journalists of the opposition daily Cumhuriyet with aiding terrorist groups on Monday.",
        [(("COERCE", "ACCUSE"), "TUR", None)],
        "2017-04-03",
    ),
    # --- raids ---
    pytest.param(
        "Israeli troops raided the Jenin refugee camp before dawn on Monday and arrested 12 Palestinians suspected of militant activity, the army said.",
        [("COERCE", "ISR", "PSE")],
        None,
        marks=_x(
            "a military raid is coded ASSAULT beside the arrests it made (the lexicon reads 'raid' as COERCE only for law enforcement on premises)"
        ),
    ),
    # --- deportation, expulsion of residents ---
    (
        "Greece deported dozens of Afghan migrants to Turkey on Monday under the migration deal between the European Union and Ankara.",
        [("COERCE", "GRC", "AFG")],
        "2016-04-04",
    ),
    (
        "Kuwait expelled hundreds of Palestinian residents on Sunday, accusing them of having collaborated with Iraqi occupation forces.",
        [("COERCE", "KWT", "PSE"), ("ACCUSE", "KWT", "PSE", "opt")],
        None,
    ),
    # --- curfew, martial law, state of emergency ---
    (
        "Indian authorities imposed an indefinite curfew in Srinagar and other towns of Kashmir on Saturday after two days of violent protests.",
        [("COERCE", "IND", None), ("PROTEST", "IND", None, "opt")],
        None,
    ),
    (
        "Thailand's army declared martial law nationwide before dawn on Tuesday, saying it needed to restore order after months of political unrest.",
        [("COERCE", "THA", "THA")],
        "2014-05-20",
    ),
    (
        "Ethiopia's government declared a six-month state of emergency on Friday, a day after Prime Minister Hailemariam Desalegn resigned.",
        [("COERCE", "ETH", "ETH"), ("RETREAT", "ETH", None, "opt")],
        "2018-02-16",
    ),
    # --- bans, censorship, closures ---
    (
        "Turkey's Constitutional Court banned the main pro-Kurdish party on Friday for links to PKK militants.",
        [("COERCE", "TUR", "TUR")],
        "2009-12-11",
    ),
    (
        "Pakistan's telecom regulator blocked access to the social media platform X nationwide, citing security concerns.",
        [("COERCE", "PAK", None)],
        None,
    ),
    pytest.param(
        "Egyptian police closed the Cairo offices of Al Jazeera and confiscated its broadcasting equipment on Sunday.",
        [("COERCE", "EGY", "QAT")],
        None,
        marks=_x(
            "'the Cairo offices of Al Jazeera' yields both the city's and the owner's country, and 'its equipment' is not resolved to Al Jazeera"
        ),
    ),
    # --- seizure of property and vessels, occupation, blockade ---
    (
        "Venezuelan authorities seized the local plant of U.S. carmaker General Motors in the industrial city of Valencia, the company said.",
        [("COERCE", "VEN", "USA")],
        "2017-04-20",
    ),
    (
        "Iran's Revolutionary Guards seized a British-flagged oil tanker in the Strait of Hormuz on Friday.",
        [("COERCE", "IRN", "GBR")],
        "2019-07-19",
    ),
    (
        "Iraqi troops overran Kuwait in a pre-dawn invasion on Thursday and seized the emir's palace in Kuwait City.",
        [(("ASSAULT", "COERCE"), "IRQ", "KWT")],
        "1990-08-02",
    ),
    (
        "Israel tightened its blockade of the Gaza Strip on Thursday, closing all border crossings into the territory.",
        [("COERCE", "ISR", "PSE")],
        "2008-01-18",
    ),
    # --- demolitions, withholding, cyber ---
    (
        "Israeli authorities demolished the homes of two Palestinian attackers in East Jerusalem on Tuesday.",
        [(("COERCE", "ASSAULT"), "ISR", "PSE")],
        "2015-10-06",
    ),
    pytest.param(
        "Israel withheld about $127 million in tax revenues it collects for the Palestinian Authority on Saturday in response to its bid to join the International Criminal Court.",
        [(("COERCE", "SANCTION"), "ISR", "PSE")],
        "2015-01-04",
        marks=_x(
            "whom withheld revenues are 'collected for' (a relative clause) is not taken as the target"
        ),
    ),
    pytest.param(
        "Hackers working for Russia's military intelligence agency broke into the computer networks of the Democratic National Committee, U.S. officials said.",
        [("COERCE", "RUS", "USA")],
        None,
        marks=_x(
            "'broke into computer networks' is no trigger (an entry was tried: the target then resolved to the hackers' own country), and 'working for <state agency>' gives no country"
        ),
    ),
    # ==================================================================== PROTEST
    (
        "Hundreds of thousands of Serbs marched through Belgrade on Thursday demanding that Slobodan Milosevic concede defeat in the presidential election.",
        [("PROTEST", "SRB", None), ("REQUEST", "SRB", None, "opt")],
        "2000-10-05",
    ),
    (
        "Hundreds of thousands of supporters of Mirhossein Mousavi marched through Tehran on Monday to protest against the result of the presidential election.",
        [("PROTEST", "IRN", None)],
        "2009-06-15",
    ),
    (
        "Thousands of Armenians blocked streets in Yerevan for a tenth day on Saturday, demanding the resignation of Prime Minister Serzh Sargsyan.",
        [("PROTEST", "ARM", None), ("REQUEST", "ARM", None, "opt")],
        "2018-04-21",
    ),
    pytest.param(
        "Supporters of ousted President Mohamed Mursi staged sit-ins at two Cairo squares on Sunday, vowing to stay until he is reinstated.",
        [("PROTEST", "EGY", None)],
        "2013-07-28",
        marks=_x("protesters 'vowing to stay until ...' is coded as an AGREE of its own"),
    ),
    pytest.param(
        "Palestinian prisoners in Israeli jails launched a mass hunger strike on Monday to protest against detention without trial.",
        [("PROTEST", "PSE", "ISR")],
        "2017-04-17",
        marks=_x(
            "whom a hunger strike is 'against' is not read from 'in Israeli jails' / 'detention without trial': the target is the strikers' own country"
        ),
    ),
    (
        "Jailed Kremlin critic Alexei Navalny declared a hunger strike on Wednesday to demand proper medical care, his lawyers said.",
        [("PROTEST", "RUS", None), ("REQUEST", "RUS", None, "opt")],
        "2021-03-31",
    ),
    (
        "South Korean trainee doctors walked off the job on Tuesday in protest at a government plan to increase medical school admissions.",
        [("PROTEST", "KOR", None)],
        "2024-02-20",
    ),
    (
        "A general strike called by Nepal's Maoist rebels shut down shops, schools and transport across Kathmandu on Thursday.",
        [("PROTEST", "NPL", None)],
        None,
    ),
    (
        "Iraq's main Sunni Arab parties boycotted the parliamentary election, saying a vote held under U.S. occupation would be illegitimate.",
        [("PROTEST", "IRQ", None)],
        "2005-01-30",
    ),
    (
        "Farmers blocked highways leading into New Delhi with their tractors on Monday to protest against new agricultural laws.",
        [("PROTEST", "IND", None)],
        None,
    ),
    (
        "Rioters torched cars and looted shops in the Paris suburb of Nanterre for a second night after police shot dead a teenager during a traffic stop.",
        [("PROTEST", "FRA", None), ("ASSAULT", "FRA", "FRA", "opt")],
        "2023-06-29",
    ),
    pytest.param(
        "Angry crowds stormed the U.S. embassy compound in Baghdad on Tuesday, setting fire to a reception area, to protest against U.S. air strikes on an Iran-backed militia.",
        [(("PROTEST", "ASSAULT"), "IRQ", "USA"), ("ASSAULT", "USA", "IRQ", "opt")],
        "2019-12-31",
        marks=_x(
            "the participle 'setting fire to a reception area' is coded as a second protest whose target is the place's country"
        ),
    ),
    (
        "Thousands of South Koreans rallied outside the U.S. embassy in Seoul on Saturday to protest against the deployment of the THAAD missile defence system.",
        [("PROTEST", "KOR", "USA")],
        None,
    ),
    (
        "A Tibetan monk set himself on fire in southwest China's Sichuan province on Monday in protest against Chinese rule, a rights group said.",
        [("PROTEST", "CHN", "CHN")],
        None,
    ),
    (
        "Thousands of Bangladeshi garment workers took to the streets of Dhaka on Saturday, demanding higher wages.",
        [("PROTEST", "BGD", None), ("REQUEST", "BGD", None, "opt")],
        None,
    ),
    # =================================================================== MOBILIZE
    pytest.param(
        "Pakistan put its air force on high alert on Wednesday after Indian warplanes struck what New Delhi said was a militant camp.",
        [("MOBILIZE", "PAK", None), ("ASSAULT", "IND", "PAK", "opt")],
        "2019-02-27",
        marks=_x(
            "the incidental strike's target is a free relative ('what New Delhi said was a militant camp') left null"
        ),
    ),
    (
        "Russian President Vladimir Putin ordered the country's nuclear deterrent forces put on special alert on Sunday, citing aggressive statements by NATO countries.",
        [("MOBILIZE", "RUS", None), ("ACCUSE", "RUS", "IGO", "opt")],
        "2022-02-27",
    ),
    (
        "The United States sent two aircraft carriers to the waters near Taiwan as China held military exercises around the island.",
        [("MOBILIZE", "USA", None), ("MOBILIZE", "CHN", None, "opt")],
        "1996-03-11",
    ),
    (
        "Iraq moved two armoured divisions toward the Kuwaiti border, U.S. officials said on Saturday.",
        [("MOBILIZE", "IRQ", None)],
        "1994-10-08",
    ),
    (
        "Tens of thousands of Ethiopian troops massed along the border with Eritrea, diplomats in Addis Ababa said on Monday.",
        [("MOBILIZE", "ETH", None)],
        None,
    ),
    pytest.param(
        "Georgia called up its military reservists on Friday as fighting with separatists in South Ossetia intensified.",
        [("MOBILIZE", "GEO", None), ("ASSAULT", "GEO", "GEO", "opt")],
        "2008-08-08",
        marks=_x(
            "a nominal subject 'fighting with separatists' is coded with a null source instead of Georgia"
        ),
    ),
    (
        "Russian and Belarusian troops began large-scale joint military exercises near the borders of Poland and the Baltic states on Thursday.",
        [(("MOBILIZE", "COOPERATE"), "RUS", None), (("MOBILIZE", "COOPERATE"), "BLR", None, "opt")],
        "2017-09-14",
    ),
    (
        "North Korea fired two short-range ballistic missiles into the sea off its east coast on Thursday, South Korea's military said.",
        [("MOBILIZE", "PRK", None)],
        None,
    ),
    (
        "Indonesia deployed 20,000 police and soldiers across Jakarta on Friday ahead of a mass rally against the city's Christian governor.",
        [("MOBILIZE", "IDN", None)],
        "2016-12-02",
    ),
    (
        "India dispatched warships to the Gulf of Aden to escort merchant vessels after a wave of pirate attacks off Somalia.",
        [("MOBILIZE", "IND", None)],
        None,
    ),
    (
        "The Pentagon ordered about 3,000 troops from the 82nd Airborne Division to Kuwait on Friday amid rising tensions with Iran.",
        [("MOBILIZE", "USA", None)],
        "2020-01-03",
    ),
    pytest.param(
        "The Kurdish regional government mobilised thousands of peshmerga fighters to defend Kirkuk after Iraqi army units fled the city.",
        [("MOBILIZE", "IRQ", None)],
        "2014-06-12",
        marks=_x(
            "'after Iraqi army units fled the city' is coded as a countable RETREAT (arguably an optional incidental event)"
        ),
    ),
    (
        "Sri Lanka's government rushed reinforcements to the Jaffna peninsula by sea on Tuesday as Tamil Tiger rebels advanced on the town.",
        [("MOBILIZE", "LKA", None)],
        None,
    ),
    (
        "The United States flew two B-1B bombers over the Korean peninsula on Wednesday in a show of force after North Korea's latest nuclear test.",
        [("MOBILIZE", "USA", None)],
        None,
    ),
    # ============================================ THREATEN confusables (no force yet)
    (
        "Turkey threatened on Monday to launch a military offensive against Kurdish militias in northern Syria.",
        [("THREATEN", "TUR", "SYR")],
        None,
    ),
    (
        "Venezuela's government vowed to arrest opposition leader Juan Guaido if he returned to the country.",
        [("THREATEN", "VEN", "VEN")],
        "2019-02-25",
    ),
    (
        "Hamas threatened to execute Israeli hostages if air strikes on Gaza continued without warning.",
        [("THREATEN", "PSE", "ISR")],
        None,
    ),
]

# Written after the fixes, one or two per general cause fixed (new sentences, same rules).
FIXES = [
    # victims named by what they were doing ("bystanders", "recruits", "pupils") are people
    (
        "A suicide bomber killed 12 bystanders at a market in Kabul.",
        [("ASSAULT", None, "AFG")],
        None,
    ),
    (
        "A roadside bomb killed six army recruits on their way to a training camp in northern Iraq.",
        [("ASSAULT", None, "IRQ")],
        None,
    ),
    # driving people from their homes (CAMEO 201, mass expulsion) is an assault
    (
        "Myanmar soldiers drove Rohingya villagers from their homes in northern Rakhine.",
        [("ASSAULT", "MMR", "MMR")],
        "2017-09-05",
    ),
    # using people as human shields (CAMEO 184) is an assault
    (
        "Islamic State militants used civilians as human shields in western Mosul.",
        [("ASSAULT", "IRQ", "IRQ")],
        "2017-03-20",
    ),
    # what a strike or protest shuts down is its effect, not a coercion by the strikers
    (
        "A nationwide strike by Nigerian unions closed banks and paralysed air travel on Monday.",
        [("PROTEST", "NGA", None)],
        "2012-01-09",
    ),
    # law enforcement closing or sealing premises is a coercion (as raiding them is)
    (
        "Belarusian police sealed the offices of an independent news website in Minsk.",
        [("COERCE", "BLR", "BLR")],
        None,
    ),
    # setting oneself on fire is a protest (self-immolation), not arson
    (
        "A Tunisian street vendor set himself ablaze outside a government office in Sidi Bouzid.",
        [("PROTEST", "TUN", None)],
        "2010-12-18",
    ),
    # a group's plural name used in the singular before a noun ("Tamil Tiger positions")
    (
        "Sudanese army artillery shelled Rapid Support Force positions in Omdurman on Sunday.",
        [("ASSAULT", "SDN", "SDN")],
        None,
    ),
    (
        "A Revolutionary Guard commander was killed in an Israeli strike in Damascus.",
        [("ASSAULT", "ISR", "IRN"), ("ASSAULT", "ISR", "SYR", "opt")],
        "2024-04-02",
    ),
    # a toll ("killing a soldier") of unknown victims is part of the attack named before it
    (
        "Thai and Cambodian troops exchanged fire near a disputed temple on Friday, killing a soldier.",
        [("ASSAULT", "THA", "KHM"), ("ASSAULT", "KHM", "THA", "opt")],
        "2011-02-05",
    ),
    # an act weighed under a modal "need"/"take", planned as an object, or told as a habit
    (
        "Military experts said Ukrainian forces would need weeks to retake the town of Bakhmut.",
        [],
        "2023-05-20",
    ),
    ("French farmers are planning a blockade of Paris next week.", [], "2024-01-25"),
    ("The naval exercises typically prompt angry protests from Beijing.", [], None),
    # "pro-EU", "anti-NATO": whom a group sides with or opposes is not the group
    (
        "Moldovan police detained dozens of pro-EU activists outside the presidency in Chisinau.",
        [("COERCE", "MDA", "MDA")],
        None,
    ),
    (
        "Riot police used water cannon against anti-NATO protesters in Skopje.",
        [("ASSAULT", "MKD", "MKD"), ("PROTEST", "MKD", None, "opt")],
        None,
    ),
    # an attacker named only by the attack keeps no country (not the place's, not the victims')
    (
        "Masked gunmen shot dead a judge outside his home in the southern Afghan city of Kandahar on Monday.",
        [("ASSAULT", None, "AFG")],
        "2012-05-07",
    ),
    (
        "Assailants stabbed two French tourists in the Egyptian resort of Hurghada.",
        [("ASSAULT", None, "FRA")],
        None,
    ),
    # "raped" is not the past of "rap" (which doubles: "rapped")
    (
        "Sudanese soldiers raped dozens of women in the Darfur village of Tabit, residents said.",
        [("ASSAULT", "SDN", "SDN")],
        "2014-11-10",
    ),
    (
        "The Saudi foreign minister rapped Tehran over the attacks on its embassy.",
        [("ACCUSE", "SAU", "IRN")],
        "2016-01-05",
    ),
]

NEGATIVES = [
    "Analysts said the Syrian army would need months to retake the rebel-held east of Aleppo.",
    "Police did not arrest anyone at the rally, which ended peacefully in the early evening.",
    "More than 2,000 people have been detained since the protests began in September, according to rights groups.",
    "If the strike goes ahead, it would be the biggest walkout by British rail workers in three decades.",
    "The union is planning a nationwide strike next month over pay and pensions.",
    "Would the army open fire on its own people? Many in Yangon fear it would.",
    "The drills, held every spring since the 1990s, usually draw angry protests from Pyongyang.",
    "The town was the scene of a massacre of Bosnian Muslims by Serb forces in 1995.",
    "Experts say the arrests are likely to deter further protests by students.",
    "Greek authorities could deport thousands of migrants under the new law, officials said.",
    "Neither side has deployed troops to the disputed area since the agreement was signed in 2013.",
    "The army said none of its soldiers had fired on the crowd in the capital.",
]


@pytest.mark.parametrize(("text", "expected", "pub"), CASES, ids=[_text(c)[:60] for c in CASES])
def test_force_coded(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))


@pytest.mark.parametrize(
    "text", NEGATIVES, ids=[_text((t,) if isinstance(t, str) else t)[:60] for t in NEGATIVES]
)
def test_force_negatives(code, text):
    events = countable(code(text, "2024-05-01"))
    assert not events, show(events)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_force_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
