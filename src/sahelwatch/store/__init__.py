"""Store stage: the embedded SQLite database (PostgreSQL later, behind the same interface)."""

from sahelwatch.store.sqlite import Store, open_store

__all__ = ["Store", "open_store"]
