"""Surprise scores of a count against an area's own history, and the spike rule built on them.

``nb_surprise`` is the main score: -log10 of the probability of seeing at least the observed
count under a negative binomial fitted to the history (moment estimates; Poisson when the
history is not over-dispersed), with a weak prior so that a short or empty history does not
make every count infinitely surprising. A score of 3 means "a 1-in-1,000 week for this area".
``robust_log_z`` is an alternative: a median/MAD z-score of log(1 + count).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass

MAX_SCORE = 300.0


@dataclass
class Baseline:
    """What a count was compared with: the history's length, mean and spread."""

    weeks: int
    mean: float
    variance: float
    total: float

    def to_dict(self) -> dict[str, float | int]:
        return {k: round(v, 3) if isinstance(v, float) else v for k, v in asdict(self).items()}


def baseline_of(history: Sequence[float], prior_mean: float = 0.5, prior_weeks: float = 2.0) -> Baseline:
    """The history's mean (shrunk towards ``prior_mean`` by ``prior_weeks`` pseudo-weeks) and variance."""
    n = len(history)
    total = float(sum(history))
    mean = (total + prior_mean * prior_weeks) / (n + prior_weeks)
    if n >= 4:
        raw_mean = total / n
        variance = sum((x - raw_mean) ** 2 for x in history) / (n - 1)
    else:
        variance = mean
    return Baseline(weeks=n, mean=mean, variance=max(variance, mean), total=total)


def nb_surprise(observed: float, history: Sequence[float], prior_mean: float = 0.5) -> tuple[float, Baseline]:
    """(-log10 P(X >= observed), baseline) under a negative binomial fitted to ``history``."""
    base = baseline_of(history, prior_mean=prior_mean)
    if observed <= 0:
        return 0.0, base
    from scipy import stats  # imported here: a brief that never scores should not pay for scipy

    k = math.ceil(observed) - 1
    if base.variance > base.mean * 1.0001:
        size = base.mean**2 / (base.variance - base.mean)
        tail = stats.nbinom.sf(k, size, size / (size + base.mean))
    else:
        tail = stats.poisson.sf(k, base.mean)
    return _to_score(tail), base


def robust_log_z(observed: float, history: Sequence[float], floor: float = 0.5) -> float:
    """(log1p(observed) - median) / (1.4826 * MAD), with the spread floored at ``floor``."""
    if not history:
        return math.log1p(observed) / floor
    logs = sorted(math.log1p(x) for x in history)
    median = _median(logs)
    mad = _median(sorted(abs(x - median) for x in logs))
    return (math.log1p(observed) - median) / max(1.4826 * mad, floor)


@dataclass
class SpikeRule:
    """When a count is a spike: surprising, large enough, and at least ``min_ratio`` times the baseline."""

    threshold: float = 3.0
    min_count: float = 3
    min_ratio: float = 2.0
    baseline_weeks: int = 26
    score: str = "nb"  # nb | logz

    def evaluate(self, observed: float, history: Sequence[float]) -> tuple[bool, float, Baseline]:
        """(is it a spike, its score, the baseline) for one window's count."""
        history = list(history)[-self.baseline_weeks :]
        base = baseline_of(history)
        if self.score == "logz":
            score = robust_log_z(observed, history)
        else:
            score, base = nb_surprise(observed, history)
        raw_mean = base.total / base.weeks if base.weeks else 0.0
        big_enough = observed >= self.min_count and observed >= self.min_ratio * raw_mean
        return bool(big_enough and score >= self.threshold), score, base


def _to_score(tail: float) -> float:
    return MAX_SCORE if tail <= 0 else min(MAX_SCORE, max(0.0, -math.log10(tail)))


def _median(sorted_values: Sequence[float]) -> float:
    n = len(sorted_values)
    mid = n // 2
    return sorted_values[mid] if n % 2 else (sorted_values[mid - 1] + sorted_values[mid]) / 2
