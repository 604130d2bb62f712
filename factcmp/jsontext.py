"""JSON text as factcmp writes it: one top-level field a line, and each item of a top-level list
on a line of its own, every line encoded by the standard library's C encoder.

``json.dumps(indent=...)`` falls back to the pure-Python encoder, about ten times slower on a
large comparison; this layout keeps the C encoder and still reads (and diffs) an item at a time.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any, TextIO


def _encoded(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _lines(data: Mapping[str, Any]) -> Iterator[str]:
    fields = list(data.items())
    yield "{"
    for number, (name, value) in enumerate(fields):
        comma = "," if number < len(fields) - 1 else ""
        if isinstance(value, list) and value:
            yield f" {_encoded(name)}: ["
            yield from (f"  {_encoded(item)}{',' if i < len(value) - 1 else ''}" for i, item in enumerate(value))
            yield f" ]{comma}"
        else:
            yield f" {_encoded(name)}: {_encoded(value)}{comma}"
    yield "}"


def dumps(data: Mapping[str, Any]) -> str:
    """``data`` (a JSON object) as text, one list item a line (UTF-8 characters as they are)."""
    return "\n".join(_lines(data))


def dump(data: Mapping[str, Any], out: TextIO) -> None:
    """``dumps(data)`` written line by line, so the whole text is never held at once."""
    for line in _lines(data):
        out.write(line)
        out.write("\n")
