"""The event filters shared by the API, the dashboard and its download links (query parameters)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from urllib.parse import urlencode

from fastapi import Query

from sahelwatch.store.filters import EventFilter

MAX_PAGE = 500
DEFAULT_PAGE = 50


class ParameterError(ValueError):
    """A query parameter that parsed but makes no sense; answered with 422 naming ``parameter``."""

    def __init__(self, parameter: str, message: str):
        super().__init__(message)
        self.parameter = parameter


class SortKey(StrEnum):
    """Event list orderings."""

    event_date = "event_date"
    fatalities = "fatalities"
    id = "id"
    n_sources = "n_sources"
    confidence = "confidence"


class Order(StrEnum):
    asc = "asc"
    desc = "desc"


@dataclass
class EventQuery:
    """Filter values as given in the query string (before validation of their combination)."""

    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    min_fatalities: int | None = None
    q: str | None = None
    bbox: str | None = None

    def to_filter(self) -> EventFilter:
        """The store filter; raises ``ParameterError`` for an impossible combination."""
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ParameterError("date_to", "date_to is before date_from")
        return EventFilter(
            country=self.country.upper() if self.country else None,
            admin1=_blank_to_none(self.admin1),
            event_type=_blank_to_none(self.event_type),
            sub_event_type=_blank_to_none(self.sub_event_type),
            actor=_blank_to_none(self.actor),
            date_from=self.date_from.isoformat() if self.date_from else None,
            date_to=self.date_to.isoformat() if self.date_to else None,
            min_fatalities=self.min_fatalities,
            text=_blank_to_none(self.q),
            bbox=parse_bbox(self.bbox) if self.bbox else None,
        )

    def query_string(self, **extra: object) -> str:
        """The filters (and ``extra`` parameters) as a URL query string, empty values left out."""
        values = {
            "country": self.country, "admin1": self.admin1, "event_type": self.event_type,
            "sub_event_type": self.sub_event_type, "actor": self.actor, "date_from": self.date_from,
            "date_to": self.date_to, "min_fatalities": self.min_fatalities, "q": self.q, "bbox": self.bbox,
            **extra,
        }
        return urlencode({k: str(v) for k, v in values.items() if v not in (None, "")})


def _blank_to_none(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


def parse_bbox(text: str) -> tuple[float, float, float, float]:
    """``min_lon,min_lat,max_lon,max_lat`` in degrees; raises ``ParameterError`` when malformed."""
    parts = text.split(",")
    try:
        values = tuple(float(p) for p in parts)
    except ValueError:
        values = ()
    if len(values) != 4 or any(v != v for v in values):
        raise ParameterError("bbox", "bbox must be four numbers: min_lon,min_lat,max_lon,max_lat")
    min_lon, min_lat, max_lon, max_lat = values
    if not (-180 <= min_lon <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90):
        raise ParameterError("bbox", "bbox needs min <= max, lon in [-180, 180], lat in [-90, 90]")
    return min_lon, min_lat, max_lon, max_lat


async def event_query(
    country: str | None = Query(
        None, pattern="^[A-Za-z]{2}$", description="ISO 3166-1 alpha-2 code, e.g. NE", examples=["NE"]
    ),
    admin1: str | None = Query(None, max_length=200, description="First-level region, e.g. Tillabéri"),
    event_type: str | None = Query(None, max_length=100, description="ACLED event type, e.g. Battles"),
    sub_event_type: str | None = Query(None, max_length=100, description="ACLED sub-event type"),
    actor: str | None = Query(None, max_length=200, description="Part of an actor name"),
    date_from: date | None = Query(None, description="First event date (YYYY-MM-DD)"),
    date_to: date | None = Query(None, description="Last event date (YYYY-MM-DD)"),
    min_fatalities: int | None = Query(None, ge=0, le=1_000_000, description="At least this many deaths"),
    q: str | None = Query(None, max_length=200, description="Text search in place, actors and evidence"),
    bbox: str | None = Query(
        None, max_length=100, description="min_lon,min_lat,max_lon,max_lat", examples=["-6,10,16,24"]
    ),
) -> EventQuery:
    """FastAPI dependency: the event filters of a request (async: no worker-thread hop)."""
    return EventQuery(
        country, admin1, event_type, sub_event_type, actor, date_from, date_to, min_fatalities, q, bbox
    )
