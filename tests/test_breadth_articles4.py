# ruff: noqa: E501  (the articles are kept whole, one paragraph per line)
"""Whole wire articles, fourth round: do the earlier rounds' fixes hold on new articles?

Seven articles written for this file in the agencies' register, on conflicts and eras the
first three rounds (tests/test_breadth_articles.py, _articles2.py, _articles3.py) did not
use: the RSF's assault on El Fasher (May 2024), the Kunming ceasefire between Myanmar's
junta and the Three Brotherhood Alliance (Jan 2024), the Luanda truce between Congo and
Rwanda (July 2024), the Havana ceasefire between Colombia and the ELN (June 2023), Mali,
Burkina Faso and Niger leaving ECOWAS (Jan 2024), the Kenya-led police mission's arrival
in Haiti (June 2024) and Azerbaijan's Karabakh offensive (Sept 2023), with office-holders
of the time (checked with /tmp/c.py). Each has what agencies write: a quote restating the
lead, "the two sides", "the group"/"the alliance", a background paragraph, plans ("will
host ... for a summit"), the other side's denial, officials' reactions. Every countable
event was annotated (types, source country, target country; "opt" for incidental ones)
from shared/PLOVER.md and eval/README.md BEFORE the coder was run. Measured as before:
one case per gold event, one per article for extras (/tmp/art4_measure.py).

Event-level measure (27 gold events, opt ones aside; precision over coded countable
events that match a gold event or none; events matching only an opt one left out):

- first run, before any fix made for this file: recall 13/27 (0.481), precision 15/36
  (0.417), F1 0.447; 0/7 articles free of extra events. So the earlier rounds' fixes
  (0.51 -> 0.71 precision on their own articles) did not carry over whole: new
  constructions failed first. The 14 misses by cause: null or wrong side 11 (the
  Sahel lead's "announced that their countries were leaving the West African regional
  bloc ECOWAS, accusing it of ..." 6: "their countries" unresolved and the tagger read
  "ECOWAS" as a verb; "welcomed the accord" and "welcomed the arrival" with no target
  2; the RSF "accused the army" with no country for the army; "Garcia ... accused the
  government" given Cuba; "separatist forces agreed to disarm" with no target), no
  event 3 ("said he was alarmed by the fighting and called on the two sides": an
  active verb joined to a passive found no subject; "spoke to Aliyev" no trigger;
  "the alliance captured Laukkai" misparsed). Colombia's lead agreement was found
  only by accident (by the quote "We have come to sign peace"): the lead itself was
  dropped as background because "six decades" stood in an apposition inside its "for
  a six-month ceasefire" phrase. The 21 extra events by cause: a gold event told again
  with a null or wrong side 9 ("the Saudi hospital" as a Saudi target 2, the RSF's
  denial and accusation with no target 2, "welcomed the accord/arrival" with no target
  2, "About 400 officers landed ... on a Kenya Airways flight" with the airline as
  target, a toll "32 people had been killed" with no attacker, Garcia's accusation of
  Cuba), plans, intent and a deal's terms 5 ("The ceasefire will be monitored by an
  Angolan mechanism", "The truce aims to halt fighting", "would defend themselves if
  attacked" as AGREE, "will host ... for a summit", "would keep talking"), background
  5 (a vow "has vowed to fight until ...", "who remains detained", "after soldiers
  ousted Bazoum", "which have expelled French troops", a restated charge "had imposed
  sanctions"), an uncatalogued group in a relative clause 1, two hosts of a passive
  "were met by A and B" paired with each other 1.
- after the fixes: recall 24/27 (0.889), precision 28/42 (0.667), F1 0.762; extra
  events 21 -> 14; 1/7 articles free of extras (Karabakh). Fixed (general, each with
  FIXES texts): a welcomed or hailed deal or arrival by noun ("the accord", "the
  truce", "the arrival", as "the agreement" already was) is praise of whoever made
  it; an armed group of the home country accusing unnamed state forces ("the army")
  accuses its own state's; an active finite verb joined to a passive shares its
  subject ("he was alarmed ... and called on"); "their countries/governments" in what
  a group of states' leaders announce are those states; an organisation's acronym
  read as a verb after "bloc"/"alliance"/"group" is that body's name; a span inside
  an apposition or clause on a "for" phrase's noun does not make the act background;
  "spoke to" a named party of a state is CONSULT (not "spoke to the nation"); a
  participle after "remain"/"stay" ("who remains detained") is a standing state; a
  toll with no attacker right after an attack the article gave a doer is that
  attack's toll; what a deal will do or how it will work ("The truce aims to ...",
  "The ceasefire will be monitored by ...") is its terms, no stated intent; "defend
  themselves" backs no one; "..., a charge Abu Dhabi denies" with the claim noun read
  as part of the name still labels the accusation (which was negated); "the
  alliance" after an alliance of armed groups (no IGO named) is that alliance; what
  forces travel on after an arrival verb ("on a Kenya Airways flight") is no target;
  "X was met by A and B" is each host with X (not the hosts with each other), and a
  passive joined to an active verb undergoes what that verb's subject did ("landed
  ... and were met by", "marched ... and were dispersed by police").
  One earlier strict xfail now passes (colombia-2016 "praised the government's
  negotiators") and was removed. The 14 extras left: a gold event told again with a
  null or wrong side 7 (the Saudi hospital 2, the RSF's denial, Garcia's accusation,
  the Kenyan officers' landing and their meeting with the two hosts 2: "About 400
  officers" is not tied to the lead's "Kenyan police"; before the passive fix the
  two hosts were paired with each other, one extra), background 4, intent 2
  (annotated as plans; PLOVER's CAMEO 036 "express intent to meet" would make "will
  host" an AGREE), an uncatalogued group 1. Remaining misses and six articles' extras
  are strict xfails with their cause.
"""

from __future__ import annotations

import pytest

from conftest import ArticleBook, show
from conftest import phrasebook_problems as _problems

# (name, pub date, text, [(types, source, target[, "opt"]), ...])
ARTICLES = [
    (
        "sudan-2024",
        "2024-05-12",
        "PORT SUDAN, May 12 (Reuters) - Sudan's paramilitary Rapid Support Forces launched a major assault on the besieged city of El Fasher in North Darfur on Saturday, killing at least 27 people, the medical charity Doctors Without Borders said.\n\n"
        "The army said its warplanes had struck RSF positions east of the city and that its troops had repelled the attack.\n\n"
        '"The terrorist militia shelled homes, a market and the Saudi hospital," army spokesman Nabil Abdallah said.\n\n'
        "The RSF denied attacking civilians and accused the army of bombing residential districts of the city.\n\n"
        "U.N. Secretary-General Antonio Guterres said he was alarmed by the fighting and called on the two sides to stop the attacks on El Fasher immediately.\n\n"
        "U.S. Special Envoy for Sudan Tom Perriello said Washington would press both the army and the RSF to return to talks in the coming weeks.\n\n"
        "Saturday's assault was the RSF's biggest on El Fasher since it encircled the city last month.\n\n"
        "Sudan's army-aligned government has accused the United Arab Emirates of arming the RSF, a charge Abu Dhabi denies.\n\n"
        "The war between the army and the RSF broke out in April 2023. Talks in Jeddah brokered by Saudi Arabia and the United States stalled in December, and army chief Abdel Fattah al-Burhan has vowed to fight until the paramilitaries are defeated.",
        [
            ("ASSAULT", "SDN", "SDN"),
            (("ASSAULT", "COERCE"), "SDN", "SDN", "opt"),
            ("REJECT", "SDN", "SDN", "opt"),
            ("ACCUSE", "SDN", "SDN"),
            ("REQUEST", "IGO", "SDN"),
            ("REQUEST", "USA", "SDN", "opt"),
            ("ACCUSE", "SDN", "ARE", "opt"),
            ("REJECT", "ARE", "SDN", "opt"),
            ("CONSULT", "SAU", None, "opt"),
            ("CONSULT", "USA", None, "opt"),
            ("THREATEN", "SDN", "SDN", "opt"),
        ],
    ),
    (
        "myanmar-2024",
        "2024-01-12",
        "BEIJING, Jan 12 (Reuters) - Myanmar's military government and an alliance of three ethnic minority armed groups agreed to a ceasefire in the country's north after talks in the Chinese city of Kunming, China's foreign ministry said on Friday.\n\n"
        "The two sides agreed to disengage their troops and to resolve disputes through peaceful talks, foreign ministry spokeswoman Mao Ning told a regular news briefing.\n\n"
        "Myanmar junta spokesman Zaw Min Tun confirmed the truce and said talks with the groups would continue.\n\n"
        "The alliance, made up of the Myanmar National Democratic Alliance Army, the Ta'ang National Liberation Army and the Arakan Army, launched a coordinated offensive on Oct. 27 and has since seized several towns and hundreds of military posts along the Chinese border.\n\n"
        "On Thursday, the alliance captured Laukkai, the capital of the Kokang region, after more than 2,000 soldiers surrendered, the Myanmar National Democratic Alliance Army said.\n\n"
        "China, Myanmar's biggest neighbour and a major investor, has urged all sides to stop fighting after stray shells fell on its side of the border.\n\n"
        'Junta leader Min Aung Hlaing has vowed to retake the lost territory. "The military will respond to these attacks," he told a meeting of officials in December.\n\n'
        "The Arakan Army, which is fighting the military in western Rakhine State, said the ceasefire did not apply to its forces there.",
        [
            ("AGREE", "MMR", None),
            ("CONSULT", "MMR", None, "opt"),
            ("CONSULT", "CHN", None, "opt"),
            ("CONSULT", None, None, "opt"),
            (("ASSAULT", "COERCE"), "MMR", "MMR", "opt"),
            (("ASSAULT", "COERCE"), "MMR", None),
            (("RETREAT", "CONCEDE"), "MMR", "MMR", "opt"),
            (("RETREAT", "CONCEDE"), "MMR", None, "opt"),
            ("REQUEST", "CHN", "MMR", "opt"),
            ("REQUEST", "CHN", None, "opt"),
            ("THREATEN", "MMR", "MMR", "opt"),
            ("THREATEN", "MMR", None, "opt"),
            ("ASSAULT", "MMR", "MMR", "opt"),
            ("REJECT", "MMR", None, "opt"),
        ],
    ),
    (
        "congo-2024",
        "2024-07-31",
        "LUANDA, July 30 (Reuters) - Congo and Rwanda agreed on Tuesday to a ceasefire in eastern Congo from Aug. 4, Angola's presidency said, after talks in Luanda between the two countries' foreign ministers mediated by Angolan President Joao Lourenco.\n\n"
        "Congolese Foreign Minister Therese Kayikwamba Wagner and her Rwandan counterpart Olivier Nduhungirehe met for several hours behind closed doors, an Angolan official said.\n\n"
        '"The ceasefire will be monitored by an Angolan mechanism," the presidency said in a statement.\n\n'
        "The truce aims to halt fighting between the Congolese army and M23 rebels, who have seized large areas of North Kivu province since 2022 and surrounded the trading hub of Goma.\n\n"
        "Congo, the United States and U.N. experts accuse Rwanda of backing the M23 with troops and weapons. Kigali denies the charge and says its forces are defending Rwanda against Congolese militias linked to the 1994 genocide.\n\n"
        "Rwanda's government welcomed the agreement and said it remained committed to the Luanda process.\n\n"
        "M23 spokesman Lawrence Kanyuka said the rebels were not a party to the deal and would defend themselves if attacked.\n\n"
        "On Monday, M23 fighters shelled army positions near the town of Sake, west of Goma, two local officials said.\n\n"
        "Lourenco, who has mediated between Kinshasa and Kigali since 2022, will host Congolese President Felix Tshisekedi and Rwandan President Paul Kagame for a summit once the truce holds, the Angolan presidency said.",
        [
            ("AGREE", "COD", "RWA"),
            ("CONSULT", "COD", "RWA"),
            ("CONSULT", "AGO", None, "opt"),
            ("CONSULT", "AGO", "COD", "opt"),
            ("CONSULT", "AGO", "RWA", "opt"),
            (("RETREAT", "AGREE"), "COD", "RWA", "opt"),
            (("ASSAULT", "COERCE"), "COD", "COD", "opt"),
            ("ACCUSE", "COD", "RWA", "opt"),
            ("ACCUSE", "USA", "RWA", "opt"),
            ("ACCUSE", "IGO", "RWA", "opt"),
            ("REJECT", "RWA", None, "opt"),
            ("SUPPORT", "RWA", None, "opt"),
            ("THREATEN", "COD", None, "opt"),
            ("ASSAULT", "COD", "COD"),
        ],
    ),
    (
        "colombia-eln-2023",
        "2023-06-10",
        "HAVANA, June 9 (Reuters) - Colombia's government and the National Liberation Army (ELN) rebel group signed an agreement in Havana on Friday for a six-month bilateral ceasefire, the most significant step yet in President Gustavo Petro's efforts to end six decades of conflict.\n\n"
        "Petro and ELN commander Antonio Garcia shook hands at a ceremony attended by Cuban President Miguel Diaz-Canel, whose government hosts the talks along with Norway, Venezuela and Mexico.\n\n"
        "The ceasefire will begin on Aug. 3 after a preparation period, the two sides said in a joint statement.\n\n"
        '"We have come to sign peace with Colombia," Petro told the ceremony. "This is the beginning of the end of the armed conflict."\n\n'
        "Garcia said the guerrillas would respect the truce but accused the government of failing to protect social leaders killed in the countryside.\n\n"
        "Norwegian Foreign Minister Anniken Huitfeldt welcomed the accord as a historic step.\n\n"
        "The agreement also sets up a national participation process for civil society, the main demand of the rebels.\n\n"
        "Petro's predecessor Ivan Duque broke off talks with the ELN in 2019 after the group bombed a police academy in Bogota, killing 22 cadets.\n\n"
        "The ELN, which has about 5,800 fighters according to the military, kidnapped a soldier's family in Arauca province last week, and the army said on Friday it would keep up operations against the group until the ceasefire takes effect.",
        [
            ("AGREE", "COL", "COL"),
            ("CONSULT", "COL", "COL", "opt"),
            ("CONSULT", "CUB", None, "opt"),
            ("CONSULT", "NOR", None, "opt"),
            ("CONSULT", "VEN", None, "opt"),
            ("CONSULT", "MEX", None, "opt"),
            (("RETREAT", "AGREE"), "COL", "COL", "opt"),
            ("ACCUSE", "COL", "COL"),
            ("SUPPORT", "NOR", "COL"),
            (("SANCTION", "REJECT"), "COL", "COL", "opt"),
            ("ASSAULT", "COL", "COL", "opt"),
            ("THREATEN", "COL", "COL", "opt"),
            (("ASSAULT", "MOBILIZE"), "COL", "COL", "opt"),
        ],
    ),
    (
        "sahel-ecowas-2024",
        "2024-01-29",
        "NIAMEY, Jan 28 (Reuters) - The military juntas of Mali, Burkina Faso and Niger announced on Sunday that their countries were leaving the West African regional bloc ECOWAS with immediate effect, accusing it of becoming a threat to its own members.\n\n"
        'In a joint statement read on national television in each country, the juntas said ECOWAS had failed to help them fight Islamist insurgencies and had imposed "illegal, illegitimate, inhumane and irresponsible" sanctions.\n\n'
        "ECOWAS said it had not been formally notified of the decision and remained ready to find a negotiated solution to the political impasse.\n\n"
        "The bloc suspended all three countries after coups in Mali in 2020, Burkina Faso in 2022 and Niger last July, and imposed heavy sanctions on Niger after soldiers ousted President Mohamed Bazoum.\n\n"
        "ECOWAS also threatened to use force to restore Bazoum, who remains detained in the presidential palace in Niamey.\n\n"
        '"Our peoples have been betrayed by an organisation that has strayed from the ideals of its founding fathers," Niger junta spokesman Colonel Amadou Abdramane said.\n\n'
        "Nigeria's Foreign Minister Yusuf Tuggar said the withdrawal was regrettable and that Abuja would keep talking to the three governments.\n\n"
        "The three countries, which have expelled French troops and turned to Russia for security support, formed a mutual defence pact called the Alliance of Sahel States in September.",
        [
            ("SANCTION", "MLI", "IGO"),
            ("SANCTION", "BFA", "IGO"),
            ("SANCTION", "NER", "IGO"),
            ("ACCUSE", "MLI", "IGO"),
            ("ACCUSE", "BFA", "IGO"),
            ("ACCUSE", "NER", "IGO"),
            (("AGREE", "CONSULT"), "IGO", None, "opt"),
            ("SANCTION", "IGO", "MLI", "opt"),
            ("SANCTION", "IGO", "BFA", "opt"),
            ("SANCTION", "IGO", "NER", "opt"),
            (("COERCE", "ASSAULT"), "NER", "NER", "opt"),
            (("COERCE", "ASSAULT"), "MLI", "MLI", "opt"),
            (("COERCE", "ASSAULT"), "BFA", "BFA", "opt"),
            ("THREATEN", "IGO", "NER", "opt"),
            ("ACCUSE", "NGA", None, "opt"),
            ("CONSULT", "NGA", None, "opt"),
            (("SANCTION", "COERCE"), "MLI", "FRA", "opt"),
            (("SANCTION", "COERCE"), "BFA", "FRA", "opt"),
            (("SANCTION", "COERCE"), "NER", "FRA", "opt"),
            (("COOPERATE", "AGREE", "REQUEST"), "MLI", None, "opt"),
            (("COOPERATE", "AGREE", "REQUEST"), "BFA", None, "opt"),
            (("COOPERATE", "AGREE", "REQUEST"), "NER", None, "opt"),
        ],
    ),
    (
        "haiti-2024",
        "2024-06-26",
        "PORT-AU-PRINCE, June 25 (Reuters) - The first contingent of Kenyan police arrived in Haiti on Tuesday to lead a U.N.-backed multinational mission against the armed gangs that control most of the capital, nearly two years after Haiti's government appealed for help.\n\n"
        "About 400 officers landed at Toussaint Louverture International Airport on a Kenya Airways flight and were met by Prime Minister Garry Conille and U.S. Ambassador Dennis Hankins.\n\n"
        '"The officers will work with the Haitian National Police to restore security," Conille told reporters at the airport.\n\n'
        'Kenyan President William Ruto, who saw off the officers in Nairobi on Monday, called the deployment "a mission for humanity".\n\n'
        "U.S. Secretary of State Antony Blinken welcomed the arrival and said Washington, the mission's main funder, had pledged more than $300 million.\n\n"
        "Gang leader Jimmy Cherizier, known as Barbecue, said his Viv Ansanm coalition would fight the foreign forces if they attacked his men.\n\n"
        "A Kenyan court had ruled in January that the deployment was unconstitutional before Ruto's government signed a reciprocal agreement with Haiti in March.\n\n"
        "Gangs have expanded their control since the assassination of President Jovenel Moise in 2021, and a wave of attacks on prisons and police stations in March forced Prime Minister Ariel Henry to resign.\n\n"
        "More than 580,000 people have fled their homes, according to the United Nations.",
        [
            (("AID", "MOBILIZE"), "KEN", "HTI"),
            ("REQUEST", "HTI", None, "opt"),
            ("CONSULT", "HTI", "KEN", "opt"),
            ("CONSULT", "USA", "KEN", "opt"),
            ("CONSULT", "KEN", "HTI", "opt"),
            ("CONSULT", "KEN", "USA", "opt"),
            ("SUPPORT", "USA", "KEN"),
            (("AID", "AGREE"), "USA", None, "opt"),
            ("THREATEN", "HTI", None),
            ("AGREE", "KEN", "HTI", "opt"),
            (("ACCUSE", "REJECT"), "KEN", "KEN", "opt"),
            ("ASSAULT", "HTI", "HTI", "opt"),
            ("ASSAULT", None, "HTI", "opt"),
            ("RETREAT", "HTI", "HTI", "opt"),
            (("RETREAT", "COERCE"), "HTI", None, "opt"),
        ],
    ),
    (
        "karabakh-2023",
        "2023-09-20",
        "BAKU/YEREVAN, Sept 20 (Reuters) - Azerbaijan said on Wednesday it had restored its sovereignty over Nagorno-Karabakh after Armenian separatist forces agreed to disarm, a day after Baku launched a military offensive against the breakaway region.\n\n"
        "The ceasefire, brokered by Russian peacekeepers deployed in the region, took effect at 1 p.m. (0900 GMT), the separatist authorities said.\n\n"
        'Under the deal, the separatists will hand over their heavy weapons and withdraw their units, and talks on the region\'s "reintegration" into Azerbaijan will be held on Thursday in the town of Yevlakh.\n\n'
        "Azerbaijan's Defence Ministry said its forces had seized more than 90 positions during the 24-hour operation. Separatist officials said at least 32 people, including seven civilians, had been killed.\n\n"
        "Armenian Prime Minister Nikol Pashinyan said Armenia had not been involved in the negotiations and had no troops in Karabakh.\n\n"
        "Thousands of protesters gathered outside the government building in Yerevan on Tuesday night, demanding Pashinyan's resignation and accusing him of abandoning Karabakh's Armenians. Police detained dozens of people.\n\n"
        "U.S. Secretary of State Antony Blinken spoke to Azerbaijani President Ilham Aliyev on Tuesday and urged him to halt the military action immediately.\n\n"
        "Russia's Foreign Ministry rejected criticism from Yerevan that its peacekeepers had failed to protect the region's population.\n\n"
        "Azerbaijan and ethnic Armenian forces fought a six-week war over the region in 2020, in which Azerbaijan retook territory held by Armenians since the 1990s.",
        [
            (("AGREE", "RETREAT"), "ARM", "AZE"),
            ("ASSAULT", "AZE", None),
            ("CONSULT", "RUS", None, "opt"),
            (("RETREAT", "AGREE"), "ARM", None, "opt"),
            (("RETREAT", "AGREE"), "AZE", None, "opt"),
            (("ASSAULT", "COERCE"), "AZE", None, "opt"),
            ("PROTEST", "ARM", "ARM"),
            ("REQUEST", "ARM", "ARM", "opt"),
            ("ACCUSE", "ARM", "ARM", "opt"),
            ("COERCE", "ARM", "ARM"),
            ("CONSULT", "USA", "AZE"),
            ("REQUEST", "USA", "AZE"),
            ("REJECT", "RUS", "ARM"),
            ("ACCUSE", "ARM", "RUS", "opt"),
            ("ASSAULT", "AZE", "ARM", "opt"),
            ("ASSAULT", "ARM", "AZE", "opt"),
        ],
    ),
]

EVENT_XFAILS: dict[tuple[str, int], str] = {
    (
        "myanmar-2024",
        5,
    ): "no event: in 'On Thursday, the alliance captured Laukkai, the capital of ..., after more than 2,000 soldiers surrendered' the parser makes 'captured' a compound of 'Laukkai' (read as a person) and 'surrendered' the main verb",
    (
        "colombia-eln-2023",
        7,
    ): "null side: 'Garcia' is not registered from 'Petro and ELN commander Antonio Garcia shook hands' (a sentence with no trigger), and 'the government' takes Cuba's from 'whose government hosts the talks'",
    (
        "karabakh-2023",
        0,
    ): "null side: 'Armenian separatist forces agreed to disarm' names no one the disarming is agreed with (Azerbaijan is only the sentence's speaker)",
}

ARTICLE_XFAILS: dict[str, str] = {
    "sudan-2024": "extra: 'the Saudi hospital' (a building's name) gives the shelling a Saudi target, and 'the two sides' Guterres calls on are taken from it; 'The RSF denied attacking civilians' answers no one (its accuser, the army's uncatalogued spokesman, has no country); background vow 'has vowed to fight until the paramilitaries are defeated' with no target",
    "myanmar-2024": "extra: 'The Arakan Army, which is fighting the military ...' (an uncatalogued group) leaves the relative clause's attack with no source",
    "congo-2024": "extra: 'Lourenco ... will host Tshisekedi and Kagame for a summit once the truce holds' coded as a stated intent to meet (AGREE); annotated as a plan",
    "colombia-eln-2023": "extra: 'Garcia ... accused the government' with no country for Garcia and Cuba's government as target (see the missed ACCUSE)",
    "sahel-ecowas-2024": "extra: the juntas' charge retold in a reported past perfect ('had imposed ... sanctions') as a SANCTION with no target; background 'after soldiers ousted President Mohamed Bazoum' with no country for the soldiers; intent 'Abuja would keep talking to the three governments' (AGREE); 'The three countries, which have expelled French troops' ('the three countries' not resolved)",
    "haiti-2024": "extra: 'About 400 officers landed ... and were met by Prime Minister Garry Conille and U.S. Ambassador Dennis Hankins' (the lead's Kenyan police told again) gives the officers no country, in the landing and in the two meetings",
}

FIXES: list[tuple[str, list[tuple], str | None]] = [
    # a welcomed deal or arrival by noun ("welcomed the accord", "the truce", "the
    # arrival") is praise of whoever made it, as "the agreement" already was
    (
        "HAVANA, June 9 (Reuters) - Colombia's government and the ELN rebel group signed a ceasefire agreement in Havana on Friday.\n\n"
        "Norwegian Foreign Minister Anniken Huitfeldt welcomed the accord as a historic step.",
        [("AGREE", "COL", "COL"), ("SUPPORT", "NOR", "COL")],
        "2023-06-10",
    ),
    (
        "PORT-AU-PRINCE, June 25 (Reuters) - The first contingent of Kenyan police arrived in Haiti on Tuesday to lead a multinational mission against the gangs.\n\n"
        "U.S. Secretary of State Antony Blinken welcomed the arrival.",
        [(("MOBILIZE", "AID"), "KEN", "HTI"), ("SUPPORT", "USA", "KEN")],
        "2024-06-26",
    ),
    # an armed group of the home country accusing unnamed state forces ("the army")
    # accuses its own state's
    (
        "PORT SUDAN, May 12 (Reuters) - The Rapid Support Forces accused the army on Sunday of bombing markets in El Fasher.",
        [("ACCUSE", "SDN", "SDN"), (("ASSAULT",), "SDN", None, "opt")],
        "2024-05-12",
    ),
    (
        "SANAA, March 3 (Reuters) - The Houthis accused the army of shelling a market in Taiz on Friday.",
        [("ACCUSE", "YEM", "YEM"), ("ASSAULT", "YEM", "YEM", "opt")],
        "2019-03-03",
    ),
    # an active verb joined to a passive shares its subject ("he was alarmed by the
    # fighting and called on ...")
    (
        "UNITED NATIONS, May 12 (Reuters) - U.N. Secretary-General Antonio Guterres said he was alarmed by the fighting and called on Sudan's army to stop the attacks.",
        [("REQUEST", "IGO", "SDN")],
        "2024-05-12",
    ),
    (
        "ISLAMABAD, Feb 15 (Reuters) - Pakistan's foreign minister was shocked by the attack and condemned India on Friday.",
        [("ACCUSE", "PAK", "IND")],
        "2019-02-15",
    ),
    # "their countries" in what a group of states' leaders announce are those states;
    # a body's acronym after "bloc" read as a verb is the bloc's name
    (
        "NIAMEY, Jan 28 (Reuters) - The military juntas of Mali, Burkina Faso and Niger announced on Sunday that their countries were leaving the West African regional bloc ECOWAS with immediate effect.",
        [("SANCTION", "MLI", "IGO"), ("SANCTION", "BFA", "IGO"), ("SANCTION", "NER", "IGO")],
        "2024-01-29",
    ),
    (
        "BAMAKO, Feb 2 (Reuters) - Mali's junta criticised the West African bloc ECOWAS on Friday.",
        [("ACCUSE", "MLI", "IGO")],
        "2024-02-02",
    ),
    # a span hung on a clause inside a "for" phrase's noun ("for a ceasefire, a step in
    # efforts to end six decades of conflict") does not make the act background
    (
        "HAVANA, June 9 (Reuters) - Colombia's government and the ELN signed an agreement on Friday for a six-month ceasefire, a step in efforts to end six decades of conflict.",
        [("AGREE", "COL", "COL")],
        "2023-06-10",
    ),
    (
        "BAKU, Oct 2 (Reuters) - Armenia and Azerbaijan have fought over the region for three decades.",
        [],
        "2023-10-02",
    ),
    # "spoke to" a named party is consultation (not "spoke to the nation")
    (
        "WASHINGTON, Sept 19 (Reuters) - U.S. Secretary of State Antony Blinken spoke to Azerbaijani President Ilham Aliyev on Tuesday and urged him to halt the military action.",
        [("CONSULT", "USA", "AZE"), ("REQUEST", "USA", "AZE")],
        "2023-09-20",
    ),
    (
        "MOSCOW, March 18 (Reuters) - President Vladimir Putin spoke to the nation on Friday.",
        [],
        "2022-03-18",
    ),
    # a participle after "remain"/"stay" is a standing state, not an act
    (
        "NIAMEY, Jan 28 (Reuters) - ECOWAS threatened to use force to restore President Mohamed Bazoum, who remains detained in the presidential palace.",
        [("THREATEN", "IGO", "NER")],
        "2024-01-29",
    ),
    (
        "MOSCOW, Jan 5 (Reuters) - Opposition leader Alexei Navalny remains jailed in a penal colony east of Moscow.",
        [],
        "2023-01-05",
    ),
    # a toll with no attacker right after an attack the article gave a doer is that
    # attack's toll (not a second attack by no one); "a separate attack" is another
    (
        "BAKU, Sept 20 (Reuters) - Azerbaijan launched a military offensive against Armenian separatist forces in Karabakh on Tuesday.\n\n"
        "Separatist officials said at least 32 people, including seven civilians, had been killed.",
        [("ASSAULT", "AZE", None)],
        "2023-09-20",
    ),
    (
        "KABUL, May 3 (Reuters) - Taliban fighters stormed a police headquarters in Ghazni on Monday.\n\n"
        "At least 14 officers were killed, provincial officials said.",
        [("ASSAULT", "AFG", "AFG")],
        "2017-05-03",
    ),
    # what a deal will do or how it will work ("The truce aims to halt ...", "The
    # ceasefire will be monitored by ...") is its terms, no one's stated intent
    (
        "LUANDA, July 30 (Reuters) - Congo and Rwanda agreed on Tuesday to a ceasefire in eastern Congo.\n\n"
        '"The ceasefire will be monitored by an Angolan mechanism," the presidency said in a statement.\n\n'
        "The truce aims to halt fighting between the Congolese army and M23 rebels.",
        [("AGREE", "COD", "RWA")],
        "2024-07-31",
    ),
    (
        "ADDIS ABABA, Nov 3 (Reuters) - Ethiopia's government and the TPLF signed a peace deal on Wednesday.\n\n"
        "The deal will be overseen by an African Union panel.",
        [("AGREE", "ETH", "ETH")],
        "2022-11-03",
    ),
    # defending oneself backs no one
    (
        "GOMA, July 31 (Reuters) - M23 spokesman Lawrence Kanyuka said on Wednesday the rebels would defend themselves if attacked.",
        [(("THREATEN", "ASSAULT"), "COD", None, "opt")],
        "2024-07-31",
    ),
    # "..., a charge Abu Dhabi denies": the claim noun read as the first word of a
    # two-word name still labels the accusation before it (not a denial of it)
    (
        "PORT SUDAN, May 12 (Reuters) - Sudan's army-aligned government has accused the United Arab Emirates of arming the RSF, a charge Abu Dhabi denies.",
        [("ACCUSE", "SDN", "ARE"), ("REJECT", "ARE", "SDN", "opt")],
        "2024-05-12",
    ),
    (
        "RIYADH, March 4 (Reuters) - Saudi Arabia accused Iran of supplying missiles to the Houthis, a claim Tehran denies.",
        [("ACCUSE", "SAU", "IRN"), ("REJECT", "IRN", "SAU", "opt")],
        "2018-03-04",
    ),
    # "the alliance" after an alliance of armed groups is that alliance (not after NATO)
    (
        "LASHIO, Jan 6 (Reuters) - An alliance of three ethnic armed groups, led by the Myanmar National Democratic Alliance Army, launched an offensive on army posts in Shan State in October.\n\n"
        "The alliance captured the town of Laukkai on Thursday.",
        [(("COERCE", "ASSAULT"), "MMR", "MMR"), ("ASSAULT", "MMR", "MMR", "opt")],
        "2024-01-06",
    ),
    (
        "BRUSSELS, March 24 (Reuters) - NATO warplanes struck Serbian targets on Wednesday, the Kosovo Liberation Army said.\n\n"
        "The alliance said the strikes would continue.",
        [("ASSAULT", "IGO", "SRB"), ("THREATEN", "IGO", "SRB", "opt")],
        "1999-03-25",
    ),
    # what forces travel on ("landed ... on a Kenya Airways flight", "on a U.S. transport
    # plane") is no target of their deployment (but "fired on a Ukrainian airliner" is)
    (
        "PORT-AU-PRINCE, June 25 (Reuters) - Kenyan police arrived in Haiti on a Kenya Airways flight on Tuesday.",
        [(("MOBILIZE", "AID"), "KEN", "HTI")],
        "2024-06-26",
    ),
    (
        "BAMAKO, Jan 16 (Reuters) - French troops landed in Mali on a U.S. transport plane on Wednesday.",
        [(("MOBILIZE", "AID"), "FRA", "MLI")],
        "2013-01-16",
    ),
    # "X was met by A and B": each host with the one met, not the hosts with each other;
    # a passive joined to an active verb undergoes what its subject did ("landed ... and
    # were met by", "marched ... and were dispersed by")
    (
        "BEIJING, Oct 17 (Reuters) - Russian President Vladimir Putin was met by Chinese President Xi Jinping and Indian Prime Minister Narendra Modi at the summit venue on Tuesday.",
        [("CONSULT", "CHN", "RUS"), ("CONSULT", "IND", "RUS")],
        "2023-10-17",
    ),
    (
        "PORT-AU-PRINCE, June 25 (Reuters) - About 400 Kenyan officers landed at the airport on Tuesday and were met by Prime Minister Garry Conille and U.S. Ambassador Dennis Hankins.",
        [
            (("MOBILIZE", "AID"), "KEN", None, "opt"),
            ("CONSULT", "HTI", "KEN"),
            ("CONSULT", "USA", "KEN"),
        ],
        "2024-06-26",
    ),
    (
        "TBILISI, March 8 (Reuters) - Thousands of protesters marched on the parliament in Tbilisi and were dispersed by police with water cannon.",
        [("PROTEST", "GEO", "GEO"), (("ASSAULT", "COERCE"), "GEO", "GEO")],
        "2023-03-08",
    ),
]

BOOK = ArticleBook(ARTICLES, EVENT_XFAILS, ARTICLE_XFAILS)


@pytest.mark.parametrize(("name", "spec"), BOOK.event_params())
def test_articles4_event_found(code, name, spec):
    BOOK.check_found(code, name, spec)


@pytest.mark.parametrize("name", BOOK.article_params())
def test_articles4_no_extra_event(code, name):
    BOOK.check_no_extra(code, name)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_articles4_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
