"""How likely two claims of one story, in different documents and languages, tell one event.

Each pair gets a score from what both state: the same subtype (and how rare such events are),
compatible times, shared actors and participants, compatible places, the same kind of object.
Two times that are both known and far apart mean two events. A link is *confident* when the
score is high and the claims are grounded: both say when, or, within their story, the event is
rare or they name someone or somewhere in common (routine events need that much more);
otherwise, above a lower score, the claims only *may* tell the same event.
"""

from __future__ import annotations

import attrs

from factcmp.claims.model import Claim
from factcmp.claims.triggers import general_subtypes, subtype_noun, subtype_rarity
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
SAME_EVENT_MAX_DAYS = 10

_WEIGHTS = {
    "subtype": 0.25,
    "other_subtype": 0.05,
    "time_equal": 0.3,
    "time_within": 0.2,
    "time_near": 0.05,
    "time_partial": 0.05,
    # Claims are scored only within a story: an undated one happened within the story's days.
    "time_in_story": 0.1,
    "story_event": 0.1,
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


def _time_score(a: Evidence | None, b: Evidence | None, misdated: bool) -> tuple[float, str] | None:
    """Score and reason for two claims' times; None when they rule out one event. ``misdated``: the
    event is one that two reports may date a few days apart (one of them wrong), not a routine one
    that happens again a few days later."""
    if a is None or b is None:
        return _WEIGHTS["time_in_story"], "time unknown on one side, within one story"
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
        if gap > SAME_EVENT_MAX_DAYS or not (_fine(a) and _fine(b) and misdated):
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


def may_be_misdated(claim: Claim, story_subtypes: frozenset[str]) -> bool:
    """Whether two reports dating this claim's event a few days apart may still tell one event: a rare
    event, or the one its story is about. A meeting two days after a meeting is another meeting."""
    return subtype_rarity().get(claim.subtype, 0.0) >= _RARE_ENOUGH_FOR_A_REGION or claim.subtype in story_subtypes


def _grounded_without_time(a: Claim, b: Claim) -> bool:
    """Whether two claims of one story that do not both say when are one event: a rare event (a
    downing, an explosion) told twice in one story is one event; a routine one (a meeting, a call)
    only with someone or somewhere named in common."""
    rarity = max(subtype_rarity().get(a.subtype, 0.0), subtype_rarity().get(b.subtype, 0.0))
    named = {key for key in participants(a) & participants(b) if not key.startswith("country:")}
    return rarity >= _RARE_ENOUGH_FOR_A_REGION or bool(named)


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


def score_pair(
    a: Claim, b: Claim, story_subtypes: frozenset[str] = frozenset(), *, within_story: bool = True
) -> Link | None:
    """The link between two claims of different documents, or None when they cannot be one event.
    ``story_subtypes``: the kind of event the story is about (what most of its reports lead with);
    two claims of that kind in one story most likely tell the story's event. Claims compared across
    stories (``within_story`` false: an earlier event a report recalls) must say when."""
    if a.event_type != b.event_type or a.doc == b.doc or not (is_specific(a) and is_specific(b)):
        return None
    time = _time_score(a.time, b.time, may_be_misdated(a, story_subtypes) or may_be_misdated(b, story_subtypes))
    if time is None or not (within_story or _both_times_known(a, b)):
        return None
    if a.subtype == b.subtype or {a.subtype, b.subtype} & general_subtypes():
        # «حمله» (an attack) and «air strike»: the general word and the precise one, one kind of event
        rarity = max(subtype_rarity().get(a.subtype, 0.0), subtype_rarity().get(b.subtype, 0.0))
        scores = [
            (
                _WEIGHTS["subtype"] + rarity,
                f"both {_with_article(subtype_noun(a.subtype))}"
                if a.subtype == b.subtype
                else "compatible kinds of event",
            )
        ]
    else:
        scores = [(_WEIGHTS["other_subtype"], f"{a.subtype} and {b.subtype}")]
    if {a.subtype, b.subtype} <= story_subtypes | general_subtypes() and {a.subtype, b.subtype} & story_subtypes:
        scores.append((_WEIGHTS["story_event"], "the kind of event the story is about"))
    scores += [time, *_slot_scores(a, b)]
    total = round(sum(score for score, _ in scores), 3)
    if total < POSSIBLE:
        return None
    grounded = _both_times_known(a, b) or (within_story and _grounded_without_time(a, b))
    confident = total >= CONFIDENT and grounded
    first, second = sorted((a.id, b.id))
    reasons = tuple(reason for _, reason in scores)
    score = min(total, 1.0)
    shared_score, shared_reasons = _scores.setdefault(score, score), _reasons.setdefault(reasons, reasons)
    return Link(a=first, b=second, score=shared_score, confident=confident, reasons=shared_reasons)


# A corpus has several links a claim, and what they hold takes few values: scores in thousandths,
# and a handful of reasons (a few per pair of event kinds). Each is kept once, shared by every link
# that gives it.
_scores: dict[float, float] = {}
_reasons: dict[tuple[str, ...], tuple[str, ...]] = {}


def _with_article(noun: str) -> str:
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"
