"""The number reader: every number written in a folded text, with digits or with words.

``read_numbers(folded_text, lang)`` is a pure function over text already folded by
factcmp.text.normalize.fold (so Arabic-Indic and Persian digits are ASCII, ٫ is '.', ٬ is ',').
It reads digits with separators (1,500 1.5 .77 -1.2), digits with scale words (1.5 مليون,
۳ هزار, 2 million), number words with their compounds (خمسة وعشرون, یک میلیون و پانصد هزار,
twenty-one), halves (نصف مليون, یک و نیم میلیون), the article on digits (الـ15), ordinals
(الخامس والعشرين, بیست و سوم, 21st) and vague plurals (عشرات, صدها, thousands) as ranges.

It knows nothing of what is counted, of dates or of percentages: engines built on it decide
that. Currency signs it knows only as marks that may stand on each end of a range (10$-20$,
between $10 and $20 million). Digits that are part of a date, a time, a ratio or an identifier (17/9/2018, 10:30, F-16)
are not read. Offsets are into the folded text.
"""

from __future__ import annotations

import re

from factcmp.kinds.numbers.compounds import read_from
from factcmp.kinds.numbers.lexicon import NumeralLexicon, before_sign, gap_word, numeral_lexicon
from factcmp.kinds.numbers.match import NumberMatch
from factcmp.kinds.numbers.tokens import read_tokens, tidy
from factcmp.lexicon import entry_key


def read_numbers(folded_text: str, lang: str) -> list[NumberMatch]:
    """Every number in ``folded_text`` (folded with factcmp.text.normalize.fold), in text order."""
    if not folded_text:
        return []
    lexicon = numeral_lexicon(lang)
    tokens = list(read_tokens(folded_text, lexicon))
    matches: list[NumberMatch] = []
    index = 0
    while index < len(tokens):
        match, index = read_from(folded_text, tokens, index)
        if match is None:
            continue
        if matches and _is_range(folded_text, matches[-1], match, lexicon):
            matches[-1] = _range(matches[-1], match)
        else:
            matches.append(match)
    return matches


_RANGE_OPENER_REACH = 12  # how far before a range its «between» or «from» may start
_LAST_WORD_BEFORE = re.compile(r"(\w+)\s*\Z")
_DASHES = frozenset("-–")


def _is_range(text: str, first: NumberMatch, second: NumberMatch, lexicon: NumeralLexicon) -> bool:
    """Two numbers of one range: rising, plain, and joined by a dash, «to», «or», or «and» after
    «between». After «from» they are a range (من 10 إلى 20 دولار) unless a word of change comes
    before it: then the second is where a number went («ارتفع العدد من 20 إلى 30»)."""
    plain = not any(m.is_range or m.is_ordinal or m.is_vague or m.is_weak for m in (first, second))
    if not plain or not _low(first, second) < second.value:
        return False
    gap = gap_word(text[first.end : second.start])
    if gap in _DASHES:
        return True
    opened = before_sign(text, first.start)  # «between $10 and $20»: the opener stands before the sign
    before = _LAST_WORD_BEFORE.search(text, max(0, opened - _RANGE_OPENER_REACH), opened)
    opener = lexicon.range_words.get(entry_key(before.group(1))) if before else None
    if lexicon.range_words.get(gap) in ("to", "or"):
        return opener != "from" or not (before and _after_change(text, before.start(1), lexicon))
    return lexicon.is_and(gap) and opener == "between"


_CHANGE_REACH = 40  # characters before «from» searched for a word of change (ارتفع عدد القتلى من)
_CLAUSE_BREAK = re.compile(r"[.!?؟؛;:،,\n]")


def _after_change(text: str, start: int, lexicon: NumeralLexicon) -> bool:
    window_start = max(0, start - _CHANGE_REACH)
    breaks = list(_CLAUSE_BREAK.finditer(text, window_start, start))
    window = text[breaks[-1].end() if breaks else window_start : start]
    return any(_is_change(lexicon, word) for word in _WORDS.findall(window))


_WORDS = re.compile(r"[^\W\d_]+")


def _is_change(lexicon: NumeralLexicon, word: str) -> bool:
    """ارتفع, وارتفع, rose: a word of change, with or without a conjunction written on it."""
    word = entry_key(word)
    stems = [word] + [word[len(c.prefix) :] for c in lexicon.clitics if c.conjunction and word.startswith(c.prefix)]
    return any(lexicon.range_words.get(stem) == "change" for stem in stems)


def _low(first: NumberMatch, second: NumberMatch) -> int | float:
    """The low end of a range: «بين 10 و20 مليون», 10 to 20 million: the scale of the high end is the low's too."""
    if second.scale is not None and first.scale is None and not first.has_article:
        scaled = tidy(first.value * second.scale)
        if scaled < second.value:
            return scaled
    return first.value


def _range(first: NumberMatch, second: NumberMatch) -> NumberMatch:
    low = _low(first, second)
    return NumberMatch(
        first.start,
        second.end,
        low,
        low=low,
        high=second.value,
        is_range=True,
        has_digits=first.has_digits or second.has_digits,
        has_article=first.has_article,
    )
