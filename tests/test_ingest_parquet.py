"""Parquet article shards (src/parley/ingest/parquet.py), written for each test."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from parley.ingest import read_inputs, read_path
from parley.models import Article, Failure
from parley.settings import Settings

SETTINGS = Settings()


def write_table(path: Path, columns: dict[str, pa.Array | list[object]]) -> Path:
    pq.write_table(pa.table(columns), path)
    return path


def test_ingest_parquet_rows_become_articles_with_typed_dates(tmp_path: Path) -> None:
    path = write_table(
        tmp_path / "shard.parquet",
        {
            "id": [7, None, 9],
            "text": ["Talks in Berlin ended.", "Troops were deployed.", "A third text."],
            "date": pa.array([date(2024, 2, 28), None, date(2024, 3, 1)], pa.date32()),
            "outlet": ["Wire", None, "Daily"],
            "extra": [1, 2, 3],  # other columns are not read
        },
    )
    items = list(read_path(path, SETTINGS, default_date=date(2024, 1, 1)))
    assert all(isinstance(i, Article) for i in items)
    first, second, third = items
    assert (first.id, first.date, first.outlet, first.origin) == (
        "7",
        date(2024, 2, 28),
        "Wire",
        f"{path}:1",
    )
    assert second.date == date(2024, 1, 1) and second.origin == f"{path}:2"
    assert third.text == "A third text."


def test_ingest_parquet_timestamp_and_string_dates(tmp_path: Path) -> None:
    stamp = datetime(2024, 5, 10, 23, 30, tzinfo=UTC)
    path = write_table(
        tmp_path / "a.parquet", {"text": ["One.", "Two."], "date": pa.array([stamp, None])}
    )
    strings = write_table(tmp_path / "b.parquet", {"text": ["Three."], "date": ["2024-05-11"]})
    dates = [a.date for a in read_inputs([str(path), str(strings)], SETTINGS)]
    assert dates == [date(2024, 5, 10), None, date(2024, 5, 11)]


def test_ingest_parquet_bad_rows_fail_by_number_and_the_rest_is_read(tmp_path: Path) -> None:
    path = write_table(
        tmp_path / "s.parquet",
        {
            "text": ["Good one.", None, "   ", "Good two.", "Bad date."],
            "date": ["2024-01-01", None, None, None, "last Tuesday"],
        },
    )
    items = list(read_path(path, SETTINGS))
    assert [a.text for a in items if isinstance(a, Article)] == ["Good one.", "Good two."]
    failed = [(f.source, f.reason) for f in items if isinstance(f, Failure)]
    assert failed[0] == (f"{path}:2", "row 2: missing 'text'")
    assert failed[1][0] == f"{path}:3" and "non-empty" in failed[1][1]
    assert failed[2][0] == f"{path}:5" and "bad date 'last Tuesday'" in failed[2][1]


def test_ingest_parquet_corrupt_file_is_one_failure_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "broken.parquet"
    path.write_bytes(b"PAR1" + b"\x00garbage" * 100)
    [item] = read_path(path, SETTINGS)
    assert isinstance(item, Failure) and item.source == str(path)
    assert item.reason.startswith("not a readable Parquet file")


def test_ingest_parquet_without_text_column_or_rows(tmp_path: Path) -> None:
    no_text = write_table(tmp_path / "events.parquet", {"event_id": ["e1"], "type": ["CONSULT"]})
    empty = write_table(tmp_path / "empty.parquet", {"text": pa.array([], pa.string())})
    [missing] = read_path(no_text, SETTINGS)
    [nothing] = read_path(empty, SETTINGS)
    assert isinstance(missing, Failure)
    assert missing.reason == "no 'text' column (columns: event_id, type); use the JSONL keys"
    assert isinstance(nothing, Failure) and nothing.reason == "empty file: no rows"


def test_ingest_parquet_found_in_directories(tmp_path: Path) -> None:
    write_table(tmp_path / "shard.parquet", {"text": ["From Parquet."]})
    (tmp_path / "notes.md").write_text("not read")
    assert [a.text for a in read_inputs([str(tmp_path)], SETTINGS)] == ["From Parquet."]
