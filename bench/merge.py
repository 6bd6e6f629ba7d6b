"""Incremental merge throughput on synthetic reports, and its cost relative to extraction.

    .venv/bin/python bench/merge.py                 # 10,000 incidents, 1-3 reports each
    .venv/bin/python bench/merge.py --events 2000   # quicker
    .venv/bin/python bench/merge.py --compare       # also time extraction on the French dev articles

Synthetic incidents (random towns in 12 Sahel regions, dates over two years, templated
report sentences from different "outlets" with differing tolls) are stored one article
at a time, exactly as the extractor does: ``replace_mentions`` then ``update_events`` for
that article. Only ``update_events`` is timed (wall and CPU time: the machine is shared, so
CPU time is the comparable figure); ``--compare`` times ``extract_article`` (CPU) on the
French dev articles. The gold incidents are known, so the pairwise precision/recall of the
merge on this synthetic stream is printed too.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path

from sahelwatch.merge import update_events
from sahelwatch.models import Actor, Article, EventDate, Evidence, Fatalities, Mention, Place
from sahelwatch.store import open_store

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
REGIONS = [  # (country, admin1, centre lat, centre lon)
    ("NE", "Tillabéri", 14.2, 1.5), ("NE", "Tahoua", 14.9, 5.3), ("NE", "Diffa", 13.3, 12.6),
    ("NE", "Maradi", 13.5, 7.1), ("ML", "Mopti", 14.5, -4.2), ("ML", "Gao", 16.3, -0.05),
    ("ML", "Ségou", 13.4, -6.3), ("ML", "Tombouctou", 16.8, -3.0), ("BF", "Sahel", 14.0, -0.5),
    ("BF", "Nord", 13.6, -2.4), ("BF", "Est", 12.0, 0.4), ("BF", "Centre-Nord", 13.1, -1.1),
]
TEMPLATES = [
    "Gunmen killed {n} {victims} in an attack near {town} on {day}, local sources said.",
    "At least {n} {victims} died when armed men raided {town} in the {region} region on {day}.",
    "{n} {victims} were killed on {day} in {town}, {region}, according to security officials.",
    "Des hommes armés ont tué {n} {victims} à {town} ({region}) le {day}, selon des sources locales.",
]
VICTIMS = ["soldiers", "civilians", "villagers", "gendarmes", "herders"]
_SYLLABLES = ["ba", "ko", "di", "ga", "ma", "ri", "so", "tu"]
ARMED = Actor("Unidentified Armed Group", inter=3, known=False)


def synthetic_towns(rng: random.Random, per_region: int = 60) -> list[Place]:
    towns = []
    for country, admin1, lat, lon in REGIONS:
        for i in range(per_region):
            name = f"{admin1[:4]} {_SYLLABLES[i % 8]}{_SYLLABLES[i // 8 % 8]}"
            towns.append(Place(name, country, None, admin1, None, lat + rng.uniform(-1.2, 1.2),
                               lon + rng.uniform(-1.2, 1.2), geo_precision=1, where_prec=1))
    return towns


def reports(rng: random.Random, n_events: int) -> list[tuple[Article, Mention, int]]:
    """(article, mention, gold incident) for every synthetic report, in publication order."""
    towns, start = synthetic_towns(rng), date(2023, 1, 1)
    out = []
    for incident in range(n_events):
        town, day = rng.choice(towns), start + timedelta(days=rng.randrange(730))
        toll, victims = rng.randint(1, 40), rng.choice(VICTIMS)
        for k in range(rng.choice([1, 1, 2, 3])):
            published = day + timedelta(days=rng.randint(0, 2))
            best = max(1, toll + rng.randint(-3, 3) * k)
            text = rng.choice(TEMPLATES).format(
                n=best, victims=victims, town=town.name, region=town.admin1, day=day.strftime("%A %d %B")
            )
            article_id = f"syn-{incident}-{k}"
            article = Article(id=article_id, text=text, raw_text=text, outlet=f"Outlet {k}",
                              published=published.isoformat(), language="en", content_hash=article_id)
            mention = Mention(
                article_id=article_id, sentence_start=0, sentence_end=len(text),
                event_type="Violence against civilians", sub_event_type="Attack", actor1=ARMED,
                fatalities=Fatalities(deaths_unknown=best, low=best, best=best, high=best),
                date=EventDate(day.isoformat(), day.isoformat(), day.isoformat(), 1, 1), place=town,
                evidence=[Evidence("sentence", 0, len(text), text)], confidence=0.8,
            )
            out.append((article, mention, incident))
    out.sort(key=lambda r: (r[0].published, r[0].id))
    return out


def pairwise_f1(gold: dict[str, int], system: dict[str, str]) -> tuple[float, float]:
    def pairs(labels: dict[str, object]) -> set[tuple[str, str]]:
        groups: dict[object, list[str]] = {}
        for item, label in labels.items():
            groups.setdefault(label, []).append(item)
        return {p for items in groups.values() for p in combinations(sorted(items), 2)}

    g, s = pairs(gold), pairs(system)
    return len(g & s) / max(len(s), 1), len(g & s) / max(len(g), 1)


def extraction_rate() -> float | None:
    """Articles per second of ``extract_article`` on the French dev articles (None if unavailable)."""
    try:
        from sahelwatch.extract.pipeline import extract_article
        from sahelwatch.ingest.pipeline import ingest_paths

        with tempfile.TemporaryDirectory() as tmp:
            store = open_store(Path(tmp) / "x.db")
            ingest_paths([str(SHARED / "sahel-news" / "dev-fr.jsonl")], store)
            articles = [store.get_article(i) for i in store.articles_to_extract("bench")]
            extract_article(articles[0])
            started = time.process_time()
            for article in articles:
                extract_article(article)
            return len(articles) / (time.process_time() - started)
    except Exception as exc:  # the extractor may not be ready
        print(f"extraction not timed: {exc}")
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--compare", action="store_true", help="also time extraction (articles/s)")
    args = parser.parse_args()
    stream = reports(random.Random(args.seed), args.events)
    merge_seconds = merge_cpu = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.db")
        for article, mention, _ in stream:
            store.add_articles([article])
            store.replace_mentions(article.id, [mention], "bench")
            started, cpu = time.perf_counter(), time.process_time()
            update_events(store, [article.id])
            merge_seconds += time.perf_counter() - started
            merge_cpu += time.process_time() - cpu
        events = store.query_events()
        system = {s.article_id: e.id for e in events for s in e.sources}
        store.close()
    precision, recall = pairwise_f1({a.id: g for a, _, g in stream}, system)
    rate, cpu_rate = len(stream) / merge_seconds, len(stream) / merge_cpu
    print(f"incidents {args.events}  reports {len(stream)}  events {len(events)}")
    print(f"merge: {merge_seconds:.1f} s wall, {merge_cpu:.1f} s CPU; {rate:.0f} articles/s wall "
          f"({1000 * merge_cpu / len(stream):.1f} ms CPU per article)")
    print(f"synthetic pairwise precision {precision:.4f} recall {recall:.4f}")
    if args.compare and (extract := extraction_rate()):
        print(f"extraction: {extract:.1f} articles/s CPU -> merge costs {extract / cpu_rate:.2f}x "
              "extraction CPU time per article")


if __name__ == "__main__":
    main()
