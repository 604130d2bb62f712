"""One document prepared for the engines: folded text, sentences with their language,
and the reference time relative expressions resolve against."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cached_property

import attrs

from factcmp.model import Document, Mention, Published, Span, SpanIndex
from factcmp.text.lang import reading_language, script_language
from factcmp.text.normalize import FoldedText, fold_with_map
from factcmp.text.segment import Sentence, sentence_spans
from factcmp.values import Value

# Sentences with fewer letters than this take the document's language: detection on a
# caption of three words is a guess, the document's language is not (unless the script alone
# tells: a short Cyrillic sentence is Russian whatever the document is in).
_MIN_LETTERS_FOR_OWN_LANGUAGE = 25


@attrs.define(frozen=True, slots=False)
class TextAnalysis:
    document: Document
    folded: FoldedText
    lang: str
    # True when the caller fixed the language: every sentence then has it.
    lang_given: bool = False
    # The sentences language detection had to find; when the language is given they are found
    # on first use, as dates or numbers alone never need them.
    detected_sentences: tuple[Sentence, ...] | None = None

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        if self.detected_sentences is not None:
            return self.detected_sentences
        text = self.text
        return tuple(
            Sentence(span=span, text=text[span.start : span.end], lang=self.lang) for span in sentence_spans(text)
        )

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def published(self) -> Published | None:
        return self.document.published

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sentence.span.start for sentence in self.sentences]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding an original offset, if any."""
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].span.end:
            return self.sentences[index]
        return None

    def lang_at(self, offset: int) -> str:
        if self.lang_given:
            return self.lang
        sentence = self.sentence_at(offset)
        return sentence.lang if sentence is not None else self.lang

    def original_span(self, folded_start: int, folded_end: int) -> Span:
        return Span(*self.folded.to_original(folded_start, folded_end))

    def mention(
        self, kind: str, folded_start: int, folded_end: int, value: Value, *, confidence: float = 1.0
    ) -> Mention:
        """A mention from a span of the folded text: offsets and text come from the original."""
        span = self.original_span(folded_start, folded_end)
        return self.mention_at(kind, span, value, confidence=confidence)

    def mention_at(self, kind: str, span: Span, value: Value, *, confidence: float = 1.0) -> Mention:
        """A mention from a span of the original text."""
        return Mention(
            kind=kind,
            span=span,
            text=self.text[span.start : span.end],
            value=value,
            lang=self.lang_at(span.start),
            confidence=confidence,
            doc=self.document.id,
        )


_LETTER = re.compile(r"[^\W\d_]")


def _letters(text: str) -> int:
    return len(_LETTER.findall(text))


def _sentence_languages(text: str, spans: list[Span]) -> list[str | None]:
    """Each sentence's own language, or None where it is too short or too mixed to tell."""
    languages: list[str | None] = []
    for span in spans:
        sentence_text = text[span.start : span.end]
        if _letters(sentence_text) >= _MIN_LETTERS_FOR_OWN_LANGUAGE:
            languages.append(reading_language(sentence_text, default="") or None)
        else:
            languages.append(script_language(sentence_text))
    return languages


def _document_language(text: str, spans: list[Span], languages: list[str | None]) -> str:
    """The language most of the document's letters are in, by its sentences; whole-text detection
    only when no sentence is long enough to tell."""
    weight: dict[str, int] = {}
    for span, lang in zip(spans, languages, strict=True):
        if lang is not None:
            weight[lang] = weight.get(lang, 0) + span.end - span.start
    return max(weight, key=weight.__getitem__) if weight else reading_language(text)


def analyze(document: Document) -> TextAnalysis:
    """A document prepared for the engines: its text folded (with the map back to the original
    offsets), its language (given, or the one most of its sentences are in) and its sentences,
    each with its own language when it is long enough to tell."""
    text = document.text
    if document.lang is not None:
        return TextAnalysis(document=document, folded=fold_with_map(text), lang=document.lang, lang_given=True)
    spans = sentence_spans(text)
    languages = _sentence_languages(text, spans)
    lang = _document_language(text, spans, languages)
    sentences = tuple(
        Sentence(span=span, text=text[span.start : span.end], lang=sentence_lang or lang)
        for span, sentence_lang in zip(spans, languages, strict=True)
    )
    return TextAnalysis(document=document, folded=fold_with_map(text), lang=lang, detected_sentences=sentences)


def drop_overlapped(mentions: Sequence[Mention], by: Sequence[Mention]) -> list[Mention]:
    """Mentions that overlap none of ``by``: how an engine yields to one that ran before it."""
    taken = SpanIndex(m.span for m in by)
    return [mention for mention in mentions if not taken.overlaps_any(mention.span)]
