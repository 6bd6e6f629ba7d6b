"""Matching, disambiguation, precision codes and fallbacks on illustrative sentences."""

from __future__ import annotations

import pytest

from sahelwatch.geo import country_of, event_location, find_toponyms, geoparse, resolve_toponyms
from sahelwatch.geo.normalize import norm
from sahelwatch.geo.toponyms import Toponym, annotate_cues

TEGUEY = (
    "Gunmen killed 12 civilians near the village of Téguèy in the Tillabéri region on Sunday, officials said."
)


def by_surface(places):
    return {p.surface: p for p in places}


def test_norm_is_accent_and_punctuation_insensitive():
    assert norm("Ménaka") == norm("Menaka") == "menaka"
    assert norm("Deir ez-Zor") == "deir ez zor"


def test_teguey_lands_in_tillaberi_niger(gaz):
    places = by_surface(geoparse(TEGUEY, gazetteer=gaz))
    teguey = places["Téguèy"]
    assert teguey.country == "NE" and teguey.admin1 == "Tillabéri"
    # a curated village (GeoNames 2438915): known coordinates, "near" gives ACLED 2 / UCDP 2
    assert (teguey.geo_precision, teguey.where_prec) == (2, 2)
    assert abs(teguey.latitude - 14.65) < 0.05 and abs(teguey.longitude - 0.54) < 0.05
    region = places["Tillabéri region"]
    assert region.feature_code == "ADM1" and region.country == "NE"


def test_menaka_spellings_resolve_to_the_same_town(gaz):
    accented = geoparse("Fighting was reported in Ménaka on Friday.", gazetteer=gaz)
    plain = geoparse("Fighting was reported in Menaka on Friday.", gazetteer=gaz)
    assert accented[0].geonameid == plain[0].geonameid
    assert accented[0].country == "ML" and (accented[0].geo_precision, accented[0].where_prec) == (1, 1)


def test_macina_is_the_malian_town_of_ke_macina(gaz):
    """Illustrative: the news spelling 'Macina' (GeoNames Ké-Macina), not Machina in Nigeria."""
    [place] = geoparse("Drone strikes hit a gathering near Macina in the Segou region.", gazetteer=gaz)[:1]
    assert (place.name, place.country, place.admin1) == ("Ké-Macina", "ML", "Ségou")


def test_french_cues_and_distance_make_near_precision(gaz):
    text = "Des hommes armés ont attaqué une position à 30 km de Gao, dans la région de Ménaka."
    places = by_surface(geoparse(text, lang="fr", gazetteer=gaz))
    assert (
        places["Gao"].country == "ML" and places["Gao"].where_prec == 2 and places["Gao"].geo_precision == 2
    )
    assert places["Ménaka"].where_prec == 4  # "région de Ménaka" is the admin1 unit


def test_country_context_picks_the_local_homonym(gaz):
    text = "Police in Paris, Texas, said a man was arrested near Dallas."
    places = by_surface(geoparse(text, gazetteer=gaz))
    assert places["Paris"].country == "US"


def test_niger_the_country_is_not_nigerias_niger_state(gaz):
    places = geoparse("Soldiers were killed in western Niger near the border with Mali.", gazetteer=gaz)
    assert places[0].country == "NE" and places[0].where_prec == 6


def test_lowercase_common_words_are_not_toponyms(gaz):
    assert find_toponyms("the police said it was a mobile unit at the university", gazetteer=gaz) == []


def test_a_country_named_as_the_means_of_a_strike_is_no_place(gaz):
    found = find_toponyms("Two men were killed in US drone strikes in Marib on Tuesday.", gazetteer=gaz)
    assert [(t.text, t.acting) for t in found] == [("US", True), ("Marib", False)]
    assert [t.acting for t in find_toponyms("Fighting in Mali soldiers died.", gazetteer=gaz)] == [False]


def test_an_article_and_a_type_word_at_a_sentence_start_are_no_town(gaz):
    text = "Seven were killed by gunmen. The village of Tassia was attacked at dawn."  # no "The Village" (US)
    assert [t.text for t in find_toponyms(text, gazetteer=gaz)] == ["Tassia"]
    assert [t.text for t in find_toponyms("Fighting near Gao and the North West region.", gazetteer=gaz)] == [
        "Gao", "North West region"]


def test_a_mixed_case_acronym_is_no_town(gaz):
    text = "Une colonne des FAMa a quitté Gao mardi."  # "FAMa" is no Fama (Brazil)
    assert [t.text for t in find_toponyms(text, gazetteer=gaz)] == ["Gao"]


@pytest.mark.parametrize(
    ("text", "country"),
    [("Une attaque au Tchad.", "TD"), ("Deux bergers tués en Mauritanie.", "MR"), ("au Cameroun", "CM"),
     ("en Algérie", "DZ"), ("en Côte d'Ivoire", "CI"), ("en Guinée équatoriale", "GQ"), ("en RDC", "CD"),
     ("aux États-Unis", "US"), ("Une attaque au Burkina.", "BF")],
)
def test_french_country_names(gaz, text, country):
    assert [(p.country, p.where_prec) for p in geoparse(text, gazetteer=gaz)] == [(country, 6)]


def test_a_lake_is_not_its_country(gaz):
    assert geoparse("Des pêcheurs ont été enlevés sur le lac Tchad.", gazetteer=gaz) == []


def test_country_hint_breaks_ties(gaz):
    text = "Clashes erupted in Kaya."
    top = [annotate_cues(text, Toponym(19, 23, "Kaya"))]
    assert resolve_toponyms(text, top, country_hint="BF", gazetteer=gaz)[0].country == "BF"


def test_a_demonym_hint_outweighs_a_large_foreign_namesake(gaz):
    """Illustrative: 'Um soldado maliano ... perto de Boni' is Boni in Mali, not Bonn (whose other name is
    Boni); the hint of a French or Portuguese demonym counts as an English demonym does."""
    text = "Um soldado maliano morreu na explosão de uma mina perto de Boni."
    top = [annotate_cues(text, Toponym(59, 63, "Boni"))]
    [place] = resolve_toponyms(text, top, country_hint="ML", gazetteer=gaz)
    assert (place.name, place.country) == ("Boni", "ML")


def test_a_name_called_a_town_is_no_first_order_unit_abroad(gaz):
    """Illustrative: 'la localité de Nara' in a report about Malian soldiers is the Malian town, not the
    Japanese prefecture whose rank and population outweighed the demonym hint."""
    text = "Des soldats maliens ont tué quatre bergers près de la localité de Nara. Nouakchott proteste."
    at, capital = text.index("Nara"), text.index("Nouakchott")
    tops = [annotate_cues(text, Toponym(at, at + 4, "Nara")),
            annotate_cues(text, Toponym(capital, capital + 10, "Nouakchott"))]
    place = resolve_toponyms(text, tops, country_hint="ML", gazetteer=gaz)[0]
    assert (place.name, place.country) == ("Nara", "ML")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # illustrative: a village with a big city's name, in a commune the text names, is that unknown village
        ("Des hommes armés ont attaqué le village de Kobe, dans la commune de Dori, faisant dix morts.",
         "fr"),
        ("Gunmen attacked the village of Kobe in Dori commune on Saturday, killing ten people.", "en"),
    ],
)
def test_a_village_named_like_a_city_is_an_unknown_village_of_its_commune(gaz, text, lang):
    tops = find_toponyms(text, lang=lang, gazetteer=gaz)
    place = resolve_toponyms(text, tops, gazetteer=gaz)[0]
    assert (place.name, place.country, place.geonameid, place.geo_precision) == ("Kobe", "BF", None, 2)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # illustrative: a river named after a country is no mention of the country, and a Sahel village's
        # own name beats a town abroad that only goes by it as an alternate name (Tonk, India)
        ("Jihadists attacked a boat on the Niger River near Tonka on Tuesday, killing 18 people.", "en"),
        ("Des jihadistes ont attaqué un bateau sur le fleuve Niger près de Tonka mardi.", "fr"),
        ("Jihadistas atacaram um barco no rio Níger perto de Tonka na terça-feira.", "pt"),
        ("Jihadists attacked a boat near Tonka on Tuesday, killing 18 people.", "en"),
    ],
)
def test_the_niger_river_is_no_country_and_tonka_is_in_mali(gaz, text, lang):
    tops = find_toponyms(text, lang=lang, gazetteer=gaz)
    assert [t.text for t in tops] == ["Tonka"]
    [place] = resolve_toponyms(text, tops, gazetteer=gaz)
    assert (place.name, place.country) == ("Tonka", "ML")


def test_a_name_told_near_is_no_first_order_unit_abroad(gaz):
    """Illustrative: "near Nara" in a report about Mauritanian herders and Mali's ambassador is the Malian
    town: one is near a town, not near a Japanese prefecture."""
    text = ("Mauritania summoned Mali's ambassador on Tuesday after the killing of seven Mauritanian herders "
            "last week near Nara.")
    tops = [t for t in find_toponyms(text, gazetteer=gaz) if t.text == "Nara"]
    assert tops and tops[0].near
    place = resolve_toponyms(text, find_toponyms(text, gazetteer=gaz), gazetteer=gaz)[-1]
    assert (place.name, place.country) == ("Nara", "ML")


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        # illustrative: a town ending one sentence does not make the next sentence's place a person's name
        ("Sept bergers ont été tués près de Ségou. Bamako a démenti toute implication.", "fr",
         ["Ségou", "Bamako"]),
        ("Gunmen attacked a village near Gao. Kidal was also hit on Monday.", "en", ["Gao", "Kidal"]),
        # a title or an initial before a name still makes it a person's
        ("Gen. Kidal Traoré led the patrol near Gao.", "en", ["Gao"]),
        ("J. Kidal Smith spoke in Gao.", "en", ["Gao"]),
    ],
)
def test_a_town_ending_a_sentence_is_no_title_before_the_next_name(gaz, text, lang, names):
    assert [t.text for t in find_toponyms(text, lang=lang, gazetteer=gaz)] == names


def test_a_french_a_without_its_accent_opens_a_place(gaz):
    """Illustrative: French capitals often drop the accent of "À": "A Niamey, ..." is Niamey, not a longer
    name "A Niamey"."""
    found = find_toponyms("A Niamey, des centaines de personnes ont marché.", lang="fr", gazetteer=gaz)
    assert [t.text for t in found] == ["Niamey"]


def test_a_locality_matching_a_capital_by_another_name_is_not_that_capital(gaz):
    """Illustrative: 'na localidade de Ber' (Mali) matches Berlin only by a short other name; a locality is
    not a capital named outright, so no place in Germany."""
    text = "Um drone matou vinte civis na localidade de Ber, na região de Tombuctu, no norte do Mali."
    assert "DE" not in {p.country for p in geoparse(text, "pt", gazetteer=gaz)}


def test_a_short_other_name_of_a_capital_abroad_is_no_place_of_its_own(gaz):
    """Illustrative: 'Ber' (a Malian village the gazetteer lacks) matches Berlin only by an abbreviation; with
    nothing else pointing to Germany it is no place, and it does not make Germany the story's country."""
    text = "Des hommes armés ont tué trois civils près de Ber dimanche, selon des sources locales."
    assert "DE" not in {p.country for p in geoparse(text, "fr", gazetteer=gaz)}
    text = "Des hommes armés ont tué trois civils entre Ber et Tombouctou dimanche."
    assert {p.country for p in geoparse(text, "fr", gazetteer=gaz)} == {"ML"}


def test_a_short_name_dropped_as_an_abbreviation_takes_only_a_unit_named_after_it(gaz):
    """Illustrative: 'Ber' (no Berlin) is placed by the region named right after it, not by a region
    named before it in the text."""
    text = "Une frappe de drone a tué huit civils à Ber, dans la région de Tombouctou, selon des notables."
    found = {p.surface: p.admin1 for p in geoparse(text, "fr", country_hint="ML", gazetteer=gaz)}
    assert found.get("Ber") == "Tombouctou"
    text = ("Fighters clashed near Tidermène, in the Ménaka region, local sources said.\n\n"
            "The next day, a drone strike hit a gathering in Ber, in the Timbuktu region, killing four.")
    found = {p.surface: p.admin1 for p in geoparse(text, "en", country_hint="ML", gazetteer=gaz)}
    assert found.get("Ber") != "Ménaka"


def test_country_of_names_and_codes():
    assert country_of("Burkina Faso")[0] == "BF"
    assert country_of("NER")[0] == "NE"
    assert country_of("DR Congo")[0] == "CD"
    assert country_of("Atlantis") is None


def test_event_location_prefers_the_governed_place_over_the_origin(gaz):
    text = "Militants from Mali attacked a checkpoint in Torodi, killing four gendarmes."
    places = geoparse(text, gazetteer=gaz)
    trigger = text.index("attacked")
    chosen = event_location(text, trigger, trigger + len("attacked"), places)
    assert chosen is not None and chosen.surface == "Torodi"
    assert event_location(text, 0, 1, []) is None


def test_unknown_place_near_cue_falls_back_to_the_named_region(gaz):
    text = "Gunmen killed at least 12 soldiers near Kolbouari in the Tillabéri region on Saturday."
    place = by_surface(geoparse(text, gazetteer=gaz))["Kolbouari"]
    assert place.country == "NE" and place.admin1 == "Tillabéri" and place.geonameid is None


@pytest.mark.parametrize("text", [
    # illustrative: an unknown village at which the incident happened, placed at once in a named unit
    "Ten soldiers were killed on Saturday in Kolbouari, in Niger's Tillabéri region.",
    "Dix soldats ont été tués samedi à Kolbouari, dans la région de Tillabéri.",
    "Ten soldiers were killed on Saturday in Kolbouari, in northern Tillabéri region.",
])
def test_an_unknown_place_in_a_unit_named_after_it_falls_back_to_the_unit(gaz, text):
    place = by_surface(geoparse(text, gazetteer=gaz))["Kolbouari"]
    assert place.country == "NE" and place.admin1 == "Tillabéri" and place.geonameid is None


def test_an_unknown_place_in_a_part_of_a_country_falls_back_to_the_country(gaz):
    text = "Dix soldats ont été tués samedi à Kolbouari, dans l'ouest du Niger."  # illustrative
    place = by_surface(geoparse(text, gazetteer=gaz))["Kolbouari"]
    assert place.country == "NE" and place.geonameid is None


def test_a_capitalised_word_before_a_unit_is_no_place_unless_governed_by_in_or_at(gaz):
    text = "Ten soldiers were killed at Friday prayers, in the Tillabéri region, said Moussa, in the region."
    assert [p.name for p in geoparse(text, gazetteer=gaz)] == ["Tillabéri"]


def test_unknown_place_without_admin_context_is_dropped(gaz):
    assert [p.surface for p in geoparse("Troops patrolled near Xqzville overnight.", gazetteer=gaz)] == []


def gold_spans(text, names):
    """Gold toponyms for these names, in order of appearance."""
    tops, pos = [], 0
    for name in names:
        start = text.index(name, pos)
        tops.append(annotate_cues(text, Toponym(start, start + len(name), name, "gold")))
        pos = start + len(name)
    return tops


def test_a_repeated_ambiguous_name_does_not_outvote_the_other_names(gaz):
    from sahelwatch.geo.resolve import resolve_entries

    text = (
        "Georgia lawmakers passed the budget. Georgia schools get more money, and Georgia teachers a raise, "
        "the governor said in Atlanta."
    )
    entries = resolve_entries(text, gold_spans(text, ["Georgia"] * 3 + ["Atlanta"]), gazetteer=gaz)
    assert {(e.country, e.fcode) for e in entries[:3]} == {("US", "ADM1")}


def test_a_town_and_a_county_named_together_pick_each_other(gaz):
    from sahelwatch.geo.resolve import resolve_entries

    text = "The Henry County sheriff said the crash happened just outside Paris on Friday night."
    county, town = resolve_entries(text, gold_spans(text, ["Henry County", "Paris"]), gazetteer=gaz)
    assert county.admin1 == town.admin1 == "US.TN" and town.admin2 == county.admin2


def test_a_region_split_into_compass_named_units_is_their_union(gaz):
    from sahelwatch.geo.resolve import resolve_entries

    text = "Aid agencies say fighting in Darfur has displaced thousands."
    (darfur,) = resolve_entries(text, gold_spans(text, ["Darfur"]), gazetteer=gaz)
    assert darfur.country == "SD" and darfur.level == 1
    assert 10 < darfur.lat < 16 and 22 < darfur.lon < 27


def test_a_town_matching_only_by_alternate_name_does_not_hide_the_state(gaz):
    from sahelwatch.geo.resolve import resolve_entries

    text = "Four passengers died when the plane crashed in Montana, the sheriff of Gallatin County said."
    entries = resolve_entries(text, gold_spans(text, ["Montana", "Gallatin County"]), gazetteer=gaz)
    assert (entries[0].country, entries[0].fcode) == ("US", "ADM1")


def test_a_bare_capital_name_is_the_capital_not_the_namesake_state(gaz):
    from sahelwatch.geo.resolve import resolve_entries

    text = "Iranian diplomats held talks in Washington on Monday."
    (place,) = resolve_entries(text, gold_spans(text, ["Washington"]), gazetteer=gaz)
    assert place.fcode == "PPLC" and abs(place.lat - 38.9) < 0.2
    text = "The company moved from Seattle, Washington to Texas."
    place = resolve_entries(text, gold_spans(text, ["Seattle", "Washington", "Texas"]), gazetteer=gaz)[1]
    assert place.fcode == "ADM1" and place.admin1 == "US.WA"


def test_eastern_congo_is_the_dr_congo(gaz):
    places = geoparse("(Illustrative) Gunmen killed 12 people in Beni, eastern Congo.", gazetteer=gaz)
    assert {p.country for p in places} == {"CD"}
    capital = geoparse("(Illustrative) Talks opened in Brazzaville, Congo.", gazetteer=gaz)
    assert {p.country for p in capital} == {"CG"}


def test_portuguese_country_names(gaz):
    assert country_of("Chade")[0] == "TD" and country_of("Costa do Marfim")[0] == "CI"
    # not Benin City (Nigeria) nor Argelia (Colombia)
    for text, iso in (("Dez civis foram mortos no Benim.", "BJ"), ("Soldados foram mortos na Argélia.", "DZ"),
                      ("Rebeldes atacaram uma aldeia nos Camarões.", "CM")):
        assert [p.country for p in geoparse(text, gazetteer=gaz, lang="pt")] == [iso]


def test_portuguese_admin_units_by_type(gaz):
    places = geoparse("Dez soldados morreram na província do Lago, no Chade.", gazetteer=gaz, lang="pt")
    assert (places[0].country, places[0].admin1) == ("TD", "Lac")
    places = geoparse("Bandidos mataram 20 pessoas no estado de Zamfara.", gazetteer=gaz, lang="pt")
    assert (places[0].country, places[0].where_prec) == ("NG", 4)


def test_a_unit_typed_after_a_name_qualifies_it_in_french_and_portuguese(gaz):
    # illustrative sentences: a namesake Sabon Garin lies in Kaduna; the text places this one in Zamfara
    for text, lang in (("Ilustrativo: 42 raptados na aldeia de Sabon Garin, no estado de Zamfara.", "pt"),
                       ("Illustratif : 42 enlevés au village de Sabon Garin, dans l'État de Zamfara.", "fr")):
        places = by_surface(geoparse(text, lang, gazetteer=gaz))
        assert places["Sabon Garin"].admin1 == "Zamfara", text


def test_a_region_typed_after_a_name_qualifies_it_in_portuguese(gaz):
    # illustrative sentence: the gazetteer's only Tassia lies in Tillabéri; the text places this one in the
    # Tahoua region ("na região de", as "no estado de" above)
    text = "Ilustrativo: dez soldados morreram em Tassia, na região de Tahoua, no oeste do Níger."
    places = by_surface(geoparse(text, "pt", gazetteer=gaz))
    assert places["Tassia"].admin1 == "Tahoua"


def test_a_town_placed_in_a_country_it_does_not_lie_in_stands_for_that_country(gaz):
    # the only Welingara in the gazetteer is in the Gambia; the text places this one in Mali
    for text, lang in (("Twenty civilians were killed at Welingara, in Mali.", "en"),
                       ("Vingt civils ont été tués à Welingara au Mali.", "fr"),
                       ("Vinte civis foram mortos na aldeia de Welingara, no Mali.", "pt")):
        places = geoparse(text, lang, gazetteer=gaz)
        assert places and {p.country for p in places} == {"ML"}, text
    tillia = geoparse("Soldiers were killed near Tillia, Niger.", gazetteer=gaz)[0]
    assert (tillia.country, tillia.name) == ("NE", "Tillia")


@pytest.mark.parametrize(
    ("text", "town", "country", "landmark"),
    [
        ("Illustrative: Boko Haram attacked Malam Fatori, near the Niger border.",
         "Malam Fatori", "NG", "NE"),
        ("Illustratif : des jihadistes ont attaqué Diffa, près de la frontière avec le Nigeria.",
         "Diffa", "NE", "NG"),
        ("Illustrative: gunmen attacked Tillabéri near the border with Mali.", "Tillabéri", "NE", "ML"),
        ("Illustratif : six soldats tués à Tessit, près de la frontière avec le Niger et le Burkina Faso.",
         "Tessit", "ML", "BF"),
        ("Ilustrativo: os jihadistas atacaram Diffa, perto da fronteira com a Nigéria.", "Diffa", "NE", "NG"),
    ],
)
def test_a_country_named_by_its_border_does_not_pull_the_towns_across_it(gaz, text, town, country, landmark):
    places = {p.surface: p for p in geoparse(text, gazetteer=gaz)}
    assert places[town].country == country and places[town].feature_code is not None
    assert any(p.country == landmark and p.where_prec == 6 for p in places.values())


def test_possessive_country_qualifies_the_name_after_it(gaz):
    # "Mali's Nara": the Malian town, not the Japanese prefecture (Welingara is known only in the Gambia)
    text = "Residents of Welingara, a village in Mali's Nara circle, say soldiers killed 13 villagers."
    places = by_surface(geoparse(text, gazetteer=gaz))
    assert places["Nara"].country == "ML" and places["Welingara"].country == "ML"


def test_a_country_in_a_list_of_countries_is_that_country(gaz):
    # not Niger State, Nigeria ("Dublin, Ohio")
    text = "The lake basin, where the borders of Chad, Niger, Nigeria and Cameroon meet, is a rebel haven."
    places = by_surface(geoparse(text, gazetteer=gaz))
    assert places["Niger"].country == "NE" and places["Niger"].admin1 is None
    mokwa = by_surface(geoparse("Bandits attacked Mokwa, Niger, Nigeria.", gazetteer=gaz))
    assert mokwa["Niger"].country == "NG"


def test_a_village_placed_in_a_local_government_area_lies_in_it(gaz):
    # the only Sabon Gari in the gazetteer is the Kaduna LGA; this one is in Damboa, Borno
    text = "Troops repelled an attack on Sabon Gari in Damboa Local Government Area of Borno State."
    place = by_surface(geoparse(text, gazetteer=gaz))["Sabon Gari"]
    assert (place.admin1, place.admin2) == ("Borno", "Damboa")
    text = "Bandits attacked Kaura village in Maru Local Government Area."
    kaura = by_surface(geoparse(text, gazetteer=gaz))
    assert kaura["Kaura"].admin1 == "Zamfara"


def test_an_unknown_village_placed_in_a_state_keeps_its_name(gaz):
    # the gazetteer knows a Mera, but not in Kebbi: the state stands for it, under the village's own name
    text = "Illustrative: militants attacked Mera village in Kebbi State on Sunday."
    place = by_surface(geoparse(text, gazetteer=gaz))["Mera"]
    assert (place.name, place.country, place.admin1, place.geonameid) == ("Mera", "NG", "Kebbi", None)


def test_an_unknown_village_in_a_local_government_area_named_after_its_seat_lies_in_that_lga(gaz):
    # illustrative: the gazetteer knows Faskari as a town only; the text calls it the village's LGA
    text = ("Illustrative: gunmen abducted 12 farmers near Kwanar Dutse village in Faskari Local Government "
            "Area.")
    places = by_surface(geoparse(text, gazetteer=gaz))
    village = places.get("Kwanar Dutse")
    assert village is None or (village.admin1, village.admin2) == ("Katsina", "Faskari")
    text = ("Illustrative: bandits killed five people near Kwanar Dutse in Faskari Local Government Area of "
            "Katsina State.")
    village = by_surface(geoparse(text, gazetteer=gaz))["Kwanar Dutse"]
    assert (village.name, village.admin1, village.admin2, village.geonameid) == (
        "Kwanar Dutse", "Katsina", "Faskari", None)


def test_a_sahel_town_stands_when_the_text_names_another_country_only_by_demonym(gaz):
    text = "Illustrative: gunmen killed three Nigerian traders near Diffa on Tuesday."
    assert by_surface(geoparse(text, gazetteer=gaz))["Diffa"].country == "NE"
    text = "Illustrative: jihadists ambushed a convoy near Tessalit, killing three Russian mercenaries."
    assert by_surface(geoparse(text, gazetteer=gaz))["Tessalit"].country == "ML"


@pytest.mark.parametrize("hired", ["Russian mercenaries", "Russian instructors", "Turkish military advisers"])
def test_hired_forces_do_not_take_a_town_to_their_own_country(gaz, hired):
    # illustrative: Moura is a village of Mali and a town of Portugal; the mercenaries serve abroad
    text = f"Illustrative: Malian soldiers and {hired} killed some 50 people in Moura on Sunday."
    assert by_surface(geoparse(text, gazetteer=gaz))["Moura"].country == "ML"


def test_a_sahel_town_told_as_a_place_stands_when_the_text_names_a_neighbouring_country(gaz):
    text = ("Illustrative: gunmen killed seven villagers near Djibo on Saturday, residents said. "
            "Mali has been mired in conflict since 2012 when separatists seized the north.")
    places = resolve_toponyms(text, find_toponyms(text, gazetteer=gaz), gazetteer=gaz)
    assert by_surface(places)["Djibo"].country == "BF"


def test_a_town_stands_when_only_the_acting_forces_are_named_by_another_countrys_demonym(gaz):
    text = "Illustrative: Russian warplanes struck a market in Idlib on Monday."
    assert by_surface(geoparse(text, gazetteer=gaz))["Idlib"].country == "SY"


def test_a_compass_word_before_a_country_is_no_first_name(gaz):
    tops = find_toponyms("Illustrative: army reinforcements sent to Northeast Syria", gazetteer=gaz)
    assert [t.text for t in tops] == ["Syria"]


def test_a_french_name_with_de_is_not_its_first_word(gaz):
    # "Monts" is a French town; "Monts de Lam" a Chadian department the gazetteer lacks
    text = "Illustratif : des heurts à Goré, dans le département des Monts de Lam."
    assert "Monts" not in [t.text for t in find_toponyms(text, lang="fr", gazetteer=gaz)]


def test_unknown_names_after_french_unit_words_are_candidates(gaz):
    text = "Illustratif : une attaque dans la commune rurale de Tagazar, département de Balleyara."
    assert {"Tagazar", "Balleyara"} <= {t.text for t in find_toponyms(text, lang="fr", gazetteer=gaz)}


def test_a_french_province_chain_qualifies_the_town_before_it(gaz):
    # the only Kiéré in the gazetteer is in Côte d'Ivoire; "province des Balé" is a Burkinabè province
    text = "Illustratif : quatre orpailleurs tués sur le site de Kiéré, dans la province des Balé."
    places = geoparse(text, "fr", gazetteer=gaz)
    assert places and {p.country for p in places} == {"BF"}


def test_an_office_named_after_the_body_it_heads_is_no_place(gaz):
    text = "(Illustrative) The fight is coordinated by the Wali of ISWAP. Fighters reached Warri on Monday."
    places = geoparse(text, gazetteer=gaz)
    assert [p.surface for p in places] == ["Warri"]


@pytest.mark.parametrize(
    ("text", "lang", "admin1"),
    [
        ("(Illustratif) Une attaque a visé un camp dans la région du Sahel, au Burkina Faso.", "fr", "Sahel"),
        ("(Illustratif) Des soldats ont été tués dans la région du Nord du Burkina Faso.", "fr", "Nord"),
        ("(Illustratif) Une attaque dans la région du Centre-Nord du Burkina Faso.", "fr", "Centre-Nord"),
        ("(Illustrative) The camp lies in Burkina's northern region of Sahel.", "en", "Sahel"),
        ("(Ilustrativo) Um ataque na região do Sahel, no Burkina Faso.", "pt", "Sahel"),
    ],
)
def test_a_region_whose_bare_name_is_a_common_word_is_found_with_its_type_word(gaz, text, lang, admin1):
    places = geoparse(text, lang=lang, gazetteer=gaz)
    region = next(p for p in places if p.feature_code == "ADM1")
    assert (region.country, region.admin1, region.surface) == ("BF", admin1, admin1)


@pytest.mark.parametrize(
    "text",
    [
        "(Illustrative) Soldiers were killed in the Momo division of the Northwest region.",
        "(Illustrative) Separatists attacked a convoy in the English-speaking region of Northwest.",
    ],
)
def test_cameroons_anglophone_regions_written_as_one_word_with_their_type(gaz, text):
    region = next(p for p in geoparse(text, gazetteer=gaz) if p.feature_code == "ADM1")
    assert (region.country, region.admin1) == ("CM", "North-West")


def test_fada_is_fada_ngourma_in_burkina_and_the_chadian_town_in_chad(gaz):
    burkina = geoparse("(Illustratif) Cinq civils tués près de Fada, dans l'Est du Burkina Faso.", lang="fr",
                       gazetteer=gaz)
    chad = geoparse("(Illustratif) Une garnison attaquée à Fada, dans l'Ennedi-Ouest au Tchad.", lang="fr",
                    gazetteer=gaz)
    assert [p.country for p in burkina if p.surface == "Fada"] == ["BF"]
    assert [p.country for p in chad if p.surface == "Fada"] == ["TD"]


def test_a_portuguese_preposition_opening_a_sentence_is_no_part_of_the_name(gaz):
    # illustrative sentences: "Em Moundou, ..." is Moundou, not an unknown longer name "Em Moundou"
    for text in ("Ilustrativo: Em Moundou, um protesto decorreu sem incidentes.",
                 "Ilustrativo. Na Nigéria, homens armados mataram dez pessoas."):
        assert geoparse(text, "pt", gazetteer=gaz), text


def _places(text, names):
    from sahelwatch.models import Place

    return [Place(name=n, country=c, start=text.index(n), end=text.index(n) + len(n), where_prec=1)
            for n, c in names]


def test_event_location_prefers_the_place_a_distance_is_told_from():
    # illustrative: the corridor's end town is named nearer the trigger than the town of the distance
    text = ("Deux chauffeurs ont été tués lors d'une attaque sur le corridor Dakar-Bamako, à quelques "
            "kilomètres de Diboli.")
    places = _places(text, (("Dakar", "SN"), ("Bamako", "ML"), ("Diboli", "ML")))
    trigger = text.index("attaque")
    assert event_location(text, trigger, trigger + len("attaque"), places).name == "Diboli"


def test_a_distance_that_situates_another_place_names_a_landmark():
    # illustrative: Diffa only situates the commune
    text = "Des assaillants ont attaqué Gueskérou, située à une trentaine de kilomètres de Diffa."
    places = _places(text, (("Gueskérou", "NE"), ("Diffa", "NE")))
    trigger = text.index("attaqué")
    assert event_location(text, trigger, trigger + len("attaqué"), places).name == "Gueskérou"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("(Ilustrativo) Homens armados atacaram o campo militar da comuna de Mondoro, no centro do Mali.",
         "pt"),
        ("(Illustratif) Des hommes armés ont attaqué le camp militaire de la commune de Mondoro.", "fr"),
    ],
)
def test_a_town_named_as_the_commune_it_gives_its_name_to_is_part_of_a_region(gaz, text, lang):
    # the commune, somewhere around its seat: ACLED geo_precision 2, UCDP where_prec 3 (as an admin unit)
    places = by_surface(geoparse(text, lang=lang, gazetteer=gaz))
    assert (places["Mondoro"].geo_precision, places["Mondoro"].where_prec) == (2, 3)
    town = by_surface(geoparse("(Illustrative) Gunmen attacked Mondoro on Friday.", gazetteer=gaz))
    assert (town["Mondoro"].geo_precision, town["Mondoro"].where_prec) == (1, 1)


def test_a_place_s_own_name_in_a_named_country_beats_a_big_city_abroad_that_goes_by_it(gaz):
    # illustrative round-up naming three countries: "Boni" is the Malian village, not Bonn (alias "Boni")
    text = ("In Mali, JNIM fighters ambushed a convoy near Boni on Sunday. In Niger, a mine killed three "
            "civilians near Téra. In Burkina Faso, air strikes hit Djibo.")
    found = {p.surface: (p.country, p.admin1) for p in geoparse(text, gazetteer=gaz)}
    assert found["Boni"] == ("ML", "Mopti")  # not Mali as a whole, where Bonn's dropping left it


@pytest.mark.parametrize(
    ("text", "town", "unit"),
    [
        # illustrative: the cercle or department the text names right after a town is its admin2, not the
        # unit of the seat nearest to it
        ("Un convoi a été attaqué près de Sandaré, dans le cercle de Nioro du Sahel, région de Kayes.",
         "Sandaré", "Nioro du Sahel"),
        ("Six soldats ont été tués à Fambita, dans le département de Téra.", "Fambita", "Téra"),
    ],
)
def test_the_unit_named_after_a_town_is_its_admin2(gaz, text, town, unit):
    places = by_surface(geoparse(text, lang="fr", gazetteer=gaz))
    assert places[town].admin2 == unit


def test_a_town_also_known_by_its_regions_name_called_a_region_is_the_region(gaz):
    text = "Illustrative report. A drone strike killed 11 civilians in the Timbuktu region of northern Mali."
    places = geoparse(text, gazetteer=gaz)
    [region] = [p for p in places if p.country == "ML" and p.surface.startswith("Timbuktu")]
    assert region.feature_code == "ADM1" and region.admin1 == "Tombouctou" and region.where_prec == 4
    text = "Illustrative report. Gunmen killed five traders in Timbuktu on Saturday."
    [town] = [p for p in geoparse(text, gazetteer=gaz) if p.surface == "Timbuktu"]
    assert town.where_prec == 1


def test_a_name_told_again_is_the_town_it_was_first_called(gaz):
    text = ("Illustrative report. Four Mauritanian herders were killed in Malian territory, near the town "
            "of Nara, "
            "officials in the Hodh El Chargui region said. Their bodies were found the next day near Nara.")
    naras = [p for p in geoparse(text, gazetteer=gaz) if p.surface == "Nara"]
    assert len(naras) == 2 and {p.country for p in naras} == {"ML"}


def test_a_name_followed_by_city_or_town_is_the_settlement_not_its_province(gaz):
    # illustrative: "Deir Ezzor" alone may be the governorate; "Deir Ezzor city" is the town
    text = "A landmine killed a child in a neighbourhood of Deir Ezzor city on Monday."
    [place] = [p for p in geoparse(text, gazetteer=gaz) if p.country == "SY"]
    assert place.feature_code != "ADM1" and place.where_prec == 1


def test_burkina_alone_is_burkina_faso(gaz):
    # headlines shorten the name: "Burkina: ...", "in northern Burkina" (illustrative)
    assert country_of("Burkina")[0] == "BF"
    places = geoparse("Suspected jihadists kill 20 villagers in northern Burkina", gazetteer=gaz)
    assert [p.country for p in places] == ["BF"]


def test_a_mine_named_after_its_town_tells_the_town(gaz):
    """Illustrative: 'la mine d'or industrielle de Karma' calls Karma (a word too) a place, like 'le village
    de Karma'."""
    text = "Des hommes armés ont attaqué la mine d'or industrielle de Karma, dans la province du Yatenga."
    assert "Karma" in [p.name for p in geoparse(text, gazetteer=gaz)]


def test_an_incident_named_by_its_place_tells_the_place(gaz):
    """Illustrative: 'le massacre de Karma' names the village Karma (a word too)."""
    text = "En avril 2023, le massacre de Karma, dans le Yatenga, avait fait de nombreux morts."
    assert "Karma" in [p.name for p in geoparse(text, gazetteer=gaz)]


def test_a_village_told_in_a_portuguese_lga_is_in_that_lga(gaz):
    # illustrative: "em Ribah, na área de governo local de Danko-Wasagu"; "aldeia de Gidan Bisa" (unlisted)
    text = ("Homens armados raptaram alunas de uma escola em Ribah, na área de governo local de "
            "Danko-Wasagu, no estado de Kebbi.")
    places = by_surface(geoparse(text, lang="pt", gazetteer=gaz))
    assert places["Ribah"].admin1 == "Kebbi"
    text = ("Um bombardeamento atingiu a aldeia de Gidan Bisa, na área de governo local de Silame, no estado "
            "de Sokoto.")
    places = by_surface(geoparse(text, lang="pt", gazetteer=gaz))
    assert (places["Gidan Bisa"].admin1, places["Gidan Bisa"].admin2) == ("Sokoto", "Silame")


def test_faladie_told_with_bamako_is_the_bamako_quarter(gaz):
    # illustrative: a quarter of Bamako (Commune VI), not the village of Faladié in the Kati cercle
    text = "Homens armados atacaram a escola de gendarmaria do bairro de Faladié, em Bamaco."
    places = by_surface(geoparse(text, lang="pt", gazetteer=gaz))
    assert places["Faladié"].admin1 == "Bamako"
