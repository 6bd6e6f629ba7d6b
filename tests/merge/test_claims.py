"""Claims of responsibility in evidence text (illustrative sentences)."""

from sahelwatch.merge.features import is_claim


def test_a_claim_is_found_in_english_and_french():
    assert is_claim("Illustrative: JNIM claimed responsibility for the attack.")
    assert is_claim("Illustratif : le JNIM a revendiqué des tirs de roquette.")


def test_the_absence_of_a_claim_is_no_claim():
    assert not is_claim("Illustrative: no group has claimed responsibility for the attack.")
    assert not is_claim("Illustratif : l'attaque n'a pas été revendiquée.")


def test_headline_idiom_claims_are_claims_but_tolls_that_claim_lives_are_not():
    assert is_claim("Illustrative: IS Sahel claims killing nine soldiers near Tera")
    assert is_claim("Illustrative: armed group claims a series of attacks in Niger")
    assert not is_claim("Illustrative: clashes in Niger claim 34 lives")
    assert not is_claim("Illustrative: the ambush claimed the lives of ten soldiers")


def test_a_raised_toll_is_a_toll_update():
    from sahelwatch.merge.features import UPDATE_CUE

    assert UPDATE_CUE.search("Illustrative: police raise death toll in Tera market bombing to 14")


def test_a_claim_and_its_absence_are_found_in_portuguese():
    assert is_claim("Ilustrativo: o JNIM reivindicou o ataque de quinta-feira contra a esquadra de Matéri.")
    assert is_claim("Ilustrativo: Estado Islâmico reivindica emboscada contra exército maliano")
    assert not is_claim("Ilustrativo: o ataque não foi reivindicado.")
    assert not is_claim("Ilustrativo: nenhum grupo reivindicou o ataque contra a aldeia.")


def test_a_raised_toll_is_a_toll_update_in_portuguese():
    from sahelwatch.merge.features import UPDATE_CUE

    assert UPDATE_CUE.search("Ilustrativo: o balanço do ataque de segunda-feira subiu para 19 mortos.")
    assert UPDATE_CUE.search("Ilustrativo: Nigéria: sobe para 19 o número de agricultores mortos em Borno")
    assert not UPDATE_CUE.search("Ilustrativo: o balanço provisório é de 15 mortos, segundo fontes locais.")
