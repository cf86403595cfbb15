"""People derived from the Phoenix country dictionary (phoenix_people.tsv)."""

from __future__ import annotations

import hashlib
import os
from datetime import date
from pathlib import Path

import pytest

from conftest import ROOT, find
from parley.actors.data import build_phoenix_people as build
from parley.actors.dictionary import (
    DATA_DIR,
    fold_key,
    load_dictionary,
    make_dictionary,
    name_key,
    normalise,
)
from parley.actors.matcher import ActorResolver, ArticleContext
from parley.nlp import load_model
from parley.settings import Settings

TSV = DATA_DIR / "phoenix_people.tsv"
#: the (MIT, not shipped) source, in the shared folder like the GSR (test_eval_gate.py)
SHARED = Path(os.environ.get("PARLEY_SHARED", ROOT.parent / "shared"))
SOURCE = SHARED / "benchmarks" / "raw" / "dictionaries" / "Phoenix.Countries.actors.txt"
SECTORS = {"GOV", "MIL", "COP", "SPY", "OPP", "REB", "JUD"}


def _actor(event, side):  # type: ignore[no-untyped-def]
    actor = event.source if side == "source" else event.target
    return (actor.name, actor.country, actor.sector)


def test_actors_phoenix_historical_president_with_title_is_his_country_gov(code):
    for pub in (None, "2005-05-01"):  # undated: the latest role; dated: the role then
        # (Bill Clinton, once the example here, is in people_history.yaml now)
        [e] = find(code("President Mamadou Tandja criticised Libya on Tuesday.", pub), "ACCUSE")
        assert _actor(e, "source") == ("Mamadou Tandja", "NER", "GOV")
        assert e.source.actor_id == "person:phoenix:mamadou_tandja"


def test_actors_phoenix_dated_role_follows_the_pub_date(code):
    text = "Yoweri Museveni accused Kenya of arming rebels."
    [in_office] = find(code(text, "1990-05-01"), "ACCUSE")
    assert _actor(in_office, "source") == ("Yoweri Museveni", "UGA", "GOV")
    # before he took office (26 Jan 1986): his country, no sector (like people.yaml)
    [before] = find(code(text, "1984-05-01"), "ACCUSE")
    assert _actor(before, "source") == ("Yoweri Museveni", "UGA", None)
    [awori] = find(code("Moody Awori criticised Uganda.", "2005-05-01"), "ACCUSE")
    assert _actor(awori, "source") == ("Moody Awori", "KEN", "GOV")


def test_actors_phoenix_hyphenated_name_matches_underscored_entry(code):
    [e] = find(code("Mohammad Zia-ul-Haq accused India of sending troops.", None), "ACCUSE")
    assert (e.source.country, e.source.sector) == ("PAK", "GOV")


def test_actors_phoenix_single_word_name_is_not_matched(code):
    d = load_dictionary()
    assert all(" " in key for key in d.fallback_people)
    assert d.lookup_fallback(normalise("Suharto")) is None  # SUHARTO_ in Phoenix
    # (Suharto himself is in people_history.yaml now; KHODAIDAD_ is Phoenix-only)
    assert d.lookup_fallback(normalise("Khodaidad")) is None
    events = code("Khodaidad accused Pakistan of harbouring rebels.", "2005-01-01")
    assert all(e.source is None or e.source.country != "AFG" for e in events)


def test_actors_phoenix_surname_alone_needs_an_earlier_full_name(code):
    [alone] = find(code("Museveni accused Kenya of arming rebels.", None), "ACCUSE")
    assert alone.source.country is None
    events = code(
        "Yoweri Museveni arrived in Nairobi on Monday. Later, Museveni accused Kenya of "
        "arming rebels.",
        None,
    )
    [e] = find(events, "ACCUSE")
    assert (e.source.text, e.source.country) == ("Museveni", "UGA")


def test_actors_phoenix_other_country_in_the_phrase_is_a_namesake(code):
    # Phoenix knows a Senegalese Abdoulaye Diop; this one is Mali's
    [e] = find(code("Malian Foreign Minister Abdoulaye Diop criticised France."), "ACCUSE")
    assert e.source.country == "MLI"


def test_actors_phoenix_curated_and_user_people_win(tmp_path, pipeline):
    d = load_dictionary()
    # SERZH_SARKISYAN_ is in Phoenix; people.yaml has him as Serzh Sargsyan
    [curated] = d.lookup("Serzh Sarkisyan")
    assert curated.name == "Serzh Sargsyan" and not curated.fallback
    assert name_key("Serzh Sarkisyan") not in d.fallback_people
    mine = tmp_path / "mine.yaml"
    mine.write_text("- name: Moody Awori\n  country: XKX\n")
    resolver = ActorResolver(make_dictionary(Settings(dictionaries=(str(mine),))))
    doc = load_model(pipeline.settings.spacy_model)("Moody Awori criticised Uganda.")
    scan = resolver.scan(doc)
    [actor] = resolver.resolve(doc[1], scan, ArticleContext())
    assert actor.country == "XKX"


def test_actors_phoenix_name_inside_a_longer_name_is_not_the_person(pipeline):
    resolver = pipeline.coder.resolver
    nlp = load_model(pipeline.settings.spacy_model)
    inside = nlp("They met at the George P. Shultz National Foreign Affairs Training Center.")
    assert not any(m.entry.kind == "person" for m in resolver.scan(inside).matches)
    alone = nlp("George P. Shultz met Andrei Gromyko on Monday.")
    assert any(m.entry.name == "George Shultz" for m in resolver.scan(alone).matches)


def test_actors_phoenix_data_file_is_consistent():
    lines = TSV.read_text(encoding="utf-8").splitlines()
    header = [x for x in lines if x.startswith("#")]
    rows = [x for x in lines if not x.startswith("#")]
    body = "".join(x + "\n" for x in rows)
    [recorded] = [x.split()[-1] for x in header if x.startswith("# body sha256")]
    assert hashlib.sha256(body.encode()).hexdigest() == recorded, (
        "phoenix_people.tsv was edited by hand; fix build_phoenix_people.py and re-run it"
    )
    countries = set(load_dictionary().countries)
    assert len(rows) > 15_000
    for row in rows:
        name, country, aliases, roles = row.split("\t")
        assert country in countries, row
        for n in [name, *filter(None, aliases.split(";"))]:
            assert name_key(n) == fold_key(normalise(n)) and " " in name_key(n), row
        for role in filter(None, roles.split(";")):
            assert role.split(" ")[0] in SECTORS, row


def test_actors_phoenix_tabari_dates_and_codes():
    assert build.parse_span("620101-000101") == (date(1962, 1, 1), date(2000, 1, 1))
    assert build.parse_span("19300101-860130") == (date(1930, 1, 1), date(1986, 1, 30))
    assert build.parse_span(">860126") == (date(1986, 1, 26), None)
    assert build.parse_span("> 140301") == (date(2014, 3, 1), None)
    assert build.parse_span("<900823") == (None, date(1990, 8, 23))
    assert build.parse_span("") == (None, None)
    for bad in ("9008223-911221", "20121204", "990101-980101"):
        with pytest.raises(ValueError):
            build.parse_span(bad)
    iso = set(load_dictionary().countries)
    assert build.parse_code("UGAGOV", iso) == ("UGA", "GOV")
    assert build.parse_code("USAGOVMIL", iso) == ("USA", "GOV")
    assert build.parse_code("GBRVGBGOV", iso) == ("VGB", "GOV")
    assert build.parse_code("KSVGOV", iso) == ("XKX", "GOV")
    assert build.parse_code("PAKELI", iso) == ("PAK", None)
    assert build.parse_code("IGOEUREEC", iso) is None


def test_actors_phoenix_names_are_cleaned_and_title_cased():
    places = frozenset({"american", "us", "german"})
    clean = lambda raw: build.clean_name(raw, build.TITLES, places)  # noqa: E731
    assert clean("AMERICAN_PRESIDENT_BILL_CLINTON") == "Bill Clinton"
    assert clean("BASHAR_AL-ASSAD") == "Bashar al-Assad"
    assert clean("WALTER_J._STOESSEL,_JR._") == "Walter J. Stoessel"
    assert clean("GERMAN_GREF") == "German Gref"  # a name, not a nationality
    assert clean("PRINCE_JOHNSON_") == "Prince Johnson"
    for not_a_name in ("PRESIDENT_CLINTON", "MR_OBAMA_", "CLINTON_ADMINISTRATION", "SUHARTO_"):
        assert clean(not_a_name) is None


@pytest.mark.skipif(
    not SOURCE.is_file(), reason=f"Phoenix source not found at {SOURCE}: regeneration not checked"
)
def test_actors_phoenix_generator_reproduces_the_committed_file(tmp_path):
    out = tmp_path / "people.tsv"
    assert build.main([str(SOURCE), "--out", str(out)]) == 0
    assert out.read_bytes() == TSV.read_bytes(), (
        "phoenix_people.tsv is out of date: run "
        "src/parley/actors/data/build_phoenix_people.py PATH/Phoenix.Countries.actors.txt"
    )
