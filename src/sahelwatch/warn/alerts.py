"""Alerts computed from the aggregates: spikes, first activity in months, new actors, watchlist hits.

``run_alerts`` looks at the ISO week that contains ``today`` and the week before (so a late run
still covers the last complete week), stores each alert once under a stable key (re-running
updates it, never duplicates it), tags it with the watchlists it concerns and queues webhook
deliveries for them (sent later by ``warn.deliver``; computing alerts never waits on a network).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sahelwatch.models import Event, Place
from sahelwatch.store import Store
from sahelwatch.store.filters import EventFilter
from sahelwatch.warn.aggregates import sync_aggregates
from sahelwatch.warn.periods import parse_day, shift_week, week_end, week_key, week_start, weeks_between
from sahelwatch.warn.scores import SpikeRule

AreaKey = tuple[str, str, str]  # country, admin1, admin2


@dataclass
class AlertSettings:
    """Thresholds of the alert rules (defaults documented in docs/warn.md)."""

    events_rule: SpikeRule = field(default_factory=lambda: SpikeRule(min_count=3))
    fatalities_rule: SpikeRule = field(default_factory=lambda: SpikeRule(min_count=10))
    quiet_months: int = 6
    weeks_back: int = 1
    spike_levels: tuple[str, ...] = ("admin1", "admin2")


@dataclass
class AlertRun:
    """What one ``run_alerts`` call found."""

    alerts: list[dict]
    new_ids: list[int]
    queued_deliveries: int


def run_alerts(
    store: Store, today: str | date | None = None, settings: AlertSettings | None = None
) -> AlertRun:
    """Compute, store and return the alerts of the week containing ``today`` (default: now) and the one
    before, after folding any event not yet counted into the aggregates."""
    settings = settings or AlertSettings()
    sync_aggregates(store)
    current = week_key(parse_day(today) if today else date.today())
    windows = [shift_week(current, -i) for i in range(settings.weeks_back, -1, -1)]
    found: list[dict] = []
    for window in windows:
        for level in settings.spike_levels:
            found += spike_alerts(store, window, level, settings)
        found += quiet_alerts(store, window, "type", settings.quiet_months)
        found += quiet_alerts(store, window, "actor", settings.quiet_months)
        found += watchlist_alerts(store, window)
    return _store_alerts(store, found)


# -- spikes -------------------------------------------------------------------


def spike_alerts(store: Store, window: str, level: str, settings: AlertSettings) -> list[dict]:
    """Areas of ``level`` whose events or fatalities in ``window`` are a spike against their history."""
    rule_weeks = max(settings.events_rule.baseline_weeks, settings.fatalities_rule.baseline_weeks)
    first = shift_week(window, -rule_weeks)
    history_weeks = weeks_between(first, shift_week(window, -1))
    series = _series_by_area(store.warn_series(level, "week", "all", first=first, last=window))
    alerts = []
    for area, by_week in series.items():
        if window not in by_week:
            continue
        for metric, rule in (("fatalities", settings.fatalities_rule), ("events", settings.events_rule)):
            history = [by_week.get(w, {}).get(metric, 0) for w in history_weeks]
            observed = by_week[window][metric]
            is_spike, score, base = rule.evaluate(observed, history)
            if is_spike:
                baseline = {
                    **base.to_dict(),
                    "from": history_weeks[-rule.baseline_weeks],
                    "to": history_weeks[-1],
                    "weekly_mean": round(base.total / max(base.weeks, 1), 2),
                    "values": history[-rule.baseline_weeks :],
                }
                alerts.append(_spike_alert(store, level, area, window, metric, observed, score, baseline))
    return alerts


def _series_by_area(rows: list[dict]) -> dict[AreaKey, dict[str, dict]]:
    series: dict[AreaKey, dict[str, dict]] = defaultdict(dict)
    for row in rows:
        series[(row["country"], row["admin1"], row["admin2"])][row["period_key"]] = row
    return series


def _spike_alert(
    store: Store,
    level: str,
    area: AreaKey,
    window: str,
    metric: str,
    observed: int,
    score: float,
    baseline: dict,
) -> dict:
    events = area_events(store, area, window)
    usual = baseline["weekly_mean"]
    noun = "deaths reported" if metric == "fatalities" else "events recorded"
    title = f"{area_label(area)}: {observed} {noun} in {window}, against a usual {usual:.1f} a week"
    summary = (
        f"{title}. Such a week would be expected about once in {_odds(score)} weeks given the area's "
        f"own last {baseline['weeks']} weeks ({baseline['from']} to {baseline['to']})."
    )
    return _alert(
        f"spike:{metric}:{level}:{'|'.join(area)}:{window}",
        "spike",
        level,
        area,
        window,
        score,
        title,
        summary,
        metric,
        observed,
        baseline,
        events,
    )


def _odds(score: float) -> str:
    odds = 10 ** min(score, 9)
    return f"{odds:,.0f}" if odds < 1e6 else "a million or more"


# -- first activity in months, new actors ------------------------------------------


def quiet_alerts(store: Store, window: str, dimension: str, months: int) -> list[dict]:
    """admin1 areas where an event type or actor appears in ``window`` after ``months`` without it."""
    quiet_weeks = round(months * 52 / 12)
    history_start = shift_week(window, -quiet_weeks)
    current = store.warn_series("admin1", "week", dimension, first=window, last=window)
    last_seen = _last_seen(store.warn_series("admin1", "week", dimension, last=shift_week(window, -1)))
    covered: dict[str, bool] = {}
    alerts = []
    for row in current:
        if dimension == "actor" and _generic_actor(row["dim_value"]):
            continue
        area = (row["country"], row["admin1"], "")
        if row["country"] not in covered:
            covered[row["country"]] = _history_covers(store, row["country"], history_start)
        seen = last_seen.get((*area, row["dim_value"]))
        if not covered[row["country"]] or (seen and seen >= history_start):
            continue
        alerts.append(_quiet_alert(store, area, window, dimension, row, seen, quiet_weeks))
    return alerts


def _last_seen(rows: list[dict]) -> dict[tuple[str, str, str, str], str]:
    """(country, admin1, admin2, value) -> the last week it was seen (rows come oldest first)."""
    return {(r["country"], r["admin1"], r["admin2"], r["dim_value"]): r["period_key"] for r in rows}


def _generic_actor(name: str) -> bool:
    """Civilians and protesters are victims or participants, not armed actors worth a 'new actor' alert."""
    return name.lower().startswith(("civilians", "protesters", "rioters"))


def _history_covers(store: Store, country: str, first_week: str) -> bool:
    """Whether the store has this country's events from before ``first_week`` (else 'first' means little)."""
    earliest = store.warn_first_event_date(country)
    return bool(earliest) and earliest <= week_start(first_week).isoformat()


def _quiet_alert(
    store: Store, area: AreaKey, window: str, dimension: str, row: dict, last_seen: str | None, quiet: int
) -> dict:
    value = row["dim_value"]
    events = [e for e in area_events(store, area, window) if _has(e, dimension, value)]
    if last_seen is None:
        kind, score = "new_actor" if dimension == "actor" else "first_in_months", float(quiet)
        what = f"'{value}' active for the first time in the recorded data"
        if dimension == "type":
            what = f"first '{value}' event in the recorded data"
    else:
        kind = "first_in_months"
        score = float(len(weeks_between(last_seen, window)) - 2)
        noun = f"'{value}' event" if dimension == "type" else f"event involving '{value}'"
        what = f"first {noun} since {last_seen} ({score:g} weeks without)"
    title = f"{area_label(area)}: {what}"
    baseline = {"dimension": dimension, "value": value, "quiet_weeks_required": quiet, "last_seen": last_seen}
    return _alert(
        f"{kind}:{dimension}:{value}:admin1:{'|'.join(area)}:{window}",
        kind,
        "admin1",
        area,
        window,
        score,
        title,
        f"{title}, in {window}.",
        dimension,
        row["events"],
        baseline,
        events,
    )


def _has(event: dict, dimension: str, value: str) -> bool:
    if dimension == "type":
        return event["event_type"] == value
    return value in (event["actor1"], event["actor2"])


# -- watchlists ---------------------------------------------------------------------


def watchlist_alerts(store: Store, window: str) -> list[dict]:
    """One alert per event in ``window`` that matches a watchlist's filter."""
    alerts = []
    for watch in store.list_watchlists():
        flt = EventFilter(
            country=watch["country"],
            admin1=watch["admin1"],
            event_type=watch["event_type"],
            actor=watch["actor"],
            min_fatalities=watch["min_fatalities"],
            date_from=week_start(window).isoformat(),
            date_to=week_end(window).isoformat(),
            ascending=True,
        )
        for event in store.query_events(flt):
            place = event.place
            admin2 = (place.admin2 or "") if place else ""
            if watch["admin2"] and admin2.lower() != watch["admin2"].lower():
                continue
            if watch["civilian_only"] and not event.civilian_targeting:
                continue
            alerts.append(_watch_alert(watch, event, window))
    return alerts


def _watch_alert(watch: dict, event: Event, window: str) -> dict:
    place = event.place or Place("unknown place")
    area = (place.country or "", place.admin1 or "", place.admin2 or "")
    deaths = event.fatalities.acled
    title = (
        f"Watchlist '{watch['name']}': {event.event_type} at {place.name}, "
        f"{area_label(area) or 'unknown area'}, "
        f"{event.date.event_date}, {deaths} death{'s' if deaths != 1 else ''}"
    )
    light = {
        "id": event.id,
        "event_type": event.event_type,
        "fatalities": deaths,
        "actor1": event.actor1.name if event.actor1 else None,
        "actor2": event.actor2.name if event.actor2 else None,
    }
    alert = _alert(
        f"watch:{watch['name']}:{event.id}",
        "watchlist",
        "admin2" if area[2] else "admin1",
        area,
        window,
        float(deaths),
        title,
        title + ".",
        "fatalities",
        deaths,
        {"watchlist": _watch_criteria(watch)},
        [light],
    )
    alert["watchlists"] = [watch["name"]]
    return alert


def _watch_criteria(watch: dict) -> dict:
    keys = ("country", "admin1", "admin2", "event_type", "actor", "min_fatalities", "civilian_only")
    return {k: watch[k] for k in keys if watch[k]}


def watch_matches(watch: dict, alert: dict) -> bool:
    """Whether an area alert (spike, first_in_months, new_actor) falls within a watchlist's scope."""
    area, details = alert["area"], alert["details"]
    for key in ("country", "admin1", "admin2"):
        if watch[key] and (area.get(key) or "").lower() != watch[key].lower():
            return False
    if watch["event_type"] and watch["event_type"] not in details["event_types"]:
        return False
    if watch["actor"] and not any(watch["actor"].lower() in a.lower() for a in details["actors"]):
        return False
    return not (watch["min_fatalities"] and details["fatalities"] < watch["min_fatalities"])


# -- shared ---------------------------------------------------------------------------


def area_events(store: Store, area: AreaKey, window: str) -> list[dict]:
    """Light rows of the live events of an area (admin2 when given) in a week."""
    country, admin1, admin2 = area
    rows = store.warn_event_index(
        country, week_start(window).isoformat(), week_end(window).isoformat(), admin1=admin1 or None
    )
    return [r for r in rows if not admin2 or r["admin2"] == admin2]


def area_label(area: AreaKey) -> str:
    """``Téra, Tillabéri (NE)``, ``Tillabéri (NE)`` or ``NE``."""
    country, admin1, admin2 = area
    name = ", ".join(part for part in (admin2, admin1) if part)
    return f"{name} ({country})" if name else country


def _alert(
    key: str,
    kind: str,
    level: str,
    area: AreaKey,
    window: str,
    score: float,
    title: str,
    summary: str,
    metric: str,
    observed: int,
    baseline: dict,
    events: list[dict],
) -> dict:
    country, admin1, admin2 = area
    return {
        "key": key,
        "kind": kind,
        "title": title,
        "summary": summary,
        "period": window,
        "period_start": week_start(window).isoformat(),
        "period_end": week_end(window).isoformat(),
        "area": {
            "level": level,
            "country": country or None,
            "admin1": admin1 or None,
            "admin2": admin2 or None,
        },
        "score": round(score, 3),
        "metric": metric,
        "observed": observed,
        "baseline": baseline,
        "event_ids": [e["id"] for e in events],
        "details": {
            "event_types": sorted({e["event_type"] for e in events}),
            "actors": sorted({a for e in events for a in (e["actor1"], e["actor2"]) if a}),
            "fatalities": sum(int(e["fatalities"] or 0) for e in events),
        },
    }


def _store_alerts(store: Store, alerts: list[dict]) -> AlertRun:
    watches = store.list_watchlists()
    ids, new_ids, queued = [], [], 0
    for alert in alerts:
        names = alert.pop("watchlists", None) or [w["name"] for w in watches if watch_matches(w, alert)]
        alert_id, is_new = store.upsert_alert(alert, names)
        ids.append(alert_id)
        if is_new:
            new_ids.append(alert_id)
        for watch in watches:
            if watch["name"] in names and watch["webhook"]:
                queued += store.enqueue_delivery(alert_id, watch["name"], watch["webhook"])
    return AlertRun(store.list_alerts(ids=ids, limit=None), new_ids, queued)


_METRIC_WORDS = {"fatalities": "deaths", "events": "events"}


def describe_baseline(alert: dict) -> str:
    """What an alert was compared with, in words (for the brief and other human-facing output)."""
    base = alert.get("baseline") or {}
    if alert["kind"] == "spike":
        return (
            f"usual {base.get('weekly_mean', 0):.1f} {_METRIC_WORDS.get(alert['metric'], alert['metric'])}"
            " a week over the "
            f"{base.get('weeks')} weeks "
            f"{base.get('from')} to {base.get('to')}; surprise score {alert['score']:.1f} "
            f"(about 1 week in {_odds(alert['score'] or 0)})"
        )
    if alert["kind"] in ("first_in_months", "new_actor"):
        seen = base.get("last_seen") or "never in the recorded data"
        quiet = base.get("quiet_weeks_required")
        return f"{base.get('dimension')} last seen: {seen} (alert after {quiet} quiet weeks)"
    criteria = base.get("watchlist", {})
    return "watchlist criteria: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in criteria.items())


def default_since(today: str | date | None = None, days: int = 14) -> str:
    """The day ``days`` before ``today`` (default now), for listing recent alerts."""
    return ((parse_day(today) if today else date.today()) - timedelta(days=days)).isoformat()
