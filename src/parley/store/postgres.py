"""The PostgreSQL backend, for teams: ``connect("postgresql://user:pw@host:5432/parley")``.

All SQL lives in :class:`~parley.store.sql.SQLStore`; this subclass:

- talks to the server through psycopg 3 (SQLAlchemy's ``postgresql+psycopg``
  dialect), whichever way the URL is spelt (``postgresql://``,
  ``postgres://``, ``postgresql+psycopg://``);
- holds a PostgreSQL advisory lock while it migrates, so processes that open
  a new database at the same moment do not both create the schema (the
  second waits, then finds it done);
- inserts the article row with ``INSERT ... ON CONFLICT (id) DO NOTHING``:
  when two writers store the same article at once, the second waits for the
  first to commit and then stores nothing (no error, nothing logged by the
  server), which is what ``Store.save`` promises;
- turns connection problems into one-line :class:`StoreError` messages that
  name the server (never the password) and say what to check.

The database itself must exist (``createdb parley``); parley creates its
tables in it on first use.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as pg_insert

from parley.errors import StoreError
from parley.models import Article
from parley.store.schema import articles
from parley.store.sql import SQLStore, _article_row

#: Key of the session advisory lock held while migrating ("parley" in ASCII).
MIGRATION_LOCK = 0x7061_726C_6579

#: The only driver parley uses for PostgreSQL.
DRIVER = "postgresql+psycopg"

_INSERT_NEW_ARTICLE = (
    pg_insert(articles)
    .on_conflict_do_nothing(index_elements=[articles.c.id])
    .returning(articles.c.id)
)


def engine_url(url: str | sa.URL) -> sa.URL:
    """The SQLAlchemy URL (psycopg 3 driver) for a PostgreSQL URL a user wrote.

    Raises :class:`StoreError` for a malformed URL, another driver or a URL
    without a database name.
    """
    try:
        parsed = sa.make_url(url)
    except sa.exc.ArgumentError as exc:
        raise StoreError(f"malformed PostgreSQL URL: {exc}") from exc
    shown = parsed.render_as_string(hide_password=True)
    backend, _, driver = parsed.drivername.partition("+")
    if backend not in ("postgresql", "postgres"):
        raise StoreError(f"{shown} is not a PostgreSQL URL; write postgresql://user@host/db")
    if driver not in ("", "psycopg"):
        raise StoreError(
            f"{shown} asks for the {driver} driver; parley uses psycopg 3: write "
            "postgresql://user:password@host:5432/dbname"
        )
    if not parsed.database:
        raise StoreError(
            f"{shown} names no database; write postgresql://user@host:5432/dbname "
            "(create it first with createdb dbname)"
        )
    return parsed.set(drivername=DRIVER)


class PostgresStore(SQLStore):
    """A parley store in a PostgreSQL database (which must exist).

    Raises :class:`StoreError` if the server cannot be reached, the database
    does not exist, or it holds tables that are not parley's.
    """

    def __init__(self, url: str | sa.URL) -> None:
        self.url = engine_url(url)
        shown = self.url.set(drivername="postgresql").render_as_string(hide_password=True)
        try:
            engine = sa.create_engine(
                self.url,
                pool_pre_ping=True,
                connect_args={"connect_timeout": 10, "application_name": "parley"},
            )
        except ModuleNotFoundError as exc:
            raise StoreError(
                f"cannot open {shown}: the PostgreSQL driver is not installed; "
                "pip install 'psycopg[binary]'"
            ) from exc
        super().__init__(engine, name=shown)

    # -- hooks --------------------------------------------------------------

    def _migrate(self) -> None:
        """Migrate while holding the advisory lock, so concurrent openers take turns."""
        with self._engine.connect() as conn:
            conn.execute(sa.select(sa.func.pg_advisory_lock(MIGRATION_LOCK)))
            try:
                super()._migrate()
            finally:
                conn.execute(sa.select(sa.func.pg_advisory_unlock(MIGRATION_LOCK)))
                conn.commit()

    def _insert_article(
        self, conn: sa.Connection, tx: sa.RootTransaction, article: Article
    ) -> bool:
        if conn.execute(_INSERT_NEW_ARTICLE, _article_row(article)).first() is not None:
            return True
        tx.rollback()
        return False

    # -- errors -------------------------------------------------------------

    def _translate(self, exc: sa.exc.SQLAlchemyError, action: str) -> StoreError:
        reason = _one_line(getattr(exc, "orig", None) or exc)
        if isinstance(exc, sa.exc.OperationalError | sa.exc.InterfaceError):
            if "does not exist" in reason and "database" in reason:
                name = self.url.database
                return StoreError(
                    f"{action} failed: database {name!r} does not exist on {self.name}; "
                    f"create it first (createdb {name}, or CREATE DATABASE {name})"
                )
            if "connect" in reason or "authentication" in reason:
                return StoreError(
                    f"cannot connect to PostgreSQL at {self.name}: {reason}; check that the "
                    "server is running and the URL's host, port, user and password"
                )
        return StoreError(f"{action} failed on {self.name}: {reason}")


def _one_line(error: Any) -> str:
    """psycopg messages span several lines (``DETAIL``, hints): join them."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return "; ".join(lines) or type(error).__name__
