"""parley: news about conflicts and peace talks -> sourced, queryable PLOVER events.

For notebooks::

    import parley
    events = parley.code("Armenian forces detained an Azerbaijani soldier on Tuesday.",
                         date="2024-03-01")
    store = parley.connect("parley.db")
    store.events(parley.EventQuery(type="CONSULT", country="ARM")).to_pandas()
"""

from __future__ import annotations

from datetime import date as _date
from typing import TYPE_CHECKING

from parley.errors import CodingError, ConfigError, IngestError, ParleyError, StoreError
from parley.models import (
    Actor,
    Article,
    CodedArticle,
    Event,
    EventQuery,
    Failure,
    Location,
    Mention,
    Sentence,
)
from parley.settings import Settings, load_settings

if TYPE_CHECKING:
    from parley.store.base import Store

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "CodedArticle",
    "CodingError",
    "ConfigError",
    "Event",
    "EventQuery",
    "Failure",
    "IngestError",
    "Location",
    "Mention",
    "ParleyError",
    "Sentence",
    "Settings",
    "StoreError",
    "__version__",
    "code",
    "connect",
    "load_settings",
]


def code(
    text: str, date: str | _date | None = None, settings: Settings | None = None, **meta: object
) -> list[Event]:
    """Code one text (a sentence or a whole article) into events.

    ``date`` is the publication date that relative dates ("on Tuesday") are
    resolved against. The spaCy model loads on the first call only.
    """
    from parley.pipeline import pipeline_for

    when = _date.fromisoformat(date) if isinstance(date, str) else date
    return list(pipeline_for(settings or load_settings()).code_text(text, when, **meta).events)


def connect(db: str | Settings | None = None) -> Store:
    """Open the store at a SQLite path or database URL (default: settings ``db``)."""
    from parley.store import connect as _connect

    return _connect(db if db is not None else load_settings())
