"""Plain text: ``.txt`` files, stdin, and files of unknown type named explicitly.

A text may open with YAML front matter::

    ---
    title: Berlin talks end without a deal
    date: 2024-03-01
    outlet: Caucasus Monitor
    url: https://example.org/berlin-talks
    id: cm-2024-0301
    ---
    The Armenian and Azerbaijani foreign ministers ...

Without front matter, a short first line followed by a blank line and not
ending like a sentence is the title. The rest, stripped of surrounding
whitespace and of trailing page furniture, is ``Article.text`` verbatim.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any

import yaml

from parley.errors import IngestError
from parley.ingest.common import (
    EMPTY_REASON,
    TEXT_BYTES_PER_CHAR,
    Item,
    check_bytes,
    decode,
    fix_surrogates,
    meta_text,
    normalize_newlines,
    parse_date,
    too_large_bytes,
    too_large_text,
)
from parley.ingest.furniture import strip_page_furniture
from parley.models import Article, Failure, Notice
from parley.settings import Settings

STDIN = "<stdin>"
FRONT_MATTER_KEYS = ("date", "id", "outlet", "title", "url")
#: A first line at least this long is a paragraph, not a title.
MAX_TITLE_CHARS = 200
_SENTENCE_ENDS = (".", "!", "?", '"', "\u201d", "\u2026")


def read_text_file(
    path: Path, settings: Settings, *, default_date: date | None = None, strict: bool = False
) -> Iterator[Item]:
    """Read one text file; ``strict`` (unknown extensions) requires UTF-8."""
    source = str(path)
    try:
        size = path.stat().st_size
        reason = too_large_bytes(size, settings.max_article_chars, TEXT_BYTES_PER_CHAR)
        if reason:
            raise IngestError(source, reason)
        with path.open("rb") as fh:
            data = fh.read(settings.max_article_chars * TEXT_BYTES_PER_CHAR + 1)
    except OSError as exc:
        yield Failure(source, f"cannot read: {exc.strerror or exc}")
        return
    except IngestError as exc:
        yield Failure(exc.source, exc.reason)
        return
    yield from read_text_bytes(data, source, settings, default_date=default_date, strict=strict)


def read_text_bytes(
    data: bytes,
    source: str,
    settings: Settings,
    *,
    default_date: date | None = None,
    strict: bool = False,
) -> Iterator[Item]:
    """Check, decode and parse the bytes of a text; never raises on bad input."""
    try:
        reason = too_large_bytes(len(data), settings.max_article_chars, TEXT_BYTES_PER_CHAR)
        if reason:
            raise IngestError(source, reason)
        check_bytes(data, source)
        text, note = decode(data)
        if note and strict:
            raise IngestError(
                source,
                f"unknown file type {Path(source).suffix!r} and not UTF-8 text; "
                "expected .txt, .html, .htm, .jsonl or .jsonl.gz",
            )
        if note:
            yield Notice(source, note)
    except IngestError as exc:
        yield Failure(exc.source, exc.reason)
        return
    yield from parse_text(text, source, settings, default_date=default_date)


def read_text_stream(
    stream: IO[Any],
    settings: Settings,
    *,
    default_date: date | None = None,
    source: str = STDIN,
) -> Iterator[Item]:
    """Read one article from a stream (stdin): bytes when it has a buffer, else text."""
    limit = settings.max_article_chars
    buffer = getattr(stream, "buffer", None)
    try:
        if buffer is not None and hasattr(buffer, "read"):
            data = buffer.read(limit * TEXT_BYTES_PER_CHAR + 1)
        else:
            data = stream.read(limit + 1)
    except OSError as exc:
        yield Failure(source, f"cannot read: {exc.strerror or exc}")
        return
    except UnicodeDecodeError as exc:
        yield Failure(source, f"cannot decode: {exc.reason}")
        return
    if isinstance(data, bytes):
        yield from read_text_bytes(data, source, settings, default_date=default_date)
    else:
        yield from parse_text(data, source, settings, default_date=default_date)


def parse_text(
    text: str, source: str, settings: Settings, *, default_date: date | None = None
) -> Iterator[Item]:
    """Turn decoded text into an article (front matter, title, furniture removed)."""
    try:
        text, fixed = fix_surrogates(normalize_newlines(text.lstrip("\ufeff")))
        if fixed:
            yield Notice(source, "invalid characters replaced with U+FFFD")
        if not text.strip():
            raise IngestError(source, EMPTY_REASON)
        reason = too_large_text(len(text), settings.max_article_chars)
        if reason:
            raise IngestError(source, reason)
        meta, body = split_front_matter(text, source)
        for key in sorted(set(meta) - set(FRONT_MATTER_KEYS)):
            yield Notice(
                source,
                f"front matter key {key!r} ignored; known keys: {', '.join(FRONT_MATTER_KEYS)}",
            )
        yield _build_article(meta, body, source, default_date)
    except IngestError as exc:
        yield Failure(exc.source, exc.reason)


def _build_article(
    meta: dict[str, Any], body: str, source: str, default_date: date | None
) -> Article:
    title = meta_text(meta.get("title"), "title", source)
    if title is None:
        title, body = split_title(body.strip())
    body = strip_page_furniture(body.strip())
    if not body:
        raise IngestError(source, "no article text (only front matter or a title)")
    try:
        own_date = parse_date(meta.get("date"))
    except ValueError as exc:
        raise IngestError(source, f"front matter: {exc}") from None
    return Article.from_text(
        body,
        id=meta_text(meta.get("id"), "id", source),
        title=title,
        date=own_date or default_date,
        url=meta_text(meta.get("url"), "url", source),
        outlet=meta_text(meta.get("outlet"), "outlet", source),
        origin=source,
    )


def split_front_matter(text: str, source: str) -> tuple[dict[str, Any], str]:
    """Split YAML front matter (between ``---`` lines) from the body.

    Returns ``({}, text)`` when the text does not open with ``---``; raises
    :class:`IngestError` when the front matter is unclosed or not a mapping.
    """
    first, sep, rest = text.partition("\n")
    if first.rstrip() != "---" or not sep:
        return {}, text
    offset = 0
    for line in rest.split("\n"):
        if line.rstrip() == "---":
            block, body = rest[:offset], rest[offset + len(line) + 1 :]
            return _load_front_matter(block, source), body
        offset += len(line) + 1
    raise IngestError(source, "front matter opened with '---' on line 1 is never closed by '---'")


def _load_front_matter(block: str, source: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(block)
    except yaml.MarkedYAMLError as exc:
        where = f" (line {exc.problem_mark.line + 2})" if exc.problem_mark else ""
        problem = exc.problem or exc.context or "invalid YAML"
        raise IngestError(source, f"bad front matter: {problem}{where}") from None
    except (yaml.YAMLError, ValueError, TypeError, RecursionError) as exc:
        reason = " ".join(str(exc).split())[:200]
        raise IngestError(source, f"bad front matter: {reason}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise IngestError(
            source, f"bad front matter: expected 'key: value' lines, got a {type(data).__name__}"
        )
    return {str(k).strip().lower(): v for k, v in data.items()}


def split_title(body: str) -> tuple[str | None, str]:
    """Take a first-line title off ``body`` when it looks like one.

    A title is followed by a blank line, is shorter than 200 characters, has a
    letter, and does not end like a sentence (. ! ? or a closing quote).
    """
    stripped = body.lstrip("\n")
    first, _, rest = stripped.partition("\n")
    title = first.strip()
    if (
        not title
        or len(title) >= MAX_TITLE_CHARS
        or title.endswith(_SENTENCE_ENDS)
        or not any(ch.isalpha() for ch in title)
    ):
        return None, body
    blank, _, after = rest.partition("\n")
    if blank.strip() or not after.strip():
        return None, body
    return title, after
