"""How two values of one slot relate, with their granularity in mind.

Every comparison answers with a :class:`Relation`: ``EQUAL``, ``WIDER`` (the first value
contains the second: 2015 ⊇ 30 September 2015; Syria ⊇ Latakia; "at least 10" ⊇ 12),
``NARROWER`` (the converse), ``CONFLICT`` (they cannot both be true), or ``UNKNOWN``
(nothing to compare).
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from factcmp.model import Evidence
from factcmp.text.translit import similar

# "about 15" is taken to mean within this fraction of 15.
_ABOUT_TOLERANCE = 0.1
# The modifier of a vague plural («عشرات», "dozens", «صدها»): its range is a manner of speaking.
_VAGUE = "approximate"


# How far from a town an event told as near it may be (Marand lies 60 km from Tabriz).
_NEAR_KM = 100.0
_EARTH_RADIUS_KM = 6371.0
# Two sites' names are compared over as many letters of their skeletons as the shorter has, and
# only when it has this many; alike from _SAME_SITE, other sites below _OTHER_SITE.
_SITE_KEY_LETTERS = 3
_SAME_SITE = 0.75
_OTHER_SITE = 0.4


class Relation(enum.Enum):
    EQUAL = "equal"
    WIDER = "wider"
    NARROWER = "narrower"
    CONFLICT = "conflict"
    UNKNOWN = "unknown"

    @property
    def compatible(self) -> bool:
        return self in (Relation.EQUAL, Relation.WIDER, Relation.NARROWER)


def _intervals(a: tuple[Any, Any], b: tuple[Any, Any]) -> Relation:
    (a_low, a_high), (b_low, b_high) = a, b
    if a == b:
        return Relation.EQUAL
    if a_low <= b_low and b_high <= a_high:
        return Relation.WIDER
    if b_low <= a_low and a_high <= b_high:
        return Relation.NARROWER
    return Relation.CONFLICT


# --- time ------------------------------------------------------------------------------


@lru_cache(maxsize=1 << 16)  # a corpus's events fall on few days, compared again and again
def _iso(text: str) -> dt.datetime:
    value = dt.datetime.fromisoformat(text)
    return value.replace(tzinfo=None)


def time_relation(a: dict[str, Any], b: dict[str, Any]) -> Relation:
    """Relation of two date values: by their intervals when both are resolved, else by their fields."""
    if a.get("resolved") and b.get("resolved") and a.get("start") and b.get("start") and a.get("end") and b.get("end"):
        relation = _intervals((_iso(a["start"]), _iso(a["end"])), (_iso(b["start"]), _iso(b["end"])))
        if relation is Relation.CONFLICT and _overlap(a, b):
            return Relation.UNKNOWN  # partly overlapping ranges: neither contains the other, nor excludes it
        if relation is Relation.CONFLICT and _same_day_of_the_year(a, b):
            return _by_inferred_year(a, b)
        return relation
    return _field_relation(a, b)


def _same_day_of_the_year(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return all(a.get(field) == b.get(field) is not None for field in ("month", "day"))


def _by_inferred_year(a: dict[str, Any], b: dict[str, Any]) -> Relation:
    """Two days of one day and month that differ only by their year, when a year was inferred, not
    told: «الثلاثاء 23 تشرين الثاني» in an undated report whose text names 2021 (a Tuesday then, and
    in 2027 again) says no year, so it is the wider of it and Tuesday 23 November 2027; both
    inferred, unknown."""
    if a.get("inferred") and b.get("inferred"):
        return Relation.UNKNOWN
    if a.get("inferred"):
        return Relation.WIDER
    if b.get("inferred"):
        return Relation.NARROWER
    return Relation.CONFLICT


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return bool(_iso(a["start"]) < _iso(b["end"]) and _iso(b["start"]) < _iso(a["end"]))


_DATE_FIELDS = ("year", "month", "day", "weekday")


def _field_relation(a: dict[str, Any], b: dict[str, Any]) -> Relation:
    """Unresolved dates: they conflict when a field both give differs; else the one with more fields is narrower."""
    shared = [field for field in _DATE_FIELDS if a.get(field) is not None and b.get(field) is not None]
    if any(a[field] != b[field] for field in shared):
        return Relation.CONFLICT
    if not shared:
        return Relation.UNKNOWN
    a_fields = {field for field in _DATE_FIELDS if a.get(field) is not None}
    b_fields = {field for field in _DATE_FIELDS if b.get(field) is not None}
    if a_fields == b_fields:
        return Relation.EQUAL
    if a_fields < b_fields:
        return Relation.WIDER
    if b_fields < a_fields:
        return Relation.NARROWER
    return Relation.UNKNOWN


def days_apart(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    """Days between two resolved dates' intervals (0 when they overlap); None when either is unresolved."""
    if not (a.get("resolved") and b.get("resolved") and a.get("start") and b.get("start")):
        return None
    a_start, a_end = _iso(a["start"]), _iso(a.get("end") or a["start"])
    b_start, b_end = _iso(b["start"]), _iso(b.get("end") or b["start"])
    gap = max(b_start - a_end, a_start - b_end, dt.timedelta(0))
    return gap.total_seconds() / 86400


# --- counts and quantities -------------------------------------------------------------


def amount_interval(value: dict[str, Any]) -> tuple[float, float]:
    """The values a count or quantity admits, as a closed interval."""
    number = float(value.get("value") or 0)
    low, high = value.get("low"), value.get("high")
    if low is not None or high is not None:
        return float(low if low is not None else number), float(high if high is not None else math.inf)
    modifier = value.get("modifier") or "exact"
    if modifier == "at_least":
        return number, math.inf
    if modifier == "more_than":
        return math.nextafter(number, math.inf), math.inf
    if modifier == "up_to":
        return 0.0, number
    if modifier == "less_than":
        return 0.0, math.nextafter(number, 0.0)
    if modifier == "about":
        return number * (1 - _ABOUT_TOLERANCE), number * (1 + _ABOUT_TOLERANCE)
    return number, number


def amount_relation(a: dict[str, Any], b: dict[str, Any]) -> Relation:
    a_interval, b_interval = amount_interval(a), amount_interval(b)
    relation = _intervals(a_interval, b_interval)
    if relation is Relation.CONFLICT and a_interval[0] <= b_interval[1] and b_interval[0] <= a_interval[1]:
        return Relation.UNKNOWN  # "about 15" and "at least 14": overlapping, neither says the other is wrong
    if relation is Relation.CONFLICT and _VAGUE in (a.get("modifier"), b.get("modifier")):
        return Relation.UNKNOWN  # «عشرات» (tens) beside 103: a manner of speaking, not a figure to hold to
    return relation


# --- places ----------------------------------------------------------------------------


def place_key(value: dict[str, Any]) -> str:
    if value.get("geonameid") is not None:
        return f"geo:{value['geonameid']}"
    return f"place:{value.get('key') or value.get('name')}"


def is_country(value: dict[str, Any]) -> bool:
    """A country, not a province: in the shipped gazetteer administrative entries with a GeoNames id
    are the countries (CLDR territories); provinces and regions come from the supplement, without one."""
    return value.get("feature") == "A" and value.get("geonameid") is not None


def place_relation(a: dict[str, Any], b: dict[str, Any]) -> Relation:
    if place_key(a) == place_key(b):
        return Relation.EQUAL
    # «قرب تبريز», near Tabriz: the area around a town holds the towns within reach of it
    if a.get("near") and _within_reach(a, b):
        return Relation.WIDER
    if b.get("near") and _within_reach(b, a):
        return Relation.NARROWER
    a_country, b_country = a.get("country"), b.get("country")
    if is_country(a) and a_country and a_country == b_country:
        return Relation.WIDER
    if is_country(b) and b_country and a_country == b_country:
        return Relation.NARROWER
    if a_country and b_country and a_country != b_country:
        return Relation.CONFLICT
    if a.get("feature") == b.get("feature") == "P":
        return Relation.CONFLICT  # two different cities: the event was not in both
    return Relation.UNKNOWN


def site_relation(a: dict[str, Any], b: dict[str, Any]) -> Relation:
    """Two named sites of one class (factcmp.claims.sites): one site when one name begins like the
    other (a report may add a word: سوق باب السراي المزدحم); two when their names start with
    other sounds; unknown in between (باب‌السرای written as one word)."""
    a_key, b_key = str(a.get("key") or "").replace(" ", ""), str(b.get("key") or "").replace(" ", "")
    length = min(len(a_key), len(b_key))
    if length < _SITE_KEY_LETTERS:
        return Relation.UNKNOWN
    alike = similar(a_key[:length], b_key[:length])
    if alike >= _SAME_SITE:
        return Relation.EQUAL
    return Relation.CONFLICT if alike < _OTHER_SITE else Relation.UNKNOWN


def _within_reach(around: dict[str, Any], other: dict[str, Any]) -> bool:
    """Whether a place lies within reach of the town a report places an event near."""
    points = [around.get("lat"), around.get("lon"), other.get("lat"), other.get("lon")]
    if any(point is None for point in points):
        return False
    lat1, lon1, lat2, lon2 = (math.radians(float(str(point))) for point in points)
    # haversine distance on a sphere of the Earth's mean radius
    chord = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * _EARTH_RADIUS_KM * math.asin(math.sqrt(chord)) <= _NEAR_KM


def most_specific_place(places: Iterable[Evidence]) -> Evidence | None:
    """The place that says most: a city over a region over a country; seas and areas last."""
    rank = {"P": 0, "S": 0, "T": 1, "A": 2, "L": 3, "H": 3}
    ordered = sorted(places, key=lambda e: rank.get(str(e.value.get("feature")), 2))
    return ordered[0] if ordered else None


# --- actors and objects ----------------------------------------------------------------


def actor_key(evidence: Evidence) -> str:
    if evidence.kind == "place":
        return f"country:{evidence.value.get('country') or place_key(evidence.value)}"
    return f"entity:{evidence.value.get('key')}"


def _side_keys(actors: Iterable[Evidence], others: Iterable[Evidence]) -> set[str]:
    """Actor keys, less the countries the other side names through their people ("Russia" and "Putin")."""
    their_countries = {f"country:{e.value['country']}" for e in others if e.kind != "place" and e.value.get("country")}
    return {key for key in map(actor_key, actors) if key not in their_countries}


def actor_relation(a_actors: Sequence[Evidence], b_actors: Sequence[Evidence]) -> Relation:
    a, b = _side_keys(a_actors, b_actors), _side_keys(b_actors, a_actors)
    if not a or not b:
        return Relation.UNKNOWN
    if a == b:
        return Relation.EQUAL
    if a < b:
        return Relation.WIDER  # fewer named participants: less precise, not wrong
    if b < a:
        return Relation.NARROWER
    if a & b:
        return Relation.UNKNOWN  # some of the same participants and some others: each may name a part
    return Relation.CONFLICT


def object_relation(a: dict[str, Any], b: dict[str, Any]) -> Relation:
    if a.get("class") != b.get("class"):
        return Relation.CONFLICT
    for attribute in ("role", "affiliation"):
        if a.get(attribute) and b.get(attribute) and a[attribute] != b[attribute]:
            return Relation.CONFLICT
    a_detail = sum(1 for key in ("role", "military", "affiliation") if a.get(key))
    b_detail = sum(1 for key in ("role", "military", "affiliation") if b.get(key))
    if a_detail == b_detail:
        return Relation.EQUAL
    return Relation.WIDER if a_detail < b_detail else Relation.NARROWER
