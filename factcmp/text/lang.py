"""Language of a text: Arabic, Persian, English, Russian or Hebrew.

Script statistics decide between Arabic script, Latin, Cyrillic and Hebrew; letters and function
words that only one of Arabic and Persian uses decide between the two, which is reliable on short
text where statistical detectors guess. polyglot's detector (with the ``polyglot`` extra) or else
pycld2 breaks the remaining ties, and tells the other languages of each script apart.

``detect_language`` answers the question "is this a language factcmp reads, and which?" and
says None for anything else (French, Urdu, Ukrainian, Yiddish, an empty string);
``reading_language`` is the language the engines read a text in, which is always one of the five.
"""

from __future__ import annotations

import re

from factcmp.lexicon import load_words
from factcmp.names import LANGUAGES as LANGUAGES  # re-exported: where the engines have always found them
from factcmp.text.inert import encodable
from factcmp.text.normalize import fold
from factcmp.text.optional import polyglot_language

_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_CYRILLIC = re.compile(r"[\u0400-\u04FF\u0500-\u052F]")
_HEBREW = re.compile(r"[\u05D0-\u05EA\u05F0-\u05F2\uFB1D-\uFB4F]")
# Codes pycld2 still gives in their pre-1989 form.
_OLD_CODES = {"iw": "he", "in": "id", "ji": "yi"}
# The language each of the other scripts is read in.
_SCRIPT_READING = {"cyrillic": "ru", "hebrew": "he"}
# Letters Arabic writing does not use (پ چ ژ گ, keheh and Farsi yeh) and ones Persian
# does not use (teh marbuta, alef maksura, Arabic yeh, Arabic kaf).
_PERSIAN_LETTERS = "\u067e\u0686\u0698\u06af\u06a9\u06cc\u200c"
_ARABIC_LETTERS = "\u0629\u0649\u064a\u0643"
# A lead of this many letters settles Arabic against Persian without looking at words.
_DECISIVE_LETTER_LEAD = 3
_WORD = re.compile(r"[\w\u200c]+")
_LETTER = re.compile(r"[^\W\d_]")
# Letters of Urdu, Pashto and Kurdish that neither Arabic nor Persian writes (not ڤ,
# which Arabic writes for a foreign v).
_OTHER_ARABIC_SCRIPT_LETTERS = (
    "\u0679\u0688\u0691\u06ba\u06d2\u06d3"  # Urdu: ٹ ڈ ڑ ں ے ۓ
    "\u06d0\u06cd\u069a\u0696\u0681\u0685\u0689\u0693\u06bc"  # Pashto: ې ۍ ښ ږ ځ څ ډ ړ ڼ
    "\u06c6\u06ce\u06b5\u0695"  # Kurdish: ۆ ێ ڵ ڕ
)
# A Latin-script text with at least this share of English function words is English.
_ENGLISH_SHARE = 0.1


# Languages whose script has capital letters: their lexicon patterns match in any case.
CASED_LANGUAGES = frozenset({"en", "ru"})


def case_flags(lang: str) -> int:
    """The regular-expression flags a language's lexicon patterns are compiled with."""
    return re.IGNORECASE if lang in CASED_LANGUAGES else 0


# Languages that write a date's numbers with dots and a two-digit year (31.10.74, 18.07.14): there
# such a group is a date; elsewhere «1.5.20» is more often a version or a score.
DOTTED_DATE_LANGUAGES = frozenset({"ru"})


def writes_dotted_dates(lang: str) -> bool:
    return lang in DOTTED_DATE_LANGUAGES


# Languages whose writers put the month first as often as the day (4/22 in the US, 22/4 in Britain):
# there a day and month without a year that could be read either way («2/5») is no date; elsewhere
# the day comes first.
EITHER_ORDER_LANGUAGES = frozenset({"en"})


def writes_either_order(lang: str) -> bool:
    return lang in EITHER_ORDER_LANGUAGES


# Languages that write a decimal comma (1,5 млн; 15,5%) and group thousands with spaces, never commas.
DECIMAL_COMMA_LANGUAGES = frozenset({"ru"})


def writes_decimal_comma(lang: str) -> bool:
    return lang in DECIMAL_COMMA_LANGUAGES


def lexicon_language(lang: str) -> str:
    """The language whose lexicons read text in ``lang``: itself, or English for one factcmp does not read."""
    return lang if lang in LANGUAGES else "en"


def _marker_words(lang: str) -> frozenset[str]:
    return frozenset(fold(word) for word in load_words(lang, "function_words"))


_FUNCTION_WORDS = {lang: _marker_words(lang) for lang in ("ar", "fa")}
_ENGLISH_WORDS = frozenset(load_words("en", "function_words"))


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


def _statistical_language(text: str) -> str | None:
    """The language, any language, the statistical detector is sure of (polyglot's, else pycld2);
    None when it is not sure."""
    text = encodable(text)  # both detectors encode the text as UTF-8 and fail on a lone surrogate
    guess = polyglot_language(text)
    if guess is not None:
        return guess
    try:
        import pycld2
    except ImportError:  # the detector is a dependency, but a broken install must not stop us
        return None
    try:
        reliable, _, details = pycld2.detect(text)
    except pycld2.error:
        return None
    code: str = details[0][1]
    return _OLD_CODES.get(code, code) if reliable and code != "un" else None


def _script_counts(text: str) -> dict[str, int]:
    """How many of the text's letters each script has: arabic, latin, cyrillic, hebrew (in that
    order, which breaks ties); a script the text does not use is left out."""
    scripts = (("arabic", _ARABIC_SCRIPT), ("latin", _LATIN), ("cyrillic", _CYRILLIC), ("hebrew", _HEBREW))
    # counting is only needed for the scripts present
    return {script: len(pattern.findall(text)) for script, pattern in scripts if pattern.search(text) is not None}


def _main_script(counts: dict[str, int]) -> str | None:
    """The script most of the letters are in (``_script_counts``); None when there are none."""
    return max(counts, key=lambda script: counts[script]) if counts else None


def script_language(text: str) -> str | None:
    """The language a text is read in when its script alone says (Cyrillic: ru, Hebrew: he), even
    on a few words; None for scripts that several languages share (Arabic, Latin) or no letters."""
    return _SCRIPT_READING.get(_main_script(_script_counts(text)) or "")


def _script_language(text: str) -> str | None:
    """The language factcmp reads the text in, by script, letters, function words and then the
    statistical detector; None when the text has no letters of these scripts, or Arabic script
    nothing places."""
    script = _main_script(_script_counts(text))
    if script is None:
        return None
    if script == "latin":
        return "en"
    if script in _SCRIPT_READING:
        return _SCRIPT_READING[script]
    decided = _arabic_or_persian(text)
    if decided is not None:
        return decided
    guess = _statistical_language(text)
    return guess if guess in LANGUAGES else None


def _in_another_language(text: str) -> bool:
    """Whether a text is in a language factcmp does not read: another script (Greek, Armenian ...),
    Latin script that is not English (French), Cyrillic that is not Russian (Ukrainian), Hebrew
    script that is not Hebrew (Yiddish), Arabic script that is neither Arabic nor Persian (Urdu)."""
    counts = _script_counts(text)
    script = _main_script(counts)
    if script is None or 2 * sum(counts.values()) < len(_LETTER.findall(text)):
        return True
    statistical = _statistical_language(text)
    if script in _SCRIPT_READING:
        return statistical not in (None, _SCRIPT_READING[script])
    latin, arabic = counts.get("latin", 0), counts.get("arabic", 0)
    if latin > arabic:
        return statistical not in (None, "en") and _english_share(text) < _ENGLISH_SHARE
    others = sum(map(text.count, _OTHER_ARABIC_SCRIPT_LETTERS))
    return (statistical is not None and statistical not in LANGUAGES) or others >= max(2, arabic // 100)


def _english_share(text: str) -> float:
    words = _WORD.findall(text.lower())
    return sum(word in _ENGLISH_WORDS for word in words) / len(words) if words else 0.0


def reading_language(text: str, *, default: str = "ar") -> str:
    """The language factcmp reads a text in, one of ``LANGUAGES``, whatever the text is in
    (French is read as English, Urdu as Persian, Ukrainian as Russian); ``default`` when it has no letters, or Arabic
    script that neither letters, function words nor the statistical detector can place."""
    return _script_language(text) or default


def detect_language(text: str, *, default: str | None = None) -> str | None:
    """The language of a text when it is one factcmp reads: ``ar``, ``fa``, ``en``, ``ru`` or ``he``.

    Otherwise ``default``, None unless given: for a text in another language (French, German,
    Urdu, Pashto, Ukrainian, Yiddish ...), for a text without letters (an empty string, numbers),
    and for Arabic script that neither its letters, its function words nor the statistical
    detector can place. Latin script is English unless the statistical detector is sure of
    another language and the text has few English function words: a French sentence is None,
    a single word («Bonjour») too short to tell is taken as English.
    """
    if _in_another_language(text):
        return default
    return _script_language(text) or default
