"""Numbered schema migrations, recorded in the ``schema_migrations`` table.

Every change to the schema is a new :class:`Migration` appended to
``MIGRATIONS`` (version = previous + 1) together with the matching change in
:mod:`parley.store.schema`, which always describes the newest schema.

``migrate(engine)`` brings a database up to date:

- a fresh database (no parley tables) gets the newest schema straight from
  ``schema.py`` and every migration is recorded as applied, in one
  transaction (what Alembic calls "create_all + stamp head");
- an existing database gets each pending migration applied in order, each in
  its own transaction together with its ``schema_migrations`` row;
- a database recorded at a version newer than this code knows is refused
  with :class:`~parley.errors.StoreError` rather than misread.

Migration functions receive a SQLAlchemy ``Connection`` inside a transaction
and must use portable SQLAlchemy constructs (they run on SQLite and
PostgreSQL).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa

from parley.errors import StoreError
from parley.store import schema


@dataclass(frozen=True)
class Migration:
    """One schema change: its version number, a short name, and the change."""

    version: int
    name: str
    apply: Callable[[sa.Connection], None]


def _create_schema(conn: sa.Connection) -> None:
    tables = [schema.articles, schema.sentences, schema.events]  # version 1's tables
    schema.metadata.create_all(conn, tables=tables)


def _add_feed_state(conn: sa.Connection) -> None:
    schema.feed_state.create(conn, checkfirst=True)
    schema.ix_articles_url.create(conn, checkfirst=True)


def _add_stories_and_processes(conn: sa.Connection) -> None:
    tables = [schema.stories, schema.story_events, schema.processes]
    schema.metadata.create_all(conn, tables=tables)


#: Migration 4: single-column event indexes replaced by ones that also give the listing order.
_OLD_EVENT_INDEXES = (
    "ix_events_type",
    "ix_events_effective_date",
    "ix_events_certainty",
    "ix_events_source_country",
    "ix_events_target_country",
)


def _index_events_for_listings(conn: sa.Connection) -> None:
    existing = {ix["name"] for ix in sa.inspect(conn).get_indexes(schema.events.name)}
    for name in _OLD_EVENT_INDEXES:
        if name in existing:
            conn.execute(sa.schema.DropIndex(sa.Index(name)))
    for index in schema.events.indexes:
        if index.name not in existing:
            index.create(conn)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "create articles, sentences and events", _create_schema),
    Migration(2, "add feed_state and an index on articles.url", _add_feed_state),
    Migration(3, "add stories, story_events and processes", _add_stories_and_processes),
    Migration(4, "index events in listing order; actor ids", _index_events_for_listings),
)

#: The schema version this code writes and understands.
LATEST_VERSION = MIGRATIONS[-1].version

#: Execution option honoured by backends that can take the write lock when a
#: transaction begins (SQLite ``BEGIN IMMEDIATE``); ignored by the others.
WRITE_TRANSACTION = {"parley_write": True}


def applied_versions(conn: sa.Connection) -> list[int]:
    """Versions recorded in ``schema_migrations`` (empty if the table is absent)."""
    if not sa.inspect(conn).has_table(schema.schema_migrations.name):
        return []
    table = schema.schema_migrations
    return list(conn.scalars(sa.select(table.c.version).order_by(table.c.version)))


def migrate(engine: sa.Engine, *, where: str | None = None) -> list[int]:
    """Apply pending migrations; return the versions applied by this call.

    ``where`` names the database in error messages (defaults to the URL
    without password).
    """
    where = where or engine.url.render_as_string(hide_password=True)
    applied: list[int] = []
    while True:
        with engine.connect() as conn, conn.execution_options(**WRITE_TRANSACTION).begin():
            done = applied_versions(conn)
            _check_not_newer(done, where)
            if not done:
                _check_fresh(conn, where)
                _baseline(conn)
                return [m.version for m in MIGRATIONS]
            pending = [m for m in MIGRATIONS if m.version not in done]
            if not pending:
                return applied
            _apply(conn, pending[0])
            applied.append(pending[0].version)


def _check_not_newer(done: list[int], where: str) -> None:
    if done and done[-1] > LATEST_VERSION:
        raise StoreError(
            f"{where} has schema version {done[-1]}, but this version of parley only "
            f"knows versions up to {LATEST_VERSION}; upgrade parley to open it"
        )


def _check_fresh(conn: sa.Connection, where: str) -> None:
    existing = set(sa.inspect(conn).get_table_names())
    clash = sorted(existing & {t.name for t in schema.PARLEY_TABLES})
    if clash:
        raise StoreError(
            f"{where} is not a parley database: it has table(s) {', '.join(clash)} but no "
            "schema_migrations record; use a new file or database"
        )


def _baseline(conn: sa.Connection) -> None:
    schema.metadata.create_all(conn)
    now = datetime.now(UTC)
    conn.execute(
        sa.insert(schema.schema_migrations),
        [{"version": m.version, "name": m.name, "applied_at": now} for m in MIGRATIONS],
    )


def _apply(conn: sa.Connection, migration: Migration) -> None:
    migration.apply(conn)
    conn.execute(
        sa.insert(schema.schema_migrations).values(
            version=migration.version, name=migration.name, applied_at=datetime.now(UTC)
        )
    )
