"""The date grammar of a language, compiled, and the pieces of dates it reads in a text: regexes
built from the language's lexicon find pieces of dates («22 من تشرين الأول», «الجمعة», «الساعة
23:00», «أوائل») that factcmp.kinds.dates.joining then joins.

Everything works on folded text (factcmp.text.normalize), so spelling variants of one word
meet. Each regex is compiled once per language, the first time a window of text needs it (a
text without clock times never pays for the clock rules), and none has nested quantifiers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import attrs

from factcmp.kinds.dates.grammar.calendar import day_rules, month_and_year_rules
from factcmp.kinds.dates.grammar.clock import clock_rules
from factcmp.kinds.dates.grammar.fragments import CLITIC_GROUP, END, START, Fragments
from factcmp.kinds.dates.grammar.numeric import numeric_rules
from factcmp.kinds.dates.grammar.periods import period_rules
from factcmp.kinds.dates.grammar.relative import relative_rules, span_rules
from factcmp.kinds.dates.grammar.rule import Reader, Rule, RuleSpec
from factcmp.kinds.dates.grammar.triggers import candidate_windows
from factcmp.kinds.dates.grammar.weekdays import weekday_rules
from factcmp.kinds.dates.lexicon import DateLexicon, alternation, lexicon
from factcmp.kinds.dates.parts import DateParts
from factcmp.text.lang import case_flags


@attrs.frozen
class Grammar:
    lex: DateLexicon
    specs: tuple[tuple[str, int, Reader, frozenset[str]], ...]  # pattern, flags, reader, trigger kinds
    _compiled: dict[int, Rule] = attrs.field(factory=dict, init=False, eq=False, repr=False)
    _rules_for: dict[frozenset[str], tuple[Rule, ...]] = attrs.field(factory=dict, init=False, eq=False, repr=False)

    @property
    def rules(self) -> tuple[Rule, ...]:
        """Every rule, compiled."""
        return tuple(self._rule(index) for index in range(len(self.specs)))

    def rules_for(self, kinds: frozenset[str]) -> tuple[Rule, ...]:
        """The rules a window with triggers of ``kinds`` lets run (windows repeat a few sets of kinds)."""
        found = self._rules_for.get(kinds)
        if found is None:
            indices = (i for i, spec in enumerate(self.specs) if not kinds.isdisjoint(spec[3]))
            found = self._rules_for[kinds] = tuple(self._rule(index) for index in indices)
        return found

    def _rule(self, index: int) -> Rule:
        rule = self._compiled.get(index)
        if rule is None:
            pattern, flags, reader, needs = self.specs[index]
            rule = self._compiled[index] = (re.compile(pattern, flags), reader, needs)
        return rule


def _rules(p: Fragments) -> list[RuleSpec]:
    """Every rule of the language, in order: of two readings of one length, the earlier rule's wins."""
    return [
        (f"{START}{alternation(p.lex.not_dates)}{END}", _read_not_date, "not_date"),
        *day_rules(p),
        *month_and_year_rules(p),
        *numeric_rules(p),
        *weekday_rules(p),
        *relative_rules(p),
        *span_rules(p),
        *clock_rules(p),
        *period_rules(p),
    ]


def _read_not_date(match: re.Match[str], lex: DateLexicon) -> DateParts | None:
    """A name holding a date word that is no date («روسيا اليوم»): it keeps the words from the other rules."""
    return DateParts("not_date", match.start(), match.end())


@cache
def grammar(lang: str) -> Grammar:
    lex = lexicon(lang)
    flags = case_flags(lang)
    # Every expression starts a word: said once here, where it also lets each rule give up at
    # once inside a word instead of trying its optional openings («نهار», «الشهر») first.
    specs = tuple(
        (f"{START}(?:{pattern})", flags, reader, frozenset(needs.split()))
        for pattern, reader, needs in _rules(Fragments(lex))
    )
    return Grammar(lex, specs)


def read_pieces(folded: str, lang: str) -> Iterator[DateParts]:
    """Every piece of a date the grammar of ``lang`` reads in ``folded`` (pieces may overlap)."""
    gram = grammar(lang)
    for window in candidate_windows(folded, lang):
        for pattern, reader, _ in gram.rules_for(window.kinds):
            for match in pattern.finditer(folded, window.start, window.end):
                if match.end() > match.start():
                    parts = reader(match, gram.lex)
                    if parts is not None:
                        if parts.start == match.start():
                            parts.start = _without_clitic(match)
                        yield parts


def _without_clitic(match: re.Match[str]) -> int:
    """Where the expression starts: after a clitic glued to its first word («ويوم» -> «يوم»)."""
    start = match.start()
    for name in _clitic_groups(match.re):
        clitic_start, clitic_end = match.span(name)
        if clitic_start == start < clitic_end:
            return clitic_end
    return start


@cache
def _clitic_groups(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """The groups of a rule that hold a clitic, in the order the rule names them."""
    return tuple(name for name in pattern.groupindex if name.startswith(CLITIC_GROUP))
