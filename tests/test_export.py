"""Tests of the JSONL, CSV and Parquet exports."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from parley import export as export_module
from parley.errors import ConfigError
from parley.export import (
    FLAT_COLUMNS,
    event_from_flat,
    export,
    flatten_event,
    write_csv,
    write_jsonl,
    write_parquet,
)
from parley.models import Actor, Event, Location


def make_events() -> list[Event]:
    """A fully populated event (non-ASCII text included) and a minimal one."""
    full = Event(
        event_id="a1-1",
        article_id="a1",
        sentence='Armenian forces detained an Azerbaijani soldier near Tavush, "sources" said.',
        sentence_index=3,
        span=(120, 196),
        type="COERCE",
        mode="arrest",
        contexts=("military", "border"),
        source=Actor("Armenian forces", "Armed Forces of Armenia", "ARM", "MIL", "arm-mil"),
        target=Actor("an Azerbaijani soldier", None, "AZE", "MIL"),
        date=date(2024, 2, 27),
        date_end=date(2024, 2, 29),
        location=Location("Tavush", "ARM", 40.88, 45.15, 828263),
        certainty="alleged",
        attributed_to=Actor("Azərbaycan MN", None, "AZE", "GOV"),
        negated=True,
        intensity=-5.0,
        trigger="detained",
        cameo="173",
    )
    minimal = Event("a2-1", "a2", "Talks, again.", 0, (0, 13), "CONSULT")
    return [full, minimal]


def test_export_flatten_event_has_every_flat_column() -> None:
    full, minimal = make_events()
    assert tuple(flatten_event(full)) == FLAT_COLUMNS
    flat = flatten_event(minimal)
    assert tuple(flat) == FLAT_COLUMNS
    assert flat["source_country"] is None and flat["lat"] is None and flat["contexts"] == []
    assert flatten_event(full)["attributed_country"] == "AZE"


def test_export_jsonl_lines_parse_back_to_equal_events(tmp_path: Path) -> None:
    events = make_events()
    path = tmp_path / "events.jsonl"
    assert write_jsonl(events, path) == 2
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [Event.from_dict(json.loads(line)) for line in lines] == events
    assert "Azərbaycan" in lines[0]  # written as UTF-8, not \\u escapes

    stream = io.StringIO()
    assert write_jsonl(iter(events), stream) == 2
    assert stream.getvalue().splitlines() == lines


def test_export_csv_has_header_and_flat_columns(tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    assert write_csv(make_events(), path) == 2
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        assert tuple(reader.fieldnames or ()) == FLAT_COLUMNS
        full, minimal = list(reader)
    assert full["sentence"] == make_events()[0].sentence  # quotes and commas survive
    assert full["contexts"] == "military;border"
    assert (full["negated"], full["date"]) == ("true", "2024-02-27")
    assert (full["lat"], full["geonameid"], full["source_country"]) == ("40.88", "828263", "ARM")
    assert (minimal["target_text"], minimal["date"], minimal["negated"]) == ("", "", "false")


def test_export_parquet_round_trip_keeps_types(tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    events = make_events()
    assert write_parquet(events, path) == 2
    table = pq.read_table(path)
    assert table.column_names == list(FLAT_COLUMNS)
    schema = table.schema
    assert schema.field("date").type == pa.date32()
    assert schema.field("date_end").type == pa.date32()
    assert schema.field("lat").type == pa.float64() == schema.field("lon").type
    assert schema.field("negated").type == pa.bool_()
    assert schema.field("contexts").type == pa.list_(pa.string())
    assert schema.field("span_start").type == pa.int64()
    assert table.to_pylist() == [flatten_event(e) for e in events]


def test_export_parquet_rows_read_back_to_equal_events(tmp_path: Path) -> None:
    """``event_from_flat`` undoes ``flatten_event`` (``parley load`` relies on it)."""
    path = tmp_path / "events.parquet"
    events = make_events()
    write_parquet(events, path)
    assert [event_from_flat(row) for row in pq.read_table(path).to_pylist()] == events


def test_export_parquet_writes_in_batches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export_module, "PARQUET_BATCH", 3)
    full = make_events()[0]

    def many() -> Iterator[Event]:  # a generator: consumed once, never materialised
        for n in range(7):
            yield Event.from_dict({**full.to_dict(), "event_id": f"a1-{n}"})

    path = tmp_path / "events.parquet"
    assert write_parquet(many(), path) == 7
    meta = pq.ParquetFile(path).metadata
    assert (meta.num_rows, meta.num_row_groups) == (7, 3)


def test_export_parquet_of_no_events_is_an_empty_table(tmp_path: Path) -> None:
    path = tmp_path / "none.parquet"
    assert write_parquet([], path) == 0
    table = pq.read_table(path)
    assert table.num_rows == 0 and table.column_names == list(FLAT_COLUMNS)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "CSV"])
def test_export_dispatches_by_format(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"out.{fmt.lower()}"
    assert export(make_events(), fmt, path) == 2
    assert path.stat().st_size > 0


def test_export_unknown_format_raises_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"unknown export format 'xlsx'.*csv, jsonl, parquet"):
        export(make_events(), "xlsx", tmp_path / "out.xlsx")
    assert not (tmp_path / "out.xlsx").exists()
