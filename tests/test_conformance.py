"""The Duckling and dateparser conformance cases (../shared/conformance) through our own runner.

Two kinds of assertion: the issue targets per group (accuracy with the upstream-convention cases
counted apart, as the conformance README asks), and a floor per (suite, kind, language) at the
number of cases that passed when it was set, so accuracy can only go up.
"""

from __future__ import annotations

import pytest

from factcmp.text.lang import LANGUAGES
from tests.conformance import Key, Tally, load_cases, score
from tests.conftest import shared_path

# Cases passed per (suite, kind, lang) when last measured (strict, conventions count as failures).
PASSED_FLOORS: dict[Key, int] = {
    ("dateparser", "date", "ar"): 7,
    ("dateparser", "date", "fa"): 16,
    ("dateparser", "date", "he"): 2,
    ("dateparser", "datetime", "ar"): 8,
    ("dateparser", "datetime", "fa"): 10,
    ("dateparser", "datetime", "he"): 1,
    ("dateparser", "duration", "ar"): 2,
    ("dateparser", "number", "fa"): 32,
    ("dateparser", "ordinal", "fa"): 24,
    ("dateparser", "relative_date", "ar"): 3,
    ("dateparser", "relative_date", "he"): 4,
    ("dateparser", "relative_datetime", "ar"): 2,
    ("duckling", "date", "ar"): 97,
    ("duckling", "date", "he"): 29,
    ("duckling", "date_range", "ar"): 15,
    ("duckling", "datetime", "ar"): 41,
    ("duckling", "datetime", "he"): 8,
    ("duckling", "datetime_range", "he"): 4,
    ("duckling", "duration", "ar"): 13,
    ("duckling", "money", "ar"): 60,
    ("duckling", "money", "he"): 42,
    ("duckling", "number", "ar"): 324,
    ("duckling", "number", "fa"): 31,
    ("duckling", "number", "he"): 41,
    ("duckling", "ordinal", "ar"): 27,
    ("duckling", "quantity", "ar"): 28,
    ("dateparser", "date", "ru"): 2,
    ("dateparser", "duration", "ru"): 3,
    ("dateparser", "relative_date", "ru"): 8,
    ("dateparser", "relative_datetime", "ru"): 4,
    ("duckling", "date", "ru"): 75,
    ("duckling", "date_range", "ru"): 28,
    ("duckling", "datetime", "ru"): 18,
    ("duckling", "datetime_range", "ru"): 12,
    ("duckling", "duration", "ru"): 39,
    ("duckling", "money", "ru"): 46,
    ("duckling", "number", "ru"): 76,
    ("duckling", "ordinal", "ru"): 141,
    ("duckling", "quantity", "ru"): 16,
}
# The issues' targets: (suite, kinds, langs) -> accuracy with convention cases counted apart.
TARGETS = {
    ("duckling", ("number",), ("ar",)): 0.97,
    ("duckling", ("number",), ("fa",)): 0.97,
    ("duckling", ("number",), ("he",)): 0.97,
    ("duckling", ("date",), ("he",)): 0.90,
    ("dateparser", ("date", "datetime", "relative_date"), ("he",)): 0.95,
    ("dateparser", ("number", "ordinal"), ("fa",)): 0.95,
    ("duckling", ("date", "date_range"), ("ar",)): 0.90,
    ("duckling", ("money",), ("ar",)): 0.90,
    ("duckling", ("duration",), ("ar",)): 0.90,
    ("dateparser", ("date", "datetime"), ("ar", "fa")): 0.95,
    ("duckling", ("number",), ("ru",)): 0.97,
    ("duckling", ("date", "date_range"), ("ru",)): 0.90,
    ("dateparser", ("relative_date", "relative_datetime"), ("ru",)): 0.95,
}


@pytest.fixture(scope="module")
def tally() -> Tally:
    folder = shared_path("conformance")
    return score(load_cases(sorted(folder.glob("*.jsonl"))))


@pytest.mark.parametrize("key", sorted(PASSED_FLOORS), ids=["/".join(k) for k in sorted(PASSED_FLOORS)])
def test_no_fewer_cases_pass_than_when_measured(tally: Tally, key: Key) -> None:
    failures = [text for k, text, _ in tally.failures if k == key]
    assert tally.passed[key] >= PASSED_FLOORS[key], f"{'/'.join(key)} fails: {failures}"


_GROUP_IDS = [f"{suite}-{'+'.join(kinds)}-{'+'.join(langs)}" for suite, kinds, langs in sorted(TARGETS)]


@pytest.mark.parametrize("group", sorted(TARGETS), ids=_GROUP_IDS)
def test_issue_targets(tally: Tally, group: tuple[str, tuple[str, ...], tuple[str, ...]]) -> None:
    suite, kinds, langs = group
    keys = [key for key in tally.total if key[0] == suite and key[1] in kinds and key[2] in langs]
    passed = sum(tally.passed[key] for key in keys)
    counted = sum(tally.total[key] - tally.conventions[key] for key in keys)
    assert keys and passed / counted >= TARGETS[group], f"{group}: {passed}/{counted}"


def test_every_suite_file_is_scored(tally: Tally) -> None:
    assert {key[0] for key in tally.total} == {"duckling", "dateparser"}
    assert sum(tally.total.values()) > 700


def test_cases_of_languages_not_read_are_counted_apart(tally: Tally) -> None:
    assert not {key[2] for key in tally.total} - set(LANGUAGES)
    assert all(key[2] not in LANGUAGES for key in tally.unsupported)
