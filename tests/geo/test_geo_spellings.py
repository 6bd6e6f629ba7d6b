"""Spellings and contexts of toponyms: joined Arabic articles, Latin Extended letters, possessives."""

from __future__ import annotations

from sahelwatch.geo import geoparse
from sahelwatch.geo.build import joined_article, untyped_names
from sahelwatch.geo.normalize import is_latin


def test_joined_article_spellings():
    assert joined_article("Deir ez-Zor") == "Deir Ezzor"
    assert joined_article("Tell as Sultan") == "Tell Assultan"
    assert joined_article("Ras al-Ain") is None  # 'al' is not assimilated before a vowel
    assert joined_article("As Suwayda") is None  # an opening article stays apart


def test_untyped_names_keep_two_word_units_only():
    assert untyped_names(["Maidan Wardak Province", "Eastern Region", "Wardak"]) == ["Maidan Wardak"]


def test_latin_extended_additional_letters_are_latin():
    assert is_latin("Kunaṟ") and is_latin("Ḩamāh")
    assert not is_latin("حماة")


def test_joined_spelling_resolves(gaz):
    places = geoparse("Gunmen shot two men in the eastern countryside of Deir Ezzor.", gazetteer=gaz)
    assert [(p.country, p.admin1) for p in places] == [("SY", "Dayr az Zawr")]


def test_province_after_a_possessive_is_found(gaz):
    places = geoparse("Nine people died in northwest Pakistan's Khyber Pakhtunkhwa province.", gazetteer=gaz)
    assert "Khyber Pakhtunkhwa" in [p.name for p in places]
    kunar = geoparse("Eight fighters were killed in eastern Kunar province.", gazetteer=gaz)
    assert [p.admin1 for p in kunar] == ["Kunaṟ"]


def test_a_neighbourhood_named_after_a_place_is_not_that_place(gaz):
    places = geoparse("A man was shot dead in the Santa Elena Sur neighborhood of Celaya.", gazetteer=gaz)
    assert [p.name for p in places] == ["Celaya"]


def test_places_added_by_hand_get_stable_negative_ids():
    from sahelwatch.geo.gazetteer import user_place_id

    first = user_place_id("Gueskérou", 13.52, 12.8, "NE")
    assert first < 0 and first == user_place_id("Gueskérou", 13.52, 12.8, "NE")
    assert first != user_place_id("Gueskérou", 13.53, 12.8, "NE")


def test_another_spelling_of_a_mid_sized_sahel_town_is_matched(gaz):
    # GeoNames writes Bogué and Tchin Tabaradèn; news writes Boghé and Tchintabaradène
    places = geoparse("Illustrative: a man was shot dead during rioting in Boghe on Tuesday.", gazetteer=gaz)
    assert [(p.name, p.country, p.admin1) for p in places] == [("Bogué", "MR", "Brakna")]
    places = geoparse("Illustrative: gunmen attacked Tchintabaradene on Sunday.", gazetteer=gaz)
    assert [p.country for p in places] == ["NE"]


def test_a_town_named_like_its_region_and_called_a_region_is_the_region(gaz):
    # "Tillabéry" is a spelling of the town only; "la région de" makes it the region
    text = "Illustratif : une patrouille a été attaquée dans la région de Tillabéry, lundi."
    [place] = geoparse(text, gazetteer=gaz)
    assert (place.country, place.admin1, place.where_prec) == ("NE", "Tillabéri", 4)


def test_a_province_by_its_name_before_a_split_or_another_spelling(gaz):
    # Maguindanao, split in 2022: the reports UCDP coded name the old province
    places = geoparse("(Illustrative) Soldiers clashed with rebels in Maguindanao.", gazetteer=gaz)
    assert [(p.country, p.admin2) for p in places] == [("PH", "Maguindanao del Sur")]
    places = geoparse("(Illustrative) A bomb killed two policemen in Daikundi province.", gazetteer=gaz)
    assert [(p.country, p.admin1) for p in places] == [("AF", "Dāykundī")]
