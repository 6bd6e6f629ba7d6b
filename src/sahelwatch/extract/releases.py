"""Hostages freed: the release is no new abduction, and the abduction it ends keeps its own day.

"Three Italians who were kidnapped in southern Mali in May 2022 have been freed" tells an abduction of May
2022, not one on the day of the report; "two hostages kidnapped near Djibo were freed on Sunday" dates the
release, and gives the abduction no day at all. In an article about a release, an undated sentence that
tells the kidnapping ("the family was seized from their home") is the story's background, not a new event.
"""

from __future__ import annotations

import re
from functools import cache

from sahelwatch.extract.dates import DateExpr
from sahelwatch.extract.numbers import lexicon_pattern, load_lexicon

ABDUCTION = "Abduction/forced disappearance"


def release_at(text: str, lang: str) -> re.Match[str] | None:
    """Where ``text`` tells that captives were freed ("have been freed", "ont été libérés",
    "foram libertados", "the release of"), if it does."""
    rx = lexicon_pattern(lang, "released", r"(?<![\w-])(?:{})(?![\w-])")
    return rx.search(text) if rx else None


def release_story(title: str, lead: str, lang: str) -> bool:
    """True when the headline or the first sentence tells a release: the article is about one."""
    return release_at(title, lang) is not None or release_at(lead, lang) is not None


def abduction_dates(text: str, start: int, dates: list[DateExpr], lang: str) -> list[DateExpr] | None:
    """For a sentence (``text``, at article offset ``start``) that tells an abduction, the dates that can
    date it: all of them when the sentence tells no release; else those told before the release ("kidnapped
    in May 2022 have been freed"), without the release's own day ("freed on Sunday"). None when the
    sentence tells no release."""
    found = release_at(text, lang)
    if found is None:
        return None
    before = [d for d in dates
              if d.end <= start + found.start() and not _opens(text, d.start - start, d.end - start)]
    if before:
        return before
    # told after the release, right after the captives' participle: "O JNIM libertou dois reféns raptados em
    # maio de 2022", "freed two hostages kidnapped in May 2022"
    taken = _taken_rx(lang)
    return [d for d in dates if taken is not None and d.start >= start + found.end()
            and taken.search(text[max(0, d.start - start - 40) : d.start - start])]


def _opens(text: str, begin: int, end: int) -> bool:
    """True for a date that opens the sentence before a comma: the release's own day ("No dia 20, as forças
    libertaram 12 reféns", "On Sunday, troops freed ..."), not the abduction's."""
    return not text[:begin].strip(" \"'“”«»-—–") and text[end:].lstrip().startswith(",")


@cache
def _taken_rx(lang: str) -> re.Pattern[str] | None:
    """A captives' participle ("raptados", "kidnapped", "enlevés") followed by a few words before a date; not
    an adjective before its noun ("rescued 21 kidnapped victims in Kankara last week": the rescue's week)."""
    casualties = load_lexicon(lang).get("casualties") or {}
    words = casualties.get("after", {}).get("abducted")
    if not words:
        return None
    nouns = "|".join(sorted({n for g in (casualties.get("groups") or {}).values() for n in g.split("|")},
                            key=len, reverse=True))
    attributive = rf"(?!\s+(?:{nouns})(?![\w-]))" if nouns else ""
    return re.compile(rf"(?<![\w-])(?:{words}){attributive}(?:\s+[\w'’-]+){{0,3}}\s*$", re.I)
