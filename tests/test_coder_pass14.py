# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Fourteenth pass (my own fixes while merging the pass's helper branches), on sentences
written for these tests.

- A verb in a clause on a noun, with no object but the relative pronoun, acts on that
  noun: "expectations that the negotiators have struggled to meet" and "the deadline that
  Serbia failed to meet" are no meeting (a blocked object of "meet"), as "met the
  deadline" is not.
- A gerund the parser reads as a verb keeps its own subject as the doer of an act
  blamed on someone ("Ukrainian shelling was blamed by Moscow"): the accusation is aimed
  at Ukraine.
- "saluted" is praise of a quality or deed ("saluted Ukraine's courage"), not a
  soldier's salute of the flag.
"""

from __future__ import annotations

import pytest

from conftest import counted, show
from parley.evaluate import countable


@pytest.mark.parametrize(
    "text",
    [
        "Each new summit photograph raises expectations that Armenian and Azerbaijani negotiators have so far struggled to meet.",
        "The deadline that Serbia failed to meet expired on Friday.",
        "The targets that Kyiv and Moscow were supposed to meet under the grain deal were never published.",
    ],
)
def test_met_noun_of_a_relative_clause_is_no_meeting(code, text: str) -> None:
    events = code(text, "2024-05-01")
    assert not [e for e in events if e.type == "CONSULT"], show(events)


def test_meeting_in_a_relative_clause_on_a_person_is_still_a_meeting(code) -> None:
    events = code("Putin met Erdogan in Sochi on Monday.", "2024-05-01")
    assert counted(events, "CONSULT", "RUS", "TUR"), show(events)


def test_gerund_read_as_verb_keeps_its_subject_as_the_blamed(code) -> None:
    events = code(
        "Russian forces were accused by Kyiv on Tuesday of blowing up the dam, while Ukrainian shelling was blamed by Moscow for the breach.",
        "2023-06-07",
    )
    assert counted(events, "ACCUSE", "UKR", "RUS"), show(events)
    assert counted(events, "ACCUSE", "RUS", "UKR"), show(events)


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        (
            "French President Emmanuel Macron saluted Ukraine's courage in a speech in Kyiv.",
            "FRA",
            "UKR",
        ),
        ("Kenya saluted Ethiopia's commitment to the peace process in Somalia.", "KEN", "ETH"),
    ],
)
def test_saluting_a_quality_is_support(code, text: str, src: str, tgt: str) -> None:
    events = code(text, "2024-05-01")
    assert counted(events, "SUPPORT", src, tgt), show(events)


def test_saluting_the_flag_is_no_event(code) -> None:
    events = code("Polish soldiers saluted the flag at a ceremony in Warsaw.", "2024-05-01")
    assert not countable(events), show(events)
