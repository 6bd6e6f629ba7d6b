"""The relevance filter keeps conflict sentences in English and French (illustrative sentences)."""

import pytest

from sahelwatch.read.relevance import cue_spans, has_violence_cue, is_relevant, reports_no_event, tells_rumour


def test_conflict_sentences_are_relevant():
    assert is_relevant("Gunmen ambushed a patrol near Ayorou.")
    assert is_relevant("Des hommes armés ont enlevé trois enseignants.", "fr")
    assert is_relevant("Deux gardes ont perdu la vie.", "fr")  # a death told without a conflict word


def test_other_sentences_are_not():
    assert not is_relevant("The ministry presented the new school calendar.")
    assert not is_relevant("Le ministre a inauguré un marché.", "fr")


def test_cues_are_matched_at_word_starts():
    assert cue_spans("skilled workers") == []
    assert cue_spans("they killed two") == [(5, 9)]


def test_french_violence_cues_of_shooting_and_ransacking():
    assert has_violence_cue("Illustratif : des hommes armés ont ouvert le feu sur la foule.", "fr")
    assert has_violence_cue("Illustratif : des jeunes en colère ont saccagé le commissariat.", "fr")
    assert not has_violence_cue("Illustratif : le ministre a ouvert la séance.", "fr")


def test_french_verbs_of_fighting_are_violence_cues():
    assert has_violence_cue("Illustratif : l'armée a affronté des rebelles près de Ber.", "fr")
    assert has_violence_cue("Illustratif : les deux groupes se sont affrontés dimanche.", "fr")
    assert has_violence_cue("Illustratif : les soldats ont combattu les assaillants toute la nuit.", "fr")


def test_aircraft_seen_flying_is_no_event():
    from sahelwatch.read.relevance import reports_no_event

    assert reports_no_event("Reconnaissance drones were seen flying over Ménaka on Sunday.")
    assert reports_no_event("Des drones de reconnaissance ont survolé Kidal dans la nuit.", "fr")
    assert not reports_no_event("A surveillance drone struck a vehicle near Kidal, killing two.")
    assert not reports_no_event("Un drone a frappé un véhicule près de Kidal.", "fr")


def test_warnings_and_forecasts_are_no_event():
    from sahelwatch.read.relevance import reports_no_event

    assert reports_no_event("The ministry warned on Monday that Boko Haram could attack villages near Diffa.")
    assert reports_no_event("The UN said JNIM may launch attacks on Kayes in the coming weeks.")
    assert reports_no_event("No attack was reported.")
    # a deed told beside the threat keeps the sentence
    assert not reports_no_event("Gunmen killed 20 people and residents fear they will attack again.")
    assert not reports_no_event("Cells slaughter a young man, threatening to carry out similar operations")
    assert not reports_no_event("No casualties were reported.")


def test_nationwide_tallies_and_deployments_to_the_scene_are_no_event():
    from sahelwatch.read.relevance import reports_no_event

    assert reports_no_event("Troops neutralised 187 terrorists across the country in the past week, it said.")
    assert reports_no_event("Security forces were deployed to the area on Saturday morning.")
    assert not reports_no_event("Soldiers deployed to the area were ambushed and killed on Saturday.")
    assert not reports_no_event("Troops killed 12 militants near Malam Fatori on Tuesday.")


def test_portuguese_everyday_words_are_no_violence_cue():
    # "o executivo" is the government, "combate ao terrorismo" a policy, a gold mine no landmine
    assert not has_violence_cue("Ilustrativo: o executivo aprovou o orçamento do Estado.", "pt")
    assert not has_violence_cue("Ilustrativo: o Governo apresentou um plano de combate ao terrorismo.", "pt")
    assert not has_violence_cue("Ilustrativo: o ministro visitou uma mina de ouro no sul.", "pt")
    assert not has_violence_cue("Ilustrativo: um incêndio destruiu o armazém do porto.", "pt")
    assert not is_relevant("Ilustrativo: o executivo reuniu-se em conselho de ministros.", "pt")


def test_portuguese_violent_forms_stay_cues():
    assert has_violence_cue("Ilustrativo: soldados executaram três aldeões.", "pt")
    assert has_violence_cue("Ilustrativo: combates entre o exército e rebeldes duraram horas.", "pt")
    assert has_violence_cue("Ilustrativo: uma mina terrestre atingiu um camião.", "pt")
    assert has_violence_cue("Ilustrativo: os atacantes incendiaram a escola.", "pt")


def test_portuguese_and_french_warnings_are_no_event():
    from sahelwatch.read.relevance import reports_no_event

    assert reports_no_event("Ilustrativo: os analistas temem novos ataques na região de Tahoua.", "pt")
    assert reports_no_event("Ilustrativo: o grupo poderá atacar as aldeias do norte.", "pt")
    assert reports_no_event("Nenhum ataque foi registado.", "pt")
    deed = "Ilustrativo: rebeldes mataram oito civis e os moradores temem novos ataques."
    assert not reports_no_event(deed, "pt")
    assert reports_no_event("Illustratif : le groupe pourrait attaquer les villages du nord.", "fr")
    assert reports_no_event("Illustratif : les habitants craignent de nouvelles attaques.", "fr")
    assert reports_no_event("Aucune attaque n'a été signalée.", "fr")
    deed = "Illustratif : des hommes armés ont tué huit civils et pourraient attaquer encore."
    assert not reports_no_event(deed, "fr")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Illustratif : le gouvernorat a démenti mardi toute attaque contre le camp de Téra.", "fr"),
        ("Illustratif : des internautes parlent de 15 gendarmes tués, ce que la gendarmerie dément.", "fr"),
        ("The army on Monday denied reports of an attack on its base in Bankilaré.", "en"),
        ("The army denied the accusations, saying several terrorists were neutralised near Nara.", "en"),
        ("O exército desmentiu qualquer ataque contra o quartel de Téra.", "pt"),
        ('"No attack took place at Cinkassé or anywhere else this week," the minister said.', "en"),
    ],
)
def test_denials_are_no_event(sentence: str, lang: str) -> None:
    assert reports_no_event(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        # a denial of responsibility is no denial of the deed
        ("The group denied responsibility for the attack that killed 12 soldiers in Téra.", "en"),
        # a denial that goes on to confirm another incident
        ("L'armée a démenti l'attaque de Téra, mais a confirmé un accrochage près de Dargol.", "fr"),
    ],
)
def test_no_denial_here(sentence: str, lang: str) -> None:
    assert not reports_no_event(sentence, lang)


def test_rumours_are_told_apart():
    assert tells_rumour("Illustratif : les réseaux sociaux évoquaient une trentaine de morts.", "fr")
    assert tells_rumour("Rumours on social media spoke of 30 dead.", "en")
    assert not tells_rumour("Illustratif : des sources locales font état de 30 morts.", "fr")


def test_trends_are_no_event():
    from sahelwatch.read.relevance import reports_no_event

    assert reports_no_event("Tahoua and Maradi regions have also seen an increase in kidnappings.")
    assert reports_no_event("Residents reported a sharp rise in bandit attacks this year.")
    # a deed told beside the trend keeps the sentence
    assert not reports_no_event("Amid a surge in attacks, gunmen killed five farmers in Mariga on Monday.")


def test_a_link_to_another_story_is_no_event():
    """Illustrative: 'Lire aussi :' inside the text links another story; its toll is that story's."""
    assert reports_no_event("Lire aussi : Mali : au moins 20 civils tués dans le centre.", "fr")
    assert reports_no_event("Read also: Mali: at least 20 civilians killed in the centre.", "en")
    assert reports_no_event("Leia também: Mali: pelo menos 20 civis mortos no centro.", "pt")
    assert not reports_no_event("Au moins 20 civils ont été tués, lire le communiqué.", "fr")


def test_others_of_the_kind_told_in_general_are_no_event():
    """Illustrative: 'des manifestations similaires se tiennent chaque jour' tells no one protest."""
    assert reports_no_event("Des manifestations similaires se tiennent presque chaque jour à Niamey.", "fr")
    assert reports_no_event("Similar protests have been held almost daily since August.", "en")
    assert not reports_no_event("Des attaques similaires ont fait 12 morts à Djibo.", "fr")


def test_videos_shown_in_a_denied_story_are_a_rumour():
    """Illustrative: the videos a denial calls misleading pass on the denied claim."""
    assert tells_rumour("Des vidéos montrant des véhicules incendiés dateraient en réalité de 2021.", "fr")
    assert tells_rumour("Footage showing burned vehicles was filmed in 2021, the army said.", "en")


@pytest.mark.parametrize(
    "sentence, lang",
    [
        ("It is one of the deadliest attacks on the army since the coup of July 2023.", "en"),
        ("Il s'agit de l'une des attaques les plus meurtrières contre l'armée depuis le coup d'État de 2023.",
         "fr"),
        ("Trata-se de um dos ataques mais mortíferos contra o exército desde que os militares tomaram o "
         "poder, em julho de 2023.", "pt"),
    ],
)
def test_a_comparison_ranking_the_incident_is_no_event(sentence: str, lang: str) -> None:
    """Illustrative: the sentence ranks the attack just told; its date is the comparison's."""
    assert reports_no_event(sentence, lang)
    assert not reports_no_event("It was the deadliest attack since 2019, when 40 soldiers were killed.")


@pytest.mark.parametrize(
    "sentence, lang",
    [
        ("ISWAP, which split from Boko Haram in 2016, has stepped up attacks on army bases.", "en"),
        ("The junta, which hired Russian fighters, has stepped up its use of drones in the north.", "en"),
        ("L'ISWAP, qui s'est séparé de Boko Haram en 2016, a multiplié les attaques contre l'armée.", "fr"),
        ("O ISWAP, que se separou do Boko Haram em 2016, tem intensificado os ataques contra bases.", "pt"),
    ],
)
def test_a_trend_of_attacks_is_no_event(sentence: str, lang: str) -> None:
    """Illustrative: the sentence tells a trend, and Boko Haram is no party to the attack just told."""
    assert reports_no_event(sentence, lang)
    assert not reports_no_event("O JNIM tem intensificado os ataques e matou 30 soldados em Boni.", "pt")


def test_an_incident_set_in_its_context_is_no_new_event():
    """Illustrative: 'Ces arrestations interviennent dans un contexte ...' goes on about the incident told."""
    assert reports_no_event("Ces arrestations interviennent dans un contexte de tensions à Kayes.", "fr")
    assert not reports_no_event("Cette attaque intervient après Bosso, où 32 soldats ont été tués.", "fr")


def test_an_announced_gathering_and_a_photo_caption_are_no_event():
    """Illustrative: gatherings promised for later, and a caption of the incident already told."""
    assert reports_no_event("Ils ont annoncé d'autres rassemblements dans les jours à venir.", "fr")
    assert reports_no_event("Photo : Des manifestants devant l'Assemblée nationale.", "fr")
    assert not reports_no_event("Ils ont annoncé une nouvelle marche après avoir été dispersés.", "fr")


def test_a_flight_a_diplomatic_protest_an_ended_accord_and_a_places_history_are_no_event():
    """Illustrative background sentences: the cause of a flight, a summoned envoy, an agreement ended, a
    place's past; each names conflict words but no incident. A deed told beside them keeps the sentence."""
    assert reports_no_event("Most new arrivals at Mbera were fleeing fighting and military operations.")
    assert reports_no_event("Nouakchott summoned Mali's ambassador on Thursday to protest the incursions.")
    assert reports_no_event("The junta, which in January ended the 2015 Algiers agreement, banned parties.")
    assert reports_no_event("The Lere area has seen repeated clashes since the peacekeepers left.")
    assert not reports_no_event("Villagers fleeing the fighting were shot dead by gunmen near Lere.")
    assert not reports_no_event("Gunmen killed five herders in Lere, an area that has seen repeated attacks.")


def test_a_share_of_a_periods_incidents_and_a_photo_caption_are_no_event():
    """Illustrative: a round-up's statistics and a caption line name conflict words but no incident."""
    assert reports_no_event("Attacks on civilians accounted for half of the incidents recorded this week.")
    assert reports_no_event("Civilians made up 60 per cent of the deaths recorded in June.")
    assert reports_no_event("[Photo caption: Protesters outside the French embassy in Ouagadougou]")
    assert reports_no_event("Photo: Soldiers on patrol near Ayorou (file)")
    assert not reports_no_event("Gunmen killed 12 people, which accounted for half of the deaths this month.")
    assert not reports_no_event("Pictures of the attack circulated online.")


def test_a_displacement_counted_since_an_earlier_turn_is_no_event():
    """Illustrative: people who have fled since an offensive began tell no incident; a killing told with it
    does."""
    assert reports_no_event("Thousands of people have fled to Menaka since the offensive began in 2022.")
    assert not reports_no_event("Thousands have fled since gunmen killed 20 villagers on Monday.")


def test_an_incident_set_in_its_context_in_english_is_no_new_event():
    """Illustrative: 'The attack came as ...' sets the incident told in its context; a deed told with it
    does not."""
    assert reports_no_event("The attack came as militants linked to JNIM tighten a blockade of Djibo.")
    assert not reports_no_event("The clash came two days after ISWAP fighters killed four fishermen.")


def test_a_crackdown_denounced_in_general_is_no_event():
    """Illustrative: a crackdown on dissent recalled since a coup tells no incident; one told with its deed
    does."""
    assert reports_no_event("Rights groups have denounced a growing crackdown on dissent since the coup.")
    assert not reports_no_event("Rights groups condemned the crackdown in which police shot two students.")


def test_a_ransom_demand_and_an_inquiry_under_way_are_no_event():
    """Illustrative: the demand follows an abduction already told; the inquiry follows killings."""
    assert reports_no_event("The bandits called the families on Monday and demanded a ransom of N20 million.")
    assert reports_no_event("The minister said an investigation opened by the prosecutor was ongoing.")
    assert not reports_no_event("Gunmen abducted 20 villagers on Monday and demanded a ransom.")
    assert not reports_no_event("An investigation was launched after soldiers killed five civilians.")
    assert not reports_no_event("An investigation was launched and her body was found a week later.")


def test_a_flight_from_one_fight_told_with_its_sides_or_day_stays_an_event():
    """Illustrative: the fight the refugees fled is an incident when its sides or its day are told."""
    assert not reports_no_event("They fled fighting between the army and jihadists near Lere on Saturday.")


@pytest.mark.parametrize(
    ("sentence", "lang", "no_event"),
    [
        ("Several foreigners remain in captivity in the Sahel, including a German abducted in recent years.",
         "en", True),
        ("Gunmen kidnapped 20 passengers near Djibo on Monday and they are still being held.", "en", False),
        ("Plusieurs étrangers sont toujours retenus en otage au Sahel, dont un Allemand enlevé en 2022.",
         "fr", True),
        ("Des hommes armés ont enlevé lundi 20 passagers, qui sont toujours détenus par leurs ravisseurs.",
         "fr", False),
        ("Vários estrangeiros continuam em cativeiro no Sahel.", "pt", True),
    ],
)
def test_captives_still_held_told_in_general_are_no_event(sentence: str, lang: str, no_event: bool) -> None:
    # illustrative sentences
    assert reports_no_event(sentence, lang) is no_event


@pytest.mark.parametrize(
    ("sentence", "lang", "no_event"),
    [
        ("The opposition called a new protest for next Saturday in Bamako.", "en", True),
        ("Organisers announced more rallies in the coming days.", "en", True),
        ("Protesters vowed to hold more rallies after police killed two demonstrators.", "en", False),
        ("A oposição convocou uma nova manifestação para o próximo sábado em Bamako.", "pt", True),
        ("Milhares de pessoas manifestaram-se no domingo em Niamei.", "pt", False),
    ],
)
def test_gatherings_called_for_later_are_no_event(sentence: str, lang: str, no_event: bool) -> None:
    # illustrative sentences
    assert reports_no_event(sentence, lang) is no_event


def test_french_killing_participle_and_assailants_are_relevant():
    # a follow-up sentence that tells the toll with a participle, without any noun of the list
    assert is_relevant("Illustratif : circulant à moto, ils ont visé une boutique, tuant cinq civils.", "fr")
    assert is_relevant("Illustratif : les assaillants ont ouvert le feu sur des passants.", "fr")


def test_french_marches_are_relevant():
    assert is_relevant("Illustratif : des milliers de personnes ont marché samedi à Dori.", "fr")


@pytest.mark.parametrize(
    ("sentence", "lang", "no_event"),
    [
        ("Islamic State fighters threatened on Saturday to attack villages near Tamou.", "en", True),
        ("Gunmen who had threatened to attack the village killed five people on Monday.", "en", False),
        ("The president threatened last month to withdraw his troops from the joint task force.", "en", True),
        ("L'EIGS a menacé samedi d'attaquer les villages de la commune de Tamou.", "fr", True),
        ("O Estado Islâmico ameaçou atacar aldeias perto de Tamou.", "pt", True),
        ("JNIM released a video of the attack on Tamou on Tuesday.", "en", True),
        ("JNIM released a video showing its fighters executing three soldiers.", "en", False),
        ("Le JNIM a publié mardi une vidéo de l'attaque de Tamou.", "fr", True),
        ("O JNIM publicou um vídeo do ataque a Tamou.", "pt", True),
    ],
)
def test_threats_and_videos_of_an_attack_are_no_event(sentence: str, lang: str, no_event: bool) -> None:
    # illustrative sentences: a threat tells no deed; a video shows a deed told elsewhere
    assert reports_no_event(sentence, lang) is no_event


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Niger, qui n'a plus connu d'attaque ici depuis 2019, renforce ses patrouilles.", True),
        ("Le village n'avait encore jamais été attaqué, selon le maire.", True),
        ("Le village, qui n'avait jamais été attaqué, a été visé dimanche : trois morts.", False),
        ("La localité n'a pas connu d'attaque depuis deux ans, mais deux bergers ont été tués mardi.", False),
    ],
)
def test_french_no_attack_for_long_reports_no_event(text: str, expected: bool) -> None:
    """Illustrative: a place told as spared by attacks for a long time reports no event."""
    assert reports_no_event(text, "fr") is expected


def test_a_habit_over_weeks_and_a_confession_are_no_events():
    """Illustrative: a group's deeds told over weeks or years, a suspect's confession of a past crime."""
    assert reports_no_event("JNIM fighters have attacked fuel convoys on roads to the north for weeks.")
    assert reports_no_event("Bandits have been raiding villages in the area for several years.")
    assert not reports_no_event("JNIM fighters attacked a convoy near Hombori on Monday, killing two.")
    assert reports_no_event("He said the suspects confessed to taking part in the abduction of travellers.")
    assert not reports_no_event("Police arrested two men who confessed to the killing of a trader in Funtua.")


def test_a_vow_is_no_event():
    """Illustrative: a promise to fight, no deed."""
    assert reports_no_event("The junta, which seized power in 2022, has vowed to retake territory from "
                            "jihadists.")
    assert reports_no_event("The governor pledged to hunt down the attackers.")
    assert not reports_no_event("Troops retook Djibo on Sunday, as the junta had vowed to do.")


def test_victims_counted_over_years_are_no_event():
    """Illustrative: a trend counted in thousands over years, not an incident told with its day."""
    assert reports_no_event("Thousands of people have been kidnapped for ransom in northwest Nigeria in "
                            "recent years.")
    assert reports_no_event("Hundreds of villagers have been killed in the area over the past two years.")
    assert not reports_no_event("Hundreds have been displaced since gunmen attacked Tillia on Sunday.")
    assert not reports_no_event("Gunmen kidnapped 14 people in Safana on Sunday, police said.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # illustrative: a trend told in the present is no incident, unless the sentence tells a deed
        ("Les enlèvements de pêcheurs se multiplient ces derniers mois autour de Bol.", True),
        ("Les attaques contre les postes de l'armée se succèdent dans la région de Tillabéri.", True),
        ("Les attaques se multiplient : mardi, cinq civils ont été tués à Bol.", False),
        ("Huit pêcheurs ont été enlevés mardi près de Bol.", False),
    ],
)
def test_a_french_trend_reports_no_event(text, expected):
    assert reports_no_event(text, "fr") is expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("(Exemple) Des centaines d'habitants ont quitté le village depuis l'attaque.", "fr", True),
        ("(Exemple) Des hommes armés ont attaqué le village et les habitants ont fui après.", "fr", False),
        ("(Ilustrativo) Centenas de moradores fugiram da aldeia desde o ataque.", "pt", True),
        ("(Ilustrativo) Os moradores fugiram depois do ataque que matou 12 pessoas.", "pt", False),
    ],
)
def test_a_flight_since_the_attack_told_is_no_event(sentence, lang, expected):
    assert reports_no_event(sentence, lang) is expected


def test_a_partys_silence_about_the_incident_is_no_event():
    # illustrative sentences
    assert reports_no_event("L'armée n'a pas communiqué sur ces combats.", "fr")
    assert reports_no_event("Les autorités n'ont pas encore réagi à l'attaque.", "fr")
    assert not reports_no_event("L'armée n'a pas communiqué sur les combats qui ont fait dix morts.", "fr")


def test_a_french_diplomatic_protest_is_no_event():
    # illustrative sentences
    assert reports_no_event("Le ministère a convoqué mardi l'ambassadeur du Niger pour lui exprimer sa vive "
                            "protestation après la mort de deux bergers.", "fr")
    assert reports_no_event("Le gouvernement a convoqué le chargé d'affaires pour protester.", "fr")
    assert not reports_no_event("Les manifestants ont convoqué la presse après que la police a tué deux "
                                "jeunes.", "fr")


def test_the_time_of_the_incident_just_told_is_no_event():
    # illustrative sentences
    assert reports_no_event("L'attaque s'est produite la veille, en début de soirée, selon un notable.", "fr")
    assert reports_no_event("L'embuscade a eu lieu mardi près de Boni.", "fr")
    assert not reports_no_event("L'attaque s'est produite mardi et a fait trois morts.", "fr")


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # illustrative sentences: a hypothetical is no event; a deed told beside one stays
        ("(Illustrative) Elders said that if the soldiers leave the camp, the militants would take the town.",
         "en", True),
        ("(Illustrative) If the army withdraws, they will burn the villages, a farmer said.", "en", True),
        ("(Illustrative) Militants seized the town on Monday; elders said they would kill anyone if paid.",
         "en", False),
        ("(Exemple) « Si les soldats partent, les jihadistes prendraient le marché », dit-il.", "fr", True),
        ("(Exemple) Même si l'armée a repoussé l'assaut, deux soldats ont été tués.", "fr", False),
        ("(Ilustrativo) Se os soldados partirem, os rebeldes tomariam a cidade, disse.", "pt", True),
        ("(Ilustrativo) Se os soldados partirem, tomariam a cidade que atacaram ontem.", "pt", False),
        # illustrative sentences: a practice told in general and a confession of "the crime" are no event
        ("(Illustrative) Kidnapping for ransom remains a tactic used by bandits in Zamfara.", "en", True),
        ("(Illustrative) Abductions have become a common occurrence on the Kaduna road.", "en", True),
        ("(Illustrative) Bandits kidnapped 12 travellers on the Kaduna road, a common tactic.", "en", False),
        ("(Illustrative) He confessed to the crime and led police to the weapon.", "en", True),
        # illustrative sentences: people or things handed to an authority are no event; the arrest told
        # with it and a base handed over stay
        ("(Illustrative) The suspects were handed over to the police for investigation.", "en", True),
        ("(Illustrative) The phone had been handed over to the intelligence unit for scrutiny.", "en", True),
        ("(Illustrative) Troops arrested 20 men in Orlu and handed them over to the police.", "en", False),
        ("(Illustrative) French troops handed over the Gossi base to the Malian army.", "en", False),
        ("(Exemple) Les suspects ont été remis à la gendarmerie pour l'enquête.", "fr", True),
        ("(Ilustrativo) Os suspeitos foram entregues à polícia para investigação.", "pt", True),
        # illustrative sentences: a recruitment drive is no event; forced recruitment with a deed stays
        ("(Illustrative) The army launched a recruitment drive for 2,000 volunteers in Gao.", "en", True),
        ("(Illustrative) Militants abducted 30 boys in a forced recruitment drive near Kidal.", "en", False),
        ("(Exemple) L'armée a lancé une campagne de recrutement de 1 500 jeunes à Dori.", "fr", True),
        ("(Ilustrativo) O exército abriu uma campanha de recrutamento de 800 jovens em Gao.", "pt", True),
        # illustrative sentences: the kinds of abuse a report lists are no event; one told with its deed stays
        ("(Illustrative) Other abuses included looting and enforced disappearances.", "en", True),
        ("(Illustrative) The abuses included the killing of 9 men near Dioura on May 2.", "en", False),
        ("(Exemple) D'autres exactions comprennent des pillages et des disparitions forcées.", "fr", True),
        ("(Ilustrativo) Outros abusos incluem pilhagens e desaparecimentos forçados.", "pt", True),
        # illustrative sentences: a report's tally over months is no event
        ("(Illustrative) Amnesty said militias killed 40 herders between March and June, in a report.",
         "en", True),
        ("(Illustrative) Militias killed 40 herders near Dioura on Monday, the report said.", "en", False),
        ("(Exemple) Selon un rapport, 40 civils ont été tués entre mars et juin.", "fr", True),
        ("(Ilustrativo) Segundo um relatório, 40 civis foram mortos entre março e junho.", "pt", True),
        # illustrative sentences: a deed of another year recalled by its year alone is no event
        ("(Illustrative) The mayor recalled the 2015 attack on the market, in which nine were killed.", "en",
         True),
        ("(Exemple) Le maire a rappelé l'attaque de 2015 contre le marché, qui avait fait neuf morts.", "fr",
         True),
        ("(Ilustrativo) O autarca recordou o ataque de 2015 ao mercado, que matou nove pessoas.", "pt", True),
        ("(Illustrative) Gunmen attacked the market on Monday, killing nine traders.", "en", False),
        # illustrative sentences: an anniversary or a commemoration without deaths told is no event
        ("(Illustrative) Hundreds marked the anniversary of the Yirgou massacre on Sunday.", "en", True),
        ("(Illustrative) Police fired tear gas at people marking the anniversary.", "en", False),
        ("(Exemple) Barsalogho a commémoré dimanche le deuxième anniversaire de l'attaque.", "fr", True),
        ("(Ilustrativo) Barsalogho assinalou no domingo os dois anos do ataque.", "pt", True),
        ("(Ilustrativo) Barsalogho assinalou os dois anos do ataque, que fez 200 mortos.", "pt", False),
    ],
)
def test_what_no_coder_would_code_is_no_event(sentence, lang, expected):
    assert reports_no_event(sentence, lang) is expected


def test_a_denial_of_killing_civilians_is_no_event():
    # illustrative sentences
    assert reports_no_event("The army denied that its troops had killed villagers near Dori.")
    assert reports_no_event("The army denied killing civilians near Dori.")
    assert not reports_no_event("The army denied killing civilians but said it killed 20 terrorists.")


def test_a_french_call_for_an_inquiry_is_no_event():
    # illustrative sentences
    assert reports_no_event("Amnesty International a demandé jeudi une enquête indépendante.", "fr")
    assert reports_no_event("Contactée, la gendarmerie indique qu'une enquête a été ouverte.", "fr")
    assert reports_no_event("Les familles réclament l'ouverture d'une enquête.", "fr")
    assert not reports_no_event("Une enquête a été ouverte après que des hommes armés ont tué trois "
                                "civils.", "fr")
    assert not reports_no_event("Le procureur a ouvert une enquête et deux suspects ont été interpellés "
                                "lundi.", "fr")


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [  # illustrative sentences: a toll counted in thousands since a year is no incident; one with its own day
        # or its own small figure still is
        ("en", "Analysts liken the group to the insurgents of Cabo Delgado, where attacks have killed "
               "thousands of people since 2017.", True),
        ("en", "Since 2015, jihadist violence has killed more than 20,000 people in the country.", True),
        ("en", "Gunmen killed 12 villagers in Seytenga, where thousands have died since 2017.", False),
        ("en", "Gunmen killed thousands of cattle on Monday, the worst raid since 2019.", False),
        ("fr", "Depuis 2015, les violences ont fait plus de 20 000 morts dans le pays.", True),
        ("fr", "Au Cabo Delgado, les attaques jihadistes ont fait des milliers de morts depuis 2017.", True),
        ("fr", "Des hommes armés ont tué 12 villageois à Seytenga, où des milliers de personnes sont mortes "
               "depuis 2017.", False),
        ("pt", "Em Cabo Delgado, os ataques jihadistas já mataram milhares de pessoas desde 2017.", True),
        ("pt", "Desde o início da insurreição, em 2012, o conflito fez mais de 10 mil mortos.", True),
        ("pt", "Homens armados mataram 12 aldeões em Seytenga, onde milhares de pessoas morreram desde 2017.",
         False),
        ("pt", "Homens armados mataram no domingo milhares de cabeças de gado, o pior ataque desde 2019.",
         False),
    ],
)
def test_a_toll_in_thousands_since_a_year_is_no_incident(lang, sentence, expected):
    assert reports_no_event(sentence, lang) is expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a denial whose subject is a long noun phrase, and one that dismisses the reports as false
        "Illustrative: the government denied that an army drone strike in the far north of the country had "
        "killed civilians.",
        "Illustrative: the state police command has dismissed reports that gunmen abducted pupils in Zuru.",
        "Illustrative: the army debunked claims that 30 soldiers were killed near Tillia.",
        # an incident said not to have happened
        "Illustrative: the spokesman said there was no attack on any school in the state.",
    ],
)
def test_english_denials_and_dismissals_are_no_event(sentence: str) -> None:
    assert reports_no_event(sentence, "en")


def test_a_message_circulated_on_whatsapp_is_a_rumour():
    assert tells_rumour("Illustrative: the message, which circulated widely on WhatsApp, claimed 30 were "
                        "taken.")
    assert not tells_rumour("Illustrative: residents said gunmen took away 30 children.")


def test_a_ransom_call_and_a_rescue_deployment_are_no_event():
    """Illustrative: the kidnappers' later demand and the police's deployment tell no new deed."""
    assert reports_no_event("Illustrative: the abductors on Tuesday contacted the parents and demanded "
                            "N30 million ransom.")
    assert reports_no_event("Illustrative: they demanded N200 million for the release of the victims.")
    assert reports_no_event("Illustrative: the police said operatives were deployed to rescue the victims.")
    assert not reports_no_event("Illustrative: bandits abducted 23 villagers and demanded N50m ransom.")
    assert not reports_no_event("Illustrative: the police dismissed the officer, who was later arrested.")


def test_a_group_s_running_toll_is_no_event_but_a_lede_is():
    """Illustrative: 'has killed scores of ...' told of a group with no day nor attack is its history."""
    assert reports_no_event("Illustrative: the group, which first appeared in 2024, has killed scores of "
                            "villagers and security personnel in the two states.")
    assert not reports_no_event("Illustrative: a bomb blast has killed scores of people at a market.")
    assert not reports_no_event("Illustrative: bandits have killed hundreds of people on Sunday in Zamfara.")


@pytest.mark.parametrize(("sentence", "lang"), [
    # illustrative: a habit told with its frequency, a year's aggregate in an unnamed area
    ('"Every week we hear of someone being taken," said a trader.', "en"),
    ('"They come every night and take our cattle," he said.', "en"),
    ("In 2022, dozens of people were kidnapped in the area, according to officials.", "en"),
    ("Last year, more than 50 herders were abducted in the district.", "en"),
    ("Chaque semaine, on entend parler d'un enlèvement dans le village.", "fr"),
    ("Chaque année, des dizaines de personnes sont tuées dans la zone, selon un élu.", "fr"),
    ("En 2022, plusieurs civils ont été tués dans la zone.", "fr"),
    ("Todas as semanas ouvimos falar de alguém raptado.", "pt"),
    ("Em 2022, dezenas de pessoas foram raptadas na zona.", "pt"),
    ('"Every week we hear of someone being taken," said a mother whose son was abducted in 2020.', "en"),
    ("« Chaque semaine, quelqu'un est enlevé », confie une mère dont la fille a été enlevée en 2020.", "fr"),
])
def test_habits_and_yearly_aggregates_are_no_event(sentence: str, lang: str) -> None:
    assert reports_no_event(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    # illustrative: a deed told with its day, a past deed beside a frequency, a recall with its place
    ("Gunmen killed five traders at the market held every week in Kwanar.", "en"),
    ("In 2021, gunmen abducted 279 schoolgirls in Jangebe.", "en"),
    ("In March 2022, dozens of people were kidnapped in the area.", "en"),
    ("Des hommes armés ont tué trois bergers dimanche, comme chaque semaine.", "fr"),
    ("En 2022, des dizaines de personnes ont été enlevées dans la région de Tillabéri.", "fr"),
    ("Homens armados mataram três pastores no domingo, como todas as semanas.", "pt"),
    ('"Every week they come," said a man whose son was killed on Monday.', "en"),
])
def test_dated_deeds_beside_a_frequency_or_a_year_are_read(sentence: str, lang: str) -> None:
    assert not reports_no_event(sentence, lang)


def test_a_trend_of_attacks_told_with_a_verb_is_no_event():
    # illustrative: a monitor's trend, no deed, no day
    assert reports_no_event("The report said attacks on civilians by both jihadist groups and state forces "
                            "increased, while the number of displaced people passed 3 million.")
    assert reports_no_event("Kidnappings have risen sharply in Zamfara this year.")
    assert not reports_no_event("Attacks on the town increased after gunmen killed five soldiers there on "
                                "Monday.")


def test_a_failure_to_stop_violence_told_in_general_is_no_event():
    # illustrative sentences: a complaint about the forces names no incident; a deed told with it still is one
    assert reports_no_event("Police make no effort to stop killings in the city, activist says")
    assert reports_no_event("Army fails to stop attacks on villages in Tillaberi")
    assert reports_no_event("L'armée impuissante à endiguer les attaques dans la région de Tillabéri", "fr")
    assert reports_no_event("A polícia não consegue travar os assassinatos em Cabo Delgado", "pt")
    assert not reports_no_event("Army fails to stop attack as gunmen kill 12 in Tillaberi village")
    assert not reports_no_event("Soldiers failed to stop the attack on Solhan, where 160 people were killed")
    assert not reports_no_event("Troops failed to prevent attacks on Monday near Diffa")


def test_a_rumour_is_no_event_beside_a_flat_denial():
    """Illustrative: the social-media story the government calls fake is denied by a flat 'No attack took
    place', so the rumour it passes on tells no event either."""
    from sahelwatch.read.relevance import denies

    assert denies('"No attack has taken place in the Savanes region," the minister of security said.')
    assert not denies("No attack took place on the base, but gunmen killed two herders near Dapaong.")


def test_a_feared_rise_in_kidnappings_is_no_event():
    # illustrative: a fear told for the weeks to come, no deed
    feared = "Les éleveurs craignent une recrudescence des rapts à l'approche de la transhumance."
    assert reports_no_event(feared, "fr")
    feared = "Le préfet redoute une reprise des enlèvements dans les prochaines semaines."
    assert reports_no_event(feared, "fr")
    # a deed told with the fear stays one
    assert not reports_no_event("Trois commerçants ont été enlevés jeudi ; les habitants craignent une "
                                "recrudescence des enlèvements.", "fr")


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # illustrative: a forecast of a trend closing a round-up tells no deed
        ("WHAT TO WATCH: Analysts expect bandit attacks to intensify in the coming weeks.",
         "en", True),
        ("Kidnappings are expected to increase in the coming weeks along the highway.", "en", True),
        ("Les analystes s'attendent à une intensification des attaques dans les semaines à venir.", "fr",
         True),
        ("Os analistas esperam que os ataques se intensifiquem nas próximas semanas.", "pt", True),
        # a deed told beside the forecast keeps the sentence
        ("Gunmen killed 12 people in Tsafe on Monday and analysts expect attacks to intensify.", "en", False),
    ],
)
def test_a_forecast_of_more_attacks_is_no_event(sentence, lang, expected):
    assert reports_no_event(sentence, lang) is expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # illustrative: a captive's death from illness tells no deed
        ("One of the hostages, an elderly man, died in the kidnappers' camp due to ill health.", "en", True),
        ("Un des otages, un vieil homme, est mort de maladie en captivité.", "fr", True),
        ("Um dos reféns, um idoso, morreu de doença no cativeiro.", "pt", True),
        # a death of wounds, or one told beside a killing, is still read
        ("One hostage died of his wounds on Monday.", "en", False),
        ("Two soldiers were killed and a third died of malaria.", "en", False),
    ],
)
def test_a_death_from_illness_is_no_event(sentence, lang, expected):
    assert reports_no_event(sentence, lang) is expected
