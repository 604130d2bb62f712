"""Datelines: where (and often when, and by whom) a report was filed, at the head of a line.

«بيروت - (وكالات):», "TEHRAN, Jan 12 (Wire) -", «تهران- ایرنا-», «دمشق - 22 أكتوبر 2021 (سانا) -»: a
short place name opening a line, then short items (a date, an agency, in brackets, slashes or between
dashes), the last of them closed by a dash, a colon or a slash before the text of the report. It
says where and when the report was written, not where and when what it tells happened.

A line opened by a short phrase and a dash or colon is also a headline («انفجار طرابلس: 12 قتيلا»),
so a dateline must hold more than its place (a date, an agency) or open a long lead paragraph.
"""

from __future__ import annotations

import re

from factcmp.model import Span

# What ends an item of a dateline: brackets, slashes, commas, colons, and dashes that stand apart
# from a word (the hyphen of «Al-Bukamal» does not).
_SEPARATOR = re.compile(r"\s*(?:\s[-–—]|[-–—](?=\s)|[:/(),،])")
# Separators that may close a dateline.
_CLOSING = frozenset("-–—:/")
_ITEM_WORDS = 4
# How far into its line a dateline (and the lead that tells it from a headline) may reach.
DATELINE_REACH = 400
_ITEM_CHARS = 40
# A lead paragraph after a dateline of a place alone is at least this long; a headline is shorter.
_LEAD_CHARS = 60


def dateline_end(text: str, start: int) -> int | None:
    """Where the dateline that opens the line at ``start`` ends (after its closing dash, colon or
    slash), or None when the line opens with none."""
    # A dateline is a few short items: only the head of a line is looked at, however long the line.
    window = min(len(text), start + DATELINE_REACH)
    line_end = text.find("\n", start, window)
    line_end = window if line_end < 0 else line_end
    at, items, end, items_at_end = start, 0, None, 0
    while at < line_end:
        separator = _SEPARATOR.search(text, at, line_end)
        if separator is None:
            break
        item = text[at : separator.start()].strip()
        if not _short(item, first=at == start):
            break
        items += bool(item)
        at = separator.end()
        if text[at - 1] in _CLOSING:
            end, items_at_end = at, items
    if end is None or items_at_end == 0:
        return None
    if items_at_end < 2 and line_end - end < _LEAD_CHARS:
        return None  # «انفجار طرابلس: 12 قتيلا»: a headline, not a place and a lead
    return end


def _short(item: str, *, first: bool) -> bool:
    """Whether a piece of a line may be an item of a dateline: a place first (it starts with a
    letter), then dates and agencies; a few words each, never a clause."""
    if first and not (item[:1].isalpha()):
        return False
    return len(item) <= _ITEM_CHARS and len(item.split()) <= _ITEM_WORDS


def datelines(text: str) -> list[Span]:
    """The datelines of a text, one at most per line."""
    found = []
    start = 0
    while start < len(text):
        while start < len(text) and text[start] in " \t":
            start += 1
        end = dateline_end(text, start)
        if end is not None:
            found.append(Span(start, end))
        newline = text.find("\n", start)
        if newline < 0:
            break
        start = newline + 1
    return found
