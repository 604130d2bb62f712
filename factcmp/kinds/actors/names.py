"""People's names as a document gives them, and the keys that make one person one key.

A person has ``person:<phonetic key of the surname>`` (translit), the same in every script and
every document. When one document names two people of one surname with different given names,
or another bearer of a public figure's surname, the key carries the given name too, and a bare
surname goes to the last of them named before it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import cache

import attrs

from factcmp.kinds.lexicons import all_rows
from factcmp.text.affixes import inflecting_languages, suffix_forms
from factcmp.text.translit import key_as_known, name_key, word_key


@attrs.frozen
class Name:
    start: int  # folded offsets, clitics left out
    end: int
    first: int  # word indices
    last: int
    surname: str  # folded surname, clitics left out
    given: str  # folded given name(s), "" when the text gives none
    cue: str  # what found it: lexicon, given, title, speaker, recurrence or fuzzy
    role: str | None = None
    country: str | None = None


def person_keys(names: Sequence[Name]) -> list[str]:
    """One key per name: the surname's phonetic key, the same in every document; with the given
    name's when that tells two people apart: another bearer of a public figure's surname («حافظ
    الأسد» is not «بشار الأسد»), or two people of one surname in one document. A surname alone
    takes the key of the full name it last followed."""
    figures = _figure_given_names()
    surnames = set(figures) | {_figure_reading(name.surname) for name in names}
    surname_keys = {name.start: _base_key(name.surname, surnames, _figure_reading) for name in names}
    givens: dict[str, set[str]] = defaultdict(set)
    for name in names:
        if name.given:
            surname_key = surname_keys[name.start]
            givens[surname_key].add(_given_key(name.given, figures.get(surname_key, frozenset())))
    keys = []
    last_full: dict[str, str] = {}
    for name in sorted(names, key=lambda n: n.start):
        surname_key = surname_keys[name.start]
        if surname_key not in figures and len(givens[surname_key]) < 2:
            keys.append((name.start, f"person:{surname_key}"))
            continue
        if name.given:
            given_key = _given_key(name.given, figures.get(surname_key, frozenset()))
            known = given_key in figures.get(surname_key, frozenset())
            last_full[surname_key] = f"person:{surname_key}" if known else f"person:{surname_key}-{given_key}"
        keys.append((name.start, last_full.get(surname_key, f"person:{surname_key}")))
    by_start = dict(keys)
    return [by_start[name.start] for name in names]


def _figure_reading(surname: str) -> str:
    """A surname's key, read as a public figure's where its letters allow (לברוב)."""
    return key_as_known(surname, _figure_keys())


@cache
def _figure_keys() -> frozenset[str]:
    return frozenset(_figure_given_names())


def _given_key(given: str, known: frozenset[str]) -> str:
    return _base_key(given.split(" ")[0], known, word_key)


def _base_key(word: str, known: set[str] | frozenset[str], key: Callable[[str], str]) -> str:
    """The key of a name read in its base form when a case ending hides it («Путину», «Лаврова»
    after «Лавров», «Владимира»): the first base form (inflections.tsv) whose key is known, a public
    figure's or one the document writes as it is; else the key of the name as written («Захарова»
    stays hers when the document names no «Захаров»)."""
    as_written = key(word)
    for lang in inflecting_languages():
        for _, stem in suffix_forms(word, lang):
            if key(stem) != as_written and key(stem) in known:
                return key(stem)
    return as_written


@cache
def _figure_given_names() -> dict[str, frozenset[str]]:
    """The surname keys of the public figures (people.tsv), each with its bearers' given-name keys:
    the first given name, or the second that stands for it (Recep Tayyip Erdogan, Tayyip Erdogan)."""
    found: dict[str, set[str]] = defaultdict(set)
    for row in all_rows("people"):
        words = row["name"].split()
        if len(words) >= 2:
            found[figure_surname_key(row)].add(word_key(words[0]))
        if len(words) >= 3:
            found[figure_surname_key(row)].add(word_key(words[1]))
    return {surname: frozenset(given) for surname, given in found.items()}


def figure_surname_key(row: dict[str, str]) -> str:
    """The surname key of a public figure of people.tsv (the form that alone names them, else the
    last word of the name): what ``person:<key>`` holds for them in every document; a Hebrew
    spelling takes the key other scripts give the figure when another reading of it does (לברוב)."""
    return key_as_known(_surname_form(row), _written_figure_keys())


def _surname_form(row: dict[str, str]) -> str:
    return row["alone"].strip() or row["name"].split()[-1]


@cache
def _written_figure_keys() -> frozenset[str]:
    """The keys of the public figures' surnames, each read as written."""
    return frozenset(name_key(_surname_form(row)) for row in all_rows("people"))
