"""The word lists the place and actor engines share, folded once, all languages together.

One engine serves every language factcmp reads, so a list is the union of their
files: after folding their entries do not collide in ways that matter (a Persian title never
spells an Arabic preposition), and a sentence in one language quoting a name in another still
matches.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache, lru_cache

from factcmp.analysis import TextAnalysis
from factcmp.lexicon import load_table, load_words
from factcmp.text.affixes import prefix_forms
from factcmp.text.lang import LANGUAGES
from factcmp.text.normalize import fold
from factcmp.text.phrases import PhraseTable
from factcmp.text.words import Word, name_words, name_words_where

# Between an outlet word and the outlet's name: spaces and quotation marks only.
_QUOTED_GAP = re.compile(r"[\s\"'“”«»‹›„‟‘’`]*")


def all_rows(name: str) -> Iterator[dict[str, str]]:
    """The rows of a table in every language, language after language."""
    return (row for lang in LANGUAGES for row in load_table(lang, name))


@cache
def folded_words(name: str) -> frozenset[str]:
    return frozenset(fold(entry) for lang in LANGUAGES for entry in load_words(lang, name))


@cache
def words_as_written(name: str) -> frozenset[str]:
    """A list's entries in every language exactly as written: for what folding would blur."""
    return frozenset(entry for lang in LANGUAGES for entry in load_words(lang, name))


@cache
def phrases(name: str, langs: tuple[str, ...] = LANGUAGES) -> tuple[tuple[str, ...], ...]:
    """Multi-word entries of a list as word tuples, longest first."""
    entries = {tuple(fold(entry).split()) for lang in langs for entry in load_words(lang, name)}
    return tuple(sorted(entries, key=len, reverse=True))


@cache
def given_names(lang: str) -> frozenset[str]:
    """Given names as a language writes them, less those that are also function words once
    folded (علي = على). Per language: Persian امیر is a name, Arabic أمير mostly a title."""
    return folded_words_of(lang, "given_names") - folded_words("not_names")


@cache
def given_names_as_written() -> frozenset[str]:
    """The given names folding makes function words, as their languages write them: Persian «علی»
    (with its own yeh) is a name in any sentence, though folded it is Arabic «على»; a word written
    as a function word is written so in not_names and is never one of these."""
    stop = words_as_written("not_names")
    return frozenset(
        entry
        for lang in LANGUAGES
        for entry in load_words(lang, "given_names")
        if fold(entry) in folded_words("not_names") and entry not in stop
    )


@cache
def function_word_names() -> frozenset[str]:
    """The given names of ``given_names_as_written`` folded: the words worth a look at how they are written."""
    return frozenset(fold(name) for name in given_names_as_written())


@cache
def given_names_after_title(lang: str) -> frozenset[str]:
    """Given names that are also common words (نجم, امید): names only right after a title."""
    return folded_words_of(lang, "given_names_after_title")


def not_names() -> frozenset[str]:
    return folded_words("not_names")


@cache
def name_stops() -> frozenset[str]:
    """Words that never start or go on a person's name: not_names, and the words of titles, outlet
    words, institutions and facilities («لوكالة» after «قال أحمد حسن» is «to the agency», no
    surname; Nasser Hospital), less the words that are also given names (باسم of «المتحدث باسم»)."""
    cue_words = {word for phrase in phrases("media_cues") for word in phrase} | facility_words()
    cue_words.update(word for form in (*titles()[1], *institutions()[1]) for word in form.split(" "))
    names = frozenset().union(*(folded_words_of(lang, "given_names") for lang in LANGUAGES))
    return not_names() | frozenset(cue_words - names)


@cache
def facility_words() -> frozenset[str]:
    """Words naming a facility called after a person (مستشفى, Hospital): the heads of named sites."""
    return frozenset(fold(row["word"]) for lang in LANGUAGES for row in load_table(lang, "sites"))


@cache
def speech_verbs() -> frozenset[str]:
    """As written, lower case: a capitalized «Said» is a given name."""
    return folded_words("speech_verbs")


@cache
def family_name_endings(lang: str) -> tuple[str, ...]:
    """As written: folded, the nisba «ي» would be the hamza of «الطوارئ» too."""
    return load_words(lang, "family_name_endings")


@cache
def common_noun_endings(lang: str) -> tuple[str, ...]:
    return tuple(folded_words_of(lang, "common_noun_endings"))


@cache
def demonyms() -> dict[str, str]:
    """Folded demonym form -> ISO country code."""
    return {fold(row["form"]).lower(): row["country"] for row in all_rows("demonyms")}


@cache  # asked of every place found: not a new set each time
def demonym_forms() -> frozenset[str]:
    return frozenset(demonyms())


def demonym_of(word: Word) -> str | None:
    """The country a word names as an adjective or a people (الروسي, وللروس, Russian), if any."""
    return _demonym_of(word.text, word.lang)


@lru_cache(maxsize=1 << 16)
def _demonym_of(text: str, lang: str) -> str | None:
    # by the word's text: every word of a text is asked, and most recur
    table = demonyms()
    for rest in lower_forms(text, lang):
        country = table.get(rest)
        if country is not None:
            return country
    return None


@lru_cache(maxsize=1 << 16)
def lower_forms(text: str, lang: str) -> tuple[str, ...]:
    """The word's clitic forms (``prefix_forms``) in lower case, worked out once per word."""
    return tuple(rest.lower() for _, rest in prefix_forms(text, lang))


def _is_demonym(text: str, lang: str) -> bool:
    return _demonym_of(text, lang) is not None


def demonyms_in(analysis: TextAnalysis) -> list[tuple[int, int, str]]:
    """(folded start, folded end, country) of every demonym in the text."""
    ws = name_words(analysis)
    found = []
    for index in name_words_where(analysis, _is_demonym):
        word = ws[index]
        country = _demonym_of(word.text, word.lang)
        if country is not None:
            found.append((word.start, word.end, country))
    return found


def _phrase_ends_at(ws: Sequence[Word], last: int, phrase: tuple[str, ...]) -> bool:
    first = last - len(phrase) + 1
    if first < 0:
        return False
    for offset, part in enumerate(phrase):
        word = ws[first + offset]
        forms = lower_forms(word.text, word.lang) if offset == 0 else (word.text.lower(),)
        if part.lower() not in forms:
            return False
    return True


@cache
def _by_last_word(name: str, langs: tuple[str, ...] = LANGUAGES) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases of a list grouped by their last word, lower-cased: what a word may end."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases(name, langs):
        grouped.setdefault(phrase[-1].lower(), []).append(phrase)
    return {last: tuple(group) for last, group in grouped.items()}


def _cue_before(ws: Sequence[Word], index: int, text: str, cues: dict[str, tuple[tuple[str, ...], ...]]) -> bool:
    if index == 0:
        return False
    previous = ws[index - 1]
    forms = lower_forms(previous.text, previous.lang)
    if cues.keys().isdisjoint(forms):
        return False  # most words end no cue: a quick no
    candidates = [phrase for form in forms for phrase in cues.get(form, ())]
    if not candidates or not _QUOTED_GAP.fullmatch(text, previous.end, ws[index].start):
        return False
    return any(_phrase_ends_at(ws, index - 1, phrase) for phrase in candidates)


def is_media_cue_before(ws: Sequence[Word], index: int, text: str) -> bool:
    """Whether word ``index`` follows an outlet word (صحيفة, خبرگزاری, newspaper), quotes allowed."""
    return _cue_before(ws, index, text, _by_last_word("media_cues"))


def _may_end_a_cue(cues: str, text: str, lang: str) -> bool:
    """Whether a word may be the last of a cue of any language (a sentence is read in one of them):
    a quick no for most words, before its own language's are looked up."""
    return not _by_last_word(cues).keys().isdisjoint(lower_forms(text, lang))


def may_end_media_cue(text: str, lang: str) -> bool:
    """Whether a word may be the last of an outlet word."""
    return _may_end_a_cue("media_cues", text, lang)


def _may_end_place_cue(text: str, lang: str) -> bool:
    return _may_end_a_cue("place_cues", text, lang)


def words_after(analysis: TextAnalysis, holds: Callable[[str, str], bool]) -> list[int]:
    """Indices, ascending, of the name words that follow one whose text and language ``holds``."""
    count = len(name_words(analysis))
    return [index + 1 for index in name_words_where(analysis, holds) if index + 1 < count]


def after_place_cue(analysis: TextAnalysis) -> list[int]:
    """Indices of name words that follow a place word of their sentence's language (بلدة, روستای,
    the town of): per language, because Persian شهر (city) is Arabic شهر (month). A place word
    after a demonstrative (این شهر, هذه المدينة: this city) names no place, it points back to one."""
    text = analysis.folded.text
    ws = name_words(analysis)
    found = []
    for index in words_after(analysis, _may_end_place_cue):
        lang = analysis.lang_at(analysis.original_span(ws[index].start, ws[index].end).start)
        if _cue_before(ws, index, text, _by_last_word("place_cues", (lang,))) and not (
            index >= 2 and ws[index - 2].text.lower() in demonstratives(lang)
        ):
            found.append(index)
    return found


@cache
def demonstratives(lang: str) -> frozenset[str]:
    """This, these (هذا, این): the claim markers of that role."""
    return frozenset(
        fold(row["marker"]).lower() for row in load_table(lang, "claim_markers") if row["role"] == "demonstrative"
    )


@cache
def verb_prefixes(lang: str) -> tuple[str, ...]:
    """Prefixes that make a verb (Persian می, نمی), as written."""
    return tuple(load_words(lang, "verb_prefixes"))


def preceded_by_preposition(ws: Sequence[Word], index: int) -> bool:
    return index > 0 and ws[index - 1].text in folded_words_of("ar", "prepositions")


@cache
def folded_words_of(lang: str, name: str) -> frozenset[str]:
    return frozenset(fold(entry) for entry in load_words(lang, name))


def _phrase(text: str) -> str:
    return " ".join(fold(text).replace("-", " ").split())


@cache
def titles() -> tuple[PhraseTable, dict[str, str]]:
    """Titles and roles (الرئيس, نخست وزیر, Prime Minister) -> English role."""
    roles = {_phrase(row["form"]): row["role"] for row in all_rows("titles")}
    return PhraseTable(frozenset(roles)), roles


@cache
def known_orgs() -> tuple[PhraseTable, dict[str, tuple[str, str]]]:
    """Known organizations: folded form -> (id, country)."""
    table = {_phrase(row["form"]): (row["id"], row["country"]) for row in all_rows("orgs")}
    return PhraseTable(frozenset(table)), table


@cache
def institutions() -> tuple[PhraseTable, dict[str, str]]:
    """Institutions every country has (وزارة الدفاع, ارتش, Defense Ministry) -> concept."""
    table = {_phrase(row["form"]): row["concept"] for row in all_rows("org_heads")}
    return PhraseTable(frozenset(table)), table


@cache
def town_homographs() -> frozenset[str]:
    """Arabic-script names of cities that are common words (دوشنبه, كيف, وادی), folded."""
    return frozenset(fold(row["word"]) for row in load_table("common", "town_homographs"))


@cache
def region_countries() -> frozenset[str]:
    """Countries whose towns Arabic and Persian news report on (lexicon/common)."""
    return frozenset(load_words("common", "region_countries"))


@cache
def known_people() -> tuple[PhraseTable, frozenset[str]]:
    """Public figures' full names, with the first given name left out of a three-word one (Tayyip
    Erdogan, Javad Zarif), and the surname forms that alone name them (نصر الله)."""
    written = [row["name"].split() for row in all_rows("people")]
    full = {_phrase(" ".join(words)) for words in written}
    full |= {_phrase(" ".join(words[1:])) for words in written if len(words) >= 3}
    alone = {_phrase(row["alone"]) for row in all_rows("people") if row["alone"].strip()}
    return PhraseTable(frozenset(full | alone)), frozenset(alone)


@cache
def person_words() -> frozenset[str]:
    """Given names and the surnames of public figures: words that name people."""
    table, _ = known_people()
    words = {word for name in table.keys for word in name.split(" ")[1:]}
    return frozenset().union(*(given_names(lang) for lang in LANGUAGES)) | words
