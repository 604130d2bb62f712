"""Rules for named periods and parts of periods: holidays («عيد الفطر 2019»), seasons («صيف
2015», «الشتاء المقبل»), a part of what follows («أوائل», «early 2015»), the nth week of a
month («الأسبوع الأول من») and the first or last units of a period («الأشهر السبعة الأولى»)."""

from __future__ import annotations

import re

from factcmp.kinds.dates.grammar.fields import Fields, shift_in, year_calendar, year_in
from factcmp.kinds.dates.grammar.fragments import END, SEP, START, Fragments, group, int_in, number_in
from factcmp.kinds.dates.grammar.rule import RuleSpec, where
from factcmp.kinds.dates.lexicon import DateLexicon, alternation, key
from factcmp.kinds.dates.parts import DateParts


def period_rules(p: Fragments) -> list[RuleSpec]:
    lex, f = p.lex, Fields(p)
    parts = alternation(lex.period_parts)
    week_units = alternation(
        w for w, (unit, count) in {**lex.calendar_units, **lex.time_units}.items() if unit == "week" and count == 1
    )
    cal_units, numbers = alternation(lex.calendar_units), p.number("n")
    first, last = p.words("first"), p.words("last")
    quarters = [word for word, part in lex.period_parts.items() if part in _QUARTERS]
    return [
        (f"{p.lead()}(?P<hd>{alternation(lex.holidays)}){END}(?:\\s+{f.year('y')})?", _read_holiday, "holiday"),
        (f"{p.lead()}(?P<pt>{parts})(?:\\s+|-)", _read_part, "month calendar_unit season holiday digit unit"),
        # early 2015, أواخر 2019: after a part of a period a bare year is a year
        (
            f"{p.lead()}(?P<pt>{parts})(?:\\s+|-)(?:{p.words('of')}\\s+)?{f.year('y')}(?!\\s*%){f.era('e')}",
            _read_part_of_year,
            "digit",
        ),
        # الأسبوع الأول من, اول اسبوع في, the first week of
        (
            f"{START}(?P<u>{week_units})\\s+(?:(?P<first>{first})|(?P<last>{last})|{p.ordinal('o')}){END}",
            _read_nth_week,
            "week_unit",
        ),
        (
            f"(?:{START}(?P<first>{first})|{START}(?P<last>{last})|{p.ordinal('o')})\\s+(?P<u>{week_units}){END}",
            _read_nth_week,
            "week_unit",
        ),
        # الأشهر السبعة الأولى, the first seven months, هفت ماه نخست
        (
            f"{START}(?P<u>{cal_units})\\s+{numbers}\\s+(?:(?P<fst>{first})|(?P<last>{last})){END}",
            _read_first_n,
            "calendar_unit",
        ),
        (
            f"{START}(?:the\\s+)?(?:(?P<fst>{first})|(?P<last>{last}))\\s+{numbers}\\s+(?P<u>{cal_units}){END}",
            _read_first_n,
            "calendar_unit",
        ),
        (
            f"{numbers}\\s+(?P<u>{cal_units})\\s+(?:(?P<fst>{first})|(?P<last>{last})){END}",
            _read_first_n,
            "calendar_unit",
        ),
        (
            f"(?:{START}(?P<rb>{p.relative('before')})\\s+)?{START}{p.clitic()}(?P<sn>{alternation(lex.seasons)})"
            f"(?:\\s+(?P<ra>{p.relative('after')})(?!\\w)|{SEP}(?:{p.words('year')}\\s*)?{f.year('y')}{f.era('e')})?",
            _read_season,
            "season",
        ),
        # в третьем квартале: a quarter named on its own is one of the reference's year (where a
        # word of the quarter is a calendar unit and lets the rule run)
        *where(
            frozenset(quarters),
            f"{START}(?P<pt>{alternation(quarters)}){END}",
            _read_lone_quarter,
            "calendar_unit",
        ),
        # летом, зимой: a season that is a date on its own, in the reference's year
        *where(lex.lone_seasons, f"{START}(?P<sn>{alternation(lex.lone_seasons)}){END}", _read_lone_season, "season"),
    ]


def _read_holiday(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    parts = DateParts("holiday", match.start(), match.end(), holiday=lex.holidays[key(match.group("hd"))])
    parts.year, parts.year_calendar = year_in(match, lex)  # «פסח 2019», «פסח תשע"ט»: a Hebrew year
    return parts


def _read_part(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    """«أوائل», «mid-»: a part of the period that follows, joined with it later."""
    return DateParts("part", match.start(), match.end(), part=lex.period_parts[key(match.group("pt"))])


def _read_part_of_year(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    year = int_in(match, "y")
    if year is None:
        return None
    parts = DateParts("date", match.start(), match.end(), year=year, calendar=year_calendar(year, lex.lang))
    parts.part = lex.period_parts[key(match.group("pt"))]
    return parts


def _read_nth_week(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    groups = match.groupdict()
    nth = 1 if groups.get("first") else -1 if groups.get("last") else number_in(match, lex, "o")
    if nth is None or nth > 5:
        return None
    return DateParts("nth", match.start(), match.end(), nth=nth, unit="week")


def _read_first_n(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    """The first (or last) N units of the period that follows, joined with it later."""
    unit = lex.calendar_units[key(match.group("u"))][0]
    count = number_in(match, lex, "n")
    if count is None:
        return None
    from_end = bool(group(match, "last"))
    return DateParts("firstn", match.start(), match.end(), unit=unit, count=count, from_end=from_end)


_QUARTERS = frozenset({"q1", "q2", "q3", "q4"})


def _read_lone_quarter(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    parts = DateParts("relunit", match.start(), match.end(), unit="year", shift=0, count=1)
    parts.part = lex.period_parts[key(match.group("pt"))]
    return parts


def _read_lone_season(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    return DateParts("season", match.start(), match.end(), season=lex.seasons[key(match.group("sn"))])


def _read_season(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    parts = DateParts("season", match.start(), match.end(), season=lex.seasons[key(match.group("sn"))])
    parts.year = int_in(match, "y")
    parts.shift = shift_in(match, lex)
    if parts.year is None and parts.shift is None:
        return None
    return parts
