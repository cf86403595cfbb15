"""The one storage interface: :class:`Store`, and what its queries return.

Every backend (SQLite now, PostgreSQL by URL later) implements ``Store``; the
rest of parley (CLI, web, pipeline) only sees this interface. Stores are
opened with :func:`parley.store.connect` and are context managers::

    with connect("parley.db") as store:
        store.save(coded)
        for event in store.events(EventQuery(type="CONSULT", country="ARM")):
            ...

This module imports only the data model; ``Results.to_pandas`` imports
pandas and :func:`parley.export.flatten_event` when called, so neither is
needed to use a store.
"""

from __future__ import annotations

import abc
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, Self, TypeVar, overload

from parley.models import ArticleSummary, CodedArticle, Event, EventQuery, ProcessDef, Story

if TYPE_CHECKING:
    import pandas as pd

T = TypeVar("T", Event, ArticleSummary)

#: Columns of ``Results.to_pandas()`` for article listings.
ARTICLE_COLUMNS = (
    "id",
    "title",
    "date",
    "outlet",
    "url",
    "origin",
    "n_sentences",
    "n_events",
)


class Results(Generic[T]):
    """A page of query results: a list of model objects with conversions.

    ``kind`` says what the items are (``"event"`` or ``"article"``) so that an
    empty page still converts to a DataFrame with the right columns.
    """

    __slots__ = ("_items", "kind")

    def __init__(self, items: Iterable[T], kind: Literal["event", "article"]) -> None:
        self._items: list[T] = list(items)
        self.kind = kind

    def __iter__(self) -> Iterator[T]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: int | slice) -> T | list[T]:
        return self._items[index]

    def __repr__(self) -> str:
        return f"<Results of {len(self._items)} {self.kind}(s)>"

    def to_dicts(self) -> list[dict[str, Any]]:
        """Each item's ``to_dict()`` (for events: the JSON event contract)."""
        return [item.to_dict() for item in self._items]

    def to_pandas(self) -> pd.DataFrame:
        """A DataFrame, one row per item; dates become ``datetime64`` columns.

        Events are flattened with :func:`parley.export.flatten_event` (the
        same columns as the CSV and Parquet exports); articles use their
        ``to_dict`` fields.
        """
        import pandas as pd

        if self.kind == "event":
            from parley.export import FLAT_COLUMNS, flatten_event

            items: list[Any] = self._items  # all Event when kind == "event"
            rows = [flatten_event(e) for e in items]
            frame = pd.DataFrame(rows, columns=list(FLAT_COLUMNS))
            date_columns: Sequence[str] = ("date", "date_end")
        else:
            rows = [item.to_dict() for item in self._items]
            frame = pd.DataFrame(rows, columns=list(ARTICLE_COLUMNS))
            date_columns = ("date",)
        for column in date_columns:
            frame[column] = pd.to_datetime(frame[column])
        return frame


@dataclass(frozen=True, slots=True)
class StoreSummary:
    """Headline numbers of a store.

    ``top_dyads`` are ordered (source country, target country, count) pairs
    over events where both countries are known, most frequent first.
    ``first_date``/``last_date`` span the publication dates of the stored
    articles. Counts include negated events.
    """

    n_articles: int
    n_events: int
    n_sentences: int
    events_by_type: dict[str, int] = field(default_factory=dict)
    top_dyads: list[tuple[str, str, int]] = field(default_factory=list)
    first_date: date | None = None
    last_date: date | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "n_articles": self.n_articles,
            "n_events": self.n_events,
            "n_sentences": self.n_sentences,
            "events_by_type": dict(self.events_by_type),
            "top_dyads": [{"source": s, "target": t, "count": n} for s, t, n in self.top_dyads],
            "first_date": self.first_date.isoformat() if self.first_date else None,
            "last_date": self.last_date.isoformat() if self.last_date else None,
        }


@dataclass(frozen=True, slots=True)
class ActorSummary:
    """A resolved actor (one dictionary ``actor_id``) and how often events involve it.

    ``n_events`` counts distinct events; ``n_as_source + n_as_target`` can be
    larger when the actor is on both sides. Dates span the events' dates.
    """

    actor_id: str
    name: str | None
    country: str | None
    n_events: int
    n_as_source: int
    n_as_target: int
    first_date: date | None = None
    last_date: date | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "actor_id": self.actor_id,
            "name": self.name,
            "country": self.country,
            "n_events": self.n_events,
            "n_as_source": self.n_as_source,
            "n_as_target": self.n_as_target,
            "first_date": self.first_date.isoformat() if self.first_date else None,
            "last_date": self.last_date.isoformat() if self.last_date else None,
        }


@dataclass(frozen=True, slots=True)
class TimelinePoint:
    """Events involving an actor on one day, with their mean intensity (None: unknown)."""

    day: date
    n_events: int
    mean_intensity: float | None


@dataclass(frozen=True, slots=True)
class Counterpart:
    """The other side of an actor's events: a resolved actor, or unresolved text."""

    actor_id: str | None
    name: str
    country: str | None
    n_events: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "actor_id": self.actor_id,
            "name": self.name,
            "country": self.country,
            "n_events": self.n_events,
        }


@dataclass(frozen=True, slots=True)
class ActorProfile:
    """One actor: its summary, events per day and counterparts (most events first)."""

    actor: ActorSummary
    timeline: list[TimelinePoint] = field(default_factory=list)
    counterparts: list[Counterpart] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class FeedState:
    """What was last seen of a polled feed: its HTTP validators and when it was read."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    checked_at: datetime | None = None


class Store(abc.ABC):
    """Where coded articles live. Re-saving an article is a no-op."""

    @abc.abstractmethod
    def save(self, coded: CodedArticle) -> bool:
        """Store an article with its sentences and events, all or nothing.

        Returns ``False`` and changes nothing if the article id is already
        stored (also when another process stores it at the same moment).
        Raises :class:`~parley.errors.StoreError` if the data cannot be
        stored (e.g. an event id that is already used).
        """

    @abc.abstractmethod
    def has_article(self, article_id: str) -> bool:
        """Whether an article with this id is stored."""

    @abc.abstractmethod
    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """The subset of ``ids`` already stored (to skip them before coding)."""

    @abc.abstractmethod
    def get_article(self, article_id: str) -> CodedArticle | None:
        """The stored article, sentences in order, events in span order; or None."""

    @abc.abstractmethod
    def articles(
        self, *, limit: int | None = 50, offset: int = 0, text: str | None = None
    ) -> Results[ArticleSummary]:
        """Article summaries, newest publication date first (undated last), then id.

        ``text``: only articles whose title or text contains it (case-insensitive).
        """

    @abc.abstractmethod
    def count_articles(self, text: str | None = None) -> int:
        """Number of stored articles (whose title or text contains ``text``)."""

    @abc.abstractmethod
    def events(
        self, query: EventQuery | None = None, *, limit: int | None = None, offset: int = 0
    ) -> Results[Event]:
        """Events matching ``query`` (None: all), by date (undated last), article, span.

        The date used for ordering and for ``since``/``until`` is the event's
        date, or its article's publication date when the event has none.
        """

    @abc.abstractmethod
    def iter_events(
        self, query: EventQuery | None = None, *, batch_size: int = 1000
    ) -> Iterator[Event]:
        """Like :meth:`events` without a limit, streamed in batches (for exports)."""

    @abc.abstractmethod
    def count_events(self, query: EventQuery | None = None, *, at_most: int | None = None) -> int:
        """Number of events matching ``query`` (None: all).

        With ``at_most``, counting stops early: a result above ``at_most``
        (it is then ``at_most + 1``) only says "more than ``at_most``". Cheap
        on any filter, for listings that show "10000+".
        """

    @abc.abstractmethod
    def summary(self, top: int = 10) -> StoreSummary:
        """Headline numbers, with the ``top`` most frequent country dyads."""

    @abc.abstractmethod
    def actors(
        self,
        *,
        text: str | None = None,
        country: str | None = None,
        limit: int | None = 50,
        offset: int = 0,
    ) -> list[ActorSummary]:
        """Resolved actors seen in events, most events first, then by id.

        ``text`` is a case-insensitive substring of the name or ``actor_id``;
        ``country`` an ISO alpha-3 code.
        """

    @abc.abstractmethod
    def count_actors(self, *, text: str | None = None, country: str | None = None) -> int:
        """Number of actors :meth:`actors` lists without a limit."""

    @abc.abstractmethod
    def actor_profile(self, actor_id: str) -> ActorProfile | None:
        """One actor's summary, events per day and counterparts; None if never seen."""

    @abc.abstractmethod
    def known_urls(self, urls: Iterable[str]) -> set[str]:
        """The subset of ``urls`` that stored articles came from (to skip fetching them)."""

    @abc.abstractmethod
    def get_feed_state(self, url: str) -> FeedState | None:
        """The validators remembered for a feed URL, or None if it was never read."""

    @abc.abstractmethod
    def set_feed_state(
        self,
        url: str,
        etag: str | None,
        last_modified: str | None,
        checked_at: datetime,
    ) -> None:
        """Remember a feed's ``ETag``/``Last-Modified`` (None: absent) and when it was read."""

    @abc.abstractmethod
    def get_articles(self, ids: Iterable[str]) -> list[CodedArticle]:
        """Like :meth:`get_article` for many ids at once (unknown ids are skipped)."""

    @abc.abstractmethod
    def save_stories(self, stories: Iterable[Story]) -> int:
        """Replace every stored story with ``stories`` (one transaction); return how many.

        Stories are computed from events by :func:`parley.merge.merge`; storing
        them is optional (``parley stories --save``) and makes them queryable
        from SQL and the web layer.
        """

    @abc.abstractmethod
    def stories(
        self,
        *,
        country: str | None = None,
        type: str | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: int | None = None,
    ) -> list[Story]:
        """Stored stories, by date (undated last); ``country`` matches either side."""

    @abc.abstractmethod
    def save_process(self, process: ProcessDef) -> None:
        """Store a process definition, replacing one with the same id."""

    @abc.abstractmethod
    def get_process(self, process_id: str) -> ProcessDef | None:
        """The process definition with this id (case-insensitive), or None."""

    @abc.abstractmethod
    def processes(self) -> list[ProcessDef]:
        """Every process definition, by id."""

    @abc.abstractmethod
    def delete_process(self, process_id: str) -> bool:
        """Remove a process definition; False if there was none."""

    @abc.abstractmethod
    def close(self) -> None:
        """Release connections; the store cannot be used afterwards."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
