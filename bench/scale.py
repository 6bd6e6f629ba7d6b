"""Extraction on several workers against one process, in the same run: articles/s and the speed-up.

    .venv/bin/python bench/scale.py                      # 1 process, then 2 worker processes
    .venv/bin/python bench/scale.py --workers 4 --ray    # also 4 Ray actors on a local Ray instance

Each configuration extracts, stores and merges the UCDP-AEC dev articles (651) into a fresh SQLite
store; ingestion is not timed. The worker processes' start-up (spawn, loading spaCy, the classifier and
the gazetteer) is included, as a user would pay it. Machines here are noisy: read the ratio.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from sahelwatch.extract.run import extract_store
from sahelwatch.ingest.pipeline import ingest_paths
from sahelwatch.scale import open_mapper
from sahelwatch.store import open_store

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "ucdp-aec" / "validation.jsonl"


def timed_run(folder: Path, name: str, workers: int, backend: str) -> tuple[float, int]:
    """Seconds to extract, store and merge the corpus, and the number of articles extracted."""
    with open_store(folder / f"{name}.db") as store:
        ingest_paths([str(CORPUS)], store)
        started = time.perf_counter()
        with open_mapper(workers, backend) as mapper:
            summary = extract_store(store, mapper=mapper)
        return time.perf_counter() - started, summary.articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--ray", action="store_true", help="also run on a local Ray instance")
    args = parser.parse_args()
    runs = [("one process", 1, "processes"), (f"{args.workers} processes", args.workers, "processes")]
    if args.ray:
        runs.append((f"{args.workers} Ray actors", args.workers, "ray"))
    with tempfile.TemporaryDirectory() as tmp:
        results = [(label, *timed_run(Path(tmp), f"run{i}", w, b)) for i, (label, w, b) in enumerate(runs)]
    base = results[0][2] / results[0][1]
    for label, seconds, articles in results:
        rate = articles / seconds
        speedup = rate / base
        print(f"{label:>16}: {articles} articles in {seconds:.1f} s, {rate:.1f} articles/s, {speedup:.2f}x")
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory (max RSS): this process {own:.0f} MB, largest worker process {child:.0f} MB")

if __name__ == "__main__":
    main()
