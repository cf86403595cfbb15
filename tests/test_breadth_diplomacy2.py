# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""A second type-breadth round on CONSULT, COOPERATE, AGREE, REJECT and PROTEST, in
wording the first rounds (test_breadth_consult/coop/agree/reject and the PROTEST part of
test_breadth_force) did not use.

CONSULT: a call paid on a leader, a working lunch given for a guest, hours "closeted
with", "conferred by telephone", "got on the phone with", a go-between, a meeting on
the sidelines, a fresh round of negotiations, "came face to face", a whirlwind trip, a
trilateral summit, an audience with the Pope, delegations that "huddled" with a host.
COOPERATE: intelligence pooled or given, soldiers that "patrolled together", a transfer
of suspects to a court or another state ("flew ... to The Hague", "sent ... to the
United States", "handed ... over to U.S. custody"), advisers in battle, a railway built
with a loan, joint drills, joint border checks, pilots that "trained together", gas
imports; recognition and new relations (SUPPORT under parley's guideline).
AGREE: ratify, approve a treaty in parliament, consent to a truce, put names to an
accord, "said yes to" talks, pledge and vow, reach an understanding, agree to normalise,
accept an offer to host talks, extend a treaty, "signed off on", "gave the green light
to", "undertook to".
REJECT: brush aside an ultimatum, a first veto, repudiate a plan, storm out of talks,
snub an invitation, turn a deaf ear to appeals, stay away from talks, a veto counted
("its twelfth veto"), "there would be no negotiations", refuse entry to envoys, refuse
an ultimatum, quit talks, call sovereignty non-negotiable, vote down a deal.
PROTEST: took to the streets, a vigil outside an embassy, a march day after day,
"downed tools", "stopped eating", monks leading a march, rioters burning buildings, a
sit-in kept up, a palace occupied, rounds of strikes, crowds setting an embassy ablaze,
a parliament boycotted, traffic brought to a standstill, a hunger strike in jail.

Every sentence was written for this file and annotated (types, source country, target
country per event) from shared/PLOVER.md and eval/README.md before the coder was run on
it; about half are set in 1985-2015 with no publication date (then only a sentence that
names the state gives a country), half in 2016-2025 with a date. A record passes when
every expected event is coded (any of its types, both countries; target None: any
target; either way round for symmetric types) and no other countable event is coded; an
event marked "opt" may or may not be coded. NEGATIVES (background, analysis, plans,
hypotheticals, negation, questions) must give no countable event.

Coverage, as a measure of generalisation: 44/82 records passed on the first run (33/70
CASES, 11/12 NEGATIVES), before any fix made for this file. The 38 failures by cause: no
event 21 ("gave a working lunch for", "closeted with", "conferred by telephone" read as
a passive, "acted as go-between", "huddled", "pooled information", "flew ... to The
Hague", "sent ... to the United States", "gave U.S. officials information" with the
receivers read as a compound, "joint checks", "trained together", "began importing gas",
"said yes to", "undertook to", "turned a deaf ear to", a speech participle after "said
<a state>," given the state's subject twice (Khamenei, Mulino), "braved ... to march" and
"downed tools" misparsed, "stopped eating", "crowds gathered outside the embassy"); other
type 9 ("patrolled together" as MOBILIZE, "advising troops in the battle" as ASSAULT,
the loan of a railway as AID, "handed X over to U.S. custody" as RETREAT, "gave the green
light" as SUPPORT, "stormed out of" as ASSAULT, "refused entry" as COERCE, "quit the
talks" as SANCTION, "voted down a deal" as AGREE); null side 2 (the target of "to press
for" in a purpose clause; "Pope Francis" reached only through "his meeting with the
pontiff"); extra event 6 (a "surprise call on" as REQUEST; a "Norwegian-/Russian-brokered
truce" as the broker's CONSULT twice; "after three weeks of negotiations" as CONSULT; the
purpose "to block the deployment" as COERCE; a habitual "protests ... are common in
Nigeria").

Five records were re-annotated after the first run, where the first annotation went
against the project's own guidelines (counted as failures above): a truce "brokered" by
a third party gives its CONSULT with the parties (eval/README.md, mediation; optional
here, where the talks are background, twice), talks named as the background of an
accord are an optional CONSULT (the same rule), "gave the green light to" is SUPPORT or
AGREE (test_phrasebook_idioms.py), "refused entry" is REJECT or COERCE
(test_breadth_reject.py).

After the general fixes: 70/82 (58/70 CASES, 12/12 NEGATIVES); the other 12 are strict
xfails with their cause. Fixed causes (FIXES: new sentences, all failing on the code this
file was written against except "paid a courtesy call on" and "met ..., his second
meeting with the pontiff", whose CASES records are their tests): a speech participle
after "X said <copular clause>," is the speaker's; a "by" phrase on a verb with an active
subject is no passive agent; a call paid on someone, "closeted with", "huddled" (envoys
and delegations only), "had an audience with" (CONSULT); verbs done "together" by forces,
information pooled/given/shared, goods imported (COOPERATE); receivers read as the
object's compound ("gave U.S. officials information"); two nations' modifiers on a
compound ("Greek and Israeli air force pilots"); "stormed out of", "quit the talks"
(REJECT meet, as "walked out of") with the capital of the talks no target, "turned a deaf
ear to", "voted down", blocking any proposal (REJECT); "said yes to" (AGREE); crowds
gathering (PROTEST); a suspect ("alleged" too) handed over to a state's custody is
COOPERATE with that state; a CONSULT restated without its other side is the same one; "X are
common/rare in Y" is no event.
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
    # ==================================================================== CONSULT
    (
        "Jordan's King Hussein paid a surprise call on Syrian President Hafez al-Assad in Damascus, his first trip to the Syrian capital in nearly two years.",
        [("CONSULT", "JOR", "SYR")],
        None,
    ),
    pytest.param(
        "Egyptian President Hosni Mubarak gave a working lunch for Israeli Prime Minister Yitzhak Rabin in Cairo, an Egyptian presidential spokesman said.",
        [("CONSULT", "EGY", "ISR")],
        None,
        marks=_x("a working lunch given for a guest is not in the lexicon (a meal as a meeting)"),
    ),
    (
        "Russian envoy Yevgeny Primakov spent three hours closeted with Saddam Hussein in Baghdad in a bid to avert war, Iraqi television reported.",
        [("CONSULT", "RUS", "IRQ")],
        None,
    ),
    (
        "Boris Yeltsin and Bill Clinton conferred by telephone for forty minutes about the crisis in Kosovo, the Kremlin press service said.",
        [("CONSULT", "RUS", "USA")],
        None,
    ),
    pytest.param(
        "Norway secretly acted as go-between for Israel and the PLO in months of contacts that produced the Oslo accords, Norwegian officials disclosed.",
        [
            ("CONSULT", "NOR", "ISR"),
            ("CONSULT", "NOR", "PSE", "opt"),
            ("CONSULT", "ISR", "PSE", "opt"),
            ("AGREE", "ISR", "PSE", "opt"),
        ],
        None,
        marks=_x(
            "'acted as go-between for A and B' is not in the lexicon (a role noun after 'act as')"
        ),
    ),
    (
        "On the sidelines of the U.N. General Assembly in New York, Indian Prime Minister Manmohan Singh and Pakistani President Pervez Musharraf held an hour-long meeting.",
        [("CONSULT", "IND", "PAK")],
        None,
    ),
    (
        "Representatives of the Sudanese government and the Sudan People's Liberation Army opened a fresh round of negotiations in the Kenyan town of Naivasha.",
        [("CONSULT", "SDN", "SDN")],
        None,
    ),
    (
        "Saudi Foreign Minister Prince Faisal bin Farhan and his Iranian counterpart Hossein Amir-Abdollahian came face to face in Beijing on Thursday, the first formal meeting of the two countries' top diplomats in seven years.",
        [("CONSULT", "SAU", "IRN")],
        "2023-04-07",
    ),
    pytest.param(
        "Turkish President Recep Tayyip Erdogan got on the phone with Vladimir Putin on Sunday to press for an extension of the Black Sea grain deal, Erdogan's office said.",
        [("CONSULT", "TUR", "RUS"), ("REQUEST", "TUR", "RUS", "opt")],
        "2023-07-16",
        marks=_x(
            "the REQUEST of a purpose clause ('to press for an extension') does not take the matrix verb's partner as its target"
        ),
    ),
    (
        "German Chancellor Olaf Scholz made a whirlwind 11-hour trip to Beijing on Friday, the first by a G7 leader to China since the pandemic.",
        [("CONSULT", "DEU", "CHN")],
        "2022-11-05",
    ),
    (
        "Turkish President Recep Tayyip Erdogan mediated between Ethiopia and Somalia in Ankara on Wednesday, ending a year-long row over Ethiopia's port deal with Somaliland.",
        [
            ("CONSULT", "TUR", "ETH"),
            ("CONSULT", "TUR", "SOM", "opt"),
            ("CONSULT", "ETH", "SOM", "opt"),
            ("AGREE", "ETH", "SOM", "opt"),
        ],
        "2024-12-12",
    ),
    (
        "The leaders of Japan, South Korea and the United States held their first stand-alone trilateral summit at Camp David on Friday.",
        [
            ("CONSULT", "JPN", None),
            ("CONSULT", "KOR", None, "opt"),
            ("CONSULT", "USA", None, "opt"),
        ],
        "2023-08-19",
    ),
    (
        "Ukrainian President Volodymyr Zelensky had an audience with Pope Francis at the Vatican on Saturday, his first meeting with the pontiff since the Russian invasion.",
        [("CONSULT", "UKR", "VAT")],
        "2023-05-14",
    ),
    (
        "U.S. and Ukrainian delegations huddled for eight hours in the Saudi city of Jeddah on Tuesday, with Saudi Arabia hosting the talks.",
        [("CONSULT", "USA", "UKR"), ("CONSULT", "SAU", None)],
        "2025-03-12",
    ),
    # ================================================================== COOPERATE
    (
        "Pakistan's Inter-Services Intelligence and the CIA pooled information in the hunt for al Qaeda suspects in Karachi, officials in Islamabad said.",
        [("COOPERATE", "PAK", "USA")],
        None,
    ),
    (
        "Russian military police and Turkish soldiers patrolled together east of the Euphrates on Friday under a deal struck in Sochi last month.",
        [("COOPERATE", "RUS", "TUR")],
        "2019-11-02",
    ),
    pytest.param(
        "Spanish police flew captured Croatian general Ante Gotovina to The Hague to stand trial before the U.N. war crimes tribunal.",
        [("COOPERATE", "ESP", "IGO")],
        None,
        marks=_x(
            "a suspect flown to a court ('flew X to The Hague to stand trial') is not read as a transfer (COOPERATE)"
        ),
    ),
    pytest.param(
        "Mexico sent 29 cartel figures, including drug lord Rafael Caro Quintero, to the United States on Thursday in an unprecedented mass transfer of prisoners.",
        [("COOPERATE", "MEX", "USA")],
        "2025-02-28",
        marks=_x(
            "people 'sent to the United States' are not read as an extradition (send is AID or MOBILIZE)"
        ),
    ),
    pytest.param(
        "American special forces are advising Iraqi troops in the battle for Mosul, the Pentagon said on Monday.",
        [("COOPERATE", "USA", "IRQ")],
        "2016-11-01",
        marks=_x(
            "'advising Iraqi troops' is not in the lexicon, and 'in the battle for Mosul' is coded as an ASSAULT on Iraq"
        ),
    ),
    pytest.param(
        "Japan and India broke ground on Thursday on a high-speed railway between Mumbai and Ahmedabad, financed largely by a cheap Japanese loan.",
        [("COOPERATE", "JPN", "IND"), ("AID", "JPN", "IND", "opt")],
        "2017-09-15",
        marks=_x(
            "a project begun together ('broke ground on a railway') is not cooperation in the lexicon; the loan is AID with no receiver"
        ),
    ),
    (
        "Beijing and Moscow staged their first joint naval drills in the Mediterranean, the Chinese defence ministry said.",
        [
            ("COOPERATE", "CHN", "RUS"),
            ("MOBILIZE", "CHN", None, "opt"),
            ("MOBILIZE", "RUS", None, "opt"),
        ],
        None,
    ),
    (
        "Thailand handed Hambali, the alleged operations chief of Jemaah Islamiah, over to U.S. custody, Thai officials said.",
        [("COOPERATE", "THA", "USA")],
        None,
    ),
    (
        "Syrian intelligence gave U.S. officials information on al Qaeda cells after the September 11 attacks, a senior Syrian official said.",
        [("COOPERATE", "SYR", "USA")],
        None,
    ),
    (
        "China established diplomatic relations with South Korea, severing its official ties with Taiwan after more than four decades.",
        [("SUPPORT", "CHN", "KOR"), ("SANCTION", "CHN", "TWN")],
        None,
    ),
    (
        "Russian President Vladimir Putin formally recognised the self-proclaimed Donetsk and Luhansk people's republics as independent states on Monday.",
        [("SUPPORT", "RUS", "UKR")],
        "2022-02-22",
    ),
    pytest.param(
        "Ukrainian and Polish border guards began joint checks at the Dorohusk crossing on Monday to speed up grain exports.",
        [("COOPERATE", "UKR", "POL")],
        "2022-06-21",
        marks=_x(
            "'joint checks' is not in the lexicon (only joint patrols, drills, exercises, operations)"
        ),
    ),
    (
        "Greek and Israeli air force pilots trained together in the skies over Crete this week, the Greek defence ministry said.",
        [("COOPERATE", "GRC", "ISR")],
        "2024-05-01",
    ),
    (
        "Egypt began importing Israeli natural gas on Wednesday under a $15 billion deal between private companies.",
        [("COOPERATE", "EGY", "ISR")],
        "2020-01-16",
    ),
    # ====================================================================== AGREE
    (
        "The Knesset ratified the peace treaty with Jordan by a large majority, clearing the way for an exchange of ambassadors.",
        [("AGREE", "ISR", "JOR")],
        None,
    ),
    (
        "Sri Lanka's Tamil Tigers consented to a Norwegian-brokered truce with the government in Colombo.",
        [
            ("AGREE", "LKA", "LKA"),
            ("RETREAT", "LKA", None, "opt"),
            ("CONSULT", "NOR", "LKA", "opt"),
        ],
        None,
    ),
    (
        "The presidents of Serbia, Croatia and Bosnia put their names to a peace accord at an air base in Dayton, Ohio, after three weeks of negotiations.",
        [
            ("AGREE", "SRB", None),
            ("AGREE", "HRV", None, "opt"),
            ("AGREE", "BIH", None, "opt"),
            ("CONSULT", "SRB", None, "opt"),
            ("CONSULT", "HRV", None, "opt"),
        ],
        None,
    ),
    (
        "Pakistan said yes to an Indian offer of talks on Kashmir at the level of foreign secretaries.",
        [("AGREE", "PAK", "IND")],
        None,
    ),
    (
        "Moscow and Washington pledged to cut their strategic nuclear arsenals by two-thirds under the START II treaty.",
        [("AGREE", "RUS", "USA")],
        None,
    ),
    (
        "Hezbollah and Israel reached an understanding through U.S. mediation to spare civilians on both sides of the border.",
        [("AGREE", "LBN", "ISR"), ("CONSULT", "USA", None, "opt")],
        None,
    ),
    (
        "Greek lawmakers narrowly approved the Prespa agreement with North Macedonia on Friday, under which the neighbouring country takes its new name.",
        [("AGREE", "GRC", "MKD")],
        "2019-01-26",
    ),
    (
        "Israel and the United Arab Emirates agreed to normalise relations in a U.S.-brokered deal announced by Donald Trump on Thursday.",
        [
            ("AGREE", "ISR", "ARE"),
            ("SUPPORT", "ISR", "ARE", "opt"),
            ("CONSULT", "USA", None, "opt"),
        ],
        "2020-08-14",
    ),
    (
        "Tehran accepted an Omani offer to host indirect talks with Washington on its nuclear programme, Iran's foreign ministry said on Saturday.",
        [("AGREE", "IRN", "OMN")],
        "2025-04-06",
    ),
    (
        "Russia and the United States agreed on Tuesday to extend the New START nuclear arms treaty by five years, the Kremlin said.",
        [("AGREE", "RUS", "USA")],
        "2021-01-27",
    ),
    (
        "Saudi Arabia vowed to invest $600 billion in the United States over four years, Crown Prince Mohammed bin Salman told Donald Trump in a phone call.",
        [("AGREE", "SAU", "USA"), ("CONSULT", "SAU", "USA", "opt")],
        "2025-01-24",
    ),
    (
        "Armenia and Azerbaijan signed off on a Russian-brokered truce on Tuesday to end six weeks of fighting over Nagorno-Karabakh.",
        [
            ("AGREE", "ARM", "AZE"),
            ("RETREAT", "ARM", None, "opt"),
            ("RETREAT", "AZE", None, "opt"),
            ("CONSULT", "RUS", "ARM", "opt"),
            ("CONSULT", "RUS", "AZE", "opt"),
        ],
        "2020-11-10",
    ),
    (
        "Hamas gave the green light on Friday to the first phase of a U.S. plan to end the war in Gaza, including the release of all living hostages.",
        [(("AGREE", "SUPPORT"), "PSE", "USA")],
        "2025-10-04",
    ),
    pytest.param(
        "Under the deal, Pyongyang undertook to freeze its graphite-moderated reactors in exchange for two light-water reactors.",
        [("AGREE", "PRK", None)],
        None,
        marks=_x(
            "'undertook to' is not in the lexicon (an entry would need the 'to' clause: 'undertook a review' is no promise)"
        ),
    ),
    # ===================================================================== REJECT
    (
        "Saddam Hussein brushed aside a U.N. ultimatum to withdraw from Kuwait, telling Iraqis to prepare for the mother of all battles.",
        [("REJECT", "IRQ", "IGO")],
        None,
    ),
    (
        "China cast its first veto in 25 years to block the deployment of U.N. ceasefire observers to Guatemala.",
        [("REJECT", "CHN", None)],
        None,
    ),
    (
        "Israeli Prime Minister Yitzhak Shamir repudiated a U.S. plan for talks with a Palestinian delegation that would include PLO members.",
        [("REJECT", "ISR", "USA")],
        None,
    ),
    (
        "The Palestinian delegation stormed out of the talks in Washington in protest at Israel's deportation of 400 Islamic activists.",
        [("REJECT", "PSE", "ISR"), ("PROTEST", "PSE", "ISR", "opt")],
        None,
    ),
    (
        "Serbian President Slobodan Milosevic snubbed an invitation to attend the peace conference in Geneva, sending his foreign minister instead.",
        [("REJECT", "SRB", None)],
        None,
    ),
    (
        "The Taliban turned a deaf ear to international appeals to spare the giant Buddha statues in Bamiyan.",
        [("REJECT", "AFG", None)],
        None,
    ),
    (
        "Bosnian Serb leaders stayed away from the talks in Geneva, saying they would not negotiate under the threat of NATO air strikes.",
        [("REJECT", "BIH", None)],
        None,
    ),
    (
        "Russia cast its twelfth veto on Syria on Tuesday, blocking a Security Council bid to renew an inquiry into chemical attacks.",
        [("REJECT", "RUS", None)],
        "2017-10-25",
    ),
    (
        "Iran's supreme leader Ayatollah Ali Khamenei said on Monday there would be no negotiations with the United States, dismissing an offer of talks from President Donald Trump.",
        [("REJECT", "IRN", "USA")],
        "2018-08-14",
    ),
    (
        "Niger's military rulers refused entry to a joint delegation of ECOWAS, the African Union and the United Nations on Tuesday.",
        [(("REJECT", "COERCE"), "NER", "IGO")],
        "2023-08-09",
    ),
    (
        "Kyiv flatly refused a Russian ultimatum on Monday to lay down arms in the besieged port of Mariupol.",
        [("REJECT", "UKR", "RUS")],
        "2022-03-21",
    ),
    (
        "Hamas negotiators quit the ceasefire talks in Cairo on Sunday, accusing Israel of stalling.",
        [("REJECT", "PSE", None), ("ACCUSE", "PSE", "ISR", "opt")],
        "2024-05-01",
    ),
    (
        "Panamanian President Jose Raul Mulino said sovereignty over the canal was non-negotiable, brushing off Donald Trump's threat to take it back.",
        [("REJECT", "PAN", "USA")],
        "2024-12-23",
    ),
    (
        "British lawmakers voted down Prime Minister Theresa May's Brexit deal with the European Union by a crushing margin on Tuesday.",
        [("REJECT", "GBR", None)],
        "2019-01-16",
    ),
    # ==================================================================== PROTEST
    (
        "Tens of thousands of Albanians took to the streets of Tirana to demand the government's resignation after the collapse of pyramid schemes.",
        [("PROTEST", "ALB", None), ("REQUEST", "ALB", "ALB", "opt")],
        None,
    ),
    (
        "Iranian students held a vigil outside the British embassy in Tehran against the publication of Salman Rushdie's novel.",
        [("PROTEST", "IRN", "GBR")],
        None,
    ),
    pytest.param(
        "Thousands of Serbian opposition supporters braved freezing weather to march through Belgrade for the 50th consecutive day.",
        [("PROTEST", "SRB", None)],
        None,
        marks=_x(
            "the parser reads 'to march' as a preposition's object under 'braved', so the march has no subject"
        ),
    ),
    pytest.param(
        "Coal miners across Russia downed tools on Monday to demand months of unpaid wages.",
        [("PROTEST", "RUS", None), ("REQUEST", "RUS", None, "opt")],
        None,
        marks=_x(
            "the parser reads 'Coal miners across Russia downed tools' as one noun phrase ('downed' an adjective)"
        ),
    ),
    pytest.param(
        "Cuban dissident Guillermo Farinas stopped eating in protest at the death in custody of political prisoner Orlando Zapata.",
        [("PROTEST", "CUB", None)],
        None,
        marks=_x("'stopped eating' is not read as a hunger strike"),
    ),
    (
        "Hundreds of Buddhist monks led a street march in Yangon against the military government's fuel price rises.",
        [("PROTEST", "MMR", None)],
        None,
    ),
    (
        "Rioters set fire to government buildings in the Kyrgyz capital Bishkek after the disputed parliamentary vote.",
        [("PROTEST", "KGZ", None)],
        None,
    ),
    (
        "Sudanese protesters kept up their sit-in outside army headquarters in Khartoum for a fifth day on Wednesday, demanding a civilian government.",
        [("PROTEST", "SDN", None), ("REQUEST", "SDN", None, "opt")],
        "2019-04-10",
    ),
    (
        "Sri Lankan demonstrators occupied the presidential palace in Colombo on Saturday after months of anger over the economic crisis.",
        [("PROTEST", "LKA", None)],
        "2022-07-10",
    ),
    (
        "French unions staged a tenth day of nationwide strikes on Tuesday against President Emmanuel Macron's pension reform.",
        [("PROTEST", "FRA", None)],
        "2023-03-29",
    ),
    (
        "Crowds of Iraqis gathered outside the Swedish embassy in Baghdad overnight and set part of it ablaze after a Koran burning in Stockholm.",
        [("PROTEST", "IRQ", "SWE")],
        "2023-07-20",
    ),
    (
        "Georgian opposition parties boycotted the first session of the new parliament on Monday, calling the October election rigged.",
        [("PROTEST", "GEO", None), ("ACCUSE", "GEO", None, "opt")],
        "2024-11-26",
    ),
    (
        "University students brought traffic to a standstill at major junctions in Belgrade on Monday in a protest against corruption.",
        [("PROTEST", "SRB", None)],
        "2025-01-28",
    ),
    (
        "Imprisoned Iranian Nobel laureate Narges Mohammadi began a hunger strike on Monday in protest at being denied medical care, her family said.",
        [("PROTEST", "IRN", None)],
        "2023-11-07",
    ),
]

NEGATIVES = [
    "Diplomats said a meeting between the Indian and Pakistani foreign ministers on the sidelines of the summit was unlikely.",
    "Russia and China have long cooperated closely on energy, and analysts expect the relationship to deepen further.",
    "If Hamas accepts the proposal, a six-week truce could begin within days, mediators said.",
    "The treaty has never been ratified by the U.S. Senate.",
    "Unions are planning a general strike next month, according to a draft statement seen by Reuters.",
    "Washington has not ruled out talks with Pyongyang, a State Department spokesman said.",
    "Protests over fuel prices are common in Nigeria, where most people live on less than $2 a day.",
    "Will Turkey veto Sweden's NATO bid? Analysts are divided.",
    "Egyptian officials did not hold any talks with Hamas leaders during the visit, the foreign ministry said.",
    "The two leaders are due to meet in Geneva next week to discuss arms control.",
    "Japan's refusal to apologise for wartime abuses has long soured its ties with its neighbours.",
    "Critics say the extradition bill would expose activists in Hong Kong to trials in mainland courts.",
]

FIXES = [
    # a speech participle after "X said <a state>," is the speaker's act
    (
        "Danish Prime Minister Mette Frederiksen said Greenland was not for sale, rebuffing Donald Trump's latest overture.",
        [("REJECT", "DNK", "USA")],
        "2025-01-10",
    ),
    # a "by" phrase on a verb with an active subject is a means, not a passive agent
    (
        "French President Jacques Chirac and German Chancellor Gerhard Schroeder conferred by telephone about the Iraq crisis.",
        [("CONSULT", "FRA", "DEU")],
        None,
    ),
    # a call paid on a leader is a visit; talks "closeted with" someone
    (
        "Indian Prime Minister Narendra Modi paid a courtesy call on the emir of Qatar in Doha on Monday.",
        [("CONSULT", "IND", "QAT")],
        "2024-05-01",
    ),
    (
        "French envoy Jean-Yves Le Drian spent two hours closeted with Lebanese parliament speaker Nabih Berri in Beirut on Wednesday.",
        [("CONSULT", "FRA", "LBN")],
        "2024-05-01",
    ),
    # forces that patrol or train together cooperate; two nations' modifiers on a compound
    (
        "Russian and Chinese warships patrolled together in the Sea of Japan on Tuesday.",
        [("COOPERATE", "RUS", "CHN")],
        "2024-05-01",
    ),
    (
        "Greek and Israeli air force pilots held joint exercises over Crete this week.",
        [("COOPERATE", "GRC", "ISR")],
        "2024-05-01",
    ),
    # intelligence given to receivers read as the object's compound; goods imported
    (
        "Moroccan intelligence gave Spanish investigators information on the suspects.",
        [("COOPERATE", "MAR", "ESP")],
        None,
    ),
    (
        "Hungary imported Russian gas through the TurkStream pipeline on Monday.",
        [("COOPERATE", "HUN", "RUS")],
        "2024-05-01",
    ),
    # a suspect handed to a state's custody is judicial cooperation with that state
    (
        "Pakistan handed the suspected bomber over to British custody on Friday.",
        [("COOPERATE", "PAK", "GBR")],
        "2024-05-01",
    ),
    (
        "Pakistan handed over the alleged mastermind of the attack to U.S. authorities.",
        [("COOPERATE", "PAK", "USA")],
        None,
    ),
    # refusals: storming out of or quitting talks (whose venue is no target), a deaf ear,
    # a vote down, a proposal blocked
    (
        "Aliyev walked out of the meeting with Pashinyan in Prague.",
        [("REJECT", "AZE", "ARM")],
        "2024-05-01",
    ),
    (
        "Iran's negotiators quit the nuclear talks in Vienna on Friday.",
        [("REJECT", "IRN", None)],
        "2024-05-01",
    ),
    (
        "Eritrea turned a deaf ear to the border commission's ruling on Badme.",
        [("REJECT", "ERI", None)],
        None,
    ),
    (
        "Slovak lawmakers voted down the expansion of the euro zone bailout fund on Tuesday.",
        [("REJECT", "SVK", None)],
        None,
    ),
    (
        "Hungary blocked an EU plan to use frozen Russian assets for Ukraine on Monday.",
        [("REJECT", "HUN", "IGO")],
        "2024-05-01",
    ),
    # saying yes to something accepts it (the mirror of "said no to")
    ("Greece said yes to the bailout terms on Sunday.", [("AGREE", "GRC", None)], None),
    # an audience with someone is a meeting, and the meeting restated is the same one
    (
        "Lebanese President Michel Aoun had an audience with Pope Francis at the Vatican on Thursday.",
        [("CONSULT", "LBN", "VAT")],
        "2022-03-24",
    ),
    (
        "Kenyan President William Ruto met Pope Francis at the Vatican on Friday, his second meeting with the pontiff.",
        [("CONSULT", "KEN", "VAT")],
        "2024-05-01",
    ),
    # crowds gathering outside an embassy protest against its state
    (
        "Crowds of Pakistanis gathered outside the French embassy in Islamabad on Friday to protest against the cartoons.",
        [("PROTEST", "PAK", "FRA")],
        "2024-05-01",
    ),
    # what usually happens somewhere is no event
    ("Hunger strikes are common in Israeli jails, rights groups say.", [], "2024-05-01"),
]


@pytest.mark.parametrize(("text", "expected", "pub"), CASES, ids=[_text(c)[:60] for c in CASES])
def test_diplomacy2_coded(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))


@pytest.mark.parametrize(
    "text", NEGATIVES, ids=[_text((t,) if isinstance(t, str) else t)[:60] for t in NEGATIVES]
)
def test_diplomacy2_negatives(code, text):
    events = countable(code(text, "2024-05-01"))
    assert not events, show(events)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_diplomacy2_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
