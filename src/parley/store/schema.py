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


#: The order of event listings: by date (undated last), article, span, id.
EVENT_ORDER = ("effective_date", "article_id", "span_start", "span_end", "event_id")


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
    sa.Column("type", sa.Text, nullable=False),
    sa.Column("mode", sa.Text),
    sa.Column("contexts", sa.Text, nullable=False),  # JSON list of strings
    *_actor_columns("source"),
    *_actor_columns("target"),
    sa.Column("date", sa.Date),
    sa.Column("date_end", sa.Date),
    sa.Column("effective_date", sa.Date),
    sa.Column("location_name", sa.Text),
    sa.Column("location_country", sa.Text),
    sa.Column("location_lat", sa.Float),
    sa.Column("location_lon", sa.Float),
    sa.Column("location_geonameid", sa.BigInteger),
    sa.Column("certainty", sa.Text, nullable=False),
    *_actor_columns("attributed"),
    sa.Column("negated", sa.Boolean, nullable=False),
    sa.Column("intensity", sa.Float),
    sa.Column("trigger", sa.Text),
    sa.Column("cameo", sa.Text),
    # Listing order (see store.sql._events_page), alone and after the common filters, so
    # that a page of a filtered listing is read in index order; country pairs with type.
    sa.Index("ix_events_order", *EVENT_ORDER),
    sa.Index("ix_events_type_order", "type", *EVENT_ORDER),
    sa.Index("ix_events_certainty_order", "certainty", *EVENT_ORDER),
    sa.Index("ix_events_source_country_type", "source_country", "type", "effective_date"),
    sa.Index("ix_events_target_country_type", "target_country", "type", "effective_date"),
    sa.Index("ix_events_source_actor_id", "source_actor_id"),
    sa.Index("ix_events_target_actor_id", "target_actor_id"),
)

#: Looking up stored articles by URL (live sources skip pages already read).
ix_articles_url = sa.Index("ix_articles_url", articles.c.url)

#: What was last seen of each polled feed: HTTP validators for conditional
#: requests (``If-None-Match``/``If-Modified-Since``) and when it was read.
feed_state = sa.Table(
    "feed_state",
    metadata,
    sa.Column("url", sa.Text, primary_key=True),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("checked_at", sa.DateTime(timezone=True), nullable=False),
)

#: Cross-article stories (``parley.merge``), stored by ``Store.save_stories``
#: and replaced whole on each save. ``data`` is the story's JSON
#: (``Story.to_dict``); the other columns are for filtering and SQL users.
#: ``effective_date`` is the story date, or its first publication date.
stories = sa.Table(
    "stories",
    metadata,
    sa.Column("story_id", sa.Text, primary_key=True),
    sa.Column("type", sa.Text, nullable=False, index=True),
    sa.Column("source_country", sa.Text, index=True),
    sa.Column("target_country", sa.Text, index=True),
    sa.Column("date", sa.Date),
    sa.Column("date_end", sa.Date),
    sa.Column("first_reported", sa.Date),
    sa.Column("effective_date", sa.Date, index=True),
    sa.Column("certainty", sa.Text, nullable=False),
    sa.Column("negated", sa.Boolean, nullable=False),
    sa.Column("n_articles", sa.Integer, nullable=False),
    sa.Column("n_sources", sa.Integer, nullable=False),
    sa.Column("data", sa.Text, nullable=False),
    sa.Column("built_at", sa.DateTime(timezone=True), nullable=False),
)

#: Which events each stored story merges (no foreign key to ``events``: a
#: story set may be rebuilt at any time and is replaced whole).
story_events = sa.Table(
    "story_events",
    metadata,
    sa.Column(
        "story_id",
        sa.Text,
        sa.ForeignKey("stories.story_id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("event_id", sa.Text, primary_key=True, index=True),
)

#: Peace-process definitions (``parley process add``): an id such as
#: ``ARM-AZE``, an optional name and the parties as a JSON list of ISO codes.
processes = sa.Table(
    "processes",
    metadata,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("name", sa.Text),
    sa.Column("parties", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

#: The tables parley owns (not ``schema_migrations``), in creation order.
PARLEY_TABLES = (articles, sentences, events, feed_state, stories, story_events, processes)
