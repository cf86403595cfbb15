"""Trigger words in non-conflict news (sport, business, weather, health, culture, dates).

Sentences written for these tests; the near-miss positives beside them keep the
blocks from swallowing real events.
"""

from __future__ import annotations

import pytest

from conftest import find
from parley.evaluate import counts as counts_as_event

NEGATIVES = [
    # sport
    "Germany beat France 2-1 in Paris on Saturday to reach the final.",
    "Brazil beats Argentina in a thrilling World Cup qualifier.",
    "Serbia crushed Greece 95-70 in the Eurobasket semi-final.",
    "The Chinese team invaded the podium after winning gold in Tokyo.",
    "The Nigerian forward was shot down by a late tackle and the referee awarded a penalty.",
    "Ukraine's tennis star beat her Russian opponent in straight sets at Wimbledon.",
    # business and markets
    "Investors pulled money back from emerging markets on Tuesday.",
    "Airbus captured a large share of the Indian aviation market.",
    "The Japanese carmaker withdrew its earnings forecast on Friday.",
    "Boeing seized the opportunity to expand in Saudi Arabia.",
    "The company blocked a hostile bid from its Swiss rival.",
    "The Italian insurer withdrew from the Russian market last year.",
    "Exports from Vietnam surged to a record in March.",
    # weather, disasters, health
    "The storm hit the coast of Bangladesh on Monday, killing 12 people.",
    "A powerful earthquake struck eastern Turkey on Monday.",
    "Drought has killed livestock across Somalia.",
    "The cholera outbreak killed 40 people in Haiti last week.",
    "Each child received a shot of vaccine in the clinic in Kano.",
    "Health workers in Brazil battled an outbreak of dengue fever.",
    # culture, metaphor, procedure, dates
    "The film attacks the hypocrisy of the French elite.",
    "The prime minister is fighting for his political survival.",
    "The mayor's budget was attacked by the city council.",
    "The Japanese cabinet approved a new defence budget.",
    "The new rule took effect in March.",
    "The embargo was first imposed in March 2014.",
    "Tokyo stocks fell sharply in March.",
    # second batch: particles, nouns, currencies, more sport
    "The striker shot wide in the 89th minute as Spain drew with Italy.",
    "India's bowlers destroyed Pakistan's batting line-up in Colombo.",
    "The Indian spinner captured five wickets on the first day.",
    "Shell walked away from a gas project in Qatar.",
    "Amazon pulled out of a planned warehouse project in Poland.",
    "The French bank expelled the Russian firm from its client list.",
    "Landslides blocked the main highway to Kathmandu.",
    "The WHO warned that the virus could spread to neighbouring countries.",
    "Analysts said the central bank was losing its battle against inflation.",
    "The Turkish central bank fought back against the falling lira with a surprise rate hike.",
    "Glencore launched a raid on the London-listed miner.",
    "The bank seized the collateral after the borrower defaulted.",
    "The Brazilian real rallied against the dollar on Friday.",
    "The Indian rupee came under attack from currency speculators.",
    "A war of words broke out between the two ministers.",
    "The battle for votes in Pennsylvania is heating up.",
    "Heavy snow blocked roads across northern Japan.",
    "Hurricane Ian battered Florida, leaving millions without power.",
    # third batch
    "The company struck oil off the coast of Guyana.",
    "The central bank in Ankara intervened to support the lira.",
    "The Australian cricket team invaded India's home record.",
    "A hostile takeover of the Swedish firm was blocked by regulators.",
    "The Norwegian club protested the referee's decision.",
    "The Senate killed the idea on Thursday.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_precision_no_event(code, text):
    events = [e for e in code(text) if counts_as_event(e)]
    assert events == [], [(e.type, e.trigger) for e in events]


POSITIVES = [
    ("Russian forces pulled back from the outskirts of Kyiv.", "RETREAT", "RUS", None),
    ("Ukrainian forces shot down a Russian helicopter near Bakhmut.", "ASSAULT", "UKR", "RUS"),
    ("Israeli jets struck targets in southern Lebanon on Monday.", "ASSAULT", "ISR", None),
    ("Russian troops captured the town of Avdiivka in February.", "COERCE", "RUS", None),
    ("Azerbaijan attacked Armenian positions along the border.", "ASSAULT", "AZE", "ARM"),
    ("Iran seized a British-flagged tanker in the Strait of Hormuz.", "COERCE", "IRN", None),
    ("China blocked a UN Security Council resolution on Myanmar.", "REJECT", "CHN", None),
    ("France recalled its ambassador to Niger.", "SANCTION", "FRA", "NER"),
    ("Russia expelled two Estonian diplomats on Friday.", "SANCTION", "RUS", "EST"),
    ("Thousands of farmers marched on Brussels to protest EU policy.", "PROTEST", None, None),
    ("Russia moved its troops away from Kyiv in late March.", "RETREAT", "RUS", "UKR"),
    (
        "Russia moved troops back from the Ukrainian border, its defence ministry said.",
        "RETREAT",
        "RUS",
        None,
    ),
    ("Russian troops pulled out of Kherson in November.", "RETREAT", "RUS", None),
    ("The United States pulled out of the Paris climate agreement.", "SANCTION", "USA", None),
    ("Protesters blocked the main highway to Kathmandu.", "PROTEST", "NPL", None),
    ("Russian forces fired missiles at Kharkiv in March.", "ASSAULT", "RUS", "UKR"),
    ("Protesters rallied outside the parliament in Nairobi on Tuesday.", "PROTEST", "KEN", None),
    ("Houthi militants seized a cargo ship in the Red Sea.", "COERCE", "YEM", None),
    ("Sudan's army seized the presidential palace in Khartoum.", "COERCE", "SDN", None),
    ("Polish farmers blocked the border crossing with Ukraine.", "PROTEST", "POL", None),
    ("Gunmen attacked a football stadium in Mogadishu on Friday.", "ASSAULT", None, "SOM"),
    (
        "Israel struck Hezbollah positions after rockets hit northern Israel.",
        "ASSAULT",
        "ISR",
        "LBN",
    ),
    ("Boko Haram fighters killed 30 villagers in Borno.", "ASSAULT", "NGA", "NGA"),
    (
        "Lawmakers in Kyiv killed the bill proposed by Russia-friendly deputies.",
        "REJECT",
        "UKR",
        None,
    ),
    ("Turkey sanctioned Swedish firms over the Koran burning.", "SANCTION", "TUR", "SWE"),
]


@pytest.mark.parametrize(("text", "type_", "src", "tgt"), POSITIVES)
def test_precision_near_miss_still_coded(code, text, type_, src, tgt):
    events = [e for e in code(text) if counts_as_event(e)]
    if src is None:
        assert any(e.type == type_ for e in events), events
        return
    assert find(events, type_, src, tgt) if tgt else find(events, type_, src), events
