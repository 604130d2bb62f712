"""Publication dates as callers write them: ISO, another calendar, or words; refused with a reason."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import factcmp
from factcmp.publication import PublishedError, read_published


@pytest.mark.parametrize(
    ("raw", "calendar", "day"),
    [
        ("1397-06-27", "jalali", dt.date(2018, 9, 18)),
        ("۱۳۹۷-۰۶-۲۷", "Persian", dt.date(2018, 9, 18)),
        ("1399-12-30", "shamsi", dt.date(2021, 3, 20)),
        ("1440-01-08", "hijri", dt.date(2018, 9, 18)),
        ("1440/01/08", "islamic", dt.date(2018, 9, 18)),
        ("2018-09-18", "gregorian", dt.date(2018, 9, 18)),
        ("2018-09-18", None, dt.date(2018, 9, 18)),
        ("27 شهریور 1397", None, dt.date(2018, 9, 18)),
        ("18 Sep 2018", None, dt.date(2018, 9, 18)),
        ("18 أيلول 2018", None, dt.date(2018, 9, 18)),
    ],
)
def test_a_publication_day_in_any_calendar_or_in_words(raw: str, calendar: str | None, day: dt.date) -> None:
    assert read_published(raw, calendar) == day


def test_a_time_of_day_is_kept() -> None:
    assert read_published("2018-09-18T10:05:00+03:00") == dt.datetime.fromisoformat("2018-09-18T10:05:00+03:00")


@pytest.mark.parametrize(
    ("raw", "calendar", "reason"),
    [
        ("1397-06-27", None, "calendar: jalali or calendar: hijri"),
        ("2018-09-31", None, "there is no 31 September 2018"),
        ("2019-02-29", None, "there is no 29 February 2019"),
        ("1397-12-30", "jalali", "there is no day 30 in month 12 of the year 1397"),
        ("2018-09-18", "martian", "calendar 'martian' is not one of"),
        ("last week", None, "neither ISO"),
    ],
)
def test_a_date_that_cannot_be_read_says_why(raw: str, calendar: str | None, reason: str) -> None:
    with pytest.raises(PublishedError, match=reason):
        read_published(raw, calendar)


def test_front_matter_in_the_solar_hijri_calendar(tmp_path: Path) -> None:
    report = tmp_path / "irna.txt"
    report.write_text("---\npublished: 1397-06-27\ncalendar: jalali\n---\nدیروز ۱۵ نفر کشته شدند.\n", encoding="utf-8")
    document = factcmp.read_documents([report])[0]
    assert document.published == dt.date(2018, 9, 18)
    dates = [m for m in factcmp.extract(document) if m.kind == "date"]
    assert [m.value.to_dict()["start"] for m in dates] == ["2018-09-17"]


def test_a_bare_hijri_year_in_front_matter_is_refused_with_a_question(tmp_path: Path) -> None:
    report = tmp_path / "old.txt"
    report.write_text("---\npublished: 1397-06-27\n---\nنص\n", encoding="utf-8")
    _, errors = factcmp.load_documents([report])
    assert len(errors) == 1 and "calendar: jalali" in str(errors[0]) and "old.txt" in str(errors[0])
