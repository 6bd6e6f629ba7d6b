"""Terminal output of the warn commands: tables of alerts and watchlists, alert JSON."""

from __future__ import annotations

import json

from rich.markup import escape
from rich.table import Table


def alerts_table(alerts: list[dict]) -> Table:
    """Alerts as a rich table (article-derived text escaped from rich markup); the JSON has every field."""
    table = Table(title=f"{len(alerts)} alert(s)")
    table.add_column("id", justify="right", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("score", justify="right", no_wrap=True)
    table.add_column("alert (events behind it)", overflow="fold", ratio=1)
    for alert in alerts:
        ids = alert["event_ids"]
        shown = ", ".join(ids[:5]) + (f" +{len(ids) - 5} more" if len(ids) > 5 else "")
        watch = f" [watchlists: {', '.join(alert['watchlists'])}]" if alert["watchlists"] else ""
        table.add_row(
            str(alert["id"]), alert["kind"], f"{alert['score']:.1f}",
            escape(f"{alert['title']} ({shown}){watch}"),
        )
    return table


def alerts_json(alerts: list[dict]) -> str:
    """Alerts as a JSON array (the shape of ``Store.list_alerts``)."""
    return json.dumps(alerts, ensure_ascii=False, indent=2)


def watchlists_table(watches: list[dict]) -> Table:
    """Watchlists as a rich table: name, what it watches, where alerts are posted."""
    table = Table(title=f"{len(watches)} watchlist(s)")
    table.add_column("name", no_wrap=True)
    table.add_column("watches", overflow="fold")
    table.add_column("webhook", overflow="fold")
    for watch in watches:
        table.add_row(escape(watch["name"]), escape(watch_scope(watch)), escape(watch["webhook"] or ""))
    return table


def watch_scope(watch: dict) -> str:
    """``NE / Tillabéri; type: Violence against civilians; >= 5 deaths`` (everything when unrestricted)."""
    area = " / ".join(watch[k] for k in ("country", "admin1", "admin2") if watch[k]) or "everywhere"
    parts = [area]
    if watch["event_type"]:
        parts.append(f"type: {watch['event_type']}")
    if watch["actor"]:
        parts.append(f"actor: {watch['actor']}")
    if watch["min_fatalities"]:
        parts.append(f">= {watch['min_fatalities']} deaths")
    if watch["civilian_only"]:
        parts.append("civilians targeted")
    return "; ".join(parts)
