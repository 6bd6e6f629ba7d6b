"""The store: an embedded SQLite file, or a PostgreSQL database. All SQL of Sahel Watch lives in this package.

The SQL is SQLite's; on PostgreSQL (``Store("postgresql://...")``) ``postgres.PgConnection``
runs it through ``dialect.translate``. The schema is versioned with ``PRAGMA user_version`` (a
``schema_version`` table on PostgreSQL); ``schema.MIGRATIONS`` is an append-only list, each entry taking
the database from version i to i+1.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sahelwatch.store.aggregates import AggregateTables
from sahelwatch.store.alerts import AlertTables
from sahelwatch.store.articles import ArticleTables
from sahelwatch.store.events import EventTables
from sahelwatch.store.postgres import PgConnection, is_postgres_url
from sahelwatch.store.schema import MIGRATIONS, split_sql

DEFAULT_DB = "sahelwatch.db"


def default_db_path() -> str:
    """``$SAHELWATCH_DB`` or ``./sahelwatch.db`` (a SQLite file, or a ``postgresql://`` URL)."""
    return os.environ.get("SAHELWATCH_DB") or DEFAULT_DB


class Store(ArticleTables, EventTables, AggregateTables, AlertTables):
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
                for statement in split_sql(MIGRATIONS[version]):
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


def open_store(path: str | Path | None = None) -> Store:
    """Open (creating and migrating if needed) the store at ``path`` or the default: a SQLite file,
    or a PostgreSQL database given as ``postgresql://user[:password]@host[:port]/dbname``."""
    return Store(path or default_db_path())
