"""Tests of the storage layer, run against every backend in ``BACKENDS``."""

from __future__ import annotations

import multiprocessing
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier
from pathlib import Path
from typing import Any
from uuid import uuid4

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parley.errors import StoreError
from parley.export import FLAT_COLUMNS
from parley.models import (
    CERTAINTIES,
    EVENT_TYPES,
    Actor,
    Article,
    CodedArticle,
    Event,
    EventQuery,
    Location,
    Sentence,
)
from parley.settings import Settings
from parley.store import SQLStore, Store, connect
from parley.store.migrations import LATEST_VERSION, migrate
from parley.store.schema import schema_migrations

# -- backends ----------------------------------------------------------------


@pytest.fixture
def sqlite_db(tmp_path: Path) -> str:
    return str(tmp_path / "parley.db")


#: Backend name -> the fixture giving a fresh, empty database for ``connect``
#: (a fixture that skips when its backend is not configured, e.g. no server;
#: ``postgres_url`` is in conftest.py). Adding a backend is one line here.
BACKENDS: dict[str, str] = {
    "sqlite": "sqlite_db",
    "postgresql": "postgres_url",
}


@pytest.fixture(params=sorted(BACKENDS))
def db(request: pytest.FixtureRequest) -> str:
    """A fresh database locator for one backend."""
    locator: str = request.getfixturevalue(BACKENDS[request.param])
    return locator


@pytest.fixture
def store(db: str) -> Iterator[Store]:
    with connect(db) as opened:
        yield opened


def _engine(store: Store) -> sa.Engine:
    assert isinstance(store, SQLStore)
    return store.engine


# -- building coded articles -------------------------------------------------

ARM_FM = Actor("Armenian foreign minister", "Ararat Mirzoyan", "ARM", "GOV", "arm-fm")
AZE_FM = Actor("his Azerbaijani counterpart", "Jeyhun Bayramov", "AZE", "GOV", "aze-fm")


def make_event(article_id: str, n: int, **fields: Any) -> Event:
    """A CONSULT event between the two ministers; ``fields`` override anything."""
    base = Event(
        event_id=f"{article_id}-e{n:02d}",
        article_id=article_id,
        sentence="The two ministers held talks in Berlin.",
        sentence_index=0,
        span=(10 * n, 10 * n + 5),
        type="CONSULT",
        source=ARM_FM,
        target=AZE_FM,
    )
    return replace(base, **fields)


def make_coded(
    article_id: str = "art1",
    *,
    day: date | None = date(2024, 2, 28),
    events: tuple[Event, ...] | None = None,
    n_events: int = 2,
    **article_fields: Any,
) -> CodedArticle:
    """An article of two sentences with ``events`` (default: ``n_events`` talks)."""
    text = "The two ministers held talks in Berlin. Casualties were reported."
    article = Article(id=article_id, text=text, date=day, **article_fields)
    sentences = (
        Sentence(0, 0, 39, text[0:39]),
        Sentence(1, 40, len(text), text[40:], opinion=True),
    )
    if events is None:
        events = tuple(make_event(article_id, n) for n in range(n_events))
    return CodedArticle(article=article, sentences=sentences, events=events)


def full_event(article_id: str) -> Event:
    """An event with every field set to a non-default value."""
    return Event(
        event_id=f"{article_id}-full",
        article_id=article_id,
        sentence="Armenian forces detained an Azerbaijani soldier, journalists claimed.",
        sentence_index=1,
        span=(40, 108),
        type="COERCE",
        mode="arrest",
        contexts=("military", "border"),
        source=Actor("Armenian forces", "Armed Forces of Armenia", "ARM", "MIL", "arm-mil"),
        target=Actor("an Azerbaijani soldier", None, "AZE", "MIL", None),
        date=date(2024, 2, 27),
        date_end=date(2024, 2, 29),
        location=Location("Berlin", "DEU", 52.52437, 13.41053, 2950159),
        certainty="claimed",
        attributed_to=Actor("Armenian journalists", None, "ARM", "MED", None),
        negated=True,
        intensity=-4.5,
        trigger="detained",
        cameo="173",
    )


def ids(events: Any) -> set[str]:
    return {e.event_id for e in events}


# -- save and read back --------------------------------------------------------


def test_store_round_trip_preserves_every_field(store: Store) -> None:
    minimal = Event("art1-min", "art1", "Talks.", 0, (0, 6), "CONSULT", certainty="asserted")
    coded = make_coded(
        "art1",
        events=(full_event("art1"), minimal),
        title="Talks in Berlin",
        url="https://example.org/a",
        outlet="Example News",
        origin="feeds/example.xml",
    )
    assert store.save(coded) is True

    got = store.get_article("art1")
    assert got is not None
    assert got.article == coded.article
    assert got.sentences == coded.sentences
    assert [e.to_dict() for e in got.events] == [minimal.to_dict(), full_event("art1").to_dict()]
    assert got.events == (minimal, full_event("art1"))


def test_store_get_article_unknown_id_returns_none(store: Store) -> None:
    assert store.get_article("nope") is None


def test_store_save_twice_returns_false_and_changes_nothing(store: Store) -> None:
    assert store.save(make_coded("art1", n_events=2)) is True
    again = make_coded("art1", n_events=5, title="a different version")
    assert store.save(again) is False
    assert (store.count_articles(), store.count_events()) == (1, 2)
    got = store.get_article("art1")
    assert got is not None and got.article.title is None


def test_store_failed_save_leaves_nothing(store: Store) -> None:
    twin = make_event("art1", 1)
    coded = make_coded("art1", events=(twin, replace(twin, span=(90, 95))))  # same event_id
    with pytest.raises(StoreError, match="art1"):
        store.save(coded)
    assert not store.has_article("art1")
    assert store.summary().n_sentences == 0
    assert store.count_events() == 0


def test_store_event_id_clash_keeps_the_first_article(store: Store) -> None:
    store.save(make_coded("art1"))
    clash = make_coded("art2", events=(replace(make_event("art2", 0), event_id="art1-e00"),))
    with pytest.raises(StoreError, match="art2"):
        store.save(clash)
    assert store.known_ids(["art1", "art2"]) == {"art1"}
    assert ids(store.events()) == {"art1-e00", "art1-e01"}


def test_store_crash_mid_transaction_leaves_nothing(store: Store) -> None:
    engine = _engine(store)

    def fail_on_events(_c: Any, _cur: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO EVENTS"):
            raise RuntimeError("simulated crash")

    sa.event.listen(engine, "before_cursor_execute", fail_on_events)
    try:
        with pytest.raises(RuntimeError, match="simulated crash"):
            store.save(make_coded("art1"))
    finally:
        sa.event.remove(engine, "before_cursor_execute", fail_on_events)
    assert not store.has_article("art1")
    assert store.summary().n_sentences == 0
    assert store.save(make_coded("art1")) is True  # the id is free again


def test_store_known_ids_checks_in_bulk(store: Store) -> None:
    for n in range(3):
        store.save(make_coded(f"art{n}", n_events=0))
    asked = [f"art{n}" for n in range(1200)] + ["art1"]
    assert store.known_ids(asked) == {"art0", "art1", "art2"}
    assert store.known_ids([]) == set()
    assert store.has_article("art2") and not store.has_article("art3")


# -- queries -----------------------------------------------------------------


@pytest.fixture
def sample(store: Store) -> Store:
    """Three articles with five events that each filter can tell apart."""
    a1 = make_coded(
        "a1",
        day=date(2024, 2, 28),
        events=(
            make_event("a1", 1, date=date(2024, 2, 28)),
            make_event(
                "a1",
                2,
                type="ASSAULT",
                source=Actor("Azerbaijani troops", None, "AZE", "MIL"),
                target=Actor("the Armenian forces", None, "ARM", "MIL"),
                sentence="Azerbaijani troops shelled Armenian positions.",
                certainty="alleged",
            ),
        ),
    )
    a2 = make_coded(
        "a2",
        day=date(2024, 3, 5),
        events=(
            make_event(
                "a2",
                3,
                type="COOPERATE",
                mode="military",
                date=date(2024, 3, 4),
                target=Actor("France", "France", "FRA", "GOV"),
                certainty="reported",
                sentence="Arms purchases from France rose by 100% this year.",
            ),
            make_event(
                "a2", 4, type="ASSAULT", negated=True, target=None, sentence="No shots were fired."
            ),
        ),
    )
    a3 = make_coded(
        "a3",
        day=None,
        events=(
            make_event(
                "a3",
                5,
                type="ACCUSE",
                source=Actor("Ömer Çelik", "Ömer Çelik", "TUR"),
                target=None,
                sentence="Çelik blamed the mediators.",
            ),
        ),
    )
    for coded in (a1, a2, a3):
        assert store.save(coded)
    return store


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (EventQuery(), {"a1-e01", "a1-e02", "a2-e03", "a2-e04", "a3-e05"}),
        (EventQuery(type="ASSAULT"), {"a1-e02", "a2-e04"}),
        (EventQuery(mode="military"), {"a2-e03"}),
        (EventQuery(country="AZE"), {"a1-e01", "a1-e02"}),
        (EventQuery(country="FRA"), {"a2-e03"}),
        (EventQuery(actor="mirzoyan"), {"a1-e01", "a2-e03", "a2-e04"}),
        (EventQuery(actor="ARMENIAN FORCES"), {"a1-e02"}),
        (EventQuery(actor="ömer"), {"a3-e05"}),
        (EventQuery(since=date(2024, 3, 1)), {"a2-e03", "a2-e04"}),
        (EventQuery(until=date(2024, 2, 28)), {"a1-e01", "a1-e02"}),
        (EventQuery(since=date(2024, 3, 4), until=date(2024, 3, 4)), {"a2-e03"}),
        (EventQuery(certainty="alleged"), {"a1-e02"}),
        (EventQuery(article_id="a2"), {"a2-e03", "a2-e04"}),
        (EventQuery(text="BERLIN"), {"a1-e01"}),
        (EventQuery(text="100%"), {"a2-e03"}),
        (EventQuery(text="_"), set()),
        (EventQuery(include_negated=False), {"a1-e01", "a1-e02", "a2-e03", "a3-e05"}),
        (EventQuery(type="ASSAULT", include_negated=False), {"a1-e02"}),
        (EventQuery(type="ASSAULT", country="FRA"), set()),
    ],
)
def test_store_event_filters(sample: Store, query: EventQuery, expected: set[str]) -> None:
    assert ids(sample.events(query)) == expected
    assert sample.count_events(query) == len(expected)
    assert ids(sample.iter_events(query, batch_size=2)) == expected


def test_store_date_filter_falls_back_to_article_date(store: Store) -> None:
    store.save(
        make_coded(
            "a1",
            day=date(2024, 1, 5),
            events=(make_event("a1", 1, date=date(2023, 12, 31)), make_event("a1", 2, date=None)),
        )
    )
    assert ids(store.events(EventQuery(since=date(2024, 1, 1)))) == {"a1-e02"}
    assert ids(store.events(EventQuery(until=date(2023, 12, 31)))) == {"a1-e01"}
    assert ids(store.events(EventQuery(since=date(2024, 1, 5), until=date(2024, 1, 5)))) == {
        "a1-e02"
    }


def test_store_events_ordered_by_date_then_article_then_span(sample: Store) -> None:
    order = [e.event_id for e in sample.events()]
    # a1 events fall on 2024-02-28, a2-e03 on 03-04, a2-e04 on 03-05 (article date);
    # a3 has no date at all and comes last
    assert order == ["a1-e01", "a1-e02", "a2-e03", "a2-e04", "a3-e05"]


def test_store_event_pagination(sample: Store) -> None:
    everything = [e.event_id for e in sample.events()]
    pages = [[e.event_id for e in sample.events(limit=2, offset=o)] for o in (0, 2, 4, 6)]
    assert pages == [everything[0:2], everything[2:4], everything[4:5], []]
    assert [e.event_id for e in sample.events(offset=3)] == everything[3:]
    with pytest.raises(ValueError, match="limit"):
        sample.events(limit=-1)


def test_store_articles_newest_first_with_counts(sample: Store) -> None:
    listing = sample.articles()
    assert [a.id for a in listing] == ["a2", "a1", "a3"]  # undated last
    assert [(a.n_sentences, a.n_events) for a in listing] == [(2, 2), (2, 2), (2, 1)]
    assert [a.id for a in sample.articles(limit=1, offset=1)] == ["a1"]
    assert [a.id for a in sample.articles(limit=None, offset=2)] == ["a3"]
    assert sample.count_articles() == 3


def test_store_summary_numbers(sample: Store) -> None:
    summary = sample.summary(top=2)
    assert (summary.n_articles, summary.n_events, summary.n_sentences) == (3, 5, 6)
    assert summary.events_by_type == {"ASSAULT": 2, "ACCUSE": 1, "CONSULT": 1, "COOPERATE": 1}
    assert summary.top_dyads == [("ARM", "AZE", 1), ("ARM", "FRA", 1)]
    assert (summary.first_date, summary.last_date) == (date(2024, 2, 28), date(2024, 3, 5))
    assert summary.to_dict()["top_dyads"][0] == {"source": "ARM", "target": "AZE", "count": 1}


def test_store_summary_of_empty_store(store: Store) -> None:
    summary = store.summary()
    assert (summary.n_articles, summary.events_by_type, summary.top_dyads) == (0, {}, [])
    assert summary.first_date is None


def test_store_results_convert_to_dicts_and_pandas(sample: Store) -> None:
    results = sample.events(EventQuery(article_id="a2"))
    assert results.to_dicts() == [e.to_dict() for e in results]
    assert results[0].event_id == "a2-e03" and len(results) == 2

    frame = results.to_pandas()
    assert list(frame.columns) == list(FLAT_COLUMNS)
    assert frame["event_id"].tolist() == ["a2-e03", "a2-e04"]
    assert frame["date"].dtype.kind == "M"
    assert frame["date"][0].date() == date(2024, 3, 4)
    assert frame["target_country"][0] == "FRA"
    assert frame["negated"].tolist() == [False, True]

    articles = sample.articles().to_pandas()
    assert articles["id"].tolist() == ["a2", "a1", "a3"]
    assert articles["n_events"].tolist() == [2, 2, 1]
    assert articles["date"].dtype.kind == "M"
    assert sample.articles().to_dicts()[0]["date"] == "2024-03-05"

    empty = sample.events(EventQuery(type="AID")).to_pandas()
    assert len(empty) == 0 and list(empty.columns) == list(FLAT_COLUMNS)


# -- migrations and opening ----------------------------------------------------


def _versions(store: Store) -> list[tuple[int, Any]]:
    with _engine(store).connect() as conn:
        table = schema_migrations
        return [tuple(r) for r in conn.execute(sa.select(table.c.version, table.c.applied_at))]


def test_store_migrations_recorded_and_not_reapplied(db: str) -> None:
    with connect(db) as first:
        recorded = _versions(first)
        assert [v for v, _ in recorded] == list(range(1, LATEST_VERSION + 1))
        first.save(make_coded("art1"))
    with connect(db) as again:
        assert _versions(again) == recorded
        assert migrate(_engine(again)) == []
        assert again.count_events() == 2


def test_store_refuses_newer_schema_version(db: str) -> None:
    with connect(db) as store, _engine(store).begin() as conn:
        future = {"version": 99, "name": "from the future", "applied_at": datetime.now(UTC)}
        conn.execute(sa.insert(schema_migrations), future)
    with pytest.raises(StoreError, match=r"schema version 99.*upgrade parley"):
        connect(db)


def test_store_closed_store_raises(store: Store) -> None:
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.count_articles()


def test_store_refuses_non_database_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 10)
    with pytest.raises(StoreError, match=r"notes\.db is not a parley database"):
        connect(path)


def test_store_refuses_foreign_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE events (x INTEGER)")
    with pytest.raises(StoreError, match=r"not a parley database.*events"):
        connect(path)


def test_store_refuses_missing_parent_directory(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "parley.db"
    with pytest.raises(StoreError, match=r"cannot create database at .*missing"):
        connect(target)
    assert not target.parent.exists()


def test_store_connect_accepts_paths_urls_and_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with connect(f"sqlite:///{tmp_path / 'url.db'}") as store:
        store.save(make_coded("art1"))
    with connect(Settings(db=str(tmp_path / "url.db"))) as store:
        assert store.has_article("art1")
    monkeypatch.chdir(tmp_path)
    with connect() as store:
        store.save(make_coded("art1"))
    assert (tmp_path / "parley.db").is_file()
    with connect(":memory:") as store:
        assert store.save(make_coded("art1")) and store.count_events() == 2


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("postgresql://user:secret@127.0.0.1:1/parley", "cannot connect to PostgreSQL at"),
        ("postgresql+psycopg2://user:secret@localhost/parley", "parley uses psycopg 3"),
        ("postgres://user:secret@localhost", "names no database"),
        ("mysql://localhost/parley", "unsupported database URL 'mysql://localhost/parley'"),
    ],
)
def test_store_connect_rejects_other_urls(url: str, message: str) -> None:
    with pytest.raises(StoreError, match=message) as info:
        connect(url)
    assert "secret" not in str(info.value)


def test_store_sqlite_connection_settings(tmp_path: Path) -> None:
    with connect(tmp_path / "p.db") as store, _engine(store).connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000


# -- concurrency -------------------------------------------------------------


def test_store_postgres_first_opens_at_once_migrate_once(postgres_url: str) -> None:
    """Openers of a new PostgreSQL database take turns (advisory lock): the schema
    is created once, every opener works, and the lock is released afterwards."""
    barrier = threading.Barrier(4)
    errors: list[BaseException] = []
    stores: list[Store] = []

    def opener() -> None:
        barrier.wait()
        try:
            stores.append(connect(postgres_url))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=opener) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    try:
        assert [v for v, _ in _versions(stores[0])] == list(range(1, LATEST_VERSION + 1))
        with _engine(stores[0]).connect() as conn:
            held = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
            assert conn.exec_driver_sql(held).scalar() == 0
    finally:
        for opened in stores:
            opened.close()


def test_store_concurrent_threads_store_an_article_once(store: Store) -> None:
    coded = make_coded("art1", n_events=10)
    barrier = threading.Barrier(6)
    outcomes: list[bool] = []

    def worker() -> None:
        barrier.wait()
        outcomes.append(store.save(coded))

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == [False] * 5 + [True]
    assert (store.count_articles(), store.count_events()) == (1, 10)


def _save_all(db: str, start: Barrier, results: Queue[int], backwards: bool) -> None:
    """Process worker: open the (possibly not yet created) store at the same
    moment as its twin, then save the same 200 articles (the twin in the other
    order, so they race over the middle); report how many were new."""
    order = range(199, -1, -1) if backwards else range(200)
    with connect(db) as store:
        start.wait()
        results.put(sum(store.save(make_coded(f"art{n}", n_events=3)) for n in order))


def test_store_concurrent_processes_store_an_article_once(db: str) -> None:
    ctx = multiprocessing.get_context("spawn")
    start, results = ctx.Barrier(2, timeout=60), ctx.Queue()
    workers = [
        ctx.Process(target=_save_all, args=(db, start, results, backwards))
        for backwards in (False, True)
    ]
    for w in workers:
        w.start()
    new = [results.get(timeout=60) for _ in workers]
    for w in workers:
        w.join(timeout=60)
    assert [w.exitcode for w in workers] == [0, 0]
    assert sum(new) == 200
    with connect(db) as store:
        assert (store.count_articles(), store.count_events()) == (200, 600)


# -- property: storing loses nothing ---------------------------------------------

_TEXT = st.text(st.characters(exclude_categories=["Cs", "Cc"]), max_size=20)
_COUNTRY = st.none() | st.from_regex(r"[A-Z]{3}", fullmatch=True)
_ACTOR = st.builds(
    Actor,
    text=_TEXT,
    name=st.none() | _TEXT,
    country=_COUNTRY,
    sector=st.none() | st.sampled_from(["GOV", "MIL", "REB", "CVL", "MED", "IGO"]),
    actor_id=st.none() | _TEXT,
)
_LOCATION = st.builds(
    Location,
    name=_TEXT,
    country=_COUNTRY,
    lat=st.none() | st.floats(-90, 90),
    lon=st.none() | st.floats(-180, 180),
    geonameid=st.none() | st.integers(1, 2**31 - 1),
)
_SPAN = st.tuples(st.integers(0, 10**6), st.integers(0, 500)).map(lambda t: (t[0], t[0] + t[1]))
_DATE = st.none() | st.dates()
_EVENT = st.builds(
    Event,
    event_id=st.just("?"),
    article_id=st.just("?"),
    sentence=_TEXT,
    sentence_index=st.integers(0, 10_000),
    span=_SPAN,
    type=st.sampled_from(EVENT_TYPES),
    mode=st.none() | _TEXT,
    contexts=st.lists(_TEXT, max_size=3).map(tuple),
    source=st.none() | _ACTOR,
    target=st.none() | _ACTOR,
    date=_DATE,
    date_end=_DATE,
    location=st.none() | _LOCATION,
    certainty=st.sampled_from(CERTAINTIES),
    attributed_to=st.none() | _ACTOR,
    negated=st.booleans(),
    intensity=st.none() | st.floats(-10, 10),
    trigger=st.none() | _TEXT,
    cameo=st.none() | st.from_regex(r"[0-9]{2,4}", fullmatch=True),
)
_ARTICLE = st.builds(
    Article,
    id=st.just("?"),
    text=st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00")),
    title=st.none() | _TEXT,
    date=_DATE,
    url=st.none() | _TEXT,
    outlet=st.none() | _TEXT,
    origin=st.none() | _TEXT,
)
_SENTENCES = st.lists(st.tuples(_SPAN, _TEXT, st.booleans()), max_size=4).map(
    lambda items: tuple(Sentence(i, s, e, t, o) for i, ((s, e), t, o) in enumerate(items))
)


# one store serves every example: each example uses fresh, unique ids
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(article=_ARTICLE, sentences=_SENTENCES, drafts=st.lists(_EVENT, max_size=5))
def test_store_round_trip_is_lossless_for_random_events(
    store: Store, article: Article, sentences: tuple[Sentence, ...], drafts: list[Event]
) -> None:
    article_id = uuid4().hex
    events = tuple(
        replace(d, article_id=article_id, event_id=f"{article_id}-{i:03d}")
        for i, d in enumerate(drafts)
    )
    coded = CodedArticle(replace(article, id=article_id), sentences, events)
    assert store.save(coded)

    got = store.get_article(article_id)
    expected = sorted(events, key=lambda e: (e.span, e.event_id))
    assert got is not None
    assert got.article == coded.article and got.sentences == sentences
    assert [e.to_dict() for e in got.events] == [e.to_dict() for e in expected]
    assert list(got.events) == expected


# -- live sources: stored URLs and feed validators (migration 2) -------------------


def test_store_known_urls_are_the_stored_ones(store: Store) -> None:
    store.save(make_coded("art1", url="https://news.example/a/1"))
    store.save(make_coded("art2", url=None))
    wanted = ["https://news.example/a/1", "https://news.example/a/2", "https://news.example/a/1"]
    assert store.known_urls(wanted) == {"https://news.example/a/1"}
    assert store.known_urls([]) == set()


def test_store_feed_state_round_trip_and_update(store: Store) -> None:
    url = "https://news.example/rss.xml"
    assert store.get_feed_state(url) is None
    first = datetime(2024, 3, 1, 10, 0, tzinfo=UTC)
    store.set_feed_state(url, '"v1"', "Fri, 01 Mar 2024 09:00:00 GMT", first)
    state = store.get_feed_state(url)
    assert state is not None and state.etag == '"v1"' and state.checked_at == first
    later = datetime(2024, 3, 1, 10, 15, tzinfo=UTC)
    store.set_feed_state(url, None, None, later)
    state = store.get_feed_state(url)
    assert state is not None and (state.etag, state.last_modified) == (None, None)
    assert state.checked_at == later


def test_store_version_1_database_gets_feed_state(sqlite_db: str) -> None:
    from parley.store import migrations, schema

    engine = sa.create_engine(f"sqlite:///{sqlite_db}")
    with engine.begin() as conn:  # a database as version 1 of parley left it
        schema.schema_migrations.create(conn)
        migrations.MIGRATIONS[0].apply(conn)
        conn.execute(sa.text("DROP INDEX IF EXISTS ix_articles_url"))
        conn.execute(
            sa.insert(schema.schema_migrations),
            {"version": 1, "name": "v1", "applied_at": datetime.now(UTC)},
        )
    engine.dispose()
    with connect(sqlite_db) as store:
        assert 2 in [v for v, _ in _versions(store)]
        store.set_feed_state("https://x.example/f", "e", None, datetime.now(UTC))
        assert store.get_feed_state("https://x.example/f") is not None
        indexes = {ix["name"] for ix in sa.inspect(_engine(store)).get_indexes("articles")}
        assert "ix_articles_url" in indexes


# -- listings, actors and article search (web layer) -------------------------------


def test_store_event_pages_run_on_into_undated_events(sample: Store) -> None:
    every = [e.event_id for e in sample.events()]
    assert every[-1] == "a3-e05"  # undated (no event or article date): last
    for size in (1, 2, 3):
        pages = [sample.events(limit=size, offset=o) for o in range(0, len(every), size)]
        assert [e.event_id for page in pages for e in page] == every
    assert [e.event_id for e in sample.events(limit=5, offset=4)] == ["a3-e05"]
    assert list(sample.events(limit=5, offset=9)) == []
    assert [e.event_id for e in sample.iter_events(batch_size=2)] == every


def test_store_event_filter_by_actor_id(sample: Store) -> None:
    assert ids(sample.events(EventQuery(actor_id="aze-fm"))) == {"a1-e01"}
    assert sample.count_events(EventQuery(actor_id="arm-fm")) == 3


def test_store_actors_counted_from_both_sides(sample: Store) -> None:
    listed = {a.actor_id: a for a in sample.actors()}
    assert set(listed) == {"arm-fm", "aze-fm"}
    arm = listed["arm-fm"]
    assert (arm.n_events, arm.n_as_source, arm.n_as_target) == (3, 3, 0)
    assert arm.name == "Ararat Mirzoyan" and arm.country == "ARM"
    assert (arm.first_date, arm.last_date) == (date(2024, 2, 28), date(2024, 3, 5))
    assert [a.actor_id for a in sample.actors(text="BAYRAM")] == ["aze-fm"]
    assert sample.count_actors(country="AZE") == 1 and sample.actors(limit=1)[0] == arm


def test_store_actor_profile_timeline_and_counterparts(sample: Store) -> None:
    profile = sample.actor_profile("arm-fm")
    assert profile is not None
    assert [(p.day, p.n_events) for p in profile.timeline] == [
        (date(2024, 2, 28), 1),
        (date(2024, 3, 4), 1),
        (date(2024, 3, 5), 1),
    ]
    assert {(c.actor_id, c.name, c.country, c.n_events) for c in profile.counterparts} == {
        ("aze-fm", "Jeyhun Bayramov", "AZE", 1),
        (None, "France", "FRA", 1),
    }
    assert sample.actor_profile("nobody") is None


def test_store_articles_filtered_by_text(store: Store) -> None:
    store.save(make_coded("t1", title="Talks in Almaty"))
    store.save(make_coded("t2", title="Border clash"))
    assert [a.id for a in store.articles(text="almaty")] == ["t1"]
    assert store.count_articles("BERLIN") == 2 and store.count_articles("nowhere") == 0
    assert store.count_articles() == 2


def test_store_count_events_can_stop_early(sample: Store) -> None:
    assert sample.count_events() == 5
    assert sample.count_events(at_most=10) == 5
    assert sample.count_events(at_most=5) == 5
    assert sample.count_events(at_most=2) == 3  # "more than 2"
    assert sample.count_events(EventQuery(type="ASSAULT"), at_most=0) == 1
