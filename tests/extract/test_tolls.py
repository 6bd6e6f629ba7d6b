"""The toll of one incident from its sentences' figures (illustrative sentences)."""

from dataclasses import replace

from sahelwatch.extract.actors import state_forces, unidentified_armed_group
from sahelwatch.extract.classify import Prediction
from sahelwatch.extract.drafts import Draft
from sahelwatch.extract.fatalities import find_casualties
from sahelwatch.extract.fatality_summary import summarise_fatalities
from sahelwatch.extract.roles import FoundActor
from sahelwatch.extract.tolls import incident_casualties, updates_toll
from sahelwatch.models import EventDate
from sahelwatch.read.sentences import Sentence

ATTACK = Prediction("ATTACK", 0.9, "Violence against civilians", "Attack")


def _draft(text: str, start: int, lang: str = "en") -> Draft:
    sentence = Sentence(start, start + len(text), text)
    casualties = find_casualties(text, lang)
    return Draft(sentence, ATTACK, casualties, EventDate("2024-03-10"), True, None, False, [])


def _killed(group: list[Draft]) -> list[int]:
    return [c.low for c in incident_casualties(group) if c.kind == "killed"]


def test_the_lead_sets_the_toll_and_a_far_restatement_is_dropped():
    lead = _draft("Gunmen killed 6 villagers near Tera.", 0)
    far = _draft("A local official said 9 villagers were killed.", 900)
    assert _killed([lead, far]) == [6]


def test_an_update_and_another_side_right_after_are_kept():
    lead = _draft("Gunmen killed 6 villagers near Tera.", 0)
    side = _draft("The army said 4 attackers died in the pursuit.", 40)
    update = _draft("The toll later rose to 11.", 2000)
    assert updates_toll(update) and not updates_toll(side)
    assert _killed([lead, side, update]) == [4, 11]  # the update revises the lead's 6, not the other side


def test_another_side_repeating_a_lead_figure_is_a_restatement():
    lead = _draft("Five members of a self-defence militia were killed.", 0)
    again = _draft("Five VDP members also lost their lives.", 55)
    assert _killed([lead, again]) == [5]


def test_a_restatement_names_the_side_of_an_unknown_lead_figure():
    lead = _draft("Twelve gunmen and five members of a militia were killed on Monday.", 0)
    again = _draft("Five VDP members also lost their lives.", 70)
    groups = [(c.low, c.group) for c in incident_casualties([lead, again]) if c.kind == "killed"]
    assert groups == [(12, "militants"), (5, "security")]


def test_a_fuller_restatement_right_after_the_headline_tells_the_toll():
    headline = _draft("Officer and four soldiers killed in blast near Gao", 0)
    body = _draft("A captain and four soldiers were killed when a mine exploded.", 60)
    assert sorted(_killed([headline, body])) == [1, 4]


def test_a_claim_does_not_add_to_the_reported_toll():
    lead = _draft("Gunmen killed three people near the market on Sunday.", 0)
    claim = _draft("The group's affiliated media said the blast killed nine soldiers.", 60)
    assert _killed([lead, claim]) == [3]


def test_the_body_restating_the_headline_toll_keeps_the_other_side_near_it():
    headline = _draft("Militant attack kills 5 soldiers near Gao", 0)
    body = _draft(
        "Gunmen on motorbikes ambushed an army checkpoint in the north of the region on Saturday morning, "
        "killing at least five soldiers and wounding several others before fleeing towards the border, "
        "security officials told reporters on condition of anonymity on Sunday.",
        50,
    )
    side = _draft("Troops killed three attackers in the firefight.", 350)
    assert _killed([headline, body, side]) == [5, 3]


def test_another_incident_told_in_passing_adds_nothing():
    lead = _draft("Soldiers killed 4 militants near Kirkuk on Tuesday.", 0)
    earlier = _draft("The raid came two days after an attack on a police post that killed 13 policemen.", 60)
    assert _killed([lead, earlier]) == [4]


def test_another_incident_is_kept_when_it_is_all_the_incident_tells():
    alone = _draft("The protest came days after a rally that left a teenager dead.", 0)
    assert _killed([alone]) == [1]


def test_a_partys_claimed_count_beside_the_reported_one_is_dropped():
    text = "The group claimed the attack that killed 20 soldiers, saying its fighters had killed 30 soldiers."
    claim = _draft(text, 0)
    assert _killed([claim]) == [20]
    alone = _draft("The group said its fighters had killed 30 soldiers near Tera.", 0)
    assert _killed([alone]) == [30]  # the only figure given is kept


def test_the_other_armed_side_may_lose_many_more_than_the_lead_but_a_vague_total_may_not():
    lead = _draft("Gunmen attacked a base near Marte, killing five soldiers.", 0)
    side = _draft("Troops repelled the attack and killed 18 attackers, the army said.", 60)
    assert _killed([lead, side]) == [5, 18]
    people = _draft("In all, 18 people were killed in the area, officials said.", 60)
    assert _killed([lead, people]) == [5]  # not another armed side: more likely a total


def _groups(group: list[Draft]) -> list[tuple[int, str]]:
    return [(c.low, c.group) for c in incident_casualties(group) if c.kind == "killed"]


def test_an_update_naming_no_group_counts_the_dead_it_revises():
    lead = _draft("A drone strike hit the market, killing 21 civilians, according to a rebel group.", 0)
    update = _draft("The toll was later raised to 27 dead.", 90)
    assert _groups([lead, update]) == [(27, "civilians")]


def test_a_partys_claim_gives_way_to_an_independent_count():
    claim = _draft("Le CSP affirme avoir tué 47 militaires et 84 mercenaires.", 0, "fr")
    independent = _draft("Des sources indépendantes évoquent plusieurs dizaines de morts.", 60, "fr")
    figures = [c for c in incident_casualties([claim, independent], "fr") if c.kind == "killed"]
    assert [(c.low, c.alternative) for c in figures] == [(12, False), (47, True), (84, True)]
    claim = _draft("The rebels claimed to have killed 40 soldiers.", 0)
    independent = _draft("Security sources said 9 soldiers died.", 50)
    assert [c.low for c in incident_casualties([claim, independent]) if not c.alternative] == [9]
    alone = _draft("The rebels claimed to have killed 40 soldiers.", 0)
    assert _killed([alone]) == [40]  # a claim nobody else counts stays the toll
    other_side = _draft("Local sources said three rebels also died.", 50)
    assert _killed([alone, other_side]) == [40, 3]  # another side's dead: no count of the claimed ones


def test_a_later_figure_pins_down_the_leads_lower_bound():
    lead = _draft("More than 100 soldiers were killed when jihadists overran a base.", 0)
    later = _draft("A source close to the army said at least 107 soldiers were killed.", 300)
    far_more = _draft("A rights group said 450 soldiers were killed.", 600)
    assert _killed([lead, later]) == [107]
    assert _killed([lead, far_more]) == [100]


def test_a_later_update_of_one_side_revises_that_side_only():
    lead = _draft("Twelve soldiers were killed and 20 attackers were neutralised, a security source said.", 0)
    update = _draft("The toll later rose to 17 soldiers killed.", 300)
    assert _groups([lead, update]) == [(20, "militants"), (17, "security")]
    lead = _draft("Selon un premier bilan, 12 soldats ont été tués et 20 assaillants neutralisés.", 0, "fr")
    update = _draft("Le bilan s'alourdit : 17 soldats tués, selon une source sécuritaire.", 300, "fr")
    figures = incident_casualties([lead, update], "fr")
    assert [(c.low, c.group) for c in figures if c.kind == "killed"] == [(20, "militants"), (17, "security")]


def test_another_sources_toll_of_the_same_side_is_no_revision():
    lead = _draft("Selon des sources locales, les combats ont fait une vingtaine de morts parmi les dozos.",
                  0, "fr")
    other = _draft("Un élu de la zone évoque un bilan de 22 morts chez les dozos.", 300, "fr")
    assert [c.low for c in incident_casualties([lead, other], "fr") if c.kind == "killed"] == [20]


def test_a_group_saying_its_fighters_killed_so_many_is_a_claim():
    claim = _draft("JNIM said on Wednesday its fighters had killed 30 soldiers in an ambush near Niono.", 0)
    army = _draft("The army said five soldiers were killed.", 90)
    other_side = _draft("It said 16 assailants were neutralised.", 131)
    figures = [c for c in incident_casualties([claim, army, other_side]) if c.kind == "killed"]
    assert sorted((c.low, c.alternative) for c in figures) == [(5, False), (16, False), (30, True)]


def test_a_count_of_civilians_disputing_the_fighters_claimed_gives_the_toll():
    # illustrative: the army's fighters killed, then residents' account of civilian dead
    lead = _draft("The army said its strike near Gao neutralised 40 terrorists.", 0)
    dispute = _draft("Villagers gave a different account: we buried 11 people, all civilians.", 70)
    assert _groups([lead, dispute]) == [(11, "civilians")]
    # no dispute told: civilians also killed add to the fighters
    also = _draft("Residents said three civilians were also killed in the crossfire.", 70)
    assert _killed([lead, also]) == [40, 3]
    # more civilians than fighters claimed: no conservative replacement
    more = _draft("Villagers gave a different account and said 60 civilians were killed.", 70)
    assert 40 in _killed([lead, more])


def test_a_sequel_telling_the_new_total_leads_before_a_recalled_first_toll():
    # illustrative: the wounded died since, "portant à sept" the toll; the ministry's earlier four is a recall
    text = "Trois des militaires blessés sont décédés à l'hôpital, portant à sept le nombre de soldats tués."
    update = replace(_draft(text, 0, "fr"), sequel=True)
    recall = _draft("Le ministère avait annoncé dimanche la mort de quatre soldats.", 100, "fr")
    killed = [c.low for c in incident_casualties([update, recall], "fr") if c.kind == "killed"]
    assert killed == [7]


def test_a_named_side_told_as_also_dead_adds_to_a_lead_of_no_side():
    """Illustrative: 'killing five' names no side, 'two of the attackers were also killed' are more dead (7);
    without 'also', the two may be among the five."""
    lead = _draft("Bandits attacked a Community Watch post on Sunday, killing five.", 0)
    also = _draft("Two of the attackers were also killed.", 70)
    assert summarise_fatalities(incident_casualties([lead, also])).best == 7
    among = _draft("Two of the dead were attackers.", 70)
    assert summarise_fatalities(incident_casualties([lead, among])).best == 5


def test_a_later_count_of_the_same_side_gives_the_number_a_figure_word_left_open():
    # illustrative: "dozens of men" then the count of their names
    lead = _draft("Survivors say soldiers killed dozens of men in Dioura.", 0)
    names = _draft("Residents gave the names of 31 men killed.", 200)
    assert _killed([lead, names])[-1] == 31
    assert summarise_fatalities(incident_casualties([lead, names])).best == 31
    # not another side's dead, nor a count more than ten times the word's figure
    other = _draft("The army said 30 attackers were killed.", 200)
    assert summarise_fatalities(incident_casualties([lead, other])).deaths_civilians == 12
    # an "at least" count pins the word down too ("scores of insurgents ... at least 46 fighters")
    lead = _draft("Scores of insurgents have been killed in clashes between rival factions near Kukawa.", 0)
    count = _draft("At least 46 fighters were killed on both sides, a security source said.", 200)
    assert summarise_fatalities(incident_casualties([lead, count])).best == 46


def test_a_party_s_later_claim_of_more_dead_only_raises_the_top():
    # illustrative: the lead's count, then the attacker's larger claim
    lead = _draft("Insurgents overran a base in Marte, killing at least nine soldiers.", 0)
    claim = _draft("ISWAP later claimed the attack in a statement, saying it had killed 20 soldiers.", 300)
    totals = summarise_fatalities(incident_casualties([lead, claim]))
    assert (totals.low, totals.best, totals.high) == (9, 9, 20)


def test_a_headline_counting_the_dead_and_the_wounded_gives_way_to_the_body_s_dead():
    # illustrative: the headline's seven are the three killed and the four wounded the body tells
    headline = _draft("Roadside bomb kills seven soldiers near Tera", 0)
    body = _draft("The blast killed three soldiers, while four others were wounded.", 60)
    assert _killed([headline, body]) == [3]
    # a body toll that does not add up to the headline's with its wounded leaves the headline's toll
    other = _draft("The blast killed three soldiers, while two others were wounded.", 60)
    assert _killed([headline, other]) == [7]


def test_one_more_dead_told_as_also_killed_adds_to_the_lead_whatever_its_side():
    # illustrative: the lead kills a commander, the next sentence "also killed" his aide (no side)
    lead = _draft("A Boko Haram commander was killed in a raid by troops near Gwoza on Tuesday.", 0)
    also = _draft("Also killed during the raid was his aide, Musa Ali.", 80)
    assert summarise_fatalities(incident_casualties([lead, also])).best == 2
    soldier = _draft("Also killed in the clash was a soldier, the army added.", 80)
    assert summarise_fatalities(incident_casualties([_draft("Troops killed four militants near Tera.", 0),
                                                     soldier])).best == 5


def test_the_killers_count_of_the_civilians_they_killed_as_fighters_is_the_same_dead():
    # illustrative: a rights group's count of men executed, then the army's "terrorists" of that operation
    lead = _draft("Soldiers executed at least 24 men at the market in Dioura, a rights group said.", 0)
    soldiers = FoundActor(state_forces("ML", "2026-03-29"), "security", 0, 8)
    army = _draft("The army said it had neutralised some twenty terrorists in the Dioura area.", 100)
    killed = incident_casualties([replace(lead, found_actors=[soldiers]), army])
    assert summarise_fatalities(killed).best == 24
    # not when others killed the civilians: the army's dead are the attackers
    lead = _draft("Jihadists killed at least 24 villagers in Dioura, residents said.", 0)
    jihadists = FoundActor(unidentified_armed_group("ML"), "militants", 0, 9)
    killed = incident_casualties([replace(lead, found_actors=[jihadists]), army])
    assert summarise_fatalities(killed).best == 44


def test_a_lead_s_figure_word_of_no_side_gives_way_to_the_sides_counted_later():
    """Illustrative: 'killing several people' in the lead, then 'It said 12 gendarmes had been killed and 20
    assailants neutralised': the counts are the toll, not a restatement of 'several'."""
    lead = _draft("Gunmen attacked a gendarmerie school in the capital, killing several people.", 0)
    later = _draft("It said 12 gendarmes had been killed and 20 assailants neutralised.", 400)
    assert sorted(_killed([lead, later])) == [12, 20]


def test_a_lead_s_exact_figure_of_no_side_is_not_replaced_by_later_counts():
    lead = _draft("Gunmen attacked a village on Tuesday, killing 30 people.", 0)
    later = _draft("A resident said 12 women were killed.", 400)
    assert 30 in _killed([lead, later])
