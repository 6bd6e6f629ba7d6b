"""Shared fixtures: the location of ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"


@pytest.fixture
def shared() -> Path:
    """The real evaluation data beside the repository (CI has it too)."""
    if not SHARED.exists():
        pytest.fail(f"{SHARED} is missing: the real-data tests need ../shared beside the repository")
    return SHARED
