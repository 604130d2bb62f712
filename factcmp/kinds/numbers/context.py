"""What the number, percent, count and quantity engines share: the numbers of an analysed
document (read once, each in the language of its sentence) and the words around a number
(modifiers such as أكثر من / دست کم / at least, percent signs and words).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache

import attrs

from factcmp.analysis import TextAnalysis
from factcmp.kinds.numbers.lexicon import numeral_lexicon
from factcmp.kinds.numbers.match import NumberMatch
from factcmp.kinds.numbers.reader import read_numbers
from factcmp.lexicon import entry_key, load_table
from factcmp.model import Mention, Span
from factcmp.values import Value

_WORD_BOUNDARY = r"(?<![^\W\d_])"
VAGUE_MODIFIER = "approximate"  # عشرات, hundreds: a range in low/high, not an exact value
RANGE_MODIFIER = "range"  # «3-4», «بين 20 و30»: the range in low/high
_SPACES = re.compile(r"\s*")


@attrs.frozen
class ReadNumber:
    """A number of the document, with the language it was read in."""

    match: NumberMatch
    lang: str


# One entry: the engines of one extraction run one after the other on the same analysis.
_last_read: list[tuple[TextAnalysis, list[ReadNumber]]] = []


def numbers_in(analysis: TextAnalysis) -> list[ReadNumber]:
    """Every number of the document, each read with the lexicon of its sentence's language."""
    if _last_read and _last_read[0][0] is analysis:
        return _last_read[0][1]
    text = analysis.folded.text
    langs = {analysis.lang} if analysis.lang_given else {analysis.lang, *(s.lang for s in analysis.sentences)}
    found: list[ReadNumber] = []
    for lang in sorted(langs):
        for match in read_numbers(text, lang):
            if len(langs) == 1 or analysis.lang_at(analysis.original_span(match.start, match.end).start) == lang:
                found.append(ReadNumber(match, lang))
    found.sort(key=lambda read: (read.match.start, read.match.end))
    _last_read[:] = [(analysis, found)]
    return found


def mention(analysis: TextAnalysis, kind: str, folded_start: int, folded_end: int, value: Value) -> Mention:
    """A mention of a folded span, widened over the marks written on its last letter (عسكرياً, not عسكريا)."""
    span = analysis.original_span(folded_start, folded_end)
    text, end = analysis.text, span.end
    while end < len(text) and (unicodedata.category(text[end]) == "Mn" or text[end] == "\u0640"):
        end += 1
    return analysis.mention_at(kind, Span(span.start, end), value)


def folded_spans(analysis: TextAnalysis, mentions: Sequence[Mention], kinds: frozenset[str]) -> list[Span]:
    """The spans, in folded offsets, of the mentions of ``kinds``."""
    spans = []
    for mention in mentions:
        if mention.kind in kinds:
            spans.append(Span(*analysis.folded.to_folded(mention.span.start, mention.span.end)))
    return spans


@attrs.frozen
class Modifier:
    phrase: str
    modifier: str
    before: bool


@cache
def _modifiers(lang: str) -> tuple[Modifier, ...]:
    lang = numeral_lexicon(lang).lang
    rows = load_table(lang, "quantity_modifiers")
    modifiers = [Modifier(entry_key(row["phrase"]), row["modifier"], row["position"] == "before") for row in rows]
    return tuple(sorted(modifiers, key=lambda modifier: -len(modifier.phrase)))


@cache
def _modifier_pattern(lang: str, before: bool) -> re.Pattern[str] | None:
    phrases = [m.phrase for m in _modifiers(lang) if m.before == before]
    if not phrases:
        return None
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    if before:
        # A modifier may carry a clitic of its own: ونحو 15, وأكثر من 15.
        clitics = "|".join(re.escape(c.prefix) for c in numeral_lexicon(lang).clitics if not c.article)
        clitic = f"(?:{clitics})?" if clitics else ""
        return re.compile(rf"{_WORD_BOUNDARY}{clitic}(?:{alternatives})\s*$", re.IGNORECASE)
    return re.compile(rf"\s*(?:{alternatives})(?![^\W\d_])", re.IGNORECASE)


# Letters of a modifier's edge next to the number, looked for there before the whole modifier is.
_EDGE = 3


@cache
def _modifier_edges(lang: str, before: bool) -> re.Pattern[str]:
    """The letters next to the number of each modifier: the last three of one written before it,
    the first three of one written after it (of its last or first word: spaces vary). Most numbers
    have none next to them, and so are spared the search for every modifier, which is slow in a
    cased language, where the regex engine cannot skip an alternative by its first letter."""
    edges: set[str] = set()
    for modifier in _modifiers(lang):
        if modifier.before == before:
            words = modifier.phrase.split() or [""]
            edges.add(words[-1][-_EDGE:] if before else words[0][:_EDGE])
    alternatives = "|".join(re.escape(edge) for edge in sorted(edges, key=len, reverse=True))
    return re.compile(f"(?:{alternatives})" + ("\\Z" if before else ""), re.IGNORECASE)


def _modifier_named(lang: str, phrase: str, before: bool) -> str:
    wanted = " ".join(phrase.lower().split())
    return next(m.modifier for m in _modifiers(lang) if m.before == before and m.phrase == wanted)


def _strip_clitic(lang: str, phrase: str) -> str:
    known = {m.phrase for m in _modifiers(lang)}
    lowered = " ".join(phrase.lower().split())
    if lowered in known:
        return lowered
    for clitic in numeral_lexicon(lang).clitics:
        if lowered.startswith(clitic.prefix) and lowered[len(clitic.prefix) :] in known:
            return lowered[len(clitic.prefix) :]
    return lowered


_LOOK = 40  # characters looked at on either side of a number for a modifier


def modifier_before(text: str, start: int, lang: str, floor: int = 0) -> tuple[str, int] | None:
    """The modifier written right before ``start`` (أكثر من 15) and where it starts."""
    pattern = _modifier_pattern(lang, before=True)
    if pattern is None:
        return None
    window_start = max(floor, start - _LOOK)
    window = text[window_start:start]
    head = window.rstrip()  # a modifier ends the window but for spaces
    if _modifier_edges(lang, before=True).search(head, max(0, len(head) - _EDGE)) is None:
        return None
    found = pattern.search(window)
    if found is None:
        return None
    return _modifier_named(lang, _strip_clitic(lang, found.group().strip()), True), window_start + found.start()


def modifier_after(text: str, end: int, lang: str) -> tuple[str, int] | None:
    """The modifier written right after ``end`` (15 على الأقل) and where it ends."""
    pattern = _modifier_pattern(lang, before=False)
    if pattern is None:
        return None
    window_end = min(len(text), end + _LOOK)
    after = text[end:window_end]
    first = window_end - len(after.lstrip())  # where a modifier starts but for spaces
    if _modifier_edges(lang, before=False).match(text, first) is None:
        return None
    found = pattern.match(text, end, window_end)
    if found is None:
        return None
    return _modifier_named(lang, found.group().strip(), False), found.end()


def plain_modifier(match: NumberMatch) -> str:
    """The modifier of a number no word qualifies: a vague plural's, a range's, or exact."""
    return VAGUE_MODIFIER if match.is_vague else RANGE_MODIFIER if match.is_range else "exact"


@cache
def _percent_after_pattern(lang: str) -> re.Pattern[str]:
    parts = [r"[ \t]?%"]
    words = sorted(numeral_lexicon(lang).percent_words, key=len, reverse=True)
    if words:
        alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
        parts.append(rf"[ \t]*(?:{alternatives})(?![^\W\d_])")
    return re.compile("|".join(parts), re.IGNORECASE)


def percent_end(text: str, end: int, lang: str) -> int | None:
    """Where the percent sign or word after a number ends (50%, 50 في المئة, پنجاه درصد), if any."""
    found = _percent_after_pattern(lang).match(text, end)
    return found.end() if found is not None else None


def percent_sign_before(text: str, start: int) -> int | None:
    """Where a percent sign written before the number starts (٪۵۰, folded %50); not an escape in a
    web address (a%2020b, /%20), which has a letter, a digit or a slash on either side."""
    if start >= 1 and text[start - 1] == "%" and not _IN_ADDRESS.match(text[start - 2 : start - 1] or " "):
        return start - 1
    return None


_IN_ADDRESS = re.compile(r"[A-Za-z0-9_/%=&?.+-]")
