"""Extraction engines, one package per kind of value, in the order they run.

Each package exports its engine's ``KINDS`` (what it finds), ``REQUIRES`` (kinds of earlier
engines it reads from ``found``) and ``extract(analysis, found) -> list[Mention]``. The name
tables places and actors share are in ``lexicons``; the words of the folded text they match on
in ``factcmp.text.words``.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import ModuleType

from factcmp.kinds import actors, counts, dates, numbers, places

# Dates run before numbers so that a year or a day of the month is never also a number.
ENGINES: tuple[ModuleType, ...] = (dates, numbers, counts, places, actors)


def engines_for(kinds: Sequence[str]) -> list[ModuleType]:
    """The engines that must run to produce ``kinds``, with the engines they depend on."""
    wanted = set(kinds)
    needed: list[ModuleType] = []
    for engine in reversed(ENGINES):
        if wanted & set(engine.KINDS):
            needed.append(engine)
            wanted |= set(engine.REQUIRES)
    return needed[::-1]
