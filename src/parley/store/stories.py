"""Stored stories and process definitions, in portable SQLAlchemy Core.

Every function takes an open ``Connection`` (the caller owns the
transaction), so :class:`~parley.store.sql.SQLStore` serves them on every
backend. Stories are stored as their JSON (``Story.to_dict``) plus columns
for filtering; a save replaces the whole set.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa

from parley.models import ProcessDef, Story
from parley.store.schema import processes, stories, story_events

_CHUNK = 500


def save_stories(conn: sa.Connection, items: Iterable[Story]) -> int:
    """Replace every stored story (and its event links) with ``items``."""
    now = datetime.now(UTC)
    conn.execute(sa.delete(story_events))
    conn.execute(sa.delete(stories))
    rows: list[dict[str, Any]] = []
    links: list[dict[str, str]] = []
    n = 0
    for s in items:
        n += 1
        rows.append(_story_row(s, now))
        links += [{"story_id": s.story_id, "event_id": e} for e in dict.fromkeys(s.event_ids)]
        if len(rows) >= _CHUNK:
            _flush(conn, rows, links)
            rows, links = [], []
    _flush(conn, rows, links)
    return n


def _flush(conn: sa.Connection, rows: list[dict[str, Any]], links: list[dict[str, str]]) -> None:
    if rows:
        conn.execute(sa.insert(stories), rows)
    if links:
        conn.execute(sa.insert(story_events), links)


def _story_row(s: Story, now: datetime) -> dict[str, Any]:
    src, tgt = s.countries
    return {
        "story_id": s.story_id,
        "type": s.type,
        "source_country": src,
        "target_country": tgt,
        "date": s.date,
        "date_end": s.date_end,
        "first_reported": s.first_reported,
        "effective_date": s.when,
        "certainty": s.certainty,
        "negated": s.negated,
        "n_articles": s.n_articles,
        "n_sources": s.n_sources,
        "data": json.dumps(s.to_dict(), ensure_ascii=False),
        "built_at": now,
    }


def select_stories(
    conn: sa.Connection,
    *,
    country: str | None = None,
    type: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int | None = None,
) -> list[Story]:
    c = stories.c
    stmt = sa.select(c.data)
    if country:
        stmt = stmt.where(sa.or_(c.source_country == country, c.target_country == country))
    if type:
        stmt = stmt.where(c.type == type)
    if since is not None:
        stmt = stmt.where(c.effective_date >= since)
    if until is not None:
        stmt = stmt.where(c.effective_date <= until)
    nulls_last = sa.case((c.effective_date.is_(None), 1), else_=0)
    stmt = stmt.order_by(nulls_last, c.effective_date, c.story_id).limit(limit)
    return [Story.from_dict(json.loads(data)) for data in conn.scalars(stmt)]


def save_process(conn: sa.Connection, process: ProcessDef) -> None:
    key = process.id.upper()
    conn.execute(sa.delete(processes).where(processes.c.id == key))
    conn.execute(
        sa.insert(processes).values(
            id=key,
            name=process.name,
            parties=json.dumps(list(process.parties)),
            created_at=datetime.now(UTC),
        )
    )


def get_process(conn: sa.Connection, process_id: str) -> ProcessDef | None:
    row = (
        conn.execute(sa.select(processes).where(processes.c.id == process_id.upper()))
        .mappings()
        .first()
    )
    return _process(row) if row is not None else None


def list_processes(conn: sa.Connection) -> list[ProcessDef]:
    rows = conn.execute(sa.select(processes).order_by(processes.c.id)).mappings()
    return [_process(r) for r in rows]


def delete_process(conn: sa.Connection, process_id: str) -> bool:
    result = conn.execute(sa.delete(processes).where(processes.c.id == process_id.upper()))
    return bool(result.rowcount)


def _process(row: sa.RowMapping) -> ProcessDef:
    return ProcessDef(id=row["id"], parties=tuple(json.loads(row["parties"])), name=row["name"])
