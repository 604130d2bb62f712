"""The events of a comparison: each group of claims (factcmp.align.events) as one ``Event``.

Decides an event's id, type and subtype (its most told precise kind of event), its documents, its label, and its
time: the most precise one any of its claims gives, a resolved time before an unresolved one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from factcmp.claims.model import TOLL_ONLY, Claim
from factcmp.claims.triggers import general_subtypes
from factcmp.compare.describe import event_label
from factcmp.compare.model import Event
from factcmp.model import Evidence

_GRAINS = ("minute", "hour", "day", "week", "month", "quarter", "year", "decade")


def _grain_rank(evidence: Evidence) -> int:
    grain = evidence.value.get("grain")
    return _GRAINS.index(grain) if grain in _GRAINS else len(_GRAINS)


def _most_precise_time(members: Sequence[Claim]) -> Evidence | None:
    timed = [claim.time for claim in members if claim.time is not None]
    resolved = [time for time in timed if time.value.get("resolved")]
    return min(resolved or timed, key=_grain_rank, default=None)


def _naming_claim(members: Sequence[Claim]) -> Claim:
    """The claim whose kind of event names the event: the most told precise kind (a bombing) over a
    general one (an explosion), and any told kind over a toll alone (a deadly incident); the first
    told on a tie."""
    for kinds in (
        [claim for claim in members if claim.subtype not in general_subtypes()],
        [claim for claim in members if claim.subtype != TOLL_ONLY],
    ):
        if kinds:
            told = Counter(claim.subtype for claim in kinds)
            return next(claim for claim in kinds if told[claim.subtype] == max(told.values()))
    return members[0]


def events_of(claims: Sequence[Claim], groups: Sequence[list[str]]) -> list[Event]:
    by_id = {claim.id: claim for claim in claims}
    events = []
    for number, group in enumerate(groups):
        members = [by_id[claim_id] for claim_id in group]
        named = _naming_claim(members)
        events.append(
            Event(
                id=f"e{number}",
                event_type=named.event_type,
                subtype=named.subtype,
                claims=tuple(group),
                docs=tuple(sorted({c.doc for c in members})),
                label=event_label(named, members),
                time=_most_precise_time(members),
            )
        )
    return events
