"""Whose people a casualty figure counts: a named body ("members of the VDP"), a pronoun's
antecedent, an affiliation told beside the figure ("N of them soldiers")."""

from __future__ import annotations

import re
from functools import lru_cache

from sahelwatch.extract.casualty_rules import Casualty, Rules, rules
from sahelwatch.extract.numbers import load_lexicon, normalise_lang

_COMPLEMENT_END = re.compile(r"[.;:!?\n]")


def named_body(text: str, lang: str, anywhere: bool = False) -> str | None:
    """The side of a generic noun by the armed group of the actor dictionary its complement (or, with
    ``anywhere``, its modifier) names: "four members of Liwaa al-Quds", "seven members of the Houthi
    militia" are militants (or security: "members of the Popular Mobilization Forces"), whatever the
    affiliations lexicon lists. An identity militia's name there is its community's ("two members of the
    Irigwe ethnic group"): no side."""
    from sahelwatch.extract.actors import find_actors

    if not anywhere:
        opening = _affiliation_opening(normalise_lang(lang))
        m = opening.match(text) if opening else None
        if m is None:
            return None
        text = text[m.end():]
    end = _COMPLEMENT_END.search(text)
    text = text[: end.start()] if end else text
    for match in find_actors(text, lang):  # not a community's members ("members of the Irigwe ethnic group")
        if match.actor.ucdp_name and match.group in ("security", "militants") and match.actor.inter != 4:
            return match.group
    return None


@lru_cache(maxsize=16)
def _affiliation_opening(lang: str) -> re.Pattern[str] | None:
    opening = (load_lexicon(lang)["casualties"].get("affiliations") or {}).get("opening")
    return re.compile(rf"\s*,?\s*(?:{opening})\s+", re.I) if opening else None


PRONOUNS = {"them", "of them", "d'entre eux", "deles", "delas"}
PASSIVE = re.compile(r"\s+(?:were|have been|had been|ont été|furent|foram)\b", re.I)
_WORD = re.compile(r"[\w’'-]+")
# a kill verb right before "two of them" ("opened fire on the guards, killing two of them", "matando dois
# deles"): the figure counts the group named before it
KILLING = re.compile(r"\b(?:killing|killed|matando|mataram|matou|abatendo|tuant|tué|tuèrent)\s+"
                     r"(?:at least\s+|pelo menos\s+|au moins\s+)?$", re.I)


def antecedent_group(head: str, r: Rules) -> str:
    """The side of the nearest group noun before "N of them were killed" ("the attackers were repelled
    and 20 of them were killed": militants; "abducted 30 people; five of them were killed": unknown)."""
    words = [w.lower() for w in _WORD.findall(head[-150:])]
    for i in range(len(words) - 1, -1, -1):
        pair = f"{words[i - 1]} {words[i]}" if i else ""  # "guardas prisionais" before "guardas"
        for key in (pair, words[i]):
            if key in r.group_of:
                return r.group_of[key]
    return "unknown"


def opening_pronoun_groups(items: list[Casualty], text: str, previous: str, lang: str = "en") -> None:
    """Give a sentence-opening "N of them were killed" the side of the group the sentence before ends on
    ("The assailants, identified as JNIM fighters, came from Burkina Faso. Seven of them were killed":
    militants); the figure's own sentence holds no antecedent for it."""
    r = rules(lang)
    for item in items:
        if item.group != "unknown" or item.noun.lower() not in PRONOUNS or text[: item.number_start].strip():
            continue
        noun_end = text.lower().find(item.noun.lower(), item.number_end) + len(item.noun)
        if PASSIVE.match(text, noun_end):
            item.group = antecedent_group(previous, r)


@lru_cache(maxsize=16)
def _affiliation_patterns(lang: str) -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """Per side: (a complement naming the body right after a noun, the body anywhere)."""
    table = load_lexicon(lang)["casualties"].get("affiliations") or {}
    opening = table.get("opening", "")
    patterns = {}
    for side, bodies in table.items():
        if side != "opening":
            article = r"(?:the\s+|l[ae']\s*|les\s+)?"
            after = rf"^\s*,?\s*(?:{opening})\s+{article}(?:[\w’'-]+\s+){{0,3}}?(?:{bodies})(?![\w-])"
            patterns[side] = (re.compile(after, re.I), re.compile(rf"(?<![\w-])(?:{bodies})(?![\w-])", re.I))
    return patterns


def affiliation(text: str, lang: str, anywhere: bool = False) -> str | None:
    """The side a generic noun belongs to by the body its complement names: "two members of the
    Air Force Intelligence" are security, "a commander of the Islamic State" a militant."""
    found = []
    spans = []
    for side, (after, body) in _affiliation_patterns(normalise_lang(lang)).items():
        m = body.search(text) if anywhere else after.match(text)
        if m:
            named = max(len(b.group(0)) for b in body.finditer(m.group(0)))
            found.append((named, side))
            spans.append((m.start(), m.end(), side))
    joined = _joined_sides(text, spans) if not anywhere else set()
    if joined:  # "quinze morts parmi les VDP et les civils": the armed side among the dead is the one hit
        return next((side for side in ("security", "militants") if side in joined), None)
    # the most specific body wins: "the New People's Army" is no army
    return max(found)[1] if found else None


_JOINED = re.compile(r"^\s*(?:et|and|e|ainsi que|as well as)\s+(?:(?:the|les|des|de|d'|os|as)\s+)?\S+\s*$",
                     re.I)


def _joined_sides(text: str, spans: list[tuple[int, int, str]]) -> set[str]:
    """The sides a complement names joined by "and" ("among the VDP and the civilians"): the shorter match
    ends on one side's body, the longer one goes on to the other's after "and"; else none."""
    for _, end, side in spans:
        for _, other_end, other in spans:
            if other != side and other_end > end and _JOINED.match(text[end:other_end]):
                return {side, other}
    return set()
