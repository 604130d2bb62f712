"""Phrase lexicons matched against the words of a text.

``PhraseLexicon`` serves lexicons of words (triggers, markers, count predicates): an entry is a
sequence of words; a word ending in ``*`` matches any word that starts with it, ``…``
stands for a gap of up to four words, and ``……`` for one of up to eight (a verb-final language
puts a clause's whole adverbial between its subject and its verb: «قایق حامل مهاجران در سواحل
لیبی غرق شد»). A text word is compared under its stems (``Word.stems``:
without the prefixes lexicon words may carry), so lexicons list bare forms only.

``PhraseTable`` serves names (titles, organizations): a key is looked up at a word under the
forms its clitics and endings give it, and the match covers only the name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

import attrs

from factcmp.text.affixes import has_endings, prefix_forms, suffix_forms
from factcmp.text.normalize import fold
from factcmp.text.words import Word, joined, name_words, name_words_where

if TYPE_CHECKING:
    from factcmp.analysis import TextAnalysis

# The words a gap may hold: a short one, and one up to a verb-final clause's verb.
_GAPS = {"…": 4, "……": 8}
# Prefix entries (قصف*) are indexed by up to this many leading letters.
_HEAD = 3


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
            return word.key[: len(word.key) - len(stem)]
    return None


def _specificity(entry: PhraseEntry) -> tuple[int, int]:
    return -len(entry.words), -sum(len(word.rstrip("*")) for word in entry.words)


class PhraseLexicon:
    """Entries indexed by their first word, so a text word is compared with the few that may match."""

    def __init__(self, rows: Iterable[dict[str, str]], key: str) -> None:
        self.entries: list[PhraseEntry] = []
        for row in rows:
            pieces = tuple(piece.lower() for piece in fold(row[key]).split())
            if pieces:
                self.entries.append(PhraseEntry(pieces, row))
        # Longest entries first, so that "air strike" wins over "strike"; of as many words, the one
        # that spells out more, so that «اجتماعي*» (social) wins over «اجتماع*» (meeting).
        self.entries.sort(key=_specificity)
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
        return sorted(found, key=_specificity)

    def _match_rest(self, entry: PhraseEntry, text_words: Sequence[Word], index: int) -> int | None:
        """Index of the last text word matched when ``entry`` matches from ``index``."""
        position = index
        gap = 0
        for pattern in entry.words[1:]:
            if pattern in _GAPS:
                gap = _GAPS[pattern]
                continue
            limit = position + 1 + gap
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
            position, gap = found, 0
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
        return scan_words(range(len(text_words)), lambda index: self.match_at(text_words, index))


class _EndsAtWord(Protocol):
    @property
    def last(self) -> int: ...


MatchT = TypeVar("MatchT", bound=_EndsAtWord)


def scan_words(starts: Iterable[int], match_at: Callable[[int], MatchT | None]) -> list[MatchT]:
    """Non-overlapping matches, left to right, tried at the word indices ``starts`` (ascending):
    after a match, the scan goes on after its last word (``match_at(index)`` gives the match
    starting at a word, if any)."""
    found: list[MatchT] = []
    after = 0
    for index in starts:
        if index < after:
            continue
        hit = match_at(index)
        if hit is not None:
            found.append(hit)
            after = hit.last + 1
    return found


def leads_of(keys: Iterable[str]) -> frozenset[str]:
    """The beginnings of the keys of several words, one word short of the key or more ("prime",
    "prime minister" of "prime minister of"): a match grows over the next word only while the
    words so far are one of these, as most words that may start a key go on with none."""
    found: set[str] = set()
    for key in keys:
        cut = key.rfind(" ")
        while cut > 0 and key[:cut] not in found:  # a lead already found came with its own leads
            found.add(key[:cut])
            cut = key.rfind(" ", 0, cut)
    return frozenset(found)


class KeysOfWords(Protocol):
    """Keys of one or more words, as far as growing a match over words needs them: their leads
    (``leads_of``) and the most words a key has (a phrase table, a gazetteer's names)."""

    @property
    def leads(self) -> frozenset[str]: ...

    @property
    def max_words(self) -> int: ...


def grown(ws: Sequence[Word], index: int, head: str, text: str, keys: KeysOfWords, norm: Callable[[str], str]) -> int:
    """The last word a key that starts with ``head`` at ``ws[index]`` may reach: over the next
    word joined to it (``words.joined``) while the words so far, each read by ``norm``, are a
    lead of ``keys``, to as many words as their longest at most."""
    last, lead = index, head
    while last + 1 < len(ws) and last - index + 1 < keys.max_words and lead in keys.leads:
        if not joined(text, ws[last], ws[last + 1]):
            break
        last += 1
        lead = f"{lead} {norm(ws[last].text)}"
    return last


@attrs.frozen
class TableMatch:
    start: int  # folded offsets of the phrase, clitics and endings left out
    end: int
    first: int  # indices of its first and last word
    last: int
    key: str  # the table key that matched


@lru_cache(maxsize=1 << 16)
def _heads(text: str, lang: str, *, lower: bool) -> tuple[str, ...]:
    """A word under each of its clitic forms (lower-cased for tables that ignore case): every table
    asks it of every word, so it is worked out once."""
    heads = tuple(head for _, head in prefix_forms(text, lang))
    return tuple(head.lower() for head in heads) if lower else heads


# What a word alone tells of the keys of a table at it: its clitic forms (prefix length, form) that
# start a key of several words, and the one-word key it holds (prefix length, ending length, key).
_WordKeys = tuple[tuple[tuple[int, str], ...], tuple[int, int, str] | None]

# Words whose answer a table keeps: past it, it starts over (bounded memory in a long-running process).
_MAY_START_MEMO = 1 << 16
_Answer = TypeVar("_Answer")


class _PerWord(Generic[_Answer]):
    """``compute``'s answer for each word (text, language) asked, kept: each table sees every word
    of a text, and most words recur."""

    def __init__(self, compute: Callable[[str, str], _Answer]) -> None:
        self._compute = compute
        self._known: dict[tuple[str, str], _Answer] = {}

    def __call__(self, text: str, lang: str) -> _Answer:
        key = (text, lang)
        known = self._known.get(key)
        if known is None:
            if len(self._known) >= _MAY_START_MEMO:
                self._known.clear()
            known = self._known[key] = self._compute(text, lang)
        return known


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
        # The first words of keys that more words follow ("prime", "prime minister" of "prime
        # minister of"): a match grows over the next word only while this holds.
        self.leads = leads_of(self.keys)
        # Per table, so that a document's own table takes its answers along.
        self.may_start = _PerWord(self._may_start_uncached)
        # what a word tells of the keys at it, for the words that may start one
        self._word_keys = _PerWord(self._word_keys_uncached)

    def _norm(self, text: str) -> str:
        return text if self.case_sensitive else text.lower()

    def _may_start_uncached(self, text: str, lang: str) -> bool:
        """A quick no: the word, under any of its clitic forms and (a one-word key) the endings or case
        endings it may carry (سوریه‌ی, Путину), starts no key."""
        heads = _heads(text, lang, lower=not self.case_sensitive)
        if not self.first_words.isdisjoint(heads):
            return True
        if not has_endings(lang):
            return False
        for head in heads:
            for _, stem in suffix_forms(head, lang):
                if stem in self.keys:
                    return True
        return False

    def match_at(self, ws: list[Word], index: int, text: str) -> TableMatch | None:
        return self._match_from(ws, index, text) if self.may_start(ws[index].text, ws[index].lang) else None

    def _word_keys_uncached(self, text: str, lang: str) -> _WordKeys:
        forms = tuple((cut, self._norm(head)) for cut, head in prefix_forms(text, lang))
        heads = tuple((cut, head) for cut, head in forms if head in self.starts)
        for cut, head in forms:
            for trim, stem in suffix_forms(head, lang):
                if stem in self.keys:
                    return heads, (cut, trim, stem)
        return heads, None

    def _match_from(self, ws: list[Word], index: int, text: str) -> TableMatch | None:
        heads, alone = self._word_keys(ws[index].text, ws[index].lang)
        for cut, head in heads:
            last = grown(ws, index, head, text, self, self._norm)
            for end in range(last, index, -1):
                middle = [self._norm(w.text) for w in ws[index + 1 : end]]
                for trim, stem in suffix_forms(self._norm(ws[end].text), ws[end].lang):
                    key = " ".join([head, *middle, stem])
                    if key in self.keys:
                        return TableMatch(ws[index].start + cut, ws[end].end - trim, index, end, key)
        if alone is None:
            return None
        cut, trim, stem = alone
        return TableMatch(ws[index].start + cut, ws[index].end - trim, index, index, stem)

    def scan(self, analysis: TextAnalysis) -> list[TableMatch]:
        """Non-overlapping matches in the name words of a text, tried only at the words that may start
        a key: most words of a text start none, and each table sees every word."""
        ws, text = name_words(analysis), analysis.folded.text
        starts = name_words_where(analysis, self.may_start)
        return scan_words(starts, lambda index: self._match_from(ws, index, text))
