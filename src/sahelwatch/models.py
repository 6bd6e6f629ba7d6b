"""The plain dataclasses that flow one way through the pipeline.

``Article`` (ingest) -> ``Mention`` (extract, one per event report in one article)
-> ``Event`` (merge, one per real-world incident, listing all its sources).

Character offsets (``start``/``end``) always point into ``Article.text``, the
cleaned text that users see; ``Article.offset_map`` maps them back to ``raw_text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Article:
    """One news article as stored."""

    id: str
    text: str  # cleaned text; every evidence span points into this
    raw_text: str = ""
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO 8601 date or datetime; None when unknown
    published_source: str = "unknown"  # metadata | htmldate | text | unknown
    language: str | None = None
    language_source: str = "unknown"  # input | detected | unknown
    source_file: str | None = None
    source_line: int | None = None
    # runs of (clean_start, raw_start, length): clean[c:c+n] == raw[r:r+n]
    offset_map: list[tuple[int, int, int]] = field(default_factory=list)
    content_hash: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def published_date(self) -> str | None:
        """The publication day as YYYY-MM-DD, or None."""
        return self.published[:10] if self.published else None


@dataclass
class Evidence:
    """The span of cleaned article text a field's value came from."""

    field: str
    start: int
    end: int
    text: str


@dataclass
class Actor:
    """An actor, normalised to the actor dictionary when known."""

    name: str  # canonical ACLED-style name, or the surface text when unknown
    surface: str = ""
    inter: int | None = None  # ACLED inter code 1-8
    ucdp_name: str | None = None  # e.g. "Government of Niger", "JNIM", "IS", "Civilians"
    country: str | None = None  # ISO 3166-1 alpha-2
    known: bool = True
    suspected: str | None = None  # an unidentified actor's likely UCDP side: the report's one named group


@dataclass
class Place:
    """A resolved location with its admin hierarchy and precision codes."""

    name: str
    country: str | None = None  # ISO 3166-1 alpha-2
    country_name: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None
    feature_code: str | None = None
    geo_precision: int = 3  # ACLED 1 town / 2 near or part of region / 3 province
    where_prec: int = 4  # UCDP 1 exact .. 7 country/international waters
    surface: str = ""
    start: int | None = None
    end: int | None = None


@dataclass
class Fatalities:
    """Reported deaths, per side, with a low/best/high range."""

    deaths_a: int = 0
    deaths_b: int = 0
    deaths_civilians: int = 0
    deaths_unknown: int = 0
    low: int = 0
    best: int = 0
    high: int = 0
    wounded: int | None = None
    missing: int | None = None
    vague: bool = False  # every death figure behind it is vague ("dozens", "des dizaines"): 12 is a floor

    @property
    def acled(self) -> int:
        """ACLED's figure: the most conservative reported count."""
        return self.low


@dataclass
class EventDate:
    """A resolved event date with ACLED and UCDP precision codes."""

    event_date: str | None  # YYYY-MM-DD
    date_start: str | None = None
    date_end: str | None = None
    time_precision: int = 3  # ACLED 1 day / 2 week / 3 month or coarser
    date_prec: int = 5  # UCDP 1 day .. 5 year or coarser
    surface: str = ""


@dataclass
class Mention:
    """One report of one event in one article."""

    article_id: str
    sentence_start: int
    sentence_end: int
    event_type: str
    sub_event_type: str
    disorder_type: str = "Political violence"
    civilian_targeting: bool = False
    type_of_violence: int | None = None  # UCDP 1 state-based / 2 non-state / 3 one-sided
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc_actor_1: list[Actor] = field(default_factory=list)
    assoc_actor_2: list[Actor] = field(default_factory=list)
    interaction: int | None = None
    fatalities: Fatalities = field(default_factory=Fatalities)
    date: EventDate = field(default_factory=lambda: EventDate(None))
    place: Place | None = None
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.5
    language: str = "en"
    notes: str = ""
    id: int | None = None  # assigned by the store


@dataclass
class Source:
    """An article an event was reported in."""

    article_id: str
    outlet: str | None
    url: str | None
    published: str | None
    title: str | None = None


@dataclass
class Claim:
    """What one source says about one field of an event."""

    article_id: str
    field: str
    value: Any
    evidence: Evidence | None = None


@dataclass
class Event:
    """One real-world incident, merged from all its mentions."""

    id: str  # stable event id, e.g. "SW-NER-000123"
    event_type: str
    sub_event_type: str
    disorder_type: str = "Political violence"
    civilian_targeting: bool = False
    type_of_violence: int | None = None
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc_actor_1: list[Actor] = field(default_factory=list)
    assoc_actor_2: list[Actor] = field(default_factory=list)
    interaction: int | None = None
    fatalities: Fatalities = field(default_factory=Fatalities)
    date: EventDate = field(default_factory=lambda: EventDate(None))
    place: Place | None = None
    sources: list[Source] = field(default_factory=list)
    mention_ids: list[int] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.5
    notes: str = ""
    merged_into: str | None = None
    revision: int = 1


def to_dict(obj: Any) -> dict[str, Any]:
    """A JSON-ready dict of any dataclass in this module."""
    from dataclasses import asdict

    return asdict(obj)


def _rebuild_common(d: dict[str, Any]) -> dict[str, Any]:
    """Turn the nested dicts shared by ``Mention`` and ``Event`` back into dataclasses."""
    d = dict(d)
    d["actor1"] = Actor(**d["actor1"]) if d.get("actor1") else None
    d["actor2"] = Actor(**d["actor2"]) if d.get("actor2") else None
    d["assoc_actor_1"] = [Actor(**a) for a in d.get("assoc_actor_1", [])]
    d["assoc_actor_2"] = [Actor(**a) for a in d.get("assoc_actor_2", [])]
    d["fatalities"] = Fatalities(**d.get("fatalities", {}))
    d["date"] = EventDate(**(d.get("date") or {"event_date": None}))
    d["place"] = Place(**d["place"]) if d.get("place") else None
    d["evidence"] = [Evidence(**e) for e in d.get("evidence", [])]
    return d


def mention_from_dict(d: dict[str, Any]) -> Mention:
    """Rebuild a ``Mention`` from ``to_dict`` output."""
    return Mention(**_rebuild_common(d))


def event_from_dict(d: dict[str, Any]) -> Event:
    """Rebuild an ``Event`` from ``to_dict`` output."""
    d = _rebuild_common(d)
    d["sources"] = [Source(**s) for s in d.get("sources", [])]
    d["claims"] = [
        Claim(**{**c, "evidence": Evidence(**c["evidence"]) if c.get("evidence") else None})
        for c in d.get("claims", [])
    ]
    return Event(**d)
