"""Pydantic models documenting the API in /openapi.json (responses are built as plain dicts for speed)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class ErrorBody(BaseModel):
    """Every error: a machine-readable code, a message, and the offending parameters if any."""

    error: str
    message: str
    parameters: list[str] = []


class EventSummary(BaseModel):
    id: str
    event_date: str | None
    event_type: str
    sub_event_type: str
    country: str | None
    admin1: str | None
    admin2: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    actor1: str | None
    actor2: str | None
    fatalities: int | None
    fatalities_low: int | None
    fatalities_best: int | None
    fatalities_high: int | None
    civilian_targeting: int
    n_sources: int
    confidence: float | None
    revision: int


class EventPage(BaseModel):
    total: int = Field(description="Events matching the filters (all pages)")
    limit: int
    offset: int
    sort: str
    order: str
    events: list[EventSummary]


class EventDetail(BaseModel):
    id: str
    status: str = Field(description="live, or merged (then see merged_into)")
    merged_into: str | None
    message: str | None
    event: dict[str, Any]
    precision: dict[str, Any]
    sources: list[dict[str, Any]]
    mentions: list[dict[str, Any]]
    claims: list[dict[str, Any]]
    revisions: list[dict[str, Any]]


class ArticleDetail(BaseModel):
    id: str
    title: str | None
    url: str | None
    outlet: str | None
    published: str | None
    published_source: str
    language: str | None
    text: str
    mentions: list[dict[str, Any]]


class Stats(BaseModel):
    total_events: int
    total_fatalities: int
    weeks: list[str] = Field(description="Mondays of the weeks with events")
    event_types: list[str]
    columns: list[str] = Field(description="week, country, admin1, event_type, events, fatalities")
    rows: list[list[Any]] = Field(description="One array per week x country x admin1 x event type")


class MapPoints(BaseModel):
    count: int
    truncated: bool
    columns: list[str]
    points: list[list[Any]]


class Facets(BaseModel):
    countries: list[str]
    admin1: list[dict[str, Any]]
    event_types: list[str]
    sub_event_types: list[str]
    date_min: str | None
    date_max: str | None


class ArticleIn(BaseModel):
    """One article in the JSONL ingest format; unknown keys are kept as metadata."""

    model_config = ConfigDict(extra="allow")

    id: str | None = Field(None, max_length=300)
    url: str | None = Field(None, max_length=4000)
    title: str | None = Field(None, max_length=2000)
    text: str | None = Field(None, max_length=5_000_000)
    html: str | None = Field(None, max_length=5_000_000)
    published: str | None = Field(None, max_length=100)
    outlet: str | None = Field(None, max_length=300)
    language: str | None = Field(None, max_length=20)


class IngestResult(BaseModel):
    read: int
    new: int
    duplicate: int
    rejected: int
    new_ids: list[str]
    messages: list[str]
    extraction: dict[str, Any] | None
