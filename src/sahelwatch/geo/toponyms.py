"""Finding candidate toponyms in text: gazetteer matching (Aho-Corasick) plus optional spaCy spans."""

from __future__ import annotations

import os
import pickle
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sahelwatch.geo.normalize import norm, norm_with_map

if TYPE_CHECKING:
    from sahelwatch.geo.gazetteer import Gazetteer

MIN_MATCH_POPULATION = 1000
SHORT_NAME_POPULATION = 50_000
_UNKNOWN_AFTER_CUE = re.compile(
    r"(?:\b(?:village|town|hamlet|locality|localit[ée]|commune|hameau|bourg|ville) (?:of|de|d'|d’)\s*"
    r"|\b(?:near|outside|pr[èe]s de|non loin de) )"
    r"([A-ZÀ-Ý][\w’'\-]+(?:[ -][A-ZÀ-Ý][\w’'\-]+)?)"
)

# Capitalised words that are place names somewhere but almost never one in news text.
STOP_NAMES = {
    "of",
    "the",
    "a",
    "an",
    "and",
    "de",
    "la",
    "le",
    "les",
    "du",
    "des",
    "en",
    "et",
    "un",
    "une",
    "in",
    "on",
    "at",
    "to",
    "for",
    "by",
    "with",
    "from",
    "as",
    "is",
    "it",
    "he",
    "she",
    "we",
    "they",
    "his",
    "her",
    "our",
    "this",
    "that",
    "but",
    "or",
    "not",
    "no",
    "yes",
    "police",
    "mobile",
    "reading",
    "independence",
    "union",
    "university",
    "college",
    "hospital",
    "church",
    "school",
    "center",
    "centre",
    "city",
    "county",
    "state",
    "republic",
    "national",
    "north",
    "south",
    "east",
    "west",
    "central",
    "new",
    "old",
    "great",
    "little",
    "mount",
    "lake",
    "river",
    "island",
    "islands",
    "valley",
    "beach",
    "park",
    "bay",
    "march",
    "may",
    "june",
    "july",
    "august",
    "april",
    "january",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "man",
    "army",
    "president",
    "minister",
    "government",
    "says",
    "said",
    "home",
    "ville",
    "paris hilton",
    "mali",
    "niger",
    "chad",
    "jordan",
    "victoria",
    "florence",
    "eugene",
    "marion",
    "hope",
    "grace",
    "aurora",
    "same",
    "time",
    "nice",
    "best",
    "day",
    "god",
    "allah",
    "bar",
    "post",
    "page",
    "view",
    "media",
    "news",
    "star",
    "fox",
    "cbs",
    "nbc",
    "abc",
    "cnn",
    "bbc",
    "afp",
    "reuters",
    "ap",
    "ma",
    "mr",
    "dr",
    "st",
    "co",
    "inc",
    "ltd",
    "boko haram",
    "al qaeda",
    "islamic state",
    "isis",
    "mass",
    "rose",
    "john",
    "james",
    "paul",
    "george",
    "charles",
    "washington post",
    "mon",
    "lun",
    "mar",
    "mer",
    "jeu",
    "ven",
    "sam",
    "dim",
    "mai",
    "juin",
    "nord",
    "sud",
    "est",
    "ouest",
    "etat",
    "province",
    "region",
    "commune",
    "cercle",
    "sahel",
}
# Country names that are also common words or person names but must be kept when capitalised.
KEEP_AMBIGUOUS = {"mali", "niger", "chad", "jordan"}

_ADMIN_TYPES = (
    r"(?:region|r[ée]gion|province|state|governorate|district|department|d[ée]partement|county|cercle"
    r"|commune|prefecture|pr[ée]fecture|municipality|localit[ée])"
)
_NEAR = re.compile(
    r"(?:\bnear|\boutside|\bclose to|\bnot far from|\baround|\bvicinity of|\bpr[èe]s de|\bnon loin de|"
    r"\baux environs de|\benvirons de|\bkm (?:north|south|east|west|from|of|au|de|du|d)\w*"
    r"|\bkilom[eè]tres?\b[^.]{0,30}"
    r"(?:of|from|de|du|d)|\bmiles? (?:north|south|east|west)\w*[^.]{0,10}(?:of|from))\s+(?:the\s+)?"
    r"(?:(?:town|village|city|localit[ée]|ville|commune) (?:of|de)\s+)?$",
    re.I,
)
_ADMIN_BEFORE = re.compile(rf"\b{_ADMIN_TYPES}\s+(?:of|de|du|des|d'|d’)\s*(?:la\s+|l'|l’)?$", re.I)
_ADMIN_AFTER = re.compile(rf"^\s+{_ADMIN_TYPES}\b", re.I)
_SETTLEMENT_BEFORE = re.compile(
    r"\b(?:town|village|city|hamlet|localit[ée]|ville|bourg|hameau|village)\s+(?:of|de|d'|d’)\s*$", re.I
)


@dataclass
class Toponym:
    """A place name found in text, with the cues around it."""

    start: int
    end: int
    text: str
    source: str = "gazetteer"  # gazetteer | ner | gold
    near: bool = False  # "near X", "20 km from X"
    admin_type: str | None = None  # "region", "province", ... when the text says so
    settlement: bool = False  # "the town of X", "village de X"

    def __post_init__(self) -> None:
        self.text = self.text.strip()


def annotate_cues(text: str, toponym: Toponym) -> Toponym:
    """Fill ``near``, ``admin_type`` and ``settlement`` from the words around the toponym."""
    before = text[max(0, toponym.start - 60) : toponym.start]
    after = text[toponym.end : toponym.end + 30]
    toponym.near = bool(_NEAR.search(before))
    admin = _ADMIN_BEFORE.search(before) or _ADMIN_AFTER.match(after)
    if admin:
        word = re.search(_ADMIN_TYPES, admin.group(0), re.I)
        toponym.admin_type = norm(word.group(0)) if word else None
    toponym.settlement = bool(_SETTLEMENT_BEFORE.search(before))
    return toponym


class Matcher:
    """An Aho-Corasick automaton over the gazetteer's normalised names."""

    def __init__(self, automaton: Any) -> None:
        self.automaton = automaton

    @classmethod
    def for_gazetteer(cls, gaz: Gazetteer) -> Matcher:
        """Load the pickled automaton kept next to the gazetteer, or build and pickle it."""
        if gaz.matcher_cache is not None:
            return gaz.matcher_cache  # type: ignore[return-value]
        path = gaz.path + ".matcher.pkl"
        if os.path.exists(path):
            with open(path, "rb") as fh:
                matcher = cls(pickle.load(fh))
        else:
            matcher = cls(_build_automaton(gaz))
            tmp = path + ".tmp"
            with open(tmp, "wb") as fh:
                pickle.dump(matcher.automaton, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        gaz.matcher_cache = matcher
        return matcher

    def matches(self, text: str) -> list[tuple[int, int]]:
        """Longest non-overlapping (start, end) spans of ``text`` whose normalised form is a known name."""
        normed, index = norm_with_map(text)
        found: list[tuple[int, int]] = []
        for end, length in self.automaton.iter(normed):
            start = end - length + 1
            if (start > 0 and normed[start - 1].isalnum()) or (
                end + 1 < len(normed) and normed[end + 1].isalnum()
            ):
                continue
            found.append((index[start], index[end] + 1))
        found.sort(key=lambda s: (s[0], -(s[1] - s[0])))
        kept: list[tuple[int, int]] = []
        for span in sorted(found, key=lambda s: -(s[1] - s[0])):
            if all(span[1] <= k[0] or span[0] >= k[1] for k in kept):
                kept.append(span)
        return sorted(kept)


def _build_automaton(gaz: Gazetteer) -> Any:
    import ahocorasick

    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for name, _gid in gaz.all_names(MIN_MATCH_POPULATION):
        if len(name) >= 3 and name not in STOP_NAMES and not name.isdigit():
            automaton.add_word(name, len(name))
    for name in KEEP_AMBIGUOUS | {"us", "uk", "drc", "uae"}:
        automaton.add_word(name, len(name))
    automaton.make_automaton()
    return automaton


def _plausible(gaz: Gazetteer, text: str, start: int, end: int) -> bool:
    """Capitalised, not a stop word, not all-caps noise; names of 3 letters only for sizeable places."""
    surface = text[start:end]
    if not surface[:1].isupper():
        return False
    key = norm(surface)
    if key in STOP_NAMES and key not in KEEP_AMBIGUOUS:
        return False
    if len(key) <= 3 and not surface.isupper():
        return any(e.population >= SHORT_NAME_POPULATION or e.level <= 1 for e in gaz.candidates(surface))
    return not (surface.isupper() and len(key) > 4 and text[max(0, start - 20) : start].isupper())


_NAME_WORD = re.compile(r"[A-Z][\w’'\-]*\.?")
_PREV_OK = {
    "In",
    "At",
    "Near",
    "The",
    "From",
    "To",
    "North",
    "South",
    "East",
    "West",
    "Central",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Upper",
    "Lower",
    "Greater",
    "Of",
    "And",
    "En",
    "Au",
    "Le",
    "La",
    "Les",
    "De",
    "Du",
}
_STREET_WORDS = {
    "Street",
    "St",
    "Road",
    "Rd",
    "Avenue",
    "Ave",
    "Boulevard",
    "Blvd",
    "Drive",
    "Lane",
    "Hall",
    "Court",
}


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """True when the match ends a person's name ('David Smith', 'Sen. Clark') or starts a street name."""
    after = _NAME_WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if after and after.group(0).rstrip(".") in _STREET_WORDS:
        return True
    before = text[max(0, start - 25) : start]
    prev = re.search(r"([A-Z][\w’'\-]*\.?) $", before)
    if prev is None or prev.group(1) in _PREV_OK:
        return False
    sentence_start = re.search(r"(?:^|[.!?:;\"“]\s+)[A-Z][\w’'\-]*\.? $", before)
    return not (sentence_start and prev.group(1).rstrip(".") in _PREV_OK | {"Mr", "Ms"})


def find_toponyms(
    text: str, lang: str = "en", gazetteer: Gazetteer | None = None, doc: Any = None
) -> list[Toponym]:
    """Candidate toponyms in ``text``: gazetteer matches, merged with spaCy GPE/LOC/FAC spans of ``doc``."""
    from sahelwatch.geo.gazetteer import get_gazetteer

    gaz = gazetteer or get_gazetteer()
    spans = [s for s in Matcher.for_gazetteer(gaz).matches(text) if _plausible(gaz, text, *s)]
    spans = [(a, b) for a, b in spans if not _inside_longer_name(text, a, b)]
    for m in _UNKNOWN_AFTER_CUE.finditer(text):
        if all(m.end(1) <= s[0] or m.start(1) >= s[1] for s in spans):
            spans.append((m.start(1), m.end(1)))
    if doc is not None:
        for ent in getattr(doc, "ents", ()):
            if ent.label_ in {"GPE", "LOC", "FAC"} and all(
                ent.end_char <= s[0] or ent.start_char >= s[1] for s in spans
            ):
                spans.append((ent.start_char, ent.end_char))
    spans.sort()
    return [annotate_cues(text, Toponym(s, e, text[s:e], "gazetteer")) for s, e in spans]
