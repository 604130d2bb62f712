"""The phonetic key: the same name in Arabic, Persian, Latin and Cyrillic script, one key."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcmp.text.translit import name_key, similar, word_key


@pytest.mark.parametrize("forms", [
    ["بوتين", "پوتین", "Putin", "Путин", "פוטין"],
    ["نتنياهو", "نتانیاهو", "Netanyahu", "Нетаньяху", "נתניהו"],
    ["الأسد", "الاسد", "اسد", "Assad", "al-Assad", "Асад", "אסד"],
    ["شويغو", "شویگو", "Shoigu", "Шойгу", "שויגו"],
    ["اوشاکوف", "أوشاكوف", "Ushakov", "Ушаков", "אושקוב"],
    ["لافروف", "لاوروف", "Lavrov", "Лавров"],
    ["خامنئي", "خامنه‌ای", "Khamenei", "חמינאי"],
    ["أردوغان", "اردوغان", "Erdogan", "Erdoğan"],
    ["زيلينسكي", "زلنسکی", "Zelensky", "זלנסקי"],
    ["غانتس", "گانتس", "Gantz"],
    ["الكرملين", "کرملین", "Kremlin", "קרמלין"],
    ["بيسكوف", "پسکوف", "Peskov", "Песков", "פסקוב"],
    ["بايدن", "Biden", "ביידן"],
    ["ترامب", "Trump", "טראמפ"],
])
def test_one_key_across_scripts(forms: list[str]) -> None:
    assert len({word_key(form) for form in forms}) == 1, {form: word_key(form) for form in forms}


@pytest.mark.parametrize(("one", "other"), [
    ("Assad", "Saad"), ("פוטין", "פסקוב"),
    ("كوهن", "كورن"), ("بوتين", "بينيت"), ("Putin", "Peskov"), ("نتنياهو", "نصرالله"),
])
def test_different_names_differ(one: str, other: str) -> None:
    assert word_key(one) != word_key(other)


def test_spacing_does_not_change_a_name() -> None:
    assert name_key("حزب الله") == name_key("حزباالله") == name_key("Hezbollah") == name_key("حزب‌الله")


def test_short_keys_never_match_fuzzily() -> None:
    assert similar("btn", "bnt") == 0.0
    assert similar("ntnh", "ntnh") == 1.0
    assert similar("ardgn", "ardgm") > 0.7


@given(st.text(max_size=60))
def test_any_text_gives_a_key_without_error(text: str) -> None:
    assert isinstance(name_key(text), str)
