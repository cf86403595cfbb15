"""RSS/Atom feeds and article URLs -> articles, remembering what was read.

:class:`LiveReader` reads one URL given to ``parley ingest`` or listed in a
``parley watch`` feeds file:

- a feed (detected from the Content-Type and by parsing; RSS 0.9x-2.0, RDF
  and Atom, via feedparser) is fetched with ``If-None-Match`` /
  ``If-Modified-Since`` from the validators remembered for it; a 304 means
  nothing new. Each entry's page is then fetched, unless its URL is already
  stored, and read like an HTML file (trafilatura + htmldate); the entry's
  date is the fallback publication date;
- any other URL is an article page, fetched unless its URL is already stored.

The feed's new validators are kept in :attr:`LiveReader.pending` and only
written by :meth:`LiveReader.commit` (after the articles are stored), and
only when every entry could be fetched, so an entry that failed for a
passing reason is tried again on the next poll.

Feeds files (``parley watch FEEDS.txt``): one http(s) URL a line; blank
lines and ``#`` comments (whole-line, or after whitespace) are ignored.
"""

from __future__ import annotations

import calendar
import io
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from parley.errors import ConfigError
from parley.ingest.common import Item
from parley.ingest.urls import HTML_TYPES, Fetched, Fetcher, FetchError, page_items, url_problem
from parley.models import Failure, Notice, RunReport
from parley.settings import Settings
from parley.store.base import FeedState

if TYPE_CHECKING:
    from parley.store.base import Store

log = logging.getLogger(__name__)

#: Media types that announce a feed (XML types are parsed to make sure).
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
        "application/x-rss+xml",
    }
)
_FEED_MARKERS = (b"<rss", b"<feed", b"<rdf:rdf", b"<?xml")


# -- feeds files -----------------------------------------------------------------


def parse_feed_list(text: str, source: str = "<feeds>") -> list[str]:
    """The URLs of a feeds file, in order, each once.

    Raises :class:`ConfigError` naming ``source:line`` for a line that is
    not an http(s) URL, and when there is no URL at all.
    """
    urls: list[str] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = _strip_comment(raw).strip()
        if not line:
            continue
        problem = url_problem(line)
        if problem:
            shown = line if len(line) <= 80 else line[:77] + "..."
            raise ConfigError(
                f"{source}:{number}: {shown!r} {problem}; "
                "write one http(s) feed URL a line (# starts a comment)"
            )
        urls.append(line)
    if not urls:
        raise ConfigError(f"{source}: no feed URLs; write one http(s) feed URL a line")
    return list(dict.fromkeys(urls))


def _strip_comment(line: str) -> str:
    if line.lstrip().startswith("#"):
        return ""
    for i, char in enumerate(line):  # " #" starts a comment; "feed#frag" does not
        if char == "#" and i > 0 and line[i - 1].isspace():
            return line[:i]
    return line


def read_feed_list(path: str | Path) -> list[str]:
    """Read a feeds file (UTF-8); raises :class:`ConfigError` when it cannot be used."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read feeds file {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"feeds file {path} is not UTF-8 text: {exc.reason}") from exc
    return parse_feed_list(text, str(path))


# -- feed documents ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One item of a feed: where its article is, and what the feed says of it."""

    link: str
    title: str | None = None
    date: date | None = None


@dataclass(frozen=True, slots=True)
class Feed:
    """A parsed feed: its title and entries (in feed order)."""

    url: str
    title: str | None
    entries: tuple[FeedEntry, ...]
    skipped: tuple[str, ...] = ()  # why entries without a usable link were left out


def might_be_feed(fetched: Fetched) -> bool:
    """Whether a response is worth parsing as a feed (an HTML page is not)."""
    ctype = fetched.content_type
    if ctype in FEED_TYPES or ctype.endswith(("+xml", "/xml")):
        return True
    head = fetched.content[:1024].lstrip().lower()
    if ctype in HTML_TYPES:
        return head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf:rdf"))
    return head.startswith(_FEED_MARKERS)


def parse_feed(fetched: Fetched) -> Feed | None:
    """The feed in a response, or None when it is not one (e.g. an article page)."""
    if not might_be_feed(fetched):
        return None
    import feedparser

    # a stream, never bytes or str: feedparser opens those as a file name or URL
    parsed = feedparser.parse(
        io.BytesIO(fetched.content),
        response_headers={
            "content-location": fetched.final_url,
            "content-type": fetched.headers.get("content-type", "application/xml"),
        },
    )
    if not parsed.get("version"):
        return None
    entries: list[FeedEntry] = []
    skipped: list[str] = []
    for n, entry in enumerate(parsed.entries, start=1):
        item = _entry(entry, fetched.final_url)
        if isinstance(item, FeedEntry):
            entries.append(item)
        else:
            skipped.append(f"entry {n}: {item}")
    title = _text(parsed.feed.get("title"))
    return Feed(fetched.url, title, tuple(entries), tuple(skipped))


def _entry(entry: Any, base: str) -> FeedEntry | str:
    title = _text(entry.get("title"))
    raw = _text(entry.get("link"))
    if not raw:
        return f"{title or 'untitled'!r} has no link"
    link = urljoin(base, raw)
    problem = url_problem(link)
    if problem:
        return f"link {link[:80]!r} {problem}"
    return FeedEntry(link=link, title=title, date=_entry_date(entry))


def _entry_date(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), UTC).date()
            except (OverflowError, TypeError, ValueError):
                continue
    return None


def _text(value: Any) -> str | None:
    text = " ".join(str(value or "").split())
    return text or None


# -- reading URLs into articles ------------------------------------------------------


@dataclass(slots=True)
class SourceResult:
    """What one URL gave in one read: a page or a feed, and what became of it.

    ``status`` is ``"read"``, ``"not modified"`` (HTTP 304), ``"already
    stored"`` (a page URL in the store, not fetched) or ``"failed"``.
    """

    url: str
    kind: str = "page"
    status: str = "read"
    entries: int = 0
    known: int = 0
    fetched: int = 0
    failed: int = 0
    reason: str | None = None


@dataclass(slots=True)
class LiveReader:
    """Reads URLs (feeds or pages) into articles; see the module docstring.

    Create one per run (it owns a :class:`Fetcher` unless given one), call
    :meth:`read` for each URL, :meth:`commit` once the articles are stored,
    and :meth:`close` at the end (or use ``with``).
    """

    store: Store
    settings: Settings
    fetcher: Fetcher | None = None
    results: list[SourceResult] = field(default_factory=list)
    pending: list[FeedState] = field(default_factory=list)
    _own_fetcher: bool = False

    def __post_init__(self) -> None:
        if self.fetcher is None:
            self.fetcher = Fetcher(self.settings)
            self._own_fetcher = True

    def __enter__(self) -> LiveReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._own_fetcher and self.fetcher is not None:
            self.fetcher.close()

    def commit(self) -> None:
        """Remember the validators of the feeds read (after their articles are stored)."""
        for state in self.pending:
            checked = state.checked_at or datetime.now(UTC)
            self.store.set_feed_state(state.url, state.etag, state.last_modified, checked)
        self.pending.clear()

    def read(
        self, url: str, report: RunReport, *, default_date: date | None = None
    ) -> Iterator[Item]:
        """Articles, failures and notices from one URL; never raises for a bad URL."""
        result = SourceResult(url)
        self.results.append(result)
        problem = url_problem(url)
        if problem:
            result.status, result.reason = "failed", problem
            yield Failure(url, problem)
            return
        state = self.store.get_feed_state(url)
        if state is None and self.store.known_urls([url]):
            result.status = "already stored"
            report.duplicates += 1
            return
        try:
            fetched = self._fetcher.get(url, _conditional_headers(state))
        except FetchError as exc:
            result.status, result.reason = "failed", exc.reason
            yield Failure(url, exc.reason)
            return
        if fetched.not_modified:
            result.kind, result.status = "feed", "not modified"
            self._remember(url, state, fetched, keep_old=True)
            yield Notice(url, "not modified since it was last read (HTTP 304); nothing new")
            return
        feed = parse_feed(fetched)
        if feed is None:
            result.fetched = 1
            yield from page_items(fetched, self.settings, default_date=default_date, url=url)
            return
        yield from self._read_feed(feed, fetched, state, result, report)

    @property
    def _fetcher(self) -> Fetcher:
        assert self.fetcher is not None
        return self.fetcher

    def _read_feed(
        self,
        feed: Feed,
        fetched: Fetched,
        state: FeedState | None,
        result: SourceResult,
        report: RunReport,
    ) -> Iterator[Item]:
        result.kind = "feed"
        result.entries = len(feed.entries)
        for why in feed.skipped:
            yield Notice(feed.url, f"{why}; skipped")
        entries = list({e.link: e for e in feed.entries}.values())
        known = self.store.known_urls([e.link for e in entries])
        result.known = len(known)
        report.duplicates += len(known)
        incomplete = False
        for entry in entries:
            if entry.link in known:
                continue
            try:
                page = self._fetcher.get(entry.link)
            except FetchError as exc:
                result.failed += 1
                incomplete = incomplete or exc.retryable
                yield Failure(entry.link, f"{exc.reason} (in feed {feed.url})")
                continue
            result.fetched += 1
            yield from page_items(page, self.settings, default_date=entry.date, url=entry.link)
        self._remember(feed.url, state, fetched, keep_old=incomplete)

    def _remember(
        self, url: str, state: FeedState | None, fetched: Fetched, *, keep_old: bool
    ) -> None:
        now = datetime.now(UTC)
        if keep_old:
            etag = state.etag if state else None
            modified = state.last_modified if state else None
        else:
            etag = fetched.headers.get("etag")
            modified = fetched.headers.get("last-modified")
        self.pending.append(FeedState(url, etag, modified, now))


def _conditional_headers(state: FeedState | None) -> dict[str, str]:
    headers: dict[str, str] = {}
    if state is not None and state.etag:
        headers["If-None-Match"] = state.etag
    if state is not None and state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    return headers
