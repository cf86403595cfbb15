"""Mentions that resolved to nothing: what an analyst should add to the dictionary.

An actor in a stored event is *unresolved* when it has neither a country nor a
dictionary id (an unknown named person, an organisation the dictionary lacks,
a role noun with no country in sight). Listing the frequent ones, with an
example sentence, is the quickest way to extend a user dictionary.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from parley.models import Actor, Event


@dataclass(frozen=True, slots=True)
class Unresolved:
    """One unresolved mention text, how often it occurs and where."""

    text: str
    count: int
    sectors: tuple[str, ...]
    example: str
    article_id: str

    def to_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "count": self.count,
            "sectors": list(self.sectors),
            "example": self.example,
            "article_id": self.article_id,
        }


def _key(actor: Actor) -> str:
    return " ".join(actor.text.split()).removeprefix("the ").removeprefix("The ")


def unresolved(events: Iterable[Event], limit: int = 50, min_count: int = 1) -> list[Unresolved]:
    """Unresolved actor texts, most frequent first (ties by text)."""
    counts: Counter[str] = Counter()
    sectors: dict[str, set[str]] = {}
    first: dict[str, Event] = {}
    for event in events:
        for actor in (event.source, event.target):
            if actor is None or actor.country or actor.actor_id or not actor.text.strip():
                continue
            key = _key(actor)
            counts[key] += 1
            sectors.setdefault(key, set()).update([actor.sector] if actor.sector else [])
            first.setdefault(key, event)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].lower()))
    return [
        Unresolved(
            text, n, tuple(sorted(sectors[text])), first[text].sentence, first[text].article_id
        )
        for text, n in ranked[:limit]
        if n >= min_count
    ]
