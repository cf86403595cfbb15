"""Tenth pass, general bugs: the agent of a passive, conjoined nationality words on one
force, present-perfect arrests "since" a day, "came under X fire", "fight for" a cause,
representatives "of X and Y", "X-led" organisations, venues that are no party, and
"the government" of a country named earlier.

Sentences written for these tests in wire style.
"""

from __future__ import annotations

import pytest

from conftest import counted, show
from parley.evaluate import countable


def _dyads(events, type_: str) -> set[tuple[str | None, str | None]]:
    """(source, target) countries of the countable events of one type."""
    return {
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in countable(events)
        if e.type == type_
    }


CASES = [
    # 1. the agent of a passive is the source; the patient's country the target
    ("COERCE", "RUS", "UKR", "The Ukrainian city of Kharkiv was cut off by Russian forces."),
    ("COERCE", "ISR", "PSE", "Gaza was blockaded by Israel after the 2007 takeover."),
    ("COERCE", "RUS", "UKR", "The town of Avdiivka has been surrounded by Russian troops."),
    (
        "COERCE",
        "RUS",
        "UKR",
        "Kyiv said the town of Avdiivka had been surrounded by Russian troops.",
    ),
    # 3. present perfect "since" a day: arrests made, not a habit
    ("COERCE", "KEN", None, "Kenyan police have arrested 12 suspects since Friday."),
    ("COERCE", "IRN", None, "Iranian police have detained 40 protesters since Monday."),
    (
        "COERCE",
        "GEO",
        None,
        "Georgian police have detained more than 300 people since the protests erupted.",
    ),
    (
        "COERCE",
        "IRN",
        None,
        "Iranian security forces have arrested dozens of activists since the strikes began.",
    ),
    # 4. "came under X fire/shelling": X attacks the place
    ("ASSAULT", "ISR", None, "The town came under Israeli fire on Tuesday."),
    (
        "ASSAULT",
        "RUS",
        "UKR",
        "The Ukrainian village of Kupiansk came under heavy Russian shelling overnight.",
    ),
    (
        "ASSAULT",
        "ISR",
        "LBN",
        "Fighting flared in southern Lebanon on Tuesday. The town came under Israeli fire.",
    ),
    (
        "ASSAULT",
        "RUS",
        "UKR",
        "Kyiv reported new attacks in the Sumy region. The village came under Russian "
        "shelling overnight.",
    ),
    # 6. representatives / delegations / envoys "of X and Y" met: X with Y
    (
        "CONSULT",
        "SDN",
        "SDN",
        "Representatives of the Sudanese army and the RSF met in Jeddah on Saturday.",
    ),
    ("CONSULT", "ETH", "ERI", "Delegations of Ethiopia and Eritrea met in Nairobi."),
    ("CONSULT", "COL", "COL", "Delegates from the Colombian government and the ELN met in Havana."),
    ("CONSULT", "PSE", "PSE", "Representatives of Hamas and Fatah met in Cairo on Tuesday."),
    ("CONSULT", "SRB", "XKX", "Envoys from Serbia and Kosovo met in Brussels on Monday."),
    # 7. "X-led ORG" is the organisation
    (
        "CONSULT",
        "ARM",
        "IGO",
        "Armenian Prime Minister Nikol Pashinyan met the head of the Russian-led CSTO.",
    ),
    (
        "COOPERATE",
        "IGO",
        "MLI",
        "The French-led EU mission trained Malian soldiers.",
    ),
    ("COERCE", "COD", None, "Rwanda-backed M23 rebels seized Goma on Sunday."),
    # 8. ... but officials meeting in a capital are still its officials
    ("CONSULT", "AFG", None, "Officials met in Kabul on Monday to discuss the drought."),
    # ... and with a state's forces a party the place is home
    ("AGREE", "NER", "NER", "Tuareg rebels and the army signed a truce in northern Niger."),
    # 9. "the government" of the country the previous sentence names
    (
        "COERCE",
        "NIC",
        None,
        "Nicaragua has stepped up its crackdown on dissent. The government stripped 94 "
        "critics of their citizenship on Thursday.",
    ),
    (
        "COERCE",
        "NIC",
        None,
        "Daniel Ortega has tightened his grip on power. The government stripped 94 critics "
        "of their citizenship.",
    ),
    (
        "COERCE",
        "BLR",
        None,
        "Alexander Lukashenko won a seventh term in January. Police arrested dozens of "
        "opposition activists on Sunday.",
    ),
]

ABSENT = [
    # 1. the agent of a passive is never the target
    ("COERCE", None, "RUS", "The city of Kharkiv was cut off by Russian forces."),
    ("COERCE", "UKR", "RUS", "Mariupol was encircled by Russian troops on Tuesday."),
    # 1. a crowd around someone is no force
    ("COERCE", None, None, "The president was surrounded by supporters at the rally."),
    # 7. "X-led ORG" is not X
    ("CONSULT", "ARM", "RUS", "Pashinyan met the head of the Russian-led CSTO in Moscow."),
    ("COERCE", "RWA", None, "Rwanda-backed M23 rebels seized Goma on Sunday."),
    # 8. a venue "in <city>" is no party
    ("AGREE", "QAT", None, "Rebels signed the deal in Doha."),
    ("AGREE", "QAT", None, "Rebel leaders signed a peace accord in Doha on Friday."),
    ("CONSULT", "CHE", None, "Opposition figures met in Geneva last week."),
]


@pytest.mark.parametrize(("type_", "src", "tgt", "text"), CASES)
def test_coded(code, type_: str, src: str, tgt: str | None, text: str) -> None:
    events = code(text, "2024-06-01")
    assert counted(events, type_, src, tgt), show(events)


@pytest.mark.parametrize(("type_", "src", "tgt", "text"), ABSENT)
def test_not_coded(code, type_: str, src: str | None, tgt: str | None, text: str) -> None:
    events = countable(code(text, "2024-06-01"))
    hits = [
        e
        for e in events
        if e.type == type_
        and (src is None or (e.source is not None and e.source.country == src))
        and (tgt is None or (e.target is not None and e.target.country == tgt))
    ]
    assert not hits, show(events)


@pytest.mark.parametrize(
    ("text", "type_", "countries"),
    [
        ("Russian and Belarusian troops ceased fire.", "RETREAT", {"RUS", "BLR"}),
        ("Chinese and Russian warships withdrew from the area.", "RETREAT", {"CHN", "RUS"}),
        (
            "Iranian and Russian naval units pulled back from the Gulf of Oman on Friday.",
            "RETREAT",
            {"IRN", "RUS"},
        ),
    ],
)
def test_joint_force_is_no_dyad(code, text: str, type_: str, countries: set[str]) -> None:
    # one force described by two nationality words acts together, against nobody named
    dyads = _dyads(code(text, "2024-06-01"), type_)
    assert {s for s, _ in dyads} == countries, dyads
    assert all(t not in countries for _, t in dyads), dyads


@pytest.mark.parametrize(
    ("type_", "text", "pair"),
    [
        ("ASSAULT", "Armenian and Azerbaijani forces clashed on the border.", {"ARM", "AZE"}),
        ("ASSAULT", "Indian and Chinese troops clashed in the Galwan valley.", {"IND", "CHN"}),
        ("RETREAT", "Indian and Chinese troops pulled back from each other.", {"IND", "CHN"}),
        ("RETREAT", "Indian and Chinese troops disengaged in eastern Ladakh.", {"IND", "CHN"}),
    ],
)
def test_opposing_sides_stay_a_dyad(code, type_: str, text: str, pair: set[str]) -> None:
    # two sides that clash or pull back from each other: each side towards the other
    dyads = _dyads(code(text, "2024-06-01"), type_)
    assert any({s, t} == pair for s, t in dyads), dyads


@pytest.mark.parametrize(
    "text",
    [
        "Workers stopped fighting for higher wages.",
        "Nurses in Lagos have been fighting for better pay for months.",
        "Students vowed to keep fighting for their rights.",
        "Women in Iran are fighting for freedom, the activist said.",
    ],
)
def test_fighting_for_a_cause_is_no_attack(code, text: str) -> None:
    # not even a negated or intended one: "fight for" a cause is no violence
    events = code(text, "2024-06-01")
    assert not [e for e in events if e.type == "ASSAULT"], show(events)


def test_fighting_for_a_city_is_an_attack(code) -> None:
    events = code("Rebels are fighting for control of the city, the army said.", "2024-06-01")
    assert [e for e in events if e.type == "ASSAULT"], show(events)
