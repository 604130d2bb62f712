"""Engine for people and organizations: lexicon names, cues, titles, and their keys across scripts."""

from factcmp.kinds.actors.engine import KINDS, REQUIRES, extract

__all__ = ["KINDS", "REQUIRES", "extract"]
