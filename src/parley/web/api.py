"""The JSON API under ``/api/``: read-only, except ``POST /api/articles`` with a token.

Every endpoint returns the dicts of :mod:`parley.models` (events follow the
event contract), checked against :mod:`parley.web.schemas`; every error is
``{"error": {"status", "code", "message"}}`` (see :mod:`parley.web.app`).
"""

from __future__ import annotations

import io
import secrets
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from itertools import islice
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, Query, Request, Response
from fastapi.responses import StreamingResponse

from parley.errors import IngestError, ParleyError
from parley.export import write_csv, write_jsonl
from parley.models import (
    CERTAINTIES,
    EVENT_TYPES,
    Article,
    ArticleSummary,
    CodedArticle,
    EventQuery,
    Failure,
)
from parley.settings import Settings
from parley.store.base import Store
from parley.web import processes, schemas, views
from parley.web.errors import ApiError

#: Largest page of any listing.
MAX_PAGE = 500
#: Events per chunk of a CSV/JSONL download.
DOWNLOAD_CHUNK = 1000
#: Listings count matching events exactly up to this many (then "more than").
COUNT_CAP = 10_000

EventType = Literal[EVENT_TYPES]  # type: ignore[valid-type]
Certainty = Literal[CERTAINTIES]  # type: ignore[valid-type]

Responses = dict[int | str, dict[str, Any]]

NOT_FOUND: Responses = {404: {"model": schemas.ErrorResponse, "description": "No such item."}}
INVALID: Responses = {422: {"model": schemas.ErrorResponse, "description": "Invalid parameters."}}

router = APIRouter(prefix="/api", responses=INVALID)


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


StoreDep = Annotated[Store, Depends(get_store)]
Limit = Annotated[int, Query(ge=0, le=MAX_PAGE, description=f"Page size (at most {MAX_PAGE}).")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip.")]


def event_query(
    type: Annotated[EventType | None, Query(description="PLOVER event type.")] = None,
    mode: Annotated[str | None, Query(max_length=40, description="PLOVER mode.")] = None,
    country: Annotated[
        str | None,
        Query(pattern="^[A-Za-z]{3}$", description="ISO alpha-3 code of either actor."),
    ] = None,
    actor: Annotated[
        str | None, Query(max_length=200, description="Text in either actor's name.")
    ] = None,
    actor_id: Annotated[
        str | None, Query(max_length=200, description="Dictionary actor id on either side.")
    ] = None,
    since: Annotated[date | None, Query(description="Events on or after this date.")] = None,
    until: Annotated[date | None, Query(description="Events on or before this date.")] = None,
    certainty: Annotated[Certainty | None, Query(description="How sure the text is.")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Text in the sentence.")] = None,
) -> EventQuery:
    """The event filters shared by the listing and the downloads."""
    return EventQuery(
        type=type,
        mode=mode or None,
        country=country.upper() if country else None,
        actor=actor or None,
        actor_id=actor_id or None,
        since=since,
        until=until,
        certainty=certainty,
        text=q or None,
    )


QueryDep = Annotated[EventQuery, Depends(event_query)]


@router.get("/summary", response_model=schemas.SummaryOut, tags=["store"])
def summary(store: StoreDep) -> dict[str, Any]:
    """Headline numbers: articles, events by type, top country dyads."""
    return store.summary().to_dict()


# -- events ----------------------------------------------------------------------


def count_events(store: Store, query: EventQuery, seen: int) -> tuple[int, bool]:
    """(count, exact): exact up to COUNT_CAP (or past the page), else (cap, False)."""
    cap = max(COUNT_CAP, seen)
    n = store.count_events(query, at_most=cap)
    return (n, True) if n <= cap else (cap, False)


@router.get("/events", response_model=schemas.EventPage, tags=["events"])
def list_events(
    store: StoreDep, query: QueryDep, limit: Limit = 50, offset: Offset = 0
) -> dict[str, Any]:
    """Events matching the filters, by date (undated last), one page at a time."""
    items = store.events(query, limit=limit, offset=offset)
    total, exact = count_events(store, query, offset + limit)
    return {
        "total": total,
        "total_exact": exact,
        "limit": limit,
        "offset": offset,
        "items": items.to_dicts(),
    }


def _chunks(store: Store, query: EventQuery, write: Any) -> Iterator[str]:
    """The download in pieces of DOWNLOAD_CHUNK events, each written by ``write``."""
    events = store.iter_events(query, batch_size=DOWNLOAD_CHUNK)
    first = True
    while (batch := list(islice(events, DOWNLOAD_CHUNK))) or first:
        buf = io.StringIO()
        write(batch, buf)
        text = buf.getvalue()
        if not first and write is write_csv:
            text = text.split("\r\n", 1)[1]  # write_csv starts every piece with the header
        first = False
        yield text


def _download(store: Store, query: EventQuery, fmt: str) -> StreamingResponse:
    write, media = (
        (write_csv, "text/csv") if fmt == "csv" else (write_jsonl, "application/x-ndjson")
    )
    return StreamingResponse(
        _chunks(store, query, write),
        media_type=f"{media}; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="events.{fmt}"'},
    )


_CSV: Responses = {
    200: {"content": {"text/csv": {"schema": {"type": "string"}}}, "description": "CSV"}
}
_JSONL: Responses = {
    200: {
        "content": {"application/x-ndjson": {"schema": {"type": "string"}}},
        "description": "One event-contract object per line.",
    }
}


@router.get("/events.csv", response_class=StreamingResponse, responses=_CSV, tags=["events"])
def download_csv(store: StoreDep, query: QueryDep) -> StreamingResponse:
    """Every event matching the filters as flat CSV (the columns of ``parley export``)."""
    return _download(store, query, "csv")


@router.get("/events.jsonl", response_class=StreamingResponse, responses=_JSONL, tags=["events"])
def download_jsonl(store: StoreDep, query: QueryDep) -> StreamingResponse:
    """Every event matching the filters as JSON Lines (the event contract)."""
    return _download(store, query, "jsonl")


# -- articles --------------------------------------------------------------------


@router.get("/articles", response_model=schemas.ArticlePage, tags=["articles"])
def list_articles(
    store: StoreDep,
    limit: Limit = 50,
    offset: Offset = 0,
    q: Annotated[str | None, Query(max_length=200, description="Text in title or body.")] = None,
) -> dict[str, Any]:
    """Stored articles, newest first."""
    return {
        "total": store.count_articles(q or None),
        "limit": limit,
        "offset": offset,
        "items": store.articles(limit=limit, offset=offset, text=q or None).to_dicts(),
    }


def article_dict(coded: CodedArticle) -> dict[str, Any]:
    data = coded.article.to_dict()
    data["sentences"] = [s.to_dict() for s in coded.sentences]
    data["events"] = [e.to_dict() for e in coded.events]
    return data


@router.get(
    "/articles/{article_id:path}",
    response_model=schemas.ArticleOut,
    responses=NOT_FOUND,
    tags=["articles"],
)
def get_article(store: StoreDep, article_id: str) -> dict[str, Any]:
    """One article with its text, sentences (opinion flagged) and events."""
    coded = store.get_article(article_id)
    if coded is None:
        raise ApiError(404, f"no article with id {article_id!r}")
    return article_dict(coded)


def require_token(
    settings: Annotated[Settings, Depends(get_settings)],
    authorization: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> None:
    """Allow writes only with ``Authorization: Bearer <api_token>``."""
    if not settings.api_token:
        raise ApiError(
            403,
            "this API is read-only: set the api_token setting (PARLEY_API_TOKEN) on the "
            "server to allow POST /api/articles",
        )
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not secrets.compare_digest(
        given.strip().encode(), settings.api_token.encode()
    ):
        raise ApiError(401, "send the API token as 'Authorization: Bearer <token>'")


_POST_ERRORS: Responses = {
    200: {"model": schemas.IngestOut, "description": "Already stored: nothing changed."},
    400: {"model": schemas.ErrorResponse, "description": "The body is not JSON."},
    401: {"model": schemas.ErrorResponse, "description": "Missing or wrong token."},
    403: {"model": schemas.ErrorResponse, "description": "Writes are disabled."},
    413: {"model": schemas.ErrorResponse, "description": "Body over 2 MB."},
}

_CODING_LOCK = threading.Lock()


def _article_from_body(body: schemas.ArticleIn, settings: Settings) -> Article:
    """The article a POST describes; raises IngestError when it has no usable text."""
    if body.html is not None:
        from parley.ingest import article_from_html

        art = article_from_html(body.html, "api", settings, default_date=body.date, url=body.url)
        return replace(art, title=body.title or art.title, outlet=body.outlet or art.outlet)
    from parley.ingest import strip_page_furniture
    from parley.ingest.common import fix_surrogates, normalize_newlines, too_large_text

    text, _ = fix_surrogates(strip_page_furniture(normalize_newlines(body.text or "").strip()))
    if not text:
        raise IngestError("api", "'text' has no article text")
    reason = too_large_text(len(text), settings.max_article_chars)
    if reason:
        raise IngestError("api", reason)
    return Article.from_text(
        text, title=body.title, date=body.date, url=body.url, outlet=body.outlet, origin="api"
    )


def _code(request: Request, article: Article) -> CodedArticle:
    app_state = request.app.state
    with _CODING_LOCK:  # one spaCy pipeline per app, used by one thread at a time
        if app_state.pipeline is None:
            from parley.pipeline import Pipeline

            app_state.pipeline = Pipeline(app_state.settings)
        result = next(app_state.pipeline.code([article]))
    if isinstance(result, Failure):
        raise ParleyError(result.reason)
    return result


@router.post(
    "/articles",
    response_model=schemas.IngestOut,
    status_code=201,
    responses=_POST_ERRORS,
    dependencies=[Depends(require_token)],
    tags=["articles"],
)
def post_article(
    request: Request,
    response: Response,
    store: StoreDep,
    body: schemas.ArticleIn,
) -> dict[str, Any]:
    """Code one article (text or HTML) and store it; needs the API token.

    Returns 201 with its events, or 200 with ``stored: false`` when the same
    text is already stored (nothing is coded twice).
    """
    settings = get_settings(request)
    try:
        article = _article_from_body(body, settings)
    except IngestError as exc:
        raise ApiError(422, f"the article could not be read: {exc.reason}") from exc
    existing = store.get_article(article.id)
    if existing is not None:
        response.status_code = 200
        coded, stored = existing, False
    else:
        coded = _code(request, article)
        stored = store.save(coded)
    response.headers["Location"] = f"/api/articles/{coded.article.id}"
    summary = ArticleSummary(
        id=coded.article.id,
        title=coded.article.title,
        date=coded.article.date,
        outlet=coded.article.outlet,
        url=coded.article.url,
        origin=coded.article.origin,
        n_sentences=len(coded.sentences),
        n_events=len(coded.events),
    )
    return {
        "stored": stored,
        "article": summary.to_dict(),
        "events": [e.to_dict() for e in coded.events],
    }


# -- actors ----------------------------------------------------------------------


@router.get("/actors", response_model=schemas.ActorPage, tags=["actors"])
def list_actors(
    store: StoreDep,
    limit: Limit = 50,
    offset: Offset = 0,
    q: Annotated[str | None, Query(max_length=200, description="Text in name or id.")] = None,
    country: Annotated[str | None, Query(pattern="^[A-Za-z]{3}$")] = None,
) -> dict[str, Any]:
    """Actors seen in events (resolved to the dictionary), most events first."""
    cc = country.upper() if country else None
    return {
        "total": store.count_actors(text=q or None, country=cc),
        "limit": limit,
        "offset": offset,
        "items": [
            a.to_dict()
            for a in store.actors(text=q or None, country=cc, limit=limit, offset=offset)
        ],
    }


@router.get(
    "/actors/{actor_id:path}",
    response_model=schemas.ActorProfileOut,
    responses=NOT_FOUND,
    tags=["actors"],
)
def get_actor(store: StoreDep, actor_id: str) -> dict[str, Any]:
    """One actor: events by month and its interaction network (counterparts).

    Its events themselves: ``GET /api/events?actor_id=...``.
    """
    profile = store.actor_profile(actor_id)
    if profile is None:
        raise ApiError(404, f"no events involve an actor with id {actor_id!r}")
    return {
        "actor": profile.actor.to_dict(),
        "timeline": [
            {"month": m.month, "n_events": m.n_events, "mean_intensity": m.mean_intensity}
            for m in views.months(profile.timeline)
        ],
        "counterparts": [c.to_dict() for c in profile.counterparts],
        "counterpart_countries": [
            {"country": c, "n_events": n}
            for c, n in views.counterpart_countries(profile.counterparts)
        ],
    }


# -- search ----------------------------------------------------------------------


@router.get("/search", response_model=schemas.SearchOut, tags=["search"])
def search(
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description="Text to find.")],
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
) -> dict[str, Any]:
    """Articles (title or text), actors (name or id) and events (sentence) containing ``q``."""
    query = EventQuery(text=q)
    return {
        "q": q,
        "articles": store.articles(text=q, limit=limit).to_dicts(),
        "actors": [a.to_dict() for a in store.actors(text=q, limit=limit)],
        "events": store.events(query, limit=limit).to_dicts(),
        "totals": {
            "articles": store.count_articles(q),
            "actors": store.count_actors(text=q),
            "events": store.count_events(query),
        },
    }


# -- stories and processes ----------------------------------------------------------------


@router.get("/stories", response_model=schemas.StoryListOut, tags=["processes"])
def list_stories(
    request: Request,
    store: StoreDep,
    limit: Limit = 50,
    offset: Offset = 0,
    min_sources: Annotated[int, Query(ge=1, le=1000, description="Fewest outlets.")] = 1,
) -> dict[str, Any]:
    """Cross-article stories (one happening with all its sources), newest first."""
    return processes.stories_page(store, request.app.state.view_cache, limit, offset, min_sources)


@router.get("/processes", response_model=schemas.ProcessListOut, tags=["processes"])
def list_processes(request: Request, store: StoreDep) -> dict[str, Any]:
    """Defined peace processes; while none is, ``suggestions`` names likely ones."""
    return processes.process_list(store, request.app.state.view_cache)


@router.get(
    "/processes/{process_id:path}",
    response_model=schemas.ProcessOut,
    responses=NOT_FOUND,
    tags=["processes"],
)
def get_process(request: Request, store: StoreDep, process_id: str) -> dict[str, Any]:
    """One peace process: rounds, tracks, incidents, third parties, weekly indicators."""
    view = processes.process_view(
        store, process_id, get_settings(request), request.app.state.view_cache
    )
    if view is None:
        raise ApiError(404, f"no peace process {process_id!r} is defined")
    return view
