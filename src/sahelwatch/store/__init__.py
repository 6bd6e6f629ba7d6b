"""Store stage: an embedded SQLite file by default, or a PostgreSQL database (``postgresql://`` URL)
for a shared server, behind the same interface."""

from sahelwatch.store.sqlite import Store, open_store

__all__ = ["Store", "open_store"]
