"""Event labels in one script: every reader of a report can read who and where, whatever the
sources' languages (the sources' own words stay in the evidence)."""

from __future__ import annotations

import re

import pytest

import factcmp
from factcmp.text.translit import romanize

_NOT_LATIN_LETTER = re.compile(r"[^\W\d_a-zA-Z\u00c0-\u024f]")


@pytest.mark.parametrize(
    ("name", "romanized"),
    [
        ("Владимир Путин", "Vladimir Putin"),
        ("پوتین", "Putin"),
        ("عبد الملك الحوثي", "Abd al-Mlk al-Huthi"),
        ("ג'ונסון", "Jonson"),
        ("Bashar al-Assad", "Bashar al-Assad"),
        ("NATO", "NATO"),
    ],
)
def test_names_are_romanized_letter_by_letter(name: str, romanized: str) -> None:
    assert romanize(name) == romanized


def test_event_labels_are_in_latin_letters_whatever_the_sources_write() -> None:
    documents = [
        factcmp.Document(
            id="ar",
            text="التقى الرئيس السوري بشار الأسد الرئيس الروسي فلاديمير بوتين في سوتشي يوم الاثنين.",
            published="2018-09-18",
        ),
        factcmp.Document(
            id="fa",
            text="انصارالله روز سه‌شنبه یک کشتی باری را در دریای سرخ توقیف کرد.",
            published="2018-09-18",
        ),
        factcmp.Document(
            id="ar2",
            text="قال المتحدث باسم جماعة مسلحة مجهولة إن المدعو أبو سمير الشامي قاد الهجوم على حاجز في درعا.",
            published="2018-09-18",
        ),
    ]
    labels = [event.label for event in factcmp.compare(documents).events]
    assert "meeting (Bashar al-Assad, Vladimir Putin; Sochi)" in labels  # as English lexicons name them
    assert any(label.startswith("seizure (Houthis") for label in labels)  # an organization by its English name
    assert all(not _NOT_LATIN_LETTER.search(label) for label in labels), labels


def test_a_latin_script_report_names_the_actor_for_the_others() -> None:
    documents = [
        factcmp.Document(id="ar", text="التقى بوتين ويفغيني بريغوجين في موسكو يوم الاثنين.", published="2023-06-27"),
        factcmp.Document(id="en", text="Putin met Yevgeny Prigozhin in Moscow on Monday.", published="2023-06-27"),
    ]
    labels = [event.label for event in factcmp.compare(documents).events]
    assert any("Yevgeny Prigozhin" in label for label in labels), labels
