"""End to end: every command on a PostgreSQL store prints what it prints on a SQLite file.

The example corpus (examples/articles, illustrative reports) is ingested through the CLI into a
SQLite file and into a PostgreSQL database of the test server; the listings, exports, event pages
and histories must then be byte for byte the same, and ``sahelwatch serve`` on the PostgreSQL
database must answer the API as the SQLite store does.
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
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from sahelwatch.cli import app
from sahelwatch.web.app import create_app

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"
runner = CliRunner()


def cli(db: str, *args: str) -> str:
    result = runner.invoke(app, ["--db", db, *args], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.stdout


def without_timings(text: str) -> str:
    """The text without run times and clock times (an ingest's duration, a revision's time)."""
    text = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", "<time of a revision>     ", text)
    return re.sub(r"\(\d+(\.\d+)? s\)", "(_ s)", text)


@pytest.fixture(scope="module")
def stores(pg_server, tmp_path_factory) -> dict[str, str]:
    """The example corpus ingested (and extracted, merged) into both backends; their ingest reports."""
    locations = {"sqlite": str(tmp_path_factory.mktemp("cli") / "examples.db"), "postgresql": ""}
    locations["postgresql"] = pg_server.new_database()
    reports = {name: without_timings(cli(db, "ingest", str(EXAMPLES))) for name, db in locations.items()}
    assert reports["postgresql"] == reports["sqlite"]
    assert "│   10 │  10 │         0 │        0 │" in reports["postgresql"]
    yield locations
    pg_server.drop_database(locations["postgresql"])


@pytest.mark.parametrize(
    "command",
    [
        ("events", "--format", "jsonl"),
        ("events",),
        ("events", "--country", "ML", "--min-fatalities", "1"),
        ("export", "--format", "acled-csv"),
        ("export", "--format", "ucdp-csv"),
        ("export", "--format", "geojson"),
        ("export", "--format", "jsonl", "--from", "2024-03-01", "--to", "2024-09-30"),
        ("articles", "--format", "jsonl"),
        ("articles", "--format", "csv", "--outlet", "sahel wire (fictional)"),
        ("stats",),
    ],
    ids=lambda command: "-".join(command),
)
def test_commands_print_the_same_on_both_backends(stores, command):
    on_postgresql = cli(stores["postgresql"], *command)
    assert on_postgresql == cli(stores["sqlite"], *command)
    assert len(on_postgresql) > 500


def test_every_event_page_and_history_is_the_same(stores):
    events = [json.loads(line) for line in cli(stores["sqlite"], "events", "--format", "jsonl").splitlines()]
    assert len(events) >= 5
    for event in events:
        for command in ("show", "history"):
            on_postgresql = without_timings(cli(stores["postgresql"], command, event["id"]))
            assert on_postgresql == without_timings(cli(stores["sqlite"], command, event["id"]))


def test_ingesting_again_finds_the_same_duplicates(stores):
    again = {name: without_timings(cli(db, "ingest", str(EXAMPLES))) for name, db in stores.items()}
    assert again["postgresql"] == again["sqlite"]
    assert "│   10 │   0 │        10 │        0 │" in again["postgresql"]


def test_extracting_everything_again_gives_the_same_events(stores):
    reports = {name: without_timings(cli(db, "extract", "--all")) for name, db in stores.items()}
    assert reports["postgresql"] == reports["sqlite"] and "extracted 10 articles" in reports["postgresql"]
    exported = {name: cli(db, "export", "--format", "acled-csv") for name, db in stores.items()}
    assert exported["postgresql"] == exported["sqlite"]


def test_sahelwatch_db_can_name_the_postgresql_store(stores):
    env = {"SAHELWATCH_DB": stores["postgresql"], "COLUMNS": "200"}
    result = runner.invoke(app, ["events", "--format", "jsonl"], env=env)
    assert result.exit_code == 0, result.output
    assert result.stdout == cli(stores["sqlite"], "events", "--format", "jsonl")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_serve_answers_the_api_from_postgresql(stores):
    port = _free_port()
    command = [
        sys.executable, "-m", "sahelwatch.cli", "--db", stores["postgresql"], "serve", "--port", str(port),
        "--no-access-log",
    ]
    env = {k: v for k, v in os.environ.items() if k != "SAHELWATCH_DB"}
    server = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline, body = time.monotonic() + 90, None
        while body is None:
            assert server.poll() is None, server.stdout.read()
            assert time.monotonic() < deadline, "sahelwatch serve did not answer within 90 s"
            try:
                url = f"http://127.0.0.1:{port}/api/v1/events?limit=100"
                with urllib.request.urlopen(url, timeout=5) as response:
                    body = json.loads(response.read())
            except OSError:
                time.sleep(0.5)
    finally:
        server.terminate()
        server.wait(30)
    expected = TestClient(create_app(stores["sqlite"])).get("/api/v1/events?limit=100").json()
    assert body == expected and body["total"] >= 5
