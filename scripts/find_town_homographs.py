#!/usr/bin/env python3
"""Nominate entries for factcmp/lexicon/common/town_homographs.tsv: Arabic-script names under
which the gazetteer matches a city outside the region, that are far more frequent as words in
Arabic or Persian (wordfreq) than the city's name is in English. «دوشنبه» is Monday in Persian
long before it is Dushanbe; «كيف» is «how» long before it is Kyiv.

The output is a list of candidates for review, not the lexicon: a city that Arabic news simply
names more often than English text does (نواكشوط) is nominated too and must be left out.

Usage: python scripts/find_town_homographs.py [--min-zipf 3.5] [--margin 1.0]
Needs the build-data extra (wordfreq).
"""

from __future__ import annotations

import argparse

from wordfreq import top_n_list, zipf_frequency

from factcmp.kinds import lexicons
from factcmp.kinds.places.gazetteer import load_gazetteer
from factcmp.text.normalize import fold

# Words of the frequency lists to read per language: far past any place name's rank.
_WORDS_PER_LANGUAGE = 200_000


def word_frequencies() -> dict[str, float]:
    """The highest Zipf frequency, in Arabic or Persian, of any word that folds to each key."""
    frequencies: dict[str, float] = {}
    for lang in ("ar", "fa"):
        for word in top_n_list(lang, _WORDS_PER_LANGUAGE):
            key = fold(word)
            frequencies[key] = max(frequencies.get(key, 0.0), zipf_frequency(word, lang))
    return frequencies


def candidates(min_zipf: float, margin: float) -> list[tuple[float, str, str, str]]:
    gazetteer = load_gazetteer()
    region = lexicons.region_countries()
    reviewed = lexicons.town_homographs()
    frequencies = word_frequencies()
    found = []
    arabic_script = gazetteer.names("ا")  # the index of the script an Arabic key is written in
    for key, ids in arabic_script.index.items():
        if " " in key or key in reviewed:
            continue
        places = [gazetteer.place(gid) for gid in ids]
        if not places or any(place.feature != "P" or place.country in region for place in places):
            continue
        as_word = frequencies.get(key, 0.0)
        as_city = max(zipf_frequency(place.name, "en") for place in places)
        if as_word >= min_zipf and as_word - as_city >= margin:
            found.append((as_word - as_city, key, places[0].name, places[0].country or ""))
    return sorted(found, reverse=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-zipf", type=float, default=3.5, help="how frequent the word must be")
    parser.add_argument("--margin", type=float, default=1.0, help="how much more frequent than the city")
    args = parser.parse_args()
    for margin, key, city, country in candidates(args.min_zipf, args.margin):
        print(f"{key}\t{city} ({country})\t+{margin:.2f}")


if __name__ == "__main__":
    main()
