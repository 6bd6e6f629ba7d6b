"""UCDP-style country and admin1 names."""

from __future__ import annotations

from sahelwatch.geo import geoparse, ucdp_adm1_name, ucdp_adm2_name, ucdp_country_name


def test_ucdp_country_names():
    assert ucdp_country_name("CD") == "DR Congo (Zaire)"
    assert ucdp_country_name("NE") == "Niger"
    assert ucdp_country_name(None) is None


def test_ucdp_adm1_names(gaz):
    tillaberi = geoparse("An attack hit Téra in the Tillabéri region.", gazetteer=gaz)
    assert ucdp_adm1_name(tillaberi[0], gaz) == "Tillaberi region"
    deir = geoparse("Shelling hit Deir ez-Zor city.", gazetteer=gaz)
    assert ucdp_adm1_name(deir[0], gaz) == "Deir ez Zor governorate"


def test_philippine_adm1_is_the_province_not_the_region(gaz):
    places = geoparse("Soldiers clashed with rebels in La Castellana, Negros Occidental.", gazetteer=gaz)
    town = next(p for p in places if p.name == "La Castellana")
    assert town.admin1 == "Western Visayas"
    assert ucdp_adm1_name(town, gaz) == "Negros Occidental province"


def test_philippine_adm2_is_the_municipality_not_the_province(gaz):
    places = geoparse("Soldiers clashed with rebels in La Castellana, Negros Occidental.", gazetteer=gaz)
    town = next(p for p in places if p.name == "La Castellana")
    assert ucdp_adm2_name(town) == "La Castellana"  # the town's municipality, UCDP's second level there
    province = geoparse("Troops were deployed across Negros Occidental province.", gazetteer=gaz)
    assert ucdp_adm2_name(province[0]) == ""  # a province has no municipality
    deir = geoparse("Shelling hit Hajin in Deir ez-Zor.", gazetteer=gaz)
    assert ucdp_adm2_name(deir[0]) == "Albu Kamal"  # elsewhere the gazetteer's second level


def test_adm1_keeps_the_geonames_article_and_short_form(gaz):
    raqqa = geoparse("Ten fighters were killed in Raqqa province.", gazetteer=gaz)
    assert ucdp_adm1_name(raqqa[0], gaz) == "Ar Raqqah governorate"
    latakia = geoparse("Shells fell on Latakia province.", gazetteer=gaz)
    assert ucdp_adm1_name(latakia[0], gaz) == "Latakia governorate"  # an English name, not 'Al Ladhiqiyah'
    wardak = geoparse("A commander was killed in the Sayedabad district of Maidan Wardak.", gazetteer=gaz)
    assert ucdp_adm1_name(wardak[0], gaz) == "Wardak province"


def test_adm1_uses_ucdp_english_names(gaz):
    shabelle = geoparse("Troops raided a village in Lower Shabelle region.", gazetteer=gaz)
    assert ucdp_adm1_name(shabelle[0], gaz) == "Lower Shabelle region"


def test_adm1_takes_ucdps_spelling_where_geonames_differs() -> None:
    from sahelwatch.models import Place

    def name(country: str, admin1: str, admin2: str | None = None) -> str | None:
        return ucdp_adm1_name(Place(name="x", country=country, admin1=admin1, admin2=admin2))

    assert name("AF", "Herāt") == "Hirat province"
    assert name("AF", "Nīmrōz") == "Nimroz province"
    assert name("SD", "Gedaref") == "Gedarif state"
    assert name("YE", "Al Bayḑā’") == "Bayda governorate"
    assert name("TN", "Le Kef") == "Le Kef governorate"
    assert name("PH", "Mimaropa", "Mindoro Occidental") == "Occidental Mindoro province"
