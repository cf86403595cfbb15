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


def test_coup_is_coerce_seize(code) -> None:
    for text in (
        "The army toppled President Mohamed Bazoum of Niger on Wednesday.",
        "Mutinous soldiers overthrew the government of Gabon.",
        "Soldiers ousted the president of Burkina Faso.",
    ):
        evs = _of(code(text, "2023-09-01"), "COERCE")
        assert evs and evs[0].certainty == "asserted", text


def test_plotted_coup_not_asserted(code) -> None:
    evs = _of(code("Rebels plotted to overthrow the government of Chad.", "2023-09-01"), "COERCE")
    assert all(e.certainty != "asserted" for e in evs)


def test_non_coup_toppling_not_coerce(code) -> None:
    for text in (
        "Voters ousted the government of Poland in the October election.",
        "Inflation toppled the price record in March.",
    ):
        assert not _of(code(text, "2023-11-01"), "COERCE"), text


def test_sending_an_envoy_is_a_visit_to_the_host(code) -> None:
    for text, src, tgt in (
        ("China sent an envoy to Kyiv on Tuesday.", "CHN", "UKR"),
        ("Turkey dispatched a delegation to Baku for talks.", "TUR", "AZE"),
    ):
        evs = _of(code(text), "CONSULT")
        assert evs, text
        assert {(e.source.country, e.target and e.target.country) for e in evs} == {(src, tgt)}


def test_envoy_to_a_region_is_not_coded(code) -> None:
    text = "Washington plans to send a new special envoy to the Horn of Africa region."
    assert not _of(code(text), "CONSULT")


def test_test_fired_is_a_weapons_test(code) -> None:
    for text in ("Hamas test-fired two rockets on Sunday.", "Iran test-fired a new missile."):
        evs = code(text)
        assert _of(evs, "MOBILIZE") and not _of(evs, "ASSAULT"), text
