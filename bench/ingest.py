"""Ingest throughput benchmark: 10,000 articles built from the UCDP-AEC dev set.

Each copy of a dev article gets its own id and URL and a slightly varied text (a
dateline and a few swapped words), so the run exercises identity checks, the
content hash and MinHash/LSH near-duplicate linking at scale.

    .venv/bin/python bench/ingest.py [--count 10000] [--batch-size 500]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV_SET = ROOT / ".." / "shared" / "data" / "ucdp-aec" / "validation.jsonl"
SWAPS = [("killed", "slain"), ("said", "stated"), ("attack", "assault"), ("soldiers", "troops")]


def varied_text(text: str, copy: int, rng: random.Random) -> str:
    """The text with a dateline and up to two swapped words, unique per copy."""
    for old, new in rng.sample(SWAPS, k=2):
        text = text.replace(old, new, 1)
    return f"Dispatch {copy}.\n{text}"


def build_input(path: Path, count: int) -> None:
    """Write ``count`` article JSONL rows made from the dev set."""
    rows = [json.loads(line) for line in DEV_SET.open(encoding="utf-8")]
    rng = random.Random(7)
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            row = rows[n % len(rows)]
            copy = n // len(rows)
            article = {
                "id": f"bench-{copy}-{row['id']}",
                "url": f"https://bench.example.org/{copy}/{row['id']}?utm_source=bench",
                "text": varied_text(row["source_article"], copy, rng) if copy else row["source_article"],
                "published": row["source_date"],
                "outlet": f"Bench Outlet {copy % 7}",
            }
            out.write(json.dumps(article, ensure_ascii=False) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--batch-size", type=int, default=500)
    options = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from sahelwatch.ingest.pipeline import ingest_paths
    from sahelwatch.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "bench.jsonl"
        build_input(source, options.count)
        store = open_store(Path(tmp) / "bench.db")
        started, cpu_started = time.perf_counter(), time.process_time()
        summary = ingest_paths([str(source)], store, batch_size=options.batch_size)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        rerun_started = time.perf_counter()
        rerun = ingest_paths([str(source)], store, batch_size=options.batch_size)
        rerun_elapsed = time.perf_counter() - rerun_started
        store.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles read: {summary.read}  new: {summary.new}  duplicates: {summary.duplicate}  "
          f"near-duplicate links: {summary.near_duplicates}  rejected: {summary.rejected}")
    print(f"ingest: {elapsed:.2f} s wall = {summary.read / elapsed:.0f} articles/s; "
          f"{cpu:.2f} s CPU = {summary.read / cpu:.0f} articles per CPU-second (one core)")
    print(f"re-ingest (all duplicates, {rerun.new} new): {rerun_elapsed:.2f} s = "
          f"{rerun.read / rerun_elapsed:.0f} articles/s")
    print(f"peak memory (max RSS): {peak_mb:.0f} MB")
    return 0 if summary.ok and rerun.new == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
