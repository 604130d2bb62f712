from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcmp.text.normalize import fold, fold_char, fold_with_map

# Text drawn mostly from the characters folding touches, so the property is tested where it matters.
_INTERESTING = (
    "يىئكأإآٱؤةۀـًٌٍَُِّْٰ\u200c\u200d\u200e\u200f\u202b\u2067\ufeff٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬٪\u00a0\u2009ﻻﷲﺍabc 12.,سلامپژگکی\n"
)
texts = st.text(alphabet=st.sampled_from(_INTERESTING) | st.characters(), max_size=60)


@given(texts, st.data())
def test_folded_span_maps_to_original_characters(text: str, data: st.DataObject) -> None:
    folded = fold_with_map(text)
    start = data.draw(st.integers(0, len(folded.text)))
    end = data.draw(st.integers(start, len(folded.text)))
    orig_start, orig_end = folded.to_original(start, end)
    assert 0 <= orig_start <= orig_end <= len(text)
    # Folding the original span gives back at least the folded span; exactly it unless the
    # span cut a character that folds to several (a ligature), which is then taken whole.
    refolded = fold(text[orig_start:orig_end])
    assert folded.text[start:end] in refolded
    starts_whole = start == 0 or folded.source[start - 1] != folded.source[start]
    ends_whole = end == len(folded.text) or folded.source[end] != folded.source[end - 1]
    if starts_whole and ends_whole:
        assert refolded == folded.text[start:end]


def test_fast_path_folds_every_character_as_fold_char_does() -> None:
    # Every character of the Basic Multilingual Plane but surrogates and presentation forms
    # (whose presence sends a text down the character-by-character path), each next to a letter.
    presentation_forms = (range(0xD800, 0xE000), range(0xFB50, 0xFE00), range(0xFE70, 0xFEFF), range(0xFF00, 0xFFF0))
    text = "ب".join(chr(code) for code in range(0x10000) if not any(code in forms for forms in presentation_forms))
    assert fold_with_map(text).text == "".join(fold_char(ch) for ch in text)


@given(st.text(alphabet=_INTERESTING, max_size=60) | texts)
def test_fast_path_equals_character_by_character_folding(text: str) -> None:
    by_character = "".join(fold_char(ch) for ch in text)
    assert fold_with_map(text).text == by_character
    assert fold(text) == by_character


def test_arabic_script_variants_fold_together() -> None:
    assert fold("إسرائيل") == fold("اسرائیل")
    assert fold("كرملين") == fold("کرملین")
    assert fold("الـ15") == "ال15"
    assert fold("مُحَمَّد") == fold("محمد")
    assert fold("تل\u200cآویو") == fold("تلآویو")
    assert fold("١٥ و ۱۵") == "15 و 15"
    assert fold("١٫٥ و ۱٬۵۰۰ و ٪۵۰") == "1.5 و 1,500 و %50"
    assert fold("مدرسة") == fold("مدرسه")
    assert fold("\u202bنص\u202c") == fold("نص")


def test_offsets_skip_deleted_characters() -> None:
    text = "قُتل الـ15 جنديًا"
    folded = fold_with_map(text)
    at = folded.text.index("15")
    start, end = folded.to_original(at, at + 2)
    assert text[start:end] == "15"
    word = folded.text.index("قتل")
    assert folded.original_text(word, word + 3) == "قُتل"


def test_ligature_expands_and_maps_back_whole() -> None:
    text = "ﻻ شيء"
    folded = fold_with_map(text)
    assert folded.text.startswith("لا ")
    assert folded.to_original(0, 1) == (0, 1)
    assert folded.to_original(1, 2) == (0, 1)


@given(texts, st.data())
def test_original_span_maps_to_folded_and_back(text: str, data: st.DataObject) -> None:
    folded = fold_with_map(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    folded_start, folded_end = folded.to_folded(start, end)
    assert folded.text[folded_start:folded_end] == fold(text[start:end]) or folded_start == folded_end
    if folded_end > folded_start:
        orig_start, orig_end = folded.to_original(folded_start, folded_end)
        assert start <= orig_start and orig_end <= end


@given(texts)
def test_gapped_map_equals_the_dense_map(text: str) -> None:
    from factcmp.text.normalize import _fold_char_by_char

    dense = _fold_char_by_char(text)
    fast = fold_with_map(text)
    assert fast.text == dense.text
    assert list(fast.source) == list(dense.source)
    for position in range(len(text) + 1):
        assert fast.source.to_folded(position) == dense.source.to_folded(position)
