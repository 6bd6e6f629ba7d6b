"""End to end: illustrative events over 31 weeks -> alerts, a watchlist hit delivered by webhook, a brief."""

from __future__ import annotations

import json
import threading
from datetime import UTC, date, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner
from warn_events import make_event

from sahelwatch.cli import app
from sahelwatch.store import Store
from sahelwatch.warn.brief import build_brief, render_html, write_pdf
from sahelwatch.warn.deliver import DeliveryPolicy, deliver_pending

WEEK = "2024-W12"
MONDAY = date(2024, 3, 18)
VAC = "Violence against civilians"
EVIL_TITLE = "<script>alert('x')</script> Attaque près de Téra"


def _escalation_week(store: Store) -> None:
    """Week 12: Tillabéri flares up (battles, attacks on civilians, a new group); Dosso stays quiet."""
    week = [
        make_event("NER100001", MONDAY, deaths=8),
        make_event("NER100002", MONDAY + timedelta(days=1), deaths=8),
        make_event(
            "NER100003", MONDAY + timedelta(days=2), deaths=8, title=EVIL_TITLE, url="javascript:alert(1)"
        ),
        make_event("NER100004", MONDAY + timedelta(days=3), deaths=7, event_type=VAC),
        make_event("NER100005", MONDAY + timedelta(days=4), deaths=3, event_type=VAC),
        make_event("NER100006", MONDAY + timedelta(days=5), deaths=2, actor1="Illustrative group Z"),
        make_event("NER100007", MONDAY + timedelta(days=2), admin1="Dosso", admin2="Gaya", deaths=1),
    ]
    for event in week:
        store.save_event(event, "illustrative test event")


class _Hook(BaseHTTPRequestHandler):
    """Fails the first POST with 500, then accepts; keeps the bodies."""

    bodies: list[dict] = []
    calls = 0

    def do_POST(self):  # noqa: N802
        type(self).calls += 1
        body = self.rfile.read(int(self.headers["Content-Length"]))
        status = 500 if type(self).calls == 1 else 200
        if status == 200:
            type(self).bodies.append(json.loads(body))
        self.send_response(status)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def hook_server():
    _Hook.bodies, _Hook.calls = [], 0
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hook)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hook"
    server.shutdown()
    server.server_close()


@pytest.fixture
def db(db_location, weekly_history) -> str:
    """The illustrative history in a store of each backend (a SQLite path or a PostgreSQL URL)."""
    path = db_location
    with Store(path) as store:
        weekly_history(store, MONDAY, 30)
        _escalation_week(store)
    return path


def _cli(db: str, *args: str):
    result = CliRunner().invoke(app, ["--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result


def test_alerts_watchlist_and_webhook(db, hook_server):
    _cli(db, "watch", "add", "tillaberi-civilians", "--country", "NE", "--admin1", "Tillabéri",
         "--type", VAC, "--min-fatalities", "5", "--webhook", hook_server)
    assert "tillaberi-civilians" in _cli(db, "watch", "list").stdout

    alerts = json.loads(_cli(db, "alerts", "--today", "2024-03-24", "--format", "json").stdout)
    by_kind = {}
    for alert in alerts:
        by_kind.setdefault(alert["kind"], []).append(alert)

    spikes = [a for a in by_kind["spike"] if a["metric"] == "fatalities" and a["area"]["level"] == "admin1"]
    assert len(spikes) == 1
    spike = spikes[0]
    assert spike["area"]["admin1"] == "Tillabéri" and spike["observed"] == 36 and spike["score"] >= 3
    assert spike["baseline"]["weeks"] == 26 and spike["baseline"]["weekly_mean"] == 1.0
    assert set(spike["event_ids"]) == {f"NER10000{i}" for i in range(1, 7)}
    assert not [a for a in alerts if a["area"]["admin1"] == "Dosso"]

    hits = by_kind["watchlist"]
    assert [h["event_ids"] for h in hits] == [["NER100004"]]  # the 3-death attack is below the threshold
    assert hits[0]["watchlists"] == ["tillaberi-civilians"]
    assert "tillaberi-civilians" in spike["watchlists"]  # in the watched area, and includes the type

    new_actor = [a for a in by_kind["new_actor"] if a["baseline"]["value"] == "Illustrative group Z"]
    assert new_actor and new_actor[0]["event_ids"] == ["NER100006"]
    first_type = [a for a in by_kind["first_in_months"] if a["baseline"]["value"] == VAC]
    assert first_type and set(first_type[0]["event_ids"]) == {"NER100004", "NER100005"}

    again = json.loads(_cli(db, "alerts", "--today", "2024-03-24", "--format", "json").stdout)
    assert sorted(a["id"] for a in again) == sorted(a["id"] for a in alerts)  # stable, not duplicated

    with Store(db) as store:
        queued = store.list_deliveries("pending")
        assert len(queued) == len({a["id"] for a in alerts if "tillaberi-civilians" in a["watchlists"]})
        now = datetime.now(UTC)
        policy = DeliveryPolicy(base_delay=30)
        first = deliver_pending(store, now=now, policy=policy)
        assert first.retrying == 1 and first.delivered == len(queued) - 1
        backing_off = deliver_pending(store, now=now + timedelta(seconds=5), policy=policy)
        assert backing_off.delivered == 0 and backing_off.retrying == 0
        assert deliver_pending(store, now=now + timedelta(seconds=31), policy=policy).delivered == 1
        assert not store.list_deliveries("pending")
    assert len(_Hook.bodies) == len(queued)
    posted = [b for b in _Hook.bodies if b["alert"]["kind"] == "watchlist"][0]
    assert posted["type"] == "sahelwatch.alert" and posted["watchlist"] == "tillaberi-civilians"
    assert posted["alert"]["event_ids"] == ["NER100004"] and posted["alert"]["observed"] == 7

    _cli(db, "watch", "remove", "tillaberi-civilians")
    assert "tillaberi-civilians" not in _cli(db, "watch", "list").stdout


def test_brief_html_and_pdf(db, tmp_path):
    _cli(db, "alerts", "--today", "2024-03-24", "--format", "json")
    html_path, pdf_path = tmp_path / "brief.html", tmp_path / "brief.pdf"
    _cli(db, "brief", "--week", WEEK, "--country", "NE", "-o", str(html_path), "--pdf", str(pdf_path),
         "--link-base", "http://127.0.0.1:8000")
    html = html_path.read_text(encoding="utf-8")
    assert "Weekly situation brief: Niger" in html
    assert "7 political violence events were recorded in Niger, with at least 37 reported deaths" in html
    assert (
        "Compared with the previous 4 weeks (2.0 events and 2.0 deaths a week), events were 3.5 times the"
        " usual level and deaths 18.5 times the usual level." in html
    )
    assert 'href="http://127.0.0.1:8000/events/NER100004"' in html
    assert "<script" not in html and "&lt;script&gt;" in html
    assert "javascript:" not in html
    assert html.count("data:image/png;base64,") == 2
    assert "Tillabéri (NE): 36 deaths reported in 2024-W12" in html
    assert pdf_path.read_bytes().startswith(b"%PDF")
    with Store(db) as store:
        pages = write_pdf(render_html(build_brief(store, WEEK, "NE")), tmp_path / "again.pdf")
    assert pages >= 2


@pytest.mark.browser
def test_brief_renders_in_chromium(db, tmp_path):
    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        pytest.skip("no /usr/bin/chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with Store(db) as store:
        html_path = tmp_path / "brief.html"
        html_path.write_text(render_html(build_brief(store, WEEK, "NE")), encoding="utf-8")
    errors: list[str] = []
    with sync_playwright() as play:
        browser = play.chromium.launch(executable_path=str(chromium), args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1000, "height": 1400})
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(html_path.as_uri())
        assert page.locator("h1").inner_text() == "Weekly situation brief: Niger"
        widths = page.eval_on_selector_all("img", "imgs => imgs.map(i => i.complete ? i.naturalWidth : 0)")
        assert len(widths) == 2 and min(widths) > 300
        page.click("text=Events targeting civilians >> xpath=.. >> a")
        assert page.evaluate("location.hash") == "#week-civilian"
        page.screenshot(path=str(tmp_path / "brief.png"), full_page=True)
        browser.close()
    assert not errors
