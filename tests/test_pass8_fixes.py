"""Pass 8 general fixes, checked on our own news-wire sentences."""

from __future__ import annotations


def _of(events, kind):
    return [e for e in events if e.type == kind]


def test_plotted_to_kill_is_not_asserted(code) -> None:
    for text in (
        "Rebels plotted to kill the president of Mali, prosecutors in Bamako said.",
        "Three officers conspired to assassinate the president of Guinea.",
    ):
        for ev in _of(code(text), "ASSAULT"):
            assert ev.certainty != "asserted", (text, ev.certainty)


def test_plain_killing_stays_asserted(code) -> None:
    evs = _of(code("Gunmen killed the governor of Kano on Tuesday."), "ASSAULT")
    assert evs and all(e.certainty == "asserted" for e in evs)


def test_tried_to_storm_stays_asserted(code) -> None:
    # an attempted attack is coded as the attack (annotation convention)
    evs = _of(code("Protesters tried to storm the French embassy in Niamey."), "ASSAULT")
    assert all(e.certainty == "asserted" for e in evs)
