"""What a rule of the date grammar is: a pattern, the reader of its matches, and the kinds of
trigger word that let it run in a window of text."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from factcmp.kinds.dates.lexicon import DateLexicon
from factcmp.kinds.dates.parts import DateParts

# Turns a match into DateParts, or None to drop it.
Reader = Callable[[re.Match[str], DateLexicon], DateParts | None]
# A compiled pattern, the reader of its matches, and the trigger kinds that let it run.
Rule = tuple[re.Pattern[str], Reader, frozenset[str]]
# A rule as written: its pattern, its reader, and its trigger kinds (any one), space-separated.
RuleSpec = tuple[str, Reader, str]


def where(needed: Collection[str] | bool, pattern: str, reader: Reader, needs: str) -> list[RuleSpec]:
    """The rule, if the language has what it cannot match without (the words it needs, or a way of
    writing it uses, such as dotted dates): a rule that can never match would still cost a scan of
    every window."""
    return [(pattern, reader, needs)] if needed else []
