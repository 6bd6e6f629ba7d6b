"""Incremental aggregates agree with a full rebuild, and follow moved, merged and deleted events."""

from __future__ import annotations

from warn_events import make_event

from sahelwatch.warn.aggregates import rebuild_aggregates, sync_aggregates, update_aggregates


def _cells(store, level="admin1", dimension="all", period="week"):
    return {
        (r["country"], r["admin1"], r["admin2"], r["period_key"], r["dim_value"]): (
            r["events"], r["fatalities"], r["civilian_events"]
        )
        for r in store.warn_series(level, period, dimension)
    }


def test_counts_by_area_week_day_type_and_actor(store):
    events = [
        make_event("NER000001", "2024-03-18", deaths=4),
        make_event("NER000002", "2024-03-19", deaths=6, event_type="Violence against civilians"),
        make_event("NER000003", "2024-03-26", admin1="Dosso", admin2="Gaya", deaths=0),
    ]
    for event in events:
        store.save_event(event, "illustrative")
    update_aggregates(store, [e.id for e in events])
    assert _cells(store)[("NE", "Tillabéri", "", "2024-W12", "")] == (2, 10, 1)
    assert _cells(store)[("NE", "Dosso", "", "2024-W13", "")] == (1, 0, 0)
    assert _cells(store, "admin2")[("NE", "Tillabéri", "Téra", "2024-W12", "")] == (2, 10, 1)
    assert _cells(store, "country")[("NE", "", "", "2024-W12", "")] == (2, 10, 1)
    assert _cells(store, period="day")[("NE", "Tillabéri", "", "2024-03-19", "")] == (1, 6, 1)
    by_type = _cells(store, dimension="type")
    assert by_type[("NE", "Tillabéri", "", "2024-W12", "Violence against civilians")] == (1, 6, 1)
    by_actor = _cells(store, dimension="actor")
    assert by_actor[("NE", "Tillabéri", "", "2024-W12", "Illustrative armed group A")] == (2, 10, 1)
    assert by_actor[("NE", "Tillabéri", "", "2024-W12", "Civilians (Niger)")] == (1, 6, 1)


def test_moved_merged_and_deleted_events_are_subtracted(store):
    first = make_event("NER000001", "2024-03-18", deaths=4)
    second = make_event("NER000002", "2024-03-19", deaths=6)
    for event in (first, second):
        store.save_event(event, "illustrative")
    update_aggregates(store, ["NER000001", "NER000002"])

    moved = make_event("NER000001", "2024-03-18", admin1="Dosso", admin2="Gaya", deaths=5)
    store.save_event(moved, "illustrative: place corrected")
    second.merged_into = "NER000001"
    store.save_event(second, "illustrative: merged")
    update_aggregates(store, ["NER000001", "NER000002"])
    cells = _cells(store)
    assert ("NE", "Tillabéri", "", "2024-W12", "") not in cells
    assert cells[("NE", "Dosso", "", "2024-W12", "")] == (1, 5, 0)

    store.delete_event("NER000001")
    update_aggregates(store, ["NER000001"])
    assert _cells(store) == {}


def test_incremental_equals_rebuild_and_sync_catches_missed_updates(store):
    for i in range(30):
        admin1 = ("Tillabéri", "Dosso", "Tahoua")[i % 3]
        store.save_event(make_event(f"NER{i:06d}", f"2024-03-{1 + i % 28:02d}", admin1=admin1, deaths=i % 7),
                         "illustrative")
    update_aggregates(store, [f"NER{i:06d}" for i in range(20)])
    assert sync_aggregates(store) == 10  # the 10 events nobody announced
    assert sync_aggregates(store) == 0
    keys = [(level, d) for level in ("admin1", "admin2") for d in ("all", "type", "actor")]
    incremental = {key: _cells(store, *key) for key in keys}
    rebuild_aggregates(store)
    rebuilt = {key: _cells(store, *key) for key in keys}
    assert incremental == rebuilt
    assert sum(v[0] for v in _cells(store, "country").values()) == 30
