"""Illustrative articles and mentions (written for these tests, not real reports) and a store
that ingests them the way the extractor would: store the mentions, then ``update_events``."""

from __future__ import annotations

from sahelwatch.merge import update_events
from sahelwatch.models import Actor, Article, EventDate, Evidence, Fatalities, Mention, Place
from sahelwatch.store import Store

NIGER_ARMY = Actor("Military Forces of Niger (2023-)", inter=1, ucdp_name="Government of Niger", country="NE")
UNIDENTIFIED = Actor("Unidentified Armed Group (Niger)", inter=3, country="NE")
ISSP = Actor("Islamic State (Sahel)", inter=2, ucdp_name="IS", country="NE")
JNIM = Actor("JNIM: Group for Support of Islam and Muslims", inter=2, ucdp_name="JNIM", country="ML")
MALI_ARMY = Actor("Military Forces of Mali (2021-)", inter=1, ucdp_name="Government of Mali", country="ML")

PLACES = {
    "Tera": Place("Tera", "NE", "Niger", "Tillabéri", "Tera", 14.01, 0.75, geo_precision=1, where_prec=1),
    "Tillabéri": Place("Tillabéri", "NE", "Niger", "Tillabéri", None, 14.21, 1.45, geo_precision=3,
                       where_prec=4),
    "Diffa": Place("Diffa", "NE", "Niger", "Diffa", "Diffa", 13.32, 12.61, geo_precision=1, where_prec=1),
    "Boulkessi": Place("Boulkessi", "ML", "Mali", "Mopti", "Douentza", 14.72, -1.37, geo_precision=1,
                       where_prec=1),
    "Bankilaré": Place("Bankilaré", "NE", "Niger", "Tillabéri", "Bankilaré", 14.58, 0.72, geo_precision=1,
                       where_prec=1),
    "near Banibangou": Place("Banibangou", "NE", "Niger", "Tillabéri", None, 15.04, 2.70, geo_precision=2,
                             where_prec=2),
}


def add_article(store: Store, article_id: str, text: str, outlet: str, published: str) -> Article:
    """Store one illustrative article."""
    article = Article(
        id=article_id, text=text, raw_text=text, title=text[:60], url=f"https://example.org/{article_id}",
        outlet=outlet, published=published, language="en", content_hash=f"hash-{article_id}",
    )
    store.add_articles([article])
    return article


def mention(
    article: Article,
    *,
    day: str,
    place: str,
    toll: int = 0,
    low: int | None = None,
    high: int | None = None,
    date_prec: int = 1,
    event_type: str = "Battles",
    sub_event_type: str = "Armed clash",
    actor1: Actor | None = UNIDENTIFIED,
    actor2: Actor | None = NIGER_ARMY,
    sentence: str | None = None,
) -> Mention:
    """A mention of ``article`` whose evidence sentence is the article text (or ``sentence``)."""
    text = sentence or article.text
    start = article.text.index(text)
    evidence = [Evidence("sentence", start, start + len(text), text)]
    if toll:
        evidence.append(Evidence("fatalities:killed:unknown", start, start + 2, text[:2]))
    return Mention(
        article_id=article.id,
        sentence_start=start,
        sentence_end=start + len(text),
        event_type=event_type,
        sub_event_type=sub_event_type,
        type_of_violence=1,
        actor1=actor1,
        actor2=actor2,
        fatalities=Fatalities(deaths_unknown=toll, low=low if low is not None else toll, best=toll,
                              high=high if high is not None else toll),
        date=EventDate(day, day, day, 1 if date_prec == 1 else 2, date_prec, surface=f"(illustrative) {day}"),
        place=PLACES[place],
        evidence=evidence,
        confidence=0.8,
    )


def report(store: Store, article_id: str, text: str, outlet: str, published: str, **fields) -> list[int]:
    """Ingest one article reporting one incident, store its mention and merge; returns mention ids."""
    article = add_article(store, article_id, text, outlet, published)
    ids = store.replace_mentions(article_id, [mention(article, **fields)], "test")
    update_events(store, [article_id])
    return ids


def clusters(store: Store) -> set[frozenset[str]]:
    """The live events as sets of article ids."""
    return {frozenset(s.article_id for s in e.sources) for e in store.query_events()}
