"""Streaming, batched import of GeoNames dump files into a gazetteer."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

from sahelwatch.geo.admin2 import assign_admin2
from sahelwatch.geo.build import write_rows

if TYPE_CHECKING:
    from sahelwatch.geo.gazetteer import Gazetteer

_SKIP_ALT_LANGS = {"link", "post", "iata", "icao", "faac", "tcid", "wkdt", "unlc", "fr_1793", "abbr"}
_KEEP_CLASSES = {"P", "A", "L", "S", "T", "H", "V", "R"}


def import_file(gaz: Gazetteer, path: str, batch: int = 20_000) -> int:
    """Dispatch on the dump's name: admin1/admin2 codes, alternate names, or geoname rows."""
    from sahelwatch.geo.gazetteer import open_lines

    base = os.path.basename(path).lower()
    lines = open_lines(path)
    if base.startswith("admin1codes"):
        return _import_admin(gaz, lines, 1)
    if base.startswith("admin2codes"):
        return _import_admin(gaz, lines, 2)
    if base.startswith("alternatenames"):
        return _import_alternates(gaz, lines, batch)
    return _import_geonames(gaz, lines, batch)


def _import_admin(gaz: Gazetteer, lines: Iterator[str], level: int) -> int:
    rows = []
    existing = gaz.admins()
    for line in lines:
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 4 or not parts[3].isdigit():
            continue
        key, name, _ascii, gid = parts[:4]
        old = existing.get(key)
        kind = old[1] if old else ""
        seat = (old[4], old[5]) if old else (None, None)
        rows.append((key, name, kind, level, int(gid), *seat))
    with gaz.conn:
        gaz.conn.executemany("INSERT OR REPLACE INTO admin VALUES (?,?,?,?,?,?,?)", rows)
    gaz.invalidate()
    return len(rows)


def _geoname_row(parts: list[str]) -> tuple[tuple, list[str]] | None:
    if len(parts) < 15 or not parts[0].isdigit() or parts[6] not in _KEEP_CLASSES:
        return None
    gid, name, ascii_name, alts = int(parts[0]), parts[1], parts[2], parts[3]
    cc, a1, a2 = parts[8], parts[10], parts[11]
    a1_key = f"{cc}.{a1}" if a1 and a1 != "00" else None
    a2_key = f"{a1_key}.{a2}" if a1_key and a2 else None
    row = (
        gid,
        name,
        float(parts[4]),
        float(parts[5]),
        parts[6],
        parts[7],
        int(parts[14] or 0),
        cc,
        a1_key,
        a2_key,
        "geonames",
    )
    return row, [name, ascii_name, *(a for a in alts.split(",") if a)]


def _import_geonames(gaz: Gazetteer, lines: Iterator[str], batch: int) -> int:
    places: list[tuple] = []
    names: list[tuple[str, int]] = []
    count = 0
    for line in lines:
        parsed = _geoname_row(line.rstrip("\n").split("\t"))
        if parsed is None:
            continue
        row, row_names = parsed
        places.append(row)
        seen: set[str] = set()
        for n in row_names:
            if n not in seen:
                seen.add(n)
                names.append((n, row[0]))
        count += 1
        if len(places) >= batch:
            _flush(gaz, places, names)
    _flush(gaz, places, names)
    with gaz.conn:
        assign_admin2(gaz.conn)  # Niger's and Mali's towns come without their department or cercle
    gaz.invalidate()
    return count


def _flush(gaz: Gazetteer, places: list[tuple], names: list[tuple[str, int]]) -> None:
    from sahelwatch.geo.normalize import is_latin

    with gaz.conn:
        write_rows(gaz.conn, places, [(n, g) for n, g in names if is_latin(n)])
    places.clear()
    names.clear()


def _import_alternates(gaz: Gazetteer, lines: Iterator[str], batch: int) -> int:
    names: list[tuple[str, int]] = []
    count = 0
    for line in lines:
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 4 or not parts[1].isdigit() or parts[2] in _SKIP_ALT_LANGS:
            continue
        names.append((parts[3], int(parts[1])))
        count += 1
        if len(names) >= batch:
            _flush(gaz, [], names)
    _flush(gaz, [], names)
    gaz.invalidate()
    return count
