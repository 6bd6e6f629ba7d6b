"""Vendor the map's country outlines from the npm package ``world-atlas`` (Natural Earth, public domain).

Run once when the boundaries should be refreshed (needs ``npm``; the output is committed)::

    python -m sahelwatch.web.build_assets            # npm-installs world-atlas@2.0.2 into a temp dir
    python -m sahelwatch.web.build_assets --from node_modules/world-atlas/countries-50m.json

It decodes the 1:50m TopoJSON, keeps the countries whose bounding box meets the
region below (West, North and Central Africa around the Sahel), rounds coordinates
to 0.01 degree and writes ``static/geo/countries.geojson``. No file is fetched at run time.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import tempfile
from pathlib import Path
from typing import Any

WORLD_ATLAS = "world-atlas@2.0.2"
SOURCE_FILE = "countries-50m.json"
REGION = (-26.0, -6.0, 46.0, 38.0)  # min_lon, min_lat, max_lon, max_lat
OUTPUT = Path(__file__).parent / "static" / "geo" / "countries.geojson"
DIGITS = 2
BUILDER = "sahelwatch.web.build_assets"


def decode_arcs(topology: dict[str, Any]) -> list[list[list[float]]]:
    """The topology's arcs as absolute lon/lat positions (undoing quantisation and delta encoding)."""
    scale, translate = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append([x * scale[0] + translate[0], y * scale[1] + translate[1]])
        arcs.append(points)
    return arcs


def ring(indexes: list[int], arcs: list[list[list[float]]]) -> list[list[float]]:
    """One closed ring from arc indexes (a negative index ``~i`` means arc i reversed)."""
    points: list[list[float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def geometry(geom: dict[str, Any], arcs: list[list[list[float]]]) -> dict[str, Any] | None:
    """A GeoJSON geometry from a TopoJSON Polygon or MultiPolygon."""
    if geom["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": [ring(r, arcs) for r in geom["arcs"]]}
    if geom["type"] == "MultiPolygon":
        polygons = [[ring(r, arcs) for r in polygon] for polygon in geom["arcs"]]
        return {"type": "MultiPolygon", "coordinates": polygons}
    return None


def _positions(geom: dict[str, Any]) -> list[list[float]]:
    polygons = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
    return [point for polygon in polygons for r in polygon for point in r]


def meets_region(geom: dict[str, Any], region: tuple[float, float, float, float] = REGION) -> bool:
    """Whether the geometry's bounding box meets ``region``."""
    points = _positions(geom)
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    overlaps_lon = min(lons) <= region[2] and max(lons) >= region[0]
    return overlaps_lon and min(lats) <= region[3] and max(lats) >= region[1]


def rounded(geom: dict[str, Any]) -> dict[str, Any]:
    """The geometry with coordinates rounded and consecutive repeats dropped."""

    def round_ring(points: list[list[float]]) -> list[list[float]]:
        out: list[list[float]] = []
        for lon, lat in points:
            point = [round(lon, DIGITS), round(lat, DIGITS)]
            if not out or out[-1] != point:
                out.append(point)
        return out

    if geom["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": [round_ring(r) for r in geom["coordinates"]]}
    return {"type": "MultiPolygon", "coordinates": [[round_ring(r) for r in p] for p in geom["coordinates"]]}


def regional_countries(topology: dict[str, Any]) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of the countries meeting ``REGION``."""
    arcs = decode_arcs(topology)
    features = []
    for item in topology["objects"]["countries"]["geometries"]:
        geom = geometry(item, arcs)
        if geom is None or not meets_region(geom):
            continue
        properties = {"name": item.get("properties", {}).get("name"), "iso_n3": item.get("id")}
        features.append({"type": "Feature", "properties": properties, "geometry": rounded(geom)})
    source = f"Natural Earth 1:50m via npm {WORLD_ATLAS} ({SOURCE_FILE}), subset by {BUILDER}"
    return {"type": "FeatureCollection", "source": source, "features": features}


def npm_world_atlas(workdir: Path) -> Path:
    """Install world-atlas with npm into ``workdir``; return the path of the 1:50m countries file."""
    subprocess.run(
        ["npm", "install", "--no-audit", "--no-fund", "--silent", "--prefix", str(workdir), WORLD_ATLAS],
        check=True,
    )
    return workdir / "node_modules" / "world-atlas" / SOURCE_FILE


def main(argv: list[str] | None = None) -> None:
    """Build ``static/geo/countries.geojson``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--from", dest="source", type=Path, help="a world-atlas countries-50m.json")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        source = args.source or npm_world_atlas(Path(tmp))
        collection = regional_countries(json.loads(source.read_text(encoding="utf-8")))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(collection, separators=(",", ":")), encoding="utf-8")
    print(f"{len(collection['features'])} countries -> {args.output} ({args.output.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
