"""Shared fixtures: the spaCy-backed pipeline is built once per test session."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from parley.models import Event
from parley.pipeline import Pipeline
from parley.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings()


@pytest.fixture(scope="session")
def pipeline(settings: Settings) -> Pipeline:
    """The real pipeline (spaCy model, dictionary, lexicon, gazetteer), loaded once."""
    pipe = Pipeline(settings)
    _ = pipe.coder
    return pipe


@pytest.fixture(scope="session")
def code(pipeline: Pipeline) -> Callable[..., list[Event]]:
    """Code a text written for the test: ``code(text, "2024-03-01")`` -> events."""

    def _code(text: str, pub: str | None = "2024-03-01") -> list[Event]:
        when = date.fromisoformat(pub) if pub else None
        return list(pipeline.code_text(text, when).events)

    return _code


def find(events: list[Event], type_: str, src: str | None = None, tgt: str | None = None,
         symmetric: bool = False) -> list[Event]:
    """Events of a type whose source/target countries match (None: anything)."""
    out = []
    for e in events:
        if e.type != type_:
            continue
        s = e.source.country if e.source else None
        t = e.target.country if e.target else None
        ok = (src is None or s == src) and (tgt is None or t == tgt)
        if symmetric and not ok:
            ok = (src is None or t == src) and (tgt is None or s == tgt)
        if ok:
            out.append(e)
    return out
