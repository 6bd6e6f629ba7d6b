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


def test_a_checked_row_replaces_the_geonames_row_it_names_in_another_country(sahel_gaz, tmp_path):
    # illustrative rows naming real GeoNames ids: Ouindigui (BF, 2356924), Banh (BF, 2362557)
    csv_file = tmp_path / "checked.csv"
    csv_file.write_text("name,aliases,lat,lon,country,admin1,admin2,geonameid\n"
                        "Ouindigui,,13.757,-2.016,ML,,,2356924\n"
                        "Banh,Banh Village,13.79,-2.71,BF,,,2362557\n")
    assert sahel_gaz.import_places_csv(str(csv_file)) == 2
    assert "ML" in {e.country for e in sahel_gaz.candidates("Ouindigui")} and sahel_gaz.get(2356924) is None
    assert sahel_gaz.get(2362557) is not None  # same country: GeoNames' row stays beside the checked one


def test_a_checked_row_replaces_the_geonames_row_it_names_in_another_unit(sahel_gaz, tmp_path):
    # illustrative rows naming real GeoNames ids: Banh (BF, Nord, 2362557), Koumbri (BF, Nord, 2358786)
    csv_file = tmp_path / "checked.csv"
    csv_file.write_text("name,aliases,lat,lon,country,admin1,admin2,geonameid\n"
                        "Banh,,13.79,-2.71,BF,Centre,,2362557\n"
                        "Koumbri,,13.7,-2.05,BF,Nord,,2358786\n")
    koumbri = sahel_gaz.get(2358786)
    assert koumbri is not None and sahel_gaz.admin_name(koumbri.admin1) == "Nord"
    assert sahel_gaz.import_places_csv(str(csv_file)) == 2
    assert sahel_gaz.get(2362557) is None
    assert sahel_gaz.admin_name(sahel_gaz.candidates("Banh")[0].admin1) == "Centre"
    assert sahel_gaz.get(2358786) == koumbri  # the unit GeoNames gives: its row stays


def test_adel_bagrou_is_only_in_mauritania(gaz):
    assert {e.country for e in gaz.candidates("Adel Bagrou")} == {"MR"}


def test_imported_niger_village_takes_its_department(sahel_gaz):
    villages = [e for e in sahel_gaz.candidates("Tongo Tongo") if e.country == "NE"]
    assert villages and all("Ouallam" in (sahel_gaz.admin_name(e.admin2) or "") for e in villages)
