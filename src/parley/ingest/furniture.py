"""Page furniture: the related-links and promo blocks that trail news text.

Copied or scraped articles often end with "More from ...", "PROMOTED STORIES",
"Related:" and a list of unrelated headlines. Those lines would be coded as
events, so :func:`strip_page_furniture` cuts from the first marker line to
the end. The markers are data (``boilerplate.yaml``), not code; the HTML
reader's class/id words are in ``html_prune.yaml``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

from parley.errors import ConfigError

#: A marker line only counts in the last part of a text: at or after this
#: share of its length, so "More from the ministry..." early on is kept.
TAIL_START = 0.6
#: Marker lines are labels or link titles, not paragraphs.
MAX_MARKER_LINE = 150
_BULLETS = " \t\u00a0•·*-–—>#|"


def load_word_list(name: str) -> tuple[str, ...]:
    """Load a packaged YAML list of strings (``boilerplate.yaml``...), lower-cased."""
    try:
        raw = resources.files("parley.ingest").joinpath(name).read_text(encoding="utf-8")
        data = yaml.safe_load(raw)
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot load parley/ingest/{name}: {exc}") from exc
    if not isinstance(data, list):
        raise ConfigError(f"parley/ingest/{name} must be a YAML list of strings")
    for number, entry in enumerate(data, 1):
        if not isinstance(entry, str) or not entry.strip():
            raise ConfigError(
                f"parley/ingest/{name}: entry {number} ({entry!r}) is not a non-empty string;"
                ' quote entries that end in ":"'
            )
    return tuple(s.strip().lower() for s in data)


@lru_cache(maxsize=1)
def furniture_markers() -> tuple[str, ...]:
    """The line prefixes that start a trailing furniture block."""
    return load_word_list("boilerplate.yaml")


def is_marker_line(line: str, markers: tuple[str, ...]) -> bool:
    """True when ``line`` starts with a marker at a word boundary.

    A line starting in lower case continues a sentence (hard-wrapped text),
    and a long line or one ending in a full stop is a sentence, not a label.
    """
    body = line.strip().lstrip(_BULLETS)
    if not body or body[0].islower() or len(body) > MAX_MARKER_LINE or body.endswith("."):
        return False
    low = body.lower()
    for marker in markers:
        if low.startswith(marker):
            rest = low[len(marker) :]
            if not rest or not rest[0].isalnum() or not marker[-1].isalnum():
                return True
    return False


def _furniture_start(text: str, markers: tuple[str, ...]) -> int | None:
    """Offset of the first marker line in the tail of ``text``, if any."""
    tail_start = len(text) * TAIL_START
    offset = 0
    for line in text.split("\n"):
        if offset >= tail_start and is_marker_line(line, markers):
            return offset
        offset += len(line) + 1
    return None


def strip_page_furniture(text: str, markers: tuple[str, ...] | None = None) -> str:
    """Drop a trailing related-links/promo block from ``text``.

    From the first marker line (see ``boilerplate.yaml``) in the last 40 % of
    the text to the end, everything goes. Cutting repeats until no marker is
    left in the new tail, so a block with several headed lists goes whole and
    the function is idempotent. It never lengthens the text and leaves
    everything before the cut verbatim.
    """
    markers = furniture_markers() if markers is None else markers
    while (cut := _furniture_start(text, markers)) is not None:
        text = text[:cut].rstrip()
    return text
