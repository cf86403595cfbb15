# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Where events happened (fifteenth pass), on sentences written for these tests.

Location accuracy of matched events had fallen in the fourteenth pass (dev 0.53 to
0.51, wire 0.48 to 0.44) because a new rule gave a country's named region to the
country ("in Russia's Bryansk region": Russia). These tests hold that case and the
general place rules added while fixing it:

- a part of a country with its own name is that place, not the country;
- a seat of government ("at the Kremlin") is its capital;
- a visit is where it went ("visited Tehran");
- a compass part of a country is kept as written ("northern Iraq"), with the country;
- the country or town troops left, the settlement an attack was on ("strikes on
  southern Syria that killed ...") and "the village of X in Y" name the place;
- a diplomatic act by a party of the one meeting or signing a sentence places happened
  there ("visited Kyiv and praised ...");
- the evaluator compares place names with accents, apostrophes and hyphens aside.

And dates: an event whose own words carry no date takes its clause's (a joined verb,
a participle of the same moment, the statement for what a statement does); an event
"two days after" or "a day before" another is counted from that one's date, and one
"days after" with no number has no date.
"""

from __future__ import annotations

import pytest

from conftest import show
from parley.evaluate import _place_key, countable

CASES = [
    # (text, event type, expected place name, expected place country)
    (
        "Ukrainian drones struck an oil depot in Russia's Bryansk region on Tuesday.",
        "ASSAULT",
        "Bryansk",
        "RUS",
    ),
    (
        "Ukrainian drones hit a fuel depot in Russia's Bryansk region overnight.",
        "ASSAULT",
        "Bryansk",
        "RUS",
    ),
    (
        "Hungarian Prime Minister Viktor Orban held talks with Vladimir Putin at the Kremlin on Friday.",
        "CONSULT",
        "Moscow",
        "RUS",
    ),
    ("Chinese Foreign Minister Wang Yi visited Tehran on Sunday.", "CONSULT", "Tehran", "IRN"),
    (
        "Turkish jets bombed Kurdish militant positions in northern Iraq on Monday.",
        "ASSAULT",
        "northern Iraq",
        "IRQ",
    ),
    ("The last U.S. troops left Iraq on Sunday.", "RETREAT", "Iraq", "IRQ"),
    (
        "Israel launched a wave of air strikes on southern Syria that killed four people.",
        "ASSAULT",
        "southern Syria",
        "SYR",
    ),
    (
        "Boko Haram fighters stormed the village of Kukawa in Borno state on Friday.",
        "ASSAULT",
        "Kukawa",
        "NGA",
    ),
    ("Ugandan troops withdrew from the town of Bunia on Tuesday.", "RETREAT", "Bunia", "COD"),
    # the nationality says whose town: not Turkey's Cermik, which GeoNames also calls Jermuk
    (
        "Azerbaijani forces shelled the Armenian town of Jermuk on Tuesday.",
        "ASSAULT",
        "Jermuk",
        "ARM",
    ),
    # what the parties of a meeting or signing do there happened there
    (
        "Ethiopia and Eritrea signed a peace accord in Jeddah on Sunday after talks hosted by Saudi King Salman.",
        "CONSULT",
        "Jeddah",
        "SAU",
    ),
    (
        "Indian Prime Minister Narendra Modi visited Kyiv on Friday and praised Ukraine's resilience.",
        "SUPPORT",
        "Kyiv",
        "UKR",
    ),
    (
        "Greece and Turkey agreed to restart talks on maritime borders during a visit to Athens by Turkish President Recep Tayyip Erdogan.",
        "AGREE",
        "Athens",
        "GRC",
    ),
]


@pytest.mark.parametrize(("text", "type_", "name", "country"), CASES)
def test_places_event_where_the_text_puts_it(code, text, type_, name, country) -> None:
    events = [e for e in countable(code(text, "2024-03-01")) if e.type == type_]
    assert events, show(code(text, "2024-03-01"))
    places = [(e.location.name, e.location.country) if e.location else None for e in events]
    assert places == [(name, country)] * len(events), show(events)


def test_places_a_city_keeps_its_point_under_a_compass_word(code) -> None:
    events = countable(code("Russian missiles struck northern Kharkiv on Tuesday.", "2024-03-01"))
    where = next(e.location for e in events if e.type == "ASSAULT")
    assert where is not None and where.name == "Kharkiv" and where.lat is not None


def test_places_compass_words_that_are_not_a_part_leave_the_country(code) -> None:
    # "southern" qualifies the forces, not the place
    events = countable(
        code("Southern rebels attacked government posts in Sudan on Monday.", "2024-03-01")
    )
    where = next((e.location for e in events if e.type == "ASSAULT"), None)
    assert where is None or where.name == "Sudan", show(events)


@pytest.mark.parametrize(
    ("gold", "coded"),
    [
        ("Zvecan", "Zvečan"),
        ("Mekele", "Mek'ele"),
        ("Tikrit", "Tikrīt"),
        ("Nagorno Karabakh", "Nagorno-Karabakh"),
    ],
)
def test_evaluate_place_names_match_without_accents_or_apostrophes(gold, coded) -> None:
    assert _place_key(gold) == _place_key(coded)


def test_evaluate_other_transliterations_stay_different() -> None:
    assert _place_key("Sweida") != _place_key("As-Suwayda")


# Dates: an event whose own words carry no date (or only a vague one) takes the date of
# the clause it is part of. Published Thursday 2024-03-07.
DATED = [
    (
        "The Philippine president announced on Friday that Manila would restore diplomatic relations with Beijing, more than a decade after they were cut.",
        "AGREE",
        "2024-03-01",
    ),
    (
        "Colombia's government said on Tuesday that it accepted the rebels' offer of a truce, five years after the last talks collapsed.",
        "AGREE",
        "2024-03-05",
    ),
    (
        "Ecuador expelled Venezuela's ambassador on Monday, accusing Caracas of meddling in the election held in January.",
        "ACCUSE",
        "2024-03-04",
    ),
    (
        "Ecuador expelled Venezuela's ambassador on Monday, blaming Caracas for the riots of last December.",
        "ACCUSE",
        "2024-03-04",
    ),
    # a day named in a time ("on Friday night" is one TIME entity)
    ("Ecuadorian police raided the Mexican embassy on Friday night.", "ASSAULT", "2024-03-01"),
    (
        "Russian drones struck Kyiv on Sunday night, hours after the talks ended.",
        "ASSAULT",
        "2024-03-03",
    ),
    # counted from another event's date
    (
        "Kenya recalled its ambassador to Mogadishu on Wednesday, two days after Somali troops shelled a border post.",
        "ASSAULT",
        "2024-03-04",
    ),
    (
        "Kenya closed its border with Somalia on Wednesday, a day after an attack by al-Shabaab fighters on a police convoy.",
        "ASSAULT",
        "2024-03-05",
    ),
    (
        "The president withdrew the tax bill on Wednesday, a day after protesters stormed parliament.",
        "PROTEST",
        "2024-03-05",
    ),
    ("Rebels attacked the town on Friday, hours after the truce expired.", "ASSAULT", "2024-03-01"),
]


@pytest.mark.parametrize(("text", "type_", "when"), DATED)
def test_dates_event_takes_the_date_of_its_clause(code, text, type_, when) -> None:
    events = [e for e in code(text, "2024-03-07") if e.type == type_]
    assert events, show(code(text, "2024-03-07"))
    assert str(events[0].date) == when


def test_dates_days_after_with_no_number_is_no_date(code) -> None:
    text = "Kenya recalled its ambassador on Wednesday, days after Somali troops shelled a border post."
    events = [e for e in code(text, "2024-03-07") if e.type == "ASSAULT"]
    assert events and all(e.date is None for e in events), show(events)


def test_dates_no_date_across_after(code) -> None:
    # what is reported as done (not said) keeps no date of the report
    text = "Rwanda said on Tuesday that its troops had shelled rebel positions, a week after the truce began."
    events = [e for e in code(text, "2024-03-07") if e.type == "ASSAULT"]
    assert all(str(e.date) != "2024-03-05" for e in events), show(events)
