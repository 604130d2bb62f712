"""What a rule of the date grammar cannot match without: strings one of which every match of it
holds («منذ» for «منذ 2011», a dash for «2011-2015»), read from the rule's parsed regex.

A window where none of them stands is one where the rule finds nothing, so it is not run there:
most rule runs find nothing, and each costs a scan of its window, where one scan for all the
strings of a window's rules costs about one run. What the grammar reads is unchanged, because

- a rule's matches lie inside its window (``finditer`` between the window's ends),
- every string a match consumes holds one of the rule's required strings (the derivation below
  keeps only what every path through the regex consumes; look-arounds consume nothing),
- the window scan finds every required string inside the window: it tries each position of the
  window, and at each the longest string standing there, of which the shorter ones standing there
  are prefixes.

Only patterns without IGNORECASE get required strings: with it, strings equal in folded case
are not always prefixes of one another, and the languages that need it are not the slow ones.

Reading them costs about as much as compiling the rules (Python's regex parser runs again), too
much for the start of a process: they ship in factcmp/data/date_required.json, built by
scripts/build_date_required.py (a test checks it is up to date). Each rule's strings are filed
under a digest of its pattern, so a rule changed since the file was built has none and runs in
every window its triggers open: stale data costs speed, never a match.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import re
import sys
from collections.abc import Collection, Iterable
from functools import cache
from pathlib import Path
from typing import Any

import attrs

# The regex parser of the standard library (private, but its tree has kept its form since 3.6;
# an item it does not know requires nothing here).
_parser: Any = importlib.import_module("re._parser" if sys.version_info >= (3, 11) else "sre_parse")

# Sets of strings larger than this are not spelled out: a rule needs one of its words, not each
# spelling of clitic, word and suffix.
_MOST_STRINGS = 256
# A required string is worth a scan when it is rare: letters only from this length on (a letter
# stands in most words; from three, more rules ran and the Arabic and Persian bench texts read
# slower); a string of other characters («-», «/»)
# at any length, as long as it is not only digits (any window of a digit trigger holds one).
_SHORTEST_WORD = 2
_DIGITS = "0123456789"
_ZERO_WIDTH = frozenset({"ASSERT", "ASSERT_NOT", "AT"})
_REPEATS = frozenset({"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"})

# What a part of a regex consumes: exactly one of a few strings (None: something else too).
Exact = frozenset[str] | None
_NOTHING = frozenset({""})


REQUIRED_FILE = Path(__file__).resolve().parents[3] / "data" / "date_required.json"


def rule_key(pattern: str, flags: int) -> str:
    """What a rule's required strings are filed under: a digest of its pattern and flags."""
    return hashlib.blake2b(f"{flags}:{pattern}".encode(), digest_size=12).hexdigest()


@cache
def shipped_required_strings(lang: str) -> dict[str, frozenset[str]]:
    """The required strings of the rules of ``lang``'s grammar, by rule_key, as shipped."""
    return {key: frozenset(strings) for key, strings in _shipped().get(lang, {}).items()}


@cache
def _shipped() -> dict[str, dict[str, list[str]]]:
    tables: dict[str, dict[str, list[str]]] = json.loads(REQUIRED_FILE.read_text(encoding="utf-8"))
    return tables


def required_strings(pattern: re.Pattern[str], trigger_words: Collection[str]) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` holds, worth looking for where
    ``trigger_words`` (the words that let the rule run) stand: rare, and not held by all of them
    (a window a trigger word holding one opens holds it too); those held by the fewest first.
    None if there are none."""
    if pattern.flags & re.IGNORECASE:
        return None
    found = {
        strings: _held_by(strings, trigger_words)
        for strings in _candidates(_parser.parse(pattern.pattern, pattern.flags))
        if _is_rare(strings)
    }
    useful = [strings for strings, held in found.items() if held < len(trigger_words) or not trigger_words]
    return max(useful, key=lambda strings: (-found[strings], *_rarity(strings), sorted(strings)), default=None)


def _held_by(strings: frozenset[str], trigger_words: Collection[str]) -> int:
    """How many of ``trigger_words`` hold one of ``strings``."""
    return sum(any(s in word for s in strings) for word in trigger_words)


def _is_rare(strings: frozenset[str]) -> bool:
    return all(len(s) >= _SHORTEST_WORD or (not s.isalpha() and s.strip(_DIGITS)) for s in strings)


def _best(candidates: Iterable[frozenset[str]]) -> frozenset[str] | None:
    """The candidate least likely to stand anywhere: a rare one, with the longest shortest string,
    then the fewest strings (ties go by the strings themselves, so that the shipped file does not
    depend on the order of a set)."""
    return max(candidates, key=lambda strings: (_is_rare(strings), *_rarity(strings), sorted(strings)), default=None)


def _rarity(strings: frozenset[str]) -> tuple[int, int]:
    return min(map(len, strings)), -len(strings)


def _candidates(items: Any) -> list[frozenset[str]]:
    """Sets of strings one of which each match of a sequence of regex items holds: the strings of
    each run of exactly known items, joined with how the items around it start and end («ال» and
    the ordinal words after it: «الثالث»), and what each other item requires."""
    found: list[frozenset[str]] = []
    run = _NOTHING
    for op, arg in items:
        exact = _exact_item(op.name, arg)
        if exact is not None:
            joined = _joined(run, exact)
            found += [] if joined is not None else [run]
            run = joined if joined is not None else exact
            continue
        found.append(_joined(run, _ends(op.name, arg, first=True)) or run)
        required = _required_item(op.name, arg)
        found += [required] if required is not None else []
        run = _ends(op.name, arg, first=False)
    found.append(run)
    return [strings for strings in found if "" not in strings]


def _ends(op: str, arg: Any, *, first: bool) -> frozenset[str]:
    """Strings one of which what a regex item consumes starts with (``first``) or ends with;
    the empty string where that is unknown."""
    if op == "BRANCH":
        return _union(_ends_of(branch, first=first) for branch in arg[1]) or _NOTHING
    if op == "SUBPATTERN" and not arg[1] and not arg[2]:
        return _ends_of(arg[3], first=first)
    if op in _REPEATS and arg[0] >= 1:
        return _ends_of(arg[2], first=first)
    if op == "ATOMIC_GROUP":
        return _ends_of(arg, first=first)
    return _NOTHING


def _ends_of(items: Any, *, first: bool) -> frozenset[str]:
    """How a sequence starts (``first``) or ends: its exactly known items from that end, joined,
    then how the next item does."""
    strings = _NOTHING
    for op, arg in items.data if first else reversed(items.data):
        exact = _exact_item(op.name, arg)
        ends = exact if exact is not None else _ends(op.name, arg, first=first)
        joined = _joined(strings, ends) if first else _joined(ends, strings)
        if joined is None or exact is None:
            return joined or strings
        strings = joined
    return strings


def _joined(first: frozenset[str], then: frozenset[str]) -> Exact:
    """Each of ``first`` followed by each of ``then``; None for too many pairs (not joined first:
    two sets of a few hundred words would make tens of thousands)."""
    if len(first) * len(then) > _MOST_STRINGS:
        return None
    return frozenset(a + b for a in first for b in then)


def _exact(items: Any) -> Exact:
    """The strings a sequence of regex items consumes, if it consumes only a few known ones."""
    strings: Exact = frozenset({""})
    for op, arg in items:
        exact = _exact_item(op.name, arg)
        if exact is None or strings is None:
            return None
        strings = _joined(strings, exact)
    return strings


def _exact_item(op: str, arg: Any) -> Exact:
    if op == "LITERAL":
        return frozenset({chr(arg)})
    if op in _ZERO_WIDTH:  # a look-around consumes nothing
        return frozenset({""})
    if op == "IN" and all(member.name == "LITERAL" for member, _ in arg):
        return frozenset(chr(code) for _, code in arg)
    if op == "BRANCH":
        return _union(_exact(branch) for branch in arg[1])
    if op == "SUBPATTERN" and not arg[1] and not arg[2]:  # a group that sets no flags
        return _exact(arg[3])
    if op in _REPEATS and (arg[0], arg[1]) == (0, 1):  # optional: its strings or nothing
        optional = _exact(arg[2])
        return None if optional is None else optional | {""}
    return None


def _union(parts: Iterable[Exact]) -> Exact:
    strings: set[str] = set()
    for part in parts:
        if part is None:
            return None
        strings |= part
    return frozenset(strings) if len(strings) <= _MOST_STRINGS else None


def _required_item(op: str, arg: Any) -> frozenset[str] | None:
    """Strings one of which whatever a regex item consumes holds, if the item says so."""
    if op == "BRANCH":
        strings: set[str] = set()
        for branch in arg[1]:
            required = _best(_candidates(branch))
            if required is None:
                return None
            strings |= required
        return frozenset(strings)
    if op == "SUBPATTERN" and not arg[1] and not arg[2]:
        return _best(_candidates(arg[3]))
    if op in _REPEATS and arg[0] >= 1:  # at least once
        return _best(_candidates(arg[2]))
    if op == "ATOMIC_GROUP":
        return _best(_candidates(arg))
    return None


@attrs.frozen
class WindowScan:
    """One pass over a window for the required strings of the rules that may run in it, telling
    which of those rules could match there."""

    pattern: re.Pattern[str] | None
    # A string found -> the rules it lets run: those requiring it or one of its prefixes.
    rules_of: dict[str, frozenset[int]]

    def rules_held(self, text: str, start: int, end: int) -> frozenset[int]:
        """The rules (indices) whose required strings stand in ``text[start:end]``."""
        held: frozenset[int] = frozenset()
        if self.pattern is None:
            return held
        found = self.pattern.search(text, start, end)
        while found is not None:
            held |= self.rules_of[found.group()]
            found = self.pattern.search(text, found.start() + 1, end)
        return held


def window_scan(required: dict[int, frozenset[str]]) -> WindowScan:
    """The scan for the required strings of rules (index -> strings)."""
    requiring: dict[str, set[int]] = {}
    for rule, needed in required.items():
        for string in needed:
            requiring.setdefault(string, set()).add(rule)
    if not requiring:
        return WindowScan(None, {})
    # a string found lets run the rules requiring one of its prefixes: read off its own prefixes,
    # not tried against every rule's strings (a plan is made while a process starts)
    rules_of = {
        found: frozenset(rule for end in range(1, len(found) + 1) for rule in requiring.get(found[:end], ()))
        for found in requiring
    }
    return WindowScan(re.compile(_trie(requiring)), rules_of)


def _trie(strings: Iterable[str]) -> str:
    """A regex of ``strings`` factored by their prefixes, each continuation tried before a string
    ends: at a position it costs the length of a string, not their number, and finds the longest
    string standing there."""
    trie: dict[str, Any] = {}
    for string in strings:
        node = trie
        for ch in string:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node_regex(trie)


def _node_regex(node: dict[str, Any]) -> str:
    branches = [re.escape(ch) + _node_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
