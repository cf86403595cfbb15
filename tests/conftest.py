"""Shared fixtures: the spaCy-backed pipeline is built once per test session."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any
from uuid import uuid4

import pytest

from parley.models import Event
from parley.pipeline import Pipeline
from parley.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings()


@pytest.fixture(scope="session")
def pipeline(settings: Settings) -> Pipeline:
    """The real pipeline (spaCy model, dictionary, lexicon, gazetteer), loaded once."""
    pipe = Pipeline(settings)
    _ = pipe.coder
    return pipe


@pytest.fixture(scope="session")
def code(pipeline: Pipeline) -> Callable[..., list[Event]]:
    """Code a text written for the test: ``code(text, "2024-03-01")`` -> events."""

    def _code(text: str, pub: str | None = "2024-03-01") -> list[Event]:
        when = date.fromisoformat(pub) if pub else None
        return list(pipeline.code_text(text, when).events)

    return _code


#: A PostgreSQL server on which the tests may create databases (.ci/run starts one).
POSTGRES_URL_ENV = "PARLEY_TEST_POSTGRES_URL"


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test (a postgresql:// URL), dropped after.

    Skipped when PARLEY_TEST_POSTGRES_URL is not set; CI always sets it.
    """
    admin = os.environ.get(POSTGRES_URL_ENV)
    if not admin:
        pytest.skip(
            f"{POSTGRES_URL_ENV} is not set; start a server with "
            '`eval "$(.ci/postgres start /tmp/parley-pg)"` to run the PostgreSQL tests'
        )
    import sqlalchemy as sa

    from parley.store.postgres import engine_url

    url = engine_url(admin)
    name = f"parley_test_{uuid4().hex[:12]}"
    engine = sa.create_engine(url, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield url.set(drivername="postgresql", database=name).render_as_string(hide_password=False)
    finally:
        with engine.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        engine.dispose()


def find(
    events: list[Event],
    type_: str,
    src: str | None = None,
    tgt: str | None = None,
    symmetric: bool = False,
) -> list[Event]:
    """Events of a type whose source/target countries match (None: anything)."""
    out = []
    for e in events:
        if e.type != type_:
            continue
        s = e.source.country if e.source else None
        t = e.target.country if e.target else None
        ok = (src is None or s == src) and (tgt is None or t == tgt)
        if symmetric and not ok:
            ok = (src is None or t == src) and (tgt is None or s == tgt)
        if ok:
            out.append(e)
    return out


def counted(events: list[Event], types: str | tuple[str, ...], src: str, tgt: str | None) -> bool:
    """Whether an event the evaluator counts has one of the types and the countries
    (target None: any target; either way round for the symmetric types)."""
    from parley.evaluate import counts
    from parley.models import SYMMETRIC_TYPES

    wanted = (types,) if isinstance(types, str) else types
    for e in events:
        if not counts(e) or e.type not in wanted:
            continue
        s = e.source.country if e.source else None
        t = e.target.country if e.target else None
        if s == src and (tgt is None or t == tgt):
            return True
        if e.type in SYMMETRIC_TYPES and t == src and (tgt is None or s == tgt):
            return True
    return False


def show(events: list[Event]) -> list[tuple[str, str | None, str | None, str]]:
    """Events as (type, source country, target country, trigger) for assertion messages."""
    return [
        (e.type, e.source and e.source.country, e.target and e.target.country, e.trigger)
        for e in events
    ]


def assert_coded(events: list[Event], type_: str, src: str | None, tgt: str | None) -> None:
    """Assert an event of the type that is neither negated nor speculative, with those
    source and target countries (None: any), listing what was coded if there is none."""
    hits = [
        e
        for e in events
        if e.type == type_
        and not e.negated
        and e.certainty != "speculative"
        and (src is None or (e.source is not None and e.source.country == src))
        and (tgt is None or (e.target is not None and e.target.country == tgt))
    ]
    got = [(e.type, e.source and e.source.country, e.target and e.target.country) for e in events]
    assert hits, f"expected {type_} {src}->{tgt}, got {got}"


# -- phrasebooks: records of (text, [(types, source, target[, "opt"]), ...], pub date) ----


def strict_xfail(reason: str) -> pytest.MarkDecorator:
    """A phrasebook record that still fails, with its cause (a pass is reported)."""
    return pytest.mark.xfail(strict=True, reason=reason)


def case_text(case: object) -> str:
    """The sentence of a phrasebook record, plain or wrapped in ``pytest.param``."""
    return case.values[0] if hasattr(case, "values") else case[0]  # type: ignore[index,attr-defined]


def _phrasebook_match(
    event: Event, types: str | tuple[str, ...], src: str, tgt: str | None
) -> bool:
    """Whether a coded event has one of the types and the countries (target None: any;
    either way round for the symmetric types)."""
    from parley.models import SYMMETRIC_TYPES

    wanted = (types,) if isinstance(types, str) else types
    if event.type not in wanted:
        return False
    s = event.source.country if event.source else None
    t = event.target.country if event.target else None
    if s == src and (tgt is None or t == tgt):
        return True
    return event.type in SYMMETRIC_TYPES and t == src and (tgt is None or s == tgt)


def phrasebook_problems(events: list[Event], expected: list[tuple]) -> list[str]:
    """What keeps a phrasebook record from passing: expected events not coded, and
    countable events that match no expected (or optional) event."""
    from parley.evaluate import countable

    got = countable(events)
    missing = [
        f"missing {spec[:3]}"
        for spec in expected
        if len(spec) == 3 and not any(_phrasebook_match(e, *spec[:3]) for e in got)
    ]
    extra = [
        f"extra {e.type} {e.source and e.source.country}->{e.target and e.target.country}"
        for e in got
        if not any(_phrasebook_match(e, *spec[:3]) for spec in expected)
    ]
    return missing + extra


class ArticleBook:
    """A whole-article phrasebook (tests/test_breadth_articles*.py): articles
    ``(name, pub date, text, gold events)``, each coded whole once per test session and
    measured per gold event (found?) and per article (anything countable beyond the gold
    and its optional events?). Known failures are strict xfails: ``event_xfails`` keyed
    by (article, index of the gold event), ``article_xfails`` by article."""

    def __init__(
        self,
        articles: list[tuple],
        event_xfails: dict[tuple[str, int], str],
        article_xfails: dict[str, str],
    ) -> None:
        self.articles = {a[0]: a for a in articles}
        self.event_xfails = event_xfails
        self.article_xfails = article_xfails
        self._coded: dict[str, list[Event]] = {}

    def events(self, code: Callable[..., list[Event]], name: str) -> list[Event]:
        if name not in self._coded:
            _, pub, text, _ = self.articles[name]
            self._coded[name] = code(text, pub)
        return self._coded[name]

    def event_params(self) -> list:
        return [
            pytest.param(
                name,
                spec,
                id=f"{name}-{i}-{spec[0]}",
                marks=[strict_xfail(self.event_xfails[(name, i)])]
                if (name, i) in self.event_xfails
                else [],
            )
            for name, _, _, gold in self.articles.values()
            for i, spec in enumerate(gold)
            if len(spec) == 3
        ]

    def article_params(self) -> list:
        return [
            pytest.param(
                name,
                id=name,
                marks=[strict_xfail(self.article_xfails[name])]
                if name in self.article_xfails
                else [],
            )
            for name in self.articles
        ]

    def check_found(self, code: Callable[..., list[Event]], name: str, spec: tuple) -> None:
        from parley.evaluate import countable

        got = countable(self.events(code, name))
        missing = [p for p in phrasebook_problems(got, [spec]) if p.startswith("missing")]
        assert not missing, (missing, show(got))

    def check_no_extra(self, code: Callable[..., list[Event]], name: str) -> None:
        from parley.evaluate import countable

        events = self.events(code, name)
        extra = [
            p for p in phrasebook_problems(events, self.articles[name][3]) if p.startswith("extra")
        ]
        assert not extra, (extra, show(countable(events)))


def with_xfails(cases: list[Any], xfails: dict[str, str]) -> list[Any]:
    """Phrasebook records with the strict xfails of ``xfails`` (keyed by each record's
    opening words) marked on them; every key must mark exactly one record."""
    out: list[Any] = []
    used: list[str] = []
    for case in cases:
        keys = [k for k in xfails if case[0].startswith(k)]
        if keys:
            used.extend(keys)
            out.append(pytest.param(*case, marks=strict_xfail(xfails[keys[0]])))
        else:
            out.append(case)
    assert sorted(used) == sorted(xfails), "an XFAILS key marks no record, or several"
    return out
