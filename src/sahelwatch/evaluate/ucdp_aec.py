"""Score extracted events against UCDP-AEC gold: one article and one gold event per row.

Each gold event is matched to the best of the events extracted from its article, as
exported in UCDP GED columns (``export --format ucdp-csv``): the candidate with the same
country, the nearest start date, then the same adm1 and shared sides wins. The gold
event counts as *found* when that candidate has the same country and a start date
within one day. Field accuracies are exact-match rates over *all* gold rows (a row
whose event was not found counts as wrong in every field); place names are compared
after normalisation (case, accents, punctuation and type words such as "governorate"
or "district" removed) and count as equal when identical, when their fuzzy ratio is at least
85, or when one (of 6 letters or more) begins the other ("Veracruz" and "Veracruz de
Ignacio de la Llave").
"""

from __future__ import annotations

import json
import math
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

DEATH_FIELDS = ("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "low", "high", "best")
NAME_FIELDS = ("side_a", "side_b", "country", "adm_1", "adm_2", "where")
DATE_FIELDS = ("start_date", "end_date")
FIELDS = NAME_FIELDS + DATE_FIELDS + DEATH_FIELDS

_TYPE_WORDS = re.compile(
    r"\b(governorate|province|region|state|district|departement|department|municipality|county|division|"
    r"zone|woreda|town|village|city|prefecture|commune|cercle|area|territory|oblast|raion|rayon|"
    r"municipio|provincia|estado|subdistrict|sub district|nahiya|tehsil|upazila|lga|local government area|"
    r"neighbourhood|neighborhood|camp|island|islands|the)\b"
)


@dataclass
class GoldEvent:
    """The UCDP gold event coded from one article."""

    article_id: str
    values: dict[str, Any]


@dataclass
class Scores:
    """Per-field hit counts and errors over the gold rows."""

    rows: int = 0
    found: int = 0
    events_extracted: int = 0
    hits: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    squared_errors: dict[str, list[float]] = field(default_factory=dict)
    best_in_range: int = 0
    misses: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        n = max(self.rows, 1)
        return {
            "rows": self.rows,
            "found": round(self.found / n, 4),
            "events_per_article": round(self.events_extracted / n, 3),
            "accuracy": {f: round(self.hits[f] / n, 4) for f in FIELDS},
            "best_within_gold_low_high": round(self.best_in_range / n, 4),
            "rmse": {f: round(math.sqrt(sum(v) / len(v)), 3) for f, v in self.squared_errors.items() if v},
        }


def gold_article_id(row: dict[str, Any]) -> str:
    """The article id used when ingesting a UCDP-AEC row (``aec-<id>``)."""
    return f"aec-{row['id']}"


def load_gold(path: str | Path) -> list[GoldEvent]:
    """Read UCDP-AEC rows into gold events keyed by article id."""
    gold = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            values = {
                "side_a": row.get("side_a_name"),
                "side_b": row.get("side_b_name"),
                "country": row.get("location_root_name"),
                "adm_1": row.get("location_adm1_name"),
                "adm_2": row.get("location_adm2_name"),
                "where": row.get("location_where_name"),
                "start_date": row.get("start_date"),
                "end_date": row.get("end_date"),
                "deaths_a": row.get("deaths_side_a", 0),
                "deaths_b": row.get("deaths_side_b", 0),
                "deaths_civilians": row.get("deaths_civilian", 0),
                "deaths_unknown": row.get("deaths_unknown", 0),
                "low": row.get("deaths_low", 0),
                "high": row.get("deaths_high", 0),
            }
            values["best"] = sum(int(values[k] or 0) for k in DEATH_FIELDS[:4])
            gold.append(GoldEvent(gold_article_id(row), values))
    return gold


def normalise_name(name: str | None) -> str:
    """Lowercase, no accents, no punctuation, no administrative type words."""
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^\w\s]", " ", text)
    text = _TYPE_WORDS.sub(" ", text)
    return re.sub(r"\s+", "", text)


def names_match(gold: str | None, predicted: str | None) -> bool:
    """Place or actor names equal after normalisation (fuzzy ratio ≥ 85); two blanks match; a gold name
    that gives alternatives ("Tadmur/Palmyra town") matches either."""
    if gold and "/" in gold:
        return any(_name_matches(alternative, predicted) for alternative in gold.split("/"))
    return _name_matches(gold, predicted)


def _name_matches(gold: str | None, predicted: str | None) -> bool:
    g, p = normalise_name(gold), normalise_name(predicted)
    if not g or not p:
        return not g and not p
    shorter, longer = sorted((g, p), key=len)
    return g == p or fuzz.ratio(g, p) >= 85 or (len(shorter) >= 6 and longer.startswith(shorter))


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _days_apart(a: Any, b: Any) -> int | None:
    da, db = _day(a), _day(b)
    return abs((da - db).days) if da and db else None


def _as_int(value: Any) -> int:
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return 0


def match_score(gold: dict[str, Any], row: dict[str, Any]) -> float:
    """How well an extracted UCDP row fits the gold event (higher is better)."""
    score = 4.0 if names_match(gold["country"], row.get("country")) else 0.0
    apart = _days_apart(gold["start_date"], row.get("date_start"))
    score += 3.0 - min(apart, 60) / 20 if apart is not None else 0.0
    score += 1.0 if gold["adm_1"] and names_match(gold["adm_1"], row.get("adm_1")) else 0.0
    sides = {normalise_name(row.get("side_a")), normalise_name(row.get("side_b"))}
    score += 0.5 * sum(normalise_name(gold[k]) in sides for k in ("side_a", "side_b"))
    score += 0.1 * min(_as_int(row.get("best")), 1) * min(_as_int(gold["best"]), 1)
    return score


def content_key(row: dict[str, Any]) -> str:
    """A row's fields without its id."""
    return json.dumps({k: v for k, v in row.items() if k != "id"}, sort_keys=True, default=str)


def in_telling_order(
    rows: list[dict[str, Any]], article_id: str, told_at: dict[tuple[str, str], int]
) -> list[dict[str, Any]]:
    """The article's rows in the order it tells their events (then by content): of rows that fit a gold
    event equally well, the article's lead is taken, whatever ids the store happened to give."""
    first = {id(row): told_at.get((row.get("id"), article_id), sys.maxsize) for row in rows}
    return sorted(rows, key=lambda row: (first[id(row)], content_key(row)))


def _date_gap(gold: dict[str, Any], row: dict[str, Any]) -> int:
    """Days between the gold and the row's start dates (a large number when either is missing)."""
    apart = _days_apart(gold["start_date"], row.get("date_start"))
    return 10_000 if apart is None else apart


def is_found(gold: dict[str, Any], row: dict[str, Any]) -> bool:
    """Same country and a start date within one day."""
    apart = _days_apart(gold["start_date"], row.get("date_start"))
    return names_match(gold["country"], row.get("country")) and apart is not None and apart <= 1


def _field_hit(name: str, gold: dict[str, Any], row: dict[str, Any]) -> bool:
    if name in DEATH_FIELDS:
        return _as_int(gold[name]) == _as_int(row.get(name))
    if name in DATE_FIELDS:
        return _days_apart(gold[name], row.get("date_start" if name == "start_date" else "date_end")) == 0
    predicted = row.get("where_description" if name == "where" else name)
    if name in ("side_a", "side_b"):
        return normalise_name(gold[name]) == normalise_name(predicted)
    return names_match(gold[name], predicted)


def score(
    gold_events: list[GoldEvent],
    rows_by_article: dict[str, list[dict[str, Any]]],
    told_at: dict[tuple[str, str], int] | None = None,
) -> Scores:
    """Match every gold event to its article's extracted rows and tally field accuracies (``told_at``:
    where each article first tells each event, ``Store.first_told``)."""
    scores = Scores()
    for gold in gold_events:
        scores.rows += 1
        candidates = rows_by_article.get(gold.article_id, [])
        scores.events_extracted += len(candidates)
        if not candidates:
            scores.misses.append(gold.article_id)
            continue
        ordered = in_telling_order(candidates, gold.article_id, told_at or {})
        best = max(ordered, key=lambda row: (match_score(gold.values, row), -_date_gap(gold.values, row)))
        if is_found(gold.values, best):
            scores.found += 1
        else:
            scores.misses.append(gold.article_id)
        _tally(scores, gold.values, best)
    return scores


def _tally(scores: Scores, gold: dict[str, Any], row: dict[str, Any]) -> None:
    for name in FIELDS:
        scores.hits[name] += _field_hit(name, gold, row)
    for name in DEATH_FIELDS:
        scores.squared_errors.setdefault(name, []).append((_as_int(gold[name]) - _as_int(row.get(name))) ** 2)
    for name, key in (("start_date", "date_start"), ("end_date", "date_end")):
        apart = _days_apart(gold[name], row.get(key))
        if apart is not None:
            scores.squared_errors.setdefault(name, []).append(float(apart**2))
    low, high = _as_int(gold["low"]), max(_as_int(gold["high"]), _as_int(gold["best"]))
    scores.best_in_range += low <= _as_int(row.get("best")) <= high


def rows_by_article(ucdp_rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Index exported UCDP rows by each article id in their ``source_article``."""
    index: dict[str, list[dict[str, Any]]] = {}
    for row in ucdp_rows:
        for article_id in str(row.get("source_article") or "").split(";"):
            if article_id:
                index.setdefault(article_id, []).append(row)
    return index


def format_table(result: dict[str, Any]) -> str:
    """A plain-text table of the scores."""
    lines = [
        f"gold events: {result['rows']}",
        f"found (same country, start date ±1 day): {result['found']:.1%}",
        f"events extracted per article: {result['events_per_article']:.2f}",
        f"best within gold [low, high]: {result['best_within_gold_low_high']:.1%}",
        "",
        f"{'field':<18}{'exact':>8}{'rmse':>10}",
    ]
    for name, accuracy in result["accuracy"].items():
        rmse = result["rmse"].get(name)
        lines.append(f"{name:<18}{accuracy:>8.1%}{'' if rmse is None else f'{rmse:>10.2f}'}")
    return "\n".join(lines)


def evaluate_file(store: Any, path: str | Path) -> dict[str, Any]:
    """Ingest a UCDP-AEC file into ``store``, extract and merge, export UCDP rows and score them. The file's
    articles are extracted again when ``store`` holds them already: the figures are the current code's."""
    from sahelwatch.export.formats import ucdp_row
    from sahelwatch.extract.run import extract_store
    from sahelwatch.ingest.pipeline import ingest_paths

    gold = load_gold(path)
    ingest_paths([str(path)], store)
    extract_store(store, article_ids=[g.article_id for g in gold])  # again if extracted before: fresh figures
    rows = [row for row in map(ucdp_row, store.query_events()) if row["type_of_violence"]]
    result = score(gold, rows_by_article(rows), store.first_told()).as_dict()
    result["file"] = str(path)
    return result
