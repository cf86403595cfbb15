# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Fourth breadth round on ACCUSE, REQUEST, SUPPORT and CONCEDE, the types where parley
is weakest on real news, in wording the earlier rounds (tests/test_breadth_verbal.py,
test_breadth_verbal2.py, test_breadth_verbal3.py, test_breadth_concede.py) do not use.

ACCUSE (nominal and framed accusations: "X's accusation that", "in a statement blaming",
"drew angry condemnation from", "was to blame for", "said there were clear signs of X's
involvement", "well-founded suspicion that", "named X as suspects", "identified X as
responsible", "found clear manipulation", "a report said X was supporting"; criticism
as a label: "described X as", "characterised X as", "called X a puppet"; condemnations
whose object is a dated act by a named state: "condemned Monday's strike by Israeli
jets"; "censured", "lodged stern representations"; an NGO's "documented the use of";
investigations and suits: "brought a case against", "returned indictments against",
"sought an arrest warrant for", "concluded that"), REQUEST ("renewed his plea",
"formally requested the extradition", "asked X to send back", "requested military help
from", "demanded the withdrawal", "demanded reparations", "appealed to X to stop",
"renewed its call for the return", "was pushing X to", "was seeking the release",
"asked X for help after"; ultimatums, where "gave X 72 hours to ..." is both a threat
and a demand), SUPPORT ("gave its endorsement to", "lent its support to", "came out in
favour of", "spoke out in favour of", "was encouraged by", "extolled", "was among the
first to congratulate", "said X's move was a major step", "viewed the proposal
positively", recognition of a state by three subjects and of a person as president),
CONCEDE ("owned up to", "ended its holdout", "lifted punitive tariffs", "after intense
lobbying ... freed", "sent back ... children", "accepted the terms", "dismissed the
government after protests", "withdrew the farm laws", "relented and postponed",
"accepted partial responsibility", "said he was sorry", "gave way and allowed", "returned a
first batch of archives"). Boundary cases: protests against an act (PROTEST, not
ACCUSE), an order to close a consulate (SANCTION, not REQUEST), a cabinet approving a
ceasefire deal (AGREE, not SUPPORT), a council endorsing a deployment (SUPPORT).

Every sentence was written for this file and annotated (types, source country, target
country per event) from shared/PLOVER.md and eval/README.md before the coder was run on
it; about half are set in 1990-2015 and half in 2016-2025, with people in the offices
they held then, and about half have no publication date. A record passes when every
expected event is coded (any of its types, both countries; target None: any target) and
no other countable event is coded; an event marked "opt" may or may not be coded.
NEGATIVES must give no countable event.

Coverage, as a measure of generalisation: 54/90 records passed on the first run (42/78
CASES, 12/12 NEGATIVES), before any fix made for this file. The 36 failing CASES by
cause (the first cause of each): no event 25 (nominal and framed accusations: "in a
statement blaming", "said there were clear signs of X's involvement", "well-founded
suspicion that", "named X as the suspects", "formally concluded that", "identified X as
responsible", "found clear manipulation in", "said the PKK had ordered the bombing",
"acted with genocidal intent", "described X as a flagrant violation", "characterised X
as interference", "lodged stern representations", "documented the use of", "X's
genocide case against Y opened"; "gave X a week to ... or face"; SUPPORT: "came out in
favour of", "spoke out in favour of", "was encouraged by", "said X's move was a major
step", "viewed the proposal positively"; CONCEDE: "owned up to", "ended its holdout",
"lifted punitive tariffs", "dismissed the government after protests", "gave way and
allowed"), another type 4 ("a report said Rwanda is supporting the M23 rebels with
troops and weapons" as SUPPORT; stones hurled at an embassy in protest as ASSAULT;
"ordered Beijing to close its consulate" as REQUEST; "sent back four Ukrainian
children" as a deportation), a side left null 2 ("Kyiv's accusation that Moscow had
..."; "renewed his plea ... during a visit to Washington"), an extra countable event 5
(the expulsion in "Belgrade's decision to expel" with a null source; background
"islands seized by Soviet troops at the end of the Second World War"; "shelled towns
inside its territory" with a null target; "approved the ceasefire deal" also a nominal
RETREAT; a labour "wave of strikes" as an ASSAULT).

After the general fixes (no annotation was revised): 81/90 (69/78 CASES, 12/12
NEGATIVES); the 9 left are strict xfails with their cause (XFAILS: no event 2, another
type 3, a side left null or wrong 3, an extra event 1). Fixed causes: lexicon ("came /
spoke out in favour of", "lodged stern representations", an NGO's "documented the use
/ torture of", "a case against X", "found manipulation / fraud / irregularities in", a
ship torpedoed, "a rebuttal" drawn from a party, "owned up to", "ended its holdout /
objection / opposition", "gave way", tariffs lifted or removed); "characterised /
portrayed X as" and an "as" phrase the parser hung on the object; "identified / named
X as responsible / the suspects" (the deed is its content); a finding ("concluded /
found that") that a named party did a hostile act; a state's name as a compound
modifier is the doer of the act noun ("the U.S. arms sale to Taiwan"); a participle on
a statement in an "in" phrase speaks for the verb's subject ("In a statement blaming
Armenia ..., the ministry said"); an accusation's "that" clause names the accused; a
court after "against X" is the venue; a reported part in a hostile act ("were involved
in the blast", "signs of Israeli involvement in the sabotage") and a reported author
("had ordered / masterminded the bombing") are accused, also an armed group at home; an
ultimatum to a party named by its place ("the junta in Niger"); a leader dismissing
the government after protests concedes; what a criticised or praised "decision / move
/ bid to ..." resolves is its content, not a second event; a reported label of a party's act praises or condemns its owner ("said
Sudan's move ... was a major step toward peace"), as does the speaker's feeling about
it ("said it was encouraged by Pakistan's reform efforts"); a request made during a visit is
made to the host; an order to close an embassy or consulate is an expulsion; a
participle on what a return noun gives back is background ("the return of four
islands seized by Soviet troops"); stones thrown "in protest" are a riot. FIXES (29
records) were written after the fixes, one or two new sentences per cause fixed.
"""

from __future__ import annotations

import pytest

from conftest import case_text as _text
from conftest import phrasebook_problems as _problems
from conftest import show, with_xfails
from parley.evaluate import countable

RC = ("RETREAT", "CONCEDE")
TR = ("THREATEN", "REQUEST")

# (text, [(types, source, target[, "opt"]), ...], pub date)
CASES = [
    # --- ACCUSE: nominal and framed accusations ---
    (
        "Kyiv's accusation that Moscow had deliberately targeted the power grid drew a sharp rebuttal from the Kremlin.",
        [("ACCUSE", "UKR", "RUS"), ("REJECT", "RUS", "UKR"), ("ASSAULT", "RUS", "UKR", "opt")],
        None,
    ),
    (
        "In a statement blaming Armenia for the collapse of the ceasefire, Azerbaijan's defence ministry said its positions had come under fire overnight.",
        [("ACCUSE", "AZE", "ARM"), ("ASSAULT", "ARM", "AZE", "opt")],
        None,
    ),
    (
        "Iran's downing of a Ukrainian airliner drew angry condemnation from Canada, which lost 57 citizens in the crash.",
        [("ACCUSE", "CAN", "IRN"), ("ASSAULT", "IRN", "UKR", "opt")],
        None,
    ),
    (
        "Moscow said Kyiv was to blame for the drone attack on the Kremlin.",
        [("ACCUSE", "RUS", "UKR"), ("ASSAULT", "UKR", "RUS", "opt")],
        None,
    ),
    (
        "Iranian Foreign Minister Mohammad Javad Zarif said there were clear signs of Israeli involvement in the sabotage at the Natanz nuclear site.",
        [("ACCUSE", "IRN", "ISR"), ("ASSAULT", "ISR", "IRN", "opt")],
        "2021-04-12",
    ),
    (
        "Czech Prime Minister Andrej Babis said there was well-founded suspicion that Russian intelligence officers were involved in the 2014 blast at the Vrbetice ammunition depot.",
        [("ACCUSE", "CZE", "RUS")],
        "2021-04-18",
    ),
    (
        "Britain named two officers of Russia's military intelligence agency as the suspects in the nerve agent attack on a former spy.",
        [("ACCUSE", "GBR", "RUS"), ("ASSAULT", "RUS", None, "opt")],
        None,
    ),
    (
        "South Korea formally concluded that a North Korean submarine had torpedoed the warship Cheonan.",
        [("ACCUSE", "KOR", "PRK"), ("ASSAULT", "PRK", "KOR", "opt")],
        "2010-05-20",
    ),
    (
        "A report by the chemical weapons watchdog OPCW identified the Syrian air force as responsible for sarin attacks on the town of Ltamenah.",
        [("ACCUSE", "IGO", "SYR"), ("ASSAULT", "SYR", "SYR", "opt")],
        None,
    ),
    (
        "The Organization of American States said it had found clear manipulation in Bolivia's presidential election.",
        [("ACCUSE", "IGO", "BOL")],
        None,
    ),
    (
        "Rwanda is supporting the M23 rebels in eastern Congo with troops and weapons, a report by U.N. experts said.",
        [("ACCUSE", "IGO", "RWA"), (("AID", "COOPERATE"), "RWA", "COD", "opt")],
        None,
    ),
    (
        "Turkish Interior Minister Suleyman Soylu said the PKK had ordered the bombing on Istanbul's Istiklal Avenue.",
        [("ACCUSE", "TUR", "TUR"), ("ASSAULT", "TUR", "TUR", "opt")],
        "2022-11-14",
    ),
    (
        "U.N. investigators said the Myanmar army had acted with genocidal intent against the Rohingya.",
        [("ACCUSE", "IGO", "MMR"), ("ASSAULT", "MMR", "MMR", "opt")],
        None,
    ),
    # --- ACCUSE: criticism as a label, condemnation of a dated act ---
    (
        "Egypt condemned Monday's strike by Israeli jets on a school in Gaza City.",
        [("ACCUSE", "EGY", "ISR"), ("ASSAULT", "ISR", "PSE", "opt")],
        None,
    ),
    (
        "Jordan's foreign ministry described the storming of the Al-Aqsa mosque compound by Israeli police as a flagrant violation of international law.",
        [("ACCUSE", "JOR", "ISR"), (("COERCE", "ASSAULT"), "ISR", None, "opt")],
        "2023-04-05",
    ),
    (
        "Beijing characterised the latest U.S. arms sale to Taiwan as gross interference in China's internal affairs.",
        [("ACCUSE", "CHN", "USA"), (("COOPERATE", "AID", "AGREE"), "USA", "TWN", "opt")],
        None,
    ),
    (
        "Pyongyang's state media called the South Korean president a puppet and a traitor.",
        [("ACCUSE", "PRK", "KOR")],
        None,
    ),
    (
        "The U.N. Human Rights Council censured Sri Lanka over abuses committed in the final phase of the civil war.",
        [("ACCUSE", "IGO", "LKA")],
        "2012-03-22",
    ),
    (
        "Beijing lodged stern representations with Tokyo over the Japanese prime minister's visit to the Yasukuni Shrine.",
        [("ACCUSE", "CHN", "JPN")],
        "2013-12-26",
    ),
    (
        "The shelling of the Zaporizhzhia nuclear plant was condemned by the head of the U.N. nuclear watchdog.",
        [("ACCUSE", "IGO", None), ("ASSAULT", None, None, "opt")],
        None,
    ),
    (
        "Human Rights Watch documented the use of cluster munitions by Saudi-led coalition forces in northern Yemen.",
        [("ACCUSE", "NGO", "SAU"), ("ASSAULT", "SAU", "YEM", "opt")],
        None,
    ),
    (
        "NATO allies sharply criticised Belgrade's decision to expel the head of the OSCE mission in Kosovo.",
        [("ACCUSE", "IGO", "SRB"), (("SANCTION", "COERCE"), "SRB", "IGO", "opt")],
        "1999-01-19",
    ),
    # --- ACCUSE: suits, indictments, warrants ---
    (
        "Mexico brought a case against Ecuador at the World Court over the police raid on its embassy in Quito.",
        [("ACCUSE", "MEX", "ECU"), ("COERCE", "ECU", "MEX", "opt")],
        None,
    ),
    (
        "South Africa's genocide case against Israel opened at the International Court of Justice on Thursday.",
        [("ACCUSE", "ZAF", "ISR")],
        "2024-01-12",
    ),
    (
        "A U.S. federal grand jury returned indictments against four members of China's People's Liberation Army over the hacking of a credit agency.",
        [(("ACCUSE", "COERCE"), "USA", "CHN"), ("ASSAULT", "CHN", "USA", "opt")],
        "2020-02-10",
    ),
    (
        "The prosecutor of the International Criminal Court sought an arrest warrant for Myanmar's military chief Min Aung Hlaing.",
        [(("ACCUSE", "REQUEST", "COERCE"), "IGO", "MMR")],
        "2024-11-27",
    ),
    (
        "Ecuador took Colombia to the International Court of Justice over the aerial spraying of herbicides along their border.",
        [("ACCUSE", "ECU", "COL")],
        "2008-04-01",
    ),
    # --- ACCUSE vs PROTEST ---
    (
        "Thousands of Chinese students hurled stones at the U.S. embassy in Beijing in protest at the NATO bombing of China's embassy in Belgrade.",
        [("PROTEST", "CHN", "USA"), ("ASSAULT", "IGO", "CHN", "opt")],
        "1999-05-09",
    ),
    (
        "Thousands of Armenians marched in Yerevan to denounce the government's handover of border villages to Azerbaijan.",
        [("PROTEST", "ARM", "ARM"), ("ACCUSE", "ARM", "ARM", "opt"), (RC, "ARM", "AZE", "opt")],
        "2024-05-10",
    ),
    # --- REQUEST ---
    (
        "Ukrainian President Volodymyr Zelenskiy renewed his plea for more air defence systems during a visit to Washington.",
        [("REQUEST", "UKR", "USA"), ("CONSULT", "UKR", "USA", "opt")],
        "2023-12-12",
    ),
    (
        "Turkey formally requested the extradition of the cleric Fethullah Gulen from the United States.",
        [("REQUEST", "TUR", "USA")],
        "2016-07-20",
    ),
    (
        "Bangladesh's interim government asked India to send back the ousted prime minister Sheikh Hasina.",
        [("REQUEST", "BGD", "IND")],
        "2024-12-24",
    ),
    (
        "Mozambique requested military help from Rwanda to fight insurgents in Cabo Delgado province.",
        [("REQUEST", "MOZ", "RWA")],
        None,
    ),
    (
        "Mali's junta demanded the withdrawal of French troops from the country without delay.",
        [("REQUEST", "MLI", "FRA")],
        None,
    ),
    (
        "Warsaw formally demanded 1.3 trillion euros in war reparations from Germany.",
        [("REQUEST", "POL", "DEU")],
        None,
    ),
    (
        "Lebanese Prime Minister Najib Mikati appealed to the Security Council to stop the Israeli air strikes.",
        [("REQUEST", "LBN", "IGO"), ("ASSAULT", "ISR", "LBN", "opt")],
        "2024-09-24",
    ),
    (
        "Tokyo renewed its call for the return of four islands seized by Soviet troops at the end of the Second World War.",
        [("REQUEST", "JPN", "RUS")],
        None,
    ),
    (
        "The White House was pushing Israel to allow more humanitarian aid into Gaza.",
        [("REQUEST", "USA", "ISR")],
        None,
    ),
    (
        "Washington was seeking the release of two Americans held in Russian prisons.",
        [("REQUEST", "USA", "RUS")],
        None,
    ),
    (
        "Armenia asked the Russian-led CSTO alliance for help after Azerbaijani forces shelled towns inside its territory.",
        [("REQUEST", "ARM", "IGO"), ("ASSAULT", "AZE", "ARM", "opt")],
        None,
    ),
    (
        "Sudan's government asked the United Nations to wind up its political mission in the country.",
        [("REQUEST", "SDN", "IGO")],
        None,
    ),
    (
        "Pope Francis pleaded for an end to the fighting in Gaza in his Sunday address.",
        [("REQUEST", "VAT", None)],
        None,
    ),
    (
        "Kuwait's emir asked Washington for protection for Kuwaiti oil tankers sailing through the Gulf.",
        [("REQUEST", "KWT", "USA")],
        "1987-03-02",
    ),
    (
        "Seoul demanded an explanation from Tokyo for a textbook that glosses over Japan's wartime atrocities.",
        [("REQUEST", "KOR", "JPN")],
        "2001-04-04",
    ),
    (
        "Baghdad's foreign minister asked Turkey to withdraw its troops from a base near Mosul.",
        [("REQUEST", "IRQ", "TUR")],
        "2015-12-06",
    ),
    (
        "Athens pressed Ankara for an explanation of the repeated violations of Greek airspace by Turkish fighter jets.",
        [("REQUEST", "GRC", "TUR"), ("ACCUSE", "GRC", "TUR", "opt")],
        None,
    ),
    # --- REQUEST vs THREATEN: ultimatums ---
    (
        "Ethiopian Prime Minister Abiy Ahmed gave Tigrayan forces 72 hours to surrender before an assault on Mekelle.",
        [(TR, "ETH", "ETH")],
        "2020-11-22",
    ),
    (
        "ECOWAS gave the junta in Niger a week to reinstate President Mohamed Bazoum or face possible military action.",
        [(TR, "IGO", "NER")],
        "2023-07-31",
    ),
    # --- REQUEST vs SANCTION: an order to close a mission ---
    (
        "Washington ordered Beijing to close its consulate in Houston.",
        [(("SANCTION", "COERCE"), "USA", "CHN")],
        "2020-07-22",
    ),
    # --- SUPPORT ---
    (
        "The Arab League gave its endorsement to an Egyptian plan for rebuilding Gaza.",
        [("SUPPORT", "IGO", "EGY")],
        None,
    ),
    (
        "Britain lent its support to India's bid for a permanent seat on the Security Council.",
        [("SUPPORT", "GBR", "IND")],
        "2010-07-29",
    ),
    (
        "Spain came out in favour of Morocco's autonomy plan for Western Sahara.",
        [("SUPPORT", "ESP", "MAR")],
        None,
    ),
    (
        "Washington spoke out in favour of Taiwan's participation in the World Health Assembly.",
        [("SUPPORT", "USA", "TWN")],
        None,
    ),
    (
        "The International Monetary Fund said it was encouraged by Pakistan's reform efforts.",
        [("SUPPORT", "IGO", "PAK")],
        None,
    ),
    (
        "German Chancellor Olaf Scholz extolled Ukraine's resilience on the first anniversary of the invasion.",
        [("SUPPORT", "DEU", "UKR")],
        "2023-02-24",
    ),
    (
        "Chinese President Xi Jinping was among the first leaders to congratulate Vladimir Putin on his re-election.",
        [("SUPPORT", "CHN", "RUS")],
        "2024-03-18",
    ),
    (
        "The United States said Sudan's move to normalise relations with Israel was a major step toward peace.",
        [("SUPPORT", "USA", "SDN"), ("AGREE", "SDN", "ISR", "opt")],
        "2020-10-24",
    ),
    (
        "Hamas said it viewed the latest ceasefire proposal positively.",
        [(("SUPPORT", "AGREE"), "PSE", None)],
        None,
    ),
    (
        "Ireland, Norway and Spain formally recognised a Palestinian state.",
        [("SUPPORT", "IRL", "PSE"), ("SUPPORT", "NOR", "PSE"), ("SUPPORT", "ESP", "PSE")],
        "2024-05-28",
    ),
    (
        "The United States recognised opposition leader Juan Guaido as Venezuela's interim president.",
        [("SUPPORT", "USA", "VEN")],
        None,
    ),
    (
        "Moscow warmly backed Belgrade's position on Kosovo during the foreign minister's visit.",
        [("SUPPORT", "RUS", "SRB"), ("CONSULT", None, None, "opt")],
        None,
    ),
    (
        "President Bill Clinton voiced strong support for Boris Yeltsin after the Russian president dissolved parliament.",
        [("SUPPORT", "USA", "RUS")],
        "1993-09-22",
    ),
    # --- SUPPORT vs AGREE, SUPPORT vs COOPERATE ---
    (
        "Israel's security cabinet approved the ceasefire deal with Hezbollah.",
        [(("AGREE", "RETREAT"), "ISR", "LBN")],
        None,
    ),
    (
        "The Security Council endorsed the deployment of a Kenyan-led police force to Haiti.",
        [("SUPPORT", "IGO", None)],
        "2023-10-02",
    ),
    # --- CONCEDE ---
    (
        "The Iranian military owned up to shooting down the Ukrainian airliner by mistake.",
        [("CONCEDE", "IRN", "UKR"), ("ASSAULT", "IRN", "UKR", "opt")],
        None,
    ),
    (
        "Hungary's parliament ended its holdout and ratified Sweden's accession to NATO.",
        [("CONCEDE", "HUN", "SWE"), ("AGREE", "HUN", "SWE", "opt")],
        None,
    ),
    (
        "Beijing lifted punitive tariffs on Australian barley.",
        [(RC, "CHN", "AUS")],
        "2023-08-05",
    ),
    (
        "After intense lobbying by Washington, Egypt freed the Egyptian-American activist Mohamed Soltan.",
        [(RC, "EGY", None), ("REQUEST", "USA", "EGY", "opt")],
        "2015-05-31",
    ),
    (
        "Following mediation by Qatar, Russia sent back four Ukrainian children to their families.",
        [(RC, "RUS", "UKR"), ("CONSULT", "QAT", None, "opt")],
        None,
    ),
    (
        "Greece accepted the terms of a third bailout from its eurozone creditors.",
        [(("CONCEDE", "AGREE"), "GRC", None)],
        "2015-07-13",
    ),
    (
        "Kazakh President Kassym-Jomart Tokayev dismissed the government after protests over fuel prices.",
        [("CONCEDE", "KAZ", "KAZ"), ("PROTEST", "KAZ", "KAZ", "opt")],
        "2022-01-05",
    ),
    (
        "Indian Prime Minister Narendra Modi withdrew the three farm laws after a year of protests by farmers.",
        [("CONCEDE", "IND", "IND"), ("PROTEST", "IND", "IND", "opt")],
        "2021-11-19",
    ),
    (
        "Kosovo's government relented and postponed a rule requiring Serbs in the north to switch to Kosovo licence plates.",
        [("CONCEDE", "XKX", None)],
        None,
    ),
    (
        "The Dutch government accepted partial responsibility for the deaths of more than 300 Bosniak men at Srebrenica.",
        [("CONCEDE", "NLD", "BIH")],
        None,
    ),
    (
        "North Korean leader Kim Jong Un said he was sorry for the killing of a South Korean fisheries official.",
        [("CONCEDE", "PRK", "KOR"), ("ASSAULT", "PRK", "KOR", "opt")],
        "2020-09-25",
    ),
    (
        "Iraq returned a first batch of the Kuwaiti national archives taken during the occupation.",
        [(RC, "IRQ", "KWT")],
        "2002-10-21",
    ),
    (
        "Facing a wave of strikes, the Polish government agreed to legalise the Solidarity trade union.",
        [(("CONCEDE", "AGREE"), "POL", "POL")],
        "1989-04-06",
    ),
    (
        "Serbia gave way and allowed Kosovo Albanians to cross its border with their own identity cards.",
        [(("CONCEDE", "RETREAT"), "SRB", None)],
        None,
    ),
]

# strict xfails: records that still fail after the fixes, keyed by their opening words
XFAILS = {
    "Rwanda is supporting": "'supporting the M23 rebels with troops and weapons' is coded SUPPORT, not military aid, and the U.N. experts' report that says so is not read as an accusation",
    "U.N. investigators said": "'had acted with genocidal intent against the Rohingya' names no act parley knows, so no accusation",
    "Thousands of Chinese students": "the riot is also aimed at China, from 'the U.S. embassy in Beijing', and at NATO, from 'in protest at the NATO bombing' (annotated against the United States only)",
    "Armenia asked the Russian-led": "'shelled towns inside its territory': 'its' (Armenia, the main clause's subject) is not resolved, so the shelling has no target",
    "Hamas said it viewed": "'viewed the latest ceasefire proposal positively': approval told by an adverb is not read",
    "Israel's security cabinet": "the tagger reads 'deal' in 'the ceasefire deal with Hezbollah' as a verb, so 'ceasefire' is coded as a nominal RETREAT of its own",
    "Hungary's parliament": "'ended its holdout' takes its target from 'its' (Hungary), not from Sweden in the coordinated 'ratified Sweden's accession'; 'accession to NATO' adds an AGREE with NATO",
    "Following mediation by Qatar": "'sent back four Ukrainian children to their families' is read as a deportation (COERCE), not a return",
    "Facing a wave of strikes": "'a wave of strikes' facing a government is read as attacks, not labour strikes",
}
CASES = with_xfails(CASES, XFAILS)

NEGATIVES = [
    "Indonesia has long championed Palestinian statehood at international forums.",
    "Tokyo has repeatedly stopped short of a formal apology for the wartime forced labour.",
    "Calls for an international inquiry into the blast have so far gone unanswered.",
    "Whoever was behind the sabotage of the pipelines has yet to be identified, investigators said.",
    "Should Pyongyang apologise, Seoul would be ready to resume dialogue, officials said.",
    "The ministry's lawyers are expected to file the lawsuit against the neighbouring state next month.",
    "Endorsements from foreign leaders rarely sway voters, a pollster said.",
    "The blame game between the two capitals shows no sign of ending, analysts said.",
    "A demand for war reparations has hung over relations between Warsaw and Berlin for decades.",
    "It was not clear who had ordered the strike, and no government claimed responsibility.",
    "Kyiv stopped short of blaming Moscow directly for the power outage.",
    "Whether Ankara will drop its objection to the bid is far from certain.",
]

# written after the fixes: one or two new sentences per cause fixed
FIXES = [
    # "came/spoke out in favour of"
    (
        "Germany came out in favour of Ukraine's bid to join the European Union.",
        [("SUPPORT", "DEU", "UKR")],
        None,
    ),
    # "lodged stern representations"
    (
        "China lodged stern representations with Manila over the grounding of a warship at the shoal.",
        [("ACCUSE", "CHN", "PHL")],
        None,
    ),
    # an NGO documented abuses
    (
        "Amnesty International documented the torture of detainees by Syrian government forces.",
        [("ACCUSE", "NGO", "SYR"), ("ASSAULT", "SYR", None, "opt")],
        None,
    ),
    # "a case against X"
    (
        "Ukraine's case against Russia at the World Court opened on Monday.",
        [("ACCUSE", "UKR", "RUS")],
        "2024-06-04",
    ),
    # "found fraud / irregularities in"
    (
        "European Union observers found serious irregularities in Belarus's presidential election.",
        [("ACCUSE", "IGO", "BLR")],
        None,
    ),
    # a ship torpedoed; a finding that a named party did it
    (
        "Dutch investigators concluded that a Russian missile had downed the airliner over eastern Ukraine.",
        [("ACCUSE", "NLD", "RUS"), ("ASSAULT", "RUS", None, "opt")],
        None,
    ),
    # a rebuttal drawn from a party
    (
        "Warsaw's allegation that Minsk had pushed migrants across the border drew a swift rebuttal from Belarus.",
        [("ACCUSE", "POL", "BLR"), ("REJECT", "BLR", "POL"), ("COERCE", "BLR", None, "opt")],
        None,
    ),
    # "owned up to"; "ended its objection"; "gave way"; tariffs lifted
    (
        "Moscow owned up to the bombing of the market after days of denials.",
        [("CONCEDE", "RUS", None), ("ASSAULT", "RUS", None, "opt")],
        None,
    ),
    ("Athens ended its opposition to Skopje's bid.", [("CONCEDE", "GRC", "MKD")], None),
    ("Washington removed the tariffs on Mexican steel.", [(RC, "USA", "MEX")], None),
    # labels: "portrayed X as"; an "as" phrase hung on the object
    (
        "Tehran portrayed the killing of its general by an American drone as an act of terrorism.",
        [("ACCUSE", "IRN", "USA"), ("ASSAULT", "USA", "IRN", "opt")],
        None,
    ),
    # "identified / named X as responsible"
    (
        "The FBI identified North Korean hackers as responsible for the theft from Bangladesh's central bank.",
        [("ACCUSE", "USA", "PRK")],
        None,
    ),
    # a state's name as a compound modifier of the act
    (
        "Pyongyang denounced the U.S. bomber flights over the peninsula as a provocation.",
        [("ACCUSE", "PRK", "USA")],
        None,
    ),
    # a participle on a statement in an "in" phrase
    (
        "In a statement condemning the raid, the Palestinian Authority said Israeli troops had killed three men.",
        [("ACCUSE", "PSE", None), ("ASSAULT", "ISR", None, "opt")],
        None,
    ),
    # an accusation's "that" clause
    (
        "Seoul repeated its accusation that Pyongyang had jammed GPS signals near the border.",
        [("ACCUSE", "KOR", "PRK"), ("COERCE", "PRK", None, "opt")],
        None,
    ),
    # a part in a hostile act; an act ordered
    (
        "Kyiv said Belarusian troops were involved in the attack on Chernihiv.",
        [("ACCUSE", "UKR", "BLR")],
        None,
    ),
    (
        "Pakistan said India had masterminded the bombing in Lahore.",
        [("ACCUSE", "PAK", "IND")],
        None,
    ),
    # an accusation of an armed group at home
    (
        "Nigeria said Boko Haram was behind the abduction of the schoolgirls.",
        [("ACCUSE", "NGA", "NGA")],
        None,
    ),
    # an ultimatum to a party named by its place
    (
        "The African Union gave the military rulers in Mali six months to hand power to civilians.",
        [(("THREATEN", "REQUEST"), "IGO", "MLI")],
        None,
    ),
    # a government dismissed after protests
    (
        "Jordan's King Abdullah sacked the government amid protests over price rises.",
        [("CONCEDE", "JOR", "JOR"), ("PROTEST", "JOR", "JOR", "opt")],
        "2011-02-01",
    ),
    # what a condemned decision resolves is its content
    (
        "Canberra condemned Beijing's decision to impose tariffs on Australian wine.",
        [("ACCUSE", "AUS", "CHN"), ("SANCTION", "CHN", "AUS", "opt")],
        None,
    ),
    # a reported label of a party's act
    (
        "The European Union said Kosovo's move to abolish the Serbian dinar was unacceptable.",
        [("ACCUSE", "IGO", "XKX")],
        None,
    ),
    (
        "Tokyo said Seoul's decision to restore the intelligence pact was an important step.",
        [("SUPPORT", "JPN", "KOR")],
        None,
    ),
    # the speaker's feeling about a party's act
    (
        "Berlin said it was dismayed by Budapest's veto of the aid package for Ukraine.",
        [("ACCUSE", "DEU", "HUN")],
        None,
    ),
    (
        "Tokyo said it was heartened by Seoul's offer to compensate the wartime labourers.",
        [("SUPPORT", "JPN", "KOR")],
        None,
    ),
    # a request during a visit
    (
        "The Philippine president repeated his call for more patrol boats during a visit to Tokyo.",
        [("REQUEST", "PHL", "JPN"), ("CONSULT", "PHL", "JPN", "opt")],
        None,
    ),
    # an order to close a mission
    (
        "Moscow ordered Washington to close its consulate in Yekaterinburg.",
        [("SANCTION", "RUS", "USA")],
        None,
    ),
    # a participle on what a return gives back
    (
        "Athens renewed its demand for the return of the marbles taken by Lord Elgin.",
        [("REQUEST", "GRC", None)],
        None,
    ),
    # stones thrown in protest
    (
        "Angry villagers threw rocks at police vehicles in protest at the arrest of a local leader.",
        [("PROTEST", None, None), ("COERCE", None, None, "opt")],
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected", "pub"), CASES, ids=[_text(c)[:60] for c in CASES])
def test_verbal4_coded(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))


@pytest.mark.parametrize(
    "text", NEGATIVES, ids=[_text((t,) if isinstance(t, str) else t)[:60] for t in NEGATIVES]
)
def test_verbal4_negatives(code, text):
    events = countable(code(text, "2024-05-01"))
    assert not events, show(events)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_verbal4_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
