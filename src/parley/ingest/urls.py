"""Fetching URLs politely and safely: :class:`Fetcher`, and pages -> articles.

One ``Fetcher`` (an httpx client) serves a whole run, so that its per-host
politeness delay holds across feeds and polls. Every request:

- connects only where the address guard allows (:mod:`parley.ingest.guard`),
  on every redirect hop;
- has a timeout (``fetch_timeout``: to connect, between bytes, and for the
  whole body);
- is streamed and aborted once the body passes ``max_response_bytes`` (counted
  after decompression, so a gzip bomb is stopped too);
- is retried after a connection error, HTTP 5xx or 429, ``fetch_retries``
  times, waiting ``fetch_backoff`` x 2^n seconds, or what ``Retry-After`` asks
  (up to :data:`MAX_RETRY_WAIT`);
- waits ``host_delay`` seconds after the previous request to the same host.

Problems raise :class:`FetchError` (an :class:`~parley.errors.IngestError`
whose ``source`` is the URL and ``reason`` a one-line explanation).
"""

from __future__ import annotations

import email.utils
import logging
import time
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from parley.errors import IngestError
from parley.ingest.common import Item
from parley.ingest.guard import AddressPolicy, AddressRefused, guarded_transport
from parley.settings import Settings

if TYPE_CHECKING:
    import httpx

log = logging.getLogger(__name__)

#: Longest wait a ``Retry-After`` header may ask for; longer ones fail the request.
MAX_RETRY_WAIT = 300.0
#: Most redirects followed for one request.
MAX_REDIRECTS = 5
#: Bytes read from the network at a time.
CHUNK_BYTES = 65_536
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
HTML_TYPES = ("text/html", "application/xhtml+xml")


class FetchError(IngestError):
    """A URL could not be fetched; ``retryable`` says whether trying later may help."""

    def __init__(self, source: str, reason: str, *, retryable: bool = False) -> None:
        super().__init__(source, reason)
        self.retryable = retryable


@dataclass(frozen=True, slots=True)
class Fetched:
    """A response: the URL asked for, where it was finally served from, and the body."""

    url: str
    final_url: str
    status: int
    headers: Mapping[str, str]
    content: bytes

    @property
    def content_type(self) -> str:
        """The media type, lower-case, without parameters (``text/html``)."""
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def url_problem(value: str) -> str | None:
    """Why ``value`` is not an absolute http(s) URL with a host, or None if it is."""
    if not value or any(ord(c) <= 32 or ord(c) == 127 for c in value):
        return "is not a URL (empty, or has spaces or control characters)"
    try:
        parts = urlsplit(value)
        _ = parts.port  # raises ValueError for a bad port
    except ValueError as exc:
        return f"is not a valid URL ({exc})"
    if parts.scheme.lower() not in ("http", "https"):
        return "is not an http(s) URL"
    if not parts.hostname:
        return "has no host name"
    return None


def is_url(spec: str) -> bool:
    """Whether an input names an http(s) URL (rather than a file)."""
    return spec[:8].lower().startswith(("http://", "https://"))


class _Decoder:
    """Undo a ``Content-Encoding`` while counting decoded bytes against a limit."""

    def __init__(self, encoding: str, limit: int, url: str) -> None:
        encoding = encoding.strip().lower()
        if encoding in ("", "identity"):
            self._z = None
        elif encoding in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._z = zlib.decompressobj(zlib.MAX_WBITS)
        else:
            raise FetchError(url, f"unsupported Content-Encoding {encoding!r}")
        self.limit = limit
        self.url = url
        self.size = 0
        self.parts: list[bytes] = []

    def feed(self, data: bytes) -> None:
        if self._z is None:
            self._add(data)
            return
        try:
            while data:
                out = self._z.decompress(data, self.limit - self.size + 1)
                self._add(out)
                data = self._z.unconsumed_tail
        except zlib.error as exc:
            raise FetchError(self.url, f"corrupt compressed response: {exc}") from exc

    def _add(self, out: bytes) -> None:
        self.size += len(out)
        if self.size > self.limit:
            raise FetchError(self.url, too_large(self.limit))
        self.parts.append(out)

    def result(self) -> bytes:
        if self._z is not None:
            self._add(self._z.flush())
        return b"".join(self.parts)


def too_large(limit: int) -> str:
    return f"response too large: over {limit:,} bytes (setting max_response_bytes)"


def retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds asked for by a ``Retry-After`` header (seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class Fetcher:
    """A polite, guarded HTTP client for one run; close it (or use ``with``).

    ``sleep`` and ``clock`` are injectable so that tests need not wait.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        import httpx

        self.settings = settings
        self.policy = AddressPolicy.from_settings(settings)
        self._sleep = sleep
        self._clock = clock
        self._last_request: dict[str, float] = {}
        self._client = httpx.Client(
            transport=guarded_transport(self.policy),
            timeout=httpx.Timeout(settings.fetch_timeout),
            follow_redirects=False,
            trust_env=False,
            headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"},
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    # -- public ---------------------------------------------------------------

    def get(self, url: str, headers: Mapping[str, str] | None = None) -> Fetched:
        """GET ``url``, following up to five redirects (each hop guarded).

        A 304 is returned (for conditional requests); any other status that
        is not 2xx raises :class:`FetchError`.
        """
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            response = self._send("GET", current, dict(headers or {}), None, source=url)
            if response.status in REDIRECT_CODES:
                current = self._redirect_target(url, current, response)
                continue
            return self._finish(url, current, response)
        raise FetchError(url, f"more than {MAX_REDIRECTS} redirects")

    def post_json(self, url: str, payload: bytes) -> Fetched:
        """POST a JSON body; redirects are not followed (a 3xx is an error)."""
        headers = {"Content-Type": "application/json"}
        response = self._send("POST", url, headers, payload, source=url)
        return self._finish(url, url, response)

    # -- one request with retries ---------------------------------------------

    def _redirect_target(self, url: str, current: str, response: Fetched) -> str:
        location = response.headers.get("location")
        if not location:
            raise FetchError(url, f"HTTP {response.status} redirect without a Location")
        target = urljoin(current, location.strip())
        problem = url_problem(target)
        if problem:
            raise FetchError(url, f"redirected to {target[:200]!r}, which {problem}")
        log.debug("%s redirects to %s", current, target)
        return target

    def _finish(self, url: str, current: str, response: Fetched) -> Fetched:
        if response.status == 304 or 200 <= response.status < 300:
            return Fetched(url, current, response.status, response.headers, response.content)
        raise FetchError(url, f"HTTP {response.status} {_phrase(response.status)}".rstrip())

    def _send(
        self, method: str, url: str, headers: dict[str, str], body: bytes | None, *, source: str
    ) -> Fetched:
        problem = url_problem(url)
        if problem:
            raise FetchError(source, f"{url[:200]!r} {problem}")
        attempts = max(0, self.settings.fetch_retries) + 1
        for attempt in range(attempts):
            last = attempt == attempts - 1
            try:
                response = self._once(method, url, headers, body, source)
            except FetchError as exc:
                if not exc.retryable or last:
                    raise
                wait = self._backoff(attempt)
                log.info("%s: %s; retrying in %.1f s", url, exc.reason, wait)
                self._sleep(wait)
                continue
            if response.status == 429 or response.status >= 500:
                if last:
                    tries = f" after {attempts} tries" if attempts > 1 else ""
                    raise FetchError(
                        source,
                        f"HTTP {response.status} {_phrase(response.status)}{tries}",
                        retryable=True,
                    )
                self._sleep(self._wait_for(response, attempt, source))
                continue
            return response
        raise AssertionError("unreachable")  # pragma: no cover

    def _backoff(self, attempt: int) -> float:
        return float(self.settings.fetch_backoff * (2**attempt))

    def _wait_for(self, response: Fetched, attempt: int, source: str) -> float:
        asked = retry_after(response.headers.get("retry-after"))
        if asked is None:
            return self._backoff(attempt)
        if asked > MAX_RETRY_WAIT:
            raise FetchError(
                source,
                f"HTTP {response.status}; the server asks to retry after {asked:.0f} s "
                f"(more than {MAX_RETRY_WAIT:.0f} s); try again later",
                retryable=True,
            )
        return max(asked, self._backoff(attempt))

    def _polite(self, url: str) -> str:
        host = (urlsplit(url).hostname or "").lower()
        last = self._last_request.get(host)
        if last is not None:
            wait = last + self.settings.host_delay - self._clock()
            if wait > 0:
                self._sleep(wait)
        return host

    def _once(
        self, method: str, url: str, headers: dict[str, str], body: bytes | None, source: str
    ) -> Fetched:
        import httpx

        host = self._polite(url)
        try:
            request = self._client.build_request(method, url, headers=headers, content=body)
            response = self._client.send(request, stream=True)
            try:
                content = self._read_body(response, source)
            finally:
                response.close()
        except AddressRefused as exc:
            raise FetchError(source, _hop(url, source) + str(exc)) from exc
        except httpx.TimeoutException as exc:
            retryable = isinstance(exc, httpx.ConnectTimeout)
            reason = _hop(url, source) + _timeout(self.settings)
            raise FetchError(source, reason, retryable=retryable) from exc
        except (httpx.NetworkError, httpx.RemoteProtocolError) as exc:
            reason = f"connection failed: {exc or type(exc).__name__}"
            raise FetchError(source, _hop(url, source) + reason, retryable=True) from exc
        except httpx.HTTPError as exc:
            raise FetchError(source, _hop(url, source) + f"request failed: {exc}") from exc
        finally:
            self._last_request[host] = self._clock()
        return Fetched(source, url, response.status_code, dict(response.headers), content)

    def _read_body(self, response: httpx.Response, source: str) -> bytes:
        limit = self.settings.max_response_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(source, too_large(limit))
        decoder = _Decoder(response.headers.get("content-encoding", ""), limit, source)
        deadline = self._clock() + self.settings.fetch_timeout
        for chunk in response.iter_raw(CHUNK_BYTES):
            decoder.feed(chunk)
            if self._clock() > deadline:
                raise FetchError(source, _timeout(self.settings))
        return decoder.result()


def _hop(url: str, source: str) -> str:
    """A prefix naming the redirect target when it is not the URL asked for."""
    return "" if url == source else f"after a redirect to {url}: "


def _timeout(settings: Settings) -> str:
    return f"timed out after {settings.fetch_timeout:g} s (setting fetch_timeout)"


def _phrase(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def charset(headers: Mapping[str, str]) -> str | None:
    """The ``charset`` parameter of a Content-Type header, if any."""
    for param in headers.get("content-type", "").split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _as_utf8(data: bytes, declared: str | None) -> bytes:
    """Re-encode a body to UTF-8 when its header names another charset that fits it."""
    if not declared or declared.lower().replace("_", "-") in ("utf-8", "utf8"):
        return data
    try:
        return data.decode(declared).encode("utf-8")
    except (LookupError, UnicodeDecodeError):
        return data  # the HTML reader's own sniffing decides


def page_items(
    fetched: Fetched,
    settings: Settings,
    *,
    default_date: date | None = None,
    url: str | None = None,
) -> Iterator[Item]:
    """A fetched page -> an Article (or a Failure), via the HTML or text reader.

    The article's ``url`` is the URL asked for (``url`` when given, e.g. the
    feed's link), so the next poll recognises it before fetching it again.
    """
    from parley.ingest.html import read_html_bytes
    from parley.ingest.text import read_text_bytes
    from parley.models import Article, Failure

    link = url or fetched.url
    ctype = fetched.content_type
    data = _as_utf8(fetched.content, charset(fetched.headers))
    if ctype == "text/plain":
        for item in read_text_bytes(data, link, settings, default_date=default_date):
            yield replace(item, url=item.url or link) if isinstance(item, Article) else item
    elif not ctype or ctype in HTML_TYPES:
        yield from read_html_bytes(data, link, settings, default_date=default_date, url=link)
    else:
        yield Failure(link, f"not an HTML page or a feed (Content-Type {ctype})")
