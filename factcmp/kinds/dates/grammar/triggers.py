"""Where the date grammar reads: windows of text around digits and the words without which no
date expression exists (months, weekdays, units, «اليوم», «الساعة» ...), each with the kinds of
rule its triggers let run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

import attrs

from factcmp.kinds.dates.lexicon import ZONE_CODES, DateLexicon, alternation, key, lexicon
from factcmp.text.lang import case_flags

# How far an expression may reach before and after the word that makes it a date candidate.
_REACH_BEFORE = 32
_REACH_AFTER = 24


@cache
def _trigger_words(lang: str) -> dict[str, frozenset[str]]:
    """Words without which no date expression exists (months, weekdays, units, «اليوم», «الساعة» ...),
    each with the kinds of rule it lets run."""
    lex = lexicon(lang)
    long_ordinals = [word for word, (value, ordinal) in lex.numbers.items() if ordinal and value > 12]
    tables: dict[str, Iterable[str]] = {
        # ordinal days past 12 («السادس والعشرين») start day ranges far before their month
        "month": [*lex.months, *lex.words("month"), *long_ordinals],
        "weekday": lex.weekdays,
        "relday": lex.relative_days,
        "unit": lex.time_units,
        "calendar_unit": [*lex.calendar_units, *lex.relative_units],
        # narrower kinds for the rules about one unit: «آخر يوم من», «الأسبوع الأول من», «15 من الشهر الجاري»
        "day_unit": [*lex.words("day"), *_units_of(lex, "day")],
        "week_unit": _units_of(lex, "week"),
        "month_unit": _units_of(lex, "month"),
        "season": lex.seasons,
        "holiday": lex.holidays,
        "hour": [
            *lex.words("hour"),
            *lex.words("hour_preposition"),
            *lex.words("hour_after"),
            *lex.day_periods,
            *lex.words("midnight"),
            *lex.words("noon"),
        ],
        "zone": [*lex.time_zones, *ZONE_CODES],
        "not_date": lex.not_dates,
        # a year written in letters has no digit to open its window: its year word does («בשנת תשע"ט»)
        "digit": lex.words("year") if lex.letters else (),
    }
    # Function words («في», «هذا», «من») inside multi-word entries would make every sentence a candidate.
    function_words = (
        frozenset().union(*lex.roles.values()) - lex.words("hour") - lex.words("hour_preposition") - lex.words("month")
    )
    standalone = frozenset(entry for table in tables.values() for entry in table if " " not in entry)
    found: dict[str, set[str]] = {}
    for kind, table in tables.items():
        for entry in table:
            found.setdefault(_trigger_token(entry.split(), standalone, function_words), set()).add(kind)
    return {token: frozenset(kinds) for token, kinds in found.items()}


@cache
def trigger_words(lang: str, kinds: frozenset[str]) -> frozenset[str]:
    """The triggers that let a rule needing any of ``kinds`` run: its words, and the digits
    where digits let it run."""
    words = {word for word, found in _trigger_words(lang).items() if not found.isdisjoint(kinds)}
    return frozenset(words | (_DIGIT_TEXTS if not kinds.isdisjoint(_DIGIT_KINDS) else set()))


def _trigger_token(tokens: list[str], standalone: frozenset[str], function_words: frozenset[str]) -> str:
    """The one word of a lexicon entry that marks where it may stand: a date word of its own if the
    entry has one («اليوم» in «روسيا اليوم»), else its longest content word («غد» in «بعد غد»). One word is enough, as
    the entry matches only where all its words are; each extra one would open windows for nothing
    («روسيا» alone, «بعد» alone)."""
    own = [token for token in tokens if token in standalone]
    content = [token for token in tokens if token not in function_words]
    return max(own or [token for token in content if len(token) > 2] or content or tokens, key=len)


def _units_of(lex: DateLexicon, unit: str) -> list[str]:
    """The words of the time and calendar units that name ``unit`` (يوم, أيام; الأسبوع; الشهر)."""
    return [word for word, (named, _) in {**lex.calendar_units, **lex.time_units}.items() if named == unit]


_DIGIT = frozenset({"digit"})
_WORD_END = re.compile(r"\w*")
# Windows widen to whole words, but never further than this: a letter soup with digits in it
# («aaaa…1aaaa…1») would otherwise have every window reach the end of one endless word.
_LONGEST_WORD = 64


_TRIGGER_DIGITS = re.compile(r"\d\d*(?:(?P<numeric>[/.\-]\d)|(?P<clock>:\d))?")


@cache
def _trigger_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A trigger word, with a clitic before it («وأمس») or a suffix after it («شهریورماه», «سه‌شنبه‌شب»):
    after a character that is not a letter, and at the start of the text.

    The scan of the whole text starts with that separator, not with a look-behind, so that the
    regex engine skips in C every position inside a word (twice as fast on Arabic text).
    """
    lex = lexicon(lang)
    clitics = sorted(lex.words("clitic"))
    words = list(_trigger_words(lang))
    words += [clitic + word for clitic in clitics for word in words]
    suffix = alternation(lex.words("month_suffix") | lex.words("weekday_suffix"))  # «شهریورماه», «سه‌شنبه‌شب»
    flags = case_flags(lang)
    trigger = f"(?P<t>{alternation(words)})(?:{suffix})?(?!\\w)"
    # after a digit too: «۱۶شهریور», «۷اوت», a day glued to its month in web text
    return re.compile(f"[\\W\\d]{trigger}", flags), re.compile(trigger, flags)


def _trigger_matches(folded: str, lang: str) -> list[re.Match[str]]:
    after_separator, at_start = _trigger_patterns(lang)
    opening = at_start.match(folded)
    return [*([opening] if opening else []), *after_separator.finditer(folded)]


_NUMERIC_DATE = frozenset({"digit", "numeric_date"})
_CLOCK = frozenset({"digit", "clock"})
_DIGIT_KINDS = _NUMERIC_DATE | _CLOCK
_DIGIT_TEXTS = frozenset("0123456789")


def _digit_kinds(found: re.Match[str]) -> frozenset[str]:
    """Digits let the year rules run; «17/9», «10:14» also the numeric-date and clock rules."""
    if found.group("numeric"):
        return _NUMERIC_DATE
    return _CLOCK if found.group("clock") else _DIGIT


@attrs.frozen
class Window:
    start: int
    end: int
    kinds: frozenset[str]


def _trigger_start(match: re.Match[str]) -> int:
    return match.start(match.re.groupindex["t"]) if match.re is not _TRIGGER_DIGITS else match.start()


def candidate_windows(folded: str, lang: str) -> list[Window]:
    """Stretches of text around digits and trigger words, merged; the grammar reads only these,
    and in each only the rules its trigger words allow.

    Two regex scans (digits, trigger words) find the triggers, so a text without a date word
    («1,000,000 spaces») costs little and the rules run on a small part of a news report.
    """
    triggers = _trigger_words(lang)
    found_all = [*_trigger_matches(folded, lang), *_TRIGGER_DIGITS.finditer(folded)]
    found_all.sort(key=_trigger_start)  # one sort in C beats merging two streams in Python
    starts: list[int] = []
    ends: list[int] = []
    kinds_of: list[frozenset[str]] = []
    for found in found_all:
        word = found.group("t") if found.re is not _TRIGGER_DIGITS else None
        if word is None:
            kinds = _digit_kinds(found)
        else:
            word = key(word)
            kinds = triggers.get(word) or triggers.get(word[1:], _DIGIT)  # with or without its clitic
        start, end = _trigger_start(found) - _REACH_BEFORE, found.end() + _REACH_AFTER
        if ends and start <= ends[-1]:
            ends[-1] = end
            kinds_of[-1] = kinds_of[-1] | kinds
        else:
            starts.append(start)
            ends.append(end)
            kinds_of.append(kinds)
    length = len(folded)
    return [
        Window(_word_start(folded, max(0, start)), _word_end(folded, min(length, end)), kinds)
        for start, end, kinds in zip(starts, ends, kinds_of, strict=True)
    ]


def _word_start(folded: str, position: int) -> int:
    """``position``, moved back to the start of the word it falls in (at most _LONGEST_WORD)."""
    limit = max(0, position - _LONGEST_WORD)
    while position > limit and _is_word_char(folded[position - 1]):
        position -= 1
    return position


def _word_end(folded: str, position: int) -> int:
    """``position``, moved forward to the end of the word it falls in (at most _LONGEST_WORD)."""
    match = _WORD_END.match(folded, position, position + _LONGEST_WORD)
    return match.end() if match else position


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \w matches
