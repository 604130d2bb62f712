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
from functools import lru_cache

import attrs
from rapidfuzz import fuzz

from factcmp.analysis import TextAnalysis
from factcmp.kinds import lexicons
from factcmp.kinds.actors.names import Name, person_keys
from factcmp.kinds.actors.roles import Roles, gap, title_gap
from factcmp.model import Mention
from factcmp.text.affixes import (
    article_of,
    inflecting_languages,
    prefix_forms,
    preposition_prefixes,
    suffix_forms,
)
from factcmp.text.phrases import PhraseTable, TableMatch
from factcmp.text.words import Word, name_word_counts, name_words, name_words_where
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
_MAX_TITLED_NAME_WORDS = 3
_MAX_SHORT_NAME = 3
_CONFIDENCE = {"lexicon": 0.95, "given": 0.9, "title": 0.8, "speaker": 0.8, "recurrence": 0.85, "fuzzy": 0.7}
# What may follow a quote's speaker named after the verb of saying: an apposition, the sentence's end.
_SPEAKER_END_GAPS = frozenset({",", ".", ";", "\n"})


@lru_cache(maxsize=1 << 16)
def _bare(text: str, lang: str) -> frozenset[str]:
    """A word's forms under its clitics, once per word: every word of a document is counted."""
    return frozenset(rest for _, rest in prefix_forms(text, lang))


def _is_name_word(word: Word, index: int, *blocked: set[int]) -> bool:
    return not any(index in taken for taken in blocked) and _may_be_name(word.text, word.lang)


@lru_cache(maxsize=1 << 16)
def _may_be_name(text: str, lang: str) -> bool:
    """What a word alone says of whether it may be a name's, once per word: the engine asks it of
    most words, several times."""
    word = Word(0, len(text), text, lang)
    if len(text) < 2 or (not word.uncased and not word.capitalized):
        return False
    stop = lexicons.name_stops()
    return not any(rest in stop for _, rest in prefix_forms(text, lang)) and lexicons.demonym_of(word) is None


@lru_cache(maxsize=1 << 16)
def _given_cut(text: str, lang: str, names: frozenset[str]) -> tuple[int | None, bool]:
    """What a word alone says of a given name at it, once per word and list of names: how many
    letters of clitics precede a name of ``names`` (None for no name), and whether a form of it
    is a name folding makes a function word (the text as written tells then)."""
    forms = prefix_forms(text, lang)
    for cut, rest in forms:
        if rest in names and not _short_after_preposition(text[:cut], rest):
            return cut, False
    return None, any(rest in lexicons.function_word_names() for _, rest in forms)


class _Found:
    """The names found so far in the words of a document, and the words they took."""

    def __init__(self, analysis: TextAnalysis, ws: list[Word], blocked: set[int], roles: Roles) -> None:
        self.analysis = analysis
        self.text = analysis.folded.text
        self.ws = ws
        self.blocked = blocked
        self.roles = roles
        self.taken: set[int] = set()
        self.names: list[Name] = []
        self._uses: dict[str, int] | None = None

    def uses(self, form: str) -> int:
        """How many words of the document are ``form`` under their clitics; counted once, when first
        asked: a document with no single uncased word after a title never counts."""
        if self._uses is None:
            self._uses = _word_uses(self.analysis)
        return self._uses.get(form, 0)

    def free(self, index: int) -> bool:
        return 0 <= index < len(self.ws) and index not in self.blocked and index not in self.taken

    def joined(self, index: int) -> bool:
        """Whether word ``index`` and the next are written together, or with a hyphen, as a name's words are."""
        return index + 1 < len(self.ws) and gap(self.text, self.ws[index], self.ws[index + 1]) in ("", "-")

    def given(self, index: int, names: frozenset[str]) -> int | None:
        """How many letters of clitics precede a given name at word ``index`` (names folded as in
        ``names``, or written as a name folding would make a function word: Persian «علی»), or None."""
        word = self.ws[index]
        cut, collides = _given_cut(word.text, word.lang, names)
        if cut is not None or not collides:
            return cut
        written = self.analysis.folded.original_text(word.start, word.end)
        as_written = lexicons.given_names_as_written()
        return next((c for c, rest in prefix_forms(written, word.lang) if rest in as_written), None)

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


def _public_figures(found: _Found, matches: list[TableMatch], *, full: bool) -> None:
    """Public figures of the lexicon (``matches`` of its table): full names (``full``) or surnames
    that suffice alone."""
    _, alone = lexicons.known_people()
    for match in matches:
        if (match.key in alone) == full or not all(found.free(i) for i in range(match.first, match.last + 1)):
            continue
        count = match.last - match.first + 1
        surname_words = count if match.key in alone else _surname_length(found.ws, match.last, count)
        given = " ".join(w.text for w in found.ws[match.first : match.last - surname_words + 1])
        found.add(match.first, match.last, match.start - found.ws[match.first].start, "lexicon", given, surname_words)


def _may_be_given_name(text: str, lang: str) -> bool:
    """Whether a word may hold a given name of its language (as folded, or as written): most do not."""
    return _given_cut(text, lang, lexicons.given_names(lang)) != (None, False)


def _given_names(found: _Found) -> None:
    """A given name followed by a name word (غاري كورن, محمد جواد ظريف)."""
    ws = found.ws
    after = 0  # the words of a name found are not looked at again
    for index in name_words_where(found.analysis, _may_be_given_name):
        if index < after:
            continue
        first = ws[index]
        given_names = lexicons.given_names(first.lang)
        cut = found.given(index, given_names) if found.free(index) else None
        last = None if cut is None else _full_name_end(found, index, given_names)
        if cut is None or last is None or _names_a_facility(found, index, last):
            continue
        surname_words = _surname_length(ws, last, last - index)
        given = " ".join([first.text[cut:]] + [w.text for w in ws[index + 1 : last - surname_words + 1]])
        found.add(index, last, cut, "given", given, surname_words)
        after = last + 1


def _short_after_preposition(prefix: str, rest: str) -> bool:
    """A short given name under a preposition is as often a common word (لجان «committees», not
    ل + جان; بعمر «at the age of»): such a word starts no name."""
    return len(rest) <= _MAX_SHORT_NAME and prefix in preposition_prefixes()


def _names_a_facility(found: _Found, first: int, last: int) -> bool:
    """Whether a facility word stands right before or after the name (مجمع ناصر الطبي, Kamal Adwan
    Hospital): the name is the facility's."""
    ws = found.ws
    before = first > 0 and gap(found.text, ws[first - 1], ws[first]) == "" and _facility(ws[first - 1])
    after = last + 1 < len(ws) and gap(found.text, ws[last], ws[last + 1]) == "" and _facility(ws[last + 1])
    return before or after


def _facility(word: Word) -> bool:
    return any(rest in lexicons.facility_words() for _, rest in prefix_forms(word.text, word.lang))


def _full_name_end(found: _Found, index: int, given_names: frozenset[str]) -> int | None:
    """The last word of the full name a given name at word ``index`` starts, if any."""
    ws = found.ws
    last = index
    if ws[index].text in _COMPOUND_HEADS and found.joined(index):
        last += 1  # عبد الفتاح: the given name is both words
    given_end = last
    while _another_given_name(found, last, given_names):
        last += 1  # محمد جواد ظريف: more given names before the family name (but نصر of نصر الله)
    surname_at = last + 2 if found.joined(last) and ws[last + 1].text in _CONNECTORS else last + 1
    if not found.joined(surname_at - 1) or not _is_name_word(ws[surname_at], surname_at, found.blocked, found.taken):
        # «Ahmad Hassan, 42», «قال محمد حسن إن»: the last of the given names is the family name
        return last if last > given_end and found.free(last) else None
    last = surname_at
    if found.tail_after(last) and found.free(last + 1):
        last += 1  # نصر الله: the family name goes on with الله
    elif _connected_name_after(found, last):
        last += 2  # Mohammed Shia al-Sudani: a middle name, then the family name
    elif _spoken_name_after(found, last):
        last += 1  # «اللواء أحمد ضيف صقر إن»: a father's name, then the family name
    return last


def _spoken_name_after(found: _Found, index: int) -> bool:
    """Whether one more name word follows word ``index`` and a word opening what was said follows it."""
    after = index + 1
    return (
        found.joined(index)
        and _is_name_word(found.ws[after], after, found.blocked, found.taken)
        and _speaker_end_after(found, after)
    )


def _connected_name_after(found: _Found, index: int) -> bool:
    """Whether a connector and a name word follow word ``index`` (… al-Sudani, … bin Salman)."""
    ws = found.ws
    return (
        found.joined(index)
        and ws[index + 1].text in _CONNECTORS
        and found.joined(index + 1)
        and _is_name_word(ws[index + 2], index + 2, found.blocked, found.taken)
    )


def _another_given_name(found: _Found, index: int, given_names: frozenset[str]) -> bool:
    """Whether a given name, unglued to any clitic, follows word ``index`` (and is no نصر of نصر الله)."""
    after = index + 1
    return (
        found.joined(index)
        and found.free(after)
        and found.given(after, given_names) == 0
        and not found.tail_after(after)
    )


def _titled(found: _Found, titles: Sequence[TableMatch]) -> None:
    """Names right after a title and what it heads (المتحدث باسم وزارة الصحة ...): capitalized
    words in English; in Arabic, Persian and Hebrew, where no capitals tell a name from a verb, a
    word the text uses again as a name, or a name of the shapes ``_uncased_name_end`` accepts."""
    ws = found.ws
    for match in titles:
        index = found.roles.name_start(match)
        if not found.free(index) or not title_gap(found.text, ws[index - 1], ws[index]):
            continue
        word = ws[index]
        if not _is_name_word(word, index, found.blocked, found.taken) or _modified(found, index):
            continue
        if not word.uncased:
            last = _cased_name_end(found, index)
            found.add(index, last, 0, "title", " ".join(w.text for w in ws[index:last]))
        elif _next_to_title(ws, match.last, index) and found.uses(word.text) >= _TITLE_NAME_MIN_USES:
            found.add(index, index, 0, "title", "")
        elif not _indefinite_title(found, match, index) and (end := _uncased_name_end(found, index)) is not None:
            found.add(index, end, 0, "title", " ".join(w.text for w in ws[index:end]))


def _appositions(found: _Found, titles: Sequence[TableMatch]) -> None:
    """Capitalized names a title follows in apposition, closed by a comma or the sentence's end
    ("Najm al-Jubouri, the governor of Nineveh, said"): two words at least, the title right after
    the comma (over an article and what it heads). Not in uncased scripts, where the words before a
    comma are as often a phrase of time or place (در نشست خبری، سخنگوی دولت ...)."""
    ws = found.ws
    for match in titles:
        comma = _apposition_comma(found, match.first)
        if comma is None or ws[comma].uncased or not _closed_after(found, match.last):
            continue
        first = comma
        while first > 0 and comma - first < _MAX_ENGLISH_NAME_WORDS - 1 and found.joined(first - 1):
            if not _is_name_word(ws[first - 1], first - 1, found.blocked, found.taken):
                break
            first -= 1
        if first < comma and _is_name_word(ws[first], first, found.blocked, found.taken):
            found.add(first, comma, 0, "title", " ".join(w.text for w in ws[first:comma]))


def _apposition_comma(found: _Found, title_first: int) -> int | None:
    """The word before the comma that opens an apposition ending in the title at ``title_first``."""
    index = title_first
    while index > 0 and gap(found.text, found.ws[index - 1], found.ws[index]) == "":
        if found.roles.lead_end(index - 1) < title_first:
            return None
        index -= 1
    if index == 0 or gap(found.text, found.ws[index - 1], found.ws[index]) not in (",", "،"):
        return None
    return index - 1 if found.free(index - 1) else None


def _closed_after(found: _Found, title_last: int) -> bool:
    """Whether the apposition a title ends closes there or after what the title heads (director
    of Kamal Adwan Hospital): a comma, the end."""
    end = _named_complement_end(found, found.roles.complement_end(title_last + 1))
    if end >= len(found.ws):
        return True
    return gap(found.text, found.ws[end - 1], found.ws[end]) in _SPEAKER_END_GAPS


def _named_complement_end(found: _Found, index: int) -> int:
    """Past a link and the capitalized words of what a title heads that no lexicon knows (of
    Kamal Adwan Hospital), from word ``index``; ``index`` itself when there are none."""
    ws, end = found.ws, index + 1
    if index >= len(ws) or ws[index].text.lower() not in lexicons.folded_words("title_links"):
        return index
    while end < len(ws) and end - index <= _MAX_ENGLISH_NAME_WORDS + 1 and ws[end].capitalized:
        if gap(found.text, ws[end - 1], ws[end]) not in ("", "-"):
            break
        end += 1
    return end if end > index + 1 else index


def _quote_speakers(found: _Found) -> None:
    """Capitalized names right after a verb of saying, up to a comma or the sentence's end
    ("...," said Hamdah Salhut, a resident): two words at least, so that "said Reuters" is none."""
    ws = found.ws
    for index in lexicons.words_after(found.analysis, _is_speech_verb):
        word = ws[index]
        if word.uncased or not found.joined(index - 1):
            continue
        if not found.free(index) or not _is_name_word(word, index, found.blocked, found.taken):
            continue
        last = _cased_name_end(found, index)
        ends = last + 1 == len(ws) or gap(found.text, ws[last], ws[last + 1]) in _SPEAKER_END_GAPS
        if last > index and ends and all(found.free(i) for i in range(index, last + 1)):
            found.add(index, last, 0, "speaker", " ".join(w.text for w in ws[index:last]))


def _indefinite_title(found: _Found, match: TableMatch, index: int) -> bool:
    """Whether the title is one word without the article right before word ``index`` (قائد عسكري
    كبير, مستشار حكومي بارز): what follows such a title is its adjective as often as a name, which
    comes after a definite title (القائد العسكري ...) or one heading a noun (قائد الجيش ...)."""
    title = found.ws[match.first]
    written = found.text[match.start : title.end]
    return match.first == match.last and index == match.last + 1 and not article_of(written, title.lang)


def _next_to_title(ws: Sequence[Word], title_last: int, index: int) -> bool:
    """Whether word ``index`` follows the title right away, or over a nationality only (الرئيس
    الروسي بوتين), and has no article: one word used again is a name only there, for what
    follows a title's organization or place (مشاور کرملین مساله را) is as often a noun."""
    between = ws[title_last + 1 : index]
    return (
        all(lexicons.demonym_of(word) is not None for word in between)
        and len(between) <= 1
        and not article_of(ws[index].text, ws[index].lang)
    )


def _cased_name_end(found: _Found, index: int) -> int:
    """The last of the capitalized words from ``index`` on, over a lower-case connector (Ashraf al-Qudra)."""
    ws, last = found.ws, index
    while last - index < _MAX_ENGLISH_NAME_WORDS - 1 and found.joined(last):
        step = 2 if ws[last + 1].text in _CONNECTORS and found.joined(last + 1) else 1
        if not _is_name_word(ws[last + step], last + step, found.blocked, found.taken):
            break
        last += step
    return last


def _uncased_name_end(found: _Found, index: int) -> int | None:
    """The last word of a name of two or three words the lexicons do not know, after a title: a
    given name that is also a common word and a family name (محافظ نينوى نجم الجبوري); a word of a
    foreign name's shape and a family name of its shape (العقيد سامر الحلبي); or words with no
    article nor a common noun's ending that a word opening what was said follows (المتحدث باسم
    البنتاغون جون كيربي إن)."""
    ws = found.ws
    run = [index]
    while (
        len(run) < _MAX_TITLED_NAME_WORDS
        and found.joined(run[-1])
        and _is_name_word(ws[run[-1] + 1], run[-1] + 1, found.blocked, found.taken)
    ):
        run.append(run[-1] + 1)
    if len(run) < 2 or article_of(ws[index].text, ws[index].lang):
        return None
    if ws[index].text in lexicons.given_names_after_title(ws[index].lang):
        return index + 1
    if _foreign_shaped(ws[index]) and _family_name(found, index + 1):
        return index + 1
    for last in reversed(run[1:]):
        if all(_foreign_shaped(ws[i]) for i in range(index, last + 1)) and _speaker_end_after(found, last):
            return last
    return None


def _family_name(found: _Found, index: int) -> bool:
    """A family name by its shape: the article and an ending of family names as written (الحلبي,
    الجبوري; not «حالة الطوارئ», whose hamza folds to the same yeh)."""
    word = found.ws[index]
    written = found.analysis.folded.original_text(word.start, word.end)
    return bool(article_of(word.text, word.lang)) and written.endswith(lexicons.family_name_endings(word.lang))


def _foreign_shaped(word: Word) -> bool:
    """No article and no ending of common nouns: «مرة أخرى» after a title is no foreign name."""
    return not article_of(word.text, word.lang) and not word.text.endswith(lexicons.common_noun_endings(word.lang))


def _speaker_end_after(found: _Found, last: int) -> bool:
    """Whether what follows word ``last`` opens what a speaker said: «إن», «گفت», a colon."""
    if last + 1 >= len(found.ws):
        return False
    between = gap(found.text, found.ws[last], found.ws[last + 1])
    return between == ":" or (between == "" and found.ws[last + 1].text in lexicons.folded_words("speaker_ends"))


def _modified(found: _Found, index: int) -> bool:
    """A noun with an adjective of nationality or direction after it (رژیم صهیونیستی, آذربایجان
    غربی), or the noun of a compound verb (شلیک کرده), is no name."""
    if not found.joined(index):
        return False
    after = found.ws[index + 1]
    return (
        lexicons.demonym_of(after) is not None
        or after.text in lexicons.folded_words("compass_adjectives")
        or after.text in lexicons.folded_words("light_verbs")
    )


def _is_speech_verb(text: str, lang: str) -> bool:
    return text in lexicons.speech_verbs()


def _word_uses(analysis: TextAnalysis) -> dict[str, int]:
    uses: dict[str, int] = defaultdict(int)
    for text, lang, count in name_word_counts(analysis):
        for form in _bare(text, lang):
            uses[form] += count
    return uses


def _recurrences(found: _Found) -> None:
    """Later (and earlier) uses of a surname already seen, and close spelling variants."""
    surnames = {name.surname for name in found.names}
    if not surnames:
        return
    for match in PhraseTable(frozenset(surnames)).scan(found.analysis):
        indices = range(match.first, match.last + 1)
        if all(found.free(i) for i in indices) and _is_name_word(found.ws[match.first], match.first, found.blocked):
            cut = match.start - found.ws[match.first].start
            found.add(match.first, match.last, cut, "recurrence", "", match.last - match.first + 1)
    long_surnames = [s for s in surnames if len(s) >= _MIN_FUZZY_LETTERS and " " not in s]
    by_initial: dict[str, list[str]] = {}  # in the order of long_surnames: the first close one wins
    for surname in long_surnames:
        by_initial.setdefault(surname[0], []).append(surname)
    variant_of: dict[str, str | None] = {}  # word -> the surname it spells

    def spells_a_surname(text: str, lang: str) -> bool:
        if len(text) < _MIN_FUZZY_LETTERS or not _may_be_name(text, lang):
            return False
        if text not in variant_of:
            variant_of[text] = _close_surname(text, by_initial.get(text[0], []))
        return variant_of[text] is not None

    for index in name_words_where(found.analysis, spells_a_surname):
        variant = variant_of[found.ws[index].text]
        if variant is not None and found.free(index):
            before = len(found.names)
            found.add(index, index, 0, "fuzzy", "")
            found.names[before] = attrs.evolve(found.names[before], surname=variant)


def _close_surname(word: str, surnames: Sequence[str]) -> str | None:
    """The first of ``surnames`` (all starting with the word's letter) close enough to be a variant spelling."""
    return next((surname for surname in surnames if fuzz.ratio(surname, word) >= _FUZZY_SCORE), None)


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


def find_people(analysis: TextAnalysis, blocked: set[int], place_country: dict[int, str]) -> list[Mention]:
    """People of a document; ``blocked`` name words belong to places and organizations, and
    ``place_country`` gives the country of the place a word names."""
    text, ws = analysis.folded.text, name_words(analysis)
    titles = lexicons.titles()[0].scan(analysis)
    roles = Roles(text, ws, blocked, place_country, {match.last: match for match in titles})
    found = _Found(analysis, ws, blocked, roles)
    figures = lexicons.known_people()[0].scan(analysis)  # the table is scanned once for both passes
    _public_figures(found, figures, full=True)
    _given_names(found)  # before lone surnames: Hafez al-Assad is not the public figure Assad
    _public_figures(found, figures, full=False)
    _titled(found, titles)
    _quote_speakers(found)
    _appositions(found, titles)
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
