"""Russian and Hebrew text as the engines see it: folding with true offsets, Cyrillic look-alikes,
Hebrew prefixes and Russian case endings on names, and the language of each sentence."""

from __future__ import annotations

import pytest

import factcmp
from factcmp.text.normalize import fold, fold_with_map


def test_hebrew_points_are_folded_away_and_offsets_stay_true() -> None:
    pointed = "הַמָּטוֹס הוּפַּל מֵעַל לָטַקְיָה"
    folded = fold_with_map(pointed)
    assert folded.text == "המטוס הופל מעל לטקיה"
    start = folded.text.index("לטקיה")
    orig_start, orig_end = folded.to_original(start, start + len("לטקיה"))
    assert pointed[orig_start:orig_end] == "לָטַקְיָה"


def test_hebrew_marks_fold_to_the_ascii_ones_newsrooms_type() -> None:
    assert fold("צה״ל") == fold('צה"ל') == 'צה"ל'
    assert fold("ז׳") == "ז'"
    assert fold("ב־17") == "ב-17"  # maqaf


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("Мoсква", "Москва"),  # Latin o
        ("CИРИЯ", "СИРИЯ"),  # Latin C
        ("Сирия, NATO и OPEC", "Сирия, NATO и OPEC"),  # Latin words stay Latin
        ("Латакuя", "Латакuя"),  # a Latin u looks like no Cyrillic letter
        ("Ёлкин", "Елкин"),
    ],
)
def test_cyrillic_look_alikes_fold_inside_russian_words_only(written: str, folded: str) -> None:
    assert fold(written) == folded
    assert fold_with_map(written).text == folded


def _places(text: str, lang: str | None = None) -> list[tuple[str, str]]:
    mentions = factcmp.extract(text, kinds="place", lang=lang)
    return [(m.text, m.value.name) for m in mentions]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Самолет сбит над Латакией.", [("Латакией", "Latakia")]),
        ("Бои шли в Сирии и в Ираке.", [("Сирии", "Syria"), ("Ираке", "Iraq")]),
        ("Делегация прибыла из Москвы в Тегеран.", [("Москвы", "Moscow"), ("Тегеран", "Tehran")]),
        ("Переговоры в Мoскве завершились.", [("Мoскве", "Moscow")]),  # a look-alike inside
    ],
)
def test_russian_place_names_are_found_in_any_case(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("המטוס הופל מעל לטקיה.", [("לטקיה", "Latakia")]),
        ("הכוחות פעלו בסוריה ובלבנון.", [("סוריה", "Syria"), ("לבנון", "Lebanon")]),
        ("המשלחת חזרה מטהרן לירושלים.", [("טהרן", "Tehran"), ("ירושלים", "Jerusalem")]),
    ],
)
def test_hebrew_place_names_are_found_behind_their_prefixes(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


def test_each_sentence_is_read_in_its_own_language() -> None:
    text = "Самолет сбит над Латакией. המטוס הופל מעל לטקיה. The plane was downed off Latakia."
    mentions = factcmp.extract(text, kinds="place")
    assert [m.text for m in mentions] == ["Латакией", "לטקיה", "Latakia"]
    assert {m.value.name for m in mentions} == {"Latakia"}  # type: ignore[union-attr]
