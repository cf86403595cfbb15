"""What the pages show, computed in Python and rendered by the templates.

Nothing here builds HTML: functions return plain data (text pieces, numbers
for SVG shapes) and the Jinja2 templates escape every piece of text they
print. That is how article text, which is untrusted, stays inert.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from parley.models import CodedArticle, Event
from parley.store.base import Counterpart, TimelinePoint

#: Certainties that the article reader marks (asserted/reported are plain).
HEDGED = ("claimed", "alleged", "speculative")

#: PLOVER quadrant of each type (for legends and colours).
QUADRANTS: dict[str, str] = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), "verbal cooperation"),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), "material cooperation"),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN"), "verbal conflict"),
    **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), "material conflict"),
}


# -- article reader -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of article text: plain, an opinion sentence, or a coded span."""

    text: str
    kind: str = "plain"  # plain | opinion | event
    events: tuple[int, ...] = ()  # 1-based numbers of the events on this span
    types: tuple[str, ...] = ()
    certainty: str | None = None  # the most hedged certainty among the events
    sentence_index: int | None = None


def _most_hedged(events: Sequence[Event]) -> str:
    order = {c: i for i, c in enumerate(("asserted", "reported", *HEDGED))}
    return max((e.certainty for e in events), key=lambda c: order.get(c, 0))


def article_segments(coded: CodedArticle) -> list[Segment]:
    """Split the article text into plain, opinion and event pieces, in order.

    Events are numbered 1.. in the order of ``coded.events``; events sharing a
    span share one highlighted piece. Overlapping spans keep the first.
    """
    text = coded.article.text
    by_span: dict[tuple[int, int], list[int]] = defaultdict(list)
    for number, event in enumerate(coded.events, start=1):
        by_span[event.span].append(number)
    marks: list[tuple[int, int, Segment]] = []
    for (start, end), numbers in by_span.items():
        evs = [coded.events[n - 1] for n in numbers]
        seg = Segment(
            text[start:end],
            "event",
            tuple(numbers),
            tuple(dict.fromkeys(e.type for e in evs)),
            _most_hedged(evs),
            evs[0].sentence_index,
        )
        marks.append((start, end, seg))
    for s in coded.sentences:
        if s.opinion:
            marks.append(
                (s.start, s.end, Segment(text[s.start : s.end], "opinion", (), (), None, s.index))
            )
    marks.sort(key=lambda m: (m[0], m[2].kind != "event", -m[1]))
    out: list[Segment] = []
    pos = 0
    for start, end, seg in marks:
        if start < pos or end > len(text) or start >= end:
            continue  # overlapping or out of range: keep the earlier piece
        if start > pos:
            out.append(Segment(text[pos:start]))
        out.append(seg)
        pos = end
    if pos < len(text):
        out.append(Segment(text[pos:]))
    return out


# -- charts ---------------------------------------------------------------------


def month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _months_between(first: date, last: date) -> list[str]:
    out = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


@dataclass(frozen=True, slots=True)
class Month:
    month: str
    n_events: int
    mean_intensity: float | None
    total_intensity: float


def months(points: Iterable[TimelinePoint]) -> list[Month]:
    """Fold per-day points into calendar months, empty months included."""
    counts: dict[str, int] = defaultdict(int)
    totals: dict[str, float] = defaultdict(float)
    weights: dict[str, int] = defaultdict(int)
    days = []
    for p in points:
        key = month_key(p.day)
        days.append(p.day)
        counts[key] += p.n_events
        if p.mean_intensity is not None:
            totals[key] += p.mean_intensity * p.n_events
            weights[key] += p.n_events
    if not days:
        return []
    return [
        Month(
            m,
            counts.get(m, 0),
            round(totals[m] / weights[m], 2) if weights.get(m) else None,
            round(totals.get(m, 0.0), 2),
        )
        for m in _months_between(min(days), max(days))
    ]


def event_months(events: Iterable[Event]) -> list[Month]:
    """Months of events by their date (undated events are left out)."""
    by_day: dict[date, list[float | None]] = defaultdict(list)
    for e in events:
        if e.date is not None:
            by_day[e.date].append(None if e.negated else e.intensity)
    points = []
    for day, values in by_day.items():
        known = [v for v in values if v is not None]
        mean = sum(known) / len(known) if known else None
        points.append(TimelinePoint(day, len(values), mean))
    return months(sorted(points, key=lambda p: p.day))


@dataclass(frozen=True, slots=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    css: str
    label: str  # shown as the bar's tooltip
    tick: str | None = None  # axis label under the bar, when there is room


@dataclass(slots=True)
class Chart:
    """Numbers for one inline SVG bar chart (``viewBox`` 0 0 width height)."""

    width: int
    height: int
    bars: list[Bar] = field(default_factory=list)
    zero_y: float = 0.0
    top_label: str = ""
    bottom_label: str = ""
    markers: list[Bar] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.bars


CHART_W, CHART_H, PAD_L, PAD_R, PAD_B, PAD_T = 720, 200, 44, 24, 26, 12


def _tick_every(n: int) -> int:
    return max(1, math.ceil(n / 12))


def count_chart(ms: Sequence[Month]) -> Chart:
    """Bars of events per month, each bar coloured by its mean intensity."""
    chart = Chart(CHART_W, CHART_H)
    if not ms:
        return chart
    top = max(m.n_events for m in ms) or 1
    plot_h = CHART_H - PAD_B - PAD_T
    step = (CHART_W - PAD_L - PAD_R) / len(ms)
    every = _tick_every(len(ms))
    chart.zero_y = CHART_H - PAD_B
    chart.top_label, chart.bottom_label = str(top), "0"
    for i, m in enumerate(ms):
        h = plot_h * m.n_events / top
        tone = _tone(m.mean_intensity)
        mean = "" if m.mean_intensity is None else f", mean intensity {m.mean_intensity:+.1f}"
        chart.bars.append(
            Bar(
                PAD_L + i * step + step * 0.1,
                chart.zero_y - h,
                step * 0.8,
                h,
                f"bar {tone}",
                f"{m.month}: {m.n_events} events{mean}",
                m.month if i % every == 0 else None,
            )
        )
    return chart


@dataclass(frozen=True, slots=True)
class IndicatorPoint:
    """One period of a conflict-cooperation indicator (a month or an ISO week)."""

    label: str
    start: date
    value: float  # net intensity: cooperation above zero, conflict below
    n: int
    flag: bool = False  # e.g. an escalation week


def month_points(ms: Sequence[Month]) -> list[IndicatorPoint]:
    return [
        IndicatorPoint(m.month, date.fromisoformat(m.month + "-01"), m.total_intensity, m.n_events)
        for m in ms
    ]


def indicator_chart(
    points: Sequence[IndicatorPoint], markers: Sequence[tuple[date, str]] = ()
) -> Chart:
    """The conflict-cooperation indicator: net intensity per period around zero.

    Cooperation (positive) rises above the axis, conflict (negative) falls
    below it; flagged periods (escalation) are drawn darker. ``markers``
    (e.g. rounds of talks) become thin ticks in the period they fall in.
    """
    chart = Chart(CHART_W, CHART_H)
    if not points:
        return chart
    top = max(abs(p.value) for p in points) or 1.0
    plot_h = CHART_H - PAD_B - PAD_T
    chart.zero_y = PAD_T + plot_h / 2
    half = plot_h / 2
    step = (CHART_W - PAD_L - PAD_R) / len(points)
    every = _tick_every(len(points))
    chart.top_label, chart.bottom_label = f"+{top:.0f}", f"-{top:.0f}"
    for i, p in enumerate(points):
        h = half * abs(p.value) / top
        y = chart.zero_y - h if p.value >= 0 else chart.zero_y
        tone = "coop" if p.value > 0 else "conflict" if p.value < 0 else "zero"
        flag = " flagged" if p.flag else ""
        escalation = " (escalation)" if p.flag else ""
        chart.bars.append(
            Bar(
                PAD_L + i * step + step * 0.1,
                y,
                step * 0.8,
                max(h, 0.5),
                f"bar {tone}{flag}",
                f"{p.label}: net {p.value:+.1f} over {p.n} events{escalation}",
                p.label if i % every == 0 else None,
            )
        )
    starts = [p.start for p in points]
    for day, label in markers:
        i = bisect_right(starts, day) - 1
        if 0 <= i < len(points):
            x = PAD_L + (i + 0.5) * step
            chart.markers.append(Bar(x - 1.5, PAD_T, 3, plot_h, "marker", f"{day}: {label}"))
    return chart


def _tone(mean: float | None) -> str:
    if mean is None:
        return "zero"
    return "coop" if mean > 0.5 else "conflict" if mean < -0.5 else "zero"


# -- interaction network ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Node:
    x: float
    y: float
    r: float
    label: str
    actor_id: str | None  # links to the actor page when resolved
    n_events: int
    width: float  # stroke width of the edge to the centre


def network(counterparts: Sequence[Counterpart], top: int = 12) -> list[Node]:
    """Place the ``top`` counterparts on a circle around the centre (360x360 box)."""
    shown = list(counterparts[:top])
    if not shown:
        return []
    most = max(c.n_events for c in shown)
    out = []
    for i, c in enumerate(shown):
        angle = 2 * math.pi * i / len(shown) - math.pi / 2
        weight = c.n_events / most
        label = c.name if len(c.name) <= 28 else c.name[:27] + "…"
        out.append(
            Node(
                round(180 + 130 * math.cos(angle), 1),
                round(180 + 130 * math.sin(angle), 1),
                round(6 + 10 * weight, 1),
                label,
                c.actor_id,
                c.n_events,
                round(1 + 6 * weight, 1),
            )
        )
    return out


def counterpart_countries(counterparts: Iterable[Counterpart]) -> list[tuple[str, int]]:
    """Counterparts summed by country (unknown countries left out), most first."""
    totals: dict[str, int] = defaultdict(int)
    for c in counterparts:
        if c.country:
            totals[c.country] += c.n_events
    return sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))
