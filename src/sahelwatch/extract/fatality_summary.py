"""One mention's fatalities from its casualty figures: per side, low/best/high, ACLED's
conservative figure, vague and unnumbered words, alternatives set aside."""

from __future__ import annotations

from sahelwatch.extract.casualty_marks import fold_addends
from sahelwatch.extract.casualty_rules import Casualty
from sahelwatch.models import Fatalities

LISTED = "listed"  # the _per_group key of unknown figures listed beside named ones: never a total
GROUP_FIELD = {"security": "deaths_a", "militants": "deaths_b", "civilians": "deaths_civilians",
               "unknown": "deaths_unknown"}


def _best_value(c: Casualty) -> int:
    """A figure's point estimate: the midpoint of a range (rounded down: "between one and two" is one, no
    half of a dead person is counted up), the bound of 'nearly N', else its low."""
    if c.qualifier == "range":
        return (c.low + c.high) // 2
    return c.high if c.qualifier in ("nearly", "up_to") else c.low


def _best_of(figures: list[Casualty]) -> int:
    """The latest precise figure (vague ones only when nothing precise was given)."""
    precise = [c for c in figures if not c.vague] or figures
    return _best_value(precise[-1])


def _redundant_subset(c: Casualty, casualties: list[Casualty]) -> bool:
    """A part of a figure of the same group adds nothing ('13 civilians, including 7 children'), nor a part
    told by a noun of no group ('18 bandits, including a commander': one of the bandits, no smaller count),
    nor a part of armed men's dead told by a noun of civilians ('une trentaine de terroristes dont deux
    chefs': two of their leaders)."""
    if not c.subset_of_previous:
        return False
    index = casualties.index(c)
    while index > 0 and casualties[index].subset_of_previous:
        index -= 1
    head, own = casualties[index].group, index == casualties.index(c)
    return head == c.group or (c.group == "unknown" and not own) or (
        not own and head in ("militants", "security") and c.group == "civilians")


def _per_group(casualties: list[Casualty], kind: str) -> dict[str, tuple[int, int, int]]:
    """group -> (low, best, high) over the usable figures of one kind."""
    by_group: dict[str, list[Casualty]] = {}
    for c in casualties:
        if (c.kind == kind and not c.negated and not c.cumulative and not c.part_of_next
                and not _redundant_subset(c, casualties)):
            by_group.setdefault(LISTED if c.listed else c.group, []).append(c)
    return {g: (min(c.low for c in fs), _best_of(fs), max(c.high for c in fs)) for g, fs in by_group.items()}


def _absorb_unknown_total(groups: dict[str, tuple[int, int, int]]) -> int | None:
    """'12 people were killed, including 10 soldiers': the unknown figure is a total, not extra deaths.
    A smaller unknown figure ('9 soldiers killed ... an earlier toll of 6 dead') is an earlier or partial
    count of the same dead: it adds nothing; its low is returned to widen the range."""
    if "unknown" not in groups:
        return None
    named = [v for g, v in groups.items() if g != "unknown"]
    if not named:
        return None
    low, best, high = groups["unknown"]
    named_best = sum(v[1] for v in named)
    if best >= named_best:
        groups["unknown"] = (max(0, low - sum(v[0] for v in named)), best - named_best,
                             max(0, high - sum(v[2] for v in named)))
        return None
    groups["unknown"] = (0, 0, 0)
    return low


def _set_alternatives_aside(casualties: list[Casualty]) -> tuple[list[Casualty], list[Casualty]]:
    """(figures, other sources' counts of the same deaths), when the text gives a toll of its own, also when
    that toll is none ("repelled without any loss", a negated death figure)."""
    alternatives = [c for c in casualties if c.alternative and c.kind == "killed" and not c.negated]
    own = [c for c in casualties if c.kind == "killed" and not c.alternative]
    if not alternatives or not own:
        return casualties, []
    return [c for c in casualties if c not in alternatives], alternatives


def _all_vague(casualties: list[Casualty], group: str | None) -> bool:
    """True when the usable death figures of ``group`` (None: of every other group) are all vague."""
    figures = [c for c in casualties if c.kind == "killed" and not c.negated and not c.cumulative
               and (c.group == group if group else c.group != "unknown")]
    return bool(figures) and all(c.vague for c in figures)


def _all_unnumbered(casualties: list[Casualty], group: str) -> bool:
    """True when the death figures of ``group`` are all plurals with no number ("plusieurs", "many":
    a range)."""
    figures = [c for c in casualties if c.kind == "killed" and not c.negated and not c.cumulative
               and c.group == group]
    return bool(figures) and all(c.vague and c.low < c.high for c in figures)


def _widened(low: int, high: int, alternatives: list[Casualty],
             groups: dict[str, tuple[int, int, int]]) -> tuple[int, int]:
    """The range with other sources' counts: a lower precise count lowers it (ACLED's conservative
    figure), any higher one raises its top. A count of one side's dead when the toll also counts another
    side's ("nine soldiers and 24 fighters ... an official put the toll among the soldiers at 14") stands
    for that side's figure only: the other side's dead stay in the range."""
    lows, highs = [low], [high]
    for c in alternatives:
        own = groups.get(c.group)
        others = any(g != c.group and v[2] > 0 for g, v in groups.items())
        shift_low, shift_high = (low - own[0], high - own[2]) if own is not None and others else (0, 0)
        if not c.vague:
            lows.append(shift_low + c.low)
        highs.append(shift_high + c.high)
    return min(lows), max(highs)


def summarise_fatalities(casualties: list[Casualty]) -> Fatalities:
    """UCDP/ACLED-style totals from casualty figures that refer to one event.

    Side a = state forces (group "security"), side b = the non-state armed side ("militants"); the
    caller swaps/relabels when neither side is a state.  Per group: low = smallest figure, high =
    largest, best = the last precise figure in text order (tolls are revised upwards, "at least 12"
    ... "the toll rose to 15" gives best 15).  An "unknown" (people/victims) figure at least as large
    as the named groups is read as their total.  Overall best = sum of per-group bests, low = sum of
    lows (ACLED-conservative), high = max(sum of highs, the largest single figure).  Negated and
    cumulative figures are ignored; wounded/missing are reported separately, never as deaths. An
    unknown figure listed beside a named one ("a brigadier and five members") is no total: it adds.
    """
    casualties = fold_addends(casualties)
    casualties, alternatives = _set_alternatives_aside(casualties)
    groups = _per_group(casualties, "killed")
    largest_single = max((v[2] for v in groups.values()), default=0)
    partial_low = _absorb_unknown_total(groups)
    if partial_low is not None and _all_vague(casualties, "unknown") and (
            not _all_vague(casualties, None) or _all_unnumbered(casualties, "unknown")):
        # "des dizaines de morts" does not undercut "au moins 20 civils" of the same dead, nor "de nombreux
        # corps" (no number at all) "des dizaines de combattants tués"
        partial_low = None
    fields = {field: groups.get(group, (0, 0, 0))[1] for group, field in GROUP_FIELD.items()}
    fields["deaths_unknown"] += groups.get(LISTED, (0, 0, 0))[1]
    best = sum(fields.values())
    low = sum(v[0] for v in groups.values())
    if partial_low is not None:
        low = min(low, partial_low)
    high = max(sum(v[2] for v in groups.values()), largest_single, best)
    low, high = _widened(low, high, alternatives, groups)
    wounded = _per_group(casualties, "wounded")
    missing = _per_group(casualties, "missing")
    deaths = [c for c in casualties if c.kind == "killed" and not c.negated and not c.cumulative]
    return Fatalities(
        deaths_a=fields["deaths_a"], deaths_b=fields["deaths_b"], deaths_civilians=fields["deaths_civilians"],
        deaths_unknown=fields["deaths_unknown"], low=min(low, best), best=best, high=high,
        wounded=sum(v[1] for v in wounded.values()) if wounded else None,
        missing=sum(v[1] for v in missing.values()) if missing else None,
        vague=bool(deaths) and all(c.vague for c in deaths),
    )
