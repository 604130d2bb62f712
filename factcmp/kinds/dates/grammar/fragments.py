"""Regex fragments every rule of the date grammar builds on: whole words of a lexicon role,
clitics glued to a first word, numbers in digits or words; and the values of the number
groups they name.

Everything works on folded text (factcmp.text.normalize), so spelling variants of one word
meet.
"""

from __future__ import annotations

import re
from functools import lru_cache

import attrs

from factcmp.kinds.dates.lexicon import DateLexicon, alternation, key
from factcmp.kinds.numbers.lexicon import numeral_lexicon
from factcmp.kinds.numbers.reader import read_numbers

SEP = r"\s*[,،]?\s*"
START = r"(?<![\w])"
END = r"(?![\w])"
NUM_START = r"(?<![\w.,/:\-])"
NUM_END = r"(?![\d]|[.,/:]\d)"
# The groups of clitics are named CLITIC_GROUP + a number: where an expression starts is read from them.
CLITIC_GROUP = "cl"


@attrs.define
class Fragments:
    """Word and number fragments of one language, each wrapped as a whole word."""

    lex: DateLexicon
    clitics: int = 0  # clitic groups made so far: each needs its own name

    def words(self, role: str) -> str:
        return alternation(self.lex.words(role))

    def relative(self, position: str) -> str:
        """The relative words («الماضي», «last») written ``before`` or ``after`` what they shift."""
        return alternation(word for word, (_, pos) in self.lex.relative_words.items() if pos == position)

    def range_open(self) -> str:
        """The words that open a range: «من», «بين», from, between."""
        return alternation(self.lex.words("range_open") | self.lex.words("between"))

    def range_to(self) -> str:
        """What stands between the two ends of a range: a dash, «إلى», «تا», to."""
        return f"(?:\\s*[-–]\\s*|\\s+{self.words('range_to')}\\s*)"

    def clitic(self) -> str:
        clitics = self.lex.words("clitic")
        if not clitics:
            return ""
        self.clitics += 1
        # One letter (و, ب) or a sequence a language writes as one prefix (Hebrew וב, ומה).
        letters = "".join(sorted(w for w in clitics if len(w) == 1))
        # longest first; of one length, in a fixed order, so that a rule's pattern is the same in every process
        sequences = sorted((w for w in clitics if len(w) > 1), key=lambda w: (-len(w), w))
        options = "|".join([*(re.escape(w) for w in sequences), f"[{re.escape(letters)}]"] if letters else sequences)
        return f"(?P<{CLITIC_GROUP}{self.clitics}>(?:{options})(?=\\w))?"

    def lead(self) -> str:
        """The start of an expression's first word, which may carry a clitic («ويوم», «وعام»)."""
        return f"{START}{self.clitic()}"

    def number_clitic(self) -> str:
        """A prefix written on the digits of a day or a year, with or without a hyphen («ב-17»,
        «ה15»; role number_clitic): a clitic group, so the date's span starts after it."""
        words = self.lex.words("number_clitic")
        if not words:
            return ""
        self.clitics += 1
        return f"(?P<{CLITIC_GROUP}{self.clitics}>{alternation(words)}(?=\\d))?"

    def letter_numeral(self, name: str, *, year: bool = False) -> str:
        """A number written in letters (letter_numerals.tsv: «ז'», «ט"ו»; a year «תשע"ט», «ה'תשע"ט»),
        its group ``name + "_l"``; empty for a language that writes none."""
        if not self.lex.letters:
            return ""
        letter = "[" + re.escape("".join(sorted(self.lex.letters))) + "]"
        # A year: thousands may be written first, then up to four letters, gershayim before the last.
        year_body = f"(?:{letter}')?{letter}{{1,4}}\"{letter}"
        body = year_body if year else f"{letter}\"{letter}|{letter}'"
        return f"{START}(?P<{name}_l>{body}){END}"

    def word(self, alt: str, name: str | None = None) -> str:
        core = f"(?P<{name}>{alt})" if name else alt
        return f"{START}{core}{END}"

    def ordinal(self, name: str) -> str:
        """An ordinal word; its group is ``name + "_w"`` so that ``number_in`` reads it like a number."""
        words = [w for w, (_, is_ordinal) in self.lex.numbers.items() if is_ordinal]
        return self.word(alternation(words), name + "_w")

    def number(self, name: str) -> str:
        """A count in digits or words, which may carry its language's clitic («כ-3 שעות», «כשלוש שעות»)."""
        words = [w for w, (_, is_ordinal) in self.lex.numbers.items() if not is_ordinal]
        endings = numeral_lexicon(self.lex.lang).case_suffixes  # «6-ти часов»
        ending = f"(?:-(?:{alternation(endings)})(?!\\w))?" if endings else ""
        digits = f"{NUM_START}{self.number_clitic()}(?P<{name}>\\d{{1,4}}){NUM_END}{ending}"
        return f"(?:{digits}|{START}{self.clitic()}(?P<{name}_w>{alternation(words)}){END})"


def group(match: re.Match[str], name: str) -> str | None:
    """The text of group ``name``, None where the rule has no such group or it took no part in the
    match: ``groupdict().get(name)`` without building the dict of every group of the rule."""
    return match.group(name) if name in match.re.groupindex else None


def int_in(match: re.Match[str], name: str) -> int | None:
    text = group(match, name)
    return int(text) if text is not None else None


def letter_value(text: str, letters: dict[str, int]) -> int:
    """The value of a number written in letters: thousands before a geresh (ה'תשע"ט: 5000 + 779),
    then the letters, written from the largest down; a letter before a larger one is a prefix
    (the article of «התשע"ט»), not part of the number."""
    thousands = 0
    head, geresh, rest = text.partition("'")
    if geresh and rest and len(head) == 1:
        thousands, text = letters.get(head, 0) * 1000, rest
    values = [letters[ch] for ch in text if ch in letters]
    while len(values) > 1 and values[0] < values[1]:
        values.pop(0)
    return thousands + sum(values)


def number_in(match: re.Match[str], lex: DateLexicon, name: str) -> int | None:
    """The value of a number group: digits, letters, or a word from the number lexicon."""
    value = int_in(match, name)
    if value is not None:
        return value
    letters = group(match, name + "_l")
    if letters is not None:
        return letter_value(letters, lex.letters)
    word = group(match, name + "_w")
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
    """A number word's value: read by factcmp.kinds.numbers.reader, else from the date grammar's own list
    (date_numbers.tsv, which also says which words may stand in a date)."""
    folded = key(word)
    value = _shared_reading(folded, lex.lang)
    if value is None:
        found = lex.numbers.get(folded)
        value = found[0] if found else None
    return value
