"""Gregorian intervals and the calendar arithmetic on them: the unit a day falls in, a day or
an interval shifted by units, a part of an interval, the nth weekday of a month."""

from __future__ import annotations

import datetime as dt

import attrs

from factcmp import calendars

WEEKDAYS: tuple[str, ...] = ("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")
# A part of a period: which piece of how many equal pieces it is.
_PARTS = {
    "early": (0, 3),
    "mid": (1, 3),
    "late": (2, 3),
    "first_half": (0, 2),
    "second_half": (1, 2),
    "q1": (0, 4),
    "q2": (1, 4),
    "q3": (2, 4),
    "q4": (3, 4),
}


@attrs.frozen
class Interval:
    start: dt.date
    end: dt.date
    grain: str


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def unit_interval(unit: str, day: dt.date) -> Interval:
    """The calendar unit (week, month, quarter, year, decade, day) that contains ``day``."""
    if unit == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return Interval(monday, monday + dt.timedelta(days=7), "week")
    if unit == "month":
        first = day.replace(day=1)
        return Interval(first, add_months(first, 1), "month")
    if unit == "quarter":
        first = dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
        return Interval(first, add_months(first, 3), "quarter")
    if unit == "year":
        return Interval(dt.date(day.year, 1, 1), dt.date(day.year + 1, 1, 1), "year")
    if unit == "decade":
        start = day.year // 10 * 10
        return Interval(dt.date(start, 1, 1), dt.date(start + 10, 1, 1), "decade")
    return Interval(day, day + dt.timedelta(days=1), "day")


def shift_date(day: dt.date, unit: str, count: int) -> dt.date:
    """``day`` moved by ``count`` units (months and years keep the day of the month where they can)."""
    if unit in ("day", "week", "hour", "minute", "second"):
        days = {"day": 1, "week": 7}.get(unit, 0)
        return day + dt.timedelta(days=days * count)
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120}[unit] * count
    first = add_months(day.replace(day=1), months)
    for day_of_month in range(day.day, 27, -1):
        try:
            return first.replace(day=day_of_month)
        except ValueError:
            continue
    return first.replace(day=min(day.day, 28))


def shift_interval(interval: Interval, unit: str, count: int) -> Interval:
    start = shift_date(interval.start, unit, count)
    end = shift_date(interval.end, unit, count) if unit not in ("month", "quarter", "year", "decade") else None
    if end is None:
        end = unit_interval(unit, start).end if interval.grain == unit else shift_date(interval.end, unit, count)
    return Interval(start, end, interval.grain)


def part_of(interval: Interval, part: str | None, calendar: str) -> Interval:
    """The early, middle or late third of an interval (days 1-10, 11-20, 21- of a month), or its
    half or quarter; of a year, in whole months of the calendar the year is written in."""
    if part is None:
        return interval
    index, pieces = _PARTS[part]
    if interval.grain == "month" and pieces == 3:
        start = interval.start + dt.timedelta(days=10 * index)
        end = interval.end if index == 2 else interval.start + dt.timedelta(days=10 * index + 10)
        return Interval(start, end, "day")
    if interval.grain == "year":
        year = calendars.year_of(calendar, interval.start)
        first, after = 12 * index // pieces, 12 * (index + 1) // pieces  # months from the year's start
        end = calendars.to_gregorian(calendar, year + after // 12, after % 12 + 1, 1)
        return Interval(calendars.to_gregorian(calendar, year, first + 1, 1), end, "month")
    length = (interval.end - interval.start).days
    start = interval.start + dt.timedelta(days=length * index // pieces)
    end = interval.start + dt.timedelta(days=length * (index + 1) // pieces)
    if interval.grain == "decade":
        return Interval(_snap(start, "year"), _snap(end, "year"), "year")
    return Interval(start, end, "day") if interval.grain == "month" else interval


def _snap(day: dt.date, grain: str) -> dt.date:
    """The start of the month (or year) nearest to ``day``."""
    if grain == "year":
        return dt.date(day.year + (day.month > 6), 1, 1)
    return day.replace(day=1) if day.day < 16 else add_months(day.replace(day=1), 1)


def weekday_index(name: str) -> int:
    return WEEKDAYS.index(name)


def _nth_weekday(month: Interval, weekday: str, nth: int) -> dt.date | None:
    target = weekday_index(weekday)
    if nth > 0:
        first = month.start + dt.timedelta(days=(target - month.start.weekday()) % 7)
        day = first + dt.timedelta(days=7 * (nth - 1))
    else:
        last = month.end - dt.timedelta(days=1)
        day = last - dt.timedelta(days=(last.weekday() - target) % 7)
    return day if month.start <= day < month.end else None


def nth_of(month: Interval | None, weekday: str | None, nth: int, unit: str | None = None) -> Interval | None:
    """The nth (or last, -1) weekday of a month, its nth week (from Monday), or its first or last day."""
    if month is None:
        return None
    if unit == "week":  # weeks from Monday; the last week is the last one that ends in the month
        monday = _nth_weekday(Interval(month.start, month.end - dt.timedelta(days=6), "month"), "MON", nth)
        return Interval(monday, monday + dt.timedelta(days=7), "week") if monday else None
    if weekday is None:
        day = month.start if nth > 0 else month.end - dt.timedelta(days=1)
    else:
        found = _nth_weekday(month, weekday, nth)
        if found is None:
            return None
        day = found
    return Interval(day, day + dt.timedelta(days=1), "day")
