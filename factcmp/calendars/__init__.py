"""Calendar arithmetic: Solar Hijri (Jalali), Hijri (Umm al-Qura), Hebrew and Gregorian dates.

Dates in the text's calendar are converted to Gregorian ``datetime.date``; every function
raises ``ValueError`` for a date that does not exist, so callers can drop a false reading.
Jalali conversion is exact arithmetic (the 33-year-cycle algorithm of Borkowski as used by
jalaali-js); Hijri conversion uses the Umm al-Qura tables of ``hijridate``, which cover
1343-1500 AH, and the arithmetic Islamic calendar of ``convertdate`` outside them. Hebrew
dates use ``convertdate.hebrew``, with its month numbers (Nisan 1 ... Elul 6, Tishrei 7 ... Adar
12, Adar II 13 in a leap year): the year begins at Tishrei, so a year runs from month 7 to month 6.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import warnings
from collections.abc import Iterator

CALENDARS: tuple[str, ...] = ("gregorian", "jalali", "hijri", "hebrew")
_TISHREI = 7  # the month a Hebrew year starts with
_ELUL = 6  # the month it ends with

# Years (in the calendar's own numbering) where the Jalali leap cycle changes.
_JALALI_BREAKS = (
    -61,
    9,
    38,
    199,
    426,
    686,
    756,
    818,
    1111,
    1181,
    1210,
    1635,
    2060,
    2097,
    2192,
    2262,
    2324,
    2394,
    2456,
    3178,
)


def _jalali_cal(jy: int) -> tuple[int, int, int]:
    """(leap, Gregorian year, March day of Farvardin 1) for a Jalali year."""
    gy = jy + 621
    leap_j = -14
    jp = _JALALI_BREAKS[0]
    if jy < jp or jy >= _JALALI_BREAKS[-1]:
        raise ValueError(f"Jalali year {jy} is out of range")
    jump = 0
    for jm in _JALALI_BREAKS[1:]:
        jump = jm - jp
        if jy < jm:
            break
        leap_j += jump // 33 * 8 + (jump % 33) // 4
        jp = jm
    n = jy - jp
    leap_j += n // 33 * 8 + (n % 33 + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap_j += 1
    leap_g = gy // 4 - (gy // 100 + 1) * 3 // 4 - 150
    march = 20 + leap_j - leap_g
    if jump - n < 6:
        n = n - jump + (jump + 4) // 33 * 33
    leap = ((n + 1) % 33 - 1) % 4
    if leap == -1:
        leap = 4
    return leap, gy, march


def jalali_month_length(year: int, month: int) -> int:
    if not 1 <= month <= 12:
        raise ValueError(f"Jalali month {month} does not exist")
    if month <= 6:
        return 31
    if month <= 11:
        return 30
    return 30 if _jalali_cal(year)[0] == 0 else 29


def jalali_to_gregorian(year: int, month: int, day: int) -> dt.date:
    if not 1 <= day <= jalali_month_length(year, month):
        raise ValueError(f"Jalali date {year}-{month}-{day} does not exist")
    _, gy, march = _jalali_cal(year)
    first = dt.date(gy, 3, march)
    offset = (month - 1) * 31 - max(0, month - 7) + day - 1
    return first + dt.timedelta(days=offset)


def gregorian_to_jalali(date: dt.date) -> tuple[int, int, int]:
    year = date.year - 621
    if date < jalali_to_gregorian(year, 1, 1):
        year -= 1
    days = (date - jalali_to_gregorian(year, 1, 1)).days
    if days < 186:
        return year, days // 31 + 1, days % 31 + 1
    days -= 186
    return year, days // 30 + 7, days % 30 + 1


def _hijri_day_one(year: int, month: int) -> dt.date:
    from hijridate import Hijri

    try:
        return dt.date(*Hijri(year, month, 1).to_gregorian().datetuple())
    except (ValueError, OverflowError):
        from convertdate import islamic

        return dt.date(*islamic.to_gregorian(year, month, 1))


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """A Hijri date; day 30 of a 29-day month reads as the next day, as sighting calendars differ."""
    if not 1 <= month <= 12 or not 1 <= day <= 30:
        raise ValueError(f"Hijri date {year}-{month}-{day} does not exist")
    return _hijri_day_one(year, month) + dt.timedelta(days=day - 1)


def gregorian_to_hijri(date: dt.date) -> tuple[int, int, int]:
    from hijridate import Gregorian

    try:
        hijri = Gregorian(date.year, date.month, date.day).to_hijri()
        return hijri.year, hijri.month, hijri.day
    except (ValueError, OverflowError):
        from convertdate import islamic

        year, month, day = islamic.from_gregorian(date.year, date.month, date.day)
        return int(year), int(month), int(day)


@contextlib.contextmanager
def _quiet_convertdate() -> Iterator[None]:
    """convertdate 2.4+ calls its own deprecated ``hebrew.month_days`` inside its conversions: a
    warning meant for its callers, which users of factcmp can do nothing about."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=DeprecationWarning, module="convertdate")
        yield


def _hebrew_months(year: int) -> int:
    from convertdate import hebrew

    return int(hebrew.year_months(year))


def hebrew_to_gregorian(year: int, month: int, day: int) -> dt.date:
    from convertdate import hebrew

    if not 1 <= year <= 9999 or not 1 <= month <= _hebrew_months(year):
        raise ValueError(f"Hebrew month {year}-{month} does not exist")
    if not 1 <= day <= hebrew.month_length(year, month):
        raise ValueError(f"Hebrew date {year}-{month}-{day} does not exist")
    with _quiet_convertdate():
        return dt.date(*hebrew.to_gregorian(year, month, day))


def gregorian_to_hebrew(date: dt.date) -> tuple[int, int, int]:
    from convertdate import hebrew

    with _quiet_convertdate():
        year, month, day = hebrew.from_gregorian(date.year, date.month, date.day)
    return int(year), int(month), int(day)


def to_gregorian(calendar: str, year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of a date written in ``calendar``."""
    if calendar == "hebrew":
        return hebrew_to_gregorian(year, month, day)
    if calendar == "jalali":
        return jalali_to_gregorian(year, month, day)
    if calendar == "hijri":
        return hijri_to_gregorian(year, month, day)
    return dt.date(year, month, day)


def next_month(calendar: str, year: int, month: int) -> tuple[int, int]:
    if calendar == "hebrew":
        if month == _ELUL:
            return year + 1, _TISHREI
        return (year, 1) if month == _hebrew_months(year) else (year, month + 1)
    return (year + 1, 1) if month == 12 else (year, month + 1)


def month_interval(calendar: str, year: int, month: int) -> tuple[dt.date, dt.date]:
    """First day of a month and first day of the next one, in Gregorian."""
    return to_gregorian(calendar, year, month, 1), to_gregorian(calendar, *next_month(calendar, year, month), 1)


def year_interval(calendar: str, year: int) -> tuple[dt.date, dt.date]:
    if calendar == "hebrew":
        return to_gregorian(calendar, year, _TISHREI, 1), to_gregorian(calendar, year + 1, _TISHREI, 1)
    return to_gregorian(calendar, year, 1, 1), to_gregorian(calendar, year + 1, 1, 1)


def from_gregorian(calendar: str, date: dt.date) -> tuple[int, int, int]:
    """Year, month and day, in ``calendar``, of a Gregorian date."""
    if calendar == "hebrew":
        return gregorian_to_hebrew(date)
    if calendar == "jalali":
        return gregorian_to_jalali(date)
    if calendar == "hijri":
        return gregorian_to_hijri(date)
    return date.year, date.month, date.day


def year_of(calendar: str, date: dt.date) -> int:
    """The year, in ``calendar``, that a Gregorian date falls in."""
    return from_gregorian(calendar, date)[0]


def easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month = (h + leap - 7 * m + 114) // 31
    day = (h + leap - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)
