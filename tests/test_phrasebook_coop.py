# ruff: noqa: E501  (the phrasebook is a table: one sentence a line)
"""Phrasebook of wire-style sentences for the cooperative PLOVER types.

SUPPORT, CONCEDE, RETREAT, AID, AGREE, COOPERATE and CONSULT, written for these
tests the way agency copy phrases them (active, passive, nominal, light verbs,
attribution, stated intent), plus sentences near the same trigger words that
must code nothing.

A row of PHRASEBOOK is ``types | source | target | pub_date | text``: ``types``
lists the accepted PLOVER types (``AID/AGREE`` for an aid pledge) and ``target``
is ``-`` when any target is accepted. The coder must produce a countable event
(not negated, not speculative) of an accepted type with those countries, either
way round for the symmetric types (CONSULT, COOPERATE, AGREE).
"""

from __future__ import annotations

import pytest

from conftest import counted, show
from parley.evaluate import counts

PHRASEBOOK = """
SUPPORT           | DEU | UKR | 2024-05-01 | Germany backed Ukraine's bid to join the European Union on Tuesday.
SUPPORT           | USA | -   | 2024-05-01 | The United States endorsed the Saudi peace initiative, the State Department said.
SUPPORT           | FRA | ARM | 2024-05-01 | French President Emmanuel Macron praised Armenia's decision to join the International Criminal Court.
SUPPORT           | TUR | AZE | 2024-05-01 | Turkey voiced support for Azerbaijan's position on the transit corridor on Monday.
SUPPORT           | KEN | SOM | 2024-05-01 | Kenya expressed solidarity with Somalia after the attack in Mogadishu.
SUPPORT           | IND | BGD | 1971-12-08 | India recognised Bangladesh as an independent state on December 6.
SUPPORT           | ISR | ARE | 2020-09-17 | Israel and the United Arab Emirates formally established diplomatic relations on Tuesday.
SUPPORT           | JPN | -   | 2024-05-01 | Japan welcomed the ceasefire between Israel and Hamas, the foreign ministry said.
SUPPORT           | IGO | -   | 2022-11-03 | The African Union hailed the peace deal between Ethiopia and Tigrayan forces.
SUPPORT           | SAU | IRN | 2023-03-11 | Saudi Arabia restored diplomatic ties with Iran on Friday after a seven-year rift.
SUPPORT           | BRA | ARG | 2023-11-21 | Brazilian President Luiz Inacio Lula da Silva congratulated Argentina's president-elect Javier Milei on his victory.
SUPPORT           | IGO | UKR | 2023-05-01 | NATO Secretary-General Jens Stoltenberg reaffirmed the alliance's support for Kyiv.
SUPPORT           | IGO | PSE | 2024-05-01 | The Arab League threw its weight behind the Palestinian bid for full UN membership.
SUPPORT           | USA | PHL | 2024-05-01 | Washington lent its support to the Philippines in its maritime dispute with Beijing.
SUPPORT           | PAK | PSE | 2024-05-01 | Pakistan reiterated its support for the Palestinian people on Friday.
SUPPORT           | SRB | CHN | 2024-05-01 | Serbian President Aleksandar Vucic thanked China for its backing over Kosovo.
SUPPORT           | IGO | MDA | 2024-05-01 | The European Union upgraded its relations with Moldova on Wednesday.
SUPPORT           | RUS | -   | 2008-08-27 | Russia recognised the independence of Abkhazia and South Ossetia on Tuesday.
SUPPORT           | CUB | USA | 2015-07-21 | Cuba and the United States restored full diplomatic relations on Monday.
SUPPORT           | CHN | RUS | 2024-05-01 | China defended Russia at the United Nations Security Council on Friday.
SUPPORT           | EGY | ISR | 2024-05-01 | Egypt applauded Israel's decision to allow more aid into Gaza.
SUPPORT           | GRC | CYP | 2024-05-01 | Greece expressed its backing for Cyprus in the gas exploration dispute with Turkey.
SUPPORT           | POL | UKR | 2024-05-01 | Poland gave its backing to Ukraine's peace formula on Thursday.
SUPPORT           | ESP | PSE | 2024-05-29 | Spain, Ireland and Norway formally recognised a Palestinian state on Tuesday.
SUPPORT/CONSULT   | PHL | CHN | 1975-06-10 | The Philippines and China normalised relations during a visit by President Ferdinand Marcos to Beijing.
SUPPORT           | HUN | TUR | 2024-05-01 | Hungary voiced its support for Turkey's candidacy, the foreign ministry said.
SUPPORT           | RUS | HUN | 2024-05-01 | The Kremlin praised the decision by Hungary to block the aid package.
SUPPORT           | USA | EGY | 2024-05-01 | The United States announced its support for the Egyptian ceasefire proposal.
CONCEDE           | ISR | TUR | 2013-03-23 | Israel apologised to Turkey on Friday for the 2010 raid on a Gaza-bound aid flotilla.
CONCEDE           | JPN | -   | 1995-08-15 | Japanese Prime Minister Tomiichi Murayama offered a heartfelt apology to Asian nations for wartime aggression.
CONCEDE           | IRN | -   | 2020-01-11 | The Iranian military admitted that it had shot down the Ukrainian airliner by mistake.
CONCEDE           | SRB | XKX | 2024-05-01 | Serbia eased restrictions on imports from Kosovo on Monday.
CONCEDE           | MMR | -   | 2024-05-01 | Myanmar's junta lifted the curfew in Mandalay, state media reported.
CONCEDE           | ETH | -   | 2024-05-01 | The Ethiopian government granted amnesty to hundreds of opposition figures.
CONCEDE/RETREAT   | BLR | -   | 2024-05-01 | Belarusian leader Alexander Lukashenko pardoned 18 political prisoners, his press service said.
CONCEDE           | THA | -   | 2024-05-01 | The Thai government bowed to the protesters' demands and dissolved parliament.
CONCEDE           | VEN | VEN | 2024-05-01 | Venezuela's government acceded to opposition demands for an independent electoral council.
CONCEDE           | PAK | -   | 2024-05-01 | Pakistan conceded that its soldiers had crossed the Line of Control.
CONCEDE           | GEO | -   | 2023-03-10 | Georgia's ruling party withdrew the foreign agents bill after mass protests.
CONCEDE           | CHN | -   | 2022-12-08 | Chinese authorities relaxed COVID-19 restrictions after protests in several cities.
CONCEDE           | TUR | SWE | 2023-07-11 | Turkey dropped its objections to Sweden's NATO membership bid.
CONCEDE           | LKA | -   | 2024-05-01 | Sri Lanka's president expressed regret over the deaths of protesters.
CONCEDE           | GBR | -   | 2010-06-16 | Britain issued a formal apology to the families of the Bloody Sunday victims.
CONCEDE           | DEU | NAM | 2021-05-28 | Germany accepted responsibility for the colonial-era genocide in Namibia.
CONCEDE           | BEL | COD | 2020-06-30 | Belgium's King Philippe expressed his deepest regrets to Congo for colonial abuses.
CONCEDE           | SDN | -   | 2024-05-01 | Sudan's military government gave in to the strikers' demands on Sunday.
AGREE/CONCEDE/RETREAT | KGZ | -   | 2024-05-01 | Kyrgyzstan's president agreed to the demands of protesters and resigned.
CONCEDE           | SDN | -   | 2019-07-06 | Sudan's military council made concessions to the protest movement on Saturday.
CONCEDE           | BHR | -   | 2011-06-02 | Bahrain's government lifted the state of emergency on Wednesday.
CONCEDE           | ISR | PSE | 2024-05-01 | The Israeli army lifted restrictions on Palestinian movement in Hebron.
RETREAT           | RUS | -   | 2022-11-12 | Russian troops withdrew from the city of Kherson on Friday, the defence ministry said.
RETREAT           | RUS | AFG | 1989-02-16 | The Soviet Union completed its withdrawal from Afghanistan on Wednesday.
RETREAT           | COL | -   | 2017-06-28 | FARC rebels handed over their weapons to United Nations monitors on Tuesday.
RETREAT           | ETH | -   | 2024-05-01 | Ethiopian troops evacuated their positions near the Eritrean border.
RETREAT           | ISR | -   | 2024-05-01 | Israeli forces dismantled several checkpoints near Ramallah on Sunday.
RETREAT           | ISR | PSE | 2024-05-01 | Israel ended its military offensive in Gaza on Sunday.
RETREAT           | YEM | -   | 2024-05-01 | The Houthis declared a unilateral ceasefire on Monday.
RETREAT           | ARM | -   | 2024-05-01 | Armenian troops pulled back from four villages in Tavush province, the government said.
RETREAT           | KEN | SOM | 2024-05-01 | Kenya released 30 Somali fishermen on Thursday.
RETREAT           | SYR | PHL | 2013-03-10 | Syrian rebels freed 21 Filipino peacekeepers on Saturday.
RETREAT           | EGY | PSE | 2024-05-01 | Egypt reopened the Rafah crossing to allow aid into Gaza.
RETREAT           | ISR | PSE | 2024-05-01 | Israel allowed fuel trucks into Gaza for the first time on Saturday.
RETREAT           | LBR | -   | 2024-05-01 | Liberian rebels laid down their arms on Wednesday.
RETREAT           | UGA | COD | 2003-05-07 | Ugandan troops retreated from the Congolese town of Bunia.
RETREAT           | COL | -   | 2024-05-01 | The ELN announced a unilateral ceasefire over Christmas.
RETREAT           | VNM | KHM | 1989-09-27 | Vietnamese forces withdrew from Cambodia in September.
RETREAT           | ZWE | -   | 2017-11-22 | Zimbabwe's President Robert Mugabe resigned on Tuesday.
RETREAT           | YEM | IGO | 2024-05-01 | The Houthis allowed United Nations inspectors to board the tanker.
RETREAT           | SRB | XKX | 2024-05-01 | Serbian police withdrew from northern Kosovo on Saturday.
RETREAT           | SYR | -   | 2024-05-01 | Syrian government forces abandoned their positions in Palmyra.
RETREAT           | LBY | -   | 2024-05-01 | Militiamen vacated the presidential palace in Tripoli on Thursday.
RETREAT           | LKA | -   | 2024-05-01 | The Sri Lankan army returned land to Tamil owners in Jaffna.
RETREAT           | RUS | -   | 2024-06-12 | Russian peacekeepers completed their pullout from Nagorno-Karabakh, the Kremlin said.
RETREAT           | AZE | -   | 2023-09-21 | Azerbaijani forces halted their offensive after 24 hours.
RETREAT           | PSE | USA | 2023-10-21 | Hamas freed two American hostages on Friday, the group said.
RETREAT           | USA | NER | 2024-05-01 | Washington began withdrawing troops from Niger on Sunday.
AGREE/RETREAT     | RUS | UKR | 2024-05-01 | Russia agreed to pull its forces back from the Ukrainian border, the Kremlin said.
AID               | JPN | TUR | 2023-02-08 | Japan sent emergency aid to Turkey after the earthquake.
AID               | USA | IGO | 2024-05-01 | The United States donated $50 million to the World Food Programme.
AID               | JOR | PSE | 2024-05-01 | The Royal Jordanian Air Force airdropped food supplies over northern Gaza on Monday.
AID               | ECU | -   | 2012-08-17 | Ecuador granted asylum to WikiLeaks founder Julian Assange on Thursday.
AID               | IGO | UKR | 2024-05-01 | The World Bank extended a $1.5 billion loan to Ukraine on Friday.
AID               | NGO | -   | 2024-05-01 | The International Committee of the Red Cross delivered medicine to hospitals in Aleppo.
AID               | IRN | YEM | 2024-05-01 | Iran shipped weapons to the Houthis, according to a UN report.
AID               | CHN | LKA | 2024-05-01 | China gave Sri Lanka a $1 billion loan.
AID               | IGO | EGY | 2024-05-01 | The IMF approved a $3 billion bailout for Egypt.
AID               | IND | MMR | 2024-05-01 | India rushed relief supplies to cyclone-hit Myanmar.
AID               | USA | ISR | 2024-05-01 | Washington gave Israel $14 billion in military aid.
AID               | CUB | ITA | 2020-03-23 | Cuba dispatched 52 doctors to Italy to help fight the coronavirus.
AID/AGREE         | DEU | SDN | 2024-05-01 | Germany pledged 1 billion euros in humanitarian assistance for Sudan.
AID               | RUS | SYR | 2024-05-01 | Russia delivered 25,000 tonnes of wheat to Syria.
AID/COOPERATE     | NLD | UKR | 2024-05-01 | The Netherlands supplied F-16 fighter jets to Ukraine.
AID               | GBR | -   | 2024-05-01 | Britain granted political asylum to the former Soviet spy.
AGREE             | ISR | PSE | 2023-11-22 | Israel and Hamas agreed to a four-day truce on Wednesday.
AGREE             | ARM | AZE | 2024-05-01 | Armenia and Azerbaijan signed a peace accord in Washington.
AGREE             | COL | COL | 2024-05-01 | Colombia's government and the ELN reached a ceasefire agreement on Friday.
AGREE             | KEN | -   | 2023-07-30 | Kenya offered to lead a multinational police mission to Haiti.
AGREE             | IRN | -   | 2024-05-01 | Iran promised to give inspectors access to the Fordow site.
AGREE             | RWA | -   | 2024-05-01 | Rwanda said it is ready to contribute troops to a UN force in the Central African Republic.
AGREE             | AFG | USA | 2020-02-15 | The Taliban accepted a US proposal for a seven-day reduction in violence.
AGREE             | ETH | -   | 2024-05-01 | Ethiopia's government committed itself to a permanent cessation of hostilities.
AGREE/RETREAT     | PAK | IND | 2019-02-28 | Pakistan said it would release the captured Indian pilot as a gesture of peace.
AGREE/RETREAT     | RUS | UKR | 2024-05-01 | Russia said it would allow Ukrainian grain ships to leave Black Sea ports.
AGREE             | EGY | ISR | 1979-03-27 | Egypt and Israel signed a peace treaty at the White House on Monday.
AGREE             | PRK | -   | 2024-05-01 | North Korea agreed to dismantle its nuclear facilities in exchange for aid.
AGREE             | SRB | XKX | 2024-05-01 | Serbia and Kosovo initialled an agreement on freedom of movement.
AGREE             | JPN | UKR | 2024-05-01 | Japan vowed to continue supporting Ukraine.
AGREE             | SDN | SDN | 2024-05-01 | The Sudanese army and the RSF agreed to a 72-hour ceasefire, the U.S. State Department said.
SUPPORT/AGREE     | TUR | FIN | 2024-05-01 | Turkey gave its approval to Finland's NATO membership.
AGREE             | NER | -   | 2024-05-01 | Niger's junta pledged to hold free elections within three years.
AGREE             | RUS | -   | 2024-05-01 | Moscow expressed readiness to resume the grain deal.
AGREE             | ISR | LBN | 2022-10-12 | Israel and Lebanon agreed on their maritime border on Tuesday.
AGREE/COOPERATE   | JPN | KOR | 2024-05-01 | Japan and South Korea signed an intelligence-sharing pact.
AGREE             | IRN | USA | 2024-05-01 | Iran agreed to a prisoner swap with the United States.
COOPERATE         | CHN | RUS | 2024-05-01 | China and Russia held joint naval exercises in the Sea of Japan.
AGREE/COOPERATE   | IND | ARE | 2024-05-01 | India and the United Arab Emirates signed a free trade deal.
COOPERATE         | COL | USA | 2022-05-05 | Colombia extradited drug lord Dairo Antonio Usuga to the United States.
COOPERATE         | TUR | RUS | 2024-05-01 | Turkish and Russian troops launched joint patrols in northeastern Syria.
COOPERATE         | USA | KOR | 2024-05-01 | The United States and South Korea staged joint military drills on Monday.
COOPERATE         | FRA | EGY | 2024-05-01 | France sold 24 Rafale fighter jets to Egypt.
COOPERATE         | IND | RUS | 2024-05-01 | India bought S-400 missile systems from Russia.
COOPERATE         | KEN | SOM | 2024-05-01 | Kenya and Somalia launched a joint operation against al-Shabaab.
COOPERATE         | CHN | PAK | 2024-05-01 | China and Pakistan carried out joint anti-terror drills.
COOPERATE         | AZE | TUR | 2024-05-01 | Azerbaijan and Turkey conducted joint military exercises near Nakhchivan.
COOPERATE         | IND | FRA | 2024-05-01 | Indian and French navies held a joint exercise in the Arabian Sea.
AGREE/COOPERATE   | RUS | IRN | 2024-05-01 | Russia and Iran signed a deal on military cooperation.
COOPERATE         | EGY | SDN | 2024-05-01 | Egypt and Sudan launched joint air force drills, the Egyptian army said.
AGREE/COOPERATE   | AUS | USA | 2024-05-01 | Australia agreed to buy nuclear-powered submarines from the United States.
CONSULT           | RUS | CHN | 2024-05-01 | Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi in Beijing on Tuesday.
CONSULT           | USA | SAU | 2024-05-01 | Blinken held talks with Saudi Crown Prince Mohammed bin Salman in Riyadh.
CONSULT           | ARM | FRA | 2024-05-01 | Pashinyan visited Paris on Wednesday.
CONSULT           | ARM | AZE | 2024-05-11 | Kazakhstan hosted talks between Armenian and Azerbaijani foreign ministers in Almaty.
CONSULT           | RUS | TUR | 2024-05-01 | Putin telephoned Turkish President Tayyip Erdogan on Monday.
CONSULT           | EGY | USA | 2024-05-01 | Egyptian President Abdel Fattah al-Sisi received the US envoy in Cairo.
CONSULT           | DEU | IND | 2024-05-01 | Scholz welcomed visiting Indian Prime Minister Narendra Modi in Berlin.
CONSULT           | CHN | AUS | 2024-05-01 | A visit by Chinese Premier Li Qiang to Australia began on Saturday.
CONSULT           | IRN | RUS | 2024-05-01 | Iranian Foreign Minister Hossein Amir-Abdollahian flew to Moscow for talks with Lavrov.
CONSULT           | UKR | GBR | 2024-05-01 | Zelensky spoke by phone with British Prime Minister Rishi Sunak.
CONSULT           | IND | CHN | 2024-05-01 | Indian and Chinese military commanders held a 19th round of talks on the border standoff.
CONSULT           | SAU | IRN | 2024-05-01 | The Saudi foreign minister paid a visit to Tehran on Saturday.
CONSULT           | TUR | RUS | 2024-05-01 | Erdogan and Putin held a phone conversation on Sunday.
CONSULT           | FRA | UKR | 2024-05-01 | Macron hosted Ukrainian President Volodymyr Zelensky at the Elysee Palace.
CONSULT           | IGO | YEM | 2019-03-05 | UN envoy Martin Griffiths arrived in Sanaa for talks with Houthi leaders.
CONSULT           | RUS | CHN | 2024-05-01 | Putin sat down with Chinese leader Xi Jinping in the Kremlin.
CONSULT           | USA | -   | 2024-05-01 | US Defense Secretary Lloyd Austin consulted with NATO allies in Brussels.
CONSULT           | RUS | IND | 2024-05-01 | Indian Prime Minister Narendra Modi received a call from Putin on Friday.
CONSULT           | PRK | KOR | 2018-04-27 | Kim Jong Un held a summit with Moon Jae-in at Panmunjom.
CONSULT           | IRQ | IRN | 2024-05-01 | The Iraqi prime minister was in Tehran on Sunday for talks with Iranian leaders.
CONSULT           | UKR | RUS | 2022-03-30 | Ukrainian and Russian negotiators met in Istanbul on Tuesday.
CONSULT           | JPN | UKR | 2023-03-22 | Japanese Prime Minister Fumio Kishida arrived in Kyiv on an unannounced visit.
CONSULT           | CHN | RUS | 2024-05-01 | Chinese Foreign Minister Wang Yi began a three-day trip to Moscow on Monday.
CONSULT           | ARM | IRN | 2024-09-01 | Armenia's Pashinyan had a phone call with Iranian President Masoud Pezeshkian on Saturday.
SUPPORT           | DEU | -   | 2024-05-01 | Germany threw its support behind Mark Rutte's bid to lead NATO.
SUPPORT           | IRQ | -   | 2024-05-01 | The Iraqi government gave its blessing to the Kurdish referendum on Monday.
CONCEDE           | HUN | -   | 2024-05-01 | Hungary dropped its veto on the European Union's aid package for Ukraine.
RETREAT           | ISR | -   | 2024-05-01 | Israeli troops removed roadblocks around Jenin on Tuesday.
RETREAT           | YEM | -   | 2024-05-01 | The Houthis suspended their offensive on Marib on Sunday.
RETREAT           | IRQ | KWT | 2024-05-01 | Iraq handed back the Kuwaiti archives to Kuwait on Wednesday.
AID               | CHN | IRQ | 2024-05-01 | China dispatched a team of doctors to Iraq to help fight the epidemic.
AID               | IGO | LKA | 2024-05-01 | The Asian Development Bank approved a $500 million loan to Sri Lanka.
AGREE             | UKR | -   | 2024-05-01 | Ukraine's government committed to holding elections once martial law is lifted.
CONSULT           | ISR | PSE | 2024-05-01 | Israeli and Palestinian negotiators returned to the negotiating table in Washington.
CONSULT           | RUS | TUR | 2024-05-01 | Russian Foreign Minister Sergei Lavrov sat down with his Turkish counterpart in Antalya.
SUPPORT           | IGO | UKR | 2024-05-01 | Ukraine's membership bid was endorsed by the European Commission on Friday.
SUPPORT           | QAT | PSE | 2024-05-01 | Qatar voiced strong support for the Palestinian Authority, the state news agency QNA reported.
SUPPORT           | RUS | -   | 2024-05-01 | Moscow welcomed the outcome of the vote in Abkhazia.
SUPPORT           | TUR | AZE | 2024-05-01 | Turkish President Tayyip Erdogan congratulated Ilham Aliyev on his re-election.
SUPPORT           | CHN | PAK | 2024-05-01 | China said it firmly supports Pakistan in safeguarding its sovereignty.
SUPPORT           | IRN | YEM | 2024-05-01 | Iran expressed support for the Houthis, the foreign ministry said.
SUPPORT           | JPN | PHL | 2024-05-01 | Japan lauded the Philippines' efforts to uphold the rule of law in the South China Sea.
CONCEDE           | RWA | -   | 2024-05-01 | Rwandan President Paul Kagame acknowledged that mistakes had been made.
CONCEDE           | KEN | -   | 2024-05-01 | The Kenyan government apologised for the police killing of protesters.
CONCEDE           | BFA | -   | 2024-05-01 | The junta in Burkina Faso lifted the ban on political parties.
CONCEDE/AGREE     | CHN | USA | 2024-05-01 | Beijing offered concessions on market access to Washington.
CONCEDE           | SRB | -   | 2024-05-01 | Serbia's government admitted that its police had used excessive force.
RETREAT           | MMR | MMR | 2010-11-14 | Myanmar's military government freed Aung San Suu Kyi from house arrest.
RETREAT           | RUS | -   | 2024-05-01 | Russian forces retreated from positions around Kyiv, the Pentagon said.
RETREAT           | SOM | -   | 2024-05-01 | Al-Shabaab fighters withdrew from the town of Bulo Burde.
RETREAT           | NGA | -   | 2024-05-01 | Nigeria's army chief resigned on Tuesday.
RETREAT           | ISR | -   | 2024-05-01 | Israel allowed the first aid convoy into northern Gaza.
RETREAT           | AFG | USA | 2024-05-01 | The Taliban freed two American hostages in a prisoner swap.
RETREAT           | ARM | AZE | 2024-05-01 | Armenia returned two Azerbaijani soldiers to Baku on Wednesday.
RETREAT           | ISR | PSE | 2024-05-01 | The release of 39 Palestinian prisoners by Israel took place on Friday.
RETREAT           | ETH | -   | 2024-05-01 | The Ethiopian government declared a humanitarian truce in Tigray.
RETREAT           | AZE | -   | 2024-05-01 | Azerbaijan reopened the Lachin road to Red Cross convoys.
COOPERATE/AID     | IRN | RUS | 2024-05-01 | Iran supplied drones to Russia, U.S. officials said.
AID               | IND | LKA | 2024-05-01 | India sent 10 tonnes of medical supplies to Sri Lanka.
AID               | IGO | UKR | 2024-05-01 | The European Union disbursed 1.5 billion euros to Ukraine.
AID/AGREE         | POL | -   | 2024-05-01 | Poland offered shelter to refugees fleeing Ukraine.
AID               | RUS | -   | 2024-05-01 | Russia wrote off $20 billion of African debt.
AGREE             | TUR | SWE | 2024-05-01 | Ankara agreed to lift its veto on Sweden's NATO membership.
AGREE             | PSE | -   | 2024-05-01 | Hamas said it accepted the Egyptian-Qatari ceasefire proposal.
AGREE             | ARM | AZE | 2024-05-01 | Armenia and Azerbaijan reached agreement on the text of a peace treaty.
AGREE             | IRN | SAU | 2024-05-01 | Iran and Saudi Arabia agreed to reopen their embassies within two months.
AGREE             | UKR | RUS | 2024-05-01 | Kyiv and Moscow agreed on a swap of prisoners.
AGREE             | XKX | SRB | 2024-05-01 | The Kosovo government said it was ready to resume dialogue with Belgrade.
AGREE             | RUS | -   | 2024-05-01 | Russia offered to mediate between Armenia and Azerbaijan.
AGREE             | GUY | VEN | 2023-12-15 | Guyana and Venezuela pledged not to use force against each other.
COOPERATE         | KEN | GBR | 2024-05-01 | Kenya extradited three British nationals to the United Kingdom.
COOPERATE         | SAU | PAK | 2024-05-01 | Saudi and Pakistani naval forces conducted a joint drill in the Arabian Sea.
COOPERATE         | RUS | CHN | 2024-05-01 | Russia and China launched joint air patrols over the Sea of Japan.
COOPERATE         | ISR | EGY | 2024-05-01 | Israeli officials coordinated with Egypt on border security.
COOPERATE         | TUR | RUS | 2024-05-01 | Turkey bought Russian S-400 systems.
COOPERATE/AGREE   | USA | POL | 2024-05-01 | The United States signed a $3 billion arms deal with Poland.
AGREE/COOPERATE   | PAK | CHN | 2024-05-01 | Pakistan's army chief and his Chinese counterpart agreed to boost military cooperation.
CONSULT           | QAT | IRN | 2024-05-01 | The Emir of Qatar visited Tehran on Saturday.
CONSULT           | RUS | USA | 2023-03-03 | A meeting between Lavrov and Blinken took place on the sidelines of the G20 in New Delhi.
CONSULT           | TUR | UKR | 2024-05-01 | Turkish President Tayyip Erdogan hosted Zelensky in Istanbul on Friday.
CONSULT           | DZA | MLI | 2024-05-01 | Algeria mediated talks between Mali and Tuareg rebels in Algiers.
CONSULT           | IND | PAK | 2024-05-01 | The foreign ministers of India and Pakistan met on the sidelines of the SCO summit.
CONSULT           | CHN | USA | 2024-05-01 | Xi Jinping and Joe Biden spoke by phone on Tuesday.
CONSULT           | IRN | SAU | 2024-05-01 | Iran's foreign minister held a phone call with his Saudi counterpart.
CONSULT           | KOR | USA | 2024-05-01 | South Korea's president flew to Washington for a summit with Biden.
CONSULT           | RUS | PRK | 2024-05-01 | Lavrov was in Pyongyang on Wednesday for talks with North Korean officials.
CONSULT           | NOR | COL | 2024-05-01 | Norway facilitated the talks between Colombia and the ELN.
CONSULT           | RUS | HUN | 2024-05-01 | Putin received Hungarian Prime Minister Viktor Orban in the Kremlin.
CONSULT           | CHN | FRA | 2024-05-01 | Chinese President Xi Jinping paid a state visit to France.
CONSULT           | UKR | USA | 2024-05-01 | Zelensky made a surprise visit to Washington.
RETREAT           | IND | -   | 2024-05-01 | Indian and Chinese troops began to disengage on Monday.
SUPPORT           | USA | -   | 2024-05-01 | The move was welcomed by Washington, which called it a step toward peace.
SUPPORT           | IGO | SDN | 2024-05-01 | In a statement, the Organisation of Islamic Cooperation expressed its full support for Sudan's sovereignty.
SUPPORT           | CHN | RUS | 2024-05-01 | Beijing has thrown its support behind Moscow's peace proposals, according to the Chinese foreign ministry.
SUPPORT           | NLD | IDN | 2024-05-01 | The Netherlands and Indonesia established full diplomatic ties.
SUPPORT           | KEN | ETH | 2024-05-01 | Kenyan President William Ruto lauded Ethiopia for hosting the peace talks.
SUPPORT           | JPN | PHL | 2024-05-01 | Tokyo reiterated its backing for Manila's position in the South China Sea, a Japanese official told reporters.
SUPPORT           | IGO | -   | 2024-05-01 | The Security Council endorsed the ceasefire deal in a unanimous vote.
SUPPORT           | CUB | VEN | 2024-05-01 | Cuba praised Venezuelan President Nicolas Maduro's re-election.
SUPPORT           | SAU | MAR | 2024-05-01 | Saudi Arabia voiced solidarity with Morocco after the earthquake.
SUPPORT           | EGY | SDN | 2024-05-01 | Egypt's foreign ministry hailed the agreement between Sudan's rival generals.
CONCEDE           | JPN | -   | 2024-05-01 | Tokyo expressed remorse for its wartime actions in Korea.
CONCEDE           | UGA | -   | 2024-05-01 | Ugandan authorities lifted a ban on opposition rallies.
CONCEDE           | COL | -   | 2024-05-01 | Colombia's government granted a pardon to jailed FARC members.
CONCEDE           | GEO | -   | 2024-05-01 | The Georgian government bowed to pressure from the European Union and dropped the bill.
CONCEDE           | GBR | -   | 2024-05-01 | Britain admitted responsibility for the 1919 Amritsar massacre.
CONCEDE           | XKX | SRB | 2024-05-01 | Kosovo eased a ban on Serbian goods.
CONCEDE           | EGY | -   | 2024-05-01 | Egypt's government backed down over a plan to raise bread prices.
CONCEDE           | ISR | QAT | 2025-09-30 | Netanyahu apologised to Qatar for the strike in Doha, the White House said.
RETREAT           | SDN | -   | 2024-05-01 | Sudan's army said it had withdrawn from the city of Wad Madani.
RETREAT           | USA | AFG | 2021-08-31 | The last U.S. troops left Afghanistan on Monday, the Pentagon said.
RETREAT           | PSE | ISR | 2023-11-25 | Hamas released 13 Israeli hostages on Friday under the truce deal.
RETREAT           | ISR | -   | 2024-05-01 | The Israeli military withdrew its brigades from Khan Younis, a spokesman said.
RETREAT           | KEN | -   | 2024-05-01 | Kenyan police withdrew from the slum after residents protested.
RETREAT           | RUS | IGO | 2024-05-01 | Russia allowed IAEA inspectors into the Zaporizhzhia plant.
RETREAT           | ARM | AZE | 2024-05-01 | The Armenian government handed over four villages to Azerbaijan.
RETREAT           | TUR | ARM | 2023-02-12 | Turkey reopened its border crossing with Armenia for aid trucks.
RETREAT           | BLR | BLR | 2024-05-01 | Belarusian authorities freed the opposition figure Maria Kolesnikova.
RETREAT           | PAK | -   | 2024-05-01 | Pakistan's prime minister stepped down on Friday.
AID/AGREE         | USA | UKR | 2024-05-01 | Washington announced a $300 million military aid package for Ukraine.
AID               | IGO | -   | 2024-05-01 | The World Food Programme distributed food to 200,000 people in Darfur.
AID               | CAN | NGA | 2024-05-01 | Canada donated 1 million vaccine doses to Nigeria.
AID               | FRA | MAR | 2024-05-01 | France flew medical supplies and rescue workers to Morocco.
AID               | ARE | PSE | 2024-05-01 | The United Arab Emirates sent a field hospital to Gaza.
AID/AGREE         | DEU | UKR | 2024-05-01 | Germany will deliver more air defence systems to Ukraine, Scholz said.
AID/AGREE         | SAU | EGY | 2024-05-01 | Saudi Arabia offered Egypt a $5 billion aid package.
AID               | NGO | -   | 2024-05-01 | The Red Crescent evacuated wounded civilians from Mariupol.
AGREE             | AZE | ARM | 2024-05-01 | Azerbaijan said it was prepared to sign a peace treaty with Armenia by the end of the year.
AGREE             | LBY | -   | 2024-05-01 | Libya's rival governments agreed to hold elections in December, the U.N. mission said.
AGREE             | RUS | UKR | 2024-05-01 | Moscow and Kyiv have agreed to exchange 200 prisoners each, the Turkish mediator said.
AGREE             | IRN | IGO | 2024-05-01 | Iran committed to cooperating with the IAEA, Grossi said.
AGREE             | NER | DZA | 2024-05-01 | Niger's junta accepted an offer of mediation from Algeria.
AGREE/CONCEDE     | AFG | -   | 2024-05-01 | The Taliban promised an amnesty for former government officials.
AGREE/COOPERATE   | IDN | AUS | 2024-05-01 | Indonesia and Australia concluded a defence cooperation agreement.
AGREE             | EGY | -   | 2024-05-01 | Egypt said it was willing to host new negotiations between Israel and Hamas.
COOPERATE         | COL | VEN | 2024-05-01 | The Colombian and Venezuelan armies carried out a joint operation along the border.
COOPERATE         | TUR | IRQ | 2024-05-01 | Turkey extradited an Islamic State suspect to Iraq.
AID/COOPERATE     | PRK | RUS | 2024-05-01 | North Korea supplied artillery shells to Russia, Seoul said.
COOPERATE         | RUS | IND | 2024-05-01 | Russian and Indian navies staged joint exercises in the Bay of Bengal.
COOPERATE         | FRA | DEU | 2024-05-01 | France and Germany stepped up intelligence cooperation.
CONSULT           | HUN | UKR | 2024-05-01 | Hungarian Prime Minister Viktor Orban made an unannounced trip to Kyiv.
CONSULT           | ARM | AZE | 2024-05-01 | The foreign ministers of Armenia and Azerbaijan met in Almaty under Kazakh mediation.
CONSULT           | USA | CHN | 2023-06-20 | Blinken's visit to Beijing, the first by a U.S. secretary of state in five years, ended on Monday.
CONSULT           | TUR | SYR | 2024-05-01 | The Turkish and Syrian defence ministers held talks in Moscow.
CONSULT           | RUS | ISR | 2024-05-01 | Putin had a phone conversation with Netanyahu, the Kremlin said.
CONSULT           | IND | UKR | 2024-05-01 | Modi dialled Zelensky on Friday to discuss the war.
CONSULT           | ETH | EGY | 2024-05-01 | Delegations from Ethiopia and Egypt resumed negotiations over the Nile dam.
CONSULT           | SDN | IGO | 2024-05-01 | The Sudanese army chief met with the UN envoy in Port Sudan.
CONSULT           | CHN | VEN | 2024-05-01 | Maduro was visited by a Chinese delegation in Caracas.
CONSULT           | ARM | AZE | 2024-05-01 | Pashinyan and Aliyev held a bilateral meeting on the sidelines of the summit.
CONCEDE           | ETH | -   | 2024-05-01 | Ethiopia's parliament voted to remove the TPLF from its list of terrorist organisations.
CONCEDE           | KEN | -   | 2024-05-01 | The government met the main demand of the striking doctors and raised their pay, Kenya's health ministry said.
CONCEDE           | USA | SYR | 2024-05-01 | Washington removed sanctions on Syria's central bank on Friday.
RETREAT           | TUR | -   | 2024-05-01 | About 30 PKK fighters burned their weapons at a ceremony near Sulaymaniyah.
AGREE             | RUS | UKR | 2024-05-01 | The Kremlin said Russia was ready to resume talks with Ukraine without preconditions.
AGREE             | QAT | -   | 2024-05-01 | Qatar announced it would host a new round of talks between the two sides.
AGREE/AID         | TUR | SOM | 2024-05-01 | Erdogan promised to supply Somalia with drones, the Somali presidency said.
CONSULT/AGREE     | BRA | CHN | 2023-04-15 | A visit to Beijing by Brazil's President Lula ended with the signing of 15 agreements.
RETREAT           | USA | AFG | 2021-07-03 | The U.S. military's handover of Bagram air base to Afghan forces was completed on Friday.
RETREAT           | ISR | PSE | 2024-05-01 | Israel's release of 90 Palestinian prisoners was confirmed by the Red Cross.
CONSULT           | AGO | -   | 2024-05-01 | Talks between Rwandan and Congolese officials were hosted by Angola in Luanda.
CONSULT           | EGY | -   | 2024-05-01 | The talks in Doha were mediated by Egypt and Qatar.
CONSULT           | USA | -   | 2024-05-01 | The ceasefire was brokered by the United States and France.
RETREAT           | ARM | AZE | 2024-05-01 | Two Azerbaijani soldiers were released by Armenia on Wednesday.
RETREAT           | PSE | -   | 2024-05-01 | The hostages were freed by Hamas in exchange for 150 Palestinian prisoners.
AID               | AUT | -   | 2024-05-01 | Asylum was granted to the former minister by Austria.
AGREE             | PSE | -   | 2024-05-01 | The proposal was accepted by Hamas on Monday, a spokesman said.
AGREE             | ETH | -   | 2024-05-01 | The peace deal was signed by Ethiopia and the TPLF in Pretoria.
SUPPORT           | DEU | -   | 2024-05-01 | The decision was praised by Germany and France.
AGREE             | RUS | BLR | 2024-05-01 | Russia and Belarus signed a mutual defence treaty, state media reported.
AGREE/COOPERATE   | JPN | PHL | 2024-05-01 | Japan and the Philippines agreed to allow their troops to train on each other's territory.
SUPPORT           | IRN | SAU | 2024-05-01 | Iran and Saudi Arabia exchanged ambassadors for the first time in seven years.
CONSULT           | KOR | JPN | 2024-05-01 | South Korea and Japan resumed their shuttle diplomacy on Thursday.
CONCEDE           | USA | VEN | 2024-05-01 | The United States lifted sanctions on Venezuela's oil sector on Wednesday.
RETREAT           | RUS | IGO | 2024-05-01 | Moscow allowed the OSCE monitors to enter the region.
AGREE/CONCEDE     | SRB | XKX | 2024-05-01 | Belgrade agreed to let Kosovo licence plates circulate in Serbia.
AGREE/AID         | DEU | -   | 2024-05-01 | Germany offered to take in 200 Afghan refugees.
AGREE             | CHN | IND | 2024-10-22 | China and India agreed to patrol arrangements along their disputed border.
CONSULT           | PAK | AFG | 2024-05-01 | Pakistan's foreign minister flew to Kabul for talks with Taliban leaders.
CONSULT           | MEX | USA | 2024-05-01 | Mexican and American officials held talks on migration in Washington.
CONSULT           | OMN | -   | 2024-05-01 | The Omani envoy shuttled between Tehran and Washington.
AGREE             | IGO | TUR | 2024-05-01 | The European Union and Turkey signed a migration deal.
SUPPORT           | IRN | EGY | 2024-05-01 | Iran and Egypt restored diplomatic relations for the first time in 40 years.
RETREAT           | RUS | UKR | 2024-05-01 | Russia and Ukraine exchanged prisoners for the first time in two years.
SUPPORT           | POL | UKR | 2024-05-01 | Poland and the Baltic states rallied behind Kyiv after the attack.
SUPPORT           | PAK | QAT | 2024-05-01 | Pakistan came out in support of Qatar's mediation efforts.
SUPPORT           | IND | NPL | 2024-05-01 | The Indian foreign ministry offered condolences to Nepal after the earthquake.
SUPPORT/AGREE     | IGO | -   | 2024-05-01 | The European Parliament gave the green light to the trade deal with Mercosur.
SUPPORT           | JPN | -   | 2024-05-01 | Japan welcomed the release of its citizen by the Houthis.
CONCEDE           | SRB | -   | 2024-05-01 | The Serbian government softened its stance on the border dispute with Kosovo.
RETREAT           | RUS | -   | 2024-05-01 | Russian forces ceded control of Snake Island on Thursday.
CONCEDE/RETREAT   | ARM | -   | 2024-05-01 | Armenia gave up its claim to the four border villages.
RETREAT           | BIH | -   | 1994-02-20 | Bosnian Serb forces pulled back their heavy weapons from around Sarajevo.
RETREAT           | GBR | -   | 2005-09-26 | The IRA decommissioned its weapons, the international body said.
RETREAT           | AFG | -   | 2001-11-25 | Taliban fighters laid down their arms in Kunduz.
AID/AGREE         | DEU | UKR | 2024-05-01 | Germany unveiled a 500 million euro aid package for Ukraine.
AID/AGREE         | GBR | -   | 2024-05-01 | Britain pledged 50 million pounds to the Syria reconstruction fund.
COOPERATE/AID     | USA | PHL | 2002-01-31 | U.S. special forces began training Philippine troops on Basilan.
COOPERATE/AID     | GBR | UKR | 2024-05-01 | British instructors trained 30,000 Ukrainian soldiers last year.
AGREE/COOPERATE   | RUS | IRN | 2024-05-01 | Russia and Iran agreed to expand military cooperation.
COOPERATE/RETREAT | PAK | AFG | 2024-05-01 | Pakistan handed over three suspects to Afghan authorities.
CONSULT           | SAU | KWT | 2024-05-01 | The Saudi crown prince paid a courtesy call on the emir of Kuwait.
CONSULT           | CHN | RUS | 2024-05-01 | During talks with Lavrov in Moscow, Wang Yi called for a political settlement.
CONSULT           | FRA | DEU | 2024-05-01 | Macron was on a state visit to Germany on Tuesday.
CONSULT           | USA | UKR | 2024-05-01 | Blinken held a video call with Ukrainian Foreign Minister Dmytro Kuleba.
CONSULT           | ARM | AZE | 2024-05-01 | Armenian and Azerbaijani border commissions met on Friday.
CONSULT           | ISR | USA | 2024-05-01 | Israel's defence minister travelled to Washington for consultations with U.S. officials.
CONSULT           | KEN | HTI | 2024-05-01 | Kenya welcomed the Haitian prime minister to Nairobi on Thursday.
CONSULT           | KAZ | KGZ | 2024-05-01 | Kazakhstan's president hosted his Kyrgyz counterpart at his residence in Astana.
RETREAT           | ISR | PSE | 2023-11-25 | Israel freed 39 Palestinian prisoners and Hamas released 13 hostages on Friday, Qatar said.
RETREAT           | PSE | -   | 2023-11-25 | Israel freed 39 Palestinian prisoners and Hamas released 13 hostages on Friday, Qatar said.
CONSULT           | USA | ISR | 2024-05-01 | Blinken met Netanyahu in Jerusalem and then flew to Amman for talks with King Abdullah.
CONSULT           | USA | JOR | 2024-05-01 | Blinken met Netanyahu in Jerusalem and then flew to Amman for talks with King Abdullah.
AGREE             | ARM | AZE | 2024-05-01 | Armenia and Azerbaijan agreed to exchange prisoners and to start talks on a peace treaty, their governments said.
CONSULT           | RUS | TUR | 2024-05-01 | The Kremlin said Putin had spoken by phone with Erdogan and thanked him for his mediation.
SUPPORT           | RUS | TUR | 2024-05-01 | The Kremlin said Putin had spoken by phone with Erdogan and thanked him for his mediation.
AID               | IRN | LBN | 2024-05-01 | Iran allegedly shipped weapons to Hezbollah through Syria, according to Israeli officials.
CONCEDE           | JPN | KOR | 2025-03-01 | Japanese Prime Minister Shigeru Ishiba apologised to South Korea, Yonhap reported.
RETREAT           | TUR | -   | 2024-05-01 | The Turkish army withdrew from three villages in northern Iraq, Kurdish officials claimed.
SUPPORT           | FRA | -   | 2024-05-01 | France voted in favour of the resolution recognising Palestinian statehood.
SUPPORT           | KAZ | RUS | 2024-05-01 | Kazakhstan expressed confidence in Russia's peacekeeping role.
CONCEDE           | EGY | -   | 2024-05-01 | Egypt's president commuted the death sentences of 12 opposition members.
CONCEDE           | CAN | -   | 2024-05-01 | The government caved in to the demands of the truckers, Canada's transport minister said.
CONCEDE           | KEN | -   | 2024-05-01 | Kenya's government shelved the finance bill after deadly protests.
RETREAT           | SYR | -   | 2024-05-01 | The Syrian army lifted its siege of Daraa al-Balad.
RETREAT           | SRB | -   | 2024-05-01 | The Serbian army stood down its forces on the Kosovo border.
RETREAT           | SYR | -   | 2024-05-01 | The Kurdish-led SDF handed the city of Raqqa over to a civilian council.
AID               | TUR | LBY | 2024-05-01 | Turkey dispatched relief flights to Libya after the floods.
AID               | QAT | PSE | 2024-05-01 | Qatar handed over 50 ambulances to the Palestinian health ministry.
COOPERATE         | IND | USA | 2024-05-01 | India and the United States launched joint naval drills in the Bay of Bengal.
COOPERATE         | IRQ | USA | 2024-05-01 | Iraqi and American forces conducted joint counter-terrorism operations in Anbar.
COOPERATE/AID     | USA | UKR | 2024-05-01 | Washington shared satellite imagery with Kyiv, officials said.
CONSULT           | EGY | -   | 2024-05-01 | The leaders of Egypt, Jordan and Iraq held a summit in Baghdad.
CONSULT           | SAU | -   | 2024-05-01 | Saudi Arabia hosted a summit of Arab leaders in Jeddah.
CONSULT           | ARM | FRA | 2024-05-01 | Pashinyan talked with Macron about the peace process on Monday.
CONSULT           | SDN | EGY | 2024-05-01 | Sudanese and Egyptian officials met behind closed doors in Cairo.
"""

NEGATIVES = """
The aid budget was cut by 10 percent last year, the finance ministry said.
Analysts said the withdrawal of US troops could destabilise the region.
Talks between the two sides have been stalled since 2019.
Relations between the two countries have improved markedly in recent years.
The treaty, signed in 1994, remains the cornerstone of relations between the two states.
Diplomats expect the envoy to visit Kabul next month.
Critics say the amnesty law has let war criminals escape justice.
Support for the ruling party fell to 30 percent in a poll published on Monday.
The foreign ministry did not apologise for the remarks.
The release of the film was delayed by a month.
Shares rose on hopes of more central bank support for the currency.
A visit to the museum costs 10 dollars.
The agreement is due to be signed next week, officials said.
The government has not yet decided whether to lift the curfew.
Any withdrawal of troops would depend on the security situation, the general said.
The ceasefire, brokered by Qatar in 2021, collapsed within weeks.
The backing of the central bank was crucial to the recovery, economists said.
The recognition of qualifications from abroad remains slow, the report said.
Experts said an apology would help heal old wounds.
The summit was postponed because of bad weather.
Fewer refugees have been granted asylum this year than in 2022.
The prisoner release programme has been criticised by human rights groups.
The cessation of hostilities has held since November 2022, diplomats said.
The decision now sits with the president, aides said.
Fans threw their weight behind the national team.
The minister refused to accept responsibility for the failure.
Ten doctors were sent home after the hospital closed.
The appeals court vacated the ruling on Friday.
The central bank approved a rate cut on Thursday.
Farmers abandoned their fields after the drought.
Egypt is home to some 500,000 Sudanese refugees.
The embassy will reopen next month, the ministry said.
Ties between Rabat and Algiers remain frosty.
The two countries have cooperated closely on security for decades.
A ceasefire is expected to be announced later this week.
Officials hope the visit will boost trade.
The World Bank's lending to the region rose by 12 percent.
The two leaders are scheduled to meet in Geneva next month.
Neither side has agreed to the proposal.
The army did not withdraw from the town.
If the rebels disarm, the government will grant an amnesty, analysts said.
The mayor opened the new road to traffic on Monday.
Erdogan made a call to the nation for unity.
The soldiers left for the front on Monday.
Praise for the new policy was muted, analysts said.
The ministry released the figures on Monday.
Kenya's army released a statement on the operation on Monday.
The mission will be funded by member states, diplomats said.
A convoy of aid trucks waited at the crossing for a third day.
Talks on a new trade deal are expected to start in June.
Kenya's tourism ministry welcomed a record number of visitors this summer.
The French interior minister visited a factory in Lyon on Monday.
The ministry met its deficit target for the third year running.
Police burned seized drugs worth $2 million in Lagos on Friday.
The Venezuelan opposition leader thanked his supporters and voters on Sunday.
The handover of the report to parliament was delayed.
The two teams exchanged shirts after the match.
The two countries have cooperated on border security for decades.
The army trained new recruits at a base near the capital.
Thousands of supporters rallied behind the team in the final.
The ministry restored access to the website after a technical fault.
The coach trained the national squad for three weeks before the tournament.
Oil prices softened on Monday as supply worries eased.
The central bank softened its stance on interest rates.
Fans rallied behind the striker after his penalty miss.
The family offered condolences to the victims' relatives, the club said.
Armenia's central bank gave up its forecast for growth.
The company dropped its objections to the merger.
Police dismantled a drug trafficking ring in Marseille.
The airline halted its advance booking system for a week.
The player sat down with reporters after the game.
Analysts said Turkey could drop its objections if Sweden extradited the suspects.
The governor vowed to return to the table only after the elections.
Rescue teams dispatched to the flood zone found no survivors.
Investors expressed confidence that the economy would recover.
Parliament voted in favour of the budget on Tuesday.
The president embraced his wife after the ceremony.
The farmers unblocked the motorway after talks with police.
"""


def _rows() -> list[tuple[str, tuple[str, ...], str, str | None, str]]:
    out = []
    for line in PHRASEBOOK.strip().splitlines():
        types, src, tgt, pub, text = (part.strip() for part in line.split("|", 4))
        out.append((text, tuple(types.split("/")), src, None if tgt == "-" else tgt, pub))
    return out


@pytest.mark.parametrize(("text", "types", "src", "tgt", "pub"), _rows())
def test_phrasebook_coop_codes(code, text, types, src, tgt, pub):
    events = code(text, pub)
    assert counted(events, types, src, tgt), show(events)


@pytest.mark.parametrize("text", NEGATIVES.strip().splitlines())
def test_phrasebook_coop_negatives_code_nothing(code, text):
    events = [e for e in code(text, "2024-05-01") if counts(e)]
    assert not events, show(events)
