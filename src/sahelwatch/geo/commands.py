"""Helpers behind the geo CLI commands (kept out of cli.py)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO

from rich.table import Table

from sahelwatch.geo.gazetteer import Entry, Gazetteer


def search_table(gaz: Gazetteer, results: Iterable[tuple[Entry, float]]) -> Table:
    """A rich table of gazetteer search results."""
    table = Table(
        "score", "geonameid", "name", "type", "country", "admin1", "admin2", "lat", "lon", "population"
    )
    for entry, score in results:
        table.add_row(
            f"{score:.0f}",
            str(entry.geonameid),
            entry.name,
            entry.fcode,
            entry.country,
            gaz.admin_name(entry.admin1) or "",
            gaz.admin_name(entry.admin2) or "",
            f"{entry.lat:.4f}",
            f"{entry.lon:.4f}",
            str(entry.population),
        )
    return table


def write_gold_predictions(corpus: str, fmt: str, handle: IO[str], gaz: Gazetteer) -> int:
    """Resolve every gold toponym of a corpus and write one JSON line each; returns the count."""
    from sahelwatch.evaluate.geoparse import predict_gold_spans
    from sahelwatch.geo.corpora import read_corpus

    count = 0
    for record in predict_gold_spans(read_corpus(corpus, fmt), gaz):
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def places_jsonl(text: str, gaz: Gazetteer, lang: str, country_hint: str | None) -> list[str]:
    """Geoparse free text into JSON lines of places."""
    from dataclasses import asdict

    from sahelwatch.geo import geoparse

    return [json.dumps(asdict(p), ensure_ascii=False) for p in geoparse(text, lang, country_hint, gaz)]
