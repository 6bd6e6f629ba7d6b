"""Geoparsing evaluation: resolution with gold spans (acc@161, errors, AUC) and toponym detection."""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass

from sahelwatch.geo.corpora import GoldDoc, read_corpus
from sahelwatch.geo.gazetteer import Gazetteer, get_gazetteer
from sahelwatch.geo.resolve import resolve_entries
from sahelwatch.geo.toponyms import Toponym, annotate_cues, find_toponyms

MAX_ERROR_KM = 20039.0  # half the Earth's circumference: error of an unresolved toponym


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def predict_gold_spans(docs: Iterable[GoldDoc], gazetteer: Gazetteer | None = None) -> Iterator[dict]:
    """One prediction record per gold toponym (gold spans given)."""
    gaz = gazetteer or get_gazetteer()
    for doc in docs:
        toponyms = [annotate_cues(doc.text, Toponym(t.start, t.end, t.text, "gold")) for t in doc.toponyms]
        entries = resolve_entries(doc.text, toponyms, gazetteer=gaz, fallback=True)
        for gold, entry in zip(doc.toponyms, entries, strict=True):
            yield {
                "doc_id": doc.doc_id,
                "start": gold.start,
                "end": gold.end,
                "text": gold.text,
                "lat": entry.lat if entry else None,
                "lon": entry.lon if entry else None,
                "geonameid": entry.geonameid if entry else None,
            }


@dataclass
class ResolutionScore:
    """CamCoder-style resolution figures."""

    toponyms: int
    accuracy_161: float
    mean_error_km: float
    median_error_km: float
    auc: float
    unresolved: int


def score_errors(errors: list[float], unresolved: int) -> ResolutionScore:
    """Figures from per-toponym errors in km (unresolved ones already at MAX_ERROR_KM)."""
    if not errors:
        return ResolutionScore(0, 0.0, 0.0, 0.0, 0.0, 0)
    auc = statistics.fmean(math.log(1 + e) / math.log(1 + MAX_ERROR_KM) for e in errors)
    return ResolutionScore(
        toponyms=len(errors),
        accuracy_161=sum(e <= 161 for e in errors) / len(errors),
        mean_error_km=statistics.fmean(errors),
        median_error_km=statistics.median(errors),
        auc=auc,
        unresolved=unresolved,
    )


def evaluate_resolution(
    path: str, fmt: str, limit: int | None = None, gazetteer: Gazetteer | None = None
) -> dict:
    """Resolve every gold toponym with gold coordinates and score the errors."""
    docs = [d for i, d in enumerate(read_corpus(path, fmt)) if limit is None or i < limit]
    gold = {(d.doc_id, t.start, t.end): t for d in docs for t in d.toponyms}
    errors: list[float] = []
    unresolved = 0
    for pred in predict_gold_spans(docs, gazetteer):
        g = gold[(pred["doc_id"], pred["start"], pred["end"])]
        if g.lat is None or g.lon is None:
            continue
        if pred["lat"] is None:
            unresolved += 1
            errors.append(MAX_ERROR_KM)
        else:
            errors.append(haversine_km(g.lat, g.lon, pred["lat"], pred["lon"]))
    return asdict(score_errors(errors, unresolved))


def evaluate_detection(
    path: str, fmt: str, limit: int | None = None, gazetteer: Gazetteer | None = None
) -> dict:
    """Precision/recall/F1 of toponym detection against gold spans (exact and overlapping matches)."""
    tp_exact = tp_overlap = n_pred = n_gold = 0
    for i, doc in enumerate(read_corpus(path, fmt)):
        if limit is not None and i >= limit:
            break
        predicted = [(t.start, t.end) for t in find_toponyms(doc.text, gazetteer=gazetteer)]
        gold = [(t.start, t.end) for t in doc.toponyms]
        n_pred += len(predicted)
        n_gold += len(gold)
        gold_set = set(gold)
        tp_exact += sum(p in gold_set for p in predicted)
        tp_overlap += sum(any(p[0] < g[1] and g[0] < p[1] for g in gold) for p in predicted)
    return {
        "gold": n_gold,
        "predicted": n_pred,
        "precision": tp_exact / n_pred if n_pred else 0.0,
        "recall": tp_exact / n_gold if n_gold else 0.0,
        "precision_overlap": tp_overlap / n_pred if n_pred else 0.0,
    }


def evaluate_event_location(path: str, limit: int | None = None, gazetteer: Gazetteer | None = None) -> dict:
    """Accuracy of :func:`event_location` on Halterman's labelled sentences (zip or jsonl).

    Candidates are the toponyms :func:`find_toponyms` detects; a sentence counts when its gold
    location is among them, and the rule is right when it picks the gold span.
    """
    import json
    import zipfile

    from sahelwatch.geo.location import event_location
    from sahelwatch.models import Place

    if path.endswith(".zip"):
        with zipfile.ZipFile(path) as zf:
            raw = zf.read(next(n for n in zf.namelist() if n.endswith(".jsonl") and "MACOSX" not in n))
    else:
        with open(path, "rb") as fh:
            raw = fh.read()
    rows = (
        json.loads(raw) if raw.lstrip().startswith(b"[") else [json.loads(x) for x in raw.splitlines() if x]
    )
    right = counted = 0
    for row in rows[:limit]:
        spans = row.get("spans") or []
        verb = next((s for s in spans if s["label"] == "VERB"), None)
        gold = next((s for s in spans if s["label"] == "LOCATION"), None)
        if verb is None or gold is None:
            continue
        text = row["text"]
        places = [
            Place(t.text, surface=t.text, start=t.start, end=t.end)
            for t in find_toponyms(text, gazetteer=gazetteer)
        ]
        if not any(p.start < gold["end"] and gold["start"] < p.end for p in places):
            continue
        counted += 1
        chosen = event_location(text, verb["start"], verb["end"], places)
        right += bool(chosen and chosen.start < gold["end"] and gold["start"] < chosen.end)
    return {"sentences": counted, "accuracy": right / counted if counted else 0.0}


def figures_table(figures: dict):
    """A two-column rich table of evaluation figures."""
    from rich.table import Table

    table = Table("measure", "value")
    for key, value in figures.items():
        table.add_row(key, f"{value:.4f}" if isinstance(value, float) else str(value))
    return table
