"""Engine for numbers, ordinals and percents, read in digits or in words."""

from factcmp.kinds.numbers.engine import KINDS, REQUIRES, extract

__all__ = ["KINDS", "REQUIRES", "extract"]
