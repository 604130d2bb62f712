"""``extract``: every mention of the requested kinds in a document or a text."""

from __future__ import annotations

from collections.abc import Iterable

from factcmp.model import Document, Mention, Published
from factcmp.pipeline import extract_document
from factcmp.text.lang import LANGUAGES


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
