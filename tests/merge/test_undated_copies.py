"""Reports with no date at all (none in the text, no publication day): only copies merge, with each other or
with the dated report they copy (illustrative)."""

from __future__ import annotations

import pytest
from merge_helpers import add_article, clusters, mention, report

from sahelwatch.merge import update_events
from sahelwatch.models import EventDate

RAID = ("Illustrative report. A score of villagers were killed at night in five villages near Diffa by "
        "armed men who crossed the dry river on foot and on horseback before attacking the villages.")
RAID_COPY = ("Illustrative copy. A score of villagers were killed at night in five villages near Diffa by "
             "armed men who crossed the dry river on foot and on horseback, then attacked the villages.")
OTHER = "Illustrative report. Two herders were shot dead by gunmen while watering cattle east of Diffa."


def _undated(store, article_id: str, text: str) -> None:
    article = add_article(store, article_id, text, f"Outlet {article_id}", None)
    m = mention(article, day="2024-03-09", place="Diffa", toll=20)
    m.date = EventDate(None, time_precision=3, date_prec=5)
    store.replace_mentions(article_id, [m], "test")
    update_events(store, [article_id])


def test_undated_copies_of_one_report_make_one_event(new_store):
    store = new_store()
    _undated(store, "raid", RAID)
    _undated(store, "raid-copy", RAID_COPY)
    assert clusters(store) == {frozenset({"raid", "raid-copy"})}


def test_undated_reports_worded_differently_stay_apart(new_store):
    store = new_store()
    _undated(store, "raid", RAID)
    _undated(store, "other", OTHER)
    assert clusters(store) == {frozenset({"raid"}), frozenset({"other"})}



LATER = ("Illustrative report. Seven villagers were killed near Diffa by armed men on horseback who crossed "
         "the dry river at night, a week after a first raid.")


def _dated(store, article_id: str, text: str, day: str, toll: int) -> None:
    report(store, article_id, text, f"Outlet {article_id}", day, day=day, place="Diffa", toll=toll)


@pytest.mark.parametrize("order", [("raid", "copy", "later"), ("copy", "later", "raid"),
                                   ("later", "copy", "raid")])
def test_an_undated_copy_joins_the_dated_report_it_copies_whatever_the_order(new_store, order):
    store = new_store()
    steps = {"raid": lambda: _dated(store, "raid", RAID, "2024-03-09", 20),
             "later": lambda: _dated(store, "later", LATER, "2024-03-16", 7),
             "copy": lambda: _undated(store, "raid-copy", RAID_COPY)}
    for name in order:
        steps[name]()
    assert clusters(store) == {frozenset({"raid", "raid-copy"}), frozenset({"later"})}


OTHER_OUTLET = ("Illustrative report. Armed men on horseback raided villages near Diffa on Saturday night "
                "and killed twenty people, a local official said, adding that many residents fled.")


@pytest.mark.parametrize("order", [("raid", "copy", "other"), ("copy", "other", "raid"),
                                   ("other", "copy", "raid"), ("copy", "raid", "other")])
def test_an_undated_copy_does_not_keep_its_report_from_another_outlets_report_of_the_incident(
        new_store, order):
    # illustrative: an undated copy links only to the report it copies, but it is no evidence against the
    # other outlet's dated report of the same incident, which joins them
    store = new_store()
    steps = {"raid": lambda: _dated(store, "raid", RAID, "2024-03-09", 20),
             "other": lambda: _dated(store, "other", OTHER_OUTLET, "2024-03-09", 20),
             "copy": lambda: _undated(store, "raid-copy", RAID_COPY)}
    for name in order:
        steps[name]()
    assert clusters(store) == {frozenset({"raid", "raid-copy", "other"})}
