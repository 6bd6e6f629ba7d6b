"""Extraction runs over a real SQLite store: batches, failures, resumption (illustrative articles)."""

from __future__ import annotations

import threading

import pytest
from illustrative import event_signature, illustrative_batch

import sahelwatch.extract.run as run
from sahelwatch.extract.context import EXTRACTOR_VERSION
from sahelwatch.extract.run import Extracted, extract_here, extract_store
from sahelwatch.store import open_store


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "run.db") as s:
        s.add_articles(illustrative_batch())
        yield s


def test_batches_give_the_events_of_one_run(store, tmp_path):
    summary = extract_store(store, batch_size=1)
    assert (summary.articles, summary.failed) == (3, [])
    events = event_signature(store.query_events())
    assert sorted((country, sources) for country, _, _, sources in events) == [("ML", 1), ("NE", 2)]
    with open_store(tmp_path / "one.db") as other:
        other.add_articles(illustrative_batch())
        extract_store(other)
        assert event_signature(other.query_events()) == events


class ExtractingElsewhere:
    """A mapper whose work is done off the calling thread, as worker pools do."""

    overlaps = True

    def __init__(self) -> None:
        self.threads: set[str] = set()

    def __call__(self, articles, config):
        self.threads.add(threading.current_thread().name)
        return extract_here(articles, config)


def test_workers_elsewhere_extract_the_next_batch_while_this_one_is_stored(store, tmp_path):
    mapper = ExtractingElsewhere()
    summary = extract_store(store, mapper=mapper, batch_size=1)
    assert summary.articles == 3 and threading.main_thread().name not in mapper.threads
    with open_store(tmp_path / "one.db") as other:
        other.add_articles(illustrative_batch())
        extract_store(other)
        assert event_signature(other.query_events()) == event_signature(store.query_events())


def test_a_failed_article_is_reported_and_stays_to_extract(store):
    def failing(articles, config):
        results = extract_here(articles, config)
        return [Extracted(r.article_id, error="ValueError: broken") if r.article_id == "a-2" else r
                for r in results]

    summary = extract_store(store, mapper=failing)
    assert summary.failed == ["a-2"] and summary.articles == 2
    assert store.articles_to_extract(EXTRACTOR_VERSION) == ["a-2"]


def test_a_batch_that_fails_to_merge_stores_nothing(store, monkeypatch):
    def broken_merge(store, article_ids):
        raise RuntimeError("disk full")

    monkeypatch.setattr(run, "update_events", broken_merge)
    with pytest.raises(RuntimeError):
        extract_store(store, batch_size=2)
    assert store.articles_to_extract(EXTRACTOR_VERSION) == ["a-1", "a-2", "a-3"]  # resumable
    assert store.query_events() == []
