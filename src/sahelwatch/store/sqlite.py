"""The embedded SQLite store. All SQL of Sahel Watch lives in this module.

The schema is versioned with ``PRAGMA user_version``; ``MIGRATIONS`` is an
append-only list, each entry taking the database from version i to i+1.
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
]


def now_iso() -> str:
    """The current UTC time, ISO 8601, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def default_db_path() -> str:
    """``$SAHELWATCH_DB`` or ``./sahelwatch.db``."""
    return os.environ.get("SAHELWATCH_DB") or DEFAULT_DB


class Store:
    """A Sahel Watch database on one SQLite file (WAL mode)."""

    def __init__(self, path: str | Path):
        self.path = str(path)
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

    def ingest_run(self, run_id: int) -> dict | None:
        """One ingest run as a dict."""
        row = self.conn.execute("SELECT * FROM ingest_runs WHERE id=?", (run_id,)).fetchone()
        return dict(row) if row else None

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
                " ON CONFLICT(name) DO UPDATE SET value = value + 1",
                (f"event:{prefix}",),
            )
            row = self.conn.execute("SELECT value FROM counters WHERE name = ?", (f"event:{prefix}",))
            value = row.fetchone()[0]
        return f"{prefix}{value:06d}"

    def save_event(self, event: Event, reason: str) -> None:
        """Insert or update an event with its sources and claims, and log a revision."""
        place, fat = event.place, event.fatalities
        now = now_iso()
        row = (
            event.id, event.event_type, event.sub_event_type, event.date.event_date, event.date.date_start,
            event.date.date_end, place.country if place else None, place.admin1 if place else None,
            place.admin2 if place else None, place.name if place else None,
            place.latitude if place else None, place.longitude if place else None,
            event.actor1.name if event.actor1 else None, event.actor2.name if event.actor2 else None,
            fat.acled, fat.low, fat.best, fat.high, int(event.civilian_targeting), len(event.sources),
            event.confidence, event.revision, event.merged_into, dumps(to_dict(event)), now, now,
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
                (event.id, event.revision, now, reason, dumps(to_dict(event))),
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

    # -- watchlists and alerts (warn) -------------------------------------


def open_store(path: str | Path | None = None) -> Store:
    """Open (creating and migrating if needed) the store at ``path`` or the default."""
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
        clauses.append(f"id IN ({', '.join('?' * len(ids))})" if ids else "0")
        params.extend(ids)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params
