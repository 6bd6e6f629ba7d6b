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
