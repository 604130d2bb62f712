"""Engine for: person,org. (Filled in by its issue.)"""

from __future__ import annotations

from collections.abc import Sequence

from factcmp.analysis import TextAnalysis
from factcmp.model import Mention

KINDS: tuple[str, ...] = ("person", "org")
REQUIRES: tuple[str, ...] = ("place",)


def extract(analysis: TextAnalysis, found: Sequence[Mention]) -> list[Mention]:
    return []
