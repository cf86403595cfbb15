# ruff: noqa: E501  (a table: one sentence a line)
"""Headline- and list-shaped sentences: the coder must find every party.

Wire sentences and headlines written for these tests: parties joined by a
headline's comma ("Russia, Ukraine swap prisoners", "Israel, Hamas agree to extend
truce"), present-tense headline verbs the small spaCy model reads as a noun
compound of their object ("Armenia, Azerbaijan trade fire on border", "North Korea
fires missiles into sea") or whose object it reads as an apposition or adverbial
noun ("US sanctions Russian oligarchs", "Niger expels French ambassador"), towns
taken back ("recaptured", "retook", "regained control of", "wrested back
control"), and goods sent by co-suppliers that "arrived in" a country (each
supplier to it, not to each other); plus headlines near the same shapes that are
no events.

A row of CASES is ``type | source | target | text``; ``type`` may list accepted
types ("COERCE/ASSAULT": taking a town is either, eval/README.md); ``target`` is
``-`` when none is expected (any is accepted). Reciprocal acts (swaps, exchanges
of fire) are listed once each way.
"""

from __future__ import annotations

import pytest

from conftest import counted, show
from parley.evaluate import counts

CASES = """
RETREAT        | RUS | UKR | Russia, Ukraine swap prisoners
RETREAT        | UKR | RUS | Russia, Ukraine swap prisoners
RETREAT        | RUS | UKR | Russia, Ukraine exchange prisoners of war in UAE-brokered deal
RETREAT        | UKR | RUS | Russia, Ukraine exchange prisoners of war in UAE-brokered deal
RETREAT        | ISR | PSE | Israel, Hamas swap hostages for prisoners as truce holds
RETREAT        | PSE | ISR | Israel, Hamas swap hostages for prisoners as truce holds
AGREE          | ISR | PSE | Israel, Hamas agree to extend truce
AGREE          | PSE | ISR | Israel, Hamas agree to extend truce
AGREE          | SRB | XKX | Serbia, Kosovo agree to normalise ties
AGREE          | XKX | SRB | Serbia, Kosovo agree to normalise ties
AGREE          | SDN | SSD | Sudan, South Sudan agree to reopen border crossings
AGREE          | SSD | SDN | Sudan, South Sudan agree to reopen border crossings
AGREE          | ETH | ERI | Ethiopia, Eritrea sign peace deal
AGREE          | ERI | ETH | Ethiopia, Eritrea sign peace deal
AGREE          | ISR | LBN | Israel, Lebanon agree on maritime border in U.S.-brokered deal
ASSAULT        | ARM | AZE | Armenia, Azerbaijan trade fire on border
ASSAULT        | AZE | ARM | Armenia, Azerbaijan trade fire on border
ASSAULT        | IND | PAK | India, Pakistan exchange fire across Kashmir frontier
ASSAULT        | PAK | IND | India, Pakistan exchange fire across Kashmir frontier
ASSAULT        | KGZ | TJK | Kyrgyzstan, Tajikistan border guards exchange fire
ASSAULT        | TJK | KGZ | Kyrgyzstan, Tajikistan border guards exchange fire
ASSAULT        | THA | KHM | Thailand, Cambodia troops clash on disputed border
ASSAULT        | KHM | THA | Thailand, Cambodia troops clash on disputed border
CONSULT        | CHN | USA | China, U.S. hold trade talks in Geneva
CONSULT        | ARM | AZE | Armenia, Azerbaijan hold border talks in Almaty
CONSULT        | JPN | KOR | Japan, South Korea leaders meet in Tokyo
SANCTION       | RUS | MDA | Russia, Moldova expel diplomats in tit-for-tat row
SANCTION       | MDA | RUS | Russia, Moldova expel diplomats in tit-for-tat row
COERCE         | UKR | RUS | Ukrainian forces recaptured the village of Robotyne from Russian troops.
COERCE/ASSAULT | SYR | -   | Syrian government forces retook Palmyra from Islamic State militants.
COERCE         | IRQ | -   | Iraqi forces regained control of Mosul from Islamic State.
COERCE/ASSAULT | UKR | RUS | Ukraine said it had retaken the village of Klishchiivka near Bakhmut from Russian forces.
COERCE         | RUS | UKR | Russian troops recaptured the village of Krynky from Ukrainian marines, Moscow said.
COERCE/ASSAULT | SDN | -   | Sudan's army retook the state broadcaster's headquarters in Omdurman from the Rapid Support Forces.
COERCE         | COD | -   | Congolese troops wrested back control of the town of Rutshuru from M23 rebels.
COERCE/ASSAULT | UKR | -   | Ukraine retakes Kherson
COERCE         | UKR | -   | Ukraine recaptures key village in southern counteroffensive
COERCE         | ISR | -   | Israeli troops regained control of the kibbutz after fighting Hamas gunmen for two days.
COERCE/ASSAULT | RUS | UKR | Russian forces have retaken the town of Avdiivka, the Russian Defence Ministry said.
COERCE         | UKR | -   | The recapture of Kherson by Ukrainian forces forced Moscow to pull back across the Dnipro.
COERCE         | MLI | -   | Malian troops and Wagner fighters recaptured the northern town of Kidal from Tuareg rebels.
COERCE/ASSAULT | SOM | -   | Somali government forces retook the town of Harardhere from al-Shabaab.
COERCE         | YEM | -   | Yemeni government forces regained control of Marib city from the Houthis.
AID            | DNK | UKR | F-16 jets supplied by Denmark and the Netherlands arrived in Ukraine.
AID            | NLD | UKR | F-16 jets supplied by Denmark and the Netherlands arrived in Ukraine.
AID            | DEU | UKR | Leopard tanks supplied by Germany and Poland reached Ukraine on Monday.
AID            | POL | UKR | Leopard tanks supplied by Germany and Poland reached Ukraine on Monday.
AID            | JOR | PSE | Aid sent by Jordan and Egypt arrived in Gaza on Sunday.
AID            | EGY | PSE | Aid sent by Jordan and Egypt arrived in Gaza on Sunday.
AID            | TUR | SYR | Relief supplies sent by Turkey and Qatar reached northern Syria.
AID            | QAT | SYR | Relief supplies sent by Turkey and Qatar reached northern Syria.
ASSAULT        | ISR | PSE | Israel strikes Gaza
ASSAULT        | SDN | -   | Sudan army shells Omdurman
ASSAULT        | RUS | UKR | Russia pounds Kharkiv with missiles
COERCE         | IRN | FRA | Iran arrests French tourist
SANCTION       | USA | RUS | US sanctions Russian oligarchs
ASSAULT        | ISR | LBN | Israel bombs Hezbollah targets in Lebanon
ACCUSE         | CHN | USA | China accuses US of hacking
THREATEN       | PRK | USA | North Korea threatens US with nuclear strike
CONSULT        | USA | CHN | Blinken meets Xi in Beijing
SANCTION       | IGO | IRN | EU sanctions Iranian officials over drone supplies
REJECT         | PSE | ISR | Hamas rejects Israeli ceasefire proposal
MOBILIZE       | CHN | -   | China sends warships near Taiwan
AID            | JPN | TUR | Japan sends aid to Turkey quake victims
SANCTION       | NER | FRA | Niger expels French ambassador
COERCE         | AFG | GBR | Taliban detain British aid workers
ASSAULT        | UKR | RUS | Ukraine drones hit Russian refinery
ASSAULT        | PAK | AFG | Pakistan shells Afghan border posts
ASSAULT        | ISR | PSE | Israel raids Jenin refugee camp
RETREAT        | AZE | ARM | Azerbaijan frees Armenian soldiers
SANCTION       | RUS | EST | Russia expels Estonian diplomat
COERCE         | IRN | -   | Iran seizes oil tanker in Gulf of Oman
ASSAULT        | TUR | IRQ | Turkey strikes Kurdish militants in northern Iraq
ASSAULT        | RUS | UKR | Russian missiles hit Odesa port
COERCE         | RUS | USA | Russia detains US journalist on spying charges
ASSAULT        | USA | YEM | US strikes Houthi targets in Yemen
ACCUSE         | PHL | CHN | Philippines protests Chinese water cannon attack
CONSULT        | TUR | RUS | Erdogan hosts Putin in Ankara
AID/AGREE      | USA | UKR | US pledges new military aid for Ukraine
ASSAULT        | ISR | SYR | Israel bombs Damascus airport
SANCTION       | GBR | RUS | Britain bans Russian diamond imports
COERCE         | CHN | -   | China detains Taiwanese publisher
REJECT         | RUS | UKR | Russia rejects Ukraine peace plan
ASSAULT        | RUS | UKR | Russia launches massive drone attack on Kyiv
ASSAULT        | SOM | -   | Somali army kills al-Shabaab commander
REQUEST        | UKR | DEU | Zelenskiy urges Germany to send Taurus missiles
RETREAT        | IRN | USA | Iran, U.S. swap prisoners in Qatar-mediated deal
RETREAT        | USA | IRN | Iran, U.S. swap prisoners in Qatar-mediated deal
RETREAT        | RUS | USA | Russia and the United States swapped prisoners in Abu Dhabi on Thursday.
RETREAT        | UKR | RUS | Ukraine and Russia exchanged 95 prisoners of war each, the UAE foreign ministry said.
RETREAT        | RUS | UKR | Moscow and Kyiv swap bodies of fallen soldiers
ASSAULT        | IND | CHN | India, China troops clash in Arunachal Pradesh
ASSAULT        | CHN | IND | India, China troops clash in Arunachal Pradesh
AGREE          | ARM | AZE | Armenia, Azerbaijan agree on draft peace treaty text
AGREE          | SAU | IRN | Saudi Arabia, Iran agree to restore ties in China-brokered deal
AGREE          | RUS | UKR | Russia, Ukraine sign grain deal in Istanbul
AGREE          | PSE | ISR | Hamas, Israel agree on four-day truce
CONSULT        | CHN | USA | Xi, Biden meet on sidelines of APEC summit
CONSULT        | SRB | XKX | Serbia, Kosovo leaders hold EU-brokered talks in Brussels
CONSULT        | KOR | JPN | South Korea, Japan hold first summit in 12 years
COERCE         | UKR | -   | Ukrainian troops have recaptured Andriivka, south of Bakhmut, the army said.
COERCE/ASSAULT | RUS | UKR | Russian forces retook the village of Krasnohorivka, Moscow said on Saturday.
COERCE         | IRQ | -   | Iraqi troops regain control of Kirkuk from Kurdish forces
COERCE         | PHL | -   | Philippine troops regained control of Marawi after a five-month siege.
COERCE         | UKR | RUS | Kyiv's forces recaptured the strategic island from Russian troops.
COERCE         | SYR | -   | The recapture of Aleppo by Syrian government forces ended four years of rebel control.
COERCE/ASSAULT | ETH | -   | Ethiopian federal troops retook the town of Lalibela from Tigrayan forces.
COERCE         | UKR | -   | Ukraine's forces wrested back control of the town of Kupiansk last year.
AID            | USA | UKR | Patriot missiles supplied by the United States and Germany arrived in Ukraine.
AID            | DEU | UKR | Patriot missiles supplied by the United States and Germany arrived in Ukraine.
AID            | EGY | PSE | Food and medicine sent by Egypt and the UAE entered Gaza through the Rafah crossing.
AID            | ARE | PSE | Food and medicine sent by Egypt and the UAE entered Gaza through the Rafah crossing.
ASSAULT        | RUS | UKR | Russia strikes Ukraine energy grid
ASSAULT        | ISR | LBN | Israel shells southern Lebanon
ASSAULT        | UKR | RUS | Ukraine strikes Russian air base in Crimea
COERCE         | RUS | -   | Russia arrests Kremlin critic
SANCTION       | USA | CHN | US blacklists Chinese chip firms
MOBILIZE       | PRK | -   | North Korea fires missiles into sea
THREATEN       | IRN | ISR | Iran warns Israel of crushing response
ACCUSE         | UKR | RUS | Ukraine accuses Russia of shelling Zaporizhzhia plant
REJECT         | ISR | -   | Israel rejects ICJ genocide case
SANCTION       | AUS | RUS | Australia expels Russian diplomat
COERCE         | CHN | -   | China detains Japanese businessman
RETREAT        | ISR | PSE | Israel frees 39 Palestinian prisoners
CONSULT        | USA | CHN | Blinken visits China
RETREAT        | ARM | AZE | Armenia and Azerbaijan exchanged 32 detainees as part of a confidence-building deal, officials in Baku said.
RETREAT        | AZE | ARM | Armenia and Azerbaijan exchanged 32 detainees as part of a confidence-building deal, officials in Baku said.
ASSAULT        | ISR | LBN | Israel, Hezbollah trade fire across Lebanese border
ASSAULT        | LBN | ISR | Israel, Hezbollah trade fire across Lebanese border
ASSAULT        | IND | PAK | Indian and Pakistani troops traded fire along the Line of Control on Tuesday, the Indian army said.
COERCE         | UKR | -   | Ukraine's military said its forces had recaptured the village of Staromaiorske in the south.
COERCE         | SYR | -   | Syrian troops backed by Russian air power recaptured the ancient city of Palmyra on Sunday.
COERCE         | NGA | -   | Nigerian troops regained control of the town of Gwoza from Boko Haram, the army said.
COERCE         | AZE | -   | Azerbaijan regained control of Nagorno-Karabakh in a lightning offensive.
COERCE         | MMR | -   | Myanmar's junta said its troops had recaptured the border town of Myawaddy.
AID            | GBR | UKR | Storm Shadow missiles supplied by Britain and France reached Ukraine last month.
AID            | FRA | UKR | Storm Shadow missiles supplied by Britain and France reached Ukraine last month.
AID            | SAU | TUR | Tents and blankets sent by Saudi Arabia and Kuwait arrived in Turkey on Wednesday.
AID            | KWT | TUR | Tents and blankets sent by Saudi Arabia and Kuwait arrived in Turkey on Wednesday.
ASSAULT        | RUS | UKR | Russia pounds Ukrainian cities with drones and missiles
COERCE         | BLR | -   | Belarus jails opposition activist for 10 years
SANCTION       | JPN | RUS | Japan sanctions Russian banks
ASSAULT        | AZE | ARM | Azerbaijan shells Armenian border villages, Yerevan says
AGREE          | ARM | AZE | Armenia, Azerbaijan agree to open border crossing
AGREE          | COL | -   | Colombia, ELN rebels agree to six-month ceasefire
CONSULT        | RUS | CHN | Putin, Xi hold talks in Beijing
CONSULT        | CHN | RUS | Putin, Xi hold talks in Beijing
THREATEN       | PRK | KOR | North Korea threatens South Korea with nuclear attack
RETREAT        | ISR | PSE | Israel releases Palestinian prisoners under truce deal
COERCE         | VEN | -   | Venezuela arrests opposition leader
COERCE         | UKR | -   | The village was recaptured by Ukrainian forces after weeks of fighting, the general staff said.
COERCE/ASSAULT | IRQ | -   | Mosul was retaken by Iraqi government forces after a nine-month battle, the military said.
COERCE         | SDN | -   | Sudanese troops regain control of state broadcaster in Omdurman
COERCE         | COD | -   | Congolese soldiers wrested control of Kitshanga from M23 fighters on Monday.
RETREAT        | ISR | PSE | Israel and Hamas swapped hostages for Palestinian prisoners for a fifth day on Tuesday.
RETREAT        | PSE | ISR | Israel and Hamas swapped hostages for Palestinian prisoners for a fifth day on Tuesday.
ASSAULT        | ARM | AZE | Armenian and Azerbaijani forces exchanged fire overnight, each side blaming the other.
ASSAULT        | AZE | ARM | Armenian and Azerbaijani forces exchanged fire overnight, each side blaming the other.
AGREE          | GRC | TUR | Greece, Turkey agree to keep channels open
SANCTION       | RUS | EST | Russia and Estonia expelled each other's ambassadors on Tuesday.
SANCTION       | EST | RUS | Russia and Estonia expelled each other's ambassadors on Tuesday.
RETREAT        | USA | RUS | Russia and the United States swapped prisoners in Abu Dhabi on Thursday.
ASSAULT        | RUS | UKR | Russia fires missiles at Kyiv
AID            | FRA | UKR | France and Germany supplied Ukraine with tanks.
COOPERATE      | RUS | HUN | Russia supplies gas to Hungary.
ASSAULT        | PSE | ISR | Hamas fires rockets at Tel Aviv
"""

NEGATIVES = """
Russia, Ukraine talks: what we know
Israel strikes a balance between security and diplomacy
Ukraine, Russia war: live updates
India, Pakistan rivalry heats up on the cricket field
China, US trade figures show slowdown
Russia, Ukraine grain exports rise in March
Israel, Hamas: a timeline of the conflict
Armenia, Azerbaijan peace process explained
Ukraine swaps: how prisoner exchanges work
The opposition hopes to regain control of parliament in next year's election.
Shares in Tokyo recaptured lost ground on Friday.
The Democrats retook the House in the midterm elections.
The champion regained the title after a five-year wait.
Mali, Burkina Faso football teams draw 1-1
Israel strikes: what we know so far
Kenya, Uganda coffee prices climb
Retaking Crimea would take years, analysts said.
Germany, France economies stall in second quarter
Sudan army chief marks Independence Day
Iran, U.S. tensions: a timeline
India, China border dispute explained
Russia strikes a defiant tone at UN
Saudi Arabia, Iran oil output rises
Recapturing the spirit of 1990 will not be easy, the coach said.
The film retakes were shot in Budapest.
Israel, Hamas war enters fourth month
Ukraine, Russia both claim gains in Bakhmut
Israel, Hezbollah conflict: key facts
Armenia, Azerbaijan relations at a glance
Putin, Xi friendship faces test
UK sanctions regime explained
Japan sanctions list grows longer
The party regained control of the city council in local elections.
Investors regained confidence after the central bank cut rates.
The striker retook his place in the starting line-up.
Biden retakes lead in Pennsylvania count
Israel, Gaza: how the war began
Ukraine, Russia swap: who was freed
US, China chip war escalates
Attacking Iran would be a mistake, analysts said.
"""


def _rows() -> list[tuple[str, str, str | None, str]]:
    out = []
    for line in CASES.strip().splitlines():
        type_, src, tgt, text = (x.strip() for x in line.split("|", 3))
        out.append((text, type_, src, None if tgt == "-" else tgt))
    return out


@pytest.mark.parametrize(("text", "type_", "src", "tgt"), _rows())
def test_parse_shapes_codes(code, text, type_, src, tgt):
    events = code(text, "2024-05-01")
    assert counted(events, tuple(type_.split("/")), src, tgt), show(events)


@pytest.mark.parametrize("text", NEGATIVES.strip().splitlines())
def test_parse_shapes_negatives_code_nothing(code, text):
    events = [e for e in code(text, "2024-05-01") if counts(e)]
    assert not events, show(events)
