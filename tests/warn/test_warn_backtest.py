"""The backtest's jump definition and scoring on constructed series, its file readers, and a run on
the real UCDP GED sample."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from sahelwatch.cli import app
from sahelwatch.evaluate.warn import backtest, is_jump, load_records, weekly_series
from sahelwatch.warn.scores import SpikeRule

GED_HEADER = "id,country,adm_1,date_start,best\n"


def test_jump_needs_twice_the_previous_month_and_a_minimum():
    series = [2, 2, 2, 2, 4, 3, 20]
    assert not is_jump(series, 4)  # twice the usual, but under 5 deaths
    assert is_jump(series, 4, min_jump=4)
    assert not is_jump(series, 5)
    assert is_jump(series, 6)  # 20 >= 2 x mean(2, 2, 4, 3)
    assert not is_jump(series, 0)


def test_backtest_counts_hits_and_false_alerts():
    # quiet weeks 0-29 (1 death), then 15 (week 30) and 60 (week 31) deaths: both are jumps and both
    # spike. Week 30 is flagged and precedes the jump at 31 (a hit); week 29 precedes the jump at 30
    # unflagged (a miss); week 31 is flagged but followed by a quiet week (a false alert).
    series = {("X", "A"): [1] * 30 + [15, 60, 1]}
    score = backtest(series, SpikeRule(min_count=10), "test")
    assert (score.weeks, score.jumps, score.flagged) == (31, 2, 2)
    assert score.recall == 0.5 and score.precision == 0.5 and score.detection_recall == 1.0
    assert score.false_alert_rate == round(1 / 29, 4)
    flat = backtest({("X", "B"): [3] * 60}, SpikeRule(min_count=1), "flat")
    assert flat.flagged == 0 and flat.jumps == 0


def test_readers_pool_and_deduplicate_on_ged_id(tmp_path):
    ged = tmp_path / "ged.csv"
    lines = ["1,Niger,Tillabéri region,2020-01-06,4", "2,Niger,,2020-01-06,3"]
    ged.write_text(GED_HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    aec = tmp_path / "aec.jsonl"
    rows = [
        {"id": 1, "location_root_name": "Niger", "location_adm1_name": "Tillabéri region",
         "start_date": "2020-01-06", "deaths_side_a": 9},
        {"id": 3, "location_root_name": "Niger", "location_adm1_name": "Tillabéri region",
         "start_date": "2020-01-20", "deaths_side_a": 1, "deaths_civilian": 5},
    ]
    aec.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    records = load_records([ged, aec])
    assert sorted(r.ged_id for r in records) == ["1", "3"]  # id 2 has no admin1; id 1 counted once
    assert weekly_series(records) == {("Niger", "Tillabéri region"): [4, 0, 6]}


def test_eval_warn_on_the_real_ged_sample(shared):
    path = shared / "ucdp-ged-sample" / "ucdpged_v23_1_sample1000.csv"
    result = CliRunner().invoke(app, ["eval", "warn", "--labels", str(path)])
    assert result.exit_code == 0, result.output
    assert "nb>=3, >=10 deaths (alert default)" in result.stdout
    assert "Sahel (NE ML BF NG TD MR)" in result.stdout
