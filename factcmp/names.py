"""The names factcmp's API takes, declared once: languages, kinds of mention, the slots of a
claim that findings are about, kinds of finding, and the tables of the exports.

Each is a ``Literal`` type, for signatures and type checkers, and the tuple of its names in
order, for checks and listings. ``names_of`` and ``name_of`` check what a caller gives against
them, so that a misspelt name fails at once with the list of valid ones instead of matching
nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, TypeVar, cast, get_args

Lang = Literal["ar", "fa", "en", "ru", "he"]
"""A language factcmp reads: Arabic, Persian, English, Russian or Hebrew."""

Kind = Literal["date", "duration", "number", "ordinal", "percent", "quantity", "count", "place", "person", "org"]
"""A kind of mention: what ``extract`` finds, each with its value class (``factcmp.values``)."""

Slot = Literal["count", "time", "place", "actor", "object", "quantity"]
"""What a finding is about: one slot of the claims of an event."""

FindingKind = Literal["contradiction", "revision", "possible_conflict", "agreement", "single_source"]
"""What a finding says, in the order reports show them."""

Table = Literal["mentions", "claims", "events", "findings"]
"""A table of the exports (``Comparison.to_records``)."""

LANGUAGES: tuple[Lang, ...] = get_args(Lang)
KINDS: tuple[Kind, ...] = get_args(Kind)
SLOTS: tuple[Slot, ...] = get_args(Slot)
FINDING_KINDS: tuple[FindingKind, ...] = get_args(FindingKind)
TABLES: tuple[Table, ...] = get_args(Table)

N = TypeVar("N", bound=str)


def names_of(given: str | Iterable[str], valid: tuple[N, ...], what: str) -> tuple[N, ...]:
    """``given`` (one name, or several) as a tuple, each name checked against ``valid``.

    A single string is one name, never a sequence of letters. Raises ``ValueError`` naming the
    unknown ones and listing the valid ones; ``what`` says what they are ("kind", "slot" ...).
    """
    items = (given,) if isinstance(given, str) else tuple(given)
    unknown = [item for item in items if item not in valid]
    if unknown:
        named = ", ".join(repr(item) for item in unknown)
        raise ValueError(f"unknown {what} {named}; choose from {', '.join(valid)}")
    return cast("tuple[N, ...]", items)


def name_of(given: str, valid: tuple[N, ...], what: str) -> N:
    """``given`` checked against ``valid``, as for ``names_of``."""
    if not isinstance(given, str):
        raise TypeError(f"{what} must be a string, one of {', '.join(valid)}; not {type(given).__name__}")
    return names_of(given, valid, what)[0]
