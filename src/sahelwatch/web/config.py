"""Server settings and the request's store.

sqlite3 connections must stay in the thread that opened them, so each worker thread keeps its
own connection (opened on first use, warm page cache, memory-mapped reads) for the app's life;
a PostgreSQL store (``postgresql://`` URL) likewise gets one server connection per thread.
"""

from __future__ import annotations

import hmac
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sahelwatch.store import Store, open_store

MMAP_BYTES = 256 * 1024 * 1024
READ_TOKEN_ENV = "SAHELWATCH_READ_TOKEN"
WRITE_TOKEN_ENV = "SAHELWATCH_WRITE_TOKEN"
TOKEN_COOKIE = "sahelwatch_token"


@dataclass(frozen=True)
class WebConfig:
    """Where the store is and which tokens guard reads and writes (None: reads open, writes disabled)."""

    db_path: str
    read_token: str | None = None
    write_token: str | None = None
    _local: threading.local = field(default_factory=threading.local, repr=False, compare=False)

    @classmethod
    def from_env(
        cls, db_path: str, read_token: str | None = None, write_token: str | None = None
    ) -> WebConfig:
        """Tokens given explicitly win over ``$SAHELWATCH_READ_TOKEN`` / ``$SAHELWATCH_WRITE_TOKEN``."""
        return cls(
            db_path=db_path,
            read_token=read_token or os.environ.get(READ_TOKEN_ENV) or None,
            write_token=write_token or os.environ.get(WRITE_TOKEN_ENV) or None,
        )

    @contextmanager
    def store(self) -> Iterator[Store]:
        """This thread's store connection (opened and migrated on first use; opened again when a
        PostgreSQL server dropped it, e.g. after a restart: the request that met the break fails)."""
        store = getattr(self._local, "store", None)
        if store is not None and store.backend == "postgresql" and store.conn.closed:
            store = None
        if store is None:
            store = open_store(self.db_path)
            if store.backend == "sqlite":
                store.conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
            self._local.store = store
        yield store


def token_matches(given: str | None, expected: str) -> bool:
    """Constant-time comparison of a presented token with the expected one."""
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())


def bearer(authorization: str | None) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header."""
    if not authorization:
        return None
    scheme, _, token = authorization.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None
