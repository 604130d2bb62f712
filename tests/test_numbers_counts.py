"""Counts and quantities on running text: binding, what is never counted, and bad input."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import factcmp
from factcmp.model import Mention
from factcmp.text.normalize import fold

COUNT_KINDS = ["number", "percent", "count", "quantity"]
YEAR_DIGITS = re.compile(r"(?<![0-9])(?:1[5-9]|20)[0-9]{2}(?![0-9])")


def _counts(text: str, lang: str) -> list[Mention]:
    return [m for m in factcmp.extract(text, lang=lang, kinds=["count"]) if m.kind == "count"]


def test_each_number_binds_its_nearest_predicate() -> None:
    found = {m.value.to_dict()["value"]: m.value.to_dict()["count_type"] for m in _counts(
        "The blast left 11 dead and 76 wounded, and 5 missing.", "en")}
    assert found == {11: "KILL", 76: "WOUND", 5: "MISSING"}


def test_the_same_fact_reads_alike_in_three_languages() -> None:
    readings = [
        _counts("قُتل 15 عسكرياً روسياً في الهجوم", "ar"),
        _counts("۱۵ نظامی روسیه در این حمله کشته شدند", "fa"),
        _counts("15 Russian servicemen were killed in the attack", "en"),
    ]
    values = [[(m.value.to_dict()["value"], m.value.to_dict()["count_type"], m.value.to_dict()["object"],
                m.value.to_dict()["affiliation"]) for m in found] for found in readings]
    assert values == [[(15, "KILL", "servicemen", "RU")]] * 3


def test_a_number_with_no_predicate_in_its_clause_is_not_a_count() -> None:
    assert _counts("وصل 15 عسكرياً إلى القاعدة، وقُتل قائدهم", "ar") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("قُتل في عام 2015 خلال المعارك", "ar"),
        ("قتل في 17/9/2018", "ar"),
        ("در سال ۲۰۱۸ کشته شد", "fa"),
        ("killed in 2015", "en"),
        ("he was killed on 17 September 2018", "en"),
        ("the 15th soldier was killed", "en"),
        ("killed at 10:30 on Monday", "en"),
    ],
)
def test_years_dates_times_and_ordinals_are_never_counted(text: str, lang: str) -> None:
    assert _counts(text, lang) == []


def test_no_count_on_the_seeds_comes_from_a_year_or_a_date(seed_paths: list[Path]) -> None:
    for path in seed_paths:
        mentions = factcmp.extract(path.read_text(encoding="utf-8"))
        dates = [m.span for m in mentions if m.kind in ("date", "duration")]
        for count in (m for m in mentions if m.kind in ("count", "quantity")):
            assert not YEAR_DIGITS.search(fold(count.text)), (path.name, count.text)
            assert not any(count.span.overlaps(span) for span in dates), (path.name, count.text)


@pytest.mark.parametrize(
    "text",
    ["", " ", "\x00\x01\x02" * 100, "%%%%" * 1000, "الـ" * 5000, "killed " * 20000, "15 " * 50000,
     "قتل 15 جنديا و" * 10000, "\ufffd" * 10000, "1/" * 50000 + "قتل"],
)
def test_bad_input_gives_a_clean_result(text: str) -> None:
    mentions = factcmp.extract(text, lang="ar", kinds=COUNT_KINDS)
    assert all(text[m.span.start : m.span.end] == m.text for m in mentions)
