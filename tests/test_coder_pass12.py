"""Twelfth accuracy pass: general gaps found with sentences written for these tests.

- Property burned, set ablaze or set on fire by attackers is an attack (ASSAULT,
  destroy: CAMEO 1712); burning a flag or an effigy stays a protest, and a fire with no
  attacker, or crop residue burned by farmers, is no event.
- Protesters gathering, massing or converging are a protest; leaders or families
  gathering are not.
- A state named only as the owner of an embassy, a consulate or a flag is neither where
  the act happened nor the home of the unnamed people around it: "protesters outside the
  US embassy in Baghdad" are in Iraq, and "protesters burned an American flag" are not
  American.
- "held three hours of talks", "two sessions of negotiations": the event noun stands for
  the duration or count noun that is the light verb's object, as "a round of talks" did.
- Unnamed delegations, negotiators and envoys at talks are not of the venue's country
  ("the two delegations met in Geneva" are not Swiss).
- Halting, stopping, ending, freezing or cutting aid, lending, loans or grants to a
  state is a sanction (CAMEO 162), whatever the stopping verb; a state ending its own
  subsidies, or a bank cutting its lending rates, is none.
- "Sudan's government and southern rebels signed ...": the small model reads the first
  actor as a modifier of the second, so the two were one actor; when both words are
  actors the pair is split again ("the defence and interior ministers" stays one).
- "Premier Zhu Rongji visited Washington.": a name the small model reads as an
  adverbial right after a verb with no object is that verb's object.
- Names spelled the British or the American way find the same dictionary entry
  ("Organisation of African Unity", "Israel Defence Forces").
- "ended two days of talks in Berlin" is the close of the talks (a CONSULT), not talks
  broken off (SANCTION); "ended talks with Hamas" still breaks them off.
- A lexicon entry whose particle YAML reads as a boolean (an unquoted ``on``) is a clear
  configuration error, not a crash on the first sentence.
"""

from __future__ import annotations

import pytest

from conftest import counted, show
from parley.errors import ConfigError
from parley.evaluate import countable
from parley.events import lexicon
from parley.events.lexicon import Lexicon

BURNED = [
    ("SDN", "Sudanese paramilitaries burned dozens of houses in a village near El Fasher."),
    ("MMR", "Myanmar soldiers set ablaze hundreds of homes in Rakhine State on Tuesday."),
    ("NGA", "Boko Haram fighters set a church on fire in northeast Nigeria."),
    ("RUS", "Russian troops torched several farms outside Kherson before withdrawing."),
]


@pytest.mark.parametrize(("src", "text"), BURNED)
def test_property_burned_by_attackers_is_an_attack(code, src: str, text: str) -> None:
    events = code(text, "2024-05-01")
    hits = [e for e in countable(events) if e.type == "ASSAULT" and e.mode == "destroy"]
    assert hits and hits[0].source is not None and hits[0].source.country == src, show(events)


@pytest.mark.parametrize(
    "text",
    [
        "Farmers burned crop residue in Punjab, worsening the smog over Delhi.",
        "A fire burned three warehouses in the port of Mombasa overnight.",
        "The government burned two tonnes of seized cocaine in Bogota.",
    ],
)
def test_burning_that_is_no_attack(code, text: str) -> None:
    events = code(text, "2024-05-01")
    assert not [e for e in countable(events) if e.type == "ASSAULT"], show(events)


def test_a_burned_flag_stays_a_protest(code) -> None:
    events = code("Protesters in Baghdad burned an American flag on Friday.", "2024-05-01")
    assert counted(events, "PROTEST", "IRQ", "USA"), show(events)
    assert not [e for e in countable(events) if e.type == "ASSAULT"], show(events)


@pytest.mark.parametrize(
    ("src", "text"),
    [
        ("GEO", "Hundreds of protesters gathered outside parliament in Tbilisi on Sunday."),
        ("SRB", "Thousands of demonstrators converged on the presidency in Belgrade."),
        ("KEN", "Protesters massed in central Nairobi on Tuesday."),
    ],
)
def test_protesters_gathering_is_a_protest(code, src: str, text: str) -> None:
    events = code(text, "2024-05-01")
    assert counted(events, "PROTEST", src, None), show(events)


@pytest.mark.parametrize(
    "text",
    [
        "Families gathered at the cemetery in Srebrenica to bury the remains of 14 victims.",
        "Opposition leaders gathered in Caracas to choose a joint candidate.",
    ],
)
def test_other_gatherings_are_no_protest(code, text: str) -> None:
    events = code(text, "2024-05-01")
    assert not [e for e in countable(events) if e.type == "PROTEST"], show(events)


def test_a_protest_outside_an_embassy_is_in_the_host_city(code) -> None:
    [event] = [
        e
        for e in countable(code("Protesters rallied outside the US embassy in Baghdad.", None))
        if e.type == "PROTEST"
    ]
    assert event.location is not None and event.location.country == "IRQ", event.location
    assert event.source is not None and event.source.country == "IRQ", show([event])
    assert event.target is not None and event.target.country == "USA", show([event])


def test_protesters_burning_a_foreign_flag_are_not_of_that_state(code) -> None:
    events = code("Protesters burned an American flag outside the embassy.", "2024-05-01")
    [event] = [e for e in countable(events) if e.type == "PROTEST"]
    assert event.source is None or event.source.country != "USA", show(events)
    assert event.target is not None and event.target.country == "USA", show(events)


def test_a_boolean_particle_is_a_clear_lexicon_error(monkeypatch) -> None:
    data = {  # "particle: on" unquoted: YAML 1.1 reads it as True
        "triggers": [{"lemma": "set", "pos": "VERB", "type": "ASSAULT", "particle": True}],
    }
    monkeypatch.setattr(lexicon, "_read", lambda name: data)
    with pytest.raises(ConfigError, match=r"particle must be a word, got True \(quote it\)"):
        lexicon._load_triggers(Lexicon())


@pytest.mark.parametrize(
    "text",
    [
        "Arafat and Peres held three hours of talks in Cairo.",
        "Yasser Arafat and Shimon Peres held three hours of talks in Cairo.",
    ],
)
def test_hours_of_talks_are_talks(code, text: str) -> None:
    events = code(text, None)
    assert counted(events, "CONSULT", "PSE", "ISR"), show(events)


def test_sessions_of_negotiations_are_talks(code) -> None:
    events = code(
        "Greek Cypriot and Turkish Cypriot negotiators held two sessions of negotiations "
        "in Nicosia on Monday.",
        "2024-05-01",
    )
    assert [e for e in countable(events) if e.type == "CONSULT"], show(events)


@pytest.mark.parametrize(
    "text",
    [
        "The two delegations held talks in Geneva on Tuesday.",
        "Government envoys and rebel negotiators met in Addis Ababa.",
    ],
)
def test_delegations_at_talks_are_not_of_the_venue(code, text: str) -> None:
    events = code(text, "2024-05-01")
    venue = {"CHE", "ETH"}
    assert not [
        e
        for e in countable(events)
        if any(a is not None and a.country in venue for a in (e.source, e.target))
    ], show(events)


@pytest.mark.parametrize(
    ("src", "tgt", "text"),
    [
        ("IGO", "NER", "The European Union halted development assistance to Niger after the coup."),
        ("IGO", "ZWE", "The World Bank stopped lending to Zimbabwe in 2000."),
        ("JPN", "MMR", "Japan cut grants to Myanmar after the military seized power."),
        ("USA", "PSE", "The United States slashed aid to the Palestinians on Friday."),
    ],
)
def test_stopping_aid_is_a_sanction(code, src: str, tgt: str, text: str) -> None:
    events = code(text, None)
    assert counted(events, "SANCTION", src, tgt), show(events)
    assert not [e for e in countable(events) if e.type == "AID"], show(events)


@pytest.mark.parametrize(
    "text",
    [
        "The government ended fuel subsidies on Monday.",
        "The central bank cut lending rates by half a point.",
    ],
)
def test_domestic_cuts_are_no_sanction(code, text: str) -> None:
    events = code(text, "2024-05-01")
    assert not [e for e in countable(events) if e.type == "SANCTION"], show(events)


@pytest.mark.parametrize(
    ("country", "text"),
    [
        ("SDN", "Sudan's government and southern rebels signed a peace deal in Naivasha."),
        ("COL", "Colombia's government and FARC rebels signed a peace deal in Havana."),
        ("NPL", "Nepal's government and Maoist rebels agreed to a ceasefire."),
    ],
)
def test_government_and_rebels_are_two_parties(code, country: str, text: str) -> None:
    events = code(text, None)
    [event] = [e for e in countable(events) if e.type == "AGREE"]
    assert event.source is not None and event.target is not None, show(events)
    assert {event.source.country, event.target.country} == {country}, show(events)
    assert "rebels" in event.target.text or "rebels" in event.source.text, show(events)
    assert "government" not in event.target.text, show(events)


def test_coordinated_modifiers_stay_one_actor(code) -> None:
    events = code("The defence and interior ministers met in Kyiv on Monday.", "2024-05-01")
    [event] = [e for e in countable(events) if e.type == "CONSULT"]
    assert event.source is not None and "defence and interior" in event.source.text, show(events)


@pytest.mark.parametrize(
    "text",
    ["Premier Zhu Rongji visited Washington.", "Chinese Premier Zhu Rongji visited Washington."],
)
def test_a_name_read_as_an_adverbial_is_the_object(code, text: str) -> None:
    events = code(text, None)
    assert counted(events, "CONSULT", "CHN", "USA"), show(events)


def test_a_day_after_the_verb_stays_a_date(code) -> None:
    events = code("Premier Zhu Rongji visited Tuesday.", "2001-04-12")
    assert not [e for e in events if e.target is not None and e.target.text == "Tuesday"], show(
        events
    )


@pytest.mark.parametrize(
    ("spelled", "other"),
    [
        ("Organisation of African Unity", "Organization of African Unity"),
        ("Israel Defence Forces", "Israel Defense Forces"),
        ("Shanghai Cooperation Organization", "Shanghai Cooperation Organisation"),
    ],
)
def test_both_spellings_find_one_name(spelled: str, other: str) -> None:
    from parley.actors.dictionary import normalise

    assert normalise(spelled) == normalise(other)


def test_an_igo_spelled_the_british_way_is_an_igo(code) -> None:
    events = code("The Organisation of African Unity called on Eritrea to stop fighting.", None)
    assert counted(events, "REQUEST", "IGO", "ERI"), show(events)


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan ended two days of talks in Berlin without an agreement.",
        "Armenia and Azerbaijan concluded a round of talks in Washington on Thursday.",
    ],
)
def test_talks_that_ended_were_held(code, text: str) -> None:
    events = code(text, "2024-02-29")
    assert counted(events, "CONSULT", "ARM", "AZE"), show(events)
    assert not [e for e in countable(events) if e.type == "SANCTION"], show(events)


def test_talks_ended_with_a_party_are_broken_off(code) -> None:
    events = code("Israel ended talks with Hamas on Monday.", "2024-03-01")
    assert counted(events, "SANCTION", "ISR", "PSE"), show(events)
