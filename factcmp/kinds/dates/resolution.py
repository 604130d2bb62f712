"""Resolving date expressions to Gregorian intervals, honestly.

A relative or partial date («أمس», «الجمعة», «22 تشرين الأول») is resolved against the
report's publication date when it is given, else against the reference day the text itself
makes certain (factcmp.kinds.dates.reference); every value resting on an inferred reference is
marked inferred. A day and month with a weekday and no year take the one year, among the years
the text names, on which that day falls on that weekday (inferred); a day and month in digits alone
(«في 22/4») the last such day up to the reference, or the next from it when the text speaks of
the future. Nothing is ever taken from the machine's clock.
"""

from __future__ import annotations

import datetime as dt

import attrs

from factcmp import calendars
from factcmp.kinds.dates.intervals import (
    WEEKDAYS,
    Interval,
    add_months,
    nth_of,
    part_of,
    shift_date,
    shift_interval,
    unit_interval,
    weekday_index,
)
from factcmp.kinds.dates.parts import DateParts

_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}


@attrs.frozen
class Reference:
    """The day relative expressions count from, and whether the text (not the caller) gave it."""

    day: dt.date
    inferred: bool
    # its year is one the text names elsewhere that the weekday fits, not one told with it: good
    # enough to resolve the report's relative dates, too weak to stand for when it came out
    year_fitted: bool = False


@attrs.frozen
class Context:
    reference: Reference | None
    named_years: frozenset[tuple[str, int]]  # (calendar, year) of every year the text states


def _month_interval(calendar: str, year: int, month: int, year_calendar: str | None) -> Interval | None:
    """A month of ``calendar`` in a year; a Hijri month with a Gregorian year is the one starting in it."""
    try:
        if year_calendar is not None and year_calendar != calendar:
            for candidate in _years_in(calendar, year_calendar, year):
                start, end = calendars.month_interval(calendar, candidate, month)
                if calendars.year_of(year_calendar, start) == year:
                    return Interval(start, end, "month")
            return None
        start, end = calendars.month_interval(calendar, year, month)
        return Interval(start, end, "month")
    except (ValueError, OverflowError):
        return None


def _years_in(calendar: str, other: str, year: int) -> list[int]:
    """The years of ``calendar`` that overlap ``year`` of the calendar ``other``."""
    first = calendars.year_of(calendar, calendars.to_gregorian(other, year, 1, 1))
    return [first, first + 1]


def _day_interval(calendar: str, year: int, month: int, day: int, year_calendar: str | None) -> Interval | None:
    month_span = _month_interval(calendar, year, month, year_calendar)
    if month_span is None:
        return None
    start = month_span.start + dt.timedelta(days=day - 1)
    if start >= month_span.end and not (calendar == "hijri" and day == 30):
        return None
    return Interval(start, start + dt.timedelta(days=1), "day")


def _year_interval(calendar: str, year: int) -> Interval | None:
    try:
        start, end = calendars.year_interval(calendar, year)
    except (ValueError, OverflowError):
        return None
    return Interval(start, end, "year")


def _fits_weekday(parts: DateParts, year: int) -> bool:
    interval = _day_interval(parts.calendar, year, parts.month or 0, parts.day or 0, None)
    return interval is not None and WEEKDAYS[interval.start.weekday()] == parts.weekday


def _year_for(parts: DateParts, context: Context) -> tuple[int | None, bool]:
    """The year of a date: stated; else the reference's when the weekday fits it (a background
    paragraph's «عام 2021» is no year of the lead's «الثلاثاء 23 تشرين الثاني» in a report of
    2027); else the one year the text names that its weekday fits; else the reference's."""
    if parts.year is not None:
        return parts.year, False
    from_reference = _reference_year(parts, context)
    if parts.weekday and parts.month and parts.day:
        reference_fits = from_reference[0] is not None and _fits_weekday(parts, from_reference[0])
        fitting = {year for cal, year in context.named_years if cal == parts.calendar and _fits_weekday(parts, year)}
        if len(fitting) == 1 and not reference_fits:
            return fitting.pop(), True
    return from_reference


def _reference_year(parts: DateParts, context: Context) -> tuple[int | None, bool]:
    """The year of a date without one, from the reference (the report's day)."""
    ref = context.reference
    if ref is not None and (parts.month is not None or parts.day is not None):
        year, month, day = calendars.from_gregorian(parts.calendar, ref.day)
        if parts.unit == "year" and parts.shift is not None:
            return year + parts.shift, ref.inferred
        if parts.unit is None and parts.shift and parts.month is not None:
            # «مارس الماضي»: the last March before the report (a year back when said in March);
            # «15 أكتوبر المقبل»: the next 15 October, this year if it is still to come
            stated = (parts.month, parts.day) if parts.day is not None else (parts.month,)
            now = (month, day) if parts.day is not None else (month,)
            year += (stated <= now) if parts.shift > 0 else -(stated >= now)
        elif parts.nearest and parts.month is not None and parts.day is not None:
            # «في 22/4»: a report tells of recent days, so the last such day up to the report's own,
            # or, when the text speaks of what is to come («سيعقد ... في 25/2»), the next from it on
            stated, today = (parts.month, parts.day), (month, day)
            year += (stated < today) if parts.future else -(stated > today)
        return year, ref.inferred
    return None, False


def _explicit(parts: DateParts, context: Context) -> tuple[Interval | None, bool]:
    year, inferred = _year_for(parts, context)
    if year is None:
        return None, False
    calendar, year_cal = parts.calendar, parts.year_calendar
    month = parts.month
    if month is None and parts.day is not None and context.reference is not None:
        if parts.calendar != "gregorian":
            return None, False
        ref = context.reference.day
        if parts.unit == "month" and parts.shift:
            ref = add_months(ref.replace(day=1), parts.shift)
        year, month, inferred = ref.year, ref.month, context.reference.inferred
    if month is None and parts.unit == "decade":
        return Interval(dt.date(year, 1, 1), dt.date(year + 10, 1, 1), "decade"), inferred
    if month is None:
        return _year_interval(calendar, year), inferred
    if parts.day is not None:
        interval = _day_interval(calendar, year, month, parts.day, year_cal)
        if interval is not None and _counts_weekdays(parts, interval):
            return nth_of(_month_interval(calendar, year, month, year_cal), parts.weekday, parts.day), inferred
        return interval, inferred
    return _month_interval(calendar, year, month, year_cal), inferred


def _counts_weekdays(parts: DateParts, day: Interval) -> bool:
    """«الثلاثاء الثالث من أيلول 2014»: an ordinal day that misses its weekday counts Tuesdays."""
    return bool(parts.ordinal_day and parts.weekday and parts.day and parts.day <= 5) and (
        WEEKDAYS[day.start.weekday()] != parts.weekday
    )


def _relative_weekday(parts: DateParts, ref: dt.date) -> dt.date:
    """The weekday the text means: last/next/this one, or a bare one (past unless the text speaks of the future)."""
    target = weekday_index(parts.weekday or "MON")
    if parts.unit == "week":  # «احد الاسبوع الماضي»: that weekday in the week before
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=7 * (parts.count or 0))
        return monday + dt.timedelta(days=target)
    if parts.shift == -1:
        return ref - dt.timedelta(days=(ref.weekday() - target - 1) % 7 + 1)
    if parts.shift == 1:
        return ref + dt.timedelta(days=(target - ref.weekday() - 1) % 7 + 1)
    if parts.shift == 0:
        return ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=target)
    if parts.future:
        return ref + dt.timedelta(days=(target - ref.weekday() - 1) % 7 + 1)
    return ref - dt.timedelta(days=(ref.weekday() - target) % 7)


def _relative(parts: DateParts, ref: dt.date) -> Interval | None:
    if parts.day_offset is not None and parts.form in ("relday", "weekday", "time"):
        day = ref + dt.timedelta(days=parts.day_offset)
        if parts.weekday:  # «أمس الأحد» a day off the publication date: the named weekday wins
            day += dt.timedelta(days=(weekday_index(parts.weekday) - day.weekday() + 3) % 7 - 3)
        return Interval(day, day + dt.timedelta(days=1), "day")
    if parts.form == "weekday":
        day = _relative_weekday(parts, ref)
        return Interval(day, day + dt.timedelta(days=1), "day")
    if parts.form == "relunit" and parts.unit:
        if parts.calendar in _TWELVE_MONTH_CALENDARS and parts.unit in ("month", "year"):
            return _relative_calendar_unit(parts.calendar, parts.unit, parts.shift or 0, parts.count, ref)
        return _relative_unit(parts.unit, parts.shift or 0, parts.count, ref)
    if parts.form == "ago" and parts.unit and parts.count is not None:
        day = shift_date(ref, parts.unit, (parts.shift or -1) * parts.count)
        return Interval(day, day + dt.timedelta(days=1), "day")
    if parts.form == "time":
        return Interval(ref, ref + dt.timedelta(days=1), "day")
    return None


def _relative_unit(unit: str, shift: int, count: int | None, ref: dt.date) -> Interval | None:
    if count == 0:
        return None  # «الأشهر الأخيرة»: some recent months, no interval
    current = unit_interval(unit, ref)
    if count is None or count == 1 or shift == 0:
        return shift_interval(current, unit, shift)
    if shift < 0:
        return Interval(shift_date(current.start, unit, -count), current.start, current.grain)
    return Interval(current.end, shift_date(current.end, unit, count), current.grain)


# Calendars of twelve months a unit word may count in (unit_calendars): Persian «سال», «ماه».
_TWELVE_MONTH_CALENDARS = frozenset({"jalali", "hijri"})


def _relative_calendar_unit(calendar: str, unit: str, shift: int, count: int | None, ref: dt.date) -> Interval | None:
    """Years and months named relative to the reference in a calendar of twelve months other than
    the Gregorian one («امسال», «سال گذشته», «ماه آینده» in Persian: Solar Hijri ones)."""
    if count == 0:
        return None
    year, month, _ = calendars.from_gregorian(calendar, ref)
    size = 12 if unit == "year" else 1
    current = year * 12 + (month - 1 if unit == "month" else 0)  # months since year 0, at the unit's start
    span = 1 if count is None or count == 1 or shift == 0 else count
    first = current + size * (shift if span == 1 else (-span if shift < 0 else 1))
    last = first + size * span

    def day_one(months: int) -> dt.date:
        return calendars.to_gregorian(calendar, months // 12, months % 12 + 1, 1)

    return Interval(day_one(first), day_one(last), unit)


def _holiday(parts: DateParts, context: Context) -> tuple[Interval | None, bool]:
    year, inferred = parts.year, False
    if year is None and context.reference is not None:
        year, inferred = context.reference.day.year, context.reference.inferred
    if year is None or parts.holiday is None:
        return None, False
    kind, _, rule = parts.holiday.partition(":")
    if kind == "easter":
        day = calendars.easter(year)
    else:
        month, _, day_of_month = rule.partition("-")
        year_calendar = parts.year_calendar or ("gregorian" if kind != "gregorian" else None)
        interval = _day_interval(kind, year, int(month), int(day_of_month), year_calendar)
        if interval is None:
            return None, False
        day = interval.start
    return Interval(day, day + dt.timedelta(days=1), "day"), inferred


def _season(parts: DateParts, context: Context) -> tuple[Interval | None, bool]:
    year, inferred = parts.year, False
    if year is None and context.reference is not None:
        year, inferred = context.reference.day.year + (parts.shift or 0), context.reference.inferred
        start_month = _SEASON_START.get(parts.season or "", 0)
        if not parts.shift and context.reference.day.month < start_month - 9:
            year -= 1  # «this winter», said in January, began last December
    if year is None or parts.season is None:
        return None, False
    start = dt.date(year, _SEASON_START[parts.season], 1)
    return Interval(start, add_months(start, 3), "month"), inferred


def _first_n(parts: DateParts, base: Interval) -> Interval | None:
    if parts.unit not in ("day", "week", "month", "year") or not parts.count:
        return None
    if parts.from_end:
        return Interval(shift_date(base.end, parts.unit, -parts.count), base.end, parts.unit)
    end = shift_date(base.start, parts.unit, parts.count)
    return Interval(base.start, min(end, base.end), parts.unit)


def interval_of(parts: DateParts, context: Context) -> tuple[Interval | None, bool]:
    """The Gregorian interval of one expression (without its range end) and whether it is inferred."""
    if parts.form in ("date", "first_of") and parts.has_date:
        interval, inferred = _explicit(parts, context)
    elif parts.form == "holiday":
        interval, inferred = _holiday(parts, context)
    elif parts.form == "season":
        interval, inferred = _season(parts, context)
    elif context.reference is not None:
        interval, inferred = _relative(parts, context.reference.day), context.reference.inferred
    else:
        return None, False
    if interval is None:
        return None, False
    if parts.form == "first_of":
        return _first_n(parts, interval), inferred
    if parts.nth is not None and interval.grain == "month":
        return nth_of(interval, parts.weekday, parts.nth, parts.unit), inferred
    return part_of(interval, parts.part, text_calendar(parts)), inferred


def text_calendar(parts: DateParts) -> str:
    return parts.calendar if parts.calendar in calendars.CALENDARS else "gregorian"
