"""The weekly situation brief of one country: numbers versus the previous 4 and 12 weeks, a map,
trends per region, the deadliest events with their sources, and the week's alerts.

Every number links to the events behind it (an appendix of event ids, each linking to the
dashboard's ``/events/{id}``). All article-derived text is escaped by the template engine.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from jinja2 import Environment

from sahelwatch.geo.iso import country_name
from sahelwatch.models import Event
from sahelwatch.store import Store
from sahelwatch.store.filters import EventFilter
from sahelwatch.warn.aggregates import sync_aggregates
from sahelwatch.warn.alerts import describe_baseline
from sahelwatch.warn.brief_template import TEMPLATE
from sahelwatch.warn.periods import previous_weeks, week_end, week_label, week_start

TOP_EVENTS = 10
TREND_WEEKS = 12
TREND_REGIONS = 8


@dataclass
class Number:
    """A headline figure, the events behind it, and its comparison with earlier weeks."""

    label: str
    value: int
    anchor: str
    mean4: float
    mean12: float

    @property
    def change4(self) -> str:
        return _change(self.value, self.mean4)

    @property
    def change12(self) -> str:
        return _change(self.value, self.mean12)


@dataclass
class IdList:
    """An appendix entry: a named list of event ids that a number links to."""

    anchor: str
    label: str
    ids: list[str]
    earlier: bool = False  # an earlier week's list: plain ids in the PDF (thousands of links slow it down)


@dataclass
class Brief:
    country: str
    country_name: str
    week: str
    week_label: str
    link_base: str
    generated_at: str
    numbers: list[Number]
    sentences: list[str]
    regions: list[dict]
    map_png: str
    map_note: str
    trend_png: str
    trend_weeks: str
    top_events: list[dict]
    alerts: list[dict]
    id_lists: list[IdList] = field(default_factory=list)
    prev4_anchor: str = ""
    prev12_anchor: str = ""

    def event_url(self, event_id: str) -> str:
        return f"{self.link_base}/events/{event_id}"


def build_brief(store: Store, week: str, country: str, link_base: str = "") -> Brief:
    """Everything the brief shows for ``country`` (ISO alpha-2) in ISO ``week`` (e.g. 2024-W12)."""
    from sahelwatch.warn.charts import event_map, trend_chart

    country = country.upper()
    sync_aggregates(store)
    name = country_name(country) or country
    earlier = previous_weeks(week, TREND_WEEKS)
    rows = store.warn_event_index(country, week_start(earlier[0]).isoformat(), week_end(week).isoformat())
    by_week = _rows_by_week(rows, [*earlier, week])
    this_week = by_week[week]
    numbers, id_lists = _headline(this_week, by_week, earlier)
    regions = _regions(this_week, by_week, earlier[-4:])
    id_lists += [IdList(r["anchor"], f"{r['admin1']}, {week}", r["ids"]) for r in regions]
    id_lists += [
        IdList(f"week-{w}", f"{w} ({week_label(w)})", [r["id"] for r in by_week[w]], earlier=True)
        for w in earlier
    ]
    map_png, map_note = event_map(this_week, country, name)
    alerts = sorted(store.list_alerts(country=country, period=week, limit=50), key=_alert_order)
    return Brief(
        country=country,
        country_name=name,
        week=week,
        week_label=week_label(week),
        link_base=link_base,
        generated_at=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        numbers=numbers,
        sentences=_sentences(name, week_label(week), numbers, regions, alerts),
        regions=regions,
        map_png=map_png,
        map_note=map_note,
        trend_png=trend_chart([*earlier, week], _trend_series(rows, regions)),
        trend_weeks=f"{earlier[0]} to {week}",
        top_events=_top_events(store, country, week),
        alerts=alerts,
        id_lists=id_lists,
        prev4_anchor=f"week-{earlier[-4]}",
        prev12_anchor=f"week-{earlier[0]}",
    )


def _rows_by_week(rows: list[dict], weeks: list[str]) -> dict[str, list[dict]]:
    from sahelwatch.warn.periods import week_key

    grouped: dict[str, list[dict]] = {w: [] for w in weeks}
    for row in rows:
        grouped.setdefault(week_key(row["event_date"]), []).append(row)
    return grouped


def _headline(this_week: list[dict], by_week: dict[str, list[dict]], earlier: list[str]) -> tuple:
    """The three headline numbers and the id lists they link to."""
    measures = [
        ("events", "Events", lambda r: 1, "week-all"),
        ("deaths", "Reported deaths", lambda r: int(r["fatalities"] or 0), "week-deadly"),
        (
            "civilian",
            "Events targeting civilians",
            lambda r: int(bool(r["civilian_targeting"])),
            "week-civilian",
        ),
    ]
    numbers, lists = [], []
    for _key, label, measure, anchor in measures:
        totals = [sum(measure(r) for r in by_week[w]) for w in earlier]
        numbers.append(
            Number(
                label,
                sum(measure(r) for r in this_week),
                anchor,
                mean4=sum(totals[-4:]) / 4,
                mean12=sum(totals) / len(totals),
            )
        )
        lists.append(
            IdList(anchor, f"{label}: events behind the figure", [r["id"] for r in this_week if measure(r)])
        )
    return numbers, lists


def _regions(this_week: list[dict], by_week: dict[str, list[dict]], last4: list[str]) -> list[dict]:
    """Per admin1: this week's events, deaths and civilian events, and the 4 weeks before's weekly mean."""
    current: dict[str, list[dict]] = defaultdict(list)
    for row in this_week:
        current[row["admin1"] or "(region unknown)"].append(row)
    regions = []
    for index, (admin1, group) in enumerate(sorted(current.items(), key=lambda kv: (-len(kv[1]), kv[0]))):
        before = sum(1 for w in last4 for r in by_week[w] if (r["admin1"] or "(region unknown)") == admin1)
        regions.append(
            {
                "admin1": admin1,
                "anchor": f"region-{index}",
                "ids": [r["id"] for r in group],
                "events": len(group),
                "deaths": sum(int(r["fatalities"] or 0) for r in group),
                "civilian": sum(1 for r in group if r["civilian_targeting"]),
                "mean4": before / 4,
                "change4": _change(len(group), before / 4),
            }
        )
    return regions


def _trend_series(rows: list[dict], regions: list[dict]) -> dict[str, dict[str, tuple[int, int]]]:
    """admin1 -> week -> (events, deaths), for this week's regions, then the busiest of the period."""
    from sahelwatch.warn.periods import week_key

    totals: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for row in rows:
        cell = totals[row["admin1"] or "(region unknown)"][week_key(row["event_date"])]
        cell[0] += 1
        cell[1] += int(row["fatalities"] or 0)
    busiest = sorted(totals, key=lambda a: -sum(c[0] for c in totals[a].values()))
    chosen = list(dict.fromkeys([r["admin1"] for r in regions] + busiest))[:TREND_REGIONS]
    return {a: {w: (c[0], c[1]) for w, c in totals[a].items()} for a in chosen}


def _top_events(store: Store, country: str, week: str) -> list[dict]:
    """The week's deadliest events (then the best-sourced), with their sources."""
    events = store.query_events(
        EventFilter(
            country=country, date_from=week_start(week).isoformat(), date_to=week_end(week).isoformat()
        )
    )
    events.sort(key=lambda e: (-e.fatalities.acled, -len(e.sources), e.date.event_date or "", e.id))
    return [_event_row(e) for e in events[:TOP_EVENTS]]


def _event_row(event: Event) -> dict:
    place = event.place
    where = ", ".join(p for p in (place.name, place.admin2, place.admin1) if p) if place else "unknown place"
    actors = " vs ".join(a.name for a in (event.actor1, event.actor2) if a)
    return {
        "id": event.id,
        "date": event.date.event_date or "",
        "where": where,
        "type": event.event_type,
        "sub_type": event.sub_event_type,
        "actors": actors,
        "deaths": event.fatalities.acled,
        "deaths_best": event.fatalities.best,
        "civilian": event.civilian_targeting,
        "sources": [
            {
                "outlet": s.outlet or "unknown outlet",
                "title": s.title or "",
                "published": s.published or "",
                "url": s.url if _safe_url(s.url) else None,
                "article_id": s.article_id,
            }
            for s in event.sources
        ],
    }


def _safe_url(url: str | None) -> bool:
    """Only plain web links are rendered as links (never javascript: or data: URLs from articles)."""
    return bool(url) and url.lower().startswith(("http://", "https://"))


def _change(value: float, mean: float) -> str:
    """Plain-language comparison of a value with an earlier weekly mean."""
    if mean == 0:
        return "none before" if value else "none, as before"
    ratio = value / mean
    if ratio >= 2:
        return f"{ratio:.1f} times the usual"
    if ratio >= 1.15:
        return "above usual"
    if ratio > 0.85:
        return "about usual"
    return "below usual" if ratio >= 0.5 else "well below usual"


def _sentences(
    name: str, label: str, numbers: list[Number], regions: list[dict], alerts: list[dict]
) -> list[str]:
    """The brief's opening paragraph, in plain language."""
    events, deaths, civilian = numbers
    were = "s were" if events.value != 1 else " was"
    text = [
        f"Between {label}, {events.value} political violence event{were} recorded in {name}, "
        f"with at least {deaths.value} reported death{'s' if deaths.value != 1 else ''}.",
    ]
    for weeks, e_mean, d_mean in ((4, events.mean4, deaths.mean4), (12, events.mean12, deaths.mean12)):
        text.append(
            f"Compared with the previous {weeks} weeks ({e_mean:.1f} events and {d_mean:.1f} deaths a week), "
            f"events were {_level(events.value, e_mean)} and deaths {_level(deaths.value, d_mean)}."
        )
    text.append(f"{civilian.value} event{'s' if civilian.value != 1 else ''} directly targeted civilians.")
    if regions:
        top = regions[0]
        text.append(f"Most events were in {top['admin1']} ({top['events']} events, {top['deaths']} deaths).")
    text.append(
        f"{len(alerts)} alert{'s were' if len(alerts) != 1 else ' was'} raised for this week (listed below)."
        if alerts
        else "No alert was raised for this week."
    )
    return text


def _level(value: float, mean: float) -> str:
    """``3.1 times the usual level``, ``close to the usual level``, ``up from none`` ..."""
    if mean == 0:
        return "up from none" if value else "still at zero"
    ratio = value / mean
    if ratio >= 2:
        return f"{ratio:.1f} times the usual level"
    if ratio >= 1.15:
        return "above the usual level"
    if ratio > 0.85:
        return "close to the usual level"
    return "below the usual level" if ratio >= 0.5 else "well below the usual level"


KIND_ORDER = {"spike": 0, "new_actor": 1, "first_in_months": 2, "watchlist": 3}


def _alert_order(alert: dict) -> tuple:
    """Spikes first, then new actors, first activity, watchlist hits; higher scores first."""
    return (KIND_ORDER.get(alert["kind"], 9), -(alert["score"] or 0), alert["id"])


def render_html(brief: Brief, for_pdf: bool = False) -> str:
    """The brief as a self-contained HTML page (images inline, text escaped).

    ``for_pdf`` lists earlier weeks' event ids as plain text rather than links (weasyprint lays out
    thousands of inline links slowly); this week's ids stay links.
    """
    env = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
    return env.from_string(TEMPLATE).render(b=brief, for_pdf=for_pdf, describe_baseline=describe_baseline)


def write_pdf(html: str, path: str | Path) -> int:
    """Render the HTML brief to PDF with weasyprint; returns the number of pages."""
    import weasyprint

    document = weasyprint.HTML(string=html).render()
    document.write_pdf(str(path))
    return len(document.pages)
