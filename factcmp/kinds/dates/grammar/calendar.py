"""Rules for dates written with a month's name or number: a day of a month («22 من تشرين الأول
2021», «September 17, 2018», «13 الى 15 تموز»), the first or last day of one, a month («أيلول
2015», «مارس الماضي»), a year («عام 2015», «1440 هـ»), a range of years and a decade."""

from __future__ import annotations

import re

import attrs

from factcmp.kinds.dates.grammar.fields import (
    LAST_WORD,
    Fields,
    date_in,
    month_in,
    shift_in,
    year_calendar,
    year_in,
)
from factcmp.kinds.dates.grammar.fragments import END, START, Fragments, group, int_in, number_in
from factcmp.kinds.dates.grammar.rule import RuleSpec, where
from factcmp.kinds.dates.lexicon import DateLexicon, alternation, key
from factcmp.kinds.dates.parts import DateParts
from factcmp.lexicon import load_table

# Years further apart than this are two numbers, not a range («1948-2023» is one; «1500-2000» not).
_LONGEST_SPAN = 100


def day_rules(p: Fragments) -> list[RuleSpec]:
    f = Fields(p)
    of, day_word = p.words("of"), p.words("day")
    first, last = p.words("first"), p.words("last")
    return [
        # 22 من تشرين الأول 2021, الجمعة 22 أكتوبر, 30 أيلول/سبتمبر 2015, ۱۷ سپتامبر ۲۰۱۸, ۱۶شهریور
        (
            f"(?:{p.lead()}{day_word}\\s+)?{f.day('d')}(?:\\s+{of})?\\s*{f.month_ref(after_day=True)}{f.second_month()}"
            f"(?:\\s+(?P<ra>{p.relative('after')})(?!\\w)|{f.short_year('ys')}|{f.year_tail()})",
            _read_dmy,
            "month",
        ),
        # ثالث يوم من شهر عشرة
        (f"{p.ordinal('d')}\\s+{day_word}(?:\\s+{of})?\\s+{f.month_ref()}{f.year_tail()}", _read_dmy, "month"),
        # آخر يوم من, اليوم الأخير من
        (f"(?:{START}(?P<first>{first})|{START}(?P<last>{last}))\\s+{day_word}{END}", _read_nth_day, "day_unit"),
        (f"{START}(?:ال)?{day_word}\\s+(?:(?P<first>{first})|(?P<last>{last})){END}", _read_nth_day, "day_unit"),
        # September 17, 2018; يوليو 13 2013
        (f"{f.month('m')}\\s+{f.day('d')}{f.year_tail()}", _read_mdy, "month"),
        # 13 الى 15 تموز, من 1-8 شهر ايلول
        (
            f"(?:{START}{p.range_open()}\\s+)?{f.day('d')}{p.range_to()}{f.day('d2', after_dash=True)}"
            f"(?:\\s+{of})?\\s+{f.month_ref()}{f.year_tail()}",
            _read_day_range,
            "month",
        ),
        # يوليو 13-15, اغسطس 27 الى 29
        (
            f"{f.month('m')}\\s+{f.day('d')}{p.range_to()}{f.day('d2', after_dash=True)}{f.year_tail()}",
            _read_day_range,
            "month",
        ),
    ]


def month_and_year_rules(p: Fragments) -> list[RuleSpec]:
    f = Fields(p)
    year_word = p.words("year")
    hyphened = frozenset(word for word in p.lex.words("year") if word.endswith("-"))
    return [
        # أيلول 2015, شهر مارس من عام 2017, شهر آذار
        # مارس الماضي, آذار المقبل, last March: the last or the next such month
        (
            f"(?:{START}(?P<rb>{p.relative('before')})\\s+)?{f.month_ref()}{f.second_month()}"
            f"(?:\\s+(?P<ra>{p.relative('after')})(?!\\w)|{f.year_tail()})",
            _read_month,
            "month",
        ),
        # عام 2015, سال ۱۳۹۷, 1440 هـ
        *where(p.lex.words("year"), f"{p.lead()}(?P<yw>{year_word})\\s*{f.year('y')}{f.era('e')}", _read_year, "digit"),
        (f"{f.year('y')}\\s*(?P<e>{alternation(p.lex.year_markers)})(?![\\w])", _read_year, "digit"),
        # «ב-2016», «מ-2011»: a year word written as a prefix with a hyphen before the digits; before
        # a unit it is an amount («ב-2000 דולר»)
        *where(
            hyphened,
            f"{p.lead()}(?P<yw>{alternation(hyphened)}){f.year('y', after_dash=True)}{f.era('e')}"
            f"(?!\\s+{alternation(row['word'] for row in load_table(p.lex.lang, 'units'))}(?!\\w))",  # ב-2000 דולר
            _read_year,
            "digit",
        ),
        # من 2009 إلى 2013, بين عامي 2011 و2015, از سال ۲۰۱۱ تا ۲۰۱۵, from 2009 to 2013, 2011-2015
        (
            f"{START}{p.range_open()}\\s+(?:{year_word}\\s*)?{f.year('y')}{p.range_to()}"
            f"(?:{year_word}\\s*)?{f.year('y2', after_dash=True)}{f.era('e')}",
            _read_year_range,
            "digit",
        ),
        (f"{f.year('y')}\\s*[-–]\\s*{f.year('y2', after_dash=True)}{f.era('e')}", _read_year_range, "digit"),
        # منذ 2011, since 2011: after «since» a bare number is a year
        *where(
            p.lex.words("since"), f"{START}{p.words('since')}\\s+{f.year('y')}{f.era('e')}", _read_year_since, "digit"
        ),
        # the 1990s
        ("(?<![\\w.,/:])(?P<y>[12]\\d{2}0)'?s(?!\\w)", _read_decade, "digit"),  # «mid-1980s»
        # в 1990-х годах, в 90-е: a decade with the ending a language writes after its digits
        *where(
            p.lex.words("decade_suffix"),
            f"(?<![\\w.,/:])(?P<y>[12]\\d{{2}}0|[1-9]0)(?:{p.words('decade_suffix')})(?!\\w){f.era('e')}",
            _read_decade,
            "digit",
        ),
        # в 2015-м году, 2018-го года: a year with the ordinal ending a language writes after a day
        *where(
            p.lex.words("day_suffix"),
            f"(?<![\\w.,/:])(?P<y>[12]\\d{{3}})(?:{p.words('day_suffix')})(?!\\w){f.era('e')}",
            _read_year,
            "digit",
        ),
    ]


def _read_dmy(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    parts = date_in(match, lex)
    if parts is not None and parts.ordinal_day and _after_unit_word(match, lex):
        return None  # «الأسبوع الأول من نيسان», «دهه اول مهر»: the first week, ten days of a month, not its 1st
    if parts is not None and group(match, "m2") and month_in(match, lex, "2") is None:
        return None
    short = int_in(match, "ys")
    if parts is not None and short is not None:
        if parts.calendar != "jalali":
            return None
        parts.year = short + (1400 if short < 50 else 1300)
    if parts is not None and parts.year is None:
        parts.shift = shift_in(match, lex)  # «15 آذار الماضي»: in the last March
    return parts


def _after_unit_word(match: re.Match[str], lex: DateLexicon) -> bool:
    """Whether a unit longer than a day stands before the match: its ordinal counts those units."""
    before = LAST_WORD.search(match.string, max(0, match.start() - 24), match.start())
    if before is None:
        return False
    word = key(before.group(1))
    return (lex.calendar_units.get(word) or lex.time_units.get(word) or ("day", 0))[0] != "day"


def _read_nth_day(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    return DateParts("nth", match.start(), match.end(), nth=-1 if group(match, "last") else 1)


def _read_mdy(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    parts = date_in(match, lex)
    if parts is None or (parts.year is None and lex.lang != "en"):
        return None
    return parts


def _read_day_range(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    first = date_in(match, lex)
    last_day = number_in(match, lex, "d2")
    if first is None or last_day is None or not 1 <= last_day <= 31 or first.day is None or last_day <= first.day:
        return None
    first.range_end = attrs.evolve(first, day=last_day, range_end=None)
    return first


def _read_month(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    parts = date_in(match, lex, day_name="")
    if parts is not None and parts.year is None:
        parts.shift = shift_in(match, lex)
        parts.ambiguous = parts.ambiguous and parts.shift is None  # «مارس الماضي» is the month
    return parts


def _read_year(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    year, era = year_in(match, lex)
    if year is None:
        return None
    parts = DateParts("date", match.start(), match.end(), year=year)
    parts.calendar = era or year_calendar(year, lex.lang)
    year_word = group(match, "yw")
    # «of 2021», «в 2015»: a year only after a date, unless a year mark follows («в 2015 году»)
    parts.ambiguous = year_word is not None and key(year_word) in lex.words("year_after_date") and not group(match, "e")
    return parts


def _read_year_range(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    """Two bare years make a range only in order and within a lifetime of each other; «2000-3000»
    or «2015-2011» are numbers."""
    first, last = _read_year(match, lex), int_in(match, "y2")
    if first is None or first.year is None or last is None or not first.year < last <= first.year + _LONGEST_SPAN:
        return None
    first.range_end = attrs.evolve(first, year=last, range_end=None)
    return first


def _read_year_since(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    parts = _read_year(match, lex)
    if parts is not None:
        parts.start = match.start("y")  # the year is the date; «since» is how the report uses it
    return parts


def _read_decade(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    year = int(match.group("y"))
    if year < 100:  # «90-х»: the nineties of the last century, «10-х» those of this one
        year += 1900 if year >= 30 else 2000
    return DateParts("date", match.start(), match.end(), year=year, unit="decade")
