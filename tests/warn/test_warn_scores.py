"""Scores and the spike rule on constructed series; ISO week arithmetic."""

from __future__ import annotations

import random

import pytest

from sahelwatch.warn.periods import parse_week, shift_week, week_key, week_label, weeks_between
from sahelwatch.warn.scores import SpikeRule, nb_surprise, robust_log_z


@pytest.mark.parametrize("level", [0, 1, 3, 7, 25, 120])
@pytest.mark.parametrize("score", ["nb", "logz"])
def test_flat_series_never_alerts(level, score):
    rule = SpikeRule(score=score, min_count=1)
    history = [level] * 26
    flagged, value, _ = rule.evaluate(level, history)
    assert not flagged
    assert value < rule.threshold


@pytest.mark.parametrize("score", ["nb", "logz"])
def test_step_alerts(score):
    rule = SpikeRule(score=score, min_count=3)
    flagged, value, baseline = rule.evaluate(20, [2] * 26)
    assert flagged
    assert value >= rule.threshold
    assert baseline.weeks == 26 and baseline.total == 52


def test_minimum_count_guard_stops_tiny_counts():
    rule = SpikeRule(min_count=3)
    assert not rule.evaluate(2, [0] * 26)[0]  # 0 -> 2 is surprising but too small to matter
    assert rule.evaluate(5, [0] * 26)[0]


def test_ratio_guard_needs_twice_the_usual():
    rule = SpikeRule(min_count=1, min_ratio=2.0, threshold=0.5)
    assert not rule.evaluate(15, [10] * 26)[0]  # 1.5x the usual level


def test_volatile_history_is_less_surprising_than_a_steady_one():
    steady, _ = nb_surprise(20, [4] * 26)
    volatile, _ = nb_surprise(20, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 52] * 2)
    assert steady > 3 * volatile


def test_empty_history_is_shrunk_not_infinite():
    score, baseline = nb_surprise(1, [])
    assert 0 < score < 1
    assert baseline.mean == pytest.approx(0.5)


def test_robust_z_grows_with_the_jump():
    history = [3, 5, 4, 6, 2, 4, 5, 3]
    assert robust_log_z(40, history) > robust_log_z(12, history) > robust_log_z(4, history)


def test_poisson_noise_rarely_alerts():
    rng = random.Random(11)
    rule = SpikeRule(min_count=3)
    series = [sum(rng.random() < 0.05 for _ in range(100)) for _ in range(600)]  # ~Poisson(5)
    flags = [rule.evaluate(series[t], series[t - 26 : t])[0] for t in range(26, len(series))]
    assert sum(flags) / len(flags) < 0.01


def test_iso_weeks():
    assert week_key("2024-03-18") == "2024-W12"
    assert week_key("2021-01-03") == "2020-W53"
    assert shift_week("2024-W01", -1) == "2023-W52"
    assert weeks_between("2023-W52", "2024-W02") == ["2023-W52", "2024-W01", "2024-W02"]
    assert week_label("2024-W12") == "18–24 March 2024"
    with pytest.raises(ValueError):
        parse_week("2023-W53")
    with pytest.raises(ValueError):
        parse_week("March")
