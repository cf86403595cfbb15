# ruff: noqa: E501  (the articles are kept whole, one paragraph per line)
"""Whole wire articles, seventh round: do the earlier rounds' fixes hold on new articles?

Eight articles written for this file in the agencies' register (dateline, quotes,
background, analysis, plans, denials; no headline), on conflicts and episodes the first
six rounds (tests/test_breadth_articles.py ... _articles6.py) did not use: the U.S. and
British strikes on the Houthis over the Red Sea attacks (Jan 2024), the EU-brokered end
of the Serbia-Kosovo licence-plate dispute (Nov 2022), the Kyrgyz-Tajik border war and
its ceasefire (Sept 2022), the Israel-Hezbollah ceasefire (Nov 2024), the Argyle meeting
of Venezuela and Guyana over Essequibo (Dec 2023), the Ankara Declaration of Somalia and
Ethiopia (Dec 2024), the missile strike on Odesa after the Black Sea grain deal (July
2022) and the India-Pakistan ceasefire of May 2025, with office-holders of the time.
Every countable event was annotated (types, source country, target country; "opt" for
incidental ones: background told with a date, events retold in a relative clause,
battlefield claims beside the asserted act) from shared/PLOVER.md and eval/README.md
BEFORE the coder was run. Measured as before: one case per gold event, one per article
for extras (/tmp/art7/measure.py).

Event-level measure (opt ones aside; precision over coded countable events that match a
gold event or none; events matching only an opt one left out):

- first run, before any fix made for this file: recall 45/57 (0.789), precision 57/94
  (0.606), F1 0.686; 0/8 articles free of extra events. The 12 misses by cause: a null
  or wrong side 8 ("The group's deputy foreign minister ... warned that Washington and
  London would 'pay a heavy price'" with no source and one target 2; "The Kremlin ...
  urged them" 2; "urged residents not to return to villages near the border" aimed at
  Israel; "called the drills a provocation" with no target; "urged both countries" given
  Egypt for Ethiopia; "Russia said ... that its missiles had destroyed a Ukrainian
  warship" with no attacker), no event 4 ("the failure of an eight-hour meeting with
  Vucic"; "shook hands at the start of their first face-to-face meeting"; a border "not
  up for discussion"; "cast serious doubt on Russia's commitment"). The 37 extras by
  cause: a gold or opt event told again, or alone, with a null or wrong side 19 (the
  strikes' "five fighters were killed" with no attacker; the threat; the resolution
  "demanding an end" with no target; "signed a ceasefire protocol and agreed" by two
  officials in apposition 2; "instructed their officials to settle" given Uzbekistan;
  the Kremlin's request; the announcer of a truce or ceasefire as its party 2; "killing
  at least 10 people" and "fired at people" with no target 2; the residents' request;
  the provocation charge; the wrong pair; "threatened to expel them" with no target; the
  missiles; "shot down by air defences"; "Russia's commitment to the deal" as Blinken's
  AGREE; "talks mediated by Washington" with no target), another type 7 (Serb officers,
  judges and prosecutors who "quit Kosovo's institutions in protest" as RETREAT 3, the
  cabinet that "approved" the truce as SUPPORT, "Ethiopia sought secure access to the
  sea" as REQUEST, a defence pact's signing as AGREE, "remained committed to the
  ceasefire" as RETREAT; 5 of the 7 are readings PLOVER allows that the annotation did
  not list: resign, a pact's AGREE, a ceasefire's RETREAT), background 5 ("whose
  jurisdiction Caracas rejects", a referendum's voters who "backed", troops "fighting the
  al Shabaab insurgency", "Russia's blockade ... since its invasion", "Clashes in April
  2021 killed about 50"), quotes 3 ("We will enforce the agreement", "We came here to
  talk", "We will defend every metre"), analysis 2 ("both governments had armed
  heavily"), a toll 1 ("24 people had been killed on its side").
- after the fixes: recall 53/57 (0.930), precision 73/90 (0.811), F1 0.866; extras
  37 -> 17, misses 12 -> 4; still 0/8 articles free of extras (Red Sea and India-Pakistan
  keep one each). Fixed (general, each with FIXES texts): "a wave of strikes on X" aimed
  by the wave's "on" phrase; a fired weapon with "its"/"their" ("its missiles had
  destroyed") is its possessor's, as "its drones" was; leaders who "shook hands" met;
  "the group's deputy foreign minister" is of the group named before; a deal, talks or a
  truce of one of the story's two sides with no one else named is with the other side;
  "announced the ceasefire" by an outsider is the sides' truce told again; an outsider's
  appeal to "them" is to the two sides; "the two sides' negotiators" are the sides told
  before; a threat on a conjoined subject ("that Washington and London would pay") is
  aimed at each; "armed heavily" with no one armed is no aid; a stance in a present-tense
  relative clause ("whose jurisdiction Caracas rejects") and a nominal state "since" a
  past time that "has trapped" are background; a charge or demand aimed at an act the
  article told ("called the drills a provocation", "an end to the attacks") is aimed at
  its doer; several officials of one state who talk with another party are one side;
  a present "has N troops in X fighting Y" is a standing deployment, no attack.
  Left (strict xfails with cause): 4 misses (a null or wrong side 2, no event 2) and 17
  extras in 8 articles: a toll or a retold act with no doer or target 4, another reading PLOVER
  allows that the annotation did not list 5 (the resignations 3, the pact's AGREE, the
  ceasefire's RETREAT), background 2, a wrong side 3, another type 3 (the
  cabinet's 'approved' as SUPPORT, 'sought' as REQUEST, 'commitment to the deal' as AGREE).
"""

from __future__ import annotations

import pytest

from conftest import ArticleBook, show
from conftest import phrasebook_problems as _problems

# (name, pub date, text, [(types, source, target[, "opt"]), ...])
ARTICLES = [
    (
        "red-sea-2024",
        "2024-01-12",
        "SANAA/WASHINGTON, Jan 12 (Reuters) - The United States and Britain struck Houthi military targets across Yemen early on Friday in response to the Iran-aligned group's attacks on shipping in the Red Sea, widening the fallout from the war in Gaza.\n\n"
        "U.S. and British warplanes and warships hit more than 60 targets at 16 locations, including radar sites, drone launchers and weapons depots, the U.S. Air Force said. Australia, Bahrain, Canada and the Netherlands provided support.\n\n"
        '"These targeted strikes are a clear message that the United States and our partners will not tolerate attacks on our personnel or allow hostile actors to imperil freedom of navigation," President Joe Biden said in a statement.\n\n'
        'Houthi military spokesman Yahya Saree said five fighters were killed in 73 strikes. The group\'s deputy foreign minister, Hussein al-Ezzi, warned that Washington and London would "pay a heavy price".\n\n'
        "Iran condemned the strikes as a violation of Yemen's sovereignty, and Saudi Arabia, which has observed a truce with the Houthis since April 2022, called for restraint. Russia requested an emergency meeting of the U.N. Security Council.\n\n"
        "The Houthis, who control Yemen's capital and most of its populous north, have attacked merchant vessels since November in what they say is solidarity with Palestinians in Gaza. They seized the Israel-linked cargo ship Galaxy Leader and its crew in November.\n\n"
        "On Tuesday, U.S. and British warships shot down 21 drones and missiles that the group fired at shipping lanes, and the Security Council on Wednesday passed a resolution demanding an end to the attacks.\n\n"
        "Major shipping lines have diverted vessels around Africa's Cape of Good Hope, adding about 10 days to voyages between Asia and Europe.\n\n"
        "Analysts say the strikes are unlikely to deter the Houthis, who survived years of Saudi-led bombing, and risk drawing Washington into a wider regional conflict.\n\n"
        "The Pentagon did not say whether further strikes were planned.",
        [
            ("ASSAULT", "USA", "YEM"),
            ("ASSAULT", "GBR", "YEM"),
            ("THREATEN", "USA", None, "opt"),
            ("THREATEN", "YEM", "USA"),
            ("THREATEN", "YEM", "GBR"),
            ("ACCUSE", "IRN", None),
            ("REQUEST", "SAU", None),
            ("REQUEST", "RUS", "IGO"),
            (("COERCE", "ASSAULT"), "YEM", None, "opt"),
            ("ASSAULT", "YEM", None, "opt"),
            ("REQUEST", "IGO", "YEM", "opt"),
        ],
    ),
    (
        "kosovo-plates-2022",
        "2022-11-24",
        "BRUSSELS, Nov 24 (Reuters) - Serbia and Kosovo reached a deal late on Wednesday to defuse a dispute over vehicle licence plates that had raised fears of unrest in Kosovo's Serb-majority north, the European Union's foreign policy chief Josep Borrell said.\n\n"
        "Under the agreement, reached in talks between the two sides' chief negotiators in Brussels, Serbia will stop issuing licence plates bearing the names of towns in Kosovo and Kosovo will halt further steps to force ethnic Serbs to re-register their cars.\n\n"
        '"We have a deal," Borrell wrote on Twitter, adding that the EU would invite both parties in the coming days to discuss the next steps.\n\n'
        "The breakthrough came two days after Borrell blamed Kosovo Prime Minister Albin Kurti for the failure of an eight-hour meeting with Serbian President Aleksandar Vucic, saying Vucic had accepted an EU proposal that Kurti had turned down.\n\n"
        "Kurti's government had planned to begin fining drivers using Serbian-issued plates on Tuesday but postponed the fines by 48 hours at the request of the United States.\n\n"
        "About 50,000 Serbs in the north use plates issued by Belgrade, which does not recognise Kosovo's 2008 declaration of independence.\n\n"
        "Hundreds of ethnic Serb police officers, judges and prosecutors quit Kosovo's institutions earlier this month in protest against the plate rules, leaving parts of the north without local police.\n\n"
        'Vucic welcomed the deal on Thursday but said Serbia would never recognise Kosovo. "We have shown that we want peace and stability," he told reporters in Belgrade.\n\n'
        "Kurti denied Serbian claims that Pristina had bowed to pressure, saying the accord put an end to the illegal plates.\n\n"
        "The United States welcomed the agreement and urged both sides to implement it without delay.\n\n"
        "Diplomats said the deal only postponed harder questions. The EU is pushing both sides to sign a broader agreement on normalising relations next year, and Western envoys are expected to visit Belgrade and Pristina in December.",
        [
            ("AGREE", "SRB", "XKX"),
            ("CONSULT", "SRB", "XKX"),
            (("AGREE", "CONSULT"), "IGO", None, "opt"),
            ("ACCUSE", "IGO", "XKX"),
            ("AGREE", "SRB", "IGO", "opt"),
            ("REJECT", "XKX", "IGO", "opt"),
            (("CONCEDE", "RETREAT"), "XKX", None, "opt"),
            ("REQUEST", "USA", "XKX", "opt"),
            ("PROTEST", "XKX", "XKX", "opt"),
            ("SUPPORT", "SRB", None),
            ("REJECT", "SRB", "XKX", "opt"),
            ("REJECT", "XKX", "SRB"),
            ("SUPPORT", "USA", None),
            ("REQUEST", "USA", "SRB"),
            ("REQUEST", "USA", "XKX"),
            ("REQUEST", "IGO", None, "opt"),
        ],
    ),
    (
        "kyrgyz-tajik-2022",
        "2022-09-17",
        "BISHKEK, Sept 17 (Reuters) - A ceasefire between Kyrgyzstan and Tajikistan largely held on Saturday after the worst fighting in years along their disputed border, although both sides reported sporadic gunfire overnight.\n\n"
        "The heads of the two countries' security services, Kamchybek Tashiev of Kyrgyzstan and Saimumin Yatimov of Tajikistan, signed a ceasefire protocol on Friday and agreed to pull back troops and heavy weapons from the frontier.\n\n"
        "Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon also met on the sidelines of a regional summit in the Uzbek city of Samarkand on Friday and instructed their officials to settle the dispute, Japarov's office said.\n\n"
        "Kyrgyzstan's health ministry said 24 people had been killed on its side and more than 130,000 evacuated from the Batken region. Tajikistan did not give a full toll.\n\n"
        "The Kyrgyz border service accused Tajik forces of shelling villages and the airport in Batken with tanks and mortars and of sending drones over the region on Friday. Dushanbe rejected the charge and accused Kyrgyz troops of opening fire first on Tajik border posts.\n\n"
        '"We will defend every metre of our land," Japarov said in a video address.\n\n'
        "The Kremlin, which has military bases in both former Soviet republics, urged them to resolve the conflict through peaceful means. U.N. Secretary-General Antonio Guterres called on both governments to engage in dialogue.\n\n"
        "Nearly half of the 970-km border has not been demarcated, and disputes over water and land have flared repeatedly since the Soviet Union broke up in 1991. Clashes in April 2021 killed about 50 people.\n\n"
        "Analysts said the fighting, involving tanks and drones for the first time, showed that both governments had armed heavily since the last round.\n\n"
        "A joint commission of border officials is due to meet next week to discuss the demarcation, Kyrgyz officials said.",
        [
            (("AGREE", "RETREAT"), "KGZ", "TJK"),
            ("CONSULT", "KGZ", "TJK"),
            ("ACCUSE", "KGZ", "TJK"),
            ("REJECT", "TJK", "KGZ"),
            ("ACCUSE", "TJK", "KGZ"),
            ("ASSAULT", "TJK", "KGZ", "opt"),
            ("ASSAULT", "KGZ", "TJK", "opt"),
            ("THREATEN", "KGZ", None, "opt"),
            ("REQUEST", "RUS", "KGZ"),
            ("REQUEST", "RUS", "TJK"),
            ("REQUEST", "IGO", "KGZ"),
            ("REQUEST", "IGO", "TJK"),
        ],
    ),
    (
        "hezbollah-truce-2024",
        "2024-11-27",
        "BEIRUT, Nov 27 (Reuters) - A ceasefire between Israel and Hezbollah took effect in Lebanon early on Wednesday, and thousands of displaced families began heading back to the south despite warnings from the Israeli military to stay away.\n\n"
        "The truce, brokered by the United States and France, was announced on Tuesday by U.S. President Joe Biden, who said Israel and Lebanon had accepted the proposal. Israel's security cabinet approved it by 10 votes to one.\n\n"
        "Under the deal, Israeli troops will withdraw from southern Lebanon over 60 days while the Lebanese army deploys in the area, and Hezbollah will end its armed presence south of the Litani River.\n\n"
        "Hours before the truce began, Israeli warplanes carried out a wave of strikes on Beirut's southern suburbs and central districts, killing at least 10 people, according to the Lebanese health ministry.\n\n"
        'Prime Minister Benjamin Netanyahu warned that Israel would strike Hezbollah if it violated the agreement or tried to rearm. "We will enforce the agreement and respond forcefully to any violation," he said in a televised address.\n\n'
        "Lebanese caretaker Prime Minister Najib Mikati welcomed the ceasefire and said the army would reinforce its presence in the south. A Hezbollah lawmaker, Hassan Fadlallah, said the group would cooperate with the state.\n\n"
        "The Israeli military's Arabic-language spokesman urged residents not to return to villages near the border. Later on Wednesday, Israeli troops fired at people who approached in vehicles in several southern areas, the military said.\n\n"
        "Iran and the European Union welcomed the deal.\n\n"
        "Hezbollah began firing at Israel in October 2023 in support of its ally Hamas, and Israel launched a ground invasion of southern Lebanon at the start of October. More than 3,700 people have been killed in Lebanon, most of them since September.\n\n"
        "Analysts said the truce could hold if both sides believed they had more to lose from renewed war, but warned that its monitoring mechanism, chaired by the United States, remained untested.",
        [
            (("AGREE", "RETREAT"), "ISR", "LBN"),
            (("CONSULT", "COOPERATE"), "USA", None),
            (("CONSULT", "COOPERATE"), "FRA", None, "opt"),
            ("ASSAULT", "ISR", "LBN"),
            ("THREATEN", "ISR", "LBN"),
            ("SUPPORT", "LBN", None),
            (("MOBILIZE", "AGREE"), "LBN", None, "opt"),
            ("AGREE", "LBN", "LBN", "opt"),
            ("REQUEST", "ISR", "LBN"),
            ("SUPPORT", "IRN", None),
            ("SUPPORT", "IGO", None),
        ],
    ),
    (
        "essequibo-2023",
        "2023-12-15",
        "KINGSTOWN, Dec 15 (Reuters) - Venezuela and Guyana agreed on Thursday not to use force against each other in their dispute over the oil-rich Essequibo region, easing tensions that had alarmed neighbours and drawn in the United States.\n\n"
        "Venezuelan President Nicolas Maduro and Guyanese President Irfaan Ali shook hands at the start of their first face-to-face meeting, held at the airport of Argyle on the island of St. Vincent and hosted by Prime Minister Ralph Gonsalves, who chairs the CELAC regional bloc.\n\n"
        'In a joint declaration, the two sides pledged to refrain from escalating the conflict "by words or deeds" and to set up a joint commission of foreign ministers. They also agreed to meet again in Brazil within three months.\n\n'
        'The declaration did not settle the dispute itself. Ali told reporters before the talks that Guyana\'s border was "not up for discussion" and that the case belonged at the International Court of Justice, whose jurisdiction Caracas rejects.\n\n'
        '"We came here to talk, and we are leaving with peace," Maduro said.\n\n'
        "Tensions rose after Venezuela held a referendum on Dec. 3 in which voters backed creating a Venezuelan state in Essequibo, which makes up about two-thirds of Guyana. Maduro then ordered the state oil company to grant licences to extract oil in the region.\n\n"
        "Guyana took the matter to the U.N. Security Council last week, and U.S. military aircraft held flight drills with Guyana's defence force on Dec. 7. Venezuela's Defence Minister Vladimir Padrino Lopez called the drills a provocation.\n\n"
        "Venezuelan Foreign Minister Yvan Gil on Thursday also rejected what he called Guyanese claims that Caracas was preparing an invasion.\n\n"
        "Brazil, which shares borders with both countries and sent troops to its northern frontier this month, welcomed the declaration.\n\n"
        "The border was set by an arbitration tribunal in 1899, a ruling Venezuela has disputed for decades. ExxonMobil leads a consortium producing about 400,000 barrels of oil a day off Guyana's coast.",
        [
            ("AGREE", "VEN", "GUY"),
            ("CONSULT", "VEN", "GUY"),
            ("CONSULT", "VCT", None),
            ("REJECT", "GUY", "VEN"),
            ("THREATEN", "VEN", "GUY", "opt"),
            ("REQUEST", "GUY", "IGO", "opt"),
            (("COOPERATE", "MOBILIZE"), "USA", "GUY", "opt"),
            ("ACCUSE", "VEN", "USA"),
            ("ACCUSE", "VEN", "GUY", "opt"),
            ("REJECT", "VEN", "GUY"),
            ("MOBILIZE", "BRA", None, "opt"),
            ("SUPPORT", "BRA", None),
        ],
    ),
    (
        "somalia-ethiopia-2024",
        "2024-12-12",
        "ANKARA, Dec 12 (Reuters) - Somalia and Ethiopia agreed to work together to end a bitter dispute over Ethiopia's access to the sea, after talks in Ankara brokered by Turkish President Tayyip Erdogan, the three leaders said late on Wednesday.\n\n"
        "Somali President Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed met separately with Erdogan for several hours before holding their first face-to-face talks since the row began in January.\n\n"
        "In what they called the Ankara Declaration, the two neighbours committed to respect each other's sovereignty and territorial integrity and to begin technical negotiations by the end of February, with the aim of concluding them within four months.\n\n"
        '"We have held a historic meeting," Erdogan said at a joint news conference. "I believe this is the first step of a new beginning based on peace and cooperation."\n\n'
        "Abiy said Ethiopia sought secure access to the sea only through cooperation with Somalia. Hassan Sheikh said he was ready to work with Abiy and welcomed Ethiopia's commitment.\n\n"
        "The dispute erupted after landlocked Ethiopia signed a memorandum of understanding with the breakaway region of Somaliland on Jan. 1 to lease a stretch of coastline for a naval base. Mogadishu called the deal an act of aggression and expelled Ethiopia's ambassador in April.\n\n"
        "Somalia then drew closer to Egypt, which is locked in its own dispute with Ethiopia over a giant Nile dam, signing a defence pact with Cairo in August and receiving Egyptian weapons shipments.\n\n"
        "Wednesday's declaration made no mention of the Somaliland deal, and it was not clear whether Ethiopia had dropped it. An Ethiopian foreign ministry spokesman denied reports that Addis Ababa had abandoned its partnership with Somaliland.\n\n"
        "The African Union Commission chairman, Moussa Faki Mahamat, welcomed the agreement and urged both countries to implement it in good faith.\n\n"
        "Ethiopia has thousands of troops in Somalia fighting the al Qaeda-linked al Shabaab insurgency. Somalia had threatened to expel them unless the memorandum was withdrawn.\n\n"
        "Analysts said the declaration bought time but left the core question of Somaliland's status unresolved.",
        [
            ("AGREE", "SOM", "ETH"),
            ("CONSULT", "SOM", "ETH"),
            ("CONSULT", "TUR", None),
            ("AGREE", "ETH", "SOM", "opt"),
            ("SUPPORT", "SOM", "ETH"),
            ("ACCUSE", "SOM", "ETH", "opt"),
            (("SANCTION", "COERCE"), "SOM", "ETH", "opt"),
            ("COOPERATE", "SOM", "EGY", "opt"),
            ("AID", "EGY", "SOM", "opt"),
            ("REJECT", "ETH", None, "opt"),
            ("SUPPORT", "IGO", None),
            ("REQUEST", "IGO", "SOM"),
            ("REQUEST", "IGO", "ETH"),
            ("THREATEN", "SOM", "ETH", "opt"),
        ],
    ),
    (
        "odesa-grain-2022",
        "2022-07-24",
        "KYIV, July 24 (Reuters) - Russia said on Sunday that its missiles had destroyed a Ukrainian warship and a stock of U.S.-supplied anti-ship missiles in the port of Odesa, a day after a strike that threatened a deal to resume Ukraine's grain exports through the Black Sea.\n\n"
        "Two Kalibr cruise missiles hit the port's infrastructure on Saturday, and two more were shot down by air defences, Ukraine's military said. It said grain storage areas were not seriously damaged.\n\n"
        '"This is barbarism," Ukraine\'s President Volodymyr Zelenskiy said on Saturday, accusing Moscow of showing that it could not be trusted to keep its promises.\n\n'
        "The strike came less than 24 hours after Russia and Ukraine signed separate agreements with Turkey and the United Nations in Istanbul to open a safe corridor for ships carrying grain from three Ukrainian ports.\n\n"
        "On Saturday, Turkish Defence Minister Hulusi Akar said Russian officials had told Ankara that Moscow had nothing to do with the attack. On Sunday, Russian Foreign Ministry spokeswoman Maria Zakharova said the missiles had hit only military infrastructure and that the strike would not affect the shipments.\n\n"
        "U.N. Secretary-General Antonio Guterres, who attended the signing ceremony, condemned the attack, and U.S. Secretary of State Antony Blinken said it cast serious doubt on Russia's commitment to the deal.\n\n"
        "Ukraine's Infrastructure Minister Oleksandr Kubrakov, who signed the agreement for Kyiv, said Ukraine would continue technical preparations to launch the exports.\n\n"
        "Russia's blockade of Ukraine's ports since its invasion on Feb. 24 has trapped more than 20 million tonnes of grain and driven up food prices around the world.\n\n"
        "Under the deal, a joint coordination centre in Istanbul will oversee the corridor and inspect ships for weapons. Diplomats hope the first shipment can leave within weeks.\n\n"
        "Analysts said the strike would raise insurance costs and make shipowners reluctant to send vessels to Odesa, even if the corridor opens.",
        [
            ("ASSAULT", "RUS", "UKR"),
            ("ASSAULT", "UKR", "RUS", "opt"),
            ("ACCUSE", "UKR", "RUS"),
            ("AGREE", "RUS", None, "opt"),
            ("AGREE", "UKR", None, "opt"),
            ("REJECT", "RUS", None, "opt"),
            ("CONSULT", "RUS", "TUR", "opt"),
            ("ACCUSE", "IGO", None),
            ("ACCUSE", "USA", "RUS"),
        ],
    ),
    (
        "india-pakistan-2025",
        "2025-05-11",
        "NEW DELHI/ISLAMABAD, May 11 (Reuters) - India and Pakistan accused each other on Sunday of violating a ceasefire agreed a day earlier, although the guns along their frontier in Kashmir were largely silent overnight after four days of the worst fighting between the nuclear-armed neighbours in decades.\n\n"
        "U.S. President Donald Trump announced the ceasefire on Saturday, saying it followed a long night of talks mediated by Washington. Secretary of State Marco Rubio said he and Vice President JD Vance had spoken with senior officials of both countries over 48 hours.\n\n"
        "India's foreign secretary, Vikram Misri, said the two countries' directors general of military operations had agreed by telephone to stop all firing and military action on land, in the air and at sea from 5 p.m. Indian time.\n\n"
        "Hours later, Misri said Pakistan had committed repeated violations of the understanding and that the Indian army had been told to respond strongly. Explosions were heard in Srinagar, the main city in Indian Kashmir, witnesses said.\n\n"
        'Pakistan\'s foreign ministry said Islamabad remained committed to the ceasefire and blamed violations on India. Prime Minister Shehbaz Sharif thanked Trump for his "proactive role" in a post on X.\n\n'
        "India did not comment on Washington's role. Indian officials have long rejected outside mediation on Kashmir, which both countries claim in full but rule in part.\n\n"
        "Early on Saturday, India struck at least three Pakistani air bases with missiles, and Pakistan said it had retaliated with attacks on Indian military installations in an operation it called Bunyan-um-Marsoos.\n\n"
        "The fighting began on Wednesday when India struck what it called terrorist infrastructure in Pakistan and Pakistani Kashmir, two weeks after gunmen killed 26 men at a tourist site in Pahalgam. New Delhi blamed the attack on Pakistan-based militants, a charge Islamabad has denied.\n\n"
        "The military chiefs are due to speak again on Monday. Analysts said the truce was fragile and that neither side had much incentive to make concessions on Kashmir.",
        [
            ("ACCUSE", "IND", "PAK"),
            ("ACCUSE", "PAK", "IND"),
            (("AGREE", "RETREAT"), "IND", "PAK"),
            ("CONSULT", "USA", None),
            ("CONSULT", "IND", "PAK", "opt"),
            ("THREATEN", "IND", "PAK", "opt"),
            ("AGREE", "PAK", None, "opt"),
            ("REJECT", "PAK", "IND", "opt"),
            ("SUPPORT", "PAK", "USA"),
            ("ASSAULT", "IND", "PAK"),
            ("ASSAULT", "PAK", "IND"),
            ("ASSAULT", None, "IND", "opt"),
        ],
    ),
]

# (article, index of the gold event) -> why it is still missed
EVENT_XFAILS: dict[tuple[str, int], str] = {
    (
        "hezbollah-truce-2024",
        8,
    ): "wrong side: 'urged residents not to return to villages near the border' gives the residents the speaker's country, not Lebanon",
    (
        "essequibo-2023",
        3,
    ): "no event: a border said to be 'not up for discussion' (a refusal to negotiate) is no trigger",
    (
        "somalia-ethiopia-2024",
        12,
    ): "wrong side: 'urged both countries' takes the pair of the last two-sided event (Somalia's defence pact with Egypt, told as background), not the story's sides",
    (
        "odesa-grain-2022",
        8,
    ): "no event: 'said it cast serious doubt on Russia's commitment to the deal' is no criticism to the coder (its 'deal' is coded as Blinken's AGREE)",
}

# article -> why it still has extra events
ARTICLE_XFAILS: dict[str, str] = {
    "red-sea-2024": "a toll with no doer: 'five fighters were killed in 73 strikes' (the strikes told again, indefinite)",
    "kosovo-plates-2022": "Serb officers, judges and prosecutors who 'quit Kosovo's institutions in protest' as RETREAT (resign, a reading PLOVER allows that the annotation did not list), the officers given Serbia by 'ethnic Serb' and the others no country (3)",
    "kyrgyz-tajik-2022": "'instructed their officials to settle the dispute' given Uzbekistan (the summit's city); tolls with no doer: '24 people had been killed on its side', and background: 'Clashes in April 2021 killed about 50 people'",
    "hezbollah-truce-2024": "the cabinet that 'approved it' (the truce) as SUPPORT with no target; the residents' request aimed at Israel",
    "essequibo-2023": "background: a referendum's 'voters backed creating a Venezuelan state' as Guyana's SUPPORT of Venezuela",
    "somalia-ethiopia-2024": "'Ethiopia sought secure access to the sea' as REQUEST; background: the pact with Cairo as AGREE (a reading PLOVER allows that the annotation did not list), 'threatened to expel them' with no target; 'urged both countries' aimed at Egypt",
    "odesa-grain-2022": "'two more were shot down by air defences' with no target; 'Russia's commitment to the deal' as Blinken's AGREE",
    "india-pakistan-2025": "'remained committed to the ceasefire' as Pakistan's RETREAT toward India (a reading PLOVER allows that the annotation, AGREE only, did not list)",
}

# general patterns fixed for this file, on sentences of their own
FIXES: list[tuple[str, list[tuple], str | None]] = [
    # a wave of strikes aimed by the wave's 'on' phrase
    (
        "Saudi-led jets launched a wave of air strikes on Sanaa's northern districts overnight.",
        [("ASSAULT", "SAU", "YEM")],
        None,
    ),
    # a fired weapon with 'its' is its possessor's
    (
        "Iran said on Tuesday that its missiles had hit militant bases in Iraq's Kurdistan region.",
        [("ASSAULT", "IRN", "IRQ")],
        None,
    ),
    # leaders who shook hands met
    (
        "SAN FRANCISCO, Nov 16 (Reuters) - Chinese President Xi Jinping and Japanese Prime Minister Fumio Kishida shook hands at the APEC summit in San Francisco on Thursday.",
        [("CONSULT", "CHN", "JPN")],
        "2023-11-16",
    ),
    # 'the group's deputy leader' is of the group named before
    (
        "Hezbollah fired rockets at northern Israel on Monday. The group's deputy leader warned Israel against a wider war.",
        [("ASSAULT", "LBN", "ISR"), ("THREATEN", "LBN", "ISR")],
        None,
    ),
    # a deal of one of the story's two sides with no one else named is with the other side
    (
        "Armenia and Azerbaijan agreed to resume border talks on Friday. Armenia's deputy prime minister later signed a protocol on the first section of the border.",
        [("AGREE", "ARM", "AZE")],
        "2024-04-20",
    ),
    # an outsider who announced 'the truce' is no party to it
    (
        "Israel and Hamas agreed to a four-day truce on Wednesday. U.S. President Joe Biden welcomed the truce in a statement, and Egypt announced the truce hours later.",
        [("AGREE", "ISR", "PSE"), ("SUPPORT", "USA", None)],
        "2023-11-22",
    ),
    # an outsider's appeal to 'them' is to the story's two sides
    (
        "Armenian and Azerbaijani troops exchanged fire on the border on Tuesday. The European Union urged them to show restraint.",
        [
            ("ASSAULT", "ARM", "AZE"),
            ("ASSAULT", "AZE", "ARM"),
            ("REQUEST", "IGO", "ARM"),
            ("REQUEST", "IGO", "AZE"),
        ],
        None,
    ),
    # 'the two sides' delegations' are each side's
    (
        "Serbia and Kosovo agreed on Tuesday to resume EU-mediated talks. The two sides' chief negotiators met in Brussels on Friday.",
        [("AGREE", "SRB", "XKX"), ("CONSULT", "SRB", "XKX"), ("CONSULT", "IGO", None, "opt")],
        "2023-05-12",
    ),
    # a threat on a conjoined subject is aimed at each
    (
        "Beijing warned that Manila and Washington would bear full responsibility for the consequences.",
        [("THREATEN", "CHN", "PHL"), ("THREATEN", "CHN", "USA")],
        None,
    ),
    # arming with no one armed is no aid
    ("Officials said Ethiopia and Eritrea had armed rapidly before the war.", [], None),
    # a stance in a present-tense relative clause is background
    (
        "Amnesty International, which Israel accuses of bias, released the report on Tuesday.",
        [],
        None,
    ),
    # a nominal state 'since' a past time is background
    (
        "Israel's siege of the enclave since October has left most of its 2.3 million people short of food.",
        [],
        None,
    ),
    # a charge aimed at an act the article told is aimed at its doer
    (
        "Russian warships held naval drills off the coast of Japan on Monday. Tokyo called the drills a provocation.",
        [("MOBILIZE", "RUS", None), ("ACCUSE", "JPN", "RUS")],
        None,
    ),
    # a demand to end an act the article told is aimed at its doer
    (
        "Turkish jets struck Kurdish militant positions in northern Iraq on Sunday. The Arab League passed a resolution demanding an end to the strikes.",
        [("ASSAULT", "TUR", "IRQ"), ("REQUEST", "IGO", "TUR")],
        None,
    ),
    # officials of one state who hold talks with another party are one side
    (
        "MANILA, March 19 (Reuters) - U.S. Secretary of State Antony Blinken and Defense Secretary Lloyd Austin held talks with Philippine officials in Manila on Tuesday.",
        [("CONSULT", "USA", "PHL")],
        "2024-03-19",
    ),
    # a present "has N troops in X fighting Y" is a standing deployment
    ("Kenya has about 4,000 troops in Somalia fighting al Shabaab militants.", [], None),
    # two officials of one state who talk are no two sides: a later one-sided deal is
    # with the other side the story told
    (
        "Russia and Ukraine agreed to a prisoner exchange on Friday. Turkish President Tayyip Erdogan and Foreign Minister Hakan Fidan held talks in Ankara on Saturday. Ukraine later signed the protocol.",
        [("AGREE", "RUS", "UKR"), ("CONSULT", "TUR", None, "opt")],
        None,
    ),
]

BOOK = ArticleBook(ARTICLES, EVENT_XFAILS, ARTICLE_XFAILS)


@pytest.mark.parametrize(("name", "spec"), BOOK.event_params())
def test_articles7_event_found(code, name, spec):
    BOOK.check_found(code, name, spec)


@pytest.mark.parametrize("name", BOOK.article_params())
def test_articles7_no_extra_event(code, name):
    BOOK.check_no_extra(code, name)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_articles7_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
