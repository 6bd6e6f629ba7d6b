"""Aggregates of the live events for the HTTP API and the dashboard: summaries, map points, weekly
counts, facets."""

from __future__ import annotations

from typing import Any

from sahelwatch.store.filters import EventFilter, event_where


class AggregateTables:
    """Read-only queries over ``events`` and ``mentions`` for the web views."""

    conn: Any  # set by ``Store``: a sqlite3 connection or a ``PgConnection``
    transaction: Any  # ``Store.transaction``

    SUMMARY_COLUMNS = (
        "id", "event_date", "event_type", "sub_event_type", "country", "admin1", "admin2", "location",
        "latitude", "longitude", "actor1", "actor2", "fatalities", "fatalities_low", "fatalities_best",
        "fatalities_high", "civilian_targeting", "n_sources", "confidence", "revision",
    )
    SUMMARY_SORTS = {
        "event_date": "event_date", "fatalities": "fatalities", "id": "id", "n_sources": "n_sources",
        "confidence": "confidence",
    }

    def event_summaries(
        self, filters: EventFilter, sort: str = "event_date", descending: bool = True
    ) -> list[dict[str, object]]:
        """Live events matching ``filters`` as flat rows of the indexed columns (no JSON decoding).

        ``sort`` is a key of ``SUMMARY_SORTS``; ties are broken by id.
        """
        sql, params = event_where(filters)
        if sort == "event_date":  # walk the covering index in date order
            sql = self._live_index(filters) + sql
        column = self.SUMMARY_SORTS[sort]
        direction = "DESC" if descending else "ASC"
        order = f" ORDER BY {column} {direction} NULLS LAST, id {direction}"
        limit = f" LIMIT {int(filters.limit)} OFFSET {int(filters.offset)}" if filters.limit else ""
        rows = self.conn.execute(
            f"SELECT {', '.join(self.SUMMARY_COLUMNS)} FROM events" + sql + order + limit, params
        )
        return [dict(row) for row in rows]

    @staticmethod
    def _live_index(filters: EventFilter) -> str:
        """``INDEXED BY`` the covering index of live events, unless merged events are wanted too."""
        return "" if filters.include_merged else " INDEXED BY events_live_summary"

    def count_live_events(self, filters: EventFilter) -> int:
        """``count_events``, reading the covering index where that beats the planner's choice (LIKE, bbox)."""
        sql, params = event_where(filters)
        if (filters.actor or filters.bbox) and not filters.text:
            sql = self._live_index(filters) + sql
        return self.conn.execute("SELECT count(*) FROM events" + sql, params).fetchone()[0]

    def event_points(self, filters: EventFilter) -> list[tuple]:
        """(id, latitude, longitude, event_type, fatalities, event_date, location) of mappable live events."""
        sql, params = event_where(filters)
        sql = self._live_index(filters) + sql
        sql += (" AND " if sql else " WHERE ") + "latitude IS NOT NULL AND longitude IS NOT NULL"
        limit = f" LIMIT {int(filters.limit)}" if filters.limit else ""
        rows = self.conn.execute(
            "SELECT id, latitude, longitude, event_type, fatalities, event_date, location FROM events"
            + sql + " ORDER BY fatalities, id" + limit,
            params,
        )
        return [tuple(row) for row in rows]

    def event_weekly_stats(self, filters: EventFilter) -> list[tuple]:
        """(week, country, admin1, event_type, events, fatalities) per week (from Monday), place and type."""
        sql, params = event_where(filters)
        sql = self._live_index(filters) + sql + (" AND " if sql else " WHERE ") + "event_date IS NOT NULL"
        rows = self.conn.execute(
            "SELECT date(event_date, 'weekday 0', '-6 days') AS week, country, admin1, event_type,"
            " count(*) AS events, coalesce(sum(fatalities), 0) AS fatalities FROM events" + sql
            + " GROUP BY week, country, admin1, event_type ORDER BY week, country, admin1, event_type",
            params,
        )
        return [tuple(row) for row in rows]

    def event_facets(self) -> dict[str, object]:
        """The values the dashboard's filters offer: countries, admin-1 units, types, date range."""
        live = " FROM events INDEXED BY events_live_summary WHERE merged_into IS NULL"

        def values(column: str) -> list:
            sql = f"SELECT DISTINCT {column}{live} AND {column} IS NOT NULL ORDER BY {column}"
            return [row[0] for row in self.conn.execute(sql)]

        admin1 = self.conn.execute(
            f"SELECT DISTINCT country, admin1{live} AND admin1 IS NOT NULL ORDER BY country, admin1"
        )
        first, last = self.conn.execute(f"SELECT min(event_date), max(event_date){live}").fetchone()
        return {
            "countries": values("country"),
            "admin1": [{"country": row[0], "admin1": row[1]} for row in admin1],
            "event_types": values("event_type"),
            "sub_event_types": values("sub_event_type"),
            "date_min": first,
            "date_max": last,
        }

    def event_ids_of_mentions(self, article_id: str) -> dict[int, str | None]:
        """Mention id -> the event it was merged into (None if unmerged), for one article."""
        rows = self.conn.execute("SELECT id, event_id FROM mentions WHERE article_id = ?", (article_id,))
        return {row[0]: row[1] for row in rows}

    def first_told(self) -> dict[tuple[str, str], int]:
        """(event id, article id) -> where the article first tells the event (its first mention's offset)."""
        rows = self.conn.execute(
            "SELECT event_id, article_id, MIN(sentence_start) FROM mentions WHERE event_id IS NOT NULL"
            " GROUP BY event_id, article_id"
        )
        return {(row[0], row[1]): row[2] for row in rows}
