"""The value of a date expression as the contract states it (factcmp.values.DateValue): its
interval in ISO form with its grain, the fields that hold over the whole interval, the relative
word it was said with; unresolved, with the fields the text states, when nothing fixes it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import attrs

from factcmp.kinds.dates.intervals import WEEKDAYS, Interval, weekday_index
from factcmp.kinds.dates.parts import DateParts
from factcmp.kinds.dates.resolution import Context, Reference, interval_of, text_calendar
from factcmp.values import DateValue

_GRAIN_ORDER: tuple[str, ...] = ("minute", "hour", "day", "week", "month", "quarter", "year", "decade")
_RELATIVE_DAY = {0: "today", -1: "yesterday", 1: "tomorrow", -2: "day-before-yesterday", 2: "day-after-tomorrow"}
_SHIFT_WORD = {-1: "last", 0: "this", 1: "next"}


def _iso(day: dt.date, parts: DateParts, grain: str) -> str:
    if grain in ("hour", "minute"):
        moment = dt.datetime(day.year, day.month, day.day, parts.hour or 0, parts.minute or 0, parts.second or 0)
        return moment.isoformat()
    return day.isoformat()


def _time_interval(interval: Interval, parts: DateParts) -> tuple[str, str, str]:
    grain = "minute" if parts.minute is not None else "hour"
    # hour 24 («الثانية عشرة ليلا», «ساعت ۲۴»): the midnight that ends the day
    clock = dt.timedelta(hours=parts.hour or 0, minutes=parts.minute or 0, seconds=parts.second or 0)
    start = dt.datetime.combine(interval.start, dt.time()) + clock
    end = start + (dt.timedelta(minutes=1) if grain == "minute" else dt.timedelta(hours=1))
    return start.isoformat(), end.isoformat(), grain


def _hours_interval(day: Interval, parts: DateParts, last: DateParts) -> tuple[str, str, str]:
    """A range of hours on one day («الخميس من الساعة التاسعة وحتى الحادية عشرة»: Thursday 09:00 to
    11:00), into the next day when the end is not after the start («from 10 p.m. to 2 a.m.»)."""
    grain = "minute" if parts.minute is not None or last.minute is not None else "hour"
    midnight = dt.datetime.combine(day.start, dt.time())
    start = midnight + dt.timedelta(hours=parts.hour or 0, minutes=parts.minute or 0)
    end = midnight + dt.timedelta(hours=last.hour or 0, minutes=last.minute or 0)
    if end <= start:
        end += dt.timedelta(days=1)
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
        days = (weekday_index(end.weekday) - start.start.weekday() - 1) % 7 + 1
        day = start.start + dt.timedelta(days=days)
        return Interval(day, day + dt.timedelta(days=1), "day"), False
    return interval_of(end, context)


def anchored(value: Mapping[str, Any], day: dt.date) -> DateValue | None:
    """An unresolved date that names its month («شباط», "16 February") as the report would have
    it on ``day``: to line up an undated report with dated ones, never to say what it says."""
    if value.get("resolved") or value.get("year") is not None or value.get("month") is None or value.get("relative"):
        return None
    parts = DateParts(
        form="date",
        start=0,
        end=0,
        calendar=str(value.get("calendar") or "gregorian"),
        month=int(value["month"]),
        day=int(value["day"]) if value.get("day") is not None else None,
    )
    return to_value(parts, Context(Reference(day, inferred=True), frozenset()))


def to_value(parts: DateParts, context: Context) -> DateValue | None:
    """The contract's value of one expression; unresolved (start/end None) when nothing fixes it."""
    interval, inferred = interval_of(parts, context)
    relative = _relative_word(parts)
    hours = parts.range_end is not None and parts.range_end.form == "time"
    if parts.range_end is not None and interval is not None and not hours:
        last, last_inferred = _range_end(parts.range_end, interval, context)
        if last is None or last.end <= interval.start:
            interval = None
        else:
            grain = min(interval.grain, last.grain, key=_GRAIN_ORDER.index)
            interval, inferred = Interval(interval.start, last.end, grain), inferred or last_inferred
    if interval is None:
        return _unresolved(parts, relative)
    if hours and parts.range_end is not None and interval.grain == "day":
        start, end, grain = _hours_interval(interval, parts, parts.range_end)
    elif parts.hour is not None and interval.grain == "day":
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
        hour=None if parts.hour is None else parts.hour % 24,
        minute=parts.minute,
        timezone=parts.timezone,
        grain=grain,
        start=start,
        end=end,
        resolved=True,
        inferred=inferred,
        calendar=text_calendar(parts),
        relative=relative,
    )


def _unresolved(parts: DateParts, relative: str | None) -> DateValue:
    grain, fields = _stated_grain(parts), _stated_fields(parts)
    return DateValue(
        year=fields.year,
        month=fields.month,
        day=fields.day,
        weekday=parts.weekday,
        hour=None if parts.hour is None else parts.hour % 24,
        minute=parts.minute,
        timezone=parts.timezone,
        grain=grain,
        resolved=False,
        calendar=text_calendar(parts),
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
