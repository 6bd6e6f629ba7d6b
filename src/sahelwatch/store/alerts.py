"""Early warning: the aggregates the detectors read, watchlists, alerts and their deliveries."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from sahelwatch.store.rows import chunks, dumps, now_iso


class AlertTables:
    """The ``warn_*``, ``watchlists``, ``alerts`` and ``alert_deliveries`` tables."""

    conn: Any  # set by ``Store``: a sqlite3 connection or a ``PgConnection``
    transaction: Any  # ``Store.transaction``

    _WARN_CELL = "level, country, admin1, admin2, period, period_key, dimension, dim_value"
    _WARN_INSERT_CONTRIBUTION = (
        "INSERT INTO warn_contributions (event_id, level, country, admin1, admin2, period, period_key,"
        " dimension, dim_value, events, fatalities, civilian_events)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )
    _WARN_ADD = (
        "INSERT INTO warn_aggregates (level, country, admin1, admin2, period, period_key, dimension,"
        " dim_value, events, fatalities, civilian_events) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (level, country, admin1, admin2, period, dimension, dim_value, period_key)"
        " DO UPDATE SET events = warn_aggregates.events + excluded.events,"
        " fatalities = warn_aggregates.fatalities + excluded.fatalities,"
        " civilian_events = warn_aggregates.civilian_events + excluded.civilian_events"
    )
    _ALERT_COLUMNS_IN_ROW = frozenset(
        {"key", "kind", "area", "period", "period_start", "period_end", "score", "title"}
    )

    def warn_apply_contributions(self, changes: dict[str, list[tuple]]) -> None:
        """Replace each event's aggregate contributions, adjusting ``warn_aggregates`` by the difference.

        A contribution is (level, country, admin1, admin2, period, period_key, dimension, dim_value,
        events, fatalities, civilian_events); an empty list removes the event from the aggregates.
        """
        with self.transaction():
            for event_id, rows in changes.items():
                old = self.conn.execute(
                    f"SELECT {self._WARN_CELL}, events, fatalities, civilian_events FROM warn_contributions"
                    " WHERE event_id = ?", (event_id,),
                ).fetchall()
                self.conn.executemany(self._WARN_ADD, [(*r[:8], -r[8], -r[9], -r[10]) for r in old])
                self.conn.execute("DELETE FROM warn_contributions WHERE event_id = ?", (event_id,))
                self.conn.executemany(self._WARN_INSERT_CONTRIBUTION, [(event_id, *r) for r in rows])
                self.conn.executemany(self._WARN_ADD, rows)
            self.conn.execute("DELETE FROM warn_aggregates WHERE events <= 0")
            self._warn_mark_synced(list(changes))

    def warn_stale_event_ids(self) -> list[str]:
        """Events saved since the aggregates last counted them, and counted events that are gone."""
        changed = self.conn.execute(
            "SELECT e.id FROM events e LEFT JOIN warn_synced s ON s.event_id = e.id"
            " WHERE s.updated_at IS NULL OR s.updated_at != e.updated_at"
        )
        gone = self.conn.execute(
            "SELECT event_id FROM warn_synced WHERE event_id NOT IN (SELECT id FROM events)"
        )
        return sorted({r[0] for r in changed} | {r[0] for r in gone})

    def _warn_mark_synced(self, event_ids: list[str] | None) -> None:
        """Remember the ``updated_at`` of the events just counted (all events when ``event_ids`` is None)."""
        if event_ids is None:
            self.conn.execute("DELETE FROM warn_synced")
            self.conn.execute("INSERT INTO warn_synced SELECT id, updated_at FROM events")
            return
        for chunk in chunks(event_ids, 500):
            marks = ",".join("?" * len(chunk))
            self.conn.execute(f"DELETE FROM warn_synced WHERE event_id IN ({marks})", chunk)
            self.conn.execute(
                f"INSERT INTO warn_synced SELECT id, updated_at FROM events WHERE id IN ({marks})", chunk
            )

    def warn_rebuild_aggregates(self, rows: Iterator[tuple]) -> int:
        """Replace all contributions by ``rows`` ((event_id, *contribution)) and recompute the aggregates."""
        with self.transaction():
            self.conn.execute("DELETE FROM warn_contributions")
            self.conn.execute("DELETE FROM warn_aggregates")
            self.conn.executemany(self._WARN_INSERT_CONTRIBUTION, rows)
            self.conn.execute(
                f"INSERT INTO warn_aggregates ({self._WARN_CELL}, events, fatalities, civilian_events)"
                f" SELECT {self._WARN_CELL}, sum(events), sum(fatalities), sum(civilian_events)"
                f" FROM warn_contributions GROUP BY {self._WARN_CELL}"
            )
            self._warn_mark_synced(None)
            return self.conn.execute("SELECT count(*) FROM warn_aggregates").fetchone()[0]

    def warn_series(
        self,
        level: str,
        period: str = "week",
        dimension: str = "all",
        country: str | None = None,
        admin1: str | None = None,
        admin2: str | None = None,
        first: str | None = None,
        last: str | None = None,
    ) -> list[dict]:
        """Aggregate rows (area, period_key, dim_value, events, fatalities, civilian_events), oldest first."""
        clauses, params = ["level = ?", "period = ?", "dimension = ?"], [level, period, dimension]
        for clause, value in (
            ("country = ?", country), ("admin1 = ?", admin1), ("admin2 = ?", admin2),
            ("period_key >= ?", first), ("period_key <= ?", last),
        ):
            if value is not None:
                clauses.append(clause)
                params.append(value)
        rows = self.conn.execute(
            "SELECT country, admin1, admin2, period_key, dim_value, events, fatalities, civilian_events"
            f" FROM warn_aggregates WHERE {' AND '.join(clauses)} ORDER BY period_key", params,
        )
        return [dict(row) for row in rows]

    def warn_event_index(
        self, country: str | None, date_from: str, date_to: str, admin1: str | None = None
    ) -> list[dict]:
        """Light rows of live events in a date range (no JSON decoding): id, date, place, type, toll."""
        clauses = ["merged_into IS NULL", "event_date >= ?", "event_date <= ?"]
        params: list[object] = [date_from, date_to]
        if country:
            clauses.append("country = ?")
            params.append(country)
        if admin1 is not None:
            clauses.append("admin1 = ?")
            params.append(admin1)
        rows = self.conn.execute(
            "SELECT id, event_date, country, admin1, admin2, location, latitude, longitude, event_type,"
            " actor1, actor2, fatalities, civilian_targeting FROM events"
            f" WHERE {' AND '.join(clauses)} ORDER BY event_date, id", params,
        )
        return [dict(row) for row in rows]

    def warn_first_event_date(self, country: str | None = None) -> str | None:
        """The earliest live event date (in one country when given)."""
        sql, params = "SELECT min(event_date) FROM events WHERE merged_into IS NULL", []
        if country:
            sql, params = sql + " AND country = ?", [country]
        return self.conn.execute(sql, params).fetchone()[0]

    def warn_last_event_date(self) -> str | None:
        """The latest live event date."""
        return self.conn.execute("SELECT max(event_date) FROM events WHERE merged_into IS NULL").fetchone()[0]

    def add_watchlist(self, watch: dict) -> None:
        """Create or replace a watchlist (keys: name, country, admin1, admin2, event_type, actor,
        min_fatalities, civilian_only, webhook)."""
        with self.transaction():
            self.conn.execute(
                "INSERT OR REPLACE INTO warn_watchlists (name, country, admin1, admin2, event_type, actor,"
                " min_fatalities, civilian_only, webhook, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    watch["name"], watch.get("country"), watch.get("admin1"), watch.get("admin2"),
                    watch.get("event_type"), watch.get("actor"), watch.get("min_fatalities"),
                    int(bool(watch.get("civilian_only"))), watch.get("webhook"), now_iso(),
                ),
            )

    def list_watchlists(self) -> list[dict]:
        """Every watchlist, by name."""
        rows = self.conn.execute("SELECT * FROM warn_watchlists ORDER BY name")
        return [{**dict(row), "civilian_only": bool(row["civilian_only"])} for row in rows]

    def remove_watchlist(self, name: str) -> bool:
        """Delete a watchlist (its past alerts stay); False when there was none by that name."""
        with self.transaction():
            cursor = self.conn.execute("DELETE FROM warn_watchlists WHERE name = ?", (name,))
            self.conn.execute(
                "UPDATE warn_deliveries SET status = 'cancelled' WHERE watchlist = ? AND status = 'pending'",
                (name,),
            )
        return cursor.rowcount > 0

    def upsert_alert(self, alert: dict, watchlists: list[str]) -> tuple[int, bool]:
        """Store an alert under its unique ``key`` (updating score and data if it exists); (id, is_new)."""
        now = now_iso()
        area = alert["area"]
        data = dumps({k: v for k, v in alert.items() if k not in self._ALERT_COLUMNS_IN_ROW})
        with self.transaction():
            row = self.conn.execute("SELECT id FROM warn_alerts WHERE key = ?", (alert["key"],)).fetchone()
            values = (
                alert["kind"], area["level"], area.get("country"), area.get("admin1"), area.get("admin2"),
                alert["period"], alert["period_start"], alert["period_end"], alert.get("score"),
                alert["title"], data,
            )
            if row:
                alert_id, is_new = row[0], False
                self.conn.execute(
                    "UPDATE warn_alerts SET kind=?, level=?, country=?, admin1=?, admin2=?, period=?,"
                    " period_start=?, period_end=?, score=?, title=?, data=?, updated_at=? WHERE id=?",
                    (*values, now, alert_id),
                )
            else:
                cursor = self.conn.execute(
                    "INSERT INTO warn_alerts (kind, level, country, admin1, admin2, period, period_start,"
                    " period_end, score, title, data, key, created_at, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*values, alert["key"], now, now),
                )
                alert_id, is_new = int(cursor.lastrowid), True
            self.conn.executemany(
                "INSERT OR IGNORE INTO warn_alert_watchlists (alert_id, watchlist) VALUES (?, ?)",
                [(alert_id, name) for name in watchlists],
            )
        return alert_id, is_new

    def list_alerts(
        self,
        since: str | None = None,
        limit: int | None = 100,
        country: str | None = None,
        period: str | None = None,
        ids: list[int] | None = None,
    ) -> list[dict]:
        """Alerts, newest first, as JSON-ready dicts (the stable shape documented in docs/warn.md).

        ``since`` (YYYY-MM-DD) keeps alerts about events on or after that day (their window ends on
        or after it); ``period`` keeps one window (e.g. ``2024-W12``); ``ids`` keeps those alert ids.
        Keys: id, key, kind, title, summary, period, period_start, period_end, area {level, country,
        admin1, admin2}, score, metric, observed, baseline, event_ids, watchlists, details,
        created_at, updated_at.
        """
        clauses, params = ["1=1"], []
        for clause, value in (("period_end >= ?", since), ("country = ?", country), ("period = ?", period)):
            if value:
                clauses.append(clause)
                params.append(value[:10] if clause.startswith("period_end") else value)
        if ids is not None:
            clauses.append(f"id IN ({', '.join('?' * len(ids))})" if ids else "1=0")
            params.extend(ids)
        sql = (
            f"SELECT * FROM warn_alerts WHERE {' AND '.join(clauses)}"
            " ORDER BY period_end DESC, score DESC, id DESC"
        )
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [self._alert_dict(row) for row in self.conn.execute(sql, params).fetchall()]

    def _alert_dict(self, row: sqlite3.Row) -> dict:
        watchlists = [
            r[0] for r in self.conn.execute(
                "SELECT watchlist FROM warn_alert_watchlists WHERE alert_id = ? ORDER BY watchlist",
                (row["id"],),
            )
        ]
        data = json.loads(row["data"])
        return {
            "id": row["id"], "key": row["key"], "kind": row["kind"], "title": row["title"],
            "summary": data.get("summary", ""), "period": row["period"], "period_start": row["period_start"],
            "period_end": row["period_end"],
            "area": {"level": row["level"], "country": row["country"], "admin1": row["admin1"],
                     "admin2": row["admin2"]},
            "score": row["score"], "metric": data.get("metric"), "observed": data.get("observed"),
            "baseline": data.get("baseline"), "event_ids": data.get("event_ids", []),
            "watchlists": watchlists, "details": data.get("details", {}),
            "created_at": row["created_at"], "updated_at": row["updated_at"],
        }

    def enqueue_delivery(self, alert_id: int, watchlist: str, url: str) -> bool:
        """Queue a webhook delivery of an alert (once per alert and watchlist); True when newly queued."""
        with self.transaction():
            cursor = self.conn.execute(
                "INSERT OR IGNORE INTO warn_deliveries (alert_id, watchlist, url, next_attempt_at)"
                " VALUES (?, ?, ?, ?)", (alert_id, watchlist, url, now_iso()),
            )
        return cursor.rowcount > 0

    def due_deliveries(self, now: str, limit: int = 100) -> list[dict]:
        """Pending deliveries whose next attempt is due at ``now`` (ISO time), oldest first."""
        rows = self.conn.execute(
            "SELECT * FROM warn_deliveries WHERE status = 'pending' AND next_attempt_at <= ?"
            " ORDER BY next_attempt_at, id LIMIT ?", (now, limit),
        )
        return [dict(row) for row in rows]

    def record_delivery(
        self, delivery_id: int, status: str, attempts: int, next_attempt_at: str, error: str | None
    ) -> None:
        """Record one attempt: status pending (retry at ``next_attempt_at``), delivered or failed."""
        with self.transaction():
            self.conn.execute(
                "UPDATE warn_deliveries SET status=?, attempts=?, next_attempt_at=?, last_error=?,"
                " delivered_at=CASE WHEN ?='delivered' THEN ? ELSE delivered_at END WHERE id=?",
                (status, attempts, next_attempt_at, error, status, now_iso(), delivery_id),
            )

    def list_deliveries(self, status: str | None = None) -> list[dict]:
        """Webhook deliveries (all, or those with ``status``), newest first."""
        sql, params = "SELECT * FROM warn_deliveries", []
        if status:
            sql, params = sql + " WHERE status = ?", [status]
        return [dict(row) for row in self.conn.execute(sql + " ORDER BY id DESC", params)]
