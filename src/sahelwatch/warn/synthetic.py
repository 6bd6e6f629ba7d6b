"""Illustrative (fictional) events for benchmarks and demonstrations of the warn stage.

Nothing here describes a real incident: places are real region names with rough coordinates,
counts are random draws, actors are generic labels, and every event says it is illustrative.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sahelwatch.models import Actor, Event, EventDate, Fatalities, Place, Source
from sahelwatch.store import Store

# (country, admin1, admin2, rough latitude, rough longitude)
REGIONS = [
    ("NE", "Tillabéri", "Téra", 14.0, 0.75),
    ("NE", "Tillabéri", "Ouallam", 14.3, 2.1),
    ("NE", "Tahoua", "Tillia", 16.1, 4.8),
    ("NE", "Diffa", "Diffa", 13.3, 12.6),
    ("NE", "Maradi", "Guidan Roumdji", 13.7, 6.7),
    ("NE", "Dosso", "Gaya", 11.9, 3.4),
    ("ML", "Mopti", "Bandiagara", 14.35, -3.6),
    ("ML", "Gao", "Ansongo", 15.7, 0.5),
    ("ML", "Ségou", "Niono", 14.25, -5.99),
    ("ML", "Tombouctou", "Goundam", 16.4, -3.7),
    ("BF", "Sahel", "Djibo", 14.1, -1.63),
    ("BF", "Est", "Fada N'gourma", 12.06, 0.36),
    ("BF", "Nord", "Ouahigouya", 13.58, -2.42),
    ("BF", "Boucle du Mouhoun", "Dédougou", 12.46, -3.46),
]
TYPES = [
    ("Battles", "Armed clash", 0.35),
    ("Violence against civilians", "Attack", 0.3),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED", 0.15),
    ("Protests", "Peaceful protest", 0.1),
    ("Strategic developments", "Looting/property destruction", 0.1),
]
ACTORS = [
    "Illustrative armed group A",
    "Illustrative armed group B",
    "Illustrative state forces",
    "Illustrative militia C",
    "Civilians (illustrative)",
]
ISO3 = {"NE": "NER", "ML": "MLI", "BF": "BFA"}


def synthetic_event(rng: random.Random, number: int, day: date, region: tuple | None = None) -> Event:
    """One fictional event on ``day`` in ``region`` (default: a random one)."""
    country, admin1, admin2, lat, lon = region or rng.choice(REGIONS)
    event_type, sub_type, _ = rng.choices(TYPES, weights=[t[2] for t in TYPES])[0]
    deaths = 0 if event_type == "Protests" else min(int(rng.expovariate(1 / 4)), 150)
    actor1 = rng.choice(ACTORS[:4])
    actor2 = "Civilians (illustrative)" if event_type == "Violence against civilians" else rng.choice(ACTORS)
    return Event(
        id=f"{ISO3[country]}{number:06d}",
        event_type=event_type,
        sub_event_type=sub_type,
        civilian_targeting=event_type == "Violence against civilians",
        actor1=Actor(actor1),
        actor2=Actor(actor2),
        fatalities=Fatalities(low=deaths, best=deaths + rng.randint(0, 3), high=deaths + rng.randint(0, 8)),
        date=EventDate(day.isoformat(), day.isoformat(), day.isoformat(), 1, 1),
        place=Place(
            f"Illustrative village {number % 97}",
            country=country,
            admin1=admin1,
            admin2=admin2,
            latitude=lat + rng.uniform(-0.4, 0.4),
            longitude=lon + rng.uniform(-0.4, 0.4),
        ),
        sources=[
            Source(
                f"synthetic-{number}",
                "Illustrative Outlet",
                f"https://example.org/synthetic/{number}",
                day.isoformat(),
                f"Illustrative report {number} (not a real event)",
            )
        ],
        notes="Illustrative synthetic event for benchmarks; not a real report.",
    )


def fill_store(store: Store, count: int, last_day: date, weeks: int = 52, seed: int = 7) -> list[str]:
    """Save ``count`` fictional events spread over the ``weeks`` weeks ending on ``last_day``."""
    rng = random.Random(seed)
    span = weeks * 7
    ids = []
    with store.transaction():
        for number in range(1, count + 1):
            event = synthetic_event(rng, number, last_day - timedelta(days=rng.randrange(span)))
            store.save_event(event, "illustrative synthetic event")
            ids.append(event.id)
    return ids
