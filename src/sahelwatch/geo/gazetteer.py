"""The SQLite gazetteer: world places with coordinates and admin hierarchy.

Built once from the packaged GeoNames extracts (see :mod:`sahelwatch.geo.build`)
into ``~/.cache/sahelwatch/gazetteer-<version>.sqlite`` (``$SAHELWATCH_GAZETTEER``
overrides), extendable with full GeoNames dumps and hand-made places.
"""

from __future__ import annotations

import csv
import io
import logging
import os
import sqlite3
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sahelwatch.geo import build
from sahelwatch.geo.admin2 import assign_admin2, unit_stem
from sahelwatch.geo.normalize import norm

log = logging.getLogger(__name__)

GAZETTEER_VERSION = "113"
ALIAS_MATCH_POPULATION = 50_000  # alternate names of smaller places are too often common words
# French and local spellings of the francophone Sahel's towns vary (Boghé / Bogué, Tchin-Tabaradène), so
# their alternate names match from this size
SAHEL_ALIAS_POPULATION = 10_000
SAHEL_ALIAS_COUNTRIES = ("NE", "ML", "BF", "MR", "TD")
# the names the matcher looks for: main names, every name of large places (and of mid-sized Sahel towns),
# admin units (not the second-level units only sahel_admin2.csv names: 'Meme', 'Momo'), lakes and added places
_MATCHABLE = (
    "(p.population >= ? AND n.name = p.name) OR p.population >= ?"
    " OR (p.fclass IN ('A', 'L') AND p.source != 'unit')"
    " OR p.source IN ('curated', 'user', 'geonames')"
    f" OR (p.population >= ? AND p.country IN {SAHEL_ALIAS_COUNTRIES!r}"
    "     AND substr(n.name, 1, 1) BETWEEN 'A' AND 'Z' AND length(n.name) >= 5 AND n.name != upper(n.name))"
)
ADMIN_CODES = {"ADM1": 1, "ADM1H": 1, "ADM2": 2, "ADM2H": 2, "ADM3": 3, "ADMD": 3}
COUNTRY_CODES = {"PCLI", "PCLD", "PCLF", "PCLS", "PCL", "PCLIX", "TERR"}

SCHEMA = """
CREATE TABLE IF NOT EXISTS places (
  geonameid INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL, fclass TEXT, fcode TEXT,
  population INTEGER, country TEXT, admin1 TEXT, admin2 TEXT, source TEXT);
CREATE TABLE IF NOT EXISTS names (norm TEXT, geonameid INTEGER, name TEXT, PRIMARY KEY (norm, geonameid));
CREATE TABLE IF NOT EXISTS admin (
  key TEXT PRIMARY KEY, name TEXT, kind TEXT, level INTEGER, geonameid INTEGER, seat_lat REAL, seat_lon REAL);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
"""


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer row."""

    geonameid: int
    name: str
    lat: float
    lon: float
    fclass: str
    fcode: str
    population: int
    country: str
    admin1: str | None  # admin key "NE.09"
    admin2: str | None  # admin key "NE.09.8334576"

    @property
    def level(self) -> int:
        """0 country, 1 admin1, 2 admin2, 3 lower admin, 4 populated place or other feature."""
        if self.fcode in COUNTRY_CODES or self.fcode == "CONT":
            return 0
        return ADMIN_CODES.get(self.fcode, 4)


def default_path() -> str:
    """``$SAHELWATCH_GAZETTEER`` or the per-user cache file."""
    env = os.environ.get("SAHELWATCH_GAZETTEER")
    if env:
        return env
    return str(Path.home() / ".cache" / "sahelwatch" / f"gazetteer-{GAZETTEER_VERSION}.sqlite")


def user_place_id(name: str, lat: float, lon: float, country: str) -> int:
    """A stable negative id for a place added by hand (the same in every build and process;
    GeoNames ids are positive, so the two never collide)."""
    key = f"{name}|{round(lat, 4)}|{round(lon, 4)}|{country}".encode()
    return -(zlib.crc32(key) % 2_000_000_000) - 1


class Gazetteer:
    """Read/write access to one gazetteer file."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self.conn = conn
        self.path = path
        self._admins: dict[str, tuple[str, str, int, int, float, float]] | None = None
        self._cache: dict[str, list[Entry]] = {}
        self._fuzzy: dict[str, list[Entry]] = {}
        self._countries: dict[str, Entry] | None = None
        self.matcher_cache: object | None = None

    # --- opening -----------------------------------------------------------------
    @classmethod
    def load(cls, path: str | None = None, build_if_missing: bool = True) -> Gazetteer:
        """Open the gazetteer at ``path`` (default :func:`default_path`), building it on first use."""
        path = path or default_path()
        if not Path(path).exists():
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            if build_if_missing:  # build aside, then move in: concurrent readers never see half a file
                tmp = f"{path}.{os.getpid()}.building"
                builder = cls(sqlite3.connect(tmp), tmp)
                builder.conn.executescript(SCHEMA)
                builder.build_default()
                builder.conn.close()
                os.replace(tmp, path)
        conn = sqlite3.connect(path, check_same_thread=False)
        conn.executescript(SCHEMA)
        return cls(conn, path)

    def build_default(self) -> None:
        """Fill with the packaged world data and the curated Sahel places."""
        tmp = self.conn
        tmp.execute("PRAGMA journal_mode=OFF")
        tmp.execute("PRAGMA synchronous=OFF")
        with tmp:
            build.build_default(tmp)
        self.import_places(build.curated_rows())
        with tmp:
            assign_admin2(tmp)
        # a checked row's department or cercle is known only now: its own wins over the nearest seat's
        self.import_places(r for r in build.curated_rows() if r.get("admin2"))
        tmp.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (GAZETTEER_VERSION,))
        tmp.commit()
        self.invalidate()

    def invalidate(self) -> None:
        """Forget in-memory caches after a write."""
        self._admins = None
        self._countries = None
        self._cache.clear()
        self._fuzzy.clear()
        self.matcher_cache = None
        for stale in Path(self.path).parent.glob(Path(self.path).name + ".matcher*.pkl"):
            stale.unlink(missing_ok=True)

    # --- lookups -------------------------------------------------------------------
    def candidates(self, name: str) -> list[Entry]:
        """Every entry named ``name`` (normalised exact match on name or alias)."""
        key = norm(name)
        hit = self._cache.get(key)
        if hit is None:
            rows = self.conn.execute(
                "SELECT p.geonameid, p.name, p.lat, p.lon, p.fclass, p.fcode, p.population, p.country,"
                " p.admin1, p.admin2 FROM names n JOIN places p USING (geonameid) WHERE n.norm = ?",
                (key,),
            ).fetchall()
            hit = [Entry(*r) for r in rows]
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[key] = hit
        return hit

    def get(self, geonameid: int) -> Entry | None:
        """The entry with this id."""
        row = self.conn.execute(
            "SELECT geonameid, name, lat, lon, fclass, fcode, population, country, admin1, admin2"
            " FROM places WHERE geonameid = ?",
            (geonameid,),
        ).fetchone()
        return Entry(*row) if row else None

    def admins(self) -> dict[str, tuple[str, str, int, int, float, float]]:
        """admin key -> (name, kind, level, geonameid, seat lat, seat lon)."""
        if self._admins is None:
            self._admins = {
                r[0]: tuple(r[1:])
                for r in self.conn.execute("SELECT * FROM admin")  # type: ignore[misc]
            }
        return self._admins

    def admin_name(self, key: str | None) -> str | None:
        """Name of an admin unit from its key, e.g. 'NE.09' -> 'Tillabéri'."""
        if not key:
            return None
        row = self.admins().get(key)
        return row[0] if row else None

    def admin_kind(self, key: str | None) -> str | None:
        """The subdivision type ('Region', 'State', 'Governorate', ...) when known."""
        row = self.admins().get(key or "")
        return row[1] if row and row[1] else None

    def admin_entry(self, key: str | None) -> Entry | None:
        """The gazetteer entry of an admin unit."""
        row = self.admins().get(key or "")
        return self.get(row[3]) if row and row[3] else None

    def country_entry(self, iso2: str) -> Entry | None:
        """The country entry for an ISO code."""
        if self._countries is None:
            rows = self.conn.execute(
                "SELECT geonameid, name, lat, lon, fclass, fcode, population, country, admin1, admin2"
                " FROM places"
                " WHERE fcode IN ('PCLI','PCLD','PCLF','PCLS','PCL','TERR') ORDER BY population"
            ).fetchall()
            self._countries = {r[7]: Entry(*r) for r in rows}
        return self._countries.get(iso2.upper())

    def fuzzy(self, name: str, cutoff: float = 88) -> list[Entry]:
        """Entries whose name is a close misspelling of ``name`` (same first three letters), cached."""
        key = norm(name)
        if key not in self._fuzzy:
            self._fuzzy[key] = [e for e, score in self.search(name, limit=5, prefix=3) if score >= cutoff]
        return self._fuzzy[key]

    def all_names(self, min_population: int = 0) -> Iterator[tuple[str, int]]:
        """(normalised name, geonameid) for the matcher: main names of places with at least this population,
        every name of large places, admin units and added places."""
        yield from self.conn.execute(
            f"SELECT n.norm, n.geonameid FROM names n JOIN places p USING (geonameid) WHERE {_MATCHABLE}",
            (min_population, ALIAS_MATCH_POPULATION, SAHEL_ALIAS_POPULATION),
        )

    def matchable_names(self, min_population: int = 0) -> Iterator[tuple[str, str, str, int, str]]:
        """Like :meth:`all_names` but with what the matcher weighs: (normalised name, name as written,
        the place's main name, population, feature code)."""
        yield from self.conn.execute(
            "SELECT n.norm, n.name, p.name, p.population, p.fcode"
            f" FROM names n JOIN places p USING (geonameid) WHERE {_MATCHABLE}",
            (min_population, ALIAS_MATCH_POPULATION, SAHEL_ALIAS_POPULATION),
        )

    def search(self, query: str, limit: int = 10, prefix: int = 2) -> list[tuple[Entry, float]]:
        """Fuzzy, accent-insensitive search: exact hits first, then rapidfuzz over similar names."""
        from rapidfuzz import fuzz, process

        key = norm(query)
        exact = [(e, 100.0) for e in self.candidates(query)]
        if len(exact) >= limit or not key:
            return sorted(exact, key=lambda t: -t[0].population)[:limit]
        pool = [
            r[0]
            for r in self.conn.execute(
                "SELECT DISTINCT norm FROM names WHERE norm >= ? AND norm < ?",
                (key[:prefix], key[:prefix] + "\uffff"),
            )
        ]
        found = process.extract(key, pool, scorer=fuzz.ratio, limit=limit, score_cutoff=70)
        scored = list(exact)
        seen = {e.geonameid for e, _ in exact}
        for name, score, _ in found:
            for e in self.candidates(name):
                if e.geonameid not in seen:
                    seen.add(e.geonameid)
                    scored.append((e, score))
        scored.sort(key=lambda t: (-t[1], -t[0].population))
        return scored[:limit]

    # --- writing -------------------------------------------------------------------
    def add_place(
        self,
        name: str,
        lat: float,
        lon: float,
        country: str,
        admin1: str | None = None,
        admin2: str | None = None,
        aliases: Iterable[str] = (),
        source: str = "user",
        population: int = 0,
    ) -> int:
        """Add a place missing from GeoNames; admin1/admin2 are names or keys. Returns its (negative) id."""
        country = country.upper()
        a1 = self._admin_key(country, admin1, 1)
        a2 = self._admin_key(country, admin2, 2, parent=a1)
        gid = user_place_id(name, lat, lon, country)
        row = (gid, name, lat, lon, "P", "PPL", population, country, a1, a2, source)
        with self.conn:
            build.write_rows(self.conn, [row], [(n, gid) for n in [name, *aliases] if n])
        self.invalidate()
        return gid

    def _admin_key(
        self, country: str, value: str | None, level: int, parent: str | None = None
    ) -> str | None:
        if not value:
            return None
        if value.upper().startswith(country + "."):
            return value
        stem = unit_stem(value)
        for key, row in self.admins().items():
            same_unit = row[2] == level and key.startswith(country + ".") and unit_stem(row[0]) == stem
            if same_unit and (parent is None or key.startswith(parent)):
                return key
        return None

    def import_places(self, rows: Iterable[dict[str, str]], source: str = "curated") -> int:
        """Add places from CSV-like rows (name, aliases '|'-separated, lat, lon, country, admin1, admin2)."""
        count = 0
        for r in rows:
            aliases = [a.strip() for a in (r.get("aliases") or "").split("|") if a.strip()]
            admin2 = (r.get("admin2") or "").strip() or None
            gid, country = (r.get("geonameid") or "").strip(), r["country"].strip().upper()
            population = self._drop_misplaced(gid, country, (r.get("admin1") or "").strip() or None, admin2)
            self.add_place(
                r["name"].strip(),
                float(r["lat"]),
                float(r["lon"]),
                r["country"].strip(),
                (r.get("admin1") or "").strip() or None,
                admin2,
                aliases,
                source=source,
                population=population,
            )
            count += 1
        return count

    def _drop_misplaced(
        self, geonameid: str, country: str, admin1: str | None, admin2: str | None = None
    ) -> int:
        """A checked row naming a GeoNames id that GeoNames puts in another country or first-order unit
        replaces that row (cities500 lists Mauritania's Adel Bagrou as a Malian 'Abdel Begrou' in Bamako
        region, and Taraba's Takum in Benue State). So does a row naming another second-level unit than the
        nearest seat's (Cameroon's Bafut and Bali are in Mezam, though Momo's seat Mbengwi is nearer): that
        row takes the place's population, as it is the same place. Returns the population so taken, else 0."""
        if not geonameid.isdigit():
            return 0
        entry = self.get(int(geonameid))
        if entry is None:
            return 0
        unit = self._admin_key(country, admin1, 1)
        misplaced = entry.country != country or (unit is not None and entry.admin1 != unit)
        unit2 = self._admin_key(country, admin2, 2, parent=unit or entry.admin1)
        regrouped = not misplaced and unit2 is not None and entry.admin2 != unit2
        if misplaced or regrouped:
            with self.conn:
                self.conn.execute("DELETE FROM names WHERE geonameid = ?", (entry.geonameid,))
                self.conn.execute("DELETE FROM places WHERE geonameid = ?", (entry.geonameid,))
            self.invalidate()
        return entry.population if regrouped else 0

    def import_places_csv(self, path: str) -> int:
        """Import a places CSV file (see :meth:`import_places`)."""
        with open(path, encoding="utf-8", newline="") as fh:
            return self.import_places(csv.DictReader(r for r in fh if not r.startswith("#")), source="user")

    def import_geonames(self, path: str, batch: int = 20_000) -> int:
        """Import a GeoNames dump (country/allCountries/cities, admin codes, alternateNames); returns rows."""
        from sahelwatch.geo.geonames_import import import_file

        count = import_file(self, path, batch)
        self.invalidate()
        return count


def open_lines(path: str) -> Iterator[str]:
    """Lines of a text file or of the .txt member of a .zip, streamed."""
    if path.endswith(".zip"):
        with zipfile.ZipFile(path) as zf:
            member = next(n for n in zf.namelist() if n.endswith(".txt") and "readme" not in n.lower())
            with zf.open(member) as raw:
                yield from io.TextIOWrapper(raw, encoding="utf-8")
    else:
        with open(path, encoding="utf-8") as fh:
            yield from fh


@lru_cache(maxsize=4)
def _cached(path: str) -> Gazetteer:
    return Gazetteer.load(path)


def get_gazetteer(path: str | None = None) -> Gazetteer:
    """The process-wide gazetteer for ``path`` (default location), opened once."""
    return _cached(path or default_path())
