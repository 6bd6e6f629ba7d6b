"""Cross-source merging on illustrative reports: one incident, one event; distinct incidents apart."""

from __future__ import annotations

import itertools

from merge_helpers import ISSP, JNIM, MALI_ARMY, add_article, clusters, mention, report

from sahelwatch.merge import update_events
from sahelwatch.models import Article

TERA_A = "Gunmen killed 12 soldiers in an ambush near Tera on Saturday, security sources said."
TERA_B = "At least 15 Nigerien troops died when assailants ambushed a patrol close to Tera on Saturday."
TERA_C = "Seventeen soldiers were killed in Saturday's attack on an army patrol near the town of Tera."
DIFFA = "Boko Haram fighters attacked a military post in Diffa on Saturday, killing 4 soldiers."


def _three_outlets(store) -> None:
    report(store, "tera-a", TERA_A, "Outlet A", "2024-03-10", day="2024-03-09", place="Tera", toll=12)
    report(store, "tera-b", TERA_B, "Outlet B", "2024-03-10", day="2024-03-09", place="Tera", toll=15)
    report(store, "tera-c", TERA_C, "Outlet C", "2024-03-11", day="2024-03-09", place="Tera", toll=17)


def test_three_outlets_with_different_tolls_make_one_event(new_store):
    store = new_store()
    _three_outlets(store)
    [event] = store.query_events()
    assert [s.outlet for s in event.sources] == ["Outlet A", "Outlet B", "Outlet C"]
    f = event.fatalities
    assert (f.low, f.best, f.high) == (12, 15, 17)
    assert store.get_event(event.id).fatalities.acled == 12  # ACLED's conservative figure
    tolls = {c.article_id: c.value for c in event.claims if c.field == "fatalities_best"}
    assert tolls == {"tera-a": 12, "tera-b": 15, "tera-c": 17}
    assert event.place.name == "Tera" and event.date.event_date == "2024-03-09"


def test_two_attacks_on_the_same_day_in_different_regions_stay_apart(new_store):
    store = new_store()
    report(store, "tera-a", TERA_A, "Outlet A", "2024-03-10", day="2024-03-09", place="Tera", toll=12)
    report(store, "diffa", DIFFA, "Outlet A", "2024-03-10", day="2024-03-09", place="Diffa", toll=4)
    assert clusters(store) == {frozenset({"tera-a"}), frozenset({"diffa"})}


def test_two_attacks_in_one_region_on_distant_towns_stay_apart(new_store):
    store = new_store()
    report(store, "tera-a", TERA_A, "Outlet A", "2024-03-10", day="2024-03-09", place="Tera", toll=12)
    text = "Gunmen killed 12 villagers in an ambush near Bankilaré on Saturday, security sources said."
    report(store, "bank", text, "Outlet A", "2024-03-10", day="2024-03-09", place="Bankilaré", toll=12,
           event_type="Violence against civilians", sub_event_type="Attack")
    assert len(clusters(store)) == 2


def test_rising_toll_updates_the_event(new_store):
    store = new_store()
    report(store, "tera-a", TERA_A, "Outlet A", "2024-03-10", day="2024-03-09", place="Tera", toll=12)
    [first] = store.query_events()
    update = "The death toll from Saturday's ambush near Tera has risen to 28 soldiers, the army said."
    report(store, "tera-up", update, "Outlet B", "2024-03-12", day="2024-03-09", place="Tera", toll=28)
    [event] = store.query_events()
    assert event.id == first.id and event.revision == 2
    assert (event.fatalities.low, event.fatalities.best, event.fatalities.high) == (28, 28, 28)
    assert any(c.field == "fatalities_best" and c.value == 12 for c in event.claims)  # kept as a claim
    assert "fatalities 12/12/12 -> 28/28/28" in store.revisions_of(event.id)[-1]["reason"]


def test_claim_of_responsibility_days_later_attaches_and_names_the_attacker(new_store):
    store = new_store()
    attack = "Unidentified gunmen stormed the army camp at Boulkessi on Monday, killing 9 soldiers."
    report(store, "bk", attack, "Outlet A", "2024-05-07", day="2024-05-06", place="Boulkessi", toll=9,
           actor2=MALI_ARMY)
    claim = "JNIM claimed responsibility for the attack on the Boulkessi camp in a statement on Friday."
    report(store, "bk-claim", claim, "Outlet B", "2024-05-10", day="2024-05-10", place="Boulkessi",
           event_type="Strategic developments", sub_event_type="Other", actor1=JNIM, actor2=MALI_ARMY)
    [event] = store.query_events()
    assert {s.article_id for s in event.sources} == {"bk", "bk-claim"}
    assert event.actor1.name == JNIM.name and event.event_type == "Battles"
    assert event.date.event_date == "2024-05-06" and event.fatalities.best == 9
    reason = store.revisions_of(event.id)[-1]["reason"]  # the history says what the claim changed
    assert f"actor1 Unidentified Armed Group (Niger) -> {JNIM.name}" in reason


def test_recalled_past_event_joins_the_original(new_store):
    store = new_store()
    original = "Islamic State fighters ambushed a patrol near Tera on 4 October 2017, killing 4 soldiers."
    report(store, "tt-2017", original, "Outlet A", "2017-10-05", day="2017-10-04", place="Tera", toll=4,
           actor1=ISSP)
    recalled = "The 4 October 2017 ambush near Tera, in which Islamic State fighters killed 4 soldiers, " \
        "is still remembered in the town."
    report(store, "tt-2024", recalled, "Outlet B", "2024-10-04", day="2017-10-04", place="Tera", toll=4,
           actor1=ISSP)
    [event] = store.query_events()
    assert {s.article_id for s in event.sources} == {"tt-2017", "tt-2024"}
    assert event.date.event_date == "2017-10-04"


def test_clusters_do_not_depend_on_ingestion_order(new_store):
    reports = [
        ("tera-a", TERA_A, "A", dict(day="2024-03-09", place="Tera", toll=12)),
        ("tera-b", TERA_B, "B", dict(day="2024-03-09", place="Tera", toll=15)),
        ("diffa", DIFFA, "A", dict(day="2024-03-09", place="Diffa", toll=4)),
        ("tera-c", TERA_C, "C", dict(day="2024-03-09", place="Tera", toll=17)),
    ]
    seen = set()
    for n, order in enumerate(itertools.permutations(reports)):
        store = new_store(f"order{n}.db")
        for article_id, text, outlet, fields in order:
            report(store, article_id, text, outlet, "2024-03-10", **fields)
        seen.add(frozenset(clusters(store)))
        store.close()
    assert seen == {frozenset({frozenset({"tera-a", "tera-b", "tera-c"}), frozenset({"diffa"})})}


def test_merging_twice_changes_nothing(new_store):
    store = new_store()
    _three_outlets(store)
    before = [(e.id, e.revision) for e in store.query_events()]
    assert update_events(store, ["tera-a", "tera-b", "tera-c"]) == 0
    assert [(e.id, e.revision) for e in store.query_events()] == before


def test_reextracting_an_article_keeps_its_event_id(new_store):
    store = new_store()
    _three_outlets(store)
    [event] = store.query_events()
    article = store.get_article("tera-b")
    store.replace_mentions("tera-b", [mention(article, day="2024-03-09", place="Tera", toll=16)], "v2")
    assert update_events(store, ["tera-b"]) == 1
    [again] = store.query_events()
    assert again.id == event.id and again.fatalities.best == 16


def test_an_article_losing_its_mention_leaves_the_event(new_store):
    store = new_store()
    _three_outlets(store)
    store.replace_mentions("tera-c", [], "v2")
    update_events(store, ["tera-c"])
    [event] = store.query_events()
    assert {s.article_id for s in event.sources} == {"tera-a", "tera-b"}
    assert event.fatalities.high == 15


def test_bridging_report_merges_two_events_and_the_older_id_survives(new_store):
    store = new_store()
    vague = "Gunmen attacked soldiers in the Tillabéri region on Saturday, killing several, sources said."
    report(store, "vague", vague, "Outlet A", "2024-03-10", day="2024-03-09", place="Tillabéri",
           actor2=None)
    precise = "An army patrol lost 12 men in a clash near Tera; the fighting also left attackers dead."
    report(store, "precise", precise, "Outlet B", "2024-03-13", day="2024-03-12", place="Tera", toll=12,
           date_prec=3)
    assert len(clusters(store)) == 2
    older, newer = sorted(e.id for e in store.query_events())
    bridge = "Gunmen killed 12 soldiers in a clash near Tera in the Tillabéri region on Saturday."
    report(store, "bridge", bridge, "Outlet C", "2024-03-11", day="2024-03-09", place="Tera", toll=12)
    [event] = store.query_events()
    assert event.id == older
    assert {s.article_id for s in event.sources} == {"vague", "precise", "bridge"}
    merged = store.get_event(newer)
    assert merged.merged_into == older
    assert store.revisions_of(newer)[-1]["reason"] == f"merged into {older}"
    assert f"absorbed {newer}" in store.revisions_of(older)[-1]["reason"]
    assert store.event_ids_of_articles(["precise"]) == [older]
    store.close()
    _history_shows_the_merge(store.path, older, newer)


def _history_shows_the_merge(db, older: str, newer: str) -> None:
    from typer.testing import CliRunner

    from sahelwatch.cli import app

    runner = CliRunner()
    merged = runner.invoke(app, ["--db", str(db), "history", newer], env={"COLUMNS": "200"})
    assert merged.exit_code == 0 and f"{newer} was merged into {older}" in merged.output
    survivor = runner.invoke(app, ["--db", str(db), "history", older], env={"COLUMNS": "200"})
    assert survivor.exit_code == 0 and f"absorbed {newer}" in survivor.output


def test_mentions_without_country_are_blocked_on_dates_alone(new_store):
    store = new_store()
    report(store, "x1", TERA_A, "Outlet A", "2024-03-10", day="2024-03-09", place="Tera", toll=12)
    b = add_article(store, "x2", "Soldiers were killed in Saturday's ambush, an army source said.", "B",
                    "2024-03-10")
    c = add_article(store, "x3", DIFFA, "Outlet C", "2024-03-12")
    for article, day, toll in ((b, "2024-03-09", 12), (c, "2024-03-11", 4)):
        m = mention(article, day=day, place="Tera", toll=toll)
        m.place = None
        store.replace_mentions(article.id, [m], "test")
    update_events(store, ["x2", "x3"])
    assert clusters(store) == {frozenset({"x1", "x2"}), frozenset({"x3"})}


def test_exact_duplicate_aliases_are_listed_as_sources_in_the_ucdp_export(new_store):
    from sahelwatch.export.formats import ucdp_row

    store = new_store()
    article = add_article(store, "wire-1", TERA_A, "Wire", "2024-03-10")
    copy = Article(id="wire-1-copy", text=TERA_A, raw_text=TERA_A, url="https://example.org/copy",
                   outlet="Reprint", published="2024-03-10", content_hash=article.content_hash)
    store.add_articles([copy])  # an exact duplicate: stored as an alias of wire-1
    store.replace_mentions("wire-1", [mention(article, day="2024-03-09", place="Tera", toll=12)], "test")
    update_events(store, ["wire-1"])
    [event] = store.query_events()
    assert ucdp_row(event)["source_article"] == "wire-1;wire-1-copy"


def test_a_sentence_without_a_toll_claims_none():
    from sahelwatch.merge.reconcile import claims_of

    text = "Gunmen killed 12 soldiers near Tera on Saturday. A second attack hit a market nearby."
    article = Article(id="tera-d", text=text, raw_text=text, published="2024-03-10")
    first = mention(article, day="2024-03-09", place="Tera", toll=12, sentence=text.split(". ")[0])
    second = mention(article, day="2024-03-09", place="Tera", sentence="A second attack hit a market nearby.")
    assert {c.field for c in claims_of(first)} >= {"fatalities_best"}
    assert not any(c.field.startswith("fatalities") for c in claims_of(second))


def test_two_daily_reports_two_days_apart_stay_apart(new_store):
    store = new_store()
    text = "Shelling hit villages in the south of Tillabéri region, killing 2 civilians, monitors said."
    report(store, "day-1", text, "Monitor", "2024-03-10", day="2024-03-10", place="Tillabéri", toll=2)
    other = "Monitors reported artillery fire on farms east of Tillabéri town that left 2 herders dead."
    report(store, "day-3", other, "Monitor", "2024-03-12", day="2024-03-12", place="Tillabéri", toll=2)
    assert len(store.query_events()) == 2


def test_associated_actors_gather_every_source_and_the_civilians_one_named_as_target():
    from dataclasses import replace

    from merge_helpers import NIGER_ARMY, UNIDENTIFIED

    from sahelwatch.merge.reconcile import event_from_mentions
    from sahelwatch.models import Actor, Source

    civilians = Actor("Civilians (Niger)", inter=7, ucdp_name="Civilians", country="NE")
    wagner = Actor("Wagner Group", inter=8, country=None)
    a = Article(id="a", text="Illustrative: strikes on Tera killed ten, the army said.",
                published="2024-03-12")
    b = Article(id="b", text="Illustrative: strikes killed ten civilians in Tera.", published="2024-03-12")
    told_a = replace(mention(a, day="2024-03-11", place="Tera", toll=10, actor1=NIGER_ARMY, actor2=ISSP),
                     assoc_actor_1=[wagner])
    told_b = mention(b, day="2024-03-11", place="Tera", toll=10, actor1=NIGER_ARMY, actor2=civilians)
    told_c = mention(b, day="2024-03-11", place="Tera", toll=10, actor1=NIGER_ARMY, actor2=UNIDENTIFIED)
    sources = [Source(i, "Outlet", None, "2024-03-12") for i in "ab"]
    event = event_from_mentions("NER000001", [told_a, told_b, told_c], sources)
    assert (event.actor1, event.actor2) == (NIGER_ARMY, ISSP)
    assert event.assoc_actor_1 == [wagner]
    assert event.assoc_actor_2 == [civilians]  # the unidentified alternative is no associated actor


def test_between_types_as_many_sources_report_the_one_told_with_deaths_leads():
    from merge_helpers import UNIDENTIFIED

    from sahelwatch.merge.reconcile import event_from_mentions
    from sahelwatch.models import Source

    # illustrative: one outlet tells a village chief abducted near Tera, another seven killed in the raid
    a = Article(id="a", text="Illustrative: gunmen abducted the village chief near Tera on Monday.",
                published="2024-03-12")
    b = Article(id="b", text="Illustrative: gunmen killed seven civilians in a raid near Tera on Monday.",
                published="2024-03-12")
    abducted = mention(a, day="2024-03-11", place="Tera", event_type="Violence against civilians",
                       sub_event_type="Abduction/forced disappearance", actor1=UNIDENTIFIED, actor2=None)
    killed = mention(b, day="2024-03-11", place="Tera", toll=7, event_type="Violence against civilians",
                     sub_event_type="Attack", actor1=UNIDENTIFIED, actor2=None)
    sources = [Source(i, "Outlet", None, "2024-03-12") for i in "ab"]
    event = event_from_mentions("NER000001", [abducted, killed], sources)
    assert (event.sub_event_type, event.fatalities.best) == ("Attack", 7)


MONITOR_DAY_ONE = ("Illustrative: the Syrian Observatory for Human Rights documented the death of four "
                   "soldiers in an attack by gunmen on a checkpoint near Tera.")
MONITOR_DAY_TWO = ("Illustrative: the Syrian Observatory for Human Rights documented the death of four "
                   "soldiers in a new attack by gunmen on a checkpoint near Tera.")


def test_a_daily_monitor_s_reports_of_two_days_are_two_incidents(new_store):
    # illustrative: a daily monitor's reports, each dated on its own day, are coded on that day: two incidents
    store = new_store()
    for article_id, text, day in (("monitor-1", MONITOR_DAY_ONE, "2024-03-10"),
                                  ("monitor-2", MONITOR_DAY_TWO, "2024-03-11")):
        report(store, article_id, text, "Monitor", day, day=day, place="Tera", toll=4)
    assert clusters(store) == {frozenset({"monitor-1"}), frozenset({"monitor-2"})}


def test_other_reports_of_two_days_may_still_be_one_incident(new_store):
    store = new_store()
    for article_id, text, published in (("wire-1", MONITOR_DAY_ONE, "2024-03-10"),
                                        ("wire-2", MONITOR_DAY_TWO, "2024-03-11")):
        report(store, article_id, text.replace("the Syrian Observatory for Human Rights", "a rights group"),
               "Wire", published, day="2024-03-10", place="Tera", toll=4)
    assert clusters(store) == {frozenset({"wire-1", "wire-2"})}
