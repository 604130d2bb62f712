"""Average linkage with constraints: how documents become stories and claims become events.

Groups are built bottom-up, always joining the two groups most alike on average over every pair
of their members, while that average reaches a threshold and the groups' profiles allow it (their
days fit in one story; their times, kinds and members can be one event). Averaging over whole
groups is what keeps them coherent: one look-alike pair cannot chain two groups together, as it
does when links are simply followed (union-find), where groups snowball.

Sums of similarities between groups are kept and added on each join (Lance and Williams), so a
join costs only the groups next to it. Pairs compared and found unlike count as not alike at all;
when the caller says which pairs could be compared, pairs that could not (a claim of another
story that gives no time: nothing tells whether it is this event) are left out of the average
instead of counting against it.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Generic, Protocol, TypeVar

import attrs

Self = TypeVar("Self", bound="Profile")


class Profile(Protocol):
    """What a group must agree with before it takes in another group, and how two groups combine."""

    def fits(self: Self, other: Self) -> bool: ...

    def joined(self: Self, other: Self) -> Self: ...


P = TypeVar("P", bound=Profile)


@attrs.define
class _Group(Generic[P]):
    members: list[str]
    owners: Counter[str]  # members per owner (document): pairs of one owner are never compared
    profile: P


def _pairs_between(a: _Group[P], b: _Group[P]) -> int:
    same_owner = sum(count * b.owners[owner] for owner, count in a.owners.items() if owner in b.owners)
    return len(a.members) * len(b.members) - same_owner


@attrs.define
class _Between:
    """What is kept for two groups: the sum of their pairs' similarities, and, when the caller
    says which pairs could be compared, how many of their pairs could."""

    total: float = 0.0
    compared: int = 0

    def add(self, other: _Between) -> None:
        self.total += other.total
        self.compared += other.compared


def average_linkage(
    items: Sequence[str],
    owner_of: Mapping[str, str],
    similarity: Mapping[tuple[str, str], float],
    threshold: float,
    profile_of: Callable[[str], P],
    comparable: Iterable[tuple[str, str]] | None = None,
) -> list[list[str]]:
    """``items`` grouped by average linkage over ``similarity`` (pairs absent from it count as 0),
    joining while the average over the pairs of different owners reaches ``threshold`` and the
    profiles fit. ``comparable``: the pairs that could be compared (every pair of ``similarity``
    among them); the average is then over those alone. Deterministic: ties go to the pair of
    earliest items."""
    index = {item: n for n, item in enumerate(items)}
    groups = {n: _Group([item], Counter([owner_of[item]]), profile_of(item)) for n, item in enumerate(items)}
    between: dict[int, dict[int, _Between]] = {n: {} for n in groups}

    def entry(a: str, b: str) -> _Between:
        i, j = index[a], index[b]
        if j not in between[i]:
            between[i][j] = between[j][i] = _Between()
        return between[i][j]

    for (a, b), value in similarity.items():
        entry(a, b).total += value
    counted = comparable is not None
    for a, b in comparable or ():
        entry(a, b).compared += 1
    heap = [(-_average(groups, between, i, j, counted), i, j) for i in between for j in between[i] if i < j]
    heapq.heapify(heap)
    while heap and -heap[0][0] >= threshold:
        negative, i, j = heapq.heappop(heap)
        # An entry is stale when a join since changed the groups' average: a newer entry holds it.
        if i not in groups or j not in groups or not math.isclose(_average(groups, between, i, j, counted), -negative):
            continue
        if groups[i].profile.fits(groups[j].profile):
            _join(groups, between, heap, i, j, threshold, counted)
    return [group.members for _, group in sorted(groups.items())]


def _average(
    groups: dict[int, _Group[P]], between: dict[int, dict[int, _Between]], i: int, j: int, counted: bool
) -> float:
    kept = between[i].get(j)
    if kept is None:
        return 0.0
    pairs = kept.compared if counted else _pairs_between(groups[i], groups[j])
    return kept.total / max(1, pairs)


def _join(
    groups: dict[int, _Group[P]],
    between: dict[int, dict[int, _Between]],
    heap: list[tuple[float, int, int]],
    i: int,
    j: int,
    threshold: float,
    counted: bool,
) -> None:
    kept, gone = groups[i], groups.pop(j)
    groups[i] = _Group(kept.members + gone.members, kept.owners + gone.owners, kept.profile.joined(gone.profile))
    for k, value in between.pop(j).items():
        between[k].pop(j, None)
        if k != i:
            if k not in between[i]:
                between[i][k] = between[k][i] = _Between()
            between[i][k].add(value)
    between[i].pop(j, None)
    for k in between[i]:
        average = _average(groups, between, i, k, counted)
        if average >= threshold:
            heapq.heappush(heap, (-average, min(i, k), max(i, k)))
