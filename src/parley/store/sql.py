"""The SQLAlchemy Core implementation of :class:`~parley.store.base.Store`.

``SQLStore`` holds everything that is the same on every SQL backend: it only
uses portable SQLAlchemy constructs (no backend-specific SQL), so a backend
subclass only builds the engine and sets connection options (see
:mod:`parley.store.sqlite`), and may refine two hooks: ``_migrate`` (e.g. to
hold a lock while migrating) and ``_insert_article`` (e.g. ``ON CONFLICT DO
NOTHING``; see :mod:`parley.store.postgres`). Opening a store runs the
pending migrations.

Case-insensitive filters compare ``lower(column)`` with the lower-cased
needle; the SQLite backend registers a Unicode-aware ``lower`` so that this
holds beyond ASCII there too.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa

from parley.errors import StoreError
from parley.models import (
    Actor,
    Article,
    ArticleSummary,
    CodedArticle,
    Event,
    EventQuery,
    Location,
    ProcessDef,
    Sentence,
    Story,
)
from parley.store import aggregates
from parley.store import stories as story_sql
from parley.store.base import (
    ActorProfile,
    ActorSummary,
    FeedState,
    Results,
    Store,
    StoreSummary,
)
from parley.store.migrations import WRITE_TRANSACTION, migrate
from parley.store.schema import EVENT_ORDER, articles, events, feed_state, sentences

#: How many ids go into one ``IN (...)`` (SQLite limits bound parameters).
_ID_CHUNK = 500

_ACTOR_FIELDS = ("text", "name", "country", "sector", "actor_id")
_ACTOR_PREFIXES = {"source": "source", "target": "target", "attributed_to": "attributed"}

_INSERT_ARTICLE = sa.insert(articles)
_INSERT_SENTENCES = sa.insert(sentences)
_INSERT_EVENTS = sa.insert(events)


class SQLStore(Store):
    """A store in any SQL database SQLAlchemy can reach; see the module docstring."""

    def __init__(self, engine: sa.Engine, *, name: str | None = None) -> None:
        self._engine = engine
        self.name = name or engine.url.render_as_string(hide_password=True)
        self._closed = False
        with self._errors("opening the database"):
            self._migrate()

    @property
    def engine(self) -> sa.Engine:
        """The SQLAlchemy engine (for tools and tests; queries go through methods)."""
        return self._engine

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}>"

    # -- errors -----------------------------------------------------------

    def _translate(self, exc: sa.exc.SQLAlchemyError, action: str) -> StoreError:
        """Turn a SQLAlchemy error into a StoreError; backends refine messages."""
        reason = str(exc.orig) if isinstance(exc, sa.exc.DBAPIError) else str(exc)
        return StoreError(f"{action} failed on {self.name}: {reason}")

    @contextmanager
    def _errors(self, action: str) -> Iterator[None]:
        if self._closed:
            raise StoreError(f"the store {self.name} is closed; open it again with connect()")
        try:
            yield
        except sa.exc.SQLAlchemyError as exc:
            raise self._translate(exc, action) from exc

    # -- writing ----------------------------------------------------------

    def save(self, coded: CodedArticle) -> bool:
        article = coded.article
        sentence_rows = [_sentence_row(article.id, s) for s in coded.sentences]
        event_rows = [_event_row(e, article.date) for e in coded.events]
        with self._errors(f"saving article {article.id!r}"), self._engine.connect() as conn:
            conn.execution_options(**WRITE_TRANSACTION)
            tx = conn.begin()
            if not self._insert_article(conn, tx, article):
                return False  # stored before, or by another process just now
            with tx:  # commits on success, rolls back on any error
                try:
                    if sentence_rows:
                        conn.execute(_INSERT_SENTENCES, sentence_rows)
                    if event_rows:
                        conn.execute(_INSERT_EVENTS, event_rows)
                except sa.exc.IntegrityError as exc:
                    raise StoreError(
                        f"article {article.id!r} was not stored: {exc.orig}; sentence indexes "
                        "must be unique within an article and event ids unique in the store"
                    ) from exc
        return True

    # -- backend hooks ----------------------------------------------------

    def _migrate(self) -> None:
        """Bring the schema up to date (backends may wrap this in a lock)."""
        migrate(self._engine, where=self.name)

    def _insert_article(
        self, conn: sa.Connection, tx: sa.RootTransaction, article: Article
    ) -> bool:
        """Insert the article row in ``tx``; False, with ``tx`` rolled back, if it is stored.

        Portable version: insert and catch the primary-key violation (another
        writer may have stored the same id a moment ago).
        """
        try:
            conn.execute(_INSERT_ARTICLE, _article_row(article))
        except sa.exc.IntegrityError:
            tx.rollback()
            conn.execution_options(parley_write=False)  # a plain read from here
            if _article_exists(conn, article.id):
                return False
            raise
        return True

    # -- reading ----------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        with self._errors("looking up an article"), self._engine.connect() as conn:
            return _article_exists(conn, article_id)

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        wanted = list(dict.fromkeys(ids))
        found: set[str] = set()
        with self._errors("looking up article ids"), self._engine.connect() as conn:
            for i in range(0, len(wanted), _ID_CHUNK):
                chunk = wanted[i : i + _ID_CHUNK]
                found.update(conn.scalars(sa.select(articles.c.id).where(articles.c.id.in_(chunk))))
        return found

    # -- live sources: stored URLs and feed validators --------------------------

    def known_urls(self, urls: Iterable[str]) -> set[str]:
        wanted = list(dict.fromkeys(urls))
        found: set[str] = set()
        column = articles.c.url
        with self._errors("looking up article URLs"), self._engine.connect() as conn:
            for i in range(0, len(wanted), _ID_CHUNK):
                chunk = wanted[i : i + _ID_CHUNK]
                found.update(conn.scalars(sa.select(column).where(column.in_(chunk)).distinct()))
        return found

    def get_feed_state(self, url: str) -> FeedState | None:
        stmt = sa.select(feed_state).where(feed_state.c.url == url)
        with self._errors(f"reading the state of feed {url!r}"), self._engine.connect() as conn:
            row = conn.execute(stmt).mappings().first()
        if row is None:
            return None
        checked = row["checked_at"]
        if checked is not None and checked.tzinfo is None:  # SQLite keeps no offset: UTC
            checked = checked.replace(tzinfo=UTC)
        return FeedState(row["url"], row["etag"], row["last_modified"], checked)

    def set_feed_state(
        self, url: str, etag: str | None, last_modified: str | None, checked_at: datetime
    ) -> None:
        values = {"etag": etag, "last_modified": last_modified, "checked_at": checked_at}
        update = sa.update(feed_state).where(feed_state.c.url == url).values(**values)
        with self._errors(f"saving the state of feed {url!r}"), self._engine.connect() as conn:
            conn.execution_options(**WRITE_TRANSACTION)
            with conn.begin():  # update, else insert: portable, and safe under the write lock
                if conn.execute(update).rowcount == 0:
                    conn.execute(sa.insert(feed_state).values(url=url, **values))

    def get_article(self, article_id: str) -> CodedArticle | None:
        with self._errors(f"reading article {article_id!r}"), self._engine.connect() as conn:
            row = (
                conn.execute(sa.select(articles).where(articles.c.id == article_id))
                .mappings()
                .first()
            )
            if row is None:
                return None
            article = _article_from_row(row)
            sents = conn.execute(
                sa.select(sentences)
                .where(sentences.c.article_id == article_id)
                .order_by(sentences.c.idx)
            ).mappings()
            evs = conn.execute(
                sa.select(events)
                .where(events.c.article_id == article_id)
                .order_by(events.c.span_start, events.c.span_end, events.c.event_id)
            ).mappings()
            return CodedArticle(
                article=article,
                sentences=tuple(_sentence_from_row(s) for s in sents),
                events=tuple(_event_from_row(e) for e in evs),
            )

    def articles(
        self, *, limit: int | None = 50, offset: int = 0, text: str | None = None
    ) -> Results[ArticleSummary]:
        _check_page(limit, offset)
        n_sentences = (
            sa.select(sa.func.count())
            .where(sentences.c.article_id == articles.c.id)
            .scalar_subquery()
        )
        n_events = (
            sa.select(sa.func.count()).where(events.c.article_id == articles.c.id).scalar_subquery()
        )
        a = articles.c
        stmt = (
            sa.select(
                a.id,
                a.title,
                a.date,
                a.outlet,
                a.url,
                a.origin,
                n_sentences.label("n_sentences"),
                n_events.label("n_events"),
            )
            .where(*_article_text(text))
            .order_by(_nulls_last(a.date), a.date.desc(), a.id)
            .limit(limit)
            .offset(offset)
        )
        with self._errors("listing articles"), self._engine.connect() as conn:
            rows = conn.execute(stmt).mappings().all()
        return Results((ArticleSummary(**row) for row in rows), "article")

    def count_articles(self, text: str | None = None) -> int:
        stmt = sa.select(sa.func.count()).select_from(articles).where(*_article_text(text))
        with self._errors("counting articles"), self._engine.connect() as conn:
            return int(conn.scalar(stmt) or 0)

    def events(
        self, query: EventQuery | None = None, *, limit: int | None = None, offset: int = 0
    ) -> Results[Event]:
        _check_page(limit, offset)
        with self._errors("querying events"), self._engine.connect() as conn:
            rows = _events_page(conn, query, limit, offset)
        return Results((_event_from_row(row) for row in rows), "event")

    def iter_events(
        self, query: EventQuery | None = None, *, batch_size: int = 1000
    ) -> Iterator[Event]:
        with self._errors("querying events"), self._engine.connect() as conn:
            for dated in (True, False):  # undated events last
                stmt = _events_select(query, dated)
                result = conn.execution_options(yield_per=batch_size).execute(stmt)
                for row in result.mappings():
                    yield _event_from_row(row)

    def count_events(self, query: EventQuery | None = None, *, at_most: int | None = None) -> int:
        stmt = sa.select(sa.func.count()).select_from(events).where(*_conditions(query))
        if at_most is not None:
            if at_most < 0:
                raise ValueError(f"at_most must be >= 0 or None, got {at_most}")
            first: sa.Select[Any] = sa.select(sa.literal_column("1")).select_from(events)
            first = first.where(*_conditions(query)).limit(at_most + 1)
            stmt = sa.select(sa.func.count()).select_from(first.subquery())
        with self._errors("counting events"), self._engine.connect() as conn:
            return int(conn.scalar(stmt) or 0)

    def summary(self, top: int = 10) -> StoreSummary:
        e = events.c
        n = sa.func.count().label("n")
        by_type = sa.select(e.type, n).group_by(e.type).order_by(n.desc(), e.type)
        dyads = (
            sa.select(e.source_country, e.target_country, n)
            .where(e.source_country.is_not(None), e.target_country.is_not(None))
            .group_by(e.source_country, e.target_country)
            .order_by(n.desc(), e.source_country, e.target_country)
            .limit(top)
        )
        span = sa.select(sa.func.min(articles.c.date), sa.func.max(articles.c.date))
        with self._errors("summarising the store"), self._engine.connect() as conn:
            first, last = conn.execute(span).one()
            return StoreSummary(
                n_articles=_count(conn, articles),
                n_events=_count(conn, events),
                n_sentences=_count(conn, sentences),
                events_by_type={t: int(c) for t, c in conn.execute(by_type)},
                top_dyads=[(s, t, int(c)) for s, t, c in conn.execute(dyads)],
                first_date=first,
                last_date=last,
            )

    def actors(
        self,
        *,
        text: str | None = None,
        country: str | None = None,
        limit: int | None = 50,
        offset: int = 0,
    ) -> list[ActorSummary]:
        _check_page(limit, offset)
        with self._errors("listing actors"), self._engine.connect() as conn:
            return aggregates.list_actors(
                conn, text=text, country=country, limit=limit, offset=offset
            )

    def count_actors(self, *, text: str | None = None, country: str | None = None) -> int:
        with self._errors("counting actors"), self._engine.connect() as conn:
            return aggregates.count_actors(conn, text=text, country=country)

    def actor_profile(self, actor_id: str) -> ActorProfile | None:
        with self._errors(f"reading actor {actor_id!r}"), self._engine.connect() as conn:
            return aggregates.actor_profile(conn, actor_id)

    def get_articles(self, ids: Iterable[str]) -> list[CodedArticle]:
        wanted = list(dict.fromkeys(ids))
        found: dict[str, CodedArticle] = {}
        with self._errors("reading articles"), self._engine.connect() as conn:
            for i in range(0, len(wanted), _ID_CHUNK):
                chunk = wanted[i : i + _ID_CHUNK]
                arts = conn.execute(sa.select(articles).where(articles.c.id.in_(chunk)))
                sents = conn.execute(
                    sa.select(sentences)
                    .where(sentences.c.article_id.in_(chunk))
                    .order_by(sentences.c.article_id, sentences.c.idx)
                ).mappings()
                evs = conn.execute(
                    sa.select(events)
                    .where(events.c.article_id.in_(chunk))
                    .order_by(
                        events.c.article_id,
                        events.c.span_start,
                        events.c.span_end,
                        events.c.event_id,
                    )
                ).mappings()
                by_sent: dict[str, list[Sentence]] = {}
                for row in sents:
                    by_sent.setdefault(row["article_id"], []).append(_sentence_from_row(row))
                by_event: dict[str, list[Event]] = {}
                for row in evs:
                    by_event.setdefault(row["article_id"], []).append(_event_from_row(row))
                for row in arts.mappings():
                    art = _article_from_row(row)
                    found[art.id] = CodedArticle(
                        art, tuple(by_sent.get(art.id, ())), tuple(by_event.get(art.id, ()))
                    )
        return [found[i] for i in wanted if i in found]

    def save_stories(self, stories: Iterable[Story]) -> int:
        with self._errors("saving stories"), self._engine.connect() as conn:
            conn.execution_options(**WRITE_TRANSACTION)
            with conn.begin():
                return story_sql.save_stories(conn, stories)

    def stories(
        self,
        *,
        country: str | None = None,
        type: str | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: int | None = None,
    ) -> list[Story]:
        with self._errors("reading stories"), self._engine.connect() as conn:
            return story_sql.select_stories(
                conn, country=country, type=type, since=since, until=until, limit=limit
            )

    def save_process(self, process: ProcessDef) -> None:
        with self._errors(f"saving process {process.id!r}"), self._engine.connect() as conn:
            conn.execution_options(**WRITE_TRANSACTION)
            with conn.begin():
                story_sql.save_process(conn, process)

    def get_process(self, process_id: str) -> ProcessDef | None:
        with self._errors(f"reading process {process_id!r}"), self._engine.connect() as conn:
            return story_sql.get_process(conn, process_id)

    def processes(self) -> list[ProcessDef]:
        with self._errors("listing processes"), self._engine.connect() as conn:
            return story_sql.list_processes(conn)

    def delete_process(self, process_id: str) -> bool:
        with self._errors(f"deleting process {process_id!r}"), self._engine.connect() as conn:
            conn.execution_options(**WRITE_TRANSACTION)
            with conn.begin():
                return story_sql.delete_process(conn, process_id)

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._engine.dispose()


# -- queries ---------------------------------------------------------------


def _check_page(limit: int | None, offset: int) -> None:
    if limit is not None and limit < 0:
        raise ValueError(f"limit must be >= 0 or None, got {limit}")
    if offset < 0:
        raise ValueError(f"offset must be >= 0, got {offset}")


def _nulls_last(column: sa.ColumnElement[Any]) -> sa.ColumnElement[int]:
    """Sort key putting NULLs last on every backend (NULLS LAST is not portable)."""
    return sa.case((column.is_(None), 1), else_=0)


def _count(conn: sa.Connection, table: sa.Table) -> int:
    return int(conn.scalar(sa.select(sa.func.count()).select_from(table)) or 0)


def _article_exists(conn: sa.Connection, article_id: str) -> bool:
    stmt = sa.select(articles.c.id).where(articles.c.id == article_id)
    return conn.scalar(stmt) is not None


def _contains_ci(column: sa.ColumnElement[Any], needle: str) -> sa.ColumnElement[bool]:
    return sa.func.lower(column).contains(needle.lower(), autoescape=True)


def _article_text(text: str | None) -> list[sa.ColumnElement[bool]]:
    """WHERE clause: title or text contains ``text`` (none for None or empty)."""
    if not text:
        return []
    return [sa.or_(_contains_ci(articles.c.title, text), _contains_ci(articles.c.text, text))]


def _conditions(query: EventQuery | None) -> list[sa.ColumnElement[bool]]:
    """WHERE clauses for an EventQuery; None and empty strings mean "no filter"."""
    if query is None:
        return []
    e = events.c
    where: list[sa.ColumnElement[bool]] = []
    for value, column in (
        (query.type, e.type),
        (query.mode, e.mode),
        (query.certainty, e.certainty),
        (query.article_id, e.article_id),
    ):
        if value:
            where.append(column == value)
    if query.country:
        where.append(sa.or_(e.source_country == query.country, e.target_country == query.country))
    if query.actor_id:
        where.append(
            sa.or_(e.source_actor_id == query.actor_id, e.target_actor_id == query.actor_id)
        )
    if query.actor:
        names = (e.source_name, e.source_text, e.target_name, e.target_text)
        where.append(sa.or_(*(_contains_ci(col, query.actor) for col in names)))
    if query.since is not None:
        where.append(e.effective_date >= query.since)
    if query.until is not None:
        where.append(e.effective_date <= query.until)
    if query.text:
        where.append(_contains_ci(e.sentence, query.text))
    if not query.include_negated:
        where.append(e.negated == sa.false())
    return where


def _events_select(query: EventQuery | None, dated: bool, column: Any = events) -> sa.Select[Any]:
    """The dated (or the undated) events of a query, in listing order.

    Listings are split in two so that every backend can read a page straight
    from an index in ``EVENT_ORDER`` (an ORDER BY on a "nulls last"
    expression would sort every matching row first).
    """
    e = events.c
    when = e.effective_date.is_not(None) if dated else e.effective_date.is_(None)
    order = [e[name] for name in EVENT_ORDER[0 if dated else 1 :]]
    return sa.select(column).where(*_conditions(query), when).order_by(*order)


def _ordered_rows(
    conn: sa.Connection, query: EventQuery | None, dated: bool, limit: int | None, offset: int
) -> list[sa.RowMapping]:
    """A page of dated (or undated) events; small pages are read ids first.

    Reading the ids first keeps a sort (when no index gives the order) to
    narrow rows; the full rows of the page are then fetched by id.
    """
    if limit is None or limit > _ID_CHUNK:
        stmt = _events_select(query, dated).limit(limit).offset(offset)
        return list(conn.execute(stmt).mappings())
    keys = _events_select(query, dated, events.c.event_id).limit(limit).offset(offset)
    ids = list(conn.scalars(keys))
    if not ids:
        return []
    rows = conn.execute(sa.select(events).where(events.c.event_id.in_(ids))).mappings()
    found = {row["event_id"]: row for row in rows}
    return [found[i] for i in ids]


def _events_page(
    conn: sa.Connection, query: EventQuery | None, limit: int | None, offset: int
) -> list[sa.RowMapping]:
    """One page of events: dated ones by date, then undated ones."""
    rows = _ordered_rows(conn, query, True, limit, offset)
    if limit is not None and len(rows) >= limit:
        return rows
    skip = 0
    if offset and not rows:  # the page starts among the undated events
        dated = sa.select(sa.func.count()).select_from(events)
        dated = dated.where(*_conditions(query), events.c.effective_date.is_not(None))
        skip = max(offset - int(conn.scalar(dated) or 0), 0)
    rest = None if limit is None else limit - len(rows)
    return rows + _ordered_rows(conn, query, False, rest, skip)


# -- rows <-> models ---------------------------------------------------------


def _article_row(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "date": article.date,
        "url": article.url,
        "outlet": article.outlet,
        "origin": article.origin,
        "text": article.text,
        "ingested_at": datetime.now(UTC),
    }


def _article_from_row(row: sa.RowMapping) -> Article:
    return Article(
        id=row["id"],
        text=row["text"],
        title=row["title"],
        date=row["date"],
        url=row["url"],
        outlet=row["outlet"],
        origin=row["origin"],
    )


def _sentence_row(article_id: str, sentence: Sentence) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "idx": sentence.index,
        "span_start": sentence.start,
        "span_end": sentence.end,
        "text": sentence.text,
        "opinion": sentence.opinion,
    }


def _sentence_from_row(row: sa.RowMapping) -> Sentence:
    return Sentence(
        index=row["idx"],
        start=row["span_start"],
        end=row["span_end"],
        text=row["text"],
        opinion=bool(row["opinion"]),
    )


def _actor_values(prefix: str, actor: Actor | None) -> dict[str, Any]:
    if actor is None:
        return {f"{prefix}_{f}": None for f in _ACTOR_FIELDS}
    return {f"{prefix}_{f}": getattr(actor, f) for f in _ACTOR_FIELDS}


def _actor_from_row(row: sa.RowMapping, prefix: str) -> Actor | None:
    if row[f"{prefix}_text"] is None:
        return None
    return Actor(**{f: row[f"{prefix}_{f}"] for f in _ACTOR_FIELDS})


def _event_row(event: Event, article_date: date | None) -> dict[str, Any]:
    loc = event.location
    row: dict[str, Any] = {
        "event_id": event.event_id,
        "article_id": event.article_id,
        "sentence_index": event.sentence_index,
        "span_start": event.span[0],
        "span_end": event.span[1],
        "sentence": event.sentence,
        "type": event.type,
        "mode": event.mode,
        "contexts": json.dumps(list(event.contexts), ensure_ascii=False),
        "date": event.date,
        "date_end": event.date_end,
        "effective_date": event.date if event.date is not None else article_date,
        "location_name": loc.name if loc else None,
        "location_country": loc.country if loc else None,
        "location_lat": loc.lat if loc else None,
        "location_lon": loc.lon if loc else None,
        "location_geonameid": loc.geonameid if loc else None,
        "certainty": event.certainty,
        "negated": event.negated,
        "intensity": event.intensity,
        "trigger": event.trigger,
        "cameo": event.cameo,
    }
    for attr, prefix in _ACTOR_PREFIXES.items():
        row.update(_actor_values(prefix, getattr(event, attr)))
    return row


def _location_from_row(row: sa.RowMapping) -> Location | None:
    if row["location_name"] is None:
        return None
    return Location(
        name=row["location_name"],
        country=row["location_country"],
        lat=row["location_lat"],
        lon=row["location_lon"],
        geonameid=row["location_geonameid"],
    )


def _event_from_row(row: sa.RowMapping) -> Event:
    return Event(
        event_id=row["event_id"],
        article_id=row["article_id"],
        sentence=row["sentence"],
        sentence_index=row["sentence_index"],
        span=(row["span_start"], row["span_end"]),
        type=row["type"],
        mode=row["mode"],
        contexts=tuple(json.loads(row["contexts"])),
        source=_actor_from_row(row, "source"),
        target=_actor_from_row(row, "target"),
        date=row["date"],
        date_end=row["date_end"],
        location=_location_from_row(row),
        certainty=row["certainty"],
        attributed_to=_actor_from_row(row, "attributed"),
        negated=bool(row["negated"]),
        intensity=row["intensity"],
        trigger=row["trigger"],
        cameo=row["cameo"],
    )
