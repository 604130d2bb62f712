"""Slot statements: what a claim states about each slot, and how two statements of one slot relate.

Decides what is compared: a claim's time, its most specific place, its actors taken together,
its object, and each count (by what it counts) and quantity (by what it measures); and which
relation (factcmp.relations) compares two statements of each slot.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import attrs

from factcmp.claims.model import Claim
from factcmp.claims.triggers import subtypes_over_several_places, subtypes_with_a_doer, subtypes_with_parties
from factcmp.compare.describe import describe_value
from factcmp.kinds.counts.lexicon import national_groups
from factcmp.kinds.dates.intervals import WEEKDAYS, weekday_index
from factcmp.lexicon import load_table, load_words
from factcmp.model import Evidence, iso_day
from factcmp.names import LANGUAGES
from factcmp.relations import (
    Relation,
    actor_relation,
    amount_relation,
    most_specific_place,
    object_relation,
    place_relation,
    site_relation,
    time_relation,
)
from factcmp.text.normalize import fold


@attrs.frozen
class Statement:
    """One slot value as one claim states it; ``key`` is what a count counts or a quantity measures."""

    slot: str
    key: str
    evidence: Evidence
    claim: Claim


def statements_of(claim: Claim) -> list[Statement]:
    """Every slot value a claim states."""
    found = []
    if claim.time is not None:
        found.append(Statement("time", "", claim.time, claim))
    place = most_specific_place(claim.places)
    if place is not None:
        found.append(Statement("place", "", place, claim))
    if claim.site is not None:  # a site is compared with sites of its class: a market with a market
        found.append(Statement("place", str(claim.site.value["class"]), claim.site, claim))
    if claim.actors and claim.subtype in subtypes_with_a_doer():
        found.append(Statement("actor", "", _joined(claim.actors), claim))
    if claim.object is not None:
        found.append(Statement("object", "", claim.object, claim))
    found += [Statement("count", _count_key(e), e, claim) for e in claim.counts if not _unnamed_part(e)]
    found += [Statement("quantity", str(e.value.get("unit")), e, claim) for e in claim.quantities]
    return found


# The object of a count that names no group (counted_nouns.tsv: people, persons, نفر, أشخاص).
_ANYONE = frozenset({"people", "", None})


def _count_key(count: Evidence) -> str:
    """What a count counts: its type, and for a part of a toll («بينهم 6 سوريين», "including 63
    Canadians", "nine children") which part, so that a part is compared with the same part, never
    with the whole."""
    value = count.value
    kind = str(value.get("count_type"))
    if value.get("part_of"):
        return f"{kind}:part:{value.get('affiliation') or value.get('object') or ''}"
    if value.get("object") in toll_parts():
        return f"{kind}:part:{value['object']}"
    if value.get("object") in national_groups() and value.get("affiliation"):
        return f"{kind}:part:{value['affiliation']}"  # the Armenians among those aboard
    return kind


def _unnamed_part(count: Evidence) -> bool:
    """A part of a toll that does not say which («two of the victims», "four of the dead"): two such
    parts may be any two groups, and a part is never set against the whole, so it is compared with
    nothing."""
    value = count.value
    return bool(value.get("part_of")) and not value.get("affiliation") and value.get("object") in _ANYONE


def _one_night(a: Evidence, b: Evidence) -> bool:
    """Whether two days told are one night around midnight: the later told as its early hours
    («بامداد دوشنبه», early on Monday), the earlier not as its morning ("late on Sunday", «ليل
    الأحد», or the day alone): neither says which side of midnight it was."""
    for earlier, later in ((a, b), (b, a)):
        if _the_day_after(earlier, later) and _said(later, "am") and not _said(earlier, "am", "noon"):
            return True
    return False


def _the_day_after(earlier: Evidence, later: Evidence) -> bool:
    """Whether ``later`` is the day after ``earlier``: by their dates, else by their weekdays."""
    if earlier.value.get("grain") != "day" or later.value.get("grain") != "day":
        return False
    first, second = iso_day(earlier.value.get("start")), iso_day(later.value.get("start"))
    if first is not None and second is not None:
        return (second - first).days == 1
    # a resolved day's value names its weekday too (factcmp.kinds.dates.values)
    before, after = earlier.value.get("weekday"), later.value.get("weekday")
    return before in WEEKDAYS and after in WEEKDAYS and (weekday_index(before) + 1) % 7 == weekday_index(after)


def _said(evidence: Evidence, *periods: str) -> bool:
    """Whether a date's words name a part of the day of one of ``periods`` (day_periods.tsv)."""
    text = f" {fold(evidence.text).lower()} "
    return any(f" {word} " in text for period in periods for word in _period_words().get(period, ()))


@cache
def _period_words() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for lang in LANGUAGES:
        for row in load_table(lang, "day_periods"):
            found.setdefault(row["period"], set()).add(fold(row["word"]).lower())
    return {period: frozenset(words) for period, words in found.items()}


@cache
def toll_parts() -> frozenset[str]:
    """The objects a count may count that are a part of a toll by nature (children, women)."""
    return frozenset(load_words("common", "toll_parts"))


def relation(a: Statement, b: Statement) -> Relation:
    """How two statements of one slot relate (a's value to b's)."""
    x, y = a.evidence.value, b.evidence.value
    if a.slot == "time":
        found = time_relation(x, y)
        return Relation.UNKNOWN if found is Relation.CONFLICT and _one_night(a.evidence, b.evidence) else found
    if a.slot == "place":
        found = site_relation(x, y) if a.key else place_relation(x, y)
        several = a.claim.subtype in subtypes_over_several_places()
        return Relation.UNKNOWN if found is Relation.CONFLICT and several else found
    if a.slot == "actor":
        found = actor_relation(a.claim.actors, b.claim.actors)
        return Relation.UNKNOWN if found is Relation.CONFLICT and _one_party_each(a, b) else found
    if a.slot == "object":
        return object_relation(x, y)
    return amount_relation(x, y)


def _one_party_each(a: Statement, b: Statement) -> bool:
    """Whether two reports of a meeting or an agreement each name only one of its parties (one
    names Turkey, the other Iran): the two may be its two sides, no contradiction."""
    if a.claim.subtype not in subtypes_with_parties():
        return False
    return min(len(a.evidence.value.get("names") or ()), len(b.evidence.value.get("names") or ())) <= 1


def _joined(items: Sequence[Evidence]) -> Evidence:
    """Several actors as one value: the first one's words and span, and every actor with its own."""
    first = items[0]
    names = sorted({str(item.value.get("name") or item.value.get("key") or item.text) for item in items})
    each = [{"text": item.text, "start": item.span.start, "end": item.span.end, "value": item.value} for item in items]
    return Evidence(
        doc=first.doc, kind="actors", span=first.span, text=first.text, value={"names": names, "actors": each}
    )


def said(statements: Sequence[Statement], joiner: str) -> str:
    """What each document says, in words: «d1 says 15 killed (…) but d2 says 12 killed (…)»."""
    return joiner.join(f"{s.evidence.doc} says {describe_value(s.slot, s.evidence)}" for s in statements)
