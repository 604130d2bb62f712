from __future__ import annotations

import pytest

from factcmp.analysis import analyze
from factcmp.lexicon import languages, load_table
from factcmp.model import Document
from factcmp.text.affixes import (
    CONJUNCTION,
    CUT_FROM,
    LIKE,
    PREPOSITION,
    ROLES,
    affixes,
    ends_in_like,
    lexicon_stems,
    number_clitics,
    prefix_forms,
    suffix_forms,
)
from factcmp.text.normalize import fold
from factcmp.text.phrases import PhraseLexicon
from factcmp.text.words import ANY_LANG, name_words, text_words, words

ROWS = [
    {"trigger": "اجتماع*", "type": "meeting"},
    {"trigger": "غارة", "type": "strike"},
    {"trigger": "ضربة جوية", "type": "strike"},
    {"trigger": "حمل* … المسؤولية", "type": "blame"},
    {"trigger": "air strike*", "type": "strike"},
    {"trigger": "strike", "type": "strike-short"},
]
LEXICON = PhraseLexicon(ROWS, "trigger")


def _found(text: str) -> list[tuple[str, str, str]]:
    folded = fold(text)
    text_words = words(folded)
    return [(folded[m.start : m.end], m.entry.data["type"], m.proclitic) for m in LEXICON.find_all(text_words)]


def test_proclitics_are_stripped_and_prefixes_match_endings() -> None:
    assert _found("وبالاجتماعات") == [(fold("وبالاجتماعات"), "meeting", "وبال")]
    assert _found("والغارة") == [(fold("والغارة"), "strike", "وال")]


def test_multiword_entries_and_gaps() -> None:
    assert _found("نفذ ضربة جوية") == [(fold("ضربة جوية"), "strike", "")]
    assert _found("وحمّلت موسكو تل أبيب المسؤولية") == [(fold("وحمّلت موسكو تل أبيب المسؤولية"), "blame", "و")]
    # more than four words between the two parts is no longer one phrase
    assert _found("حملت موسكو أمس في بيان رسمي طويل المسؤولية") == []


def test_longest_entry_wins() -> None:
    assert _found("an air strikes hit") == [("air strikes", "strike", "")]
    assert _found("a strike") == [("strike", "strike-short", "")]


def test_words_are_not_cut_inside() -> None:
    assert _found("غاراتهم") == []  # غارة is listed without *, so its other forms are not it
    assert _found("استراتيجية") == []


# One rule set per language (lexicon/<lang>/clitics.tsv, endings.tsv), read by every engine.


def test_lexicon_words_lose_whole_prefixes_article_and_future_included() -> None:
    # longest prefix first
    assert lexicon_stems(fold("وبالعراق")) == (fold("وبالعراق"), fold("عراق"), fold("العراق"), fold("بالعراق"))
    assert lexicon_stems(fold("للقدس")) == (fold("للقدس"), fold("قدس"), fold("لقدس"))
    assert lexicon_stems(fold("وسيعقد")) == (fold("وسيعقد"), fold("يعقد"), fold("سيعقد"))
    # «like» alone is not cut from lexicon words: too many words start with ک
    assert lexicon_stems(fold("كغارة")) == (fold("كغارة"),)
    assert lexicon_stems("Strike") == ("strike",)


def test_names_lose_a_conjunction_then_one_preposition() -> None:
    assert prefix_forms(fold("وبالعراق"), "ar") == ((0, fold("وبالعراق")), (1, fold("بالعراق")), (2, fold("العراق")))
    assert prefix_forms(fold("بدمشق"), "ar") == ((0, fold("بدمشق")), (1, fold("دمشق")))
    # the article stays with the name, and لل gives it back
    assert prefix_forms(fold("للقدس"), "ar") == ((0, fold("للقدس")), (1, fold("القدس")))
    assert prefix_forms(fold("وللقدس"), "ar") == ((0, fold("وللقدس")), (1, fold("للقدس")), (2, fold("القدس")))
    # a name keeps three letters
    assert prefix_forms(fold("ولد"), "ar") == ((0, fold("ولد")),)


def test_like_is_cut_but_marked_for_the_callers_condition() -> None:
    assert prefix_forms(fold("كسوريا"), "ar") == ((0, fold("كسوريا")), (1, fold("سوريا")))
    assert prefix_forms(fold("كورونا"), "ar") == ((0, fold("كورونا")), (1, fold("ورونا")))
    assert ends_in_like(fold("ك"), "ar")
    assert ends_in_like(fold("وك"), "ar")
    assert not ends_in_like(fold("ب"), "ar")


def test_persian_names_lose_endings_not_prefixes() -> None:
    assert prefix_forms(fold("باران"), "fa") == ((0, fold("باران")),)
    assert suffix_forms(fold("سوریه\u200cی"), "fa") == ((0, fold("سوریه\u200cی")), (1, fold("سوریه")))
    assert suffix_forms(fold("مسکوی"), "fa") == ((0, fold("مسکوی")), (1, fold("مسکو")))
    # the plural, and the yeh after its alef
    assert suffix_forms(fold("شهرهای"), "fa") == ((0, fold("شهرهای")), (3, fold("شهر")), (1, fold("شهرها")))
    assert suffix_forms(fold("کابلی"), "fa") == ((0, fold("کابلی")),)  # yeh after a consonant: not an ending
    assert suffix_forms(fold("سوریهی"), "ar") == ((0, fold("سوریهی")),)


def test_a_language_without_lexicons_writes_no_affix() -> None:
    assert prefix_forms(fold("وبالعراق"), "ru") == ((0, fold("وبالعراق")),)
    assert suffix_forms(fold("شهرها"), "ru") == ((0, fold("شهرها")),)


def test_number_clitics_say_what_they_hold() -> None:
    clitics = {clitic.prefix: (clitic.conjunction, clitic.article) for clitic in number_clitics("ar")}
    assert clitics[fold("وال")] == (True, True)
    assert clitics[fold("لل")] == (False, True)
    assert clitics[fold("ك")] == (False, False)
    assert fold("س") not in clitics  # the future particle goes on verbs only
    lengths = [len(clitic.prefix) for clitic in number_clitics("ar")]
    assert lengths == sorted(lengths, reverse=True)
    assert number_clitics("fa") == ()


def test_one_word_for_every_engine() -> None:
    (word,) = words("Airstrikes")
    assert (word.text, word.key, word.lang) == ("Airstrikes", "airstrikes", ANY_LANG)
    assert [w.text for w in words(fold("F16 والغارة"))] == ["F16", fold("والغارة")]


def test_name_words_are_the_letter_runs_of_the_text_words() -> None:
    analysis = analyze(Document(id="t", text='F16 والغارة الـ15 צה"ל x²', lang="ar"))
    assert [w.text for w in text_words(analysis)] == ["F16", fold("والغارة"), "ال15", 'צה"ל', "x²"]
    assert [w.text for w in name_words(analysis)] == ["F", fold("والغارة"), "ال", 'צה"ל', "x²"]
    assert {w.lang for w in name_words(analysis)} == {"ar"}


@pytest.mark.parametrize("lang", languages())
def test_every_clitic_and_ending_row_is_used(lang: str) -> None:
    rows = load_table(lang, "clitics")
    singles = {fold(row["prefix"]): row["role"] for row in rows if not row["parts"]}
    name_roles = {CONJUNCTION, PREPOSITION, LIKE}
    for row in rows:
        cut_from = set(row["cut_from"].split())
        assert cut_from <= set(CUT_FROM), row
        if not row["parts"]:
            assert row["role"] in ROLES, row
            assert cut_from or row["role"] in name_roles, f"{row}: no engine cuts it"
            continue
        parts = [fold(part) for part in row["parts"].split()]
        assert not row["role"] and all(part in singles for part in parts), row
        clitic = next(c for c in affixes(lang).clitics if c.prefix == fold(row["prefix"]))
        assert clitic.prefix == "".join(parts) or clitic.contracted, row
        assert cut_from or clitic in affixes(lang).article_contractions(), f"{row}: no engine cuts it"
    for ending in affixes(lang).endings:
        assert ending.ending and all(len(letter) == 1 for letter in ending.after), ending
