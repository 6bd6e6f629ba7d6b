"""The publication date a page prints in its text, for articles whose metadata gives none (illustrative)."""

from datetime import date

import pytest

from sahelwatch.ingest.build import build_article
from sahelwatch.ingest.records import Record
from sahelwatch.ingest.textdate import parse_date, printed_publication_date, wire_dateline_date

STORY = "Illustrative report. Gunmen killed three civilians on Sunday near Ayorou, local sources said."


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Publié le 12/03/2024 à 10:12\nHistoire.", "fr", date(2024, 3, 12)),
        ("Mis à jour le 1er avril 2024\nHistoire.", "fr", date(2024, 4, 1)),
        ("Published on March 12, 2024\nStory.", "en", date(2024, 3, 12)),
        ("published : 2 Dec 2021 at 13:59\nStory.", "en", date(2021, 12, 2)),
        ("Story.\nUpdated: 2024-03-12T10:00", "en", date(2024, 3, 12)),
        ("Publicado em 12 de março de 2024\nHistória.", "pt", date(2024, 3, 12)),
        ("Published 03/05/2024\nStory.", "en", None),  # March 5 or 3 May
        ("Published 25/05/2024\nStory.", "en", date(2024, 5, 25)),
        ("On 12 March 2024 gunmen attacked Ayorou.", "en", None),  # the event's date, not the page's
    ],
)
def test_only_a_line_that_says_it_dates_the_page_counts(text, language, expected):
    assert printed_publication_date(text, language) == expected


def test_impossible_dates_are_none():
    assert parse_date("31/02/2024", "fr") is None and parse_date("12 foo 2024") is None


def test_an_article_without_metadata_date_takes_the_printed_one():
    text = f"Publié le 12/03/2024 à 10:12\n{STORY}"
    article, _ = build_article(Record({"text": text, "language": "fr"}, "p.jsonl", 1, "jsonl"))
    assert (article.published, article.published_source) == ("2024-03-12", "text")
    assert "Publié le" not in article.text  # the line itself is boilerplate
    article, _ = build_article(Record({"text": text, "published": "2024-03-14"}, "p.jsonl", 2, "jsonl"))
    assert (article.published, article.published_source) == ("2024-03-14", "metadata")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("N'Djamena, 27 jan 2026 (Lusa) - Dois manifestantes foram mortos.", "pt", date(2026, 1, 27)),
        ("NIAMEY, March 12, 2026 (Sahel Wire) — Gunmen killed three civilians.", "en", date(2026, 3, 12)),
        ("Tenkodogo, 8 juin 2026 - Des hommes armés ont tué trois civils.", "fr", date(2026, 6, 8)),
        ("Gao, Mali, 3 de maio de 2026 (Lusa) - Homens armados mataram três civis.", "pt", date(2026, 5, 3)),
        ("By A. Reporter\nGAO, 2 May 2026 (AFP) - Gunmen killed three civilians.", "en", date(2026, 5, 2)),
        ("Kabul (BNA) - Four militants were killed.", "en", None),  # no day printed
        ("NIAMEY, March 12 (Sahel Wire) - Gunmen killed three civilians.", "en", None),  # no year
        ("Gunmen killed three civilians on 12 March 2026 - residents said.", "en", None),  # not a dateline
    ],
)
def test_a_wire_dateline_gives_its_day(text, language, expected):
    # illustrative datelines
    assert wire_dateline_date(text, language) == expected


def test_an_undated_wire_story_takes_its_dateline_day():
    text = f"Ayorou, 14 mars 2026 (Sahel Wire) - {STORY}"
    article, _ = build_article(Record({"text": text, "language": "fr"}, "p.jsonl", 1, "jsonl"))
    assert (article.published, article.published_source) == ("2026-03-14", "text")
    article, _ = build_article(Record({"text": text, "published": "2026-03-15"}, "p.jsonl", 2, "jsonl"))
    assert (article.published, article.published_source) == ("2026-03-15", "metadata")
