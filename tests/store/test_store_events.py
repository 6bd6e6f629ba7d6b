"""Mentions and events round-trip through a real SQLite file and a real PostgreSQL database."""

from illustrative import illustrative_article, illustrative_event, illustrative_mention

from sahelwatch.store import open_store
from sahelwatch.store.filters import EventFilter


def _store_with_article(location):
    store = open_store(location)
    article = illustrative_article()
    store.conn.execute(
        "INSERT INTO articles (id, text, raw_text, content_hash, chars, ingested_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (article.id, article.text, article.raw_text, article.content_hash, len(article.text), "2024-03-11"),
    )
    return store


def test_replace_mentions_replaces(db_location):
    store = _store_with_article(db_location)
    store.replace_mentions("a-1", [illustrative_mention(), illustrative_mention()], "v1")
    ids = store.replace_mentions("a-1", [illustrative_mention()], "v1")
    assert len(store.mentions_of("a-1")) == 1
    assert store.mentions_of("a-1")[0].id == ids[0]
    assert store.articles_to_extract("v1") == []
    assert store.articles_to_extract("v2") == ["a-1"]


def test_events_round_trip_with_revisions_and_filters(db_location):
    store = _store_with_article(db_location)
    [mention_id] = store.replace_mentions("a-1", [illustrative_mention()], "v1")
    event = illustrative_event(store.next_event_id("NER"))
    event.mention_ids = [mention_id]
    store.save_event(event, "created")
    event.revision = 2
    event.fatalities.best = 15
    store.save_event(event, "toll rose")
    assert store.get_event(event.id) == event
    assert [r["reason"] for r in store.revisions_of(event.id)] == ["created", "toll rose"]
    assert store.count_events(EventFilter(country="NE", min_fatalities=10)) == 1
    assert store.count_events(EventFilter(country="ML")) == 0
    assert store.count_events(EventFilter(admin1="tillabéri")) == 1
    assert store.event_ids_of_articles(["a-1"]) == [event.id]


def test_event_ids_are_per_country_sequences(db_location):
    store = open_store(db_location)
    assert [store.next_event_id("NER"), store.next_event_id("MLI"), store.next_event_id("NER")] == [
        "NER000001",
        "MLI000001",
        "NER000002",
    ]
