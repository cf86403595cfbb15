"""Alert rules: validation, matching, counting sources, printing and webhooks.

Webhooks are POSTed to a real HTTP server on 127.0.0.1 (see ``localhttp``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from typer.testing import CliRunner

from localhttp import Answer, LocalServer, Seen
from parley.alerts import Rule, check, deliver_all, evaluate, load_rules, parse_rules
from parley.cli import app
from parley.errors import ConfigError
from parley.ingest.urls import Fetcher
from parley.live import poll_feeds
from parley.models import Actor, Article, CodedArticle, Event
from parley.settings import Settings
from parley.store import connect
from parley.store.base import Store

LOOPBACK_ENV = {
    "PARLEY_ALLOWED_NETWORKS": "127.0.0.1/32",
    "PARLEY_HOST_DELAY": "0",
    "COLUMNS": "250",
}
ARM = Actor("Armenian forces", None, "ARM", "MIL")
AZE = Actor("an Azerbaijani soldier", None, "AZE", "MIL")
FRA = Actor("France", None, "FRA", "GOV")

RULES = """\
- name: border incidents
  type: [ASSAULT, COERCE]
  dyad: [AZE, ARM]
  certainty: reported
  min_sources: 2
  action: print
"""


def coded(
    art_id: str,
    outlet: str | None,
    *events: tuple[str, Actor, Actor | None, str],
    day: date = date(2024, 3, 1),
    url: str | None = None,
    negated: bool = False,
) -> CodedArticle:
    """An article with one event per (type, source, target, certainty)."""
    text = "Armenian forces detained an Azerbaijani soldier."
    article = Article(id=art_id, text=text, date=day, outlet=outlet, url=url)
    evs = tuple(
        Event(
            event_id=f"{art_id}-{n}",
            article_id=art_id,
            sentence=text,
            sentence_index=0,
            span=(0, len(text)),
            type=type_,
            source=src,
            target=tgt,
            certainty=cert,
            negated=negated,
        )
        for n, (type_, src, tgt, cert) in enumerate(events)
    )
    return CodedArticle(article, (), evs)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with connect(tmp_path / "alerts.db") as opened:
        yield opened


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as srv:
        yield srv


def write(tmp_path: Path, text: str, name: str = "rules.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


# -- validation ---------------------------------------------------------------------------


def test_alerts_rules_file_is_read_into_rules(tmp_path):
    (rule,) = load_rules(write(tmp_path, RULES))
    assert rule == Rule(
        name="border incidents",
        types=frozenset({"ASSAULT", "COERCE"}),
        dyad=("ARM", "AZE"),
        certainties=frozenset({"asserted", "reported"}),
        min_sources=2,
        action="print",
    )


def test_alerts_certainty_list_means_exactly_those():
    (rule,) = parse_rules([{"name": "r", "certainty": ["claimed", "Alleged"]}])
    assert rule.certainties == {"claimed", "alleged"}
    (rule,) = parse_rules([{"name": "r", "certainty": {"min": "claimed"}}])
    assert rule.certainties == {"asserted", "reported", "claimed"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- type: ASSAULT\n", r"rules.yaml: rule 1: 'name' is required"),
        ("- name: a\n  type: BOMBING\n", r"rule 1 \('a'\): type 'BOMBING' is not a PLOVER type"),
        ("- name: a\n  dyad: [ARM]\n", r"rule 1 \('a'\): 'dyad' must be two ISO 3166-1 alpha-3"),
        ("- name: a\n  dyad: [ARM, Azerbaijan]\n", r"'dyad' must be two ISO"),
        ("- name: a\n  certainty: sure\n", r"rule 1 \('a'\): certainty 'sure' is unknown"),
        ("- name: a\n  min_sources: 0\n", r"'min_sources' must be a whole number of at least 1"),
        ("- name: a\n  min_sources: true\n", r"'min_sources' must be a whole number"),
        ("- name: a\n  action: email\n", r"'action' must be print or a webhook http\(s\) URL"),
        ("- name: a\n  action: file:///tmp/x\n", r"'action' must be print or a webhook"),
        ("- name: a\n  colour: red\n", r"unknown key\(s\) colour"),
        ("- name: a\n- name: b\n- name: a\n", r"rule 3: the name 'a' is used twice"),
        ("name: a\n", r"rules.yaml: expected a YAML list of rules"),
        ("", r"rules.yaml: expected a YAML list of rules .* got nothing"),
        ("- name: a\n  type: [ASSAULT\n", r"rules.yaml: not valid YAML \(line \d+\)"),
        ("- just a string\n", r"rule 1: expected a mapping with a name, got a string"),
    ],
)
def test_alerts_invalid_rules_name_the_file_and_rule(tmp_path, text, message):
    with pytest.raises(ConfigError, match=message) as err:
        load_rules(write(tmp_path, text))
    assert str(err.value).startswith(str(tmp_path / "rules.yaml"))


YAMLISH = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 5)
    | st.text(max_size=12)
    | st.sampled_from(["ASSAULT", "ARM", "AZE", "reported", "print", "http://h.example/x"]),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "name",
                    "type",
                    "dyad",
                    "certainty",
                    "min_sources",
                    "window_days",
                    "action",
                    "min",
                    "rules",
                    "x",
                ]
            ),
            inner,
            max_size=6,
        )
    ),
    max_leaves=20,
)


@hsettings(max_examples=400, deadline=None)
@given(YAMLISH)
def test_alerts_property_any_yaml_data_gives_rules_or_a_config_error(data: Any):
    try:
        rules = parse_rules(data, "r.yaml")
    except ConfigError as exc:
        assert str(exc).startswith("r.yaml")
    else:
        assert rules and all(r.name and r.min_sources >= 1 for r in rules)
        assert len({r.name for r in rules}) == len(rules)


@hsettings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_alerts_property_any_text_file_gives_rules_or_a_config_error(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("r") / "r.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        load_rules(path)
    except ConfigError as exc:
        assert str(path) in str(exc)


# -- matching and sources -------------------------------------------------------------------


def test_alerts_dyad_is_unordered_and_negated_events_never_match():
    (rule,) = parse_rules([{"name": "r", "dyad": ["aze", "ARM"]}])
    forward = coded("a", None, ("COERCE", ARM, AZE, "asserted")).events[0]
    backward = coded("b", None, ("COERCE", AZE, ARM, "asserted")).events[0]
    other = coded("c", None, ("COERCE", ARM, FRA, "asserted")).events[0]
    negated = coded("d", None, ("COERCE", ARM, AZE, "asserted"), negated=True).events[0]
    assert rule.matches(forward) and rule.matches(backward)
    assert not rule.matches(other) and not rule.matches(negated)


def test_alerts_fire_only_with_enough_distinct_sources(store, tmp_path):
    rules = load_rules(write(tmp_path, RULES))
    first = coded("a1", "Wire One", ("COERCE", ARM, AZE, "asserted"))
    same_outlet = coded("a2", "wire one", ("ASSAULT", AZE, ARM, "reported"))
    for item in (first, same_outlet):
        store.save(item)
    assert evaluate(rules, store, [*first.events, *same_outlet.events]) == []
    other = coded("a3", None, ("COERCE", ARM, AZE, "reported"), url="https://www.news.example/x")
    store.save(other)
    (alert,) = evaluate(rules, store, other.events)
    assert alert.sources == ("news.example", "wire one")
    assert [e.event_id for e in alert.events] == ["a3-0"]


def test_alerts_events_outside_the_window_or_too_uncertain_do_not_count(store, tmp_path):
    rules = load_rules(write(tmp_path, RULES))
    old = coded("old", "Old Wire", ("COERCE", ARM, AZE, "asserted"), day=date(2024, 1, 1))
    claimed = coded("cl", "Claims Daily", ("COERCE", ARM, AZE, "claimed"))
    new = coded("new", "New Wire", ("COERCE", ARM, AZE, "asserted"))
    for item in (old, claimed, new):
        store.save(item)
    assert evaluate(rules, store, new.events) == []


def test_alerts_check_uses_events_since_a_date(store, tmp_path):
    (rule,) = parse_rules([{"name": "any coerce", "type": "COERCE"}])
    store.save(coded("a1", "W", ("COERCE", ARM, AZE, "asserted"), day=date(2024, 3, 1)))
    store.save(coded("a2", "W", ("COERCE", ARM, AZE, "asserted"), day=date(2024, 5, 1)))
    (alert,) = check([rule], store, since=date(2024, 4, 1))
    assert [e.article_id for e in alert.events] == ["a2"]
    assert check([rule], store, since=date(2024, 6, 1)) == []


# -- actions: print (CLI) and webhooks (local server) -------------------------------------------


runner = CliRunner()


def test_alerts_check_cli_prints_alerts_as_json(store, tmp_path):
    store.save(coded("a1", "Wire One", ("COERCE", ARM, AZE, "asserted")))
    store.save(coded("a2", "Wire Two", ("ASSAULT", AZE, ARM, "reported")))
    rules = write(tmp_path, RULES)
    db = str(tmp_path / "alerts.db")
    result = runner.invoke(app, ["alerts", "check", str(rules), "--db", db])
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.splitlines()
    payload = json.loads(line)
    assert payload["alert"] == "border incidents" and payload["n_sources"] == 2
    assert payload["sources"] == ["wire one", "wire two"]
    assert {e["type"] for e in payload["events"]} == {"COERCE", "ASSAULT"}
    assert payload["rule"]["dyad"] == ["ARM", "AZE"]
    assert "1 of 1 rule(s) fired" in result.stderr


def test_alerts_check_cli_bad_rules_is_a_usage_error(tmp_path):
    rules = write(tmp_path, "- name: x\n  dyad: ARM\n")
    result = runner.invoke(app, ["alerts", "check", str(rules), "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 2
    assert "rules.yaml: rule 1 ('x'): 'dyad' must be two ISO" in result.stderr


def test_alerts_webhook_gets_the_alert_json(store, server, tmp_path):
    server.add("/hook", "", "text/plain", status=204)
    (rule,) = parse_rules([{"name": "hook", "type": "COERCE", "action": server.url("/hook")}])
    item = coded("a1", "Wire", ("COERCE", ARM, AZE, "asserted"))
    store.save(item)
    alerts = evaluate([rule], store, item.events)
    settings = Settings(allowed_networks="127.0.0.1/32", host_delay=0)
    assert deliver_all(alerts, settings) == []
    (posted,) = server.requests("/hook")
    assert posted.method == "POST" and posted.headers["content-type"] == "application/json"
    payload = json.loads(posted.body)
    assert payload["alert"] == "hook" and payload["n_events"] == 1
    assert payload["events"][0]["source"]["country"] == "ARM"
    assert payload["rule"]["action"] == "webhook"  # the URL itself is not echoed


def test_alerts_webhook_to_loopback_is_refused_by_default(store, server, tmp_path):
    (rule,) = parse_rules([{"name": "hook", "action": server.url("/hook")}])
    item = coded("a1", "Wire", ("COERCE", ARM, AZE, "asserted"))
    store.save(item)
    alerts = evaluate([rule], store, item.events)
    (failure,) = deliver_all(alerts, Settings(host_delay=0))
    assert failure.source == "alert 'hook'" and "127.0.0.1 is a loopback address" in failure.reason
    assert server.seen == []


def test_alerts_check_cli_webhook_failure_exits_1(store, server, tmp_path):
    server.add("/hook", "nope", "text/plain", status=500)
    store.save(coded("a1", "Wire", ("COERCE", ARM, AZE, "asserted")))
    rules = write(tmp_path, f"- name: hook\n  action: {server.url('/hook')}\n")
    env = {**LOOPBACK_ENV, "PARLEY_FETCH_RETRIES": "0"}
    result = runner.invoke(
        app, ["alerts", "check", str(rules), "--db", str(tmp_path / "alerts.db")], env=env
    )
    assert result.exit_code == 1
    assert f"alert 'hook': webhook {server.url('/hook')} not reached: HTTP 500" in result.stderr


PAGE = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Soldier detained</title>'
    '<meta property="article:published_time" content="2024-03-01T09:00:00+00:00">'
    '<meta property="og:site_name" content="Border Wire"></head><body><main><article>'
    "<h1>Soldier detained</h1><p>Armenian forces detained an Azerbaijani soldier near the "
    "border village of Khnatsakh on Tuesday, officials in Yerevan said in a statement.</p>"
    "<p>The soldier was taken to a military base for questioning, the statement added, and "
    "an investigation into the incident has begun.</p></article></main></body></html>"
)


def test_alerts_watch_posts_new_matching_events_to_the_webhook(store, server, pipeline):
    got: list[dict[str, Any]] = []

    def hook(seen: Seen) -> Answer:
        got.append(json.loads(seen.body))
        return Answer(200, b"ok", {"Content-Type": "text/plain"})

    server.add_handler("/hook", hook)
    server.add("/a/1", PAGE)
    rss = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>'
        f"<item><title>x</title><link>{server.url('/a/1')}</link></item></channel></rss>"
    )
    server.add("/feed.xml", rss, "application/rss+xml")
    rules = parse_rules(
        yaml.safe_load(
            "- name: detentions\n  type: COERCE\n  dyad: [ARM, AZE]\n"
            f"  action: {server.url('/hook')}\n"
        )
    )
    settings = Settings(allowed_networks="127.0.0.1/32", host_delay=0)
    with Fetcher(settings) as fetcher:
        poll = poll_feeds(
            [server.url("/feed.xml")],
            store,
            settings,
            fetcher=fetcher,
            pipeline=pipeline,
            rules=rules,
        )
        assert poll.ok and len(poll.alerts) == 1
        again = poll_feeds(
            [server.url("/feed.xml")],
            store,
            settings,
            fetcher=fetcher,
            pipeline=pipeline,
            rules=rules,
        )
    assert again.alerts == []  # nothing new stored: nothing fires
    (payload,) = got
    assert payload["alert"] == "detentions" and payload["sources"] == ["border wire"]
    assert payload["events"][0]["type"] == "COERCE"


def test_alerts_watch_cli_prints_alerts_on_stdout(server, tmp_path, pipeline):
    server.add("/a/1", PAGE)
    rss = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>'
        f"<item><title>x</title><link>{server.url('/a/1')}</link></item></channel></rss>"
    )
    server.add("/feed.xml", rss, "application/rss+xml")
    feeds = write(tmp_path, server.url("/feed.xml") + "\n", "feeds.txt")
    rules = write(tmp_path, "- name: detentions\n  type: COERCE\n  dyad: [ARM, AZE]\n")
    result = runner.invoke(
        app,
        ["watch", str(feeds), "--once", "--alerts", str(rules), "--db", str(tmp_path / "w.db")],
        env=LOOPBACK_ENV,
    )
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.splitlines()
    assert json.loads(line)["alert"] == "detentions"
    assert "1 new" in result.stderr
