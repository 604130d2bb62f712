"""The number reader: every number written in a folded text, with digits or with words.

``read_numbers(folded_text, lang)`` is a pure function over text already folded by
factcmp.text.normalize.fold (so Arabic-Indic and Persian digits are ASCII, ٫ is '.', ٬ is ',').
It reads digits with separators (1,500 1.5 .77 -1.2), digits with scale words (1.5 مليون,
۳ هزار, 2 million), number words with their compounds (خمسة وعشرون, یک میلیون و پانصد هزار,
twenty-one), halves (نصف مليون, یک و نیم میلیون), the article on digits (الـ15), ordinals
(الخامس والعشرين, بیست و سوم, 21st) and vague plurals (عشرات, صدها, thousands) as ranges.

It knows nothing of what is counted, of dates or of percentages: engines built on it decide
that. Digits that are part of a date, a time, a ratio or an identifier (17/9/2018, 10:30, F-16)
are not read. Offsets are into the folded text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from factcmp.kinds.numbers import lexicon as lx
from factcmp.kinds.numbers.lexicon import NumeralLexicon, WordEntry, WordReading, numeral_lexicon
from factcmp.lexicon import entry_key

Number = int | float


@attrs.frozen
class NumberMatch:
    """One number read in a folded text; ``low``/``high`` bound a vague plural (عشرات: 20..99)."""

    start: int
    end: int
    value: Number
    low: Number | None = None
    high: Number | None = None
    is_ordinal: bool = False
    is_vague: bool = False
    is_range: bool = False  # two numbers read as one range: «3-4», «بين 20 و30», «۲۰ تا ۳۰»
    has_digits: bool = False  # written (at least in part) with digits
    # A lone word that is also a common non-number word (نه, ست, one): trust it only in context.
    is_weak: bool = False
    has_article: bool = False  # الـ15, العشرين
    follows_noun: bool = False  # a word written after the noun it counts: جندي واحد


# Digits with thousands separators and a decimal part; a bare decimal part (.77).
_TOKEN = re.compile(r"(?P<num>(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?|\.[0-9]+)|(?P<word>[^\W\d_]+)")
# Digit groups joined into a date, a time, a ratio, a phone number or a version: never numbers.
# Each starts where a digit run starts, so a long run is scanned once, not once per digit.
_CHAIN = re.compile(
    r"(?<![0-9])[0-9]+(?:[/:][0-9]+)+|(?<![0-9])[0-9]+(?:-[0-9]+){2,}|(?<![0-9])[0-9]+(?:\.[0-9]+){2,}"
    r"|\+[0-9]{1,4}(?:[ -]\(?[0-9]{2,4}\)?){0,5}"  # +44 20 7946 0958: a phone number in international form
)
_GAP = re.compile(r"[ \t]*-?[ \t]*")  # what may stand between two words of one number
_LATIN = re.compile(r"[A-Za-z]")
_MAX_GAP = 3
_PHONE_DIGITS = 7
_MAX_DIGITS = 15
_VERB_PREFIX_REACH = 6
_MAX_CLITIC = 4  # وبال  # a run of this many digits with a leading zero is a phone or an id number
_POWERS_OF_TEN = frozenset({"10", "100", "1000"})
_ARTICLE_LEN = 2  # ال, and لل where ل + ال merge
_RANGE_OPENER_REACH = 12  # how far before a range its «between» or «from» may start


@attrs.frozen
class _Token:
    start: int  # with its clitic
    end: int
    core: int  # where the number starts (after a non-article clitic)
    value: Number
    type: str  # a word type of numeral_lexicon, or DIGITS, CONNECTOR, LINK
    weak: bool = False
    conjunction: bool = False
    article: bool = False
    postposed: bool = False


DIGITS = "digits"
CONNECTOR = "connector"
LINK = "link"
DIGIT_ORDINAL = "digit_ordinal"


def read_numbers(folded_text: str, lang: str) -> list[NumberMatch]:
    """Every number in ``folded_text`` (folded with factcmp.text.normalize.fold), in text order."""
    if not folded_text:
        return []
    lexicon = numeral_lexicon(lang)
    tokens = list(_tokens(folded_text, lexicon))
    matches: list[NumberMatch] = []
    index = 0
    while index < len(tokens):
        match, index = _read_from(folded_text, tokens, index)
        if match is None:
            continue
        if matches and _is_range(folded_text, matches[-1], match, lexicon):
            matches[-1] = _range(matches[-1], match)
        else:
            matches.append(match)
    return matches


_LAST_WORD_BEFORE = re.compile(r"(\w+)\s*\Z")
_DASHES = frozenset("-–")


def _is_range(text: str, first: NumberMatch, second: NumberMatch, lexicon: NumeralLexicon) -> bool:
    """Two numbers of one range: rising, plain, and joined by a dash, «to», «or», or «and» after
    «between». After «from» the second is where a number went («ارتفع من 20 إلى 30»), not a range."""
    plain = not any(m.is_range or m.is_ordinal or m.is_vague or m.is_weak for m in (first, second))
    if not plain or not first.value < second.value:
        return False
    gap = entry_key(text[first.end : second.start].strip())
    if gap in _DASHES:
        return True
    before = _LAST_WORD_BEFORE.search(text, max(0, first.start - _RANGE_OPENER_REACH), first.start)
    opener = lexicon.range_words.get(entry_key(before.group(1))) if before else None
    if lexicon.range_words.get(gap) in ("to", "or"):
        return opener != "from"
    return gap in lexicon.connectors and opener == "between"


def _range(first: NumberMatch, second: NumberMatch) -> NumberMatch:
    return NumberMatch(
        first.start,
        second.end,
        first.value,
        low=first.value,
        high=second.value,
        is_range=True,
        has_digits=first.has_digits or second.has_digits,
        has_article=first.has_article,
    )


# --- tokens ---------------------------------------------------------------------------------


def _skipped_spans(text: str, lexicon: NumeralLexicon) -> list[tuple[int, int]]:
    spans = [m.span() for m in _CHAIN.finditer(text)]
    if lexicon.non_numbers is not None:
        spans.extend(m.span() for m in lexicon.non_numbers.finditer(text))
    return sorted(spans)


def _tokens(text: str, lexicon: NumeralLexicon) -> Iterator[_Token]:
    skipped = _skipped_spans(text, lexicon)
    skip_index = 0
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        while skip_index < len(skipped) and skipped[skip_index][1] <= start:
            skip_index += 1
        if skip_index < len(skipped) and skipped[skip_index][0] < end:
            chain = skipped[skip_index]
            token = _chain_number(text, chain, lexicon) if chain[0] == start else None
            if token is not None:
                yield token
            continue
        if match.lastgroup == "num":
            digit_token = _digit_token(text, start, end, lexicon)
            if digit_token is not None:
                yield digit_token
        elif not _after_verb_prefix(text, start, lexicon):
            word_token = _word_token(match.group(), start, end, lexicon)
            if word_token is not None:
                yield word_token


def _after_verb_prefix(text: str, start: int, lexicon: NumeralLexicon) -> bool:
    """می دهم, نمی دهم: a word after a Persian verb prefix written apart is a verb, not ده or دهم."""
    if lexicon.verb_prefix is None or start == 0 or not text[start - 1].isspace():
        return False
    return lexicon.verb_prefix.search(text, max(0, start - _VERB_PREFIX_REACH), start) is not None


def _word_token(word: str, start: int, end: int, lexicon: NumeralLexicon) -> _Token | None:
    lowered = word.lower()
    if lowered in lexicon.connectors:
        return _Token(start, end, start, 0, CONNECTOR)
    if lowered in lexicon.vague_links:
        return _Token(start, end, start, 0, LINK)
    reading = lexicon.read_word(lowered)
    if reading is None:
        return None
    return _reading_token(reading, start, end)


def _reading_token(reading: WordReading, start: int, end: int) -> _Token:
    entry: WordEntry = reading.entry
    # The article stays in the span (الـ15, العشرين); a conjunction or preposition before it does not.
    core = start + reading.prefix_len - (_ARTICLE_LEN if reading.article else 0)
    return _Token(
        start, end, core, entry.value, entry.type, entry.weak, reading.conjunction, reading.article, entry.postposed
    )


def _not_an_amount(text: str, start: int, end: int) -> bool:
    """Digits that are a code, a phone number or page furniture, not a number a report states."""
    before, after, raw = text[max(0, start - 2) : start], text[end : end + 1], text[start:end]
    if before.endswith("+") or _LATIN.search(before[-1:]) or (before.endswith("-") and before[:1].isalpha()):
        return True  # +98..., F16, S-400, إف-16, كوفيد-19: a model or a name, not an amount
    if before.endswith("[") and after == "]":
        return True  # [1]: a footnote or link marker
    if raw.startswith("0") and len(raw) >= _PHONE_DIGITS and raw.isdigit():
        return True  # 09121234567
    return sum(ch.isdigit() for ch in raw) > _MAX_DIGITS or after.isdigit()  # an account or card number


def _digit_token(text: str, start: int, end: int, lexicon: NumeralLexicon) -> _Token | None:
    if _not_an_amount(text, start, end):
        return None
    value = _tidy(float(text[start:end].replace(",", "")))
    core, article = start, False
    prefix = _letters_before(text, start)
    if prefix is None:
        return None  # digits glued to a word: a code, not a number
    if prefix:
        clitic = next((c for c in lexicon.clitics if c.prefix == prefix), None)
        if clitic is None:
            return None  # glued to letters that are not a clitic
        if clitic.article:
            core, article = start - len(prefix), True
    elif text[start - 1 : start] == "-" and not text[start - 2 : start - 1].isalnum():
        value, core = -value, start - 1
    suffix = _letters_after(text, end)
    if suffix and lx.ordinal_suffix_at(lexicon, suffix):
        return _Token(core, end + len(suffix), core, value, DIGIT_ORDINAL, article=article)
    return _Token(core, end, core, value, DIGITS, article=article)


def _letters_before(text: str, start: int) -> str | None:
    """The letters written right before digits (ال of الـ15), or None when they are longer than a clitic."""
    index = start
    while index > 0 and text[index - 1].isalpha() and start - index < _MAX_CLITIC:
        index -= 1
    if index > 0 and text[index - 1].isalpha():
        return None
    return text[index:start].lower()


def _letters_after(text: str, end: int) -> str:
    index = end
    while index < len(text) and text[index].isalpha():
        index += 1
    return text[end:index]


def _tidy(value: float) -> Number:
    return int(value) if float(value).is_integer() else round(value, 10)


def _chain_number(text: str, chain: tuple[int, int], lexicon: NumeralLexicon) -> _Token | None:
    """a/b read as a number: a fraction over a power of ten (77/100), or, in Persian, a decimal
    written with a slash before a scale or a percent (۱/۵ میلیون, ۲/۵ درصد)."""
    start, end = chain
    parts = text[start:end].split("/")
    if len(parts) != 2 or not all(part.isdigit() for part in parts) or _LATIN.search(text[start - 1 : start]):
        return None
    negative = text[start - 1 : start] == "-" and not text[start - 2 : start - 1].isalnum()
    sign, core = (-1, start - 1) if negative else (1, start)
    if lexicon.lang == "fa" and _scale_or_percent_follows(text, end, lexicon):
        return _Token(core, end, core, sign * _tidy(float(f"{parts[0]}.{parts[1]}")), DIGITS)
    if lexicon.lang != "fa" and parts[1] in _POWERS_OF_TEN and not parts[0].startswith("0"):
        return _Token(core, end, core, sign * _tidy(int(parts[0]) / int(parts[1])), DIGITS)
    return None


def _scale_or_percent_follows(text: str, end: int, lexicon: NumeralLexicon) -> bool:
    rest = text[end : end + 24].lstrip().lower()
    if rest.startswith("%") or any(rest.startswith(word) for word in lexicon.percent_words):
        return True
    word = _TOKEN.match(rest)
    if word is None or word.lastgroup != "word":
        return False
    reading = lexicon.read_word(word.group())
    return reading is not None and reading.entry.type in lx.SCALES


# --- compounds ------------------------------------------------------------------------------


def _adjacent(text: str, left: _Token, right: _Token) -> bool:
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
        return _tidy(self.total + self.current)


def _read_from(text: str, tokens: list[_Token], index: int) -> tuple[NumberMatch | None, int]:
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
    )
    return match, next_index


def _ends_in_ten(token: _Token) -> bool:
    """العشرين, والثلاثون: Arabic writes an ordinal ten as the cardinal with the article."""
    return token.article and token.type == lx.CARDINAL and 20 <= token.value < 100 and token.value % 10 == 0


def _start(token: _Token) -> _Compound | None:
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


def _extend(text: str, tokens: list[_Token], index: int, compound: _Compound) -> int:
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


def _after_connector(text: str, tokens: list[_Token], index: int, previous: _Token) -> tuple[bool, int | None]:
    token = tokens[index]
    if not _adjacent(text, previous, token):
        return False, None
    if token.type != CONNECTOR:
        return False, index
    if index + 1 < len(tokens) and _adjacent(text, token, tokens[index + 1]):
        return True, index + 1
    return False, None


def _take(text: str, tokens: list[_Token], index: int, compound: _Compound, conjunction: bool) -> int:
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
    if token.type == lx.INDEF and conjunction:  # and a half
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is not None and following.type == lx.FRACTION and _adjacent(text, token, following):
            return 2 if _take_fraction(following, compound) else 0
        return 0
    if token.type == lx.FRACTION and conjunction:
        return 1 if _take_fraction(token, compound) else 0
    return 0


def _take_after_digits(text: str, tokens: list[_Token], index: int, compound: _Compound, conjunction: bool) -> int:
    token = tokens[index]
    if token.type in (lx.SCALE, lx.SCALE_PLURAL) and not conjunction and not compound.ordinal:
        return _take_scale(token, compound, conjunction)
    if token.type == lx.POINT and not conjunction:
        return _take_point(text, tokens, index, compound)
    return 0


def _take_point(text: str, tokens: list[_Token], index: int, compound: _Compound) -> int:
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
    compound.current = _tidy(compound.current + fraction)
    compound.closed = True
    return 2


def _take_after_ordinal(token: _Token, compound: _Compound, conjunction: bool) -> int:
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


def _take_word(token: _Token, compound: _Compound, conjunction: bool) -> int:
    value = token.value
    teen = token.type == lx.TEEN_SUFFIX and compound.last_unit and not conjunction and 0 < compound.current < 10
    if not teen and not _fits(compound, value, conjunction):
        return 0
    compound.current += value
    compound.last_unit = value < 10
    if token.type == lx.ORDINAL:
        compound.ordinal = compound.closed = True
    if _ends_in_ten(token):
        compound.ordinal = True
    return 1


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


def _take_multiplier(token: _Token, compound: _Compound, conjunction: bool) -> int:
    """ثلاث مئة, two hundred, two dozen; مئة alone after a scale (ألف ومئة)."""
    if not conjunction and 0 < compound.current < 100 and isinstance(compound.current, int):
        compound.current *= token.value
    elif compound.current == 0 and compound.total > 0:
        compound.current = token.value
    else:
        return 0
    compound.last_unit = False
    return 1


def _take_scale(token: _Token, compound: _Compound, conjunction: bool) -> int:
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


def _take_fraction(token: _Token, compound: _Compound) -> bool:
    """یک و نیم (then a scale may follow), مليون ونصف (the half is of the scale, and ends the number)."""
    if 0 < compound.current < 10 and isinstance(compound.current, int) and compound.last_scale is None:
        compound.current += token.value
        compound.last_unit = False
        return True
    if compound.current == 0 and compound.last_scale is not None:
        compound.total += token.value * compound.last_scale
        compound.closed = True
        return True
    return False


def _read_vague(text: str, tokens: list[_Token], index: int) -> tuple[NumberMatch | None, int]:
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


def _read_few(text: str, tokens: list[_Token], index: int) -> tuple[NumberMatch | None, int]:
    """بضعة آلاف, چند هزار, several thousand: a few of a scale, read as its vague plural."""
    first = tokens[index]
    following = _next_adjacent(text, tokens, index + 1, first, skip="")
    if following is None or tokens[following].type not in (lx.SCALE, lx.SCALE_PLURAL):
        return None, index + 1
    base = tokens[following].value
    match = NumberMatch(first.core, tokens[following].end, base, low=2 * base, high=10 * base - 1, is_vague=True)
    return match, following + 1


def _read_fraction_or_indef(text: str, tokens: list[_Token], index: int) -> tuple[NumberMatch | None, int]:
    """نصف مليون, half a million; a hundred, a dozen, a million."""
    first = tokens[index]
    following = _next_adjacent(text, tokens, index + 1, first, skip=lx.INDEF if first.type == lx.FRACTION else "")
    if following is None:
        return None, index + 1
    token = tokens[following]
    if token.type in (lx.SCALE, lx.SCALE_PLURAL) and not token.article:
        compound = _Compound(start=first.core, end=token.end, total=first.value * token.value, last_scale=token.value)
    elif first.type == lx.INDEF and token.type == lx.MULTIPLIER:
        compound = _Compound(start=first.core, end=token.end, current=token.value)
    else:
        return None, index + 1
    next_index = _extend(text, tokens, following + 1, compound)
    return NumberMatch(compound.start, compound.end, compound.value), next_index


def _next_adjacent(text: str, tokens: list[_Token], index: int, previous: _Token, skip: str) -> int | None:
    """The index of the token right after ``previous``, passing over one token of type ``skip``."""
    if index < len(tokens) and tokens[index].type == skip and _adjacent(text, previous, tokens[index]):
        previous, index = tokens[index], index + 1
    if index < len(tokens) and _adjacent(text, previous, tokens[index]):
        return index
    return None
