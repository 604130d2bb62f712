"""Engine for: number, ordinal, percent.

Every number the reader (factcmp.kinds.numbers.reader) finds becomes a ``number``, an ``ordinal`` or,
with a percent sign or word, a ``percent``; a fraction of a whole («ثلث السكان», a third of the
population) is a ``percent`` too (factcmp.kinds.numbers.fractions). Numbers inside a date or a duration found before
(a year, a day of the month, "five days") are left to those mentions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from factcmp.analysis import TextAnalysis, drop_overlapped
from factcmp.kinds.counts.lexicon import counted_nouns, units
from factcmp.kinds.numbers.context import (
    ReadNumber,
    mention,
    modifier_after,
    modifier_before,
    numbers_in,
    percent_end,
    percent_sign_before,
    plain_modifier,
)
from factcmp.kinds.numbers.fractions import fractions_in
from factcmp.kinds.numbers.lexicon import numeral_lexicon
from factcmp.lexicon import entry_key, load_table
from factcmp.model import Mention
from factcmp.text.words import words
from factcmp.values import NumberValue, OrdinalValue, PercentValue

KINDS: tuple[str, ...] = ("number", "ordinal", "percent")
REQUIRES: tuple[str, ...] = ("date", "duration")
_YIELD_TO = frozenset({"date", "duration"})
_CLAUSE_END = re.compile(r"[.!?؟؛;:\n،,]")
_LONE_NUMBER_NOISE = " \t\r\n.,:;!?؟،؛()[]\"'«»“”"
_MEASURE_LOOKBACK = 120
_NEXT_WORD_REACH = 36  # characters after a weak number searched for the noun it counts
_NEXT_WORDS = 3  # characters before a percentage searched for what it measures


def extract(analysis: TextAnalysis, found: Sequence[Mention]) -> list[Mention]:
    proportions = fractions_in(analysis)  # «یک سوم جمعیت»: not a 1 and a third
    mentions: list[Mention] = []
    for read in numbers_in(analysis):
        mention = _mention(analysis, read)
        if mention is not None:
            mentions.append(mention)
    mentions = drop_overlapped(mentions, proportions) + proportions
    return drop_overlapped(mentions, [m for m in found if m.kind in _YIELD_TO])


def _mention(analysis: TextAnalysis, read: ReadNumber) -> Mention | None:
    match = read.match
    if match.is_ordinal:
        if isinstance(match.value, float) or (match.is_weak and not _stands_alone(analysis, read)):
            return None
        return mention(analysis, "ordinal", match.start, match.end, OrdinalValue(value=int(match.value)))
    percent = _percent(analysis, read)
    if percent is not None:
        return percent
    if match.is_weak and not (_stands_alone(analysis, read) or _counts_something(analysis.folded.text, read)):
        return None
    return mention(analysis, "number", match.start, match.end, number_value(analysis.folded.text, read))


def number_value(text: str, read: ReadNumber) -> NumberValue:
    match = read.match
    modifier = _modifier(text, read) or plain_modifier(match)
    return NumberValue(value=match.value, low=match.low, high=match.high, modifier=modifier)


def _modifier(text: str, read: ReadNumber) -> str | None:
    before = modifier_before(text, read.match.start, read.lang)
    if before is not None:
        return before[0]
    after = modifier_after(text, read.match.end, read.lang)
    return after[0] if after is not None else None


def _stands_alone(analysis: TextAnalysis, read: ReadNumber) -> bool:
    """A weak word (نه, one) is a number when it is all its sentence says: a caption, a list item, an answer."""
    span = analysis.original_span(read.match.start, read.match.end)
    sentence = analysis.sentence_at(span.start)
    whole = sentence.text if sentence is not None else analysis.text
    return whole.strip(_LONE_NUMBER_NOISE) == analysis.text[span.start : span.end]


def _counts_something(text: str, read: ReadNumber) -> bool:
    """نه نفر, one soldier: a weak word right before a counted noun or a unit is a number."""
    following = words(text, read.match.end, min(len(text), read.match.end + _NEXT_WORD_REACH))[:_NEXT_WORDS]
    if not following or not text[read.match.end : following[0].start].isspace():
        return False
    return any(index.match_at(following, 0) is not None for index in (counted_nouns(read.lang), units(read.lang)))


def _percent(analysis: TextAnalysis, read: ReadNumber) -> Mention | None:
    text, match = analysis.folded.text, read.match
    if match.is_vague:
        return None
    start, end = match.start, percent_end(text, match.end, read.lang)
    if end is None:
        sign = percent_sign_before(text, match.start)
        if sign is None:
            return None
        start, end = sign, match.end
    value = PercentValue(
        value=match.value,
        modifier=_modifier(text, read) or "exact",
        measures=_measured(text, start, read.lang),
    )
    return mention(analysis, "percent", start, end, value)


@cache
def _measured_pattern(lang: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    lang = numeral_lexicon(lang).lang
    labels = {entry_key(row["phrase"]): row["label"] for row in load_table(lang, "measured_things")}
    if not labels:
        return None
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(labels, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?![^\W\d_])", re.IGNORECASE), labels


def _measured(text: str, start: int, lang: str) -> str | None:
    """What the percentage measures: the last thing named in its clause, before it."""
    pattern = _measured_pattern(lang)
    if pattern is None:
        return None
    window_start = max(0, start - _MEASURE_LOOKBACK)
    clause_start = window_start
    for boundary in _CLAUSE_END.finditer(text, window_start, start):
        clause_start = boundary.end()
    regex, labels = pattern
    hits = list(regex.finditer(text, clause_start, start))
    if not hits:
        return None
    return labels.get(" ".join(hits[-1].group().lower().split()))
