"""Casualty counts (killed, wounded, missing, abducted, arrested) per side, in English, French and Portuguese.

Each number found by :func:`find_numbers` is read with its neighbourhood:

* a head noun right after it ("12 soldiers", "N of the attackers", "29 soldats nigériens") gives the
  group: security | civilians | militants | unknown;
* a casualty word after the number or its noun ("were killed", "dead", "tués", "ont perdu la vie")
  or an active verb before it ("killing at least", "claimed the lives of", "toll rose to",
  "tuant", "bilan de") gives the kind;
* "23 soldiers and 30 attackers were killed": numbers joined by and/et/commas share the kind;
* one victim told twice by apposition ("one civilian, a child, was killed") counts once; the people
  with a named victim count too ("a commander was killed along with his seven men": eight);
* "the attack left N ... dead" and "X lost N members" are tolls whatever the noun phrase between;
* negations ("no casualties", "aucune victime") give a ``negated`` zero record;
* background totals ("since 2015", "this year", "depuis le début de l'année") are ``cumulative``.

Wounded, missing, abducted and arrested counts are never counted as deaths.

:func:`find_casualties` is this module; the steps it calls live beside it: ``casualty_rules`` (the
``Casualty`` record and the per-language patterns), ``casualty_reading`` (one number in its clause),
``affiliations`` (whose people a figure counts), ``casualty_marks`` (corrections over all the figures of a
text) and ``fatality_summary`` (one mention's fatalities from its figures).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from sahelwatch.extract.affiliations import affiliation
from sahelwatch.extract.casualty_marks import (
    a_deed,
    a_source,
    inherit_others,
    inside_any,
    mark_addends,
    mark_alternatives,
    mark_cumulative,
    mark_denied,
    mark_elsewhere,
    mark_increments,
    mark_parts_of_framed_total,
    mark_subsets,
    negation_records,
    neutralised_fighters,
    propagate_chain,
    unquoted,
    with_singulars,
    without_asides,
    wounded_who_died,
)
from sahelwatch.extract.casualty_reading import casualty_noun_end, clause_bounds, companion_match, read_number
from sahelwatch.extract.casualty_rules import CLAUSE_END, NAMED_BETWEEN, Casualty, Rules, adverbials, rules
from sahelwatch.extract.numbers import NumberMatch, find_numbers, load_lexicon, normalise_lang


def find_casualties(text: str, lang: str = "en") -> list[Casualty]:
    """All casualty figures (and negations) in ``text``, in text order."""
    text = without_asides(unquoted(text))
    code = normalise_lang(lang)
    r = rules(code)
    numbers = _outside_dates(text, with_singulars(text, find_numbers(text, code), r), code)
    numbers = [n for n in numbers if not _unit_number(text, n) and not _one_collective(text, n)]
    readings = [c for c in (read_number(text, n, r) for n in numbers) if c is not None]
    readings = [c for c in _outside_nouns(text, readings, r) if not a_source(text, c, r)]
    propagate_chain(text, readings, r)
    readings = _without_appositions(text, readings, r)
    negations = negation_records(text, r)
    casualties = [c for c in readings if c.kind and not inside_any(c, negations)]
    inherit_others(text, casualties, r)
    neutralised_fighters(text, casualties, r)
    mark_subsets(text, casualties, r)
    mark_increments(text, casualties, r)
    casualties = wounded_who_died(text, casualties, r)
    mark_addends(text, casualties, r)
    mark_cumulative(text, casualties, lang)
    mark_parts_of_framed_total(text, casualties, r)
    _count_companions(text, casualties, r)
    _count_pairs(text, casualties, code, r)
    _count_bomber_besides(text, casualties, code)
    if not negations and not any(c.kind == "killed" and not a_deed(text, c, r) for c in casualties):
        casualties.extend(_lone_deaths(text, code, r))
    mark_elsewhere(text, casualties, r)
    mark_alternatives(text, casualties, r)
    mark_denied(text, casualties, code)
    casualties.extend(_taken_then_killed(text, casualties, r))
    casualties.extend(negations)
    return sorted(casualties, key=lambda c: (c.start, c.number_start))


def _taken_then_killed(text: str, items: list[Casualty], r: Rules) -> list[Casualty]:
    """The dead of "arrested six herders ... and executed them hours later", "cinq paysans enlevés avant de
    les exécuter": those abducted or detained, when the same telling kills them, are a killed figure too
    (ACLED codes an abduction or arrest that ends in killing as an attack). The killed figure spans the
    taken one and its killing verb; a figure told in between is a toll of its own."""
    if r.killed_after_taken is None:
        return []
    found = []
    for at, item in enumerate(items):
        if item.kind not in ("abducted", "arrested") or item.negated or item.low <= 0:
            continue
        bound = next((c.number_start for c in items[at + 1:] if c.number_start > item.end), len(text))
        m = r.killed_after_taken.match(text, item.end)
        if m is not None and m.end() <= bound:
            found.append(replace(item, kind="killed", end=m.end()))
    return found


def taken_then_killed(text: str, lang: str) -> bool:
    """True when ``text`` tells people abducted or detained, then killed ("os pastores foram detidos ... e
    executados horas depois"), counted or not: the killing, not the taking, is its event."""
    r = rules(normalise_lang(lang))
    if r.killed_after_taken is None or r.taken is None:
        return False
    return any(r.killed_after_taken.match(text, m.end()) for m in r.taken.finditer(text))


@lru_cache(maxsize=8)
def _date_parts(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Month names of ``lang`` around a number: (after a day, before a day, before a year)."""
    dates = load_lexicon(lang).get("dates") or {}
    short = ("mai", "mars", "juin", "may", "june", "july", "maio")  # not "sept" (seven) nor "set"
    months = sorted((m for m in dates.get("months") or {} if len(m) > 4 or m.lower() in short),
                    key=len, reverse=True)
    names = "|".join(re.escape(m) for m in months) or "$^"
    flags = 0 if dates.get("names_case_sensitive") else re.I  # "May" the month, "may" the verb
    link = rf"(?:(?:{dates['day_month_link']})\s+)?" if dates.get("day_month_link") else ""  # "5 de maio"
    year_link = rf"(?:(?:{dates['month_year_link']})\s+)?" if dates.get("month_year_link") else ""
    day_noun = rf"|(?<![\w-])(?:{dates['day_noun']})\s+$" if dates.get("day_noun") else ""  # "no dia 3"
    after = re.compile(rf"^(?:er|st|nd|rd|th|º)?\s+{link}(?:{names}|courant)(?![\w-])", flags)
    before_day = re.compile(rf"(?<![\w-])(?:{names})\.?\s+$" + day_noun, flags)
    day = r"(?:\s+\d{1,2}(?:er|st|nd|rd|th)?,?)?"
    before_year = re.compile(rf"(?<![\w-])(?:{names})\.?{day}\s+{year_link}$", flags)
    return after, before_day, before_year


# a military unit's number ("Light Infantry Battalion (LIB) 408 shot and killed ...", "le 12e bataillon"): no
# figure (the unit words of English, French and Portuguese)
_UNIT_BEFORE = re.compile(
    r"\b(?:battalion|brigade|division|regiment|squadron|operations command|bataillon|régiment|secteur"
    r"|batalhão|brigada|regimento|divisão)\s*(?:\([A-Z]{2,6}\)\s*)?(?:No\.?\s*|n[°º]\s*)?$",
    re.I,
)


# a collective noun after "un"/"a": "neutralisé un regroupement de terroristes", "struck a gathering of
# fighters" tells no count of one
_COLLECTIVE_ONE = re.compile(
    r"\s+(?:(?:important|gros|petit|large|small|big|grande?)\s+)?(?:groupes?|regroupements?|rassemblements?|"
    r"colonnes?|bandes?|cellules?|foules?|réunions?|convois?|unités?|groups?|gatherings?|columns?|bands?|cells?|"
    r"crowds?|convoys?|units?|grupos?|colunas?|bandos?|reuni[aã]o|concentra[cç][aã]o)\s+(?:de\s|d['’]|of\s|"
    r"do\s|da\s|dos\s|das\s)", re.I)


# a crowd after "a"/"une"/"uma": "A mob lynched two men" tells the killers, no count of one
_CROWD_ONE = re.compile(r"\s+(?:(?:angry|irate|furious|large|huge|enraged|foule|en\s+col[eè]re)\s+)?"
                        r"(?:mob|crowd|foule|multid[aã]o|turba)(?![\w-])", re.I)


def _one_collective(text: str, num: NumberMatch) -> bool:
    """True for the "un" of "un regroupement de terroristes" (``_COLLECTIVE_ONE``) and the "A" of "A mob
    lynched two men" (``_CROWD_ONE``): no figure."""
    return (num.low == num.high == 1 and not num.text[:1].isdigit()
            and (_COLLECTIVE_ONE.match(text, num.end) is not None
                 or _CROWD_ONE.match(text, num.end) is not None))


def _unit_number(text: str, num: NumberMatch) -> bool:
    """True for the number of a military unit, right after the unit's word (``_UNIT_BEFORE``)."""
    head = text[max(0, num.start - 40) : num.start]
    return num.text[:1].isdigit() and _UNIT_BEFORE.search(head) is not None


def _outside_dates(text: str, numbers: list[NumberMatch], lang: str) -> list[NumberMatch]:
    """Drop the day and year of a date ('ont tué le 5 mai 2021 trois commerçants', 'March 5'): no figure."""
    after, before_day, before_year = _date_parts(lang)

    def in_date(n: NumberMatch) -> bool:
        if not n.text[:1].isdigit():
            return False
        head = text[max(0, n.start - 20) : n.start]
        year = len(n.text) == 4 and n.text[:2] in ("19", "20")
        return bool(after.match(text[n.end : n.end + 20]) or before_day.search(head)
                    or (year and before_year.search(head)))

    return [n for n in numbers if not in_date(n)]


def _outside_nouns(text: str, readings: list[Casualty], r: Rules) -> list[Casualty]:
    """Drop a figure read inside the noun of the figure before it: the "one" of "four members of one
    family were killed", the "two" of "four people of the two tribes were killed"."""
    kept: list[Casualty] = []
    for item in readings:
        if not (kept and _nested(text, kept[-1], item, r)):
            kept.append(item)
    return kept


def _nested(text: str, prev: Casualty, item: Casualty, r: Rules) -> bool:
    noun_end = casualty_noun_end(text, prev)
    if noun_end - len(prev.noun) <= item.number_start < noun_end:
        return True
    between = text[noun_end : item.number_start] + " "
    elided = text[noun_end : item.number_end] + " "  # an elided preposition: "cinq passagers d'un car"
    complement = r.complement is not None and bool(r.complement.match(between) or r.complement.match(elided))
    return complement and item.end == prev.end and len(between.split()) <= 2  # "of (the) two tribes"


def _without_appositions(text: str, readings: list[Casualty], r: Rules) -> list[Casualty]:
    """Drop a lone victim restated between commas: in "one civilian, a child, was killed" the child is
    the civilian, not a second death."""
    kept: list[Casualty] = []
    for item in readings:
        prev = kept[-1] if kept else None
        if prev is not None and prev.low == prev.high == 1 and _is_apposition(text, prev, item, r):
            prev.kind = prev.kind or item.kind
            continue
        kept.append(item)
    return kept


def _is_apposition(text: str, prev: Casualty, item: Casualty, r: Rules) -> bool:
    article = text[item.number_start : item.number_end].lower()
    if article not in r.indefinite or not item.noun or text[prev.end : item.number_start].strip() != ",":
        return False
    return text[casualty_noun_end(text, item) :].lstrip().startswith(",")


def _count_companions(text: str, casualties: list[Casualty], r: Rules) -> None:
    """'A commander and his seven men were killed', 'X and two other fighters died': the figure
    counts the people with the one named before it, so the toll is one more."""
    if r.with_one is None:
        return
    for i, c in enumerate(casualties):
        if c.kind != "killed" or c.subset_of_previous or c.number_start < 0:
            continue
        head = text[max(0, c.number_start - 40) : c.number_start]
        told = head + text[c.number_start : c.end]
        own_after = _with_one_after(text, head, c, r)  # "along with seven of his men"
        if not (companion_match(head, r) or own_after or (r.joined_other and r.joined_other.search(told))):
            continue
        prev = casualties[i - 1] if i else None
        # "killed a commander of the group, the Forest Boys, and two others": a name told between them
        named = (prev is not None and prev.kind == c.kind
                 and NAMED_BETWEEN.match(text, prev.end, c.number_start) is not None)
        reach = 110 if named else 40 if prev is not None and prev.kind == c.kind else 15
        inside = prev is not None and prev.start <= c.number_start < prev.end  # "un chef et ses hommes tués"
        if prev is not None and (0 <= c.number_start - prev.end < reach or inside):
            if prev.kind == c.kind and (r.with_one.search(head) or own_after):  # "... along with his six men"
                # one side: the lead's, or the armed side its men are told of ("un chef de l'EIGS et ses six
                # hommes", where a bare "chef" is a village's)
                armed = [g for g in (prev.group, c.group) if g in _ARMED]
                c.group = prev.group = armed[0] if armed else prev.group
                c.addend_of_previous = True
            elif prev.kind == c.kind and companion_match(head, r) and c.group in (prev.group, "unknown"):
                c.group, c.addend_of_previous = prev.group, True  # "5 soldiers died along with 2 others"
            elif (prev.kind == c.kind and not c.addend_of_previous and r.joined_other.search(told)
                  and (prev.group == c.group == "unknown" or (named and c.group in (prev.group, "unknown")))):
                c.group, c.addend_of_previous = prev.group, True  # "killed a gang leader and two others"
            continue  # the one before is already a figure: "a soldier and two others"
        c.low, c.high = c.low + 1, c.high + 1
        # "a Taliban commander and his six colleagues", "... along with a number of his men" (men alone are
        # civilians): the lead's side is theirs
        possessive = own_after or r.with_one.search(head) is not None
        if c.group == "unknown":
            c.group = _lead_group(head, r) or c.group
        elif possessive and c.noun.lower() in r.side_nouns and c.group not in _ARMED:
            c.group = _lead_group(head, r) or "unknown"  # someone's men are no civilians for that


_ARMED = ("security", "militants")


def _with_one_after(text: str, head: str, c: Casualty, r: Rules) -> bool:
    """A companion figure whose possessive follows it: "along with seven of his men", "with a number of
    her bodyguards" (with_one_after: the joiner before the figure, the possessive after it)."""
    if r.with_one_after is None or c.number_end < 0:
        return False
    before, after = r.with_one_after
    return before.search(head) is not None and after.match(text, c.number_end) is not None


def _lead_group(head: str, r: Rules) -> str | None:
    """The side of the one named before "and his", "along with": its group noun nearest the companions
    ("a female suicide bomber and her two companions": militants), else the body it names, else None."""
    lead = CLAUSE_END.split(head)[-1]
    marker = companion_match(lead, r)
    lead = lead[: marker.start()] if marker else lead
    return _last_named_group(lead, r) or affiliation(lead, r.lang, anywhere=True)


def _last_named_group(text: str, r: Rules) -> str | None:
    nouns = r.group_noun.finditer(text) if r.group_noun else ()
    found = [r.group_of.get(m["noun"].lower(), "unknown") for m in nouns]
    return next((group for group in reversed(found) if group != "unknown"), None)


def _count_pairs(text: str, casualties: list[Casualty], lang: str, r: Rules) -> None:
    """'Gunmen shot dead a nurse and a patient's relative': one victim told with a second, unnumbered one
    joined by "and" counts two (unless the second is a figure of its own: "a farmer and a herder")."""
    for i, c in enumerate(casualties):
        if c.kind != "killed" or c.low != 1 or c.high != 1 or c.subset_of_previous or c.addend_of_previous:
            continue
        pair = _lone_pair(text, c.number_start, c.end, lang, r)
        following = casualties[i + 1] if i + 1 < len(casualties) else None
        if pair is None or (following is not None and following.number_start < pair.end()):
            continue
        c.low, c.high, c.end = 2, 2, pair.end()


BOMBER_REACH = 60  # characters after a toll where "besides the bomber" still qualifies it


@lru_cache(maxsize=8)
def _besides_bomber(lang: str) -> re.Pattern[str] | None:
    rx = load_lexicon(lang)["casualties"].get("besides_bomber")
    return re.compile(rx, re.I) if rx else None


def _count_bomber_besides(text: str, casualties: list[Casualty], lang: str) -> None:
    """'matando 12 pessoas, além da própria bombista', '12 killed, not counting the bomber': the report
    counts the suicide bomber among the dead apart from the toll; ACLED's fatalities include the bomber who
    died, so the toll is one more (lexicon casualties.besides_bomber). A toll with no word of the bomber
    stays as told."""
    rx = _besides_bomber(lang)
    if rx is None:
        return
    for c in casualties:
        if c.kind == "killed" and not c.negated and not c.subset_of_previous and c.number_start >= 0 and (
                rx.match(text, c.end, min(len(text), c.end + BOMBER_REACH))):
            c.low, c.high = c.low + 1, c.high + 1
            return


@lru_cache(maxsize=16)
def _lone_death_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    """Compiled lone-death patterns; a pattern that spells out capitals ([A-Z]) is case-sensitive."""
    lex = load_lexicon(lang)["casualties"]
    adverbial = adverbials(lex.get("before_adverbial", ""))  # "ont assassiné dimanche le chef"
    patterns = [p.replace("{adverbial}", adverbial) for p in lex.get("lone_death") or []]
    return tuple(re.compile(p, 0 if "[A-Z]" in p else re.I) for p in patterns)


_AGENT = re.compile(r"\s(?:by|par|pel[oa]s?)\s", re.I)  # the agent of a passive ("shot by police", "tué par")


def _lone_deaths(text: str, lang: str, r: Rules) -> list[Casualty]:
    """One unnumbered death ("a farmer was shot dead", "he died"): the first such phrase counts 1."""
    for pattern in _lone_death_patterns(lang):
        m = next((m for m in pattern.finditer(text) if not _lone_deed(text, m.start(), r)), None)
        if m:
            # the victim's words, not the agent's: "a protester shot by police died" is no policeman
            words = re.findall(r"[\w'’-]+", _AGENT.split(m.group(0), maxsplit=1)[0].lower())
            group = next((r.group_of[w] for w in words if w in r.group_of), "unknown")
            if group == "unknown":
                group = _lone_modifier(text, m.start(), r) or _lone_affiliation(text, m, lang) or group
            pair = _lone_pair(text, m.start(), m.end(), lang, r)  # "killed the district head and his son"
            end = pair.end() if pair else m.end()
            return [Casualty(m.start(), end, 1 + bool(pair), 1 + bool(pair), "killed", group,
                             number_start=m.start(), number_end=m.start(), noun=m.group(0))]
    return []


@lru_cache(maxsize=8)
def _lone_pair_pattern(lang: str) -> re.Pattern[str] | None:
    """A second unnumbered victim coordinated with the first: "and his son", "and a patient's relative"."""
    lex = load_lexicon(lang)["casualties"]
    if not lex.get("lone_pair"):
        return None
    singular = "|".join(re.escape(n) for n in sorted(rules(lang).group_of, key=len, reverse=True))
    kin = lex.get("lone_pair_kin") or "$^"
    return re.compile(lex["lone_pair"].replace("{nouns}", singular).replace("{kin}", kin), re.I)


def _lone_pair(text: str, start: int, end: int, lang: str, r: Rules) -> re.Match[str] | None:
    """The second victim joined to one death whose phrase (start, end) ends on its victim's noun ("shot dead a
    nurse and a patient's relative"), else None; never after a verb ("a farmer was shot dead and his son
    wounded")."""
    pattern = _lone_pair_pattern(lang)
    if pattern is None or r.group_noun is None:
        return None
    if not any(n.end() == end for n in r.group_noun.finditer(text, start, end)):
        return None
    pair = pattern.match(text, end)
    if pair is None or r.direct.match(text[pair.end() : pair.end() + 60]):  # "and his wife was abducted"
        return None
    return pair


def _lone_deed(text: str, start: int, r: Rules) -> bool:
    """True when a lone death phrase starting at ``start`` is someone's past deed ("a militant, involved in
    the killing of an inspector, was killed"): the phrase of the toll comes later."""
    if r.deed_cause is None:
        return False
    left = clause_bounds(text, start, start)[0]
    if r.deed_cause.search(text[left:start]) is not None:
        return True
    # the deed phrase running into the death phrase: "involved in the " + "killing of an inspector"
    return r.deed_open is not None and any(m.start() < start - left < m.end()
                                           for m in r.deed_open.finditer(text[left : start + 60]))


_LONE_HEAD = re.compile(r"(?<![\w'’-])(?P<article>[\w'’-]+)\s+(?P<words>(?:[\w'’()-]+\s+){1,3})$")


def _lone_modifier(text: str, start: int, r: Rules) -> str | None:
    """The side a lone victim's noun phrase names before the noun the phrase starts on ("a senior Taliban
    commander in the south was killed", "an SDF commander"): a group noun among the words between an
    indefinite article and the noun, else None."""
    m = _LONE_HEAD.search(text, max(0, start - 50), start)
    if m is None or m["article"].lower() not in r.indefinite:
        return None
    groups = {r.group_of.get(w.lower().strip("()")) for w in m["words"].split()} - {None, "unknown"}
    return groups.pop() if len(groups) == 1 else None


def _lone_affiliation(text: str, m: re.Match[str], lang: str) -> str | None:
    """The side of a lone victim by the body named in the phrase itself ("a member of the 4th
    Division was killed") or in a complement of its noun ("the death of a collaborator with regime
    forces"); never by the perpetrator named after it ("a man was killed by the police")."""
    inside = affiliation(_AGENT.split(m.group(0), maxsplit=1)[0], lang, anywhere=True)
    if inside:
        return inside
    rest = re.sub(r"^\s*[\w'’-]+", "", text[m.end() : m.end() + 90], count=1)
    return affiliation(rest, lang)
