# ruff: noqa: E501  (the articles are kept whole, one paragraph per line)
"""Whole wire articles, sixth round: do the earlier rounds' fixes hold on new articles?

Five articles written for this file in the agencies' register, on conflicts and eras the
first five rounds (tests/test_breadth_articles.py ... _articles5.py) did not use: the
Algiers ceasefire between Ethiopia and Eritrea (June 2000), the Accra peace deal for
Liberia (Aug 2003), the Bangsamoro agreement between Manila and the MILF (March 2014), the
Thai-Cambodian clashes at Preah Vihear (Feb 2011) and Mozambique's peace accord with Renamo
(Aug 2019), with office-holders of the time (checked with /tmp/c.py: Haile Woldensae,
Kabineh Janneh, Murad Ebrahim, Ossufo Momade and the Bangsamoro Islamic Freedom Fighters
are not catalogued, so only a title or demonym in the text gives them a country). Every
countable event was annotated (types, source country, target country; "opt" for
incidental ones) from shared/PLOVER.md and eval/README.md BEFORE the coder was run.
Measured as before: one case per gold event, one per article for extras
(/tmp/art6_measure.py).

Event-level measure (24 gold events, opt ones aside; precision over coded countable
events that match a gold event or none; events matching only an opt one left out):

- first run, before any fix made for this file: recall 19/24 (0.792), precision 21/37
  (0.568), F1 0.661; 1/5 articles free of extra events (Preah Vihear). The 5 misses by
  cause: null or wrong side 4 ("Aquino thanked Malaysia" with the bare surname not
  resolved after "President Benigno Aquino"; Guterres "congratulated the two leaders"
  given the two heads of state who attended; the splinter group "rejected the deal and
  accused Momade" with no target 2), no event 1 ("The agreement was criticised by a
  breakaway group"). The 16 extra events by cause: a gold or opt event told again or
  alone with a null or wrong side 8 (the charge's "of bombing the port" with no
  attacker, "a major offensive in May that pushed Eritrean forces out" with no target,
  "who mediated the talks for ... ECOWAS" aimed at ECOWAS, the thanks, the
  congratulations 2, the rejection, the accusation), a deal's terms and plans 3 ("Under
  the accord, Ethiopian troops will withdraw ... a U.N. force will patrol" 2, "would
  begin pulling its troops back"), another type 2 (the lead's participle "ending a
  rebellion" as RETREAT both ways), background 2 ("an earlier deal collapsed in 2008
  when the Supreme Court blocked it", "Renamo fought a 16-year civil war ... that ended
  in 1992"), a state of affairs 1 ("Fighting in Monrovia eased" as an attack).
- after the fixes: recall 22/24 (0.917), precision 25/34 (0.735), F1 0.816; extra events
  16 -> 9; 1/5 articles free of extras (Preah Vihear). Fixed (general, each with FIXES
  texts): a generational suffix ("Benigno Aquino III", "Jr.") is not the surname a later
  bare "Aquino" is remembered by; an uncatalogued man named in apposition to a post ("the
  leader of the former rebel movement Renamo, Ossufo Momade") registers his later bare
  surname with the post's country; a deal both of whose parties are of one state,
  rejected or criticised by a faction of one of them, is aimed at the other party; an end
  to fighting told as what a signed deal does ("signed a peace agreement, ending a
  rebellion") is the deal's effect, no RETREAT of each side; a deal's future terms
  ("Under the accord, Ethiopian troops will withdraw ...") are a side's promise to the
  other side, and an outsider's term ("a U.N. peacekeeping force will patrol") no one's
  promise. Tried and dropped: fighting that "eased"/"subsided" as no attack (the
  article's ASSAULT does not come from the noun reading; not found in time). Left
  (strict xfails with cause): 2 misses (a passive criticism by an uncatalogued group;
  "the two leaders" resolved to the wrong pair), 9 extras in 4 articles: a gold event
  told again with a null or wrong side 5, background 2, a plan 1, a lull as an attack 1.
"""

from __future__ import annotations

import pytest

from conftest import ArticleBook, show
from conftest import phrasebook_problems as _problems

# (name, pub date, text, [(types, source, target[, "opt"]), ...])
ARTICLES = [
    (
        "ethiopia-eritrea-2000",
        "2000-06-18",
        "ALGIERS, June 18 (Reuters) - Ethiopia and Eritrea signed an agreement in Algiers on Sunday to end their two-year border war, halting fighting that has killed tens of thousands of soldiers.\n\n"
        "Ethiopian Foreign Minister Seyoum Mesfin and his Eritrean counterpart Haile Woldensae signed the ceasefire accord in the presence of Algerian President Abdelaziz Bouteflika, who chairs the Organisation of African Unity.\n\n"
        "Under the accord, Ethiopian troops will withdraw to the positions they held before the war began in May 1998, and a U.N. peacekeeping force will patrol a buffer zone inside Eritrea.\n\n"
        '"This agreement opens a new page for the peoples of our two countries," Seyoum told reporters after the ceremony.\n\n'
        "Eritrea accused Ethiopia last week of bombing the port of Assab despite the talks, a charge Addis Ababa denied.\n\n"
        "U.N. Secretary-General Kofi Annan welcomed Sunday's agreement and urged both sides to implement it quickly.\n\n"
        "Ethiopia launched a major offensive in May that pushed Eritrean forces out of much of the disputed western border area.\n\n"
        "The war broke out in 1998 over the town of Badme and has displaced more than a million people.\n\n"
        "Prime Minister Meles Zenawi's government said on Sunday it would begin pulling its troops back once the peacekeepers deploy.",
        [
            (("AGREE", "RETREAT"), "ETH", "ERI"),
            ("ACCUSE", "ERI", "ETH", "opt"),
            ("ASSAULT", "ETH", "ERI", "opt"),
            ("REJECT", "ETH", "ERI", "opt"),
            ("SUPPORT", "IGO", None),
            ("REQUEST", "IGO", "ETH"),
            ("REQUEST", "IGO", "ERI"),
        ],
    ),
    (
        "liberia-2003",
        "2003-08-18",
        "ACCRA, Aug 18 (Reuters) - Liberia's government and two rebel groups signed a peace agreement in the Ghanaian capital on Monday to end 14 years of civil war, a week after President Charles Taylor stepped down and went into exile in Nigeria.\n\n"
        "The deal, signed by envoys of Taylor's successor Moses Blah and by the rebel groups Liberians United for Reconciliation and Democracy (LURD) and the Movement for Democracy in Liberia (MODEL), provides for a transitional government to take office in October.\n\n"
        "Former Nigerian leader Abdulsalami Abubakar, who mediated the talks for the West African bloc ECOWAS, said the parties had also agreed to disarm under the supervision of U.N. peacekeepers.\n\n"
        '"The war is over. Today we choose peace," LURD\'s chief negotiator Kabineh Janneh told reporters.\n\n'
        "Ghana's President John Kufuor hosted the ceremony and urged the Liberian factions to respect the ceasefire they signed in June.\n\n"
        "Fighting in Monrovia eased on Monday, a day after the rebels withdrew from the city's port and handed it to Nigerian peacekeepers.\n\n"
        "The United States, which has some 200 Marines on warships off the coast, welcomed the agreement.\n\n"
        "More than 200,000 people have been killed since Taylor launched a rebellion in 1989.",
        [
            ("AGREE", "LBR", "LBR"),
            (("CONCEDE", "RETREAT"), "LBR", None, "opt"),
            ("CONSULT", "NGA", "LBR", "opt"),
            ("CONSULT", "GHA", "LBR", "opt"),
            ("REQUEST", "GHA", "LBR"),
            ("RETREAT", "LBR", None, "opt"),
            ("SUPPORT", "USA", None),
        ],
    ),
    (
        "bangsamoro-2014",
        "2014-03-27",
        "MANILA, March 27 (Reuters) - The Philippine government and the Moro Islamic Liberation Front signed a final peace agreement on Thursday, ending a rebellion in the south that has killed more than 120,000 people over four decades.\n\n"
        "President Benigno Aquino and MILF chairman Murad Ebrahim shook hands at the presidential palace after the signing, watched by Malaysian Prime Minister Najib Razak, whose government brokered the talks.\n\n"
        "Under the deal, the rebels will gradually hand over their weapons to a third party, and a new autonomous region called Bangsamoro will replace the existing one by 2016.\n\n"
        '"This is the start of a new chapter," Murad told thousands of supporters who had travelled to Manila for the ceremony.\n\n'
        "Aquino thanked Malaysia for its help and said his government would send a bill creating the region to Congress within weeks.\n\n"
        "The agreement was criticised by a breakaway group, the Bangsamoro Islamic Freedom Fighters, which vowed to keep fighting.\n\n"
        "The United States and the European Union welcomed the accord.\n\n"
        "The MILF split from the Moro National Liberation Front in 1978, and an earlier deal collapsed in 2008 when the Supreme Court blocked it.",
        [
            ("AGREE", "PHL", "PHL"),
            ("CONSULT", "PHL", "PHL", "opt"),
            (("CONSULT", "COOPERATE"), "MYS", "PHL", "opt"),
            ("SUPPORT", "PHL", "MYS"),
            ("ACCUSE", None, "PHL"),
            ("THREATEN", None, "PHL", "opt"),
            ("SUPPORT", "USA", None),
            ("SUPPORT", "IGO", None),
        ],
    ),
    (
        "preah-vihear-2011",
        "2011-02-07",
        "PHNOM PENH, Feb 7 (Reuters) - Thai and Cambodian troops exchanged artillery fire near the disputed Preah Vihear temple for a fourth day on Monday, killing at least one Cambodian soldier, officials said.\n\n"
        "Cambodian Prime Minister Hun Sen accused Thailand of invading Cambodian territory and called on the U.N. Security Council to send peacekeepers to the border.\n\n"
        "Thai Prime Minister Abhisit Vejjajiva rejected the charge, saying Thai soldiers had only returned fire after Cambodian forces shelled a Thai village.\n\n"
        '"Thailand does not want war, but we will defend our sovereignty," Abhisit told reporters in Bangkok.\n\n'
        "The clashes, the worst in years, have forced thousands of villagers on both sides of the border to flee.\n\n"
        "Indonesian Foreign Minister Marty Natalegawa, whose country chairs ASEAN, flew to Phnom Penh on Monday and met Hun Sen.\n\n"
        "He urged both sides to hold their fire and said he would travel to Bangkok on Tuesday.\n\n"
        "The International Court of Justice awarded the 900-year-old temple to Cambodia in 1962, but the land around it is still claimed by both countries.",
        [
            ("ASSAULT", "THA", "KHM"),
            ("ASSAULT", "KHM", "THA"),
            ("ACCUSE", "KHM", "THA"),
            ("REQUEST", "KHM", "IGO"),
            ("REJECT", "THA", "KHM"),
            ("THREATEN", "THA", "KHM", "opt"),
            ("CONSULT", "IDN", "KHM"),
            ("REQUEST", "IDN", "THA"),
            ("REQUEST", "IDN", "KHM"),
        ],
    ),
    (
        "mozambique-2019",
        "2019-08-06",
        "MAPUTO, Aug 6 (Reuters) - Mozambique's President Filipe Nyusi and the leader of the former rebel movement Renamo, Ossufo Momade, signed a peace agreement in Maputo on Tuesday, formally ending decades of hostilities ahead of elections in October.\n\n"
        "The deal, signed at the city's Peace Square in front of several African heads of state, follows a permanent ceasefire the two leaders agreed in the remote Gorongosa mountains last week.\n\n"
        "Under the accord, Renamo fighters will hand in their weapons and be absorbed into the army and police.\n\n"
        '"Never again will Mozambicans take up arms against each other," Nyusi told the crowd.\n\n'
        "Momade said Renamo would take part in the October vote as a political party.\n\n"
        "South African President Cyril Ramaphosa and Rwandan President Paul Kagame attended the ceremony, and U.N. Secretary-General Antonio Guterres congratulated the two leaders.\n\n"
        "A splinter group of Renamo fighters, led by Mariano Nhongo, rejected the deal and accused Momade of betraying the movement.\n\n"
        "Renamo fought a 16-year civil war against the Frelimo government that ended in 1992, and clashes resumed between 2013 and 2016.",
        [
            ("AGREE", "MOZ", "MOZ"),
            (("AGREE", "RETREAT"), "MOZ", "MOZ", "opt"),
            ("CONSULT", "ZAF", "MOZ", "opt"),
            ("CONSULT", "RWA", "MOZ", "opt"),
            ("SUPPORT", "IGO", "MOZ"),
            ("REJECT", "MOZ", "MOZ"),
            ("ACCUSE", "MOZ", "MOZ"),
        ],
    ),
]

# (article, index of the gold event) -> why it is still missed
EVENT_XFAILS: dict[tuple[str, int], str] = {
    (
        "bangsamoro-2014",
        4,
    ): "no event: an agentless-subject passive with its critic in the 'by' phrase ('The agreement was criticised by a breakaway group, ...')",
    (
        "mozambique-2019",
        4,
    ): "wrong side: 'congratulated the two leaders' takes the two heads of state of the clause before ('Ramaphosa and Kagame attended the ceremony, and ...'), not the deal's signatories",
}

# article -> why it still has extra events
ARTICLE_XFAILS: dict[str, str] = {
    "ethiopia-eritrea-2000": "the charge's 'of bombing the port' coded as an attack with no attacker; 'a major offensive in May that pushed Eritrean forces out' with no target; a plan ('would begin pulling its troops back') as RETREAT",
    "liberia-2003": "'who mediated the talks for the West African bloc ECOWAS' aimed at ECOWAS; 'Fighting in Monrovia eased, a day after the rebels withdrew' coded as the rebels' attack",
    "bangsamoro-2014": "background: 'an earlier deal collapsed in 2008 when the Supreme Court blocked it' as COERCE",
    "mozambique-2019": "the congratulations aimed at the two attending heads of state (2); background: 'Renamo fought a 16-year civil war ... that ended in 1992'",
}

# general patterns fixed for this file, on sentences of their own
FIXES: list[tuple[str, list[tuple], str | None]] = [
    # a later bare surname means the man named in full with a generational suffix
    (
        "MANILA, May 12 (Reuters) - President Benigno Aquino met Malaysian Prime Minister Najib Razak on Monday. Aquino thanked Malaysia for its help in the peace talks.",
        [("CONSULT", "PHL", "MYS"), ("SUPPORT", "PHL", "MYS")],
        "2014-05-12",
    ),
    # an uncatalogued man in apposition to a post ("the leader of X, <name>"): a later
    # bare surname is that post's
    (
        "NAIROBI, May 3 (Reuters) - Kenyan officials met the leader of the Somali militant group al-Shabaab, Abdi Diriye Warsame, in Mogadishu on Monday. The Kenyan army later accused Warsame of planning attacks.",
        [("CONSULT", "KEN", "SOM"), ("ACCUSE", "KEN", "SOM")],
        "2015-05-03",
    ),
    # a deal both of whose parties are of one state, rejected by a faction of one of
    # them: aimed at the other party
    (
        "MAPUTO, Aug 6 (Reuters) - President Filipe Nyusi and the leader of Renamo signed a peace accord on Tuesday. A breakaway faction of Renamo rejected the accord.",
        [("AGREE", "MOZ", "MOZ"), ("REJECT", "MOZ", "MOZ")],
        "2019-08-06",
    ),
    # an end to fighting told as what a signed deal does is the deal's effect
    (
        "BANGUI, Feb 6 (Reuters) - The Central African government and 14 armed groups signed a peace agreement in Bangui on Wednesday, ending an insurgency that has displaced a million people.",
        [("AGREE", "CAF", "CAF")],
        "2019-02-06",
    ),
    # a deal's terms: a side's is its promise to the other side, an outsider's none
    (
        "ADDIS ABABA, Nov 2 (Reuters) - Ethiopia's government and the Tigrayan forces signed a truce in Pretoria on Wednesday. Under the deal, the Tigrayan forces will disarm within 30 days and African Union monitors will oversee the process.",
        [(("AGREE", "RETREAT"), "ETH", "ETH")],
        "2022-11-02",
    ),
    (
        "ALGIERS, June 18 (Reuters) - Ethiopia and Eritrea signed an agreement in Algiers on Sunday. Under the accord, Ethiopian troops will pull back from Eritrean territory and U.N. peacekeepers will patrol a buffer zone.",
        [("AGREE", "ETH", "ERI")],
        "2000-06-18",
    ),
]

BOOK = ArticleBook(ARTICLES, EVENT_XFAILS, ARTICLE_XFAILS)


@pytest.mark.parametrize(("name", "spec"), BOOK.event_params())
def test_articles6_event_found(code, name, spec):
    BOOK.check_found(code, name, spec)


@pytest.mark.parametrize("name", BOOK.article_params())
def test_articles6_no_extra_event(code, name):
    BOOK.check_no_extra(code, name)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_articles6_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
