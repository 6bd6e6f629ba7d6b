"""The event type of a consolidated incident (``extract.mention_type``)."""

from sahelwatch.extract.mention_type import violent_type


def test_deaths_make_an_event_violent_and_soldiers_make_it_a_battle():
    assert violent_type("Strategic developments", "Other", {"civilians"}) == (
        "Violence against civilians",
        "Attack",
    )
    assert violent_type("Violence against civilians", "Attack", {"security"}) == ("Battles", "Armed clash")
    assert violent_type("Protests", "Peaceful protest", set()) == ("Protests", "Peaceful protest")


def test_an_abduction_with_deaths_is_an_attack():  # "bandits killed 12 villagers and abducted 30"
    abduction = ("Violence against civilians", "Abduction/forced disappearance")
    assert violent_type(*abduction, set()) == abduction
    assert violent_type(*abduction, {"civilians"}) == ("Violence against civilians", "Attack")


def test_deaths_keep_force_against_protesters_and_a_violent_demonstration_as_acled_codes_them():
    force = ("Protests", "Excessive force against protesters")
    riot = ("Riots", "Violent demonstration")
    assert violent_type(*force, {"civilians"}) == force
    assert violent_type(*riot, {"unknown"}) == riot
