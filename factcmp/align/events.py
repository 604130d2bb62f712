"""Events: the claims of one story that tell one event, grouped so that they hold together.

Claims are compared only within their story (factcmp.align.stories) and within one event type;
a claim about something long before its report (the 2020 blast a report recalls, the 2015
intervention) is background and is grouped only with background. Within such a block every
pair is scored (factcmp.align.links), up to a size beyond which each claim meets its neighbours
in time order. Claims are then grouped by average linkage (factcmp.align.linkage): a claim joins
an event only when it is like the event's claims on average, never by one look-alike, and never
when the times of any two could not be one event's. So events cannot snowball, and each holds
only claims that tell it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from factcmp.align.linkage import average_linkage
from factcmp.align.links import (
    MAX_UNCERTAIN_LINKS,
    SAME_EVENT_MAX_DAYS,
    Link,
    actor_keys,
    may_be_misdated,
    score_pair,
)
from factcmp.align.stories import Story
from factcmp.claims.model import Claim
from factcmp.claims.triggers import general_subtypes, is_routine, subtypes_with_parties
from factcmp.kinds.dates.values import anchored
from factcmp.model import iso_day
from factcmp.relations import Relation, days_apart, most_specific_place, place_relation, time_relation

# A claim dated this many days or more before its report's day tells an earlier event.
BACKGROUND_DAYS = 30
# Whole groups ("all 95 aboard") further apart than this ratio are other events, not a disagreement.
_WHOLES_APART = 1.25
_TOLL_TYPES = frozenset({"KILL", "WOUND"})
# Tolls this many times apart, told with no word of a rising toll, are another event's when the
# reports also give it other days (100 dead on a Tuesday, three on a Monday: two port blasts).
_TOLLS_APART = 5.0
# Blocks up to this many claims have every pair scored; beyond, each claim meets this many neighbours.
_FULL_BLOCK = 200
_NEIGHBOURS = 24
# Two groups of claims are one event when their claims' links average at least this.
SAME_EVENT = 0.4


def is_background(claim: Claim, reference: dt.date | None) -> bool:
    """Told as an earlier event: so marked by the reader, or dated well before its report's day."""
    if claim.background:
        return True
    end = claim.time.value.get("end") if claim.time is not None and claim.time.value.get("resolved") else None
    if reference is None or not end:
        return False
    try:
        return (reference - dt.date.fromisoformat(str(end)[:10])).days >= BACKGROUND_DAYS
    except ValueError:
        return False


def _time_order(claim: Claim) -> tuple[str, str, int]:
    start = str(claim.time.value.get("start") or "") if claim.time is not None else ""
    return start, claim.doc, claim.trigger.span.start


def _blocks(
    claims: Sequence[Claim], story_of: Mapping[str, str], references: Mapping[str, dt.date | None]
) -> list[tuple[str | None, list[Claim]]]:
    """Claims to compare pair by pair, with the story they are compared within: a story's main
    claims of one event type; and, across stories, earlier events that reports recall together
    with every dated claim of that type (the meeting a report recalls may be another story's)."""
    blocks: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        if is_background(claim, references.get(claim.doc)):
            blocks[("", claim.event_type)].append(claim)
            continue
        story = story_of.get(claim.doc, claim.doc)
        blocks[(story, claim.event_type)].append(claim)
        if claim.time is not None and claim.time.value.get("resolved"):
            blocks[("", claim.event_type)].append(claim)
    # Stories first: a pair of one story is scored as such, not as two recalled events.
    ordered = sorted(blocks.items(), key=lambda item: (item[0][0] == "", item[0]))
    return [(story or None, sorted(block, key=_time_order)) for (story, _), block in ordered]


def _pairs(block: Sequence[Claim]) -> list[tuple[Claim, Claim]]:
    reach = len(block) if len(block) <= _FULL_BLOCK else _NEIGHBOURS
    return [(a, b) for i, a in enumerate(block) for b in block[i + 1 : i + 1 + reach] if a.doc != b.doc]


@attrs.frozen
class Alignment:
    """The links between claims, best first, and the blocks each claim was compared within: two
    claims that share none (an undated claim and a claim of another story) were never compared,
    which says nothing either way."""

    links: list[Link]
    blocks: dict[str, frozenset[str]]


def align(
    claims: Sequence[Claim], stories: Sequence[Story], references: Mapping[str, dt.date | None] | None = None
) -> Alignment:
    """Links between claims of different documents of one story, best first."""
    story_of = {doc: story.id for story in stories for doc in story.docs}
    leading = _leading_subtypes(claims, story_of)
    links: dict[tuple[str, str], Link] = {}
    blocks: dict[str, set[str]] = defaultdict(set)
    placed = _placed(claims, references or {})
    for story, block in _blocks(placed, story_of, references or {}):
        story_subtypes = leading.get(story, frozenset()) if story else frozenset()
        for claim in block:
            blocks[claim.id].add(story or "")
        for a, b in _pairs(block):
            if (a.id, b.id) in links or (b.id, a.id) in links:
                continue
            link = score_pair(a, b, story_subtypes, within_story=story is not None)
            if link is not None:
                links[(link.a, link.b)] = link
    ordered = sorted(links.values(), key=lambda link: (-link.score, link.a, link.b))
    # most claims were compared within the same few sets of blocks (their story's, and the dated
    # claims'): each set is kept once
    sets: dict[frozenset[str], frozenset[str]] = {}
    return Alignment(
        ordered, {claim: sets.setdefault(frozenset(found), frozenset(found)) for claim, found in blocks.items()}
    )


def _placed(claims: Sequence[Claim], references: Mapping[str, dt.date | None]) -> list[Claim]:
    """The claims as they are lined up: an undated report's month («في شباط», "in February") is
    taken in the year of the day the report is about (its story's last known day), so that the
    meeting it recalls can meet the dated reports of that meeting; what the claim says is unchanged."""
    placed = []
    for claim in claims:
        reference = references.get(claim.doc)
        value = anchored(claim.time.value, reference) if claim.time is not None and reference else None
        if claim.time is not None and value is not None:
            claim = attrs.evolve(claim, time=attrs.evolve(claim.time, value=value.to_dict()))
        placed.append(claim)
    return placed


def _leading_subtypes(claims: Sequence[Claim], story_of: Mapping[str, str]) -> dict[str, frozenset[str]]:
    """Per story, the kind of event most of its reports lead with (their first claim of a specific
    kind, else their first claim)."""
    first: dict[str, str] = {}
    for claim in claims:
        # A specific kind (an air strike) says more than a general one (an attack) told first.
        told = first.get(claim.doc)
        if not claim.background and (
            told is None or (told in general_subtypes() and claim.subtype not in general_subtypes())
        ):
            first[claim.doc] = claim.subtype
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    for doc, subtype in first.items():
        tally[story_of.get(doc, doc)][subtype] += 1
    leading = {}
    for story, counts in tally.items():
        top = max(counts.values())
        leading[story] = frozenset(subtype for subtype, count in counts.items() if count == top)
    return leading


def few_uncertain(links: Sequence[Link]) -> list[Link]:
    """At most a few uncertain links per claim, the best: a report may resemble a hundred others."""
    kept: list[Link] = []
    taken: dict[str, int] = defaultdict(int)
    for link in sorted(links, key=lambda link: (-link.score, link.a, link.b)):
        if not link.confident:
            if taken[link.a] >= MAX_UNCERTAIN_LINKS or taken[link.b] >= MAX_UNCERTAIN_LINKS:
                continue
            taken[link.a] += 1
            taken[link.b] += 1
        kept.append(link)
    return kept


@attrs.frozen
class _EventProfile:
    """What the claims of a would-be event say about its kind, its time and, for a routine event,
    who took part: a claim joins only an event that every one of its claims allows."""

    subtypes: frozenset[str]
    times: tuple[dict[str, Any], ...]  # the distinct times its claims give
    slack_days: int  # how far apart its times may be: a few days for an event reports may misdate
    named: frozenset[str]  # the people and organizations its claims name as its parties
    places: tuple[dict[str, Any], ...]  # the most specific place each claim gives
    first_report: dt.date | None = None  # the earliest day a report tells it as having happened
    wholes: frozenset[tuple[str, float]] = frozenset()  # counts of a whole group its claims give ("all 95")
    # the dead and wounded its claims count as a whole, told with no word of an update
    tolls: frozenset[tuple[str, float]] = frozenset()

    def fits(self, other: _EventProfile) -> bool:
        if len((self.subtypes | other.subtypes) - general_subtypes()) > 1:
            return False
        if not _before_its_reports(self, other) or _other_wholes(self.wholes, other.wholes):
            return False
        slack = max(self.slack_days, other.slack_days)
        if any(_times_exclude(a, b, slack) for a in self.times for b in other.times):
            return False
        if _other_days_and_tolls(self, other):
            return False
        if not is_routine(self.subtypes | other.subtypes):
            return True  # sources that disagree on where a rare event happened are worth a contradiction
        # A meeting of Putin and Bennett is not the meeting of Putin and Netanyahu; one in Sochi is
        # not one in Paris.
        if self.named - other.named and other.named - self.named:
            return False
        places_differ = any(place_relation(a, b) is Relation.CONFLICT for a in self.places for b in other.places)
        return not places_differ or self._pinned_with(other)

    def _pinned_with(self, other: _EventProfile) -> bool:
        """Whether both sides date it to the same day: then a routine event told in two places is one
        event the sources place differently (a contradiction), not two events."""
        days = [time for time in (*self.times, *other.times) if time.get("resolved") and time.get("grain") == "day"]
        return (
            any(t in self.times for t in days)
            and any(t in other.times for t in days)
            and all(time_relation(a, b).compatible for a in days for b in days)
        )

    def joined(self, other: _EventProfile) -> _EventProfile:
        return _EventProfile(
            self.subtypes | other.subtypes,
            _distinct((*self.times, *other.times)),
            max(self.slack_days, other.slack_days),
            self.named | other.named,
            _distinct((*self.places, *other.places)),
            min((day for day in (self.first_report, other.first_report) if day), default=None),
            self.wholes | other.wholes,
            self.tolls | other.tolls,
        )


def _before_its_reports(a: _EventProfile, b: _EventProfile) -> bool:
    """Whether the event happened before the first report that tells it as done: a report of 2018
    cannot tell a strike of 2019."""
    reports = [day for day in (a.first_report, b.first_report) if day]
    starts = [iso_day(time.get("start")) for time in (*a.times, *b.times) if time.get("resolved")]
    known = [start for start in starts if start]
    slack = dt.timedelta(days=1 + max(a.slack_days, b.slack_days))  # time zones, and misdating as above
    return not (reports and known) or max(known) - min(reports) <= slack


def _other_wholes(a: frozenset[tuple[str, float]], b: frozenset[tuple[str, float]]) -> bool:
    """Whether two events' whole groups set them apart: "all 176 aboard" killed is not the downing that
    killed "all 95", though reports of one downing may disagree by a few (all 15 crew, or 14)."""
    return any(kind == other_kind and max(x, y) > _WHOLES_APART * min(x, y) for kind, x in a for other_kind, y in b)


def _other_days_and_tolls(a: _EventProfile, b: _EventProfile) -> bool:
    """Whether two would-be parts of one event give it other days and tolls far apart: each alone
    is how reports of one event may differ (a misdated day, a toll that rose), not both at once."""
    days_differ = any(time_relation(x, y) is Relation.CONFLICT for x in a.times for y in b.times)
    if not days_differ:
        return False
    # far apart when no figure of a kind on one side comes near any on the other (a group may hold
    # earlier tolls, parts, or a figure of another event a report recalls)
    kinds = {kind for kind, _ in a.tolls} & {kind for kind, _ in b.tolls}
    return any(
        all(
            max(x, y) >= _TOLLS_APART * max(1.0, min(x, y))
            for kind_x, x in a.tolls
            for kind_y, y in b.tolls
            if kind_x == kind == kind_y
        )
        for kind in kinds
    )


def _distinct(values: Sequence[dict[str, Any]]) -> tuple[dict[str, Any], ...]:
    return tuple({json.dumps(value, sort_keys=True, default=str): value for value in values}.values())


def _times_exclude(a: dict[str, Any], b: dict[str, Any], slack_days: int) -> bool:
    """Whether two times cannot be one event's: they conflict, by more days than reports misdate."""
    if time_relation(a, b) is not Relation.CONFLICT:
        return False
    gap = days_apart(a, b)
    if gap is None:  # a weekday against a date, no year: proof enough only for a routine event
        return slack_days == 0
    return gap > slack_days


def _profile(claim: Claim, story_subtypes: frozenset[str], reference: dt.date | None) -> _EventProfile:
    slack = SAME_EVENT_MAX_DAYS if may_be_misdated(claim, story_subtypes) else 0
    return _EventProfile(
        subtypes=frozenset({claim.subtype}),
        times=(claim.time.value,) if claim.time is not None else (),
        slack_days=slack,
        named=frozenset(key for key in actor_keys(claim) if key.startswith("entity:"))
        if claim.subtype in subtypes_with_parties()
        else frozenset(),
        places=(place.value,) if (place := most_specific_place(claim.places)) is not None else (),
        first_report=reference if claim.modality != "planned" else None,
        wholes=frozenset(
            (str(count.value.get("count_type")), float(count.value["value"]))
            for count in claim.counts
            if count.value.get("modifier") == "all" and count.value.get("value")
        ),
        tolls=frozenset(
            (str(count.value.get("count_type")), float(count.value["value"]))
            for count in claim.counts
            if count.value.get("count_type") in _TOLL_TYPES
            and not count.value.get("part_of")
            and count.value.get("modifier") != "approximate"
            and isinstance(count.value.get("value"), int | float)
        )
        if claim.update is None
        else frozenset(),
    )


def group_events(
    claims: Sequence[Claim],
    alignment: Alignment,
    stories: Sequence[Story],
    published: Mapping[str, dt.date | None] | None = None,
) -> list[list[str]]:
    """Claim ids grouped into events by average linkage over their links (averaged over the pairs
    that were compared); every other claim alone. ``published``: the day each report came out,
    where known: no report tells as done an event dated after it."""
    by_id = {claim.id: claim for claim in claims}
    story_of = {doc: story.id for story in stories for doc in story.docs}
    leading = _leading_subtypes(claims, story_of)

    def profile(claim_id: str) -> _EventProfile:
        claim = by_id[claim_id]
        story_subtypes = leading.get(story_of.get(claim.doc, claim.doc), frozenset())
        return _profile(claim, story_subtypes, (published or {}).get(claim.doc))

    ids = [claim.id for claim in claims]
    similarity = (((link.a, link.b), link.score) for link in alignment.links)
    owners = {c.id: c.doc for c in claims}
    # a claim in no block (of an event type told once) shares none: it is compared with nothing
    groups = average_linkage(
        ids, owners, similarity, SAME_EVENT, profile, lambda claim: alignment.blocks.get(claim, frozenset())
    )
    return sorted(groups, key=lambda group: group[0])
