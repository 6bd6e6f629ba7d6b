"""ACLED's regions, the country fact ACLED's export needs beyond ISO codes (``geo.iso``)."""

from __future__ import annotations

from functools import cache

# ACLED's regions, by ISO 3166-1 alpha-2 code (facts from ACLED's regional coverage).
_ACLED_REGIONS = {
    "Western Africa": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG SH",
    "Middle Africa": "AO CM CF TD CG CD GQ GA ST",
    "Eastern Africa": "BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS TZ UG ZM ZW",
    "Southern Africa": "BW SZ LS NA ZA",
    "Northern Africa": "DZ EG LY MA SD TN EH",
    "Middle East": "BH CY IR IQ IL JO KW LB OM PS QA SA SY TR AE YE",
    "South Asia": "AF BD BT IN MV NP PK LK",
    "Southeast Asia": "BN KH ID LA MY MM PH SG TH TL VN",
    "East Asia": "CN HK JP KP KR MN MO TW",
    "Caucasus and Central Asia": "AM AZ GE KZ KG TJ TM UZ",
    "Europe": "AL AD AT BY BE BA BG HR CZ DK EE FO FI FR DE GI GR HU IS IE IT XK LV LI LT LU MT MD MC ME "
    "NL MK NO PL PT RO RU SM RS SK SI ES SE CH UA GB VA IM JE GG AX",
    "North America": "CA US GL PM BM",
    "Central America": "BZ CR SV GT HN MX NI PA",
    "South America": "AR BO BR CL CO EC FK GF GY PY PE SR UY VE",
    "Caribbean": "AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI",
    "Oceania": "AS AU CK FJ PF GU KI MH FM NR NC NZ NU NF MP PW PG PN WS SB TK TO TV VU WF",
    "Antarctica": "AQ BV TF HM GS",
}


@cache
def _region_of() -> dict[str, str]:
    return {code: region for region, codes in _ACLED_REGIONS.items() for code in codes.split()}


def acled_region(iso2: str | None) -> str | None:
    """ACLED's region for a country."""
    return _region_of().get((iso2 or "").upper())
