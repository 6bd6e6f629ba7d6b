"""``ingest_paths``: read inputs, build articles, de-duplicate and store them in batches.

Each batch (default 500 articles) is one transaction: articles, aliases, MinHash
signatures, near-duplicate links, rejections and the run's counters are committed
together, so a killed run leaves only whole batches and a re-run stores the rest
exactly once (identity on id, normalised URL and content hash). Runs left 'running' by a
killed process are marked 'interrupted' by the next run.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sahelwatch.ingest.build import Defaults, build_article
from sahelwatch.ingest.identity import normalise_url
from sahelwatch.ingest.neardup import NearDuplicateIndex, signature, to_bytes
from sahelwatch.ingest.readers import iter_records
from sahelwatch.ingest.records import Problem, Record
from sahelwatch.models import Article
from sahelwatch.store import Store

BATCH_SIZE = 500


@dataclass
class IngestSummary:
    """The outcome of one ingest run."""

    run_id: int
    read: int = 0
    new: int = 0
    duplicate: int = 0
    rejected: int = 0
    repaired: int = 0
    near_duplicates: int = 0
    new_ids: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    status: str = "running"  # running | ok | failed
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    def counts(self) -> dict[str, int]:
        """The run's counters as stored in ``ingest_runs``."""
        return {
            "n_read": self.read,
            "n_new": self.new,
            "n_duplicate": self.duplicate,
            "n_rejected": self.rejected,
        }


class StrictViolation(Exception):
    """A bad record under ``--strict``."""


@dataclass
class _Batch:
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def ingest_paths(
    paths: Iterable[str],
    store: Store,
    outlet: str | None = None,
    language: str | None = None,
    strict: bool = False,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[IngestSummary], None] | None = None,
) -> IngestSummary:
    """Ingest files, folders (recursively) or ``-`` (stdin) into ``store``; never raises on bad input.

    The summary's ``new_ids`` lists the articles stored by this run (for extraction).
    Under ``strict`` the first rejected record stops the run and its batch is not stored.
    """
    paths = list(paths)
    _mark_interrupted_runs(store)
    args = {"paths": paths, "outlet": outlet, "language": language, "strict": strict, "pid": os.getpid()}
    summary = IngestSummary(run_id=store.start_ingest_run(args))
    index = NearDuplicateIndex.from_stored(store.iter_minhashes())
    defaults = Defaults(outlet=outlet, language=language)
    batch = _Batch()
    try:
        for item in iter_records(paths):
            if isinstance(item, Problem) and not item.rejected:  # a repair announced by a reader
                _note_problems(summary, batch, [item], strict)
                continue
            summary.read += 1
            if isinstance(item, Record) and _already_stored(store, item):
                summary.duplicate += 1
                continue
            article, problems = (None, [item]) if isinstance(item, Problem) else build_article(item, defaults)
            _note_problems(summary, batch, problems, strict)
            if article is not None:
                batch.articles.append(article)
            if len(batch.articles) >= batch_size:
                _flush(store, index, summary, batch)
                batch = _Batch()
            if progress:
                progress(summary)
        _flush(store, index, summary, batch)
    except StrictViolation as violation:
        return _fail(store, summary, str(violation), batch.problems[-1:])
    except Exception as error:  # a store or library failure: record it, then let it surface
        _fail(store, summary, f"{type(error).__name__}: {error}", [])
        raise
    if summary.read == 0:
        return _fail(store, summary, "no readable input", [])
    if summary.new + summary.duplicate == 0 and summary.rejected:
        return _fail(store, summary, "no readable input: every record was rejected", [])
    summary.status = "ok"
    store.update_ingest_run(summary.run_id, summary.counts(), status="ok")
    return summary


def _mark_interrupted_runs(store: Store) -> None:
    """Mark earlier runs whose process is gone (killed mid-way) as 'interrupted'."""
    for run in store.running_ingest_runs():
        pid = run["args"].get("pid")
        if not isinstance(pid, int) or not _process_alive(pid):
            store.mark_ingest_run(run["id"], "interrupted")


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _already_stored(store: Store, record: Record) -> bool:
    """A fast path for re-runs: the record's id is stored with the same URL (nothing to alias)."""
    record_id = record.fields.get("id")
    if not isinstance(record_id, str | int) or record_id == "":
        return False
    found, url = store.stored_url(str(record_id).strip())
    record_url = record.fields.get("url")
    return found and (not record_url or normalise_url(str(record_url)) == url)


def _note_problems(summary: IngestSummary, batch: _Batch, problems: list[Problem], strict: bool) -> None:
    """Count problems, keep them for the batch's transaction; raise under ``strict`` for a rejection."""
    for problem in problems:
        batch.problems.append(problem)
        summary.messages.append(problem.message if problem.rejected else f"{problem.message} (repaired)")
        if problem.rejected:
            summary.rejected += 1
        else:
            summary.repaired += 1
        if problem.rejected and strict:
            raise StrictViolation(problem.message)


def _flush(store: Store, index: NearDuplicateIndex, summary: IngestSummary, batch: _Batch) -> None:
    """Store one batch in one transaction and update the run's counters."""
    if not batch.articles and not batch.problems:
        return
    with store.transaction():
        new_ids, duplicates = store.add_articles(batch.articles, summary.run_id)
        new = set(new_ids)
        signatures, links = [], []
        for article in batch.articles:
            if article.id not in new:
                continue
            sig = signature(article.text)
            signatures.append((article.id, to_bytes(sig)))
            links.extend((article.id, other, similarity) for other, similarity in index.add(article.id, sig))
        store.add_minhashes(signatures)
        store.add_near_duplicates(links)
        store.add_rejections(summary.run_id, [_rejection_row(p) for p in batch.problems])
        summary.new += len(new_ids)
        summary.duplicate += len(duplicates)
        summary.near_duplicates += len(links)
        summary.new_ids.extend(new_ids)
        store.update_ingest_run(summary.run_id, summary.counts())


def _rejection_row(problem: Problem) -> tuple[str, int | None, str]:
    reason = problem.reason if problem.rejected else f"repaired: {problem.reason}"
    return problem.source_file, problem.source_line, reason


def _fail(store: Store, summary: IngestSummary, error: str, problems: list[Problem]) -> IngestSummary:
    """Mark the run failed (recording the fatal problem) and return the summary."""
    summary.status = "failed"
    summary.error = error
    if problems:
        store.add_rejections(summary.run_id, [_rejection_row(p) for p in problems])
    store.update_ingest_run(summary.run_id, summary.counts(), status="failed")
    return summary
