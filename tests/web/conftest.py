"""Fixtures: a real SQLite store filled with the illustrative events of ``web_data``."""

from __future__ import annotations

from pathlib import Path

import pytest
from web_data import fill_store

from sahelwatch.store import Store


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The path of a filled illustrative store (tests must not modify it)."""
    path = tmp_path_factory.mktemp("web") / "illustrative.db"
    with Store(path) as store:
        fill_store(store)
    return path


@pytest.fixture
def writable_db(tmp_path: Path) -> Path:
    """A fresh filled store a test may change."""
    path = tmp_path / "writable.db"
    with Store(path) as store:
        fill_store(store)
    return path
