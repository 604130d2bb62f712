"""Which claims, across documents and languages, tell the same event.

Candidate pairs come from blocking: claims of one event type that share an actor, a place or
a year, compared only with their near neighbours in time order within each block, so the
cost grows with the number of claims, not its square. Each pair gets a score from what both
state: the same subtype (and how rare such events are), compatible times, shared actors and
participants, compatible places, the same kind of object. Two times that are both known and
far apart mean two events. A link is *confident* when the score is high and both claims say
when; otherwise, above a lower score, the claims only *may* tell the same event.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

import attrs

from factcmp.claims.model import Claim
from factcmp.claims.triggers import general_subtypes, subtype_rarity
from factcmp.model import Evidence
from factcmp.relations import (
    Relation,
    actor_key,
    days_apart,
    is_country,
    most_specific_place,
    place_key,
    place_relation,
    time_relation,
)

# Each claim is compared with this many neighbours (in time order) in each of its blocks.
NEIGHBOURS = 24
# Each claim keeps at most this many links that are not confident.
MAX_UNCERTAIN_LINKS = 3
CONFIDENT = 0.55
POSSIBLE = 0.3
# Rarity from which an event placed in a province or a sea (not a city) is one event, not a habit.
_RARE_ENOUGH_FOR_A_REGION = 0.1
# Rarity (factcmp/lexicon/common/event_subtypes.tsv) at which a different actor no longer suggests another event.
_RARE = 0.15
# A shared country is worth this fraction of a shared person, organization or city.
_COUNTRY_ONLY_FACTOR = 0.5
_FINE_GRAINS = frozenset({"minute", "hour", "day"})
# Two resolved dates further apart than this tell two events; closer, maybe one event misdated.
_SAME_EVENT_MAX_DAYS = 10

_WEIGHTS = {
    "subtype": 0.25,
    "other_subtype": 0.05,
    "time_equal": 0.3,
    "time_within": 0.2,
    "time_near": 0.05,
    "time_partial": 0.05,
    "time_conflict": -0.1,
    "actors": 0.25,
    "actors_disjoint": -0.1,
    "participants": 0.1,
    "participants_disjoint": -0.1,
    "place": 0.1,
    "place_conflict": -0.05,
    "object": 0.15,
    "object_other": -0.2,
}


@attrs.frozen(kw_only=True)
class Link:
    """Two claims that tell, or may tell, the same event."""

    a: str
    b: str
    score: float
    confident: bool
    reasons: tuple[str, ...]


def actor_keys(claim: Claim) -> set[str]:
    return {actor_key(actor) for actor in claim.actors}


def participants(claim: Claim) -> set[str]:
    """Everyone and everywhere the claim involves: actors, places and their countries, the sides its
    demonyms name (the Russian crew, the Syrian war)."""
    keys = actor_keys(claim)
    for place in claim.places:
        if not is_country(place.value):
            keys.add(place_key(place.value))
        if place.value.get("country"):
            keys.add(f"country:{place.value['country']}")
    keys.update(f"country:{country}" for country in claim.affiliations)
    return keys


def _participant_score(a: set[str], b: set[str]) -> tuple[float, str]:
    """Shared people, organizations and cities say more than a shared country, which half the news shares."""
    named_a = {key for key in a if not key.startswith("country:")}
    named_b = {key for key in b if not key.startswith("country:")}
    named = len(named_a & named_b) / len(named_a | named_b) if named_a and named_b else 0.0
    countries = len((a - named_a) & (b - named_b)) / max(1, len((a - named_a) | (b - named_b)))
    overlap = named or countries * _COUNTRY_ONLY_FACTOR
    if overlap:
        return _WEIGHTS["participants"] * overlap, "shared participants"
    return _WEIGHTS["participants_disjoint"], "no one in common"


def is_specific(claim: Claim) -> bool:
    """A claim about one event, not a habit: it says when, how many, what was hit, or in which city;
    for a rare event (a ceasefire, a shoot-down), in which province or sea is enough."""
    rare = subtype_rarity().get(claim.subtype, 0.0) >= _RARE_ENOUGH_FOR_A_REGION
    return bool(
        claim.time
        or claim.counts
        or claim.object
        or any(place.value.get("feature") == "P" or (rare and not is_country(place.value)) for place in claim.places)
    )


def _time_score(a: Evidence | None, b: Evidence | None) -> tuple[float, str] | None:
    """Score and reason for two claims' times; None when they rule out one event."""
    if a is None or b is None:
        return 0.0, "time unknown on one side"
    relation = time_relation(a.value, b.value)
    gap = days_apart(a.value, b.value)
    if relation is Relation.EQUAL:
        return _WEIGHTS["time_equal"], "same time"
    if relation.compatible:
        resolved = gap is not None
        return _WEIGHTS["time_within" if resolved else "time_partial"], "compatible times"
    if relation is Relation.CONFLICT:
        if gap is None:
            return _WEIGHTS["time_conflict"], "times differ"
        # Days a few apart may be one event misdated; different years or months are different events.
        if gap > _SAME_EVENT_MAX_DAYS or not (_fine(a) and _fine(b)):
            return None
        return _WEIGHTS["time_near"], "times differ"
    return 0.0, "times not comparable"


def _fine(time: Evidence) -> bool:
    return time.value.get("grain") in _FINE_GRAINS


def _both_times_known(a: Claim, b: Claim) -> bool:
    if a.time is None or b.time is None:
        return False
    if a.time.value.get("resolved") and b.time.value.get("resolved"):
        return True
    return time_relation(a.time.value, b.time.value) is Relation.EQUAL and a.time.value.get("day") is not None


def _slot_scores(a: Claim, b: Claim) -> list[tuple[float, str]]:
    scores: list[tuple[float, str]] = []
    actors_a, actors_b = actor_keys(a), actor_keys(b)
    if actors_a and actors_b:
        shared = len(actors_a & actors_b) / min(len(actors_a), len(actors_b))
        # Routine events with other actors are other events; for rare ones (an intervention) a
        # different actor is more likely a disagreement between the sources than another event.
        routine = max(0.0, 1 - subtype_rarity().get(a.subtype, 0.0) / _RARE)
        scores.append(
            (_WEIGHTS["actors"] * shared, "shared actors")
            if shared
            else (_WEIGHTS["actors_disjoint"] * routine, "different actors")
        )
    everyone_a, everyone_b = participants(a), participants(b)
    if everyone_a and everyone_b:
        scores.append(_participant_score(everyone_a, everyone_b))
    place_a, place_b = most_specific_place(a.places), most_specific_place(b.places)
    if place_a is not None and place_b is not None:
        relation = place_relation(place_a.value, place_b.value)
        if relation.compatible:
            scores.append((_WEIGHTS["place"], "compatible places"))
        elif relation is Relation.CONFLICT:
            scores.append((_WEIGHTS["place_conflict"], "different places"))
    if a.object is not None and b.object is not None:
        same_class = a.object.value.get("class") == b.object.value.get("class")
        scores.append(
            (_WEIGHTS["object"], "same kind of object")
            if same_class
            else (_WEIGHTS["object_other"], "different objects")
        )
    return scores


def score_pair(a: Claim, b: Claim) -> Link | None:
    """The link between two claims of different documents, or None when they cannot be one event."""
    if a.event_type != b.event_type or a.doc == b.doc or not (is_specific(a) and is_specific(b)):
        return None
    time = _time_score(a.time, b.time)
    if time is None:
        return None
    if a.subtype == b.subtype or {a.subtype, b.subtype} & general_subtypes():
        # «حمله» (an attack) and «air strike»: the general word and the precise one, one kind of event
        rarity = max(subtype_rarity().get(a.subtype, 0.0), subtype_rarity().get(b.subtype, 0.0))
        scores = [
            (_WEIGHTS["subtype"] + rarity, f"both a {a.subtype}" if a.subtype == b.subtype else "compatible subtypes")
        ]
    else:
        scores = [(_WEIGHTS["other_subtype"], f"{a.subtype} and {b.subtype}")]
    scores += [time, *_slot_scores(a, b)]
    total = round(sum(score for score, _ in scores), 3)
    if total < POSSIBLE:
        return None
    confident = total >= CONFIDENT and _both_times_known(a, b)
    first, second = sorted((a.id, b.id))
    return Link(
        a=first, b=second, score=min(total, 1.0), confident=confident, reasons=tuple(reason for _, reason in scores)
    )


def _blocking_keys(claim: Claim) -> set[str]:
    keys = {f"{claim.event_type}|{key}" for key in participants(claim)}
    if claim.time is not None and claim.time.value.get("year"):
        keys.add(f"{claim.event_type}|year:{claim.time.value['year']}")
    if not keys:
        keys.add(f"{claim.event_type}|{claim.subtype}")
    return keys


def _time_order(claim: Claim) -> str:
    return str(claim.time.value.get("start") or "") if claim.time else ""


def candidate_pairs(claims: Sequence[Claim]) -> set[tuple[int, int]]:
    """Index pairs worth scoring: neighbours within each blocking key, never two of one document."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for index, claim in enumerate(claims):
        if claim.background:
            continue
        for key in _blocking_keys(claim):
            blocks[key].append(index)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        members.sort(key=lambda i: (_time_order(claims[i]), claims[i].doc))
        for position, i in enumerate(members):
            for j in members[position + 1 : position + 1 + NEIGHBOURS]:
                if claims[i].doc != claims[j].doc:
                    pairs.add((min(i, j), max(i, j)))
    return pairs


def _mutual_best(links: Sequence[Link], doc_of: dict[str, str]) -> list[Link]:
    """Uncertain links kept only where each claim is the other's best match in the other's document:
    a claim may resemble many routine events, but can tell at most one of them."""
    best: dict[tuple[str, str], float] = {}
    for link in links:
        for claim, other in ((link.a, link.b), (link.b, link.a)):
            key = (claim, doc_of[other])
            best[key] = max(best.get(key, 0.0), link.score)
    mutual = [
        link
        for link in links
        if link.confident or (best[(link.a, doc_of[link.b])] == link.score == best[(link.b, doc_of[link.a])])
    ]
    return _few_uncertain(mutual)


def _few_uncertain(links: Sequence[Link]) -> list[Link]:
    """At most a few uncertain links per claim, the best: a report may resemble a hundred others."""
    kept: list[Link] = []
    taken: dict[str, int] = defaultdict(int)
    for link in sorted(links, key=lambda link: -link.score):
        if not link.confident:
            if taken[link.a] >= MAX_UNCERTAIN_LINKS or taken[link.b] >= MAX_UNCERTAIN_LINKS:
                continue
            taken[link.a] += 1
            taken[link.b] += 1
        kept.append(link)
    return kept


def align(claims: Sequence[Claim]) -> list[Link]:
    """Links between claims of different documents, best first."""
    links = []
    for i, j in candidate_pairs(claims):
        link = score_pair(claims[i], claims[j])
        if link is not None:
            links.append(link)
    links = _mutual_best(links, {claim.id: claim.doc for claim in claims})
    return sorted(links, key=lambda link: (-link.score, link.a, link.b))


def group_events(claims: Iterable[Claim], links: Iterable[Link]) -> list[list[str]]:
    """Claim ids grouped into events: connected by confident links; every other claim alone."""
    parent: dict[str, str] = {claim.id: claim.id for claim in claims}

    def root(item: str) -> str:
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for link in links:
        if link.confident:
            parent[root(link.a)] = root(link.b)
    groups: dict[str, list[str]] = defaultdict(list)
    for item in parent:
        groups[root(item)].append(item)
    return sorted(groups.values(), key=lambda group: group[0])
