"""What the date grammar read in a stretch of text, before it is resolved to an interval."""

from __future__ import annotations

import attrs


@attrs.define
class DateParts:
    """One reading: explicit fields in the text's own calendar, relative offsets, modifiers.

    ``start``/``end`` are offsets into the folded text. ``form`` says what was read (date,
    weekday, relday, relunit, ago, duration, time, holiday, season, first_of; and the prefixes
    part, firstn, nth and day_of that only join what follows them).
    """

    form: str
    start: int
    end: int
    calendar: str = "gregorian"
    year: int | None = None
    year_calendar: str | None = None  # when the year is in another calendar than the month (رمضان 2019)
    month: int | None = None
    day: int | None = None
    weekday: str | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    day_period: str | None = None
    timezone: str | None = None
    day_offset: int | None = None  # relday: days from the reference day
    unit: str | None = None  # relunit/ago/duration/firstn: the unit counted
    shift: int | None = None  # -1 the previous, 0 the current, 1 the next
    count: int | None = None  # how many units; None when the text leaves it vague («قبل أيام»)
    part: str | None = None  # early|mid|late, first_half|second_half, q1-q4
    nth: int | None = None  # nth weekday of a month, -1 for the last
    holiday: str | None = None  # a rule from holidays.tsv
    season: str | None = None
    from_end: bool = False  # firstn: the last N rather than the first N
    ordinal_day: bool = False  # the day was an ordinal word («الثالث»): it may count weekdays instead
    ambiguous: bool = False  # a reading that needs a neighbour to be a date
    range_end: DateParts | None = None
    future: bool = False  # the sentence speaks of what is to come
    nearest: bool = False  # a day and month with no year («في 22/4»): the nearest one, past unless future

    @property
    def has_date(self) -> bool:
        return self.year is not None or self.month is not None or self.day is not None
