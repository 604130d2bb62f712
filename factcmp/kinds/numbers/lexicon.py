"""The number-word lexicon of one language, loaded once: words, clitics, connectors, suffixes.

Every entry is folded on load (factcmp.text.normalize.fold) and lower-cased, so lookups take
folded, lower-cased words. The data lives in factcmp/lexicon/<lang>/ (number_words.tsv,
number_connectors.txt, number_ranges.tsv, vague_links.txt, ordinal_suffixes.tsv, non_numbers.txt,
percent_words.txt); the clitics a number may carry are those clitics.tsv cuts from numbers
(factcmp.text.affixes).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import attrs

from factcmp.lexicon import entry_key, load_table, load_words
from factcmp.text.affixes import Clitic, number_clitics
from factcmp.text.lang import lexicon_language

# Types of number words (column `type` of number_words.tsv).
CARDINAL = "cardinal"
TEEN_SUFFIX = "teen_suffix"
MULTIPLIER = "multiplier"
SCALE = "scale"
SCALE_PLURAL = "scale_plural"
SCALE_DUAL = "scale_dual"
FRACTION = "fraction"
VAGUE = "vague"
ORDINAL = "ordinal"
POINT = "point"
INDEF = "indef"
FEW = "few"  # بضعة, چند, several: a vague count of the scale after it (بضعة آلاف)
MINUS = "minus"  # מינוס: the number after it is below zero
SCALES = frozenset({SCALE, SCALE_PLURAL, SCALE_DUAL})


@attrs.frozen
class WordEntry:
    value: int | float
    type: str
    weak: bool = False
    postposed: bool = False  # written after the noun it counts (جندي واحد, جنديان اثنان)
    alone: bool = False  # a fraction that is a number on its own (Hebrew «חצי»), not only before a scale
    glued: bool = False  # a number only glued to the digits before it (100к, 3М), else a word of its own
    capital: bool = False  # a number only as written in capitals (3М; 100м is metres)


@attrs.frozen
class WordReading:
    """A word read as a number word, with the clitic written on it (وعشرون, الـ, بالمئة)."""

    entry: WordEntry
    prefix_len: int = 0
    conjunction: bool = False
    article: bool = False
    article_len: int = 0  # the letters of the clitic that are the article, which stay in the span


def _number(text: str) -> int | float:
    value = float(text)
    return int(value) if value.is_integer() else value


@attrs.frozen(eq=False)  # compared and hashed by identity: one instance per language
class NumeralLexicon:
    lang: str
    words: dict[str, WordEntry]
    clitics: tuple[Clitic, ...]  # longest prefix first
    connectors: frozenset[str]
    range_words: dict[str, str]  # word -> to, or, between, from, change, and (number_ranges.tsv)
    vague_links: frozenset[str]
    ordinal_suffixes: tuple[tuple[str, str], ...]  # (suffix, letters the stem must end in, "" for any)
    case_suffixes: tuple[str, ...]  # endings after digits and a hyphen that leave them a cardinal (ти of 15-ти)
    non_numbers: re.Pattern[str] | None
    percent_words: tuple[str, ...]
    verb_prefix: re.Pattern[str] | None  # a verb prefix written apart, right before a position

    def read_word(self, word: str) -> WordReading | None:
        return _read_word(self, word.lower())

    def is_and(self, word: str) -> bool:
        """«و», and, «и»: a word that joins two numbers (of a compound, or the ends of «between X and Y»)."""
        return word in self.connectors or self.range_words.get(word) == "and"


def _load_words(lang: str) -> dict[str, WordEntry]:
    words: dict[str, WordEntry] = {}
    for row in load_table(lang, "number_words"):
        flags = row.get("flags", "").split(",")
        entry = WordEntry(
            _number(row["value"]),
            row["type"],
            "weak" in flags,
            "postposed" in flags,
            alone="alone" in flags,
            glued="glued" in flags,
            capital="capital" in flags,
        )
        words[entry_key(row["word"])] = entry
    return words


def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    keys = sorted({entry_key(phrase) for phrase in phrases}, key=len, reverse=True)
    if not keys:
        return None
    alternatives = "|".join(_word_start_phrase(key) for key in keys)
    return re.compile(rf"(?:{alternatives})(?![^\W\d_])", re.IGNORECASE)


def _word_start_phrase(key: str) -> str:
    """A phrase where no letter stands before it, a space in it standing for any white space.

    It opens with its first letter and only then looks behind it, at the letter and the one before
    (entry keys never start with a space), so that where letters are uncased the regex engine
    skips in C every position no phrase starts at, rather than taking a look-behind step at each."""
    first, rest = re.escape(key[:1]), re.escape(key[1:]).replace(r"\ ", r"\s+")
    return rf"{first}(?<![^\W\d_]{first}){rest}"


@cache
def numeral_lexicon(lang: str) -> NumeralLexicon:
    """The lexicon of ``lang``; an unknown language reads with the English one."""
    lang = lexicon_language(lang)
    rows = load_table(lang, "ordinal_suffixes")
    # kind «case» (Russian 15-ти, 2-х): a case ending of the cardinal, not an ordinal one
    cases = sorted(
        {entry_key(row["suffix"]).lstrip("-") for row in rows if row.get("kind") == "case"}, key=len, reverse=True
    )
    suffixes = tuple(
        (entry_key(row["suffix"]), entry_key(row.get("stem_ends", ""))) for row in rows if row.get("kind") != "case"
    )
    return NumeralLexicon(
        lang=lang,
        words=_load_words(lang),
        clitics=number_clitics(lang),
        connectors=frozenset(entry_key(word) for word in load_words(lang, "number_connectors")),
        range_words={entry_key(row["word"]): row["role"] for row in load_table(lang, "number_ranges")},
        vague_links=frozenset(entry_key(word) for word in load_words(lang, "vague_links")),
        ordinal_suffixes=tuple(sorted(suffixes, key=lambda pair: -len(pair[0]))),
        case_suffixes=tuple(cases),
        non_numbers=_phrase_pattern(load_words(lang, "non_numbers")),
        percent_words=tuple(entry_key(word) for word in load_words(lang, "percent_words")),
        verb_prefix=_verb_prefix_pattern(load_words(lang, "verb_prefixes")),
    )


@cache
def currency_signs() -> tuple[tuple[str, str], ...]:
    """Currency signs ($, €, Rs.) and their units, longest sign first (common/currency_symbols.tsv)."""
    rows = load_table("common", "currency_symbols")
    return tuple(sorted(((row["symbol"], row["unit"]) for row in rows), key=lambda pair: -len(pair[0])))


@cache
def sign_letters() -> frozenset[str]:
    """The first and last characters of every sign: what must stand next to a number for it to have one."""
    return frozenset(c for sign, _ in currency_signs() for c in (sign[0], sign[-1]))


def gap_word(gap: str) -> str:
    """The word between two numbers as lexicons list it: without the currency signs written on the
    numbers («$-» of «10$-20$», «and $» of «between $10 and $20» are a dash and «and») and without
    the hyphen a clitic takes before digits (Hebrew «ל-20», «ו-43»)."""
    word = entry_key(without_signs(gap))
    return word[:-1] if len(word) > 1 and word.endswith("-") and word[-2].isalpha() else word


def without_signs(gap: str) -> str:
    """The words between two numbers without the currency signs written on them."""
    gap = gap.strip()
    if gap[:1] in sign_letters():
        gap = next((gap[len(sign) :].lstrip() for sign, _ in currency_signs() if gap.startswith(sign)), gap)
    if gap[-1:] in sign_letters():
        signs = (sign for sign, _ in currency_signs() if gap.endswith(sign) and len(gap) > len(sign))
        gap = next((gap[: -len(sign)].rstrip() for sign in signs), gap)
    return gap


def before_sign(text: str, start: int) -> int:
    """Where a currency sign written right before ``start`` ($10, $ 10) begins; ``start`` when none is."""
    window = max(0, start - _SIGN_REACH)
    head = text[window:start].rstrip(" ")
    if head[-1:] not in sign_letters():
        return start  # most numbers: no sign's letter before them
    return next((window + len(head) - len(sign) for sign, _ in currency_signs() if head.endswith(sign)), start)


_SIGN_REACH = 4  # characters looked at before a number for a currency sign


def _verb_prefix_pattern(prefixes: tuple[str, ...]) -> re.Pattern[str] | None:
    if not prefixes:
        return None
    alternatives = "|".join(re.escape(entry_key(prefix)) for prefix in sorted(prefixes, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})[ \t]+$")


_MIN_STEM = 2  # a clitic or a suffix never leaves less than this of a word


@lru_cache(maxsize=65536)
def _read_word(lexicon: NumeralLexicon, word: str) -> WordReading | None:
    entry = lexicon.words.get(word)
    if entry is not None:
        return WordReading(entry)
    for clitic in lexicon.clitics:
        stem = word[len(clitic.prefix) :]
        if word.startswith(clitic.prefix) and len(stem) >= _MIN_STEM:
            entry = lexicon.words.get(stem) or _ordinal_of(lexicon, stem)
            if entry is not None:
                return WordReading(entry, len(clitic.prefix), clitic.conjunction, clitic.article, clitic.article_len)
    entry = _ordinal_of(lexicon, word)
    return WordReading(entry) if entry is not None else None


def _ordinal_of(lexicon: NumeralLexicon, word: str) -> WordEntry | None:
    """پنجم, fourth: a cardinal with an ordinal suffix."""
    for suffix, stem_ends in lexicon.ordinal_suffixes:
        stem = word[: -len(suffix)]
        if not word.endswith(suffix) or len(stem) < _MIN_STEM or (stem_ends and stem[-1] not in stem_ends):
            continue
        entry = lexicon.words.get(stem)
        if entry is not None and entry.type in (CARDINAL, MULTIPLIER, SCALE, TEEN_SUFFIX):
            return WordEntry(entry.value, ORDINAL)
    return None


def ordinal_suffix_at(lexicon: NumeralLexicon, letters: str) -> bool:
    """Whether letters written right after digits are an ordinal suffix (21st, ۲۰مین)."""
    return any(letters.lower() == suffix for suffix, _ in lexicon.ordinal_suffixes)
