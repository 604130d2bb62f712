"""Resolving date expressions to Gregorian intervals, honestly.

A relative or partial date («أمس», «الجمعة», «22 تشرين الأول») is resolved against the
report's publication date when it is given. Without it, a reference day is inferred only
where the text itself makes it certain, and every value resting on it is marked inferred:

- a statement of today's date («اليوم، الجمعة 22 من تشرين الأول»), when the date is complete
  or its weekday fits exactly one of the years the text names;
- a dateline («دمشق - 22 أكتوبر 2021 (سانا) -»): a complete date right after a short place name
  at the start of a line, followed by a dash, a bracket or a colon.

A day and month with a weekday and no year take the one year, among the years the text names,
on which that day falls on that weekday (inferred). Nothing is ever taken from the machine's clock.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

import attrs

from factcmp import calendars
from factcmp.kinds.dates.parts import DateParts
from factcmp.values import DateValue

WEEKDAYS: tuple[str, ...] = ("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")
_GRAIN_ORDER: tuple[str, ...] = ("minute", "hour", "day", "week", "month", "quarter", "year", "decade")
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
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}
_RELATIVE_DAY = {0: "today", -1: "yesterday", 1: "tomorrow", -2: "day-before-yesterday", 2: "day-after-tomorrow"}
_SHIFT_WORD = {-1: "last", 0: "this", 1: "next"}


@attrs.frozen
class Reference:
    """The day relative expressions count from, and whether the text (not the caller) gave it."""

    day: dt.date
    inferred: bool


@attrs.frozen
class Interval:
    start: dt.date
    end: dt.date
    grain: str


@attrs.frozen
class Context:
    reference: Reference | None
    named_years: frozenset[tuple[str, int]]  # (calendar, year) of every year the text states


# --- calendar helpers ---


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _unit_interval(unit: str, day: dt.date) -> Interval:
    """The calendar unit (week, month, year, decade, day) that contains ``day``."""
    if unit == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return Interval(monday, monday + dt.timedelta(days=7), "week")
    if unit == "month":
        first = day.replace(day=1)
        return Interval(first, _add_months(first, 1), "month")
    if unit == "year":
        return Interval(dt.date(day.year, 1, 1), dt.date(day.year + 1, 1, 1), "year")
    if unit == "decade":
        start = day.year // 10 * 10
        return Interval(dt.date(start, 1, 1), dt.date(start + 10, 1, 1), "decade")
    return Interval(day, day + dt.timedelta(days=1), "day")


def _shift_date(day: dt.date, unit: str, count: int) -> dt.date:
    """``day`` moved by ``count`` units (months and years keep the day of the month where they can)."""
    if unit in ("day", "week", "hour", "minute", "second"):
        days = {"day": 1, "week": 7}.get(unit, 0)
        return day + dt.timedelta(days=days * count)
    months = {"month": 1, "year": 12, "decade": 120}[unit] * count
    first = _add_months(day.replace(day=1), months)
    for day_of_month in range(day.day, 27, -1):
        try:
            return first.replace(day=day_of_month)
        except ValueError:
            continue
    return first.replace(day=min(day.day, 28))


def _shift_interval(interval: Interval, unit: str, count: int) -> Interval:
    start = _shift_date(interval.start, unit, count)
    end = _shift_date(interval.end, unit, count) if unit not in ("month", "year", "decade") else None
    if end is None:
        end = _unit_interval(unit, start).end if interval.grain == unit else _shift_date(interval.end, unit, count)
    return Interval(start, end, interval.grain)


def _part_of(interval: Interval, part: str | None, calendar: str) -> Interval:
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
    return day.replace(day=1) if day.day < 16 else _add_months(day.replace(day=1), 1)


def _weekday_index(name: str) -> int:
    return WEEKDAYS.index(name)


def _nth_weekday(month: Interval, weekday: str, nth: int) -> dt.date | None:
    target = _weekday_index(weekday)
    if nth > 0:
        first = month.start + dt.timedelta(days=(target - month.start.weekday()) % 7)
        day = first + dt.timedelta(days=7 * (nth - 1))
    else:
        last = month.end - dt.timedelta(days=1)
        day = last - dt.timedelta(days=(last.weekday() - target) % 7)
    return day if month.start <= day < month.end else None


# --- explicit dates ---


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
    """The year of a date: stated, or the one named year its weekday fits, or the reference's."""
    if parts.year is not None:
        return parts.year, False
    if parts.weekday and parts.month and parts.day:
        fitting = [year for cal, year in context.named_years if cal == parts.calendar and _fits_weekday(parts, year)]
        if len(set(fitting)) == 1:
            return fitting[0], True
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
            ref = _add_months(ref.replace(day=1), parts.shift)
        year, month, inferred = ref.year, ref.month, context.reference.inferred
    if month is None and parts.unit == "decade":
        return Interval(dt.date(year, 1, 1), dt.date(year + 10, 1, 1), "decade"), inferred
    if month is None:
        return _year_interval(calendar, year), inferred
    if parts.day is not None:
        interval = _day_interval(calendar, year, month, parts.day, year_cal)
        if interval is not None and _counts_weekdays(parts, interval):
            return _nth_of(_month_interval(calendar, year, month, year_cal), parts.weekday, parts.day), inferred
        return interval, inferred
    return _month_interval(calendar, year, month, year_cal), inferred


def _counts_weekdays(parts: DateParts, day: Interval) -> bool:
    """«الثلاثاء الثالث من أيلول 2014»: an ordinal day that misses its weekday counts Tuesdays."""
    return bool(parts.ordinal_day and parts.weekday and parts.day and parts.day <= 5) and (
        WEEKDAYS[day.start.weekday()] != parts.weekday
    )


def _nth_of(month: Interval | None, weekday: str | None, nth: int, unit: str | None = None) -> Interval | None:
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


# --- relative expressions ---


def _relative_weekday(parts: DateParts, ref: dt.date) -> dt.date:
    """The weekday the text means: last/next/this one, or a bare one (past unless the text speaks of the future)."""
    target = _weekday_index(parts.weekday or "MON")
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
    if parts.day_offset is not None and parts.form in ("relday", "weekday"):
        day = ref + dt.timedelta(days=parts.day_offset)
        if parts.weekday:  # «أمس الأحد» a day off the publication date: the named weekday wins
            day += dt.timedelta(days=(_weekday_index(parts.weekday) - day.weekday() + 3) % 7 - 3)
        return Interval(day, day + dt.timedelta(days=1), "day")
    if parts.form == "weekday":
        day = _relative_weekday(parts, ref)
        return Interval(day, day + dt.timedelta(days=1), "day")
    if parts.form == "relunit" and parts.unit:
        return _relative_unit(parts.unit, parts.shift or 0, parts.count, ref)
    if parts.form == "ago" and parts.unit and parts.count is not None:
        day = _shift_date(ref, parts.unit, (parts.shift or -1) * parts.count)
        return Interval(day, day + dt.timedelta(days=1), "day")
    if parts.form == "time":
        return Interval(ref, ref + dt.timedelta(days=1), "day")
    return None


def _relative_unit(unit: str, shift: int, count: int | None, ref: dt.date) -> Interval | None:
    if count == 0:
        return None  # «الأشهر الأخيرة»: some recent months, no interval
    current = _unit_interval(unit, ref)
    if count is None or count == 1 or shift == 0:
        return _shift_interval(current, unit, shift)
    if shift < 0:
        return Interval(_shift_date(current.start, unit, -count), current.start, current.grain)
    return Interval(current.end, _shift_date(current.end, unit, count), current.grain)


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
        year_calendar = "gregorian" if kind != "gregorian" else None
        interval = _day_interval(kind, year, int(month), int(day_of_month), year_calendar)
        if interval is None:
            return None, False
        day = interval.start
    return Interval(day, day + dt.timedelta(days=1), "day"), inferred


def _season(parts: DateParts, context: Context) -> tuple[Interval | None, bool]:
    year, inferred = parts.year, False
    if year is None and context.reference is not None:
        year, inferred = context.reference.day.year + (parts.shift or 0), context.reference.inferred
    if year is None or parts.season is None:
        return None, False
    start = dt.date(year, _SEASON_START[parts.season], 1)
    return Interval(start, _add_months(start, 3), "month"), inferred


def _first_n(parts: DateParts, base: Interval) -> Interval | None:
    if parts.unit not in ("day", "week", "month", "year") or not parts.count:
        return None
    if parts.from_end:
        return Interval(_shift_date(base.end, parts.unit, -parts.count), base.end, parts.unit)
    end = _shift_date(base.start, parts.unit, parts.count)
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
        return _nth_of(interval, parts.weekday, parts.nth, parts.unit), inferred
    return _part_of(interval, parts.part, _text_calendar(parts)), inferred


# --- values ---


def _iso(day: dt.date, parts: DateParts, grain: str) -> str:
    if grain in ("hour", "minute"):
        moment = dt.datetime(day.year, day.month, day.day, parts.hour or 0, parts.minute or 0, parts.second or 0)
        return moment.isoformat()
    return day.isoformat()


def _time_interval(interval: Interval, parts: DateParts) -> tuple[str, str, str]:
    grain = "minute" if parts.minute is not None else "hour"
    hour = (parts.hour or 0) % 24
    start = dt.datetime(
        interval.start.year, interval.start.month, interval.start.day, hour, parts.minute or 0, parts.second or 0
    )
    end = start + (dt.timedelta(minutes=1) if grain == "minute" else dt.timedelta(hours=1))
    return start.isoformat(), end.isoformat(), grain


def _relative_word(parts: DateParts) -> str | None:
    if parts.day_offset is not None:
        return _RELATIVE_DAY.get(parts.day_offset, f"day{parts.day_offset:+d}")
    if parts.form == "ago":
        return "ago" if (parts.shift or -1) < 0 else "in"
    if parts.form == "relunit":
        word = _SHIFT_WORD.get(parts.shift or 0, "this")
        if parts.count not in (None, 1):
            return f"{word}-{parts.count or 'some'}-{parts.unit}s"
        return f"{word}-{parts.unit}"
    if parts.form == "weekday" and parts.unit == "week":
        return f"{_SHIFT_WORD.get(parts.count or 0, 'this')}-week"
    if parts.shift is not None and parts.form in ("weekday", "season"):
        return _SHIFT_WORD.get(parts.shift)
    return None


@attrs.frozen
class _Fields:
    year: int | None = None
    month: int | None = None
    day: int | None = None


def _stated_fields(parts: DateParts) -> _Fields:
    """Year, month and day as the text states them, when it states them in the Gregorian calendar."""
    if parts.calendar != "gregorian" or parts.year_calendar not in (None, "gregorian"):
        return _Fields()
    return _Fields(parts.year, parts.month, parts.day)


def _resolved_fields(interval: Interval) -> _Fields:
    """Year, month and day that hold over the whole interval."""
    last = interval.end - dt.timedelta(days=1)
    same_year = interval.start.year == last.year
    same_month = same_year and interval.start.month == last.month
    return _Fields(
        interval.start.year if same_year else None,
        interval.start.month if same_month else None,
        interval.start.day if interval.start == last else None,
    )


def _range_end(end: DateParts, start: Interval, context: Context) -> tuple[Interval | None, bool]:
    """The interval a range ends with; a weekday ends it on the first such day after its start
    («ليل الأحد - الاثنين», «from Sunday to Thursday»), whatever the publication day."""
    if end.form == "weekday" and end.weekday is not None and end.shift is None and end.day_offset is None:
        days = (_weekday_index(end.weekday) - start.start.weekday() - 1) % 7 + 1
        day = start.start + dt.timedelta(days=days)
        return Interval(day, day + dt.timedelta(days=1), "day"), False
    return interval_of(end, context)


def to_value(parts: DateParts, context: Context) -> DateValue | None:
    """The contract's value of one expression; unresolved (start/end None) when nothing fixes it."""
    interval, inferred = interval_of(parts, context)
    relative = _relative_word(parts)
    if parts.range_end is not None and interval is not None:
        last, last_inferred = _range_end(parts.range_end, interval, context)
        if last is None or last.end <= interval.start:
            interval = None
        else:
            grain = min(interval.grain, last.grain, key=_GRAIN_ORDER.index)
            interval, inferred = Interval(interval.start, last.end, grain), inferred or last_inferred
    if interval is None:
        return _unresolved(parts, relative)
    if parts.hour is not None and interval.grain == "day":
        start, end, grain = _time_interval(interval, parts)
    else:
        grain = interval.grain
        start, end = _iso(interval.start, parts, grain), _iso(interval.end, parts, grain)
    fields = _resolved_fields(interval)
    weekday = parts.weekday
    if fields.day is not None:
        weekday = WEEKDAYS[interval.start.weekday()]
    return DateValue(
        year=fields.year,
        month=fields.month,
        day=fields.day,
        weekday=weekday,
        hour=parts.hour,
        minute=parts.minute,
        timezone=parts.timezone,
        grain=grain,
        start=start,
        end=end,
        resolved=True,
        inferred=inferred,
        calendar=_text_calendar(parts),
        relative=relative,
    )


def _text_calendar(parts: DateParts) -> str:
    return parts.calendar if parts.calendar in calendars.CALENDARS else "gregorian"


def _unresolved(parts: DateParts, relative: str | None) -> DateValue:
    grain, fields = _stated_grain(parts), _stated_fields(parts)
    return DateValue(
        year=fields.year,
        month=fields.month,
        day=fields.day,
        weekday=parts.weekday,
        hour=parts.hour,
        minute=parts.minute,
        timezone=parts.timezone,
        grain=grain,
        resolved=False,
        calendar=_text_calendar(parts),
        relative=relative,
    )


def _stated_grain(parts: DateParts) -> str:
    if parts.hour is not None:
        return "minute" if parts.minute is not None else "hour"
    if parts.form in ("relunit", "first_of") and parts.unit:
        return parts.unit
    if parts.day is not None or parts.weekday or parts.form in ("relday", "ago", "holiday"):
        return "day"
    if parts.month is not None or parts.form == "season":
        return "month"
    return "year"


# --- the reference day ---


def named_years(expressions: Iterable[DateParts]) -> frozenset[tuple[str, int]]:
    years = set()
    for parts in expressions:
        for piece in (parts, parts.range_end):
            if piece is not None and piece.year is not None:
                years.add((piece.year_calendar or piece.calendar, piece.year))
    return frozenset(years)


_DATELINE_PLACE = re.compile(r"[^\n.!?؟،,:;]{0,40}")
_DATELINE_AFTER = re.compile(r"\s*[-–—(:]")


def _is_dateline(parts: DateParts, folded: str) -> bool:
    """A date after a short place name at the start of a line, followed by a dash, bracket or colon."""
    line_start = folded.rfind("\n", 0, parts.start) + 1
    return bool(_DATELINE_PLACE.fullmatch(folded, line_start, parts.start)) and bool(
        _DATELINE_AFTER.match(folded, parts.end)
    )


def infer_reference(expressions: list[DateParts], folded: str, years: frozenset[tuple[str, int]]) -> Reference | None:
    """The report's own date, where its text states it; None otherwise."""
    context = Context(None, years)
    for parts in expressions:
        if parts.form == "date" and parts.day_offset is not None and parts.day is not None:
            interval, _ = interval_of(attrs.evolve(parts, part=None), context)
            if interval is not None and interval.grain == "day":
                return Reference(interval.start - dt.timedelta(days=parts.day_offset), True)
    for parts in expressions:
        complete = parts.form == "date" and parts.year is not None and parts.day is not None
        if complete and parts.range_end is None and _is_dateline(parts, folded):
            interval, _ = interval_of(parts, context)
            if interval is not None:
                return Reference(interval.start, True)
    return None
