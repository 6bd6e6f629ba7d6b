"""Freed captives: the release is no new abduction (illustrative sentences written for these tests)."""

from datetime import date

import pytest

from sahelwatch.extract.dates import find_date_expressions
from sahelwatch.extract.pipeline import extract_article
from sahelwatch.extract.releases import abduction_dates, release_at, release_story
from sahelwatch.models import Article


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Three aid workers who were kidnapped near Gao have been freed.", "en"),
        ("Kidnapped students freed after three weeks in captivity", "en"),
        ("Les deux otages ont été libérés dimanche.", "fr"),
        ("Os dois reféns foram libertados no domingo.", "pt"),
        ("Os raptores libertaram no domingo os 14 passageiros raptados na estrada.", "pt"),  # 5 words between
    ],
)
def test_releases_are_found(text: str, lang: str) -> None:
    assert release_at(text, lang) is not None


def test_a_released_statement_is_no_release() -> None:
    assert release_at("The army released a statement on Monday.", "en") is None
    assert not release_story("Gunmen abduct 20 passengers", "Gunmen kidnapped 20 passengers on Monday.", "en")


def test_only_the_dates_before_the_release_date_the_abduction() -> None:
    pub = date(2024, 3, 12)
    text = "Two nurses kidnapped in Djibo in May 2022 were released on Sunday."
    dates = find_date_expressions(text, pub, "en")
    assert [d.surface for d in abduction_dates(text, 0, dates, "en")] == ["in May 2022"]
    text = "Two nurses kidnapped in Djibo were released on Sunday."
    assert abduction_dates(text, 0, find_date_expressions(text, pub, "en"), "en") == []
    text = "Gunmen kidnapped two nurses in Djibo on Sunday."
    assert abduction_dates(text, 0, find_date_expressions(text, pub, "en"), "en") is None


def _mentions(text: str, title: str = "", lang: str = "en"):
    article = Article(id="rel", text=text, raw_text=text, title=title, published="2024-03-12", language=lang)
    return extract_article(article)


def test_a_release_dates_the_abduction_it_ends_not_the_report() -> None:
    [mention] = _mentions("Two Italian nationals kidnapped in southern Mali in May 2022 were released on "
                          "Sunday, the foreign ministry said.")
    assert mention.sub_event_type == "Abduction/forced disappearance"
    assert (mention.date.date_start, mention.date.date_end) == ("2022-05-01", "2022-05-31")


def test_a_release_story_tells_no_new_abduction() -> None:
    text = ("Two nurses kidnapped near Djibo were released on Sunday, their employer said. "
            "Gunmen had stormed their health centre and abducted them. "
            "The gunmen had attacked the health centre before dawn.")
    assert _mentions(text, "Kidnapped nurses freed in Burkina Faso") == []


def test_a_group_that_freed_hostages_dates_their_abduction_by_its_participle() -> None:
    # "O JNIM libertou ... reféns raptados em maio de 2022": active release, the abduction's date after it
    text = ("Exemplo ilustrativo. O JNIM libertou na quarta-feira dois reféns italianos raptados em maio "
            "de 2022 perto de Koutiala.")
    article = Article(id="r-x", text=text, raw_text=text, published="2025-06-18", language="pt")
    [mention] = extract_article(article)
    assert (mention.date.date_start, mention.date.date_end) == ("2022-05-01", "2022-05-31")
    assert release_at("Os soldados libertaram a localidade de Léré.", "pt") is None  # a town, no captives
    text = "Exemplo ilustrativo. O JNIM libertou na quarta-feira dois reféns raptados perto de Koutiala."
    assert extract_article(Article(id="r-y", text=text, raw_text=text, published="2025-06-18",
                                   language="pt")) == []


def test_a_date_opening_the_release_sentence_is_the_releases_day() -> None:
    # illustrative sentence: "No dia 20, ..." dates the rescue, not the abduction it ended
    text = "No dia 20, as forças de defesa libertaram 12 reféns do Boko Haram perto de Bosso."
    dates = find_date_expressions(text, date(2026, 8, 24), "pt")
    assert dates and abduction_dates(text, 0, dates, "pt") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Illustrative: troops freed 12 hostages held by Boko Haram.", "en"),
        ("Illustrative: soldiers rescued 20 kidnapped passengers.", "en"),
        ("Exemple : les militaires ont libéré douze otages près de Diffa.", "fr"),
    ],
)
def test_captives_the_forces_freed_are_a_release(text, lang):
    assert release_at(text, lang) is not None


def test_gunmen_freeing_their_leader_is_no_release_of_captives():
    assert release_at("Illustrative: gunmen freed their leader from jail.", "en") is None


def test_captives_freed_without_a_fight_are_no_ground_regained() -> None:
    # illustrative sentences: a rescue is not a town retaken, unless the sentence tells one
    freed = ("Nigerian troops freed 12 hostages held by Boko Haram near Bama, Borno State, on Sunday, "
             "the army said.")
    assert [m.sub_event_type for m in _mentions(freed)] == []
    retaken = ("Nigerian troops recaptured Damasak in Borno State on Sunday and freed 30 hostages held by "
               "Boko Haram, the army said.")
    assert [m.sub_event_type for m in _mentions(retaken)] == ["Government regains territory"]
    fought = "Nigerian troops freed 12 hostages held by bandits after a gun battle near Gusau on Sunday."
    assert [m.sub_event_type for m in _mentions(fought)] == ["Armed clash"]


def test_a_date_after_an_attributive_participle_is_the_rescues_not_the_abductions() -> None:
    # illustrative: "kidnapped victims" is an adjective and its noun; the week is the rescue's
    text = "Illustrative report. Troops rescued 21 kidnapped victims in Kankara last week, the army said."
    article = Article(id="r-z", text=text, raw_text=text, published="2026-06-02", language="en")
    assert extract_article(article) == []
    # the participle after its noun still dates the abduction
    text = "Illustrative report. Troops freed two hostages kidnapped near Kankara in May 2024."
    article = Article(id="r-w", text=text, raw_text=text, published="2026-06-02", language="en")
    [mention] = extract_article(article)
    assert (mention.date.date_start, mention.date.date_end) == ("2024-05-01", "2024-05-31")


def test_regained_freedom_without_a_possessive_tells_a_release() -> None:
    """Illustrative: 'have regained freedom' and a headline's 'regain freedom' are releases too."""
    assert release_at("Twelve abducted farmers have regained freedom.", "en") is not None
    assert release_story("Kidnapped traders regain freedom", "The traders returned home.", "en")


def test_an_undated_captivity_in_a_release_story_is_no_arrest() -> None:
    # illustrative: a nun freed; the next sentence tells she was "held" by an armed group (captivity)
    text = ("Ilustrativo: uma freira raptada em fevereiro de 2025 perto de Koutiala, no Mali, foi libertada "
            "na segunda-feira. Ela foi levada por homens armados da casa paroquial onde vivia e esteve "
            "detida por um grupo ligado à Al-Qaeda, segundo fontes religiosas.")
    article = Article(id="rel-pt", text=text, raw_text=text, published="2026-10-06", language="pt",
                      title="Libertada freira raptada no Mali")
    assert [m.sub_event_type for m in extract_article(article)] == ["Abduction/forced disappearance"]
    # soldiers who detain suspects are an arrest still
    text = ("Ilustrativo: dois reféns raptados em maio perto de Djibo foram libertados no domingo. Os "
            "soldados detiveram dois suspeitos em Djibo.")
    article = Article(id="rel-pt2", text=text, raw_text=text, published="2026-10-06", language="pt")
    assert "Arrests" in [m.sub_event_type for m in extract_article(article)]
