from __future__ import annotations

import pytest

import factcmp
from factcmp.analysis import analyze
from factcmp.text.lang import detect_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("قال الرئيس إنه سيزور موسكو", "ar"),
        ("رئیس جمهور گفت به مسکو می‌رود", "fa"),
        ("پوتین و نتانیاهو دیدار کردند", "fa"),
        ("التقى بوتين ونتنياهو", "ar"),
        ("وزیر دفاع", "fa"),
        ("في سوريا", "ar"),
        ("Putin met Netanyahu in Sochi on Wednesday.", "en"),
        ("این حادثه منجر به کشته شدن ۱۵ نظامی روسیه شد", "fa"),
        ("وقُتل فيها جميعُ أفراد الطاقم الروسي الـ15", "ar"),
    ],
)
def test_short_texts(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_no_letters_takes_the_default() -> None:
    assert detect_language("12 / 34", default="fa") == "fa"


def test_mixed_document_keeps_language_per_sentence() -> None:
    text = (
        "التقى الرئيس الروسي فلاديمير بوتين مع رئيس الوزراء الإسرائيلي في سوتشي.\n"
        "Russian President Vladimir Putin met the Israeli prime minister in Sochi on Wednesday.\n"
        "پوتین و نتانیاهو روز چهارشنبه در سوچی با یکدیگر دیدار و گفتگو کردند.\n"
    )
    analysis = analyze(factcmp.Document(id="mixed", text=text))
    assert [s.lang for s in analysis.sentences] == ["ar", "en", "fa"]
    fixed = analyze(factcmp.Document(id="mixed", text=text, lang="ar"))
    assert {s.lang for s in fixed.sentences} == {"ar"}


def test_seed_documents_languages(seed_paths: list) -> None:  # type: ignore[type-arg]
    langs = [analyze(doc).lang for doc in factcmp.read_documents(seed_paths)]
    assert langs == ["ar", "ar", "ar", "fa", "ar"]
