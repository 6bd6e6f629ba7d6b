"""Toponym disambiguation: pick one gazetteer entry per toponym and set precision codes."""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from sahelwatch.geo.gazetteer import Entry, Gazetteer, get_gazetteer
from sahelwatch.geo.normalize import norm
from sahelwatch.geo.toponyms import Toponym, told_as_place
from sahelwatch.models import Place

# Sahel Watch's countries: a town of theirs named outright stands even when the text points elsewhere only
# by demonyms ("three Nigerian traders near Diffa", "Russian mercenaries near Tessalit")
FOCUS_COUNTRIES = frozenset({"NE", "ML", "BF", "NG", "TD", "MR"})
SHORT_ALIAS = 3  # a name this short that is not a place's own name is an abbreviation of it ("Ber", Berlin)
SMALL_PROVINCE = 1_000_000  # people in the packaged cities of a first-order unit
LEVEL_BONUS = {0: 5.0, 1: 4.0, 2: -1.0, 3: -1.0, 4: 0.0}
# Weights of the document-context features (tuned on the LGL, TR-News and GeoVirus dev corpora).
WEIGHTS = {
    "country": 7.0,
    "admin1": 3.0,
    "admin1_present": 2.0,
    "hint": 3.0,
    "capital": 3.0,
    "admin_cue": 3.0,
    "settlement_cue": 3.0,
    "exact_name": 0.5,
    "proximity": 6.0,
    "proximity_km": 80.0,
    "qualifier": 10.0,  # "X, <its state/country>" (not tuned: the text says it outright)
    "capital_namesake": 4.0,  # a national capital over its country's namesake first-order unit
    "county_link": 2.0,  # another name of the text can lie in the same county (admin2)
    "border_cue": 10.0,  # "the Niger border": a country has borders (not tuned: the text says it)
}
_ADMIN_WORDS = {
    "region",
    "province",
    "state",
    "governorate",
    "department",
    "departement",
    "district",
    "county",
    "cercle",
    "prefecture",
    "municipality",
    "commune",
}
_ADMIN_SUFFIX = re.compile(
    r"\b(?:county|parish|district|province|region|governorate|state|department|cercle)$", re.I
)
_TRAILING_ADMIN = re.compile(
    r"\s+(?:region|province|state|governorate|department|district|county|cercle|township|city|town|village"
    r"|municipality|commune|area)$",
    re.I,
)


@dataclass
class Context:
    """Document-level evidence: how strongly each country and admin1 is present.

    What each name contributed is kept too, so that a name is scored against the evidence of the *other*
    names: an ambiguous 'Dublin' said ten times must not vote itself into Ireland.
    """

    countries: Counter = field(default_factory=Counter)
    admin1: Counter = field(default_factory=Counter)
    hint: str | None = None
    own_countries: dict[str, Counter] = field(default_factory=dict)
    own_admin1: dict[str, Counter] = field(default_factory=dict)

    def add(self, name: str, country: str | None, admin1: str | None, weight: float, local: bool) -> None:
        """Record one toponym's vote for its country and, when ``local``, for its admin1 unit."""
        if country:
            self.countries[country] += weight
            self.own_countries.setdefault(name, Counter())[country] += weight
        if local:
            self.admin1[admin1] += weight
            self.own_admin1.setdefault(name, Counter())[admin1] += weight

    def country_share(self, iso: str, name: str | None = None) -> float:
        return _share(self.countries, self.own_countries.get(name or ""), iso)

    def admin1_share(self, key: str | None, name: str | None = None) -> float:
        return _share(self.admin1, self.own_admin1.get(name or ""), key) if key else 0.0


def _share(votes: Counter, own: Counter | None, key: str | None) -> float:
    """Share of ``key`` among the votes, leaving out a name's own votes."""
    total = votes.total() - (own.total() if own else 0.0)
    mine = votes[key] - (own[key] if own else 0.0)
    return mine / total if total > 1e-9 else 0.0


FUZZY_MIN_CHARS = 5  # gold spans: misspellings of names this long are corrected
FUZZY_MIN_CHARS_DETECTED = 8  # detected spans ("near Rest", "village of Waha"): only long names


def candidates_for(gaz: Gazetteer, surface: str, fuzzy_min: int = FUZZY_MIN_CHARS) -> list[Entry]:
    """Exact candidates, then without a trailing admin word ('Tillaberi region'), then fuzzy ones."""
    found = gaz.candidates(surface)
    if not found:
        stripped = _TRAILING_ADMIN.sub("", surface.strip())
        stripped = re.sub(r"^(?:the|la|le|les|l'|l’)\s*", "", stripped, flags=re.I)
        if stripped != surface:
            found = gaz.candidates(stripped)
    demonym = _demonym_country(gaz, surface)
    if demonym and all(e.geonameid != demonym[0].geonameid for e in found):
        found = [*found, *demonym]
    if not found:
        found = _compass_union(gaz, surface)
    if not found and len(norm(surface)) >= fuzzy_min:
        found = gaz.fuzzy(surface)
    return found


_COMPASS = ("north", "south", "east", "west", "central", "northern", "southern", "eastern", "western")


def _compass_union(gaz: Gazetteer, surface: str) -> list[Entry]:
    """A region split into compass-named units ('Darfur' -> North/South/West/... Darfur, 'Kivu' -> North and
    South Kivu): one entry at the centre of the units of one country, when there are two or more."""
    key = norm(surface)
    if not key or len(key) < 4:
        return []
    parts = [
        e
        for word in _COMPASS
        for e in gaz.candidates(f"{word} {key}")
        if e.level in (1, 2) and norm(e.name).endswith(key)
    ]
    units = {e.geonameid: e for e in parts}.values()
    by_country = Counter(e.country for e in units)
    if not by_country or by_country.most_common(1)[0][1] < 2:
        return []
    iso = by_country.most_common(1)[0][0]
    mine = [e for e in units if e.country == iso]
    level = min(e.level for e in mine)
    admin1 = {e.admin1 for e in mine}
    return [
        Entry(
            -(zlib.crc32(f"region:{iso}:{key}".encode()) % 1_000_000_000) - 1,  # stable across runs
            surface,
            sum(e.lat for e in mine) / len(mine),
            sum(e.lon for e in mine) / len(mine),
            "A",
            "ADM1" if level == 1 else "ADM2",
            sum(e.population for e in mine),
            iso,
            admin1.pop() if len(admin1) == 1 and level == 2 else None,
            None,
        )
    ]


_DEMONYM_SUFFIXES = ("ians", "ians", "ian", "ans", "an", "ese", "ish", "is", "i", "s", "n")


def _demonym_country(gaz: Gazetteer, surface: str) -> list[Entry]:
    """'Egyptian' -> Egypt, 'Sudanese' -> Sudan, 'Russians' -> Russia: the country the stem begins."""
    from sahelwatch.geo.countries import DEMONYMS, country_names

    word = norm(surface)
    if word in DEMONYMS or surface.lower() in DEMONYMS:
        entry = gaz.country_entry(DEMONYMS.get(word) or DEMONYMS[surface.lower()])
        return [entry] if entry else []
    if not word.endswith(("ian", "ians", "ese", "ish", "an", "ans", "i", "is")):
        return []
    for suffix in _DEMONYM_SUFFIXES:
        stem = word[: -len(suffix)] if word.endswith(suffix) else ""
        if len(stem) < 4:
            continue
        for name, iso in country_names():
            if name.startswith(stem) and len(name) - len(stem) <= 3:
                entry = gaz.country_entry(iso)
                return [entry] if entry else []
    return []


def _namesake_units(gaz: Gazetteer, entries: list[Entry], toponym: Toponym) -> list[Entry]:
    """A town named like its province and called a region ("la région de Tillabéry", a spelling only the
    town has), or a town also known by its province's name called a region ("the Timbuktu region": the
    town is also "Tombouctou"): the province is a candidate too."""
    if not toponym.admin_type or any(e.level in (1, 2, 3) for e in entries):
        return entries
    towns = [(e, gaz.admin_entry(e.admin1)) for e in entries if e.level == 4]
    alike = [u for e, u in towns
             if u is not None and (norm(u.name) == norm(e.name) or _known_by_unit_name(e, u, gaz))]
    return entries + [u for u in alike if u not in entries]


def _prefer_seats(entries: list[Entry], toponym: Toponym) -> list[Entry]:
    """Drop admin units whose namesake town lies inside them ('Alexandria' the city, not the governorate),
    unless the text calls the place a region/province/state. A town only matching through an alternate
    name ('Montana City' for 'Montana') is no namesake."""
    if toponym.admin_type or _ADMIN_SUFFIX.search(toponym.text):
        return entries
    namesakes = {norm(toponym.text), *(norm(u.name) for u in entries if u.level in (1, 2, 3))}
    towns: dict[tuple[str, str | None], int] = {}
    for e in entries:
        if e.level == 4 and norm(e.name) in namesakes:
            towns[(e.country, e.admin1)] = max(towns.get((e.country, e.admin1), 0), e.population)
    return [e for e in entries if not _seat_dominates(e, towns)]


def _seat_dominates(unit: Entry, towns: dict[tuple[str, str | None], int]) -> bool:
    """A county/department is shadowed by its namesake town; a province too when the town holds most of its
    people or the province is small (a bare 'Ménaka' or 'Tillabéri' is the town, as ACLED codes it)."""
    if unit.level not in (1, 2, 3) or (unit.country, unit.admin1) not in towns:
        return False
    town = towns[(unit.country, unit.admin1)]
    return unit.level > 1 or town >= 0.6 * unit.population or unit.population < SMALL_PROVINCE


def prior(entry: Entry, toponym: Toponym) -> float:
    """Context-free plausibility: size, administrative rank, and cues in the text."""
    score = math.log10(entry.population + 1) + LEVEL_BONUS[entry.level]
    if (toponym.settlement or toponym.near) and entry.level == 1:  # "la localité de Nara", "near Nara": a
        score -= LEVEL_BONUS[1]  # town, not the Japanese prefecture
    if entry.fcode == "PPLC":
        score += WEIGHTS["capital"]
    if entry.level in (1, 2, 3) and (toponym.admin_type or _ADMIN_SUFFIX.search(toponym.text)):
        score += WEIGHTS["admin_cue"] + (2.0 if entry.level > 1 else 0.0)
    if toponym.settlement and entry.level == 4:
        score += WEIGHTS["settlement_cue"]
    if toponym.border and entry.level == 0:
        score += WEIGHTS["border_cue"]
    if norm(entry.name) == norm(toponym.text):
        score += WEIGHTS["exact_name"]
    return score


def _weak(top: Toponym) -> bool:
    """A detected toponym that may well be a common word or part of an organisation's or person's name."""
    return top.common or top.in_name


def _abbreviation(top: Toponym, entry: Entry) -> bool:
    """A town matched by another name of three letters or fewer than its own: an abbreviation ("Ber" for
    Berlin) that a short village name of the Sahel may well be ("près de Ber", Mali): it needs the support of
    another place of the text in that country, or near it, and it does not make the story's country by itself.
    Countries and states go by such codes outright ("en RDC", "Dover, Del.")."""
    key = norm(top.text)
    return entry.level >= 2 and len(key) <= SHORT_ALIAS and norm(entry.name) != key


def _build_context(lists: list[list[Entry]], toponyms: list[Toponym], hint: str | None) -> Context:
    ctx = Context(hint=hint.upper() if hint else None)
    for entries, top in zip(lists, toponyms, strict=True):
        if not entries:
            continue
        best = max(entries, key=lambda e: prior(e, top))
        weight = 2.0 if len({e.country for e in entries}) == 1 else 1.0
        if best.level == 0:
            weight += 1.0
        if _weak(top) or top.border:  # a border is a landmark: the text is about the other side of it
            weight *= 0.25
        local = best.level in (1, 2) or len({e.admin1 for e in entries}) == 1
        ctx.add(norm(top.text), best.country, best.admin1, weight, local)
    return ctx


def _local_bonus(entry: Entry, neighbours: list[Entry]) -> float:
    """Bonus when an adjacent toponym ('X, Texas', 'X in the Y region') contains this entry."""
    bonus = 0.0
    for n in neighbours:
        if n.geonameid == entry.geonameid:
            continue
        if n.level == 0 and n.country == entry.country:
            bonus = max(bonus, 3.0)
        elif n.level in (1, 2, 3) and entry.admin1 and n.admin1 == entry.admin1:
            bonus = max(bonus, 5.0)
    return bonus


def _qualifier_bonus(entry: Entry, qualifiers: list[Entry]) -> float:
    """Strong bonus when the text qualifies the name with the unit holding this entry ('Dublin, Ohio')."""
    bonus = 0.0
    for q in qualifiers:
        if q.geonameid == entry.geonameid or entry.level == 0:
            continue
        if q.level == 0 and q.country == entry.country:
            bonus = max(bonus, WEIGHTS["qualifier"] / 2)
        elif q.level in (1, 2) and entry.admin1 and q.admin1 == entry.admin1:
            bonus = max(bonus, WEIGHTS["qualifier"])
    return bonus


def score(
    entry: Entry,
    toponym: Toponym,
    ctx: Context,
    neighbours: list[Entry],
    qualifiers: list[Entry] | None = None,
) -> float:
    """Full score of one candidate in its document."""
    s = prior(entry, toponym) + _qualifier_bonus(entry, qualifiers or [])
    name = norm(toponym.text)
    s += WEIGHTS["country"] * ctx.country_share(entry.country, name)
    if entry.level > 0:
        share = ctx.admin1_share(entry.admin1, name)
        s += WEIGHTS["admin1"] * share + (WEIGHTS["admin1_present"] if share > 0 else 0.0)
    if ctx.hint and entry.country == ctx.hint:
        s += WEIGHTS["hint"]
    return s + _local_bonus(entry, neighbours)


def _neighbour_entries(i: int, text: str, toponyms: list[Toponym], lists: list[list[Entry]]) -> list[Entry]:
    """Admin/country candidates of toponyms right after this one ('X, Y' or 'X in the Y region')."""
    out: list[Entry] = []
    for j in (i + 1, i + 2):
        if j >= len(toponyms):
            break
        gap = (
            text[toponyms[j - 1].end : toponyms[j].start]
            if j == i + 1
            else text[toponyms[i].end : toponyms[j].start]
        )
        if len(gap) > 40 or "." in gap.replace("St.", ""):
            break
        out.extend(e for e in lists[j] if e.level <= 3)
    return out


_IN = (r"(?:(?:in|au|en|no|na|em)\s+|dans (?:la|le) (?:province|cercle|département|préfecture)"
       r" (?:de la |de l'|de l’|des |du |de )|dans l['’]État (?:de |d['’])"
       r"|(?:no|na|em) (?:estado|província|região|distrito|departamento|círculo|município)"
       r" (?:de |do |da |dos |das ))")
# "Welingara au Mali", "Kiéré, dans la province des Balé", "Sabon Garin, no estado de Zamfara"
_FRENCH_UNIT_BEFORE = re.compile(r"\b(?:province|cercle|département|préfecture|distrito|departamento|círculo"
                                 r"|município)\b")
_QUALIFIER = re.compile(
    rf"(?:\s+(?:village|town|community))?(?:,\s*(?:{_IN})?|\s+{_IN})"
    rf"([A-Z][\w’'\-]*\.?(?: [A-Z][\w’'\-]*\.?)?)"
)


_POSSESSOR = re.compile(r"\b([A-Z][\w\-]*(?: [A-Z][\w\-]*)?)['’]s\s+$")


def _qualifier_entries(gaz: Gazetteer, text: str, top: Toponym) -> list[Entry]:
    """Countries and first-order units written right after a name, whether or not they were detected as
    toponyms: 'Belgrade, Minn.', 'Dublin, Ohio', 'Paris, Texas', 'Tillia, Niger', 'Welingara, no Mali';
    or as its possessor right before it: "Mali's Nara circle"."""
    m = _QUALIFIER.match(text, top.end)
    if m is None:
        m = _POSSESSOR.search(text, max(0, top.start - 40), top.start)
        return _units(gaz, m.group(1).split(" ")[-2:]) if m else []
    words = m.group(1).split(" ")
    typed = _DISTRICT_AFTER.match(text, m.start(1) + len(words[0]))  # "in Damboa Local Government Area"
    unit_before = _FRENCH_UNIT_BEFORE.search(text, top.end, m.start(1))  # ", dans la province des Balé"
    return _units(gaz, words, 2 if typed or unit_before else 1)


# a second-order unit's type after its name: "Sabon Gari in Damboa Local Government Area of Borno State"
_SECOND_LEVEL_WORDS = {"cercle", "departement", "department", "district", "lga"}
_DISTRICT_AFTER = re.compile(
    r"\s+(?:Local Government Area|LGA|local government|district|department|cercle)\b"
)


def _units(gaz: Gazetteer, words: list[str], finest: int = 1) -> list[Entry]:
    """Countries and units down to level ``finest`` named by the first two words, else by the first one."""
    for n in (2, 1) if len(words) == 2 else (1,):
        found = [e for e in gaz.candidates(" ".join(words[:n])) if e.level <= finest]
        if found:
            return found
    return []


def resolve_entries(
    text: str,
    toponyms: list[Toponym],
    country_hint: str | None = None,
    gazetteer: Gazetteer | None = None,
    fallback: bool = False,
) -> list[Entry | None]:
    """The chosen gazetteer entry for each toponym (None when nothing matches).

    With ``fallback`` an unknown name gets the document's dominant first-order unit (or country)
    instead of None: the finest area the text itself points to.
    """
    gaz = gazetteer or get_gazetteer()
    chosen = _choose(text, toponyms, country_hint, gaz)
    if fallback and None in chosen:
        area = _dominant_area(gaz, [e for e in chosen if e is not None])
        chosen = [e if e is not None else area for e in chosen]
    return chosen


def _dominant_area(gaz: Gazetteer, entries: list[Entry]) -> Entry | None:
    """The admin1 unit (else the country) most of the document's resolved places lie in."""
    admin1 = Counter(e.admin1 for e in entries if e.admin1)
    if admin1:
        unit = gaz.admin_entry(admin1.most_common(1)[0][0])
        if unit is not None:
            return unit
    countries = Counter(e.country for e in entries if e.country)
    return gaz.country_entry(countries.most_common(1)[0][0]) if countries else None


def _eastern(gaz: Gazetteer, text: str, top: Toponym) -> list[Entry]:
    """The country meant by a bare name told of its east ("eastern Congo", "Congo's east": the DR Congo)."""
    from sahelwatch.geo.countries import EASTERN_MEANS

    iso = EASTERN_MEANS.get(norm(top.text))
    east = re.search(r"\beast(?:ern)?\s+$", text[max(0, top.start - 9) : top.start], re.I)
    if iso is None or not (east or re.match(r"['’]s\s+east\b", text[top.end : top.end + 9])):
        return []
    entry = gaz.country_entry(iso)
    return [entry] if entry is not None else []


def _choose(
    text: str, toponyms: list[Toponym], country_hint: str | None, gaz: Gazetteer
) -> list[Entry | None]:
    """Two-pass scoring: context features, then proximity to the other local places."""
    fuzzy_min = [FUZZY_MIN_CHARS if t.source == "gold" else FUZZY_MIN_CHARS_DETECTED for t in toponyms]
    lists = [
        _eastern(gaz, text, t) or _prefer_seats(_namesake_units(gaz, candidates_for(gaz, t.text, n), t), t)
        for t, n in zip(toponyms, fuzzy_min, strict=True)
    ]
    lists = _countries_in_lists(gaz, text, toponyms, lists)
    named = _named_countries(text, toponyms, lists)
    lists = [_own_name_at_home(entries, t, named) for entries, t in zip(lists, toponyms, strict=True)]
    ctx = _build_context(lists, toponyms, country_hint)
    hinted = {country_hint.upper()} if country_hint else set()  # "soldado maliano", "soldat malien"
    for iso in document_countries(text) | hinted:  # "Nigerian troops", "Syrian Observatory"
        ctx.countries[iso] += DEMONYM_WEIGHT
    neighbours = [_neighbour_entries(i, text, toponyms, lists) for i in range(len(toponyms))]
    qualifiers = [_qualifier_entries(gaz, text, t) for t in toponyms]
    links = _county_links(lists, toponyms)
    scores = [
        [
            score(e, top, ctx, near, qual) + _linked(e, top, links) + _capital_bonus(e, entries, top, text)
            for e in entries
        ]
        for entries, top, near, qual in zip(lists, toponyms, neighbours, qualifiers, strict=True)
    ]
    chosen: list[Entry | None] = [
        _within_qualifier(entries[max(range(len(entries)), key=s.__getitem__)], qual) if entries else None
        for entries, s, qual in zip(lists, scores, qualifiers, strict=True)
    ]
    anchors = [e for e in chosen if e is not None and e.level >= 2]
    if len(anchors) < 2:
        return _as_told_before(toponyms, chosen, lists)
    return _as_told_before(toponyms, [
        _within_qualifier(_closest(entries, s, anchors), [q for q in qual if q.level == 2])
        if entries
        else None
        for entries, s, qual in zip(lists, scores, qualifiers, strict=True)
    ], lists)


def _as_told_before(toponyms: list[Toponym], chosen: list[Entry | None], lists: list[list[Entry]]
                    ) -> list[Entry | None]:
    """A name told again with no cue of its own is the town it was when the text first called it a town, not
    a namesake province in another country ("near the town of Nara ... their bodies were found near Nara":
    Mali's Nara both times, not Japan's prefecture the second)."""
    cued: dict[str, Entry] = {}
    out = list(chosen)
    for i, top in enumerate(toponyms):
        key = norm(top.text)
        entry = out[i]
        if top.settlement:
            if entry is not None and entry.level == 4 and key not in cued:
                cued[key] = entry
        elif (not top.admin_type and key in cued and entry is not None and entry.level in (1, 2, 3)
              and entry.country != cued[key].country and cued[key] in lists[i]):
            out[i] = cued[key]  # not a namesake unit abroad
    return out


def _named_countries(text: str, toponyms: list[Toponym], lists: list[list[Entry]]) -> set[str]:
    """The countries the text names outright or by a demonym."""
    named = {
        e.country for t, entries in zip(toponyms, lists, strict=True) for e in entries
        if e.level == 0 and e.country and norm(e.name) == norm(t.text)
    }
    return named | story_countries(text)


def _own_name_at_home(entries: list[Entry], toponym: Toponym, named: set[str]) -> list[Entry]:
    """When a place of that very name lies in a Sahel country the text names, a place abroad that only goes
    by it as an alternate name is no candidate ("near Boni" in a round-up of Mali, Niger and Burkina Faso is
    not Bonn). A text that names no country outside the Sahel, or none, counts every Sahel country ("near
    Tonka" is Mali's Tonka, not Tonk in India, which also goes by it). (For any country, this cost 0.003 of
    LGL accuracy.)"""
    key = norm(toponym.text)
    home = FOCUS_COUNTRIES if named <= FOCUS_COUNTRIES else named & FOCUS_COUNTRIES
    if not any(norm(e.name) == key and e.country in home for e in entries):
        return entries
    return [e for e in entries if norm(e.name) == key or e.country in named]


def _closest(entries: list[Entry], scores: list[float], anchors: list[Entry]) -> Entry:
    """The best-scoring entry once proximity to the text's other local places counts."""
    return entries[max(range(len(entries)), key=lambda k: scores[k] + _proximity(entries[k], anchors))]


_LISTED_AFTER = re.compile(r"\b([A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*)?)(?:,|,?\s+(?:and|et|e))\s*$")


def _countries_in_lists(
    gaz: Gazetteer, text: str, toponyms: list[Toponym], lists: list[list[Entry]]
) -> list[list[Entry]]:
    """A country's name listed after another country ("the borders of Chad, Niger, Nigeria and Cameroon")
    is that country, not a namesake unit of the next one (Niger State): the comma joins, it does not
    qualify."""
    out = list(lists)
    for i, top in enumerate(toponyms):
        country = _country(lists[i], top.text)
        m = _LISTED_AFTER.search(text, max(0, top.start - 40), top.start) if country else None
        if m and any(_country(gaz.candidates(n), n) for n in _tail_names(m.group(1))):
            out[i] = [country]
    return out


def _tail_names(words: str) -> list[str]:
    """'Burkina Faso' and 'Faso' for 'Burkina Faso'; the last word alone too."""
    parts = words.split(" ")
    return [words] if len(parts) == 1 else [words, parts[-1]]


def _country(entries: list[Entry], name: str) -> Entry | None:
    """The country ``name`` is the name of, if any."""
    return next((e for e in entries if e.level == 0 and norm(e.name) == norm(name)), None)


def _within_qualifier(entry: Entry, qualifiers: list[Entry]) -> Entry:
    """A town the text places in a country or region it does not lie in ("Welingara, no Mali", and the only
    Welingara is in the Gambia) is an unknown place of that unit: the unit stands for it."""
    if entry.level < 2 or not qualifiers:
        return entry
    for q in qualifiers:
        if (q.level == 0 and q.country == entry.country) or (q.level == 1 and q.admin1 == entry.admin1):
            return entry
        if q.level == 2 and q.admin2 == entry.admin2:
            return entry
    return min(qualifiers, key=lambda q: q.level)


_AFTER_PLACE_COMMA = re.compile(r"[A-Za-z.]\s*,\s*$")


def _capital_bonus(entry: Entry, entries: list[Entry], toponym: Toponym, text: str) -> float:
    """A bare name shared by a national capital and a first-order unit of its country is the capital, as
    news uses it ('talks in Washington'), unless the text calls it a state/province or it qualifies a
    town ('Seattle, Washington')."""
    if entry.fcode != "PPLC" or toponym.admin_type or _ADMIN_SUFFIX.search(toponym.text):
        return 0.0
    same_country = [e.level for e in entries if e.country == entry.country]
    if 1 not in same_country or 0 in same_country or norm(entry.name) != norm(toponym.text):
        return 0.0
    if _AFTER_PLACE_COMMA.search(text[max(0, toponym.start - 3) : toponym.start]):
        return 0.0
    return WEIGHTS["capital_namesake"]


def _county_links(lists: list[list[Entry]], toponyms: list[Toponym]) -> dict[str, set[str]]:
    """admin2 key -> the names with a candidate in it (the county itself or a town inside it)."""
    links: dict[str, set[str]] = {}
    for entries, top in zip(lists, toponyms, strict=True):
        for e in entries:
            if e.admin2 and e.level in (2, 4):
                links.setdefault(e.admin2, set()).add(norm(top.text))
    return links


def _linked(entry: Entry, toponym: Toponym, links: dict[str, set[str]]) -> float:
    """Bonus when another name of the text can lie in the same county (admin2): 'Paris' and 'Henry County'
    pick Paris, Tennessee and Henry County, Tennessee; two towns of one county pick each other."""
    if entry.level not in (2, 4) or not entry.admin2:
        return 0.0
    others = links.get(entry.admin2, set()) - {norm(toponym.text)}
    return WEIGHTS["county_link"] if others else 0.0


def _proximity(entry: Entry, anchors: list[Entry]) -> float:
    """Bonus for lying near the document's other (local) places: toponyms of one story cluster."""
    if entry.level < 2:
        return 0.0
    best = 0.0
    for a in anchors:
        if a.geonameid == entry.geonameid:
            continue
        d = _km(entry.lat, entry.lon, a.lat, a.lon)
        best = max(best, math.exp(-d / WEIGHTS["proximity_km"]))
    return WEIGHTS["proximity"] * best


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance: fast and close enough at these scales."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6371.0 * math.hypot(x, math.radians(lat2 - lat1))


# units below a province that the text may name by their seat town ("la commune de Mondoro", "Tsafe
# district"): the place is the unit, somewhere around the town, not the town itself
_AREA_WORDS = frozenset({
    "commune", "comuna", "municipality", "municipio", "district", "distrito", "department", "departement",
    "departamento", "cercle", "circulo", "county", "prefecture",
})


def precision_codes(entry: Entry, toponym: Toponym) -> tuple[int, int]:
    """(ACLED geo_precision, UCDP where_prec) for an entry found with these cues; a town named as the unit it
    gives its name to ("la commune de Mondoro") is that unit's, as in ACLED: part of a region."""
    if entry.level == 0:
        return 3, 6
    if entry.level == 1:
        return 3, 4
    if entry.level in (2, 3) or (entry.level == 4 and toponym.admin_type in _AREA_WORDS):
        return 2, 3
    if toponym.near:
        return 2, 2
    return 1, 1


def to_place(entry: Entry, toponym: Toponym, gaz: Gazetteer, admin_seat: bool = False) -> Place:
    """A ``models.Place`` for an entry, with its admin names and precision codes."""
    from sahelwatch.geo.countries import country_name

    geo_prec, where_prec = precision_codes(entry, toponym)
    lat, lon = entry.lat, entry.lon
    if admin_seat and entry.level in (1, 2):
        seat = gaz.admins().get(entry.admin2 if entry.level == 2 else entry.admin1 or "")
        if seat and seat[4] is not None:
            lat, lon = seat[4], seat[5]
    return Place(
        name=(country_name(entry.country) or entry.name) if entry.level == 0 else entry.name,
        country=entry.country or None,
        country_name=country_name(entry.country),
        admin1=gaz.admin_name(entry.admin1),
        admin2=gaz.admin_name(entry.admin2),
        latitude=lat,
        longitude=lon,
        geonameid=entry.geonameid,
        feature_code=entry.fcode,
        geo_precision=geo_prec,
        where_prec=where_prec,
        surface=toponym.text,
        start=toponym.start,
        end=toponym.end,
    )


def resolve_toponyms(
    text: str,
    toponyms: list[Toponym],
    country_hint: str | None = None,
    gazetteer: Gazetteer | None = None,
    admin_seat: bool = True,
) -> list[Place]:
    """Resolve toponyms to Places (unresolvable ones are dropped).

    ``admin_seat`` gives province-level places the coordinates of their largest town
    (ACLED's convention) instead of the unit's centroid.
    """
    gaz = gazetteer or get_gazetteer()
    found = resolve_entries(text, toponyms, country_hint, gaz)
    entries = drop_unsupported(text, toponyms, found, country_hint, gaz)
    places = []
    for i, (entry, top) in enumerate(zip(entries, toponyms, strict=True)):
        anchor = _distance_anchor(text, i, toponyms, entries)
        if anchor is not None and (entry is None or _beyond(entry, *anchor)):
            places.append(_near_place(anchor[0], top, gaz))
            continue
        if entry is not None and _stands_for(entry, top, gaz):  # "Mera village in Kebbi State": unknown Mera
            places.append(_fallback_place(entry, top, gaz))
            continue
        if entry is not None:
            place = to_place(entry, top, gaz, admin_seat)
            unit = _named_second_level(text, i, toponyms, entries)
            if unit is not None:  # "Sandaré, dans le cercle de Nioro du Sahel": the text's cercle, not the
                place.admin2 = gaz.admin_name(unit.admin2)  # one of the seat nearest to the town
            places.append(place)
            continue
        if found[i] is not None and _weak(top):  # a dropped common word or name part: no fallback either
            continue
        # a dropped abbreviation ("Ber"): only a unit named after it places it ("Ber, na região de Tombuctu")
        after = found[i] is not None and _abbreviation(top, found[i])
        unit = _enclosing_unit(text, i, toponyms, entries, after_only=after)
        if unit is not None:
            places.append(_fallback_place(unit, top, gaz))
    return places


def _stands_for(entry: Entry, toponym: Toponym, gaz: Gazetteer) -> bool:
    """True when the unit chosen for a name is not one of that name's own entries: the unit the text
    placed an unknown place in stands for it, and the place keeps its own name."""
    if entry.level > 3 or toponym.source == "gold":
        return False
    own = gaz.candidates(toponym.text)
    if entry.level == 1 and any(_known_by_unit_name(e, entry, gaz) for e in own):
        return False  # "the Timbuktu region": the unit itself (its town is also "Tombouctou")
    return all(e.geonameid != entry.geonameid for e in own)


def _known_by_unit_name(town: Entry, unit: Entry, gaz: Gazetteer) -> bool:
    """True when the town lies in the unit and is also known by the unit's name (Timbuktu, "Tombouctou")."""
    return town.level == 4 and town.admin1 == unit.admin1 and any(
        c.geonameid == town.geonameid for c in gaz.candidates(norm(unit.name)))


# "X, situé à 4 km de la ville de Y", "X, about 20 kilometres north of Y": between the two names
_DISTANCE_TO_NEXT = re.compile(
    r"^[^.;()]{0,40}?\b(?P<n>\d+(?:[.,]\d+)?)\s*(?P<unit>km|kilom[eè]tres?|kilometers?|quil[óo]metros?|miles?)"
    r"\s+(?:\w+\s+){0,2}?(?:from|of|de|du|d'|d’|des|do|da)\s*(?:the\s+|la\s+|l'|l’)?"
    r"(?:(?:town|village|city|ville|localit[ée]|commune|cidade|vila|aldeia|localidade)\s+(?:of|de|d'|d’|da|do)\s*)?$",
    re.I,
)
NEAR_SLACK_KM = 30.0  # gazetteer points and reported distances are both rough


def _distance_anchor(
    text: str, i: int, toponyms: list[Toponym], entries: list[Entry | None]
) -> tuple[Entry, float] | None:
    """(the place a toponym is said to lie N km from, N in km) when the next name is that place: "Lada,
    à 4 km de Diffa". Only a settlement or a second-order unit anchors: a country or province is too big."""
    if i + 1 >= len(toponyms) or entries[i + 1] is None or entries[i + 1].level in (0, 1):
        return None
    match = _DISTANCE_TO_NEXT.match(text[toponyms[i].end : toponyms[i + 1].start])
    if match is None:
        return None
    km = float(match["n"].replace(",", "."))
    return entries[i + 1], km * 1.609 if match["unit"].lower().startswith("mile") else km


def _beyond(entry: Entry, anchor: Entry, km: float) -> bool:
    """True when a candidate lies much farther from the anchor than the text says: a homonym elsewhere."""
    return _km(entry.lat, entry.lon, anchor.lat, anchor.lon) > 2 * km + NEAR_SLACK_KM


def _near_place(anchor: Entry, toponym: Toponym, gaz: Gazetteer) -> Place:
    """A place not in the gazetteer (or only as a distant homonym), put at the town it is said to be near
    (ACLED 2: near a known town; UCDP 2: within about 25 km)."""
    place = _fallback_place(anchor, toponym, gaz)
    place.geo_precision, place.where_prec = 2, 2 if anchor.level >= 2 else 3
    return place


DEMONYM_WEIGHT = 1.0
SUPPORT_KM = 400.0  # a place this close to another of the document's places needs no other support
BIG_CITY = 500_000


def document_countries(text: str) -> set[str]:
    """Countries the text points to by demonyms ('Nigerian troops', 'Syrian Observatory'), but not by those
    of hired or advising forces, who serve abroad ('Malian soldiers and Russian mercenaries ... in Moura')."""
    found = set()
    for match in re.finditer(_DEMONYM, text):
        iso = demonym_country(match[0])
        if iso and not _HIRED_AFTER_DEMONYM.match(text, match.end()):
            found.add(iso)
    return found


_DEMONYM = r"\b[A-Z][a-zé]{3,}(?:ians?|ese|is?|ans?|ois|iens?|e)\b"
# a demonym naming forces hired or sent to advise ("Russian mercenaries", "Russian instructors", "Turkish
# military advisers"): they serve in another country than their own
_HIRED_AFTER_DEMONYM = re.compile(
    r"\s+(?:(?:military|security|private)\s+)?(?:mercenar(?:y|ies)|instructors?|advis[eo]rs?|contractors?|"
    r"paramilitar(?:y|ies)|fighters\s+of\s+the\s+wagner|wagner)\b",
    re.I,
)


# a demonym naming the aircraft or guns that strike ("Russian warplanes", "Turkish shelling", "US-led
# coalition jets"): their strikes may be in another country (ground forces are more often in their own)
_STRIKERS_AFTER_DEMONYM = re.compile(
    r"(?:-led)?\s+(?:(?:coalition|military|army|air\s+force|fighter)\s+)?(?:warplanes?|war\s*planes?|jets?|aircraft|"
    r"drones?|helicopters?|gunships?|bombers?|air\s*strikes?|air\s*raids?|strikes|shelling|artillery)\b|"
    r"\s+air\s+forces?\b",
    re.I,
)


def story_countries(text: str) -> set[str]:
    """The countries the text points to by demonyms other than those naming the aircraft or guns that strike:
    "Russian warplanes" may strike elsewhere, a "Russian village" is in Russia. A demonym the text also uses
    otherwise still counts."""
    found = set()
    for match in re.finditer(_DEMONYM, text):
        iso = demonym_country(match[0])
        if iso and not (_STRIKERS_AFTER_DEMONYM.match(text, match.end())
                        or _HIRED_AFTER_DEMONYM.match(text, match.end())):
            found.add(iso)
    return found


def demonym_country(word: str) -> str | None:
    """The country (ISO2) a demonym names: 'Nigerian' NG, 'Austrian' AT; None for other words."""
    from sahelwatch.geo.countries import DEMONYMS

    return DEMONYMS.get(word.lower()) or _demonym_iso(word)


@lru_cache(maxsize=20_000)
def _demonym_iso(word: str) -> str | None:
    from sahelwatch.geo.countries import country_names

    key = norm(word)
    for suffix in _DEMONYM_SUFFIXES:
        stem = key[: -len(suffix)] if key.endswith(suffix) else ""
        if len(stem) < 4:
            continue
        for name, iso in country_names():
            if name.startswith(stem) and len(name) - len(stem) <= 3 and " " not in name:
                return iso
    return None


# the words that call a place a village or a locality: never a capital or a big city
_SMALL_SETTLEMENT_BEFORE = re.compile(
    r"\b(?:localit[ée]|localidade|village|hameau|hamlet|aldeia|povoa[çc][ãa]o|bourgade)\s+(?:of|de|d'|d’|da|do)\s*$",
    re.I,
)


VILLAGE_MAX = 100_000  # people: a place a report calls a village or a locality is smaller than this


def _village_of_a_city(text: str, top: Toponym, entry: Entry) -> bool:
    """True when the text calls a village or a locality by the name of a city ("le village de Kobe"): a
    village missing from the gazetteer, not that city."""
    head = text[max(0, top.start - 30) : top.start]
    village = _SMALL_SETTLEMENT_BEFORE.search(head) is not None
    return village and entry.level == 4 and entry.population >= VILLAGE_MAX


def drop_unsupported(
    text: str,
    toponyms: list[Toponym],
    entries: list[Entry | None],
    country_hint: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> list[Entry | None]:
    """Detected places (not gold spans) in a country nothing else in the text points to and far from every
    other place are dropped ('Fino' -> Fino Mornasco in a Kenyan story, 'Gulf Cartel' -> Gulf, Papua New
    Guinea), unless they are countries, capitals or big cities named outright. Weak toponyms (dictionary
    words, parts of longer names, fuzzy matches) need such support even then.
    """
    if all(t.source == "gold" for t in toponyms):
        return entries
    gaz = gazetteer or get_gazetteer()
    borders = {e.country for t, e in zip(toponyms, entries, strict=True) if t.border and e and e.level == 0}
    named = story_countries(text) - borders  # "near the Niger border": a landmark, not the story's country
    votes: Counter = Counter({iso: 1.5 for iso in named})
    # a text about the Sahel, or naming no country: a short name there is no abbreviation of a town abroad
    sahel = not named or bool((named | {(country_hint or "").upper()}) & FOCUS_COUNTRIES)
    if country_hint:
        votes[country_hint.upper()] += 3.0
    for top, entry in zip(toponyms, entries, strict=True):
        if entry is not None and entry.country and not top.border:
            big = entry.level <= 1 or entry.population >= BIG_CITY
            if sahel and _abbreviation(top, entry):
                votes[entry.country] += 0.3
            else:
                votes[entry.country] += (0.3 if _weak(top) else 1.0) + (0.5 if big else 0.0)
    home = votes.most_common(1)[0][0] if votes else None
    strong = [
        (norm(t.text), e)
        for t, e in zip(toponyms, entries, strict=True)
        if e is not None and not _weak(t) and not t.border and not (sahel and _abbreviation(t, e))
    ]
    out: list[Entry | None] = []
    for top, entry in zip(toponyms, entries, strict=True):
        if entry is not None and top.source != "gold" and _village_of_a_city(text, top, entry):
            out.append(None)  # "le village de Kobe": an unknown village, not Japan's city
            continue
        if entry is None or top.source == "gold" or entry.country in named:
            out.append(entry)
            continue
        abbreviation = sahel and _abbreviation(top, entry)
        if entry.country == home and not abbreviation:
            out.append(entry)
            continue
        key = norm(top.text)
        others = [e for k, e in strong if k != key]
        fuzzy = norm(entry.name) != key and all(e.geonameid != entry.geonameid for e in gaz.candidates(key))
        weak = _weak(top) or fuzzy or abbreviation
        supported = any(e.country == entry.country for e in others) or any(
            _km(entry.lat, entry.lon, e.lat, e.lon) <= SUPPORT_KM for e in others if e.level >= 1
        )
        if not weak and entry.country in FOCUS_COUNTRIES and not any(e.country == home for _, e in strong):
            out.append(entry)  # its country named by demonym only: "Nigerian traders near Diffa"
            continue
        neighbours = named <= FOCUS_COUNTRIES
        if not weak and entry.country in FOCUS_COUNTRIES and neighbours and told_as_place(text, top):
            out.append(entry)  # a Sahel story naming a neighbour: "killed near Djibo ... Mali has been mired"
            continue
        if not weak and entry.geonameid < 0 and entry.country in FOCUS_COUNTRIES and sahel:
            out.append(entry)  # a checked Sahel place in a round-up of several countries ("near Banibangou")
            continue
        prominent = entry.level == 0 or entry.fcode == "PPLC" or entry.population >= BIG_CITY
        # "na localidade de Ber": a capital matched by a short other name of it is not named outright there
        village = _SMALL_SETTLEMENT_BEFORE.search(text[max(0, top.start - 30) : top.start])
        prominent = prominent and not (village and norm(entry.name) != key)
        # the text calls it a place by the gazetteer's own name for it: "the Timbuktu region", "the town of X"
        called_a_place = bool(top.admin_type or top.settlement) and norm(entry.name) == key
        out.append(entry if supported or ((prominent or called_a_place) and not weak) else None)
    return out


UNIT_AFTER_CHARS = 40  # "Sandaré, dans le cercle de Nioro du Sahel": the unit named right after a town


def _named_second_level(
    text: str, i: int, toponyms: list[Toponym], entries: list[Entry | None]
) -> Entry | None:
    """The department, cercle or LGA the text names right after a town of the same first-level unit ("près
    de Sandaré, dans le cercle de Nioro du Sahel"), when it is not the one the gazetteer gives the town, else
    None."""
    entry, top = entries[i], toponyms[i]
    if entry is None or entry.level < 4 or not entry.admin1:
        return None
    for j in range(i + 1, len(toponyms)):
        t, unit = toponyms[j], entries[j]
        if t.start - top.end > UNIT_AFTER_CHARS or "." in text[top.end : t.start]:
            return None
        if unit is None or not (t.admin_type in _SECOND_LEVEL_WORDS or _DISTRICT_AFTER.match(text, t.end)):
            continue
        if not _LOCATED_IN.search(text[top.end : t.start]) or _JOINED.search(text[top.end : t.start]):
            return None  # "on Rahabah and the adjacent district of Sirwah": another unit, not the town's
        if unit.admin1 == entry.admin1 and unit.admin2 and unit.admin2 != entry.admin2:
            return unit
        return None
    return None


_LOCATED_IN = re.compile(r"\b(?:dans|in|en|au|no|na|em)\b", re.I)
_JOINED = re.compile(r"\b(?:et|and|e|ou|or|adjacent\w*|voisin\w*|neighbou?ring)\b", re.I)


def _enclosing_unit(
    text: str, i: int, toponyms: list[Toponym], entries: list[Entry | None], after_only: bool = False
) -> Entry | None:
    """The finest admin unit or country the text names in the same sentence as an unknown place (after it
    only, with ``after_only``)."""
    sentence_start = max(text.rfind(". ", 0, toponyms[i].start), 0)
    sentence_end = text.find(". ", toponyms[i].end)
    sentence_end = len(text) if sentence_end < 0 else sentence_end
    units = [
        (e, 2 if e.level > 3 else e.level)
        for e, t in zip(entries, toponyms, strict=True)
        if e is not None and sentence_start <= t.start <= sentence_end and not t.border
        # a town the text calls its LGA or cercle ("Bankass cercle", "le cercle de Bankass"): the unit's seat
        and (e.level <= 3 or _DISTRICT_AFTER.match(text, t.end) or t.admin_type in _SECOND_LEVEL_WORDS
             or t.admin_type == "commune")  # "dans la commune de Dori": the commune around its seat
        and not (after_only and t.start < toponyms[i].end)
    ]
    return max(units, key=lambda u: u[1], default=(None, 0))[0]


def _fallback_place(unit: Entry, toponym: Toponym, gaz: Gazetteer) -> Place:
    """An unknown place located by the admin unit around it (ACLED 2/3, UCDP admin level)."""
    place = to_place(unit, toponym, gaz, admin_seat=True)
    place.name = toponym.text
    place.geonameid = None
    place.feature_code = None
    if unit.level == 0:
        place.geo_precision, place.where_prec = 3, 6
    elif unit.level == 1:
        place.geo_precision, place.where_prec = 3, 4
    else:
        place.geo_precision, place.where_prec = 2, 3
    return place
