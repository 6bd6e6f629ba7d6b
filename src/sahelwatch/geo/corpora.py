"""Readers for geoparsing gold corpora: LGL / TR-News ('lgl'), GeoWebNews ('gwn'), GeoVirus ('geovirus'),
WikToR ('wiktor': Wikipedia pages, each about one place named at the given offsets)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field

FORMATS = ("lgl", "gwn", "geovirus", "wiktor")


@dataclass
class GoldToponym:
    """A gold toponym span with its gold coordinates when given."""

    start: int
    end: int
    text: str
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None


@dataclass
class GoldDoc:
    """One article of a gold corpus."""

    doc_id: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)


def _float(node: ET.Element | None) -> float | None:
    try:
        return float(node.text) if node is not None and node.text else None
    except ValueError:
        return None


def _int(value: str | None) -> int | None:
    value = (value or "").strip()
    return int(value) if value.lstrip("-").isdigit() else None


def _first(elem: ET.Element, *tags: str) -> ET.Element | None:
    for tag in tags:
        found = elem.find(f".//{tag}")
        if found is not None:
            return found
    return None


def _span(elem: ET.Element) -> tuple[int, int] | None:
    start = _int(elem.get("start")) if elem.get("start") else _int(getattr(elem.find("start"), "text", None))
    end = _int(elem.get("end")) if elem.get("end") else _int(getattr(elem.find("end"), "text", None))
    return (start, end) if start is not None and end is not None else None


def _gold_toponym(elem: ET.Element, text: str) -> GoldToponym | None:
    span = _span(elem)
    if span is None:
        return None
    phrase = _first(elem, "phrase", "name", "extractedName")
    surface = phrase.text if phrase is not None and phrase.text else text[span[0] : span[1]]
    gaztag = elem.find("gaztag")
    gid = _int(gaztag.get("geonameid")) if gaztag is not None else None
    if gid is None:
        gid = _int(getattr(_first(elem, "geonamesID", "geonameid", "geonamesId"), "text", None))
    lat = _float(_first(elem, "lat", "latitude"))
    lon = _float(_first(elem, "lon", "lng", "longitude"))
    return GoldToponym(span[0], span[1], surface.strip(), lat, lon, gid)


def read_corpus(path: str, fmt: str) -> Iterator[GoldDoc]:
    """Articles of a gold corpus in one of :data:`FORMATS`, with their gold toponyms."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown corpus format {fmt!r}; expected one of {FORMATS}")
    root = ET.parse(path).getroot()
    if fmt == "wiktor":
        yield from _wiktor_pages(root)
        return
    articles = root.iter("article") if root.tag != "article" else iter([root])
    for position, art in enumerate(articles):
        doc_id = art.get("file") or art.get("docid") or art.get("id") or str(position)
        text_node = art.find("text")
        text = text_node.text or "" if text_node is not None else ""
        container = art.find("toponyms") if fmt != "geovirus" else art.find("locations")
        if container is None:
            container = art.find("toponyms") or art.find("locations")
        tags = ("toponym", "location")
        elems = [e for e in (container if container is not None else []) if e.tag in tags]
        toponyms = [t for t in (_gold_toponym(e, text) for e in elems) if t is not None]
        yield GoldDoc(doc_id, text, toponyms)


def _wiktor_pages(root: ET.Element) -> Iterator[GoldDoc]:
    """WikToR: ``<page number=..>`` with ``toponymName``, ``lat``, ``lon``, ``text`` and the offsets of
    every occurrence of the name under ``toponymIndices``; all occurrences share the page's coordinates."""
    for position, page in enumerate(root.iter("page")):
        text = page.findtext("text") or ""
        name = (page.findtext("toponymName") or "").strip()
        lat, lon = _float(page.find("lat")), _float(page.find("lon"))
        toponyms = []
        for elem in page.findall("./toponymIndices/toponym"):
            span = _span(elem)
            if span is not None:
                surface = text[span[0] : span[1]].strip() or name
                toponyms.append(GoldToponym(span[0], span[1], surface, lat, lon))
        yield GoldDoc(page.get("number") or str(position), text, toponyms)
