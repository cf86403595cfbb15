# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Precision on fresh text: wire copy full of event words that report no event, or
only one or two real events among distractors. Background and history clauses,
casualty tallies, anniversaries, commemorations and funerals, trials over old attacks
(the verdict is the event, the attack is background), analysis and opinion, plans and
schedules of third parties, conditionals, questions, denials and negations, headlines
and captions, economic and sports news in conflict words, rumours, quoted threats that
are not the speaker's own, purposes and causes ("to protest against", "in retaliation
for"), and names of things ("the Ceasefire Commission", "Operation Protective Edge").

Every sentence was written for this file and annotated (types, source country, target
country per event) from shared/PLOVER.md and eval/README.md before the coder was run on
it. A record passes when every expected event is coded (any of its types, both
countries; target None: any target; either way round for symmetric types) and no other
countable event is coded; an event marked "opt" may or may not be coded. NEGATIVES must
give no countable event.

Coverage, as a measure of precision on fresh text: 93/117 records passed on the first
run (34/46 CASES, 59/71 NEGATIVES), before any fix made for this file. First-run false
(countable, unexpected) events: 25 in 22 records -
  NEGATIVES, one each: two casualty tallies ("more than 500 ... have been killed ...
  since January", "1,200 civilians were killed ... in the first half of the year"),
  "observers fear the junta will expel" (THREATEN), "Japan plans to host" (AGREE), "If
  Turkey ..., Washington would consider sanctions" (THREATEN), "FILE PHOTO: ... patrol"
  (MOBILIZE), "Explainer: What is the Minsk agreement" (AGREE), "RELATED COVERAGE: ...
  Egypt seeks truce" (REQUEST), "the attack on the Chelsea goal" (ASSAULT), "a sales
  offensive" (ASSAULT), "rumours ... that the army chief had been arrested" (COERCE),
  "a 2014 speech in which the leader threatened" (THREATEN);
  CASES: background acts coded beside the news - "after Russia's invasion began",
  "the 2008 Mumbai attacks, in which 166 people were killed", "a 1991 car bombing that
  killed", "linked him to an arson attack" (one ASSAULT each); "summoned the Afghan
  charge d'affaires to protest against an attack that killed five soldiers" (PROTEST and
  ASSAULT by Pakistan, the summons missed); "the Russian-led CSTO" read as Russia (two
  events); "stormed the embassy to arrest ..." (COERCE) and "prompting Mexico to sever
  relations" (null target); an aid promise with a null target; a release with a null
  source; two annotation slips of mine (talks behind a brokered deal are optional,
  eval/README.md 4; "the state court" names no state), corrected and marked.
  Misses: no event twice ("protesters burned tyres", "hackers breached the computer
  systems"). By cause: 12 background/modality/genre (negatives), 5 background clauses,
  2 purpose clauses, 1 wrong country, 3 null side, 2 no event, 2 annotation slips.
After the general fixes: 111/117 (42/46 CASES, 69/71 NEGATIVES), the rest strict xfails
with their cause. FIXES were written after the fixes, one or two new sentences per cause
fixed.
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
    # --- background and history around a real event ---
    (
        "Two years after their 2020 war, Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev in Prague on Thursday.",
        [("CONSULT", "ARM", "AZE")],
        "2022-10-07",
    ),
    (
        "Ethiopian and Eritrean leaders, who signed a peace deal in 2018 ending two decades of hostility, held talks in Asmara on Saturday.",
        [("CONSULT", "ETH", "ERI")],
        None,
    ),
    (
        "Serbian President Aleksandar Vucic, who has refused to recognise Kosovo since it declared independence in 2008, met the EU envoy for the Belgrade-Pristina dialogue in Belgrade on Friday.",
        [("CONSULT", "SRB", "IGO")],
        "2023-06-03",
    ),
    (
        "Colombia's government and the ELN rebels signed a six-month ceasefire in Havana on Friday, months after talks collapsed over a deadly bombing.",
        [(("AGREE", "RETREAT"), "COL", "COL"), ("CONSULT", "CUB", "COL", "opt")],
        "2023-06-10",
    ),
    pytest.param(
        "German Chancellor Olaf Scholz visited Kyiv on Monday, more than a year after Russia's full-scale invasion began, and promised further military aid.",
        [("CONSULT", "DEU", "UKR"), (("AID", "AGREE"), "DEU", "UKR", "opt")],
        "2023-06-01",
        marks=_x(
            "aid promised in a second verb after a visit takes no target (the visited state is not carried over)"
        ),
    ),
    (
        "Egypt opened the Rafah crossing on Saturday to let aid trucks into Gaza, two weeks after the war began.",
        [(("RETREAT", "AID", "COOPERATE"), "EGY", None)],
        "2023-10-22",
    ),
    (
        "Saudi Arabia and Iran agreed on Friday to restore diplomatic ties severed in 2016, after talks brokered by China.",
        [
            ("AGREE", "SAU", "IRN"),
            ("CONSULT", "SAU", "IRN", "opt"),  # (annotation corrected: eval/README.md 4)
            ("CONSULT", "CHN", "SAU", "opt"),
            ("CONSULT", "CHN", "IRN", "opt"),
        ],
        "2023-03-11",
    ),
    (
        "Chinese President Xi Jinping arrived in Moscow on Monday for a state visit, his first trip to Russia since the start of the war in Ukraine.",
        [("CONSULT", "CHN", "RUS")],
        "2023-03-21",
    ),
    (
        "Yemen's Houthis, who have controlled Sanaa since 2014, seized a cargo ship in the Red Sea on Sunday.",
        [(("COERCE", "ASSAULT"), "YEM", None)],
        "2023-11-20",
    ),
    (
        "Ukrainian drones struck an oil refinery in Russia's Ryazan region overnight, the latest in a campaign of attacks on Russian energy sites that began last year.",
        [("ASSAULT", "UKR", "RUS")],
        "2025-03-01",
    ),
    pytest.param(
        "Sri Lanka's president said on Monday there would be no return to the war that ended in 2009 and announced the release of 30 Tamil prisoners.",
        [("RETREAT", "LKA", None)],
        "2023-06-01",
        marks=_x(
            "the parser hangs 'and announced' inside the relative clause 'that ended in 2009': the release loses its speaker"
        ),
    ),
    # --- casualty tallies around a real event ---
    (
        "Thai soldiers detained 12 suspected insurgents in the southern province of Narathiwat on Monday, in a region where more than 7,000 people have been killed since 2004.",
        [("COERCE", "THA", None)],
        "2024-05-01",
    ),
    (
        "Riot police in Nairobi fired tear gas at opposition supporters on Monday, a year after more than 60 people were killed in protests over tax increases.",
        [(("ASSAULT", "COERCE"), "KEN", "KEN")],
        "2025-06-30",
    ),
    (
        "A car bomb killed at least seven people at a market in Mogadishu on Saturday, police said; al Shabaab has carried out dozens of similar attacks since 2007.",
        [("ASSAULT", None, None), ("ASSAULT", "SOM", None, "opt")],
        "2024-05-01",
    ),
    (
        "Israeli forces detained 15 Palestinians in overnight raids across the occupied West Bank, where violence has surged since the start of the Gaza war.",
        [("COERCE", "ISR", "PSE")],
        None,
    ),
    # --- trials and verdicts over old attacks ---
    (
        "A Paris court on Wednesday sentenced a man to life in prison for helping to plan the November 2015 attacks that killed 130 people.",
        [(("SANCTION", "COERCE"), "FRA", None)],
        "2022-06-30",
    ),
    (
        "A Baghdad court sentenced 12 men to death on Sunday over the 2014 massacre of hundreds of air force recruits at Camp Speicher.",
        [(("SANCTION", "COERCE"), "IRQ", None)],
        "2024-05-01",
    ),
    (
        "German prosecutors charged a Syrian man on Thursday with war crimes over the torture of detainees at a prison in Damascus between 2011 and 2012.",
        [(("ACCUSE", "SANCTION", "COERCE"), "DEU", None)],
        "2024-05-01",
    ),
    (
        "A court in Nairobi acquitted two men on Friday of involvement in the 2013 Westgate mall attack.",
        [(("SANCTION", "RETREAT", "CONCEDE"), "KEN", None, "opt")],
        "2024-05-01",
    ),
    (
        "Indian police arrested three men on Sunday in connection with the 2008 Mumbai attacks, in which 166 people were killed.",
        [("COERCE", "IND", None)],
        "2024-05-01",
    ),
    (
        "Spanish police arrested a suspected ETA member on Tuesday over a 1991 car bombing that killed five police officers.",
        [("COERCE", "ESP", None)],
        "2024-05-01",
    ),
    (
        "A court in Ankara jailed a journalist for 18 months on Tuesday over articles about the 2016 coup attempt.",
        [(("SANCTION", "COERCE"), "TUR", None)],
        "2024-05-01",
    ),
    (
        "Bosnian Serb leader Milorad Dodik was sentenced to a year in prison on Wednesday for defying the international peace envoy, the state court said.",
        # (annotation corrected: "the state court" names no state, so its country is null)
        [(("SANCTION", "COERCE"), None, "BIH"), ("REJECT", "BIH", None, "opt")],
        "2025-02-27",
    ),
    # --- anniversaries, commemorations, funerals with a real event ---
    (
        "Protesters in Baghdad burned tyres on Friday to mark the anniversary of the 2019 uprising, and police fired tear gas to disperse them.",
        [("PROTEST", "IRQ", None), (("ASSAULT", "COERCE"), "IRQ", None)],
        "2024-05-01",
    ),
    (
        "In a speech marking the 30th anniversary of the Oslo Accords, Palestinian President Mahmoud Abbas accused Israel of destroying the peace process.",
        [("ACCUSE", "PSE", "ISR")],
        "2023-09-13",
    ),
    (
        "The funeral of a Palestinian teenager killed by Israeli troops in a raid in Jenin on Tuesday drew thousands of mourners.",
        [("ASSAULT", "ISR", "PSE", "opt")],
        "2024-05-01",
    ),
    (
        "Japan's prime minister laid a wreath at the Hiroshima peace memorial on Sunday with U.S. President Joe Biden, who pledged to work for a world without nuclear weapons.",
        [("CONSULT", "JPN", "USA", "opt"), ("AGREE", "USA", None, "opt")],
        "2023-05-22",
    ),
    # --- analysis and plans beside a real event ---
    (
        "Rwanda and Congo signed a peace agreement in Washington on Friday, but analysts say fighting by M23 rebels in the east is likely to continue.",
        [("AGREE", "RWA", "COD"), ("CONSULT", "USA", None, "opt")],
        "2025-06-28",
    ),
    (
        "Israel and Hamas agreed to extend the truce by two days, Qatar said on Monday, as analysts warned that fighting could resume.",
        [(("AGREE", "RETREAT"), "ISR", "PSE")],
        "2023-11-28",
    ),
    (
        "Speaking after talks with his Chinese counterpart in Beijing, Brazil's foreign minister said trade between the two countries could double by 2030.",
        [("CONSULT", "BRA", "CHN")],
        None,
    ),
    (
        "South Korea's military said North Korea fired a ballistic missile into the sea on Thursday, days after Pyongyang threatened to respond to joint drills by Seoul and Washington.",
        [
            ("MOBILIZE", "PRK", None),
            ("THREATEN", "PRK", None, "opt"),
            (("MOBILIZE", "COOPERATE"), "KOR", None, "opt"),
        ],
        "2024-05-01",
    ),
    # --- conflict words in economic news beside a real event ---
    (
        "The European Union extended its sanctions against Russia for another six months on Monday, saying a price war in global oil markets had not blunted their effect.",
        [("SANCTION", "IGO", "RUS")],
        "2024-05-01",
    ),
    (
        "Indonesian President Joko Widodo met Chinese leader Xi Jinping in Beijing on Wednesday to discuss a price war in nickel markets and new investment.",
        [("CONSULT", "IDN", "CHN")],
        "2023-07-28",
    ),
    # --- purposes and causes ---
    (
        "Hundreds of French farmers drove tractors through Paris on Tuesday to protest against EU trade deals.",
        [("PROTEST", "FRA", None)],
        "2024-05-01",
    ),
    (
        "Israel struck targets in southern Lebanon on Monday in retaliation for a rocket attack on the Golan Heights.",
        [("ASSAULT", "ISR", "LBN")],
        "2024-05-01",
    ),
    (
        "Pakistan's foreign ministry summoned the Afghan charge d'affaires on Monday to protest against a cross-border attack that killed five soldiers.",
        [
            (("ACCUSE", "CONSULT"), "PAK", "AFG"),
            ("ASSAULT", None, "PAK", "opt"),
            ("ASSAULT", "AFG", "PAK", "opt"),
        ],
        "2024-05-01",
    ),
    (
        "Russia expelled two Estonian diplomats on Friday in a tit-for-tat move after Tallinn ordered a Russian envoy to leave.",
        [("SANCTION", "RUS", "EST"), ("SANCTION", "EST", "RUS", "opt")],
        "2024-05-01",
    ),
    (
        "Nigerian workers went on strike on Wednesday to demand higher wages after the government raised fuel prices.",
        [("PROTEST", "NGA", None), ("REQUEST", "NGA", None, "opt")],
        "2024-05-01",
    ),
    (
        "Turkish warplanes struck Kurdish militant targets in northern Iraq on Wednesday in response to an attack that killed nine Turkish soldiers, the defence ministry said.",
        [("ASSAULT", "TUR", None), ("ASSAULT", None, "TUR", "opt")],
        "2024-05-01",
    ),
    pytest.param(
        "Iranian hackers breached the computer systems of a water utility in Pennsylvania, U.S. officials said, in what they called retaliation for Israel's war in Gaza.",
        [(("COERCE", "ASSAULT"), "IRN", "USA")],
        "2024-05-01",
        marks=_x(
            "the victim is named only by a U.S. state ('in Pennsylvania'), which gives no country, and a COERCE's unnamed target takes the actor's own"
        ),
    ),
    (
        "The Polish government expelled a Russian diplomat on Tuesday after prosecutors linked him to an arson attack on a Warsaw shopping centre last year.",
        [("SANCTION", "POL", "RUS"), ("ACCUSE", "POL", "RUS", "opt")],
        None,
    ),
    (
        "Armenia has frozen its participation in the Russian-led CSTO military alliance, Prime Minister Nikol Pashinyan said on Friday, accusing the bloc of failing to protect the country during the 2023 Azerbaijani offensive.",
        [("SANCTION", "ARM", "IGO"), ("ACCUSE", "ARM", "IGO", "opt")],
        "2024-02-24",
    ),
    pytest.param(
        "Ecuadorean police stormed the Mexican embassy in Quito on Friday to arrest a former vice president, prompting Mexico to sever diplomatic relations.",
        [(("COERCE", "ASSAULT"), "ECU", "MEX"), ("SANCTION", "MEX", "ECU")],
        "2024-04-07",
        marks=_x(
            "the purpose of a raid ('to arrest ...') is coded as done; a general rule would drop arrests annotators code"
        ),
    ),
    (
        "Chinese coast guard ships fired water cannon at a Philippine supply boat near Second Thomas Shoal on Saturday, Manila said, an incident Beijing blamed on the Philippine side.",
        [(("ASSAULT", "COERCE"), "CHN", "PHL"), ("ACCUSE", "CHN", "PHL", "opt")],
        "2024-05-01",
    ),
    # --- denials ---
    (
        "The Pentagon denied on Tuesday that U.S. aircraft had struck a wedding party in the province.",
        [("REJECT", "USA", None, "opt")],
        "2024-05-01",
    ),
    (
        "Kenya deployed 400 police officers to Haiti on Tuesday to lead a U.N.-backed mission against gangs that have controlled most of the capital since 2021.",
        [(("MOBILIZE", "COOPERATE", "AID"), "KEN", "HTI")],
        "2024-06-26",
    ),
]

FIXES = [
    # a relative clause on an event named by an earlier year (or on its place)
    (
        "Kenyan police detained a suspect on Monday over the 1998 embassy bombing in Nairobi, which killed more than 200 people.",
        [("COERCE", "KEN", None)],
        "2024-05-01",
    ),
    (
        "Turkish police detained a Syrian man on Friday over the 2016 nightclub attack in Istanbul that killed 39 people.",
        [("COERCE", "TUR", None)],
        "2024-05-01",
    ),
    # an event named only as the onset a count of years is measured from
    (
        "Three years after Russia's invasion began, Finland's president visited Kyiv on Tuesday.",
        [("CONSULT", "FIN", "UKR")],
        None,
    ),
    # a count over a span of months is a tally
    (
        "More than 300 people have been killed in gang violence in Port-au-Prince since March, the U.N. said.",
        [],
        "2024-05-01",
    ),
    (
        "At least 900 migrants were killed in the first six months of the year, the IOM said.",
        [],
        "2024-05-01",
    ),
    # wire slugs of explainers, fact boxes and file photos
    ("FACTBOX-What we know about the Houthi attacks on Red Sea shipping", [], "2024-05-01"),
    ("FILE PHOTO: Israeli tanks manoeuvre near the Gaza border, October 2023.", [], "2024-05-01"),
    # a feared or rumoured act
    (
        "Residents fear the militia will seize the town again once the peacekeepers leave.",
        [],
        "2024-05-01",
    ),
    ("Speculation grew on Tuesday that the defence minister had been detained.", [], "2024-05-01"),
    # business and sport senses
    (
        "Telecoms operators launched a marketing offensive ahead of the holiday season.",
        [],
        "2024-05-01",
    ),
    ("The visitors kept up the attack on the Arsenal goal in the second half.", [], "2024-05-01"),
    # a state's "to protest against" after a summons is the summons' criticism
    (
        "India summoned Bangladesh's charge d'affaires on Tuesday to protest against attacks on Hindu temples.",
        [("ACCUSE", "IND", "BGD")],
        "2024-05-01",
    ),
    # "the Russian-led X": X
    (
        "Kazakhstan hosted a summit of the Russian-led Eurasian Economic Union on Thursday.",
        [("CONSULT", "KAZ", "IGO")],
        "2024-05-01",
    ),
    # acts of a demonstration
    (
        "Opposition supporters burned tyres and blocked roads in Dakar on Monday.",
        [("PROTEST", "SEN", None)],
        "2024-05-01",
    ),
    # breaching computer networks
    (
        "North Korean hackers breached the networks of a South Korean defence contractor, Seoul's police said.",
        [("COERCE", "PRK", "KOR")],
        "2024-05-01",
    ),
    # an act someone is linked to is the earlier act
    (
        "Sweden expelled an Iranian diplomat on Thursday after police tied him to an attack on the Israeli embassy in Stockholm.",
        [("SANCTION", "SWE", "IRN")],
        "2024-05-01",
    ),
    # a response "prompting X to ..." is aimed at the provoker
    (
        "Serbian police detained three Kosovo police officers near the border on Wednesday, prompting Pristina to suspend talks.",
        [("COERCE", "SRB", "XKX"), ("SANCTION", "XKX", "SRB")],
        "2024-05-01",
    ),
    # a march to remember or honour is no protest
    (
        "Former soldiers marched through Belgrade on Saturday to honour comrades killed in the Kosovo war.",
        [],
        "2024-05-01",
    ),
    # a court's docket is a schedule, not an intent
    (
        "Kenya's Supreme Court will deliver its ruling on the election dispute next week.",
        [],
        "2024-05-01",
    ),
    ("A Moscow court will sentence the American journalist on Friday.", [], "2024-05-01"),
    # a perfect "in the past" is background
    ("India has rejected such accusations in the past.", [], "2024-05-01"),
    # a reporter's question
    (
        "Asked whether Washington would impose sanctions, the spokesman said all options were on the table.",
        [],
        "2024-05-01",
    ),
    # a danger foreseen is no threat
    (
        "Iran's foreign minister warned that the region could slide into a wider war.",
        [],
        "2024-05-01",
    ),
    # a present-tense "when" clause under a future is a condition
    (
        "Hamas said it would free more hostages when Israel withdraws from Gaza.",
        [("AGREE", "PSE", None, "opt")],
        "2024-05-01",
    ),
    # an assault on inflation, a clash over quotas or a budget
    ("The central bank launched a fresh assault on inflation on Thursday.", [], "2024-05-01"),
    ("Saudi and Russian oil ministers clashed over production quotas on Sunday.", [], "2024-05-01"),
    # a verbal or diplomatic effort going on for months is background (violence is not)
    (
        "Egypt, Qatar and the United States have been mediating between Israel and Hamas for months.",
        [],
        "2024-05-01",
    ),
    (
        "Turkey has been urging Sweden for months to act against Kurdish militants.",
        [],
        "2024-05-01",
    ),
    (
        "Russian forces have been shelling Kharkiv for weeks.",
        [("ASSAULT", "RUS", "UKR")],
        "2024-05-01",
    ),
    # an act dated years ago is an anniversary recalled (days ago is news)
    ("Ten years ago today, Russia annexed Crimea.", [], "2024-05-01"),
    ("Thirty years ago, Iraqi troops invaded Kuwait.", [], None),
    (
        "Two days ago, Russian troops shelled Kherson.",
        [("ASSAULT", "RUS", "UKR")],
        "2024-05-01",
    ),
    # a named accord as the doer describes what it did
    (
        "The Abraham Accords normalised ties between Israel and several Arab states.",
        [],
        "2024-05-01",
    ),
    ("The 1979 treaty returned Sinai to Egypt.", [], "2024-05-01"),
    # a simple past after "said ... would ..." is the speaker's own next act
    (
        "Colombia's president said on Sunday the talks would resume in Havana and announced the release of 20 jailed ELN fighters.",
        [("RETREAT", "COL", None), ("CONSULT", "COL", None, "opt")],
        "2024-05-01",
    ),
]

NEGATIVES = [
    # --- background and history ---
    "The 1995 Dayton accord that ended the war in Bosnia divided the country into two autonomous entities.",
    "Since the 2003 U.S.-led invasion, Iraq has held five parliamentary elections.",
    "Relations between Ankara and Athens have been strained since talks on maritime boundaries collapsed last year.",
    "The town, which was shelled heavily during the 1992-1995 war, now attracts thousands of tourists each summer.",
    "Sri Lanka's civil war, in which government forces crushed the Tamil Tigers in 2009, left deep scars in the north.",
    "Kosovo declared independence from Serbia in 2008, a move Belgrade has never recognised.",
    "The border has remained closed since Azerbaijan and Armenia fought a six-week war over Nagorno-Karabakh in 2020.",
    "Hamas has never recognised Israel's right to exist.",
    # --- casualty statistics and tallies ---
    "More than 500 people have been killed in clashes between rival militias in Tripoli since January, the United Nations said.",
    "At least 1,200 civilians were killed in Afghanistan in the first half of the year, a U.N. report said on Monday.",
    "The conflict in eastern Congo has displaced nearly seven million people, according to aid agencies.",
    "Some 3,000 protesters have been detained since the demonstrations began in September, rights groups say.",
    "The death toll from two weeks of fighting in Khartoum has risen to 528, the health ministry said.",
    "Nearly 2,000 Syrian refugees have returned home from Lebanon since the beginning of the year, the UNHCR said.",
    # --- anniversaries, commemorations and funerals ---
    "Thousands of Bosnians gathered in Srebrenica on Thursday to mark the anniversary of the 1995 massacre of some 8,000 Muslim men and boys.",
    "Rwanda began a week of mourning on Sunday to commemorate the 1994 genocide in which about 800,000 people were killed.",
    "Americans marked the 10th anniversary of the September 11 attacks with ceremonies in New York, Washington and Pennsylvania.",
    "South Koreans laid flowers at a memorial on Tuesday for the 46 sailors who died when the warship Cheonan was sunk in 2010.",
    "Mourners packed a mosque in Beirut on Friday for the funeral of a veteran politician who died of cancer last week.",
    "Veterans and their families gathered in Normandy on Thursday to commemorate the D-Day landings of June 1944.",
    # --- analysis and opinion ---
    "Analysts say the sanctions are unlikely to force Pyongyang to abandon its nuclear programme.",
    "Critics argue that the deal rewards Iran for years of defiance of U.N. inspectors.",
    "The move could further strain ties between Washington and Beijing, experts said.",
    "Israel may strike Iranian nuclear facilities if diplomacy fails, some Western officials fear.",
    "The rebels are expected to launch an offensive on the city once the rainy season ends, military sources said.",
    "Diplomats believe Moscow is unlikely to veto the resolution.",
    "Such an attack would be a major escalation, a senior NATO official said.",
    "Some observers fear that the junta will expel the remaining U.N. peacekeepers before the end of the year.",
    # --- plans and schedules of third parties ---
    "Foreign ministers of the 27 EU states are due to discuss new sanctions on Russia at a meeting in Brussels next week.",
    "The Security Council will vote on Thursday on a draft resolution calling for a ceasefire in Gaza.",
    "Sudanese army and RSF delegations are scheduled to meet in Jeddah later this month, a Saudi official said.",
    pytest.param(
        "Japan plans to host a conference on Ukraine's reconstruction in February.",
        marks=_x(
            "a state's own plan to host talks is read as an intent to meet (CAMEO 036, AGREE); borderline"
        ),
    ),
    "The two leaders are set to sign a defence pact during a visit to Manila next month.",
    # --- conditionals and hypotheticals ---
    pytest.param(
        "If Turkey launches a ground operation in northern Syria, Washington would consider sanctions, a U.S. official said.",
        marks=_x(
            "a conditional 'would consider sanctions' is read as a threat; borderline (a coder may code THREATEN)"
        ),
    ),
    "Had the talks succeeded, the two Koreas would have reopened their liaison office.",
    "Should the ceasefire collapse, aid agencies say they will have to evacuate their staff from the region.",
    "Unless the army withdraws from the town, the rebels say they will not return to the negotiating table.",
    # --- questions ---
    "Will Belgrade and Pristina ever agree to normalise relations?",
    "Did China supply weapons to Russia? U.S. officials say they have seen no evidence of it.",
    "Why did the talks in Geneva fail, and can they be revived?",
    # --- denials and negations ---
    "There was no attack on the embassy on Sunday, police in Nairobi said.",
    "No talks were held between the two delegations during the summit in Vienna.",
    "Pakistan has not deployed additional troops to the Line of Control, the army said on Monday.",
    "Neither side fired a shot during the handover of the disputed village.",
    "India did not impose any new restrictions on imports from China last month.",
    "No arrests have been made in connection with the bombing, police said.",
    # --- headlines and captions ---
    "FACTBOX-Key facts about the ceasefire in Ukraine's Donbas region",
    "FILE PHOTO: Iraqi soldiers patrol a street in Mosul, March 12, 2017.",
    "TIMELINE-Major attacks in Pakistan since 2007",
    "ANALYSIS-Can sanctions stop Russia's war machine?",
    "Explainer: What is the Minsk agreement and why does it matter?",
    "RELATED COVERAGE: Israel strikes Gaza after rocket fire; Egypt seeks truce",
    # --- economic and sports news in conflict words ---
    "Supermarket chains in Britain are locked in a fierce price war as inflation squeezes shoppers.",
    "Liverpool kept up the attack on the Chelsea goal but could not find an equaliser.",
    "The company said it was in talks with investors about raising fresh capital.",
    "Chinese carmakers have launched a sales offensive in Europe, cutting prices on electric vehicles.",
    "The striker fired the ball past the goalkeeper in stoppage time, killing off any hope of a comeback for the visitors.",
    "The two telecoms groups agreed to merge in a deal worth $12 billion.",
    "Real Madrid's defence collapsed under sustained pressure, and Barcelona struck three times in ten minutes.",
    "The central bank fired another salvo in its battle against inflation, raising rates by half a point.",
    "Shareholders rejected the board's pay proposal at the annual meeting in Frankfurt.",
    # --- rumours ---
    "Rumours swirled in Kinshasa on Monday that the army chief had been arrested, but officials gave no confirmation.",
    "Unconfirmed reports on social media said a coup was under way in the capital.",
    # --- quoted threats that are not the speaker's own ---
    "The newspaper recalled a 2014 speech in which the group's leader threatened to conquer Rome.",
    "'We will burn the city,' read a slogan painted on a wall near the barracks.",
    # --- names of things ---
    "The Peace Agreement Monitoring Committee will present its quarterly report to parliament on Friday.",
    "Operation Protective Edge, the 2014 Gaza war, is the subject of a new documentary.",
    "A spokesman for the Joint Ceasefire Commission said its offices in Juba would reopen on Monday.",
    "The Truth and Reconciliation Commission was set up in 1995 to investigate apartheid-era crimes.",
    "The Arms Trade Treaty entered into force in 2014.",
    "He is a former member of the U.N. Sanctions Committee and an expert on the Iran nuclear deal.",
]


@pytest.mark.parametrize(("text", "expected", "pub"), CASES, ids=[_text(c)[:60] for c in CASES])
def test_precision_coded(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))


@pytest.mark.parametrize(
    "text", NEGATIVES, ids=[_text((t,) if isinstance(t, str) else t)[:60] for t in NEGATIVES]
)
def test_precision_negatives(code, text):
    events = countable(code(text, "2024-05-01"))
    assert not events, show(events)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_precision_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
