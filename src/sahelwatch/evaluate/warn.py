"""Backtest of the spike rule on real event timelines (UCDP GED sample and UCDP-AEC labels).

Events from all files are pooled and de-duplicated on their UCDP GED id, then summed into weekly
fatality series (UCDP best estimate) per (country, admin1), from the area's first to its last
event week, zero-filled. A week *w* is a **jump** when its deaths are at least ``jump_ratio`` (2)
times the mean of the 4 weeks before it and at least ``min_jump`` deaths. The rule is run on every
week *t* with only the data up to *t* (its last ``baseline_weeks`` weeks as history):

* recall (early warning): share of the weeks that preceded a jump (t = w - 1) that were flagged;
* false alert rate: share of the other weeks that were flagged;
* detection recall: share of the jump weeks themselves flagged in the same week;
* chance recall: a rule flagging the same share of weeks at random has recall = its flag rate.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from sahelwatch.warn.periods import week_key, weeks_between
from sahelwatch.warn.scores import SpikeRule

SAHEL = {"Niger", "Mali", "Burkina Faso", "Nigeria", "Chad", "Mauritania"}
DEFAULT_FILES = (
    "ucdp-ged-sample/ucdpged_v23_1_sample1000.csv",
    "ucdp-aec/train-labels.jsonl",
    "ucdp-aec/validation-labels.jsonl",
)


@dataclass
class Record:
    ged_id: str
    country: str
    admin1: str
    day: str
    deaths: int


@dataclass
class Score:
    """Backtest figures of one rule on one set of series."""

    rule: str
    areas: int
    weeks: int
    jumps: int
    flagged: int
    recall: float
    false_alert_rate: float
    precision: float
    detection_recall: float
    chance_recall: float


def default_paths(shared_data: Path | None = None) -> list[Path]:
    """The UCDP files in ``../shared/data`` (beside the repository, else beside the working directory)."""
    if shared_data is None:
        beside_repo = Path(__file__).resolve().parents[3].parent / "shared" / "data"
        shared_data = beside_repo if beside_repo.exists() else Path.cwd().parent / "shared" / "data"
    return [shared_data / name for name in DEFAULT_FILES]


def load_records(paths: Iterable[Path]) -> list[Record]:
    """Events with a day, a country and an admin1 from UCDP GED CSV and UCDP-AEC JSONL, de-duplicated."""
    seen: dict[str, Record] = {}
    for path in paths:
        rows = _ged_rows(path) if path.suffix == ".csv" else _aec_rows(path)
        for record in rows:
            if record.admin1 and record.day and record.ged_id not in seen:
                seen[record.ged_id] = record
    return list(seen.values())


def _ged_rows(path: Path) -> Iterable[Record]:
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            yield Record(
                row["id"], row["country"], row["adm_1"], row["date_start"][:10], int(row["best"] or 0)
            )


def _aec_rows(path: Path) -> Iterable[Record]:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                deaths = sum(
                    int(row.get(k) or 0)
                    for k in ("deaths_side_a", "deaths_side_b", "deaths_civilian", "deaths_unknown")
                )
                yield Record(
                    str(row["id"]),
                    row["location_root_name"],
                    row["location_adm1_name"] or "",
                    (row["start_date"] or "")[:10],
                    deaths,
                )


def weekly_series(records: Iterable[Record]) -> dict[tuple[str, str], list[int]]:
    """(country, admin1) -> weekly deaths from the area's first to its last event week."""
    by_area: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for record in records:
        by_area[(record.country, record.admin1)][week_key(record.day)] += record.deaths
    series = {}
    for area, weeks in by_area.items():
        span = weeks_between(min(weeks), max(weeks))
        series[area] = [weeks.get(w, 0) for w in span]
    return series


def is_jump(series: list[int], week: int, ratio: float = 2.0, min_jump: int = 5, window: int = 4) -> bool:
    """Whether ``series[week]`` is at least ``ratio`` times the mean of the ``window`` weeks before."""
    before = series[max(0, week - window) : week]
    if not before:
        return False
    mean = sum(before) / len(before)
    return series[week] >= min_jump and series[week] >= ratio * mean


def backtest(
    series: dict[tuple[str, str], list[int]], rule: SpikeRule, name: str, min_jump: int = 5
) -> Score:
    """Score ``rule`` as an early warning of jumps (see the module docstring)."""
    counts = defaultdict(int)
    for values in series.values():
        for t in range(1, len(values) - 1):
            history = values[max(0, t - rule.baseline_weeks) : t]
            flagged = values[t] > 0 and rule.evaluate(values[t], history)[0]
            preceding = is_jump(values, t + 1, min_jump=min_jump)
            counts["weeks"] += 1
            counts["flagged"] += flagged
            counts["pre"] += preceding
            counts["hit"] += flagged and preceding
            counts["false"] += flagged and not preceding
            if is_jump(values, t, min_jump=min_jump):
                counts["jumps"] += 1
                counts["detected"] += flagged
    negatives = counts["weeks"] - counts["pre"]
    return Score(
        rule=name,
        areas=len(series),
        weeks=counts["weeks"],
        jumps=counts["pre"],
        flagged=counts["flagged"],
        recall=_ratio(counts["hit"], counts["pre"]),
        false_alert_rate=_ratio(counts["false"], negatives),
        precision=_ratio(counts["hit"], counts["flagged"]),
        detection_recall=_ratio(counts["detected"], counts["jumps"]),
        chance_recall=_ratio(counts["flagged"], counts["weeks"]),
    )


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def rules_to_compare() -> list[tuple[str, SpikeRule]]:
    """The alerting rule (first) and variants showing the recall / false-alert trade-off."""
    return [
        ("nb>=3, >=10 deaths (alert default)", SpikeRule(threshold=3.0, min_count=10)),
        ("nb>=2, >=5 deaths", SpikeRule(threshold=2.0, min_count=5)),
        ("nb>=4, >=10 deaths", SpikeRule(threshold=4.0, min_count=10)),
        ("logz>=3, >=10 deaths", SpikeRule(threshold=3.0, min_count=10, score="logz")),
        ("any week with >=10 deaths", SpikeRule(threshold=0.0, min_count=10, min_ratio=0.0)),
    ]


def evaluate_files(paths: Iterable[Path], min_jump: int = 5) -> dict:
    """Backtest figures for all areas and for the Sahel countries, per rule."""
    records = load_records(paths)
    all_series = weekly_series(records)
    sahel = {area: s for area, s in all_series.items() if area[0] in SAHEL}
    result = {"events": len(records), "min_jump": min_jump, "subsets": {}}
    for subset, series in (("all countries", all_series), ("Sahel (NE ML BF NG TD MR)", sahel)):
        result["subsets"][subset] = [
            asdict(backtest(series, rule, name, min_jump)) for name, rule in rules_to_compare()
        ]
    return result


def format_table(result: dict) -> str:
    """Plain-text table of ``evaluate_files`` output."""
    lines = [
        f"{result['events']} UCDP events with admin1 (deduplicated); jump = >=2x the previous 4-week mean "
        f"and >={result['min_jump']} deaths"
    ]
    header = (
        f"{'rule':38} {'areas':>5} {'weeks':>6} {'pre-jump':>8} {'flagged':>7} {'recall':>7} "
        f"{'false-rate':>10} {'precision':>9} {'detect':>7} {'chance':>7}"
    )
    for subset, scores in result["subsets"].items():
        lines += ["", subset, header]
        for s in scores:
            lines.append(
                f"{s['rule']:38} {s['areas']:>5} {s['weeks']:>6} {s['jumps']:>8} {s['flagged']:>7} "
                f"{s['recall']:>7.3f} {s['false_alert_rate']:>10.4f} {s['precision']:>9.3f} "
                f"{s['detection_recall']:>7.3f} {s['chance_recall']:>7.4f}"
            )
    return "\n".join(lines)
