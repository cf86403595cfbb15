# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Breadth of CONSULT, as international wire copy words it.

CONSULT in all its modes and CAMEO sub-categories (040-046: consult, discuss by
telephone, make a visit, host a visit, meet at a third location, mediate, negotiate):
visits, trips, tours, arrivals ("flew to", "landed in", "was in X for talks", "called
on"); hosting, receiving and welcoming guests; mediation, shuttle diplomacy, brokering,
envoys carrying messages, facilitated talks; summits, conferences, foreign ministers'
meetings, six-party and Quartet formats; telephone and video calls and exchanged
letters; meet, hold talks, negotiate, discuss, confer, "sat down with", "held a round
of", "resumed talks". Confusables: talks that produced a deal (AGREE and CONSULT),
refusing to meet or pulling out (REJECT), suspended or called-off talks (SANCTION),
meetings between two sides of one state (government and rebels, rival factions: CONSULT
with both sides of that state), unnamed delegations.

Every sentence was written for this file and annotated (types, source country, target
country per event) from shared/PLOVER.md and eval/README.md before the coder was run on
it; about half are set in 1990-2015 and half in 2016-2025, about half have no
publication date (then only a sentence that names the state, or a catalogued person,
gives a country). A record passes when every expected event is coded (any of its types,
both countries; target None: any target; either way round for symmetric types) and no
other countable event is coded; an event marked "opt" may or may not be coded.
NEGATIVES (background, analysis, plans, hypotheticals, negation, questions,
expectations) must give no countable event.

Coverage, as a measure of generalisation: 60/100 records passed on the first run (51/86
CASES, 9/14 NEGATIVES), before any fix made for this file. The 40 failures by cause (the
first that keeps the record from passing): no event 13 ("landed in <capital> on a state
visit"; "crossed into <country> to meet"; "was received by"; "played host to"; an
envoy who "carried a message from A to B"; "talks resumed" with the parties in a "with
envoys from" phrase; "Arab foreign ministers met"; "exchanged letters"; the mediator in
"under the auspices of", "with Norwegian mediators present" and "brought A and B
together"; an accord that talks "led to"; the meeting after which two ministers "agreed
to keep talking"), other type 4 ("defying" read as REJECT; "called on <person>" read as a
REQUEST; "sat down together" as CONCEDE; a letter "delivered by" as AID), null side 7
(the visitor in "<demonym> President <name> flew to"; the host in "accompanied by"; the
destination capital of "a delegation flew to"; "government and opposition delegates";
"government envoys" after "Syria's"; the Quartet and "Southeast Asian foreign
ministers" as no IGO), wrong country 2 (the demonym of a topic, "discussed the Iranian
nuclear issue with", taken as the partner; both sides of "EU-facilitated talks" paired
with the EU), modality 1 ("said they would meet again" not countable), extra event 8 (a
delegation's own country as a second partner; "the two discussing" as a guest talking to
himself; "shuttled between Belgrade and Pristina" as talks between them; "brokered a
ceasefire between A and B" as their talks; "negotiated ... to reach a deal" as AGREE;
"during his visit" with the wrong visitor; the separatists an envoy met given his own
country; a purpose clause "to press for" as a REQUEST with no target), and in
NEGATIVES: "did not meet" and "has never met" coded as REJECT, a postponed meeting, a
summit analysts call unlikely, and the history of the Camp David accords.

After the general fixes (FIXES: one or two new sentences per cause, written after the
fix): 79/100 (66/86 CASES, 13/14 NEGATIVES); the rest are strict xfails with their cause.
Fixed causes: a plain "did not meet" / "has never met" taken for a refusal (only "will/
would not meet" is one); "landed in <capital>" as an arrival, and the capital of "flew to
X for talks on Y" (a purpose naming no partner) as the host; "called on <person>" with
nothing asked as a courtesy call; the topic object of "discussed X with Y"; "sat down
together"; an act a meeting was "aimed at"; talks held "under the auspices of X" or
"under X mediation"; a postponed, delayed or cancelled meeting; a meeting said to be
unlikely or possible; "met for EU-facilitated talks" and "talks with X on Y's future"
(no party from the purpose noun or the topic); letters and messages delivered, carried
or exchanged; "was received by <host>" and "played host to"; "shuttled between A and B"
(A and B did not meet); a request in the purpose clause of a meeting aimed at whom was
met; a deal talks were held "to reach"; "flew to X to meet Y" (the traveller's own past
trip) not taken for a plan.
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
    # --- visit: trips, arrivals, tours ---
    (
        "U.S. Secretary of State Madeleine Albright arrived in Damascus on Tuesday for talks with President Hafez al-Assad on reviving the Syrian track of the peace process.",
        [("CONSULT", "USA", "SYR")],
        "1999-12-08",
    ),
    (
        "Indian Prime Minister Atal Bihari Vajpayee crossed into Pakistan on Saturday aboard the inaugural Delhi-Lahore bus service for a summit with Prime Minister Nawaz Sharif.",
        [("CONSULT", "IND", "PAK")],
        "1999-02-21",
    ),
    pytest.param(
        "South Korean President Kim Dae-jung flew to Pyongyang on Tuesday for the first summit between the leaders of the two Koreas since the peninsula was divided.",
        [("CONSULT", "KOR", "PRK")],
        "2000-06-14",
        marks=_x(
            "the purpose noun 'summit between the leaders of the two Koreas' takes the unresolvable 'the leaders' as the visitor instead of the subject of 'flew'"
        ),
    ),
    (
        "Chinese Premier Wen Jiabao landed in New Delhi on Thursday on a three-day state visit aimed at easing a decades-old border dispute.",
        [("CONSULT", "CHN", "IND")],
        None,
    ),
    (
        "Russian President Vladimir Putin was in Beijing on Thursday for talks with Xi Jinping on energy and security ties.",
        [("CONSULT", "RUS", "CHN")],
        "2024-05-17",
    ),
    (
        "Ukrainian President Volodymyr Zelensky made an unannounced trip to Washington on Wednesday, meeting U.S. President Joe Biden at the White House and addressing Congress.",
        [("CONSULT", "UKR", "USA")],
        "2022-12-22",
    ),
    pytest.param(
        "Pope Francis arrived in Baghdad on Friday on the first papal visit to Iraq, defying security concerns and the coronavirus pandemic.",
        [("CONSULT", "VAT", "IRQ")],
        "2021-03-06",
        marks=_x(
            "'defying security concerns' is read as a REJECT with no target, and the arrival gives no visit when a participle clause follows"
        ),
    ),
    (
        "Indian Prime Minister Narendra Modi began a two-day visit to Moscow on Monday, his first trip to Russia since the invasion of Ukraine.",
        [("CONSULT", "IND", "RUS")],
        "2024-07-09",
    ),
    (
        "Turkish President Recep Tayyip Erdogan toured the Gulf this week, stopping in Saudi Arabia, Qatar and the United Arab Emirates to court investment.",
        [
            ("CONSULT", "TUR", None),
            ("CONSULT", "TUR", "SAU", "opt"),
            ("CONSULT", "TUR", "QAT", "opt"),
            ("CONSULT", "TUR", "ARE", "opt"),
        ],
        "2023-07-20",
    ),
    (
        "A delegation of Taliban officials travelled to Moscow for talks with Russian officials on Afghanistan's future, the Russian foreign ministry said.",
        [("CONSULT", "AFG", "RUS")],
        None,
    ),
    (
        "Iraqi Prime Minister Nouri al-Maliki paid his first visit to Tehran since taking office, holding talks with President Mahmoud Ahmadinejad.",
        [("CONSULT", "IRQ", "IRN")],
        None,
    ),
    (
        "Kim Jong Un crossed into South Korea at the truce village of Panmunjom on Friday to meet President Moon Jae-in, becoming the first North Korean leader to set foot in the South since the 1953 armistice.",
        [("CONSULT", "PRK", "KOR")],
        "2018-04-27",
    ),
    (
        "Indian Foreign Minister S. Jaishankar called on Sri Lankan President Ranil Wickremesinghe in Colombo on Friday.",
        [("CONSULT", "IND", "LKA")],
        "2023-01-21",
    ),
    pytest.param(
        "Shinzo Abe became the first Japanese prime minister to visit Pearl Harbor, accompanied by U.S. President Barack Obama.",
        [("CONSULT", "JPN", "USA")],
        None,
        marks=_x(
            "a visit to a place abroad that the gazetteer does not tie to a state (Pearl Harbor) gets no host; 'accompanied by' is not read as the host"
        ),
    ),
    # --- host, receive, welcome ---
    (
        "Israeli Prime Minister Ehud Olmert was received at the presidential palace in Sharm el-Sheikh by Egyptian President Hosni Mubarak on Tuesday.",
        [("CONSULT", "EGY", "ISR")],
        "2008-06-25",
    ),
    (
        "Chinese President Xi Jinping hosted Brazil's Luiz Inacio Lula da Silva in Beijing on Friday, with the two leaders pledging to deepen trade ties.",
        [("CONSULT", "CHN", "BRA"), ("AGREE", "CHN", "BRA", "opt")],
        "2023-04-15",
    ),
    (
        "Saudi Crown Prince Mohammed bin Salman welcomed Syria's interim president Ahmed al-Sharaa in Riyadh on Sunday on his first foreign trip since the fall of Bashar al-Assad.",
        [("CONSULT", "SAU", "SYR")],
        "2025-02-03",
    ),
    (
        "Kosovo's prime minister Albin Kurti was received by NATO Secretary-General Jens Stoltenberg at the alliance's headquarters in Brussels.",
        [("CONSULT", "IGO", "XKX")],
        None,
    ),
    (
        "Vietnam rolled out the red carpet for Russian President Vladimir Putin in Hanoi on Thursday.",
        [("CONSULT", "VNM", "RUS")],
        "2024-06-21",
    ),
    pytest.param(
        "Egyptian President Abdel Fattah al-Sisi played host to the leaders of Jordan and the Palestinian Authority at a summit in El Alamein on Monday.",
        [
            ("CONSULT", "EGY", "JOR"),
            ("CONSULT", "EGY", "PSE", "opt"),
            ("CONSULT", "JOR", "PSE", "opt"),
        ],
        "2023-08-15",
        marks=_x(
            "the parser reads 'played' as a modifier of 'host' (no verb), and the summit is only the setting"
        ),
    ),
    (
        "Eduard Shevardnadze played host to Russian Foreign Minister Igor Ivanov in Tbilisi on Tuesday, with the two discussing Russian military bases in Georgia.",
        [("CONSULT", "GEO", "RUS")],
        None,
    ),
    # --- third party: mediation, shuttles, envoys, facilitation ---
    (
        "U.S. envoy Richard Holbrooke shuttled between Belgrade and Pristina on Monday in a last-ditch bid to persuade Slobodan Milosevic to accept a peace deal for Kosovo.",
        [("CONSULT", "USA", "SRB"), ("CONSULT", "USA", "XKX", "opt")],
        "1999-03-23",
    ),
    (
        "Norwegian peace envoy Erik Solheim held talks with Tamil Tiger leader Velupillai Prabhakaran in the rebel-held north on Wednesday, carrying a message from the Sri Lankan government.",
        [("CONSULT", "NOR", "LKA")],
        "2002-10-31",
    ),
    (
        "Egyptian and Qatari mediators met Hamas leaders in Cairo on Saturday to present a new Israeli proposal for a hostage release deal.",
        [("CONSULT", "EGY", "PSE"), ("CONSULT", "QAT", "PSE", "opt")],
        "2024-04-28",
    ),
    (
        "The talks between Sudan's army and the Rapid Support Forces in Jeddah were brokered by Saudi Arabia and the United States.",
        [("CONSULT", "SDN", "SDN"), ("CONSULT", "SAU", "SDN"), ("CONSULT", "USA", "SDN", "opt")],
        None,
    ),
    (
        "Turkey hosted the first direct talks between Russian and Ukrainian delegations in more than three years in Istanbul on Friday.",
        [("CONSULT", "RUS", "UKR"), ("CONSULT", "TUR", "RUS"), ("CONSULT", "TUR", "UKR", "opt")],
        "2025-05-17",
    ),
    pytest.param(
        "Algeria brokered talks between the Malian government and Tuareg-led rebel groups that led to a peace accord signed in Algiers.",
        [("CONSULT", "MLI", "MLI"), ("CONSULT", "DZA", "MLI"), ("AGREE", "MLI", "MLI")],
        None,
        marks=_x(
            "an accord that talks 'led to', in a relative clause with a passive 'signed', gives no AGREE"
        ),
    ),
    (
        "Qatar's emir Sheikh Tamim bin Hamad al-Thani facilitated a meeting between Congolese President Felix Tshisekedi and Rwandan President Paul Kagame in Doha on Tuesday.",
        [("CONSULT", "COD", "RWA"), ("CONSULT", "QAT", "COD"), ("CONSULT", "QAT", "RWA", "opt")],
        "2025-03-19",
    ),
    pytest.param(
        "A Swiss diplomat carried a message from Washington to Tehran over the weekend, Iranian state media reported.",
        [("CONSULT", "CHE", "IRN"), ("CONSULT", "USA", "IRN", "opt")],
        None,
        marks=_x(
            "'from Washington to Tehran' hangs 'to' on Washington: the sender is taken as the recipient"
        ),
    ),
    (
        "Oman's foreign minister shuttled between the Iranian and U.S. delegations in Muscat on Saturday as the two sides held indirect talks on Tehran's nuclear programme.",
        [("CONSULT", "IRN", "USA"), ("CONSULT", "OMN", "IRN"), ("CONSULT", "OMN", "USA", "opt")],
        "2025-04-13",
    ),
    (
        "Israeli Prime Minister Ehud Barak and Palestinian leader Yasser Arafat held talks at Camp David on Tuesday under the auspices of U.S. President Bill Clinton.",
        [("CONSULT", "ISR", "PSE"), ("CONSULT", "USA", "ISR"), ("CONSULT", "USA", "PSE", "opt")],
        "2000-07-12",
    ),
    (
        "Hamid Karzai and Pervez Musharraf sat down together at the White House on Wednesday for a dinner hosted by President George W. Bush aimed at easing tensions between Afghanistan and Pakistan.",
        [("CONSULT", "AFG", "PAK"), ("CONSULT", "USA", "AFG"), ("CONSULT", "USA", "PAK", "opt")],
        "2006-09-28",
    ),
    pytest.param(
        "Venezuelan government and opposition delegates met in Mexico City on Friday for talks mediated by Norway.",
        [("CONSULT", "VEN", "VEN"), ("CONSULT", "NOR", "VEN")],
        "2021-08-14",
        marks=_x(
            "the demonym of 'Venezuelan government and opposition delegates' is not carried to the second conjunct"
        ),
    ),
    (
        "Lakhdar Brahimi, the U.N. envoy for Syria, met President Bashar al-Assad in Damascus on Wednesday to press for a ceasefire over the Eid holiday.",
        [("CONSULT", "IGO", "SYR"), ("REQUEST", "IGO", "SYR", "opt")],
        "2012-10-22",
    ),
    pytest.param(
        "Kofi Annan brought Kenyan President Mwai Kibaki and opposition leader Raila Odinga together for their first face-to-face talks since the disputed election on Thursday.",
        [("CONSULT", "KEN", "KEN"), ("CONSULT", "IGO", "KEN")],
        "2008-01-25",
        marks=_x(
            "'brought A and B together' is not read as mediation (a particle entry did not fire)"
        ),
    ),
    pytest.param(
        "Nicolas Sarkozy brokered a six-point ceasefire between Russia and Georgia after talks with Dmitry Medvedev in Moscow and Mikheil Saakashvili in Tbilisi.",
        [
            (("AGREE", "RETREAT"), "RUS", "GEO"),
            ("CONSULT", "FRA", "RUS"),
            ("CONSULT", "FRA", "GEO"),
        ],
        "2008-08-13",
        marks=_x(
            "'brokered a ceasefire between A and B' codes a CONSULT between A and B, and the second 'talks with ... and <person> in Tbilisi' conjunct gets no event"
        ),
    ),
    # --- multilateral: summits, conferences, formats ---
    (
        "Foreign ministers of the Group of Seven met on the Italian island of Capri on Thursday, with Ukraine and the Middle East dominating the agenda.",
        [("CONSULT", "IGO", None)],
        "2024-04-19",
    ),
    (
        "Leaders of the Shanghai Cooperation Organisation gathered in Astana on Thursday for a summit attended by Xi Jinping and Vladimir Putin.",
        [
            ("CONSULT", "CHN", "RUS"),
            ("CONSULT", "IGO", None, "opt"),
            ("CONSULT", "CHN", "KAZ", "opt"),
            ("CONSULT", "RUS", "KAZ", "opt"),
        ],
        "2024-07-05",
    ),
    pytest.param(
        "The six-party talks on North Korea's nuclear programme resumed in Beijing on Tuesday after a 13-month hiatus, with envoys from the two Koreas, the United States, China, Japan and Russia.",
        [
            ("CONSULT", "PRK", None),
            ("CONSULT", "KOR", None, "opt"),
            ("CONSULT", "USA", None, "opt"),
            ("CONSULT", "CHN", None, "opt"),
            ("CONSULT", "JPN", None, "opt"),
            ("CONSULT", "RUS", None, "opt"),
        ],
        "2005-07-26",
        marks=_x(
            "'talks resumed' (intransitive, talks as subject) with the parties in a 'with envoys from' phrase gives no event"
        ),
    ),
    pytest.param(
        "Arab foreign ministers met in Cairo on Sunday in an emergency session of the Arab League on the Israeli offensive in Gaza.",
        [("CONSULT", "IGO", None), ("ASSAULT", "ISR", "PSE", "opt")],
        None,
        marks=_x(
            "'Arab foreign ministers' resolves to no actor; the Arab League in the 'session of' phrase is not taken as the meeting's body"
        ),
    ),
    pytest.param(
        "Middle East Quartet envoys met Israeli and Palestinian negotiators in Jerusalem on Friday to try to revive stalled peace talks.",
        [("CONSULT", "IGO", "ISR"), ("CONSULT", "IGO", "PSE"), ("CONSULT", "ISR", "PSE", "opt")],
        None,
        marks=_x("the Quartet is not an actor of the dictionary (IGO)"),
    ),
    (
        "NATO leaders gathered in Vilnius on Tuesday for a two-day summit at which Ukraine's bid to join the alliance topped the agenda.",
        [
            ("CONSULT", "IGO", None),
            ("CONSULT", "IGO", "LTU", "opt"),
            ("CONSULT", "IGO", "UKR", "opt"),
        ],
        "2023-07-12",
    ),
    pytest.param(
        "Southeast Asian foreign ministers held talks with their Chinese counterpart Wang Yi in Vientiane on Friday on a code of conduct for the South China Sea.",
        [("CONSULT", "IGO", "CHN")],
        "2024-07-26",
        marks=_x("'Southeast Asian foreign ministers' is not read as ASEAN (IGO)"),
    ),
    (
        "Congo's Joseph Kabila and Rwanda's Paul Kagame met on the sidelines of an African Union summit in Addis Ababa on Sunday.",
        [("CONSULT", "COD", "RWA"), ("CONSULT", "IGO", None, "opt")],
        "2013-01-28",
    ),
    # --- phone, video calls, letters ---
    (
        "Putin and Trump spoke by telephone for more than two hours on Tuesday, discussing a possible ceasefire in Ukraine, the Kremlin said.",
        [("CONSULT", "RUS", "USA")],
        "2025-03-19",
    ),
    (
        "Chinese President Xi Jinping held a phone call with his Ukrainian counterpart Volodymyr Zelensky on Wednesday, their first contact since Russia invaded Ukraine.",
        [("CONSULT", "CHN", "UKR")],
        "2023-04-27",
    ),
    (
        "Indian Prime Minister Manmohan Singh telephoned Pakistani President Pervez Musharraf to discuss relief efforts after the earthquake in Kashmir.",
        [("CONSULT", "IND", "PAK")],
        None,
    ),
    (
        "Erdogan and Israel's President Isaac Herzog talked by phone for the first time in years, the Turkish presidency said on Monday.",
        [("CONSULT", "TUR", "ISR")],
        "2021-07-13",
    ),
    (
        "U.S. President Joe Biden and Chinese leader Xi Jinping held a video call lasting nearly two hours on Friday in which Biden warned of consequences if Beijing gave material support to Russia.",
        [("CONSULT", "USA", "CHN"), ("THREATEN", "USA", "CHN", "opt")],
        "2022-03-19",
    ),
    (
        "The South Korean and Japanese foreign ministers discussed North Korea's latest missile launch in a telephone conversation on Sunday.",
        [("CONSULT", "KOR", "JPN"), ("MOBILIZE", "PRK", None, "opt")],
        None,
    ),
    (
        "Kim Jong Un and Donald Trump have exchanged a series of personal letters since their summit in Singapore, the White House said.",
        [("CONSULT", "PRK", "USA")],
        "2018-09-11",
    ),
    pytest.param(
        "Iran's supreme leader received a letter from Donald Trump delivered by Japanese Prime Minister Shinzo Abe, but said he would not reply.",
        [("CONSULT", "JPN", "IRN"), ("CONSULT", "USA", "IRN", "opt"), ("REJECT", "IRN", "USA")],
        "2019-06-13",
        marks=_x(
            "a letter 'delivered by' (passive participle on the letter) is read as AID; 'said he would not reply' gives no REJECT"
        ),
    ),
    # --- meet, hold talks, negotiate, discuss, confer ---
    (
        "Colombian government negotiators and FARC rebels resumed peace talks in Havana on Monday after a two-week pause.",
        [("CONSULT", "COL", "COL")],
        "2013-05-14",
    ),
    pytest.param(
        "Sri Lanka's government and the Tamil Tigers sat down in Geneva on Wednesday for their first talks in eight months, with Norwegian mediators present.",
        [("CONSULT", "LKA", "LKA"), ("CONSULT", "NOR", "LKA")],
        "2006-02-23",
        marks=_x(
            "'with Norwegian mediators present' (an absolute construction) is not read as mediation"
        ),
    ),
    (
        "Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov held a round of talks in Almaty hosted by Kazakhstan.",
        [("CONSULT", "ARM", "AZE"), ("CONSULT", "KAZ", "ARM"), ("CONSULT", "KAZ", "AZE", "opt")],
        "2024-05-11",
    ),
    (
        "Serbian and Kosovo negotiators met in Brussels on Thursday for EU-facilitated talks on normalising relations, but failed to make progress.",
        [("CONSULT", "SRB", "XKX"), ("CONSULT", "IGO", "SRB"), ("CONSULT", "IGO", "XKX", "opt")],
        None,
    ),
    (
        "Representatives of Hamas and Fatah met in Beijing this week in a fresh attempt at reconciliation between the rival Palestinian factions.",
        [("CONSULT", "PSE", "PSE"), ("CONSULT", "CHN", "PSE", "opt")],
        "2024-04-30",
    ),
    (
        "Indian and Chinese military commanders held a 21st round of talks on the disputed Himalayan border at the Chushul-Moldo meeting point.",
        [("CONSULT", "IND", "CHN")],
        "2024-02-21",
    ),
    (
        "Sudanese President Omar al-Bashir conferred with southern rebel leader John Garang in Nairobi on the final details of a peace agreement.",
        [("CONSULT", "SDN", "SDN")],
        None,
    ),
    (
        "U.S. Secretary of State Condoleezza Rice discussed the Iranian nuclear issue with Russian Foreign Minister Sergei Lavrov on the sidelines of a meeting in Berlin.",
        [("CONSULT", "USA", "RUS")],
        None,
    ),
    pytest.param(
        "Negotiators from Iran and six world powers wrapped up another round of talks in Vienna on Friday without a deal, but said they would meet again next month.",
        [("CONSULT", "IRN", None), ("AGREE", "IRN", None)],
        "2014-11-22",
        marks=_x(
            "'said they would meet again next month' is coded as a plan, not as the parties' stated intent (AGREE)"
        ),
    ),
    (
        "Senior Indian and Pakistani officials met in New Delhi on Tuesday to discuss confidence-building measures along the Line of Control.",
        [("CONSULT", "IND", "PAK")],
        None,
    ),
    (
        "Moscow and Kyiv held their first face-to-face talks since the invasion on the Belarusian border on Monday.",
        [("CONSULT", "RUS", "UKR")],
        "2022-03-01",
    ),
    (
        "Washington and Beijing held two days of trade talks in Geneva over the weekend, which U.S. officials described as productive.",
        [("CONSULT", "USA", "CHN")],
        "2025-05-12",
    ),
    (
        "The European Union negotiated with Britain through the night to reach a post-Brexit trade deal, officials said.",
        [("CONSULT", "IGO", "GBR")],
        "2020-12-24",
    ),
    (
        "Ethiopia's government and Tigrayan forces negotiated a permanent cessation of hostilities over ten days of talks in Pretoria mediated by the African Union.",
        [
            ("CONSULT", "ETH", "ETH"),
            ("CONSULT", "IGO", "ETH"),
            (("AGREE", "RETREAT"), "ETH", "ETH", "opt"),
        ],
        "2022-11-03",
    ),
    (
        "Chinese and Philippine diplomats discussed tensions in the South China Sea at a bilateral consultation mechanism meeting in Manila on Tuesday.",
        [("CONSULT", "CHN", "PHL")],
        None,
    ),
    (
        "Turkey's foreign minister met his Iranian counterpart Abbas Araghchi in Ankara on Monday.",
        [("CONSULT", "TUR", "IRN")],
        None,
    ),
    (
        "The U.S. secretary of state met the Saudi crown prince in Jeddah on Tuesday to discuss the war in Sudan.",
        [("CONSULT", "USA", "SAU")],
        None,
    ),
    (
        "Afghan President Ashraf Ghani held talks with his rival Abdullah Abdullah on Sunday in an effort to end a months-long political standoff.",
        [("CONSULT", "AFG", "AFG")],
        "2020-05-17",
    ),
    (
        "Senior U.S. and Taliban officials wrapped up a ninth round of talks in Doha on Sunday.",
        [("CONSULT", "USA", "AFG")],
        "2019-09-02",
    ),
    (
        "Egyptian and Israeli intelligence chiefs consulted on Sunday on ways to shore up the fragile truce in Gaza, an Egyptian security source said.",
        [("CONSULT", "EGY", "ISR")],
        None,
    ),
    # --- unnamed delegations ---
    (
        "A delegation from the Houthi movement arrived in Riyadh on Thursday for talks with Saudi officials on ending the war in Yemen.",
        [("CONSULT", "YEM", "SAU")],
        "2023-09-15",
    ),
    (
        "An Israeli delegation flew to Cairo on Monday for talks on a Gaza truce.",
        [("CONSULT", "ISR", "EGY")],
        "2024-02-13",
    ),
    (
        "A high-level delegation from the Democratic Republic of Congo was in Kigali for talks with Rwandan officials.",
        [("CONSULT", "COD", "RWA")],
        None,
    ),
    # --- talks that produced a deal (AGREE) ---
    (
        "Israel and the Palestine Liberation Organization signed an interim accord in Washington after months of secret negotiations in Oslo.",
        [("AGREE", "ISR", "PSE"), ("CONSULT", "ISR", "PSE", "opt")],
        "1993-09-14",
    ),
    (
        "Talks between Armenia and Azerbaijan in Washington ended on Thursday with the two sides agreeing to continue work on a peace treaty.",
        [("CONSULT", "ARM", "AZE"), ("AGREE", "ARM", "AZE"), ("CONSULT", "USA", "ARM", "opt")],
        "2023-05-05",
    ),
    (
        "The presidents of Bosnia, Serbia and Croatia initialled a peace agreement at an air base in Dayton, Ohio, on Tuesday after three weeks of U.S.-brokered negotiations.",
        [
            ("AGREE", "BIH", None),
            ("AGREE", "SRB", "HRV", "opt"),
            ("CONSULT", "BIH", None, "opt"),
            ("CONSULT", "SRB", "HRV", "opt"),
            ("CONSULT", "USA", None, "opt"),
        ],
        "1995-11-22",
    ),
    pytest.param(
        "The foreign ministers of Russia and Ukraine agreed on Thursday to keep talking after their first meeting since the start of the war, held in the Turkish resort of Antalya.",
        [("CONSULT", "RUS", "UKR"), ("AGREE", "RUS", "UKR"), ("CONSULT", "TUR", "RUS", "opt")],
        "2022-03-11",
        marks=_x(
            "'after their first meeting' hangs on 'talking', inside what was agreed, so the meeting is not coded"
        ),
    ),
    (
        "Iran said on Sunday it was ready to hold indirect talks with the United States in Oman.",
        [("AGREE", "IRN", "USA")],
        "2025-04-06",
    ),
    # --- refusing to meet (REJECT), suspending or calling off talks (SANCTION) ---
    pytest.param(
        "Syria's main opposition bloc refused to sit down with government envoys in Geneva on Monday, demanding that Damascus first lift sieges on rebel-held towns.",
        [("REJECT", "SYR", "SYR"), ("REQUEST", "SYR", "SYR")],
        None,
        marks=_x(
            "'government envoys' after 'Syria's' opposition gets no country (and so neither does 'Damascus' demanded of)"
        ),
    ),
    (
        "North Korea rebuffed an offer of talks from Seoul on Friday, saying there was nothing more to discuss with the South.",
        [("REJECT", "PRK", "KOR")],
        "2019-08-17",
    ),
    pytest.param(
        "Palestinian President Mahmoud Abbas declined to meet U.S. Vice President Mike Pence during his visit to the region.",
        [("REJECT", "PSE", "USA")],
        "2017-12-20",
        marks=_x(
            "'during his visit' gives the visit to the subject, not to the guest 'his' refers to"
        ),
    ),
    (
        "Azerbaijan's President Ilham Aliyev pulled out of a planned meeting with Armenia's prime minister in Granada, accusing France of a pro-Armenian bias.",
        [("REJECT", "AZE", "ARM"), ("ACCUSE", "AZE", "FRA")],
        "2023-10-05",
    ),
    (
        "Israel suspended peace talks with the Palestinians on Thursday after Hamas and Fatah announced a unity pact.",
        [("SANCTION", "ISR", "PSE"), ("AGREE", "PSE", "PSE", "opt")],
        "2014-04-25",
    ),
    pytest.param(
        "India called off foreign secretary-level talks with Pakistan on Monday after Islamabad's envoy met Kashmiri separatist leaders in New Delhi.",
        [("SANCTION", "IND", "PAK"), ("CONSULT", "PAK", "IND", "opt")],
        "2014-08-19",
        marks=_x("'Kashmiri separatist leaders' are given Pakistan's country"),
    ),
]

NEGATIVES = [
    "Talks between the two Koreas, which began in 2018, have been frozen since Pyongyang cut off all official communication lines.",
    "U.S. Secretary of State Antony Blinken is due in Cairo next week for talks on a Gaza ceasefire, diplomats said.",
    "A meeting between the Serbian and Kosovo leaders, scheduled for Thursday in Brussels, was postponed, an EU spokesman said.",
    "Analysts say a summit between Putin and Zelensky is unlikely as long as Russian troops occupy Ukrainian territory.",
    "If Iran and the United States were to meet face to face, it would be the first such encounter between their leaders since 1979.",
    "Pakistani Prime Minister Nawaz Sharif did not meet Indian officials while he was in New York, his spokesman said.",
    "Has the envoy met Hamas leaders? The State Department would not say.",
    pytest.param(
        "The 1978 Camp David accords were negotiated over 13 days of talks hosted by President Jimmy Carter.",
        marks=_x(
            "a participle 'hosted by' on talks that are background ('over 13 days of talks') is still coded as mediation"
        ),
    ),
    "Will Modi and Xi hold talks at the BRICS summit? Officials in New Delhi say nothing has been decided.",
    "Diplomats expect the foreign ministers of Armenia and Azerbaijan to meet again before the end of the year.",
    "The Quartet was set up in Madrid in 2002 to mediate the Middle East peace process.",
    "Taiwan's President Tsai Ing-wen has never met Chinese leader Xi Jinping.",
    "Any negotiations with the rebels would have to be approved by parliament, the prime minister's office said.",
    "The summit between Trump and Kim in Hanoi collapsed in 2019 without a deal, and the two sides have not negotiated since.",
]

FIXES = [
    # a plain "did not meet" or "has never met" only negates the meeting; "would not meet"
    # is a stated refusal (REJECT)
    (
        "Serbian President Aleksandar Vucic did not meet Kosovo's prime minister Albin Kurti at the summit in Tirana, officials said.",
        [],
        "2024-05-01",
    ),
    (
        "North Korean leader Kim Jong Un has never met Chinese President Xi Jinping, a South Korean lawmaker said.",
        [],
        None,
    ),
    (
        "Kosovo's prime minister Albin Kurti said he would not meet Serbian officials in Brussels.",
        [("REJECT", "XKX", "SRB")],
        None,
    ),
    # "landed in <capital>" is an arrival like "arrived in"; "flew to <capital> for talks
    # on X" names no partner, so the capital's state is the host
    (
        "Japanese Foreign Minister Taro Kono landed in Seoul on Wednesday on his first visit to South Korea in two years.",
        [("CONSULT", "JPN", "KOR")],
        None,
    ),
    (
        "A Hamas delegation flew to Cairo on Saturday for talks on the ceasefire proposal.",
        [("CONSULT", "PSE", "EGY")],
        "2024-05-01",
    ),
    # "called on <person>" with nothing asked of him is a courtesy call (a visit)
    (
        "U.S. Secretary of State John Kerry called on Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Tuesday.",
        [("CONSULT", "USA", "ISR")],
        None,
    ),
    (
        "Britain's foreign secretary called on Iran's president to free the detained tanker crew.",
        [("REQUEST", "GBR", "IRN")],
        None,
    ),
    # "discussed <topic> with <partner>": the object is the topic, not a party
    (
        "Vladimir Putin discussed Syria with Turkish President Recep Tayyip Erdogan by telephone on Monday.",
        [("CONSULT", "RUS", "TUR")],
        "2019-10-01",
    ),
    (
        "Japan's prime minister discussed the Chinese military build-up with his Australian counterpart in Canberra.",
        [("CONSULT", "JPN", "AUS")],
        None,
    ),
    # "A and B sat down together" is a meeting; an act a meeting was "aimed at" is its
    # purpose, not an event
    (
        "Serbian and Kosovo negotiators sat down together in Vienna on Tuesday for the first time since the war.",
        [("CONSULT", "SRB", "XKX")],
        None,
    ),
    (
        "Egypt hosted a meeting of Israeli and Palestinian security officials aimed at easing tensions in the West Bank.",
        [
            ("CONSULT", "EGY", "ISR"),
            ("CONSULT", "EGY", "PSE", "opt"),
            ("CONSULT", "ISR", "PSE", "opt"),
        ],
        None,
    ),
    # talks held "under the auspices of X" or "under X mediation": X mediates them
    (
        "Armenia and Azerbaijan met in Brussels under the auspices of the European Union.",
        [("CONSULT", "ARM", "AZE"), ("CONSULT", "IGO", "ARM"), ("CONSULT", "IGO", "AZE", "opt")],
        None,
    ),
    (
        "Israeli and Palestinian negotiators held talks in Cairo on Tuesday under Egyptian mediation.",
        [("CONSULT", "ISR", "PSE"), ("CONSULT", "EGY", "ISR"), ("CONSULT", "EGY", "PSE", "opt")],
        None,
    ),
    # talks that were postponed or delayed have not taken place
    (
        "Peace talks between the Colombian government and the ELN rebels were postponed on Friday because of security concerns.",
        [],
        None,
    ),
    (
        "Kenya delayed a summit of East African leaders on the crisis in eastern Congo, officials said.",
        [],
        "2024-05-01",
    ),
    # talks said to be unlikely (or likely, possible) are an expectation
    (
        "Direct talks between Washington and Tehran are unlikely before the election, diplomats said.",
        [],
        None,
    ),
    (
        "A meeting between Modi and Xi on the sidelines of the summit is unlikely, Indian officials said.",
        [],
        "2024-10-20",
    ),
    # a meeting "for <talks>" is not met with; "talks with X on <topic>" names a topic
    (
        "Greek and Turkish diplomats met in Athens on Monday for UN-backed talks on maritime borders.",
        [("CONSULT", "GRC", "TUR")],
        None,
    ),
    (
        "An Iranian delegation travelled to Riyadh for talks with Saudi officials on Yemen's future.",
        [("CONSULT", "IRN", "SAU")],
        None,
    ),
    # letters and messages carried, delivered or exchanged between leaders
    (
        "Oman's foreign minister delivered a message from Iran to U.S. envoy Steve Witkoff in Muscat on Saturday.",
        [("CONSULT", "OMN", "USA"), ("CONSULT", "OMN", "IRN", "opt")],
        "2025-04-13",
    ),
    (
        "Russian President Vladimir Putin and North Korean leader Kim Jong Un exchanged letters on the anniversary of their alliance.",
        [("CONSULT", "RUS", "PRK")],
        None,
    ),
    # a leader "was received by" a host, and "played host to" a guest
    (
        "The Iranian foreign minister was received by Syrian President Bashar al-Assad in Damascus on Sunday.",
        [("CONSULT", "SYR", "IRN")],
        "2019-09-09",
    ),
    (
        "Kazakhstan played host to Armenian and Azerbaijani foreign ministers in Almaty on Friday.",
        [
            ("CONSULT", "KAZ", "ARM"),
            ("CONSULT", "KAZ", "AZE", "opt"),
            ("CONSULT", "ARM", "AZE", "opt"),
        ],
        "2024-05-11",
    ),
    # an envoy who "shuttled between" two capitals met each side; they did not meet
    (
        "U.S. envoy Richard Holbrooke shuttled between Belgrade and Pristina on Monday.",
        [("CONSULT", "USA", "SRB"), ("CONSULT", "USA", "XKX", "opt")],
        "1999-03-23",
    ),
    # a request made the purpose of a meeting is aimed at whom was met
    (
        "U.S. Secretary of State Antony Blinken met Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Monday to urge restraint in Gaza.",
        [("CONSULT", "USA", "ISR"), ("REQUEST", "USA", "ISR", "opt")],
        "2023-11-07",
    ),
    # a deal that talks were held "to (try to) reach" is their aim, not reached
    (
        "Israeli and Hamas negotiators met in Cairo on Sunday to try to reach a ceasefire deal.",
        [("CONSULT", "ISR", "PSE")],
        None,
    ),
    (
        "Canada negotiated with the United States for weeks to strike a new trade agreement.",
        [("CONSULT", "CAN", "USA")],
        None,
    ),
    # a leader who "flew to X to meet Y" made the visit; "will fly ... to meet" is a plan
    (
        "Indian Prime Minister Narendra Modi flew to Kyiv on Friday to meet President Volodymyr Zelensky.",
        [("CONSULT", "IND", "UKR")],
        "2024-08-24",
    ),
    (
        "Indian Prime Minister Narendra Modi will fly to Kyiv next week to meet President Volodymyr Zelensky.",
        [],
        "2024-08-15",
    ),
]


@pytest.mark.parametrize(("text", "expected", "pub"), CASES, ids=[_text(c)[:60] for c in CASES])
def test_consult_coded(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))


@pytest.mark.parametrize(
    "text", NEGATIVES, ids=[_text((t,) if isinstance(t, str) else t)[:60] for t in NEGATIVES]
)
def test_consult_negatives(code, text):
    events = countable(code(text, "2024-05-01"))
    assert not events, show(events)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_consult_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
