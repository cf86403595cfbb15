# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Actor breadth, third round: mixed event types where what is hard is the actor's
country. Office-holders of 1990-2012 named in full, by surname only, or by title with
the state's adjective or possessive ("the Yugoslav president", "Sudan's First Vice
President", "Kosovo Albanian leader Ibrahim Rugova"); ministries, agencies and seats
of government ("the Pentagon", "the Quai d'Orsay", "the Kremlin", "Whitehall", "the
Foreign Office", "Ankara's interior ministry", "Seoul's defence ministry"); armed
groups, militias and parties of the 1990s-2000s (KLA, NLA, UNITA, LTTE, FARC, SPLA,
RUF, RCD, LRA, GAM, Hezbollah, Hamas, Fatah, the Northern Alliance, Janjaweed,
Interahamwe, the Mahdi Army, PKK, ETA, IRA and Sinn Fein); ethnic and religious
communities with a place ("Sunni tribal leaders in Anbar province", "Tamil
civilians in the Vanni"); IGOs and their officials (UN envoys, NATO, AU, EU, OSCE,
IAEA chiefs); and adjectival actors ("Ethiopian troops", "Indian shelling", "a
Saudi-led coalition air strike"). A dozen records are dated 2016-2025.

Every sentence was written for this file and annotated (types, source country, target
country per event) from shared/PLOVER.md and eval/README.md before the coder was run on
it. Armed groups take the country where they fight (KLA XKX, NLA MKD, UNITA AGO, LTTE
LKA, FARC COL, SPLA and the Janjaweed SDN, RUF SLE, RCD COD, LRA UGA, GAM IDN,
Hezbollah LBN, Hamas and Fatah PSE, the Northern Alliance AFG, Interahamwe RWA, the
Mahdi Army IRQ, PKK TUR, ETA ESP, IRA and Sinn Fein GBR, Bosnian Serb forces BIH,
Houthis YEM, RSF SDN, TPLF ETH); IGOs and their officials are IGO; a community takes
the country of the place the sentence gives it. A record passes when every expected
event is coded (any of its types, both countries; target None: any target; either
way round for the symmetric types) and no other countable event is coded; an event
marked "opt" may or may not be coded.

Coverage, as a measure of generalisation: 82/98 records passed on the first run (70/86
CASES, 12/12 NEGATIVES), before any fix made for this file. The 16 failures by cause
(first cause of each record): wrong country 6 ("ethnic Albanians in ... Kosovo" and
"ethnic Albanian rebels near Tetovo" coded ALB, "the National Liberation Army" in
Macedonia read as Colombia's ELN, "the southern Sudanese town of Torit" read as South
Sudan, "Sunni tribal leaders in Anbar province" given the USA of "U.S. forces", "the
arrest of a French aid worker in Chad" condemned by France taken as France's own); a
side left null 5 ("Uribe" by surname, "Vice President Tareq al-Hashemi" unknown, "a town
councillor in the Basque Country", "the Foreign Office" alone, "spoken by telephone
with <person>"); extra event 3 (the condemned "attacks by Janjaweed militias", "for
selling missile parts to Pakistan" as COOPERATE, "announced a pardon" as CONCEDE); no
event 2 ("received <visiting president>" as a host, "a Saudi-led coalition air strike
hit a market").

After the general fixes: 91/98 (79/86 CASES, 12/12 NEGATIVES); the 7 left are strict
xfails with their cause (two the project's demonym convention for ethnic Albanians, two
its convention that a condemned act is reported, one name two groups share, "the
Foreign Office" alone, a pardon behind a release coded apart). Fixed: a title before a
received visitor's name; a weapon or air strike that "hit a market"; "spoke by
telephone with X" where the partner hangs on the means; office-holders added to the
dictionary (Uribe and Marulanda by surname, Tareq al-Hashemi, David Trimble, Mohammed
Dahlan); the act a sanction punishes ("for selling ...") as its reason, not an event;
people "in Anbar province" / "in the province of Anbar" of its country; a place named
with the state it seceded from ("the southern Sudanese town of"); a conflict-list region
the tagger took for an organisation ("in the Basque Country"). FIXES were written after
the fixes, one or two new sentences per cause fixed.
"""

from __future__ import annotations

import pytest

from conftest import case_text as _text
from conftest import phrasebook_problems as _problems
from conftest import show
from conftest import strict_xfail as _x
from parley.evaluate import countable

SEIZE = ("COERCE", "ASSAULT")

# (text, [(types, source, target[, "opt"]), ...], pub date)
CASES = [
    # --- the Balkans: office-holders by name, title and surname; the KLA, NLA ---
    (
        "Yugoslav President Slobodan Milosevic met U.S. envoy Richard Holbrooke in Belgrade on Monday for talks on Kosovo.",
        [("CONSULT", "SRB", "USA")],
        "1998-10-05",
    ),
    (
        "The Yugoslav president rejected a NATO demand to allow foreign peacekeepers into Kosovo.",
        [("REJECT", "SRB", "IGO")],
        None,
    ),
    (
        "Kosovo Albanian leader Ibrahim Rugova urged Washington to recognise Kosovo's independence.",
        [("REQUEST", "XKX", "USA")],
        None,
    ),
    (
        "Rugova held talks with the head of the OSCE verification mission in Pristina on Thursday.",
        [("CONSULT", "XKX", "IGO")],
        "1999-01-14",
    ),
    (
        "KLA guerrillas ambushed a Serbian police patrol near Podujevo, killing three officers.",
        [("ASSAULT", "XKX", "SRB")],
        None,
    ),
    pytest.param(
        "Serbian police arrested dozens of ethnic Albanians in the Drenica region of Kosovo.",
        [("COERCE", "SRB", "XKX")],
        None,
        marks=_x(
            "'ethnic Albanians' take the demonym's state (ALB); the project codes ethnic Albanians in Kosovo XKX but ethnic Serbs there SRB, so no general rule changes the demonym (as in test_breadth_actors2)"
        ),
    ),
    (
        "Bosnian Serb forces shelled the Muslim enclave of Gorazde on Sunday.",
        [("ASSAULT", "BIH", "BIH")],
        None,
    ),
    (
        "Croatian President Franjo Tudjman accused Belgrade of arming rebel Serbs in the Krajina.",
        [("ACCUSE", "HRV", "SRB")],
        None,
    ),
    (
        "Bosnian President Alija Izetbegovic appealed to NATO to carry out air strikes on Serb artillery around Sarajevo.",
        [("REQUEST", "BIH", "IGO")],
        None,
    ),
    pytest.param(
        "Macedonian security forces fought ethnic Albanian rebels near Tetovo on Wednesday.",
        [("ASSAULT", "MKD", "MKD")],
        "2001-03-21",
        marks=_x(
            "'ethnic Albanian rebels' take the demonym's state (ALB), not the place's (MKD): the same demonym convention as ethnic Albanians in Kosovo"
        ),
    ),
    pytest.param(
        "Rebels of the National Liberation Army agreed to hand over their weapons to NATO troops in Macedonia.",
        [(("AGREE", "RETREAT"), "MKD", "IGO")],
        "2001-08-14",
        marks=_x(
            "'the National Liberation Army' is the name of Colombia's ELN in the dictionary; the Macedonian group of 2001 shares it and one name cannot have two homes"
        ),
    ),
    (
        "NATO Secretary-General Javier Solana warned Belgrade that air strikes would follow unless it pulled its troops out of Kosovo.",
        [("THREATEN", "IGO", "SRB")],
        "1998-10-08",
    ),
    (
        "OSCE monitors withdrew from Kosovo ahead of NATO air strikes.",
        [("RETREAT", "IGO", "XKX")],
        "1999-03-20",
    ),
    # --- Sudan, Uganda, Angola, Sierra Leone, Rwanda, Congo, Ethiopia ---
    (
        "Sudan's First Vice President Salva Kiir met Ugandan President Yoweri Museveni in Kampala on Tuesday.",
        [("CONSULT", "SDN", "UGA")],
        "2006-03-14",
    ),
    (
        "SPLA rebels overran a government garrison in the southern Sudanese town of Torit.",
        [("ASSAULT", "SDN", "SDN")],
        None,
    ),
    (
        "Janjaweed militiamen torched three villages in North Darfur, witnesses said.",
        [("ASSAULT", "SDN", "SDN")],
        None,
    ),
    (
        "Khartoum expelled Jan Pronk, the head of the UN mission in Sudan.",
        [(("SANCTION", "COERCE"), "SDN", "IGO")],
        "2006-10-22",
    ),
    pytest.param(
        "UN Secretary-General Kofi Annan condemned the attacks by Janjaweed militias on civilians in Darfur.",
        [("ACCUSE", "IGO", "SDN")],
        "2004-06-30",
        marks=_x(
            "a condemned act is coded as reported (DENUNCIATION_VERBS: the project's convention); this gold left it out"
        ),
    ),
    (
        "The African Union deployed 300 Rwandan troops to Darfur to monitor the ceasefire.",
        [("MOBILIZE", "IGO", None)],
        "2004-08-15",
    ),
    (
        "UNITA fighters attacked a World Food Programme convoy in central Angola.",
        [("ASSAULT", "AGO", "IGO")],
        None,
    ),
    (
        "Angolan troops captured Savimbi's stronghold of Andulo.",
        [(SEIZE, "AGO", "AGO")],
        "1999-10-20",
    ),
    (
        "Sierra Leone's RUF rebels freed 300 UN peacekeepers they had held hostage.",
        [("RETREAT", "SLE", "IGO")],
        "2000-05-28",
    ),
    (
        "Interahamwe militiamen killed Tutsi refugees sheltering in a church in eastern Rwanda.",
        [("ASSAULT", "RWA", "RWA")],
        None,
    ),
    (
        "Rwandan President Paul Kagame accused Congolese President Joseph Kabila of arming Hutu rebels.",
        [("ACCUSE", "RWA", "COD")],
        "2008-11-05",
    ),
    (
        "Rebels of the RCD captured the eastern Congolese town of Kisangani.",
        [(SEIZE, "COD", "COD")],
        None,
    ),
    (
        "Ugandan troops clashed with Rwandan forces in the Congolese city of Kisangani.",
        [("ASSAULT", "UGA", "RWA")],
        "2000-06-05",
    ),
    (
        "The Lord's Resistance Army abducted scores of children in northern Uganda.",
        [("ASSAULT", "UGA", "UGA")],
        None,
    ),
    (
        "Ethiopian troops shelled Islamist positions outside the Somali town of Baidoa.",
        [("ASSAULT", "ETH", "SOM")],
        "2006-12-21",
    ),
    (
        "Eritrean forces detained two Ethiopian journalists near Asmara.",
        [("COERCE", "ERI", "ETH")],
        None,
    ),
    (
        "The Kenyan foreign ministry summoned Somalia's ambassador after al-Shabaab fighters crossed the border.",
        [("ACCUSE", "KEN", "SOM")],
        "2011-10-10",
    ),
    # --- Sri Lanka, Colombia ---
    (
        "The LTTE accused the Sri Lankan army of shelling Tamil civilians in the Vanni.",
        [("ACCUSE", "LKA", "LKA")],
        None,
    ),
    (
        "Sri Lankan air force jets bombed Tamil Tiger positions near Kilinochchi.",
        [("ASSAULT", "LKA", "LKA")],
        None,
    ),
    (
        "Norwegian peace envoy Erik Solheim met Tamil Tiger leader Velupillai Prabhakaran in the rebel-held north.",
        [("CONSULT", "NOR", "LKA")],
        "2002-10-31",
    ),
    (
        "FARC guerrillas kidnapped a Colombian senator in the southern province of Huila.",
        [("ASSAULT", "COL", "COL")],
        None,
    ),
    (
        "Colombian President Alvaro Uribe rejected a FARC offer to swap hostages for jailed rebels.",
        [("REJECT", "COL", "COL")],
        "2007-02-10",
    ),
    (
        "Uribe accused Venezuela's Hugo Chavez of sheltering FARC commanders.",
        [("ACCUSE", "COL", "VEN")],
        "2008-03-04",
    ),
    # --- Israel, Lebanon, Palestinians, Egypt, Jordan ---
    (
        "Hezbollah fired rockets at the northern Israeli town of Kiryat Shmona.",
        [("ASSAULT", "LBN", "ISR")],
        None,
    ),
    (
        "Israeli warplanes struck Hezbollah targets in southern Lebanon after the cross-border raid.",
        [("ASSAULT", "ISR", "LBN")],
        "2006-07-12",
    ),
    (
        "Hamas gunmen seized Fatah security headquarters in Gaza City.",
        [(SEIZE, "PSE", "PSE")],
        "2007-06-14",
    ),
    (
        "Abbas urged Hamas to hand back control of the Gaza Strip.",
        [("REQUEST", "PSE", "PSE")],
        "2007-06-20",
    ),
    (
        "Israeli Prime Minister Ehud Olmert held talks with Abbas in Jerusalem on Sunday.",
        [("CONSULT", "ISR", "PSE")],
        "2007-04-15",
    ),
    (
        "Fatah gunmen abducted a Hamas lawmaker in the West Bank town of Nablus.",
        [("ASSAULT", "PSE", "PSE")],
        None,
    ),
    (
        "Hamas leader Khaled Meshaal met Egyptian intelligence chief Omar Suleiman in Cairo.",
        [("CONSULT", "PSE", "EGY")],
        "2008-10-20",
    ),
    (
        "Egyptian President Hosni Mubarak hosted Israeli Prime Minister Benjamin Netanyahu in Sharm el-Sheikh.",
        [("CONSULT", "EGY", "ISR")],
        "1997-03-05",
    ),
    (
        "Sharon ordered troops to seal off the West Bank town of Jenin.",
        [("COERCE", "ISR", "PSE")],
        "2002-04-03",
    ),
    # --- Afghanistan, Pakistan, India, Iraq, Iran, Turkey ---
    (
        "The Pentagon said U.S. warplanes bombed Taliban positions north of Kabul.",
        [("ASSAULT", "USA", "AFG")],
        "2001-10-25",
    ),
    (
        "Northern Alliance forces captured the city of Mazar-i-Sharif from the Taliban.",
        [(SEIZE, "AFG", "AFG")],
        "2001-11-09",
    ),
    (
        "Afghan President Hamid Karzai accused Pakistan of sheltering Taliban leaders.",
        [("ACCUSE", "AFG", "PAK")],
        "2006-09-20",
    ),
    (
        "Pakistani President Pervez Musharraf and Indian Prime Minister Atal Bihari Vajpayee met in Agra.",
        [("CONSULT", "PAK", "IND")],
        "2001-07-15",
    ),
    (
        "Indian shelling killed four civilians in Pakistani Kashmir, the army in Islamabad said.",
        [("ASSAULT", "IND", "PAK")],
        None,
    ),
    (
        "Mahdi Army militiamen clashed with U.S. troops in the Sadr City district of Baghdad.",
        [("ASSAULT", "IRQ", "USA")],
        "2008-03-30",
    ),
    (
        "Sunni tribal leaders in Anbar province pledged to cooperate with U.S. forces against al-Qaeda.",
        [(("AGREE", "COOPERATE"), "IRQ", "USA")],
        "2007-03-10",
    ),
    (
        "Iraqi Prime Minister Nouri al-Maliki ordered the arrest of Vice President Tareq al-Hashemi.",
        [("COERCE", "IRQ", "IRQ")],
        "2011-12-19",
    ),
    (
        "UN envoy Lakhdar Brahimi met Grand Ayatollah Ali al-Sistani in the Iraqi holy city of Najaf.",
        [("CONSULT", "IGO", "IRQ")],
        "2004-02-12",
    ),
    (
        "IAEA chief Mohamed ElBaradei urged Iran to suspend uranium enrichment.",
        [("REQUEST", "IGO", "IRN")],
        "2005-08-10",
    ),
    (
        "EU foreign policy chief Javier Solana held talks with Iranian nuclear negotiator Ali Larijani in Ankara.",
        [("CONSULT", "IGO", "IRN")],
        "2007-04-25",
    ),
    (
        "Iran's Revolutionary Guards seized 15 British sailors and marines in the northern Gulf.",
        [("COERCE", "IRN", "GBR")],
        "2007-03-23",
    ),
    pytest.param(
        "Tehran freed the 15 British sailors after President Mahmoud Ahmadinejad announced a pardon.",
        [("RETREAT", "IRN", "GBR")],
        "2007-04-05",
        marks=_x(
            "the pardon behind the release is coded as a CONCEDE of its own, with the pardoner's country as target; the pardon and the freeing are one act"
        ),
    ),
    (
        "PKK fighters attacked a Turkish army outpost in Hakkari province, killing eight soldiers.",
        [("ASSAULT", "TUR", "TUR")],
        None,
    ),
    (
        "Ankara's interior ministry banned a pro-Kurdish rally in Diyarbakir.",
        [("COERCE", "TUR", "TUR")],
        None,
    ),
    # --- Europe: ETA, IRA, Sinn Fein, Whitehall, the Kremlin, Quai d'Orsay ---
    (
        "Spanish police arrested a suspected ETA commander in the Basque city of Bilbao.",
        [("COERCE", "ESP", "ESP")],
        None,
    ),
    (
        "ETA claimed responsibility for a car bomb that killed a town councillor in the Basque Country.",
        [("ASSAULT", "ESP", "ESP")],
        None,
    ),
    (
        "Sinn Fein leader Gerry Adams held talks with British Prime Minister Tony Blair at Downing Street.",
        [("CONSULT", "GBR", "GBR")],
        "1997-10-13",
    ),
    (
        "The IRA said it had put all its weapons beyond use.",
        [("RETREAT", "GBR", None)],
        "2005-07-28",
    ),
    (
        "Whitehall summoned the Russian ambassador over the poisoning of Alexander Litvinenko.",
        [("ACCUSE", "GBR", "RUS")],
        None,
    ),
    pytest.param(
        "The Foreign Office expelled four Russian diplomats in a row over the extradition of Andrei Lugovoi.",
        [("SANCTION", "GBR", "RUS")],
        "2007-07-16",
        marks=_x(
            "'the Foreign Office' alone is Britain's in most wire copy but also names Germany's (Auswaertiges Amt); with no dateline it stays a role noun without a country"
        ),
    ),
    (
        "The Kremlin accused Georgian President Mikheil Saakashvili of provoking the war in South Ossetia.",
        [("ACCUSE", "RUS", "GEO")],
        "2008-08-12",
    ),
    (
        "Russian troops pulled out of the Georgian port of Poti.",
        [("RETREAT", "RUS", "GEO")],
        "2008-09-13",
    ),
    (
        "Chechen rebels seized a hospital in the southern Russian town of Budyonnovsk.",
        [(SEIZE, "RUS", "RUS")],
        None,
    ),
    (
        "The Kremlin said Putin had spoken by telephone with U.S. President George W. Bush about Iraq.",
        [("CONSULT", "RUS", "USA")],
        "2003-03-20",
    ),
    pytest.param(
        "The Quai d'Orsay condemned the arrest of a French aid worker in Chad.",
        [("ACCUSE", "FRA", "TCD")],
        None,
        marks=_x(
            "the condemned arrest is coded as reported (the convention) with no arrester, and the condemnation takes the arrested Frenchman as target; the arrester is only given by 'in Chad'"
        ),
    ),
    # --- Asia ---
    (
        "North Korean leader Kim Jong Il received South Korean President Kim Dae-jung at Pyongyang airport.",
        [("CONSULT", "PRK", "KOR")],
        "2000-06-13",
    ),
    (
        "Seoul's defence ministry said North Korean patrol boats had crossed the sea border and fired on a South Korean navy vessel.",
        [("ASSAULT", "PRK", "KOR")],
        "2002-06-29",
    ),
    (
        "Chinese Premier Zhu Rongji criticised Taiwan's president Lee Teng-hui for his 'two states' remarks.",
        [("ACCUSE", "CHN", "TWN")],
        "1999-07-20",
    ),
    (
        "Indonesian troops killed six Free Aceh Movement rebels in a gunbattle in North Aceh.",
        [("ASSAULT", "IDN", "IDN")],
        None,
    ),
    (
        "The Japanese foreign ministry lodged a protest with Beijing over anti-Japanese riots in Shanghai.",
        [("ACCUSE", "JPN", "CHN")],
        "2005-04-17",
    ),
    (
        "The U.S. State Department slapped sanctions on three Chinese firms for selling missile parts to Pakistan.",
        [("SANCTION", "USA", "CHN")],
        None,
    ),
    # --- 2016-2025 ---
    (
        "A Saudi-led coalition air strike hit a market in the Yemeni province of Saada.",
        [("ASSAULT", "SAU", "YEM")],
        "2018-08-09",
    ),
    (
        "Houthi rebels fired a ballistic missile at the Saudi city of Jizan.",
        [("ASSAULT", "YEM", "SAU")],
        "2018-05-20",
    ),
    (
        "UN envoy Martin Griffiths met Houthi negotiators in Sanaa.",
        [("CONSULT", "IGO", "YEM")],
        "2018-06-16",
    ),
    (
        "Hezbollah chief Hassan Nasrallah warned Israel against any attack on Lebanon.",
        [("THREATEN", "LBN", "ISR")],
        "2019-08-25",
    ),
    (
        "NATO Secretary-General Jens Stoltenberg urged Turkey to approve Sweden's membership bid.",
        [("REQUEST", "IGO", "TUR")],
        "2023-03-20",
    ),
    (
        "The Pentagon announced a new $400 million military aid package for Ukraine.",
        [("AID", "USA", "UKR")],
        "2022-12-09",
    ),
    (
        "The Kremlin rejected Kyiv's proposal for a Christmas truce.",
        [("REJECT", "RUS", "UKR")],
        "2022-12-26",
    ),
    (
        "Sudan's Rapid Support Forces shelled army positions in Khartoum.",
        [("ASSAULT", "SDN", "SDN")],
        "2023-04-20",
    ),
    (
        "Ethiopian federal troops recaptured the Tigrayan town of Shire from TPLF forces.",
        [(SEIZE, "ETH", "ETH")],
        "2022-10-18",
    ),
]

NEGATIVES = [
    "Analysts say the KLA could step up its attacks if the talks at Rambouillet fail.",
    "The LTTE has fought for a separate Tamil homeland in the north and east since 1983.",
    "Would Hezbollah fire rockets at Israel if Israeli jets struck Iran?",
    "The FARC did not attack the convoy, a military spokesman said.",
    "Sinn Fein is expected to hold talks with unionist leaders next week.",
    "The Janjaweed, widely blamed for atrocities in Darfur, are drawn mostly from Arab nomadic tribes.",
    "More than 70,000 people have been killed in the Tamil Tigers' war with the government.",
    "The Pentagon is considering whether to send more troops to Afghanistan.",
    "Hamas officials said a long-term truce with Israel would be possible if the blockade were lifted.",
    "Few diplomats expect the UN envoy's mission to Myanmar to produce a breakthrough.",
    "Kosovo Albanian leaders have long demanded independence from Serbia.",
    "The IRA ceasefire declared in 1997 has largely held.",
]

FIXES: list[tuple] = [
    # a visitor "received" by title and name: the title is what is received
    (
        "Egyptian President Hosni Mubarak received Israeli Defence Minister Ehud Barak at his palace.",
        [("CONSULT", "EGY", "ISR")],
        "2008-01-08",
    ),
    # a weapon or an air strike that "hit a market" struck it
    (
        "A Russian missile hit a market in the Ukrainian city of Kharkiv.",
        [("ASSAULT", "RUS", "UKR")],
        "2024-05-25",
    ),
    (
        "An Israeli drone strike hit a market in the southern Lebanese town of Nabatieh.",
        [("ASSAULT", "ISR", "LBN")],
        None,
    ),
    # office-holders of the era added to the dictionary (by surname where it was unambiguous)
    (
        "Trimble accused Sinn Fein of stalling on IRA disarmament.",
        [("ACCUSE", "GBR", "GBR")],
        "1999-11-01",
    ),
    (
        "Dahlan accused Hamas of plotting a coup in Gaza.",
        [("ACCUSE", "PSE", "PSE")],
        "2007-05-15",
    ),
    (
        "Uribe met Ecuadorean President Rafael Correa in Santo Domingo.",
        [("CONSULT", "COL", "ECU")],
        "2008-03-07",
    ),
    (
        "Maliki's government issued an arrest warrant for Tariq al-Hashimi.",
        [("COERCE", "IRQ", "IRQ")],
        "2011-12-19",
    ),
    # the act a sanction punishes ("for <gerund>") is its reason, not a second event
    (
        "Washington sanctioned two Iranian firms for supplying drones to Russia.",
        [("SANCTION", "USA", "IRN")],
        "2023-02-03",
    ),
    (
        "The European Union imposed sanctions on a North Korean general for sending troops to Russia.",
        [("SANCTION", "IGO", "PRK")],
        "2024-12-16",
    ),
    # people placed "in <name> province" / "in the province of <name>" are of its country
    (
        "Provincial officials in Helmand province met British commanders on Tuesday.",
        [("CONSULT", "AFG", "GBR")],
        "2009-06-02",
    ),
    (
        "Local officials in the province of Kandahar accused Canadian troops of killing two farmers.",
        [("ACCUSE", "AFG", "CAN")],
        "2007-05-10",
    ),
    # a region of the conflict list the tagger took for an organisation is still a place
    (
        "ETA gunmen shot dead a Socialist politician in the Basque Country.",
        [("ASSAULT", "ESP", "ESP")],
        None,
    ),
    # "the southern Sudanese town of X": the state the text names, which the town has
    # since seceded from
    (
        "SPLA rebels shelled an army garrison in the southern Sudanese town of Kapoeta.",
        [("ASSAULT", "SDN", "SDN")],
        None,
    ),
    # "spoke by telephone with X": the partner the parser hung on the means
    (
        "Lavrov spoke by telephone with U.S. Secretary of State Antony Blinken about Ukraine.",
        [("CONSULT", "RUS", "USA")],
        "2022-05-13",
    ),
]


@pytest.mark.parametrize(("text", "expected", "pub"), CASES, ids=[_text(c)[:60] for c in CASES])
def test_actors_coded(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))


@pytest.mark.parametrize(
    "text", NEGATIVES, ids=[_text((t,) if isinstance(t, str) else t)[:60] for t in NEGATIVES]
)
def test_actors_negatives(code, text):
    events = countable(code(text, "2024-05-01"))
    assert not events, show(events)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_actors_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
