"""Reported speech, stated intent and attribution (sentences written for these tests)."""

from __future__ import annotations

import pytest

from parley.evaluate import countable

# sentence, PLOVER type, source country, target country (None: any or none)
POSITIVE = [
    # stated intent to reject, veto, block or boycott: a threat (guideline 12)
    (
        "France said it would veto any resolution authorizing war against Iraq.",
        "THREATEN",
        "FRA",
        "IRQ",
    ),
    (
        "China said on Tuesday it would veto any U.N. draft imposing sanctions on North Korea.",
        "THREATEN",
        "CHN",
        "PRK",
    ),
    (
        "Russia said it would block the resolution at the Security Council.",
        "THREATEN",
        "RUS",
        "IGO",
    ),
    ("Turkey said it would boycott the summit in Athens.", "THREATEN", "TUR", "GRC"),
    ("Turkey will veto Sweden's NATO membership bid, Erdogan said.", "THREATEN", "TUR", "SWE"),
    # naming the culprit is an accusation (speaker -> culprit)
    (
        "The State Department said the PLO had been responsible for terrorist attacks.",
        "ACCUSE",
        "USA",
        "PSE",
    ),
    ("Israel said Hezbollah was behind the attack.", "ACCUSE", "ISR", "LBN"),
    ("Baghdad said Iran bore responsibility for the shelling.", "ACCUSE", "IRQ", "IRN"),
    ("Kyiv said Russia was behind the bombing of the Kakhovka dam.", "ACCUSE", "UKR", "RUS"),
    (
        "Washington said Moscow was to blame for the cyber attack on its pipelines.",
        "ACCUSE",
        "USA",
        "RUS",
    ),
    (
        "Pakistan said India was responsible for the killing of two soldiers in Kashmir.",
        "ACCUSE",
        "PAK",
        "IND",
    ),
    # "quoted X as V-ing": X is the actor of V
    ("Tehran radio quoted Hashemi Rafsanjani as calling for a holy war.", "REQUEST", "IRN", None),
    (
        "State media quoted Kim Jong Un as threatening to strike the United States.",
        "THREATEN",
        "PRK",
        "USA",
    ),
    ("Xinhua quoted Wang Yi as urging Japan to stop the discharge.", "REQUEST", "CHN", "JPN"),
    (
        "The Interfax news agency quoted Lavrov as accusing NATO of preparing an attack.",
        "ACCUSE",
        "RUS",
        "IGO",
    ),
    # demands: "insisted that Y V", "told Y to V", "said Y should V"
    ("Egypt insisted that Israel withdraw from Gaza.", "REQUEST", "EGY", "ISR"),
    ("Turkey insisted that Sweden extradite the PKK suspects.", "REQUEST", "TUR", "SWE"),
    ("The EU told Serbia to recognise Kosovo.", "REQUEST", "IGO", "SRB"),
    ("Macron told Putin to halt the offensive.", "REQUEST", "FRA", "RUS"),
    ("Germany said Russia should withdraw its troops from Ukraine.", "REQUEST", "DEU", "RUS"),
    (
        "Erdogan said Sweden had to crack down on PKK supporters before it could join NATO.",
        "REQUEST",
        "TUR",
        "SWE",
    ),
    (
        "Israel said Hamas bore full responsibility for the deaths of the hostages.",
        "ACCUSE",
        "ISR",
        "PSE",
    ),
]

# "X did Y, Z said": the event is reported, not asserted (guideline 9)
REPORTED = [
    ("Moscow concentrated forces near Kupiansk, Ukraine's military said.", "MOBILIZE", "RUS"),
    ("Russian troops shelled Kharkiv overnight, Ukrainian officials said.", "ASSAULT", "RUS"),
    ("Hamas fighters fired rockets at Ashkelon, the Israeli army said.", "ASSAULT", "PSE"),
    ("About 700 M23 fighters disarmed and demobilised, the UN said.", "RETREAT", None),
]

NEGATIVE = [
    "Western diplomats expect the Soviet leadership to soften its stance.",
    "Officials expect the rebels to free the hostages.",
    "The ministry said the army was responsible for security in the north.",
    "Tehran said it was not behind the attack.",
    "Iran said Saudi Arabia was behind the Houthis.",
    "Israel said it would not block aid convoys into Gaza.",
    "The United States is expected to veto the resolution, diplomats said.",
    "Putin told reporters that Russia would respond.",
    "The minister told parliament that the budget would rise.",
    "Analysts said Iran was responsible for much of the region's instability.",
    "Beijing said Taiwan was behind the recent rise in tensions.",
    "Officials said the police were responsible for traffic control during the summit.",
    "The newspaper quoted the minister as saying the economy was recovering.",
    "France insisted that the talks were going well.",
    "Diplomats said the envoy was due in Damascus next week.",
    "The UN said it was responsible for the distribution of food aid in Gaza.",
    "The army said its troops had to retreat from the town.",
    "Hospital officials said the patient died of a heart attack.",
]


@pytest.mark.parametrize(("text", "type_", "src", "tgt"), POSITIVE)
def test_reported_speech_codes(code, text, type_, src, tgt):
    events = countable(code(text))
    hits = [e for e in events if e.type == type_ and e.source and e.source.country == src]
    assert hits, [(e.type, e.source and e.source.country) for e in events]
    if tgt is not None:
        assert any(e.target and e.target.country == tgt for e in hits)


@pytest.mark.parametrize(("text", "type_", "src"), REPORTED)
def test_reported_speech_trailing_report_is_reported(code, text, type_, src):
    hits = [e for e in code(text) if e.type == type_]
    assert hits
    for e in hits:
        assert e.certainty == "reported"
        assert src is None or e.source.country == src


def test_reported_speech_culprit_deed_not_coded(code):
    events = countable(code("Israel said Hezbollah was behind the attack."))
    assert not [e for e in events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", NEGATIVE)
def test_reported_speech_negatives(code, text):
    assert countable(code(text)) == []
