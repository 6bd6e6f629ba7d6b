"""Scoring of geoparsing predictions (CamCoder's figures)."""

from __future__ import annotations

import math

import pytest

from sahelwatch.evaluate.geoparse import MAX_ERROR_KM, haversine_km, score_errors


def test_haversine_known_distance():
    # Niamey -> Ouagadougou is roughly 400 km
    assert 380 < haversine_km(13.51, 2.11, 12.37, -1.53) < 430
    assert haversine_km(0, 0, 0, 0) == 0


def test_score_errors_counts_unresolved_as_max_error():
    figures = score_errors([0.0, 100.0, 200.0, MAX_ERROR_KM], unresolved=1)
    assert figures.accuracy_161 == pytest.approx(0.5)
    assert figures.median_error_km == pytest.approx(150.0)
    expected_auc = (
        (0 + math.log(101) + math.log(201) + math.log(1 + MAX_ERROR_KM)) / 4 / math.log(1 + MAX_ERROR_KM)
    )
    assert figures.auc == pytest.approx(expected_auc)
    assert score_errors([], 0).toponyms == 0
