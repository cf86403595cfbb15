"""The data model: every stage passes these objects, never untyped dicts.

``Event.to_dict``/``Event.from_dict`` follow the event contract in
DESIGN.md exactly; unknown values are ``None``, never guessed.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

CERTAINTIES = ("asserted", "reported", "claimed", "alleged", "speculative")

EVENT_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

#: Types whose two actors play the same role; their direction is ignored
#: when events are compared (e.g. "A and B held talks").
SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})


def content_id(text: str) -> str:
    """A stable article id from its text: whitespace-normalised SHA-256, 16 hex."""
    normal = " ".join(text.split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


def _actor_key(actor: Actor | None) -> tuple[str, str, str]:
    if actor is None:
        return ("", "", "")
    return (actor.text, actor.country or "", actor.actor_id or "")


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _parse_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read by ingest. ``text`` is what spans index into."""

    id: str
    text: str
    title: str | None = None
    date: date | None = None
    url: str | None = None
    outlet: str | None = None
    origin: str | None = None  # where it came from: a path, "path:line", "<stdin>"

    @classmethod
    def from_text(cls, text: str, **meta: Any) -> Article:
        """Build an article whose id is the content hash unless ``id`` is given."""
        art_id = meta.pop("id", None) or content_id(text)
        return cls(id=str(art_id), text=text, **meta)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "date": _iso(self.date),
            "url": self.url,
            "outlet": self.outlet,
            "origin": self.origin,
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return cls(
            id=data["id"],
            text=data["text"],
            title=data.get("title"),
            date=_parse_date(data.get("date")),
            url=data.get("url"),
            outlet=data.get("outlet"),
            origin=data.get("origin"),
        )


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article; ``start``/``end`` are offsets into the article text."""

    index: int
    start: int
    end: int
    text: str
    opinion: bool = False  # opinion/analysis with no reported action: not coded

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "opinion": self.opinion,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Sentence:
        return cls(
            index=data["index"],
            start=data["start"],
            end=data["end"],
            text=data["text"],
            opinion=bool(data.get("opinion", False)),
        )


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor as it appears in an event: the text and what it means."""

    text: str
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    actor_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "actor_id": self.actor_id,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Actor | None:
        if data is None:
            return None
        return cls(
            text=data.get("text") or data.get("name") or "",
            name=data.get("name"),
            country=data.get("country"),
            sector=data.get("sector"),
            actor_id=data.get("actor_id"),
        )

    @property
    def is_known(self) -> bool:
        return self.country is not None or self.sector is not None


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of an article that refers to an actor (resolved or not)."""

    start: int
    end: int
    text: str
    actor: Actor


@dataclass(frozen=True, slots=True)
class Location:
    """A place resolved to GeoNames (``geonameid``) or just named."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Location | None:
        if data is None:
            return None
        return cls(
            name=data["name"],
            country=data.get("country"),
            lat=data.get("lat"),
            lon=data.get("lon"),
            geonameid=data.get("geonameid"),
        )


@dataclass(frozen=True, slots=True)
class Event:
    """One coded PLOVER event; ``to_dict`` is the JSON event contract."""

    event_id: str
    article_id: str
    sentence: str
    sentence_index: int
    span: tuple[int, int]
    type: str
    mode: str | None = None
    contexts: tuple[str, ...] = ()
    source: Actor | None = None
    target: Actor | None = None
    date: date | None = None
    date_end: date | None = None
    location: Location | None = None
    certainty: str = "asserted"
    attributed_to: Actor | None = None
    negated: bool = False
    intensity: float | None = None
    trigger: str | None = None  # the word(s) that triggered the event
    cameo: str | None = None  # closest CAMEO code, for GDELT-style tools

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "sentence": self.sentence,
            "sentence_index": self.sentence_index,
            "span": list(self.span),
            "type": self.type,
            "mode": self.mode,
            "contexts": list(self.contexts),
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "date": _iso(self.date),
            "date_end": _iso(self.date_end),
            "location": self.location.to_dict() if self.location else None,
            "certainty": self.certainty,
            "attributed_to": self.attributed_to.to_dict() if self.attributed_to else None,
            "negated": self.negated,
            "intensity": self.intensity,
            "trigger": self.trigger,
            "cameo": self.cameo,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        span = data["span"]
        return cls(
            event_id=data["event_id"],
            article_id=data["article_id"],
            sentence=data["sentence"],
            sentence_index=int(data["sentence_index"]),
            span=(int(span[0]), int(span[1])),
            type=data["type"],
            mode=data.get("mode"),
            contexts=tuple(data.get("contexts") or ()),
            source=Actor.from_dict(data.get("source")),
            target=Actor.from_dict(data.get("target")),
            date=_parse_date(data.get("date")),
            date_end=_parse_date(data.get("date_end")),
            location=Location.from_dict(data.get("location")),
            certainty=data.get("certainty") or "asserted",
            attributed_to=Actor.from_dict(data.get("attributed_to")),
            negated=bool(data.get("negated", False)),
            intensity=data.get("intensity"),
            trigger=data.get("trigger"),
            cameo=data.get("cameo"),
        )

    def with_id(self) -> Event:
        """Return a copy whose ``event_id`` is derived from what the event says."""
        key = "|".join(
            [
                self.article_id,
                str(self.span[0]),
                self.type,
                self.mode or "",
                self.trigger or "",
                *_actor_key(self.source),
                *_actor_key(self.target),
            ]
        )
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
        return replace(self, event_id=f"{self.article_id}-{digest}")


@dataclass(frozen=True, slots=True)
class CodedArticle:
    """An article with its sentences and the events coded from it."""

    article: Article
    sentences: tuple[Sentence, ...] = ()
    events: tuple[Event, ...] = ()


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be read or coded, with a one-line reason."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(slots=True)
class RunReport:
    """What a batch did: counts of articles, events, duplicates and failures."""

    articles_read: int = 0
    articles_coded: int = 0
    articles_stored: int = 0
    duplicates: int = 0
    events: int = 0
    failures: list[Failure] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


@dataclass(frozen=True, slots=True)
class Notice:
    """Something a user should know about an input that still went through
    (e.g. a file that was not UTF-8 and was decoded as Windows-1252)."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters shared by the CLI, the Python API and the store.

    ``country`` matches either actor's country; ``actor`` is a case-insensitive
    substring of either actor's name or text; ``since``/``until`` are inclusive
    bounds on the event date; ``text`` is a substring of the sentence.
    """

    type: str | None = None
    mode: str | None = None
    country: str | None = None
    actor: str | None = None
    since: date | None = None
    until: date | None = None
    certainty: str | None = None
    article_id: str | None = None
    text: str | None = None
    include_negated: bool = True


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One row of an article listing."""

    id: str
    title: str | None
    date: date | None
    outlet: str | None
    url: str | None
    origin: str | None
    n_sentences: int
    n_events: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "date": _iso(self.date),
            "outlet": self.outlet,
            "url": self.url,
            "origin": self.origin,
            "n_sentences": self.n_sentences,
            "n_events": self.n_events,
        }
