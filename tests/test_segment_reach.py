"""The sentence segmenter reads back from a period only as far as an abbreviation can reach: it
tells false ends exactly as reading back 24 characters did."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factcmp.text import segment

_FORMER_LOOK_BACK = 24


def _former_is_false_end(text: str, match: re.Match[str]) -> bool:
    """_is_false_end as it read 24 characters back."""
    if match.group() != ".":
        return False
    before = text[max(0, match.start() - _FORMER_LOOK_BACK) : match.start()]
    after = text[match.end() : match.end() + 1]
    if before[-1:].isdigit() and after.isdigit():
        return True
    word = segment._LAST_TOKEN.search(before)
    if word is None:
        return False
    token = word.group().lower()
    return token in segment._ABBREVIATIONS or (len(token) == 1 and token.isalpha() and token.isascii())


_ABBREVIATIONS = sorted(segment._ABBREVIATIONS)
_PIECES = ["", " ", "\n", ".", "..", "1", "a", "J", "ab", "xyz", "İ", "word", "longerword", "١", "و", "_"]
# Texts made of pieces, abbreviations and upper-cased abbreviations, glued.
_TEXT_PARTS = st.lists(
    st.one_of(
        st.sampled_from(_PIECES), st.sampled_from(_ABBREVIATIONS), st.sampled_from(_ABBREVIATIONS).map(str.upper)
    ),
    max_size=12,
)


@settings(max_examples=1500, deadline=None)
@given(parts=_TEXT_PARTS)
def test_false_ends_are_told_as_with_the_longer_look_back(parts: list[str]) -> None:
    text = "".join(parts)
    for match in segment._SENTENCE_END.finditer(text):
        assert segment._is_false_end(text, match) == _former_is_false_end(text, match), (text, match.start())


def test_a_long_word_before_a_line_break_and_a_period_is_no_abbreviation() -> None:
    longest = max(_ABBREVIATIONS, key=len)
    text = f"x{longest}\n. Next"
    match = segment._SENTENCE_END.search(text)
    assert match is not None
    assert not segment._is_false_end(text, match)


@settings(max_examples=1500, deadline=None)
@given(parts=_TEXT_PARTS)
def test_abbreviations_before_a_period_are_told_as_with_the_longer_look_back(parts: list[str]) -> None:
    """after_abbreviation (the counts engine's clause ends) reads as far back as _is_false_end."""
    text = "".join(parts)
    for period in (index for index, ch in enumerate(text) if ch == "."):
        word = segment._LAST_TOKEN.search(text, max(0, period - _FORMER_LOOK_BACK), period)
        former = word is not None and word.group().lower() in segment._ABBREVIATIONS
        assert segment.after_abbreviation(text, period) == former, (text, period)


def test_a_long_word_that_ends_in_an_abbreviation_before_a_line_break_is_none() -> None:
    longest = max(_ABBREVIATIONS, key=len)
    text = f"x{longest}\n."
    assert not segment.after_abbreviation(text, len(text) - 1)
