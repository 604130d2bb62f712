"""The document model: what goes in (``Document``) and what comes out (``Mention``, ``Evidence``),
with their JSON forms (docs/output-format.md)."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import pickle
import zlib
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, overload

import attrs

from factcmp.names import LANGUAGES, Lang, name_of
from factcmp.text.inert import encodable
from factcmp.values import VALUE_TYPES, Value, value_from_dict

if TYPE_CHECKING:
    import pandas

Published = dt.date | dt.datetime

SCHEMA_VERSION = "1.1"
"""The version of the JSON output (``schema_version`` at its top; docs/schema/*.json). The minor
number goes up when fields are added, the major one if a field ever changed or went away."""


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


def iso_day(text: object) -> dt.date | None:
    """The day an ISO date or datetime string starts with; None for nothing or not a date."""
    try:
        return dt.date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None


# The key of Document.meta that holds the publication day the text states (ISO).
PUBLISHED_INFERRED = "published_inferred"
# ... and the key that says its year is only one the text names elsewhere that its weekday fits
# («اليوم الجمعة 22 أكتوبر» beside «عام 2021»): good for the report's relative dates, no bound on
# which reports it may be one story with.
PUBLISHED_YEAR_FITTED = "published_year_fitted"


def published_day(published: Published | None) -> dt.date | None:
    """The day a report came out, whether its time of day is known or not."""
    return published.date() if isinstance(published, dt.datetime) else published


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


def _check_lang(_: object, __: attrs.Attribute[Lang | None], lang: str | None) -> None:
    if lang is not None:
        name_of(lang, LANGUAGES, "language")


@attrs.frozen(kw_only=True)
class Document:
    """One news report. ``lang`` (``ar``, ``fa`` or ``en``) None means: detect it. ``published``
    takes a date, a datetime (when the time of day is known) or either as an ISO string: it is
    what relative dates («yesterday») resolve against."""

    # Lone surrogates (a \\udXXX escape in JSON) become U+FFFD, one character for one, so that
    # everything made from a document can be written as UTF-8 and offsets still hold.
    id: str = attrs.field(converter=encodable)
    text: str = attrs.field(converter=encodable)
    lang: Lang | None = attrs.field(default=None, validator=_check_lang)
    published: Published | None = attrs.field(default=None, converter=_to_published)
    source: str | None = attrs.field(default=None, converter=attrs.converters.optional(encodable))
    title: str | None = attrs.field(default=None, converter=attrs.converters.optional(encodable))
    meta: dict[str, Any] = attrs.field(factory=dict, eq=False)

    @property
    def published_inferred(self) -> dt.date | None:
        """The day the text says the report came out, when it was given with no date (a dateline,
        a date alone under the headline): set by the pipeline's publication step."""
        day = self.meta.get(PUBLISHED_INFERRED)
        return dt.date.fromisoformat(day) if isinstance(day, str) else None

    @property
    def published_year_fitted(self) -> bool:
        """Whether ``published_inferred`` took its year only from a weekday fitted to a year the
        text names elsewhere (PUBLISHED_YEAR_FITTED): it resolves the report's relative dates but
        bounds no story or event."""
        return bool(self.meta.get(PUBLISHED_YEAR_FITTED))

    @property
    def publication(self) -> Published | None:
        """When the report came out: as given, else as its text says (to the day)."""
        return self.published if self.published is not None else self.published_inferred

    def overridden(self, *, lang: Lang | None = None, published: Published | str | None = None) -> Document:
        """The document with ``lang`` and ``published`` replaced by those given (not None)."""
        if lang is None and published is None:
            return self
        return attrs.evolve(self, lang=lang or self.lang, published=published or self.published)

    def to_dict(self) -> dict[str, Any]:
        """The document's JSON form, text and metadata."""
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
        """A document from its JSON form (``to_dict``)."""
        return cls(
            id=str(data["id"]),
            text=str(data["text"]),
            lang=data.get("lang"),
            published=published_from_json(data.get("published")),
            source=data.get("source"),
            title=data.get("title"),
            meta=dict(data.get("meta") or {}),
        )


@functools.lru_cache(maxsize=8)
def _sentence_spans(text: str) -> list[Span]:
    # The segmentation the engines read by; kept for the few texts in use, as one mention after
    # another asks for its sentence.
    from factcmp.text.segment import sentence_spans  # segment imports this module

    return sentence_spans(text)


@attrs.frozen(kw_only=True)
class Mention:
    """One thing found in a text: its ``kind``, where it is (``span``, into the document's text,
    which ``text`` equals), the language of its sentence, and its typed ``value``
    (``factcmp.values``). ``doc`` is the id of the document it was found in, when it was found
    in one; ``sentence(document)`` gives the sentence it is in."""

    kind: str
    span: Span
    text: str
    value: Value
    lang: str
    confidence: float = 1.0
    # A reference, not part of what the mention is: equality and the JSON form (where a mention
    # sits inside its document) leave it out.
    doc: str | None = attrs.field(default=None, eq=False)

    def sentence_span(self, document: Document) -> Span:
        """The span of the sentence (or sentences) the mention is in, in ``document``: the
        document it was found in (a ``ValueError`` says so when it is another)."""
        if self.doc is not None and self.doc != document.id:
            raise ValueError(f"this mention is from document {self.doc!r}, not {document.id!r}")
        if document.text[self.span.start : self.span.end] != self.text:
            raise ValueError(
                f"{self.text!r} is not at [{self.span.start}, {self.span.end}) of document {document.id!r}"
            )
        spans = _sentence_spans(document.text)
        first = bisect.bisect_right([span.end for span in spans], self.span.start)
        last = bisect.bisect_left([span.start for span in spans], self.span.end) - 1
        if first > last:  # between sentences (a heading's number): the mention alone
            return self.span
        return Span(min(spans[first].start, self.span.start), max(spans[last].end, self.span.end))

    def sentence(self, document: Document) -> str:
        """The text of the sentence the mention is in (see ``sentence_span``)."""
        span = self.sentence_span(document)
        return document.text[span.start : span.end]

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
    """A value as one document states it: where (``span`` into document ``doc``'s text), in what
    words (``text``), and normalized (``value``, its JSON form; ``typed_value`` is the same as a
    value class). Evidence is hashable: the hash leaves the value out, equality does not."""

    doc: str
    kind: str
    span: Span
    text: str
    value: dict[str, Any] = attrs.field(hash=False)

    @property
    def typed_value(self) -> Value | None:
        """The value as its class (``DateValue``, ``CountValue`` ...) for a mention's kind; None for
        evidence no value class describes (a claim's trigger or object, a finding's actors)."""
        value_type = VALUE_TYPES.get(self.kind)
        return None if value_type is None else value_type.from_dict(self.value)

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


class PackedMentions(Sequence[Mention]):
    """A document's mentions kept packed (pickled and compressed), unpacked each time they are
    read: a comparison holds every document's mentions, and as objects they would take a quarter
    of its memory, five times their packed size. Reads like a list of mentions, equal to one
    that holds the same mentions."""

    __slots__ = ("_length", "_packed")

    def __init__(self, mentions: Iterable[Mention]) -> None:
        listed = list(mentions)
        self._packed = zlib.compress(pickle.dumps(listed, pickle.HIGHEST_PROTOCOL), 1)
        self._length = len(listed)

    def _unpacked(self) -> list[Mention]:
        mentions: list[Mention] = pickle.loads(zlib.decompress(self._packed))
        return mentions

    def __len__(self) -> int:
        return self._length

    def __iter__(self) -> Iterator[Mention]:
        return iter(self._unpacked())

    @overload
    def __getitem__(self, index: int) -> Mention: ...

    @overload
    def __getitem__(self, index: slice) -> list[Mention]: ...

    def __getitem__(self, index: int | slice) -> Mention | list[Mention]:
        return self._unpacked()[index]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PackedMentions | list):
            return len(self) == len(other) and self._unpacked() == list(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self._unpacked()))

    def __repr__(self) -> str:
        return repr(self._unpacked())


@attrs.frozen
class DocumentMentions:
    """A document with its detected language and its mentions: one entry of the JSON output."""

    document: Document
    lang: str | None
    mentions: Sequence[Mention]  # a list, or PackedMentions where a corpus is compared

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.document.id,
            "lang": self.lang,
            "published": published_to_json(self.document.published),
            "published_inferred": published_to_json(self.document.published_inferred),
            "source": self.document.source,
            "title": self.document.title,
            "mentions": [mention.to_dict() for mention in self.mentions],
        }


class Mentions(list[Mention]):
    """What ``factcmp.extract`` gives: the mentions of one document in order of position, a list
    that also knows the ``document`` they were found in and the language it was read in (``lang``;
    None for an empty text). ``mention.sentence(mentions.document)`` is a mention's sentence."""

    def __init__(self, mentions: Iterable[Mention], *, document: Document, lang: str | None) -> None:
        super().__init__(mentions)
        self.document = document
        self.lang = lang

    def to_records(self) -> list[dict[str, Any]]:
        """The mentions as the ``mentions`` table of ``factcmp.export``: one flat dict a mention."""
        from factcmp import export  # export depends on this module

        return export.dense("mentions", export.mention_records(self.document.id, self))

    def to_dataframe(self) -> pandas.DataFrame:
        """The mentions as a pandas DataFrame (the ``factcmp[pandas]`` extra), one row a mention."""
        from factcmp import export  # export depends on this module

        return export.dataframe("mentions", self.to_records())
