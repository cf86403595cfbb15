"""Verbs added from the CAMEO verb dictionary (reviewed by hand; see the last block of
triggers.yaml and data/NOTICE).

Sentences written for these tests in wire style. CASES: the coder must produce a
countable event of the type with those countries (target None: any target). ABSENT:
the sentence uses the verb in a sense that is no event of that type.
"""

from __future__ import annotations

import pytest

from conftest import counted, show

CASES = [
    # ACCUSE: verbal attacks
    (
        "ACCUSE",
        "CHN",
        "JPN",
        "China's foreign ministry chided Japan on Tuesday over its new defence white paper.",
    ),
    (
        "ACCUSE",
        "IRN",
        "FRA",
        "The Iranian foreign minister admonished France for hosting the exiled opposition group.",
    ),
    (
        "ACCUSE",
        "TUR",
        "SWE",
        "Turkey's president derided Sweden as a haven for militants in a speech on Monday.",
    ),
    (
        "ACCUSE",
        "RUS",
        "GBR",
        "Russia's foreign ministry ridiculed Britain's new sanctions on Monday.",
    ),
    (
        "ACCUSE",
        "VEN",
        "COL",
        "The Venezuelan government denigrated Colombia over the border incident.",
    ),
    ("ACCUSE", "PRK", "KOR", "North Korea mocked South Korea's new spy satellite on Thursday."),
    (
        "ACCUSE",
        "IGO",
        "SDN",
        "A United Nations report implicated Sudan's Rapid Support Forces in the killing of "
        "civilians in Darfur.",
    ),
    (
        "ACCUSE",
        "SRB",
        "XKX",
        "Serbia's president hurled insults at Kosovo's prime minister on Friday.",
    ),
    # ASSAULT
    (
        "ASSAULT",
        None,  # unnamed gunmen have no country (eval/README, actors)
        "MLI",
        "Gunmen slew six villagers in central Mali on Sunday, local officials said.",
    ),
    (
        "ASSAULT",
        "NGA",
        "NGA",
        "Militants butchered 20 farmers in northeastern Nigeria, police said on Monday.",
    ),
    ("ASSAULT", "IND", "IND", "Rioters bludgeoned two Indian policemen in Manipur on Saturday."),
    (
        "ASSAULT",
        "AFG",
        None,
        "Taliban officials flogged two men in a stadium in Ghazni on Tuesday.",
    ),
    (
        "ASSAULT",
        "RUS",
        "UKR",
        "Russian forces pummeled Ukrainian positions near Bakhmut overnight.",
    ),
    (
        "ASSAULT",
        "IND",
        "IND",
        "Indian protesters scuffled with police outside the Pakistani embassy in New Delhi.",
    ),
    (
        "ASSAULT",
        "CHN",
        "PHL",
        "A Chinese coast guard ship rammed a Philippine supply boat near the Second Thomas "
        "Shoal on Monday.",
    ),
    # COERCE
    ("COERCE", "ETH", "ERI", "Ethiopian troops encircled the Eritrean border town on Wednesday."),
    ("COERCE", "ISR", "PSE", "Israeli troops surrounded the Al-Shifa hospital in Gaza on Monday."),
    ("COERCE", "YEM", None, "Houthi rebels commandeered a cargo ship in the Red Sea on Sunday."),
    (
        "COERCE",
        "USA",
        "IRN",
        "The US Navy interdicted an Iranian weapons shipment bound for Yemen on Thursday.",
    ),
    ("COERCE", "GBR", "PSE", "Britain proscribed Hamas as a terrorist organisation."),
    ("COERCE", "IRN", "IRN", "Iranian security forces quelled protests in Zahedan on Friday."),
    # MOBILIZE
    ("MOBILIZE", "RUS", None, "Russia mustered troops near the Ukrainian border on Tuesday."),
    ("MOBILIZE", "PRK", None, "North Korea paraded new missiles in Pyongyang on Wednesday."),
    # AID
    (
        "AID",
        "USA",
        "UKR",
        "The United States equipped Ukrainian forces with Bradley fighting vehicles.",
    ),
    # SUPPORT
    (
        "SUPPORT",
        "IND",
        "JPN",
        "India's prime minister complimented Japan on its support for the project.",
    ),
    (
        "SUPPORT",
        "EGY",
        "SAU",
        "The Egyptian president extolled Saudi Arabia's role in the Gaza talks.",
    ),
    # REQUEST
    (
        "REQUEST",
        "LBN",
        "FRA",
        "The Lebanese prime minister entreated France to send more aid on Monday.",
    ),
    # REJECT
    (
        "REJECT",
        "IRN",
        None,
        "Iran flouted United Nations arms restrictions by shipping drones to Russia, "
        "Western diplomats said.",
    ),
    # CONCEDE / RETREAT
    ("CONCEDE", "COL", "COL", "The rebel commanders capitulated to the Colombian army on Sunday."),
    (
        "RETREAT",
        "COL",
        None,
        "Colombian rebels demilitarized the northern zone on Sunday under the truce with the "
        "government.",
    ),
    # batch 2: repelling fighters, snatching people, levelling and liberating places,
    # tightening restrictions, shutting embassies and borders
    (
        "ASSAULT",
        "AZE",
        "ARM",
        "Azerbaijani troops repelled Armenian soldiers near the border on Tuesday.",
    ),
    ("ASSAULT", "MLI", None, "Malian soldiers repulsed jihadist fighters near Boni on Sunday."),
    (
        "ASSAULT",
        None,  # unnamed gunmen have no country (eval/README, actors)
        "NGA",
        "Gunmen snatched 30 students from a school in Nigeria's Kaduna state on Thursday.",
    ),
    ("ASSAULT", "RUS", "UKR", "Russian forces flattened the Ukrainian town of Marinka."),
    ("COERCE", "UKR", None, "Ukrainian troops liberated the city of Kherson on Friday."),
    ("COERCE", "ISR", "PSE", "Israel tightened its blockade of Gaza on Monday."),
    ("SANCTION", "IGO", "BLR", "The European Union tightened sanctions on Belarus on Wednesday."),
    ("SANCTION", "LTU", None, "Lithuania shut its embassy in Minsk on Tuesday."),
    ("SANCTION", "LTU", None, "Lithuania shut down its embassy in Minsk on Tuesday."),
    ("COERCE", "PAK", "AFG", "Pakistan shut the border with Afghanistan on Sunday."),
    # batch 3: object patterns of CAMEO verb blocks
    ("REJECT", "NER", None, "Niger's junta ignored calls to free the president, ECOWAS said."),
    (
        "ASSAULT",
        "ISR",
        None,
        "Israeli troops returned fire after gunmen shot at them from Lebanon.",
    ),
    ("SANCTION", "RUS", "MDA", "Russia deported two Moldovan diplomats on Monday."),
    ("COERCE", "AZE", "ARM", "Azerbaijan refused entry to two Armenian journalists on Sunday."),
    (
        "PROTEST",
        "IRQ",
        None,
        "Protesters burned portraits of the Swedish prime minister outside the embassy in Baghdad.",
    ),
    ("CONCEDE", "IRN", None, "The Iranian court reduced the sentence of the French aid worker."),
    ("ASSAULT", "IND", "IND", "A militant hurled a grenade at an Indian army patrol in Kashmir."),
    # batch 4: terrorize; clamp down; cease hostilities; plant a bomb; strengthen
    # sanctions; mend/repair/reestablish ties; shun talks; intervene militarily
    (
        "ASSAULT",
        "HTI",
        "HTI",
        "Armed gangs terrorized villagers in Haiti's Artibonite region on Sunday.",
    ),
    (
        "COERCE",
        "BLR",
        "BLR",
        "Belarusian authorities clamped down on opposition activists on Sunday.",
    ),
    (
        "RETREAT",
        "SDN",
        "SDN",
        "The rebels ceased hostilities against the Sudanese army on Saturday.",
    ),
    (
        "ASSAULT",
        "PAK",
        None,
        "Militants planted a bomb near a Pakistani army checkpoint in Waziristan on Monday.",
    ),
    ("SANCTION", "GBR", "IRN", "Britain strengthened sanctions on Iran on Thursday."),
    ("SUPPORT", "TUR", "EGY", "Turkey and Egypt mended ties on Tuesday."),
    ("SUPPORT", "ISR", "TUR", "Israel repaired relations with Turkey on Tuesday."),
    ("SUPPORT", "IRN", "SAU", "Iran and Saudi Arabia reestablished ties on Friday."),
    ("REJECT", "SRB", "SRB", "The Serbian opposition shunned talks with the government on Monday."),
    (
        "ASSAULT",
        "RWA",
        "COD",
        "Rwanda intervened militarily in eastern Congo, a United Nations report said.",
    ),
    # batch 5: debt relief, waiving sanctions, loosening restrictions, scrapping visits
    ("AID", "CHN", "CUB", "China has forgiven Cuba's debt, the Cuban foreign ministry said."),
    ("AID", "FRA", "MLI", "France cancelled Mali's debt on Monday."),
    ("CONCEDE", "USA", "VEN", "The United States waived sanctions on Venezuelan oil on Wednesday."),
    (
        "CONCEDE",
        "CHN",
        "TWN",
        "Beijing loosened restrictions on Taiwanese fruit imports on Friday.",
    ),
    (
        "SANCTION",
        "IND",
        "CAN",
        "The Indian foreign minister scrapped a visit to Canada on Thursday.",
    ),
    # batch 6: bringing down aircraft, stepping up security
    (
        "ASSAULT",
        "UKR",
        "RUS",
        "Ukrainian air defences brought down a Russian drone over Kyiv on Tuesday.",
    ),
    ("MOBILIZE", "DEU", None, "German police stepped up security at synagogues after the attack."),
    ("MOBILIZE", "KEN", None, "Kenya tightened security along the Somali border on Monday."),
    ("MOBILIZE", "PHL", None, "The Philippine navy beefed up security around the shoal."),
]


@pytest.mark.parametrize(("type_", "src", "tgt", "text"), CASES)
def test_cameo_verb_is_coded(code, type_: str, src: str, tgt: str | None, text: str) -> None:
    events = code(text, "2024-05-01")
    assert counted(events, type_, src, tgt), show(events)


ABSENT = [
    ("COERCE", "The central bank's rate cut quelled fears of a recession in Germany."),
    (
        "ASSAULT",
        "Opposition lawmakers said the ruling party had rammed the budget through the Polish "
        "parliament.",
    ),
    ("ACCUSE", "Investors mocked up a new bid for the French retailer, the company said."),
    (
        "MOBILIZE",
        "The Kenyan runner was mobbed by fans after she marshalled her energy for the final lap.",
    ),
    ("MOBILIZE", "Fighter jets were paraded in front of spectators at the air show in Paris."),
    ("AID", "The new Egyptian hospital is equipped with modern scanners, the ministry said."),
    ("COERCE", "Mountains surround the Afghan capital on three sides."),
    ("ASSAULT", "The spending cuts strangled Greece's economy for a decade."),
    (
        "ACCUSE",
        "A Nigerian mock election was held in Abuja on Saturday to test the voting machines.",
    ),
    ("ASSAULT", "Britain's second-hand dealers flog old furniture at weekend markets."),
    ("ASSAULT", "The governor urged residents to flatten the curve by staying at home."),
    (
        "ASSAULT",
        "The coalition repelled a bid by the opposition to force an early election in Spain.",
    ),
    ("ASSAULT", "The Indian spinner snatched three wickets in the final session."),
    ("ASSAULT", "The Italian striker snatched a late winner against Spain."),
    ("COERCE", "The Mexican central bank tightened its monetary policy on Thursday."),
    ("COERCE", "Brazilian shops shut their doors early on Friday."),
    ("COERCE", "The new law will liberate small firms from red tape, the French minister said."),
    ("REJECT", "The Polish minister ignored a question about the budget at the press conference."),
    ("PROTEST", "The old Kenyan farmer burned pictures of his late wife after the divorce."),
    ("COERCE", "Russia deported two Moldovan diplomats on Monday."),
    ("ASSAULT", "Farmers planted maize across the Kenyan highlands on Monday."),
    ("SUPPORT", "Workers repaired the Ukrainian power station's roof after the storm."),
    ("ASSAULT", "The Chinese central bank intervened in the currency market on Tuesday."),
    ("RETREAT", "The Indian firm ceased production at its plant in Pune."),
    ("COERCE", "The German coach clamped his hands on his head after the goal."),
    ("ASSAULT", "Bolivian police arrested a general who plotted to overthrow the government."),
    ("SANCTION", "The Brazilian firm scrapped its dividend on Thursday."),
    ("CONCEDE", "The Greek government loosened its belt after the budget surplus."),
    ("SUPPORT", "Soldiers saluted the flag at the ceremony in Warsaw."),
    ("ASSAULT", "The scandal brought down the Italian government."),
    ("MOBILIZE", "India and Japan agreed to boost security cooperation on Tuesday."),
]


@pytest.mark.parametrize(("type_", "text"), ABSENT)
def test_cameo_verb_in_another_sense_is_no_event(code, type_: str, text: str) -> None:
    events = code(text, "2024-05-01")
    assert not [e for e in events if e.type == type_], show(events)
