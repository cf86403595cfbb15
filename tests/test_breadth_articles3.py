# ruff: noqa: E501  (the articles are kept whole, one paragraph per line)
"""Whole wire articles, second set: seven more complete stories on other conflicts and eras.

Same method and measure as tests/test_breadth_articles.py: each article written for this
file in the agencies' register (dateline, quotes, background, retellings of the lead by
noun: "Tuesday's air strike", "the visit", "the attack"; "Police" told again later), every
countable event annotated (types, source country, target country; "opt" for incidental
ones) from shared/PLOVER.md and eval/README.md BEFORE the coder was run.

Event-level measure (34 gold events, opt ones aside; precision over coded countable
events that match a gold event or none; events matching only an opt one left out):

- first run, before any fix made for this file: recall 26/34 (0.765), precision 34/66
  (0.515), F1 0.616; 0/7 articles free of extra events. Some of the 26 were found only by
  accident ("Bush welcomed the ceasefire agreement" got "Georgians" as target; the DUP's
  rejection got Clinton). The 8 misses by cause: no event 4 (a quote's "Pakistan shall
  respond at the time and place of its choosing", a resolution "calling for" a
  cessation, "helped Somali special forces secure the area", "ordered a halt to military
  operations" in an "hours after" clause), null side 4 ("urged both countries" after a
  strike 2, "told Annan ... that Israel would accept the text", "bombed a convoy of
  civilians fleeing the southern town of Marjayoun"). The 32 extra events by cause: a
  gold event coded again with a null or wrong side 11 (a relative clause "a deal both
  governments hailed", "congratulated the two governments" resolved to Clinton himself,
  the strike retold in a quote and in the other side's denial, the slash dateline
  "MOSCOW/TBILISI" read as an actor, a second march with no target ...), an actor name not
  resolved 5 ("both countries", lower-case "al Shabaab", "the group"), plans, intent and
  a deal's or resolution's content 7, background 4, another type for a real event 5
  ("withdrew the most-favoured-nation trade status" as RETREAT, "approved a resolution"
  and "approved an expansion" as SUPPORT, "ended a siege" as RETREAT, an agreement's
  complement "restore flights" as a COOPERATE of its own).
- after the fixes: recall 30/34 (0.882), precision 43/60 (0.717), F1 0.791; extra events
  32 -> 17; 1/7 articles free of extras (Myanmar). Fixed (general, each with FIXES
  texts): a slash dateline ("MOSCOW/TBILISI, ... -") is a dateline, with no home when its
  cities are in two countries; a lower-case Arabic article starts a name ("al-Shabaab",
  "al Qaeda"); "both countries"/"the two sides" never mean the clause's own subject
  ("China and the EU urged both countries", "... welcomed it and called on the two
  countries"); a definite event noun with no actor of its own ("the strike had killed",
  "killed in the attack", "Tuesday's raid") retells the article's last act of its kind,
  with its doer and, unless named, its target; a cross-border attack told again by its
  doer's country with no target country is the same attack; a denial with no accuser
  answers whoever of another country reported the act last; a coup ("seized power") is
  against the plotters' own state, and a march on a place no state owns in the text is
  aimed at its own state; an acceptance told to someone ("told Annan that Israel would
  accept") is made to the listener; approving one's own resolution, expansion or mandate
  is no SUPPORT; "reviewing"/"studying" a measure is deliberation; a promised response in
  the words of retaliation ("shall respond at the time and place of its choosing", "will
  respond decisively", also "aggression to which X will respond") is a threat. The other
  misses and six articles' extras are strict xfails with their cause.
"""

from __future__ import annotations

import pytest

from conftest import ArticleBook, show
from conftest import phrasebook_problems as _problems

# (name, pub date, text, [(types, source, target[, "opt"]), ...])
ARTICLES = [
    (
        "northern-ireland-1998",
        "1998-04-11",
        "BELFAST, April 10 (Reuters) - Britain and Ireland signed a peace agreement for Northern Ireland on Friday after marathon talks with the province's political parties, in a deal both governments hailed as the best chance in a generation to end 30 years of bloodshed.\n\n"
        "British Prime Minister Tony Blair and Irish Prime Minister Bertie Ahern signed the accord at Stormont Castle shortly after 5 p.m., more than 17 hours after the talks' deadline had passed.\n\n"
        'The negotiations were chaired by former U.S. Senator George Mitchell, who said the agreement marked "the beginning of a new era".\n\n'
        "Under the deal, Dublin will drop its constitutional claim to Northern Ireland and a new power-sharing assembly will be elected in Belfast. Paramilitary prisoners will be released within two years.\n\n"
        "U.S. President Bill Clinton, who telephoned Blair and Ahern through the night, congratulated the two governments on the agreement.\n\n"
        '"Today\'s agreement is a victory for all the people of Northern Ireland," Ahern told reporters.\n\n'
        "Sinn Fein leader Gerry Adams said his party would study the text, while Ulster Unionist leader David Trimble urged unionists to back the accord in a referendum next month.\n\n"
        "The Democratic Unionist Party of Ian Paisley rejected the deal and vowed to campaign against it.\n\n"
        "More than 3,200 people have been killed in Northern Ireland since 1969. The Irish Republican Army declared a ceasefire in July 1997, clearing the way for Sinn Fein to join the talks.",
        [
            ("AGREE", "GBR", "IRL"),
            ("CONSULT", "GBR", "IRL", "opt"),
            ("CONSULT", "GBR", "GBR", "opt"),
            ("CONSULT", "IRL", "GBR", "opt"),
            ("CONSULT", "USA", None, "opt"),
            ("CONSULT", "USA", "GBR", "opt"),
            ("CONSULT", "USA", "IRL", "opt"),
            ("SUPPORT", "USA", "GBR"),
            ("SUPPORT", "USA", "IRL", "opt"),
            ("REQUEST", None, None, "opt"),
            ("REQUEST", "GBR", None, "opt"),
            ("REJECT", "GBR", None),
        ],
    ),
    (
        "ethiopia-eritrea-2018",
        "2018-07-08",
        "ASMARA, July 8 (Reuters) - Ethiopian Prime Minister Abiy Ahmed arrived in Eritrea on Sunday on the first visit by an Ethiopian leader in two decades, and was greeted at the airport by President Isaias Afwerki.\n\n"
        "The two leaders embraced on the tarmac and later held talks at the presidential palace in Asmara, Eritrea's information minister Yemane Gebremeskel said on Twitter.\n\n"
        '"The wall has been broken," Abiy\'s chief of staff Fitsum Arega wrote.\n\n'
        "Thousands of Eritreans lined the streets of the capital, waving the flags of both countries.\n\n"
        "The visit comes a month after Abiy said Ethiopia would fully accept a 2002 ruling by a border commission that awarded disputed territory, including the town of Badme, to Eritrea.\n\n"
        "During the talks, the two sides agreed to reopen embassies and restore flights and telephone links, Yemane said.\n\n"
        "Isaias hailed Abiy's visit as a historic opportunity for peace.\n\n"
        "U.N. Secretary-General Antonio Guterres welcomed the rapprochement and said the United Nations stood ready to help.\n\n"
        "The two countries fought a border war from 1998 to 2000 in which some 80,000 people were killed. Ethiopia refused to withdraw its troops from Badme after the commission's ruling.",
        [
            ("CONSULT", "ETH", "ERI"),
            ("CONSULT", "ERI", "ETH", "opt"),
            ("AGREE", "ETH", "ERI"),
            ("SUPPORT", "ERI", "ETH"),
            ("SUPPORT", "IGO", None),
            (("AGREE", "CONCEDE"), "ETH", "ERI", "opt"),
            (("AGREE", "AID"), "IGO", None, "opt"),
        ],
    ),
    (
        "myanmar-2021",
        "2021-02-09",
        "YANGON, Feb 9 (Reuters) - Myanmar police fired rubber bullets and water cannon at protesters in the capital Naypyitaw on Tuesday, wounding several people, as tens of thousands took to the streets for a fourth day to denounce last week's military coup.\n\n"
        "A young woman was shot in the head and was in critical condition, a doctor at a hospital in the capital said.\n\n"
        "In Yangon, crowds marched on the Sule Pagoda in defiance of a ban on gatherings of more than five people imposed by the junta on Monday.\n\n"
        "The army seized power on Feb. 1 and detained elected leader Aung San Suu Kyi and other leaders of her National League for Democracy.\n\n"
        "Army chief Min Aung Hlaing, in his first televised address since the coup, said on Monday that the military would hold new elections and hand power to the winner.\n\n"
        '"The use of disproportionate force against demonstrators is unacceptable," Ola Almgren, the United Nations\' senior official in Myanmar, said.\n\n'
        "New Zealand suspended high-level political and military contacts with Myanmar on Tuesday, the first country to take such a step, and Prime Minister Jacinda Ardern said her government would not recognise the junta.\n\n"
        "The United States said it was reviewing sanctions and repeated its demand that the generals release Suu Kyi.\n\n"
        "Police used force against the protesters after they refused to disperse, state media said.",
        [
            ("ASSAULT", "MMR", "MMR"),
            ("PROTEST", "MMR", "MMR"),
            ("ASSAULT", None, None, "opt"),
            ("ASSAULT", None, "MMR", "opt"),
            ("COERCE", "MMR", "MMR", "opt"),
            ("ASSAULT", "MMR", "MMR", "opt"),
            ("ACCUSE", "IGO", "MMR", "opt"),
            ("ACCUSE", "IGO", None, "opt"),
            ("SANCTION", "NZL", "MMR"),
            ("REJECT", "NZL", "MMR", "opt"),
            ("REQUEST", "USA", "MMR"),
            ("REJECT", "MMR", "MMR", "opt"),
        ],
    ),
    (
        "india-pakistan-2019",
        "2019-02-26",
        "NEW DELHI/ISLAMABAD, Feb 26 (Reuters) - Indian warplanes struck what New Delhi said was a militant training camp in Pakistan on Tuesday, in retaliation for a suicide bombing that killed 40 Indian paramilitary police in Kashmir this month.\n\n"
        'Indian Foreign Secretary Vijay Gokhale told reporters that the strike near the town of Balakot had killed "a very large number" of Jaish-e-Mohammed militants, trainers and commanders.\n\n'
        "Pakistan denied that any militants had been killed and said the Indian jets had dropped their bombs on an empty hillside after being chased away by Pakistani aircraft.\n\n"
        '"India has committed uncalled-for aggression to which Pakistan shall respond at the time and place of its choosing," Pakistan\'s National Security Committee said after a meeting chaired by Prime Minister Imran Khan.\n\n'
        "Pakistani Foreign Minister Shah Mahmood Qureshi called the strike a grave violation of the Line of Control and said Islamabad would raise it at the United Nations.\n\n"
        "Jaish-e-Mohammed claimed the Feb. 14 attack on a police convoy in Pulwama, the deadliest in Kashmir in three decades. India has accused Pakistan of harbouring the group, a charge Islamabad denies.\n\n"
        "After the Pulwama bombing, India withdrew the most-favoured-nation trade status it had granted Pakistan and raised customs duties on Pakistani goods to 200 percent.\n\n"
        "China and the European Union urged both countries to exercise restraint.\n\n"
        "Tuesday's air strike was the first by Indian aircraft across the Line of Control since the 1971 war.",
        [
            ("ASSAULT", "IND", "PAK"),
            ("ASSAULT", "PAK", "IND", "opt"),
            ("ASSAULT", None, "IND", "opt"),
            ("REJECT", "PAK", "IND", "opt"),
            (("ASSAULT", "COERCE"), "PAK", "IND", "opt"),
            ("THREATEN", "PAK", "IND"),
            ("ACCUSE", "PAK", "IND"),
            ("CONSULT", "PAK", "PAK", "opt"),
            ("ACCUSE", "IND", "PAK", "opt"),
            ("REJECT", "PAK", "IND", "opt"),
            ("SANCTION", "IND", "PAK", "opt"),
            ("REQUEST", "CHN", "IND"),
            ("REQUEST", "CHN", "PAK"),
            ("REQUEST", "IGO", "IND", "opt"),
            ("REQUEST", "IGO", "PAK", "opt"),
        ],
    ),
    (
        "lebanon-2006",
        "2006-08-12",
        "UNITED NATIONS, Aug 11 (Reuters) - The U.N. Security Council unanimously approved a resolution on Friday calling for a full cessation of hostilities between Israel and Hezbollah guerrillas in Lebanon, after a month of war that has killed more than 1,000 people.\n\n"
        "Resolution 1701 calls on Israel to withdraw its forces from southern Lebanon as Lebanese troops and an expanded U.N. peacekeeping force deploy in the area.\n\n"
        "Lebanese Prime Minister Fouad Siniora welcomed the resolution and said his cabinet would meet on Saturday to approve it.\n\n"
        "Israeli Prime Minister Ehud Olmert told U.N. Secretary-General Kofi Annan in a telephone call that Israel would accept the text, an Israeli official said.\n\n"
        "Hezbollah leader Sayyed Hassan Nasrallah did not comment immediately on the vote.\n\n"
        "Fighting raged on the ground as diplomats met in New York. Israeli aircraft bombed a convoy of civilians fleeing the southern town of Marjayoun, killing at least six people, Lebanese security sources said, and Hezbollah fired more than 120 rockets into northern Israel.\n\n"
        "The Israeli cabinet had approved on Wednesday an expansion of the ground offensive toward the Litani river.\n\n"
        'U.S. Secretary of State Condoleezza Rice, who negotiated the text with French Foreign Minister Philippe Douste-Blazy, said the resolution was "a first step".\n\n'
        "The war began on July 12 when Hezbollah fighters crossed into Israel and captured two Israeli soldiers.",
        [
            ("REQUEST", "IGO", "ISR"),
            ("REQUEST", "IGO", "LBN", "opt"),
            ("AGREE", "IGO", None, "opt"),
            ("SUPPORT", "LBN", "IGO"),
            ("AGREE", "ISR", "IGO"),
            ("CONSULT", "ISR", "IGO"),
            ("ASSAULT", "ISR", "LBN"),
            ("ASSAULT", "LBN", "ISR"),
            ("CONSULT", None, None, "opt"),
            (("MOBILIZE", "ASSAULT"), "ISR", "LBN", "opt"),
            ("CONSULT", "USA", "FRA", "opt"),
            (("ASSAULT", "COERCE"), "LBN", "ISR", "opt"),
        ],
    ),
    (
        "georgia-2008",
        "2008-08-13",
        "MOSCOW/TBILISI, Aug 12 (Reuters) - Russia and Georgia accepted a French-brokered peace plan on Tuesday to end five days of fighting over the breakaway region of South Ossetia, hours after President Dmitry Medvedev ordered a halt to military operations in Georgia.\n\n"
        "French President Nicolas Sarkozy, whose country holds the European Union's rotating presidency, flew to Moscow for talks with Medvedev and then to Tbilisi, where he met Georgian President Mikheil Saakashvili late into the night.\n\n"
        "The six-point plan commits both sides to stop hostilities and pull their forces back to the positions they held before the conflict began.\n\n"
        '"The aggressor has been punished and has suffered very significant losses," Medvedev told reporters at a joint news conference with Sarkozy in the Kremlin.\n\n'
        "Saakashvili accused Russia of trying to destroy Georgia and said Russian troops were still bombing Georgian towns. Russian aircraft struck the town of Gori on Tuesday morning, killing at least five people, Georgian officials said.\n\n"
        "Tens of thousands of Georgians rallied in central Tbilisi in support of Saakashvili.\n\n"
        "U.S. President George W. Bush welcomed the ceasefire agreement and urged Moscow to respect Georgia's territorial integrity.\n\n"
        "The fighting erupted on Thursday night when Georgia launched an offensive to retake South Ossetia, which threw off Tbilisi's rule in the early 1990s. Russia sent tanks and troops into the region the next day.",
        [
            ("AGREE", "RUS", "GEO"),
            ("AGREE", "RUS", "FRA", "opt"),
            ("AGREE", "GEO", "FRA", "opt"),
            ("RETREAT", "RUS", "GEO"),
            ("CONSULT", "FRA", "RUS"),
            ("CONSULT", "FRA", "GEO"),
            ("ACCUSE", "RUS", "GEO", "opt"),
            ("ACCUSE", "GEO", "RUS"),
            ("ASSAULT", "RUS", "GEO"),
            (("PROTEST", "SUPPORT"), "GEO", "GEO", "opt"),
            ("SUPPORT", "USA", None),
            ("REQUEST", "USA", "RUS"),
            ("ASSAULT", "GEO", None, "opt"),
            (("MOBILIZE", "ASSAULT"), "RUS", "GEO", "opt"),
        ],
    ),
    (
        "somalia-2017",
        "2017-10-29",
        "MOGADISHU, Oct 29 (Reuters) - Somali security forces ended a 12-hour siege of a hotel in Mogadishu on Sunday, killing the last of the al Shabaab gunmen who stormed the building after two car bombs exploded at its gate, police said.\n\n"
        "At least 23 people, including a former lawmaker, were killed in the attack on the Nasa Hablod hotel, police officer Mohamed Hussein told Reuters.\n\n"
        "The Islamist group claimed responsibility for the assault in a statement broadcast on its Andalus radio station.\n\n"
        "Troops of the African Union mission AMISOM helped Somali special forces secure the area and evacuate guests, the mission said.\n\n"
        "President Mohamed Abdullahi Farmajo condemned the attack and vowed to step up the offensive against the militants.\n\n"
        '"These terrorists will not break the will of the Somali people," Farmajo said in a statement.\n\n'
        "The attack came two weeks after a truck bomb killed more than 350 people at a busy junction in the capital, the deadliest attack in Somalia's history. The government blamed al Shabaab for that bombing, though the group did not claim it.\n\n"
        "AMISOM troops and Somali forces recaptured the town of Bariire from al Shabaab in August.\n\n"
        "The United States condemned Saturday's attack and said it would continue to support the Somali government. Washington has carried out several drone strikes against the group this year.",
        [
            ("ASSAULT", "SOM", "SOM"),
            ("ASSAULT", None, None, "opt"),
            ("ASSAULT", None, "SOM", "opt"),
            (("COOPERATE", "AID"), "IGO", "SOM"),
            ("ACCUSE", "SOM", None),
            (("THREATEN", "ASSAULT"), "SOM", "SOM", "opt"),
            ("ACCUSE", "SOM", "SOM", "opt"),
            (("ASSAULT", "COERCE"), "IGO", "SOM", "opt"),
            ("ACCUSE", "USA", None),
            ("ASSAULT", "USA", "SOM", "opt"),
        ],
    ),
]

#: gold events that still fail, with their cause: (article, index in its list) -> reason
EVENT_XFAILS: dict[tuple[str, int], str] = {
    (
        "lebanon-2006",
        0,
    ): "no event: 'approved a resolution ... calling for a full cessation of hostilities': the participle 'calling for' hanging on the approving verb gives no REQUEST (with 'adopted' it does)",
    (
        "lebanon-2006",
        6,
    ): "null side: 'bombed a convoy of civilians fleeing the southern town of Marjayoun': the civilians get no country and the UNITED NATIONS dateline gives no home",
    (
        "georgia-2008",
        3,
    ): "no event: the nominal 'ordered a halt to military operations' is no RETREAT trigger (a noun trigger's object after 'to' is not read)",
    (
        "somalia-2017",
        3,
    ): "no event: 'helped Somali special forces secure the area' (help + bare infinitive) is not coded as cooperation",
}

#: articles that still code a countable event beyond the gold, with its cause
ARTICLE_XFAILS: dict[str, str] = {
    "northern-ireland-1998": "extra: the relative clause 'a deal both governments hailed as ...' (SUPPORT with no target, 'Northern Ireland' as a side), the deal's content 'prisoners will be released', intent ('vowed to campaign against it'), background purpose 'clearing the way for Sinn Fein to join the talks'",
    "ethiopia-eritrea-2018": "extra: the agreement's complement 'restore flights and telephone links' coded as a COOPERATE of its own; background 'Ethiopia refused to withdraw its troops' (dated only by the 1998-2000 war before it)",
    "india-pakistan-2019": "extra: 'withdrew the most-favoured-nation trade status it had granted Pakistan' read as RETREAT with no target (a SANCTION whose target is in the relative clause)",
    "lebanon-2006": "extra: the resolution's content 'as Lebanese troops and a U.N. force deploy' (MOBILIZE x2), intent 'his cabinet would meet to approve it' (AGREE), the bombing of civilians with no target country",
    "georgia-2008": "extra: background 'Russia sent tanks and troops into the region the next day' with no target ('the region' is South Ossetia, not resolved to Georgia)",
    "somalia-2017": "extra: 'ended a 12-hour siege' read as RETREAT; 'vowed to step up the offensive against the militants' THREATEN with no target; 'recaptured Bariire from al Shabaab in August' SOM->SOM (an opt the annotation left out: only AMISOM's side was marked); 'said it would continue to support the Somali government' (a pledge, AGREE)",
}

# single texts written after the fixes, one or two per cause fixed (phrasebook format)
FIXES: list[tuple[str, list[tuple], str | None]] = [
    # a dateline of two cities ("A/B, date (Reuters) -") is a dateline, not an actor; with
    # the two sides' capitals it gives no home
    (
        "JERUSALEM/BEIRUT, July 20 (Reuters) - Israel and Lebanon accepted a U.N. proposal on Thursday to exchange prisoners.",
        [("AGREE", "ISR", "LBN"), ("AGREE", "ISR", "IGO", "opt"), ("AGREE", "LBN", "IGO", "opt")],
        "2006-07-21",
    ),
    (
        "KYIV/MOSCOW, Nov 3 (Reuters) - Russia and Ukraine swapped 100 prisoners of war on Friday.",
        [(("RETREAT", "COOPERATE"), "RUS", "UKR"), (("RETREAT", "COOPERATE"), "UKR", "RUS")],
        "2023-11-04",
    ),
    # "al-Shabaab", "al Shabaab", "al Qaeda": a name whose Arabic article agencies write
    # lower-case is still the name
    (
        "MOGADISHU, March 2 (Reuters) - Kenyan troops killed 30 al-Shabaab fighters in the Gedo region on Thursday.",
        [("ASSAULT", "KEN", "SOM")],
        "2017-03-03",
    ),
    (
        "MOGADISHU, May 9 (Reuters) - Somali forces drove al Shabaab out of the town of Bariire on Tuesday.",
        [(("ASSAULT", "COERCE"), "SOM", "SOM")],
        "2019-05-10",
    ),
    # "X and Y urged both countries to ...": the urgers are not the two sides, the two
    # sides of the strike or deal told before are
    (
        "NEW DELHI, Sept 29 (Reuters) - Indian troops carried out strikes on militant launch pads in Pakistani Kashmir on Thursday, the Indian army said.\n\n"
        "The United States and Russia urged both countries to avoid an escalation.",
        [
            ("ASSAULT", "IND", "PAK"),
            ("REQUEST", "USA", "IND"),
            ("REQUEST", "USA", "PAK", "opt"),
            ("REQUEST", "RUS", "IND"),
            ("REQUEST", "RUS", "PAK", "opt"),
        ],
        "2016-09-30",
    ),
    (
        "ADDIS ABABA, July 9 (Reuters) - Ethiopia and Eritrea signed a joint declaration of peace and friendship on Monday.\n\n"
        "Britain and France welcomed the declaration and called on the two countries to demarcate their border.",
        [
            ("AGREE", "ETH", "ERI"),
            ("SUPPORT", "GBR", None),
            ("SUPPORT", "FRA", None),
            ("REQUEST", "GBR", "ETH"),
            ("REQUEST", "GBR", "ERI"),
            ("REQUEST", "FRA", "ETH"),
            ("REQUEST", "FRA", "ERI"),
        ],
        "2018-07-10",
    ),
    # a definite event noun with no actor of its own ("the strike ... had killed",
    # "were killed in the attack", "Tuesday's raid killed") retells the article's last act
    # of its kind: its doer and, unless named, its target
    (
        "NEW DELHI, Feb 27 (Reuters) - Indian jets bombed a militant camp in Pakistan on Tuesday.\n\n"
        "A senior Indian official said the strike had killed dozens of fighters.",
        [("ASSAULT", "IND", "PAK")],
        "2019-02-27",
    ),
    (
        "KABUL, May 3 (Reuters) - Taliban fighters stormed a police headquarters in Ghazni on Monday.\n\n"
        "At least 14 officers were killed in the attack, provincial officials said. Monday's assault was the deadliest in the province this year.",
        [("ASSAULT", "AFG", "AFG")],
        "2017-05-03",
    ),
    # a coup ("seized power") is against the plotters' own state; a protest marching on a
    # place no state owns in the text is aimed at the state it happens in
    (
        "NIAMEY, July 27 (Reuters) - Soldiers of Niger's presidential guard seized power on Wednesday night.",
        [("COERCE", "NER", "NER")],
        "2023-07-27",
    ),
    (
        "YANGON, Feb 8 (Reuters) - Tens of thousands of people marched on the Sule Pagoda in central Yangon on Monday.",
        [("PROTEST", "MMR", "MMR")],
        "2021-02-08",
    ),
    # an acceptance told to someone ("told Annan that Israel would accept") is made to
    # the listener
    (
        "BEIRUT, Aug 12 (Reuters) - Lebanese Prime Minister Fouad Siniora told French Foreign Minister Philippe Douste-Blazy on Saturday that his government would accept the ceasefire plan.",
        [("AGREE", "LBN", "FRA")],
        "2006-08-12",
    ),
    # a cross-border attack told again by its doer's country with no target country is
    # the same attack; a denial with no accuser answers who reported the act last
    (
        "ISLAMABAD, Feb 27 (Reuters) - Pakistani jets struck targets in Indian Kashmir on Wednesday, Pakistan's military said.\n\n"
        "Indian officials said the Pakistani aircraft had dropped bombs in open fields and caused no damage.",
        [("ASSAULT", "PAK", "IND")],
        "2019-02-27",
    ),
    (
        "KABUL, Sept 2 (Reuters) - U.S. drones hit a compound in Afghanistan's Kunar province on Monday, killing 15 people, Afghan officials said.\n\n"
        "Washington denied that any civilians had been killed.",
        [("ASSAULT", "USA", "AFG"), ("REJECT", "USA", "AFG")],
        "2019-09-03",
    ),
    # a body approving its own measure (a resolution, an expansion, a mandate) praises no one
    (
        "UNITED NATIONS, Dec 15 (Reuters) - The U.N. Security Council unanimously approved a resolution on Friday extending the peacekeeping mission in South Sudan for a year.",
        [],
        "2017-12-16",
    ),
    (
        "JERUSALEM, Aug 9 (Reuters) - Israel's security cabinet approved an expansion of the ground offensive in southern Lebanon on Wednesday.",
        [(("MOBILIZE", "ASSAULT"), "ISR", "LBN", "opt")],
        "2006-08-10",
    ),
    # a measure under review or study is weighed, not taken
    (
        "WASHINGTON, Feb 2 (Reuters) - The State Department said on Tuesday it was reviewing sanctions against the Myanmar military.",
        [],
        "2021-02-03",
    ),
    # a promised response in the words of retaliation ("at the time and place of its
    # choosing", "decisively"), also in a relative clause on the aggression it answers
    (
        "ISLAMABAD, Feb 26 (Reuters) - Indian jets struck a militant camp in Pakistan on Tuesday.\n\n"
        '"This is an act of aggression to which Pakistan will respond at a time and place of its choosing," Foreign Minister Shah Mahmood Qureshi said.',
        [("ASSAULT", "IND", "PAK"), ("THREATEN", "PAK", "IND"), ("ACCUSE", "PAK", "IND", "opt")],
        "2019-02-26",
    ),
    (
        "TEHRAN, Jan 3 (Reuters) - Iran will respond decisively, Foreign Minister Mohammad Javad Zarif said on Friday.",
        [("THREATEN", "IRN", None)],
        "2020-01-03",
    ),
]

BOOK = ArticleBook(ARTICLES, EVENT_XFAILS, ARTICLE_XFAILS)


@pytest.mark.parametrize(("name", "spec"), BOOK.event_params())
def test_articles3_event_found(code, name, spec):
    BOOK.check_found(code, name, spec)


@pytest.mark.parametrize("name", BOOK.article_params())
def test_articles3_no_extra_event(code, name):
    BOOK.check_no_extra(code, name)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_articles3_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
