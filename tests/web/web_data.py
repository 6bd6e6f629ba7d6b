"""Small illustrative (fictional) articles and events for the web tests, and how to store them.

Every article says it is an illustrative example; places and coordinates are approximate.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sahelwatch.models import (
    Actor,
    Article,
    Claim,
    Event,
    EventDate,
    Evidence,
    Fatalities,
    Mention,
    Place,
    Source,
)
from sahelwatch.store import Store

NOTE = "Illustrative example written for Sahel Watch tests; not a real report. "
XSS_TITLE = '<script>window.__xss = 1</script> Attack near Gao'
XSS_SENTENCE = (
    'Gunmen <img src=x onerror="window.__xss=2"> killed 3 villagers near Gao <script>alert(1)</script>.'
)


@dataclass
class Report:
    """One illustrative article reporting one event, and the values an extractor would find in it."""

    article_id: str
    outlet: str
    published: str
    title: str
    sentence: str
    values: dict[str, str] = field(default_factory=dict)  # evidence field -> surface text in sentence
    killed: int = 0


@dataclass
class Incident:
    """One illustrative event with its reports."""

    event_id: str
    event_type: str
    sub_event_type: str
    day: str
    place: Place
    actor1: str
    actor2: str | None
    reports: list[Report]
    merged_into: str | None = None


def place(name: str, country: str, country_name: str, admin1: str, lat: float, lon: float) -> Place:
    return Place(name, country=country, country_name=country_name, admin1=admin1, latitude=lat, longitude=lon,
                 geo_precision=1, where_prec=2)


INCIDENTS = [
    Incident("NER000001", "Battles", "Armed clash", "2024-03-09",
             place("Téguèy", "NE", "Niger", "Tillabéri", 14.5, 1.5),
             "Unidentified Armed Group (Niger)", "Military Forces of Niger (2023-)", [
        Report("a-ner-1", "Example Outlet", "2024-03-11", "Soldiers killed in ambush (illustrative)",
               "Gunmen killed 12 soldiers near Téguèy on Saturday.",
               {"fatalities:killed:security": "12 soldiers", "place": "Téguèy", "date": "on Saturday",
                "actor:militants": "Gunmen"}, 12),
        Report("a-ner-2", "Other Outlet", "2024-03-12", "Ambush in Tillabéri (illustrative)",
               "At least 15 soldiers died when militants attacked a patrol near Téguèy on 9 March.",
               {"fatalities:killed:security": "15 soldiers", "place": "Téguèy", "date": "on 9 March",
                "actor:militants": "militants"}, 15),
    ]),
    Incident("NER000002", "Explosions/Remote violence", "Remote explosive/landmine/IED", "2024-03-20",
             place("Ouallam", "NE", "Niger", "Tillabéri", 14.32, 2.09),
             "Unidentified Armed Group (Niger)", "Military Forces of Niger (2023-)", [
        Report("a-ner-3", "Example Outlet", "2024-03-21", "Mine blast (illustrative)",
               "A roadside bomb killed 4 soldiers near Ouallam on Wednesday.",
               {"fatalities:killed:security": "4 soldiers", "place": "Ouallam", "date": "on Wednesday"}, 4),
    ]),
    Incident("MLI000001", "Violence against civilians", "Attack", "2024-03-14",
             place("Diafarabé", "ML", "Mali", "Mopti", 14.16, -4.99),
             "JNIM: Group for Support of Islam and Muslims", "Civilians (Mali)", [
        Report("a-mli-1", "Journal Exemple", "2024-03-15", "Villageois tués (illustratif)",
               "Des hommes armés ont tué 20 civils à Diafarabé jeudi.",
               {"fatalities:killed:civilians": "20 civils", "place": "Diafarabé", "date": "jeudi"}, 20),
    ]),
    Incident("BFA000001", "Battles", "Armed clash", "2024-04-02",
             place("Djibo", "BF", "Burkina Faso", "Sahel", 14.10, -1.63),
             "JNIM: Group for Support of Islam and Muslims", "Military Forces of Burkina Faso (2022-)", [
        Report("a-bfa-1", "Example Outlet", "2024-04-03", "Fighting in Djibo (illustrative)",
               "Fighting near Djibo on Tuesday left 30 people dead.",
               {"fatalities:killed:unknown": "30 people dead", "place": "Djibo", "date": "on Tuesday"}, 30),
    ]),
    Incident("BFA000002", "Protests", "Peaceful protest", "2024-04-05",
             place("Ouagadougou", "BF", "Burkina Faso", "Centre", 12.37, -1.52),
             "Protesters (Burkina Faso)", None, [
        Report("a-bfa-2", "Journal Exemple", "2024-04-05", "Manifestation (illustratif)",
               "Des manifestants ont défilé à Ouagadougou vendredi.",
               {"place": "Ouagadougou", "date": "vendredi"}, 0),
    ]),
    Incident("NER000003", "Battles", "Armed clash", "2024-03-09",
             place("Téguèy", "NE", "Niger", "Tillabéri", 14.5, 1.5),
             "Unidentified Armed Group (Niger)", "Military Forces of Niger (2023-)", [
        Report("a-ner-4", "Third Outlet", "2024-03-13", "Patrol attacked (illustrative)",
               "Militants attacked a patrol near Téguèy on Saturday, killing 12.",
               {"fatalities:killed:security": "killing 12", "place": "Téguèy"}, 12),
    ], merged_into="NER000001"),
    Incident("MLI000002", "Violence against civilians", "Attack", "2024-04-10",
             place("Gao", "ML", "Mali", "Gao", 16.27, -0.04),
             "Unidentified Armed Group (Mali)", "Civilians (Mali)", [
        Report("xss-1", "Probe <b>Outlet</b>", "2024-04-11", XSS_TITLE, XSS_SENTENCE,
               {"fatalities:killed:civilians": "3 villagers", "place": "Gao"}, 3),
    ]),
]
LIVE = [i for i in INCIDENTS if i.merged_into is None]


def article_of(report: Report) -> Article:
    text = NOTE + report.sentence
    return Article(id=report.article_id, text=text, raw_text=text, title=report.title,
                   url=f"https://example.org/{report.article_id}", outlet=report.outlet,
                   published=report.published, language="fr" if "Journal" in report.outlet else "en",
                   content_hash=f"hash-{report.article_id}")


def mention_of(report: Report, incident: Incident) -> Mention:
    start = len(NOTE)
    end = start + len(report.sentence)
    evidence = [Evidence("sentence", start, end, report.sentence)]
    for name, surface in report.values.items():
        at = start + report.sentence.index(surface)
        evidence.append(Evidence(name, at, at + len(surface), surface))
    return Mention(
        article_id=report.article_id, sentence_start=start, sentence_end=end,
        event_type=incident.event_type, sub_event_type=incident.sub_event_type,
        actor1=Actor(incident.actor1), actor2=Actor(incident.actor2) if incident.actor2 else None,
        fatalities=Fatalities(deaths_a=report.killed, low=report.killed, best=report.killed,
                              high=report.killed),
        date=EventDate(incident.day, incident.day, incident.day, 1, 1), place=incident.place,
        evidence=evidence, confidence=0.8,
    )


def build_event(incident: Incident, reports: list[Report], mention_ids: list[int], revision: int) -> Event:
    killed = [r.killed for r in reports]
    claims = [
        Claim(r.article_id, "fatalities", r.killed,
              next((Evidence(f, 0, 0, s) for f, s in r.values.items() if f.startswith("fatalities")), None))
        for r in reports
    ] + [Claim(r.article_id, "event_date", incident.day) for r in reports]
    return Event(
        id=incident.event_id, event_type=incident.event_type, sub_event_type=incident.sub_event_type,
        type_of_violence=3 if incident.event_type == "Violence against civilians" else 1,
        actor1=Actor(incident.actor1, inter=3),
        actor2=Actor(incident.actor2, inter=1) if incident.actor2 else None,
        fatalities=Fatalities(deaths_a=min(killed), low=min(killed), best=max(killed), high=max(killed)),
        date=EventDate(incident.day, incident.day, incident.day, 1, 1), place=incident.place,
        sources=[Source(r.article_id, r.outlet, f"https://example.org/{r.article_id}", r.published, r.title)
                 for r in reports],
        mention_ids=mention_ids, claims=claims, confidence=0.8, merged_into=incident.merged_into,
        revision=revision,
    )


def fill_store(store: Store) -> None:
    """Store every illustrative article, its mention, and the events (one with two revisions)."""
    store.add_articles([article_of(r) for i in INCIDENTS for r in i.reports])
    for incident in INCIDENTS:
        ids = []
        for report in incident.reports:
            ids += store.replace_mentions(report.article_id, [mention_of(report, incident)], "test")
        store.save_event(build_event(incident, incident.reports[:1], ids[:1], 1), "created")
        if len(incident.reports) > 1:
            store.save_event(build_event(incident, incident.reports, ids, 2), "new source merged")
