"""Calendar conversion: Solar Hijri (Jalali) and Hijri dates to Gregorian and back."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcmp import calendars


@pytest.mark.parametrize(
    ("jalali", "gregorian"),
    [
        ((1397, 6, 26), dt.date(2018, 9, 17)),
        ((1394, 1, 1), dt.date(2015, 3, 21)),  # Nowruz
        ((1387, 12, 30), dt.date(2009, 3, 20)),  # last day of a leap year
        ((1403, 12, 30), dt.date(2025, 3, 20)),
        ((1400, 1, 1), dt.date(2021, 3, 21)),
    ],
)
def test_jalali_dates_convert_to_gregorian(jalali: tuple[int, int, int], gregorian: dt.date) -> None:
    assert calendars.jalali_to_gregorian(*jalali) == gregorian
    assert calendars.gregorian_to_jalali(gregorian) == jalali


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_jalali_round_trip(day: dt.date) -> None:
    assert calendars.jalali_to_gregorian(*calendars.gregorian_to_jalali(day)) == day


def test_esfand_30_exists_only_in_leap_years() -> None:
    with pytest.raises(ValueError):
        calendars.jalali_to_gregorian(1396, 12, 30)
    assert calendars.jalali_month_length(1395, 12) == 30


@pytest.mark.parametrize(
    ("hijri", "gregorian"),
    [
        ((1432, 9, 14), dt.date(2011, 8, 14)),
        ((1434, 12, 10), dt.date(2013, 10, 15)),  # Eid al-Adha 1434
        ((1440, 9, 1), dt.date(2019, 5, 6)),  # 1 Ramadan 1440
        ((1441, 1, 1), dt.date(2019, 8, 31)),  # Hijri new year 1441
        ((1390, 3, 10), dt.date(1970, 5, 16)),
    ],
)
def test_hijri_dates_convert_to_gregorian(hijri: tuple[int, int, int], gregorian: dt.date) -> None:
    assert calendars.hijri_to_gregorian(*hijri) == gregorian


def test_hijri_day_30_of_a_short_month_is_the_next_day() -> None:
    # Safar 1433 has 29 days in the Umm al-Qura tables; a sighting calendar may still write the 30th.
    assert calendars.hijri_to_gregorian(1433, 2, 30) == dt.date(2012, 1, 24)


def test_month_and_year_intervals_are_end_exclusive() -> None:
    assert calendars.month_interval("jalali", 1397, 6) == (dt.date(2018, 8, 23), dt.date(2018, 9, 23))
    assert calendars.year_interval("gregorian", 2015) == (dt.date(2015, 1, 1), dt.date(2016, 1, 1))
    assert calendars.month_interval("hijri", 1440, 9) == (dt.date(2019, 5, 6), dt.date(2019, 6, 4))


@pytest.mark.parametrize(("year", "day"), [(2013, dt.date(2013, 3, 31)), (2019, dt.date(2019, 4, 21)),
                                           (2024, dt.date(2024, 3, 31))])
def test_easter(year: int, day: dt.date) -> None:
    assert calendars.easter(year) == day
