"""JSON-ready views of events and articles for the API and the pages (no HTML here)."""

from __future__ import annotations

import json
from typing import Any

from sahelwatch.export.text import DATE_PREC, GEO_PRECISION, TIME_PRECISION, WHERE_PREC
from sahelwatch.models import Article, Event, Evidence, Mention, to_dict
from sahelwatch.store import Store

SENTENCE = "sentence"
WATCHED_FIELDS = {
    "event type": ("event_type",),
    "sub-event type": ("sub_event_type",),
    "date": ("date", "event_date"),
    "place": ("place", "name"),
    "admin1": ("place", "admin1"),
    "actor 1": ("actor1", "name"),
    "actor 2": ("actor2", "name"),
    "fatalities": ("fatalities", "best"),
    "merged into": ("merged_into",),
}


def precision(event: Event) -> dict[str, dict[str, Any]]:
    """The four precision codes of an event with their meaning spelled out."""
    place, when = event.place, event.date
    codes = {
        "geo_precision": (place.geo_precision if place else None, GEO_PRECISION),
        "where_prec": (place.where_prec if place else 7, WHERE_PREC),
        "time_precision": (when.time_precision, TIME_PRECISION),
        "date_prec": (when.date_prec, DATE_PREC),
    }
    return {k: {"code": code, "meaning": words.get(code, "unknown")} for k, (code, words) in codes.items()}


def segments(text: str, base: int, spans: list[tuple[int, int, str]]) -> list[dict[str, Any]]:
    """Split ``text`` (article offsets ``base``..) into runs marked with the evidence field covering them.

    ``spans`` are (start, end, field) in article offsets; a ``sentence`` span sets ``sentence``
    on its runs, any other field sets ``field`` (the shortest span wins where they overlap).
    """
    end_all = base + len(text)
    clipped = [(max(s, base), min(e, end_all), f) for s, e, f in spans if s < end_all and e > base and s < e]
    cuts = sorted({base, end_all, *[s for s, _, _ in clipped], *[e for _, e, _ in clipped]})
    runs: list[dict[str, Any]] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [(e - s, f) for s, e, f in clipped if s <= start and end <= e]
        values = sorted((length, f) for length, f in covering if f != SENTENCE)
        field = values[0][1] if values else None
        in_sentence = any(f == SENTENCE for _, f in covering)
        run = {"text": text[start - base : end - base], "field": field, "sentence": in_sentence}
        if runs and runs[-1]["field"] == run["field"] and runs[-1]["sentence"] == run["sentence"]:
            runs[-1]["text"] += run["text"]
        else:
            runs.append(run)
    return runs


def field_kind(field: str | None) -> str:
    """The family of an evidence field (``fatalities:killed:security`` -> ``fatalities``) for styling."""
    return (field or "").split(":", 1)[0]


def _evidence_dicts(evidence: list[Evidence]) -> list[dict[str, Any]]:
    return [{"field": e.field, "start": e.start, "end": e.end, "text": e.text} for e in evidence]


def mention_view(mention: Mention, article: Article | None, event_id: str | None = None) -> dict[str, Any]:
    """One source's report: where the sentence is, the values extracted and their highlighted spans."""
    start, end = mention.sentence_start, mention.sentence_end
    sentence_ev = next((e for e in mention.evidence if e.field == SENTENCE), None)
    if article is not None and 0 <= start < end <= len(article.text):
        sentence = article.text[start:end]
    elif sentence_ev is not None:
        start, end, sentence = sentence_ev.start, sentence_ev.end, sentence_ev.text
    else:
        sentence = ""
    spans = [(e.start, e.end, e.field) for e in mention.evidence if e.field != SENTENCE]
    return {
        "mention_id": mention.id,
        "article_id": mention.article_id,
        "event_id": event_id,
        "event_type": mention.event_type,
        "sub_event_type": mention.sub_event_type,
        "sentence": {"start": start, "end": end, "text": sentence},
        "evidence": _evidence_dicts(mention.evidence),
        "fatalities": to_dict(mention.fatalities),
        "date": mention.date.event_date,
        "place": mention.place.name if mention.place else None,
        "actor1": mention.actor1.name if mention.actor1 else None,
        "actor2": mention.actor2.name if mention.actor2 else None,
        "confidence": mention.confidence,
        "highlighted": segments(sentence, start, spans),
    }


def claims_view(event: Event) -> list[dict[str, Any]]:
    """Per field, what each source claims; ``conflicting`` when the sources disagree."""
    by_field: dict[str, list[dict[str, Any]]] = {}
    for claim in event.claims:
        by_field.setdefault(claim.field, []).append(
            {
                "article_id": claim.article_id,
                "value": claim.value,
                "evidence": _evidence_dicts([claim.evidence])[0] if claim.evidence else None,
            }
        )
    return [
        {
            "field": field,
            "conflicting": len({json.dumps(c["value"], sort_keys=True, default=str) for c in claims}) > 1,
            "claims": claims,
        }
        for field, claims in by_field.items()
    ]


def _lookup(data: dict[str, Any], path: tuple[str, ...]) -> Any:
    value: Any = data
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    return value


def revisions_view(revisions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The revision log with, for each revision, the watched fields that changed."""
    out, previous = [], None
    for rev in revisions:
        changes = []
        if previous is not None:
            for label, path in WATCHED_FIELDS.items():
                before, after = _lookup(previous, path), _lookup(rev["event"], path)
                if before != after:
                    changes.append({"field": label, "from": before, "to": after})
        n_sources = len(rev["event"].get("sources", []))
        out.append(
            {"revision": rev["revision"], "at": rev["at"], "reason": rev["reason"], "sources": n_sources,
             "changes": changes}
        )
        previous = rev["event"]
    return out


def event_detail(store: Store, event: Event) -> dict[str, Any]:
    """Everything known about an event: fields, sources, per-source evidence and claims, history."""
    articles = {s.article_id: store.get_article(s.article_id) for s in event.sources}
    mentions = store.mentions_of_event(event)
    return {
        "id": event.id,
        "status": "merged" if event.merged_into else "live",
        "merged_into": event.merged_into,
        "message": f"event {event.id} was merged into {event.merged_into}" if event.merged_into else None,
        "event": to_dict(event),
        "precision": precision(event),
        "sources": [to_dict(s) for s in event.sources],
        "mentions": [mention_view(m, articles.get(m.article_id), event.id) for m in mentions],
        "claims": claims_view(event),
        "revisions": revisions_view(store.revisions_of(event.id)),
    }


def article_detail(store: Store, article: Article) -> dict[str, Any]:
    """An article's cleaned text and metadata with the spans of every mention found in it."""
    event_ids = store.event_ids_of_mentions(article.id)
    mentions = [mention_view(m, article, event_ids.get(m.id)) for m in store.mentions_of(article.id)]
    for view in mentions:
        del view["highlighted"]
    return {
        "id": article.id,
        "title": article.title,
        "url": article.url,
        "outlet": article.outlet,
        "published": article.published,
        "published_source": article.published_source,
        "language": article.language,
        "text": article.text,
        "mentions": mentions,
    }


def article_segments(detail: dict[str, Any]) -> list[dict[str, Any]]:
    """The whole article text split into runs marked by sentence and value evidence."""
    spans = [
        (e["start"], e["end"], e["field"]) for m in detail["mentions"] for e in m["evidence"]
    ] + [(m["sentence"]["start"], m["sentence"]["end"], SENTENCE) for m in detail["mentions"]]
    return segments(detail["text"], 0, spans)
