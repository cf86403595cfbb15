# ruff: noqa: E501  (the articles are kept whole, one paragraph per line)
"""Whole wire articles, second round: seven more conflicts, coded whole.

Seven articles written for this file in the register of the international agencies
(dateline first, quotes, a background paragraph, later retellings of the lead's event
by noun: "the deal", "Tuesday's agreement", "Saturday's accord", "the raids", "the
bombing"), with office-holders of the time: Yemen's Stockholm agreement on Hodeidah
(Dec 2018), the Iran nuclear deal in Vienna (July 2015), the US-Taliban Doha agreement
(Feb 2020), NATO's air campaign over Kosovo (April 1999), the Berlin conference on Libya
(Jan 2020), the Aleppo evacuation deal (Dec 2016) and France's intervention in Mali
(Jan 2013). Every countable event was annotated (types, source country, target country)
from shared/PLOVER.md and eval/README.md BEFORE the coder was run; "opt" marks an
incidental event a reasonable coder may code either way. Measured as
tests/test_breadth_articles.py: one case per gold event, one per article for extras.

Event-level measure (31 gold events, opt ones aside; precision over coded countable
events that match a gold event or none; events matching only an opt one left out):

- first run, before any fix made for this file: recall 23/31 (0.742), precision 28/53
  (0.528), F1 0.617; 0/7 articles free of extra events. Three of the 23 were found
  only by accident (Yemen's ceasefire AGREE by the deal's future "will hand over the
  port", Iran's deal by "will ... accept inspections", Libya's "both had agreed" by
  "Ankara would keep backing Tripoli"). The 8 misses by cause: null side 4 ("The
  Saudi-backed government" in a Yemen story, so "both sides" after it; "coalition
  warplanes" after "the Saudi-led coalition"; "the negotiators"; "civilians" killed in
  Aleppo), wrong country 2 (Yeltsin "condemned the bombing" and "warned" aimed at
  Milosevic, not NATO), no event 2 ("X told the Security Council that forces had
  halted military operations"; "Traore thanked France for its swift intervention").
  The 25 extra events by cause: a gold or opt event coded again or alone with a null or
  wrong side 17 (three of them retellings by noun: "the raids had killed", "during the
  talks", "breaching a truce"), intent, plans and quoted demands 5 ("would work
  together", "vowing that France would stay", the deal's content "to evacuate" 2, a
  quote's "withdraw his forces"), the speaker "residents" as attacker 1, background in
  an "after" clause 1 ("NATO launched the campaign after Milosevic rejected a plan"),
  other type 1 ("agreed to respect a U.N. arms embargo" as THREATEN).
- after the fixes: recall 28/31 (0.903), precision 38/51 (0.745), F1 0.817; extra
  events 25 -> 13; 2/7 articles free of extras (Yemen, Doha). Libya's "both had
  agreed" is still found only by accident (by "Ankara would keep backing Tripoli" and
  by "World leaders agreed", whose leaders take Libya's country). Fixed (general, each
  with FIXES texts): a referring noun that names its kind of act ("condemned the
  bombing") means the last such act reported, and a bare definite attack noun with no
  attacker of its own ("the raids had killed 10 civilians") retells the article's last
  attack with its sides; "accused the alliance of aggression": the "of" phrase is the
  charge, "the alliance" the organisation named before; a later "the coalition" or
  "coalition warplanes" is the "X-led coalition" named before; a country named only as
  a patron ("the Saudi-backed government") is not the sentence's home; a participle
  hung on a parenthetical "..., residents said" is the report itself or the reported
  subject's act, not the residents'; halting military operations is
  RETREAT ceasefire; an uncatalogued person named in full with a state's title
  registers the later bare surname ("Traore thanked France"); "Yemen's warring parties
  agreed" is between that state's sides; a bare "the talks" that only dates another act
  ("during the talks") is no new CONSULT; the to-infinitive after a deal noun ("agreed
  to a deal to evacuate fighters") is the deal's terms; agreeing to respect an embargo
  is AGREE, not a threat; the same side's act of the same kind told again in a
  sentence with no target ("..., breaching a truce") is the act already coded. The 13
  extras left: a gold event with a null or wrong side 9,
  intent and a quote's demand 3, background in an "after" clause 1. Remaining misses
  and every article's extras are strict xfails with their cause.
"""

from __future__ import annotations

import pytest

from conftest import ArticleBook, show
from conftest import phrasebook_problems as _problems

# (name, pub date, text, [(types, source, target[, "opt"]), ...])
ARTICLES = [
    (
        "yemen-2018",
        "2018-12-14",
        "RIMBO, Sweden, Dec 13 (Reuters) - Yemen's warring parties agreed on Thursday to a ceasefire in the port city of Hodeidah and to a withdrawal of their forces from the city, U.N. Secretary-General Antonio Guterres said at the close of a week of peace talks in Sweden.\n\n"
        "The Saudi-backed government and the Iran-aligned Houthi movement also agreed to exchange some 15,000 prisoners, U.N. envoy Martin Griffiths told reporters.\n\n"
        "Guterres shook hands with Yemeni Foreign Minister Khaled al-Yamani and Houthi negotiator Mohammed Abdulsalam after the closing ceremony.\n\n"
        '"This is a real step forward," Guterres said. He urged both sides to implement the Hodeidah agreement without delay.\n\n'
        "Under the deal, the Houthis will hand over the port to local forces supervised by the United Nations.\n\n"
        "Abdulsalam praised the Swedish hosts but accused the Saudi-led coalition of continuing air strikes on Houthi-held areas during the talks.\n\n"
        "Fighting flared on the outskirts of Hodeidah on Thursday, residents said, as coalition warplanes struck Houthi positions east of the city.\n\n"
        "The Saudi-led coalition intervened in Yemen in March 2015 to restore President Abd-Rabbu Mansour Hadi's government, which the Houthis had ousted from the capital Sanaa in late 2014.",
        [
            (("AGREE", "RETREAT"), "YEM", "YEM"),
            ("CONSULT", "YEM", "YEM", "opt"),
            ("CONSULT", "IGO", "YEM", "opt"),
            ("AGREE", "YEM", "YEM"),
            ("REQUEST", "IGO", "YEM"),
            ("SUPPORT", "YEM", "SWE"),
            ("ACCUSE", "YEM", "SAU"),
            ("ASSAULT", "SAU", "YEM"),
        ],
    ),
    (
        "iran-2015",
        "2015-07-14",
        "VIENNA, July 14 (Reuters) - Iran and six world powers reached a landmark agreement on Tuesday to curb Tehran's nuclear programme in return for the lifting of international sanctions, ending more than a decade of confrontation.\n\n"
        "The deal was announced by EU foreign policy chief Federica Mogherini and Iranian Foreign Minister Mohammad Javad Zarif at a news conference in Vienna after 17 days of talks.\n\n"
        '"This is a historic moment," Zarif said. "We are reaching an agreement that is not perfect for anybody, but it is what we could accomplish."\n\n'
        "U.S. President Barack Obama hailed the accord in a televised address from the White House and said he would veto any legislation in Congress that tried to block it.\n\n"
        'Israeli Prime Minister Benjamin Netanyahu denounced Tuesday\'s agreement as "a historic mistake" and said Israel was not bound by it.\n\n'
        "Iranian President Hassan Rouhani praised the negotiators and said the deal opened a new chapter in relations with the world.\n\n"
        "Under the agreement, Iran will reduce its stockpile of enriched uranium and accept inspections by the International Atomic Energy Agency. The U.N. Security Council is expected to endorse the deal next week.\n\n"
        "Western powers have long suspected Iran of seeking a nuclear weapons capability, a charge Tehran denies.",
        [
            ("AGREE", "IRN", None),
            ("CONSULT", "IRN", None, "opt"),
            ("SUPPORT", "USA", None, "opt"),
            ("THREATEN", "USA", "USA", "opt"),
            ("ACCUSE", "ISR", None),
            ("REJECT", "ISR", None, "opt"),
            ("SUPPORT", "IRN", "IRN"),
        ],
    ),
    (
        "doha-2020",
        "2020-02-29",
        "DOHA, Feb 29 (Reuters) - The United States signed an agreement with the Taliban on Saturday that could pave the way for a full withdrawal of American troops from Afghanistan within 14 months, after more than 18 years of war.\n\n"
        "U.S. special envoy Zalmay Khalilzad and Taliban political chief Mullah Abdul Ghani Baradar signed the deal at a luxury hotel in the Qatari capital, in the presence of U.S. Secretary of State Mike Pompeo.\n\n"
        "Under Saturday's accord, the Taliban pledged not to allow militant groups such as al Qaeda to use Afghan soil to threaten the United States and its allies.\n\n"
        "Pompeo met Baradar before the ceremony and urged the Taliban to keep their promises on reducing violence, a State Department spokeswoman said.\n\n"
        "In Kabul, President Ashraf Ghani said his government had made no commitment to release 5,000 Taliban prisoners, a key condition of the agreement.\n\n"
        "NATO Secretary-General Jens Stoltenberg welcomed the signing and said the alliance would reduce its forces in Afghanistan.\n\n"
        "Taliban fighters attacked an army checkpoint in Helmand province hours before the ceremony, killing three soldiers, a provincial official said.\n\n"
        "The United States invaded Afghanistan in October 2001, weeks after the Sept. 11 attacks on New York and Washington.",
        [
            ("AGREE", "USA", "AFG"),
            ("AGREE", "AFG", "USA", "opt"),
            ("CONSULT", "USA", "AFG"),
            ("REQUEST", "USA", "AFG"),
            ("REJECT", "AFG", None, "opt"),
            ("SUPPORT", "IGO", None, "opt"),
            ("ASSAULT", "AFG", "AFG"),
        ],
    ),
    (
        "kosovo-1999",
        "1999-04-06",
        "BRUSSELS, April 6 (Reuters) - NATO warplanes struck army barracks, bridges and fuel depots across Yugoslavia overnight in the heaviest raids since the alliance began its air campaign on March 24, NATO spokesman Jamie Shea said on Tuesday.\n\n"
        "The alliance rejected a unilateral ceasefire declared by Belgrade for the Orthodox Easter holiday, calling it a ploy to consolidate Serb control of Kosovo.\n\n"
        '"President Milosevic knows what he has to do: stop the killing, withdraw his forces and let the refugees return," NATO Secretary-General Javier Solana told reporters.\n\n'
        "Yugoslav President Slobodan Milosevic accused NATO of aggression against a sovereign country, and Serbian state television said the raids had killed at least 10 civilians.\n\n"
        "In Moscow, Russian President Boris Yeltsin condemned the bombing and warned that Russia might be drawn into the conflict.\n\n"
        "Tens of thousands of ethnic Albanians have fled Kosovo into Albania and Macedonia in the past week, and refugees said Serb police had expelled them from their homes at gunpoint.\n\n"
        "Kosovo Albanian leader Ibrahim Rugova met Milosevic in Belgrade last week, a meeting Western officials said had been staged.\n\n"
        "NATO launched the campaign after Milosevic rejected a peace plan for Kosovo at talks in Rambouillet, France.",
        [
            ("ASSAULT", "IGO", "SRB"),
            ("REJECT", "IGO", "SRB"),
            ("RETREAT", "SRB", None, "opt"),
            ("REQUEST", "IGO", "SRB", "opt"),
            ("ACCUSE", "SRB", "IGO"),
            ("ACCUSE", "RUS", "IGO"),
            ("THREATEN", "RUS", "IGO"),
            (("COERCE", "ASSAULT"), "SRB", None),
            ("CONSULT", "XKX", "SRB", "opt"),
        ],
    ),
    (
        "libya-2020",
        "2020-01-20",
        "BERLIN, Jan 19 (Reuters) - World leaders agreed at a summit in Berlin on Sunday to respect a U.N. arms embargo on Libya and to stop interfering in its civil war, German Chancellor Angela Merkel said.\n\n"
        "The leaders of Russia, Turkey, France, Egypt and the United Arab Emirates, all of whom back one side or the other, signed a final communique committing them to a lasting ceasefire.\n\n"
        "Merkel said she had held separate talks with Libyan Prime Minister Fayez al-Serraj and eastern commander Khalifa Haftar, and both had agreed to name members of a military committee to negotiate a permanent truce.\n\n"
        "Haftar's forces shelled the southern outskirts of Tripoli on Sunday, residents said, breaching a truce that took effect a week ago.\n\n"
        "Serraj accused Haftar of trying to seize power by force and urged the international community to send a protection force to Libya.\n\n"
        "Turkish President Tayyip Erdogan, who sent troops to support Serraj's government this month, said Ankara would keep backing Tripoli.\n\n"
        "Haftar's Libyan National Army launched an offensive on Tripoli in April 2019.",
        [
            ("AGREE", None, "LBY", "opt"),
            ("AGREE", "RUS", None, "opt"),
            ("AGREE", "TUR", None, "opt"),
            ("AGREE", "FRA", None, "opt"),
            ("AGREE", "EGY", None, "opt"),
            ("AGREE", "ARE", None, "opt"),
            ("CONSULT", "DEU", "LBY"),
            ("AGREE", "LBY", None),
            ("ASSAULT", "LBY", "LBY"),
            ("ACCUSE", "LBY", "LBY"),
            ("REQUEST", "LBY", None),
            (("MOBILIZE", "AID"), "TUR", "LBY", "opt"),
            ("SUPPORT", "TUR", "LBY", "opt"),
        ],
    ),
    (
        "aleppo-2016",
        "2016-12-14",
        "BEIRUT/ANKARA, Dec 13 (Reuters) - Syrian rebels agreed on Tuesday to a Russian-brokered deal to evacuate fighters and civilians from their last enclave in eastern Aleppo, a rebel official said, a move that would end years of fighting for the city.\n\n"
        "The deal was reached in talks between Russian military officials and rebel representatives in Ankara, Turkish officials said.\n\n"
        "Turkish Foreign Minister Mevlut Cavusoglu said Turkey and Russia would work together to ensure that the evacuation went smoothly.\n\n"
        "Russia's U.N. ambassador Vitaly Churkin told the Security Council that Syrian government forces had halted military operations in eastern Aleppo and that the rebels would leave within hours.\n\n"
        "The Syrian army and its allies captured more than 90 percent of the rebel-held districts in an offensive launched last month.\n\n"
        "U.N. human rights spokesman Rupert Colville said pro-government forces had killed at least 82 civilians in their homes in the final stage of the assault.\n\n"
        '"The world must not look away," U.S. Ambassador Samantha Power told the council, accusing Russia, Syria and Iran of tightening "a noose" around civilians.\n\n'
        "Churkin rejected the charge, saying the allegations were not supported by evidence.\n\n"
        "President Bashar al-Assad's forces have been backed by Russian air power since September 2015.",
        [
            ("AGREE", "SYR", None),
            ("CONSULT", "RUS", "SYR"),
            ("RETREAT", "SYR", "SYR"),
            (("ASSAULT", "COERCE"), "SYR", "SYR", "opt"),
            ("ASSAULT", "SYR", "SYR"),
            ("ACCUSE", "IGO", "SYR", "opt"),
            ("ACCUSE", "USA", "RUS"),
            ("ACCUSE", "USA", "SYR", "opt"),
            ("ACCUSE", "USA", "IRN", "opt"),
            ("REJECT", "RUS", "USA", "opt"),
        ],
    ),
    (
        "mali-2013",
        "2013-01-12",
        "BAMAKO, Jan 12 (Reuters) - French warplanes bombed Islamist rebel positions in central Mali on Saturday, helping Malian troops drive the militants back from the town of Konna in a second day of air strikes, French Foreign Minister Laurent Fabius said.\n\n"
        "France launched the operation on Friday at the request of Mali's interim President Dioncounda Traore after the rebels seized Konna and threatened to advance on the capital Bamako.\n\n"
        "A French helicopter pilot was killed during the fighting, Defence Minister Jean-Yves Le Drian told reporters in Paris.\n\n"
        '"The terrorists will not win," President Francois Hollande said, vowing that France would stay in Mali for as long as necessary.\n\n'
        "Traore thanked France for its swift intervention and declared a state of emergency across the country.\n\n"
        "The West African bloc ECOWAS authorised the immediate deployment of troops to Mali, and Nigeria said it would send 600 soldiers.\n\n"
        "U.S. officials said Washington was considering providing intelligence and logistical support to the French.\n\n"
        "Islamist groups including Ansar Dine and al Qaeda's North African wing seized control of northern Mali in April after a military coup in Bamako.",
        [
            ("ASSAULT", "FRA", "MLI"),
            ("ASSAULT", "MLI", "MLI", "opt"),
            ("REQUEST", "MLI", "FRA", "opt"),
            ("THREATEN", "MLI", "MLI", "opt"),
            ("ASSAULT", None, "FRA", "opt"),
            ("ASSAULT", "MLI", "FRA", "opt"),
            ("SUPPORT", "MLI", "FRA"),
            (("COERCE", "MOBILIZE"), "MLI", "MLI", "opt"),
            (("AID", "MOBILIZE", "COOPERATE"), "IGO", "MLI", "opt"),
        ],
    ),
]

# (article, index in its gold list) -> why the event is still missed
EVENT_XFAILS: dict[tuple[str, int], str] = {
    (
        "iran-2015",
        6,
    ): "null side: 'Rouhani praised the negotiators' (his own country's, unnamed) has no target",
    (
        "aleppo-2016",
        2,
    ): "null side: 'forces had halted military operations in eastern Aleppo and that the rebels would leave' loses the place target when a second that-clause follows",
    (
        "aleppo-2016",
        4,
    ): "null side: civilians killed 'in their homes' by pro-government forces, in a sentence naming no place, get no country",
}

# article -> its extra events still coded
ARTICLE_XFAILS: dict[str, str] = {
    "iran-2015": "extra: 'said he would veto any legislation' THREATEN with no target; 'praised the negotiators' SUPPORT with no target",
    "kosovo-1999": "extra: the quote's demand 'withdraw his forces' coded as RETREAT; the background 'NATO launched the campaign after Milosevic rejected a peace plan' (an 'after' clause of the campaign's start) coded as REJECT",
    "libya-2020": "extra: the relative clause 'who sent troops ... this month' MOBILIZE with no target",
    "aleppo-2016": "extra: 'The deal was reached in talks between Russian military officials and rebel representatives' (a retelling; the rebels given Russia); the plan 'would work together'; the RETREAT and the killing of civilians with null targets",
    "mali-2013": "extra: 'after the rebels seized Konna and threatened to advance' with no country for the rebels (no group named, two countries in the sentence); the vow 'that France would stay in Mali' as AGREE; ECOWAS 'authorised the deployment of troops to Mali' with no target",
}

# single texts written after the fixes, one or two per cause fixed (phrasebook format)
FIXES: list[tuple[str, list[tuple], str | None]] = [
    # a referring noun that names its kind of act ("condemned the bombing") means the last
    # such act reported, not whatever was reported last (a protest at it)
    (
        "BELGRADE, April 7 (Reuters) - NATO missiles hit a power plant near Belgrade overnight.\n\n"
        "Yugoslav President Slobodan Milosevic accused NATO of aggression. In Moscow, Russian President Boris Yeltsin condemned the bombing.",
        [("ASSAULT", "IGO", "SRB"), ("ACCUSE", "SRB", "IGO"), ("ACCUSE", "RUS", "IGO")],
        "1999-04-07",
    ),
    (
        "KYIV, Oct 10 (Reuters) - Russian missiles struck energy facilities across Ukraine on Monday.\n\n"
        "Ukrainian President Volodymyr Zelenskiy accused Moscow of terrorism. The European Union denounced the strikes as barbaric.",
        [
            ("ASSAULT", "RUS", "UKR"),
            ("ACCUSE", "UKR", "RUS"),
            ("ACCUSE", "IGO", "RUS"),
        ],
        "2022-10-10",
    ),
    # "accused the alliance of aggression": the "of" phrase is the charge, so "the
    # alliance" is still the organisation named before (not "aggression" its members)
    (
        "BRUSSELS, March 25 (Reuters) - NATO aircraft attacked Serb air defences for a second night on Thursday.\n\n"
        "Belgrade accused the alliance of aggression against a sovereign state.",
        [("ASSAULT", "IGO", "SRB"), ("ACCUSE", "SRB", "IGO")],
        "1999-03-25",
    ),
    # a later "the coalition" or "coalition warplanes" is the coalition the article
    # named by its leader ("the Saudi-led coalition"), also in a background sentence
    (
        "SANAA, Aug 9 (Reuters) - The Houthis accused the Saudi-led coalition of killing civilians in Saada province.\n\n"
        "Coalition warplanes struck Houthi positions near the border on Thursday, residents said.",
        [("ACCUSE", "YEM", "SAU"), ("ASSAULT", "SAU", "YEM"), ("ASSAULT", "SAU", None, "opt")],
        "2018-08-09",
    ),
    (
        "ADEN, Jan 4 (Reuters) - The Saudi-led coalition intervened in Yemen in March 2015 to restore the government.\n\n"
        "The coalition bombed a Houthi weapons depot in Sanaa on Friday.",
        [("ASSAULT", "SAU", "YEM")],
        "2019-01-04",
    ),
    # a country named only as a patron ("the Saudi-backed government") is not the
    # sentence's home, so it does not keep the unnamed government from its own country
    (
        "ADEN, March 2 (Reuters) - The Saudi-backed government and the Houthi movement agreed on Saturday to exchange bodies of fighters killed in Taiz.",
        [("AGREE", "YEM", "YEM")],
        "2019-03-02",
    ),
    (
        "The Iran-backed Houthis and the Saudi-backed government swapped more than 800 prisoners on Friday.",
        [(("RETREAT", "AGREE", "COOPERATE"), "YEM", "YEM")],
        None,
    ),
    # a participle the parser hangs on a parenthetical "..., residents said": the report
    # itself ("Fighting flared ..., residents said") is no one's act, and one after it is
    # the reported clause's subject's, not the residents'
    (
        "SANAA, Nov 7 (Reuters) - Fighting flared on the outskirts of Hodeidah on Thursday, residents said.",
        [],
        "2018-11-07",
    ),
    (
        "GAZA, Aug 20 (Reuters) - Israeli jets struck a house in Gaza City on Sunday, Palestinian residents said, breaching a truce that took effect on Friday.",
        [("ASSAULT", "ISR", "PSE"), ("ASSAULT", "ISR", None, "opt")],
        "2014-08-20",
    ),
    # the same side's act of the same kind told again in the sentence with no target
    # ("..., breaching a truce") is the act already coded with its target
    (
        "TRIPOLI, Jan 12 (Reuters) - Haftar's forces shelled the southern outskirts of Tripoli on Sunday, residents said, breaching a truce that took effect at midnight.",
        [("ASSAULT", "LBY", "LBY")],
        "2020-01-12",
    ),
    # halting military operations is a pause in force (RETREAT), as is
    # halting attacks; a firm's halted operations are no event
    (
        "BOGOTA, Jan 5 (Reuters) - Colombia halted military operations against the ELN rebels on Friday.",
        [("RETREAT", "COL", "COL")],
        "2018-01-05",
    ),
    (
        "LAGOS, May 3 (Reuters) - Shell halted operations in the Niger Delta after an attack on a pipeline.",
        [("ASSAULT", None, "NGA", "opt")],
        "2016-05-03",
    ),
    # a person the dictionaries do not know, named in full with a state's title: a later
    # bare surname is that state's
    (
        "BAMAKO, Jan 14 (Reuters) - Mali's interim President Dioncounda Traore met the French ambassador on Monday.\n\n"
        "Traore thanked France for sending troops to fight the Islamist rebels.",
        [
            ("CONSULT", "MLI", "FRA"),
            ("SUPPORT", "MLI", "FRA"),
            ("MOBILIZE", "FRA", None, "opt"),
            ("MOBILIZE", "FRA", "MLI", "opt"),
        ],
        "2013-01-14",
    ),
    # "Sudan's warring parties agreed ...": a symmetric act between one state's sides
    (
        "JEDDAH, May 21 (Reuters) - Sudan's warring parties agreed on Saturday to a seven-day ceasefire.",
        [(("AGREE", "RETREAT"), "SDN", "SDN")],
        "2023-05-21",
    ),
    (
        "Libya's rival factions held talks in Geneva on Monday on unifying the country's institutions.",
        [("CONSULT", "LBY", "LBY")],
        None,
    ),
    # a bare definite event noun that only dates another act ("during the talks") is
    # the event told before, not a new one with a null side
    (
        "STOCKHOLM, Dec 10 (Reuters) - Yemen's warring parties held a second day of talks in Sweden on Friday.\n\n"
        "Houthi negotiator Mohammed Abdulsalam praised the Swedish hosts but accused the Saudi-led coalition of continuing air strikes during the talks.",
        [
            ("CONSULT", "YEM", "YEM"),
            ("SUPPORT", "YEM", "SWE"),
            ("ACCUSE", "YEM", "SAU"),
            ("ASSAULT", "SAU", None, "opt"),
        ],
        "2018-12-10",
    ),
    # a to-infinitive the parser hangs on the verb right after a deal noun is the deal's
    # terms ("agreed to a deal to evacuate"), not an act done
    (
        "ANKARA, Dec 13 (Reuters) - Syrian rebels agreed on Tuesday to a Russian-brokered deal to evacuate fighters and civilians from eastern Aleppo.",
        [("AGREE", "SYR", None), ("CONSULT", "RUS", "SYR", "opt")],
        "2016-12-13",
    ),
    # agreeing to respect (honour, abide by) an embargo is an agreement to keep to it,
    # not a threat to impose one
    (
        "BERLIN, Jan 19 (Reuters) - Turkey and Russia agreed on Sunday to respect the U.N. arms embargo on Libya.",
        [("AGREE", "TUR", "RUS")],
        "2020-01-19",
    ),
    # a bare definite attack noun that is the subject of a killing retells the article's
    # last attack: its attacker, not an unknown one
    (
        "GAZA, May 11 (Reuters) - Israeli warplanes struck targets in the Gaza Strip on Tuesday.\n\n"
        "Palestinian health officials said the raids had killed at least 20 people.",
        [("ASSAULT", "ISR", "PSE")],
        "2021-05-11",
    ),
]

BOOK = ArticleBook(ARTICLES, EVENT_XFAILS, ARTICLE_XFAILS)


@pytest.mark.parametrize(("name", "spec"), BOOK.event_params())
def test_articles2_event_found(code, name, spec):
    BOOK.check_found(code, name, spec)


@pytest.mark.parametrize("name", BOOK.article_params())
def test_articles2_no_extra_event(code, name):
    BOOK.check_no_extra(code, name)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_articles2_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
