"""Rules for the time of day: «الساعة 23:00 بتوقيت موسكو», «10:14 am», «ساعت ۹:۳۲», «الساعة 3
صباحا», «الثالثة وربع بعد الظهر», «الخامسة إلا ثلث», «1230 GMT», «منتصف الليل», «مساء أمس» after the
hour; and ranges of hours («من الساعة التاسعة وحتى الحادية عشرة», «از ساعت ۹ تا ۱۱»)."""

from __future__ import annotations

import re

from factcmp.kinds.dates.grammar.fragments import END, NUM_START, START, Fragments, group, int_in, number_in
from factcmp.kinds.dates.grammar.rule import RuleSpec, where
from factcmp.kinds.dates.lexicon import ZONE_CODES, DateLexicon, alternation, key
from factcmp.kinds.dates.parts import DateParts


def clock_rules(p: Fragments) -> list[RuleSpec]:
    lex = p.lex
    # an hour word («الساعة», ساعت), or a preposition that may stand before an hour (at), which alone
    # makes no time: "put the toll at 14"
    hour_word = alternation(lex.words("hour") | lex.words("hour_preposition"))
    zone = _zone(p, "z")
    period_after = _period(lex, "p")
    # the day after the hour's part of the day: «مساء أمس», «بامداد امروز», «فجر الأحد», 3 a.m. Sunday
    weekday = f"{p.clitic()}(?P<wd>{alternation(lex.weekdays)})"
    day_after = f"(?:\\s+(?:(?P<rd>{alternation(lex.relative_days)})|{weekday})(?!\\w))?"
    named_times = alternation(lex.words("midnight") | lex.words("noon"))
    # after the hour: a part of the day, or a relative day that is one («شب گذشته», tonight); a zone; a day
    when = f"(?:\\s+(?P<rdp>{alternation(lex.relative_days)})(?!\\w)|{period_after})?{zone}?{day_after}"
    return [
        # من الساعة التاسعة وحتى الحادية عشرة, از ساعت ۹ تا ۱۱, from 9 to 11 a.m., between 9 am and 11 am
        (
            f"(?:{START}(?P<ro>{p.range_open()})\\s+)?{_range_point(p, '')}"
            f"(?:\\s*[-–]\\s*|\\s+(?:{p.words('range_to')}\\s*)?){_range_point(p, '2')}{zone}?",
            _read_time_range,
            "hour clock",
        ),
        # الساعة 23:00 بتوقيت موسكو, 10:14 am, 04:45 GMT, الساعة 3 صباحا, ساعت ۹:۳۲, ساعت ۱۰:۳۰ دقیقه
        (
            f"(?:{START}(?P<hw>{hour_word})\\s*){{0,2}}{NUM_START}(?P<h>\\d{{1,2}}):(?P<mi>\\d{{1,2}})(?::(?P<s>\\d{{2}}))?"
            f"(?![\\d:])(?:\\s*{p.words('minute')}(?!\\w))?{when}",
            _read_time,
            "clock",
        ),
        *where(
            lex.words("hour") | lex.words("hour_preposition"),
            f"{START}(?P<hw>{hour_word})(?:\\s+{hour_word}){{0,2}}\\s+(?:{p.number('h')}|{p.ordinal('ho')})"
            f"{_minutes(p)}{when}",
            _read_time,
            "hour",
        ),
        # الثالثة فجرا, الثالثة وربع بعد الظهر
        (f"{p.ordinal('ho')}{_minutes(p)}{period_after}{day_after}", _read_time, "hour"),
        (
            f"{NUM_START}(?P<h>\\d{{1,2}})\\s*(?P<p>am|pm|a\\.m\\.?|p\\.m\\.?)(?!\\w){zone}?{day_after}",
            _read_time,
            "digit",
        ),
        # 23.00 GMT, 23.00 по мск, 5.45pm, 8.15 this morning: hours and minutes with a dot are a time
        # when a zone or a part of the day follows (of more than one letter: «2.50 م» is more often
        # metres than 14:50; a relative day only if it names one: «rose 2.50 today» is no time)
        (f"{NUM_START}(?P<h>\\d{{1,2}})\\.(?P<mi>\\d{{2}})(?![\\d.]){zone}", _read_time, "zone"),
        (
            f"{NUM_START}(?P<h>\\d{{1,2}})\\.(?P<mi>\\d{{2}})(?![\\d.])"
            f"(?:{_period(lex, 'p', 2)}|\\s+(?P<rdp>{alternation(lex.relative_days)})(?!\\w)){zone}?{day_after}",
            _read_dotted_time,
            "hour",
        ),
        # 1230 GMT, 0351 ET, and «2208» before the same moment in another zone: «at 2208 (2108 GMT)»
        (
            f"{NUM_START}(?P<h>[01]\\d|2[0-3])(?P<mi>[0-5]\\d)(?!\\d)"
            f"(?:{zone}|(?=\\s*\\(\\s*(?:[01]\\d|2[0-3])[0-5]\\d{_zone(p, 'z2')}))",
            _read_time,
            "zone",
        ),
        # midnight, «منتصف الليل», «نیمه‌شب», noon
        (
            f"{START}{p.clitic()}(?P<nt>{named_times}){END}{zone}?{day_after}",
            _read_time,
            "hour",
        ),
        # в 15 часов, около 3 часов дня, в 8 вечера: a preposition, the hour, then the hour word or
        # a part of the day (in languages that write the hour word after the number)
        *where(
            lex.words("hour_after"),
            f"{START}(?P<at>{p.words('at_hour')})\\s+{p.number('h')}\\s*(?:(?P<hw>{p.words('hour_after')})(?!\\w)"
            f"(?:\\s+(?P<mi>\\d{{1,2}})\\s*{p.words('minute')})?)?{period_after}?{zone}?",
            _read_hour_after,
            "hour",
        ),
    ]


def _zone(p: Fragments, name: str) -> str:
    """A time zone after a time («بتوقيت غرينتش», «به وقت محلی», GMT), in the group ``name``."""
    codes = "|".join(ZONE_CODES)
    return f"(?:\\s*(?:{p.words('zone')}\\s+)?(?P<{name}>{alternation(p.lex.time_zones)}|{codes})(?!\\w))"


def _period(lex: DateLexicon, name: str, shortest: int = 1) -> str:
    """A part of the day after an hour («صباحا», «صبح», a.m.) of at least ``shortest`` letters, in the
    group ``name``."""
    periods = (word for word in lex.day_periods if len(word) >= shortest)
    return f"(?:\\s*(?P<{name}>{alternation(periods)})(?![\\w]))"


def _range_point(p: Fragments, n: str) -> str:
    """One end of a range of hours, its groups named with ``n``: «الساعة التاسعة», «9:30», «11 صباحا»,
    «11 часов»; the second may carry a clitic or follow a dash («والعاشرة», «و10», «ל-11», «9-11»)."""
    start = f"{NUM_START}{p.number_clitic()}" if not n else f"{START}{p.clitic()}"
    digits = f"{start}(?P<h{n}>\\d{{1,2}})(?::(?P<mi{n}>\\d{{2}}))?(?![\\d:])"
    ordinals = alternation(w for w, (_, is_ordinal) in p.lex.numbers.items() if is_ordinal)
    ordinal = f"{START}{p.clitic()}(?P<ho{n}_w>{ordinals}){END}"
    hour_after = f"(?:\\s*(?P<hwa{n}>{p.words('hour_after')})(?!\\w))?" if p.lex.words("hour_after") else ""
    if not n:  # an ordinal opens a range only after an hour word («من الساعة التاسعة»): tried at every word, it costs
        ordinal = f"(?(hw){ordinal}|(?!))"
    return f"(?:{START}(?P<hw{n}>{p.words('hour')})\\s+)?(?:{digits}|{ordinal}){hour_after}{_period(p.lex, 'p' + n)}?"


# What makes two numbers around «إلى», to, «تا» a range of hours, not of counts: any of these groups.
_CLOCK_GROUPS = ("hw", "hw2", "hwa", "hwa2", "p", "p2", "mi", "mi2", "z")


def _read_time_range(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    """«الخميس من الساعة التاسعة وحتى الحادية عشرة»: one stretch from the first hour to the second,
    so that the end lands on the day the start does."""
    groups = match.groupdict()
    if not _joins_range(match, lex) or not any(groups.get(name) for name in _CLOCK_GROUPS):
        return None  # «from 9 to 11» alone: counts as likely as hours
    first, last = _range_end_point(match, lex, ""), _range_end_point(match, lex, "2")
    if first is None or last is None:
        return None
    first.day_period, last.day_period = _shared_periods(first, last)
    zone = groups.get("z")
    for point in (first, last):
        point.timezone = (lex.time_zones.get(key(zone)) or zone.upper()) if zone else None
        if point.day_period is not None and point.hour is not None:
            point.hour = with_day_period(point.hour, point.day_period)
    first.range_end = last
    return first


def _joins_range(match: re.Match[str], lex: DateLexicon) -> bool:
    """A range word between the hours; «و», and only after «بين», between («الساعة 9 و15 دقيقة»)."""
    opener, to = group(match, "ro"), _range_word(match)
    if to not in lex.words("range_to"):
        return False
    return to not in lex.words("and") or (opener is not None and key(opener) in lex.words("between"))


def _shared_periods(first: DateParts, last: DateParts) -> tuple[str | None, str | None]:
    """A part of the day said once holds for both ends where it keeps them in order («from 9 to
    11 a.m.», «من الساعة التاسعة صباحا حتى الحادية عشرة»), not across noon or midnight."""
    period, end_period, hour, end_hour = first.day_period, last.day_period, first.hour or 0, last.hour or 0
    if period is None and end_period is not None and hour <= end_hour:
        return end_period, end_period
    if end_period is None and period is not None:
        return period, period if with_day_period(end_hour, period) > with_day_period(hour, period) else None
    return period, end_period


_FIRST_POINT = ("hw", "h", "mi", "ho_w", "hwa", "p")
_SECOND_POINT = ("hw2", "h2", "ho2_w")


def _range_word(match: re.Match[str]) -> str | None:
    """What stands between the two ends of a range of hours (a dash or a word, with a clitic glued
    to the second end: «ל-11», «والعاشرة»), as a lexicon key; None when nothing does («9 11»)."""
    groups = match.groupdict()
    first_end = max(match.end(name) for name in _FIRST_POINT if groups.get(name) is not None)
    second_start = min(match.start(name) for name in _SECOND_POINT if groups.get(name) is not None)
    between = match.string[first_end:second_start].strip()
    return key(between) if between else None


def _range_end_point(match: re.Match[str], lex: DateLexicon, n: str) -> DateParts | None:
    """One end of a range of hours: its hour, minutes and part of the day, as read."""
    hour = int_in(match, "h" + n)
    if hour is None:
        hour = number_in(match, lex, "ho" + n)
    minute = int_in(match, "mi" + n)
    if hour is None or hour > _HOURS or (minute or 0) >= _MINUTES:
        return None
    period = group(match, "p" + n)
    point = DateParts("time", match.start(), match.end(), hour=hour, minute=minute)
    point.day_period = lex.day_periods.get(key(period)) if period else None
    return point


_HOURS = 24
_MINUTES = 60
_NIGHT_FALLS = 6  # at night, from 6 on an hour is of the evening (9: 21), before it of the small hours


def _minutes(p: Fragments) -> str:
    """Minutes after an hour: «و18 دقيقة», «وثمانية عشر دقيقة», «وربع», «إلا ثلث», «و 47 ثانیه»."""
    glued_number = f"(?:(?P<mi>\\d{{1,2}})(?!\\d)|(?P<mi_w>{alternation(p.lex.numbers)})(?!\\w))"
    fraction = f"(?P<fr>{alternation(p.lex.time_fractions)})(?!\\w)"
    minute_word, and_word = p.words("minute"), p.words("and")
    seconds = f"(?:\\s+{and_word}\\s*(?P<s>\\d{{1,2}})\\s*\\w+)?"
    after = f"\\s+{and_word}\\s*(?:{glued_number}\\s*(?:{minute_word})?{seconds}|{fraction})"
    before = f"\\s+{p.words('except')}\\s*(?P<ex>{alternation(p.lex.time_fractions)})(?!\\w)"
    return f"(?:{after}|{before})?"


def _read_hour_after(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    """«в 15 часов», «в 8 вечера»; not «в 3 раза»: the hour word or a part of the day must follow."""
    groups = match.groupdict()
    if not (groups.get("hw") or groups.get("p")):
        return None
    return _read_time(match, lex)


def _read_time(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    hour, minute = _hour_and_minute(match, lex)
    second = int_in(match, "s")
    if hour is None or hour > _HOURS or (minute or 0) >= _MINUTES or (second or 0) >= _MINUTES:
        return None
    groups = match.groupdict()
    parts = DateParts("time", match.start(), match.end(), hour=hour, minute=minute, second=second)
    parts.day_period = _day_period(groups, lex)
    zone = groups.get("z")
    parts.timezone = (lex.time_zones.get(key(zone)) or zone.upper()) if zone else None
    day = groups.get("rd") or groups.get("rdp")
    parts.day_offset = lex.relative_days[key(day)] if day else None
    weekday = groups.get("wd")
    if weekday:  # «الثالثة فجر الأحد»: the hour of that weekday
        parts.form, parts.weekday = "weekday", lex.weekdays[key(weekday)].name
    context = ("p", "z", "mi", "rdp", "nt")
    hour_word = groups.get("hw")
    said = any(groups.get(name) for name in context)
    if hour_word and key(hour_word) in lex.words("hour_preposition") and not said:
        return None  # "put the toll at 23 (on Monday)": a bare number after "at" is no hour
    parts.ambiguous = not (hour_word or said)
    if parts.day_period is not None:
        parts.hour = with_day_period(hour, parts.day_period)
    return parts


def _read_dotted_time(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    parts = _read_time(match, lex)
    return parts if parts is not None and (parts.day_period or parts.timezone) else None


def _hour_and_minute(match: re.Match[str], lex: DateLexicon) -> tuple[int | None, int | None]:
    """The hour and minutes a match names: in digits or words, with a fraction («وربع», «إلا ثلث»),
    or a named time («منتصف الليل», noon)."""
    groups = match.groupdict()
    named = groups.get("nt")
    if named:
        return (0 if key(named) in lex.words("midnight") else 12), None
    hour = number_in(match, lex, "h")
    if hour is None:
        hour = number_in(match, lex, "ho")
    minute = number_in(match, lex, "mi")
    if groups.get("fr"):
        minute = lex.time_fractions[key(groups["fr"])]
    elif groups.get("ex") and hour is not None:  # «الخامسة إلا ثلث»: twenty to five
        hour, minute = hour - 1, 60 - lex.time_fractions[key(groups["ex"])]
    return hour, minute


def _day_period(groups: dict[str, str | None], lex: DateLexicon) -> str | None:
    """The part of the day after the hour, or the one a relative day in its place names («ساعت ۱۱
    شب گذشته», «11 tonight»: a word of it is a part of the day)."""
    period = groups.get("p")
    if period:
        return lex.day_periods.get(key(period))
    day = groups.get("rdp")
    words = key(day).split() if day else []
    return next((lex.day_periods[word] for word in words if word in lex.day_periods), None)


def with_day_period(hour: int, period: str) -> int:
    """The hour on the 24-hour clock that ``hour`` is in a part of the day («الثالثة عصرا»: 15); at
    night 9 is 21, 2 is 2, and 12 is the midnight that ends the day (24: «الثانية عشرة ليلا»)."""
    if period == "pm" and 1 <= hour <= 11:
        return hour + 12
    if period == "night" and _NIGHT_FALLS <= hour <= 12:
        return hour + 12
    if period == "noon" and 1 <= hour <= 5:
        return hour + 12
    if period == "am" and hour == 12:
        return 0
    return hour
