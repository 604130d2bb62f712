"""Typed values, one class per kind of mention.

Each class is a frozen attrs class whose fields are exactly the JSON contract of its kind
(docs/output-format.md); ``VALUE_TYPES`` maps a kind to its class. Values are hashable and
compare by their fields.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

import attrs

from factcmp.names import KINDS as KINDS  # re-exported: the kinds, in the order of VALUE_TYPES
from factcmp.names import name_of

Number = int | float


@attrs.frozen(kw_only=True)
class Value:
    """Base of every mention value: JSON in and out, field for field."""

    kind: ClassVar[str] = ""

    def to_dict(self) -> dict[str, Any]:
        """The value's JSON form: its fields by name."""
        return attrs.asdict(self, recurse=True)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Value:
        """A value from its JSON form; keys that are not fields of the class are left out."""
        names = {field.name for field in attrs.fields(cls)}
        return cls(**{key: val for key, val in data.items() if key in names})


@attrs.frozen(kw_only=True)
class DateValue(Value):
    """A point or interval of time with its grain; ``start``/``end`` are ISO, end exclusive
    (``start_date``, ``start_datetime`` ... give them as Python dates).

    Unknown parts are None. ``resolved`` says whether start/end are known; ``inferred``
    says the reference date they rest on was inferred from the text, not given. The year, month
    and day are Gregorian whatever ``calendar`` the text used.
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
    calendar: str = "gregorian"  # gregorian|jalali|hijri|hebrew
    relative: str | None = None  # how the text put it, when relative: "yesterday", "last", "next" ...

    @property
    def start_datetime(self) -> dt.datetime | None:
        """``start`` as a datetime (midnight for a day or longer), None while unresolved."""
        return _datetime(self.start)

    @property
    def end_datetime(self) -> dt.datetime | None:
        """``end`` (exclusive: the first moment after the interval) as a datetime, None while unresolved."""
        return _datetime(self.end)

    @property
    def start_date(self) -> dt.date | None:
        """The day the interval starts, None while unresolved."""
        start = self.start_datetime
        return None if start is None else start.date()

    @property
    def end_date(self) -> dt.date | None:
        """The day of ``end``, exclusive like it: the day after a day, January 1 after a year; None while unresolved."""
        end = self.end_datetime
        return None if end is None else end.date()


def _datetime(iso: str | None) -> dt.datetime | None:
    return None if iso is None else dt.datetime.fromisoformat(iso)


@attrs.frozen(kw_only=True)
class DurationValue(Value):
    """A length of time (five hours, two years): ISO 8601 (``P2Y``, ``PT5H``) and, when it is
    fixed, in seconds; ``modifier`` as for numbers (about, at least ...)."""

    kind: ClassVar[str] = "duration"
    iso: str
    seconds: float | None = None
    modifier: str = "exact"


@attrs.frozen(kw_only=True)
class NumberValue(Value):
    """A cardinal number. ``modifier`` says how exact it is (``exact``, ``about``, ``at_least``
    ...); vague quantities (عشرات, hundreds: ``approximate``) and stated ranges (3-4: ``range``)
    carry their bounds in ``low``/``high``."""

    kind: ClassVar[str] = "number"
    value: Number
    low: Number | None = None
    high: Number | None = None
    modifier: str = "exact"


@attrs.frozen(kw_only=True)
class OrdinalValue(Value):
    """An ordinal number: the third, الخامس, بیست و سوم."""

    kind: ClassVar[str] = "ordinal"
    value: int


@attrs.frozen(kw_only=True)
class PercentValue(Value):
    """A percentage (``value`` 15 for 15%), with ``measures``: what it is a percentage of, when
    the sentence says it."""

    kind: ClassVar[str] = "percent"
    value: Number
    modifier: str = "exact"
    measures: str | None = None  # what the percentage is of, when the sentence says it


@attrs.frozen(kw_only=True)
class QuantityValue(Value):
    """An amount of a unit (20 tonnes, 300 km, hundreds of people): ``value`` and ``unit``, with
    ``modifier`` and, for vague or stated ranges, ``low``/``high`` as for numbers."""

    kind: ClassVar[str] = "quantity"
    value: Number
    unit: str
    modifier: str = "exact"
    low: Number | None = None
    high: Number | None = None


@attrs.frozen(kw_only=True)
class CountValue(Value):
    """A number of things that something happened to: 15 crew killed. ``count_type`` is what
    happened (``KILL``, ``WOUND`` ...), ``object`` what is counted, ``affiliation`` whose they are;
    ``modifier``, ``low`` and ``high`` as for numbers."""

    kind: ClassVar[str] = "count"
    value: Number
    count_type: str  # KILL|WOUND|MISSING|ARREST|KIDNAP|RELEASE|DISPLACE|ABOARD|AFFECT|OTHER
    object: str | None = None  # English head noun of what is counted
    modifier: str = "exact"  # exact|at_least|more_than|about|up_to|less_than|all|only|approximate
    low: Number | None = None
    high: Number | None = None
    affiliation: str | None = None  # ISO country code of the counted, when the text says it
    # A part of the toll before it («بينهم 6 سوريين», including 63 Canadians): never compared with the whole.
    part_of: bool = False


@attrs.frozen(kw_only=True)
class PlaceValue(Value):
    """A place: its GeoNames id (None for a place the gazetteer lacks), English name, country
    (ISO 3166 alpha-2), coordinates and feature class; ``key`` is the same for the same place in
    any language."""

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


def value_from_dict(kind: str, data: dict[str, Any]) -> Value:
    """The value of a mention of ``kind`` from its JSON form."""
    return VALUE_TYPES[name_of(kind, KINDS, "kind")].from_dict(data)
