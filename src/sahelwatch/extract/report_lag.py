"""How many days after an event the news usually reports it, per country: the prior for a report
that gives no date of its own.

Without a date in the text, the event happened on or shortly before publication. How shortly depends
on where: daily monitors of Syria report the same day, reports from Nigeria's north-east, Mexico or
Cameroon's Anglophone regions usually a day or more later. The lag per country is the most frequent
difference between publication and event start among UCDP-coded reports (the UCDP-AEC *training*
labels, from ``PRIOR_SINCE_YEAR`` on); ``python -m sahelwatch.extract.report_lag LABELS.jsonl``
rebuilds ``data/report_lag.json``. Countries with fewer than ``MIN_EVENTS`` labels keep lag 0.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from datetime import date, timedelta
from functools import cache
from importlib import resources
from pathlib import Path

from sahelwatch.data import label_rows, write_json
from sahelwatch.geo.countries import UCDP_COUNTRY_NAMES, country_of
from sahelwatch.models import EventDate

LAG_FILE = "report_lag.json"
PRIOR_SINCE_YEAR = 2012  # reporting habits change: recent labels only
MIN_EVENTS = 30
MAX_LAG = 3  # a longer usual lag is no guess at a day


@cache
def report_lags() -> dict[str, int]:
    """ISO2 country code -> usual days between an event and its report."""
    text = resources.files("sahelwatch.data").joinpath(LAG_FILE).read_text(encoding="utf-8")
    return json.loads(text)


def usual_lag(country: str | None) -> int:
    return report_lags().get((country or "").upper(), 0)


def undated_event_date(published: date, country: str | None) -> EventDate:
    """The date of an event whose report gives none: the publication day less the country's usual
    lag, as a range ending on the publication day, at week precision."""
    start = published - timedelta(days=usual_lag(country))
    return EventDate(
        start.isoformat(),
        date_start=start.isoformat(),
        date_end=published.isoformat(),
        time_precision=2,
        date_prec=3,
    )


_BY_UCDP_NAME = {name: code for code, name in UCDP_COUNTRY_NAMES.items()}


@cache
def _iso2(ucdp_country: str) -> str | None:
    """The ISO2 code of a country as UCDP names it ("Yemen (North Yemen)" -> "YE")."""
    found = country_of(ucdp_country)
    return _BY_UCDP_NAME.get(ucdp_country) or (found[0] if found else None)


def build_lags(label_files: list[Path]) -> dict[str, int]:
    """The most frequent report lag (0..MAX_LAG days) per country, from UCDP-AEC label rows."""
    lags: dict[str, Counter[int]] = defaultdict(Counter)
    for row in label_rows(label_files):
        start = date.fromisoformat(row["start_date"][:10])
        country = _iso2(row["location_root_name"])
        if start.year < PRIOR_SINCE_YEAR or not country:
            continue
        lags[country][(date.fromisoformat(row["source_date"][:10]) - start).days] += 1
    return {
        country: lag
        for country, counts in sorted(lags.items())
        if counts.total() >= MIN_EVENTS
        for lag, _ in [max(((d, counts[d]) for d in range(MAX_LAG + 1)), key=lambda p: p[1])]
        if lag
    }


def main(argv: list[str]) -> None:
    """Rebuild ``data/report_lag.json`` from UCDP-AEC label files given on the command line."""
    result = build_lags([Path(a) for a in argv])
    target = write_json(LAG_FILE, result)
    print(f"{target}: {len(result)} countries with a usual lag of a day or more")


if __name__ == "__main__":
    main(sys.argv[1:])
