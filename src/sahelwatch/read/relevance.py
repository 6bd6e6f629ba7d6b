"""Keep the sentences worth reading closely: conflict cues or a number near a casualty word."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml


@cache
def _stems() -> dict[str, list[str]]:
    """Relevance stems per language from ``data/lexicon/relevance.yaml``."""
    text = resources.files("sahelwatch.data").joinpath("lexicon/relevance.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    return {lang: [str(s).lower() for s in stems] for lang, stems in data.items() if lang != "version"}


@cache
def _pattern(lang: str) -> re.Pattern[str]:
    """One alternation of all stems for ``lang`` (English when the language has no list)."""
    stems = _stems().get(lang) or _stems()["en"]
    alternation = "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alternation})", re.IGNORECASE)


def is_relevant(sentence: str, lang: str = "en") -> bool:
    """True when the sentence carries a conflict cue in ``lang``."""
    return _pattern(lang).search(sentence) is not None


def cue_spans(sentence: str, lang: str = "en") -> list[tuple[int, int]]:
    """Spans of the conflict cues found in ``sentence``."""
    return [m.span() for m in _pattern(lang).finditer(sentence)]
