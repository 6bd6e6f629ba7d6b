"""Cues that one sentence starts another incident than those told before it (lexicon ``new_incident``)."""

from __future__ import annotations

import re
from functools import cache

from sahelwatch.extract.numbers import load_lexicon, normalise_lang


@cache
def _new_incident_rx(lang: str) -> re.Pattern[str] | None:
    rule = load_lexicon(lang).get("new_incident")
    return re.compile(rule, re.I) if rule else None


def starts_new_incident(sentence: str, lang: str = "en") -> bool:
    """True when the sentence introduces another incident of a series ("une seconde frappe a touché
    un campement", "une autre attaque"); a language without the rule never says so."""
    rx = _new_incident_rx(normalise_lang(lang))
    return rx is not None and rx.search(sentence) is not None
