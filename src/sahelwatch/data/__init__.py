"""Data files shipped with Sahel Watch (lexicons, dictionaries, models), and the two helpers the
commands that rebuild the learned ones share."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def label_rows(label_files: list[Path]) -> Iterator[dict[str, Any]]:
    """The rows of UCDP-AEC label files (JSON lines)."""
    for path in label_files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)


def write_json(name: str, value: Any) -> Path:
    """Write ``value`` as ``data/<name>`` in the package (for the rebuild commands)."""
    target = Path(__file__).resolve().parent / name
    target.write_text(json.dumps(value, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return target
