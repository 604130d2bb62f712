"""Rules for dates relative to the report and for spans of time: a named day («أمس», «پریروز»),
a unit and its shift («الأسبوع الماضي», «امسال», «last week»), a span before or after now
(«قبل 3 أيام», «۳ روز پیش», «in two weeks») and a span alone («خمسة ساعات», «يومين»)."""

from __future__ import annotations

import re
from functools import cache

from factcmp.kinds.dates.grammar.fields import Fields, shift_in
from factcmp.kinds.dates.grammar.fragments import END, START, Fragments, group, number_in
from factcmp.kinds.dates.grammar.rule import RuleSpec, where
from factcmp.kinds.dates.lexicon import DateLexicon, alternation, key, lexicon
from factcmp.kinds.dates.parts import DateParts
from factcmp.text.lang import case_flags


def relative_rules(p: Fragments) -> list[RuleSpec]:
    lex = p.lex
    cal_units, rel_before = alternation(lex.calendar_units), p.relative("before")
    periods = alternation(lex.day_periods)
    plurals = frozenset(unit for unit, (_, count) in lex.calendar_units.items() if count == 0)
    # the rule needs plural units and relative words written after them
    plural_after = plurals if any(pos == "after" for _, pos in lex.relative_words.values()) else frozenset()
    plural_units = alternation(plurals)
    counts = alternation(word for word, (_, ordinal) in lex.numbers.items() if not ordinal)
    return [
        # أمس, مساء أمس, صبح امروز, امروز صبح, yesterday evening: a part of the day before or after it
        (
            f"(?:{p.lead()}(?P<pre>{periods})\\s+)?{START}{p.clitic()}(?P<r>{alternation(lex.relative_days)}){END}"
            f"(?:\\s+(?P<post>{periods}){END})?",
            _read_relday,
            "relday",
        ),
        # يوم 15 من الشهر الجاري, الخامس من الشهر الماضي: a day of a month named relative to the report
        *where(
            lex.words("of"),
            f"(?:{p.lead()}{p.words('day')}\\s+)?{Fields(p).day('d')}\\s+{p.words('of')}"
            f"(?=\\s+(?:{rel_before}\\s+)?{cal_units}(?!\\w))",
            _read_day_of,
            "month_unit",
        ),
        # امسال, پارسال: a unit and its shift in one word
        *where(
            frozenset(lex.relative_units),
            f"{START}{p.clitic()}(?P<ru>{alternation(lex.relative_units)}){END}",
            _read_relative_unit,
            "calendar_unit",
        ),
        # الأسبوع الماضي, هذا العام, سال آینده, last week, الأسابيع الثلاثة القادمة, the next three weeks
        (
            f"(?:{START}(?P<rb>{rel_before})\\s+(?:{p.number('nb')}\\s+)?)?{START}{p.clitic()}(?P<u>{cal_units})"
            f"(?:\\s+{p.number('n')})?"
            f"(?:\\s+(?P<ra>{p.relative('after')})(?!\\w))?",
            _read_relunit,
            "calendar_unit",
        ),
        # בשלוש השנים האחרונות, ב-3 החודשים האחרונים: the number before a plural unit, a relative word after
        *where(
            plural_after,
            f"{p.lead()}(?:(?P<n>\\d{{1,2}})|(?P<n_w>{counts}))\\s+{START}{p.clitic()}(?P<u>{plural_units})\\s+"
            f"(?P<ra>{p.relative('after')})(?!\\w)",
            _read_relunit,
            "calendar_unit",
        ),
    ]


def span_rules(p: Fragments) -> list[RuleSpec]:
    lex = p.lex
    units, numbers = alternation(lex.time_units), p.number("n")
    about = p.words("about")  # «قبل نحو أسبوعين», «حدود دو هفته پیش»: an approximate span is still one
    return [
        # قبل 3 أيام, منذ سنتين, قبل أيام, بعد يومين, 3 days ago, ۳ روز پیش: «ago» before or after
        # the span, in the languages that put it there
        *where(
            lex.words("ago") | lex.words("later"),
            f"{START}(?:(?P<ago>{p.words('ago')})|{p.words('later')})\\s+(?:{about}\\s+)?(?:{numbers}\\s*)?"
            f"(?P<u>{units}){END}",
            _read_ago,
            "unit",
        ),
        *where(
            lex.words("ago_after") | lex.words("later_after"),
            f"(?:(?:{START}{about}\\s+)?{numbers}\\s*)?{START}(?P<u>{units})\\s+"
            f"(?:(?P<ago>{p.words('ago_after')})|{p.words('later_after')})"
            f"{END}",
            _read_ago,
            "unit",
        ),
        # لمدة عام, نصف ساعة, for an hour, سنة واحدة, شهر كامل: one unit, or half of one, with the word
        # that makes it a span (a bare singular unit is a word, not a span of time)
        *where(
            lex.words("span_for") | lex.words("half") | lex.words("span_one"),
            f"(?:{START}(?:(?P<for>{p.words('span_for')})|(?P<half>{p.words('half')}))\\s+"
            f"(?:{START}(?P<ind>{p.words('indef')})\\s+)?)?{START}(?P<u>{units})"
            f"(?:\\s+(?P<one>{p.words('span_one')}))?{END}",
            _read_one_unit,
            "unit",
        ),
        # 3 أيام, خمسة ساعات, يومين, five hours
        (f"{numbers}\\s*{START}(?P<u>{units}){END}", _read_duration, "unit"),
        (f"{p.lead()}(?P<u>{units}){END}", _read_duration, "unit"),
    ]


def _read_relday(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    parts = DateParts("relday", match.start(), match.end(), day_offset=lex.relative_days[key(match.group("r"))])
    period = match.group("pre") or match.group("post")
    parts.day_period = lex.day_periods[key(period)] if period else None
    return parts


def _read_day_of(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    day = number_in(match, lex, "d")
    if day is None or not 1 <= day <= 31:
        return None
    return DateParts("day_of", match.start(), match.end(), day=day)


def _read_relative_unit(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    word = key(match.group("ru"))
    unit, shift = lex.relative_units[word]
    parts = DateParts("relunit", match.start(), match.end(), unit=unit, shift=shift, count=1)
    parts.calendar = lex.unit_calendars.get(word, parts.calendar)
    return parts


def _read_relunit(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    shift = shift_in(match, lex)
    if shift is None:
        return None
    word = key(match.group("u"))
    unit, unit_count = lex.calendar_units[word]
    count = number_in(match, lex, "n")
    if count is None:
        count = number_in(match, lex, "nb")
    parts = DateParts(
        "relunit", match.start(), match.end(), unit=unit, shift=shift, count=unit_count if count is None else count
    )
    parts.calendar = lex.unit_calendars.get(word, parts.calendar)
    return parts


def _read_ago(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    unit, unit_count = lex.time_units[key(match.group("u"))]
    count = number_in(match, lex, "n")
    if count is None:
        count = unit_count or None  # «قبل أيام»: a plural without a number is vague
    direction = -1 if group(match, "ago") else 1
    if _of_event(lex.lang).match(match.string, match.end()):  # «بعد عامين من المعارك»: a span after an event
        if count is None:
            return None
        groups = match.groupdict()
        start = min((match.start(g) for g in ("n", "n_w", "u") if groups.get(g)), default=match.start())
        return DateParts("duration", start, match.end(), unit=unit, count=count)
    return DateParts("ago", match.start(), match.end(), unit=unit, count=count, shift=direction)


@cache
def _of_event(lang: str) -> re.Pattern[str]:
    flags = case_flags(lang)
    return re.compile(f"\\s+{alternation(lexicon(lang).words('of_event'))}(?!\\w)", flags)


# Half of a unit, said in the next smaller one: نصف ساعة is 30 minutes.
_HALF_UNITS = {
    "minute": ("second", 30),
    "hour": ("minute", 30),
    "day": ("hour", 12),
    "month": ("day", 15),
    "year": ("month", 6),
}


def _read_one_unit(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    groups = match.groupdict()
    unit, unit_count = lex.time_units[key(match.group("u"))]
    if unit_count != 1 or not (groups.get("for") or groups.get("half") or groups.get("one")):
        return None  # a plural, a dual (read by the next rule) or a bare word
    if groups.get("half"):
        if unit not in _HALF_UNITS:
            return None
        unit, count = _HALF_UNITS[unit]
        return DateParts("duration", match.start(), match.end(), unit=unit, count=count)
    start = match.start("ind" if groups.get("ind") else "u") if groups.get("for") else match.start()  # not «لمدة»
    return DateParts("duration", start, match.end(), unit=unit, count=1)


def _read_duration(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    unit, unit_count = lex.time_units[key(match.group("u"))]
    count = number_in(match, lex, "n")
    if count is None:
        if unit_count == 1 and _one_unit_alone(match, lex):
            count = 1  # «شهر.» as all a caption, a list item or an answer says: one month
        elif unit_count < 2:
            return None  # a bare singular unit in a sentence («شهر رمضان», «يوم») is a word, not a span of time
        else:
            count = unit_count  # a dual («يومين»), or a word that says its count («полгода»: 6 months)
    elif count == 0:
        return None
    return DateParts("duration", match.start(), match.end(), unit=unit, count=count)


_SENTENCE_ENDS = ".!?؟\n"
_NOISE = " \t\r\"'«»“”()[]:-–"


def _one_unit_alone(match: re.Match[str], lex: DateLexicon) -> bool:
    """A singular unit word that is all its sentence says, and no other word of the lexicon:
    «second», «ثانية» alone stay the ordinal, «лета» the season."""
    word = key(match.group("u"))
    if word in lex.numbers or word in lex.seasons or word in lex.months:
        return False
    return _alone_in_sentence(match.string, match.start(), match.end())


def _alone_in_sentence(text: str, start: int, end: int) -> bool:
    """Whether nothing but punctuation stands around ``text[start:end]`` in its sentence (read
    outwards from it only as far as that punctuation goes)."""
    before, after = start, end
    while before > 0 and text[before - 1] in _NOISE:
        before -= 1
    while after < len(text) and text[after] in _NOISE:
        after += 1
    opens = before == 0 or text[before - 1] in _SENTENCE_ENDS
    return opens and (after == len(text) or text[after] in _SENTENCE_ENDS)
