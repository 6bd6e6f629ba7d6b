"""Keep the sentences worth reading closely: conflict cues or a number near a casualty word."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

import yaml

from sahelwatch.read.prefilter import Literals, may_match, required_literals


@cache
def _lexicon(name: str) -> dict:
    """``data/lexicon/<name>.yaml``, parsed once."""
    text = resources.files("sahelwatch.data").joinpath(f"lexicon/{name}.yaml").read_text("utf-8")
    return yaml.safe_load(text)


@cache
def _stems(lexicon: str) -> dict[str, list[str]]:
    """Stems per language from ``data/lexicon/<lexicon>.yaml``."""
    data = _lexicon(lexicon)
    return {lang: [str(s).lower() for s in stems] for lang, stems in data.items() if lang != "version"}


@cache
def _pattern(lang: str, lexicon: str = "relevance") -> re.Pattern[str]:
    """One alternation of all stems for ``lang`` (English when the language has no list)."""
    stems = _stems(lexicon).get(lang) or _stems(lexicon)["en"]
    alternation = "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alternation})", re.IGNORECASE)


def is_relevant(sentence: str, lang: str = "en") -> bool:
    """True when the sentence carries a conflict cue in ``lang``."""
    return _pattern(lang).search(sentence) is not None


def has_violence_cue(sentence: str, lang: str = "en") -> bool:
    """True when the sentence says outright that violence happened (killed, ambush, bomb ...)."""
    return _pattern(lang, "violence_cues").search(sentence) is not None


def cue_spans(sentence: str, lang: str = "en") -> list[tuple[int, int]]:
    """Spans of the conflict cues found in ``sentence``."""
    return [m.span() for m in _pattern(lang).finditer(sentence)]


@cache
def _not_event_patterns(lang: str) -> tuple[tuple[Literals | None, re.Pattern[str]], ...]:
    """The language's ``not_events.yaml`` patterns, each with the words it cannot match without."""
    patterns = _lexicon("not_events").get(lang) or []
    return tuple((required_literals(p), re.compile(p, re.IGNORECASE)) for p in patterns)


@lru_cache(maxsize=4096)
def reports_no_event(sentence: str, lang: str = "en") -> bool:
    """True when conflict words describe no event ("reconnaissance drones were seen flying over") or
    deny one ("l'armée a démenti toute attaque")."""
    lowered = sentence.lower()
    patterns = _not_event_patterns(lang)
    told = any(rx.search(sentence) is not None for needs, rx in patterns if may_match(needs, lowered))
    return told or denies(sentence, lang)


@cache
def _denial_pattern(lang: str, key: str) -> re.Pattern[str] | None:
    """The ``deny`` or ``rumour`` pattern of ``data/lexicon/denials.yaml`` for ``lang``, if any."""
    rx = (_lexicon("denials").get(lang) or {}).get(key)
    return re.compile(rx, re.IGNORECASE) if rx else None


def denies(sentence: str, lang: str = "en") -> bool:
    """True when the sentence denies an event ("the army denied any attack on the base"); not when it denies
    only the toll of an attack it so affirms ("denied reports that 25 soldiers were killed in an attack on its
    post": ``denied_toll``)."""
    rx = _denial_pattern(lang, "deny")
    return rx is not None and rx.search(sentence) is not None and denied_toll(sentence, lang) is None


def denied_toll(sentence: str, lang: str = "en") -> tuple[int, int] | None:
    """The span of a denied toll told with the attack it happened in ("l'armée a démenti les informations
    faisant état de 30 soldats tués dans une attaque"): its figures count no one, its attack is affirmed."""
    rx = _denial_pattern(lang, "toll")
    m = rx.search(sentence) if rx is not None else None
    return None if m is None else m.span()


def tells_rumour(sentence: str, lang: str = "en") -> bool:
    """True when the sentence passes on a rumour ("social media spoke of 20 soldiers killed")."""
    rx = _denial_pattern(lang, "rumour")
    return rx is not None and rx.search(sentence) is not None
