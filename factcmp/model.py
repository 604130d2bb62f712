"""The document model: what goes in (Document) and what comes out (Mention)."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections.abc import Iterable
from typing import Any

import attrs

from factcmp.text.inert import encodable
from factcmp.values import Value, value_from_dict

Published = dt.date | dt.datetime


@attrs.frozen(order=True)
class Span:
    """A half-open span ``[start, end)`` into the caller's original text."""

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


class SpanIndex:
    """Spans sorted once, for asking whether any of them overlaps or contains a given span in log time."""

    def __init__(self, spans: Iterable[Span]) -> None:
        ordered = sorted(spans, key=lambda span: span.start)
        self._starts = [span.start for span in ordered]
        # _furthest_end[i]: the largest end among the first i + 1 spans.
        self._furthest_end = list(itertools.accumulate((span.end for span in ordered), max))

    def _reach(self, starting_before: int) -> int:
        return self._furthest_end[starting_before - 1] if starting_before else -1

    def overlaps_any(self, span: Span) -> bool:
        return self._reach(bisect.bisect_left(self._starts, span.end)) > span.start

    def contains_any(self, span: Span) -> bool:
        return self._reach(bisect.bisect_right(self._starts, span.start)) >= span.end


def published_to_json(published: Published | None) -> str | None:
    return None if published is None else published.isoformat()


def published_from_json(text: str | None) -> Published | None:
    """A date, or a datetime when the time of day is given."""
    if text is None or text == "":
        return None
    text = str(text).strip()
    if len(text) == 10:
        return dt.date.fromisoformat(text)
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def _to_published(value: Published | str | None) -> Published | None:
    """What ``Document.published`` accepts: a date, a datetime, or the same as an ISO string."""
    if value is None or isinstance(value, dt.date):  # a datetime is a date too
        return value
    if isinstance(value, str):
        try:
            return published_from_json(value)
        except ValueError:
            raise ValueError(f"published must be an ISO date such as 2021-10-22, not {value!r}") from None
    raise TypeError(f"published must be a date, a datetime or an ISO date string, not {type(value).__name__}")


@attrs.frozen(kw_only=True)
class Document:
    """One news report. ``lang`` None means: detect it. ``published`` takes a date, a datetime
    (when the time of day is known) or either as an ISO string."""

    # Lone surrogates (a \\udXXX escape in JSON) become U+FFFD, one character for one, so that
    # everything made from a document can be written as UTF-8 and offsets still hold.
    id: str = attrs.field(converter=encodable)
    text: str = attrs.field(converter=encodable)
    lang: str | None = None
    published: Published | None = attrs.field(default=None, converter=_to_published)
    source: str | None = attrs.field(default=None, converter=attrs.converters.optional(encodable))
    title: str | None = attrs.field(default=None, converter=attrs.converters.optional(encodable))
    meta: dict[str, Any] = attrs.field(factory=dict, eq=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "lang": self.lang,
            "published": published_to_json(self.published),
            "source": self.source,
            "title": self.title,
            "meta": dict(self.meta),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        return cls(
            id=str(data["id"]),
            text=str(data["text"]),
            lang=data.get("lang"),
            published=published_from_json(data.get("published")),
            source=data.get("source"),
            title=data.get("title"),
            meta=dict(data.get("meta") or {}),
        )


@attrs.frozen(kw_only=True)
class Mention:
    """One thing found in a text: its kind, where it is, what it says, and its value."""

    kind: str
    span: Span
    text: str
    value: Value
    lang: str
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "start": self.span.start,
            "end": self.span.end,
            "text": self.text,
            "value": self.value.to_dict(),
            "lang": self.lang,
            "confidence": round(self.confidence, 3),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mention:
        return cls(
            kind=data["kind"],
            span=Span(int(data["start"]), int(data["end"])),
            text=data["text"],
            value=value_from_dict(data["kind"], data["value"]),
            lang=data["lang"],
            confidence=float(data.get("confidence", 1.0)),
        )


@attrs.frozen(kw_only=True)
class Evidence:
    """A value as one document states it: where, in what words, and normalized."""

    doc: str
    kind: str
    span: Span
    text: str
    value: dict[str, Any]

    @classmethod
    def of(cls, doc: str, mention: Mention) -> Evidence:
        return cls(doc=doc, kind=mention.kind, span=mention.span, text=mention.text, value=mention.value.to_dict())

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "start": self.span.start,
            "end": self.span.end,
            "text": self.text,
            "value": self.value,
        }

    @classmethod
    def from_dict(cls, doc: str, data: dict[str, Any]) -> Evidence:
        """The evidence ``to_dict`` wrote, in document ``doc`` (which it leaves out)."""
        span = Span(int(data["start"]), int(data["end"]))
        return cls(doc=doc, kind=data["kind"], span=span, text=data["text"], value=dict(data["value"]))


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
