"""French casualty figures and tolls (sentences written for these tests, not taken from reports)."""

import pytest

from sahelwatch.extract.fatalities import find_casualties
from sahelwatch.extract.fatality_summary import summarise_fatalities


def _facts(text: str) -> list[tuple[int, str, str]]:
    return [(c.low, c.kind, c.group) for c in find_casualties(text, "fr") if not c.negated]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La vingtaine de morts a été inhumée lundi.", [(20, "killed", "unknown")]),
        ("Huit soldats meurent dans une embuscade près de Diffa.", [(8, "killed", "security")]),
        ("Trois civils trouvent la mort dans l'explosion d'une mine.", [(3, "killed", "civilians")]),
        ("Des milliers de personnes meurent chaque année de faim.", []),
        # a long name and its acronym between the figure and the verb
        ("Au moins sept volontaires pour la défense de la patrie (VDP) ont perdu la vie vendredi.",
         [(7, "killed", "security")]),
        ("Trois soldats du 12e bataillon ont été tués.", [(3, "killed", "security")]),
        # "éléments" is a generic noun: the body named after it gives the side
        ("Deux éléments du bataillon d'intervention rapide ont perdu la vie jeudi.",
         [(2, "killed", "security")]),
        ("Quatre éléments de la garde nationale ont été tués.", [(4, "killed", "security")]),
        ("Au moins 17 personnes auraient péri dans l'incendie du marché.", [(17, "killed", "unknown")]),
        ("Des tirs de mortier ont tué, mardi 4 juin, sept éleveurs près de Téra.",
         [(7, "killed", "civilians")]),
        ("Plus de 40 soldats nigériens ont été tués.", [(40, "killed", "security")]),
        ("Une trentaine de villageois ont été enlevés.", [(30, "abducted", "civilians")]),
        ("Deux nourrissons ont été tués par l'explosion.", [(2, "killed", "civilians")]),
        ("Un massacre de 30 civils par des hommes armés près de Kaya.", [(30, "killed", "civilians")]),
        ("Le bilan s'élève à 9 morts et 4 disparus.", [(9, "killed", "unknown"), (4, "missing", "unknown")]),
        # a strike that killed its victims by mistake ("par erreur", "accidentellement")
        ("La frappe de drone a tué par erreur au moins 16 civils.", [(16, "killed", "civilians")]),
        ("Le bombardement a tué accidentellement sept bergers.", [(7, "killed", "civilians")]),
    ],
)
def test_french_figures(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _facts(text) == expected


def test_tolls_per_side_in_a_communique() -> None:
    text = ("Bilan provisoire : côté ami, 11 soldats tombés et 6 blessés ; côté ennemi, "
            "21 terroristes neutralisés.")
    f = summarise_fatalities(find_casualties(text, "fr"))
    assert (f.deaths_a, f.deaths_b, f.best, f.wounded) == (11, 21, 32, 6)


def test_wounded_and_missing_are_not_deaths() -> None:
    text = "L'embuscade a fait 3 morts, 12 blessés et 5 portés disparus."
    f = summarise_fatalities(find_casualties(text, "fr"))
    assert (f.best, f.wounded, f.missing) == (3, 12, 5)


def test_parts_of_one_toll_add_up() -> None:
    text = "Trois femmes et deux enfants ont été tués dans la frappe."
    f = summarise_fatalities(find_casualties(text, "fr"))
    assert (f.deaths_civilians, f.best) == (5, 5)


def test_a_breakdown_introduced_by_dont_is_not_added() -> None:
    text = "Vingt-cinq civils ont été tués, dont 9 femmes et 6 enfants."
    assert summarise_fatalities(find_casualties(text, "fr")).best == 25


def test_revised_toll_keeps_the_range() -> None:
    text = "Un premier bilan faisait état de 6 morts. Le bilan est passé à 9 morts."
    f = summarise_fatalities(find_casualties(text, "fr"))
    assert (f.low, f.best, f.high) == (6, 9, 9)


@pytest.mark.parametrize(
    "text",
    [
        "Les frappes d'avant-hier n'avaient alors pas fait de victime.",
        "L'explosion n'a fait aucun blessé.",
        "Aucun bilan n'était disponible dans la soirée.",
        "Le raid s'est soldé sans faire de victimes.",
    ],
)
def test_french_negations(text: str) -> None:
    found = find_casualties(text, "fr")
    assert found and all(c.negated and c.low == 0 for c in found)


def test_background_totals_are_cumulative() -> None:
    text = "Depuis 2015, plus de 2 000 civils ont été tués dans la région."
    assert all(c.cumulative for c in find_casualties(text, "fr"))


def test_an_earlier_smaller_toll_is_not_added_to_the_named_one() -> None:
    text = "Neuf gendarmes ont été tués. Un premier bilan faisait état de six morts."
    f = summarise_fatalities(find_casualties(text, "fr"))
    assert (f.low, f.best, f.high) == (6, 9, 9)


def test_a_breakdown_takes_the_kind_of_its_total() -> None:
    text = "Le bilan est de 17 morts dont 15 militaires et 2 civils, 9 blessés."
    f = summarise_fatalities(find_casualties(text, "fr"))
    assert (f.best, f.deaths_a, f.deaths_civilians, f.wounded) == (17, 15, 2, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des assaillants ont tué mercredi au moins 6 éleveurs près de Djibo.", [(6, "killed", "civilians")]),
        ("Des rebelles ont abattu dans la nuit de lundi à mardi 9 gendarmes.", [(9, "killed", "security")]),
        ("Des jihadistes ont tué lors de l'embuscade quatre soldats.", [(4, "killed", "security")]),
        ("Les bandits ont tué hier matin deux bergers.", [(2, "killed", "civilians")]),
        # a week's part or a part of the day between the verb and its figure
        ("Des bandits ont tué en début de semaine trois orpailleurs.", [(3, "killed", "civilians")]),
        ("Les assaillants ont tué en fin de journée cinq villageois.", [(5, "killed", "civilians")]),
    ],
)
def test_a_short_adverbial_between_the_verb_and_its_figure(
    text: str, expected: list[tuple[int, str, str]]
) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trois commerçants qui se rendaient au marché ont été tués lundi.", [(3, "killed", "civilians")]),
        ("Quatre élèves qui rentraient de l'école ont été enlevés.", [(4, "abducted", "civilians")]),
    ],
)
def test_a_short_relative_clause_between_the_noun_and_its_verb(
    text: str, expected: list[tuple[int, str, str]]
) -> None:
    assert _facts(text) == expected


def test_toll_verb_with_an_adverb() -> None:
    assert _facts("Le nombre de morts s'élève désormais à 31.") == [(31, "killed", "unknown")]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Un berger a été abattu près d'Ayorou lundi.", "civilians"),
        ("Il a succombé à ses blessures à l'hôpital.", "unknown"),
        ("Des hommes armés ont abattu un conseiller municipal de Djibo.", "civilians"),
        # a weekday between the verb and its victim
        ("Des bandits ont abattu mardi soir un commerçant de Kaya.", "civilians"),
        ("Des inconnus ont assassiné en fin de semaine le chef du village de Tongomayel.", "civilians"),
        # a definite or possessive person noun
        ("Son chauffeur malien a été tué au cours de l'enlèvement.", "civilians"),
        ("Le berger a été abattu devant son troupeau.", "civilians"),
    ],
)
def test_one_unnumbered_death_counts_one(text: str, group: str) -> None:
    killed = [c for c in find_casualties(text, "fr") if c.kind == "killed" and not c.negated]
    assert [(c.low, c.group) for c in killed] == [(1, group)]


@pytest.mark.parametrize(
    "text",
    ["Le chef du village a été enlevé.", "Il a été arrêté.", "Aucun mort à déplorer.",
     "Une famille entière a péri dans la frappe."],
)
def test_no_single_death_read_here(text: str) -> None:
    assert summarise_fatalities(find_casualties(text, "fr")).best == 0


def test_a_side_named_right_after_the_figure() -> None:
    text = "Illustratif : le bilan est de 12 morts côté ennemi et 3 blessés côté ami."
    facts = [(c.kind, c.group, c.low) for c in find_casualties(text, "fr")]
    assert facts == [("killed", "militants", 12), ("wounded", "security", 3)]


def test_another_source_s_count_widens_the_range():
    text = ("Des bandits ont tué au moins 9 orpailleurs lundi près d'Essakane. "
            "D'autres sources font état de 14 morts.")
    f = summarise_fatalities(find_casualties(text, "fr"))
    assert (f.low, f.best, f.high) == (9, 9, 14)


def test_a_vague_count_does_not_undercut_a_precise_one():
    text = ("Au moins 25 villageois ont été tués jeudi près de Djibo. "
            "Des témoins évoquent des dizaines de morts.")
    f = summarise_fatalities(find_casualties(text, "fr"))
    assert (f.low, f.best) == (25, 25)


def test_an_apposition_gives_the_group_of_all_the_dead():
    from sahelwatch.extract.fatalities import find_casualties

    for text, lang in (("Le bilan est de 6 morts, tous des civils.", "fr"),
                       ("The blast killed 6 people, all civilians.", "en"),
                       ("A explosão fez 6 mortos, todos civis.", "pt")):
        assert [(c.low, c.group) for c in find_casualties(text, lang)] == [(6, "civilians")], text


def test_neutralised_figures_are_fighters():
    """Illustrative: 'neutralisés' is said of enemy fighters only, even when the figure names no group."""
    text = "Cinq d'entre eux ont été neutralisés et des armes récupérées."
    [killed] = [c for c in find_casualties(text, "fr") if c.kind == "killed"]
    assert (killed.low, killed.group) == (5, "militants")


def test_the_dead_of_the_volunteers_side_are_the_state_side():
    """Illustrative: 'du côté des VDP' names the side of the dead the way 'côté ami' does."""
    text = "Du côté des VDP, deux éléments sont tombés les armes à la main."
    assert [(c.low, c.group) for c in find_casualties(text, "fr") if c.kind == "killed"] == [(2, "security")]


def test_an_earlier_count_since_revised_is_set_aside():
    """Illustrative: 'un précédent bilan faisait état de 25 morts' is a count the report has revised."""
    text = "Selon un nouveau bilan, 71 soldats ont été tués. Un précédent bilan faisait état de 25 morts."
    assert [(c.low, c.elsewhere) for c in find_casualties(text, "fr")] == [(71, False), (25, True)]


def test_a_count_told_in_a_relative_clause_before_its_revision_is_set_aside():
    """Illustrative: 'le bilan, qui faisait état de neuf morts, s'est alourdi à quatorze' counts fourteen."""
    text = "Le bilan, qui faisait état de neuf morts samedi, s'est alourdi à quatorze morts."
    assert [(c.low, c.elsewhere) for c in find_casualties(text, "fr")] == [(9, True), (14, False)]


def test_the_day_and_year_of_a_date_are_no_figures():
    """Illustrative: in 'ont tué le 5 mai 2021 trois commerçants' only the three traders are dead."""
    text = "Des individus armés ont tué le 5 mai 2021 trois commerçants près de Bandiagara."
    assert [(c.low, c.kind) for c in find_casualties(text, "fr")] == [(3, "killed")]
    text = "Des hommes armés ont tué mardi 4 juin sept éleveurs près de Téra."
    assert [c.low for c in find_casualties(text, "fr")] == [7]
    assert [c.low for c in find_casualties("On March 5, 12 soldiers were killed.", "en")] == [12]


def test_a_source_is_no_casualty():
    # "une source militaire" is one informant, not one dead soldier
    assert _facts("Illustratif : selon une source militaire, huit assaillants ont été neutralisés.") == [
        (8, "killed", "militants")]
    text = "Ilustrativo: segundo uma fonte militar, oito rebeldes foram mortos."
    pt = [(c.low, c.group) for c in find_casualties(text, "pt")]
    assert pt == [(8, "militants")]


def test_dead_in_the_ranks_of_the_army_are_the_state_side():
    text = "Illustratif : neuf assaillants tués ; l'armée déplore deux morts et six blessés dans ses rangs."
    assert _facts(text) == [(9, "killed", "militants"), (2, "killed", "security"), (6, "wounded", "security")]
    text = "Illustratif : l'armée déplore trois morts dans les rangs des FAMa et huit assaillants tués."
    assert summarise_fatalities(find_casualties(text, "fr")).low == 11


def test_nationals_abroad_are_civilians():
    assert _facts("Illustratif : onze ressortissants nigériens ont été tués près de la frontière.") == [
        (11, "killed", "civilians")]


def test_dead_among_the_civilians_are_civilians():
    assert _facts("Illustratif : un car a sauté sur une mine, faisant neuf morts parmi les civils.") == [
        (9, "killed", "civilians")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # illustrative: a revised toll told as "portant à N le nombre de ... tués", the body in the frame
        ("Deux blessés ont succombé, portant à onze le nombre de militaires tués.",
         [(2, "killed", "unknown"), (11, "killed", "security")]),
        ("Le nombre de soldats tués est passé à onze.", [(11, "killed", "security")]),  # the body counted
        ("Cette attaque porte à douze le nombre de blessés.", []),
        ("La décision porte à trois le nombre de jours fériés.", []),
        # the wounded who died are dead
        ("Quatre soldats grièvement blessés ont succombé à leurs blessures.", [(4, "killed", "security")]),
        ("Six civils blessés ont été évacués vers Bol.", [(6, "wounded", "civilians")]),
    ],
)
def test_revised_tolls_and_wounded_who_died(text, expected):
    assert _facts(text) == expected


def test_a_downed_drone_is_no_death() -> None:
    # illustrative sentence: "abattre un drone" shoots a machine down, it kills no one
    assert find_casualties("Les rebelles affirment avoir abattu un drone de l'armée.", "fr") == []


def test_the_wounded_who_died_add_to_the_killed_figure():
    # illustrative: a toll told in pieces
    text = "Deux soldats ont été tués et trois blessés, dont un a succombé à ses blessures à l'hôpital."
    found = find_casualties(text, "fr")
    assert [(c.kind, c.low) for c in found] == [("killed", 3), ("wounded", 2)]
    assert summarise_fatalities(found).best == 3


def test_the_attackers_dead_told_apart_are_the_enemy_side():
    # illustrative: one side's dead and the attackers' dead in one sentence
    found = find_casualties("Les combats ont fait cinq morts parmi les villageois et trois morts chez les "
                            "assaillants.", "fr")
    assert [(c.low, c.group) for c in found] == [(5, "civilians"), (3, "militants")]
    vague = find_casualties("Les combats ont fait une vingtaine de morts parmi les chasseurs et plusieurs "
                            "morts chez les assaillants.", "fr")
    assert summarise_fatalities(vague).best == 20


def test_local_sources_own_count_is_an_alternative():
    # illustrative: the army's toll, then local sources' higher count of the same dead
    army = find_casualties("Selon l'armée, neuf soldats ont été tués.", "fr")
    local = find_casualties("Des sources locales évoquent pour leur part une vingtaine de morts.", "fr")
    assert [c.alternative for c in local] == [True]
    toll = summarise_fatalities(army + local)
    assert (toll.low, toll.best, toll.high) == (9, 9, 20)
    assert [c.alternative for c in find_casualties("Les assaillants ont pour leur part perdu six hommes.",
                                                   "fr")] in ([], [False])


def test_more_than_a_vague_quantity_and_fallen_with_arms_in_hand_are_tolls():
    # illustrative communiqué sentences: "plus d'une trentaine" is read with its qualifier, and "tombés les
    # armes à la main" is an idiom of death, not a verb with the object "les armes"
    found = find_casualties("La riposte a permis de neutraliser plus d'une trentaine de terroristes.", "fr")
    assert [(c.low, c.kind, c.group) for c in found] == [(30, "killed", "militants")]
    found = find_casualties("Du côté ami, on déplore deux VDP tombés les armes à la main.", "fr")
    assert [(c.low, c.kind, c.group) for c in found] == [(2, "killed", "security")]


def test_residents_heavier_toll_is_an_alternative():
    # illustrative: a security source's toll, then residents' heavier count of the same dead
    source = find_casualties("Selon une source sécuritaire, six VDP ont perdu la vie.", "fr")
    for later in ("Des habitants évoquent pour leur part un bilan plus lourd, d'une quinzaine de morts.",
                  "Des témoins font état d'un bilan plus lourd, d'une vingtaine de morts."):
        residents = find_casualties(later, "fr")
        assert [c.alternative for c in residents] == [True]
        assert summarise_fatalities(source + residents).best == 6


def test_many_bodies_do_not_undercut_dozens_of_fighters():
    # illustrative: "de nombreux corps" (no number) restates "des dizaines de combattants" (12)
    found = find_casualties("Des dizaines de combattants ont été tués mardi. De nombreux corps ont été vus "
                            "dans l'eau.", "fr")
    toll = summarise_fatalities(found)
    assert (toll.low, toll.best) == (12, 12)


def test_an_elided_preposition_opens_a_complement_or_ends_a_toll_phrase():
    # illustrative: "d'un minibus" is the passengers' complement, not a figure of its own; "la neutralisation
    # d'une quinzaine" and "la mort d'une dizaine" are tolls
    found = find_casualties("Cinq passagers d'un minibus de transport en commun ont été tués lundi.", "fr")
    assert [(c.low, c.kind, c.group) for c in found] == [(5, "killed", "civilians")]
    found = find_casualties("Le ministère a annoncé la mort de quatre soldats et la neutralisation d'une "
                            "quinzaine d'assaillants.", "fr")
    facts = [(c.low, c.kind, c.group) for c in found]
    assert facts == [(4, "killed", "security"), (15, "killed", "militants")]
    found = find_casualties("L'explosion a causé la mort d'une dizaine de civils.", "fr")
    assert [(c.low, c.kind, c.group) for c in found] == [(10, "killed", "civilians")]


def test_lifeless_bodies_found_are_a_toll():
    # illustrative: "les corps sans vie de sept bergers", "les dépouilles mortelles de trois soldats"
    assert _facts("Les corps sans vie de sept bergers ont été retrouvés mardi près de Ménaka.") == [
        (7, "killed", "civilians")]
    facts = _facts("Les dépouilles mortelles de trois soldats ont été rapatriées.")
    assert facts == [(3, "killed", "security")]


def test_the_death_a_crowd_protests_is_its_motive_even_after_a_long_place():
    # illustrative: "manifesté lundi dans le quartier de X, à Y, après la mort d'un détenu": the motive
    found = find_casualties("Des jeunes ont manifesté lundi dans le quartier de Sebkha, à Nouakchott, "
                            "après la mort d'un détenu dans un commissariat.", "fr")
    assert [(c.low, c.motive) for c in found] == [(1, True)]


def test_notables_and_mayors_are_civilians():
    # illustrative: plural "notables", "maires" were missing from the civilian nouns
    assert _facts("Quatre notables ont été exécutés mardi à Inékar.") == [(4, "killed", "civilians")]
    assert _facts("Deux maires ont été tués dans l'embuscade.") == [(2, "killed", "civilians")]


def test_dead_among_an_armed_side_and_civilians_are_that_sides():
    # illustrative: "parmi les VDP et les civils" names both; the armed side among the dead is the one hit
    found = _facts("L'embuscade a fait quinze morts parmi les VDP et les civils.")
    assert found == [(15, "killed", "security")]
    assert _facts("L'attaque a fait douze morts parmi les civils.") == [(12, "killed", "civilians")]


def test_a_town_between_the_verb_and_its_figure_is_an_adverbial():
    # illustrative: "ont tué samedi à Djibo cinq civils", "ont arrêté lundi à N'Djamena une vingtaine ..."
    assert _facts("Des hommes armés ont tué samedi à Djibo cinq civils.") == [(5, "killed", "civilians")]
    found = _facts("Les policiers ont arrêté lundi à N'Djamena une vingtaine de jeunes.")
    assert found == [(20, "arrested", "civilians")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # illustrative: the bodies a side left on the ground are its own fighters'
        ("Les assaillants ont laissé onze corps sur le terrain.", [(11, "killed", "militants")]),
        ("L'ennemi a laissé sur le terrain six morts.", [(6, "killed", "militants")]),
        # bodies left elsewhere are anyone's
        ("Les assaillants ont ouvert le feu, laissant onze corps dans la rue.", [(11, "killed", "unknown")]),
    ],
)
def test_bodies_left_on_the_ground_are_the_fighters(text, expected):
    assert _facts(text) == expected


def test_a_provisional_count_told_first_is_set_aside():
    # illustrative: "un bilan provisoire faisait d'abord état de dix morts" is the count since revised
    text = "Au moins quinze orpailleurs ont été tués. Un bilan provisoire faisait d'abord état de dix morts."
    assert [(c.low, c.elsewhere) for c in find_casualties(text, "fr")] == [(15, False), (10, True)]


@pytest.mark.parametrize("text", [
    # illustrative: the preposition repeated after "et" still joins the second noun to the figure
    "Une vingtaine de soldats et de VDP ont été tués lors de l'embuscade.",
    "Une vingtaine de soldats et de VDP ainsi que quatre chauffeurs civils ont été tués lors de l'embuscade.",
])
def test_a_figure_of_two_nouns_joined_with_a_repeated_preposition_is_a_toll(text):
    assert _facts(text)[0] == (20, "killed", "security")


@pytest.mark.parametrize("text", [
    # illustrative: a relative clause between commas, between the figure and its verb
    "Un de ses gardes, qui tentait de s'interposer, a été abattu.",
    "Deux soldats, qui escortaient le convoi, ont été tués.",
])
def test_a_relative_clause_between_commas_does_not_hide_the_toll(text):
    assert _facts(text)[0][1] == "killed"


def test_a_village_chief_killed_with_an_apposition_is_one_death():
    # illustrative: "chef du village" and the apposition between commas before the verb
    text = ("Le chef du village de Dourou, dans le cercle de Bandiagara, a été tué jeudi soir par des hommes "
            "armés.")
    assert [(c.low, c.kind) for c in find_casualties(text, "fr")] == [(1, "killed")]


def test_a_lone_victim_told_with_a_clause_between_commas_counts_one():
    text = ("Mardi, un conseiller municipal, Moussa Diallo, 52 ans, qui se trouvait dans sa boutique au "
            "marché de Sévaré, a été abattu par des hommes armés.")
    assert _facts(text) == [(1, "killed", "unknown")]
    wounded = "Selon un communiqué, un soldat, blessé lors de l'embuscade, a été évacué vers Gao."
    assert [f for f in _facts(wounded) if f[1] == "killed"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # illustrative: "la perte de" counts the dead, the repeated preposition adds the second figure
        ("Côté ami, on déplore la perte de quatre soldats et de sept VDP.", (11, 11)),
        ("Côté ami, on déplore la perte de quatre soldats.", (4, 4)),
        ("L'armée déplore la mort de quatre soldats et de sept VDP.", (11, 11)),
        # "deux autres militaires" are soldiers, more of them, not a smaller count of unknown dead
        ("Un premier engin a tué quatre soldats, puis un second a explosé, tuant deux autres militaires.",
         (6, 6)),
    ],
)
def test_the_parts_of_one_side_s_toll_add_up(text: str, expected: tuple[int, int]) -> None:
    summary = summarise_fatalities(find_casualties(text, "fr"))
    assert (summary.low, summary.deaths_a) == expected


def test_others_followed_by_their_noun_take_its_side() -> None:
    facts = _facts("L'explosion a tué quatre civils et deux autres militaires.")
    assert facts == [(4, "killed", "civilians"), (2, "killed", "security")]


def test_a_figure_echoed_in_digits_keeps_its_toll() -> None:
    found = find_casualties("Côté ami : deux (02) gendarmes tombés et sept (07) blessés ; côté ennemi, "
                            "neuf (09) terroristes neutralisés.", "fr")
    killed = sorted((c.low, c.group) for c in found if c.kind == "killed")
    assert killed == [(2, "security"), (9, "militants")]


@pytest.mark.parametrize(
    "text",
    ["Les FDS ont mis hors d'état de nuire neuf terroristes près de Sebba.",
     "L'armée a éliminé neuf jihadistes lors d'une opération près de Sebba.",
     "Neuf terroristes ont été éliminés par l'armée près de Sebba."],
)
def test_fighters_put_out_of_action_or_eliminated_are_dead(text: str) -> None:
    killed = [(c.low, c.group) for c in find_casualties(text, "fr") if c.kind == "killed"]
    assert killed == [(9, "militants")]


def test_leaders_among_armed_men_s_dead_are_part_of_them() -> None:
    # illustrative: "dont deux chefs" names two of the fighters, not two more dead
    text = "Les frappes ont neutralisé une vingtaine de terroristes, dont trois chefs, près de Tessit."
    f = summarise_fatalities(find_casualties(text, "fr"))
    assert (f.deaths_b, f.deaths_civilians, f.best) == (20, 0, 20)


def test_a_breakdown_reads_on_across_a_descriptive_aside_in_brackets():
    # illustrative: the aside describing the civilians does not cut the list of the 27 dead
    text = ("Selon un élu, 27 personnes, dont 15 civils (des bergers et des commerçants) et 12 soldats de "
            "l'escorte, ont perdu la vie.")
    assert _facts(text) == [
        (27, "killed", "unknown"), (15, "killed", "civilians"), (12, "killed", "security")]


@pytest.mark.parametrize(
    "text",
    [
        "L'armée affirme avoir « neutralisé un regroupement de terroristes » près de Léré.",
        "Les FAMa ont frappé un groupe de combattants dans le secteur.",
        "The strike hit a gathering of fighters near the village.",
    ],
)
def test_a_collective_noun_after_un_is_no_count_of_one(text: str) -> None:
    lang = "en" if text.startswith("The") else "fr"
    assert [c.low for c in find_casualties(text, lang) if c.kind == "killed"] == []


def test_a_lone_person_still_counts_one() -> None:
    assert _facts("Un soldat a été tué dans l'attaque.") == [(1, "killed", "security")]


def test_detainees_killed_are_civilians_beside_the_guards() -> None:
    text = "Deux gardes pénitentiaires et un détenu ont été tués lors de l'assaut contre la prison."
    summary = summarise_fatalities(find_casualties(text, "fr"))
    assert (summary.low, summary.best, summary.deaths_civilians) == (3, 3, 1)


@pytest.mark.parametrize("text", [
    # illustrative: "il" is the group that speaks, not the soldiers it says it killed (lexicon
    # speaker_pronoun, speaker_said)
    "Le JNIM a affirmé que ses combattants avaient tué une trentaine de soldats et détruit plusieurs "
    "véhicules, et qu'il avait perdu trois hommes.",
    "Le JNIM a revendiqué l'attaque, affirmant avoir tué 30 soldats, et a reconnu qu'il avait perdu trois "
    "hommes.",
])
def test_a_group_that_says_it_lost_men_counts_its_own_dead(text):
    assert (3, "killed", "militants") in _facts(text)
    assert _facts("L'armée a affirmé qu'elle avait perdu quatre hommes.") == [(4, "killed", "security")]
