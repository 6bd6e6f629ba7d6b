"""French place phrasing left to the extractor (sentences written for these tests, illustrative)."""

from sahelwatch.extract.locatives import (
    admin_toponyms,
    coordinated_places,
    is_located_in,
    is_reference,
    locate_unknown,
    side_country,
)
from sahelwatch.geo import Toponym, find_toponyms, get_gazetteer, resolve_toponyms
from sahelwatch.models import Place


def test_an_admin_unit_in_another_spelling_is_found_after_its_type():
    # "Tilaberi": a spelling the gazetteer knows but the matcher does not look for
    text = "Illustratif. Une patrouille a été attaquée près du Niger, dans la région de Tilaberi, lundi."
    found = find_toponyms(text, "fr")
    extra = admin_toponyms(text, "fr", found, get_gazetteer())
    assert [t.text for t in extra] == ["Tilaberi"]


def test_an_unknown_admin_name_is_not_added():
    text = "Illustratif. Les faits se sont produits dans la commune de Zzyxwaq, selon un élu."
    assert admin_toponyms(text, "fr", find_toponyms(text, "fr"), get_gazetteer()) == []


def test_a_country_named_as_a_landmark_is_a_reference():
    text = "Illustratif. Six soldats ont été tués dans l'ouest du pays, près du Burkina Faso."
    burkina = Place("Burkina Faso", "BF", where_prec=6, start=text.index("Burkina"), end=len(text) - 1)
    assert is_reference(text, burkina, "fr")


def test_a_country_where_the_event_happened_is_no_reference():
    text = "Illustratif. Six soldats ont été tués au Burkina Faso."
    burkina = Place("Burkina Faso", "BF", where_prec=6, start=text.index("Burkina"), end=len(text) - 1)
    assert not is_reference(text, burkina, "fr")


def test_a_country_a_crowd_targets_is_a_reference():
    text = "Illustratif. Ils ont caillassé l'ambassade de France, pancartes hostiles aux États-Unis."
    france = Place("France", "FR", where_prec=6, start=text.index("France"), end=text.index("France") + 6)
    usa = Place("États-Unis", "US", where_prec=6, start=text.index("États"), end=len(text) - 1)
    assert is_reference(text, france, "fr") and is_reference(text, usa, "fr")


def test_a_country_in_an_organisations_name_is_a_reference():
    text = "Illustratif. Deux chauffeurs ont été tués, selon l'Union des routiers du Sénégal."
    senegal = Place("Senegal", "SN", where_prec=6, start=text.index("Sénégal"), end=len(text) - 1)
    assert is_reference(text, senegal, "fr")


def _country(text: str, name: str, iso: str) -> Place:
    start = text.index(name)
    return Place(name, iso, where_prec=6, start=start, end=start + len(name))


def test_a_country_named_as_where_something_happened_locates_it():
    cases = [
        ("Illustrative. In Mali, the army said it killed 12 militants.", "en", True),
        ("Illustrative. Soldiers were ambushed in northern Mali on Sunday.", "en", True),
        ("Illustratif. Au Mali, l'armée a annoncé avoir tué 12 terroristes.", "fr", True),
        ("Ilustrativo. No Mali, o exército disse ter abatido 12 terroristas.", "pt", True),
        ("Illustrative. Twelve militants died in Mali strikes, the army said.", "en", False),  # a modifier
        ("Illustrative. The army of Mali said it killed 12 militants.", "en", False),
    ]
    for text, lang, expected in cases:
        assert is_located_in(text, _country(text, "Mali", "ML"), lang) is expected, text


def test_a_side_of_a_shared_area_names_its_country():
    assert side_country("Dix personnes ont été tuées du côté tchadien du lac Tchad.", "fr") == "TD"
    assert side_country("Une île située dans les eaux nigériennes du lac.", "fr") == "NE"
    assert side_country("Les soldats tchadiens ont riposté.", "fr") is None
    assert side_country("Ten people were killed on the Chadian side of the lake.", "en") is None


def test_a_gathering_in_two_towns_gives_both_places():
    text = "Illustratif. Des milliers de gens se sont rassemblés à Niamey et à Ouallam (sud-ouest) samedi."
    places = resolve_toponyms(text, find_toponyms(text, "fr"))
    first = next(p for p in places if p.name == "Niamey")
    assert [p.name for p in coordinated_places(text, first, places, "fr")] == ["Niamey", "Ouallam"]


def test_an_unknown_village_takes_the_region_named_after_it():
    text = "Illustratif. L'embuscade a eu lieu près de la localité de Zzyxwaq, dans la région de Tillabéri."
    start = text.index("Zzyxwaq")
    village = Place("Zzyxwaq", "BF", "Burkina Faso", where_prec=6, start=start, end=start + 7)
    region_start = text.index("Tillabéri")
    region = Place("Tillabéri", "NE", "Niger", "Tillabéri", latitude=14.2, longitude=1.45, geonameid=1,
                   where_prec=4, start=region_start, end=region_start + 9)
    located = locate_unknown(text, [village, region])
    assert (located[0].name, located[0].country, located[0].admin1) == ("Zzyxwaq", "NE", "Tillabéri")
    assert located[0].geo_precision == 3


def test_admin_toponyms_skip_spans_already_found():
    text = "Illustratif. Dans la région de Tillabéri, deux villages ont été attaqués."
    found = [Toponym(text.index("Tillabéri"), text.index("Tillabéri") + 9, "Tillabéri")]
    assert admin_toponyms(text, "fr", found, get_gazetteer()) == []


def test_portuguese_demonyms_name_the_country():
    from sahelwatch.extract.locatives import demonym_countries

    assert demonym_countries("Ilustrativo: o exército argelino anunciou a operação.", "pt") == {"DZ"}
    assert demonym_countries("Ilustrativo: os militares burquinenses patrulham a zona.", "pt") == {"BF"}


def test_a_town_said_to_lie_in_another_province_is_placed_by_that_province():
    # illustrative: the gazetteer's Namsiguia is in the Bam (Centre-Nord); the text puts it in the Soum
    text = "Illustratif. Un convoi a été attaqué entre Namsiguia et Djibo, dans la province du Soum."
    places = resolve_toponyms(text, find_toponyms(text, "fr"))
    placed = {p.surface: p.admin1 for p in locate_unknown(text, places)}
    assert placed["Namsiguia"] == "Sahel" and placed["Djibo"] == "Sahel"
    kept = "Illustratif. Un convoi a été attaqué entre Namsiguia et Kongoussi, dans la province du Bam."
    places = resolve_toponyms(kept, find_toponyms(kept, "fr"))
    assert {p.surface: p.admin1 for p in locate_unknown(kept, places)}["Namsiguia"] == "Centre-Nord"


def test_a_unit_named_in_the_next_sentence_does_not_move_a_town():
    text = ("Illustratif. Five people were killed in Tlaquepaque.\nJalisco has more homicides than the State "
            "of Mexico.")
    places = resolve_toponyms(text, find_toponyms(text, "en"))
    assert {p.surface: p.admin1 for p in locate_unknown(text, places)}["Tlaquepaque"] == "Jalisco"


def test_a_country_named_before_its_border_is_a_reference():
    # illustrative headlines: "near Mali border" is a landmark; "Mali's border region" is where it happened
    text = "Ambush kills 11 Nigerien soldiers near Mali border"
    mali = Place("Mali", "ML", where_prec=6, start=text.index("Mali"), end=text.index("Mali") + 4)
    assert is_reference(text, mali, "en")
    text = "Gunmen kill 9 in Mali's border region with Niger"
    mali = Place("Mali", "ML", where_prec=6, start=text.index("Mali"), end=text.index("Mali") + 4)
    assert not is_reference(text, mali, "en")
