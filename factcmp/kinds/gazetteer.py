"""The shipped gazetteer (factcmp/data/gazetteer.tsv.gz): loading and lookup by name.

Built by scripts/build_gazetteer.py from GeoNames and CLDR; loading needs neither. The whole
file is folded at once (the same folding as the text engines match on), then every name in
the scripts the engines read (Arabic script, Latin) becomes a key of the index. Names that
are common words in a language (lexicon ``not_places``) never become keys.
"""

from __future__ import annotations

import gzip
import re
from functools import cache
from importlib import resources

import attrs

from factcmp.lexicon import load_words
from factcmp.text.normalize import fold, fold_char

# Name tags whose names can occur in Arabic, Persian or English text. Hebrew and Cyrillic
# names stay in the file (they are data for other uses) but are not indexed.
_INDEXED_TAGS = frozenset({"ar", "fa", "arab", "en", "latn"})
_SEPARATORS = re.compile(r"[\s\-‐‑–—_.,'’`]+")
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
# One- and two-letter Arabic-script names are prefixes and particles far more often than places.
_MIN_ARABIC_NAME = 3
_ENGLISH_ONLY = frozenset({"en"})
# Cities outside the region are matched under their foreign names only from this size on.
_WORLD_CITY_POPULATION = 250_000
LANGS = ("ar", "fa", "en")
# Longer GeoNames names are descriptions ("King Khalid Military City"), not what news text writes.
MAX_NAME_WORDS = 5


def _fold_table() -> dict[int, str]:
    """``fold`` as a translation table over the blocks gazetteer names use: one pass per cell."""
    blocks = [*range(0x00A0, 0x0100), *range(0x0600, 0x0700), *range(0x2000, 0x2070)]
    table = {code: fold_char(chr(code)) for code in blocks}
    return {code: folded for code, folded in table.items() if folded != chr(code)}


_FOLD_TABLE = _fold_table()


@attrs.frozen
class Place:
    gid: str  # GeoNames id, or S<n> for supplement entries
    name: str
    country: str | None
    feature: str
    population: int
    lat: float | None
    lon: float | None

    @property
    def geonameid(self) -> int | None:
        return int(self.gid) if self.gid.isdigit() else None

    @property
    def is_country(self) -> bool:
        return self.feature == "A" and self.gid.isdigit() and self.country is not None


def name_key(name: str) -> str:
    """The index form of a name: folded, lower-cased, separators as one space."""
    return _SEPARATORS.sub(" ", fold(name)).strip().lower()


@attrs.frozen(eq=False)
class Gazetteer:
    places: dict[str, Place]
    index: dict[str, tuple[str, ...]]  # name key -> place ids
    max_words: int
    starts: frozenset[str]  # first words of the names of two words or more
    cued: dict[str, tuple[str, ...]]  # town names that are common words: matched after a place word only

    def lookup(self, key: str) -> tuple[Place, ...]:
        return tuple(self.places[gid] for gid in self.index.get(key, ()))

    def cued_lookup(self, key: str) -> tuple[Place, ...]:
        return tuple(self.places[gid] for gid in self.cued.get(key, ()))

    def by_country(self, country: str) -> Place | None:
        return _countries(self).get(country)


@cache
def _countries(gazetteer: Gazetteer) -> dict[str, Place]:
    return {p.country: p for p in gazetteer.places.values() if p.is_country and p.country}


def _float(cell: str) -> float | None:
    return float(cell) if cell else None


@cache
def _region() -> frozenset[str]:
    return frozenset(load_words("common", "region_countries"))


def _stop_keys() -> frozenset[str]:
    return frozenset(name_key(word) for lang in LANGS for word in load_words(lang, "not_places"))


def _indexed_tags(place: Place, region: frozenset[str]) -> frozenset[str]:
    """Which of a place's names are matched: all for places of the region and large cities."""
    if place.feature != "P" or place.country in region or place.population >= _WORLD_CITY_POPULATION:
        return _INDEXED_TAGS
    return _ENGLISH_ONLY


def _index_names(index: dict[str, list[str]], place: Place, names_cell: str, stop: frozenset[str],
                 cued: dict[str, list[str]]) -> int:
    longest = 1
    gid = place.gid
    tags = _indexed_tags(place, _region())
    if place.feature != "P":
        stop = frozenset()  # the common-word list is about town names, not countries or seas
    for group in names_cell.split(";"):
        tag, _, names = group.partition("=")
        if tag not in tags:
            continue
        if not names.isascii():
            names = names.translate(_FOLD_TABLE)
        for name in names.split("|"):
            key = _SEPARATORS.sub(" ", name).strip().lower()
            words = key.count(" ") + 1
            if not key or (_ARABIC_LETTER.match(key) and len(key) < _MIN_ARABIC_NAME):
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
            if words == 2 and _ARABIC_LETTER.match(key):
                # تل‌آویو is written with a ZWNJ, a space or nothing between its parts.
                joined = key.replace(" ", "")
                if joined not in stop:
                    index.setdefault(joined, [])
                    if gid not in index[joined]:
                        index[joined].append(gid)
    return longest


@cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process."""
    raw = resources.files("factcmp").joinpath("data").joinpath("gazetteer.tsv.gz").read_bytes()
    text = gzip.decompress(raw).decode("utf-8")
    stop = _stop_keys()
    places: dict[str, Place] = {}
    index: dict[str, list[str]] = {}
    max_words = 1
    cued: dict[str, list[str]] = {}
    for line in text.splitlines()[1:]:
        gid, name, country, feature, population, lat, lon, names = line.split("\t")
        place = Place(gid=gid, name=name, country=country or None, feature=feature,
                      population=int(population or 0), lat=_float(lat), lon=_float(lon))
        places[gid] = place
        max_words = max(max_words, _index_names(index, place, names, stop, cued))
    starts = frozenset(key.split(" ", 1)[0] for key in index if " " in key)
    return Gazetteer(places=places, index={key: tuple(ids) for key, ids in index.items()}, max_words=max_words,
                     starts=starts, cued={key: tuple(ids) for key, ids in cued.items()})
