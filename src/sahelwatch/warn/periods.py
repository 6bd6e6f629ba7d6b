"""ISO weeks and days as period keys ("2024-W12", "2024-03-18")."""

from __future__ import annotations

import re
from datetime import date, timedelta

_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.IGNORECASE)


def parse_day(value: str | date) -> date:
    """A date from ``YYYY-MM-DD`` (a longer ISO datetime is cut to its day)."""
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def week_key(day: str | date) -> str:
    """The ISO week of a day, e.g. ``2024-W12``."""
    year, week, _ = parse_day(day).isocalendar()
    return f"{year}-W{week:02d}"


def parse_week(key: str) -> tuple[int, int]:
    """(ISO year, ISO week) of ``2024-W12`` (also ``2024W12``); ValueError when malformed."""
    match = _WEEK.match(key.strip())
    if not match:
        raise ValueError(f"not an ISO week: {key!r} (expected e.g. 2024-W12)")
    year, week = int(match.group(1)), int(match.group(2))
    date.fromisocalendar(year, week, 1)  # raises for week 53 of a 52-week year
    return year, week


def week_start(key: str) -> date:
    """The Monday of an ISO week."""
    year, week = parse_week(key)
    return date.fromisocalendar(year, week, 1)


def week_end(key: str) -> date:
    """The Sunday of an ISO week."""
    return week_start(key) + timedelta(days=6)


def shift_week(key: str, weeks: int) -> str:
    """The ISO week ``weeks`` after (negative: before) ``key``."""
    return week_key(week_start(key) + timedelta(weeks=weeks))


def weeks_between(first: str, last: str) -> list[str]:
    """Every ISO week from ``first`` to ``last`` inclusive (empty when ``first`` is later)."""
    start, end = week_start(first), week_start(last)
    count = (end - start).days // 7
    return [week_key(start + timedelta(weeks=i)) for i in range(count + 1)]


def previous_weeks(key: str, count: int) -> list[str]:
    """The ``count`` weeks before ``key``, oldest first."""
    return [shift_week(key, -i) for i in range(count, 0, -1)]


def week_label(key: str) -> str:
    """A readable span, e.g. ``18–24 March 2024``."""
    start, end = week_start(key), week_end(key)
    if start.month == end.month:
        return f"{start.day}–{end.day} {end:%B %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%B} – {end.day} {end:%B %Y}"
    return f"{start.day} {start:%B %Y} – {end.day} {end:%B %Y}"
