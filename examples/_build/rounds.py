import yaml, json
W = "corpus/wire.jsonl#"
ROUNDS = [
 dict(id="arm-aze-2023-05-arlington", process="ARM-AZE", start="2023-05-01", end="2023-05-04",
      venue="Arlington, Virginia (George P. Shultz National Foreign Affairs Training Center)", venue_country="USA",
      format="foreign ministers, third-party hosted", host="Antony Blinken (US Secretary of State)", host_country="USA", mediator_role="mediator",
      participants=["Ararat Mirzoyan (ARM, foreign minister)", "Jeyhun Bayramov (AZE, foreign minister)"],
      outcome="progress reported on parts of the draft treaty; no agreement signed; Blinken: a lasting agreement is within reach",
      reported_in=["corpus/2023-05-05-arlington-talks.txt"], mentioned_in=[],
      date_cues="'on Thursday' in an article dated 2023-05-05 = 2023-05-04; 'from May 1 to May 4'"),
 dict(id="arm-aze-2023-05-brussels", process="ARM-AZE", start="2023-05-14", end="2023-05-14",
      venue="Brussels", venue_country="BEL",
      format="leaders, trilateral, EU-hosted", host="Charles Michel (President of the European Council)", host_country="EU (IGO)", mediator_role="mediator",
      participants=["Nikol Pashinyan (ARM, prime minister)", "Ilham Aliyev (AZE, president)"],
      outcome="both confirmed commitment to the 1991 Alma-Ata Declaration and each other's territorial integrity (29,800 / 86,600 sq km); next meeting set for Chisinau",
      reported_in=["corpus/2023-05-15-brussels-leaders-yerevan.txt", "corpus/2023-05-15-brussels-leaders-baku.txt"],
      mentioned_in=["corpus/2023-05-05-arlington-talks.txt (future: 'expected ... later this month')", "corpus/2023-05-26-moscow-trilateral.txt (past: 'eleven days after')"],
      date_cues="'on Sunday' in articles dated 2023-05-15 = 2023-05-14"),
 dict(id="arm-aze-2023-05-moscow", process="ARM-AZE", start="2023-05-25", end="2023-05-25",
      venue="Moscow (Kremlin), after a Eurasian Economic Union summit", venue_country="RUS",
      format="leaders, trilateral, Russia-hosted", host="Vladimir Putin (Russian president)", host_country="RUS", mediator_role="mediator",
      participants=["Nikol Pashinyan (ARM, prime minister)", "Ilham Aliyev (AZE, president)"],
      outcome="no agreement; deputy prime ministers' working group on transport links to meet soon; public exchange of barbs reported",
      reported_in=["corpus/2023-05-26-moscow-trilateral.txt"], mentioned_in=[],
      date_cues="'on Thursday' in an article dated 2023-05-26 = 2023-05-25"),
 dict(id="arm-aze-2023-06-chisinau", process="ARM-AZE", start="2023-06-01", end="2023-06-01",
      venue="outside Chisinau, Moldova (European Political Community summit)", venue_country="MDA",
      format="leaders, five-way (multilateral) on summit sidelines", host="Charles Michel (EU), with Emmanuel Macron (FRA president) and Olaf Scholz (DEU chancellor)", host_country="EU (IGO); FRA; DEU", mediator_role="mediator",
      participants=["Nikol Pashinyan (ARM, prime minister)", "Ilham Aliyev (AZE, president)"],
      outcome="agreed to meet again in Brussels in July and in the same five-party format in Granada in October",
      reported_in=["corpus/2023-06-02-chisinau-epc.txt"],
      mentioned_in=["corpus/2023-05-15-brussels-leaders-yerevan.txt (future: 'would meet again in Chisinau on June 1')", "corpus/2023-05-15-brussels-leaders-baku.txt (future)", "corpus/2023-05-26-moscow-trilateral.txt (future: 'next week in Chisinau')"],
      date_cues="'on Thursday' in an article dated 2023-06-02 = 2023-06-01"),
 dict(id="arm-aze-2023-06-arlington", process="ARM-AZE", start="2023-06-27", end="2023-06-29",
      venue="Arlington, Virginia (State Department training centre)", venue_country="USA",
      format="foreign ministers, third-party hosted", host="Antony Blinken (US Secretary of State)", host_country="USA", mediator_role="mediator",
      participants=["Ararat Mirzoyan (ARM, foreign minister)", "Jeyhun Bayramov (AZE, foreign minister)"],
      outcome="further progress reported; no agreement; more work needed",
      reported_in=[W + "arlington-june-2023"], mentioned_in=["corpus/html/2023-06-15-kosovo-police-detained.html (related-stories headline only; must not be coded)"],
      date_cues="'from June 27 to June 29'; 'on Thursday' in an article dated 2023-06-30 = 2023-06-29"),
 dict(id="arm-aze-2023-07-brussels", process="ARM-AZE", start="2023-07-15", end="2023-07-15",
      venue="Brussels", venue_country="BEL",
      format="leaders, trilateral, EU-hosted", host="Charles Michel (President of the European Council)", host_country="EU (IGO)", mediator_role="mediator",
      participants=["Nikol Pashinyan (ARM, prime minister)", "Ilham Aliyev (AZE, president)"],
      outcome="no agreement; Michel urged reopening of the Lachin corridor and noted the Aghdam supply route; next meeting planned in Granada in October",
      reported_in=[W + "brussels-july-2023"], mentioned_in=["corpus/2023-06-02-chisinau-epc.txt (future)", W + "arlington-june-2023 (future: 'next month')"],
      date_cues="'on Saturday' in an article dated 2023-07-16 = 2023-07-15"),
 dict(id="arm-aze-2023-10-granada", process="ARM-AZE", start="2023-10-05", end="2023-10-05",
      venue="Granada, Spain (European Political Community summit)", venue_country="ESP",
      format="planned five-way leaders' meeting NOT held: Aliyev absent", host="Charles Michel, Emmanuel Macron, Olaf Scholz", host_country="EU (IGO); FRA; DEU", mediator_role="mediator",
      participants=["Nikol Pashinyan (ARM, prime minister) only; Ilham Aliyev (AZE) did not attend"],
      outcome="no Armenia-Azerbaijan meeting; Pashinyan met Macron, Scholz and Michel, who issued a four-party statement on the Alma-Ata basis",
      reported_in=[W + "granada-epc-2023"], mentioned_in=["corpus/2023-06-02-chisinau-epc.txt (future)", W + "brussels-july-2023 (future)"],
      date_cues="'on Thursday' in an article dated 2023-10-06 = 2023-10-05",
      note="A correct coder must NOT produce a CONSULT between ARM and AZE for this date."),
 dict(id="arm-aze-2023-12-joint-statement", process="ARM-AZE", start="2023-12-07", end="2023-12-07",
      venue=None, venue_country=None,
      format="bilateral, direct (joint statement of the Armenian PM's office and the Azerbaijani presidential administration); no meeting reported", host=None, host_country=None, mediator_role="none",
      participants=["Office of the Prime Minister of Armenia (ARM, GOV)", "Administration of the President of Azerbaijan (AZE, GOV)"],
      outcome="agreement: AZE to release 32 Armenian servicemen, ARM to release 2 Azerbaijani servicemen; ARM withdraws COP29 bid for AZE; AZE backs ARM for COP Bureau seat; exchange carried out 2023-12-13",
      reported_in=["corpus/2023-12-08-joint-statement-baku.txt", W + "prisoner-exchange-dec-2023"], mentioned_in=[],
      date_cues="'on Thursday' in an article dated 2023-12-08 = 2023-12-07; exchange 'on Wednesday' in an article dated 2023-12-14 = 2023-12-13; 'last Thursday' in 2023-12-14 = 2023-12-07"),
 dict(id="arm-aze-2024-02-munich", process="ARM-AZE", start="2024-02-17", end="2024-02-17",
      venue="Munich (Munich Security Conference sidelines)", venue_country="DEU",
      format="leaders, trilateral, Germany-hosted", host="Olaf Scholz (German chancellor)", host_country="DEU", mediator_role="mediator",
      participants=["Nikol Pashinyan (ARM, prime minister)", "Ilham Aliyev (AZE, president)"],
      outcome="per the German government: commitment to settle disputes without force; treaty work to continue at foreign-minister level",
      reported_in=[W + "munich-scholz-2024"],
      mentioned_in=[W + "berlin-talks-wire (past: 'in Munich on February 17')", "corpus/html/2024-03-02-berlin-talks-baku.html (past: 'two weeks after')", "corpus/2024-02-14-nerkin-hand-yerevan.txt (speculative: meeting 'has not been ruled out')", W + "nerkin-hand-baku (future: Aliyev expected in Munich)"],
      date_cues="'on Saturday' in an article dated 2024-02-18 = 2024-02-17"),
 dict(id="arm-aze-2024-02-berlin", process="ARM-AZE", start="2024-02-28", end="2024-02-29",
      venue="Berlin (Villa Borsig, German foreign ministry guest house)", venue_country="DEU",
      format="foreign ministers, bilateral talks hosted by a third party", host="Annalena Baerbock (German foreign minister; spelled 'Berbock' in berlin_talks.txt)", host_country="DEU", mediator_role="mediator",
      participants=["Ararat Mirzoyan (ARM, foreign minister)", "Jeyhun Bayramov (AZE, foreign minister)", "Elchin Amirbayov (AZE, special representative of the president; in the AZE delegation)"],
      outcome="ended without tangible results / no breakthrough; no joint statement; both sides say negotiations will continue",
      second_track="CLAIMED (by Armenian journalists / Armenian media), unconfirmed: advisors to Pashinyan and Aliyev held separate talks in Berlin",
      reported_in=["berlin_talks.txt", "corpus/2024-03-01-berlin-talks.txt", W + "berlin-talks-wire", "corpus/html/2024-03-02-berlin-talks-baku.html"],
      mentioned_in=[W + "munich-scholz-2024 (speculative: 'could meet in Berlin before the end of the month')", "corpus/2024-05-13-almaty-talks.txt (past: 'their talks in Berlin at the end of February')"],
      date_cues="'February 28-29' in an article dated 2024-03-01; 'on Wednesday and Thursday' in articles dated 2024-02-29 and 2024-03-02"),
 dict(id="arm-aze-2024-04-border-commissions", process="ARM-AZE", start="2024-04-19", end="2024-04-19",
      venue=None, venue_country=None,
      format="bilateral state commissions on border delimitation (deputy prime ministers); no mediator", host=None, host_country=None, mediator_role="none",
      participants=["Mher Grigoryan (ARM, deputy prime minister, border commission)", "Shahin Mustafayev (AZE, deputy prime minister, border commission)"],
      outcome="agreement on the Tavush (ARM) / Gazakh (AZE) border section; four villages (Baghanis Ayrum, Ashagi Askipara, Kheyrimli, Gizilhajili) to return to AZE; protests in Armenia follow (May 2024, led by Archbishop Bagrat Galstanyan)",
      reported_in=["corpus/2024-04-20-tavush-delimitation.txt"],
      mentioned_in=["corpus/2024-05-10-galstanyan-protests.txt", "corpus/2024-05-13-almaty-talks.txt", "corpus/html/2024-05-12-almaty-talks-baku.html"],
      date_cues="'on Friday' in an article dated 2024-04-20 = 2024-04-19"),
 dict(id="arm-aze-2024-05-almaty", process="ARM-AZE", start="2024-05-10", end="2024-05-11",
      venue="Almaty", venue_country="KAZ",
      format="foreign ministers, bilateral talks hosted by a third party (Kazakhstan offered a platform, explicitly not mediation)", host="Murat Nurtleu (Kazakh foreign minister); President Kassym-Jomart Tokayev received both ministers", host_country="KAZ", mediator_role="host-only",
      participants=["Ararat Mirzoyan (ARM, foreign minister)", "Jeyhun Bayramov (AZE, foreign minister)"],
      outcome="progress on some articles of the draft treaty; agreed to continue negotiations on remaining issues; no date for next round",
      reported_in=["corpus/2024-05-13-almaty-talks.txt", "corpus/html/2024-05-12-almaty-talks-baku.html"],
      mentioned_in=["corpus/2024-05-10-galstanyan-protests.txt (future: talks 'which begin on Friday')"],
      date_cues="'on May 10-11' in an article dated 2024-05-13; 'on Friday and Saturday' in an article dated 2024-05-12"),
 # Kosovo - Serbia
 dict(id="kos-srb-2023-06-brussels-crisis", process="KOS-SRB", start="2023-06-22", end="2023-06-22",
      venue="Brussels", venue_country="BEL",
      format="EU-facilitated crisis meeting; leaders met separately (no face-to-face meeting)", host="Josep Borrell (EU High Representative) and Miroslav Lajčák (EU special representative for the Belgrade-Pristina dialogue)", host_country="EU (IGO)", mediator_role="facilitator",
      participants=["Albin Kurti (XKX, Kosovo prime minister)", "Aleksandar Vučić (SRB, president)"],
      outcome="no agreement; EU called on both sides to de-escalate in northern Kosovo",
      reported_in=["corpus/2023-06-27-kosovo-police-released.txt"],
      mentioned_in=["corpus/html/2023-06-15-kosovo-police-detained.html (future: crisis talks expected 'in the coming days')"],
      date_cues="'Last Thursday' in an article dated 2023-06-27 (a Tuesday) = 2023-06-22"),
 dict(id="kos-srb-2023-09-brussels", process="KOS-SRB", start="2023-09-14", end="2023-09-14",
      venue="Brussels", venue_country="BEL",
      format="EU-facilitated dialogue round, leaders", host="Josep Borrell and Miroslav Lajčák", host_country="EU (IGO)", mediator_role="facilitator",
      participants=["Albin Kurti (XKX, Kosovo prime minister)", "Aleksandar Vučić (SRB, president)"],
      outcome="ended without progress; Borrell said Kurti was not ready to move forward on the association of Serb-majority municipalities",
      reported_in=[W + "banjska-attack"], mentioned_in=[],
      date_cues="'ten days after' relative to the attack of 2023-09-24 in an article dated 2023-09-25 = 2023-09-14"),
 # Kyrgyzstan - Tajikistan
 dict(id="kgz-tjk-2022-09-samarkand", process="KGZ-TJK", start="2022-09-16", end="2022-09-16",
      venue="Samarkand (Shanghai Cooperation Organisation summit sidelines)", venue_country="UZB",
      format="leaders, bilateral on summit sidelines; no mediator", host=None, host_country=None, mediator_role="none",
      participants=["Sadyr Japarov (KGZ, president)", "Emomali Rahmon (TJK, president)"],
      outcome="ceasefire and pullback of forces agreed",
      reported_in=["corpus/2022-09-19-kyrgyz-tajik-clashes.txt"], mentioned_in=[],
      date_cues="'on Friday' in an article dated 2022-09-19 (a Monday) = 2022-09-16"),
 dict(id="kgz-tjk-2025-03-bishkek", process="KGZ-TJK", start="2025-03-13", end="2025-03-13",
      venue="Bishkek", venue_country="KGZ",
      format="leaders, bilateral (Rahmon visit to Bishkek); no mediator", host="Sadyr Japarov (host head of state)", host_country="KGZ", mediator_role="none",
      participants=["Sadyr Japarov (KGZ, president)", "Emomali Rahmon (TJK, president)"],
      outcome="treaty on the state border signed; ratification pending",
      reported_in=[W + "kyrgyz-tajik-treaty"], mentioned_in=[],
      date_cues="'on Thursday' in an article dated 2025-03-14 = 2025-03-13"),
]

BERLIN = """## Key article: berlin_talks.txt (expected coding)

Publication date 2024-03-01 (front matter). Sentences are quoted verbatim from the file.

| sentence | expected | notes |
|---|---|---|
| The Armenian and Azerbaijani foreign ministers, Ararat Mirzoyan and Jeyhun Bayramov, held talks in Berlin on February 28-29. | CONSULT, ARM GOV <-> AZE GOV, date 2024-02-28, date_end 2024-02-29, location Berlin (DEU) | certainty asserted; mediator DEU GOV from the next sentence |
| The talks were hosted by German Foreign Minister Annalena Berbock. | CONSULT (mode mediate/third-party), DEU GOV as host/mediator | "Berbock" is a deliberate misspelling of Baerbock; fuzzy matching should resolve it |
| The two days of negotiations ended without tangible results. | outcome of the round: no result | not a new event |
| Elchin Amirbayov, special representative of the Azerbaijani president, joined the Azerbaijani delegation. | participant AZE GOV in the round | no separate event required |
| Armenian journalists claimed that advisors to Prime Minister Nikol Pashinyan and President Ilham Aliyev had held separate talks on the sidelines. | CONSULT, ARM GOV <-> AZE GOV (second track) | certainty claimed; attributed_to "Armenian journalists" (ARM, MED) |
| Both sides have reported casualties on the border in recent weeks. | ASSAULT, ARM <-> AZE (MIL) | actors may be unresolved; date vague |
| Four Armenian soldiers were killed by Azerbaijani fire near the village of Nerkin Hand on February 13. | ASSAULT, source AZE MIL, target ARM MIL, date 2024-02-13 | passive voice |
| Armenian forces detained an Azerbaijani soldier during an alleged sabotage attempt. | COERCE arrest (or ASSAULT abduct), source ARM MIL, target AZE MIL | certainty alleged, as in DESIGN.md (strictly, only the sabotage attempt is called alleged) |
| Armenia has signed arms deals with France and India. | COOPERATE (military), ARM <-> FRA and ARM <-> IND | two events (coordination) |
| Armenia is deepening military cooperation with France and India. | COOPERATE (military), ARM <-> FRA and ARM <-> IND | same stories as above |
| "It is hard to see ..." and "The negotiators on both sides look increasingly incompetent and self-serving ..." paragraphs | no events | opinion |
| Lines after "More from Global Affairs Daily" and "PROMOTED STORIES" | no events | page boilerplate (headlines mention other conflicts on purpose) |

"""

INCIDENTS = [
 ("2022-09-14..17", "KGZ-TJK", "Border fighting, about 100 killed (both governments' figures); ceasefire 2022-09-16", ["corpus/2022-09-19-kyrgyz-tajik-clashes.txt"]),
 ("2023-06-14", "KOS-SRB", "Serbian forces detain three Kosovo police officers (Pristina: abducted inside Kosovo; Belgrade: arrested in Serbia)", ["corpus/html/2023-06-15-kosovo-police-detained.html", "corpus/2023-06-27-kosovo-police-released.txt"]),
 ("2023-06-26", "KOS-SRB", "The three officers released after a court in Kraljevo orders it", ["corpus/2023-06-27-kosovo-police-released.txt"]),
 ("2023-07-29", "ARM-AZE", "Azerbaijani border guards detain Vagif Khachatryan at the Lachin checkpoint during an ICRC medical transfer", ["corpus/2023-07-31-lachin-detention-yerevan.txt", "corpus/2023-07-31-lachin-detention-baku.txt", W + "lachin-detention-wire"]),
 ("2023-09-19..20", "ARM-AZE", "Azerbaijani offensive in Nagorno-Karabakh; ceasefire 2023-09-20 13:00; Karabakh forces to disarm", ["corpus/2023-09-21-karabakh-offensive.txt", W + "karabakh-ceasefire-baku"]),
 ("2023-09-24", "KOS-SRB", "Armed attack near Banjska: one Kosovo police officer killed, three attackers killed", [W + "banjska-attack"]),
 ("2023-12-13", "ARM-AZE", "Prisoner exchange: 32 Armenian servicemen and 2 Azerbaijani soldiers", [W + "prisoner-exchange-dec-2023"]),
 ("2024-02-13", "ARM-AZE", "Nerkin Hand: four Armenian soldiers killed by Azerbaijani fire (Baku: retaliation for a 2024-02-12 'provocation'; Yerevan denies)", ["corpus/2024-02-14-nerkin-hand-yerevan.txt", W + "nerkin-hand-baku", "berlin_talks.txt (also corpus/2024-03-01-berlin-talks.txt)", W + "munich-scholz-2024", W + "berlin-talks-wire"]),
 ("undated (early 2024)", "ARM-AZE", "Armenian forces detain an Azerbaijani soldier during an alleged sabotage attempt", ["berlin_talks.txt"]),
 ("2024-04-17", "ARM-AZE", "Kremlin confirms Russian peacekeepers have begun leaving Karabakh; Armenia has frozen CSTO participation (said in February 2024)", [W + "russian-peacekeepers-leave"]),
 ("2024-05-09", "ARM (domestic)", "Rally in Yerevan's Republic Square led by Archbishop Bagrat Galstanyan against the Tavush border deal", ["corpus/2024-05-10-galstanyan-protests.txt"]),
 ("2024-06-18", "ARM-FRA", "France (Lecornu) and Armenia (Papikyan) sign a contract for CAESAR howitzers in Paris", ["corpus/html/2024-06-19-caesar-howitzers.html", W + "armenia-india-arms (mention)"]),
 ("ongoing", "ARM-IND / ARM-FRA", "Armenia buys arms from India (Pinaka rocket launchers, artillery, air defence) and France (radars, howitzers)", [W + "armenia-india-arms", "berlin_talks.txt", "corpus/html/2024-06-19-caesar-howitzers.html"]),
 ("2024-11-26 / 2024-11-27", "ISR-LBN (Hezbollah)", "US- and France-brokered ceasefire announced 2024-11-26, in force 2024-11-27 04:00 local", ["corpus/html/2024-11-27-israel-hezbollah-ceasefire.html"]),
]

def md():
    out = []
    out.append("# Expected rounds of talks in the bundled corpus (ground truth)\n")
    out.append("This file lists every round of talks that the example corpus reports, as a\n"
               "later test (and a human reader) can check `parley`'s peace-process view against.\n"
               "Dates are ISO 8601; a round is the real meeting, not the article. `reported_in` lists\n"
               "the files whose main story is the round; `mentioned_in` lists files that only refer to it\n"
               "(before it happened, in passing, or in related-story boilerplate that must not be coded).\n"
               "Paths are relative to `examples/`; `corpus/wire.jsonl#<id>` means the JSON Lines record\n"
               "with that `id`. Country codes are ISO 3166-1 alpha-3 (Kosovo: XKX, the common\n"
               "user-assigned code). The machine-readable block at the end holds the same data.\n")
    out.append("## Summary\n")
    out.append("| id | dates | venue | format | host / mediator | outcome | reported in |")
    out.append("|---|---|---|---|---|---|---|")
    for r in ROUNDS:
        d = r["start"] if r["start"] == r["end"] else f'{r["start"]}..{r["end"]}'
        out.append(f'| {r["id"]} | {d} | {r["venue"] or "-"} | {r["format"]} | {r["host"] or "none"} ({r["mediator_role"]}) | {r["outcome"]} | {", ".join(r["reported_in"])} |')
    out.append("")
    for proc, title in [("ARM-AZE", "Armenia - Azerbaijan"), ("KOS-SRB", "Kosovo - Serbia"), ("KGZ-TJK", "Kyrgyzstan - Tajikistan")]:
        out.append(f"## {title}\n")
        for r in [r for r in ROUNDS if r["process"] == proc]:
            d = r["start"] if r["start"] == r["end"] else f'{r["start"]} to {r["end"]}'
            out.append(f'### {r["id"]}\n')
            out.append(f'- dates: {d}')
            out.append(f'- venue: {r["venue"] or "none reported"}' + (f' ({r["venue_country"]})' if r["venue_country"] else ""))
            out.append(f'- format: {r["format"]}')
            out.append(f'- host / mediator: {r["host"] or "none"}' + (f' [{r["host_country"]}]' if r["host_country"] else "") + f'; role: {r["mediator_role"]}')
            out.append(f'- participants: {"; ".join(r["participants"])}')
            out.append(f'- outcome: {r["outcome"]}')
            if r.get("second_track"):
                out.append(f'- second track: {r["second_track"]}')
            out.append(f'- reported in: {", ".join(r["reported_in"])}')
            if r["mentioned_in"]:
                out.append(f'- mentioned in: {"; ".join(r["mentioned_in"])}')
            out.append(f'- date cues: {r["date_cues"]}')
            if r.get("note"):
                out.append(f'- note: {r["note"]}')
            out.append("")
    out.append("## Israel - Hezbollah\n")
    out.append("No round of direct talks is reported. The corpus reports a US- and France-brokered\n"
               "ceasefire (announced 2024-11-26, in force 2024-11-27) in\n"
               "`corpus/html/2024-11-27-israel-hezbollah-ceasefire.html`.\n")
    out.append("## Incidents and other events around the talks (for reference)\n")
    out.append("| date | process | event | files |")
    out.append("|---|---|---|---|")
    for d, p, e, f in INCIDENTS:
        out.append(f'| {d} | {p} | {e} | {", ".join(f)} |')
    out.append("")
    out.append("## Same story, several outlets (for cross-article merging)\n")
    groups = [
      ("Brussels leaders' meeting, 2023-05-14", ["corpus/2023-05-15-brussels-leaders-yerevan.txt (Yerevan Dispatch)", "corpus/2023-05-15-brussels-leaders-baku.txt (Baku Courier)"]),
      ("Lachin checkpoint detention, 2023-07-29", ["corpus/2023-07-31-lachin-detention-yerevan.txt (Yerevan Dispatch)", "corpus/2023-07-31-lachin-detention-baku.txt (Baku Courier)", W + "lachin-detention-wire (Caucasus Wire)"]),
      ("Karabakh offensive and ceasefire, 2023-09-19..20", ["corpus/2023-09-21-karabakh-offensive.txt (Caucasus Wire)", W + "karabakh-ceasefire-baku (Baku Courier)"]),
      ("Joint statement / prisoner release, 2023-12-07 and 2023-12-13", ["corpus/2023-12-08-joint-statement-baku.txt (Baku Courier)", W + "prisoner-exchange-dec-2023 (Caucasus Wire)"]),
      ("Nerkin Hand, 2024-02-13", ["corpus/2024-02-14-nerkin-hand-yerevan.txt (Yerevan Dispatch)", W + "nerkin-hand-baku (Baku Courier)"]),
      ("Berlin foreign ministers' talks, 2024-02-28..29", ["corpus/2024-03-01-berlin-talks.txt = berlin_talks.txt (Global Affairs Daily; exact duplicate files)", W + "berlin-talks-wire (Caucasus Wire)", "corpus/html/2024-03-02-berlin-talks-baku.html (Baku Courier)"]),
      ("Almaty foreign ministers' talks, 2024-05-10..11", ["corpus/2024-05-13-almaty-talks.txt (Central Asia Ledger)", "corpus/html/2024-05-12-almaty-talks-baku.html (Baku Courier)"]),
      ("Kosovo police officers detained 2023-06-14", ["corpus/html/2023-06-15-kosovo-police-detained.html (Balkan Monitor)", "corpus/2023-06-27-kosovo-police-released.txt (Balkan Monitor, background)"]),
    ]
    for g, fs in groups:
        out.append(f"- {g}: " + "; ".join(fs))
    out.append("")
    out.append(BERLIN)
    out.append("## Machine-readable\n")
    out.append("```yaml")
    out.append(yaml.safe_dump({"rounds": ROUNDS}, sort_keys=False, allow_unicode=True, width=1000).rstrip())
    out.append("```\n")
    return "\n".join(out)

if __name__ == "__main__":
    open("../expected_rounds.md", "w", encoding="utf-8").write(md())
