ARTICLES = [
dict(id="arlington-june-2023", outlet="Caucasus Wire", date="2023-06-30",
 title="Second Arlington round ends with progress but no deal",
 url="https://caucasuswire.example/news/2023/06/30/arlington-second-round",
 text="""ARLINGTON, Virginia -- Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov concluded three days of talks near Washington on Thursday, their second round of negotiations hosted by US Secretary of State Antony Blinken since May.

The talks ran from June 27 to June 29 at the State Department's training centre in Arlington. Blinken said at the end of the round that the delegations had made further progress and now understood each other's positions better on the hardest questions, but that more work would be needed to reach a final agreement.

Neither side published details of the discussions. Diplomats said the draft treaty text now contains agreed language on several articles, while the rights and security of the Armenians of Nagorno-Karabakh and the mechanism for border delimitation remain disputed.

The situation on the ground has not improved. The Lachin corridor is still closed to ordinary traffic, and medical transfers by the International Committee of the Red Cross through the Azerbaijani checkpoint have been disrupted since mid-June, according to the ICRC.

If the ministers can close the remaining gaps, some diplomats say, a signing ceremony could be arranged before the end of the year. Few observers in the region expect that timetable to hold.

The leaders of the two countries are expected to meet in Brussels next month."""),

dict(id="brussels-july-2023", outlet="Caucasus Wire", date="2023-07-16",
 title="Michel hosts Aliyev and Pashinyan again in Brussels",
 url="https://caucasuswire.example/news/2023/07/16/brussels-leaders-meeting",
 text="""BRUSSELS -- European Council President Charles Michel hosted Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan in Brussels on Saturday, their second meeting in the Belgian capital in two months.

In a statement after the talks, Michel said the leaders had discussed border delimitation, the reopening of transport links, detainees and missing persons, and the rights and security of the Armenians living in Nagorno-Karabakh.

Michel said he had encouraged Azerbaijan to reopen the Lachin corridor and had noted Baku's willingness to deliver supplies to the region via the town of Aghdam as well. He described both routes as important for meeting the needs of the population.

The leaders will meet again in October in Granada, Spain, on the sidelines of the European Political Community summit, together with the French president and the German chancellor, Michel said.

Neither leader spoke to reporters after the meeting. Officials in Yerevan said the humanitarian situation in Nagorno-Karabakh had been the main Armenian concern. Officials in Baku said the peace treaty and the border were the priorities.

The two sides still disagree on the basic sequence: Yerevan wants guarantees for the Karabakh Armenians written into any settlement, while Baku insists that the region's population is a domestic matter for Azerbaijan."""),

dict(id="lachin-detention-wire", outlet="Caucasus Wire", date="2023-07-30",
 title="Azerbaijan detains Karabakh man at Lachin checkpoint during Red Cross transfer",
 url="https://caucasuswire.example/news/2023/07/30/lachin-checkpoint-detention",
 text="""STEPANAKERT/BAKU -- Azerbaijani border guards detained a resident of Nagorno-Karabakh at the Lachin checkpoint on Saturday while he was being taken to Armenia for medical treatment with the help of the International Committee of the Red Cross, officials on both sides said.

Azerbaijan's State Border Service identified the man as Vagif Khachatryan and said he was wanted on charges related to the killing of civilians in the village of Meshali in 1991. He was handed over to investigators.

The ICRC confirmed that a patient travelling with its assistance had been detained and said it would seek to visit him. Armenia's foreign ministry called the detention an abduction and a violation of international humanitarian law.

The checkpoint was set up by Azerbaijan in April on the only road linking the region with Armenia. The road has been closed to ordinary traffic since December, and the ICRC has been one of the few organisations able to move people and goods across it.

Aid workers said the case could discourage other patients from seeking treatment in Armenia. Baku says the checkpoint operates under standard border procedures."""),

dict(id="karabakh-ceasefire-baku", outlet="Baku Courier", date="2023-09-21",
 title="Anti-terror measures end as Armenian armed formations agree to disarm",
 url="https://bakucourier.example/en/security/2023/09/21/anti-terror-measures-end",
 text="""Azerbaijan ended its local anti-terror measures in the Karabakh region on Wednesday after illegal Armenian armed formations agreed to lay down their weapons and leave their positions, the defence ministry said.

The agreement was reached through the command of the Russian peacekeeping contingent, and the ceasefire took effect at 1 p.m. local time. Under the terms, the armed formations are to be disbanded and their weapons and ammunition surrendered.

The measures began on Tuesday after mine explosions killed Azerbaijani police officers and civilian road workers in the region earlier that day. Azerbaijani officials, including presidential aide Hikmet Hajiyev, said the operation was aimed only at military targets and that humanitarian corridors had been opened for civilians.

Representatives of the Armenian residents of Karabakh are meeting Azerbaijani officials in Yevlakh on Thursday to discuss their reintegration into Azerbaijan's constitutional framework, officials said.

For Azerbaijan, the outcome closes a chapter that began more than three decades ago. The restoration of sovereignty over the whole of the country's territory is a moment that many Azerbaijanis never expected to see, and it opens the way to a peace treaty with Armenia on the basis of mutual recognition of borders.

Baku has said that the rights of the Armenian population will be guaranteed on the same basis as those of all citizens of Azerbaijan."""),

dict(id="granada-epc-2023", outlet="Global Affairs Daily", date="2023-10-06",
 title="Aliyev stays away from Granada as planned five-way talks collapse",
 url="https://globalaffairsdaily.example/europe/2023/10/06/granada-aliyev-absent",
 text="""GRANADA, Spain -- Azerbaijani President Ilham Aliyev did not attend the European Political Community summit in Granada on Thursday, scuttling a planned five-way meeting with Armenian Prime Minister Nikol Pashinyan and European leaders.

Pashinyan instead met French President Emmanuel Macron, German Chancellor Olaf Scholz and European Council President Charles Michel. After the meeting the four issued a statement reaffirming support for the mutual recognition of the territorial integrity of Armenia and Azerbaijan on the basis of the 1991 Alma-Ata Declaration.

Baku did not give a detailed public explanation for Aliyev's absence. Pro-government media in Azerbaijan pointed to what they described as the pro-Armenian stance of France, and to the fact that Turkey had not been invited to the talks.

The summit came two weeks after Azerbaijan's military operation in Nagorno-Karabakh, which ended with the disarmament of the region's armed forces. More than 100,000 Armenians have since left the region for Armenia, according to the Armenian government.

The empty chair in Granada says a great deal about where the process stands. Having achieved its main military goal, Baku has little incentive to submit to a format in which it feels outnumbered, and the Europeans have little leverage to bring it back.

Michel said the EU would continue to support the normalisation of relations between the two countries."""),

dict(id="prisoner-exchange-dec-2023", outlet="Caucasus Wire", date="2023-12-14",
 title="Armenia and Azerbaijan complete prisoner exchange on their border",
 url="https://caucasuswire.example/news/2023/12/14/prisoner-exchange",
 text="""YEREVAN/BAKU -- Azerbaijan handed over 32 Armenian servicemen and Armenia handed over two Azerbaijani soldiers on Wednesday, in an exchange carried out on the border between the two countries.

The exchange had been agreed in a joint statement issued last Thursday by the office of the Armenian prime minister and the administration of the Azerbaijani president, which described the release as a goodwill gesture.

In the same statement, Armenia withdrew its bid to host the COP29 climate conference in favour of Azerbaijan, and Azerbaijan agreed to support Armenia's candidacy for a seat on the COP Bureau for the Eastern European Group.

The Armenian government said it would continue to press for the return of other Armenians it says are held in Azerbaijan, including former leaders of Nagorno-Karabakh detained in September.

Azerbaijani officials welcomed the exchange as proof that direct bilateral contacts could produce results without intermediaries.

The two sides said they would continue talks on a peace treaty. No date has been announced for the next round."""),

dict(id="nerkin-hand-baku", outlet="Baku Courier", date="2024-02-14",
 title="Azerbaijani border service says it retaliated for Armenian provocation",
 url="https://bakucourier.example/en/security/2024/02/14/border-service-retaliation",
 text="""Azerbaijan's State Border Service said on Tuesday that its units had conducted what it called Operation Revenge against Armenian army positions, in response to a provocation by Armenian forces the previous day.

According to the border service, an Azerbaijani serviceman was wounded on Monday by fire from Armenian positions. The service said the Armenian post from which the shots were fired had been completely destroyed and warned that any further provocation would meet a resolute response.

Armenia's defence ministry said four Armenian soldiers were killed in the incident near the village of Nerkin Hand in the Syunik region and denied that its forces had opened fire on Monday.

Military analysts in Baku said the response showed that Azerbaijan would no longer tolerate shooting across the border. Armenian media, they argued, are trying to portray a proportionate reaction as unprovoked aggression.

The incident comes a week after President Ilham Aliyev was re-elected in a snap presidential election. Aliyev is expected to travel to Munich later this week for the Munich Security Conference."""),

dict(id="munich-scholz-2024", outlet="Caucasus Wire", date="2024-02-18",
 title="Scholz brings Aliyev and Pashinyan together in Munich",
 url="https://caucasuswire.example/news/2024/02/18/munich-scholz-aliyev-pashinyan",
 text="""MUNICH -- German Chancellor Olaf Scholz hosted Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan on Saturday on the sidelines of the Munich Security Conference, in the first meeting between the two leaders since Aliyev's re-election this month.

According to the German government, the two leaders committed to settling outstanding disputes without the use of force and agreed that work on the peace treaty should continue. Officials said the foreign ministers would take the negotiations forward in the coming weeks.

The meeting came four days after four Armenian soldiers were killed by Azerbaijani fire near the village of Nerkin Hand, an incident that Baku described as retaliation and Yerevan as an unprovoked attack.

Pashinyan has said that Armenia remains ready to sign a peace agreement based on mutual recognition of territorial integrity. Aliyev has said that a treaty is possible if Armenia drops what Baku calls territorial claims in its constitution.

Germany has increasingly positioned itself as a facilitator in the process, alongside the European Union and the United States.

Whether Munich changes anything will become clear soon. A diplomatic source said the two foreign ministers could meet in Berlin before the end of the month."""),

dict(id="berlin-talks-wire", outlet="Caucasus Wire", date="2024-02-29",
 title="Armenian and Azerbaijani foreign ministers end two days of talks in Berlin",
 url="https://caucasuswire.example/news/2024/02/29/berlin-foreign-ministers-talks",
 text="""BERLIN -- Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov ended two days of talks in Berlin on Thursday without announcing an agreement.

German Foreign Minister Annalena Baerbock hosted the talks on Wednesday and Thursday at the Villa Borsig, the German foreign ministry's guest house on the outskirts of the city. Baerbock opened the talks on Wednesday.

Elchin Amirbayov, a special representative of the Azerbaijani president, was part of the Azerbaijani delegation. Armenian media reported that advisors to the Armenian prime minister and the Azerbaijani president also held talks in Berlin. Officials did not confirm those reports.

The German foreign ministry said the negotiations had been intensive and that Germany would continue to support both sides. Neither delegation spoke to reporters after the final session.

The talks followed a meeting between Prime Minister Nikol Pashinyan and President Ilham Aliyev in Munich on February 17, hosted by Chancellor Olaf Scholz. They also came two weeks after four Armenian soldiers were killed on the border near Nerkin Hand.

Diplomats said the main open questions were the delimitation of the border, the reopening of transport routes and Azerbaijan's demand that Armenia change its constitution. Both sides said they were ready to continue negotiating."""),

dict(id="russian-peacekeepers-leave", outlet="Global Affairs Daily", date="2024-04-18",
 title="Russian peacekeepers begin leaving Karabakh as Armenia drifts from Moscow",
 url="https://globalaffairsdaily.example/europe/2024/04/18/russian-peacekeepers-withdraw-karabakh",
 text="""The Kremlin confirmed on Wednesday that Russian peacekeepers had begun withdrawing from Nagorno-Karabakh, ending a mission that began after the 2020 war between Armenia and Azerbaijan.

Kremlin spokesman Dmitry Peskov confirmed the withdrawal when asked about reports in Azerbaijani media. The contingent of about 2,000 troops was deployed in November 2020 under the ceasefire statement signed by the leaders of Russia, Armenia and Azerbaijan. The withdrawal is expected to take several weeks.

The mission lost its purpose after Azerbaijan took full control of the region in September and almost the entire Armenian population left. Many Armenians blame the peacekeepers for failing to prevent the blockade of the Lachin corridor and the offensive that followed.

Armenia's relations with Moscow have cooled sharply. Prime Minister Nikol Pashinyan said in February that Armenia had frozen its participation in the Collective Security Treaty Organization, the Russian-led military alliance, and Yerevan has asked Russian border guards to leave the international airport in Yerevan.

At the same time, Armenia is buying weapons from France and India and has increased its contacts with the United States and the European Union.

The departure of the peacekeepers is a symbolic moment. Russia has been the main arbiter in the South Caucasus for three decades, and its quiet exit from Karabakh suggests that it no longer expects to play that role on the same terms. Whether anyone will replace it is the question that will shape the region for years."""),

dict(id="banjska-attack", outlet="Balkan Monitor", date="2023-09-25",
 title="Kosovo police officer killed as armed group attacks in the north",
 url="https://balkanmonitor.example/kosovo/2023/09/25/banjska-attack",
 text="""PRISTINA -- A Kosovo police officer was killed and another was wounded on Sunday when an armed group attacked a police patrol near the village of Banjska in northern Kosovo, the Kosovo authorities said.

About 30 heavily armed men then barricaded themselves in the nearby Serbian Orthodox monastery, leading to a gun battle with special police units that lasted for hours. Three of the attackers were killed, according to the police. Others escaped, and police later found large quantities of weapons and explosives in the area.

Kosovo Prime Minister Albin Kurti said the attack had been organised and supported by Belgrade. Serbian President Aleksandar Vučić condemned the killing of the police officer but denied that the Serbian state was behind the attack.

EU foreign policy chief Josep Borrell condemned the attack and called for those responsible to be brought to justice. NATO's peacekeeping force in Kosovo said it was ready to respond if needed.

The violence came ten days after the latest round of the EU-facilitated dialogue between Kosovo and Serbia in Brussels, hosted by Borrell and the EU special representative Miroslav Lajčák, ended without progress. Borrell said afterwards that Kurti had not been ready to move forward on the association of Serb-majority municipalities.

The attack marks the most serious escalation in the north in years. If it is confirmed that the group had backing from Serbia, the dialogue that the EU has nursed for more than a decade may be damaged beyond quick repair."""),

dict(id="kyrgyz-tajik-treaty", outlet="Central Asia Ledger", date="2025-03-14",
 title="Kyrgyzstan and Tajikistan sign border treaty two and a half years after deadly clashes",
 url="https://centralasialedger.example/diplomacy/2025/03/14/kyrgyz-tajik-border-treaty",
 text="""BISHKEK -- Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon signed a treaty on the state border between the two countries in Bishkek on Thursday, settling a dispute that led to deadly fighting as recently as September 2022.

The treaty covers the entire border of nearly 1,000 kilometres, much of which runs through the densely populated Fergana Valley, where access to water and pasture has long caused tension between communities.

The signing follows years of work by government delegations and topographic groups from both sides. The parliaments of the two countries must still ratify the treaty. Officials said border crossings that have been closed since the 2022 clashes could reopen once it comes into force.

About 100 people were killed in the fighting in September 2022, and tens of thousands of residents were evacuated from villages in Kyrgyzstan's Batken region.

Rahmon's visit to Bishkek was itself a signal of the change in relations. Both leaders described the treaty as opening a new chapter of friendship and good-neighbourly relations.

The agreement is the kind of result that many peace processes never reach. It was achieved without outside mediators, largely out of public view, and by leaders who concluded that a fixed border was worth more than the political cost of compromise."""),

dict(id="armenia-india-arms", outlet="Global Affairs Daily", date="2024-06-24",
 title="How India became one of Armenia's key arms suppliers",
 url="https://globalaffairsdaily.example/asia/2024/06/24/india-armenia-arms",
 text="""Armenia has turned to India for a growing share of its weapons, as Yerevan seeks to reduce its dependence on Russian supplies after the losses of 2020 and 2023.

In 2022, Armenia agreed to buy Pinaka multiple rocket launchers from India, according to Indian media reports. Later contracts covered towed artillery, anti-tank weapons and air-defence systems. Indian officials have not published the full value of the deals.

India and Armenia have also expanded defence contacts, including visits by military delegations and regular consultations between the two defence ministries.

The deals have drawn criticism in Baku. Azerbaijani officials have criticised arms supplies to Armenia, saying they encourage revanchism in Yerevan and undermine the peace process. Azerbaijan's close ties with Pakistan and Turkey add another layer to the rivalry.

Alongside India, France has become a key partner. Armenia has signed arms deals with France for air-defence radars and, this month, for CAESAR self-propelled howitzers.

For India, the relationship offers a foothold in a region where its rivals are well established and a showcase for a defence industry eager for export markets. For Armenia, it offers something less tangible but just as valuable: the sense that it is no longer entirely dependent on a single patron whose reliability it has come to doubt."""),
]
