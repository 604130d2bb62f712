"""The date grammar itself: every rule it compiles can match something."""

from __future__ import annotations

from typing import Any

import pytest

from factcmp.kinds.dates.grammar.reading import grammar
from factcmp.text.lang import LANGUAGES

try:  # the regex parser is private: re._parser since Python 3.11, sre_parse before
    import re._constants as sre_constants
    import re._parser as sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]


def _never_matches(items: Any) -> bool:
    """Whether a parsed pattern holds a required ``(?!)``: an alternation of no words."""
    for op, av in items:
        if op is sre_constants.ASSERT_NOT and not av[1].data:
            return True
        if op is sre_constants.SUBPATTERN and _never_matches(av[3]):
            return True
        if op is sre_constants.BRANCH and all(_never_matches(branch) for branch in av[1]):
            return True
        if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and av[0] >= 1 and _never_matches(av[2]):
            return True
    return False


def test_the_probe_sees_a_required_empty_alternation() -> None:
    assert _never_matches(sre_parse.parse(r"(?<!\w)(?:a|(?!))\s+(?:(?!)|(?!))"))
    assert not _never_matches(sre_parse.parse(r"a(?:\s+(?!))?"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_rule_is_impossible_in_any_language(lang: str) -> None:
    # A rule built on a word list the language lacks («ago» after the span, in Arabic) can never
    # match, yet would scan every window it is allowed in.
    impossible = [
        reader.__name__
        for pattern, reader, _ in grammar(lang).rules
        if _never_matches(sre_parse.parse(pattern.pattern, pattern.flags))
    ]
    assert impossible == []
