"""The events of a comparison: each group of claims (factcmp.align.events) as one ``Event``.

Decides an event's id, type and subtype (its first claim's), its documents, its label, and its
time: the most precise one any of its claims gives, a resolved time before an unresolved one.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcmp.claims.model import Claim
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


def events_of(claims: Sequence[Claim], groups: Sequence[list[str]]) -> list[Event]:
    by_id = {claim.id: claim for claim in claims}
    events = []
    for number, group in enumerate(groups):
        members = [by_id[claim_id] for claim_id in group]
        first = members[0]
        events.append(
            Event(
                id=f"e{number}",
                event_type=first.event_type,
                subtype=first.subtype,
                claims=tuple(group),
                docs=tuple(sorted({c.doc for c in members})),
                label=event_label(first, members),
                time=_most_precise_time(members),
            )
        )
    return events
