"""Scoring of geoparsing predictions (CamCoder's figures)."""

from __future__ import annotations

import math

import pytest

from sahelwatch.evaluate.geoparse import MAX_ERROR_KM, score_errors
from sahelwatch.geo.distance import haversine_km


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


def test_ucdp_aec_place_precision_on_articles_of_our_own(tmp_path):
    import json

    from sahelwatch.evaluate.geoparse import evaluate_ucdp_aec

    rows = [
        {
            "id": 1,
            "source_article": "The Syrian Observatory for Human Rights said SDF men were killed in Hama.",
            "location_root_name": "Syria",
            "location_adm1_name": "Hamah governorate",
        },
        {
            "id": 2,
            "source_article": "Gunmen attacked Seytenga in Burkina Faso's Sahel region on Saturday.",
            "location_root_name": "Burkina Faso",
            "location_adm1_name": "Sahel region",
        },
    ]
    path = tmp_path / "aec.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    errors: list = []
    figures = evaluate_ucdp_aec(str(path), errors_out=errors)
    assert figures["articles"] == 2 and figures["dominant_country_accuracy"] == 1.0
    assert figures["place_country_precision"] == 1.0 and errors == []
    assert figures["gold_adm1_among_places"] == 1.0
