"""Joining the pieces the date grammar read into whole date expressions.

Pieces are first made disjoint (a longer reading wins over the shorter ones inside or across
it), then each piece is joined with the next one when only a linking word stands between
them: a weekday with its date, a date with its time, «أوائل» with its month, «اليوم» with
the date it names, two dates around «إلى» into a range.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import cache

import attrs

from factcmp.kinds.dates.grammar.clock import with_day_period
from factcmp.kinds.dates.intervals import WEEKDAYS
from factcmp.kinds.dates.lexicon import alternation, lexicon
from factcmp.kinds.dates.parts import DateParts
from factcmp.text.lang import case_flags

# Pieces that only modify what follows them.
_PREFIXES = frozenset({"part", "firstn", "nth"})
# Pieces that are no date alone: the prefixes, and «يوم 15 من» before «الشهر الجاري».
_INCOMPLETE = _PREFIXES | {"day_of"}
_NOT_DATES = frozenset({"not_date"})
_DATELIKE = frozenset({"date", "holiday", "season", "relunit"})


def disjoint(pieces: Iterable[DateParts]) -> list[DateParts]:
    """The longest non-overlapping pieces, in text order (earlier rules win ties)."""
    ranked = sorted(enumerate(pieces), key=lambda item: (item[1].start - item[1].end, item[0]))
    starts: list[int] = []
    kept: list[DateParts] = []
    for _, piece in ranked:
        index = bisect.bisect_left(starts, piece.start)
        if index > 0 and kept[index - 1].end > piece.start:
            continue
        if index < len(kept) and kept[index].start < piece.end:
            continue
        starts.insert(index, piece.start)
        kept.insert(index, piece)
    return kept


@attrs.frozen
class _Gaps:
    """What may stand between two pieces for them to join, for one language."""

    of: re.Pattern[str]
    weekday_date: re.Pattern[str]
    anchor: re.Pattern[str]
    date_time: re.Pattern[str]
    range_to: re.Pattern[str]
    strong_to: re.Pattern[str]
    opener_before: re.Pattern[str]
    between_before: re.Pattern[str]
    slash: re.Pattern[str]
    bracket: re.Pattern[str]


@cache
def _gaps(lang: str) -> _Gaps:
    lex = lexicon(lang)
    of = alternation(lex.words("of") | lex.words("month") | lex.words("year"))
    linker = alternation(lex.words("linker") | lex.words("day") | lex.words("of"))
    to_words = lex.words("range_to")
    weak_to = to_words & lex.words("and")  # «و», and, и: a range only after «بين», between, между
    openers = lex.words("between")
    at_hour = lex.words("at_hour") | lex.words("date_cue")  # «9 am on Thursday»
    flags = case_flags(lang)
    return _Gaps(
        of=re.compile(f"\\s*(?:(?:{of})\\s*){{0,2}}", flags),
        weekday_date=re.compile(f"[\\s,،]*(?:(?:{linker})\\s*)?", flags),
        anchor=re.compile(r"[\s,،(]*"),
        date_time=re.compile(  # «دوشنبه، ۲۶ شهریور ۱۳۹۷ - ۱۵:۳۰»: a dateline's date, a dash, its time
            f"[\\s,،\\-–]*(?:(?:{alternation(lex.words('of') | lex.words('hour') | at_hour)})\\s*)*",
            flags,
        ),
        range_to=re.compile(f"\\s*(?:{alternation(to_words)})\\s*", flags),
        strong_to=re.compile(f"\\s*(?:{alternation(to_words - weak_to)})\\s*", flags),
        opener_before=re.compile(f"(?<!\\w)(?:{alternation(lex.words('range_open') | openers)})\\s*$", flags),
        between_before=re.compile(f"(?<!\\w)(?:{alternation(openers)})\\s*$", flags),
        slash=re.compile(r"\s*/\s*"),
        bracket=re.compile(r"\s*\(\s*"),
    )


def join(pieces: list[DateParts], folded: str, lang: str) -> list[DateParts]:
    """Whole date expressions from disjoint pieces in text order."""
    gaps = _gaps(lang)
    joined: list[DateParts] = []
    for piece in pieces:
        if joined:
            merged = _merge(joined[-1], piece, folded, gaps)
            if merged is not None:
                joined[-1] = merged
                continue
        joined.append(piece)
    return [parts for parts in joined if parts.form not in _INCOMPLETE | _NOT_DATES and not parts.ambiguous]


def _merge(first: DateParts, second: DateParts, folded: str, gaps: _Gaps) -> DateParts | None:
    gap = folded[first.end : second.start]
    if len(gap) > 24:
        return None
    rules = (
        _prefix,
        _day_of_month,
        _last_week_of,
        _weekday_with,
        _in_relative_year,
        _anchor,
        _same_moment,
        _with_time,
        _range,
    )
    for rule in (*rules, _weekday_range):
        merged = rule(first, second, gap, folded, gaps)
        if merged is not None:
            merged.start, merged.end = min(first.start, merged.start), max(second.end, merged.end)
            if "(" in gap and folded[merged.end : merged.end + 1] == ")":
                merged.end += 1  # «הערב (רביעי)»: a bracket opened inside the date closes in it
            return merged
    return None


def _prefix(first: DateParts, second: DateParts, gap: str, folded: str, gaps: _Gaps) -> DateParts | None:
    """«أوائل» + month, «الأشهر السبعة الأولى من» + year, «أول ثلاثاء من» + month."""
    if first.form not in _PREFIXES or second.form not in _DATELIKE or not gaps.of.fullmatch(gap):
        return None
    if first.form == "nth" and ((second.month is None and second.unit != "month") or second.day is not None):
        return None
    if first.form == "firstn" and second.form != "date":
        return None
    merged = attrs.evolve(second, ambiguous=False)
    if first.form == "part":
        merged.part = first.part
    elif first.form == "firstn":
        merged.form, merged.unit, merged.count, merged.from_end = "first_of", first.unit, first.count, first.from_end
    else:
        merged.weekday, merged.nth = first.weekday, first.nth
        if first.unit == "week":
            merged.unit = "week"
    return merged


def _day_of_month(first: DateParts, second: DateParts, gap: str, folded: str, gaps: _Gaps) -> DateParts | None:
    """«يوم 15 من» + «الشهر الجاري»: that day of the month the report names relative to itself."""
    if first.form != "day_of" or second.form != "relunit" or second.unit != "month" or gap.strip():
        return None
    if second.count not in (None, 1):
        return None
    return attrs.evolve(first, form="date", unit="month", shift=second.shift or 0)


def _last_week_of(first: DateParts, second: DateParts, gap: str, folded: str, gaps: _Gaps) -> DateParts | None:
    """«الأسبوع الأخير في الشهر التاسع»: before a month, «the last week» is that month's last week."""
    if first.form != "relunit" or first.unit != "week" or first.shift != -1 or first.count not in (None, 1):
        return None
    if second.form != "date" or second.month is None or second.day is not None or not gaps.of.fullmatch(gap):
        return None
    return attrs.evolve(second, nth=-1, unit="week", ambiguous=False)


def _weekday_with(first: DateParts, second: DateParts, gap: str, folded: str, gaps: _Gaps) -> DateParts | None:
    """«الخميس الموافق 14 شباط», «احد الاسبوع الماضي», «الثلاثاء التاسع عشر من هذا الشهر»."""
    if _week_then_weekday(first, second, gap, gaps):
        # «الأسبوع المقبل يوم الجمعة», next week on Friday: the weekday of the week named first
        return attrs.evolve(second, form="weekday", shift=None, unit="week", count=first.shift, ambiguous=False)
    if first.weekday is None or first.form not in ("weekday", "date") or first.month is not None:
        return None
    takes_weekday = second.form == "date" and second.day is not None and second.weekday is None
    if takes_weekday and first.day is None and gaps.weekday_date.fullmatch(gap):
        return _time_kept(
            first, attrs.evolve(second, weekday=first.weekday, day_offset=first.day_offset, ambiguous=False)
        )
    if second.form == "relunit" and second.unit in ("week", "month") and gaps.of.fullmatch(gap):
        if second.unit == "week" and first.day is None:
            return attrs.evolve(
                second, form="weekday", weekday=first.weekday, shift=None, unit="week", count=second.shift
            )
        if second.unit == "month" and first.day is not None:
            return attrs.evolve(first, form="date", unit="month", shift=second.shift, ambiguous=False)
    return None


def _week_then_weekday(first: DateParts, second: DateParts, gap: str, gaps: _Gaps) -> bool:
    return (
        first.form == "relunit"
        and first.unit == "week"
        and first.count in (None, 1)
        and second.form == "weekday"
        and second.shift is None
        and gaps.weekday_date.fullmatch(gap) is not None
    )


def _in_relative_year(first: DateParts, second: DateParts, gap: str, folded: str, gaps: _Gaps) -> DateParts | None:
    """«مارس السنة القادمة»: a month of the year before or after the reference."""
    if first.form != "date" or first.year is not None or first.month is None or first.unit is not None:
        return None
    if second.form != "relunit" or second.unit != "year" or second.count not in (None, 1):
        return None
    if not gaps.of.fullmatch(gap):
        return None
    return attrs.evolve(first, unit="year", shift=second.shift, ambiguous=False)


def _anchor(first: DateParts, second: DateParts, gap: str, folded: str, gaps: _Gaps) -> DateParts | None:
    """«أمس الأحد», «اليوم، الجمعة 22 من تشرين الأول»: a relative day that names its date."""
    if first.form != "relday" or second.form not in ("weekday", "date") or not gaps.anchor.fullmatch(gap):
        return None
    if second.form == "date" and second.day is None:
        return None
    return _time_kept(first, attrs.evolve(second, day_offset=first.day_offset, ambiguous=False))


def _time_kept(first: DateParts, merged: DateParts) -> DateParts:
    """The time of day the first piece took stays with the date it joins («الساعة العاشرة من مساء
    اليوم الجمعة», «ساعت ۲۱:۱۲ روز سه‌شنبه ۱۶ شهریور»)."""
    if merged.hour is None and first.hour is not None:
        return attrs.evolve(merged, hour=first.hour, minute=first.minute, second=first.second, timezone=first.timezone)
    return merged


def _with_time(first: DateParts, second: DateParts, gap: str, folded: str, gaps: _Gaps) -> DateParts | None:
    """A date and the time of day it gives, or the range of hours, in either order."""
    day, time = (first, second) if second.form == "time" else (second, first)
    if time.form != "time" or day.form not in ("date", "weekday", "relday", "holiday") or day.hour is not None:
        return None
    if time.range_end is not None and day.range_end is not None:
        return None  # «from Sunday to Tuesday, 9 to 11 a.m.»: hours of each day, not one stretch
    if day.form == "date" and day.day is None:
        return None
    if not gaps.date_time.fullmatch(gap):
        return None
    hour = time.hour
    if time.day_period is None and day.day_period is not None and hour is not None:
        hour = with_day_period(hour, day.day_period)  # «الساعة العاشرة من مساء اليوم»: 22:00
    # a range of hours («من الساعة التاسعة وحتى الحادية عشرة») ends on the day it starts, not a date range
    return attrs.evolve(
        day,
        hour=hour,
        minute=time.minute,
        second=time.second,
        timezone=time.timezone,
        ambiguous=False,
        range_end=time.range_end or day.range_end,
        day_offset=time.day_offset if day.day_offset is None else day.day_offset,  # «الساعة 10 مساء أمس الجمعة»
    )


# Zones a bracketed time may give that fix the offset of the time before it («15:30 (1230 GMT)»).
_UNIVERSAL_ZONES = frozenset({"GMT", "UTC"})
_MINUTES_A_DAY = 24 * 60


def _same_moment(first: DateParts, second: DateParts, gap: str, folded: str, gaps: _Gaps) -> DateParts | None:
    """«at 3:30 p.m. local time (1230 GMT)», «الثالثة والنصف عصرا (12:30 بتوقيت غرينتش)»: one moment
    told in two zones is one expression, the report's local reading, its zone the offset from GMT the
    pair gives (UTC+03:00) unless it names its own; never two times another report could contradict."""
    if first.hour is None or second.form != "time" or second.hour is None or second.timezone is None:
        return None
    if not gaps.bracket.fullmatch(gap) or not folded[second.end :].lstrip().startswith(")"):
        return None  # «1 a.m. (2200 GMT Sunday)»: what else the bracket says is of the other zone
    zone = first.timezone
    if zone in (None, "local") and second.timezone in _UNIVERSAL_ZONES:
        zone = _utc_offset(first, second)
    return attrs.evolve(first, timezone=zone, ambiguous=False)


def _utc_offset(local: DateParts, universal: DateParts) -> str:
    """The offset from GMT that makes ``local`` the same moment as ``universal``: «UTC+03:00»."""
    minutes = ((local.hour or 0) - (universal.hour or 0)) * 60 + (local.minute or 0) - (universal.minute or 0)
    minutes = (minutes + _MINUTES_A_DAY // 2) % _MINUTES_A_DAY - _MINUTES_A_DAY // 2
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _range(first: DateParts, second: DateParts, gap: str, folded: str, gaps: _Gaps) -> DateParts | None:
    """«من 13 تموز إلى 15 تموز», «بين سپتامبر 1939 و 2 سپتامبر 1945»."""
    if first.form != "date" or second.form != "date" or first.range_end or second.range_end:
        return None
    if not first.has_date or not second.has_date or not gaps.range_to.fullmatch(gap):
        return None
    opener = gaps.opener_before.search(folded, max(0, first.start - 12), first.start)
    between = gaps.between_before.search(folded, max(0, first.start - 12), first.start)
    if between is None and not gaps.strong_to.fullmatch(gap):
        return None  # «و» joins a range only after «بين»
    start, end = attrs.evolve(first), attrs.evolve(second)
    _share_fields(start, end)
    start.range_end = end
    if opener is not None:
        start.start = opener.start()
    return start


def _weekday_range(first: DateParts, second: DateParts, gap: str, folded: str, gaps: _Gaps) -> DateParts | None:
    """«ليل الأحد - الاثنين», «ليلة السبت/الأحد», «ليل الخميس الجمعة», «من الأحد إلى الخميس»: one
    stretch of days, not two dates that another report could seem to contradict."""
    if first.form != "weekday" or second.form != "weekday" or first.range_end or second.shift is not None:
        return None
    # «ليل الخميس الجمعة»: the night from one day into the next, written with no mark between
    night = not gap.strip() and first.day_period in ("pm", "night") and _next_day(first.weekday) == second.weekday
    if not (night or gaps.strong_to.fullmatch(gap) or gaps.slash.fullmatch(gap)):
        between = gaps.between_before.search(folded, max(0, first.start - 12), first.start)
        if between is None or not gaps.range_to.fullmatch(gap):
            return None
    start = attrs.evolve(first, ambiguous=False)
    start.range_end = attrs.evolve(second, ambiguous=False)
    opener = gaps.opener_before.search(folded, max(0, first.start - 12), first.start)
    if opener is not None:
        start.start = opener.start()
    return start


def _next_day(weekday: str | None) -> str | None:
    return WEEKDAYS[(WEEKDAYS.index(weekday) + 1) % 7] if weekday in WEEKDAYS else None


def _share_fields(start: DateParts, end: DateParts) -> None:
    """«13 تموز إلى 15 تموز 2013»: the start takes the year (and month) the end states, and back."""
    if start.year is None and end.year is not None and start.month is not None:
        start.year, start.year_calendar = end.year, end.year_calendar
    if end.month is None and start.month is not None and end.day is not None:
        end.month, end.calendar = start.month, start.calendar
    if end.year is None and start.year is not None and end.month is not None:
        end.year, end.year_calendar = start.year, start.year_calendar
