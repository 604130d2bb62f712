"""Short English wording of values and events, for explanations and reports."""

from __future__ import annotations

from calendar import month_name
from collections.abc import Sequence
from functools import cache
from typing import Any

from factcmp.claims.model import Claim
from factcmp.claims.triggers import subtype_noun, subtypes_with_a_doer
from factcmp.kinds.actors.names import figure_surname_key
from factcmp.lexicon import load_table
from factcmp.model import Evidence
from factcmp.relations import actor_key, most_specific_place
from factcmp.text.translit import romanize

_MODIFIER_WORDS = {
    "at_least": "at least ",
    "more_than": "more than ",
    "about": "about ",
    "up_to": "up to ",
    "less_than": "less than ",
    "all": "all ",
    "only": "only ",
}
_COUNT_VERBS = {
    "KILL": "killed",
    "WOUND": "wounded",
    "MISSING": "missing",
    "ARREST": "arrested",
    "RELEASE": "released",
    "KIDNAP": "kidnapped",
    "DISPLACE": "displaced",
    "ABOARD": "aboard",
    "AFFECT": "affected",
}
_WEEKDAYS = {
    "MON": "Monday",
    "TUE": "Tuesday",
    "WED": "Wednesday",
    "THU": "Thursday",
    "FRI": "Friday",
    "SAT": "Saturday",
    "SUN": "Sunday",
}


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int) else str(value)


def describe_date(value: dict[str, Any]) -> str:
    """ "17 September 2018", "2015", "Wednesday", "September 17 (year not given)", "23 November
    2021 (inferred)"."""
    if value.get("grain") in ("year", "decade") and value.get("year"):
        return str(value["year"]) + ("s" if value.get("grain") == "decade" else "")
    if value.get("start") and value.get("end") and value.get("grain") == "month" and not value.get("month"):
        return f"{value['start'][:10]} to {value['end'][:10]} (end exclusive)"
    parts = []
    if value.get("weekday") and not value.get("day"):
        parts.append(_WEEKDAYS.get(value["weekday"], value["weekday"]))
    if value.get("day"):
        parts.append(str(value["day"]))
    if value.get("month"):
        parts.append(month_name[int(value["month"])])
    if value.get("year"):
        # a year the report did not give with the date: from its inferred day, or a year it names
        parts.append(str(value["year"]) + (" (inferred)" if value.get("inferred") else ""))
    elif value.get("day") or value.get("month"):
        parts.append("(year not given)")
    return " ".join(parts) or str(value.get("start") or "an unresolved date")


_IRREGULAR_PLURALS = {"person": "people", "child": "children", "man": "men", "woman": "women", "foot": "feet"}
_REGULAR_MAN = frozenset({"human", "german", "roman", "shaman"})  # nouns in -man whose plural is -mans


def _describe_amount(slot: str, value: dict[str, Any]) -> str:
    if value.get("modifier") == "range" and value.get("low") is not None and value.get("high") is not None:
        amount = f"{_number(value['low'])} to {_number(value['high'])}"
    else:
        amount = _MODIFIER_WORDS.get(str(value.get("modifier")), "") + _number(value.get("value"))
    if slot == "count":
        what = value.get("object") or "people"
        # the dead found so far are bodies recovered, not bodies killed
        verb = "recovered" if what == "bodies" else _COUNT_VERBS.get(str(value.get("count_type")), "")
        return f"{amount} {what} {verb}".strip()
    unit = value.get("unit")
    return f"{amount}%" if unit == "percent" else f"{amount} {_unit_words(unit, value)}".strip()


def _unit_words(unit: object, value: dict[str, Any]) -> str:
    """The unit in the number the amount asks for: 1 tonne, 2 tonnes, 1,500,000 people; codes
    (USD), abbreviations (km) and symbols stay as they are."""
    if not isinstance(unit, str) or not unit:
        return ""
    singular = value.get("value") == 1 and value.get("modifier") not in ("range", "approximate")
    if singular or not unit.islower() or len(unit) <= 2:  # km, kg, mg: abbreviations take no plural
        return unit
    if unit in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[unit]
    if unit.endswith("man") and unit not in _REGULAR_MAN:
        return unit[:-3] + "men"  # serviceman, gunman, militiaman
    return unit if unit.endswith("s") else unit + "s"


def value_words(slot: str, evidence: Evidence) -> str:
    """The normalized value of a slot in English words: "17 September 2018", "all 15 crew killed"."""
    value = evidence.value
    if slot == "time":
        return describe_date(value)
    if slot in ("count", "quantity"):
        return _describe_amount(slot, value)
    if slot == "place":
        return str(value.get("name") or evidence.text)
    if slot == "actor":
        return ", ".join(value.get("names") or [evidence.text])
    if slot == "object":
        return str(value.get("label") or value.get("noun") or evidence.text)
    return evidence.text


def describe_value(slot: str, evidence: Evidence) -> str:
    """The value in English with the source's own words after it (people are named in their own words)."""
    words = value_words(slot, evidence)
    if slot == "actor":
        return words
    return f"{words} («{evidence.text}»)"


def _actor_names(claims: Sequence[Claim]) -> list[str]:
    """Up to three actors, one name each («Jerusalem» for Israel's government is Israel's key)."""
    names: dict[str, str] = {}
    for claim in claims:
        for actor in claim.actors:
            names.setdefault(actor_key(actor), readable_name(actor, claims))
    return list(dict.fromkeys(names.values()))[:3]


def readable_name(actor: Evidence, claims: Sequence[Claim] = ()) -> str:
    """An actor's name in Latin letters, for a label every reader of the report can read: a place's
    English name; a person's or organization's as a Latin-script report names it, else as English
    lexicons do, else romanized (the source's own form stays in the evidence)."""
    name = str(actor.value.get("name") or actor.text)
    key = actor.value.get("key")
    if actor.kind == "place" or not key:
        return romanize(name)
    for claim in claims:
        for other in claim.actors:
            other_name = str(other.value.get("name") or other.text)
            if other.value.get("key") == key and other_name.isascii():
                return other_name
    return _english_names().get(str(key)) or romanize(name)


@cache
def _english_names() -> dict[str, str]:
    """Entity key -> the name English lexicons give it (people by their surname's key, as the
    actor engine keys public figures; organizations by id)."""
    names = {f"org:{row['id']}": row["form"] for row in reversed(load_table("en", "orgs"))}
    for row in load_table("en", "people"):
        names[f"person:{figure_surname_key(row)}"] = row["name"]
    return names


def event_label(claim: Claim, members: Sequence[Claim] | None = None) -> str:
    """ "meeting (Vladimir Putin, Naftali Bennett; Sochi)"."""
    group = list(members or [claim])
    noun = subtype_noun(claim.subtype)
    # an earthquake or a blast of unknown cause has no doer: whom its reports name is not it
    names = _actor_names(group) if claim.subtype in subtypes_with_a_doer() else []
    details = ", ".join(names)
    place = most_specific_place([p for c in group for p in c.places if p.value.get("name")])
    where = str(place.value["name"]) if place is not None else None
    if where and where not in names:
        details = f"{details}; {where}" if details else where
    return f"{noun} ({details})" if details else noun
