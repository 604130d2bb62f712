"""The report's own date, where its head states it, for resolving what is relative in it:

- a statement of today's date («اليوم، الجمعة 22 من تشرين الأول»), when the date is complete
  or its weekday fits exactly one of the years the text names;
- a dateline («دمشق - 22 أكتوبر 2021 (سانا) -»): a complete date in the short place, date and
  agency that open a line before a dash, a colon or a slash (factcmp.text.dateline);
- a publication stamp: a complete date alone on one of the first lines ("Sep 18, 2027 12:18 PM").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

import attrs

from factcmp.kinds.dates.parts import DateParts
from factcmp.kinds.dates.resolution import Context, Reference, interval_of
from factcmp.text.dateline import DATELINE_REACH, dateline_end


def named_years(expressions: Iterable[DateParts]) -> frozenset[tuple[str, int]]:
    years = set()
    for parts in expressions:
        for piece in (parts, parts.range_end):
            if piece is not None and piece.year is not None:
                years.add((piece.year_calendar or piece.calendar, piece.year))
    return frozenset(years)


# A report states its own date in its head: its headline, dateline and lead, within this many
# characters (and the rest of the word they end in).
REPORT_HEAD = 1500
_SPACE = re.compile(r"\s")
# A publication stamp stands within this many characters of the start, a label of at most so many
# letters beside it ("Updated", «تاريخ النشر», «تاریخ انتشار»).
_HEAD_CHARS = 600
_LABEL_LETTERS = 16
_BODY_CHARS = 40


def _is_dateline(parts: DateParts, folded: str) -> bool:
    """A date in the dateline that opens its line (factcmp.text.dateline)."""
    reach = max(0, parts.start - DATELINE_REACH)
    newline = folded.rfind("\n", reach, parts.start)
    if newline < 0 and reach > 0:
        return False  # too far into a long line to be in its dateline
    end = dateline_end(folded, newline + 1)
    return end is not None and parts.end <= end


def _stands_alone(parts: DateParts, folded: str) -> bool:
    """A date alone on one of the text's first lines, a label at most beside it ("Sep 18, 2027
    12:18 PM" under a headline, «تاريخ النشر: 22/10/2027»): the page's publication stamp."""
    if parts.start > _HEAD_CHARS:
        return False
    line_start = folded.rfind("\n", 0, parts.start) + 1
    line_end = folded.find("\n", parts.end)
    line_end = len(folded) if line_end < 0 else line_end
    rest = folded[line_start : parts.start] + folded[parts.end : line_end]
    # a report goes on after its stamp; a text that is only a date stamps nothing
    body = len(folded) - line_end >= _BODY_CHARS
    return body and sum(character.isalpha() for character in rest) <= _LABEL_LETTERS


def head_end(folded: str) -> int:
    """Where a report's head (headline, dateline, lead) ends: the end of the word its first
    REPORT_HEAD characters end in."""
    found = _SPACE.search(folded, REPORT_HEAD)
    return len(folded) if found is None else found.start()


def infer_reference(expressions: list[DateParts], folded: str) -> Reference | None:
    """The report's own date, where its head states it; None otherwise."""
    end = head_end(folded)
    expressions = [parts for parts in expressions if parts.end <= end]
    context = Context(None, named_years(expressions))
    for parts in expressions:
        if parts.form == "date" and parts.day_offset is not None and parts.day is not None:
            interval, _ = interval_of(attrs.evolve(parts, part=None), context)
            if interval is not None and interval.grain == "day":
                day = interval.start - dt.timedelta(days=parts.day_offset)
                return Reference(day, True, year_fitted=parts.year is None)
    for parts in expressions:
        complete = parts.form == "date" and parts.year is not None and parts.day is not None
        if complete and parts.range_end is None and (_is_dateline(parts, folded) or _stands_alone(parts, folded)):
            interval, _ = interval_of(parts, context)
            if interval is not None:
                return Reference(interval.start, True)
    return None
