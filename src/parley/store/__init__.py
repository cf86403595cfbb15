"""Storage: one interface (:class:`Store`), opened with :func:`connect`.

    connect()                          ./parley.db (the ``db`` setting's default)
    connect("data/parley.db")          a SQLite file; its directory must exist
    connect("sqlite:///data/parley.db")
    connect(":memory:")                a throw-away SQLite database (one thread)
    connect(settings)                  whatever ``settings.db`` says
    connect("postgresql://user@host/db")  a PostgreSQL database (it must exist)

Opening a store applies pending schema migrations (see
:mod:`parley.store.migrations`).
"""

from __future__ import annotations

import os

import sqlalchemy as sa

from parley.errors import StoreError
from parley.settings import Settings
from parley.store.base import Results, Store, StoreSummary
from parley.store.sql import SQLStore
from parley.store.sqlite import MEMORY, SQLiteStore

__all__ = [
    "Results",
    "SQLStore",
    "SQLiteStore",
    "Store",
    "StoreSummary",
    "connect",
]

_POSTGRES_SCHEMES = ("postgresql", "postgres")


def connect(db: str | os.PathLike[str] | Settings | None = None) -> Store:
    """Open (creating if needed) the store named by a path, URL or settings."""
    if db is None:
        db = Settings().db
    elif isinstance(db, Settings):
        db = db.db
    if not isinstance(db, str):
        return SQLiteStore(db)
    if "://" not in db:
        return SQLiteStore(db)
    return _connect_url(db)


def _connect_url(url: str) -> Store:
    scheme = url.split("://", 1)[0].lower()
    backend = scheme.split("+", 1)[0]
    if backend == "sqlite":
        return SQLiteStore(_sqlite_path(url))
    shown = _hide_password(url)
    if backend in _POSTGRES_SCHEMES:
        from parley.store.postgres import PostgresStore

        return PostgresStore(url)
    raise StoreError(
        f"unsupported database URL {shown!r}: use a SQLite file path (parley.db), "
        "a sqlite:///path/to/file.db URL or a postgresql:// URL"
    )


def _sqlite_path(url: str) -> str:
    try:
        database = sa.make_url(url).database
    except sa.exc.ArgumentError as exc:
        raise StoreError(f"malformed SQLite URL {url!r}: {exc}") from exc
    return database or MEMORY


def _hide_password(url: str) -> str:
    try:
        return sa.make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return url.split("://", 1)[0] + "://..."
