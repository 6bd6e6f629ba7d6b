"""Geo benchmark: gazetteer load time, matcher load time, resolution and full geoparse speed (one core).

Usage: .venv/bin/python bench/geo.py [--docs N]   (reads ../shared/data/geo/corpora/lgl.xml)

Figures (2 shared cores, gazetteer v9, load average ~0.7, 2026-11-23): gazetteer load 0.07 s, matcher
load 0.12 s, resolution with gold spans 429 docs/s, detection + resolution 343 docs/s (185 before the
per-character fold cache in ``normalize.norm_with_map``). Accuracy (``sahelwatch eval geoparse``): LGL
acc@161 0.867, TR-News 0.896, GeoVirus 0.861; LGL detection P 0.749 / R 0.667 (after resolution
P 0.786 / R 0.663).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from sahelwatch.geo.corpora import read_corpus
from sahelwatch.geo.gazetteer import Gazetteer
from sahelwatch.geo.resolve import resolve_entries
from sahelwatch.geo.toponyms import Matcher, Toponym, annotate_cues, find_toponyms

LGL = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "geo" / "corpora" / "lgl.xml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=588)
    args = parser.parse_args()
    Gazetteer.load().conn.close()  # make sure it is built
    t0 = time.perf_counter()
    gaz = Gazetteer.load()
    gaz.admins()
    print(f"gazetteer load: {time.perf_counter() - t0:.3f} s")
    Matcher.for_gazetteer(gaz)  # build the pickled automaton once if missing
    gaz.matcher_cache = None
    t0 = time.perf_counter()
    Matcher.for_gazetteer(gaz)
    print(f"matcher load (pickled automaton): {time.perf_counter() - t0:.3f} s")
    docs = list(read_corpus(str(LGL), "lgl"))[: args.docs]
    gaz._cache.clear()
    t0 = time.perf_counter()
    for d in docs:
        resolve_entries(
            d.text,
            [annotate_cues(d.text, Toponym(t.start, t.end, t.text)) for t in d.toponyms],
            gazetteer=gaz,
        )
    elapsed = time.perf_counter() - t0
    print(f"resolution (gold spans, cold cache): {len(docs) / elapsed:.0f} docs/s over {len(docs)} LGL docs")
    t0 = time.perf_counter()
    for d in docs:
        resolve_entries(d.text, find_toponyms(d.text, gazetteer=gaz), gazetteer=gaz)
    print(f"detection + resolution: {len(docs) / (time.perf_counter() - t0):.0f} docs/s")


if __name__ == "__main__":
    main()
