"""Actor dictionary and resolution (real dictionary data, real spaCy parses)."""

from __future__ import annotations

from datetime import date

from conftest import find
from parley.actors.dictionary import load_dictionary, normalise
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
