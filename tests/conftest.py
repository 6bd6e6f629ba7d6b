"""Shared fixtures: the location of ../shared, and the two store backends (SQLite, PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_server import BACKENDS, PgServer, new_location

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"

_pg_skipped: list[str] = []  # why the PostgreSQL tests did not run, for the session summary


@pytest.fixture
def shared() -> Path:
    """The real evaluation data beside the repository (CI has it too)."""
    if not SHARED.exists():
        pytest.fail(f"{SHARED} is missing: the real-data tests need ../shared beside the repository")
    return SHARED


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A PostgreSQL server of this test session (started on first use, stopped at the end)."""
    server, why = PgServer.find()
    if server is None:
        _pg_skipped.append(why)
        pytest.skip(f"PostgreSQL backend not tested: {why}")
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(params=BACKENDS)
def db_location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty store location, once per backend: a SQLite file path or a PostgreSQL URL."""
    return new_location(request, request.param, tmp_path / "store.db")


def pytest_terminal_summary(terminalreporter) -> None:
    if _pg_skipped:
        message = f"PostgreSQL backend NOT tested: {_pg_skipped[0]}"
        terminalreporter.write_line(message, yellow=True, bold=True)
