"""The scorer itself, on hand-built gold and predictions (no tuning to any data)."""

from __future__ import annotations

import json

import pytest

from parley.errors import ConfigError
from parley.evaluate import GoldEvent, _align, matches, read_gold, score_f1, score_recall
from parley.models import Actor, Event


def _gold(types=("ASSAULT",), src="ARM", tgt="AZE", optional=False) -> GoldEvent:
    return GoldEvent(
        tuple(types), src, tgt, tgt is not None, None, None, None, None, optional, None
    )


def _pred(type_="ASSAULT", src="ARM", tgt="AZE", **kw) -> Event:
    return Event(
        "e",
        "a",
        "s",
        0,
        (0, 1),
        type_,
        source=Actor("x", country=src) if src else None,
        target=Actor("y", country=tgt) if tgt else None,
        **kw,
    )


def test_evaluate_match_rules():
    assert matches(_gold(), _pred())
    assert not matches(_gold(), _pred(src="AZE", tgt="ARM"))  # direction counts
    assert matches(_gold(("CONSULT",)), _pred("CONSULT", "AZE", "ARM"))  # symmetric
    assert matches(_gold(("COERCE", "ASSAULT")), _pred("COERCE"))  # list of accepted types
    assert matches(_gold(tgt=None), _pred())  # null gold target accepts any target
    assert not matches(_gold(), _pred("COERCE"))
    assert matches(
        _gold(("CONSULT",), "DEU", "ARM"), _pred("CONSULT", "DEU", "AZE", mode="third-party")
    )


def test_evaluate_scores_and_negatives(tmp_path):
    path = tmp_path / "g.jsonl"
    rows = [
        {
            "id": "1",
            "pub_date": "2024-03-01",
            "context": "",
            "text": "t",
            "events": [
                {"type": "ASSAULT", "source": {"country": "ARM"}, "target": {"country": "AZE"}},
                {
                    "type": "CONSULT",
                    "source": {"country": "ARM"},
                    "target": {"country": "AZE"},
                    "optional": True,
                },
            ],
        },
        {"id": "2", "pub_date": None, "context": "", "text": "t", "events": []},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows))
    recs = list(read_gold(path))
    outs = [
        _align(recs[0], [_pred(), _pred("CONSULT"), _pred("SANCTION")]),
        _align(recs[1], [_pred(negated=True), _pred(certainty="speculative")]),
    ]
    s = score_f1(outs)
    assert s["overall"]["tp"] == 1 and s["overall"]["fp"] == 1 and s["overall"]["fn"] == 0
    assert s["negatives"] == {"records": 1, "no_event": 1, "share_no_event": 1.0}
    r = score_recall(outs[:1])
    assert r["recall"] == 1.0


def test_evaluate_bad_gold_line_names_file(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "1", "text": "x", "events": [{"source": {}}]}\n')
    with pytest.raises(ConfigError, match=r"bad\.jsonl:1"):
        list(read_gold(path))


def test_evaluate_accusation_content_is_not_counted():
    from parley.evaluate import countable

    accuse = _pred("ACCUSE", "UKR", "RUS")
    claim = _pred(
        "ASSAULT", "RUS", None, certainty="claimed", attributed_to=Actor("Kyiv", country="UKR")
    )
    assert countable([accuse, claim]) == [accuse]
    # a claim by someone else, or with no accusation beside it, still counts
    other = _pred(
        "ASSAULT", "RUS", None, certainty="claimed", attributed_to=Actor("x", country="GBR")
    )
    assert countable([accuse, other]) == [accuse, other]
    assert countable([claim]) == [claim]
    assert countable([_pred(negated=True)]) == []
