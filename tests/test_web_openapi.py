"""The API keeps the promises of its OpenAPI schema (schemathesis, against the ASGI app).

For every operation in ``/api/openapi.json`` schemathesis generates a few
requests (valid and invalid ones) and checks that nothing answers 500, that
every status code, content type and body is the documented one (errors
included: the one error shape), and that invalid input is refused with 4xx.
Bounded: a handful of examples per operation, derandomized.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from parley.models import Actor, Article, CodedArticle, Event, Sentence
from parley.settings import Settings
from parley.store import Store, connect
from parley.web.app import create_app

ARM = Actor("Mirzoyan", "Ararat Mirzoyan", "ARM", "GOV", "person:ararat_mirzoyan")
AZE = Actor("Bayramov", "Jeyhun Bayramov", "AZE", "GOV", "person:jeyhun_bayramov")


def _article(article_id: str, text: str, day: date | None, etype: str) -> CodedArticle:
    event = Event("", article_id, text, 0, (0, len(text)), etype, source=ARM, target=AZE,
                  date=day, intensity=1.5).with_id()
    return CodedArticle(
        Article(article_id, text, title=f"About {etype}", date=day, outlet="Wire"),
        (Sentence(0, 0, len(text), text),),
        (event,),
    )


@pytest.fixture(scope="module")
def web_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = Path(tmp_path_factory.mktemp("openapi")) / "api.db"
    with connect(str(path)) as store:
        store.save(_article("a1", "Mirzoyan and Bayramov held talks.", date(2024, 2, 28),
                            "CONSULT"))
        store.save(_article("a2", "Bayramov accused Mirzoyan.", None, "ACCUSE"))
        yield store


@pytest.fixture(scope="module")
def api_schema(web_store: Store) -> Any:
    app = create_app(Settings(db=":memory:"), store=web_store)
    return schemathesis.openapi.from_asgi("/api/openapi.json", app)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(
    max_examples=6,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_web_openapi_every_operation_keeps_its_schema(case: Any) -> None:
    case.call_and_validate()
