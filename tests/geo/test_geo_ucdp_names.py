"""UCDP-style country and admin1 names."""

from __future__ import annotations

from sahelwatch.geo import geoparse, ucdp_adm1_name, ucdp_country_name


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
