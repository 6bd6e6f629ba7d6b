"""What readers produce: raw records (one per article) and problems (rejections or repairs)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class Record:
    """One article as read from an input, before validation and cleaning.

    ``fields`` uses the article JSONL keys (id, url, title, text or html, published,
    outlet, language, plus any other key, kept as metadata).
    """

    fields: dict[str, Any]
    source_file: str
    source_line: int | None
    format: str  # jsonl | ucdp-aec | txt | html | feed


@dataclass
class Problem:
    """A bad input: ``rejected`` records are skipped, repaired ones are kept with a warning."""

    source_file: str
    source_line: int | None
    reason: str
    rejected: bool = True

    @property
    def message(self) -> str:
        """``path:line: reason`` (``path: reason`` for whole-file problems)."""
        where = self.source_file if self.source_line is None else f"{self.source_file}:{self.source_line}"
        return f"{where}: {self.reason}"
