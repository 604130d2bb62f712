"""Rules for weekdays: the nth weekday of a month («أول ثلاثاء», «الثلاثاء الثالث»), and a
weekday with its part of the day or its shift («مساء الأربعاء», «يوم الجمعة الماضي», «last
Friday», «سه‌شنبه‌شب»)."""

from __future__ import annotations

import re

from factcmp.kinds.dates.grammar.fields import LAST_WORD, Fields, shift_in, weekday_in
from factcmp.kinds.dates.grammar.fragments import START, Fragments, group, number_in
from factcmp.kinds.dates.grammar.rule import RuleSpec
from factcmp.kinds.dates.lexicon import DateLexicon, alternation, key
from factcmp.kinds.dates.parts import DateParts

_FIRST_WORD = re.compile(r"\s+(\w+)")
_SET_OFF = frozenset('\n،,;؛:()«»"-–—')


def weekday_rules(p: Fragments) -> list[RuleSpec]:
    f = Fields(p)
    day_word, first, last = p.words("day"), p.words("first"), p.words("last")
    # «مساء الأربعاء», «مساء يوم الجمعة», «يوم الجمعة»; a part of the day right after an hour's digits is
    # the hour's («3 a.m. Sunday»)
    pre = f"(?P<pre>{alternation(p.lex.day_periods)}|{day_word})"
    before = f"(?:(?<!\\d\\s){p.lead()}{pre}\\s+(?:(?P<dw>{day_word})\\s+)?)?"
    glued = f"(?P<post>{p.words('weekday_suffix')})?"  # a part of the day written onto it: «سه‌شنبه‌شب»
    return [
        # أول ثلاثاء, ثالث يوم ثلاثاء, الاثنين الأخير, الثلاثاء الثالث
        (
            f"(?:{START}(?P<first>{first})|{START}(?P<last>{last})|{p.ordinal('o')})\\s+(?:{day_word}\\s+)?"
            f"{f.weekday('w')}",
            _read_nth_weekday,
            "weekday",
        ),
        (
            f"{f.weekday('w')}\\s+(?:{START}(?P<first>{first})(?!\\w)|{START}(?P<last>{last})(?!\\w)|{p.ordinal('o')})",
            _read_nth_weekday,
            "weekday",
        ),
        # مساء الأربعاء, يوم الجمعة الماضي, پنجشنبه گذشته, last Friday, سه‌شنبه‌شب
        (
            f"{before}(?:{START}(?P<rb>{p.relative('before')})\\s+)?{f.weekday('w', glued)}"
            f"(?:\\s+(?P<ra>{p.relative('after')})(?!\\w))?",
            _read_weekday,
            "weekday",
        ),
    ]


def _read_nth_weekday(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    weekday = weekday_in(match, lex)
    if weekday is None:
        return None
    parts = DateParts("nth", match.start(), match.end(), weekday=weekday[0])
    if group(match, "first"):
        parts.nth = 1
    elif group(match, "last"):
        parts.nth = -1
    else:
        parts.nth = number_in(match, lex, "o")
    if parts.nth is None:
        return None
    if parts.nth > 5:  # «السبت السادس عشر»: Saturday the 16th, not the 16th Saturday
        return DateParts("date", match.start(), match.end(), day=parts.nth, weekday=weekday[0])
    return parts


def _read_weekday(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    weekday = weekday_in(match, lex)
    if weekday is None or _teen_number(match, lex):
        return None
    parts = DateParts("weekday", match.start(), match.end(), weekday=weekday[0], shift=shift_in(match, lex))
    groups = match.groupdict()
    period = groups.get("pre") or groups.get("post")
    has_context = parts.shift is not None or bool(period)
    parts.ambiguous = weekday[1] and not has_context and not _stands_as_weekday(match, lex)
    parts.day_period = lex.day_periods.get(key(period)) if period else None
    return parts


def _teen_number(match: re.Match[str], lex: DateLexicon) -> bool:
    """«الأحد عشر معتقلا»: a weekday name that also is a number, before a teen word, is eleven."""
    following = _FIRST_WORD.match(match.string, match.end("w"))
    return following is not None and key(following.group(1)) in lex.words("teen")


def _stands_as_weekday(match: re.Match[str], lex: DateLexicon) -> bool:
    """Whether a bare weekday with the article that also is a word («الاثنين»: the two) is the
    weekday: set off on both sides (commas, brackets, a line of its own: «أعلنت الوزارة، الاثنين،
    أن»), after «منذ», or before the «إن/أن» that follows a reporting verb and its time («قال
    الرئيس الاثنين إن»). Without the article («اثنين», «أحد») it stays a word, unless the language
    lists it as one set off so (role set_off: Hebrew «הערב (רביעי)»)."""
    word, at = key(match.group("w")), match.start("w")
    bare = word in lex.words("set_off") and not match.string[at - 1 : at].isalpha()  # «(רביעי)», not «השלישי»
    if not word.startswith(tuple(lex.words("article"))) and not bare:
        return False
    text, start, end = match.string, match.start(), match.end()
    if _neighbour(text, start - 1, -1) in _SET_OFF and _neighbour(text, end, 1) in _SET_OFF:
        return True
    previous = LAST_WORD.search(text, max(0, start - 24), start)
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
