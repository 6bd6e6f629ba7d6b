"""Extraction throughput on the real dev split: articles/s and peak memory.

    .venv/bin/python bench/extract.py            # English: UCDP-AEC dev articles
    .venv/bin/python bench/extract.py --lang fr  # French: the Sahel news dev articles

Ingestion is done first and not timed; the timed part is extraction (read, classify,
fatalities, dates, actors, places) plus merging, on one process (one core).
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from sahelwatch.extract.pipeline import extract_article
from sahelwatch.extract.run import extract_store
from sahelwatch.ingest.pipeline import ingest_paths
from sahelwatch.store import open_store

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
CORPORA = {"en": SHARED / "ucdp-aec" / "validation.jsonl", "fr": SHARED / "sahel-news" / "dev-fr.jsonl"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=sorted(CORPORA), default="en")
    parser.add_argument(
        "--repeat", type=int, default=1, help="extract the corpus this many times (French is small)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.db")
        ingest_paths([str(CORPORA[args.lang])], store)
        ids = store.articles_to_extract("bench")
        articles = [store.get_article(i) for i in ids]
        extract_article(articles[0])  # load models and gazetteer outside the timing
        started = time.perf_counter()
        n_mentions = 0
        for _ in range(args.repeat):
            for article in articles:
                n_mentions += len(extract_article(article))
        extract_seconds = time.perf_counter() - started
        started = time.perf_counter()
        summary = extract_store(store)
        total_seconds = time.perf_counter() - started
    n = len(articles) * args.repeat
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    chars = sum(len(a.text) for a in articles) * args.repeat
    print(f"language: {args.lang}  articles: {n}  mean chars: {chars / max(n, 1):.0f}")
    print(
        f"extraction only: {n / extract_seconds:.1f} articles/s "
        f"({n_mentions / max(n, 1):.2f} mentions/article)"
    )
    print(
        f"extract + store + merge: {summary.articles / total_seconds:.1f} articles/s "
        f"({summary.events_touched} events touched)"
    )
    print(f"peak memory (max RSS): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
