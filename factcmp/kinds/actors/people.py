"""People in a document: full names, surnames alone, titles and roles, and their keys.

Cues, strongest first: a public figure of the lexicon (full name, or surname alone when the
lexicon says the surname suffices); a given name followed by a name word (غاري كورن); a
title followed by a word that the document uses as a name more than once (الرئيس بوتين …
بوتين) or, in English, by capitalized words. Then every later use of a surname already seen
is the same person, with the spelling variants rapidfuzz finds close enough.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import cache

import attrs
from rapidfuzz import fuzz

from factcmp.analysis import TextAnalysis
from factcmp.kinds import lexicons
from factcmp.kinds.name_tokens import PhraseTable, Word, prefix_forms
from factcmp.lexicon import load_table
from factcmp.model import Mention
from factcmp.text.lang import LANGUAGES
from factcmp.text.translit import name_key, word_key
from factcmp.values import EntityValue

# Words that join a given name to a family name: بن سلمان, al-Assad, bin Laden.
_CONNECTORS = frozenset({"بن", "ابن", "bin", "ibn", "ben", "al", "el", "Al", "El", "abu", "Abu", "ابو"})
# A family name's last word that never stands alone: نصر الله, عبد الله.
_SURNAME_TAILS = frozenset({"الله"})
# Given names of two words whose first word is this one: عبد الفتاح, عبد الملك.
_COMPOUND_HEADS = frozenset({"عبد", "Abdel", "Abd", "Abdul"})
_CLAUSE_GAP = frozenset({"", "،", ",", "(", "«", "“", "”", '"', ":"})
_MIN_FUZZY_LETTERS = 5
_MIN_GLUED_PREFIX = 4
_MAX_WORDS_TITLE_TO_NAME = 4
_FUZZY_SCORE = 85.0
_TITLE_NAME_MIN_USES = 2
_MAX_ENGLISH_NAME_WORDS = 3
_CONFIDENCE = {"lexicon": 0.95, "given": 0.9, "title": 0.8, "recurrence": 0.85, "fuzzy": 0.7}


@attrs.frozen
class Name:
    start: int  # folded offsets, clitics left out
    end: int
    first: int  # word indices
    last: int
    surname: str  # folded surname, clitics left out
    given: str  # folded given name(s), "" when the text gives none
    cue: str  # key of _CONFIDENCE
    role: str | None = None
    country: str | None = None


def _bare(word: Word) -> list[str]:
    return [rest for _, rest in prefix_forms(word.text, word.lang)]


def _is_name_word(word: Word, index: int, *blocked: set[int]) -> bool:
    if any(index in taken for taken in blocked) or len(word.text) < 2:
        return False
    if not word.arabic and not word.capitalized:
        return False
    stop = lexicons.not_names()
    return not any(form in stop for form in _bare(word)) and lexicons.demonym_of(word) is None


def _gap(text: str, left: Word, right: Word) -> str:
    return text[left.end : right.start].strip()


class _Finder:
    def __init__(
        self, analysis: TextAnalysis, ws: list[Word], blocked: set[int], place_country: dict[int, str]
    ) -> None:
        self.place_country = place_country
        self.analysis = analysis
        self.text = analysis.folded.text
        self.ws = ws
        self.blocked = blocked
        self.taken: set[int] = set()
        self.names: list[Name] = []

    def _free(self, index: int) -> bool:
        return 0 <= index < len(self.ws) and index not in self.blocked and index not in self.taken

    def _add(self, first: int, last: int, start_cut: int, cue: str, given: str, surname_words: int = 1) -> None:
        """A name over words first..last; its surname is its last ``surname_words`` words."""
        # Clitics only ever sit on a name's first word.
        surname_first = last - surname_words + 1
        cut = start_cut if surname_first == first else 0
        rest = (word.text for word in self.ws[surname_first + 1 : last + 1])
        surname = " ".join([self.ws[surname_first].text[cut:], *rest])
        role, country = self._role_before(first)
        if role is None:
            role, country = self._role_after(last)
        self.names.append(
            Name(self.ws[first].start + start_cut, self.ws[last].end, first, last, surname, given, cue, role, country)
        )
        self.taken.update(range(first, last + 1))

    def _role_before(self, first: int) -> tuple[str | None, str | None]:
        """The title just before a name, over a demonym, a place or an organization between them
        (الرئيس الروسي، ...; المتحدث باسم الكرملين ...; وزير خارجية روسيا ...)."""
        table, roles = lexicons.titles()
        index, country = first - 1, None
        if index < 0 or _gap(self.text, self.ws[index], self.ws[first]) not in _CLAUSE_GAP:
            return None, None
        country = lexicons.demonym_of(self.ws[index]) or self.place_country.get(index)
        skipped = 0
        while (
            index >= 0
            and skipped < _MAX_WORDS_TITLE_TO_NAME
            and (index in self.blocked or lexicons.demonym_of(self.ws[index]) is not None)
        ):
            index, skipped = index - 1, skipped + 1
        for start in range(max(0, index - 3), index + 1):
            match = table.match_at(self.ws, start, self.text)
            if match is not None and match.last == index:
                return roles[match.key], country or self._country_before(start)
        return None, None

    def _country_before(self, title_start: int) -> str | None:
        """A demonym or place just before a title, as English writes it (Russian President ...)."""
        index = title_start - 1
        if index < 0 or _gap(self.text, self.ws[index], self.ws[title_start]) not in _CLAUSE_GAP:
            return None
        return lexicons.demonym_of(self.ws[index]) or self.place_country.get(index)

    def _role_after(self, last: int) -> tuple[str | None, str | None]:
        """A title in apposition after a name (ولادیمیر پوتین، رئیس جمهوری روسیه)."""
        table, roles = lexicons.titles()
        index = last + 1
        if index >= len(self.ws) or _gap(self.text, self.ws[last], self.ws[index]) not in ("،", ","):
            return None, None
        match = table.match_at(self.ws, index, self.text)
        if match is None:
            return None, None
        after = match.last + 1
        country = None
        if after < len(self.ws):
            country = lexicons.demonym_of(self.ws[after]) or self.place_country.get(after)
        return roles[match.key], country

    def public_figures(self, *, full: bool) -> None:
        """Public figures of the lexicon: full names (``full``) or surnames that suffice alone."""
        table, alone = lexicons.known_people()
        for match in table.scan(self.ws, self.text):
            if (match.key in alone) == full or not all(self._free(i) for i in range(match.first, match.last + 1)):
                continue
            count = match.last - match.first + 1
            surname_words = count if match.key in alone else _surname_length(self.ws, match.last, count)
            given = " ".join(w.text for w in self.ws[match.first : match.last - surname_words + 1])
            self._add(
                match.first, match.last, match.start - self.ws[match.first].start, "lexicon", given, surname_words
            )

    def given_names(self) -> None:
        index = 0
        while index < len(self.ws):
            first = self.ws[index]
            given_names = lexicons.given_names(first.lang)
            last = self._full_name_end(index, given_names)
            if last is None:
                index += 1
                continue
            cut = next(c for c, rest in prefix_forms(first.text, first.lang) if rest in given_names)
            surname_words = _surname_length(self.ws, last, last - index)
            given = " ".join([first.text[cut:]] + [w.text for w in self.ws[index + 1 : last - surname_words + 1]])
            self._add(index, last, cut, "given", given, surname_words)
            index = last + 1

    def _full_name_end(self, index: int, given_names: frozenset[str]) -> int | None:
        if not self._free(index) or not any(form in given_names for form in _bare(self.ws[index])):
            return None
        last = index
        if self.ws[index].text in _COMPOUND_HEADS and self._joined(index):
            last += 1  # عبد الفتاح: the given name is both words
        while self._joined(last) and self.ws[last + 1].text in given_names and not self._tail_after(last + 1):
            last += 1  # محمد جواد ظريف: more given names before the family name (but نصر of نصر الله)
        if self._joined(last) and self.ws[last + 1].text in _CONNECTORS:
            last += 1
        if not self._joined(last) or not _is_name_word(self.ws[last + 1], last + 1, self.blocked, self.taken):
            return None
        last += 1
        if self._tail_after(last) and self._free(last + 1):
            last += 1  # نصر الله: the family name goes on with الله
        return last

    def _tail_after(self, index: int) -> bool:
        return self._joined(index) and self.ws[index + 1].text in _SURNAME_TAILS

    def _joined(self, index: int) -> bool:
        return index + 1 < len(self.ws) and _gap(self.text, self.ws[index], self.ws[index + 1]) in ("", "-")

    def titled(self) -> None:
        """Names right after a title: used again in the text (Arabic, Persian) or capitalized (English)."""
        uses = self._word_uses()
        table, _ = lexicons.titles()
        for match in table.scan(self.ws, self.text):
            index = match.last + 1
            if index < len(self.ws) and lexicons.demonym_of(self.ws[index]) is not None:
                index += 1
            if not self._free(index) or _gap(self.text, self.ws[index - 1], self.ws[index]) not in _CLAUSE_GAP:
                continue
            word = self.ws[index]
            if not _is_name_word(word, index, self.blocked, self.taken) or self._modified(index):
                continue
            if word.arabic:
                if uses[word.text] >= _TITLE_NAME_MIN_USES and not word.text.startswith("ال"):
                    self._add(index, index, 0, "title", "")
            else:
                last = index
                while (
                    last - index < _MAX_ENGLISH_NAME_WORDS - 1
                    and self._joined(last)
                    and _is_name_word(self.ws[last + 1], last + 1, self.blocked, self.taken)
                ):
                    last += 1
                given = " ".join(w.text for w in self.ws[index:last])
                self._add(index, last, 0, "title", given)

    def _modified(self, index: int) -> bool:
        """A noun with an adjective of nationality after it (رژیم صهیونیستی) is no name."""
        return self._joined(index) and lexicons.demonym_of(self.ws[index + 1]) is not None

    def _word_uses(self) -> dict[str, int]:
        uses: dict[str, int] = defaultdict(int)
        for word in self.ws:
            for form in set(_bare(word)):
                uses[form] += 1
        return uses

    def recurrences(self) -> None:
        """Later (and earlier) uses of a surname already seen, and close spelling variants."""
        surnames = {name.surname for name in self.names}
        if not surnames:
            return
        table = PhraseTable(frozenset(surnames))
        for match in table.scan(self.ws, self.text):
            indices = range(match.first, match.last + 1)
            if all(self._free(i) for i in indices) and _is_name_word(self.ws[match.first], match.first, self.blocked):
                self._add(
                    match.first,
                    match.last,
                    match.start - self.ws[match.first].start,
                    "recurrence",
                    "",
                    match.last - match.first + 1,
                )
        long_surnames = [s for s in surnames if len(s) >= _MIN_FUZZY_LETTERS and " " not in s]
        for index, word in enumerate(self.ws):
            if self._free(index) and _is_name_word(word, index, self.blocked, self.taken):
                self._fuzzy(index, word, long_surnames)

    def unglue(self) -> None:
        """A surname run into the next word (پوتینبرچسب) is cut back to a surname seen alone."""
        surnames = {name.surname for name in self.names if name.first == name.last}
        for position, name in enumerate(self.names):
            for known in surnames:
                if name.surname != known and name.surname.startswith(known) and len(known) >= _MIN_GLUED_PREFIX:
                    last_start = self.ws[name.last].start
                    self.names[position] = attrs.evolve(name, surname=known, end=last_start + len(known))
                    break

    def _fuzzy(self, index: int, word: Word, surnames: Sequence[str]) -> None:
        if len(word.text) < _MIN_FUZZY_LETTERS:
            return
        for surname in surnames:
            if surname[0] == word.text[0] and fuzz.ratio(surname, word.text) >= _FUZZY_SCORE:
                before = len(self.names)
                self._add(index, index, 0, "fuzzy", "")
                self.names[before] = attrs.evolve(self.names[before], surname=surname)
                return


def _surname_length(ws: Sequence[Word], last: int, at_most: int) -> int:
    """How many of a name's last words are its family name: two for نصر الله, one otherwise."""
    return 2 if at_most >= 2 and ws[last].text in _SURNAME_TAILS else 1


def _keys(names: Sequence[Name]) -> list[str]:
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
    for lang in LANGUAGES:
        for row in load_table(lang, "people"):
            words = row["name"].split()
            if len(words) >= 2:
                found[name_key(row["alone"].strip() or words[-1])].add(word_key(words[0]))
    return {surname: frozenset(given) for surname, given in found.items()}


def find_people(
    analysis: TextAnalysis, ws: list[Word], blocked: set[int], place_country: dict[int, str]
) -> list[Mention]:
    """People of a document; ``blocked`` words belong to places and organizations, and
    ``place_country`` gives the country of the place a word names."""
    finder = _Finder(analysis, ws, blocked, place_country)
    finder.public_figures(full=True)
    finder.given_names()  # before lone surnames: Hafez al-Assad is not the public figure Assad
    finder.public_figures(full=False)
    finder.titled()
    finder.recurrences()
    finder.unglue()
    names = finder.names
    full_names: dict[str, str] = {}
    keys = _keys(names)
    for name, key in zip(names, keys, strict=True):
        if name.given:
            full_names.setdefault(key, analysis.folded.original_text(name.start, name.end))
    mentions = []
    for name, key in zip(names, keys, strict=True):
        surface = analysis.folded.original_text(name.start, name.end)
        value = EntityValue(key=key, name=full_names.get(key, surface), country=name.country, role=name.role)
        mentions.append(analysis.mention("person", name.start, name.end, value, confidence=_CONFIDENCE[name.cue]))
    return mentions
