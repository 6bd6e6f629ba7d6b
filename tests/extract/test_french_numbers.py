"""French quantities in context (sentences written for these tests, not taken from reports)."""

import pytest

from sahelwatch.extract.numbers import find_numbers, parse_number


@pytest.mark.parametrize(
    ("text", "low", "high", "vague"),
    [
        ("quinze", 15, 15, False),
        ("dix-neuf", 19, 19, False),
        ("vingt-deux", 22, 22, False),
        ("quatre-vingt-dix", 90, 90, False),
        ("la vingtaine", 20, 20, True),
        ("la dizaine de", 10, 10, True),
        ("une quinzaine d'", 15, 15, True),
        ("le millier de", 1000, 1000, True),
        ("plus de 40", 40, 40, False),
        ("deux dizaines", 20, 20, False),
        ("des centaines de", 100, 100, True),
        ("près de 20", 18, 20, False),
        ("entre 12 et 15", 12, 15, False),
        # a qualifier elided into its vague quantity
        ("plus d'une trentaine de", 30, 30, True),
        ("plus d’une vingtaine de", 20, 20, True),
        ("près d'une centaine de", 90, 100, True),
    ],
)
def test_french_quantities(text: str, low: int, high: int, vague: bool) -> None:
    value = parse_number(text, "fr")
    assert value is not None and (value.low, value.high, value.vague) == (low, high, vague)


def test_vague_quantity_inside_a_sentence() -> None:
    found = find_numbers("Une trentaine de bergers et une cinquantaine de têtes de bétail.", "fr")
    assert [(n.low, n.vague) for n in found] == [(30, True), (50, True)]


def test_thousands_with_a_space_are_one_number() -> None:
    digits = [n for n in find_numbers("une force de 1 300 hommes", "fr") if n.text[:1].isdigit()]
    assert [(n.low, n.text) for n in digits] == [(1300, "1 300")]


def test_a_figure_echoed_in_digits_is_one_figure() -> None:
    # communiqués write a figure out, then in digits: "cinq (05) gendarmes"
    found = find_numbers("Bilan : cinq (05) gendarmes tués et onze (11) assaillants neutralisés.", "fr")
    assert [(n.low, n.text) for n in found] == [(5, "cinq (05)"), (11, "onze (11)")]
    # a different figure in brackets is not an echo
    assert [n.low for n in find_numbers("trois (dont 2 enfants)", "fr")] == [3, 2]
