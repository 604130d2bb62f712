"""The clause a number stands in: the words of a text, its clause ends and its count predicates,
found once for all the text's numbers, and the stretch of words around one number that its
counted noun and predicate must be found in.

A predicate typed onto the number without a space (مصرع10, أصيب47) is cut off it: two words.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

import attrs

from factcmp.analysis import TextAnalysis
from factcmp.kinds.counts import lexicon as count_lexicon
from factcmp.kinds.counts.lexicon import Hit
from factcmp.kinds.numbers.context import modifier_before
from factcmp.kinds.numbers.lexicon import numeral_lexicon
from factcmp.lexicon import languages
from factcmp.text.segment import after_abbreviation, ending_line_breaks
from factcmp.text.words import Word, text_words

# Besides these, a line break ends a clause where it ends a sentence (segment.ending_line_breaks),
# not where a long line wraps («إلى14⏎قتيلا»).
_CLAUSE_END = re.compile(r"[.!?؟؛;:،,()«»\"“”]")
REACH = 160  # characters searched on either side of a number for its clause
_COMMAS = frozenset(",،")
_MAX_INSERTION_WORDS = 5


@attrs.frozen
class Clause:
    words: list[Word]  # every word of the text; the clause is words[lo:hi]
    lo: int
    hi: int
    first: int  # indices of the number's first and last words
    last: int
    lead: int  # index of the phrase's first word: a modifier before the number («all 15») included
    predicates: list[Hit]  # the predicates inside the clause


@attrs.define
class TextIndex:
    """The words, clause ends and predicates of a text, found once for all its numbers."""

    text: str
    words: list[Word]
    starts: list[int]
    ends: list[int]
    clause_ends: list[int]
    predicate_hits: dict[str, tuple[list[Hit], list[int]]] = attrs.field(factory=dict)

    @classmethod
    def of(cls, analysis: TextAnalysis) -> TextIndex:
        text = analysis.folded.text
        clause_words = _unglued_words(text_words(analysis))
        return cls(
            text,
            clause_words,
            [w.start for w in clause_words],
            [w.end for w in clause_words],
            sorted(
                [
                    m.start()
                    for m in _CLAUSE_END.finditer(text)
                    if m.group() != "." or not after_abbreviation(text, m.start())
                ]
                + list(ending_line_breaks(text))
            ),
        )

    def predicates(self, lang: str) -> tuple[list[Hit], list[int]]:
        if lang not in self.predicate_hits:
            lexicon, hits, free = count_lexicon.predicates(lang), [], 0  # hits never overlap
            for index in lexicon.starts(self.words):
                hit = lexicon.match_at(self.words, index) if index >= free else None
                if hit is not None:
                    hits.append(hit)
                    free = hit.last + 1
            self.predicate_hits[lang] = (hits, [hit.first for hit in hits])
        return self.predicate_hits[lang]

    def clause(self, start: int, end: int, lang: str) -> Clause | None:
        before = bisect.bisect_left(self.clause_ends, start)
        clause_start = max(start - REACH, self.clause_ends[before - 1] + 1 if before else 0)
        after = bisect.bisect_left(self.clause_ends, end)
        hits, firsts = self.predicates(lang)
        after = self._past_an_insertion(after, hits, firsts)
        clause_end = min(end + REACH, self.clause_ends[after] if after < len(self.clause_ends) else len(self.text))
        first, last = bisect.bisect_right(self.ends, start), bisect.bisect_left(self.starts, end) - 1
        if first > last:
            return None
        lo, hi = bisect.bisect_left(self.starts, clause_start), bisect.bisect_left(self.starts, clause_end)
        inside = [hit for hit in hits[bisect.bisect_left(firsts, lo) : bisect.bisect_left(firsts, hi)] if hit.last < hi]
        modifier = modifier_before(self.text, start, lang, floor=clause_start)
        lead = max(lo, bisect.bisect_right(self.ends, modifier[1])) if modifier is not None else first
        return Clause(self.words, lo, hi, first, last, lead, inside)

    def _past_an_insertion(self, after: int, hits: list[Hit], firsts: list[int]) -> int:
        """The clause end after a number, past a short insertion set off by commas that tells no
        count of its own («все 15 военнослужащих, находившихся на борту, погибли», "15 soldiers,
        all of them Russian, were killed"): the predicate after it is the number's."""
        if after + 1 >= len(self.clause_ends):
            return after
        comma, closing = self.clause_ends[after], self.clause_ends[after + 1]
        if self.text[comma] not in _COMMAS or self.text[closing] not in _COMMAS:
            return after
        lo, hi = bisect.bisect_left(self.starts, comma), bisect.bisect_left(self.starts, closing)
        inserted = self.words[lo:hi]
        # where they were («находившихся на борту») yields to what happened to them, as in one clause
        inside = hits[bisect.bisect_left(firsts, lo) : bisect.bisect_left(firsts, hi)]
        told = any(hit.entry.data.get("role") != "state" for hit in inside)
        if not inserted or len(inserted) > _MAX_INSERTION_WORDS or told or any(w.text[0].isdigit() for w in inserted):
            return after
        return after + 2


_GLUED = re.compile(r"([^\W\d_]+)([0-9]+)")


@cache
def _number_clitics() -> frozenset[str]:
    return frozenset(c.prefix for lang in languages() for c in numeral_lexicon(lang).clitics)


def _unglued_words(text_words: list[Word]) -> list[Word]:
    """The text's words (shared with the name engines, ``words.text_words``) with the glued ones cut."""
    found: list[Word] = []
    for word in text_words:
        if word.text[-1].isdigit() and not word.text[0].isdigit():  # most words: letters or digits only
            found.extend(_unglued(word))
        else:
            found.append(word)
    return found


def _unglued(word: Word) -> tuple[Word, ...]:
    """مصرع10, أصيب47: a predicate and a number typed without a space are two words; الـ15 stays one."""
    glued = _GLUED.fullmatch(word.text)
    if glued is None or glued.group(1).lower() in _number_clitics() or glued.group(1).isascii():
        return (word,)
    cut = word.start + glued.end(1)
    return Word(word.start, cut, glued.group(1), word.lang), Word(cut, word.end, glued.group(2), word.lang)
