# ruff: noqa: E501  (a table: one sentence a line)
"""Sentences the small spaCy model misparses, and the coder must still code.

Wire-style sentences written for these tests where ``en_core_web_sm`` reads the
main verb as an adjective of the next noun ("Azerbaijan concentrated troops",
"Tehran relaxed curbs"), as a reduced relative of a subject noun that becomes the
root ("Indian troops disengaged from ..."), a headline verb as a plural noun
("Pakistan expels Afghan diplomats"), the subject as an adverbial noun or a
compound of the verb ("Turkey unblocked access", "Russia shells Kharkiv"), or a
particle hung on the wrong word ("pulled back north of the Litani"); plus
sentences near the same patterns that must code nothing.

A row of CASES is ``type | source | target | text``; ``target`` is ``-`` when
none is expected (any is accepted).
"""

from __future__ import annotations

import pytest

from conftest import counted, show
from parley.evaluate import counts

CASES = """
MOBILIZE | AZE | -   | Azerbaijan concentrated troops along the line of contact.
MOBILIZE | AZE | -   | Azerbaijan concentrated troops along the line of contact, Yerevan said.
MOBILIZE | AZE | -   | Armenia said Azerbaijan concentrated troops near the border.
MOBILIZE | AZE | -   | On Monday, Azerbaijan concentrated troops along the line of contact.
MOBILIZE | USA | -   | The U.S. military scrambled fighter jets to intercept two Russian bombers near Alaska.
MOBILIZE | CHN | TWN | Beijing scrambled fighter jets near Taiwan.
CONSULT  | QAT | PSE | Qatar's emir hosted Hamas leader Ismail Haniyeh in Doha on Tuesday.
CONCEDE  | IRN | -   | Tehran relaxed restrictions on foreign journalists on Monday.
RETREAT  | COD | -   | About 700 M23 fighters disarmed and demobilised in North Kivu, the UN said.
RETREAT  | IND | -   | Indian troops disengaged from the Galwan valley.
RETREAT  | IND | -   | Indian and Chinese troops disengaged from the border area.
CONCEDE  | TUR | -   | Turkey unblocked access to Wikipedia on Thursday.
CONCEDE  | TUR | -   | On Thursday, Turkey unblocked access to Wikipedia.
CONCEDE  | TUR | -   | Officials said Turkey unblocked access to Wikipedia.
ASSAULT  | RUS | UKR | Russia shells Kharkiv overnight.
ASSAULT  | AZE | ARM | Azerbaijan shells Armenian villages.
SANCTION | PAK | AFG | Pakistan expels Afghan diplomats.
RETREAT  | ISR | -   | Israeli troops pulled back north of the Litani river.
CONCEDE  | IRN | -   | Tehran relaxed curbs on foreign media.
CONCEDE  | RUS | IND | Moscow relaxed visa rules for Indian citizens.
AGREE    | TUR | SYR | Turkey, Syria agree to restore ties.
CONSULT  | IND | CHN | India, China hold border talks.
MOBILIZE | AZE | -   | Azerbaijan amassed troops near Armenian border, Yerevan says.
COERCE   | SDN | -   | Sudan's military seized power in a coup on Monday.
COERCE   | MMR | MMR | Myanmar's military detained Aung San Suu Kyi.
COERCE   | GEO | GEO | Police arrest protesters in Tbilisi.
PROTEST  | ARM | -   | Armenian opposition supporters staged a sit-in in Yerevan.
MOBILIZE | ARM | -   | Armenia mobilised reservists.
ASSAULT  | IRN | -   | Iran's military fired missiles at Kurdish groups in Iraq.
ASSAULT  | RUS | -   | Ukraine says Russia shells Kharkiv overnight.
COERCE   | GAB | -   | Gabon's military seized power after the election.
MOBILIZE | CHN | TWN | China's military conducted live-fire drills near Taiwan.
RETREAT  | PSE | ISR | Hamas set free two Israeli hostages on Friday.
RETREAT  | PSE | ISR | Hamas set two Israeli hostages free.
RETREAT  | IRN | FRA | Iran set free a French tourist.
MOBILIZE | AZE | -   | Azerbaijan concentrated troops along the border and shelled Armenian villages.
ASSAULT  | AZE | ARM | Azerbaijan concentrated troops along the border and shelled Armenian villages.
AID      | QAT | PSE | Qatar's emir hosted Hamas leader Ismail Haniyeh and pledged aid to Gaza.
MOBILIZE | RUS | -   | Moscow concentrated forces near Kupiansk, Ukraine's military said on Tuesday.
CONCEDE  | IRN | -   | Tehran relaxed restrictions on foreign journalists, the state news agency said.
"""

NEGATIVES = """
Russian-backed separatists held a referendum in Donetsk.
The opposition said detained activists were beaten in custody.
Ukraine's occupied territories remain under Russian control.
Gaza displaced families returned to the north.
Thousands of displaced people crossed into Chad.
The Kurdish armed groups control much of northeastern Syria.
Israel's restricted entry policy has been criticised for years.
The UN-backed government controls Tripoli.
Turkey's annual inflation rate rose to 70 percent.
China's exports fell sharply in May.
Moscow stock exchange shares closed higher.
Syria's war-ravaged economy shrank again last year.
Nigeria's kidnapped schoolgirls remain missing a decade later.
The blocked accounts belonged to opposition figures.
Pakistan's ousted prime minister remains in jail.
Russia's economy grows 3 percent.
Israel's exports drop sharply.
Iran-backed militias operate along the Syrian border.
Turkish-backed fighters control the town of Afrin.
The coach relaxed the rules for his players.
Police presence remains heavy in the capital.
The staged photographs were shown on state television.
The government set free trade zones along the coast.
Russia set free market prices for grain.
"""


def _rows() -> list[tuple[str, str, str, str | None]]:
    out = []
    for line in CASES.strip().splitlines():
        type_, src, tgt, text = (part.strip() for part in line.split("|", 3))
        out.append((text, type_, src, None if tgt == "-" else tgt))
    return out


@pytest.mark.parametrize(("text", "type_", "src", "tgt"), _rows())
def test_parse_robustness_codes(code, text, type_, src, tgt):
    events = code(text, "2024-05-01")
    assert counted(events, type_, src, tgt), show(events)


@pytest.mark.parametrize("text", NEGATIVES.strip().splitlines())
def test_parse_robustness_negatives_code_nothing(code, text):
    events = [e for e in code(text, "2024-05-01") if counts(e)]
    assert not events, show(events)
