"""Patterns written for speed find what their plain form finds: the plain form is what they mean."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcmp.kinds.numbers.lexicon import numeral_lexicon
from factcmp.kinds.numbers.tokens import _ADDRESS
from factcmp.lexicon import entry_key, load_words
from factcmp.text.lang import LANGUAGES

_PLAIN_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s\"'<>«»]+", re.IGNORECASE)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


def test_the_address_pattern_opens_with_every_letter_h_or_w_matches_in_any_case() -> None:
    first_letters = re.compile("[hw]", re.IGNORECASE)
    assert [chr(c) for c in range(0x110000) if first_letters.fullmatch(chr(c))] == ["H", "W", "h", "w"]


@pytest.mark.parametrize(
    "text",
    ["see https://x.org/a1 and WWW.Site.com/2", "HTTPſ://a.b/3", "ahttp://x.y wwww.z.com", "Www.a.b, hTtP://c"],
)
def test_the_address_pattern_finds_what_its_plain_form_finds(text: str) -> None:
    assert _spans(_ADDRESS, text) == _spans(_PLAIN_ADDRESS, text)


def _plain_phrases(lang: str) -> re.Pattern[str] | None:
    keys = sorted({entry_key(phrase) for phrase in load_words(lang, "non_numbers")}, key=len, reverse=True)
    if not keys:
        return None
    alternatives = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in keys)
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?![^\W\d_])", re.IGNORECASE)


_PHRASE_LANGS = [lang for lang in LANGUAGES if load_words(lang, "non_numbers")]


@settings(max_examples=200, deadline=None)
@given(
    lang=st.sampled_from(_PHRASE_LANGS),
    pieces=st.lists(st.sampled_from(["", " ", "\n", "و", "ب", "x", "X", "1", ".", "_"]), max_size=4),
    index=st.integers(min_value=0),
)
def test_the_non_number_phrases_are_found_where_their_plain_form_finds_them(
    lang: str, pieces: list[str], index: int
) -> None:
    phrases = sorted(load_words(lang, "non_numbers"))
    phrase = entry_key(phrases[index % len(phrases)])
    before, after = "".join(pieces[:2]), "".join(pieces[2:])
    text = f"{before}{phrase}{after} {phrase.upper()}{after}{phrase}"
    pattern, plain = numeral_lexicon(lang).non_numbers, _plain_phrases(lang)
    assert pattern is not None and plain is not None
    assert _spans(pattern, text) == _spans(plain, text)
    for start in range(len(text)):
        assert bool(pattern.match(text, start)) == bool(plain.match(text, start))
