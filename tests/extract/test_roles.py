"""Who did what: roles of the actors found near an event (illustrative actors only)."""

from dataclasses import replace

import pytest

from sahelwatch.extract.actors import civilians, find_actors, state_forces, unidentified_armed_group
from sahelwatch.extract.pipeline import extract_article
from sahelwatch.extract.roles import (
    FoundActor,
    RoleDefaults,
    arrested_forces,
    assign_roles,
    associated_actors,
    attackers_first,
    attribute_suspect,
    civilians_are_no_battle,
    clash_type,
    is_responder,
    is_speaker,
    role_players,
)
from sahelwatch.models import Actor, Article

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
    # "two soldiers and a driver were killed ... the army neutralised several attackers": the escort fought
    both_sides = {"security", "militants", "civilians"}
    assert clash_type("Violence against civilians", "Attack", with_villagers, both_sides) == clash


def test_against_state_forces_a_named_group_beats_unidentified_gunmen() -> None:
    # "An armed group ... the NPA ... attacked troops" (illustrative)
    found = _found((GUNMEN, "militants"), (NPA, "militants"), (ARMY, "security"))
    actor1, actor2 = assign_roles("Battles", "Armed clash", found, set(), DEFAULTS)
    assert {actor1.name, actor2.name} == {NPA.name, ARMY.name}


def test_unnamed_fighters_told_before_a_named_rebel_group_are_its_men_when_no_forces_take_part() -> None:
    # "the army said its soldiers killed 15 militants who ambushed a patrol ... Seven soldiers died in the
    # attack, claimed by the NPA" (illustrative; the army only a source): the NPA against the state
    found = _found((GUNMEN, "militants"), (NPA, "militants"))
    actor1, actor2 = assign_roles("Battles", "Armed clash", found, {"security", "militants"}, DEFAULTS,
                                  first_dead="militants")
    assert {actor1.name, actor2.name} == {NPA.name, ARMY.name}
    # a militia is a side of its own: "bandits attacked vigilantes" (illustrative)
    vigilantes = Actor("Vigilantes of Samar", inter=4, ucdp_name="Vigilantes", country="PH")
    found = _found((GUNMEN, "militants"), (vigilantes, "militants"))
    actor1, actor2 = assign_roles("Battles", "Armed clash", found, {"militants"}, DEFAULTS)
    assert (actor1.name, actor2.name) == (GUNMEN.name, vigilantes.name)


def test_two_named_groups_fighting_each_other_are_the_sides_not_the_fighters_killed() -> None:
    # "40 fighters were killed in clashes between the NPA and the ASG" (illustrative)
    asg = Actor("Abu Sayyaf Group", inter=2, ucdp_name="ASG", country="PH")
    found = _found((GUNMEN, "militants"), (NPA, "militants"), (asg, "militants"))
    actor1, actor2 = assign_roles("Battles", "Armed clash", found, {"militants"}, DEFAULTS)
    assert {actor1.name, actor2.name} == {NPA.name, asg.name}


def test_soldiers_whose_dead_are_told_first_were_attacked() -> None:
    # "Six soldiers were killed in an ambush by the NPA; the troops killed 20 rebels" (illustrative): the
    # army is named first, but as the dead of the ambush; "troops killed 20 rebels; two soldiers died":
    # the army attacked
    found = _found((ARMY, "security"), (NPA, "militants"))
    both = {"security", "militants"}
    assert assign_roles("Battles", "Armed clash", found, both, DEFAULTS, "security") == (NPA, ARMY)
    assert assign_roles("Battles", "Armed clash", found, both, DEFAULTS, "militants") == (ARMY, NPA)
    assert assign_roles("Battles", "Armed clash", found, both, DEFAULTS) == (ARMY, NPA)


def test_a_bomb_that_killed_only_civilians_targeted_them_not_the_state_that_told_it() -> None:
    # "A bomb hit a bus, killing four civilians; the authorities blamed terrorists" (illustrative); a convoy
    # escorted by soldiers that hit a mine (no group named) stays the soldiers' (test below)
    found = _found((ARMY, "security"), (GUNMEN, "militants"))
    ied = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert assign_roles(*ied, found, {"civilians"}, DEFAULTS) == (GUNMEN, DEFAULTS.civilians)
    assert assign_roles(*ied, found, {"security"}, DEFAULTS) == (GUNMEN, ARMY)


def test_foreign_forces_alone_are_the_target_unless_militants_died() -> None:
    # "peacekeepers were injured when their vehicle struck a mine" / "the mercenaries killed ten jihadists"
    mission = Actor("UN peacekeeping mission", inter=8, ucdp_name=None, country="PH")
    found = _found((mission, "external"))
    assert assign_roles("Explosions/Remote violence", "Remote explosive/landmine/IED", found, set(),
                        DEFAULTS) == (GUNMEN, mission)
    assert assign_roles("Battles", "Armed clash", found, {"militants"}, DEFAULTS) == (mission, GUNMEN)


def test_foreign_forces_beside_the_army_are_not_its_opponent() -> None:
    # "the army and Wagner mercenaries suffered losses in fighting with rebels" (illustrative)
    wagner = Actor("Wagner Group", inter=8, ucdp_name="Wagner", country="PH")
    found = _found((ARMY, "security"), (wagner, "external"), (GUNMEN, "militants"))
    actor1, actor2 = assign_roles("Battles", "Armed clash", found, set(), DEFAULTS)
    assert {actor1.name, actor2.name} == {ARMY.name, GUNMEN.name}


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
    actor1, actor2 = assign_roles("Protests", "Peaceful protest", found, set(), DEFAULTS)
    assert (actor1.name, actor2) == ("Protesters (Philippines)", None)
    actor1, actor2 = assign_roles("Protests", "Protest with intervention", found, set(), DEFAULTS)
    assert actor2.name == ARMY.name
    # "supporters of the military rulers marched ... police fired tear gas": the police, not the rulers
    police = state_forces("PH", "2024-01-10", police=True)
    both = _found((ARMY, "security"), (police, "security"))
    assert assign_roles("Protests", "Protest with intervention", both, set(), DEFAULTS)[1] == police


WAGNER = Actor("Wagner Group", inter=8, ucdp_name="Wagner", country=None)
MALI_ARMY = state_forces("ML", "2025-03-04")
MALI_CIVILIANS = civilians("ML")
MALI = RoleDefaults(MALI_ARMY, MALI_CIVILIANS, unidentified_armed_group("ML"), "Mali")


def test_the_foreign_forces_beside_the_state_are_never_its_foe() -> None:
    """Illustrative: 'les combats avaient fait des dizaines de morts dans les rangs de l'armée malienne et de
    ses alliés russes, alors du groupe Wagner': their foe is unidentified, Wagner is the army's associate."""
    found = _found((MALI_ARMY, "security"), (WAGNER, "external"))
    actor1, actor2 = assign_roles("Battles", "Armed clash", found, {"security"}, MALI)
    assert (actor1, actor2) == (MALI.armed_group, MALI_ARMY)
    assert associated_actors(actor1, actor2, found, {"security"}) == ([], [WAGNER])


def test_soldiers_killed_by_an_unnamed_attacker_are_the_target() -> None:
    # "A roadside bomb killed four soldiers near Ngouboua" (illustrative)
    found = _found((ARMY, "security"))
    actor1, actor2 = assign_roles("Explosions/Remote violence", "Remote explosive/landmine/IED", found,
                                  {"security"}, DEFAULTS)
    assert (actor1, actor2) == (GUNMEN, ARMY)
    actor1, actor2 = assign_roles("Battles", "Armed clash", found, {"security", "militants"}, DEFAULTS)
    assert actor1 == ARMY


def test_a_strike_that_killed_only_civilians_targets_them_not_a_group_named_as_source() -> None:
    # "A drone strike killed eight civilians near Tinzaouaten, the FLA rebel alliance said" (illustrative)
    fla = Actor("FLA: Azawad Liberation Front", inter=2, ucdp_name="FLA", country="ML")
    found = _found((MALI_ARMY, "security"), (fla, "militants"))
    strike = ("Explosions/Remote violence", "Air/drone strike")
    actor1, actor2 = assign_roles(*strike, found, {"civilians"}, MALI)
    assert (actor1, actor2) == (MALI_ARMY, MALI_CIVILIANS)
    _, actor2 = assign_roles(*strike, found, {"militants"}, MALI)
    assert actor2 == fla


def test_a_strike_that_killed_people_told_as_no_fighters_targets_civilians() -> None:
    """Illustrative: 'a military drone strike killed 12 people ... shortly after bandits had passed': the
    unnamed bandits near the place are no proof of the target; a named group or dead fighters are."""
    strike = ("Explosions/Remote violence", "Air/drone strike")
    found = _found((ARMY, "security"), (GUNMEN, "militants"))
    assert assign_roles(*strike, found, {"unknown"}, DEFAULTS) == (ARMY, civilians("PH"))
    assert assign_roles(*strike, found[:1], {"unknown"}, DEFAULTS) == (ARMY, civilians("PH"))
    assert assign_roles(*strike, found, {"unknown", "militants"}, DEFAULTS) == (ARMY, GUNMEN)
    npa = _found((ARMY, "security"), (NPA, "militants"))
    assert assign_roles(*strike, npa, {"unknown"}, DEFAULTS)[1] == NPA
    assert assign_roles(*strike, found, set(), DEFAULTS) == (ARMY, GUNMEN)


def test_state_forces_lead_and_foreign_forces_beside_them_are_associated() -> None:
    # "Malian soldiers and Wagner mercenaries executed 20 civilians in Nara" (illustrative)
    found = _found((MALI_ARMY, "security"), (WAGNER, "external"), (MALI_CIVILIANS, "civilians"))
    actor1, actor2 = assign_roles("Violence against civilians", "Attack", found, {"civilians"}, MALI)
    assert (actor1, actor2) == (MALI_ARMY, MALI_CIVILIANS)
    assert associated_actors(actor1, actor2, found, {"civilians"}) == ([WAGNER], [])
    alone = _found((WAGNER, "external"), (MALI_CIVILIANS, "civilians"))
    assert assign_roles("Violence against civilians", "Attack", alone, {"civilians"}, MALI)[0] == WAGNER


def test_only_allies_and_co_targets_are_associated_actors() -> None:
    vdp = Actor("VDP: Volunteers for the Defense of the Homeland", inter=3, country="BF")
    found = _found((GUNMEN, "militants"), (MALI_CIVILIANS, "civilians"), (vdp, "militants"),
                   (ARMY, "security"))
    # the VDP lost men beside the civilians; the army that only arrived later is neither side
    assert associated_actors(GUNMEN, MALI_CIVILIANS, found, {"civilians", "militants"}) == ([], [vdp])
    assert associated_actors(GUNMEN, MALI_CIVILIANS, found, {"civilians"}) == ([vdp], [])
    # civilians named beside dead of no stated group may be among them
    assert associated_actors(MALI_ARMY, vdp, found[1:2], {"unknown"}) == ([], [MALI_CIVILIANS])


def test_a_source_of_the_report_is_a_speaker() -> None:
    text = "Bandits killed 15 villagers in Kairu on Saturday, police said. According to the army, ten died."
    police = FoundActor(ARMY, "security", text.index("police"), text.index("police") + 6)
    army = FoundActor(ARMY, "security", text.index("army"), text.index("army") + 4)
    bandits = FoundActor(GUNMEN, "militants", 0, 7)
    assert is_speaker(text, police, "en") and is_speaker(text, army, "en")
    assert not is_speaker(text, bandits, "en")
    fr = "Quinze civils ont été tués, a indiqué l'armée. Selon la gendarmerie, les assaillants ont fui."
    gendarmes = FoundActor(ARMY, "security", fr.index("gendarmerie"), fr.index("gendarmerie") + 11)
    assert is_speaker(fr, gendarmes, "fr")
    pt = "Quinze civis foram mortos, confirmou hoje a polícia."
    assert is_speaker(pt, FoundActor(ARMY, "security", pt.index("polícia"), len(pt) - 1), "pt")
    said = "A polícia disse que quinze civis foram mortos."
    assert is_speaker(said, FoundActor(ARMY, "security", 2, 9), "pt")
    member = "Fighters of two groups clashed, according to a member of the Civilian JTF militia."
    militia = FoundActor(ARMY, "security", member.index("Civilian JTF"), member.index(" militia"))
    assert is_speaker(member, militia, "en")


def test_the_authorities_someone_is_in_contact_with_are_no_party() -> None:
    """Illustrative: the ministry abroad talks to the Nigerien authorities; they did not kidnap anyone."""
    pt = "O ministério confirmou o sequestro e está em contacto com as autoridades nigerinas."
    assert is_speaker(pt, FoundActor(ARMY, "security", pt.index("autoridades"), len(pt) - 1), "pt")
    en = "The ministry said it was in contact with the Nigerien authorities."
    assert is_speaker(en, FoundActor(ARMY, "security", en.index("Nigerien"), len(en) - 1), "en")


def test_a_named_militia_without_a_ucdp_name_is_not_an_unidentified_side() -> None:
    # "Gunmen attacked a VDP post ... JNIM claimed responsibility" (illustrative): the VDP stay the target
    vdp = Actor("VDP: Volunteers for the Defense of the Homeland", inter=3, country="BF")
    jnim = Actor("JNIM: Jama'at Nusrat al-Islam wal Muslimin", inter=2, ucdp_name="JNIM", country="ML")
    article = [FoundActor(jnim, "militants", 80, 84)]
    actor1, actor2, _ = attribute_suspect(unidentified_armed_group("BF"), vdp, article)
    assert actor2 == vdp and actor1.suspected == "JNIM"


def test_two_named_armed_groups_clash_and_civilians_are_never_a_battle_side() -> None:
    jnim = Actor("JNIM: Jama'at Nusrat al-Islam wal Muslimin", inter=2, ucdp_name="JNIM", country="ML")
    issp = Actor("Islamic State (Sahel)", inter=2, ucdp_name="IS", country="ML")
    found = _found((jnim, "militants"), (issp, "militants"))
    attack = ("Violence against civilians", "Attack")
    assert clash_type(*attack, found, {"unknown"}) == ("Battles", "Armed clash")
    assert civilians_are_no_battle("Battles", "Armed clash", (MALI_ARMY, MALI_CIVILIANS)) == attack
    assert civilians_are_no_battle("Battles", "Armed clash", (MALI_ARMY, jnim)) == ("Battles", "Armed clash")


def test_arrests_are_made_by_the_state_forces_even_unnamed() -> None:
    # "The government announced the arrest of several officers in Ouagadougou" (illustrative)
    assert assign_roles("Strategic developments", "Arrests", [], set(), MALI) == (MALI_ARMY, None)
    found = _found((MALI_CIVILIANS, "civilians"), (ARMY, "security"))
    assert assign_roles("Strategic developments", "Arrests", found, set(), MALI) == (ARMY, MALI_CIVILIANS)


def test_arrested_soldiers_are_their_forces() -> None:
    # "Authorities arrested five army officers" / "Police arrested two soldiers accused of selling arms to
    # jihadists" (illustrative): the arrested serve in the state forces, not the group they helped
    police = state_forces("ML", "2025-03-04", police=True)
    jihadists = unidentified_armed_group("ML")
    alone = _found((MALI_ARMY, "security"))
    assert arrested_forces("Arrests", MALI_ARMY, None, alone, {"security"}) == MALI_ARMY
    found = _found((police, "security"), (MALI_ARMY, "security"), (jihadists, "militants"))
    assert arrested_forces("Arrests", police, jihadists, found, {"security"}) == MALI_ARMY
    assert arrested_forces("Arrests", police, jihadists, found, {"militants"}) == jihadists
    assert arrested_forces("Arrests", police, None, found, {"security", "civilians"}) is None


def test_coordinated_sources_and_spokespersons_are_speakers() -> None:
    text = "Nine worshippers were killed, police and a local militia leader said."
    police = FoundActor(ARMY, "security", text.index("police"), text.index("police") + 6)
    assert is_speaker(text, police, "en")
    text = "Police spokesperson Alfred Alabo confirmed the attack."
    assert is_speaker(text, FoundActor(ARMY, "security", 0, 6), "en")
    text = "Police and soldiers killed five bandits."
    assert not is_speaker(text, FoundActor(ARMY, "security", 0, 6), "en")


def test_a_source_of_civilian_deaths_is_not_their_killer() -> None:
    text = "A bomb killed nine worshippers in a mosque, police said."
    police = FoundActor(ARMY, "security", text.index("police"), text.index("police") + 6)
    assert role_players(text, [police], {"civilians"}, "en") == []
    # a lone source of its own fight stays: "the army said it killed 30 militants"
    text = "The army said it killed 30 militants."
    army = FoundActor(ARMY, "security", 4, 8)
    assert role_players(text, [army], {"militants"}, "en") == [army]
    # ... also when it names the fighters it killed: they are its target, not the only party
    npa = FoundActor(NPA, "militants", 40, 43)
    assert role_players(text, [army, npa], {"militants"}, "en") == [army, npa]


def test_forces_sent_after_the_event_are_no_party() -> None:
    text = ("Eleven villagers were killed in the clash. Troops of Operation Safe Haven were deployed to "
            "restore calm.")
    troops = FoundActor(ARMY, "security", text.index("Troops"), text.index("Troops") + 6)
    assert is_responder(text, troops, "en")
    assert role_players(text, [troops], {"civilians"}, "en") == []
    police = "Police later arrived at the scene."
    assert is_responder(police, FoundActor(ARMY, "security", 0, 6), "en")
    reinforcements = "Troops of Operation Hadin Kai later arrived to reinforce the town."
    assert is_responder(reinforcements, FoundActor(ARMY, "security", 0, 29), "en")
    fight = "Troops repelled the attackers and were deployed to guard the town."
    assert not is_responder(fight, FoundActor(ARMY, "security", 0, 6), "en")


def test_a_group_whose_leader_speaks_is_a_source() -> None:
    text = "The blast killed nine worshippers, police and a local militia leader said."
    start = text.index("militia")
    assert is_speaker(text, FoundActor(GUNMEN, "militants", start, start + 7), "en")
    clash = "Militia fighters clashed with bandits, leaving five dead."
    assert not is_speaker(clash, FoundActor(GUNMEN, "militants", 0, 7), "en")


def test_when_only_state_forces_died_the_armed_group_attacked() -> None:
    # "Twenty people, including 14 soldiers, were killed in an attack by NPA rebels" (illustrative): the
    # soldiers named first are the victims, not the initiators
    found = _found((ARMY, "security"), (NPA, "militants"))
    clash = ("Battles", "Armed clash")
    assert assign_roles(*clash, found, {"security", "unknown"}, DEFAULTS) == (NPA, ARMY)
    assert assign_roles(*clash, found, {"security", "militants"}, DEFAULTS) == (ARMY, NPA)  # first named


def test_state_forces_backing_a_militia_that_fought_are_its_associate() -> None:
    """Illustrative: 'les VDP, appuyés par les FDS, ont repoussé une attaque': the army sides with the VDP
    even though the VDP (security side) lost lives; it is no co-target of the attackers."""
    army = state_forces("BF", "2024-06-09")
    vdp = Actor("VDP: Volunteers for the Defense of the Homeland", inter=3, country="BF")
    gunmen = unidentified_armed_group("BF")
    found = _found((vdp, "security"), (army, "security"), (gunmen, "militants"))
    assert associated_actors(vdp, gunmen, found, {"security", "militants"}) == ([army], [])
    assert associated_actors(gunmen, vdp, found, {"security", "militants"}) == ([], [army])


def test_a_foreign_force_beside_the_state_forces_attacked_is_their_associate() -> None:
    """Illustrative: rebels fought 'l'armée malienne et ses supplétifs de Wagner': Wagner joins actor2."""
    army = state_forces("ML", "2024-07-25")
    wagner = Actor("Wagner Group", inter=8, country="ML")
    rebels = Actor("CSP-PSD", inter=2, country="ML")
    found = _found((army, "security"), (wagner, "external"), (rebels, "militants"))
    assert associated_actors(rebels, army, found, set()) == ([], [wagner])


def test_unnamed_insurgents_beside_a_named_group_are_not_its_opponent() -> None:
    """Illustrative: 'NPA rebels attacked an army post, killing five soldiers; the insurgents burned
    trucks': the insurgents are the NPA, and the soldiers the other side."""
    found = _found((NPA, "militants"), (GUNMEN, "militants"))
    assert assign_roles("Battles", "Armed clash", found, {"security"}, DEFAULTS) == (NPA, ARMY)
    rival = Actor("Abu Sayyaf Group", inter=2, country="PH")
    with_rival = _found((NPA, "militants"), (GUNMEN, "militants"), (rival, "militants"))
    assert assign_roles("Battles", "Armed clash", with_rival, {"militants"}, DEFAULTS) == (NPA, rival)


def test_unnamed_gunmen_beside_a_militia_are_its_opponent_not_the_state() -> None:
    """Illustrative: 'Members of a village militia clashed with bandits; four militiamen and three bandits
    died': the bandits are the militia's foes (a rebel group's 'insurgents' stay its own men, above)."""
    militia = Actor("Barangay Communal Militia (Philippines)", inter=4, country="PH")
    bandits = replace(GUNMEN, surface="bandits")
    found = _found((militia, "militants"), (bandits, "militants"))
    assert assign_roles("Battles", "Armed clash", found, {"militants"}, DEFAULTS) == (militia, bandits)
    assert assign_roles("Battles", "Armed clash", found[:1], {"militants"}, DEFAULTS) == (militia, ARMY)
    assert clash_type("Violence against civilians", "Attack", found, {"unknown"})[1] == "Armed clash"
    # "Suspected herdsmen killed 12 people ...; the gunmen burnt houses": the gunmen are the militia's men
    own_men = _found((militia, "militants"), (replace(GUNMEN, surface="gunmen"), "militants"))
    assert clash_type("Violence against civilians", "Attack", own_men, {"unknown"})[1] == "Attack"


def test_a_militia_that_lost_men_beside_the_army_is_on_the_armys_side() -> None:
    """Illustrative: 'six soldiers and 34 VDP were killed ... several dozen attackers were shot': the army
    is actor1, and the VDP who died beside it are its associates, not the attackers'."""
    vdp = Actor("VDP: Volunteers for the Defense of the Homeland", inter=3, country="BF")
    found = [FoundActor(vdp, "security", 20, 23)]
    gunmen = unidentified_armed_group("BF")
    army = state_forces("BF", "2023-04-15")
    assert associated_actors(army, gunmen, found, {"security", "militants"}) == ([vdp], [])
    assert associated_actors(gunmen, army, found, {"security"}) == ([], [vdp])


@pytest.mark.parametrize(
    ("text", "lang", "group", "surface"),
    [
        # 'num ataque de presumíveis jihadistas' tells who attacked
        ("Seis soldados morreram num ataque de presumíveis jihadistas; dezenas de atacantes foram abatidos.",
         "pt", GUNMEN, "jihadistas"),
        # NPA rebels 'ambushed' the soldiers
        ("Nine soldiers were killed when NPA rebels ambushed their patrol; 12 rebels died in the fighting.",
         "en", NPA, "NPA"),
    ],
)
def test_the_group_told_as_attacking_started_it(text, lang, group, surface) -> None:
    """Illustrative: the soldiers are named first, but the words tell who attacked; both sides lost men, so
    the order decides."""
    soldiers = FoundActor(ARMY, "security", 5, 13)
    attackers = FoundActor(group, "militants", text.index(surface), text.index(surface) + len(surface))
    players = attackers_first(text, [soldiers, attackers], lang)
    assert players == [attackers, soldiers]
    both_lost = {"security", "militants"}
    assert assign_roles("Battles", "Armed clash", players, both_lost, DEFAULTS) == (group, ARMY)


def test_a_group_that_was_attacked_is_not_moved_first() -> None:
    """Illustrative: a subject that 'were attacked' is not read as the attacker: it is the target, and
    goes after the others."""
    text = "NPA rebels were attacked by soldiers."
    rebels = FoundActor(NPA, "militants", 0, 3)
    soldiers = FoundActor(ARMY, "security", text.index("soldiers"), len(text) - 1)
    assert attackers_first(text, [rebels, soldiers], "en") == [soldiers, rebels]


def test_foreign_peacekeepers_killed_by_a_mine_are_its_target() -> None:
    """Illustrative: 'two MINUSMA peacekeepers died when their vehicle hit an IED': no armed group is
    named, so an unidentified one laid it and the mission is the target (not the attacker of the army)."""
    minusma = Actor("MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali "
                    "(2013-2023)", inter=8, country="ML")
    found = _found((minusma, "external"))
    ied = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    sides = assign_roles(*ied, found, {"security"}, MALI)
    assert sides == (MALI.armed_group, minusma)


def test_foreign_forces_fighting_beside_the_targeted_army_are_its_associates() -> None:
    """Illustrative: 'the rebels said they killed 47 soldiers and 84 Wagner fighters': Wagner is with
    the army, actor2."""
    wagner = Actor("Wagner Group", inter=8, country="ML")
    rebels = Actor("CSP-PSD: Permanent Strategic Framework for Peace, Security and Development", inter=2)
    found = [FoundActor(wagner, "external", 40, 46)]
    assert associated_actors(rebels, MALI_ARMY, found, {"security", "militants"}) == ([], [wagner])


def test_state_forces_whose_convoy_hit_a_mine_are_its_target_even_with_no_deaths() -> None:
    """Illustrative: 'an army convoy hit a roadside bomb; three soldiers were wounded' (no one died), or
    'two drivers died when a convoy escorted by soldiers hit a mine': an unidentified group laid it."""
    found = _found((ARMY, "security"))
    ied = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert assign_roles(*ied, found, set(), DEFAULTS) == (GUNMEN, ARMY)
    assert assign_roles(*ied, found, {"civilians"}, DEFAULTS) == (GUNMEN, ARMY)
    assert assign_roles(*ied, found, {"militants"}, DEFAULTS) == (ARMY, GUNMEN)  # their own bomb


def test_rioters_face_the_police_rather_than_other_forces_named_first() -> None:
    # "Rioters denounced the army's presence and burned shops; police fired tear gas" (illustrative)
    police = state_forces("PH", "2024-01-10", police=True)
    found = _found((ARMY, "security"), (police, "security"))
    assert assign_roles("Riots", "Violent demonstration", found, set(), DEFAULTS)[1] == police


@pytest.mark.parametrize(("text", "lang"), [
    ("The army said it neutralised 15 terrorists near Djibo, Burkina Faso, on Saturday.", "en"),
    ("L'armée a annoncé avoir neutralisé 15 terroristes près de Djibo, au Burkina Faso, samedi.", "fr"),
    ("O exército anunciou ter neutralizado 15 terroristas perto de Djibo, no Burkina Faso, no sábado.", "pt"),
])
def test_an_army_reporting_the_fighters_it_killed_is_the_attacker(text, lang):
    """Illustrative: the source of the report is no party, unless only the fighters it names died."""
    article = Article(id="r", text=text, raw_text=text, published="2024-05-13", language=lang)
    [mention] = extract_article(article)
    assert mention.actor1.name == "Military Forces of Burkina Faso (2022-)"
    assert mention.actor2.name == "Unidentified Armed Group (Burkina Faso)"


def test_the_side_told_as_attacked_defended() -> None:
    """Illustrative: the soldiers are named first, but 'une attaque contre un poste de l'armée' and 'un
    convoi des FAMa est tombé dans une embuscade' tell they were attacked; both sides lost men, so the order
    decides."""
    text = "Quatre soldats ont été tués lors d'une attaque contre un poste de l'armée. Des bandits ont péri."
    soldiers = FoundActor(ARMY, "security", 7, 14)
    army = FoundActor(ARMY, "security", text.index("armée"), text.index("armée") + 5)
    gunmen = FoundActor(GUNMEN, "militants", text.index("bandits"), text.index("bandits") + 7)
    both_lost = {"security", "militants"}
    players = attackers_first(text, [soldiers, army, gunmen], "fr")
    assert players == [gunmen, soldiers, army]
    assert assign_roles("Battles", "Armed clash", players, both_lost, DEFAULTS) == (GUNMEN, ARMY)
    text = "Un convoi des FAMa est tombé dans une embuscade près de Boni. Onze assaillants ont péri."
    fama = FoundActor(ARMY, "security", text.index("FAMa"), text.index("FAMa") + 4)
    gunmen = FoundActor(GUNMEN, "militants", text.index("assaillants"), text.index("assaillants") + 11)
    assert attackers_first(text, [fama, gunmen], "fr") == [gunmen, fama]
    text = "L'armée a repoussé une attaque. Les assaillants ont été attaqués par l'armée."
    army = FoundActor(ARMY, "security", 0, 7)
    gunmen = FoundActor(GUNMEN, "militants", text.index("assaillants"), text.index("assaillants") + 11)
    assert attackers_first(text, [army, gunmen], "fr") == [army, gunmen]  # the army attacked them


def test_of_an_actor_named_twice_the_mention_telling_its_role_is_kept() -> None:
    """Illustrative: the army is first named as 'soldats' killed, then as the object of the attack ('une
    attaque contre un poste de l'armée'): that mention stands for it, at the place of the first."""
    text = ("Quatre soldats ont été tués dimanche lors d'une attaque contre un poste de l'armée "
            "à Tamou. "
            "Une dizaine de terroristes ont été neutralisés lors de la riposte.")
    article = Article(id="r", text=text, raw_text=text, published="2024-03-11", language="fr")
    mentions = extract_article(article)
    assert [(m.actor1.name, m.actor2.name) for m in mentions if m.actor1 and m.actor2] == [
        ("Unidentified Armed Group (Niger)", "Military Forces of Niger (2023-)")]



def test_the_force_victims_were_accused_of_helping_is_no_party():
    text = ("(Illustrative) JNIM claimed responsibility for Sunday's attack on the village of Sakoira. The "
            "statement said its fighters had targeted traitors in the village, a word the group uses for "
            "civilians it accuses of collaborating with the army.")
    article = Article(id="t-pretext", text=text, raw_text=text, published="2024-03-12", language="en")
    [mention] = extract_article(article)
    assert mention.actor1.name.startswith("JNIM") and mention.actor2.name.startswith("Civilians")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("(Exemple) Les victimes, accusées de renseigner l'armée, ont été exécutées.", "fr"),
        ("(Exemple) Des civils accusés de collaborer avec l'armée ont été tués.", "fr"),
        ("(Ilustrativo) Civis acusados de colaborar com o exército foram mortos.", "pt"),
        ("(Illustrative) Villagers suspected of being informants for the army were killed.", "en"),
    ],
)
def test_a_force_named_as_the_victims_pretext(text, lang):
    from sahelwatch.extract.roles import is_pretext

    start = max(text.find("armée"), text.find("exército"), text.find("army"))
    assert is_pretext(text, FoundActor(ARMY, "security", start, start + 5), lang)


@pytest.mark.parametrize(
    "text",
    [
        "(Exemple) Des militaires ont exécuté six bergers, accusés de collaborer avec les groupes "
        "jihadistes.",
        "(Exemple) Les soldats ont abattu quatre hommes soupçonnés d'être des informateurs des groupes "
        "terroristes.",
    ],
)
def test_a_generic_group_named_as_the_victims_pretext(text):
    """The group noun before the unnamed fighters ("les groupes jihadistes") still tells the pretext."""
    from sahelwatch.extract.roles import is_pretext

    found = [f for f in find_actors(text, "fr", country="BF") if f.group == "militants"]
    assert found and all(is_pretext(text, f, "fr") for f in found)


def test_a_group_whose_men_the_unnamed_forces_killed_was_attacked() -> None:
    # "the army said it killed 50 NPA rebels; four soldiers died" (illustrative): the army, told only as the
    # source, is no found actor; the group's dead told first (or alone) make the state the attacker
    found = _found((NPA, "militants"))
    both = {"security", "militants"}
    assert assign_roles("Battles", "Armed clash", found, both, DEFAULTS, "militants") == (ARMY, NPA)
    assert assign_roles("Battles", "Armed clash", found, {"militants"}, DEFAULTS, "militants") == (ARMY, NPA)
    # "NPA rebels killed four soldiers; 20 rebels died": the soldiers' dead first, the group attacked
    assert assign_roles("Battles", "Armed clash", found, both, DEFAULTS, "security") == (NPA, ARMY)
    assert assign_roles("Battles", "Armed clash", found, {"security"}, DEFAULTS, "security") == (NPA, ARMY)


def test_an_army_that_says_it_killed_a_groups_fighters_attacked_them() -> None:
    # illustrative text: the Chadian army, the source of its own operation's toll, led it
    text = ("Ilustrativo: o exército chadiano afirmou ter abatido cerca de 50 combatentes do Boko Haram numa "
            "operação na quarta-feira perto de Baga Sola. Quatro militares chadianos morreram.")
    article = Article(id="op", text=text, raw_text=text, published="2025-12-05", language="pt")
    [mention] = extract_article(article)
    assert (mention.actor1.name, mention.actor2.name) == (
        "Military Forces of Chad (2021-)", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad")


def test_a_group_told_attacking_stays_the_attacker_whoever_died() -> None:
    # illustrative text: the post was attacked by the group's fighters, who alone are told killed
    text = ("Illustratif : dans la nuit de samedi à dimanche, le poste militaire de Kokorou a été attaqué "
            "par des terroristes de l'État islamique au Sahel. Vingt et un terroristes ont été neutralisés.")
    article = Article(id="post", text=text, raw_text=text, published="2026-04-20", language="fr")
    [mention] = extract_article(article)
    assert mention.actor1.name == "Islamic State (Sahel)"


def test_unnamed_gunmen_killed_by_forces_told_as_the_source_keep_their_place() -> None:
    # the rule for a group's dead told first is for a named group only (illustrative)
    found = _found((GUNMEN, "militants"))
    roles = assign_roles("Battles", "Armed clash", found, {"militants"}, DEFAULTS, "militants")
    assert roles == (GUNMEN, ARMY)


@pytest.mark.parametrize(("text", "army_surface", "surface"), [
    # a day between the participle and "par"
    ("Un convoi des FAMa et de leurs alliés russes a été attaqué lundi par des rebelles près de Ber.", "FAMa",
     "rebelles"),
    # "menée par des" before unnamed gunmen
    ("Une position de l'armée située à Kpendjal a fait l'objet d'une attaque menée par des hommes armés.",
     "armée", "hommes armés"),
    # the men of a named group stand for it
    ("Trois soldats ont été tués dans une embuscade tendue par des combattants du JNIM.", "soldats", "JNIM"),
])
def test_the_attacker_told_after_a_time_word_or_as_a_groups_men_comes_first(text, army_surface, surface):
    """Illustrative French sentences: the army is named first, but the words say who attacked."""
    at = text.index(army_surface)
    army = FoundActor(ARMY, "security", at, at + len(army_surface))
    attackers = FoundActor(GUNMEN, "militants", text.index(surface), text.index(surface) + len(surface))
    assert attackers_first(text, [army, attackers], "fr") == [attackers, army]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # illustrative sentences: unnamed fighters told with the army as one subject are its companions
    ("Au moins 20 civils ont été tués lundi à Moura par l'armée malienne et des combattants étrangers.", "fr",
     "Attack"),
    ("Malian soldiers and foreign fighters killed 20 civilians in Moura on Monday.", "en", "Attack"),
    ("Malian soldiers and allied foreign fighters killed 20 civilians in Moura on Monday.", "en", "Attack"),
    # ... unless the two are told fighting each other
    ("Malian soldiers and gunmen clashed near Moura on Monday, killing 20 civilians.", "en", "Armed clash"),
    ("Clashes between Malian soldiers and gunmen near Moura on Monday killed 20 civilians.", "en",
     "Armed clash"),
])
def test_unnamed_fighters_joined_to_the_army_are_its_companions(text, lang, expected):
    article = Article(id="c", text=text, raw_text=text, published="2024-05-08", language=lang)
    [mention] = extract_article(article)
    assert mention.sub_event_type == expected and mention.actor1.name == "Military Forces of Mali (2021-)"


def test_an_actor_doing_a_deed_after_said_is_no_speaker() -> None:
    """Illustrative: "said Boko Haram militants attacked": the group is the subject of what was said."""
    text = "The army said Boko Haram militants attacked a position near Bol. Gunmen fled, said police."
    militants = FoundActor(GUNMEN, "militants", text.index("Boko"), text.index(" attacked"))
    police = FoundActor(ARMY, "security", text.index("police"), text.index("police") + 6)
    assert not is_speaker(text, militants, "en")
    assert is_speaker(text, police, "en")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [  # illustrative reports: both sides died, no group named; the soldiers' dead told first were attacked
        ("Six soldiers and four attackers were killed on Saturday in an attack on a military post in "
         "Kpendjal, in northern Togo. The authorities did not name the attackers.", "en",
         ("Unidentified", "Military")),
        ("Seis soldados e quatro atacantes morreram no sábado num ataque contra um posto militar em "
         "Kpendjal, no norte do Togo. As autoridades não identificaram os atacantes.", "pt",
         ("Unidentified", "Military")),
        # the militants' dead told first: the troops attacked
        ("Troops killed 20 terrorists and lost three soldiers in fighting near Kpendjal, in northern Togo, "
         "on Saturday. The army said the situation was under control.", "en", ("Military", "Unidentified")),
    ],
)
def test_unnamed_attackers_whose_dead_are_told_after_the_soldiers_attacked(text, lang, expected):
    article = Article(id="roles-tg", text=text, raw_text=text, published="2026-11-02", language=lang)
    (mention,) = extract_article(article)
    assert (mention.actor1.name.split()[0], mention.actor2.name.split()[0]) == expected


@pytest.mark.parametrize("text", [
    "Gunmen opened fire on soldiers in Bourzanga on Sunday, killing two.",
    "Suspected jihadists fired on a police checkpoint in Bourzanga on Sunday, killing two.",
    "Two people were killed in an attack on a military post in Bourzanga on Sunday.",
    "A police patrol came under attack in Bourzanga on Sunday; two were killed.",
    "Gunmen opened fire on two VDP members in Bourzanga on Sunday, killing one.",
])
def test_forces_told_as_the_object_of_fire_or_of_an_attack_fought_their_attackers(text):
    """Illustrative: the dead are not civilians, and the unnamed attackers come first."""
    article = Article(id="r", text=text, raw_text=text, published="2024-01-08", language="en")
    [mention] = extract_article(article)
    assert (mention.event_type, mention.sub_event_type) == ("Battles", "Armed clash")
    assert mention.actor1.name == "Unidentified Armed Group (Burkina Faso)"
    assert mention.actor2.inter in (1, 3)  # the military, the police or the VDP


def test_forces_that_avenged_an_attack_on_them_are_the_attackers() -> None:
    """Illustrative: 'an attack on soldiers' recalls another incident; here the soldiers killed."""
    text = "Soldiers killed ten militants in Bourzanga on Sunday in retaliation for an attack on soldiers."
    article = Article(id="r", text=text, raw_text=text, published="2024-01-08", language="en")
    [mention] = extract_article(article)
    assert mention.actor1.name == "Military Forces of Burkina Faso (2022-)"


def test_a_strike_is_flown_by_the_state_not_by_a_militia_named_first() -> None:
    """Illustrative: 'gunmen killed eight VDP ... the army said its air force struck the fleeing column': the
    VDP named before the army fly no aircraft; with no state force named, the country's military struck."""
    vdp = Actor("VDP: Volunteers for the Defense of the Homeland", inter=3, ucdp_name="VDP", country="BF")
    strike = ("Explosions/Remote violence", "Air/drone strike")
    found = _found((vdp, "security"), (ARMY, "security"), (GUNMEN, "militants"))
    assert assign_roles(*strike, found, {"militants"}, DEFAULTS) == (ARMY, GUNMEN)
    assert assign_roles(*strike, [found[0], found[2]], {"militants"}, DEFAULTS) == (ARMY, GUNMEN)


def test_a_force_sent_after_the_incident_is_a_responder_past_its_bracketed_acronym():
    # illustrative: the acronym in brackets after the full name hides nothing of what follows
    text = "Les Forces de défense et de sécurité (FDS) ont été dépêchées sur les lieux."
    fds = FoundActor(ARMY, "security", text.index("Forces"), text.index(" (FDS)"))
    assert is_responder(text, fds, "fr")
    held = "Les Forces de défense et de sécurité (FDS) ont repoussé l'attaque."
    assert not is_responder(held, FoundActor(ARMY, "security", 4, held.index(" (FDS)")), "fr")


def test_a_police_command_that_put_the_toll_is_a_speaker() -> None:
    # illustrative: the command only counted the dead ("had initially put the number of dead at four")
    text = ("Gunmen killed seven people in Tangaza on Sunday. The Sokoto State Police Command had initially "
            "put the number of dead at four.")
    at = text.index("Police")
    assert is_speaker(text, FoundActor(ARMY, "security", at, at + 6), "en")


def test_members_of_a_group_cited_as_the_source_of_a_body_found_are_no_party() -> None:
    """Illustrative: "selon des membres du comité de vigilance" cites the committee; it killed no one."""
    text = "Son corps a été retrouvé dimanche en brousse, selon des membres du comité de vigilance local."
    start = text.index("comité")
    vigilantes = FoundActor(GUNMEN, "security", start, start + len("comité de vigilance"))
    assert role_players(text, [vigilantes], {"unknown"}, "fr") == []


def test_the_side_that_took_the_ground_is_actor1():
    text = ("Illustrative: ISWAP fighters overran a military base in Malam Fatori on Thursday, but troops "
            "later retook it.")
    article = Article(id="t-taker", text=text, raw_text=text, published="2024-03-12", language="en")
    [mention] = extract_article(article)
    assert mention.sub_event_type == "Government regains territory"
    assert mention.actor1.name == "Military Forces of Nigeria (2023-)"
    assert mention.actor2.name == "Islamic State West Africa Province (ISWAP)"


@pytest.mark.parametrize(("text", "actor2"), [
    ("Illustrative: hundreds of residents protested in Kaya on Monday against the insecurity, blocking "
     "the main road for several hours.", None),
    ("Illustrative: angry youths burned tyres and attacked shops owned by traders in Kaya on Monday, "
     "injuring three traders.", "Civilians (Burkina Faso)"),
])
def test_a_violent_demonstrations_civilians_are_a_target_only_when_hurt(text, actor2):
    article = Article(id="t-riot", text=text, raw_text=text, published="2024-03-12", language="en")
    [mention] = extract_article(article)
    assert mention.sub_event_type == "Violent demonstration"
    assert (mention.actor2.name if mention.actor2 else None) == actor2


def test_a_militia_of_actor1_s_kind_killed_in_its_fight_with_jihadists_is_its_associate() -> None:
    # illustrative: Dan Na Ambassagou (actor1) fought the JNIM; "des chasseurs dozos" were among the dead
    dna = Actor("Dan Na Ambassagou", inter=4, ucdp_name="Dogon", country="ML")
    dozos = Actor("Dozo Communal Militia", inter=4, country="ML")
    jnim = Actor("JNIM: Jama'at Nusrat al-Islam wal Muslimin", inter=2, ucdp_name="JNIM", country="ML")
    found = _found((dna, "militants"), (jnim, "militants"), (dozos, "militants"))
    assert associated_actors(dna, jnim, found, {"militants"}) == ([dozos], [])
    assert associated_actors(jnim, dna, found, {"militants"}) == ([], [dozos])


def test_forces_disputing_a_toll_of_civilians_are_its_source_not_its_perpetrator():
    text = ("Illustrative report. Local sources said about 20 civilians were killed on Saturday in an attack "
            "on the village of Seytenga. The army disputed that toll and spoke of three dead.")
    article = Article(id="t-disputed", text=text, raw_text=text, published="2024-03-12", language="en")
    [mention] = extract_article(article)
    assert mention.actor1.name == "Unidentified Armed Group (Burkina Faso)"
    assert (mention.fatalities.low, mention.fatalities.high) == (3, 20)
