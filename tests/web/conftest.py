"""Fixtures: real stores (SQLite, and PostgreSQL for the API tests) filled with the illustrative
events of ``web_data``."""

from __future__ import annotations

from pathlib import Path

import pytest
from pg_server import BACKENDS, new_location
from web_data import fill_store

from sahelwatch.store import Store


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The path of a filled illustrative SQLite store (tests must not modify it)."""
    path = tmp_path_factory.mktemp("web") / "illustrative.db"
    with Store(path) as store:
        fill_store(store)
    return path


@pytest.fixture(scope="module", params=BACKENDS)
def api_db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The filled illustrative store on each backend: a SQLite path or a PostgreSQL URL (read only)."""
    location = new_location(request, request.param, tmp_path_factory.mktemp("web") / "illustrative.db")
    with Store(location) as store:
        fill_store(store)
    return location


@pytest.fixture(params=BACKENDS)
def writable_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh filled store a test may change, on each backend."""
    location = new_location(request, request.param, tmp_path / "writable.db")
    with Store(location) as store:
        fill_store(store)
    return location
