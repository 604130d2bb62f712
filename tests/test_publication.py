"""Publication dates as callers write them: ISO, another calendar, or words; refused with a reason."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import factcmp
from factcmp.model import PUBLISHED_YEAR_FITTED, DocumentMentions
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


_STAMPED = {
    "en": "Lebanon lowers blast toll to 41\n\nSep 18, 2027 12:18 PM\n\nBy a staff reporter\n\n"
    "The toll from Thursday's explosion at the port was lowered to 41 on Saturday.",
    "ar": "طرابلس - 17 أيلول 2027 (الساحل) - ارتفعت حصيلة انفجار المرفأ الذي وقع مساء الخميس إلى 43 قتيلا.",
    "fa": "آمار قربانیان انفجار بندر طرابلس به ۴۳ نفر رسید\n\nتاریخ انتشار: ۲۶ شهریور ۱۴۰۶\n\n"
    "شمار کشته‌شدگان انفجار پنجشنبه شب به ۴۳ نفر رسید.",
}


@pytest.mark.parametrize(
    ("lang", "day"), [("en", dt.date(2027, 9, 18)), ("ar", dt.date(2027, 9, 17)), ("fa", dt.date(2027, 9, 17))]
)
def test_a_report_given_no_date_takes_the_day_its_text_states(lang: str, day: dt.date) -> None:
    result = factcmp.extract(factcmp.Document(id="r", text=_STAMPED[lang], lang=lang))
    assert result.document.published is None
    assert result.document.published_inferred == day
    entry = DocumentMentions(result.document, result.lang, list(result))
    assert entry.to_dict()["published_inferred"] == day.isoformat()
    thursday = next(m for m in result if m.kind == "date" and m.value.weekday == "THU")
    assert thursday.value.start == "2027-09-16" and thursday.value.inferred


def test_a_date_given_is_kept_and_a_date_far_down_the_text_is_no_stamp() -> None:
    given = factcmp.extract(factcmp.Document(id="r", text=_STAMPED["en"], lang="en", published="2027-09-19"))
    assert given.document.published_inferred is None
    deep = "The toll rose on Thursday.\n" + "Rescue work went on through the night. " * 20 + "\n18 September 2027\n"
    assert factcmp.extract(factcmp.Document(id="r", text=deep, lang="en")).document.published_inferred is None


def test_a_day_whose_year_only_a_weekday_fits_is_marked_so() -> None:
    # 23 November was a Tuesday in 2021 and is again in 2027: the background's «عام 2021» gives the
    # report's day its year, marked as fitted (no bound on the stories it may join).
    text = (
        "اختتم الرئيس المصري مساء أمس الثلاثاء 23 تشرين الثاني زيارته إلى بغداد.\n\n"
        "وكانت القمة الثلاثية الأولى قد عقدت في القاهرة عام 2019 ثم في بغداد عام 2021."
    )
    fitted = factcmp.extract(factcmp.Document(id="r", text=text, lang="ar")).document
    assert fitted.published_inferred == dt.date(2021, 11, 24) and fitted.meta[PUBLISHED_YEAR_FITTED]
    # a year told with today's date is as good as a dateline
    told = "وقال بوتين اليوم، الجمعة 22 من تشرين الأول 2021، إن التبادل ارتفع."
    stated = factcmp.extract(factcmp.Document(id="r", text=told, lang="ar")).document
    assert stated.published_inferred == dt.date(2021, 10, 22) and PUBLISHED_YEAR_FITTED not in stated.meta


def test_stamped_reports_place_a_rising_toll_in_time() -> None:
    first = (
        "Port blast kills 12\n\n16 September 2027\n\n"
        "At least 12 people were killed in an explosion at Tripoli port on Thursday."
    )
    later = (
        "Port blast toll rises to 27\n\n17 September 2027\n\n"
        "The toll from Thursday's explosion at Tripoli port rose to 27."
    )
    comparison = factcmp.compare([factcmp.Document(id="first", text=first), factcmp.Document(id="later", text=later)])
    kinds = {(finding.kind, finding.slot) for finding in comparison.findings}
    assert ("revision", "count") in kinds and ("contradiction", "count") not in kinds
