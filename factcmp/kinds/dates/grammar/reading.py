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
from factcmp.kinds.dates.grammar.literals import WindowScan, rule_key, shipped_required_strings, window_scan
from factcmp.kinds.dates.grammar.numeric import numeric_rules
from factcmp.kinds.dates.grammar.periods import period_rules
from factcmp.kinds.dates.grammar.relative import relative_rules, span_rules
from factcmp.kinds.dates.grammar.rule import Reader, Rule, RuleSpec
from factcmp.kinds.dates.grammar.triggers import Window, candidate_windows
from factcmp.kinds.dates.grammar.weekdays import weekday_rules
from factcmp.kinds.dates.lexicon import DateLexicon, alternation, lexicon
from factcmp.kinds.dates.parts import DateParts
from factcmp.text.lang import case_flags


@attrs.frozen
class CompiledRule:
    """A rule ready to run: its pattern, the reader of its matches, and the groups of its pattern
    that hold a clitic, in the order the rule names them (where an expression starts is read
    from them). Found once here: a cache keyed by the pattern would hash its compiled code at
    each match."""

    pattern: re.Pattern[str]
    reader: Reader
    clitic_groups: tuple[int, ...]


@attrs.frozen
class Plan:
    """The rules a window with triggers of some kinds lets run, in order, and the scan telling
    which of them could match in a given window of that kind."""

    indices: tuple[int, ...]
    required: frozenset[int]  # the rules with strings they cannot match without
    scan: WindowScan


@attrs.frozen
class Grammar:
    lex: DateLexicon
    specs: tuple[tuple[str, int, Reader, frozenset[str]], ...]  # pattern, flags, reader, trigger kinds
    _compiled: dict[int, CompiledRule] = attrs.field(factory=dict, init=False, eq=False, repr=False)
    _plans: dict[frozenset[str], Plan] = attrs.field(factory=dict, init=False, eq=False, repr=False)
    # Windows repeat a few sets of kinds and of rules that could match: each set of rules is made once.
    _rules_in: dict[tuple[frozenset[str], frozenset[int]], tuple[CompiledRule, ...]] = attrs.field(
        factory=dict, init=False, eq=False, repr=False
    )

    @property
    def rules(self) -> tuple[Rule, ...]:
        """Every rule, compiled."""
        return tuple((self._rule(index).pattern, spec[2], spec[3]) for index, spec in enumerate(self.specs))

    def rules_in(self, text: str, window: Window) -> tuple[CompiledRule, ...]:
        """The rules ``window`` of ``text`` lets run: those its triggers allow, less those missing
        from it what they cannot match without (literals.py: they would find nothing there)."""
        plan = self._plan(window.kinds)
        held = plan.scan.rules_held(text, window.start, window.end)
        found = self._rules_in.get((window.kinds, held))
        if found is None:
            indices = (i for i in plan.indices if i in held or i not in plan.required)
            found = self._rules_in[window.kinds, held] = tuple(self._rule(i) for i in indices)
        return found

    def rules_for(self, kinds: frozenset[str]) -> tuple[CompiledRule, ...]:
        """The rules a window with triggers of ``kinds`` lets run before any is skipped."""
        return tuple(self._rule(index) for index in self._plan(kinds).indices)

    def _plan(self, kinds: frozenset[str]) -> Plan:
        plan = self._plans.get(kinds)
        if plan is None:
            indices = tuple(i for i, spec in enumerate(self.specs) if not kinds.isdisjoint(spec[3]))
            shipped = shipped_required_strings(self.lex.lang)
            required = {
                index: strings
                for index in indices
                if (strings := shipped.get(rule_key(self.specs[index][0], self.specs[index][1]))) is not None
            }
            plan = self._plans[kinds] = Plan(indices, frozenset(required), window_scan(required))
        return plan

    def _rule(self, index: int) -> CompiledRule:
        rule = self._compiled.get(index)
        if rule is None:
            pattern, flags, reader, _ = self.specs[index]
            compiled = re.compile(pattern, flags)
            clitics = tuple(number for name, number in compiled.groupindex.items() if name.startswith(CLITIC_GROUP))
            rule = self._compiled[index] = CompiledRule(compiled, reader, clitics)
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
        for rule in gram.rules_in(folded, window):
            for match in rule.pattern.finditer(folded, window.start, window.end):
                if match.end() > match.start():
                    parts = rule.reader(match, gram.lex)
                    if parts is not None:
                        if parts.start == match.start():
                            parts.start = _without_clitic(match, rule.clitic_groups)
                        yield parts


def _without_clitic(match: re.Match[str], clitic_groups: tuple[int, ...]) -> int:
    """Where the expression starts: after a clitic glued to its first word («ويوم» -> «يوم»)."""
    start = match.start()
    for group in clitic_groups:
        clitic_start, clitic_end = match.span(group)
        if clitic_start == start < clitic_end:
            return clitic_end
    return start
