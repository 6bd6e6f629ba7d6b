"""Claims of responsibility in evidence text (illustrative sentences)."""

from sahelwatch.merge.features import is_claim


def test_a_claim_is_found_in_english_and_french():
    assert is_claim("Illustrative: JNIM claimed responsibility for the attack.")
    assert is_claim("Illustratif : le JNIM a revendiqué des tirs de roquette.")


def test_the_absence_of_a_claim_is_no_claim():
    assert not is_claim("Illustrative: no group has claimed responsibility for the attack.")
    assert not is_claim("Illustratif : l'attaque n'a pas été revendiquée.")
