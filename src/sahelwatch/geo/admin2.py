"""Second-level units for the towns GeoNames leaves without one: Niger's departments, Mali's cercles, Syria's
districts, Cameroon's departments, Somalia's districts.

GeoNames gives Niger's and Mali's towns no second-level code, so their events had no ``admin2`` (ACLED's
department or cercle). ``data/geo/sahel_admin2.csv`` lists each unit with its seat; a town without a unit
takes the one whose seat is nearest within its first-order unit (on Burkina Faso's provinces and Nigeria's
LGAs, where GeoNames does give the unit, the nearest seat is the right one for 95-96% of towns)."""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from sahelwatch.geo.distance import haversine_km
from sahelwatch.geo.normalize import norm

MAX_SEAT_KM = 250.0  # farther than this from every seat of its region, a town keeps no unit
_UNIT_WORDS = {"cercle", "department", "departement", "region", "de", "du", "d"}


@dataclass(frozen=True)
class Unit:
    """A second-level unit: its admin key, name, kind and seat."""

    key: str
    admin1: str
    name: str
    kind: str
    lat: float
    lon: float


def seat_rows() -> Iterator[dict[str, str]]:
    """The packaged rows of ``data/geo/sahel_admin2.csv``."""
    path = Path(str(resources.files("sahelwatch"))) / "data" / "geo" / "sahel_admin2.csv"
    with open(path, encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(row for row in fh if not row.startswith("#"))


def assign_admin2(conn: sqlite3.Connection) -> int:
    """Add the listed units to the admin table and give each town of their countries that has none the unit
    with the nearest seat in its first-order unit. Returns the number of places given a unit."""
    units = list(_units(conn, seat_rows()))
    conn.executemany(
        "INSERT OR IGNORE INTO admin VALUES (?,?,?,?,?,?,?)",
        [(u.key, u.name, u.kind, 2, 0, u.lat, u.lon) for u in units],
    )
    # the units GeoNames has go by the same plain names ('Cercle de Niono', 'Ansongo Cercle' -> 'Niono')
    renames = [(u.name, u.kind, u.key) for u in units]
    conn.executemany("UPDATE admin SET name = ?, kind = ? WHERE key = ?", renames)
    by_admin1: dict[str, list[Unit]] = {}
    for unit in units:
        by_admin1.setdefault(unit.admin1, []).append(unit)
    countries = sorted({u.key[:2] for u in units})
    marks = ",".join("?" * len(countries))
    places = conn.execute(
        f"SELECT geonameid, lat, lon, admin1 FROM places WHERE country IN ({marks}) AND admin2 IS NULL"
        " AND admin1 IS NOT NULL AND fcode NOT IN ('ADM1', 'ADM2', 'PCLI')",
        countries,
    ).fetchall()
    updates = []
    for gid, lat, lon, admin1 in places:
        unit = nearest_unit(lat, lon, by_admin1.get(admin1, []))
        if unit is not None:
            updates.append((unit.key, gid))
    conn.executemany("UPDATE places SET admin2 = ? WHERE geonameid = ?", updates)
    _add_unit_places(conn, units)
    return len(updates)


def _add_unit_places(conn: sqlite3.Connection, units: list[Unit]) -> None:
    """Give each listed unit that no place of its country is named after (Cameroon's 'Meme' and 'Bui',
    unlike Niger's departments named after their seats) a place at its seat, so that a text naming it with
    its type ("Meme Division") finds it. Their source 'unit' keeps them out of the matcher: 'Meme' or 'Momo'
    alone is found only where the text types it as a unit."""
    from sahelwatch.geo.gazetteer import user_place_id

    rows, names = [], []
    for unit in units:
        country = unit.key[:2]
        known = conn.execute(
            "SELECT 1 FROM names n JOIN places p USING (geonameid) WHERE n.norm = ? AND p.country = ?"
            " LIMIT 1",
            (norm(unit.name), country),
        ).fetchone()
        if known:
            continue
        gid = user_place_id(unit.name, unit.lat, unit.lon, country)
        rows.append(
            (gid, unit.name, unit.lat, unit.lon, "A", "ADM2", 0, country, unit.admin1, unit.key, "unit")
        )
        names.append((norm(unit.name), gid, unit.name))
    conn.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    conn.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", [n for n in names if n[0]])


def nearest_unit(lat: float, lon: float, units: list[Unit]) -> Unit | None:
    """The unit whose seat is nearest, if within ``MAX_SEAT_KM``."""
    scored = [(haversine_km(lat, lon, u.lat, u.lon), u) for u in units]
    distance, unit = min(scored, key=lambda s: s[0], default=(None, None))
    return unit if distance is not None and distance <= MAX_SEAT_KM else None


def _units(conn: sqlite3.Connection, rows: Iterator[dict[str, str]]) -> Iterator[Unit]:
    """The listed units whose region and seat are known; a unit GeoNames already has (under the row's name or
    its ``geonames`` name: "Mount Simeon District" for UCDP's "Jabal Saman") keeps its key."""
    admins = conn.execute("SELECT key, name, level FROM admin").fetchall()
    regions = {(key[:2], unit_stem(name)): key for key, name, level in admins if level == 1}
    existing = {(key.rsplit(".", 1)[0], unit_stem(name)): key for key, name, level in admins if level == 2}
    for row in rows:
        admin1 = regions.get((row["country"], unit_stem(row["admin1"])))
        seat = _seat(conn, row, admin1) if admin1 else None
        if admin1 is None or seat is None:
            continue
        new_key = f"{admin1}.{norm(row['name']).replace(' ', '_')}"
        key = (existing.get((admin1, unit_stem(row["name"])))
               or existing.get((admin1, unit_stem(row.get("geonames") or ""))) or new_key)
        yield Unit(key, admin1, row["name"], row["kind"], *seat)


def _seat(conn: sqlite3.Connection, row: dict[str, str], admin1: str) -> tuple[float, float] | None:
    """The seat's coordinates: given in the row, else the most populous town of that name in the region."""
    if row.get("lat") and row.get("lon"):
        return float(row["lat"]), float(row["lon"])
    found = conn.execute(
        "SELECT p.lat, p.lon FROM names n JOIN places p USING (geonameid) WHERE n.norm = ? AND p.country = ?"
        " AND p.admin1 = ? AND p.fclass = 'P' ORDER BY p.population DESC LIMIT 1",
        (norm(row["seat"]), row["country"], admin1),
    ).fetchone()
    return (found[0], found[1]) if found else None


def unit_stem(name: str) -> str:
    """A unit's name without its kind ('Kati Cercle', 'Département de Say', 'Tillabéri Region' -> 'kati',
    'say', 'tillaberi')."""
    return " ".join(w for w in norm(name).split() if w not in _UNIT_WORDS)
