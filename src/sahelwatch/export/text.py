"""Events for people: terminal tables and an event card with highlighted evidence."""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from sahelwatch.models import Article, Event, Mention

GEO_PRECISION = {1: "the town or village itself", 2: "near a town / part of a region", 3: "only the province"}
TIME_PRECISION = {1: "exact day", 2: "within a week", 3: "within a month or coarser"}
WHERE_PREC = {
    1: "exact location",
    2: "within ~25 km of a known point",
    3: "second-order administrative division",
    4: "first-order administrative division",
    5: "part of a country larger than an admin-1 unit",
    6: "country",
    7: "international waters or airspace",
}
DATE_PREC = {1: "exact day", 2: "2-6 days", 3: "one week", 4: "8-30 days", 5: "more than a month"}


def events_table(events: list[Event]) -> Table:
    """One row per event: id, date, type, place, actors, fatalities, sources."""
    table = Table(show_lines=False)
    for column in ("id", "date", "type", "place", "actor1", "actor2", "fatal.", "src"):
        table.add_column(column, overflow="fold")
    for e in events:
        place = ", ".join(x for x in (e.place.name, e.place.admin1, e.place.country) if x) if e.place else ""
        table.add_row(
            e.id,
            e.date.event_date or "?",
            e.sub_event_type,
            place,
            e.actor1.name if e.actor1 else "",
            e.actor2.name if e.actor2 else "",
            _fatalities_text(e),
            str(len(e.sources)),
        )
    return table


def _fatalities_text(event: Event) -> str:
    f = event.fatalities
    return str(f.acled) if f.low == f.high else f"{f.acled} ({f.low}-{f.high})"


def highlight(sentence: str, offset: int, spans: list[tuple[int, int, str]]) -> Text:
    """The sentence with each evidence span (article offsets) in bold, labelled by field."""
    text = Text(sentence)
    for start, end, label in spans:
        s, e = start - offset, end - offset
        if 0 <= s < e <= len(sentence):
            text.stylize("bold yellow" if label.startswith("fatal") else "bold cyan", s, e)
    return text


def render_event(event: Event, articles: dict[str, Article | None], mentions: list[Mention]) -> Group:
    """The event card: fields with precision codes spelled out, then each source's evidence."""
    parts: list[Any] = [Panel(_fields_table(event), title=f"{event.id} (revision {event.revision})")]
    for mention in mentions:
        article = articles.get(mention.article_id)
        title = f"{mention.article_id}"
        if article:
            title += f" · {article.outlet or 'unknown outlet'} · {article.published or 'date unknown'}"
        parts.append(Panel(_evidence_block(mention), title=title))
    return Group(*parts)


def _fields_table(event: Event) -> Table:
    t = Table.grid(padding=(0, 2))
    t.add_column(style="bold")
    t.add_column()
    place, date, f = event.place, event.date, event.fatalities
    rows = [
        ("type", f"{event.event_type} / {event.sub_event_type} ({event.disorder_type})"),
        ("actor1", _actor_text(event.actor1)),
        ("actor2", _actor_text(event.actor2)),
        ("date", f"{date.event_date} [{date.date_start} – {date.date_end}]"),
        (
            "time precision",
            f"ACLED {date.time_precision}: {TIME_PRECISION.get(date.time_precision, '?')}; "
            f"UCDP {date.date_prec}: {DATE_PREC.get(date.date_prec, '?')}",
        ),
        ("place", _place_text(event)),
        (
            "geo precision",
            f"ACLED {place.geo_precision}: {GEO_PRECISION.get(place.geo_precision, '?')}; "
            f"UCDP {place.where_prec}: {WHERE_PREC.get(place.where_prec, '?')}"
            if place
            else "unknown",
        ),
        (
            "fatalities",
            f"{f.acled} (low {f.low}, best {f.best}, high {f.high}; side a {f.deaths_a}, "
            f"side b {f.deaths_b}, civilians {f.deaths_civilians}, unknown {f.deaths_unknown})",
        ),
        (
            "sources",
            "; ".join(f"{s.outlet or s.article_id} ({(s.published or '?')[:10]})" for s in event.sources),
        ),
        ("confidence", f"{event.confidence:.2f}"),
    ]
    for name, value in rows:
        t.add_row(name, value)
    for claim in _disagreements(event):
        t.add_row("claims", claim)
    return t


def _actor_text(actor: Any) -> str:
    if actor is None:
        return ""
    extra = f" [inter {actor.inter}]" if actor.inter else ""
    return f"{actor.name}{extra}" + ("" if actor.known else " (not in dictionary)")


def _place_text(event: Event) -> str:
    p = event.place
    if p is None:
        return "unknown"
    names = ", ".join(x for x in (p.name, p.admin2, p.admin1, p.country_name or p.country) if x)
    return f"{names} ({p.latitude}, {p.longitude})"


def _larger(value: Any, other: Any) -> bool:
    return isinstance(value, int | float) and (not isinstance(other, int | float) or value > other)


def _disagreements(event: Event) -> list[str]:
    """Fields on which the sources disagree, with each source's claim."""
    by_field: dict[str, dict[str, Any]] = {}
    for c in event.claims:
        # one value per source: its first claim, or its largest toll when it gives several
        seen = by_field.setdefault(c.field, {})
        toll = c.field.startswith("fatalities")
        if c.article_id not in seen or (toll and _larger(c.value, seen[c.article_id])):
            seen[c.article_id] = c.value
    return [
        f"{field}: " + ", ".join(f"{article}={value}" for article, value in claims.items())
        for field, claims in by_field.items()
        if len({str(v) for v in claims.values()}) > 1
    ]


def _evidence_block(mention: Mention) -> Group:
    spans = [(e.start, e.end, e.field) for e in mention.evidence if e.field != "sentence"]
    lines = []
    for e in mention.evidence:
        if e.field == "sentence":
            lines.append(highlight(e.text, e.start, spans))
    labels = Text(
        ", ".join(sorted({f"{e.field}: {e.text!r}" for e in mention.evidence if e.field != "sentence"}))
    )
    labels.stylize("dim")
    return Group(*lines, labels)


def history_table(event_id: str, revisions: list[dict[str, Any]]) -> Table:
    """One row per revision: number, time, reason, and the key values at that revision."""
    table = Table(title=f"history of {event_id}")
    for column in ("rev", "at", "reason", "date", "fatalities", "sources"):
        table.add_column(column)
    for r in revisions:
        e = r["event"]
        table.add_row(
            str(r["revision"]),
            r["at"],
            r["reason"],
            str(e.get("date", {}).get("event_date")),
            str(e.get("fatalities", {}).get("low")),
            str(len(e.get("sources", []))),
        )
    return table
