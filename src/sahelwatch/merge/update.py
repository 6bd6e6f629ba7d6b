"""Keep the events table in step with the stored mentions, incrementally.

``update_events(store, article_ids)`` (called by the extractor after it stored the
mentions of these articles):

1. stores a ``MergeKey`` per current mention of the articles (blocking fields, MinHash);
2. collects the *component* of the link graph around them: starting from their mentions
   and the surviving mentions of the events that cited the articles, it follows every
   linked candidate found by the store's blocking (country/admin1 and date window) and
   LSH text bands -- so only the events the new reports can touch are re-examined;
3. clusters the component (``cluster.agglomerate``, independent of ingestion order);
4. gives each cluster an id: the oldest existing event overlapping it keeps its id; other
   old events absorbed by a cluster stay as rows with ``merged_into`` set; new incidents get
   a new id; then saves only the events whose reconciled content changed (idempotent).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from sahelwatch.extract.dates import is_report_day_monitor
from sahelwatch.extract.headline import is_title_only
from sahelwatch.geo.iso import iso3
from sahelwatch.merge.cluster import agglomerate, components, is_linked
from sahelwatch.merge.features import MAX_WINDOW_DAYS, MergeKey, key_of
from sahelwatch.merge.reconcile import event_from_mentions
from sahelwatch.models import Actor, Event, Place, Source
from sahelwatch.store import Store

ANY_DAY = (0, 10**7, 0)  # (day_lo, day_hi, max_width) of merge_keys_in_block reaching every dated key


@dataclass
class _Graph:
    """The merge keys loaded so far in one update, with each mention's current event."""

    store: Store
    keys: dict[int, MergeKey] = field(default_factory=dict)
    event_of: dict[int, str | None] = field(default_factory=dict)
    found: dict[int, list[MergeKey]] = field(default_factory=dict)

    def load(self, rows: list[tuple[int, str, bytes, str | None]]) -> list[MergeKey]:
        found = []
        for mention_id, data, signature, event_id in rows:
            if mention_id not in self.keys:
                self.keys[mention_id] = MergeKey.from_row(data, signature)
                self.event_of[mention_id] = event_id
            found.append(self.keys[mention_id])
        return found

    def candidates(self, key: MergeKey) -> list[MergeKey]:
        """Stored keys in the same block or sharing an LSH band with ``key`` (memoised)."""
        if key.mention_id not in self.found:
            rows = []
            if key.day_lo is not None and key.day_hi is not None:
                window = (key.day_lo, key.day_hi, MAX_WINDOW_DAYS)
                rows = self.store.merge_keys_sharing_bands(key.bands(), window)
                rows += self.store.merge_keys_in_block(key.country, key.admin1, key.day_lo, key.day_hi,
                                                       MAX_WINDOW_DAYS)
                rows += self.store.undated_merge_keys(key.country, key.admin1)  # its undated copies
            else:  # an undated mention links only to copies of itself, dated or not (score.undated_copies)
                rows = self.store.undated_merge_keys(key.country, key.admin1)
                if key.country is not None:
                    rows += self.store.merge_keys_in_block(key.country, key.admin1, *ANY_DAY)
            self.found[key.mention_id] = [k for k in self.load(rows) if k.mention_id != key.mention_id]
        return self.found[key.mention_id]

    def closure(self, seeds: list[MergeKey]) -> list[MergeKey]:
        """Every key reachable from ``seeds`` through links (breadth first)."""
        seen = {k.mention_id: k for k in seeds}
        frontier = list(seeds)
        while frontier:
            key = frontier.pop()
            for other in self.candidates(key):
                if other.mention_id not in seen and is_linked(key, other):
                    seen[other.mention_id] = other
                    frontier.append(other)
        return sorted(seen.values(), key=lambda k: k.sort_key)

    def neighbours(self, key: MergeKey, within: dict[int, MergeKey]) -> list[MergeKey]:
        return [k for k in self.candidates(key) if k.mention_id in within and is_linked(key, k)]


def index_articles(store: Store, article_ids: list[str]) -> list[MergeKey]:
    """Compute and store the merge keys of the current mentions of these articles."""
    keys = []
    for article_id in article_ids:
        article = store.get_article(article_id)
        published = article.published if article else None
        alone = article is not None and is_title_only(article)
        monitor = article is not None and is_report_day_monitor(article.text, article.language or "en")
        keys += [key_of(m, published, alone, monitor)
                 for m in store.mentions_of(article_id) if m.id is not None]
    store.replace_merge_keys(article_ids, [k.storage_row() for k in keys])
    return keys


def update_events(store: Store, article_ids: list[str]) -> int:
    """Re-cluster what these articles' mentions can touch; returns how many events changed."""
    if not article_ids:
        return 0
    affected = store.event_ids_of_articles(article_ids)
    graph = _Graph(store)
    seeds = graph.load(store.merge_keys_of([k.mention_id for k in index_articles(store, article_ids)]))
    for event_id in affected:
        event = store.get_event(event_id)
        if event is not None:
            seeds += graph.load(store.merge_keys_of(event.mention_ids))
    nodes = graph.closure(seeds)
    within = {k.mention_id: k for k in nodes}
    clusters = [
        c for comp in components(nodes, lambda k: graph.neighbours(k, within)) for c in agglomerate(comp)
    ]
    event_of = {i: graph.event_of[i] for i in within}
    return _apply(store, clusters, event_of, set(affected))


def _overlap(cluster: list[MergeKey], event: Event, event_of: dict[int, str | None]) -> tuple[int, int]:
    """(mentions of the event in the cluster, articles of the event cited by the cluster)."""
    mentions = sum(1 for k in cluster if event_of.get(k.mention_id) == event.id)
    articles = {s.article_id for s in event.sources} & {k.article_id for k in cluster}
    return mentions, len(articles)


def assign_ids(
    clusters: list[list[MergeKey]], old_events: list[Event], event_of: dict[int, str | None]
) -> tuple[dict[int, str], dict[str, int | None]]:
    """Cluster index -> surviving old id (oldest events choose first), and for every old event
    that did not survive, the index of the cluster that absorbed it (None: it vanished)."""
    kept: dict[int, str] = {}
    gone: dict[str, int | None] = {}
    for event in old_events:  # oldest first
        overlaps = {i: _overlap(c, event, event_of) for i, c in enumerate(clusters)}
        free = [i for i in overlaps if i not in kept and overlaps[i] > (0, 0)]
        if free:
            kept[max(free, key=lambda i: (overlaps[i], -i))] = event.id
            continue
        touched = [i for i in overlaps if overlaps[i] > (0, 0)]
        gone[event.id] = max(touched, key=lambda i: (overlaps[i], -i)) if touched else None
    return kept, gone


def _apply(
    store: Store, clusters: list[list[MergeKey]], event_of: dict[int, str | None], affected: set[str]
) -> int:
    """Save the clusters as events, keeping old ids; record absorbed events; count changes."""
    old_ids = affected | {e for e in event_of.values() if e}
    order = store.event_creation_order(sorted(old_ids))
    old_events = [e for e in (store.get_event(i) for i in sorted(order, key=order.__getitem__)) if e]
    kept, gone = assign_ids(clusters, old_events, event_of)
    sources = _SourceCache(store)
    changed = 0
    final_ids: dict[int, str] = {}
    absorbed: dict[int, list[str]] = {}
    for event_id, index in gone.items():
        if index is not None:
            absorbed.setdefault(index, []).append(event_id)
    for index, cluster in enumerate(clusters):
        event = _reconciled(store, cluster, kept.get(index, ""), sources)
        if not event.id:
            event.id = store.next_event_id(iso3(event.place.country) if event.place else None)
        final_ids[index] = event.id
        changed += _save_if_changed(store, event, absorbed.get(index, []))
    for event_id, index in gone.items():
        changed += _retire(store, event_id, final_ids[index] if index is not None else None)
    return changed


def _reconciled(store: Store, cluster: list[MergeKey], event_id: str, sources: _SourceCache) -> Event:
    mentions = store.get_mentions([k.mention_id for k in cluster])
    articles = sorted({m.article_id for m in mentions})
    return event_from_mentions(event_id, mentions, sources.of(articles))


def _save_if_changed(store: Store, event: Event, absorbed: list[str]) -> int:
    """Save ``event`` as a new revision unless the stored one is identical; 1 if saved."""
    previous = store.get_event(event.id)
    if previous is not None and replace(previous, revision=0) == replace(event, revision=0):
        return 0
    event.revision = previous.revision + 1 if previous else 1
    store.save_event(event, change_reason(previous, event, absorbed))
    return 1


def _retire(store: Store, event_id: str, into: str | None) -> int:
    """Record an absorbed event as merged into ``into``, or delete an event whose reports vanished."""
    previous = store.get_event(event_id)
    if previous is None:
        return 0
    if into is None:
        store.delete_event(event_id)
        return 1
    if previous.merged_into == into:
        return 0
    retired = replace(previous, merged_into=into, mention_ids=[], claims=[], revision=previous.revision + 1)
    store.save_event(retired, f"merged into {into}")
    return 1


def change_reason(previous: Event | None, event: Event, absorbed: list[str]) -> str:
    """A short human-readable reason for a revision."""
    new_sources = [s.article_id for s in event.sources]
    if previous is None:
        reason = f"created from {len(new_sources)} source(s): {', '.join(new_sources)}"
        return reason + (f"; absorbed {', '.join(absorbed)}" if absorbed else "")
    old_sources = [s.article_id for s in previous.sources]
    parts = []
    if absorbed:
        parts.append(f"absorbed {', '.join(absorbed)}")
    added = [a for a in new_sources if a not in old_sources]
    dropped = [a for a in old_sources if a not in new_sources]
    if added:
        parts.append(f"new source(s) {', '.join(added)}")
    if dropped:
        parts.append(f"source(s) dropped {', '.join(dropped)}")
    if _toll(previous) != _toll(event):
        parts.append(f"fatalities {_toll(previous)} -> {_toll(event)}")
    if previous.date.event_date != event.date.event_date:
        parts.append(f"date {previous.date.event_date} -> {event.date.event_date}")
    # what a new source told that the event did not say before: the village ("Tillabéri" -> "Tondikiwindi"),
    # the attacker a claim names ("Unidentified Armed Group (Niger)" -> "Islamic State (Sahel)"), the type
    for label, old, new in (
        ("place", _name(previous.place), _name(event.place)),
        ("actor1", _name(previous.actor1), _name(event.actor1)),
        ("actor2", _name(previous.actor2), _name(event.actor2)),
        ("type", previous.sub_event_type, event.sub_event_type),
    ):
        if old != new:
            parts.append(f"{label} {old} -> {new}")
    return "; ".join(parts) or "updated from re-extraction"


def _name(thing: Actor | Place | None) -> str | None:
    return thing.name if thing is not None else None


def _toll(event: Event) -> str:
    f = event.fatalities
    return f"{f.low}/{f.best}/{f.high}"


class _SourceCache:
    """Sources (with exact-duplicate aliases) of articles, loaded once per update."""

    def __init__(self, store: Store):
        self.store = store
        self.cache: dict[str, list[Source]] = {}

    def of(self, article_ids: list[str]) -> list[Source]:
        found = [s for a in article_ids for s in self._article(a)]
        return sorted(found, key=lambda s: (s.published or "", s.article_id))

    def _article(self, article_id: str) -> list[Source]:
        if article_id not in self.cache:
            article = self.store.get_article(article_id)
            if article is None:
                self.cache[article_id] = [Source(article_id, None, None, None)]
            else:
                main = Source(article_id, article.outlet, article.url, article.published, article.title)
                aliases = [
                    replace(main, article_id=a["alias_id"], url=a["url"] or article.url)
                    for a in self.store.article_aliases(article_id)
                    if a.get("alias_id")
                ]
                self.cache[article_id] = [main, *aliases]
        return self.cache[article_id]
