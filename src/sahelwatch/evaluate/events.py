"""Score extracted events against hand-coded gold events (any language).

The gold is a CSV with one row per real-world incident (``gold_event_id, article_ids,
event_type, sub_event_type, country, admin1, location, latitude, longitude, date_start,
date_end, fatalities_low, fatalities_high, actor1, actor2, notes``); ``article_ids`` lists
(';'-joined) every article that reports the incident. A row whose notes start with
``background`` is an incident mentioned in passing: finding it counts for precision, missing
it does not lower the (core) recall. Empty cells mean "not known" and are not scored.

Matching rule: an extracted event may match a gold event when it cites one of the gold
event's articles, its event type is compatible (same ACLED family: violence, demonstrations,
strategic developments), its country is the gold country, its date lies within the gold
[date_start, date_end] widened by ``days`` (either date missing: not judged) and its place is
within ``km`` of the gold coordinates (when both have point coordinates, i.e. the event's place is
town-level, geo_precision 1-2; else the same admin1).
Each gold event gets at most one extracted event (a maximum matching, best pairs first);
further extracted events that match a gold event are duplicates; extracted events from the
scored articles that match no gold event are false positives.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sahelwatch.geo.distance import haversine_km
from sahelwatch.models import Actor, Event, Place

_FAMILIES = {
    "Battles": "violence",
    "Explosions/Remote violence": "violence",
    "Violence against civilians": "violence",
    "Protests": "demonstrations",
    "Riots": "demonstrations",
    "Strategic developments": "strategic",
}
_REGIME_PERIOD = re.compile(r"\s*\(\d{4}-(\d{4})?\)\s*$")
_ADMIN_WORDS = re.compile(r"\b(region|region de|province|state|governorate|prefecture|cercle|county|district|"
                          r"department|departement|wilaya|oblast|municipality|territory)\b")
ADMIN1_SIMILARITY = 88  # rapidfuzz ratio at which two normalised admin1 names are the same ("Dar'a"/"Daraa")


@dataclass
class MatchRule:
    """Tolerances of the matching rule."""

    days: int = 2
    km: float = 50.0


@dataclass
class GoldEvent:
    """One hand-coded incident."""

    id: str
    article_ids: list[str]
    event_type: str
    sub_event_type: str = ""
    country: str = ""
    admin1: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    date_start: str = ""
    date_end: str = ""
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    actor1: str = ""
    actor2: str = ""
    notes: str = ""

    @property
    def optional(self) -> bool:
        """True for an incident only mentioned as background."""
        return self.notes.strip().lower().startswith("background")


@dataclass
class EventScores:
    """The figures of one evaluation."""

    gold_events: int = 0
    core_gold_events: int = 0
    extracted_events: int = 0
    matched_core: int = 0
    matched_all: int = 0
    true_positives: int = 0
    false_positives: int = 0
    duplicates: int = 0
    recall: float = 0.0
    recall_all: float = 0.0
    precision: float = 0.0
    type_exact: float = 0.0
    toll_in_range: float = 0.0
    toll_judged: int = 0
    date_exact: float = 0.0
    date_judged: int = 0
    dated_without_gold_date: int = 0  # matched events dated although the gold (the text) gives no date
    actor_match: float = 0.0
    actor_judged: int = 0
    miss_reasons: dict[str, int] = field(default_factory=dict)
    gold: list[dict[str, Any]] = field(default_factory=list)
    unmatched_events: list[dict[str, Any]] = field(default_factory=list)


# --- gold ------------------------------------------------------------------------------------


def _optional_float(value: str | None) -> float | None:
    return float(value) if value and value.strip() else None


def _optional_int(value: str | None) -> int | None:
    return int(value) if value and value.strip() else None


def gold_from_row(row: dict[str, str]) -> GoldEvent:
    """A gold event from one CSV row (missing columns are empty)."""
    text = {k: (v or "").strip() for k, v in row.items() if k}
    return GoldEvent(
        id=text["gold_event_id"],
        article_ids=[a.strip() for a in text["article_ids"].split(";") if a.strip()],
        event_type=text["event_type"],
        sub_event_type=text.get("sub_event_type", ""),
        country=text.get("country", "").upper(),
        admin1=text.get("admin1", ""),
        location=text.get("location", ""),
        latitude=_optional_float(text.get("latitude")),
        longitude=_optional_float(text.get("longitude")),
        date_start=text.get("date_start", ""),
        date_end=text.get("date_end", "") or text.get("date_start", ""),
        fatalities_low=_optional_int(text.get("fatalities_low")),
        fatalities_high=_optional_int(text.get("fatalities_high")),
        actor1=text.get("actor1", ""),
        actor2=text.get("actor2", ""),
        notes=text.get("notes", ""),
    )


def load_gold(path: str | Path) -> list[GoldEvent]:
    """Read the gold CSV."""
    with open(path, newline="", encoding="utf-8") as handle:
        return [gold_from_row(row) for row in csv.DictReader(handle)]


def article_ids_of(path: str | Path) -> list[str]:
    """The ``id`` of every JSON line of an articles file (lines without an id are skipped)."""
    ids = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                if isinstance(record, dict) and record.get("id"):
                    ids.append(str(record["id"]))
    return ids


# --- the matching rule ------------------------------------------------------------------------


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def normalise_admin1(name: str | None) -> str:
    """'Tillabéri Region' and 'tillaberi' compare equal."""
    words = _ADMIN_WORDS.sub(" ", _fold(name or ""))
    return re.sub(r"[^a-z0-9]+", "", words)


def same_admin1(a: str | None, b: str | None) -> bool:
    """Equal after normalisation, or spelled nearly alike (transliterations)."""
    from rapidfuzz import fuzz

    left, right = normalise_admin1(a), normalise_admin1(b)
    return bool(left and right) and (left == right or fuzz.ratio(left, right) >= ADMIN1_SIMILARITY)


def normalise_actor(name: str | None) -> str:
    """An actor name without its regime period: 'Military Forces of Niger (2023-)' -> '...niger'."""
    return " ".join(_fold(_REGIME_PERIOD.sub("", name or "")).split())


def types_compatible(gold_type: str, event_type: str) -> bool:
    """Same event type, or two types of the same ACLED family (e.g. Battles and VAC)."""
    if gold_type == event_type:
        return True
    family = _FAMILIES.get(gold_type)
    return family is not None and family == _FAMILIES.get(event_type)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def date_within(gold: GoldEvent, event: Event, days: int) -> bool | None:
    """Whether the event date lies in the widened gold range (None when either is unknown)."""
    start, end, got = _day(gold.date_start), _day(gold.date_end), _day(event.date.event_date)
    if start is None or got is None:
        return None
    slack = timedelta(days=days)
    return start - slack <= got <= (end or start) + slack


def _has_point(place: Place | None) -> bool:
    """True for a town-level place (ACLED geo_precision 1-2); a province's centroid is no point."""
    return (place is not None and place.latitude is not None and place.longitude is not None
            and place.geo_precision <= 2)


def place_within(gold: GoldEvent, event: Event, km: float) -> bool | None:
    """Within ``km`` when both have point coordinates, else same admin1 (None when the gold has neither)."""
    place = event.place
    has_gold_point = gold.latitude is not None and gold.longitude is not None
    if has_gold_point and place is not None and _has_point(place):
        return haversine_km(gold.latitude, gold.longitude, place.latitude, place.longitude) <= km
    if gold.admin1:
        return place is not None and same_admin1(place.admin1, gold.admin1)
    return None if not has_gold_point else False


def mismatches(gold: GoldEvent, event: Event, rule: MatchRule) -> list[str]:
    """The criteria an extracted event fails for a gold event (empty: they match)."""
    failed = []
    if not types_compatible(gold.event_type, event.event_type):
        failed.append("type")
    country = event.place.country if event.place else None
    if gold.country and country != gold.country:
        failed.append("country")
    if date_within(gold, event, rule.days) is False:
        failed.append("date")
    if place_within(gold, event, rule.km) is False:
        failed.append("place")
    return failed


def cites_any(event: Event, article_ids: set[str]) -> bool:
    """True when one of the event's sources is among ``article_ids``."""
    return any(s.article_id in article_ids for s in event.sources)


# --- per-field quality of a matched pair --------------------------------------------------------


def toll_in_range(gold: GoldEvent, event: Event) -> bool | None:
    """Whether the event's best death count lies in the gold [low, high] (None: gold unknown)."""
    if gold.fatalities_low is None:
        return None
    high = gold.fatalities_high if gold.fatalities_high is not None else gold.fatalities_low
    return gold.fatalities_low <= event.fatalities.best <= high


def date_exact(gold: GoldEvent, event: Event) -> bool | None:
    """Whether the event date is the gold start date (None: gold date unknown)."""
    if not gold.date_start:
        return None
    return event.date.event_date == gold.date_start


def _actor_names(actors: list[Actor | None]) -> set[str]:
    names = set()
    for actor in actors:
        if actor is not None:
            names.add(normalise_actor(actor.name))
            names.add(normalise_actor(actor.name.split(":")[0]))
    return names


def actors_match(gold: GoldEvent, event: Event) -> bool | None:
    """Whether every gold actor is among the event's actors (None: no gold actor)."""
    wanted = [normalise_actor(a) for a in (gold.actor1, gold.actor2) if a]
    if not wanted:
        return None
    found = _actor_names([event.actor1, event.actor2, *event.assoc_actor_1, *event.assoc_actor_2])
    return all(w in found or normalise_actor(w.split(":")[0]) in found for w in wanted)


def pair_score(gold: GoldEvent, event: Event) -> float:
    """How well a compatible pair agrees (higher is better), to choose among candidates: a core gold
    event first, then the facts that identify an incident (toll, day) over the coding choices."""
    weighted = [
        (10.0, not gold.optional),
        (2.0, bool(toll_in_range(gold, event))),
        (2.0, bool(date_exact(gold, event))),
        (1.0, bool(actors_match(gold, event))),
        (1.0, gold.event_type == event.event_type),
        (0.5, gold.sub_event_type == event.sub_event_type),
    ]
    return sum(weight for weight, hit in weighted if hit)


# --- scoring ------------------------------------------------------------------------------------


def compatible_pairs(
    gold: list[GoldEvent], events: list[Event], rule: MatchRule
) -> dict[tuple[int, int], float]:
    """(gold index, event index) -> pair score, for every pair the matching rule allows."""
    pairs = {}
    for gi, g in enumerate(gold):
        wanted = set(g.article_ids)
        for ei, e in enumerate(events):
            if cites_any(e, wanted) and not mismatches(g, e, rule):
                pairs[(gi, ei)] = pair_score(g, e)
    return pairs


def best_assignment(pairs: dict[tuple[int, int], float], n_gold: int, n_events: int) -> dict[int, int]:
    """Gold index -> event index: a maximum one-to-one matching, preferring better-agreeing pairs."""
    if not pairs:
        return {}
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    forbidden = 1e6
    cost = np.full((n_gold, n_events), forbidden)
    for (gi, ei), score in pairs.items():
        cost[gi, ei] = -(1000.0 + score)  # every pair beats none; among pairs, the better one
    rows, cols = linear_sum_assignment(cost)
    return {int(g): int(e) for g, e in zip(rows, cols, strict=True) if cost[g, e] < forbidden}


def _share(values: list[bool | None]) -> tuple[float, int]:
    judged = [v for v in values if v is not None]
    return (sum(judged) / len(judged) if judged else 0.0), len(judged)


def _event_summary(event: Event) -> dict[str, Any]:
    place = event.place
    return {
        "id": event.id,
        "articles": [s.article_id for s in event.sources],
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "date": event.date.event_date,
        "place": place.name if place else None,
        "country": place.country if place else None,
        "admin1": place.admin1 if place else None,
        "fatalities": event.fatalities.best,
        "actor1": event.actor1.name if event.actor1 else None,
        "actor2": event.actor2.name if event.actor2 else None,
    }


def _gold_detail(
    g: GoldEvent, match: Event | None, candidates: list[Event], rule: MatchRule
) -> dict[str, Any]:
    detail: dict[str, Any] = {"id": g.id, "optional": g.optional, "matched": match is not None}
    if match is not None:
        detail["event"] = _event_summary(match)
        detail["toll_in_range"] = toll_in_range(g, match)
        detail["date_exact"] = date_exact(g, match)
        detail["actors_match"] = actors_match(g, match)
        detail["type_exact"] = g.event_type == match.event_type
    else:
        detail["candidates"] = [
            {**_event_summary(e), "fails": mismatches(g, e, rule)} for e in candidates
        ]
    return detail


def score_events(
    gold: list[GoldEvent], events: list[Event], article_ids: list[str] | None = None,
    rule: MatchRule | None = None,
) -> EventScores:
    """Match ``events`` (those citing ``article_ids``; default: the gold's articles) to ``gold``."""
    rule = rule or MatchRule()
    scope = set(article_ids or []) | {a for g in gold for a in g.article_ids}
    events = [e for e in events if cites_any(e, scope)]
    pairs = compatible_pairs(gold, events, rule)
    assigned = best_assignment(pairs, len(gold), len(events))
    matching_events = {ei for _, ei in pairs}
    scores = EventScores(gold_events=len(gold), core_gold_events=sum(not g.optional for g in gold))
    scores.extracted_events = len(events)
    scores.matched_all = len(assigned)
    scores.matched_core = sum(1 for gi in assigned if not gold[gi].optional)
    scores.true_positives = len(matching_events)
    scores.duplicates = len(matching_events) - len(set(assigned.values()))
    scores.false_positives = len(events) - len(matching_events)
    scores.recall = scores.matched_core / scores.core_gold_events if scores.core_gold_events else 0.0
    scores.recall_all = scores.matched_all / len(gold) if gold else 0.0
    scores.precision = scores.true_positives / len(events) if events else 0.0
    matched = [(gold[gi], events[ei]) for gi, ei in assigned.items()]
    scores.type_exact, _ = _share([g.event_type == e.event_type for g, e in matched])
    scores.toll_in_range, scores.toll_judged = _share([toll_in_range(g, e) for g, e in matched])
    scores.date_exact, scores.date_judged = _share([date_exact(g, e) for g, e in matched])
    scores.dated_without_gold_date = sum(1 for g, e in matched if not g.date_start and e.date.event_date)
    scores.actor_match, scores.actor_judged = _share([actors_match(g, e) for g, e in matched])
    for gi, g in enumerate(gold):
        candidates = [e for e in events if cites_any(e, set(g.article_ids))]
        match = events[assigned[gi]] if gi in assigned else None
        scores.gold.append(_gold_detail(g, match, candidates, rule))
    scores.unmatched_events = [_event_summary(e) for ei, e in enumerate(events) if ei not in matching_events]
    scores.miss_reasons = miss_reasons(scores.gold)
    return scores


def miss_reasons(details: list[dict[str, Any]]) -> dict[str, int]:
    """Why core gold events were missed: no event cites their articles, or the criteria failed by their
    closest candidate (the one failing fewest), counted per criterion."""
    reasons: dict[str, int] = {}
    for detail in details:
        if detail["matched"] or detail["optional"]:
            continue
        candidates = detail["candidates"]
        failed = min((c["fails"] for c in candidates), key=len) if candidates else ["no event"]
        if candidates and not failed:
            failed = ["taken by another gold event"]
        for reason in failed:
            reasons[reason] = reasons.get(reason, 0) + 1
    return dict(sorted(reasons.items(), key=lambda kv: -kv[1]))


def evaluate_files(
    store: Any, gold_path: str | Path, articles_path: str | Path, rule: MatchRule | None = None
) -> dict[str, Any]:
    """Ingest the articles into ``store``, extract and merge, then score the stored events."""
    from sahelwatch.extract.run import extract_store
    from sahelwatch.ingest.pipeline import ingest_paths

    ingest_paths([str(articles_path)], store)
    summary = extract_store(store, article_ids=article_ids_of(articles_path))  # again if extracted before
    gold = load_gold(gold_path)
    scores = score_events(gold, store.query_events(), article_ids_of(articles_path), rule)
    result = asdict(scores)
    result.update(gold_file=str(gold_path), articles_file=str(articles_path),
                  extraction_failed=summary.failed, rule=asdict(rule or MatchRule()))
    return result


def format_table(result: dict[str, Any]) -> str:
    """The headline figures as a plain-text table."""
    rows = [
        ("event recall (core gold)", f"{result['recall']:.3f}",
         f"{result['matched_core']}/{result['core_gold_events']}"),
        ("event recall (incl. background)", f"{result['recall_all']:.3f}",
         f"{result['matched_all']}/{result['gold_events']}"),
        ("precision", f"{result['precision']:.3f}",
         f"{result['true_positives']}/{result['extracted_events']} ({result['false_positives']} FP)"),
        ("duplicate events", str(result["duplicates"]), "extra events matching an already matched gold"),
        ("event type exact", f"{result['type_exact']:.3f}", f"of {result['matched_all']} matched"),
        ("toll within gold range", f"{result['toll_in_range']:.3f}", f"of {result['toll_judged']} judged"),
        ("date exact", f"{result['date_exact']:.3f}", f"of {result['date_judged']} judged; "
         f"{result.get('dated_without_gold_date', 0)} dated where the gold has no date"),
        ("actors match", f"{result['actor_match']:.3f}", f"of {result['actor_judged']} judged"),
    ]
    width = max(len(r[0]) for r in rows)
    lines = [f"{'measure'.ljust(width)}  {'value':>7}  detail"]
    lines += [f"{name.ljust(width)}  {value:>7}  {detail}" for name, value, detail in rows]
    missed = [g["id"] for g in result["gold"] if not g["matched"] and not g["optional"]]
    if missed:
        lines.append(f"missed core gold events: {', '.join(missed)}")
        why = ", ".join(f"{reason} {n}" for reason, n in result.get("miss_reasons", {}).items())
        lines.append(f"closest candidate fails on: {why}")
    return "\n".join(lines)
