"""How likely two mentions report the same incident: an additive log-odds-like score.

Each piece of evidence adds or subtracts a fixed weight (dates, place, type, actors,
toll, text similarity); a few facts veto a merge outright (different countries, date
windows that do not overlap, two precisely located places far apart). Two mentions are
linked when the score reaches ``LINK_THRESHOLD``.
"""

from __future__ import annotations

import math
import re

from sahelwatch.extract.taxonomy import DEADLY_UNREST, STRATEGIC_DEVELOPMENTS, UNREST, is_violent
from sahelwatch.geo.distance import haversine_km
from sahelwatch.merge.features import MergeKey, jaccard

LINK_THRESHOLD = 0.0
MAX_CONFLICT = -0.5  # a bridged merge tolerates pairs with at most this much evidence against
VETO = -math.inf
PRIOR = -2.0  # two mentions in one block are still more often different incidents
SAME_ARTICLE = -2.0  # two mentions of one article: the extractor kept them apart (was -1)
CLAIM_BONUS = 1.0  # a claim of responsibility refers to an attack reported elsewhere

_TERM_WEIGHTS = (-0.25, 0.5, 1.2, 2.0)  # by distinctive words shared by two short texts: 0, 1, 2, 3+
# two headline-only articles: a word chosen for a title (a target, a weapon, a name) is stronger evidence,
# and sharing none is no evidence against (one outlet leads with the toll, another with the attackers)
_HEADLINE_TERM_WEIGHTS = (0.0, 1.0, 1.5, 2.0)
_SIMILAR_TERMS = 3
_STATE_FORCES = re.compile(r"^(?:military|police) forces\b(?: of (?P<state>[a-z ]+?))?\s*$")
_FAR_KM = 100.0  # two town-precise places this far apart are different incidents
NEAR_KM = 60.0  # a place "near" a town lies well within this of it
# two titles with no town or district in common (place score at most this), told apart by their words, that
# count different tolls of different people's dead: two incidents of a dense feed of one country
_NO_TOWN_LINK = 0.5
_OTHER_DEAD = -1.0
COPY_JACCARD = 0.3  # evidence shingles this alike: a copy of one report
_SHORT_COPY_JACCARD = 0.6  # two short texts sharing no distinctive word: this alike to be a copy


def windows_overlap(a: MergeKey, b: MergeKey) -> bool:
    """True when the two date windows share a day (unknown windows never overlap)."""
    if a.day_lo is None or b.day_lo is None or a.day_hi is None or b.day_hi is None:
        return False
    return a.day_lo <= b.day_hi and b.day_lo <= a.day_hi


def date_score(a: MergeKey, b: MergeKey) -> float:
    """Same day reported precisely by both: strong; a day apart: weaker; further apart: evidence of
    two incidents (unless one report is a follow-up: a toll update or a claim)."""
    if a.day is None or b.day is None:
        return 0.0
    gap = abs(a.day - b.day)
    follow_up = a.is_update or b.is_update or a.is_claim or b.is_claim or a.is_aftermath or b.is_aftermath
    if a.day_precise and b.day_precise:
        # a day apart may be one night-time incident told from two sides of midnight; two days
        # apart, both told precisely, are two incidents unless one report follows the other up
        if gap == 1 and _told_a_day_apart(a, b) and not follow_up:
            return -0.5
        return {0: 1.5, 1: 0.3}.get(gap, 0.0 if follow_up else (-2.0 if gap == 2 else -3.0))
    if follow_up:
        return 0.5 if gap <= 1 else 0.0
    if gap <= 1:
        return 0.5 if gap == 0 else 0.3
    if not a.day_from_text and not b.day_from_text:
        # both dated only by publication, days apart: two incidents, unless worded alike (a copy);
        # follow-up coverage comes out over the next days, so two or three days is weaker evidence, the
        # more so between two titles (a title leaves out the day, and one outlet's title lags another's)
        if similar_wording(a, b):
            return 0.0
        return (-0.5 if _headlines(a, b) else -1.0) if gap <= 3 else -2.0
    coarse = (a.day_from_text and not a.day_precise) or (b.day_from_text and not b.day_precise)
    if coarse:  # a week or a month given in the text: the nominal day means little, the range does
        return -1.0 if _day_outside_range(a, b) or _day_outside_range(b, a) else 0.0
    return -0.5 if gap == 2 else -1.5


def _day_outside_range(a: MergeKey, b: MergeKey) -> bool:
    """True when a report's precise day lies two days or more outside the range the other report's text
    gives ("on Thursday", the 30th, against "last weekend", the 25th and 26th): two incidents."""
    if not (a.day_precise and a.day_from_text) or a.day is None or b.day_first is None or b.day_last is None:
        return False
    told_range = b.day_last > b.day_first  # a coarse day with no range of its own says nothing of its bounds
    return told_range and (a.day < b.day_first - 1 or a.day > b.day_last + 1)


def _told_a_day_apart(a: MergeKey, b: MergeKey) -> bool:
    """Two full reports that each date their incident in the text, a day apart: in daily reporting
    (round-ups of a city's incidents) as a rule two incidents. Headlines, vaguer, may still be one; a report
    told in one sentence is as precise as a long one."""
    return a.day_from_text and b.day_from_text and not (a.headline_length or b.headline_length)


def _same_town(a: MergeKey, b: MergeKey) -> float:
    """The same town named by both reports. A capital or a town named like its province ("Idlib",
    "Ma'rib") is where full reports place many incidents, so it proves less there; in a headline the
    town is the most specific thing said."""
    hub = (a.hub or b.hub) and not (a.headline_length or b.headline_length)
    return 0.5 if hub else 1.5


def _distance(a: MergeKey, b: MergeKey) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    return haversine_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]


def place_score(a: MergeKey, b: MergeKey) -> float:
    """Same place or nearby: positive; different regions or distant towns: strongly negative. A headline
    names the most specific place it knows: two headlines naming one province, or one country and
    nothing finer that agrees, agree on the place as far as they say."""
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return -4.0
    if (a.area or b.area or a.district or b.district) and a.admin2 and b.admin2 and a.admin2 != b.admin2:
        return -3.0  # a district and a place in another district
    km = _distance(a, b)
    if km is not None and km > NEAR_KM and _towns(a, b):
        return -3.0  # a town and a place "near" another town far from it
    if a.geo_precision == 1 and b.geo_precision == 1 and km is not None:
        if km > 40:
            return -3.0  # homonymous villages are told apart
        if a.place == b.place:
            return _same_town(a, b)
        return 1.0 if km < 10 else -1.0  # two named villages a few km apart
    if a.place and a.place == b.place and (a.geo_precision < 3 or b.geo_precision < 3):
        return 1.5 if a.geo_precision == b.geo_precision == 1 else 1.0
    if a.admin2 and a.admin2 == b.admin2:
        return 1.0
    if a.admin1 and a.admin1 == b.admin1:
        return 1.0 if _headlines(a, b) else 0.5
    return 0.5 if _headlines(a, b) and a.country and b.country else 0.0


def type_score(a: MergeKey, b: MergeKey) -> float:
    """Same type and sub-type: positive; violence against protest: negative; claims: neutral."""
    if a.is_claim or b.is_claim:
        return 0.0
    if a.event_type == b.event_type:
        return 1.0 if a.sub_event_type == b.sub_event_type else 0.5
    if is_violent(a.event_type) and is_violent(b.event_type):
        return 0.0
    if a.event_type in UNREST and b.event_type in UNREST:
        return 0.0
    if _deadly_unrest(a, b) or _deadly_unrest(b, a):
        return 0.0  # one report tells protesters shot dead, another an attack on civilians
    if _headlines(a, b) and _development_and_violence(a, b):
        return -0.5  # each title leads with one side of it: the killing, or the arrest or seizure around it
    return -2.0


def _development_and_violence(a: MergeKey, b: MergeKey) -> bool:
    """One report tells a strategic development (an arrest, weapons seized, property burnt), the other
    violence: two headlines may tell one incident by its two parts ("army recovers weapons from militants"
    and "army kills 30 militants"; "X's brother arrested" and "X's brother executed")."""
    return any(x.event_type == STRATEGIC_DEVELOPMENTS and is_violent(y.event_type)
               for x, y in ((a, b), (b, a)))


def _deadly_unrest(a: MergeKey, b: MergeKey) -> bool:
    """``a`` tells people killed at a protest or riot, ``b`` violence."""
    return a.sub_event_type in DEADLY_UNREST and a.best > 0 and is_violent(b.event_type)


def claim_score(a: MergeKey, b: MergeKey) -> float:
    """A claim of responsibility against a report of an incident: the claim is about *some* attack reported
    elsewhere, so the pair starts likelier than two independent reports -- unless it was published before
    the day the text gives for the incident. Two claims, or two reports, get nothing."""
    if a.is_claim == b.is_claim:
        return 0.0
    claim, report = (a, b) if a.is_claim else (b, a)
    said = claim.published if claim.published is not None else claim.day
    if said is not None and report.day is not None and report.day_from_text and said < report.day:
        return 0.0
    return CLAIM_BONUS


def actor_score(a: MergeKey, b: MergeKey) -> float:
    """Named actors in common: positive, less so when only a state's forces are shared (they take
    part in most of a country's incidents). A claimant named by a claim of responsibility and no
    actor in common is no evidence against: reports of the attack seldom know who did it."""
    if not a.actors or not b.actors:
        return 0.0
    shared = set(a.actors) & set(b.actors)
    if not shared and not shared_state(a.actors, b.actors):
        one_side = _headlines(a, b) and not (_groups(a) and _groups(b))  # each leads with one side
        return 0.0 if a.is_claim or b.is_claim or one_side else -0.5
    return 0.4 if all(_STATE_FORCES.match(name) for name in shared) else 1.0


def _groups(key: MergeKey) -> list[str]:
    """The named non-state actors of a report (not a state's forces)."""
    return [name for name in key.actors if not _STATE_FORCES.match(name)]


def shared_state(first: list[str], second: list[str]) -> bool:
    """Both name a state's forces -- its army or police -- of one state, or one without saying whose
    ("troops", "police" in a headline against "military forces of Mali"): as in UCDP, one side."""
    states = [{m["state"] for name in names if (m := _STATE_FORCES.match(name))} for names in (first, second)]
    if not states[0] or not states[1]:
        return False
    return None in states[0] or None in states[1] or not states[0].isdisjoint(states[1])


def toll_score(a: MergeKey, b: MergeKey) -> float:
    """Equal exact tolls: positive; overlapping or close ranges: neutral to positive; wildly
    different ones: negative unless one is a toll update ("several" is the range 3-10)."""
    if a.best <= 0 or b.best <= 0:
        return 0.0
    exact = a.low == a.high and b.low == b.high
    if a.best == b.best and exact:
        return 0.8
    lower, upper = sorted(((a.low or a.best, a.high or a.best), (b.low or b.best, b.high or b.best)))
    if upper[0] <= lower[1]:  # the ranges overlap
        return 0.4 if exact else 0.0
    ratio = upper[0] / max(lower[1], 1)
    # outlets' counts of one incident differ so much; 3 against 5 dead is no more one incident than two
    close = ratio <= 1.25 or upper[0] - lower[1] <= 2 and ratio <= 1.5
    if exact and (close or _counts_one_side(a, b)):
        return 0.3
    if exact and _headlines(a, b):
        return 0.0  # each headline leads with the toll of the part it tells (the soldiers, a commander)
    if exact and not (a.is_update or b.is_update or (ratio <= 3 and _rose_later(a, b))):
        return -0.5  # two precise, different tolls: as often two incidents as two counts of one
    if ratio <= 1.6:
        return 0.0
    if ratio <= 3 or a.is_update or b.is_update or upper[0] - lower[1] <= 5:
        return 0.0
    return -1.0


def _headlines(a: MergeKey, b: MergeKey) -> bool:
    """Two headline-only articles."""
    return a.headline_only and b.headline_only


def _counts_one_side(a: MergeKey, b: MergeKey) -> bool:
    """The smaller toll is one side's share of the larger ("12 soldiers killed" against "12 soldiers
    and 4 attackers dead"): a headline often counts only one side's dead."""
    small, large = sorted((a, b), key=lambda k: k.best)
    return small.best in large.toll_parts


def _rose_later(a: MergeKey, b: MergeKey) -> bool:
    """The report published later gives the higher toll: how a toll is revised as bodies are counted."""
    if a.published is None or b.published is None or a.published == b.published:
        return False
    if a.day_precise and b.day_precise and a.day != b.day:
        return False  # two days' counts, not one count revised
    early, late = sorted((a, b), key=lambda k: k.published or 0)
    return late.best > early.best


def shared_terms(a: MergeKey, b: MergeKey) -> int:
    """How many distinctive words two short evidence texts share (0 when either is long); a word of five
    letters or more also matches a compound it begins ("court" and "courthouse")."""
    if not a.terms or not b.terms:
        return 0
    return min(sum(1 for t in x.terms if any(_same_word(t, u) for u in y.terms)) for x, y in ((a, b), (b, a)))


def _same_word(t: str, u: str) -> bool:
    """Equal stems, or a stem of five letters or more that begins the other."""
    short, long = sorted((t, u), key=len)
    return short == long or len(short) >= 5 and long.startswith(short)


def similar_wording(a: MergeKey, b: MergeKey) -> bool:
    """A copy (similar shingles) or two headlines sharing several distinctive words. Two short texts share
    a third of their shingles by naming one group and one province alone ("Boko Haram Attack, Borno" and
    "Soldiers vs Boko Haram, Borno", a monitor's formulaic titles of two incidents): without a distinctive
    word in common, only a near copy counts."""
    similarity = jaccard(a.signature, b.signature)
    if similarity >= _SHORT_COPY_JACCARD:
        return True
    terms = shared_terms(a, b)
    if a.short_text and b.short_text and not terms:
        return False
    return similarity >= COPY_JACCARD or terms >= _SIMILAR_TERMS


def text_score(a: MergeKey, b: MergeKey) -> float:
    """Evidence similarity: a spun or wire copy scores high, unrelated sentences slightly negative.
    Two short texts (headlines) are compared by the distinctive words they share instead: different
    wording of one incident shares few character shingles, and sharing no word is weak evidence against."""
    if a.short_text and b.short_text:
        weights = _HEADLINE_TERM_WEIGHTS if _headlines(a, b) else _TERM_WEIGHTS
        return weights[min(shared_terms(a, b), len(weights) - 1)]
    similarity = jaccard(a.signature, b.signature)
    return max(-0.5, min(2.5, 3.5 * (similarity - 0.25)))


def same_block(a: MergeKey, b: MergeKey) -> bool:
    """Blocking: same country (or unknown on one side), admin1 equal or unknown on one side,
    overlapping date windows."""
    if a.country and b.country and a.country != b.country:
        return False
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return False
    return windows_overlap(a, b)


def undated_copies(a: MergeKey, b: MergeKey) -> bool:
    """A report with no date at all (none in the text, no publication day) and another in one country,
    worded alike: a relayed, republished or spun copy of a story. Their wording is the only evidence of one
    incident (of several dated reports it matches, scoring and the vetoes between them pick one)."""
    return ((a.day_lo is None or b.day_lo is None) and a.country is not None and a.country == b.country
            and jaccard(a.signature, b.signature) >= COPY_JACCARD)


def _undated(a: MergeKey, b: MergeKey) -> bool:
    """One of the two reports has no date at all (none in the text, no publication day)."""
    return a.day_lo is None or b.day_lo is None


def is_candidate(a: MergeKey, b: MergeKey) -> bool:
    """A pair worth scoring: same block, undated copies, or evidence texts sharing an LSH band."""
    return same_block(a, b) or undated_copies(a, b) or not set(a.bands()).isdisjoint(b.bands())


def dated_apart_in_one_article(a: MergeKey, b: MergeKey) -> bool:
    """Two incidents of one article that the article itself dates days apart ("gunmen shot a refugee
    ... On February 7, the body of another was found"): the extractor kept them apart on the text."""
    if a.article_id != b.article_id or not (a.day_from_text or b.day_from_text):
        return False
    return a.day is not None and b.day is not None and abs(a.day - b.day) >= 2


def split_from_one_incident(a: MergeKey, b: MergeKey) -> bool:
    """Two mentions the extractor made of one incident's sentences on purpose (a raid's clash with the forces
    and its abduction of civilians, a protest held in several towns): they share the article and the lead
    sentence but are different events."""
    return a.sort_key == b.sort_key and a.mention_id != b.mention_id


def placed_by_actors_elsewhere(a: MergeKey, b: MergeKey) -> bool:
    """A report with no place whose actors all belong to other countries than the other report's
    ("Police Forces of Mexico" against an event in Russia): its actors place it elsewhere."""
    return any(
        unplaced.country is None and placed.country and unplaced.actor_countries
        and placed.country not in unplaced.actor_countries
        for unplaced, placed in ((a, b), (b, a))
    )


def monitor_days_apart(a: MergeKey, b: MergeKey) -> bool:
    """Two reports of a daily monitor, each dated on its own publication day, published on different days:
    UCDP codes each on its day (dates.report_day_monitor), so they are two incidents however alike."""
    return a.report_day and b.report_day and a.published != b.published


def vetoed(a: MergeKey, b: MergeKey) -> bool:
    """Facts that rule out one incident whatever else agrees."""
    if a.country and b.country and a.country != b.country or placed_by_actors_elsewhere(a, b) \
            or split_from_one_incident(a, b) or monitor_days_apart(a, b):
        return True
    if not windows_overlap(a, b) and not undated_copies(a, b) and not _undated(a, b) \
            or dated_apart_in_one_article(a, b):
        return True
    km = _distance(a, b)
    return _placed(a, b) and km is not None and km > _FAR_KM


def _towns(a: MergeKey, b: MergeKey) -> bool:
    """Both placed at or near a town (ACLED geo_precision 1 or 2), not at a region's centre nor somewhere
    in a district or commune named by its seat ("la comuna de Mondoro": the camp of Boulkessi, 70 km off)."""
    return _placed(a, b) and not (a.area or b.area)


def _placed(a: MergeKey, b: MergeKey) -> bool:
    """Both placed at, near or around a town (ACLED geo_precision 1 or 2)."""
    return a.geo_precision in (1, 2) and b.geo_precision in (1, 2)


def pair_parts(a: MergeKey, b: MergeKey) -> list[float] | None:
    """The score's components (None when vetoed): date, place, type, actors, toll, text, same article, claim.
    Similar wording cannot outweigh two different places: formulaic reports ("Gunmen killed N
    villagers near X on DAY") of different incidents share most of their shingles."""
    if vetoed(a, b):
        return None
    if _undated(a, b) and not undated_copies(a, b):
        # no evidence either way beyond the place: such a report never links on its own, but it does not
        # keep the dated report it copies from the other reports of that incident
        return [0.0, min(place_score(a, b), 0.0), 0.0, 0.0, 0.0, 0.0,
                SAME_ARTICLE if a.article_id == b.article_id else 0.0, 0.0]
    place = place_score(a, b)
    text = text_score(a, b)
    if place < 0:
        text = min(text, 0.0)
    toll = toll_score(a, b)
    if place <= _NO_TOWN_LINK and told_apart(a, b) and other_dead(a, b):
        toll += _OTHER_DEAD
    same_article = SAME_ARTICLE if a.article_id == b.article_id else 0.0
    return [date_score(a, b), place, type_score(a, b), actor_score(a, b), toll, text,
            same_article, claim_score(a, b)]


def told_apart(a: MergeKey, b: MergeKey) -> bool:
    """Two titles that each name their incident by words of their own (a target, a weapon, a name) and share
    none of them ("gold miners", "a convoy"). Alone that is no evidence of two incidents (one outlet leads
    with the target, another with the weapon), but beside tolls of different people's dead it is."""
    return _headlines(a, b) and bool(a.terms and b.terms) and shared_terms(a, b) == 0


def other_dead(a: MergeKey, b: MergeKey) -> bool:
    """Two exact, different tolls of different people's dead, each report saying whose: "12 gold miners"
    (civilians) against "three soldiers" (a state's forces), soldiers against militants. Two counts of one
    incident's dead count the same people, or say only "dead"."""
    if a.best <= 0 or b.best <= 0 or a.low != a.high or b.low != b.high or a.best == b.best:
        return False
    known = bool(a.dead and b.dead) and "unknown" not in a.dead + b.dead
    return known and not set(a.dead) & set(b.dead) and not _counts_one_side(a, b)


def pair_score(a: MergeKey, b: MergeKey) -> float:
    """The same-incident score of two mentions (``VETO`` when ruled out)."""
    parts = pair_parts(a, b)
    return VETO if parts is None else PRIOR + sum(parts)


def pair_evidence(a: MergeKey, b: MergeKey) -> tuple[float, float]:
    """(score, conflict): the conflict sums only the negative components -- evidence *against*
    one incident, as opposed to mere lack of evidence for it (``VETO`` twice when ruled out)."""
    parts = pair_parts(a, b)
    if parts is None:
        return VETO, VETO
    return PRIOR + sum(parts), sum(p for p in parts if p < 0)
