# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Actor breadth, fifth round: STANDALONE single sentences (no article context, no
dateline), so each side's country has to come from the sentence alone, in shapes the
earlier rounds (tests/test_breadth_actors.py .. test_breadth_actors4.py,
test_paraphrase_actors.py) did not use. Generic actors placed by a phrase ("police in
Lahore", "protesters in the capital Nairobi", "troops stationed near Goma", "the
government in Kabul", "officials in Seoul", "the junta that seized power in Burkina
Faso", "the junta in Niamey", "the ruling party in South Africa", "lawmakers in
Lithuania", "the opposition in Venezuela", "security forces in Tehran", "the army in
Sudan's capital", "a court in Moscow", "prosecutors in Buenos Aires", "envoys from Kabul
and Islamabad"); nationality adjectives on courts, gendarmes, regulators, farmers
("a Turkish court", "Senegalese gendarmes", "Polish farmers"); IGO organs (UN Security
Council, General Assembly and human rights office, European Commission, ICC prosecutor,
IAEA board, African Union, ECOWAS, the OSCE chairman-in-office, NATO, WFP); companies
and media as sides (Google, Didi, Facebook, Huawei, Samsung, Al Jazeera); armed groups
with a home country; leaders by title alone with the country elsewhere ("Hungary's
foreign ministry said the prime minister", "marched in Tel Aviv to demand that the
prime minister resign"); possessives of capitals ("Moscow's envoy", "Beijing's
ambassador in Manila"); passive agents ("was added to a trade blacklist by the U.S.
Commerce Department", "was broken up by police" in Dhaka); objects of prepositions
("talks with the Taliban government in Kabul", "a deal between Moscow and Kyiv", "aid to
the government in Islamabad", "sanctions on Israeli settlers"); and places as targets
("struck Kharkiv", "bombed Khan Younis", "shelled Jermuk and Goris").

Every sentence was written for this file and annotated (types, source country, target
country per event) from shared/PLOVER.md and eval/README.md before the coder was run on
it. IGOs and their organs are IGO; a company takes its home state; armed groups take the
country where they fight (Houthis YEM, Hezbollah LBN, Hamas PSE, ELN COL, M23 COD, RSF
SDN, al-Shabaab SOM, Boko Haram NGA); Hong Kong is HKG. A record passes when every
expected event is coded (any of its types, both countries; target None: any target;
either way round for the symmetric types) and no other countable event is coded; an
event marked "opt" may or may not be coded. NEGATIVES must give no countable event.

Coverage, as a measure of generalisation: 78/97 records passed on the first run (70/87
CASES, 8/10 NEGATIVES), before any fix made for this file. The 19 failing records by
cause (the first cause of each): a side left null 6 ("the electoral council" not known
as a state body; "the prime minister" / "the president" / "the chief of army staff"
named alone in what "Hungary's foreign ministry", "the Polish presidency", "the Nigerian
army" said; "Beijing's ambassador in Manila was summoned" with no summoner; the target of
"Protesters in the capital Nairobi set fire to part of the parliament building", where
the parser took "Nairobi" for a second subject and the city for the arsonist); no event 3 ("fined Google", "fined ...
Didi Chuxing", "Huawei was added to a trade blacklist by"); a wrong country 3 ("Israel's
military offensive in Gaza" placed in the speaker's South Africa; "peacekeepers in
Zvecan" coded as Kosovo's; Jermuk read as the Turkish town of Cermik); an extra event 2
("troops stationed near Goma" as a deployment; "the execution of four prisoners in Iran"
with no source); another type 2 ("approved 50 billion euros in aid" also SUPPORT; "a
joint offensive against insurgents" only COOPERATE); a parser misreading 1
("chairman-in-office held talks"); a negative coded 2 ("occupies a glass tower";
"more than 1,000 people have been killed by security forces ... since the coup").

Two annotations were revised after the first run because they went against the fourth
round's convention that an act a speaker condemns may be coded (it lists "condemned a
NATO air strike" as an optional ASSAULT): "condemned Israel's military offensive in
Gaza" and "condemned the execution of four prisoners in Iran" now list the condemned
act as optional.

After the general fixes: 94/97 (84/87 CASES, 10/10 NEGATIVES); the 3 left are strict
xfails with their cause (XFAILS). Fixed causes: a regulator's or court's fine is a
SANCTION ("fined", "imposed a fine on"); a party put on a blacklist in the passive;
a state post named alone ("the prime minister", "the president") in what a state body
reports is that state's; a title with its "of" phrase ("the chief of army staff", "the
head of state") is a role noun wherever it stands; bodies that run elections are state
bodies; a bare peacekeeper serves an organisation (IGO), a nationality still winning;
an envoy summoned with no one named is summoned by the state he is posted to; an
execution with no one named is by the state of the place; a sum "approved in aid to" a
state is the aid, not praise; "stationed" describes troops, no deployment; the place in
a speaker's own subject is not where an act whose noun names its own doer happened; a
toll counted "since" a past point is a tally even with an agent; "occupies a tower /
the post of" is no seizure; a city's name after "the capital" / "the port city" is
its apposition, not a second subject (a parse repair). The fixes also turned an old
strict xfail of tests/test_breadth_agree.py into a pass ("chief of staff Aslan
Maskhadov"). FIXES (17 records) were written after the fixes, one or
two new sentences per cause fixed.
"""

from __future__ import annotations

import pytest

from conftest import case_text as _text
from conftest import phrasebook_problems as _problems
from conftest import show, with_xfails
from parley.evaluate import countable

SC = ("SANCTION", "COERCE")
CA = ("COERCE", "ASSAULT")
AA = ("AID", "AGREE")

# (text, [(types, source, target[, "opt"]), ...], pub date)
CASES = [
    # --- generic actors whose country is a place in the sentence ---
    (
        "Police in Lahore arrested dozens of supporters of the jailed former prime minister Imran Khan.",
        [("COERCE", "PAK", "PAK")],
        None,
    ),
    (
        "Protesters in the capital Nairobi set fire to part of the parliament building during demonstrations against a finance bill.",
        [("PROTEST", "KEN", None), ("ASSAULT", "KEN", "KEN", "opt")],
        "2024-06-26",
    ),
    (
        "Troops stationed near Goma exchanged fire with M23 rebels on Tuesday.",
        [("ASSAULT", "COD", "COD")],
        "2024-02-22",
    ),
    (
        "The government in Kabul accused Pakistan of carrying out air strikes in Khost province.",
        [("ACCUSE", "AFG", "PAK")],
        "2024-03-18",
    ),
    (
        "Officials in Seoul lodged a protest with Tokyo over a Japanese defence paper that lays claim to the Dokdo islets.",
        [("ACCUSE", "KOR", "JPN")],
        None,
    ),
    (
        "The junta that seized power in Burkina Faso expelled three French diplomats for subversive activities.",
        [("SANCTION", "BFA", "FRA"), ("ACCUSE", "BFA", "FRA", "opt")],
        "2024-04-18",
    ),
    (
        "The ruling party in South Africa, the ANC, condemned Israel's military offensive in Gaza.",
        [("ACCUSE", "ZAF", "ISR"), ("ASSAULT", "ISR", "PSE", "opt")],
        None,
    ),
    (
        "Lawmakers in Lithuania urged the government to expel the Russian ambassador.",
        [("REQUEST", "LTU", "LTU")],
        None,
    ),
    (
        "The opposition in Venezuela accused the electoral council of rigging the count in favour of Nicolas Maduro.",
        [("ACCUSE", "VEN", "VEN")],
        "2024-07-29",
    ),
    (
        "Security forces in Tehran fired live ammunition at crowds protesting the death of Mahsa Amini.",
        [(("ASSAULT", "COERCE"), "IRN", "IRN"), ("PROTEST", "IRN", None, "opt")],
        "2022-09-22",
    ),
    (
        "The army in Sudan's capital launched air strikes on Rapid Support Forces positions in Omdurman.",
        [("ASSAULT", "SDN", "SDN")],
        None,
    ),
    (
        "Authorities in Hong Kong arrested the media tycoon Jimmy Lai under the national security law.",
        [("COERCE", "HKG", None)],
        "2020-08-10",
    ),
    (
        "Authorities in Pakistan began deporting undocumented Afghans.",
        [("COERCE", "PAK", "AFG")],
        "2023-11-01",
    ),
    (
        "A court in Moscow sentenced U.S. journalist Evan Gershkovich to 16 years in prison on espionage charges.",
        [(SC, "RUS", "USA")],
        "2024-07-19",
    ),
    (
        "Prosecutors in Buenos Aires charged the former president with corruption over public works contracts.",
        [("ACCUSE", "ARG", None)],
        None,
    ),
    (
        "Opposition supporters in Maputo clashed with police after the disputed election.",
        [
            ("ASSAULT", "MOZ", "MOZ"),
            ("ASSAULT", "MOZ", "MOZ", "opt"),
            ("PROTEST", "MOZ", None, "opt"),
        ],
        "2024-10-25",
    ),
    (
        "Officials in Baghdad asked Washington to withdraw the remaining U.S. troops from Iraq.",
        [("REQUEST", "IRQ", "USA")],
        None,
    ),
    (
        "Police in Spain and Morocco dismantled a hashish smuggling network in a joint operation.",
        [
            ("COOPERATE", "ESP", "MAR"),
            ("COERCE", "ESP", None, "opt"),
            ("COERCE", "MAR", None, "opt"),
        ],
        None,
    ),
    # --- nationality adjectives on an institution or force ---
    (
        "A Turkish court sentenced a Kurdish journalist to four years in prison for spreading terrorist propaganda.",
        [(SC, "TUR", None)],
        None,
    ),
    (
        "Malian soldiers detained dozens of civilians in a raid on a village near Mopti.",
        [("COERCE", "MLI", "MLI")],
        None,
    ),
    (
        "Ugandan police arrested opposition leader Bobi Wine ahead of a planned rally in Kampala.",
        [("COERCE", "UGA", None)],
        None,
    ),
    (
        "Georgian riot police dispersed demonstrators outside parliament in Tbilisi with water cannon.",
        [(("ASSAULT", "COERCE"), "GEO", "GEO"), ("PROTEST", "GEO", None, "opt")],
        "2024-11-30",
    ),
    (
        "Colombian troops killed a FARC dissident commander in a bombing raid in Guaviare.",
        [("ASSAULT", "COL", "COL")],
        None,
    ),
    (
        "Senegalese gendarmes fired tear gas at supporters of Ousmane Sonko in Dakar.",
        [(("ASSAULT", "COERCE"), "SEN", "SEN"), ("PROTEST", "SEN", None, "opt")],
        "2023-06-01",
    ),
    (
        "Polish farmers blocked border crossings with Ukraine to protest against imports of Ukrainian grain.",
        [("PROTEST", "POL", None)],
        "2024-02-20",
    ),
    (
        "Workers at a Samsung plant near Chennai went on strike to demand recognition of their union.",
        [("PROTEST", "IND", "KOR"), ("REQUEST", "IND", "KOR", "opt")],
        "2024-09-20",
    ),
    # --- international organisations and their organs ---
    (
        "The UN Security Council imposed an arms embargo on South Sudan.",
        [("SANCTION", "IGO", "SSD")],
        "2018-07-13",
    ),
    (
        "The European Commission fined Google 2.4 billion euros for abusing its dominance in online shopping.",
        [(SC, "IGO", "USA")],
        "2017-06-27",
    ),
    (
        "The ICC prosecutor sought an arrest warrant for Myanmar's military chief Min Aung Hlaing.",
        [(("ACCUSE", "REQUEST", "COERCE"), "IGO", "MMR")],
        "2024-11-27",
    ),
    (
        "The IAEA's board of governors censured Iran for failing to cooperate with inspectors.",
        [("ACCUSE", "IGO", "IRN")],
        "2024-06-05",
    ),
    (
        "The African Union suspended Gabon after army officers seized power in Libreville.",
        [("SANCTION", "IGO", "GAB"), (CA, "GAB", "GAB", "opt")],
        "2023-08-31",
    ),
    (
        "ECOWAS threatened military intervention unless the junta in Niamey reinstated the ousted president.",
        [("THREATEN", "IGO", "NER"), ("REQUEST", "IGO", "NER", "opt")],
        "2023-07-31",
    ),
    (
        "The OSCE's chairman-in-office held talks with Azerbaijan's foreign minister in Baku.",
        [("CONSULT", "IGO", "AZE")],
        None,
    ),
    (
        "NATO deployed 700 more troops to Kosovo after Serb protesters injured dozens of peacekeepers in Zvecan.",
        [
            ("MOBILIZE", "IGO", None),
            ("ASSAULT", "SRB", "IGO", "opt"),
            ("ASSAULT", "XKX", "IGO", "opt"),
        ],
        "2023-05-30",
    ),
    (
        "The UN human rights office condemned the execution of four prisoners in Iran.",
        [("ACCUSE", "IGO", "IRN"), ("ASSAULT", "IRN", "IRN", "opt")],
        None,
    ),
    (
        "The UN General Assembly demanded that Russia withdraw its troops from Ukraine.",
        [("REQUEST", "IGO", "RUS")],
        "2023-02-23",
    ),
    (
        "The EU approved 50 billion euros in aid to Ukraine.",
        [(AA, "IGO", "UKR")],
        "2024-02-01",
    ),
    (
        "The African Union welcomed the peace agreement between Ethiopia's government and the Tigrayan rebels.",
        [("SUPPORT", "IGO", "ETH"), ("AGREE", "ETH", "ETH", "opt")],
        "2022-11-03",
    ),
    (
        "The World Food Programme delivered food to famine-hit camps in Sudan's Darfur region.",
        [("AID", "IGO", "SDN")],
        None,
    ),
    # --- companies and media ---
    (
        "Chinese regulators fined the ride-hailing company Didi Chuxing 8 billion yuan for violating data security laws.",
        [(SC, "CHN", "CHN")],
        "2022-07-21",
    ),
    (
        "Al Jazeera said Israeli forces had shot dead its correspondent in Jenin.",
        [("ASSAULT", "ISR", None), ("ACCUSE", "QAT", "ISR", "opt")],
        "2022-05-11",
    ),
    (
        "Russia blocked access to Facebook, accusing the platform of discriminating against Russian media.",
        [("COERCE", "RUS", "USA"), ("ACCUSE", "RUS", "USA")],
        "2022-03-04",
    ),
    (
        "Huawei was added to a trade blacklist by the U.S. Commerce Department.",
        [("SANCTION", "USA", "CHN")],
        "2019-05-16",
    ),
    # --- armed groups with a home country ---
    (
        "The Houthis fired a ballistic missile at the Israeli port city of Eilat.",
        [("ASSAULT", "YEM", "ISR")],
        None,
    ),
    (
        "Boko Haram fighters abducted more than 200 schoolgirls from a school in Chibok.",
        [("ASSAULT", "NGA", "NGA")],
        "2014-04-16",
    ),
    (
        "Al-Shabaab militants stormed a hotel in Mogadishu, killing at least nine people.",
        [("ASSAULT", "SOM", "SOM")],
        None,
    ),
    (
        "ELN guerrillas kidnapped the father of a footballer in La Guajira.",
        [("ASSAULT", "COL", "COL")],
        "2023-10-30",
    ),
    (
        "Hezbollah fired dozens of rockets at northern Israel.",
        [("ASSAULT", "LBN", "ISR")],
        None,
    ),
    (
        "Hamas's armed wing threatened to execute hostages if Israel struck homes in Gaza without warning.",
        [("THREATEN", "PSE", "ISR")],
        "2023-10-09",
    ),
    # --- title alone, the country elsewhere in the sentence ---
    (
        "Thousands marched in Tel Aviv to demand that the prime minister resign.",
        [("PROTEST", "ISR", None), ("REQUEST", "ISR", "ISR", "opt")],
        None,
    ),
    (
        "Hungary's foreign ministry said the prime minister had telephoned Vladimir Putin to discuss a ceasefire.",
        [("CONSULT", "HUN", "RUS")],
        None,
    ),
    (
        "The Polish presidency said the president had travelled to Kyiv for talks with Volodymyr Zelensky.",
        [("CONSULT", "POL", "UKR")],
        None,
    ),
    (
        "The Nigerian army said the chief of army staff had apologised for a drone strike that killed dozens of villagers at a religious gathering in Kaduna state.",
        [("CONCEDE", "NGA", None), ("ASSAULT", "NGA", "NGA", "opt")],
        None,
    ),
    (
        "The Dutch king apologised for the Netherlands' role in the slave trade.",
        [("CONCEDE", "NLD", None)],
        "2023-07-01",
    ),
    # --- possessives ---
    (
        "Ethiopia's army recaptured the town of Lalibela from Tigrayan forces.",
        [(CA, "ETH", "ETH")],
        "2021-12-12",
    ),
    (
        "Moscow's envoy to the UN accused Kyiv of shelling the Zaporizhzhia nuclear plant.",
        [("ACCUSE", "RUS", "UKR")],
        "2022-08-11",
    ),
    (
        "Beijing's ambassador in Manila was summoned over a collision near Second Thomas Shoal.",
        [("ACCUSE", "PHL", "CHN")],
        None,
    ),
    (
        "Ukraine's navy struck a Russian landing ship off the coast of Crimea.",
        [("ASSAULT", "UKR", "RUS")],
        None,
    ),
    (
        "Rwanda's president received DR Congo's foreign minister in Kigali.",
        [("CONSULT", "RWA", "COD")],
        None,
    ),
    # --- passive agents ---
    (
        "Three aid workers were killed by an Israeli air strike in Deir al-Balah.",
        [("ASSAULT", "ISR", None)],
        None,
    ),
    (
        "A Ukrainian drone was shot down over the Kursk region by Russian air defences.",
        [("ASSAULT", "RUS", "UKR")],
        None,
    ),
    (
        "An opposition rally in Dhaka was broken up by police with tear gas and rubber bullets.",
        [(("ASSAULT", "COERCE"), "BGD", "BGD"), ("PROTEST", "BGD", None, "opt")],
        None,
    ),
    (
        "Two Chinese fishing boats were seized by the Indonesian navy near the Natuna Islands.",
        [("COERCE", "IDN", "CHN")],
        None,
    ),
    (
        "Serbia's army was put on the highest level of combat readiness by the president.",
        [("MOBILIZE", "SRB", None)],
        "2022-12-26",
    ),
    # --- objects of prepositions ---
    (
        "Pakistan held talks with the Taliban government in Kabul on border security.",
        [("CONSULT", "PAK", "AFG")],
        None,
    ),
    (
        "Turkey and the UN brokered a deal between Moscow and Kyiv to resume grain exports from Black Sea ports.",
        [
            ("AGREE", "RUS", "UKR"),
            (("CONSULT", "AGREE"), "TUR", "RUS"),
            (("CONSULT", "AGREE"), "TUR", "UKR", "opt"),
            (("CONSULT", "AGREE"), "IGO", "RUS", "opt"),
            (("CONSULT", "AGREE"), "IGO", "UKR", "opt"),
            ("CONSULT", "RUS", "UKR", "opt"),
        ],
        "2022-07-22",
    ),
    (
        "Japan sent emergency aid to Morocco after the earthquake.",
        [("AID", "JPN", "MAR")],
        None,
    ),
    (
        "Britain imposed sanctions on Israeli settlers accused of violence against Palestinians in the West Bank.",
        [("SANCTION", "GBR", "ISR")],
        None,
    ),
    (
        "Canada expelled an Indian diplomat over the killing of a Sikh separatist leader in British Columbia.",
        [("SANCTION", "CAN", "IND"), ("ASSAULT", None, None, "opt")],
        "2023-09-18",
    ),
    (
        "Mali signed a military cooperation agreement with Russia.",
        [(("COOPERATE", "AGREE"), "MLI", "RUS")],
        None,
    ),
    (
        "Riyadh pledged $3 billion in aid to the government in Islamabad.",
        [(AA, "SAU", "PAK")],
        None,
    ),
    (
        "The Chinese foreign minister held talks in Moscow with his Russian counterpart.",
        [("CONSULT", "CHN", "RUS")],
        None,
    ),
    (
        "Envoys from Kabul and Islamabad met in Doha under Qatari mediation.",
        [
            ("CONSULT", "AFG", "PAK"),
            ("CONSULT", "QAT", "AFG", "opt"),
            ("CONSULT", "QAT", "PAK", "opt"),
        ],
        None,
    ),
    # --- targets that are places ---
    (
        "Russian missiles struck Kharkiv overnight, killing at least six people.",
        [("ASSAULT", "RUS", "UKR")],
        None,
    ),
    (
        "Israeli jets bombed Khan Younis for a third straight day.",
        [("ASSAULT", "ISR", "PSE")],
        None,
    ),
    (
        "Azerbaijani forces shelled Jermuk and Goris overnight, the Armenian defence ministry said.",
        [("ASSAULT", "AZE", "ARM"), ("ACCUSE", "ARM", "AZE", "opt")],
        "2022-09-13",
    ),
    (
        "Turkish drones struck Qamishli.",
        [("ASSAULT", "TUR", "SYR")],
        None,
    ),
    (
        "Indian missiles struck Bahawalpur and Muridke early on Wednesday.",
        [("ASSAULT", "IND", "PAK")],
        "2025-05-07",
    ),
    (
        "Sudanese army aircraft bombed Nyala, the main city of South Darfur.",
        [("ASSAULT", "SDN", "SDN")],
        None,
    ),
    # --- other types, generic sides ---
    (
        "The government in Dublin formally recognised the State of Palestine.",
        [("SUPPORT", "IRL", "PSE")],
        "2024-05-28",
    ),
    (
        "French troops stationed in Niger began withdrawing from the country.",
        [("RETREAT", "FRA", "NER")],
        "2023-10-10",
    ),
    (
        "The junta in Myanmar freed thousands of prisoners in an amnesty.",
        [("RETREAT", "MMR", "MMR"), ("CONCEDE", "MMR", "MMR", "opt")],
        None,
    ),
    (
        "The ruling party in Georgia rejected the EU's call to withdraw the foreign agents bill.",
        [("REJECT", "GEO", "IGO"), ("REQUEST", "IGO", "GEO", "opt")],
        "2024-05-15",
    ),
    (
        "The junta in Niamey refused to receive a delegation from ECOWAS.",
        [("REJECT", "NER", "IGO")],
        "2023-08-08",
    ),
    (
        "Moscow's ambassador in Copenhagen warned that Danish warships would become targets of Russian missiles if Denmark joined NATO's missile shield.",
        [("THREATEN", "RUS", "DNK")],
        None,
    ),
    (
        "Troops from Rwanda and Mozambique launched a joint offensive against insurgents in Cabo Delgado.",
        [
            ("COOPERATE", "RWA", "MOZ"),
            ("ASSAULT", "RWA", "MOZ"),
            ("ASSAULT", "MOZ", "MOZ"),
        ],
        "2021-08-09",
    ),
    (
        "Beijing sent warships and fighter jets around Taiwan in large-scale drills.",
        [("MOBILIZE", "CHN", None)],
        "2023-04-08",
    ),
]

# strict xfails: records that still fail after the fixes, keyed by their opening words
XFAILS = {
    "The OSCE's chairman-in-office held": "parser: 'chairman-in-office held talks' read with 'held' a modifier of 'talks'; no verb, no event",
    "Azerbaijani forces shelled Jermuk": "wrong country: the gazetteer knows Jermuk only as an alternate name of the Turkish town of Cermik",
    "Troops from Rwanda and Mozambique": "another type: 'a joint offensive against insurgents' is coded as the partners' cooperation only, with no attack on the insurgents",
}

CASES = with_xfails(CASES, XFAILS)

FIXES = [
    # a regulator's or court's fine is a sanction
    (
        "South Korea's antitrust regulator fined Apple for abusing its dominance in the app market.",
        [(SC, "KOR", "USA")],
        None,
    ),
    (
        "The Russian communications regulator fined Google for failing to delete banned content.",
        [(SC, "RUS", "USA")],
        None,
    ),
    # a party added to a blacklist, told in the passive
    (
        "Five Chinese chipmakers were added to a trade blacklist by Washington.",
        [("SANCTION", "USA", "CHN")],
        None,
    ),
    # a post named alone in what a state body reports is that state's
    (
        "Egypt's presidency said the president had received the Sudanese army chief in Cairo.",
        [("CONSULT", "EGY", "SDN")],
        None,
    ),
    (
        "The Turkish foreign ministry said the minister had telephoned his Greek counterpart.",
        [("CONSULT", "TUR", "GRC")],
        None,
    ),
    # a toll counted since a point in the past, with an agent, is a tally
    (
        "More than 3,000 people have been killed by police since 2016, a rights group said.",
        [],
        None,
    ),
    # "stationed" describes where troops are
    (
        "Turkish soldiers stationed in northern Iraq killed four PKK militants.",
        [("ASSAULT", "TUR", "TUR")],
        None,
    ),
    # the speaker's place is not where an act with its own doer happened
    (
        "Officials in Ankara condemned the Israeli raid in Jenin.",
        [("ACCUSE", "TUR", "ISR"), ("ASSAULT", "ISR", "PSE", "opt")],
        None,
    ),
    # a sum approved "in aid to" a state is aid, not praise
    (
        "The European Parliament approved 5 billion euros in aid to Moldova.",
        [(AA, "IGO", "MDA")],
        None,
    ),
    # a bare peacekeeper serves an organisation
    (
        "Militiamen attacked peacekeepers near Beni, killing two.",
        [("ASSAULT", "COD", "IGO")],
        None,
    ),
    # bodies that run elections are state bodies of their place
    (
        "Opposition parties in Kenya accused the electoral commission of doctoring results.",
        [("ACCUSE", "KEN", "KEN")],
        None,
    ),
    # where an office sits is no seizure
    ("The Israeli embassy occupies two floors of an office block in central Ankara.", [], None),
    # an envoy summoned with no one named: by the state he is posted to
    (
        "The Iranian ambassador to Denmark was summoned over the plot.",
        [("ACCUSE", "DNK", "IRN")],
        None,
    ),
    # a title with its "of" phrase, named alone in a state body's report
    (
        "The Kenyan government said the head of state had met Somalia's president in Nairobi.",
        [("CONSULT", "KEN", "SOM")],
        None,
    ),
    # a city's name after "the capital" / "the port city" names it, no second subject
    (
        "Students in the capital Addis Ababa marched against the war.",
        [("PROTEST", "ETH", None)],
        None,
    ),
    (
        "Police in the port city Aden arrested six men.",
        [("COERCE", "YEM", None)],
        None,
    ),
    # an execution with no one named is by the state of the place
    (
        "Amnesty International condemned the execution of a protester in Saudi Arabia.",
        [("ACCUSE", "NGO", "SAU"), ("ASSAULT", "SAU", "SAU", "opt")],
        None,
    ),
]

NEGATIVES = [
    "Police in Lahore said the investigation into last year's bombing of the courthouse was continuing.",
    "The junta in Bamako has ruled Mali since the coup of August 2020.",
    "Lawmakers in Seoul will debate a bill on new sanctions against North Korea next month.",
    "Officials in Kabul declined to comment on reports of Pakistani air strikes near the border.",
    "The ICC prosecutor's office occupies a glass tower on the outskirts of The Hague.",
    "If the army in Khartoum agreed to a truce, aid could reach Darfur within days, a UN official said.",
    "Security forces in Kashmir did not open fire on the protesters, the police chief said.",
    "NATO's common budget rose by 12 percent this year, the alliance said.",
    "More than 1,000 people have been killed by security forces in Myanmar since the coup, a rights group said.",
    "The ruling party in South Africa is expected to open talks with the opposition on a coalition government.",
]


@pytest.mark.parametrize(("text", "expected", "pub"), CASES, ids=[_text(c)[:60] for c in CASES])
def test_actors5_coded(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:60] for t in NEGATIVES])
def test_actors5_negatives(code, text):
    events = countable(code(text, "2024-05-01"))
    assert not events, show(events)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_actors5_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
