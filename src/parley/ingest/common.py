"""Helpers every reader shares: byte sniffing, decoding, size limits, dates.

Readers call :func:`check_bytes` and :func:`decode` on what they read, so the
same input gives the same verdict whichever reader sees it. Problems raise
:class:`~parley.errors.IngestError`; the reader's driver turns that into a
:class:`~parley.models.Failure` and the batch goes on.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any, TypeAlias

from parley.errors import IngestError
from parley.models import Article, Failure, Notice

#: What every reader yields.
Item: TypeAlias = Article | Failure | Notice

#: How many bytes of the start of an input are sniffed for binary content.
SNIFF_BYTES = 8192
#: Share of control characters above which an input is called binary.
MAX_CONTROL_SHARE = 0.10
#: UTF-8 needs at most 4 bytes a character: a text file over 4 x the limit
#: cannot fit, so it is rejected from its size alone, without being read.
TEXT_BYTES_PER_CHAR = 4
#: HTML carries markup and scripts around the text; a page may be this many
#: bytes per character of the limit before it is rejected unread.
HTML_BYTES_PER_CHAR = 10
#: JSON escapes (``\\u00e9``) take up to 6 bytes a character, plus the fields.
JSONL_BYTES_PER_CHAR = 8

BINARY_REASON = "binary file, not text/HTML/JSONL"
EMPTY_REASON = "empty file"

_CONTROL = frozenset(set(range(32)) - {9, 10, 12, 13} | {127})
_SURROGATE = re.compile("[\x00\ud800-\udfff]")
_BOMS = ((b"\xff\xfe", "utf-16-le", "UTF-16"), (b"\xfe\xff", "utf-16-be", "UTF-16"))


def looks_binary(head: bytes) -> bool:
    """True when ``head`` has NUL bytes or more than 10 % control characters."""
    head = head[:SNIFF_BYTES]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte in _CONTROL)
    return controls / len(head) > MAX_CONTROL_SHARE


def check_bytes(data: bytes, source: str) -> None:
    """Reject empty, whitespace-only and binary inputs (UTF-16 with a BOM is text)."""
    if not data.strip():
        raise IngestError(source, EMPTY_REASON)
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")) and looks_binary(data):
        raise IngestError(source, BINARY_REASON)


def decode(data: bytes, fallback: str = "cp1252") -> tuple[str, str | None]:
    """Decode bytes as UTF-8 (BOM or not), else ``fallback``, else Latin-1.

    Returns the text and, when it was not UTF-8, a note for a
    :class:`~parley.models.Notice` saying what was used instead.
    """
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), f"{label} with a byte-order mark; decoded"
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    for codec in dict.fromkeys((fallback, "cp1252")):
        try:
            return data.decode(codec), f"not UTF-8; decoded as {codec_label(codec)}"
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("latin-1"), "not UTF-8; decoded as Latin-1"


def codec_label(codec: str) -> str:
    """A human name for a codec: ``cp1252`` -> ``Windows-1252``."""
    low = codec.lower().replace("_", "-")
    if low in ("cp1252", "windows-1252"):
        return "Windows-1252"
    if low.startswith("cp") and low[2:].isdigit():
        return f"Windows-{low[2:]}"
    return codec


def normalize_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``, as Python's text mode does."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def fix_surrogates(text: str) -> tuple[str, bool]:
    """Replace unpaired surrogates (bad ``\\ud83d`` escapes) and NULs by U+FFFD.

    Surrogates cannot be encoded as UTF-8 and PostgreSQL text cannot hold NUL
    (``\\u0000``), so nothing downstream could store them. One character
    becomes one character: offsets into the text do not move.
    """
    fixed = _SURROGATE.sub("\ufffd", text)
    return fixed, fixed != text


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def too_large_bytes(size: int, limit_chars: int, bytes_per_char: int) -> str | None:
    """A reason when ``size`` bytes cannot hold at most ``limit_chars`` characters."""
    if size <= limit_chars * bytes_per_char:
        return None
    return (
        f"too large: {megabytes(size)}; the limit is {limit_chars:,} characters"
        " (setting max_article_chars)"
    )


def too_large_text(n_chars: int, limit_chars: int) -> str | None:
    """A reason when a text of ``n_chars`` characters is over the limit."""
    if n_chars <= limit_chars:
        return None
    return (
        f"too large: {n_chars:,} characters; the limit is {limit_chars:,} characters"
        " (setting max_article_chars)"
    )


def parse_date(value: Any) -> date | None:
    """An ISO 8601 date or datetime (string, ``date`` or ``datetime``) -> ``date``.

    A timezone-aware datetime gives the date where it was written (its own
    offset), not the UTC date. Empty values give ``None``; anything else that
    is not ISO 8601 raises ``ValueError`` with a message for the user.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        raw = value.strip()
        try:
            return date.fromisoformat(raw)
        except ValueError:
            pass
        try:
            return datetime.fromisoformat(raw).date()
        except ValueError:
            pass
    raise ValueError(f"bad date {str(value)[:40]!r}: expected ISO 8601 such as 2024-02-28")


def meta_text(value: Any, field: str, source: str) -> str | None:
    """An optional metadata value as text (numbers allowed, e.g. ids)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise IngestError(source, f"{field!r} must be a string, got {type(value).__name__}")
    text = str(value).strip()
    return text or None
