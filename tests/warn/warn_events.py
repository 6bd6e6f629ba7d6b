"""Illustrative (fictional) events for the warn tests: nothing here describes a real incident."""

from __future__ import annotations

from datetime import date

from sahelwatch.models import Actor, Event, EventDate, Fatalities, Place, Source

ILLUSTRATIVE = "Illustrative event written for Sahel Watch tests; not a real report."


def make_event(
    event_id: str,
    day: date | str,
    admin1: str = "Tillabéri",
    admin2: str | None = "Téra",
    deaths: int = 1,
    event_type: str = "Battles",
    actor1: str = "Illustrative armed group A",
    actor2: str = "Illustrative state forces",
    country: str = "NE",
    title: str = "Illustrative report",
    url: str | None = None,
) -> Event:
    """A fictional event with one fictional source."""
    day = day if isinstance(day, str) else day.isoformat()
    civilian = event_type == "Violence against civilians"
    return Event(
        id=event_id,
        event_type=event_type,
        sub_event_type="Attack" if civilian else "Armed clash",
        civilian_targeting=civilian,
        actor1=Actor(actor1),
        actor2=Actor("Civilians (Niger)" if civilian else actor2),
        fatalities=Fatalities(low=deaths, best=deaths + 1, high=deaths + 2),
        date=EventDate(day, day, day, 1, 1),
        place=Place(f"Illustrative village {event_id[-3:]}", country=country, admin1=admin1, admin2=admin2,
                    latitude=14.0, longitude=1.0),
        sources=[Source(f"art-{event_id}", "Illustrative Outlet", url or f"https://example.org/{event_id}",
                        day, title)],
        notes=ILLUSTRATIVE,
    )
