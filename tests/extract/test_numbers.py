"""Unit tests of the number parser (English and French)."""

import pytest

from sahelwatch.extract.numbers import NumberValue, find_numbers, parse_number


@pytest.mark.parametrize(
    ("text", "lang", "low", "high", "vague"),
    [
        ("137", "en", 137, 137, False),
        ("1,200", "en", 1200, 1200, False),
        ("1 200", "fr", 1200, 1200, False),
        ("twelve", "en", 12, 12, False),
        ("thirty-two", "en", 32, 32, False),
        ("one hundred and five", "en", 105, 105, False),
        ("a hundred", "en", 100, 100, False),
        ("quinze", "fr", 15, 15, False),
        ("dix-neuf", "fr", 19, 19, False),
        ("soixante-dix", "fr", 70, 70, False),
        ("quatre-vingt-douze", "fr", 92, 92, False),
        ("vingt et un", "fr", 21, 21, False),
        ("soixante et onze", "fr", 71, 71, False),
        ("deux cents", "fr", 200, 200, False),
        ("trois mille deux cents", "fr", 3200, 3200, False),
        ("dozens", "en", 12, 12, True),
        ("tens of", "en", 12, 12, True),
        ("hundreds", "en", 100, 100, True),
        ("a dozen", "en", 12, 12, True),
        ("two dozen", "en", 24, 24, False),
        ("more than two dozen", "en", 24, 24, False),
        ("3 dozen", "en", 36, 36, False),
        ("half a dozen", "en", 6, 6, True),
        ("several", "en", 3, 10, True),
        ("plusieurs", "fr", 3, 10, True),
        ("une dizaine", "fr", 10, 10, True),
        ("une vingtaine", "fr", 20, 20, True),
        ("une trentaine", "fr", 30, 30, True),
        ("une cinquantaine", "fr", 50, 50, True),
        ("une centaine", "fr", 100, 100, True),
        ("plusieurs dizaines", "fr", 12, 12, True),
        ("des dizaines", "fr", 12, 12, True),
        ("des centaines", "fr", 100, 100, True),
        ("at least 12", "en", 12, 12, False),
        ("au moins 12", "fr", 12, 12, False),
        ("more than 2,000", "en", 2000, 2000, False),
        ("plus de 100", "fr", 100, 100, False),
        ("nearly 50", "en", 45, 50, False),
        ("près de 50", "fr", 45, 50, False),
        ("up to 30", "en", 27, 30, False),
        ("about 40", "en", 40, 40, False),
        ("environ 40", "fr", 40, 40, False),
        ("between 20 and 30", "en", 20, 30, False),
        ("20 to 30", "en", 20, 30, False),
        ("20-30", "en", 20, 30, False),
        ("entre 20 et 30", "fr", 20, 30, False),
    ],
)
def test_parse_number(text: str, lang: str, low: int, high: int, vague: bool) -> None:
    assert parse_number(text, lang) == NumberValue(low, high, vague)


def test_parse_number_rejects_non_numbers() -> None:
    assert parse_number("the attack", "en") is None
    assert parse_number("12 soldiers", "en") is None


def test_find_numbers_offsets_and_qualifiers() -> None:
    text = "Gunmen killed at least twelve people and wounded 1,200 others."
    found = find_numbers(text, "en")
    assert [(text[m.start:m.end], m.low, m.qualifier) for m in found] == [
        ("at least twelve", 12, "at_least"),
        ("1,200", 1200, "exact"),
    ]


def test_find_numbers_does_not_join_separate_counts() -> None:
    found = find_numbers("killing two and wounding three", "en")
    assert [m.low for m in found] == [2, 3]


def test_unknown_language_falls_back_to_english() -> None:
    assert parse_number("twelve", "xx") == NumberValue(12, 12, False)


def test_a_wire_dateline_s_day_is_no_range_with_the_opening_figure():
    # illustrative: "Dec 15 - Nine soldiers" is no range 15-9; the figure after the dash stands alone
    found = find_numbers("OUAGADOUGOU, Dec 15 - Nine soldiers were killed on Saturday.", "en")
    assert [(n.low, n.high) for n in found] == [(9, 9)]
    assert [(n.low, n.high) for n in find_numbers("10-12 people", "en")] == [(10, 12)]
