# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Actor breadth, second round: undated wire copy from 1985-2015 (two thirds of the
records) and dated copy from 2016-2025, across Africa, Asia, Latin America, Europe and
the Middle East, where what is hard is who acts on whom: armed groups and parties by
full name, acronym and short form (SPLA, RUF, LURD, LTTE, ELN, AUC, ETA, IRA, KLA, Amal,
Abu Sayyaf, Boko Haram, al-Shabaab, the Taliban), leaders named with the state's
adjective, ethnic and religious communities with a place ("ethnic Albanian villages in
the Drenica region of Kosovo", "Tamil civilians ... in northern Sri Lanka", "Shiite
pilgrims"), demonym + unit ("Sudanese government troops", "Nepalese police"), UN bodies,
regional organisations and their officials, NGOs, and regional governments ("the
Kurdistan Regional Government", "Puntland").

Every sentence was written for this file and annotated (types, source country, target
country per event) from shared/PLOVER.md and eval/README.md before the coder was run on
it. Armed groups take the country where they fight (SPLA SDN before 2011, RUF SLE, LTTE
LKA, ELN/FARC/AUC COL, Shining Path and Tupac Amaru PER, ETA ESP, IRA and the UVF GBR,
KLA XKX, Chechen rebels RUS, Amal and Hezbollah LBN, Hamas and Fatah PSE, Abu Sayyaf,
MILF and the NPA PHL, Hizbul Mujahideen IND); IGOs and their organs are IGO, NGOs
(Amnesty International, Human Rights Watch, the Red Cross) NGO; a community takes the
country of the place the sentence gives it, and is null without one. A record passes
when every expected event is coded (any of its types, both countries; target None: any
target; either way round for the symmetric types) and no other countable event is
coded; an event marked "opt" may or may not be coded.

Coverage, as a measure of generalisation: 109/127 records passed on the first run (98/115
CASES, 11/12 NEGATIVES), before any fix made for this file. The 18 failures by cause
(first cause of each record): a side left null 9 (the Kurdistan Regional Government and
Puntland not known as actors; a community whose place is in a relative clause or a
chain "in the village of X in northern Colombia"; "took control of Kirkuk"; "government
positions" shelled by Cambodian rebels; "opposition leader <unknown name>" arrested by
Venezuelan forces; "the international peace envoy"; "withdrew from several border
villages"); wrong country 3 ("ethnic Albanian villages" and "ethnic Serbs" in Kosovo
coded as ALB/SRB, "the Santa Cruz cemetery in Dili" read as the Philippines); extra
event 3 ("taking hundreds of guests hostage" after "stormed", the toll "killing two
Nigerian soldiers" of an attack on AU peacekeepers as a second event, "admitted that one
of its members shot dead" as CONCEDE); no event 2 ("routed", "declared a complete
cessation of military operations"); a negative coded 1 ("notorious for kidnappings").

Two annotations were corrected after the first run because they went against the
project's written conventions, not the coder: "Ethnic Serbs clashed with NATO-led
peacekeepers" in Kosovo is SRB as in dev (not XKX), and "opposition leader Freddy
Superlano", a named person the dictionary does not know, has a null country.

After the general fixes: 121/127 (109/115 CASES, 12/12 NEGATIVES); the 6 left are
strict xfails with their cause. After the pass's merges 122/127: the toll rule of the
AID/ASSAULT round ("..., killing two Nigerian soldiers" is the same attack) fixed one.
The fourth actor round (test_breadth_actors4.py) fixed one more, 123/127: the storming of
the Japanese ambassador's residence. Fixed: regional governments, breakaway administrations
and armed groups missing from the dictionary (the KRG, Puntland, Jubaland, CNDP,
RCD-Goma, Forces Nouvelles, Lebanese Forces, Sam Rainsy Party, New IRA); "routed" and
"a cessation of military operations"; a state GeoNames names otherwise ("Macedonia",
"Burma") beating a town of that name; whom an attack's participle hurts being of the
force fired "on" or clashed "with", peacekeepers included; peasants, guests and
churchgoers, and communities named alone (Tutsis, Yazidis, Kurds, Shiites), as
civilians of the place they are in; "the Santa Cruz cemetery in Dili" placed in Dili;
"notorious/known/feared for" a noun as reputation; "government positions" as the force
holding them; "took control of <town>". An "ethnic <demonym>" rule was tried and dropped:
the project codes ethnic Serbs in Kosovo SRB but ethnic Albanians there XKX. FIXES were
written after the fixes, one or two new sentences per cause fixed.
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
    # --- Africa, undated wire copy ---
    (
        "SPLA rebels shot down a Sudanese government transport plane near the southern town of Juba, a rebel spokesman said.",
        [("ASSAULT", "SDN", "SDN")],
        None,
    ),
    (
        "Sudanese government troops and Janjaweed militiamen attacked villages around Tawila in North Darfur, the African Union said.",
        [("ASSAULT", "SDN", None)],
        None,
    ),
    (
        "The Revolutionary United Front freed 139 UN peacekeepers it had held in eastern Sierra Leone, a UN spokesman said.",
        [("RETREAT", "SLE", "IGO")],
        None,
    ),
    (
        "RUF rebels abducted dozens of children from a village north of Freetown, aid workers said.",
        [("ASSAULT", "SLE", "SLE")],
        None,
    ),
    (
        "Liberian rebels of the LURD movement shelled Monrovia on Saturday, killing at least 20 civilians sheltering in a stadium.",
        [("ASSAULT", "LBR", "LBR")],
        None,
    ),
    (
        "Forces loyal to Liberian warlord Charles Taylor attacked West African ECOMOG peacekeepers at the port of Monrovia.",
        [("ASSAULT", "LBR", "IGO")],
        None,
    ),
    (
        "Ivorian New Forces rebels accused President Laurent Gbagbo's government of blocking the disarmament programme.",
        [("ACCUSE", "CIV", "CIV")],
        None,
    ),
    (
        "French troops fired on crowds of Gbagbo supporters outside the Hotel Ivoire in Abidjan.",
        [("ASSAULT", "FRA", "CIV")],
        None,
    ),
    (
        "Algeria's Armed Islamic Group claimed responsibility for the bombing of a Paris metro train that wounded dozens of commuters.",
        [("ASSAULT", "DZA", "FRA")],
        None,
    ),
    (
        "Algerian security forces killed 15 Islamist militants in an ambush in the mountains east of Algiers, the official APS news agency said.",
        [("ASSAULT", "DZA", "DZA")],
        None,
    ),
    (
        "Militiamen loyal to Somali warlord Mohamed Farah Aideed attacked Pakistani peacekeepers in Mogadishu, killing 24 of them.",
        [("ASSAULT", "SOM", "PAK")],
        None,
    ),
    (
        "Authorities in the semi-autonomous region of Puntland arrested a German aid worker accused of spying for a rival administration.",
        [("COERCE", "SOM", "DEU"), ("ACCUSE", "SOM", "DEU", "opt")],
        None,
    ),
    (
        "Rwandan Patriotic Front rebels captured the capital Kigali after three months of fighting with government forces.",
        [(SEIZE, "RWA", "RWA")],
        None,
    ),
    (
        "Hutu militiamen of the Interahamwe killed hundreds of Tutsis who had sought refuge in a church in the eastern Rwandan village of Nyarubuye.",
        [("ASSAULT", "RWA", "RWA")],
        None,
    ),
    (
        "Congolese rebels of the RCD seized the eastern town of Kisangani, cutting a key supply route for government troops.",
        [(SEIZE, "COD", "COD")],
        None,
    ),
    (
        "Laurent Nkunda's CNDP rebels routed Congolese army troops near Goma.",
        [("ASSAULT", "COD", "COD")],
        None,
    ),
    (
        "Nigerian troops killed dozens of Boko Haram fighters in an assault on a camp in the Sambisa forest, an army spokesman said.",
        [("ASSAULT", "NGA", "NGA")],
        None,
    ),
    (
        "Militants of the Movement for the Emancipation of the Niger Delta blew up an oil pipeline in Nigeria's Bayelsa state.",
        [("ASSAULT", "NGA", None)],
        None,
    ),
    (
        "Ethiopian troops backing Somalia's transitional government drove Islamic Courts fighters out of Mogadishu.",
        [(("ASSAULT", "COERCE"), "ETH", "SOM")],
        None,
    ),
    # --- Asia, undated ---
    (
        "Tamil Tiger rebels attacked a Sri Lankan navy patrol boat off the northeastern port of Trincomalee, the military said.",
        [("ASSAULT", "LKA", "LKA")],
        None,
    ),
    (
        "The LTTE rejected a Norwegian proposal to resume peace talks in Geneva.",
        [("REJECT", "LKA", "NOR")],
        None,
    ),
    (
        "Sri Lankan air force jets bombed suspected Tamil Tiger positions in the Mullaittivu district, a defence ministry spokesman said.",
        [("ASSAULT", "LKA", "LKA")],
        None,
    ),
    (
        "Tamil civilians fleeing the fighting in northern Sri Lanka accused the army of shelling a hospital in the no-fire zone.",
        [("ACCUSE", "LKA", "LKA"), ("ASSAULT", "LKA", None, "opt")],
        None,
    ),
    (
        "Nepal's Maoist rebels called a nationwide general strike to press their demand for a constituent assembly.",
        [("PROTEST", "NPL", None)],
        None,
    ),
    (
        "Nepalese police fired tear gas at thousands of pro-democracy protesters defying a curfew in Kathmandu.",
        [("ASSAULT", "NPL", "NPL"), ("PROTEST", "NPL", None, "opt")],
        None,
    ),
    (
        "Abu Sayyaf gunmen kidnapped 21 people, including ten foreign tourists, from a Malaysian diving resort on Sipadan island.",
        [("ASSAULT", "PHL", None)],
        None,
    ),
    (
        "Philippine troops clashed with Moro Islamic Liberation Front guerrillas in Maguindanao province, leaving 12 rebels dead.",
        [("ASSAULT", "PHL", "PHL")],
        None,
    ),
    (
        "The New People's Army, the armed wing of the Communist Party of the Philippines, freed two soldiers it had held captive for five months.",
        [("RETREAT", "PHL", "PHL")],
        None,
    ),
    (
        "Indonesian police arrested a suspected Jemaah Islamiyah bomb-maker in Central Java.",
        [("COERCE", "IDN", "IDN")],
        None,
    ),
    (
        "Free Aceh Movement rebels and the Indonesian government signed a peace agreement in Helsinki.",
        [("AGREE", "IDN", "IDN")],
        None,
    ),
    (
        "Indonesian troops opened fire on mourners at the Santa Cruz cemetery in Dili, killing scores of East Timorese.",
        [("ASSAULT", "IDN", "TLS")],
        None,
    ),
    (
        "Khmer Rouge guerrillas shelled government positions near the Thai border, Cambodian military officials said.",
        [("ASSAULT", "KHM", "KHM")],
        None,
    ),
    (
        "Cambodian Prime Minister Hun Sen accused the opposition Sam Rainsy Party of plotting to overthrow the government.",
        [("ACCUSE", "KHM", "KHM")],
        None,
    ),
    (
        "Kashmiri separatists called a general strike in Srinagar to protest against the killing of a youth by Indian police.",
        [("PROTEST", "IND", None), ("ASSAULT", "IND", None, "opt")],
        None,
    ),
    (
        "Hizbul Mujahideen militants attacked an Indian army camp in Kashmir, killing four soldiers.",
        [("ASSAULT", "IND", "IND")],
        None,
    ),
    (
        "Taliban fighters captured the northern Afghan city of Kunduz in their biggest victory since 2001.",
        [(SEIZE, "AFG", "AFG")],
        None,
    ),
    (
        "Afghan President Hamid Karzai accused NATO forces of killing civilians in an air strike in Helmand.",
        [("ACCUSE", "AFG", "IGO"), ("ASSAULT", "IGO", "AFG", "opt")],
        None,
    ),
    (
        "Northern Alliance forces loyal to Ahmad Shah Massoud shelled Taliban positions north of Kabul.",
        [("ASSAULT", "AFG", "AFG")],
        None,
    ),
    # --- Latin America, undated ---
    (
        "FARC guerrillas kidnapped former presidential candidate Ingrid Betancourt on a road in southern Colombia.",
        [("ASSAULT", "COL", None)],
        None,
    ),
    (
        "The National Liberation Army, Colombia's second-largest rebel group, blew up a section of the Cano Limon oil pipeline.",
        [("ASSAULT", "COL", None)],
        None,
    ),
    (
        "ELN rebels released a German engineer they had held for eight months in the Colombian jungle.",
        [("RETREAT", "COL", "DEU")],
        None,
    ),
    (
        "Colombian President Alvaro Uribe rejected a FARC offer to swap hostages for jailed guerrillas.",
        [("REJECT", "COL", "COL")],
        None,
    ),
    (
        "Right-wing paramilitaries of the AUC massacred dozens of peasants in the village of El Salado in northern Colombia.",
        [("ASSAULT", "COL", "COL")],
        None,
    ),
    (
        "Peruvian police captured Shining Path leader Abimael Guzman in a Lima safe house.",
        [("COERCE", "PER", "PER")],
        None,
    ),
    (
        "Tupac Amaru rebels stormed the Japanese ambassador's residence in Lima, taking hundreds of guests hostage.",
        [(SEIZE, "PER", "JPN")],
        None,
    ),
    (
        "Zapatista rebels occupied San Cristobal de las Casas and several other towns in the southern Mexican state of Chiapas.",
        [(SEIZE, "MEX", "MEX")],
        None,
    ),
    (
        "Haitian police and U.N. peacekeepers raided the Cite Soleil slum in Port-au-Prince, a stronghold of armed gangs.",
        [(SEIZE, "HTI", "HTI"), (SEIZE, "IGO", "HTI")],
        None,
    ),
    (
        "Venezuelan President Hugo Chavez ordered ten army battalions to the Colombian border after a raid on a FARC camp in Ecuador.",
        [("MOBILIZE", "VEN", "COL"), ("ASSAULT", None, None, "opt")],
        None,
    ),
    # --- Europe, undated ---
    (
        "The IRA declared a complete cessation of military operations in Northern Ireland.",
        [("RETREAT", "GBR", None)],
        None,
    ),
    (
        "Sinn Fein leader Gerry Adams met British Prime Minister Tony Blair at Downing Street for the first time.",
        [("CONSULT", "GBR", "GBR")],
        None,
    ),
    (
        "Loyalist paramilitaries of the Ulster Volunteer Force shot dead two Catholic men in north Belfast.",
        [("ASSAULT", "GBR", "GBR")],
        None,
    ),
    (
        "ETA set off a car bomb outside a Civil Guard barracks in the Basque town of Durango.",
        [("ASSAULT", "ESP", "ESP")],
        None,
    ),
    (
        "Spanish police arrested the suspected military chief of the Basque separatist group ETA in southwestern France.",
        [("COERCE", "ESP", "ESP")],
        None,
    ),
    pytest.param(
        "Serbian police units shelled ethnic Albanian villages in the Drenica region of Kosovo.",
        [("ASSAULT", "SRB", "XKX")],
        None,
        marks=_x(
            "'ethnic Albanian villages' take the demonym's state (ALB); the project codes ethnic Albanians in Kosovo XKX but ethnic Serbs there SRB, so no general rule changes the demonym"
        ),
    ),
    (
        "KLA fighters kidnapped two Serbian journalists on the road between Pristina and Prizren.",
        [("ASSAULT", "XKX", "SRB")],
        None,
    ),
    (
        "NATO warplanes bombed Serbian military targets for a second night as the alliance pressed Belgrade to end its crackdown in Kosovo.",
        [("ASSAULT", "IGO", "SRB"), (("REQUEST", "COERCE"), "IGO", "SRB", "opt")],
        None,
    ),
    (
        "Bosnian Serb forces shelled the UN-declared safe area of Srebrenica.",
        [("ASSAULT", "BIH", "BIH")],
        None,
    ),
    (
        "Bosnian Serb leader Radovan Karadzic rejected the Vance-Owen peace plan.",
        [("REJECT", "BIH", None)],
        None,
    ),
    (
        "Chechen rebels seized hundreds of hostages in a hospital in the southern Russian town of Budyonnovsk.",
        [(SEIZE, "RUS", "RUS")],
        None,
    ),
    (
        "Russian troops pounded the Chechen capital Grozny with artillery and rockets.",
        [("ASSAULT", "RUS", "RUS")],
        None,
    ),
    (
        "Greek Cypriot leader Glafcos Clerides and Turkish Cypriot leader Rauf Denktash held talks under UN auspices in New York.",
        [("CONSULT", "CYP", "CYP"), ("CONSULT", "IGO", None, "opt")],
        None,
    ),
    (
        "Turkish Cypriot police detained two Greek Cypriots who had crossed the buffer zone near Nicosia.",
        [("COERCE", "CYP", "CYP")],
        None,
    ),
    # --- Middle East, undated ---
    (
        "Hezbollah guerrillas fired Katyusha rockets into northern Israel after an Israeli air raid on a village in southern Lebanon.",
        [("ASSAULT", "LBN", "ISR"), ("ASSAULT", "ISR", "LBN", "opt")],
        None,
    ),
    (
        "Amal militiamen besieged Palestinian refugee camps in Beirut.",
        [(SEIZE, "LBN", "PSE")],
        None,
    ),
    (
        "Lebanese Forces militiamen clashed with army units loyal to General Michel Aoun in east Beirut.",
        [("ASSAULT", "LBN", "LBN")],
        None,
    ),
    (
        "Iraqi Kurdish peshmerga fighters took control of Kirkuk after Iraqi army units abandoned their posts.",
        [(SEIZE, "IRQ", "IRQ"), ("RETREAT", "IRQ", None, "opt")],
        None,
    ),
    (
        "The Kurdistan Regional Government accused Baghdad of withholding its share of the federal budget.",
        [("ACCUSE", "IRQ", "IRQ")],
        None,
    ),
    (
        "A suicide bomber blew himself up among Shiite pilgrims heading to the Iraqi holy city of Karbala, killing 40 people.",
        [("ASSAULT", None, "IRQ")],
        None,
    ),
    (
        "Moqtada al-Sadr's Mahdi Army fought U.S. troops in the Iraqi holy city of Najaf.",
        [("ASSAULT", "IRQ", "USA")],
        None,
    ),
    (
        "Hamas gunmen seized the Fatah-controlled security headquarters in Gaza City.",
        [(SEIZE, "PSE", "PSE")],
        None,
    ),
    (
        "Palestinian President Mahmoud Abbas called on Hamas to hand back control of the Gaza Strip.",
        [("REQUEST", "PSE", "PSE")],
        None,
    ),
    (
        "Israeli Prime Minister Yitzhak Rabin and PLO chairman Yasser Arafat signed the Oslo accords on the White House lawn.",
        [("AGREE", "ISR", "PSE")],
        None,
    ),
    (
        "Yemeni troops killed five suspected al-Qaeda militants in a raid in the southern province of Abyan.",
        [("ASSAULT", "YEM", "YEM")],
        None,
    ),
    (
        "Houthi rebels in northern Yemen accused Saudi warplanes of bombing a market in Saada province.",
        [("ACCUSE", "YEM", "SAU"), ("ASSAULT", "SAU", "YEM", "opt")],
        None,
    ),
    # --- IGOs, UN bodies and NGOs, undated ---
    (
        "The UN refugee agency appealed to Guinea to keep its border open to civilians fleeing the fighting in Sierra Leone.",
        [("REQUEST", "IGO", "GIN")],
        None,
    ),
    (
        "Amnesty International accused Colombian security forces of colluding with paramilitary death squads.",
        [("ACCUSE", "NGO", "COL")],
        None,
    ),
    (
        "Human Rights Watch urged the Security Council to refer the situation in Darfur to the International Criminal Court.",
        [("REQUEST", "NGO", "IGO")],
        None,
    ),
    (
        "The Security Council imposed an arms embargo on the warring parties in Liberia.",
        [("SANCTION", "IGO", "LBR")],
        None,
    ),
    (  # (a strict xfail on the branch: the toll fix of the AID/ASSAULT round fixed it)
        "Unidentified gunmen opened fire on African Union peacekeepers in South Darfur, killing two Nigerian soldiers.",
        [("ASSAULT", None, "IGO")],
        None,
    ),
    (
        "The Red Cross delivered food and medicine to tens of thousands of people displaced by fighting in eastern Congo.",
        [("AID", "NGO", "COD")],
        None,
    ),
    (
        "UN Secretary-General Kofi Annan urged Ethiopia and Eritrea to pull their troops back from the disputed border.",
        [("REQUEST", "IGO", "ETH"), ("REQUEST", "IGO", "ERI")],
        None,
    ),
    (
        "ECOWAS leaders suspended Ivory Coast from the regional bloc until Laurent Gbagbo hands over power to Alassane Ouattara.",
        [("SANCTION", "IGO", "CIV")],
        None,
    ),
    # --- 2016-2025, dated ---
    (
        "Boko Haram fighters abducted more than 300 schoolboys from a boarding school in Kankara in Nigeria's Katsina state.",
        [("ASSAULT", "NGA", "NGA")],
        "2020-12-14",
    ),
    (
        "Al-Shabaab claimed responsibility for a truck bombing at a busy junction in Mogadishu that killed more than 500 people.",
        [("ASSAULT", "SOM", "SOM")],
        "2017-10-16",
    ),
    (
        "The Rapid Support Forces accused the Sudanese army of bombing a market in Omdurman.",
        [("ACCUSE", "SDN", "SDN"), ("ASSAULT", "SDN", "SDN", "opt")],
        "2023-06-20",
    ),
    (
        "South Sudan's President Salva Kiir and rebel leader Riek Machar signed a power-sharing deal in Khartoum.",
        [("AGREE", "SSD", "SSD")],
        "2018-08-06",
    ),
    (
        "M23 rebels captured the eastern Congolese city of Goma, Congo's government said.",
        [(SEIZE, "COD", "COD")],
        "2025-01-28",
    ),
    (
        "Rwanda's President Paul Kagame rejected accusations that Kigali was backing the M23 rebels.",
        [("REJECT", "RWA", None), ("ACCUSE", None, "RWA", "opt")],
        "2023-01-10",
    ),
    (
        "Taliban authorities detained a British aid worker and his wife in Bamiyan province.",
        [("COERCE", "AFG", "GBR")],
        "2025-02-10",
    ),
    (
        "Colombian President Gustavo Petro suspended peace talks with the ELN after the rebels killed dozens of people in the Catatumbo region.",
        [(("SANCTION", "REJECT"), "COL", "COL"), ("ASSAULT", "COL", None, "opt")],
        "2025-01-18",
    ),
    (
        "FARC dissidents ambushed a police patrol in Colombia's Cauca department, killing four officers.",
        [("ASSAULT", "COL", "COL")],
        "2024-05-20",
    ),
    (
        "Armed gangs attacked the two largest prisons in Port-au-Prince, freeing thousands of inmates, Haitian officials said.",
        [("ASSAULT", "HTI", "HTI")],
        "2024-03-04",
    ),
    (
        "The first Kenyan police officers arrived in Haiti on Tuesday to lead a UN-backed mission against the gangs.",
        [("MOBILIZE", "KEN", "HTI")],
        "2024-06-26",
    ),
    (
        "Venezuelan security forces arrested opposition leader Freddy Superlano in Caracas.",
        [("COERCE", "VEN", None)],
        "2024-07-31",
    ),
    (
        "Iran's Revolutionary Guards fired missiles at what they called an Israeli spy headquarters in Erbil, the capital of Iraq's Kurdistan region.",
        [("ASSAULT", "IRN", "IRQ")],
        "2024-01-16",
    ),
    (
        "The Kurdish-led Syrian Democratic Forces captured Baghouz, the last Islamic State enclave in eastern Syria.",
        [(SEIZE, "SYR", "SYR")],
        "2019-03-23",
    ),
    (
        "Yemen's Houthis seized the Galaxy Leader, a cargo ship linked to an Israeli businessman, in the Red Sea.",
        [(SEIZE, "YEM", None)],
        "2023-11-20",
    ),
    (
        "Hamas and Fatah signed a declaration in Beijing pledging to form a unity government.",
        [("AGREE", "PSE", "PSE"), ("CONSULT", None, "CHN", "opt")],
        "2024-07-23",
    ),
    (
        "Hezbollah fired dozens of rockets at the northern Israeli town of Kiryat Shmona.",
        [("ASSAULT", "LBN", "ISR")],
        "2024-06-05",
    ),
    (
        "Israeli forces raided the Jenin refugee camp in the occupied West Bank, killing seven Palestinians.",
        [("ASSAULT", "ISR", "PSE")],
        "2023-01-26",
    ),
    (
        "NATO Secretary-General Jens Stoltenberg urged Belgrade and Pristina to de-escalate after the clashes in northern Kosovo.",
        [("REQUEST", "IGO", "SRB"), ("REQUEST", "IGO", "XKX")],
        "2023-05-30",
    ),
    (
        "Ethnic Serbs clashed with NATO-led peacekeepers in the northern Kosovo town of Zvecan, injuring 30 soldiers.",
        [("ASSAULT", "SRB", "IGO")],
        "2023-05-29",
    ),
    (
        "Amnesty International accused Nigerian troops of killing peaceful protesters at the Lekki toll gate in Lagos.",
        [("ACCUSE", "NGO", "NGA"), ("ASSAULT", "NGA", "NGA", "opt")],
        "2020-10-21",
    ),
    (
        "Human Rights Watch accused the Rapid Support Forces and allied Arab militias of ethnic cleansing against the Masalit in West Darfur.",
        [("ACCUSE", "NGO", "SDN")],
        "2024-05-09",
    ),
    (
        "African Union troops killed 20 al-Shabaab fighters in the Lower Shabelle region of Somalia.",
        [("ASSAULT", "IGO", "SOM")],
        "2019-04-12",
    ),
    (
        "Puntland said on Sunday it was withdrawing its recognition of Somalia's federal government.",
        [(("SANCTION", "REJECT"), "SOM", "SOM")],
        "2024-04-01",
    ),
    (
        "Abu Sayyaf militants beheaded a German hostage on the southern Philippine island of Jolo.",
        [("ASSAULT", "PHL", "DEU")],
        "2017-02-27",
    ),
    (
        "Indian authorities detained hundreds of Kashmiri politicians after revoking the special status of Jammu and Kashmir.",
        [("COERCE", "IND", "IND")],
        "2019-08-06",
    ),
    (
        "Pakistani warplanes struck Pakistani Taliban hideouts in Afghanistan's Khost province, the Taliban government said.",
        [("ASSAULT", "PAK", None)],
        "2024-03-18",
    ),
    pytest.param(
        "The New IRA admitted that one of its members shot dead journalist Lyra McKee during rioting in Londonderry.",
        [("ASSAULT", "GBR", None)],
        "2019-04-23",
        marks=_x(
            "'admitted that one of its members shot dead' is coded CONCEDE, and the shooting gets no source from 'one of its members'"
        ),
    ),
    (
        "ETA gave French authorities the locations of its remaining arms caches, completing its disarmament.",
        [("RETREAT", "ESP", None)],
        "2017-04-08",
    ),
    pytest.param(
        "Bosnian Serb leader Milorad Dodik rejected the authority of the international peace envoy Christian Schmidt.",
        [("REJECT", "BIH", "IGO")],
        "2023-07-03",
        marks=_x(
            "'the authority of the international peace envoy <unknown name>': the envoy is not taken as an international organisation's official"
        ),
    ),
    (
        "Iraqi forces recaptured Kirkuk from Kurdish peshmerga fighters.",
        [(SEIZE, "IRQ", "IRQ")],
        "2017-10-17",
    ),
    pytest.param(
        "Lebanese army troops deployed in the south as Israeli forces withdrew from several border villages under the ceasefire.",
        [("MOBILIZE", "LBN", None), ("RETREAT", "ISR", "LBN")],
        "2025-02-18",
        marks=_x(
            "'withdrew from several border villages' names no country for the villages; 'in the south' of the other clause is not carried over"
        ),
    ),
    (
        "Chechen leader Ramzan Kadyrov threatened Poland, saying his fighters would turn to it after Ukraine.",
        [("THREATEN", "RUS", "POL")],
        "2022-05-10",
    ),
]

NEGATIVES = [
    "The Tamil Tigers have fought for a separate homeland in northern and eastern Sri Lanka since 1983.",
    "Analysts say FARC dissidents could recruit hundreds more fighters if the peace deal collapses.",
    "Would Hezbollah join a wider war? Lebanese officials are not sure.",
    "Boko Haram, whose name is often translated as 'Western education is forbidden', was founded in Maiduguri in 2002.",
    "Human Rights Watch is based in New York and monitors abuses in more than 90 countries.",
    "If ETA renounces violence, Madrid could ease prison conditions for its members, a Spanish official said.",
    "The Security Council is expected to vote next week on extending the UN mission in South Sudan.",
    "Abu Sayyaf, a small but brutal group, is notorious for kidnappings for ransom in the southern Philippines.",
    "Nepal's Maoists, who waged a decade-long insurgency, entered mainstream politics in 2006.",
    "The African Union has not sent troops to Darfur since the joint mission with the United Nations ended.",
    "Shiite pilgrims walked for days to reach Karbala for the Arbaeen commemoration.",
    "It was not clear whether the Kurdistan Regional Government would take part in the talks in Baghdad.",
]


FIXES = [
    # a state GeoNames files under another name is the state, not a town abroad of that
    # name (Macedonia, Ohio)
    (
        "Gunmen attacked a police station in Macedonia, killing two officers.",
        [("ASSAULT", None, "MKD")],
        None,
    ),
    # soldiers an attack's participle hurts are of the force fired on "on" or clashed
    # "with", an international one too
    (
        "Gunmen opened fire on a UN convoy near Goma, killing three peacekeepers.",
        [("ASSAULT", None, "IGO")],
        None,
    ),
    (
        "Armed villagers clashed with African Union troops outside Mogadishu, wounding four soldiers.",
        [("ASSAULT", "SOM", "IGO")],
        None,
    ),
    # peasants, guests and churchgoers are civilians, of the place they are attacked in
    (
        "Right-wing paramilitaries massacred dozens of peasants in the village of Chengue in northern Colombia.",
        [("ASSAULT", "COL", "COL")],
        None,
    ),
    # a site named after a saint or a city ("the Santa Cruz cemetery in Dili") is in the
    # town the sentence puts it in, not in a city of the site's name
    (
        "Troops fired on students at the Santiago university campus in Managua.",
        [("ASSAULT", "NIC", "NIC")],
        None,
    ),
    (
        "Police detained dozens of vendors at the Santa Ana market in Caracas.",
        [("COERCE", "VEN", "VEN")],
        None,
    ),
    # what a group is notorious, known or feared for is its reputation, not news
    ("The militia is infamous for its massacres of civilians in Ituri.", [], None),
    (
        "The Janjaweed, feared for their raids on Darfur villages, are now part of the RSF.",
        [],
        None,
    ),
    # "government positions" are the force holding them: rebels' own government's
    (
        "FARC guerrillas overran government positions in the mountains of Cauca, an army spokesman said.",
        [("ASSAULT", "COL", "COL")],
        None,
    ),
    # "took control of <town>": the town is what is taken
    (
        "Rebels took control of Bunia after government troops pulled out.",
        [(SEIZE, "COD", "COD"), ("RETREAT", None, None, "opt")],
        None,
    ),
    # a community named alone ("Tutsis", "Yazidis") is civilians of the place it is in
    (
        "Islamic State fighters abducted hundreds of Yazidis in the Iraqi district of Sinjar.",
        [("ASSAULT", "IRQ", "IRQ")],
        None,
    ),
    # regional governments and breakaway administrations are of their state
    (
        "The KRG accused the federal government in Baghdad of cutting salaries for Kurdish civil servants.",
        [("ACCUSE", "IRQ", "IRQ")],
        None,
    ),
    (
        "Puntland forces clashed with Somaliland troops near the disputed town of Las Anod.",
        [("ASSAULT", "SOM", "SOM")],
        None,
    ),
    (
        "Forces Nouvelles rebels seized the northern Ivorian town of Korhogo.",
        [(SEIZE, "CIV", "CIV")],
        None,
    ),
    # "routed" troops are beaten in battle; a "cessation of military operations" is a truce
    (
        "Congolese troops routed Mai-Mai militiamen near Beni, an army spokesman said.",
        [("ASSAULT", "COD", "COD")],
        None,
    ),
    (
        "Nepal's Maoist rebels declared a cessation of military operations during the festival.",
        [("RETREAT", "NPL", None)],
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected", "pub"), CASES, ids=[_text(c)[:60] for c in CASES])
def test_actors2_coded(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))


@pytest.mark.parametrize(
    "text", NEGATIVES, ids=[_text((t,) if isinstance(t, str) else t)[:60] for t in NEGATIVES]
)
def test_actors2_negatives(code, text):
    events = countable(code(text, "2024-05-01"))
    assert not events, show(events)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_actors2_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
