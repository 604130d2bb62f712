"""The shipped gazetteer (factcmp/data/gazetteer.tsv.gz): loading and lookup by name.

Built by scripts/build_gazetteer.py from GeoNames and CLDR; loading needs neither. The whole
file is folded at once (the same folding as the text engines match on), then every name in
the scripts the engines read (Arabic script, Latin) becomes a key of the index. Names that
are common words in a language (lexicon ``not_places``) never become keys.
"""

from __future__ import annotations

import gzip
import re
from functools import cache, lru_cache
from importlib import resources

import attrs

from factcmp.kinds.lexicons import region_countries
from factcmp.lexicon import load_table, load_words
from factcmp.text.lang import LANGUAGES
from factcmp.text.normalize import fold, fold_char

# Name tags whose names are matched: CLDR's and the supplement's per language, GeoNames' English
# name, and GeoNames' untagged alternates sorted by script (arab, latn, cyrl; its Hebrew ones are he).
_INDEXED_TAGS = frozenset({"ar", "fa", "arab", "en", "latn", "ru", "cyrl", "he"})
_SEPARATORS = re.compile(r"[\s\-‐‑–—_.,'’`]+")
# One- and two-letter names in the scripts that write no short vowels are prefixes and particles
# far more often than places.
_MIN_ABJAD_NAME = 3
_REVIEWED_TAGS = frozenset({"en", "ar", "fa", "ru", "he"})  # GeoNames' English name, CLDR and the supplement
_SCRIPT_TAGS = {
    "arab": frozenset({"ar", "fa", "arab"}),
    "latn": frozenset({"en", "latn"}),
    "cyrl": frozenset({"ru", "cyrl"}),
    "hebr": frozenset({"he"}),
}
_ABJAD_TAGS = (_SCRIPT_TAGS["arab"], _SCRIPT_TAGS["hebr"])
# Cities outside the region are matched under their foreign names only from this size on.
_WORLD_CITY_POPULATION = 250_000
# Longer GeoNames names are descriptions ("King Khalid Military City"), not what news text writes.
MAX_NAME_WORDS = 5


def _fold_table() -> dict[int, str]:
    """``fold`` as a translation table over the blocks gazetteer names use: one pass per cell."""
    blocks = [*range(0x00A0, 0x0100), *range(0x0400, 0x0700), *range(0x2000, 0x2070)]
    table = {code: fold_char(chr(code)) for code in blocks}
    return {code: folded for code, folded in table.items() if folded != chr(code)}


# fold() and the separators of names in one table: a names cell is translated in one call.
_KEY_TABLE = {**_fold_table(), **{ord(ch): " " for ch in "\t\n-‐‑–—_.,'’`"}}


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


@attrs.frozen
class NameIndex:
    """The names of one script: Arabic script (ar, fa and untagged GeoNames names), Latin, Cyrillic or Hebrew."""

    index: dict[str, list[str]]  # name key -> place ids
    starts: frozenset[str]  # first words of the names of two words or more
    max_words: int
    cued: dict[str, list[str]]  # town names that are common words: matched after a place word only


@attrs.frozen(eq=False)
class Gazetteer:
    rows: dict[str, list[str]]  # place id -> its columns; a Place is made when a lookup needs it
    built: dict[str, NameIndex] = attrs.field(factory=dict)  # script -> its names, built on first use

    def names(self, key: str) -> NameIndex:
        """The name index of the script a key is written in (built the first time it is needed:
        an Arabic text never pays for the Latin names)."""
        script = _script_of(key)
        if script not in self.built:
            self.built[script] = _build_index(self.rows, _SCRIPT_TAGS[script])
        return self.built[script]

    def place(self, gid: str) -> Place:
        return _place(self, gid)

    def lookup(self, key: str) -> tuple[Place, ...]:
        return tuple(_place(self, gid) for gid in self.names(key).index.get(key, ()))

    def cued_lookup(self, key: str) -> tuple[Place, ...]:
        return tuple(_place(self, gid) for gid in self.names(key).cued.get(key, ()))

    def __len__(self) -> int:
        return len(self.rows)


def _script_of(key: str) -> str:
    """The script of a key, by its first letter (compared as a character: this runs for every word)."""
    first = key[:1]
    if first < "\u0400":
        return "latn"
    if "\u0600" <= first <= "\u06ff":
        return "arab"
    if "\u0400" <= first <= "\u04ff":
        return "cyrl"
    if "\u05d0" <= first <= "\u05ea":
        return "hebr"
    return "latn"


@lru_cache(maxsize=1 << 14)
def _place(gazetteer: Gazetteer, gid: str) -> Place:
    gid, name, country, feature, population, lat, lon, _ = gazetteer.rows[gid]
    return Place(
        gid=gid,
        name=name,
        country=country or None,
        feature=feature,
        population=int(population or 0),
        lat=_float(lat),
        lon=_float(lon),
    )


def _float(cell: str) -> float | None:
    return float(cell) if cell else None


def _stop_keys() -> frozenset[str]:
    return frozenset(name_key(word) for lang in LANGUAGES for word in load_words(lang, "not_places"))


def _country_stop_keys() -> frozenset[str]:
    return frozenset(name_key(row["word"]) for row in load_table("common", "country_homographs"))


def _indexed_tags(row: list[str], region: frozenset[str]) -> frozenset[str]:
    """Which of a place's names are matched: all for places of the region and large cities; for a
    smaller city far away, its English name and the reviewed Arabic and Persian ones (the
    supplement's «جنيف», «ژنو»), never GeoNames' untagged alternates."""
    _, _, country, feature, population = row[:5]
    if feature != "P" or country in region or int(population) >= _WORLD_CITY_POPULATION:
        return _INDEXED_TAGS
    return _REVIEWED_TAGS


def _index_names(
    index: dict[str, list[str]],
    row: list[str],
    stop: frozenset[str],
    country_stop: frozenset[str],
    cued: dict[str, list[str]],
    script_tags: frozenset[str],
) -> int:
    longest = 1
    gid, names_cell = row[0], row[7]
    tags = _indexed_tags(row, region_countries()) & script_tags
    min_length = _MIN_ABJAD_NAME if script_tags in _ABJAD_TAGS else 1
    if row[3] != "P":
        stop = country_stop  # the common-word list is about town names, not countries or seas
    for group in names_cell.split(";"):
        tag, _, names = group.partition("=")
        if tag not in tags:
            continue
        if tag == "latn":
            # Untagged Latin alternates with diacritics (Téhéran, Moscú) are other languages' names.
            names = "|".join(name for name in names.split("|") if name.isascii())
        for key in names.translate(_KEY_TABLE).lower().split("|"):
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


@cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process."""
    raw = resources.files("factcmp").joinpath("data").joinpath("gazetteer.tsv.gz").read_bytes()
    text = gzip.decompress(raw).decode("utf-8")
    rows = {row[0]: row for row in (line.split("\t") for line in text.splitlines()[1:])}
    return Gazetteer(rows=rows)


def _build_index(rows: dict[str, list[str]], script_tags: frozenset[str]) -> NameIndex:
    stop, country_stop = _stop_keys(), _country_stop_keys()
    index: dict[str, list[str]] = {}
    cued: dict[str, list[str]] = {}
    max_words = 1
    for row in rows.values():
        max_words = max(max_words, _index_names(index, row, stop, country_stop, cued, script_tags))
    starts = frozenset(key.split(" ", 1)[0] for key in index if " " in key)
    return NameIndex(index=index, starts=starts, max_words=max_words, cued=cued)
