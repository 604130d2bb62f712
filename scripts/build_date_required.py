#!/usr/bin/env python3
"""Build factcmp/data/date_required.json: for the date grammar of every language, the strings
each rule cannot match without (factcmp.kinds.dates.grammar.literals), filed under a digest of
the rule's pattern. Reading them parses every rule's regex again, which a process should not pay
for at its start.

Usage: python scripts/build_date_required.py [--check]

Run it whenever a date lexicon or rule changes: ``--check`` fails when the shipped file is stale
(a test runs it). A stale file never loses a date: a rule it does not know runs unpruned.
"""

from __future__ import annotations

import argparse
import json
import re
import sys

from shipped_file import write_or_check

from factcmp.kinds.dates.grammar.literals import REQUIRED_FILE, required_strings, rule_key
from factcmp.kinds.dates.grammar.reading import grammar
from factcmp.kinds.dates.grammar.triggers import trigger_words
from factcmp.text.lang import LANGUAGES


def required_tables() -> dict[str, dict[str, list[str]]]:
    """Per language, each rule's required strings (sorted) by rule_key; rules with none left out."""
    tables: dict[str, dict[str, list[str]]] = {}
    for lang in LANGUAGES:
        table = {}
        for pattern, flags, _, needs in grammar(lang).specs:
            strings = required_strings(re.compile(pattern, flags), trigger_words(lang, needs))
            if strings is not None:
                table[rule_key(pattern, flags)] = sorted(strings)
        tables[lang] = dict(sorted(table.items()))
    return tables


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the shipped file is stale")
    args = parser.parse_args()
    tables = required_tables()
    text = json.dumps(tables, ensure_ascii=False, indent=0, sort_keys=True) + "\n"
    return write_or_check(
        REQUIRED_FILE,
        text,
        check=args.check,
        rebuild="python scripts/build_date_required.py",
        summary=f"{sum(map(len, tables.values()))} rules",
    )


if __name__ == "__main__":
    sys.exit(main())
