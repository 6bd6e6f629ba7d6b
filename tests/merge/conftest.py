"""The merge tests' stores: each test that asks for ``new_store`` runs on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pg_server import BACKENDS, new_location

from sahelwatch.store import Store, open_store


@pytest.fixture(params=BACKENDS)
def new_store(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[..., Store]:
    """``new_store(name)``: a new empty store of this backend (a SQLite file ``name`` in tmp_path,
    or a new PostgreSQL database)."""

    def make(name: str = "merge.db") -> Store:
        return open_store(new_location(request, request.param, tmp_path / name))

    return make
