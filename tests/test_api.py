"""The public Python surface: parley.__all__, parley.code, parley.connect."""

from __future__ import annotations

import parley


def test_api_public_surface_is_explicit():
    assert sorted(parley.__all__) == sorted(
        [
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
    )
    for name in parley.__all__:
        assert hasattr(parley, name)


def test_api_code_returns_events(pipeline):
    events = parley.code(
        "Armenian forces detained an Azerbaijani soldier on Tuesday.", date="2024-03-01"
    )
    assert [e.type for e in events] == ["COERCE"]
    assert isinstance(events[0], parley.Event)
    assert events[0].to_dict()["date"] == "2024-02-27"


def test_api_connect_queries_like_the_cli(tmp_path, pipeline):
    from parley.models import CodedArticle
    from parley.pipeline import Pipeline

    coded = Pipeline().code_text(
        "Serbia and Kosovo held talks in Brussels on Thursday.",
        parley.load_settings().with_overrides() and None,
    )
    assert isinstance(coded, CodedArticle)
    with parley.connect(str(tmp_path / "api.db")) as store:
        assert store.save(coded)
        found = store.events(parley.EventQuery(type="CONSULT", country="SRB"))
        assert len(found) == 1
        frame = found.to_pandas()
        assert list(frame["type"]) == ["CONSULT"]
        assert found.to_dicts()[0]["source"]["country"] in ("SRB", "XKX")
