"""Tenth pass, targets: the coder finds the event type but used to miss the target's
country. Aid to people in a part of a place ("the east of Congo", "the coast of
Aceh"), ...

Sentences written for these tests in wire style. CASES: the coder must produce a
countable event of the type with those countries (target None: any target).
"""

from __future__ import annotations

import pytest

from conftest import counted, show

CASES = [
    # aid to people in a part of a place: the place it is part of is the recipient's
    (
        "AID",
        "JPN",
        "IDN",
        "Japan sent relief supplies to survivors on the west coast of Indonesia's Aceh province.",
    ),
    (
        "AID",
        "DEU",
        "COD",
        "Germany has provided emergency aid to refugees in the east of the Democratic "
        "Republic of Congo.",
    ),
    ("AID", "QAT", "SDN", "Qatar sent food to families on the outskirts of Khartoum."),
    (
        "AID",
        "ARE",
        "PSE",
        "The United Arab Emirates delivered 40 tonnes of food to displaced families in the "
        "north of Gaza on Friday.",
    ),
]


@pytest.mark.parametrize(("type_", "src", "tgt", "text"), CASES)
def test_target_coded(code, type_: str, src: str, tgt: str | None, text: str) -> None:
    events = code(text, "2024-06-01")
    assert counted(events, type_, src, tgt), show(events)
