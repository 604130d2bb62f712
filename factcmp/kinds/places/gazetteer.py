"""The shipped gazetteer: loading and lookup by name.

Built by scripts/build_gazetteer.py from GeoNames and CLDR (factcmp/data/gazetteer.tsv.gz);
its name index, which every lookup needs, is prebuilt from that file by
scripts/build_gazetteer_index.py into factcmp/data/gazetteer.index: folding and indexing some
34,000 rows of names took most of a cold start-up. Loading needs neither script's
dependencies. Every name in the scripts the engines read (Arabic script, Latin, Cyrillic,
Hebrew) is a key of the index, folded as the text engines match; names that are common words
in a language (lexicon ``not_places``) never become keys.

The index file is a marshal-encoded dict (marshal: only plain strings, numbers and containers,
nothing to execute on loading): ``format``, ``rows`` and one entry per script, each the zlib
of a marshal blob, decoded on first use so that an Arabic text never pays for the Latin names.
"""

from __future__ import annotations

import marshal
import re
import zlib
from functools import cache, lru_cache
from importlib import resources

import attrs

from factcmp import collector
from factcmp.text.normalize import fold

INDEX_FILE = "gazetteer.index"
# Raised whenever the layout of the index file changes, so that a stale file fails to load.
INDEX_FORMAT = 2
SCRIPTS = ("arab", "latn", "cyrl", "hebr")
_SEPARATORS = re.compile(r"[\s\-‐‑–—_.,'’`]+")


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

    index: dict[str, tuple[str, ...]]  # name key -> place ids
    # The first words of the names of two words or more, one word short of the name or more (جسر
    # and جسر الشغور of جسر الشغور الجديد): a name is looked for over the next word only while
    # the words so far are one of these, as most words that may start a name go on with no name.
    leads: frozenset[str]
    max_words: int
    cued: dict[str, tuple[str, ...]]  # town names that are common words: matched after a place word only


@attrs.frozen(eq=False)
class Gazetteer:
    # place id -> its columns after the id (name, country, feature, population, lat, lon) joined
    # by tabs: one string per place loads several times faster than a list; a Place is made
    # when a lookup needs it
    rows: dict[str, str]
    encoded: dict[str, bytes]  # script -> its name index as stored in the index file
    built: dict[str, NameIndex] = attrs.field(factory=dict)  # script -> its names, decoded on first use

    def names(self, key: str) -> NameIndex:
        """The name index of the script a key is written in."""
        script = _script_of(key)
        if script not in self.built:
            with collector.paused():
                index, leads, max_words, cued = marshal.loads(zlib.decompress(self.encoded[script]))
            self.built[script] = NameIndex(index=index, leads=leads, max_words=max_words, cued=cued)
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
    name, country, feature, population, lat, lon = gazetteer.rows[gid].split("\t")
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


@cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process."""
    raw = resources.files("factcmp").joinpath("data").joinpath(INDEX_FILE).read_bytes()
    stored = marshal.loads(raw)
    if stored.get("format") != INDEX_FORMAT:
        raise RuntimeError(f"{INDEX_FILE} is of another format: run scripts/build_gazetteer_index.py")
    with collector.paused():
        rows = marshal.loads(zlib.decompress(stored["rows"]))
    return Gazetteer(rows=rows, encoded={script: stored[script] for script in SCRIPTS})
