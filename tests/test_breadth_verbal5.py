# ruff: noqa: E501  (the sentences are kept whole, one per case)
"""Fifth breadth round on ACCUSE, SUPPORT, REQUEST and CONCEDE, in the register of
single-sentence wire leads, in wording the earlier rounds (tests/test_breadth_verbal.py
.. test_breadth_verbal4.py, test_breadth_concede.py) do not use.

Actors are often institutions, international organisations (UN, EU, NATO, AU, ICC,
OPCW, IMF, GCC, Amnesty, HRW, ICRC), unnamed officials with a nationality ("a senior
Indian official"), ministries and spokespeople. ACCUSE (accusations in quotes ("'Moscow
is responsible for this massacre,' the minister said"), blame in passives ("was blamed
on", "has been accused by"), accusations as nouns in subject position ("Accusations by
Kenya that ...", "Amnesty International's allegation that ..."), criticism told by an
adjective ("a sharply worded statement against", "a scathing assessment of"), "held X
accountable", "laid responsibility at X's door", "put the blame on", "bore the hallmarks
of", "had a hand in", "singled out", "decried", "established that", "reasonable grounds
to believe", "a preliminary examination into", "was using migrants as a weapon"),
SUPPORT (welcoming, "endorsement" as a subject, "stood shoulder to shoulder with",
"closed ranks behind", "applauded", "gave his full backing to", "a vote of confidence
in", "declared its full solidarity", "a resolution backing", "stuck by", "a message of
support", "became the first country to recognise", "voiced unqualified backing",
"expressed gratitude", praise in a quote), REQUEST ("'We urge X to',", "made renewed
appeals to", "petitioned", "made an urgent request for", "pressed its demand", "lobbied
X for", "pleaded with", "wants X to", "turned to X for", "invoked the collective
defence clause", "insisted that", "called for X to", "told X to", "handed X a list of
demands", "X's plea for", "asked for safe passage", "demanded a halt", "sought
assurances from", "made an impassioned appeal to"), CONCEDE ("dismantled its regime
after protests", "let X fly home", "dropped the bill after protests", "accepted the
demands", "cleared the way for", "backed away from", "reopened under pressure",
"formally acknowledged committing", "returned X's tooth", "granted an amnesty", "Bowing
to demands from X, ...", "waived its veto", "acquiesced to", "scaled back", "shelved
the bill"). Boundary records: a march demanding a resignation (PROTEST), a farm
blockade "in protest at" (PROTEST, not ACCUSE), a conviction (SANCTION), a flat denial
(REJECT), a welcome of a removal of tariffs (SUPPORT with the CONCEDE optional).
NEGATIVES: questions, opinion columns, conditionals, plans, negated and background
acts, statistics.

Every sentence was written for this file and annotated (types, source country, target
country per event) from shared/PLOVER.md and eval/README.md before the coder was run on
it; dated records have the people in the offices they held then, and about half have no
publication date. A record passes when every expected event is coded (any of its types,
both countries; target None: any target) and no other countable event is coded; an
event marked "opt" may or may not be coded. NEGATIVES must give no countable event.

Coverage, as a measure of generalisation: 51/94 records passed on the first run (40/82
CASES, 11/12 NEGATIVES), before any fix made for this file. The 42 failing CASES by cause
(the first cause of each): no event 30 (ACCUSE: "a sharply worded statement against", "a
scathing assessment of", "said India was sponsoring terrorism", "reasonable grounds to
believe that X bears criminal responsibility", "said Russia had violated the INF treaty",
"laid responsibility ... at Baku's door", "said the remarks ... were egregious", "was
using migrants as a weapon", "bore the hallmarks of Hezbollah", "singled out", "a
preliminary examination into", "had a hand in the attack", "Amnesty International's
allegation that ... was dismissed by Riyadh"; SUPPORT: "reaffirmed its backing for", "a
vote of confidence", "stuck by", "a message of support", "became the first country to
recognise", "'Qatar has played an indispensable role'"; REQUEST: "pressed his demand
for", "turned to India for an emergency credit line", "invoked the collective defence
clause", "handed X a list of demands"; CONCEDE: "dismantled its zero-COVID regime", "let
X fly home", "cleared the way for", "reopened the Kerem Shalom crossing" (a tagging
error), "returned a tooth of Lumumba", "acquiesced to", "scaled back the job quotas"),
another type 4 ("wants Bangladesh to hold the police accountable" as Bangladesh's
ACCUSE; "wants a sincere apology from Tokyo" as an apology; "backed away from" as
SUPPORT; "waived its veto" as a veto), a side left null 2 (an OPCW finding whose
content "dropped a chlorine cylinder" is no known act; "expressed gratitude to Denmark",
"Denmark" read as a verb), a wrong country 2 ("was blamed on an Iranian missile" aimed
at the Ukrainian airliner; "Bowing to demands from Washington, Islamabad reopened the
NATO supply routes" aimed at NATO), an extra countable event 4 ("gang violence" in the
purpose of the troops requested; background "Russian strikes on the power grid" with no
target; "Japanese nationals" a second addressee of "sought assurances from Beijing on
the safety of"; the genocide Germany acknowledged). The failing NEGATIVE: "Any apology
from Tokyo would first have to be approved by parliament" coded as praise.

After the general fixes (no annotation was revised): 72/94 (60/82 CASES, 12/12
NEGATIVES); the 22 left are strict xfails with their cause (XFAILS: no event 13, a
side left null or wrong 4, an extra event 5). Fixed causes: lexicon
("stuck by", "backed away from", "acquiesced", a veto waived, quotas or taxes scaled
back, "granted an amnesty", a crossing reopened, "singled out", "invoked the clause",
"pressed its demand", "turned to X for a loan / credit line", "reaffirmed its backing",
"a sharply / strongly worded statement", "a scathing assessment / report", weapons
dropped from the air; the labels "egregious", "flagrant", "blatant" ... and
"indispensable", "instrumental" ...); a "by" phrase the parser marks as the agent of an
active verb is a plain preposition ("stuck by Riyadh"); a capitalised name after "to"
read as an infinitive verb is the object of "to" ("gratitude to Denmark"); a trigger
under "would have to" or "would need to" is a condition; wanting a named party to act
or an act from it is a demand ("wants Bangladesh to", "wants an apology from Tokyo");
a part "had" or "played" in a hostile act accuses the verb's subject ("had a hand
in"); a labelled role a named party played, in a reported clause, praises or condemns
it ("'Qatar has played an indispensable role'"); a reported breach of a treaty, truce
or resolution accuses the breaker ("said Russia had violated the INF treaty"; not a
defiance of sanctions, an event of its own); a
request's "from" party is its addressee, not the people it is about; an accusation
with its author and content named, the subject of a passive rejection, is the author's
ACCUSE, and the rejection answers the author ("Amnesty International's allegation that ... was dismissed by
Riyadh"); an infinitive on the predicate noun of "be/become" has the copula's subject
("Russia became the first country to recognise ..."). FIXES (25 records) were written
after the fixes, one or two new sentences per cause fixed.
"""

from __future__ import annotations

import pytest

from conftest import case_text as _text
from conftest import phrasebook_problems as _problems
from conftest import show, with_xfails
from parley.evaluate import countable

RC = ("RETREAT", "CONCEDE")

# (text, [(types, source, target[, "opt"]), ...], pub date)
CASES = [
    # --- ACCUSE: quotes, passives, nouns as subjects, adjectives ---
    (
        "'Moscow is responsible for this massacre,' Ukrainian Foreign Minister Dmytro Kuleba said after the missile strike on the Kramatorsk railway station.",
        [("ACCUSE", "UKR", "RUS"), ("ASSAULT", "RUS", "UKR", "opt")],
        "2022-04-08",
    ),
    (
        "The downing of the Ukrainian airliner was blamed on an Iranian surface-to-air missile by Canadian Prime Minister Justin Trudeau.",
        [("ACCUSE", "CAN", "IRN"), ("ASSAULT", "IRN", "UKR", "opt")],
        "2020-01-10",
    ),
    (
        "Pakistan has been accused by Afghanistan's Taliban government of carrying out air strikes in Khost province.",
        [("ACCUSE", "AFG", "PAK"), ("ASSAULT", "PAK", "AFG", "opt")],
        None,
    ),
    (
        "Accusations by Kenya that Somalia had auctioned oil blocks in disputed waters soured relations between the neighbours.",
        [("ACCUSE", "KEN", "SOM")],
        None,
    ),
    (
        "Amnesty International's allegation that Saudi-led coalition jets had bombed a school bus in Saada was dismissed by Riyadh.",
        [("ACCUSE", "NGO", "SAU"), ("REJECT", "SAU", "NGO"), ("ASSAULT", "SAU", "YEM", "opt")],
        None,
    ),
    (
        "China's foreign ministry issued a sharply worded statement against Lithuania's decision to let Taiwan open a representative office in Vilnius.",
        [("ACCUSE", "CHN", "LTU")],
        None,
    ),
    (
        "The European Commission gave a scathing assessment of Poland's overhaul of its judiciary.",
        [("ACCUSE", "IGO", "POL")],
        None,
    ),
    (
        "A senior Pakistani official said India was sponsoring terrorism in Balochistan.",
        [("ACCUSE", "PAK", "IND")],
        None,
    ),
    (
        "ICC prosecutor Karim Khan said there were reasonable grounds to believe that Israeli Prime Minister Benjamin Netanyahu bears criminal responsibility for war crimes in Gaza.",
        [("ACCUSE", "IGO", "ISR")],
        "2024-05-20",
    ),
    (
        "NATO Secretary General Jens Stoltenberg said Russia had violated the INF treaty by deploying the SSC-8 cruise missile.",
        [("ACCUSE", "IGO", "RUS"), ("MOBILIZE", "RUS", None, "opt")],
        "2019-02-01",
    ),
    (
        "The African Union voiced its strongest condemnation of the military takeover in Niger.",
        [("ACCUSE", "IGO", "NER")],
        "2023-07-27",
    ),
    (
        "Armenia laid responsibility for the escalation squarely at Baku's door.",
        [("ACCUSE", "ARM", "AZE")],
        "2022-09-13",
    ),
    (
        "Kyiv held Moscow accountable for the destruction of the Kakhovka dam.",
        [("ACCUSE", "UKR", "RUS"), ("ASSAULT", "RUS", "UKR", "opt")],
        "2023-06-06",
    ),
    (
        "A Chinese foreign ministry spokesman said the remarks on Taiwan by Japanese Prime Minister Sanae Takaichi were egregious.",
        [("ACCUSE", "CHN", "JPN")],
        "2025-11-14",
    ),
    (
        "'This is a blatant act of aggression,' Venezuela's foreign ministry said of the U.S. naval build-up in the Caribbean.",
        [("ACCUSE", "VEN", "USA"), ("MOBILIZE", "USA", None, "opt")],
        None,
    ),
    (
        "Serbian President Aleksandar Vucic put the blame for the unrest in northern Kosovo squarely on Prime Minister Albin Kurti.",
        [("ACCUSE", "SRB", "XKX")],
        "2023-05-30",
    ),
    (
        "An OPCW investigation established that the Syrian air force had dropped a chlorine cylinder on Douma.",
        [("ACCUSE", "IGO", "SYR"), ("ASSAULT", "SYR", "SYR", "opt")],
        "2023-01-27",
    ),
    (
        "Amnesty International decried Iran's execution of two protesters as a mockery of justice.",
        [("ACCUSE", "NGO", "IRN"), (("ASSAULT", "COERCE"), "IRN", "IRN", "opt")],
        None,
    ),
    (
        "Polish officials said Belarus was using migrants as a weapon against the European Union.",
        [("ACCUSE", "POL", "BLR")],
        None,
    ),
    (
        "Bulgaria said the bombing of a bus of Israeli tourists in Burgas bore the hallmarks of Hezbollah.",
        [("ACCUSE", "BGR", "LBN"), ("ASSAULT", "LBN", "ISR", "opt")],
        None,
    ),
    (
        "'The Houthis are responsible for this reckless attack,' U.S. Secretary of State Antony Blinken said after a tanker was struck in the Red Sea.",
        [("ACCUSE", "USA", "YEM"), ("ASSAULT", "YEM", None, "opt")],
        "2024-01-27",
    ),
    (
        "The State Department singled out China for its treatment of Uighurs in its annual human rights report.",
        [("ACCUSE", "USA", "CHN")],
        None,
    ),
    (
        "The International Criminal Court's prosecutor opened a preliminary examination into the situation in Venezuela.",
        [("ACCUSE", "IGO", "VEN")],
        "2018-02-08",
    ),
    (
        "A senior Indian official said Pakistan's spy agency had a hand in the attack on the army base.",
        [("ACCUSE", "IND", "PAK"), ("ASSAULT", "PAK", "IND", "opt")],
        None,
    ),
    # --- SUPPORT: praise, welcoming, backing, endorsement, solidarity ---
    (
        "NATO Secretary General Jens Stoltenberg welcomed Sweden's decision to apply for membership of the alliance.",
        [("SUPPORT", "IGO", "SWE")],
        "2022-05-16",
    ),
    (
        "France's endorsement of Morocco's autonomy plan for Western Sahara angered Algeria.",
        [("SUPPORT", "FRA", "MAR"), ("ACCUSE", "DZA", "FRA", "opt")],
        "2024-07-31",
    ),
    (
        "Prime Minister Rishi Sunak said Britain stood shoulder to shoulder with Israel.",
        [("SUPPORT", "GBR", "ISR")],
        "2023-10-09",
    ),
    (
        "Beijing reaffirmed its backing for Pakistan's sovereignty and territorial integrity.",
        [("SUPPORT", "CHN", "PAK")],
        None,
    ),
    (
        "Egypt and Jordan closed ranks behind the Palestinian Authority.",
        [("SUPPORT", "EGY", "PSE"), ("SUPPORT", "JOR", "PSE")],
        None,
    ),
    (
        "U.N. Secretary-General Antonio Guterres applauded Qatar and Egypt for their mediation efforts.",
        [("SUPPORT", "IGO", "QAT"), ("SUPPORT", "IGO", "EGY")],
        "2023-11-24",
    ),
    (
        "Brazilian President Luiz Inacio Lula da Silva gave his full backing to Argentina's claim to the Falkland Islands.",
        [("SUPPORT", "BRA", "ARG")],
        "2023-01-24",
    ),
    (
        "The IMF gave a vote of confidence to Egypt's economic reform programme.",
        [("SUPPORT", "IGO", "EGY")],
        None,
    ),
    (
        "Riyadh declared its full solidarity with Amman.",
        [("SUPPORT", "SAU", "JOR")],
        None,
    ),
    (
        "The European Parliament adopted a resolution backing Armenia's sovereignty and territorial integrity.",
        [("SUPPORT", "IGO", "ARM")],
        "2023-10-05",
    ),
    (
        "Washington stuck by Riyadh despite the international outcry over the killing of Jamal Khashoggi.",
        [("SUPPORT", "USA", "SAU")],
        None,
    ),
    (
        "Cuba's government sent a message of support to Venezuelan President Nicolas Maduro.",
        [("SUPPORT", "CUB", "VEN")],
        None,
    ),
    (
        "Russia became the first country to formally recognise the Taliban government of Afghanistan.",
        [("SUPPORT", "RUS", "AFG")],
        "2025-07-03",
    ),
    (
        "The Gulf Cooperation Council voiced unqualified backing for the United Arab Emirates' claim to three islands held by Iran.",
        [("SUPPORT", "IGO", "ARE")],
        None,
    ),
    (
        "Ukrainian President Volodymyr Zelensky expressed gratitude to Denmark for its pledge of F-16 fighter jets.",
        [("SUPPORT", "UKR", "DNK"), (("AID", "AGREE"), "DNK", "UKR", "opt")],
        "2023-08-20",
    ),
    (
        "Hungarian Prime Minister Viktor Orban voiced strong backing for Serbia's bid to join the European Union.",
        [("SUPPORT", "HUN", "SRB")],
        None,
    ),
    (
        "'Qatar has played an indispensable role in securing this pause,' U.S. Secretary of State Antony Blinken said.",
        [("SUPPORT", "USA", "QAT")],
        "2023-11-24",
    ),
    (
        "Australia's trade minister welcomed China's removal of tariffs on Australian barley.",
        [("SUPPORT", "AUS", "CHN"), (RC, "CHN", "AUS", "opt")],
        "2023-08-04",
    ),
    # --- REQUEST: calls, urgings, appeals, pleas, petitions, demands ---
    (
        "'We urge Pyongyang to return to the negotiating table,' a State Department spokesperson said.",
        [("REQUEST", "USA", "PRK")],
        None,
    ),
    (
        "Ankara made renewed appeals to Stockholm to extradite Kurdish militants.",
        [("REQUEST", "TUR", "SWE")],
        None,
    ),
    (
        "Pakistan petitioned the World Bank to halt India's hydropower projects on the Indus.",
        [("REQUEST", "PAK", "IGO")],
        None,
    ),
    (
        "Haiti's government made an urgent request for foreign troops to help quell gang violence.",
        [("REQUEST", "HTI", None)],
        "2022-10-08",
    ),
    (
        "Palestinian President Mahmoud Abbas pressed his demand for full U.N. membership in a speech to the General Assembly.",
        [("REQUEST", "PSE", "IGO")],
        "2023-09-21",
    ),
    (
        "Kyiv lobbied Berlin hard for Taurus cruise missiles.",
        [("REQUEST", "UKR", "DEU")],
        None,
    ),
    (
        "Egypt pleaded with Ethiopia to slow the filling of the Nile dam.",
        [("REQUEST", "EGY", "ETH")],
        None,
    ),
    (
        "The U.N. human rights office wants Bangladesh to hold the police accountable for the killing of protesters.",
        [("REQUEST", "IGO", "BGD")],
        None,
    ),
    (
        "Sri Lanka turned to India for an emergency credit line to pay for fuel imports.",
        [("REQUEST", "LKA", "IND")],
        None,
    ),
    (
        "Armenia invoked the collective defence clause of the Russian-led CSTO after Azerbaijani attacks on its territory.",
        [("REQUEST", "ARM", "IGO"), ("ASSAULT", "AZE", "ARM", "opt")],
        "2022-09-13",
    ),
    (
        "Kuwait insisted that Iraq account for hundreds of Kuwaitis missing since the occupation.",
        [("REQUEST", "KWT", "IRQ")],
        None,
    ),
    (
        "Australia called for China to free the journalist Cheng Lei.",
        [("REQUEST", "AUS", "CHN")],
        None,
    ),
    (
        "The European Commission told Poland to reinstate the Supreme Court judges it had forced into retirement.",
        [("REQUEST", "IGO", "POL")],
        None,
    ),
    (
        "Russia handed the United States a list of sweeping security demands.",
        [("REQUEST", "RUS", "USA")],
        "2021-12-17",
    ),
    (
        "Kyiv's plea for Western fighter jets grew more urgent as Russian strikes on the power grid intensified.",
        [("REQUEST", "UKR", None), ("ASSAULT", "RUS", "UKR", "opt")],
        None,
    ),
    (
        "The International Committee of the Red Cross asked for safe passage to evacuate wounded civilians from Mariupol.",
        [("REQUEST", "NGO", None)],
        "2022-03-06",
    ),
    (
        "The U.N. Security Council demanded a halt to the Rapid Support Forces' siege of El Fasher.",
        [("REQUEST", "IGO", "SDN"), ("ASSAULT", "SDN", "SDN", "opt")],
        "2024-06-13",
    ),
    (
        "Japan's government sought assurances from Beijing on the safety of Japanese nationals.",
        [("REQUEST", "JPN", "CHN")],
        None,
    ),
    (
        "Ukrainian President Volodymyr Zelensky made an impassioned appeal to the U.S. Congress for more weapons.",
        [("REQUEST", "UKR", "USA")],
        "2022-03-16",
    ),
    (
        "The U.N. Security Council demanded that Rwanda withdraw its troops from eastern Congo.",
        [("REQUEST", "IGO", "RWA")],
        "2025-02-21",
    ),
    (
        "Seoul wants a sincere apology from Tokyo for the wartime sexual slavery.",
        [("REQUEST", "KOR", "JPN")],
        None,
    ),
    # --- CONCEDE: yielding, easing, releasing, backing down, accepting demands ---
    (
        "Beijing dismantled much of its zero-COVID regime after rare street protests.",
        [("CONCEDE", "CHN", "CHN"), ("PROTEST", "CHN", "CHN", "opt")],
        "2022-12-07",
    ),
    (
        "Iran let the British-Iranian aid worker Nazanin Zaghari-Ratcliffe fly home.",
        [(RC, "IRN", "GBR")],
        "2022-03-16",
    ),
    (
        "Kenyan President William Ruto dropped the finance bill after deadly protests over tax increases.",
        [("CONCEDE", "KEN", "KEN"), ("PROTEST", "KEN", "KEN", "opt")],
        "2024-06-26",
    ),
    (
        "Pakistan accepted the IMF's demands to raise taxes and cut energy subsidies.",
        [("CONCEDE", "PAK", "IGO")],
        None,
    ),
    (
        "Ankara cleared the way for Finland to join NATO.",
        [(("CONCEDE", "SUPPORT", "AGREE"), "TUR", "FIN")],
        "2023-03-17",
    ),
    (
        "Pristina backed away from its plan to fine drivers with Serbian licence plates.",
        [("CONCEDE", "XKX", None)],
        "2022-11-23",
    ),
    (
        "Israel reopened the Kerem Shalom crossing for aid trucks under U.S. pressure.",
        [(RC, "ISR", None), ("REQUEST", "USA", "ISR", "opt")],
        "2023-12-17",
    ),
    (
        "Germany formally acknowledged committing genocide against the Herero and Nama peoples in Namibia.",
        [("CONCEDE", "DEU", "NAM")],
        "2021-05-28",
    ),
    (
        "Belgium returned a gold-capped tooth of Patrice Lumumba to his family in Congo.",
        [(RC, "BEL", "COD")],
        "2022-06-20",
    ),
    (
        "Myanmar's junta granted an amnesty to nearly 6,000 prisoners.",
        [(RC, "MMR", "MMR")],
        None,
    ),
    (
        "Bowing to demands from Washington, Islamabad reopened the NATO supply routes into Afghanistan.",
        [(RC, "PAK", "USA"), ("REQUEST", "USA", "PAK", "opt")],
        "2012-07-03",
    ),
    (
        "Hungary waived its veto on the European Union's 50 billion euro aid package for Ukraine.",
        [("CONCEDE", "HUN", None), (("AID", "AGREE"), "IGO", "UKR", "opt")],
        "2024-02-01",
    ),
    (
        "The Colombian government acquiesced to the rebels' demand that the peace talks be held in Havana.",
        [
            ("CONCEDE", "COL", "COL"),
            ("CONSULT", "COL", "COL", "opt"),
            ("REQUEST", "COL", "COL", "opt"),
        ],
        None,
    ),
    (
        "Bangladesh's Supreme Court scaled back the job quotas that had sparked deadly protests.",
        [("CONCEDE", "BGD", "BGD"), ("PROTEST", "BGD", "BGD", "opt")],
        "2024-07-21",
    ),
    (
        "Georgia's ruling party shelved the foreign agents bill after two nights of mass protests.",
        [("CONCEDE", "GEO", "GEO"), ("PROTEST", "GEO", "GEO", "opt")],
        "2023-03-09",
    ),
    # --- boundaries and denials ---
    (
        "Thousands marched in Dhaka to demand the resignation of Prime Minister Sheikh Hasina.",
        [("PROTEST", "BGD", "BGD"), ("REQUEST", "BGD", "BGD", "opt")],
        "2024-08-04",
    ),
    (
        "Polish farmers blockaded border crossings with Ukraine in protest at cheap grain imports.",
        [("PROTEST", "POL", None)],
        "2024-02-20",
    ),
    (
        "A Russian court sentenced the American journalist Evan Gershkovich to 16 years on espionage charges.",
        [(("SANCTION", "COERCE"), "RUS", "USA")],
        "2024-07-19",
    ),
    (
        "The Kremlin flatly denied that Russian forces had struck the maternity hospital in Mariupol.",
        [("REJECT", "RUS", None)],
        "2022-03-10",
    ),
]

# strict xfails: records that still fail after the fixes, keyed by their opening words
XFAILS = {
    "The downing of the Ukrainian": "'blamed on an Iranian surface-to-air missile': a weapon named with a nationality does not stand for its state, so the target falls back on the passive subject's 'Ukrainian airliner'",
    "A senior Pakistani official": "'was sponsoring terrorism in Balochistan' names no act parley knows, so the reported clause is no accusation",
    "ICC prosecutor Karim Khan": "'reasonable grounds to believe that X bears criminal responsibility for war crimes': a responsibility under 'grounds to believe' is not read as a charge",
    "Armenia laid responsibility": "the parser reads 'Armenia' as an adverbial, and 'laid responsibility ... at Baku's door' is not in the lexicon",
    "Polish officials said": "'was using migrants as a weapon against' names no act parley knows",
    "Bulgaria said the bombing": "'bore the hallmarks of Hezbollah' is not read as naming the bomber; the bombing is coded with no doer",
    "The International Criminal Court's": "'into the situation in Venezuela' hangs on the verb, and 'the situation in X' does not stand for X, so the examination has no target",
    "The IMF gave a vote": "'a vote of confidence' is not in the lexicon",
    "Cuba's government sent": "'sent a message of support': 'send' is no light verb, and 'support' counts only after one",
    "Ukrainian President Volodymyr Zelensky expressed": "'its pledge of F-16 fighter jets', the act thanked for, is coded as Denmark's AGREE with no target (annotated optional toward Ukraine)",
    "Haiti's government": "'gang violence', inside the purpose of the troops requested ('to help quell'), is coded as an ASSAULT with no sides",
    "The U.N. human rights office wants": "'the killing of protesters' Bangladesh is asked to hold the police accountable for is coded as a Bangladeshi ASSAULT",
    "Russia handed the United States": "'handed X a list of demands': a demand inside 'a list of' after 'hand' is not read",
    "Kyiv's plea": "the background 'Russian strikes on the power grid' (annotated optional against Ukraine) is coded with no target",
    "Beijing dismantled": "'dismantled its zero-COVID regime' is not read as restrictions eased",
    "Iran let the British-Iranian": "'let X fly home' is not read as a release (only 'let X go')",
    "Ankara cleared the way": "'cleared the way for Finland to join NATO' is not in the lexicon",
    "Israel reopened the Kerem": "the tagger reads 'crossing' in 'the Kerem Shalom crossing for aid trucks' as a verb, so 'reopened the crossing' is not matched",
    "Germany formally acknowledged": "the admitted genocide of 1904-08 is coded as an ASSAULT; dev-0073 codes the act an admission owns up to, so a rule dropping it was not kept",
    "Belgium returned a gold-capped": "a relic ('a tooth of Patrice Lumumba') returned is not in the return lexicon (pilots, vessels, treasures, archives)",
    "Bowing to demands from Washington": "the fronted 'Bowing to demands from Washington' is folded into the reopening, whose target is NATO (the routes' users), not the United States",
    "The Colombian government acquiesced": "the concession takes its target from 'Havana' in the demand's content, not from the rebels who made the demand",
}
CASES = with_xfails(CASES, XFAILS)

NEGATIVES = [
    "Did Moscow order the poisoning? Western governments think so but have offered no proof.",
    "Critics have long argued that the council's resolutions on Gaza lack teeth.",
    "If Kyiv were to request more Patriot batteries, Berlin would consider it, a spokesman said.",
    "Kenya has not asked Britain for military help, the foreign ministry said.",
    "In an opinion column, a former ambassador argued that Europe should recognise Palestine.",
    "The praise heaped on the ceasefire deal may prove premature, analysts warned.",
    "Any apology from Tokyo would first have to be approved by parliament.",
    "Amnesty International is expected to publish its report on the killings next week.",
    "Nobody has yet been blamed for the explosion at the port.",
    "Whether Baghdad will meet the Kurds' demands remains unclear.",
    "Support for the government's handling of the crisis fell to 30 percent, a poll showed.",
    "Beijing has never recognised the independence of Kosovo.",
]

# written after the fixes: one or two new sentences per cause fixed
FIXES = [
    ("Tokyo stuck by Washington throughout the trade dispute.", [("SUPPORT", "JPN", "USA")], None),
    (
        "Nigeria's government backed away from its plan to raise fuel prices.",
        [("CONCEDE", "NGA", None)],
        None,
    ),
    (
        "Khartoum acquiesced to the deployment of U.N. peacekeepers in Darfur.",
        [("CONCEDE", "SDN", None), ("MOBILIZE", "IGO", "SDN", "opt")],
        None,
    ),
    (
        "Austria waived its veto on Croatia's entry into the Schengen area.",
        [("CONCEDE", "AUT", None)],
        None,
    ),
    (
        "Jordan scaled back the fuel tax after street protests.",
        [("CONCEDE", "JOR", None), ("PROTEST", "JOR", "JOR", "opt")],
        None,
    ),
    ("Cuba granted an amnesty to 2,900 prisoners.", [(RC, "CUB", "CUB")], None),
    (
        "The European Union singled out Hungary for criticism over media freedom.",
        [("ACCUSE", "IGO", "HUN")],
        None,
    ),
    (
        "Poland invoked the consultation clause of NATO's founding treaty.",
        [("REQUEST", "POL", "IGO")],
        None,
    ),
    (
        "Kosovo pressed its demand for membership of the Council of Europe.",
        [("REQUEST", "XKX", None)],
        None,
    ),
    ("Pakistan turned to China for a fresh credit line.", [("REQUEST", "PAK", "CHN")], None),
    ("Any deal with the rebels would first need to be endorsed by parliament.", [], None),
    ("Kyiv wants Berlin to send Taurus missiles.", [("REQUEST", "UKR", "DEU")], None),
    ("Beijing wants an apology from Manila.", [("REQUEST", "CHN", "PHL")], None),
    (
        "Tehran said Israel had a hand in the killing of its nuclear scientist.",
        [("ACCUSE", "IRN", "ISR"), ("ASSAULT", "ISR", "IRN", "opt")],
        None,
    ),
    ("Cairo reaffirmed its backing for Sudan's army.", [("SUPPORT", "EGY", "SDN")], None),
    (
        "Yerevan sought assurances from Moscow on the safety of Armenian civilians.",
        [("REQUEST", "ARM", "RUS")],
        None,
    ),
    ("Ankara issued a strongly worded statement against Athens.", [("ACCUSE", "TUR", "GRC")], None),
    (
        "The U.N. human rights office published a scathing report on Myanmar's junta.",
        [("ACCUSE", "IGO", "MMR")],
        None,
    ),
    (
        "Washington said Beijing's treatment of the detained journalists was egregious.",
        [("ACCUSE", "USA", "CHN")],
        None,
    ),
    (
        "'Oman has played an instrumental role,' the Iranian foreign minister said.",
        [("SUPPORT", "IRN", "OMN")],
        None,
    ),
    (
        "Manila's accusation that Chinese ships had rammed its vessel was dismissed by Beijing.",
        [("ACCUSE", "PHL", "CHN"), ("REJECT", "CHN", "PHL"), ("ASSAULT", "CHN", None, "opt")],
        None,
    ),
    (
        "Norway became the first Nordic country to recognise Palestine.",
        [("SUPPORT", "NOR", "PSE")],
        "2024-05-28",
    ),
    ("Syrian helicopters dropped barrel bombs on Aleppo.", [("ASSAULT", "SYR", "SYR")], None),
    (
        "The Kenyan president expressed gratitude to Japan for its support.",
        [("SUPPORT", "KEN", "JPN")],
        None,
    ),
    (
        "Seoul said Pyongyang had breached the 2018 military agreement.",
        [("ACCUSE", "KOR", "PRK")],
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected", "pub"), CASES, ids=[_text(c)[:60] for c in CASES])
def test_verbal5_coded(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))


@pytest.mark.parametrize(
    "text", NEGATIVES, ids=[_text((t,) if isinstance(t, str) else t)[:60] for t in NEGATIVES]
)
def test_verbal5_negatives(code, text):
    events = countable(code(text, "2024-05-01"))
    assert not events, show(events)


@pytest.mark.parametrize(("text", "expected", "pub"), FIXES, ids=[c[0][:60] for c in FIXES])
def test_verbal5_fixed_patterns(code, text, expected, pub):
    events = code(text, pub)
    assert not _problems(events, expected), (_problems(events, expected), show(events))
