"""Resolution of dates: against the publication date, against a reference the text states, or not at all."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Any

import pytest

import factcmp

SEEDS = Path(__file__).resolve().parents[1] / "examples" / "seeds"


def dates(text: str, lang: str, published: dt.date | None = None) -> list[tuple[str, dict[str, Any]]]:
    return [(m.text, m.value.to_dict()) for m in factcmp.extract(text, lang=lang, published=published, kinds=["date"])]


def test_today_with_a_weekday_fits_one_named_year() -> None:
    # 22 October is a Friday in 2021 and a Monday in 2018: the text's «today» is 22 October 2021.
    text = "وقال بوتين اليوم، الجمعة 22 من تشرين الأول، إن التبادل ارتفع خلال عام 2021 مقارنة بعام 2018."
    found = dict(dates(text, "ar"))
    value = found["اليوم، الجمعة 22 من تشرين الأول"]
    assert (value["start"], value["inferred"], value["resolved"]) == ("2021-10-22", True, True)


def test_relative_dates_rest_on_the_stated_today_and_say_so() -> None:
    text = "قال الوزير اليوم، الجمعة 22 تشرين الأول 2021، إن الوفد وصل أمس."
    found = dict(dates(text, "ar"))
    assert found["أمس"]["start"] == "2021-10-21"
    assert found["أمس"]["inferred"] is True


def test_weekday_that_fits_no_named_year_stays_unresolved() -> None:
    text = "وقال اليوم، الجمعة 22 من تشرين الأول، إن عام 2019 كان صعبا."  # 22 Oct 2019 is a Tuesday
    value = dict(dates(text, "ar"))["اليوم، الجمعة 22 من تشرين الأول"]
    assert value["resolved"] is False
    assert (value["month"], value["day"], value["weekday"]) == (10, 22, "FRI")


def test_without_a_reference_nothing_is_filled_in() -> None:
    for text, lang in (("التقيا يوم الأربعاء", "ar"), ("۱۱ نوامبر", "fa"), ("في شهر مارس", "ar"), ("أمس", "ar")):
        for _, value in dates(text, lang):
            assert value["resolved"] is False and value["start"] is None and value["year"] is None


def test_a_bare_weekday_is_the_last_one_unless_the_text_speaks_of_the_future() -> None:
    friday = dt.date(2021, 10, 22)
    assert dates("التقى الوزيران يوم الأربعاء", "ar", friday)[0][1]["start"] == "2021-10-20"
    assert dates("سوف يلتقي الوزيران يوم الأربعاء", "ar", friday)[0][1]["start"] == "2021-10-27"
    assert dates("وزیران چهارشنبه دیدار خواهند کرد", "fa", friday)[0][1]["start"] == "2021-10-27"


def test_a_dateline_gives_the_reference() -> None:
    text = "دمشق - 22 تشرين الأول 2021 (سانا) - قال الوزير أمس إن الاجتماع انتهى."
    found = dict(dates(text, "ar"))
    assert found["أمس"]["start"] == "2021-10-21"
    assert found["أمس"]["inferred"] is True


def test_the_publication_date_wins_over_inference() -> None:
    text = "وقال اليوم، الجمعة 22 من تشرين الأول 2021، إن الوفد وصل أمس."
    found = dict(dates(text, "ar", dt.date(2021, 10, 23)))
    assert found["أمس"]["start"] == "2021-10-22"
    assert found["أمس"]["inferred"] is False


def test_a_year_is_the_whole_year_and_a_range_one_mention() -> None:
    found = dict(dates("ارتفع 50% خلال الأشهر السبعة الأولى من عام 2021 بعد عام 2015", "ar"))
    assert (found["عام 2015"]["start"], found["عام 2015"]["end"], found["عام 2015"]["grain"]) == (
        "2015-01-01", "2016-01-01", "year")
    first_seven = found["الأشهر السبعة الأولى من عام 2021"]
    assert (first_seven["start"], first_seven["end"], first_seven["grain"]) == ("2021-01-01", "2021-08-01", "month")


def test_solar_hijri_dates_keep_their_calendar_and_give_gregorian_values() -> None:
    value = dates("در ۲۶ شهریور ۱۳۹۷ اعلام شد", "fa")[0][1]
    assert (value["calendar"], value["year"], value["month"], value["day"]) == ("jalali", 2018, 9, 17)


def test_seed_dates() -> None:
    text = (SEEDS / "004_553f444c189b1313.txt").read_text(encoding="utf-8")
    found = dict(dates(text, "ar"))
    assert found["اليوم، الجمعة 22 من تشرين الأول"]["start"] == "2021-10-22"
    assert "اليوم" not in found  # «قناة روسيا اليوم» is a channel, not a date


@pytest.mark.parametrize("text", ["", "\x00\x01\x02", "١/١/١", "/" * 1000, "2021-99-99", "31/02/2015", "0/0/0000",
                                  "الساعة 99:99", "عام 0000", "هـ" * 50])
def test_bad_input_gives_a_clean_result(text: str) -> None:
    for _, value in dates(text, "ar"):
        assert value["grain"]


@pytest.mark.parametrize("text", ["الساعة " * 100_000, "1/" * 300_000, " " * 1_000_000, "2015 " * 150_000])
def test_long_hostile_lines_finish_quickly(text: str) -> None:
    started = time.perf_counter()
    factcmp.extract(text, lang="ar", kinds=["date", "duration"])
    assert time.perf_counter() - started < 20


def test_a_weekday_that_fits_the_report_year_keeps_it_over_a_background_year() -> None:
    # 23 November is a Tuesday in 2021 and in 2027: the report of 24 November 2027 means 2027, not
    # the 2021 of its background paragraph.
    text = (
        "اختتم الرئيس مساء أمس الثلاثاء 23 تشرين الثاني زيارته إلى بغداد. "
        "وعقدت قمة ثلاثية في بغداد عام 2021."
    )
    found = dict(dates(text, "ar", published=dt.date(2027, 11, 24)))
    assert found["مساء أمس الثلاثاء 23 تشرين الثاني"]["start"] == "2027-11-23"
