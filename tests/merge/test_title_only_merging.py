"""Merging articles that are only a headline (illustrative headlines written for these tests): a title
names one side, one part's toll and the most specific place it knows, and its words were chosen to
name the incident -- evidence weighed differently from the sentences of full reports."""

from __future__ import annotations

from dataclasses import replace

from merge_helpers import ISSP, JNIM, NIGER_ARMY, UNIDENTIFIED, add_article, mention

from sahelwatch.merge import update_events
from sahelwatch.merge.cluster import cluster_keys
from sahelwatch.merge.features import content_terms, dead_kinds, key_of
from sahelwatch.merge.score import (
    LINK_THRESHOLD,
    actor_score,
    date_score,
    pair_score,
    place_score,
    shared_state,
    shared_terms,
    text_score,
    told_apart,
    toll_score,
    type_score,
)
from sahelwatch.models import Actor, Article, Fatalities, Place

NIGER = Place("Niger", "NE", "Niger", None, None, 17.6, 8.08, geo_precision=3, where_prec=6)
TILLABERI = Place("Tillabéri", "NE", "Niger", "Tillabéri", None, 14.21, 1.45, geo_precision=3, where_prec=4)
NIGER_POLICE = Actor("Police Forces of Niger (2023-)", inter=1, country="NE")
TROOPS = Actor("Military Forces", inter=1)  # "troops" in a headline that does not say whose


def _title_key(article_id: str, text: str, mention_id: int, published: str, *, alone: bool = True,
               place: Place | None = NIGER, toll: int = 0, **fields):
    """The key of a headline dated by its publication day; ``alone``: the article is only its title."""
    article = Article(id=article_id, text=text, raw_text=text, title=text, published=published)
    m = mention(article, day=published, place="Tera", toll=toll, date_prec=3, **fields)
    m = replace(m, place=place, date=replace(m.date, surface=None, time_precision=2))
    m.id = mention_id
    return key_of(m, published, headline_only=alone)


def test_a_state_s_army_police_or_unnamed_troops_are_one_side():
    assert shared_state(["military forces"], ["military forces of niger"])
    assert shared_state(["police forces of niger"], ["military forces of niger"])
    assert not shared_state(["military forces of mali"], ["military forces of niger"])
    assert not shared_state(["islamic state sahel"], ["military forces of niger"])
    troops = _title_key("a", "Troops kill 12 jihadists in Niger", 1, "2024-03-10", actor1=TROOPS, actor2=None)
    police = _title_key("b", "Niger police say 12 jihadists killed", 2, "2024-03-10", actor1=NIGER_POLICE,
                        actor2=None)
    assert actor_score(troops, police) > 0


def test_terms_leave_out_country_words_generic_fighters_and_wire_words():
    terms = content_terms("Turkish and Philippine insurgents, terrorists hit a mosque: Reuters news agency")
    assert terms == ["hit", "mosqu"]


def test_a_word_shared_by_two_titles_weighs_more_than_by_two_sentences():
    a = _title_key("a", "Gunmen attack a market in Niger, 9 dead", 1, "2024-03-10", toll=9)
    b = _title_key("b", "Niger market attack leaves several dead", 2, "2024-03-10")
    assert shared_terms(a, b) == 1
    sentences = replace(a, headline_only=False), replace(b, headline_only=False)
    assert text_score(a, b) > text_score(*sentences) > 0


def test_two_titles_sharing_no_word_are_no_evidence_against_but_two_sentences_are():
    toll = _title_key("a", "Niger: 18 soldiers killed", 1, "2024-03-10", toll=18)
    attackers = _title_key("b", "Jihadists overrun army post in Niger", 2, "2024-03-10")
    assert shared_terms(toll, attackers) == 0
    assert text_score(toll, attackers) == 0.0
    assert text_score(replace(toll, headline_only=False), replace(attackers, headline_only=False)) < 0


def test_a_word_matches_a_compound_it_begins_but_not_a_short_one():
    court = _title_key("a", "Gunmen attack a court in Niger", 1, "2024-03-10")
    courthouse = _title_key("b", "Niger courthouse attacked, four dead", 2, "2024-03-10", toll=4)
    assert court.terms == ["court"] and courthouse.terms == ["courthous"]
    assert shared_terms(court, courthouse) == shared_terms(courthouse, court) == 1
    assert shared_terms(replace(court, terms=["bomb"]), replace(courthouse, terms=["bombard"])) == 0


def test_two_titles_with_different_tolls_are_no_evidence_of_two_incidents():
    soldiers = _title_key("a", "Niger: 18 soldiers killed in ambush", 1, "2024-03-10", toll=18)
    commander = _title_key("b", "Jihadist commander killed in Niger ambush", 2, "2024-03-10", toll=1)
    assert toll_score(soldiers, commander) == 0.0
    reports = replace(soldiers, headline_only=False), replace(commander, headline_only=False)
    assert toll_score(*reports) < 0


def test_titles_agree_on_the_place_as_far_as_they_name_it():
    a = _title_key("a", "Twelve soldiers killed in Niger", 1, "2024-03-10", toll=12)
    b = _title_key("b", "Niger army loses 12 men in attack", 2, "2024-03-10", toll=12)
    province = _title_key("c", "Tillabéri attack kills 12", 3, "2024-03-10", toll=12, place=TILLABERI)
    province_too = replace(province, mention_id=4, article_id="d")
    unplaced = _title_key("e", "Twelve soldiers killed in attack", 5, "2024-03-10", toll=12, place=None)
    assert place_score(province, province_too) > place_score(a, b) > place_score(a, unplaced) == 0.0
    assert place_score(replace(a, headline_only=False), replace(b, headline_only=False)) == 0.0


def test_a_title_naming_only_the_army_and_one_naming_only_the_attackers_do_not_conflict():
    army = _title_key("a", "Niger army loses 12 men", 1, "2024-03-10", actor1=NIGER_ARMY, actor2=None)
    group = _title_key("b", "IS Sahel fighters kill 12 in Niger", 2, "2024-03-10", actor1=ISSP, actor2=None)
    other_group = _title_key("c", "JNIM fighters kill 12 in Niger", 3, "2024-03-10", actor1=JNIM, actor2=None)
    assert actor_score(army, group) == 0.0
    assert actor_score(group, other_group) < 0  # two different groups named as the attackers
    assert actor_score(replace(army, headline_only=False), replace(group, headline_only=False)) < 0


def test_titles_of_one_ambush_link_and_a_different_incident_does_not():
    a = _title_key("a", "Niger: 18 soldiers killed in ambush", 1, "2024-03-10", toll=18,
                   actor1=UNIDENTIFIED, actor2=NIGER_ARMY)
    b = _title_key("b", "Troops lose 18 men in Niger ambush, kill 5 attackers", 2, "2024-03-11", toll=23,
                   actor1=TROOPS, actor2=None)
    assert pair_score(a, b) >= LINK_THRESHOLD
    protest = _title_key("c", "Students protest fees in Niger", 3, "2024-03-10", actor1=None, actor2=None,
                         event_type="Protests", sub_event_type="Peaceful protest")
    assert pair_score(a, protest) < LINK_THRESHOLD


def test_the_aftermath_told_days_later_is_not_held_apart_by_its_date():
    attack = _title_key("a", "Gunmen kill 9 villagers in Niger", 1, "2024-03-10", toll=9)
    flight = _title_key("b", "Hundreds flee villages after deadly attack in Niger", 2, "2024-03-13")
    later = _title_key("c", "Bandits raid a cattle market in Niger, 4 dead", 3, "2024-03-13", toll=4)
    assert flight.is_aftermath and not later.is_aftermath
    assert flight.day_lo <= attack.day_lo
    assert date_score(attack, flight) == 0.0 > date_score(attack, later)


def test_update_events_marks_articles_that_are_only_a_title(new_store):
    store = new_store()
    title = "Niger: 18 soldiers killed in ambush"
    article = Article(id="t-1", text=title, raw_text=title, title=title, published="2024-03-10",
                      language="en", content_hash="hash-t-1")
    store.add_articles([article])
    body = add_article(store, "f-1", "Gunmen killed 18 soldiers in an ambush near Tera on Sunday, the army "
                       "said on Monday.", "Wire", "2024-03-10")
    for a in (article, body):
        store.replace_mentions(a.id, [mention(a, day="2024-03-10", place="Tera", toll=18)], "test")
        update_events(store, [a.id])
    rows = {mention_id: data for mention_id, data, _, _ in store.merge_keys_of(
        [m.id for a in ("t-1", "f-1") for m in store.mentions_of(a)])}
    flags = sorted('"headline_only":true' in data for data in rows.values())
    assert flags == [False, True]


def test_two_titles_published_two_days_apart_are_weaker_evidence_against_than_two_reports():
    first = _title_key("a", "Gunmen kill 9 villagers in Niger", 1, "2024-03-10", toll=9)
    later = _title_key("b", "Niger village attack: survivors count their dead", 2, "2024-03-12")
    reports = replace(first, headline_only=False), replace(later, headline_only=False)
    assert date_score(*reports) < date_score(first, later) < 0


def test_a_title_telling_an_arrest_and_one_telling_a_killing_are_weak_evidence_against():
    """Illustrative: one outlet leads with the detention of a man, another with his execution; two full
    reports, which tell what they leave out, keep a strategic development apart from violence."""
    arrest = _title_key("a", "Gunmen seize Tera chief's son", 1, "2024-03-10",
                        event_type="Strategic developments", sub_event_type="Arrests")
    killing = _title_key("b", "Tera chief's son executed by gunmen", 2, "2024-03-10", toll=1,
                         event_type="Violence against civilians", sub_event_type="Attack")
    march = _title_key("c", "Residents march in Tera", 3, "2024-03-10", event_type="Protests",
                       sub_event_type="Peaceful protest")
    assert type_score(arrest, killing) == -0.5
    assert type_score(replace(arrest, headline_only=False), replace(killing, headline_only=False)) == -2.0
    assert type_score(march, killing) == -2.0  # a protest is not a part of a killing


BURKINA = Place("Burkina Faso", "BF", "Burkina Faso", None, None, 12.2, -1.6, geo_precision=3, where_prec=6)
BURKINA_ARMY = Actor("Military Forces of Burkina Faso (2022-)", inter=1, country="BF")
BURKINA_GROUP = Actor("Unidentified Armed Group (Burkina Faso)", inter=3, country="BF")


def _feed_key(article_id: str, text: str, mention_id: int, dead: str, toll: int, **fields):
    """A headline of one day's feed of Burkina Faso, placed in the country only, whose ``toll`` dead are
    ``dead`` (the state's forces, side a, or civilians)."""
    key = _title_key(article_id, text, mention_id, "2024-06-12", place=BURKINA, toll=toll,
                     actor1=BURKINA_GROUP, actor2=BURKINA_ARMY, **fields)
    article = Article(id=article_id, text=text, raw_text=text, title=text, published="2024-06-12")
    m = mention(article, day="2024-06-12", place="Tera", toll=toll, actor1=BURKINA_GROUP, actor2=BURKINA_ARMY)
    per_side = {"state": {"deaths_a": toll}, "civilians": {"deaths_civilians": toll}}[dead]
    m = replace(m, fatalities=Fatalities(**per_side, low=toll, best=toll, high=toll))
    return replace(key, dead=dead_kinds(m))


def test_a_dense_feed_keeps_apart_titles_that_differ_in_words_toll_and_whose_dead():
    # an illustrative feed of one day in one country: titles that name their incident by words of their own,
    # count different dead (miners against soldiers) and different tolls are two incidents
    explosive = {"event_type": "Explosions/Remote violence",
                 "sub_event_type": "Remote explosive/landmine/IED"}
    miners = _feed_key("a", "Gunmen kill 12 gold miners at a mine in Burkina Faso", 1, "civilians", 12,
                       **explosive)
    bomb = _feed_key("b", "Roadside bomb kills three soldiers in Burkina Faso", 2, "state", 3, **explosive)
    assert told_apart(miners, bomb) and miners.dead == ["civilians"] and bomb.dead == ["state"]
    assert pair_score(miners, bomb) < LINK_THRESHOLD
    # one incident told twice, its words shared, still links; so do titles whose dead are of one kind (the
    # words and tolls of one country's titles alone do not tell two incidents: outlets lead with other parts)
    mine = _feed_key("c", "Attack on Burkina gold mine leaves 12 dead", 3, "civilians", 12, **explosive)
    assert not told_apart(miners, mine) and pair_score(miners, mine) >= LINK_THRESHOLD
    convoy = _feed_key("d", "Burkina: 35 civilians killed in convoy attack", 4, "civilians", 35, **explosive)
    assert told_apart(miners, convoy) and pair_score(miners, convoy) >= LINK_THRESHOLD
    # as clusters, in any order: the roadside bomb stays apart from the mine attack
    for keys in ([miners, bomb, mine], [bomb, mine, miners], [mine, miners, bomb]):
        clusters = {frozenset(k.article_id for k in c) for c in cluster_keys(keys)}
        assert clusters == {frozenset("ac"), frozenset("b")}
