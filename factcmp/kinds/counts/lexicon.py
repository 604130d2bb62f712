"""The lexicons counts are bound with, indexed for lookups in constant time per word.

count_predicates.tsv (what happened: قتل, کشته, killed), counted_nouns.tsv (what is counted:
عسكريا, نظامی, servicemen), units.tsv (km, ساعة, with the factor to the unit values give),
weighed_things.tsv (what makes Persian تن a weight), part_markers.txt (بينهم, including: a part of
the toll before), count_auxiliaries.txt (were, have been: between a number and its predicate) and
common/currency_subunits.tsv (the cent of a dollar: «20 دولار و43 سنت» is one amount).
A pattern word ending in ``*`` matches any word that starts with it; text words are tried with
and without their Arabic proclitics (factcmp.text.words.Word.stems), so lexicons list bare forms.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

import attrs

from factcmp.lexicon import entry_key, load_table, load_words
from factcmp.text.lang import lexicon_language
from factcmp.text.words import Word


@attrs.frozen
class Entry:
    words: tuple[str, ...]
    data: dict[str, str] = attrs.field(eq=False, hash=False)


@attrs.frozen
class Hit:
    first: int  # index of the first and last text words matched
    last: int
    entry: Entry


def _matches(pattern: str, word: Word) -> bool:
    if pattern.endswith("*"):
        return any(stem.startswith(pattern[:-1]) for stem in word.stems)
    return pattern in word.stems


@attrs.frozen(eq=False)
class PhraseIndex:
    """Entries indexed by their first pattern word: exact words, and prefixes (``word*``) by length."""

    exact: dict[str, tuple[Entry, ...]]
    prefixes: dict[str, tuple[Entry, ...]]
    prefix_lengths: tuple[int, ...]

    def starts(self, words: Sequence[Word]) -> list[int]:
        """The indices of the words an entry may start at: the few ``match_at`` need be asked at."""
        return [index for index, word in enumerate(words) if _candidates(self, word.stems)]

    def match_at(self, words: Sequence[Word], index: int) -> Hit | None:
        """The longest entry matching from ``words[index]``, if any."""
        best: Hit | None = None
        for entry in _candidates(self, words[index].stems):
            last = index + len(entry.words) - 1
            if last < len(words) and (best is None or last > best.last) and _rest_matches(entry.words, words, index):
                best = Hit(index, last, entry)
        return best


def _rest_matches(patterns: tuple[str, ...], words: Sequence[Word], index: int) -> bool:
    """Whether the words after ``words[index]`` match the patterns after the first: a plain loop, as
    most entries tried fail at their second word and a generator costs more to set up than that."""
    for offset in range(1, len(patterns)):  # noqa: SIM110 - all() over a generator: twice as slow here
        if not _matches(patterns[offset], words[index + offset]):
            return False
    return True


@lru_cache(maxsize=1 << 16)
def _candidates(index: PhraseIndex, stems: tuple[str, ...]) -> tuple[Entry, ...]:
    """The entries whose first pattern word a word matches, once per index and word: an index is
    asked at every word of a text, and most words recur."""
    found: list[Entry] = []
    for stem in stems:
        found.extend(index.exact.get(stem, ()))
        for length in index.prefix_lengths:
            if len(stem) >= length:
                found.extend(index.prefixes.get(stem[:length], ()))
    return tuple(found)


def phrase_index(rows: Sequence[dict[str, str]], column: str) -> PhraseIndex:
    exact: dict[str, list[Entry]] = {}
    prefixes: dict[str, list[Entry]] = {}
    for row in rows:
        words = tuple(entry_key(row[column]).split())
        if not words:
            continue
        entry = Entry(words, row)
        first = words[0]
        if first.endswith("*"):
            prefixes.setdefault(first[:-1], []).append(entry)
        else:
            exact.setdefault(first, []).append(entry)
    return PhraseIndex(
        exact={k: tuple(v) for k, v in exact.items()},
        prefixes={k: tuple(v) for k, v in prefixes.items()},
        prefix_lengths=tuple(sorted({len(k) for k in prefixes})),
    )


@cache
def predicates(lang: str) -> PhraseIndex:
    return phrase_index(load_table(lexicon_language(lang), "count_predicates"), "phrase")


@cache
def counted_nouns(lang: str) -> PhraseIndex:
    return phrase_index(load_table(lexicon_language(lang), "counted_nouns"), "noun")


@cache
def demonyms(lang: str) -> dict[str, str]:
    """Country adjectives (روسي, روس, Russian) to ISO country codes: the affiliation of what is counted."""
    return {entry_key(row["form"]): row["country"] for row in load_table(lexicon_language(lang), "demonyms")}


@cache
def national_groups() -> frozenset[str]:
    """What a count may count that is the people of one country (citizens): see the list's notes."""
    return frozenset(load_words("common", "national_groups"))


@cache
def units(lang: str) -> PhraseIndex:
    return phrase_index(load_table(lexicon_language(lang), "units"), "word")


def unit_factor(unit: Entry) -> float:
    """What one of a unit as written is in the unit values give (كغ: 1000 gram), 1 for most."""
    factor = unit.data.get("factor")
    return float(factor) if factor else 1.0


@cache
def weighed_things(lang: str) -> tuple[PhraseIndex, PhraseIndex]:
    """What makes a unit of context «weighed» (Persian تن) a weight: the things weighed after it
    (۲۰ تن گندم) and the words of weight before the number (به وزن ۲۰ تن)."""
    rows = load_table(lexicon_language(lang), "weighed_things")
    after = phrase_index([row for row in rows if row["position"] == "after"], "word")
    return after, phrase_index([row for row in rows if row["position"] == "before"], "word")


def _phrase_list(lang: str, name: str) -> PhraseIndex:
    """A lexicon that is a list of phrases, one a line, indexed for matching."""
    return phrase_index([{"phrase": phrase} for phrase in load_words(lexicon_language(lang), name)], "phrase")


@cache
def part_markers(lang: str) -> PhraseIndex:
    """Words that make a count a part of the toll before it: بينهم, از جمله, including."""
    return _phrase_list(lang, "part_markers")


@cache
def attributions(lang: str) -> frozenset[str]:
    """Words that say whose figure follows (according to, said, بحسب): claim_markers of role reported."""
    rows = load_table(lexicon_language(lang), "claim_markers")
    return frozenset(row["marker"].lower() for row in rows if row["role"] == "reported")


@cache
def part_openers(lang: str) -> PhraseIndex:
    """Words that open a number's clause and make its count a part of a toll: among, من بين, در میان."""
    return _phrase_list(lang, "part_openers")


@cache
def partitives(lang: str) -> PhraseIndex:
    """Words after a count that make it a part of a toll: من القتلى, از کشته‌شدگان, of the dead."""
    return phrase_index(load_table(lexicon_language(lang), "partitives"), "phrase")


@cache
def kin(lang: str) -> PhraseIndex:
    """Words for the kin of people (ذوي, families of the): a predicate after them names whose kin
    the counted are, not what befell the counted."""
    return _phrase_list(lang, "kin")


@cache
def auxiliaries(lang: str) -> frozenset[str]:
    """Auxiliaries between a counted phrase and its predicate after it (dozens were hurt)."""
    return frozenset(entry_key(word) for word in load_words(lexicon_language(lang), "count_auxiliaries"))


@cache
def people_count_types() -> frozenset[str]:
    """The count types only people undergo (KILL, WOUND, ARREST ...)."""
    return frozenset(load_words("common", "people_count_types"))


@cache
def things_counted() -> frozenset[str]:
    """The objects a count may count that are things (buildings), not people."""
    return frozenset(load_words("common", "things_counted"))


@cache
def subunits() -> dict[str, str]:
    """The hundredth of each currency that has one (USD: cent), written after an amount of it."""
    return {row["unit"]: row["subunit"] for row in load_table("common", "currency_subunits")}
