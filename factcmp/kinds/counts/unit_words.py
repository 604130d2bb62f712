"""Units said without a number: an Arabic dual that says its count (أونصتان, طنين: two of the
unit; ``count`` 2 in units.tsv) and a unit word that is all its sentence says (كغ as a caption,
a list item or an answer: one of it). In a sentence a bare singular unit names the unit, not an
amount («سعر الكيلوغرام»), and a unit word that is also a number word («ثانية») stays the number.
"""

from __future__ import annotations

import re
from functools import cache

from factcmp.analysis import TextAnalysis
from factcmp.kinds.counts import lexicon as count_lexicon
from factcmp.kinds.numbers.context import mention
from factcmp.kinds.numbers.lexicon import numeral_lexicon
from factcmp.kinds.numbers.tokens import tidy
from factcmp.lexicon import entry_key, load_table
from factcmp.model import Mention
from factcmp.text.lang import lexicon_language
from factcmp.text.words import name_words, name_words_where, words
from factcmp.values import QuantityValue

# Spans of time are the dates engine's, which reads a lone unit of time itself («شهر», «השנה»).
_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})
# One word between sentence ends, quotes and brackets aside: «كغ», "كيلوغرام."; the text's first
# sentence apart, so that the scan starts at a sentence end (a fast search for one character).
_WORD_ALONE = r"[ \t\"'«“(]*([^\W\d_]+)[ \t\"'»”)]*(?=[.!?؟\n]|\Z)"
_LONE_WORD = re.compile(rf"[.!?؟\n]{_WORD_ALONE}")
_FIRST_WORD = re.compile(_WORD_ALONE)


def unit_words(analysis: TextAnalysis) -> list[Mention]:
    """The quantities of units written without a number, in text order."""
    text = analysis.folded.text
    found: list[Mention] = []
    for start, end, count in sorted(_candidates(analysis)):
        lang = lexicon_language(analysis.lang_at(analysis.original_span(start, end).start))
        value = _amount(text, start, end, lang, count)
        if value is not None:
            found.append(mention(analysis, "quantity", start, end, value))
    return found


def _candidates(analysis: TextAnalysis) -> list[tuple[int, int, int]]:
    """(start, end, count) of the duals and of the words alone in their sentence."""
    text = analysis.folded.text
    alone = [_FIRST_WORD.match(text), *_LONE_WORD.finditer(text)]
    found = [(m.start(1), m.end(1), 1) for m in alone if m is not None]
    duals = _dual_words(lexicon_language(analysis.lang))
    if duals:
        ws = name_words(analysis)
        for index in name_words_where(analysis, lambda word, _: word in duals):
            found.append((ws[index].start + duals[ws[index].text], ws[index].end, 2))
    return found


def _amount(text: str, start: int, end: int, lang: str, count: int) -> QuantityValue | None:
    written = words(text, start, end)
    hit = count_lexicon.units(lang).match_at(written, 0) if written else None
    if hit is None or hit.last != len(written) - 1 or hit.entry.data.get("context"):
        return None  # not a unit, more than one, or one that needs its context (Persian تن)
    if hit.entry.data["unit"] in _TIME_UNITS:
        return None
    if int(hit.entry.data.get("count") or 1) != count:
        return None  # «دولارين» alone is a dual, read as such; «دولار» is no dual word
    if count == 1 and numeral_lexicon(lang).read_word(written[0].text) is not None:
        return None
    return QuantityValue(value=tidy(count * count_lexicon.unit_factor(hit.entry)), unit=hit.entry.data["unit"])


@cache
def _dual_words(lang: str) -> dict[str, int]:
    """Each dual of a unit as a word (دولارين, وبرميلين), with the length of the clitic before it:
    looked up among the text's distinct words, which the place and actor engines find anyway (a
    pattern over the text tried at nearly every letter). Of a clitic and none, the clitic is taken."""
    forms = [entry_key(row["word"]) for row in load_table(lang, "units") if row.get("count") == "2"]
    prefixes = [c.prefix for c in numeral_lexicon(lang).clitics if not c.article]
    found: dict[str, int] = {}
    for prefix in (*prefixes, ""):
        for form in forms:
            found.setdefault(prefix + form, len(prefix))
    return found
