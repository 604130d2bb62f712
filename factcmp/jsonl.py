"""JSON lines: one record a line, written by the C encoder (no indent: the pure-Python encoder
that indenting takes is many times slower on outputs of hundreds of megabytes)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Protocol, TextIO

from factcmp.compare.model import Comparison

# Record types of a comparison, in the order they are written, with the part of it each comes from.
COMPARISON_RECORDS = ("document", "story", "claim", "event", "finding")


class _Part(Protocol):
    def to_dict(self) -> Mapping[str, Any]: ...


def line(record: dict[str, Any]) -> str:
    """One record as a line of JSON, ending in a line feed."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


def write(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    for record in records:
        out.write(line(record))


def comparison_records(comparison: Comparison) -> Iterator[dict[str, Any]]:
    """Every part of a comparison as a record of its own: ``{"type": "claim", "claim": {...}}``.
    The part is named under its type rather than merged with it: claims and events have a
    ``type`` (of event) of their own."""
    parts: tuple[Sequence[_Part], ...] = (
        comparison.documents,
        comparison.stories,
        comparison.claims,
        comparison.events,
        comparison.findings,
    )
    for kind, items in zip(COMPARISON_RECORDS, parts, strict=True):
        for item in items:
            yield {"type": kind, kind: item.to_dict()}
