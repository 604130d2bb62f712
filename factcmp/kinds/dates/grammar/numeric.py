"""Rules for dates written in digits only: «17/9/2018», «۱۳۹۷/۰۶/۲۶», «2018-09-17», «2/2013»,
and a weekday before a day and month («السبت 21/09»)."""

from __future__ import annotations

import re

from factcmp.kinds.dates.grammar.fields import Fields, weekday_in, year_calendar, year_in
from factcmp.kinds.dates.grammar.fragments import NUM_START, Fragments
from factcmp.kinds.dates.grammar.rule import RuleSpec
from factcmp.kinds.dates.lexicon import DateLexicon
from factcmp.kinds.dates.parts import DateParts


def numeric_rules(p: Fragments) -> list[RuleSpec]:
    f = Fields(p)
    return [
        (
            f"{NUM_START}(?P<d>\\d{{1,2}})(?P<sep>[/.\\-])(?P<m>\\d{{1,2}})(?P=sep)"
            f"(?P<y>\\d{{4}}|\\d{{2}})(?![\\d/:\\-]|[.,]\\d){f.era('e')}",
            _read_dmy,
            "numeric_date",
        ),
        (
            f"{NUM_START}(?P<y>\\d{{4}})(?P<sep>[/.\\-])(?P<m>\\d{{1,2}})(?P=sep)(?P<d>\\d{{1,2}})"
            f"(?![\\d/:\\-]|[.,]\\d)",
            _read_ymd,
            "numeric_date",
        ),
        (f"{NUM_START}(?P<m>\\d{{1,2}})/(?P<y>\\d{{4}})(?![\\d/]|[.,]\\d)", _read_my, "numeric_date"),
        (
            f"(?:{p.words('day')}\\s+)?{f.weekday('w')}\\s+(?P<d>\\d{{1,2}})/(?P<m>\\d{{1,2}})(?![\\d/]|[.,]\\d)",
            _read_weekday_dm,
            "weekday",
        ),
    ]


def _numeric(match: re.Match[str], lex: DateLexicon, year: int, month: int, day: int | None) -> DateParts | None:
    _, era = year_in(match, lex)
    calendar = era or year_calendar(year, lex.lang)
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return None
    parts = DateParts("date", match.start(), match.end(), calendar=calendar, year=year, month=month, day=day)
    weekday = weekday_in(match, lex)
    if weekday:
        parts.weekday = weekday[0]
    return parts


def _read_dmy(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    text = match.group("y")
    if len(text) == 2:
        if match.group("sep") == ".":
            return None  # «1.5.20» is more often a version or a score than a date
        year = int(text) + (2000 if int(text) < 50 else 1900)
    else:
        year = int(text)
    return _numeric(match, lex, year, int(match.group("m")), int(match.group("d")))


def _read_ymd(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    return _numeric(match, lex, int(match.group("y")), int(match.group("m")), int(match.group("d")))


def _read_my(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    return _numeric(match, lex, int(match.group("y")), int(match.group("m")), None)


def _read_weekday_dm(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    parts = DateParts("date", match.start(), match.end(), month=int(match.group("m")), day=int(match.group("d")))
    if not 1 <= parts.month <= 12 or not 1 <= parts.day <= 31:  # type: ignore[operator]
        return None
    weekday = weekday_in(match, lex)
    parts.weekday = weekday[0] if weekday else None
    return parts
