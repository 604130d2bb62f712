"""Average linkage with constraints: how documents become stories and claims become events.

Groups are built bottom-up, always joining the two groups most alike on average over every pair
of their members, while that average reaches a threshold and the groups' profiles allow it (their
days fit in one story; their times, kinds and members can be one event). Averaging over whole
groups is what keeps them coherent: one look-alike pair cannot chain two groups together, as it
does when links are simply followed (union-find), where groups snowball.

Sums of similarities between groups are kept and added on each join (Lance and Williams), so a
join costs only the groups next to it. Pairs compared and found unlike count as not alike at all;
when the caller says within which blocks each item was compared, pairs that share no block (a
claim of another story that gives no time: nothing tells whether it is this event) are left out
of the average instead of counting against it; groups keep how many members share each set of
blocks, so this costs nothing per pair.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
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
    # members per owner (document), and per set of blocks they were compared within: pairs of one
    # owner, and pairs that share no block, were never compared
    owners: dict[str, Counter[frozenset[str]]]
    blocks: Counter[frozenset[str]]
    profile: P

    def take(self, other: _Group[P]) -> None:
        """Take in another group's members (the other group is gone after)."""
        self.members.extend(other.members)
        for owner, blocks in other.owners.items():
            if owner in self.owners:
                self.owners[owner].update(blocks)
            else:
                self.owners[owner] = blocks
        self.blocks.update(other.blocks)
        self.profile = self.profile.joined(other.profile)


def _apart(a: Counter[frozenset[str]], b: Counter[frozenset[str]]) -> int:
    """How many pairs, one member from each count, share no block."""
    if len(a) == 1 and len(b) == 1:  # most groups: all members compared within the same blocks
        (blocks_a, x), (blocks_b, y) = next(iter(a.items())), next(iter(b.items()))
        return 0 if blocks_a & blocks_b else x * y
    return sum(x * y for blocks_a, x in a.items() for blocks_b, y in b.items() if not blocks_a & blocks_b)


def _pairs_between(a: _Group[P], b: _Group[P]) -> int:
    """The pairs of members of two groups that were compared: of different owners, sharing a block."""
    pairs = len(a.members) * len(b.members) - _apart(a.blocks, b.blocks)
    small, large = (a.owners, b.owners) if len(a.owners) <= len(b.owners) else (b.owners, a.owners)
    for owner, blocks in small.items():
        other = large.get(owner)
        if other is not None:  # of one owner: take off those not taken off yet
            pairs -= blocks.total() * other.total() - _apart(blocks, other)
    return pairs


def _all_pairs(a: _Group[P], b: _Group[P]) -> int:
    """The pairs of members of two groups, when every member is its own owner and all were compared."""
    return len(a.members) * len(b.members)


def average_linkage(
    items: Sequence[str],
    owner_of: Mapping[str, str],
    similarity: Iterable[tuple[tuple[str, str], float]],
    threshold: float,
    profile_of: Callable[[str], P],
    blocks_of: Callable[[str], frozenset[str]] | None = None,
) -> list[list[str]]:
    """``items`` grouped by average linkage over ``similarity``, each pair given once with its
    value (pairs not given count as 0; an iterator will do, so no mapping of them all is needed),
    joining while the average over the pairs of different owners reaches ``threshold`` and the
    profiles fit. ``blocks_of``: the blocks an item was compared within; two items that share
    none were never compared, and their pair is left out of the average. Deterministic: ties go
    to the pair of earliest items."""
    index = {item: n for n, item in enumerate(items)}
    blocks = blocks_of or (lambda _: frozenset({""}))
    # documents grouped into stories: each its own owner, every pair compared, so no pair to take off
    simple = blocks_of is None and len(set(owner_of.values())) == len(items)
    pairs: Callable[[_Group[P], _Group[P]], int] = _all_pairs if simple else _pairs_between
    sums: dict[int, dict[int, float]] = defaultdict(dict)
    for (a, b), value in similarity:
        i, j = index[a], index[b]
        sums[i][j] = sums[j][i] = sums[i].get(j, 0.0) + value
    groups: dict[int, list[str]] = {n: [item] for n, item in enumerate(items) if n not in sums}
    # Groups join only along similarities, so each connected part is grouped on its own: an item
    # like nothing costs no group, and the work in memory is one part's, not the corpus's.
    for part in list(_connected(sums)):
        singles = {n: _single(items[n], owner_of, blocks, profile_of) for n in part}
        joined = _grouped(singles, {n: sums.pop(n) for n in part}, threshold, pairs)
        groups.update((n, group.members) for n, group in joined.items())
    return [members for _, members in sorted(groups.items())]


def _single(
    item: str, owner_of: Mapping[str, str], blocks: Callable[[str], frozenset[str]], profile_of: Callable[[str], P]
) -> _Group[P]:
    return _Group([item], {owner_of[item]: Counter([blocks(item)])}, Counter([blocks(item)]), profile_of(item))


def _connected(edges: Mapping[int, Mapping[int, float]]) -> Iterator[list[int]]:
    """The connected parts of a graph given as each node's neighbours."""
    seen: set[int] = set()
    for start in edges:
        if start in seen:
            continue
        seen.add(start)
        part, frontier = [start], [start]
        while frontier:
            for neighbour in edges[frontier.pop()]:
                if neighbour not in seen:
                    seen.add(neighbour)
                    part.append(neighbour)
                    frontier.append(neighbour)
        yield part


def _grouped(
    groups: dict[int, _Group[P]],
    sums: dict[int, dict[int, float]],
    threshold: float,
    pairs: Callable[[_Group[P], _Group[P]], int],
) -> dict[int, _Group[P]]:
    """The groups of one connected part joined, most alike first; each kept under its earliest item."""
    heap = [(-_average(groups, sums, i, j, pairs), i, j) for i in sums for j in sums[i] if i < j]
    heapq.heapify(heap)
    while heap and -heap[0][0] >= threshold:
        negative, i, j = heapq.heappop(heap)
        # An entry is stale when a join since changed the groups' average: a newer entry holds it.
        if i not in groups or j not in groups or not math.isclose(_average(groups, sums, i, j, pairs), -negative):
            continue
        if groups[i].profile.fits(groups[j].profile):
            _join(groups, sums, heap, (i, j), threshold, pairs)
    return groups


def _average(
    groups: dict[int, _Group[P]],
    sums: dict[int, dict[int, float]],
    i: int,
    j: int,
    pairs: Callable[[_Group[P], _Group[P]], int],
) -> float:
    return sums[i].get(j, 0.0) / max(1, pairs(groups[i], groups[j]))


def _join(
    groups: dict[int, _Group[P]],
    sums: dict[int, dict[int, float]],
    heap: list[tuple[float, int, int]],
    joined: tuple[int, int],
    threshold: float,
    pairs: Callable[[_Group[P], _Group[P]], int],
) -> None:
    i, j = joined
    groups[i].take(groups.pop(j))
    for k, value in sums.pop(j).items():
        sums[k].pop(j, None)
        if k != i:
            sums[i][k] = sums[k][i] = sums[i].get(k, 0.0) + value
    sums[i].pop(j, None)
    for k in sums[i]:
        average = _average(groups, sums, i, k, pairs)
        if average >= threshold:
            heapq.heappush(heap, (-average, min(i, k), max(i, k)))
