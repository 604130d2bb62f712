"""The number reader (factcmp.kinds.numbers.reader.read_numbers): values, spans, flags, and bad input."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcmp.kinds.numbers.match import NumberMatch
from factcmp.kinds.numbers.reader import read_numbers
from factcmp.text.lang import LANGUAGES
from factcmp.text.normalize import fold


def _read(text: str, lang: str) -> list[tuple[str, int | float]]:
    folded = fold(text)
    return [(folded[m.start : m.end], m.value) for m in read_numbers(folded, lang)]


def _only(text: str, lang: str) -> NumberMatch:
    matches = read_numbers(fold(text), lang)
    assert len(matches) == 1, matches
    return matches[0]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("خمسمائة و خمسة و عشرون", "ar", 525),
        ("ثلاثة آلاف وخمسمائة", "ar", 3500),
        ("مليون وخمسمائة ألف", "ar", 1_500_000),
        ("١٬٥٠٠٬٠٠٠", "ar", 1_500_000),
        ("١٫٥ مليون", "ar", 1_500_000),
        ("یک میلیون و پانصد هزار", "fa", 1_500_000),
        ("۱/۵ میلیون", "fa", 1_500_000),
        ("چهار هزار و بیست", "fa", 4020),
        ("one hundred and five thousand", "en", 105_000),
        ("two dozen", "en", 24),
        ("nineteen hundred", "en", 1900),
    ],
)
def test_compounds_read_as_one_number(text: str, lang: str, value: int) -> None:
    match = _only(text, lang)
    assert (match.start, match.end, match.value) == (0, len(fold(text)), value)


def test_numbers_that_do_not_combine_stay_apart() -> None:
    assert _read("11 killed and 76 injured", "en") == [("11", 11), ("76", 76)]
    assert _read("سه چهار نفر", "fa") == [("سه", 3), ("چهار", 4)]
    assert _read("خمسة ستة", "ar") == [("خمسه", 5), ("سته", 6)]
    assert _read("the toll rose from 20 to 30", "en") == [("20", 20), ("30", 30)]  # a change, not a range
    assert _read("فاز الفريق 3-1", "ar") == [("3", 3), ("1", 1)]  # falling: a score


def test_two_numbers_of_a_stated_range_are_one_match() -> None:
    for text, lang, low, high in [
        ("2015-2018", "en", 2015, 2018),
        ("between 200 and 300", "en", 200, 300),
        ("ما بين 20 و30", "ar", 20, 30),
        ("ثلاثة أو أربعة", "ar", 3, 4),
        ("۲۰ تا ۳۰", "fa", 20, 30),
    ]:
        match = read_numbers(fold(text), lang)[-1]
        assert (match.is_range, match.low, match.high, match.value) == (True, low, high, low), text


def test_article_on_digits_is_in_the_span_and_flagged() -> None:
    match = _only("أفراد الطاقم الروسي الـ15", "ar")
    assert match.has_article and match.value == 15 and not match.is_ordinal
    assert fold("أفراد الطاقم الروسي الـ15")[match.start : match.end] == "ال15"


def test_a_clitic_before_a_number_is_outside_its_span() -> None:
    assert _read("وخمسة", "ar") == [("خمسه", 5)]
    assert _read("بالآلاف", "ar") == [("الالاف", 1000)]


def test_vague_plurals_are_ranges() -> None:
    match = _only("عشرات الآلاف", "ar")
    assert (match.value, match.low, match.high, match.is_vague) == (10_000, 20_000, 99_999, True)
    assert _only("صدها", "fa").low == 200


def test_ordinals_are_flagged() -> None:
    assert _only("الخامس والعشرين", "ar").is_ordinal
    assert _only("بیست و سوم", "fa").value == 23
    assert _only("21st", "en").is_ordinal
    assert not _only("الخمسة", "ar").is_ordinal  # the article on a unit is "the five", a cardinal


def test_weak_words_are_flagged_alone_and_not_in_compounds() -> None:
    assert _only("نه", "fa").is_weak
    assert not _only("نه هزار", "fa").is_weak
    assert _only("الأحد", "ar").is_weak
    assert not _only("أحد عشر", "ar").is_weak


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("17/9/2018", "ar"),
        ("10:30", "ar"),
        ("F-16", "en"),
        ("S-400", "en"),
        ("MH17", "en"),
        ("+98 21 8888 1234", "fa"),
        ("09121234567", "fa"),
        ("1.2.3", "en"),
        ("4111111111111111111", "en"),
        ("دوام", "fa"),
        ("سه شنبه", "fa"),
    ],
)
def test_dates_times_codes_and_lookalikes_are_not_numbers(text: str, lang: str) -> None:
    assert read_numbers(fold(text), lang) == []


@given(st.text(max_size=300), st.sampled_from([*LANGUAGES, "xx"]))
@settings(max_examples=300, deadline=None)
def test_any_text_reads_without_error_and_spans_stay_inside(text: str, lang: str) -> None:
    folded = fold(text)
    previous_end = 0
    for match in read_numbers(folded, lang):
        assert previous_end <= match.start < match.end <= len(folded)
        previous_end = match.end


@given(st.lists(st.sampled_from(["خمسة", "و", "عشرون", "مئة", "ألف", "مليون", "نصف", "15", "1.5", "الـ", "%", " ",
                                  "بیست", "هزار", "نیم", "twenty", "and", "a", "half", "million", "-", "/", "of"]),
                max_size=40),
       st.sampled_from(LANGUAGES))
@settings(max_examples=300, deadline=None)
def test_number_word_soup_reads_without_error(pieces: list[str], lang: str) -> None:
    folded = fold(" ".join(pieces))
    for match in read_numbers(folded, lang):
        assert 0 <= match.start < match.end <= len(folded)


@pytest.mark.parametrize(
    "line",
    ["1 " * 500_000, "خمسة و" * 150_000, "مليون " * 200_000, "9" * 1_000_000, "1," * 500_000, "و" * 1_000_000],
)
def test_a_million_character_line_reads_in_seconds(line: str) -> None:
    started = time.perf_counter()
    read_numbers(fold(line), "ar")
    assert time.perf_counter() - started < 30
