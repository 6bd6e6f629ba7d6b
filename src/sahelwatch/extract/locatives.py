"""Place phrasing that the gazetteer matcher leaves to the extractor, per language (lexicon ``places``).

- admin units named by their type in a spelling the matcher misses ("région de Tillabéry");
- countries named only as a landmark ("près du Burkina Faso", "non loin du Niger"): not event places;
- one country's side of a shared area, by demonym ("du côté tchadien du lac", "les eaux nigériennes");
- one gathering in several towns ("à Niamey et à Ouallam"): one place each;
- an unknown village placed by the region named after it ("Kolman, ... région de Tillabéry").

A language without a ``places`` section gets none of these rules.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cache
from importlib import resources
from typing import Any

import yaml

from sahelwatch.extract.numbers import load_lexicon
from sahelwatch.geo import Gazetteer, Toponym
from sahelwatch.geo.resolve import FOCUS_COUNTRIES
from sahelwatch.models import Place

_NAME = r"([A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)?)"
_FRENCH_ADMIN_LINK = r"de\s+(?:la\s+|l[’'])?|du\s+|d[’']"  # "région de", "province du", "région d'"


@cache
def _rules(lang: str) -> dict[str, Any]:
    return load_lexicon(lang).get("places") or {}


@cache
def _admin_rx(lang: str) -> re.Pattern[str] | None:
    words, link = _rules(lang).get("admin_before"), _rules(lang).get("admin_link", _FRENCH_ADMIN_LINK)
    return re.compile(rf"\b(?:{words})\s+(?:{link})\s*{_NAME}") if words else None


def admin_toponyms(text: str, lang: str, found: list[Toponym], gazetteer: Gazetteer) -> list[Toponym]:
    """Admin units named after their type ("région de Tillabéry") that ``found`` misses, when the
    gazetteer knows the name, in any spelling, as an admin unit or as a place of a country the text
    names (by a toponym or a demonym)."""
    rx = _admin_rx(lang)
    if rx is None:
        return []
    countries = {e.country for t in found for e in gazetteer.candidates(t.text) if e.level == 0}
    countries |= demonym_countries(text, lang)
    extra = []
    for m in rx.finditer(text):
        start, end = m.span(1)
        if any(t.start < end and start < t.end for t in found):
            continue
        if any(1 <= e.level <= 3 or e.country in countries for e in gazetteer.candidates(m.group(1))):
            extra.append(Toponym(start, end, m.group(1), "cue", admin_type="region"))
    return extra


@cache
def _reference_rx(lang: str) -> re.Pattern[str] | None:
    words = _rules(lang).get("reference")
    return re.compile(rf"\b(?:{words})\s*$", re.I) if words else None


@cache
def _reference_after_rx(lang: str) -> re.Pattern[str] | None:
    words = _rules(lang).get("reference_after")
    return re.compile(words, re.I) if words else None


def is_reference(text: str, place: Place, lang: str) -> bool:
    """True for a country named only as a landmark ("près du Burkina Faso", "near Mali border"): the event is
    not in it."""
    rx, after = _reference_rx(lang), _reference_after_rx(lang)
    if rx is None or place.where_prec < 6 or place.start is None:
        return False
    if after is not None and place.end is not None and after.match(text, place.end):
        return True
    return rx.search(text[max(0, place.start - 40) : place.start].replace("’", "'")) is not None


@cache
def _located_rx(lang: str) -> re.Pattern[str] | None:
    words = _rules(lang).get("country_locative")
    return re.compile(rf"(?:^|[^\w-])(?:{words})\s*$", re.I) if words else None


@cache
def _located_after_rx(lang: str) -> re.Pattern[str] | None:
    words = _rules(lang).get("country_locative_after")
    return re.compile(rf"\s*(?:[,.;:)]|$)|\s+(?:{words})(?![\w-])") if words else None


def is_located_in(text: str, place: Place, lang: str) -> bool:
    """True for a country named as where something happened ("In Mali, the army said ...", "dans le nord
    du Mali"): the sentence's event is there, whatever country the article is mostly about."""
    rx, after = _located_rx(lang), _located_after_rx(lang)
    if rx is None or after is None or place.where_prec < 6 or place.start is None or place.end is None:
        return False
    before = text[max(0, place.start - 40) : place.start].replace("’", "'")
    return rx.search(before) is not None and after.match(text, place.end) is not None  # not "in US strikes"


@cache
def _demonyms(lang: str) -> dict[str, str]:
    """Demonym (lower case, every gender and number) -> ISO2, from ``data/actors.yaml``."""
    raw = yaml.safe_load(resources.files("sahelwatch.data").joinpath("actors.yaml").read_text("utf-8"))
    key = "demonyms" if lang == "en" else f"{lang}_demonyms"
    countries = raw.get("countries") or {}
    return {str(word).lower(): code for code, info in countries.items() for word in info.get(key, [])}


def demonym_countries(text: str, lang: str) -> set[str]:
    """Countries the text names by demonym ("le ministère nigérien")."""
    demonyms = _demonyms(lang)
    return {demonyms[w] for w in re.findall(r"\w+", text.lower()) if w in demonyms}


# countries whose demonym hints where the text's places are: the Sahel and its neighbours, not the nationality
# of kidnapped foreigners ("três engenheiros chineses ... perto de Kita") nor of foreign forces
HINT_COUNTRIES = FOCUS_COUNTRIES | {"CM", "BJ", "TG", "CI", "SN", "GH", "DZ", "LY", "SD", "GN"}


def demonym_hint(text: str, lang: str) -> str | None:
    """The regional country the text names most often by a lower-case demonym ("le ministère nigérien"), as
    a hint for resolving its places; only for languages with place phrasing rules."""
    if not _rules(lang):
        return None
    demonyms = _demonyms(lang)
    counts = Counter(demonyms[w] for w in re.findall(r"\w+", text) if demonyms.get(w) in HINT_COUNTRIES)
    return counts.most_common(1)[0][0] if counts else None


@cache
def _side_rx(lang: str) -> re.Pattern[str] | None:
    side = _rules(lang).get("side")
    return re.compile(rf"\b{side}\b", re.I) if side else None


def side_mentions(text: str, lang: str) -> list[tuple[int, str]]:
    """(offset, ISO2) of every country side the text names ("du côté tchadien", "eaux nigériennes")."""
    rx = _side_rx(lang)
    if rx is None:
        return []
    demonyms = _demonyms(lang)
    return [(m.start(), demonyms[m.group("demonym").lower()]) for m in rx.finditer(text)
            if m.group("demonym").lower() in demonyms]


def side_country(text: str, lang: str) -> str | None:
    """The first country whose side of an area the text names."""
    return next((iso for _, iso in side_mentions(text, lang)), None)


@cache
def _coordination_rx(lang: str) -> re.Pattern[str] | None:
    rules = _rules(lang)
    if not rules.get("coordination"):
        return None
    return re.compile(rf"^\s*(?:\([^)]{{0,40}}\))?\s*(?:{rules['coordination']})\s+$", re.I)


def coordinated_places(text: str, place: Place, others: list[Place], lang: str) -> list[Place]:
    """``place`` and the towns joined to it ("à Niamey et à Ouallam (sud-ouest)"), in text order."""
    rx = _coordination_rx(lang)
    chain = [place]
    if rx is None or place.end is None:
        return chain
    for other in sorted((o for o in others if o.start is not None), key=lambda o: o.start):
        last = chain[-1]
        if other.start > last.end and other.where_prec <= 3 and rx.match(text[last.end : other.start]):
            chain.append(other)
    return chain


QUALIFIER_CHARS = 150  # "Kolman, dans la préfecture de Tira, dans la région de Tillabéry"


def locate_unknown(text: str, places: list[Place]) -> list[Place]:
    """An unknown village that the gazetteer placed only by a country takes the region named right
    after it in the same sentence ("la localité de Kolman, ... dans la région de Tillabéry"), at
    province precision (ACLED 3): the village's own coordinates are not known."""
    out = []
    for i, place in enumerate(places):
        unit = _qualifier(text, place, places[i + 1 :]) or _contradicting_unit(text, place, places[i + 1 :])
        if unit is None:
            out.append(place)
            continue
        out.append(replace(place, country=unit.country, country_name=unit.country_name, admin1=unit.admin1,
                           admin2=None, latitude=unit.latitude, longitude=unit.longitude,
                           geo_precision=3, where_prec=4))
    return out


_UNIT_TYPE = re.compile(r"\b(?:r[ée]gion|region|province|prov[íi]ncia|cercle|d[ée]partement|department"
                        r"|pr[ée]fecture|prefecture|state|estado)\s+(?:of|de|du|des|do|da|d['’])?\s*"
                        r"(?:la\s+|l['’]\s*)?$", re.I)


UNIT_CHARS = 80  # "entre Namsiguia et Djibo, dans la province du Soum"
_CLAUSE_END = re.compile(r"[.!?;]\s")


def _contradicting_unit(text: str, place: Place, later: list[Place]) -> Place | None:
    """The province or region a known town is said to lie in, in the same sentence, when the gazetteer's
    town of that name lies in another region of the country ("entre Namsiguia et Djibo, dans la province
    du Soum": not the Namsiguia of the Bam): the text's unit places it, as for an unknown village."""
    if place.geonameid is None or place.where_prec > 2 or place.end is None or not place.admin1:
        return None
    for other in later:
        if other.start is None or other.start - place.end > UNIT_CHARS:
            return None
        if _CLAUSE_END.search(text[place.end : other.start]):
            return None
        typed = _UNIT_TYPE.search(text[max(0, other.start - 30) : other.start])
        if other.where_prec in (3, 4) and other.admin1 and typed:
            same_country = other.country == place.country
            return other if same_country and other.admin1 != place.admin1 else None
    return None


def _qualifier(text: str, place: Place, later: list[Place]) -> Place | None:
    if place.geonameid is not None or place.where_prec < 6 or place.end is None:
        return None
    for other in later:
        if other.start is None or other.start - place.end > QUALIFIER_CHARS:
            break
        if other.where_prec < 6 and other.admin1 and ". " not in text[place.end : other.start]:
            return other
    return None
