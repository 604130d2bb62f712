"""Engine for counts and quantities: numbers bound to what they count and to what happened to it."""

from factcmp.kinds.counts.engine import KINDS, REQUIRES, extract

__all__ = ["KINDS", "REQUIRES", "extract"]
