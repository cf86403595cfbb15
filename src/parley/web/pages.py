"""The HTML pages: server-rendered Jinja2 templates (autoescaped), no CDN.

Pages read their query parameters leniently (an empty form field means "no
filter"; a bad value is reported on the page and ignored), unlike the API,
which answers 422.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from parley.models import CERTAINTIES, EVENT_TYPES, EventQuery
from parley.store.base import Store
from parley.web import processes, views
from parley.web.api import MAX_PAGE, count_events, get_store
from parley.web.errors import ApiError

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

StoreDep = Annotated[Store, Depends(get_store)]
PAGE = 50


def render(request: Request, template: str, **context: Any) -> HTMLResponse:
    page: HTMLResponse = request.app.state.templates.TemplateResponse(request, template, context)
    return page


def _int(value: str | None, default: int, top: int) -> int:
    try:
        return min(max(int(value or default), 0), top)
    except ValueError:
        return default


def _date(value: str | None, name: str, problems: list[str]) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        problems.append(f"{name} {value!r} is not a date (YYYY-MM-DD); ignored")
        return None


FILTERS = ("type", "mode", "country", "actor", "actor_id", "since", "until", "certainty", "q")


def page_query(request: Request) -> tuple[EventQuery, dict[str, str], list[str]]:
    """The explorer's filters from the URL: (query, the non-empty values, problems)."""
    raw = {k: request.query_params.get(k, "").strip()[:200] for k in FILTERS}
    problems: list[str] = []
    if raw["type"] and raw["type"].upper() not in EVENT_TYPES:
        problems.append(f"type {raw['type']!r} is not a PLOVER type; ignored")
        raw["type"] = ""
    if raw["certainty"] and raw["certainty"] not in CERTAINTIES:
        problems.append(f"certainty {raw['certainty']!r} is unknown; ignored")
        raw["certainty"] = ""
    query = EventQuery(
        type=raw["type"].upper() or None,
        mode=raw["mode"] or None,
        country=raw["country"].upper() or None,
        actor=raw["actor"] or None,
        actor_id=raw["actor_id"] or None,
        since=_date(raw["since"], "since", problems),
        until=_date(raw["until"], "until", problems),
        certainty=raw["certainty"] or None,
        text=raw["q"] or None,
    )
    return query, {k: v for k, v in raw.items() if v}, problems


def _pager(
    path: str, params: dict[str, str], offset: int, limit: int, total: int, more: bool = False
) -> dict:
    """Links to the previous and next pages; ``more``: there are more than ``total``."""

    def link(new_offset: int) -> str:
        return f"{path}?{urlencode({**params, 'offset': new_offset, 'limit': limit})}"

    return {
        "first": offset + 1 if total else 0,
        "last": min(offset + limit, total),
        "total": total,
        "prev": link(max(offset - limit, 0)) if offset > 0 else None,
        "next": link(offset + limit) if offset + limit < total or more else None,
    }


@router.get("/")
def dashboard(request: Request, store: StoreDep) -> HTMLResponse:
    summary = store.summary()
    top = max(summary.events_by_type.values(), default=1)
    types = [
        (t, n, round(100 * n / top, 1), views.QUADRANTS.get(t, ""))
        for t, n in sorted(summary.events_by_type.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    return render(
        request,
        "dashboard.html",
        summary=summary,
        types=types,
        articles=store.articles(limit=8),
        actors=store.actors(limit=8),
        processes=processes.process_list(store, request.app.state.view_cache),
    )


@router.get("/events")
def explorer(request: Request, store: StoreDep) -> HTMLResponse:
    query, params, problems = page_query(request)
    limit = _int(request.query_params.get("limit"), PAGE, MAX_PAGE) or PAGE
    offset = _int(request.query_params.get("offset"), 0, 10_000_000)
    events = store.events(query, limit=limit, offset=offset)
    total, exact = count_events(store, query, offset + limit)
    pager = _pager("/events", params, offset, limit, total, more=not exact)
    return render(
        request,
        "events.html",
        events=events,
        params=params,
        problems=problems,
        pager=pager,
        exact=exact,
        download=urlencode(params),
        event_types=EVENT_TYPES,
        certainties=CERTAINTIES,
    )


@router.get("/articles")
def article_list(
    request: Request,
    store: StoreDep,
    q: Annotated[str, Query(max_length=200)] = "",
    offset: Annotated[str | None, Query()] = None,
) -> HTMLResponse:
    start = _int(offset, 0, 10_000_000)
    text = q.strip() or None
    total = store.count_articles(text)
    params = {"q": q} if text else {}
    return render(
        request,
        "articles.html",
        articles=store.articles(limit=PAGE, offset=start, text=text),
        q=q,
        pager=_pager("/articles", params, start, PAGE, total),
    )


@router.get("/articles/{article_id:path}")
def article_page(request: Request, store: StoreDep, article_id: str) -> HTMLResponse:
    coded = store.get_article(article_id)
    if coded is None:
        raise ApiError(404, f"no article with id {article_id!r}")
    return render(
        request,
        "article.html",
        coded=coded,
        article=coded.article,
        segments=views.article_segments(coded),
        events=list(enumerate(coded.events, start=1)),
        n_opinion=sum(1 for s in coded.sentences if s.opinion),
        hedged=views.HEDGED,
    )


@router.get("/actors")
def actor_list(
    request: Request,
    store: StoreDep,
    q: Annotated[str, Query(max_length=200)] = "",
    country: Annotated[str, Query(max_length=3)] = "",
    offset: Annotated[str | None, Query()] = None,
) -> HTMLResponse:
    start = _int(offset, 0, 10_000_000)
    text, cc = q.strip() or None, country.strip().upper() or None
    total = store.count_actors(text=text, country=cc)
    params = {k: v for k, v in (("q", q.strip()), ("country", cc or "")) if v}
    return render(
        request,
        "actors.html",
        actors=store.actors(text=text, country=cc, limit=PAGE, offset=start),
        q=q,
        country=cc or "",
        pager=_pager("/actors", params, start, PAGE, total),
    )


@router.get("/actors/{actor_id:path}")
def actor_page(request: Request, store: StoreDep, actor_id: str) -> HTMLResponse:
    profile = store.actor_profile(actor_id)
    if profile is None:
        raise ApiError(404, f"no events involve an actor with id {actor_id!r}")
    query = EventQuery(actor_id=actor_id)
    months = views.months(profile.timeline)
    return render(
        request,
        "actor.html",
        actor=profile.actor,
        chart=views.count_chart(months),
        indicator=views.indicator_chart(views.month_points(months)),
        nodes=views.network(profile.counterparts),
        counterparts=profile.counterparts[:30],
        countries=views.counterpart_countries(profile.counterparts),
        events=store.events(query, limit=100),
        n_events=profile.actor.n_events,
    )


@router.get("/processes")
def process_list(request: Request, store: StoreDep) -> HTMLResponse:
    found = processes.process_list(store, request.app.state.view_cache)
    return render(request, "processes.html", processes=found)


@router.get("/processes/{process_id:path}")
def process_page(request: Request, store: StoreDep, process_id: str) -> HTMLResponse:
    settings = request.app.state.settings
    view = processes.process_view(store, process_id, settings, request.app.state.view_cache)
    if view is None:
        raise ApiError(404, f"no peace process {process_id!r} is defined; see /processes")
    chart = views.indicator_chart(processes.indicator_points(view), processes.round_markers(view))
    return render(
        request,
        "process.html",
        process=view,
        timeline=processes.timeline(view),
        indicator=chart,
    )


@router.get("/stories")
def story_list(
    request: Request,
    store: StoreDep,
    offset: Annotated[str | None, Query()] = None,
    min_sources: Annotated[str | None, Query()] = None,
) -> HTMLResponse:
    start = _int(offset, 0, 10_000_000)
    least = _int(min_sources, 1, 1000) or 1
    page = processes.stories_page(store, request.app.state.view_cache, PAGE, start, least)
    params = {"min_sources": str(least)} if least > 1 else {}
    return render(
        request,
        "stories.html",
        stories=page,
        min_sources=least,
        pager=_pager("/stories", params, start, PAGE, page["total"]),
    )


@router.get("/search")
def search_page(
    request: Request, store: StoreDep, q: Annotated[str, Query(max_length=200)] = ""
) -> HTMLResponse:
    text = q.strip()
    found: dict[str, Any] = {}
    if text:
        query = EventQuery(text=text)
        found = {
            "articles": store.articles(text=text, limit=20),
            "actors": store.actors(text=text, limit=20),
            "events": store.events(query, limit=20),
            "n_articles": store.count_articles(text),
            "n_actors": store.count_actors(text=text),
            "n_events": count_events(store, query, 20)[0],
        }
    return render(request, "search.html", q=text, found=found)


@router.get("/api/docs")
def api_docs(request: Request) -> HTMLResponse:
    """A page describing the API from its OpenAPI schema (no CDN, no script)."""
    schema = request.app.openapi()
    operations = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            params = [
                {
                    "name": p["name"],
                    "where": p["in"],
                    "required": p.get("required", False),
                    "description": p.get("description", ""),
                }
                for p in op.get("parameters", [])
            ]
            operations.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "params": params,
                    "responses": sorted(op.get("responses", {})),
                }
            )
    return render(request, "api_docs.html", operations=operations, info=schema.get("info", {}))
