"""Parquet article shards (``.parquet``): one article a row.

The columns are the JSONL keys: ``text`` (required), and optional ``id``,
``title``, ``date`` (a date, a timestamp or an ISO 8601 string), ``url`` and
``outlet``; other columns are not read. Rows are streamed in batches of
``ROWS_PER_BATCH``, so a shard is never held in memory whole. A bad row is a
:class:`~parley.models.Failure` named ``path:ROW`` (1-based) and the next row
is read; a file that is not Parquet, or has no ``text`` column, is one
failure named by its path.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from parley.errors import IngestError
from parley.ingest.common import EMPTY_REASON, Item
from parley.ingest.jsonl import article_from_record
from parley.models import Failure
from parley.settings import Settings

logger = logging.getLogger(__name__)

#: Rows decoded at a time.
ROWS_PER_BATCH = 1000
#: The columns read (the JSONL keys).
COLUMNS = ("text", "id", "title", "date", "url", "outlet")


def read_parquet_file(
    path: Path, settings: Settings, *, default_date: date | None = None
) -> Iterator[Item]:
    """Stream the articles of a Parquet file; never raises on bad input."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    source = str(path)
    try:
        parquet = pq.ParquetFile(path)
    except (OSError, pa.ArrowException) as exc:
        yield Failure(source, f"not a readable Parquet file ({_reason(exc)})")
        return
    names = parquet.schema_arrow.names
    if "text" not in names:
        shown = ", ".join(names) or "none"
        yield Failure(source, f"no 'text' column (columns: {shown}); use the JSONL keys")
        return
    row = 0
    try:
        columns = [c for c in COLUMNS if c in names]
        for batch in parquet.iter_batches(batch_size=ROWS_PER_BATCH, columns=columns):
            for record in batch.to_pylist():
                row += 1
                yield from _row(record, f"{source}:{row}", row, settings, default_date)
    except (OSError, pa.ArrowException) as exc:
        yield Failure(source, f"cannot read after row {row} ({_reason(exc)})")
        return
    logger.debug("%s: %d rows read", source, row)
    if row == 0:
        yield Failure(source, f"{EMPTY_REASON}: no rows")


def _row(
    record: dict[str, Any], where: str, row: int, settings: Settings, default_date: date | None
) -> Iterator[Item]:
    """One row -> its items; a bad row becomes a Failure naming its number."""
    when = record.get("date")
    if isinstance(when, date):  # date32 / timestamp columns; the JSONL rules want text
        record["date"] = when.isoformat()
    try:
        yield from article_from_record(record, where, settings, default_date=default_date)
    except IngestError as exc:
        yield Failure(where, f"row {row}: {exc.reason}")


def _reason(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    return text[:200] or type(exc).__name__
