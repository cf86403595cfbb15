# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Second breadth round on RETREAT, SANCTION, COERCE and MOBILIZE, in wording the first
rounds (tests/test_breadth_force.py, tests/test_breadth_concede.py) did not use.

Every sentence was written for this file and annotated (types, source country, target
country per event) from shared/PLOVER.md, the CAMEO2PLOVER table and eval/README.md
before the coder was run on it. Modes covered: withdraw, release, return property or
territory, disarm, demobilise, disengage, ease restrictions or a blockade, ceasefire,
allow access, resign (RETREAT); break or downgrade relations, expel diplomats, recall an
envoy, cut aid, embargo, arms-export halt, boycott, suspend or expel from an IGO, leave
an IGO, halt negotiations, freeze assets, convict, expel peacekeepers or inspectors
(SANCTION); take into custody, pick up, place under arrest, capture, deport, banish,
expel a journalist, expropriate, take over a newspaper, outlaw, dissolve a party, cut
the internet, take a channel off the air, curfew, emergency rule, raid homes, bar
worshippers, impound a ship, force people across a border (COERCE); alert, readiness,
border build-ups, reservists and mobilisation, drills, police deployments, missile and
nuclear tests, carriers, militia musters (MOBILIZE). About half the records are set in
1985-2015, half in 2016-2025; about half have no publication date (then only actors
whose state the sentence itself names get a country). Armed groups take the country
where they fight. A record passes when every expected event is coded (any of its types,
both countries; target None: any target) and no other countable event is coded; "opt"
events may or may not be coded. NEGATIVES must give no countable event.

First run, before any fix made for this file: 57/94 records passed (46/81 CASES, 11/13
NEGATIVES). The 35 failing CASES by cause: no event 16 ("let ... go", "let ... into",
"handed ... back to" misparsed, "discharging fighters", "halted budget support", "thrown
out of" an organisation, troops "picked up" people, "forcing ... across the border",
"dissolved" an unknown party, police "put on alert" and riot police "were deployed" in the
passive, "assembled troops", "summoned reservists", "mustered fighters", "began a naval
exercise", "flooded ... with police"); another type 10 (an amnesty CONCEDE, chemical
weapons "shipped" AID, sanctions "suspended" SANCTION, "called a halt to hostilities"
ASSAULT, "stopped approving arms exports" SUPPORT, "stayed away from a meeting" REJECT,
"blocked bank accounts" COERCE, "an asset freeze and a travel ban" COERCE, homes
"raided" by security forces ASSAULT, joint drills COOPERATE); a side left null 1 ("sent
... men convicted of crimes back to Afghanistan"); an extra event 8 ("helping to quell
unrest", "Britain's expulsions", "aid" beside "cut off", the Council's condemnation of
"its" launch, "in overnight raids", "told her to leave" SANCTION, "by refusing to renew",
"drafting reservists to fight"). The 2 failing NEGATIVES: a gerund subject ("Freezing
Russia's assets raised questions") and an indirect question ("How many reservists Moscow
has called up ... is unknown").

Six records were re-annotated after the first run, to the conventions the eval gold and
the earlier phrasebooks already follow: an amnesty and suspended sanctions may be CONCEDE
as well as RETREAT (dev codes a broad amnesty ["CONCEDE", "RETREAT"]; lifting sanctions is
["RETREAT", "CONCEDE"] in test_breadth_concede); a travel ban beside an asset freeze may
be COERCE (visa bans are ["SANCTION", "COERCE"] there); staying away from a meeting may
be REJECT (eval/README: pulling out of a meeting is REJECT meet); the CSTO's "helping to
quell unrest" and the alleged backing of rebels are incidental events, now "opt".

After the general fixes: 88/94 (76/81 CASES, 12/13 NEGATIVES; 4 of the 31 gains come from
the re-annotation above, not from code; 82/94 under the first annotations); the 6 left are strict xfails with their cause
(by cause: another type 2, an extra event 2, no event 1, and the indirect question).
Fixed: forces deployed or put on alert in the passive with no agent are who mobilises;
forces assembled, reservists summoned, fighters mustered, a place flooded with police,
naval exercises; "let X into" (the particle on the object) and "let X go" (not when they
go somewhere); discharging fighters; halting support or flows, blocking accounts; a
cooperative act under "stop"/"halt"/"cease"/"suspend" is the sanction; a state
expelled, suspended or thrown out of an organisation is sanctioned by it; a reporter
told to leave is deported; troops picking people up, people forced across a border or
sent back, forces raiding homes; "back to" misparsed inside the object; a bare
"convicted of" on a noun says who people are; the second object of a verb entry and
raids under an idiom's object are one event with the verb; a refusal that is how a
coercion was done; fighting "called to a halt" or "put to an end" is a truce; suspended
sanctions are eased; an infinitive on the forces sent is their purpose; a gerund subject
is a topic, not a deed; a passive deployment inside an inverted condition misread as
the clause of a verb "had" is a condition. FIXES (29 records) and the last six NEGATIVES were written after
the fixes, one or more new sentences per cause fixed.
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
    # ================= RETREAT =================
    # --- withdraw troops ---
    (
        "Syrian troops ended their 29-year military presence in Lebanon on Tuesday as the last soldiers crossed the border at Masnaa.",
        [("RETREAT", "SYR", "LBN")],
        "2005-04-27",
    ),
    (
        "Ethiopia pulled its soldiers out of the Somali capital, Mogadishu, two years after they entered the country to oust an Islamist movement.",
        [("RETREAT", "ETH", "SOM")],
        None,
    ),
    (
        "France completed the pullout of its last soldiers from Niger on Friday, ending a decade of counter-insurgency operations in the Sahel.",
        [("RETREAT", "FRA", "NER")],
        "2023-12-23",
    ),
    (
        "Russian-led CSTO troops began leaving Kazakhstan on Thursday after helping to quell deadly unrest.",
        [("RETREAT", "IGO", "KAZ"), ("COERCE", "IGO", None, "opt")],
        "2022-01-14",
    ),
    # --- disengage / de-escalate ---
    (
        "Chinese and Indian troops began disengaging from the Pangong Tso lake area on Wednesday, pulling back tanks and soldiers from the disputed frontier.",
        [("RETREAT", "CHN", None), ("RETREAT", "IND", None)],
        "2021-02-11",
    ),
    # --- release persons ---
    (
        "Colombia's FARC guerrillas set free 10 police officers and soldiers they had held for as long as 14 years, the Red Cross said.",
        [("RETREAT", "COL", None)],
        None,
    ),
    (
        "Venezuela let six jailed Americans go on Saturday after a visit to Caracas by U.S. envoy Richard Grenell.",
        [("RETREAT", "VEN", "USA"), ("CONSULT", "USA", "VEN", "opt")],
        "2025-02-01",
    ),
    (
        "Iran released a detained French national, Olivier Grondeau, after nearly 900 days in prison, President Emmanuel Macron said.",
        [("RETREAT", "IRN", "FRA")],
        "2025-03-21",
    ),
    (
        "Myanmar's military authorities granted an amnesty to more than 5,000 prisoners jailed for protesting against the coup.",
        [(("RETREAT", "CONCEDE"), "MMR", None)],
        None,
    ),
    # --- return property or territory ---
    (
        "Russia returned three Ukrainian navy vessels seized off Crimea a year earlier, Ukraine's navy said on Monday.",
        [("RETREAT", "RUS", "UKR")],
        "2019-11-18",
    ),
    (
        "Iraq began returning Kuwaiti state archives taken during the 1990 occupation, a U.N. official said.",
        [("RETREAT", "IRQ", "KWT")],
        None,
    ),
    (
        "Israel handed the Taba enclave on the Red Sea back to Egypt on Wednesday, ending a seven-year border dispute.",
        [("RETREAT", "ISR", "EGY")],
        "1989-03-16",
    ),
    # --- disarm / demobilise ---
    pytest.param(
        "Syria shipped the last of its declared chemical weapons out of the country for destruction, the OPCW said on Monday.",
        [("RETREAT", "SYR", None)],
        "2014-06-24",
        marks=_x(
            "weapons shipped out 'for destruction' are coded AID (shipping goods); no general cue for a handover that disarms"
        ),
    ),
    (
        "Tigrayan forces handed over heavy weapons to the Ethiopian federal army on Wednesday under the peace deal signed in Pretoria.",
        [("RETREAT", "ETH", "ETH")],
        "2023-01-12",
    ),
    (
        "Nepal's former Maoist rebels began discharging thousands of under-age fighters from U.N.-monitored camps on Thursday.",
        [("RETREAT", "NPL", None)],
        None,
    ),
    # --- ease restrictions or a blockade ---
    (
        "Israel eased travel restrictions on Palestinians in the West Bank on Sunday, removing dozens of roadblocks around Ramallah and Nablus.",
        [(("RETREAT", "CONCEDE"), "ISR", "PSE")],
        None,
    ),
    (
        "The Saudi-led coalition reopened Yemen's Hodeidah port on Sunday, allowing ships carrying food and fuel to dock for the first time in weeks.",
        [("RETREAT", "SAU", "YEM")],
        "2017-11-27",
    ),
    (
        "The European Union suspended a range of sanctions on Syria's energy, banking and transport sectors on Monday, weeks after the fall of Bashar al-Assad.",
        [(("RETREAT", "CONCEDE"), "IGO", "SYR")],
        "2025-02-25",
    ),
    # --- ceasefire ---
    (
        "The Moro Islamic Liberation Front called a halt to hostilities with Philippine government troops on Sunday, a rebel spokesman said.",
        [("RETREAT", "PHL", None)],
        None,
    ),
    # --- access ---
    (
        "Myanmar's junta let a U.N. relief team into the cyclone-hit Irrawaddy delta on Friday after weeks of refusals.",
        [("RETREAT", "MMR", "IGO")],
        "2008-05-24",
    ),
    (
        "Sudan accepted the deployment of a joint United Nations and African Union peacekeeping force in Darfur on Saturday, ending months of resistance.",
        [(("RETREAT", "AGREE"), "SDN", "IGO")],
        "2007-06-17",
    ),
    # --- resign ---
    (
        "Georgian President Eduard Shevardnadze quit on Sunday, a day after opposition supporters stormed parliament in Tbilisi.",
        [("RETREAT", "GEO", None), ("PROTEST", "GEO", None, "opt")],
        "2003-11-24",
    ),
    # ================= SANCTION =================
    # --- break or downgrade relations ---
    (
        "Iran broke off relations with Britain on Tuesday over London's refusal to condemn Salman Rushdie's novel.",
        [("SANCTION", "IRN", "GBR")],
        "1989-03-08",
    ),
    (
        "Turkey downgraded its diplomatic relations with Israel to the level of second secretary and suspended military agreements on Friday.",
        [("SANCTION", "TUR", "ISR")],
        "2011-09-03",
    ),
    # --- expel diplomats, recall an envoy ---
    pytest.param(
        "Moscow ordered 23 British diplomats out of the country on Saturday in retaliation for Britain's expulsions over the Salisbury poisoning.",
        [("SANCTION", "RUS", "GBR")],
        "2018-03-18",
        marks=_x(
            "the nominal 'Britain's expulsions' (of Russian diplomats, not named) is coded COERCE with Britain on both sides"
        ),
    ),
    (
        "Ecuador kicked out the U.S. ambassador over a leaked diplomatic cable alleging police corruption.",
        [("SANCTION", "ECU", "USA")],
        None,
    ),
    (
        "Algeria withdrew its envoy from Paris after France backed Morocco's autonomy plan for Western Sahara.",
        [("SANCTION", "DZA", "FRA"), ("SUPPORT", "FRA", "MAR", "opt")],
        None,
    ),
    # --- cut aid ---
    (
        "The Bush administration cut off all U.S. military and economic aid to Pakistan on Monday over its nuclear weapons programme.",
        [("SANCTION", "USA", "PAK")],
        "1990-10-02",
    ),
    (
        "Britain halted budget support to Rwanda on Friday over allegations that Kigali was backing rebels in eastern Congo.",
        [
            ("SANCTION", "GBR", "RWA"),
            ("ACCUSE", "GBR", "RWA", "opt"),
            ("SUPPORT", "RWA", "COD", "opt"),
        ],
        "2012-12-01",
    ),
    # --- embargo, arms-export halt ---
    (
        "The Organization of American States voted to slap a trade embargo on Haiti's military rulers on Tuesday.",
        [("SANCTION", "IGO", "HTI")],
        "1991-10-09",
    ),
    (
        "Germany stopped approving arms exports to Saudi Arabia after the killing of journalist Jamal Khashoggi.",
        [("SANCTION", "DEU", "SAU")],
        None,
    ),
    # --- boycott ---
    (
        "The foreign ministers of Lithuania, Latvia and Estonia stayed away from an OSCE meeting in Skopje on Thursday in protest at the presence of Russia's Sergei Lavrov.",
        [
            (("SANCTION", "PROTEST", "REJECT"), "LTU", None),
            (("SANCTION", "PROTEST", "REJECT"), "LVA", None),
            (("SANCTION", "PROTEST", "REJECT"), "EST", None),
        ],
        "2023-12-01",
    ),
    # --- suspend or expel from an IGO; leave an IGO ---
    (
        "The Commonwealth suspended Nigeria on Friday over the execution of writer Ken Saro-Wiwa and eight other activists.",
        [("SANCTION", "IGO", "NGA"), ("ASSAULT", "NGA", "NGA", "opt")],
        "1995-11-11",
    ),
    (
        "Russia was thrown out of the Council of Europe on Wednesday, three weeks after its invasion of Ukraine.",
        [("SANCTION", "IGO", "RUS"), ("ASSAULT", "RUS", "UKR", "opt")],
        "2022-03-17",
    ),
    (
        "Burkina Faso, Mali and Niger announced their immediate withdrawal from the ECOWAS regional bloc on Sunday.",
        [("SANCTION", "BFA", "IGO"), ("SANCTION", "MLI", "IGO"), ("SANCTION", "NER", "IGO")],
        "2024-01-29",
    ),
    # --- halt negotiations ---
    pytest.param(
        "North Korea walked away from six-party talks on its nuclear programme after the U.N. Security Council condemned its rocket launch.",
        [(("SANCTION", "REJECT"), "PRK", None), ("ACCUSE", "IGO", "PRK", "opt")],
        None,
        marks=_x(
            "'its rocket launch' after 'the Security Council condemned' is not resolved to North Korea (the nearest organisation, the Council, is skipped, and no other antecedent is tried)"
        ),
    ),
    (
        "Israel called off peace negotiations with the Palestinians on Thursday after Fatah and Hamas agreed to form a unity government.",
        [("SANCTION", "ISR", "PSE"), ("AGREE", "PSE", "PSE", "opt")],
        "2014-04-25",
    ),
    # --- freeze assets ---
    (
        "Switzerland blocked bank accounts belonging to ousted Tunisian President Zine al-Abidine Ben Ali and his entourage.",
        [("SANCTION", "CHE", "TUN")],
        None,
    ),
    (
        "Britain imposed an asset freeze and a travel ban on Russian billionaire Roman Abramovich on Thursday.",
        [(("SANCTION", "COERCE"), "GBR", "RUS")],
        "2022-03-10",
    ),
    # --- convict ---
    (
        "A Moscow court found U.S. journalist Evan Gershkovich guilty of espionage on Friday and sentenced him to 16 years in a maximum-security penal colony.",
        [(("SANCTION", "COERCE"), "RUS", "USA")],
        "2024-07-20",
    ),
    (
        "A Beijing court jailed Chinese dissident Wei Jingsheng for 14 years for conspiring to subvert the government.",
        [(("SANCTION", "COERCE"), "CHN", "CHN")],
        "1995-12-14",
    ),
    # --- expel peacekeepers or inspectors ---
    (
        "Mali's military government told the U.N. peacekeeping mission to leave the country without delay, citing its failure to stop the jihadist insurgency.",
        [(("SANCTION", "REQUEST"), "MLI", "IGO"), ("ACCUSE", "MLI", "IGO", "opt")],
        None,
    ),
    (
        "Iran withdrew the accreditation of several experienced IAEA inspectors on Saturday, barring them from working in the country.",
        [(("SANCTION", "COERCE"), "IRN", "IGO")],
        "2023-09-17",
    ),
    # ================= COERCE =================
    # --- arrest, detain ---
    (
        "Turkish police took 12 lawmakers of the pro-Kurdish HDP, including its two co-leaders, into custody in overnight raids.",
        [("COERCE", "TUR", "TUR")],
        "2016-11-04",
    ),
    (
        "Indonesian troops picked up scores of suspected separatist sympathisers in the East Timorese capital, Dili, witnesses said.",
        [("COERCE", "IDN", None)],
        None,
    ),
    (
        "Pakistani paramilitary forces placed former Prime Minister Imran Khan under arrest at a court in Islamabad on Tuesday.",
        [("COERCE", "PAK", "PAK")],
        "2023-05-10",
    ),
    (
        "Peruvian police captured Shining Path leader Abimael Guzman in a raid on a Lima safe house on Saturday.",
        [("COERCE", "PER", "PER")],
        "1992-09-14",
    ),
    # --- deport, banish, expel a person ---
    (
        "Germany sent 28 Afghan men convicted of crimes back to Afghanistan on a charter flight on Friday, the first such deportations since the Taliban returned to power.",
        [("COERCE", "DEU", "AFG")],
        "2024-08-31",
    ),
    (
        "Israel banished 415 suspected Hamas and Islamic Jihad activists to southern Lebanon on Thursday.",
        [("COERCE", "ISR", "PSE")],
        "1992-12-18",
    ),
    (
        "Russia revoked the accreditation of a BBC correspondent and told her to leave the country.",
        [("COERCE", "RUS", "GBR")],
        None,
    ),
    (
        "Pakistan began forcing hundreds of thousands of undocumented Afghans across the border on Wednesday as a deadline to leave expired.",
        [("COERCE", "PAK", "AFG")],
        "2023-11-02",
    ),
    # --- seize, expropriate, take over ---
    (
        "Argentina expropriated a 51 percent stake in the oil company YPF from Spain's Repsol on Thursday.",
        [("COERCE", "ARG", "ESP")],
        "2012-05-04",
    ),
    (
        "Turkish authorities took control of the opposition newspaper Zaman, appointing trustees to run it.",
        [("COERCE", "TUR", None)],
        None,
    ),
    (
        "Iran's navy impounded a South Korean-flagged tanker in the Gulf on Monday.",
        [("COERCE", "IRN", "KOR")],
        "2021-01-05",
    ),
    # --- ban, dissolve ---
    (
        "Russia's Supreme Court outlawed the Jehovah's Witnesses as an extremist organisation and ordered its property handed to the state.",
        [("COERCE", "RUS", None)],
        None,
    ),
    pytest.param(
        "An Algerian court dissolved the Islamic Salvation Front on Wednesday, a month after the army cancelled the election it was poised to win.",
        [("COERCE", "DZA", "DZA")],
        "1992-03-05",
        marks=_x(
            "'dissolved' a party named only by its name (the Islamic Salvation Front is not in the actor dictionary) is no trigger"
        ),
    ),
    # --- censor ---
    (
        "Iran cut internet access across the country on Saturday as protests over fuel prices spread to dozens of cities.",
        [("COERCE", "IRN", None), ("PROTEST", "IRN", None, "opt")],
        "2019-11-17",
    ),
    (
        "Venezuela's government took the opposition-aligned RCTV off the air at midnight by refusing to renew its broadcast licence.",
        [("COERCE", "VEN", None)],
        None,
    ),
    # --- curfew, state of emergency ---
    (
        "Bangladesh clamped a nationwide curfew on the country on Saturday and deployed the army as student protests turned deadly.",
        [("COERCE", "BGD", None), ("MOBILIZE", "BGD", None), ("PROTEST", "BGD", None, "opt")],
        "2024-07-21",
    ),
    (
        "Pakistan's army chief Pervez Musharraf suspended the constitution and proclaimed emergency rule on Saturday.",
        [("COERCE", "PAK", None)],
        "2007-11-04",
    ),
    # --- raid homes, restrict ---
    (
        "Egyptian security forces raided the Cairo homes of three Muslim Brotherhood leaders before dawn.",
        [("COERCE", "EGY", "EGY")],
        None,
    ),
    (
        "Israel barred Palestinian men under 45 from entering the Al-Aqsa mosque compound for Friday prayers.",
        [("COERCE", "ISR", "PSE")],
        None,
    ),
    # ================= MOBILIZE =================
    # --- alert, readiness ---
    (
        "Greece placed its armed forces on alert on Tuesday after a Turkish survey ship sailed into disputed waters in the eastern Mediterranean.",
        [("MOBILIZE", "GRC", None)],
        "2020-08-12",
    ),
    (
        "Seoul raised its military readiness to the highest level on Tuesday after North Korea shelled a South Korean island.",
        [("MOBILIZE", "KOR", None), ("ASSAULT", "PRK", "KOR", "opt")],
        "2010-11-24",
    ),
    (
        "Syria put its troops on the Golan Heights on heightened alert, the state news agency SANA said.",
        [("MOBILIZE", "SYR", None)],
        None,
    ),
    (
        "Police forces across Germany were put on heightened alert over the holiday weekend.",
        [("MOBILIZE", "DEU", None)],
        None,
    ),
    # --- border build-ups ---
    (
        "Turkey sent tanks and troops to its border with Syria as Syrian government forces advanced on Idlib.",
        [("MOBILIZE", "TUR", None)],
        None,
    ),
    (
        "India moved tens of thousands of troops to its border with Pakistan after the attack on parliament in New Delhi.",
        [("MOBILIZE", "IND", None)],
        "2001-12-23",
    ),
    (
        "Russia has assembled more than 100,000 troops near Ukraine's borders, U.S. officials said.",
        [("MOBILIZE", "RUS", None)],
        "2021-12-04",
    ),
    # --- reservists, mobilisation, militias ---
    (
        "Israel summoned 360,000 reservists to duty in the days after Hamas's cross-border attack.",
        [("MOBILIZE", "ISR", None), ("ASSAULT", "PSE", "ISR", "opt")],
        None,
    ),
    (
        "Putin announced a partial mobilisation on Wednesday, drafting 300,000 reservists to fight in Ukraine.",
        [("MOBILIZE", "RUS", None)],
        "2022-09-22",
    ),
    (
        "Houthi rebels mustered thousands of tribal fighters in the province of Marib.",
        [("MOBILIZE", "YEM", None)],
        None,
    ),
    (
        "Armenia declared martial law and a general mobilisation on Sunday after Azerbaijan launched an offensive in Nagorno-Karabakh.",
        [("MOBILIZE", "ARM", None), ("COERCE", "ARM", None), ("ASSAULT", "AZE", None, "opt")],
        "2020-09-28",
    ),
    # --- drills ---
    (
        "China staged large-scale military drills around Taiwan on Saturday, a day after President Tsai Ing-wen returned from the United States.",
        [("MOBILIZE", "CHN", "TWN")],
        "2023-04-09",
    ),
    (
        "NATO warships began a two-week naval exercise in the Baltic Sea on Monday.",
        [("MOBILIZE", "IGO", None)],
        None,
    ),
    pytest.param(
        "Iran, Russia and China held joint naval drills in the Gulf of Oman on Friday.",
        [
            ("MOBILIZE", "IRN", None),
            ("MOBILIZE", "RUS", None, "opt"),
            ("MOBILIZE", "CHN", None, "opt"),
            ("COOPERATE", "IRN", None, "opt"),
            ("COOPERATE", "RUS", None, "opt"),
        ],
        "2019-12-28",
        marks=_x(
            "joint drills of several states are COOPERATE by parley's convention ('Russia and Belarus held military drills'); annotated MOBILIZE here"
        ),
    ),
    # --- police deployments ---
    (
        "Thousands of riot police were deployed in central Moscow on Saturday ahead of a banned opposition rally.",
        [("MOBILIZE", "RUS", None)],
        "2019-08-04",
    ),
    (
        "Kenyan authorities flooded the centre of Nairobi with police on Tuesday to stop protesters reaching parliament.",
        [("MOBILIZE", "KEN", None)],
        None,
    ),
    # --- weapons tests, naval deployments ---
    (
        "Pakistan test-fired a nuclear-capable ballistic missile, days after India launched one of its own.",
        [("MOBILIZE", "PAK", None), ("MOBILIZE", "IND", None, "opt")],
        None,
    ),
    (
        "India carried out three underground nuclear tests in the Rajasthan desert on Monday.",
        [("MOBILIZE", "IND", None)],
        "1998-05-12",
    ),
    (
        "Washington ordered a second aircraft carrier to the eastern Mediterranean on Saturday.",
        [("MOBILIZE", "USA", None)],
        "2023-10-15",
    ),
]

FIXES = [
    # forces deployed or put on alert in the passive, with no agent, are who mobilises
    (
        "Extra riot police were deployed across Minsk ahead of the opposition march.",
        [("MOBILIZE", "BLR", None)],
        None,
    ),
    (
        "Lebanese troops were put on alert along the southern border after the rocket fire.",
        [("MOBILIZE", "LBN", None)],
        None,
    ),
    ("Uzbek troops were deployed along the Afghan border.", [("MOBILIZE", "UZB", None)], None),
    # forces assembled, summoned, mustered; a place flooded with police; a naval exercise
    (
        "Azerbaijan has assembled thousands of troops and heavy armour near the Armenian frontier.",
        [("MOBILIZE", "AZE", None)],
        None,
    ),
    (
        "Serbia summoned its reservists to barracks as tensions rose in northern Kosovo.",
        [("MOBILIZE", "SRB", None)],
        None,
    ),
    (
        "The Taliban mustered hundreds of fighters outside Kunduz.",
        [("MOBILIZE", "AFG", None)],
        None,
    ),
    (
        "Authorities flooded central Tehran with police after the funeral.",
        [("MOBILIZE", "IRN", None)],
        None,
    ),
    (
        "India's navy began a naval exercise in the Bay of Bengal on Tuesday.",
        [("MOBILIZE", "IND", None)],
        None,
    ),
    # letting people into a place (access) or letting them go (release)
    (
        "Israel let a team of U.N. inspectors into the Gaza Strip on Monday.",
        [("RETREAT", "ISR", "IGO")],
        None,
    ),
    (
        "Belarus let two jailed Lithuanian activists go after a pardon from Alexander Lukashenko.",
        [("RETREAT", "BLR", "LTU")],
        None,
    ),
    # discharging fighters is demobilisation
    (
        "South Sudan began discharging child soldiers from rebel ranks under a UNICEF programme.",
        [("RETREAT", "SSD", None)],
        None,
    ),
    # support halted, accounts blocked, a cooperative act stopped
    (
        "The Netherlands halted development support to Burundi over the government's crackdown.",
        [("SANCTION", "NLD", "BDI")],
        None,
    ),
    (
        "Britain stopped selling arms to Argentina after the Falklands war.",
        [("SANCTION", "GBR", "ARG")],
        None,
    ),
    (
        "Sudanese police blocked the bank accounts of three opposition leaders.",
        [("SANCTION", "SDN", None)],
        None,
    ),
    # a state put out of an organisation
    ("Kuwait was expelled from the Gulf Cooperation Council.", [("SANCTION", "IGO", "KWT")], None),
    (
        "Venezuela was suspended from Mercosur over its treatment of the opposition.",
        [("SANCTION", "IGO", "VEN")],
        None,
    ),
    # a reporter told to leave is deported; troops picking people up arrest them
    (
        "The junta told a French reporter to leave the country within 48 hours.",
        [("COERCE", None, "FRA")],
        None,
    ),
    (
        "Indian soldiers picked up dozens of young men in a night-time search of the village.",
        [("COERCE", "IND", None)],
        None,
    ),
    # people forced across a border or sent back are deported; forces raiding offices
    (
        "Pakistani police forced hundreds of Afghan families across the border at Torkham.",
        [("COERCE", "PAK", "AFG")],
        None,
    ),
    (
        "Lebanon sent 25 Syrian men detained without papers back to Syria.",
        [("COERCE", "LBN", "SYR")],
        None,
    ),
    (
        "Greece sent 40 Pakistani migrants back to Turkey on Monday.",
        [("COERCE", "GRC", "PAK")],
        None,
    ),
    (
        "Afghan security forces raided the Kabul offices of a private television channel.",
        [("COERCE", "AFG", None)],
        None,
    ),
    # one act told twice: two objects of one verb entry, raids in which people were taken
    (
        "The Netherlands cut off all military and development aid to Indonesia over the killings in East Timor.",
        [("SANCTION", "NLD", "IDN")],
        None,
    ),
    (
        "Turkish police took dozens of teachers into custody in dawn raids across Ankara.",
        [("COERCE", "TUR", "TUR")],
        None,
    ),
    # fighting brought to a halt or an end is a truce
    (
        "Nepal's Maoist rebels put an end to hostilities with the army.",
        [("RETREAT", "NPL", None)],
        None,
    ),
    # a refusal that is how a coercion was done; a bare "convicted of" says who people are
    (
        "Egyptian authorities closed the newspaper by refusing to renew its printing licence.",
        [("COERCE", "EGY", None)],
        None,
    ),
    (
        "Denmark sent 12 Iraqi men convicted of drug offences back to Iraq.",
        [("COERCE", "DNK", "IRQ")],
        None,
    ),
    # what forces are called up to do has not happened
    (
        "Belarus announced a snap mobilisation on Friday, calling up 20,000 reservists to fight alongside Russian forces.",
        [("MOBILIZE", "BLR", None)],
        None,
    ),
    # sanctions suspended are eased
    (
        "Japan suspended sanctions on Iran after the nuclear deal.",
        [(("RETREAT", "CONCEDE"), "JPN", "IRN")],
        None,
    ),
]

NEGATIVES = [
    "Analysts expect Washington to expel more Russian diplomats if the talks fail.",
    "The embassy has been closed since the two countries broke off relations in 1980.",
    "Sanctions have cost the Iranian economy billions of dollars, economists estimate.",
    "Ukraine has no plans to call up more reservists this year.",
    "Would Beijing release the two Canadians if the Huawei executive were freed? Diplomats doubt it.",
    "Critics say the curfew will do little to stop the looting.",
    "The exercises are held every two years and involve about 20,000 troops.",
    "Should the ceasefire collapse, Israeli troops could return to the Gaza Strip.",
    "The withdrawal of U.S. troops from Afghanistan in 2021 remains deeply controversial in Washington.",
    "It was not clear whether the ambassador had been recalled or had left for consultations.",
    "Freezing Russia's central bank assets raised legal questions that European officials are still debating.",
    pytest.param(
        "How many reservists Moscow has called up since September is unknown.",
        marks=_x(
            "the parser makes 'called up' the root and 'is unknown' a clause under it, so the indirect question reads as a report"
        ),
    ),
    "The travel ban on opposition leaders, introduced in 2019, expires next month.",
    # written after the fixes: acts named as topics, a ruling, children sent home
    "Expelling the ambassador would be a mistake, analysts said.",
    "Deporting migrants has become a central issue in the campaign.",
    "A judge threw out the case against the opposition leader.",
    "The teacher let the children go home early.",
    "Cutting off Russian gas supplies raised fears of shortages across Europe.",
    # (a troop deployment in an inverted condition the parser reads as a clause of "had")
    "The town might have held out had extra troops been deployed a week earlier.",
]


@pytest.mark.parametrize(("text", "expected", "pub"), CASES, ids=[_text(c)[:60] for c in CASES])
def test_force2_coded(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))


@pytest.mark.parametrize(
    "text", NEGATIVES, ids=[_text((t,) if isinstance(t, str) else t)[:60] for t in NEGATIVES]
)
def test_force2_negatives(code, text):
    events = countable(code(text, "2024-05-01"))
    assert not events, show(events)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_force2_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
