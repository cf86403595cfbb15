"""The dashboard in a real browser: Debian's Chromium, headless, driven by Playwright.

A real ``parley serve`` runs on a free loopback port over a database coded
from ``examples/corpus`` (plus one hostile article posted through the API
with a token) and a defined ARM-AZE process. Screenshots of every page go to
``tests/artifacts/`` (git-ignored). Never downloads a browser: only
``/usr/bin/chromium`` is used (``apt-get install chromium``).
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from parley.models import ProcessDef
from parley.pipeline import Pipeline, ingest
from parley.settings import Settings
from parley.store import connect

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(
        "browser tests need Debian's Chromium at /usr/bin/chromium (apt-get install -y chromium)",
        allow_module_level=True,
    )

from playwright.sync_api import Browser, Page, expect, sync_playwright  # noqa: E402

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
TOKEN = "browser-test-token"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
HOSTILE_TITLE = "Hostile page <script>alert(1)</script>"
HOSTILE_TEXT = (
    "Armenian forces detained an Azerbaijani soldier on Tuesday. "
    "A banner read <script>alert(1)</script> and <img src=x onerror=alert(2)> near the post."
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(url: str, proc: subprocess.Popen[bytes], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, "parley serve exited early"
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"parley serve did not answer at {url}")


def _post(base: str, body: dict[str, Any]) -> dict[str, Any]:
    request = urllib.request.Request(
        f"{base}/api/articles",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {TOKEN}"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=120) as r:
        assert r.status == 201
        data: dict[str, Any] = json.loads(r.read())
        return data


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Iterator[str]:
    """``parley serve`` over the example corpus, an ARM-AZE process and a hostile article."""
    db = str(tmp_path_factory.mktemp("browser") / "corpus.db")
    with connect(db) as store:
        report = ingest(
            [str(ROOT / "examples" / "corpus")], store, Settings(db=db), pipeline=pipeline
        )
        assert report.articles_stored > 10
        store.save_process(ProcessDef("ARM-AZE", ("ARM", "AZE"), "Armenia–Azerbaijan"))
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "PARLEY_API_TOKEN": TOKEN}
    parley = Path(sys.executable).with_name("parley")
    proc = subprocess.Popen(
        [str(parley), "serve", "--db", db, "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        _wait(f"{base}/api/summary", proc)
        posted = _post(
            base,
            {
                "text": HOSTILE_TEXT,
                "title": HOSTILE_TITLE,
                "date": "2024-03-01",
                "outlet": "Hostile Times",
            },
        )
        os.environ["PARLEY_TEST_HOSTILE_ID"] = posted["article"]["id"]
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    yield tab
    context.close()
    assert not errors, f"JavaScript errors: {errors}"


def _shot(page: Page, name: str, full: bool = False) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full)


def test_web_browser_process_page_shows_rounds_and_the_indicator(page: Page, server: str) -> None:
    page.goto(f"{server}/processes")
    page.get_by_role("link", name="Armenia–Azerbaijan").click()
    expect(page.locator("#process-name")).to_have_text("Armenia–Azerbaijan")
    rounds = page.locator("#timeline > li.round")
    assert rounds.count() >= 4
    expect(rounds.filter(has_text="Berlin").first).to_be_visible()
    expect(page.locator("#timeline > li.round .sources a").first).to_be_visible()
    assert page.locator("#timeline > li.incident").count() >= 1
    assert page.locator("svg.chart-svg rect.bar").count() >= 10
    _shot(page, "process")
    page.locator("#timeline > li.round").filter(
        has_text="Berlin"
    ).first.scroll_into_view_if_needed()
    _shot(page, "process-timeline")


def test_web_browser_filtering_by_type_changes_the_table(page: Page, server: str) -> None:
    page.goto(f"{server}/events")
    before = int(page.locator("#event-count strong").inner_text())
    assert {t.strip() for t in page.locator("table.events td .tag").all_inner_texts()} != {
        "ASSAULT"
    }
    page.locator("select[name=type]").select_option("ASSAULT")  # submits the form (parley.js)
    page.wait_for_url(re.compile(r"type=ASSAULT"))
    after = int(page.locator("#event-count strong").inner_text())
    tags = page.locator("table.events tbody tr td:nth-child(2) .tag").all_inner_texts()
    assert 0 < after < before and len(tags) == min(after, 50)
    assert all(t.startswith("ASSAULT") for t in tags)
    csv_link = page.get_by_role("link", name="CSV")
    assert csv_link.get_attribute("href") == "/api/events.csv?type=ASSAULT"
    _shot(page, "events-assault")


def test_web_browser_article_highlights_event_sentences(page: Page, server: str) -> None:
    page.goto(server)
    page.get_by_role("searchbox", name="Search").fill("Berbock")
    page.get_by_role("button", name="Search").click()
    page.get_by_role(
        "link", name="Berlin talks between Armenia and Azerbaijan end without a breakthrough"
    ).first.click()
    marks = page.locator("#article-text mark.ev")
    assert marks.count() >= 4
    expect(page.locator("#article-text mark.ev.t-CONSULT").first).to_be_visible()
    expect(page.locator("#article-text mark.cert-claimed").first).to_be_visible()
    expect(page.locator("#article-text .hedge").first).to_have_text("claimed")
    assert page.locator("#article-text .opinion").count() >= 1
    assert page.locator(".event-card").count() >= marks.count()
    _shot(page, "article")


def test_web_browser_hostile_article_is_inert_text(page: Page, server: str) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    article_id = os.environ["PARLEY_TEST_HOSTILE_ID"]
    page.goto(f"{server}/articles/{article_id}")
    expect(page.locator("#article-title")).to_have_text(HOSTILE_TITLE)
    text = page.locator("#article-text")
    expect(text).to_contain_text("<script>alert(1)</script>")
    expect(text).to_contain_text("<img src=x onerror=alert(2)>")
    assert page.locator("#article-text img, #article-text script").count() == 0
    page.get_by_role("searchbox", name="Search").fill("<img src=x onerror=alert(2)>")
    page.get_by_role("button", name="Search").click()  # the query and title, echoed
    expect(page.get_by_role("heading", level=1)).to_contain_text("<img src=x onerror=alert(2)>")
    expect(page.get_by_role("link", name=HOSTILE_TITLE)).to_be_visible()
    assert page.locator("main img, main script").count() == 0
    page.wait_for_timeout(300)  # give any (wrongly) injected handler time to fire
    assert dialogs == []
    page.goto(f"{server}/articles/{article_id}")
    _shot(page, "hostile-article")


def test_web_browser_actor_page_and_dashboard(page: Page, server: str) -> None:
    page.goto(server)
    expect(page.get_by_role("heading", name="Events by type")).to_be_visible()
    _shot(page, "dashboard")
    page.get_by_role("link", name="Actors", exact=True).click()
    page.get_by_role("link", name="Nikol Pashinyan").first.click()
    expect(page.get_by_role("heading", name="Interaction network")).to_be_visible()
    assert page.locator("svg.network circle.node").count() >= 3
    assert page.locator("svg.chart-svg rect.bar").count() >= 3
    _shot(page, "actor")
    page.locator("svg.network").scroll_into_view_if_needed()
    _shot(page, "actor-network")
    page.goto(f"{server}/stories?min_sources=2")
    _shot(page, "stories")
    page.goto(f"{server}/api/docs")
    expect(page.get_by_text("/api/events").first).to_be_visible()
