"""Backends of the ``factcmp[polyglot]`` extra: polyglot's language detector and ICU sentence breaks.

Both run offline (polyglot's detector wraps the CLD2 model it ships; ICU carries its break
rules). The core never needs them: when they are not installed these functions say so by
returning None, and the callers fall back to their own rules.
"""

from __future__ import annotations

import logging
from functools import cache
from types import ModuleType

from factcmp.text.inert import encodable


@cache
def _module(name: str) -> ModuleType | None:
    try:
        return __import__(name, fromlist=["_"])
    except ImportError:
        return None


def polyglot_available() -> bool:
    return _module("polyglot.detect") is not None


def icu_available() -> bool:
    return _module("icu") is not None


def polyglot_language(text: str) -> str | None:
    """The language polyglot detects, when it is installed and sure; else None."""
    detect = _module("polyglot.detect")
    if detect is None:
        return None
    # Even with quiet=True polyglot logs a warning for every text it is unsure of; unsure is an
    # answer here (the caller falls back to its own rules), not something to tell the user.
    logging.getLogger("polyglot.detect.base").setLevel(logging.ERROR)
    try:
        detector = detect.Detector(text, quiet=True)
    except Exception:  # polyglot raises its own error types for text it cannot judge
        return None
    code = str(detector.language.code)
    return code if detector.reliable else None


def icu_sentence_ends(text: str, lang: str) -> list[int] | None:
    """Offsets where ICU's sentence rules for ``lang`` end a sentence; None without PyICU."""
    icu = _module("icu")
    if icu is None:
        return None
    breaker = icu.BreakIterator.createSentenceInstance(icu.Locale(lang))
    breaker.setText(encodable(text))  # one character for one: the index below still holds
    # ICU counts in UTF-16 code units; map them back to Python's code points.
    units_to_points = _utf16_index(text)
    return [units_to_points[boundary] for boundary in breaker if boundary > 0]


def _utf16_index(text: str) -> dict[int, int]:
    index, units = {0: 0}, 0
    for point, ch in enumerate(text, start=1):
        units += 2 if ord(ch) > 0xFFFF else 1
        index[units] = point
    return index
