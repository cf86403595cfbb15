# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Long wire sentences (20-50 words), fifth round on sentence shape: the event word is one
parley knows, and the sentence around it is what is tested. Shapes not used by the earlier
rounds (tests/test_breadth_syntax3.py, tests/test_breadth_syntax4.py,
tests/test_paraphrase_syntax.py, tests/test_parse_shapes.py): a sentence-initial participle
or prepositional clause ("Citing security concerns, ...", "In a rare show of unity, ...",
"Under pressure from Washington, ..."), a long apposition between subject and verb, the
event in a relative clause or a reduced relative ("The prisoner exchange, brokered by the
United Arab Emirates, freed ..."), a quotation first and its attribution after, "according
to" attributions, two events joined by "and", "but", "while" or ", a day after", lists of
three or four actors, parentheticals and dashes, datelines ("KYIV, March 3 (Reuters) -"),
headline fragments, passives with long by-phrases, sentences over 40 words, and "after",
"as" and "when" clauses carrying their own event. Mixed PLOVER types, most records set
2016-2025, about half undated.

Every sentence was written for this file and annotated (types, source country, target
country per event) from shared/PLOVER.md and eval/README.md before the coder was run on
it, with actors right for the publication date (undated: only what the sentence itself
names). Armed groups take the country where they fight. A record passes when every
expected event is coded (any of its types, both countries; target None: any target;
either way round for symmetric types) and no other countable event is coded; an event
marked "opt" may or may not be coded. NEGATIVES (background in relative and "when"
clauses, statistics, plans, hypotheticals, opinion, negation) must give no countable event.

Coverage, as a measure of generalisation: 58/90 records passed on the first run (49/80
CASES, 9/10 NEGATIVES), before any fix made for this file. The 31 failing CASES by first
cause: an expected event not coded 13 (a quotation before its attribution: "These
sanctions are illegal", "It is time for the Russian troops to leave", "has crossed every
red line", "This is an act of war", "will answer any provocation with overwhelming
force"; "would respond forcefully to the barrage"; spaced hyphens read as word hyphens,
so an aside set off by " - " lost the clause's verb 2; a verb read as an adjective after
a long apposition; "flew two planes carrying 55 tonnes of medical supplies"; "opened an
embassy"; a spy satellite launch; "had blown up dozens of homes" after a reduced
relative), a side left null or wrong 10 ("Under pressure from Washington" taken as the
target, "the Nordic country", "the government" of a protest, "an army patrol" attacked
by rebels, a town in an unknown town's "in" phrase, "Puerto Jordan" read as Jordan, "the
exchange freed 95 Ukrainian and 95 Russian servicemen" with no one freeing, "refused to
restore their access", the Golan, "advance on ... Mekelle"), an extra event 4 (an
activity "since April" in a relative clause, the deployment a quotation calls a threat,
"summoned the charge d'affaires to protest" read as a demonstration, a "Brussels
summit"), another type 4 (warships "surrounded Taiwan in drills" as COERCE, a headline
"pledge" of a "partnership", joint exercises, a missile "over Japan"). The failing
NEGATIVE: "The truce, brokered by Qatar and Egypt" coded as a CONSULT between the two
brokers. After that run the annotation of two records was corrected: joint exercises are
COOPERATE between the partners in dev and wire (MOBILIZE optional), where the two records
had them the other way; one case passed on that correction alone.

After the general fixes: 73/90 (64/80 CASES, 9/10 NEGATIVES); the 16 cases still failing
are strict xfails with their cause (XFAILS), and so is the negative (a rule that paired
no co-mediators was dropped: the phrasebooks code each broker of unnamed parties, and
wire lost precision on a background "deal brokered by Russia and Turkey"). FIXES (18
sentences) were written after the fixes, one or two per cause fixed: a dash-set aside
before the verb, a forceful promised response ("would respond forcefully to", "will
answer any aggression with force"), an activity since a year in a relative clause, a
swap with no one named as freeing, backing and pressure adjuncts ("Under pressure from
the European Union", "With the backing of Turkish drones"), a government conferring
within itself, missiles fired "during exercises", a refusal beside an agreement, a
summons "to protest", "it was time for the French troops to leave", a wrong named by
"This" after an "after" clause, trucks "carrying flour and medicine", an "army base"
attacked by rebels, a town named "Puerto Jordan", opening an embassy, and a verb after a
long apposition.
"""

from __future__ import annotations

import pytest

from conftest import case_text as _text
from conftest import phrasebook_problems as _problems
from conftest import show, with_xfails
from conftest import strict_xfail as _x
from parley.evaluate import countable

# (text, [(types, source, target[, "opt"]), ...], pub date)
CASES = [
    # --- sentence-initial participle and prepositional clauses ---
    (
        "Citing security concerns, Poland closed its last remaining freight crossing with Belarus on Friday, two days after a court in Grodno sentenced a Polish journalist to eight years in prison.",
        [(("COERCE", "SANCTION"), "POL", "BLR"), (("SANCTION", "COERCE"), "BLR", "POL")],
        None,
    ),
    (
        "In a rare show of unity, the foreign ministers of Saudi Arabia, Egypt and Jordan condemned Israel's decision to expand settlements in the occupied West Bank on Monday.",
        [("ACCUSE", "SAU", "ISR"), ("ACCUSE", "EGY", "ISR"), ("ACCUSE", "JOR", "ISR")],
        None,
    ),
    (
        "Responding to an appeal from the Lebanese government, France flew two military planes carrying 55 tonnes of medical supplies and rescue teams to Beirut on Wednesday, a day after the port explosion.",
        [("AID", "FRA", "LBN"), ("REQUEST", "LBN", None, "opt")],
        "2020-08-06",
    ),
    (
        "Defying repeated warnings from Washington and Seoul, North Korea launched an intercontinental ballistic missile into the sea off its east coast on Thursday, the South Korean military said.",
        [("MOBILIZE", "PRK", None), ("REJECT", "PRK", None, "opt")],
        None,
    ),
    (
        "Following weeks of heavy fighting, Ukrainian forces withdrew from the eastern town of Avdiivka to avoid encirclement, army commander-in-chief Oleksandr Syrskyi said on Saturday.",
        [("RETREAT", "UKR", None)],
        "2024-02-17",
    ),
    (
        "Under pressure from Washington, Israel agreed on Friday to open the Erez crossing into northern Gaza for aid deliveries, the prime minister's office said.",
        [(("AGREE", "RETREAT"), "ISR", "PSE"), ("REQUEST", "USA", "ISR", "opt")],
        None,
    ),
    (
        "Speaking at a news conference in Ankara, Turkish Foreign Minister Hakan Fidan accused Israel of committing genocide in Gaza and called on the United Nations to act.",
        [("ACCUSE", "TUR", "ISR"), ("REQUEST", "TUR", "IGO")],
        "2024-01-10",
    ),
    (
        "With the backing of Russian air power, Syrian government troops recaptured the ancient city of Palmyra from Islamic State fighters on Sunday, state television reported.",
        [
            (("COERCE", "ASSAULT"), "SYR", "SYR"),
            (("COOPERATE", "AID", "SUPPORT"), "RUS", "SYR", "opt"),
        ],
        "2016-03-28",
    ),
    (
        "Despite a ceasefire announced hours earlier, Azerbaijani forces shelled Armenian positions near the town of Jermuk overnight, Armenia's defence ministry said on Wednesday.",
        [("ASSAULT", "AZE", "ARM")],
        "2022-09-14",
    ),
    (
        "Citing what it called hostile activity, Estonia expelled a Russian diplomat on Tuesday and summoned Moscow's charge d'affaires, the foreign ministry in Tallinn said.",
        [("SANCTION", "EST", "RUS"), ("ACCUSE", "EST", "RUS")],
        None,
    ),
    # --- long appositions between subject and verb ---
    (
        "Sergei Lavrov, who has served as Russia's foreign minister since 2004 and is one of the longest-serving diplomats in the world, held talks with his Chinese counterpart Wang Yi in Beijing on Tuesday.",
        [("CONSULT", "RUS", "CHN")],
        "2024-04-10",
    ),
    (
        "Nikol Pashinyan, the Armenian prime minister who came to power in a peaceful revolution in 2018, on Monday accused Russia of failing to honour its security commitments to his country.",
        [("ACCUSE", "ARM", "RUS")],
        None,
    ),
    (
        "The Rapid Support Forces, a paramilitary group led by Mohamed Hamdan Dagalo that has been fighting the army since April, on Monday seized Wad Madani, the capital of Gezira state.",
        [(("COERCE", "ASSAULT"), "SDN", "SDN")],
        None,
    ),
    (
        "Abiy Ahmed, Ethiopia's prime minister and the winner of the 2019 Nobel Peace Prize, ordered the army to advance on the Tigrayan capital Mekelle on Thursday after a 72-hour ultimatum expired.",
        [(("MOBILIZE", "ASSAULT"), "ETH", "ETH")],
        "2020-11-27",
    ),
    (
        "The Taliban's acting foreign minister, Amir Khan Muttaqi, whose government no other state has recognised, held talks with Pakistani Foreign Minister Bilawal Bhutto Zardari in Islamabad on Saturday.",
        [("CONSULT", "AFG", "PAK")],
        "2023-05-07",
    ),
    (
        "Kaja Kallas, the European Union's foreign policy chief and a former prime minister of Estonia, said on Thursday that the bloc would impose new sanctions on Russia's shadow fleet of oil tankers.",
        [(("THREATEN", "SANCTION"), "IGO", "RUS")],
        "2025-03-21",
    ),
    # --- the event in a relative clause or a reduced relative ---
    (
        "The prisoner exchange, brokered by the United Arab Emirates, freed 95 Ukrainian and 95 Russian servicemen on Friday, the defence ministry in Moscow said.",
        [
            ("RETREAT", "RUS", "UKR"),
            ("RETREAT", "UKR", "RUS"),
            ("CONSULT", "ARE", "RUS", "opt"),
            ("CONSULT", "ARE", "UKR", "opt"),
        ],
        None,
    ),
    (
        "The ceasefire between Israel and Hezbollah, brokered by the United States and France, took effect at dawn on Wednesday, and thousands of displaced Lebanese began heading home.",
        [
            (("RETREAT", "AGREE"), "ISR", "LBN"),
            (("RETREAT", "AGREE"), "LBN", "ISR", "opt"),
            ("CONSULT", "USA", "ISR", "opt"),
            ("CONSULT", "USA", "LBN", "opt"),
            ("CONSULT", "FRA", "ISR", "opt"),
            ("CONSULT", "FRA", "LBN", "opt"),
        ],
        "2024-11-28",
    ),
    (
        "Turkey, which had held up Sweden's bid to join NATO for more than a year, ratified the Nordic country's accession on Tuesday, clearing the last major hurdle to its membership.",
        [(("AGREE", "SUPPORT"), "TUR", "SWE")],
        "2024-01-24",
    ),
    (
        "A Russian journalist who had criticised the war in Ukraine was detained by police in Moscow on Saturday and charged with spreading false information about the army, his lawyer said.",
        [("COERCE", "RUS", "RUS")],
        None,
    ),
    (
        "Protesters, many of them waving European Union flags, blocked the main avenue in Tbilisi for a third night on Sunday, demanding that the government resume talks on joining the bloc.",
        [("PROTEST", "GEO", "GEO"), ("REQUEST", "GEO", "GEO", "opt")],
        None,
    ),
    (
        "The three Kosovo police officers detained by Serbian forces near the border this month were released on Monday after a court in Kraljevo ordered them freed, the Kosovo government said.",
        [("RETREAT", "SRB", "XKX"), ("COERCE", "SRB", "XKX", "opt")],
        "2023-06-27",
    ),
    (
        "Abu Sayyaf militants, driven from their strongholds on Jolo by a military offensive last year, ambushed an army patrol on Basilan island on Tuesday, killing three soldiers.",
        [("ASSAULT", "PHL", "PHL")],
        None,
    ),
    (
        "Honduras opened an embassy in Beijing on Sunday, three months after it switched diplomatic recognition from Taipei to Beijing, the foreign ministry in Tegucigalpa said.",
        [
            (("SUPPORT", "COOPERATE", "CONSULT"), "HND", "CHN"),
            ("SANCTION", "HND", "TWN", "opt"),
        ],
        "2023-06-12",
    ),
    # --- quotation first, attribution after ---
    (
        '"The deployment of NATO ships to the Baltic is a direct threat to our security," Russian Foreign Minister Sergei Lavrov told reporters in Moscow on Wednesday.',
        [("ACCUSE", "RUS", "IGO")],
        None,
    ),
    (
        '"Serbia will never recognise Kosovo\'s independence," Serbian President Aleksandar Vucic told a rally in Belgrade on Saturday.',
        [("REJECT", "SRB", "XKX")],
        None,
    ),
    (
        '"These sanctions are illegal and we will respond," a spokesman for the Chinese foreign ministry said on Friday, a day after Washington blacklisted a dozen Chinese firms.',
        [("ACCUSE", "CHN", "USA"), ("THREATEN", "CHN", "USA"), ("SANCTION", "USA", "CHN")],
        None,
    ),
    (
        '"It is time for the Russian troops to leave our soil," Moldovan President Maia Sandu said in Chisinau on Thursday, referring to the contingent stationed in Transnistria.',
        [("REQUEST", "MDA", "RUS")],
        None,
    ),
    (
        '"Israel has crossed every red line," Egyptian Foreign Minister Sameh Shoukry told reporters in Cairo on Sunday, days after Israeli troops seized the Gaza side of the Rafah crossing.',
        [("ACCUSE", "EGY", "ISR"), (("COERCE", "ASSAULT"), "ISR", "PSE")],
        "2024-05-12",
    ),
    (
        '"This is an act of war," Venezuelan Defence Minister Vladimir Padrino Lopez said on state television, after a U.S. strike killed eleven people aboard a boat in the Caribbean.',
        [("ACCUSE", "VEN", "USA"), ("ASSAULT", "USA", None)],
        "2025-09-04",
    ),
    (
        '"We will answer any provocation with overwhelming force," North Korean leader Kim Jong Un told troops at a frontline unit on Tuesday, state media reported.',
        [("THREATEN", "PRK", None)],
        None,
    ),
    # --- "according to" attributions ---
    (
        "According to the Syrian Observatory for Human Rights, Turkish drones struck a Kurdish-held village near Kobani on Sunday, killing four fighters of the Syrian Democratic Forces.",
        [("ASSAULT", "TUR", "SYR")],
        None,
    ),
    (
        "According to the Nigerian army, troops killed 35 Boko Haram fighters who attacked a military base in Borno state early on Tuesday.",
        [("ASSAULT", "NGA", "NGA")],
        None,
    ),
    (
        "Chinese warships and aircraft surrounded Taiwan on Monday in drills that simulated a blockade of the island's main ports, according to Taiwan's defence ministry.",
        [("MOBILIZE", "CHN", None)],
        None,
    ),
    (
        "Sudanese army aircraft bombed a crowded market in the town of Kabkabiya in North Darfur on Monday, killing more than 100 people, according to local activists.",
        [("ASSAULT", "SDN", "SDN")],
        None,
    ),
    (
        "The Israeli military struck a school sheltering displaced families in Gaza City overnight, killing at least 20 people, according to the civil defence agency, which is run by Hamas.",
        [("ASSAULT", "ISR", "PSE")],
        None,
    ),
    # --- two events joined by "and", "but", "while", ", a day after" ---
    (
        "Hamas released three Israeli hostages in Khan Younis on Saturday, and Israel freed 183 Palestinian prisoners hours later, the International Committee of the Red Cross said.",
        [("RETREAT", "PSE", "ISR"), ("RETREAT", "ISR", "PSE")],
        None,
    ),
    (
        "Azerbaijan freed 32 Armenian servicemen on Wednesday while Armenia handed back two Azerbaijani soldiers, in a swap the two governments agreed a week earlier.",
        [("RETREAT", "AZE", "ARM"), ("RETREAT", "ARM", "AZE"), ("AGREE", "ARM", "AZE", "opt")],
        "2023-12-14",
    ),
    (
        "Colombian President Gustavo Petro suspended peace talks with the ELN on Tuesday, a day after the rebels attacked a military base in Puerto Jordan, killing two soldiers.",
        [("SANCTION", "COL", "COL"), ("ASSAULT", "COL", "COL")],
        None,
    ),
    (
        "Polish farmers blocked three crossings on the Ukrainian border on Tuesday, while the government in Warsaw extended its ban on imports of Ukrainian grain.",
        [("PROTEST", "POL", None), (("SANCTION", "COERCE"), "POL", "UKR")],
        None,
    ),
    (
        "Israeli troops raided the Jenin refugee camp before dawn on Monday and clashed with Palestinian gunmen, killing at least three, the Palestinian health ministry said.",
        [("ASSAULT", "ISR", "PSE"), ("ASSAULT", "PSE", "ISR", "opt")],
        None,
    ),
    (
        "South Korea suspended part of a 2018 military pact with the North on Wednesday, a day after Pyongyang launched a military spy satellite into orbit.",
        [("SANCTION", "KOR", "PRK"), ("MOBILIZE", "PRK", None)],
        "2023-11-23",
    ),
    (
        "Niger's military government revoked its military cooperation agreement with the United States on Saturday and ordered the roughly 1,000 American troops in the country to leave.",
        [
            (("SANCTION", "REJECT"), "NER", "USA"),
            (("SANCTION", "REQUEST", "COERCE"), "NER", "USA"),
        ],
        "2024-03-17",
    ),
    (
        "Iran agreed to let United Nations inspectors reinstall surveillance cameras at several nuclear sites, but refused to restore their access to the Fordow enrichment plant.",
        [(("AGREE", "RETREAT"), "IRN", "IGO"), ("REJECT", "IRN", "IGO")],
        None,
    ),
    (
        "Israeli jets pounded targets in southern Lebanon on Sunday while Hezbollah fired dozens of rockets at towns in the Galilee, the Israeli military said.",
        [("ASSAULT", "ISR", "LBN"), ("ASSAULT", "LBN", "ISR")],
        None,
    ),
    (
        "Greece sent extra troops to its land border with Turkey on Friday, a day after Ankara said it would no longer stop migrants from crossing into Europe.",
        [("MOBILIZE", "GRC", None), (("THREATEN", "RETREAT", "CONCEDE"), "TUR", None, "opt")],
        "2020-02-29",
    ),
    # --- lists of actors ---
    (
        "Russia, China and Iran held joint naval exercises in the Gulf of Oman on Tuesday, the Iranian navy said.",
        [
            ("COOPERATE", "RUS", "CHN"),
            ("COOPERATE", "RUS", "IRN"),
            ("COOPERATE", "CHN", "IRN", "opt"),
            ("MOBILIZE", "RUS", None, "opt"),
            ("MOBILIZE", "CHN", None, "opt"),
            ("MOBILIZE", "IRN", None, "opt"),
        ],
        None,
    ),
    (
        "The United States, Britain, France and Germany condemned Iran's decision to enrich uranium to 60 percent purity in a joint statement on Friday.",
        [
            ("ACCUSE", "USA", "IRN"),
            ("ACCUSE", "GBR", "IRN"),
            ("ACCUSE", "FRA", "IRN"),
            ("ACCUSE", "DEU", "IRN"),
        ],
        None,
    ),
    (
        "Burkina Faso, Mali and Niger announced on Sunday their immediate withdrawal from the Economic Community of West African States, accusing the bloc of serving foreign interests.",
        [
            ("SANCTION", "BFA", "IGO"),
            ("SANCTION", "MLI", "IGO"),
            ("SANCTION", "NER", "IGO"),
            ("ACCUSE", "BFA", "IGO"),
            ("ACCUSE", "MLI", "IGO"),
            ("ACCUSE", "NER", "IGO"),
        ],
        "2024-01-29",
    ),
    (
        "Britain imposed sanctions on two Iranian generals, three Russian banks and a Chinese drone maker on Thursday, the Foreign Office said.",
        [("SANCTION", "GBR", "IRN"), ("SANCTION", "GBR", "RUS"), ("SANCTION", "GBR", "CHN")],
        None,
    ),
    (
        "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut diplomatic ties with Qatar on Monday, accusing it of supporting terrorism.",
        [
            ("SANCTION", "SAU", "QAT"),
            ("SANCTION", "ARE", "QAT"),
            ("SANCTION", "BHR", "QAT"),
            ("SANCTION", "EGY", "QAT"),
            ("ACCUSE", "SAU", "QAT"),
            ("ACCUSE", "ARE", "QAT"),
            ("ACCUSE", "BHR", "QAT"),
            ("ACCUSE", "EGY", "QAT"),
        ],
        "2017-06-06",
    ),
    (
        "The foreign ministers of Egypt, Jordan, Qatar and Saudi Arabia met U.S. Secretary of State Antony Blinken in Amman on Saturday to press for a ceasefire in Gaza.",
        [
            ("CONSULT", "EGY", "USA"),
            ("CONSULT", "JOR", "USA"),
            ("CONSULT", "QAT", "USA"),
            ("CONSULT", "SAU", "USA"),
            ("REQUEST", "EGY", None, "opt"),
            ("REQUEST", "JOR", None, "opt"),
            ("REQUEST", "QAT", None, "opt"),
            ("REQUEST", "SAU", None, "opt"),
        ],
        "2023-11-05",
    ),
    # --- parentheticals and dashes ---
    (
        "Armenian Foreign Minister Ararat Mirzoyan - under fire at home for ceding four villages to Azerbaijan - held talks with his Azerbaijani counterpart Jeyhun Bayramov in Almaty on Friday.",
        [("CONSULT", "ARM", "AZE")],
        "2024-05-11",
    ),
    (
        "Sudan's army (SAF) accused the paramilitary Rapid Support Forces (RSF) on Wednesday of killing dozens of villagers in Wad al-Nourah, a village in Gezira state.",
        [("ACCUSE", "SDN", "SDN")],
        None,
    ),
    (
        "Israel's security cabinet approved a ceasefire deal with Hamas (the first since November 2023) early on Saturday, clearing the way for the release of hostages held in Gaza.",
        [(("AGREE", "RETREAT"), "ISR", "PSE")],
        "2025-01-18",
    ),
    (
        "Two Chinese coast guard vessels - one of them twice the size of a Philippine frigate - fired water cannon at a Philippine government ship near Scarborough Shoal on Monday, Manila said.",
        [(("ASSAULT", "COERCE"), "CHN", "PHL")],
        None,
    ),
    (
        "The Kremlin - which has repeatedly denied targeting civilians - rejected Kyiv's account of the strike on a children's hospital on Tuesday, calling it a provocation.",
        [("REJECT", "RUS", "UKR"), ("ACCUSE", "RUS", "UKR", "opt")],
        "2024-07-10",
    ),
    # --- datelines ---
    (
        "KYIV, March 3 (Reuters) - Russian drones struck an apartment building in the Black Sea port of Odesa overnight, killing at least ten people, Ukrainian officials said on Sunday.",
        [("ASSAULT", "RUS", "UKR")],
        "2024-03-03",
    ),
    (
        "BELGRADE, Dec 2 (AP) - Thousands of students marched through the Serbian capital on Sunday to demand accountability for the collapse of a railway station canopy in Novi Sad.",
        [("PROTEST", "SRB", "SRB"), ("REQUEST", "SRB", "SRB", "opt")],
        "2024-12-02",
    ),
    (
        "ISLAMABAD, May 10 (Reuters) - Pakistan and India agreed to a full and immediate ceasefire on Saturday after four days of missile and drone strikes, officials in both capitals said.",
        [(("AGREE", "RETREAT"), "PAK", "IND")],
        "2025-05-10",
    ),
    (
        "JERUSALEM (AP) - Israel recalled its ambassador to Ireland for consultations on Wednesday after Dublin said it would recognise a Palestinian state.",
        [("SANCTION", "ISR", "IRL"), (("SUPPORT", "AGREE"), "IRL", "PSE")],
        "2024-05-22",
    ),
    (
        "BAMAKO, Mali (AFP) - Mali's junta expelled the French ambassador on Monday, giving him 72 hours to leave the country over what it called hostile remarks by French officials.",
        [("SANCTION", "MLI", "FRA"), ("ACCUSE", "MLI", "FRA", "opt")],
        "2022-02-01",
    ),
    (
        "GOMA, Congo, Jan 27 (Reuters) - M23 rebels backed by Rwanda said on Monday they had taken control of Goma, the largest city in eastern Congo, after a lightning advance.",
        [
            (("COERCE", "ASSAULT"), "COD", "COD"),
            (("SUPPORT", "AID", "COOPERATE"), "RWA", "COD", "opt"),
        ],
        "2025-01-27",
    ),
    # --- headline fragments ---
    (
        "Hungary blocks EU aid package for Ukraine at Brussels summit",
        [("REJECT", "HUN", None)],
        "2023-12-15",
    ),
    (
        "Xi, Putin pledge 'no limits' partnership at Beijing meeting",
        [("AGREE", "CHN", "RUS"), ("CONSULT", "CHN", "RUS")],
        "2022-02-05",
    ),
    (
        "Israeli strike kills senior Hezbollah commander in Beirut suburb",
        [("ASSAULT", "ISR", "LBN")],
        None,
    ),
    (
        "Armenia freezes participation in Russian-led CSTO bloc",
        [("SANCTION", "ARM", "IGO")],
        "2024-02-23",
    ),
    (
        "Philippines summons Chinese envoy over water cannon attack near Second Thomas Shoal",
        [("ACCUSE", "PHL", "CHN"), (("ASSAULT", "COERCE"), "CHN", "PHL", "opt")],
        None,
    ),
    # --- passives with long by-phrases ---
    (
        "The Ukrainian city of Kharkiv was struck overnight by a barrage of Russian glide bombs and ballistic missiles launched from the Belgorod region, killing seven people, the regional governor said.",
        [("ASSAULT", "RUS", "UKR")],
        None,
    ),
    (
        "The deal on grain exports was signed in Istanbul on Friday by representatives of Russia and Ukraine, in the presence of Turkish President Recep Tayyip Erdogan and U.N. Secretary-General Antonio Guterres.",
        [
            ("AGREE", "RUS", "UKR"),
            ("AGREE", "RUS", None, "opt"),
            ("AGREE", "UKR", None, "opt"),
            ("AGREE", "TUR", None, "opt"),
            ("AGREE", "IGO", None, "opt"),
            ("CONSULT", "TUR", None, "opt"),
            ("CONSULT", "IGO", None, "opt"),
        ],
        "2022-07-23",
    ),
    (
        "Four Armenian soldiers were killed at their post near the village of Nerkin Hand on Tuesday by fire from Azerbaijani positions across the border, the defence ministry in Yerevan said.",
        [("ASSAULT", "AZE", "ARM")],
        "2024-02-14",
    ),
    (
        "Russian opposition leader Alexei Navalny was sentenced to 19 more years in prison on Friday by a Moscow court on extremism charges, in a trial held behind closed doors.",
        [(("SANCTION", "COERCE"), "RUS", "RUS")],
        "2023-08-05",
    ),
    (
        "Talks between representatives of Sudan's army and the Rapid Support Forces were hosted in Jeddah on Saturday by Saudi and American mediators, the first direct contact since fighting broke out.",
        [("CONSULT", "SDN", "SDN"), ("CONSULT", "SAU", "SDN"), ("CONSULT", "USA", "SDN")],
        "2023-05-07",
    ),
    # --- "after", "as", "when" clauses carrying their own event ---
    (
        "When Russian troops pulled back from the outskirts of Kyiv at the end of March, Ukrainian investigators found hundreds of bodies in the town of Bucha.",
        [("RETREAT", "RUS", "UKR")],
        "2022-04-10",
    ),
    (
        "After Israeli troops moved into the buffer zone on the Golan Heights, Arab League foreign ministers condemned the incursion as a violation of Syria's sovereignty.",
        [("ACCUSE", "IGO", "ISR"), (("MOBILIZE", "COERCE", "ASSAULT"), "ISR", "SYR")],
        "2024-12-10",
    ),
    (
        "As Turkish jets bombed Kurdish militant positions in northern Iraq on Sunday, Baghdad summoned the Turkish charge d'affaires to protest the violation of its airspace.",
        [("ASSAULT", "TUR", None), ("ACCUSE", "IRQ", "TUR")],
        None,
    ),
    (
        "Hours after North Korea fired a ballistic missile over Japan, the United States and South Korea staged a joint bombing drill in the Yellow Sea.",
        [
            ("MOBILIZE", "PRK", None),
            ("COOPERATE", "USA", "KOR"),
            ("MOBILIZE", "USA", None, "opt"),
            ("MOBILIZE", "KOR", None, "opt"),
        ],
        "2022-10-05",
    ),
    # --- sentences over 40 words ---
    (
        "In a statement issued late on Thursday after an emergency meeting of his security cabinet in Jerusalem, Israeli Prime Minister Benjamin Netanyahu said Israel would respond forcefully to the Iranian missile barrage, which had sent millions of Israelis into shelters and damaged an air base in the Negev.",
        [("THREATEN", "ISR", "IRN"), ("ASSAULT", "IRN", "ISR", "opt")],
        "2024-10-04",
    ),
    (
        "The Lebanese army, which deployed thousands of soldiers south of the Litani River under the November ceasefire, said on Monday that Israeli troops still occupying five hilltops had blown up dozens of homes in the border village of Kfar Kila.",
        [
            (("ASSAULT", "COERCE"), "ISR", "LBN"),
            ("MOBILIZE", "LBN", None, "opt"),
            (("COERCE", "ASSAULT"), "ISR", "LBN", "opt"),
        ],
        "2025-01-21",
    ),
    (
        "Fighters of the Rapid Support Forces stormed a village in Sudan's Gezira state on Friday, killing at least 40 people and looting homes, according to a doctors' group that has documented abuses by both sides since the war began in April 2023.",
        [("ASSAULT", "SDN", "SDN")],
        None,
    ),
]

# strict xfails: records that still fail after the fixes, keyed by their opening words
XFAILS: dict[str, str] = {
    "Under pressure from Washington": "'agreed to open the Erez crossing into northern Gaza': the place the crossing leads into is not taken as the side the opening serves",
    "Abiy Ahmed, Ethiopia's prime minister": "'ordered the army to advance on the Tigrayan capital Mekelle': the city advanced on gives no target",
    "Turkey, which had held up": "'ratified the Nordic country's accession': the description is not resolved to Sweden, named before it",
    "Protesters, many of them waving": "'demanding that the government resume talks': the unnamed government is not placed in the country of the protest (Tbilisi)",
    '"The deployment of NATO ships': "the act a quotation calls a threat ('The deployment of NATO ships ... is a direct threat') is coded as a MOBILIZE of its own",
    '"These sanctions are illegal': "quoted criticism of 'these sanctions' and a bare 'we will respond' are not read; the sanctions of the 'a day after' clause are not linked to them",
    '"Israel has crossed every red line': "'has crossed every red line' is not read as criticism, and 'the Gaza side of the Rafah crossing' is placed in Egypt",
    "Sudanese army aircraft bombed": "'in the town of Kabkabiya in North Darfur': the unknown town's own 'in' phrase is not used for the target's country",
    "South Korea suspended part": "a military spy satellite launch is not coded as a weapons test",
    "Armenian Foreign Minister Ararat Mirzoyan": "'under fire at home for ceding four villages' in an aside is not read as criticism, so the ceding it is criticised for is coded",
    "Two Chinese coast guard vessels": "even with the dashes read, the parser makes 'fired' an adjective of 'water cannon' inside the aside: no verb",
    "Hungary blocks EU aid package": "a summit named by its city ('Brussels summit') is read as a CONSULT of the EU with Ukraine",
    "Xi, Putin pledge": "a headline 'pledge' whose object is a cooperation noun ('partnership') is read as the COOPERATE, not the pledge (AGREE); the 'Beijing meeting' is not paired with both leaders",
    "After Israeli troops moved": "the buffer zone on the Golan Heights (a disputed place) is not given to Syria, though the sentence names Syria's sovereignty",
    "Hours after North Korea fired": "a missile fired over a country is read as an attack on it, not a weapons test",
    "The Lebanese army, which deployed": "'had blown up dozens of homes' after the reduced relative 'still occupying five hilltops' is missed; the occupying is coded with no target",
}
CASES = with_xfails(CASES, XFAILS)


NEGATIVES = [
    "Citing security concerns, the organisers postponed the regional peace conference in Geneva until next year, a spokesman for the Swiss foundation said.",
    pytest.param(
        "The truce, brokered by Qatar and Egypt in 2023, has largely held, although analysts say both sides still distrust the mediators and doubt it will last.",
        marks=_x(
            "a mediation dated to a past year in a reduced relative ('brokered by Qatar and Egypt in 2023') is not read as background"
        ),
    ),
    '"If Russia attacks a NATO member, the alliance will respond with everything it has," a retired American general wrote in an opinion column on Monday.',
    "KABUL, Aug 15 (Reuters) - Three years after the Taliban swept back to power, the Afghan capital is calmer but poorer, and many families say they cannot afford to eat.",
    "According to a United Nations tally, more than 30,000 civilians have been killed in Sudan since fighting broke out between the army and the paramilitary Rapid Support Forces.",
    "Talks on a new prisoner exchange, which stalled in March, are expected to resume in Istanbul next month, diplomats in Ankara said on Thursday.",
    "Russia, China and Iran - all under Western sanctions - have deepened their trade ties in recent years, economists at the Kiel Institute say.",
    "Neither side has agreed to extend the truce, which expires on Sunday, and mediators in Cairo were still waiting for replies from both delegations.",
    "If the draft resolution passes, the Security Council would demand an immediate ceasefire in Gaza and the release of all hostages, diplomats said.",
    "When Russian troops crossed into Ukraine in February 2022, few analysts expected the war to last more than a few weeks, a historian said in a lecture in London.",
]

FIXES = [
    # a spaced hyphen is a dash around an aside
    (
        "Kenyan President William Ruto - fresh from a tour of the region - held talks with Somali President Hassan Sheikh Mohamud in Nairobi on Monday.",
        [("CONSULT", "KEN", "SOM")],
        None,
    ),
    # a promised response in a forceful manner is a threat, whatever it answers
    (
        "Pakistan's army chief said his forces would respond forcefully to the Indian missile strikes.",
        [("THREATEN", "PAK", "IND"), ("ASSAULT", "IND", "PAK", "opt")],
        None,
    ),
    (
        '"We will answer any aggression with force," the Iranian foreign minister told reporters in Tehran.',
        [("THREATEN", "IRN", None)],
        None,
    ),
    # an activity lasting since a time, in a perfect relative clause, is background
    (
        "Al-Shabaab, which has been fighting the Somali government since 2006, claimed responsibility on Friday for a car bomb in Mogadishu.",
        [("ASSAULT", "SOM", None)],
        None,
    ),
    # people of two sides freed in one act with no freer named are swapped
    (
        "The exchange, the largest since the war began, freed 120 Russian and 120 Ukrainian prisoners of war on Wednesday.",
        [("RETREAT", "RUS", "UKR"), ("RETREAT", "UKR", "RUS")],
        None,
    ),
    # whoever backs or presses an act is not its target
    (
        "Under pressure from the European Union, Serbia released three Kosovo border guards on Monday.",
        [("RETREAT", "SRB", "XKX"), ("REQUEST", "IGO", "SRB", "opt")],
        None,
    ),
    (
        "With the backing of Turkish drones, Azerbaijani forces attacked Armenian positions in Nagorno-Karabakh.",
        [("ASSAULT", "AZE", "ARM"), (("COOPERATE", "AID", "SUPPORT"), "TUR", "AZE", "opt")],
        None,
    ),
    # a government conferring within itself is no consultation
    (
        "Israeli Prime Minister Benjamin Netanyahu convened his security cabinet in Jerusalem late on Saturday.",
        [],
        None,
    ),
    # an act done in drills is a show of force
    (
        "Russian warships fired cruise missiles at mock targets in the Sea of Japan during exercises on Tuesday.",
        [("MOBILIZE", "RUS", None)],
        None,
    ),
    # a refusal beside an agreement is to the same party
    (
        "North Korea agreed to let Chinese inspectors visit the border bridge but refused to open its missile sites.",
        [("AGREE", "PRK", "CHN"), ("REJECT", "PRK", "CHN")],
        None,
    ),
    # a summons' purpose read as the envoy's act
    (
        "Kabul summoned the Pakistani envoy to protest against the air strikes in Khost province.",
        [("ACCUSE", "AFG", "PAK"), ("ASSAULT", "PAK", "AFG", "opt")],
        None,
    ),
    # "it is time for X to ..." is a demand
    (
        "The Malian junta said it was time for the French troops to leave the country.",
        [("REQUEST", "MLI", "FRA")],
        None,
    ),
    # a wrong named by a pronoun is the act the "after" clause tells
    (
        '"This is a war crime," the Ukrainian foreign minister said after Russian missiles hit a hospital in Kyiv.',
        [("ACCUSE", "UKR", "RUS"), ("ASSAULT", "RUS", "UKR")],
        None,
    ),
    # carriers sent "carrying" relief send the relief, to where they went
    (
        "Egypt sent 40 trucks carrying flour and medicine to Gaza on Saturday.",
        [("AID", "EGY", "PSE")],
        None,
    ),
    # an unnamed army that rebels fight is their own country's
    (
        "Boko Haram fighters attacked an army base in Borno state on Sunday, killing five soldiers.",
        [("ASSAULT", "NGA", "NGA")],
        None,
    ),
    # a town whose name ends in a country's
    (
        "Gunmen killed four police officers in Puerto Jordan, a town in Colombia's Arauca department, on Friday.",
        [("ASSAULT", None, "COL", "opt")],
        None,
    ),
    # opening an embassy
    (
        "Saudi Arabia opened an embassy in Damascus on Monday for the first time in more than a decade.",
        [("SUPPORT", "SAU", "SYR")],
        None,
    ),
    # a verb after a long apposition is the verb
    (
        "Ethiopia's prime minister, Abiy Ahmed, whose party won the 2021 election by a landslide, signed a port deal with Somaliland's leader in Addis Ababa on Monday.",
        [("AGREE", "ETH", "SOM")],
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected", "pub"), CASES, ids=[_text(c)[:60] for c in CASES])
def test_syntax5_coded(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))


@pytest.mark.parametrize(
    "text", NEGATIVES, ids=[_text((t,) if isinstance(t, str) else t)[:60] for t in NEGATIVES]
)
def test_syntax5_negatives(code, text):
    events = countable(code(text, "2024-05-01"))
    assert not events, show(events)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_syntax5_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
