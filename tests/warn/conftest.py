"""Fixtures for the warn tests (illustrative events come from ``warn_events``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from warn_events import ILLUSTRATIVE, make_event

from sahelwatch.store import Store

__all__ = ["ILLUSTRATIVE", "make_event"]


@pytest.fixture
def store(db_location) -> Store:
    """An empty store of each backend (SQLite, PostgreSQL)."""
    with Store(db_location) as opened:
        yield opened


@pytest.fixture
def weekly_history() -> Callable[[Store, date, int], list[str]]:
    """Save a quiet history: one 1-death battle a week in Tillabéri/Téra and in Dosso/Gaya."""

    def fill(store: Store, last_monday: date, weeks: int) -> list[str]:
        ids = []
        for i in range(weeks):
            day = last_monday - timedelta(weeks=weeks - i) + timedelta(days=2)
            for admin1, admin2, prefix in (("Tillabéri", "Téra", "T"), ("Dosso", "Gaya", "D")):
                event = make_event(f"NER{prefix}{i:05d}", day, admin1=admin1, admin2=admin2, deaths=1)
                store.save_event(event, "illustrative test event")
                ids.append(event.id)
        return ids

    return fill
