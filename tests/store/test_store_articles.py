"""Store tests for the articles section (illustrative articles), on SQLite and on PostgreSQL."""

import pytest

from sahelwatch.ingest.identity import content_hash
from sahelwatch.models import Article
from sahelwatch.store import open_store


def make(article_id: str, text: str, url: str | None = None, **fields: object) -> Article:
    return Article(id=article_id, text=text, raw_text=text, url=url, content_hash=content_hash(text),
                   offset_map=[(0, 0, len(text))], **fields)


@pytest.fixture
def store(db_location):
    with open_store(db_location) as opened:
        yield opened


def test_add_get_and_duplicates_recorded_as_aliases(store):
    first = make("a-1", "Gunmen attacked Tera market.", "https://x.example/1", outlet="Wire A",
                 published="2024-03-01", language="en", metadata={"note": "illustrative"})
    new, duplicates = store.add_articles([first])
    assert new == ["a-1"] and duplicates == []
    stored = store.get_article("a-1")
    assert stored == first
    same_url = make("other-id", "A different text.", "https://x.example/1")
    same_text = make("a-3", "gunmen attacked TERA market", "https://y.example/3")
    same_id = make("a-1", "Yet another text.", "https://z.example/9")
    new, duplicates = store.add_articles([same_url, same_text, same_id])
    assert new == []
    assert [(d[1], d[2]) for d in duplicates] == [("a-1", "url"), ("a-1", "content"), ("a-1", "id")]
    aliases = store.article_aliases("a-1")
    assert {a["alias_id"] for a in aliases} == {"other-id", "a-3", None}
    assert {a["url"] for a in aliases} == {None, "https://y.example/3", "https://z.example/9"}
    assert store.get_article("other-id").id == "a-1"
    assert store.count_articles() == 1
    store.add_articles([same_url])
    assert len(store.article_aliases("a-1")) == 3


def test_iteration_filters_counts_and_stats(store):
    store.add_articles([
        make("a", "One.", outlet="Wire A", published="2024-01-05", language="en"),
        make("b", "Two.", outlet="Wire B", published="2024-02-10T10:00:00", language="fr"),
        make("c", "Three.", outlet="Wire A", language="en"),
    ])
    assert [a.id for a in store.iter_articles(outlet="wire a")] == ["a", "c"]
    assert [a.id for a in store.iter_articles(since="2024-02-01")] == ["b"]
    assert [a.id for a in store.iter_articles(until="2024-01-31")] == ["a"]
    assert [a.id for a in store.iter_articles(language="en", limit=1)] == ["a"]
    assert [a.id for a in store.iter_articles(ids=["c", "b"])] == ["b", "c"]
    assert store.count_articles(language="en") == 2
    stats = store.article_stats()
    assert stats["outlet"] == [("Wire A", 2), ("Wire B", 1)]
    assert stats["month"] == [(None, 1), ("2024-01", 1), ("2024-02", 1)]
    assert store.table_counts()["articles"] == 3


def test_runs_rejections_minhashes_and_near_duplicates(store):
    run = store.start_ingest_run({"paths": ["x"]})
    store.add_articles([make("a", "One."), make("b", "Two.")], run)
    store.add_minhashes([("a", b"\x01" * 8)])
    assert list(store.iter_minhashes()) == [("a", b"\x01" * 8)]
    store.add_near_duplicates([("b", "a", 0.7)])
    assert store.near_duplicates("a") == [("b", 0.7)]
    store.add_rejections(run, [("f.jsonl", 3, "malformed JSON")])
    assert store.rejections(run)[0]["source_line"] == 3
    store.update_ingest_run(run, {"n_read": 3, "n_new": 2, "n_rejected": 1}, status="ok")
    assert store.ingest_run(run)["status"] == "ok" and store.ingest_run(run)["n_new"] == 2


def test_failed_transaction_stores_nothing(store):
    with pytest.raises(RuntimeError), store.transaction():
        store.add_articles([make("a", "One.")])
        raise RuntimeError("boom")
    assert store.count_articles() == 0
