"""Write events in ACLED's and UCDP GED's column layouts, as JSON Lines or as GeoJSON.

ACLED CSV: ACLED's 31 columns in ACLED's order, then Sahel Watch's extension
columns. UCDP CSV: UCDP GED's column names for the fields we produce.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import IO, Any

from sahelwatch.export.countries import acled_region
from sahelwatch.export.ucdp import (
    ONE_SIDED,
    community_victims_side,
    deaths_by_side,
    militias_war,
    ucdp_dyad,
    war_remnant_deaths,
)
from sahelwatch.geo.iso import country_name, iso_numeric
from sahelwatch.models import Actor, Event, to_dict

ACLED_COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]
ACLED_EXTENSION_COLUMNS = [
    "fatalities_low",
    "fatalities_high",
    "date_start",
    "date_end",
    "article_ids",
    "source_urls",
    "confidence",
    "evidence",
]
UCDP_COLUMNS = [
    "id",
    "year",
    "type_of_violence",
    "side_a",
    "side_b",
    "source_article",
    "source_office",
    "source_date",
    "source_headline",
    "where_prec",
    "where_description",
    "adm_1",
    "adm_2",
    "latitude",
    "longitude",
    "country",
    "date_prec",
    "date_start",
    "date_end",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "best",
    "high",
    "low",
]


def _names(actors: list[Actor]) -> str:
    return "; ".join(a.name for a in actors)


def _evidence_text(event: Event) -> str:
    """Field: "quoted text" pairs, the trail from each value to the article."""
    seen: list[str] = []
    for e in event.evidence:
        item = f'{e.field}: "{e.text}"'
        if item not in seen:
            seen.append(item)
    return " | ".join(seen)


def _notes(event: Event) -> str:
    """A short note: the event sentence of the first source, as ACLED notes summarise the event."""
    if event.notes:
        return event.notes
    sentences = [e.text for e in event.evidence if e.field == "sentence"]
    return sentences[0] if sentences else ""


def _timestamp(event: Event) -> int:
    """Unix time of the latest source's publication, 0 when unknown."""
    dates = [s.published for s in event.sources if s.published]
    if not dates:
        return 0
    try:
        return int(datetime.fromisoformat(max(dates)[:19]).timestamp())
    except ValueError:
        return 0


# an event no day could be given to (a weekday and month told with no year, in a report with no publication
# date): left undated for a coder to date, never a guessed year
UNDATED_TAG = "undated: no year in the text or publication date; needs review"


def acled_row(event: Event) -> dict[str, Any]:
    """One event as ACLED's columns plus the extension columns."""
    place, date, fat = event.place, event.date, event.fatalities
    a1, a2 = event.actor1, event.actor2
    iso2 = place.country if place else None
    return {
        "event_id_cnty": event.id,
        "event_date": date.event_date or "",
        "year": (date.event_date or "")[:4],
        "time_precision": date.time_precision,
        "disorder_type": event.disorder_type,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": a1.name if a1 else "",
        "assoc_actor_1": _names(event.assoc_actor_1),
        "inter1": a1.inter if a1 and a1.inter is not None else "",
        "actor2": a2.name if a2 else "",
        "assoc_actor_2": _names(event.assoc_actor_2),
        "inter2": a2.inter if a2 and a2.inter is not None else "",
        "interaction": event.interaction if event.interaction is not None else "",
        "civilian_targeting": "Civilian targeting" if event.civilian_targeting else "",
        "iso": iso_numeric(iso2) or "",
        "region": acled_region(iso2) or "",
        "country": (place.country_name or country_name(iso2) or "") if place else "",
        "admin1": (place.admin1 or "") if place else "",
        "admin2": (place.admin2 or "") if place else "",
        "admin3": "",
        "location": place.name if place else "",
        "latitude": place.latitude if place and place.latitude is not None else "",
        "longitude": place.longitude if place and place.longitude is not None else "",
        "geo_precision": place.geo_precision if place else "",
        "source": "; ".join(sorted({s.outlet for s in event.sources if s.outlet})),
        "source_scale": "",
        "notes": _notes(event),
        "fatalities": fat.acled,
        "tags": "" if date.event_date else UNDATED_TAG,
        "timestamp": _timestamp(event),
        "fatalities_low": fat.low,
        "fatalities_high": fat.high,
        "date_start": date.date_start or date.event_date or "",
        "date_end": date.date_end or date.event_date or "",
        "article_ids": ";".join(s.article_id for s in event.sources),
        "source_urls": ";".join(s.url for s in event.sources if s.url),
        "confidence": round(event.confidence, 3),
        "evidence": _evidence_text(event),
    }


def ucdp_row(event: Event) -> dict[str, Any]:
    """One event in UCDP GED's column names, coded as a UCDP dyad (see ``export.ucdp``)."""
    from sahelwatch.geo import ucdp_adm1_name, ucdp_adm2_name, ucdp_country_name

    place, date, fat = event.place, event.date, event.fatalities
    country = ucdp_country_name(place.country) if place and place.country else ""
    adm1 = ucdp_adm1_name(place) if place else ""
    side_a, side_b, violence = ucdp_dyad(event, country, adm1)
    deaths_a, deaths_b, deaths_unknown = deaths_by_side(event, side_a, side_b, violence, country)  # per side
    deaths_civilians, low, best = fat.deaths_civilians, fat.low, fat.best
    if war_remnant_deaths(event):  # an old mine's dead: UCDP's high estimate only
        deaths_civilians = deaths_unknown = low = best = 0
    if violence == ONE_SIDED and side_b == "Civilians":  # one-sided violence kills civilians by definition:
        deaths_civilians, deaths_unknown = deaths_civilians + deaths_unknown, 0  # "a man was shot dead"
    victims = community_victims_side(event, side_a, side_b, violence)
    if victims is not None:  # the villagers a communal militia killed are of the attacked community's side
        dead, deaths_civilians, deaths_unknown = deaths_civilians + deaths_unknown, 0, 0
        deaths_a, deaths_b = (deaths_a + dead, deaths_b) if victims == 0 else (deaths_a, deaths_b + dead)
    elif militias_war(event, side_a, side_b, violence):  # "a man was shot dead" in a war of two cartels
        deaths_civilians, deaths_unknown = 0, deaths_unknown + deaths_civilians
    sources = event.sources
    return {
        "id": event.id,
        "year": (date.event_date or "")[:4],
        "type_of_violence": violence or "",
        "side_a": side_a,
        "side_b": side_b,
        "source_article": ";".join(s.article_id for s in sources),
        "source_office": ";".join(s.outlet or "" for s in sources),
        "source_date": ";".join((s.published or "")[:10] for s in sources),
        "source_headline": ";".join((s.title or "").replace(";", ",") for s in sources),
        "where_prec": place.where_prec if place else 7,
        "where_description": place.name if place else "",
        "adm_1": adm1 or "",
        "adm_2": ucdp_adm2_name(place) if place else "",
        "latitude": place.latitude if place and place.latitude is not None else "",
        "longitude": place.longitude if place and place.longitude is not None else "",
        "country": country,
        "date_prec": date.date_prec,
        "date_start": date.date_start or date.event_date or "",
        "date_end": date.date_end or date.event_date or "",
        "deaths_a": deaths_a,
        "deaths_b": deaths_b,
        "deaths_civilians": deaths_civilians,
        "deaths_unknown": deaths_unknown,
        "best": best,
        "high": fat.high,
        "low": low,
    }


def _write_csv(rows: Iterable[dict[str, Any]], out: IO[str], columns: list[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow(row)
        n += 1
    return n


def write_acled_csv(events: Iterable[Event], out: IO[str]) -> int:
    """ACLED's 31 columns then the extension columns; returns the number of rows."""
    return _write_csv(map(acled_row, events), out, ACLED_COLUMNS + ACLED_EXTENSION_COLUMNS)


def write_ucdp_csv(events: Iterable[Event], out: IO[str]) -> int:
    """UCDP GED columns; events UCDP does not code (protests, strategic developments) are left out."""
    return _write_csv((row for row in map(ucdp_row, events) if row["type_of_violence"]), out, UCDP_COLUMNS)


def write_jsonl(events: Iterable[Event], out: IO[str]) -> int:
    """Every field of every event, one JSON object per line."""
    n = 0
    for event in events:
        out.write(json.dumps(to_dict(event), ensure_ascii=False) + "\n")
        n += 1
    return n


def geojson_feature(event: Event) -> dict[str, Any]:
    """One event as a GeoJSON Feature (null geometry when it has no coordinates)."""
    place = event.place
    has_point = place is not None and place.latitude is not None and place.longitude is not None
    geometry = {"type": "Point", "coordinates": [place.longitude, place.latitude]} if has_point else None
    properties = {k: v for k, v in acled_row(event).items() if k not in ("latitude", "longitude")}
    return {"type": "Feature", "id": event.id, "geometry": geometry, "properties": properties}


def write_geojson(events: Iterable[Event], out: IO[str]) -> int:
    """A GeoJSON FeatureCollection of the events."""
    features = [geojson_feature(e) for e in events]
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")
    return len(features)


FORMATS: dict[str, Callable[[Iterable[Event], IO[str]], int]] = {
    "acled-csv": write_acled_csv,
    "ucdp-csv": write_ucdp_csv,
    "jsonl": write_jsonl,
    "geojson": write_geojson,
}


def write_events(events: Iterable[Event], out: IO[str], fmt: str) -> int:
    """Write ``events`` to ``out`` in ``fmt`` (a key of ``FORMATS``); returns the count."""
    return FORMATS[fmt](events, out)
