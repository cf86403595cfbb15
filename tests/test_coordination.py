"""Coordination, lists and appositives: actors the small parser joins or splits wrongly.

Sentences written for these tests in wire style.
"""

from __future__ import annotations

from conftest import assert_coded, find, show

# -- a second clause's subject is not a conjunct of the first clause's object -------------


def test_next_clause_subject_is_not_object(code):
    ev = code("Azerbaijani forces killed two servicemen and Armenia accused Baku of provocation.")
    assert not find(ev, "ASSAULT", tgt="ARM") or all(
        e.target.text != "Armenia" for e in find(ev, "ASSAULT")
    ), show(ev)
    assert_coded(ev, "ACCUSE", "ARM", "AZE")
    assert not find(ev, "ACCUSE", src="AZE"), show(ev)


def test_next_clause_subject_shelling(code):
    ev = code("Russian forces shelled two villages and Ukraine accused Moscow of war crimes.")
    assert not [e for e in find(ev, "ASSAULT") if e.target and e.target.text == "Ukraine"], show(ev)
    assert_coded(ev, "ACCUSE", "UKR", "RUS")


def test_next_clause_subject_organisation(code):
    ev = code(
        "Sudanese paramilitaries killed dozens of villagers and the United Nations "
        "demanded an inquiry."
    )
    assert not find(ev, "ASSAULT", tgt="IGO"), show(ev)
    assert find(ev, "REQUEST", src="IGO"), show(ev)
    assert not find(ev, "REQUEST", src="SDN"), show(ev)


def test_listed_objects_stay_objects(code):
    # negative: "Kharkiv and Odesa" are both shelled; "and killed" has the same subject
    ev = code("Russian forces shelled Kharkiv and Odesa and killed three civilians.")
    assert find(ev, "ASSAULT", "RUS", "UKR"), show(ev)
    ev = code("Israeli troops arrested two Palestinians and a Jordanian in Hebron on Monday.")
    assert not find(ev, "ACCUSE"), show(ev)
    assert all(e.source and e.source.country == "ISR" for e in ev), show(ev)


# -- regional adjectives name no state ----------------------------------------------------


def test_latin_american_is_no_state(code):
    ev = code("Latin American leaders criticised the sanctions on Venezuela.")
    assert_coded(ev, "ACCUSE", None, "VEN")
    assert all(e.source and e.source.country is None for e in ev), show(ev)
    ev = code("Latin-American governments condemned the raid on the embassy in Quito.")
    assert not find(ev, "ACCUSE", src="USA"), show(ev)


def test_south_american_is_no_state_nor_home(code):
    ev = code("South American leaders condemned the coup in Bolivia.")
    assert find(ev, "ACCUSE"), show(ev)
    assert all(e.source and e.source.country is None for e in ev), show(ev)


def test_regional_troops_no_state(code):
    ev = code("East African troops clashed with al-Shabaab fighters in Somalia.")
    assert all(e.source and e.source.country is None for e in find(ev, "ASSAULT")), show(ev)


def test_compound_demonyms_keep_their_state(code):
    # negative: "South African", "North Korean", "Central African" are states
    assert_coded(
        code("South African troops attacked M23 rebels near Goma."), "ASSAULT", "ZAF", None
    )
    assert_coded(code("North Korean hackers attacked South Korean banks."), "ASSAULT", "PRK", "KOR")
    assert_coded(
        code("American warplanes struck Houthi targets in Yemen."), "ASSAULT", "USA", "YEM"
    )


# -- "pro-X" and "anti-X" name whom a group sides with or opposes, not its nationality -----


def test_pro_russian_separatists_are_not_russian(code):
    ev = code("Pro-Russian separatists shelled Ukrainian positions near Donetsk.")
    assert find(ev, "ASSAULT"), show(ev)
    assert not find(ev, "ASSAULT", src="RUS"), show(ev)
    ev = code("Pro-Iranian militias attacked U.S. troops in Syria.")
    assert_coded(ev, "ASSAULT", None, "USA")
    assert not find(ev, "ASSAULT", src="IRN"), show(ev)
    ev = code("pro-Russia rebels seized the town hall in Sloviansk.")
    assert not find(ev, "COERCE", src="RUS"), show(ev)


def test_anti_protest_is_against_the_state(code):
    ev = code("Thousands joined an anti-Israel protest in Amman on Friday.")
    assert_coded(ev, "PROTEST", None, "ISR")
    assert not find(ev, "PROTEST", src="ISR"), show(ev)
    ev = code("Anti-American protesters rallied outside the embassy in Baghdad.")
    assert_coded(ev, "PROTEST", "IRQ", "USA")
    ev = code("Anti-American protesters burned flags on Friday.")
    assert not find(ev, "PROTEST", src="USA"), show(ev)


def test_anti_group_fighters_keep_their_country(code):
    # negative: fighters against a group are of the country they fight in
    ev = code("Anti-Taliban fighters ambushed a convoy in Panjshir.")
    assert find(ev, "ASSAULT", src="AFG"), show(ev)
    # plain nationality words still name the state
    assert_coded(code("Russian separatists shelled Mariupol."), "ASSAULT", None, "UKR")


# -- "including X, Y and Z": the listed members are the actors ----------------------------


def test_including_list_sources(code):
    ev = code("Western countries, including France, Germany and Italy, expelled Russian diplomats.")
    for state in ("FRA", "DEU", "ITA"):
        assert_coded(ev, "SANCTION", state, "RUS")
    ev = code("Gulf states such as Saudi Arabia and the UAE pledged aid to Sudan.")
    assert find(ev, "AID", "SAU", "SDN") and find(ev, "AID", "ARE", "SDN"), show(ev)


def test_including_list_targets(code):
    ev = code("Israel struck several countries, including Syria, Lebanon and Iran.")
    for state in ("SYR", "LBN", "IRN"):
        assert_coded(ev, "ASSAULT", "ISR", state)


def test_including_unknown_members_left_alone(code):
    # negative: members that are not all known actors do not replace the noun
    ev = code("Russian troops detained several people, including two journalists.")
    assert find(ev, "COERCE", src="RUS"), show(ev)
    assert all(e.target is None or e.target.text != "two journalists" for e in ev), show(ev)


# -- organisations named by an acronym or after a descriptor ------------------------------


def test_acronym_read_as_verb_is_the_subject(code):
    # the small model reads "ECOWAS" as the verb and "imposed"/"lifted" as adjectives
    assert_coded(code("ECOWAS imposed sanctions on Niger."), "SANCTION", "IGO", "NER")
    assert_coded(code("ECOWAS lifted sanctions on Niger."), "CONCEDE", "IGO", "NER")


def test_descriptor_before_organisation(code):
    ev = code("The regional bloc ECOWAS suspended Niger on Tuesday.")
    assert_coded(ev, "SANCTION", "IGO", "NER")
    ev = code("The Southeast Asian bloc ASEAN urged Myanmar's junta to end the violence.")
    assert_coded(ev, "REQUEST", "IGO", "MMR")


def test_participle_after_a_real_verb_is_not_misread(code):
    # negative: "launched guided missiles": "launched" is the verb, not a subject
    ev = code("Russia launched guided missiles at Kyiv.")
    assert_coded(ev, "ASSAULT", "RUS", "UKR")
    assert all(e.source and e.source.country == "RUS" for e in ev), show(ev)


# -- a venue is not a party to a deal or a meeting -----------------------------------------


def test_signing_venue_is_not_partner(code):
    for text in (
        "Zelensky signed a security agreement in Paris.",
        "Macron signed a trade deal in Hanoi.",
    ):
        ev = code(text)
        assert find(ev, "AGREE"), show(ev)
        assert all(e.target is None for e in find(ev, "AGREE")), show(ev)


def test_partner_named_with_venue_stays(code):
    # negative: the partner after "with" is kept, the venue is not added
    ev = code("Ukraine signed a security agreement with Britain in Kyiv.")
    assert find(ev, "AGREE", "UKR", "GBR", symmetric=True), show(ev)
    ev = code("Putin met Xi in Beijing.")
    assert find(ev, "CONSULT", "RUS", "CHN", symmetric=True), show(ev)


def test_split_name_before_next_clause(code):
    # "Reporters Without Borders": the parser hangs "Without Borders" elsewhere
    ev = code(
        "Police arrested two journalists and Reporters Without Borders demanded their release."
    )
    assert not find(ev, "COERCE", tgt="NGO"), show(ev)
    assert find(ev, "REQUEST", src="NGO"), show(ev)


def test_object_and_next_subject_read_as_one_subject(code):
    # the small model makes "five Palestinians and Hamas" the subject of "condemned",
    # reported by "detained"
    ev = code("Israeli troops detained five Palestinians and Hamas condemned the raids.")
    assert_coded(ev, "COERCE", "ISR", "PSE")
    assert_coded(ev, "ACCUSE", "PSE", "ISR")
    assert all(e.source and e.source.text != "five Palestinians" for e in ev), show(ev)
    ev = code("Russian troops shelled Kherson and Human Rights Watch accused Moscow of war crimes.")
    assert_coded(ev, "ASSAULT", "RUS", "UKR")
    assert_coded(ev, "ACCUSE", "NGO", "RUS")
    assert all(e.target is None or "Watch" not in e.target.text for e in find(ev, "ASSAULT"))


def test_reported_clause_of_speech_verb_kept(code):
    # negative: a verb of saying does take a clause whose subject is a list
    ev = code("Israel said Hamas and Islamic Jihad fired rockets at Sderot.")
    assert find(ev, "ASSAULT", src="PSE"), show(ev)
    assert not find(ev, "ASSAULT", src="ISR"), show(ev)


# -- "A and B accused each other": each side at the other ---------------------------------


def test_each_other_is_the_other_side(code):
    ev = code("Armenia and Azerbaijan accused each other of violating the ceasefire.")
    assert_coded(ev, "ACCUSE", "ARM", "AZE")
    assert_coded(ev, "ACCUSE", "AZE", "ARM")
    ev = code("Rwanda and Congo blamed one another for the violence.")
    assert_coded(ev, "ACCUSE", "RWA", "COD")
    assert_coded(ev, "ACCUSE", "COD", "RWA")


def test_shared_target_is_not_each_other(code):
    # negative: both accuse a third party, not each other
    ev = code("Armenia and Azerbaijan accused Russia of bias.")
    assert_coded(ev, "ACCUSE", "ARM", "RUS")
    assert not find(ev, "ACCUSE", "ARM", "AZE"), show(ev)


def test_and_inside_object_modifiers(code):
    # "on Friday and Russian warplanes": the parser hangs "Friday and Russian" on
    # "warplanes" as its modifiers, the object of "on"
    ev = code(
        "Russian tanks rolled into South Ossetia on Friday and Russian warplanes bombed "
        "targets inside Georgia."
    )
    assert_coded(ev, "ASSAULT", "RUS", "GEO")
    assert all(e.target is None or "warplanes" not in e.target.text for e in ev), show(ev)
    assert [e for e in find(ev, "ASSAULT") if e.source and e.source.text == "Russian warplanes"]


def test_dated_clause_with_own_subject_untouched(code):
    # negative: a well-parsed second clause keeps its subject
    ev = code("Turkish jets struck Kurdish positions and Syria protested to Ankara.")
    assert find(ev, "ASSAULT", src="TUR"), show(ev)
    assert not find(ev, "ASSAULT", tgt="SYR"), show(ev)


def test_place_of_the_other_clause_is_not_this_ones(code):
    # "Rafah and Hamas" read as the subject of a clause reported by "struck"; and the
    # place of Hamas's clause is not where Israel struck
    ev = code("Israeli jets struck Khan Younis and Hamas fired rockets at Ashkelon.")
    assert_coded(ev, "ASSAULT", "ISR", "PSE")
    assert_coded(ev, "ASSAULT", "PSE", "ISR")
    struck = [e for e in ev if e.trigger == "struck"]
    assert struck and all(e.location is None or e.location.name != "Ashkelon" for e in struck)


def test_one_incident_keeps_its_place(code):
    # negative: two passive clauses of one incident share the place
    ev = code(
        "A soldier was killed and two others were wounded when their patrol was ambushed "
        "near the village of Shebaa in southern Lebanon."
    )
    killed = [e for e in ev if e.type == "ASSAULT" and e.location is not None]
    assert killed, show(ev)


# -- a common noun with a named actor in apposition ----------------------------------------


def test_appositive_names_the_actor(code):
    ev = code("The militant group, Hezbollah, fired rockets at northern Israel.")
    assert_coded(ev, "ASSAULT", "LBN", "ISR")
    assert not find(ev, "ASSAULT", src="ISR"), show(ev)
    ev = code(
        "Three countries, Mali, Burkina Faso and Niger, announced their withdrawal from ECOWAS."
    )
    for state in ("MLI", "BFA", "NER"):
        assert_coded(ev, "SANCTION", state, "IGO")


def test_appositive_place_is_not_an_actor(code):
    # negative: "the capital, Kabul" is where the fighters are from, not who attacked
    ev = code("Fighters from the capital, Kabul, attacked a checkpoint.")
    assert all(e.source is None or e.source.text != "Kabul" for e in ev), show(ev)
