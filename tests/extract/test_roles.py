"""Who did what: roles of the actors found near an event (illustrative actors only)."""

from sahelwatch.extract.actors import civilians, state_forces, unidentified_armed_group
from sahelwatch.extract.roles import FoundActor, RoleDefaults, assign_roles, attribute_suspect, clash_type
from sahelwatch.models import Actor

ARMY = state_forces("PH", "2024-01-10")
NPA = Actor("CPP/NPA", inter=2, ucdp_name="CPP", country="PH")
GUNMEN = unidentified_armed_group("PH")
DEFAULTS = RoleDefaults(ARMY, civilians("PH"), GUNMEN, "Philippines")


def _found(*actors: tuple[Actor, str]) -> list[FoundActor]:
    return [FoundActor(actor, group, 10 * i, 10 * i + 5) for i, (actor, group) in enumerate(actors)]


def test_an_attack_naming_only_state_forces_and_a_group_is_a_clash() -> None:
    # "NPA rebels were killed in a gunfight with police" (illustrative), typed as an attack
    found = _found((NPA, "militants"), (ARMY, "security"))
    clash = ("Battles", "Armed clash")
    assert clash_type("Violence against civilians", "Attack", found, {"unknown"}) == clash
    with_villagers = [*found, *_found((civilians("PH"), "civilians"))]
    assert clash_type("Violence against civilians", "Attack", with_villagers, set())[1] == "Attack"
    assert clash_type("Violence against civilians", "Attack", found, {"civilians"})[1] == "Attack"
    unnamed = _found((GUNMEN, "militants"), (ARMY, "security"))
    assert clash_type("Violence against civilians", "Attack", unnamed, set())[1] == "Attack"


def test_against_state_forces_a_named_group_beats_unidentified_gunmen() -> None:
    # "An armed group ... the NPA ... attacked troops" (illustrative)
    found = _found((GUNMEN, "militants"), (NPA, "militants"), (ARMY, "security"))
    actor1, actor2, _ = assign_roles("Battles", "Armed clash", found, set(), DEFAULTS)
    assert {actor1.name, actor2.name} == {NPA.name, ARMY.name}


def test_unidentified_gunmen_are_suspected_to_be_the_articles_one_named_group() -> None:
    # "Gunmen killed a farmer ... the NPA has been active in the area" (illustrative)
    article = _found((GUNMEN, "militants"), (civilians("PH"), "civilians"), (NPA, "militants"))
    actor1, actor2, evidence = attribute_suspect(GUNMEN, civilians("PH"), article)
    assert (actor1.name, actor1.ucdp_name, actor1.suspected) == (GUNMEN.name, None, "CPP")
    assert actor2.suspected is None and [e.field for e in evidence] == ["actor:suspected"]
    # two named groups, or the group already on the other side: no suspect
    other = Actor("Abu Sayyaf Group", inter=2, ucdp_name="ASG", country="PH")
    assert attribute_suspect(GUNMEN, ARMY, [*article, *_found((other, "militants"))])[2] == []
    assert attribute_suspect(GUNMEN, NPA, article)[0].suspected is None


def test_the_force_that_finds_a_body_is_not_the_killer():
    from sahelwatch.extract.pipeline import extract_article
    from sahelwatch.models import Article

    text = ("(Illustrative) The security forces (police) have found the body of a woman with gunshot "
            "wounds near a camp in Diffa on Monday.")
    article = Article(id="t-body", text=text, raw_text=text, published="2024-03-12", language="en")
    [mention] = extract_article(article)
    assert mention.actor1.inter != 1 and mention.actor2.name.startswith("Civilians")


def test_a_peaceful_protest_has_no_opponent_and_one_with_intervention_has_the_police() -> None:
    # "Thousands marched to support the junta; police dispersed them" (illustrative)
    found = _found((ARMY, "security"))
    actor1, actor2, _ = assign_roles("Protests", "Peaceful protest", found, set(), DEFAULTS)
    assert (actor1.name, actor2) == ("Protesters (Philippines)", None)
    actor1, actor2, _ = assign_roles("Protests", "Protest with intervention", found, set(), DEFAULTS)
    assert actor2.name == ARMY.name
