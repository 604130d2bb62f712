"""The tokens numbers are read from: digits (with their clitic, sign and ordinal suffix), number
words of the lexicon, and the words that join them («و», «and»); digits that are a date, a
time, a code or a phone number give no token."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import attrs

from factcmp.kinds.numbers import lexicon as lx
from factcmp.kinds.numbers.lexicon import NumeralLexicon, WordEntry, WordReading
from factcmp.kinds.numbers.match import Number
from factcmp.text.affixes import Clitic
from factcmp.text.lang import writes_decimal_comma

# Digits with thousands separated by commas or by spaces (2 500 000, as French and Persian styles
# write them), a decimal part; a bare decimal part (.77) where no letter precedes it (Rs.50 is 50).
# Each pattern opens with the class of its first character, a digit or a point, so that the regex
# engine skips in C every other position (a look-behind first would cost a step at each); the
# look-behinds after it say which it was and what stood before it.
_SPACED_GROUPS = r"(?<![0-9,.].)[0-9]{0,2}(?:[ \u00a0\u202f][0-9]{3})+(?![0-9])"
_BARE_DECIMAL = r"(?<=\.)(?<![^\W\d_].)[0-9]+"


def _digits_pattern(groups: str, decimal_point: str) -> re.Pattern[str]:
    return re.compile(f"(?P<num>[0-9.](?:(?<=[0-9])(?:{groups}|[0-9]*)(?:{decimal_point}[0-9]+)?|{_BARE_DECIMAL}))")


_DIGITS = _digits_pattern(f"[0-9]{{0,2}}(?:,[0-9]{{3}})+|{_SPACED_GROUPS}", r"\.")
# Languages that write the decimal part after a comma (1,5 млн; 15,5%) group thousands with spaces only.
_DECIMAL_COMMA_DIGITS = _digits_pattern(_SPACED_GROUPS, "[.,]")
_WORD = re.compile(r"(?P<word>[^\W\d_]+)")
_GROUP_SEPARATORS = str.maketrans("", "", ", \u00a0\u202f")
_SPACES = str.maketrans(",", ".", " \u00a0\u202f")
# Digit groups joined into a date, a time, a ratio, a phone number or a version: never numbers.
# Each starts where a digit run starts, so a long run is scanned once, not once per digit. The
# pattern opens with the class of its first character, so that the regex engine skips in C every
# position that holds neither a digit nor a plus (eight times faster than a look-behind first);
# the look-behinds after it then say which it was.
_CHAIN = re.compile(
    r"[0-9+](?:(?<=\+)[0-9]{1,4}(?:[ -]\(?[0-9]{2,4}\)?){0,5}"  # +44 20 7946 0958: a phone number
    r"|(?<![0-9].)(?<=[0-9])[0-9]*(?:(?:[/:][0-9]+)+|(?:-[0-9]+){2,}|(?:\.[0-9]+){2,}))"
)
_LATIN = re.compile(r"[A-Za-z]")
_PHONE_DIGITS = 7  # a run of this many digits with a leading zero is a phone or an id number
_MAX_DIGITS = 15
_VERB_PREFIX_REACH = 6
_POWERS_OF_TEN = frozenset({"10", "100", "1000"})


@attrs.frozen
class Token:
    start: int  # with its clitic
    end: int
    core: int  # where the number starts (after a non-article clitic)
    value: Number
    type: str  # a word type of the numeral lexicon, or DIGITS, CONNECTOR, LINK
    weak: bool = False
    conjunction: bool = False
    article: bool = False
    postposed: bool = False
    alone: bool = False  # a fraction read on its own


DIGITS = "digits"
CONNECTOR = "connector"
LINK = "link"
DIGIT_ORDINAL = "digit_ordinal"


# Digits in a web address are no amount. The pattern opens with a case-sensitive class of every
# letter «h» or «w» matches in any case, so that the regex engine skips in C every position that
# holds none; the look-behind after it says which it was (a case-insensitive first letter would
# leave the engine a step at each position).
_ADDRESS = re.compile(r"(?-i:[HWhw])(?:(?<=h)ttps?://|(?<=w)ww\.)[^\s\"'<>«»]+", re.IGNORECASE)


def _skipped_spans(text: str, lexicon: NumeralLexicon) -> list[tuple[int, int]]:
    spans = [m.span() for m in _CHAIN.finditer(text)]
    spans.extend(m.span() for m in _ADDRESS.finditer(text))
    if lexicon.non_numbers is not None:
        spans.extend(m.span() for m in lexicon.non_numbers.finditer(text))
    return sorted(spans)


def _candidates(text: str, lexicon: NumeralLexicon) -> list[re.Match[str]]:
    """The digits and the words the lexicon reads, in text order: most words of a text are none of
    its words, and are dropped as they are found rather than each taken through the checks below."""
    digits = _DECIMAL_COMMA_DIGITS if writes_decimal_comma(lexicon.lang) else _DIGITS
    found = [*digits.finditer(text), *(word for word in _WORD.finditer(text) if _numeral(lexicon, word.group()))]
    found.sort(key=re.Match.start)  # digits and letters never overlap
    return found


def read_tokens(text: str, lexicon: NumeralLexicon) -> Iterator[Token]:
    skipped = _skipped_spans(text, lexicon)
    skip_index = 0
    for match in _candidates(text, lexicon):
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
            word_token = _word_token(match.group(), start, end, lexicon, text)
            if word_token is not None:
                yield word_token


def _after_verb_prefix(text: str, start: int, lexicon: NumeralLexicon) -> bool:
    """می دهم, نمی دهم: a word after a Persian verb prefix written apart is a verb, not ده or دهم."""
    if lexicon.verb_prefix is None or start == 0 or not text[start - 1].isspace():
        return False
    return lexicon.verb_prefix.search(text, max(0, start - _VERB_PREFIX_REACH), start) is not None


@lru_cache(maxsize=1 << 16)
def _numeral(lexicon: NumeralLexicon, word: str) -> bool:
    """A quick no, once per word: whether the lexicon reads the word at all (most words of a text
    are none of its words; ``_word_token`` says whether it is one here)."""
    lowered = word.lower()
    return lowered in lexicon.connectors or lowered in lexicon.vague_links or lexicon.read_word(lowered) is not None


def _word_token(word: str, start: int, end: int, lexicon: NumeralLexicon, text: str) -> Token | None:
    lowered = word.lower()
    if lowered in lexicon.connectors:
        return Token(start, end, start, 0, CONNECTOR)
    if lowered in lexicon.vague_links:
        return Token(start, end, start, 0, LINK)
    reading = lexicon.read_word(lowered)
    if reading is None:
        return None
    if reading.entry.glued and not text[start - 1 : start].isdigit():
        return None  # к, М: a scale only right after digits (100к, 1.2М)
    if reading.entry.capital and not word.isupper():
        return None
    return _reading_token(reading, start, end)


def _reading_token(reading: WordReading, start: int, end: int) -> Token:
    entry: WordEntry = reading.entry
    # The article stays in the span (الـ15, العشرين); a conjunction or preposition before it does not.
    core = start + reading.prefix_len - reading.article_len
    return Token(
        start,
        end,
        core,
        entry.value,
        entry.type,
        entry.weak,
        reading.conjunction,
        reading.article,
        entry.postposed,
        entry.alone,
    )


def _not_an_amount(text: str, start: int, end: int, *, after_clitic: bool = False) -> bool:
    """Digits that are a code, a phone number or page furniture, not a number a report states."""
    before, after, raw = text[max(0, start - 2) : start], text[end : end + 1], text[start:end]
    model = before.endswith("-") and before[:1].isalpha() and not after_clitic
    if before.endswith("+") or _LATIN.search(before[-1:]) or model:
        return True  # +98..., F16, S-400, إف-16, كوفيد-19: a model or a name, not an amount
    if before.endswith("[") and after == "]":
        return True  # [1]: a footnote or link marker
    if raw.startswith("0") and len(raw) >= _PHONE_DIGITS and raw.isdigit():
        return True  # 09121234567
    return sum(ch.isdigit() for ch in raw) > _MAX_DIGITS or after.isdigit()  # an account or card number


def _digit_token(text: str, start: int, end: int, lexicon: NumeralLexicon) -> Token | None:
    hyphened = _clitic_before_hyphen(text, start, lexicon)
    if _not_an_amount(text, start, end, after_clitic=hyphened is not None):
        return None
    separators = _SPACES if writes_decimal_comma(lexicon.lang) else _GROUP_SEPARATORS
    value = tidy(float(text[start:end].translate(separators)))
    core, article = start, False
    prefix = _letters_before(text, start)
    clitic = next((c for c in lexicon.clitics if c.prefix == prefix), None) if prefix else None
    if hyphened is not None:
        prefix, clitic = hyphened.prefix + "-", hyphened
    if prefix and clitic is None and _LATIN.search(prefix):
        return None  # F16, COVID19: digits glued to a Latin word are a code, not a number
    # Digits glued to an Arabic-script word that is no clitic (أصيب47, عام2001, رقم5) are a
    # typing slip of web text: the number stands on its own.
    if clitic is not None and clitic.article:
        core, article = start - len(prefix), True
    elif hyphened is None and text[start - 1 : start] == "-" and _minus_sign_at(text, start - 1):
        value, core = -value, start - 1
    suffix = _letters_after(text, end)
    if not suffix and text[end : end + 1] == "-":  # «5-го», «18-е»: an ordinal ending after a hyphen
        hyphenated = "-" + _letters_after(text, end + 1)
        suffix = hyphenated if len(hyphenated) > 1 and lx.ordinal_suffix_at(lexicon, hyphenated) else ""
    if suffix and lx.ordinal_suffix_at(lexicon, suffix):
        return Token(core, end + len(suffix), core, value, DIGIT_ORDINAL, article=article)
    if text[end : end + 1] == "-" and (_letters_after(text, end + 1).lower() in lexicon.case_suffixes):
        end += 1 + len(_letters_after(text, end + 1))  # «15-ти», «2-х»: the cardinal with its case ending
    return Token(core, end, core, value, DIGITS, article=article)


_BEFORE_MINUS = frozenset(" \t\r\n([{«\"'“:=")


def _minus_sign_at(text: str, dash: int) -> bool:
    """A minus sign, not a dash between two ends (10-20, 10$-20$): at the start of the text or
    after a space or an opening mark."""
    return dash == 0 or text[dash - 1] in _BEFORE_MINUS


def _clitic_before_hyphen(text: str, start: int, lexicon: NumeralLexicon) -> Clitic | None:
    """The prefix a language writes before a hyphen and digits (ב-17, כ-200, ה-15), which makes them
    a number with its clitic, not a model name (S-400, إف-16)."""
    if text[start - 1 : start] != "-":
        return None
    letters = _letters_before(text, start - 1)
    if not letters or text[start - 2 - len(letters) : start - 1 - len(letters)].isalnum():
        return None
    return next((c for c in lexicon.clitics if c.prefix == letters), None)


def _letters_before(text: str, start: int) -> str:
    """The letters written right before digits (ال of الـ15, أصيب of أصيب47)."""
    index = start
    while index > 0 and text[index - 1].isalpha():
        index -= 1
    return text[index:start].lower()


def _letters_after(text: str, end: int) -> str:
    index = end
    while index < len(text) and text[index].isalpha():
        index += 1
    return text[end:index]


def tidy(value: float) -> Number:
    return int(value) if float(value).is_integer() else round(value, 10)


def _chain_number(text: str, chain: tuple[int, int], lexicon: NumeralLexicon) -> Token | None:
    """a/b read as a number: a fraction over a power of ten (77/100), or, in Persian, a decimal
    written with a slash before a scale or a percent (۱/۵ میلیون, ۲/۵ درصد)."""
    start, end = chain
    parts = text[start:end].split("/")
    if len(parts) != 2 or not all(part.isdigit() for part in parts) or _LATIN.search(text[start - 1 : start]):
        return None
    negative = text[start - 1 : start] == "-" and not text[start - 2 : start - 1].isalnum()
    sign, core = (-1, start - 1) if negative else (1, start)
    if lexicon.lang == "fa" and _scale_or_percent_follows(text, end, lexicon):
        return Token(core, end, core, sign * tidy(float(f"{parts[0]}.{parts[1]}")), DIGITS)
    if lexicon.lang != "fa" and parts[1] in _POWERS_OF_TEN and not parts[0].startswith("0"):
        return Token(core, end, core, sign * tidy(int(parts[0]) / int(parts[1])), DIGITS)
    return None


def _scale_or_percent_follows(text: str, end: int, lexicon: NumeralLexicon) -> bool:
    rest = text[end : end + 24].lstrip().lower()
    if rest.startswith("%") or any(rest.startswith(word) for word in lexicon.percent_words):
        return True
    word = _WORD.match(rest)
    if word is None:
        return False
    reading = lexicon.read_word(word.group())
    return reading is not None and reading.entry.type in lx.SCALES
