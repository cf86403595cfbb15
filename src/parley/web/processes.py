"""The peace-process and story views, as the web layer shows them.

The views themselves are built by :mod:`parley.process` (rounds, tracks,
incidents, indicators: a :class:`~parley.models.ProcessView`) and
:mod:`parley.merge` (cross-article :class:`~parley.models.Story` objects).
This module asks them and turns what they return into JSON-ready dicts plus
the timeline the process page draws. When a parley installation lacks one of
them, or no process is defined yet, the API and pages say so instead of
failing.

Stories are merged on demand over the whole store and cached until the
store's counts change; above ``MAX_MERGE_EVENTS`` events that is too slow
for a web request and the page says so.
"""

from __future__ import annotations

import importlib
import logging
from datetime import date
from types import ModuleType
from typing import Any

from parley.models import Story
from parley.settings import Settings
from parley.store.base import Store
from parley.web.views import IndicatorPoint

log = logging.getLogger(__name__)

NO_PROCESS_MODULE = "no processes defined yet (this parley has no peace-process view)"
NO_PROCESSES = "no processes defined yet"
NO_MERGE_MODULE = "this version of parley has no cross-article stories (parley.merge)"
TOO_MANY = "too many events ({n}) to merge into stories in a web request (limit {limit})"

#: Largest store merged into stories on the fly.
MAX_MERGE_EVENTS = 50_000


def _module(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


# -- stories ---------------------------------------------------------------------


def _fingerprint(store: Store) -> tuple[int, int]:
    return (store.count_articles(), store.count_events())


def compute_stories(store: Store, cache: dict[Any, Any]) -> list[Story] | str:
    """All stories of the store (cached), or a message saying why there are none."""
    merge = _module("parley.merge")
    if merge is None:
        return NO_MERGE_MODULE
    stored = store.stories(limit=None)
    if stored:  # saved by `parley stories --save`
        return stored
    key = _fingerprint(store)
    if cache.get("stories_key") == key:
        stories: list[Story] = cache["stories"]
        return stories
    if key[1] > MAX_MERGE_EVENTS:
        return TOO_MANY.format(n=key[1], limit=MAX_MERGE_EVENTS)
    articles = []
    for summary in store.articles(limit=None):
        coded = store.get_article(summary.id)
        if coded is not None:
            articles.append(coded.article)
    stories = merge.merge(store.iter_events(), merge.article_refs(articles))
    cache["stories_key"], cache["stories"] = key, stories
    return stories


def stories_page(
    store: Store, cache: dict[Any, Any], limit: int, offset: int, min_sources: int = 1
) -> dict[str, Any]:
    """``{"available", "message", "total", "limit", "offset", "items"}``, newest first."""
    found = compute_stories(store, cache)
    if isinstance(found, str):
        return {
            "available": False,
            "message": found,
            "total": 0,
            "limit": limit,
            "offset": offset,
            "items": [],
        }
    chosen = [s for s in found if s.n_sources >= min_sources]
    chosen.sort(key=lambda s: (s.when is not None, s.when or date.min), reverse=True)
    return {
        "available": True,
        "message": None if chosen else "no stories yet",
        "total": len(chosen),
        "limit": limit,
        "offset": offset,
        "items": [s.to_dict() for s in chosen[offset : offset + limit]],
    }


# -- processes -------------------------------------------------------------------


def _cached(cache: dict[Any, Any], name: str, store: Store, build: Any) -> Any:
    """``build()``, remembered in ``cache`` until the store's counts change."""
    key = (name, _fingerprint(store))
    if key not in cache:
        for old in [k for k in cache if isinstance(k, tuple) and k[0] == name]:
            del cache[old]
        cache[key] = build()
    return cache[key]


def process_list(store: Store, cache: dict[Any, Any] | None = None) -> dict[str, Any]:
    """``{"available", "message", "items", "suggestions"}``: the defined processes.

    When none is defined, ``suggestions`` lists country pairs with both talks
    and incidents (what ``parley process suggest`` prints).
    """
    module = _module("parley.process")
    if module is None:
        return {"available": False, "message": NO_PROCESS_MODULE, "items": [], "suggestions": []}
    items = [d.to_dict() for d in store.processes()]
    suggestions: list[dict[str, Any]] = []
    if not items and cache is not None and store.count_events() <= MAX_MERGE_EVENTS:
        found = _cached(
            cache, "suggestions", store, lambda: module.suggest_processes(store.iter_events())
        )
        suggestions = [s.to_dict() for s in found[:5]]
    return {
        "available": True,
        "message": None if items else NO_PROCESSES,
        "items": items,
        "suggestions": suggestions,
    }


def process_view(
    store: Store, process_id: str, settings: Settings, cache: dict[Any, Any]
) -> dict[str, Any] | None:
    """One process: ``ProcessView.to_dict()`` (cached); None when it is not defined."""
    module = _module("parley.process")
    if module is None:
        return None
    defn = store.get_process(process_id)
    if defn is None:
        return None
    if "roles" not in cache:  # the actor dictionary behind participant levels: load once
        cache["roles"] = module.make_role_lookup(settings)

    def build() -> dict[str, Any]:
        events, articles = module.process_inputs(store, defn)
        view = module.build_process(defn, events, articles, roles=cache["roles"])
        data: dict[str, Any] = view.to_dict()
        return data

    key = f"process:{defn.id}:{','.join(defn.parties)}:{defn.name}"
    view: dict[str, Any] = _cached(cache, key, store, build)
    return view


def _sources(refs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "article_id": r["id"],
            "title": r.get("title"),
            "outlet": r.get("outlet"),
            "date": r.get("date"),
            "sentence_index": None,
        }
        for r in refs
        if not r.get("copy_of")
    ]


def _names(people: list[dict[str, Any]]) -> list[str]:
    return [p["name"] + (f" ({p['country']})" if p.get("country") else "") for p in people]


def _actor_text(actor: dict[str, Any] | None) -> str:
    if not actor:
        return "?"
    return actor.get("name") or actor.get("text") or actor.get("country") or "?"


def timeline(view: dict[str, Any]) -> list[dict[str, Any]]:
    """Rounds and incidents of a process view in date order, ready for the page."""
    items: list[dict[str, Any]] = []
    for r in view.get("rounds", []):
        venue = r.get("venue") or {}
        mediators = _names(r.get("mediators", [])) or _names(r.get("hosts", []))
        items.append(
            {
                "kind": "round",
                "date": r.get("start"),
                "date_end": r.get("end"),
                "venue": venue.get("name"),
                "format": " · ".join(x for x in (r.get("format"), r.get("level")) if x),
                "mediator": ", ".join(mediators),
                "participants": _names(r.get("participants", [])),
                "outcome": r.get("outcome"),
                "certainty": r.get("certainty"),
                "sources": _sources(r.get("sources", [])),
            }
        )
    for s in view.get("incidents", []):
        who = f"{_actor_text(s.get('source'))} → {_actor_text(s.get('target'))}"
        items.append(
            {
                "kind": "incident",
                "date": s.get("date") or s.get("first_reported"),
                "type": s.get("type"),
                "mode": s.get("mode"),
                "summary": f"{who}: {s.get('sentence', '')}",
                "certainty": s.get("certainty"),
                "sources": _sources(s.get("articles", [])),
            }
        )
    items.sort(key=lambda i: (i["date"] is None, i["date"] or "", i["kind"] != "round"))
    return items


def indicator_points(view: dict[str, Any]) -> list[IndicatorPoint]:
    """The weekly indicator of a process view as chart points."""
    return [
        IndicatorPoint(
            w["week"],
            date.fromisoformat(w["start"]),
            float(w.get("balance", 0.0)),
            int(w.get("n_stories", 0)),
            bool(w.get("escalation", False)),
        )
        for w in view.get("indicators", [])
    ]


def round_markers(view: dict[str, Any]) -> list[tuple[date, str]]:
    out = []
    for r in view.get("rounds", []):
        if r.get("start"):
            venue = (r.get("venue") or {}).get("name") or "round"
            out.append((date.fromisoformat(r["start"]), f"round in {venue}"))
    return out
