"""French date expressions resolved against the publication date (sentences written for these tests).

The reference publication day is Wednesday 13 March 2024.
"""

from datetime import date

import pytest

from sahelwatch.extract.dates import (
    event_date_expressions,
    find_date_expressions,
    is_recalled,
    resolve_event_date,
)

PUB = date(2024, 3, 13)  # a Wednesday


def _span(text: str, published: date | None = PUB) -> tuple[date, date, int]:
    found = find_date_expressions(text, published, "fr")
    assert len(found) == 1, found
    return found[0].date_start, found[0].date_end, found[0].time_precision


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("L'attaque a eu lieu mercredi soir.", date(2024, 3, 13), date(2024, 3, 13), 1),
        ("Les assaillants sont revenus la veille samedi.", date(2024, 3, 9), date(2024, 3, 9), 1),
        ("Le poste a été visé mardi dernier.", date(2024, 3, 12), date(2024, 3, 12), 1),
        ("Un raid dans la nuit de jeudi à vendredi.", date(2024, 3, 7), date(2024, 3, 8), 2),
        ("Un raid dans la nuit du 7 au 8 mars.", date(2024, 3, 7), date(2024, 3, 8), 2),
        ("Des affrontements ont éclaté mi-août.", date(2023, 8, 11), date(2023, 8, 20), 3),
        ("Le convoi a sauté le 30 septembre dernier.", date(2023, 9, 30), date(2023, 9, 30), 1),
        ("Les pluies de début juillet ont coupé la route.", date(2023, 7, 1), date(2023, 7, 10), 3),
        ("Deux bergers ont été enlevés hier.", date(2024, 3, 12), date(2024, 3, 12), 1),
        ("Le camp avait été visé il y a trois jours.", date(2024, 3, 10), date(2024, 3, 10), 1),
        ("Le camp avait été visé il y a quinze jours.", date(2024, 2, 27), date(2024, 2, 27), 1),
        ("Un raid dans la nuit du samedi 9 au dimanche 10 mars.", date(2024, 3, 9), date(2024, 3, 10), 2),
        ("Les combats ont duré du 4 au 6 mars.", date(2024, 3, 4), date(2024, 3, 6), 2),
        ("Des pillages en fin de semaine dernière.", date(2024, 3, 9), date(2024, 3, 10), 2),
        ("L'embuscade du 4 courant a fait trois morts.", date(2024, 3, 4), date(2024, 3, 4), 1),
        ("Le poste a été visé dans la nuit du 4 au 5 courant.", date(2024, 3, 4), date(2024, 3, 5), 2),
        ("Les combats ont duré du samedi 2 au lundi 4 courant.", date(2024, 3, 2), date(2024, 3, 4), 2),
        # a weekday of the week before publication's, not this week's
        ("Le poste a été visé mardi de la semaine dernière.", date(2024, 3, 5), date(2024, 3, 5), 1),
        ("Le poste a été visé jeudi de la semaine passée.", date(2024, 3, 7), date(2024, 3, 7), 1),
    ],
)
def test_french_relative_dates(text: str, start: date, end: date, precision: int) -> None:
    assert _span(text) == (start, end, precision)


def test_without_publication_date_only_dates_with_a_year_resolve() -> None:
    assert find_date_expressions("Un raid dans la nuit du 7 au 8 mars, puis mardi soir.", None, "fr") == []
    assert _span("Les frappes du 7 novembre 2023 ont visé le camp.", None) == (
        date(2023, 11, 7), date(2023, 11, 7), 1)
    assert _span("Les frappes de novembre 2023 ont visé le camp.", None)[2] == 3


def test_weekday_contradicting_the_month_moves_to_the_consistent_month() -> None:
    # 14 January 2024 was a Sunday; published on 15 June 2024, the latest Friday the 14th is 14 June.
    assert _span("La frappe de vendredi 14 janvier a tué six bergers.", date(2024, 6, 15))[:2] == (
        date(2024, 6, 14), date(2024, 6, 14))


def test_weekday_slip_of_a_recent_date_keeps_the_month() -> None:
    # illustrative: 22 September 2026 was a Tuesday; published on Monday 28 September the written day is
    # six days back, the Monday 22 June three months back: the weekday slipped, not the month.
    assert _span("Lundi 22 septembre, des hommes armés ont tué cinq civils.", date(2026, 9, 28))[:2] == (
        date(2026, 9, 22), date(2026, 9, 22))


def test_weekday_agreeing_with_the_date_is_kept() -> None:
    assert _span("Une embuscade le lundi 11 mars a coûté la vie à 4 gendarmes.")[:2] == (
        date(2024, 3, 11), date(2024, 3, 11))


def test_event_date_expressions_drop_period_bounds_and_statement_days() -> None:
    text = "Depuis février 2015, la région est visée. Le ministère a annoncé lundi la mort de 3 gardes."
    assert event_date_expressions(text, PUB, "fr") == []


def test_resolve_prefers_the_event_day_over_the_statement_day() -> None:
    text = "Le gouverneur a indiqué lundi que l'attaque avait eu lieu dimanche soir."
    resolved = resolve_event_date(text, PUB, "fr")
    assert resolved is not None and resolved.event_date == "2024-03-10"


def test_la_veille_is_the_eve_of_the_day_just_told() -> None:
    found = find_date_expressions("Le ministère a parlé lundi. La frappe a eu lieu la veille.", PUB, "fr")
    assert [e.date_start for e in found] == [date(2024, 3, 11), date(2024, 3, 10)]


@pytest.mark.parametrize(
    ("sentence", "recalled"),
    [
        ("Début juillet, six soldats avaient été tués dans l'attaque d'un poste militaire.", True),
        ("En juin, trois kamikazes avaient fait exploser leurs ceintures, tuant six personnes.", True),
        ("Cinq personnes ont été tuées dans la nuit de vendredi à samedi.", False),
        ("Le gouverneur a affirmé que cinq personnes avaient été tuées dans la nuit.", False),
        ("Le bilan faisait état d'un militaire décédé, avait précisé le ministère.", False),
    ],
)
def test_the_pluperfect_of_a_violent_verb_recalls_an_earlier_incident(sentence: str, recalled: bool) -> None:
    assert is_recalled(sentence, "fr") is recalled


def test_english_recalls_in_the_pluperfect_outside_reported_speech() -> None:
    assert is_recalled("Six soldiers had been killed in an earlier attack.", "en")
    assert not is_recalled("Officials said six soldiers had been killed in the attack.", "en")


def test_the_number_sept_is_no_month():
    pub = date(2024, 3, 13)
    assert find_date_expressions("Illustratif : le bilan est de sept civils tués.", pub, "fr") == []
    (expr,) = find_date_expressions("Illustratif : le 3 sept. 2023, deux bergers tués.", pub, "fr")
    assert expr.date_start == date(2023, 9, 3)


def test_a_date_after_que_in_reported_speech_dates_the_event():
    text = ("(Exemple) Dans un communiqué publié mercredi, l'état-major indique que le mardi 12 mars 2024, "
            "une unité a été prise dans une embuscade.")
    assert [e.surface for e in event_date_expressions(text, PUB, "fr")] == ["mardi 12 mars 2024"]
    assert resolve_event_date(text, PUB, "fr").event_date == "2024-03-12"


def test_reporting_words_of_the_previous_sentence_do_not_make_a_statement_day():
    # illustrative: a bulletin's "selon un communiqué." ends its sentence; "Le 1er avril" dates the next one
    text = ("Les unités ont mené des opérations du 30 mars au 5 avril, selon un communiqué de l'état-major. "
            "Le 1er avril, une unité a neutralisé vingt terroristes près de Solenzo.")
    days = [e.date_start for e in event_date_expressions(text, date(2026, 4, 7), "fr")]
    assert date(2026, 4, 1) in days
    # the reporting words of the date's own sentence still do
    said = "Un communiqué de l'armée publié le 2 avril fait état de vingt terroristes neutralisés."
    assert [e.date_start for e in event_date_expressions(said, date(2026, 4, 7), "fr")] == []


def test_the_start_of_the_week_is_its_monday_and_tuesday():
    # illustrative sentences; the publication day is Wednesday 13 March 2024
    early = _span("Trois agents ont été enlevés en début de semaine.")
    assert early[:2] == (date(2024, 3, 11), date(2024, 3, 12))
    assert _span("Le village a été attaqué cette semaine.")[:2] == (date(2024, 3, 11), date(2024, 3, 13))
    monday = date(2024, 3, 11)
    assert _span("Un raid a eu lieu en début de semaine.", monday)[:2] == (monday, monday)


def test_la_veille_is_the_day_before_the_last_day_told_else_before_publication() -> None:
    from sahelwatch.extract.dates import find_date_expressions

    pub = date(2026, 6, 10)
    # illustrative sentences
    [expr] = find_date_expressions("Les gendarmes ont interpellé la veille à Kara trois suspects.", pub, "fr")
    assert expr.date_start == date(2026, 6, 9)
    text = "Le 5 juin, l'armée a publié un bilan. L'attaque avait eu lieu la veille."
    found = find_date_expressions(text, pub, "fr")
    assert [e.date_start for e in found] == [date(2026, 6, 5), date(2026, 6, 4)]
    assert find_date_expressions("Des heurts ont éclaté à la veille du scrutin.", pub, "fr") == []
    assert find_date_expressions("Il a été enlevé la veille de la fête.", pub, "fr") == []


def test_an_aside_about_a_group_ends_with_its_sentence():
    # illustrative: "qui a souvent utilisé des kamikazes" is an aside about Boko Haram; the date of the next
    # sentence is no part of it, and still dates that sentence's deed
    text = ("L'attaque porte la marque de Boko Haram, qui a souvent utilisé des femmes comme kamikazes. "
            "En juin 2022, une série d'attentats-suicides à Gwoza avait fait trente morts.")
    [expr] = event_date_expressions(text, PUB, "fr")
    assert (expr.date_start, expr.date_end) == (date(2022, 6, 1), date(2022, 6, 30))
    english = ("The attack bore the hallmarks of Boko Haram, which has often used women as suicide bombers. "
               "In June 2022, a series of suicide bombings in Gwoza killed thirty people.")
    [expr] = event_date_expressions(english, PUB, "en")
    assert expr.date_start == date(2022, 6, 1)
    # an aside within the sentence still tells an actor's past
    aside = "La junte, qui a pris le pouvoir en juillet 2022, a annoncé mardi la mort de dix soldats."
    assert all(e.date_start != date(2022, 7, 1) for e in event_date_expressions(aside, PUB, "fr"))


@pytest.mark.parametrize(
    "text",
    [
        # illustrative: the day a source was reached, and a long subject after the verb, date the statement
        "Illustratif : quatorze morts, selon des sources locales jointes samedi.",
        "Illustratif : l'armée a repoussé l'attaque, a annoncé l'Agence d'information du Burkina dimanche.",
        "Illustratif : quatre morts, a indiqué un habitant joint par téléphone dimanche.",
        # a claim told in the active voice, and a press briefing, are dated by their own day
        "Illustratif : le JNIM a revendiqué l'attaque samedi dans un message.",
        "Illustratif : douze morts, a annoncé le gouverneur de la province au cours d'un point de presse "
        "mardi.",
    ],
)
def test_the_day_a_source_spoke_is_a_statement_day(text: str) -> None:
    assert event_date_expressions(text, PUB, "fr") == []


def test_the_end_of_the_week_read_early_in_the_week_is_the_weekend_just_past() -> None:
    # PUB is a Wednesday: the weekend of 9-10 March, not the days of the publication week
    assert _span("Un camion a sauté sur une mine en fin de semaine près de Niono.")[:2] == (
        date(2024, 3, 9), date(2024, 3, 10))
    # read on a Saturday, the days from Friday to that Saturday
    saturday = date(2024, 3, 16)
    assert _span("Un camion a sauté sur une mine en fin de semaine près de Niono.", saturday)[:2] == (
        date(2024, 3, 15), saturday)


def test_a_weekday_of_a_round_up_of_the_week_just_past_is_of_that_week() -> None:
    # illustrative: published on Monday 18 March 2024, "Lundi" of a review of the week just past is the 11th,
    # not the publication day
    text = ("Voici les attaques recensées au cours de la semaine écoulée. Lundi, un poste de gendarmerie a "
            "été attaqué près de Djibo.")
    found = event_date_expressions(text, date(2024, 3, 18), "fr")
    assert [(d.date_start, d.date_end) for d in found] == [(date(2024, 3, 11), date(2024, 3, 11))]
