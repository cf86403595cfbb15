"""The data model: every stage passes these objects, never untyped dicts.

``Event.to_dict``/``Event.from_dict`` follow the event contract in
DESIGN.md exactly; unknown values are ``None``, never guessed.
"""

from __future__ import annotations

import datetime
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
# PLOVER's verbal- and material-conflict quadrants: the types from REQUEST on
CONFLICT_TYPES = frozenset(EVENT_TYPES[EVENT_TYPES.index("REQUEST") :])

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
    # spelled out: inside the class body the bare name is the field above
    date_end: datetime.date | None = None
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
    bounds on the event date; ``text`` is a substring of the sentence;
    ``actor_id`` is a dictionary actor id (``person:nikol_pashinyan``) on either side.
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
    actor_id: str | None = None


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


# -- cross-article stories (merge.py) and peace processes (process.py) --------


#: ``date`` the type, for annotations in classes that have a field named ``date``.
_Day = date


def _dicts(items: tuple[Any, ...]) -> list[dict[str, Any]]:
    return [item.to_dict() for item in items]


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """An article as a story or a process view cites it.

    ``copy_of`` is set on a near-duplicate (a syndicated copy): it names the
    article it copies, and counts stand for that one instead.
    """

    id: str
    outlet: str | None = None
    date: date | None = None
    title: str | None = None
    url: str | None = None
    origin: str | None = None
    copy_of: str | None = None

    @property
    def canonical(self) -> str:
        """The id this article counts as (itself, or the article it copies)."""
        return self.copy_of or self.id

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "outlet": self.outlet,
            "date": _iso(self.date),
            "title": self.title,
            "url": self.url,
            "origin": self.origin,
            "copy_of": self.copy_of,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ArticleRef:
        return cls(
            id=data["id"],
            outlet=data.get("outlet"),
            date=_parse_date(data.get("date")),
            title=data.get("title"),
            url=data.get("url"),
            origin=data.get("origin"),
            copy_of=data.get("copy_of"),
        )


@dataclass(frozen=True, slots=True)
class Account:
    """One version of a story: who did it to whom (and how many), per which reports.

    A story whose accounts disagree (each side blaming the other, different
    casualty figures) keeps them side by side instead of picking one.
    """

    source_country: str | None
    target_country: str | None
    figures: tuple[int, ...] = ()
    article_ids: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    certainty: str = "asserted"

    def to_dict(self) -> dict[str, Any]:
        return {
            "source_country": self.source_country,
            "target_country": self.target_country,
            "figures": list(self.figures),
            "article_ids": list(self.article_ids),
            "outlets": list(self.outlets),
            "certainty": self.certainty,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Account:
        return cls(
            source_country=data.get("source_country"),
            target_country=data.get("target_country"),
            figures=tuple(data.get("figures") or ()),
            article_ids=tuple(data.get("article_ids") or ()),
            outlets=tuple(data.get("outlets") or ()),
            certainty=data.get("certainty") or "asserted",
        )


@dataclass(frozen=True, slots=True)
class Story:
    """One happening as reported by one or more articles (see ``merge.py``).

    ``date``/``date_end`` are the best-supported dates (None when no report
    gives one; ``first_reported`` is then the earliest publication date).
    ``n_articles`` counts reporting articles with syndicated copies once;
    ``n_sources`` counts distinct outlets (GDELT's NumArticles/NumSources).
    ``flags`` name disagreements between the accounts ("contested-direction",
    "contested-figures").
    """

    story_id: str
    type: str
    mode: str | None
    source: Actor | None
    target: Actor | None
    date: date | None
    date_end: _Day | None
    first_reported: _Day | None
    location: Location | None
    certainty: str
    negated: bool
    intensity: float | None
    contexts: tuple[str, ...]
    sentence: str
    event_ids: tuple[str, ...]
    articles: tuple[ArticleRef, ...]
    n_articles: int
    n_sources: int
    accounts: tuple[Account, ...] = ()
    flags: tuple[str, ...] = ()

    @property
    def countries(self) -> tuple[str | None, str | None]:
        return (
            self.source.country if self.source else None,
            self.target.country if self.target else None,
        )

    @property
    def when(self) -> _Day | None:
        """The story's date, or when it was first reported if no report dates it."""
        return self.date or self.first_reported

    def to_dict(self) -> dict[str, Any]:
        return {
            "story_id": self.story_id,
            "type": self.type,
            "mode": self.mode,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "date": _iso(self.date),
            "date_end": _iso(self.date_end),
            "first_reported": _iso(self.first_reported),
            "location": self.location.to_dict() if self.location else None,
            "certainty": self.certainty,
            "negated": self.negated,
            "intensity": self.intensity,
            "contexts": list(self.contexts),
            "sentence": self.sentence,
            "event_ids": list(self.event_ids),
            "articles": _dicts(self.articles),
            "n_articles": self.n_articles,
            "n_sources": self.n_sources,
            "accounts": _dicts(self.accounts),
            "flags": list(self.flags),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Story:
        return cls(
            story_id=data["story_id"],
            type=data["type"],
            mode=data.get("mode"),
            source=Actor.from_dict(data.get("source")),
            target=Actor.from_dict(data.get("target")),
            date=_parse_date(data.get("date")),
            date_end=_parse_date(data.get("date_end")),
            first_reported=_parse_date(data.get("first_reported")),
            location=Location.from_dict(data.get("location")),
            certainty=data.get("certainty") or "asserted",
            negated=bool(data.get("negated", False)),
            intensity=data.get("intensity"),
            contexts=tuple(data.get("contexts") or ()),
            sentence=data.get("sentence") or "",
            event_ids=tuple(data.get("event_ids") or ()),
            articles=tuple(ArticleRef.from_dict(a) for a in data.get("articles") or ()),
            n_articles=int(data.get("n_articles", 0)),
            n_sources=int(data.get("n_sources", 0)),
            accounts=tuple(Account.from_dict(a) for a in data.get("accounts") or ()),
            flags=tuple(data.get("flags") or ()),
        )


@dataclass(frozen=True, slots=True)
class ProcessDef:
    """A peace process as a user defines it: an id and its parties (ISO codes)."""

    id: str
    parties: tuple[str, ...]
    name: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "parties": list(self.parties)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ProcessDef:
        return cls(id=data["id"], parties=tuple(data["parties"]), name=data.get("name"))


@dataclass(frozen=True, slots=True)
class Participant:
    """Someone at a round: a party's delegate, a mediator or a host."""

    name: str
    country: str | None
    role: str | None = None
    actor_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "role": self.role,
            "actor_id": self.actor_id,
        }


@dataclass(frozen=True, slots=True)
class OutcomeEvidence:
    """Why a round got its outcome: an event or a cue sentence in one article."""

    outcome: str
    article_id: str
    sentence: str
    via: str  # "event" (AGREE/REJECT/negated AGREE) or "cue" (outcome phrase)

    def to_dict(self) -> dict[str, Any]:
        return {
            "outcome": self.outcome,
            "article_id": self.article_id,
            "sentence": self.sentence,
            "via": self.via,
        }


@dataclass(frozen=True, slots=True)
class Round:
    """One round of talks between the parties of a process."""

    round_id: str
    start: date | None
    end: date | None
    venue: Location | None
    format: str  # bilateral | mediated | multilateral
    mediators: tuple[Participant, ...]
    hosts: tuple[Participant, ...]
    participants: tuple[Participant, ...]
    level: str | None  # leaders | foreign ministers | deputies/advisors | commissions
    outcome: str  # agreement | joint statement | no agreement | unknown
    outcome_evidence: tuple[OutcomeEvidence, ...]
    story_ids: tuple[str, ...]
    articles: tuple[ArticleRef, ...]
    n_articles: int
    n_sources: int
    certainty: str

    def to_dict(self) -> dict[str, Any]:
        venue = None
        if self.venue is not None:
            venue = {
                "name": self.venue.name,
                "country": self.venue.country,
                "lat": self.venue.lat,
                "lon": self.venue.lon,
                "geonameid": self.venue.geonameid,
            }
        return {
            "round_id": self.round_id,
            "start": _iso(self.start),
            "end": _iso(self.end),
            "venue": venue,
            "format": self.format,
            "mediators": _dicts(self.mediators),
            "hosts": _dicts(self.hosts),
            "participants": _dicts(self.participants),
            "level": self.level,
            "outcome": self.outcome,
            "outcome_evidence": _dicts(self.outcome_evidence),
            "story_ids": list(self.story_ids),
            "sources": _dicts(self.articles),
            "n_articles": self.n_articles,
            "n_sources": self.n_sources,
            "certainty": self.certainty,
        }


@dataclass(frozen=True, slots=True)
class Track:
    """A channel of talks at one level; ``claimed`` if no report confirms it."""

    name: str
    level: str | None
    claimed: bool
    round_ids: tuple[str, ...]
    story_ids: tuple[str, ...]
    first: date | None
    last: date | None
    claimed_by: tuple[str, ...] = ()
    parallel_to: tuple[str, ...] = ()  # rounds a claimed track is said to run alongside
    articles: tuple[ArticleRef, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "level": self.level,
            "claimed": self.claimed,
            "round_ids": list(self.round_ids),
            "story_ids": list(self.story_ids),
            "first": _iso(self.first),
            "last": _iso(self.last),
            "claimed_by": list(self.claimed_by),
            "parallel_to": list(self.parallel_to),
            "sources": _dicts(self.articles),
        }


@dataclass(frozen=True, slots=True)
class ThirdParty:
    """An outside actor in a process: a material supporter, a mediator or a host."""

    name: str
    country: str | None
    role: str  # supporter | mediator | host
    supports: str | None = None  # the party supported (supporters only)
    kinds: tuple[str, ...] = ()  # military, economic, humanitarian, ...
    types: tuple[str, ...] = ()  # AID, COOPERATE (supporters)
    story_ids: tuple[str, ...] = ()
    round_ids: tuple[str, ...] = ()
    articles: tuple[ArticleRef, ...] = ()
    n_articles: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "role": self.role,
            "supports": self.supports,
            "kinds": list(self.kinds),
            "types": list(self.types),
            "story_ids": list(self.story_ids),
            "round_ids": list(self.round_ids),
            "sources": _dicts(self.articles),
            "n_articles": self.n_articles,
        }


@dataclass(frozen=True, slots=True)
class WeekIndicator:
    """One week of a process: conflict and cooperation on the ``intensity`` scale."""

    week: str  # ISO week, e.g. "2024-W09"
    start: date  # its Monday
    n_stories: int
    conflict: float  # sum of negative intensities (<= 0)
    cooperation: float  # sum of positive intensities (>= 0)
    balance: float  # conflict + cooperation
    escalation: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "week": self.week,
            "start": self.start.isoformat(),
            "n_stories": self.n_stories,
            "conflict": self.conflict,
            "cooperation": self.cooperation,
            "balance": self.balance,
            "escalation": self.escalation,
        }


@dataclass(frozen=True, slots=True)
class ProcessStatus:
    """Headline state of a process as of a date."""

    as_of: date | None
    n_articles: int
    n_stories: int
    last_round: str | None
    last_round_end: date | None
    days_since_last_round: int | None
    escalation: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "as_of": _iso(self.as_of),
            "n_articles": self.n_articles,
            "n_stories": self.n_stories,
            "last_round": self.last_round,
            "last_round_end": _iso(self.last_round_end),
            "days_since_last_round": self.days_since_last_round,
            "escalation": self.escalation,
        }


@dataclass(frozen=True, slots=True)
class ProcessView:
    """Everything ``parley process show`` reports about one process."""

    process: str
    name: str | None
    parties: tuple[str, ...]
    rounds: tuple[Round, ...]
    tracks: tuple[Track, ...]
    incidents: tuple[Story, ...]
    third_parties: tuple[ThirdParty, ...]
    indicators: tuple[WeekIndicator, ...]
    status: ProcessStatus

    def to_dict(self) -> dict[str, Any]:
        return {
            "process": self.process,
            "name": self.name,
            "parties": list(self.parties),
            "status": self.status.to_dict(),
            "rounds": _dicts(self.rounds),
            "tracks": _dicts(self.tracks),
            "incidents": _dicts(self.incidents),
            "third_parties": _dicts(self.third_parties),
            "indicators": _dicts(self.indicators),
        }
