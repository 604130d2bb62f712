"""Datelines: the place, date and agency a report was filed under, told apart from headlines and leads."""

from __future__ import annotations

import pytest

from factcmp.text.dateline import datelines


@pytest.mark.parametrize(
    ("dateline", "lead"),
    [
        ("SIDON (Levant Wire) -", "A fire at a fuel depot on the southern edge of the city killed three."),
        ("ANKARA, March 3 (Anatolian Desk) -", "Turkey's president arrived in Baku late on Monday."),
        ("Kirkuk, Iraq —", "A roadside bomb hit a police patrol on the road to Tuz Khurmatu."),
        ("بيروت - (وكالات):", "اندلع حريق كبير في مستودع للوقود على أطراف مدينة صيدا مساء أمس."),
        ("دمشق - 3 آذار 2024 (سانا) -", "قال الوزير إن الوفد وصل."),
        ("مسقط في 8 مارس /العمانية/", "أعلنت وزارة الخارجية وصول البحارة المفرج عنهم إلى البلاد."),
        ("کرمان- ایرنا-", "زمین‌لرزه‌ای به بزرگی ۵.۱ ریشتر بامداد امروز حوالی شهر راور را لرزاند."),
        ("اهواز - خبرگزاری جنوب:", "آتش‌سوزی در یک انبار کالا در منطقه صنعتی شهر مهار شد."),
    ],
)
def test_a_dateline_opens_the_lead(dateline: str, lead: str) -> None:
    line = f"{dateline} {lead}"
    assert [line[span.start : span.end] for span in datelines(line)] == [dateline]


@pytest.mark.parametrize(
    "line",
    [
        "انفجار صيدا: 3 قتلى",
        "Sidon blast - 3 dead",
        "Al-Bukamal residents describe a night of drone strikes near the border crossing.",
        "In Sidon, rescuers searched the rubble through the night - officials said.",
        "The ministry said 15 seafarers had been freed - all of them in good health - on Friday.",
    ],
)
def test_a_headline_or_a_sentence_is_no_dateline(line: str) -> None:
    assert datelines(line) == []


def test_each_line_may_open_with_its_own_dateline() -> None:
    text = "Blast in Sidon\n\nSIDON (Levant Wire) - A fire at a fuel depot on the edge of the city killed three."
    (span,) = datelines(text)
    assert text[span.start : span.end] == "SIDON (Levant Wire) -"
