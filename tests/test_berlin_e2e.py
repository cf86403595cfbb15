"""Acceptance: the Berlin-talks article, end to end through the CLI."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES
from parley.cli import app
from parley.ingest import parse_text
from parley.models import Article, Event
from parley.settings import Settings

BERLIN = EXAMPLES / "berlin_talks.txt"


@pytest.fixture(scope="module")
def berlin(pipeline: object) -> tuple[Article, list[Event]]:
    result = CliRunner().invoke(app, ["code", "--format", "jsonl", str(BERLIN)])
    assert result.exit_code == 0, result.output
    events = [Event.from_dict(json.loads(line)) for line in result.stdout.splitlines() if line]
    articles = [
        a for a in parse_text(BERLIN.read_text(), str(BERLIN), Settings()) if isinstance(a, Article)
    ]
    return articles[0], events


def _countries(e: Event) -> set[str | None]:
    return {e.source.country if e.source else None, e.target.country if e.target else None}


def test_berlin_e2e_talks_between_ministers_dated_and_placed(berlin):
    _, events = berlin
    talks = [
        e
        for e in events
        if e.type == "CONSULT"
        and e.mode is None
        and _countries(e) == {"ARM", "AZE"}
        and e.certainty == "asserted"
    ]
    assert talks, [e.to_dict() for e in events]
    e = talks[0]
    assert e.date.isoformat() == "2024-02-28"
    assert e.date_end.isoformat() == "2024-02-29"
    assert e.location is not None and e.location.name == "Berlin"
    assert e.location.country == "DEU" and e.location.lat and e.location.lon
    assert {e.source.name, e.target.name} == {"Ararat Mirzoyan", "Jeyhun Bayramov"}


def test_berlin_e2e_misspelled_host_is_third_party_mediator(berlin):
    _, events = berlin
    hosts = [e for e in events if e.type == "CONSULT" and e.mode == "third-party"]
    assert hosts
    host = hosts[0]
    assert host.source.name == "Annalena Baerbock"
    assert (host.source.country, host.source.sector) == ("DEU", "GOV")
    assert host.target is not None and host.target.country in ("ARM", "AZE")


def test_berlin_e2e_detained_soldier(berlin):
    _, events = berlin
    detained = [
        e for e in events if (e.type, e.mode) in (("COERCE", "arrest"), ("ASSAULT", "abduct"))
    ]
    assert len(detained) == 1
    e = detained[0]
    assert (e.source.country, e.source.sector) == ("ARM", "MIL")
    assert (e.target.country, e.target.sector) == ("AZE", "MIL")
    assert e.certainty == "asserted" and not e.negated


def test_berlin_e2e_military_cooperation_with_france_and_india(berlin):
    _, events = berlin
    pairs = {frozenset(_countries(e)) for e in events if e.type == "COOPERATE"}
    assert frozenset({"ARM", "FRA"}) in pairs
    assert frozenset({"ARM", "IND"}) in pairs


def test_berlin_e2e_advisors_track_is_claimed_by_armenian_journalists(berlin):
    _, events = berlin
    claimed = [e for e in events if e.type == "CONSULT" and e.certainty == "claimed"]
    assert claimed
    e = claimed[0]
    assert _countries(e) == {"ARM", "AZE"}
    assert e.attributed_to is not None
    assert e.attributed_to.text == "Armenian journalists"
    assert (e.attributed_to.country, e.attributed_to.sector) == ("ARM", "MED")


def test_berlin_e2e_no_events_from_opinion_or_related_stories(berlin):
    article, events = berlin
    raw = BERLIN.read_text()
    opinion = raw.split("It is hard to see")[1].split("More from")[0]
    related = raw.split("More from")[1]
    for e in events:
        assert e.sentence not in opinion, e.sentence
        assert e.sentence not in related, e.sentence
    assert "More from" not in article.text and "PROMOTED" not in article.text


def test_berlin_e2e_spans_slice_sentences_out_of_article_text(berlin):
    article, events = berlin
    assert events
    for e in events:
        assert e.article_id == article.id
        assert article.text[e.span[0] : e.span[1]] == e.sentence
