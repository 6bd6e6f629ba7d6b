"""Run extraction over stored articles, incrementally, and hand the mentions to ``merge``."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from sahelwatch.extract.pipeline import EXTRACTOR_VERSION, ExtractionConfig, extract_article
from sahelwatch.merge import update_events
from sahelwatch.store import Store
from sahelwatch.warn import sync_aggregates

log = logging.getLogger(__name__)


@dataclass
class ExtractSummary:
    """What an extraction run did."""

    articles: int = 0
    mentions: int = 0
    failed: list[str] = field(default_factory=list)
    events_touched: int = 0
    seconds: float = 0.0


def extract_store(
    store: Store,
    article_ids: list[str] | None = None,
    redo_all: bool = False,
    since: str | None = None,
    config: ExtractionConfig | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ExtractSummary:
    """Extract mentions from the given articles (default: those not yet extracted), then merge."""
    started = time.perf_counter()
    ids = (
        article_ids
        if article_ids is not None
        else store.articles_to_extract(EXTRACTOR_VERSION, redo_all, since)
    )
    summary = ExtractSummary()
    done: list[str] = []
    for n, article_id in enumerate(ids, 1):
        article = store.get_article(article_id)
        if article is None:
            continue
        try:
            mentions = extract_article(article, config)
        except Exception as exc:  # one bad article must not stop the run
            log.error("%s: extraction failed: %s", article_id, exc)
            summary.failed.append(article_id)
            continue
        store.replace_mentions(article_id, mentions, EXTRACTOR_VERSION)
        summary.articles += 1
        summary.mentions += len(mentions)
        done.append(article_id)
        if progress:
            progress(n, len(ids))
    summary.events_touched = update_events(store, done)
    sync_aggregates(store)  # early-warning counts follow the events as they change
    summary.seconds = time.perf_counter() - started
    return summary
