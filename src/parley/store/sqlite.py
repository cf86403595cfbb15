"""The SQLite backend: a file (or ``:memory:``) with zero set-up.

All SQL lives in :class:`~parley.store.sql.SQLStore`; this subclass builds the
engine and configures every new connection:

- ``journal_mode=WAL`` so readers never block the writer (memory databases
  keep their own journal), ``synchronous=NORMAL`` (safe with WAL, fast
  commits), ``foreign_keys=ON``, ``busy_timeout=30000`` ms so concurrent
  writers wait instead of failing;
- transactions are begun by us (SQLAlchemy's documented pysqlite recipe), so
  DDL is transactional and write transactions start with ``BEGIN IMMEDIATE``
  (they take the write lock up front and wait for it, instead of failing
  when a read snapshot goes stale);
- ``lower()`` is replaced by Python's ``str.lower`` so case-insensitive
  filters work beyond ASCII, as they do on PostgreSQL.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.pool import StaticPool

from parley.errors import StoreError
from parley.store.sql import SQLStore

MEMORY = ":memory:"

_PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=30000",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=NORMAL",
)


def _lower(value: Any) -> Any:
    return value.lower() if isinstance(value, str) else value


BUSY_SECONDS = 30.0  # as busy_timeout above


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # we emit BEGIN ourselves, see _on_begin
    dbapi_conn.create_function("lower", 1, _lower, deterministic=True)
    cursor = dbapi_conn.cursor()
    try:
        for pragma in _PRAGMAS:
            _execute_waiting(cursor, pragma)
    finally:
        cursor.close()


def _execute_waiting(cursor: sqlite3.Cursor, sql: str) -> None:
    """Run ``sql``, waiting while another process holds the lock it needs. SQLite
    answers "database is locked" to ``journal_mode=WAL`` at once, without its busy
    handler, while a second process is creating or converting the same new file;
    retry for as long as busy_timeout would have waited."""
    deadline = time.monotonic() + BUSY_SECONDS
    while True:
        try:
            cursor.execute(sql)
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(0.05)


def _on_begin(conn: sa.Connection) -> None:
    write = conn.get_execution_options().get("parley_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


class SQLiteStore(SQLStore):
    """A parley store in one SQLite file; ``path`` may be ``":memory:"``.

    The parent directory must exist. Raises :class:`StoreError` if the file
    is not a SQLite database or belongs to something else.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = str(path)
        if self.path != MEMORY:
            _check_location(Path(self.path))
        super().__init__(_make_engine(self.path), name=self.path)

    def _translate(self, exc: sa.exc.SQLAlchemyError, action: str) -> StoreError:
        reason = str(getattr(exc, "orig", exc))
        if "file is not a database" in reason:
            return StoreError(f"{self.path} is not a parley database ({reason})")
        if "database is locked" in reason:
            return StoreError(
                f"{action} failed: {self.path} is locked by another process for more than "
                "30 s; wait for it to finish and retry"
            )
        return super()._translate(exc, action)


def _check_location(path: Path) -> None:
    parent = path.parent
    if not parent.is_dir():
        raise StoreError(f"cannot create database at {path}: directory {parent} does not exist")
    if path.is_dir():
        raise StoreError(f"cannot use {path} as a database: it is a directory")


def _make_engine(path: str) -> sa.Engine:
    if path == MEMORY:
        # one shared connection, or every connection would see its own empty database
        engine = sa.create_engine(
            "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
        )
    else:
        engine = sa.create_engine(sa.URL.create("sqlite", database=path))
    sa.event.listen(engine, "connect", _on_connect)
    sa.event.listen(engine, "begin", _on_begin)
    return engine
