"""``extract``: every mention of the requested kinds in a document or a text."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from factcmp.analysis import TextAnalysis, analyze
from factcmp.kinds import engines_for
from factcmp.model import Document, Mention, Published, SpanIndex, published_to_json
from factcmp.text.lang import LANGUAGES
from factcmp.values import KINDS

# A bare number inside one of these is part of it, not a fact of its own.
_NUMBER_HOLDERS = frozenset({"count", "quantity", "percent"})


def _as_document(document_or_text: Document | str, lang: str | None, published: Published | str | None) -> Document:
    if isinstance(document_or_text, Document):
        document = document_or_text
    elif isinstance(document_or_text, str):
        document = Document(id="text", text=document_or_text)
    else:
        raise TypeError(f"extract() takes a Document or a str, not {type(document_or_text).__name__}")
    if lang is not None or published is not None:
        document = Document(
            id=document.id,
            text=document.text,
            lang=lang or document.lang,
            published=published or document.published,
            source=document.source,
            title=document.title,
            meta=document.meta,
        )
    return document


def _check_kinds(kinds: Iterable[str] | None) -> tuple[str, ...]:
    if kinds is None:
        return KINDS
    requested = tuple(kinds)
    unknown = [kind for kind in requested if kind not in KINDS]
    if unknown:
        raise ValueError(f"unknown kind(s) {', '.join(unknown)}; known kinds: {', '.join(KINDS)}")
    return requested


def _without_held_numbers(mentions: list[Mention]) -> list[Mention]:
    holders = SpanIndex(m.span for m in mentions if m.kind in _NUMBER_HOLDERS)
    return [m for m in mentions if m.kind != "number" or not holders.contains_any(m.span)]


def extract_from(analysis: TextAnalysis, kinds: Iterable[str] | None = None) -> list[Mention]:
    """Mentions of an analysed document, sorted by position."""
    wanted = _check_kinds(kinds)
    found: list[Mention] = []
    for engine in engines_for(wanted):
        found.extend(engine.extract(analysis, found))
    mentions = _without_held_numbers([m for m in found if m.kind in wanted])
    return sorted(mentions, key=lambda m: (m.span.start, m.span.end, m.kind))


def extract(
    document_or_text: Document | str,
    *,
    lang: str | None = None,
    published: Published | str | None = None,
    kinds: Iterable[str] | None = None,
) -> list[Mention]:
    """Mentions of ``kinds`` (default: all) in a document or a text, sorted by position.

    ``lang`` fixes the language (``ar``, ``fa`` or ``en``) instead of detecting it;
    ``published`` (a date, a datetime when the time of day is known, or either as an ISO
    string) is the reference time relative expressions resolve against. Offsets point into
    the given text.
    """
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(f"lang must be one of ar, fa, en, not {lang!r}")
    document = _as_document(document_or_text, lang, published)
    return extract_document(document, kinds=kinds).mentions


@attrs.frozen
class DocumentMentions:
    """A document with its detected language and its mentions: one entry of the JSON output."""

    document: Document
    lang: str | None
    mentions: list[Mention]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.document.id,
            "lang": self.lang,
            "published": published_to_json(self.document.published),
            "source": self.document.source,
            "title": self.document.title,
            "mentions": [mention.to_dict() for mention in self.mentions],
        }


def extract_document(document: Document, *, kinds: Iterable[str] | None = None) -> DocumentMentions:
    """Mentions of one document with the language it was read in (None for an empty text)."""
    if not document.text.strip():
        _check_kinds(kinds)
        return DocumentMentions(document, document.lang, [])
    analysis = analyze(document)
    return DocumentMentions(document, analysis.lang, extract_from(analysis, kinds))
