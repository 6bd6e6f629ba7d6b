"""Geoparsing evaluation: resolution with gold spans (acc@161, errors, AUC) and toponym detection."""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass

from sahelwatch.geo.corpora import GoldDoc, read_corpus
from sahelwatch.geo.distance import haversine_km
from sahelwatch.geo.gazetteer import Gazetteer, get_gazetteer
from sahelwatch.geo.resolve import resolve_entries
from sahelwatch.geo.toponyms import Toponym, annotate_cues, find_toponyms

MAX_ERROR_KM = 20039.0  # half the Earth's circumference: error of an unresolved toponym


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
    """Resolve every gold toponym with gold coordinates and score the errors.

    ``fmt="ucdp-aec"`` scores place precision on UCDP-AEC articles instead (:func:`evaluate_ucdp_aec`).
    """
    if fmt == "ucdp-aec":
        return evaluate_ucdp_aec(path, limit, gazetteer)
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
    """Precision/recall of toponym detection against gold spans (exact and overlapping matches): of
    :func:`find_toponyms` alone, and of the places :func:`resolve_toponyms` keeps from them (what the
    extraction pipeline sees: unsupported weak toponyms are dropped there)."""
    from sahelwatch.geo.resolve import resolve_toponyms

    gaz = gazetteer or get_gazetteer()
    tp_exact = tp_overlap = n_pred = n_gold = tp_resolved = n_resolved = 0
    for i, doc in enumerate(read_corpus(path, fmt)):
        if limit is not None and i >= limit:
            break
        toponyms = find_toponyms(doc.text, gazetteer=gaz)
        predicted = [(t.start, t.end) for t in toponyms]
        resolved = [(p.start, p.end) for p in resolve_toponyms(doc.text, toponyms, gazetteer=gaz)]
        gold = [(t.start, t.end) for t in doc.toponyms]
        n_pred += len(predicted)
        n_resolved += len(resolved)
        n_gold += len(gold)
        gold_set = set(gold)
        tp_exact += sum(p in gold_set for p in predicted)
        tp_resolved += sum(p in gold_set for p in resolved)
        tp_overlap += sum(any(p[0] < g[1] and g[0] < p[1] for g in gold) for p in predicted)
    return {
        "gold": n_gold,
        "predicted": n_pred,
        "precision": tp_exact / n_pred if n_pred else 0.0,
        "recall": tp_exact / n_gold if n_gold else 0.0,
        "precision_overlap": tp_overlap / n_pred if n_pred else 0.0,
        "resolved": n_resolved,
        "resolved_precision": tp_resolved / n_resolved if n_resolved else 0.0,
        "resolved_recall": tp_resolved / n_gold if n_gold else 0.0,
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


def _adm1_key(name: str | None) -> str:
    """'Deir ez-Zor Governorate' and 'Deir ez Zor governorate' -> 'deir ez zor' (type word dropped)."""
    import re

    from sahelwatch.geo.normalize import norm

    key = norm(name or "")
    return re.sub(
        r"\s+(?:governorate|province|state|region|district|department|departement|oblast|county|division"
        r"|territory|prefecture|municipality|city)$",
        "",
        key,
    )


def geoparse_ucdp_aec_article(
    text: str, lang: str = "en", gazetteer: Gazetteer | None = None, doc: object = None
) -> list:
    """The places the extraction pipeline would see for one article (same calls as ``read_article``)."""
    from sahelwatch.geo.resolve import resolve_toponyms

    gaz = gazetteer or get_gazetteer()
    return resolve_toponyms(text, find_toponyms(text, lang=lang, gazetteer=gaz, doc=doc), gazetteer=gaz)


def evaluate_ucdp_aec(
    path: str, limit: int | None = None, gazetteer: Gazetteer | None = None, errors_out: list | None = None
) -> dict:
    """Place precision on UCDP-AEC articles (JSONL with ``source_article`` and gold locations).

    Per article: the share of resolved places in the gold country (also among places below country
    level, since naming another country is often right); whether the dominant country
    (most places, earlier ones weighing more, as the pipeline computes it) is the gold one; whether
    the gold first-order unit is among the places' units (UCDP names). ``errors_out`` collects
    (article id, surface, resolved name, country) of every place outside the gold country.
    """
    import json

    from sahelwatch.geo.countries import country_of, ucdp_adm1_name

    gaz = gazetteer or get_gazetteer()
    articles = places_total = places_in_country = empty = dominant_right = local_total = local_in = 0
    adm1_counted = adm1_found = 0
    shares: list[float] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            if limit is not None and articles >= limit:
                break
            row = json.loads(line)
            gold_country = country_of(row.get("location_root_name") or "")
            if gold_country is None:
                continue
            iso = gold_country[0]
            articles += 1
            places = geoparse_ucdp_aec_article(row["source_article"], "en", gaz)
            if not places:
                empty += 1
                shares.append(0.0)
            else:
                inside = sum(p.country == iso for p in places)
                places_total += len(places)
                places_in_country += inside
                local = [p for p in places if p.where_prec != 6]  # below country level
                local_total += len(local)
                local_in += sum(p.country == iso for p in local)
                shares.append(inside / len(places))
                if errors_out is not None:
                    errors_out.extend(
                        (row["id"], p.surface, p.name, p.country) for p in places if p.country != iso
                    )
            scores: dict[str, float] = {}
            for rank, place in enumerate(places):
                if place.country:
                    scores[place.country] = scores.get(place.country, 0.0) + 1.0 / (1 + 0.1 * rank)
            dominant_right += bool(scores) and max(scores, key=scores.__getitem__) == iso
            gold_adm1 = _adm1_key(row.get("location_adm1_name"))
            if gold_adm1:
                adm1_counted += 1
                found = {_adm1_key(ucdp_adm1_name(p, gaz)) for p in places if p.admin1}
                found |= {_adm1_key(p.admin1) for p in places if p.admin1}
                adm1_found += gold_adm1 in found
    return {
        "articles": articles,
        "places": places_total,
        "articles_without_place": empty,
        "place_country_precision": places_in_country / places_total if places_total else 0.0,
        "mean_article_country_share": statistics.fmean(shares) if shares else 0.0,
        "subnational_places": local_total,
        "subnational_country_precision": local_in / local_total if local_total else 0.0,
        "dominant_country_accuracy": dominant_right / articles if articles else 0.0,
        "gold_adm1_among_places": adm1_found / adm1_counted if adm1_counted else 0.0,
    }
