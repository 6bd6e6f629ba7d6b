"""Counts per area and period, kept up to date as events arrive.

Every live event contributes one count to cells (level, area, period, key, dimension):
levels ``country``, ``admin1`` and ``admin2`` (when the event has them); periods ``week``
(ISO week) for the dimensions ``all``, ``type`` (event type) and ``actor`` (actor1 and actor2),
and ``day`` for ``all``. Each cell sums events, fatalities (the conservative ACLED count) and
civilian-targeting events. The store keeps every event's contributions, so an event that
changes, moves or is merged away is subtracted exactly before it is added again.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sahelwatch.models import Event
from sahelwatch.store import Store
from sahelwatch.store.filters import EventFilter
from sahelwatch.warn.periods import week_key

Contribution = tuple[str, str, str, str, str, str, str, str, int, int, int]


def areas_of(event: Event) -> list[tuple[str, str, str, str]]:
    """(level, country, admin1, admin2) of every area the event counts in."""
    place = event.place
    if place is None or not place.country:
        return []
    areas = [("country", place.country, "", "")]
    if place.admin1:
        areas.append(("admin1", place.country, place.admin1, ""))
        if place.admin2:
            areas.append(("admin2", place.country, place.admin1, place.admin2))
    return areas


def dimensions_of(event: Event) -> list[tuple[str, str]]:
    """(dimension, value) pairs an event counts under in weekly cells."""
    dims = [("all", ""), ("type", event.event_type)]
    actors = {a.name for a in (event.actor1, event.actor2) if a is not None and a.name}
    dims += [("actor", name) for name in sorted(actors)]
    return dims


def contributions(event: Event | None) -> list[Contribution]:
    """The aggregate cells of one event (none for a missing, merged-away or undated event)."""
    if event is None or event.merged_into or not event.date.event_date:
        return []
    day = event.date.event_date[:10]
    week = week_key(day)
    counts = (1, int(event.fatalities.acled or 0), int(bool(event.civilian_targeting)))
    cells: list[Contribution] = []
    for level, country, admin1, admin2 in areas_of(event):
        cells.append((level, country, admin1, admin2, "day", day, "all", "", *counts))
        for dimension, value in dimensions_of(event):
            cells.append((level, country, admin1, admin2, "week", week, dimension, value, *counts))
    return cells


def update_aggregates(store: Store, event_ids: Iterable[str]) -> int:
    """Bring the aggregates up to date for these (new, changed, merged or deleted) events; returns count."""
    changes = {event_id: contributions(store.get_event(event_id)) for event_id in dict.fromkeys(event_ids)}
    store.warn_apply_contributions(changes)
    return len(changes)


def rebuild_aggregates(store: Store, batch: int = 2000) -> int:
    """Recompute every aggregate from the stored events; returns the number of aggregate cells."""
    return store.warn_rebuild_aggregates(iter(list(_all_contributions(store, batch))))


def sync_aggregates(store: Store) -> int:
    """Fold in every event saved or removed since the last sync (a safety net for a missed
    ``update_aggregates`` call); returns the number of events re-counted."""
    stale = store.warn_stale_event_ids()
    if stale:
        update_aggregates(store, stale)
    return len(stale)


def _all_contributions(store: Store, batch: int) -> Iterator[tuple]:
    offset = 0
    while True:
        page = store.query_events(EventFilter(ascending=True, limit=batch, offset=offset))
        for event in page:
            for cell in contributions(event):
                yield (event.id, *cell)
        if len(page) < batch:
            return
        offset += batch
