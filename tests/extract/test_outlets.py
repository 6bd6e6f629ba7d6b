"""The home country of an outlet as a prior for where its reports happen (illustrative texts)."""

from dataclasses import replace

import pytest

from sahelwatch.extract.outlets import outlet_home
from sahelwatch.extract.pipeline import extract_article
from sahelwatch.models import Article


@pytest.mark.parametrize(
    ("outlet", "home"),
    [("ActuNiger", "NE"), ("www.lefaso.net", "BF"), ("Premium Times", "NG"), ("Reuters", None), (None, None)],
)
def test_the_outlet_field_names_a_home_for_national_outlets_only(outlet, home):
    assert outlet_home(Article(id="t", text="Illustrative report.", outlet=outlet)) == home


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("Jane Doe for Borderland Beat\nIllustrative report. A man was shot dead.", "MX"),
        ("Illustrative report. Kunduz (BNA) Two soldiers were killed yesterday.", "AF"),
        ("Illustrative report. A man was shot dead.\nSource: El Imparcial", "MX"),
        ("Illustrative report. Voters asked for leadership and a man was shot.", None),
        ("Illustrative report. The source: Reuters.", None),
    ],
)
def test_a_byline_wire_tag_or_credit_names_the_outlet(text, home):
    assert outlet_home(Article(id="t", text=text)) == home


def _article(text: str, outlet: str | None) -> Article:
    return Article(id="t-1", text=text, raw_text=text, published="2024-03-12", language="fr", outlet=outlet)


VILLAGE = (
    "Rapport illustratif. Des hommes armés ont attaqué dimanche le village de Kobadjiéré, tuant cinq "
    "civils, selon des sources locales."
)


def test_a_local_outlet_gives_its_country_to_a_village_the_gazetteer_lacks():
    [mention] = extract_article(_article(VILLAGE, "ActuNiger"))
    assert mention.place.country == "NE"
    [mention] = extract_article(_article(VILLAGE, "Burkina24"))
    assert mention.place.country == "BF"


def test_a_wire_gives_no_country():
    [mention] = extract_article(_article(VILLAGE, "AFP"))
    assert mention.place is None


def test_a_local_outlet_resolves_a_town_name_towards_its_country():
    text = "Illustrative report. Gunmen shot dead a man in front of his home in Buenos Aires on Tuesday."
    article = Article(id="t-1", text=text, raw_text=text, published="2024-03-12", language="en")
    [abroad] = extract_article(article)
    [home] = extract_article(replace(article, outlet="Borderland Beat"))
    assert (abroad.place.country, home.place.country) == ("AR", "MX")
