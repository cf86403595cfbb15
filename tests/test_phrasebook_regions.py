# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Wire copy from regions the other sets cover less: the Sahel, Sudan, Ethiopia and
Eritrea, DR Congo and Rwanda, Myanmar, Haiti, Colombia and Venezuela, Israel/Gaza/Lebanon,
Yemen and the Red Sea, Ukraine and Russia, the Koreas, the South China Sea and Taiwan,
Armenia and Azerbaijan, in the register of international agencies (attribution "X said
on Tuesday", long noun phrases, passives, appositions).

Every sentence was written for this file and annotated (types, source country, target
country per event) from shared/PLOVER.md and eval/README.md before the coder was run on
it, with actors right for the publication date. Armed groups take the country where
they fight (RSF SDN, M23 COD, Houthis YEM, JNIM MLI, ELN COL, Arakan Army MMR ...).
A record passes when every expected event is coded (any of its types, both countries;
target None: any target; either way round for symmetric types) and no other countable
event is coded; an event marked "opt" may or may not be coded. NEGATIVES (background,
analysis, plans, hypotheticals, negation, statistics) must give no countable event.

Coverage, as a measure of generalisation: 72/90 records passed on the first run (63/78
CASES, 9/12 NEGATIVES), before any fix made for this file; 83/90 after the general fixes
(72/78, 11/12), the rest strict xfails with their cause. FIXES were written after the
fixes, one or two new sentences per cause fixed.
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
    # --- Sahel ---
    (
        "Malian troops and Russian mercenaries killed dozens of civilians in a raid on a village in the central Mopti region, residents and a rights group said on Tuesday.",
        [("ASSAULT", "MLI", None), ("ASSAULT", "RUS", None, "opt")],
        "2024-05-01",
    ),
    (
        "Burkina Faso's military government expelled three French diplomats on Thursday, accusing them of subversive activities, the foreign ministry said.",
        [("SANCTION", "BFA", "FRA"), ("ACCUSE", "BFA", "FRA", "opt")],
        "2024-04-19",
    ),
    (
        "Niger's junta ordered the United States to withdraw its roughly 1,000 troops from the country, a senior State Department official said on Wednesday.",
        [(("REQUEST", "SANCTION", "COERCE"), "NER", "USA")],
        "2024-05-01",
    ),
    (
        "Fighters from the al Qaeda-linked JNIM group attacked an army post near the town of Djibo in northern Burkina Faso on Sunday, killing at least 20 soldiers, security sources said.",
        [("ASSAULT", "MLI", "BFA")],
        "2024-05-01",
    ),
    (
        "Mali's transitional president, Colonel Assimi Goita, received a delegation from the Economic Community of West African States in Bamako on Monday.",
        [("CONSULT", "MLI", "IGO")],
        "2024-05-01",
    ),
    (
        "Mali, Burkina Faso and Niger announced on Sunday that they were quitting ECOWAS with immediate effect, accusing the bloc of falling under foreign influence.",
        [
            ("SANCTION", "MLI", "IGO"),
            ("SANCTION", "BFA", "IGO"),
            ("SANCTION", "NER", "IGO"),
            ("ACCUSE", "MLI", "IGO", "opt"),
            ("ACCUSE", "BFA", "IGO", "opt"),
            ("ACCUSE", "NER", "IGO", "opt"),
        ],
        "2024-01-29",
    ),
    # --- Sudan ---
    (
        "The paramilitary Rapid Support Forces shelled a displacement camp on the outskirts of El Fasher on Friday, killing at least 15 people, medical charity MSF said.",
        [("ASSAULT", "SDN", None)],
        "2024-05-01",
    ),
    (
        "Sudan's army chief Abdel Fattah al-Burhan rejected on Tuesday any talks with the RSF until the paramilitary group withdraws from civilian areas.",
        [("REJECT", "SDN", "SDN")],
        "2024-05-01",
    ),
    (
        "The United States imposed sanctions on Thursday on two senior RSF commanders accused of leading the assault on El Geneina.",
        [("SANCTION", "USA", "SDN")],
        "2024-05-01",
    ),
    (
        "Saudi Arabia and the United States hosted indirect talks between delegations of the Sudanese army and the RSF in Jeddah.",
        [("CONSULT", "SDN", "SDN"), ("CONSULT", "SAU", "SDN"), ("CONSULT", "USA", "SDN")],
        "2024-05-01",
    ),
    (
        "The World Food Programme delivered food aid to some 200,000 people in Darfur this week after trucks crossed from Chad through the Adre border point.",
        [("AID", "IGO", "SDN")],
        "2024-05-01",
    ),
    (
        "Sudan's army-aligned government accused the United Arab Emirates on Wednesday of arming the RSF and filed a complaint with the U.N. Security Council.",
        [("ACCUSE", "SDN", "ARE"), (("ACCUSE", "REQUEST"), "SDN", "IGO", "opt")],
        "2024-05-01",
    ),
    # --- Ethiopia / Eritrea ---
    (
        "Ethiopian federal forces clashed with Fano militiamen near the town of Gondar in the Amhara region on Saturday, residents said.",
        [("ASSAULT", "ETH", "ETH")],
        "2024-05-01",
    ),
    (
        "Ethiopian Prime Minister Abiy Ahmed met Tigray People's Liberation Front leaders in Addis Ababa on Thursday to discuss the implementation of the Pretoria peace agreement.",
        [("CONSULT", "ETH", "ETH")],
        "2024-05-01",
    ),
    (
        "Eritrea rejected on Monday a United Nations report accusing its troops of abuses in Tigray, calling it baseless.",
        [("REJECT", "ERI", "IGO")],
        "2024-05-01",
    ),
    (
        "Authorities in Ethiopia detained at least three journalists in Addis Ababa last week under a state of emergency declared in Amhara, the Committee to Protect Journalists said.",
        [("COERCE", "ETH", None)],
        "2024-05-01",
    ),
    (
        "Eritrean troops have withdrawn from several towns in northern Tigray, the head of the region's interim administration said on Friday.",
        [("RETREAT", "ERI", None)],
        "2024-05-01",
    ),
    (
        "Ethiopia signed a memorandum of understanding with the breakaway region of Somaliland on Monday granting it access to the Red Sea, a deal Somalia denounced as a violation of its sovereignty.",
        [("AGREE", "ETH", "SOM"), ("ACCUSE", "SOM", "ETH")],
        "2024-01-03",
    ),
    # --- DR Congo / Rwanda ---
    (
        "M23 rebels seized the town of Rubaya, home to a major coltan mine, after heavy fighting with Congolese troops and allied militias, local sources said on Wednesday.",
        [(("COERCE", "ASSAULT"), "COD", "COD")],
        "2024-05-02",
    ),
    (
        "Congolese President Felix Tshisekedi accused Rwanda on Tuesday of backing the M23 rebels and of seeking to annex territory in eastern Congo.",
        [("ACCUSE", "COD", "RWA")],
        "2024-05-01",
    ),
    (
        "Rwanda denied on Tuesday that its troops were fighting alongside the rebels in North Kivu.",
        [("REJECT", "RWA", None)],
        "2024-05-01",
    ),
    (
        "Angolan President Joao Lourenco hosted the foreign ministers of Congo and Rwanda in Luanda on Thursday for talks on easing tensions in the east.",
        [("CONSULT", "COD", "RWA"), ("CONSULT", "AGO", "COD"), ("CONSULT", "AGO", "RWA", "opt")],
        "2024-05-01",
    ),
    (
        "The European Union imposed sanctions on Monday on an M23 spokesman and a Rwandan army commander over the violence in eastern Congo.",
        [("SANCTION", "IGO", "COD"), ("SANCTION", "IGO", "RWA")],
        "2024-05-01",
    ),
    (
        "A drone strike hit the airport in Goma on Saturday, damaging a civilian aircraft, the Congolese army said, blaming the Rwandan army.",
        [("ACCUSE", "COD", "RWA"), ("ASSAULT", "RWA", "COD", "opt")],
        "2024-02-18",
    ),
    # --- Myanmar ---
    (
        "Myanmar's military junta carried out air strikes on a village in Sagaing region on Tuesday, killing at least 30 people, including children, local media reported.",
        [("ASSAULT", "MMR", None)],
        "2024-05-01",
    ),
    pytest.param(
        "The Arakan Army said on Monday it had captured the town of Buthidaung after weeks of fighting with junta forces.",
        [(("COERCE", "ASSAULT"), "MMR", "MMR")],
        "2024-05-20",
        marks=_x(
            "an 'after weeks of fighting with X' clash gets no source: the main clause's subject is not carried over"
        ),
    ),
    (
        "Thailand's foreign minister met Myanmar junta chief Min Aung Hlaing in Naypyitaw on Tuesday and urged him to open talks with the opposition.",
        [("CONSULT", "THA", "MMR"), ("REQUEST", "THA", "MMR")],
        "2024-05-01",
    ),
    (
        "China brokered a ceasefire between Myanmar's military and an alliance of ethnic armed groups in talks in Kunming, the Chinese foreign ministry said on Friday.",
        [(("AGREE", "RETREAT"), "MMR", "MMR"), ("CONSULT", "CHN", "MMR")],
        "2024-01-13",
    ),
    (
        "Myanmar's junta released more than 3,000 prisoners on Wednesday in an amnesty marking the traditional new year, state media said.",
        [("RETREAT", "MMR", None)],
        "2024-04-18",
    ),
    (
        "The U.N. special envoy on Myanmar called on the junta on Thursday to halt air strikes on civilians and to allow humanitarian access to Rakhine state.",
        [("REQUEST", "IGO", "MMR")],
        "2024-05-01",
    ),
    # --- Haiti ---
    (
        "Gangs led by former police officer Jimmy Cherizier attacked the national penitentiary in Port-au-Prince on Saturday, freeing thousands of inmates.",
        [("ASSAULT", "HTI", None)],
        "2024-03-04",
    ),
    (
        "Haitian Prime Minister Ariel Henry agreed on Monday to resign once a transitional council is set up, following pressure from Caribbean leaders and Washington.",
        [(("RETREAT", "AGREE", "CONCEDE"), "HTI", None)],
        "2024-03-12",
    ),
    (
        "Kenya signed an agreement with Haiti on Friday to deploy police officers to the Caribbean nation, clearing the way for a U.N.-backed security mission.",
        [("AGREE", "KEN", "HTI")],
        "2024-03-02",
    ),
    (
        "Haitian police killed at least a dozen gang members in a shootout in the Delmas district of the capital on Wednesday, a police spokesman said.",
        [("ASSAULT", "HTI", None)],
        "2024-05-01",
    ),
    (
        "The Dominican Republic closed its border with Haiti and suspended the issuance of visas to Haitians on Friday, citing the worsening violence.",
        [(("SANCTION", "COERCE"), "DOM", "HTI")],
        "2024-05-01",
    ),
    (
        "The United States flew a team of Marines into Port-au-Prince on Sunday to reinforce security at its embassy, U.S. Southern Command said.",
        [("MOBILIZE", "USA", None)],
        "2024-03-11",
    ),
    # --- Colombia / Venezuela ---
    (
        "Colombia's government and the ELN rebel group agreed on Thursday to extend their bilateral ceasefire by six months, negotiators said in Havana.",
        [(("AGREE", "RETREAT"), "COL", "COL")],
        "2024-02-10",
    ),
    (
        "ELN guerrillas kidnapped the father of Liverpool footballer Luis Diaz in La Guajira province, Colombian authorities said.",
        [("ASSAULT", "COL", None)],
        "2023-11-03",
    ),
    (
        "Colombian President Gustavo Petro suspended peace talks with a faction of the FARC dissidents on Sunday after an attack on an indigenous community in Cauca.",
        [("SANCTION", "COL", "COL")],
        "2024-03-18",
    ),
    (
        "Venezuela's top court upheld a ban on opposition leader Maria Corina Machado holding public office on Friday, barring her from July's presidential election.",
        [(("COERCE", "SANCTION"), "VEN", "VEN")],
        "2024-01-27",
    ),
    (
        "The United States reimposed oil sanctions on Venezuela on Wednesday after President Nicolas Maduro's government failed to allow a competitive election.",
        [("SANCTION", "USA", "VEN")],
        "2024-04-18",
    ),
    (
        "Brazil's President Luiz Inacio Lula da Silva criticised Venezuela on Wednesday over the exclusion of the main opposition candidate from the ballot.",
        [("ACCUSE", "BRA", "VEN")],
        "2024-03-28",
    ),
    # --- Israel / Gaza / Lebanon ---
    (
        "Israeli air strikes killed at least 20 Palestinians in Rafah overnight, Gaza health officials said on Tuesday.",
        [("ASSAULT", "ISR", "PSE")],
        "2024-05-01",
    ),
    pytest.param(
        "Hezbollah fired dozens of rockets at military positions in northern Israel on Sunday in response to an Israeli strike that killed one of its commanders.",
        [("ASSAULT", "LBN", "ISR"), ("ASSAULT", "ISR", "LBN", "opt")],
        "2024-05-01",
        marks=_x(
            "'one of its commanders' in a relative clause is resolved to the strike's own side, not the sentence subject"
        ),
    ),
    (
        "Egypt and Qatar hosted a new round of indirect talks between Israel and Hamas in Cairo on Sunday, officials said.",
        [("CONSULT", "ISR", "PSE"), ("CONSULT", "EGY", None), ("CONSULT", "QAT", None)],
        "2024-05-01",
    ),
    pytest.param(
        "Israel's military ordered tens of thousands of Palestinians to evacuate eastern Rafah on Monday ahead of an expected ground offensive.",
        [(("COERCE", "THREATEN", "REQUEST"), "ISR", "PSE")],
        "2024-05-07",
        marks=_x("'ordered X to evacuate <place>' (an evacuation order) is not in the lexicon"),
    ),
    (
        "The U.N. Security Council adopted a resolution on Monday demanding an immediate ceasefire in Gaza for the month of Ramadan.",
        [("REQUEST", "IGO", None)],
        "2024-03-26",
    ),
    (
        "The United States paused a shipment of 2,000-pound bombs to Israel last week over concerns about a full-scale assault on Rafah, a senior administration official said.",
        [(("SANCTION", "COERCE", "REJECT"), "USA", "ISR")],
        "2024-05-08",
    ),
    # --- Yemen / Red Sea ---
    (
        "Yemen's Houthi militia fired two anti-ship ballistic missiles at a Liberian-flagged container ship in the Gulf of Aden on Monday, the U.S. military's Central Command said.",
        [("ASSAULT", "YEM", None)],
        "2024-05-01",
    ),
    (
        "U.S. and British warplanes struck Houthi targets in Yemen's capital Sanaa and the port city of Hodeidah overnight.",
        [("ASSAULT", "USA", "YEM"), ("ASSAULT", "GBR", "YEM")],
        "2024-05-01",
    ),
    (
        "The Houthis seized the Galaxy Leader, a British-owned, Japanese-operated cargo ship, in the southern Red Sea and took its 25 crew members hostage.",
        [(("COERCE", "ASSAULT"), "YEM", None)],
        "2023-11-20",
    ),
    (
        "The European Union launched a naval mission on Monday to protect commercial shipping in the Red Sea from Houthi attacks.",
        [("MOBILIZE", "IGO", None)],
        "2024-02-20",
    ),
    pytest.param(
        "The United States redesignated the Houthis as a specially designated global terrorist group on Wednesday, citing their attacks on shipping.",
        [("SANCTION", "USA", "YEM")],
        "2024-01-18",
        marks=_x(
            "type choice: a terrorist designation is coded COERCE restrict, annotated SANCTION"
        ),
    ),
    (
        "A Houthi spokesman threatened on Thursday to widen the group's attacks to ships sailing through the Indian Ocean.",
        [("THREATEN", "YEM", None)],
        "2024-05-01",
    ),
    # --- Ukraine / Russia ---
    (
        "Russian missiles and drones struck energy facilities in the Kharkiv region overnight, cutting power to more than 200,000 homes, the regional governor said on Friday.",
        [("ASSAULT", "RUS", "UKR")],
        "2024-05-01",
    ),
    (
        "Ukrainian drones attacked an oil refinery in Russia's Krasnodar region on Saturday, sparking a fire, the regional authorities said.",
        [("ASSAULT", "UKR", "RUS")],
        "2024-05-01",
    ),
    (
        "Russian forces captured the village of Ocheretyne in the Donetsk region, the Russian defence ministry said on Sunday.",
        [(("COERCE", "ASSAULT"), "RUS", "UKR")],
        "2024-05-06",
    ),
    (
        "Germany pledged on Thursday to send Ukraine another Patriot air defence system, Defence Minister Boris Pistorius said.",
        [(("AID", "AGREE"), "DEU", "UKR")],
        "2024-05-01",
    ),
    (
        "A Moscow court on Friday extended the pre-trial detention of Wall Street Journal reporter Evan Gershkovich, who is accused of espionage.",
        [(("COERCE", "SANCTION"), "RUS", None)],
        "2024-05-01",
    ),
    pytest.param(
        "Ukrainian President Volodymyr Zelensky urged Western allies on Monday to speed up deliveries of air defence systems as Russia intensified its strikes on cities.",
        [("REQUEST", "UKR", None), ("ASSAULT", "RUS", "UKR", "opt")],
        "2024-05-01",
        marks=_x(
            "'its strikes on cities': the target gets no country when Ukraine is only implied by the speaker"
        ),
    ),
    # --- Korea ---
    (
        "North Korea fired several short-range ballistic missiles into the sea off its east coast on Monday, South Korea's military said.",
        [("MOBILIZE", "PRK", None)],
        "2024-05-01",
    ),
    (
        "South Korea and the United States began large-scale joint military exercises on Monday, drawing condemnation from Pyongyang.",
        [
            (("MOBILIZE", "COOPERATE"), "KOR", None),
            (("MOBILIZE", "COOPERATE"), "USA", None, "opt"),
            ("ACCUSE", "PRK", None, "opt"),
        ],
        "2024-03-05",
    ),
    (
        "Kim Jong Un and Vladimir Putin signed a comprehensive strategic partnership treaty in Pyongyang on Wednesday that includes a mutual defence pledge.",
        [("AGREE", "PRK", "RUS"), ("CONSULT", "PRK", "RUS", "opt")],
        "2024-06-20",
    ),
    (
        "South Korea suspended a 2018 military agreement with North Korea on Tuesday in response to Pyongyang's launch of balloons.",
        [("SANCTION", "KOR", "PRK")],
        "2024-06-05",
    ),
    (
        "Pyongyang accused Seoul and Washington on Saturday of staging a rehearsal for an invasion, and warned of overwhelming countermeasures.",
        [
            ("ACCUSE", "PRK", "KOR"),
            ("ACCUSE", "PRK", "USA", "opt"),
            ("THREATEN", "PRK", None, "opt"),
        ],
        "2024-05-01",
    ),
    (
        "South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida held talks in Seoul on Sunday, the first visit by a Japanese leader to South Korea in 12 years.",
        [("CONSULT", "KOR", "JPN")],
        "2023-05-08",
    ),
    # --- South China Sea / Taiwan ---
    (
        "Chinese coast guard vessels fired water cannon at a Philippine supply boat near the Second Thomas Shoal on Saturday, the Philippine coast guard said.",
        [(("ASSAULT", "COERCE"), "CHN", "PHL")],
        "2024-03-24",
    ),
    (
        "The Philippines summoned China's deputy chief of mission on Monday to protest against the aggressive actions of the Chinese coast guard.",
        [(("ACCUSE", "PROTEST"), "PHL", "CHN")],
        "2024-05-01",
    ),
    (
        "China's military launched large-scale drills around Taiwan on Thursday, days after the inauguration of President Lai Ching-te, calling them a strong punishment for separatist forces.",
        [("MOBILIZE", "CHN", "TWN"), ("ACCUSE", "CHN", "TWN", "opt")],
        "2024-05-24",
    ),
    (
        "Philippine President Ferdinand Marcos Jr. met Japanese Prime Minister Fumio Kishida and U.S. President Joe Biden at the White House on Thursday for the first trilateral summit of the three countries.",
        [("CONSULT", "PHL", "JPN"), ("CONSULT", "PHL", "USA"), ("CONSULT", "JPN", "USA", "opt")],
        "2024-04-12",
    ),
    (
        "China sanctioned five U.S. defence companies on Sunday over arms sales to Taiwan, the Chinese commerce ministry said.",
        [("SANCTION", "CHN", "USA")],
        "2024-05-01",
    ),
    (
        "Taiwan's coast guard detained the crew of a Chinese fishing boat that entered restricted waters near Kinmen, Taiwanese officials said.",
        [("COERCE", "TWN", "CHN")],
        "2024-05-01",
    ),
    # --- Armenia / Azerbaijan ---
    (
        "Azerbaijani troops opened fire on Armenian positions near the village of Nerkin Hand, killing four Armenian soldiers, Armenia's defence ministry said on Tuesday.",
        [("ASSAULT", "AZE", "ARM")],
        "2024-02-14",
    ),
    (
        "Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov held two days of talks in Almaty hosted by Kazakhstan.",
        [("CONSULT", "ARM", "AZE"), ("CONSULT", "KAZ", "ARM"), ("CONSULT", "KAZ", "AZE", "opt")],
        "2024-05-12",
    ),
    (
        "Armenia and Azerbaijan's border commissions agreed on Friday on the delimitation of a section of their frontier near the Tavush region.",
        [("AGREE", "ARM", "AZE")],
        "2024-04-20",
    ),
    (
        "Azerbaijan accused France on Thursday of fuelling tensions in the South Caucasus by selling weapons to Armenia.",
        [("ACCUSE", "AZE", "FRA")],
        "2024-06-21",
    ),
    (
        "France agreed on Tuesday to sell CAESAR self-propelled howitzers to Armenia, French Armed Forces Minister Sebastien Lecornu said.",
        [(("AGREE", "COOPERATE"), "FRA", "ARM")],
        "2024-06-19",
    ),
    (
        "Armenia froze its participation in the Russian-led Collective Security Treaty Organization, Prime Minister Nikol Pashinyan said on Friday.",
        [("SANCTION", "ARM", "IGO")],
        "2024-02-24",
    ),
]

# Written after the fixes, one or two per general cause fixed (new sentences, same rules).
FIXES = [
    # a nominal event as the subject of a planned/scheduled passive is not yet held
    (
        "A new round of talks between Kyiv and Moscow is expected to take place in Istanbul.",
        [],
        "2024-05-01",
    ),
    ("Talks between Armenia and Azerbaijan are planned for next week in Almaty.", [], "2024-05-01"),
    # "in a <year> <noun>" dates the act to that old event
    (
        "Niger's ruler, who toppled the elected president in a 2023 coup, rarely travels abroad.",
        [],
        "2025-06-01",
    ),
    # a weapon noun as the contents of a shipment is no attack
    (
        "A shipment of artillery shells from South Korea arrived in Poland on Monday.",
        [],
        "2024-05-01",
    ),
    (
        "Germany halted a shipment of tank shells to Israel on Friday, a government spokesman said.",
        [(("SANCTION", "COERCE"), "DEU", "ISR")],
        "2024-05-01",
    ),
    # "protect/shield X from attacks": what is guarded against; a naval mission is a deployment
    (
        "Britain deployed two warships on Tuesday to shield merchant vessels from Houthi attacks.",
        [("MOBILIZE", "GBR", None)],
        "2024-05-01",
    ),
    (
        "France launched a naval mission in the Gulf of Guinea on Monday to deter piracy.",
        [("MOBILIZE", "FRA", None)],
        "2024-05-01",
    ),
    # pausing deliveries is a sanction; "Marines" (NNPS) are forces
    (
        "Washington paused the delivery of F-16 jets to Turkey on Wednesday.",
        [("SANCTION", "USA", "TUR")],
        "2024-05-01",
    ),
    (
        "Washington flew a team of Marines into Beirut on Sunday.",
        [("MOBILIZE", "USA", None)],
        "2024-05-01",
    ),
    # a conflict region beats a smaller namesake town of the attacker's country
    (
        "Russian forces shelled villages in the Donetsk region overnight, the Ukrainian military said.",
        [("ASSAULT", "RUS", "UKR")],
        "2024-05-01",
    ),
    # "delegations of X and Y" are X and Y
    (
        "Norway hosted talks between delegations of the Colombian government and the ELN in Oslo.",
        [("CONSULT", "COL", "COL"), ("CONSULT", "NOR", "COL")],
        "2024-05-01",
    ),
    # Somaliland is a Somali (breakaway) government
    (
        "Somaliland signed a port deal with the United Arab Emirates on Thursday.",
        [("AGREE", "SOM", "ARE")],
        "2024-05-01",
    ),
    # the venue of talks on a truce gives no party its country
    (
        "Qatar brokered a ceasefire between the Sudanese army and local armed groups at talks in Doha on Sunday.",
        [(("AGREE", "RETREAT"), "SDN", "SDN"), ("CONSULT", "QAT", "SDN")],
        "2024-05-01",
    ),
    # a supply cut told as what an attack did is damage, not a COERCE
    (
        "Russian drones hit a substation in Odesa overnight, cutting power to thousands of homes.",
        [("ASSAULT", "RUS", "UKR")],
        "2024-05-01",
    ),
    # an act someone is suspected of doing is an earlier event
    (
        "Police in Islamabad arrested three men suspected of carrying out the bombing of a Chinese convoy.",
        [("COERCE", "PAK", None)],
        "2024-05-01",
    ),
]

NEGATIVES = [
    "Analysts say the RSF's capture of El Fasher would give the paramilitary group control of all five state capitals in Darfur.",
    "Myanmar's military did not carry out any air strikes in Rakhine state over the past week, according to monitoring groups.",
    "If the Kenyan-led force does not arrive soon, gangs could take control of the whole of Port-au-Prince, aid workers said.",
    "Talks between the Colombian government and the ELN are scheduled to resume in Caracas next month.",
    "More than 34,000 Palestinians have been killed in Gaza since the war began in October, according to the territory's health ministry.",
    pytest.param(
        "The Houthis have attacked more than 50 vessels since November, according to the U.S. military.",
        marks=_x(
            "a present-perfect tally 'since <month>' is not taken for a running total (a narrower rule cost a GSR record)"
        ),
    ),
    "Ukraine plans to mobilise up to 500,000 more troops, according to a draft law that parliament will debate next week.",
    "North Korea is expected to conduct its seventh nuclear test in the coming months, South Korean intelligence officials believe.",
    "Beijing regards Taiwan as a breakaway province and has never ruled out the use of force to bring it under its control.",
    "A peace treaty between Armenia and Azerbaijan could be signed by the end of the year if the remaining disagreements are resolved, diplomats said.",
    "The Kremlin declined to comment on reports that Russian instructors had arrived in Niger.",
    "Burkina Faso's junta leader Ibrahim Traore, who seized power in a 2022 coup, is the world's youngest head of state.",
]


@pytest.mark.parametrize(("text", "expected", "pub"), CASES, ids=[_text(c)[:60] for c in CASES])
def test_regions_coded(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))


@pytest.mark.parametrize(
    "text", NEGATIVES, ids=[_text((t,) if isinstance(t, str) else t)[:60] for t in NEGATIVES]
)
def test_regions_negatives(code, text):
    events = countable(code(text, "2024-05-01"))
    assert not events, show(events)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_regions_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
