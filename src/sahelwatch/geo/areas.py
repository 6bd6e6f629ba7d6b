"""Areas several countries share (Lake Chad): told with one country, the area is that country's unit.

"Dix-huit personnes ont été tuées du côté tchadien du lac Tchad" names no town the gazetteer knows; the
event is in Chad's Lac province, not anywhere in Chad. The areas and their units per country are data
(``data/geo/shared_areas.yaml``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources

import yaml

from sahelwatch.geo.gazetteer import Gazetteer, get_gazetteer
from sahelwatch.geo.resolve import to_place
from sahelwatch.geo.toponyms import Toponym
from sahelwatch.models import Place


def _fold(text: str) -> str:
    """Lower case without accents, offsets kept (one character per character)."""
    return "".join(unicodedata.normalize("NFKD", ch)[0] for ch in text.lower())


@cache
def _areas() -> tuple[tuple[re.Pattern[str], dict[str, int]], ...]:
    path = resources.files("sahelwatch.data").joinpath("geo", "shared_areas.yaml")
    raw = yaml.safe_load(path.read_text("utf-8"))
    areas = []
    for area in (raw.get("areas") or {}).values():
        names = "|".join(re.escape(_fold(n)) for n in sorted(area["names"], key=len, reverse=True))
        units = {str(k): int(v) for k, v in area["units"].items()}
        areas.append((re.compile(rf"(?<![\w-])(?:{names})(?![\w-])"), units))
    return tuple(areas)


def shared_area_unit(text: str, country: str | None, gazetteer: Gazetteer | None = None) -> Place | None:
    """The first-order unit of ``country`` on a shared area that ``text`` names ("lac Tchad" in Chad: Lac),
    at admin1 precision, with the area's words as its span in ``text``; None when the text names none or the
    country has no unit on it."""
    if not country:
        return None
    folded = _fold(text)
    for pattern, units in _areas():
        found = pattern.search(folded)
        if found and country.upper() in units:
            gaz = gazetteer or get_gazetteer()
            entry = gaz.get(units[country.upper()])
            if entry is None:
                return None
            toponym = Toponym(found.start(), found.end(), text[found.start() : found.end()])
            return to_place(entry, toponym, gaz)
    return None

