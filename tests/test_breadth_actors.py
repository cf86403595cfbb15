# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Actor breadth: wire copy whose difficulty is in the actors rather than the event
type: national adjectives with unit and role nouns ("Pakistani troops", "Iranian state
media"), capitals and seats of government ("Kyiv", "the Kremlin", "Downing Street"),
institutions with and without the country, international organisations, their organs
and officials, groupings, armed groups, office-holders by name, title + surname and
title alone (dated, dateline, undated), coordinated subjects and objects, appositions,
possessives, "government forces"/"rebels", datelines and two-sentence records whose
second sentence refers back.

Every sentence was written for this file and annotated (types, source country, target
country per event) from shared/PLOVER.md and eval/README.md before the coder was run on
it. Gold is null where nothing in the text (sentence, dateline, dictionary) gives the
country: "the prime minister" in an undated story, "gunmen", "Western powers". Armed
groups take the country where they fight (Hamas PSE, Hezbollah LBN, PKK TUR, KLA XKX,
LTTE LKA, FARC COL, M23 COD, Houthis YEM, al-Shabaab SOM, Boko Haram NGA, Taliban AFG).
A record passes when every expected event is coded (any of its types, both countries;
target None: any target; either way round for the symmetric types) and no other
countable event is coded; an event marked "opt" may or may not be coded.

Coverage, as a measure of generalisation: 81/105 records passed on the first run (69/93
CASES, 12/12 NEGATIVES), before any fix made for this file. The 24 failures by cause
(first cause of each record): a side left null 7 (coordinated object, "with <person>",
"calls from <capital>", "MOSCOW (AP) -" dateline, "on <demonym> officials", "the
capital of <place>", "the secretary-general" after "the United Nations"); wrong country
3 ("Indian and Pakistani troops exchanged fire", "a Serbian police patrol near
Pristina", "urged him" taken for the speaker); extra event 8 (a nominal or gerund
inside a speech act's object: "condemned North Korea's missile launch", "for strikes
on", "talks on returning", "would expel" also THREATEN, "told citizens to leave"); no
event 4 ("disqualified", "condemned ... sanctions as hostile", two null-source
ACCUSEs); other type 2 ("restored diplomatic relations" SUPPORT, "accused ... of
using" ASSAULT).

After the general fixes: 89/105 (77/93 CASES, 12/12 NEGATIVES); the 16 left are strict
xfails with their cause (four are parser misreadings, three the project's convention
that a condemned act is reported, two events with no country on either side, which are
not kept). FIXES were written after the fixes, one or two new sentences per cause fixed
(the dateline as home of an unnamed state body acting abroad, "the provincial capital
of X", reciprocal fire "in <one side's place>", an attacked patrol, a feeling voiced
"at" an act, "the secretary-general" after an organisation, "world/Western powers",
whom an attack's participle kills, the toll of an exchange of fire, attacks a base or
pretext would serve, seats of government and parliaments named alone).
"""

from __future__ import annotations

import pytest

from conftest import case_text as _text
from conftest import phrasebook_problems as _problems
from conftest import show
from conftest import strict_xfail as _x
from parley.evaluate import countable

SEIZE = ("COERCE", "ASSAULT")

# (text, [(types, source, target[, "opt"]), ...], pub date)
CASES = [
    # --- national adjectives with unit and role nouns ---
    (
        "Pakistani troops shelled Indian positions along the Line of Control in Kashmir overnight, an Indian army spokesman said on Monday.",
        [("ASSAULT", "PAK", "IND")],
        None,
    ),
    (
        "An Israeli air strike killed three Hamas militants in a car in Gaza City on Tuesday, Palestinian medical officials said.",
        [("ASSAULT", "ISR", "PSE")],
        "2004-03-10",
    ),
    (
        "Turkish warplanes bombed suspected PKK hideouts in the mountains of northern Iraq on Saturday, the Turkish military said.",
        [("ASSAULT", "TUR", "TUR")],
        None,
    ),
    (
        "Iranian state media accused Saudi Arabia on Sunday of funding opposition television channels that it said were fuelling unrest.",
        [("ACCUSE", "IRN", "SAU")],
        "2022-10-16",
    ),
    (
        "A senior Egyptian official said on Thursday that Cairo had urged Hamas and Israel to agree to a lasting truce in Gaza.",
        [("REQUEST", "EGY", "PSE"), ("REQUEST", "EGY", "ISR")],
        "2014-08-07",
    ),
    (
        "Syrian Kurdish fighters captured the town of Tal Abyad from Islamic State militants on Tuesday, a monitoring group said.",
        [(SEIZE, "SYR", None)],
        "2015-06-16",
    ),
    (
        "Indian and Pakistani troops exchanged fire across the de facto border in Kashmir on Wednesday, killing two civilians, officials said.",
        [("ASSAULT", "IND", "PAK"), ("ASSAULT", "PAK", "IND")],
        None,
    ),
    (
        "Russian and Syrian warplanes pounded rebel-held areas of Idlib province overnight, rescue workers said on Friday.",
        [("ASSAULT", "RUS", None), ("ASSAULT", "SYR", None)],
        "2019-05-10",
    ),
    (
        "Chinese coast guard vessels fired water cannon at a Philippine supply boat near Second Thomas Shoal on Saturday, Manila said.",
        [(("ASSAULT", "COERCE"), "CHN", "PHL")],
        "2024-03-24",
    ),
    (
        "North Korean artillery shelled the South Korean island of Yeonpyeong on Tuesday, killing two marines, Seoul's defence ministry said.",
        [("ASSAULT", "PRK", "KOR")],
        "2010-11-23",
    ),
    (
        "Ukrainian drones struck an oil refinery in Russia's Samara region overnight, the regional governor said on Saturday.",
        [("ASSAULT", "UKR", "RUS")],
        None,
    ),
    (
        "Thousands of Pakistani Islamists protested outside the French embassy in Islamabad on Friday against cartoons of the Prophet.",
        [("PROTEST", "PAK", "FRA")],
        None,
    ),
    # --- capitals and seats of government ---
    (
        "Kyiv accused Moscow on Tuesday of deliberately targeting energy infrastructure ahead of winter.",
        [("ACCUSE", "UKR", "RUS")],
        None,
    ),
    (
        "The Kremlin rejected on Monday a Ukrainian proposal for a 30-day ceasefire, saying it would only allow Kyiv to rearm.",
        [("REJECT", "RUS", "UKR")],
        None,
    ),
    pytest.param(
        "Downing Street said on Wednesday that Britain would expel 23 Russian diplomats over the nerve agent attack in Salisbury.",
        [("SANCTION", "GBR", "RUS")],
        "2018-03-14",
        marks=_x("an announced 'would expel' is coded as a THREATEN as well as the SANCTION"),
    ),
    (
        "The Elysee said Emmanuel Macron had spoken by telephone with Vladimir Putin on Friday and urged him to pull back troops from Ukraine's border.",
        [("CONSULT", "FRA", "RUS"), ("REQUEST", "FRA", "RUS")],
        "2022-02-12",
    ),
    (
        "The Pentagon placed 8,500 troops on heightened alert on Monday for possible deployment to eastern Europe.",
        [("MOBILIZE", "USA", None)],
        "2022-01-25",
    ),
    (
        "Beijing lodged a formal protest with Tokyo on Friday over the Japanese prime minister's visit to the Yasukuni shrine.",
        [("ACCUSE", "CHN", "JPN")],
        "2013-12-27",
    ),
    (
        "Washington imposed sanctions on Friday on three Venezuelan officials it accused of undermining democracy.",
        [("SANCTION", "USA", "VEN"), ("ACCUSE", "USA", "VEN", "opt")],
        None,
    ),
    (
        "Pyongyang test-fired two short-range ballistic missiles into the sea off its east coast on Thursday, Seoul's military said.",
        [("MOBILIZE", "PRK", None)],
        None,
    ),
    (
        "Seoul and Tokyo agreed on Monday to restore a military intelligence-sharing pact that had lapsed in 2019.",
        [("AGREE", "KOR", "JPN"), ("COOPERATE", "KOR", "JPN", "opt")],
        None,
    ),
    pytest.param(
        "Riyadh recalled its ambassador from Beirut on Friday and told Saudi citizens to leave Lebanon.",
        [("SANCTION", "SAU", "LBN")],
        None,
        marks=_x(
            "'told Saudi citizens to leave Lebanon' is coded as a SANCTION on its own citizens"
        ),
    ),
    pytest.param(
        "The White House condemned North Korea's missile launch on Wednesday as a reckless provocation.",
        [("ACCUSE", "USA", "PRK")],
        None,
        marks=_x(
            "a condemned act is coded as reported (DENUNCIATION_VERBS: the project's convention); this gold left it out"
        ),
    ),
    pytest.param(
        "Washington and Havana restored full diplomatic relations on Monday, reopening embassies in each other's capitals.",
        [(("AGREE", "COOPERATE"), "USA", "CUB")],
        "2015-07-20",
        marks=_x(
            "coded SUPPORT (CAMEO 054, recognition), which is defensible; the gold said AGREE/COOPERATE"
        ),
    ),
    # --- institutions with and without the country ---
    (
        "The Israeli army said on Sunday it had arrested 15 Palestinians in overnight raids across the occupied West Bank.",
        [("COERCE", "ISR", "PSE")],
        None,
    ),
    (
        "The Egyptian army deployed tanks and armoured vehicles around Tahrir Square on Friday as protesters gathered for a fifth day.",
        [
            ("MOBILIZE", "EGY", None),
            ("PROTEST", "EGY", None, "opt"),
            ("PROTEST", None, None, "opt"),
        ],
        "2011-01-29",
    ),
    pytest.param(
        "Pakistan's Supreme Court disqualified Prime Minister Nawaz Sharif from office on Friday over undeclared income.",
        [(("SANCTION", "COERCE"), "PAK", "PAK")],
        "2017-07-28",
        marks=_x("'disqualify' (from office) is in no lexicon"),
    ),
    pytest.param(
        "Russia's foreign ministry condemned on Monday new British sanctions on Russian banks as hostile.",
        [("ACCUSE", "RUS", "GBR")],
        None,
        marks=_x(
            "'condemned on Monday new British sanctions': the parser reads 'condemned' as a participle of 'ministry' and the object as a second object of 'on'"
        ),
    ),
    (
        "The foreign ministry in Ankara announced on Tuesday that it had recalled its ambassador to the Netherlands for consultations.",
        [("SANCTION", "TUR", "NLD")],
        "2017-03-14",
    ),
    (
        "Thailand's Constitutional Court dissolved the main opposition party on Wednesday for proposing to amend the royal insult law.",
        [(("COERCE", "SANCTION"), "THA", "THA")],
        None,
    ),
    (
        "The Central Bank of Iraq barred 14 local banks from dollar transactions on Wednesday.",
        [("COERCE", "IRQ", "IRQ")],
        None,
    ),
    (
        "The army said on Saturday its troops had killed 12 militants in an operation in North Waziristan.",
        [("ASSAULT", "PAK", None)],
        None,
    ),
    # --- international organisations, organs, officials, groupings ---
    pytest.param(
        "The UN Security Council unanimously condemned North Korea's latest nuclear test on Monday and demanded that Pyongyang abandon its weapons programme.",
        [("ACCUSE", "IGO", "PRK"), ("REQUEST", "IGO", "PRK")],
        None,
        marks=_x(
            "a condemned act is coded as reported (the nuclear test as MOBILIZE): the project's convention; this gold left it out"
        ),
    ),
    (
        "UN Secretary-General Antonio Guterres urged Israel and Hamas on Wednesday to agree to an immediate humanitarian ceasefire.",
        [("REQUEST", "IGO", "ISR"), ("REQUEST", "IGO", "PSE")],
        "2023-11-01",
    ),
    pytest.param(
        "EU foreign ministers agreed on Monday to impose an arms embargo and asset freezes on Belarusian officials over the disputed election.",
        [(("SANCTION", "AGREE"), "IGO", "BLR")],
        "2020-08-14",
        marks=_x(
            "the parser reads 'asset freezes on' as a verb, so 'on Belarusian officials' is no target"
        ),
    ),
    (
        "The African Union suspended Mali's membership on Tuesday following the second military coup in nine months.",
        [("SANCTION", "IGO", "MLI")],
        "2021-06-02",
    ),
    (
        "NATO warplanes struck Libyan government tanks near Ajdabiya on Saturday, the alliance said.",
        [("ASSAULT", "IGO", "LBY")],
        None,
    ),
    (
        "Pro-Russian separatists detained four OSCE monitors near the eastern Ukrainian city of Donetsk on Monday, the organisation said.",
        [("COERCE", "UKR", "IGO")],
        "2014-05-27",
    ),
    (
        "ICC prosecutors charged two Central African militia leaders with war crimes on Friday.",
        [(("ACCUSE", "SANCTION", "COERCE"), "IGO", "CAF")],
        None,
    ),
    (
        "ICC prosecutor Karim Khan said on Monday he was seeking arrest warrants for Israeli Prime Minister Benjamin Netanyahu and Hamas leader Yahya Sinwar.",
        [
            (("ACCUSE", "REQUEST", "COERCE"), "IGO", "ISR"),
            (("ACCUSE", "REQUEST", "COERCE"), "IGO", "PSE"),
        ],
        "2024-05-21",
    ),
    pytest.param(
        "Arab League foreign ministers meeting in Cairo on Sunday condemned the Israeli offensive in Gaza.",
        [("ACCUSE", "IGO", "ISR")],
        None,
        marks=_x(
            "the condemned offensive is coded as reported (the project's convention), with Cairo (the venue) as its target"
        ),
    ),
    (
        "Western powers accused Iran on Thursday of enriching uranium far beyond any credible civilian need.",
        [("ACCUSE", None, "IRN")],
        None,
    ),
    (
        "Iran warned Gulf states on Monday against allowing U.S. forces to use their bases for strikes on Iranian territory.",
        [("THREATEN", "IRN", None)],
        None,
    ),
    (
        "The International Monetary Fund approved a $3 billion loan for Pakistan on Wednesday.",
        [("AID", "IGO", "PAK")],
        None,
    ),
    # --- armed groups and parties ---
    (
        "Hezbollah fired dozens of rockets at northern Israel on Wednesday in retaliation for the killing of one of its commanders, the Israeli military said.",
        [("ASSAULT", "LBN", "ISR")],
        None,
    ),
    (
        "The Taliban seized the provincial capital of Kunduz on Monday after heavy fighting with Afghan government forces, officials said.",
        [(SEIZE, "AFG", "AFG"), ("ASSAULT", "AFG", "AFG", "opt")],
        "2015-09-29",
    ),
    (
        "Al-Shabaab militants stormed a hotel in Mogadishu on Sunday, killing at least nine people, police said.",
        [("ASSAULT", "SOM", None)],
        None,
    ),
    (
        "M23 rebels captured the town of Rubaya in eastern Congo on Tuesday, a local official said.",
        [(SEIZE, "COD", None)],
        None,
    ),
    (
        "FARC rebels released two Colombian soldiers they had held captive for more than a year, the International Committee of the Red Cross said on Sunday.",
        [("RETREAT", "COL", "COL")],
        None,
    ),
    (
        "LTTE rebels attacked a Sri Lankan navy patrol boat off the northeastern coast on Saturday, the military said.",
        [("ASSAULT", "LKA", "LKA")],
        "2006-05-14",
    ),
    (
        "KLA guerrillas ambushed a Serbian police patrol near Pristina on Thursday, killing two officers, Serbian state media reported.",
        [("ASSAULT", "XKX", "SRB")],
        "1998-03-05",
    ),
    (
        "Houthi forces launched a missile at a commercial ship in the Red Sea on Monday, the U.S. military said.",
        [("ASSAULT", "YEM", None)],
        None,
    ),
    (
        "Boko Haram gunmen abducted more than 200 schoolgirls from a school in Chibok in northeastern Nigeria.",
        [("ASSAULT", "NGA", "NGA")],
        "2014-04-16",
    ),
    (
        "PKK militants killed three Turkish soldiers in an attack on a military outpost in Hakkari province, the army said on Sunday.",
        [("ASSAULT", "TUR", "TUR")],
        None,
    ),
    (
        "Hamas rejected on Tuesday an Egyptian proposal for a truce with Israel, saying it did not meet Palestinian demands.",
        [("REJECT", "PSE", "EGY")],
        None,
    ),
    # --- office-holders: name, title + surname, title alone ---
    (
        "Lavrov met his Chinese counterpart Wang Yi in Beijing on Tuesday to discuss the war in Ukraine.",
        [("CONSULT", "RUS", "CHN")],
        "2023-04-01",
    ),
    pytest.param(
        "Prime Minister Netanyahu rejected on Sunday calls from Washington for a Palestinian state after the war.",
        [("REJECT", "ISR", "USA")],
        "2024-01-21",
        marks=_x(
            "'rejected on Sunday calls from Washington': the parser reads 'calls' as a verb, so the calls' author is no target"
        ),
    ),
    (
        "President Erdogan threatened on Tuesday to send Turkish troops into northern Syria unless Kurdish fighters withdrew from the border.",
        [("THREATEN", "TUR", None)],
        "2019-10-01",
    ),
    pytest.param(
        "The defence minister accused the rebels on Monday of using civilians as human shields.",
        [("ACCUSE", None, None)],
        None,
        marks=_x(
            "an ACCUSE with no country on either side is not kept, and 'using civilians as human shields' is coded as an ASSAULT"
        ),
    ),
    pytest.param(
        "The prime minister condemned the attack on Sunday as an act of cowardice.",
        [("ACCUSE", None, None)],
        "2024-05-01",
        marks=_x(
            "an event with no country on either side is not kept (an undated 'the prime minister' is rightly null)"
        ),
    ),
    (
        "The foreign minister of Armenia met his Azerbaijani counterpart in Almaty on Friday.",
        [("CONSULT", "ARM", "AZE")],
        None,
    ),
    (
        "Serbian President Boris Tadic apologised to Croatia on Thursday for crimes committed by Serbs during the 1991-95 war.",
        [("CONCEDE", "SRB", "HRV")],
        "2010-11-04",
    ),
    # --- coordinated subjects and objects ---
    (
        "Russia and China vetoed a UN Security Council resolution on Tuesday that would have threatened Syria with sanctions.",
        [("REJECT", "RUS", None), ("REJECT", "CHN", None)],
        None,
    ),
    (
        "Britain, France and Germany urged Iran on Thursday to return to full compliance with the 2015 nuclear deal.",
        [("REQUEST", "GBR", "IRN"), ("REQUEST", "FRA", "IRN"), ("REQUEST", "DEU", "IRN")],
        None,
    ),
    pytest.param(
        "Israel signed agreements to normalise relations with the United Arab Emirates and Bahrain at the White House on Tuesday.",
        [("AGREE", "ISR", "ARE"), ("AGREE", "ISR", "BHR")],
        "2020-09-16",
        marks=_x(
            "the second state of 'with the UAE and Bahrain' under an infinitive of the agreement is not a party"
        ),
    ),
    (
        "Sudan and South Sudan agreed on Thursday to withdraw their troops from the disputed Abyei region.",
        [("AGREE", "SDN", "SSD"), ("RETREAT", "SDN", None, "opt"), ("RETREAT", "SSD", None, "opt")],
        None,
    ),
    (
        "Ethiopia expelled seven senior United Nations officials on Thursday, accusing them of meddling in the country's internal affairs.",
        [("SANCTION", "ETH", "IGO"), ("ACCUSE", "ETH", "IGO", "opt")],
        "2021-10-01",
    ),
    # --- appositions ---
    (
        "Sergei Lavrov, Russia's foreign minister, accused NATO on Friday of turning Ukraine into a staging ground for attacks on Russia.",
        [("ACCUSE", "RUS", "IGO")],
        None,
    ),
    pytest.param(
        "Dmitry Peskov, the Kremlin spokesman, said on Wednesday that Moscow rejected any talks on returning annexed territories to Ukraine.",
        [("REJECT", "RUS", "UKR")],
        None,
        marks=_x(
            "'rejected any talks on returning annexed territories': the gerund under the rejected talks is coded as a RETREAT"
        ),
    ),
    (
        "Hassan Nasrallah, the leader of Hezbollah, threatened on Friday to strike Israeli ports if Israel widened its offensive in Lebanon.",
        [("THREATEN", "LBN", "ISR")],
        None,
    ),
    (
        "Ismail Haniyeh, the head of Hamas's political bureau, held talks with Iran's supreme leader in Tehran on Tuesday.",
        [("CONSULT", "PSE", "IRN")],
        "2024-03-27",
    ),
    (
        "The Iraqi prime minister, Nouri al-Maliki, accused Saudi Arabia and Qatar of backing Sunni insurgents.",
        [("ACCUSE", "IRQ", "SAU"), ("ACCUSE", "IRQ", "QAT")],
        "2014-03-10",
    ),
    # --- possessives, government forces and rebels ---
    pytest.param(
        "Ethiopia's prime minister ordered federal troops into the Tigray region on Wednesday after accusing the region's ruling party of attacking an army base.",
        [("MOBILIZE", "ETH", None), ("ACCUSE", "ETH", "ETH", "opt")],
        None,
        marks=_x(
            "'the region's ruling party' (of the Tigray region named) gets no country, and the accused 'attacking' is coded as well"
        ),
    ),
    (
        "Ethiopia's prime minister, Abiy Ahmed, travelled to Asmara on Sunday for talks with Eritrean President Isaias Afwerki.",
        [("CONSULT", "ETH", "ERI")],
        "2018-07-09",
    ),
    (
        "Venezuela's opposition leader Juan Guaido called on the armed forces to rise up against President Nicolas Maduro.",
        [("REQUEST", "VEN", "VEN")],
        "2019-04-30",
    ),
    (
        "Ukraine's defence ministry said Russian forces had shelled the city of Kharkiv overnight.",
        [("ASSAULT", "RUS", "UKR")],
        None,
    ),
    (
        "Colombia's defence minister said government forces had killed a senior FARC commander in a bombing raid in the south of the country.",
        [("ASSAULT", "COL", "COL")],
        None,
    ),
    (
        "Government forces recaptured the town of Ras al-Ayn from rebels after days of fighting, Syrian state television said.",
        [(SEIZE, "SYR", None)],
        None,
    ),
    (
        "Rebels in the Central African Republic seized the town of Bambari on Sunday, a UN spokesman said.",
        [(SEIZE, "CAF", None)],
        None,
    ),
    (
        "Indian troops pulled back from the Doklam plateau on Monday after a two-month standoff with Chinese forces, New Delhi said.",
        [("RETREAT", "IND", None)],
        "2017-08-29",
    ),
    (
        "Japan pledged $500 million in humanitarian aid to Ukraine on Tuesday, Tokyo's foreign ministry said.",
        [(("AID", "AGREE"), "JPN", "UKR")],
        None,
    ),
    (
        "China's ambassador to the United Nations praised Pakistan on Thursday for its sacrifices in the fight against terrorism.",
        [("SUPPORT", "CHN", "PAK")],
        None,
    ),
    # --- datelines ---
    (
        "KABUL, March 3 (Reuters) - The foreign minister said on Tuesday the government would not release Taliban prisoners before a ceasefire was agreed.",
        [("REJECT", "AFG", "AFG")],
        "2020-03-03",
    ),
    (
        "ISLAMABAD, May 12 (Reuters) - The interior minister ordered the arrest of opposition leaders on Friday after violent protests swept several cities.",
        [("COERCE", "PAK", "PAK"), ("PROTEST", "PAK", None, "opt"), ("PROTEST", None, None, "opt")],
        "2023-05-12",
    ),
    (
        "BAGHDAD, Oct 12 (Reuters) - Gunmen kidnapped two Turkish construction workers on the road north of the capital on Wednesday, police said.",
        [("ASSAULT", None, "TUR")],
        "2005-10-12",
    ),
    (
        "MOSCOW (AP) - The foreign ministry on Friday ordered two Estonian diplomats to leave the country within a week.",
        [("SANCTION", "RUS", "EST")],
        "2023-01-20",
    ),
    (
        "NAIROBI, June 25 (Reuters) - Police fired tear gas and live rounds at protesters who stormed parliament on Tuesday, killing at least five people, witnesses said.",
        [(("ASSAULT", "COERCE"), "KEN", "KEN"), ("PROTEST", "KEN", None, "opt")],
        "2024-06-25",
    ),
    # --- two sentences, the second refers back ---
    (
        "Iran's foreign minister Abbas Araqchi arrived in Muscat on Saturday. The minister held talks with his Omani counterpart on the nuclear standoff with Washington.",
        [("CONSULT", "IRN", "OMN")],
        "2025-04-12",
    ),
    (
        "Hamas said it had handed its response to a ceasefire proposal to Qatari and Egyptian mediators. The group demanded a complete Israeli withdrawal from Gaza.",
        [
            ("REQUEST", "PSE", "ISR"),
            ("CONSULT", "PSE", "QAT", "opt"),
            ("CONSULT", "PSE", "EGY", "opt"),
        ],
        None,
    ),
    (
        "Armenian and Azerbaijani negotiators met in Washington on Thursday. The two sides agreed to continue talks on a peace treaty.",
        [("CONSULT", "ARM", "AZE"), ("AGREE", "ARM", "AZE", "opt")],
        None,
    ),
    (
        "Turkish President Tayyip Erdogan spoke by phone with Vladimir Putin on Monday. He urged the Russian leader to agree to an immediate ceasefire in Ukraine.",
        [("CONSULT", "TUR", "RUS"), ("REQUEST", "TUR", "RUS")],
        "2022-03-07",
    ),
    (
        "Police in Tbilisi detained dozens of protesters outside parliament overnight. The interior ministry said the demonstrators had attacked officers with fireworks.",
        [
            ("COERCE", "GEO", "GEO"),
            ("ACCUSE", "GEO", "GEO", "opt"),
            ("ASSAULT", "GEO", "GEO", "opt"),
            ("PROTEST", "GEO", None, "opt"),
        ],
        "2024-12-01",
    ),
    (
        "The United Nations voiced alarm on Sunday at the fighting around Tripoli. The secretary-general called on both sides to exercise restraint.",
        [("REQUEST", "IGO", None)],
        "2019-04-07",
    ),
]

NEGATIVES = [
    "Russia and China have long opposed Western sanctions on Iran.",
    "Analysts say Hezbollah could fire thousands of rockets a day at Israel in a full-scale war.",
    "Downing Street did not say whether the prime minister would meet the Chinese president at the summit.",
    "Pakistani troops have been deployed along the Afghan border since 2001.",
    "Will Beijing retaliate against new U.S. tariffs? Analysts are divided.",
    "Turkish warplanes did not enter Greek airspace on Sunday, the Greek defence ministry said.",
    "The Taliban, who seized power in August 2021, have not been recognised by any country.",
    "EU foreign ministers will meet in Brussels next week to discuss new sanctions on Russia.",
    "If Hamas releases the remaining hostages, Israel could agree to a longer truce, an Egyptian official said.",
    "Sergei Lavrov, who has been Russia's foreign minister since 2004, is the longest-serving member of the cabinet.",
    "The African Union has 55 member states, including Morocco, which rejoined the bloc in 2017.",
    "Iranian state media said the country's wheat harvest was expected to rise by 10 percent this year.",
]

FIXES: list[tuple] = [
    # an unnamed state body acting on the one country the sentence names is of the
    # dateline's country
    (
        "SEOUL, July 2 (Reuters) - The foreign ministry lodged a protest with Japan on Tuesday over its claim to the disputed islands.",
        [("ACCUSE", "KOR", "JPN")],
        "2024-07-02",
    ),
    (
        "TEHRAN, Jan 3 (Reuters) - The government accused Britain on Monday of meddling in the election.",
        [("ACCUSE", "IRN", "GBR")],
        "2024-01-03",
    ),
    # "the provincial capital of X" is a place taken, like "the town of X"
    (
        "Tigrayan forces captured the regional capital of Mekelle on Monday.",
        [(SEIZE, "ETH", "ETH")],
        "2021-06-29",
    ),
    (
        "Islamic State militants seized the provincial capital of Ramadi on Sunday after a week of fighting.",
        [(SEIZE, "IRQ", "IRQ")],
        "2015-05-18",
    ),
    # two sides that exchanged fire "in <a place of one of them>" fought each other there
    (
        "Thai and Cambodian troops exchanged artillery fire near the Preah Vihear temple in Cambodia on Friday.",
        [("ASSAULT", "THA", "KHM"), ("ASSAULT", "KHM", "THA")],
        "2011-02-05",
    ),
    (
        "Israeli and Hezbollah fighters traded fire in southern Lebanon on Sunday.",
        [("ASSAULT", "ISR", "LBN"), ("ASSAULT", "LBN", "ISR")],
        None,
    ),
    # a patrol attacked is a unit of a force (the target), not a deployment event
    (
        "Al-Shabaab fighters ambushed a Kenyan army patrol near the Somali border on Monday.",
        [("ASSAULT", "SOM", "KEN")],
        None,
    ),
    (
        "Taliban fighters attacked a police patrol in Helmand province on Monday.",
        [("ASSAULT", "AFG", "AFG")],
        None,
    ),
    # an act a feeling is voiced "at" is not by whoever voices it
    ("The African Union said it was alarmed at the clashes in Khartoum.", [], None),
    (
        "Pope Francis expressed dismay at the bombing of a hospital in Gaza.",
        [("ACCUSE", "VAT", None, "opt")],
        None,
    ),
    # "the secretary-general" after an organisation named earlier is its official
    (
        "NATO leaders gathered in Vilnius on Tuesday. The secretary-general accused Russia of threatening the alliance's eastern members.",
        [("ACCUSE", "IGO", "RUS"), ("CONSULT", "IGO", None, "opt")],
        "2023-07-12",
    ),
    # "world/major/Western powers" are states as a group: an actor of no one country
    (
        "World powers urged North Korea on Friday to return to the six-party talks.",
        [("REQUEST", None, "PRK")],
        None,
    ),
    (
        "Major powers condemned the coup in Niger and demanded the release of President Mohamed Bazoum.",
        [("ACCUSE", None, "NER"), ("REQUEST", None, "NER")],
        "2023-07-28",
    ),
    # those an attack's participle kills or wounds are of the attacked object's country
    (
        "Hezbollah fighters attacked an Israeli army post near the Lebanese village of Kfar Kila, wounding three soldiers.",
        [("ASSAULT", "LBN", "ISR")],
        None,
    ),
    # an attack a base, launchpad or pretext would serve ("for attacks") is not one made
    (
        "Moscow accused Kyiv of turning the nuclear plant into a launchpad for attacks on Russian territory.",
        [("ACCUSE", "RUS", "UKR")],
        None,
    ),
    (
        "Hezbollah warned Cyprus against letting Israel use its airports for strikes on Lebanon.",
        [("THREATEN", "LBN", "CYP")],
        "2024-06-20",
    ),
    ("Russia used Belarusian airfields for strikes on Kyiv.", [("ASSAULT", "RUS", "UKR")], None),
    # a parliament or a ministry's seat named alone is its state's government
    (
        "The Farnesina summoned the Iranian ambassador on Tuesday over the detention of an Italian journalist.",
        [("ACCUSE", "ITA", "IRN")],
        None,
    ),
    (
        "The Saeima voted on Thursday to expel Russian diplomats accused of spying.",
        [("SANCTION", "LVA", "RUS"), ("ACCUSE", None, "RUS", "opt")],
        None,
    ),
    (
        "The Kantei lodged a protest with Beijing over the incursion of Chinese coast guard ships.",
        [("ACCUSE", "JPN", "CHN")],
        None,
    ),
    # the toll of fire two sides exchanged is by neither side alone
    (
        "Indian and Pakistani troops exchanged fire in Kashmir's Poonch sector on Sunday, killing a civilian.",
        [("ASSAULT", "IND", "PAK"), ("ASSAULT", "PAK", "IND")],
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected", "pub"), CASES, ids=[_text(c)[:60] for c in CASES])
def test_actors_coded(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))


@pytest.mark.parametrize(
    "text", NEGATIVES, ids=[_text((t,) if isinstance(t, str) else t)[:60] for t in NEGATIVES]
)
def test_actors_negatives(code, text):
    events = countable(code(text, "2024-05-01"))
    assert not events, show(events)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_actors_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
