"""Tokens combined into numbers: compounds of number words and scales (خمسة وعشرون, یک میلیون و
پانصد هزار, two hundred thousand), digits with a scale (1.5 مليون), a decimal point said as a
word, halves (نصف مليون, یک و نیم), and vague plurals and few-of-a-scale (عشرات الآلاف, چند هزار)."""

from __future__ import annotations

import re

import attrs

from factcmp.kinds.numbers import lexicon as lx
from factcmp.kinds.numbers.match import Number, NumberMatch
from factcmp.kinds.numbers.tokens import CONNECTOR, DIGIT_ORDINAL, DIGITS, LINK, Token, tidy

_GAP = re.compile(r"[ \t]*-?[ \t]*")  # what may stand between two words of one number
_MAX_GAP = 3


def _adjacent(text: str, left: Token, right: Token) -> bool:
    gap = right.start - left.end
    return 0 <= gap <= _MAX_GAP and _GAP.fullmatch(text, left.end, right.start) is not None


@attrs.define
class _Compound:
    """The number being read: ``total`` of the finished scale groups plus the ``current`` group."""

    start: int
    end: int
    total: Number = 0
    current: Number = 0
    last_scale: Number | None = None
    ordinal: bool = False
    from_digits: bool = False
    article: bool = False
    last_unit: bool = False  # the last word read was a unit (1-9), as in خمسة و عشرون
    closed: bool = False  # nothing may follow (an ordinal in Persian or English, مليون ونصف)
    words: int = 1

    @property
    def value(self) -> Number:
        return tidy(self.total + self.current)


def read_from(text: str, tokens: list[Token], index: int) -> tuple[NumberMatch | None, int]:
    """The number starting at tokens[index] and the index after it (index + 1 when none starts there)."""
    first = tokens[index]
    if first.type in (CONNECTOR, LINK, lx.POINT):
        return None, index + 1
    if first.type in (lx.VAGUE, lx.SCALE_PLURAL):
        return _read_vague(text, tokens, index)
    if first.type == lx.FEW:
        return _read_few(text, tokens, index)
    if first.type in (lx.FRACTION, lx.INDEF):
        return _read_fraction_or_indef(text, tokens, index)
    if first.type == lx.MINUS:
        return _read_minus(text, tokens, index)
    compound = _start(first)
    if compound is None:
        return None, index + 1
    next_index = _extend(text, tokens, index + 1, compound)
    alone = next_index == index + 1
    ordinal = compound.ordinal or (compound.article and _ends_in_ten(tokens[next_index - 1]))
    match = NumberMatch(
        compound.start,
        compound.end,
        compound.value,
        is_ordinal=ordinal,
        has_digits=compound.from_digits,
        is_weak=alone and first.weak,
        has_article=compound.article,
        follows_noun=alone and first.postposed,
        scale=compound.last_scale if compound.current == 0 else None,
    )
    return match, next_index


def _ends_in_ten(token: Token) -> bool:
    """العشرين, والثلاثون: Arabic writes an ordinal ten as the cardinal with the article."""
    return token.article and token.type == lx.CARDINAL and 20 <= token.value < 100 and token.value % 10 == 0


def _start(token: Token) -> _Compound | None:
    compound = _Compound(start=token.core, end=token.end, article=token.article)
    if token.type in (DIGITS, DIGIT_ORDINAL):
        compound.current, compound.from_digits = token.value, True
        compound.ordinal = compound.closed = token.type == DIGIT_ORDINAL
    elif token.type in (lx.CARDINAL, lx.TEEN_SUFFIX, lx.MULTIPLIER, lx.ORDINAL):
        compound.current = token.value
        compound.last_unit = token.value < 10
        compound.ordinal = token.type == lx.ORDINAL
    elif token.type in (lx.SCALE, lx.SCALE_DUAL, lx.SCALE_PLURAL):
        compound.total = token.value
        compound.last_scale = token.value / 2 if token.type == lx.SCALE_DUAL else token.value
    else:
        return None
    return compound


def _extend(text: str, tokens: list[Token], index: int, compound: _Compound) -> int:
    """Read the words after the first one for as long as they continue the number."""
    previous = tokens[index - 1]
    while index < len(tokens) and not compound.closed:
        conjunction, candidate_index = _after_connector(text, tokens, index, previous)
        if candidate_index is None:
            break
        candidate = tokens[candidate_index]
        conjunction = conjunction or candidate.conjunction
        taken = _take(text, tokens, candidate_index, compound, conjunction)
        if taken == 0:
            break
        compound.words += taken
        previous = tokens[candidate_index + taken - 1]
        compound.end = previous.end
        index = candidate_index + taken
    return index


def _after_connector(text: str, tokens: list[Token], index: int, previous: Token) -> tuple[bool, int | None]:
    token = tokens[index]
    if not _adjacent(text, previous, token):
        return False, None
    if token.type != CONNECTOR:
        return False, index
    if index + 1 < len(tokens) and _adjacent(text, token, tokens[index + 1]):
        return True, index + 1
    return False, None


def _take(text: str, tokens: list[Token], index: int, compound: _Compound, conjunction: bool) -> int:
    """How many tokens from ``index`` continue the compound (0: none), updating it."""
    token = tokens[index]
    if compound.from_digits and compound.last_scale is None:
        return _take_after_digits(text, tokens, index, compound, conjunction)
    if compound.ordinal:
        return _take_after_ordinal(token, compound, conjunction)
    if token.type in (lx.CARDINAL, lx.ORDINAL, lx.TEEN_SUFFIX):
        return _take_word(token, compound, conjunction)
    if token.type == lx.MULTIPLIER:
        return _take_multiplier(token, compound, conjunction)
    if token.type == lx.POINT and not conjunction:
        return _take_point(text, tokens, index, compound)
    if token.type in lx.SCALES:
        return _take_scale(token, compound, conjunction)
    return _take_half(text, tokens, index, compound) if conjunction else 0


def _take_half(text: str, tokens: list[Token], index: int, compound: _Compound) -> int:
    """«و نیم», «ونصف», and a half, after «and»: the half of the number or of its scale."""
    token = tokens[index]
    if token.type == lx.INDEF:  # and a half
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is not None and following.type == lx.FRACTION and _adjacent(text, token, following):
            return 2 if _take_fraction(following, compound) else 0
        return 0
    if token.type == lx.FRACTION:
        return 1 if _take_fraction(token, compound) else 0
    return 0


def _take_after_digits(text: str, tokens: list[Token], index: int, compound: _Compound, conjunction: bool) -> int:
    token = tokens[index]
    if token.type in (lx.SCALE, lx.SCALE_PLURAL) and not conjunction and not compound.ordinal:
        return _take_scale(token, compound, conjunction)
    if token.type == lx.POINT and not conjunction:
        return _take_point(text, tokens, index, compound)
    if conjunction and not compound.ordinal:
        return _take_half(text, tokens, index, compound)  # «۳ و نیم میلیون»: 3.5 million
    return 0


def _take_point(text: str, tokens: list[Token], index: int, compound: _Compound) -> int:
    """1 فاصلة 5, واحد فاصلة واحد: a decimal point said as a word."""
    point = tokens[index]
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None or not _adjacent(text, point, following) or not isinstance(compound.current, int):
        return 0
    if compound.last_scale is not None:
        return 0
    digits = text[following.start : following.end]
    if following.type == DIGITS and digits.isdigit():
        fraction = int(digits) / 10 ** len(digits)
    elif following.type == lx.CARDINAL and isinstance(following.value, int) and 0 <= following.value < 10:
        fraction = following.value / 10
    else:
        return 0
    compound.current = tidy(compound.current + fraction)
    compound.closed = True
    return 2


def _take_after_ordinal(token: Token, compound: _Compound, conjunction: bool) -> int:
    """الحادي عشر, الخامس والعشرين: an Arabic ordinal unit goes on with its ten."""
    if compound.closed or not compound.last_unit:
        return 0
    if token.type == lx.TEEN_SUFFIX and not conjunction:
        compound.current += 10
    elif conjunction and token.type in (lx.CARDINAL, lx.ORDINAL) and 20 <= token.value < 100:
        compound.current += token.value
    else:
        return 0
    compound.last_unit = False
    compound.closed = True
    return 1


def _take_word(token: Token, compound: _Compound, conjunction: bool) -> int:
    value = token.value
    # خمسة عشر, and مائة وستة عشر: the teen word makes the unit just read a teen, whatever hundreds precede it
    teen = token.type == lx.TEEN_SUFFIX and compound.last_unit and not conjunction and _unit_of(compound.current)
    if not teen and not _fits(compound, value, conjunction):
        return 0
    compound.current += value
    compound.last_unit = value < 10
    if token.type == lx.ORDINAL:
        compound.ordinal = compound.closed = True
    if _ends_in_ten(token):
        compound.ordinal = True
    return 1


def _unit_of(current: Number) -> bool:
    return isinstance(current, int) and 0 < current % 100 < 10


def _fits(compound: _Compound, value: Number, conjunction: bool) -> bool:
    """Whether a word of ``value`` adds to the current group: 20 + 5, 100 + 18, and 5 + 20 (خمسة وعشرون)."""
    current = compound.current
    if current == 0:
        return compound.total > 0  # a new group after a scale: ألف وخمسمائة
    if not isinstance(current, int) or isinstance(value, float):
        return False
    if value < 10:
        return current % 10 == 0 and not 10 <= current % 100 < 20
    if value < 20:
        return current % 100 == 0
    if value < 100:
        return current % 100 == 0 or (conjunction and compound.last_unit and 0 < current % 100 < 10)
    return False


def _take_multiplier(token: Token, compound: _Compound, conjunction: bool) -> int:
    """ثلاث مئة, two hundred, two dozen; مئة alone after a scale (ألف ومئة). A hundred written with a
    preposition and the article (ثلاثين بالمئة) is a percent word, not a multiplier."""
    if token.article:
        return 0
    if not conjunction and 0 < compound.current < 100 and isinstance(compound.current, int):
        compound.current *= token.value
    elif compound.current == 0 and compound.total > 0:
        compound.current = token.value
    else:
        return 0
    compound.last_unit = False
    return 1


def _take_scale(token: Token, compound: _Compound, conjunction: bool) -> int:
    if conjunction or token.article:
        return 0
    if token.type == lx.SCALE_DUAL:
        scale = token.value / 2
        if compound.current != 0 or (compound.last_scale is not None and scale >= compound.last_scale):
            return 0
        compound.total += token.value
        compound.last_scale = scale
        return 1
    if compound.last_scale is not None and token.value >= compound.last_scale:
        return 0
    if compound.current == 0:
        return 0
    compound.total += compound.current * token.value
    compound.current = 0
    compound.last_scale = token.value
    compound.last_unit = False
    return 1


def _take_fraction(token: Token, compound: _Compound) -> bool:
    """یک و نیم, ۱۲ و نیم (then a scale may follow), مليون ونصف (the half is of the scale, and ends
    the number). Words take a half after a unit (یک و نیم), digits after any whole number."""
    whole = isinstance(compound.current, int) and (0 < compound.current < 10 or compound.from_digits)
    if whole and compound.current > 0 and compound.last_scale is None:
        compound.current += token.value
        compound.last_unit = False
        return True
    if compound.current == 0 and compound.last_scale is not None:
        compound.total += token.value * compound.last_scale
        compound.closed = True
        return True
    return False


def _read_vague(text: str, tokens: list[Token], index: int) -> tuple[NumberMatch | None, int]:
    """عشرات, صدها, thousands; with the scale they count: عشرات الآلاف, tens of thousands."""
    first = tokens[index]
    base, end, next_index = first.value, first.end, index + 1
    following = _next_adjacent(text, tokens, next_index, first, skip=LINK)
    if following is not None and tokens[following].type in (lx.SCALE, lx.SCALE_PLURAL):
        base *= tokens[following].value
        end, next_index = tokens[following].end, following + 1
    match = NumberMatch(
        first.core, end, base, low=2 * base, high=10 * base - 1, is_vague=True, has_article=first.article
    )
    return match, next_index


def _read_few(text: str, tokens: list[Token], index: int) -> tuple[NumberMatch | None, int]:
    """بضعة آلاف, چند هزار, several thousand: a few of a scale, read as its vague plural."""
    first = tokens[index]
    following = _next_adjacent(text, tokens, index + 1, first, skip="")
    if following is None or tokens[following].type not in (lx.SCALE, lx.SCALE_PLURAL):
        return None, index + 1
    base = tokens[following].value
    match = NumberMatch(first.core, tokens[following].end, base, low=2 * base, high=10 * base - 1, is_vague=True)
    return match, following + 1


def _read_minus(text: str, tokens: list[Token], index: int) -> tuple[NumberMatch | None, int]:
    """מינוס 1,200,000, minus 5: the number right after the word, below zero."""
    if index + 1 >= len(tokens) or not _adjacent(text, tokens[index], tokens[index + 1]):
        return None, index + 1
    match, next_index = read_from(text, tokens, index + 1)
    if match is None or match.value <= 0 or match.is_vague or match.is_ordinal:
        return match, next_index
    return attrs.evolve(match, start=tokens[index].start, value=-match.value, is_weak=False), next_index


def _read_fraction_or_indef(text: str, tokens: list[Token], index: int) -> tuple[NumberMatch | None, int]:
    """نصف مليون, half a million; a hundred, a dozen, a million."""
    first = tokens[index]
    following = _next_adjacent(text, tokens, index + 1, first, skip=lx.INDEF if first.type == lx.FRACTION else "")
    if following is None:
        return (NumberMatch(first.core, first.end, first.value) if first.alone else None), index + 1
    token = tokens[following]
    if token.type in (lx.SCALE, lx.SCALE_PLURAL) and not token.article:
        compound = _Compound(start=first.core, end=token.end, total=first.value * token.value, last_scale=token.value)
    elif first.type == lx.INDEF and token.type == lx.MULTIPLIER:
        compound = _Compound(start=first.core, end=token.end, current=token.value)
    else:
        return None, index + 1
    next_index = _extend(text, tokens, following + 1, compound)
    return NumberMatch(compound.start, compound.end, compound.value), next_index


def _next_adjacent(text: str, tokens: list[Token], index: int, previous: Token, skip: str) -> int | None:
    """The index of the token right after ``previous``, passing over one token of type ``skip``."""
    if index < len(tokens) and tokens[index].type == skip and _adjacent(text, previous, tokens[index]):
        previous, index = tokens[index], index + 1
    if index < len(tokens) and _adjacent(text, previous, tokens[index]):
        return index
    return None
