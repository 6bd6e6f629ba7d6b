"""Geo fixtures: one world gazetteer per session (built on first use into the user cache)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sahelwatch.geo.gazetteer import Gazetteer, get_gazetteer

GEO_SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "geo"


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    """The default gazetteer ($SAHELWATCH_GAZETTEER or the cache), built once if missing."""
    return get_gazetteer()


@pytest.fixture(scope="session")
def geo_shared() -> Path:
    """../shared/data/geo (CI has it too)."""
    if not GEO_SHARED.exists():
        pytest.fail(f"{GEO_SHARED} is missing")
    return GEO_SHARED
