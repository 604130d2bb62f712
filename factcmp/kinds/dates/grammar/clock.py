"""Rules for the time of day: «الساعة 23:00 بتوقيت موسكو», «10:14 am», «ساعت ۹:۳۲», «الساعة 3
صباحا», «الثالثة وربع بعد الظهر», «الخامسة إلا ثلث»."""

from __future__ import annotations

import re

from factcmp.kinds.dates.grammar.fragments import NUM_START, START, Fragments, int_in, number_in
from factcmp.kinds.dates.grammar.rule import RuleSpec, where
from factcmp.kinds.dates.lexicon import ZONE_CODES, DateLexicon, alternation, key
from factcmp.kinds.dates.parts import DateParts


def clock_rules(p: Fragments) -> list[RuleSpec]:
    lex = p.lex
    hour_word = p.words("hour")
    codes = "|".join(ZONE_CODES)
    zone = f"(?:\\s*(?:{p.words('zone')}\\s+)?(?P<z>{alternation(lex.time_zones)}|{codes})(?!\\w))"
    period_after = f"(?:\\s*(?P<p>{alternation(lex.day_periods)})(?![\\w]))"
    return [
        # الساعة 23:00 بتوقيت موسكو, 10:14 am, 04:45 GMT, الساعة 3 صباحا, ساعت ۹:۳۲
        (
            f"(?:{START}(?P<hw>{hour_word})\\s*){{0,2}}{NUM_START}(?P<h>\\d{{1,2}}):(?P<mi>\\d{{1,2}})(?::(?P<s>\\d{{2}}))?"
            f"(?![\\d:]){period_after}?{zone}?",
            _read_time,
            "clock",
        ),
        *where(
            lex.words("hour"),
            f"{START}(?P<hw>{hour_word})(?:\\s+{hour_word}){{0,2}}\\s+(?:{p.number('h')}|{p.ordinal('ho')})"
            f"{_minutes(p)}{period_after}?{zone}?",
            _read_time,
            "hour",
        ),
        # الثالثة فجرا, الثالثة وربع بعد الظهر
        (f"{p.ordinal('ho')}{_minutes(p)}{period_after}", _read_time, "hour"),
        (f"{NUM_START}(?P<h>\\d{{1,2}})\\s*(?P<p>am|pm|a\\.m\\.?|p\\.m\\.?)(?!\\w){zone}?", _read_time, "digit"),
        # 23.00 GMT, 23.00 по мск: hours and minutes with a dot are a time when a zone follows
        (f"{NUM_START}(?P<h>\\d{{1,2}})\\.(?P<mi>\\d{{2}})(?![\\d.]){zone}", _read_time, "zone"),
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
    hour = number_in(match, lex, "h")
    if hour is None:
        hour = number_in(match, lex, "ho")
    minute = number_in(match, lex, "mi")
    groups = match.groupdict()
    if groups.get("fr"):
        minute = lex.time_fractions[key(groups["fr"])]
    elif groups.get("ex") and hour is not None:  # «الخامسة إلا ثلث»: twenty to five
        hour, minute = hour - 1, 60 - lex.time_fractions[key(groups["ex"])]
    second = int_in(match, "s")
    if hour is None or hour > 24 or (minute or 0) > 59 or (second or 0) > 59:
        return None
    period = match.groupdict().get("p")
    parts = DateParts("time", match.start(), match.end(), hour=hour, minute=minute, second=second)
    parts.day_period = lex.day_periods.get(key(period)) if period else None
    zone = match.groupdict().get("z")
    parts.timezone = lex.time_zones.get(key(zone)) if zone else None
    if parts.timezone is None and zone:
        parts.timezone = zone.upper()
    has_context = bool(match.groupdict().get("hw") or period or zone or match.group("mi"))
    parts.ambiguous = not has_context
    if parts.day_period is not None:
        parts.hour = _with_day_period(hour, parts.day_period)
    return parts


def _with_day_period(hour: int, period: str) -> int:
    if period == "pm" and 1 <= hour <= 11:
        return hour + 12
    if period == "noon" and 1 <= hour <= 5:
        return hour + 12
    if period == "am" and hour == 12:
        return 0
    return hour
