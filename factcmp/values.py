"""Typed values, one class per kind of mention.

Each class is a frozen attrs class whose fields are exactly the JSON contract of its kind
(docs/output-format.md); ``VALUE_TYPES`` maps a kind to its class.
"""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

Number = int | float


@attrs.frozen(kw_only=True)
class Value:
    """Base of every mention value: JSON in and out, field for field."""

    kind: ClassVar[str] = ""

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self, recurse=True)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Value:
        names = {field.name for field in attrs.fields(cls)}
        return cls(**{key: val for key, val in data.items() if key in names})


@attrs.frozen(kw_only=True)
class DateValue(Value):
    """A point or interval of time with its grain; ``start``/``end`` are ISO, end exclusive.

    Unknown parts are None. ``resolved`` says whether start/end are known; ``inferred``
    says the reference date they rest on was inferred from the text, not given.
    """

    kind: ClassVar[str] = "date"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: str | None = None  # MON..SUN
    hour: int | None = None
    minute: int | None = None
    timezone: str | None = None
    grain: str = "day"  # minute|hour|day|week|month|quarter|year|decade
    start: str | None = None
    end: str | None = None
    resolved: bool = False
    inferred: bool = False
    calendar: str = "gregorian"  # gregorian|jalali|hijri
    relative: str | None = None  # how the text put it, when relative: "yesterday", "last", "next" ...


@attrs.frozen(kw_only=True)
class DurationValue(Value):
    kind: ClassVar[str] = "duration"
    iso: str
    seconds: float | None = None
    modifier: str = "exact"


@attrs.frozen(kw_only=True)
class NumberValue(Value):
    """A cardinal number; vague quantities (عشرات, hundreds) carry a range in low/high."""

    kind: ClassVar[str] = "number"
    value: Number
    low: Number | None = None
    high: Number | None = None
    modifier: str = "exact"


@attrs.frozen(kw_only=True)
class OrdinalValue(Value):
    kind: ClassVar[str] = "ordinal"
    value: int


@attrs.frozen(kw_only=True)
class PercentValue(Value):
    kind: ClassVar[str] = "percent"
    value: Number
    modifier: str = "exact"
    measures: str | None = None  # what the percentage is of, when the sentence says it


@attrs.frozen(kw_only=True)
class QuantityValue(Value):
    kind: ClassVar[str] = "quantity"
    value: Number
    unit: str
    modifier: str = "exact"
    low: Number | None = None
    high: Number | None = None


@attrs.frozen(kw_only=True)
class CountValue(Value):
    """A number of things that something happened to: 15 crew killed."""

    kind: ClassVar[str] = "count"
    value: Number
    count_type: str  # KILL|WOUND|MISSING|ARREST|KIDNAP|DISPLACE|ABOARD|AFFECT|OTHER
    object: str | None = None  # English head noun of what is counted
    modifier: str = "exact"  # exact|at_least|more_than|about|up_to|less_than|all|only|approximate
    low: Number | None = None
    high: Number | None = None
    affiliation: str | None = None  # ISO country code of the counted, when the text says it
    # A part of the toll before it («بينهم 6 سوريين», including 63 Canadians): never compared with the whole.
    part_of: bool = False


@attrs.frozen(kw_only=True)
class PlaceValue(Value):
    kind: ClassVar[str] = "place"
    geonameid: int | None
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None  # GeoNames feature class: P city, A country/region, H water, T height, L area
    key: str | None = None  # stable id, for places the gazetteer does not know too


@attrs.frozen(kw_only=True)
class EntityValue(Value):
    """A person or organization: ``key`` is equal for the same entity in any language."""

    kind: ClassVar[str] = "entity"
    key: str
    name: str
    country: str | None = None  # affiliation, from a demonym or the entity lexicon
    role: str | None = None  # title or role the text gives: president, prime minister ...


VALUE_TYPES: dict[str, type[Value]] = {
    "date": DateValue,
    "duration": DurationValue,
    "number": NumberValue,
    "ordinal": OrdinalValue,
    "percent": PercentValue,
    "quantity": QuantityValue,
    "count": CountValue,
    "place": PlaceValue,
    "person": EntityValue,
    "org": EntityValue,
}

KINDS: tuple[str, ...] = tuple(VALUE_TYPES)


def value_from_dict(kind: str, data: dict[str, Any]) -> Value:
    try:
        value_type = VALUE_TYPES[kind]
    except KeyError:
        raise ValueError(f"unknown mention kind {kind!r}; known kinds: {', '.join(KINDS)}") from None
    return value_type.from_dict(data)
