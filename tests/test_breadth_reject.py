# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Breadth of REJECT, as international wire copy words it.

REJECT in all its modes and CAMEO sub-categories (120-129: reject material, economic,
military, judicial or intelligence cooperation; reject requests for economic, military,
humanitarian aid or peacekeepers; reject demands for reform, a change of leader, of
policy, for rights; decline to ease sanctions or dissent, to release people, to allow
international involvement, to de-escalate; reject a proposal to meet, mediation, a
plan or agreement; defy norms, laws, courts and deadlines; veto), in its common verbs
and their synonyms (refuse, turn down, rebuff, spurn, dismiss, brush off, balk at,
rule out, say no to, block, ignore, walk out of, pull out of, deny a visa or entry),
nominal forms ("in defiance of", "used its veto"), passives, "X said Y had rejected",
and the confusables: a denial answering an accusation (REJECT against the accuser),
accepting or backing down (AGREE, CONCEDE), a stated refusal to come ("would veto":
THREATEN or REJECT), leaving a deal (SANCTION or REJECT), defying a ban by marching
(PROTEST), refusing entry (REJECT or COERCE).

Every sentence was written for this file and annotated (types, source country, target
country per event) from shared/PLOVER.md and eval/README.md before the coder was run on
it; about half are set in 1990-2015 and half in 2016-2025, about half have no
publication date (then only a sentence that names the state gives a country). A record
passes when every expected event is coded (any of its types, both countries; target
None: any target; either way round for symmetric types) and no other countable event is
coded; an event marked "opt" may or may not be coded. NEGATIVES (background, analysis,
plans, expectations, hypotheticals, negation, questions, statistics) must give no
countable event.

Coverage, as a measure of generalisation: 84/108 records passed on the first run (74/95
CASES, 10/13 NEGATIVES), before any fix made for this file. The 24 failures by cause (a
record can have two): no event 1 ("defied EU leaders by refusing to approve"), other
type 4 (the missile launch in "defied sanctions by launching a rocket" and the march in
"defied a ban ..., marching on parliament" not coded; "blocked the start of membership
talks" as COERCE; "walked out of the talks" as SANCTION), null side 5 (the accuser of a
denial: "denied Indian claims", "rejected as baseless a U.N. report" twice; "opposition
demands" under a Belarusian leader; the target of "NATO air strikes" in a background
phrase), wrong country 2 (the person handed over, not the requester, as target; the
topic "on Afghanistan", not the host "Moscow-hosted", as target), extra event 13 (the
content of a demand: "deadline to suspend", "ordering it to suspend", "calls to
withdraw"; the content of an accusation: "accusations that it had used chemical
weapons"; "the attacks" in a PP; "told a rally" as PROTEST; "support for a boycott" as
PROTEST; duplicates: "refused visas to members of the delegation to the U.N." aimed at
the U.N. too, "backed down ..., agreeing to" as a second event, a background tally "its
voters have turned down the bloc"; negatives: "has defied ... for years", "has used its
veto more than 40 times", "which rejected an earlier proposal in March").

After the general fixes (FIXES: one or two new sentences per cause, written after the
fix, each failing on the code this file was written against unless noted): 103/108
(90/95 CASES, 13/13 NEGATIVES) on its branch, 104/108 once merged (a later "the bloc"
now means the organisation named earlier in the same sentence, so the Norway record's
restated tally is the same REJECT); the other 4 are strict xfails with their cause. Fixed
causes: a denial answers the author its claim names ("denied Indian claims that ...");
a heavy object shifted after its "as" label ("rejected as baseless a U.N. report");
what a call, deadline, order or claim asks for or says ("calls to withdraw", "defied a
deadline to suspend", "a ruling ordering it to suspend", "accusations that it had used
chemical weapons"; the order rule has no FIX of its own that failed before: the CASES
record is its test); a past tense in -ied read as an adjective ("Orban defied EU
leaders"); "blocked the start of talks with X" (REJECT, aimed at X) and "walked out of
the talks" (REJECT, not SANCTION); background tallies, spans and dated asides ("has used
its veto 17 times", "has defied resolutions ... for years", "Hamas, which rejected ...
in March, said"); a deed after a comma once the verb has its object ("defied a ban,
marching on parliament"); "the Palestinian delegation to the U.N." as one actor;
"support for a boycott", "involvement in the attacks"; refusing to hand a person over
to Y (aimed at Y); "told a rally" (an audience); "opposition demands" turned down at
home.
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
    # --- assist: material cooperation and aid (121, 122) ---
    (
        "Venezuela's President Nicolas Maduro rejected an offer of humanitarian aid from the United States on Saturday, calling it a pretext for military intervention.",
        [("REJECT", "VEN", "USA"), ("ACCUSE", "VEN", "USA", "opt")],
        "2019-02-24",
    ),
    (
        "Myanmar's ruling junta refused to allow foreign aid workers into the cyclone-hit Irrawaddy delta, state media said on Tuesday.",
        [("REJECT", "MMR", None)],
        "2008-05-14",
    ),
    (
        "The Sudanese government refused to accept U.N. peacekeepers in Darfur, President Omar al-Bashir told a rally in Khartoum on Sunday.",
        [("REJECT", "SDN", "IGO")],
        "2006-09-12",
    ),
    (
        "Pakistan turned down a U.S. request to allow American ground troops to pursue militants across the Afghan border, officials in Islamabad said.",
        [("REJECT", "PAK", "USA")],
        None,
    ),
    (
        "Germany on Monday rejected Kyiv's request for Taurus cruise missiles, Chancellor Olaf Scholz saying the weapons could draw Berlin into the war.",
        [("REJECT", "DEU", "UKR")],
        "2024-02-27",
    ),
    (
        "Switzerland declined a German request to re-export Swiss-made ammunition for Gepard anti-aircraft guns to Ukraine.",
        [("REJECT", "CHE", "DEU")],
        None,
    ),
    (
        "Russia refused to extradite Andrei Lugovoi, the main suspect in the poisoning of Alexander Litvinenko, to Britain, prosecutors in Moscow said on Thursday.",
        [("REJECT", "RUS", "GBR")],
        "2007-07-06",
    ),
    (
        "Afghanistan's Taliban rulers refused to hand over Osama bin Laden to the United States without evidence of his involvement in the attacks.",
        [("REJECT", "AFG", "USA")],
        None,
    ),
    (
        "Israel refused to cooperate with a United Nations commission investigating the war in Gaza, the foreign ministry said on Monday.",
        [("REJECT", "ISR", "IGO")],
        "2024-05-01",
    ),
    (
        "Belarus rejected a Russian proposal to merge the two countries' currencies, President Alexander Lukashenko said on Friday.",
        [("REJECT", "BLR", "RUS")],
        None,
    ),
    (
        "Turkey's parliament rejected a motion on Saturday that would have allowed U.S. troops to use Turkish bases for an invasion of Iraq.",
        [("REJECT", "TUR", None)],
        "2003-03-02",
    ),
    (
        "Iraq rejected a U.N. offer to let it sell oil to buy food and medicine, saying the plan infringed its sovereignty.",
        [("REJECT", "IRQ", "IGO"), ("ACCUSE", "IRQ", "IGO", "opt")],
        None,
    ),
    (
        "North Korea rebuffed South Korea's offer of flood aid, the Unification Ministry in Seoul said on Tuesday.",
        [("REJECT", "PRK", "KOR")],
        "2024-08-07",
    ),
    (
        "A U.S. request to use Saudi bases for air strikes on Iraq was turned down by Riyadh, Saudi officials said.",
        [("REJECT", "SAU", "USA")],
        None,
    ),
    (
        "Venezuelan President Hugo Chavez spurned a U.S. offer to send relief supplies after the floods, saying Venezuela did not need American help.",
        [("REJECT", "VEN", "USA")],
        None,
    ),
    (
        "Kinshasa rejected a Rwandan proposal for joint military operations against Hutu rebels in eastern Congo, a government spokesman said.",
        [("REJECT", "COD", "RWA")],
        None,
    ),
    (
        "Senior Hungarian and Slovak officials refused on Tuesday to back a new EU sanctions package against Russia's energy sector.",
        [("REJECT", "HUN", None), ("REJECT", "SVK", None)],
        "2024-05-01",
    ),
    # --- change: reform, leaders, policy, rights (123, 124) ---
    (
        "Syrian President Bashar al-Assad rejected Arab League demands that he step down, state television said on Sunday.",
        [("REJECT", "SYR", "IGO")],
        "2012-01-23",
    ),
    (
        "Zimbabwe's Robert Mugabe dismissed Western calls for him to resign, telling supporters he would rule until he died.",
        [("REJECT", "ZWE", None)],
        None,
    ),
    (
        "The junta in Myanmar rebuffed demands from ASEAN leaders to release Aung San Suu Kyi and hold talks with the opposition.",
        [("REJECT", "MMR", "IGO")],
        None,
    ),
    (
        "Belarusian leader Alexander Lukashenko rejected opposition demands for a new presidential election on Monday, as tens of thousands marched in Minsk for a second week.",
        [("REJECT", "BLR", "BLR"), ("PROTEST", "BLR", None, "opt")],
        "2020-08-18",
    ),
    (
        "China on Thursday dismissed a U.N. human rights report on Xinjiang as a farce and said it was based on disinformation.",
        [("REJECT", "CHN", "IGO"), ("ACCUSE", "CHN", "IGO", "opt")],
        "2022-09-02",
    ),
    (
        "Israeli Prime Minister Benjamin Netanyahu rejected U.S. calls for a freeze on settlement construction in East Jerusalem on Sunday.",
        [("REJECT", "ISR", "USA")],
        "2009-07-20",
    ),
    (
        "Iran rejected Western demands to halt uranium enrichment, insisting on its right to nuclear technology.",
        [("REJECT", "IRN", None)],
        None,
    ),
    (
        "Iranian President Mahmoud Ahmadinejad defied a U.N. Security Council deadline to suspend uranium enrichment, vowing that Iran would not back down.",
        [("REJECT", "IRN", "IGO")],
        None,
    ),
    (
        "Egypt's Hosni Mubarak rebuffed protesters' demands that he step down, saying in a televised address that he would serve out his term.",
        [("REJECT", "EGY", None)],
        "2011-02-02",
    ),
    (
        "Israel refused to lift its blockade of the Gaza Strip despite international pressure after the flotilla raid, Defence Minister Ehud Barak said.",
        [("REJECT", "ISR", None)],
        None,
    ),
    (
        "The Thai government refused to lift the state of emergency in Bangkok on Tuesday, saying the threat from the protesters had not passed.",
        [("REJECT", "THA", None)],
        "2010-05-27",
    ),
    (
        "Russian President Vladimir Putin rejected calls to withdraw his troops from Ukraine as a precondition for talks, the Kremlin said.",
        [("REJECT", "RUS", None)],
        None,
    ),
    (
        "Serbian President Slobodan Milosevic rejected NATO's demand that an international force be deployed in Kosovo, the Yugoslav news agency Tanjug reported.",
        [("REJECT", "SRB", "IGO")],
        "1999-03-24",
    ),
    (
        "Laurent Gbagbo refused to step down after the disputed presidential election despite mounting pressure from the African Union and ECOWAS.",
        [("REJECT", "CIV", None)],
        None,
    ),
    (
        "Japan rejected South Korea's demand for compensation for wartime forced labourers, saying the matter had been settled by a 1965 treaty.",
        [("REJECT", "JPN", "KOR")],
        "2018-11-01",
    ),
    # --- yield: release, sanctions, international involvement, de-escalation (124) ---
    (
        "Iran refused to free the 15 British sailors and marines seized in the Gulf, saying they had entered Iranian waters illegally.",
        [("REJECT", "IRN", "GBR"), ("ACCUSE", "IRN", "GBR", "opt")],
        "2007-03-28",
    ),
    (
        "Hamas has refused to release Israeli soldier Gilad Shalit unless Israel frees hundreds of Palestinian prisoners, a spokesman for the group said in Gaza on Tuesday.",
        [("REJECT", "PSE", "ISR")],
        "2006-07-05",
    ),
    (
        "A court in Moscow refused to release Wall Street Journal reporter Evan Gershkovich on bail on Tuesday, extending his detention by three months.",
        [("REJECT", "RUS", None), ("COERCE", "RUS", None, "opt")],
        "2023-08-25",
    ),
    (
        "The European Union refused on Monday to lift its arms embargo on China, saying Beijing's human rights record had not improved enough.",
        [("REJECT", "IGO", "CHN"), ("ACCUSE", "IGO", "CHN", "opt")],
        None,
    ),
    (
        "Washington rebuffed Havana's calls to lift the decades-old trade embargo on Cuba, the State Department said on Thursday.",
        [("REJECT", "USA", "CUB")],
        None,
    ),
    (
        "Sri Lanka rejected calls for an international war crimes investigation into the final months of its war with the Tamil Tigers.",
        [("REJECT", "LKA", None)],
        None,
    ),
    (
        "Israel rejected a call by the U.N. Security Council for an immediate ceasefire in Lebanon, saying its offensive against Hezbollah would continue.",
        [("REJECT", "ISR", "IGO")],
        "2006-07-30",
    ),
    (
        "The Georgian government rebuffed Moscow's demand that it withdraw its troops from South Ossetia, saying Georgia would defend its territorial integrity.",
        [("REJECT", "GEO", "RUS")],
        None,
    ),
    (
        "Chechen rebel leader Aslan Maskhadov rejected Moscow's ultimatum to disarm, vowing that his fighters would resist.",
        [("REJECT", "RUS", "RUS")],
        None,
    ),
    (
        "The Sudanese government said on Sunday it would never hand over President Omar al-Bashir to the International Criminal Court, calling the arrest warrant a colonial plot.",
        [("REJECT", "SDN", "IGO"), ("ACCUSE", "SDN", "IGO", "opt")],
        "2009-03-09",
    ),
    # --- yield: defiance of norms, laws, courts (128) ---
    pytest.param(
        "North Korea defied international sanctions on Sunday by launching a long-range rocket, drawing condemnation from Washington, Seoul and Tokyo.",
        [
            ("REJECT", "PRK", None),
            ("MOBILIZE", "PRK", None),
            ("ACCUSE", "USA", "PRK", "opt"),
            ("ACCUSE", "KOR", "PRK", "opt"),
            ("ACCUSE", "JPN", "PRK", "opt"),
        ],
        "2016-02-08",
        marks=_x(
            "a rocket launch in a 'by launching' means phrase of 'defied' is not coded (and a bare rocket launch is read as ASSAULT, not a MOBILIZE weapons test)"
        ),
    ),
    (
        "Poland's government has refused to comply with a ruling by the European Union's top court ordering it to suspend its disciplinary chamber for judges.",
        [("REJECT", "POL", "IGO")],
        "2021-07-20",
    ),
    (
        "Russia ignored an order from the International Court of Justice to halt its military operations in Ukraine, pressing its offensive on Kyiv and Kharkiv.",
        [("REJECT", "RUS", "IGO"), ("ASSAULT", "RUS", "UKR", "opt")],
        "2022-03-18",
    ),
    (
        "Hungarian Prime Minister Viktor Orban defied EU leaders on Thursday by refusing to approve a 50 billion euro aid package for Ukraine.",
        [("REJECT", "HUN", "IGO"), ("REJECT", "HUN", "UKR", "opt")],
        "2023-12-15",
    ),
    (
        "Israel pressed ahead with construction of its West Bank barrier in defiance of a ruling by the World Court, officials said.",
        [("REJECT", "ISR", "IGO")],
        None,
    ),
    (
        "Thousands of opposition supporters defied a ban on demonstrations in Kinshasa on Tuesday, marching on parliament to protest against President Joseph Kabila's bid to extend his term.",
        [("PROTEST", "COD", None), ("REJECT", "COD", None, "opt"), ("ACCUSE", "COD", "COD", "opt")],
        "2015-01-21",
    ),
    # --- yield: veto (129) ---
    (
        "Russia vetoed a U.N. Security Council resolution on Friday that would have condemned its annexation of four Ukrainian regions.",
        [("REJECT", "RUS", "IGO")],
        "2022-10-01",
    ),
    (
        "The United States vetoed a draft resolution demanding an immediate humanitarian ceasefire in Gaza, the third such veto since the war began.",
        [("REJECT", "USA", None)],
        None,
    ),
    (
        "China and Russia blocked a Western-backed Security Council resolution threatening sanctions against Syria on Tuesday.",
        [("REJECT", "CHN", None), ("REJECT", "RUS", None)],
        "2011-10-05",
    ),
    (
        "Washington used its veto on Friday to block a Security Council resolution condemning Israeli settlement building, the only one of 15 council members to vote against it.",
        [("REJECT", "USA", None)],
        "2011-02-19",
    ),
    (
        "Hungary vetoed a joint European Union statement criticising China's crackdown in Hong Kong on Friday, diplomats said.",
        [("REJECT", "HUN", "IGO")],
        "2021-04-17",
    ),
    (
        "Turkey blocked the start of NATO membership talks with Sweden and Finland on Wednesday, citing their support for Kurdish militants.",
        [
            ("REJECT", "TUR", "SWE"),
            ("REJECT", "TUR", "FIN"),
            ("ACCUSE", "TUR", "SWE", "opt"),
            ("ACCUSE", "TUR", "FIN", "opt"),
        ],
        "2022-05-19",
    ),
    (
        "A Russian-drafted resolution on the Nord Stream blasts was rejected by the Security Council on Monday after it failed to get the nine votes needed.",
        [("REJECT", "IGO", "RUS")],
        "2023-03-28",
    ),
    (
        "Russia said on Thursday it would veto any Security Council resolution authorising the use of force against Syria.",
        [(("THREATEN", "REJECT"), "RUS", None)],
        None,
    ),
    # --- meet: talks, mediation, plans and agreements (125-127) ---
    (
        "Palestinian President Mahmoud Abbas turned down an invitation to meet Israeli Prime Minister Benjamin Netanyahu in Moscow, saying Israel must first halt settlement building.",
        [("REJECT", "PSE", "ISR"), ("REQUEST", "PSE", "ISR", "opt")],
        None,
    ),
    (
        "The Taliban refused to attend peace talks in Moscow with the Afghan government, a Taliban spokesman said on Monday.",
        [("REJECT", "AFG", None)],
        None,
    ),
    (
        "Ukrainian President Volodymyr Zelensky ruled out talks with Russia as long as Vladimir Putin remained in power, signing a decree to that effect on Tuesday.",
        [("REJECT", "UKR", "RUS")],
        "2022-10-05",
    ),
    (
        "Kosovo Prime Minister Albin Kurti refused to sign a deal on an association of Serb-majority municipalities at EU-facilitated talks with Serbia in Brussels, the EU's foreign policy chief said.",
        [
            ("REJECT", "XKX", None),
            ("CONSULT", "XKX", "SRB", "opt"),
            ("CONSULT", "IGO", None, "opt"),
        ],
        None,
    ),
    (
        "The Bosnian Serb parliament rejected the Vance-Owen peace plan on Thursday, dealing a blow to international efforts to end the war in Bosnia.",
        [("REJECT", "BIH", None)],
        "1993-05-07",
    ),
    (
        "Hamas rejected the Egyptian ceasefire proposal on Tuesday, saying it had not been consulted, hours after Israel accepted it.",
        [("REJECT", "PSE", "EGY"), ("AGREE", "ISR", "EGY", "opt")],
        "2014-07-16",
    ),
    (
        "The Sri Lankan government rejected a Norwegian offer to resume mediation with the Tamil Tigers, saying it would finish the war on the battlefield.",
        [("REJECT", "LKA", "NOR"), ("THREATEN", "LKA", None, "opt")],
        None,
    ),
    (
        "Ethiopia rebuffed African Union efforts to mediate in the conflict in Tigray, saying it would not negotiate with a criminal clique.",
        [("REJECT", "ETH", "IGO"), ("REJECT", "ETH", None, "opt"), ("ACCUSE", "ETH", None, "opt")],
        "2020-11-22",
    ),
    (
        "India on Tuesday rejected U.S. President Donald Trump's offer to mediate between New Delhi and Islamabad on Kashmir, saying the dispute was a bilateral issue.",
        [("REJECT", "IND", "USA")],
        "2019-07-23",
    ),
    (
        "Greek Cypriots overwhelmingly rejected a U.N. plan to reunify the island in a referendum on Saturday, while Turkish Cypriots backed it.",
        [
            ("REJECT", "CYP", "IGO"),
            (("SUPPORT", "AGREE"), "CYP", "IGO", "opt"),
            (("SUPPORT", "AGREE"), "TUR", "IGO", "opt"),
        ],
        "2004-04-25",
    ),
    (
        "Colombian voters narrowly rejected the peace agreement with the FARC rebels in a referendum on Sunday, dealing a blow to President Juan Manuel Santos.",
        [("REJECT", "COL", "COL")],
        "2016-10-03",
    ),
    (
        "Palestinian President Mahmoud Abbas rejected U.S. President Donald Trump's Middle East peace plan on Tuesday, saying 'a thousand times no' to a proposal that let Israel keep its settlements.",
        [("REJECT", "PSE", "USA")],
        "2020-01-29",
    ),
    (
        "The Houthis rejected a Saudi proposal for a nationwide ceasefire in Yemen as nothing new, insisting that the blockade of Sanaa airport and Hodeidah port be lifted first.",
        [("REJECT", "YEM", "SAU"), ("REQUEST", "YEM", "SAU", "opt")],
        "2021-03-23",
    ),
    (
        "Azerbaijan dismissed a French proposal for a peace conference on Nagorno-Karabakh, accusing Paris of siding with Armenia.",
        [("REJECT", "AZE", "FRA"), ("ACCUSE", "AZE", "FRA", "opt")],
        None,
    ),
    (
        "Netanyahu's office on Wednesday rejected the terms set by Hamas for a hostage release deal, describing them as delusional.",
        [("REJECT", "ISR", "PSE"), ("ACCUSE", "ISR", "PSE", "opt")],
        "2024-02-08",
    ),
    (
        "The Palestinian delegation walked out of the talks in protest at Israel's continued settlement building, chief negotiator Saeb Erekat said.",
        [("REJECT", "PSE", "ISR"), ("ACCUSE", "PSE", "ISR", "opt")],
        None,
    ),
    pytest.param(
        "The United States declined an invitation to attend the Moscow-hosted talks on Afghanistan, the State Department said on Friday.",
        [("REJECT", "USA", "RUS")],
        "2018-11-03",
        marks=_x(
            "the target of a declined invitation is taken from the talks' topic ('on Afghanistan'), not their host in the modifier 'Moscow-hosted'"
        ),
    ),
    (
        "North Korea rejected Seoul's proposal for military talks to ease tensions along the border, the South's Unification Ministry said on Tuesday.",
        [("REJECT", "PRK", "KOR")],
        None,
    ),
    (
        "Azerbaijani President Ilham Aliyev pulled out of a meeting with Armenian Prime Minister Nikol Pashinyan in Granada on Wednesday, objecting to France's presence.",
        [("REJECT", "AZE", "ARM"), ("ACCUSE", "AZE", "FRA", "opt")],
        "2023-10-05",
    ),
    (
        "South Sudan's President Salva Kiir refused to sign a peace deal with rebel leader Riek Machar in Addis Ababa on Monday, asking for 15 more days of consultations.",
        [("REJECT", "SSD", "SSD"), ("REQUEST", "SSD", None, "opt")],
        "2015-08-18",
    ),
    (
        "India rejected Pakistani President Pervez Musharraf's proposal to demilitarise Kashmir, saying cross-border terrorism must end first.",
        [("REJECT", "IND", "PAK"), ("REQUEST", "IND", "PAK", "opt")],
        None,
    ),
    (
        "Germany balked on Monday at a French proposal to create a joint budget for the euro zone, saying it would weaken fiscal discipline.",
        [("REJECT", "DEU", "FRA")],
        None,
    ),
    (
        "Norway said no to membership of the European Union in a referendum on Monday, the second time in 22 years its voters have turned down the bloc.",
        [("REJECT", "NOR", "IGO")],
        "1994-11-29",
    ),
    (
        "Qatar's foreign ministry said on Wednesday that Hamas had rejected the latest Israeli proposal for a ceasefire in Gaza.",
        [("REJECT", "PSE", "ISR")],
        "2024-05-01",
    ),
    (
        "Russia pulled out of the Black Sea grain deal on Monday, saying its demands for easing curbs on its own farm exports had not been met.",
        [(("SANCTION", "REJECT"), "RUS", None)],
        "2023-07-18",
    ),
    # --- denials answering an accusation: REJECT against the accuser ---
    (
        "The Kremlin denied on Monday that Russian troops were fighting in eastern Ukraine, dismissing NATO satellite images as computer games.",
        [("REJECT", "RUS", None), ("ACCUSE", "RUS", "IGO", "opt")],
        "2014-08-26",
    ),
    (
        "Syria rejected accusations by the United States that it had used chemical weapons against civilians near Damascus, calling them lies.",
        [
            ("REJECT", "SYR", "USA"),
            ("ACCUSE", "USA", "SYR", "opt"),
            ("ACCUSE", "SYR", "USA", "opt"),
        ],
        "2013-08-27",
    ),
    (
        "Pakistan denied Indian claims that its air force had lost an F-16 in a dogfight over Kashmir.",
        [("REJECT", "PAK", "IND"), ("ACCUSE", "IND", "PAK", "opt")],
        None,
    ),
    (
        "Rwanda on Saturday rejected as baseless a U.N. experts' report accusing it of backing the M23 rebels in eastern Congo.",
        [("REJECT", "RWA", "IGO"), ("ACCUSE", "IGO", "RWA", "opt")],
        "2012-06-24",
    ),
    (
        "Beijing brushed off U.S. allegations that Chinese hackers had broken into government email accounts, saying Washington was itself the biggest hacking empire.",
        [
            ("REJECT", "CHN", "USA"),
            ("ACCUSE", "CHN", "USA", "opt"),
            ("ACCUSE", "USA", "CHN", "opt"),
        ],
        None,
    ),
    (
        "Ethiopia dismissed as fabricated a U.N. report accusing its troops of atrocities in Tigray.",
        [("REJECT", "ETH", "IGO"), ("ACCUSE", "IGO", "ETH", "opt")],
        None,
    ),
    # --- refusing entry or visas ---
    (
        "Iraq barred U.N. weapons inspectors from entering a suspected weapons site in Baghdad on Monday, U.N. officials said.",
        [(("REJECT", "COERCE"), "IRQ", "IGO")],
        "1997-11-04",
    ),
    (
        "Israel refused to allow a U.N. fact-finding team to investigate the fighting in the Jenin refugee camp.",
        [("REJECT", "ISR", "IGO")],
        None,
    ),
    (
        "Israel refused entry to two U.S. congresswomen on Thursday over their support for a boycott of the Jewish state.",
        [(("REJECT", "COERCE", "SANCTION"), "ISR", "USA"), ("ACCUSE", "ISR", "USA", "opt")],
        "2019-08-16",
    ),
    (
        "Washington refused visas to members of the Palestinian delegation to the U.N. General Assembly, the State Department said on Friday.",
        [(("REJECT", "COERCE", "SANCTION"), "USA", "PSE")],
        "2025-08-30",
    ),
    (
        "Saudi Arabia turned down a seat on the U.N. Security Council on Friday in protest at the body's failure to end the war in Syria.",
        [("REJECT", "SAU", "IGO"), ("ACCUSE", "SAU", "IGO", "opt")],
        "2013-10-19",
    ),
    # --- confusables: accepting, backing down ---
    pytest.param(
        "Serbia accepted the international peace plan for Kosovo on Thursday after 78 days of NATO air strikes, ending its refusal to withdraw troops from the province.",
        [(("AGREE", "CONCEDE"), "SRB", None), ("ASSAULT", "IGO", "SRB", "opt")],
        "1999-06-04",
        marks=_x(
            "the target of 'NATO air strikes' in a background 'after 78 days of' phrase is left null"
        ),
    ),
    pytest.param(
        "Iran backed down on Monday from its refusal to let IAEA inspectors into the Fordow site, agreeing to a visit next week.",
        [(("AGREE", "CONCEDE", "RETREAT"), "IRN", "IGO")],
        None,
        marks=_x(
            "the participle 'agreeing to a visit' after 'backed down' is coded as a second event (AGREE) beside the CONCEDE"
        ),
    ),
    (
        "Hamas leader Ismail Haniyeh told Qatari and Egyptian mediators on Monday that the group had accepted their ceasefire proposal.",
        [("AGREE", "PSE", None), ("CONSULT", "PSE", None, "opt")],
        "2024-05-07",
    ),
]

FIXES = [
    # a denial answers whoever the denied claim names as its author
    (
        "Turkey denied Greek claims that its fighter jets had violated Greek airspace over the Aegean more than 30 times.",
        [("REJECT", "TUR", "GRC"), ("ACCUSE", "GRC", "TUR", "opt")],
        None,
    ),
    (
        "Venezuela denied Colombia's allegations that it was sheltering ELN commanders, the foreign ministry in Caracas said.",
        [("REJECT", "VEN", "COL"), ("ACCUSE", "COL", "VEN", "opt")],
        None,
    ),
    # a heavy object shifted after its "as" label is the verb's object
    (
        "Moscow dismissed as absurd the British claims about the poisoning of a former spy in Salisbury.",
        [("REJECT", "RUS", "GBR")],
        "2018-03-13",
    ),
    (
        "Tehran rejected as interference a French statement on the arrest of protesters.",
        [("REJECT", "IRN", "FRA")],
        None,
    ),
    # what a demand, a deadline, a call or an order asks for is not done
    (
        "Tehran ignored an IAEA deadline to suspend enrichment at Natanz.",
        [("REJECT", "IRN", "IGO")],
        None,
    ),
    (
        "Damascus rejected calls to withdraw its troops from Lebanon.",
        [("REJECT", "SYR", None)],
        None,
    ),
    (
        "Caracas refused to comply with a court decision ordering it to hand back the seized oil fields.",
        [("REJECT", "VEN", None)],
        None,
    ),
    # a past tense in -ied read as an adjective of its object ("defied" from "defy"),
    # the subject hung on that object
    (
        "Polish Prime Minister Mateusz Morawiecki defied EU judges on Tuesday.",
        [("REJECT", "POL", "IGO")],
        None,
    ),
    # blocking the start of talks refuses the talks, aimed at the side they were with
    (
        "Hungary blocked the opening of EU accession negotiations with Ukraine on Thursday.",
        [("REJECT", "HUN", "UKR")],
        None,
    ),
    (
        "Greece blocked the start of membership talks with North Macedonia over the name dispute.",
        [("REJECT", "GRC", "MKD")],
        None,
    ),
    # walking out of talks is leaving a meeting (REJECT), as pulling out of it
    (
        "The Serbian delegation walked out of the negotiations with Kosovo in Brussels.",
        [("REJECT", "SRB", "XKX")],
        None,
    ),
    # background: a tally of times, a span hung on the object's clause, a dated aside
    (
        "Moscow has used its veto 17 times to protect Damascus at the council since 2011.",
        [],
        "2024-05-01",
    ),
    (
        "Iran has defied U.N. resolutions demanding a halt to enrichment for years.",
        [],
        "2024-05-01",
    ),
    (
        "Iran has ignored IAEA demands seeking access to its undeclared sites for years.",
        [],
        "2024-05-01",
    ),
    (
        "The junta, which rejected an ASEAN peace plan in April, said on Monday it would hold elections next year.",
        [],
        "2024-05-01",
    ),
    # an act after a comma, once the verb has its object, is a second act, not content
    (
        "Hundreds of students defied a curfew in Dhaka on Friday, marching on the parliament building.",
        [("PROTEST", "BGD", None), ("REJECT", "BGD", None, "opt")],
        "2024-05-01",
    ),
    # "the X delegation (ambassador) to the UN" is X's, posted to the UN: one target
    (
        "Moscow refused visas to members of the Georgian delegation to the OSCE on Monday.",
        [(("REJECT", "COERCE"), "RUS", "GEO")],
        "2008-09-02",
    ),
    (
        "Israel barred the Irish ambassador to the United Nations from entering Gaza.",
        [(("COERCE", "REJECT"), "ISR", "IRL")],
        None,
    ),
    # refusing to hand a person over answers whom he would go to
    (
        "Belgrade refused to hand over Radovan Karadzic to the United Nations war crimes tribunal.",
        [("REJECT", "SRB", "IGO")],
        None,
    ),
    # an act held by a stance ("support for") or a part ("involvement in") is not reported
    (
        "Pakistan refused to hand over the Mumbai suspects to India without evidence of their involvement in the attacks.",
        [("REJECT", "PAK", "IND")],
        None,
    ),
    (
        "Beijing expelled two Canadian reporters over their support for the protests in Hong Kong.",
        [(("COERCE", "SANCTION"), "CHN", "CAN")],
        None,
    ),
    # a rally told or addressed by a leader is his audience, not a protest
    (
        "Venezuelan President Hugo Chavez told a rally in Caracas on Saturday that he would never accept the U.S. proposal.",
        [("REJECT", "VEN", "USA")],
        None,
    ),
    # the demands of an opposition with no country named are made at home
    (
        "Georgian President Mikheil Saakashvili rejected opposition demands for early elections on Friday.",
        [("REJECT", "GEO", "GEO")],
        "2007-11-03",
    ),
    # what an accusation says happened is the accuser's word, not the writer's
    (
        "Israel rejected accusations by South Africa that its army had committed genocide in Gaza.",
        [("REJECT", "ISR", "ZAF"), ("ACCUSE", "ZAF", "ISR", "opt")],
        "2024-01-12",
    ),
]

NEGATIVES = [
    "Russia is expected to veto any Security Council resolution condemning its actions in Ukraine, diplomats said.",
    "Analysts said Hamas was unlikely to reject the proposal outright because of pressure from Qatar and Egypt.",
    "The Israeli government did not reject the U.S. ceasefire proposal, a spokesman said on Sunday.",
    "If Tehran rejects the offer, the European powers could trigger the return of U.N. sanctions.",
    "North Korea has defied U.N. Security Council resolutions banning its ballistic missile programme for years.",
    "Would Beijing veto a resolution on Myanmar? Diplomats at the United Nations are divided.",
    "Serbia has never recognised Kosovo's 2008 declaration of independence and has long rejected any talks on its status.",
    "The United States has used its veto more than 40 times to shield Israel from Security Council criticism since 1972.",
    "Greek Cypriots rejected the Annan plan in 2004, a vote that still shapes the island's politics two decades later.",
    "The Kremlin declined to comment on whether Putin would attend the summit in Istanbul.",
    "Ukraine's parliament will vote next week on whether to reject the minerals deal, lawmakers said.",
    "European diplomats fear that Hungary could block the next sanctions package against Russia.",
    "Hamas, which rejected an earlier proposal in March, said on Tuesday it was studying the new Israeli offer.",
]


@pytest.mark.parametrize(("text", "expected", "pub"), CASES, ids=[_text(c)[:60] for c in CASES])
def test_reject_coded(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))


@pytest.mark.parametrize(
    "text", NEGATIVES, ids=[_text((t,) if isinstance(t, str) else t)[:60] for t in NEGATIVES]
)
def test_reject_negatives(code, text):
    events = countable(code(text, "2024-05-01"))
    assert not events, show(events)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_reject_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
