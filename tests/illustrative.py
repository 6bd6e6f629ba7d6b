"""Illustrative (fictional) articles, mentions and events shared by tests."""

from __future__ import annotations

from dataclasses import replace

from sahelwatch.models import Actor, Article, Event, EventDate, Evidence, Fatalities, Mention, Place, Source

ILLUSTRATIVE_TEXT = (
    "Illustrative example written for Sahel Watch; not a real report. "
    "Gunmen killed at least 12 soldiers near Téguèy in the Tillabéri region on Saturday."
)


def illustrative_article(article_id: str = "a-1") -> Article:
    """A short fictional article."""
    return Article(
        id=article_id,
        text=ILLUSTRATIVE_TEXT,
        raw_text=ILLUSTRATIVE_TEXT,
        title="Soldiers killed in ambush (illustrative)",
        url=f"https://example.org/{article_id}",
        outlet="Example Outlet",
        published="2024-03-11",
        language="en",
        content_hash=f"hash-{article_id}",
    )


def illustrative_mention(article_id: str = "a-1") -> Mention:
    """A mention of the illustrative ambush, as the extractor would produce it."""
    sentence_start = ILLUSTRATIVE_TEXT.index("Gunmen")
    return Mention(
        article_id=article_id,
        sentence_start=sentence_start,
        sentence_end=len(ILLUSTRATIVE_TEXT),
        event_type="Battles",
        sub_event_type="Armed clash",
        type_of_violence=1,
        actor1=Actor("Unidentified Armed Group (Niger)", inter=3, ucdp_name=None, country="NE"),
        actor2=Actor(
            "Military Forces of Niger (2023-)", inter=1, ucdp_name="Government of Niger", country="NE"
        ),
        interaction=13,
        fatalities=Fatalities(deaths_a=12, low=12, best=12, high=12),
        date=EventDate("2024-03-09", "2024-03-09", "2024-03-09", 1, 1, "on Saturday"),
        place=Place(
            "Téguèy",
            country="NE",
            country_name="Niger",
            admin1="Tillabéri",
            latitude=14.5,
            longitude=1.5,
            geo_precision=1,
            where_prec=1,
        ),
        evidence=[
            Evidence("sentence", sentence_start, len(ILLUSTRATIVE_TEXT), ILLUSTRATIVE_TEXT[sentence_start:])
        ],
        confidence=0.9,
    )


def illustrative_event(event_id: str = "NER000001", article_id: str = "a-1") -> Event:
    """An event built from the illustrative mention."""
    m = illustrative_mention(article_id)
    return Event(
        id=event_id,
        event_type=m.event_type,
        sub_event_type=m.sub_event_type,
        type_of_violence=1,
        actor1=m.actor1,
        actor2=m.actor2,
        interaction=13,
        fatalities=m.fatalities,
        date=m.date,
        place=m.place,
        sources=[
            Source(article_id, "Example Outlet", f"https://example.org/{article_id}", "2024-03-11", "T")
        ],
        evidence=m.evidence,
        confidence=0.9,
    )


MALI_ATTACK_TEXT = (
    "Illustrative example written for Sahel Watch; not a real report. "
    "Suspected jihadists killed seven civilians in an attack on the village of Dioura in Mali on Monday."
)


def illustrative_batch() -> list[Article]:
    """Three fictional articles: the ambush told by two outlets, and an attack in Mali."""
    return [
        illustrative_article("a-1"),
        replace(illustrative_article("a-2"), outlet="Other Outlet"),
        replace(illustrative_article("a-3"), text=MALI_ATTACK_TEXT, raw_text=MALI_ATTACK_TEXT),
    ]


def event_signature(events: list[Event]) -> list[tuple]:
    """What an analyst sees of the events, whatever their ids: country, type, toll, sources."""
    return sorted(
        (e.place.country if e.place else None, e.sub_event_type, e.fatalities.best, len(e.sources))
        for e in events
    )
