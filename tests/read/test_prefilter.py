"""Required literals of lexicon patterns (illustrative patterns and sentences written for these tests)."""

import re

import pytest

from sahelwatch.read.prefilter import may_match, required_literals
from sahelwatch.read.relevance import _lexicon


def test_a_branch_requires_one_of_its_alternatives():
    assert required_literals(r"\b(?:withdrew|pulled out)\s+from\b") == {"withdrew", "pulled out"}


def test_the_most_selective_part_of_a_sequence_is_kept():
    assert required_literals(r"^(?![^.;]*\bkilled\b)[^.;]*\bwithdrew\s+from\s+(?:the\s+)?coalition") == {
        "coalition"
    }


def test_a_negative_lookahead_requires_nothing():
    assert required_literals(r"^(?!.*\bkilled\b).*") is None


def test_a_positive_lookahead_is_required():
    assert required_literals(r"^(?=.*\bsince\b)\w+") == {"since"}


def test_an_optional_part_or_an_empty_branch_requires_nothing():
    assert required_literals(r"(?:ransom)?\d+") is None
    assert required_literals(r"(?:ransom|)\d+") is None


def test_literals_are_lower_cased_and_short_ones_refused():
    assert required_literals(r"\bECOWAS\b") == {"ecowas"}
    assert required_literals(r"\b(?:at|in)\b") is None


def test_may_match():
    assert may_match(None, "anything")
    assert may_match(frozenset({"ecowas"}), "niger left ecowas in january")
    assert not may_match(frozenset({"ecowas"}), "soldiers were killed")


@pytest.mark.parametrize("lang", ["en", "fr", "pt"])
def test_every_no_event_pattern_that_matches_holds_one_of_its_literals(lang):
    sentences = [
        "Niger, Mali and Burkina Faso withdrew from ECOWAS in January.",
        "Reconnaissance drones were seen flying over the town on Monday.",
        "Attacks have intensified in the region since the start of the year.",
        "Le Niger s'est retiré de la CEDEAO.",
        "Des drones de reconnaissance ont survolé la ville.",
        "O Níger retirou-se da CEDEAO.",
        "Leia também: ataque em Djibo",
    ]
    for pattern in _lexicon("not_events")[lang]:
        needs = required_literals(pattern)
        rx = re.compile(pattern, re.IGNORECASE)
        for sentence in sentences:
            if rx.search(sentence):
                assert may_match(needs, sentence.lower()), (pattern, sentence)
