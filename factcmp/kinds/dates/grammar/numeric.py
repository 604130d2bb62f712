"""Rules for dates written in digits only: «17/9/2018», «۱۳۹۷/۰۶/۲۶», «2018-09-17», «2/2013»,
a weekday before a day and month («السبت 21/09», «в понедельник, 22.04»), and a day and month alone after a word that
dates it («في 22/4 الجاري», "on 4/22", «с 22.04»)."""

from __future__ import annotations

import re
from calendar import monthrange

import attrs

from factcmp.kinds.dates.grammar.fields import Fields, after_a_word_of, shift_in, weekday_in, year_calendar, year_in
from factcmp.kinds.dates.grammar.fragments import CLITIC_GROUP, NUM_START, START, Fragments
from factcmp.kinds.dates.grammar.rule import RuleSpec, where
from factcmp.kinds.dates.lexicon import DateLexicon, key
from factcmp.kinds.dates.parts import DateParts
from factcmp.text.lang import writes_dotted_dates, writes_either_order


def numeric_rules(p: Fragments) -> list[RuleSpec]:
    f = Fields(p)
    day_month_separator = "/|\\." if writes_dotted_dates(p.lex.lang) else "/"
    return [
        (
            f"{NUM_START}{p.number_clitic()}(?P<d>\\d{{1,2}})(?P<sep>[/.\\-])(?P<m>\\d{{1,2}})(?P=sep)"
            f"(?P<y>\\d{{4}}|\\d{{2}})(?![\\d/:\\-]|[.,]\\d){f.era('e')}",
            _read_dmy,
            "numeric_date",
        ),
        (
            f"{NUM_START}(?P<y>\\d{{4}}|\\d{{2}})(?P<sep>[/.\\-])(?P<m>\\d{{1,2}})(?P=sep)(?P<d>\\d{{1,2}})"
            f"(?![\\d/:\\-]|[.,]\\d)",
            _read_ymd,
            "numeric_date",
        ),
        (f"{NUM_START}(?P<m>\\d{{1,2}})/(?P<y>\\d{{4}})(?![\\d/]|[.,]\\d)", _read_my, "numeric_date"),
        # 14.-15.10., 14./15.10.2018, с 14.10. по 15.10.2018: a range of days written with dots, the
        # first day closed by its dot or the month by its own, so that «14 - 15.10» stays numbers; in
        # the languages that write their dates with dots
        *where(
            writes_dotted_dates(p.lex.lang),
            f"(?:{START}{p.range_open()}\\s+)?{NUM_START}(?P<d>\\d{{1,2}})(?:(?P<dot>\\.)(?:(?P<m1>\\d{{1,2}})\\.)?)?"
            f"(?:\\s*/\\s*|{p.range_to()})(?P<d2>\\d{{1,2}})\\.(?P<m>\\d{{1,2}})"
            f"(?:(?P<tail>\\.)(?P<y>\\d{{4}}|\\d{{2}})?)?(?![\\d/:\\-]|[.,]\\d)",
            _read_dotted_range,
            "numeric_date",
        ),
        (
            f"(?:{p.words('day')}\\s+)?{f.weekday('w')}[,،]?\\s+(?P<d>\\d{{1,2}})(?:{day_month_separator})(?P<m>\\d{{1,2}})"
            f"(?![\\d/]|[.,]\\d)",
            _read_weekday_dm,
            "weekday",
        ),
        # في 22/4 الجاري, on 4/22, ב-22/4, с 22.04: the dot only where dates are written with dots
        (
            f"{NUM_START}{p.number_clitic()}(?P<d>\\d{{1,2}})(?P<sep>{day_month_separator})"
            f"(?P<m>\\d{{1,2}})(?![\\d/:%\\-]|[.,]\\d)(?:\\s+(?P<ra>{p.relative('after')})(?!\\w))?",
            _read_day_month,
            "numeric_date",
        ),
    ]


def _numeric(match: re.Match[str], lex: DateLexicon, year: int, month: int, day: int | None) -> DateParts | None:
    _, era = year_in(match, lex)
    calendar = era or year_calendar(year, lex.lang)
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= _days_in(calendar, year, month)):
        return None  # 30-02-2023, 31/04/2023: no such day
    if calendar == "gregorian" and year < _FIRST_YEAR:
        return None  # 2/1000: a ratio or a score, not February of the year 1000
    parts = DateParts("date", match.start(), match.end(), calendar=calendar, year=year, month=month, day=day)
    weekday = weekday_in(match, lex)
    if weekday:
        parts.weekday = weekday[0]
    return parts


_MONTHS = 12
_DOTTED_DIGITS = 2  # «22.04», «01.05»: a dotted day and month is written with two digits each
_LEAP_YEAR = 2000
_SHORT_YEAR_DIGITS = 2
_LONGEST_MONTH = 31
_SHORT_JALALI_CENTURY = 1300  # a day and month without a year may be 29 February
_FIRST_YEAR = 1600  # an earlier year in digits, with no calendar named, is not a date a report gives
_JALALI_LONG_MONTHS = 6  # the first six Solar Hijri months have 31 days, the others 30 (Esfand 29 or 30)
_LUNAR_MONTH_DAYS = 30


def _days_in(calendar: str, year: int, month: int) -> int:
    """The most days ``month`` may have: the Gregorian month's own, 31 or 30 in Solar Hijri, 30 in Hijri."""
    if calendar == "gregorian":
        return monthrange(year, month)[1]
    if calendar == "jalali":
        return 31 if month <= _JALALI_LONG_MONTHS else 30
    return _LUNAR_MONTH_DAYS


def _read_dmy(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    text = match.group("y")
    if len(text) == 2:
        if match.group("sep") == "." and not writes_dotted_dates(lex.lang):
            return None  # «1.5.20» is more often a version or a score than a date
        year = int(text) + (2000 if int(text) < 50 else 1900)
    else:
        year = int(text)
    day, month = int(match.group("d")), int(match.group("m"))
    if month > _MONTHS >= day:
        day, month = month, day  # «10/31/1974»: written month first, as the second cannot be a month
    return _numeric(match, lex, year, month, day)


def _read_dotted_range(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    groups = match.groupdict()
    if not groups.get("dot") and not groups.get("tail"):
        return None
    month, first_month = int(groups["m"]), int(groups["m1"] or groups["m"])
    day, last_day = int(groups["d"]), int(groups["d2"])
    year = int(groups["y"]) if groups.get("y") else None
    if year is not None and year < 100:
        year += 2000 if year < 50 else 1900
    if not (1 <= month <= 12 and 1 <= first_month <= 12 and 1 <= day <= 31 and 1 <= last_day <= 31):
        return None
    if (first_month, day) >= (month, last_day):
        return None
    first = DateParts("date", match.start(), match.end(), calendar="gregorian", year=year, month=first_month, day=day)
    first.range_end = attrs.evolve(first, month=month, day=last_day, range_end=None)
    return first


def _read_ymd(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    """«2018-09-17», «۱۳۹۷/۰۶/۲۶», and «۹۷/۶/۲۶» where months count in the Solar Hijri calendar: a year
    of two digits first, which no day can be (32-99), is 1332-1399."""
    year = int(match.group("y"))
    if len(match.group("y")) == _SHORT_YEAR_DIGITS:
        if lex.month_calendar() != "jalali" or year <= _LONGEST_MONTH:
            return None
        year += _SHORT_JALALI_CENTURY
    return _numeric(match, lex, year, int(match.group("m")), int(match.group("d")))


def _read_my(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    return _numeric(match, lex, int(match.group("y")), int(match.group("m")), None)


def _read_weekday_dm(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    parts = DateParts("date", match.start(), match.end(), month=int(match.group("m")), day=int(match.group("d")))
    if not 1 <= parts.month <= 12 or not 1 <= parts.day <= 31:  # type: ignore[operator]
        return None
    weekday = weekday_in(match, lex)
    parts.weekday = weekday[0] if weekday else None
    return parts


def _read_day_month(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    """A day and month with no year: a date only after a word that dates it («في», «روز», on, с, ב-)
    or before a relative word («الجاري», «الماضي»); a score («فاز 4/2»), a ratio or a verse has neither.
    The day comes first unless the second number cannot be a month; where writers put either first
    (English), a pair that could be read both ways is no date. A dotted pair is always day first and
    written with two digits each («01.05»), as «1.5» is a decimal and «10.30» a time."""
    if not (match.group("ra") or _after_date_cue(match, lex)):
        return None
    dotted = match.group("sep") == "."
    if dotted and not len(match.group("d")) == len(match.group("m")) == _DOTTED_DIGITS:
        return None
    day, month = int(match.group("d")), int(match.group("m"))
    if month > _MONTHS >= day and not dotted:
        day, month = month, day  # «4/22»: month first, as the second cannot be a month
    elif day <= _MONTHS and writes_either_order(lex.lang):
        return None
    calendar = lex.month_calendar()
    if not 1 <= month <= _MONTHS or not 1 <= day <= _days_in(calendar, _LEAP_YEAR, month):
        return None  # «31/4»: no such day
    parts = DateParts("date", match.start(), match.end(), calendar=calendar, month=month, day=day)
    parts.shift = shift_in(match, lex)
    parts.nearest = parts.shift is None
    return parts


def _after_date_cue(match: re.Match[str], lex: DateLexicon) -> bool:
    """Whether a word that dates what follows stands before the match (role date_cue), as a word of
    its own, with a clitic («وفي»), or glued to the digits («ב-22/4»)."""
    cues = lex.words("date_cue")
    for name, text in match.groupdict().items():
        if text and name.startswith(CLITIC_GROUP):
            return key(text) in cues
    return after_a_word_of(match.string, match.start(), cues, lex.words("clitic"))
