"""The JSON API and the pages of ``parley serve``, through FastAPI's TestClient.

The store is built from hand-made coded articles (no spaCy) except for the
POST test, which codes a text with the session's pipeline.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from parley.models import Actor, Article, CodedArticle, Event, Location, Sentence
from parley.pipeline import Pipeline
from parley.settings import Settings
from parley.store import Store, connect
from parley.web import views
from parley.web.app import create_app
from parley.web.security import MAX_BODY_BYTES

ARM = Actor(
    "Armenian Foreign Minister Ararat Mirzoyan",
    "Ararat Mirzoyan",
    "ARM",
    "GOV",
    "person:ararat_mirzoyan",
)
AZE = Actor("Jeyhun Bayramov", "Jeyhun Bayramov", "AZE", "GOV", "person:jeyhun_bayramov")
AZE_MIL = Actor("Azerbaijani forces", "Azerbaijan", "AZE", "MIL", "country:AZE")
ARM_MIL = Actor("Armenian soldiers", "Armenia", "ARM", "MIL", "country:ARM")
HOSTILE = "<script>alert(1)</script> and <img src=x onerror=alert(2)>"


def _coded(
    article_id: str,
    pub: date,
    sentences: list[str],
    events: list[dict[str, Any]],
    title: str,
    opinion: tuple[int, ...] = (),
) -> CodedArticle:
    """An article of ``sentences`` (one paragraph) with events on the given sentences."""
    text = " ".join(sentences)
    spans, pos = [], 0
    for s in sentences:
        spans.append((pos, pos + len(s)))
        pos += len(s) + 1
    sents = tuple(
        Sentence(i, a, b, text[a:b], opinion=i in opinion) for i, (a, b) in enumerate(spans)
    )
    evs = tuple(
        Event(
            event_id="",
            article_id=article_id,
            sentence=sents[e["at"]].text,
            sentence_index=e["at"],
            span=spans[e["at"]],
            **{k: v for k, v in e.items() if k != "at"},
        ).with_id()
        for e in events
    )
    art = Article(
        id=article_id,
        text=text,
        title=title,
        date=pub,
        outlet="Test Wire",
        url=f"https://wire.example/{article_id}",
    )
    return CodedArticle(art, sents, evs)


def _fill(store: Store) -> None:
    store.save(
        _coded(
            "berlin",
            date(2024, 3, 1),
            [
                "Mirzoyan and Bayramov held talks in Berlin on February 28-29.",
                "Azerbaijani forces killed two Armenian soldiers, Yerevan claimed.",
                "The negotiators are hopelessly self-serving.",
            ],
            [
                dict(
                    at=0,
                    type="CONSULT",
                    source=ARM,
                    target=AZE,
                    date=date(2024, 2, 28),
                    date_end=date(2024, 2, 29),
                    intensity=1.5,
                    location=Location("Berlin", "DEU", 52.5, 13.4, 2950159),
                ),
                dict(
                    at=1,
                    type="ASSAULT",
                    source=AZE_MIL,
                    target=ARM_MIL,
                    certainty="claimed",
                    date=date(2024, 2, 13),
                    intensity=-9.0,
                ),
            ],
            "Talks in Berlin",
            opinion=(2,),
        )
    )
    store.save(
        _coded(
            "almaty",
            date(2024, 5, 13),
            ["Bayramov and Mirzoyan met in Almaty.", "Both sides agreed to continue."],
            [
                dict(
                    at=0,
                    type="CONSULT",
                    source=AZE,
                    target=ARM,
                    date=date(2024, 5, 10),
                    intensity=1.5,
                ),
                dict(at=1, type="AGREE", source=AZE, target=ARM, intensity=4.5),
            ],
            "Talks in Almaty",
        )
    )
    store.save(
        _coded(
            "hostile",
            date(2024, 6, 1),
            [f"Armenian soldiers wrote {HOSTILE} on a wall.", "Nothing else happened."],
            [dict(at=0, type="PROTEST", mode="vandalize", source=ARM_MIL, intensity=-3.0)],
            f"Graffiti {HOSTILE}",
        )
    )


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("web") / "web.db")
    with connect(path) as store:
        _fill(store)
    return path


@pytest.fixture(scope="module")
def client(db_path: str) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(db=db_path))) as c:
        yield c


def _error(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert body["error"]["status"] == status
    assert body["error"]["code"] == code
    assert body["error"]["message"]
    return dict(body["error"])


# -- events ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, {"CONSULT", "ASSAULT", "AGREE", "PROTEST"}),
        ({"type": "CONSULT"}, {"CONSULT"}),
        ({"country": "aze"}, {"CONSULT", "ASSAULT", "AGREE"}),
        ({"certainty": "claimed"}, {"ASSAULT"}),
        ({"since": "2024-05-01", "until": "2024-05-31"}, {"CONSULT", "AGREE"}),
        ({"actor": "bayramov", "type": "AGREE"}, {"AGREE"}),
        ({"actor_id": "country:ARM"}, {"ASSAULT", "PROTEST"}),
        ({"q": "killed"}, {"ASSAULT"}),
        ({"mode": "vandalize"}, {"PROTEST"}),
    ],
)
def test_web_api_events_filters(client: TestClient, params: dict, expected: set) -> None:
    body = client.get("/api/events", params=params).json()
    assert {e["type"] for e in body["items"]} == expected
    assert body["total"] == len(body["items"])


def test_web_api_events_are_the_event_contract_and_paginate(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 2}).json()
    second = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == second["total"] == 5
    assert len(first["items"]) == len(second["items"]) == 2
    assert not {e["event_id"] for e in first["items"]} & {e["event_id"] for e in second["items"]}
    e = first["items"][0]
    assert {
        "event_id",
        "article_id",
        "sentence",
        "span",
        "type",
        "source",
        "certainty",
        "intensity",
        "date",
        "location",
    } <= set(e)


def test_web_api_page_size_is_capped(client: TestClient) -> None:
    err = _error(client.get("/api/events", params={"limit": 501}), 422, "invalid_request")
    assert err["details"][0]["field"] == "limit"
    assert client.get("/api/events", params={"limit": 500}).status_code == 200


def test_web_api_downloads_csv_and_jsonl(client: TestClient) -> None:
    r = client.get("/api/events.csv", params={"country": "AZE"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert {row["type"] for row in rows} == {"CONSULT", "ASSAULT", "AGREE"} and len(rows) == 4
    r = client.get("/api/events.jsonl", params={"type": "CONSULT"})
    lines = [json.loads(line) for line in r.text.splitlines()]
    assert [e["type"] for e in lines] == ["CONSULT", "CONSULT"]
    empty = client.get("/api/events.csv", params={"type": "SANCTION"}).text
    assert empty.splitlines()[0].startswith("event_id,") and len(empty.splitlines()) == 1


def test_web_api_download_of_many_events_has_one_header(tmp_path: Path) -> None:
    path = str(tmp_path / "many.db")
    with connect(path) as store:
        for n in range(3):
            events = [
                dict(at=0, type="CONSULT", source=ARM, target=AZE, trigger=f"t{k}")
                for k in range(450)
            ]
            store.save(_coded(f"a{n}", date(2024, 1, 1 + n), [f"Talks {n}."], events, "T"))
    with TestClient(create_app(Settings(db=path))) as c:
        text = c.get("/api/events.csv").text
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) == 1 + 1350 and sum(r[0] == "event_id" for r in rows) == 1


# -- articles --------------------------------------------------------------------


def test_web_api_article_with_sentences_and_events(client: TestClient) -> None:
    listing = client.get("/api/articles").json()
    assert listing["total"] == 3 and listing["items"][0]["id"] == "hostile"
    art = client.get("/api/articles/berlin").json()
    assert art["title"] == "Talks in Berlin"
    assert [s["opinion"] for s in art["sentences"]] == [False, False, True]
    assert [e["type"] for e in art["events"]] == ["CONSULT", "ASSAULT"]
    a, b = art["events"][1]["span"]
    assert art["text"][a:b] == art["events"][1]["sentence"]
    assert client.get("/api/articles", params={"q": "almaty"}).json()["total"] == 1


def test_web_api_errors_share_one_shape(client: TestClient) -> None:
    _error(client.get("/api/articles/nope"), 404, "not_found")
    _error(client.get("/api/no/such/path"), 404, "not_found")
    _error(client.delete("/api/events"), 405, "method_not_allowed")
    _error(client.get("/api/events", params={"since": "yesterday"}), 422, "invalid_request")
    _error(client.get("/api/events", params={"type": "FIGHT"}), 422, "invalid_request")
    _error(client.get("/api/actors/person:nobody"), 404, "not_found")
    _error(client.get("/api/search"), 422, "invalid_request")


# -- actors, search, processes ------------------------------------------------------------


def test_web_api_actors_with_counts(client: TestClient) -> None:
    body = client.get("/api/actors").json()
    counts = {a["actor_id"]: a["n_events"] for a in body["items"]}
    assert counts == {
        "person:jeyhun_bayramov": 3,
        "person:ararat_mirzoyan": 3,
        "country:ARM": 2,
        "country:AZE": 1,
    }
    assert body["total"] == 4
    only = client.get("/api/actors", params={"country": "AZE"}).json()["items"]
    assert {a["actor_id"] for a in only} == {"person:jeyhun_bayramov", "country:AZE"}


def test_web_api_actor_profile_timeline_and_network(client: TestClient) -> None:
    body = client.get("/api/actors/person:jeyhun_bayramov").json()
    assert body["actor"]["n_as_source"] == 2 and body["actor"]["n_as_target"] == 1
    assert [(m["month"], m["n_events"]) for m in body["timeline"]] == [
        ("2024-02", 1),
        ("2024-03", 0),
        ("2024-04", 0),
        ("2024-05", 2),
    ]
    assert body["counterparts"] == [
        {
            "actor_id": "person:ararat_mirzoyan",
            "name": "Ararat Mirzoyan",
            "country": "ARM",
            "n_events": 3,
        }
    ]
    assert body["counterpart_countries"] == [{"country": "ARM", "n_events": 3}]


def test_web_api_search_finds_articles_actors_and_events(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "Almaty"}).json()
    assert [a["id"] for a in body["articles"]] == ["almaty"]
    assert [e["type"] for e in body["events"]] == ["CONSULT"]
    actors = client.get("/api/search", params={"q": "mirzoyan"}).json()["actors"]
    assert [a["actor_id"] for a in actors] == ["person:ararat_mirzoyan"]


def test_web_api_processes_say_none_defined(client: TestClient) -> None:
    body = client.get("/api/processes").json()
    assert body["items"] == [] and "no processes defined yet" in body["message"]
    _error(client.get("/api/processes/ARM-AZE"), 404, "not_found")


def test_web_api_stories_merge_reports(client: TestClient) -> None:
    body = client.get("/api/stories").json()
    if not body["available"]:
        pytest.skip(body["message"])
    assert body["total"] >= 3
    assert all(s["articles"] for s in body["items"])


# -- writing ----------------------------------------------------------------------


def test_web_api_post_is_forbidden_without_a_token(client: TestClient) -> None:
    err = _error(client.post("/api/articles", json={"text": "Talks."}), 403, "forbidden")
    assert "api_token" in err["message"]


@pytest.fixture
def writer(tmp_path: Path, pipeline: Pipeline) -> Iterator[TestClient]:
    app = create_app(Settings(db=str(tmp_path / "w.db"), api_token="s3cret"))
    app.state.pipeline = pipeline  # the session's spaCy pipeline, loaded once
    with TestClient(app) as c:
        yield c


def test_web_api_post_needs_the_bearer_token(writer: TestClient) -> None:
    body = {"text": "Talks were held."}
    r = writer.post("/api/articles", json=body)
    assert _error(r, 401, "unauthorized") and r.headers["www-authenticate"] == "Bearer"
    wrong = {"Authorization": "Bearer nope"}
    _error(writer.post("/api/articles", json=body, headers=wrong), 401, "unauthorized")


def test_web_api_post_codes_and_stores_an_article(writer: TestClient) -> None:
    auth = {"Authorization": "Bearer s3cret"}
    body = {
        "text": "Armenian forces detained an Azerbaijani soldier on Tuesday.",
        "title": "Detention",
        "date": "2024-03-01",
        "outlet": "Wire",
    }
    r = writer.post("/api/articles", json=body, headers=auth)
    assert r.status_code == 201, r.text
    out = r.json()
    assert out["stored"] is True and out["article"]["title"] == "Detention"
    assert [e["type"] for e in out["events"]] == ["COERCE"]
    art = writer.get(r.headers["location"]).json()
    assert art["outlet"] == "Wire" and art["events"][0]["target"]["country"] == "AZE"
    again = writer.post("/api/articles", json=body, headers=auth)
    assert again.status_code == 200 and again.json()["stored"] is False
    _error(writer.post("/api/articles", json={"title": "x"}, headers=auth), 422, "invalid_request")
    _error(
        writer.post("/api/articles", json={"text": "a", "html": "<p>a</p>"}, headers=auth),
        422,
        "invalid_request",
    )


def test_web_api_refuses_bodies_over_the_limit(writer: TestClient) -> None:
    big = json.dumps({"text": "x" * (MAX_BODY_BYTES + 10)})
    r = writer.post(
        "/api/articles",
        content=big,
        headers={"Authorization": "Bearer s3cret", "Content-Type": "application/json"},
    )
    _error(r, 413, "payload_too_large")


# -- security and pages --------------------------------------------------------------


@pytest.mark.parametrize(
    "path", ["/", "/api/events", "/static/parley.css", "/api/nope", "/articles/hostile"]
)
def test_web_security_headers_everywhere(client: TestClient, path: str) -> None:
    h = client.get(path).headers
    csp = h["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert h["x-content-type-options"] == "nosniff"
    assert h["referrer-policy"] == "no-referrer"


def test_web_static_files_only_from_the_package(client: TestClient) -> None:
    assert client.get("/static/parley.js").status_code == 200
    for path in (
        "/static/../app.py",
        "/static/%2e%2e/app.py",
        "/static/..%2fapp.py",
        "/static//etc/passwd",
    ):
        assert client.get(path).status_code == 404, path


def test_web_pages_escape_untrusted_article_text(client: TestClient) -> None:
    for path in ("/articles/hostile", "/events", "/search?q=wall", "/articles"):
        html = client.get(path, headers={"Accept": "text/html"}).text
        assert "<script>alert" not in html and "<img src=x" not in html, path
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html, path


def test_web_pages_load_nothing_from_other_hosts(client: TestClient) -> None:
    html = client.get("/").text + client.get("/articles/berlin").text
    assets = re.findall(r'<(?:script|link|img)[^>]+(?:src|href)="([^"]+)"', html)
    assert assets and all(a.startswith("/static/") for a in assets)
    assert "<script>" not in html and " style=" not in html  # nothing inline (CSP)


@pytest.mark.parametrize(
    ("path", "needle"),
    [
        ("/", "Events by type"),
        ("/events?type=ASSAULT", "1</strong> events"),
        ("/events?type=NOPE&since=bad", "is not a PLOVER type"),
        ("/articles", "Talks in Almaty"),
        ("/actors", "Jeyhun Bayramov"),
        ("/actors/person:jeyhun_bayramov", "Interaction network"),
        ("/processes", "no processes defined yet"),
        ("/stories", "Stories"),
        ("/search?q=Berlin", "Talks in Berlin"),
        ("/api/docs", "/api/events"),
    ],
)
def test_web_pages_render(client: TestClient, path: str, needle: str) -> None:
    r = client.get(path, headers={"Accept": "text/html"})
    assert r.status_code == 200 and needle in r.text


def test_web_article_page_highlights_spans_by_type_and_certainty(client: TestClient) -> None:
    html = client.get("/articles/berlin").text
    assert re.search(r'<mark class="ev t-CONSULT cert-asserted"[^>]*>Mirzoyan and Bayramov', html)
    assert re.search(r'<mark class="ev t-ASSAULT cert-claimed"', html)
    assert '<span class="hedge">claimed</span>' in html
    assert 'class="opinion" id="s2" title="opinion, not coded">The negotiators' in html


def test_web_page_errors_are_pages(client: TestClient) -> None:
    r = client.get("/articles/nope", headers={"Accept": "text/html"})
    assert r.status_code == 404 and "<h1>404" in r.text


def test_web_openapi_schema_documents_the_api(client: TestClient) -> None:
    schema = client.get("/api/openapi.json").json()
    assert {
        "/api/events",
        "/api/articles",
        "/api/actors",
        "/api/search",
        "/api/processes",
        "/api/stories",
    } <= set(schema["paths"])
    assert "/" not in schema["paths"] and client.get("/docs").status_code == 404
    errors = schema["paths"]["/api/events"]["get"]["responses"]["422"]
    assert errors["content"]["application/json"]["schema"]["$ref"].endswith("ErrorResponse")


# -- views -----------------------------------------------------------------------


def test_web_views_segments_cover_the_text_in_order(db_path: str) -> None:
    with connect(db_path) as store:
        coded = store.get_article("berlin")
    assert coded is not None
    segments = views.article_segments(coded)
    assert "".join(s.text for s in segments) == coded.article.text
    assert [s.kind for s in segments] == ["event", "plain", "event", "plain", "opinion"]
    assert segments[2].certainty == "claimed" and segments[2].events == (2,)


def test_web_api_counts_are_exact_up_to_a_cap(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from parley.web import api

    assert client.get("/api/events").json()["total_exact"] is True
    monkeypatch.setattr(api, "COUNT_CAP", 3)
    body = client.get("/api/events", params={"limit": 2}).json()
    assert (body["total"], body["total_exact"]) == (3, False)
    html = client.get("/events?limit=2", headers={"Accept": "text/html"}).text
    assert "more than <strong>3</strong> events" in html and 'rel="next"' in html
