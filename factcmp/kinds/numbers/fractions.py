"""Fractions of a whole: «ثلث السكان», a third of the population, «یک سوم جمعیت», «نیمی از مردم».

A fraction said of what follows it is a proportion, not an amount: a ``percent`` mention whose value
is the percentage (33.3333333333 for a third) and whose modifier is ``fraction`` (or the modifier
written before it: «نحو ثلث», nearly half of); ``measures`` names the whole when the lexicon knows
it. It is never a count of what the whole holds. A fraction of a scale is a number («نصف مليون»,
the reader's), of a unit a quantity or a duration («نصف ساعة», the dates engine's), and a fraction
word with the article is a part, not a proportion («النصف الأول»).

Lexicons: fractions.tsv (the phrases and their values), fraction_links.txt (the word that may stand
between the fraction and its whole: من, از, the), measured_things.tsv (what the whole is).
"""

from __future__ import annotations

import re
from fractions import Fraction
from functools import cache

from factcmp.analysis import TextAnalysis
from factcmp.kinds.counts import lexicon as count_lexicon
from factcmp.kinds.numbers.context import mention, modifier_before
from factcmp.kinds.numbers.lexicon import numeral_lexicon
from factcmp.kinds.numbers.tokens import tidy
from factcmp.lexicon import entry_key, load_table, load_words
from factcmp.model import Mention
from factcmp.text.lang import lexicon_language
from factcmp.text.words import Word, words
from factcmp.values import PercentValue

FRACTION_MODIFIER = "fraction"
_REACH = 40  # characters after a fraction read for its whole


def fractions_in(analysis: TextAnalysis) -> list[Mention]:
    """The proportions said as fractions of a whole, in text order."""
    text, lang = analysis.folded.text, lexicon_language(analysis.lang)
    lexicon = _fractions(lang)
    if lexicon is None:
        return []
    pattern, values = lexicon
    found = []
    for hit in pattern.finditer(text):
        value = _proportion(text, hit, values[_phrase_key(hit.group("phrase"))], lang)
        if value is not None:
            found.append(mention(analysis, "percent", *value))
    return found


def _proportion(text: str, hit: re.Match[str], fraction: Fraction, lang: str) -> tuple[int, int, PercentValue] | None:
    """The span (from a modifier before it to its whole) and value of a fraction, if a whole follows it."""
    start = hit.start("phrase")
    not_numbers = numeral_lexicon(lang).non_numbers
    if not_numbers is not None and not_numbers.match(text, start):
        return None  # «ربع النهائي»: a round of a contest
    after = words(text, hit.end(), min(len(text), hit.end() + _REACH))[:2]
    if after and after[0].key in _links(lang):
        after = after[1:]
    if not after or not _is_whole(after[0], lang):
        return None
    before = modifier_before(text, start, lang)
    value = PercentValue(
        value=tidy(float(fraction * 100)),
        modifier=before[0] if before else FRACTION_MODIFIER,
        measures=_measured(after[0], lang),
    )
    return (before[1] if before else start), after[0].end, value


def _is_whole(word: Word, lang: str) -> bool:
    """A noun a fraction may be of: letters, and no number, scale or unit (نصف مليون, نصف ساعة)."""
    if not word.text.isalpha() or numeral_lexicon(lang).read_word(word.text) is not None:
        return False
    return count_lexicon.units(lang).match_at([word], 0) is None


def _measured(word: Word, lang: str) -> str | None:
    labels = _measured_labels(lang)
    return next((labels[stem] for stem in word.stems if stem in labels), None)


@cache
def _measured_labels(lang: str) -> dict[str, str]:
    return {entry_key(row["phrase"]): row["label"] for row in load_table(lang, "measured_things")}


@cache
def _links(lang: str) -> frozenset[str]:
    return frozenset(entry_key(word) for word in load_words(lang, "fraction_links"))


_PHRASE_GAP = re.compile(r"[\s\-]+")


def _phrase_key(phrase: str) -> str:
    return " ".join(_PHRASE_GAP.split(phrase.lower()))


@cache
def _fractions(lang: str) -> tuple[re.Pattern[str], dict[str, Fraction]] | None:
    """The fraction phrases, written with spaces or hyphens (two-thirds) and a clitic but no article
    on the first word (والنصف is a part), and their values."""
    values = {entry_key(row["phrase"]): Fraction(row["value"]) for row in load_table(lang, "fractions")}
    if not values:
        return None
    prefixes = [c.prefix for c in numeral_lexicon(lang).clitics if not c.article]
    clitic = f"(?:{'|'.join(map(re.escape, prefixes))})?" if prefixes else ""
    phrases = sorted(values, key=len, reverse=True)
    alternatives = "|".join(r"[\s\-]+".join(re.escape(word) for word in phrase.split()) for phrase in phrases)
    # the letters a fraction may start with, looked for first: a scan four times as fast as the lookbehind's
    firsts = {word[0] for word in (*phrases, *prefixes)}
    starts = re.escape("".join(sorted(firsts | {letter.upper() for letter in firsts})))
    pattern = rf"(?=[{starts}])(?<![^\W\d_]){clitic}(?P<phrase>{alternatives})(?![^\W\d_])"
    return re.compile(pattern, re.IGNORECASE), values
