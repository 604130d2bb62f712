"""The ``factcmp[polyglot]`` extra: used when installed, never needed."""

from __future__ import annotations

import pytest

from factcmp.text import optional
from factcmp.text.lang import detect_language
from factcmp.text.segment import sentence_spans


def test_core_segmentation_needs_no_icu() -> None:
    text = "قال بوتين إن التنسيق مستمر. ثم غادر؟ نعم"
    assert len(sentence_spans(text)) == 3


@pytest.mark.skipif(not optional.icu_available(), reason="PyICU (the polyglot extra) is not installed")
def test_icu_sentence_breaks_with_offsets_into_the_text() -> None:
    text = "قال بوتين إن التنسيق مستمر. ثم غادر؟ نعم 😀 انتهى."
    spans = sentence_spans(text, icu_lang="ar")
    assert [text[s.start : s.end] for s in spans] == ["قال بوتين إن التنسيق مستمر.", "ثم غادر؟", "نعم 😀 انتهى."]


@pytest.mark.skipif(not optional.polyglot_available(), reason="polyglot (the polyglot extra) is not installed")
def test_polyglot_detector_agrees_on_a_long_persian_text() -> None:
    text = "پوتین در این دیدار درباره همکاری‌های دو جانبه و مسائل بین‌المللی و منطقه‌ای با نتانیاهو گفت‌وگو کرد"
    assert optional.polyglot_language(text) == "fa"
    assert detect_language(text) == "fa"


def test_missing_backends_answer_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(optional, "_module", lambda name: None)
    assert optional.polyglot_language("any text at all") is None
    assert optional.icu_sentence_ends("any text.", "en") is None
    assert not optional.icu_available() and not optional.polyglot_available()
