"""The bounded fuzz profile CI runs: hostile text (tests/hostile.py) through extract, compare and every
report format, each call under a time limit, every invariant checked. The long profile, a million
inputs over every core, is bench/fuzz_long.py."""

from __future__ import annotations

import datetime as dt
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcmp
from tests.hostile import check_compare, check_extract, hostile_documents, hostile_published, hostile_text

# Per call: far above what any of these texts takes (milliseconds), far below a hang.
_DEADLINE = dt.timedelta(seconds=5)


def _profile(examples: int) -> settings:
    return settings(
        max_examples=examples, deadline=_DEADLINE, suppress_health_check=[HealthCheck.too_slow], derandomize=True
    )


@_profile(400)
@given(st.randoms(use_true_random=False), st.sampled_from([None, "ar", "fa", "en"]))
def test_extract_keeps_its_invariants_on_hostile_text(rng: random.Random, lang: str | None) -> None:
    text, published = hostile_text(rng), hostile_published(rng)
    assert check_extract(text, lang, published) == check_extract(text, lang, published)


@_profile(80)
@given(st.randoms(use_true_random=False))
def test_compare_and_every_report_keep_their_invariants(rng: random.Random) -> None:
    documents = hostile_documents(rng)
    assert check_compare(documents) == check_compare(documents)


@_profile(150)
@given(st.text(max_size=300), st.sampled_from([None, "ar", "fa", "en"]))
def test_extract_keeps_its_invariants_on_any_characters(text: str, lang: str | None) -> None:
    check_extract(text, lang, None)


def test_the_profile_fires_every_engine() -> None:
    """The generator is worth running only if the engines find things in what it makes."""
    rng = random.Random(7)
    kinds = {m.kind for _ in range(200) for m in factcmp.extract(hostile_text(rng), published=dt.date(2018, 9, 18))}
    assert {"date", "number", "count", "place", "person", "org", "percent"} <= kinds
