"""Sentence segmentation with offsets into the original text.

Rules, in order: a blank line always ends a sentence; ``. ! ? ؟ ؛`` (and a run of them,
with closing quotes and brackets that follow) end one unless the period sits inside a
number (1.5, 17.9.2018) or after a known abbreviation; a single line break ends one when
the line before it is short (a heading, a caption) or ends in sentence punctuation, and
not when a long line simply wraps. ``،`` separates clauses, not sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from factcmp.lexicon import languages, load_words
from factcmp.model import Span
from factcmp.text.optional import icu_sentence_ends

# A line longer than this that ends without punctuation is taken to wrap onto the next.
_WRAPPED_LINE_MIN_CHARS = 60

_TERMINAL = ".!?؟؛…"
_CLOSERS = "\"'»”’)]}›"
_SENTENCE_END = re.compile(rf"[{re.escape(_TERMINAL)}]+[{re.escape(_CLOSERS)}]*")
_BLANK_LINE = re.compile(r"\n[ \t\u00a0\u200c\u200f\u200e]*\n\s*")
_LAST_TOKEN = re.compile(r"[\w.]+$")
_CLAUSE_BREAK = re.compile(r"[،,;:]\s+|\s+[-–—]\s+")


@attrs.frozen
class Sentence:
    span: Span
    text: str
    lang: str = "ar"


def _abbreviations() -> frozenset[str]:
    """Every language's abbreviations (Dr, г, тыс): the sentence's language is not known yet."""
    found: set[str] = set()
    for lang in languages():
        try:
            found.update(word.lower() for word in load_words(lang, "abbreviations"))
        except FileNotFoundError:
            continue
    return frozenset(found)


_ABBREVIATIONS = _abbreviations()
# How far back from a period its word is read to tell an abbreviation: one letter past the longest,
# so that a longer word is never one (lower-casing never shortens a word), and one more, as ``$``
# also matches before a line break just before the period: the word before it must still be read
# one letter too long. Only these few characters matter; reading the whole prefix would make a
# long line quadratic.
_ABBREVIATION_REACH = max(map(len, _ABBREVIATIONS), default=0) + 2


def is_abbreviation(word: str) -> bool:
    """Whether a period after ``word`` marks an abbreviation (Gen., Col.), in any language."""
    return word.lower() in _ABBREVIATIONS


def _is_false_end(text: str, match: re.Match[str]) -> bool:
    """A period that does not end a sentence: inside a number, or after an abbreviation."""
    if match.group() != ".":
        return False
    before = text[max(0, match.start() - _ABBREVIATION_REACH) : match.start()]
    after = text[match.end() : match.end() + 1]
    if before[-1:].isdigit() and after.isdigit():
        return True
    word = _LAST_TOKEN.search(before)
    if word is None:
        return False
    token = word.group().lower()
    # Single capital letters are initials (J. Smith); known abbreviations never end a sentence.
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha() and token.isascii())


def after_abbreviation(text: str, period: int) -> bool:
    """Whether the period at ``period`` closes a known abbreviation (тыс., г., Dr.), not a clause."""
    word = _LAST_TOKEN.search(text, max(0, period - _ABBREVIATION_REACH), period)
    return word is not None and word.group().lower() in _ABBREVIATIONS


def _punctuation_ends(block: str) -> Iterator[int]:
    for match in _SENTENCE_END.finditer(block):
        if not _is_false_end(block, match):
            yield match.end()


def _break_points(block: str, icu_lang: str | None) -> Iterator[int]:
    """Offsets inside a block (text without blank lines) where a sentence ends."""
    icu_ends = icu_sentence_ends(block, icu_lang) if icu_lang else None
    yield from icu_ends if icu_ends is not None else _punctuation_ends(block)
    yield from (line_break + 1 for line_break in ending_line_breaks(block))


def ending_line_breaks(text: str) -> Iterator[int]:
    """Offsets of the line breaks that end a sentence: after a short line (a heading, a caption, a
    blank line) or one that ends in sentence punctuation; a long line that ends without it wraps."""
    offset = -1
    for line in text.split("\n")[:-1]:
        offset += len(line) + 1
        stripped = line.strip()
        if len(stripped) < _WRAPPED_LINE_MIN_CHARS or stripped[-1:] in _TERMINAL + _CLOSERS:
            yield offset


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for blank in _BLANK_LINE.finditer(text):
        yield start, blank.start()
        start = blank.end()
    yield start, len(text)


def sentence_spans(text: str, *, icu_lang: str | None = None) -> list[Span]:
    """Spans of the sentences of ``text``, in order, without surrounding white space.

    With ``icu_lang`` (and PyICU installed, the ``polyglot`` extra) ICU's sentence rules for that
    language replace the punctuation rules inside each line block; blank lines, headings and
    wrapped lines are handled the same either way.
    """
    spans: list[Span] = []
    for block_start, block_end in _blocks(text):
        block = text[block_start:block_end]
        start = 0
        for end in sorted(set(_break_points(block, icu_lang))):
            span = _trimmed(text, block_start + start, block_start + end)
            if span is not None:
                spans.append(span)
            start = end
        span = _trimmed(text, block_start + start, block_end)
        if span is not None:
            spans.append(span)
    return spans


def clause_spans(text: str, sentence: Span) -> list[Span]:
    """Clauses of a sentence, split at commas (، and ,), semicolons, colons and dashes."""
    spans: list[Span] = []
    start = sentence.start
    for match in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        span = _trimmed(text, start, match.start())
        if span is not None:
            spans.append(span)
        start = match.end()
    span = _trimmed(text, start, sentence.end)
    if span is not None:
        spans.append(span)
    return spans
