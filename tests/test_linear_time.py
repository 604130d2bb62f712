"""Linear time as a tested property: each adversarial input (tests/adversarial.py) is grown by
doubling, and extraction must not take more than about 1.5 times what linear growth allows per
doubling. Ratios are measured in one run (CPU time, best of several), never absolute times, so a
slow or busy machine does not fail the test; bench/fuzz_long.py takes the same inputs to 1 MB."""

from __future__ import annotations

import gc
import itertools
import math
import time

import pytest

import factcmp
from tests.adversarial import ADVERSARIAL

SIZES = [8_000 * 2**n for n in range(6)]  # 8 KB to 256 KB
# Linear doubles the time per doubling; allow 1.5 times that (a quadratic scan quadruples it).
MAX_DOUBLING = 2 * 1.5
_MORE_ROUNDS = 2
# Doublings from a time shorter than this are noise, not growth.
_MEASURABLE_SECONDS = 0.05


def cpu_seconds(text: str, repeats: int) -> float:
    """The best CPU time of extraction over ``repeats`` runs, as timeit measures: the garbage
    collector off while timing, so a collection of what earlier tests left cannot pass for growth."""
    best = math.inf
    for _ in range(repeats):
        gc.collect()
        gc.disable()
        try:
            started = time.process_time()
            factcmp.extract(text)
            best = min(best, time.process_time() - started)
        finally:
            gc.enable()
    return best


def worst_doubling(seconds: list[float]) -> float:
    """The largest factor by which time grew from one size to the next (twice as large), among
    the steps long enough to measure. A quadratic part shows late, so no fit over all sizes: a
    fit would dilute the last steps, where it shows, with the first ones, where it does not."""
    steps = [later / earlier for earlier, later in itertools.pairwise(seconds) if earlier >= _MEASURABLE_SECONDS]
    return max(steps, default=1.0)


def test_the_measure_tells_linear_from_quadratic() -> None:
    sizes = [0.1 * 2**n for n in range(5)]
    assert worst_doubling(sizes) == pytest.approx(2.0)
    assert worst_doubling([0.1 * (2**n) ** 2 for n in range(5)]) == pytest.approx(4.0)
    assert worst_doubling([0.01 * 2**n for n in range(5)] + [0.5]) == pytest.approx(0.5 / 0.16)


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_extraction_time_grows_linearly(name: str) -> None:
    factcmp.extract("قتل 15 شخصا في دمشق يوم 17 سبتمبر 2018")  # start-up is not growth
    texts = [ADVERSARIAL[name](size) for size in SIZES]
    seconds = [cpu_seconds(text, repeats=3 if len(text) < 100_000 else 1) for text in texts]
    # A busy machine can slow one measurement; a real blow-up shows again. Measure again, keeping
    # the best time of each size, before calling it growth.
    for _ in range(_MORE_ROUNDS):
        if worst_doubling(seconds) <= MAX_DOUBLING:
            break
        seconds = [min(best, cpu_seconds(text, repeats=1)) for best, text in zip(seconds, texts, strict=True)]
    timings = ", ".join(f"{size // 1000} KB {t:.3f} s" for size, t in zip(SIZES, seconds, strict=True))
    assert worst_doubling(seconds) <= MAX_DOUBLING, f"{name}: time more than trebles on a doubling ({timings})"
