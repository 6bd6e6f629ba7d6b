"""A fast sentence splitter that keeps character offsets into the article text.

spaCy is run later, on the relevant sentences only; splitting the whole article
with a rule is an order of magnitude cheaper and good enough for news prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Tokens that end with a period but do not end a sentence.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "pvt", "adm",
    "gov", "sen", "rep", "st", "mt", "ft", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc",
    "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "approx", "est", "dept", "univ", "u.s", "u.n", "u.k", "e.g", "i.e", "m", "mme", "mlle",
    "me", "cf", "av", "bd", "km", "lt.-col", "brig", "pres",
}

_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)]*(?=\s+)|\n\s*\n|\n(?=\s*[A-ZÀ-Ý\"'“«(\-–—•*])")


@dataclass(frozen=True)
class Sentence:
    """A sentence as offsets into the article text."""

    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; offsets index ``text`` exactly, whitespace trimmed."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if match.group().startswith((".",)) and _is_abbreviation(text, match.start()):
            continue
        if _next_starts_lowercase(text, end) and not match.group().startswith("\n"):
            continue
        _append(sentences, text, start, end)
        start = end
    _append(sentences, text, start, len(text))
    return sentences


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` closes an abbreviation or an initial."""
    word_start = dot
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:dot].lower().strip("(\"'“")
    if word in _ABBREVIATIONS:
        return True
    return len(word) == 1 and word.isalpha()


def _next_starts_lowercase(text: str, end: int) -> bool:
    """True when the next non-space character is a lowercase letter or a digit continuation."""
    i = end
    while i < len(text) and text[i].isspace():
        i += 1
    return i < len(text) and text[i].islower()


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    """Append the trimmed span [start, end) if it holds any text."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(start, end, text[start:end]))
