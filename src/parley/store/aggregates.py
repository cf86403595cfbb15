"""Read-only aggregates over stored events: actors, actor profiles.

Every function takes an open SQLAlchemy ``Connection`` and uses portable
SQLAlchemy Core only, so :class:`~parley.store.sql.SQLStore` serves them on
every backend. An *actor* here is a resolved actor: one ``actor_id`` from the
dictionary (``person:nikol_pashinyan``, ``country:ARM``, ``igo:EU``), seen as
the source or the target of events. Unresolved mentions ("the leaders") have
no id and are not listed as actors, but they still count as counterparts.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from parley.store.base import ActorProfile, ActorSummary, Counterpart, TimelinePoint
from parley.store.schema import events


def _contains_ci(column: sa.ColumnElement[Any], needle: str) -> sa.ColumnElement[bool]:
    return sa.func.lower(column).contains(needle.lower(), autoescape=True)


def _sides(text: str | None = None, country: str | None = None) -> sa.Subquery:
    """One row per (event, side) where that side is a resolved actor."""
    e = events.c
    selects = []
    for side, as_source in (("source", 1), ("target", 0)):
        actor_id = e[f"{side}_actor_id"]
        name = e[f"{side}_name"]
        country_col = e[f"{side}_country"]
        stmt = sa.select(
            actor_id.label("actor_id"),
            name.label("name"),
            country_col.label("country"),
            e.event_id.label("event_id"),
            e.effective_date.label("day"),
            sa.literal(as_source).label("as_source"),
            sa.literal(1 - as_source).label("as_target"),
        ).where(actor_id.is_not(None))
        if text:
            stmt = stmt.where(sa.or_(_contains_ci(name, text), _contains_ci(actor_id, text)))
        if country:
            stmt = stmt.where(country_col == country)
        selects.append(stmt)
    return sa.union_all(*selects).subquery("sides")


def _summary_select(sides: sa.Subquery) -> sa.Select[Any]:
    s = sides.c
    n = sa.func.count(sa.distinct(s.event_id))
    return (
        sa.select(
            s.actor_id,
            sa.func.max(s.name).label("name"),
            sa.func.max(s.country).label("country"),
            n.label("n_events"),
            sa.func.sum(s.as_source).label("n_as_source"),
            sa.func.sum(s.as_target).label("n_as_target"),
            sa.func.min(s.day).label("first_date"),
            sa.func.max(s.day).label("last_date"),
        )
        .group_by(s.actor_id)
        .order_by(n.desc(), s.actor_id)
    )


def _summary(row: sa.RowMapping) -> ActorSummary:
    return ActorSummary(
        actor_id=row["actor_id"],
        name=row["name"],
        country=row["country"],
        n_events=int(row["n_events"]),
        n_as_source=int(row["n_as_source"] or 0),
        n_as_target=int(row["n_as_target"] or 0),
        first_date=row["first_date"],
        last_date=row["last_date"],
    )


def list_actors(
    conn: sa.Connection,
    *,
    text: str | None = None,
    country: str | None = None,
    limit: int | None = 50,
    offset: int = 0,
) -> list[ActorSummary]:
    """Resolved actors, most events first; ``text`` matches the name or id."""
    stmt = _summary_select(_sides(text, country)).limit(limit).offset(offset)
    return [_summary(row) for row in conn.execute(stmt).mappings()]


def count_actors(
    conn: sa.Connection, *, text: str | None = None, country: str | None = None
) -> int:
    """How many resolved actors :func:`list_actors` would list without a limit."""
    sides = _sides(text, country)
    ids = sa.select(sides.c.actor_id).group_by(sides.c.actor_id).subquery()
    return int(conn.scalar(sa.select(sa.func.count()).select_from(ids)) or 0)


def actor_profile(conn: sa.Connection, actor_id: str) -> ActorProfile | None:
    """One actor: its counts, its events per day and its counterparts."""
    e = events.c
    sides = _sides()
    stmt = _summary_select(sides).where(sides.c.actor_id == actor_id)
    row = conn.execute(stmt).mappings().first()
    if row is None:
        return None
    involved = sa.or_(e.source_actor_id == actor_id, e.target_actor_id == actor_id)
    n = sa.func.count()
    timeline = conn.execute(
        sa.select(e.effective_date, n, sa.func.avg(e.intensity))
        .where(involved, e.effective_date.is_not(None))
        .group_by(e.effective_date)
        .order_by(e.effective_date)
    )
    return ActorProfile(
        actor=_summary(row),
        timeline=[TimelinePoint(day, int(k), _float(mean)) for day, k, mean in timeline],
        counterparts=_counterparts(conn, actor_id),
    )


def _counterparts(conn: sa.Connection, actor_id: str) -> list[Counterpart]:
    e = events.c
    selects = []
    for me, other in (("source", "target"), ("target", "source")):
        selects.append(
            sa.select(
                e[f"{other}_actor_id"].label("actor_id"),
                sa.func.coalesce(e[f"{other}_name"], e[f"{other}_text"]).label("name"),
                e[f"{other}_country"].label("country"),
                e.event_id,
            ).where(
                e[f"{me}_actor_id"] == actor_id,
                e[f"{other}_text"].is_not(None),
                sa.func.coalesce(e[f"{other}_actor_id"], "") != actor_id,
            )
        )
    o = sa.union_all(*selects).subquery("other").c
    n = sa.func.count(sa.distinct(o.event_id))
    stmt = (
        sa.select(o.actor_id, sa.func.max(o.name), sa.func.max(o.country), n)
        .group_by(o.actor_id, sa.case((o.actor_id.is_(None), o.name), else_=None))
        .order_by(n.desc(), sa.func.max(o.name))
    )
    return [Counterpart(a, name, country, int(k)) for a, name, country, k in conn.execute(stmt)]


def _float(value: Any) -> float | None:
    return None if value is None else round(float(value), 3)
