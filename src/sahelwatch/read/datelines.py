"""Datelines: "NIAMEY, March 12 (Reuters) -", "Kabul (BNA)", "BUTUAN CITY –".

A dateline names where and when the report was filed, not where and when the event
happened, so its place and date must not be taken for the event's.
"""

from __future__ import annotations

import re

_CAPS_WORD = r"[A-ZÀ-Ý][A-ZÀ-Ý'’.\-]+"
_CITY = rf"{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,3}}(?:,\s*[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)?"
# "N'Djamena": a capital after an elided initial
_TITLE_CITY = r"[A-ZÀ-Ý](?:['’][A-ZÀ-Ý])?[a-zà-ÿ'’\-]+(?:[\s\-][A-ZÀ-Ý][a-zà-ÿ'’\-]+){0,2}"
_MONTH_DAY = r"[A-Z][a-zé]{2,9}\.?\s+\d{1,2}(?:st|nd|rd|th|er)?"
_DAY_MONTH = r"\d{1,2}(?:er)?\s+[A-Za-zéûÉÛ]{3,9}\.?"
_DATE = rf"(?:{_MONTH_DAY}|{_DAY_MONTH})(?:,?\s+\d{{4}}|/\d{{4}})?"  # also "March 08/2021"
_AGENCY = r"\([^()\n]{1,40}\)\.?"  # also "(EFE).-"
_DASH = r"\s*(?:[-–—]+|:)\s"
# a unit's name opening a monitor's report ("Daraa Province – Syrian Observatory ...") places the event
_UNIT_WORD = r"(?:Province|Governorate|Region|State|District|Countryside|County|Department)\b"

DATELINE = re.compile(
    rf"[\s\"“]*(?:"
    rf"(?:{_CITY})\s*(?:,\s*{_DATE})?\s*(?:{_AGENCY})?{_DASH}"  # NIAMEY, March 12 (Sahel Wire) -
    # Kabul (BNA) / Niamey, 12 mars (AFP) - / Pemba, Moçambique, 22 ago 2026 (Lusa) -
    rf"|(?:{_TITLE_CITY})(?:,\s*{_TITLE_CITY})?\s*,?\s*(?:{_DATE}\s*)?{_AGENCY}(?:{_DASH}|\s)"
    rf"|(?:{_TITLE_CITY}),\s*{_DAY_MONTH}(?:\s+\d{{4}})?\s+[-–—]+\s"  # Tenkodogo, 8 juin 2026 - (no agency)
    rf"|(?:{_TITLE_CITY}),\s*{_DATE}\s+[-–—]+\s"  # Addis Abeba, March 08/2021 –
    rf"|(?!(?:[\w'’\-]+\s){{0,2}}{_UNIT_WORD})(?:{_TITLE_CITY})\s+[–—]\s"  # Maputo — (a long dash, no date)
    rf"|(?:{_TITLE_CITY}),\s*{_TITLE_CITY}\s+[-–—]+\s"  # Maiduguri, Nigéria - (town and country, no date)
    rf"|(?:{_TITLE_CITY}):(?![\w/])\W*"  # Baghdad: Four militants ...
    rf")"
)


def dateline_spans(text: str, starts: list[int] | None = None) -> list[tuple[int, int]]:
    """Spans of the datelines opening the text's lines (and the sentences starting at ``starts``)."""
    positions = {0, *(m.end() for m in re.finditer(r"\n", text)), *(starts or [])}
    spans = []
    for position in sorted(positions):
        m = DATELINE.match(text, position)
        if m and m.end() - m.start() <= 80:
            spans.append(m.span())
    return spans


def in_dateline(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """True when [start, end) lies inside one of the dateline spans."""
    return any(s <= start and end <= e for s, e in spans)
