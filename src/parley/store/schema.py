"""The current database schema, as SQLAlchemy Core tables.

This module always describes the *newest* schema. Databases only change
through the numbered migrations in :mod:`parley.store.migrations`; a fresh
database is created from these tables directly (see ``migrate``).

Column names avoid SQL reserved words (``span_start``/``span_end``, ``idx``)
so the same statements run on SQLite and PostgreSQL. Strings are TEXT
without length limits (article ids may be URLs). An actor column group
(``source_*``, ``target_*``, ``attributed_*``) is NULL as a whole when the
event has no such actor; ``*_text`` is the marker (never NULL for a present
actor). Likewise ``location_name`` marks a present location.

``events.effective_date`` is the event date, or the article's publication
date when the event has none; date filters and ordering use it.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

#: Bookkeeping of applied migrations; created before any migration runs.
schema_migrations = sa.Table(
    "schema_migrations",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("applied_at", sa.DateTime(timezone=True), nullable=False),
)

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("title", sa.Text),
    sa.Column("date", sa.Date, index=True),
    sa.Column("url", sa.Text),
    sa.Column("outlet", sa.Text),
    sa.Column("origin", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
)

sentences = sa.Table(
    "sentences",
    metadata,
    sa.Column(
        "article_id",
        sa.Text,
        sa.ForeignKey("articles.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("idx", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("span_start", sa.Integer, nullable=False),
    sa.Column("span_end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("opinion", sa.Boolean, nullable=False),
)


def _actor_columns(prefix: str) -> list[sa.Column[object]]:
    return [
        sa.Column(f"{prefix}_text", sa.Text),
        sa.Column(f"{prefix}_name", sa.Text),
        sa.Column(f"{prefix}_country", sa.Text),
        sa.Column(f"{prefix}_sector", sa.Text),
        sa.Column(f"{prefix}_actor_id", sa.Text),
    ]


events = sa.Table(
    "events",
    metadata,
    sa.Column("event_id", sa.Text, primary_key=True),
    sa.Column(
        "article_id",
        sa.Text,
        sa.ForeignKey("articles.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    sa.Column("sentence_index", sa.Integer, nullable=False),
    sa.Column("span_start", sa.Integer, nullable=False),
    sa.Column("span_end", sa.Integer, nullable=False),
    sa.Column("sentence", sa.Text, nullable=False),
    sa.Column("type", sa.Text, nullable=False, index=True),
    sa.Column("mode", sa.Text),
    sa.Column("contexts", sa.Text, nullable=False),  # JSON list of strings
    *_actor_columns("source"),
    *_actor_columns("target"),
    sa.Column("date", sa.Date),
    sa.Column("date_end", sa.Date),
    sa.Column("effective_date", sa.Date, index=True),
    sa.Column("location_name", sa.Text),
    sa.Column("location_country", sa.Text),
    sa.Column("location_lat", sa.Float),
    sa.Column("location_lon", sa.Float),
    sa.Column("location_geonameid", sa.BigInteger),
    sa.Column("certainty", sa.Text, nullable=False, index=True),
    *_actor_columns("attributed"),
    sa.Column("negated", sa.Boolean, nullable=False),
    sa.Column("intensity", sa.Float),
    sa.Column("trigger", sa.Text),
    sa.Column("cameo", sa.Text),
    sa.Index("ix_events_source_country", "source_country"),
    sa.Index("ix_events_target_country", "target_country"),
)

#: The tables parley owns (not ``schema_migrations``), in creation order.
PARLEY_TABLES = (articles, sentences, events)
