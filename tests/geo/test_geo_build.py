"""Derived centres of countries and subdivisions in the default gazetteer build."""

from __future__ import annotations

from sahelwatch.geo.build import _hull_centroid, _without_outliers, admin_centres
from sahelwatch.geo.distance import haversine_km


def grid(lat0: float, lat1: float, lon0: float, lon1: float, step: float) -> list[tuple[float, float]]:
    n_lat, n_lon = round((lat1 - lat0) / step), round((lon1 - lon0) / step)
    return [(lat0 + i * step, lon0 + j * step) for i in range(n_lat + 1) for j in range(n_lon + 1)]


def test_hull_centroid_follows_the_shape_not_the_crowd():
    # a 4x4 degree unit whose towns crowd into its south-west corner, with a few along its other edges
    crowd = grid(40.0, 40.5, -80.0, -79.5, 0.05)
    edges = [(44.0, -80.0 + i * 0.5) for i in range(9)] + [(40.0 + i * 0.5, -76.0) for i in range(8)]
    lat, lon = _hull_centroid(crowd + edges)
    assert abs(lat - 42.0) < 0.3 and abs(lon + 78.0) < 0.3


def test_stray_town_filed_under_a_far_unit_is_ignored():
    points = grid(32.0, 34.0, 118.0, 120.0, 0.25) + [(37.1, 100.7)]
    assert (37.1, 100.7) not in _without_outliers(points)
    lat, lon = _hull_centroid(points)
    assert abs(lat - 33.0) < 0.2 and abs(lon - 119.0) < 0.2


def test_unit_across_the_antimeridian_keeps_its_centre():
    lat, lon = _hull_centroid([(-16.0, 178.0), (-18.0, 178.0), (-16.0, -179.0), (-18.0, -179.0)])
    assert abs(lat + 17.0) < 0.1 and abs(abs(lon) - 179.5) < 0.1


def test_reference_centres_override_town_centroids(gaz):
    centres = admin_centres()
    for key in ("CA.08", "US.AK"):
        entry = gaz.admin_entry(key)
        assert entry is not None and haversine_km(entry.lat, entry.lon, *centres[key]) < 1


def test_derived_state_centres_lie_near_the_middle(gaz):
    # geographic centres of two states of very unequal town density (US Census Bureau)
    for key, point in (("US.VA", (37.5, -78.85)), ("US.FL", (28.6, -82.4))):
        entry = gaz.admin_entry(key)
        assert haversine_km(entry.lat, entry.lon, *point) < 120


def test_only_the_capital_itself_is_coded_as_capital(gaz):
    washingtons = [e for e in gaz.candidates("Washington") if e.country == "US" and e.level == 4]
    assert len(washingtons) > 3
    assert [e.population > 500_000 for e in washingtons if e.fcode == "PPLC"] == [True]


def test_a_town_geonames_files_under_no_region_takes_the_one_around_it(gaz):
    # Nouakchott is coded for the region split up in 2014; its three successors surround it
    [capital] = [e for e in gaz.candidates("Nouakchott") if e.level == 4]
    assert capital.admin1 is not None and gaz.admin_entry(capital.admin1).name.startswith("Nouakchott")
