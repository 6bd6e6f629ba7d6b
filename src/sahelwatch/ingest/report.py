"""Presentation of ingest results and article listings for the command line."""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from typing import IO

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from sahelwatch.ingest.pipeline import IngestSummary
from sahelwatch.models import Article

LISTING_FIELDS = ("id", "outlet", "published", "language", "title", "chars", "url")
TITLE_WIDTH = 60


def summary_table(summary: IngestSummary) -> Table:
    """The read / new / duplicate / rejected counts of a run as a table."""
    table = Table(title=f"ingest run {summary.run_id}: {summary.status}")
    for column in ("read", "new", "duplicate", "rejected", "repaired", "near-duplicate links"):
        table.add_column(column, justify="right")
    table.add_row(*(str(v) for v in (summary.read, summary.new, summary.duplicate, summary.rejected,
                                     summary.repaired, summary.near_duplicates)))
    return table


SOURCES = ("input", "detected", "unknown")  # how an article's language was known


def language_table(articles: Iterable[Article], supported: Collection[str]) -> Table:
    """Languages of a run's new articles: how each was known (given in the input or detected) and
    whether extraction reads it (unsupported ones are stored and skipped)."""
    counts: Counter[tuple[str, str]] = Counter((a.language or "?", a.language_source) for a in articles)
    table = Table(title="languages of the new articles")
    for column in ("language", "given", "detected", "unknown", "extraction"):
        table.add_column(column, justify="left" if column in ("language", "extraction") else "right")
    for lang in sorted({lang for lang, _ in counts}, key=lambda x: -sum(counts[(x, s)] for s in SOURCES)):
        table.add_row(
            lang, *(str(counts[(lang, source)]) for source in SOURCES),
            "read" if lang[:2] in supported else "skipped (unsupported)",
        )
    return table


def listing_row(article: Article) -> dict[str, object]:
    """The fields ``sahelwatch articles`` shows for one article."""
    return {
        "id": article.id,
        "outlet": article.outlet,
        "published": article.published,
        "language": article.language,
        "title": article.title,
        "chars": len(article.text),
        "url": article.url,
    }


def articles_table(articles: Iterable[Article]) -> Table:
    """Stored articles as a rich table (titles shortened)."""
    table = Table()
    table.add_column("id", no_wrap=True)
    table.add_column("outlet", overflow="fold")
    table.add_column("published", no_wrap=True)
    table.add_column("title", overflow="fold")
    table.add_column("chars", justify="right")
    for article in articles:
        title = article.title or ""
        title = title if len(title) <= TITLE_WIDTH else title[: TITLE_WIDTH - 1] + "…"
        table.add_row(article.id, article.outlet or "", article.published or "unknown", title,
                      str(len(article.text)))
    return table


def write_articles(articles: Iterable[Article], fmt: str, stream: IO[str]) -> int:
    """Write article listings as ``jsonl`` or ``csv``; return how many were written."""
    count = 0
    writer = csv.DictWriter(stream, fieldnames=LISTING_FIELDS) if fmt == "csv" else None
    if writer:
        writer.writeheader()
    for article in articles:
        row = listing_row(article)
        if writer:
            writer.writerow(row)
        else:
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def stats_tables(stats: dict[str, list[tuple[str | None, int]]]) -> list[Table]:
    """One two-column table per breakdown (outlet, month, language)."""
    tables = []
    for key, rows in stats.items():
        table = Table(title=f"articles per {key}")
        table.add_column(key)
        table.add_column("articles", justify="right")
        for value, count in rows:
            table.add_row(value or "unknown", str(count))
        tables.append(table)
    return tables


@contextmanager
def progress_counter(console: Console, enabled: bool) -> Iterator[Callable[[IngestSummary], None] | None]:
    """A live "read N, new M" counter for long runs on a terminal; None when disabled."""
    if not enabled:
        yield None
        return
    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("reading")

        def update(summary: IngestSummary) -> None:
            if summary.read % 50 == 0:
                bar.update(task, description=f"read {summary.read}, stored {summary.new}")

        yield update
