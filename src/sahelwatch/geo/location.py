"""Which of a sentence's places is the event's location."""

from __future__ import annotations

import re

from sahelwatch.models import Place

_GOVERNING = re.compile(
    r"\b(?:in|at|near|outside|inside|on|into|around|across|of|à|au|aux|dans|près de|en)\s+(?:the\s+)?$", re.I
)
_ORIGIN = re.compile(
    r"\b(?:from|hailing from|native of|citizen of|originaire de|venus? de|de nationalité)\s+(?:the\s+)?$",
    re.I,
)
# a distance told from the place ("à quelques kilomètres de Diboli", "20 km from Gao"): the event's place,
# unless the distance situates another place ("Gueskérou, située à 30 km de Diffa": Diffa is a landmark)
_DISTANCE = re.compile(
    r"\b(?:kilom[eè]tres?|kilometres?|kilometers?|km)\s+(?:de|du|d['’]|from)\s*(?:the\s+)?$", re.I)
_SITUATED = re.compile(r"\b(?:situ[ée]e?s?|located|situad[oa]s?|localizad[oa]s?)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?]\s")


def _same_sentence(text: str, a: int, b: int) -> bool:
    lo, hi = sorted((a, b))
    return not _SENTENCE_END.search(text[lo:hi])


def _place_score(text: str, trigger_start: int, trigger_end: int, place: Place) -> float:
    start = place.start if place.start is not None else 0
    end = place.end if place.end is not None else start
    distance = start - trigger_end if start >= trigger_end else trigger_start - end
    score = -abs(distance) / 40.0
    before = text[max(0, start - 25) : start]
    if _GOVERNING.search(before) or (_DISTANCE.search(before) and not _SITUATED.search(
            text[max(0, start - 60) : start])):
        score += 2.0 if start >= trigger_end else 1.0
    if _ORIGIN.search(before):
        score -= 3.0
    if not _same_sentence(text, trigger_start, start):
        score -= 5.0
    if text[end : end + 2] in ("'s", "’s"):
        score -= 1.0
    return score - 0.2 * (place.where_prec or 4) / 4


def event_location(text: str, trigger_start: int, trigger_end: int, places: list[Place]) -> Place | None:
    """The place attached to the trigger: closest in its sentence, governed by in/at/near, not an origin."""
    if not places:
        return None
    return max(places, key=lambda p: _place_score(text, trigger_start, trigger_end, p))
