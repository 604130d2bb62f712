"""Adversarial inputs of any size, one per way a text can make an engine work harder than its
length: used by the linear-time test and by bench/fuzz_long.py.

Each maker returns a text of exactly ``size`` characters built by repeating what one engine
reacts to, so that a scan that looks back over everything found so far, or a window that
widens to the end of a word, shows as time growing faster than the text.
"""

from __future__ import annotations

from collections.abc import Callable


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


def _one_giant_word(size: int) -> str:
    # Letters with a digit every 61: each digit opens a date and a number window inside the word.
    return (("ب" * 60 + "1") * (size // 61 + 1))[:size]


ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "date soup": _repeat("17 سبتمبر 2018 "),
    "number soup": _repeat("15 ١٥ ۱۵ 2,500 ٣٠٠ خمسة عشر ألف 1.5 مليون ۲۰ تا ۳۰ "),
    "month-name run": _repeat("سبتمبر أيلول شهریور September تشرين الأول "),
    "one giant word": _one_giant_word,
    "repeated names": _repeat("بوتين وأردوغان في دمشق وطهران Putin met Erdogan in Moscow "),
    "trigger soup": _repeat("قتل 15 جنديا في انفجار وأصيب 30 آخرون واعتقل 20 "),
    "marks and joiners": _repeat("\u064bـ\u200c\u200f15\u0651،"),
}
