"""Historical leaders 1975-2015 (people_history.yaml): dated resolution and data checks."""

from __future__ import annotations

from datetime import date

import yaml

from conftest import find
from parley.actors.dictionary import DATA_DIR, build_dictionary, load_dictionary, normalise

HISTORY = DATA_DIR / "people_history.yaml"


def _person(name: str):  # type: ignore[no-untyped-def]
    [p] = [e for e in load_dictionary().lookup(name) if e.kind == "person"]
    assert not p.fallback  # curated, not a phoenix_people.tsv row
    return p


def _at(name: str, when: str) -> tuple[str | None, str | None]:
    return _person(name).at(date.fromisoformat(when))


def test_people_history_head_of_state_in_and_out_of_office():
    milosevic = _person("Slobodan Milosevic")
    assert milosevic.country == "SRB"  # Yugoslavia: countries.yaml's code for it
    assert _at("Slobodan Milosevic", "2000-05-01") == ("GOV", "president")
    # after his fall (7 Oct 2000): his country, no sector, like people.yaml people
    assert _at("Slobodan Milosevic", "2001-05-01") == (None, None)
    assert _at("Hafez al-Assad", "2000-05-01") == ("GOV", "president")
    assert _at("Hafez al-Assad", "2000-07-01") == (None, None)
    assert _person("Hafez al-Assad").country == "SYR"


def test_people_history_surname_and_title_aliases():
    assert _person("Milosevic") is _person("Slobodan Milošević")
    assert _at("Gorbachev", "1987-06-01") == ("GOV", "general_secretary")
    assert _at("Gorbachev", "1991-06-01") == ("GOV", "president")
    assert _at("Gorbachev", "1995-06-01") == (None, None)
    assert _person("King Hussein").country == "JOR"
    assert _at("King Hussein", "1995-03-01") == ("GOV", "head_of_state")
    assert _at("King Hussein", "1999-06-01") == (None, None)


def test_people_history_transliterations_are_one_person():
    spellings = ["Muammar Gaddafi", "Qaddafi", "Gadhafi", "Khadafy", "Moammar Gadhafi", "Kadhafi"]
    people = {_person(s).actor_id for s in spellings}
    assert len(people) == 1
    assert _at("Qaddafi", "1986-04-15") == ("GOV", "leader")
    assert _at("Qaddafi", "2012-01-01") == (None, None)


def test_people_history_igo_officials_and_popes():
    assert _person("Kofi Annan").country == "IGO"
    assert _at("Kofi Annan", "2000-05-01") == ("IGO", "un_secretary_general")
    assert _at("Boutros Boutros-Ghali", "1994-06-01") == ("IGO", "un_secretary_general")
    assert _at("Boutros-Ghali", "1998-06-01") == (None, None)
    assert _person("Pope John Paul II").country == "VAT"
    assert _at("Pope John Paul II", "2000-05-01") == ("REL", "pope")
    assert _at("Pope John Paul II", "2006-01-01") == (None, None)


def test_people_history_role_changes_follow_the_date():
    # Ariel Sharon: defence minister, out of government, prime minister
    assert _at("Ariel Sharon", "1982-06-06") == ("GOV", "defence_minister")
    assert _at("Ariel Sharon", "1990-01-01") == (None, None)
    assert _at("Ariel Sharon", "2002-04-01") == ("GOV", "prime_minister")
    # Yasser Arafat: PLO chairman (GOV, as the PLO in groups.yaml), then PA president
    assert _at("Arafat", "1988-11-15") == ("GOV", "leader")
    assert _at("Arafat", "2000-07-11") == ("GOV", "president")
    # Pinochet stayed army chief after the presidency
    assert _at("Pinochet", "1985-01-01") == ("GOV", "president")
    assert _at("Pinochet", "1995-01-01") == ("MIL", "military_chief")


def test_people_history_rebel_leaders_are_reb():
    assert _at("Jonas Savimbi", "1992-10-01") == ("REB", "leader")
    assert _person("Savimbi").country == "AGO"
    assert _at("Osama bin Laden", "2001-09-12") == ("REB", "leader")
    assert _at("Velupillai Prabhakaran", "2000-01-01") == ("REB", "leader")
    assert _at("Prabhakaran", "2010-01-01") == (None, None)


def test_people_history_pipeline_codes_dated_events(code):
    [e] = find(code("Slobodan Milosevic accused NATO of aggression.", "1999-04-01"), "ACCUSE")
    assert e.source.name == "Slobodan Milošević"
    assert (e.source.country, e.source.sector) == ("SRB", "GOV")
    events = code("Gorbachev accused the United States of wrecking the talks.", "1986-10-13")
    [e] = find(events, "ACCUSE", "RUS", "USA")
    assert e.source.sector == "GOV"
    # the same words after he left office: his country, no sector
    events = code("Gorbachev accused the United States of wrecking the talks.", "1996-10-13")
    [e] = find(events, "ACCUSE", "RUS", "USA")
    assert e.source.sector is None


def test_people_history_data_file_is_consistent():
    items = yaml.safe_load(HISTORY.read_text(encoding="utf-8"))
    assert len(items) >= 400
    d = build_dictionary(phoenix=False)
    curated = yaml.safe_load((DATA_DIR / "people.yaml").read_text(encoding="utf-8"))
    curated_keys = {normalise(a) for p in curated for a in [p["name"], *(p.get("aliases") or [])]}
    seen: dict[str, str] = {}
    for item in items:
        name = item["name"]
        assert item["country"] in d.countries or item["country"] == "IGO", name
        for role in item.get("roles") or []:
            assert role["sector"] and role["role"], name
            if role.get("start") and role.get("end"):
                assert role["start"] <= role["end"], name
        for alias in [name, *(item.get("aliases") or [])]:
            key = normalise(alias)
            assert key not in curated_keys, f"{alias!r} ({name}) is in people.yaml"
            assert seen.setdefault(key, name) == name, f"{alias!r}: {name} and {seen[key]}"
            # a person's alias must not hide a country, organisation or role noun
            assert all(e.kind == "person" for e in d.lookup(alias)), alias
            assert key not in d.roles, alias
