"""Date expressions in news text, resolved against the publication date (English and French).

Resolution rules (documented choices):

* A bare weekday ("on Saturday", "mercredi soir") is the most recent such day on or before the
  publication date: a weekday equal to the publication weekday is the publication day itself (news
  agencies report same-day events with the weekday name, and UCDP/ACLED code them so).  "last
  Tuesday"/"mardi dernier" is strictly before the publication day.
* "Tuesday night" / "mercredi soir" is that day.  "the night of Thursday to Friday" / "dans la nuit de
  jeudi à vendredi" / "dans la nuit du 7 au 8 mars" spans both days; the event date is the first day
  (ACLED codes the day the event began).
* Day and month without a year ("on 12 March") take the publication year, or the previous year when
  that would be more than 31 days after publication; a date after publication is flagged ``is_future``.
* A month without a year is the most recent such month not after publication; early = days 1-10,
  mid = 11-20, late = 21-end.  "last week" = the previous Monday-Sunday; "over the weekend" = the
  most recent Saturday-Sunday on or before publication.
* Without a publication date only expressions carrying a year resolve.

Precision from the span length: 1 day -> ACLED time_precision 1 / UCDP date_prec 1; 2-6 days -> 2/2;
7 days -> 2/3; 8-31 days -> 3/4; longer -> 3/5.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from sahelwatch.extract.numbers import load_lexicon, normalise_lang, parse_number
from sahelwatch.models import EventDate
from sahelwatch.read.prefilter import Literals, may_match, required_literals
from sahelwatch.read.relevance import has_violence_cue


@dataclass(frozen=True)
class DateExpr:
    """A resolved date expression; ``start``/``end`` are offsets into the text given."""

    start: int
    end: int
    surface: str
    date_start: date
    date_end: date
    time_precision: int
    date_prec: int
    confidence: float
    is_future: bool = False
    relative: bool = False
    span: bool = False  # both ends told ("between Thursday and Saturday"): never a period bound


Resolver = Callable[[re.Match[str], date | None], tuple[date, date] | None]


@dataclass(frozen=True)
class _Pattern:
    name: str
    regex: re.Pattern[str]
    resolve: Resolver
    confidence: float
    relative: bool


SPAN_PATTERNS = frozenset({"night_dates", "night_this_month", "night_range", "day_range", "month_day_range",
                           "weekday_range"})


# the article that counts one: "a week ago"
ARTICLES_ONE = frozenset({"a", "an"})


def precision_codes(date_start: date, date_end: date) -> tuple[int, int]:
    """(ACLED time_precision, UCDP date_prec) for a date span."""
    days = (date_end - date_start).days + 1
    if days <= 1:
        return 1, 1
    if days <= 6:
        return 2, 2
    if days == 7:
        return 2, 3
    if days <= 31:
        return 3, 4
    return 3, 5


def _alt(words: dict[str, Any] | list[str], case_sensitive: bool) -> str:
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return f"(?-i:{body})" if case_sensitive else f"(?:{body})"


def _month_alt(months: dict[str, Any], case_sensitive: bool, number_words: set[str]) -> str:
    """The month names; one that is also a number word ("sept") only with its dot or a figure after it
    ("le 3 sept. 2023", "sept 2023"), never in "de sept civils"."""
    body = "|".join(re.escape(w) + (r"(?=\.|\s+\d)" if w.lower() in number_words else "")
                    for w in sorted(months, key=len, reverse=True))
    return f"(?-i:{body})" if case_sensitive else f"(?:{body})"


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


class _Lang:
    """Lookup tables of one language."""

    def __init__(self, lang: str) -> None:
        lex = load_lexicon(lang)["dates"]
        self.lang = lang
        self.lex = lex
        self.case = bool(lex.get("names_case_sensitive"))
        self.months = {k.lower(): int(v) for k, v in lex["months"].items()}
        self.weekdays = {k.lower(): int(v) for k, v in lex["weekdays"].items()}
        self.relative_days = {k.lower(): int(v) for k, v in lex["relative_days"].items()}
        numbers = (load_lexicon(lang).get("numbers") or {}).get("words") or {}
        self.month_rx = _month_alt(lex["months"], self.case, {str(w).lower() for w in numbers}) + r"\.?"
        self.weekday_rx = _alt(lex["weekdays"], self.case)
        self.part_names = {name: re.compile(rf"(?:{rx})$", re.I) for name, rx in lex["month_parts"].items()}

    def month(self, text: str) -> int:
        return self.months[text.lower().rstrip(".")]

    def weekday(self, text: str) -> int:
        return self.weekdays[text.lower()]

    def part(self, text: str) -> str:
        return next(name for name, rx in self.part_names.items() if rx.match(text.strip().lower()))


def _year_of(m: re.Match[str], month: int, day: int, pub: date | None) -> int | None:
    """The explicit year, else the publication year (previous one if > 31 days in the future)."""
    if m.groupdict().get("year"):
        year = int(m.group("year"))
        return year + 2000 if year < 100 else year
    if pub is None:
        return None
    candidate = _safe_date(pub.year, month, min(day, 28))
    return pub.year - 1 if candidate and (candidate - pub).days > 31 else pub.year


def _weekday_consistent(wrong: date, weekday: int, pub: date, months_back: int = 3) -> date | None:
    """'vendredi 14 septembre' published on Saturday 15 November: the month is the slip, the Friday the
    14th is 14 November.  The latest day with the same day number and the named weekday, from the
    publication month back ``months_back`` months, not after publication, and nearer to it than the
    written date: 'lundi 22 septembre' published on 28 September (a Tuesday the 22nd) is a slip of the
    weekday, not of the month (None when there is none)."""
    year, month = pub.year, pub.month
    for _ in range(months_back + 1):
        candidate = _safe_date(year, month, wrong.day)
        if candidate and candidate <= pub and candidate.weekday() == weekday:
            return candidate if abs((pub - candidate).days) < abs((pub - wrong).days) else None
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def _recent_weekday(pub: date, weekday: int, strictly_before: bool = False) -> date:
    delta = (pub.weekday() - weekday) % 7
    if delta == 0 and strictly_before:
        delta = 7
    return pub - timedelta(days=delta)


def _build(lang: str) -> list[_Pattern]:  # noqa: C901 - a flat table of patterns
    t = _Lang(lang)
    lex = t.lex
    mon, wd = t.month_rx, t.weekday_rx
    ordinal = lex["ordinal_suffix"]
    day = rf"(?P<day>\d{{1,2}})(?:{ordinal})?"
    year = r"(?P<year>(?:19|20)\d\d)"
    tod = lex["times_of_day"]
    patterns: list[_Pattern] = []

    def add(name: str, rx: str, resolve: Resolver, confidence: float, relative: bool) -> None:
        patterns.append(_Pattern(name, re.compile(rf"(?<![\w-])(?:{rx})(?![\w-])", re.I), resolve,
                                 confidence, relative))

    def full(m: re.Match[str], pub: date | None) -> tuple[date, date] | None:
        month = t.month(m.group("month"))
        y = _year_of(m, month, int(m.group("day")), pub)
        d = _safe_date(y, month, int(m.group("day"))) if y else None
        named = m.groupdict().get("wdp")
        if d and pub and named and not m.groupdict().get("year") and d.weekday() != t.weekday(named):
            d = _weekday_consistent(d, t.weekday(named), pub) or d
        return (d, d) if d else None

    weekday_prefix = rf"(?:(?P<wdp>{wd}),?\s+)?(?:(?:the|le)\s+)?"
    suffix = rf"(?:\s+(?:{lex['weekday_suffix_last']}))?" if lex.get("weekday_suffix_last") else ""
    link = lex.get("day_month_link", "of")  # "12 of March", "12 de março"
    year_link = rf"(?:,?|\s+(?:{lex['month_year_link']}))" if lex.get("month_year_link") else ",?"
    add("day_month",
        rf"{weekday_prefix}{day}\s+(?:(?:{link})\s+)?(?P<month>{mon})(?:{year_link}\s+{year})?{suffix}",
        full, 0.95, False)
    if lex.get("month_day_order") == "both":
        add("month_day", rf"(?:{wd},?\s+)?(?P<month>{mon})\s+{day}(?:,?\s+{year})?", full, 0.95, False)

    def numeric(m: re.Match[str], pub: date | None) -> tuple[date, date] | None:
        y = int(m.group("y"))
        y = y + 2000 if y < 100 else y
        a, b = int(m.group("a")), int(m.group("b"))
        d = _safe_date(y, b, a) or _safe_date(y, a, b)
        return (d, d) if d else None

    add("numeric", r"(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>(?:19|20)\d\d)", numeric, 0.9, False)

    def iso(m: re.Match[str], pub: date | None) -> tuple[date, date] | None:
        d = _safe_date(int(m.group("y")), int(m.group("mo")), int(m.group("d")))
        return (d, d) if d else None

    add("iso", r"(?P<y>(?:19|20)\d\d)-(?P<mo>\d\d)-(?P<d>\d\d)", iso, 0.9, False)

    def night_dates(m: re.Match[str], pub: date | None) -> tuple[date, date] | None:
        month = t.month(m.group("month"))
        d1, d2 = int(m.group("d1").rstrip("er")), int(m.group("d2"))
        y = _year_of(m, month, d1, pub)
        start = _safe_date(y, month, d1) if y else None
        end = _safe_date(y, month, d2) if y else None
        return (start, end) if start and end and end >= start else None

    add("night_dates", lex["night_dates"].format(month=mon, ordinal=ordinal, weekday=wd), night_dates, 0.95,
        False)

    def night_range(m: re.Match[str], pub: date | None) -> tuple[date, date] | None:
        if pub is None:
            return None
        groups = m.groupdict()
        # "the night of Monday to Tuesday", "overnight Monday into Tuesday", "overnight into Tuesday"
        second = t.weekday(groups.get("wd2") or groups.get("wd2b") or groups["wd2c"])
        end = _recent_weekday(pub, second)
        return end - timedelta(days=1), end

    add("night_range", lex["night_range"].format(weekday=wd), night_range, 0.85, True)
    for name in ("day_range", "month_day_range"):  # "between 25 and 27 July", "July 25-27"
        if lex.get(name):
            add(name, lex[name].format(month=mon, ordinal=ordinal), night_dates, 0.9, False)

    def weekday_range(m: re.Match[str], pub: date | None) -> tuple[date, date] | None:
        if pub is None:
            return None
        span = (t.weekday(m.group("wd2")) - t.weekday(m.group("wd1"))) % 7
        end = _recent_weekday(pub, t.weekday(m.group("wd2")))
        return (end - timedelta(days=span), end) if span else None

    if lex.get("weekday_range"):  # "between Thursday and Saturday"
        add("weekday_range", lex["weekday_range"].format(weekday=wd), weekday_range, 0.85, True)

    def weekday_pair(m: re.Match[str], pub: date | None) -> tuple[date, date] | None:
        """'on Thursday and Friday': two days running are one span; two days apart are no span."""
        found = weekday_range(m, pub)
        return found if found and (found[1] - found[0]).days == 1 else None

    if lex.get("weekday_pair"):
        add("weekday_range", lex["weekday_pair"].format(weekday=wd), weekday_pair, 0.85, True)

    def weekday(m: re.Match[str], pub: date | None) -> tuple[date, date] | None:
        if pub is None:
            return None
        if m.group("prev_week"):  # "mardi de la semaine dernière": that day of the week before publication's
            d = pub - timedelta(days=pub.weekday() + 7 - t.weekday(m.group("wd")))
            return d, d
        last = bool(m.group("last") or m.group("last2"))
        d = _recent_weekday(pub, t.weekday(m.group("wd")), strictly_before=last)
        return d, d

    last_prefix = lex.get("weekday_prefix_last") or "(?!)"
    last_suffix = lex.get("weekday_suffix_last") or "(?!)"
    prev_week = lex.get("weekday_suffix_prev_week") or "(?!)"
    # a weekday naming a thing, not a day ("the Sunday market in Dioura": the market held that weekday),
    # unless told as a day ("on Sunday market day")
    named = rf"(?!\s+(?:{lex['weekday_not_before']})(?![\w'’]))" if lex.get("weekday_not_before") else ""
    add("weekday", rf"(?:(?P<last>{last_prefix})\s+|(?P<wd_told>{lex['weekday_prefix']})\s+)?(?P<wd>{wd})"
                   rf"(?(last)|(?(wd_told)|{named}))"
                   rf"(?:\s+(?:{tod}))?(?:\s+(?P<last2>{last_suffix}))?(?:,?\s+(?P<prev_week>{prev_week})(?![\w'’]))?",
        weekday, 0.8, True)

    told_before = lex.get("anniversary_before")
    anniversary = re.compile(rf"(?:{told_before})\s*$", re.I) if told_before else None

    def relative_day(m: re.Match[str], pub: date | None) -> tuple[date, date] | None:
        if pub is None:
            return None
        if anniversary is not None and anniversary.search(m.string, max(0, m.start() - 40), m.start()):
            return None  # "five years ago today": an anniversary, not the day of the event
        d = pub + timedelta(days=t.relative_days[re.sub(r"\s+", " ", m.group(0).lower())])
        return d, d

    relative_words = sorted(lex["relative_days"], key=len, reverse=True)
    relative_rx = "|".join(r"\s+".join(re.escape(w) for w in words.split()) for words in relative_words)
    add("relative_day", relative_rx, relative_day, 0.85, True)

    def ago(unit_days: int) -> Resolver:
        """'N days ago' (``unit_days`` 1) or 'N weeks ago' (7, "a week ago"): the day that many days back."""

        def resolve(m: re.Match[str], pub: date | None) -> tuple[date, date] | None:
            value = parse_number(m.group("n"), lang)
            count = value.low if value is not None else 1 if m.group("n").lower() in ARTICLES_ONE else None
            if pub is None or count is None:
                return None
            d = pub - timedelta(days=unit_days * count)
            return d, d

        return resolve

    add("days_ago", lex["days_ago"], ago(1), 0.8, True)
    if lex.get("weeks_ago"):  # "há uma semana": seven days back
        add("weeks_ago", lex["weeks_ago"], ago(7), 0.8, True)

    def hours_ago(m: re.Match[str], pub: date | None) -> tuple[date, date] | None:
        """'48 hours ago', 'há 48 horas': the day that many whole days back (fewer than 24 hours: none)."""
        value = parse_number(m.group("n"), lang)
        if pub is None or value is None or value.low < 24:
            return None
        d = pub - timedelta(days=value.low // 24)
        return d, d

    if lex.get("hours_ago"):
        add("hours_ago", lex["hours_ago"], hours_ago, 0.8, True)

    def day_this_month(m: re.Match[str], pub: date | None) -> tuple[date, date] | None:
        d = _safe_date(pub.year, pub.month, int(m.group("day").rstrip("er"))) if pub else None
        return (d, d) if d else None

    if lex.get("day_this_month"):  # "le 3 courant": the 3rd of the publication month
        add("day_this_month", lex["day_this_month"], day_this_month, 0.85, True)

    def night_this_month(m: re.Match[str], pub: date | None) -> tuple[date, date] | None:
        if pub is None:
            return None
        start = _safe_date(pub.year, pub.month, int(m.group("d1").rstrip("er")))
        end = _safe_date(pub.year, pub.month, int(m.group("d2")))
        return (start, end) if start and end and end >= start else None

    if lex.get("night_this_month"):  # "dans la nuit du 12 au 13 courant": both days of the publication month
        add("night_this_month", lex["night_this_month"].format(weekday=wd), night_this_month, 0.85, True)

    def day_recent(m: re.Match[str], pub: date | None) -> tuple[date, date] | None:
        if pub is None:
            return None
        n = int(m.group("day"))
        month_start = pub.replace(day=1)
        if n > pub.day:  # "no passado dia 28" read on the 3rd: last month's 28th
            month_start = (month_start - timedelta(days=1)).replace(day=1)
        d = _safe_date(month_start.year, month_start.month, n)
        return (d, d) if d else None

    if lex.get("day_recent"):  # "no passado dia 12": the last 12th on or before publication
        add("day_recent", lex["day_recent"], day_recent, 0.85, True)

    def span(fn: Callable[[date], tuple[date, date]]) -> Resolver:
        return lambda m, pub: fn(pub) if pub else None

    def last_week(pub: date) -> tuple[date, date]:
        monday = pub - timedelta(days=pub.weekday() + 7)
        return monday, monday + timedelta(days=6)

    def weekend(pub: date) -> tuple[date, date]:
        sunday = _recent_weekday(pub, 6)
        return sunday - timedelta(days=1), sunday

    def this_week(pub: date) -> tuple[date, date]:
        return pub - timedelta(days=pub.weekday()), pub

    def end_of_week(pub: date) -> tuple[date, date]:
        """"en fin de semaine": from Friday to publication when the week's end has come, else the last
        weekend (read on a Monday, the days just past)."""
        if pub.weekday() >= 4:
            return pub - timedelta(days=pub.weekday() - 4), pub
        return weekend(pub)

    def early_week(pub: date) -> tuple[date, date]:  # "en début de semaine": Monday and Tuesday
        monday = pub - timedelta(days=pub.weekday())
        return monday, min(monday + timedelta(days=1), pub)

    def last_month(pub: date) -> tuple[date, date]:
        end = pub.replace(day=1) - timedelta(days=1)
        return end.replace(day=1), end

    def past_hours(m: re.Match[str], pub: date | None) -> tuple[date, date] | None:
        """'in the past 24 hours': the days those hours reach back over, up to publication."""
        hours = m.groupdict().get("n") or m.groupdict().get("n2")
        value = parse_number(hours, lang) if hours else None  # "the past twenty-four hours" as "24 hours"
        days = value.low // 24 if value is not None and not value.vague else 0
        return (pub - timedelta(days=days), pub) if pub else None

    if lex.get("past_hours"):
        add("past_hours", lex["past_hours"], past_hours, 0.6, True)
    add("last_week", lex["last_week"], span(last_week), 0.5, True)
    add("this_week", lex["this_week"], span(this_week), 0.5, True)
    if lex.get("early_week"):
        add("early_week", lex["early_week"], span(early_week), 0.5, True)
    add("weekend", lex["last_weekend"], span(weekend), 0.6, True)
    if lex.get("end_of_week"):
        add("end_of_week", lex["end_of_week"], span(end_of_week), 0.6, True)
    add("last_month", lex["last_month"], span(last_month), 0.4, True)
    add("this_month", lex["this_month"], span(lambda p: (p.replace(day=1), p)), 0.4, True)
    add("last_year", lex["last_year"], span(lambda p: (date(p.year - 1, 1, 1), date(p.year - 1, 12, 31))),
        0.2, True)
    add("this_year", lex["this_year"], span(lambda p: (date(p.year, 1, 1), p)), 0.2, True)

    def month_part(m: re.Match[str], pub: date | None) -> tuple[date, date] | None:
        month = t.month(m.group("month"))
        y = _month_year(m, month, pub)
        if y is None:
            return None
        part = t.part(m.group("part")) if m.groupdict().get("part") else None
        first, last = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}.get(part or "", (1, 31))
        end = min(_month_end(y, month), date(y, month, min(last, _month_end(y, month).day)))
        return date(y, month, first), end

    parts = "|".join(f"(?:{rx})" for rx in lex["month_parts"].values())
    add("month",
        rf"(?:(?P<part>{parts})[\s-]*|(?:{lex['in_month']})\s+)(?P<month>{mon})(?:{year_link}\s+{year})?",
        month_part, 0.5, False)
    add("month_year", rf"(?P<month>{mon}){year_link}\s+{year}", month_part, 0.5, False)

    def month_last_year(m: re.Match[str], pub: date | None) -> tuple[date, date] | None:
        return month_part(m, date(pub.year - 1, 12, 31)) if pub else None  # read as if told last December

    add("month_last_year",  # "in March last year", "en mars de l'année dernière"
        rf"(?:(?P<part>{parts})[\s-]*|(?:{lex['in_month']})\s+)?{_month_of_last_year(t)}",
        month_last_year, 0.5, True)

    def year_only(m: re.Match[str], pub: date | None) -> tuple[date, date] | None:
        y = int(m.group("year"))
        return date(y, 1, 1), date(y, 12, 31)

    def year_part(m: re.Match[str], pub: date | None) -> tuple[date, date] | None:
        y = int(m.group("year"))
        first, last = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[t.part(m.group("part"))]
        return date(y, first, 1), _month_end(y, last)

    # "in late 2014", "fin 2022", "no início de 2023": a third of the year
    add("year_part", rf"(?:(?:{lex['year_prefix']})\s+)?(?P<part>{parts})[\s-]*{year}\b",
        year_part, 0.2, False)
    add("year", rf"(?:{lex['year_prefix']})\s+{year}", year_only, 0.2, False)
    return patterns


def _month_of_last_year(t: _Lang) -> str:
    """'March last year', 'mars de l'année dernière', 'março do ano passado'."""
    return rf"(?P<month>{t.month_rx})\s+(?:(?:of|de)\s+|d(?=o\s))?(?:{t.lex['last_year']})"


@lru_cache(maxsize=16)
def month_of_last_year(lang: str) -> re.Pattern[str]:
    """A month of last year: a date, not the background total that 'last year' alone often marks."""
    return re.compile(rf"(?<![\w-]){_month_of_last_year(_Lang(normalise_lang(lang)))}(?![\w-])", re.I)


def _month_year(m: re.Match[str], month: int, pub: date | None) -> int | None:
    if m.groupdict().get("year"):
        return int(m.group("year"))
    if pub is None:
        return None
    return pub.year if month <= pub.month else pub.year - 1


@lru_cache(maxsize=16)
def patterns(lang: str) -> tuple[_Pattern, ...]:
    """The compiled date patterns of one language (cached)."""
    return tuple(_build(lang))


ROUND_UP_OPENING = 400  # the characters of the opening where a round-up tells the week it covers
ROUND_UP_LAG = 14  # days after that week's end a round-up may come out


def told_week(text: str, published: date | None, lang: str) -> tuple[date, date] | None:
    """The past week a round-up says it covers, in the text given (its title and opening): "Security round-up:
    week of 5-11 October", "semaine du 5 au 11 octobre", "semana de 5 a 11 de outubro" (lexicon
    dates.round_up_week). None when no such week is told, or when it is not one that ended before
    publication."""
    rx = _round_up_rx(lang)
    m = rx.search(text) if rx is not None and published is not None else None
    if m is None and published is not None:
        # "a week of attacks", "three attacks in the past week": the seven days before publication
        past = _rule(lang, "round_up_past_week", "(?:{})")
        if past is not None and past.search(text):
            return published - timedelta(days=7), published - timedelta(days=1)
    if m is None or published is None:
        return None
    t = _Lang(lang)
    groups = m.groupdict()
    end_month = groups.get("md") or groups.get("mc") or groups.get("ma")
    start_month = groups.get("mb") or groups.get("ma") or end_month
    if not end_month or not start_month:
        return None
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    m1, m2 = t.month(start_month), t.month(end_month)
    year = published.year if (m2, d2) <= (published.month, published.day) else published.year - 1
    end = _safe_date(year, m2, d2)
    start = _safe_date(year - 1 if m1 > m2 else year, m1, d1)  # "week of 29 December to 4 January"
    if start is None or end is None or not 4 <= (end - start).days <= 7:
        return None
    return (start, end) if end < published and (published - end).days <= ROUND_UP_LAG else None


@lru_cache(maxsize=16)
def _round_up_rx(lang: str) -> re.Pattern[str] | None:
    """The lexicon's ``dates.round_up_week`` with the language's month and weekday names filled in."""
    lex = load_lexicon(lang)["dates"]
    rule = lex.get("round_up_week")
    if not rule:
        return None
    t = _Lang(lang)
    return re.compile(rule.format(month=t.month_rx, weekday=t.weekday_rx), 0 if t.case else re.I)


def _in_week(day: date, week: tuple[date, date]) -> date:
    """The day of the round-up's week with the weekday of ``day`` ("On Tuesday" in a round-up of 5-11
    October published on Friday 16 is Tuesday 6)."""
    start, end = week
    inside = end - timedelta(days=(end.weekday() - day.weekday()) % 7)
    return inside if inside >= start else day


@lru_cache(maxsize=16)
def _pattern_needs(lang: str) -> tuple[Literals | None, ...]:
    """For each of ``patterns(lang)``, the words it cannot match without (``read.prefilter``)."""
    return tuple(required_literals(p.regex.pattern) for p in patterns(lang))


def _candidates(text: str, pub: date | None, lang: str, heading: str | None = None) -> Iterator[DateExpr]:
    week = told_week(f"{heading or ''}\n{text[:ROUND_UP_OPENING]}", pub, lang)
    lowered = text.lower()
    for pattern, needs in zip(patterns(lang), _pattern_needs(lang), strict=True):
        if not may_match(needs, lowered):
            continue
        for m in pattern.regex.finditer(text):
            resolved = pattern.resolve(m, pub)
            if resolved is None:
                continue
            start, end = resolved
            if pattern.name == "weekday" and (_generic_weekday(text, m.start(), lang)
                                              or m.start("wd") in _given_name_weekdays(text, lang)):
                continue
            if pattern.name == "weekday" and week is not None and not m.group("prev_week") and start == end:
                start = end = _in_week(start, week)  # a round-up's weekday is in the week it covers
            tp, dp = precision_codes(start, end)
            future = pub is not None and (start > pub or _told_as_coming(text, m.start(), pattern.name, lang,
                                                                         m.end()))
            yield DateExpr(m.start(), m.end(), m.group(0), start, end, tp, dp, pattern.confidence, future,
                           pattern.relative, pattern.name in SPAN_PATTERNS)


def _generic_weekday(text: str, start: int, lang: str) -> bool:
    """A weekday naming a kind of day, not a date ("during a Sunday service", "every Friday"): the
    indefinite article or a word of repetition right before it."""
    rx = _rule(lang, "weekday_generic", r"(?<![\w-])(?:{})\s+$")
    return rx is not None and rx.search(text[max(0, start - 20) : start]) is not None


@lru_cache(maxsize=256)
def _rule(lang: str, key: str, template: str = "{}") -> re.Pattern[str] | None:
    """The lexicon's ``dates.<key>`` rule compiled case-insensitively inside ``template``; None when the
    language has none."""
    rule = load_lexicon(lang)["dates"].get(key)
    return re.compile(template.format(rule), re.I) if rule else None


def _given_name_weekdays(text: str, lang: str) -> set[int]:
    """Where a weekday is a person's given name ("the council chairman, Monday Kassah, said"): lexicon
    dates.weekday_given_name."""
    rx = _given_name_rx(lang)
    return {m.start("wd") for m in rx.finditer(text)} if rx is not None else set()


@lru_cache(maxsize=16)
def _given_name_rx(lang: str) -> re.Pattern[str] | None:
    lex = load_lexicon(lang)["dates"]
    rule = lex.get("weekday_given_name")
    if not rule:
        return None
    return re.compile(rule.format(weekday=_alt(lex["weekdays"], True), month=_alt(lex["months"], True)))


def _told_as_coming(text: str, start: int, pattern: str, lang: str, end: int | None = None) -> bool:
    """A weekday after a future verb ("the curfew will start on Tuesday") or before a word saying it is the
    next one ("samedi prochain", "no sábado que vem") is the coming one, not the last."""
    if pattern not in ("weekday", "weekday_range"):
        return False
    rx, after = _rule(lang, "future"), _rule(lang, "future_after")
    if rx and rx.search(text[max(0, start - 40) : start]):
        return True
    return bool(after and end is not None and after.match(text, end))


def _drop_overlaps(found: list[DateExpr]) -> list[DateExpr]:
    """Keep the longest expression where several overlap ('Saturday 12 March' over 'Saturday')."""
    kept: list[DateExpr] = []
    for expr in sorted(found, key=lambda e: (-(e.end - e.start), e.start)):
        if all(expr.end <= k.start or expr.start >= k.end for k in kept):
            kept.append(expr)
    return sorted(kept, key=lambda e: e.start)


def find_date_expressions(text: str, published: date | None = None, lang: str = "en",
                          heading: str | None = None) -> list[DateExpr]:
    """All resolvable date expressions in ``text``, in text order; ``heading`` is the article's title, which
    may tell the week a round-up covers (see ``told_week``)."""
    return list(_date_expressions(text, published, normalise_lang(lang), heading))


@lru_cache(maxsize=64)
def _date_expressions(text: str, published: date | None, lang: str,
                      heading: str | None = None) -> tuple[DateExpr, ...]:
    """One parse per article text (extraction asks several times)."""
    found = _drop_overlaps(list(_candidates(text, published, lang, heading)))
    return tuple(_on_report_day(text, published, lang, _with_previous_days(text, published, lang, found)))


MONITOR_DAYS = 3  # a monitor's "yesterday", "last night" or "on Monday" this close before its report


def is_report_day_monitor(text: str, lang: str) -> bool:
    """True for the report of a daily monitor that UCDP codes on the report's day (lexicon
    dates.report_day_monitor)."""
    rx = _rule(normalise_lang(lang), "report_day_monitor")
    return rx is not None and rx.search(text) is not None


def _on_report_day(text: str, published: date | None, lang: str, found: list[DateExpr]) -> list[DateExpr]:
    """In the report of a daily monitor that UCDP codes on the report's day (lexicon dates.report_day_monitor:
    "SOHR activists have documented the death of a soldier yesterday"), a relative day told up to MONITOR_DAYS
    before publication is the publication day; a day with its month ("On January 25, SOHR said") stays."""
    if published is None or not is_report_day_monitor(text, lang):
        return found
    return [replace(e, date_start=published, date_end=published, time_precision=1, date_prec=1)
            if e.relative and not e.is_future and 0 < (published - e.date_start).days <= MONITOR_DAYS
            and (e.date_end - e.date_start).days <= 1 else e
            for e in found]


def _with_previous_days(text: str, published: date | None, lang: str,
                        found: list[DateExpr]) -> list[DateExpr]:
    """"La veille" is the day before the last full day told before it ("Le 5 mars, ... la veille" is 4
    March), else the day before publication ("ont interpellé la veille à Dapaong" on 10 June is 9 June)."""
    rx = _rule(lang, "previous_day", r"(?<![\w-])(?:{})(?![\w-])")
    if rx is None:
        return found
    added: list[DateExpr] = []
    for m in rx.finditer(text):
        if any(e.start < m.end() and m.start() < e.end for e in found):
            continue  # "la veille samedi": the weekday dates it
        days = [e for e in found if e.end <= m.start() and e.date_prec == 1 and not e.is_future]
        anchor = days[-1].date_start if days else published
        if anchor is None:
            continue
        day = anchor - timedelta(days=1)
        added.append(DateExpr(m.start(), m.end(), m.group(0), day, day, 1, 1, 0.8, False, True, False))
    return sorted([*found, *added], key=lambda e: e.start) if added else found


def is_previous_day(text: str, expr: DateExpr, lang: str) -> bool:
    """True for a day of the text told only as the one before another ("la veille", "um dia depois de o
    diretor ter sido detido"; lexicon dates.previous_day, see ``_with_previous_days``)."""
    rx = _rule(lang, "previous_day", r"(?<![\w-])(?:{})(?![\w-])")
    found = rx.match(text, expr.start) if rx is not None else None
    return found is not None and found.end() == expr.end


def event_date_expressions(text: str, published: date | None = None, lang: str = "en",
                           drop_reporting: bool = True, heading: str | None = None) -> list[DateExpr]:
    """The date expressions that can date an event: not in the future, not a period bound ('depuis
    2015'), not a dateline, and (``drop_reporting``) not the day of a statement ('a annoncé samedi')."""
    return list(_event_date_expressions(text, published, normalise_lang(lang), drop_reporting, heading))


@lru_cache(maxsize=64)
def _event_date_expressions(text: str, published: date | None, code: str, drop_reporting: bool,
                            heading: str | None) -> tuple[DateExpr, ...]:
    """``event_date_expressions``, once per article text: extraction asks for each sentence's day."""
    found = find_date_expressions(text, published, code, heading)
    occasions = [e for e in found if names_occasion(text, e, code)]
    found = [x for e in found if (x := _eve_of_occasion(text, e, occasions, code)) is not None]
    found = [_week_before_told(text, e, found, code) for e in found]
    kept = [
        e for e in found
        if not e.is_future and not _is_background(text, e, code) and not _is_dateline(text, e, published)
        and not (drop_reporting and _is_reporting_date(text, e, code))
        and not is_aside(text, e, code, published) and not names_occasion(text, e, code)
        and not is_burial_date(text, e, code) and not is_rejected_date(text, e, code)
    ]
    if not drop_reporting:
        return tuple(kept)
    return tuple(e for e in kept
                 if not ((_before_reporting_verb(text, e, code) or told_with_proceeding(text, e, code))
                         and _sentence_has_other(text, e, kept, code)))


def told_with_proceeding(text: str, expr: DateExpr, lang: str) -> bool:
    """A day told with a court's, a ceremony's or a visitor's act ("la cour a condamné mercredi dix membres
    de Boko Haram pour l'attaque du 23 mars 2020", "A court martial on Thursday sentenced ..."): when the
    sentence has another date, that one dates the deed (lexicon dates.proceeding_before/_after)."""
    after = _rule(lang, "proceeding_after", r"\s+(?:{})\b")
    before = _rule(lang, "proceeding_before", r"\b(?:{})")
    if after is not None and after.match(text, expr.end) is not None:
        return True
    return before is not None and before.search(text[max(0, expr.start - 60) : expr.start]) is not None


def _before_reporting_verb(text: str, expr: DateExpr, lang: str) -> bool:
    """'JNIM on Thursday claimed responsibility for Monday's attack': the day of the statement."""
    rx = _rule(lang, "reporting_after", r"\s+(?:{})\b")
    return rx is not None and rx.match(text, expr.end) is not None


def _sentence_has_other(text: str, expr: DateExpr, exprs: list[DateExpr], lang: str) -> bool:
    """Another date expression in the same sentence (no full stop between them) that can date the event."""
    return any(
        o is not expr and "." not in text[min(o.end, expr.end) : max(o.start, expr.start)]
        and not _before_reporting_verb(text, o, lang)
        for o in exprs
    )


def _week_before_told(text: str, expr: DateExpr, found: list[DateExpr], lang: str) -> DateExpr:
    """"The previous week" after a day the text told ("soldiers killed 48 civilians in Bourzanga on April 14
    ... after an attack on a nearby post the previous week") is the week before that day, not the week before
    publication (lexicon dates.week_before_told)."""
    rx = _rule(lang, "week_before_told")
    if rx is None or not rx.fullmatch(expr.surface.strip()):
        return expr
    days = [e for e in found if e.end <= expr.start and e.date_prec == 1 and not e.is_future
            and not _is_reporting_date(text, e, lang)]  # not the day of the report: "said today"
    if not days:
        return expr
    told = days[-1].date_start
    monday = told - timedelta(days=told.weekday() + 7)
    return replace(expr, date_start=monday, date_end=monday + timedelta(days=6))


def _eve_of_occasion(text: str, expr: DateExpr, occasions: list[DateExpr], lang: str) -> DateExpr | None:
    """"On the eve of the election" is the day before the occasion the text dates ("Sunday's vote"), not the
    eve of publication; None when the text dates no occasion (lexicon dates.eve_of)."""
    eve = _rule(lang, "eve_of")
    if eve is None or not eve.match(text, expr.start):
        return expr
    if not occasions or occasions[0].date_prec != 1:
        return None
    day = occasions[0].date_start - timedelta(days=1)
    return replace(expr, date_start=day, date_end=day)


def names_occasion(text: str, expr: DateExpr, lang: str) -> bool:
    """A date naming a peaceful occasion ("after the commission declared him the winner of Saturday's
    vote"): it dates the vote, not the unrest told in the sentence."""
    rx = _rule(lang, "occasion", r"['’]s?\s+(?:[\w-]+\s+)?(?:{})\b")
    return rx is not None and rx.match(text, expr.end) is not None


def is_burial_date(text: str, expr: DateExpr, lang: str) -> bool:
    """A date right after a burial ("the dead were buried on Monday", "the mass burial in Bokkos on Monday"):
    it dates the burial, not the deed (lexicon dates.burial_before)."""
    rx = _rule(lang, "burial_before")
    if rx is None:
        return False
    before = text[max(0, expr.start - 60) : expr.start]
    return rx.search(re.split(r"[.;,:!?\"“”]", before)[-1]) is not None


def is_rejected_date(text: str, expr: DateExpr, lang: str) -> bool:
    """A date a correction tells as wrong ("on Sunday, not Saturday as first reported", "dimanche, et non
    samedi comme annoncé", "no domingo, e não no sábado"), or the day of a lasting state ("still missing on
    Monday"): it dates nothing (lexicon dates.rejected_before, dates.status_before)."""
    rx = _rule(lang, "rejected_before", "(?:{})$")
    if rx is not None and rx.search(text[max(0, expr.start - 30) : expr.start]) is not None:
        return True
    status = _rule(lang, "status_before")  # "several soldiers were still missing on Monday": a state's day
    return status is not None and status.search(text[max(0, expr.start - 40) : expr.start]) is not None


CORRECTION_CHARS = 40  # a rejected date this close after a date makes that one the corrected day


def corrects_date(text: str, expr: DateExpr, published: date | None, lang: str) -> bool:
    """True when a date is told as the correction of another ("dans la nuit du dimanche 1er novembre, et non
    samedi comme annoncé initialement"): a rejected date follows it closely in its sentence."""
    after = re.split(r"[.!?]\s", text[expr.end : expr.end + CORRECTION_CHARS])[0]
    cue = _rule(lang, "rejected_before")
    if cue is None or cue.search(after) is None:
        return False  # no rejecting words after it: no need to look for dates
    found = find_date_expressions(after, published, normalise_lang(lang))
    return any(is_rejected_date(after, e, lang) for e in found)


ASIDE_TEMPLATE = r"(?:{})[^,;()]*$"  # the aside runs on to the date, within its clause
ASIDE_DAYS = 90  # an aside's date this long before publication tells an actor's past, not the event


def is_aside(text: str, expr: DateExpr, lang: str, published: date | None) -> bool:
    """A date long before publication told in an aside about an actor ("the junta, which seized power in a
    coup in July 2023, said ...", "la junte au pouvoir depuis le coup d'État de juillet 2023"): it dates
    neither the event nor a period of the sentence."""
    if published is None or (published - expr.date_start).days <= ASIDE_DAYS:
        return False
    return told_in_aside(text, expr, lang)


def told_in_aside(text: str, expr: DateExpr, lang: str) -> bool:
    """True when the date lies in an aside about an actor ("Traore, who seized power on Friday, ...")."""
    rx = _rule(lang, "aside", ASIDE_TEMPLATE)
    return rx is not None and rx.search(_clause_window(text, expr.start)) is not None


def _clause_window(text: str, start: int) -> str:
    """The 80 characters before a date, from the start of its sentence ("... Boko Haram, qui a souvent utilisé
    des kamikazes. En juin 2024, ...": the aside ends with the sentence before)."""
    before = text[max(0, start - 80) : start]
    ends = [m.end() for m in _SENTENCE_END.finditer(before)]
    return before[ends[-1]:] if ends else before


SOURCE_ASIDE_CHARS = 160  # the reach before a date for the source its aside is about


def told_in_source_aside(text: str, expr: DateExpr, lang: str) -> bool:
    """True when the date lies in an aside about the report's source ("..., segundo o governador de Borno,
    Babagana Zulum, que visitou a localidade no sábado", "according to the governor, who visited the town on
    Saturday"): it dates the source's own deed, not the incident (lexicon dates.source_aside)."""
    rx = _rule(lang, "source_aside", ASIDE_TEMPLATE)
    if rx is None or not told_in_peaceful_aside(text, expr, lang):
        return False
    before = text[max(0, expr.start - SOURCE_ASIDE_CHARS) : expr.start]
    ends = [m.end() for m in _SENTENCE_END.finditer(before)]
    return rx.search(before[ends[-1]:] if ends else before) is not None


def told_in_peaceful_aside(text: str, expr: DateExpr, lang: str) -> bool:
    """True when the date lies in an aside about an actor that tells no violence ("Traore, who seized power on
    Friday, ..."), unlike "Mullah Ahmad, who was wounded two days ago in an airstrike, died"."""
    rx = _rule(lang, "aside", ASIDE_TEMPLATE)
    window = _clause_window(text, expr.start)
    found = rx.search(window) if rx else None
    if found is None:
        return False
    rest = re.match(r"[^,;.]*", text[expr.end : expr.end + 120])  # the clause goes on to the next comma
    aside = text[expr.start - len(window) + found.start() : expr.end + (rest.end() if rest else 0)]
    return not has_violence_cue(aside, lang)


def _plausible(expr: DateExpr, published: date | None) -> bool:
    """An event date candidate: not in the future, and for relative ones not long before publication."""
    if expr.is_future:
        return False
    return published is None or (published - expr.date_start).days <= 366


@lru_cache(maxsize=16)
def _reporting_rx(lang: str) -> re.Pattern[str]:
    return re.compile(load_lexicon(lang)["dates"]["reporting"], re.I)


@lru_cache(maxsize=16)
def _background_rx(lang: str) -> re.Pattern[str]:
    return re.compile(rf"(?:^|\s)(?:{load_lexicon(lang)['dates']['background']})\s*(?:\0|$)|"
                      rf"^(?:{load_lexicon(lang)['dates']['background']})\b", re.I)


_POSSESSIVE_DATE = re.compile(r"['’]s?\b")


def _is_background(text: str, expr: DateExpr, lang: str) -> bool:
    """'since 2015', 'depuis février', 'until today': a period bound, not an event date."""
    if expr.span or _POSSESSIVE_DATE.match(text, expr.end):
        return False  # a span, or a date naming an event: "the toll from Tuesday's attacks"
    before = text[max(0, expr.start - 12):expr.start]
    # the bound word right before the date ("since 2015"), not one opening the window ("30km from Abéché on
    # Tuesday" is no period bound)
    if _background_rx(lang).match(expr.surface) or any(
            m.group().endswith("\0") for m in _background_rx(lang).finditer(before + "\0")):
        return True
    until = _rule(lang, "continued_until")
    if until is not None and until.search(text[max(0, expr.start - 50):expr.start]):
        return True
    return (expr.date_prec >= 4 and _in_period_clause(text, expr, lang)) or _is_launch_date(text, expr, lang)


def _is_launch_date(text: str, expr: DateExpr, lang: str) -> bool:
    """'scores of jihadists have been killed in the operation launched last week': the day the operation
    began bounds its period, it dates none of the deeds told of it (lexicon dates.launch_before)."""
    rx = _rule(lang, "launch_before")
    return rx is not None and rx.search(text[max(0, expr.start - 60) : expr.start]) is not None


def _in_period_clause(text: str, expr: DateExpr, lang: str) -> bool:
    """A month or a year told in a clause that opens a period ("Foreigners have been kidnapped there since
    jihadists stepped up attacks in 2025", "since expelling French troops in 2023"): it dates the start of
    the period, not an event (lexicon dates.background_clause)."""
    rx = _rule(lang, "background_clause", r"(?<![\w'’-])(?:{})(?:\s+[\w'’-]+){{1,10}}\s*$")
    clause = re.split(r"[.;,:!?()\"“”]", text[max(0, expr.start - 100) : expr.start])[-1]
    return rx is not None and rx.search(clause) is not None


DATELINE_AFTER = re.compile(r"^\s*(?:\(|[-–—|]|at\s+\d|à\s+\d|\d{1,2}:\d\d)")
DATELINE_BEFORE = re.compile(r"(?:^|\n|\bby\s+(?:the\s+)?[\w ]{2,30}|published\s*:?|updated\s*:?|posted\s*:?|"
                             r"publié le|mis à jour le|[A-Z]{3,}[A-Z ]*,)\s*$", re.I)


def _is_dateline(text: str, expr: DateExpr, published: date | None) -> bool:
    """'SANAA, Aug. 10 (Xinhua)', 'By The Irrawaddy 12 May 2021': the publication date, not the event's."""
    if expr.relative or published is None or expr.date_start != published:
        return False
    after = text[expr.end:expr.end + 12]
    before = text[max(0, expr.start - 40):expr.start]
    return bool(DATELINE_AFTER.match(after) or DATELINE_BEFORE.search(before))


REPORTING_WINDOW = 70  # ", a annoncé l'Agence d'information du Burkina dimanche": a subject after the verb


def _is_reporting_date(text: str, expr: DateExpr, lang: str) -> bool:
    """'the army said on Thursday': the date of a statement, not of the event ('claimed responsibility for
    Monday's attack' names the event by its day)."""
    if _POSSESSIVE_DATE.match(text, expr.end):
        return False
    before = text[max(0, expr.start - REPORTING_WINDOW):expr.start]
    named = _rule(lang, "deed_of_day", r"\b(?:{})")
    if named is not None and named.search(before):
        return False  # the day names the deed: "reivindicou o ataque de terça-feira" (Tuesday's attack)
    ends = [m.end() for m in _SENTENCE_END.finditer(before)]
    before = before[ends[-1]:] if ends else before
    m = _reporting_rx(lang).search(before)
    # "l'état-major indique que le mardi 8 avril, une unité ...", "said that on Tuesday gunmen ...": a date
    # after the conjunction opening what was said dates the reported event, not the statement
    if m is None or _COMPLEMENTIZER.search(m.group(0)):
        return False
    deed = _rule(lang, "deed_before_day", r"\b(?:{})\s*(?:on\s+|last\s+)?$")
    said = re.match(r"\s*(?:said|says|told|reported|announced|stated)\b", m.group(0), re.I)
    # "said a drone strike on Friday": the strike's day
    return not (deed is not None and said is not None and deed.search(before))


_COMPLEMENTIZER = re.compile(r"(?<!\w)(?:that|que|qu['’])(?!\w)", re.I)

# the end of the sentence before a date ("... selon un communiqué. Le 1er avril, ..."): the previous
# sentence's reporting words do not make the date a statement's day; also after an acronym ("... ouvidas pela
# DW. Na quinta-feira, ...")
_SENTENCE_END = re.compile(r"(?:[a-zà-ÿ]{2}|[A-ZÀ-Ý]{2,})[.!?]\s+(?=[A-ZÀ-Ý]|$)")


def _choose(exprs: list[DateExpr], published: date | None) -> DateExpr | None:
    """The first plausible expression of the finest precision found early in the text."""
    usable = [e for e in exprs if _plausible(e, published)]
    if not usable:
        return None
    recent = [e for e in usable if published is None or (published - e.date_start).days <= 31] or usable
    finest = min(e.date_prec for e in recent)
    return next(e for e in recent if e.date_prec == finest)


def resolve_event_date(text: str, published: date | None = None, lang: str = "en") -> EventDate | None:
    """The best event date in ``text``; None when no usable expression (caller uses the publication date)."""
    code = normalise_lang(lang)
    exprs = find_date_expressions(text, published, code)
    exprs = [e for e in exprs if not _is_background(text, e, code) and not _is_dateline(text, e, published)]
    event_exprs = [e for e in exprs if not _is_reporting_date(text, e, code)]
    expr = _choose(event_exprs, published) or _choose(exprs, published)
    if expr is None:
        return None
    return EventDate(event_date=expr.date_start.isoformat(), date_start=expr.date_start.isoformat(),
                     date_end=expr.date_end.isoformat(), time_precision=expr.time_precision,
                     date_prec=expr.date_prec, surface=expr.surface)


@lru_cache(maxsize=16)
def _recalled_rx(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    rules = load_lexicon(lang).get("recalled")
    if not rules:
        return None
    return re.compile(rules["verb"], re.I), re.compile(rules["reported_speech"], re.I)


def is_recalled(sentence: str, lang: str = "en") -> bool:
    """True when a sentence tells an earlier incident in the pluperfect ("six soldats avaient été
    tués", "trois kamikazes avaient fait exploser"), outside reported speech ("a affirmé que")."""
    rx = _recalled_rx(normalise_lang(lang))
    if rx is None:
        return False
    verb, speech = rx
    return verb.search(sentence) is not None and speech.search(sentence) is None
