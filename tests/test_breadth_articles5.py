# ruff: noqa: E501  (the articles are kept whole, one paragraph per line)
"""Whole wire articles, fifth round: do the earlier rounds' fixes hold on new articles?

Seven articles written for this file in the agencies' register, on conflicts and eras the
first four rounds (tests/test_breadth_articles.py ... _articles4.py) did not use: the
Ethiopia-Eritrea declaration in Asmara (July 2018), the Dayton accord on Bosnia (Nov
1995), Sri Lanka's ceasefire with the Tamil Tigers (Feb 2002), the Doha agreement between
the United States and the Taliban (Feb 2020), the Moscow-brokered deal ending the Karabakh
war (Nov 2020), the Stockholm agreement on Hodeidah (Dec 2018) and the first hostage and
prisoner exchange of the Gaza truce (Nov 2023), with office-holders of the time (checked
with /tmp/c.py). Every countable event was annotated (types, source country, target
country; "opt" for incidental ones) from shared/PLOVER.md and eval/README.md BEFORE the
coder was run. Measured as before: one case per gold event, one per article for extras
(/tmp/art5_measure.py).

Four of these seven turned out, once written, to retell events that earlier rounds'
articles had already told (Dayton: _articles.py's bosnia-1995; Doha and Stockholm:
_articles2.py; the Asmara visit: _articles3.py, a day earlier), so their first run partly
measures text near what earlier fixes were made on. Four more articles were then added in
conflicts no round had used: Nepal's peace accord with the Maoists (Nov 2006), the Aceh
peace deal in Helsinki (Aug 2005), the Minsk ceasefire (Feb 2015) and South Sudan's
power-sharing deal (Sept 2018), annotated the same way before the coder ran on them.

Event-level measure (one case per gold event, opt ones aside; precision over coded
countable events that match a gold event or none; events matching only an opt one left
out):

- first seven, first run: recall 16/22 (0.727), precision 22/34 (0.647), F1 0.685; 1/7
  articles free of extras (Doha). The 6 misses: a gold event with a null or wrong side 5
  ("criticised the agreement" and "apologised for what it called an accident" with no
  target; "Saudi Arabia welcomed the agreement" taking Guterres's quoted "We have
  reached an agreement" as the deal; "freed 24 hostages held in Gaza, including 13
  Israelis" given a Palestinian target; "Ten Thai nationals ... were also freed under a
  separate deal between Hamas and Thailand" with no releaser), no event 1 ("was greeted
  at the airport by Isaias"). The 12 extras: a gold event told again with a null or
  wrong side 6 (the criticism, the apology, the welcome, the Thai and Filipino release
  2, "the released hostages had been handed to the Red Cross"), plans and terms 2
  ("agreed to ... restore flights" as COOPERATE, "would ask Congress to back sending
  20,000 U.S. soldiers"), a retelling by noun 1 ("Tuesday's accord was brokered by
  Holbrooke" as an AGREE by Holbrooke), background 3 ("Ethiopia refused to withdraw its
  troops", a 2001 suicide attack that "destroyed" with no target, "took some 240
  hostages" with no target).
- the four added articles, first run (after the fixes below made for the first seven,
  none for them): recall 12/15 (0.800), precision 15/24 (0.625), F1 0.702; 1/4 free of
  extras (Minsk came close: one). Misses 3: "urged the two rivals" with no target, "has
  been criticised by rights groups" not coded, "warned that they would hold leaders
  accountable" with no target. Extras 9: an audience that "applauded" as praise 2, a
  deal's terms 2 ("Under the accord, the Maoists will confine their fighters" as a
  THREATEN, "The deal provides for ... the release of all prisoners"), "which has been
  asked by both sides to monitor the arms" 2, the request to "the two rivals" with no
  target 1, "ordered the army to respect the agreement" as MOBILIZE 1, government troops
  given Sudan by "in Khartoum" 1.
- after the fixes, all eleven: recall 34/37 (0.919), precision 45/53 (0.849), F1 0.883
  (first seven 21/22, 28/32 = 0.875; added four 13/15, 17/21 = 0.810); 5/11 articles
  free of extras. Fixed (general, each with FIXES texts): a passive with its doer named
  ("the accord was brokered by Holbrooke") is no act of its subject-thing (the
  non-actor-subject rule is for doers); a welcomed or criticised deal ("the agreement")
  is either party's, a two-sided one before a quote's one-sided "We have reached an
  agreement", and a critic of a party's own state who is not a party targets that
  party; the broker of an "X-brokered pact" is not the side it was signed with (in the
  article's memory too); an apology joined to an act against one foreign state is to
  that state; "including 13 Israelis" hung on the verb still names the freed; people
  freed under a deal or swap "between A and B" were let go by the party that is not
  their state; "the released hostages were handed to ..." retells the release; "the two
  rivals"/"both rivals" refer back like "the two sides"; an audience that applauds with
  nothing applauded praises no one; what a deal "provides for" (each listed act, even
  hung on one another) and a forceful act it says a side will do ("Under the accord,
  X will confine ...") are its terms (a cooperative term, "will hand over", stays the
  sides' AGREE, as the GSR codes it); people the same attackers seized in the raid they
  killed in are of the state attacked (also a wire record: wire F1 0.781 -> 0.783).
  Tried and dropped: "greet" as a reception (CONSULT host -> guest): the wire record of
  the same Asmara arrival counts only the visit, so it added a spurious event there.
  Left (strict xfails with cause): 3 misses, 8 extras in 6 articles: background 2, plans
  and orders 2, an agreed term as COOPERATE 1, a passive relative clause with "both
  sides" 2, a venue's country given to troops 1.
"""

from __future__ import annotations

import pytest

from conftest import ArticleBook, show
from conftest import phrasebook_problems as _problems

# (name, pub date, text, [(types, source, target[, "opt"]), ...])
ARTICLES = [
    (
        "ethiopia-eritrea-2018",
        "2018-07-09",
        "ASMARA, July 9 (Reuters) - Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki signed a declaration in Asmara on Monday formally ending two decades of hostility between the two neighbours, Eritrea's information minister said.\n\n"
        "The two leaders agreed to reopen embassies, restore flights and allow Ethiopia to use Eritrea's ports, Information Minister Yemane Gebremeskel wrote on Twitter.\n\n"
        '"The state of war that existed between the two countries has come to an end," the declaration said.\n\n'
        "Abiy, who arrived in Asmara on Sunday, was greeted at the airport by Isaias and by crowds waving flags.\n\n"
        "Monday's declaration follows Abiy's decision last month to accept a 2002 boundary commission ruling that awarded the disputed town of Badme to Eritrea.\n\n"
        "U.N. Secretary-General Antonio Guterres welcomed the agreement and said U.N. sanctions on Eritrea could soon become obsolete.\n\n"
        'The two countries fought a border war from 1998 to 2000 in which some 80,000 people were killed. Ethiopia refused to withdraw its troops from Badme, and the neighbours have remained in a state of "no war, no peace" ever since.\n\n'
        "Ethiopian Airlines said it would resume flights to Asmara next week.",
        [
            ("AGREE", "ETH", "ERI"),
            ("CONSULT", "ERI", "ETH"),
            ("CONSULT", "ETH", "ERI", "opt"),
            (("CONCEDE", "AGREE"), "ETH", "ERI", "opt"),
            ("SUPPORT", "IGO", None),
            (("ASSAULT", "REJECT"), "ETH", "ERI", "opt"),
            ("ASSAULT", "ERI", "ETH", "opt"),
            ("SANCTION", "IGO", "ERI", "opt"),
        ],
    ),
    (
        "dayton-1995",
        "1995-11-21",
        "DAYTON, Ohio, Nov 21 (Reuters) - The presidents of Bosnia, Serbia and Croatia agreed on Tuesday to a peace plan to end the war in Bosnia after three weeks of talks at a U.S. air base in Ohio, U.S. Secretary of State Warren Christopher said.\n\n"
        "Bosnian President Alija Izetbegovic, Serbian President Slobodan Milosevic and Croatian President Franjo Tudjman initialled the accord at Wright-Patterson Air Force Base in a ceremony hosted by Christopher.\n\n"
        '"This is not a just peace, but it is more just than a continuation of war," Izetbegovic told the ceremony.\n\n'
        "Under the agreement, Bosnia will remain a single state made up of a Muslim-Croat federation and a Serb republic, and some 60,000 NATO troops will police the settlement.\n\n"
        'President Bill Clinton hailed the deal as a "historic step" and said he would ask Congress to back sending 20,000 U.S. soldiers.\n\n'
        "Bosnian Serb leaders, who were not present at the talks, denounced the agreement, saying it handed Sarajevo suburbs to the Muslims.\n\n"
        "Tuesday's accord was brokered by U.S. envoy Richard Holbrooke, who shuttled between the delegations for 21 days.\n\n"
        "The U.N. Security Council is expected to lift its arms embargo on the former Yugoslavia once the accord is signed in Paris next month.\n\n"
        "More than 200,000 people have been killed in the war, which began in 1992. Bosnian Serb forces overran the U.N. safe area of Srebrenica in July.",
        [
            ("AGREE", "BIH", "SRB"),
            ("AGREE", "BIH", "HRV", "opt"),
            ("AGREE", "SRB", "HRV", "opt"),
            ("AGREE", "BIH", None, "opt"),
            ("AGREE", "SRB", None, "opt"),
            ("AGREE", "HRV", None, "opt"),
            ("CONSULT", "USA", None, "opt"),
            ("CONSULT", "BIH", None, "opt"),
            ("CONSULT", "SRB", None, "opt"),
            ("CONSULT", "HRV", None, "opt"),
            ("SUPPORT", "USA", None),
            ("ACCUSE", "BIH", None),
            (("ASSAULT", "COERCE"), "BIH", None, "opt"),
        ],
    ),
    (
        "srilanka-2002",
        "2002-02-22",
        "COLOMBO, Feb 22 (Reuters) - Sri Lanka's government and the Tamil Tiger rebels signed an open-ended ceasefire agreement on Friday, raising hopes of an end to a 19-year civil war that has killed more than 60,000 people.\n\n"
        "Prime Minister Ranil Wickremesinghe signed the Norwegian-brokered pact in the northern town of Vavuniya, hours after Tiger leader Velupillai Prabhakaran signed it in the rebel-held north, Norwegian officials said.\n\n"
        '"This is the first step on the long road to peace," Wickremesinghe told reporters.\n\n'
        "The truce, which takes effect at midnight on Saturday, will be monitored by a team of Nordic observers led by Norway.\n\n"
        "Norwegian envoy Erik Solheim, who shuttled between Colombo and the rebel stronghold of Kilinochchi for months, praised both sides for their courage.\n\n"
        "President Chandrika Kumaratunga, whose party lost December's parliamentary election, criticised the agreement, saying she had not been consulted.\n\n"
        "Friday's pact follows a month-long unilateral truce declared by the Tigers in December, which the government reciprocated.\n\n"
        "The government lifted a ban on shipments of food and medicine to rebel-held areas last month.\n\n"
        "The Liberation Tigers of Tamil Eelam have fought since 1983 for a separate homeland for the island's Tamil minority. A suicide attack by the rebels on Colombo's airport in July destroyed half of the national airline's fleet.",
        [
            (("AGREE", "RETREAT"), "LKA", "LKA"),
            ("SUPPORT", "NOR", "LKA"),
            ("CONSULT", "NOR", "LKA", "opt"),
            ("CONSULT", "NOR", None, "opt"),
            ("ACCUSE", "LKA", "LKA"),
            (("RETREAT", "AGREE", "CONCEDE"), "LKA", "LKA", "opt"),
            (("RETREAT", "AGREE", "CONCEDE"), "LKA", None, "opt"),
            ("ASSAULT", "LKA", "LKA", "opt"),
        ],
    ),
    (
        "doha-2020",
        "2020-02-29",
        "DOHA, Feb 29 (Reuters) - The United States signed an agreement with the Taliban in Doha on Saturday that could lead to the withdrawal of all U.S. troops from Afghanistan within 14 months, the first step toward ending America's longest war.\n\n"
        "U.S. special envoy Zalmay Khalilzad and the Taliban's political chief Mullah Abdul Ghani Baradar signed the deal in a Doha hotel as Secretary of State Mike Pompeo looked on.\n\n"
        "Under the accord, Washington will cut its troop numbers to 8,600 within 135 days, and the Taliban have committed not to let al Qaeda operate in areas they control.\n\n"
        "Pompeo urged the Taliban to keep their promises and to cut ties with al Qaeda.\n\n"
        '"We will hold the Taliban to account," Pompeo told the ceremony.\n\n'
        "In Kabul, President Ashraf Ghani said his government had not agreed to free 5,000 Taliban prisoners, as the deal envisages, before talks with the insurgents.\n\n"
        'Saturday\'s agreement followed a week-long "reduction in violence" that both sides said had largely held.\n\n'
        "U.S. Defense Secretary Mark Esper, speaking in Kabul, warned that Washington would not hesitate to nullify the deal if the Taliban broke their commitments.\n\n"
        "The United States invaded Afghanistan in 2001 after the Sept. 11 attacks and toppled the Taliban government, which had sheltered al Qaeda leader Osama bin Laden.",
        [
            ("AGREE", "USA", "AFG"),
            ("REQUEST", "USA", "AFG"),
            ("THREATEN", "USA", "AFG"),
            ("THREATEN", "USA", None, "opt"),
            (("REJECT", "AGREE"), "AFG", "AFG", "opt"),
            (("REJECT", "AGREE"), "AFG", None, "opt"),
            ("CONSULT", "USA", "AFG", "opt"),
            (("RETREAT", "AGREE"), "USA", "AFG", "opt"),
            (("ASSAULT", "COERCE"), "USA", "AFG", "opt"),
            (("AID", "COOPERATE"), "AFG", None, "opt"),
        ],
    ),
    (
        "karabakh-2020",
        "2020-11-10",
        "MOSCOW, Nov 10 (Reuters) - Armenia, Azerbaijan and Russia signed a deal on Tuesday to end six weeks of fighting over the Nagorno-Karabakh enclave, and Russia began deploying peacekeepers to the region, the Kremlin said.\n\n"
        "Russian President Vladimir Putin said about 2,000 Russian troops would monitor the ceasefire along the front line and a corridor linking Karabakh to Armenia.\n\n"
        'Armenian Prime Minister Nikol Pashinyan called the agreement "unspeakably painful" for him and his people, but said he had signed it after an analysis of the military situation.\n\n'
        "Azerbaijani President Ilham Aliyev hailed the deal as a capitulation by Armenia. Under its terms, Armenia will hand back the Kalbajar, Agdam and Lachin districts to Azerbaijan.\n\n"
        "Hours after the announcement, protesters stormed government buildings in Yerevan and beat the speaker of parliament, Ararat Mirzoyan, Armenian media reported.\n\n"
        "The deal came two days after Azerbaijani forces captured Shusha, the second largest town in the enclave.\n\n"
        "On Monday, Azerbaijan shot down a Russian military helicopter over Armenia, killing two crew members, and apologised for what it called an accident.\n\n"
        "Turkey, Azerbaijan's main ally, welcomed the agreement. Moscow has a military base in Armenia but had said its defence pact with Yerevan did not cover Karabakh.",
        [
            ("AGREE", "ARM", "AZE"),
            ("AGREE", "RUS", None, "opt"),
            ("AGREE", "ARM", None, "opt"),
            ("AGREE", "AZE", None, "opt"),
            (("MOBILIZE", "AID"), "RUS", None, "opt"),
            ("SUPPORT", "AZE", None, "opt"),
            (("PROTEST", "ASSAULT"), "ARM", "ARM"),
            ("ASSAULT", "ARM", "ARM", "opt"),
            (("ASSAULT", "COERCE"), "AZE", None, "opt"),
            ("ASSAULT", "AZE", "RUS"),
            ("CONCEDE", "AZE", "RUS"),
            ("SUPPORT", "TUR", None),
        ],
    ),
    (
        "yemen-stockholm-2018",
        "2018-12-13",
        "RIMBO, Sweden, Dec 13 (Reuters) - Yemen's warring parties agreed on Thursday to a ceasefire in the port city of Hodeidah and to withdraw their forces from the city, U.N. Secretary-General Antonio Guterres said at the close of a week of talks in Sweden.\n\n"
        "Guterres said the Iran-aligned Houthi movement and the Saudi-backed government of President Abd-Rabbu Mansour Hadi had also agreed to open a humanitarian corridor to the besieged city of Taiz.\n\n"
        "Foreign Minister Khaled al-Yamani and Houthi negotiator Mohammed Abdulsalam shook hands at the closing ceremony, to applause from delegates.\n\n"
        '"We have reached an agreement on Hodeidah," Guterres told reporters. He said the United Nations would play a leading role in running the port.\n\n'
        "U.N. envoy Martin Griffiths, who mediated the talks, said the two sides would meet again in late January to discuss a framework for political negotiations.\n\n"
        "Thursday's deal is the first significant breakthrough in peace efforts in nearly five years of war. Talks in Geneva in September collapsed when the Houthi delegation failed to turn up.\n\n"
        "The Saudi-led coalition, which intervened in 2015 to restore Hadi's government, launched an offensive on Hodeidah in June. Its air strikes have killed thousands of civilians, and the Houthis have fired missiles at Saudi cities.\n\n"
        "Saudi Arabia welcomed the agreement, the state news agency SPA said.",
        [
            (("AGREE", "RETREAT"), "YEM", "YEM"),
            (("AGREE", "RETREAT"), "YEM", None, "opt"),
            ("CONSULT", "YEM", "YEM", "opt"),
            ("CONSULT", "YEM", None, "opt"),
            ("CONSULT", "IGO", None, "opt"),
            ("AGREE", "IGO", None, "opt"),
            (("REJECT", "CONSULT"), "YEM", None, "opt"),
            (("ASSAULT", "MOBILIZE", "AID"), "SAU", "YEM", "opt"),
            ("ASSAULT", "YEM", "SAU", "opt"),
            ("SUPPORT", "SAU", "YEM"),
        ],
    ),
    (
        "gaza-truce-2023",
        "2023-11-24",
        "JERUSALEM, Nov 24 (Reuters) - Hamas freed 24 hostages held in Gaza on Friday, including 13 Israelis, and Israel released 39 Palestinian prisoners from its jails, on the first day of a four-day truce brokered by Qatar, Egypt and the United States.\n\n"
        "The exchange came hours after the truce took effect at 7 a.m., halting seven weeks of fighting in which Israeli bombardment has killed thousands of Palestinians.\n\n"
        "Qatari foreign ministry spokesman Majed al-Ansari said the released hostages had been handed to the International Committee of the Red Cross and taken to Egypt through the Rafah crossing.\n\n"
        'Israeli Prime Minister Benjamin Netanyahu\'s office said the hostages were back in Israeli territory. "We are committed to bringing home all the hostages," Netanyahu said in a statement.\n\n'
        "Ten Thai nationals and a Filipino were also freed under a separate deal between Hamas and Thailand, Thai Prime Minister Srettha Thavisin said.\n\n"
        "Friday's release is the first stage of a deal under which Hamas is to free 50 women and children over four days in return for 150 Palestinian prisoners.\n\n"
        "Israeli Defence Minister Yoav Gallant said the military would resume its offensive with full force once the truce ends.\n\n"
        "Hamas fighters killed about 1,200 people in southern Israel on Oct. 7 and took some 240 hostages back to Gaza, according to Israeli tallies.\n\n"
        "Dozens of aid trucks entered Gaza from Egypt on Friday, the Egyptian Red Crescent said.",
        [
            ("RETREAT", "PSE", "ISR"),
            ("RETREAT", "ISR", "PSE"),
            ("RETREAT", "PSE", "THA"),
            ("RETREAT", "PSE", None, "opt"),
            ("RETREAT", "ISR", None, "opt"),
            ("CONSULT", "QAT", None, "opt"),
            ("CONSULT", "EGY", None, "opt"),
            ("CONSULT", "USA", None, "opt"),
            ("AGREE", "PSE", "THA", "opt"),
            ("ASSAULT", "ISR", "PSE", "opt"),
            ("THREATEN", "ISR", "PSE", "opt"),
            ("THREATEN", "ISR", None, "opt"),
            ("AGREE", "ISR", None, "opt"),
            (("ASSAULT", "COERCE"), "PSE", "ISR", "opt"),
            ("AID", "EGY", "PSE", "opt"),
        ],
    ),
    (
        "nepal-2006",
        "2006-11-21",
        "KATHMANDU, Nov 21 (Reuters) - Nepal's government and Maoist rebels signed a peace accord on Tuesday formally ending a decade-long insurgency that has killed more than 13,000 people, and agreed to place the guerrillas' weapons under U.N. supervision.\n\n"
        "Prime Minister Girija Prasad Koirala and Maoist chief Prachanda signed the Comprehensive Peace Agreement at a ceremony in the capital, shaking hands as hundreds of diplomats and party leaders applauded.\n\n"
        '"This is the end of the war and the beginning of peace," Prachanda told the ceremony.\n\n'
        "Under the accord, the Maoists will confine their fighters to seven camps and join an interim government and parliament.\n\n"
        "The United Nations, which has been asked by both sides to monitor the arms, welcomed the deal and said it would send a team of monitors within weeks.\n\n"
        "India, Nepal's giant neighbour, praised the two sides for their courage.\n\n"
        "The Maoists, who once controlled much of the countryside, declared a ceasefire in April after King Gyanendra ended 14 months of direct rule in the face of weeks of street protests.\n\n"
        "Tuesday's agreement has been criticised by rights groups for granting amnesty to soldiers and rebels accused of abuses.",
        [
            ("AGREE", "NPL", "NPL"),
            (("AGREE", "RETREAT", "CONSULT"), "NPL", "NPL", "opt"),
            (("AGREE", "RETREAT", "CONSULT"), "NPL", None, "opt"),
            ("SUPPORT", "IGO", "NPL"),
            ("AGREE", "IGO", "NPL", "opt"),
            ("REQUEST", "NPL", "IGO", "opt"),
            ("SUPPORT", "IND", "NPL"),
            (("RETREAT", "CONCEDE", "PROTEST"), "NPL", "NPL", "opt"),
            (("RETREAT", "CONCEDE", "PROTEST"), "NPL", None, "opt"),
            ("ACCUSE", None, "NPL"),
            ("ACCUSE", "NGO", "NPL", "opt"),
        ],
    ),
    (
        "aceh-2005",
        "2005-08-15",
        "HELSINKI, Aug 15 (Reuters) - Indonesia and separatist rebels from Aceh signed a peace deal in Helsinki on Monday aimed at ending nearly 30 years of fighting in the province devastated by last December's tsunami.\n\n"
        "Justice Minister Hamid Awaluddin and Free Aceh Movement (GAM) leader Malik Mahmud signed the memorandum of understanding in a ceremony hosted by former Finnish President Martti Ahtisaari, who mediated five rounds of talks.\n\n"
        "Under the deal, the rebels will hand over their weapons by the end of the year and Jakarta will withdraw thousands of non-local troops and police from the province.\n\n"
        '"Now the hard work begins," Ahtisaari told reporters after the signing.\n\n'
        "President Susilo Bambang Yudhoyono praised the rebels for dropping their demand for independence and ordered the army to respect the agreement.\n\n"
        "The government also announced an amnesty for about 1,400 GAM members and said those in prison would be freed within 15 days.\n\n"
        "European and Southeast Asian monitors will oversee the disarmament, the European Union said.\n\n"
        "The army launched a major offensive against the rebels in 2003 after the collapse of an earlier ceasefire.",
        [
            ("AGREE", "IDN", "IDN"),
            (("AGREE", "CONSULT"), "IDN", None, "opt"),
            ("CONSULT", "FIN", "IDN", "opt"),
            ("CONSULT", "FIN", None, "opt"),
            ("SUPPORT", "IDN", "IDN"),
            (("REQUEST", "COERCE"), "IDN", "IDN", "opt"),
            (("CONCEDE", "RETREAT", "AGREE"), "IDN", "IDN"),
            (("CONCEDE", "RETREAT", "AGREE"), "IDN", None, "opt"),
            ("ASSAULT", "IDN", "IDN", "opt"),
        ],
    ),
    (
        "minsk-2015",
        "2015-02-12",
        "MINSK, Feb 12 (Reuters) - The leaders of Russia, Ukraine, Germany and France agreed on Thursday on a ceasefire in eastern Ukraine starting on Feb. 15, after all-night talks in the Belarussian capital, German Chancellor Angela Merkel said.\n\n"
        "Ukrainian President Petro Poroshenko and Russian President Vladimir Putin negotiated for more than 16 hours with Merkel and French President Francois Hollande.\n\n"
        '"We have a glimmer of hope," Merkel told reporters, adding that big hurdles remained.\n\n'
        "The deal provides for the withdrawal of heavy weapons from the front line and the release of all prisoners.\n\n"
        "Separatist leaders Alexander Zakharchenko and Igor Plotnitsky signed the document, Russian news agencies said.\n\n"
        "Poroshenko accused Moscow of making unacceptable demands during the talks, while Putin said Kiev had refused to negotiate directly with the rebels.\n\n"
        "Fighting continued during the summit, with the military saying rebels had shelled government positions near the railway town of Debaltseve.\n\n"
        "The West accuses Russia of sending troops and weapons to the separatists, which Moscow denies. The European Union will decide next week whether to tighten sanctions on Russia.",
        [
            (("AGREE", "RETREAT"), "RUS", "UKR"),
            (("AGREE", "RETREAT", "CONSULT"), "RUS", None, "opt"),
            (("AGREE", "RETREAT", "CONSULT"), "UKR", None, "opt"),
            (("AGREE", "RETREAT", "CONSULT"), "DEU", None, "opt"),
            (("AGREE", "RETREAT", "CONSULT"), "FRA", None, "opt"),
            ("CONSULT", "UKR", "RUS"),
            ("AGREE", None, None, "opt"),
            ("ACCUSE", "UKR", "RUS"),
            (("REJECT", "ACCUSE"), "UKR", None, "opt"),
            (("REJECT", "ACCUSE"), "RUS", "UKR", "opt"),
            ("ASSAULT", "UKR", "UKR"),
            ("ACCUSE", None, "RUS", "opt"),
            ("REJECT", "RUS", None, "opt"),
        ],
    ),
    (
        "south-sudan-2018",
        "2018-09-12",
        "ADDIS ABABA, Sept 12 (Reuters) - South Sudan's President Salva Kiir and rebel leader Riek Machar signed a power-sharing deal in the Ethiopian capital on Wednesday aimed at ending a five-year civil war that has killed an estimated 400,000 people.\n\n"
        "Under the agreement, mediated by Sudan and Uganda, Machar will return as one of five vice presidents.\n\n"
        '"This agreement should mark the end of the war," Kiir told regional leaders gathered for the signing.\n\n'
        "Ethiopian Prime Minister Abiy Ahmed, who hosted the ceremony, urged the two rivals to honour their commitments.\n\n"
        "The United States, Britain and Norway, which backed a failed 2015 peace deal, said they were concerned about the government's commitment and warned that they would hold leaders accountable for any violations.\n\n"
        "Wednesday's deal follows a ceasefire the two men agreed to in Khartoum in June, which was violated within hours when government troops attacked rebel positions.\n\n"
        "Machar fled the capital Juba in 2016 after fighting broke out between his forces and troops loyal to Kiir, collapsing the previous accord.\n\n"
        "A rebel group led by Thomas Cirillo refused to sign the agreement.",
        [
            ("AGREE", "SSD", "SSD"),
            ("CONSULT", "SDN", None, "opt"),
            ("CONSULT", "UGA", None, "opt"),
            ("CONSULT", "ETH", None, "opt"),
            ("REQUEST", "ETH", "SSD"),
            ("THREATEN", "USA", "SSD"),
            (("THREATEN", "ACCUSE", "SUPPORT"), "USA", None, "opt"),
            (("THREATEN", "ACCUSE", "SUPPORT"), "GBR", None, "opt"),
            (("THREATEN", "ACCUSE", "SUPPORT"), "NOR", None, "opt"),
            (("AGREE", "RETREAT", "ASSAULT"), "SSD", "SSD", "opt"),
            (("AGREE", "RETREAT", "ASSAULT"), "SSD", None, "opt"),
            ("REJECT", "SSD", None),
        ],
    ),
]

EVENT_XFAILS: dict[tuple[str, int], str] = {
    (
        "ethiopia-eritrea-2018",
        1,
    ): "no event: 'greet' is no trigger; read as a reception it also gave the wire record of the same visit a second CONSULT its gold does not have, so it was dropped",
    (
        "nepal-2006",
        9,
    ): "no event: 'Tuesday's agreement has been criticised by rights groups' (a passive with an uncatalogued doer) is not coded",
    (
        "south-sudan-2018",
        5,
    ): "null side: 'warned that they would hold leaders accountable' names no state; 'the government's commitment' is in the other clause",
}

ARTICLE_XFAILS: dict[str, str] = {
    "ethiopia-eritrea-2018": "extra: 'agreed to reopen embassies, restore flights' codes the agreed restoration as a COOPERATE as well (as elsewhere in the suite); background 'Ethiopia refused to withdraw its troops from Badme' with no target",
    "dayton-1995": "extra: a plan, 'said he would ask Congress to back sending 20,000 U.S. soldiers', as a MOBILIZE by Congress",
    "srilanka-2002": "extra: background 'A suicide attack by the rebels on Colombo's airport ... destroyed half of the national airline's fleet' with no target (the attack noun's 'on' object is not used)",
    "nepal-2006": "extra: 'The United Nations, which has been asked by both sides to monitor the arms' gives a REQUEST by Nepal with no target and one by the U.N.",
    "aceh-2005": "extra: 'ordered the army to respect the agreement' read as a MOBILIZE order",
    "south-sudan-2018": "extra: background 'government troops attacked rebel positions' takes Sudan from 'in Khartoum' (where the earlier ceasefire was agreed)",
}

FIXES: list[tuple[str, list[tuple], str | None]] = [
    # a passive with its doer named: the subject-thing ("the accord") did nothing
    (
        "CAIRO, May 3 (Reuters) - The accord was brokered by Egypt.",
        [("CONSULT", "EGY", None)],
        "2021-05-03",
    ),
    (
        "NAIROBI, Jan 9 (Reuters) - The treaty was brokered by Kenya and signed in Naivasha on Sunday.",
        [("CONSULT", "KEN", None), ("AGREE", None, None, "opt")],
        "2005-01-09",
    ),
    # a welcomed or criticised deal is either party's, not a quote's one-sided "we have
    # reached an agreement"; a non-party of a party's state targets that party
    (
        "ISTANBUL, July 22 (Reuters) - Russia and Ukraine signed a deal on Friday to resume grain exports from Black Sea ports. Russia welcomed the agreement.",
        [("AGREE", "RUS", "UKR"), ("SUPPORT", "RUS", "UKR")],
        "2022-07-22",
    ),
    (
        'GENEVA, Dec 5 (Reuters) - Sudan and the rebels signed a truce on Friday. "We have reached an agreement," U.N. Secretary-General Antonio Guterres told reporters. Egypt welcomed the agreement.',
        [
            (("AGREE", "RETREAT"), "SDN", "SDN"),
            ("AGREE", "IGO", None, "opt"),
            ("SUPPORT", "EGY", "SDN"),
        ],
        "2019-12-05",
    ),
    # the broker of an "X-brokered pact" is no side it was signed with
    (
        "COLOMBO, Feb 22 (Reuters) - Prime Minister Ranil Wickremesinghe signed the Norwegian-brokered pact on Friday. President Chandrika Kumaratunga criticised the agreement.",
        [("AGREE", "LKA", None), ("CONSULT", "NOR", "LKA", "opt"), ("ACCUSE", "LKA", "LKA")],
        "2002-02-22",
    ),
    # an apology joined to an act against one foreign state is to that state
    (
        "JERUSALEM, June 2 (Reuters) - Israel struck an Egyptian army post by mistake on Sunday and apologised for the incident.",
        [("ASSAULT", "ISR", "EGY"), ("CONCEDE", "ISR", "EGY")],
        "2012-06-02",
    ),
    # "including three Pakistanis" hung on the verb still names whom it freed
    (
        "KABUL, March 4 (Reuters) - The Taliban freed 20 captives on Monday, including three Pakistanis.",
        [("RETREAT", "AFG", "PAK")],
        "2019-03-04",
    ),
    # freed under a deal between two parties: by the party that is not their state
    (
        "DOHA, Sept 18 (Reuters) - Two Americans were freed under a prisoner swap between Iran and the United States.",
        [("RETREAT", "IRN", "USA")],
        "2023-09-18",
    ),
    (
        "GAZA, Nov 25 (Reuters) - Seventeen Israelis were released under a truce between Hamas and Israel, the army said.",
        [("RETREAT", "PSE", "ISR")],
        "2023-11-25",
    ),
    # "the released hostages were handed to the Red Cross": the release told already
    (
        "GAZA, Nov 26 (Reuters) - Hamas freed 12 hostages on Sunday. The released hostages were handed to the Red Cross in Rafah.",
        [("RETREAT", "PSE", None)],
        "2023-11-26",
    ),
    # "the two rivals", "both rivals" refer back like "the two sides"
    (
        "ISLAMABAD, Feb 25 (Reuters) - India and Pakistan agreed on Thursday to a ceasefire along the Line of Control. The United States urged both rivals to show restraint.",
        [
            (("AGREE", "RETREAT"), "IND", "PAK"),
            ("REQUEST", "USA", "IND"),
            ("REQUEST", "USA", "PAK"),
        ],
        "2021-02-25",
    ),
    # an audience that applauds praises no one
    (
        "JUBA, Sept 12 (Reuters) - Kiir and Machar shook hands as dozens of diplomats applauded.",
        [("CONSULT", "SSD", "SSD", "opt")],
        "2018-09-12",
    ),
    # what a deal says a side will do by force is its terms, no threat
    (
        "MANILA, March 27 (Reuters) - Under the agreement, the rebels will confine their fighters to camps in the north.",
        [],
        "2014-03-27",
    ),
    # people the same attackers seized in the raid are of the state attacked
    (
        "JERUSALEM, Oct 8 (Reuters) - Hamas gunmen killed 10 Israeli soldiers near the border and seized four hostages.",
        [("ASSAULT", "PSE", "ISR")],
        "2023-10-08",
    ),
]

BOOK = ArticleBook(ARTICLES, EVENT_XFAILS, ARTICLE_XFAILS)


@pytest.mark.parametrize(("name", "spec"), BOOK.event_params())
def test_articles5_event_found(code, name, spec):
    BOOK.check_found(code, name, spec)


@pytest.mark.parametrize("name", BOOK.article_params())
def test_articles5_no_extra_event(code, name):
    BOOK.check_no_extra(code, name)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_articles5_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
