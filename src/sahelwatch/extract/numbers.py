"""Cardinal numbers in news text: digits, number words, vague quantities, qualifiers and ranges.

Conventions (ACLED-style, conservative):

* "dozens"/"tens of"/"des dizaines"/"plusieurs dizaines" = 12; "hundreds"/"des centaines" = 100;
  "a dozen" = 12; "une dizaine" = 10, "une vingtaine" = 20 ... "une centaine" = 100.
* "several"/"many"/"plusieurs"/"quelques" = low 3, high 10, vague. ACLED codes an unspecified plural
  toll as a small fixed number; we keep 3 as the conservative low (a plural of more than two) and
  10 as the high, so that summaries stay conservative while the range still records the vagueness.
* "at least N"/"au moins N": low = high = N.  "more than N"/"over N"/"plus de N": low = high = N
  (the conservative reading).  "nearly/almost/près de N" and "up to/jusqu'à N": high = N,
  low = N - max(1, N // 10).  "about/around/some/environ/quelque N": low = high = N.
* Ranges "between 20 and 30", "20 to 30", "20-30", "entre 20 et 30": low = 20, high = 30.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from functools import lru_cache as _cache
from pathlib import Path
from typing import Any

import yaml

LEXICON_DIR = Path(__file__).resolve().parents[1] / "data" / "lexicon"
DEFAULT_LANG = "en"


@_cache(maxsize=64)
def normalise_lang(lang: str | None) -> str:
    """Map 'fr-FR', 'FR', None ... to a lexicon code that exists (fallback English); cached, as it is
    asked for every sentence and would otherwise look at the file system each time."""
    code = (lang or DEFAULT_LANG).lower()[:2]
    return code if (LEXICON_DIR / f"{code}.yaml").exists() else DEFAULT_LANG


@_cache(maxsize=16)
def load_lexicon(lang: str) -> dict[str, Any]:
    """The parsed lexicon of one language (cached)."""
    with open(LEXICON_DIR / f"{normalise_lang(lang)}.yaml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)


# some 60 rules per language: a cache of 64 thrashed on a corpus mixing English, French and Portuguese
@_cache(maxsize=512)
def lexicon_pattern(lang: str, key: str, template: str = "{}") -> re.Pattern[str] | None:
    """The lexicon's regex ``key`` of a language, compiled case-insensitively inside ``template``
    (``r"\\b(?:{})\\b"`` for a bare word list); None when the language has no such entry."""
    words = load_lexicon(lang).get(key)
    return re.compile(template.format(words), re.I) if words else None


def alternation(words: list[str] | dict[str, Any]) -> str:
    """A regex alternation of literal words, longest first so that compounds win."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class NumberValue:
    """A parsed quantity: a single number has low == high."""

    low: int
    high: int
    vague: bool = False


@dataclass(frozen=True)
class NumberMatch:
    """A quantity found in text; ``qualifier`` is exact|at_least|more_than|nearly|up_to|about|range|vague."""

    start: int
    end: int
    low: int
    high: int
    qualifier: str = "exact"
    vague: bool = False
    text: str = ""


@dataclass(frozen=True)
class _Grammar:
    """Compiled regexes and word tables of one language."""

    pattern: re.Pattern[str]
    word_re: re.Pattern[str]
    words: dict[str, int]
    multipliers: dict[str, int]
    joiners: frozenset[str]
    vague: list[tuple[re.Pattern[str], tuple[int, int]]]
    qualifiers: list[tuple[str, re.Pattern[str]]]
    joiner_after_tens: bool = False  # lexicon flag: "vinte e cinco" (a ten joined to a unit)


DIGITS = r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+(?:[.,]\d+)?)(?![\d])"


@lru_cache(maxsize=16)
def grammar(lang: str) -> _Grammar:
    """Build (once per language) the number grammar from the lexicon."""
    lex = load_lexicon(lang)["numbers"]
    words = {k.lower(): int(v) for k, v in lex["words"].items()}
    multipliers = {k.lower(): int(v) for k, v in lex["multipliers"].items()}
    joiners = frozenset(lex.get("joiners", []))
    articles = lex.get("articles", [])
    word = rf"(?:{alternation(list(words) + list(multipliers))})"
    joins, mults = alternation(list(joiners)), alternation(list(multipliers))
    join = rf"(?:\s+(?:{joins})\s+|-(?:{joins})-)" if joiners else "(?!)"
    art = rf"(?:(?:{alternation(articles)})\s+(?=(?:{mults})\b))?" if articles else ""
    word_seq = rf"{art}{word}(?:(?:[\s-]+|{join}){word})*"
    num = rf"(?:{DIGITS}(?:\s+(?:{alternation(list(multipliers))})(?![\w-]))?|(?<![\w-]){word_seq}(?![\w-]))"
    quals = load_lexicon(lang)["qualifiers"]
    qual = "|".join(f"(?:{v})" for v in quals.values())
    rng = load_lexicon(lang)["range_words"]
    vague_alt = "|".join(f"(?:{k})" for k in lex["vague"])
    pattern = (
        rf"(?<!\w)(?:(?P<qual>{qual})(?:\s+|(?<=['’])))?(?:"
        rf"(?P<between>{rng['between']})\s+(?P<a>{num})\s+(?:{rng['and']})\s+(?P<b>{num})"
        rf"|(?P<a2>{num})(?:\s*[-–—]\s*|\s+(?:{rng['to']})\s+)(?P<b2>{num})"
        rf"|(?P<vague>{vague_alt})(?!\w)"
        rf"|(?P<num>{num}))"
    )
    vague = [(re.compile(rf"(?:{k})$", re.I), (int(v[0]), int(v[1]))) for k, v in lex["vague"].items()]
    qualifiers = [(name, re.compile(rf"(?:{rx})$", re.I)) for name, rx in quals.items()]
    return _Grammar(re.compile(pattern, re.I), re.compile(rf"{word}|\d+", re.I), words, multipliers,
                    joiners, vague, qualifiers, bool(lex.get("joiner_after_tens")))


def _digits_value(text: str, g: _Grammar) -> int | None:
    """'1,200' / '1 200' / '1.200' / '1.5 million' -> int."""
    parts = text.split()
    mult = 1
    if len(parts) > 1 and parts[-1].lower() in g.multipliers:
        mult = g.multipliers[parts[-1].lower()]
        parts = parts[:-1]
    raw = "".join(parts).replace("\u00a0", "").replace("\u202f", "")
    if re.fullmatch(r"\d{1,3}([.,]\d{3})+", raw):
        raw = raw.replace(",", "").replace(".", "")
    try:
        return int(round(float(raw.replace(",", ".")) * mult))
    except ValueError:
        return None


def _words_value(text: str, g: _Grammar) -> int | None:
    """Additive/multiplicative parse of number words: 'quatre-vingt-douze' -> 92, 'one hundred and five'."""
    total, current, seen = 0, 0, False
    for token in g.word_re.findall(text.lower()):
        if token in g.multipliers:
            value = g.multipliers[token]
            if value >= 1000:
                total += (current or 1) * value
                current = 0
            else:
                current = (current or 1) * value
        elif token in g.words:
            current += g.words[token]
        else:
            continue
        seen = True
    return total + current if seen else None


def _value(text: str, g: _Grammar) -> int | None:
    stripped = text.strip()
    if stripped[:1].isdigit():
        return _digits_value(stripped, g)
    return _words_value(stripped, g)


def _valid_word_prefix(text: str, g: _Grammar) -> str:
    """Cut a number-word sequence at a joiner that does not join number parts ('two and three')."""
    for joiner in g.joiners:
        for m in re.finditer(rf"(\s+|-){joiner}(\s+|-)", text, re.I):
            before = g.word_re.findall(text[: m.start()].lower())
            after = g.word_re.findall(text[m.end():].lower())
            last = before[-1] if before else ""
            nxt = after[0] if after else ""
            if last in g.multipliers or g.words.get(nxt) in (1, 11):
                continue
            if g.joiner_after_tens and g.words.get(last, 0) >= 20 and g.words[last] % 10 == 0 \
                    and 0 < g.words.get(nxt, 0) < 10:
                continue
            return text[: m.start()]
    return text


def _apply_qualifier(qualifier: str, n: int) -> tuple[int, int]:
    if qualifier in ("nearly", "up_to"):
        return max(0, n - max(1, n // 10)), n
    return n, n


def _qualifier_name(surface: str | None, g: _Grammar) -> str:
    if not surface:
        return "exact"
    for name, rx in g.qualifiers:
        if rx.match(surface.lower()):
            return name
    return "exact"


def _to_match(m: re.Match[str], g: _Grammar) -> NumberMatch | None:
    """Turn one regex match into a NumberMatch (None when it does not parse)."""
    qualifier = _qualifier_name(m.group("qual"), g)
    if m.group("vague"):
        low, high = next(v for rx, v in g.vague if rx.match(m.group("vague").lower()))
        if qualifier in ("nearly", "up_to"):  # "près d'une centaine": 90-100
            low = _apply_qualifier(qualifier, low)[0]
        return NumberMatch(m.start(), m.end(), low, high, "vague", True, m.group(0))
    a, b = m.group("a") or m.group("a2"), m.group("b") or m.group("b2")
    if a and b:
        low, high = _value(a, g), _value(b, g)
        if low is None or high is None or low > high:
            return None
        return NumberMatch(m.start(), m.end(), low, high, "range", False, m.group(0))
    surface = m.group("num")
    end = m.end()
    if not surface[:1].isdigit():
        cut = _valid_word_prefix(surface, g)
        end -= len(surface) - len(cut)
        surface = cut
    value = _value(surface, g)
    if value is None:
        return None
    low, high = _apply_qualifier(qualifier, value)
    return NumberMatch(m.start(), end, low, high, qualifier, False, m.string[m.start():end])


def find_numbers(text: str, lang: str = "en") -> list[NumberMatch]:
    """Every quantity in ``text``, left to right, with offsets relative to ``text``."""
    g = grammar(normalise_lang(lang))
    found = []
    pos = 0
    while (m := g.pattern.search(text, pos)) is not None:
        pos = max(m.end(), pos + 1)
        match = _to_match(m, g)
        if match is None and m.group("b2"):
            pos = m.start("b2")  # "Dec 15 - Nine soldiers": no range (15 > 9), the second figure stands alone
            continue
        if match is not None and not _ORDINAL_SUFFIX.match(text, match.end):
            echo = _ECHOED_DIGITS.match(text, match.end)
            if echo and not match.vague and match.low == match.high == int(echo.group(1)):
                # "quatre (04) soldats": the figure written out, then in digits, is one figure
                match = replace(match, end=echo.end(), text=text[match.start:echo.end()])
                pos = max(pos, echo.end())
            found.append(match)
    return found


# the same figure in digits right after it in words, as communiqués write it: "quatre (04)", "douze (12)"
_ECHOED_DIGITS = re.compile(r"[ \t]*\(\s*(\d{1,4})\s*\)")


# "4th Division", "2nd battalion", "21e régiment": a rank, not a quantity
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th|e|ème|eme|er|º|ª)\b", re.IGNORECASE)


def parse_number(text: str, lang: str = "en") -> NumberValue | None:
    """Parse a string that is (only) a quantity, e.g. 'at least 12', 'quatre-vingt-douze', 'dozens'."""
    stripped = text.strip()
    matches = find_numbers(stripped, lang)
    if len(matches) != 1 or matches[0].start != 0 or matches[0].end != len(stripped):
        return None
    m = matches[0]
    return NumberValue(m.low, m.high, m.vague)
