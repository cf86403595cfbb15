"""Watching feeds: poll each feed, code and store what is new, fire alerts.

``watch(feeds, store, settings, interval=900)`` polls every feed, then sleeps
until the next round; ``once=True`` polls one round and returns. Each poll
of a feed goes through :class:`~parley.ingest.feeds.LiveReader` (conditional
requests, skipping stored URLs, the address guard, politeness) and
:func:`~parley.pipeline.ingest_articles`; a failing feed is recorded and the
others go on. After each round the alert rules are evaluated on the events
that round stored; webhook alerts are POSTed here, ``print`` alerts are
handed to the caller (the CLI prints them). Nothing here prints.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from parley.alerts import Alert, Rule, deliver_all, evaluate
from parley.errors import ConfigError, ParleyError
from parley.ingest.feeds import LiveReader, SourceResult
from parley.ingest.urls import Fetcher
from parley.models import CodedArticle, Event, Failure, RunReport
from parley.pipeline import Pipeline, ingest_articles
from parley.settings import Settings
from parley.store.base import Store

log = logging.getLogger(__name__)

_INTERVAL = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd]?)", re.I)
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """``"15m"``, ``"90s"``, ``"1h30m"``, ``"2h"``, ``"600"`` (seconds) -> seconds."""
    compact = text.strip().replace(" ", "")
    pos, total = 0, 0.0
    while pos < len(compact):
        match = _INTERVAL.match(compact, pos)
        if not match or not match.group(0):
            break
        total += float(match.group(1)) * _UNIT_SECONDS[match.group(2).lower()]
        pos = match.end()
    if not compact or pos != len(compact) or total <= 0:
        raise ConfigError(
            f"interval {text!r} is not a duration; use e.g. 15m, 90s, 1h30m or 600 (seconds)"
        )
    return total


@dataclass(slots=True)
class FeedPoll:
    """One feed in one round: what the reader saw and what was stored."""

    url: str
    report: RunReport
    source: SourceResult | None = None


@dataclass(slots=True)
class Poll:
    """One round over every feed, with the alerts it fired."""

    number: int
    started: datetime
    feeds: list[FeedPoll] = field(default_factory=list)
    new_events: list[Event] = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)
    alert_failures: list[Failure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.alert_failures and all(f.report.ok for f in self.feeds)

    @property
    def articles_stored(self) -> int:
        return sum(f.report.articles_stored for f in self.feeds)


def poll_feed(
    url: str, store: Store, settings: Settings, fetcher: Fetcher, pipeline: Pipeline
) -> tuple[FeedPoll, list[CodedArticle]]:
    """Read one feed (or page) URL, code and store what is new; never raises ParleyError."""
    report = RunReport()
    stored: list[CodedArticle] = []
    reader = LiveReader(store, settings, fetcher)
    try:
        items = reader.read(url, report)
        ingest_articles(
            items, store, settings, report=report, on_stored=stored.append, pipeline=pipeline
        )
        reader.commit()
    except ParleyError as exc:  # e.g. the store is locked: this feed fails, the others go on
        log.warning("polling %s failed: %s", url, exc)
        report.failures.append(Failure(url, str(exc)))
    source = reader.results[0] if reader.results else None
    return FeedPoll(url, report, source), stored


def poll_feeds(
    feeds: Sequence[str],
    store: Store,
    settings: Settings,
    *,
    fetcher: Fetcher,
    pipeline: Pipeline,
    rules: Sequence[Rule] = (),
    number: int = 1,
) -> Poll:
    """One round: poll every feed, then evaluate the rules on the events stored."""
    poll = Poll(number=number, started=datetime.now(UTC))
    for url in feeds:
        feed_poll, stored = poll_feed(url, store, settings, fetcher, pipeline)
        poll.feeds.append(feed_poll)
        poll.new_events.extend(e for coded in stored for e in coded.events)
    if rules and poll.new_events:
        poll.alerts = evaluate(rules, store, poll.new_events)
        poll.alert_failures = deliver_all(poll.alerts, settings, fetcher)
    return poll


def watch(
    feeds: Sequence[str],
    store: Store,
    settings: Settings,
    *,
    interval: float = 900.0,
    once: bool = False,
    rules: Sequence[Rule] = (),
    on_poll: Callable[[Poll], None] | None = None,
    fetcher: Fetcher | None = None,
    pipeline: Pipeline | None = None,
    sleep: Callable[[float], None] = time.sleep,
    max_polls: int | None = None,
) -> list[Poll] | None:
    """Poll ``feeds`` every ``interval`` seconds until interrupted (or once).

    Returns the polls when ``once`` or ``max_polls`` ends the loop; runs
    until KeyboardInterrupt otherwise. ``on_poll`` sees each finished round.
    """
    if interval <= 0:
        raise ConfigError(f"the watch interval must be positive, got {interval}")
    own = fetcher is None
    client = fetcher or Fetcher(settings)
    pipe = pipeline or Pipeline(settings)
    limit = 1 if once else max_polls
    polls: list[Poll] = []
    try:
        number = 0
        while limit is None or number < limit:
            number += 1
            started = time.monotonic()
            poll = poll_feeds(
                feeds, store, settings, fetcher=client, pipeline=pipe, rules=rules, number=number
            )
            if limit is not None:
                polls.append(poll)
            if on_poll is not None:
                on_poll(poll)
            if limit is None or number < limit:
                sleep(max(0.0, interval - (time.monotonic() - started)))
    finally:
        if own:
            client.close()
    return polls
