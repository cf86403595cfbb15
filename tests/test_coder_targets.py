"""Source and target attribution in cooperative and transfer events.

Sentences written for these tests in wire style. Each case is (type, source country,
target country or None, text): the coder must produce a countable event (not negated,
not speculative) of that type with those countries (either way round for the symmetric
types CONSULT, COOPERATE and AGREE). NEGATIVES must code no event at all.
"""

from __future__ import annotations

import pytest

from conftest import find

CASES = [
    # a venue of talks or a signing is not a party
    (
        "AGREE",
        "VEN",
        "VEN",
        "Venezuela's government and the opposition signed an agreement in Barbados on Tuesday.",
    ),
    (
        "CONSULT",
        "VEN",
        "VEN",
        "Venezuela's government and the opposition sat down for talks in Mexico City.",
    ),
    (
        "AGREE",
        "ETH",
        None,
        "Ethiopian and Tigrayan commanders agreed to a disarmament plan in Pretoria.",
    ),
    ("CONSULT", "UKR", "UKR", "Ukrainian officials and rebel leaders met in Minsk on Wednesday."),
    ("CONSULT", "COL", "COL", "The Colombian government held talks with the rebels in Havana."),
    (
        "AGREE",
        "MLI",
        "MLI",
        "The Malian government and Tuareg separatists signed a peace accord in Algiers.",
    ),
    ("AGREE", "MLI", "MLI", "Rebels and the army agreed to a ceasefire in northern Mali."),
    ("AGREE", "ARM", "AZE", "Armenia and Azerbaijan agreed on a draft peace treaty in Washington."),
    # the place withdrawn from stands for its country
    ("RETREAT", "ISR", "PSE", "Israel pulled its forces out of the Gaza Strip."),
    ("RETREAT", "TUR", "SYR", "Turkey pulled its soldiers back from Afrin."),
    ("RETREAT", "ERI", "ETH", "Eritrea began withdrawing its troops from the Tigray region."),
    ("RETREAT", "ARE", "YEM", "The United Arab Emirates withdrew its forces from Aden."),
    ("RETREAT", "RWA", "COD", "Rwanda pulled its troops out of eastern Congo, the army said."),
    ("RETREAT", "ETH", "SOM", "Ethiopia withdrew its troops from Mogadishu on Thursday."),
    # "provide X with Y": X receives
    ("COOPERATE", "GBR", "UKR", "Britain provided Kyiv with military intelligence."),
    ("AID", "SAU", "YEM", "Saudi Arabia provided Yemen with $1 billion in fuel."),
    ("AID", "QAT", "LBN", "Qatar provided Lebanon's army with $60 million in fuel."),
    ("AID", "USA", "ISR", "The United States provided Israel with $3.8 billion in military aid."),
    ("AID", "IGO", "SDN", "The World Food Programme provided Sudanese refugees with food in Chad."),
    # an amount "in aid" given "to Y"
    ("AGREE", "GBR", "PSE", "Britain will provide 100 million pounds in humanitarian aid to Gaza."),
    (
        "AGREE",
        "CAN",
        "HTI",
        "Canada will provide 30 million dollars in humanitarian assistance to Haiti.",
    ),
    ("AID", "JPN", "MOZ", "Japan extended $5 million in emergency grant aid to Mozambique."),
    ("AID", "IGO", "PAK", "The World Bank approved $500 million in emergency loans to Pakistan."),
    (
        "AID",
        "USA",
        "EGY",
        "Washington gave $1.2 billion in military assistance to Egypt last year.",
    ),
    ("AID", "TUR", "SYR", "Turkey sent 20 trucks of aid to Idlib on Monday."),
    # one side split by country ("Mediators from Egypt and Qatar") meets another party;
    # co-suppliers are not partners of each other
    (
        "CONSULT",
        "EGY",
        "PSE",
        "Mediators from Egypt and Qatar conferred with Hamas officials on Monday.",
    ),
    ("CONSULT", "QAT", "PSE", "Egyptian and Qatari mediators met Hamas leaders in Cairo."),
    (
        "CONSULT",
        "DEU",
        "RUS",
        "Envoys from France and Germany held talks with Russian officials in Moscow.",
    ),
    (
        "CONSULT",
        "ARE",
        "YEM",
        "Officials from Saudi Arabia and the UAE met with Houthi negotiators.",
    ),
    ("AGREE", "CAN", "UKR", "Diplomats from Britain and Canada signed an agreement with Ukraine."),
    ("CONSULT", "ARM", "AZE", "Delegations from Armenia and Azerbaijan met in Brussels."),
    (
        "AID",
        "DEU",
        "UKR",
        "France and Germany supplied Ukraine with tanks.",
    ),  # arms given: military aid
    ("COOPERATE", "CHN", "IRN", "Russia and China sold fighter jets to Iran, the report said."),
    ("COOPERATE", "RUS", "CHN", "Russia and China held joint naval drills in the Sea of Japan."),
    (
        "CONSULT",
        "IND",
        "PAK",
        "The foreign ministers of India and Pakistan met on the sidelines of the SCO summit.",
    ),
    (
        "CONSULT",
        "ARM",
        "AZE",
        "Officials from Armenia and Azerbaijan met on the margins of the NATO summit.",
    ),
    (
        "CONSULT",
        "ARM",
        "AZE",
        "Officials from Armenia and Azerbaijan met at the United Nations on Tuesday.",
    ),
    (
        "CONSULT",
        "SRB",
        "XKX",
        "Diplomats from Serbia and Kosovo met at the EU headquarters in Brussels.",
    ),
    (
        "CONSULT",
        "ISR",
        "LBN",
        "Envoys from Israel and Lebanon held talks at the UN base in Naqoura.",
    ),
    ("CONSULT", "USA", "CHN", "Blinken met Wang Yi at the State Department."),
    # an object word that names people ("intelligence", "ambassadors") yields to the partner
    ("COOPERATE", "JOR", "ISR", "Jordan shared intelligence with Israel."),
    ("COOPERATE", "USA", "UKR", "Britain and the United States shared intelligence with Kyiv."),
    (
        "COOPERATE",
        "KOR",
        "JPN",
        "South Korea shared intelligence with Japan on North Korean missile launches.",
    ),
    ("COOPERATE", "EGY", "ISR", "Egypt exchanged intelligence with Israel on the tunnels."),
    ("SUPPORT", "IRN", "SAU", "Iran exchanged ambassadors with Saudi Arabia."),
    # nominal "the withdrawal/deployment of X from/to Y": X moves
    ("RETREAT", "FRA", "MLI", "The withdrawal of French troops from Mali was completed on Monday."),
    ("RETREAT", "USA", "AFG", "The pullout of US troops from Afghanistan ended on August 30."),
    ("MOBILIZE", "KEN", "HTI", "The deployment of Kenyan police to Haiti began on Tuesday."),
    # "received a call from X": X called
    ("CONSULT", "IND", "RUS", "Modi received a call from Putin on Tuesday."),
    ("CONSULT", "TUR", "UKR", "Erdogan received a phone call from Zelensky."),
    (
        "CONSULT",
        "FRA",
        "IRN",
        "Macron received a phone call from Iranian President Masoud Pezeshkian on Sunday.",
    ),
    # "took in refugees": the object names people (not an idiom noun like "the streets")
    ("AID", "UGA", "SSD", "Uganda took in 100,000 South Sudanese refugees last year."),
    ("AID", "TUR", "SYR", "Turkey took in 3 million Syrian refugees."),
]

NEGATIVES: list[str] = [
    "The museum took in a record number of visitors last year.",
    "The mayor received a call from a journalist.",
    "The minister received a letter from a local school.",
    "Apple received an order from a Chinese retailer.",
    "The withdrawal of the bill angered lawmakers.",
    "The deployment of the new software was delayed.",
    "The club withdrew its team from the tournament in Kabul.",
    "The app provides users with real-time data.",
    "The ministry provided reporters with a copy of the report.",
    "The company provided investors with $2 billion in new shares.",
    "The budget provides $40 million in funding for schools.",
]


@pytest.mark.parametrize(("type_", "src", "tgt", "text"), CASES, ids=[c[3][:60] for c in CASES])
def test_coder_targets(code, type_: str, src: str, tgt: str | None, text: str) -> None:
    events = [e for e in code(text, "2024-05-01") if not e.negated and e.certainty != "speculative"]
    symmetric = type_ in ("CONSULT", "COOPERATE", "AGREE")
    found = [
        e
        for e in find(events, type_, src, tgt, symmetric=symmetric)
        if tgt is not None or e.target is None or e.target.country is None
    ]
    got = [(e.type, e.source and e.source.country, e.target and e.target.country) for e in events]
    assert found, f"expected {type_} {src}->{tgt}, got {got}"


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:60] for t in NEGATIVES])
def test_coder_targets_negatives(code, text: str) -> None:
    assert code(text, "2024-05-01") == []
