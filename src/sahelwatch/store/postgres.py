"""A PostgreSQL connection with the part of sqlite3's API that ``Store`` uses.

``Store("postgresql://user@host/dbname")`` opens one of these instead of a SQLite file; the
store's SQL is translated by ``dialect.translate``. What differs from SQLite, and how:

- transactions: the connection is in autocommit mode and ``Store.transaction`` sends BEGIN /
  COMMIT / ROLLBACK itself; ``BEGIN IMMEDIATE`` (SQLite's one-writer-at-a-time lock) becomes BEGIN
  plus a transaction-scoped advisory lock, so writers (an ingest, the web's POST, a merge) take
  turns across processes as they do on a SQLite file, while readers never wait;
- ``PRAGMA user_version`` lives in a one-row table ``schema_version``; SQLite's tuning PRAGMAs
  (journal_mode, synchronous, foreign_keys, mmap_size) do nothing (foreign keys are always on);
- rows can be read by index or by column name, and ``dict(row)`` works, as with ``sqlite3.Row``;
- ``cursor.lastrowid`` comes from ``RETURNING id``; sums of integers (PostgreSQL's NUMERIC) are
  read back as ints, as SQLite gives them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sahelwatch.store.dialect import returns_id, translate

URL_PREFIXES = ("postgresql://", "postgres://")

# pg_advisory_xact_lock key of the store's write lock (per database): "sahelwat" as an int64
WRITE_LOCK = 0x7361_6865_6C77_6174

_SETUP = """
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version (version) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM schema_version);
CREATE OR REPLACE FUNCTION sahelwatch_week_start(value text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $fn$
BEGIN
    -- SQLite's date(value, 'weekday 0', '-6 days'): the Monday of the value's week, NULL if no date
    IF value IS NULL OR value !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}' THEN
        RETURN NULL;
    END IF;
    RETURN to_char(date_trunc('week', substr(value, 1, 10)::date), 'YYYY-MM-DD');
EXCEPTION WHEN others THEN
    RETURN NULL;
END
$fn$;
"""
_SETUP_DONE = (
    "SELECT to_regclass('schema_version') IS NOT NULL"
    " AND to_regprocedure('sahelwatch_week_start(text)') IS NOT NULL"
)
_NO_OP_PRAGMAS = ("journal_mode", "synchronous", "foreign_keys", "mmap_size")


def is_postgres_url(location: object) -> bool:
    """Whether a ``--db`` value names a PostgreSQL database rather than a SQLite file."""
    return isinstance(location, str) and location.startswith(URL_PREFIXES)


def _numeric_loader() -> type:
    """A loader of NUMERIC as int when integral (sum() of integers), else float: what SQLite returns."""
    from psycopg.adapt import Loader

    class IntegralNumericLoader(Loader):
        def load(self, data: Any) -> int | float:
            text = bytes(data).decode()
            return int(text) if re.fullmatch(r"-?\d+", text) else float(text)

    return IntegralNumericLoader


class Row(tuple):
    """A result row readable by position or column name, like ``sqlite3.Row``."""

    _index: dict[str, int] = {}

    def __getitem__(self, key):  # type: ignore[override]
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


def _row_factory(cursor: Any):
    names = [column.name for column in cursor.description or ()]
    row_type = type("Row", (Row,), {"_index": {name: i for i, name in enumerate(names)}})
    return lambda values: row_type(values)


class Cursor:
    """The result of one statement: iterable, fetchone/fetchall, rowcount, lastrowid."""

    def __init__(self, cursor: Any = None, lastrowid: int | None = None):
        self._cursor = cursor
        self.lastrowid = lastrowid

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount if self._cursor is not None else -1

    @property
    def description(self) -> Any:
        return self._cursor.description if self._cursor is not None else None

    def fetchone(self) -> Row | None:
        return self._cursor.fetchone() if self._has_rows() else None

    def fetchall(self) -> list[Row]:
        return self._cursor.fetchall() if self._has_rows() else []

    def __iter__(self) -> Iterator[Row]:
        return iter(self.fetchall())

    def _has_rows(self) -> bool:
        return self._cursor is not None and self._cursor.description is not None


class PgConnection:
    """One PostgreSQL connection speaking (translated) SQLite SQL for ``Store``."""

    def __init__(self, url: str):
        try:
            import psycopg
            from psycopg.pq import TransactionStatus
        except ImportError as error:  # only without the postgres extra
            raise RuntimeError(
                "a PostgreSQL store needs psycopg: install the postgres extra"
                " (make postgres, or pip install -r requirements-postgres.lock)"
            ) from error
        self._idle = TransactionStatus.IDLE
        self.raw = psycopg.connect(url, autocommit=True, row_factory=_row_factory)
        self.raw.adapters.register_loader("numeric", _numeric_loader())
        self._setup()

    def _setup(self) -> None:
        """Create the schema_version table and the helper function, once per database."""
        if self.raw.execute(_SETUP_DONE).fetchone()[0]:
            return
        with self.raw.transaction():
            self.raw.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            self.raw.execute(_SETUP)

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != self._idle

    def execute(self, sql: str, params: Sequence[Any] | dict | None = None) -> Cursor:
        """Run one statement (SQLite dialect, ``?`` placeholders)."""
        statement = sql.strip().rstrip(";")
        special = self._special(statement)
        if special is not None:
            return special
        translated = translate(statement)
        wants_id = returns_id(translated)
        if wants_id:
            translated += " RETURNING id"
        cursor = self.raw.execute(translated, tuple(params or ()))  # "%%" read as "%" even without params
        if wants_id:
            row = cursor.fetchone()
            return Cursor(cursor, row[0] if row else None)
        return Cursor(cursor)

    def executemany(self, sql: str, seq_of_params: Iterable[Sequence[Any]]) -> Cursor:
        cursor = self.raw.cursor()
        cursor.executemany(translate(sql.strip().rstrip(";")), [tuple(p) for p in seq_of_params])
        return Cursor(cursor)

    def _special(self, statement: str) -> Cursor | None:
        """Transaction control and PRAGMAs: what SQLite means by them, or nothing."""
        word = statement.split(None, 1)[0].upper() if statement else ""
        if word == "BEGIN":
            self.raw.execute("BEGIN")
            if statement.upper() != "BEGIN DEFERRED":
                self.raw.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            return Cursor()
        if word in ("COMMIT", "ROLLBACK", "END"):
            self.raw.execute("COMMIT" if word == "END" else word)
            return Cursor()
        if word != "PRAGMA":
            return None
        match = re.fullmatch(r"PRAGMA\s+(\w+)\s*(?:=\s*(\S+))?", statement, re.I)
        name, value = (match.group(1).lower(), match.group(2)) if match else ("", None)
        if name == "user_version":
            if value is None:
                return Cursor(self.raw.execute("SELECT version FROM schema_version"))
            return Cursor(self.raw.execute("UPDATE schema_version SET version = %s", (int(value),)))
        if name in _NO_OP_PRAGMAS:
            return Cursor()
        raise NotImplementedError(f"PRAGMA {name} has no PostgreSQL equivalent in the store")

    @property
    def closed(self) -> bool:
        """Closed, or broken (the server went away or ended the session)."""
        return self.raw.closed or self.raw.broken

    def close(self) -> None:
        self.raw.close()


def connect(url: str) -> PgConnection:
    """Open the PostgreSQL database at ``url`` (``postgresql://user[:password]@host[:port]/dbname``)."""
    return PgConnection(url)
