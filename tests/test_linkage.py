"""Average linkage (factcmp.align.linkage): what a pair never compared counts for, and which
pairs of documents the stories step compares at all."""

from __future__ import annotations

import datetime as dt
import itertools
import random

import attrs

from factcmp.align import stories
from factcmp.align.linkage import average_linkage


@attrs.frozen
class _Anything:
    def fits(self, other: _Anything) -> bool:
        return True

    def joined(self, other: _Anything) -> _Anything:
        return self


# Two reports of one story tell the blast alike (0.9); a third, of another story, recalls it and is
# like the first (0.6): the first was compared with it (both dated), the second never (undated).
_ITEMS = ["story-a-1", "story-a-2", "story-b-1"]
_OWNERS = {item: item for item in _ITEMS}
_SIMILAR = {("story-a-1", "story-a-2"): 0.9, ("story-a-1", "story-b-1"): 0.6}
_BLOCKS = {
    "story-a-1": frozenset({"a", "dated"}),
    "story-a-2": frozenset({"a"}),
    "story-b-1": frozenset({"dated"}),
}


def _groups(blocks: dict[str, frozenset[str]] | None) -> list[list[str]]:
    blocks_of = blocks.__getitem__ if blocks is not None else None
    return average_linkage(_ITEMS, _OWNERS, _SIMILAR.items(), 0.4, lambda _: _Anything(), blocks_of)


def test_without_word_of_blocks_every_missing_pair_counts_as_unlike() -> None:
    assert _groups(None) == [["story-a-1", "story-a-2"], ["story-b-1"]]


def test_a_pair_that_shares_no_block_is_left_out_of_the_average() -> None:
    assert _groups(_BLOCKS) == [["story-a-1", "story-a-2", "story-b-1"]]


def test_a_pair_compared_and_found_unlike_still_counts_against_the_join() -> None:
    dated = {item: blocks | {"dated"} for item, blocks in _BLOCKS.items()}
    assert _groups(dated) == [["story-a-1", "story-a-2"], ["story-b-1"]]


def test_pairs_of_one_owner_are_never_counted() -> None:
    owners = {"story-a-1": "doc-1", "story-a-2": "doc-1", "story-b-1": "doc-2"}
    groups = average_linkage(_ITEMS, owners, [(("story-a-1", "story-b-1"), 0.5)], 0.4, lambda _: _Anything())
    # a-1 and b-1 join; a-2 meets b-1 alone (a-2 and a-1 are one document's), and is unlike it
    assert groups == [["story-a-1", "story-b-1"], ["story-a-2"]]


def test_items_like_nothing_cost_no_profile_and_each_connected_part_groups_alone() -> None:
    """Groups join only along similarities: an item like nothing stays alone without a profile
    being made for it (a corpus's many one-off claims cost nothing), and two unconnected parts
    group as each would alone, in the order of their first items."""
    profiled: list[str] = []

    def profile_of(item: str) -> _Anything:
        profiled.append(item)
        return _Anything()

    items = ["p", "lone-1", "q", "x", "lone-2", "y", "r"]
    similar = {("p", "q"): 0.9, ("q", "r"): 0.8, ("x", "y"): 0.5}
    groups = average_linkage(items, {item: item for item in items}, similar.items(), 0.4, profile_of)
    assert groups == [["p", "q", "r"], ["lone-1"], ["x", "y"], ["lone-2"]]
    assert sorted(profiled) == ["p", "q", "r", "x", "y"]
    alone = average_linkage(["x", "y"], {"x": "x", "y": "y"}, [(("x", "y"), 0.5)], 0.4, profile_of)
    assert alone == [["x", "y"]]


def test_stories_compare_only_reports_whose_times_could_be_one_story() -> None:
    """The pairs a feed's documents are compared in are exactly those whose days a story could
    span (so a feed of months costs its weeks one after another), whatever the spans' shapes:
    single days, whole months and years, and reports of unknown time, which pair with all."""
    chance = random.Random(7)
    origin = dt.date(2024, 1, 1)
    spans: dict[str, tuple[dt.date, dt.date] | None] = {}
    for n in range(300):
        first = origin + dt.timedelta(days=chance.randrange(400))
        length = chance.choice([0, 0, 0, 1, 6, 30, 364])
        spans[f"d{n:03}"] = None if n % 17 == 0 else (first, first + dt.timedelta(days=length))
    docs = sorted(spans)

    def fit(a: str, b: str) -> bool:
        profile = stories._story_profile
        return profile(spans[a], []).fits(profile(spans[b], []))

    expected = {(a, b) for a, b in itertools.combinations(docs, 2) if fit(a, b)}
    paired = list(stories._pairs_in_time(docs, spans))
    assert len(paired) == len(set(paired))
    assert set(paired) == expected
    assert 0 < len(expected) < len(docs) * (len(docs) - 1) // 4
