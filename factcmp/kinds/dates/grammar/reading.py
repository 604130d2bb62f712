"""The date grammar: regexes built from one language's lexicon find pieces of dates («22 من
تشرين الأول», «الجمعة», «الساعة 23:00», «أوائل»), then neighbouring pieces are joined
(weekday + date, date + time, part + month, ranges) by what stands between them.

Everything works on folded text (factcmp.text.normalize), so spelling variants of one word
meet. All regexes are compiled once per language and have no nested quantifiers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache

import attrs

from factcmp.kinds.dates.lexicon import DateLexicon, alternation, key, lexicon
from factcmp.kinds.dates.parts import DateParts
from factcmp.kinds.numeral import read_numbers

_SEP = r"\s*[,،]?\s*"
_START = r"(?<![\w])"
_END = r"(?![\w])"
_NUM_START = r"(?<![\w.,/:\-])"
_NUM_END = r"(?![\d]|[.,/:]\d)"

Reader = Callable[[re.Match[str], DateLexicon], DateParts | None]
# A compiled pattern, the reader of its matches, and the trigger kinds that let it run.
Rule = tuple[re.Pattern[str], Reader, frozenset[str]]


_CLITIC_GROUP = "cl"


@attrs.define
class _Piece:
    """Regex fragments of one language, each wrapped as a whole word."""

    lex: DateLexicon
    clitics: int = 0  # clitic groups made so far: each needs its own name

    def words(self, role: str) -> str:
        return alternation(self.lex.words(role))

    def clitic(self) -> str:
        letters = "".join(sorted(w for w in self.lex.words("clitic") if len(w) == 1))
        if not letters:
            return ""
        self.clitics += 1
        return f"(?P<{_CLITIC_GROUP}{self.clitics}>[{re.escape(letters)}](?=\\w))?"

    def word(self, alt: str, name: str | None = None) -> str:
        core = f"(?P<{name}>{alt})" if name else alt
        return f"{_START}{core}{_END}"

    def month(self, name: str) -> str:
        suffix = self.words("month_suffix")
        dot = "|\\." if self.lex.lang == "en" else ""  # «Sept.»
        return f"{_START}{self.clitic()}(?P<{name}>{alternation(self.lex.months)})(?:{suffix}{dot})?{_END}"

    def weekday(self, name: str) -> str:
        return f"{_START}{self.clitic()}(?P<{name}>{alternation(self.lex.weekdays)}){_END}"

    def ordinal(self, name: str) -> str:
        """An ordinal word; its group is ``name + "_w"`` so that ``_number`` reads it like a number."""
        words = [w for w, (_, is_ordinal) in self.lex.numbers.items() if is_ordinal]
        return self.word(alternation(words), name + "_w")

    def number(self, name: str) -> str:
        words = [w for w, (_, is_ordinal) in self.lex.numbers.items() if not is_ordinal]
        return f"(?:{_NUM_START}(?P<{name}>\\d{{1,4}}){_NUM_END}|{self.word(alternation(words), name + '_w')})"

    def day(self, name: str, *, after_dash: bool = False) -> str:
        start = r"(?<![\d.,/:])" if after_dash else _NUM_START
        digits = f"{start}(?:ال)?(?P<{name}>[0-3]?\\d)(?:st|nd|rd|th|ام|م)?(?![\\d%]|[.,/:]\\d)"
        return f"(?:{digits}|{self.ordinal(name)})"

    def year(self, name: str, *, after_dash: bool = False) -> str:
        start = r"(?<![\d.,/:])" if after_dash else _NUM_START  # «2011-2015», «و2015»
        return f"{start}(?P<{name}>[12]\\d{{3}})(?!\\d|[.,]\\d|\\s*%|'?s(?!\\w))"  # not the 1990s

    def short_year(self, name: str) -> str:
        """«۲۶ شهریور ۹۴»: Persian writes Solar Hijri years with two digits."""
        return f"\\s+{_NUM_START}(?P<{name}>\\d{{2}})(?![\\d%]|[.,/:]\\d)"

    def era(self, name: str) -> str:
        return f"(?:\\s*(?P<{name}>{alternation(self.lex.year_markers)})(?![\\w]))?"

    def year_tail(self, suffix: str = "") -> str:
        of, year_word = self.words("of"), self.words("year")
        return f"(?:{_SEP}(?:{of}\\s+)?(?:{year_word}\\s*)?{self.year('y' + suffix)}{self.era('e' + suffix)})?"

    def minutes(self) -> str:
        """Minutes after an hour: «و18 دقيقة», «وثمانية عشر دقيقة», «وربع», «إلا ثلث», «و 47 ثانیه»."""
        glued_number = f"(?:(?P<mi>\\d{{1,2}})(?!\\d)|(?P<mi_w>{alternation(self.lex.numbers)})(?!\\w))"
        fraction = f"(?P<fr>{alternation(self.lex.time_fractions)})(?!\\w)"
        minute_word, and_word = self.words("minute"), self.words("and")
        seconds = f"(?:\\s+{and_word}\\s*(?P<s>\\d{{1,2}})\\s*\\w+)?"
        after = f"\\s+{and_word}\\s*(?:{glued_number}\\s*(?:{minute_word})?{seconds}|{fraction})"
        before = f"\\s+{self.words('except')}\\s*(?P<ex>{alternation(self.lex.time_fractions)})(?!\\w)"
        return f"(?:{after}|{before})?"

    def month_ref(self, suffix: str = "") -> str:
        """A month by name, or «شهر» followed by its number («شهر 3», «الشهر الثامن»)."""
        month_word = self.words("month")
        return (
            f"(?:(?:{_START}{self.clitic()}{month_word}\\s+)?{self.month('m' + suffix)}"
            f"|{_START}{self.clitic()}{month_word}\\s+(?:{self.number('mn' + suffix)}|{self.ordinal('mo' + suffix)}))"
        )


def _int(match: re.Match[str], name: str) -> int | None:
    text = match.groupdict().get(name)
    return int(text) if text is not None else None


def _number(match: re.Match[str], lex: DateLexicon, name: str) -> int | None:
    """The value of a number group: digits, or a word from the number lexicon."""
    value = _int(match, name)
    if value is not None:
        return value
    word = match.groupdict().get(name + "_w")
    return None if word is None else number_word_value(word, lex)


@lru_cache(maxsize=4096)
def _shared_reading(word: str, lang: str) -> int | None:
    """The value the shared number reader gives a whole word, if it reads it as one whole number."""
    readings = read_numbers(word, lang)
    if len(readings) == 1 and readings[0].start == 0 and readings[0].end == len(word):
        value = readings[0].value
        return int(value) if float(value).is_integer() else None
    return None


def number_word_value(word: str, lex: DateLexicon) -> int | None:
    """A number word's value: read by factcmp.kinds.numeral, else from the date grammar's own list
    (date_numbers.tsv, which also says which words may stand in a date)."""
    folded = key(word)
    value = _shared_reading(folded, lex.lang)
    if value is None:
        found = lex.numbers.get(folded)
        value = found[0] if found else None
    return value


def _month(match: re.Match[str], lex: DateLexicon, suffix: str = "") -> tuple[str, int, bool] | None:
    word = match.groupdict().get("m" + suffix)
    if word is not None:
        month = lex.months[key(word)]
        return month.calendar, month.number, month.ambiguous
    number = _number(match, lex, "mn" + suffix) or _number(match, lex, "mo" + suffix)
    if number is not None and 1 <= number <= 12:
        return "gregorian", number, False
    return None


def _year(match: re.Match[str], lex: DateLexicon, suffix: str = "") -> tuple[int | None, str | None]:
    year = _int(match, "y" + suffix)
    era = match.groupdict().get("e" + suffix)
    return year, (lex.year_markers.get(key(era)) if era else None)


def _weekday(match: re.Match[str], lex: DateLexicon, name: str = "w") -> tuple[str, bool] | None:
    word = match.groupdict().get(name)
    if word is None:
        return None
    weekday = lex.weekdays[key(word)]
    return weekday.name, weekday.ambiguous


def _date(match: re.Match[str], lex: DateLexicon, *, day_name: str = "d", suffix: str = "") -> DateParts | None:
    month = _month(match, lex, suffix)
    if month is None:
        return None
    calendar, number, ambiguous = month
    year, era = _year(match, lex, suffix)
    day = _number(match, lex, day_name) if day_name else None
    parts = DateParts("date", match.start(), match.end(), calendar=calendar, month=number, day=day, year=year)
    named = match.groupdict().get("m" + suffix) is not None
    after_month_word = named and bool(match.string[match.start() : match.start("m" + suffix)].strip())
    parts.ambiguous = ambiguous and day is None and year is None and not after_month_word
    parts.ordinal_day = match.groupdict().get(day_name + "_w") is not None if day_name else False
    _set_year_calendar(parts, era)
    if day is not None and not 1 <= day <= 31:
        return None
    weekday = _weekday(match, lex)
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


# --- readers: one per pattern, each turning a match into DateParts (or None to drop it) ---


def _read_dmy(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    parts = _date(match, lex)
    if parts is not None and parts.ordinal_day and _after_week_word(match, lex):
        return None  # «الأسبوع الأول من نيسان»: the first week of April, not 1 April
    if parts is not None and match.groupdict().get("m2") and _month(match, lex, "2") is None:
        return None
    short = _int(match, "ys")
    if parts is not None and short is not None:
        if parts.calendar != "jalali":
            return None
        parts.year = short + (1400 if short < 50 else 1300)
    if parts is not None and parts.year is None:
        parts.shift = _shift(match, lex)  # «15 آذار الماضي»: in the last March
    return parts


_LAST_WORD = re.compile(r"(\w+)\s+\Z")
# Years further apart than this are two numbers, not a range («1948-2023» is one; «1500-2000» not).
_LONGEST_SPAN = 100


def _after_week_word(match: re.Match[str], lex: DateLexicon) -> bool:
    before = _LAST_WORD.search(match.string, max(0, match.start() - 24), match.start())
    if before is None:
        return False
    word = key(before.group(1))
    return (lex.calendar_units.get(word) or lex.time_units.get(word) or ("", 0))[0] == "week"


def _read_mdy(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    parts = _date(match, lex)
    if parts is None or (parts.year is None and lex.lang != "en"):
        return None
    return parts


def _read_day_range(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    first = _date(match, lex)
    last_day = _number(match, lex, "d2")
    if first is None or last_day is None or not 1 <= last_day <= 31 or first.day is None or last_day <= first.day:
        return None
    first.range_end = attrs.evolve(first, day=last_day, range_end=None)
    return first


def _read_month(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    parts = _date(match, lex, day_name="")
    if parts is not None and parts.year is None:
        parts.shift = _shift(match, lex)
        parts.ambiguous = parts.ambiguous and parts.shift is None  # «مارس الماضي» is the month
    return parts


def _read_year(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    year, era = _year(match, lex)
    if year is None:
        return None
    parts = DateParts("date", match.start(), match.end(), year=year)
    parts.calendar = era or year_calendar(year, lex.lang)
    year_word = match.groupdict().get("yw")
    parts.ambiguous = year_word is not None and key(year_word) in lex.words("year_after_date")
    return parts


def _read_day_of(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    day = _number(match, lex, "d")
    if day is None or not 1 <= day <= 31:
        return None
    return DateParts("day_of", match.start(), match.end(), day=day)


def _read_year_range(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    """Two bare years make a range only in order and within a lifetime of each other; «2000-3000»
    or «2015-2011» are numbers."""
    first, last = _read_year(match, lex), _int(match, "y2")
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
    return DateParts("date", match.start(), match.end(), year=int(match.group("y")), unit="decade")


def _numeric(match: re.Match[str], lex: DateLexicon, year: int, month: int, day: int | None) -> DateParts | None:
    _, era = _year(match, lex)
    calendar = era or year_calendar(year, lex.lang)
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return None
    parts = DateParts("date", match.start(), match.end(), calendar=calendar, year=year, month=month, day=day)
    weekday = _weekday(match, lex)
    if weekday:
        parts.weekday = weekday[0]
    return parts


def _read_numeric_dmy(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    text = match.group("y")
    if len(text) == 2:
        if match.group("sep") == ".":
            return None  # «1.5.20» is more often a version or a score than a date
        year = int(text) + (2000 if int(text) < 50 else 1900)
    else:
        year = int(text)
    return _numeric(match, lex, year, int(match.group("m")), int(match.group("d")))


def _read_numeric_ymd(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    return _numeric(match, lex, int(match.group("y")), int(match.group("m")), int(match.group("d")))


def _read_numeric_my(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    return _numeric(match, lex, int(match.group("y")), int(match.group("m")), None)


def _read_weekday_dm(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    parts = DateParts("date", match.start(), match.end(), month=int(match.group("m")), day=int(match.group("d")))
    if not 1 <= parts.month <= 12 or not 1 <= parts.day <= 31:  # type: ignore[operator]
        return None
    weekday = _weekday(match, lex)
    parts.weekday = weekday[0] if weekday else None
    return parts


_FIRST_WORD = re.compile(r"\s+(\w+)")
_SET_OFF = frozenset('\n،,;؛:()«»"-–—')


def _stands_as_weekday(match: re.Match[str], lex: DateLexicon) -> bool:
    """Whether a bare weekday with the article that also is a word («الاثنين»: the two) is the
    weekday: set off on both sides (commas, brackets, a line of its own: «أعلنت الوزارة، الاثنين،
    أن»), after «منذ», or before the «إن/أن» that follows a reporting verb and its time («قال
    الرئيس الاثنين إن»). Without the article («اثنين», «أحد») it stays a word."""
    if not key(match.group("w")).startswith(tuple(lex.words("article"))):
        return False
    text, start, end = match.string, match.start(), match.end()
    if _neighbour(text, start - 1, -1) in _SET_OFF and _neighbour(text, end, 1) in _SET_OFF:
        return True
    previous = _LAST_WORD.search(text, max(0, start - 24), start)
    following = _FIRST_WORD.match(text, end)
    return (previous is not None and key(previous.group(1)) in lex.words("since")) or (
        following is not None and key(following.group(1)) in lex.words("that")
    )


def _neighbour(text: str, position: int, step: int) -> str:
    """The first character from ``position`` on, in the direction of ``step``, that is not a
    space or a tab; a line break past either end of the text."""
    while 0 <= position < len(text) and text[position] in " \t":
        position += step
    return text[position] if 0 <= position < len(text) else "\n"


def _shift(match: re.Match[str], lex: DateLexicon) -> int | None:
    for name in ("rb", "ra"):
        word = match.groupdict().get(name)
        if word is not None:
            return lex.relative_words[key(word)][0]
    return None


def _read_weekday(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    weekday = _weekday(match, lex)
    if weekday is None:
        return None
    parts = DateParts("weekday", match.start(), match.end(), weekday=weekday[0], shift=_shift(match, lex))
    has_context = parts.shift is not None or bool(match.groupdict().get("pre"))
    parts.ambiguous = weekday[1] and not has_context and not _stands_as_weekday(match, lex)
    period = match.groupdict().get("pre")
    if period and key(period) in lex.day_periods:
        parts.day_period = lex.day_periods[key(period)]
    return parts


def _read_nth_weekday(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    weekday = _weekday(match, lex)
    if weekday is None:
        return None
    parts = DateParts("nth", match.start(), match.end(), weekday=weekday[0])
    if match.groupdict().get("first"):
        parts.nth = 1
    elif match.groupdict().get("last"):
        parts.nth = -1
    else:
        parts.nth = _number(match, lex, "o")
    if parts.nth is None:
        return None
    if parts.nth > 5:  # «السبت السادس عشر»: Saturday the 16th, not the 16th Saturday
        return DateParts("date", match.start(), match.end(), day=parts.nth, weekday=weekday[0])
    return parts


def _read_nth_day(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    return DateParts("nth", match.start(), match.end(), nth=-1 if match.groupdict().get("last") else 1)


def _read_part_of_year(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    year = _int(match, "y")
    if year is None:
        return None
    parts = DateParts("date", match.start(), match.end(), year=year, calendar=year_calendar(year, lex.lang))
    parts.part = lex.period_parts[key(match.group("pt"))]
    return parts


def _read_nth_week(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    groups = match.groupdict()
    nth = 1 if groups.get("first") else -1 if groups.get("last") else _number(match, lex, "o")
    if nth is None or nth > 5:
        return None
    return DateParts("nth", match.start(), match.end(), nth=nth, unit="week")


def _read_relday(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    return DateParts("relday", match.start(), match.end(), day_offset=lex.relative_days[key(match.group("r"))])


def _read_relunit(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    shift = _shift(match, lex)
    if shift is None:
        return None
    unit, unit_count = lex.calendar_units[key(match.group("u"))]
    count = _number(match, lex, "n")
    return DateParts(
        "relunit", match.start(), match.end(), unit=unit, shift=shift, count=unit_count if count is None else count
    )


def _read_relative_unit(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    unit, shift = lex.relative_units[key(match.group("ru"))]
    return DateParts("relunit", match.start(), match.end(), unit=unit, shift=shift, count=1)


def _read_ago(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    unit, unit_count = lex.time_units[key(match.group("u"))]
    count = _number(match, lex, "n")
    if count is None:
        count = unit_count or None  # «قبل أيام»: a plural without a number is vague
    direction = -1 if match.groupdict().get("ago") else 1
    if _of_event(lex.lang).match(match.string, match.end()):  # «بعد عامين من المعارك»: a span after an event
        if count is None:
            return None
        groups = match.groupdict()
        start = min((match.start(g) for g in ("n", "n_w", "u") if groups.get(g)), default=match.start())
        return DateParts("duration", start, match.end(), unit=unit, count=count)
    return DateParts("ago", match.start(), match.end(), unit=unit, count=count, shift=direction)


@cache
def _of_event(lang: str) -> re.Pattern[str]:
    flags = re.IGNORECASE if lang == "en" else 0
    return re.compile(f"\\s+{alternation(lexicon(lang).words('of_event'))}(?!\\w)", flags)


def _read_duration(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    unit, unit_count = lex.time_units[key(match.group("u"))]
    count = _number(match, lex, "n")
    if count is None:
        if unit_count != 2:
            return None  # a bare singular unit («شهر», «يوم») is a word, not a span of time
        count = 2
    elif count == 0:
        return None
    return DateParts("duration", match.start(), match.end(), unit=unit, count=count)


def _read_time(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    hour = _number(match, lex, "h")
    if hour is None:
        hour = _number(match, lex, "ho")
    minute = _number(match, lex, "mi")
    groups = match.groupdict()
    if groups.get("fr"):
        minute = lex.time_fractions[key(groups["fr"])]
    elif groups.get("ex") and hour is not None:  # «الخامسة إلا ثلث»: twenty to five
        hour, minute = hour - 1, 60 - lex.time_fractions[key(groups["ex"])]
    second = _int(match, "s")
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


def _read_holiday(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    parts = DateParts("holiday", match.start(), match.end(), holiday=lex.holidays[key(match.group("hd"))])
    parts.year = _int(match, "y")
    return parts


def _read_prefix(form: str) -> Reader:
    def read(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
        parts = DateParts(form, match.start(), match.end())
        if form == "part":
            parts.part = lex.period_parts[key(match.group("pt"))]
        else:
            parts.unit = lex.calendar_units[key(match.group("u"))][0]
            parts.count = _number(match, lex, "n")
            parts.from_end = bool(match.groupdict().get("last"))
            if parts.count is None:
                return None
        return parts

    return read


def _read_not_date(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    return DateParts("not_date", match.start(), match.end())


def _read_season(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    parts = DateParts("season", match.start(), match.end(), season=lex.seasons[key(match.group("sn"))])
    parts.year = _int(match, "y")
    parts.shift = _shift(match, lex)
    if parts.year is None and parts.shift is None:
        return None
    return parts


@attrs.frozen
class Grammar:
    lex: DateLexicon
    rules: tuple[Rule, ...]
    _rules_for: dict[frozenset[str], tuple[Rule, ...]] = attrs.field(factory=dict, init=False, eq=False, repr=False)

    def rules_for(self, kinds: frozenset[str]) -> tuple[Rule, ...]:
        """The rules a window with triggers of ``kinds`` lets run (windows repeat a few sets of kinds)."""
        found = self._rules_for.get(kinds)
        if found is None:
            found = self._rules_for[kinds] = tuple(rule for rule in self.rules if not kinds.isdisjoint(rule[2]))
        return found


def _where(words: frozenset[str], pattern: str, reader: Reader, needs: str) -> list[tuple[str, Reader, str]]:
    """The rule, if the language has the words it cannot match without: a rule that can never
    match would still cost a scan of every window."""
    return [(pattern, reader, needs)] if words else []


def _rules(p: _Piece) -> list[tuple[str, Reader, str]]:
    """(pattern, reader, the kinds of trigger word (any one) a window needs for the rule to run there)."""
    lex = p.lex
    of, day_word, to = p.words("of"), p.words("day"), p.words("range_to")
    year_word = p.words("year")
    opener = alternation(lex.words("range_open") | lex.words("between"))
    rel_before = alternation(w for w, (_, pos) in lex.relative_words.items() if pos == "before")
    rel_after = alternation(w for w, (_, pos) in lex.relative_words.items() if pos == "after")
    periods = alternation(lex.day_periods)

    def lead() -> str:  # the first word of an expression may carry a clitic («ويوم», «وعام»)
        return f"{_START}{p.clitic()}"

    def weekday_prefix() -> str:
        return f"(?:(?:{lead()}(?P<pre>{periods}|{day_word})\\s+)?)"

    to_sep = f"(?:\\s*[-–]\\s*|\\s+{to}\\s*)"
    month2 = f"(?:\\s*/\\s*{p.month('m2')})?"
    units = alternation(lex.time_units)
    week_units = alternation(
        w for w, (unit, count) in {**lex.calendar_units, **lex.time_units}.items() if unit == "week" and count == 1
    )
    cal_units = alternation(lex.calendar_units)
    numbers = p.number("n")
    hour_word = p.words("hour")
    zone = f"(?:\\s*(?:{p.words('zone')}\\s+)?(?P<z>{alternation(lex.time_zones)}|gmt|utc|GMT|UTC)(?!\\w))"
    period_after = f"(?:\\s*(?P<p>{periods})(?![\\w]))"
    first, last = p.words("first"), p.words("last")
    about = p.words("about")  # «قبل نحو أسبوعين», «حدود دو هفته پیش»: an approximate span is still one
    return [
        (f"{_START}{alternation(lex.not_dates)}{_END}", _read_not_date, "not_date"),
        # 22 من تشرين الأول 2021, الجمعة 22 أكتوبر, 30 أيلول/سبتمبر 2015, ۱۷ سپتامبر ۲۰۱۸
        (
            f"(?:{lead()}{day_word}\\s+)?{p.day('d')}(?:\\s+{of})?\\s+{p.month_ref()}{month2}"
            f"(?:\\s+(?P<ra>{rel_after})(?!\\w)|{p.short_year('ys')}|{p.year_tail()})",
            _read_dmy,
            "month",
        ),
        # ثالث يوم من شهر عشرة
        (f"{p.ordinal('d')}\\s+{day_word}(?:\\s+{of})?\\s+{p.month_ref()}{p.year_tail()}", _read_dmy, "month"),
        # آخر يوم من, اليوم الأخير من
        (f"(?:{_START}(?P<first>{first})|{_START}(?P<last>{last}))\\s+{day_word}{_END}", _read_nth_day, "day_unit"),
        (f"{_START}(?:ال)?{day_word}\\s+(?:(?P<first>{first})|(?P<last>{last})){_END}", _read_nth_day, "day_unit"),
        # September 17, 2018; يوليو 13 2013
        (f"{p.month('m')}\\s+{p.day('d')}{p.year_tail()}", _read_mdy, "month"),
        # 13 الى 15 تموز, من 1-8 شهر ايلول
        (
            f"(?:{_START}{opener}\\s+)?{p.day('d')}{to_sep}{p.day('d2', after_dash=True)}(?:\\s+{of})?\\s+"
            f"{p.month_ref()}{p.year_tail()}",
            _read_day_range,
            "month",
        ),
        # يوليو 13-15, اغسطس 27 الى 29
        (
            f"{p.month('m')}\\s+{p.day('d')}{to_sep}{p.day('d2', after_dash=True)}{p.year_tail()}",
            _read_day_range,
            "month",
        ),
        # أيلول 2015, شهر مارس من عام 2017, شهر آذار
        # مارس الماضي, آذار المقبل, last March: the last or the next such month
        (
            f"(?:{_START}(?P<rb>{rel_before})\\s+)?{p.month_ref()}{month2}"
            f"(?:\\s+(?P<ra>{rel_after})(?!\\w)|{p.year_tail()})",
            _read_month,
            "month",
        ),
        # عام 2015, سال ۱۳۹۷, 1440 هـ
        (f"{lead()}(?P<yw>{year_word})\\s*{p.year('y')}{p.era('e')}", _read_year, "digit"),
        (f"{p.year('y')}\\s*(?P<e>{alternation(lex.year_markers)})(?![\\w])", _read_year, "digit"),
        # من 2009 إلى 2013, بين عامي 2011 و2015, از سال ۲۰۱۱ تا ۲۰۱۵, from 2009 to 2013, 2011-2015
        (
            f"{_START}{opener}\\s+(?:{year_word}\\s*)?{p.year('y')}{to_sep}"
            f"(?:{year_word}\\s*)?{p.year('y2', after_dash=True)}{p.era('e')}",
            _read_year_range,
            "digit",
        ),
        (f"{p.year('y')}\\s*[-–]\\s*{p.year('y2', after_dash=True)}{p.era('e')}", _read_year_range, "digit"),
        # منذ 2011, since 2011: after «since» a bare number is a year
        *_where(
            lex.words("since"), f"{_START}{p.words('since')}\\s+{p.year('y')}{p.era('e')}", _read_year_since, "digit"
        ),
        # the 1990s
        ("(?<![\\w.,/:])(?P<y>[12]\\d{2}0)'?s(?!\\w)", _read_decade, "digit"),  # «mid-1980s»
        # 17/9/2018, ۱۳۹۷/۰۶/۲۶, 2018-09-17, 2/2013, السبت 21/09
        (
            f"{_NUM_START}(?P<d>\\d{{1,2}})(?P<sep>[/.\\-])(?P<m>\\d{{1,2}})(?P=sep)"
            f"(?P<y>\\d{{4}}|\\d{{2}})(?![\\d/:\\-]|[.,]\\d){p.era('e')}",
            _read_numeric_dmy,
            "numeric_date",
        ),
        (
            f"{_NUM_START}(?P<y>\\d{{4}})(?P<sep>[/.\\-])(?P<m>\\d{{1,2}})(?P=sep)(?P<d>\\d{{1,2}})"
            f"(?![\\d/:\\-]|[.,]\\d)",
            _read_numeric_ymd,
            "numeric_date",
        ),
        (f"{_NUM_START}(?P<m>\\d{{1,2}})/(?P<y>\\d{{4}})(?![\\d/]|[.,]\\d)", _read_numeric_my, "numeric_date"),
        (
            f"(?:{day_word}\\s+)?{p.weekday('w')}\\s+(?P<d>\\d{{1,2}})/(?P<m>\\d{{1,2}})(?![\\d/]|[.,]\\d)",
            _read_weekday_dm,
            "weekday",
        ),
        # أول ثلاثاء, ثالث يوم ثلاثاء, الاثنين الأخير, الثلاثاء الثالث
        (
            f"(?:{_START}(?P<first>{first})|{_START}(?P<last>{last})|{p.ordinal('o')})\\s+(?:{day_word}\\s+)?"
            f"{p.weekday('w')}",
            _read_nth_weekday,
            "weekday",
        ),
        (
            f"{p.weekday('w')}\\s+(?:{_START}(?P<first>{first})(?!\\w)|{_START}(?P<last>{last})(?!\\w)|{p.ordinal('o')})",
            _read_nth_weekday,
            "weekday",
        ),
        # مساء الأربعاء, يوم الجمعة الماضي, پنجشنبه گذشته, last Friday
        (
            f"{weekday_prefix()}(?:{_START}(?P<rb>{rel_before})\\s+)?{p.weekday('w')}"
            f"(?:\\s+(?P<ra>{rel_after})(?!\\w))?",
            _read_weekday,
            "weekday",
        ),
        (f"{_START}{p.clitic()}(?P<r>{alternation(lex.relative_days)}){_END}", _read_relday, "relday"),
        # يوم 15 من الشهر الجاري, الخامس من الشهر الماضي: a day of a month named relative to the report
        *_where(
            lex.words("of"),
            f"(?:{lead()}{day_word}\\s+)?{p.day('d')}\\s+{of}(?=\\s+(?:{rel_before}\\s+)?{cal_units}(?!\\w))",
            _read_day_of,
            "month_unit",
        ),
        # امسال, پارسال: a unit and its shift in one word
        *_where(
            frozenset(lex.relative_units),
            f"{_START}{p.clitic()}(?P<ru>{alternation(lex.relative_units)}){_END}",
            _read_relative_unit,
            "calendar_unit",
        ),
        # الأسبوع الماضي, هذا العام, سال آینده, last week, الأسابيع الثلاثة القادمة
        (
            f"(?:{_START}(?P<rb>{rel_before})\\s+)?{_START}{p.clitic()}(?P<u>{cal_units})(?:\\s+{numbers})?"
            f"(?:\\s+(?P<ra>{rel_after})(?!\\w))?",
            _read_relunit,
            "calendar_unit",
        ),
        # قبل 3 أيام, منذ سنتين, قبل أيام, بعد يومين, 3 days ago, ۳ روز پیش: «ago» before or after
        # the span, in the languages that put it there
        *_where(
            lex.words("ago") | lex.words("later"),
            f"{_START}(?:(?P<ago>{p.words('ago')})|{p.words('later')})\\s+(?:{about}\\s+)?(?:{numbers}\\s*)?"
            f"(?P<u>{units}){_END}",
            _read_ago,
            "unit",
        ),
        *_where(
            lex.words("ago_after") | lex.words("later_after"),
            f"(?:(?:{_START}{about}\\s+)?{numbers}\\s*)?{_START}(?P<u>{units})\\s+"
            f"(?:(?P<ago>{p.words('ago_after')})|{p.words('later_after')})"
            f"{_END}",
            _read_ago,
            "unit",
        ),
        # 3 أيام, خمسة ساعات, يومين, five hours
        (f"{numbers}\\s*{_START}(?P<u>{units}){_END}", _read_duration, "unit"),
        (f"{lead()}(?P<u>{units}){_END}", _read_duration, "unit"),
        # الساعة 23:00 بتوقيت موسكو, 10:14 am, 04:45 GMT, الساعة 3 صباحا, ساعت ۹:۳۲
        (
            f"(?:{_START}(?P<hw>{hour_word})\\s*){{0,2}}{_NUM_START}(?P<h>\\d{{1,2}}):(?P<mi>\\d{{1,2}})(?::(?P<s>\\d{{2}}))?"
            f"(?![\\d:]){period_after}?{zone}?",
            _read_time,
            "clock",
        ),
        (
            f"{_START}(?P<hw>{hour_word})(?:\\s+{hour_word}){{0,2}}\\s+(?:{p.number('h')}|{p.ordinal('ho')})"
            f"{p.minutes()}{period_after}?{zone}?",
            _read_time,
            "hour",
        ),
        # الثالثة فجرا, الثالثة وربع بعد الظهر
        (f"{p.ordinal('ho')}{p.minutes()}{period_after}", _read_time, "hour"),
        (f"{_NUM_START}(?P<h>\\d{{1,2}})\\s*(?P<p>am|pm|a\\.m\\.?|p\\.m\\.?)(?!\\w){zone}?", _read_time, "digit"),
        (f"{_START}(?P<hd>{alternation(lex.holidays)}){_END}(?:\\s+{p.year('y')})?", _read_holiday, "holiday"),
        (
            f"{_START}(?P<pt>{alternation(lex.period_parts)})(?:\\s+|-)",
            _read_prefix("part"),
            "month calendar_unit season holiday digit unit",
        ),
        # early 2015, أواخر 2019: after a part of a period a bare year is a year
        (
            f"{_START}(?P<pt>{alternation(lex.period_parts)})(?:\\s+|-)(?:{of}\\s+)?{p.year('y')}(?!\\s*%)",
            _read_part_of_year,
            "digit",
        ),
        # الأسبوع الأول من, اول اسبوع في, the first week of
        (
            f"{_START}(?P<u>{week_units})\\s+(?:(?P<first>{first})|(?P<last>{last})|{p.ordinal('o')}){_END}",
            _read_nth_week,
            "week_unit",
        ),
        (
            f"(?:{_START}(?P<first>{first})|{_START}(?P<last>{last})|{p.ordinal('o')})\\s+(?P<u>{week_units}){_END}",
            _read_nth_week,
            "week_unit",
        ),
        # الأشهر السبعة الأولى, the first seven months, هفت ماه نخست
        (
            f"{_START}(?P<u>{cal_units})\\s+{numbers}\\s+(?:(?P<fst>{first})|(?P<last>{last})){_END}",
            _read_prefix("firstn"),
            "calendar_unit",
        ),
        (
            f"{_START}(?:the\\s+)?(?:(?P<fst>{first})|(?P<last>{last}))\\s+{numbers}\\s+(?P<u>{cal_units}){_END}",
            _read_prefix("firstn"),
            "calendar_unit",
        ),
        (
            f"{numbers}\\s+(?P<u>{cal_units})\\s+(?:(?P<fst>{first})|(?P<last>{last})){_END}",
            _read_prefix("firstn"),
            "calendar_unit",
        ),
        (
            f"{_START}{p.clitic()}(?P<sn>{alternation(lex.seasons)})(?:\\s+(?P<ra>{rel_after})(?!\\w)"
            f"|{_SEP}(?:{year_word}\\s*)?{p.year('y')})",
            _read_season,
            "season",
        ),
    ]


@cache
def grammar(lang: str) -> Grammar:
    lex = lexicon(lang)
    flags = re.IGNORECASE if lang == "en" else 0
    # Every expression starts a word: said once here, where it also lets each rule give up at
    # once inside a word instead of trying its optional openings («نهار», «الشهر») first.
    compiled = tuple(
        (re.compile(f"{_START}(?:{pattern})", flags), reader, frozenset(needs.split()))
        for pattern, reader, needs in _rules(_Piece(lex))
    )
    return Grammar(lex, compiled)


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
        "hour": [*lex.words("hour"), *lex.day_periods],
        "not_date": lex.not_dates,
    }
    # Function words («في», «هذا», «من») inside multi-word entries would make every sentence a candidate.
    function_words = frozenset().union(*lex.roles.values()) - lex.words("hour") - lex.words("month")
    standalone = frozenset(entry for table in tables.values() for entry in table if " " not in entry)
    found: dict[str, set[str]] = {}
    for kind, table in tables.items():
        for entry in table:
            found.setdefault(_trigger_token(entry.split(), standalone, function_words), set()).add(kind)
    return {token: frozenset(kinds) for token, kinds in found.items()}


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
    """A trigger word, with a clitic before it («وأمس») or a month suffix after it («شهریورماه»):
    after a character that is not a letter or digit, and at the start of the text.

    The scan of the whole text starts with that separator, not with a look-behind, so that the
    regex engine skips in C every position inside a word (twice as fast on Arabic text).
    """
    lex = lexicon(lang)
    clitics = [w for w in lex.words("clitic") if len(w) == 1]
    words = list(_trigger_words(lang))
    words += [clitic + word for clitic in clitics for word in words]
    suffix = alternation(lex.words("month_suffix"))
    flags = re.IGNORECASE if lang == "en" else 0
    trigger = f"(?P<t>{alternation(words)})(?:{suffix})?(?!\\w)"
    return re.compile(f"\\W{trigger}", flags), re.compile(trigger, flags)


def _trigger_matches(folded: str, lang: str) -> list[re.Match[str]]:
    after_separator, at_start = _trigger_patterns(lang)
    opening = at_start.match(folded)
    return [*([opening] if opening else []), *after_separator.finditer(folded)]


_NUMERIC_DATE = frozenset({"digit", "numeric_date"})
_CLOCK = frozenset({"digit", "clock"})


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


def read_pieces(folded: str, lang: str) -> Iterator[DateParts]:
    """Every piece of a date the grammar of ``lang`` reads in ``folded`` (pieces may overlap)."""
    gram = grammar(lang)
    for window in candidate_windows(folded, lang):
        for pattern, reader, _ in gram.rules_for(window.kinds):
            for match in pattern.finditer(folded, window.start, window.end):
                if match.end() > match.start():
                    parts = reader(match, gram.lex)
                    if parts is not None:
                        if parts.start == match.start():
                            parts.start = _without_clitic(match)
                        yield parts


def _without_clitic(match: re.Match[str]) -> int:
    """Where the expression starts: after a clitic glued to its first word («ويوم» -> «يوم»)."""
    for name, text in match.groupdict().items():
        if text and name.startswith(_CLITIC_GROUP) and match.start(name) == match.start():
            return match.end(name)
    return match.start()
