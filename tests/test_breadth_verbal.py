# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Breadth of the verbal types ACCUSE and SUPPORT, as international wire copy words them.

ACCUSE in all its modes and CAMEO sub-categories (090-094 investigate, 110-116:
criticise, denounce, condemn, deplore, rebuke, accuse, blame, allege, charge that,
complain officially, summon an envoy to protest, sue, indict, charge), SUPPORT in its
sub-categories (050-057: praise, hail, commend, congratulate, endorse, back, voice
support, defend verbally, recognise, express solidarity, welcome, friendship treaties),
and the confusables between them and with REJECT (denials, dismissing criticism),
REQUEST (calls for an inquiry), COERCE (arrest warrants), SANCTION (convictions,
recalling an envoy) and CONSULT ("welcomed X in Hanoi").

Every sentence was written for this file and annotated (types, source country, target
country per event) from shared/PLOVER.md and eval/README.md before the coder was run on
it; about half are set in 1990-2015 and half in 2016-2025, about half have no
publication date (then only a sentence that names the state gives a country). A record
passes when every expected event is coded (any of its types, both countries; target
None: any target; either way round for symmetric types) and no other countable event is
coded; an event marked "opt" may or may not be coded. NEGATIVES (background, analysis,
plans, hypotheticals, negation, questions, statistics) must give no countable event.

Coverage, as a measure of generalisation: 80/97 records passed on the first run (69/85
CASES, 11/12 NEGATIVES), before any fix made for this file (recounted by re-running this
file as first committed on the code it was written against; the count first written here
said 82/99, miscounting the CASES as 87). The 17 failures by cause
(a record can have two): no event 5 (an accusation reported as "X said Y had ...", twice;
"dismissed the accusations"; "leapt to the defence of"; "accused ..., a charge Caracas
rejected"), other type 2 ("welcomed <leader> in Hanoi" as SUPPORT, not CONSULT; "vowed to
exercise all options" as AGREE), null side 2 (the person in "opened a probe into <person>"; an ACCUSE coded
only as speculative after "called in ... to complain"), wrong country 2 (REJECT aimed at
the rejecter itself; a second verb of a "charged that" clause given the accused as
source), extra event 9 ("no longer support" as AGREE; a duplicate ACCUSE with no target;
the background "its invasion" in a quoted reason; "at its summit" as CONSULT; a clause
under "no evidence that"; "the Paris attacks" with Paris as attacker; "an allegation the
group denied" as the denier's ACCUSE; a negative: an inquiry as subject of "cost").

After the general fixes (FIXES: one or two new sentences per cause, written after the
fix): 93/97 (81/85 CASES, 12/12 NEGATIVES); the rest are strict xfails with their cause.
Fixed causes: an evaluative label in the actor's words ("dismissed X as absurd") taken
for the writer's opinion; "called in" an envoy; "no evidence that"; welcoming a guest at
a place (CONSULT) against welcoming a measure (SUPPORT); "came to the defence of";
a demonym read as a second object ("accused Azerbaijani forces"); "no longer support";
a claim noun appended to a reported clause ("..., an allegation the group denied"); a
claim noun read as a second subject of the denial ("..., a charge Caracas rejected"); a
speech act coordinated with a past-perfect reported clause ("... had sent drones and
warned"); "opened a probe into X" with "into" on the verb; a war someone "justifies";
an inquiry as the subject of its cost or length. Found while probing beyond the file (and
also in FIXES): "sought to <verb>" with no event named is no REQUEST; "paid tribute to".
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
    # --- ACCUSE: criticise, denounce, condemn, deplore, rebuke ---
    (
        "Russia's Foreign Ministry on Thursday condemned NATO's air strikes on Yugoslavia as an act of aggression against a sovereign state.",
        [("ACCUSE", "RUS", "IGO"), ("ASSAULT", "IGO", "SRB", "opt")],
        "1999-03-26",
    ),
    (
        "China sharply criticised Japanese Prime Minister Junichiro Koizumi's visit to the Yasukuni war shrine, calling it a provocation.",
        [("ACCUSE", "CHN", "JPN")],
        "2005-10-18",
    ),
    (
        "The European Union deplored the killing of opposition leader Boris Nemtsov in Moscow and urged Russian authorities to bring the killers to justice.",
        [
            ("ACCUSE", "IGO", None),
            ("REQUEST", "IGO", "RUS"),
            ("ASSAULT", None, "RUS", "opt"),
            ("ASSAULT", None, None, "opt"),
        ],
        "2015-02-28",
    ),
    pytest.param(
        "Pakistan denounced India's decision to revoke the special status of Kashmir on Monday and vowed to exercise all possible options.",
        [("ACCUSE", "PAK", "IND"), ("THREATEN", "PAK", "IND", "opt")],
        "2019-08-06",
        marks=_x(
            "'vowed to exercise all possible options' is read as a cooperative promise (AGREE); a veiled threat with no named target is not recognised"
        ),
    ),
    (
        "Turkish President Recep Tayyip Erdogan lashed out at Sweden on Monday over a Koran-burning protest in Stockholm, saying Ankara would no longer support its NATO bid.",
        [
            ("ACCUSE", "TUR", "SWE"),
            (("THREATEN", "REJECT"), "TUR", "SWE", "opt"),
            ("PROTEST", "SWE", None, "opt"),
        ],
        "2023-01-24",
    ),
    (
        "The Arab League slammed Israel's settlement expansion in the occupied West Bank as a flagrant violation of international law.",
        [("ACCUSE", "IGO", "ISR")],
        None,
    ),
    (
        "U.S. Secretary of State Antony Blinken rebuked China for its dangerous manoeuvres near Philippine vessels in the South China Sea.",
        [("ACCUSE", "USA", "CHN")],
        "2024-03-20",
    ),
    (
        "Poland's government lambasted Hungary on Thursday for granting asylum to a former deputy justice minister wanted on corruption charges in Warsaw.",
        [("ACCUSE", "POL", "HUN"), ("AID", "HUN", "POL", "opt")],
        "2024-12-20",
    ),
    (
        "Iran's supreme leader Ayatollah Ali Khamenei denounced the United States as the Great Satan in a speech in Tehran.",
        [("ACCUSE", "IRN", "USA")],
        None,
    ),
    (
        "Israel's operation in Jenin was strongly condemned by Jordan and Egypt on Tuesday.",
        [("ACCUSE", "JOR", "ISR"), ("ACCUSE", "EGY", "ISR")],
        "2023-07-05",
    ),
    (
        "Kosovo Prime Minister Albin Kurti criticised the European Union's response to the Banjska attack as weak.",
        [("ACCUSE", "XKX", "IGO")],
        "2023-09-27",
    ),
    (
        "Senior Hungarian and Slovak officials criticised the European Commission's migrant relocation plan on Thursday.",
        [("ACCUSE", "HUN", "IGO"), ("ACCUSE", "SVK", "IGO")],
        None,
    ),
    (
        "Afghanistan's Taliban government condemned Pakistani air strikes in Paktika province on Wednesday.",
        [("ACCUSE", "AFG", "PAK"), ("ASSAULT", "PAK", "AFG", "opt")],
        "2024-12-26",
    ),
    (
        "Mahmoud Abbas, the Palestinian president, denounced the Israeli raid on the Jenin refugee camp as a war crime.",
        [("ACCUSE", "PSE", "ISR"), ("ASSAULT", "ISR", "PSE", "opt")],
        None,
    ),
    # --- ACCUSE: accuse, blame, allege, charge that ---
    (
        "Georgia accused Russia on Thursday of bombing its territory near the breakaway region of South Ossetia.",
        [("ACCUSE", "GEO", "RUS")],
        "2008-08-08",
    ),
    (
        "Armenia's Defence Ministry accused Azerbaijani forces of opening fire on Armenian positions near the village of Sotk overnight.",
        [("ACCUSE", "ARM", "AZE")],
        "2023-04-13",
    ),
    (
        "Colombian President Alvaro Uribe accused Venezuela of harbouring FARC rebels, a charge Caracas rejected.",
        [("ACCUSE", "COL", "VEN"), ("REJECT", "VEN", "COL")],
        "2010-07-23",
    ),
    (
        "Sri Lanka's government blamed the Tamil Tigers for a suicide bombing in Colombo that killed 11 people.",
        [("ACCUSE", "LKA", "LKA"), ("ASSAULT", "LKA", None, "opt"), ("ASSAULT", None, None, "opt")],
        None,
    ),
    (
        "Kyiv blamed Moscow for a missile strike on a children's hospital in the capital on Monday.",
        [("ACCUSE", "UKR", "RUS"), ("ASSAULT", "RUS", "UKR", "opt")],
        "2024-07-09",
    ),
    (
        "Pyongyang charged that Seoul had sent drones over the North Korean capital and warned of retaliation.",
        [("ACCUSE", "PRK", "KOR"), ("THREATEN", "PRK", "KOR")],
        None,
    ),
    (
        "India alleged that Pakistan-based militants were behind the attack on tourists in Pahalgam.",
        [("ACCUSE", "IND", "PAK")],
        "2025-04-24",
    ),
    (
        "Israel's military said Hamas was using hospitals in Gaza as command centres, an allegation the group denied.",
        [("ACCUSE", "ISR", "PSE"), ("REJECT", "PSE", "ISR")],
        None,
    ),
    (
        "Sudan's government accused the United Arab Emirates of arming the Rapid Support Forces in a complaint filed with the U.N. Security Council.",
        [("ACCUSE", "SDN", "ARE")],
        "2024-04-20",
    ),
    (
        "Moscow laid the blame for the Crocus City Hall attack squarely on Ukraine on Monday.",
        [("ACCUSE", "RUS", "UKR")],
        "2024-03-26",
    ),
    (
        "Rwanda has been accused by Congo of backing M23 rebels in North Kivu.",
        [("ACCUSE", "COD", "RWA")],
        None,
    ),
    (
        "Bosnian Serb leader Radovan Karadzic was accused by U.N. officials of ordering the shelling of Sarajevo.",
        [("ACCUSE", "IGO", "BIH")],
        "1995-06-01",
    ),
    (
        "Seoul formally blamed Pyongyang for the sinking of the Cheonan warship, citing the findings of an international inquiry.",
        [("ACCUSE", "KOR", "PRK")],
        "2010-05-20",
    ),
    pytest.param(
        "Lithuania's foreign minister said Belarus had orchestrated the influx of migrants across the border.",
        [("ACCUSE", "LTU", "BLR")],
        None,
        marks=_x(
            "an accusation worded as 'X said Y had <done a wrong that is no event type>' gives no ACCUSE (the guidelines code the reported act itself, hedged, when it is one)"
        ),
    ),
    (
        "Ethiopian Prime Minister Abiy Ahmed accused Egypt of trying to destabilise his country over the Nile dam dispute.",
        [("ACCUSE", "ETH", "EGY")],
        None,
    ),
    (
        "Hezbollah leader Hassan Nasrallah blamed Israel for the explosions of pagers across Lebanon.",
        [("ACCUSE", "LBN", "ISR")],
        "2024-09-19",
    ),
    # --- ACCUSE: investigate, probe, inquiry ---
    (
        "The International Criminal Court opened an investigation into alleged war crimes in Ukraine on Wednesday.",
        [("ACCUSE", "IGO", None)],
        "2022-03-03",
    ),
    (
        "British police launched an inquiry into the poisoning of former spy Sergei Skripal in Salisbury.",
        [("ACCUSE", "GBR", None)],
        "2018-03-06",
    ),
    (
        "Dutch prosecutors are investigating the downing of Malaysia Airlines flight MH17 over eastern Ukraine.",
        [("ACCUSE", "NLD", None)],
        None,
    ),
    (
        "The U.N. Human Rights Council set up a commission of inquiry to probe abuses by Syrian government forces.",
        [("ACCUSE", "IGO", "SYR")],
        "2011-08-23",
    ),
    (
        "Israeli military police are probing the deaths of seven aid workers killed in an Israeli strike in Gaza.",
        [("ACCUSE", "ISR", None), ("ASSAULT", "ISR", None, "opt")],
        "2024-04-03",
    ),
    (
        "Brazil's Supreme Court opened a probe into former president Jair Bolsonaro over the January 8 riots in Brasilia.",
        [("ACCUSE", "BRA", "BRA")],
        "2023-01-14",
    ),
    (
        "Turkish prosecutors began investigating the disappearance of Saudi journalist Jamal Khashoggi at the Saudi consulate in Istanbul.",
        [("ACCUSE", "TUR", None)],
        "2018-10-07",
    ),
    # --- ACCUSE: sue, indict, charge (legal) ---
    (
        "South Africa filed a case at the International Court of Justice accusing Israel of genocide in Gaza.",
        [("ACCUSE", "ZAF", "ISR")],
        "2023-12-29",
    ),
    (
        "Ukraine sued Russia at the U.N.'s top court, saying Moscow had falsely used genocide claims to justify its invasion.",
        [("ACCUSE", "UKR", "RUS")],
        None,
    ),
    (
        "A U.S. federal grand jury indicted 12 Russian military intelligence officers for hacking Democratic Party computers.",
        [("ACCUSE", "USA", "RUS")],
        "2018-07-13",
    ),
    (
        "Argentine prosecutors charged eight Iranian officials over the 1994 bombing of a Jewish community centre in Buenos Aires.",
        [("ACCUSE", "ARG", "IRN")],
        None,
    ),
    (
        "The U.N. war crimes tribunal in The Hague indicted Serbian President Slobodan Milosevic for crimes against humanity in Kosovo.",
        [("ACCUSE", "IGO", "SRB")],
        "1999-05-27",
    ),
    (
        "The International Criminal Court issued an arrest warrant for Sudanese President Omar al-Bashir on charges of war crimes in Darfur.",
        [(("ACCUSE", "COERCE"), "IGO", "SDN")],
        "2009-03-04",
    ),
    # --- ACCUSE: complain officially, summon an envoy to protest ---
    (
        "Poland summoned Russia's ambassador on Sunday to protest against a missile that briefly entered Polish airspace.",
        [("ACCUSE", "POL", "RUS"), ("CONSULT", "POL", "RUS", "opt")],
        "2024-03-25",
    ),
    (
        "Israel's foreign ministry summoned the Spanish ambassador for a reprimand after Madrid recognised a Palestinian state.",
        [("ACCUSE", "ISR", "ESP"), ("SUPPORT", "ESP", "PSE"), ("CONSULT", "ISR", "ESP", "opt")],
        "2024-05-29",
    ),
    (
        "The British Foreign Office called in Iran's charge d'affaires to complain about the detention of a British-Iranian aid worker.",
        [
            ("ACCUSE", "GBR", "IRN"),
            ("COERCE", "IRN", "GBR", "opt"),
            ("CONSULT", "GBR", "IRN", "opt"),
        ],
        None,
    ),
    (
        "Japan lodged a formal complaint with Beijing after a Chinese coast guard vessel entered waters near the Senkaku islands.",
        [("ACCUSE", "JPN", "CHN")],
        None,
    ),
    (
        "China lodged a stern protest with the United States over a $1.1 billion arms sale to Taiwan, the foreign ministry said.",
        [("ACCUSE", "CHN", "USA"), (("COOPERATE", "AID", "AGREE"), "USA", "TWN", "opt")],
        "2022-09-03",
    ),
    # --- confusables: ACCUSE vs SANCTION, REJECT, REQUEST ---
    (
        "A court in Moscow sentenced American journalist Evan Gershkovich to 16 years in prison on espionage charges.",
        [("SANCTION", "RUS", "USA"), ("ACCUSE", "RUS", "USA", "opt")],
        "2024-07-19",
    ),
    (
        "Algeria recalled its ambassador to France with immediate effect in protest at Paris's backing of Moroccan autonomy in Western Sahara.",
        [
            ("SANCTION", "DZA", "FRA"),
            ("ACCUSE", "DZA", "FRA", "opt"),
            ("SUPPORT", "FRA", "MAR", "opt"),
        ],
        "2024-07-31",
    ),
    (
        "The Kremlin dismissed the accusations as absurd on Tuesday.",
        [("REJECT", "RUS", None)],
        None,
    ),
    (
        "Iran denied on Sunday that it had supplied drones to Russia for use in Ukraine.",
        [("REJECT", "IRN", None)],
        "2022-10-17",
    ),
    (
        "China rejected criticism from Washington over its military drills around Taiwan.",
        [("REJECT", "CHN", "USA")],
        None,
    ),
    (
        "Jordan's King Abdullah condemned the attack on a Gaza hospital and called for an immediate halt to the fighting.",
        [("ACCUSE", "JOR", None), ("REQUEST", "JOR", None)],
        "2023-10-18",
    ),
    (
        "Human Rights Watch called on Ethiopia to allow an independent investigation into the massacre in Axum.",
        [("REQUEST", "NGO", "ETH")],
        None,
    ),
    (
        "Washington demanded that Israel investigate the killing of Palestinian-American journalist Shireen Abu Akleh.",
        [
            ("REQUEST", "USA", "ISR"),
            ("ASSAULT", "ISR", None, "opt"),
            ("ASSAULT", None, None, "opt"),
        ],
        "2022-05-12",
    ),
    # --- SUPPORT: praise, hail, commend, congratulate, applaud ---
    (
        "U.S. President Bill Clinton praised Israeli Prime Minister Yitzhak Rabin and PLO leader Yasser Arafat for their courage in signing the Oslo accord.",
        [("SUPPORT", "USA", "ISR"), ("SUPPORT", "USA", "PSE"), ("AGREE", "ISR", "PSE", "opt")],
        "1993-09-14",
    ),
    (
        "Chinese President Xi Jinping hailed the partnership with Russia during a meeting with Vladimir Putin in Moscow.",
        [("SUPPORT", "CHN", "RUS"), ("CONSULT", "CHN", "RUS")],
        "2023-03-21",
    ),
    (
        "NATO Secretary General Jens Stoltenberg commended Finland for its swift accession process.",
        [("SUPPORT", "IGO", "FIN")],
        "2023-04-04",
    ),
    (
        "The African Union commended Ethiopia's government and the Tigray People's Liberation Front for signing a peace agreement in Pretoria.",
        [("SUPPORT", "IGO", "ETH"), ("AGREE", "ETH", "ETH", "opt")],
        "2022-11-03",
    ),
    (
        "Indian Prime Minister Narendra Modi congratulated Donald Trump by phone on his election victory.",
        [("SUPPORT", "IND", "USA"), ("CONSULT", "IND", "USA", "opt")],
        "2024-11-07",
    ),
    (
        "Seoul applauded Pyongyang's decision to send athletes to the Winter Olympics in Pyeongchang.",
        [("SUPPORT", "KOR", "PRK")],
        None,
    ),
    (
        "Egypt's role in brokering the truce was praised by Hamas and Israel alike.",
        [
            ("SUPPORT", "PSE", "EGY"),
            ("SUPPORT", "ISR", "EGY"),
            ("CONSULT", "EGY", None, "opt"),
            ("RETREAT", "PSE", "ISR", "opt"),
        ],
        None,
    ),
    # --- SUPPORT: endorse, back, voice support ---
    pytest.param(
        "The Arab League endorsed the Saudi peace plan at its summit in Beirut, offering Israel normal relations in exchange for a full withdrawal.",
        [("SUPPORT", "IGO", "SAU"), ("AGREE", "IGO", "ISR", "opt")],
        "2002-03-28",
        marks=_x(
            "'at its summit in Beirut' is coded as a CONSULT of the League with Saudi Arabia; a summit named only as the setting of another act"
        ),
    ),
    (
        "Washington threw its weight behind Colombia's peace deal with the FARC rebels on Monday.",
        [("SUPPORT", "USA", "COL")],
        "2016-09-27",
    ),
    (
        "France voiced support for Morocco's autonomy plan for Western Sahara.",
        [("SUPPORT", "FRA", "MAR")],
        None,
    ),
    (
        "Russia came out in support of Serbia's position on Kosovo, saying it would not recognise the territory's independence.",
        [("SUPPORT", "RUS", "SRB"), ("REJECT", "RUS", "XKX", "opt")],
        "2008-02-18",
    ),
    (
        "The United States backs Ukraine's right to defend itself, Defence Secretary Lloyd Austin said on Tuesday.",
        [("SUPPORT", "USA", "UKR")],
        "2023-06-14",
    ),
    (
        "Indonesian Foreign Minister Retno Marsudi reaffirmed Jakarta's support for Palestinian statehood in talks with her Palestinian counterpart.",
        [("SUPPORT", "IDN", "PSE"), ("CONSULT", "IDN", "PSE")],
        None,
    ),
    # --- SUPPORT: defend verbally ---
    (
        "China defended its ally Pakistan on Thursday, saying Islamabad had made great sacrifices in the fight against terrorism.",
        [("SUPPORT", "CHN", "PAK")],
        "2017-09-07",
    ),
    (
        "Turkish President Recep Tayyip Erdogan leapt to the defence of Qatar, saying the isolation of the Gulf state was inhumane.",
        [("SUPPORT", "TUR", "QAT"), ("ACCUSE", "TUR", None, "opt")],
        "2017-06-13",
    ),
    (
        "Moscow stood by Damascus, arguing that there was no evidence Syrian troops had used chemical weapons.",
        [("SUPPORT", "RUS", "SYR")],
        None,
    ),
    # --- SUPPORT: diplomatic recognition, normalisation ---
    (
        "Germany recognised the independence of Slovenia and Croatia, breaking ranks with its European partners.",
        [("SUPPORT", "DEU", "SVN"), ("SUPPORT", "DEU", "HRV")],
        "1991-12-24",
    ),
    (
        "Russia recognised the breakaway Georgian regions of Abkhazia and South Ossetia as independent states.",
        [("SUPPORT", "RUS", "GEO")],
        "2008-08-26",
    ),
    (
        "Norway, Ireland and Spain formally recognised a Palestinian state, prompting Israel to recall its ambassadors from Oslo and Dublin.",
        [
            ("SUPPORT", "NOR", "PSE"),
            ("SUPPORT", "IRL", "PSE"),
            ("SUPPORT", "ESP", "PSE"),
            ("SANCTION", "ISR", "NOR"),
            ("SANCTION", "ISR", "IRL"),
        ],
        None,
    ),
    (
        "U.S. President Bill Clinton announced the normalisation of relations with Vietnam on Tuesday.",
        [(("SUPPORT", "AGREE", "COOPERATE"), "USA", "VNM")],
        "1995-07-12",
    ),
    # --- SUPPORT: solidarity, sympathy ---
    pytest.param(
        "Canadian Prime Minister Justin Trudeau expressed solidarity with the people of France after the Paris attacks.",
        [("SUPPORT", "CAN", "FRA")],
        "2015-11-14",
        marks=_x(
            "'after the Paris attacks' is coded as an ASSAULT with Paris (France) as attacker: a city compound of an attack noun is read as its author"
        ),
    ),
    (
        "Pakistan offered condolences to Iran after twin bombings in Kerman killed scores of people.",
        [("SUPPORT", "PAK", "IRN"), ("ASSAULT", None, None, "opt")],
        "2024-01-04",
    ),
    # --- SUPPORT: welcome (and the host sense, which is CONSULT) ---
    (
        "The United Nations welcomed the ceasefire between Israel and Hezbollah, which took effect on Wednesday.",
        [
            ("SUPPORT", "IGO", None),
            (("RETREAT", "AGREE"), "ISR", "LBN", "opt"),
            (("RETREAT", "AGREE"), "LBN", "ISR", "opt"),
        ],
        "2024-11-28",
    ),
    (
        "Britain welcomed the release of Australian journalist Peter Greste from an Egyptian prison.",
        [("SUPPORT", "GBR", "EGY"), ("RETREAT", "EGY", "AUS", "opt")],
        "2015-02-02",
    ),
    (
        "Kabul welcomed Pakistan's decision to reopen the Torkham border crossing.",
        [("SUPPORT", "AFG", "PAK"), ("RETREAT", "PAK", "AFG", "opt")],
        None,
    ),
    (
        "Vietnam's leaders welcomed Russian President Vladimir Putin in Hanoi with a red-carpet ceremony.",
        [("CONSULT", "VNM", "RUS")],
        "2024-06-20",
    ),
    # --- SUPPORT: friendship treaties; SUPPORT beside AID ---
    (
        "Russia and North Korea signed a comprehensive strategic partnership treaty in Pyongyang, pledging mutual assistance if either is attacked.",
        [(("AGREE", "SUPPORT", "COOPERATE"), "RUS", "PRK")],
        "2024-06-19",
    ),
    (
        "China and Russia signed a treaty of good-neighbourliness and friendly cooperation in Moscow.",
        [(("AGREE", "SUPPORT", "COOPERATE"), "CHN", "RUS")],
        "2001-07-16",
    ),
    (
        "Japan pledged $5.5 billion in aid to Ukraine and voiced strong support for Kyiv.",
        [(("AID", "AGREE"), "JPN", "UKR"), ("SUPPORT", "JPN", "UKR")],
        "2023-02-20",
    ),
]

FIXES = [
    # an evaluative label in the actor's own words ("dismissed X as absurd") is no opinion
    (
        "Beijing rejected the charges as ridiculous and groundless on Wednesday.",
        [("REJECT", "CHN", None)],
        None,
    ),
    (
        "Serbia's president dismissed the report as laughable, saying Belgrade had done nothing wrong.",
        [("REJECT", "SRB", None)],
        None,
    ),
    # "called in" an envoy is a summons to protest, like "summoned"
    (
        "Tokyo called in China's ambassador on Friday over the detention of a Japanese businessman.",
        [("ACCUSE", "JPN", "CHN"), ("COERCE", "CHN", "JPN", "opt")],
        "2023-03-27",
    ),
    (
        "The Dutch foreign ministry called in the Russian envoy to complain about a cyber attack on its chemical weapons watchdog.",
        [("ACCUSE", "NLD", "RUS"), ("ASSAULT", "RUS", None, "opt"), ("ASSAULT", None, None, "opt")],
        None,
    ),
    # welcoming a guest at a place is a reception; welcoming a measure is praise
    (
        "Kazakh President Kassym-Jomart Tokayev welcomed Chinese leader Xi Jinping in Astana on Tuesday.",
        [("CONSULT", "KAZ", "CHN")],
        "2024-07-03",
    ),
    (
        "Kenya welcomed the deployment of a multinational police mission to Haiti.",
        [("SUPPORT", "KEN", None)],
        None,
    ),
    # "came/leapt/rushed to the defence of X" is verbal support
    (
        "Beijing came to the defence of Moscow on Tuesday, saying Western sanctions would only prolong the war.",
        [("SUPPORT", "CHN", "RUS")],
        None,
    ),
    (  # but troops that rush to the defence of a city defend it with arms
        "Ukrainian troops rushed to the defence of Kharkiv as Russian forces advanced from the north.",
        [("MOBILIZE", "UKR", None, "opt"), (("ASSAULT", "COERCE", "MOBILIZE"), "RUS", None, "opt")],
        None,
    ),
    # "accused Azerbaijani forces of ...": the demonym read as a second object
    (
        "Georgia accused Russian troops of moving border markers deeper into its territory near South Ossetia.",
        [("ACCUSE", "GEO", "RUS")],
        None,
    ),
    (
        "Kyiv accused Belarusian forces of massing near the border.",
        [("ACCUSE", "UKR", "BLR")],
        None,
    ),
    # "would no longer support/back" withdraws support: no SUPPORT and no AGREE
    (
        "Ankara said it would no longer back Sweden's bid to join NATO.",
        [
            (("THREATEN", "REJECT"), "TUR", "SWE", "opt"),
            (("THREATEN", "REJECT"), "TUR", "IGO", "opt"),
        ],
        None,
    ),
    # "X said Y did Z, an allegation/accusation Y denied": the writer labels the reported
    # clause an accusation by X against Y; the claim noun is not the denier's act
    (
        "Kyiv said Russian troops had shelled the plant, an accusation Moscow rejected.",
        [("ACCUSE", "UKR", "RUS"), ("REJECT", "RUS", "UKR")],
        None,
    ),
    (
        "Seoul said North Korean hackers had stolen defence data, an allegation Pyongyang dismissed.",
        [("ACCUSE", "KOR", "PRK"), ("REJECT", "PRK", "KOR")],
        None,
    ),
    # "X accused Y of ..., a charge Z rejected": the claim noun read as a second subject
    (
        "Washington accused Moscow of violating the INF treaty, a charge the Kremlin denied.",
        [("ACCUSE", "USA", "RUS"), ("REJECT", "RUS", "USA")],
        "2014-07-29",
    ),
    # "X charged that Y had done Z and warned/vowed ...": the speech act after "and" is X's
    (
        "Islamabad alleged that Indian agents had carried out the killings in Pakistan and vowed to respond.",
        [("ACCUSE", "PAK", "IND"), ("THREATEN", "PAK", None)],
        None,
    ),
    # "opened a probe into X": the "into" phrase hung on the light verb names the target
    (
        "The European Commission opened a probe into the Polish government over judicial reforms.",
        [("ACCUSE", "IGO", "POL")],
        None,
    ),
    # a war that someone is said to justify is background to the accusation
    (
        "Georgia accused Moscow of inventing attacks on its peacekeepers to justify its occupation of Abkhazia.",
        [("ACCUSE", "GEO", "RUS")],
        None,
    ),
    # an inquiry whose cost or length is given is no new inquiry
    (
        "The Dutch-led investigation into the downing of flight MH17 took more than two years.",
        [],
        None,
    ),
    # "sought to <verb>" with no event in the clause is an attempt, not a request
    (
        "Putin sought to justify the invasion of Ukraine in a televised address.",
        [],
        "2022-02-25",
    ),
    (
        "Hamas sought to obtain the release of Palestinian prisoners held by Israel.",
        [("REQUEST", "PSE", "ISR")],
        None,
    ),
    # "paid tribute/homage to X" is praise (with the light verb "pay")
    (
        "Kenyan President William Ruto paid tribute to Ethiopia's role in the Somali peace process.",
        [("SUPPORT", "KEN", "ETH")],
        None,
    ),
    # a clause under "no evidence (that)" reports nothing done
    (
        "U.N. monitors said there was no evidence that Eritrean troops had crossed into Ethiopia.",
        [],
        "2005-11-10",
    ),
]

NEGATIVES = [
    "Russia has for years accused NATO of expanding towards its borders.",
    "Analysts said Beijing was likely to condemn any new U.S. arms sales to Taiwan.",
    "The White House declined to comment on whether it would endorse the plan.",
    "Did Moscow really back the coup in Niger?",
    "Germany did not criticise Israel's conduct of the war in Gaza, despite pressure from rights groups.",
    "If Serbia recognises Kosovo, Belgrade could open the way to EU membership, diplomats say.",
    "The British inquiry into the 2003 invasion of Iraq, which took seven years, cost more than 13 million pounds.",
    "Support for the ruling party has fallen to 25 percent, according to a poll published on Sunday.",
    "The prime minister is expected to praise the armed forces in a speech at the parade on Friday.",
    "The ICC prosecutor's office is due to decide next month whether to open a formal investigation into the violence.",
    "Human rights groups have documented hundreds of allegations of torture in Syrian prisons since 2011.",
    "The two countries' friendship treaty, signed in 1961, commits them to mutual defence.",
]


@pytest.mark.parametrize(("text", "expected", "pub"), CASES, ids=[_text(c)[:60] for c in CASES])
def test_verbal_coded(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))


@pytest.mark.parametrize(
    "text", NEGATIVES, ids=[_text((t,) if isinstance(t, str) else t)[:60] for t in NEGATIVES]
)
def test_verbal_negatives(code, text):
    events = countable(code(text, "2024-05-01"))
    assert not events, show(events)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_verbal_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
