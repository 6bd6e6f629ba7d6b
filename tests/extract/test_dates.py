"""Unit tests of date expressions and event-date resolution, plus the UCDP-AEC dev measurement."""

import json
from datetime import date
from pathlib import Path

import pytest

from sahelwatch.extract.dates import (
    corrects_date,
    event_date_expressions,
    find_date_expressions,
    precision_codes,
    resolve_event_date,
)

PUB = date(2021, 3, 17)  # a Wednesday
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def _one(text: str, lang: str = "en", published: date | None = PUB):
    found = find_date_expressions(text, published, lang)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("on Saturday", date(2021, 3, 13), date(2021, 3, 13)),
        ("on Wednesday", date(2021, 3, 17), date(2021, 3, 17)),
        ("last Wednesday", date(2021, 3, 10), date(2021, 3, 10)),
        ("Tuesday night", date(2021, 3, 16), date(2021, 3, 16)),
        ("last week", date(2021, 3, 8), date(2021, 3, 14)),
        ("on Tuesday last week", date(2021, 3, 9), date(2021, 3, 9)),
        ("on Friday of last week", date(2021, 3, 12), date(2021, 3, 12)),
        ("early August", date(2020, 8, 1), date(2020, 8, 10)),
        ("mid-August", date(2020, 8, 11), date(2020, 8, 20)),
        ("late February", date(2021, 2, 21), date(2021, 2, 28)),
        ("earlier this month", date(2021, 3, 1), date(2021, 3, 17)),
        ("last month", date(2021, 2, 1), date(2021, 2, 28)),
        ("in October 2017", date(2017, 10, 1), date(2017, 10, 31)),
        ("in late 2014", date(2014, 9, 1), date(2014, 12, 31)),
        ("in early 2017", date(2017, 1, 1), date(2017, 4, 30)),
        ("by mid-2019", date(2019, 5, 1), date(2019, 8, 31)),
        ("at the end of 2019", date(2019, 9, 1), date(2019, 12, 31)),
        ("last year", date(2020, 1, 1), date(2020, 12, 31)),
        ("in May last year", date(2020, 5, 1), date(2020, 5, 31)),
        ("late March of last year", date(2020, 3, 21), date(2020, 3, 31)),
        ("during the month of February", date(2021, 2, 1), date(2021, 2, 28)),
        ("yesterday", date(2021, 3, 16), date(2021, 3, 16)),
        ("today", date(2021, 3, 17), date(2021, 3, 17)),
        ("this morning", date(2021, 3, 17), date(2021, 3, 17)),
        ("on 12 March", date(2021, 3, 12), date(2021, 3, 12)),
        ("on 12 December", date(2020, 12, 12), date(2020, 12, 12)),
        ("March 12, 2021", date(2021, 3, 12), date(2021, 3, 12)),
        ("12/03/2021", date(2021, 3, 12), date(2021, 3, 12)),
        ("the night of Thursday to Friday", date(2021, 3, 11), date(2021, 3, 12)),
        ("stormed the town overnight into Tuesday", date(2021, 3, 15), date(2021, 3, 16)),
        ("over the weekend", date(2021, 3, 13), date(2021, 3, 14)),
        ("was shot dead this past weekend", date(2021, 3, 13), date(2021, 3, 14)),
        ("three days ago", date(2021, 3, 14), date(2021, 3, 14)),
        ("a week ago", date(2021, 3, 10), date(2021, 3, 10)),
        ("two weeks ago", date(2021, 3, 3), date(2021, 3, 3)),
        ("in the past few hours", date(2021, 3, 17), date(2021, 3, 17)),
        ("over the last 48 hours", date(2021, 3, 15), date(2021, 3, 17)),
        ("48 hours ago", date(2021, 3, 15), date(2021, 3, 15)),  # illustrative: whole days back
    ],
)
def test_english_expressions(text: str, start: date, end: date) -> None:
    expr = _one(text)
    assert (expr.date_start, expr.date_end) == (start, end)


@pytest.mark.parametrize("text", ["about a week ago", "some two weeks ago", "more than a week ago"])
def test_an_approximate_count_of_weeks_gives_no_day(text: str) -> None:
    assert find_date_expressions(f"(Illustrative) The town fell {text}.", PUB, "en") == []


def test_the_past_hours_reach_back_from_publication_in_french_too() -> None:
    expr = _one("au cours des dernières 24 heures", "fr")
    assert (expr.date_start, expr.date_end) == (date(2021, 3, 16), date(2021, 3, 17))
    expr = _one("il y a 48 heures", "fr")  # illustrative: whole days back
    assert (expr.date_start, expr.date_end) == (date(2021, 3, 15), date(2021, 3, 15))


def test_moments_ago_is_the_day_of_publication() -> None:
    # illustrative: a report written as it happens
    text = "(Illustrative) A few moments ago a man was shot dead at a hotel."
    [expr] = find_date_expressions(text, PUB, "en")
    assert (expr.date_start, expr.date_end) == (PUB, PUB)


@pytest.mark.parametrize(
    ("hours", "start"),
    [("24", date(2021, 3, 16)), ("twenty-four", date(2021, 3, 16)), ("forty-eight", date(2021, 3, 15)),
     ("few", date(2021, 3, 17))],
)
def test_the_past_hours_told_in_words_reach_back_as_in_figures(hours: str, start: date) -> None:
    # illustrative: "the past twenty-four hours" is "the past 24 hours"; "the past few hours", today
    [expr] = find_date_expressions(f"(Illustrative) Clashes went on over the past {hours} hours.", PUB, "en")
    assert (expr.date_start, expr.date_end) == (start, PUB)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("mercredi soir", date(2021, 3, 17), date(2021, 3, 17)),
        ("la veille samedi", date(2021, 3, 13), date(2021, 3, 13)),
        ("mardi dernier", date(2021, 3, 16), date(2021, 3, 16)),
        ("dans la nuit de jeudi à vendredi", date(2021, 3, 11), date(2021, 3, 12)),
        ("dans la nuit du 7 au 8 mars", date(2021, 3, 7), date(2021, 3, 8)),
        ("mi-août", date(2020, 8, 11), date(2020, 8, 20)),
        ("le 30 septembre dernier", date(2020, 9, 30), date(2020, 9, 30)),
        ("début juillet", date(2020, 7, 1), date(2020, 7, 10)),
        ("hier", date(2021, 3, 16), date(2021, 3, 16)),
        ("avant-hier", date(2021, 3, 15), date(2021, 3, 15)),
        ("ce week-end", date(2021, 3, 13), date(2021, 3, 14)),
        ("le week-end dernier", date(2021, 3, 13), date(2021, 3, 14)),
        ("le 1er mars 2021", date(2021, 3, 1), date(2021, 3, 1)),
        ("en mai de l'année dernière", date(2020, 5, 1), date(2020, 5, 31)),
    ],
)
def test_french_expressions(text: str, start: date, end: date) -> None:
    expr = _one(text, "fr")
    assert (expr.date_start, expr.date_end) == (start, end)


def test_precision_codes() -> None:
    assert precision_codes(PUB, PUB) == (1, 1)
    assert precision_codes(date(2021, 3, 11), date(2021, 3, 12)) == (2, 2)
    assert precision_codes(date(2021, 3, 8), date(2021, 3, 14)) == (2, 3)
    assert precision_codes(date(2021, 2, 1), date(2021, 2, 28)) == (3, 4)
    assert precision_codes(date(2020, 1, 1), date(2020, 12, 31)) == (3, 5)


def test_future_dates_are_flagged_and_not_events() -> None:
    text = "Elections are scheduled for 28 March. Gunmen attacked the village on Monday."
    exprs = find_date_expressions(text, PUB, "en")
    assert [e.is_future for e in exprs] == [True, False]
    assert resolve_event_date(text, PUB, "en").event_date == "2021-03-15"


def test_unknown_publication_date_resolves_only_explicit_years() -> None:
    assert resolve_event_date("The attack happened on Saturday.", None, "en") is None
    assert find_date_expressions("hier soir", None, "fr") == []
    resolved = resolve_event_date("The attack of 12 March 2020 killed five.", None, "en")
    assert resolved.event_date == "2020-03-12" and resolved.time_precision == 1


def test_night_range_event_date_is_first_night() -> None:
    resolved = resolve_event_date("Attaque dans la nuit de jeudi à vendredi à Inates.", PUB, "fr")
    assert (resolved.event_date, resolved.date_end) == ("2021-03-11", "2021-03-12")
    assert (resolved.time_precision, resolved.date_prec) == (2, 2)


def test_statement_date_is_not_the_event_date() -> None:
    text = "The army said on Tuesday that soldiers repelled an attack on Sunday."
    assert resolve_event_date(text, PUB, "en").event_date == "2021-03-14"


def test_datelines_are_publication_not_event_dates() -> None:
    text = "NIAMEY, March 17 (Reuters) - Gunmen killed five soldiers on Monday."
    assert resolve_event_date(text, PUB, "en").event_date == "2021-03-15"


def test_no_expression_gives_none() -> None:
    assert resolve_event_date("Gunmen attacked a village.", PUB, "en") is None


def test_month_names_are_case_sensitive_in_english() -> None:
    assert find_date_expressions("They may attack again in May 2020.", PUB, "en")[0].surface == "in May 2020"
    assert len(find_date_expressions("They may march.", PUB, "en")) == 0


def _ucdp_date_rates() -> tuple[float, float]:
    with open(SHARED / "data" / "ucdp-aec" / "validation.jsonl", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    exact = near = 0
    for row in rows:
        published = date.fromisoformat(row["source_date"][:10])
        gold = date.fromisoformat(row["start_date"])
        resolved = resolve_event_date(row["source_article"], published, "en")
        got = date.fromisoformat(resolved.event_date) if resolved else published
        exact += got == gold
        near += abs((got - gold).days) <= 1
    return exact / len(rows), near / len(rows)


def test_ucdp_aec_validation_event_dates() -> None:
    exact, near = _ucdp_date_rates()
    assert exact >= 0.64
    assert near >= 0.80


def test_period_starts_are_not_event_dates() -> None:
    assert resolve_event_date("Depuis 2015, les attaques se multiplient.", None, "fr") is None
    assert resolve_event_date("Since March, attacks have increased.", PUB, "en") is None


def test_sahel_news_french_event_dates() -> None:
    with open(SHARED / "data" / "sahel-news" / "dev-fr.jsonl", encoding="utf-8") as handle:
        rows = {row["id"]: row for row in map(json.loads, handle)}
    expected = {"sd-08": "2019-02-01", "sd-12": "2025-11-13", "sd-17": "2023-09-02"}
    for article_id, event_date in expected.items():
        row = rows[article_id]
        resolved = resolve_event_date(row["text"], date.fromisoformat(row["published"][:10]), "fr")
        assert resolved is not None and resolved.event_date == event_date, article_id


def test_a_weekday_after_a_future_verb_is_the_coming_one() -> None:
    from sahelwatch.extract.dates import event_date_expressions

    assert event_date_expressions("(Illustrative) A curfew will start on Tuesday.", PUB) == []
    assert event_date_expressions("(Illustrative) Le couvre-feu va commencer mardi.", PUB, "fr") == []
    [expr] = event_date_expressions("(Illustrative) Gunmen killed five people on Tuesday.", PUB)
    assert expr.date_start == date(2021, 3, 16)
    # the weekday called the next one, before or after it
    assert event_date_expressions("(Illustrative) A marcha será no próximo sábado.", PUB, "pt") == []
    assert event_date_expressions("(Illustrative) Une marche est annoncée samedi prochain.", PUB, "fr") == []
    assert event_date_expressions("(Illustrative) Uma marcha no sábado que vem.", PUB, "pt") == []


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("Fighting raged between Monday and Tuesday.", "en", date(2021, 3, 15), date(2021, 3, 16)),
        ("Clashes went on from Friday to Sunday.", "en", date(2021, 3, 12), date(2021, 3, 14)),
        ("Between 2 and 4 March, jihadists besieged the camp.", "en", date(2021, 3, 2), date(2021, 3, 4)),
        ("The army said operations ran on March 2-4.", "en", date(2021, 3, 2), date(2021, 3, 4)),
        ("Des combats ont eu lieu entre lundi et mardi.", "fr", date(2021, 3, 15), date(2021, 3, 16)),
        ("Combates entre segunda-feira e terça-feira.", "pt", date(2021, 3, 15), date(2021, 3, 16)),
    ],
)
def test_a_span_of_days_gives_its_bounds_and_starts_on_its_first_day(text, lang, start, end):
    resolved = resolve_event_date(text, PUB, lang)
    assert (resolved.event_date, resolved.date_start, resolved.date_end) == (
        start.isoformat(), start.isoformat(), end.isoformat())
    assert (resolved.time_precision, resolved.date_prec) == precision_codes(start, end) == (2, 2)


def test_a_count_between_two_numbers_is_no_span_of_days():
    resolved = resolve_event_date("Between 20 and 30 people were killed on 12 March.", PUB)
    assert (resolved.date_start, resolved.date_end) == ("2021-03-12", "2021-03-12")


def test_a_date_naming_an_event_is_no_period_bound():
    resolved = resolve_event_date("The toll from Tuesday's attacks rose to 77.", date(2021, 3, 19))
    assert resolved.event_date == "2021-03-16"
    assert resolve_event_date("From Tuesday, a curfew applies in the city.", date(2021, 3, 19)) is None


def test_a_span_of_weekdays_told_as_coming_is_in_the_future():
    found = find_date_expressions("A curfew will apply from Monday to Friday in the city.", PUB)
    assert found and all(d.is_future for d in found)


def test_a_date_naming_a_peaceful_occasion_does_not_date_the_event() -> None:
    from sahelwatch.extract.dates import event_date_expressions

    text = "(Illustrative) Rioters took to the streets after the result of Saturday's presidential vote."
    assert event_date_expressions(text, PUB) == []
    [expr] = event_date_expressions("(Illustrative) The toll from Saturday's attack rose to 12.", PUB)
    assert expr.date_start.weekday() == 5


def test_a_claim_dates_the_attack_it_names_not_the_day_it_was_made() -> None:
    from sahelwatch.extract.dates import event_date_expressions

    text = ("(Illustrative) The group on Wednesday claimed responsibility for Sunday's raid on an army post "
            "in Nara.")
    [expr] = event_date_expressions(text, PUB)
    assert expr.date_start == date(2021, 3, 14)
    # with no other date in the sentence, the day of the statement is all there is
    [alone] = event_date_expressions("(Illustrative) The army on Tuesday said it killed 20 fighters.", PUB)
    assert alone.date_start == date(2021, 3, 16)


def test_a_weekday_naming_a_kind_of_day_is_no_date() -> None:
    text = "(Illustrative) Gunmen stormed a church during a Sunday service on March 7."
    [expr] = find_date_expressions(text, PUB)
    assert expr.date_start == date(2021, 3, 7)
    assert find_date_expressions("(Illustrative) The market is held on a Friday.", PUB) == []
    assert find_date_expressions("(Illustrative) Un marché se tient chaque vendredi.", PUB, "fr") == []
    assert len(find_date_expressions("(Illustrative) Gunmen attacked the church on Sunday.", PUB)) == 1


def test_a_date_in_an_apposition_about_a_group_is_no_event_date() -> None:
    from sahelwatch.extract.dates import event_date_expressions

    text = ("(Illustrative) The leader died in a confrontation with ISWAP fighters, a group that split from "
            "Boko Haram in 2016.")
    assert event_date_expressions(text, PUB) == []
    [expr] = event_date_expressions("(Illustrative) ISWAP fighters killed 12 soldiers in Marte in 2016.", PUB)
    assert expr.date_start == date(2016, 1, 1)


def test_the_date_a_statement_was_read_or_broadcast_is_not_the_event_date() -> None:
    # illustrative sentences
    text = "In a statement read on television on Tuesday, the army said troops attacked the camps on Sunday."
    assert resolve_event_date(text, PUB, "en").event_date == "2021-03-14"
    text = "In a message broadcast on state radio on Tuesday, the army said it repelled an attack on Sunday."
    assert resolve_event_date(text, PUB, "en").event_date == "2021-03-14"


def test_the_day_a_claim_was_released_by_an_agency_is_not_the_event_date() -> None:
    from sahelwatch.extract.dates import event_date_expressions

    # illustrative sentences
    text = ("The group claimed the attack on a patrol near Tillia, according to a statement released by its "
            "news agency on Tuesday.")
    assert event_date_expressions(text, PUB) == []
    text = "A video published by the group's media arm on Tuesday showed the fighters who attacked on Sunday."
    assert [e.date_start for e in event_date_expressions(text, PUB)] == [date(2021, 3, 14)]


def test_a_date_after_said_that_is_the_reported_events() -> None:
    from sahelwatch.extract.dates import event_date_expressions

    # illustrative sentence
    text = "The spokesman added that on Sunday the air force struck a camp near Gwoza, killing eight."
    assert [e.date_start for e in event_date_expressions(text, PUB)] == [date(2021, 3, 14)]
    assert event_date_expressions("The spokesman added on Tuesday that the camp was destroyed.", PUB) == []


def test_a_day_number_alone_is_the_last_such_day() -> None:
    from sahelwatch.extract.dates import event_date_expressions

    # illustrative sentences (PUB is Wednesday 17 March 2021)
    [expr] = event_date_expressions("The attack took place on the night of the 14th, when gunmen came.", PUB)
    assert expr.date_start == date(2021, 3, 14)
    [expr] = event_date_expressions("Gunmen raided the village on the 24th.", PUB)
    assert expr.date_start == date(2021, 2, 24)
    assert event_date_expressions("Soldiers of the 3rd battalion were deployed on the 22nd brigade's orders.",
                                  PUB) == []


def test_a_weekday_that_is_a_given_name_is_no_date() -> None:
    """Illustrative: Nigerian given names "Monday", "Sunday" after a comma or a title, before a surname."""
    pub = date(2026, 4, 15)
    text = "The council chairman, Monday Kassah, said the attackers stormed Hurum."
    assert find_date_expressions(text, pub, "en") == []
    told = find_date_expressions("Gunmen attacked the church on Sunday, Pastor Sunday Adamu said.", pub, "en")
    assert [e.surface for e in told] == ["on Sunday"]
    assert [e.surface for e in find_date_expressions("Bandits struck Maru, Monday April 6.", pub, "en")] == [
        "Monday April 6"]


def test_a_date_right_after_a_burial_dates_the_burial_not_the_deed() -> None:
    """Illustrative: the dead of Sunday's attack were buried on Monday."""
    pub = date(2026, 4, 15)
    assert event_date_expressions("The villagers said the dead were buried on Monday.", pub, "en") == []
    assert event_date_expressions("Residents at the mass burial in Bokkos on Monday.", pub, "en") == []
    fr = "Les victimes ont été inhumées lundi à Djibo."
    assert all(e.date_start != date(2026, 4, 13) for e in event_date_expressions(fr, pub, "fr"))
    assert [e.surface for e in event_date_expressions("Gunmen killed 12 people on Monday.", pub, "en")] == [
        "on Monday"]


def test_the_day_a_ministry_summoned_an_envoy_is_no_event_date_beside_another() -> None:
    """Illustrative: a diplomatic act's day (summoned, condemned) beside the day of the killing."""
    pub = date(2026, 2, 3)
    text = "The foreign ministry on Monday summoned the ambassador after two herders were killed on Saturday."
    assert [e.surface for e in event_date_expressions(text, pub, "en")] == ["on Saturday"]


def test_the_eve_of_an_occasion_is_the_day_before_the_occasion_the_text_dates() -> None:
    """Illustrative: "on the eve of the election" beside "Sunday's vote" is Saturday, not publication eve."""
    pub = date(2026, 4, 14)  # a Tuesday
    text = "Four soldiers were killed on the eve of the election. Sunday's vote was calm."
    assert [(e.surface, e.date_start) for e in event_date_expressions(text, pub, "en")] == [
        ("on the eve", date(2026, 4, 11))]
    assert event_date_expressions("Four soldiers were killed on the eve of the election.", pub, "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        # illustrative sentences: the day of a verdict, a ceremony or a rejection beside the deed's own day
        ("A court martial on Monday sentenced two men for the killing of a trader on June 3, 2020.", "en",
         date(2020, 6, 3)),
        ("La cour a condamné mardi huit hommes pour l'attaque du 4 mai 2019 contre le camp de Kaya.", "fr",
         date(2019, 5, 4)),
        ("Le ministre a déposé lundi une gerbe en mémoire des 20 soldats tués le 2 avril 2018.", "fr",
         date(2018, 4, 2)),
        ("O tribunal condenou esta segunda-feira dois homens pelo ataque de 9 de julho de 2019.", "pt",
         date(2019, 7, 9)),
    ],
)
def test_proceeding_day_gives_way_to_the_deeds_own_day(text: str, lang: str, day: date) -> None:
    exprs = event_date_expressions(text, PUB, lang)
    assert [e.date_start for e in exprs] == [day]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # illustrative sentences: a memorial ceremony's day beside the deaths' own "last week"
        ("Members of the brotherhood held a ceremony on Sunday for nine hunters killed last week.", "en"),
        ("Les chasseurs ont organisé dimanche une cérémonie pour neuf des leurs tués la semaine dernière.",
         "fr"),
        ("Os caçadores realizaram no domingo uma cerimónia pelos nove companheiros mortos na semana passada.",
         "pt"),
    ],
)
def test_a_ceremonys_day_gives_way_to_the_deaths_week(text: str, lang: str) -> None:
    pub = date(2026, 11, 23)  # a Monday
    exprs = event_date_expressions(text, pub, lang)
    assert [(e.date_start, e.date_end) for e in exprs] == [(date(2026, 11, 16), date(2026, 11, 22))]


def test_proceeding_day_alone_still_dates() -> None:
    # illustrative sentence: no other date, the verdict's day stays
    [expr] = event_date_expressions("A court on Monday sentenced two soldiers to death.", PUB)
    assert expr.date_start == date(2021, 3, 15)



@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [  # illustrative sentences: a month or a year in a clause opened by "since" bounds a period
        ("Foreigners have been kidnapped there since jihadists stepped up attacks in 2025.", "en", []),
        ("The junta has relied on drones since expelling French troops in 2023.", "en", []),
        ("Les rapts se multiplient depuis que les jihadistes ont étendu leurs attaques en 2025.", "fr", []),
        ("Os raptos aumentaram desde que os jihadistas chegaram à região em 2025.", "pt", []),
        # a day stays an event date; a year outside the clause too
        ("Residents fled since gunmen attacked the town on Tuesday.", "en", ["on Tuesday"]),
        ("Gunmen attacked the town in 2025, residents said.", "en", ["in 2025"]),
    ],
)
def test_a_month_or_year_in_a_since_clause_is_no_event_date(text: str, lang: str, kept: list[str]) -> None:
    found = event_date_expressions(text, date(2026, 11, 7), lang)
    assert [e.surface for e in found] == kept


def test_a_day_told_right_after_the_deed_a_statement_reports_is_the_deed_s():
    """Illustrative: 'said a drone strike on Friday killed ...' dates the strike; 'said on Friday' and a claim
    stay the statement's day."""
    from datetime import date

    from sahelwatch.extract.dates import event_date_expressions

    published = date(2026, 3, 16)
    told = "Illustrative: the army said a drone strike on Friday near Arbinda killed 12 terrorists."
    [friday] = event_date_expressions(told, published)
    assert friday.date_start == date(2026, 3, 13)
    assert event_date_expressions("Illustrative: the army said on Friday that 12 died.", published) == []
    assert event_date_expressions("Illustrative: JNIM claimed the attack on Friday.", published) == []


def test_a_day_a_correction_tells_as_wrong_dates_nothing_and_the_other_is_the_corrected_day() -> None:
    """Illustrative: a follow-up correcting the day of an attack, in English, French and Portuguese."""
    pub = date(2026, 11, 3)  # a Tuesday
    for text, lang in [("The attack took place on Sunday, not Saturday as first reported.", "en"),
                       ("L'attaque a eu lieu dimanche, et non samedi comme annoncé initialement.", "fr"),
                       ("O ataque ocorreu no domingo, e não no sábado como foi noticiado.", "pt")]:
        found = event_date_expressions(text, pub, lang)
        assert [e.date_start for e in found] == [date(2026, 11, 1)], (lang, found)
        assert corrects_date(text, found[0], pub, lang)
    plain = "Gunmen killed eight people on Sunday and burned granaries."
    assert not corrects_date(plain, event_date_expressions(plain, pub, "en")[0], pub, "en")


@pytest.mark.parametrize("text, lang", [
    ("Five years ago today, on Feb. 26, 2021, gunmen killed 12 villagers near Tillaberi.", "en"),
    ("Il y a cinq ans aujourd'hui, le 26 février 2021, des hommes armés tuaient douze villageois.", "fr"),
    ("Há cinco anos hoje, a 26 de fevereiro de 2021, homens armados mataram doze aldeões.", "pt"),
])
def test_an_anniversary_today_is_not_the_day_of_the_event(text: str, lang: str) -> None:
    """Illustrative: "five years ago today" names the anniversary; the date the text gives is the event's."""
    found = find_date_expressions(text, date(2026, 2, 26), lang)
    assert [e.date_start for e in found] == [date(2021, 2, 26)]


@pytest.mark.parametrize("text, lang, span", [
    ("Troops arrested 12 suspects on Thursday and Friday near Diffa.", "en",
     (date(2025, 6, 12), date(2025, 6, 13))),
    ("Les soldats ont interpellé 12 suspects jeudi et vendredi.", "fr",
     (date(2025, 6, 12), date(2025, 6, 13))),
    ("Soldados detiveram 12 suspeitos na quinta-feira e na sexta-feira.", "pt",
     (date(2025, 6, 12), date(2025, 6, 13))),
])
def test_two_weekdays_running_are_one_span(text: str, lang: str, span: tuple[date, date]) -> None:
    """Illustrative: "on Thursday and Friday" spans both days (date_end Friday), not Thursday alone."""
    found = find_date_expressions(text, date(2025, 6, 14), lang)
    assert [(e.date_start, e.date_end) for e in found] == [span]


def test_two_weekdays_apart_stay_two_days() -> None:
    """Illustrative: "on Monday and Wednesday" names two days, not the span between them."""
    found = find_date_expressions("Gunmen struck on Monday and Wednesday.", date(2025, 6, 14), "en")
    assert [(e.date_start, e.date_end) for e in found] == [(date(2025, 6, 9),) * 2, (date(2025, 6, 11),) * 2]


@pytest.mark.parametrize(("text", "lang"), [
    ("(Illustrative) Dozens of fighters have been killed in the operation launched last week.", "en"),
    ("(Illustratif) Des dizaines de terroristes ont été tués dans l'opération lancée le 3 mars.", "fr"),
    ("(Ilustrativo) Dezenas de terroristas foram mortos na operação lançada na semana passada.", "pt"),
])
def test_the_launch_of_an_operation_dates_none_of_its_deeds(text: str, lang: str) -> None:
    assert event_date_expressions(text, date(2026, 3, 20), lang) == []
    assert event_date_expressions("(Illustrative) Troops launched an offensive on Monday.", date(2026, 3, 20))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # illustrative: the day a resident spoke to an outlet by phone, or was reached, dates the statement
        ("Illustrative: gunmen stormed the village, a resident told Daily Star by phone on Monday.", "en"),
        ("Illustrative: eleven were killed, residents contacted on Monday said.", "en"),
        ("Ilustrativo: onze mortos, disse um morador por telefone na segunda-feira.", "pt"),
    ],
)
def test_the_day_a_source_spoke_by_phone_is_a_statement_day(text: str, lang: str) -> None:
    from sahelwatch.extract.dates import event_date_expressions

    assert event_date_expressions(text, date(2026, 3, 17), lang) == []


@pytest.mark.parametrize(
    "text",
    [
        "(Illustrative) He said the fighting went on until the early hours of Monday.",
        "(Illustrative) Fighting began late on Thursday and continued into Friday, officials said.",
        "(Illustrative) The clashes lasted until Tuesday morning.",
    ],
)
def test_the_day_a_fight_went_on_until_is_no_event_date(text):
    # illustrative: the end of a fight told before dates no new incident
    kept = [e.surface for e in event_date_expressions(text, date(2026, 10, 19), "en")]
    assert not any(s in ("Monday", "Friday", "Tuesday morning") for s in kept), kept


def test_a_daily_monitors_recent_day_is_the_day_of_its_report() -> None:
    # illustrative sentences: UCDP codes the Syrian Observatory's reports on their day (PUB is Wednesday)
    text = "SOHR activists have documented the death of two soldiers in an ambush near Palmyra yesterday."
    assert [e.date_start for e in event_date_expressions(text, PUB)] == [PUB]
    text = "The Syrian Observatory for Human Rights reported that a drone struck a car on Monday evening."
    assert [e.date_start for e in event_date_expressions(text, PUB)] == [PUB]
    # a day told with its month stays, and so does an older relative day or another outlet's "yesterday"
    text = "On March 9, SOHR activists documented an attack; a week ago, another one hit Palmyra."
    assert [e.date_start for e in event_date_expressions(text, PUB)] == [date(2021, 3, 9), date(2021, 3, 10)]
    text = "Gunmen killed two soldiers in an ambush near Tillaberi yesterday, the army said."
    assert [e.date_start for e in event_date_expressions(text, PUB)] == [date(2021, 3, 16)]


def test_the_day_of_a_condemnation_or_of_a_source_cited_is_not_the_event_date() -> None:
    # illustrative sentences (PUB is Wednesday 17 March 2021)
    text = "The provincial police condemned on Tuesday the killing of an officer in Bacuag on March 12."
    assert resolve_event_date(text, PUB, "en").event_date == "2021-03-12"
    text = ("According to a military official on Tuesday, nine soldiers were killed in clashes in the past "
            "24 hours near Marib.")
    assert [e.date_start for e in event_date_expressions(text, PUB)] == [date(2021, 3, 16)]
    # a date after the source's clause dates the event
    text = "According to the police, on Monday gunmen killed three traders near Gao."
    assert [e.date_start for e in event_date_expressions(text, PUB)] == [date(2021, 3, 15)]


def test_the_previous_week_after_a_told_day_is_the_week_before_that_day():
    text = ("Illustrative report. Soldiers killed 48 civilians in Bourzanga on April 14, 2026, Human Rights "
            "Watch "
            "said today. The soldiers arrived after an attack on a nearby army post the previous week.")
    found = event_date_expressions(text, date(2026, 5, 12), "en", drop_reporting=False)
    [week] = [d for d in found if d.surface == "the previous week"]
    assert (week.date_start, week.date_end) == (date(2026, 4, 6), date(2026, 4, 12))
    alone = "Illustrative report. Gunmen attacked a post near Djibo the previous week."
    [week] = event_date_expressions(alone, date(2026, 5, 12), "en")
    assert week.date_start == date(2026, 5, 4)


def test_a_from_opening_the_window_before_a_day_is_no_period_bound():
    # illustrative sentence: "from" belongs to the distance, not to the day
    from datetime import date as _date

    from sahelwatch.extract.dates import event_date_expressions
    text = "The attackers stormed a village 30km from Abéché on Tuesday afternoon."
    found = event_date_expressions(text, _date(2026, 4, 9), "en")
    assert [e.date_start.isoformat() for e in found] == ["2026-04-07"]
    assert event_date_expressions("Attacks have continued from 2015 on.", _date(2026, 4, 9), "en") == []


def test_a_period_opened_in_part_of_a_year_dates_no_event() -> None:
    text = "Yemen has been mired in civil war since late 2014 when rebels seized the capital."
    assert [e.surface for e in find_date_expressions(text, PUB)] == ["since late 2014"]
    assert event_date_expressions(text, PUB) == []


@pytest.mark.parametrize(("text", "lang", "start", "end"), [
    ("Les combats ont repris fin 2022 dans la région.", "fr", date(2022, 9, 1), date(2022, 12, 31)),
    ("O grupo surgiu no início de 2023 na região.", "pt", date(2023, 1, 1), date(2023, 4, 30)),
])
def test_part_of_a_year_in_french_and_portuguese(text: str, lang: str, start: date, end: date) -> None:
    expr = _one(text, lang)
    assert (expr.date_start, expr.date_end) == (start, end)


def test_a_weekday_naming_a_market_is_no_day() -> None:
    # illustrative sentences (PUB is Wednesday 17 March 2021): the Sunday market is held on Sundays
    text = "Soldiers surrounded the Sunday market in Dioura and rounded up dozens of men."
    assert event_date_expressions(text, PUB, "en") == []
    text = "Gunmen attacked the weekly market in Dioura on Sunday."
    assert [e.date_start for e in event_date_expressions(text, PUB, "en")] == [date(2021, 3, 14)]
    text = "Gunmen attacked the village on Sunday market day."
    assert [e.date_start for e in event_date_expressions(text, PUB, "en")] == [date(2021, 3, 14)]


def test_the_day_of_a_letter_is_no_event_date() -> None:
    # illustrative sentence (PUB is Wednesday 17 March 2021)
    text = "The rights group wrote to the Malian government on March 10 to share its findings."
    assert event_date_expressions(text, PUB, "en") == []
