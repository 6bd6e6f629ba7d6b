"""End-to-end French extraction from short illustrative articles (fictional reports, real place names)."""

import pytest

from sahelwatch.extract.fatalities import taken_then_killed
from sahelwatch.extract.pipeline import extract_article
from sahelwatch.models import Article, Mention


def _mentions(text: str, published: str | None = "2024-03-13") -> list[Mention]:
    article = Article(id="t-fr", text=text, raw_text=text, published=published, language="fr")
    return extract_article(article)


def test_a_gathering_in_two_towns_is_one_protest_per_town():
    text = ("Exemple illustratif. Plusieurs milliers de personnes se sont rassemblées à Niamey et à Ouallam "
            "pour réclamer le départ des forces étrangères.")
    mentions = _mentions(text, None)
    assert {m.event_type for m in mentions} == {"Protests"}
    assert sorted(m.place.name for m in mentions) == ["Niamey", "Ouallam"]


def test_each_side_of_a_shared_lake_is_its_own_incident():
    text = ("Exemple illustratif. Douze personnes ont été tuées jeudi soir du côté tchadien du lac Tchad "
            "par des hommes armés. Sur l'autre rive, chez le voisin nigérien, l'armée a repoussé une attaque "
            "contre une de ses positions dans la région de Diffa. Le bilan faisait état de : côté ami, un "
            "militaire décédé, côté ennemi sept terroristes tués.")
    by_country = {m.place.country: m.fatalities.best for m in _mentions(text, None)}
    assert by_country == {"TD": 12, "NE": 8}


def test_a_pluperfect_incident_is_its_own_event():
    text = ("Exemple illustratif. Cinq villageois ont été tués par des hommes armés près de Diffa. "
            "Début juillet, six soldats nigériens avaient été tués dans l'attaque d'un poste militaire, "
            "dans la même zone.")
    assert sorted(m.fatalities.best for m in _mentions(text, None)) == [5, 6]


def test_a_pluperfect_aside_without_toll_or_place_is_no_event():
    text = ("Exemple illustratif. Cinq villageois ont été tués par des hommes armés près de Diffa. "
            "C'est la première attaque depuis que le groupe avait lancé une offensive.")
    assert len(_mentions(text, None)) == 1


def test_a_village_unknown_to_the_gazetteer_is_placed_in_the_region_named_after_it():
    text = ("Exemple illustratif. Le ministère nigérien de la défense a annoncé la mort de 4 soldats dans "
            "une embuscade, dans les environs de la localité de Zzyxwaq, dans la région de Tillabéry, près "
            "de la frontière du Burkina Faso.")
    [mention] = _mentions(text, None)
    assert (mention.place.country, mention.place.admin1) == ("NE", "Tillabéri")


def test_an_incident_at_a_village_unknown_to_the_gazetteer_is_not_placed_at_the_village_told_before():
    text = ("Exemple illustratif. Mardi 9 juin, des éléments de Boko Haram ont attaqué le village de "
            "Kaiga-Kindjiria, dans la province du Lac, tuant trois pêcheurs.\n\nSamedi 13 juin, une position "
            "de l'armée tchadienne a été attaquée à Zzyxwaq. Selon une source militaire, quatre soldats ont "
            "été tués.")
    places = {m.date.event_date: (m.place.name, m.place.admin1) for m in _mentions(text, "2026-06-15")}
    assert places == {"2026-06-09": ("Kaiga-Kindjiria", "Lac"), "2026-06-13": ("Lac", "Lac")}


def test_another_town_with_another_toll_is_another_incident():
    text = ("Exemple illustratif. Cinq personnes ont été tuées à Toumour par des éléments de Boko Haram. "
            "Ce raid intervient trois mois après l'attaque menée contre des positions de l'armée à Bosso, "
            "dans laquelle 20 soldats ont été tués.")
    by_place = {m.place.name: m.fatalities.best for m in _mentions(text, None)}
    assert by_place == {"Toumour": 5, "Bosso": 20}


def test_the_town_of_the_sentence_wins_over_the_region_of_the_headline():
    text = ("Mali : des frappes tuent six civils dans la région de Tombouctou (exemple illustratif)\n\n"
            "Au Mali, les jihadistes du JNIM ont revendiqué des tirs de roquette, vendredi 8 mars, contre "
            "des positions de l'armée malienne, à Kidal.")
    rockets = [m for m in _mentions(text) if m.actor1 and m.actor1.name.startswith("JNIM")]
    assert rockets and rockets[0].place.name == "Kidal"


def test_a_weakly_typed_toll_sentence_takes_the_type_of_its_strike():
    text = ("Exemple illustratif. Vendredi soir, une seconde frappe de drone a touché un campement nomade "
            "près de Tombouctou. Quatre femmes et deux nourrissons ont été tués, selon des sources locales.")
    [mention] = _mentions(text)
    assert (mention.sub_event_type, mention.fatalities.best) == ("Air/drone strike", 6)


def test_an_opening_roundup_of_two_strikes_is_not_a_third_event():
    text = ("Mali : des frappes tuent neuf civils dans la région de Tombouctou (exemple illustratif)\n\n"
            "La première frappe a visé le village de Ber jeudi 7 mars au soir, tuant cinq personnes. "
            "Le lendemain, vendredi 8 mars au soir, une seconde frappe a touché un campement nomade. "
            "Quatre femmes ont été tuées, selon des sources locales.")
    mentions = _mentions(text)
    tolls = sorted((m.date.event_date, m.fatalities.best) for m in mentions)
    assert tolls == [("2024-03-07", 5), ("2024-03-08", 4)]
    # the village of Ber is in Mali (not Berlin), so the headline's region holds it: the round-up joined to
    # the first strike is still taken out
    assert {m.place.country for m in mentions} == {"ML"}


def test_a_running_total_without_date_or_place_is_no_toll():
    text = ("Exemple illustratif. Des hommes armés ont tué trois villageois près de Téra dimanche. "
            "Les violences ont fait plus de 20 000 morts, selon les Nations unies.")
    assert all(m.fatalities.best < 100 for m in _mentions(text))


def test_a_toll_revised_days_later_stays_with_its_incident():
    text = ("Exemple illustratif. Au moins sept volontaires pour la défense de la patrie (VDP) ont perdu la "
            "vie vendredi dernier lors d'une attaque contre leur position à Djibo. Le bilan s'est alourdi "
            "mardi à dix morts, selon des sources locales.")
    [mention] = _mentions(text, "2024-04-02")
    assert (mention.date.event_date, mention.fatalities.best) == ("2024-03-29", 10)
    assert mention.place.name == "Djibo"


def test_an_actor_named_like_a_town_is_no_place():
    # "Wagner" is also a town of Bahia: neither the event nor its civilians are Brazil's
    [mention] = _mentions("Exemple illustratif. Des éléments de Wagner ont tué trois bergers mardi.", None)
    assert mention.place is None and mention.actor2.name == "Civilians"


def test_a_country_named_in_french_is_the_place():
    text = "Exemple illustratif. Deux bergers ont été tués mardi par des soldats en Mauritanie."
    [mention] = _mentions(text)
    assert (mention.place.country, mention.fatalities.best) == ("MR", 2)


def test_a_country_on_a_flag_is_no_second_place():
    text = ("Exemple illustratif. Des centaines de personnes ont manifesté dimanche à Niamey. Aux cris de "
            "« Vive la Russie », les manifestants ont défilé dans les rues de la capitale.")
    assert [m.place.name for m in _mentions(text, None)] == ["Niamey"]


def test_a_clash_told_with_a_verb_and_no_toll_is_a_battle():
    for verb in ("a affronté", "a combattu"):
        text = f"Exemple illustratif. Mardi, l'armée malienne {verb} des rebelles du FLA près d'Anéfis."
        [mention] = _mentions(text)
        assert (mention.event_type, mention.sub_event_type) == ("Battles", "Armed clash")


def test_a_denial_and_the_rumour_it_denies_are_no_event():
    text = "Exemple illustratif. L'état-major a démenti lundi toute attaque contre le camp de Téra."
    assert _mentions(text) == []
    text = ("Exemple illustratif. L'armée a démenti lundi une attaque contre son poste de Dargol. Des "
            "messages sur les réseaux sociaux évoquaient une trentaine de soldats tués.")
    assert _mentions(text) == []


def test_a_rumour_without_a_denial_is_read_as_usual():
    text = "Exemple illustratif. Selon les réseaux sociaux, 30 soldats ont été tués lundi à Dargol."
    assert [m.fatalities.best for m in _mentions(text)] == [30]


def test_a_raised_toll_keeps_the_civilian_targets_and_the_source_is_no_target() -> None:
    """Illustrative: the raised toll naming no group still counts the civilians, so the rebel front quoted
    as the source does not become the drone strike's target."""
    text = ("Une frappe de drone de l'armée malienne a touché mercredi le marché de Tin Zaouatène, tuant au "
            "moins 21 civils, selon le Front de libération de l'Azawad (FLA). Le bilan a ensuite été porté "
            "à 27 morts.")
    article = Article(id="fr-raised", text=text, raw_text=text, published="2025-08-08", language="fr")
    [mention] = extract_article(article)
    assert mention.actor2 is not None and mention.actor2.name == "Civilians (Mali)"
    assert mention.assoc_actor_2 == [] and mention.civilian_targeting
    assert mention.fatalities.best == 27 and mention.fatalities.deaths_civilians == 27


def test_arrested_journalists_are_the_civilians_arrested() -> None:
    """Illustrative: journalists taken in by intelligence agents are actor2 of the arrests."""
    text = "Trois journalistes ont été interpellés lundi soir à Ouagadougou par des agents du renseignement."
    article = Article(id="fr-journalists", text=text, raw_text=text, published="2025-09-10", language="fr")
    [mention] = extract_article(article)
    assert mention.sub_event_type == "Arrests"
    assert mention.actor2 is not None and mention.actor2.name == "Civilians (Burkina Faso)"


def test_arrested_officers_are_actor2_of_the_arrests() -> None:
    """Illustrative: officers arrested by the authorities serve in the army, which is actor2 too."""
    text = ("Les autorités ont interpellé cinq officiers de l'armée samedi à Ouagadougou, "
            "soupçonnés de complot.")
    article = Article(id="fr-officers", text=text, raw_text=text, published="2025-09-10", language="fr")
    [mention] = extract_article(article)
    assert mention.sub_event_type == "Arrests"
    assert mention.actor2 is not None and mention.actor2.name == "Military Forces of Burkina Faso (2022-)"


def test_generic_actors_take_the_country_of_the_named_army_when_no_place_is_known():
    text = ("Exemple illustratif. Une patrouille des FAMa a été accrochée par des terroristes samedi près de "
            "Kwarandoubo, a indiqué l'armée malienne. Deux soldats ont été tués.")
    [mention] = _mentions(text)
    assert mention.actor1.name == "Unidentified Armed Group (Mali)"
    assert mention.actor2.name == "Military Forces of Mali (2021-)" and not mention.assoc_actor_2


def test_a_crowd_that_ransacks_a_police_station_is_a_violent_demonstration() -> None:
    """Illustrative: the police dispersing the crowd does not make the riot a protest with intervention."""
    text = ("Des jeunes en colère ont saccagé et incendié dimanche le commissariat de police de Kati. Les "
            "policiers ont tenté de disperser les manifestants à coups de gaz lacrymogène.")
    [mention] = _mentions(text, "2023-05-08")
    assert mention.sub_event_type == "Violent demonstration"
    assert mention.actor1 is not None and mention.actor1.name == "Rioters (Mali)"


def test_the_same_day_opens_another_incident() -> None:
    """Illustrative: 'Le même dimanche, ...' tells another incident, not more of the first."""
    text = ("Dimanche, des éléments de Boko Haram ont attaqué une position de l'armée tchadienne à Bol. Une "
            "quarantaine de militaires ont été tués. Le même dimanche, deux pêcheurs ont été égorgés par des "
            "éléments de la secte sur une île voisine.")
    mentions = _mentions(text, "2024-10-29")
    told = sorted((m.sub_event_type, m.fatalities.best) for m in mentions)
    assert told == [("Armed clash", 40), ("Attack", 2)]


def test_the_toll_of_a_later_dated_operation_is_no_running_total() -> None:
    """Illustrative: a communiqué's second operation has a larger toll than its first; it is its own."""
    text = ("Le 12 mars, des vecteurs aériens ont frappé des terroristes près de Diapaga. Plusieurs dizaines "
            "de terroristes ont été neutralisés. Le 14 mars, une unité a repoussé une attaque contre le "
            "détachement de Sebba. Une quarantaine d'assaillants ont été neutralisés.")
    mentions = {m.place.name: m.fatalities.best for m in _mentions(text, "2024-03-18")}
    assert mentions == {"Diapaga": 12, "Sebba": 40}


def test_a_revised_toll_replaces_the_earlier_count() -> None:
    """Illustrative: the report's new toll is ACLED's figure, not the earlier count it recalls."""
    text = ("Selon un nouveau bilan officiel publié jeudi, 71 soldats nigériens ont été tués mardi à Inatès. "
            "Un précédent bilan faisait état de 25 morts.")
    [mention] = _mentions(text, "2019-12-12")
    assert (mention.fatalities.low, mention.fatalities.best) == (71, 71)


@pytest.mark.parametrize("link", ["Lire aussi :", "À LIRE AUSSI >>", "Lire aussi |"])
def test_a_link_to_another_story_adds_nothing(link: str) -> None:
    """Illustrative: the toll of a 'Lire aussi' link is not added to the article's."""
    text = ("Vingt-trois soldats nigériens ont été tués mercredi dans une embuscade près de Téguèy. "
            f"{link} Mali : au moins 20 civils tués dans le centre.")
    [mention] = _mentions(text, "2024-03-22")
    assert mention.fatalities.best == 23 and not mention.assoc_actor_2


def test_hundreds_of_youths_burning_barriers_are_a_violent_demonstration() -> None:
    """Illustrative: hundreds of young people are a crowd, their arson a riot, not looting."""
    text = ("Des manifestants s'en sont pris samedi à l'ambassade de France à Ouagadougou. Des centaines de "
            "jeunes, favorables à la junte, ont incendié des barrières et lancé des pierres sur le bâtiment.")
    [mention] = _mentions(text, "2022-10-02")
    assert mention.sub_event_type == "Violent demonstration"


def test_the_day_a_paper_learnt_of_an_attack_is_not_its_date():
    text = ("Exemple illustratif. Au moins vingt civils ont été tués samedi dans une attaque contre "
            "Seytenga, a-t-on appris dimanche de sources locales. « Les assaillants ont tiré sur tout ce "
            "qui bougeait », a raconté un habitant réfugié à Dori.")
    [mention] = _mentions(text, "2024-06-16")
    assert (mention.date.event_date, mention.fatalities.best) == ("2024-06-15", 20)


def test_le_lendemain_is_the_day_after_the_last_day_told():
    text = ("Exemple illustratif. Cinq VDP ont été tués lundi dans l'attaque de leur poste à Djibasso. Le "
            "lendemain, trois militaires ont été tués par un engin explosif près de la ville.")
    days = sorted((m.date.event_date, m.fatalities.best) for m in _mentions(text, "2024-01-19"))
    assert days == [("2024-01-15", 5), ("2024-01-16", 3)]


def test_a_first_toll_since_revised_is_no_incident_of_its_own():
    text = ("Exemple illustratif. Des chasseurs dozos et des jihadistes se sont affrontés le 11 courant près "
            "de Macina. Un premier bilan faisait état de quatre morts dans les rangs des dozos. Ce bilan "
            "a été revu à la hausse : neuf chasseurs ont été tués.")
    mentions = _mentions(text)
    assert [m.fatalities.best for m in mentions] == [9]


def test_a_provisional_toll_told_apart_from_its_verb_is_revised_by_the_final_one():
    text = ("Exemple illustratif. Dans la nuit de samedi à dimanche, des hommes armés ont attaqué le village "
            "de Sanam. Un bilan provisoire communiqué par des sources locales faisait état de cinq morts. "
            "Le bilan définitif est de neuf civils tués.")
    assert [m.fatalities.low for m in _mentions(text, "2024-03-12")] == [9]


def test_the_day_a_final_toll_is_made_public_is_no_incident_of_its_own():
    text = ("Exemple illustratif. Dimanche soir, des hommes armés ont attaqué le village de Sanam, dans la "
            "région de Tillabéri, tuant cinq civils. Le bilan définitif, rendu public mardi par le "
            "gouvernorat de Tillabéri, est de neuf civils tués.")
    mentions = _mentions(text, "2024-03-13")
    assert [(m.date.date_start, m.place.name, m.fatalities.best) for m in mentions] == [
        ("2024-03-10", "Sanam", 9)]


def test_authorities_that_announce_the_toll_are_no_attacker():
    text = ("Exemple illustratif. Douze villageois ont été tués samedi à Tamou, "
            "ont annoncé les autorités nigériennes.")
    (mention,) = _mentions(text)
    assert mention.actor1 is not None and mention.actor1.name == "Unidentified Armed Group (Niger)"


def test_attackers_attributed_to_a_group_are_that_group():
    text = ("Exemple illustratif. Neuf civils ont été tués samedi à Tamou. Les assaillants, attribués à "
            "l'État islamique au Sahel, ont pris la fuite.")
    (mention,) = _mentions(text)
    assert mention.actor1 is not None and mention.actor1.name == "Islamic State (Sahel)"


def test_a_dated_deed_of_a_named_group_is_an_event():
    text = ("Exemple illustratif. Des combattants du JNIM ont attaqué mardi 12 mars 2024 le village de "
            "Dioura. Le bilan est de huit civils tués.")
    mentions = _mentions(text)
    assert len(mentions) == 1 and mentions[0].place.name == "Dioura"
    assert mentions[0].actor1 is not None and mentions[0].actor1.name.startswith("JNIM")


def test_a_crowd_that_marched_is_a_protest():
    text = "Exemple illustratif. Des centaines de jeunes ont défilé samedi à Niamey pour soutenir le CNSP."
    (mention,) = _mentions(text)
    assert mention.sub_event_type == "Peaceful protest" and mention.place.name == "Niamey"


def test_a_named_groups_home_places_a_town_named_abroad_too() -> None:
    """Illustrative: JNIM operates in Mali; Léré is in Mali, not its namesake in Nigeria."""
    [mention] = _mentions("Des combattants du JNIM ont attaqué mardi un poste près de Léré, tuant trois "
                          "soldats.")
    assert (mention.place.country, mention.place.name) == ("ML", "Léré")


def test_a_camp_left_by_the_army_is_handed_over_to_the_group_that_took_it():
    """Exemple illustratif : the withdrawal is named first, but the group whose sentence tells it took the
    camp ('ont pris possession du camp') gains the territory, so it is actor 1."""
    text = ("Exemple illustratif. Les soldats se sont retirés samedi du camp militaire de Tamou. "
            "Quelques heures plus tard, les combattants de l'EIGS ont pris possession du camp, "
            "selon des habitants.")
    mentions = _mentions(text)
    assert [(m.sub_event_type, m.actor1.name) for m in mentions] == [
        ("Non-violent transfer of territory", "Islamic State (Sahel)")]


def test_a_patrol_engaged_by_a_named_group_is_a_clash_with_that_group():
    # "accrochée par" says the fight happened and who started it, like "attaquée par"
    text = ("Exemple illustratif. Le 12 courant, une patrouille de l'armée a été accrochée par des éléments "
            "de l'ISWAP près de Mora, au Cameroun.")
    [mention] = _mentions(text, "2026-10-16")
    assert (mention.sub_event_type, mention.actor1.name) == (
        "Armed clash", "Islamic State West Africa Province (ISWAP)")


def test_the_group_of_a_repelled_incursion_is_the_attacker():
    text = ("Exemple illustratif. Des soldats ont repoussé une incursion de Boko Haram dimanche à Mora, "
            "au Cameroun.")
    [mention] = _mentions(text, "2026-06-08")
    assert mention.actor1.name.startswith("Boko Haram")


def test_the_hospital_town_where_the_wounded_died_is_not_the_incidents():
    from sahelwatch.extract.pipeline import extract_article
    from sahelwatch.models import Article

    text = ("(Illustratif) Le bilan de l'attaque de lundi contre le poste de gendarmerie de Sofara est passé "
            "à neuf morts, tous des gendarmes. Quatre blessés ont succombé à leurs blessures à l'hôpital de "
            "Mopti.")
    article = Article(id="t-hop", text=text, raw_text=text, published="2026-01-22", language="fr")
    [mention] = extract_article(article)
    assert (mention.place.name, mention.fatalities.best) == ("Sofara", 9)


def test_a_first_of_its_kind_remark_is_no_second_incident() -> None:
    # illustrative text: "C'est la première attaque ..." ranks the attack just told, it is no Malian event
    text = "Illustratif : deux militaires mauritaniens ont été tués par des hommes armés près " \
        "d'Adel Bagrou. Les assaillants se sont enfuis vers le territoire malien. C'est la première " \
        "attaque contre l'armée mauritanienne depuis des années."
    assert [m.place.country for m in _mentions(text, published="2026-05-08")] == ["MR"]


def test_a_bulletins_first_toll_told_after_its_dated_sentence_is_no_roundup():
    text = ("Exemple illustratif. Dans la région de Tillabéri, le 5 mai, une unité de l'opération Garkoua a "
            "accroché un groupe de terroristes à une dizaine de kilomètres de Bankilaré. Six "
            "terroristes ont été neutralisés. Le 7 mai, une patrouille a neutralisé deux bandits près de "
            "Tillia. Le 8 mai, trois suspects ont été tués par des hommes armés à Dogondoutchi.")
    days = sorted(m.date.event_date for m in _mentions(text, "2026-05-12"))
    assert days == ["2026-05-05", "2026-05-07", "2026-05-08"]


def test_a_toll_told_on_the_morning_after_a_night_attack_is_the_same_incident():
    text = ("Exemple illustratif. Une position de l'armée a été attaquée près de Tchintabaraden, dans la "
            "région de Tahoua, dans la nuit de dimanche à lundi. Le ministère de la Défense a fait état "
            "lundi de quatorze militaires tués.")
    [mention] = _mentions(text, "2026-04-21")
    assert (mention.date.date_start, mention.fatalities.best) == ("2026-04-19", 14)


def test_a_toll_told_after_a_sure_air_strike_without_ground_fighting_is_the_strike():
    text = ("Exemple illustratif. Une frappe aérienne de l'armée a visé dimanche le marché de "
            "Tansarga. L'armée affirme avoir neutralisé une dizaine de terroristes qui se ravitaillaient "
            "sur le marché.")
    [mention] = _mentions(text, "2026-02-17")
    assert (mention.sub_event_type, mention.fatalities.best) == ("Air/drone strike", 10)
    fought = text.replace("L'armée affirme avoir", "Au sol, après de violents combats, l'armée affirme avoir")
    assert [m.sub_event_type for m in _mentions(fought, "2026-02-17")] == ["Armed clash"]


def test_counted_arrests_are_an_event_even_when_the_classifier_is_unsure():
    text = ("Exemple illustratif. Le 15 mars, à Ké-Macina, dans la région de Ségou, quatre suspects ont été "
            "interpellés et remis aux services compétents.")
    assert [m.sub_event_type for m in _mentions(text, "2026-03-18")] == ["Arrests"]


def test_the_town_named_before_its_province_is_the_place():
    text = ("Exemple illustratif. Le chef coutumier de Barani, dans la province de la Kossi, a été enlevé "
            "mardi dernier par des individus armés.")
    [mention] = _mentions(text, "2026-07-16")
    assert mention.place.name == "Barani"


def test_the_forces_told_beside_a_rioters_death_face_the_rioters():
    text = ("Exemple illustratif. Des orpailleurs en colère ont saccagé le week-end dernier la brigade de "
            "gendarmerie de Kintinian, dans la préfecture de Siguiri. Les manifestants ont incendié deux "
            "véhicules et libéré les détenus. Un jeune manifestant a été tué par balle lors de "
            "l'intervention des renforts de gendarmerie, selon des sources hospitalières. Plusieurs "
            "gendarmes ont été blessés à coups de pierres.")
    riots = [m for m in _mentions(text, "2026-03-02") if m.sub_event_type == "Violent demonstration"]
    assert riots and riots[0].actor2 is not None and riots[0].actor2.inter == 1


def test_a_school_guard_killed_alone_is_one_civilian_dead() -> None:
    text = ("Exemple illustratif. Des hommes armés ont tué jeudi le gardien d'une école à Dori et enlevé "
            "deux enseignants.")
    [mention] = _mentions(text, "2026-03-16")
    assert (mention.sub_event_type, mention.fatalities.best) == ("Attack", 1)
    assert mention.actor2.name == "Civilians (Burkina Faso)"


def test_another_count_of_a_militias_dead_is_no_mob_of_its_own() -> None:
    text = ("Exemple illustratif. De violents affrontements ont opposé le week-end dernier des jihadistes "
            "du JNIM à des chasseurs dozos dans la commune de Diabaly. Selon des sources locales, les "
            "combats ont fait une vingtaine de morts parmi les dozos. Un élu de la zone évoque un bilan de "
            "22 morts chez les dozos.")
    [mention] = _mentions(text, "2026-06-30")
    assert mention.sub_event_type == "Armed clash" and mention.fatalities.best == 20


def test_the_destination_of_a_tanker_convoy_is_not_the_place():
    # illustrative text: the convoy carried fuel to Bamako; it was attacked near Nioro du Sahel
    text = ("Illustratif : des jihadistes ont attaqué samedi un convoi de camions-citernes qui transportait "
            "du carburant de Dakar à Bamako, près de Nioro du Sahel. Huit chauffeurs ont été tués.")
    [mention] = _mentions(text, published="2025-11-10")
    assert mention.place is not None and mention.place.name.startswith("Nioro")


def test_foreigners_kidnapped_in_recent_years_are_no_new_abduction():
    # illustrative text: the second sentence counts past kidnappings, with an example and no day
    text = ("Illustratif : un humanitaire espagnol a été enlevé par des hommes armés près de Bourem, au "
            "Mali. Plusieurs étrangers ont été enlevés au Sahel ces dernières années, dont une Autrichienne "
            "à Agadez, au Niger.")
    assert [m.place.name for m in _mentions(text, published="2025-11-26")] == ["Bourem"]


def test_a_gang_s_victims_over_the_last_years_are_no_new_abduction():
    # illustrative text: the second sentence counts the gang's kidnappings over two years, in the active voice
    text = ("Illustratif : la police a arrêté mardi un chef présumé de bandits à Isa, dans l'État de "
            "Sokoto, au Nigeria. Le groupe aurait enlevé plus de 60 personnes dans les districts d'Isa et de "
            "Sabon Birni au cours des deux dernières années.")
    assert [m.sub_event_type for m in _mentions(text, published="2026-11-12")] == ["Arrests"]


def test_fighting_that_made_dozens_of_dead_over_the_years_is_no_new_clash():
    # illustrative text: a ceasefire signed, then the toll of years of fighting told in the active voice
    text = ("Illustratif : le gouvernement tchadien et un groupe rebelle ont signé dimanche un accord de "
            "cessez-le-feu. Les combats entre l'armée et les rebelles au Tibesti ont fait des dizaines de "
            "morts ces dernières années.")
    assert "Armed clash" not in [m.sub_event_type for m in _mentions(text, published="2026-11-10")]


@pytest.mark.parametrize("victim", ["Un humanitaire espagnol", "Un travailleur humanitaire espagnol"])
def test_a_kidnapped_aid_worker_is_a_civilian_of_his_country(victim):
    # illustrative sentence: the aid worker's nationality follows the noun
    text = (f"Illustratif : {victim} a été enlevé lundi par des hommes armés près de Bourem, dans le nord du "
            "Mali.")
    [mention] = _mentions(text, published="2025-11-26")
    assert mention.actor2.name == "Civilians (Spain)"


def test_the_side_a_base_is_handed_to_took_control():
    # illustrative sentence: departing foreign troops hand their base to the national army
    text = ("Illustratif : les derniers militaires italiens au Niger ont remis vendredi à l'armée nigérienne "
            "la base qu'ils occupaient près de l'aéroport de Niamey.")
    [mention] = _mentions(text, published="2026-03-02")
    assert mention.sub_event_type == "Non-violent transfer of territory"
    assert (mention.actor1.name, mention.actor2.name) == ("Military Forces of Niger (2023-)",
                                                          "Military Forces of Italy")


def test_an_undated_reports_recalled_month_is_read_against_its_latest_day():
    """With no publication date, "en janvier dernier" in a recall is January of the year the text's latest
    full day names, not that day."""
    text = ("Exemple illustratif. Six villageois ont été tués le 14 octobre 2025 par des hommes armés à "
            "Banibangou. En mars, une attaque contre le même village avait fait trois morts.")
    dates = sorted((m.fatalities.best, m.date.date_start, m.date.date_end) for m in _mentions(text, None))
    assert dates == [(3, "2025-03-01", "2025-03-31"), (6, "2025-10-14", "2025-10-14")]


def test_a_patrol_that_intercepted_gunmen_started_the_clash_and_one_that_drove_them_back_did_not():
    started = ("Exemple illustratif. Le 4 mars, une patrouille a intercepté près de Tillia des bandits "
               "armés. Trois bandits ont été neutralisés.")
    [mention] = _mentions(started)
    assert mention.actor1.name == "Military Forces of Niger (2023-)"
    repelled = ("Exemple illustratif. Le 4 mars, les éléments du détachement de Tillia ont repoussé une "
                "attaque terroriste. Trois assaillants ont été neutralisés.")
    [mention] = _mentions(repelled)
    assert mention.actor2.name == "Military Forces of Niger (2023-)"


def test_unnamed_fighters_going_with_the_soldiers_are_their_men_not_their_opponents():
    text = ("Exemple illustratif. Trois bergers ont été tués mardi près de Léré par des soldats maliens "
            "accompagnés de combattants étrangers.")
    [mention] = _mentions(text)
    assert (mention.sub_event_type, mention.actor1.name, mention.actor2.name) == (
        "Attack", "Military Forces of Mali (2021-)", "Civilians (Mali)")


def test_an_army_said_to_have_taken_no_part_is_no_side_of_the_fighting():
    text = ("Exemple illustratif. Des combats ont opposé lundi des combattants du JNIM à ceux de l'Etat "
            "islamique au Sahel près d'Ansongo. L'armée malienne n'était pas impliquée dans ces combats.")
    [mention] = _mentions(text)
    assert {mention.actor1.name, mention.actor2.name} == {
        "JNIM: Jama'at Nusrat al-Islam wal Muslimin", "Islamic State (Sahel)"}


def test_volunteers_and_koglweogo_holding_off_assailants_are_no_mob():
    text = ("Exemple illustratif. Cinq VDP ont été tués lundi lors d'une attaque contre leur poste de "
            "Gorgadji. Les assaillants ont été repoussés. « Les VDP et les Koglweogo du village ont opposé "
            "une farouche résistance », a confié un habitant.")
    mentions = _mentions(text)
    assert [m.sub_event_type for m in mentions] == ["Armed clash"]
    # with no armed group in the article, the accusation told after a Koglweogo killing adds no mob event
    text = ("Exemple illustratif. Trois éleveurs ont été tués lundi près de Pissila par des membres d'un "
            "groupe Koglweogo. Les victimes auraient été accusées de vol de bétail.")
    assert [m.sub_event_type for m in _mentions(text)] == ["Attack"]


def test_the_day_of_a_call_for_an_inquiry_dates_no_later_sentence():
    text = ("Exemple illustratif. Le lundi 11 mars, une frappe de drone a tué six civils à Inekar, selon des "
            "habitants. Une ONG a demandé mardi une enquête indépendante. L'armée affirme avoir neutralisé "
            "des terroristes lors de cette frappe.")
    assert {m.date.date_start for m in _mentions(text)} == {"2024-03-11"}


def test_the_forces_that_neutralised_the_dead_started_the_clash():
    text = ("Exemple illustratif. Quinze terroristes ont été neutralisés mardi par les Forces armées "
            "nationales près de Solenzo, au cours d'opérations de sécurisation.")
    [mention] = _mentions(text)
    assert mention.actor1.name == "Military Forces of Burkina Faso (2022-)"


def test_wounded_soldiers_dying_since_still_lead_beside_the_attackers_dead():
    # Illustrative: the sequel tells the soldiers, the next sentence the other side's dead
    text = ("Le bilan de l'attaque de Boko Haram contre la position militaire de Ngouboua, dans la province "
            "du Lac, s'est alourdi. Quatre soldats grièvement blessés ont succombé à leurs blessures, "
            "a annoncé dimanche le ministère. Côté ennemi, vingt-trois assaillants neutralisés.")
    [mention] = [m for m in _mentions(text, "2026-03-16") if m.fatalities.best]
    deaths = mention.fatalities
    assert deaths.deaths_a + deaths.deaths_b + deaths.deaths_unknown >= 27


def test_where_a_witness_fled_is_not_the_place():
    # illustrative text: the fighting was near Kukawa; the fisherman quoted fled to Baga
    text = ("Illustratif : des dizaines de combattants ont été tués mardi dans des affrontements entre "
            "l'ISWAP et Boko Haram près de Kukawa, dans l'Etat de Borno. « De nombreux corps ont été vus "
            "dans l'eau », a déclaré un pêcheur qui a fui vers Baga.")
    mentions = _mentions(text, published="2026-10-15")
    assert [(m.place.name, m.fatalities.low) for m in mentions] == [("Kukawa", 12)]


def test_villagers_who_fought_bandits_are_a_communal_militia():
    # illustrative text: the villagers fought the bandits and both lost men; a one-sided killing stays an
    # attack
    text = ("Illustratif : neuf personnes ont été tuées mardi dans un affrontement entre des villageois et "
            "des bandits armés à Guidan Roumdji. Cinq villageois et quatre bandits ont été tués.")
    [mention] = _mentions(text, published="2026-11-05")
    assert mention.sub_event_type == "Armed clash" and mention.fatalities.best == 9
    assert (mention.actor1.name, mention.actor2.name) == ("Unidentified Armed Group (Niger)",
                                                          "Unidentified Communal Militia (Niger)")
    [mention] = _mentions("Illustratif : des bandits armés ont tué cinq villageois mardi à Guidan Roumdji.",
                          published="2026-11-05")
    assert mention.sub_event_type == "Attack" and mention.actor2.name == "Civilians (Niger)"


def test_the_escort_of_an_attacked_convoy_is_its_target():
    # illustrative texts: the army escorted the convoy; it did not attack it, nor kill its drivers
    text = "Illustratif : un convoi escorté par l'armée a été attaqué mardi près de Kantchari."
    [mention] = _mentions(text, published="2026-09-10")
    assert mention.sub_event_type == "Armed clash"
    assert (mention.actor1.name, mention.actor2.name) == ("Unidentified Armed Group (Burkina Faso)",
                                                          "Military Forces of Burkina Faso (2022-)")
    [mention] = _mentions(text + " Trois chauffeurs ont été tués.", published="2026-09-10")
    assert mention.sub_event_type == "Attack"
    assert mention.actor1.name == "Unidentified Armed Group (Burkina Faso)"


@pytest.mark.parametrize(("text", "lang"), [
    ("Illustrative: JNIM fighters on Tuesday ambushed a convoy escorted by soldiers and VDP near Ouindigui, "
     "in Burkina Faso's Loroum province.", "en"),
    ("Illustratif : des combattants du JNIM ont attaqué mardi un convoi escorté par l'armée et des VDP près "
     "de Ouindigui, au Burkina Faso.", "fr"),
])
def test_every_force_escorting_an_attacked_convoy_is_its_target(text: str, lang: str):
    article = Article(id="t", text=text, raw_text=text, published="2026-09-03", language=lang)
    [mention] = extract_article(article)
    assert mention.actor1.name == "JNIM: Jama'at Nusrat al-Islam wal Muslimin"
    assert mention.actor2.name == "Military Forces of Burkina Faso (2022-)"


def test_a_clause_telling_another_groups_deed_is_its_own_incident_in_french():
    # illustrative: "tandis qu'à X, un autre groupe ..." is a second incident, cut at "tandis qu'" and not at
    # an earlier comma of the first clause's place
    text = ("Rapport illustratif. Des hommes armés ont tué quatre civils samedi à Djibo, dans la province du "
            "Soum, tandis qu'à Gorom-Gorom, un autre groupe d'hommes armés a enlevé neuf personnes.")
    found = sorted((m.sub_event_type, m.place.name, m.fatalities.best) for m in _mentions(text))
    assert found == [("Abduction/forced disappearance", "Gorom-Gorom", 0), ("Attack", "Djibo", 4)]
    # one group's deeds in one clause stay one incident
    text = ("Rapport illustratif. Des hommes armés ont tué quatre civils samedi à Djibo, et ont enlevé neuf "
            "autres.")
    assert len(_mentions(text)) == 1


def test_lifeless_bodies_found_in_the_body_text_are_an_event():
    # illustrative: no casualty verb, only "les corps sans vie de cinq personnes ont été retrouvés"
    text = ("Rapport illustratif. Les corps sans vie de cinq personnes ont été retrouvés vendredi près de "
            "Djibo, selon des sources locales. Les victimes avaient quitté leur village la veille.")
    [mention] = _mentions(text)
    assert (mention.place.name, mention.fatalities.best) == ("Djibo", 5)


def test_the_group_told_taking_control_gains_a_camp_handed_over_whatever_its_sentences_type():
    """Exemple illustratif : both sentences read as a non-violent transfer; the group that 'en a pris le
    contrôle' gains the camp (actor 1), not the army that left it, and not the residents who told it."""
    text = ("Exemple illustratif. Les soldats se sont retirés samedi du camp militaire de Tamou. Quelques "
            "heures plus tard, les combattants de l'EIGS sont entrés dans le camp sans combat et en ont pris "
            "le contrôle, selon des habitants.")
    [mention] = _mentions(text)
    assert (mention.sub_event_type, mention.actor1.name) == (
        "Non-violent transfer of territory", "Islamic State (Sahel)")


def test_forces_sent_after_a_communal_clash_are_no_party():
    # illustrative: the gendarmes "dépêchés pour ramener le calme" came after the clash (responder_after)
    text = ("Exemple illustratif. Des affrontements entre éleveurs et agriculteurs ont fait onze morts "
            "samedi à Am Timan. Des renforts de la gendarmerie ont été dépêchés pour ramener le calme.")
    [mention] = _mentions(text, "2025-09-02")
    assert (mention.sub_event_type, mention.actor1.name) == (
        "Armed clash", "Unidentified Communal Militia (Chad)")


def test_two_forces_sent_together_after_a_communal_clash_are_no_party():
    # illustrative: "la gendarmerie et la Garde nationale ont été déployées": both came after the clash
    text = ("Exemple illustratif. Des affrontements entre éleveurs et agriculteurs ont fait onze morts "
            "samedi à Am Timan. Des éléments de la gendarmerie et de la Garde nationale et nomade ont été "
            "déployés pour ramener le calme.")
    [mention] = _mentions(text, "2025-09-02")
    assert (mention.sub_event_type, mention.actor1.name) == (
        "Armed clash", "Unidentified Communal Militia (Chad)")


def test_a_unit_that_engaged_a_group_is_the_side_that_attacked():
    # illustrative: "a accroché un groupe armé" is an armed clash started by the unit
    text = ("Exemple illustratif. Le 17 mars, une unité en mission de sécurisation a accroché un groupe "
            "armé terroriste près de Gorgadji. Vingt terroristes ont été neutralisés.")
    [mention] = _mentions(text, "2024-03-20")
    assert (mention.sub_event_type, mention.actor1.name, mention.actor2.name) == (
        "Armed clash", "Military Forces of Burkina Faso (2022-)", "Unidentified Armed Group (Burkina Faso)")


def test_a_post_told_as_the_target_of_an_attack_defended():
    # illustrative: "a été la cible d'une attaque": the attackers are actor1 though named after the post
    text = ("Exemple illustratif. Le détachement militaire de Djibo a été la cible d'une attaque terroriste "
            "samedi. Les assaillants ont été repoussés. Trente terroristes ont été neutralisés et trois "
            "soldats ont perdu la vie.")
    [mention] = _mentions(text, "2024-03-12")
    assert (mention.actor1.name, mention.actor2.name) == (
        "Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso (2022-)")


def test_the_forces_beside_a_target_told_with_its_place_defended_with_it():
    # illustrative: the post's place between commas; the VDP killed beside the soldiers do not lead
    text = ("Exemple illustratif. Le détachement militaire de Sollé, dans la province du Loroum, a été la "
            "cible d'une attaque samedi. Trente terroristes ont été neutralisés. Côté ami, trois soldats et "
            "deux VDP ont perdu la vie.")
    [mention] = _mentions(text, "2024-03-12")
    assert (mention.actor1.name, mention.actor2.name) == (
        "Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso (2022-)")


def test_the_jihadists_after_the_one_group_named_before_are_its_men():
    # illustrative: "les jihadistes" stands for the JNIM named in the sentence before (generic_anaphor)
    text = ("Exemple illustratif. Les éléments du JNIM contrôlent les routes autour de Farabougou. Mardi, "
            "les jihadistes ont tué deux chauffeurs près du village.")
    [mention] = _mentions(text, "2024-03-14")
    assert mention.actor1.name == "JNIM: Jama'at Nusrat al-Islam wal Muslimin"


def test_the_attackers_standing_for_the_group_named_before_attacked():
    # illustrative: "les assaillants" are Boko Haram's men, and the noun tells that they attacked
    text = ("Exemple illustratif. Boko Haram reste actif autour de Mozogo. Dans la nuit de samedi à "
            "dimanche, des vigilants armés d'arcs ont affronté les assaillants pendant une heure. Trois "
            "assaillants ont été tués.")
    [mention] = _mentions(text, "2024-03-12")
    assert mention.actor1.name == "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"


def test_the_town_a_victim_was_heading_to_is_no_place_of_the_incident():
    # illustrative: "alors qu'il se rendait à Ténenkou" names the end of his journey (lexicon route)
    text = ("Exemple illustratif. Le maire de la commune de Dioura a été enlevé lundi par des individus "
            "armés alors qu'il se rendait à Ténenkou. Sa famille est sans nouvelles.")
    [mention] = _mentions(text, "2025-05-14")
    assert (mention.sub_event_type, mention.place.name) == ("Abduction/forced disappearance", "Dioura")


def test_the_town_the_displaced_reached_is_no_place_of_the_incident():
    # illustrative: "selon des déplacés arrivés à Dori" tells where the sources fled to (lexicon destination)
    text = ("Exemple illustratif. Samedi, des individus armés ont incendié le marché de Gorgadji et emporté "
            "des vivres, selon des déplacés arrivés à Dori.")
    [mention] = _mentions(text, "2025-05-14")
    assert mention.place.name == "Gorgadji"


def test_protesters_arrested_by_the_forces_are_a_protest_with_intervention():
    # illustrative: arrests at a protest are ACLED's protest with intervention, not arrests
    text = ("Exemple illustratif. Les forces de défense et de sécurité ont arrêté lundi à N'Djamena une "
            "vingtaine de jeunes qui manifestaient contre la vie chère.")
    [mention] = _mentions(text, "2025-05-14")
    assert mention.sub_event_type == "Protest with intervention"


def test_a_protester_killed_with_no_one_named_is_the_protest_s_toll():
    # illustrative: "Un manifestant a été tué par balle" names no killer: the riot's toll, no attack
    text = ("Exemple illustratif. Des habitants de Mongo ont manifesté lundi contre les coupures d'eau. Les "
            "manifestants ont érigé des barricades et incendié des pneus. Un manifestant a été tué par "
            "balle, selon des sources hospitalières.")
    [mention] = _mentions(text, "2025-05-14")
    assert (mention.sub_event_type, mention.fatalities.best) == ("Violent demonstration", 1)


def test_a_protester_killed_at_a_dispersed_protest_is_excessive_force():
    # illustrative: the forces dispersed the crowd and one protester died: excessive force
    text = ("Exemple illustratif. Des habitants de Mongo ont manifesté lundi contre les coupures d'eau. Les "
            "forces de l'ordre ont fait usage de gaz lacrymogènes pour les disperser. Un manifestant a "
            "été tué.")
    [mention] = _mentions(text, "2025-05-14")
    assert (mention.sub_event_type, mention.fatalities.best) == ("Excessive force against protesters", 1)


def test_a_week_told_after_the_protest_s_day_does_not_date_what_follows():
    # illustrative: "arrêté la semaine dernière" is the cause's week; the barricades are Monday's protest
    text = ("Exemple illustratif. Des habitants de Mongo ont manifesté lundi pour exiger la libération de "
            "leur chef de canton arrêté la semaine dernière par la gendarmerie. Les manifestants ont érigé "
            "des barricades et incendié des pneus.")
    [mention] = _mentions(text, "2025-05-14")
    assert (mention.sub_event_type, mention.date.event_date) == ("Violent demonstration", "2025-05-12")



def test_aircraft_backing_the_riposte_make_no_air_strike():
    # illustrative: "la riposte appuyée par des vecteurs aériens": the attack on the post is a clash
    text = ("Exemple illustratif. Des terroristes ont attaqué mardi le détachement militaire de Kaya. La "
            "riposte appuyée par des vecteurs aériens a permis de neutraliser une vingtaine d'assaillants.")
    [mention] = _mentions(text, "2025-05-14")
    assert (mention.sub_event_type, mention.fatalities.best) == ("Armed clash", 20)


def test_a_group_a_member_of_which_is_quoted_is_a_source_not_a_party():
    # illustrative: "selon un membre de la Civilian Joint Task Force": the militia tells the bombing, it did
    # not carry it out
    [mention] = _mentions(
        "Au moins douze personnes ont été tuées dimanche dans un attentat-suicide dans un marché de Konduga, "
        "dans l'Etat de Borno. Une femme s'est fait exploser au milieu des clients, selon un membre de la "
        "Civilian Joint Task Force (CJTF).")
    assert (mention.actor1.name, mention.actor2.name) == (
        "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")


def test_a_crowd_dispersed_with_tear_gas_grenades_is_a_protest_with_intervention():
    # illustrative: "grenades lacrymogènes" are no grenade attack; the dispersal joins the protest
    mentions = _mentions(
        "Les étudiants ont manifesté mardi à Niamey pour réclamer le paiement de leurs bourses. Partis du "
        "campus, ils ont tenté de rejoindre le ministère mais ont été dispersés par la police à coups de "
        "grenades lacrymogènes.")
    assert [m.sub_event_type for m in mentions] == ["Protest with intervention"]


def test_a_partys_claimed_toll_gives_way_to_a_count_of_both_sides():
    # illustrative: the rebels' claim of twelve soldiers killed is only their word; the army's count of its
    # own dead, told with the attackers' dead, is the toll
    [mention] = _mentions(
        "Un convoi de l'armée est tombé lundi dans une embuscade près de Tombouctou. Le FLA revendique "
        "l'attaque et affirme avoir tué douze soldats. L'armée fait état de trois militaires tués et de sept "
        "assaillants neutralisés.")
    assert mention.fatalities.best == 10


def test_the_day_the_wounded_died_dates_neither_the_incident_nor_the_sentences_after_it():
    # illustrative: the wounded who died on Sunday join Saturday's attack, and the arson told after them is
    # the same attack, not a Sunday incident at the health centre's town
    text = ("Exemple illustratif. Le bilan de l'attaque menée samedi contre le village de Tamou, dans la "
            "région de Tillabéri, s'est alourdi à 12 morts. Selon un élu local, cinq blessés ont succombé à "
            "leurs blessures au centre de santé de Torodi dans la journée de dimanche. Les assaillants ont "
            "également incendié des greniers et emporté du bétail.")
    mentions = _mentions(text, "2026-10-06")
    assert [(m.date.event_date, m.place.name, m.fatalities.best) for m in mentions] == [
        ("2026-10-03", "Tamou", 12)]


def test_a_village_named_like_an_abbreviation_of_a_capital_abroad_stays_in_the_sahel():
    """Illustrative: 'près de Ber' in a report on the FAMa and JNIM is the Malian village, not Berlin
    (GeoNames has 'Ber' as a short name of Berlin): the event stays in Mali, with no German forces."""
    text = ("Exemple illustratif. Des hommes armés ont tué trois civils près de Ber dimanche, selon des "
            "sources locales. Les FAMa ont déployé des renforts. Le JNIM est soupçonné.")
    mentions = _mentions(text)
    assert {m.place.country for m in mentions} == {"ML"}
    assert not any("Germany" in (a.name or "") for m in mentions for a in (m.actor1, m.actor2) if a)


@pytest.mark.parametrize("text", [
    "Exemple illustratif. Selon un rapport publié lundi par OCHA, au moins 140 civils ont été tués dans la "
    "région de Tombouctou depuis le début de l'année.",
    "Exemple illustratif. Au moins 140 civils ont été tués dans la région de Tombouctou depuis janvier, "
    "selon OCHA.",
])
def test_a_toll_counted_since_the_start_of_the_year_is_no_event(text):
    # illustrative: a humanitarian tally over months names no incident, even with the report's day
    assert _mentions(text, "2026-02-03") == []


def test_a_toll_with_its_own_day_is_still_an_event_beside_a_siege_since_a_month():
    text = ("Exemple illustratif. Des hommes armés ont tué lundi cinq civils à Léré, dans le cercle de "
            "Niafunké, ville assiégée depuis janvier.")
    assert [m.date.event_date for m in _mentions(text, "2026-02-03")] == ["2026-02-02"]


def test_officials_who_met_in_a_capital_are_no_protest():
    # illustrative: "se sont réunis ... pour faire le point" is a meeting; the terror words make it relevant
    text = ("Exemple illustratif. Les ministres de la Défense du Burkina Faso, du Mali et du Niger se sont "
            "réunis mardi à Niamey pour faire le point sur la force unifiée engagée contre les groupes "
            "terroristes.")
    assert _mentions(text, "2026-01-14") == []


def test_a_warning_that_any_protest_would_be_repressed_is_no_second_protest():
    # illustrative: the minister's warning of the day before tells no gathering
    text = ("Exemple illustratif. Une marche de l'opposition a été dispersée jeudi à N'Djamena. Le ministre "
            "de la Sécurité publique avait rappelé la veille que toute manifestation non autorisée serait "
            "réprimée.")
    assert [m.date.event_date for m in _mentions(text, "2026-04-16")] == ["2026-04-16"]


def test_people_who_gathered_far_from_their_demand_are_still_a_protest():
    # illustrative: "se sont réunies" with the demand a dozen words later is a gathering, not a meeting
    text = ("Exemple illustratif. À Tahoua, des centaines de personnes se sont réunies dimanche près du camp "
            "militaire où stationnent les soldats étrangers, pour demander le départ des troupes.")
    assert [m.event_type for m in _mentions(text, "2026-01-14")] == ["Protests"]


def test_a_provisional_toll_told_in_the_pluperfect_gives_way_to_the_final_one():
    # illustrative: the first communiqué's "bilan provisoire" is superseded by the "bilan définitif" (6 + 31)
    text = ("Exemple illustratif. Le camp militaire de Boulkessi, dans le cercle de Douentza, a été attaqué "
            "le dimanche 18 janvier 2026. Dans un premier communiqué publié dimanche, l'Etat-major avait "
            "fait état d'un bilan provisoire de quatre morts et sept blessés côté FAMa, et de quinze "
            "terroristes neutralisés. Dans un second communiqué publié lundi soir, l'Etat-major a donné le "
            "bilan définitif : six militaires tués, neuf blessés et trente et un terroristes neutralisés.")
    assert [m.fatalities.best for m in _mentions(text, "2026-01-20")] == [37]


def test_the_day_of_a_claim_does_not_date_the_ambush_it_claims():
    # illustrative: "revendiquée dimanche" is the claim's day; the ambush of Saturday is one event
    text = ("Exemple illustratif. Un convoi escorté par l'armée a été attaqué samedi entre Namssiguia et "
            "Djibo, dans la province du Soum. Une vingtaine de soldats ont été tués lors de l'embuscade, "
            "revendiquée dimanche par le JNIM.")
    assert [(m.date.event_date, m.fatalities.best) for m in _mentions(text, "2026-03-16")] == [
        ("2026-03-14", 20)]


def test_the_day_local_sources_were_reached_dates_no_later_sentence():
    # illustrative: "selon des sources locales jointes samedi" is the day of the statement, not the attack's
    text = ("Exemple illustratif. L'attaque perpétrée jeudi contre le village de Tidermène, dans la région "
            "de Ménaka, a fait 14 morts, selon des sources locales jointes samedi par notre rédaction. Les "
            "assaillants ont incendié des greniers.")
    [mention] = _mentions(text, "2025-12-14")
    assert mention.date.event_date == "2025-12-11"


def test_a_town_in_the_cercle_the_sentence_names_is_the_place():
    # illustrative: the cercle's unit ('Cercle de Niono' in GeoNames) is named like the town's unit ('Niono')
    text = ("Exemple illustratif. Le maire de la commune rurale de Diabaly, dans le cercle de Niono, a été "
            "enlevé lundi soir par des hommes armés non identifiés.")
    article = Article(id="t", text=text, raw_text=text, published="2025-10-14", language="fr")
    [mention] = extract_article(article)
    assert (mention.place.name, mention.place.admin2) == ("Diabaly", "Niono")


def test_a_flight_in_the_days_after_the_attack_is_no_new_incident():
    # illustrative sentence: where the villagers fled after the attack already told
    text = ("Illustratif : selon ces sources, quelque 3 000 personnes ont fui le village dans les jours "
            "qui ont suivi l'attaque et se sont réfugiées à Pama et Fada N'Gourma, dans l'est du Burkina "
            "Faso.")
    assert _mentions(text, published="2026-10-28") == []


def test_arrests_of_people_the_report_does_not_name_are_of_civilians():
    # illustrative: ACLED's actor2 of an arrest is the people held; unnamed, they are civilians
    text = ("Exemple illustratif. Trois individus ont été interpellés mardi à Abala par les forces de "
            "défense et de sécurité, a annoncé le gouverneur de Tillabéri.")
    article = Article(id="t", text=text, raw_text=text, published="2026-03-05", language="fr")
    [mention] = extract_article(article)
    assert mention.sub_event_type == "Arrests"
    assert mention.actor1.name == "Military Forces of Niger (2023-)"
    assert mention.actor2.name == "Civilians (Niger)"


def test_the_forces_of_the_reports_backdrop_are_no_party_to_a_raid_on_villagers():
    # illustrative: the army is named only in the comparison with an earlier offensive, no party to this raid
    text = ("Exemple illustratif. Quatre personnes ont été tuées à Toumour par des éléments de Boko Haram "
            "dans la nuit de vendredi à samedi, a déclaré le gouverneur de Diffa.\n"
            "C'est la première attaque dans la zone depuis juin, lorsque Boko Haram avait lancé une "
            "offensive avant d'être repoussé par les forces militaires.")
    [mention] = _mentions(text, published=None)
    assert mention.sub_event_type == "Attack"
    assert mention.actor2.name == "Civilians (Niger)" and mention.fatalities.best == 4


def test_the_forces_of_other_incidents_are_no_party_to_a_bombing_told_after_them():
    # illustrative: the soldiers belong to the post's attack told first, not to the bombing told after it
    text = ("Exemple illustratif. Samedi, l'armée a repoussé une attaque de Boko Haram contre une de ses "
            "positions près de N'Guigmi, tuant dix assaillants. Début juillet, six soldats nigériens avaient "
            "été tués dans l'attaque du poste de Bla Brin, selon un bilan de l'armée. En juin, deux "
            "kamikazes avaient fait exploser leurs ceintures d'explosifs dans la ville de Diffa, tuant cinq "
            "personnes.")
    bombing = [m for m in _mentions(text, published=None) if m.sub_event_type == "Suicide bomb"]
    assert [m.actor2.name for m in bombing] == ["Civilians (Niger)"]


def test_two_communities_named_as_a_clashs_sides_are_their_communal_militias():
    # illustrative: communities the actor dictionary does not know
    text = ("Exemple illustratif. Six personnes ont été tuées samedi dans des affrontements entre les "
            "communautés de Tabi et de Kouri, au Tchad, selon le gouverneur.")
    [mention] = _mentions(text, published="2024-05-20")
    assert (mention.actor1.name, mention.actor2.name) == ("Tabi Communal Militia", "Kouri Communal Militia")


@pytest.mark.parametrize("text", [
    # illustrative: the mining ministry is no landmine, a habit of bombs no incident, a strike without a
    # gathering no protest, a figurative hostage-taking no abduction, reinforcements sent no event
    "Exemple illustratif. Le ministère en charge des mines rappelle que l'exploitation artisanale de l'or "
    "est suspendue dans la province du Soum.",
    "Exemple illustratif. Les engins explosifs improvisés sont devenus l'une des principales menaces pour "
    "les patrouilles entre Téra et Gothèye.",
    "Exemple illustratif. Les enseignants ont entamé lundi une grève illimitée à N'Djamena. En 2023, une "
    "grève similaire avait paralysé les écoles publiques pendant près de deux mois avant la signature d'un "
    "accord.",
    "Exemple illustratif. Le gouvernement accuse le syndicat de « prendre les élèves en otage » à "
    "N'Djamena.",
    "Exemple illustratif. Des renforts de l'armée ont été envoyés lundi dans la zone de Goré.",
])
def test_sentences_that_tell_no_incident(text):
    assert _mentions(text, "2025-10-06") == []


def test_similar_rallies_held_in_named_towns_are_protests_there():
    text = ("Exemple illustratif. Des milliers de personnes ont marché samedi à Niamey pour soutenir le "
            "CNSP. D'autres rassemblements similaires ont eu lieu à Zinder et à Maradi, selon les "
            "organisateurs.")
    mentions = _mentions(text, "2025-08-03")
    assert sorted((m.place.name, m.event_type) for m in mentions) == [
        ("Maradi", "Protests"), ("Niamey", "Protests"), ("Zinder", "Protests")]


def test_a_press_briefing_dates_and_places_nothing():
    text = ("Exemple illustratif. Un affrontement entre éleveurs et agriculteurs a fait douze morts lundi "
            "10 mars à Bédaya, dans la province du Mandoul, a annoncé le gouverneur de la province au cours "
            "d'un point de presse mardi à Koumra. Des éléments de la gendarmerie ont été déployés pour "
            "ramener le calme. Une quinzaine de personnes ont été interpellées.")
    mentions = _mentions(text, "2025-03-12")
    assert [(m.date.date_start, m.place.name, m.fatalities.best) for m in mentions] == [
        ("2025-03-10", "Bédaya", 12)]


def test_a_claim_in_the_active_voice_dates_no_second_incident():
    text = ("Exemple illustratif. Huit militaires béninois ont été tués jeudi dernier lors de l'attaque "
            "d'une position de l'armée à Karimama. Le JNIM a revendiqué l'attaque samedi dans un message. "
            "L'armée affirme que cinq assaillants ont été tués lors de la riposte.")
    mentions = _mentions(text, "2025-06-16")
    assert [(m.date.date_start, m.fatalities.best) for m in mentions] == [("2025-06-12", 13)]


def test_a_weekend_told_day_by_day_is_two_incidents_of_communal_militias():
    text = ("Exemple illustratif. Des violences ont fait au moins dix morts ce week-end près de Goré, dans "
            "la province du Logone Oriental. Samedi, des éleveurs armés ont attaqué le village de Bessao, "
            "tuant sept villageois. Le lendemain, des jeunes du village ont mené des représailles contre un "
            "campement d'éleveurs voisin, tuant trois éleveurs.")
    mentions = _mentions(text, "2025-05-20")
    told = [(m.date.date_start, m.fatalities.best) for m in mentions]
    assert told == [("2025-05-17", 7), ("2025-05-18", 3)]
    assert {m.actor1.name for m in mentions} == {"Unidentified Communal Militia (Chad)"}


def test_barracks_attacked_are_a_clash_with_the_army():
    [mention] = _mentions("Illustratif : des jihadistes ont attaqué dimanche la caserne de Boni.")
    assert mention.sub_event_type == "Armed clash"
    assert mention.actor2.name == "Military Forces of Mali (2021-)"


def test_a_sahel_town_stands_beside_a_neighbours_rebels_named_in_the_backdrop():
    [mention] = _mentions("Illustratif : des hommes armés ont tué sept villageois près de Djibo samedi. "
                          "Le Mali est en proie aux violences depuis 2012, lorsque des rebelles touareg ont "
                          "pris le nord.")
    assert (mention.place.name, mention.place.country) == ("Djibo", "BF")


def test_a_town_named_as_its_commune_before_its_province_places_the_toll_told_next():
    # illustrative: the toll's sentence names no place; the town told with its province in brackets before it
    text = ("Exemple illustratif. Des familles entières ont quitté la commune de Nassoumbou "
            "(province du Soum). Quatre civils ont été tués par des hommes armés dimanche dernier, "
            "selon des habitants.")
    [mention] = _mentions(text, "2026-07-16")
    assert mention.place.name == "Nassoumbou"


def test_where_the_wounded_were_taken_does_not_place_the_next_sentence():
    # illustrative: Dosso is only where the wounded went; the toll told next is of the post of Bani Bangou
    text = ("Exemple illustratif. Le poste de Bani Bangou a été attaqué mardi dernier par des terroristes ; "
            "les blessés ont été évacués sur Dosso. Trois gendarmes ont été tués lors de l'assaut.")
    mentions = _mentions(text, "2026-07-16")
    assert mentions and all(m.place.name != "Dosso" for m in mentions)


def test_fighters_put_out_of_action_make_an_event():
    text = ("Exemple illustratif. Les FDS ont mis hors d'état de nuire sept terroristes dans la nuit du "
            "lundi au mardi près de Kantchari.")
    [mention] = _mentions(text, "2026-07-16")
    assert (mention.event_type, mention.fatalities.best) == ("Battles", 7)


def test_the_town_of_a_security_source_does_not_place_the_toll():
    # illustrative: Maïné-Soroa is where the security source speaks from; the toll is of the attack on Bosso
    text = ("Exemple illustratif. Dans la nuit de lundi à mardi, des jihadistes ont attaqué le poste de "
            "Bosso. Quatre gendarmes ont été tués, selon une source sécuritaire à Maïné-Soroa.")
    [mention] = _mentions(text, "2026-07-16")
    assert mention.place.name == "Bosso"


def test_a_kidnapping_and_the_body_found_later_are_two_events():
    text = ("Rapport illustratif de la région de l'Est. Le chef du village de Kompienga, enlevé mercredi "
            "par des hommes armés, a été retrouvé mort dimanche près de Pama, selon des habitants.")
    mentions = sorted(_mentions(text, published="2024-03-12"), key=lambda m: m.date.event_date)
    assert [(m.sub_event_type, m.date.event_date) for m in mentions] == [
        ("Abduction/forced disappearance", "2024-03-06"), ("Attack", "2024-03-10")]


def test_an_army_disputing_a_toll_with_its_own_figure_widens_the_range_and_is_no_attacker():
    text = ("Rapport illustratif. Des sources locales font état d'une vingtaine de civils tués samedi dans "
            "l'attaque du village de Seytenga. L'armée dément ce bilan et parle de trois morts.")
    [mention] = _mentions(text, published="2024-03-12")
    assert mention.actor1.name == "Unidentified Armed Group (Burkina Faso)"
    assert (mention.fatalities.low, mention.fatalities.high) == (3, 20)


def test_self_defence_men_killed_at_their_post_are_a_side_of_the_clash():
    # illustrative: the Koglweogo counted as dead fought back; their dead and the assailants' make one toll
    text = ("Exemple illustratif. Quatre membres du groupe d'autodéfense Koglweogo ont été tués dans la nuit "
            "de vendredi à samedi lors d'une attaque contre leur poste près de Tenkodogo. Ils ont riposté, "
            "et trois assaillants ont été tués.")
    [mention] = _mentions(text, "2026-09-15")
    assert mention.sub_event_type == "Armed clash"
    assert "Koglweogo Militia" in {mention.actor1.name, mention.actor2.name}
    assert mention.fatalities.best == 7


def test_a_side_dead_told_after_a_toll_of_fighting_between_two_sides_is_among_it():
    # illustrative: the twelve dead of the fighting are of both sides; the four assailants are among them
    text = ("Exemple illustratif. Au moins douze personnes ont été tuées samedi dans des combats entre des "
            "jihadistes de l'État islamique et des combattants du MSA près de Ménaka. Selon un élu local, "
            "quatre assaillants ont également été tués.")
    [mention] = _mentions(text, "2026-10-12")
    assert mention.fatalities.best == 12


def test_a_march_against_a_trend_of_attacks_is_a_protest_of_its_day():
    # illustrative: "les enlèvements se multiplient" is the march's grievance, not all the sentence tells
    text = ("Exemple illustratif. Des centaines de personnes ont marché dimanche dans les rues de Tahoua "
            "pour exiger la sécurisation des routes de la région, où les enlèvements se multiplient. La "
            "marche s'est déroulée dans le calme.")
    [mention] = _mentions(text, "2026-02-17")
    assert (mention.sub_event_type, mention.date.event_date, mention.place.name) == (
        "Peaceful protest", "2026-02-15", "Tahoua")


def test_the_government_s_own_count_of_protesters_killed_is_no_second_event():
    # illustrative: the authorities' figure is another count of the same dead; it widens the range
    text = ("Exemple illustratif. Au moins cinq personnes ont été tuées jeudi à N'Djamena lorsque la police "
            "a dispersé à balles réelles une marche de l'opposition. Le gouvernement parle de trois morts "
            "et accuse les manifestants d'avoir attaqué des policiers.")
    [mention] = _mentions(text, "2026-10-17")
    assert mention.sub_event_type == "Excessive force against protesters"
    assert (mention.fatalities.low, mention.fatalities.high) == (3, 5)


def test_the_army_s_claim_of_fighters_killed_in_a_strike_on_a_market_is_its_account_of_the_same_dead():
    # illustrative: residents speak on Monday of Saturday's strike; the army's figure only widens the range
    text = ("Exemple illustratif. Une frappe de drone a touché samedi le marché de Sebba, tuant au moins "
            "douze civils, ont affirmé lundi à l'AFP des habitants. « Il y avait des femmes et des "
            "enfants », a raconté un commerçant. Dans un communiqué, l'armée a affirmé avoir « neutralisé "
            "une trentaine de terroristes » dans la zone de Sebba.")
    [mention] = _mentions(text, "2026-04-07")
    assert (mention.sub_event_type, mention.date.event_date) == ("Air/drone strike", "2026-04-04")
    assert mention.actor2.name == "Civilians (Burkina Faso)"
    assert (mention.fatalities.best, mention.fatalities.low, mention.fatalities.high) == (12, 12, 30)


def test_a_lead_claim_with_the_deed_s_own_night_and_place_is_that_deed():
    # illustrative: the claim's day (lundi) is not the sabotage's night; the blast told next gives the means
    text = ("Exemple illustratif. Le Front patriotique de libération (FPL) a revendiqué lundi le sabotage de "
            "l'oléoduc dans la nuit du vendredi 3 au samedi 4 juillet, près de Tanout, dans la région de "
            "Zinder. Dans un communiqué, le FPL affirme que ses combattants ont fait exploser la conduite.")
    [mention] = _mentions(text, "2026-07-08")
    assert (mention.sub_event_type, mention.date.event_date, mention.place.name) == (
        "Remote explosive/landmine/IED", "2026-07-03", "Tanout")
    assert mention.actor1.name == "FPL: Patriotic Liberation Front"


def test_soldiers_and_foreign_fighters_who_executed_civilians_are_the_attackers():
    # illustrative: the army leads, the Africa Corps is associated; the group the victims were accused of
    # helping is no attacker; the bodies counted later are the civilians executed
    text = ("Exemple illustratif. Des soldats maliens et des combattants étrangers, selon des témoins "
            "membres de l'Africa Corps russe, ont exécuté sommairement au moins neuf hommes civils le 3 mars "
            "2026 à Dioura. Des témoins ont raconté que les militaires ont rassemblé les hommes près du "
            "marché, les ont accusés de collaborer avec les jihadistes du JNIM, puis ont abattu plusieurs "
            "d'entre eux. Les corps de neuf hommes ont été enterrés le lendemain.")
    [mention] = _mentions(text, None)
    assert mention.actor1.name == "Military Forces of Mali (2021-)"
    assert [a.name for a in mention.assoc_actor_1] == ["Africa Corps"]
    assert (mention.actor2.name, mention.fatalities.best) == ("Civilians (Mali)", 9)


def test_a_media_suspension_told_in_a_roundup_takes_no_place_from_the_paragraph_before():
    # illustrative: the suspension names no actor nor place of its own; the kidnapping is the only event
    text = ("Exemple illustratif. Mali. Le maire de Boni a été enlevé mardi par des hommes armés sur la "
            "route entre Boni et Hombori. L'enlèvement n'a pas été revendiqué. Samedi, les autorités de "
            "transition ont par ailleurs suspendu pour un mois la diffusion d'une radio étrangère, accusée "
            "de « faire l'apologie du terrorisme ».")
    assert [m.sub_event_type for m in _mentions(text, "2026-11-23")] == ["Abduction/forced disappearance"]


def test_an_armys_claim_with_a_figure_in_words_is_kept_beside_the_civilians_dead():
    """Illustrative: the army's own version says nothing of civilians but gives "une cinquantaine": not
    dropped as a version with no figure, it raises the top of the range."""
    text = ("Une frappe de drone a touché dimanche le marché de Mansila, dans la province du Yagha, tuant au "
            "moins 23 civils, selon des habitants. Dans un communiqué lu lundi, l'armée a affirmé avoir "
            "« neutralisé une cinquantaine de terroristes » dans la zone de Mansila, sans évoquer de "
            "victimes civiles.")
    article = Article(id="t-fr", text=text, raw_text=text, published="2026-04-07", language="fr")
    [mention] = extract_article(article)
    assert (mention.fatalities.best, mention.fatalities.high) == (23, 50)


def test_a_march_whose_aim_names_attacks_is_a_peaceful_protest():
    """Illustrative: the crowd's march is the event, not the attacks its aim names; a memorandum handed to the
    prefect is no place handed over."""
    text = ("Plusieurs centaines d'habitants de Téra ont marché dimanche dans le calme pour réclamer la "
            "sécurisation de la route de Niamey, souvent visée par des attaques. Les manifestants ont "
            "ensuite rejoint la préfecture où ils ont remis un mémorandum au préfet.")
    [mention] = _mentions(text, "2026-11-16")
    assert mention.sub_event_type == "Peaceful protest"
    assert mention.place.name == "Téra"


def test_attacks_of_recent_months_on_a_road_are_no_incident():
    text = ("Des commerçants ont marché samedi à Dori pour demander la réouverture du marché. Ces derniers "
            "mois, plusieurs camions ont été attaqués et incendiés sur cet axe par des hommes armés.")
    assert [m.sub_event_type for m in _mentions(text, "2026-11-16")] == ["Peaceful protest"]


def test_a_night_told_with_its_full_dates_dates_an_undated_report():
    """Illustrative: no publication date; the night "du mardi 20 au mercredi 21 octobre 2026" opens the
    report and dates the attack told in the next sentences."""
    text = ("Dans la nuit du mardi 20 au mercredi 21 octobre 2026, des hommes armés ont attaqué la maison "
            "d'arrêt de Niono, dans la région de Ségou. Deux gardes pénitentiaires ont été tués lors de "
            "l'assaut, selon une source judiciaire.")
    [mention] = _mentions(text, None)
    assert mention.date.event_date == "2026-10-20"


def test_wounded_who_died_are_part_of_the_total_they_bring_the_toll_to():
    text = ("Le bilan de l'attaque perpétrée dimanche contre une église près de Titao s'est alourdi. "
            "« Quatre blessés ont succombé à leurs blessures », portant à douze le nombre de fidèles tués, "
            "précise le diocèse.")
    [mention] = _mentions(text, "2026-10-13")
    assert (mention.fatalities.low, mention.fatalities.best) == (12, 12)


def test_the_day_an_army_acknowledged_a_strike_is_not_the_strikes_day():
    """Illustrative: "a reconnu mercredi ... une frappe menée samedi": the strike is Saturday's, one event."""
    text = ("L'armée malienne a reconnu mercredi des « pertes civiles » lors d'une frappe de drone menée "
            "samedi près de Niafunké, dans la région de Tombouctou. Selon des habitants, la frappe a touché "
            "une cérémonie de mariage et fait au moins 15 morts.")
    mentions = _mentions(text, "2026-10-29")
    assert [(m.sub_event_type, m.date.event_date) for m in mentions] == [("Air/drone strike", "2026-10-24")]


def test_the_day_an_ngo_suspended_its_work_is_not_the_day_its_staff_were_killed():
    text = ("Une ONG a suspendu jeudi ses activités dans la région de Ménaka après la mort de deux de ses "
            "employés, tués mardi par des hommes armés entre Ménaka et Andéramboukane.")
    [mention] = _mentions(text, "2026-11-22")
    assert mention.date.event_date == "2026-11-17"


def test_an_ambush_told_after_a_clash_does_not_split_the_dead_of_the_other_side_off():
    """Illustrative: the second sentence reads as mob violence naming no crowd; it must not keep the
    assailants' dead, told next, out of the clash."""
    text = ("Au moins cinq chasseurs dozos ont été tués mercredi lors d'affrontements avec de présumés "
            "jihadistes près de Kouakourou, dans le cercle de Djenné. Les dozos sont tombés dans une "
            "embuscade alors qu'ils accompagnaient des paysans vers leurs champs. « Huit assaillants ont été "
            "tués », affirme un chef dozo.")
    mentions = _mentions(text, "2026-11-13")
    assert [m.sub_event_type for m in mentions] == ["Armed clash"]


def test_militants_arrested_before_a_planned_march_are_arrests_not_a_protest():
    text = ("La police a arrêté jeudi à N'Djamena une quinzaine de militants d'un parti d'opposition qui "
            "préparaient une marche interdite, selon leur avocat.")
    [mention] = _mentions(text, "2026-11-22")
    assert mention.sub_event_type == "Arrests"


def test_prison_guards_are_the_police_of_the_country():
    text = ("Des hommes armés ont attaqué mardi soir la maison d'arrêt de Niono, dans la région de Ségou. "
            "Deux gardes pénitentiaires ont été tués lors de l'échange de tirs, selon une source judiciaire.")
    [mention] = _mentions(text, "2026-10-22")
    assert "Police Forces of Mali" in " ".join(a.name for a in (mention.actor1, mention.actor2) if a)


def test_the_attackers_an_army_says_it_killed_right_after_its_own_dead_add_to_the_toll():
    """Illustrative: 12 soldiers dead, then the army's count of the attackers killed in the same fight
    (more than thirty above the lead, told two sentences later): one clash of 62."""
    text = ("Douze militaires tchadiens ont été tués dans la nuit de samedi à dimanche dans une attaque de "
            "Boko Haram contre une position de l'armée près de Bol, dans la province du Lac. Les assaillants "
            "sont arrivés à bord de pirogues. « La riposte de nos forces a permis de neutraliser 50 "
            "terroristes », affirme l'état-major.")
    [mention] = _mentions(text, "2026-11-09")
    assert mention.fatalities.best == 62


def test_soldiers_who_find_the_bodies_are_no_perpetrators():
    text = ("Exemple illustratif. Les militaires ont découvert les corps de 12 bergers près de Ménaka lundi. "
            "Les bergers avaient disparu la semaine dernière.")
    [m] = _mentions(text)
    assert m.fatalities.best == 12 and m.actor1.name.startswith("Unidentified Armed Group")


def test_a_round_up_heading_tells_the_day_of_its_paragraph():
    """Illustrative round-up: an undated section heading opens the paragraph after it, whose day it takes,
    not the day of the section before; a town of a country named only as "Burkina" is kept."""
    text = ("Niger : une délégation officielle en visite à Niamey\n\n"
            "Une délégation du ministère de la Défense a séjourné à Niamey samedi 14 mars pour une réunion "
            "de travail.\n\n"
            "Diffa : quatre éleveurs tués près de Bosso\n\n"
            "Quatre éleveurs ont été tués mercredi 11 mars par des combattants de Boko Haram près de Bosso, "
            "selon des sources locales.\n\n"
            "Burkina : une marche à Ouagadougou\n\n"
            "Des centaines de commerçants ont marché pacifiquement jeudi 12 mars à Ouagadougou contre la "
            "hausse des taxes.")
    mentions = _mentions(text, "2024-03-15")
    killings = [m for m in mentions if m.fatalities.best]
    assert [(m.place.name, m.date.event_date) for m in killings] == [("Bosso", "2024-03-11")]
    protests = [m for m in mentions if m.event_type == "Protests"]
    assert [(m.place.name, m.place.country) for m in protests] == [("Ouagadougou", "BF")]


def test_an_agreement_told_as_ended_is_no_agreement():
    """Illustrative: troops leaving after a defence agreement was ended tell no Agreement event."""
    text = ("Exemple illustratif. Les derniers soldats allemands ont quitté Niamey samedi 14 mars, après la "
            "dénonciation par les autorités de l'accord de coopération militaire qui liait les deux pays.")
    mentions = _mentions(text, "2024-03-15")
    assert all(m.sub_event_type != "Agreement" for m in mentions)
    assert all(m.event_type == "Strategic developments" for m in mentions)


def test_employees_killed_in_an_ambush_are_civilians_and_a_mining_company_is_no_landmine():
    """Illustrative (fr25): a contractor's employees killed in an ambush near a gold mine are civilians
    attacked, not soldiers hit by a landmine; the mine's management suspending travel is no event."""
    text = ("Exemple illustratif. Quatre employés d'une société de transport de la mine d'or d'Essakane "
            "ont été tués mardi 12 mars dans une embuscade tendue par des hommes armés près d'Essakane.\n\n"
            "La direction de la mine a suspendu tous les déplacements de son personnel.")
    [m] = _mentions(text)
    assert m.sub_event_type == "Attack" and m.actor2.name == "Civilians (Burkina Faso)"
    assert m.place.name == "Essakane"


def test_a_recalled_ambush_on_mine_workers_with_dead_of_no_side_is_an_attack_on_them():
    """Illustrative (fr24-07, fr25): an old ambush on a convoy carrying workers, its dead of no side and no
    force named, is an attack on those workers, not a clash with the army."""
    text = ("Exemple illustratif. En août 2019, une embuscade contre un convoi qui transportait des employés "
            "d'une société minière près de Boungou avait fait 38 morts.")
    [m] = _mentions(text)
    assert m.sub_event_type == "Attack" and m.actor2.name.startswith("Civilians")


def test_cadets_of_the_gendarmerie_are_security_and_a_later_claim_only_widens_the_range():
    """Illustrative (fr25): "élèves gendarmes" killed are the forces' dead (not pupils); told in reported
    speech in the pluperfect they are this attack's, and the attackers' claim of "dozens" is another count."""
    text = ("Exemple illustratif. Des combattants du JNIM ont attaqué mardi 12 mars l'école de gendarmerie "
            "de Kati. L'armée a affirmé que « une vingtaine d'assaillants ont été neutralisés ». Une source "
            "sécuritaire a indiqué à l'AFP qu'au moins douze élèves gendarmes avaient été tués. Le JNIM a "
            "affirmé avoir tué « des dizaines » de militaires.")
    [m] = _mentions(text)
    assert m.sub_event_type == "Armed clash" and m.fatalities.best == 32
    assert {m.actor1.name, m.actor2.name} == {"JNIM: Jama'at Nusrat al-Islam wal Muslimin",
                                              "Military Forces of Mali (2021-)"}


def test_people_arrested_then_executed_before_a_closing_quote_are_no_arrest():
    """Illustrative (fr25): "les ont arrêtés, ligotés puis exécutés »" tells a killing, not an arrest."""
    said = ", a affirmé un parent."
    assert taken_then_killed("« Les militaires les ont arrêtés, ligotés puis exécutés »" + said, "fr")
    assert not taken_then_killed("« Les militaires les ont arrêtés puis relâchés »" + said, "fr")


def test_a_ban_on_rallies_is_no_protest_and_a_palace_is_no_place():
    """Illustrative (fr25): the ban told the day before is no peaceful protest; "le Palais de la culture de
    Bamako" places the rally in Bamako, not at a village named Palais."""
    text = ("Exemple illustratif. La police a dispersé mardi 12 mars au gaz lacrymogène des centaines de "
            "manifestants rassemblés devant le Palais de la culture de Bamako. Le gouvernement avait "
            "interdit la veille tout rassemblement à caractère politique.")
    [m] = _mentions(text)
    assert m.sub_event_type == "Protest with intervention"
    assert m.place.name == "Bamako"


def test_a_group_named_in_another_paragraph_told_the_same_day_is_no_claimant():
    """Illustrative (fr25): suspects "of belonging to Boko Haram" arrested elsewhere "par ailleurs, le même
    jour" do not make Boko Haram the army's foe in the clash told before."""
    text = ("Exemple illustratif. Le mardi 12 mars, une unité des FAN a accroché un groupe de terroristes "
            "près de Makalondi. Quinze terroristes ont été neutralisés.\n\n"
            "Par ailleurs, le même jour, les forces de défense et de sécurité ont interpellé à N'Guigmi deux "
            "individus soupçonnés d'appartenir à un réseau de Boko Haram.")
    clash = next(m for m in _mentions(text) if m.sub_event_type == "Armed clash")
    assert "Boko Haram" not in clash.actor1.name + clash.actor2.name


def test_a_weak_bomb_guess_of_a_heading_gives_way_to_the_gunmen_told_after_it():
    """Illustrative (fr25): a round-up heading guessed as a bomb, above gunmen who stopped a bus and shot
    passengers, is an attack (no sentence names an explosive)."""
    text = ("La semaine au Sahel\n\n"
            "Mali : trois passagers tués près de Tominian\n\n"
            "Mardi 12 mars, des hommes armés ont intercepté un car de transport sur la route de Tominian et "
            "tué trois passagers avant d'incendier le véhicule, selon des élus locaux.")
    [m] = [m for m in _mentions(text) if m.fatalities.best]
    assert m.sub_event_type == "Attack" and m.place.name == "Tominian"


@pytest.mark.parametrize(("text", "best"), [
    # illustrative: des morts dits en plus ("un autre", "deux autres") s'ajoutent au bilan du premier
    ("Des hommes armés ont tué un berger près de Djibo lundi. Un autre berger a été abattu non loin de "
     "là.", 2),
    ("Des hommes armés ont tué deux bergers près de Djibo lundi. Deux autres bergers ont été tués non loin "
     "de là.", 4),
    ("Deux autres soldats tués près de Djibo. Deux autres soldats ont été tués lundi près de Djibo.", 2),
    ("Six militaires ont été tués lundi par deux engins explosifs près de Djibo. Le premier a tué quatre "
     "soldats. Une heure plus tard, le second a tué deux autres soldats.", 6),
])
def test_dead_told_as_more_add_to_the_lead_toll(text, best):
    [mention] = _mentions(text, "2026-03-11")
    assert mention.fatalities.best == best
