"""A number read in a folded text: where it stands, its value, and what kind of number it is."""

from __future__ import annotations

import attrs

Number = int | float


@attrs.frozen
class NumberMatch:
    """One number read in a folded text; ``low``/``high`` bound a vague plural (عشرات: 20..99)."""

    start: int
    end: int
    value: Number
    low: Number | None = None
    high: Number | None = None
    is_ordinal: bool = False
    is_vague: bool = False
    is_range: bool = False  # two numbers read as one range: «3-4», «بين 20 و30», «۲۰ تا ۳۰»
    has_digits: bool = False  # written (at least in part) with digits
    # A lone word that is also a common non-number word (نه, ست, one): trust it only in context.
    is_weak: bool = False
    has_article: bool = False  # الـ15, العشرين
    follows_noun: bool = False  # a word written after the noun it counts: جندي واحد
    scale: Number | None = None  # the scale word it ends in (20 مليون): the low end of a range shares it
