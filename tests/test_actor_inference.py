# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Countries of unnamed actors: what the coder may and may not borrow.

An unnamed actor (a role noun with no nationality: "shipping companies", "warships",
"11 people", "him") takes a country only from what the text says of it: the place of
the event, a nationality its conjunct carries ("U.S. and British warplanes and
warships"), the state whose forces an armed group fights, or the sentence's one
country for acts a state does at home. It must not borrow the country of whoever acts
on it from outside: the group that warns it ("the Houthis warned shipping companies"),
the forces that attack it ("U.S. forces killed 11 people"), or the place where a person
pronoun's referent was granted asylum. A possessive in a clause whose subject is an
act put down to another state ("an air strike attributed to Israel killed seven of
its advisers") means the main subject ("Iran").

Sentences written for parley (wire style) and annotated before coding. Each case:
sentence, PLOVER type, source country, target country. None: not checked; "-": the
actor must have no country (or be absent). The negatives must code no event.
"""

from __future__ import annotations

import pytest

NONE = "-"

CASES = [
    (
        "The Houthis warned shipping companies against sailing through the Red Sea.",
        "THREATEN",
        "YEM",
        NONE,
    ),
    (
        "Yemen's Houthi rebels warned international shipping companies on Sunday that their vessels would be targeted if they sailed to Israeli ports.",
        "THREATEN",
        "YEM",
        NONE,
    ),
    (
        "The Houthis threatened insurers and shipowners with attacks if they continued to serve Israeli ports.",
        "THREATEN",
        "YEM",
        NONE,
    ),
    (
        "Hamas urged aid agencies to speed up deliveries of food into the territory.",
        "REQUEST",
        "PSE",
        "NGO",
    ),
    (
        "The Taliban accused foreign diplomats of interfering in internal affairs.",
        "ACCUSE",
        "AFG",
        NONE,
    ),
    (
        "The Arakan Army warned foreign investors against doing business with the junta.",
        "THREATEN",
        "MMR",
        NONE,
    ),
    (
        "The ICC prosecutor asked judges for arrest warrants against Netanyahu.",
        "REQUEST",
        "IGO",
        None,
    ),
    (
        "The ICC prosecutor asked the court's judges on Monday to issue arrest warrants for Israeli Prime Minister Benjamin Netanyahu.",
        "REQUEST",
        "IGO",
        None,
    ),
    ("The junta suspended broadcasts of the French radio RFI.", "COERCE", None, "FRA"),
    (
        "Mali's junta suspended the French broadcaster France 24 on Thursday.",
        "COERCE",
        "MLI",
        "FRA",
    ),
    (
        "U.S. and British warplanes and warships struck Houthi targets in Yemen.",
        "ASSAULT",
        "USA",
        "YEM",
    ),
    (
        "U.S. and British warplanes and warships struck Houthi targets in Yemen.",
        "ASSAULT",
        "GBR",
        "YEM",
    ),
    (
        "Russian drones and missiles struck energy facilities across Ukraine overnight.",
        "ASSAULT",
        "RUS",
        "UKR",
    ),
    (
        "The U.S. military struck a boat in the Caribbean, killing 11 people.",
        "ASSAULT",
        "USA",
        NONE,
    ),
    ("American forces killed 11 people in a strike on a boat.", "ASSAULT", "USA", NONE),
    ("Russian soldiers killed civilians in a village near Bakhmut.", "ASSAULT", "RUS", "UKR"),
    ("Israeli forces killed 20 people in an air strike on a school.", "ASSAULT", "ISR", NONE),
    (
        "French troops killed several civilians in an air strike, a U.N. report said.",
        "ASSAULT",
        "FRA",
        NONE,
    ),
    ("U.S. drones killed three people in a strike on a vehicle on Friday.", "ASSAULT", "USA", NONE),
    ("Rebels killed Malian soldiers in an ambush.", "ASSAULT", "MLI", "MLI"),
    ("Rebels attacked a military base in northern Mali on Sunday.", "ASSAULT", "MLI", None),
    ("RSF fighters killed more than 100 people in a village in Sudan.", "ASSAULT", "SDN", "SDN"),
    ("Police fired tear gas at protesters in Nairobi on Tuesday.", "ASSAULT", "KEN", "KEN"),
    (
        "Iran vowed to retaliate after an air strike widely attributed to Israel destroyed its consular building in Damascus.",
        "THREATEN",
        "IRN",
        "ISR",
    ),
    ("Pakistan expelled two Indian diplomats on Friday.", "SANCTION", "PAK", "IND"),
    ("Pakistan expelled two diplomats on Friday.", "SANCTION", "PAK", NONE),
    (
        "The European Union imposed sanctions on Russian shipping companies.",
        "SANCTION",
        "IGO",
        "RUS",
    ),
    (
        "Israeli soldiers and settlers attacked Palestinian villages near Nablus.",
        "ASSAULT",
        "ISR",
        "PSE",
    ),
    (
        "Ukrainian drones struck an oil refinery in Russia's Krasnodar region.",
        "ASSAULT",
        "UKR",
        "RUS",
    ),
    (
        "Houthi rebels fired missiles at a Greek-owned tanker in the Red Sea.",
        "ASSAULT",
        "YEM",
        None,
    ),
    (
        "Chinese coast guard vessels fired water cannon at Philippine supply boats near Second Thomas Shoal.",
        "ASSAULT",
        "CHN",
        "PHL",
    ),
    (
        "The Houthis seized a British-owned cargo ship in the Red Sea and took its crew hostage.",
        "COERCE",
        "YEM",
        None,
    ),
    ("Sudan's army accused the RSF of killing civilians in El Fasher.", "ACCUSE", "SDN", "SDN"),
    ("Niger's junta ordered the French ambassador to leave the country.", "SANCTION", "NER", "FRA"),
    ("Burkina Faso's junta suspended the French radio RFI.", "SANCTION", "BFA", "FRA"),
    ("The junta in Niger expelled French troops.", "COERCE", "NER", "FRA"),
    ("The U.N. Security Council demanded an immediate ceasefire in Gaza.", "REQUEST", "IGO", None),
    (
        "The U.N. envoy urged the warring parties in Sudan to return to talks.",
        "REQUEST",
        "IGO",
        "SDN",
    ),
    (
        "Ecuadorean police stormed the Mexican embassy in Quito to arrest former Vice President Jorge Glas.",
        "COERCE",
        "ECU",
        None,
    ),
    (
        "Russian forces shelled residential areas in Kharkiv, killing four people.",
        "ASSAULT",
        "RUS",
        "UKR",
    ),
    ("Israeli strikes killed dozens of people in Lebanon on Monday.", "ASSAULT", "ISR", "LBN"),
    ("A U.S. strike killed a senior Iraqi militia commander in Baghdad.", "ASSAULT", "USA", "IRQ"),
    (
        "Turkish warplanes and drones struck Kurdish militant targets in northern Iraq.",
        "ASSAULT",
        "TUR",
        None,
    ),
    ("French and British jets and warships attacked Libyan air defences.", "ASSAULT", "FRA", "LBY"),
    ("French and British jets and warships attacked Libyan air defences.", "ASSAULT", "GBR", "LBY"),
    ("Indian troops and paramilitaries clashed with militants in Kashmir.", "ASSAULT", "IND", None),
    (
        "The Houthis warned shipping lines that their vessels would be attacked.",
        "THREATEN",
        "YEM",
        NONE,
    ),
    (
        "Houthi leader Abdul Malik al-Houthi warned ship owners against dealing with Israel.",
        "THREATEN",
        "YEM",
        NONE,
    ),
    ("Hezbollah accused Western embassies of funding protests.", "ACCUSE", "LBN", NONE),
    ("The Sahel juntas accused foreign powers of backing jihadist groups.", "ACCUSE", None, NONE),
    ("Kenyan police arrested dozens of protesters in Nairobi.", "COERCE", "KEN", "KEN"),
    ("Riot police detained opposition supporters in Tbilisi on Sunday.", "COERCE", "GEO", "GEO"),
    ("Belarusian authorities detained a journalist in Minsk.", "COERCE", "BLR", "BLR"),
    ("Georgian police arrested dozens of protesters.", "COERCE", "GEO", "GEO"),
    ("Venezuela's Maduro accused the opposition of plotting a coup.", "ACCUSE", "VEN", "VEN"),
    (
        "North Korean troops were deployed to Russia's Kursk region, South Korea's spy agency said.",
        "MOBILIZE",
        "PRK",
        None,
    ),
    ("Russian missiles and drones hit Kyiv overnight.", "ASSAULT", "RUS", "UKR"),
    ("Israeli troops killed two gunmen in Jenin.", "ASSAULT", "ISR", "PSE"),
    (
        "The Pakistani military said its forces killed 12 militants in North Waziristan.",
        "ASSAULT",
        "PAK",
        "PAK",
    ),
    ("The army said it had killed 30 rebels in eastern Congo.", "ASSAULT", "COD", "COD"),
    ("Iran's foreign ministry summoned the British ambassador.", "ACCUSE", "IRN", "GBR"),
    (
        "Azerbaijani forces shelled Armenian positions along the border, killing two soldiers.",
        "ASSAULT",
        "AZE",
        "ARM",
    ),
    (
        "Saudi-led coalition warplanes struck a wedding party in Yemen, killing 20 people.",
        "ASSAULT",
        None,
        "YEM",
    ),
    ("Israeli police and soldiers raided the Al-Aqsa compound.", "ASSAULT", "ISR", None),
    ("The Houthis urged merchant ships to avoid the Bab el-Mandeb strait.", "REQUEST", "YEM", NONE),
    ("Hamas released two American hostages on Friday.", "RETREAT", "PSE", "USA"),
    ("The United States accused the junta of blocking aid.", "ACCUSE", "USA", NONE),
    ("Mexico granted asylum to former Bolivian President Evo Morales.", "AID", "MEX", "BOL"),
    ("Ecuador's government expelled the Mexican ambassador.", "SANCTION", "ECU", "MEX"),
    ("Russia accused Ukrainian saboteurs of blowing up a railway bridge.", "ACCUSE", "RUS", "UKR"),
    (
        "Ukraine's army said it shot down Russian drones and missiles over Kyiv.",
        "ASSAULT",
        "UKR",
        "RUS",
    ),
    (
        "The Houthis warned insurance companies on Monday against covering Israel-bound vessels.",
        "THREATEN",
        "YEM",
        NONE,
    ),
    ("Houthi forces attacked a Liberian-flagged tanker.", "ASSAULT", "YEM", None),
    ("The Wagner group's fighters killed civilians in central Mali.", "ASSAULT", None, "MLI"),
    ("Islamic State claimed an attack that killed 11 people in Kerman.", "ASSAULT", None, "IRN"),
    (
        "Iran vowed to retaliate after an air strike widely attributed to Israel destroyed its consular building in Damascus.",
        "ASSAULT",
        "ISR",
        "IRN",
    ),
    (
        "Iran vowed to retaliate after an air strike widely attributed to Israel killed seven of its military advisers in Damascus.",
        "ASSAULT",
        "ISR",
        "IRN",
    ),
    (
        "Iran said an air strike attributed to Israel killed two of its generals in Syria.",
        "ASSAULT",
        "ISR",
        "IRN",
    ),
    (
        "Pakistan said an attack claimed by the Taliban killed 12 of its soldiers near the Afghan border.",
        "ASSAULT",
        None,
        "PAK",
    ),
    ("Israel said its troops killed a Hamas commander in Gaza.", "ASSAULT", "ISR", "PSE"),
    (
        # "him" is Gonzalez, a Venezuelan (as "granted asylum to the Russian activist" is RUS)
        "Edmundo Gonzalez, the Venezuelan opposition candidate, arrived in Spain on Sunday after the Spanish government granted him political asylum.",
        "AID",
        "ESP",
        "VEN",
    ),
    (
        "Turkish warplanes and drones struck Kurdish militant targets in northern Iraq.",
        "ASSAULT",
        "TUR",
        "IRQ",
    ),
    ("Russian missiles and drones hit Kyiv overnight.", "ASSAULT", "RUS", "UKR"),
    (
        "U.S. and British warplanes and warships struck Houthi targets in Yemen.",
        "ASSAULT",
        "USA",
        "YEM",
    ),
    (
        "Ukrainian soldiers and civilians were killed in a Russian strike on Kharkiv.",
        "ASSAULT",
        "RUS",
        "UKR",
    ),
    (
        "Israeli soldiers and settlers attacked Palestinian villages near Nablus.",
        "ASSAULT",
        "ISR",
        "PSE",
    ),
    ("Russian warplanes bombed a market in Idlib, killing 30 people.", "ASSAULT", "RUS", "SYR"),
    (
        "U.S. forces killed four people in a strike on a suspected drug boat, the Pentagon said.",
        "ASSAULT",
        "USA",
        NONE,
    ),
    ("The junta suspended the French broadcaster France 24 on Thursday.", "COERCE", NONE, "FRA"),
    ("Police arrested a French journalist on Tuesday.", "COERCE", NONE, "FRA"),
    ("Venezuela's Maduro accused the opposition of plotting a coup.", "ACCUSE", "VEN", "VEN"),
    ("Police arrested dozens of Georgian protesters.", "COERCE", "GEO", "GEO"),
    ("Security forces killed three Syrian protesters in Deraa.", "ASSAULT", "SYR", "SYR"),
    (
        "Turkey's President Tayyip Erdogan accused the opposition of supporting terrorists.",
        "ACCUSE",
        "TUR",
        "TUR",
    ),
    ("Pakistan's government accused the opposition of inciting violence.", "ACCUSE", "PAK", "PAK"),
    (
        "Iran vowed to retaliate after an air strike widely attributed to Israel destroyed its embassy compound in Damascus.",
        "ASSAULT",
        "ISR",
        "IRN",
    ),
    ("Iran said an Israeli strike destroyed its consulate in Damascus.", "ASSAULT", "ISR", "IRN"),
    ("Pakistan said an Indian missile strike killed 26 of its civilians.", "ASSAULT", "IND", "PAK"),
    ("The Israeli army said its troops killed a Hamas commander in Gaza.", "ASSAULT", "ISR", "PSE"),
    (
        "The Houthis threatened insurers and shipowners with attacks if they continued to serve Israeli ports.",
        "THREATEN",
        "YEM",
        NONE,
    ),
    ("Russia banned European airlines from its airspace.", "COERCE", "RUS", NONE),
    ("Belarus expelled Western diplomats.", "SANCTION", "BLR", NONE),
    ("Hamas fighters took hostages from an Israeli music festival.", "ASSAULT", "PSE", NONE),
    ("RSF fighters killed more than 100 people in a village.", "ASSAULT", "SDN", "SDN"),
    (
        "Rebels seized the town and executed dozens of residents, the Congolese army said.",
        "ASSAULT",
        "COD",
        "COD",
    ),
    (
        "Al-Shabaab fighters killed 20 people in an attack on a hotel in Mogadishu.",
        "ASSAULT",
        "SOM",
        "SOM",
    ),
    ("Putin said his forces would respond to any attack.", "THREATEN", "RUS", None),
    (
        "Zelensky met Biden in Washington and said his country needed more air defence systems.",
        "CONSULT",
        "UKR",
        "USA",
    ),
]

NEGATIVES = [
    "Shipping companies have rerouted vessels around the Cape of Good Hope since the Houthis began their attacks.",
    "Judges at the ICC are expected to rule on the prosecutor's request within weeks.",
    "The junta has ruled Mali since 2020.",
    "The U.S. military's budget for the Caribbean region has grown sharply.",
    "Spain's asylum system has been overwhelmed by applications from Venezuelans.",
    "Iran's consular building in Damascus was located next to its embassy.",
    "Foreign investors remain wary of doing business in Myanmar.",
    "Residents of northern Gaza said food prices had doubled.",
    "Insurance premiums for ships crossing the Red Sea have risen tenfold.",
    "The Houthis control most of northern Yemen, including the capital Sanaa.",
    "The number of civilians killed in the war remains disputed.",
    "French radio RFI is widely listened to across West Africa.",
    "Warships from several European navies are expected to join the mission next year.",
    "Analysts said the junta would struggle to contain the insurgency.",
    "Hezbollah's arsenal is estimated at some 150,000 rockets and missiles.",
    "The French broadcaster France 24 has been off the air in Mali since 2022.",
    "Foreign journalists need a permit to report from the border area.",
    "British tourists account for a fifth of visitors to the island.",
    "The opposition has boycotted parliament for the past two years.",
    "European airlines have avoided Russian airspace since 2022.",
    "Insurers have raised war-risk premiums for ships calling at Israeli ports.",
]


def _country_ok(actor, want):
    if want is None:
        return True
    if want == NONE:
        return actor is None or actor.country is None
    return actor is not None and actor.country == want


@pytest.mark.parametrize(
    ("text", "type_", "src", "tgt"), CASES, ids=[f"{c[1]}-{c[0][:50]}" for c in CASES]
)
def test_actor_inference_codes(code, text, type_, src, tgt):
    events = code(text, "2024-05-01")
    hits = [
        e
        for e in events
        if e.type == type_
        and not e.negated
        and e.certainty != "speculative"
        and _country_ok(e.source, src)
        and _country_ok(e.target, tgt)
    ]
    got = [(e.type, e.source and e.source.country, e.target and e.target.country) for e in events]
    assert hits, f"expected {type_} {src}->{tgt}, got {got}"


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:60] for t in NEGATIVES])
def test_actor_inference_negatives(code, text):
    events = code(text, "2024-05-01")
    assert not events, [(e.type, e.trigger) for e in events]


# (sentence, side, country): no event of the sentence may give that side this country
BORROWED = [
    ("U.S. and British warplanes and warships struck Houthi targets in Yemen.", "source", "YEM"),
    ("French and British jets and warships attacked Libyan air defences.", "source", None),
    (
        "Turkish warplanes and drones struck Kurdish militant targets in northern Iraq.",
        "source",
        "IRQ",
    ),
    ("Russian missiles and drones hit Kyiv overnight.", "source", "UKR"),
    ("The Houthis warned shipping companies against sailing through the Red Sea.", "target", "YEM"),
    (
        "The Arakan Army warned foreign investors against doing business with the junta.",
        "target",
        "MMR",
    ),
    ("American forces killed 11 people in a strike on a boat.", "target", "USA"),
    ("Israeli forces killed 20 people in an air strike on a school.", "target", "ISR"),
    (
        "Edmundo Gonzalez, the Venezuelan opposition candidate, arrived in Spain on Sunday after the Spanish government granted him political asylum.",
        "target",
        "ESP",
    ),
    (
        "Iran said an air strike attributed to Israel killed two of its generals in Syria.",
        "target",
        "ISR",
    ),
    (
        "Pakistan said an attack claimed by the Taliban killed 12 of its soldiers near the Afghan border.",
        "target",
        "AFG",
    ),
    ("The junta suspended the French broadcaster France 24 on Thursday.", "source", "FRA"),
    ("Police arrested a French journalist on Tuesday.", "source", "FRA"),
    ("Iran said an Israeli strike destroyed its consulate in Damascus.", "target", "ISR"),
    ("Pakistan said an Indian missile strike killed 26 of its civilians.", "target", "IND"),
    (
        "Saudi Arabia's crown prince met Syrian President Ahmed al-Sharaa and said his government would support him.",
        "source",
        "SYR",
    ),
    ("Hamas fighters took hostages from an Israeli music festival.", "target", "PSE"),
]


@pytest.mark.parametrize(("text", "side", "country"), BORROWED, ids=[b[0][:60] for b in BORROWED])
def test_actor_inference_not_borrowed(code, text, side, country):
    events = code(text, "2024-05-01")
    assert events
    for e in events:
        actor = e.source if side == "source" else e.target
        assert actor is None or actor.country != country, (e.type, actor)
