"""A single unnumbered death counts as one killed (illustrative sentences)."""

import pytest

from sahelwatch.extract.fatalities import find_casualties
from sahelwatch.extract.fatality_summary import summarise_fatalities


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("A herder near Ayorou was shot dead by gunmen on Monday.", "civilians"),
        ("Gunmen kill Tillabéri farmer", "civilians"),
        ("He died of his wounds in hospital.", "unknown"),
        ("The army said it killed the commander of the cell.", "unknown"),
        ("Gunmen opened fire on the village chief near Téra, causing his immediate death.", "unknown"),
        ("A local official abducted last week near Ménaka is reported to have been killed in captivity.",
         "unknown"),
        # headlines naming the victim by a trade or a rank the lists lacked
        ("Gunmen kill vaccinator in Diffa", "unknown"),
        ("Unknown attackers gun down village elder near Téra", "unknown"),
        ("Gendarmerie captain shot dead near Dori", "security"),
        ("Militiaman slain as he stops bandits from entering Bakura", "militants"),
        ("Police inspector shot dead in Kano", "unknown"),
        ("Gunmen kill police inspector, abduct two in Zamfara", "security"),
        # a body found, told with its own article
        ("A body was found on Tuesday morning on the road out of Ménaka.", "unknown"),
        ("A decapitated corpse has been discovered near the market in Gao.", "unknown"),
    ],
)
def test_lone_death_is_one_killed(sentence, group):
    killed = [c for c in find_casualties(sentence) if c.kind == "killed"]
    assert [(c.low, c.group) for c in killed] == [(1, group)]


def test_numbers_win_over_lone_deaths():
    fatalities = summarise_fatalities(find_casualties("A soldier was killed and 12 attackers were killed."))
    assert fatalities.best == 13


def test_negation_is_not_a_lone_death():
    assert summarise_fatalities(find_casualties("No one was killed in the attack.")).best == 0


def test_a_short_complement_may_separate_noun_and_verb():
    found = find_casualties("Four militants of the Islamic State (IS) group were killed in an air strike.")
    assert [(c.kind, c.group, c.low) for c in found] == [("killed", "militants", 4)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen opened fire on the driver, killing him instantly.",
        "Nigerien soldier killed in ambush near Ayorou",
        "Sergeant Moussa Abdou was killed in the exchange of fire.",
    ],
)
def test_more_single_deaths(sentence):
    killed = [c for c in find_casualties(sentence) if c.kind == "killed"]
    assert [c.low for c in killed] == [1]


def test_ordinals_are_ranks_not_tolls():
    found = find_casualties("Gunmen shot a member of the 4th Division dead near Téra.")
    assert all(c.low != 4 for c in found)


def test_assassinations_are_deaths():
    found = find_casualties("Unknown gunmen assassinated two members of the local council.")
    assert [(c.kind, c.low) for c in found if c.kind == "killed"] == [("killed", 2)]


def test_people_found_deceased_are_dead():
    killed = [c for c in find_casualties("Two men were discovered to be deceased in a house near Gao.")
              if c.kind == "killed"]
    assert [c.low for c in killed] == [2]



def test_a_long_complement_still_reaches_its_verb():
    sentence = (
        "Four followers of wanted local commander Amadou Diallo of the Islamic State Sahel Province "
        "(ISSP) were reported killed near Ménaka."
    )
    killed = [c for c in find_casualties(sentence) if c.kind == "killed"]
    assert [c.low for c in killed] == [4]


@pytest.mark.parametrize(
    "sentence",
    [
        "He was later fatally shot near the market.",
        "At dawn, the owner of the pharmacy was shot to death by two men on a motorbike.",
        'A man nicknamed "El Tigre" also died at the scene.',
        "Police confirmed the discovery of a charred body inside the burnt car.",
        "Near the river, farmers found the mutilated body.",
    ],
)
def test_more_lone_deaths_and_bodies(sentence):
    killed = [c for c in find_casualties(sentence) if c.kind == "killed"]
    assert [c.low for c in killed] == [1]


def test_body_armour_is_no_body():
    assert not find_casualties("Soldiers found a body armour in the abandoned truck.")


def test_a_man_beaten_to_death_in_french_is_one_killed():
    """Illustrative: 'battu à mort' tells one death like 'lynché' does."""
    text = "Un homme a été battu à mort dimanche au marché de Fada N'Gourma."
    assert [c.low for c in find_casualties(text, "fr") if c.kind == "killed"] == [1]


@pytest.mark.parametrize(
    "sentence",
    [
        "On Tuesday a local councillor, identified as Moussa Diallo, 52, who was at his shop in the market "
        "of Sévaré, was shot dead by unknown gunmen.",
        "According to a statement, the village head, Alhaji Musa Bello, was killed in his home on Sunday.",
    ],
)
def test_a_lone_victim_told_with_a_clause_between_commas_is_one_killed(sentence):
    killed = [c for c in find_casualties(sentence) if c.kind == "killed"]
    assert [c.low for c in killed] == [1]
    assert not sentence[killed[0].start:].startswith("a statement")


def test_a_clause_that_tells_a_wounding_is_no_lone_death():
    sentence = "One soldier, who was wounded in the ambush, was evacuated to Gao on Sunday."
    assert [c for c in find_casualties(sentence) if c.kind == "killed"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The heads of a man and a woman were abandoned in a cooler on the road out of Celaya.",
        "A bag found under the bridge held the severed head of a person and a note signed by a gang.",
        "The discovery of a human head near a school brought police to the neighbourhood.",
        "Residents found two decapitated heads beside a banner on Monday morning.",
    ],
)
def test_a_severed_head_is_a_killing(sentence):
    killed = [c for c in find_casualties(sentence) if c.kind == "killed"]
    assert [c.low for c in killed] == [1]


def test_heads_of_state_are_no_killing():
    found = find_casualties("The heads of state were received in Niamey.")
    assert not [c for c in found if c.kind == "killed"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Amina Diallo, the director of the regional women's prison in Gao, was killed outside her home.",
        "She was rushed to a clinic in Kidal but succumbed to her wounds.",
        "He was declared dead on arrival at the hospital in Mopti.",
        "Moussa Traoré was pronounced dead at the scene.",
    ],
)
def test_a_lone_death_told_with_a_long_apposition_or_at_hospital(sentence):
    killed = [c for c in find_casualties(sentence) if c.kind == "killed"]
    assert [c.low for c in killed] == [1]


@pytest.mark.parametrize(
    "sentence", ["He was declared the winner of the vote.", "The court declared the result void."]
)
def test_declared_without_death_is_no_killing(sentence):
    assert not [c for c in find_casualties(sentence) if c.kind == "killed"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Son corps, criblé de balles, a été découvert samedi près de la frontière.",
        "Son corps a été retrouvé dimanche en brousse, à une dizaine de kilomètres du village.",
        "L'élu a été retrouvé mort lundi près de Téra.",
    ],
)
def test_a_body_found_in_french_is_one_killed(sentence):
    """Illustrative: a kidnapped person's body found ("son corps a été découvert") is one death."""
    assert [c.low for c in find_casualties(sentence, "fr") if c.kind == "killed"] == [1]


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        # an age spelt out or written without its hyphens ("Fourteen-year old", "a 14 year old boy")
        ("Fifteen-year old Aminata was killed on Sunday when a shell hit her home near Mopti.", "unknown"),
        ("A 14 year old boy was shot dead near Djibo on Monday.", "civilians"),
        # one more dead told before the verb's subject
        ("Also killed in the clash was a soldier, the army added.", "security"),
        ("Also killed during the raid was his aide, Musa Ali.", "unknown"),
        # a named victim killed in a clause after "when", and a headline's tribesman
        ("Moussa Traore was with his young son when killed by JNIM fighters on Saturday.", "unknown"),
        ("JNIM fighters gun down tribesman in front of his son", "unknown"),
    ],
)
def test_an_age_or_an_inverted_also_killed_tells_one_death(sentence, group):
    killed = [(c.low, c.group) for c in find_casualties(sentence, "en") if c.kind == "killed"]
    assert killed == [(1, group)]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("A protester shot by police died in hospital on Thursday.", "en"),
        ("Um manifestante baleado pela polícia morreu na quinta-feira.", "pt"),
    ],
)
def test_the_agent_of_a_lone_death_gives_the_victim_no_side(sentence, lang):
    # illustrative: the police shot the protester; the dead is no policeman
    killed = [(c.low, c.group) for c in find_casualties(sentence, lang) if c.kind == "killed"]
    assert killed == [(1, "unknown")]


@pytest.mark.parametrize("sentence", ["An independent body was set up to investigate the attack in Djibo.",
                                      "A regional body has been tasked with the inquiry."])
def test_a_body_that_is_an_institution_is_no_death(sentence):
    assert [c for c in find_casualties(sentence) if c.kind == "killed"] == []


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("A senior Taliban commander in the south of the country killed.", "militants"),
        ("A JNIM commander in the Gourma was killed on Sunday.", "militants"),
        ("A police commander in Kano was shot dead.", "security"),
        ("A senior commander in Kano was killed.", "unknown"),
    ],
)
def test_a_group_named_before_the_lone_victim_gives_its_side(sentence, group):
    # illustrative: the noun phrase names the body before the noun the death is told of
    killed = [c for c in find_casualties(sentence) if c.kind == "killed"]
    assert [(c.low, c.group) for c in killed] == [(1, group)]
