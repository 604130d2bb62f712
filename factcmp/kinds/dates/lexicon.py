"""The date grammar's vocabulary for one language, read from factcmp/lexicon/<lang>/ and folded.

Every table becomes a dict from folded word to what it means, and a regex alternation of its
words (longest first, so «تشرين الأول» wins over a shorter entry; spaces match any run of
spaces). Nothing here knows a language: the data files do.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

import attrs

from factcmp.lexicon import entry_key, load_table, load_words


@lru_cache(maxsize=65536)
def _key(word: str) -> str:
    """The lookup form of a word, cached: the grammar looks up every word it reads."""
    return entry_key(word)


# Time zone codes every language writes in Latin letters, beside its own zone words (time_zones.tsv).
ZONE_CODES = ("gmt", "utc", "GMT", "UTC")
_END_OF_WORD = ""  # trie key marking that a word ends at this node


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words`` (folded), never empty.

    The words are factored into a trie («تشرين الأول|تشرين الثاني» -> «تشرین\\s+ال(?:اول|ثانی)»), so
    matching at a position costs the length of a word, not the number of words; at every branch
    the longer continuation is tried before the word may end.
    """
    return _alternation_of(frozenset(_key(word) for word in words if word.strip()))


@lru_cache(maxsize=1024)
def _alternation_of(keys: frozenset[str]) -> str:
    """The trie regex of a set of keys: rules of one language share many (months, weekdays, units)."""
    if not keys:
        return "(?!)"
    trie: dict[str, Any] = {}
    for word in keys:
        node = trie
        for token in _tokens(word):
            node = node.setdefault(token, {})
        node[_END_OF_WORD] = {}
    return _trie_regex(trie)


def _tokens(word: str) -> list[str]:
    tokens: list[str] = []
    for index, part in enumerate(word.split(" ")):
        if index:
            tokens.append(" ")
        tokens.extend(part)
    return tokens


def _trie_regex(node: dict[str, Any]) -> str:
    branches = [_token_regex(token) + _trie_regex(child) for token, child in sorted(node.items()) if token]
    ends = _END_OF_WORD in node
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body


def _token_regex(token: str) -> str:
    return r"\s+" if token == " " else re.escape(token)


@attrs.frozen
class Month:
    calendar: str
    number: int
    ambiguous: bool


@attrs.frozen
class Weekday:
    name: str  # MON..SUN
    ambiguous: bool


@attrs.frozen
class DateLexicon:
    lang: str
    months: dict[str, Month]
    weekdays: dict[str, Weekday]
    relative_days: dict[str, int]
    time_units: dict[str, tuple[str, int]]
    calendar_units: dict[str, tuple[str, int]]
    # The calendar a unit word counts in where it is not Gregorian (Persian سال, ماه, امسال: Solar Hijri)
    unit_calendars: dict[str, str]
    relative_words: dict[str, tuple[int, str]]
    relative_units: dict[str, tuple[str, int]]  # «امسال» -> (year, 0)
    period_parts: dict[str, str]
    seasons: dict[str, str]
    lone_seasons: frozenset[str]  # seasons that name a date on their own («летом»), alone=1 in seasons.tsv
    day_periods: dict[str, str]
    time_zones: dict[str, str]
    holidays: dict[str, str]
    year_markers: dict[str, str]
    numbers: dict[str, tuple[int, bool]]
    roles: dict[str, frozenset[str]]
    not_dates: frozenset[str]  # names holding a date word that are not dates («روسيا اليوم»)
    time_fractions: dict[str, int]  # «ربع» -> 15 minutes
    letters: dict[str, int] = attrs.field(factory=dict)  # letters that write numbers: «ז» -> 7 (letter_numerals.tsv)

    def words(self, role: str) -> frozenset[str]:
        return self.roles.get(role, frozenset())

    def month_calendar(self) -> str:
        """The calendar the language counts its months in (calendar_units.tsv: Persian «ماه» is a
        Solar Hijri month), which is the calendar of a day and month it writes in digits alone."""
        for word, (unit, _) in self.calendar_units.items():
            if unit == "month" and word in self.unit_calendars:
                return self.unit_calendars[word]
        return "gregorian"

    def lookup(self, table: str, text: str) -> object:
        mapping: dict[str, object] = getattr(self, table)
        return mapping.get(_key(text))


def _table(lang: str, name: str) -> tuple[dict[str, str], ...]:
    return load_table(lang, name)


def _by_first_column(lang: str, name: str, column: str) -> dict[str, str]:
    return {_key(row[next(iter(row))]): row[column] for row in _table(lang, name)}


@cache
def lexicon(lang: str) -> DateLexicon:
    """The date vocabulary of ``lang`` (one of factcmp.names.LANGUAGES)."""
    roles: dict[str, set[str]] = {}
    for row in _table(lang, "date_words"):
        roles.setdefault(row["role"], set()).add(_key(row["word"]))
    return DateLexicon(
        lang=lang,
        months={
            _key(r["name"]): Month(r["calendar"], int(r["month"]), r["ambiguous"] == "1")
            for r in _table(lang, "months")
        },
        weekdays={_key(r["name"]): Weekday(r["weekday"], r["ambiguous"] == "1") for r in _table(lang, "weekdays")},
        relative_days={_key(r["phrase"]): int(r["days"]) for r in _table(lang, "relative_days")},
        time_units={_key(r["name"]): (r["unit"], int(r["count"])) for r in _table(lang, "time_units")},
        calendar_units={_key(r["name"]): (r["unit"], int(r["count"])) for r in _table(lang, "calendar_units")},
        relative_words={_key(r["word"]): (int(r["shift"]), r["position"]) for r in _table(lang, "relative_words")},
        relative_units={_key(r["word"]): (r["unit"], int(r["shift"])) for r in _table(lang, "relative_units")},
        unit_calendars={
            _key(r.get("name") or r.get("word") or ""): r["calendar"]
            for name in ("calendar_units", "relative_units")
            for r in _table(lang, name)
            if r.get("calendar")
        },
        period_parts=_by_first_column(lang, "period_parts", "part"),
        seasons=_by_first_column(lang, "seasons", "season"),
        lone_seasons=frozenset(_key(r["name"]) for r in _table(lang, "seasons") if r.get("alone") == "1"),
        day_periods=_by_first_column(lang, "day_periods", "period"),
        time_zones=_by_first_column(lang, "time_zones", "zone"),
        holidays=_by_first_column(lang, "holidays", "rule"),
        year_markers=_by_first_column(lang, "year_markers", "calendar"),
        numbers=_numbers(lang),
        roles={role: frozenset(words) for role, words in roles.items()},
        not_dates=frozenset(_key(word) for word in load_words(lang, "not_dates")),
        time_fractions={_key(r["word"]): int(r["minutes"]) for r in _table(lang, "time_fractions")},
        letters=_letters(lang),
    )


def _letters(lang: str) -> dict[str, int]:
    """The letters a language writes numbers with (Hebrew ז' = 7, תשע"ט = 779), from the optional
    ``letter_numerals.tsv``; most languages have none."""
    try:
        rows = _table(lang, "letter_numerals")
    except FileNotFoundError:
        return {}
    return {_key(r["letter"]): int(r["value"]) for r in rows}


def _numbers(lang: str) -> dict[str, tuple[int, bool]]:
    """Number words that may stand in a date; grammar.reading.number_word_value gives their values."""
    return {_key(r["word"]): (int(r["value"]), r["ordinal"] == "1") for r in _table(lang, "date_numbers")}


def key(text: str) -> str:
    return _key(text)
