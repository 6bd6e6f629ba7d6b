"""Mentions and events: what extraction stores, what merging reads and writes, the revision log, the
merge keys that find candidate events."""

from __future__ import annotations

import json
from typing import Any

from sahelwatch.models import Event, Mention, event_from_dict, mention_from_dict, to_dict
from sahelwatch.store.filters import EventFilter, event_where
from sahelwatch.store.rows import chunks, dumps, now_iso


class EventTables:
    """The ``mentions``, ``events``, ``event_sources``, ``event_claims``, ``event_revisions`` and
    ``merge_keys`` tables."""

    conn: Any  # set by ``Store``: a sqlite3 connection or a ``PgConnection``
    transaction: Any  # ``Store.transaction``

    def articles_to_extract(
        self, version: str, redo_all: bool = False, since: str | None = None
    ) -> list[str]:
        """Ids of articles never extracted, or extracted by another extractor version."""
        sql = "SELECT id FROM articles WHERE 1=1"
        params: list[object] = []
        if not redo_all:
            sql += " AND (extracted_at IS NULL OR extract_version IS NOT ?)"
            params.append(version)
        if since:
            sql += " AND (published >= ? OR ingested_at >= ?)"
            params += [since, since]
        return [row[0] for row in self.conn.execute(sql + " ORDER BY rowid", params)]

    def replace_mentions(self, article_id: str, mentions: list[Mention], version: str) -> list[int]:
        """Store the mentions of one article, replacing earlier ones; returns their ids."""
        with self.transaction():
            self._delete_mentions(article_id)
            ids = [self._insert_mention(m) for m in mentions]
            self.conn.execute(
                "UPDATE articles SET extracted_at = ?, extract_version = ? WHERE id = ?",
                (now_iso(), version, article_id),
            )
        return ids

    def _delete_mentions(self, article_id: str) -> None:
        ids = [r[0] for r in self.conn.execute("SELECT id FROM mentions WHERE article_id = ?", (article_id,))]
        for mention_id in ids:
            self.conn.execute("DELETE FROM evidence WHERE mention_id = ?", (mention_id,))
        self.conn.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))

    def _insert_mention(self, mention: Mention) -> int:
        place = mention.place
        cursor = self.conn.execute(
            "INSERT INTO mentions (article_id, sentence_start, sentence_end, event_type, sub_event_type,"
            " event_date, country, admin1, fatalities, confidence, language, data)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                mention.article_id, mention.sentence_start, mention.sentence_end, mention.event_type,
                mention.sub_event_type, mention.date.event_date, place.country if place else None,
                place.admin1 if place else None, mention.fatalities.acled, mention.confidence,
                mention.language, "{}",
            ),
        )
        mention.id = cursor.lastrowid
        self.conn.execute("UPDATE mentions SET data = ? WHERE id = ?", (dumps(to_dict(mention)), mention.id))
        self.conn.executemany(
            "INSERT INTO evidence (mention_id, field, start, end, text) VALUES (?, ?, ?, ?, ?)",
            [(mention.id, e.field, e.start, e.end, e.text) for e in mention.evidence],
        )
        return mention.id

    def mentions_of(self, article_id: str) -> list[Mention]:
        """The stored mentions of one article."""
        rows = self.conn.execute("SELECT data FROM mentions WHERE article_id = ? ORDER BY id", (article_id,))
        return [mention_from_dict(json.loads(r[0])) for r in rows]

    def get_mentions(self, mention_ids: list[int]) -> list[Mention]:
        """Mentions by id, in the order given (missing ids skipped)."""
        found = {}
        for chunk in chunks(mention_ids, 500):
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(f"SELECT id, data FROM mentions WHERE id IN ({marks})", chunk):
                found[row[0]] = mention_from_dict(json.loads(row[1]))
        return [found[i] for i in mention_ids if i in found]

    def mentions_of_event(self, event: Event) -> list[Mention]:
        """The mentions an event was merged from."""
        return self.get_mentions(event.mention_ids)

    def next_event_id(self, country_iso3: str | None) -> str:
        """A new event id like ``NER000123`` (``XXX`` when the country is unknown)."""
        prefix = (country_iso3 or "XXX").upper()
        with self.transaction():
            self.conn.execute(
                "INSERT INTO counters (name, value) VALUES (?, 1)"
                " ON CONFLICT(name) DO UPDATE SET value = counters.value + 1",
                (f"event:{prefix}",),
            )
            row = self.conn.execute("SELECT value FROM counters WHERE name = ?", (f"event:{prefix}",))
            value = row.fetchone()[0]
        return f"{prefix}{value:06d}"

    def save_event(self, event: Event, reason: str) -> None:
        """Insert or update an event with its sources and claims, and log a revision."""
        place, fat = event.place, event.fatalities
        now = now_iso()
        data = dumps(to_dict(event))  # serialised once: the row and the revision log share it
        row = (
            event.id, event.event_type, event.sub_event_type, event.date.event_date, event.date.date_start,
            event.date.date_end, place.country if place else None, place.admin1 if place else None,
            place.admin2 if place else None, place.name if place else None,
            place.latitude if place else None, place.longitude if place else None,
            event.actor1.name if event.actor1 else None, event.actor2.name if event.actor2 else None,
            fat.acled, fat.low, fat.best, fat.high, int(event.civilian_targeting), len(event.sources),
            event.confidence, event.revision, event.merged_into, data, now, now,
        )
        with self.transaction():
            self.conn.execute(
                "INSERT INTO events (id, event_type, sub_event_type, event_date, date_start, date_end,"
                " country, admin1, admin2, location, latitude, longitude, actor1, actor2, fatalities,"
                " fatalities_low, fatalities_best, fatalities_high, civilian_targeting, n_sources,"
                " confidence, revision,"
                " merged_into, data, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(id) DO UPDATE SET event_type=excluded.event_type,"
                " sub_event_type=excluded.sub_event_type, event_date=excluded.event_date,"
                " date_start=excluded.date_start, date_end=excluded.date_end, country=excluded.country,"
                " admin1=excluded.admin1, admin2=excluded.admin2, location=excluded.location,"
                " latitude=excluded.latitude, longitude=excluded.longitude, actor1=excluded.actor1,"
                " actor2=excluded.actor2, fatalities=excluded.fatalities,"
                " fatalities_low=excluded.fatalities_low, fatalities_best=excluded.fatalities_best,"
                " fatalities_high=excluded.fatalities_high, civilian_targeting=excluded.civilian_targeting,"
                " n_sources=excluded.n_sources, confidence=excluded.confidence, revision=excluded.revision,"
                " merged_into=excluded.merged_into, data=excluded.data, updated_at=excluded.updated_at",
                row,
            )
            self._replace_event_links(event)
            self.conn.execute(
                "INSERT OR REPLACE INTO event_revisions (event_id, revision, at, reason, data)"
                " VALUES (?, ?, ?, ?, ?)",
                (event.id, event.revision, now, reason, data),
            )

    def _replace_event_links(self, event: Event) -> None:
        self.conn.execute("DELETE FROM event_sources WHERE event_id = ?", (event.id,))
        self.conn.execute("DELETE FROM event_claims WHERE event_id = ?", (event.id,))
        mentions = self.get_mentions(event.mention_ids)
        self.conn.executemany(
            "INSERT OR IGNORE INTO event_sources (event_id, article_id, mention_id) VALUES (?, ?, ?)",
            [(event.id, m.article_id, m.id) for m in mentions],
        )
        self.conn.executemany(
            "INSERT INTO event_claims (event_id, article_id, mention_id, field, value, evidence_start,"
            " evidence_end) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (event.id, c.article_id, None, c.field, dumps(c.value),
                 c.evidence.start if c.evidence else None, c.evidence.end if c.evidence else None)
                for c in event.claims
            ],
        )
        self.conn.executemany(
            "UPDATE mentions SET event_id = ? WHERE id = ?", [(event.id, m.id) for m in mentions]
        )

    def get_event(self, event_id: str) -> Event | None:
        """One event by id (merged-away events too: check ``merged_into``)."""
        row = self.conn.execute("SELECT data FROM events WHERE id = ?", (event_id,)).fetchone()
        return event_from_dict(json.loads(row[0])) if row else None

    def delete_event(self, event_id: str) -> None:
        """Remove an event and its links (used when its mentions disappear)."""
        with self.transaction():
            self.conn.execute("DELETE FROM event_sources WHERE event_id = ?", (event_id,))
            self.conn.execute("DELETE FROM event_claims WHERE event_id = ?", (event_id,))
            self.conn.execute("UPDATE mentions SET event_id = NULL WHERE event_id = ?", (event_id,))
            self.conn.execute("DELETE FROM events WHERE id = ?", (event_id,))

    def query_events(self, filters: EventFilter | None = None) -> list[Event]:
        """Live (not merged-away) events matching ``filters``, newest first."""
        f = filters or EventFilter()
        sql, params = event_where(f)
        order = " ORDER BY event_date, id" if f.ascending else " ORDER BY event_date DESC, id"
        limit = f" LIMIT {int(f.limit)} OFFSET {int(f.offset)}" if f.limit else ""
        rows = self.conn.execute("SELECT data FROM events" + sql + order + limit, params)
        return [event_from_dict(json.loads(r[0])) for r in rows]

    def count_events(self, filters: EventFilter | None = None) -> int:
        """How many live events match ``filters``."""
        sql, params = event_where(filters or EventFilter())
        return self.conn.execute("SELECT count(*) FROM events" + sql, params).fetchone()[0]

    def event_ids_of_articles(self, article_ids: list[str]) -> list[str]:
        """Ids of live events that cite any of ``article_ids``."""
        ids: set[str] = set()
        for chunk in chunks(article_ids, 500):
            marks = ",".join("?" * len(chunk))
            ids.update(
                r[0] for r in self.conn.execute(
                    f"SELECT DISTINCT event_id FROM event_sources WHERE article_id IN ({marks})", chunk
                )
            )
        return sorted(ids)

    def revisions_of(self, event_id: str) -> list[dict[str, object]]:
        """The revision log of an event, oldest first."""
        rows = self.conn.execute(
            "SELECT revision, at, reason, data FROM event_revisions WHERE event_id = ? ORDER BY revision",
            (event_id,),
        )
        return [{"revision": r[0], "at": r[1], "reason": r[2], "event": json.loads(r[3])} for r in rows]

    # -- event clustering (merge) ------------------------------------------

    def replace_merge_keys(self, article_ids: list[str], keys: list[tuple[tuple, list[int]]]) -> None:
        """Replace the merge keys of these articles' mentions; each key is ((mention_id, article_id,
        country, admin1, day_lo, day_hi, data, signature), its LSH band hashes)."""
        with self.transaction():
            for chunk in chunks(article_ids, 500):
                marks = ",".join("?" * len(chunk))
                self.conn.execute(
                    "DELETE FROM merge_bands WHERE mention_id IN"
                    f" (SELECT mention_id FROM merge_keys WHERE article_id IN ({marks}))",
                    chunk,
                )
                self.conn.execute(f"DELETE FROM merge_keys WHERE article_id IN ({marks})", chunk)
            self.conn.executemany(
                "INSERT OR REPLACE INTO merge_keys (mention_id, article_id, country, admin1, day_lo, day_hi,"
                " data, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [row for row, _ in keys],
            )
            self.conn.executemany(
                "INSERT INTO merge_bands (band, day_lo, mention_id) VALUES (?, ?, ?)",
                [(band, row[4], row[0]) for row, bands in keys for band in bands],
            )

    _MERGE_KEY_SELECT = (
        "SELECT k.mention_id, k.data, k.signature, m.event_id FROM merge_keys k"
        " JOIN mentions m ON m.id = k.mention_id"
    )

    def merge_keys_in_block(
        self, country: str | None, admin1: str | None, day_lo: int, day_hi: int, max_width: int
    ) -> list[tuple[int, str, bytes, str | None]]:
        """Keys of live mentions whose day window overlaps [day_lo, day_hi], in ``country`` (same
        admin1 or either unknown) or of unknown country; with ``country`` None, of any country.
        ``max_width`` bounds the index scans."""
        window = " k.day_lo BETWEEN ? AND ? AND k.day_hi >= ?"
        span = (day_lo - max_width, day_hi, day_lo)
        if country is None:
            return [tuple(r) for r in self.conn.execute(self._MERGE_KEY_SELECT + " WHERE" + window, span)]
        same = self._MERGE_KEY_SELECT + " WHERE k.country = ? AND" + window
        same += " AND (CAST(? AS TEXT) IS NULL OR k.admin1 IS NULL OR k.admin1 = ?)"
        unknown = self._MERGE_KEY_SELECT + " WHERE k.country IS NULL AND" + window
        rows = self.conn.execute(same, (country, *span, admin1, admin1)).fetchall()
        rows += self.conn.execute(unknown, span).fetchall()
        return [tuple(r) for r in rows]

    def undated_merge_keys(
        self, country: str | None, admin1: str | None
    ) -> list[tuple[int, str, bytes, str | None]]:
        """Keys of live mentions with no day window at all (no date in the text, no publication
        date), in ``country`` (same admin1 or either unknown)."""
        sql = self._MERGE_KEY_SELECT + " WHERE k.day_lo IS NULL AND k.country IS ?"
        sql += " AND (CAST(? AS TEXT) IS NULL OR k.admin1 IS NULL OR k.admin1 = ?)"
        return [tuple(r) for r in self.conn.execute(sql, (country, admin1, admin1))]

    def merge_keys_sharing_bands(
        self, bands: list[int], window: tuple[int, int, int] | None = None
    ) -> list[tuple[int, str, bytes, str | None]]:
        """Keys of live mentions sharing at least one LSH band with ``bands``; with ``window``
        (day_lo, day_hi, max_width) only those whose day window overlaps it."""
        if not bands:
            return []
        marks = ",".join("?" * len(bands))
        inner = f"SELECT mention_id FROM merge_bands WHERE band IN ({marks})"
        params: list[object] = list(bands)
        if window:
            day_lo, day_hi, max_width = window
            inner += " AND day_lo BETWEEN ? AND ?"
            params += [day_lo - max_width, day_hi]
        sql = self._MERGE_KEY_SELECT + f" WHERE k.mention_id IN ({inner})"
        if window:
            sql += " AND k.day_hi >= ?"
            params.append(window[0])
        return [tuple(r) for r in self.conn.execute(sql, params)]

    def merge_keys_of(self, mention_ids: list[int]) -> list[tuple[int, str, bytes, str | None]]:
        """Keys of these live mentions."""
        found = []
        for chunk in chunks(mention_ids, 500):
            marks = ",".join("?" * len(chunk))
            sql = self._MERGE_KEY_SELECT + f" WHERE k.mention_id IN ({marks})"
            found += [tuple(r) for r in self.conn.execute(sql, chunk)]
        return found

    def event_creation_order(self, event_ids: list[str]) -> dict[str, tuple[str, str]]:
        """(created_at, id) of each stored event: the older sorts first."""
        found = {}
        for chunk in chunks(event_ids, 500):
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(f"SELECT id, created_at FROM events WHERE id IN ({marks})", chunk):
                found[row[0]] = (row[1], row[0])
        return found

    def events_merged_into(self, event_id: str) -> list[str]:
        """Ids of the events recorded as merged into ``event_id``."""
        rows = self.conn.execute("SELECT id FROM events WHERE merged_into = ? ORDER BY id", (event_id,))
        return [r[0] for r in rows]
