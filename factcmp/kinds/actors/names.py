"""People's names as a document gives them, and the keys that make one person one key.

A person has ``person:<phonetic key of the surname>`` (translit), the same in every script and
every document. When one document names two people of one surname with different given names,
or another bearer of a public figure's surname, the key carries the given name too, and a bare
surname goes to the last of them named before it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import cache

import attrs

from factcmp.kinds.lexicons import all_rows
from factcmp.text.translit import name_key, word_key


@attrs.frozen
class Name:
    start: int  # folded offsets, clitics left out
    end: int
    first: int  # word indices
    last: int
    surname: str  # folded surname, clitics left out
    given: str  # folded given name(s), "" when the text gives none
    cue: str  # what found it: lexicon, given, title, recurrence or fuzzy
    role: str | None = None
    country: str | None = None


def person_keys(names: Sequence[Name]) -> list[str]:
    """One key per name: the surname's phonetic key, the same in every document; with the given
    name's when that tells two people apart: another bearer of a public figure's surname («حافظ
    الأسد» is not «بشار الأسد»), or two people of one surname in one document. A surname alone
    takes the key of the full name it last followed."""
    figures = _figure_given_names()
    givens: dict[str, set[str]] = defaultdict(set)
    for name in names:
        if name.given:
            givens[name_key(name.surname)].add(word_key(name.given.split(" ")[0]))
    keys = []
    last_full: dict[str, str] = {}
    for name in sorted(names, key=lambda n: n.start):
        surname_key = name_key(name.surname)
        if surname_key not in figures and len(givens[surname_key]) < 2:
            keys.append((name.start, f"person:{surname_key}"))
            continue
        if name.given:
            given_key = word_key(name.given.split(" ")[0])
            known = given_key in figures.get(surname_key, frozenset())
            last_full[surname_key] = f"person:{surname_key}" if known else f"person:{surname_key}-{given_key}"
        keys.append((name.start, last_full.get(surname_key, f"person:{surname_key}")))
    by_start = dict(keys)
    return [by_start[name.start] for name in names]


@cache
def _figure_given_names() -> dict[str, frozenset[str]]:
    """The surname keys of the public figures (people.tsv), each with its bearers' given-name keys."""
    found: dict[str, set[str]] = defaultdict(set)
    for row in all_rows("people"):
        words = row["name"].split()
        if len(words) >= 2:
            found[name_key(row["alone"].strip() or words[-1])].add(word_key(words[0]))
    return {surname: frozenset(given) for surname, given in found.items()}
