"""The fields of a date in the grammar: the fragments that match a day, a month, a year with
its era and a weekday, and the functions that read those fields back from a match.

A fragment names its groups (``m``, ``d``, ``y``, ``e``, ``w``, with a suffix when a pattern
holds two); the reader of the same field reads the group of the same name.
"""

from __future__ import annotations

import re

import attrs

from factcmp.kinds.dates.grammar.fragments import (
    END,
    NUM_START,
    SEP,
    START,
    Fragments,
    group,
    int_in,
    letter_value,
    number_in,
)
from factcmp.kinds.dates.lexicon import DateLexicon, alternation, key
from factcmp.kinds.dates.parts import DateParts

# Years in letters: the thousands a Hebrew year leaves implied, and the years read (5600-5999 AM,
# 1839-2239 CE): letters outside them are an acronym, not a year.
_THOUSAND = 1000
_IMPLIED_THOUSANDS = 5000
_HEBREW_YEARS = (5600, 5999)
# The last word before a position (``search(text, start - reach, start)``).
LAST_WORD = re.compile(r"(\w+)\s+\Z")


@attrs.frozen
class Fields:
    """Fragments of the fields of a date, on the word fragments of one language."""

    p: Fragments

    def month(self, name: str, *, after_day: bool = False) -> str:
        """A month name; ``after_day``: it may be glued to the day's digits before it («۱۶شهریور»)."""
        p = self.p
        suffix = p.words("month_suffix")
        dot = "|\\." if p.lex.lang == "en" else ""  # «Sept.»
        start = f"(?:{START}|(?<=\\d))" if after_day else START
        return f"{start}{p.clitic()}(?P<{name}>{alternation(p.lex.months)})(?:{suffix}{dot})?{END}"

    def second_month(self) -> str:
        """«30 أيلول/سبتمبر»: the month named again, in another calendar, after a slash."""
        return f"(?:\\s*/\\s*{self.month('m2')})?"

    def weekday(self, name: str, glued: str = "") -> str:
        """A weekday name, and what may be written onto it (``glued``: «سه‌شنبه‌شب»)."""
        return f"{START}{self.p.clitic()}(?P<{name}>{alternation(self.p.lex.weekdays)}){glued}{END}"

    def day(self, name: str, *, after_dash: bool = False) -> str:
        start = r"(?<![\d.,/:])" if after_dash else NUM_START
        clitic = self.p.number_clitic()
        # «17th», «۱۷م», and the endings a language lists as day_suffix («18-го», «13-е»)
        suffixes = f"st|nd|rd|th|ام|م|{self.p.words('day_suffix')}"
        digits = f"{start}{clitic}(?:ال)?(?P<{name}>[0-3]?\\d)(?:{suffixes})?(?![\\d%]|[.,/:]\\d)"
        letters = self.p.letter_numeral(name)
        return f"(?:{digits}|{self.p.ordinal(name)}{'|' + letters if letters else ''})"

    def year(self, name: str, *, after_dash: bool = False) -> str:
        start = r"(?<![\d.,/:])" if after_dash else NUM_START  # «2011-2015», «و2015»
        clitic = "" if after_dash else self.p.number_clitic()  # «ב-2015»
        # not the 1990s, nor «1990-х» (a year with a case ending is a decade or an ordinal)
        digits = f"{start}{clitic}(?P<{name}>[12]\\d{{3}})(?!\\d|[.,]\\d|\\s*%|'?s(?!\\w)|-[^\\W\\d])"
        letters = self.p.letter_numeral(name, year=True)  # «תשע"ט»
        return f"(?:{digits}|{letters})" if letters else digits

    def short_year(self, name: str) -> str:
        """«۲۶ شهریور ۹۴»: Persian writes Solar Hijri years with two digits."""
        return f"\\s+{NUM_START}(?P<{name}>\\d{{2}})(?![\\d%]|[.,/:]\\d)"

    def era(self, name: str) -> str:
        return f"(?:\\s*(?P<{name}>{alternation(self.p.lex.year_markers)})(?![\\w]))?"

    def year_tail(self, suffix: str = "") -> str:
        of, year_word = self.p.words("of"), self.p.words("year")
        return f"(?:{SEP}(?:{of}\\s+)?(?:{year_word}\\s*)?{self.year('y' + suffix)}{self.era('e' + suffix)})?"

    def month_ref(self, suffix: str = "", *, after_day: bool = False) -> str:
        """A month by name, or «شهر» followed by its number («شهر 3», «الشهر الثامن»)."""
        p = self.p
        month_word = p.words("month")
        return (
            f"(?:(?:{START}{p.clitic()}{month_word}\\s+)?{self.month('m' + suffix, after_day=after_day)}"
            f"|{START}{p.clitic()}{month_word}\\s+(?:{p.number('mn' + suffix)}|{p.ordinal('mo' + suffix)}))"
        )


def month_in(match: re.Match[str], lex: DateLexicon, suffix: str = "") -> tuple[str, int, bool] | None:
    """The calendar, number and ambiguity of the month a match names or numbers."""
    word = group(match, "m" + suffix)
    if word is not None:
        month = lex.months[key(word)]
        return month.calendar, month.number, month.ambiguous
    number = number_in(match, lex, "mn" + suffix) or number_in(match, lex, "mo" + suffix)
    if number is not None and 1 <= number <= 12:
        return "gregorian", number, False
    return None


def year_in(match: re.Match[str], lex: DateLexicon, suffix: str = "") -> tuple[int | None, str | None]:
    """The year of a match and the calendar its era mark names; a year in letters is a Hebrew one,
    its thousands implied when not written («תשע"ט» is 5779)."""
    year = int_in(match, "y" + suffix)
    era = group(match, "e" + suffix)
    letters = group(match, "y" + suffix + "_l")
    if letters is not None:
        year = letter_value(letters, lex.letters)
        year += _IMPLIED_THOUSANDS if year < _THOUSAND else 0
        return (year, "hebrew") if _HEBREW_YEARS[0] <= year <= _HEBREW_YEARS[1] else (None, None)
    return year, (lex.year_markers.get(key(era)) if era else None)


def weekday_in(match: re.Match[str], lex: DateLexicon, name: str = "w") -> tuple[str, bool] | None:
    word = group(match, name)
    if word is None:
        return None
    weekday = lex.weekdays[key(word)]
    return weekday.name, weekday.ambiguous


def shift_in(match: re.Match[str], lex: DateLexicon) -> int | None:
    """The shift a relative word before or after the expression gives it (-1, 0, 1)."""
    for name in ("rb", "ra"):
        word = group(match, name)
        if word is not None:
            return lex.relative_words[key(word)][0]
    return None


def after_a_word_of(text: str, position: int, words: frozenset[str], clitics: frozenset[str] = frozenset()) -> bool:
    """Whether the word before ``position`` is one of ``words``, bare or after one of ``clitics``
    («في رمضان», «در مهر»: a month name that is also a given name or a common word is the month
    after a preposition of time; «وفي 22/4»)."""
    before = LAST_WORD.search(text, max(0, position - 16), position)
    if before is None:
        return False
    word = key(before.group(1))
    return word in words or (word[:1] in clitics and word[1:] in words)


def date_in(match: re.Match[str], lex: DateLexicon, *, day_name: str = "d", suffix: str = "") -> DateParts | None:
    """A date of a month (its day, its year if given) from the groups of a match."""
    month = month_in(match, lex, suffix)
    if month is None:
        return None
    calendar, number, ambiguous = month
    year, era = year_in(match, lex, suffix)
    day = number_in(match, lex, day_name) if day_name else None
    parts = DateParts("date", match.start(), match.end(), calendar=calendar, month=number, day=day, year=year)
    named = group(match, "m" + suffix) is not None
    after_month_word = named and bool(match.string[match.start() : match.start("m" + suffix)].strip())
    parts.ambiguous = (
        ambiguous
        and day is None
        and year is None
        and not after_month_word
        and not (named and after_a_word_of(match.string, match.start(), lex.words("during")))
    )
    parts.ordinal_day = group(match, day_name + "_w") is not None if day_name else False
    _set_year_calendar(parts, era)
    if day is not None and not 1 <= day <= 31:
        return None
    weekday = weekday_in(match, lex)
    if weekday:
        parts.weekday = weekday[0]
    return parts


def _set_year_calendar(parts: DateParts, era: str | None) -> None:
    """The calendar of a month's year: its era mark, else the month's own; a Hijri month with a
    year past 1600 («رمضان 2019») is the one in that Gregorian year."""
    if parts.year is None:
        return
    year_cal = era or ("gregorian" if parts.calendar == "hijri" and parts.year > 1600 else parts.calendar)
    if year_cal != parts.calendar:
        parts.year_calendar = year_cal


def year_calendar(year: int, lang: str) -> str:
    """The calendar a bare 4-digit year is in: 13xx-14xx are Solar Hijri in Persian, Hijri in Arabic."""
    if 1300 <= year <= 1499:
        return "jalali" if lang == "fa" else "hijri" if lang == "ar" else "gregorian"
    return "gregorian"
