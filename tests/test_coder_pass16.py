# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""My own fixes while merging the sixteenth pass's helper rounds (docs/ACCURACY.md,
"Pass 16"), on sentences written for these tests.

- A verdict is the label's own phrase, not the clauses hung on it: "said the militia was
  unlikely to pose a threat to the government" is a forecast, not criticism; "war
  crimes committed by X" is still labelled by "crimes".
- A post named as held in the past ("the former general", "the former leader") refers to
  the person last named, whatever that person's sector on the article's date (a war-time
  commander is no longer one when he is convicted).
"""

from __future__ import annotations

import pytest

from conftest import counted, show
from parley.evaluate import countable


@pytest.mark.parametrize(
    "text",
    [
        "Western diplomats in Kabul said the militia was unlikely to pose a serious threat to the government this year.",
        "Analysts in Bamako said the rebels were unlikely to become a danger to the capital before the rains.",
    ],
)
def test_a_forecast_under_a_label_is_no_verdict(code, text) -> None:
    assert not countable(code(text, "2017-05-02")), show(code(text, "2017-05-02"))


def test_a_quoted_verdict_still_names_the_doer(code) -> None:
    events = code(
        '"These are war crimes committed by Syrian forces," the French foreign ministry said.',
        "2017-04-05",
    )
    assert counted(events, "ACCUSE", "FRA", "SYR"), show(events)


@pytest.mark.parametrize(
    ("text", "pub", "tgt"),
    [
        (
            "Radovan Karadzic led the Bosnian Serbs during the war in Bosnia. The U.N. war crimes tribunal for the former Yugoslavia convicted the former leader of genocide on Thursday.",
            "2016-03-25",
            "BIH",
        ),
        (
            "Charles Taylor ruled Liberia until 2003. A special court in The Hague convicted the former president of war crimes on Thursday.",
            "2012-04-27",
            "LBR",
        ),
    ],
)
def test_a_former_post_refers_to_the_person_last_named(code, text, pub, tgt) -> None:
    events = code(text, pub)
    assert any(
        e.type == "SANCTION" and e.target is not None and e.target.country == tgt
        for e in countable(events)
    ), show(events)
