"""GeoNames dump import, hand-made places and search on a temporary gazetteer."""

from __future__ import annotations

import pytest

from sahelwatch.geo.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def sahel_gaz(tmp_path_factory, geo_shared):
    path = tmp_path_factory.mktemp("gaz") / "sahel.sqlite"
    gaz = Gazetteer.load(str(path), build_if_missing=False)
    folder = geo_shared / "geonames"
    for name in ("admin1CodesASCII.txt", "admin2Codes.txt", "NE.txt", "ML.txt", "BF.txt", "MR.txt"):
        assert gaz.import_geonames(str(folder / name)) > 0
    return gaz


def test_imported_village_has_admin_hierarchy(sahel_gaz):
    villages = [e for e in sahel_gaz.candidates("Tongo Tongo") if e.country == "NE"]
    assert villages and all(e.admin1 == "NE.09" for e in villages)
    assert sahel_gaz.admin_name("NE.09") == "Tillabéri Region"


def test_imported_admin1_entry_is_a_unit(sahel_gaz):
    units = [e for e in sahel_gaz.candidates("Tillaberi Region") if e.fcode == "ADM1"]
    assert units and units[0].country == "NE"


def test_add_place_and_search(sahel_gaz, tmp_path):
    gid = sahel_gaz.add_place(
        "Testville Nord", 14.5, 1.5, "NE", admin1="Tillabéri Region", aliases=["Testvil"]
    )
    found = sahel_gaz.candidates("testvil")
    assert [e.geonameid for e in found] == [gid] and found[0].admin1 == "NE.09"
    csv_file = tmp_path / "places.csv"
    csv_file.write_text("name,aliases,lat,lon,country,admin1,admin2\nKoumbri Test,Koumbri T,13.2,-2.1,BF,,\n")
    assert sahel_gaz.import_places_csv(str(csv_file)) == 1
    hits = sahel_gaz.search("Tilaberi")  # misspelt, no accent
    assert any(e.country == "NE" and "Tillab" in e.name for e, _ in hits)
