"""Unit tests of the actor dictionary and matcher, plus the UCDP-AEC dev side-name measurement."""

import json
from datetime import date
from pathlib import Path

import pytest

from sahelwatch.extract.actors import (
    ActorDictionary,
    civilians,
    find_actors,
    interaction_code,
    stands_for,
    state_forces,
    ucdp_type_of_violence,
    unidentified_armed_group,
)
from sahelwatch.models import Actor

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def _names(text: str, lang: str = "en", country: str | None = "NE", on_date: str | None = "2024-01-10"):
    found = find_actors(text, lang, country=country, on_date=on_date)
    return [(m.surface, m.actor.name, m.group) for m in found]


def test_dictionary_is_versioned_and_cached() -> None:
    first = ActorDictionary.load()
    assert first.version and ActorDictionary.load() is first


@pytest.mark.parametrize(
    ("alias", "lang"),
    [
        ("JNIM", "en"),
        ("GSIM", "fr"),
        ("Nusrat al-Islam", "en"),
        ("Support Group for Islam and Muslims", "en"),
        ("Groupe de soutien à l'islam et aux musulmans", "fr"),
    ],
)
def test_jnim_aliases(alias: str, lang: str) -> None:
    (match,) = find_actors(f"Une attaque revendiquée par {alias} hier.", lang, country="ML")
    assert match.actor.name == "JNIM: Jama'at Nusrat al-Islam wal Muslimin"
    assert (match.actor.ucdp_name, match.actor.inter, match.group) == ("JNIM", 2, "militants")


@pytest.mark.parametrize(
    "alias",
    ["ISGS", "ISSP", "EIGS", "Islamic State in the Greater Sahara", "État islamique au Grand Sahara",
     "Islamic State Sahel Province"],
)
def test_islamic_state_sahel_aliases(alias: str) -> None:
    (match,) = find_actors(f"Des combattants de {alias} ont attaqué.", "fr", country="NE")
    assert (match.actor.name, match.actor.ucdp_name) == ("Islamic State (Sahel)", "IS")


@pytest.mark.parametrize(
    ("country", "name", "ucdp"),
    [("BF", "JNIM: Jama'at Nusrat al-Islam wal Muslimin", "JNIM"),
     ("DZ", "AQIM: Al Qaeda in the Islamic Maghreb", "AQIM"),
     ("SY", "Al Qaeda", "al-Qaida")],
)
def test_al_qaeda_in_sahel_news_is_its_sahel_branch(country: str, name: str, ucdp: str) -> None:
    found = find_actors("Jihadists linked to al Qaeda killed nine villagers.", "en", country=country)
    qaeda = next(m for m in found if m.surface == "al Qaeda")
    assert (qaeda.actor.name, qaeda.actor.ucdp_name) == (name, ucdp)


@pytest.mark.parametrize(
    ("country", "ucdp"),
    [("YE", "AQAP"), ("SO", "Al-Shabaab"), ("ML", "JNIM"), ("CI", "JNIM")],
)
def test_an_al_qaeda_affiliate_is_the_branch_of_the_articles_country(country: str, ucdp: str) -> None:
    found = find_actors("A drone strike killed a man described as an al-Qaeda affiliate near the town.", "en",
                        country=country)
    assert [m.actor.ucdp_name for m in found if "Qaeda" in m.surface] == [ucdp]


def test_nagaland_factions_have_their_ucdp_sides() -> None:
    text = ("Assam Rifles troops killed two militants of the NSCN (K-YA) in Tirap district, while cadres of "
            "the NSCN-IM and the National Socialist Council of Nagaland-Khaplang were active nearby.")
    sides = {m.surface: m.actor.ucdp_name for m in find_actors(text, "en", country="IN")}
    assert sides["NSCN (K-YA)"] == "UNLFW"
    assert sides["National Socialist Council of Nagaland-Khaplang"] == "UNLFW"
    assert sides["NSCN-IM"] == "NSCN-IM"


def test_the_autonomous_administrations_defence_forces_are_the_sdf() -> None:
    text = "Gunmen shot dead a member of the Autonomous Defense forces near a village east of Raqqa."
    names = [m.actor.ucdp_name for m in find_actors(text, "en", country="SY")]
    assert "SDF" in names and "Government of Syria" not in names


def test_dogon_militia_is_ucdps_dogon_side() -> None:
    found = find_actors("Dan Na Ambassagou militiamen raided the hamlet.", "en", country="ML")
    assert [(m.actor.name, m.actor.ucdp_name) for m in found] == [("Dan Na Ambassagou", "Dogon")]


def test_regime_dated_state_forces() -> None:
    assert state_forces("Niger", date(2023, 7, 25)).name == "Military Forces of Niger (2021-2023)"
    assert state_forces("NE", date(2023, 7, 26)).name == "Military Forces of Niger (2023-)"
    assert state_forces("ML", date(2022, 5, 1)).name == "Military Forces of Mali (2021-)"
    assert state_forces("Burkina Faso", date(2023, 1, 1)).name == "Military Forces of Burkina Faso (2022-)"
    assert state_forces("NE", date(2024, 1, 1)).ucdp_name == "Government of Niger"


def test_coastal_west_african_state_forces_carry_their_regime_period() -> None:
    # ACLED dates Benin's (Talon, 2016-), Togo's (2005-) and Senegal's (Sall 2012-2024, Faye 2024-) forces
    assert state_forces("BJ", date(2026, 1, 28)).name == "Military Forces of Benin (2016-)"
    assert state_forces("TG", date(2025, 6, 1)).name == "Military Forces of Togo (2005-)"
    assert state_forces("SN", date(2023, 3, 1)).name == "Military Forces of Senegal (2012-2024)"
    assert state_forces("SN", date(2026, 1, 27)).name == "Military Forces of Senegal (2024-)"


def test_casamance_rebels_are_the_mfdc() -> None:
    # illustrative sentences (pt, fr): the Casamance separatists are ACLED's MFDC, UCDP's MFDC side
    for text, lang in (("Um militar morreu em combate com o Movimento das Forças Democráticas de Casamança.",
                        "pt"),
                       ("Des rebelles casamançais ont tiré sur une patrouille près de Bignona.", "fr")):
        found = find_actors(text, lang, country="SN", on_date="2026-01-27")
        assert [(m.actor.name, m.actor.ucdp_name) for m in found if m.actor.inter == 2] == [
            ("MFDC: Movement of Democratic Forces of Casamance", "MFDC")]


def test_state_forces_for_every_country_with_ucdp_spelling() -> None:
    assert state_forces("Myanmar (Burma)").ucdp_name == "Government of Myanmar (Burma)"
    assert state_forces("DR Congo (Zaire)").ucdp_name == "Government of DR Congo (Zaire)"
    assert state_forces("Kingdom of eSwatini (Swaziland)").ucdp_name == "Government of eSwatini (Swaziland)"
    assert state_forces("PE").name == "Military Forces of Peru"
    assert state_forces("PE").inter == 1


def test_generic_actors_per_country() -> None:
    assert civilians("Mali") == Actor(name="Civilians (Mali)", inter=7, ucdp_name="Civilians", country="ML")
    assert unidentified_armed_group("BF").name == "Unidentified Armed Group (Burkina Faso)"


def test_generic_nouns_map_to_the_article_country() -> None:
    text = "Des hommes armés non identifiés ont attaqué les FDS et tué des civils."
    assert _names(text, "fr") == [
        ("hommes armés non identifiés", "Unidentified Armed Group (Niger)", "militants"),
        ("FDS", "Military Forces of Niger (2023-)", "security"),
        ("civils", "Civilians (Niger)", "civilians"),
    ]


def test_country_acronyms_and_demonyms() -> None:
    text = "Les FAMa et l'armée nigérienne ont repoussé le GAT."
    found = _names(text, "fr", country="ML", on_date="2022-02-01")
    assert found == [
        ("FAMa", "Military Forces of Mali (2021-)", "security"),
        ("armée nigérienne", "Military Forces of Niger (2021-2023)", "security"),
        ("GAT", "Unidentified Armed Group (Mali)", "militants"),
    ]


def test_a_countrys_air_strikes_are_its_forces() -> None:
    found = _names("US drone strikes killed two men in Marib.", "en", country="YE", on_date="2024-04-09")
    assert found[0][:2] == ("US drone strikes", "Military Forces of United States")
    assert _names("Malian air strikes hit Tessit.", "en", on_date="2024-04-09")[0][1] == (
        "Military Forces of Mali (2021-)")


def test_short_acronyms_are_case_sensitive_and_word_bounded() -> None:
    assert _names("a fan of the band", "en") == []
    assert _names("The FAN repelled gunmen.", "en")[0][1] == "Military Forces of Niger (2023-)"
    assert _names("JNIMX is not a group", "en") == []


def test_named_groups_beat_generic_nouns_and_longest_wins() -> None:
    found = _names("Boko Haram fighters attacked Nigerian troops in Diffa.", "en", country="NE")
    assert found == [
        ("Boko Haram fighters", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "militants"),
        ("Nigerian troops", "Military Forces of Nigeria (2023-)", "security"),
    ]


def test_country_bound_aliases_need_the_country() -> None:
    assert _names("rebels shelled the town", "en", country="SY")[0][1] == "Syrian insurgents"
    assert _names("rebels shelled the town", "en", country="ML")[0][1] == "Unidentified Armed Group (Mali)"


def test_world_actors() -> None:
    text = "The Taliban and ISIS-K clashed; al-Shabaab and the PKK too."
    found = {m.actor.ucdp_name for m in find_actors(text)}
    assert found == {"Taleban", "IS", "Al-Shabaab", "PKK"}


@pytest.mark.parametrize(
    ("inter1", "inter2", "code"),
    [(1, 7, 17), (7, 2, 27), (2, 1, 12), (1, None, 10), (6, 1, 16), (2, 2, 22)],
)
def test_interaction_code(inter1: int, inter2: int | None, code: int) -> None:
    a2 = Actor("b", inter=inter2) if inter2 else None
    assert interaction_code(Actor("a", inter=inter1), a2) == code


def test_ucdp_type_of_violence() -> None:
    army, jnim, civ = state_forces("ML"), Actor("JNIM", inter=2), civilians("ML")
    assert ucdp_type_of_violence(army, jnim) == 1
    assert ucdp_type_of_violence(jnim, Actor("IS", inter=2)) == 2
    assert ucdp_type_of_violence(jnim, civ) == 3
    assert ucdp_type_of_violence(army, civ) == 3
    assert ucdp_type_of_violence(jnim, None) is None


def test_ucdp_aec_validation_side_names_found() -> None:
    with open(SHARED / "data" / "ucdp-aec" / "validation.jsonl", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    hits = 0
    for row in rows:
        matches = find_actors(row["source_article"], "en", row["location_root_name"], row["start_date"])
        found = {m.actor.ucdp_name for m in matches}
        hits += (row["side_a_name"] in found) + (row["side_b_name"] in found)
    assert hits / (2 * len(rows)) >= 0.80


def test_taliban_become_the_state_after_the_fall_of_kabul() -> None:
    before = find_actors("The Taliban attacked a checkpoint.", "en", country="AF", on_date="2021-08-01")[0]
    after = find_actors("The Taliban attacked a checkpoint.", "en", country="AF", on_date="2021-09-01")[0]
    assert (before.actor.ucdp_name, before.actor.inter, before.group) == ("Taleban", 2, "militants")
    assert after.actor.name == "Military Forces of Afghanistan (2021-)"
    assert after.actor.ucdp_name == "Government of Afghanistan"
    assert after.group == "security"
    assert state_forces("AF", "2021-09-01").name == "Military Forces of Afghanistan (2021-)"


def test_a_generic_noun_right_after_a_named_group_is_that_groups() -> None:
    # illustrative sentences
    found = _names("Gunmen shot dead two SDF soldiers near a checkpoint.", country="SY")
    assert [name for _, name, _ in found] == ["Unidentified Armed Group (Syria)",
                                              "SDF: Syrian Democratic Forces"]
    found = _names("Members of the HTS' security forces clashed with ISIS fighters.", country="SY")
    assert [surface for surface, _, _ in found] == ["HTS", "ISIS"]
    found = _names("The ethnic armed group the Karenni Army fought junta troops.", country="MM")
    assert [name for _, name, _ in found][0] == "KNPP: Karenni National Progressive Party"
    found = _names("Two civilian PDF fighters were killed.", country="MM")
    assert [name for _, name, _ in found] == ["NUG: National Unity Government of Myanmar"]
    malian = _names("Malian soldiers and JNIM fighters clashed.", country="ML")
    assert malian[0][1].startswith("Military Forces of Mali")


def test_a_shared_alias_goes_to_the_group_at_home_in_the_articles_country() -> None:
    # illustrative sentences: "resistance forces" in Myanmar and in Afghanistan
    assert _names("Local resistance forces ambushed a convoy.", country="MM")[0][1].startswith("NUG")
    assert _names("Local resistance forces ambushed a convoy.", country="AF")[0][1].startswith("NRF")


def test_syrian_gunmen_are_unidentified_not_the_opposition() -> None:
    found = _names("Unknown gunmen on a motorcycle shot dead a man.", country="SY")  # illustrative
    assert found[0][1] == "Unidentified Armed Group (Syria)"


def test_a_countrys_plain_nouns_for_its_forces_stay_at_home() -> None:
    # illustrative sentences: Mexico's "municipal police" is not the police of another country
    found = _names("Gunmen attacked the municipal police station.", country="PH")
    assert found[1][1] == "Police Forces of Philippines"
    assert _names("Gunmen attacked the municipal police.", country="MX")[1][1] == "Police Forces of Mexico"
    assert _names("Turkish forces shelled the village.", country="SY")[0][1] == "Military Forces of Turkey"
    coalition = _names("Drones of the International Coalition struck a car.", country="SY")
    assert coalition[0][1] == "Military Forces of United States"
    # a unit's common name: the Philippines name theirs so, and so do other armies
    assert all("Philippines" not in name for _, name, _ in _names(
        "Rebels attacked the army's Infantry Battalion 45.", country="MM"))
    assert _names("Rebels attacked the 39th Infantry Battalion.", country="PH")[1][1] == (
        "Military Forces of Philippines")


def test_a_forces_proper_name_abroad_keeps_its_capital() -> None:
    # illustrative sentences: Pakistan's "Levies" force is a common noun in a Nigerian report
    found = _names("Bandits came to the village to collect levies from farmers.", country="NG")
    assert all("Pakistan" not in name for _, name, _ in found)
    pakistan = "Military Forces of Pakistan"
    assert _names("Levies personnel were attacked in Kech.", country="PK")[0][1] == pakistan
    assert _names("The Pakistan Army said gunmen attacked a post.", country="AF")[0][1] == pakistan


def test_ucdp_codes_the_biff_as_the_islamic_state_from_2017() -> None:
    text = "BIFF gunmen attacked an army detachment."  # illustrative
    assert find_actors(text, "en", country="PH", on_date="2016-03-01")[0].actor.ucdp_name == "BIFM"
    assert find_actors(text, "en", country="PH", on_date="2021-03-01")[0].actor.ucdp_name == "IS"


def test_a_countrys_english_name_before_a_force_noun_names_its_forces() -> None:
    """Illustrative: "France's military" in a report from Chad is France's, not the Chadian army."""
    found = _names("Protesters denounced France's military presence.", country="TD", on_date="2022-05-14")
    assert ("France's military", "Military Forces of France", "security") in found


BOKO_HARAM = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"


@pytest.mark.parametrize(("text", "country", "expected"), [
    ("Armed men suspected to be Boko Haram fighters abducted nine villagers.", "CM", BOKO_HARAM),
    ("Gunmen believed to be members of Boko Haram raided the village.", "CM", BOKO_HARAM),
    ("Gunmen linked to Boko Haram raided the village.", "CM", BOKO_HARAM),
    # herders are civilians, unless they are the suspected attackers
    ("Gunmen suspected to be herders killed 12 villagers.", "NG", "Fulani herdsmen (Nigeria)"),
    ("Armed men believed to be herders attacked the village.", "NG", "Fulani herdsmen (Nigeria)"),
    ("Suspected herders attacked the village.", "NG", "Fulani herdsmen (Nigeria)"),
])
def test_a_generic_noun_suspected_to_be_a_named_group_is_that_groups(text, country, expected) -> None:
    # illustrative sentences: "armed men suspected to be X" names X's men, like "suspected X fighters"
    assert [name for _, name, group in _names(text, country=country) if group == "militants"] == [expected]


def test_herders_killed_are_civilians() -> None:
    victims = _names("Three herders were killed by gunmen.", country="NG")  # illustrative
    assert [name for _, name, _ in victims] == ["Civilians (Nigeria)", "Unidentified Armed Group (Nigeria)"]


@pytest.mark.parametrize(
    ("text", "lang", "country", "day", "expected"),
    [
        ("Russian mercenaries killed civilians.", "en", "ML", "2024-05-01", "Wagner Group"),
        ("Russian mercenaries killed civilians.", "en", "ML", "2025-08-01", "Africa Corps"),
        ("Os paramilitares russos mataram civis.", "pt", "ML", "2026-01-10", "Africa Corps"),
        ("Des mercenaires russes ont tué des civils.", "fr", "BF", "2024-05-01", "Africa Corps"),
        ("Wagner fighters killed civilians.", "en", "ML", "2025-08-01", "Wagner Group"),
        ("Russian fighters killed civilians.", "en", "ML", "2024-05-01", "Wagner Group"),
        ("Leurs alliés russes ont tué des civils.", "fr", "ML", "2025-08-01", "Africa Corps"),
        ("Des soldats russes ont tué des civils.", "fr", "BF", "2024-05-01", "Africa Corps"),
    ],
)
def test_russian_forces_told_generically_are_wagner_then_the_africa_corps(text, lang, country, day, expected):
    """Illustrative: generic Russian forces follow Wagner's withdrawal from Mali; a named Wagner stays."""
    assert find_actors(text, lang, country=country, on_date=day)[0].actor.name == expected
    assert find_actors("Russian soldiers shelled Kharkiv.", "en", country="UA")[0].actor.name == (
        "Military Forces of Russia")  # at home and abroad outside the Sahel, Russia's own army


def test_the_yan_sakai_are_found_however_the_name_is_spelt():
    text = "Illustrative: members of the outlawed Yansakai group attacked a settlement; Yan-Sakai men fled."
    names = [m.actor.name for m in find_actors(text, "en", country="NG", on_date="2024-03-01")]
    assert names.count("Yan Sakai Militia") == 2


def test_a_rank_before_an_officers_name_is_no_group_acronym() -> None:
    # Illustrative: "CSP" is a Chief Superintendent of Police here, not Mali's CSP coalition
    text = "The Kebbi police spokesman, CSP Nafiu Abubakar, said the bandits were repelled."
    assert "CSP" not in [surface for surface, _, _ in _names(text, country="NG", on_date="2026-09-08")]
    assert "CSP" in [surface for surface, _, _ in _names("The CSP fighters withdrew from Ber.", country="ML")]


def test_an_ethnic_name_in_a_hausa_settlements_name_is_no_militia():
    # illustrative: "Garin Fulani" and "Unguwan Fulani" are villages
    for text in ("Jets struck a camp at Garin Fulani in the Sambisa forest.",
                 "Gunmen attacked Unguwan Fulani village in Kajuru."):
        assert all(m.actor.name != "Fulani Ethnic Militia" for m in find_actors(text, "en", "NG"))
    found = find_actors("Fulani militia attacked Dogo.", "en", "NG")
    assert any(m.actor.name == "Fulani Ethnic Militia" for m in found)


@pytest.mark.parametrize(("text", "lang"), [
    ('O exército diz ter morto "dezenas de terroristas" do Estado Islâmico no Sahel perto de Tillia.', "pt"),
    ("L'armée dit avoir neutralisé des « terroristes » de l'EIGS près de Tillia.", "fr"),
    ('The army said it killed dozens of "terrorists" of the Islamic State Sahel near Tillia.', "en"),
])
def test_a_quoted_generic_noun_is_the_named_groups_men(text: str, lang: str) -> None:
    # illustrative sentences: the army's quoted word for the dead is the named group's fighters
    found = find_actors(text, lang, country="NE", on_date="2026-01-17")
    assert [m.actor.name for m in found if m.group == "militants"] == ["Islamic State (Sahel)"]


def test_generic_vigilantes_stand_for_the_militias_the_dictionary_lists():
    # illustrative sentences
    vigilantes, bandits = [m.actor for m in find_actors("Local vigilantes chased the bandits.", "en", "NG")]
    assert vigilantes.name == "Vigilante Militia (Nigeria)"
    assert set(stands_for(vigilantes)) == {"Yan Sakai Militia", "Civilian JTF"}
    assert stands_for(bandits) == ()


def test_the_karenni_resistance_is_coded_with_the_knpp() -> None:
    # illustrative: UCDP codes Kayah's post-coup resistance (the KNDF) with the KNPP, not the NUG
    text = "Fighters of the Karenni Nationalities Defense Force (KNDF) ambushed a convoy."
    found = _names(text, country="MM", on_date="2021-09-01")
    assert {name for _, name, _ in found} == {"KNPP: Karenni National Progressive Party"}


def test_security_agents_are_the_states_forces() -> None:
    found = _names("Security agents killed a suspected militant near the border.", country="KE",
                   on_date="2021-08-08")
    assert ("Security agents", "Military Forces of Kenya", "security") in found


def test_chads_ccmsr_rebels_carry_their_own_ucdp_name() -> None:
    """Illustrative: a named rebel group without a UCDP name fell back to the country's usual foe ("IS")."""
    found = find_actors("CCMSR rebels attacked an army post near Kouri Bougoudi.", "en", country="TD")
    assert [f.actor.ucdp_name for f in found] == ["CCMSR", "Government of Chad"]


def test_a_ministry_of_defense_is_the_forces_of_the_articles_country() -> None:
    # illustrative sentences: every state has a ministry of defense, not Afghanistan alone
    for text in ("The Ministry of Defense said 12 terrorists were neutralised.",
                 "MoD: 12 terrorists neutralised."):
        found = _names(text, country="NG", on_date="2020-01-10")
        assert all("Afghanistan" not in name for _, name, _ in found)
        assert found[0][1].startswith("Military Forces of Nigeria")
    assert _names("The Ministry of Defense said the army killed 30 Taliban.", country="AF",
                  on_date="2019-05-02")[0][1].startswith("Military Forces of Afghanistan")
