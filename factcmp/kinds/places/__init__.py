"""Engine for places: names of the shipped gazetteer, and unknown names after a place word."""

from factcmp.kinds.places.engine import KINDS, REQUIRES, extract

__all__ = ["KINDS", "REQUIRES", "extract"]
