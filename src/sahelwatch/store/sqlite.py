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
from datetime import UTC, datetime
from pathlib import Path

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

    # -- mentions and events (extract, merge) ------------------------------

    # -- watchlists and alerts (warn) -------------------------------------


def open_store(path: str | Path | None = None) -> Store:
    """Open (creating and migrating if needed) the store at ``path`` or the default."""
    return Store(path or default_db_path())


def _split_sql(script: str) -> list[str]:
    """Split a migration script into statements (no semicolons inside literals here)."""
    return [s.strip() for s in script.split(";") if s.strip()]


def dumps(value: object) -> str:
    """Compact JSON for the ``data``/``metadata`` columns."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)
