"""Score event de-duplication against the report clusters of a UCDP GED file.

GED's ``source_article`` lists every report an event was coded from as
``"Outlet,YYYY-MM-DD,headline";...``. Each distinct headline becomes one article (title and
text = the headline, outlet and publication date from its first citation, language
English); the articles are ingested, extracted and merged by the normal pipeline into a
temporary store, and the live events' sources are compared with the GED event ids.

Scoring decisions:

* A headline cited by several GED events is one article whose gold is the *set* of those
  events (an overlapping gold clustering). A pair of headlines is a true link when they
  share at least one gold event; the system links them when they share at least one
  exported event. Pairwise precision/recall/F1 count such pairs; B-cubed is the extended
  (overlapping) B-cubed of Amigó et al. (2009).
* A headline that yields no event is a singleton in the system clustering (its gold pairs
  count as missed). The figures are also given over only the headlines that yielded an
  event (``*_extracted``) to separate merging from extraction recall.
* Split rate: among gold events with 2+ headlines of which 2+ yielded events, the share
  whose extracted headlines are not all in one exported event. Merge rate: among exported
  events citing gold headlines, the share whose headlines share no common gold event.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

_CITATION = re.compile(
    r"^\s*(?P<outlet>.*?)\s*,\s*(?P<date>\d{4}-\d{2}-\d{2})\s*,\s*(?P<headline>.*?)\s*$", re.S
)

Clustering = dict[str, set[str]]  # item (article id) -> cluster ids


@dataclass
class Citation:
    """One report cited by a GED event."""

    outlet: str
    published: str | None
    headline: str


@dataclass
class DedupGold:
    """Headline articles and, per article, the GED events citing it."""

    articles: dict[str, Citation] = field(default_factory=dict)
    gold: Clustering = field(default_factory=dict)
    events: int = 0


def parse_citations(source_article: str) -> list[Citation]:
    """The citations of a GED ``source_article`` cell (``"Outlet,date,headline";...``)."""
    citations = []
    for part in re.split(r'"\s*;\s*"', source_article.strip().strip('"')):
        match = _CITATION.match(part)
        if match and match["headline"]:
            citations.append(Citation(match["outlet"], match["date"], " ".join(match["headline"].split())))
        elif part.strip():
            citations.append(Citation("", None, " ".join(part.split())))
    return citations


def headline_id(headline: str) -> str:
    """A stable article id for a headline (the same headline is always the same article)."""
    return "ged-h-" + hashlib.sha1(headline.casefold().encode()).hexdigest()[:12]


def load_gold(path: str | Path, rows: int | None = None) -> DedupGold:
    """Read the GED CSV (its first ``rows`` events) into headline articles and their gold events."""
    gold = DedupGold()
    with open(path, encoding="utf-8", newline="") as handle:
        for n, row in enumerate(csv.DictReader(handle)):
            if rows is not None and n >= rows:
                break
            gold.events += 1
            for citation in parse_citations(row.get("source_article") or ""):
                article_id = headline_id(citation.headline)
                known = gold.articles.get(article_id)
                if known is None or (citation.published or "9", citation.outlet) < (
                    known.published or "9", known.outlet
                ):
                    gold.articles[article_id] = citation
                gold.gold.setdefault(article_id, set()).add(str(row["id"]))
    return gold


def write_articles_jsonl(gold: DedupGold, path: Path) -> None:
    """The headline articles in the ingest JSONL format."""
    with open(path, "w", encoding="utf-8") as handle:
        for article_id, c in sorted(gold.articles.items()):
            record = {"id": article_id, "language": "en", "outlet": c.outlet or None, "url": None,
                      "published": c.published, "title": c.headline, "text": c.headline}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def _pairs(clustering: Clustering) -> set[tuple[str, str]]:
    """Pairs of items sharing at least one cluster."""
    members: dict[str, list[str]] = {}
    for item, clusters in clustering.items():
        for c in clusters:
            members.setdefault(c, []).append(item)
    return {tuple(sorted(p)) for items in members.values() for p in combinations(sorted(set(items)), 2)}


def _prf(tp: int, predicted: int, gold: int) -> dict[str, float]:
    p = tp / predicted if predicted else 1.0
    r = tp / gold if gold else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4)}


def pairwise(gold: Clustering, system: Clustering) -> dict[str, Any]:
    """Pairwise precision/recall/F1 of the system's links against the gold links."""
    gold_pairs, system_pairs = _pairs(gold), _pairs({i: system.get(i, set()) for i in gold})
    tp = len(gold_pairs & system_pairs)
    return {**_prf(tp, len(system_pairs), len(gold_pairs)), "gold_pairs": len(gold_pairs),
            "system_pairs": len(system_pairs), "true_pairs": tp}


def bcubed(gold: Clustering, system: Clustering) -> dict[str, float]:
    """Extended B-cubed (overlapping clusters); items without a system cluster are singletons."""
    system = {i: system.get(i) or {f"singleton:{i}"} for i in gold}
    precision = _bcubed_side(system, gold)
    recall = _bcubed_side(gold, system)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def _bcubed_side(side: Clustering, other: Clustering) -> float:
    """Mean over items e of the mean over e' sharing a ``side`` cluster of
    min(|side(e)&side(e')|, |other(e)&other(e')|) / |side(e)&side(e')|."""
    members: dict[str, set[str]] = {}
    for item, clusters in side.items():
        for c in clusters:
            members.setdefault(c, set()).add(item)
    total = 0.0
    for item, clusters in side.items():
        related = set().union(*(members[c] for c in clusters))
        scores = []
        for other_item in related:
            shared = len(clusters & side[other_item])
            scores.append(min(shared, len(other[item] & other[other_item])) / shared)
        total += sum(scores) / len(scores)
    return total / len(side) if side else 1.0


def split_and_merge_rates(gold: Clustering, system: Clustering) -> dict[str, Any]:
    """Split rate over multi-report gold events and merge rate over exported events."""
    by_gold: dict[str, set[str]] = {}
    for item, clusters in gold.items():
        for g in clusters:
            by_gold.setdefault(g, set()).add(item)
    by_event: dict[str, set[str]] = {}
    for item, events in system.items():
        for e in events:
            by_event.setdefault(e, set()).add(item)
    judged = split = 0
    for items in by_gold.values():
        extracted = {i for i in items if system.get(i)}
        if len(items) < 2 or len(extracted) < 2:
            continue
        judged += 1
        split += not any(extracted <= members for members in by_event.values())
    mixed = sum(1 for members in by_event.values() if not set.intersection(*(gold[i] for i in members)))
    return {
        "multi_report_gold_events": sum(1 for items in by_gold.values() if len(items) >= 2),
        "split_judged": judged,
        "split": split,
        "split_rate": round(split / judged, 4) if judged else 0.0,
        "exported_events": len(by_event),
        "mixed": mixed,
        "merge_rate": round(mixed / len(by_event), 4) if by_event else 0.0,
    }


def system_clustering(events: Iterable[Any], items: Iterable[str]) -> Clustering:
    """Article id -> ids of the exported events citing it (only the given items)."""
    wanted = set(items)
    clustering: Clustering = {i: set() for i in wanted}
    for event in events:
        for source in event.sources:
            if source.article_id in wanted:
                clustering[source.article_id].add(event.id)
    return clustering


def score(gold: DedupGold, system: Clustering) -> dict[str, Any]:
    """Every figure of the report."""
    extracted = {i for i, events in system.items() if events}
    gold_extracted = {i: g for i, g in gold.gold.items() if i in extracted}
    return {
        "gold_events": gold.events,
        "headlines": len(gold.gold),
        "headlines_shared_by_events": sum(1 for g in gold.gold.values() if len(g) > 1),
        "headlines_without_event": len(gold.gold) - len(extracted),
        "pairwise": pairwise(gold.gold, system),
        "bcubed": bcubed(gold.gold, system),
        "pairwise_extracted": pairwise(gold_extracted, system),
        "bcubed_extracted": bcubed(gold_extracted, system),
        **split_and_merge_rates(gold.gold, system),
    }


def evaluate_file(
    path: str | Path, rows: int | None = None, keep_db: str | Path | None = None
) -> dict[str, Any]:
    """Ingest the GED file's headlines into a fresh store, extract, merge and score. ``keep_db`` names a new
    file to keep that store in: an existing one is refused, as its extraction would be stale."""
    if keep_db is not None and Path(keep_db).exists():
        raise FileExistsError(f"{keep_db}: already exists; give a new file to keep the evaluation store in")
    from sahelwatch.extract.run import extract_store
    from sahelwatch.ingest.pipeline import ingest_paths
    from sahelwatch.store import open_store

    gold = load_gold(path, rows)
    with tempfile.TemporaryDirectory() as tmp:
        articles = Path(tmp) / "headlines.jsonl"
        write_articles_jsonl(gold, articles)
        with open_store(keep_db or Path(tmp) / "dedup.db") as store:
            ingest_paths([str(articles)], store)
            summary = extract_store(store)
            system = system_clustering(store.query_events(), gold.gold)
    return {**score(gold, system), "extraction_failed": len(summary.failed)}


def format_report(result: dict[str, Any]) -> str:
    """The figures as a short plain-text report."""
    pw, b3 = result["pairwise"], result["bcubed"]
    pwx, b3x = result["pairwise_extracted"], result["bcubed_extracted"]
    lines = [
        f"gold events: {result['gold_events']}  headlines: {result['headlines']} "
        f"(cited by 2+ events: {result['headlines_shared_by_events']})  "
        f"without any event: {result['headlines_without_event']}",
        f"pairwise   P {pw['precision']:.3f}  R {pw['recall']:.3f}  F1 {pw['f1']:.3f}  "
        f"(gold pairs {pw['gold_pairs']}, system pairs {pw['system_pairs']}, true {pw['true_pairs']})",
        f"B-cubed    P {b3['precision']:.3f}  R {b3['recall']:.3f}  F1 {b3['f1']:.3f}",
        f"headlines with an event only: pairwise F1 {pwx['f1']:.3f} (P {pwx['precision']:.3f} "
        f"R {pwx['recall']:.3f}), B-cubed F1 {b3x['f1']:.3f}",
        f"split rate {result['split_rate']:.3f} ({result['split']}/{result['split_judged']} multi-report "
        f"gold events with 2+ extracted headlines; {result['multi_report_gold_events']} multi-report in all)",
        f"merge rate {result['merge_rate']:.3f} ({result['mixed']}/{result['exported_events']} exported "
        "events mix gold events)",
    ]
    return "\n".join(lines)
