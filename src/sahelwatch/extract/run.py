"""Run extraction over stored articles, incrementally, and hand the mentions to ``merge``.

Articles go through in batches: a *mapper* extracts one batch (in this process by default; the
``scale`` stage supplies mappers that use several processes or a Ray cluster), then the batch's
mentions are stored and merged in one transaction. A run stopped half-way keeps every finished
batch, merged, and the next run resumes with the articles that are left.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from sahelwatch.extract.context import EXTRACTOR_VERSION, ExtractionConfig
from sahelwatch.extract.pipeline import extract_article
from sahelwatch.merge import update_events
from sahelwatch.models import Article, Mention
from sahelwatch.store import Store
from sahelwatch.warn import sync_aggregates

log = logging.getLogger(__name__)

BATCH_SIZE = 200  # articles extracted, stored and merged together


@dataclass
class ExtractSummary:
    """What an extraction run did."""

    articles: int = 0
    mentions: int = 0
    failed: list[str] = field(default_factory=list)
    events_touched: int = 0  # summed over batches: an event changed by two batches counts twice
    seconds: float = 0.0


@dataclass
class Extracted:
    """One article's extraction: its mentions, or the error that stopped it."""

    article_id: str
    mentions: list[Mention] = field(default_factory=list)
    error: str | None = None


def extract_one(article: Article, config: ExtractionConfig | None = None) -> Extracted:
    """Extract one article; an exception becomes the result's ``error`` (one bad article must not stop
    the run)."""
    try:
        return Extracted(article.id, extract_article(article, config))
    except Exception as exc:
        return Extracted(article.id, error=f"{type(exc).__name__}: {exc}")


Mapper = Callable[[list[Article], ExtractionConfig | None], Iterable[Extracted]]


def extract_here(articles: list[Article], config: ExtractionConfig | None) -> list[Extracted]:
    """The default mapper: one article after the other, in this process."""
    return [extract_one(article, config) for article in articles]


def extract_store(
    store: Store,
    article_ids: list[str] | None = None,
    redo_all: bool = False,
    since: str | None = None,
    config: ExtractionConfig | None = None,
    progress: Callable[[int, int], None] | None = None,
    mapper: Mapper = extract_here,
    batch_size: int = BATCH_SIZE,
) -> ExtractSummary:
    """Extract mentions from the given articles (default: those not yet extracted), then merge."""
    started = time.perf_counter()
    ids = (
        article_ids
        if article_ids is not None
        else store.articles_to_extract(EXTRACTOR_VERSION, redo_all, since)
    )
    summary = ExtractSummary()
    batches = _extracted(_batches(store, ids, batch_size), mapper, config)
    for n, results in enumerate(batches, 1):
        _store_batch(store, results, summary)
        if progress:
            progress(min(n * batch_size, len(ids)), len(ids))
    sync_aggregates(store)  # early-warning counts follow the events as they change
    summary.seconds = time.perf_counter() - started
    return summary


def _batches(store: Store, ids: list[str], size: int) -> Iterator[list[Article]]:
    """The articles, ``size`` at a time (read in the caller's thread: the store stays in one thread)."""
    for start in range(0, len(ids), size):
        yield [a for a in map(store.get_article, ids[start : start + size]) if a is not None]


def _extracted(batches: Iterator[list[Article]], mapper: Mapper, config: ExtractionConfig | None
               ) -> Iterator[list[Extracted]]:
    """Each batch extracted. A mapper whose workers run elsewhere (``overlaps``) extracts the next batch
    while the caller stores and merges this one."""
    if not getattr(mapper, "overlaps", False):
        for articles in batches:
            yield list(mapper(articles, config))
        return
    with ThreadPoolExecutor(max_workers=1) as ahead:
        pending: Future[list[Extracted]] | None = None
        for articles in batches:
            following = ahead.submit(lambda batch=articles: list(mapper(batch, config)))
            if pending is not None:
                yield pending.result()
            pending = following
        if pending is not None:
            yield pending.result()


def _store_batch(store: Store, results: list[Extracted], summary: ExtractSummary) -> None:
    """Store one batch's mentions and merge them, all or nothing."""
    done: list[str] = []
    with store.transaction():
        for result in results:
            if result.error is not None:
                log.error("%s: extraction failed: %s", result.article_id, result.error)
                summary.failed.append(result.article_id)
                continue
            store.replace_mentions(result.article_id, result.mentions, EXTRACTOR_VERSION)
            summary.articles += 1
            summary.mentions += len(result.mentions)
            done.append(result.article_id)
        summary.events_touched += update_events(store, done)
