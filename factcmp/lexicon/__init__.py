"""Per-language lexicons: data files kept apart from the engines that read them.

Layout: ``factcmp/lexicon/<lang>/<name>.txt`` (one entry a line), ``<name>.tsv``
(tab-separated columns, the first line names them) or ``<name>.json``; ``common/`` holds
lists that belong to no one language. Blank lines and lines starting with ``#`` are
comments in .txt and .tsv files.

A language that inflects its words (Russian) lists each entry once, in its dictionary form, and
ships ``forms.tsv``: every inflected form of every lexicon entry, generated from a morphological
dictionary by ``scripts/build_forms.py``. Loading a word list or a table then yields each entry
in each of its forms (a table row once per form of its first column), so the engines that read
lexicons never see the difference.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from factcmp.text.normalize import fold

_COMMON = "common"
_FORMS = "forms"
# Tables that describe the words' structure, not words: never expanded into forms.
_STRUCTURAL = frozenset({"clitics", "endings", "inflections", _FORMS})


@cache
def languages() -> tuple[str, ...]:
    """The languages that have lexicons: a language is added by adding its directory."""
    found = (entry.name for entry in resources.files(__package__).iterdir() if entry.is_dir())
    return tuple(sorted(name for name in found if name != _COMMON and not name.startswith("_")))


def _read(lang: str, filename: str) -> str:
    path = resources.files(__package__).joinpath(lang).joinpath(filename)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FileNotFoundError(f"lexicon {lang}/{filename} is missing from the package") from None


def _content_lines(text: str) -> list[str]:
    lines = (line.rstrip("\n\r") for line in text.splitlines())
    return [line for line in lines if line.strip() and not line.lstrip().startswith("#")]


@cache
def inflected_forms(lang: str) -> dict[str, tuple[str, ...]]:
    """Entry (as written, and as ``entry_key`` gives it) -> its other forms, from ``<lang>/forms.tsv``;
    empty for a language that has none."""
    try:
        text = _read(lang, f"{_FORMS}.tsv")
    except FileNotFoundError:
        return {}
    _, *rows = _content_lines(text)
    table: dict[str, tuple[str, ...]] = {}
    for row in rows:
        entry, _, forms = row.partition("\t")
        listed = tuple(form.strip() for form in forms.split("|") if form.strip())
        # keyed as written (Президент, a place word, and президент, a title, decline apart) and,
        # for the first spelling, under the folded key as well
        table[_as_written(entry)] = listed
        table.setdefault(entry_key(entry), listed)
    return table


def _as_written(entry: str) -> str:
    return " ".join(entry.split())


def _forms_of(forms: dict[str, tuple[str, ...]], entry: str) -> tuple[str, ...]:
    return forms.get(_as_written(entry)) or forms.get(entry_key(entry), ())


def _in_all_forms(lang: str, name: str, entries: tuple[str, ...]) -> tuple[str, ...]:
    forms = inflected_forms(lang) if name not in _STRUCTURAL else {}
    if not forms:
        return entries
    own = {_as_written(entry) for entry in entries}
    generated = (form for entry in entries for form in _forms_of(forms, entry) if _as_written(form) not in own)
    return tuple(dict.fromkeys([*entries, *generated]))


@cache
def load_words(lang: str, name: str) -> tuple[str, ...]:
    """Entries of a one-column word list, in file order, each followed by its inflected forms."""
    entries = tuple(line.strip() for line in _content_lines(_read(lang, f"{name}.txt")))
    return _in_all_forms(lang, name, entries)


@cache
def load_table(lang: str, name: str) -> tuple[dict[str, str], ...]:
    """Rows of a tab-separated table as dicts keyed by the header's column names."""
    header, *rows = _content_lines(_read(lang, f"{name}.tsv"))
    columns = [column.strip() for column in header.split("\t")]
    table = []
    for number, row in enumerate(rows, start=2):
        cells = [cell.strip() for cell in row.split("\t")]
        if len(cells) > len(columns):
            raise ValueError(f"lexicon {lang}/{name}.tsv row {number}: {len(cells)} cells for {len(columns)} columns")
        table.append(dict(zip(columns, cells + [""] * (len(columns) - len(cells)), strict=True)))
    return _rows_in_all_forms(lang, name, columns[0], table)


def _rows_in_all_forms(lang: str, name: str, key: str, rows: list[dict[str, str]]) -> tuple[dict[str, str], ...]:
    forms = inflected_forms(lang) if name not in _STRUCTURAL else {}
    if not forms:
        return tuple(rows)
    # An entry the file lists in its own right keeps its own row: a generated form of another entry
    # («воскресенье» of «воскресение», «среду» of «среда») never stands in for it.
    own = {_as_written(row[key]) for row in rows}
    expanded = []
    for row in rows:
        expanded.append(row)
        expanded.extend({**row, key: form} for form in _forms_of(forms, row[key]) if _as_written(form) not in own)
    return tuple(expanded)


@cache
def load_json(lang: str, name: str) -> Any:
    return json.loads(_read(lang, f"{name}.json"))


def entry_key(text: str) -> str:
    """The form entries and text words are compared in: folded, lower-cased, spaces collapsed."""
    return " ".join(fold(text).lower().split())
