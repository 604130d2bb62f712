"""Engine for: number,ordinal,percent. (Filled in by its issue.)"""

from __future__ import annotations

from collections.abc import Sequence

from factcmp.analysis import TextAnalysis
from factcmp.model import Mention

KINDS: tuple[str, ...] = ("number", "ordinal", "percent")
REQUIRES: tuple[str, ...] = ("date", "duration")


def extract(analysis: TextAnalysis, found: Sequence[Mention]) -> list[Mention]:
    return []
