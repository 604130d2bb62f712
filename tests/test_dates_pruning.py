"""A window skips the rules missing what they cannot match without (grammar/literals.py): the
grammar reads the same pieces as when every rule its triggers allow runs, on the corpus lines,
the compare sets' texts and random mixes of date words, digits, clitics and punctuation."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from factcmp.kinds.dates.grammar import literals, reading
from factcmp.kinds.dates.grammar.literals import required_strings
from factcmp.kinds.dates.grammar.reading import grammar, read_pieces
from factcmp.kinds.dates.grammar.triggers import candidate_windows
from factcmp.kinds.dates.lexicon import lexicon
from factcmp.kinds.dates.parts import DateParts
from factcmp.text.lang import LANGUAGES
from factcmp.text.normalize import fold

_TESTS = Path(__file__).parent


def _corpus_lines(lang: str) -> list[str]:
    lines = []
    for path in sorted((_TESTS / "corpus").glob(f"*/{lang}.yaml")):
        cases = yaml.safe_load(path.read_text(encoding="utf-8")).get("cases") or []
        lines += [str(text) for case in cases for text in case.get("texts", [])]
    return lines


def _compare_set_texts() -> Iterator[tuple[str, str]]:
    for path in sorted((_TESTS / "compare_sets").glob("*.yaml")):
        for doc_id, body in yaml.safe_load(path.read_text(encoding="utf-8"))["documents"].items():
            lang = doc_id.rsplit("-", 1)[-1]
            if lang in LANGUAGES:
                yield lang, body["text"] if isinstance(body, dict) else body


def _unpruned(folded: str, lang: str) -> list[DateParts]:
    """The pieces read when every window scan holds every rule."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(literals.WindowScan, "rules_held", lambda self, text, start, end: _EVERY_RULE)
        return list(read_pieces(folded, lang))


_EVERY_RULE = frozenset(range(1000))


def _same_pieces(text: str, lang: str) -> None:
    folded = fold(text)
    assert list(read_pieces(folded, lang)) == _unpruned(folded, lang)


def _skipped_rules_find_nothing(text: str, lang: str) -> None:
    """What makes skipping safe: a rule skipped in a window has no match in it at all."""
    folded, gram = fold(text), grammar(lang)
    for window in candidate_windows(folded, lang):
        kept = gram.rules_in(folded, window)
        for pattern, _, kinds in gram.rules:
            if not kinds.isdisjoint(window.kinds) and all(rule.pattern is not pattern for rule in kept):
                assert pattern.search(folded, window.start, window.end) is None, (pattern.pattern[:80], window)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_corpus_lines_read_the_same_pieces(lang: str) -> None:
    lines = _corpus_lines(lang)
    assert lines
    for line in lines:
        _same_pieces(line, lang)
        _skipped_rules_find_nothing(line, lang)
    _same_pieces(". ".join(lines), lang)  # windows that merge across lines


def test_the_compare_sets_read_the_same_pieces() -> None:
    texts = list(_compare_set_texts())
    assert texts
    for lang, text in texts:
        _same_pieces(text, lang)
        _skipped_rules_find_nothing(text, lang)


def _date_words(lang: str) -> list[str]:
    lex = lexicon(lang)
    tables = (lex.months, lex.weekdays, lex.relative_days, lex.time_units, lex.calendar_units, lex.relative_words)
    words = {word for table in tables for word in table}
    words |= {word for role in lex.roles.values() for word in role}
    words |= set(lex.numbers) | set(lex.period_parts) | set(lex.holidays) | set(lex.year_markers)
    words |= set(lex.seasons) | set(lex.day_periods) | set(lex.time_zones)
    return sorted(words)


_DIGITS = ["7", "16", "2015", "1440", "15/4", "10:30", "1.5", "23.00", "1230", "1990s", "17/9/2018", "2011-2015"]
_GLUE = ["", " ", " ", "  ", "\n", "-", "–", "/", ".", ":", "،", ",", "(", ")", "'s", "s", "am", "pm"]


@st.composite
def _mixes(draw: st.DrawFn) -> tuple[str, str]:
    lang = draw(st.sampled_from(LANGUAGES))
    words = _date_words(lang)
    clitics = ["", *sorted(lexicon(lang).words("clitic"))]
    pieces = []
    for _ in range(draw(st.integers(min_value=1, max_value=12))):
        clitic = draw(st.sampled_from(clitics))
        token = draw(st.one_of(st.sampled_from(words), st.sampled_from(_DIGITS)))
        pieces.append(clitic + token + draw(st.sampled_from(_GLUE)))
    return lang, "".join(pieces)


@settings(max_examples=600, deadline=None)
@given(mix=_mixes())
def test_random_mixes_read_the_same_pieces(mix: tuple[str, str]) -> None:
    lang, text = mix
    _same_pieces(text, lang)
    _skipped_rules_find_nothing(text, lang)


@pytest.mark.parametrize(
    ("pattern", "strings"),
    [
        (r"(?<!\w)منذ\s+\d{4}", {"منذ"}),
        (r"\d{4}\s*[-–]\s*\d{4}", {"-", "–"}),
        (r"(?:ال)?(?:يوم|نهار)\s+\d", {"يوم", "نهار", "اليوم", "النهار"}),
        (r"(?:منذ)?\s*\d{4}", None),  # nothing is required: the word is optional
        (r"(?P<a>منذ)\s+(?P=a)", {"منذ"}),
        (r"(?i)منذ\s+\d{4}", None),  # no required strings under IGNORECASE
    ],
)
def test_the_required_strings_are_what_every_match_holds(pattern: str, strings: set[str] | None) -> None:
    found = required_strings(re.compile(pattern), frozenset())
    assert found == (frozenset(strings) if strings is not None else None)


def test_a_string_the_triggers_hold_anyway_is_not_required() -> None:
    assert required_strings(re.compile(r"(?<!\w)منذ\s+\d{4}"), frozenset({"منذ"})) is None


def test_the_shipped_required_strings_are_up_to_date_in_any_process() -> None:
    """factcmp/data/date_required.json is what scripts/build_date_required.py builds, whatever
    the order of sets in the process that builds it (rules' patterns are the same in every one)."""
    script = _TESTS.parent / "scripts" / "build_date_required.py"
    for seed in ("0", "1"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True, env=env)
        assert result.returncode == 0, result.stderr


def test_a_rule_the_shipped_file_does_not_know_runs_in_every_window_its_triggers_open(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A stale file costs speed, never a date: a rule whose pattern changed since the file was
    built has no required strings, and is not skipped."""
    text = fold("منذ 2011 وحتى 22 أكتوبر 2015، ثم في 3/5/2016 الساعة 10:30")
    pruned = list(read_pieces(text, "ar"))
    windows = candidate_windows(text, "ar")
    assert any(len(grammar("ar").rules_in(text, w)) < len(grammar("ar").rules_for(w.kinds)) for w in windows)
    monkeypatch.setattr(literals, "shipped_required_strings", lambda lang: {})
    monkeypatch.setattr(reading, "shipped_required_strings", lambda lang: {})
    stale = reading.Grammar(grammar("ar").lex, grammar("ar").specs)
    assert all(stale.rules_in(text, w) == stale.rules_for(w.kinds) for w in windows)
    assert pruned == _unpruned(text, "ar") and len(pruned) >= 4
