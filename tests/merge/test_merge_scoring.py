"""Blocking, scoring, clustering and reconciliation on illustrative mentions, without a store."""

from __future__ import annotations

import random
from dataclasses import replace

from merge_helpers import JNIM, UNIDENTIFIED, mention

from sahelwatch.geo.distance import haversine_km
from sahelwatch.merge.cluster import agglomerate, cluster_keys
from sahelwatch.merge.features import jaccard, key_of, signature_of
from sahelwatch.merge.reconcile import reconcile_date, reconcile_fatalities, toll_claims
from sahelwatch.merge.score import VETO, is_candidate, pair_score, same_block, type_score
from sahelwatch.models import Actor, Article, EventDate, Evidence


def _article(article_id: str, text: str, published: str = "2024-03-10") -> Article:
    return Article(id=article_id, text=text, raw_text=text, outlet="Outlet", published=published)


def _key(article_id: str, text: str, mention_id: int, published: str = "2024-03-10", **fields):
    article = _article(article_id, text, published)
    m = mention(article, **fields)
    m.id = mention_id
    return key_of(m, published), m


def test_haversine_matches_a_known_distance():
    assert abs(haversine_km(13.51, 2.11, 12.37, -1.53) - 415) < 10  # Niamey - Ouagadougou


def test_spun_copies_are_textually_close_and_unrelated_reports_are_not():
    a = signature_of("Gunmen killed 12 soldiers in an ambush near Tera on Saturday, security sources said.")
    b = signature_of("Gunmen killed 12 soldiers in an ambush close to Tera on Saturday, sources said.")
    c = signature_of("Protesters marched in Niamey on Monday to demand lower fuel prices.")
    assert jaccard(a, b) > 0.5 > 0.15 > jaccard(a, c)


def test_date_windows_widen_with_coarse_precision():
    day, _ = _key("a", "Gunmen killed 12 soldiers near Tera.", 1, day="2024-03-09", place="Tera")
    text = "Gunmen killed 12 soldiers near Tera."
    m = mention(_article("b", text), day="2024-03-15", place="Tera")
    m.id, m.date = 2, EventDate("2024-03-01", "2024-03-01", "2024-03-31", 3, 4, "in March")
    month = key_of(m, "2024-04-10")
    assert day.day_hi - day.day_lo == 4 and month.day_hi - month.day_lo == 30 + 14
    far, _ = _key("c", "Gunmen killed 12 soldiers near Tera.", 3, day="2024-04-20", place="Tera")
    assert same_block(day, month) and not same_block(day, far)
    assert pair_score(day, far) == VETO


def test_different_countries_are_never_merged():
    text = "Gunmen killed 9 soldiers at Boulkessi on Monday."
    a, _ = _key("a", text, 1, day="2024-05-06", place="Boulkessi")
    b, _ = _key("b", text, 2, day="2024-05-06", place="Tera")
    assert is_candidate(a, b)  # identical text shares LSH bands
    assert pair_score(a, b) == VETO


def test_claims_of_responsibility_reach_back_in_time():
    claim, _ = _key("c", "JNIM claimed responsibility for the attack on the camp.", 1, "2024-05-20",
                    day="2024-05-20", place="Boulkessi", actor1=JNIM)
    attack, _ = _key("a", "Gunmen stormed the camp at Boulkessi, killing 9 soldiers.", 2, "2024-05-07",
                     day="2024-05-06", place="Boulkessi", toll=9, actor1=UNIDENTIFIED)
    assert claim.is_claim and claim.day_lo <= attack.day_hi
    assert pair_score(claim, attack) >= 0


def _tera_keys():
    texts = [
        ("a", "Gunmen killed 12 soldiers in an ambush near Tera on Saturday.", 12, "Tera"),
        ("b", "At least 15 troops died when assailants ambushed a patrol close to Tera.", 15, "Tera"),
        ("c", "Seventeen soldiers were killed in Saturday's attack near the town of Tera.", 17, "Tera"),
        ("d", "Boko Haram fighters attacked a military post in Diffa, killing 4 soldiers.", 4, "Diffa"),
        ("e", "Gunmen killed 12 villagers near Bankilaré on Saturday, sources said.", 12, "Bankilaré"),
    ]
    return [_key(aid, text, n, day="2024-03-09", place=place, toll=toll)[0]
            for n, (aid, text, toll, place) in enumerate(texts, 1)]


def test_clusters_are_the_same_for_every_order_of_the_mentions():
    keys = _tera_keys()
    expected = {frozenset("abc"), frozenset("d"), frozenset("e")}
    rng = random.Random(3)
    for _ in range(20):
        rng.shuffle(keys)
        assert {frozenset(k.article_id for k in c) for c in cluster_keys(keys)} == expected


def test_a_vetoed_pair_keeps_two_clusters_apart_even_when_linked_through_a_third():
    a, _ = _key("a", "Gunmen killed 12 soldiers near Tera on Saturday.", 1, day="2024-03-09", place="Tera")
    b, _ = _key("b", "Gunmen killed 12 soldiers near Tera on Saturday.", 2, day="2024-03-09", place="Tera")
    far = replace(b, mention_id=3, article_id="c", sort_key="c", lat=15.5, lon=3.0)  # > 100 km away
    assert pair_score(a, far) == VETO
    clusters = agglomerate([a, b, far])
    assert not any({"a", "c"} <= {k.article_id for k in c} for c in clusters)


def test_toll_reconciliation_low_best_high_and_updates():
    article = _article("x", "Gunmen killed 12 soldiers near Tera.")
    mentions = []
    for aid, toll in (("a", 12), ("b", 15), ("c", 17)):
        m = mention(article, day="2024-03-09", place="Tera", toll=toll)
        m.article_id = aid
        mentions.append(m)
    published = {"a": "2024-03-10", "b": "2024-03-10", "c": "2024-03-11", "u": "2024-03-12"}
    f = reconcile_fatalities(toll_claims(mentions, published))
    assert (f.low, f.best, f.high) == (12, 15, 17)
    update_article = _article("u", "The death toll from the ambush near Tera has risen to 28.")
    update = mention(update_article, day="2024-03-09", place="Tera", toll=28)
    f = reconcile_fatalities(toll_claims([*mentions, update], published))
    assert (f.low, f.best, f.high) == (28, 28, 28)


def test_a_vague_toll_counts_only_without_an_exact_one():
    vague = mention(_article("v", "Gunmen killed several soldiers near Tera."), day="2024-03-09",
                    place="Tera", toll=3, low=3, high=10)
    vague.fatalities = replace(vague.fatalities, vague=True)  # as the extractor marks "several"
    exact = mention(_article("e", "Gunmen killed 12 soldiers near Tera."), day="2024-03-09", place="Tera",
                    toll=12)
    published = {"v": "2024-03-10", "e": "2024-03-11"}
    f = reconcile_fatalities(toll_claims([vague, exact], published))
    assert (f.low, f.best, f.high) == (12, 12, 12)
    f = reconcile_fatalities(toll_claims([vague], published))
    assert (f.low, f.best, f.high) == (3, 3, 10)


def test_an_exact_count_stays_exact_beside_another_sides_vague_dead():
    # "Eight soldiers were killed near Tera; the attackers left many dead" (8, up to 10) against a later
    # "at least 12 soldiers killed" (illustrative): two counts, the conservative one is 8
    eight = mention(_article("h", "Eight soldiers were killed near Tera; the attackers left many dead."),
                    day="2024-03-09", place="Tera", toll=8, low=8, high=10)
    twelve = mention(_article("t", "At least 12 soldiers were killed near Tera."), day="2024-03-09",
                     place="Tera", toll=12)
    published = {"h": "2024-03-10", "t": "2024-03-12"}
    f = reconcile_fatalities(toll_claims([eight, twelve], published))
    assert (f.low, f.best, f.high) == (8, 8, 12)


def test_dozens_give_way_to_a_precise_toll():
    # "Dozens of villagers were killed near Tera" / "37 villagers were killed near Tera" (illustrative):
    # ACLED's 12 for "dozens" is a floor, not a count below the precise one
    dozens = mention(_article("d", "Dozens of villagers were killed near Tera."), day="2024-03-09",
                     place="Tera", toll=12)
    dozens.fatalities = replace(dozens.fatalities, vague=True)
    exact = mention(_article("e", "Gunmen killed 37 villagers near Tera."), day="2024-03-09", place="Tera",
                    toll=37)
    published = {"d": "2024-03-10", "e": "2024-03-10"}
    f = reconcile_fatalities(toll_claims([dozens, exact], published))
    assert (f.low, f.best, f.high, f.acled) == (37, 37, 37, 37)


def test_incidents_one_article_dates_days_apart_are_never_merged():
    text = "Gunmen shot a herder near Tera. On March 5, the body of another herder was found near Tera."
    first, second = text.split(". ", 1)
    article = _article("a", text, "2024-03-10")
    undated = mention(article, day="2024-03-10", place="Tera", sentence=first + ".")
    undated.id, undated.date = 1, EventDate("2024-03-10", "2024-03-10", "2024-03-10", 2, 3, "")
    dated = mention(article, day="2024-03-05", place="Tera", sentence=second)
    dated.id = 2
    a, b = key_of(undated, "2024-03-10"), key_of(dated, "2024-03-10")
    assert pair_score(a, b) == VETO
    other_article = mention(_article("b", second, "2024-03-10"), day="2024-03-05", place="Tera")
    other_article.id = 3
    assert pair_score(a, key_of(other_article, "2024-03-10")) != VETO  # another outlet may be late


LONG = (
    "(Illustrative) Gunmen on motorbikes attacked a military post near the town in the early hours, "
    "security sources said. The attackers burned two vehicles and took weapons before withdrawing towards "
    "the border, according to residents reached by telephone, who said the fighting lasted two hours and "
    "that reinforcements arrived later in the morning."
)


def test_full_reports_dated_a_day_apart_count_against_one_incident():
    from sahelwatch.merge.score import date_score

    a, _ = _key("a", LONG, 1, day="2024-03-09", place="Tera")
    b, _ = _key("b", LONG, 2, day="2024-03-10", place="Tera")
    assert not a.short_text and date_score(a, b) < 0
    ha, _ = _key("c", "Gunmen kill 5 soldiers near Tera", 3, day="2024-03-09", place="Tera")
    hb, _ = _key("d", "Five soldiers killed near Tera", 4, day="2024-03-10", place="Tera")
    assert date_score(ha, hb) > 0  # headlines a day apart may still be one night-time incident


def test_a_town_named_like_its_province_proves_less_in_full_reports():
    from sahelwatch.merge.score import place_score

    a, _ = _key("a", LONG, 1, day="2024-03-09", place="Diffa")
    b, _ = _key("b", LONG, 2, day="2024-03-09", place="Diffa")
    c, _ = _key("c", LONG, 3, day="2024-03-09", place="Tera")
    d, _ = _key("d", LONG, 4, day="2024-03-09", place="Tera")
    assert a.hub and not c.hub
    assert place_score(a, b) < place_score(c, d)
    ha, _ = _key("e", "Gunmen kill 5 soldiers in Diffa", 5, day="2024-03-09", place="Diffa")
    hb, _ = _key("f", "Five soldiers killed in Diffa", 6, day="2024-03-09", place="Diffa")
    assert place_score(ha, hb) == place_score(c, d)  # in a headline the town is all there is


def test_a_report_without_a_place_is_placed_by_its_actors_countries():
    from merge_helpers import JNIM, MALI_ARMY

    placed, _ = _key("a", "Gunmen killed 9 soldiers at Tera on Monday.", 1, day="2024-05-06", place="Tera")
    text = "Gunmen killed 9 soldiers on Monday."
    m = mention(_article("b", text), day="2024-05-06", place="Tera", actor1=JNIM, actor2=MALI_ARMY)
    m.id, m.place = 2, None
    unplaced = key_of(m, "2024-03-10")
    assert unplaced.actor_countries == ["ML"] and pair_score(placed, unplaced) == VETO
    m.actor1 = m.actor2 = None
    assert pair_score(placed, key_of(m, "2024-03-10")) != VETO  # nothing to place it by


def test_no_report_tells_of_an_incident_after_it_came_out():
    from datetime import date

    m = mention(_article("a", "(Illustrative) Gunmen killed 12 soldiers near Tera this month.", "2024-03-12"),
                day="2024-03-12", place="Tera")
    m.id, m.date = 1, EventDate("2024-03-01", "2024-03-01", "2024-03-31", 3, 4, "this month")
    key = key_of(m, "2024-03-12")
    assert key.day_hi == date(2024, 3, 13).toordinal()  # a day's grace for time zones
    later, _ = _key("b", "(Illustrative) Gunmen killed 12 soldiers near Tera.", 2, "2024-03-20",
                    day="2024-03-18", place="Tera")
    assert pair_score(key, later) == VETO


def test_a_town_and_a_place_near_a_distant_town_are_different_incidents():
    """Same region, same day, same toll by chance: an attack on Tera and an ambush near Banibangou (some
    220 km apart) are two incidents, though "near" makes one place less precise than a town."""
    civilians = Actor("Civilians (Niger)", inter=7, country="NE")
    attack, _ = _key("a", "(Illustrative) Gunmen killed 20 villagers in Tera on Sunday.", 1, day="2024-03-10",
                     place="Tera", toll=20, event_type="Violence against civilians", sub_event_type="Attack",
                     actor2=civilians)
    ambush, _ = _key("b", "(Illustrative) Eight soldiers and 12 attackers were killed near Banibangou.", 2,
                     day="2024-03-10", place="near Banibangou", toll=20)
    assert pair_score(attack, ambush) == VETO



def test_two_incidents_one_article_keeps_apart_stay_apart_in_one_region():
    """Illustrative: two roadside bombs told on consecutive days in one region, one against civilians, one
    against soldiers: the extractor told them apart, and agreeing type and region do not undo it."""
    civilians = Actor("Civilians (Niger)", inter=7, country="NE")
    ied = {"event_type": "Explosions/Remote violence", "sub_event_type": "Remote explosive/landmine/IED",
           "place": "Tillabéri"}
    first, _ = _key("a", "(Illustrative) A roadside bomb killed two herders on Sunday.", 1, day="2024-03-10",
                    toll=2, actor2=civilians, **ied)
    second, _ = _key("a", "(Illustrative) On Monday, another bomb hit an army vehicle.", 2, day="2024-03-11",
                     **ied)
    assert pair_score(first, second) < 0


def test_one_sentence_reports_dated_a_day_apart_count_against_one_incident():
    from sahelwatch.merge.score import date_score

    one = ("(Illustrative) Gunmen riding motorbikes killed five soldiers in an attack on their post in Tera, "
           "in the Tillaberi region, on Monday 15 January, two security sources said.")
    two = ("(Illustrative) Three soldiers died on Tuesday 16 January when their truck, part of a supply "
           "convoy, hit a mine near Tera in the Tillaberi region, two security sources said.")
    a, _ = _key("a", one, 1, day="2024-01-15", place="Tera")
    b, _ = _key("b", two, 2, day="2024-01-16", place="Tera")
    assert a.short_text and not a.headline_length and date_score(a, b) < 0


def test_small_different_tolls_are_no_evidence_of_one_incident():
    from sahelwatch.merge.score import toll_score

    a, _ = _key("a", LONG, 1, day="2024-03-09", place="Tera", toll=5)
    b, _ = _key("b", LONG, 2, day="2024-03-09", place="Tera", toll=3)
    c, _ = _key("c", LONG, 3, day="2024-03-09", place="Tera", toll=32)
    d, _ = _key("d", LONG, 4, day="2024-03-09", place="Tera", toll=30)
    assert toll_score(a, b) <= 0 < toll_score(c, d)


def test_french_dates_numbers_and_function_words_are_not_distinctive():
    from sahelwatch.merge.features import content_terms

    one = "(Exemple) Cinq VDP ont été tués lundi 15 janvier lors de l'attaque de leur poste, selon l'AFP."
    two = ("(Exemple) Trois militaires ont perdu la vie mardi 16 janvier lorsqu'un véhicule a sauté sur une "
           "mine.")
    assert set(content_terms(one)) & set(content_terms(two)) == {"exempl"}


def test_portuguese_sourcing_and_place_words_are_not_distinctive():
    from sahelwatch.merge.features import content_terms

    one = ("(Exemplo) Pelo menos cinco civis foram decapitados na madrugada de domingo no distrito de "
           "Macomia, disseram fontes locais.")
    two = ("(Exemplo) Os 12 trabalhadores raptados no distrito de Muidumbe foram libertados, confirmou uma "
           "fonte da administração.")
    assert set(content_terms(one)) & set(content_terms(two)) == {"exemplo"}


def test_a_lower_figure_recalled_after_a_toll_update_does_not_undo_it():
    first = mention(_article("f", "Gunmen killed 30 civilians in Tera."), day="2024-03-09", place="Tera",
                    toll=30)
    update = mention(_article("u", "The toll of the attack on Tera has risen to 42."), day="2024-03-09",
                     place="Tera", toll=42)
    recalled = mention(_article("r", "Last week, gunmen killed dozens of civilians in Tera."),
                       day="2024-03-09", place="Tera", toll=12)
    published = {"f": "2024-03-10", "u": "2024-03-12", "r": "2024-03-15"}
    f = reconcile_fatalities(toll_claims([first, update, recalled], published))
    assert (f.low, f.best, f.high) == (42, 42, 42)


def test_a_toll_update_is_recognised_across_a_long_description_of_the_attack():
    from sahelwatch.merge.features import UPDATE_CUE

    english = ("(Illustrative) The death toll from an attack by Boko Haram fighters on an army base on an "
               "island in Chad's Lac province on Sunday night has risen to 40 soldiers, the presidency said.")
    french = ("(Exemple) Le bilan de l'attaque menée dimanche soir par Boko Haram contre la base militaire "
              "de l'île de Barkaram, dans la province du Lac, s'est alourdi à 40 militaires tués.")
    assert UPDATE_CUE.search(english) and UPDATE_CUE.search(french)


def test_a_mention_following_up_a_claim_is_keyed_as_a_claim():
    from datetime import date

    from sahelwatch.models import Evidence

    text = "(Illustrative) JNIM claimed the attack on the post in Tera. The group said it killed 12 soldiers."
    article = _article("c", text, "2024-03-18")
    m = mention(article, day="2024-03-18", place="Tera", toll=12, sentence=text[60:])
    assert not key_of(m, "2024-03-18").is_claim
    m.evidence.append(Evidence("claim", 15, 59, text[15:59]))
    key = key_of(m, "2024-03-18")
    assert key.is_claim and key.day_lo is not None
    assert key.day_lo <= date(2024, 3, 18).toordinal() - 21  # a claim reaches back to attacks weeks before


def test_protesters_shot_dead_and_an_attack_on_civilians_may_be_one_incident():
    """Illustrative: one outlet codes the shooting of protesters as force against a protest, another as an
    attack on civilians; a peaceful march against the attack stays another kind of event."""
    civilians = Actor("Civilians (Niger)", inter=7, country="NE")
    force = {"event_type": "Protests", "sub_event_type": "Excessive force against protesters"}
    shot, _ = _key("a", "(Illustrative) Police shot dead 12 protesters in Tera.", 1, day="2024-03-10",
                   place="Tera", toll=12, **force)
    attack, _ = _key("b", "(Illustrative) Police killed 12 people in Tera.", 2, day="2024-03-10",
                     place="Tera", toll=12, event_type="Violence against civilians", sub_event_type="Attack",
                     actor2=civilians)
    march, _ = _key("c", "(Illustrative) Residents marched in Tera.", 3, day="2024-03-10", place="Tera",
                    event_type="Protests", sub_event_type="Peaceful protest", actor2=None)
    assert type_score(shot, attack) == 0.0 and type_score(march, attack) < 0


def test_a_precise_day_outside_the_other_reports_range_counts_against_one_incident():
    from sahelwatch.merge.score import date_score

    weekend = mention(_article("w", LONG), day="2024-03-09", place="Tera", date_prec=2)
    weekend.date = EventDate("2024-03-09", "2024-03-09", "2024-03-10", 2, 2, surface="last weekend")
    thursday, _ = _key("t", LONG, 2, day="2024-03-14", place="Tera")
    sunday, _ = _key("s", LONG, 3, day="2024-03-10", place="Tera")
    weekend_key = key_of(weekend, "2024-03-15")
    assert date_score(weekend_key, thursday) < 0 and date_score(thursday, weekend_key) < 0
    assert date_score(weekend_key, sunday) >= 0


def test_a_higher_count_published_after_a_toll_update_is_its_next_step():
    # illustrative: "at least 15" (day 1), "the toll has risen to 27" (day 2), "the government put the
    # official toll at 31" (day 3): the toll rose twice; ACLED codes the last count
    first = mention(_article("f", "Gunmen killed at least 15 civilians near Tera."), day="2024-03-09",
                    place="Tera", toll=15)
    update = mention(_article("u", "The toll of the attack near Tera has risen to 27."), day="2024-03-09",
                     place="Tera", toll=27)
    official = mention(_article("o", "The government put the official toll of the attack near Tera at 31."),
                       day="2024-03-09", place="Tera", toll=31)
    published = {"f": "2024-03-10", "u": "2024-03-11", "o": "2024-03-12"}
    f = reconcile_fatalities(toll_claims([first, update, official], published))
    assert (f.low, f.best, f.high) == (31, 31, 31)
    # without an update the later, higher count is another source's: both stay
    f = reconcile_fatalities(toll_claims([first, official], published))
    assert (f.low, f.best, f.high) == (15, 15, 31)


def test_a_village_and_the_commune_it_lies_in_named_by_its_seat_may_be_one_incident():
    # illustrative: "the army camp of Boulkessi" and "the camp of the commune of Mondoro" (its seat some 70 km
    # off): the commune's point says only that the camp lies somewhere in it
    from merge_helpers import MALI_ARMY, PLACES

    commune = replace(PLACES["Boulkessi"], name="Mondoro", admin2=None, latitude=14.68, longitude=-1.95,
                      feature_code="PPL", geo_precision=2, where_prec=3)
    village = replace(PLACES["Boulkessi"], admin2=None)
    PLACES["the commune of Mondoro"], PLACES["Boulkessi village"] = commune, village
    try:
        camp, _ = _key("a", "(Illustrative) JNIM fighters attacked the army camp of Boulkessi on Tuesday.", 1,
                       day="2024-03-05", place="Boulkessi village", toll=5, actor1=JNIM, actor2=MALI_ARMY)
        told, _ = _key("b", "(Ilustrativo) O JNIM atacou o campo da comuna de Mondoro na terça-feira.", 2,
                       day="2024-03-05", place="the commune of Mondoro", toll=5, actor1=JNIM,
                       actor2=MALI_ARMY)
        assert pair_score(camp, told) > 0
        # the same points told as two villages are two places 70 km apart
        town = replace(commune, geo_precision=1, where_prec=1)
        PLACES["the commune of Mondoro"] = town
        two, _ = _key("b", "(Ilustrativo) O JNIM atacou o campo militar de Mondoro na terça-feira.", 2,
                      day="2024-03-05", place="the commune of Mondoro", toll=5, actor1=JNIM, actor2=MALI_ARMY)
        assert pair_score(camp, two) < 0
    finally:
        del PLACES["the commune of Mondoro"], PLACES["Boulkessi village"]


def test_a_claim_of_responsibility_makes_no_toll_claim_beside_a_report_of_the_incident():
    # illustrative: two reports of an ambush near Tera and a claim published days later that gives the
    # claimant's figure and recalls the army's count of its own dead (one side's share of the first report)
    army = mention(_article("a", "The army said four soldiers and 15 attackers were killed near Tera."),
                   day="2024-03-09", place="Tera", toll=19)
    locals_ = mention(_article("b", "Residents said at least 11 soldiers were killed near Tera."),
                      day="2024-03-09", place="Tera", toll=11)
    text = "The group said it killed 20 soldiers. The army had reported four soldiers killed."
    claim_article = _article("c", "Islamic State claimed responsibility for the ambush near Tera. " + text)
    claim = mention(claim_article, day="2024-03-09", place="Tera", toll=4, low=4, high=20, sentence=text)
    start = claim_article.text.index("Islamic")
    claim.evidence.append(Evidence("claim", start, start + 61, claim_article.text[start : start + 61]))
    published = {"a": "2024-03-10", "b": "2024-03-10", "c": "2024-03-12"}
    f = reconcile_fatalities(toll_claims([army, locals_, claim], published))
    assert (f.low, f.best, f.high) == (11, 11, 19)
    f = reconcile_fatalities(toll_claims([claim], published))  # alone, the claim's figures are all there is
    assert (f.low, f.best, f.high) == (4, 4, 20)


def test_a_claim_told_with_a_risen_toll_updates_the_toll():
    # illustrative: a first report of 17 dead at a cattle market, and days later "the group claimed Sunday's
    # attack on the market of Tamou, whose toll rose to 23": the reporter's update, not the claimant's figure
    first = mention(_article("a", "Pelo menos 17 civis foram mortos no domingo no mercado de Tamou."),
                    day="2026-02-08", place="Tera", toll=17)
    text = ("O grupo Estado Islâmico reivindicou na quinta-feira o ataque de domingo contra o mercado de "
            "Tamou, cujo balanço subiu para 23 mortos.")
    claim_article = _article("c", text)
    claim = mention(claim_article, day="2026-02-08", place="Tera", toll=23, sentence=text)
    claim.evidence.append(Evidence("claim", 0, 45, text[:45]))
    published = {"a": "2026-02-10", "c": "2026-02-14"}
    f = reconcile_fatalities(toll_claims([first, claim], published))
    assert (f.low, f.best, f.high) == (23, 23, 23)


def test_one_sides_share_of_a_toll_is_no_lower_count():
    # "IS Sahel fighters stormed the post at Inates, killing 11 soldiers; the army said some 20 assailants
    # were killed" against a later article's recall "the attack on the Inates post killed 11 soldiers"
    # (illustrative): the recall tells the soldiers' part of the toll, the incident's count stays 31
    both = mention(_article("b", "Fighters stormed the post at Tera, killing 11 soldiers; 20 assailants "
                            "were killed."), day="2024-03-09", place="Tera", toll=31)
    both.fatalities = replace(both.fatalities, deaths_unknown=0, deaths_a=11, deaths_b=20)
    share = mention(_article("s", "The attack on the Tera post killed 11 soldiers."), day="2024-03-09",
                    place="Tera", toll=11)
    share.fatalities = replace(share.fatalities, deaths_unknown=0, deaths_a=11)
    published = {"b": "2024-03-10", "s": "2024-03-17"}
    f = reconcile_fatalities(toll_claims([both, share], published))
    assert (f.low, f.best, f.high, f.deaths_a, f.deaths_b) == (31, 31, 31, 11, 20)
    # another count of one side is a lower count (9 soldiers against 11 soldiers and 20 assailants), and so
    # is the same share told first
    f = reconcile_fatalities(toll_claims([both, share], {"b": "2024-03-17", "s": "2024-03-10"}))
    assert (f.low, f.high) == (11, 31)
    # a toll with one side told vaguely ("11 soldiers and several assailants": 14, up to 21) is no exact whole
    vague = replace(both, fatalities=replace(both.fatalities, deaths_b=3, low=14, best=14, high=21))
    f = reconcile_fatalities(toll_claims([vague, share], published))
    assert (f.low, f.high) == (11, 21)
    other = replace(share, fatalities=replace(share.fatalities, deaths_a=9, low=9, best=9, high=9))
    f = reconcile_fatalities(toll_claims([both, other], published))
    assert (f.low, f.high) == (9, 31)


def test_a_report_correcting_the_day_overrules_the_earlier_reports_day():
    # illustrative: two outlets first said Saturday; a follow-up says "dimanche, et non samedi"
    first = mention(_article("a", "Gunmen killed eight villagers in Tera on Saturday."),
                    day="2026-10-31", place="Tera", toll=8)
    second = mention(_article("b", "Eight villagers were killed in Tera on Saturday."),
                     day="2026-10-31", place="Tera", toll=8)
    corrected = mention(_article("c", "L'attaque a eu lieu dimanche, et non samedi."), day="2026-11-01",
                        place="Tera", toll=8)
    assert reconcile_date([first, second, corrected]).event_date == "2026-10-31"
    corrected.evidence = [*corrected.evidence, Evidence("date:corrected", 25, 33, "dimanche")]
    assert reconcile_date([first, second, corrected]).event_date == "2026-11-01"


def test_a_count_an_earlier_update_had_passed_told_on_the_latest_updates_day_does_not_lower_it():
    # illustrative: 9 (day 1), "the toll rose to 16" (day 2), "rose to 21" (day 3), and on day 3 another
    # story recalling that gunmen "had killed at least 16" there: the toll is 21
    first = mention(_article("f", "Gunmen killed nine villagers in Tera."), day="2024-03-09", place="Tera",
                    toll=9)
    update = mention(_article("u", "The toll of the attack on Tera has risen to 16."), day="2024-03-09",
                     place="Tera", toll=16)
    latest = mention(_article("l", "The toll of the attack on Tera has risen to 21."), day="2024-03-09",
                     place="Tera", toll=21)
    recalled = mention(_article("r", "On Saturday gunmen had killed at least 16 people in Tera."),
                       day="2024-03-09", place="Tera", toll=16)
    published = {"f": "2024-03-10", "u": "2024-03-11", "l": "2024-03-12", "r": "2024-03-12"}
    f = reconcile_fatalities(toll_claims([first, update, latest, recalled], published))
    assert (f.low, f.best, f.high) == (21, 21, 21)
    # a same-day count above every earlier update is another source's count: it stays
    other = mention(_article("o", "Officials said 18 people died in the attack on Tera."), day="2024-03-09",
                    place="Tera", toll=18)
    f = reconcile_fatalities(toll_claims([first, update, latest, other], {**published, "o": "2024-03-12"}))
    assert (f.low, f.best, f.high) == (18, 18, 21)


def test_two_events_the_extractor_made_of_one_sentence_stay_apart():
    # illustrative: a raid's clash with the guards and its abduction of workers, told in one sentence
    text = "Gunmen killed two soldiers guarding a mine near Tera on Monday and abducted three workers."
    clash, _ = _key("a", text, 1, day="2024-05-06", place="Tera")
    abduction, _ = _key("a", text, 2, day="2024-05-06", place="Tera")
    assert pair_score(clash, abduction) == VETO
    other, _ = _key("b", text, 3, day="2024-05-06", place="Tera")
    assert pair_score(clash, other) != VETO


def test_a_district_found_as_such_is_no_town_of_another_district():
    """Illustrative: a soldier killed 'in Ndu, Donga Mantung Division' (placed at the unit, its seat
    Nkambe) and a bomb on a convoy in Kumbo (Bui), 50 km off on the next day: two incidents. Like a commune
    told by its seat, the unit holds the incident somewhere inside it, so not in a town of another unit."""
    from sahelwatch.merge.score import place_score

    a, _ = _key("a", "(Illustrative) A soldier was killed in Ndu on Sunday.", 1, day="2024-03-10",
                place="Tera")
    b, _ = _key("b", "(Illustrative) A bomb hit a convoy in Kumbo on Saturday.", 2, day="2024-03-09",
                place="Tera")
    a = replace(a, admin2="donga mantung", place="donga mantung", geo_precision=2, lat=6.633, lon=10.667)
    b = replace(b, admin2="bui", place="kumbo", lat=6.2, lon=10.667)
    assert place_score(a, b) > 0  # same region, 48 km: nothing told them apart
    assert place_score(replace(a, district=True), b) < 0
