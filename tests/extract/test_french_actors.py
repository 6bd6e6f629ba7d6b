"""French actor names and generic nouns (sentences written for these tests, not taken from reports)."""

import pytest

from sahelwatch.extract.actors import find_actors


def _names(text: str, country: str | None = None, on_date: str | None = None) -> list[str]:
    return [m.actor.name for m in find_actors(text, "fr", country=country, on_date=on_date)]


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("Les FAMa ont riposté.", "ML", "Military Forces of Mali (2021-)"),
        ("Une patrouille des FAN a été prise à partie.", "NE", "Military Forces of Niger (2023-)"),
        ("Des VDP ont repoussé l'assaut.", "BF", "VDP: Volunteers for the Defense of the Homeland"),
        ("Des chasseurs dozos ont été visés.", "ML", "Dozo Communal Militia"),
        ("Le GSIM a revendiqué l'embuscade.", "ML", "JNIM: Jama'at Nusrat al-Islam wal Muslimin"),
        ("Les rebelles du Conseil de commandement militaire pour le salut de la République ont attaqué.",
         "TD", "CCMSR: Military Command Council for the Salvation of the Republic"),
        ("Le CCMSR a revendiqué l'attaque.", "TD",
         "CCMSR: Military Command Council for the Salvation of the Republic"),
        ("Les combattants du Jnim ont encerclé le poste.", "ML",
         "JNIM: Jama'at Nusrat al-Islam wal Muslimin"),
        ("L'EIGS est soupçonné.", "NE", "Islamic State (Sahel)"),
        ("Des éléments de l’État islamique en Afrique de l’Ouest ont attaqué.", "NE",
         "Islamic State West Africa Province (ISWAP)"),
        ("Les hommes de Shekau ont frappé.", "NE",
         "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
        ("Des groupes armés terroristes ont incendié l'école.", "BF",
         "Unidentified Armed Group (Burkina Faso)"),
        ("Les mercenaires de Wagner accompagnaient la colonne.", "ML", "Wagner Group"),
        ("Un convoi de l'Africa Corps a été visé.", "ML", "Africa Corps"),
        ("Les rebelles du CSP-DPA contrôlent la piste.", "ML",
         "CSP-DPA: Strategic Framework for the Defense of the People of Azawad"),
        ("Le Front de libération de l’Azawad dénonce.", "ML", "FLA: Azawad Liberation Front"),
    ],
)
def test_french_actor_names(text: str, country: str, expected: str) -> None:
    assert expected in _names(text, country, "2024-06-01")


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2023-09-12", "CSP-PSD: Permanent Strategic Framework for Peace, Security and Development"),
        ("2024-07-27", "CSP-DPA: Strategic Framework for the Defense of the People of Azawad"),
        ("2025-02-03", "FLA: Azawad Liberation Front"),
    ],
)
def test_azawad_coalition_takes_its_name_of_the_day(day: str, expected: str) -> None:
    assert expected in _names("Les rebelles de la CMA ont repoussé l'assaut.", "ML", day)


def test_french_militants_are_activists_not_an_armed_group() -> None:
    assert "Unidentified Armed Group (Niger)" not in _names("Des militants ont renversé les barrières.", "NE")


def test_english_generic_nouns_still_match_english_text() -> None:
    found = find_actors("Militants attacked the post.", "en", country="NE")
    assert [m.actor.name for m in found] == ["Unidentified Armed Group (Niger)"]


def test_men_alone_are_not_civilians_in_french() -> None:
    assert _names("Les hommes du commandant ont pris position.", "NE") == []


def test_typographic_apostrophes_keep_offsets() -> None:
    text = "Attaque de l’Etat islamique en Afrique de l’Ouest."
    match = next(m for m in find_actors(text, "fr", country="NE") if "ISWAP" in m.actor.name)
    assert text[match.start:match.end] == match.surface == "Etat islamique en Afrique de l’Ouest"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des hommes armés de Boko Haram ont traversé la rivière.",
         ["Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"]),
        ("Les combattants de l’EIGS ont attaqué le poste.", ["Islamic State (Sahel)"]),
        ("Des terroristes ont attaqué le poste.", ["Unidentified Armed Group (Niger)"]),
        ("Des combattants ont attaqué le poste.", ["Unidentified Armed Group (Niger)"]),
    ],
)
def test_a_generic_noun_of_a_named_group_is_that_group(text: str, expected: list[str]) -> None:
    assert _names(text, "NE") == expected


@pytest.mark.parametrize(
    ("country", "expected"),
    [("ML", "Islamic State (Sahel)"), ("NG", "Islamic State West Africa Province (ISWAP)"),
     ("SY", "Islamic State (Syria/Iraq)")],
)
def test_islamic_state_without_branch_is_the_regional_branch(country: str, expected: str) -> None:
    assert _names("Des djihadistes affiliés à l’État islamique ont frappé.", country) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les forces de l'ordre ont dispersé la marche.", "Police Forces of Chad (2021-)"),
        ("Des agents de l'ordre ont interpellé dix manifestants.", "Police Forces of Chad (2021-)"),
        ("Les gendarmes ont dispersé la foule.", "Military Forces of Chad (2021-)"),
    ],
)
def test_the_forces_of_order_are_the_police(text: str, expected: str) -> None:
    """Illustrative: 'forces de l'ordre' (law-enforcement forces facing a crowd) are the police, as ACLED
    codes those who disperse a march; gendarmes stay with the army."""
    assert _names(text, "TD", "2024-06-01") == [expected]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Des hommes armés du groupe jihadiste JNIM ont attaqué un convoi.", "fr"),
     ("Gunmen from the jihadist group JNIM attacked a convoy.", "en")],
)
def test_gunmen_of_a_group_described_before_its_name_are_its_men(text: str, lang: str) -> None:
    # illustrative sentences: "du groupe jihadiste JNIM" ties the gunmen to JNIM, no unidentified group beside
    assert [m.actor.name for m in find_actors(text, lang, country="ML", on_date="2025-11-08")] == [
        "JNIM: Jama'at Nusrat al-Islam wal Muslimin"]


@pytest.mark.parametrize("text", [
    # illustrative: the press and customary chiefs are civilians
    "Le directeur de publication d'un hebdomadaire a été interpellé mercredi à Niamey.",
    "Le chef de canton de Dessa a été enlevé par des hommes armés.",
    "Deux chefs coutumiers ont été enlevés par des hommes armés.",
])
def test_editors_and_customary_chiefs_are_civilians(text):
    assert "Civilians (Niger)" in _names(text, "NE")


def test_a_common_word_that_is_also_a_coalition_s_name_matches_only_capitalised() -> None:
    # illustrative: a propaganda "plateforme" is no Platform coalition; "la Plateforme" still is
    assert "GATIA: Imghad Tuareg and Allies Self-Defense Group" not in _names(
        "Le JNIM a diffusé le message sur sa plateforme de propagande.", "ML")
    assert "GATIA: Imghad Tuareg and Allies Self-Defense Group" in _names(
        "Les combattants de la Plateforme ont repoussé l'attaque.", "ML")


@pytest.mark.parametrize(
    "blame",
    [
        "Les autorités attribuent l'attaque au JNIM.",
        "Les autorités soupçonnent le JNIM, lié à Al-Qaïda.",
        "Les assaillants seraient des membres du JNIM.",
        "L'attaque porte la marque du JNIM.",
    ],
)
def test_a_group_blamed_in_the_next_sentence_is_the_attacker(blame: str) -> None:
    from sahelwatch.extract.pipeline import extract_article
    from sahelwatch.models import Article

    # illustrative: the lead names no group; the sentence after it ties one group to the attack
    text = "Illustratif : des hommes armés ont tué neuf civils à Bankass, au Mali, samedi. " + blame
    [mention] = extract_article(Article(id="fr-x", text=text, raw_text=text, published="2026-03-02",
                                        language="fr"))
    assert mention.actor1.name == "JNIM: Jama'at Nusrat al-Islam wal Muslimin"
