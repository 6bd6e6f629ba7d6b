"""End-to-end extraction from short illustrative articles (fictional reports, real place names)."""

import pytest

from sahelwatch.extract.pipeline import extract_article
from sahelwatch.extract.taxonomy import is_violent
from sahelwatch.models import Article


def _article(text: str, published: str = "2024-03-12", lang: str = "en") -> Article:
    return Article(id="t-1", text=text, raw_text=text, published=published, language=lang)


AMBUSH = (
    "Illustrative report. NIAMEY, March 12 (Example Wire) - At least 12 Nigerien soldiers were killed "
    "on Monday when Islamic State Sahel Province fighters ambushed an army patrol near Ouallam in the "
    "Tillabéri region, the defence ministry said. Seven attackers were also killed."
)


def test_an_ambush_becomes_one_battle_with_sides_tolls_date_and_place():
    [mention] = extract_article(_article(AMBUSH))
    assert (mention.event_type, mention.sub_event_type) == ("Battles", "Armed clash")
    assert {mention.actor1.name, mention.actor2.name} == {
        "Military Forces of Niger (2023-)",
        "Islamic State (Sahel)",
    }
    assert (mention.fatalities.deaths_a, mention.fatalities.deaths_b, mention.fatalities.best) == (12, 7, 19)
    assert mention.date.event_date == "2024-03-11" and mention.date.time_precision == 1
    assert mention.place.country == "NE" and mention.place.name != "Niamey"  # the dateline is not the place


def test_every_value_has_evidence_pointing_into_the_text():
    text = AMBUSH
    [mention] = extract_article(_article(text))
    fields = {e.field.split(":")[0] for e in mention.evidence}
    assert {"sentence", "fatalities", "date", "actor"} <= fields
    assert all(text[e.start : e.end] == e.text for e in mention.evidence)


def test_a_recalled_past_attack_is_its_own_event():
    text = (
        "Illustrative report. Gunmen killed four villagers near Ayorou on Sunday. "
        "In October 2017, an ambush near Tongo Tongo killed four US soldiers and five Nigerien soldiers."
    )
    dates = sorted(m.date.event_date for m in extract_article(_article(text)))
    assert dates[0].startswith("2017-10") and dates[-1] == "2024-03-10"


def test_running_totals_are_not_events():
    text = (
        "Illustrative report. Since January 2019, more than 2,000 civilians have been killed in the "
        "Tillabéri region, a rights group said."
    )
    assert all(m.fatalities.best < 2000 for m in extract_article(_article(text)))


def test_negated_deaths_are_not_counted():
    text = "Illustrative report. Gunmen attacked a police post in Téra on Saturday; no one was killed."
    assert all(m.fatalities.best == 0 for m in extract_article(_article(text)))


def test_unsupported_language_is_skipped():
    assert extract_article(_article("Bewaffnete töteten 12 Soldaten in Tillabéri.", lang="de")) == []


def test_a_body_that_names_no_place_takes_the_headlines_finest_place_with_its_evidence():
    text = ("(Illustrative) Seven civilians were killed on Thursday in an attack by gunmen, residents said. "
            "The army sent reinforcements.")
    article = Article(id="t-1", text=text, raw_text=text, published="2024-05-11", language="en",
                      title="Mali: seven civilians killed in attack near Mopti")
    [mention] = extract_article(article)
    assert (mention.place.name, mention.place.country, mention.actor1.name) == (
        "Mopti", "ML", "Unidentified Armed Group (Mali)")
    assert ("place:headline", "Mopti") in [(e.field, e.text) for e in mention.evidence]


def test_foreigners_named_by_their_demonym_alone_are_civilians_of_their_country():
    text = ("(Illustrative) Gunmen kidnapped three Italians and a Togolese on Thursday near Koutiala, in "
            "southern Mali, security sources said.")
    [mention] = extract_article(_article(text, "2024-04-12"))
    kidnapped = ("Abduction/forced disappearance", "Civilians (Italy)")
    assert (mention.sub_event_type, mention.actor2.name) == kidnapped
    soldiers = "(Illustrative) Gunmen killed two Malian soldiers on Thursday near Ménaka."
    [mention] = extract_article(_article(soldiers, "2024-04-12"))
    assert "Civilians (Mali)" not in (mention.actor1.name, mention.actor2.name)


def test_a_date_in_an_aside_about_an_actor_does_not_date_the_event_unless_it_tells_violence():
    text = ("(Illustrative) Supporters of Captain Ibrahim Traore, who seized power on Friday, set fire to "
            "the French institute in Bobo-Dioulasso on Saturday, witnesses said.")
    assert [m.date.event_date for m in extract_article(_article(text, "2022-10-03"))] == ["2022-10-01"]
    text = ("(Illustrative) A militant commander, who was wounded on Friday in an air strike near Djibo, "
            "died on Sunday, a security source said.")
    assert [m.date.event_date for m in extract_article(_article(text, "2022-10-03"))] == ["2022-09-30"]


def test_hundreds_of_supporters_who_set_fire_are_rioters_but_a_conflicts_dead_are_no_crowd():
    text = ("(Illustrative) Hundreds of supporters of the new junta set fire to the French institute in "
            "Bobo-Dioulasso on Saturday, witnesses said.")
    [mention] = extract_article(_article(text, "2022-10-03"))
    riot = ("Violent demonstration", "Rioters (Burkina Faso)")
    assert (mention.sub_event_type, mention.actor1.name) == riot
    text = ("(Illustrative) Gunmen killed 11 civilians in Kompienbiga on Wednesday. The insurgency has "
            "killed thousands of people and displaced two million.")
    types = [m.event_type for m in extract_article(_article(text, "2024-03-08"))]
    assert types == ["Violence against civilians"]


def test_protesters_shot_dead_by_police_are_excessive_force_and_rioters_face_the_police():
    shot = ("(Illustrative) Police opened fire on protesters in Niamey on Thursday, killing three people, "
            "witnesses said. The demonstrators had gathered to demand the departure of the government.")
    [mention] = extract_article(_article(shot))
    assert (mention.sub_event_type, mention.actor1.name, mention.actor2.name) == (
        "Excessive force against protesters", "Police Forces of Niger (2023-)", "Protesters (Niger)")
    assert mention.fatalities.best == 3
    riot = ("(Illustrative) Three people were killed on Thursday in Kano when rioters clashed with police "
            "after a disputed election result. The rioters burned cars and looted shops.")
    [mention] = extract_article(_article(riot))
    assert (mention.sub_event_type, mention.actor1.name, mention.actor2.name) == (
        "Violent demonstration", "Rioters (Nigeria)", "Police Forces of Nigeria (2023-)")


def test_the_lead_sets_the_toll_and_later_figures_only_update_it_or_add_a_side():
    text = (
        "Illustrative report. Gunmen killed six villagers near Banibangou on Sunday, officials said. "
        "The army said 4 attackers died in the pursuit. "
        "Residents said the attackers, who came on motorbikes, stole cattle and burned the granaries "
        "of the village before they fled towards the border with Mali. "
        "A local official said 9 villagers were killed, while the group claimed it had killed 20."
    )
    [mention] = extract_article(_article(text))
    assert (mention.fatalities.deaths_civilians, mention.fatalities.deaths_b) == (6, 4)


def test_a_later_toll_update_replaces_the_first_figure():
    text = (
        "Illustrative report. Gunmen killed six villagers near Banibangou on Sunday, officials said. "
        "Residents said the attackers, who came on motorbikes, stole cattle and burned the granaries "
        "of the village before they fled towards the border with Mali. "
        "The toll later rose to 11 after five of the wounded died in hospital in Niamey."
    )
    [mention] = extract_article(_article(text))
    assert mention.fatalities.best == 11
    assert mention.fatalities.low == 11  # ACLED's conservative count is the revised toll, not the first


def test_a_final_toll_told_after_an_aside_replaces_the_first_figure():
    text = (
        "Illustrative report. Gunmen on Sunday attacked the village of Sanam in Tillaberi region, killing "
        "five civilians. The final toll, released by local authorities, stands at nine civilians killed."
    )
    [mention] = extract_article(_article(text))
    assert (mention.fatalities.low, mention.fatalities.best) == (9, 9)


def test_an_undated_incident_takes_the_date_told_in_a_following_sentence():
    text = (
        "Illustrative report. A farmer was hacked to death by gunmen near Ouallam. "
        "The incident happened at around 7 pm on Wednesday, a relative said."
    )
    [mention] = extract_article(_article(text, published="2024-03-15"))
    assert mention.date.event_date == "2024-03-13" and any(e.field == "date" for e in mention.evidence)


def test_a_sentence_opening_with_its_own_date_starts_another_incident():
    text = (
        "Illustrative report. A herder died of wounds from gunfire by unidentified men near Téra. "
        "On March 2, soldiers clashed with militants near Ayorou and seven militants were killed."
    )
    mentions = extract_article(_article(text, published="2024-03-12"))
    assert len(mentions) == 2
    assert sorted(m.date.event_date for m in mentions) == ["2024-03-02", "2024-03-12"]


def test_another_named_group_in_another_town_is_another_incident():
    text = (
        "Illustrative report. On Friday, Boko Haram fighters stormed Kirawa in Gwoza LGA, killing three "
        "farmers. Hours later, ISWAP militants fired mortars at a military base in Marte, wounding two "
        "soldiers."
    )
    mentions = extract_article(_article(text, published="2026-08-03"))
    assert sorted((m.place.name, m.date.event_date) for m in mentions) == [
        ("Gwoza", "2026-07-31"), ("Marte", "2026-07-31")]
    # the same group going on elsewhere is still told as one incident's sentences, as before
    text = (
        "Illustrative report. On Friday, Boko Haram fighters stormed Kirawa in Gwoza LGA, killing three "
        "farmers. The Boko Haram fighters then fled towards Pulka."
    )
    assert len(extract_article(_article(text, published="2026-08-03"))) == 1


def test_civilians_killed_at_a_named_place_are_not_the_unplaced_fight_of_armed_men_told_before():
    text = (
        "Illustrative report. Six gendarmes were killed on Sunday in another attack in the north of the "
        "country, and about 12 assailants died in the fighting, the ministry said. Radio reports also said "
        "that three women were killed on Sunday when their cart hit a landmine in the department of Titao."
    )
    mentions = extract_article(_article(text, published="2026-08-03"))
    assert sorted(m.fatalities.best for m in mentions) == [3, 18]
    # civilians told among the armed men's dead still make one incident with them
    text = (
        "Illustrative report. Six gendarmes and three women were killed on Sunday in an attack in the north "
        "of the country, the ministry said. The three women were killed when their cart hit a landmine in "
        "the department of Titao."
    )
    assert len(extract_article(_article(text, published="2026-08-03"))) == 1


def test_forces_named_as_the_source_and_again_as_fighters_stay_a_party():
    text = ("Illustrative report. The Nigerian Army says its troops killed six Boko Haram and ISWAP "
            "fighters in Dikwa on Monday.")
    [mention] = extract_article(_article(text, published="2026-08-04"))
    assert mention.actor1.name.startswith("Military Forces of Nigeria")
    assert mention.actor2.name.startswith("Boko Haram")


def test_foreign_forces_told_with_the_army_as_one_subject_are_its_associates_not_its_foe():
    text = "Illustrative report. Soldiers and Russian fighters killed 11 villagers in Diafarabé on Tuesday."
    [mention] = extract_article(_article(text, published="2026-07-20"))
    sides = ("Military Forces of Mali (2021-)", "Civilians (Mali)")
    assert (mention.actor1.name, mention.actor2.name) == sides
    assert [a.name for a in mention.assoc_actor_1] == ["Africa Corps"]


def test_forces_named_after_said_who_executed_people_are_the_perpetrators_not_a_source():
    text = "Illustrative report. Residents said soldiers executed 11 men in Diafarabé on Tuesday."
    [mention] = extract_article(_article(text, published="2026-07-20"))
    assert mention.actor1.name == "Military Forces of Mali (2021-)"


def test_a_named_groups_arson_read_as_an_accident_is_still_its_violence():
    text = ("Illustrative report. On Thursday, JNIM fighters attacked a convoy of fuel tankers on the road "
            "between Sikasso and Bougouni, setting fire to nine trucks. No casualties were reported.")
    [mention] = extract_article(_article(text, published="2026-07-20"))
    assert mention.actor1.name.startswith("JNIM") and mention.date.event_date == "2026-07-16"


def test_a_figure_restated_under_another_name_is_not_added():
    text = (
        "Illustrative report. Seventeen jihadists and five members of a self-defence militia were "
        "killed in an attack near Djibo on Monday. Five VDP members also lost their lives, an official said."
    )
    [mention] = extract_article(_article(text))
    # the five VDP are the five militiamen (the state's side), not five more
    assert (mention.fatalities.deaths_a, mention.fatalities.best) == (5, 22)


def test_an_undated_incident_takes_the_countrys_usual_report_lag(monkeypatch):
    from sahelwatch.extract import report_lag

    monkeypatch.setattr(report_lag, "report_lags", lambda: {"NG": 1})
    text = "Illustrative report. Gunmen killed three farmers near Damboa in Borno State, residents said."
    [mention] = extract_article(_article(text, published="2024-03-15"))
    assert (mention.date.date_start, mention.date.date_end) == ("2024-03-14", "2024-03-15")
    assert mention.date.time_precision == 2 and not any(e.field == "date" for e in mention.evidence)


def test_a_shootout_between_two_named_cartels_is_an_armed_clash():
    text = (
        "Illustrative report. A shootout broke out on Tuesday between members of the Jalisco New "
        "Generation Cartel and the Sinaloa Cartel near Teocaltiche, Jalisco, residents said."
    )
    [mention] = extract_article(_article(text, published="2024-03-15"))
    kind = (mention.event_type, mention.sub_event_type, mention.type_of_violence)
    assert kind == ("Battles", "Armed clash", 2)
    cartels = {"CJNG: Jalisco New Generation Cartel", "Sinaloa Cartel"}
    assert {mention.actor1.name, mention.actor2.name} == cartels


def test_crime_without_a_named_armed_group_stays_no_event():
    text = "Illustrative report. Thieves broke into a warehouse in Tijuana on Tuesday and stole car parts."
    assert extract_article(_article(text, published="2024-03-15")) == []


def test_a_crowd_fighting_soldiers_is_unrest_not_a_battle():
    text = ("(Illustrative) Protesters clashed with soldiers guarding the French military base in Niamey "
            "on Saturday.")
    mentions = extract_article(_article(text))
    assert [(m.event_type, m.sub_event_type) for m in mentions] == [("Riots", "Violent demonstration")]


def test_a_battle_with_an_armed_group_among_protesters_stays_a_battle():
    text = ("(Illustrative) Soldiers clashed with JNIM fighters near Djibo on Saturday, while protesters "
            "gathered in Ouagadougou.")
    mentions = extract_article(_article(text))
    assert any(m.event_type == "Battles" for m in mentions)


def test_a_crowd_that_sets_fire_makes_a_violent_demonstration_without_the_soldiers_named_before():
    text = ("(Illustrative) Soldiers detained the president in the capital on Wednesday. Hundreds of "
            "supporters of the coup rallied in Niamey on Thursday, and some of them set fire to the ruling "
            "party's offices.")
    riots = [m for m in extract_article(_article(text)) if m.event_type == "Riots"]
    assert [(m.sub_event_type, m.actor1.name, m.actor2) for m in riots] == [
        ("Violent demonstration", "Rioters (Niger)", None)]


def test_a_march_against_burnings_by_others_stays_a_peaceful_protest():
    text = ("(Illustrative) Villagers said jihadists had burned their granaries. Hundreds of residents "
            "marched peacefully in Dori on Saturday to denounce the burning of villages.")
    protests = [m for m in extract_article(_article(text)) if m.event_type in ("Protests", "Riots")]
    assert protests and all(m.sub_event_type == "Peaceful protest" for m in protests)


def test_the_group_that_claims_the_attack_is_its_actor_and_one_merely_named_a_suspect():
    claimed = ("(Illustrative) Jihadists killed 26 soldiers in an attack on an army post in Mansila on "
               "Sunday. JNIM claimed the attack in a statement on Monday.")
    [mention] = extract_article(_article(claimed))
    assert mention.actor1.name.startswith("JNIM") or mention.actor2.name.startswith("JNIM")
    unclaimed = ("(Illustrative) Gunmen killed 26 soldiers in an attack on an army post in Mansila on "
                 "Sunday. No group has claimed the attack, but JNIM is active in the area.")
    [mention] = extract_article(_article(unclaimed))
    sides = (mention.actor1, mention.actor2)
    assert any(a.name.startswith("Unidentified") and a.suspected == "JNIM" for a in sides if a)


def test_a_claim_right_after_the_incident_names_its_attacker_when_other_groups_are_named_too():
    text = ("(Illustrative) Militants killed 23 soldiers in an attack on an army post in Mansila on Monday. "
            "JNIM claimed the attack on Tuesday.\n\nIn Niger, Islamic State Sahel Province fighters killed "
            "six soldiers near Ouallam on Thursday.")
    mansila = next(m for m in extract_article(_article(text)) if m.fatalities.best == 23)
    assert mansila.actor1.name.startswith("JNIM")
    blamed = ("(Illustrative) A roadside bomb killed four soldiers near Mansila on Monday. Local sources "
              "blamed JNIM.\n\nIn Niger, Islamic State Sahel Province fighters killed six soldiers near "
              "Ouallam on Thursday.")
    mansila = next(m for m in extract_article(_article(blamed)) if m.fatalities.best == 4)
    assert mansila.actor1.name.startswith("JNIM")
    attributed = ("(Illustrative) Ten soldiers were killed in an ambush by gunmen near Ayorou, the ministry "
                  "said. Security sources attributed the ambush to Islamic State Sahel Province.")
    [ayorou] = extract_article(_article(attributed, "2022-08-12"))
    assert ayorou.actor1.name == "Islamic State (Sahel)"


def test_foreign_civilians_are_civilians_of_their_own_country():
    text = "(Illustrative) Gunmen kidnapped an Austrian woman from her home in Agadez, Niger, on Saturday."
    [mention] = extract_article(_article(text, "2025-01-13"))
    assert mention.actor2.name == "Civilians (Austria)" and mention.place.country == "NE"
    local = "(Illustrative) Gunmen kidnapped a woman from her home in Agadez, Niger, on Saturday."
    [mention] = extract_article(_article(local, "2025-01-13"))
    assert mention.actor2.name == "Civilians (Niger)"


def test_a_sentence_counting_two_attacks_is_their_sum_not_the_first_one():
    text = ("(Illustrative) Suspected jihadists killed 19 people in two attacks in northern Burkina Faso "
            "over the weekend, security sources said on Monday. In the first attack on Saturday, gunmen "
            "killed seven civilians in the village of Dablo. On Sunday, twelve soldiers were killed when "
            "their convoy hit an improvised explosive device near Djibo.")
    tolls = sorted(m.fatalities.best for m in extract_article(_article(text, "2024-04-15")))
    assert tolls == [7, 12]


def test_a_toll_spread_across_several_countries_is_no_incident_of_its_own():
    text = ("(Illustrative) Attacks killed at least 21 people across Mali, Burkina Faso and Niger over the "
            "weekend, security sources said on Monday. In Burkina Faso, gunmen killed 12 civilians in the "
            "village of Dablo on Saturday. In Niger, five soldiers were killed on Sunday when their vehicle "
            "hit a landmine near Makalondi. In Mali, four herders were shot dead near Douentza on Sunday.")
    mentions = extract_article(_article(text, "2024-04-15"))
    found = sorted((m.place.country, m.fatalities.best) for m in mentions)
    assert found == [("BF", 12), ("ML", 4), ("NE", 5)]


def test_a_day_told_inside_the_leads_period_dates_the_incident():
    text = ("(Illustrative) Gunmen killed nine villagers in Zamfara state over the weekend, police said on "
            "Monday. The gunmen rode into a village in Maru local government area on Saturday evening and "
            "opened fire on residents.")
    [mention] = extract_article(_article(text, "2026-02-09"))
    assert (mention.date.date_start, mention.date.date_end) == ("2026-02-07", "2026-02-07")


def test_where_a_statement_was_made_is_not_the_incidents_place():
    text = ("(Illustrative) The army spokesman told journalists in Abuja on Thursday that troops killed 19 "
            "ISWAP fighters who attacked their base in Damboa, Borno State, on Sunday.")
    [mention] = extract_article(_article(text, "2026-06-25"))
    assert (mention.place.name, mention.place.admin1) == ("Damboa", "Borno")


def test_the_capital_a_protest_is_sent_to_is_not_the_incidents_place():
    text = ("(Illustrative) Mauritania has protested to Bamako after Malian soldiers accompanied by Russian "
            "paramilitaries detained six Mauritanian herders near Fassala, inside Mauritanian territory, on "
            "Saturday, the foreign ministry said on Monday.")
    [mention] = extract_article(_article(text, "2026-11-03"))
    assert (mention.place.country, mention.place.name) == ("MR", "Fassala")


def test_a_district_inside_the_state_a_police_command_is_named_after_is_the_place():
    text = ("(Illustrative) The Niger State Police Command has confirmed that gunmen abducted 20 worshippers "
            "from a mosque in Kagara, Rafi Local Government Area, during dawn prayers on Friday.")
    [mention] = extract_article(_article(text, "2026-03-16"))
    assert (mention.place.name, mention.place.admin1) == ("Rafi", "Niger")


def test_a_sentence_that_only_blames_the_attack_on_someone_is_no_incident_of_its_own():
    text = ("(Illustrative) Gunmen killed seven herders near Diafarabe on Sunday. Local officials blamed the "
            "attack on Dozo hunters.")
    mentions = extract_article(_article(text, "2026-10-19"))
    assert [(m.sub_event_type, m.fatalities.best) for m in mentions] == [("Attack", 7)]


def test_mob_violence_by_armed_men_with_no_crowd_is_a_violent_event_of_its_incident():
    text = ("(Illustrative) On Saturday night, bandits killed three members of a local vigilante group at "
            "Bangi in Mariga Local Government Area of Niger State after a gun battle. Two of the bandits "
            "were also killed.")
    [mention] = extract_article(_article(text, "2026-03-16"))
    assert (mention.sub_event_type, mention.fatalities.best) == ("Armed clash", 5)


def test_a_weak_guess_of_a_remote_means_no_sentence_names_is_dropped():
    # the classifier guesses a chemical weapon here (from "Suspected"); nothing names any means
    text = ("Illustrative report. Suspected jihadists killed 20 civilians in Djibo in northern Burkina Faso "
            "on Sunday. Further details were not immediately available.")
    [mention] = extract_article(_article(text, "2025-04-07"))
    assert (mention.event_type, mention.sub_event_type) == ("Violence against civilians", "Attack")
    bomb = "Illustrative report. A roadside bomb killed four soldiers near Ngouboua in Chad on Friday."
    [mention] = extract_article(_article(bomb, "2025-08-11"))
    assert mention.sub_event_type == "Remote explosive/landmine/IED"
    assert mention.actor1.name.startswith("Unidentified Armed Group") and mention.actor2.inter == 1



def test_a_guess_of_a_remote_means_short_of_sure_needs_a_weapon_named():
    # illustrative: the long toll with "portées disparues" reads as a mine to the classifier (about 0.4)
    text = ("Des hommes armés à moto ont attaqué samedi le village de Tessit. Le bilan provisoire fait "
            "état de neuf civils tués, quatre blessés et deux personnes portées disparues.")
    [mention] = extract_article(_article(text, "2026-02-05", "fr"))
    assert (mention.sub_event_type, mention.fatalities.best) == ("Attack", 9)


def test_the_day_bodies_were_found_in_the_toll_sentence_does_not_date_the_incident():
    # illustrative: the attack's day is told first; the toll sentence ends with the day the search found
    # the last bodies: one incident on Wednesday with the whole toll
    for text, lang in (
        ("Des hommes armés ont attaqué mercredi le village de Tessit. Quatorze personnes ont été tuées, dont "
         "cinq corps retrouvés jeudi en brousse.", "fr"),
        ("Gunmen attacked the village of Tessit on Wednesday. Fourteen people were killed, including five "
         "bodies found on Thursday in the bush.", "en"),
    ):
        [mention] = extract_article(_article(text, "2026-02-06", lang))
        assert (mention.date.event_date, mention.fatalities.best) == ("2026-02-04", 14)
    # bodies found at a place of their own on a day of their own: that day
    text = ("Des hommes armés ont attaqué mercredi le village de Tessit. Deux bergers ont été tués. Trois "
            "corps ont été retrouvés jeudi à Ansongo.")
    dates = {m.date.event_date for m in extract_article(_article(text, "2026-02-06", "fr"))}
    assert "2026-02-05" in dates

def test_warnings_of_attacks_are_no_event():
    text = ("Illustrative report. Niger's interior ministry warned on Monday that Boko Haram could attack "
            "villages in the Diffa region. No attack was reported.")
    assert extract_article(_article(text, "2025-12-09")) == []


def test_state_forces_of_a_recalled_incident_take_the_regime_of_its_day():
    text = ("Illustrative report. In January 2021, jihadists killed 10 soldiers near Banibangou in Niger's "
            "Tillabéri region. Further details were not immediately available.")
    [mention] = extract_article(_article(text, "2025-02-21"))
    assert mention.date.event_date.startswith("2021-01")
    assert mention.actor2.name == "Military Forces of Niger (2011-2021)"


def test_a_protest_takes_the_force_another_sentence_tells_was_used_on_it():
    text = ("Illustrative report. Police in Niger's capital Niamey fired tear gas on Monday to disperse "
            "hundreds of students protesting against the closure of their university. Several protesters "
            "were injured, witnesses said.")
    [mention] = extract_article(_article(text, "2025-01-28"))
    assert mention.sub_event_type == "Protest with intervention"
    assert mention.actor2 is not None and mention.actor2.name.startswith("Police Forces of Niger")


def test_a_group_the_source_says_the_attackers_belonged_to_is_the_attacker():
    text = ("Illustrative report. Gunmen killed 12 soldiers near Banibangou on Sunday. The army said the "
            "attackers belonged to Islamic State Sahel Province.")
    [mention] = extract_article(_article(text, "2025-05-20"))
    sides = (mention.actor1.name, mention.actor2.name)
    assert sides == ("Islamic State (Sahel)", "Military Forces of Niger (2023-)")
    pt = ("Doze militares morreram em confrontos no domingo perto de Banibangou, no Níger. Segundo o "
          "comunicado, os atacantes pertenciam ao Estado Islâmico no Sahel.")
    [mention] = extract_article(_article(pt, "2025-05-20", "pt"))
    assert "Islamic State (Sahel)" in (mention.actor1.name, mention.actor2.name)


def test_another_source_s_toll_is_no_update_and_the_day_a_source_spoke_is_no_event_day():
    text = ("Illustrative report. Gunmen killed at least 15 civilians on Saturday in an attack on Bourzanga "
            "village in Burkina Faso, local sources told Reuters on Monday. Other sources put the toll at "
            "about twenty.")
    [mention] = extract_article(_article(text, "2025-03-17"))
    assert (mention.fatalities.low, mention.fatalities.high) == (15, 20)
    pt = ("Pelo menos 15 civis foram mortos no sábado num ataque contra a aldeia de Bourzanga, no Burkina "
          "Faso, disseram hoje à Lusa fontes locais. Outras fontes falam em cerca de vinte mortos.")
    [mention] = extract_article(_article(pt, "2025-03-17", "pt"))
    assert mention.date.event_date == "2025-03-15" and mention.fatalities.low == 15


def test_another_attack_told_next_is_its_own_incident():
    from sahelwatch.extract.incidents import starts_new_incident

    assert starts_new_incident("Five police officers were killed on Sunday in another attack.", "en")
    assert starts_new_incident("In a separate incident, two farmers were shot dead.", "en")
    assert not starts_new_incident("The attack killed five police officers.", "en")
    assert not starts_new_incident("The other attackers fled on motorbikes.", "en")
    text = ("Illustrative report. Gunmen killed six villagers in Koutougou on Sunday. Five police officers "
            "were killed on Sunday in another attack near Djibo, the ministry said.")
    tolls = sorted(m.fatalities.best for m in extract_article(_article(text, "2025-03-04")))
    assert tolls == [5, 6]


def test_an_incident_recalled_in_the_pluperfect_is_not_merged_into_the_reported_one():
    from sahelwatch.extract.dates import is_recalled

    assert is_recalled("Six soldiers had been killed in the same area in July.", "en")
    assert not is_recalled("The army said the attackers had killed six soldiers.", "en")
    text = ("Illustrative report. Gunmen killed four villagers near Ayorou on Tuesday. Six soldiers had been "
            "killed near Ayorou in an ambush weeks earlier.")
    tolls = sorted(m.fatalities.best for m in extract_article(_article(text, "2025-03-12")))
    assert tolls == [4, 6]


def test_a_lynching_with_its_death_stays_mob_violence():
    text = ("Illustrative report. A mob on Wednesday lynched a man accused of spying for bandits in Funtua, "
            "Katsina State. Police said they had opened an investigation.")
    [mention] = extract_article(_article(text, "2025-04-18"))
    assert (mention.event_type, mention.sub_event_type) == ("Riots", "Mob violence")
    assert mention.fatalities.best == 1 and mention.actor1.name == "Rioters (Nigeria)"


def test_a_sentence_opening_with_in_separate_incidents_tells_its_own_incident():
    text = ("Illustrative report. In separate incidents, at least seven people were killed when vigilantes "
            "clashed with bandits in Bakura, Zamfara State, on Monday. In Rafi, Niger State, bandits killed "
            "five farmers on Sunday. In Gwoza, Borno State, two soldiers died in an ambush on Saturday.")
    tolls = {(m.place.admin1, m.fatalities.best) for m in extract_article(_article(text, "2025-05-28"))}
    assert ("Zamfara", 7) in tolls


def test_a_date_in_an_aside_about_an_actor_dates_nothing():
    text = ("Illustrative report. Niger's military junta, which seized power in a coup in July 2023, said "
            "its troops killed 20 militants near Tillabéri on Sunday.")
    [mention] = extract_article(_article(text, "2025-06-10"))
    assert mention.date.event_date == "2025-06-08"
    assert mention.actor1.name == "Military Forces of Niger (2023-)"
    fr = ("La junte au pouvoir depuis le coup d'État de juillet 2023 a annoncé que ses troupes avaient tué "
          "20 terroristes dimanche près de Tillabéri.")
    [mention] = extract_article(_article(fr, "2025-06-10", "fr"))
    assert mention.date.event_date == "2025-06-08"


def test_a_toll_told_town_by_town_is_an_event_per_town():
    text = ("(Illustrative) The bodies of 19 civilians were found in Kantchari and 15 in Diapaga on Saturday "
            "after jihadist raids, local sources said. The attackers fled on motorbikes.")
    found = sorted((m.place.name, m.fatalities.best) for m in extract_article(_article(text, "2024-03-10")))
    assert found == [("Diapaga", 15), ("Kantchari", 19)]
    french = ("(Illustratif) Des hommes armés ont tué 12 civils à Solenzo et 8 à Djibasso dimanche. "
              "Ils ont fui.")
    found = sorted((m.place.name, m.fatalities.best) for m in extract_article(_article(french, lang="fr")))
    assert found == [("Djibasso", 8), ("Solenzo", 12)]


def test_a_toll_told_town_by_town_with_an_unknown_town_stays_one_summed_event():
    text = ("(Illustrative) Gunmen killed 12 villagers in Solenzo and eight others in Kwarandoubo on Sunday, "
            "residents said. The attackers fled.")
    [mention] = extract_article(_article(text, "2024-03-10"))
    assert (mention.place.name, mention.fatalities.best) == ("Solenzo", 20)


def test_a_round_up_sentence_set_in_another_country_is_placed_there():
    text = ("(Illustrative) In Niger, gunmen killed 26 civilians in Tassia on June 2. On June 5, an "
            "improvised explosive device killed four soldiers near Ouallam. In Mali, the army said it killed "
            "12 militants near Kwarandoubo on June 6.")
    mentions = extract_article(_article(text, "2024-06-09"))
    mali = [m for m in mentions if m.date.event_date == "2024-06-06"]
    assert [m.place.country for m in mali] == ["ML"]
    assert "Military Forces of Mali (2021-)" in {mali[0].actor1.name, mali[0].actor2.name}


def test_a_toll_read_as_destruction_takes_the_means_another_sentence_tells():
    text = ("Rapport illustratif. Le samedi 9 novembre 2024, l'armée tchadienne a mené des frappes aériennes "
            "contre des positions de Boko Haram sur plusieurs îles du lac Tchad, dans la province du Lac. "
            "Selon l'état-major, une centaine de terroristes ont été neutralisés et plusieurs embarcations "
            "détruites.")
    [mention] = extract_article(_article(text, "2024-11-11", "fr"))
    assert mention.sub_event_type == "Air/drone strike" and mention.fatalities.best == 100


def test_where_the_wounded_were_taken_is_not_the_place():
    text = ("Rapport illustratif. Le lundi 12 février 2024, un véhicule des FAMa a heurté un engin explosif "
            "improvisé sur l'axe Ansongo-Ouatagouna, dans la région de Gao. Le bilan fait état de deux "
            "militaires tués et de trois blessés, évacués vers Gao.")
    [mention] = extract_article(_article(text, "2024-02-13", "fr"))
    assert mention.place.name == "Ansongo"


def test_a_withdrawal_told_as_background_does_not_retype_a_protest():
    text = ("(Illustrative) Hundreds of protesters marched in N'Djamena on Saturday against the presence of "
            "foreign troops and vandalised two petrol stations. Police fired tear gas to disperse them.\n\n"
            "The foreign troops moved to Chad after their withdrawal from Mali.")
    mentions = extract_article(_article(text, "2022-05-15"))
    assert [m.event_type for m in mentions if m.date.event_date == "2022-05-14"] == ["Riots"]


def test_a_handover_told_beside_a_mine_does_not_retype_it_nor_lend_its_actors():
    text = ("(Illustrative) A convoy of peacekeepers leaving their camp in Tessalit struck a landmine on "
            "Tuesday, wounding three of them, the UN mission said. The handover of the Tessalit camp to the "
            "Malian army has angered the separatist rebels.")
    mentions = extract_article(_article(text, "2023-10-25"))
    [mention] = [m for m in mentions if m.place.name == "Tessalit"]
    assert mention.sub_event_type == "Remote explosive/landmine/IED"
    assert "Military Forces of Mali" not in (mention.actor1.name, mention.actor2.name)


def test_an_undated_sentence_goes_on_about_an_incident_reported_weeks_later():
    text = ("(Illustrative) JNIM militants killed at least 20 soldiers in an attack on positions around "
            "Djibo in late March, residents said on Tuesday. The residents said the attackers also looted "
            "shops and took away several vehicles.")
    mentions = extract_article(_article(text, "2025-04-15"))
    assert [(m.date.event_date[:7], m.fatalities.best) for m in mentions] == [("2025-03", 20)]


def test_a_suicide_bombing_among_wedding_guests_targets_civilians():
    text = ("(Illustrative) A female suicide bomber blew herself up among villagers attending a wedding in "
            "Gwoza on Saturday. At least 12 people died.")
    [mention] = extract_article(_article(text, "2024-06-30"))
    assert (mention.sub_event_type, mention.actor2.name) == ("Suicide bomb", "Civilians (Nigeria)")
    assert mention.civilian_targeting


def test_a_count_revised_in_another_town_is_no_incident_of_its_own():
    text = ("(Illustrative) At least nine passengers were killed when a bus struck a landmine near "
            "Bandiagara on Thursday, October 13, 2022. The toll, first put at eight dead, rose after one of "
            "the injured died in hospital in Sevare.")
    mentions = extract_article(_article(text, None))
    assert [(m.place.name, m.fatalities.best) for m in mentions] == [("Bandiagara", 9)]


def test_the_police_who_give_the_toll_do_not_make_an_attack_a_battle():
    text = ("(Illustrative) The death toll from Tuesday's attack by Boko Haram insurgents on a village near "
            "Damaturu has risen to 17, the police said on Thursday.")
    [mention] = extract_article(_article(text, "2024-09-05"))
    assert (mention.sub_event_type, mention.actor2.name) == ("Attack", "Civilians (Nigeria)")


def test_an_insurgency_that_has_killed_thousands_is_no_event():
    text = ("(Illustrative) The new leader blamed his predecessor for failing to end a jihadist insurgency "
            "that has killed thousands.")
    assert extract_article(_article(text, "2022-10-02")) == []
    text = "(Illustrative) Gunmen killed nine villagers in Gorgadji on Sunday, residents said."
    assert [m.fatalities.best for m in extract_article(_article(text, "2023-06-05"))] == [9]


def test_arrests_told_beside_a_protest_do_not_retype_it():
    text = ("(Illustrative) Hundreds of protesters marched in N'Djamena on Saturday and vandalised two "
            "petrol stations. Police fired tear gas, and several people were arrested.")
    [mention] = extract_article(_article(text, "2022-05-15"))
    assert mention.event_type == "Riots"


def test_a_date_in_a_sentence_that_reports_no_event_dates_no_later_sentence():
    text = ("(Illustrative) Bandits killed four villagers and abducted 30 others in Yargoje, Kankara, on "
            "Saturday night, residents said. A community leader said the bandits called the families on "
            "Monday and demanded a ransom of N60 million. \"We have buried the four people they killed,\" "
            "he said.")
    mentions = extract_article(_article(text, "2023-06-20"))
    assert [m.date.event_date for m in mentions] == ["2023-06-17"]


def test_the_same_morning_is_the_last_day_told_not_a_year_recalled_in_between():
    text = ("(Illustrative) On Saturday, gunmen killed 20 civilians in Seytenga, a town attacked before in "
            "2022. The same morning, five gendarmes died when their post in Falagountou was attacked.")
    article = Article(id="t-same", text=text, raw_text=text, published="2024-06-21", language="en")
    dates = {m.place.name: (m.date.event_date, m.date.date_prec) for m in extract_article(article)}
    assert dates["Falagountou"] == ("2024-06-15", 1)


def test_the_next_day_is_the_day_after_the_last_day_told_and_another_incident():
    text = ("(Illustrative) In Djibasso, gunmen killed five VDP auxiliaries at their post on Monday. "
            "The next day, three soldiers were killed when a roadside bomb struck a convoy sent to the town.")
    article = Article(id="t-next", text=text, raw_text=text, published="2024-01-19", language="en")
    days = sorted((m.date.event_date, m.fatalities.best) for m in extract_article(article))
    assert days == [("2024-01-15", 5), ("2024-01-16", 3)]


def test_a_claim_told_just_before_the_toll_it_gives_is_evidence_of_the_mention():
    text = ("(Illustrative) JNIM has claimed responsibility for the attack on the army post in Nara. "
            "The group said its fighters killed 12 soldiers.")
    article = Article(id="t-claim", text=text, raw_text=text, published="2024-01-19", language="en")
    [mention] = extract_article(article)
    [claim] = [e.text for e in mention.evidence if e.field == "claim"]
    assert claim.startswith("(Illustrative) JNIM has claimed") and claim.endswith("in Nara.")


def test_a_headline_read_on_its_own_has_no_claim_before_it():
    from dataclasses import replace

    from sahelwatch.extract.claims import claim_before
    from sahelwatch.extract.context import ExtractionConfig
    from sahelwatch.extract.reading import read_article
    from sahelwatch.read.sentences import Sentence

    text = "(Illustrative) JNIM claimed the attack on the post in Nara. The group said it killed 12 soldiers."
    ctx = read_article(Article(id="t-h", text=text, raw_text=text, published="2024-01-19", language="en"),
                       ExtractionConfig())
    headline = Sentence(0, 20, text[:20])  # a title's own sentence, not one of the body's
    draft = [m for m in _drafts_of(ctx)][0]
    assert claim_before(ctx, replace(draft, sentence=headline)) == []
    assert [e.field for e in claim_before(ctx, draft)] == ["claim"]


def _drafts_of(ctx):
    from sahelwatch.extract.context import ExtractionConfig, classifier
    from sahelwatch.extract.pipeline import draft_mention

    sentences = ctx.sentences[1:]
    predictions = classifier().predict([s.text for s in sentences], lang="en")
    return [d for s, p in zip(sentences, predictions, strict=True)
            if (d := draft_mention(ctx, s, p, ExtractionConfig())) is not None]


def test_people_killed_by_a_group_in_a_report_naming_no_soldier_were_civilians():
    text = "Jihadists attacked Seytenga on Saturday night, killing dozens of people, the government said."
    [mention] = extract_article(_article(text, "2022-06-14"))
    assert (mention.sub_event_type, mention.actor2.name) == ("Attack", "Civilians (Burkina Faso)")
    text = ("Jihadists attacked Seytenga on Saturday night, killing dozens of people. "
            "The army later reinforced the town.")
    [mention] = extract_article(_article(text, "2022-06-14"))  # soldiers named: maybe they fought
    assert mention.actor2.name == "Military Forces of Burkina Faso (2022-)"
    text = "Clashes between militias killed ten people near Djibo on Saturday."
    [mention] = extract_article(_article(text, "2022-06-14"))  # fighting told: a battle
    assert mention.event_type == "Battles"


def test_state_forces_killing_protesters_is_excessive_force():
    for text, lang in (("Police kill three protesters in Kano", "en"),
                       ("La police a tué deux manifestants lundi à Niamey.", "fr")):
        [mention] = extract_article(_article(text, lang=lang))
        assert mention.sub_event_type == "Excessive force against protesters"
        assert mention.actor2.name.startswith("Protesters")
    [mention] = extract_article(_article("Gunmen killed three protesters in Kano on Monday."))
    assert mention.sub_event_type == "Attack"  # no state forces: an attack on civilians


@pytest.mark.parametrize(("text", "lang"), [
    ("Burkina Faso's junta arrested several army officers in Ouagadougou on Wednesday.", "en"),
    ("La junte a arrêté mercredi plusieurs officiers de l'armée à Ouagadougou, accusés de complot.", "fr"),
    ("A junta do Burkina Faso deteve na quarta-feira vários oficiais do exército em Uagadugu.", "pt"),
])
def test_officers_arrested_by_their_own_army_are_the_arrests_target(text, lang):
    """Illustrative: ACLED codes soldiers arrested by their own state's forces as those forces (actor2)."""
    [mention] = extract_article(_article(text, "2023-09-28", lang))
    assert mention.sub_event_type == "Arrests"
    assert mention.actor2 is not None and mention.actor2.name == mention.actor1.name


def test_drivers_killed_in_a_battle_are_no_civilian_targeting():
    """Illustrative: civilians caught in a clash between armed sides were not its target (ACLED flags
    civilian targeting for violence against civilians and remote violence, never for battles)."""
    text = ("JNIM fighters attacked an army-escorted fuel convoy near Kati on Sunday. Five soldiers and two "
            "drivers were killed in the fighting.")
    [mention] = extract_article(_article(text, "2025-09-16"))
    assert mention.sub_event_type == "Armed clash" and not mention.civilian_targeting


def test_a_statement_day_dates_an_incident_nothing_else_dates():
    """Illustrative: 'announced on Wednesday that it had ... arrested several officers': the arrests happened
    by Wednesday, a closer guess than the publication day; a day told later still wins."""
    text = ("The junta announced on Wednesday that it had foiled a coup and arrested several army officers "
            "in Bamako.")
    [mention] = extract_article(_article(text, "2023-09-28"))
    assert mention.date.event_date == "2023-09-27"
    text = ("The army said on Tuesday that 12 soldiers were killed in an ambush near Boni in Mali. The "
            "attack took place on Sunday night.")
    [mention] = extract_article(_article(text, "2024-03-13"))
    assert mention.date.event_date == "2024-03-10"


def test_people_gathered_who_burn_a_building_are_rioters():
    text = ("In the afternoon, hundreds of people who had gathered in support of the mutineers set fire to "
            "the headquarters of the ruling party in Ouagadougou, before police dispersed them.")
    [mention] = extract_article(_article(text, "2022-01-23"))
    assert mention.sub_event_type == "Violent demonstration"
    assert mention.actor1.name == "Rioters (Burkina Faso)"
    [mention] = extract_article(_article("Gunmen killed hundreds of people in the village on Sunday."))
    assert mention.event_type == "Violence against civilians"  # people killed are no crowd


def test_a_town_taken_years_ago_is_history_not_an_event():
    text = "Gwoza was captured by Boko Haram in 2014 before the army retook it in 2015."
    assert extract_article(_article(text, "2024-07-01")) == []
    [mention] = extract_article(_article("Troops retook Gwoza on Sunday after heavy fighting.", "2024-07-01"))
    assert mention.sub_event_type == "Government regains territory"


def test_farmers_and_herders_fighting_each_other_are_communal_militias_in_an_armed_clash():
    french = ("(Illustratif) Des affrontements entre agriculteurs et éleveurs ont fait six morts samedi "
              "dans le département de Mayahi, région de Maradi, selon une source locale.")
    [mention] = extract_article(_article(french, "2024-05-13", "fr"))
    assert (mention.sub_event_type, mention.actor1.name, mention.actor2.name, mention.interaction) == (
        "Armed clash", "Unidentified Communal Militia (Niger)", "Unidentified Communal Militia (Niger)", 44)
    assert mention.fatalities.best == 6 and mention.assoc_actor_2 == []
    english = ("(Illustrative) Clashes between herders and farmers killed six people in Guma, Benue State, "
               "on Sunday, police said.")
    [mention] = extract_article(_article(english, "2024-01-29"))
    assert (mention.sub_event_type, mention.actor1.name) == (
        "Armed clash", "Unidentified Communal Militia (Nigeria)")


def test_gendarmes_arresting_people_after_a_farmer_herder_clash_take_no_part_in_it():
    text = ("(Illustratif) Des affrontements entre éleveurs et agriculteurs ont fait sept morts mardi à "
            "Kyabé. Des renforts de la gendarmerie ont été dépêchés sur place et dix personnes ont été "
            "interpellées.")
    mentions = extract_article(_article(text, "2024-05-16", "fr"))
    clash = next(m for m in mentions if m.fatalities.best == 7)
    assert (clash.sub_event_type, clash.actor1.name, clash.actor2.name) == (
        "Armed clash", "Unidentified Communal Militia (Chad)", "Unidentified Communal Militia (Chad)")


def test_soldiers_fighting_bandits_after_farmer_herder_clashes_stay_a_state_battle():
    text = ("(Illustrative) Soldiers killed 10 bandits in Zurmi on Sunday, weeks after clashes between "
            "farmers and herders in the area, the army said.")
    [mention] = extract_article(_article(text, "2024-01-29"))
    assert mention.actor1.name.startswith("Military Forces of Nigeria")


def test_violence_told_as_a_regions_habit_is_no_event_but_a_deed_beside_it_is():
    habit = ("(Illustrative) Armed attacks by jihadist groups are common across vast swathes of central "
             "Mali, despite the presence of the army.")
    assert extract_article(_article(habit)) == []
    french = "(Illustratif) Les enlèvements sont monnaie courante dans la région de Tillabéri."
    assert extract_article(_article(french, lang="fr")) == []
    deed = ("(Illustrative) Such attacks are common in the area, and on Monday gunmen killed two herders "
            "near Tahoua.")
    [mention] = extract_article(_article(deed))
    assert mention.fatalities.best == 2


def test_a_road_told_as_a_habitual_target_is_no_event_but_an_attack_on_it_is():
    french = ("(Illustratif) L'axe Kaya-Dori, qui ravitaille la région du Sahel, est régulièrement la cible "
              "d'attaques des groupes armés.")
    assert extract_article(_article(french, lang="fr")) == []
    english = "(Illustrative) The Kaya-Dori road is regularly targeted by armed groups."
    assert extract_article(_article(english)) == []
    portuguese = "(Ilustrativo) O eixo Kaya-Dori é regularmente alvo de ataques de grupos armados."
    assert extract_article(_article(portuguese, lang="pt")) == []
    deed = ("(Illustratif) Le convoi, régulièrement visé par les groupes armés, a été attaqué dimanche "
            "près de Yalgo : trois soldats ont été tués.")
    [mention] = extract_article(_article(deed, lang="fr"))
    assert mention.fatalities.best == 3


def test_a_groups_habit_of_targeting_officials_is_no_event_of_its_own():
    """Illustrative: the group named as "qui cible régulièrement les élus" tells no incident; the body found
    before it stays an event of unidentified attackers."""
    habit = ("(Illustratif) La zone est le théâtre d'activités de l'État islamique au Sahel, qui cible "
             "régulièrement les élus locaux.")
    assert extract_article(_article(habit, lang="fr")) == []
    story = ("(Illustratif) Le maire de Tamou, enlevé mardi par des hommes armés, a été retrouvé sans vie. "
             "Son corps a été découvert samedi près de Tamou. L'enlèvement n'a pas été revendiqué, mais la "
             "zone est le théâtre d'activités de l'État islamique au Sahel, qui cible régulièrement les élus "
             "locaux.")
    killed = [m for m in extract_article(_article(story, lang="fr")) if m.fatalities.best]
    assert killed and all("Islamic State" not in (m.actor1.name if m.actor1 else "") for m in killed)
    portuguese = ("(Ilustrativo) A zona é um reduto do Estado Islâmico no Sahel, que ataca regularmente "
                  "autoridades locais.")
    assert extract_article(_article(portuguese, lang="pt")) == []


def test_a_hostage_found_dead_abroad_was_killed_by_the_abductors():
    """Illustrative: the body of a chief Boko Haram took, found across the border and reported by the
    vigilantes, is a killing by Boko Haram, not by the unidentified gunmen of the other country."""
    story = ("(Illustratif) Le chef du village de Kolofata a été enlevé lundi par des combattants de Boko "
             "Haram.\nSon corps a été retrouvé jeudi côté nigérian, selon des membres du comité de "
             "vigilance.")
    killed = [m for m in extract_article(_article(story, lang="fr")) if m.fatalities.best]
    assert [m.fatalities.best for m in killed] == [1]
    assert "Boko Haram" in killed[0].actor1.name


def test_a_trend_of_kidnappings_of_a_kind_of_people_is_no_event():
    french = ("(Illustratif) Les enlèvements d'étrangers se sont multipliés ces derniers mois dans "
              "l'ouest du Mali, où de nombreuses sociétés exploitent des mines d'or.")
    assert extract_article(_article(french, lang="fr")) == []


def test_a_trend_with_its_toll_in_thousands_is_no_event():
    text = ("(Illustrative) Islamist attacks have surged across the Sahel, killing thousands and driving "
            "millions from their homes in Burkina Faso, Mali and Niger.")
    assert extract_article(_article(text)) == []
    french = ("(Illustratif) Les attaques jihadistes se sont multipliées dans le Sahel, faisant des milliers "
              "de morts.")
    assert extract_article(_article(french, lang="fr")) == []


def test_what_a_video_shows_lends_no_actor_to_the_incident():
    text = ("(Illustrative) One person was killed in Abidjan after a fake video provoked attacks on "
            "foreigners. A video showing a 2019 raid by the army on the Boko Haram group was passed off on "
            "social media on Wednesday as an attack on residents.")
    [mention] = extract_article(_article(text, "2021-05-21"))
    assert "Boko Haram" not in mention.actor1.name


def test_the_death_a_crowd_protests_is_not_the_protests_toll():
    text = ("(Illustrative) Protests over the death of a young man in police custody turned violent in "
            "Nouakchott on Sunday, and police arrested 15 people. His family says he was beaten.")
    [mention] = extract_article(_article(text, "2024-07-22"))
    assert (mention.sub_event_type, mention.actor1.name, mention.fatalities.best) == (
        "Violent demonstration", "Rioters (Mauritania)", 0)
    french = ("(Illustratif) Des manifestations contre la mort d'un jeune homme en garde à vue ont dégénéré "
              "dimanche à Nouakchott, et la police a interpellé 15 personnes. Sa famille affirme qu'il a "
              "été battu.")
    [mention] = extract_article(_article(french, "2024-07-22", "fr"))
    assert (mention.sub_event_type, mention.fatalities.best) == ("Violent demonstration", 0)


def test_the_day_told_after_the_month_dates_the_same_incident():
    text = (
        "Illustrative report. Residents of Mafa in Borno State are still counting their losses after ISWAP "
        "fighters attacked the town last month. The insurgents stormed Mafa on August 12, killing four "
        "residents."
    )
    [mention] = extract_article(_article(text, published="2024-09-03"))
    assert mention.date.event_date == "2024-08-12" and mention.date.time_precision == 1
    assert mention.actor1.name.startswith("Islamic State West Africa Province")
    assert mention.fatalities.best == 4


def test_a_group_split_years_before_is_no_event():
    text = (
        "Illustrative report. ISWAP fighters killed nine soldiers in an ambush on a convoy in Borno state "
        "on Tuesday. The convoy was attacked near Marte as it moved towards Dikwa. ISWAP split from Boko "
        "Haram in 2016 and has become the dominant jihadist group around Lake Chad."
    )
    [mention] = extract_article(_article(text))
    assert mention.sub_event_type == "Armed clash"


def test_without_publication_day_an_old_recalled_attack_does_not_date_the_incident():
    text = (
        "Illustrative report. Bandits abducted at least 40 passengers on Thursday on the Kaduna-Abuja "
        "highway near Katari. The road was the scene of the March 2022 attack on a train that saw dozens "
        "of passengers abducted."
    )
    mentions = extract_article(_article(text, published=None))
    assert any(m.date.event_date is None for m in mentions)
    assert not any(m.date.event_date and m.fatalities.best for m in mentions)


def test_a_dated_fight_of_two_named_groups_is_a_clash_where_it_was_fought():
    text = (
        "Illustrative report. Dozens of fighters were killed in clashes between jihadist groups in Mali's "
        "Menaka region, local sources said on Sunday. Fighters of the JNIM and the Islamic State Sahel "
        "Province fought on Friday near Inekar, an elected official said."
    )
    [mention] = extract_article(_article(text, published="2024-09-15"))
    assert mention.sub_event_type == "Armed clash" and mention.place.name == "Inékar"
    assert mention.date.event_date == "2024-09-13"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("(Illustrative) At least seven soldiers were killed when gunmen ambushed a convoy near "
         "Anderamboukane on Tuesday, sources said. One source said three more soldiers died of their wounds "
         "overnight.", "en"),
        ("(Exemple) Des hommes armés ont tué douze villageois mardi à Tondikiwindi. Trois blessés ont "
         "succombé mercredi à l'hôpital d'Ouallam.", "fr"),
        ("(Ilustrativo) Pelo menos sete soldados foram mortos numa emboscada perto de Anderamboukane na "
         "terça-feira. Outros três soldados morreram devido aos ferimentos na quarta-feira.", "pt"),
    ],
)
def test_the_wounded_dying_days_later_are_a_sequel_of_the_incident(text, lang):
    article = Article(id="t-sequel", text=text, raw_text=text, published="2024-03-14", language=lang)
    [mention] = extract_article(article)
    assert mention.date.event_date == "2024-03-12"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("(Illustrative) The toll of Monday's attack on farmers near Damboa rose to 19 dead after militias "
         "found four more bodies on Thursday. The attack was blamed on Boko Haram.", "en"),
        ("(Ilustrativo) O balanço do ataque de segunda-feira contra agricultores perto de Damboa subiu para "
         "19 mortos, depois de as milícias terem encontrado mais quatro corpos na quinta-feira. O ataque foi "
         "atribuído ao grupo Boko Haram. Um balanço anterior dava conta de 15 mortos.", "pt"),
    ],
)
def test_an_undated_sentence_goes_on_about_the_day_its_predecessor_is_dated_by(text, lang):
    article = Article(id="t-dated-by", text=text, raw_text=text, published="2024-03-15", language=lang)
    [mention] = extract_article(article)
    assert (mention.date.event_date, mention.fatalities.best) == ("2024-03-11", 19)


def test_an_arrest_over_a_murder_is_an_arrest_not_the_police_killing():
    text = "Illustrative report. Police arrested two men over the murder of a trader in Gusau on Monday."
    [mention] = extract_article(_article(text, "2024-04-16"))
    assert mention.sub_event_type == "Arrests" and mention.fatalities.best == 0
    assert mention.actor1.name.startswith("Police Forces of Nigeria")


def test_an_ethnic_group_named_as_the_civilians_killed_is_no_militia():
    text = "Illustrative report. Three Fulani herders were killed by unknown gunmen in Gusau on Monday."
    [mention] = extract_article(_article(text, "2024-04-16"))
    assert mention.actor1.name == "Unidentified Armed Group (Nigeria)"
    assert mention.actor2.name == "Civilians (Nigeria)" and mention.fatalities.best == 3
    text = "Illustrative report. Five Fulani militiamen were killed by soldiers near Gusau on Monday."
    [mention] = extract_article(_article(text, "2024-04-16"))
    assert "Fulani Ethnic Militia" in {mention.actor1.name, mention.actor2.name}
    text = ("Illustrative report. Two members of the Irigwe ethnic group were killed on Sunday night in an "
            "attack on a village in Bassa Local Government Area of Plateau State.")
    [mention] = extract_article(_article(text, "2024-04-16"))
    assert mention.actor1.name == "Unidentified Armed Group (Nigeria)"
    assert mention.actor2.name == "Civilians (Nigeria)" and mention.fatalities.best == 2


def test_a_schools_security_guard_is_a_civilian_not_the_army():
    text = ("Illustrative report. Gunmen stormed a boarding school near Dori on Thursday, killed a security "
            "guard and abducted 30 pupils, police said.")
    [mention] = extract_article(_article(text, "2026-03-16"))
    assert mention.actor2.name == "Civilians (Burkina Faso)" and mention.fatalities.best == 1


def test_captives_freed_in_a_gun_battle_are_a_clash_not_an_abduction():
    text = ("Illustrative report. Soldiers rescued 20 kidnapped passengers after a gun battle with bandits "
            "near Birnin Gwari on Monday.")
    [mention] = extract_article(_article(text, "2026-03-17"))
    assert (mention.sub_event_type, mention.date.event_date) == ("Armed clash", "2026-03-16")
    assert mention.actor1.name.startswith("Military Forces of Nigeria")


def test_an_earlier_deed_an_incident_came_days_after_is_dated_that_many_days_before():
    """Illustrative: the attack of the second sentence was two days before Tuesday's protest."""
    text = ("Hundreds of youths on Tuesday blocked the highway in Mangu, Plateau State, in protest. "
            "The protest came two days after gunmen killed 27 people in neighbouring Bokkos.")
    dates = {m.place.name: m.date.event_date for m in extract_article(_article(text, "2026-04-15"))}
    assert dates["Bokkos"] == "2026-04-12" and dates["Mangu"] == "2026-04-14"


def test_a_toll_told_right_after_an_old_massacre_an_anniversary_recalls_counts_it():
    # illustrative: the only incident is years old; "put the toll at" right after it is its count, not a
    # killing on the publication day
    text = ("(Illustrative) Survivors gathered in Dori on Friday to remember the victims of the Seytenga "
            "massacre. On the night of June 11 to 12, 2022, gunmen killed at least 86 people in Seytenga, "
            "according to the official toll. Local sources put the toll at 100. The ceremony passed off "
            "peacefully.")
    mentions = extract_article(_article(text, published="2027-06-12"))
    assert mentions and all(m.date.event_date.startswith("2022-06") for m in mentions)


def test_a_government_putting_the_toll_of_an_earlier_attack_gives_its_toll_and_day():
    # illustrative: "put the official death toll from Friday's attack ... at 31": a toll of 31, dated Friday,
    # not the Monday of the statement
    text = ("(Illustrative) Mali's government on Monday put the official death toll from Friday's attack on "
            "the village of Diallassagou, in the Mopti region, at 31 and declared two days of mourning.")
    [mention] = extract_article(_article(text, published="2024-03-12"))
    assert (mention.fatalities.best, mention.date.event_date) == (31, "2024-03-08")


def test_a_toll_other_sources_put_higher_widens_the_range_rather_than_revising_it():
    # illustrative: "Local sources put the toll at 16" is another count of the 13 dead, not a revision
    text = ("(Illustrative) Gunmen killed 13 villagers in Sebba on Monday, according to the official toll. "
            "Local sources put the toll at 16.")
    [mention] = extract_article(_article(text))
    assert (mention.fatalities.low, mention.fatalities.best, mention.fatalities.high) == (13, 13, 16)
    revised = ("(Illustrative) Gunmen killed 13 villagers in Sebba on Monday. Officials later put the toll "
               "at 16.")
    [mention] = extract_article(_article(revised))
    assert mention.fatalities.best == 16


def test_an_earlier_count_put_as_a_toll_is_no_count_of_its_own():
    # illustrative: "Earlier reports had put the toll at 12" is the count since revised, not another source's
    text = ("(Illustrative) The toll from an attack on a market in Djibo on Friday has risen to 30 dead, "
            "officials said. Earlier reports had put the toll at 12.")
    [mention] = extract_article(_article(text))
    assert (mention.fatalities.low, mention.fatalities.best) == (30, 30)


def test_foreigners_kidnapped_in_recent_years_are_no_new_abduction():
    # illustrative text: the second sentence counts past kidnappings, with an example and no day
    text = ("Illustrative: a Spanish aid worker was kidnapped by gunmen near Bourem, Mali, a week ago. "
            "Several foreigners have been kidnapped in the Sahel in recent years, including an Austrian "
            "woman in Agadez, Niger.")
    assert [m.place.name for m in extract_article(_article(text, published="2025-11-26"))] == ["Bourem"]


def test_a_gang_s_victims_over_the_past_years_are_no_new_abduction():
    # illustrative text: the second sentence counts the gang's kidnappings over two years, in the active voice
    text = ("Illustrative: police arrested a suspected bandit leader in Isa, Sokoto state, Nigeria, on "
            "Tuesday. The gang is believed to have kidnapped more than 60 people in the Isa and Sabon Birni "
            "districts over the past two years.")
    mentions = extract_article(_article(text, published="2026-11-12"))
    # one arrest, not moved to Sabon Birni by the count of the gang's kidnappings
    assert [(m.sub_event_type, m.place.name == "Sabon Birni") for m in mentions] == [("Arrests", False)]


def test_a_kidnapped_aid_worker_is_a_civilian_of_his_country():
    # illustrative sentence: the demonym before "aid worker"
    text = ("Illustrative: a Spanish aid worker was kidnapped on Monday by gunmen near Bourem in northern "
            "Mali.")
    [mention] = extract_article(_article(text, published="2025-11-26"))
    assert mention.actor2.name == "Civilians (Spain)"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The governor visited Tera on Monday, a week after an attack on the market there killed nine "
         "traders. "
         "Gunmen on motorbikes opened fire on the stalls at dawn, officials said.", "en"),
        ("Le gouverneur s'est rendu lundi à Téra, une semaine après une attaque contre le marché qui a "
         "tué neuf commerçants.", "fr"),
    ],
)
def test_a_deed_a_visit_is_set_after_is_dated_that_many_days_before(text: str, lang: str) -> None:
    """Illustrative: the visit is no event; the attack was a week before Monday (2026-04-13)."""
    mentions = extract_article(_article(text, "2026-04-15", lang=lang))
    assert mentions and {m.date.event_date for m in mentions} == {"2026-04-06"}


def test_a_verdict_dates_the_recalled_attack_at_its_own_day() -> None:
    """Illustrative: the court's Monday is the verdict's; the attack keeps its own day."""
    text = ("La cour a condamné lundi six hommes pour l'attaque du 4 mai 2019 contre le camp de Kaya, qui "
            "avait coûté la vie à 14 soldats.")
    [mention] = extract_article(_article(text, "2026-04-15", lang="fr"))
    assert (mention.date.event_date, mention.fatalities.best) == ("2019-05-04", 14)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A court in Niamey on Monday convicted six men over an attack on a church and jailed them.", "en"),
        ("La cour criminelle de Niamey a condamné lundi six hommes pour l'attaque d'une église.", "fr"),
        ("Um tribunal de Niamey condenou na segunda-feira seis homens pelo ataque a uma igreja.", "pt"),
    ],
)
def test_a_verdict_on_an_undated_attack_is_no_event(text: str, lang: str) -> None:
    """Illustrative: the trial of a past deed told without its day or toll is no event."""
    assert extract_article(_article(text, "2026-03-10", lang=lang)) == []



def test_a_sentence_going_on_about_a_recalled_deed_takes_its_day() -> None:
    """Illustrative: the victim's sentence is the recalled killing's, not a new incident of the report's."""
    text = ("A court martial on Thursday jailed a soldier for killing a herder in Gubio on May 2, 2025. "
            "The victim, a 40-year-old herder, was shot dead at a checkpoint.")
    [mention] = extract_article(_article(text, "2026-02-20"))
    assert (mention.date.event_date, mention.fatalities.best) == ("2025-05-02", 1)


@pytest.mark.parametrize("text", [
    # illustrative: the people counted were all arrested; the kidnapping only names the suspects
    "Police arrested three kidnapping suspects in Maru, Zamfara State, on Sunday. Investigations continue.",
    "Police arrest 20 suspected kidnappers in Zamfara",
])
def test_suspects_of_a_kidnapping_arrested_are_arrests_not_an_abduction(text):
    [mention] = extract_article(_article(text))
    assert mention.sub_event_type == "Arrests" and mention.actor1.name.startswith("Police Forces of Nigeria")


def test_an_army_said_to_have_taken_no_part_is_no_side_of_the_fighting():
    text = ("Illustrative example. JNIM fighters clashed with the Islamic State Sahel near Ansongo on "
            "Monday. "
            "The Malian army was not involved in the fighting, a local official said.")
    [mention] = extract_article(_article(text))
    assert {mention.actor1.name, mention.actor2.name} == {
        "JNIM: Jama'at Nusrat al-Islam wal Muslimin", "Islamic State (Sahel)"}


def test_the_forces_that_killed_the_dead_started_the_clash():
    text = "Illustrative example. Fifteen terrorists were killed on Tuesday by the army near Solenzo."
    [mention] = extract_article(_article(text))
    assert mention.actor1.name == "Military Forces of Burkina Faso (2022-)"


@pytest.mark.parametrize("sequel", [
    "Two of them died later in hospital.",
    '"Two of them later died in hospital," the police spokesman said.',
])
def test_the_wounded_who_died_since_add_to_the_toll(sequel):
    text = ("Illustrative report. Gunmen killed five villagers in an attack on Kusherki in Rafi Local "
            f"Government Area of Niger State on Sunday. Seven others were wounded. {sequel}")
    [mention] = extract_article(_article(text, "2024-05-22"))
    assert mention.fatalities.best == 7 and mention.fatalities.low == 7


def test_more_dead_than_the_wounded_told_are_no_sequel():
    text = ("Illustrative report. Gunmen killed five people in an attack on Kusherki in Rafi Local "
            "Government Area of Niger State on Sunday. Three others were wounded. Twelve of them died later.")
    [mention] = extract_article(_article(text, "2024-05-22"))
    assert mention.fatalities.best == 5


def test_a_rescue_with_arrests_is_no_arrests_event_of_its_own():
    # illustrative: the rescue operation's arrests belong to it
    text = ("(Illustrative) Police said they had rescued 12 kidnap victims and arrested three suspected "
            "bandits in Batsari. The victims were reunited with their families.")
    assert "Arrests" not in [m.sub_event_type for m in extract_article(_article(text))]


@pytest.mark.parametrize("text, lang", [
    ("Illustrative report. In February, bandits killed 45 people and kidnapped 120 others in Zamfara state, "
     "according to a tally by a local monitoring group.", "en"),
    ("Illustrative report. Gunmen killed 30 people across the state during the month of February, a "
     "monthly security report said.", "en"),
    ("Rapport illustratif. En février, 45 personnes ont été tuées dans la région de Tillabéri, selon un "
     "bilan mensuel d'une ONG.", "fr"),
])
def test_a_monthly_tally_of_many_incidents_is_no_event(text: str, lang: str):
    assert extract_article(_article(text, lang=lang)) == []


def test_a_weekly_tally_across_a_region_is_no_event_but_its_dated_incident_is():
    text = ("Illustrative report. The Defence Headquarters said on Thursday that troops neutralised 18 "
            "terrorists and arrested 22 suspects across the North East in the past week. On February 14, "
            "troops repelled an ISWAP attack on their base in Malam Fatori, killing 11 of the attackers.")
    [mention] = extract_article(_article(text, "2026-02-20"))
    assert (mention.date.event_date, mention.place.name, mention.fatalities.best) == (
        "2026-02-14", "Malam Fatori", 11)


def test_an_incident_dated_only_by_its_month_stays_an_event():
    text = ("Illustrative report. Gunmen attacked the village of Tégué in the Tillabéri region during the "
            "month of February, killing 12 people.")
    [mention] = extract_article(_article(text))
    assert mention.fatalities.best == 12 and mention.date.date_start == "2024-02-01"


def test_an_attack_recalled_in_a_month_of_last_year_keeps_its_toll_and_year():
    text = ("Illustrative report. In March last year, jihadists killed 30 soldiers in an attack on the "
            "camp in Tessit.")
    [mention] = extract_article(_article(text))
    assert mention.fatalities.best == 30 and mention.date.date_start == "2023-03-01"


@pytest.mark.parametrize("text, lang", [
    # illustrative: a claim names the town, then the unit around it; the toll sentence names no place
    ("Rapport illustratif. Le JNIM a revendiqué jeudi l'attaque menée mardi contre une position de l'armée à "
     "Kolbouari, dans la province du Lac. Le groupe affirme avoir tué douze soldats.", "fr"),
    ("Illustrative report. JNIM claimed responsibility on Thursday for Tuesday's attack on an army post in "
     "Kolbouari, in Chad's Lac province. The group said it killed twelve soldiers.", "en"),
    ("Rapport illustratif. Le JNIM a revendiqué jeudi l'attaque menée mardi contre une position de l'armée à "
     "Kolbouari, dans le nord du Tchad. Le groupe affirme avoir tué douze soldats.", "fr"),
])
def test_a_sentence_without_a_place_takes_the_town_before_not_the_unit_placing_it(text, lang):
    [mention] = extract_article(_article(text, "2024-02-13", lang))
    assert mention.place.name == "Kolbouari" and mention.place.country == "TD"


def test_a_sentence_opening_with_n_of_them_takes_the_group_the_sentence_before_ends_on():
    # illustrative: the dead attackers are told in their own sentence, after the one naming them
    text = ("Illustrative report. Three police officers were killed on Monday when gunmen attacked their "
            "checkpoint near Say, the ministry said. The attackers, described as JNIM fighters, fled toward "
            "the border. Five of them were killed in the exchange of fire.")
    [mention] = extract_article(_article(text, "2024-03-13"))
    assert mention.fatalities.best == 8 and mention.fatalities.deaths_unknown == 0


def test_soldiers_who_paid_the_supreme_price_are_dead():
    # illustrative: the Nigerian army's euphemism for its own dead
    text = ("Illustrative report. Troops on Monday repelled an attack by ISWAP fighters on their base in "
            "Monguno, killing 15 of the attackers. Three soldiers paid the supreme price.")
    [mention] = extract_article(_article(text, "2024-03-13"))
    assert mention.fatalities.best == 18


def test_a_verdict_on_men_arrested_in_earlier_years_is_no_arrest_event() -> None:
    """Illustrative: the arrests told with their past years are the trial's background, not Monday's event."""
    text = ("A court in Niamey on Monday jailed eight men for their role in a market attack in Ouallam. "
            "The defendants, arrested between 2020 and 2022, were convicted of terrorism.")
    assert extract_article(_article(text, "2026-03-10")) == []


def test_a_sentence_read_as_unrest_without_crowd_date_or_place_goes_on_about_the_clash_before():
    # illustrative: the machetes make the middle sentence look like mob violence; it tells the same clash
    text = ("Illustrative report. At least nine people were killed on Monday in clashes between herders and "
            "farmers in Bebedjia, in Chad's Logone Oriental province, an official said.\n"
            "The violence started over a grazing dispute, and both sides used firearms and machetes, the "
            "official said. Several huts were burned and 15 people were wounded.")
    [mention] = extract_article(_article(text, "2026-03-11"))
    assert mention.sub_event_type == "Armed clash" and mention.fatalities.best == 9


def test_the_group_a_struck_camp_was_used_by_is_the_strikes_target():
    # illustrative: the target group is named only in the sentence after the strike
    text = ("Illustrative report. Air Force jets on Monday struck a hideout near Kirawa in Borno, killing "
            "several fighters, military sources said. The hideout was used by ISWAP commanders as a "
            "logistics base.")
    [mention] = extract_article(_article(text, "2026-03-11"))
    assert mention.sub_event_type == "Air/drone strike"
    assert mention.actor2.name == "Islamic State West Africa Province (ISWAP)"


def test_a_clause_telling_another_groups_deed_is_its_own_incident():
    text = ("Illustrative report. Gunmen killed five people in Kucheri village of Tsafe LGA in Zamfara State "
            "on Monday, while in neighbouring Gusau LGA, another group of gunmen abducted 15 people.")
    mentions = extract_article(_article(text, "2026-03-10"))
    assert sorted((m.sub_event_type, m.place.admin2) for m in mentions) == [
        ("Abduction/forced disappearance", "Gusau"), ("Attack", "Tsafe")]
    # one group's deeds in one clause stay one incident
    text = ("Illustrative report. Gunmen killed five people in Kucheri village of Tsafe LGA on Monday, "
            "and abducted 15 others.")
    assert len(extract_article(_article(text, "2026-03-10"))) == 1


def test_a_residents_count_of_civilians_disputing_a_strike_toll_sets_toll_and_target():
    # illustrative: the army's claim of fighters killed, disputed by residents who buried civilians
    text = (
        "Illustrative report. Mali's army said a drone strike near the village of Diafarabe, in the Mopti "
        "region, neutralised 25 terrorists on Sunday.\n"
        "Residents gave a different account. \"We buried nine people on Monday, all of them herders,\" a "
        "village chief said."
    )
    [mention] = extract_article(_article(text))
    assert mention.fatalities.best == 9
    assert mention.actor2.name == "Civilians (Mali)"


def test_the_dead_buried_a_day_later_are_the_incidents_not_a_new_one():
    # illustrative: the burial's day is not the incident's
    text = (
        "Illustrative report. Gunmen attacked the village of Tin-Akof in northern Burkina Faso on Saturday, "
        "killing at least 10 civilians, a local official said.\n"
        "\"We buried more than 20 people on Sunday,\" a resident said."
    )
    mentions = extract_article(_article(text, published="2024-03-12"))
    assert len(mentions) == 1 and mentions[0].date.event_date == "2024-03-09"


def test_a_day_of_the_weekend_an_incident_was_told_in_joins_it():
    # illustrative: "over the weekend", then the day it began, then the tolls of both sides
    text = (
        "Illustrative report. Fighters of JNIM and the Islamic State Sahel Province clashed over the weekend "
        "near Ansongo, in Mali's Gao region, local sources said.\n"
        "The fighting began on Saturday near the village of Fafa and went on into Sunday. A local official "
        "said 14 JNIM fighters and 9 from the Islamic State were killed."
    )
    mentions = extract_article(_article(text, published="2024-03-12"))
    assert len(mentions) == 1 and mentions[0].fatalities.best == 23


def test_the_group_told_taking_control_of_an_abandoned_base_is_actor_one():
    # illustrative: the withdrawal is told first; the group that "took control" of the base gains it
    text = ("Illustrative report. Soldiers withdrew from the military base in Tessit on Saturday. Hours "
            "later, fighters of the Islamic State Sahel Province entered the base and took control of it, "
            "residents said.")
    [mention] = extract_article(_article(text, "2026-03-10"))
    assert (mention.sub_event_type, mention.actor1.name) == (
        "Non-violent transfer of territory", "Islamic State (Sahel)")


def test_protesters_arrested_by_police_are_a_protest_with_intervention():
    # illustrative: arrests at a protest are ACLED's protest with intervention; suspects' arrests stay arrests
    [mention] = extract_article(_article("Illustrative report. Police arrested some twenty protesters in "
                                         "Niamey on Monday.", "2026-03-10"))
    assert (mention.sub_event_type, mention.actor1.name) == (
        "Protest with intervention", "Protesters (Niger)")
    [mention] = extract_article(_article("Illustrative report. Police arrested three suspected kidnappers in "
                                         "Niamey on Monday.", "2026-03-10"))
    assert mention.sub_event_type == "Arrests"


def test_air_support_to_a_repelled_attack_is_no_air_strike():
    # illustrative: the aircraft backed the troops who repelled the attack: a clash, not an air strike
    text = ("Illustrative example. Gunmen attacked a military base in Kaya on Tuesday. Troops, backed by air "
            "support, repelled the assault and killed about twenty attackers.")
    article = Article(id="t", text=text, raw_text=text, published="2025-05-14", language="en")
    assert [m.sub_event_type for m in extract_article(article)] == ["Armed clash"]


def test_a_tally_of_killings_and_abductions_over_months_is_no_extra_event():
    """Illustrative: the period after the last of figures joined by 'and' makes both a tally, no abduction."""
    text = ("Police on Monday fired teargas to disperse youths protesting against bandit attacks in "
            "Kaura Namoda, Zamfara State. Residents said that over 30 people had been killed and more than "
            "100 abducted in the area in the last two months.")
    mentions = extract_article(_article(text, "2026-04-28"))
    assert [m.sub_event_type for m in mentions if m.sub_event_type.startswith("Abduction")] == []
    assert all(m.fatalities.best == 0 for m in mentions)


def _dated(text: str, published: str, lang: str, title: str | None = None) -> list[tuple[str | None, str]]:
    article = Article(id="t", text=text, raw_text=text, published=published, language=lang, title=title)
    return sorted((m.date.event_date, m.sub_event_type) for m in extract_article(article))


@pytest.mark.parametrize(("lang", "title", "text"), [
    ("en", "Weekly security digest: week of 2-8 March",
     "Illustrative digest. On Wednesday, gunmen killed five villagers in Tanwalbougou. On Friday, jihadists "
     "ambushed an army patrol near Boni, killing four soldiers."),
    ("fr", "Bilan sécuritaire de la semaine du 2 au 8 mars",
     "Exemple illustratif. Mercredi, des hommes armés ont tué cinq villageois à Tanwalbougou. Vendredi, des "
     "jihadistes ont tendu une embuscade à une patrouille près de Boni, tuant quatre soldats."),
    ("pt", "Resumo da semana de 2 a 8 de março",
     "Exemplo ilustrativo. Na quarta-feira, homens armados mataram cinco aldeões em Tanwalbougou. Na "
     "sexta-feira, jihadistas emboscaram uma patrulha do exército perto de Boni, matando quatro soldados."),
])
def test_a_weekday_in_a_weekly_round_up_is_in_the_week_it_covers(lang, title, text):
    # illustrative: published on Friday 13 March, a round-up of 2-8 March: Wednesday is 4 March, Friday 6
    dates = [d for d, _ in _dated(text, "2026-03-13", lang, title)]
    assert dates == ["2026-03-04", "2026-03-06"]


def test_a_round_up_of_the_past_week_dates_the_publication_weekday_a_week_before():
    # illustrative: published on Monday 9 March; the round-up covers 2-8 March, so "On Monday" is 2 March,
    # and the opening count of attacks is no incident of its own
    text = ("Illustrative round-up. Gunmen carried out at least three attacks in Zamfara State in the past "
            "week, residents said. On Monday, bandits killed four farmers near Tsafe. On Thursday, gunmen "
            "killed two traders near Maru.")
    assert _dated(text, "2026-03-09", "en") == [("2026-03-02", "Attack"), ("2026-03-05", "Attack")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Illustrative report. The army on Tuesday apologised for an air strike that killed nine civilians "
           "in Tungar Kaya on Sunday."),
    ("fr", "Exemple illustratif. L'armée a présenté mardi ses excuses pour une frappe aérienne qui a tué "
           "neuf civils dimanche à Tinzaouatène."),
    ("pt", "Exemplo ilustrativo. O exército pediu desculpa na terça-feira por um ataque aéreo que matou nove "
           "civis no domingo em Tungar Kaya."),
])
def test_an_apology_day_does_not_date_the_strike(lang, text):
    # illustrative: published Wednesday 11 March; the strike was on Sunday 8 March, one event
    assert _dated(text, "2026-03-11", lang) == [("2026-03-08", "Air/drone strike")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Illustrative report. A memorial service was held in Dori on Tuesday for seven traders killed on "
           "Saturday by gunmen."),
    ("en", "Illustrative report. Villagers gathered in Dori on Tuesday to mourn seven traders killed by "
           "gunmen on Saturday."),
    ("fr", "Exemple illustratif. Une cérémonie de recueillement a eu lieu mardi à Dori en mémoire des sept "
           "commerçants tués samedi par des hommes armés."),
    ("pt", "Exemplo ilustrativo. Uma cerimónia realizou-se na terça-feira em Dori pelos sete comerciantes "
           "mortos no sábado por homens armados."),
])
def test_a_ceremony_day_does_not_date_the_killings(lang, text):
    # illustrative: published Wednesday 11 March; the killings were on Saturday 7 March
    assert _dated(text, "2026-03-11", lang) == [("2026-03-07", "Attack")]


def test_the_place_beside_a_ceremony_day_is_not_the_deed_s():
    # illustrative: the mourners met in Kaya; the hunters were killed in Bourzanga
    text = ("Illustrative report. Mourners in Kaya on Wednesday buried nine hunters killed in an attack on "
            "Saturday in the village of Bourzanga.")
    [mention] = extract_article(_article(text, "2026-03-12"))
    assert (mention.date.event_date, mention.place.name) == ("2026-03-07", "Bourzanga")


@pytest.mark.parametrize(("lang", "text", "actor2"), [
    ("en", "Illustrative report. Soldiers arrested nine suspected JNIM collaborators in Niono on Monday.",
     "Civilians (Mali)"),
    ("fr", "Exemple illustratif. L'armée a interpellé lundi à Niono neuf complices présumés du JNIM.",
     "Civilians (Mali)"),
    ("pt", "Exemplo ilustrativo. O exército deteve na segunda-feira em Niono nove suspeitos de colaborarem "
           "com o grupo JNIM.", "Civilians (Mali)"),
    ("en", "Illustrative report. Soldiers arrested nine JNIM fighters in Niono on Monday.",
     "JNIM: Jama'at Nusrat al-Islam wal Muslimin"),
])
def test_arrested_collaborators_are_civilians_and_arrested_fighters_their_group(lang, text, actor2):
    # illustrative: ACLED's actor2 of arrests is whom was arrested: civilians said to help a group are
    # civilians
    article = Article(id="t", text=text, raw_text=text, published="2026-03-10", language=lang)
    [mention] = extract_article(article)
    assert (mention.sub_event_type, mention.actor1.name, mention.actor2.name) == (
        "Arrests", "Military Forces of Mali (2021-)", actor2)


def test_a_single_official_who_puts_the_toll_higher_gives_an_alternative_not_an_update():
    """Illustrative: the army's nine soldiers stay the conservative count beside the official's."""
    text = ("Illustrative report. Nine Chadian soldiers and 24 Boko Haram fighters were killed on Sunday on "
            "an island near Bol, the army said. A local official who asked not to be named put the toll "
            "among the soldiers at 14.")
    [mention] = extract_article(_article(text, "2026-05-05"))
    assert mention.fatalities.best == 33


def test_a_story_opening_with_a_claim_keeps_it_as_the_claim_its_next_paragraph_follows_up():
    # illustrative: a wire's claim report; the toll paragraph after it is the claim's, for the merger
    text = ("Islamic State West Africa Province has claimed responsibility for Monday's attack on a military "
            "base in Rann, in north-eastern Nigeria, in a statement carried by its Amaq agency.\n\n"
            "The group said it had killed 30 soldiers. The army had said six soldiers died when troops "
            "repelled the attack.")
    [mention] = extract_article(_article(text, "2026-03-12"))
    assert any(e.field == "claim" for e in mention.evidence)


@pytest.mark.parametrize("text, lang", [
    ("(Ilustrativo) Dois soldados nigerianos morreram ontem num ataque com drones armados do Estado "
     "Islâmico na África Ocidental (ISWAP) contra uma base militar em Marte, no estado de Borno.", "pt"),
    ("(Illustrative) Two Nigerian soldiers were killed yesterday when ISWAP drones dropped explosives on a "
     "military base in Marte, Borno state.", "en"),
    ("(Illustratif) Deux soldats nigérians ont été tués hier dans une attaque de drones armés de "
     "l'Etat islamique en Afrique de l'Ouest (ISWAP) contre une base militaire à Marte, dans l'Etat de "
     "Borno.", "fr"),
])
def test_an_armed_groups_drones_make_it_the_striker(text, lang):
    # illustrative: the drones are told as ISWAP's; the soldiers they killed are the target, not the flyers
    [mention] = extract_article(_article(text, "2026-11-19", lang))
    assert mention.sub_event_type == "Air/drone strike"
    assert mention.actor1.name == "Islamic State West Africa Province (ISWAP)"
    assert mention.actor2.name == "Military Forces of Nigeria (2023-)"


@pytest.mark.parametrize("text, lang", [
    ("(Ilustrativo) Combatentes do JNIM atacaram na terça-feira com drones armados o destacamento militar de "
     "Djibasso, na província de Kossi, matando dois soldados.", "pt"),
    ("(Illustrative) JNIM fighters attacked the military detachment of Djibasso in Kossi province with armed "
     "drones on Tuesday, killing two soldiers.", "en"),
    ("(Illustratif) Des combattants du JNIM ont attaqué mardi avec des drones armés le détachement militaire "
     "de Djibasso, dans la province de la Kossi, tuant deux soldats.", "fr"),
])
def test_an_armed_group_attacking_with_drones_is_the_striker(text, lang):
    # illustrative: the group is the subject that attacked "with drones"; the soldiers are the target
    [mention] = extract_article(_article(text, "2026-11-18", lang))
    assert mention.sub_event_type == "Air/drone strike"
    assert mention.actor1.name.startswith("JNIM")
    assert mention.actor2.name == "Military Forces of Burkina Faso (2022-)"


def test_an_air_force_strike_on_a_groups_positions_keeps_the_state_striking():
    # illustrative: the group is the target ("posições do ISWAP"), not the drones' owner
    text = ("(Ilustrativo) Um drone da força aérea nigeriana bombardeou ontem posições do ISWAP em Marte, no "
            "estado de Borno, matando 20 terroristas.")
    [mention] = extract_article(_article(text, "2026-11-19", "pt"))
    assert mention.actor1.name == "Military Forces of Nigeria (2023-)"
    assert mention.actor2.name == "Islamic State West Africa Province (ISWAP)"


@pytest.mark.parametrize("text, lang", [
    ("(Ilustrativo) Dois polícias foram mortos ontem num ataque contra um posto em Kati, a cerca de 15 "
     "quilómetros de Bamaco. Na terça-feira, homens armados tinham raptado três comerciantes.", "pt"),
    ("(Illustrative) Two police officers were killed yesterday in an attack on a checkpoint in Kati, about "
     "15 kilometres from Bamako. On Tuesday, gunmen had abducted three traders.", "en"),
    ("(Illustratif) Deux policiers ont été tués hier dans une attaque contre un poste à Kati, à une "
     "quinzaine de kilomètres de Bamako. Mardi, des hommes armés avaient enlevé trois commerçants.", "fr"),
])
def test_a_town_told_only_as_a_distance_landmark_is_not_the_next_sentences_place(text, lang):
    # illustrative: "a cerca de 15 quilómetros de Bamaco" only locates Kati; the abduction told next, with no
    # place of its own, goes on at Kati
    mentions = extract_article(_article(text, "2026-11-14", lang))
    assert {m.place.name for m in mentions} == {"Kati"}


@pytest.mark.parametrize("text, lang", [
    ("(Ilustrativo) Centenas de jovens queimaram pneus ontem em Kati em protesto contra a falta de "
     "combustível. A polícia dispersou os manifestantes com gás lacrimogéneo. Não houve mortos.", "pt"),
    ("(Illustrative) Hundreds of youths burned tyres yesterday in Kati to protest fuel shortages. Police "
     "dispersed the protesters with tear gas. No one was killed.", "en"),
])
def test_a_sentence_only_saying_nobody_died_is_no_event_of_its_own(text, lang):
    # illustrative: "Não houve mortos." tells of the riot before it, no police attack of its own
    mentions = extract_article(_article(text, "2026-11-14", lang))
    assert len(mentions) == 1


def test_a_town_told_as_a_distance_after_its_region_is_the_place():
    # illustrative: "à une dizaine de kilomètres de Bankilaré" after only the region: the town is the finest
    # place told, not a landmark off another town
    text = ("(Illustratif) Dans la région de Tillabéri, le 4 mai, une unité a accroché des terroristes à une "
            "quinzaine de kilomètres de Bankilaré. Cinq terroristes ont été neutralisés et deux soldats "
            "blessés.")
    mentions = extract_article(_article(text, "2026-05-12", "fr"))
    assert {m.place.name for m in mentions} == {"Bankilaré"}


def test_arrests_over_two_days_with_weapons_seized_are_one_arrests_event():
    """Illustrative: "on Thursday and Friday" spans both days, and the weapons seized during the operation
    are part of it (ACLED), not a second "Disrupted weapons use" event."""
    text = ("Nigerien troops arrested 12 suspects on Thursday and Friday near Diffa during a search "
            "operation, the army said. Weapons and motorbikes were seized during the operation.")
    article = Article(id="t-seized", text=text, raw_text=text, published="2025-06-14", language="en")
    mentions = extract_article(article)
    assert [(m.sub_event_type, m.date.date_start, m.date.date_end) for m in mentions] == [
        ("Arrests", "2025-06-12", "2025-06-13")]


def test_a_toll_counted_since_the_start_of_the_year_is_no_event():
    # illustrative: a humanitarian tally over months names no incident, even with the report's day
    # (no "Illustrative report." lead: the tally must be the first sentence)
    text = ("According to an OCHA report released on Monday, at least 140 civilians "
            "have been killed in the Timbuktu region since the start of the year.")
    assert extract_article(_article(text, "2026-02-03")) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Illustrative report. The army on Wednesday denied reports that 30 soldiers had been killed in a "
           "Boko Haram attack on its base at Bosso on Monday. The ministry said three soldiers were killed "
           "and 12 attackers were neutralised."),
    ("fr", "Exemple illustratif. L'armée a démenti mercredi les informations faisant état de 30 soldats tués "
           "dans une attaque de Boko Haram contre sa base de Bosso lundi. Selon l'armée, trois soldats "
           "ont été tués et 12 assaillants neutralisés."),
    ("pt", "Exemplo ilustrativo. O exército desmentiu na quarta-feira que 30 soldados tenham sido mortos num "
           "ataque do Boko Haram contra a sua base em Bosso na segunda-feira. Segundo o exército, três "
           "soldados morreram e 12 atacantes foram abatidos."),
])
def test_a_denied_toll_keeps_the_attack_its_attacker_and_date(lang, text):
    """The denial is of the toll, not of the attack told with it: Boko Haram stays the attacker, the day
    is the attack's, and the denied 30 counts no one."""
    [mention] = extract_article(_article(text, "2024-03-14", lang))
    names = {mention.actor1.name, mention.actor2.name}
    assert "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad" in names
    assert mention.fatalities.best == 15 and mention.date.event_date == "2024-03-11"


def test_a_denied_attack_is_still_no_event():
    text = "Illustrative report. The army on Wednesday denied reports of an attack on its base at Bosso."
    assert extract_article(_article(text, "2024-03-14")) == []


def test_a_habit_and_a_yearly_aggregate_add_no_event():
    """Illustrative: the quote telling a habit and the year's total in an unnamed area are background, not
    incidents; only the killing of Sunday is coded."""
    text = ("Illustrative report. Gunmen killed four herders on Sunday near Banibangou, in the Tillabéri "
            "region. \"Every week we hear of someone being taken,\" said a resident. In 2022, dozens of "
            "people were kidnapped in the area, according to local officials.")
    [mention] = extract_article(_article(text, "2024-03-12"))
    assert mention.date.event_date == "2024-03-10" and mention.fatalities.best == 4


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("(Ilustrativo) Pelo menos 30 pessoas morreram afogadas na terça-feira quando uma embarcação "
         "naufragou no rio Níger, perto de Ansongo.", "pt"),
        ("(Ilustrativo) Doze pessoas morreram na terça-feira num acidente de viação perto de Ansongo.", "pt"),
        ("(Illustrative) At least 30 people died on Tuesday when an overloaded boat capsized on the Niger "
         "river near Ansongo.", "en"),
        ("(Illustrative) Twelve people were killed on Tuesday in a road accident near Ansongo.", "en"),
        ("(Illustratif) Au moins 30 personnes sont mortes noyées mardi lorsqu'une pirogue a chaviré sur "
         "le fleuve Niger près d'Ansongo.", "fr"),
        ("(Illustratif) Douze personnes ont été tuées mardi dans un accident de la route près d'Ansongo.",
         "fr"),
    ],
)
def test_an_accident_is_no_event(text: str, lang: str) -> None:
    assert extract_article(_article(text, "2026-11-05", lang=lang)) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("(Ilustrativo) Os jihadistas atacaram a aldeia na terça-feira e 12 pessoas morreram afogadas no rio "
         "perto de Ansongo.", "pt"),
        ("(Illustrative) Jihadists attacked the village on Tuesday and 12 people drowned in the river near "
         "Ansongo.", "en"),
        ("(Illustratif) Des jihadistes ont attaqué le village mardi et 12 personnes se sont noyées dans le "
         "fleuve près d'Ansongo.", "fr"),
    ],
)
def test_a_drowning_told_with_an_attack_is_still_an_event(text: str, lang: str) -> None:
    assert len(extract_article(_article(text, "2026-11-05", lang=lang))) == 1


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("(Ilustrativo) O norte do Benim é alvo de ataques cada vez mais frequentes de grupos jihadistas.",
         "pt"),
        ("(Ilustrativo) A zona de Kérou tem sido palco de frequentes incursões de homens armados.", "pt"),
        ("(Illustrative) Northern Benin is the target of increasingly frequent attacks by jihadist groups.",
         "en"),
        ("(Illustratif) Le nord du Bénin est la cible d'attaques de plus en plus fréquentes de groupes "
         "armés.",
         "fr"),
    ],
)
def test_a_place_told_as_the_target_of_frequent_attacks_is_no_event(text: str, lang: str) -> None:
    assert extract_article(_article(text, lang=lang)) == []
    deed = {"pt": " Na terça-feira, homens armados mataram dois pastores perto de Kérou.",
            "en": " On Tuesday, gunmen killed two herders near Kérou.",
            "fr": " Mardi, des hommes armés ont tué deux bergers près de Kérou."}[lang]
    [mention] = extract_article(_article(text + deed, lang=lang))
    assert mention.fatalities.best == 2


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("(Ilustrativo) Catorze camionistas foram raptados na sexta-feira perto de Diboli, no oeste do Mali. "
         "Os camiões, que transportavam mercadorias para Bamaco, foram incendiados.", "pt"),
        ("(Illustratif) Quatorze camionneurs ont été enlevés vendredi près de Diboli, dans l'ouest du Mali. "
         "Les camions, qui transportaient des marchandises vers Bamako, ont été incendiés.", "fr"),
    ],
)
def test_where_goods_were_carried_is_not_the_place_even_alone(text: str, lang: str) -> None:
    mentions = extract_article(_article(text, lang=lang))
    assert {m.place.name for m in mentions} == {"Diboli"}


def test_deadly_fire_on_protesters_read_as_a_protest_is_excessive_force() -> None:
    # illustrative: a following sentence leaves the classifier reading a protest; the police's deadly fire
    # on the protesters makes it excessive force, not an attack on civilians
    text = ("(Ilustrativo) Pelo menos cinco pessoas morreram na quinta-feira em Ndjamena quando a polícia "
            "disparou contra manifestantes que protestavam contra o adiamento das eleições. O governo não "
            "comentou.")
    [mention] = extract_article(_article(text, lang="pt"))
    assert (mention.sub_event_type, mention.actor2.name) == ("Excessive force against protesters",
                                                             "Protesters (Chad)")
    marched = ("(Ilustrativo) Centenas de manifestantes marcharam na quinta-feira em Ndjamena. O governo "
               "não comentou.")
    [mention] = extract_article(_article(marched, lang="pt"))
    assert mention.sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("(Ilustrativo) Subiu para 21 o número de militares mortos na emboscada de sábado perto de "
         "Gorom-Gorom. Seis soldados dados como desaparecidos foram encontrados mortos na segunda-feira. O "
         "exército afirmou que 40 atacantes foram neutralizados.", "pt"),
        ("(Illustrative) The number of soldiers killed in Saturday's ambush near Gorom-Gorom rose to 21. Six "
         "soldiers reported missing were found dead on Monday. The army said 40 attackers were neutralised.",
         "en"),
    ],
)
def test_the_day_the_missing_were_found_dead_dates_no_new_incident(text: str, lang: str) -> None:
    mentions = extract_article(_article(text, published="2026-10-07", lang=lang))
    assert {m.date.event_date for m in mentions} == {"2026-10-03"}


@pytest.mark.parametrize(
    "text",
    [
        # illustrative: a year's toll in thousands
        "Illustrative report. Governors met in Gusau on Monday. According to data shown at the meeting, "
        "bandits "
        "killed over 1,200 people in the state in 2025.",
        # illustrative: incidents counted by a monitor
        "Illustrative report. The monitor recorded 75 kidnappings in Zamfara and Katsina in the quarter.",
        "Illustrative report. In a report, the agency said more than 3,000 schools were shut because of "
        "insecurity "
        "and 52 attacks on clinics were recorded this year.",
        # illustrative: violence only as the cause of a state of things
        "Illustrative report. The Dori-Sebba road was closed in 2022 because of jihadist attacks.",
        # illustrative: past agreements told in general
        "Illustrative report. Chiefs met in Katsina on Tuesday. The emir warned that previous amnesty "
        "arrangements had failed to stop attacks on communities.",
    ],
)
def test_yearly_tallies_counted_incidents_causes_and_past_deals_are_no_event(text: str):
    assert extract_article(_article(text, published="2026-05-12")) == []


def test_a_days_incidents_and_a_toll_with_its_day_stay_events():
    # illustrative: a day's count and a year-dated deed with its own small toll
    text = (
        "Illustrative report. Two attacks were recorded on Sunday in Tillaberi, where gunmen killed seven "
        "villagers in Ayorou, the army said."
    )
    ms = extract_article(_article(text))
    assert ms and max(m.fatalities.best for m in ms) == 7


def test_a_lead_telling_a_mass_burial_dates_the_deed_by_its_other_day():
    # illustrative: the lead's day (published that day) is the burial's; "overnight" and the next day told are
    # the raid's
    text = (
        "Illustrative report. Villagers in Zamfara state on Monday held a mass burial for 17 people killed "
        "when bandits raided Dansadau overnight, residents said.\n"
        "The raid began late on Sunday and lasted several hours, a local official said."
    )
    mentions = extract_article(_article(text, published="2024-03-11"))
    assert [(m.date.event_date, m.fatalities.best) for m in mentions] == [("2024-03-10", 17)]


def test_kidnapping_told_as_a_lucrative_business_is_no_event_and_does_not_move_the_incident():
    # illustrative: the closing habit sentence names the road's towns, not the abduction's place
    text = (
        "Illustrative report. Armed men on Friday night blocked the Kankara-Malumfashi road near Yankara "
        "village "
        "in Faskari Local Government Area of Katsina State and kidnapped nine passengers.\n"
        "Kidnapping for ransom has become a lucrative business along the road, which links Katsina and Kano "
        "states."
    )
    mentions = extract_article(_article(text, published="2024-03-12"))
    assert [(m.place.admin1, m.place.admin2) for m in mentions] == [("Katsina", "Faskari")]


def test_arrivals_telling_of_killings_in_general_make_no_event_where_they_arrived():
    # illustrative: the refugees' country is no place of the abuses they tell of
    text = (
        "Illustrative report. More than 500 Burkinabe have crossed into Ghana since last week, telling of "
        "killings by soldiers and militiamen in villages near the border."
    )
    assert extract_article(_article(text, published="2024-03-12")) == []


def test_forces_that_tell_their_own_deed_are_its_actor_beside_the_militia_that_lost_men():
    # illustrative: the army is the source and the actor; the VDP who died fought beside it
    text = (
        "Illustrative report. Burkina Faso's army said on Tuesday it had killed 40 terrorists near Sebba on "
        "Monday. Two VDP were killed in the fighting."
    )
    mentions = extract_article(_article(text, published="2026-10-07"))
    assert len(mentions) == 1
    m = mentions[0]
    names = {m.actor1.name, m.actor2.name}
    assert "Military Forces of Burkina Faso (2022-)" in names
    vdp = "VDP: Volunteers for the Defense of the Homeland"
    assert [a.name for a in m.assoc_actor_1 + m.assoc_actor_2] == [vdp]


@pytest.mark.parametrize(
    ("text", "lang", "published"),
    [
        # illustrative: bodies found the day after, near the village attacked: its search, one event
        ("Illustrative report. The toll of Tuesday's attack by gunmen on the village of Intahaka, in Mali's "
         "Gao region, has risen to 15, a local official said on Friday. Seven more bodies were found in the "
         "bush on Wednesday by relatives. Officials had earlier reported eight deaths.", "en", "2025-03-14"),
        ("Exemple illustratif. Le nombre de morts de l'attaque perpétrée mardi contre le village d'Intahaka, "
         "dans la région de Gao, est passé à 15, selon un élu. Sept corps ont été retrouvés mercredi aux "
         "abords du village. Un premier bilan faisait état de huit morts.", "fr", "2025-03-14"),
        ("Exemplo ilustrativo. O número de mortos do ataque de terça-feira contra a aldeia de Intahaka, na "
         "região de Gao, subiu para 15, segundo um autarca. Sete corpos foram encontrados na quarta-feira "
         "perto da aldeia.", "pt", "2025-03-14"),
    ],
)
def test_bodies_found_since_belong_to_the_incident_told_before(text, lang, published):
    [mention] = extract_article(_article(text, published, lang))
    assert (mention.date.event_date, mention.fatalities.best) == ("2025-03-11", 15)


def test_bodies_found_at_a_place_of_their_own_stay_an_incident_of_their_own():
    # illustrative: the bodies found at another named village are another incident
    text = ("Illustrative report. Gunmen killed six villagers in Intahaka, in Mali's Gao region, on Tuesday, "
            "residents said. On Thursday, the bodies of three herders were found near Tessit.")
    mentions = extract_article(_article(text, "2025-03-14"))
    assert sorted(m.date.event_date for m in mentions) == ["2025-03-11", "2025-03-13"]


def test_the_soldiers_and_claim_of_a_recalled_attack_are_not_the_incident_s():
    text = ("Illustrative report. Six people were killed on Tuesday when a minibus hit a mine on the road "
            "between Banikoara and Kerou in northern Benin. No group claimed the blast. In April 2025, 54 "
            "soldiers were killed in an attack in the W park claimed by JNIM.")
    mentions = extract_article(_article(text, published="2026-10-22"))
    [blast] = [m for m in mentions if m.date.event_date == "2026-10-20"]
    assert (blast.actor1.name, blast.actor2.name) == ("Unidentified Armed Group (Benin)", "Civilians (Benin)")
    # a claim told with its own later day is still this incident's
    text = ("Illustrative report. Gunmen on Saturday set fire to fuel tankers near Didieni, killing two "
            "drivers. JNIM claimed responsibility for the attack on Sunday.")
    [mention] = extract_article(_article(text, published="2026-04-13"))
    assert mention.actor1.name.startswith("JNIM")


def test_a_round_up_s_incidents_in_other_countries_lend_no_actors():
    # illustrative round-up: the soldiers of the Niger ambush did not fight at Djibo or in Zamfara
    text = ("Illustrative round-up. Two soldiers were killed near Banibangou on Sunday. In Burkina Faso, an "
            "attack in Djibo killed 10 people. In Nigeria, bandits killed seven villagers in Gusau.")
    mentions = extract_article(_article(text, published="2025-03-12"))
    by_country = {m.place.country: m for m in mentions}
    assert set(by_country) == {"NE", "BF", "NG"}  # the checked Niger village is kept beside Burkina Faso
    assert by_country["BF"].actor2.name == "Civilians (Burkina Faso)"
    assert by_country["NG"].actor2.name == "Civilians (Nigeria)"
    assert "Military Forces of Niger" in by_country["NE"].actor1.name + by_country["NE"].actor2.name
    # the same incident still lends its attackers
    text = ("Illustrative report. JNIM fighters attacked an army post in Djibo on Sunday, killing five "
            "soldiers. The attack also killed 10 civilians.")
    [mention] = extract_article(_article(text, published="2025-03-12"))
    assert mention.actor1.name.startswith("JNIM")


def test_those_arrested_for_supplying_an_armed_group_are_civilians():
    # illustrative: the group is whom the suspects helped, not the group of those arrested
    for text, lang in (
        ("Trois individus soupçonnés de fournir du carburant aux terroristes ont été interpellés mardi à "
         "Sévaré par une patrouille des FAMa.", "fr"),
        ("Three people suspected of supplying fuel to the terrorists were arrested on Tuesday in Sevare by "
         "Malian troops.", "en"),
        ("Três pessoas suspeitas de fornecer combustível aos terroristas foram detidas na terça-feira em "
         "Sévaré pelas FAMa.", "pt"),
    ):
        [mention] = extract_article(_article(text, "2026-09-10", lang))
        assert mention.sub_event_type == "Arrests"
        assert mention.actor2.name == "Civilians (Mali)"


def test_a_flight_in_the_days_after_the_attack_is_no_new_incident():
    # illustrative sentence: where the villagers fled after the attack already told
    text = ("Illustrative: according to these sources, about 3,000 people fled the village in the days "
            "following the attack and took refuge in Pama and Fada N'Gourma, eastern Burkina Faso.")
    assert extract_article(_article(text, published="2026-10-28")) == []


def test_the_attribution_of_a_trend_over_years_is_not_the_incident_s():
    text = ("Illustrative report. Three primary school teachers were kidnapped by gunmen near Tanguieta, in "
            "northern Benin, on Monday.\n\nNorthern Benin has since 2021 seen a wave of attacks attributed "
            "to jihadist groups, mainly JNIM.")
    [mention] = extract_article(_article(text, published="2026-11-04"))
    assert mention.actor1.name == "Unidentified Armed Group (Benin)"
    # an attack measured against the period is still claimed
    text = ("Illustrative report. Gunmen on Saturday set fire to fuel tankers near Didieni, killing two "
            "drivers.\n\nJNIM claimed the attack, the deadliest on the road since 2021.")
    [mention] = extract_article(_article(text, published="2026-04-13"))
    assert mention.actor1.name.startswith("JNIM")


def test_a_fight_that_went_on_into_the_next_day_is_one_incident_with_both_sides_dead():
    # illustrative: the attackers' dead and the end of the fight, told in the third sentence, belong to
    # Sunday's attack; the day it went on until opens no second incident
    text = ("(Illustrative) Boko Haram fighters attacked an army position at Bol in the Lac province late on "
            "Sunday, the Chadian army said. Six soldiers were killed, the army spokesman said. Thirty of the "
            "assailants were killed, he said, adding that the fighting went on until the early hours of "
            "Monday.")
    [mention] = extract_article(_article(text, published="2026-10-19"))
    assert (mention.date.event_date, mention.fatalities.best) == ("2026-10-18", 36)


def test_the_insurgents_of_an_earlier_incident_are_the_group_the_article_named():
    # illustrative: the second incident names its actor only as "the insurgents", after one named group
    text = ("(Illustrative) Suspected ISWAP insurgents on Tuesday abducted 14 farmers near Damboa in Borno "
            "State, residents said.\nOn Sunday, the insurgents had abducted eight women collecting firewood "
            "near Pulka in Gwoza Local Government Area, residents said.")
    actors = {m.place.name: m.actor1.name for m in extract_article(_article(text, published="2026-08-27"))}
    assert actors["Pulka"] == actors["Damboa"] == "Islamic State West Africa Province (ISWAP)"


def test_the_bandits_after_a_named_group_stay_unidentified():
    # illustrative: bandits are not the jihadist group named before them
    text = ("(Illustrative) Suspected ISWAP insurgents on Tuesday abducted 14 farmers near Damboa in Borno "
            "State, residents said.\nOn Sunday, bandits had abducted eight women near Pulka in Gwoza Local "
            "Government Area, residents said.")
    actors = {m.place.name: m.actor1.name for m in extract_article(_article(text, published="2026-08-27"))}
    assert actors["Pulka"].startswith("Unidentified")


def test_a_pluperfect_toll_is_the_earlier_count_since_revised():
    # illustrative: "had on Monday put the toll at five" is the count the rise to 11 revised
    text = ("(Illustrative) The death toll from an attack by Boko Haram on Katarko village in Yobe State has "
            "risen to 11, residents said on Tuesday. Local officials had on Monday put the toll at five.")
    [mention] = extract_article(_article(text, published="2026-07-21"))
    assert (mention.fatalities.low, mention.fatalities.best) == (11, 11)


def test_a_protest_against_killings_and_abductions_is_a_protest_not_an_abduction():
    # illustrative: the violence words are only the grievance protested, with no figure nor day of their own
    text = ("(Illustrative) Police on Monday fired teargas to disperse hundreds of residents who blocked the "
            "highway in Funtua, Katsina State, to protest against repeated killings and abductions by "
            "bandits.")
    [mention] = extract_article(_article(text, published="2026-06-09"))
    assert mention.event_type in ("Protests", "Riots") and mention.actor2.name.startswith("Police")


def test_the_insurgents_beside_a_militia_source_stay_as_the_incident_reads_them():
    # illustrative: a vigilante chief who speaks is named in the incident; the generic noun is not replaced
    text = ("(Illustrative) Fifteen farmers were on Monday murdered by Boko Haram terrorists near Damboa in "
            "Borno State, locals and Civilian JTF members have said. The growers had gone to their farms "
            "when the terrorists, on motorbikes, encircled them. \"We picked up 15 corpses,\" a vigilante "
            "chief in Damboa said.")
    mentions = extract_article(_article(text, published="2025-06-05"))
    assert all(m.actor1.name.startswith("Boko Haram") or m.actor1.name.startswith("Unidentified")
               for m in mentions)


def test_a_tally_across_regions_and_the_sentences_going_on_about_it_are_no_events():
    text = (
        "Illustrative report. Gunmen on a motorcycle shot dead a village chief in Ayorou on Monday. "
        "The number of people killed by armed cells in the regions of Tillabéri, Tahoua, Dosso and Maradi "
        "has risen to 412. In addition, 96 soldiers were killed in the same areas. "
        "Also, three foreign instructors were killed."
    )
    mentions = extract_article(_article(text))
    assert [m.fatalities.best for m in mentions] == [1]
    assert mentions[0].place.name == "Ayorou"


MALI_ARMY = "Military Forces of Mali (2021-)"


@pytest.mark.parametrize(
    ("text", "lang", "actor1"),
    [
        # illustrative: the side the report tells killing the civilians is the perpetrator, whoever else
        # it names
        ("Illustrative report. Soldiers killed 12 civilians in Mourdiah on Sunday during an operation "
         "against JNIM fighters, residents said. The army has not commented.", "en", MALI_ARMY),
        ("Illustrative report. Twelve villagers were shot dead by soldiers in Mourdiah on Sunday during an "
         "operation against JNIM fighters. The army has not commented.", "en", MALI_ARMY),
        ("Illustrative report. Residents said two villagers were shot dead on Sunday in a military raid on "
         "Diafarabé. The gunfire had alerted the jihadist fighters, who fled before the soldiers arrived.",
         "en", MALI_ARMY),
        ("Illustrative report. JNIM fighters killed 12 civilians in Mourdiah on Sunday, a week after "
         "soldiers had left the town. The army has not commented.", "en",
         "JNIM: Jama'at Nusrat al-Islam wal Muslimin"),
        ("Reportage illustratif. Des soldats ont tué douze civils dimanche à Mourdiah lors d'une opération "
         "contre des combattants du JNIM, selon des habitants.", "fr", MALI_ARMY),
        ("Reportage illustratif. Deux villageois ont été tués dimanche lors d'une opération militaire "
         "à Diafarabé, selon des habitants. Les jihadistes avaient quitté le village la veille.", "fr",
         MALI_ARMY),
        ("Relato ilustrativo. Dois aldeões foram mortos no domingo durante uma operação militar em "
         "Diafarabé, segundo moradores. Os jihadistas tinham deixado a aldeia na véspera.", "pt", MALI_ARMY),
        ("Reportage illustratif. Des jihadistes ont tué douze civils dimanche à Mourdiah, deux jours après "
         "une opération militaire dans la zone.", "fr", "Unidentified Armed Group (Mali)"),
        # the state's forces lead the foreign forces beside them
        ("Illustrative report. Residents said soldiers and Russian fighters of the Africa Corps executed 11 "
         "men in Diafarabé on Tuesday. The army denied the accusations.", "en", MALI_ARMY),
    ],
)
def test_the_side_told_killing_the_civilians_is_actor1_of_an_attack(text: str, lang: str, actor1: str):
    [mention] = extract_article(_article(text, lang=lang))
    assert (mention.sub_event_type, mention.actor1.name, mention.actor2.name) == (
        "Attack", actor1, "Civilians (Mali)")


def test_a_daily_monitors_undated_incident_is_on_the_day_of_its_report():
    # illustrative report: UCDP codes the Syrian Observatory's reports on their day
    text = ("Illustrative report. SOHR activists have documented the death of three soldiers in an ambush by "
            "ISIS cells in the desert near Palmyra in the east of Homs.")
    [mention] = extract_article(_article(text))
    assert (mention.date.date_start, mention.date.date_end, mention.date.date_prec) == (
        "2024-03-12", "2024-03-12", 1)


def test_a_year_a_superlative_measures_against_does_not_date_the_incident():
    text = (
        "Highest death toll in 2024 | JNIM fighters ambush an army convoy near Boni, killing 26. "
        "Illustrative report. JNIM fighters ambushed an army convoy near Boni early on Monday, killing 26 "
        "soldiers. JNIM also lost 11 men."
    )
    [mention] = extract_article(_article(text))
    assert mention.date.event_date == "2024-03-11"
    assert (mention.fatalities.deaths_a, mention.fatalities.deaths_b) in ((26, 11), (11, 26))


def test_nigerian_vigilantes_are_a_militia_of_their_own_not_the_police_who_confirm():
    # illustrative: the police only confirm; the vigilantes fought the bandits
    text = ("(Illustrative) Members of a local vigilante group on Saturday killed six suspected bandits "
            "who tried to raid Yarkasuwa village in Kankara Local Government Area of Katsina State, the "
            "police said.")
    [mention] = extract_article(_article(text, "2026-08-24"))
    assert {mention.actor1.name, mention.actor2.name} == {
        "Vigilante Militia (Nigeria)", "Unidentified Armed Group (Nigeria)"}
    # a spokesman named between commas is a source too
    told = ("(Illustrative) The Kebbi police spokesman, CSP Musa Bello, said bandits invaded Kanya village "
            "on Sunday but were engaged by the vigilantes. Two vigilantes lost their lives in the gun duel, "
            "he said.")
    [mention] = extract_article(_article(told, "2026-08-24"))
    assert {mention.actor1.name, mention.actor2.name} == {
        "Vigilante Militia (Nigeria)", "Unidentified Armed Group (Nigeria)"}


def test_generic_vigilantes_are_the_vigilante_militia_the_article_names():
    text = ("(Illustrative) Members of the Yan Sakai vigilante group clashed with bandits near Gora in Tsafe "
            "Local Government Area of Zamfara State on Monday. The vigilantes had blocked the bandits, and "
            "six vigilantes and four bandits were killed.")
    mentions = extract_article(_article(text, "2026-07-08"))
    names = {a.name for m in mentions for a in (m.actor1, m.actor2) if a is not None}
    assert "Yan Sakai Militia" in names and "Vigilante Militia (Nigeria)" not in names


def test_indias_generic_militants_are_the_rebels_the_article_names():
    text = ("(Illustrative) Troops of the Assam Rifles killed two militants of the NSCN-K in an encounter in "
            "Tirap district of Arunachal Pradesh on Wednesday. The militants had fired on the patrol.")
    mentions = extract_article(_article(text, "2026-07-08"))
    names = {a.name for m in mentions for a in (m.actor1, m.actor2) if a is not None}
    assert "UNLFW: United National Liberation Front of Western South East Asia" in names
    assert "Kashmir insurgents" not in names


def test_a_ransom_demand_for_the_captives_release_is_no_new_abduction():
    text = ("(Illustrative) Armed men abducted 12 passengers on the Gusau-Sokoto road on Friday evening, "
            "relatives said. On Sunday, the kidnappers called the families and demanded N20 million for "
            "their release.")
    mentions = extract_article(_article(text, "2026-05-18"))
    assert [m.date.event_date for m in mentions] == ["2026-05-15"]


def test_a_curfew_imposed_after_a_protest_is_no_second_protest():
    # illustrative: the riot is told with its own day; the curfew of the next day is no event of its own
    text = ("(Illustrative) The Kano State Government on Sunday imposed a 24-hour curfew on Gwarzo town "
            "following a violent protest over the killing of a farmer.\nOn Saturday, hundreds of youths "
            "blocked the Gwarzo-Kano road, burnt tyres and set ablaze a police vehicle.")
    mentions = extract_article(_article(text, "2026-06-15"))
    assert [(m.date.event_date, m.event_type) for m in mentions] == [("2026-06-13", "Riots")]


def test_a_development_the_report_tells_as_a_fight_is_that_fight():
    # illustrative: the arrests and the meeting follow the gun battle the body tells
    text = ("ISWAP fighters arrest Boko Haram commanders, meet with surrendered members\n"
            "ISWAP fighters have sustained their onslaught against the Boko Haram faction, arresting some of "
            "its commanders. Gun trucks were sighted near Marte after a heavy gun battle between ISWAP and "
            "Boko Haram fighters in the Sambisa forest on Saturday.")
    mentions = extract_article(_article(text, "2024-05-20"))
    assert [m.event_type for m in mentions] == ["Battles"]


def test_the_police_who_report_and_quell_a_communal_clash_are_no_side_of_it():
    # illustrative: the police command speaks with its seat and day before "said", then quells the clash
    text = ("(Illustrative) The Police Command in Osun on Sunday said four persons died in a communal clash "
            "between Ilobu and Erin-Osun communities in Osun State.\n"
            "The spokesman said the Commissioner of Police in the state personally led a team of operatives "
            "to quell the clash.")
    [mention] = extract_article(_article(text, "2024-05-20"))
    assert mention.event_type == "Battles"
    assert {mention.actor1.name, mention.actor2.name} == {
        "Ilobu Communal Militia", "Erin-Osun Communal Militia"}


def test_two_communities_named_as_a_clashs_sides_are_their_communal_militias():
    # illustrative: communities the actor dictionary does not know
    text = ("(Illustrative) The Police Command in Osun on Sunday said four persons died in a communal clash "
            "between Ife and Modakeke communities in Osun State.")
    [mention] = extract_article(_article(text, "2024-05-20"))
    assert (mention.event_type, mention.actor1.name, mention.actor2.name) == (
        "Battles", "Ife Communal Militia", "Modakeke Communal Militia")
    assert (mention.actor1.inter, mention.actor2.ucdp_name, mention.actor2.known) == (4, "Modakeke", False)


def test_forces_the_report_says_were_deployed_or_called_to_calm_a_clash_are_no_side():
    # illustrative: the police claim to have sent men, the government asks the army to help calm things
    text = ("(Illustrative) Two persons died on Sunday in a clash between Ilobu and Erin-Osun communities in "
            "Osun State, despite claims by police to have deployed operatives in the communities. The state "
            "government implored the military to assist to calm the situation.")
    mentions = extract_article(_article(text, "2024-05-20"))
    assert {(m.actor1.name, m.actor2.name) for m in mentions} == {
        ("Ilobu Communal Militia", "Erin-Osun Communal Militia")}


def test_a_lead_dated_by_its_statement_joins_the_quoted_day_of_the_fight():
    text = (
        "Illustrative report. BAMAKO, Aug 3 (Example Wire) - Mali's army said on Monday it had repelled an "
        "attack "
        "by Islamist militants on its camp at Boulkessi, killing 30 assailants. Ten soldiers were killed in "
        "the "
        "fighting, the army said in a statement. \"On Saturday at dawn, terrorists attacked the camp of "
        "Boulkessi "
        "with heavy weapons,\" the statement said. JNIM claimed the attack on Sunday."
    )
    [mention] = extract_article(_article(text, published="2026-08-03"))
    assert mention.date.event_date == "2026-08-01" and mention.fatalities.best == 40
    assert mention.actor1.name.startswith("JNIM") and mention.actor2.name == "Military Forces of Mali (2021-)"


def test_a_strike_told_by_what_it_hit_places_the_incident():
    text = (
        "Illustrative report. A drone strike killed at least 11 civilians at a wedding in the Timbuktu "
        "region of "
        "northern Mali on Saturday, residents said. The strike hit a gathering in Léré where families were "
        "celebrating a marriage, a resident said. The Malian army, which has acquired Turkish drones in "
        "recent "
        "years, did not comment. Rights groups have repeatedly accused the Malian military and its Russian "
        "allies "
        "of killing civilians in drone strikes."
    )
    [mention] = extract_article(_article(text, published="2026-10-12"))
    assert mention.place.name == "Léré" and mention.sub_event_type == "Air/drone strike"
    assert mention.actor1.name == "Military Forces of Mali (2021-)" and not mention.assoc_actor_1


def test_an_ethnic_name_told_of_the_victims_is_no_militia():
    text = (
        "Illustrative report. Soldiers and allied militiamen summarily executed at least 48 civilians, "
        "mostly "
        "ethnic Fulani, in Bourzanga on April 14, 2026, Human Rights Watch said today. Human Rights Watch "
        "interviewed 21 people by telephone between April 20 and May 5. The government did not respond to a "
        "letter sent on May 2."
    )
    [mention] = extract_article(_article(text, published="2026-05-12"))
    assert mention.sub_event_type == "Attack" and mention.actor2.name == "Civilians (Burkina Faso)"
    assert mention.actor1.name == "Military Forces of Burkina Faso (2022-)"
    assert mention.date.event_date == "2026-04-14" and mention.fatalities.best == 48


def test_nationals_told_by_a_demonym_stay_so_when_named_again_abroad():
    text = (
        "Illustrative report. Nouakchott - Mauritania's foreign ministry summoned Mali's ambassador on "
        "Friday "
        "after four Mauritanian herders were killed in Malian territory, near the town of Nara. The herders "
        "were "
        "arrested on Wednesday by Malian soldiers accompanied by foreign fighters, and their bodies were "
        "found "
        "the next day near Nara."
    )
    [mention] = extract_article(_article(text, published="2026-09-26"))
    assert mention.actor1.name == "Military Forces of Mali (2021-)"
    assert mention.actor2.name == "Civilians (Mauritania)" and mention.place.country == "ML"
    assert mention.date.event_date == "2026-09-23" and mention.fatalities.best == 4


def test_a_deed_told_as_days_after_another_incident_keeps_their_tolls_apart():
    text = (
        "Illustrative report. Niger's army said on Tuesday its air force had killed about 30 \"terrorists\" "
        "near "
        "Tillia, in the Tahoua region, two days after an ambush that killed six soldiers in the same area. "
        "The "
        "army said a patrol was ambushed on Friday near Tillia by armed men on motorcycles. Six soldiers "
        "were "
        "killed, it said. On Sunday, air strikes on a hideout of the assailants north of Tillia "
        "\"neutralised "
        "about thirty terrorists\", according to the statement."
    )
    found = sorted((m.date.event_date, m.sub_event_type, m.fatalities.best)
                   for m in extract_article(_article(text, published="2026-07-01")))
    assert found == [("2026-06-26", "Armed clash", 6), ("2026-06-28", "Air/drone strike", 30)]


def test_a_habit_told_with_its_frequency_names_no_attacker():
    text = (
        "Illustrative report. A passenger bus struck an explosive device on Saturday near Boni in central "
        "Mali, "
        "killing at least 11 people, local officials said. No group has claimed responsibility for the "
        "attack. "
        "Improvised explosive devices are frequently planted on the roads of central Mali, where groups "
        "linked to "
        "Al-Qaeda and the Islamic State group operate."
    )
    [mention] = extract_article(_article(text, published="2026-05-17"))
    assert mention.actor1.name == "Unidentified Armed Group (Mali)"
    assert mention.actor2.name == "Civilians (Mali)"
    assert mention.place.name == "Boni" and mention.fatalities.best == 11


def test_a_rebel_fronts_sabotage_with_explosives_is_a_remote_explosive():
    text = (
        "Illustrative report. A rebel group in Niger, the Patriotic Liberation Front (FPL), said on Monday "
        "it had "
        "blown up a section of the oil pipeline to Benin. In a statement posted on social media, the FPL "
        "said its "
        "fighters set off explosives on the pipeline on Saturday near Tesker, in the Zinder region, causing "
        "a large "
        "leak. No casualties were reported."
    )
    [mention] = extract_article(_article(text, published="2026-06-08"))
    assert mention.sub_event_type == "Remote explosive/landmine/IED"
    assert mention.actor1.name == "FPL: Patriotic Liberation Front"
    assert mention.date.event_date == "2026-06-06"


def test_a_groups_claim_told_far_before_its_figure_gives_way_to_another_count():
    text = (
        "Illustrative report. BAMAKO, March 10 (Example Wire) - The Azawad Liberation Front (FLA) said in a "
        "statement that its fighters attacked a convoy of the Malian army on Sunday about 20 km south of "
        "Tinzaouatene, killing \"at least 15\" soldiers. A Malian security source said four soldiers had "
        "been killed in the ambush."
    )
    [mention] = extract_article(_article(text, published="2026-03-10"))
    assert (mention.fatalities.low, mention.fatalities.best, mention.fatalities.high) == (4, 4, 15)


def test_a_severed_head_found_is_a_violent_event():
    text = ("The head of a young man was found separated from his body in a village near Ménaka on Sunday, "
            "beside a note that threatened the villagers.")
    [mention] = extract_article(_article(text))
    assert is_violent(mention.event_type) and mention.fatalities.best == 1


def test_people_found_deceased_are_an_event_of_their_own():
    text = "On Monday, two men were discovered to be deceased inside a house in Gao."
    [mention] = extract_article(_article(text))
    assert is_violent(mention.event_type) and mention.fatalities.best == 2


@pytest.mark.parametrize(
    "tally",
    ["In 2026, more than 300 civilians have been killed in attacks across Borno, Adamawa and Yobe states.",
     "Since the start of the year, at least 90 soldiers have been killed in the region."],
)
def test_victims_counted_since_the_year_began_are_no_incident(tally: str) -> None:
    # illustrative text: one attack, then a year-to-date tally over the states
    text = "Illustrative: gunmen attacked Gwoza, Borno State, on 12 October, killing five civilians. " + tally
    mentions = extract_article(_article(text, published="2026-10-15"))
    assert [(m.date.event_date, m.fatalities.best) for m in mentions] == [("2026-10-12", 5)]


def test_a_report_weeks_later_dates_its_undated_sentences_by_the_day_the_killings_took_place():
    # illustrative text: the lead and the quoted account are undated; the second sentence dates the killings
    text = ("Illustrative: survivors of an attack on the village of Dioura in central Mali say soldiers "
            "killed dozens of men. The killings took place on December 16, according to residents. "
            "\"They rounded up the men and shot them behind the mosque,\" said a farmer. Residents gave the "
            "names of 31 men killed.")
    mentions = extract_article(_article(text, published="2026-01-27"))
    assert [(m.date.event_date, m.fatalities.best) for m in mentions] == [("2025-12-16", 31)]


def test_armed_herders_who_attacked_a_village_are_a_militia_attacking_civilians_on_the_day_told_next():
    # illustrative text: the lead frames the attack as herder-farmer violence; the next sentence tells its day
    text = ("Illustrative: ten people were killed when armed herders attacked a farming village in Chad's "
            "Ouaddaï province, in the latest flare-up of violence between herders and farmers. The attackers "
            "stormed the village near Abéché on Tuesday afternoon, officials said.")
    [mention] = extract_article(_article(text, published="2026-04-09"))
    assert (mention.sub_event_type, mention.actor1.name, mention.actor2.name, mention.date.event_date) == (
        "Attack", "Unidentified Communal Militia (Chad)", "Civilians (Chad)", "2026-04-07")


def test_a_base_overrun_then_left_is_one_armed_clash_and_a_status_day_dates_nothing():
    # illustrative text: the attackers left the base; "still missing on Monday" is a state, not a deed's day
    text = ("Illustrative: ISWAP fighters overran a military base in Marte, Borno State, on Sunday, killing "
            "at least seven soldiers. They looted weapons and burned vehicles before leaving. Several "
            "soldiers were still missing on Monday, an officer said. ISWAP later claimed the attack in a "
            "statement.")
    mentions = extract_article(_article(text, published="2026-07-07"))
    assert [(m.sub_event_type, m.date.event_date) for m in mentions] == [("Armed clash", "2026-07-05")]


def test_a_supply_convoy_s_destination_is_no_place_of_its_ambush():
    # illustrative text: the convoy was heading to Djibo and was ambushed near Gaskindé
    text = ("Illustrative: jihadists ambushed a supply convoy heading to the besieged town of Djibo in "
            "northern Burkina Faso, killing 12 soldiers. The convoy was attacked on Monday near Gaskindé, "
            "south of Djibo, a source said.")
    mentions = extract_article(_article(text, published="2026-09-02"))
    assert [m.place.name for m in mentions] == ["Gaskindé"]


def test_a_week_s_total_told_before_its_incidents_day_by_day_is_no_incident():
    # illustrative text: a military briefing's total of the past week, then three incidents with their days
    text = ("Illustrative: the Defence Headquarters said on Wednesday that troops had neutralised 12 "
            "terrorists in Borno State over the past week. Troops ambushed terrorists in Gwoza LGA on "
            "Thursday, neutralising five of them. On Saturday troops engaged terrorists in Bama LGA and "
            "neutralised four. In Dikwa LGA, troops repelled an attack on Monday and neutralised three "
            "terrorists.")
    mentions = extract_article(_article(text, published="2026-08-19"))
    assert sorted(m.date.event_date for m in mentions) == ["2026-08-13", "2026-08-15", "2026-08-17"]


def test_rival_groups_of_miners_who_clashed_are_communal_militias():
    # illustrative text: the troops sent afterwards are no side of the fight
    text = ("Illustrative: at least 15 people were killed when rival groups of gold miners clashed at a "
            "mining site near Zouar in Chad's Tibesti province on Saturday. The government said it had sent "
            "troops to restore order.")
    [mention] = extract_article(_article(text, published="2026-03-24"))
    assert (mention.sub_event_type, mention.actor1.name, mention.actor2.name) == (
        "Armed clash", "Unidentified Communal Militia (Chad)", "Unidentified Communal Militia (Chad)")


def test_the_journalists_a_briefing_was_given_to_are_no_party():
    # illustrative text: the audience of a military briefing
    text = ("Illustrative: briefing journalists in Abuja on Wednesday, a military spokesman said troops "
            "ambushed terrorists in Gwoza LGA, Borno State, on Monday, neutralising six of them.")
    [mention] = extract_article(_article(text, published="2026-08-19"))
    names = [a.name for a in mention.assoc_actor_1 + mention.assoc_actor_2]
    assert mention.actor2.name == "Unidentified Armed Group (Nigeria)" and "Civilians (Nigeria)" not in names


@pytest.mark.parametrize(("text", "lang"), [
    ("Illustrative: militants launched an offensive on Sunday aiming to capture Boni.", "en"),
    ("Illustrative: JNIM fighters attacked the army camp in Boni on Sunday in a bid to seize it.", "en"),
    ("Illustratif : des jihadistes ont attaqué dimanche le camp militaire de Boni pour prendre le contrôle "
     "de la ville.", "fr"),
])
def test_ground_told_only_as_the_aim_of_an_attack_is_no_territory_taken(text: str, lang: str):
    [mention] = extract_article(_article(text, lang=lang))
    assert mention.sub_event_type == "Armed clash"


def test_ground_taken_is_still_territory_taken():
    text = "Illustrative: militants captured the town of Boni on Sunday after driving out soldiers."
    [mention] = extract_article(_article(text))
    assert mention.sub_event_type == "Non-state actor overtakes territory"


def test_livestock_carried_off_without_a_fight_is_looting():
    text = ("Illustrative: armed men rustled more than 300 head of cattle from herders near Tera on Sunday, "
            "without causing casualties.")
    [mention] = extract_article(_article(text))
    assert mention.sub_event_type == "Looting/property destruction"
    assert mention.actor1.name == "Unidentified Armed Group (Niger)"


def test_the_pursuit_of_the_attackers_on_another_day_is_a_fight_of_its_own():
    """Illustrative: bandits kill villagers near Tessaoua in the night from Friday to Saturday; the army says
    it pursued them and killed four on Saturday morning: an attack on civilians and a clash with the army,
    each on its own day (not one clash of the night)."""
    text = (
        "Illustrative report. Armed bandits killed nine villagers and kidnapped about twenty others in a "
        "raid on a village near Tessaoua, in Niger's Maradi region, in the night from Friday to Saturday, "
        "local sources said. Niger's army said on Monday that its troops had pursued the attackers towards "
        "the border and neutralised four of them on Saturday morning near Tessaoua."
    )
    mentions = sorted(extract_article(_article(text, published="2026-03-17")),
                      key=lambda m: m.date.event_date)
    assert [(m.date.event_date, m.sub_event_type, m.fatalities.best) for m in mentions] == [
        ("2026-03-13", "Attack", 9), ("2026-03-14", "Armed clash", 4)]


def test_a_militia_named_as_the_target_of_a_jihadist_attack_fought_no_mob():
    """Illustrative: the toll of 'a jihadist attack on traditional Dozo hunters' is the toll of the fight the
    next sentence tells, and the hunters' own count of their dead joins it; a habit told in the perfect ('have
    been repeatedly targeted') is no event."""
    text = (
        "Illustrative report. BAMAKO, June 9 - The toll from a jihadist attack on traditional Dozo hunters "
        "in central Mali's Ségou region has risen to 30, local officials said Tuesday. Fighters of the JNIM "
        "attacked Dogofry on Saturday, where the hunters had set up a checkpoint. \"We have buried 25 of our "
        "people. Five bodies of the attackers were left behind,\" a Dozo leader said. The Dozo hunters have "
        "been repeatedly targeted by the jihadists in the area of Niono."
    )
    [mention] = extract_article(_article(text, published="2026-06-09"))
    assert (mention.sub_event_type, mention.fatalities.best, mention.date.event_date) == (
        "Armed clash", 30, "2026-06-06")
    assert "Dozo Communal Militia" in {mention.actor1.name, mention.actor2.name}


def test_an_abduction_and_the_body_found_days_later_in_one_sentence_are_two_events():
    """Illustrative: one sentence tells a kidnapping on Monday and the discovery of the body on Thursday: the
    abduction on its day, the killing on the day the body was found (ACLED codes them apart)."""
    text = (
        "Illustrative report. A district head in Goronyo Local Government Area of Sokoto State, who was "
        "kidnapped from his farm by gunmen on Monday, was found dead on Thursday near the town, police said."
    )
    mentions = sorted(extract_article(_article(text, published="2026-04-11")),
                      key=lambda m: m.date.event_date)
    assert [(m.date.event_date, m.sub_event_type, m.fatalities.best) for m in mentions] == [
        ("2026-04-06", "Abduction/forced disappearance", 0), ("2026-04-09", "Attack", 1)]
    assert all(m.actor2.name == "Civilians (Nigeria)" for m in mentions)


def test_a_raid_on_a_town_fought_by_vigilantes_overnight_is_one_clash_at_the_town():
    """Illustrative: the wounded treated at a hospital in another town do not place what follows there, the
    night 'overnight into Wednesday' is one incident with the sentences dated by its Wednesday, and the
    police who speak and are drafted in afterwards are no party: one clash of bandits and vigilantes at
    Kankara."""
    text = (
        "Illustrative report. Three vigilantes and two residents were killed when bandits stormed Kankara "
        "town in Katsina State overnight into Wednesday. Six other people were injured and are being treated "
        "at the General Hospital in Malumfashi. Residents said the vigilantes engaged the attackers for "
        "hours. The police spokesperson in the state said four of the bandits were neutralised in the "
        "exchange and that police and soldiers had been drafted to the area."
    )
    [mention] = extract_article(_article(text, published="2026-05-13"))
    assert (mention.sub_event_type, mention.fatalities.best) == ("Armed clash", 9)
    assert (mention.place.name, mention.date.event_date) == ("Kankara", "2026-05-12")
    assert "Police Forces of Nigeria (2023-)" not in {mention.actor1.name, mention.actor2.name,
                                                     *[a.name for a in mention.assoc_actor_2]}


def test_residents_accusing_a_militia_name_the_attacker_over_a_group_that_denies():
    """Illustrative: armed men kill Fulani villagers; residents accuse Dozo militiamen of the killings and Dan
    Na Ambassagou denies any part: the Dozos are the attackers, and the Fulani association that speaks is
    no militia."""
    text = (
        "Illustrative report. At least 15 Fulani civilians were killed on Friday when armed men attacked a "
        "village near Koro in central Mali, residents and a Fulani association said.\n\nResidents accused "
        "Dozo militiamen of carrying out the killings. The Dogon militia Dan Na Ambassagou denied any "
        "involvement in a statement on Sunday."
    )
    [mention] = extract_article(_article(text, published="2026-02-17"))
    assert (mention.sub_event_type, mention.fatalities.best) == ("Attack", 15)
    assert (mention.actor1.name, mention.actor2.name) == ("Dozo Communal Militia", "Civilians (Mali)")
    assert not mention.assoc_actor_1


@pytest.mark.parametrize(
    "text",
    [
        "Illustrative communiqué. The General Staff of the Armed Forces informs the public that on Sunday "
        "8 March 2026, the military detachment of Djibasso, in the Kossi province, was the target of a "
        "terrorist attack. Units of the detachment, supported by VDP, repelled the assailants. Twenty "
        "terrorists were neutralised and the General Staff regrets the loss of two soldiers.",
        "Illustrative report. A Mauritanian army patrol came under fire from armed men east of Néma on "
        "Saturday night, the army said on Monday. The soldiers returned fire, killing four of the "
        "assailants.",
    ],
)
def test_forces_told_as_the_target_of_the_attack_are_the_second_side(text: str) -> None:
    """Illustrative: a detachment 'was the target of' an attack, a patrol 'came under fire': the attackers
    are the first side, the forces (and the VDP beside them) the second."""
    mentions = [m for m in extract_article(_article(text, published="2026-03-10"))
                if m.sub_event_type == "Armed clash"]
    assert len(mentions) == 1
    assert mentions[0].actor1.name.startswith("Unidentified Armed Group")
    assert mentions[0].actor2.name.startswith("Military Forces of")


def test_a_claimed_toll_the_other_side_denies_losing_is_only_the_top_of_the_range():
    """Illustrative: JNIM claims it killed 'more than 10' soldiers; the army says the assault was repelled
    without any loss: no one dead (ACLED's conservative figure), the claim the range's top."""
    text = (
        "Illustrative report. JNIM claimed on Monday that its fighters had attacked an army position near "
        "Tanguiéta on Sunday, killing \"more than 10\" soldiers. The army said the assault on the position "
        "was repelled \"without any loss\", with one soldier slightly wounded."
    )
    [mention] = extract_article(_article(text, published="2026-04-14"))
    assert mention.sub_event_type == "Armed clash"
    assert (mention.fatalities.low, mention.fatalities.best, mention.fatalities.high) == (0, 0, 10)


@pytest.mark.parametrize(
    ("text", "lang", "actor1", "deaths"),
    [
        # illustrative: detained or abducted, then killed in the same telling: one attack with its dead
        ("Soldiers arrested six herders at the market in Djibo on Saturday and executed them hours later, "
         "relatives said. The army did not comment.", "en", "Military Forces of Burkina Faso (2022-)", 6),
        ("Des hommes armés ont enlevé cinq paysans près de Djibo samedi avant de les exécuter, selon des "
         "proches. L'armée n'a pas réagi.", "fr", "Unidentified Armed Group (Burkina Faso)", 5),
        ("Seis pastores foram detidos por soldados no mercado de Djibo no sábado e executados horas depois, "
         "disseram familiares. O exército não comentou.", "pt", "Military Forces of Burkina Faso (2022-)", 6),
    ],
)
def test_people_detained_or_abducted_then_killed_are_one_attack(text, lang, actor1, deaths):
    (mention,) = extract_article(_article(text, "2026-03-10", lang))
    assert (mention.sub_event_type, mention.actor1.name, mention.fatalities.deaths_civilians) == (
        "Attack", actor1, deaths)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # illustrative: a government's protest over its nationals killed abroad, the killing retold by
        # witnesses: one attack in Mali (Nara, not the Japanese city), on Mauritanian civilians, last week
        ("Mauritania summoned Mali's ambassador on Tuesday after the killing of at least seven Mauritanian "
         "herders last week near Nara on the Malian side of the border. Witnesses said the herders were "
         "detained by armed men in Malian army uniforms and executed hours later. Bamako denied any "
         "involvement.", "en"),
        ("La Mauritanie a convoqué mardi l'ambassadeur du Mali après la mort d'au moins sept bergers "
         "mauritaniens la semaine dernière près de Nara, du côté malien de la frontière. Selon des témoins, "
         "les bergers ont été arrêtés par des hommes armés en uniforme de l'armée malienne et exécutés "
         "quelques heures plus tard. Bamako a démenti toute implication.", "fr"),
        ("A Mauritânia convocou nesta terça-feira o embaixador do Mali depois da morte de pelo menos sete "
         "pastores mauritanos na semana passada perto de Nara, no lado maliano da fronteira. Segundo "
         "testemunhas, os pastores foram detidos por homens armados com uniformes do exército maliano e "
         "executados horas depois. Bamako negou qualquer envolvimento.", "pt"),
    ],
)
def test_nationals_killed_abroad_that_a_government_protests_are_one_attack_there(text, lang):
    (mention,) = extract_article(_article(text, "2026-03-03", lang))
    assert (mention.sub_event_type, mention.place.name, mention.place.country, mention.actor2.name,
            mention.fatalities.best, mention.date.date_start) == (
        "Attack", "Nara", "ML", "Civilians (Mauritania)", 7, "2026-02-23")


def test_foreigners_counted_as_the_dead_with_no_killer_named_stay_foreigners():
    text = ("(Illustrative) At least seven Mauritanian herders were killed last week near Nara, witnesses "
            "said. The army denied any involvement.")
    (mention,) = extract_article(_article(text, "2026-03-03"))
    assert mention.actor2.name == "Civilians (Mauritania)"


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # illustrative: attackers said in the next sentence to be members of a named group are its fighters
        ("Gunmen killed 14 villagers in an attack on Seytenga on Saturday, residents said. The attackers are "
         "believed to be members of JNIM.", "JNIM: Jama'at Nusrat al-Islam wal Muslimin"),
        ("Gunmen killed 14 villagers in an attack on Seytenga on Saturday, residents said. The attackers are "
         "believed to be fighters of the Islamic State in the Sahel.", "Islamic State (Sahel)"),
        # believed to be members of a community is no armed group's attack
        ("Gunmen killed 14 villagers in an attack on Seytenga on Saturday, residents said. The victims are "
         "believed to be traders.", "Unidentified Armed Group (Burkina Faso)"),
    ],
)
def test_attackers_believed_to_be_members_of_a_group_are_its_fighters(text, actor1):
    (mention,) = extract_article(_article(text, "2025-06-17"))
    assert mention.actor1.name == actor1


def test_a_campaign_begun_months_before_and_a_treaty_are_no_events():
    text = (
        "Illustrative report. Al-Shabaab fighters killed four soldiers in an ambush near Afgooye on Tuesday. "
        "The militants launched in March a large offensive on the Lower Shabelle region in a bid to take "
        "the farmland. More than 150 countries are party to the Anti-Personnel Mine Ban Convention, which "
        "took effect in 1999."
    )
    [mention] = extract_article(_article(text))
    assert mention.fatalities.best == 4 and mention.sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Illustrative: the Malian army said on Wednesday, two days after the attack, that eight soldiers "
         "were killed when jihadists ambushed a convoy near Douentza in the Mopti region.", "en"),
        ("Illustratif : l'armée malienne a annoncé mercredi, deux jours après l'attaque, que huit soldats "
         "avaient été tués dans une embuscade de jihadistes près de Douentza, dans la région de Mopti.",
         "fr"),
        ("Ilustrativo: o exército moçambicano anunciou na quarta-feira, dois dias depois do ataque, que oito "
         "soldados foram mortos numa emboscada de insurgentes perto de Mocímboa da Praia, em Cabo Delgado.",
         "pt"),
    ],
)
def test_a_statement_told_days_after_the_attack_dates_the_attack_that_many_days_before(text, lang):
    [mention] = extract_article(_article(text, published="2024-03-14", lang=lang))
    date = mention.date
    assert (date.event_date, date.time_precision, mention.fatalities.best) == ("2024-03-11", 1, 8)


@pytest.mark.parametrize("told", ["The explosion took place on February 2",
                                  "The shooting happened on February 2"])
def test_a_blast_or_a_shooting_told_to_have_taken_place_weeks_ago_dates_the_undated_lead(told):
    # illustrative: the lead is undated, the next sentence tells the day of the explosion (or the shooting)
    text = ("Illustrative: survivors say three soldiers were killed when their vehicle struck a landmine "
            f"near Tera in the Tillabéri region. {told}, according to residents. \"We heard the blast "
            "from the village,\" said a farmer.")
    [mention] = extract_article(_article(text, published="2024-03-17"))
    date = mention.date
    assert (date.event_date, date.time_precision, mention.fatalities.best) == ("2024-02-02", 1, 3)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Illustrative: a protester shot by police died in hospital on Thursday from gunshot wounds suffered "
         "the day before, when officers opened fire on a march in Niamey, a union said.", "en"),
        ("Illustrative: a protester shot by police died in hospital on Thursday from wounds sustained the "
         "previous day, when officers opened fire on a march in Niamey, a union said.", "en"),
        ("Un manifestant est mort jeudi à l'hôpital des suites de blessures par balle reçues la veille, "
         "lorsque la police a tiré sur des manifestants à Niamey, selon un syndicat.", "fr"),
    ],
)
def test_the_day_the_dead_were_wounded_dates_the_incident_not_the_day_they_died(text, lang):
    [mention] = extract_article(_article(text, published="2024-03-15", lang=lang))
    assert (mention.date.event_date, mention.fatalities.best) == ("2024-03-13", 1)


def test_the_previous_day_is_the_day_before_the_last_day_told():
    text = ("Illustrative: gunmen killed two farmers near Tera on Monday. The previous day, soldiers killed "
            "four militants near Ayorou.")
    mentions = extract_article(_article(text, published="2024-03-15"))
    told = [(m.date.event_date, m.fatalities.best) for m in mentions]
    assert told == [("2024-03-11", 2), ("2024-03-10", 4)]


def test_no_sexual_violence_without_a_word_of_it():
    text = ("(Illustrative) Malian soldiers and Russian fighters of the Africa Corps executed at least 20 "
            "civilians in the village of Diafarabé on May 12, Human Rights Watch said on Thursday. The army "
            "denied the accusations.")
    (mention,) = extract_article(_article(text, "2025-06-19"))
    assert (mention.sub_event_type, mention.fatalities.best) == ("Attack", 20)
    raped = ("(Illustrative) Soldiers raped at least 12 women in the village of Diafarabé on May 12, Human "
             "Rights Watch said on Thursday. The army denied the accusations.")
    (mention,) = extract_article(_article(raped, "2025-06-19"))
    assert mention.sub_event_type == "Sexual violence"


def test_a_groups_record_of_abuses_is_no_incident():
    text = (
        "Illustrative report. Three Koglweogo members and five assailants died on Tuesday in a clash near "
        "Bittou, in the Centre-Est region. Koglweogo groups, which emerged in the 2010s to fight cattle "
        "theft, have been accused by rights groups of abuses against Fulani herders."
    )
    [mention] = extract_article(_article(text, published="2026-08-12"))
    assert mention.fatalities.best == 8 and mention.place.name == "Bittou"
    assert "Fulani" not in (mention.actor1.name + mention.actor2.name)


def test_a_claim_told_after_the_day_of_an_attack_of_last_week_is_that_attack():
    text = (
        "Illustrative report. The Islamic State group's Sahel branch on Monday claimed an attack that killed "
        "nine soldiers near Tillia last week. The defence ministry had said that a patrol was ambushed on "
        "Tuesday, September 15, near Tillia, and that nine soldiers and some forty attackers were killed. "
        "The claim said the group's fighters had killed \"dozens\" of soldiers and seized weapons."
    )
    [mention] = extract_article(_article(text, published="2026-09-21"))
    assert mention.place.name == "Tillia" and mention.date.event_date == "2026-09-15"


def test_a_change_of_allies_told_in_general_is_no_event():
    text = (
        "Illustrative report. Gunmen killed nine soldiers near Tillia on Tuesday, the army said. In March "
        "2025, gunmen killed 44 worshippers at a mosque in Fambita, in the Tillabéri region. Niger's "
        "military rulers, who seized power in July 2023, have turned away from former ally France and "
        "towards Russia for security support."
    )
    mentions = extract_article(_article(text, published="2026-09-17"))
    assert [(m.place.name, m.fatalities.best) for m in mentions] == [("Tillia", 9), ("Fambita", 44)]


def test_a_militias_fight_told_with_its_allies_and_both_sides_dead():
    text = (
        "Illustrative report. Islamic State fighters killed at least 12 members of a Tuareg armed group "
        "allied with Mali's junta near Tidermène on Monday. \"Twelve of our fighters were killed,\" a GATIA "
        "officer said, adding that six assailants were also killed. The two groups have fought alongside the "
        "Malian army against the jihadists for years."
    )
    [mention] = extract_article(_article(text, published="2026-03-04"))
    assert mention.actor1.name == "Islamic State (Sahel)" and mention.actor2.name.startswith("GATIA")
    assert mention.fatalities.best == 18 and not mention.assoc_actor_2


def test_a_strategic_development_naming_no_actor_is_no_event():
    text = (
        "Illustrative round-up. Police fired tear gas at protesters in N'Djamena on Thursday. On Friday, the "
        "governments of Niger and Benin announced the end of their agreement on joint border patrols."
    )
    mentions = extract_article(_article(text, published="2026-11-23"))
    assert [m.event_type for m in mentions] == ["Protests"]


@pytest.mark.parametrize(
    ("text", "sub_event_type", "actor2"),
    [
        # illustrative: people the forces killed, no armed group named and no fighting told: civilians
        ("Soldiers killed 30 people in the village of Dioura on Monday, residents said. The army did not "
         "comment.", "Attack", "Civilians (Mali)"),
        # jihadists named, or fighting told: the forces' foes
        ("Soldiers killed 30 people in the village of Dioura on Monday after jihadists attacked their post, "
         "residents said. The army did not comment.", "Armed clash", "Unidentified Armed Group (Mali)"),
        ("Troops killed 15 people in clashes near Dioura on Monday, the army said. Two soldiers were "
         "wounded.",
         "Armed clash", "Unidentified Armed Group (Mali)"),
    ],
)
def test_people_the_forces_killed_with_no_foe_named_are_civilians(text, sub_event_type, actor2):
    (mention,) = extract_article(_article(text, "2025-06-19"))
    assert (mention.sub_event_type, mention.actor2.name) == (sub_event_type, actor2)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Illustrative report. Suspected militants blew up a section of the oil pipeline near Dosso on "
         "Saturday, the army said.", "en"),
        ("Illustrative report. Militants blew up a bridge near Dosso on Saturday, residents said.", "en"),
        ("Illustrative report. Gunmen dynamited a bridge near Dosso on Saturday, the army said.",
         "en"),
        ("Texte illustratif. Des hommes armés ont dynamité un pont près de Dosso samedi, a indiqué l'armée.",
         "fr"),
        ("Texto ilustrativo. Homens armados dinamitaram uma ponte perto de Dosso no sábado, segundo o "
         "exército.", "pt"),
    ],
)
def test_a_blast_at_a_pipeline_or_bridge_told_by_the_army_has_no_target(text, lang):
    # the army only tells it: no soldier was there, no one was hurt (ACLED leaves actor2 blank)
    [mention] = extract_article(_article(text, published="2026-03-10", lang=lang))
    assert mention.sub_event_type == "Remote explosive/landmine/IED"
    assert (mention.place.name, mention.date.event_date) == ("Dosso", "2026-03-07")
    assert mention.actor2 is None and mention.fatalities.best == 0


def test_a_blast_at_a_bridge_the_army_used_keeps_the_army_as_its_target():
    text = ("Illustrative report. Militants blew up a bridge used by army convoys near Dosso on Saturday, "
            "the army said.")
    [mention] = extract_article(_article(text, published="2026-03-10"))
    assert mention.actor2.name == "Military Forces of Niger (2023-)"


@pytest.mark.parametrize("companions", ["foreign fighters", "Russian mercenaries"])
def test_people_the_forces_and_their_companions_killed_are_civilians(companions):
    # illustrative: the soldiers' companions are no foe; the gunmen of the other incident do not make the
    # recalled massacre a clash, and "Russian" does not take Moura to Portugal
    text = ("Illustrative report. Gunmen killed four civilians near Djenné on Sunday, residents said. In "
            f"March 2022, Malian soldiers and {companions} killed some 500 people in Moura, the UN said.")
    mentions = extract_article(_article(text, published="2026-03-10"))
    moura = next(m for m in mentions if m.date.event_date < "2023")
    assert (moura.sub_event_type, moura.actor1.name, moura.actor2.name) == (
        "Attack", "Military Forces of Mali (2021-)", "Civilians (Mali)")
    assert (moura.place.name, moura.place.country, moura.fatalities.best) == ("Moura", "ML", 500)


def test_gunmen_of_the_backdrop_do_not_make_the_forces_killing_a_clash():
    text = ("Illustrative report. Soldiers killed 30 people in the village of Dioura, residents said. Gunmen "
            "had attacked an army post nearby the week before.")
    [mention] = extract_article(_article(text, published="2026-03-10"))
    assert (mention.sub_event_type, mention.actor2.name) == ("Attack", "Civilians (Mali)")


def test_a_protest_told_as_peaceful_that_blocks_a_road_is_a_peaceful_protest():
    # illustrative: a blocked road and the grievance's "attacks" are no violence of the crowd
    text = ("KATSINA: Hundreds of women from Safana protested peacefully on Friday against repeated bandit "
            "attacks, blocking the road to Dutsin-Ma for several hours.")
    mentions = extract_article(_article(text, "2026-11-23"))
    assert [(m.sub_event_type, m.place.name) for m in mentions] == [("Peaceful protest", "Safana")]


def test_a_militia_named_as_the_source_in_brackets_is_no_party_to_a_bombing():
    # illustrative: "a member of the Civilian Joint Task Force (CJTF) told ...": the source, not the bomber
    text = ("At least 9 people were killed on Tuesday when two female suicide bombers blew themselves up at "
            "a market in Konduga, Borno State. The bombers mingled with traders before blowing themselves "
            "up, a member of the Civilian Joint Task Force (CJTF) told reporters. Residents blamed Boko "
            "Haram.")
    [mention] = extract_article(_article(text, "2026-06-03"))
    assert mention.sub_event_type == "Suicide bomb"
    assert "Civilian JTF" not in (mention.actor1.name, mention.actor2.name)
    assert mention.actor2.name == "Civilians (Nigeria)"


def test_a_deed_told_after_the_statement_it_comes_from_is_the_event_not_diplomacy():
    # illustrative: the sentence opens with its source (a foreign ministry's statement); the deed follows
    text = ("Six herders were killed on Tuesday near Fassala, in the Hodh Ech Chargui region. According to a "
            "statement from Mauritania's foreign ministry, Malian soldiers crossed into Mauritanian "
            "territory and opened fire on the herders at a well.")
    [mention] = extract_article(_article(text, "2026-08-20"))
    assert mention.sub_event_type == "Attack"
    assert mention.actor1.name.startswith("Military Forces of Mali")
    assert mention.actor2.name == "Civilians (Mauritania)"


def test_an_abduction_told_weeks_back_and_again_by_its_day_is_one_incident_of_that_day():
    # illustrative: "two weeks ago" is a rough day; the day the report tells later dates the abduction
    text = ("Bandits have released 20 residents of Maru Local Government Area of Zamfara State who were "
            "abducted from their homes two weeks ago, a community leader said. The bandits had stormed the "
            "village on June 21 and abducted 21 people.")
    mentions = extract_article(_article(text, "2026-07-07"))
    assert [(m.sub_event_type, m.date.event_date) for m in mentions] == [
        ("Abduction/forced disappearance", "2026-06-21")]


@pytest.mark.parametrize(
    "second",
    [
        # illustrative: the attackers told by who they were, in the next sentence
        "The assailants were members of the Dan Na Ambassagou militia.",
        # Dozo hunters of the militia are its men (dictionary stands_for)
        "According to a local association, the assailants were Dozo hunters of the Dan Na Ambassagou "
        "militia.",
    ],
)
def test_the_attackers_named_after_the_attack_are_its_perpetrators(second):
    text = ("At least eleven civilians were killed on Saturday in an attack on a Fulani hamlet near Bankass, "
            "in the Mopti region, local sources said on Monday. " + second)
    [mention] = extract_article(_article(text, "2026-08-03"))
    assert (mention.actor1.name, mention.actor2.name) == ("Dan Na Ambassagou", "Civilians (Mali)")
    # the Fulani hamlet is the victims' community, not its militia
    assert not any("Fulani" in a.name for a in mention.assoc_actor_1)


def test_a_group_telling_its_own_deed_under_its_acronym_stays_a_party():
    # illustrative: "The Azawad Liberation Front (FLA) said ... its fighters attacked": the attacker
    text = ("The Azawad Liberation Front (FLA) said in a statement that its fighters attacked an army convoy "
            "near Tinzaouaten on Sunday, killing 15 soldiers.")
    [mention] = extract_article(_article(text, "2026-03-10"))
    assert "FLA: Azawad Liberation Front" in (mention.actor1.name, mention.actor2.name)


def test_a_claim_naming_the_pipelines_far_end_joins_the_blast_it_claims():
    # illustrative: Agadem is where the pipeline starts, not where it was blown up (near Tesker on Saturday)
    text = ("A rebel group in Niger, the Patriotic Liberation Front (FPL), said on Monday it had blown up a "
            "section of the oil pipeline linking Niger's Agadem field to the Beninese port of Sèmè. In a "
            "statement, the FPL said its fighters set off explosives on the pipeline on Saturday near "
            "Tesker, in the Zinder region. No casualties were reported.")
    [mention] = extract_article(_article(text, published="2026-06-08"))
    assert (mention.place.name, mention.date.event_date, mention.actor2) == ("Tesker", "2026-06-06", None)


def test_men_killed_as_informants_of_a_group_are_civilians_and_the_group_no_party():
    # illustrative: Boko Haram is named only as whom the victims were accused of informing
    text = ("Members of the Civilian Joint Task Force (CJTF) on Sunday killed three men they accused of "
            "passing information to Boko Haram fighters in Dikwa, Borno State, residents said.")
    [mention] = extract_article(_article(text, "2026-01-20"))
    assert (mention.sub_event_type, mention.actor1.name, mention.actor2.name) == (
        "Attack", "Civilian JTF", "Civilians (Nigeria)")


def test_a_hostage_video_and_efforts_for_a_release_are_no_new_abduction():
    # illustrative: the video's day is no abduction's day
    text = ("JNIM released a video on Monday showing a European aid worker kidnapped in Agadez in 2025, in "
            "which she appeals to her government. Her government said it was aware of the video and was "
            "working to secure her freedom.")
    assert [m.date.event_date for m in extract_article(_article(text, "2026-11-24"))
            if m.date.event_date and m.date.event_date >= "2026"] == []


def test_a_pit_collapse_is_no_event_and_the_attackers_next_sentence_places_the_attack():
    # illustrative: the lead names only the state; the sentence that goes on with the bandits names the town
    text = ("Gunmen killed 11 artisanal gold miners at a mining site in Nigeria's northwestern Zamfara state "
            "on Saturday, officials said. The bandits stormed the site near Anka town on motorcycles and "
            "opened fire on miners who had refused to pay a levy, an official said. In a separate incident, "
            "six miners died on Friday when a pit collapsed at an illegal site in Maru district.")
    [mention] = extract_article(_article(text, "2026-06-08"))
    assert (mention.place.name, mention.fatalities.best) == ("Anka", 11)


def test_states_leaving_a_regional_bloc_is_no_transfer_of_territory():
    # illustrative: an organisation left, no territory handed over
    text = ("The withdrawal of Mali, Burkina Faso and Niger from ECOWAS, announced by the Alliance of Sahel "
            "States, formally took effect on Sunday, officials in Douentza said.")
    assert extract_article(_article(text, "2026-11-16")) == []


def test_a_day_counted_in_weeks_back_is_told_to_the_week():
    # illustrative: "three weeks ago" names a day roughly: told to the week
    text = ("Twenty-five of the 43 pupils abducted by bandits from a school in Kajuru, Kaduna State, three "
            "weeks ago have regained their freedom, officials said on Wednesday.")
    [mention] = extract_article(_article(text, "2026-04-02"))
    told = mention.date
    assert (told.event_date, told.time_precision, told.date_prec) == ("2026-03-12", 2, 2)


def test_the_day_told_with_an_initial_toll_is_the_day_of_the_updated_incident():
    # illustrative: the update opens with "last week"; the day comes with the first count, since revised
    text = ("The death toll from an attack on a village in central Mali's Mopti region last week has risen "
            "to 25, local officials said on Wednesday. Gunmen stormed the village on Friday, killing 18 "
            "people according to an initial toll.")
    [mention] = extract_article(_article(text, "2026-03-11"))
    assert (mention.date.event_date, mention.fatalities.best) == ("2026-03-06", 25)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le bilan de l'attaque d'un village de la région de Mopti la semaine dernière est passé à 25 "
           "morts, ont indiqué mercredi des responsables locaux. Des hommes armés ont pris d'assaut le "
           "village vendredi, tuant 18 personnes selon un premier bilan."),
    ("pt", "O balanço do ataque a uma aldeia da região de Mopti na semana passada subiu para 25 mortos, "
           "disseram responsáveis locais na quarta-feira. Homens armados invadiram a aldeia na sexta-feira, "
           "matando 18 pessoas segundo um primeiro balanço."),
])
def test_the_day_told_with_an_initial_toll_is_read_through_each_languages_lexicon(lang, text):
    # illustrative: "selon un premier bilan", "segundo um primeiro balanço" (lexicon entry initial_toll)
    [mention] = extract_article(_article(text, "2026-03-11", lang))
    assert (mention.date.event_date, mention.fatalities.best) == ("2026-03-06", 25)


def test_the_initial_toll_wording_is_each_languages_own():
    from sahelwatch.extract.numbers import lexicon_pattern
    assert lexicon_pattern("en", "initial_toll").search("killing 18 according to a provisional count")
    assert lexicon_pattern("fr", "initial_toll").search("tuant 18 personnes selon un bilan provisoire")
    assert lexicon_pattern("pt", "initial_toll").search("matando 18 pessoas segundo um balanço provisório")
    assert not lexicon_pattern("en", "initial_toll").search("tuant 18 personnes selon un premier bilan")


def test_a_courts_judgment_over_an_old_attack_is_no_event_of_the_courts_day():
    # illustrative: the court's Thursday is no day of the 2015 attack
    text = ("A special court in Bamako on Thursday sentenced a jihadist commander to death over the 2015 "
            "attack on a hotel that killed 20 people.")
    assert [m.date.event_date for m in extract_article(_article(text, "2026-05-15"))] == []


def test_a_pipeline_blown_up_told_as_a_rebel_claim_is_a_blast_at_the_place_told_not_the_far_end():
    """Illustrative: 'said it had blown up a section of the pipeline that carries crude from Niger to the
    port of Cotonou in Benin' (read as an accident by the classifier) is the group's blast, not territory
    taken, and neither Cotonou nor Benin (the pipeline's far end) is its place."""
    text = (
        "NIAMEY, March 4 (Example Wire) - The rebel Patriotic Liberation Front (FPL) said on Wednesday it "
        "had blown up a section of the pipeline that carries crude oil from Niger to the port of Cotonou in "
        "Benin. The group said the explosion took place on Tuesday near Dogondoutchi in the Dosso region. "
        "No casualties were reported."
    )
    [mention] = extract_article(_article(text, published="2026-03-04"))
    assert mention.sub_event_type == "Remote explosive/landmine/IED"
    assert mention.actor1.name == "FPL: Patriotic Liberation Front"
    assert (mention.place.country, mention.place.admin1) == ("NE", "Dosso")


def test_simultaneous_attacks_on_listed_towns_give_one_event_per_town_with_the_toll_shared():
    """Illustrative: 'simultaneous attacks on military positions in Kayes, Nioro du Sahel and Diboli ... 41
    assailants neutralised': one event per town (ACLED), the 41 shared out evenly."""
    text = (
        "BAMAKO (Example Wire) - Jihadists launched simultaneous attacks at dawn on Tuesday on military "
        "positions in Kayes, Nioro du Sahel and Diboli in western Mali, the army said. It said 41 assailants "
        "had been neutralised."
    )
    mentions = extract_article(_article(text, published="2026-10-06"))
    assert sorted(m.place.name for m in mentions) == ["Diboli", "Kayes", "Nioro"]
    assert sorted(m.fatalities.best for m in mentions) == [13, 14, 14]
    assert {m.sub_event_type for m in mentions} == {"Armed clash"}


def test_an_attack_naming_two_towns_without_a_word_of_simultaneity_stays_one_event():
    text = (
        "BAMAKO (Example Wire) - Jihadists attacked a military position between Kayes and Diboli on Tuesday, "
        "killing five soldiers, the army said."
    )
    assert len(extract_article(_article(text, published="2026-10-06"))) == 1


@pytest.mark.parametrize(("text", "best"), [
    # illustrative: dead told as more in a later sentence add to the lead's toll (lexicon more_dead_*)
    ("Gunmen killed a herder near Djibo on Monday. Another herder was shot dead nearby.", 2),
    ("Gunmen killed two herders near Djibo on Monday. Two more herders were also shot dead nearby.", 4),
    ("Gunmen killed 15 villagers near Djibo on Monday. Rescuers found four more bodies on Tuesday.", 19),
    # ... not a headline's "more" restated, nor dead found since a toll that may count them
    ("Two more soldiers killed near Mopti. Two more soldiers were killed on Monday when their patrol hit a "
     "mine near Mopti.", 2),
    ("The death toll from Monday's attack on a village near Djibo rose to 19. Four more bodies were found on "
     "Tuesday.", 19),
    ("Gunmen killed two herders near Djibo on Monday. Another source said three herders were killed.", 2),
    # ... nor the parts of the lead's toll told one after the other
    ("Six soldiers were killed on Monday when two mines exploded near Mopti. The first blast killed four "
     "soldiers. The second, an hour later, killed two more soldiers.", 6),
])
def test_dead_told_as_more_add_to_the_lead_toll(text, best):
    [mention] = extract_article(_article(text, "2026-03-11"))
    assert mention.fatalities.best == best
