"""The publication date a page prints in its text ("Publié le 12/03/2024 à 10:12", "Published on March
12, 2024", "Publicado em 12 de março de 2024"), for an article whose metadata gives none. Only a line that
says it is the publication (or update) date counts: a date in the story is the event's, not the page's."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from importlib import resources

import yaml

HEAD_LINES = 12  # the page's date line sits above the story ...
TAIL_LINES = 6  # ... or below it

# abbreviations pages print in their date line that the prose lexicons leave out ("dez" is also "ten")
PAGE_ABBREVIATIONS = {"avr": 4, "juil": 7, "fév": 2, "dez": 12}


@cache
def months() -> dict[str, int]:
    """Month names and abbreviations of the English, French and Portuguese lexicons (``dates.months``),
    with the page abbreviations; read on first use, not when the CLI starts."""
    found: dict[str, int] = {}
    for lang in ("en", "fr", "pt"):
        text = resources.files("sahelwatch.data").joinpath("lexicon", f"{lang}.yaml").read_text("utf-8")
        found.update({name.lower(): n for name, n in yaml.safe_load(text)["dates"]["months"].items()})
    return {**found, **PAGE_ABBREVIATIONS}


@cache
def _named_month_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """'12 mars 2024', '12 de março de 2024' and 'March 12, 2024'."""
    month = "|".join(sorted((re.escape(m) for m in months()), key=len, reverse=True))
    day = r"(?P<d>\d{1,2})(?:er|st|nd|rd|th)?"
    day_month = re.compile(rf"{day}\s+(?:de\s+)?(?P<m>{month})\.?,?\s+(?:de\s+)?(?P<y>\d{{4}})", re.I)
    month_day = re.compile(rf"(?P<m>{month})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})", re.I)
    return day_month, month_day


# "Publié le", "Mis à jour le", "Published on", "Updated:", "Publicado em", "Atualizado a"
_MARKER = re.compile(
    r"^\W*(?:publié|publiée|mis à jour|modifié|published|posted|updated|last updated|publicado|publicada"
    r"|atualizado|atualizada)(?:\s+(?:le|on|em|a|at|:))?\s*:?\s*(?P<rest>.{0,80})",
    re.I,
)
_ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")
_NUMERIC = re.compile(r"(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4})")


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


# the wire dateline opening a story: "N'Djamena, 27 jan 2026 (Lusa) -", "NIAMEY, March 12, 2026 (AFP) —",
# "Tenkodogo, 8 juin 2026 -": a place, its day with the year, an optional agency, then a dash
_WIRE_DATELINE = re.compile(
    r"\s*[A-ZÀ-Ý][^\n,()]{1,40},(?:\s*[A-ZÀ-Ý][^\n,()]{1,30},)?\s*(?P<rest>[^\n()]{6,30}?\d{4})\s*"
    r"(?:\([^()\n]{1,40}\))?\s*[-–—]"
)


def wire_dateline_date(text: str, language: str | None = None) -> date | None:
    """The full date (day, month and year) the wire dateline opening the story prints (below a byline
    or a caption, if any): the day the report was filed, for an article whose metadata gives none."""
    for line in text.split("\n")[:HEAD_LINES]:
        m = _WIRE_DATELINE.match(line)
        if m:
            return parse_date(m.group("rest"), language)
    return None


def parse_date(text: str, language: str | None = None) -> date | None:
    """A date written in digits or with a month name (en, fr, pt) at the start of ``text``."""
    for pattern in (_ISO, *_named_month_patterns(), _NUMERIC):
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
        month = int(fields["m"]) if fields["m"].isdigit() else months()[fields["m"].lower()]
    try:
        return date(year, month, day)
    except ValueError:
        return None
