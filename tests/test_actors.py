"""Actor dictionary and resolution (real dictionary data, real spaCy parses)."""

from __future__ import annotations

import hashlib
import os
from datetime import date
from pathlib import Path

import pytest

from conftest import ROOT, find
from parley.actors.dictionary import DATA_DIR, build_dictionary, load_dictionary, normalise
from parley.settings import Settings


def test_actors_dictionary_has_every_country_with_demonyms():
    d = load_dictionary()
    assert len(d.countries) >= 240
    assert {e.country for e in d.lookup("Armenian")} == {"ARM"}
    assert {e.country for e in d.lookup("Azerbaijani")} == {"AZE"}
    assert any(e.kind == "capital" and e.country == "AZE" for e in d.lookup("Baku"))
    assert any(e.kind == "igo" for e in d.lookup("OSCE"))
    assert d.role("foreign minister").sector == "GOV"
    assert d.role("soldier").sector == "MIL"


def test_actors_normalise_drops_dots_and_case():
    assert normalise("U.S.") == "us"
    assert normalise("  The  EU ") == "the eu"


def test_actors_dated_roles_follow_the_article_date():
    d = load_dictionary()
    [blinken] = [e for e in d.lookup("Antony Blinken") if e.kind == "person"]
    assert blinken.at(date(2023, 5, 1))[0] == "GOV"
    assert blinken.at(date(2026, 5, 1)) == (None, None)


def test_actors_capital_metonym_is_government(code):
    [e] = find(code("Baku accused Yerevan of violating the ceasefire."), "ACCUSE")
    assert (e.source.country, e.source.sector) == ("AZE", "GOV")
    assert (e.target.country, e.target.sector) == ("ARM", "GOV")


def test_actors_misspelled_name_resolves_by_fuzzy_match(code):
    events = code("Annalena Berbock met Armenian Prime Minister Nikol Pashinyan in Berlin.")
    [e] = find(events, "CONSULT", "DEU", "ARM", symmetric=True)
    names = {e.source.name, e.target.name}
    assert names == {"Annalena Baerbock", "Nikol Pashinyan"}


def test_actors_ministers_of_two_countries_with_appositive_names(code):
    events = code(
        "The foreign ministers of Armenia and Azerbaijan, Ararat Mirzoyan and "
        "Jeyhun Bayramov, met in Washington."
    )
    [e] = find(events, "CONSULT", "ARM", "AZE", symmetric=True)
    assert {e.source.name, e.target.name} == {"Ararat Mirzoyan", "Jeyhun Bayramov"}


def test_actors_pronoun_resolves_to_previous_person(code):
    events = code(
        "Ilham Aliyev arrived in Munich on Friday. He met Olaf Scholz there.", "2024-02-17"
    )
    [e] = find(events, "CONSULT", "AZE", "DEU", symmetric=True)
    assert "Ilham Aliyev" in {e.source.name, e.target.name}


def test_actors_user_dictionary_yaml_and_csv(tmp_path):
    yml = tmp_path / "mine.yaml"
    yml.write_text(
        "- name: Zora Testerova\n  country: ARM\n  roles:\n"
        "    - {role: negotiator, sector: GOV, start: 2020-01-01}\n"
    )
    csv = tmp_path / "more.csv"
    csv.write_text(
        "name,country,sector,aliases,role,start,end\n"
        "Kemal Fictio,AZE,MIL,K. Fictio;Fictio,commander,2019-01-01,\n"
    )
    from parley.actors.dictionary import make_dictionary

    d = make_dictionary(Settings(dictionaries=(str(yml), str(csv))))
    [zora] = d.lookup("Zora Testerova")
    assert zora.country == "ARM" and zora.at(date(2024, 1, 1))[0] == "GOV"
    [kemal] = d.lookup("Fictio")
    assert kemal.country == "AZE" and kemal.at(date(2024, 1, 1))[0] == "MIL"


def test_actors_user_dictionary_errors_name_the_file(tmp_path):
    import pytest

    from parley.actors.dictionary import make_dictionary
    from parley.errors import ConfigError

    bad = tmp_path / "bad.yaml"
    bad.write_text("name: not a list\n")
    with pytest.raises(ConfigError, match=r"bad\.yaml"):
        make_dictionary(Settings(dictionaries=(str(bad),)))
    with pytest.raises(ConfigError, match="does not exist"):
        make_dictionary(Settings(dictionaries=(str(tmp_path / "missing.csv"),)))


def test_actors_unresolved_lists_unknown_mentions(tmp_path, pipeline):
    import json

    from typer.testing import CliRunner

    from parley.cli import app

    corpus = tmp_path / "u.jsonl"
    corpus.write_text(
        '{"id": "u1", "date": "2024-03-01", "text": "Zorvath Kellan met Armenian Foreign '
        'Minister Ararat Mirzoyan in Yerevan on Monday."}\n'
        '{"id": "u2", "date": "2024-03-02", "text": "Zorvath Kellan met Jeyhun Bayramov in '
        'Baku on Friday."}\n'
    )
    db = str(tmp_path / "u.db")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(corpus), "--db", db]).exit_code == 0
    result = runner.invoke(app, ["actors", "unresolved", "--db", db, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert rows[0]["text"] == "Zorvath Kellan" and rows[0]["count"] == 2
    assert all("Mirzoyan" not in r["text"] for r in rows)


# -- Phoenix organisations (phoenix_orgs.tsv, build_phoenix_orgs.py) ------------------------

PHOENIX_ORGS = DATA_DIR / "phoenix_orgs.tsv"
#: the (MIT, not shipped) sources, in the shared folder like the GSR (test_eval_gate.py)
PHOENIX_DIR = (
    Path(os.environ.get("PARLEY_SHARED", ROOT.parent / "shared"))
    / "benchmarks"
    / "raw"
    / "dictionaries"
)
ORG_SECTORS = {"REB", "OPP", "PTY", "MIL", "COP", "SPY", "GOV", "JUD", "MED", "BUS", "LAB"}
ORG_SECTORS |= {"REL", "IGO", "NGO"}


def test_actors_phoenix_org_historical_rebel_group_has_its_country_and_reb(code):
    [e] = find(code("UNITA rebels attacked a convoy near Huambo.", "1999-03-01"), "ASSAULT")
    assert (e.source.country, e.source.sector) == ("AGO", "REB")
    text = "The RUF accused the government of Sierra Leone of breaking the ceasefire."
    [e] = find(code(text, "1999-03-01"), "ACCUSE")
    assert (e.source.name, e.source.country, e.source.sector) == (
        "Revolutionary United Front",
        "SLE",
        "REB",
    )
    assert e.source.actor_id == "group:phoenix:revolutionary_united_front"
    # an organisation as the only modifier of a head that is no role noun names its sector
    [e] = find(code("The UNITA militarist wing rejected the peace plan.", None), "REJECT")
    assert (e.source.country, e.source.sector) == ("AGO", "REB")


def test_actors_phoenix_org_igo_resolves_as_igo(code):
    text = "The Western European Union criticised Russia over the blockade."
    [e] = find(code(text, "1995-03-01"), "ACCUSE")
    assert (e.source.name, e.source.country, e.source.sector) == (
        "Western European Union",
        "IGO",
        "IGO",
    )
    [ngo] = load_dictionary().lookup("Physicians for Human Rights")
    assert (ngo.kind, ngo.country, ngo.sector) == ("igo", "NGO", "NGO")


def test_actors_phoenix_org_acronym_that_is_a_common_word_is_not_matched(code):
    d = load_dictionary()
    # HARAKAT_UL-MUJAHIDIN_(HUM)_: "hum" is an English word; the full name is kept
    assert d.lookup("HUM") == []
    [group] = d.lookup("Harakat ul-Mujahidin")
    assert (group.kind, group.country, group.sector) == ("group", "PAK", "REB")
    # GAZTERIAK_ [FRAREB] +YOUTH_: Kenyan youth activists stay Kenyan civilians
    assert d.lookup("Youth") == []
    text = "Youth activists protested against the government in Nairobi."
    [e] = find(code(text), "PROTEST")
    assert (e.source.country, e.source.sector) == ("KEN", "CVL")


def test_actors_phoenix_org_curated_and_user_entries_win(tmp_path):
    d = load_dictionary()
    # LORD'S_RESISTANCE_ARMY [CFRREB] is in Phoenix; groups.yaml has the LRA (UGA)
    assert [e.actor_id for e in d.lookup("Lord's Resistance Army")] == ["group:LRA"]
    # LASKAR_E_TOIBA__ spells groups.yaml's Lashkar-e-Taiba; THE_UN_ is the UN: left out
    assert d.lookup("Laskar e Toiba") == [] and d.lookup("The UN") == []
    mine = tmp_path / "mine.yaml"
    mine.write_text("- name: Revolutionary United Front\n  country: LBR\n")
    from parley.actors.dictionary import make_dictionary

    mixed = make_dictionary(Settings(dictionaries=(str(mine),)))
    [user] = mixed.lookup("Revolutionary United Front")
    assert (user.kind, user.country) == ("person", "LBR")
    [phoenix] = mixed.lookup("RUF")  # its other names still work
    assert phoenix.actor_id == "group:phoenix:revolutionary_united_front"


def test_actors_phoenix_org_codes_and_names():
    from parley.actors.data import build_phoenix_orgs as build

    iso = set(load_dictionary().countries)
    assert build.parse_code("AGOREB", iso) == ("AGO", "REB", "group")
    assert build.parse_code("IGOUNOLABILO", iso) == ("IGO", "IGO", "igo")
    assert build.parse_code("NGOHRI", iso) == ("NGO", "NGO", "igo")
    assert build.parse_code("NGOISRHRIHLH", iso) == ("ISR", "NGO", "group")
    assert build.parse_code("NGOCANLAB", iso) == ("CAN", "LAB", "group")
    assert build.parse_code("IMGMUSALQ", iso) == (None, "REB", "group")
    assert build.parse_code("WAFREB", iso) == (None, "REB", "group")  # a region
    assert build.parse_code("MNCUSA", iso) is None
    names, acronyms, rest = build.split_name("ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_")
    assert (names, acronyms, rest) == (["ADEN ABYAN ISLAMIC ARMY"], ["AAIA"], [])
    assert build.display("LASHKAR-E-JHANGVI", frozenset()) == "Lashkar-e-Jhangvi"
    assert build.display("UNITA", frozenset({"UNITA"})) == "UNITA"
    assert build.display("ORGANIZATION_OF_AFRICAN_UNITY".replace("_", " "), frozenset()) == (
        "Organization of African Unity"
    )


def test_actors_phoenix_org_data_file_is_consistent():
    lines = PHOENIX_ORGS.read_text(encoding="utf-8").splitlines()
    rows = [x for x in lines if not x.startswith("#")]
    [recorded] = [x.split()[-1] for x in lines if x.startswith("# body sha256")]
    body = "".join(x + "\n" for x in rows)
    assert hashlib.sha256(body.encode()).hexdigest() == recorded, (
        "phoenix_orgs.tsv was edited by hand; fix build_phoenix_orgs.py and re-run it"
    )
    countries = set(load_dictionary().countries) | {"IGO", "NGO", "-"}
    curated = build_dictionary(phoenix=False).aliases
    assert len(rows) > 2000
    for row in rows:
        name, kind, country, sector, aliases = row.split("\t")
        assert kind in ("group", "igo") and country in countries and sector in ORG_SECTORS, row
        for n in [name, *filter(None, aliases.split(";"))]:
            assert normalise(n) not in curated, row


@pytest.mark.skipif(
    not (PHOENIX_DIR / "Phoenix.MilNonState.actors.txt").is_file(),
    reason=f"Phoenix sources not found in {PHOENIX_DIR}: regeneration not checked",
)
def test_actors_phoenix_org_generator_reproduces_the_committed_file(tmp_path):
    from parley.actors.data import build_phoenix_orgs as build

    out = tmp_path / "orgs.tsv"
    assert build.main([str(PHOENIX_DIR), "--out", str(out)]) == 0
    assert out.read_bytes() == PHOENIX_ORGS.read_bytes(), (
        "phoenix_orgs.tsv is out of date (curated data, phoenix_people.tsv or the script "
        "changed): run src/parley/actors/data/build_phoenix_orgs.py PATH/dictionaries/"
    )


def test_actors_title_gives_the_sector_when_no_dated_role_does(code):
    [e] = [
        x
        for x in code("President Bill Clinton imposed sanctions on the Taliban.")
        if x.type == "SANCTION"
    ]
    assert (e.source.country, e.source.sector) == ("USA", "GOV")


def test_actors_misspelled_state_names_match_closely(code):
    from conftest import find

    events = code("Ethopia has agreed to reopen its border with Eritrea.")
    assert find(events, "AGREE", "ETH") or find(events, "RETREAT", "ETH")
    events = code("Pakistan rejected a fresh offer from Afganistan for direct talks.")
    assert find(events, "REJECT", "PAK", "AFG")
    # a surname near no state stays unknown
    events = code("Police arrested Ibrahimov in Baku on Monday.")
    assert all(e.target is None or e.target.country is None for e in find(events, "COERCE"))


def test_actors_two_surname_names_match_without_the_second(code):
    from conftest import find

    events = code(
        "President Andres Pastrana broke off peace talks with the Revolutionary Armed "
        "Forces of Colombia on Wednesday."
    )
    [e] = find(events, "SANCTION", "COL", "COL")
    assert e.source.name == "Andres Pastrana Arango"
    assert e.target.sector == "REB"  # a group at home is a valid other side


def test_actors_titled_unknown_names_and_northern_ireland(code):
    from conftest import find

    events = code("President Bush threatened Russia on Monday.")
    [e] = find(events, "THREATEN", None, "RUS")
    assert e.source.country is None  # a name, not placed by the one country named
    events = code("Police in Northern Ireland arrested two men on Monday.")
    assert find(events, "COERCE", "GBR")


def test_actors_epithets_and_whom_a_state_expels(code):
    from conftest import find

    events = code("U.S. officials urged the Jewish state to stay out of the war.")
    assert find(events, "REQUEST", "USA", "ISR")
    events = code("The Islamic Republic seized a British tanker on Friday.")
    assert find(events, "COERCE", "IRN", "GBR")
    events = code("Pakistan expelled two diplomats on Friday.")
    [e] = find(events, "SANCTION", "PAK")
    assert e.target.country is None  # not Pakistan's own diplomats


def test_actors_he_after_a_conjoined_speech_verb(code):
    from conftest import find

    events = code(
        "President Donald Trump pulled the United States out of the Iran nuclear deal on "
        "Tuesday and said he would reimpose economic sanctions on Tehran."
    )
    [e] = [x for x in find(events, "SANCTION", "USA", "IRN") if x.trigger == "reimpose"]
    assert e.certainty == "speculative"  # a stated plan, recorded, not counted


def test_actors_british_forces_and_warships(code):
    from conftest import find

    assert find(code("Royal Air Force jets bombed militant positions in Iraq."), "ASSAULT", "GBR")
    assert find(code("The Royal Navy seized an oil tanker off Gibraltar."), "COERCE", "GBR")
    [e] = find(code("The USS Mason shot down two drones over the Red Sea."), "ASSAULT", "USA")
    assert e.source.sector == "MIL"


def test_actors_flagged_and_owned_ships_are_their_owners(code):
    from conftest import find

    events = code("Somali pirates hijacked a Greek-operated tanker in the Gulf of Aden.")
    assert find(events, "ASSAULT", "SOM", "GRC")
    events = code("Iranian commandos seized a Liberian-flagged oil tanker on Friday.")
    assert find(events, "COERCE", "IRN", "LBR")


def test_actors_a_un_post_in_apposition_makes_a_known_person_igo(code):
    from conftest import find

    # Ahtisaari is in the dictionary as a Finnish office-holder (1994-2000); in 2006
    # he acted for the UN
    events = code(
        "Martti Ahtisaari, the UN special envoy for Kosovo, met Serbian leaders in Belgrade."
    )
    [e] = find(events, "CONSULT", "IGO", "SRB")
    assert e.source.name == "Martti Ahtisaari"


@pytest.mark.parametrize(
    ("text", "when", "country", "sector"),
    [
        ("SPLA fighters ambushed a government convoy near Juba.", "1996-04-02", "SDN", "REB"),
        ("The ANC accused Inkatha of attacking its supporters.", "1992-08-10", "ZAF", "PTY"),
        ("RENAMO rebels attacked a train in central Mozambique.", "1988-02-11", "MOZ", "REB"),
        ("The IRA bombed a shopping centre in Manchester.", "1996-06-16", "GBR", "REB"),
        (
            "ETA gunmen shot dead a town councillor in the Basque Country.",
            "1997-07-14",
            "ESP",
            "REB",
        ),
        ("The Janjaweed attacked villages in North Darfur.", "2004-04-20", "SDN", "REB"),
        ("Contra rebels attacked a cooperative farm near Esteli.", "1986-05-12", "NIC", "REB"),
        ("The Northern Alliance captured Mazar-i-Sharif.", "2001-11-10", "AFG", "REB"),
        (
            "The National Union for the Total Independence of Angola attacked a convoy.",
            "1993-01-20",
            "AGO",
            "REB",
        ),
    ],
)
def test_actors_historical_movements_and_their_acronyms(code, text, when, country, sector):
    # liberation movements and rebel armies of 1975-2010 news, by acronym and by long
    # names of up to nine tokens
    sources = [e.source for e in code(text, when) if e.source is not None]
    assert sources, text
    assert (sources[0].country, sources[0].sector) == (country, sector)


def test_actors_crowds_that_throng_or_pour_into_streets_are_people(code):
    from conftest import find

    events = code("Thousands thronged the streets of Yerevan to protest the border deal.")
    [e] = find(events, "PROTEST", "ARM")
    assert e.source.sector == "CVL"
    events = code("Tens of thousands poured into the streets of Belgrade to protest the vote.")
    assert find(events, "PROTEST", "SRB")


def test_actors_bundled_organisation_ids_are_unique():
    import yaml

    for name in ("groups.yaml", "igos.yaml"):
        ids = [e["id"] for e in yaml.safe_load((DATA_DIR / name).read_text(encoding="utf-8"))]
        assert len(ids) == len(set(ids)), (name, sorted({i for i in ids if ids.count(i) > 1}))


def test_actors_the_men_are_the_last_group_named(pipeline):
    from datetime import date

    from parley.models import Article

    text = (
        "Three Kosovo police officers were detained by Serbian security forces on Wednesday, "
        "Pristina said. Belgrade said the men had been arrested inside Serbian territory."
    )
    article = Article.from_text(text, id="men", date=date(2023, 6, 15))
    [result] = pipeline.code([article])
    second = [e for e in result.events if e.target is not None and e.target.text == "the men"]
    assert [(e.source.country, e.target.country) for e in second] == [("SRB", "XKX")]
