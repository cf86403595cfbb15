"""Seventh accuracy pass: shared subjects of coordinated reporting verbs, "the group"
referring back to a named organisation, stated refusals that are no threats.

Sentences written for these tests in wire style. CASES: the coder must produce a
countable event of the type with those countries (target None: any target). ABSENT:
a countable event of that type between those countries must not be produced.
"""

from __future__ import annotations

import pytest

from conftest import counted, show
from parley.evaluate import countable

CASES = [
    # a reporting verb coordinated after another verb has that verb's subject: the
    # announced supply is the minister's own pledge (AGREE)
    (
        "AGREE",
        "DEU",
        "LTU",
        "German Defence Minister Boris Pistorius toured Vilnius on Monday and announced "
        "that Berlin would supply Lithuania with another air defence battery.",
    ),
    (
        "AGREE",
        "JPN",
        "PHL",
        "Japan's foreign minister arrived in Manila on Tuesday and said Tokyo would supply "
        "the Philippines with five more coastal radar systems.",
    ),
    # "the group" / "the militia" refers back to the organisation named before
    (
        "ASSAULT",
        "NGA",
        None,
        "Boko Haram fighters raided a village near Maiduguri on Friday, residents said. "
        "The group said in a statement that it had attacked an army base.",
    ),
    (
        "REJECT",
        "YEM",
        None,
        "Houthi leader Abdul Malik al-Houthi spoke on television on Thursday. He said the "
        "movement would not lay down its arms as long as the war in Gaza continued.",
    ),
    # naming who committed an atrocity is an accusation of that party, also when a
    # government or an inquiry states it as a finding
    (
        "ACCUSE",
        "GBR",
        "MMR",
        "Britain said on Thursday that Myanmar's military had committed genocide against "
        "the Rohingya.",
    ),
    (
        "ACCUSE",
        "IGO",
        "RUS",
        "A UN commission of inquiry concluded that Russian forces had committed war crimes "
        "in the Kherson region.",
    ),
    (
        "ACCUSE",
        "CAN",
        "ISR",
        "Canada froze the assets of two settler leaders after determining that Israeli "
        "settlers had committed atrocities in the West Bank.",
    ),
    # a gerund after "after"/"before"/"upon" has the main clause's subject
    (
        "CONSULT",
        "IND",
        "RUS",
        "Prime Minister Narendra Modi flew to Vienna on Tuesday after meeting Vladimir Putin "
        "in Moscow.",
    ),
    # freeing by force is part of the storming; the fighting people flee is no new event
    (
        "ASSAULT",
        None,  # unnamed gunmen have no country (eval/README, actors)
        "NGA",
        "Gunmen stormed a prison in Kuje near Abuja on Tuesday night, freeing hundreds of "
        "inmates, Nigerian officials said.",
    ),
    # a visit to a place (not only a capital) is a visit to its country
    (
        "CONSULT",
        "USA",
        "UKR",
        "US Secretary of State Antony Blinken visited Kharkiv on Wednesday.",
    ),
    (
        "CONSULT",
        "IND",
        "RUS",
        "Indian Prime Minister Narendra Modi arrived on Monday for a two-day visit to the "
        "city of Kazan.",
    ),
    # the title a person was named with is what a later "the general" means, also when
    # someone else was named after him
    (
        "REJECT",
        "SDN",
        None,
        "Sudan's army chief, General Abdel Fattah al-Burhan, met Egyptian President Abdel "
        "Fattah al-Sisi in Cairo on Monday. The general ruled out any talks with the RSF.",
    ),
    # traded accusations or threats: each side at the other
    (
        "ACCUSE",
        "THA",
        "KHM",
        "Thailand and Cambodia traded accusations on Friday over who fired first along "
        "their disputed border.",
    ),
    (
        "ACCUSE",
        "KHM",
        "THA",
        "Thailand and Cambodia traded accusations on Friday over who fired first along "
        "their disputed border.",
    ),
    (
        "THREATEN",
        "LBN",
        "ISR",
        "Israel and Hezbollah traded threats on Sunday as fighting along the border intensified.",
    ),
    # an attack someone repelled was an attack on them
    (
        "ASSAULT",
        "RUS",
        "UKR",
        "Ukrainian forces repelled a Russian assault near Pokrovsk overnight, the general "
        "staff said.",
    ),
    # a demand to named states keeps them as its target
    (
        "REQUEST",
        "IGO",
        "SRB",
        "The European Union urged Serbia and Kosovo on Monday to return to the negotiating table.",
    ),
    # a state that "protests" something protests in words (ACCUSE), at its author
    (
        "ACCUSE",
        "JPN",
        "RUS",
        "Tokyo protested the seizure of a Japanese fishing boat by Russian border guards "
        "off Hokkaido.",
    ),
    # "one of its units" is the group's
    (
        "ASSAULT",
        "COL",
        None,
        "The ELN admitted on Friday that one of its units had kidnapped two soldiers in Arauca.",
    ),
    # what someone "came under" is an attack on them; coming under fire "over"
    # something is criticism
    (
        "ASSAULT",
        "PSE",
        "ISR",
        "Israeli troops came under fire from Palestinian gunmen near Jenin on Tuesday.",
    ),
    (
        "ACCUSE",
        "USA",
        "ISR",
        "Israel came under fire from the United States on Monday over its plan to expand "
        "settlements.",
    ),
    # a vow to respond is a promised retaliation
    (
        "THREATEN",
        "IRN",
        None,
        "Tehran vowed on Saturday to respond after an explosion killed two of its generals "
        "in Damascus.",
    ),
    # "the envoy" is not the person the same sentence names
    (
        "REJECT",
        "SRB",
        None,
        "Milosevic declined to meet the envoy on Tuesday.",
    ),
    # money given "in flood relief" is aid, with or without "to"
    (
        "AID",
        "JPN",
        "BGD",
        "Japan gave Bangladesh 10 million dollars in flood relief on Thursday.",
    ),
    (
        "AID",
        "JPN",
        "BGD",
        "Japan gave $10 million in flood relief to Bangladesh on Thursday.",
    ),
    # "gave in" is still a concession
    (
        "CONCEDE",
        "ISR",
        None,
        "Israel gave in to US pressure on Sunday and reopened the crossing.",
    ),
]

ABSENT = [
    # a phrase with "in" is not the particle of "give in"
    (
        "CONCEDE",
        "JPN",
        None,
        "Japan gave 10 million dollars in flood relief to Bangladesh on Thursday.",
    ),
    # relief felt is no aid
    (
        "AID",
        "UKR",
        None,
        "Ukrainians expressed relief on Monday after the power came back in Kyiv.",
    ),
    # the talks a delegation was refused for are part of the refusal
    (
        "CONSULT",
        "MLI",
        None,
        "Mali's junta refused to send a delegation to the ECOWAS talks that opened in "
        "Abuja on Thursday.",
    ),
    # a refusal left behind is no threat ("agreed ..., reversing its earlier refusal")
    (
        "THREATEN",
        "ISR",
        None,
        "Israel agreed on Sunday to let two more fuel tankers into Gaza at Washington's "
        "request, reversing its earlier refusal.",
    ),
    (
        "THREATEN",
        "RUS",
        None,
        "Moscow vowed to respond to the letter from the UN rapporteur within a month.",
    ),
    (
        "ASSAULT",
        "USA",
        "ISR",
        "Israel came under fire from the United States on Monday over its plan to expand "
        "settlements.",
    ),
    (
        "PROTEST",
        "JPN",
        None,
        "Tokyo protested the seizure of a Japanese fishing boat by Russian border guards "
        "off Hokkaido.",
    ),
    # what a group "charged" others did is its allegation, not an asserted attack
    (
        "ASSAULT",
        "RUS",
        None,
        "Amnesty International charged on Thursday that Russian troops had executed "
        "dozens of civilians in a village near Kharkiv.",
    ),
    # what a standing accusation says is no news either
    (
        "REQUEST",
        "IRN",
        None,
        "Western governments have long accused Tehran of seeking nuclear weapons, a "
        "charge Iran denies.",
    ),
    # a demand addressed to people no state is named for has no state target, least of
    # all the one the demand is about
    (
        "REQUEST",
        "UKR",
        "RUS",
        "Kyiv urged its allies on Tuesday to allow strikes with Western missiles on "
        "airfields inside Russia.",
    ),
    (
        "REQUEST",
        "KEN",
        "HTI",
        "Kenya's president pleaded with donors for more money for the police mission in Haiti.",
    ),
    (
        "ASSAULT",
        "UKR",
        "RUS",
        "Ukrainian forces repelled a Russian assault near Pokrovsk overnight, the general "
        "staff said.",
    ),
    (
        "REJECT",
        "EGY",
        None,
        "Sudan's army chief, General Abdel Fattah al-Burhan, met Egyptian President Abdel "
        "Fattah al-Sisi in Cairo on Monday. The general ruled out any talks with the RSF.",
    ),
    # a leader touring his own country's city visits no other state
    (
        "CONSULT",
        "UKR",
        "UKR",
        "President Volodymyr Zelensky visited Kharkiv on Wednesday.",
    ),
    (
        "RETREAT",
        "NGA",
        None,
        "Gunmen stormed a prison in Kuje near Abuja on Tuesday night, freeing hundreds of "
        "inmates, Nigerian officials said.",
    ),
    (
        "ASSAULT",
        "SDN",
        None,
        "Thousands of families fled the fighting in El Fasher on Sunday, aid agencies said.",
    ),
    (
        "ASSAULT",
        "UKR",
        None,
        "Residents escaping from the shelling in Pokrovsk reached Dnipro on Monday.",
    ),
    # denying a crime accuses no one
    (
        "ACCUSE",
        "RUS",
        None,
        "Moscow said its troops had not committed war crimes in Bucha.",
    ),
    # barricading oneself in is hiding, not a blockade
    (
        "PROTEST",
        "SRB",
        None,
        "Serb gunmen attacked a police patrol in northern Kosovo before barricading "
        "themselves in a monastery.",
    ),
    # a stated refusal is a REJECT, not also a threat
    (
        "THREATEN",
        "LBN",
        None,
        "Hezbollah's deputy leader gave a speech on Sunday. He said the group would not "
        "give up its weapons as long as Israeli troops stayed in the south.",
    ),
    # "the group" with nothing named before it, or a group of people, is nobody named
    (
        "CONSULT",
        "PSE",
        None,
        "Hamas fired rockets at southern Israel on Monday. The group of foreign ministers "
        "met in Cairo on Tuesday.",
    ),
    # a mere visitor does not pledge what an onlooker says will happen
    (
        "AGREE",
        "USA",
        "UKR",
        "Analysts visited Kyiv on Monday and said Washington would send Ukraine more "
        "air defence systems.",
    ),
]


@pytest.mark.parametrize(("type_", "src", "tgt", "text"), CASES)
def test_coded(code, type_: str, src: str, tgt: str | None, text: str) -> None:
    events = code(text, "2024-06-01")
    assert counted(events, type_, src, tgt), show(events)


@pytest.mark.parametrize(("type_", "src", "tgt", "text"), ABSENT)
def test_not_coded(code, type_: str, src: str, tgt: str | None, text: str) -> None:
    # countable: what the evaluator counts (an accusation's content is the accuser's claim)
    events = countable(code(text, "2024-06-01"))
    assert not counted(events, type_, src, tgt), show(events)


# A text without a date: a titled surname names the country every dictionary person of
# that surname who ever held that title held it for; an ambiguous one names none.
UNDATED = [
    ("President Clinton urged Israel to freeze settlement building.", "REQUEST", "USA", "ISR"),
    ("President Bush accused Iraq of hiding weapons from inspectors.", "ACCUSE", "USA", "IRQ"),
    ("Prime Minister Sharif visited Kabul for talks on border security.", "CONSULT", "PAK", "AFG"),
]


@pytest.mark.parametrize(("text", "type_", "src", "tgt"), UNDATED)
def test_undated_titled_surname(code, text: str, type_: str, src: str, tgt: str) -> None:
    events = code(text, None)
    assert counted(events, type_, src, tgt), show(events)


def test_undated_surname_shared_across_countries_stays_unknown(code) -> None:
    # "Kim" leads Korean names ("Kim Jong Un") and ends others: no country is guessed
    events = code("President Kim warned Seoul against new military drills.", None)
    assert all(e.source is None or e.source.country is None for e in events), show(events)
