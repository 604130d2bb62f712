"""The words of a folded text: one ``Word`` for every engine.

Lexicon matching (triggers, markers, count predicates) reads words of letters and digits,
under their stems (``affixes.lexicon_stems``); the place and actor engines read words of
letters with their sentence's language, which decides the clitics and endings a name may
hide in (``affixes.prefix_forms``, ``affixes.suffix_forms``). An analysed text is cut into
words once (``text_words``), and its name words are drawn from those: making the words is a
large part of reading a text, and most words are the same in both lists.
"""

from __future__ import annotations

import bisect
import re
import weakref
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import attrs

from factcmp.text.affixes import lexicon_stems

if TYPE_CHECKING:
    from factcmp.analysis import TextAnalysis

# Hebrew writes acronyms and foreign sounds with gershayim and geresh between its letters (צה"ל,
# ק"מ, ג'ונסון; folded to " and '): one word, not two.
_HEBREW_JOIN = "(?:(?<=[\u05d0-\u05ea])[\"'](?=[\u05d0-\u05ea]){letters})*"
_WORD = re.compile(r"[^\W_]+" + _HEBREW_JOIN.format(letters=r"[^\W_]+"))
# Names are read on letters only: a digit glued to a word (الـ15) is no part of a name, and
# a word of digits does not stand between a name and the word before it.
_NAME_WORD = re.compile(r"[^\W\d_]+" + _HEBREW_JOIN.format(letters=r"[^\W\d_]+"))
# What may sit between two words of one name: spaces, a hyphen, a ZWNJ (already folded away).
_NAME_GAP = re.compile(r"[ \t\-‐‑]{1,3}")
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
# The language of a word read without its sentence: lexicon stems do not depend on it.
ANY_LANG = ""


# Not frozen, yet never changed once made: a frozen class sets each field through
# object.__setattr__, which doubles the cost of making a word, and a text has tens of thousands.
# It hashes by value as a frozen one does. Its own __init__ sets the stems directly: attrs would
# compute them through a factory, one more call per word.
@attrs.define(unsafe_hash=True, init=False)
class Word:
    start: int  # offsets in the folded text
    end: int
    text: str  # as folded, case kept
    lang: str  # the language of its sentence: it decides which clitics and endings it may carry
    # The word in lower case, then without each prefix lexicon words may carry. Computed with the
    # word: a cached_property would give the class a __getattr__ hook that slows every attribute.
    stems: tuple[str, ...] = attrs.field(init=False, eq=False, repr=False)

    def __init__(self, start: int, end: int, text: str, lang: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.lang = lang
        self.stems = lexicon_stems(text)

    @property
    def key(self) -> str:
        """The word as lexicons list it: lower case."""
        return self.stems[0]

    @property
    def arabic(self) -> bool:
        return bool(_ARABIC_LETTER.match(self.text))

    @property
    def uncased(self) -> bool:
        """Written in a script without capital letters (Arabic, Hebrew)."""
        first = self.text[:1]
        return "\u05d0" <= first <= "\u06ff" and not "\u05ea" < first < "\u0600"

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()


def words(folded_text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """The words of letters and digits of ``folded_text[start:end]``, for lexicon matching."""
    stop = len(folded_text) if end is None else end
    return [Word(m.start(), m.end(), m.group(), ANY_LANG) for m in _WORD.finditer(folded_text, start, stop)]


class _TextWords:
    """The words of one analysed text, with their sentence's language, and, drawn from them when
    first asked, its name words and where each distinct name word (text and language) stands."""

    def __init__(self, analysis: TextAnalysis) -> None:
        self.analysis = weakref.ref(analysis)
        self.text = analysis.folded.text
        self.words = _sentence_words(analysis)
        self._names: list[Word] | None = None
        self._positions: dict[tuple[str, str], list[int]] | None = None

    def names(self) -> list[Word]:
        if self._names is None:
            self._names = _letter_words(self.text, self.words)
        return self._names

    def positions(self) -> dict[tuple[str, str], list[int]]:
        if self._positions is None:
            positions: dict[tuple[str, str], list[int]] = defaultdict(list)
            for index, word in enumerate(self.names()):
                positions[word.text, word.lang].append(index)
            self._positions = positions
        return self._positions


# Kept for the last text: the count, place and actor engines read the same words.
_last_text_words: _TextWords | None = None


def _of(analysis: TextAnalysis) -> _TextWords:
    global _last_text_words
    if _last_text_words is None or _last_text_words.analysis() is not analysis:
        _last_text_words = _TextWords(analysis)
    return _last_text_words


def text_words(analysis: TextAnalysis) -> list[Word]:
    """The words of letters and digits of an analysed text with their sentence's language."""
    return _of(analysis).words


def name_words(analysis: TextAnalysis) -> list[Word]:
    """The words of letters of an analysed text with their sentence's language."""
    return _of(analysis).names()


def name_words_where(analysis: TextAnalysis, holds: Callable[[str, str], bool]) -> list[int]:
    """Indices, ascending, of the name words whose text and language ``holds``: asked once per
    distinct word rather than per word, as most words of a text recur and every engine asks."""
    positions = _of(analysis).positions()
    return sorted(index for (text, lang), at in positions.items() if holds(text, lang) for index in at)


def name_word_counts(analysis: TextAnalysis) -> Iterator[tuple[str, str, int]]:
    """Each distinct name word (text, language) and how many times the text has it."""
    return ((text, lang, len(at)) for (text, lang), at in _of(analysis).positions().items())


def _sentence_words(analysis: TextAnalysis) -> list[Word]:
    text, lang = analysis.folded.text, analysis.lang
    if analysis.lang_given:  # every sentence has the document's language: none is looked up
        return [Word(m.start(), m.end(), m.group(), lang) for m in _WORD.finditer(text)]
    matches = list(_WORD.finditer(text))
    found: list[Word] = []
    for lo, hi, run_lang in _sentence_runs([m.start() for m in matches], analysis):
        found += [Word(m.start(), m.end(), m.group(), run_lang) for m in matches[lo:hi]]
    return found


def _letter_words(text: str, text_words: list[Word]) -> list[Word]:
    """The name words among a text's words: a word of letters is one as it is (the same object);
    one with digits or a Hebrew geresh is read again for its runs of letters (الـ15: «ال»), which
    take its language, as a sentence never ends inside a word."""
    found: list[Word] = []
    for word in text_words:
        if word.text.isalpha():
            found.append(word)
        else:
            found += [
                Word(m.start(), m.end(), m.group(), word.lang) for m in _NAME_WORD.finditer(text, word.start, word.end)
            ]
    return found


def _sentence_runs(starts: list[int], analysis: TextAnalysis) -> Iterator[tuple[int, int, str]]:
    """(first, end, language) of the runs of words (by their ascending folded ``starts``) that
    begin in one sentence, or between sentences (the document's language): a word is in the
    sentence its first letter comes from. Sentence bounds are taken to the folded text, rather
    than every word's offset back to the original."""
    to_folded = analysis.folded.source.to_folded
    done = 0
    for sentence in analysis.sentences:
        first = max(done, bisect.bisect_left(starts, to_folded(sentence.span.start)))
        end = max(first, bisect.bisect_left(starts, to_folded(sentence.span.end)))
        yield done, first, analysis.lang
        yield first, end, sentence.lang
        done = end
    yield done, len(starts), analysis.lang


def joined(text: str, left: Word, right: Word) -> bool:
    """Whether two words are close enough to be parts of one name."""
    return left.end == right.start or bool(_NAME_GAP.fullmatch(text, left.end, right.start))
