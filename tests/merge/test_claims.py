"""Claims of responsibility and toll updates in evidence text (illustrative sentences)."""

import pytest

from sahelwatch.merge.features import UPDATE_CUE, is_claim


@pytest.mark.parametrize(
    "text",
    [
        "Illustrative: JNIM claimed responsibility for the attack.",
        "Illustratif : le JNIM a revendiqué des tirs de roquette.",
        "Illustrative: IS Sahel claims killing nine soldiers near Tera",
        "Illustrative: armed group claims a series of attacks in Niger",
        "Ilustrativo: o JNIM reivindicou o ataque de quinta-feira contra a esquadra de Matéri.",
        "Ilustrativo: Estado Islâmico reivindica emboscada contra exército maliano",
    ],
)
def test_a_claim_is_found_in_english_french_portuguese_and_headline_idiom(text):
    assert is_claim(text)


@pytest.mark.parametrize(
    "text",
    [
        "Illustrative: no group has claimed responsibility for the attack.",
        "Illustratif : l'attaque n'a pas été revendiquée.",
        "Illustrative: clashes in Niger claim 34 lives",
        "Illustrative: the ambush claimed the lives of ten soldiers",
        "Ilustrativo: o ataque não foi reivindicado.",
        "Ilustrativo: nenhum grupo reivindicou o ataque contra a aldeia.",
    ],
)
def test_the_absence_of_a_claim_and_tolls_that_claim_lives_are_no_claims(text):
    assert not is_claim(text)


@pytest.mark.parametrize(
    ("text", "update"),
    [
        ("Illustrative: police raise death toll in Tera market bombing to 14", True),
        ("Ilustrativo: o balanço do ataque de segunda-feira subiu para 19 mortos.", True),
        ("Ilustrativo: Nigéria: sobe para 19 o número de agricultores mortos em Borno", True),
        ("Ilustrativo: o balanço provisório é de 15 mortos, segundo fontes locais.", False),
        # the number of one kind of dead, told as risen after a long complement
        ("Ilustrativo: o número de soldados mortos no ataque contra o quartel de Damboa, no Borno, "
         "subiu para 12.", True),
        ("Illustrative: the number of soldiers killed in the raid on the Damboa barracks rose to 12.", True),
        ("Illustratif : le nombre de soldats tués dans l'attaque du camp de Damboa est passé à 12.", True),
        ("Ilustrativo: o número de deslocados subiu para 3000.", False),
    ],
)
def test_a_raised_toll_is_a_toll_update(text, update):
    assert bool(UPDATE_CUE.search(text)) is update
