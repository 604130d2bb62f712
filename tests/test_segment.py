from __future__ import annotations

from factcmp.model import Span
from factcmp.text.segment import clause_spans, sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentence_spans(text)]


def test_arabic_and_persian_punctuation() -> None:
    text = "هل التقى بوتين بنتنياهو؟ نعم، التقيا في سوتشي. ثم عاد؛ وانتهى الأمر!"
    assert _sentences(text) == ["هل التقى بوتين بنتنياهو؟", "نعم، التقيا في سوتشي.", "ثم عاد؛", "وانتهى الأمر!"]


def test_decimals_dates_and_abbreviations_do_not_split() -> None:
    text = "Mr. Smith said 1.5 million people voted on 17.9.2018 in the U.S. election. It was calm."
    assert _sentences(text) == ["Mr. Smith said 1.5 million people voted on 17.9.2018 in the U.S. election.",
                                "It was calm."]
    assert _sentences("أكثر من 1.5 مليون شخص في 17/9/2018. انتهى") == ["أكثر من 1.5 مليون شخص في 17/9/2018.", "انتهى"]


def test_russian_abbreviations_do_not_split() -> None:
    text = "В 2015 г. погибли 1,5 тыс. человек, т.е. больше, чем годом ранее. Итоги подвели в МИД."
    assert _sentences(text) == ["В 2015 г. погибли 1,5 тыс. человек, т.е. больше, чем годом ранее.",
                                "Итоги подвели в МИД."]


def test_closing_quotes_stay_with_their_sentence() -> None:
    text = "قال: «سنواصل التنسيق.» وأضاف “هذا مهم.” ثم غادر."
    assert _sentences(text) == ["قال: «سنواصل التنسيق.»", "وأضاف “هذا مهم.”", "ثم غادر."]


def test_headings_blank_lines_and_wrapped_lines() -> None:
    text = (
        "مواجهة إيران\n"
        "وذكر مكتب نتنياهو قبيل سفره للقاء بوتين في منتجع سوتشي، أن رئيس الوزراء ينوي\n"
        "إبلاغ روسيا بقلقه.\n\n\nفقرة ثانية"
    )
    assert _sentences(text) == [
        "مواجهة إيران",
        "وذكر مكتب نتنياهو قبيل سفره للقاء بوتين في منتجع سوتشي، أن رئيس الوزراء ينوي\nإبلاغ روسيا بقلقه.",
        "فقرة ثانية",
    ]


def test_offsets_point_into_the_original() -> None:
    text = "  أولى.  ثانية؟\n\nثالثة  "
    for span in sentence_spans(text):
        piece = text[span.start : span.end]
        assert piece == piece.strip() and piece


def test_clauses_split_at_commas() -> None:
    text = "أكدت السفارة، أمس الأحد، أن التنسيق مستمر"
    assert [text[s.start : s.end] for s in clause_spans(text, Span(0, len(text)))] == [
        "أكدت السفارة", "أمس الأحد", "أن التنسيق مستمر"]


def test_empty_and_space_only() -> None:
    assert sentence_spans("") == [] and sentence_spans(" \n\n \t") == []
