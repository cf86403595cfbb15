"""Event dates: DATE expressions resolved against the article's publication date.

Common news forms are handled by fast patterns ("February 28-29", "28 February
2024", "on Tuesday", "yesterday"); anything else with a day in it goes to
dateparser with the publication date as ``RELATIVE_BASE``. Vague expressions
("last week", "in recent weeks", "in February") resolve to nothing: an
unknown date is null, never guessed.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
WEEKDAYS = {
    d: i
    for i, d in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
_DASH = r"\s*(?:-|–|—|to|and)\s*"
_MONTH2 = r"(?P<month2>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
CROSS_MONTH = re.compile(
    rf"\b{_MONTH}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|—|to|until|through)\s*"
    rf"{_MONTH2}\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?{_YEAR}\b",
    re.I,
)
PATTERNS = [
    re.compile(
        rf"\b{_MONTH}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:{_DASH}(?P<d2>\d{{1,2}})"
        rf"(?:st|nd|rd|th)?)?{_YEAR}\b",
        re.I,
    ),
    re.compile(
        rf"\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:{_DASH}(?P<d2>\d{{1,2}})"
        rf"(?:st|nd|rd|th)?)?\s+(?:of\s+)?{_MONTH}{_YEAR}\b",
        re.I,
    ),
]
ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
YESTERDAY = re.compile(r"\byesterday\b", re.I)
VAGUE = re.compile(r"\b(last|next|recent|past|coming|this|early|late|mid)\b", re.I)


def names_a_day(text: str) -> bool:
    """Whether a time expression names its day ("Friday night", "yesterday evening")."""
    return bool(WEEKDAY.search(text) or YESTERDAY.search(text))


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _infer_year(month: int, day: int, base: date | None) -> int | None:
    """The year of a day-month date: the base year, or the one before when that
    would put a reported event well after publication."""
    if base is None:
        return None
    candidate = _safe(base.year, month, day)
    if candidate and candidate > base + timedelta(days=31):
        return base.year - 1
    return base.year


def _cross_month(text: str, base: date | None) -> tuple[date | None, date | None] | None:
    """ "from May 30 to June 2", "May 1 to May 4": a range with the month repeated."""
    m = CROSS_MONTH.search(text)
    if not m:
        return None
    m1, m2 = MONTHS[m.group("month").lower()], MONTHS[m.group("month2").lower()]
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    year = int(m.group("year")) if m.group("year") else _infer_year(m2, d2, base)
    if year is None:
        return None, None
    start = _safe(year - (1 if m2 < m1 else 0), m1, d1)
    end = _safe(year, m2, d2)
    return start, (end if start and end and end > start else None)


def _from_pattern(text: str, base: date | None) -> tuple[date | None, date | None] | None:
    crossed = _cross_month(text, base)
    if crossed is not None:
        return crossed
    for pattern in PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        month = MONTHS[m.group("month").lower()]
        d1 = int(m.group("d1"))
        year = int(m.group("year")) if m.group("year") else _infer_year(month, d1, base)
        if year is None:
            return None, None
        start = _safe(year, month, d1)
        end = _safe(year, month, int(m.group("d2"))) if m.group("d2") else None
        if start and end and end <= start:
            end = None
        return start, end
    return None


@lru_cache(maxsize=4096)
def resolve_date(text: str, base: date | None) -> tuple[date | None, date | None]:
    """``(date, date_end)`` for a date expression; ``(None, None)`` when unknown."""
    lowered = text.lower().strip()
    iso = ISO.search(text)
    if iso:
        return _safe(int(iso.group(1)), int(iso.group(2)), int(iso.group(3))), None
    found = _from_pattern(text, base)
    if found is not None:
        return found
    if base is None:
        return None, None
    if lowered in ("today", "this morning", "tonight", "this evening", "on today"):
        return base, None
    if "yesterday" in lowered:
        return base - timedelta(days=1), None
    wd = WEEKDAY.search(lowered)
    if wd and not re.search(r"\b(next|coming|last)\b", lowered):
        back = (base.weekday() - WEEKDAYS[wd.group(1)]) % 7
        return base - timedelta(days=back), None
    if VAGUE.search(lowered) or not any(ch.isdigit() for ch in lowered):
        return None, None
    return _dateparser(text, base), None


def _dateparser(text: str, base: date) -> date | None:
    import dateparser

    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={
            "RELATIVE_BASE": datetime(base.year, base.month, base.day),
            "PREFER_DATES_FROM": "past",
            "REQUIRE_PARTS": ["day", "month"],
        },
    )
    return parsed.date() if parsed else None
