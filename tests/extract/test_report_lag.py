"""The report-lag prior for reports that give no date of their own."""

import json
from datetime import date

from sahelwatch.extract import report_lag
from sahelwatch.extract.report_lag import build_lags, undated_event_date, usual_lag


def _label(country: str, start: str, published: str) -> str:
    return json.dumps({"location_root_name": country, "start_date": start, "source_date": published})


def test_the_usual_lag_is_the_commonest_gap_per_country(tmp_path, monkeypatch):
    monkeypatch.setattr(report_lag, "MIN_EVENTS", 3)
    rows = [_label("Nigeria", f"2020-05-0{d}", f"2020-05-0{d + 1} 10:00") for d in range(1, 5)]
    rows += [_label("Nigeria", "2020-06-01", "2020-06-01")]
    rows += [_label("Syria", "2020-05-01", "2020-05-01")] * 4
    rows += [_label("Yemen (North Yemen)", "2020-05-01", "2020-05-03")] * 3
    rows += [_label("Mali", "2020-05-01", "2020-05-02")] * 2  # too few labels
    rows += [_label("Nigeria", "2005-05-01", "2005-05-04")] * 9  # before PRIOR_SINCE_YEAR
    path = tmp_path / "labels.jsonl"
    path.write_text("\n".join(rows), encoding="utf-8")
    assert build_lags([path]) == {"NG": 1, "YE": 2}


def test_an_undated_report_spans_the_usual_lag_up_to_publication(monkeypatch):
    monkeypatch.setattr(report_lag, "report_lags", lambda: {"NG": 1})
    assert usual_lag("ng") == 1 and usual_lag(None) == 0
    nigeria = undated_event_date(date(2024, 3, 12), "NG")
    assert (nigeria.date_start, nigeria.date_end, nigeria.time_precision) == ("2024-03-11", "2024-03-12", 2)
    niger = undated_event_date(date(2024, 3, 12), "NE")
    assert niger.date_start == niger.date_end == "2024-03-12" and niger.date_prec == 3


def test_the_shipped_lags_are_days_not_weeks():
    lags = report_lag.report_lags()
    assert lags and all(0 < lag <= report_lag.MAX_LAG for lag in lags.values())
