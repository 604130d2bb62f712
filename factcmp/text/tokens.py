"""Words of a folded text, and phrase lexicons matched against them.

A phrase lexicon entry is a sequence of words; a word ending in ``*`` matches any word that
starts with it, and ``…`` stands for a gap of up to four words. Arabic proclitics (و ف ب ل ك
س and the article ال, alone or combined) are stripped from a text word before it is compared,
so lexicons list bare forms only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol, TypeVar

import attrs

from factcmp.text.normalize import fold

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_GAP = "…"
_MAX_GAP_WORDS = 4
# Proclitic sequences, longest first; stripping stops once the rest would be too short to be a word.
_PROCLITICS = ("وبال", "وال", "فال", "بال", "كال", "لل", "ال", "وب", "ول", "فب", "وس", "فس", "و", "ف", "ب", "ل", "س")
_FOLDED_PROCLITICS = tuple(fold(p) for p in _PROCLITICS)
_MIN_STEM = 2
# Prefix entries (قصف*) are indexed by up to this many leading letters.
_HEAD = 3


@attrs.frozen
class Word:
    start: int
    end: int
    text: str  # folded, lower case
    stems: tuple[str, ...]  # the word itself, then the word without each proclitic sequence it may carry


def _stems(word: str) -> tuple[str, ...]:
    stems = [word]
    for clitic in _FOLDED_PROCLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= _MIN_STEM:
            stems.append(word[len(clitic) :])
    return tuple(dict.fromkeys(stems))


def words(folded_text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """The words of ``folded_text[start:end]`` with offsets into the folded text."""
    found = []
    for match in _WORD.finditer(folded_text, start, len(folded_text) if end is None else end):
        text = match.group().lower()
        found.append(Word(match.start(), match.end(), text, _stems(text)))
    return found


@attrs.frozen
class PhraseEntry:
    words: tuple[str, ...]
    data: dict[str, str] = attrs.field(eq=False)


@attrs.frozen
class PhraseMatch:
    first: int  # index of the first word matched
    last: int  # index of the last word matched
    start: int  # folded offsets
    end: int
    entry: PhraseEntry
    proclitic: str  # what was stripped from the first word ("" if nothing)


def _word_matches(pattern: str, word: Word) -> str | None:
    """The proclitic stripped to make ``word`` match ``pattern``, or None when it does not."""
    for stem in word.stems:
        hit = stem.startswith(pattern[:-1]) if pattern.endswith("*") else stem == pattern
        if hit:
            return word.text[: len(word.text) - len(stem)]
    return None


class PhraseLexicon:
    """Entries indexed by their first word, so a text word is compared with the few that may match."""

    def __init__(self, rows: Iterable[dict[str, str]], key: str) -> None:
        self.entries: list[PhraseEntry] = []
        for row in rows:
            pieces = tuple(piece.lower() for piece in fold(row[key]).split())
            if pieces:
                self.entries.append(PhraseEntry(pieces, row))
        # Longest entries first, so that "air strike" wins over "strike".
        self.entries.sort(key=lambda entry: -len(entry.words))
        self._exact: dict[str, list[PhraseEntry]] = {}
        self._prefixed: dict[str, list[PhraseEntry]] = {}
        for entry in self.entries:
            first = entry.words[0]
            if first.endswith("*"):
                self._prefixed.setdefault(first[:_HEAD], []).append(entry)
            else:
                self._exact.setdefault(first, []).append(entry)

    def _candidates(self, word: Word) -> list[PhraseEntry]:
        found: list[PhraseEntry] = []
        for stem in word.stems:
            found += self._exact.get(stem, [])
            for size in range(1, _HEAD + 1):
                found += self._prefixed.get(stem[:size], [])
        return sorted(found, key=lambda entry: -len(entry.words))

    def _match_rest(self, entry: PhraseEntry, text_words: Sequence[Word], index: int) -> int | None:
        """Index of the last text word matched when ``entry`` matches from ``index``."""
        position = index
        pending_gap = False
        for pattern in entry.words[1:]:
            if pattern == _GAP:
                pending_gap = True
                continue
            limit = position + 1 + (_MAX_GAP_WORDS if pending_gap else 0)
            found = next(
                (
                    i
                    for i in range(position + 1, min(limit + 1, len(text_words)))
                    if _word_matches(pattern, text_words[i]) is not None
                ),
                None,
            )
            if found is None:
                return None
            position, pending_gap = found, False
        return position

    def match_at(self, text_words: Sequence[Word], index: int) -> PhraseMatch | None:
        word = text_words[index]
        for entry in self._candidates(word):
            proclitic = _word_matches(entry.words[0], word)
            if proclitic is None:
                continue
            last = self._match_rest(entry, text_words, index)
            if last is not None:
                return PhraseMatch(index, last, word.start, text_words[last].end, entry, proclitic)
        return None

    def find_all(self, text_words: Sequence[Word]) -> list[PhraseMatch]:
        """Non-overlapping matches, left to right, longest entry first at each word."""
        return scan_words(len(text_words), lambda index: self.match_at(text_words, index))


class _EndsAtWord(Protocol):
    @property
    def last(self) -> int: ...


MatchT = TypeVar("MatchT", bound=_EndsAtWord)


def scan_words(count: int, match_at: Callable[[int], MatchT | None]) -> list[MatchT]:
    """Non-overlapping matches over ``count`` words, left to right: after a match, the scan goes on
    after its last word (``match_at(index)`` gives the match starting at a word, if any)."""
    found: list[MatchT] = []
    index = 0
    while index < count:
        hit = match_at(index)
        if hit is None:
            index += 1
            continue
        found.append(hit)
        index = hit.last + 1
    return found
