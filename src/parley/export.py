"""Write events as JSON Lines, CSV or Parquet.

- JSONL: one :meth:`Event.to_dict` per line, the event contract of DESIGN.md.
- CSV and Parquet: one flat row per event (:func:`flatten_event`, columns in
  ``FLAT_COLUMNS``), for spreadsheets, pandas and Arrow tools. In CSV,
  ``contexts`` is joined with ``;``; in Parquet it is a list of strings.

Every writer takes any iterable of events and consumes it once, so a
streamed query (``store.iter_events``) is exported with flat memory; Parquet
is written in row groups of ``PARQUET_BATCH`` events. Writers return the
number of events written. This module imports only the data model.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import IO, Any, TextIO

from parley.errors import ConfigError
from parley.models import Actor, Event, Location

#: Flat event columns, in order (CSV header, Parquet schema, ``to_pandas``).
FLAT_COLUMNS: tuple[str, ...] = (
    "event_id",
    "article_id",
    "sentence_index",
    "span_start",
    "span_end",
    "date",
    "date_end",
    "type",
    "mode",
    "contexts",
    "source_text",
    "source_name",
    "source_country",
    "source_sector",
    "source_actor_id",
    "target_text",
    "target_name",
    "target_country",
    "target_sector",
    "target_actor_id",
    "location_name",
    "location_country",
    "lat",
    "lon",
    "geonameid",
    "certainty",
    "attributed_text",
    "attributed_name",
    "attributed_country",
    "attributed_sector",
    "attributed_actor_id",
    "negated",
    "intensity",
    "trigger",
    "cameo",
    "sentence",
)

#: Events per Parquet row group.
PARQUET_BATCH = 10_000

_ACTOR_FIELDS = ("text", "name", "country", "sector", "actor_id")


def _actor_columns(prefix: str, actor: Actor | None) -> dict[str, Any]:
    return {f"{prefix}_{f}": getattr(actor, f) if actor else None for f in _ACTOR_FIELDS}


def flatten_event(event: Event) -> dict[str, Any]:
    """One flat row (keys = ``FLAT_COLUMNS``); dates stay ``date``, contexts a list."""
    loc = event.location
    row: dict[str, Any] = {
        "event_id": event.event_id,
        "article_id": event.article_id,
        "sentence_index": event.sentence_index,
        "span_start": event.span[0],
        "span_end": event.span[1],
        "date": event.date,
        "date_end": event.date_end,
        "type": event.type,
        "mode": event.mode,
        "contexts": list(event.contexts),
        **_actor_columns("source", event.source),
        **_actor_columns("target", event.target),
        "location_name": loc.name if loc else None,
        "location_country": loc.country if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "geonameid": loc.geonameid if loc else None,
        "certainty": event.certainty,
        **_actor_columns("attributed", event.attributed_to),
        "negated": event.negated,
        "intensity": event.intensity,
        "trigger": event.trigger,
        "cameo": event.cameo,
        "sentence": event.sentence,
    }
    return row


def event_from_flat(row: dict[str, Any]) -> Event:
    """The inverse of :func:`flatten_event`: a flat row (e.g. read back from Parquet) -> Event.

    An actor (or location) whose ``*_text`` (``location_name``) is null is absent.
    """

    def actor(prefix: str) -> Actor | None:
        if row.get(f"{prefix}_text") is None:
            return None
        values: dict[str, Any] = {f: row.get(f"{prefix}_{f}") for f in _ACTOR_FIELDS}
        return Actor(**values)

    location = None
    if row.get("location_name") is not None:
        location = Location(
            name=row["location_name"],
            country=row.get("location_country"),
            lat=row.get("lat"),
            lon=row.get("lon"),
            geonameid=row.get("geonameid"),
        )
    return Event(
        event_id=row["event_id"],
        article_id=row["article_id"],
        sentence=row["sentence"],
        sentence_index=int(row["sentence_index"]),
        span=(int(row["span_start"]), int(row["span_end"])),
        type=row["type"],
        mode=row.get("mode"),
        contexts=tuple(row.get("contexts") or ()),
        source=actor("source"),
        target=actor("target"),
        date=row.get("date"),
        date_end=row.get("date_end"),
        location=location,
        certainty=row.get("certainty") or "asserted",
        attributed_to=actor("attributed"),
        negated=bool(row.get("negated")),
        intensity=row.get("intensity"),
        trigger=row.get("trigger"),
        cameo=row.get("cameo"),
    )


@contextmanager
def _text_out(out: str | os.PathLike[str] | TextIO, newline: str | None) -> Iterator[TextIO]:
    """Yield a text stream: open (and close) a path, or pass a stream through."""
    if isinstance(out, str | os.PathLike):
        with Path(out).open("w", encoding="utf-8", newline=newline) as fh:
            yield fh
    else:
        yield out


def write_jsonl(events: Iterable[Event], out: str | os.PathLike[str] | TextIO) -> int:
    """Write one event-contract JSON object per line; return the count."""
    n = 0
    with _text_out(out, newline="\n") as fh:
        for event in events:
            fh.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
            n += 1
    return n


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def write_csv(events: Iterable[Event], out: str | os.PathLike[str] | TextIO) -> int:
    """Write a header and one flat row per event (see ``FLAT_COLUMNS``); return the count.

    Empty cells are unknown values; booleans are ``true``/``false``; dates ISO.
    """
    n = 0
    with _text_out(out, newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(FLAT_COLUMNS)
        for event in events:
            row = flatten_event(event)
            writer.writerow([_csv_cell(row[c]) for c in FLAT_COLUMNS])
            n += 1
    return n


def parquet_schema() -> Any:
    """The Arrow schema of the flat columns (``pyarrow.Schema``)."""
    import pyarrow as pa

    typed = {
        "sentence_index": pa.int32(),
        "span_start": pa.int64(),
        "span_end": pa.int64(),
        "date": pa.date32(),
        "date_end": pa.date32(),
        "contexts": pa.list_(pa.string()),
        "lat": pa.float64(),
        "lon": pa.float64(),
        "geonameid": pa.int64(),
        "negated": pa.bool_(),
        "intensity": pa.float64(),
    }
    return pa.schema([(c, typed.get(c, pa.string())) for c in FLAT_COLUMNS])


def _batches(events: Iterable[Event], size: int) -> Iterator[list[dict[str, Any]]]:
    it = iter(events)
    while batch := [flatten_event(e) for e in islice(it, size)]:
        yield batch


def write_parquet(events: Iterable[Event], out: str | os.PathLike[str] | IO[bytes]) -> int:
    """Write flat rows to a Parquet file in row groups of ``PARQUET_BATCH``; return the count.

    Column types: dates ``date32``, ``lat``/``lon``/``intensity`` ``float64``,
    ``negated`` ``bool``, ``contexts`` ``list<string>``, offsets ``int64``.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    target = os.fspath(out) if isinstance(out, str | os.PathLike) else out
    n = 0
    with pq.ParquetWriter(target, schema) as writer:
        for batch in _batches(events, PARQUET_BATCH):
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n


Writer = Callable[[Iterable[Event], Any], int]

#: Export formats by name.
FORMATS: dict[str, Writer] = {
    "jsonl": write_jsonl,
    "csv": write_csv,
    "parquet": write_parquet,
}


def export(events: Iterable[Event], fmt: str, out: Any) -> int:
    """Write ``events`` in format ``fmt`` (jsonl, csv, parquet) to ``out``; return the count.

    ``out`` is a path, or an open stream (text for jsonl/csv, binary for parquet).
    """
    writer = FORMATS.get(fmt.lower())
    if writer is None:
        known = ", ".join(sorted(FORMATS))
        raise ConfigError(f"unknown export format {fmt!r}; choose one of: {known}")
    return writer(events, out)
