"""A phonetic key for names across Arabic, Persian, Latin, Cyrillic and Hebrew script.

The key is a consonant skeleton: every letter is mapped to a sound class shared by the
scripts (ب پ b p -> b; ک ق k q c -> k; ث س ص ز ذ s z -> s ...), short and long vowels are
dropped (ا و ی inside a word, a e i o u y in Latin), a vowel that starts a word is kept as
``a`` (so Assad and Saad differ), doubled classes are collapsed and the Arabic article is
removed. بوتين, پوتین, Putin, Путин and פוטין all give ``btn``; نتنياهو, نتانیاهو, Netanyahu
and נתניהו give ``ntnh``. No translation happens: the same name written in another script lands on the same
skeleton because the scripts write the same sounds.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from factcmp.text.normalize import fold

# Cyrillic to Latin, the usual news romanization (ГОСТ-like, as agencies write Russian names).
_CYRILLIC = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    "і": "i",
    "ї": "yi",
    "є": "ye",
    "ґ": "g",
}

# Arabic-script letters (after folding) to sound classes; "" drops the letter. Vowel letters
# (ا و ی) are handled apart: they are vowels inside a word and consonants at its start.
_ARABIC = {
    "ب": "b",
    "پ": "b",
    "ت": "t",
    "ط": "t",
    "ث": "s",
    "س": "s",
    "ص": "s",
    "ج": "j",
    "چ": "j",
    "ژ": "j",
    "ح": "h",
    "ه": "h",
    "خ": "h",
    "د": "d",
    "ض": "d",
    "ذ": "s",
    "ز": "s",
    "ظ": "s",
    "ر": "r",
    "ش": "sh",
    "ع": "",
    "ء": "",
    "غ": "g",
    "گ": "g",
    "ف": "f",
    "ڤ": "f",
    "ق": "k",
    "ک": "k",
    "ل": "l",
    "م": "m",
    "ن": "n",
}

# Hebrew letters to sound classes, like Arabic ones; א ו י are vowel letters, handled apart.
# A geresh makes ג ז צ the sounds of ج ژ چ (ג'ונסון, ז'נבה, צ'אד), written so before the lookup.
_HEBREW = {
    "ב": "b",
    "ג": "g",
    "ד": "d",
    "ה": "h",
    "ז": "s",
    "ח": "h",
    "ט": "t",
    "כ": "k",
    "ך": "k",
    "ל": "l",
    "מ": "m",
    "ם": "m",
    "נ": "n",
    "ן": "n",
    "ס": "s",
    "ע": "",
    "פ": "b",
    "ף": "f",
    "צ": "s",
    "ץ": "s",
    "ק": "k",
    "ר": "r",
    "ש": "sh",
    "ת": "t",
    "ج": "j",
    "ژ": "j",
    "چ": "j",
}
_HEBREW_VOWELS = frozenset("אוי")
_HEBREW_GERESH = re.compile("([גזצ])'")
_GERESH_SOUNDS = {"ג": "ج", "ז": "ژ", "צ": "چ"}
_HEBREW_LETTER = re.compile("[\u05d0-\u05ea]")

# Latin digraphs first, then single letters; vowels handled apart like Arabic ones.
_LATIN_DIGRAPHS = (
    ("shch", "sh"),
    ("sch", "sh"),
    ("sh", "sh"),
    ("ch", "j"),
    ("kh", "h"),
    ("gh", "g"),
    ("th", "t"),
    ("ph", "f"),
    ("zh", "j"),
    ("dh", "z"),
    ("ts", "s"),
    ("ck", "k"),
)
_LATIN = {
    "b": "b",
    "p": "b",
    "t": "t",
    "d": "d",
    "s": "s",
    "c": "k",
    "k": "k",
    "q": "k",
    "g": "g",
    "j": "j",
    "h": "h",
    "f": "f",
    "v": "f",
    "w": "f",
    "z": "s",
    "x": "ks",
    "l": "l",
    "m": "m",
    "n": "n",
    "r": "r",
}
_LATIN_VOWELS = frozenset("aeiouy")
_ARABIC_VOWELS = frozenset("اوی")
_VOWEL_HEH_ENDINGS = frozenset({"", "ای", "ی"})
_ARABIC_ARTICLE = re.compile(r"^ال(?=..)")
_LATIN_ARTICLE = re.compile(r"^(?:al|el|ul|an|ar|as|ash|at|ad|az)[-\s'’]+", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")


def _latin_letters(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return "".join(_CYRILLIC.get(ch, ch) for ch in plain)


_VOWEL = "|"  # marks a dropped vowel: only letters that touch are one sound (Assad), not Sisi's two s


def _collapse(classes: list[str]) -> str:
    out: list[str] = []
    previous = ""
    for cls in classes:
        if cls == _VOWEL:
            previous = ""
        elif cls and cls != previous:
            out.append(cls)
            previous = cls
    return "".join(out)


def _arabic_word_key(word: str) -> str:
    word = _ARABIC_ARTICLE.sub("", word)
    classes: list[str] = []
    for index, ch in enumerate(word):
        if ch == "و" and 1 < index < len(word) - 1 and word[index - 1] == "ا" and word[index + 1] not in _ARABIC_VOWELS:
            classes.append("f")  # Persian writes v as و after alef: لاوروف (Lavrov), داوطلب
            continue
        if ch in _ARABIC_VOWELS:
            classes.append(("a" if ch == "ا" else ("f" if ch == "و" else "y")) if index == 0 else _VOWEL)
            continue
        if ch == "ه" and index > 0 and word[index + 1 :] in _VOWEL_HEH_ENDINGS:
            continue  # final heh is a vowel in Persian and teh marbuta in Arabic: Haniyeh, هنیه, خامنه‌ای
        classes.append(_ARABIC.get(ch, ""))
    return _collapse(classes)


def _hebrew_word_key(word: str) -> str:
    classes: list[str] = []
    for index, ch in enumerate(word):
        if ch in _HEBREW_VOWELS:
            classes.append(("a" if ch == "א" else ("f" if ch == "ו" else "y")) if index == 0 else _VOWEL)
        elif ch == "ה" and index > 0 and index == len(word) - 1:
            continue  # final heh is a vowel: נתניה, as in Arabic and Persian
        elif ch == "ב" and index == len(word) - 1 and index > 1 and word[index - 1] == "ו":
            classes.append("f")  # a final וב is -ov or -ev, the v of Russian surnames: פסקוב, אושקוב
        else:
            classes.append(_HEBREW.get(ch, ""))
    return _collapse(classes)


def _with_geresh_sounds(text: str) -> str:
    return _HEBREW_GERESH.sub(lambda match: _GERESH_SOUNDS[match.group(1)], text)


def _latin_word_key(word: str) -> str:
    letters = _latin_letters(_LATIN_ARTICLE.sub("", word))
    for digraph, cls in _LATIN_DIGRAPHS:
        letters = letters.replace(digraph, "\0" + cls + "\0")
    classes: list[str] = []
    index = 0
    parts = letters.split("\0")
    for part_index, part in enumerate(parts):
        if part_index % 2 == 1:  # a digraph's class
            classes.append(part)
            index += 1
            continue
        for ch in part:
            if ch in _LATIN_VOWELS:
                classes.append(("y" if ch == "y" else "a") if index == 0 else _VOWEL)
            elif ch in _LATIN:
                classes.append(_LATIN[ch])
            index += 1
    if len(classes) > 1 and classes[-1] == "h" and letters.endswith("h"):
        classes.pop()  # final h is a vowel mark in romanized names: Haniyeh, Fatah vs فتح keeps h
    return _collapse(classes)


def is_article(word: str) -> bool:
    """Whether a Latin word is the Arabic article as romanized (al, el, ash of ash-Sham)."""
    return bool(_LATIN_ARTICLE.fullmatch(word + "-"))


def is_arabic_script(word: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in word)


@lru_cache(maxsize=1 << 16)
def word_key(word: str) -> str:
    """The skeleton of one word in any of the five scripts."""
    folded = fold(word)
    if _HEBREW_LETTER.search(folded):
        return _hebrew_word_key(_with_geresh_sounds(folded))
    if is_arabic_script(folded):
        return _arabic_word_key(folded)
    return _latin_word_key(folded)


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """The skeleton of a multi-word name: the word skeletons run together, so that spacing
    (حزب الله, حزباالله, Hezbollah) does not matter."""
    name = _with_geresh_sounds(_LATIN_ARTICLE.sub("", fold(name).strip()))
    return "".join(word_key(word) for word in _WORD.findall(name))


# Unpointed Hebrew writes b and v alike: ב after a word's first letter is v as often as b
# (לברוב is Lavrov, עבאס is Abbas). «ף» stands for the v reading: it has the f sound class.
_HEBREW_BET_AS_V = re.compile("(?<=[\u05d0-\u05ea])ב")


@lru_cache(maxsize=1 << 16)
def other_readings(name: str) -> tuple[str, ...]:
    """The keys of the other ways a name's letters may be read (Hebrew ב inside a word read as v),
    not the key of ``name`` itself: a reading counts only where a known name confirms it."""
    folded = fold(name)
    if "ב" not in folded:
        return ()
    reading = name_key(_HEBREW_BET_AS_V.sub("ף", folded))
    return (reading,) if reading != name_key(name) else ()


def key_as_known(name: str, known: frozenset[str] | set[str]) -> str:
    """The key of a name, or of another reading of its letters when that reading is a known key:
    לברוב takes Lavrov's key, עבאס keeps its own."""
    return next((key for key in other_readings(name) if key in known), name_key(name))


def similar(key_a: str, key_b: str) -> float:
    """Similarity of two skeletons in [0, 1]; short skeletons must match exactly."""
    if key_a == key_b:
        return 1.0
    if min(len(key_a), len(key_b)) < 4:
        return 0.0
    return float(Levenshtein.normalized_similarity(key_a, key_b))


# A readable romanization, for labels in reports (never for matching: that is the skeleton above).
# Arabic-script and Hebrew letters as English-language news spells them, short vowels unwritten.
_READABLE = {
    **{
        ch: latin
        for ch, latin in zip(
            "بپتثجچحخدذرزژسشصضطظغفقکگلمنهةءعئؤ",
            [
                "b",
                "p",
                "t",
                "th",
                "j",
                "ch",
                "h",
                "kh",
                "d",
                "dh",
                "r",
                "z",
                "zh",
                "s",
                "sh",
                "s",
                "d",
                "t",
                "z",
                "gh",
                "f",
                "q",
                "k",
                "g",
                "l",
                "m",
                "n",
                "h",
                "a",
                "'",
                "'",
                "'",
                "'",
            ],
            strict=True,
        )
    },
    **{
        ch: latin
        for ch, latin in zip(
            "בגדהזחטכךלמםנןסעפףצץקרשת",
            [
                "b",
                "g",
                "d",
                "h",
                "z",
                "h",
                "t",
                "k",
                "kh",
                "l",
                "m",
                "m",
                "n",
                "n",
                "s",
                "",
                "p",
                "f",
                "ts",
                "ts",
                "k",
                "r",
                "sh",
                "t",
            ],
            strict=True,
        )
    },
}
_READABLE_VOWELS = {"ا": "a", "آ": "a", "و": "u", "ی": "i", "א": "a", "ו": "o", "י": "i"}
_READABLE_AT_START = {"و": "w", "ی": "y", "ع": "a", "ו": "v", "י": "y", "ע": "a"}


def romanize(name: str) -> str:
    """A name in Latin letters a reader of English can say: Cyrillic as agencies transliterate it,
    Arabic, Persian and Hebrew letter by letter (بشار الأسد → Bshar al-Asd); Latin as it is."""
    return " ".join(_romanize_word(word) for word in fold(name).split())


def _romanize_word(word: str) -> str:
    if _HEBREW_LETTER.search(word) is None and not is_arabic_script(word):
        latin = "".join(_CYRILLIC.get(ch.lower(), ch) for ch in word)  # Latin letters are left as they are
        return latin[:1].upper() + latin[1:] if word[:1].isupper() else latin
    article = "al-" if _ARABIC_ARTICLE.match(word) else ""
    letters = word[2:] if article else _with_geresh_sounds(word)
    out = []
    for index, ch in enumerate(letters):
        if index == 0 and ch in _READABLE_AT_START:
            out.append(_READABLE_AT_START[ch])
        elif ch in _READABLE_VOWELS:
            out.append(_READABLE_VOWELS[ch])
        else:
            out.append(_READABLE.get(ch, ""))  # ג' ז' צ' are ج ژ چ by now
    romanized = "".join(out)
    return article + romanized[:1].upper() + romanized[1:]
