"""The publication date a page prints in its text ("Publié le 12/03/2024 à 10:12", "Published on March
12, 2024", "Publicado em 12 de março de 2024"), for an article whose metadata gives none. Only a line that
says it is the publication (or update) date counts: a date in the story is the event's, not the page's."""

from __future__ import annotations

import re
from datetime import date

HEAD_LINES = 12  # the page's date line sits above the story ...
TAIL_LINES = 6  # ... or below it

MONTHS = {
    **dict.fromkeys(("jan", "january", "janvier", "janeiro", "janv"), 1),
    **dict.fromkeys(("feb", "february", "février", "fevrier", "fevereiro", "févr", "fev", "fév"), 2),
    **dict.fromkeys(("mar", "march", "mars", "março", "marco"), 3),
    **dict.fromkeys(("apr", "april", "avril", "abril", "avr", "abr"), 4),
    **dict.fromkeys(("may", "mai", "maio"), 5),
    **dict.fromkeys(("jun", "june", "juin", "junho"), 6),
    **dict.fromkeys(("jul", "july", "juillet", "julho", "juil"), 7),
    **dict.fromkeys(("aug", "august", "août", "aout", "agosto", "ago"), 8),
    **dict.fromkeys(("sep", "sept", "september", "septembre", "setembro", "set"), 9),
    **dict.fromkeys(("oct", "october", "octobre", "outubro", "out"), 10),
    **dict.fromkeys(("nov", "november", "novembre", "novembro"), 11),
    **dict.fromkeys(("dec", "december", "décembre", "decembre", "dezembro", "déc", "dez"), 12),
}
_MONTH = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))

# "Publié le", "Mis à jour le", "Published on", "Updated:", "Publicado em", "Atualizado a"
_MARKER = re.compile(
    r"^\W*(?:publié|publiée|mis à jour|modifié|published|posted|updated|last updated|publicado|publicada"
    r"|atualizado|atualizada)(?:\s+(?:le|on|em|a|at|:))?\s*:?\s*(?P<rest>.{0,80})",
    re.I,
)
_ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")
_NUMERIC = re.compile(r"(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4})")
_DAY_MONTH = re.compile(
    rf"(?P<d>\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?:de\s+)?(?P<m>{_MONTH})\.?,?\s+(?:de\s+)?(?P<y>\d{{4}})", re.I
)
_MONTH_DAY = re.compile(rf"(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})", re.I)


def printed_publication_date(raw_text: str, language: str | None = None) -> date | None:
    """The first publication or update date printed on its own line near the top or the bottom of the
    text; numeric dates read day first (as in French and Portuguese pages) unless the language is English
    and the day would be ambiguous."""
    lines = raw_text.split("\n")
    for line in lines[:HEAD_LINES] + lines[-TAIL_LINES:]:
        marked = _MARKER.match(line.strip())
        if marked:
            found = parse_date(marked.group("rest"), language)
            if found:
                return found
    return None


def parse_date(text: str, language: str | None = None) -> date | None:
    """A date written in digits or with a month name (en, fr, pt) at the start of ``text``."""
    for pattern in (_ISO, _DAY_MONTH, _MONTH_DAY, _NUMERIC):
        m = pattern.match(text.strip())
        if m:
            return _as_date(m, language)
    return None


def _as_date(m: re.Match[str], language: str | None) -> date | None:
    fields = m.groupdict()
    year = int(fields["y"])
    if "a" in fields:  # dd/mm/yyyy, or mm/dd/yyyy on an English page
        first, second = int(fields["a"]), int(fields["b"])
        if (language or "").startswith("en"):
            if first <= 12 and second <= 12:
                return None  # 03/05/2024 on an English page: March 5 or 3 May
            day, month = (second, first) if first <= 12 else (first, second)
        else:
            day, month = first, second
    else:
        day = int(fields["d"])
        month = int(fields["m"]) if fields["m"].isdigit() else MONTHS[fields["m"].lower()]
    try:
        return date(year, month, day)
    except ValueError:
        return None
