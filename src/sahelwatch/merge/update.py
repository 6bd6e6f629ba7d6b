"""Keep the events table in step with the stored mentions.

This first version makes one event per mention and keeps event ids stable across
re-extraction of the same article; cross-source clustering plugs in here.
"""

from __future__ import annotations

from sahelwatch.export.countries import iso3
from sahelwatch.models import Claim, Event, Mention, Source
from sahelwatch.store import Store


def update_events(store: Store, article_ids: list[str]) -> int:
    """Rebuild the events of these articles from their mentions; returns how many events changed."""
    touched = 0
    for article_id in article_ids:
        old_ids = store.event_ids_of_articles([article_id])
        mentions = store.mentions_of(article_id)
        article = store.get_article(article_id)
        source = (
            Source(article_id, article.outlet, article.url, article.published, article.title)
            if article
            else None
        )
        for index, mention in enumerate(mentions):
            event_id = old_ids[index] if index < len(old_ids) else _new_id(store, mention)
            previous = store.get_event(event_id)
            event = event_from_mentions(event_id, [mention], [source] if source else [])
            event.revision = previous.revision + 1 if previous else 1
            store.save_event(event, "updated from re-extraction" if previous else "created")
            touched += 1
        for stale in old_ids[len(mentions) :]:
            store.delete_event(stale)
            touched += 1
    return touched


def _new_id(store: Store, mention: Mention) -> str:
    return store.next_event_id(iso3(mention.place.country) if mention.place else None)


def event_from_mentions(event_id: str, mentions: list[Mention], sources: list[Source]) -> Event:
    """An event carrying the fields of its lead mention and every mention's claims."""
    lead = mentions[0]
    claims = [
        Claim(m.article_id, name, value)
        for m in mentions
        for name, value in (
            ("fatalities_best", m.fatalities.best),
            ("fatalities_low", m.fatalities.low),
            ("fatalities_high", m.fatalities.high),
            ("event_date", m.date.event_date),
            ("location", m.place.name if m.place else None),
        )
    ]
    return Event(
        id=event_id,
        event_type=lead.event_type,
        sub_event_type=lead.sub_event_type,
        disorder_type=lead.disorder_type,
        civilian_targeting=lead.civilian_targeting,
        type_of_violence=lead.type_of_violence,
        actor1=lead.actor1,
        actor2=lead.actor2,
        assoc_actor_1=lead.assoc_actor_1,
        assoc_actor_2=lead.assoc_actor_2,
        interaction=lead.interaction,
        fatalities=lead.fatalities,
        date=lead.date,
        place=lead.place,
        sources=sources,
        mention_ids=[m.id for m in mentions if m.id is not None],
        claims=claims,
        evidence=[e for m in mentions for e in m.evidence],
        confidence=max(m.confidence for m in mentions),
    )
