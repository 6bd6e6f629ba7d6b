"""Values as the store writes them: timestamps, compact JSON columns, chunked ``IN`` lists."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime


def now_iso() -> str:
    """The current UTC time, ISO 8601, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def chunks(items: list, size: int) -> Iterator[list]:
    """Successive slices of ``items`` of at most ``size``."""
    for i in range(0, len(items), size):
        yield items[i : i + size]


def dumps(value: object) -> str:
    """Compact JSON for the ``data``/``metadata`` columns."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)
