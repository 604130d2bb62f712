"""What the claim reader sees of a document and of each of its sentences.

Decides which mentions can fill a slot (dates, places, people, organizations, counts,
quantities, percents; none in a dateline), which of them stand in a sentence, and in which clause a span stands.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from functools import cache

import attrs

from factcmp.analysis import TextAnalysis
from factcmp.kinds.lexicons import demonyms_in, folded_words_of
from factcmp.lexicon import load_table
from factcmp.model import Mention, Span
from factcmp.text.dateline import datelines
from factcmp.text.phrases import PhraseLexicon, PhraseMatch
from factcmp.text.segment import Sentence, clause_spans
from factcmp.text.words import Word, words

_SLOT_KINDS = frozenset({"date", "place", "person", "org", "count", "quantity", "percent"})


@cache
def phrase_lexicon(lang: str, name: str, key: str) -> PhraseLexicon:
    """The phrases of a table of factcmp/lexicon/<lang>/, matched on column ``key``."""
    return PhraseLexicon(load_table(lang, name), key)


@cache
def word_set(lang: str, *names: str) -> frozenset[str]:
    """The words of lists of factcmp/lexicon/<lang>/, folded and in lower case, as ``Word.key`` and
    ``Word.stems`` give a text's words."""
    return frozenset(word.lower() for name in names for word in folded_words_of(lang, name))


def distance(a: Span, b: Span) -> int:
    """Characters between two spans; 0 when they touch or overlap."""
    return max(0, b.start - a.end, a.start - b.end)


class DocumentView:
    """An analysed document with the mentions that may fill slots and the demonyms it uses."""

    def __init__(self, analysis: TextAnalysis, mentions: Sequence[Mention]) -> None:
        self.analysis = analysis
        self.doc = analysis.document.id
        # A dateline's place, date and agency tell where, when and by whom the report was filed, not the event's.
        filed = datelines(analysis.text)
        self.mentions = sorted(
            (m for m in mentions if m.kind in _SLOT_KINDS and not any(line.contains(m.span) for line in filed)),
            key=lambda m: m.span.start,
        )
        self._mention_starts = [m.span.start for m in self.mentions]
        self.demonyms = [(analysis.original_span(start, end), country) for start, end, country in demonyms_in(analysis)]

    def span_of(self, match: PhraseMatch) -> Span:
        return self.analysis.original_span(match.start, match.end)

    def sentence(self, sentence: Sentence) -> SentenceView:
        folded_start, folded_end = self.analysis.folded.to_folded(sentence.span.start, sentence.span.end)
        sentence_words = words(self.analysis.folded.text, folded_start, folded_end)
        # Only the mentions that start inside the sentence can lie in it: found by bisection, so a long
        # document does not cost sentences x mentions.
        first = bisect.bisect_left(self._mention_starts, sentence.span.start)
        last = bisect.bisect_left(self._mention_starts, sentence.span.end)
        inside = [m for m in self.mentions[first:last] if sentence.span.contains(m.span)]
        return SentenceView(
            self,
            sentence,
            sentence_words,
            phrase_lexicon(sentence.lang, "claim_markers", "marker").find_all(sentence_words),
            clause_spans(self.analysis.text, sentence.span),
            inside,
        )


@attrs.frozen
class SentenceView:
    """One sentence: its words, the claim markers among them, its clauses and its slot mentions."""

    document: DocumentView
    sentence: Sentence
    words: list[Word]
    markers: list[PhraseMatch]
    clauses: list[Span]
    mentions: list[Mention]

    def span_of(self, match: PhraseMatch) -> Span:
        return self.document.span_of(match)

    def clause_of(self, span: Span) -> Span:
        return next((clause for clause in self.clauses if clause.contains(span)), self.sentence.span)

    def clause_index(self, span: Span) -> int:
        return next((i for i, clause in enumerate(self.clauses) if clause.overlaps(span)), 0)

    def markers_in(self, role: str) -> list[PhraseMatch]:
        return [marker for marker in self.markers if marker.entry.data["role"] == role]
