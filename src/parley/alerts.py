"""Alert rules: tell someone when newly stored events match what they watch for.

A rules file is a YAML list; each rule names what to match and what to do::

    - name: ARM-AZE border clashes
      type: [ASSAULT, COERCE]        # one PLOVER type or a list; absent: any
      dyad: [ARM, AZE]               # two ISO 3166-1 alpha-3 codes, either order
      certainty: reported            # a minimum (asserted > reported > claimed >
                                     #   alleged > speculative), or a list
      min_sources: 2                 # distinct outlets reporting matching events
      window_days: 7                 # ... dated within this many days (default 7)
      action: print                  # or a webhook URL (JSON is POSTed)

A rule *fires* when new events match it and the matching events dated within
``window_days`` of the newest new one (new ones and those stored before) come
from at least ``min_sources`` distinct sources. A source is the article's
outlet, else the host of its URL, else the article itself. Negated events
("did not attack") never match.

:func:`evaluate` is used by ``parley watch --alerts`` on the events stored by
each poll, and by ``parley alerts check`` on the events stored since a date.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from parley.errors import ConfigError
from parley.models import CERTAINTIES, EVENT_TYPES, Article, Event, EventQuery, Failure
from parley.settings import Settings

if TYPE_CHECKING:
    from parley.ingest.urls import Fetcher
    from parley.store.base import Store

PRINT = "print"
DEFAULT_WINDOW_DAYS = 7
RULE_KEYS = ("name", "type", "dyad", "certainty", "min_sources", "window_days", "action")
_ISO3 = re.compile(r"[A-Za-z]{3}")


@dataclass(frozen=True, slots=True)
class Rule:
    """One validated alert rule (see the module docstring for the fields)."""

    name: str
    types: frozenset[str] = frozenset()  # empty: any type
    dyad: tuple[str, str] | None = None  # sorted; None: any actors
    certainties: frozenset[str] = frozenset(CERTAINTIES)
    min_sources: int = 1
    window_days: int = DEFAULT_WINDOW_DAYS
    action: str = PRINT  # "print" or a webhook URL

    @property
    def webhook(self) -> str | None:
        return None if self.action == PRINT else self.action

    def matches(self, event: Event) -> bool:
        """Whether an event is of the rule's type, dyad and certainty (never if negated)."""
        if event.negated or (self.types and event.type not in self.types):
            return False
        if event.certainty not in self.certainties:
            return False
        if self.dyad is None:
            return True
        source = (event.source.country if event.source else None) or ""
        target = (event.target.country if event.target else None) or ""
        countries = sorted([source, target])
        return tuple(countries) == self.dyad

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "type": sorted(self.types) or None,
            "dyad": list(self.dyad) if self.dyad else None,
            "certainty": [c for c in CERTAINTIES if c in self.certainties],
            "min_sources": self.min_sources,
            "window_days": self.window_days,
            "action": "webhook" if self.webhook else PRINT,
        }


@dataclass(frozen=True, slots=True)
class Alert:
    """A rule that fired: the new matching events and the sources that reported them."""

    rule: Rule
    events: tuple[Event, ...]
    sources: tuple[str, ...]
    fired_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    def to_dict(self) -> dict[str, Any]:
        """The JSON printed or POSTed for this alert."""
        return {
            "alert": self.rule.name,
            "rule": self.rule.to_dict(),
            "n_sources": len(self.sources),
            "sources": list(self.sources),
            "n_events": len(self.events),
            "events": [e.to_dict() for e in self.events],
            "fired_at": self.fired_at.isoformat(timespec="seconds"),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)


# -- rules files ---------------------------------------------------------------------


def load_rules(path: str | Path) -> list[Rule]:
    """Read and validate a rules file; raises :class:`ConfigError` naming file and rule."""
    import yaml

    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read alert rules {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"alert rules {path} are not UTF-8 text: {exc.reason}") from exc
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" (line {where.line + 1})" if where is not None else ""
        problem = getattr(exc, "problem", None) or exc
        raise ConfigError(f"{path}: not valid YAML{line}: {problem}") from exc
    return parse_rules(data, str(path))


def parse_rules(data: Any, source: str = "<rules>") -> list[Rule]:
    """Validate rules already parsed from YAML (a list of mappings)."""
    if isinstance(data, dict) and set(data) == {"rules"}:
        data = data["rules"]
    if not isinstance(data, list) or not data:
        raise ConfigError(
            f"{source}: expected a YAML list of rules (each with a name, and type, dyad, "
            "certainty, min_sources, window_days or action), got "
            f"{_kind(data) if data else 'nothing'}"
        )
    rules: list[Rule] = []
    names: set[str] = set()
    for number, raw in enumerate(data, start=1):
        rule = _rule(raw, f"{source}: rule {number}")
        if rule.name in names:
            raise ConfigError(f"{source}: rule {number}: the name {rule.name!r} is used twice")
        names.add(rule.name)
        rules.append(rule)
    return rules


def _kind(value: Any) -> str:
    kinds: dict[type, str] = {dict: "a mapping", list: "a list", str: "a string"}
    return kinds.get(type(value)) or type(value).__name__


def _rule(raw: Any, where: str) -> Rule:
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: expected a mapping with a name, got {_kind(raw)}")
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{where}: 'name' is required and must be a non-empty string")
    where = f"{where} ({name.strip()!r})"
    unknown = sorted(str(k) for k in raw if k not in RULE_KEYS)
    if unknown:
        raise ConfigError(
            f"{where}: unknown key(s) {', '.join(unknown)}; known: {', '.join(RULE_KEYS)}"
        )
    return Rule(
        name=name.strip(),
        types=_types(raw.get("type"), where),
        dyad=_dyad(raw.get("dyad"), where),
        certainties=_certainties(raw.get("certainty"), where),
        min_sources=_positive(raw.get("min_sources", 1), "min_sources", where),
        window_days=_positive(raw.get("window_days", DEFAULT_WINDOW_DAYS), "window_days", where),
        action=_action(raw.get("action", PRINT), where),
    )


def _strings(value: Any, key: str, where: str) -> list[str]:
    items = value if isinstance(value, list) else [value]
    if not items or not all(isinstance(v, str) and v.strip() for v in items):
        raise ConfigError(f"{where}: {key!r} must be a string or a list of strings")
    return [v.strip() for v in items]


def _types(value: Any, where: str) -> frozenset[str]:
    if value is None:
        return frozenset()
    types = [t.upper() for t in _strings(value, "type", where)]
    bad = [t for t in types if t not in EVENT_TYPES]
    if bad:
        raise ConfigError(
            f"{where}: type {bad[0]!r} is not a PLOVER type; use one of {', '.join(EVENT_TYPES)}"
        )
    return frozenset(types)


def _dyad(value: Any, where: str) -> tuple[str, str] | None:
    if value is None:
        return None
    ok = (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, str) and _ISO3.fullmatch(v.strip()) for v in value)
    )
    if not ok:
        raise ConfigError(
            f"{where}: 'dyad' must be two ISO 3166-1 alpha-3 country codes such as "
            f"[ARM, AZE], got {_short(value)}"
        )
    a, b = sorted(v.strip().upper() for v in value)
    return (a, b)


def _certainties(value: Any, where: str) -> frozenset[str]:
    if value is None:
        return frozenset(CERTAINTIES)
    if isinstance(value, dict) and set(value) == {"min"}:
        value = value["min"]
        if not isinstance(value, str):
            raise ConfigError(f"{where}: 'certainty: {{min: ...}}' must name one certainty")
    words = [w.lower() for w in _strings(value, "certainty", where)]
    bad = [w for w in words if w not in CERTAINTIES]
    if bad:
        raise ConfigError(
            f"{where}: certainty {bad[0]!r} is unknown; use {', '.join(CERTAINTIES)} "
            "(one word: that or more certain; a list: exactly those)"
        )
    if isinstance(value, str):  # a minimum: this and every more certain level
        return frozenset(CERTAINTIES[: CERTAINTIES.index(words[0]) + 1])
    return frozenset(words)


def _positive(value: Any, key: str, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(
            f"{where}: {key!r} must be a whole number of at least 1, got {_short(value)}"
        )
    return value


def _action(value: Any, where: str) -> str:
    from parley.ingest.urls import url_problem

    if isinstance(value, str) and value.strip().lower() == PRINT:
        return PRINT
    problem = url_problem(value.strip()) if isinstance(value, str) else "is not a string"
    if problem:
        raise ConfigError(
            f"{where}: 'action' must be print or a webhook http(s) URL; {_short(value)} {problem}"
        )
    return str(value).strip()


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


# -- evaluating ------------------------------------------------------------------------


def source_key(article: Article | None, article_id: str) -> str:
    """Who reported an article: its outlet, else its URL's host, else the article id."""
    if article is not None and article.outlet:
        return " ".join(article.outlet.split()).lower()
    if article is not None and article.url:
        host = (urlsplit(article.url).hostname or "").lower()
        if host:
            return host.removeprefix("www.")
    return f"article:{article_id}"


class _Articles:
    """Articles of events, read from the store once each."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._cache: dict[str, Article | None] = {}

    def get(self, article_id: str) -> Article | None:
        if article_id not in self._cache:
            coded = self.store.get_article(article_id)
            self._cache[article_id] = coded.article if coded else None
        return self._cache[article_id]

    def day(self, event: Event) -> date | None:
        if event.date is not None:
            return event.date
        article = self.get(event.article_id)
        return article.date if article else None


def evaluate(rules: Sequence[Rule], store: Store, new_events: Iterable[Event]) -> list[Alert]:
    """The alerts fired by ``new_events`` (already stored), one per rule at most."""
    new = list(new_events)
    articles = _Articles(store)
    alerts: list[Alert] = []
    for rule in rules:
        hits = [e for e in new if rule.matches(e)]
        if not hits:
            continue
        pool = {e.event_id: e for e in _window(rule, store, hits, articles)}
        pool.update((e.event_id, e) for e in hits)
        sources = sorted(
            {source_key(articles.get(e.article_id), e.article_id) for e in pool.values()}
        )
        if len(sources) >= rule.min_sources:
            alerts.append(Alert(rule, tuple(hits), tuple(sources)))
    return alerts


def _window(rule: Rule, store: Store, hits: list[Event], articles: _Articles) -> list[Event]:
    """Stored events matching ``rule`` within its window before the newest hit."""
    days = [d for d in (articles.day(e) for e in hits) if d is not None]
    latest = max(days) if days else None
    since = latest - timedelta(days=rule.window_days) if latest else None
    query = EventQuery(
        type=next(iter(rule.types)) if len(rule.types) == 1 else None,
        country=rule.dyad[0] if rule.dyad else None,
        since=since,
        until=latest,
        include_negated=False,
    )
    return [e for e in store.iter_events(query) if rule.matches(e)]


def check(rules: Sequence[Rule], store: Store, since: date | None = None) -> list[Alert]:
    """Evaluate rules once against the events stored on or after ``since`` (all if None)."""
    events = store.iter_events(EventQuery(since=since, include_negated=False))
    return evaluate(rules, store, list(events))


def deliver(alert: Alert, fetcher: Fetcher) -> None:
    """POST a webhook alert's JSON (guarded, with timeouts and retries).

    Raises :class:`~parley.ingest.urls.FetchError` when it cannot be delivered.
    Alerts whose action is ``print`` are left to the caller.
    """
    if alert.rule.webhook:
        fetcher.post_json(alert.rule.webhook, alert.to_json().encode("utf-8"))


def deliver_all(
    alerts: Iterable[Alert], settings: Settings, fetcher: Fetcher | None = None
) -> list[Failure]:
    """POST every webhook alert; one failure per alert that could not be delivered."""
    from parley.ingest.urls import Fetcher, FetchError

    hooks = [a for a in alerts if a.rule.webhook]
    if not hooks:
        return []
    client = fetcher or Fetcher(settings)
    failures: list[Failure] = []
    try:
        for alert in hooks:
            try:
                deliver(alert, client)
            except FetchError as exc:
                reason = f"webhook {exc.source} not reached: {exc.reason}"
                failures.append(Failure(f"alert {alert.rule.name!r}", reason))
    finally:
        if fetcher is None:
            client.close()
    return failures
