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

import attrs
from rapidfuzz import fuzz

from factcmp.analysis import TextAnalysis
from factcmp.kinds import lexicons
from factcmp.kinds.actors.names import Name, person_keys
from factcmp.kinds.actors.roles import CLAUSE_GAP, Roles, gap
from factcmp.model import Mention
from factcmp.text.affixes import inflecting_languages, prefix_forms, suffix_forms
from factcmp.text.phrases import PhraseTable
from factcmp.text.words import Word
from factcmp.values import EntityValue

# Words that join a given name to a family name: بن سلمان, al-Assad, bin Laden.
_CONNECTORS = frozenset({"بن", "ابن", "bin", "ibn", "ben", "al", "el", "Al", "El", "abu", "Abu", "ابو"})
# A family name's last word that never stands alone: نصر الله, عبد الله.
_SURNAME_TAILS = frozenset({"الله"})
# Given names of two words whose first word is this one: عبد الفتاح, عبد الملك.
_COMPOUND_HEADS = frozenset({"عبد", "Abdel", "Abd", "Abdul"})
_MIN_FUZZY_LETTERS = 5
_MIN_GLUED_PREFIX = 4
_FUZZY_SCORE = 85.0
_TITLE_NAME_MIN_USES = 2
_MAX_ENGLISH_NAME_WORDS = 3
_CONFIDENCE = {"lexicon": 0.95, "given": 0.9, "title": 0.8, "recurrence": 0.85, "fuzzy": 0.7}


def _bare(word: Word) -> list[str]:
    return [rest for _, rest in prefix_forms(word.text, word.lang)]


def _is_name_word(word: Word, index: int, *blocked: set[int]) -> bool:
    if any(index in taken for taken in blocked) or len(word.text) < 2:
        return False
    if not word.uncased and not word.capitalized:
        return False
    stop = lexicons.not_names()
    return not any(form in stop for form in _bare(word)) and lexicons.demonym_of(word) is None


class _Found:
    """The names found so far in the words of a document, and the words they took."""

    def __init__(self, text: str, ws: list[Word], blocked: set[int], roles: Roles) -> None:
        self.text = text
        self.ws = ws
        self.blocked = blocked
        self.roles = roles
        self.taken: set[int] = set()
        self.names: list[Name] = []

    def free(self, index: int) -> bool:
        return 0 <= index < len(self.ws) and index not in self.blocked and index not in self.taken

    def joined(self, index: int) -> bool:
        """Whether word ``index`` and the next are written together, or with a hyphen, as a name's words are."""
        return index + 1 < len(self.ws) and gap(self.text, self.ws[index], self.ws[index + 1]) in ("", "-")

    def tail_after(self, index: int) -> bool:
        return self.joined(index) and self.ws[index + 1].text in _SURNAME_TAILS

    def add(self, first: int, last: int, start_cut: int, cue: str, given: str, surname_words: int = 1) -> None:
        """A name over words first..last; its surname is its last ``surname_words`` words."""
        # Clitics only ever sit on a name's first word.
        surname_first = last - surname_words + 1
        cut = start_cut if surname_first == first else 0
        rest = (word.text for word in self.ws[surname_first + 1 : last + 1])
        surname = " ".join([self.ws[surname_first].text[cut:], *rest])
        role, country = self.roles.of_name(first, last)
        self.names.append(
            Name(self.ws[first].start + start_cut, self.ws[last].end, first, last, surname, given, cue, role, country)
        )
        self.taken.update(range(first, last + 1))


def _public_figures(found: _Found, *, full: bool) -> None:
    """Public figures of the lexicon: full names (``full``) or surnames that suffice alone."""
    table, alone = lexicons.known_people()
    for match in table.scan(found.ws, found.text):
        if (match.key in alone) == full or not all(found.free(i) for i in range(match.first, match.last + 1)):
            continue
        count = match.last - match.first + 1
        surname_words = count if match.key in alone else _surname_length(found.ws, match.last, count)
        given = " ".join(w.text for w in found.ws[match.first : match.last - surname_words + 1])
        found.add(match.first, match.last, match.start - found.ws[match.first].start, "lexicon", given, surname_words)


def _given_names(found: _Found) -> None:
    """A given name followed by a name word (غاري كورن, محمد جواد ظريف)."""
    ws, index = found.ws, 0
    while index < len(ws):
        first = ws[index]
        given_names = lexicons.given_names(first.lang)
        last = _full_name_end(found, index, given_names)
        if last is None:
            index += 1
            continue
        cut = next(c for c, rest in prefix_forms(first.text, first.lang) if rest in given_names)
        surname_words = _surname_length(ws, last, last - index)
        given = " ".join([first.text[cut:]] + [w.text for w in ws[index + 1 : last - surname_words + 1]])
        found.add(index, last, cut, "given", given, surname_words)
        index = last + 1


def _full_name_end(found: _Found, index: int, given_names: frozenset[str]) -> int | None:
    ws = found.ws
    if not found.free(index) or not any(form in given_names for form in _bare(ws[index])):
        return None
    last = index
    if ws[index].text in _COMPOUND_HEADS and found.joined(index):
        last += 1  # عبد الفتاح: the given name is both words
    while found.joined(last) and ws[last + 1].text in given_names and not found.tail_after(last + 1):
        last += 1  # محمد جواد ظريف: more given names before the family name (but نصر of نصر الله)
    if found.joined(last) and ws[last + 1].text in _CONNECTORS:
        last += 1
    if not found.joined(last) or not _is_name_word(ws[last + 1], last + 1, found.blocked, found.taken):
        return None
    last += 1
    if found.tail_after(last) and found.free(last + 1):
        last += 1  # نصر الله: the family name goes on with الله
    return last


def _titled(found: _Found) -> None:
    """Names right after a title: used again in the text (Arabic, Persian, Hebrew: no capitals tell
    a name from a verb) or capitalized (English)."""
    ws, uses = found.ws, _word_uses(found.ws)
    table, _ = lexicons.titles()
    for match in table.scan(ws, found.text):
        index = match.last + 1
        if index < len(ws) and lexicons.demonym_of(ws[index]) is not None:
            index += 1
        if not found.free(index) or gap(found.text, ws[index - 1], ws[index]) not in CLAUSE_GAP:
            continue
        word = ws[index]
        if not _is_name_word(word, index, found.blocked, found.taken) or _modified(found, index):
            continue
        if word.uncased:
            if uses[word.text] >= _TITLE_NAME_MIN_USES and not word.text.startswith("ال"):
                found.add(index, index, 0, "title", "")
        else:
            last = index
            while (
                last - index < _MAX_ENGLISH_NAME_WORDS - 1
                and found.joined(last)
                and _is_name_word(ws[last + 1], last + 1, found.blocked, found.taken)
            ):
                last += 1
            found.add(index, last, 0, "title", " ".join(w.text for w in ws[index:last]))


def _modified(found: _Found, index: int) -> bool:
    """A noun with an adjective of nationality after it (رژیم صهیونیستی) is no name."""
    return found.joined(index) and lexicons.demonym_of(found.ws[index + 1]) is not None


def _word_uses(ws: Sequence[Word]) -> dict[str, int]:
    uses: dict[str, int] = defaultdict(int)
    for word in ws:
        for form in set(_bare(word)):
            uses[form] += 1
    return uses


def _recurrences(found: _Found) -> None:
    """Later (and earlier) uses of a surname already seen, and close spelling variants."""
    surnames = {name.surname for name in found.names}
    if not surnames:
        return
    for match in PhraseTable(frozenset(surnames)).scan(found.ws, found.text):
        indices = range(match.first, match.last + 1)
        if all(found.free(i) for i in indices) and _is_name_word(found.ws[match.first], match.first, found.blocked):
            cut = match.start - found.ws[match.first].start
            found.add(match.first, match.last, cut, "recurrence", "", match.last - match.first + 1)
    long_surnames = [s for s in surnames if len(s) >= _MIN_FUZZY_LETTERS and " " not in s]
    for index, word in enumerate(found.ws):
        if found.free(index) and _is_name_word(word, index, found.blocked, found.taken):
            _fuzzy(found, index, word, long_surnames)


def _fuzzy(found: _Found, index: int, word: Word, surnames: Sequence[str]) -> None:
    if len(word.text) < _MIN_FUZZY_LETTERS:
        return
    for surname in surnames:
        if surname[0] == word.text[0] and fuzz.ratio(surname, word.text) >= _FUZZY_SCORE:
            before = len(found.names)
            found.add(index, index, 0, "fuzzy", "")
            found.names[before] = attrs.evolve(found.names[before], surname=surname)
            return


def _unglue(found: _Found) -> None:
    """A surname run into the next word (پوتینبرچسب) is cut back to a surname seen alone."""
    surnames = {name.surname for name in found.names if name.first == name.last}
    for position, name in enumerate(found.names):
        for known in surnames:
            if name.surname != known and name.surname.startswith(known) and len(known) >= _MIN_GLUED_PREFIX:
                if _case_form_of(name.surname, known):
                    break  # «Эрдоганом» is «Эрдоган» in another case, not a name run into a word
                last_start = found.ws[name.last].start
                found.names[position] = attrs.evolve(name, surname=known, end=last_start + len(known))
                break


def _case_form_of(word: str, base: str) -> bool:
    return any(stem == base for lang in inflecting_languages() for _, stem in suffix_forms(word, lang))


def _surname_length(ws: Sequence[Word], last: int, at_most: int) -> int:
    """How many of a name's last words are its family name: two for نصر الله, one otherwise."""
    return 2 if at_most >= 2 and ws[last].text in _SURNAME_TAILS else 1


def find_people(
    analysis: TextAnalysis, ws: list[Word], blocked: set[int], place_country: dict[int, str]
) -> list[Mention]:
    """People of a document; ``blocked`` words belong to places and organizations, and
    ``place_country`` gives the country of the place a word names."""
    text = analysis.folded.text
    found = _Found(text, ws, blocked, Roles(text, ws, blocked, place_country))
    _public_figures(found, full=True)
    _given_names(found)  # before lone surnames: Hafez al-Assad is not the public figure Assad
    _public_figures(found, full=False)
    _titled(found)
    _recurrences(found)
    _unglue(found)
    names = found.names
    full_names: dict[str, str] = {}
    keys = person_keys(names)
    for name, key in zip(names, keys, strict=True):
        if name.given:
            full_names.setdefault(key, analysis.folded.original_text(name.start, name.end))
    mentions = []
    for name, key in zip(names, keys, strict=True):
        surface = analysis.folded.original_text(name.start, name.end)
        value = EntityValue(key=key, name=full_names.get(key, surface), country=name.country, role=name.role)
        mentions.append(analysis.mention("person", name.start, name.end, value, confidence=_CONFIDENCE[name.cue]))
    return mentions
