"""Extraction on worker processes and on a local Ray instance gives what one process gives
(illustrative articles, a real SQLite store)."""

from __future__ import annotations

import pytest
from illustrative import event_signature, illustrative_batch

from sahelwatch.extract.run import extract_here, extract_store
from sahelwatch.scale import ProcessMapper, RayMapper, RayUnavailable, WorkerLost, open_mapper
from sahelwatch.scale.pools import chunk_size
from sahelwatch.store import open_store


def _run(path, mapper) -> list[tuple]:
    with open_store(path) as store:
        store.add_articles(illustrative_batch())
        summary = extract_store(store, mapper=mapper, batch_size=2)
        assert (summary.articles, summary.failed) == (3, [])
        return event_signature(store.query_events())


@pytest.fixture(scope="module")
def serial(tmp_path_factory) -> list[tuple]:
    return _run(tmp_path_factory.mktemp("serial") / "s.db", extract_here)


def test_one_local_worker_extracts_in_this_process():
    with open_mapper(workers=1) as mapper:
        assert mapper is extract_here


def test_worker_processes_give_the_same_events(serial, tmp_path):
    with open_mapper(workers=2, backend="processes") as mapper:
        assert _run(tmp_path / "p.db", mapper) == serial


def test_ray_actors_give_the_same_events(serial, tmp_path):
    pytest.importorskip("ray", reason="ray is the optional scale extra (make test installs it)")
    with open_mapper(workers=2, backend="ray") as mapper:
        assert _run(tmp_path / "r.db", mapper) == serial


def test_an_article_that_breaks_a_worker_is_reported_not_fatal(tmp_path):
    with open_store(tmp_path / "b.db") as store, open_mapper(workers=2) as mapper:
        store.add_articles(illustrative_batch())
        broken = store.get_article("a-2")
        broken.text = None  # the pipeline cannot read it
        results = mapper([store.get_article("a-1"), broken], None)
    assert [r.error is None for r in results] == [True, False]
    assert results[1].article_id == "a-2" and "Error" in results[1].error


@pytest.mark.parametrize("backend", ["processes", "ray"])
def test_a_dead_worker_stops_the_run_after_the_stored_batches(tmp_path, backend):
    from dying_worker import extract_or_die

    from sahelwatch.extract.context import EXTRACTOR_VERSION

    if backend == "ray":
        cloudpickle = pytest.importorskip("ray.cloudpickle", reason="ray is the optional scale extra")
        import dying_worker

        cloudpickle.register_pickle_by_value(dying_worker)  # Ray's workers do not see the tests folder
    kind = ProcessMapper if backend == "processes" else RayMapper
    mapper = kind(2, task=extract_or_die)
    with open_store(tmp_path / "d.db") as store:
        store.add_articles(illustrative_batch())
        with pytest.raises(WorkerLost, match="the article a-2 .*run extract again"):
            extract_store(store, mapper=mapper, batch_size=1)
        mapper.close()
        assert store.articles_to_extract(EXTRACTOR_VERSION) == ["a-2", "a-3"]
        assert len(store.query_events()) == 1


def test_unknown_backend_is_refused():
    with pytest.raises(ValueError, match="unknown backend"), open_mapper(workers=2, backend="spark"):
        pass


def test_missing_ray_is_explained(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_ray(name, *args, **kwargs):
        if name == "ray":
            raise ImportError("No module named 'ray'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_ray)
    with pytest.raises(RayUnavailable, match="sahelwatch\\[scale\\]"), open_mapper(workers=2, backend="ray"):
        pass


@pytest.mark.parametrize(("articles", "workers", "size"), [(200, 2, 25), (3, 2, 1), (1, 8, 1), (9, 2, 2)])
def test_chunks_balance_the_workers(articles, workers, size):
    assert chunk_size(articles, workers) == size
