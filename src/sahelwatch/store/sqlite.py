"""The store: an embedded SQLite file, or a PostgreSQL database. All SQL of Sahel Watch lives here.

The SQL is SQLite's; on PostgreSQL (``Store("postgresql://...")``) ``postgres.PgConnection``
runs it through ``dialect.translate``. The schema is versioned with ``PRAGMA user_version`` (a
``schema_version`` table on PostgreSQL); ``MIGRATIONS`` is an append-only list, each entry taking
the database from version i to i+1.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sahelwatch.models import Article, Event, Mention, event_from_dict, mention_from_dict, to_dict
from sahelwatch.store.postgres import PgConnection, is_postgres_url

DEFAULT_DB = "sahelwatch.db"

MIGRATIONS: list[str] = [
    # 1: articles, identity, ingest runs, mentions, events, sources, claims, revisions
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        url TEXT,
        title TEXT,
        outlet TEXT,
        published TEXT,
        published_source TEXT NOT NULL DEFAULT 'unknown',
        language TEXT,
        language_source TEXT NOT NULL DEFAULT 'unknown',
        text TEXT NOT NULL,
        raw_text TEXT NOT NULL,
        offset_map TEXT NOT NULL DEFAULT '[]',
        content_hash TEXT NOT NULL,
        source_file TEXT,
        source_line INTEGER,
        metadata TEXT NOT NULL DEFAULT '{}',
        chars INTEGER NOT NULL,
        ingested_at TEXT NOT NULL,
        extracted_at TEXT,
        extract_version TEXT
    );
    CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
    CREATE INDEX articles_hash ON articles(content_hash);
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_outlet ON articles(outlet);

    CREATE TABLE article_aliases (
        article_id TEXT NOT NULL REFERENCES articles(id),
        url TEXT,
        alias_id TEXT,
        source_file TEXT,
        source_line INTEGER,
        added_at TEXT NOT NULL,
        UNIQUE(article_id, url, alias_id)
    );
    CREATE INDEX article_aliases_url ON article_aliases(url);
    CREATE INDEX article_aliases_alias ON article_aliases(alias_id);

    CREATE TABLE near_duplicates (
        article_id TEXT NOT NULL REFERENCES articles(id),
        other_id TEXT NOT NULL REFERENCES articles(id),
        similarity REAL NOT NULL,
        PRIMARY KEY (article_id, other_id)
    );

    CREATE TABLE minhashes (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        signature BLOB NOT NULL
    );

    CREATE TABLE ingest_runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        status TEXT NOT NULL DEFAULT 'running',
        args TEXT,
        n_read INTEGER NOT NULL DEFAULT 0,
        n_new INTEGER NOT NULL DEFAULT 0,
        n_duplicate INTEGER NOT NULL DEFAULT 0,
        n_rejected INTEGER NOT NULL DEFAULT 0
    );

    CREATE TABLE rejections (
        run_id INTEGER REFERENCES ingest_runs(id),
        source_file TEXT,
        source_line INTEGER,
        reason TEXT NOT NULL,
        at TEXT NOT NULL
    );

    CREATE TABLE mentions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        article_id TEXT NOT NULL REFERENCES articles(id),
        sentence_start INTEGER NOT NULL,
        sentence_end INTEGER NOT NULL,
        event_type TEXT NOT NULL,
        sub_event_type TEXT NOT NULL,
        event_date TEXT,
        country TEXT,
        admin1 TEXT,
        fatalities INTEGER,
        confidence REAL,
        language TEXT,
        data TEXT NOT NULL,
        event_id TEXT
    );
    CREATE INDEX mentions_article ON mentions(article_id);
    CREATE INDEX mentions_event ON mentions(event_id);
    CREATE INDEX mentions_block ON mentions(country, event_date);

    CREATE TABLE evidence (
        mention_id INTEGER NOT NULL REFERENCES mentions(id),
        field TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX evidence_mention ON evidence(mention_id);

    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        event_type TEXT NOT NULL,
        sub_event_type TEXT NOT NULL,
        event_date TEXT,
        date_start TEXT,
        date_end TEXT,
        country TEXT,
        admin1 TEXT,
        admin2 TEXT,
        location TEXT,
        latitude REAL,
        longitude REAL,
        actor1 TEXT,
        actor2 TEXT,
        fatalities INTEGER,
        fatalities_low INTEGER,
        fatalities_best INTEGER,
        fatalities_high INTEGER,
        civilian_targeting INTEGER NOT NULL DEFAULT 0,
        n_sources INTEGER NOT NULL DEFAULT 0,
        confidence REAL,
        revision INTEGER NOT NULL DEFAULT 1,
        merged_into TEXT,
        data TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX events_date ON events(event_date);
    CREATE INDEX events_place ON events(country, admin1);
    CREATE INDEX events_type ON events(event_type);

    CREATE TABLE event_sources (
        event_id TEXT NOT NULL REFERENCES events(id),
        article_id TEXT NOT NULL REFERENCES articles(id),
        mention_id INTEGER REFERENCES mentions(id),
        PRIMARY KEY (event_id, article_id, mention_id)
    );
    CREATE INDEX event_sources_article ON event_sources(article_id);

    CREATE TABLE event_claims (
        event_id TEXT NOT NULL REFERENCES events(id),
        article_id TEXT NOT NULL,
        mention_id INTEGER,
        field TEXT NOT NULL,
        value TEXT NOT NULL,
        evidence_start INTEGER,
        evidence_end INTEGER
    );
    CREATE INDEX event_claims_event ON event_claims(event_id);

    CREATE TABLE event_revisions (
        event_id TEXT NOT NULL,
        revision INTEGER NOT NULL,
        at TEXT NOT NULL,
        reason TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (event_id, revision)
    );

    CREATE TABLE runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        stage TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        status TEXT NOT NULL DEFAULT 'running',
        details TEXT
    );
    """,
    # 2: counters for stable, human-readable event ids (e.g. NER000123)
    """
    CREATE TABLE counters (
        name TEXT PRIMARY KEY,
        value INTEGER NOT NULL
    );
    """,
    # 3 (warn): per-event aggregate contributions, aggregates, watchlists, alerts, webhook deliveries
    """
    CREATE TABLE warn_contributions (
        event_id TEXT NOT NULL,
        level TEXT NOT NULL,
        country TEXT NOT NULL,
        admin1 TEXT NOT NULL,
        admin2 TEXT NOT NULL,
        period TEXT NOT NULL,
        period_key TEXT NOT NULL,
        dimension TEXT NOT NULL,
        dim_value TEXT NOT NULL,
        events INTEGER NOT NULL,
        fatalities INTEGER NOT NULL,
        civilian_events INTEGER NOT NULL
    );
    CREATE INDEX warn_contributions_event ON warn_contributions(event_id);

    CREATE TABLE warn_aggregates (
        level TEXT NOT NULL,
        country TEXT NOT NULL,
        admin1 TEXT NOT NULL,
        admin2 TEXT NOT NULL,
        period TEXT NOT NULL,
        period_key TEXT NOT NULL,
        dimension TEXT NOT NULL,
        dim_value TEXT NOT NULL,
        events INTEGER NOT NULL,
        fatalities INTEGER NOT NULL,
        civilian_events INTEGER NOT NULL,
        PRIMARY KEY (level, country, admin1, admin2, period, dimension, dim_value, period_key)
    );
    CREATE INDEX warn_aggregates_period ON warn_aggregates(period, period_key);

    CREATE TABLE warn_watchlists (
        name TEXT PRIMARY KEY,
        country TEXT,
        admin1 TEXT,
        admin2 TEXT,
        event_type TEXT,
        actor TEXT,
        min_fatalities INTEGER,
        civilian_only INTEGER NOT NULL DEFAULT 0,
        webhook TEXT,
        created_at TEXT NOT NULL
    );

    CREATE TABLE warn_alerts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        key TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        level TEXT NOT NULL,
        country TEXT,
        admin1 TEXT,
        admin2 TEXT,
        period TEXT NOT NULL,
        period_start TEXT NOT NULL,
        period_end TEXT NOT NULL,
        score REAL,
        title TEXT NOT NULL,
        data TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX warn_alerts_period ON warn_alerts(period_end);
    CREATE INDEX warn_alerts_created ON warn_alerts(created_at);

    CREATE TABLE warn_alert_watchlists (
        alert_id INTEGER NOT NULL REFERENCES warn_alerts(id),
        watchlist TEXT NOT NULL,
        PRIMARY KEY (alert_id, watchlist)
    );

    CREATE TABLE warn_deliveries (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        alert_id INTEGER NOT NULL REFERENCES warn_alerts(id),
        watchlist TEXT NOT NULL,
        url TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        last_error TEXT,
        delivered_at TEXT,
        UNIQUE (alert_id, watchlist)
    );
    CREATE INDEX warn_deliveries_due ON warn_deliveries(status, next_attempt_at);

    CREATE TABLE warn_synced (
        event_id TEXT PRIMARY KEY,
        updated_at TEXT NOT NULL
    );
    """,
    # 4 (merge): blocking keys and MinHash LSH bands of mentions, for incremental event clustering;
    # event_sources.mention_id loses its foreign key: re-extraction replaces an article's mentions
    # while events still cite them, and the merge stage then re-links the events
    """
    CREATE TABLE merge_keys (
        mention_id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL,
        country TEXT,
        admin1 TEXT,
        day_lo INTEGER,
        day_hi INTEGER,
        data TEXT NOT NULL,
        signature BLOB NOT NULL
    );
    CREATE INDEX merge_keys_article ON merge_keys(article_id);
    CREATE INDEX merge_keys_block ON merge_keys(country, day_lo);

    CREATE TABLE merge_bands (
        band INTEGER NOT NULL,
        day_lo INTEGER,
        mention_id INTEGER NOT NULL
    );
    CREATE INDEX merge_bands_band ON merge_bands(band, day_lo);
    CREATE INDEX merge_bands_mention ON merge_bands(mention_id);

    CREATE TABLE event_sources_v4 (
        event_id TEXT NOT NULL REFERENCES events(id),
        article_id TEXT NOT NULL REFERENCES articles(id),
        mention_id INTEGER,
        PRIMARY KEY (event_id, article_id, mention_id)
    );
    INSERT INTO event_sources_v4 SELECT event_id, article_id, mention_id FROM event_sources;
    DROP TABLE event_sources;
    ALTER TABLE event_sources_v4 RENAME TO event_sources;
    CREATE INDEX event_sources_article ON event_sources(article_id);
    """,
    # 5 (web): a covering index of live events, newest first, so the API lists, counts and maps
    # them without reading the wide event rows
    """
    CREATE INDEX events_live_summary ON events(event_date, id, country, admin1, event_type, sub_event_type,
        fatalities, latitude, longitude, actor1, actor2, location, admin2, fatalities_low, fatalities_best,
        fatalities_high, civilian_targeting, n_sources, confidence, revision) WHERE merged_into IS NULL;
    CREATE INDEX events_live_fatalities ON events(fatalities, id) WHERE merged_into IS NULL;
    """,
    # 6 (merge): mentions of unknown country are blocked on their date window alone
    """
    CREATE INDEX merge_keys_day ON merge_keys(day_lo);
    """,
]


def now_iso() -> str:
    """The current UTC time, ISO 8601, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def default_db_path() -> str:
    """``$SAHELWATCH_DB`` or ``./sahelwatch.db`` (a SQLite file, or a ``postgresql://`` URL)."""
    return os.environ.get("SAHELWATCH_DB") or DEFAULT_DB


class Store:
    """A Sahel Watch database: one SQLite file (WAL mode), or a PostgreSQL database given by URL."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        self.backend = "postgresql" if is_postgres_url(self.path) else "sqlite"
        if self.backend == "postgresql":
            self.conn = PgConnection(self.path)
        else:
            self.conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
        self.migrate()

    # -- plumbing ---------------------------------------------------------

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def migrate(self) -> None:
        """Apply every migration the database has not seen, each in its own transaction."""
        for version in range(self.schema_version, len(MIGRATIONS)):
            with self.transaction():
                if self.schema_version > version:  # another process migrated meanwhile
                    continue
                for statement in _split_sql(MIGRATIONS[version]):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {version + 1}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception."""
        if self.conn.in_transaction:
            yield self.conn
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- articles (ingest) ------------------------------------------------

    def start_ingest_run(self, args: dict | None = None) -> int:
        """Record the start of an ingest run; return its id."""
        with self.transaction():
            cursor = self.conn.execute(
                "INSERT INTO ingest_runs (started_at, args) VALUES (?, ?)", (now_iso(), dumps(args or {}))
            )
        return int(cursor.lastrowid)

    def update_ingest_run(self, run_id: int, counts: dict[str, int], status: str | None = None) -> None:
        """Set a run's counters (n_read, n_new, n_duplicate, n_rejected) and, if given, its final status."""
        columns = ("n_read", "n_new", "n_duplicate", "n_rejected")
        values = [int(counts.get(c, 0)) for c in columns]
        with self.transaction():
            self.conn.execute(
                "UPDATE ingest_runs SET n_read=?, n_new=?, n_duplicate=?, n_rejected=? WHERE id=?",
                (*values, run_id),
            )
            if status:
                self.conn.execute(
                    "UPDATE ingest_runs SET status=?, finished_at=? WHERE id=?", (status, now_iso(), run_id)
                )

    def running_ingest_runs(self) -> list[dict]:
        """Ingest runs still marked 'running' (in progress, or killed), with their args decoded."""
        rows = self.conn.execute("SELECT id, args FROM ingest_runs WHERE status='running'").fetchall()
        return [{"id": row["id"], "args": json.loads(row["args"] or "{}")} for row in rows]

    def mark_ingest_run(self, run_id: int, status: str) -> None:
        """Set the final status of an ingest run (e.g. 'interrupted')."""
        with self.transaction():
            self.conn.execute(
                "UPDATE ingest_runs SET status=?, finished_at=? WHERE id=?", (status, now_iso(), run_id)
            )

    def ingest_run(self, run_id: int) -> dict | None:
        """One ingest run as a dict."""
        row = self.conn.execute("SELECT * FROM ingest_runs WHERE id=?", (run_id,)).fetchone()
        return dict(row) if row else None

    def stored_url(self, article_id: str) -> tuple[bool, str | None]:
        """(whether an article with this id is stored, its URL)."""
        row = self.conn.execute("SELECT url FROM articles WHERE id=?", (article_id,)).fetchone()
        return (True, row[0]) if row else (False, None)

    def find_article_id(
        self, article_id: str | None, url: str | None, text_hash: str | None
    ) -> tuple[str, str] | None:
        """(existing article id, matched on 'id' | 'url' | 'content') for a duplicate, else None."""
        if article_id:
            row = self.conn.execute("SELECT id FROM articles WHERE id=?", (article_id,)).fetchone()
            row = row or self.conn.execute(
                "SELECT article_id FROM article_aliases WHERE alias_id=? LIMIT 1", (article_id,)
            ).fetchone()
            if row:
                return row[0], "id"
        if url:
            row = self.conn.execute("SELECT id FROM articles WHERE url=?", (url,)).fetchone()
            row = row or self.conn.execute(
                "SELECT article_id FROM article_aliases WHERE url=? LIMIT 1", (url,)
            ).fetchone()
            if row:
                return row[0], "url"
        if text_hash:
            sql = "SELECT id FROM articles WHERE content_hash=? LIMIT 1"
            row = self.conn.execute(sql, (text_hash,)).fetchone()
            if row:
                return row[0], "content"
        return None

    def add_articles(
        self, articles: list[Article], run_id: int | None = None
    ) -> tuple[list[str], list[tuple[str, str, str]]]:
        """Store articles not seen before, in one transaction.

        Returns (ids of new articles, duplicates as (incoming id, existing id, matched on)).
        A duplicate's extra URL or id is recorded in ``article_aliases``.
        """
        new_ids: list[str] = []
        duplicates: list[tuple[str, str, str]] = []
        at = now_iso()
        with self.transaction():
            for article in articles:
                match = self.find_article_id(article.id, article.url, article.content_hash)
                if match:
                    self._add_alias(match[0], article, at)
                    duplicates.append((article.id, match[0], match[1]))
                    continue
                self.conn.execute(_INSERT_ARTICLE, _article_row(article, at))
                new_ids.append(article.id)
        return new_ids, duplicates

    def _add_alias(self, existing_id: str, article: Article, at: str) -> None:
        """Remember an incoming duplicate's URL and id unless the store already knows them."""
        known = self.conn.execute("SELECT url FROM articles WHERE id=?", (existing_id,)).fetchone()
        url = article.url if article.url and article.url != known[0] else None
        alias_id = article.id if article.id != existing_id else None
        if url and self.conn.execute("SELECT 1 FROM article_aliases WHERE url=?", (url,)).fetchone():
            url = None
        if alias_id and self.conn.execute(
            "SELECT 1 FROM article_aliases WHERE alias_id=?", (alias_id,)
        ).fetchone():
            alias_id = None
        if url or alias_id:
            self.conn.execute(
                "INSERT OR IGNORE INTO article_aliases (article_id, url, alias_id, source_file, source_line,"
                " added_at) VALUES (?, ?, ?, ?, ?, ?)",
                (existing_id, url, alias_id, article.source_file, article.source_line, at),
            )

    def article_aliases(self, article_id: str) -> list[dict]:
        """The extra URLs and ids under which an article was seen again."""
        rows = self.conn.execute(
            "SELECT url, alias_id, source_file, source_line FROM article_aliases WHERE article_id=?",
            (article_id,),
        )
        return [dict(row) for row in rows]

    def add_minhashes(self, rows: list[tuple[str, bytes]]) -> None:
        """Persist MinHash signatures (article id, bytes)."""
        with self.transaction():
            sql = "INSERT OR REPLACE INTO minhashes (article_id, signature) VALUES (?, ?)"
            self.conn.executemany(sql, rows)

    def iter_minhashes(self) -> Iterator[tuple[str, bytes]]:
        """Every stored (article id, signature bytes)."""
        for row in self.conn.execute("SELECT article_id, signature FROM minhashes"):
            yield row[0], bytes(row[1])

    def add_near_duplicates(self, pairs: list[tuple[str, str, float]]) -> None:
        """Link near-duplicate articles (article id, other id, estimated Jaccard similarity)."""
        with self.transaction():
            self.conn.executemany(
                "INSERT OR REPLACE INTO near_duplicates (article_id, other_id, similarity) VALUES (?, ?, ?)",
                pairs,
            )

    def near_duplicates(self, article_id: str) -> list[tuple[str, float]]:
        """The articles linked to ``article_id`` as near duplicates, most similar first."""
        rows = self.conn.execute(
            "SELECT other_id, similarity FROM near_duplicates WHERE article_id=?"
            " UNION SELECT article_id, similarity FROM near_duplicates WHERE other_id=? ORDER BY 2 DESC",
            (article_id, article_id),
        )
        return [(row[0], row[1]) for row in rows]

    def add_rejections(self, run_id: int | None, problems: list[tuple[str | None, int | None, str]]) -> None:
        """Record rejected or repaired inputs as (source file, line, reason)."""
        at = now_iso()
        with self.transaction():
            self.conn.executemany(
                "INSERT INTO rejections (run_id, source_file, source_line, reason, at)"
                " VALUES (?, ?, ?, ?, ?)",
                [(run_id, file, line, reason, at) for file, line, reason in problems],
            )

    def rejections(self, run_id: int | None = None) -> list[dict]:
        """Stored rejections and repairs, of one run or all."""
        sql = "SELECT run_id, source_file, source_line, reason, at FROM rejections"
        rows = self.conn.execute(sql + " WHERE run_id=?", (run_id,)) if run_id else self.conn.execute(sql)
        return [dict(row) for row in rows]

    def get_article(self, article_id: str) -> Article | None:
        """The article with this id (or alias id), or None."""
        row = self.conn.execute("SELECT * FROM articles WHERE id=?", (article_id,)).fetchone()
        if row is None:
            alias = self.conn.execute(
                "SELECT article_id FROM article_aliases WHERE alias_id=? LIMIT 1", (article_id,)
            ).fetchone()
            row = alias and self.conn.execute("SELECT * FROM articles WHERE id=?", (alias[0],)).fetchone()
        return _row_to_article(row) if row else None

    def iter_articles(
        self,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
        language: str | None = None,
        limit: int | None = None,
        ids: list[str] | None = None,
    ) -> Iterator[Article]:
        """Stored articles in ingest order, filtered by outlet, publication day range, language or ids."""
        sql, params = _article_filter(outlet, since, until, language, ids)
        sql = "SELECT * FROM articles" + sql + " ORDER BY rowid"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        for row in self.conn.execute(sql, params).fetchall():
            yield _row_to_article(row)

    def count_articles(self, **filters: object) -> int:
        """How many articles are stored (optionally filtered like ``iter_articles``)."""
        sql, params = _article_filter(**filters)  # type: ignore[arg-type]
        return int(self.conn.execute("SELECT COUNT(*) FROM articles" + sql, params).fetchone()[0])

    def article_stats(self) -> dict[str, list[tuple[str | None, int]]]:
        """Article counts per outlet, per publication month and per language."""
        queries = {
            "outlet": "SELECT outlet, COUNT(*) FROM articles GROUP BY outlet ORDER BY 2 DESC, 1",
            "month": "SELECT substr(published, 1, 7), COUNT(*) FROM articles GROUP BY 1 ORDER BY 1",
            "language": "SELECT language, COUNT(*) FROM articles GROUP BY language ORDER BY 2 DESC, 1",
        }
        return {key: [(row[0], row[1]) for row in self.conn.execute(sql)] for key, sql in queries.items()}

    def table_counts(self) -> dict[str, int]:
        """Row counts of the main tables (for health pages)."""
        tables = ("articles", "mentions", "events", "near_duplicates", "rejections")
        return {t: int(self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]) for t in tables}


    # -- mentions and events (extract, merge) ------------------------------

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
        for chunk in _chunks(mention_ids, 500):
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
        sql, params = _event_where(f)
        order = " ORDER BY event_date, id" if f.ascending else " ORDER BY event_date DESC, id"
        limit = f" LIMIT {int(f.limit)} OFFSET {int(f.offset)}" if f.limit else ""
        rows = self.conn.execute("SELECT data FROM events" + sql + order + limit, params)
        return [event_from_dict(json.loads(r[0])) for r in rows]

    def count_events(self, filters: EventFilter | None = None) -> int:
        """How many live events match ``filters``."""
        sql, params = _event_where(filters or EventFilter())
        return self.conn.execute("SELECT count(*) FROM events" + sql, params).fetchone()[0]

    def event_ids_of_articles(self, article_ids: list[str]) -> list[str]:
        """Ids of live events that cite any of ``article_ids``."""
        ids: set[str] = set()
        for chunk in _chunks(article_ids, 500):
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
            for chunk in _chunks(article_ids, 500):
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
        for chunk in _chunks(mention_ids, 500):
            marks = ",".join("?" * len(chunk))
            sql = self._MERGE_KEY_SELECT + f" WHERE k.mention_id IN ({marks})"
            found += [tuple(r) for r in self.conn.execute(sql, chunk)]
        return found

    def event_creation_order(self, event_ids: list[str]) -> dict[str, tuple[str, str]]:
        """(created_at, id) of each stored event: the older sorts first."""
        found = {}
        for chunk in _chunks(event_ids, 500):
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(f"SELECT id, created_at FROM events WHERE id IN ({marks})", chunk):
                found[row[0]] = (row[1], row[0])
        return found

    def events_merged_into(self, event_id: str) -> list[str]:
        """Ids of the events recorded as merged into ``event_id``."""
        rows = self.conn.execute("SELECT id FROM events WHERE merged_into = ? ORDER BY id", (event_id,))
        return [r[0] for r in rows]

    # -- aggregates for the API and dashboard (web) -------------------------

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
        sql, params = _event_where(filters)
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
        sql, params = _event_where(filters)
        if (filters.actor or filters.bbox) and not filters.text:
            sql = self._live_index(filters) + sql
        return self.conn.execute("SELECT count(*) FROM events" + sql, params).fetchone()[0]

    def event_points(self, filters: EventFilter) -> list[tuple]:
        """(id, latitude, longitude, event_type, fatalities, event_date, location) of mappable live events."""
        sql, params = _event_where(filters)
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
        sql, params = _event_where(filters)
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

    # -- watchlists and alerts (warn) -------------------------------------

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
        for chunk in _chunks(event_ids, 500):
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


def open_store(path: str | Path | None = None) -> Store:
    """Open (creating and migrating if needed) the store at ``path`` or the default: a SQLite file,
    or a PostgreSQL database given as ``postgresql://user[:password]@host[:port]/dbname``."""
    return Store(path or default_db_path())


@dataclass
class EventFilter:
    """Filters shared by the CLI, the exports and the HTTP API."""

    country: str | None = None  # ISO2 code
    admin1: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None  # substring of actor1 or actor2
    date_from: str | None = None
    date_to: str | None = None
    min_fatalities: int | None = None
    text: str | None = None  # substring of location, actors or notes
    bbox: tuple[float, float, float, float] | None = None  # min_lon, min_lat, max_lon, max_lat
    include_merged: bool = False
    limit: int | None = None
    offset: int = 0
    ascending: bool = False


def _event_where(f: EventFilter) -> tuple[str, list[object]]:
    """The WHERE clause and parameters for an ``EventFilter``."""
    clauses: list[str] = [] if f.include_merged else ["merged_into IS NULL"]
    params: list[object] = []
    simple = [
        ("country = ?", f.country), ("lower(admin1) = lower(?)", f.admin1), ("event_type = ?", f.event_type),
        ("sub_event_type = ?", f.sub_event_type), ("event_date >= ?", f.date_from),
        ("event_date <= ?", f.date_to), ("fatalities >= ?", f.min_fatalities),
    ]
    for clause, value in simple:
        if value is not None and value != "":
            clauses.append(clause)
            params.append(value)
    if f.actor:
        clauses.append("(actor1 LIKE ? OR actor2 LIKE ?)")
        params += [f"%{f.actor}%", f"%{f.actor}%"]
    if f.text:
        clauses.append("(location LIKE ? OR actor1 LIKE ? OR actor2 LIKE ? OR data LIKE ?)")
        params += [f"%{f.text}%"] * 4
    if f.bbox:
        clauses.append("longitude BETWEEN ? AND ? AND latitude BETWEEN ? AND ?")
        params += [f.bbox[0], f.bbox[2], f.bbox[1], f.bbox[3]]
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def _chunks(items: list, size: int) -> Iterator[list]:
    """Successive slices of ``items`` of at most ``size``."""
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _split_sql(script: str) -> list[str]:
    """Split a migration script into statements (no semicolons inside literals here)."""
    return [s.strip() for s in script.split(";") if s.strip()]


def dumps(value: object) -> str:
    """Compact JSON for the ``data``/``metadata`` columns."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


# -- articles (ingest) helpers -----------------------------------------------

_ARTICLE_COLUMNS = (
    "id", "url", "title", "outlet", "published", "published_source", "language", "language_source", "text",
    "raw_text", "offset_map", "content_hash", "source_file", "source_line", "metadata", "chars",
    "ingested_at",
)
_INSERT_ARTICLE = (
    f"INSERT INTO articles ({', '.join(_ARTICLE_COLUMNS)}) VALUES ({', '.join('?' * len(_ARTICLE_COLUMNS))})"
)


def _article_row(article: Article, at: str) -> tuple:
    """The ``articles`` row of an article, in ``_ARTICLE_COLUMNS`` order."""
    return (
        article.id, article.url, article.title, article.outlet, article.published, article.published_source,
        article.language, article.language_source, article.text, article.raw_text,
        dumps([list(run) for run in article.offset_map]), article.content_hash, article.source_file,
        article.source_line, dumps(article.metadata), len(article.text), at,
    )


def _row_to_article(row: sqlite3.Row) -> Article:
    """An ``Article`` from an ``articles`` row."""
    return Article(
        id=row["id"], text=row["text"], raw_text=row["raw_text"], title=row["title"], url=row["url"],
        outlet=row["outlet"], published=row["published"], published_source=row["published_source"],
        language=row["language"], language_source=row["language_source"], source_file=row["source_file"],
        source_line=row["source_line"], offset_map=[tuple(run) for run in json.loads(row["offset_map"])],
        content_hash=row["content_hash"], metadata=json.loads(row["metadata"]),
    )


def _article_filter(
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    language: str | None = None,
    ids: list[str] | None = None,
) -> tuple[str, list]:
    """A WHERE clause and its parameters for article listings (since/until compare publication days)."""
    clauses, params = [], []
    if outlet:
        clauses.append("outlet = ? COLLATE NOCASE")
        params.append(outlet)
    if since:
        clauses.append("substr(published, 1, 10) >= ?")
        params.append(since[:10])
    if until:
        clauses.append("substr(published, 1, 10) <= ?")
        params.append(until[:10])
    if language:
        clauses.append("language = ?")
        params.append(language)
    if ids is not None:
        clauses.append(f"id IN ({', '.join('?' * len(ids))})" if ids else "1=0")
        params.extend(ids)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params
