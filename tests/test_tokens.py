from __future__ import annotations

from factcmp.text.normalize import fold
from factcmp.text.phrases import PhraseLexicon
from factcmp.text.words import words

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
