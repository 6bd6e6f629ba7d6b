"""Merging headline-only reports (illustrative headlines written for these tests): reports of one
incident worded differently and published on different days link; different incidents do not."""

from __future__ import annotations

import random
from dataclasses import replace

from merge_helpers import ISSP, NIGER_ARMY, UNIDENTIFIED, mention

from sahelwatch.merge.cluster import cluster_keys
from sahelwatch.merge.features import (
    AFTERMATH_CUE,
    content_terms,
    is_toll_update,
    jaccard,
    key_of,
    toll_parts,
)
from sahelwatch.merge.reconcile import reconcile_date
from sahelwatch.merge.score import (
    COPY_JACCARD,
    LINK_THRESHOLD,
    actor_score,
    claim_score,
    date_score,
    pair_score,
    shared_terms,
    similar_wording,
    text_score,
    toll_score,
)
from sahelwatch.models import Actor, Article, Fatalities, Place

NIGER = Place("Niger", "NE", "Niger", None, None, 17.6, 8.08, geo_precision=3, where_prec=6)


def _headline_key(article_id: str, text: str, mention_id: int, published: str, toll: int = 0, **fields):
    """The key of a headline dated only by its publication day, placed in the country only."""
    article = Article(id=article_id, text=text, raw_text=text, outlet="Outlet", published=published)
    m = mention(article, day=published, place="Tera", toll=toll, date_prec=3, **fields)
    m = replace(m, place=NIGER, date=replace(m.date, surface=None, time_precision=2))
    m.id = mention_id
    return key_of(m, published)


def test_terms_leave_out_function_words_attack_vocabulary_names_and_demonyms():
    terms = content_terms("Nigerien soldiers killed as suicide bombers hit Diffa mosques", {"diffa"})
    assert terms == ["bomb", "hit", "mosqu", "suicid"]
    assert content_terms("x " * 400) == []  # long evidence is compared by MinHash instead


def test_two_wordings_of_one_bombing_a_day_apart_link():
    a = _headline_key("a", "Suicide bombers hit two mosques in Niger, killing 21", 1, "2024-03-10", toll=21)
    b = _headline_key("b", "Niger mosque suicide attacks: toll reaches 22", 2, "2024-03-11", toll=22)
    assert text_score(a, b) > 0
    assert pair_score(a, b) >= LINK_THRESHOLD


def test_different_incidents_in_one_country_on_one_day_stay_apart():
    a = _headline_key("a", "Suicide bombers hit two mosques in Niger, killing 21", 1, "2024-03-10", toll=21)
    abduction = {"event_type": "Violence against civilians",
                 "sub_event_type": "Abduction/forced disappearance"}
    b = _headline_key("b", "Gunmen abduct teachers from a school in Niger", 2, "2024-03-10", **abduction)
    assert pair_score(a, b) < LINK_THRESHOLD


def test_a_toll_that_rises_in_a_later_report_is_no_evidence_of_two_incidents():
    first = _headline_key("a", "Gunmen kill 6 soldiers in Niger", 1, "2024-03-10", toll=6)
    later = _headline_key("b", "Niger attack on soldiers: 11 dead", 2, "2024-03-11", toll=11)
    assert not later.is_update and toll_score(first, later) == 0.0
    fell = replace(later, best=3, low=3, high=3)  # a lower toll a day later is another count
    assert toll_score(first, fell) < 0
    close = replace(later, published=first.published, best=7, low=7, high=7)  # outlets count 6 and 7
    assert toll_score(first, close) > 0


def test_sharing_only_the_state_forces_is_weaker_than_sharing_a_named_group():
    army = _headline_key("a", "Army repels attack in Niger", 1, "2024-03-10", actor1=NIGER_ARMY, actor2=None)
    army_too = _headline_key("b", "Niger troops ambushed", 2, "2024-03-10", actor1=UNIDENTIFIED,
                             actor2=NIGER_ARMY)
    group = _headline_key("c", "IS Sahel claims attack in Niger", 3, "2024-03-10", actor1=ISSP, actor2=None)
    group_too = _headline_key("d", "IS Sahel fighters strike in Niger", 4, "2024-03-10", actor1=ISSP,
                              actor2=NIGER_ARMY)
    assert 0 < actor_score(army, army_too) < actor_score(group, group_too)


def test_headline_clusters_do_not_depend_on_order():
    keys = [
        _headline_key("a", "Suicide bombers hit two mosques in Niger, killing 21", 1, "2024-03-10", toll=21),
        _headline_key("b", "Niger mosque suicide attacks: toll reaches 22", 2, "2024-03-11", toll=22),
        _headline_key("c", "Twin mosque suicide bombings kill 21 in Niger", 3, "2024-03-10", toll=21),
        _headline_key("d", "Gunmen abduct teachers from a school in Niger", 4, "2024-03-10"),
    ]
    expected = {frozenset(k.article_id for k in c) for c in cluster_keys(keys)}
    assert frozenset("abc") in expected
    for seed in range(5):
        shuffled = keys[:]
        random.Random(seed).shuffle(shuffled)
        assert {frozenset(k.article_id for k in c) for c in cluster_keys(shuffled)} == expected


def _town_headline_key(article_id: str, text: str, mention_id: int, published: str, **fields):
    """The key of a headline dated only by its publication day and placed in a town (Tera)."""
    article = Article(id=article_id, text=text, raw_text=text, outlet="Outlet", published=published)
    m = mention(article, day=published, place="Tera", date_prec=3, **fields)
    m = replace(m, date=replace(m.date, surface=None, time_precision=2))
    m.id = mention_id
    return key_of(m, published)


def test_a_later_claim_attaches_to_the_attack_it_claims_though_it_names_another_actor():
    attack = _town_headline_key("a", "Gunmen kill 12 soldiers at an army post in Tera", 1, "2024-03-10",
                                toll=12, actor1=UNIDENTIFIED, actor2=NIGER_ARMY)
    claim = _town_headline_key("b", "IS Sahel claims responsibility for Tera assault", 2, "2024-03-12",
                               actor1=ISSP, actor2=None)
    assert claim.is_claim and actor_score(attack, claim) == 0.0  # the attack report did not know who
    assert claim_score(attack, claim) > 0
    assert pair_score(attack, claim) >= LINK_THRESHOLD


def test_a_claim_published_before_the_day_an_attack_is_told_to_happen_is_not_about_it():
    claim = _town_headline_key("b", "IS Sahel claims responsibility for Tera assault", 2, "2024-03-08",
                               actor1=ISSP, actor2=None)
    later = _town_headline_key("a", "Gunmen kill 12 soldiers at an army post in Tera", 1, "2024-03-10",
                               toll=12, actor1=UNIDENTIFIED, actor2=NIGER_ARMY)
    later = replace(later, day_from_text=True)  # the report dates the attack itself
    assert claim_score(claim, later) == 0.0
    two_reports = replace(claim, is_claim=False)
    assert claim_score(two_reports, later) == 0.0


def test_a_toll_that_counts_one_side_of_another_is_no_evidence_against():
    both = _headline_key("a", "Clash leaves 18 soldiers, 5 jihadists dead in Niger", 1, "2024-03-10", toll=23)
    both = replace(both, toll_parts=[5, 18])  # the per-side figures, as features.toll_parts reads them:
    text = "Clash leaves 18 soldiers, 5 jihadists dead"
    article = Article(id="c", text=text, raw_text=text, published="2024-03-10")
    sides = mention(article, day="2024-03-10", place="Tera", toll=23)
    sides = replace(sides, fatalities=Fatalities(deaths_a=18, deaths_b=5, low=23, best=23, high=23))
    assert toll_parts(sides) == [5, 18]
    soldiers = _headline_key("b", "18 soldiers killed in Niger clash", 2, "2024-03-10", toll=18)
    other = replace(soldiers, best=11, low=11, high=11)
    assert toll_score(both, soldiers) > 0 > toll_score(both, other)


BORNO = Place("Borno", "NG", "Nigeria", "Borno", None, 11.5, 13.0, geo_precision=3, where_prec=4)
BOKO_HARAM = Actor("Boko Haram", inter=2, country="NG")


def _monitor_title_key(article_id: str, text: str, mention_id: int, published: str):
    """A monitor's title naming a group and a province, dated by its publication day."""
    key = _headline_key(article_id, text, mention_id, published)
    article = Article(id=article_id, text=text, raw_text=text, outlet="Outlet", published=published)
    m = mention(article, day=published, place="Tera", date_prec=3, actor1=BOKO_HARAM, actor2=None)
    m = replace(m, place=BORNO, date=replace(m.date, surface=None, time_precision=2))
    m.id = key.mention_id
    return key_of(m, published, headline_only=True)


def test_formulaic_titles_sharing_only_a_group_and_a_province_are_no_copy():
    # a monitor titles every incident "<who>, <province>": such titles share a third of their shingles
    attack = _monitor_title_key("a", "Boko Haram Attack, Borno", 1, "2024-03-06")
    clash = _monitor_title_key("b", "Soldiers vs Boko Haram, Borno", 2, "2024-03-10")
    assert jaccard(attack.signature, clash.signature) >= COPY_JACCARD and shared_terms(attack, clash) == 0
    assert not similar_wording(attack, clash)
    assert date_score(attack, clash) < 0  # four days apart, dated by publication only
    assert pair_score(attack, clash) < LINK_THRESHOLD
    relayed = _monitor_title_key("c", "Boko Haram attack, Borno State", 3, "2024-03-08")
    assert similar_wording(attack, relayed)  # a near copy, relayed two days later


_ATTACK = {"event_type": "Violence against civilians", "sub_event_type": "Attack"}


def test_a_monitor_s_figure_first_toll_update_reaches_back_to_the_attack():
    # "It rose to 28, the number of ...": the figure first, then what it counts; a running total over a
    # campaign ("since the start of the operation") revises no one incident's toll
    assert is_toll_update("It rose to 28, the number of villagers killed in the attack on Tera")
    assert is_toll_update("More casualties raise to about 30, the number of civilians killed in Tera")
    running = "It rose to 30, the number of civilians killed since the start of the operation"
    assert not is_toll_update(running)
    assert not is_toll_update("Le nombre de civils tués depuis le début de l'offensive est passé à 30")
    attack = _town_headline_key("a", "Gunmen kill 12 villagers in Tera", 1, "2024-03-10", toll=12, **_ATTACK)
    update = _town_headline_key("b", "It rose to 28, the number of villagers killed in the attack on Tera", 2,
                                "2024-03-17", **_ATTACK)
    assert update.is_update and update.day_lo <= attack.day_hi
    assert pair_score(attack, update) >= LINK_THRESHOLD


def test_bodies_found_after_an_attack_follow_it_up_in_three_languages():
    for text in ("Soldiers find 9 more bodies after Tera massacre",
                 "Les secouristes retrouvent neuf autres corps après l'attaque de Tera",
                 "Encontrados mais nove corpos após o ataque em Tera"):
        assert AFTERMATH_CUE.search(text), text
    assert not AFTERMATH_CUE.search("Soldiers find 9 bodies near Tera")  # bodies found: maybe a new incident
    attack = _town_headline_key("a", "Gunmen kill 12 villagers in Tera", 1, "2024-03-10", toll=12, **_ATTACK)
    found = _town_headline_key("b", "Soldiers find 9 more bodies after Tera massacre", 2, "2024-03-20",
                               toll=9, **_ATTACK)
    assert found.is_aftermath and pair_score(attack, found) >= LINK_THRESHOLD


def test_a_follow_up_dated_by_its_publication_does_not_date_the_incident():
    first = Article(id="a", text="Gunmen kill 12 villagers in Tera", published="2024-03-10")
    update = Article(id="b", text="Death toll from Tera attack rises to 28", published="2024-03-14")
    also = Article(id="c", text="Tera attack: toll rises to 28, officials say", published="2024-03-14")
    mentions = []
    for article in (first, update, also):
        m = mention(article, day=article.published, place="Tera", toll=12, date_prec=3)
        mentions.append(replace(m, date=replace(m.date, surface=None)))
    assert reconcile_date(mentions).event_date == "2024-03-10"
    # told alone, the follow-ups still date it
    assert reconcile_date(mentions[1:]).event_date == "2024-03-14"
