"""UCDP dyads of illustrative events: unnamed sides, supporting foreign forces, shelling and dyad order."""

import json

from illustrative import illustrative_event

from sahelwatch.export.ucdp import ucdp_dyad
from sahelwatch.models import Actor, Event, EventDate

CLASH = ("Battles", "Armed clash")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
KILLING = ("Violence against civilians", "Attack")


def _event(actor1: Actor | None, actor2: Actor | None, kind: tuple[str, str] = CLASH, day: str = "2021-06-01"
           ) -> Event:
    event = illustrative_event()
    event.event_type, event.sub_event_type = kind
    event.actor1, event.actor2 = actor1, actor2
    event.date = EventDate(day)
    return event


def _state(country: str, ucdp: str, surface: str = "troops") -> Actor:
    return Actor(f"Military Forces of {country}", surface=surface, inter=1, ucdp_name=ucdp)


def _group(name: str, ucdp: str | None = None) -> Actor:
    return Actor(name, surface=name, inter=2 if ucdp else 3, ucdp_name=ucdp)


SYRIA = _state("Syria", "Government of Syria")
GUNMEN = _group("Unidentified Armed Group")
CIVILIANS = Actor("Civilians", inter=7, ucdp_name="Civilians")


def test_an_unnamed_opponent_of_the_state_is_its_usual_one_in_the_region() -> None:
    event = _event(GUNMEN, SYRIA)
    assert ucdp_dyad(event, "Syria", "Deir ez-Zor governorate") == ("Government of Syria", "IS", 1)
    assert ucdp_dyad(event, "Syria", "Idlib governorate") == ("Government of Syria", "Syrian insurgents", 1)


def test_without_a_state_based_conflict_the_states_fights_belong_to_the_usual_dyad() -> None:
    police = _state("Mexico", "Government of Mexico", "municipal police")
    side_a, side_b, violence = ucdp_dyad(_event(GUNMEN, police), "Mexico", "Sinaloa state")
    assert violence == 2 and not side_a.startswith("Government")
    # no prior at all: the state's victims are civilians, never an empty side
    lonely = _state("Atlantis", "Government of Atlantis")
    assert ucdp_dyad(_event(lonely, GUNMEN), "Atlantis") == ("Government of Atlantis", "Civilians", 3)


def test_after_the_coup_myanmars_unnamed_fighters_are_the_nugs() -> None:
    junta = _state("Myanmar", "Government of Myanmar (Burma)")
    assert ucdp_dyad(_event(junta, GUNMEN), "Myanmar (Burma)", "Sagaing region")[1] == "NUG"
    assert ucdp_dyad(_event(junta, GUNMEN, day="2020-06-01"), "Myanmar (Burma)", "Sagaing region")[1] == "ULA"
    # a region with its own usual opponent keeps it
    assert ucdp_dyad(_event(junta, GUNMEN), "Myanmar (Burma)", "Kayin state")[1] == "KNU"


def test_foreign_supporting_forces_fight_in_their_allys_dyad() -> None:
    russia = _state("Russia", "Government of Russia (Soviet Union)", "Russian jets")
    turkey = _state("Turkey", "Government of Turkey", "Turkish artillery")
    sdf = _group("SDF: Syrian Democratic Forces", "SDF")
    rebels = _group("Syrian insurgents", "Syrian insurgents")
    assert ucdp_dyad(_event(russia, rebels, SHELLING), "Syria", "Idlib governorate")[:2] == (
        "Government of Syria", "Syrian insurgents")
    assert ucdp_dyad(_event(turkey, sdf, SHELLING), "Syria", "Al-Hasakah governorate") == ("SNA", "SDF", 2)
    coalition = _state("United States", "Government of United States of America", "International Coalition")
    islamic_state = _group("Islamic State (Syria/Iraq)", "IS")
    assert ucdp_dyad(_event(coalition, islamic_state, SHELLING), "Syria", "Deir ez-Zor governorate")[:2] == (
        "IS", "SDF")
    # their one-sided violence stays their own
    killing = _event(turkey, CIVILIANS, KILLING)
    assert ucdp_dyad(killing, "Syria", "Idlib governorate") == ("Government of Turkey", "Civilians", 3)
    # their strikes that kill civilians in the war are fought in their ally's dyad
    strike = _event(russia, CIVILIANS, ("Explosions/Remote violence", "Air/drone strike"))
    assert ucdp_dyad(strike, "Syria", "Idlib governorate")[0] == "Government of Syria"


def test_us_strikes_in_yemen_and_somalia_belong_to_the_governments_war() -> None:
    us = _state("United States", "Government of United States of America", "US drone strike")
    aqap = _group("AQAP: Al Qaeda in the Arabian Peninsula", "AQAP")
    shabaab = _group("Al Shabaab", "Al-Shabaab")
    strike = ("Explosions/Remote violence", "Air/drone strike")
    assert ucdp_dyad(_event(us, aqap, strike), "Yemen (North Yemen)", "Marib governorate") == (
        "AQAP", "Forces of the Presidential Leadership Council", 2)
    assert ucdp_dyad(_event(us, shabaab, strike), "Somalia", "Lower Shabelle region") == (
        "Government of Somalia", "Al-Shabaab", 1)


def test_two_named_groups_take_the_order_of_their_usual_dyad() -> None:
    sna, sdf = _group("SNA: Syrian National Army", "SNA"), _group("SDF: Syrian Democratic Forces", "SDF")
    assert ucdp_dyad(_event(sdf, sna), "Syria", "Aleppo governorate") == ("SNA", "SDF", 2)


def test_two_named_groups_without_a_regional_prior_take_ucdps_order_of_the_pair() -> None:
    # illustrative: whichever cartel the report names first, UCDP's dyad has its fixed side a
    cjng = _group("CJNG: Jalisco New Generation Cartel", "Jalisco Cartel New Generation")
    united = _group("Carteles Unidos", "Carteles Unidos")
    assert ucdp_dyad(_event(cjng, united), "Mexico", "Michoacán state")[:2] == (
        "Carteles Unidos", "Jalisco Cartel New Generation")


def test_two_named_groups_no_label_pairs_are_in_alphabetical_order() -> None:
    # illustrative: two communities' militias UCDP's labels never pair, whichever the report names first
    omor = _group("Omor Communal Militia", "Omor")
    anaku = _group("Anaku Communal Militia", "Anaku")
    assert ucdp_dyad(_event(omor, anaku), "Nigeria", "Anambra state") == ("Anaku", "Omor", 2)


def test_priors_keep_each_pairs_order_from_all_years(tmp_path) -> None:
    from sahelwatch.export.ucdp import build_priors, pair_key

    pairs = [("Rivers", "Hills", "2005-01-01")] * 2 + [("Hills", "Rivers", "2019-01-01")]
    rows = [{"start_date": day, "location_root_name": "Atlantis", "location_adm1_name": "North",
             "side_a_name": a, "side_b_name": b} for a, b, day in pairs]
    labels = tmp_path / "labels.jsonl"
    labels.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")  # illustrative labels
    assert build_priors([labels])["pair_order"] == {pair_key("Rivers", "Hills"): ["Rivers", "Hills"]}


def test_a_groups_shells_and_mines_that_kill_civilians_belong_to_its_war() -> None:
    taliban = _group("Taliban", "Taleban")
    mortar = _event(taliban, CIVILIANS, SHELLING, "2021-03-01")
    assert ucdp_dyad(mortar, "Afghanistan", "Kunduz province") == ("Government of Afghanistan", "Taleban", 1)
    bomber = _event(taliban, CIVILIANS, ("Explosions/Remote violence", "Suicide bomb"), "2021-03-01")
    assert ucdp_dyad(bomber, "Afghanistan", "Kunduz province") == ("Taleban", "Civilians", 3)


def test_a_group_ucdp_codes_against_another_group_keeps_that_war_against_generic_troops() -> None:
    sdf = _group("SDF: Syrian Democratic Forces", "SDF")
    assert ucdp_dyad(_event(GUNMEN, sdf), "Syria", "Deir ez-Zor governorate") == ("IS", "SDF", 2)
    # "soldiers" read as the state's: UCDP codes the SDF's fighting against IS, not the government
    assert ucdp_dyad(_event(sdf, SYRIA), "Syria", "Deir ez-Zor governorate") == ("IS", "SDF", 2)


def test_a_suspected_group_names_an_unidentified_side_unless_the_regions_prior_has_it() -> None:
    unidentified = "Unidentified Armed Group (Afghanistan)"
    gunmen = Actor(unidentified, surface="gunmen", inter=3, suspected="NRF")
    army = _state("Afghanistan", "Government of Afghanistan")
    assert ucdp_dyad(_event(army, gunmen), "Afghanistan", "Panjshir province")[:2] == (
        "Government of Afghanistan", "NRF")
    # the region's usual dyad already has the suspected group: the prior also gives its structure
    taliban_gunmen = Actor(unidentified, surface="gunmen", inter=3, suspected="Taleban")
    killing = _event(taliban_gunmen, CIVILIANS, KILLING, "2021-03-01")
    assert ucdp_dyad(killing, "Afghanistan", "Herat province") == ("Government of Afghanistan", "Taleban", 1)


def test_priors_list_the_groups_ucdp_codes_against_each_government(tmp_path) -> None:
    from sahelwatch.export.ucdp import build_priors

    sides = ["Front"] * 5 + ["Band"]
    rows = [{"start_date": "2019-05-01", "location_root_name": "Atlantis", "location_adm1_name": "North",
             "side_a_name": "Government of Atlantis", "side_b_name": side} for side in sides]
    labels = tmp_path / "labels.jsonl"
    labels.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")  # illustrative labels
    assert build_priors([labels])["rebels"] == {"Atlantis": ["Front"]}


def test_a_groups_only_war_in_a_region_is_kept_however_rare(tmp_path) -> None:
    from sahelwatch.export.ucdp import build_priors

    pairs = [("Herders", "Farmers", "North")] + [("Herders", "Civilians", "South")] * 2 + [
        ("Herders", "Fishers", "South")]
    rows = [{"start_date": "2019-05-01", "location_root_name": "Atlantis", "location_adm1_name": region,
             "side_a_name": a, "side_b_name": b} for a, b, region in pairs]
    labels = tmp_path / "labels.jsonl"
    labels.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")  # illustrative labels
    local = build_priors([labels])["local_dyad"]
    assert local["Atlantis|north|Herders"] == ["Herders", "Farmers"]
    assert "Atlantis|south|Herders" not in local  # not its only dyad there, and not three times


def test_a_groups_killings_go_to_its_war_in_the_region_before_its_national_adversary() -> None:
    # illustrative: herders' militias kill villagers; UCDP's dyad is the community the region's labels name
    fulani = Actor("Fulani Ethnic Militia (Nigeria)", surface="herders", inter=4, ucdp_name="Fulani")
    killing = _event(fulani, CIVILIANS, KILLING)
    assert ucdp_dyad(killing, "Nigeria", "Oyo state") == ("Fulani", "Yoruba", 2)
    assert ucdp_dyad(killing, "Nigeria", "Benue state") == ("Fulani", "Tiv", 2)


def _unrest(kind: tuple[str, str], actor1: Actor, actor2: Actor, dead: int) -> Event:
    event = _event(actor1, actor2, kind)
    event.fatalities.best = dead
    return event


def test_protesters_killed_by_state_forces_are_the_states_one_sided_violence() -> None:
    protesters = Actor("Protesters (Syria)", inter=6)
    force = ("Protests", "Excessive force against protesters")
    assert ucdp_dyad(_unrest(force, SYRIA, protesters, 3), "Syria") == ("Government of Syria", "Civilians", 3)
    riot = _unrest(("Riots", "Violent demonstration"), Actor("Rioters (Syria)", inter=5), SYRIA, 2)
    assert ucdp_dyad(riot, "Syria") == ("Government of Syria", "Civilians", 3)


def test_a_protest_without_deaths_or_a_riot_without_an_armed_side_is_not_coded() -> None:
    protesters = Actor("Protesters (Syria)", inter=6)
    force = ("Protests", "Excessive force against protesters")
    assert ucdp_dyad(_unrest(force, SYRIA, protesters, 0), "Syria")[2] is None
    mob = _unrest(("Riots", "Mob violence"), Actor("Rioters (Syria)", inter=5), CIVILIANS, 1)
    assert ucdp_dyad(mob, "Syria")[2] is None


def test_unnamed_communal_militias_take_the_regions_communal_dyad_else_their_acled_names() -> None:
    niger = Actor("Unidentified Communal Militia (Niger)", inter=4)
    nigeria = Actor("Unidentified Communal Militia (Nigeria)", inter=4)
    assert ucdp_dyad(_event(nigeria, nigeria), "Nigeria", "Benue state") == ("Fulani", "Tiv", 2)
    assert ucdp_dyad(_event(niger, niger), "Niger", "Maradi region") == (niger.name, niger.name, 2)


def test_boko_haram_is_the_faction_ucdp_codes_the_regions_war_with() -> None:
    # illustrative: "Boko Haram" fights Niger's army in Diffa, where UCDP's war is with IS (ISWAP)
    niger = _state("Niger", "Government of Niger")
    boko_haram = Actor("Boko Haram - JAS", surface="Boko Haram fighters", inter=2, ucdp_name="JAS")
    assert ucdp_dyad(_event(boko_haram, niger), "Niger", "Diffa region") == ("Government of Niger", "IS", 1)
    shekau = Actor("Boko Haram - JAS", surface="Shekau faction", inter=2, ucdp_name="JAS")
    assert ucdp_dyad(_event(shekau, niger), "Niger", "Diffa region")[1] == "JAS"
    nigeria = _state("Nigeria", "Government of Nigeria")
    assert ucdp_dyad(_event(boko_haram, nigeria), "Nigeria", "Borno state")[1] == "JAS"


def test_rioters_killed_by_state_forces_are_the_opponents_of_the_leader_of_the_day() -> None:
    # illustrative: police kill a rioter in Baghdad, then in Bogotá; UCDP names the protest movement after the
    # head of government in office that day
    iraq = _state("Iraq", "Government of Iraq", "police")
    riot = _unrest(("Riots", "Violent demonstration"), Actor("Rioters (Iraq)", inter=5), iraq, 1)
    assert ucdp_dyad(riot, "Iraq") == ("Government of Iraq", "Opponents of Kadhemi", 1)
    riot.date = EventDate("2019-11-01")
    assert ucdp_dyad(riot, "Iraq") == ("Government of Iraq", "Opponents of Mahdi", 1)
    colombia = _state("Colombia", "Government of Colombia", "riot police")
    force = ("Protests", "Excessive force against protesters")
    protest = _unrest(force, colombia, Actor("Protesters (Colombia)", inter=6), 2)
    assert ucdp_dyad(protest, "Colombia") == ("Government of Colombia", "Opponents of Duque", 1)


def test_an_opponents_side_learnt_from_old_labels_takes_the_leader_in_office() -> None:
    from sahelwatch.export.ucdp import _in_office

    assert _in_office("Iraq", "2021-02-22", "Opponents of Mahdi") == "Opponents of Kadhemi"
    assert _in_office("Iraq", "2019-12-01", "Opponents of Mahdi") == "Opponents of Mahdi"
    assert _in_office("Iraq", "2021-02-22", "IS") == "IS"


def test_after_the_coup_kayahs_unnamed_fighters_are_the_knpps() -> None:
    junta = _state("Myanmar", "Government of Myanmar (Burma)")
    assert ucdp_dyad(_event(junta, GUNMEN), "Myanmar (Burma)", "Kayah state")[1] == "KNPP"
    assert ucdp_dyad(_event(junta, GUNMEN, day="2020-06-01"), "Myanmar (Burma)", "Kayah state")[1] != "KNPP"


def test_mozambiques_unnamed_insurgents_are_is_since_it_claimed_the_war() -> None:
    army = _state("Mozambique", "Government of Mozambique")
    assert ucdp_dyad(_event(army, GUNMEN, day="2021-07-25"), "Mozambique")[1] == "IS"
    assert ucdp_dyad(_event(army, GUNMEN, day="2016-07-25"), "Mozambique")[1] == "Renamo"


def test_a_communal_militia_without_a_one_sided_record_kills_within_its_communal_conflict() -> None:
    # illustrative: Irigwe gunmen kill a herder in Plateau; UCDP never codes an informally organised community
    # as a perpetrator of one-sided violence, so the killing is Fulani against Irigwe (non-state); Dogon
    # hunters killing Fulani villagers in Mopti likewise
    irigwe = Actor("Irigwe Ethnic Militia", surface="Irigwe", inter=4, ucdp_name="Irigwe")
    killing = _event(irigwe, CIVILIANS, KILLING)
    assert ucdp_dyad(killing, "Nigeria", "Plateau state") == ("Fulani", "Irigwe", 2)
    # unidentified gunmen the report ties to the community: its communal conflict too
    gunmen = Actor("Unidentified Armed Group (Nigeria)", inter=3, suspected="Irigwe")
    killing = _event(gunmen, CIVILIANS, KILLING)
    assert ucdp_dyad(killing, "Nigeria", "Plateau state") == ("Fulani", "Irigwe", 2)
    dogon = Actor("Dogon Ethnic Militia (Mali)", surface="Dozo", inter=4, ucdp_name="Dogon")
    assert ucdp_dyad(_event(dogon, CIVILIANS, KILLING), "Mali", "Mopti region") == ("Dogon", "Fulani", 2)
    # a formally organised group keeps its one-sided violence
    jnim = Actor("JNIM", surface="JNIM", inter=2, ucdp_name="JNIM")
    assert ucdp_dyad(_event(jnim, CIVILIANS, KILLING), "Mali", "Mopti region") == ("JNIM", "Civilians", 3)


def test_the_villagers_a_communal_militia_kills_are_of_the_attacked_communitys_side() -> None:
    # illustrative: Dogon hunters kill Fulani villagers in central Mali; in UCDP's Dogon-Fulani dyad the dead
    # are the attacked community's side, not civilians
    from sahelwatch.export.ucdp import NON_STATE, ONE_SIDED, community_victims_side

    dozos = Actor("Dan Na Ambassagou", surface="Dozo hunters", inter=4, ucdp_name="Dogon")
    villagers = Actor("Civilians (Mali)", inter=7, ucdp_name="Civilians")
    event = _event(dozos, villagers, KILLING)
    assert community_victims_side(event, "Dogon", "Fulani", NON_STATE) == 1
    assert community_victims_side(event, "Fulani", "Dogon", NON_STATE) == 0
    assert community_victims_side(event, "Dogon", "Civilians", ONE_SIDED) is None
    # two communal militias fighting each other: their dead stay as told
    fulani = Actor("Fulani Ethnic Militia (Mali)", inter=4, ucdp_name="Fulani")
    assert community_victims_side(_event(dozos, fulani), "Dogon", "Fulani", NON_STATE) is None
    # an armed group (not a community) attacking villagers
    assert community_victims_side(_event(GUNMEN, villagers, KILLING), "Dogon", "Fulani", NON_STATE) is None


def test_in_a_war_of_gangs_or_cartels_a_man_shot_dead_is_of_unknown_affiliation() -> None:
    # illustrative: two armed gangs of Nigeria's north-west fight over a town; "a man was shot dead" may be
    # a member of either, not a civilian for UCDP; with a rebel group or a community in the dyad it stays one
    from sahelwatch.export.ucdp import NON_STATE, ONE_SIDED, militias_war

    gang = Actor("Gang A", surface="gunmen", inter=3, ucdp_name="Gang A")
    rival = Actor("Gang B", surface="rival gang", inter=3, ucdp_name="Gang B")
    villagers = Actor("Civilians (Nigeria)", inter=7, ucdp_name="Civilians")
    assert militias_war(_event(gang, rival), "Gang A", "Gang B", NON_STATE)
    assert militias_war(_event(gang, villagers, KILLING), "Gang A", "Gang B", NON_STATE)
    assert not militias_war(_event(gang, villagers, KILLING), "Gang A", "Civilians", ONE_SIDED)
    rebels = Actor("JNIM", surface="JNIM fighters", inter=2, ucdp_name="JNIM")
    assert not militias_war(_event(rebels, gang), "JNIM", "Gang A", NON_STATE)
    dozos = Actor("Dan Na Ambassagou", surface="Dozo hunters", inter=4, ucdp_name="Dogon")
    assert not militias_war(_event(dozos, villagers, KILLING), "Dogon", "Fulani", NON_STATE)
