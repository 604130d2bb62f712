"""Average linkage (factcmp.align.linkage): what a pair never compared counts for."""

from __future__ import annotations

import attrs

from factcmp.align.linkage import average_linkage


@attrs.frozen
class _Anything:
    def fits(self, other: _Anything) -> bool:
        return True

    def joined(self, other: _Anything) -> _Anything:
        return self


# Two reports of one story tell the blast alike (0.9); a third, of another story, recalls it and is
# like the first (0.6), but was never compared with the second (it gives no time, the second none).
_ITEMS = ["story-a-1", "story-a-2", "story-b-1"]
_OWNERS = {item: item for item in _ITEMS}
_SIMILAR = {("story-a-1", "story-a-2"): 0.9, ("story-a-1", "story-b-1"): 0.6}


def _groups(comparable: list[tuple[str, str]] | None) -> list[list[str]]:
    return average_linkage(_ITEMS, _OWNERS, _SIMILAR, 0.4, lambda _: _Anything(), comparable)


def test_without_word_of_what_was_compared_every_missing_pair_counts_as_unlike() -> None:
    assert _groups(None) == [["story-a-1", "story-a-2"], ["story-b-1"]]


def test_a_pair_that_could_not_be_compared_is_left_out_of_the_average() -> None:
    compared = [("story-a-1", "story-a-2"), ("story-a-1", "story-b-1")]
    assert _groups(compared) == [["story-a-1", "story-a-2", "story-b-1"]]


def test_a_pair_compared_and_found_unlike_still_counts_against_the_join() -> None:
    compared = [("story-a-1", "story-a-2"), ("story-a-1", "story-b-1"), ("story-a-2", "story-b-1")]
    assert _groups(compared) == [["story-a-1", "story-a-2"], ["story-b-1"]]
