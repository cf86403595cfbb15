"""Live sources: feeds and pages fetched from a real HTTP server on 127.0.0.1.

No request leaves the machine: the server binds loopback, the guard allows
only 127.0.0.1 (``allowed_networks``), and addresses such as 10.0.0.1 appear
only as redirect targets or literals that the guard refuses before any
connection is attempted.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import httpx
import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from typer.testing import CliRunner

from localhttp import Answer, LocalServer, Seen
from parley.cli import app
from parley.errors import ConfigError
from parley.ingest.feeds import parse_feed_list, read_feed_list
from parley.ingest.guard import (
    AddressPolicy,
    AddressRefused,
    address_refusal,
    check_ip,
    guarded_transport,
    parse_networks,
)
from parley.ingest.urls import Fetcher, FetchError, retry_after, url_problem
from parley.live import parse_interval, poll_feeds, watch
from parley.pipeline import Pipeline, ingest
from parley.settings import Settings
from parley.store import connect
from parley.store.base import Store

LOOPBACK = "127.0.0.1/32"
LOOPBACK_ENV = {"PARLEY_ALLOWED_NETWORKS": LOOPBACK, "PARLEY_HOST_DELAY": "0", "COLUMNS": "250"}


def page(title: str, paragraphs: list[str], day: str | None = "2024-03-01") -> str:
    """An article page written for the tests: navigation, a headline, paragraphs."""
    meta = f'<meta property="article:published_time" content="{day}T09:00:00+00:00">' if day else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>{meta}</head>'
        f'<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>'
        f"<main><article><h1>{title}</h1>{body}</article></main>"
        f"<footer>Copyright Test Wire</footer></body></html>"
    )


DETAINED = page(
    "Soldier detained on the border",
    [
        "Armenian forces detained an Azerbaijani soldier near the border village of "
        "Khnatsakh on Tuesday, officials in Yerevan said in a statement.",
        "The soldier was taken to a military base for questioning, the statement added, "
        "and an investigation into the incident has begun.",
    ],
)
TALKS = page(
    "Ministers meet in Berlin",
    [
        "The foreign ministers of Armenia and Azerbaijan held talks in Berlin on "
        "February 28-29, hosted by the German foreign minister.",
        "Both delegations said they would continue to work on the text of a peace "
        "treaty after two days of negotiations at a government guest house.",
    ],
)


def rss(base: str, *links: str) -> str:
    items = "".join(
        f"<item><title>Story {n}</title><link>{base}{link}</link>"
        f"<pubDate>Fri, 01 Mar 2024 09:00:00 GMT</pubDate><guid>{link}</guid></item>"
        for n, link in enumerate(links)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Test Wire</title><link>{base}/</link>{items}</channel></rss>"
    )


def atom(base: str, *links: str) -> str:
    entries = "".join(
        f'<entry><title>Story {n}</title><link href="{base}{link}"/><id>urn:{n}</id>'
        "<updated>2024-02-20T10:00:00Z</updated></entry>"
        for n, link in enumerate(links)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Test Atom</title><id>urn:feed</id><updated>2024-02-20T10:00:00Z</updated>"
        f"{entries}</feed>"
    )


def conditional_feed(
    body: str, etag: str = '"v1"', modified: str = "Fri, 01 Mar 2024 10:00:00 GMT"
):
    """A handler serving ``body`` with validators, and 304 when the client has them."""

    def handler(seen: Seen) -> Answer:
        if (
            seen.headers.get("if-none-match") == etag
            or seen.headers.get("if-modified-since") == modified
        ):
            return Answer(304, b"", {"ETag": etag})
        headers = {"Content-Type": "application/rss+xml", "ETag": etag, "Last-Modified": modified}
        return Answer(200, body.encode(), headers)

    return handler


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as srv:
        yield srv


@pytest.fixture
def live() -> Settings:
    """Settings for the local server: loopback allowed, no politeness wait, tiny backoff."""
    return Settings(
        allowed_networks=LOOPBACK,
        host_delay=0,
        fetch_backoff=0.01,
        fetch_timeout=2.0,
        fetch_retries=2,
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with connect(tmp_path / "live.db") as opened:
        yield opened


class Sleeps:
    """An injectable sleep that records what it was asked and does not wait."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


# -- feeds -> stored articles --------------------------------------------------------------


def test_feeds_rss_poll_stores_each_entry_article(server, live, store, pipeline):
    server.add("/a/1", DETAINED)
    server.add("/a/2", TALKS)
    server.add(
        "/feed.xml",
        rss(server.base, "/a/1", "/a/2"),
        "application/rss+xml",
        etag='"v1"',
        last_modified="Fri, 01 Mar 2024 10:00:00 GMT",
    )
    report = ingest([server.url("/feed.xml")], store, live, pipeline=pipeline)
    assert report.ok, report.failures
    assert report.articles_stored == 2 and report.events > 0
    urls = {a.url for a in store.articles()}
    assert urls == {server.url("/a/1"), server.url("/a/2")}
    state = store.get_feed_state(server.url("/feed.xml"))
    assert state is not None and state.etag == '"v1"'
    assert state.last_modified == "Fri, 01 Mar 2024 10:00:00 GMT"
    coerce = store.events(parley_query(type="COERCE"))
    assert coerce and coerce[0].source.country == "ARM"


def parley_query(**kw):
    from parley.models import EventQuery

    return EventQuery(**kw)


def test_feeds_atom_entry_date_is_the_fallback_date(server, live, store, pipeline):
    server.add("/b/1", page("Ministers meet", TALKS_PARAGRAPHS, day=None))
    server.add("/atom", atom(server.base, "/b/1"), "application/atom+xml")
    report = ingest([server.url("/atom")], store, live, pipeline=pipeline)
    assert report.articles_stored == 1, report.failures
    (summary,) = store.articles()
    assert summary.date == date(2024, 2, 20)  # the page has no date: the entry's


TALKS_PARAGRAPHS = [
    "The foreign ministers of Armenia and Azerbaijan held talks in Almaty on Friday, "
    "hosted by the Kazakh foreign minister.",
    "Both delegations said they would continue to work on the text of a peace treaty "
    "after the negotiations ended in the evening.",
]


def test_feeds_feed_served_as_html_is_still_a_feed(server, live, store, pipeline):
    server.add("/a/1", DETAINED)
    server.add("/rss", rss(server.base, "/a/1"), "text/html")
    report = ingest([server.url("/rss")], store, live, pipeline=pipeline)
    assert report.articles_stored == 1 and server.hits("/a/1") == 1


def test_feeds_second_poll_is_conditional_and_gets_304(server, live, store, pipeline):
    server.add("/a/1", DETAINED)
    server.add_handler("/feed.xml", conditional_feed(rss(server.base, "/a/1")))
    first = ingest([server.url("/feed.xml")], store, live, pipeline=pipeline)
    assert first.articles_stored == 1
    second = ingest([server.url("/feed.xml")], store, live, pipeline=pipeline)
    asked = server.requests("/feed.xml")[-1].headers
    assert asked.get("if-none-match") == '"v1"'
    assert asked.get("if-modified-since") == "Fri, 01 Mar 2024 10:00:00 GMT"
    assert second.articles_read == 0 and second.articles_stored == 0 and second.ok
    assert server.hits("/a/1") == 1  # the page was not fetched again
    assert any("HTTP 304" in n.message for n in second.notices)


def test_feeds_stored_urls_are_not_fetched_again(server, live, store, pipeline):
    server.add("/a/1", DETAINED)
    server.add("/a/2", TALKS)
    assert ingest([server.url("/a/1")], store, live, pipeline=pipeline).articles_stored == 1
    server.add("/feed.xml", rss(server.base, "/a/1", "/a/2"), "application/rss+xml")
    report = ingest([server.url("/feed.xml")], store, live, pipeline=pipeline)
    assert server.hits("/a/1") == 1 and server.hits("/a/2") == 1
    assert report.articles_stored == 1 and report.duplicates == 1
    again = ingest([server.url("/a/2")], store, live, pipeline=pipeline)  # a page URL too
    assert again.duplicates == 1 and server.hits("/a/2") == 1


def test_feeds_same_text_at_a_new_url_is_a_duplicate(server, live, store, pipeline):
    server.add("/a/1", DETAINED)
    server.add("/copy", DETAINED)
    server.add("/feed.xml", rss(server.base, "/a/1", "/copy"), "application/rss+xml")
    report = ingest([server.url("/feed.xml")], store, live, pipeline=pipeline)
    assert report.articles_read == 2 and report.articles_stored == 1 and report.duplicates == 1


def test_feeds_failed_entry_keeps_old_validators_so_it_is_retried(server, live, store, pipeline):
    server.add("/a/1", "down", "text/plain", status=503)
    server.add("/feed.xml", rss(server.base, "/a/1"), "application/rss+xml", etag='"v1"')
    report = ingest([server.url("/feed.xml")], store, live, pipeline=pipeline)
    assert [f.source for f in report.failures] == [server.url("/a/1")]
    assert "HTTP 503" in report.failures[0].reason
    state = store.get_feed_state(server.url("/feed.xml"))
    assert state is not None and state.etag is None  # next poll asks unconditionally


def test_feeds_page_url_is_ingested_with_its_requested_url(server, live, store, pipeline):
    server.add_answers("/old", Answer(301, b"", {"Location": "/a/1"}))
    server.add("/a/1", DETAINED)
    report = ingest([server.url("/old")], store, live, pipeline=pipeline)
    assert report.articles_stored == 1
    (summary,) = store.articles()
    assert summary.url == server.url("/old") and summary.title == "Soldier detained on the border"


def test_feeds_failing_feed_does_not_stop_the_others(server, live, store, pipeline):
    server.add("/a/1", DETAINED)
    server.add("/good.xml", rss(server.base, "/a/1"), "application/rss+xml")
    feeds = [server.url("/missing.xml"), server.url("/good.xml")]
    with Fetcher(live) as fetcher:
        poll = poll_feeds(feeds, store, live, fetcher=fetcher, pipeline=pipeline)
    bad, good = poll.feeds
    assert bad.source.status == "failed" and "HTTP 404 Not Found" in bad.report.failures[0].reason
    assert good.report.articles_stored == 1 and not poll.ok


def test_feeds_watch_polls_again_after_the_interval(server, live, store, pipeline):
    server.add("/a/1", DETAINED)
    server.add_handler("/feed.xml", conditional_feed(rss(server.base, "/a/1")))
    sleeps = Sleeps()
    polls = watch(
        [server.url("/feed.xml")],
        store,
        live,
        interval=60,
        max_polls=2,
        pipeline=pipeline,
        sleep=sleeps,
    )
    assert polls is not None and [p.articles_stored for p in polls] == [1, 0]
    assert polls[1].feeds[0].source.status == "not modified"
    assert len(sleeps.calls) == 1 and 0 < sleeps.calls[0] <= 60


# -- the fetcher: limits, timeouts, retries, politeness ---------------------------------------


def test_urls_oversize_streamed_response_is_aborted(server, live):
    server.add_answers(
        "/big", Answer(200, b"x" * 300_000, {"Content-Type": "text/html"}, stream=True)
    )
    small = replace(live, max_response_bytes=100_000)
    with Fetcher(small) as fetcher, pytest.raises(FetchError) as err:
        fetcher.get(server.url("/big"))
    assert err.value.source == server.url("/big")
    assert "response too large: over 100,000 bytes (setting max_response_bytes)" in err.value.reason


def test_urls_oversize_declared_length_and_gzip_bomb_are_aborted(server, live):
    small = replace(live, max_response_bytes=50_000)
    server.add("/declared", b"y" * 60_000)
    bomb = gzip.compress(b"\0" * 5_000_000)  # 5 MB of zeros in a few KB
    server.add("/bomb", bomb, "text/html", content_encoding="gzip")
    with Fetcher(small) as fetcher:
        for path in ("/declared", "/bomb"):
            with pytest.raises(FetchError, match="response too large"):
                fetcher.get(server.url(path))


def test_urls_gzip_body_is_decoded(server, live):
    server.add("/gz", gzip.compress(DETAINED.encode()), "text/html", content_encoding="gzip")
    with Fetcher(live) as fetcher:
        assert fetcher.get(server.url("/gz")).content == DETAINED.encode()


def test_urls_slow_server_times_out(server, live):
    server.add_answers("/slow", Answer(200, b"late", {"Content-Type": "text/html"}, delay=1.5))
    quick = replace(live, fetch_timeout=0.3, fetch_retries=0)
    with Fetcher(quick) as fetcher, pytest.raises(FetchError) as err:
        fetcher.get(server.url("/slow"))
    assert "timed out after 0.3 s (setting fetch_timeout)" in err.value.reason


def test_urls_500_then_success_is_retried_with_backoff(server, live):
    server.add_answers(
        "/flaky",
        Answer(500, b"oops", {"Content-Type": "text/plain"}),
        Answer(502, b"oops", {"Content-Type": "text/plain"}),
        Answer(200, b"<p>ok</p>", {"Content-Type": "text/html"}),
    )
    sleeps = Sleeps()
    with Fetcher(live, sleep=sleeps) as fetcher:
        assert fetcher.get(server.url("/flaky")).content == b"<p>ok</p>"
    assert server.hits("/flaky") == 3
    assert sleeps.calls == [0.01, 0.02]  # fetch_backoff, doubled


def test_urls_gives_up_after_the_retries(server, live):
    server.add("/down", "no", "text/plain", status=500)
    with Fetcher(live, sleep=Sleeps()) as fetcher, pytest.raises(FetchError) as err:
        fetcher.get(server.url("/down"))
    assert err.value.reason == "HTTP 500 Internal Server Error after 3 tries"
    assert server.hits("/down") == 3


def test_urls_429_waits_as_long_as_retry_after_asks(server, live):
    server.add_answers(
        "/busy",
        Answer(429, b"", {"Retry-After": "7"}),
        Answer(200, b"<p>ok</p>", {"Content-Type": "text/html"}),
    )
    sleeps = Sleeps()
    with Fetcher(live, sleep=sleeps) as fetcher:
        assert fetcher.get(server.url("/busy")).status == 200
    assert sleeps.calls == [7.0]


def test_urls_retry_after_parses_seconds_and_dates():
    from datetime import UTC, datetime

    now = datetime(2024, 3, 1, 12, 0, 0, tzinfo=UTC)
    assert retry_after("120") == 120.0
    assert retry_after("Fri, 01 Mar 2024 12:00:30 GMT", now) == 30.0
    assert retry_after("soon") is None and retry_after(None) is None


def test_urls_client_errors_are_not_retried(server, live):
    with Fetcher(live, sleep=Sleeps()) as fetcher, pytest.raises(FetchError, match="HTTP 404"):
        fetcher.get(server.url("/nothing"))
    assert server.hits("/nothing") == 1


def test_urls_politeness_delay_between_requests_to_one_host(server, live):
    server.add("/p", "<p>x</p>")
    now = [100.0]
    sleeps: list[float] = []

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        now[0] += seconds

    polite = replace(live, host_delay=5.0)
    with Fetcher(polite, sleep=sleep, clock=lambda: now[0]) as fetcher:
        fetcher.get(server.url("/p"))
        now[0] += 1.0
        fetcher.get(server.url("/p"))
    assert sleeps == [pytest.approx(4.0)]


def test_urls_non_html_page_is_a_failure_with_its_type(server, live, store, pipeline):
    server.add("/doc.pdf", b"%PDF-1.4 ...", "application/pdf")
    report = ingest([server.url("/doc.pdf")], store, live, pipeline=pipeline)
    assert report.failures[0].source == server.url("/doc.pdf")
    assert "Content-Type application/pdf" in report.failures[0].reason


# -- the address guard -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "0.0.0.0",
        "224.0.0.1",
        "100.64.0.1",
        "::1",
        "::",
        "fe80::1",
        "fc00::1",
        "ff02::1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
        "2002:a00:1::1",
    ],
)
def test_guard_refuses_non_public_addresses_by_default(address):
    with pytest.raises(AddressRefused, match=r"refused: .* address"):
        check_ip(address)


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:4700:4700::1111"])
def test_guard_lets_public_addresses_through(address):
    check_ip(address)  # literal checks only: nothing is contacted
    assert address_refusal(__import__("ipaddress").ip_address(address)) is None


def test_guard_policy_allows_listed_networks_and_everything_when_asked():
    only_loopback = AddressPolicy(allowed=parse_networks("127.0.0.0/8, ::1/128"))
    check_ip("127.0.0.1", only_loopback)
    check_ip("::1", only_loopback)
    with pytest.raises(AddressRefused, match=r"10\.0\.0\.1 is a private address"):
        check_ip("10.0.0.1", only_loopback)
    check_ip("10.0.0.1", AddressPolicy(allow_private=True))


def test_guard_bad_allowed_networks_is_a_config_error():
    with pytest.raises(ConfigError, match="'allowed_networks': 'not-a-net'"):
        parse_networks("127.0.0.1/32, not-a-net")


def test_guard_refuses_loopback_url_without_the_setting(server):
    with Fetcher(Settings(host_delay=0)) as fetcher, pytest.raises(FetchError) as err:
        fetcher.get(server.url("/a"))
    assert "127.0.0.1 is a loopback address" in err.value.reason
    assert "allow_private_addresses" in err.value.reason
    assert server.seen == []  # refused before connecting


def test_guard_allow_private_addresses_setting_lets_loopback_through(server):
    server.add("/a", "<p>hello</p>")
    with Fetcher(Settings(allow_private_addresses=True, host_delay=0)) as fetcher:
        assert fetcher.get(server.url("/a")).status == 200


def test_guard_sits_in_the_transport_so_every_connection_is_checked(server):
    server.add("/a", "<p>hello</p>")
    transport = guarded_transport(AddressPolicy())
    with (
        httpx.Client(transport=transport) as client,
        pytest.raises(AddressRefused, match="loopback"),
    ):
        client.get(server.url("/a"))
    assert server.seen == []


@pytest.mark.parametrize(
    "target",
    [
        "http://10.0.0.1/admin",
        "http://169.254.169.254/latest",
        "http://[::1]:9/x",
        "http://0.0.0.0:9/",
    ],
)
def test_guard_refuses_redirect_to_a_private_address(server, live, target):
    server.add_answers("/r", Answer(302, b"", {"Location": target}))
    with Fetcher(live) as fetcher, pytest.raises(FetchError) as err:
        fetcher.get(server.url("/r"))
    assert err.value.source == server.url("/r")
    assert f"after a redirect to {target}: refused:" in err.value.reason
    assert server.hits("/r") == 1


def test_guard_redirect_loop_is_cut(server, live):
    server.add_answers("/loop", Answer(302, b"", {"Location": "/loop"}))
    with Fetcher(live) as fetcher, pytest.raises(FetchError, match="more than 5 redirects"):
        fetcher.get(server.url("/loop"))


# -- feeds files, intervals and URLs (untrusted text) ---------------------------------------


def test_feeds_list_skips_comments_and_repeats(tmp_path):
    path = tmp_path / "feeds.txt"
    path.write_text(
        "# news feeds\n\nhttps://a.example/rss  # main wire\n"
        "  http://b.example/atom.xml#frag\nhttps://a.example/rss\n"
    )
    assert read_feed_list(path) == ["https://a.example/rss", "http://b.example/atom.xml#frag"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "https://ok.example/rss\nftp://x.example/feed\n",
            r"feeds.txt:2: 'ftp://x.example/feed' is not an http\(s\) URL",
        ),
        ("https://ok.example/rss\nnot a url\n", r"feeds.txt:2: 'not a url' is not a URL"),
        ("# only comments\n\n", r"feeds.txt: no feed URLs"),
        ("http:///nohost\n", r"feeds.txt:1: .* has no host name"),
    ],
)
def test_feeds_list_errors_name_file_and_line(tmp_path, text, message):
    path = tmp_path / "feeds.txt"
    path.write_text(text)
    with pytest.raises(ConfigError, match=message):
        read_feed_list(path)


URLS = st.builds(
    lambda scheme, host, path: f"{scheme}://{host}.example/{path}",
    st.sampled_from(["http", "https"]),
    st.from_regex(r"[a-z][a-z0-9-]{0,15}", fullmatch=True),
    st.from_regex(r"[A-Za-z0-9/_.-]{0,20}", fullmatch=True),
)


@hsettings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(URLS, st.sampled_from(["", "   ", "  # note"])), min_size=1),
    st.lists(st.sampled_from(["", "# comment", "   # indented"]), max_size=5),
)
def test_feeds_list_property_round_trips_urls(entries, noise):
    lines = [f"{url}{tail}" for url, tail in entries]
    text = "\n".join(noise + lines + noise)
    assert parse_feed_list(text) == list(dict.fromkeys(url for url, _ in entries))


@hsettings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_feeds_list_property_untrusted_text_gives_urls_or_a_config_error(text):
    try:
        urls = parse_feed_list(text, "f.txt")
    except ConfigError as exc:
        assert str(exc).startswith("f.txt")
    else:
        assert urls and all(url_problem(u) is None for u in urls)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("15m", 900), ("90s", 90), ("1h30m", 5400), ("600", 600), ("0.5h", 1800), ("2d", 172800)],
)
def test_feeds_watch_interval_parsing(text, seconds):
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["", "m", "15x", "-5m", "0", "15m garbage"])
def test_feeds_watch_interval_rejects_nonsense(text):
    with pytest.raises(ConfigError, match="not a duration"):
        parse_interval(text)


# -- through the command line ----------------------------------------------------------------


runner = CliRunner()


def test_cli_ingest_url_stores_the_page(server, tmp_path, pipeline):
    server.add("/a/1", DETAINED)
    db = str(tmp_path / "cli.db")
    result = runner.invoke(app, ["ingest", server.url("/a/1"), "--db", db], env=LOOPBACK_ENV)
    assert result.exit_code == 0, result.output
    assert "1 stored" in result.stdout
    with connect(db) as store:
        assert store.known_urls([server.url("/a/1")]) == {server.url("/a/1")}


def test_cli_ingest_url_refused_without_the_setting_names_url_and_reason(server, tmp_path):
    db = str(tmp_path / "cli.db")
    env = {"PARLEY_HOST_DELAY": "0", "COLUMNS": "250"}
    result = runner.invoke(app, ["ingest", server.url("/a/1"), "--db", db], env=env)
    assert result.exit_code == 1
    line = next(x for x in result.stderr.splitlines() if "failed:" in x)
    assert server.url("/a/1") in line and "127.0.0.1 is a loopback address" in line


def test_cli_watch_once_reports_each_feed_and_fails_on_a_bad_one(server, tmp_path, pipeline):
    server.add("/a/1", DETAINED)
    server.add("/feed.xml", rss(server.base, "/a/1"), "application/rss+xml")
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# test feeds\n{server.url('/gone.xml')}\n{server.url('/feed.xml')}\n")
    db = str(tmp_path / "w.db")
    result = runner.invoke(app, ["watch", str(feeds), "--once", "--db", db], env=LOOPBACK_ENV)
    assert result.exit_code == 1, result.output
    err = result.stderr
    assert f"{server.url('/feed.xml')}: 1 entries, 0 already stored, 1 new" in err
    assert f"failed: {server.url('/gone.xml')}: HTTP 404 Not Found" in err
    again = runner.invoke(app, ["watch", str(feeds), "--once", "--db", db], env=LOOPBACK_ENV)
    assert f"{server.url('/feed.xml')}: 1 entries, 1 already stored, 0 new" in again.stderr


def test_cli_watch_bad_feeds_file_is_a_usage_error(tmp_path):
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("https://ok.example/rss\nfile:///etc/passwd\n")
    result = runner.invoke(app, ["watch", str(feeds), "--once", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2
    assert "feeds.txt:2: 'file:///etc/passwd' is not an http(s) URL" in result.stderr


def test_feeds_pipeline_is_not_loaded_when_nothing_is_new(server, live, store):
    server.add_handler("/feed.xml", conditional_feed(rss(server.base)))
    pipe = Pipeline(live)
    report = ingest([server.url("/feed.xml")], store, live, pipeline=pipe)
    assert report.ok and pipe._coder is None
