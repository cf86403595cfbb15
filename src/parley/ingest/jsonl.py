"""JSON Lines (``.jsonl``, ``.jsonl.gz``): one article a line.

Each line is an object with ``text`` (required, a non-empty string) and
optional ``id``, ``title``, ``date`` (ISO 8601 date or datetime), ``url`` and
``outlet``. Files are streamed line by line, so a shard of 50,000 articles
is never held in memory; a bad line is a :class:`~parley.models.Failure`
named ``path:LINE`` and the next line is read.
"""

from __future__ import annotations

import gzip
import json
import logging
import zlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from parley.errors import IngestError
from parley.ingest.common import (
    BINARY_REASON,
    EMPTY_REASON,
    JSONL_BYTES_PER_CHAR,
    SNIFF_BYTES,
    Item,
    decode,
    fix_surrogates,
    looks_binary,
    megabytes,
    meta_text,
    normalize_newlines,
    parse_date,
    too_large_text,
)
from parley.ingest.furniture import strip_page_furniture
from parley.models import Article, Failure, Notice
from parley.settings import Settings

logger = logging.getLogger(__name__)


class ByteLines(Protocol):
    """A binary stream read line by line (a file, a ``GzipFile``, ``io.BytesIO``)."""

    def readline(self, size: int = -1, /) -> bytes: ...


_JSON_TYPES = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}


def read_jsonl_file(
    path: Path, settings: Settings, *, default_date: date | None = None
) -> Iterator[Item]:
    """Stream a ``.jsonl`` or gzip-compressed ``.jsonl.gz`` file."""
    source = str(path)
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as fh:
            head = fh.read(SNIFF_BYTES)
    except gzip.BadGzipFile:
        yield Failure(source, "not gzip-compressed; name it .jsonl if it is plain JSON Lines")
        return
    except (OSError, EOFError, zlib.error) as exc:
        yield Failure(source, f"cannot read: {getattr(exc, 'strerror', None) or exc}")
        return
    if looks_binary(head):
        yield Failure(source, BINARY_REASON)
        return
    try:
        with opener(path, "rb") as fh:
            yield from read_jsonl_stream(fh, source, settings, default_date=default_date)
    except OSError as exc:  # opening; read errors are reported by the stream reader
        yield Failure(source, f"cannot read: {exc.strerror or exc}")


def read_jsonl_stream(
    fh: ByteLines, source: str, settings: Settings, *, default_date: date | None = None
) -> Iterator[Item]:
    """Read articles from a binary stream of JSON lines; never raises on bad input."""
    cap = settings.max_article_chars * JSONL_BYTES_PER_CHAR
    lineno, seen, noted = 0, False, False
    while True:
        try:
            raw = fh.readline(cap + 1)
            if len(raw) > cap and not raw.endswith(b"\n"):
                _skip_rest_of_line(fh, cap)
        except (OSError, EOFError, zlib.error) as exc:
            yield Failure(source, f"cannot read after line {lineno}: {exc}")
            return
        if not raw:
            break
        lineno += 1
        if not raw.strip():
            continue
        where = f"{source}:{lineno}"
        if not seen and looks_binary(raw):
            yield Failure(source, BINARY_REASON)
            return
        seen = True
        if len(raw) > cap:
            reason = f"too large: more than {megabytes(cap)} (setting max_article_chars)"
            yield Failure(where, f"line {lineno}: {reason}")
            continue
        line, note = decode(raw)
        if note and not noted:
            noted = True
            yield Notice(where, f"{note} (reported for the first such line only)")
        try:
            yield from parse_jsonl_line(line, where, settings, default_date=default_date)
        except IngestError as exc:
            yield Failure(where, f"line {lineno}: {exc.reason}")
    logger.debug("%s: %d lines read", source, lineno)
    if not seen:
        yield Failure(source, EMPTY_REASON)


def _skip_rest_of_line(fh: ByteLines, chunk: int) -> None:
    while (more := fh.readline(chunk)) and not more.endswith(b"\n"):
        pass


def parse_jsonl_line(
    line: str, origin: str, settings: Settings, *, default_date: date | None = None
) -> Iterator[Item]:
    """One JSON line -> a Notice (if text was repaired) and an Article.

    Raises :class:`IngestError` (reason without the line number) when the line
    is not a usable article.
    """
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise IngestError(origin, f"invalid JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise IngestError(origin, "invalid JSON (nested too deeply)") from None
    if not isinstance(obj, dict):
        kind = _JSON_TYPES.get(type(obj), "number")
        raise IngestError(origin, f"expected a JSON object with 'text', got a {kind}")
    yield from article_from_record(obj, origin, settings, default_date=default_date)


def article_from_record(
    obj: dict[str, Any], origin: str, settings: Settings, *, default_date: date | None = None
) -> Iterator[Item]:
    """One record with the JSONL keys (a JSON object, a Parquet row) -> Notice?, Article.

    Raises :class:`IngestError` (reason without the line number) when the
    record is not a usable article.
    """
    fields, repaired = _fields(obj, origin)
    if repaired:
        yield Notice(origin, "invalid Unicode escapes replaced with U+FFFD")
    text = strip_page_furniture(normalize_newlines(fields["text"]).strip())
    if not text:
        raise IngestError(origin, "'text' has no article text")
    reason = too_large_text(len(text), settings.max_article_chars)
    if reason:
        raise IngestError(origin, reason)
    try:
        own_date = parse_date(obj.get("date"))
    except ValueError as exc:
        raise IngestError(origin, str(exc)) from None
    yield Article.from_text(
        text,
        id=fields["id"],
        title=fields["title"],
        date=own_date or default_date,
        url=fields["url"],
        outlet=fields["outlet"],
        origin=origin,
    )


def _fields(obj: dict[str, Any], origin: str) -> tuple[dict[str, Any], bool]:
    """The string fields of a line, checked; unpaired surrogates repaired."""
    text = obj.get("text")
    if text is None:
        raise IngestError(origin, "missing 'text'")
    if not isinstance(text, str) or not text.strip():
        raise IngestError(origin, "'text' must be a non-empty string")
    if obj.get("date") is not None and not isinstance(obj["date"], str):
        raise IngestError(origin, "'date' must be an ISO 8601 string such as 2024-02-28")
    fields: dict[str, Any] = {"text": text}
    for name in ("id", "title", "url", "outlet"):
        fields[name] = meta_text(obj.get(name), name, origin)
    repaired = False
    for name, value in fields.items():
        if isinstance(value, str):
            fields[name], fixed = fix_surrogates(value)
            repaired = repaired or fixed
    return fields, repaired
