"""The dashboard in a real browser: Debian's Chromium driven by Playwright against uvicorn on loopback."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
import uvicorn

from sahelwatch.web.app import create_app

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def base_url(web_db: Path) -> Iterator[str]:
    """uvicorn serving the illustrative store on a free loopback port, in a thread, stopped at the end."""
    port = free_port()
    config = uvicorn.Config(create_app(web_db), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Headless Debian Chromium (never a downloaded browser)."""
    if not CHROMIUM.exists():
        pytest.fail("/usr/bin/chromium is missing: run `make browser` (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: object, base_url: str) -> Iterator[object]:
    """A fresh page that records console errors, page errors and CSP violations."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.problems = []
    tab.on("console", lambda msg: tab.problems.append(msg.text) if msg.type == "error" else None)
    tab.on("pageerror", lambda exc: tab.problems.append(str(exc)))
    tab.on("requestfailed", lambda req: tab.problems.append(f"request failed: {req.url}"))
    # nothing may leave the test server: any other request is aborted and reported as a failure
    tab.route("**/*", lambda r: r.continue_() if r.request.url.startswith(base_url) else r.abort())
    yield tab
    context.close()


def wait_for_dashboard(tab: object) -> None:
    tab.wait_for_selector("#map circle.point", timeout=15_000)
    tab.wait_for_selector("#timeline svg rect", timeout=15_000)


def test_dashboard_loads_without_errors_and_maps_events(page: object, base_url: str) -> None:
    page.goto(base_url + "/")
    wait_for_dashboard(page)
    assert page.locator("#map circle.point").count() == 6
    assert page.locator("#map path.country").count() > 20
    assert page.locator("table.events tbody tr").count() == 6
    assert page.locator("#legend li").count() == 4
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)
    assert page.problems == []


def test_clicking_a_point_opens_the_event_card(page: object, base_url: str) -> None:
    page.goto(base_url + "/")
    wait_for_dashboard(page)
    page.locator('#map circle[data-id="BFA000001"]').dispatch_event("click")
    page.wait_for_selector("#event-card h2:text('BFA000001')")
    card = page.locator("#event-card").inner_text()
    assert "Djibo" in card and "30" in card
    assert page.locator("#event-card mark.ev-fatalities").inner_text() == "30 people dead"
    assert page.problems == []


def test_map_zooms_with_buttons_and_keyboard(page: object, base_url: str) -> None:
    page.goto(base_url + "/")
    wait_for_dashboard(page)
    before = page.get_attribute("#map svg", "viewBox")
    page.click("#zoom-in")
    zoomed = page.get_attribute("#map svg", "viewBox")
    assert float(zoomed.split()[2]) < float(before.split()[2])
    page.focus("#map")
    page.keyboard.press("ArrowLeft")
    assert page.get_attribute("#map svg", "viewBox").split()[0] != zoomed.split()[0]
    page.click("#zoom-reset")
    assert page.get_attribute("#map svg", "viewBox") == before


def test_filter_changes_map_list_and_url(page: object, base_url: str) -> None:
    page.goto(base_url + "/")
    wait_for_dashboard(page)
    with page.expect_navigation():
        page.select_option("#f-country", "NE")
    wait_for_dashboard(page)
    assert parse_qs(urlparse(page.url).query) == {"country": ["NE"]}
    assert page.locator("#map circle.point").count() == 2
    assert page.locator("table.events tbody tr").count() == 2
    assert all("(NE)" in row for row in page.locator("table.events tbody tr").all_inner_texts())
    hrefs = [page.get_attribute(f"a.button:text('{n}')", "href") for n in ("ACLED CSV", "GeoJSON")]
    assert all("country=NE" in h for h in hrefs)
    page.fill("#f-minf", "10")
    with page.expect_navigation():
        page.click("button[type=submit]")
    wait_for_dashboard(page)
    assert parse_qs(urlparse(page.url).query) == {"country": ["NE"], "min_fatalities": ["10"]}
    assert page.locator("#map circle.point").count() == 1
    assert page.problems == []


def test_choosing_a_country_drops_a_region_of_another_country(page: object, base_url: str) -> None:
    page.goto(base_url + "/?admin1=Mopti")
    wait_for_dashboard(page)
    assert page.locator("#map circle.point").count() == 1
    with page.expect_navigation():
        page.select_option("#f-country", "NE")
    wait_for_dashboard(page)
    assert parse_qs(urlparse(page.url).query) == {"country": ["NE"]}
    assert page.locator("#f-admin1 option[data-country=ML]").first.is_hidden()


def test_shared_link_restores_filters(page: object, base_url: str) -> None:
    page.goto(base_url + "/?event_type=Battles&date_from=2024-04-01")
    wait_for_dashboard(page)
    assert page.input_value("#f-type") == "Battles"
    assert page.input_value("#f-from") == "2024-04-01"
    assert page.locator("#map circle.point").count() == 1


def test_event_page_highlights_evidence_and_conflicts(page: object, base_url: str) -> None:
    page.goto(base_url + "/events/NER000001")
    marks = page.locator("blockquote mark.ev-fatalities").all_inner_texts()
    assert marks == ["12 soldiers", "15 soldiers"]
    assert page.locator("tr.conflict").count() == 1
    assert "the town or village itself" in page.locator(".facts").inner_text()
    assert page.locator("#history-h + .table-wrap tbody tr").count() == 2
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "event.png"), full_page=True)
    assert page.problems == []


def test_xss_probe_renders_as_text(page: object, base_url: str) -> None:
    for path in ("/events/MLI000002", "/articles/xss-1", "/?country=ML"):
        page.goto(base_url + path)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("window.__xss") is None
        assert page.locator("main script, main img").count() == 0
    page.goto(base_url + "/events/MLI000002")
    assert "<script>alert(1)</script>" in page.locator("blockquote").inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "event-xss-probe.png"), full_page=True)
    page.goto(base_url + "/articles/xss-1")
    assert page.locator("h1").inner_text().startswith("<script>")
    assert page.problems == []


def test_phone_layout_stacks_the_map(browser: object, base_url: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    tab = context.new_page()
    try:
        tab.goto(base_url + "/")
        tab.wait_for_selector("#map circle.point", timeout=15_000)
        width = tab.evaluate("document.documentElement.scrollWidth")
        assert width <= 390
        ARTIFACTS.mkdir(exist_ok=True)
        tab.screenshot(path=str(ARTIFACTS / "dashboard-phone.png"), full_page=False)
    finally:
        context.close()
