#!/usr/bin/env python3
"""Build factcmp/data/gazetteer.index, the gazetteer's name index, from factcmp/data/gazetteer.tsv.gz
and the lexicons it depends on (every language's ``not_places``, the region's countries).

Usage: python scripts/build_gazetteer_index.py [--check]

Run it whenever the gazetteer, a ``not_places`` list, the region's countries or the folding of
text changes: ``--check`` fails when the shipped file is stale (a test runs it). The check
compares what the file holds, not its bytes, which marshal may lay out differently from one
Python version to the next. The layout is factcmp.kinds.places.gazetteer's docstring.

Which names are keys: all the names in a script's tags for places of the region and cities of
250,000 people or more; for a smaller city far away, its English name and the reviewed Arabic,
Persian, Russian and Hebrew ones (CLDR and the supplement), never GeoNames' untagged alternates.
"""

from __future__ import annotations

import argparse
import gzip
import marshal
import sys
import zlib
from pathlib import Path
from typing import Any

from factcmp.kinds.lexicons import region_countries
from factcmp.kinds.places.gazetteer import INDEX_FILE, INDEX_FORMAT, SCRIPTS, name_key
from factcmp.lexicon import load_table, load_words
from factcmp.text.lang import LANGUAGES
from factcmp.text.normalize import fold_char
from factcmp.text.phrases import leads_of

DATA = Path(__file__).resolve().parent.parent / "factcmp" / "data"
# Name tags whose names are matched: CLDR's and the supplement's per language, GeoNames' English
# name, and GeoNames' untagged alternates sorted by script (arab, latn, cyrl; its Hebrew ones are he).
INDEXED_TAGS = frozenset({"ar", "fa", "arab", "en", "latn", "ru", "cyrl", "he"})
# One- and two-letter names in the scripts that write no short vowels are prefixes and particles
# far more often than places.
MIN_ABJAD_NAME = 3
REVIEWED_TAGS = frozenset({"en", "ar", "fa", "ru", "he"})  # GeoNames' English name, CLDR and the supplement
SCRIPT_TAGS = {
    "arab": frozenset({"ar", "fa", "arab"}),
    "latn": frozenset({"en", "latn"}),
    "cyrl": frozenset({"ru", "cyrl"}),
    "hebr": frozenset({"he"}),
}
ABJAD_TAGS = (SCRIPT_TAGS["arab"], SCRIPT_TAGS["hebr"])
# Cities outside the region are matched under their foreign names only from this size on.
WORLD_CITY_POPULATION = 250_000
# Longer GeoNames names are descriptions ("King Khalid Military City"), not what news text writes.
MAX_NAME_WORDS = 5


def fold_table() -> dict[int, str]:
    """``fold`` as a translation table over the blocks gazetteer names use: one pass per cell."""
    blocks = [*range(0x00A0, 0x0100), *range(0x0400, 0x0700), *range(0x2000, 0x2070)]
    table = {code: fold_char(chr(code)) for code in blocks}
    return {code: folded for code, folded in table.items() if folded != chr(code)}


# fold() and the separators of names in one table: a names cell is translated in one call.
KEY_TABLE = {**fold_table(), **{ord(ch): " " for ch in "\t\n-‐‑–—_.,'’`"}}


def read_rows() -> list[list[str]]:
    """The gazetteer's rows, each its columns: id, name, country, feature, population, lat, lon, names."""
    text = gzip.decompress((DATA / "gazetteer.tsv.gz").read_bytes()).decode("utf-8")
    return [line.split("\t") for line in text.splitlines()[1:]]


def stop_keys() -> frozenset[str]:
    return frozenset(name_key(word) for lang in LANGUAGES for word in load_words(lang, "not_places"))


def country_stop_keys() -> frozenset[str]:
    """Country names that are common words (common/country_homographs.tsv): cued names only."""
    return frozenset(name_key(row["word"]) for row in load_table("common", "country_homographs"))


def indexed_tags(row: list[str], region: frozenset[str]) -> frozenset[str]:
    """Which of a place's names are matched (the module's docstring)."""
    _, _, country, feature, population = row[:5]
    if feature != "P" or country in region or int(population) >= WORLD_CITY_POPULATION:
        return INDEXED_TAGS
    return REVIEWED_TAGS


def index_names(
    index: dict[str, list[str]],
    row: list[str],
    stop: frozenset[str],
    country_stop: frozenset[str],
    cued: dict[str, list[str]],
    script_tags: frozenset[str],
) -> int:
    longest = 1
    gid, names_cell = row[0], row[7]
    tags = indexed_tags(row, region_countries()) & script_tags
    min_length = MIN_ABJAD_NAME if script_tags in ABJAD_TAGS else 1
    if row[3] != "P":
        stop = country_stop  # the common-word list is about town names, not countries or seas
    for group in names_cell.split(";"):
        tag, _, names = group.partition("=")
        if tag not in tags:
            continue
        if tag == "latn":
            # Untagged Latin alternates with diacritics (Téhéran, Moscú) are other languages' names.
            names = "|".join(name for name in names.split("|") if name.isascii())
        for key in names.translate(KEY_TABLE).lower().split("|"):
            if "  " in key or key[:1] == " " or key[-1:] == " ":
                key = " ".join(key.split())
            words = key.count(" ") + 1
            if len(key) < min_length:
                continue
            if key in stop:
                if gid not in cued.setdefault(key, []):
                    cued[key].append(gid)
                continue
            if words > MAX_NAME_WORDS:
                continue
            ids = index.setdefault(key, [])
            if gid not in ids:
                ids.append(gid)
            longest = max(longest, words)
            if words == 2:
                # تل‌آویو is written with a ZWNJ, a space or nothing between its parts; Albukamal
                # and Albu Kamal, Abukamal and Abu Kamal are one name.
                joined = key.replace(" ", "")
                if joined not in stop:
                    index.setdefault(joined, [])
                    if gid not in index[joined]:
                        index[joined].append(gid)
    return longest


def build_index(rows: list[list[str]], script_tags: frozenset[str]) -> tuple[Any, ...]:
    """One script's names as NameIndex's fields: index, leads, max_words, cued."""
    stop, country_stop = stop_keys(), country_stop_keys()
    index: dict[str, list[str]] = {}
    cued: dict[str, list[str]] = {}
    max_words = 1
    for row in rows:
        max_words = max(max_words, index_names(index, row, stop, country_stop, cued, script_tags))
    return (
        {key: tuple(ids) for key, ids in index.items()},
        leads_of(index),
        max_words,
        {key: tuple(ids) for key, ids in cued.items()},
    )


def build() -> dict[str, Any]:
    """What the index file holds, decoded: the format, the rows and each script's names."""
    rows = read_rows()
    data: dict[str, Any] = {"format": INDEX_FORMAT, "rows": {row[0]: "\t".join(row[1:7]) for row in rows}}
    for script in SCRIPTS:
        data[script] = build_index(rows, SCRIPT_TAGS[script])
    return data


def encode(data: dict[str, Any]) -> bytes:
    return marshal.dumps(
        {key: value if key == "format" else zlib.compress(marshal.dumps(value), 9) for key, value in data.items()}
    )


def decode(raw: bytes) -> dict[str, Any]:
    return {
        key: value if key == "format" else marshal.loads(zlib.decompress(value))
        for key, value in marshal.loads(raw).items()
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped file instead of writing")
    args = parser.parse_args(argv)
    data = build()
    target = DATA / INDEX_FILE
    if args.check:
        if not target.exists() or decode(target.read_bytes()) != data:
            print(f"{target} is stale: run python scripts/build_gazetteer_index.py", file=sys.stderr)
            return 1
        print(f"{target} is up to date")
        return 0
    target.write_bytes(encode(data))
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
