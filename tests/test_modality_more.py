# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Threats, demands, ultimatums and stated intent, phrased the ways wire copy does.

Stated future conflictual intent ("said it would keep attacking", "vowed to keep
fighting") is THREATEN; ultimatums ("gave the RSF 48 hours to leave", "set a deadline
for Hamas to") are THREATEN against the party given the time limit; telling or ordering
a state to act ("told Moscow to leave Ukraine", "the ICJ ordered Israel to halt") is a
REQUEST of it, while ordering foreign troops out of one's country is an expulsion.
Each case: the sentence, the PLOVER type expected, the source country and the target
country (None: not checked). The negatives (analysis, hypotheticals, background,
expectations, non-political deadlines) must give no event that counts: nothing that
is not negated and not speculative.
"""

from __future__ import annotations

import pytest

from conftest import assert_coded

PUB = "2024-05-01"

CASES = [
    # stated intent to go on fighting
    (
        "Hezbollah said it would keep attacking Israeli positions until the war in Gaza ends.",
        "THREATEN",
        "LBN",
        "ISR",
    ),
    ("Hamas said it would continue fighting Israeli forces in Rafah.", "THREATEN", "PSE", "ISR"),
    (
        "The Houthis said they would continue to target US warships in the Red Sea.",
        "THREATEN",
        "YEM",
        "USA",
    ),
    (
        "The Houthis vowed to keep targeting ships linked to Israel in the Red Sea.",
        "THREATEN",
        "YEM",
        "ISR",
    ),
    (
        "Ukraine's defence minister vowed to keep fighting until every Russian soldier has left Ukrainian soil.",
        "THREATEN",
        "UKR",
        None,
    ),
    (
        "The RSF vowed to press on with its offensive against the Sudanese army in El Fasher.",
        "THREATEN",
        "SDN",
        "SDN",
    ),
    (
        "Hezbollah's leader vowed to keep up the attacks on northern Israel.",
        "THREATEN",
        "LBN",
        "ISR",
    ),
    # telling a state to leave or act is a demand; ordering foreign troops out is an expulsion
    ("Kyiv told Russia to leave Ukraine.", "REQUEST", "UKR", "RUS"),
    ("Poland told Moscow to withdraw its troops from Ukraine.", "REQUEST", "POL", "RUS"),
    ("The European Union told Russia to pull its forces out of Ukraine.", "REQUEST", "IGO", "RUS"),
    ("Turkey told Sweden to crack down on Kurdish militants.", "REQUEST", "TUR", "SWE"),
    ("Washington told Beijing to stop supplying Russia with drone parts.", "REQUEST", "USA", "CHN"),
    (
        "The Philippines told China to remove its floating barrier from the shoal.",
        "REQUEST",
        "PHL",
        "CHN",
    ),
    (
        "The UN Security Council ordered Israel to halt its military offensive in Rafah.",
        "REQUEST",
        "IGO",
        "ISR",
    ),
    (
        "The ICJ ordered the United States to release the Iranian diplomats.",
        "REQUEST",
        "IGO",
        "USA",
    ),
    (
        "Mali ordered French troops to leave the country within six months.",
        "SANCTION",
        "MLI",
        "FRA",
    ),
    (
        "Burkina Faso's junta ordered French forces to leave within a month.",
        "SANCTION",
        "BFA",
        "FRA",
    ),
    (
        "Niger's junta ordered the French ambassador to leave within 48 hours.",
        "SANCTION",
        "NER",
        "FRA",
    ),
    ("Somalia ordered Ethiopia's ambassador to leave the country.", "SANCTION", "SOM", "ETH"),
    # "urged/demanded that Y be ..." and "insisted that Y ..."
    (
        "Ukraine urged that Russia be punished for the strike on the hospital.",
        "REQUEST",
        "UKR",
        "RUS",
    ),
    ("Armenia urged that Azerbaijan be held accountable for the attack.", "REQUEST", "ARM", "AZE"),
    ("Pakistan demanded that India be held responsible for the killings.", "REQUEST", "PAK", "IND"),
    ("Israel demanded that Hamas release all the hostages.", "REQUEST", "ISR", "PSE"),
    ("The United States insisted that Israel allow more aid into Gaza.", "REQUEST", "USA", "ISR"),
    (
        "Azerbaijan demanded that Armenia amend its constitution before a peace treaty is signed.",
        "REQUEST",
        "AZE",
        "ARM",
    ),
    ("Beijing demanded that Manila withdraw its ship from the shoal.", "REQUEST", "CHN", "PHL"),
    # ultimatums
    ("The Sudanese army gave the RSF 48 hours to leave the capital.", "THREATEN", "SDN", "SDN"),
    (
        "ECOWAS gave Niger's junta a one-week deadline to reinstate President Bazoum.",
        "THREATEN",
        "IGO",
        "NER",
    ),
    ("Israel set a deadline for Hamas to accept the truce proposal.", "THREATEN", "ISR", "PSE"),
    (
        "The Colombian government gave the ELN rebels until Friday to free the hostages.",
        "THREATEN",
        "COL",
        "COL",
    ),
    (
        "Islamabad gave Kabul a week to hand over the militants behind the attack.",
        "THREATEN",
        "PAK",
        "AFG",
    ),
    (
        "The United States gave Venezuela until the end of the month to release the detained Americans.",
        "THREATEN",
        "USA",
        "VEN",
    ),
    (
        "Kenyan troops were given 48 hours by the Somali government to leave the town.",
        "THREATEN",
        "SOM",
        "KEN",
    ),
    ("The Arab League set Syria a deadline to stop the crackdown.", "THREATEN", "IGO", "SYR"),
    (
        "NATO issued Belgrade an ultimatum to withdraw its forces from Kosovo.",
        "THREATEN",
        "IGO",
        "SRB",
    ),
    (
        "Azerbaijan issued an ultimatum to the Karabakh Armenian forces to lay down their arms.",
        "THREATEN",
        "AZE",
        None,
    ),
    (
        "Israel gave Hamas a week to respond to the proposal, Egyptian officials said.",
        "THREATEN",
        "ISR",
        "PSE",
    ),
    # threats
    ("Iran warned of a crushing response to any Israeli attack.", "THREATEN", "IRN", "ISR"),
    (
        "Iran said it reserved the right to respond to the Israeli strike on its consulate.",
        "THREATEN",
        "IRN",
        "ISR",
    ),
    (
        "Russia hinted at a nuclear response if Western troops entered Ukraine.",
        "THREATEN",
        "RUS",
        None,
    ),
    ("Russia signalled retaliation against Moldova.", "THREATEN", "RUS", "MDA"),
    ("Israel refused to rule out a strike on Iran's nuclear sites.", "THREATEN", "ISR", "IRN"),
    (
        "Israel's prime minister said Israel would respond to the Iranian attack at a time of its choosing.",
        "THREATEN",
        "ISR",
        "IRN",
    ),
    (
        "Russia said it would respond to the deployment of US missiles in Germany.",
        "THREATEN",
        "RUS",
        "USA",
    ),
    ("Tehran said it would respond to the Israeli strike.", "THREATEN", "IRN", "ISR"),
    (
        "Israel said it would no longer tolerate Hezbollah attacks on its northern towns.",
        "THREATEN",
        "ISR",
        "LBN",
    ),
    ("Azerbaijan will not tolerate provocations by Armenian forces.", "THREATEN", "AZE", "ARM"),
    (
        "China won't tolerate foreign interference in Taiwan, the foreign ministry said.",
        "THREATEN",
        "CHN",
        None,
    ),
    ("France did not rule out sending troops to Ukraine, Macron said.", "THREATEN", "FRA", "UKR"),
    ("The White House declined to rule out new sanctions against China.", "THREATEN", "USA", "CHN"),
    ("Ankara signalled it would block Sweden's accession.", "THREATEN", "TUR", "SWE"),
    ("Moscow signalled it would retaliate against the Baltic states.", "THREATEN", "RUS", None),
    (
        "Israel told Lebanon that it would strike Beirut if Hezbollah kept firing.",
        "THREATEN",
        "ISR",
        "LBN",
    ),
    ("The Kremlin said it would expel more Western diplomats.", "THREATEN", "RUS", None),
    ("Al-Shabaab threatened to attack Kenyan troops in Somalia.", "THREATEN", "SOM", "KEN"),
    ("Algeria threatened to recall its ambassador from Paris.", "THREATEN", "DZA", None),
    ('Iran vowed a "severe" response to the killing of its commanders.', "THREATEN", "IRN", None),
    ("Israel promised a harsh response to the Iranian attack.", "THREATEN", "ISR", "IRN"),
    (
        "China threatened retaliation against the Philippines over the shoal.",
        "THREATEN",
        "CHN",
        "PHL",
    ),
    (
        "China said it would take countermeasures against the United States over the arms sale to Taiwan.",
        "THREATEN",
        "CHN",
        "USA",
    ),
    (
        "China warned that it would take resolute countermeasures against Japan.",
        "THREATEN",
        "CHN",
        "JPN",
    ),
    ("Russia threatened to strike British military targets in Ukraine.", "THREATEN", "RUS", "GBR"),
    ("Turkey warned Sweden that it would block its NATO bid.", "THREATEN", "TUR", "SWE"),
    ("Venezuela warned Guyana against drilling in the disputed waters.", "THREATEN", "VEN", "GUY"),
    ("Pyongyang threatened Seoul with a nuclear strike.", "THREATEN", "PRK", "KOR"),
    (
        "Israel's defence minister warned Hezbollah of a devastating response.",
        "THREATEN",
        "ISR",
        "LBN",
    ),
    ("Iran issued a stern warning to Israel on Sunday.", "THREATEN", "IRN", "ISR"),
    ("The junta in Niger threatened to expel the French ambassador.", "THREATEN", "NER", "FRA"),
    (
        "Moscow warned Kyiv of retaliation for the drone strikes on Russian refineries.",
        "THREATEN",
        "RUS",
        "UKR",
    ),
    (
        "The Taliban warned Pakistan against further air strikes on Afghan territory.",
        "THREATEN",
        "AFG",
        "PAK",
    ),
    (
        "Israel threatened to invade Rafah unless Hamas freed the hostages.",
        "THREATEN",
        "ISR",
        "PSE",
    ),
    ("The Kremlin warned NATO against sending troops to Ukraine.", "THREATEN", "RUS", "IGO"),
    (
        "Iran warned the United States to stay out of its conflict with Israel.",
        "THREATEN",
        "IRN",
        "USA",
    ),
    (
        "Israel was threatened with retaliation by Iran after the strike in Damascus.",
        "THREATEN",
        "IRN",
        "ISR",
    ),
    ("Hezbollah made new threats against Israeli towns near the border.", "THREATEN", "LBN", "ISR"),
    (
        "The Pentagon warned the Houthis they would face consequences for the attacks.",
        "THREATEN",
        "USA",
        "YEM",
    ),
    ("Moscow threatened to cut diplomatic ties with Moldova.", "THREATEN", "RUS", "MDA"),
    ("Kim Jong Un vowed to annihilate South Korea if attacked.", "THREATEN", "PRK", "KOR"),
    ("North Korea put its forces on alert after the South Korean drills.", "MOBILIZE", "PRK", None),
    (
        "Israel put its air defences on high alert ahead of an expected Iranian strike.",
        "MOBILIZE",
        "ISR",
        None,
    ),
    (
        "South Korea heightened its military readiness after the North's missile launch.",
        "MOBILIZE",
        "KOR",
        None,
    ),
    (
        "Hungary threatened on Monday to veto the EU aid package for Ukraine.",
        "THREATEN",
        "HUN",
        None,
    ),
    ("Washington warned Tbilisi it could face sanctions over the law.", "THREATEN", "USA", "GEO"),
    (
        "The United States threatened sanctions against Georgia over the foreign agents law.",
        "THREATEN",
        "USA",
        "GEO",
    ),
    ("Beijing warned Manila not to send more ships to the shoal.", "THREATEN", "CHN", "PHL"),
    ("The Houthis pledged to retaliate for the US-British strikes.", "THREATEN", "YEM", None),
    # demands
    ("The UN called on Israel to open more crossings into Gaza.", "REQUEST", "IGO", "ISR"),
    (
        "The EU pressed Serbia for concrete steps to normalise relations with Kosovo.",
        "REQUEST",
        "IGO",
        "SRB",
    ),
    ("Armenia demanded the release of its prisoners held by Azerbaijan.", "REQUEST", "ARM", "AZE"),
    ("The UN demanded the release of aid workers held by the Houthis.", "REQUEST", "IGO", "YEM"),
    ("Israel demanded the release of the hostages held by Hamas in Gaza.", "REQUEST", "ISR", "PSE"),
    ("Egypt urged Israel to refrain from attacking Rafah.", "REQUEST", "EGY", "ISR"),
    ("Kenya asked the United Nations to fund the Haiti security mission.", "REQUEST", "KEN", "IGO"),
    ("The United States pressed China to rein in North Korea.", "REQUEST", "USA", "CHN"),
    (
        "Blinken pressed Israel for a credible plan to protect civilians in Rafah.",
        "REQUEST",
        "USA",
        "ISR",
    ),
    (
        "Guyana appealed to the UN Security Council over Venezuela's threats.",
        "REQUEST",
        "GUY",
        "IGO",
    ),
    ("The UN Secretary-General appealed to Israel to halt its offensive.", "REQUEST", "IGO", "ISR"),
    ("Pashinyan appealed to Moscow to honour its security commitments.", "REQUEST", "ARM", "RUS"),
    (
        "Germany pressed Israel for an investigation into the deaths of aid workers.",
        "REQUEST",
        "DEU",
        "ISR",
    ),
    (
        "France called on Azerbaijan to withdraw its troops from Armenian territory.",
        "REQUEST",
        "FRA",
        "AZE",
    ),
    (
        "Baerbock called on Baku and Yerevan to return to the negotiating table.",
        "REQUEST",
        "DEU",
        "AZE",
    ),
    ("Egypt repeated calls for Israel to open the Rafah crossing.", "REQUEST", "EGY", "ISR"),
    (
        "Armenia renewed its call for Azerbaijan to withdraw from Armenian territory.",
        "REQUEST",
        "ARM",
        "AZE",
    ),
    ("Hamas made a demand for Israel to withdraw from Gaza.", "REQUEST", "PSE", "ISR"),
    (
        "Moscow's demand that Kyiv cede four regions was rejected by Ukraine.",
        "REJECT",
        "UKR",
        "RUS",
    ),
    ("Israel was urged by the United States to allow more aid into Gaza.", "REQUEST", "USA", "ISR"),
    ("Serbia was asked by the EU to recognise Kosovo's documents.", "REQUEST", "IGO", "SRB"),
    ("Russia was warned by NATO against any attack on allied territory.", "THREATEN", "IGO", "RUS"),
    ("India asked Canada to withdraw 41 diplomats.", "REQUEST", "IND", "CAN"),
    ("China asked the United States to stop selling arms to Taiwan.", "REQUEST", "CHN", "USA"),
    ("Azerbaijan's foreign ministry urged France to stop arming Armenia.", "REQUEST", "AZE", "FRA"),
    (
        "Russia threatened Armenia with consequences over its ICC membership.",
        "THREATEN",
        "RUS",
        "ARM",
    ),
    ("Azerbaijan warned of a new war if Armenia rearmed.", "THREATEN", "AZE", "ARM"),
    (
        "Washington sought assurances from Israel that US weapons would not be used in Rafah.",
        "REQUEST",
        "USA",
        "ISR",
    ),
    # offers and promises
    ("Turkey offered to host peace talks between Russia and Ukraine.", "AGREE", "TUR", None),
    ("Azerbaijan said it was prepared to sign a peace treaty with Armenia.", "AGREE", "AZE", "ARM"),
    ("Israel said it would allow aid trucks into northern Gaza.", "AGREE", "ISR", "PSE"),
    ("The EU promised Moldova 1.8 billion euros in support.", "AGREE", "IGO", "MDA"),
]

NEGATIVES = [
    "Analysts fear that Iran could attack Israel within days.",
    "Some diplomats worry Russia might strike NATO territory.",
    "Iran has repeatedly threatened Israel over the past decade.",
    "The threat of a wider war has hung over the region since October.",
    "North Korea's threats have become routine, experts say.",
    "Russia's warnings about red lines have often proved empty, analysts say.",
    "The deadline for the talks expires next week.",
    "The ultimatum, issued in 2019, was never enforced.",
    "Military experts expect Hezbollah to keep attacking northern Israel.",
    "The demand for artillery shells has soared since the start of the war.",
    "Calls for a ceasefire have grown louder in Europe.",
    "Observers said the ultimatum could push the region into war.",
    "The warning system failed during the attack.",
    "Demands for higher wages have spread across Kenya.",
    "Western officials do not expect Russia to attack a NATO member.",
    "Oil prices rose on fears that Iran would retaliate.",
    "The ultimatum expired on Sunday without any sign of a retreat.",
    "Previous deadlines set by ECOWAS have passed without consequences.",
    "Hezbollah could keep attacking northern Israel for months, analysts say.",
    "Analysts say Iran is unlikely to retaliate against Israel directly.",
    "Putin has repeatedly hinted at using nuclear weapons since the invasion.",
    "Officials worry the Houthis may keep targeting ships for months.",
    "It remains to be seen whether China will retaliate against the tariffs.",
    "The government said tourists had 48 hours to claim refunds.",
    "Kyiv gave journalists two hours to film the site.",
    "The ministry set a deadline of June for the new budget.",
    "Voters have until Friday to register for the election.",
    "Russia's threats to use nuclear weapons are not new, a NATO official said.",
    "The bank reserved the right to change its interest rates.",
    "The Kremlin hinted at a compromise with Kyiv.",
    "The company reserved the right to refuse service.",
    "The president's ultimatum dominated the front pages on Tuesday.",
    "A deadline for the talks was set for the end of the month.",
    "The embassy's warning to citizens to avoid the border area remained in force.",
    "If Russia were to attack a NATO country, the alliance would respond.",
    "Experts doubt that North Korea would use nuclear weapons against the South.",
    "The European Union is considering new sanctions against Iran.",
    "Analysts said Israel would respond to the attack within days.",
    "Analysts said Israel would retaliate against Iran.",
    "The ministry said it would respond to the letter next week.",
    "Analysts said Israel would not tolerate further Hezbollah attacks.",
    "The government did not tolerate dissent.",
    "Analysts did not rule out an Israeli strike on Iran.",
    "Washington is weighing sanctions on Georgian officials.",
    "France is considering sending troops to Ukraine.",
    "The central bank signalled it would raise interest rates.",
    "Back in 1962, the Soviet Union threatened to retaliate against any US invasion of Cuba.",
    "Iran has repeatedly threatened to attack Israel.",
    "Hungary has often threatened to veto EU decisions on Ukraine.",
    "Ukraine has repeatedly called for more air defence systems.",
]


@pytest.mark.parametrize(("text", "type_", "src", "tgt"), CASES, ids=[c[0][:60] for c in CASES])
def test_modality_more_codes(code, text, type_, src, tgt):
    events = code(text, PUB)
    assert_coded(events, type_, src, tgt)


# the act demanded is not coded as done: (sentence, type that must not be counted)
DEMANDED_ACTS = [
    ("Israel refused to rule out a strike on Iran's nuclear sites.", "REJECT"),
    ("Israel refused to rule out a strike on Iran's nuclear sites.", "ASSAULT"),
    ("Armenia renewed its call for Azerbaijan to withdraw from Armenian territory.", "RETREAT"),
    ("The UN issued an appeal for the parties to release all detainees.", "RETREAT"),
    ("The Colombian government gave the ELN rebels until Friday to free the hostages.", "RETREAT"),
    ("The UN Security Council ordered Israel to halt its military offensive in Rafah.", "RETREAT"),
    ("Moscow's demand that Kyiv cede four regions was rejected by Ukraine.", "RETREAT"),
    ("The ultimatum that Iraq withdraw from Kuwait expired at midnight.", "RETREAT"),
]


@pytest.mark.parametrize(("text", "type_"), DEMANDED_ACTS, ids=[c[0][:60] for c in DEMANDED_ACTS])
def test_modality_more_demanded_act_not_coded(code, text, type_):
    counted = [
        e
        for e in code(text, PUB)
        if e.type == type_ and not e.negated and e.certainty != "speculative"
    ]
    assert not counted, [(e.type, e.trigger, e.certainty) for e in counted]


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:60] for t in NEGATIVES])
def test_modality_more_negatives(code, text):
    counted = [e for e in code(text, PUB) if not e.negated and e.certainty != "speculative"]
    assert not counted, [(e.type, e.trigger, e.certainty) for e in counted]
