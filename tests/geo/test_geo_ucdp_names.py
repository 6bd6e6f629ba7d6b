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


def test_adm2_of_a_first_order_unit_is_its_seats_unit(gaz):
    # UCDP geocodes an event told only at the first-order level at that unit's seat: its second-order unit
    # is the seat's
    deir = geoparse("Fighting was reported in Deir ez-Zor province.", gazetteer=gaz)
    assert deir[0].admin2 is None and ucdp_adm2_name(deir[0], gaz) == "Deir ez Zor"
    borno = geoparse("Soldiers were killed in Borno State on Monday.", gazetteer=gaz)
    assert ucdp_adm2_name(borno[0], gaz) == "Maiduguri"
    mopti = geoparse("Des hommes armés ont attaqué dans la région de Mopti.", gazetteer=gaz)
    assert ucdp_adm2_name(mopti[0], gaz) == "Mopti"
    helmand = geoparse("Taliban fighters were killed in Helmand province.", gazetteer=gaz)
    assert ucdp_adm2_name(helmand[0], gaz) == "Lashkar Gāh"


def test_iraqi_districts_take_ucdps_qada_form(gaz):
    kirkuk = geoparse("A bomb exploded in Kirkuk on Monday.", gazetteer=gaz)
    assert kirkuk[0].admin2 == "Kirkuk District" and ucdp_adm2_name(kirkuk[0], gaz) == "Qaḑā’ Kirkuk"
    nasiriyah = geoparse("Protesters were shot in Nasiriyah.", gazetteer=gaz)
    assert ucdp_adm2_name(nasiriyah[0], gaz) == "Qaḑā’ an Nāşirīyah"


def test_kashmir_districts_take_their_english_names(gaz):
    shopian = geoparse("Militants were killed in an encounter in Shopian district on Tuesday.", gazetteer=gaz)
    assert ucdp_adm2_name(shopian[0], gaz) == "Shopian"
