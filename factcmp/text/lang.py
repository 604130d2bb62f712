"""Language of a text: Arabic, Persian or English.

Script statistics decide between Arabic script and Latin; letters and function words
that only one of the two languages uses decide between Arabic and Persian, which is
reliable on short text where statistical detectors guess. polyglot's detector (with the
``polyglot`` extra) or else pycld2 breaks the remaining ties.
"""

from __future__ import annotations

import re

from factcmp.lexicon import load_words
from factcmp.text.inert import encodable
from factcmp.text.normalize import fold
from factcmp.text.optional import polyglot_language

LANGUAGES = ("ar", "fa", "en")

_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
# Letters Arabic writing does not use (پ چ ژ گ, keheh and Farsi yeh) and ones Persian
# does not use (teh marbuta, alef maksura, Arabic yeh, Arabic kaf).
_PERSIAN_LETTERS = "\u067e\u0686\u0698\u06af\u06a9\u06cc\u200c"
_ARABIC_LETTERS = "\u0629\u0649\u064a\u0643"
# A lead of this many letters settles Arabic against Persian without looking at words.
_DECISIVE_LETTER_LEAD = 3
_WORD = re.compile(r"[\w\u200c]+")


def lexicon_language(lang: str) -> str:
    """The language whose lexicons read text in ``lang``: itself, or English for one factcmp does not read."""
    return lang if lang in LANGUAGES else "en"


def _marker_words(lang: str) -> frozenset[str]:
    return frozenset(fold(word) for word in load_words(lang, "function_words"))


_FUNCTION_WORDS = {lang: _marker_words(lang) for lang in ("ar", "fa")}


def _arabic_or_persian(text: str) -> str | None:
    persian = sum(map(text.count, _PERSIAN_LETTERS))
    arabic = sum(map(text.count, _ARABIC_LETTERS))
    if abs(persian - arabic) >= _DECISIVE_LETTER_LEAD:
        return "fa" if persian > arabic else "ar"
    words = _WORD.findall(fold(text))
    persian += 2 * sum(word in _FUNCTION_WORDS["fa"] for word in words)
    arabic += 2 * sum(word in _FUNCTION_WORDS["ar"] for word in words)
    if persian == arabic:
        return None
    return "fa" if persian > arabic else "ar"


def _statistical_guess(text: str) -> str | None:
    text = encodable(text)  # both detectors encode the text as UTF-8 and fail on a lone surrogate
    guess = polyglot_language(text)
    if guess is not None:
        return guess if guess in LANGUAGES else None
    try:
        import pycld2
    except ImportError:  # the detector is a dependency, but a broken install must not stop us
        return None
    try:
        reliable, _, details = pycld2.detect(text)
    except pycld2.error:
        return None
    code: str = details[0][1]
    return code if reliable and code in LANGUAGES else None


def detect_language(text: str, *, default: str = "ar") -> str:
    """``ar``, ``fa`` or ``en`` for a text; ``default`` when it has no letters, or Arabic script that
    neither letters, function words nor the statistical detector can place."""
    if _LATIN.search(text) is not None:  # counting both scripts is only needed for mixed text
        if len(_LATIN.findall(text)) > len(_ARABIC_SCRIPT.findall(text)):
            return "en"
    elif _ARABIC_SCRIPT.search(text) is None:
        return default
    return _arabic_or_persian(text) or _statistical_guess(text) or default
