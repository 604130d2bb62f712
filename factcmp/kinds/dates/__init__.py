"""Engine for dates and durations: dates, times, ranges, relative dates and spans of time."""

from factcmp.kinds.dates.engine import KINDS, REQUIRES, extract

__all__ = ["KINDS", "REQUIRES", "extract"]
