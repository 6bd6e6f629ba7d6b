"""Event filters shared by the CLI, the exports, the HTTP API and the dashboard, and their SQL."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class EventFilter:
    """Filters shared by the CLI, the exports and the HTTP API."""

    country: str | None = None  # ISO2 code
    admin1: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None  # substring of actor1 or actor2
    date_from: str | None = None
    date_to: str | None = None
    min_fatalities: int | None = None
    text: str | None = None  # substring of location, actors or notes
    bbox: tuple[float, float, float, float] | None = None  # min_lon, min_lat, max_lon, max_lat
    include_merged: bool = False
    limit: int | None = None
    offset: int = 0
    ascending: bool = False


def event_where(f: EventFilter) -> tuple[str, list[object]]:
    """The WHERE clause and parameters for an ``EventFilter``."""
    clauses: list[str] = [] if f.include_merged else ["merged_into IS NULL"]
    params: list[object] = []
    simple = [
        ("country = ?", f.country), ("lower(admin1) = lower(?)", f.admin1), ("event_type = ?", f.event_type),
        ("sub_event_type = ?", f.sub_event_type), ("event_date >= ?", f.date_from),
        ("event_date <= ?", f.date_to), ("fatalities >= ?", f.min_fatalities),
    ]
    for clause, value in simple:
        if value is not None and value != "":
            clauses.append(clause)
            params.append(value)
    if f.actor:
        clauses.append("(actor1 LIKE ? OR actor2 LIKE ?)")
        params += [f"%{f.actor}%", f"%{f.actor}%"]
    if f.text:
        clauses.append("(location LIKE ? OR actor1 LIKE ? OR actor2 LIKE ? OR data LIKE ?)")
        params += [f"%{f.text}%"] * 4
    if f.bbox:
        clauses.append("longitude BETWEEN ? AND ? AND latitude BETWEEN ? AND ?")
        params += [f.bbox[0], f.bbox[2], f.bbox[1], f.bbox[3]]
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params
