"""Pydantic models of the JSON API: what ``/api/openapi.json`` documents.

They mirror the ``to_dict`` output of :mod:`parley.models` and
:mod:`parley.store.base` (the event model is the event contract of DESIGN.md),
so the endpoints return those dicts and FastAPI checks them against these.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from parley.models import CERTAINTIES, EVENT_TYPES


class ErrorDetail(BaseModel):
    status: int = Field(description="The HTTP status code, repeated.")
    code: str = Field(description="A stable machine-readable code, e.g. not_found.")
    message: str = Field(description="What was wrong and how to fix it.")
    details: list[dict[str, Any]] | None = Field(
        default=None, description="Per-field problems of an invalid request."
    )


class ErrorResponse(BaseModel):
    """The one error shape of every API error."""

    error: ErrorDetail


class ActorOut(BaseModel):
    text: str
    name: str | None
    country: str | None
    sector: str | None
    actor_id: str | None


class LocationOut(BaseModel):
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None


class EventOut(BaseModel):
    """One event: the JSON event contract (DESIGN.md)."""

    event_id: str
    article_id: str
    sentence: str
    sentence_index: int
    span: list[int] = Field(min_length=2, max_length=2)
    type: str = Field(json_schema_extra={"enum": list(EVENT_TYPES)})
    mode: str | None
    contexts: list[str]
    source: ActorOut | None
    target: ActorOut | None
    date: dt.date | None
    date_end: dt.date | None
    location: LocationOut | None
    certainty: str = Field(json_schema_extra={"enum": list(CERTAINTIES)})
    attributed_to: ActorOut | None
    negated: bool
    intensity: float | None
    trigger: str | None
    cameo: str | None


class Page(BaseModel):
    total: int = Field(description="Items matching the query, over all pages.")
    limit: int
    offset: int


class EventPage(Page):
    total_exact: bool = Field(
        description="False when more events match than were counted: then 'more than total'."
    )
    items: list[EventOut]


class ArticleSummaryOut(BaseModel):
    id: str
    title: str | None
    date: dt.date | None
    outlet: str | None
    url: str | None
    origin: str | None
    n_sentences: int
    n_events: int


class ArticlePage(Page):
    items: list[ArticleSummaryOut]


class SentenceOut(BaseModel):
    index: int
    start: int
    end: int
    text: str
    opinion: bool = Field(description="Opinion or analysis: not coded.")


class ArticleOut(BaseModel):
    id: str
    title: str | None
    date: dt.date | None
    url: str | None
    outlet: str | None
    origin: str | None
    text: str
    sentences: list[SentenceOut]
    events: list[EventOut]


class ArticleIn(BaseModel):
    """An article to code and store: exactly one of ``text`` or ``html``."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"oneOf": [{"required": ["text"]}, {"required": ["html"]}]},
    )

    text: str | None = Field(
        default=None, min_length=1, pattern=r"\S", description="Plain article text."
    )
    html: str | None = Field(
        default=None, min_length=1, pattern=r"\S", description="A whole web page."
    )
    title: str | None = Field(default=None, max_length=1000)
    date: dt.date | None = Field(default=None, description="Publication date (YYYY-MM-DD).")
    url: str | None = Field(default=None, max_length=2000)
    outlet: str | None = Field(default=None, max_length=200)

    @model_validator(mode="after")
    def _one_body(self) -> ArticleIn:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' or 'html'")
        return self


class IngestOut(BaseModel):
    stored: bool = Field(description="False when the article was already stored (nothing changed).")
    article: ArticleSummaryOut
    events: list[EventOut]


class ActorSummaryOut(BaseModel):
    actor_id: str
    name: str | None
    country: str | None
    n_events: int
    n_as_source: int
    n_as_target: int
    first_date: dt.date | None
    last_date: dt.date | None


class ActorPage(Page):
    items: list[ActorSummaryOut]


class MonthOut(BaseModel):
    month: str = Field(description="YYYY-MM")
    n_events: int
    mean_intensity: float | None


class CounterpartOut(BaseModel):
    actor_id: str | None
    name: str
    country: str | None
    n_events: int


class CountryCountOut(BaseModel):
    country: str
    n_events: int


class ActorProfileOut(BaseModel):
    actor: ActorSummaryOut
    timeline: list[MonthOut] = Field(description="Events involving the actor, by month.")
    counterparts: list[CounterpartOut] = Field(description="The other side of its events.")
    counterpart_countries: list[CountryCountOut]


class SearchOut(BaseModel):
    q: str
    articles: list[ArticleSummaryOut]
    actors: list[ActorSummaryOut]
    events: list[EventOut]
    totals: dict[str, int]


class DyadOut(BaseModel):
    source: str
    target: str
    count: int


class SummaryOut(BaseModel):
    n_articles: int
    n_events: int
    n_sentences: int
    events_by_type: dict[str, int]
    top_dyads: list[DyadOut]
    first_date: dt.date | None
    last_date: dt.date | None


class ProcessDefOut(BaseModel):
    id: str
    name: str | None
    parties: list[str]


class ProcessSuggestionOut(BaseModel):
    id: str
    parties: list[str]
    talks: int = Field(description="Articles reporting talks between the two.")
    incidents: int = Field(description="Articles reporting incidents between the two.")
    defined: str | None


class ProcessListOut(BaseModel):
    available: bool = Field(description="Whether this parley has the peace-process view.")
    message: str | None = None
    items: list[ProcessDefOut]
    suggestions: list[ProcessSuggestionOut] = Field(
        default_factory=list, description="Likely processes, while none is defined."
    )


class ProcessOut(BaseModel):
    """``ProcessView.to_dict()``: see parley.models.ProcessView and docs/PROCESS.md."""

    process: str
    name: str | None
    parties: list[str]
    status: dict[str, Any]
    rounds: list[dict[str, Any]] = Field(description="Rounds of talks, with their sources.")
    tracks: list[dict[str, Any]]
    incidents: list[dict[str, Any]] = Field(description="Incident stories between the parties.")
    third_parties: list[dict[str, Any]]
    indicators: list[dict[str, Any]] = Field(description="Weekly conflict-cooperation balance.")


class StoryListOut(BaseModel):
    available: bool = Field(description="Whether this parley has cross-article stories.")
    message: str | None = None
    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]
