"""Areas several countries share (illustrative phrases written for these tests)."""

import pytest

from sahelwatch.extract.pipeline import extract_article
from sahelwatch.geo.areas import shared_area_unit
from sahelwatch.models import Article


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("du côté tchadien du lac Tchad", "TD", "Lac"),
        ("on an island of Lake Chad", "NG", "Borno"),
        ("sur la rive nigérienne du Lac Tchad", "NE", "Diffa"),
        ("nas ilhas do lago Chade", "CM", "Far North"),
    ],
)
def test_a_shared_area_is_the_countrys_unit_on_it(text: str, country: str, admin1: str) -> None:
    unit = shared_area_unit(text, country)
    assert unit is not None and (unit.country, unit.admin1, unit.where_prec) == (country, admin1, 4)
    assert text[unit.start : unit.end].lower().replace("-", " ") in {"lac tchad", "lake chad", "lago chade"}


def test_no_area_or_a_country_off_it_is_nothing() -> None:
    assert shared_area_unit("au Tchad", "TD") is None
    assert shared_area_unit("on Lake Chad", "ML") is None


def test_an_event_on_a_countrys_side_of_the_lake_is_in_its_lake_province() -> None:
    text = ("Dix-huit personnes ont été tuées jeudi soir du côté tchadien du lac Tchad par des éléments de "
            "Boko Haram, selon une source sécuritaire.")
    article = Article(id="lake", text=text, raw_text=text, published="2024-03-12", language="fr")
    [mention] = extract_article(article)
    assert (mention.place.country, mention.place.admin1, mention.place.geo_precision) == ("TD", "Lac", 3)


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("no Parque W, no norte do país", "BJ", "Alibori"),
        ("dans le parc national du W", "NE", "Tillabéri"),
        ("in the W National Park", "BF", "Est"),
    ],
)
def test_the_w_park_is_the_countrys_unit_on_it(text: str, country: str, admin1: str) -> None:
    unit = shared_area_unit(text, country)
    assert unit is not None and (unit.country, unit.admin1) == (country, admin1)


def test_an_attack_in_the_w_park_is_in_the_countrys_region_on_it() -> None:
    # illustrative text: a Benin army position in the park, no town named
    text = ("Ilustrativo: pelo menos oito soldados do Benin morreram no sábado num ataque de jihadistas "
            "contra uma posição do exército no Parque W, no norte do país.")
    article = Article(id="w-park", text=text, raw_text=text, published="2026-01-13", language="pt")
    [mention] = extract_article(article)
    assert (mention.place.country, mention.place.admin1) == ("BJ", "Alibori")
