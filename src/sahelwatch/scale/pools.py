"""Mappers that extract a batch of articles on several local processes or on a Ray cluster.

Both keep the order of the batch and turn an article's exception into its ``Extracted.error``, like
the in-process mapper. Each worker loads the spaCy pipelines, the classifier and the gazetteer once
and keeps them for every later batch.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from functools import partial

from sahelwatch.extract.context import ExtractionConfig
from sahelwatch.extract.run import Extracted, Mapper, extract_here, extract_one
from sahelwatch.models import Article

BACKENDS = ("processes", "ray")
CHUNKS_PER_WORKER = 4  # a batch is cut into this many chunks per worker: balance against overhead


def chunk_size(articles: int, workers: int) -> int:
    """Articles sent to a worker at once."""
    return max(1, -(-articles // (workers * CHUNKS_PER_WORKER)))


class WorkerLost(RuntimeError):
    """A worker process died (killed, out of memory) while extracting a batch."""


def _lost(articles: list[Article], cause: Exception) -> WorkerLost:
    first, last = articles[0].id, articles[-1].id
    batch = f"article {first}" if first == last else f"batch of articles {first} to {last}"
    reason = (str(cause).strip().splitlines() or [type(cause).__name__])[0][:200]
    return WorkerLost(
        f"a worker died while extracting the {batch} ({reason}); the batches before it are stored"
        " and merged: run extract again to resume"
    )


class ProcessMapper:
    """Extraction in ``workers`` local processes, started on first use (spawned: a worker inherits no
    open database connection or thread from the parent). ``task`` extracts one article."""

    overlaps = True  # the caller may store one batch while the workers extract the next

    def __init__(self, workers: int, task: Callable[..., Extracted] = extract_one) -> None:
        self.workers = workers
        self.task = task
        self._pool: ProcessPoolExecutor | None = None

    def __call__(self, articles: list[Article], config: ExtractionConfig | None) -> list[Extracted]:
        if self._pool is None:
            context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=context)
        task = partial(self.task, config=config)
        try:
            return list(self._pool.map(task, articles, chunksize=chunk_size(len(articles), self.workers)))
        except BrokenProcessPool as exc:
            self._pool = None
            raise _lost(articles, exc) from exc

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


class RayUnavailable(RuntimeError):
    """Ray is not installed (it is the optional ``scale`` extra)."""


def _ray():
    try:
        import ray
    except ImportError as exc:
        raise RayUnavailable(
            "the ray backend needs Ray: pip install 'sahelwatch[scale]' (or make scale)"
        ) from exc
    return ray


class _ChunkExtractor:
    """A Ray actor: one worker that keeps the models loaded between chunks."""

    def __init__(self, task: Callable[..., Extracted]) -> None:
        self.task = task

    def extract(self, articles: list[Article], config: ExtractionConfig | None) -> list[Extracted]:
        return [self.task(article, config) for article in articles]


class RayMapper:
    """Extraction on ``workers`` Ray actors: a local Ray instance, or the cluster at ``address``
    (``auto`` finds the one this node belongs to). The cluster's nodes need sahelwatch installed."""

    overlaps = True

    def __init__(
        self, workers: int, address: str | None = None, task: Callable[..., Extracted] = extract_one
    ) -> None:
        ray = _ray()
        self._started = not ray.is_initialized()
        if self._started:
            local = {"num_cpus": workers} if address is None else {}
            ray.init(address=address, include_dashboard=False, log_to_driver=False, **local)
        actor = ray.remote(num_cpus=1)(_ChunkExtractor)
        self._pool = ray.util.ActorPool([actor.remote(task) for _ in range(workers)])
        self.workers = workers

    def __call__(self, articles: list[Article], config: ExtractionConfig | None) -> list[Extracted]:
        size = chunk_size(len(articles), self.workers)
        chunks = [articles[i : i + size] for i in range(0, len(articles), size)]
        try:
            results = list(self._pool.map(lambda actor, chunk: actor.extract.remote(chunk, config), chunks))
        except _ray().exceptions.RayActorError as exc:
            raise _lost(articles, exc) from exc
        return [extracted for chunk in results for extracted in chunk]

    def close(self) -> None:
        if self._started:
            _ray().shutdown()
            self._started = False


@contextmanager
def open_mapper(workers: int = 1, backend: str = "processes", address: str | None = None) -> Iterator[Mapper]:
    """The mapper for ``workers`` workers on ``backend``: in this process when one local worker is
    asked for; closed (workers stopped) on exit."""
    if backend not in BACKENDS:
        raise ValueError(f"unknown backend {backend!r}: choose one of {', '.join(BACKENDS)}")
    if backend == "processes" and workers <= 1:
        yield extract_here
        return
    mapper = ProcessMapper(workers) if backend == "processes" else RayMapper(workers, address)
    try:
        yield mapper
    finally:
        mapper.close()
