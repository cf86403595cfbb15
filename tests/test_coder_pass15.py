# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""My own fixes while merging the second breadth rounds (docs/ACCURACY.md, "Pass 14"),
on sentences written for these tests.

- A repair that would hang a misread name under the body noun it already governs ("The
  bloc ECOWAS imposed sanctions": the tagger made "ECOWAS" a verb with "bloc" as its
  subject) leaves the parse alone: each token would have been the other's head, and
  every walk up the tree from them never ended (the held-out evaluation hung on one
  record). Any loop a repair leaves is cut, with a warning.
- "could stop cooperating with X if ..." is one sanction, told by the stopping verb with
  its condition, not a second one from the gerund.
- An armed group's accusation of unnamed state forces is of its own state's forces,
  but not when the words say they are foreign ("foreign diplomats").
- "the alliance" after an alliance of armed groups is that alliance.
- The per-sentence entity cache keeps no spans in ``doc.user_data`` (a span there tied
  each doc to itself, so coded docs were freed only by the cycle collector).
"""

from __future__ import annotations

import logging

from spacy.tokens import Span

from conftest import counted, show
from parley.evaluate import countable
from parley.events.repair import _break_cycles
from parley.events.tokens import sent_ents
from parley.nlp import load_model


def test_misread_name_governing_its_body_noun_keeps_its_parse(code) -> None:
    events = code("The bloc ECOWAS imposed sanctions on Niger.", "2024-01-30")
    assert counted(events, "SANCTION", "IGO", "NER"), show(events)


def _ends_at_a_root(tok) -> bool:
    seen = set()
    while tok.head.i != tok.i:
        if tok.i in seen:
            return False
        seen.add(tok.i)
        tok = tok.head
    return True


def test_a_loop_left_in_the_tree_is_cut(settings, caplog) -> None:
    doc = load_model(settings.spacy_model)("Kenyan police officers arrived in Haiti on Tuesday.")
    officers, arrived = doc[2], doc[3]
    assert officers.head.i == arrived.i
    arrived.head = officers  # each the other's head: a loop
    assert not _ends_at_a_root(officers)
    with caplog.at_level(logging.WARNING, logger="parley.events.repair"):
        _break_cycles(doc)
    assert all(_ends_at_a_root(t) for t in doc)
    assert "loop" in caplog.text


def test_a_tree_without_loops_is_left_as_it_is(settings) -> None:
    doc = load_model(settings.spacy_model)("Qatar hosted talks between the two sides in Doha.")
    before = [(t.head.i, t.dep_) for t in doc]
    _break_cycles(doc)
    assert [(t.head.i, t.dep_) for t in doc] == before


def test_stopping_cooperation_on_a_condition_is_one_conditional_sanction(code) -> None:
    events = code(
        "Pyongyang said it could stop cooperating with IAEA inspectors if the Security Council imposed new sanctions.",
        "2024-05-01",
    )
    sanctions = [
        e
        for e in countable(events)
        if e.type == "SANCTION" and e.source and e.source.country == "PRK"
    ]
    assert not sanctions, show(events)  # a sanction held out, not carried out
    assert counted(events, "THREATEN", "PRK", "IGO"), show(events)


def test_stopping_cooperation_told_as_done_is_one_sanction(code) -> None:
    events = code("Hungary stopped cooperating with Frontex border guards on Monday.", "2024-05-01")
    assert len([e for e in events if e.type == "SANCTION"]) == 1, show(events)


def test_foreign_diplomats_accused_by_an_armed_group_keep_no_country(code) -> None:
    events = code("The Houthis accused foreign diplomats of spying for Israel.", "2024-05-01")
    accusations = [e for e in countable(events) if e.type == "ACCUSE"]
    assert accusations and all(e.target is None or e.target.country is None for e in accusations), (
        show(events)
    )


def test_the_army_accused_by_an_armed_group_is_its_own_states(code) -> None:
    events = code(
        "KHARTOUM, May 12 (Reuters) - The Rapid Support Forces accused the army of bombing a market in Omdurman.",
        "2024-05-12",
    )
    assert counted(events, "ACCUSE", "SDN", "SDN"), show(events)


def test_the_alliance_is_the_armed_alliance_named_before(code) -> None:
    events = code(
        "LASHIO, Jan 8 (Reuters) - An alliance of three ethnic armed groups, led by the Arakan Army, launched an offensive on army bases in Rakhine State in November.\n\n"
        "The alliance seized the town of Paletwa on Sunday.",
        "2024-01-08",
    )
    seized = [e for e in countable(events) if e.sentence.startswith("The alliance")]
    assert seized and all(e.source is not None and e.source.country == "MMR" for e in seized), show(
        events
    )


def test_sentence_entities_are_cached_without_spans(settings) -> None:
    doc = load_model(settings.spacy_model)(
        "Blinken met Wang Yi in Beijing on Friday. They spoke for hours."
    )
    sent = next(iter(doc.sents))
    first = sent_ents(sent)
    assert [e.text for e in first] == [e.text for e in sent.ents]
    assert [e.label_ for e in first] == [e.label_ for e in sent.ents]
    cached = doc.user_data["parley_sent_ents"]
    assert not any(isinstance(v, Span) for entry in cached.values() for item in entry for v in item)
