# ruff: noqa: E501  (the articles are kept whole, one paragraph per line)
"""Whole wire articles: users feed parley complete news stories, not single sentences.

Ten articles written for this file in the register of the international agencies
(dateline first, quotes, a background paragraph or two, later references to actors
named earlier: "the minister", "he", "the group", "the two sides", "the rebels",
"Moscow"), on different conflicts and eras, with office-holders of the time. Every
countable event of each article was annotated (types, source country, target country)
from shared/PLOVER.md and eval/README.md BEFORE the coder was run; "opt" marks an
incidental event a reasonable coder may code either way. Background paragraphs about
long-past events, statistics, plans, quotes of opinion and negated acts are not events.

Each article is coded whole through the pipeline (``code(text, pub)``, as the other
phrasebooks), and measured per event: one case per gold event (found with one of its
types and both countries; target None: any target; either way round for symmetric
types) and one case per article (no countable event beyond the gold and opt ones).

Event-level measure (52 gold events, opt ones aside; precision over coded countable
events that match a gold event or none; events matching only an opt one left out):

- first run, before any fix made for this file: recall 36/52 (0.692), precision 39/78
  (0.500), F1 0.581; 0/10 articles free of extra events. One of the 36 was found only by
  accident (the background "The M23 seized Goma in November 2012" matched the rout gold).
  The 16 misses by cause: null side 8 ("both sides"/"the two leaders" in a later
  paragraph 3, "the parties", "Human rights groups", a host's "the delegations", "the
  plan", "the government's negotiators"), no event 5 ("both sides accused each other" 2,
  a coordinated subject with a relative clause 3), wrong country 2 (a quote's speaker
  "Izetbegovic told reporters. He thanked ..." resolved to another person; shelling in
  Karabakh), other type 1 ("halted its attacks" as ASSAULT). The 39 extra events, roughly:
  a gold event coded again with a null or wrong side 17, intent, plans and purpose
  clauses 9, background and relative-clause history 7, standing denials/blame 3,
  statistics 2, co-mediators 1.
- after the fixes: recall 44/52 (0.846), precision 53/78 (0.679), F1 0.754; extra
  events 39 -> 25; still 0/10 articles free of extras. Fixed (general, each with FIXES
  texts): "the two sides"/"both countries", a bare "the parties" or "the delegations"
  in a paragraph that names no two parties mean the two sides of the article's last
  two-sided event (a host's CONSULT with one side does not replace them; the teller of
  "said the two sides had agreed" is not a side); an event dated "in <Month> <last
  year>" nine months or more back, or told in a "when" clause of such a date, is
  history; every person named in a sentence registers a later bare surname
  (accent-folded), so a quote's surname speaker is whom the next "He" means; a bare "the
  rebels" is the armed group named last; a dateline that is neither side of the lead's
  talks or deal is their venue, not the home of unnamed actors; "rights groups" accusing
  forces placed by the sentence's home are NGO; halting/stopping/pausing one's attacks
  is RETREAT ceasefire; a warning that only says what something is, is no threat. The
  other misses and every article's extras are strict xfails with their cause.
"""

from __future__ import annotations

import pytest

from conftest import ArticleBook, show
from conftest import phrasebook_problems as _problems

# (name, pub date, text, [(types, source, target[, "opt"]), ...])
ARTICLES = [
    (
        "sudan-2023",
        "2023-05-12",
        "JEDDAH, May 12 (Reuters) - Sudan's warring army and the paramilitary Rapid Support Forces signed a declaration in Jeddah late on Thursday committing them to protect civilians and to allow humanitarian aid into the country, Saudi Arabia and the United States said.\n\n"
        "The two sides have been holding talks in the Saudi port city since Saturday under the mediation of Riyadh and Washington.\n\n"
        "The deal does not amount to a ceasefire, a U.S. official told reporters, and fighting continued in Khartoum on Friday. Residents said army warplanes bombed RSF positions in the north of the capital and the paramilitary group shelled districts near the army headquarters.\n\n"
        '"The agreement is a first step," Saudi Foreign Minister Prince Faisal bin Farhan said.\n\n'
        "Army chief General Abdel Fattah al-Burhan welcomed the declaration, while RSF commander Mohamed Hamdan Dagalo said his forces would abide by it.\n\n"
        "U.S. Secretary of State Antony Blinken on Friday urged both sides to honour their commitments and to return to the table to negotiate a truce. Washington also threatened to impose sanctions on those responsible for prolonging the conflict.\n\n"
        "The conflict erupted on April 15 after a power struggle between Burhan and Dagalo, who had jointly seized power in an October 2021 coup. More than 600 people have been killed and some 200,000 have fled to neighbouring countries, according to the United Nations.",
        [
            ("AGREE", "SDN", "SDN"),
            ("CONSULT", "SDN", "SDN", "opt"),
            ("CONSULT", "SAU", "SDN", "opt"),
            ("CONSULT", "USA", "SDN", "opt"),
            ("ASSAULT", "SDN", "SDN"),
            ("ASSAULT", "SDN", None),
            ("SUPPORT", "SDN", None, "opt"),
            ("AGREE", "SDN", None, "opt"),
            ("REQUEST", "USA", "SDN"),
            ("THREATEN", "USA", None),
        ],
    ),
    (
        "bosnia-1995",
        "1995-11-22",
        "DAYTON, Ohio, Nov 21 (Reuters) - The presidents of Bosnia, Serbia and Croatia initialled a peace agreement at a U.S. air base in Ohio on Tuesday, ending three weeks of talks hosted by the United States.\n\n"
        "Bosnian President Alija Izetbegovic, Serbian President Slobodan Milosevic and Croatian President Franjo Tudjman shook hands with U.S. envoy Richard Holbrooke after the ceremony.\n\n"
        '"It is not a just peace, but my people need peace," Izetbegovic told reporters. He thanked President Bill Clinton for American leadership.\n\n'
        "The agreement divides Bosnia into two entities, a Muslim-Croat federation and a Serb republic. NATO will deploy 60,000 troops to enforce it, and Clinton said he would ask Congress to approve sending 20,000 American soldiers.\n\n"
        "Bosnian Serb leader Radovan Karadzic, who was indicted by the U.N. war crimes tribunal in July, denounced the accord as a betrayal. Milosevic, who negotiated on behalf of the Bosnian Serbs, promised to persuade them to accept the deal.\n\n"
        "The war, which began in April 1992, has killed an estimated 200,000 people.",
        [
            ("AGREE", "BIH", "SRB"),
            ("AGREE", "BIH", "HRV"),
            ("AGREE", "SRB", "HRV", "opt"),
            ("CONSULT", "USA", None, "opt"),
            ("CONSULT", "BIH", "USA", "opt"),
            ("CONSULT", "SRB", "USA", "opt"),
            ("CONSULT", "HRV", "USA", "opt"),
            ("SUPPORT", "BIH", "USA"),
            ("ACCUSE", "BIH", None),
            ("AGREE", "SRB", "BIH", "opt"),
        ],
    ),
    (
        "colombia-2016",
        "2016-08-25",
        "HAVANA, Aug 24 (Reuters) - Colombia's government and the Revolutionary Armed Forces of Colombia (FARC) reached a final peace agreement on Wednesday after nearly four years of negotiations in Cuba, ending Latin America's longest-running war.\n\n"
        "Negotiators from the two sides signed the text in Havana at a ceremony attended by Cuban and Norwegian diplomats, who have acted as guarantors of the process.\n\n"
        'In Bogota, President Juan Manuel Santos said he would send the deal to Congress on Thursday and put it to a referendum on Oct. 2. "Today begins the end of the suffering, the pain and the tragedy of the war," Santos said in a televised address.\n\n'
        "FARC leader Rodrigo Londono, known by his nom de guerre Timochenko, praised the government's negotiators. The rebels agreed to hand over their weapons to a United Nations mission within six months.\n\n"
        "Former president Alvaro Uribe, the most prominent opponent of the talks, criticised the accord, saying it would let rebels guilty of war crimes escape jail.\n\n"
        "U.S. Secretary of State John Kerry congratulated Santos and the FARC on the agreement.\n\n"
        "The conflict, which began in 1964, has killed more than 220,000 people and displaced millions. The FARC declared a unilateral ceasefire in July 2015, and the government halted bombing of rebel camps later that month.",
        [
            ("AGREE", "COL", "COL"),
            ("CONSULT", "CUB", "COL", "opt"),
            ("CONSULT", "NOR", "COL", "opt"),
            ("SUPPORT", "COL", "COL"),
            ("AGREE", "COL", None),
            ("ACCUSE", "COL", None),
            ("SUPPORT", "USA", "COL"),
        ],
    ),
    (
        "gaza-2014",
        "2014-07-16",
        "GAZA/JERUSALEM, July 15 (Reuters) - Israel resumed air strikes on the Gaza Strip on Tuesday after Hamas rejected an Egyptian ceasefire proposal and kept firing rockets at Israeli cities, the Israeli military said.\n\n"
        "Israel's security cabinet had accepted the plan earlier in the day and halted its attacks for six hours.\n\n"
        '"Hamas chose to continue the fighting and will pay the price," Prime Minister Benjamin Netanyahu said in a televised statement.\n\n'
        'The group\'s armed wing said it had fired more than 100 rockets at Israel since the morning, and that the Egyptian initiative was "not worth the ink it was written with". Hamas spokesman Sami Abu Zuhri said the movement had not been consulted about the proposal.\n\n'
        "Palestinian President Mahmoud Abbas, who backed the Egyptian plan, urged all sides to observe it.\n\n"
        "U.S. Secretary of State John Kerry spoke by telephone with Netanyahu and Egyptian Foreign Minister Sameh Shoukry, a State Department official said.\n\n"
        "Gaza health officials said Israeli strikes had killed at least 192 Palestinians since July 8, most of them civilians. One Israeli civilian was killed by a mortar bomb near the Erez crossing on Tuesday, the first Israeli death of the conflict.\n\n"
        "Egypt brokered the truce that ended the last major round of fighting in Gaza in November 2012.",
        [
            ("ASSAULT", "ISR", "PSE"),
            ("REJECT", "PSE", "EGY"),
            ("ASSAULT", "PSE", "ISR"),
            ("AGREE", "ISR", "EGY"),
            (("RETREAT", "AGREE"), "ISR", "PSE"),
            ("THREATEN", "ISR", "PSE", "opt"),
            ("REQUEST", "PSE", None),
            ("SUPPORT", "PSE", "EGY", "opt"),
            ("CONSULT", "USA", "ISR"),
            ("CONSULT", "USA", "EGY"),
            ("ASSAULT", None, "ISR", "opt"),
        ],
    ),
    (
        "ukraine-2022",
        "2022-03-30",
        "ISTANBUL, March 29 (Reuters) - Russian and Ukrainian negotiators held their first face-to-face talks in more than two weeks in Istanbul on Tuesday, and Moscow promised to scale down military operations around Kyiv and the northern city of Chernihiv.\n\n"
        "Turkish President Tayyip Erdogan welcomed the delegations at the Dolmabahce palace and told them that an immediate ceasefire would benefit everyone.\n\n"
        "Ukraine proposed adopting a neutral status in exchange for security guarantees from a group of countries, Ukrainian negotiator David Arakhamia said. The head of the Russian delegation, Vladimir Medinsky, said the talks had been constructive and that the proposals would be presented to President Vladimir Putin.\n\n"
        "The two sides agreed that their foreign ministers could meet at a later stage, Medinsky said. Ukraine's Foreign Minister Dmytro Kuleba warned that Kyiv would not trade away any of its territory.\n\n"
        "On Tuesday morning, a Russian missile struck the regional administration building in the southern city of Mykolaiv, killing at least 12 people, regional governor Vitaliy Kim said.\n\n"
        "The Pentagon said it had seen a small number of Russian troops moving away from Kyiv but cautioned that it was a repositioning, not a withdrawal.\n\n"
        'Russia launched its invasion of Ukraine on Feb. 24, calling it a "special military operation" to demilitarise its neighbour. Western countries have since imposed sweeping sanctions on Moscow.',
        [
            ("CONSULT", "RUS", "UKR"),
            (("AGREE", "RETREAT"), "RUS", "UKR"),
            ("CONSULT", "TUR", "RUS"),
            ("CONSULT", "TUR", "UKR", "opt"),
            ("REQUEST", "TUR", None, "opt"),
            ("AGREE", "UKR", None, "opt"),
            ("AGREE", "RUS", "UKR", "opt"),
            ("REJECT", "UKR", None, "opt"),
            ("ASSAULT", "RUS", "UKR"),
            ("RETREAT", "RUS", "UKR", "opt"),
            ("SANCTION", None, "RUS", "opt"),
        ],
    ),
    (
        "srilanka-2009",
        "2009-05-18",
        "COLOMBO, May 18 (Reuters) - Sri Lankan troops killed Tamil Tiger leader Velupillai Prabhakaran on Monday as they crushed the last pocket of rebel resistance in the northeast, the army said, ending one of Asia's longest wars.\n\n"
        "Troops found his body near a lagoon along with those of his top commanders, army chief Lieutenant-General Sarath Fonseka said in a statement.\n\n"
        'The government declared victory over the Liberation Tigers of Tamil Eelam (LTTE), which had fought since 1983 for a separate state for the Tamil minority. On Sunday the rebels had admitted defeat, saying they would "silence our guns".\n\n'
        "President Mahinda Rajapaksa, who returned on Sunday from a summit in Jordan, will address parliament on Tuesday.\n\n"
        "U.N. Secretary-General Ban Ki-moon urged the government to ensure the safety of tens of thousands of civilians who remain in the former war zone, and said he would visit Sri Lanka later this week.\n\n"
        "Human rights groups accused both the army and the rebels of killing civilians during the final months of the fighting. The government has denied shelling areas crowded with civilians and blamed the Tigers for using people as human shields.\n\n"
        "India, home to 60 million Tamils, said it hoped the government would now reach a political settlement with the minority.",
        [
            ("ASSAULT", "LKA", "LKA"),
            (("CONCEDE", "RETREAT", "AGREE"), "LKA", "LKA", "opt"),
            ("REQUEST", "IGO", "LKA"),
            ("ACCUSE", "NGO", "LKA"),
            ("REJECT", "LKA", None, "opt"),
            ("ACCUSE", "LKA", "LKA", "opt"),
        ],
    ),
    (
        "koreas-2018",
        "2018-04-27",
        'PANMUNJOM, South Korea, April 27 (Reuters) - North Korean leader Kim Jong Un and South Korean President Moon Jae-in pledged on Friday to work for the "complete denuclearisation" of the Korean peninsula and to formally end the 1950-53 Korean War this year.\n\n'
        "Kim became the first North Korean leader to set foot in the South since the war when he stepped across the military demarcation line to meet Moon. The two leaders held talks for about three hours at the Peace House in the border village, and planted a pine tree together.\n\n"
        '"We will no longer have war," Moon said.\n\n'
        "The two sides agreed to stop all hostile acts, including loudspeaker broadcasts along the border, from May 1.\n\n"
        'The White House welcomed the summit and said it hoped the talks would lead to progress toward a denuclearised peninsula. U.S. President Donald Trump, who is expected to meet Kim in late May or June, said on Twitter that "good things are happening".\n\n'
        "Japan's Prime Minister Shinzo Abe said Tokyo would keep up maximum pressure on Pyongyang until it took concrete steps to give up its nuclear weapons.\n\n"
        "North Korea announced last week that it would suspend nuclear tests and intercontinental ballistic missile launches. The two Koreas remain technically at war because the conflict ended in a truce, not a peace treaty.",
        [
            ("AGREE", "PRK", "KOR"),
            ("CONSULT", "PRK", "KOR"),
            ("SUPPORT", "USA", None),
            (("THREATEN", "SANCTION"), "JPN", "PRK", "opt"),
            (("CONCEDE", "RETREAT", "AGREE"), "PRK", None, "opt"),
        ],
    ),
    (
        "karabakh-2020",
        "2020-10-10",
        "MOSCOW, Oct 10 (Reuters) - Armenia and Azerbaijan agreed to a ceasefire in Nagorno-Karabakh from midday on Saturday after talks in Moscow hosted by Russian Foreign Minister Sergei Lavrov that lasted more than 10 hours.\n\n"
        "Lavrov said the truce was agreed for humanitarian purposes, to allow the two sides to exchange prisoners and the bodies of the dead. The foreign ministers of the two countries, Zohrab Mnatsakanyan and Jeyhun Bayramov, did not speak to reporters after the talks.\n\n"
        "Within hours of the deadline, both sides accused each other of violating the truce.\n\n"
        "Armenia's Defence Ministry said Azerbaijani forces had shelled villages in Karabakh, killing a civilian. Azerbaijan's Defence Ministry said Armenian forces had fired rockets at the Terter and Aghdam districts, and denied that its troops had broken the ceasefire.\n\n"
        "President Ilham Aliyev said in a televised address that the ceasefire was temporary and that Baku would press on until Armenian forces left the region. Prime Minister Nikol Pashinyan's spokeswoman said Yerevan was committed to the truce.\n\n"
        "France, Russia and the United States, which co-chair the OSCE Minsk Group, called on both sides to respect the ceasefire.\n\n"
        "Fighting over the enclave, which is internationally recognised as part of Azerbaijan but populated by ethnic Armenians, broke out on Sept. 27.",
        [
            (("AGREE", "RETREAT"), "ARM", "AZE"),
            ("CONSULT", "RUS", "ARM"),
            ("CONSULT", "RUS", "AZE", "opt"),
            ("CONSULT", "ARM", "AZE", "opt"),
            ("ACCUSE", "ARM", "AZE"),
            ("ACCUSE", "AZE", "ARM"),
            ("ASSAULT", "AZE", "ARM"),
            ("ASSAULT", "ARM", "AZE"),
            ("REJECT", "AZE", "ARM"),
            ("THREATEN", "AZE", "ARM", "opt"),
            ("AGREE", "ARM", None, "opt"),
            ("REQUEST", "FRA", None),
            ("REQUEST", "RUS", None),
            ("REQUEST", "USA", None),
        ],
    ),
    (
        "tigray-2022",
        "2022-11-03",
        "PRETORIA, Nov 2 (Reuters) - Ethiopia's government and forces from the northern region of Tigray agreed on Wednesday to a permanent cessation of hostilities after two years of war, African Union mediators said.\n\n"
        "The agreement was signed in the South African capital by Redwan Hussein, representing the federal government, and Getachew Reda, spokesman for the Tigray People's Liberation Front (TPLF).\n\n"
        'The AU\'s chief mediator, former Nigerian president Olusegun Obasanjo, said the two sides had agreed to disarm Tigrayan fighters, restore law and order and allow the unhindered delivery of aid. "This moment is not the end of the peace process but the beginning of it," Obasanjo told a news conference.\n\n'
        'Getachew said the TPLF had made painful concessions "to build trust".\n\n'
        "Prime Minister Abiy Ahmed said in a statement that the government's commitment to peace remained steadfast, and thanked the African Union for its efforts.\n\n"
        "U.S. Secretary of State Antony Blinken welcomed the deal and urged the parties to implement it swiftly.\n\n"
        "Aid groups said fighting continued in parts of Tigray on Wednesday, and that Eritrean troops, who have fought alongside the Ethiopian army, were still present in the region.\n\n"
        "The war began in November 2020 when Abiy sent troops into Tigray after accusing the TPLF of attacking federal army bases. Hundreds of thousands of people are believed to have died from violence, hunger and a lack of health care.",
        [
            (("AGREE", "RETREAT"), "ETH", "ETH"),
            ("CONCEDE", "ETH", None),
            ("SUPPORT", "ETH", "IGO"),
            ("SUPPORT", "USA", None),
            ("REQUEST", "USA", "ETH"),
            ("ASSAULT", "ETH", "ETH", "opt"),
            ("ASSAULT", None, None, "opt"),
        ],
    ),
    (
        "congo-2013",
        "2013-11-05",
        "KINSHASA, Nov 5 (Reuters) - Congo's M23 rebels said on Tuesday they were ending their 20-month insurgency, hours after government troops backed by United Nations forces drove them from their last strongholds in the hills near the Rwandan border.\n\n"
        '"The chief of general staff and the commanders of all major units are requested to prepare troops for disarmament, demobilisation and reintegration," M23 leader Bertrand Bisimwa said in a statement.\n\n'
        "Congolese government spokesman Lambert Mende welcomed the announcement but said Kinshasa would not sign a peace deal with the rebels until they were disarmed.\n\n"
        "Ugandan troops detained the rebels' military chief, Sultani Makenga, and several hundred fighters who crossed the border, the Ugandan army said.\n\n"
        "Martin Kobler, head of the U.N. peacekeeping mission in Congo, praised the Congolese army for its professionalism. He urged the remaining armed groups in eastern Congo, including the Rwandan Hutu FDLR rebels, to lay down their weapons.\n\n"
        "U.N. experts have accused Rwanda of supporting the M23, a charge Kigali denies.\n\n"
        "The rebellion began in April 2012 when hundreds of soldiers mutinied from the Congolese army. The M23 briefly seized the eastern city of Goma in November 2012.",
        [
            ("RETREAT", "COD", "COD"),
            (("ASSAULT", "COERCE"), "COD", "COD"),
            (("ASSAULT", "COERCE"), "IGO", "COD", "opt"),
            ("RETREAT", "COD", None, "opt"),
            ("SUPPORT", "COD", "COD", "opt"),
            ("REJECT", "COD", "COD", "opt"),
            ("COERCE", "UGA", "COD"),
            ("SUPPORT", "IGO", "COD"),
            ("REQUEST", "IGO", None),
            ("ACCUSE", "IGO", "RWA", "opt"),
            ("REJECT", "RWA", "IGO", "opt"),
        ],
    ),
]

#: gold events that still fail, with their cause: (article, index in its list) -> reason
EVENT_XFAILS: dict[tuple[str, int], str] = {
    (
        "gaza-2014",
        3,
    ): "null side: 'accepted the plan' does not reach back to the proposer of 'an Egyptian ceasefire proposal' a sentence earlier",
    (
        "karabakh-2020",
        6,
    ): "wrong country: 'villages in Karabakh' gives the target the country of the place (AZE), not the side attacked",
    (
        "karabakh-2020",
        11,
    ): "no event: in 'France, Russia and the United States, which co-chair the OSCE Minsk Group, called on both sides' the tokenizer splits 'co-chair' and the parse makes 'chair' the root",
    (
        "karabakh-2020",
        12,
    ): "no event: coordinated subject with a relative clause before 'called on'",
    (
        "karabakh-2020",
        13,
    ): "no event: coordinated subject with a relative clause before 'called on'",
    (
        "congo-2013",
        1,
    ): "no event: 'government troops ... drove them from their last strongholds' (a rout told by 'drive from') is not coded",
}

#: articles that still code a countable event beyond the gold, with its cause
ARTICLE_XFAILS: dict[str, str] = {
    "sudan-2023": "extra: 'under the mediation of Riyadh and Washington' gives a CONSULT between the two co-mediators; the cumulative toll 'More than 600 people have been killed' is coded (ASSAULT with no source)",
    "bosnia-1995": "extra: intent ('would ask Congress to approve sending' MOBILIZE, 'promised to persuade' AGREE), a relative-clause past ('who was indicted in July', 'who negotiated on behalf of')",
    "colombia-2016": "extra: 'Negotiators from the two sides signed the text ... at a ceremony attended by Cuban ... diplomats' is AGREE with Cuba; 'praised the government's negotiators' with no target; 'halted bombing ... later that month' (background dated only by the previous clause)",
    "ukraine-2022": "extra: 'warned that Kyiv would not trade away' read as THREATEN (a refusal told as a warning)",
    "srilanka-2009": "extra: intent ('said he would visit', 'hoped the government would reach a settlement'), a present-perfect standing denial and blame, 'using people as human shields' as ASSAULT",
    "koreas-2018": "extra: 'to meet Moon' (purpose clause of the visit) and 'would keep up pressure until it took steps to give up' coded; 'announced it would suspend tests' read as THREATEN",
    "karabakh-2020": "extra: the shelling of 'villages in Karabakh' coded AZE->AZE",
    "tigray-2022": "extra: the signing 'by Redwan Hussein, representing the federal government, and Getachew Reda' (a passive with an uncatalogued agent) is coded with no sides",
    "congo-2013": "extra: 'welcomed the announcement' SUPPORT with no target; Ugandan troops detaining 'fighters who crossed the border' get Uganda as target; the standing denial 'a charge Kigali denies'",
}

# single texts written after the fixes, one or two per cause fixed (phrasebook format)
FIXES: list[tuple[str, list[tuple], str | None]] = [
    # "both countries" / "the two sides" in a later paragraph that names no two parties:
    # the two sides of the article's last two-sided event
    (
        "ASMARA, July 9 (Reuters) - Ethiopia and Eritrea signed a declaration on Monday ending two decades of hostility.\n\n"
        "U.N. Secretary-General Antonio Guterres urged both countries to demarcate their disputed border quickly.",
        [("AGREE", "ETH", "ERI"), ("REQUEST", "IGO", "ETH"), ("REQUEST", "IGO", "ERI")],
        "2018-07-10",
    ),
    (
        "BAKU, Sept 3 (Reuters) - Azerbaijani and Armenian troops clashed on the border overnight, the Azerbaijani Defence Ministry said.\n\n"
        "On Thursday, the two sides accused each other of starting the fighting.",
        [
            ("ASSAULT", "AZE", "ARM"),
            ("ASSAULT", "ARM", "AZE", "opt"),
            ("ACCUSE", "AZE", "ARM"),
            ("ACCUSE", "ARM", "AZE"),
        ],
        "2021-09-04",
    ),
    # a background paragraph dated by month and year: last year's month long enough ago
    # is history, and so is an act told in a "when" clause of a dated beginning
    (
        "KABUL, Oct 5 (Reuters) - Taliban fighters attacked a police post in Kunduz province on Tuesday, killing five officers.\n\n"
        "The group seized the city of Kunduz in September 2015 and held it for two weeks.",
        [("ASSAULT", "AFG", "AFG")],
        "2016-10-05",
    ),
    (
        "ADDIS ABABA, Nov 3 (Reuters) - The conflict started in November 2020 when the government sent troops into the region after accusing the rebels of attacking an army base.",
        [],
        "2022-11-03",
    ),
    # a side halting, stopping, suspending or pausing its own attacks is a pause in force
    # (RETREAT ceasefire), not the attack
    (
        "KHARTOUM, June 12 (Reuters) - The Sudanese army halted its attacks on RSF positions in Omdurman for 24 hours on Sunday.",
        [("RETREAT", "SDN", "SDN")],
        "2023-06-12",
    ),
    (
        "GAZA, Aug 9 (Reuters) - Hamas announced on Friday that it had paused its rocket attacks on southern Israel.",
        [("RETREAT", "PSE", "ISR")],
        "2014-08-09",
    ),
    # rights groups accusing forces the article's home country places are an NGO accuser
    # (and what they accuse of is their claim, not an attack of its own)
    (
        "KABUL, Oct 2 (Reuters) - Afghan forces retook the centre of Kunduz from the Taliban on Thursday.\n\n"
        "Human rights groups accused the army and the militants of executing prisoners during the battle.",
        [(("ASSAULT", "COERCE"), "AFG", "AFG"), ("ACCUSE", "NGO", "AFG")],
        "2015-10-02",
    ),
    # a bare "the parties" means the two sides, too
    (
        "DOHA, Feb 29 (Reuters) - The United States and the Taliban signed an agreement in Doha on Saturday.\n\n"
        "NATO Secretary-General Jens Stoltenberg urged the parties to honour their commitments.",
        [("AGREE", "USA", "AFG"), ("REQUEST", "IGO", "USA"), ("REQUEST", "IGO", "AFG")],
        "2020-02-29",
    ),
    # whoever tells that "the two sides" agreed (a mediator and his nationality) is not one
    (
        "NAIROBI, Nov 12 (Reuters) - Ethiopia and Eritrea held talks in Nairobi on Saturday.\n\n"
        "The African Union's envoy, former Kenyan president Uhuru Kenyatta, said the two sides had agreed to reopen their border.",
        [("CONSULT", "ETH", "ERI"), ("AGREE", "ETH", "ERI")],
        "2018-11-12",
    ),
    # a later bare "the rebels" is the armed group named last, not of the venue's dateline;
    # a dateline whose country is neither side of the lead's talks or deal is their venue,
    # not the home of unnamed actors (the police officers)
    (
        "CARACAS, Nov 22 (Reuters) - Colombia's government and the National Liberation Army (ELN) resumed peace talks in Caracas on Monday.\n\n"
        "The rebels freed two kidnapped police officers on Tuesday as a goodwill gesture.",
        [("CONSULT", "COL", "COL"), ("RETREAT", "COL", "COL")],
        "2022-11-23",
    ),
    # a warning whose clause only says what something is, is a verdict, not a threat;
    # one that calls someone a target still is
    (
        "LONDON, Nov 3 (Reuters) - The British defence ministry cautioned on Thursday that the Russian announcement was a bluff.",
        [],
        "2022-11-04",
    ),
    (
        "TEHRAN, Jan 5 (Reuters) - Iran warned on Sunday that U.S. bases in the region were legitimate targets.",
        [("THREATEN", "IRN", "USA")],
        "2020-01-06",
    ),
    # a host "welcomed the delegations (at a venue)": the two sides; and the host's
    # CONSULT with one of them does not replace the two sides a later sentence means
    (
        "GENEVA, Oct 3 (Reuters) - Armenian and Azerbaijani negotiators held talks in Geneva on Monday.\n\n"
        "The Swiss foreign minister welcomed the delegations at a lakeside hotel. The two sides agreed to exchange lists of missing persons.",
        [
            ("CONSULT", "ARM", "AZE"),
            ("CONSULT", "CHE", "ARM"),
            ("CONSULT", "CHE", "AZE", "opt"),
            ("AGREE", "ARM", "AZE"),
        ],
        "2022-10-04",
    ),
]

BOOK = ArticleBook(ARTICLES, EVENT_XFAILS, ARTICLE_XFAILS)


@pytest.mark.parametrize(("name", "spec"), BOOK.event_params())
def test_article_event_found(code, name, spec):
    BOOK.check_found(code, name, spec)


@pytest.mark.parametrize("name", BOOK.article_params())
def test_article_no_extra_event(code, name):
    BOOK.check_no_extra(code, name)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_articles_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
