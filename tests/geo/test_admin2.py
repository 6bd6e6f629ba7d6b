"""Departments of Niger and Cameroon, cercles of Mali and districts of Syria for towns GeoNames leaves
without one."""

from __future__ import annotations

import pytest

from sahelwatch.geo.admin2 import MAX_SEAT_KM, Unit, nearest_unit, seat_rows, unit_stem


def _unit_of(gaz, name: str, country: str) -> str | None:
    towns = [e for e in gaz.candidates(name) if e.country == country and e.fclass == "P"]
    assert towns, name
    return gaz.admin_name(towns[0].admin2)


def test_every_listed_unit_is_in_the_default_gazetteer(gaz):
    for row in seat_rows():
        keys = [k for k, v in gaz.admins().items() if v[2] == 2 and k.startswith(row["country"] + ".")]
        assert unit_stem(row["name"]) in {unit_stem(gaz.admin_name(k)) for k in keys}, row


@pytest.mark.parametrize(
    ("town", "country", "unit"),
    [
        ("Banibangou", "NE", "Banibangou"),  # a seat
        ("Inatès", "NE", "Ayérou"),  # a village of the Ayorou department
        ("Diallassagou", "ML", "Bankass"),
        ("Boulkessi", "ML", "Douentza"),
        ("Léré", "ML", "Niafunké"),
        ("Tessit", "ML", "Ansongo"),  # a unit GeoNames has ('Ansongo Cercle') takes the plain name
        ("Hajīn", "SY", "Albu Kamal"),  # Syria's districts, as UCDP names them
        ("As Sukhnah", "SY", "Tadmur"),
        ("Aleppo", "SY", "Jabal Saman"),  # GeoNames' 'Mount Simeon District' (the row's geonames name)
        ("Kumbo", "CM", "Bui"),  # Cameroon's departments
        ("Ekondo Titi", "CM", "Ndian"),
        ("Baidoa", "SO", "Baidoa"),  # Somalia's districts, as UCDP names them
        ("Luuq", "SO", "Luuq"),
        ("Gaalkacyo", "SO", "Galkayo"),  # GeoNames' own unit, renamed
        ("N'Djamena", "TD", "N'Djamena"),  # capitals GeoNames puts in no unit, as UCDP names theirs
        ("Bamako", "ML", "Bamako"),
        ("Abidjan", "CI", "Abidjan"),
    ],
)
def test_towns_take_the_unit_with_the_nearest_seat(gaz, town, country, unit):
    assert _unit_of(gaz, town, country) == unit


def test_a_unit_further_than_the_limit_is_not_taken():
    far = Unit("NE.01.bilma", "NE.01", "Bilma", "Department", 18.69, 12.92)
    assert nearest_unit(18.69, 12.92 - 0.1, [far]) is far
    assert nearest_unit(18.69 - MAX_SEAT_KM / 100, 12.92, [far]) is None
    assert nearest_unit(18.0, 12.0, []) is None


def test_a_checked_cercle_wins_over_the_nearest_seat(gaz):
    # Sandaré lies in the cercle of Nioro du Sahel, though Yélimané's seat is nearer
    assert unit_stem(_unit_of(gaz, "Sandaré", "ML")) == unit_stem("Nioro du Sahel")


@pytest.mark.parametrize(
    ("town", "unit"),
    [
        ("Bafut", "Mezam"),
        ("Bali", "Mezam"),
        ("Babanki", "Mezam"),
        ("Oku", "Bui"),
        ("Tombel", "Koupé-Manengouba"),
    ],
)
def test_a_checked_department_replaces_the_geonames_town_with_the_nearest_seats(gaz, town, unit):
    # Cameroon's Bafut is in Mezam, though Momo's seat Mbengwi is nearer than Bamenda: the checked row
    # replaces the cities500 one (one town only, keeping its population)
    towns = [e for e in gaz.candidates(town) if e.country == "CM" and e.fclass == "P"]
    assert len(towns) == 1 and towns[0].population > 0
    assert gaz.admin_name(towns[0].admin2) == unit



def test_a_unit_only_the_list_names_is_found_only_when_typed(gaz):
    """Cameroon's 'Meme' is a candidate for a name the text types as a unit ('Meme Division'), not a name the
    matcher looks for; a unit named after its seat (Niger's Bosso) adds no second place of that name."""
    from sahelwatch.geo.toponyms import MIN_MATCH_POPULATION

    meme = [e for e in gaz.candidates("Meme") if e.country == "CM"]
    assert [(e.fcode, gaz.admin_name(e.admin2)) for e in meme] == [("ADM2", "Meme")]
    matched = {main for key, _, main, _, _ in gaz.matchable_names(MIN_MATCH_POPULATION) if key == "meme"}
    assert "Meme" not in matched  # Côte d'Ivoire's town Même is, as before
    assert not [e for e in gaz.candidates("Bosso") if e.country == "NE" and e.fcode == "ADM2"]
