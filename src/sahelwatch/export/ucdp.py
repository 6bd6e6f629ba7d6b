"""Code an event as a UCDP GED dyad: side_a, side_b and type_of_violence.

UCDP differs from ACLED in ways that matter for the export:

* side_a of a state-based conflict is always the government ("Government of X");
* civilians killed by fighting between a government and rebels (shelling, air strikes,
  crossfire) belong to that state-based dyad, counted as ``deaths_civilians``; only
  deliberate attacks on civilians are one-sided violence (type 3);
* every side is a named organisation. When the report names no perpetrator, we fall
  back to the country's most frequently coded UCDP opponent of the government, or
  perpetrator of one-sided violence, learnt from UCDP's own labels (``data/ucdp_priors.json``,
  built by ``python -m sahelwatch.export.ucdp LABELS.jsonl...``).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from functools import cache
from importlib import resources
from pathlib import Path

from rapidfuzz import fuzz, process

from sahelwatch.extract.taxonomy import is_violent
from sahelwatch.geo.normalize import norm
from sahelwatch.models import Actor, Event

STATE_BASED, NON_STATE, ONE_SIDED = 1, 2, 3
PRIORS_FILE = "ucdp_priors.json"
PRIOR_SINCE_YEAR = 2012  # recent labels only: conflicts change
ADVERSARY_SHARE = 0.6  # a group's usual adversary replaces "Civilians" only when it dominates


@cache
def priors() -> dict[str, dict[str, str]]:
    """{"opponent": {country: side}, "perpetrator": {country: side}} keyed by UCDP country name."""
    text = resources.files("sahelwatch.data").joinpath(PRIORS_FILE).read_text("utf-8")
    return json.loads(text)


def _is_government(actor: Actor | None) -> bool:
    return bool(actor and (actor.ucdp_name or "").startswith("Government of"))


def _is_civilians(actor: Actor | None) -> bool:
    return bool(
        actor and (actor.inter == 7 or actor.ucdp_name == "Civilians" or actor.name.startswith("Civilians"))
    )


RARELY_ONE_SIDED = 0.2  # below this share of one-sided events, a group's killings are its conflict's


def _rarely_one_sided(country: str | None, group: str) -> bool:
    """True when UCDP coded few of the group's events in this country as one-sided violence (the
    victims of a cartel's killings are mostly taken to be rival members)."""
    share = priors().get("one_sided_share", {}).get(f"{country}|{group}")
    return share is not None and share < RARELY_ONE_SIDED


LOCAL_SHARE = 0.5  # a region's (or a group's in a region) usual dyad must cover half its events


_UNIT_WORDS = re.compile(r"\b(?:governorate|province|region|state|department|district|division|county)\b")


def region_key(country: str | None, adm1: str | None) -> str | None:
    """'Syria|deirezzor': the country and its first-order unit, folded (accents, admin words)."""
    if not country or not adm1:
        return None
    text = _UNIT_WORDS.sub("", norm(adm1))
    folded = re.sub(r"[^a-z]", "", text)
    return f"{country}|{folded}" if folded else None


@cache
def _regions(country: str) -> tuple[str, ...]:
    prefix = f"{country}|"
    return tuple(sorted({k.split("|")[1] for k in priors().get("local_dyad", {}) if k.startswith(prefix)}))


def local_dyad(country: str | None, adm1: str | None, group: str | None = None) -> tuple[str, str] | None:
    """UCDP's usual dyad in this region (for this group when given), spelling variants allowed
    ("Dair ez Zor" = "Deir ez-Zor")."""
    key = region_key(country, adm1)
    if key is None or country is None:
        return None
    region = key.split("|")[1]
    match = process.extractOne(region, _regions(country), scorer=fuzz.ratio, score_cutoff=75)
    if match is None:
        return None
    found = priors().get("local_dyad", {}).get("|".join(filter(None, (country, match[0], group))))
    return (found[0], found[1]) if found else None


def _group_dyad(country: str | None, adm1: str | None, group: str | None) -> tuple[str, str] | None:
    """The group's usual UCDP dyad in the region, else in the country."""
    found = local_dyad(country, adm1, group) or priors().get("dyad", {}).get(f"{country}|{group}")
    return (found[0], found[1]) if found else None


def _violence(dyad: tuple[str, str]) -> int:
    if dyad[1] == "Civilians":
        return ONE_SIDED
    return STATE_BASED if dyad[0].startswith("Government of") else NON_STATE


def _name(actor: Actor | None) -> str | None:
    return actor.ucdp_name if actor and actor.ucdp_name else None


def ucdp_dyad(event: Event, country: str | None, adm1: str | None = None) -> tuple[str, str, int | None]:
    """(side_a, side_b, type_of_violence) for an event in ``country`` (UCDP's country name) and its
    first-order unit ``adm1``: an unnamed side is guessed from UCDP's usual dyad in that region (for
    that group), then in the country.

    Non-violent events (protests, strategic developments) get type None: UCDP does not code them.
    """
    if not is_violent(event.event_type):
        return _name(event.actor1) or "", _name(event.actor2) or "", None
    a1, a2 = event.actor1, event.actor2
    opponent = priors()["opponent"].get(country or "")
    perpetrator = priors()["perpetrator"].get(country or "")
    gov = next((a for a in (a1, a2) if _is_government(a)), None)
    other = a2 if gov is a1 else a1
    if gov is not None and not gov.surface and other is not None and _name(other):
        # the government was assumed, not named: the named group's usual dyad is the better guess
        dyad = _group_dyad(country, adm1, _name(other))
        if dyad and not _is_civilians(other):
            return dyad[0], dyad[1], _violence(dyad)
    if gov is not None:
        if _is_civilians(other) and event.event_type == "Violence against civilians":
            return gov.ucdp_name or "", "Civilians", ONE_SIDED
        other_name = None if _is_civilians(other) else _name(other)
        return gov.ucdp_name or "", other_name or opponent or "", STATE_BASED
    civilians = next((a for a in (a1, a2) if _is_civilians(a)), None)
    armed = [a for a in (a1, a2) if a is not None and a is not civilians]
    if civilians is not None or not armed:
        named = _name(armed[0]) if armed else None
        usual = local_dyad(country, adm1) if not named else None
        if usual and not (usual[1] == "Civilians" and event.event_type != "Violence against civilians"):
            return usual[0], usual[1], _violence(usual)
        if not named and event.event_type == "Explosions/Remote violence" and opponent and country:
            # bombs and old mines of unknown origin in a civil war belong to its state-based dyad
            return f"Government of {country}", opponent, STATE_BASED
        attacker = named or perpetrator or opponent or ""
        adversary = priors().get("adversary", {}).get(f"{country}|{attacker}") if named else None
        rarely = _rarely_one_sided(country, attacker)
        if rarely:
            adversary = priors().get("usual_adversary", {}).get(f"{country}|{attacker}") or adversary
        deliberate = event.event_type == "Violence against civilians" and not rarely
        if adversary and not deliberate:
            # UCDP codes such killings within the group's conflict (cartel against cartel)
            if adversary.startswith("Government of"):
                return adversary, attacker, STATE_BASED
            return attacker, adversary, NON_STATE
        return attacker, "Civilians", ONE_SIDED
    named = [_name(a) for a in armed]
    if len(armed) == 2 and all(named) and named[0] != named[1]:
        return named[0] or "", named[1] or "", NON_STATE
    known = next((n for n in named if n), None)
    dyad = _group_dyad(country, adm1, known) if known else None
    if dyad:  # the other side is unnamed: the group's usual UCDP dyad in this country
        return dyad[0], dyad[1], _violence(dyad)
    # one armed side unnamed, no government: most likely fighting against the state
    government = f"Government of {country}" if country else ""
    return government, known or opponent or "", STATE_BASED


def build_priors(label_files: list[Path]) -> dict[str, dict[str, str]]:
    """From UCDP labels: per country, the government's most frequent opponent and the most frequent
    perpetrator of one-sided violence; per country and armed group, the group's usual adversary
    when that adversary is not civilians in at least ``ADVERSARY_SHARE`` of its events."""
    opponents: dict[str, Counter[str]] = defaultdict(Counter)
    perpetrators: dict[str, Counter[str]] = defaultdict(Counter)
    adversaries: dict[str, Counter[str]] = defaultdict(Counter)
    pairs: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    local: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for path in label_files:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if int(row["start_date"][:4]) < PRIOR_SINCE_YEAR:
                continue
            country, a, b = row["location_root_name"], row["side_a_name"], row["side_b_name"]
            if a.startswith("Government of") and b != "Civilians" and not b.startswith("Government of"):
                opponents[country][b] += 1
            elif b == "Civilians" and not a.startswith("Government of"):
                perpetrators[country][a] += 1
            if not a.startswith("Government of"):
                adversaries[f"{country}|{a}"][b] += 1
            foreign_government = a.startswith("Government of") and a != f"Government of {country}"
            region = region_key(country, row.get("location_adm1_name"))
            if region and not foreign_government:
                local[region][(a, b)] += 1
                for side in (a, b):
                    if side != "Civilians" and not side.startswith("Government of"):
                        local[f"{region}|{side}"][(a, b)] += 1
            if b != "Civilians" and not foreign_government:
                for side in (a, b):
                    if not side.startswith("Government of"):
                        pairs[f"{country}|{side}"][(a, b)] += 1
    return {
        "one_sided_share": {
            key: round(counts["Civilians"] / sum(counts.values()), 3)
            for key, counts in sorted(adversaries.items())
            if sum(counts.values()) >= 5
        },
        "usual_adversary": {
            key: side
            for key, counts in sorted(adversaries.items())
            for side, n in (counts - Counter({"Civilians": counts["Civilians"]})).most_common(1)
            if n >= 5
        },
        "opponent": {c: counts.most_common(1)[0][0] for c, counts in sorted(opponents.items())},
        "perpetrator": {c: counts.most_common(1)[0][0] for c, counts in sorted(perpetrators.items())},
        "adversary": {
            key: side
            for key, counts in sorted(adversaries.items())
            for side, n in counts.most_common(1)
            if side != "Civilians" and n >= ADVERSARY_SHARE * sum(counts.values()) and n >= 5
        },
        "local_dyad": {
            key: list(pair)
            for key, counts in sorted(local.items())
            for pair, n in counts.most_common(1)
            if n >= LOCAL_SHARE * sum(counts.values()) and n >= 3
        },
        "dyad": {
            key: list(pair)
            for key, counts in sorted(pairs.items())
            for pair, n in counts.most_common(1)
            if n >= ADVERSARY_SHARE * sum(counts.values()) and n >= 5
        },
    }


def main(argv: list[str]) -> None:
    """Rebuild ``data/ucdp_priors.json`` from UCDP-AEC label files given on the command line."""
    result = build_priors([Path(a) for a in argv])
    target = Path(__file__).resolve().parents[1] / "data" / PRIORS_FILE
    target.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{target}: {len(result['opponent'])} opponents, {len(result['perpetrator'])} perpetrators")


if __name__ == "__main__":
    main(sys.argv[1:])
