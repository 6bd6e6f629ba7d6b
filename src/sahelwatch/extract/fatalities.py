"""Casualty counts (killed, wounded, missing, abducted, arrested) per side, in English and French.

Each number found by :func:`find_numbers` is read with its neighbourhood:

* a head noun right after it ("12 soldiers", "N of the attackers", "29 soldats nigériens") gives the
  group: security | civilians | militants | unknown;
* a casualty word after the number or its noun ("were killed", "dead", "tués", "ont perdu la vie")
  or an active verb before it ("killing at least", "claimed the lives of", "toll rose to",
  "tuant", "bilan de") gives the kind;
* "23 soldiers and 30 attackers were killed": numbers joined by and/et/commas share the kind;
* negations ("no casualties", "aucune victime") give a ``negated`` zero record;
* background totals ("since 2015", "this year", "depuis le début de l'année") are ``cumulative``.

Wounded, missing, abducted and arrested counts are never counted as deaths.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sahelwatch.extract.numbers import NumberMatch, find_numbers, load_lexicon, normalise_lang
from sahelwatch.models import Fatalities

KINDS = ("killed", "wounded", "missing", "abducted", "arrested")
GROUPS = ("militants", "security", "civilians", "unknown")
CLAUSE_END = re.compile(r"[.;!?\n]|\s[-–—]\s")
YEAR_RANGE = range(1900, 2101)
CLAUSE_WINDOW = 400  # characters searched backwards for the start of a clause
SUBSET_WORDS = r"including|among them|of whom|dont|parmi lesquels|parmi lesquelles|y compris"
# figures joined like this share their kind: "12 people, including 10 soldiers", "5 soldiers and 3 civilians"
CHAIN = re.compile(r"^\s*(?:,|and|et|as well as|ainsi que|plus|&)?\s*(?:(?:" + SUBSET_WORDS + r")\s*)?"
                   r"(?:another\s+|an?\s+)?$", re.I)
SUBSET = re.compile(rf"\b(?:{SUBSET_WORDS})\b", re.I)
# a casualty verb followed by an object is active ("12 gunmen killed 3 villagers"), not passive
OBJECT_FOLLOWS = re.compile(r"^\s+(?:\d|at least|more than|the|an?|some|dozens|au moins|plus de|les|des|"
                            r"un|une|deux|trois|two|three|four|five|six|seven|eight|nine|ten)\b", re.I)


@dataclass
class Casualty:
    """One reported casualty figure; spans are relative to the text given to :func:`find_casualties`."""

    start: int
    end: int
    low: int
    high: int
    kind: str  # killed | wounded | missing | abducted | arrested
    group: str = "unknown"  # civilians | security | militants | unknown
    negated: bool = False
    cumulative: bool = False
    number_start: int = -1
    number_end: int = -1
    noun: str = ""
    vague: bool = False
    qualifier: str = "exact"  # from NumberMatch: exact|at_least|more_than|nearly|up_to|about|range|vague
    subset_of_previous: bool = False  # "13 civilians, including 7 children": the 7 is part of the 13


@dataclass(frozen=True)
class _Rules:
    """Compiled casualty regexes of one language."""

    noun: re.Pattern[str]
    after: re.Pattern[str]
    direct: re.Pattern[str]
    before: re.Pattern[str]
    implied: re.Pattern[str]
    group_of: dict[str, str]
    negation: re.Pattern[str]
    negation_wounded: re.Pattern[str]
    cumulative: re.Pattern[str]
    friendly: re.Pattern[str] | None
    enemy: re.Pattern[str] | None
    chain: re.Pattern[str]
    singular: re.Pattern[str]
    object_follows: re.Pattern[str]


def _kind_alternation(table: dict[str, str]) -> str:
    return "|".join(f"(?P<{kind}>{rx})" for kind, rx in table.items() if rx)


def _optional(rx: str) -> re.Pattern[str] | None:
    return re.compile(rf"(?:{rx})", re.I) if rx else None


@lru_cache(maxsize=16)
def rules(lang: str) -> _Rules:
    """Compile (once per language) the casualty grammar from the lexicon."""
    lex = load_lexicon(lang)["casualties"]
    group_of: dict[str, str] = {}
    for group in GROUPS:
        for noun in lex["groups"][group].split("|"):
            group_of.setdefault(noun.lower(), group)
    nouns = "|".join(re.escape(n) for n in sorted(group_of, key=len, reverse=True))
    stop = lex["stop_fillers"]
    filler = rf"(?!(?:{stop})\b)(?:[^\W\d_]|\d+-)[\w'’-]*"
    noun = (rf"^\s*(?:(?:of|d'entre|parmi)\s+(?:the|them|whom|those|these|our|their|its|eux|elles|les)\s+"
            rf"|of\s+|de\s+|d'|des\s+)?(?:{filler}\s+){{0,2}}?(?P<noun>{nouns})(?![\w-])")
    aux = lex["aux"]
    after_kinds, before_kinds = _kind_alternation(lex["after"]), _kind_alternation(lex["before"])
    adverb = r"(?:\w+ly\s+|all\s+|tous\s+)?"
    after = rf"^[\s,]*(?:(?:{filler})\s+){{0,2}}?(?:(?:{aux})\s+)?{adverb}(?:{after_kinds})(?![\w-])"
    direct = rf"^\s*(?:(?:{aux})\s+)?(?:{after_kinds})(?![\w-])"
    before = rf"(?<![\w-])(?:{before_kinds})\s+(?:(?:a total of|the|some|un total de|les)\s+)?$"
    return _Rules(
        noun=re.compile(noun, re.I),
        after=re.compile(after, re.I),
        direct=re.compile(direct, re.I),
        before=re.compile(before, re.I),
        implied=re.compile(rf"(?:{lex['implied_killed']})$", re.I),
        group_of=group_of,
        negation=re.compile(rf"(?<!\w)(?:{lex['negation']})(?!\w)", re.I),
        negation_wounded=re.compile(lex["negation_wounded"], re.I),
        cumulative=re.compile(rf"(?<!\w)(?:{lex['cumulative']})(?!\w)", re.I),
        friendly=_optional(lex.get("friendly_side", "")),
        enemy=_optional(lex.get("enemy_side", "")),
        chain=CHAIN,
        singular=re.compile(rf"(?<![\w-])(?:{load_lexicon(lang)['singular_articles']})"
                            rf"(?=\s+(?:{filler}\s+){{0,3}}?(?:{nouns})(?![\w-]))", re.I),
        object_follows=OBJECT_FOLLOWS,
    )


def _matched_kind(m: re.Match[str]) -> str | None:
    return next((k for k in KINDS if k in m.groupdict() and m.group(k)), None)


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around a span: from the previous to the next clause-ending punctuation."""
    window_start = max(0, start - CLAUSE_WINDOW)
    left = max((m.end() for m in CLAUSE_END.finditer(text, window_start, start)), default=window_start)
    nxt = CLAUSE_END.search(text, end)
    return left, nxt.start() if nxt else len(text)


def _is_year(num: NumberMatch) -> bool:
    return num.qualifier == "exact" and num.low in YEAR_RANGE and num.text.isdigit() and len(num.text) == 4


@dataclass
class _Reading:
    kind: str | None
    end: int
    noun: str
    noun_end: int


def _read_after(text: str, num: NumberMatch, clause_end: int, r: _Rules) -> _Reading:
    """Read the noun and casualty word that follow a number."""
    tail = text[num.end:clause_end]
    noun_match = r.noun.match(tail)
    noun, noun_end = "", num.end
    if noun_match:
        noun, noun_end = noun_match.group("noun"), num.end + noun_match.end()
    if noun and r.implied.fullmatch(noun):
        return _Reading("killed", noun_end, noun, noun_end)
    rest = text[noun_end:clause_end]
    verb = (r.after if noun else r.direct).match(rest)
    if verb and not (noun and r.object_follows.match(rest[verb.end():]) and not _has_aux(verb)):
        return _Reading(_matched_kind(verb), noun_end + verb.end(), noun, noun_end)
    return _Reading(None, noun_end, noun, noun_end)


def _has_aux(verb: re.Match[str]) -> bool:
    kind_start = min(verb.start(k) for k in KINDS if k in verb.groupdict() and verb.group(k))
    return bool(verb.group(0)[:kind_start].strip(" ,"))


def _read_before(text: str, num: NumberMatch, clause_start: int, r: _Rules) -> tuple[str | None, int]:
    """An active casualty verb or toll phrase right before the number: 'killing at least 12'."""
    head = text[max(clause_start, num.start - 80):num.start]
    m = r.before.search(head)
    if not m:
        return None, num.start
    return _matched_kind(m), num.start - len(head) + m.start()


def _side_override(text: str, clause_start: int, start: int, r: _Rules) -> str | None:
    """'Côté ami, 29 soldats ...' / 'on the enemy side, 30 ...'."""
    head = text[max(0, clause_start - 40):start]
    if r.friendly and r.friendly.search(head):
        return "security"
    if r.enemy and r.enemy.search(head):
        return "militants"
    return None


def _read_number(text: str, num: NumberMatch, r: _Rules) -> Casualty | None:
    """A casualty reading of one number, or None (kind may be filled in by the chain pass)."""
    clause_start, clause_end = _clause_bounds(text, num.start, num.end)
    after = _read_after(text, num, clause_end, r)
    kind, start, end = after.kind, num.start, after.end
    before_kind, before_start = _read_before(text, num, clause_start, r)
    if kind is None and before_kind is not None:
        kind, start = before_kind, before_start
    if _is_year(num) and not after.noun:
        return None
    if kind is None and not after.noun:
        return None
    group = r.group_of.get(after.noun.lower(), "unknown") if after.noun else "unknown"
    if group in ("unknown",) or after.noun.lower() in ("éléments", "hommes"):
        group = _side_override(text, clause_start, num.start, r) or group
    return Casualty(start, end, num.low, num.high, kind or "", group, False, False, num.start, num.end,
                    after.noun, num.vague, num.qualifier)


def _mark_subsets(text: str, items: list[Casualty]) -> None:
    """Flag 'including N' / 'dont N' figures (and the list that follows) as parts of the figure before."""
    for prev, item in zip(items, items[1:], strict=False):
        between = text[prev.end:item.number_start]
        if item.kind != prev.kind or len(between) >= 40:
            continue
        listed = prev.subset_of_previous and CHAIN.match(between) is not None
        item.subset_of_previous = bool(SUBSET.search(between)) or listed


def _propagate_chain(text: str, items: list[Casualty], r: _Rules) -> None:
    """Share kinds along 'N soldiers and M attackers were killed' / 'killing N soldiers and M civilians'."""
    for i, item in enumerate(items):
        if item.kind:
            continue
        nxt = items[i + 1] if i + 1 < len(items) else None
        if nxt and nxt.kind and r.chain.match(text[item.end:nxt.number_start]):
            item.kind = nxt.kind
    for i, item in enumerate(items):
        if not item.kind and i > 0 and items[i - 1].kind and r.chain.match(text[items[i - 1].end:item.start]):
            item.kind = items[i - 1].kind


def _inherit_others(items: list[Casualty]) -> None:
    """'killing 5 soldiers and wounding 3 others': 'others' takes the group of the previous figure."""
    for prev, item in zip(items, items[1:], strict=False):
        if item.noun.lower() in ("others", "autres", "of them", "d'entre eux") and prev.group != "unknown":
            item.group = prev.group


def _mark_cumulative(text: str, items: list[Casualty], r: _Rules) -> None:
    """Flag figures whose clause carries a background-total phrase ('since 2015', 'this year')."""
    for item in items:
        left, right = _clause_bounds(text, item.start, item.end)
        window = text[max(left, item.start - 60):min(right, item.end + 60)]
        item.cumulative = bool(r.cumulative.search(window))


def _negations(text: str, r: _Rules) -> list[Casualty]:
    found = []
    for m in r.negation.finditer(text):
        kind = "wounded" if r.negation_wounded.search(m.group(0)) and "death" not in m.group(0) else "killed"
        found.append(Casualty(m.start(), m.end(), 0, 0, kind, "unknown", True, False, m.start(), m.start()))
    return found


def _inside_any(item: Casualty, spans: list[Casualty]) -> bool:
    """'No one was killed': the 'one' inside a negation is not a figure."""
    return any(s.start <= item.number_start < s.end for s in spans)


def _with_singulars(text: str, numbers: list[NumberMatch], r: _Rules) -> list[NumberMatch]:
    """Add 'a soldier', 'an attacker', 'un civil' as figures of 1 (when no number sits there)."""
    starts = {n.start for n in numbers}
    extra = [NumberMatch(m.start(), m.end(), 1, 1, "exact", False, m.group(0))
             for m in r.singular.finditer(text) if m.start() not in starts]
    return sorted(numbers + extra, key=lambda n: n.start)


def find_casualties(text: str, lang: str = "en") -> list[Casualty]:
    """All casualty figures (and negations) in ``text``, in text order."""
    code = normalise_lang(lang)
    r = rules(code)
    numbers = _with_singulars(text, find_numbers(text, code), r)
    readings = [c for c in (_read_number(text, n, r) for n in numbers) if c is not None]
    _propagate_chain(text, readings, r)
    negations = _negations(text, r)
    casualties = [c for c in readings if c.kind and not _inside_any(c, negations)]
    _inherit_others(casualties)
    _mark_subsets(text, casualties)
    _mark_cumulative(text, casualties, r)
    casualties.extend(negations)
    return sorted(casualties, key=lambda c: (c.start, c.number_start))


GROUP_FIELD = {"security": "deaths_a", "militants": "deaths_b", "civilians": "deaths_civilians",
               "unknown": "deaths_unknown"}


def _best_value(c: Casualty) -> int:
    """A figure's point estimate: the midpoint of a range, the bound of 'nearly N', else its low."""
    if c.qualifier == "range":
        return round((c.low + c.high) / 2)
    return c.high if c.qualifier in ("nearly", "up_to") else c.low


def _best_of(figures: list[Casualty]) -> int:
    """The latest precise figure (vague ones only when nothing precise was given)."""
    precise = [c for c in figures if not c.vague] or figures
    return _best_value(precise[-1])


def _redundant_subset(c: Casualty, casualties: list[Casualty]) -> bool:
    """A part of a figure of the same group adds nothing ('13 civilians, including 7 children')."""
    if not c.subset_of_previous:
        return False
    index = casualties.index(c)
    while index > 0 and casualties[index].subset_of_previous:
        index -= 1
    return casualties[index].group == c.group


def _per_group(casualties: list[Casualty], kind: str) -> dict[str, tuple[int, int, int]]:
    """group -> (low, best, high) over the usable figures of one kind."""
    by_group: dict[str, list[Casualty]] = {}
    for c in casualties:
        if c.kind == kind and not c.negated and not c.cumulative and not _redundant_subset(c, casualties):
            by_group.setdefault(c.group, []).append(c)
    return {g: (min(c.low for c in fs), _best_of(fs), max(c.high for c in fs)) for g, fs in by_group.items()}


def _absorb_unknown_total(groups: dict[str, tuple[int, int, int]]) -> None:
    """'12 people were killed, including 10 soldiers': the unknown figure is a total, not extra deaths."""
    if "unknown" not in groups:
        return
    named = [v for g, v in groups.items() if g != "unknown"]
    if not named:
        return
    low, best, high = groups["unknown"]
    named_best = sum(v[1] for v in named)
    if best >= named_best:
        groups["unknown"] = (max(0, low - sum(v[0] for v in named)), best - named_best,
                             max(0, high - sum(v[2] for v in named)))


def summarise_fatalities(casualties: list[Casualty]) -> Fatalities:
    """UCDP/ACLED-style totals from casualty figures that refer to one event.

    Side a = state forces (group "security"), side b = the non-state armed side ("militants"); the
    caller swaps/relabels when neither side is a state.  Per group: low = smallest figure, high =
    largest, best = the last precise figure in text order (tolls are revised upwards, "at least 12"
    ... "the toll rose to 15" gives best 15).  An "unknown" (people/victims) figure at least as large
    as the named groups is read as their total.  Overall best = sum of per-group bests, low = sum of
    lows (ACLED-conservative), high = max(sum of highs, the largest single figure).  Negated and
    cumulative figures are ignored; wounded/missing are reported separately, never as deaths.
    """
    groups = _per_group(casualties, "killed")
    largest_single = max((v[2] for v in groups.values()), default=0)
    _absorb_unknown_total(groups)
    fields = {field: groups.get(group, (0, 0, 0))[1] for group, field in GROUP_FIELD.items()}
    best = sum(fields.values())
    low = sum(v[0] for v in groups.values())
    high = max(sum(v[2] for v in groups.values()), largest_single, best)
    wounded = _per_group(casualties, "wounded")
    missing = _per_group(casualties, "missing")
    return Fatalities(
        deaths_a=fields["deaths_a"], deaths_b=fields["deaths_b"], deaths_civilians=fields["deaths_civilians"],
        deaths_unknown=fields["deaths_unknown"], low=min(low, best), best=best, high=high,
        wounded=sum(v[1] for v in wounded.values()) if wounded else None,
        missing=sum(v[1] for v in missing.values()) if missing else None,
    )
