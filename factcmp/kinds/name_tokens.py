"""Words of the folded text and the forms a name takes inside them, for places, people and
organizations alike.

Arabic writes the conjunctions و ف, the prepositions ب ل ک and their combinations onto the
next word (وبدمشق, لسوريا, للقدس = ل + القدس, بالعراق = ب + العراق); Persian writes plural,
ezafe and indefinite endings onto it (سوریه‌ی, مسکوی). A name is looked up under each form
the word can hide it in, and the mention covers only the name.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator
from functools import lru_cache

import attrs

from factcmp.analysis import TextAnalysis
from factcmp.text.tokens import scan_words

_WORD = re.compile(r"[^\W\d_]+")
# What may sit between two words of one name: spaces, a hyphen, a ZWNJ (already folded away).
_NAME_GAP = re.compile(r"[ \t\-‐‑]{1,3}")
_CONJUNCTIONS = ("و", "ف")
_PREPOSITIONS = ("ب", "ل", "ک")
# ک (like) on a name is far rarer than a name starting with ک: callers accept a name found by
# cutting it only when the name is not a town (کسوريا is ک + Syria; کورونا is not ک + Verona).
LIKE = "ک"
# Persian endings written onto a name: plural, and ezafe/indefinite yeh after a vowel letter.
_PERSIAN_ENDINGS = ("های", "ها")
_VOWEL_FINAL = ("ا", "و", "ه")
_MIN_STEM = 2
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")


@attrs.frozen
class Word:
    start: int  # offsets in the folded text
    end: int
    text: str
    lang: str = "ar"  # the language of its sentence: it decides which clitics and endings it may carry

    @property
    def arabic(self) -> bool:
        return bool(_ARABIC_LETTER.match(self.text))

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()


_last_words: tuple[weakref.ref[TextAnalysis], list[Word]] | None = None


def words(analysis: TextAnalysis) -> list[Word]:
    """The words of an analysed text with their sentence's language (kept for the last text:
    the place and actor engines read the same words)."""
    global _last_words
    if _last_words is not None and _last_words[0]() is analysis:
        return _last_words[1]
    found = list(_words(analysis))
    _last_words = (weakref.ref(analysis), found)
    return found


def _words(analysis: TextAnalysis) -> Iterator[Word]:
    source = analysis.folded.source
    sentences = analysis.sentences
    at = 0  # words come in text order: walk the sentences alongside them
    for match in _WORD.finditer(analysis.folded.text):
        offset = source[match.start()]
        while at < len(sentences) and sentences[at].span.end <= offset:
            at += 1
        inside = at < len(sentences) and sentences[at].span.start <= offset
        yield Word(match.start(), match.end(), match.group(), sentences[at].lang if inside else analysis.lang)


def joined(text: str, left: Word, right: Word) -> bool:
    """Whether two words are close enough to be parts of one name."""
    return left.end == right.start or bool(_NAME_GAP.fullmatch(text, left.end, right.start))


def _without_conjunction(word: str) -> Iterator[tuple[int, str]]:
    yield 0, word
    if word[:1] in _CONJUNCTIONS and len(word) > _MIN_STEM + 1:
        yield 1, word[1:]


@lru_cache(maxsize=1 << 16)
def prefix_forms(word: str, lang: str) -> tuple[tuple[int, str], ...]:
    """(length of the prefix, what follows it) for each way the word may start with clitics:
    Arabic only (Persian writes به and و apart, and باران is not ب + اران)."""
    if lang != "ar":
        return ((0, word),)
    return tuple(_prefix_forms(word))


def _prefix_forms(word: str) -> Iterator[tuple[int, str]]:
    if not _ARABIC_LETTER.match(word):
        yield 0, word
        return
    for cut, rest in _without_conjunction(word):
        yield cut, rest
        if len(rest) <= _MIN_STEM + 1:
            continue
        if rest.startswith("لل"):
            yield cut + 1, "ا" + rest[1:]  # لل = ل + ال, the article's alef dropped
        elif rest[0] in _PREPOSITIONS:
            yield cut + 1, rest[1:]


@lru_cache(maxsize=1 << 16)
def suffix_forms(word: str, lang: str) -> tuple[tuple[int, str], ...]:
    """(length of the ending, what precedes it) for each Persian ending the word may carry."""
    if lang != "fa":
        return ((0, word),)
    return tuple(_suffix_forms(word))


def _suffix_forms(word: str) -> Iterator[tuple[int, str]]:
    yield 0, word
    if not _ARABIC_LETTER.match(word):
        return
    for ending in _PERSIAN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) > _MIN_STEM:
            yield len(ending), word[: -len(ending)]
    if word.endswith("ی") and word[-2:-1] in _VOWEL_FINAL and len(word) > _MIN_STEM + 2:
        yield 1, word[:-1]


@attrs.frozen
class PhraseMatch:
    start: int  # folded offsets of the phrase, clitics and endings left out
    end: int
    first: int  # indices of its first and last word
    last: int
    key: str  # the table key that matched


class PhraseTable:
    """Multi-word phrases looked up at a word, longest first, under clitic and ending forms.

    Keys are folded phrases with single spaces; ``case_sensitive`` keeps Latin case (UN is not
    "un"), otherwise Latin is lower-cased on both sides.
    """

    def __init__(self, keys: frozenset[str], *, case_sensitive: bool = True) -> None:
        self.case_sensitive = case_sensitive
        self.keys = frozenset(self._norm(key) for key in keys)
        self.starts = frozenset(key.split(" ", 1)[0] for key in self.keys if " " in key)
        self.max_words = max((key.count(" ") + 1 for key in self.keys), default=1)
        self.first_words = frozenset(key.split(" ", 1)[0] for key in self.keys)

    def _norm(self, text: str) -> str:
        return text if self.case_sensitive else text.lower()

    def _may_start(self, word: Word) -> bool:
        """A quick no: the word, under any of its clitic forms, starts no key (Persian words
        may still end in an ending that hides a key, so they always get the full look)."""
        if word.lang == "fa":
            return True
        return any(self._norm(head) in self.first_words for _, head in prefix_forms(word.text, word.lang))

    def match_at(self, ws: list[Word], index: int, text: str) -> PhraseMatch | None:
        if not self._may_start(ws[index]):
            return None
        for cut, head in prefix_forms(ws[index].text, ws[index].lang):
            head = self._norm(head)
            if head not in self.starts:
                continue
            last = index
            while last + 1 < len(ws) and last - index + 1 < self.max_words and joined(text, ws[last], ws[last + 1]):
                last += 1
            for end in range(last, index, -1):
                middle = [self._norm(w.text) for w in ws[index + 1 : end]]
                for trim, stem in suffix_forms(self._norm(ws[end].text), ws[end].lang):
                    key = " ".join([head, *middle, stem])
                    if key in self.keys:
                        return PhraseMatch(ws[index].start + cut, ws[end].end - trim, index, end, key)
        for cut, head in prefix_forms(ws[index].text, ws[index].lang):
            for trim, stem in suffix_forms(self._norm(head), ws[index].lang):
                if stem in self.keys:
                    return PhraseMatch(ws[index].start + cut, ws[index].end - trim, index, index, stem)
        return None

    def scan(self, ws: list[Word], text: str) -> list[PhraseMatch]:
        return scan_words(len(ws), lambda index: self.match_at(ws, index, text))
