"""Calendar conversion: Solar Hijri (Jalali), Hijri and Hebrew dates to Gregorian and back."""

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


# Hebrew calendar: convertdate's month numbers (Nisan 1 ... Elul 6, Tishrei 7 ... Adar 12, Adar II 13).
# convertdate calls its own deprecated month_days inside its conversions (2.4, 2.5): not ours to fix.
_CONVERTDATE_OWN = pytest.mark.filterwarnings("ignore:month_days is deprecated:DeprecationWarning")


@_CONVERTDATE_OWN
@pytest.mark.parametrize(
    ("hebrew", "gregorian"),
    [
        ((5779, 7, 1), dt.date(2018, 9, 10)),  # Rosh Hashana 5779
        ((5779, 7, 7), dt.date(2018, 9, 16)),
        ((5779, 7, 10), dt.date(2018, 9, 19)),  # Yom Kippur
        ((5778, 11, 15), dt.date(2018, 1, 31)),  # Tu BiShvat
        ((5779, 13, 26), dt.date(2019, 4, 2)),  # 26 Adar II in a leap year
        ((5779, 1, 15), dt.date(2019, 4, 20)),  # Passover
    ],
)
def test_hebrew_dates_convert_to_gregorian(hebrew: tuple[int, int, int], gregorian: dt.date) -> None:
    assert calendars.to_gregorian("hebrew", *hebrew) == gregorian
    assert calendars.from_gregorian("hebrew", gregorian) == hebrew


@_CONVERTDATE_OWN
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_hebrew_round_trip(day: dt.date) -> None:
    assert calendars.to_gregorian("hebrew", *calendars.from_gregorian("hebrew", day)) == day


@_CONVERTDATE_OWN
def test_a_hebrew_year_runs_from_tishrei_to_elul() -> None:
    assert calendars.year_interval("hebrew", 5779) == (dt.date(2018, 9, 10), dt.date(2019, 9, 30))
    assert calendars.next_month("hebrew", 5778, 6) == (5779, 7)  # Elul, then Tishrei of the next year
    assert calendars.next_month("hebrew", 5779, 12) == (5779, 13)  # a leap year has Adar II
    assert calendars.next_month("hebrew", 5778, 12) == (5778, 1)  # a common year goes on to Nisan
    assert calendars.month_interval("hebrew", 5779, 13) == (dt.date(2019, 3, 8), dt.date(2019, 4, 6))


@_CONVERTDATE_OWN
def test_hebrew_dates_that_do_not_exist_raise() -> None:
    with pytest.raises(ValueError):
        calendars.to_gregorian("hebrew", 5778, 13, 1)  # no Adar II in a common year
    with pytest.raises(ValueError):
        calendars.to_gregorian("hebrew", 5779, 6, 30)  # Elul has 29 days
