"""Engine for: date, duration.

Reads dates, times, ranges, relative dates and spans of time in Arabic, Persian, English, Russian and Hebrew
with one grammar driven by per-language lexicons (grammar), joins the pieces
(joining) and resolves them to Gregorian intervals (resolution, values) against the
publication date, or a reference date the text itself states; never the machine clock.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache

from factcmp.analysis import TextAnalysis
from factcmp.kinds.dates.grammar.reading import read_pieces
from factcmp.kinds.dates.joining import disjoint, join
from factcmp.kinds.dates.lexicon import alternation, lexicon
from factcmp.kinds.dates.parts import DateParts
from factcmp.kinds.dates.reference import head_end, infer_reference, named_years
from factcmp.kinds.dates.resolution import Context, Reference
from factcmp.kinds.dates.values import to_value
from factcmp.model import Mention, Published, Span
from factcmp.text.lang import lexicon_language
from factcmp.text.normalize import fold_char
from factcmp.values import DurationValue

KINDS: tuple[str, ...] = ("date", "duration")
REQUIRES: tuple[str, ...] = ()

_UNIT_SECONDS = {
    "second": 1,
    "minute": 60,
    "hour": 3600,
    "day": 86400,
    "week": 604800,
    "month": 2592000,
    "quarter": 7776000,
    "year": 31536000,
    "decade": 315360000,
}
_ISO_UNIT = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "month": "M", "year": "Y"}
# How far back, within its sentence, a future marker («سوف», «خواهد», «will») may stand.
_FUTURE_WINDOW = 60


def extract(analysis: TextAnalysis, found: Sequence[Mention]) -> list[Mention]:
    lang = lexicon_language(analysis.lang)
    folded = analysis.folded.text
    expressions = join(disjoint(read_pieces(folded, lang)), folded, lang)
    _mark_future(expressions, folded, lang)
    years = named_years(expressions)
    context = Context(_reference(analysis.published) or infer_reference(expressions, folded), years)
    mentions = []
    for parts in expressions:
        mention = _mention(analysis, parts, context)
        if mention is not None:
            mentions.append(mention)
    return mentions


def stated_report_day(analysis: TextAnalysis) -> Reference | None:
    """The day a report's text says it came out (a dateline, «اليوم الجمعة 22 أكتوبر», a date alone
    under the headline), for a report given with no publication date; ``year_fitted`` tells a day
    whose year only its weekday fitted to a year the text names elsewhere."""
    lang = lexicon_language(analysis.lang)
    folded = analysis.folded.text
    head = folded[: head_end(folded)]  # the head is all that states it: no need to read the rest
    reference = infer_reference(join(disjoint(read_pieces(head, lang)), head, lang), folded)
    return reference


def _reference(published: Published | None) -> Reference | None:
    if published is None:
        return None
    day = published.date() if isinstance(published, dt.datetime) else published
    return Reference(day, inferred=False)


def _mention(analysis: TextAnalysis, parts: DateParts, context: Context) -> Mention | None:
    try:
        if parts.form == "duration":
            return analysis.mention_at("duration", _whole_span(analysis, parts), _duration(parts))
        value = to_value(parts, context)
    except (ValueError, OverflowError, KeyError):
        return None  # an impossible date («30 شباط»): no mention rather than a wrong one
    if value is None:
        return None
    return analysis.mention_at("date", _whole_span(analysis, parts), value)


def _whole_span(analysis: TextAnalysis, parts: DateParts) -> Span:
    """The original span, with the marks folding deleted after its last letter («غداً», «هـ»)."""
    span = analysis.original_span(parts.start, parts.end)
    end, text = span.end, analysis.text
    while end < len(text) and fold_char(text[end]) == "" and not text[end].isspace():
        end += 1
    return Span(span.start, end)


def _duration(parts: DateParts) -> DurationValue:
    unit, count = parts.unit or "day", parts.count or 0
    prefix = "PT" if unit in ("second", "minute", "hour") else "P"
    if unit in ("decade", "quarter"):  # ISO 8601 has neither: ten years, three months
        iso = f"P{count * 10}Y" if unit == "decade" else f"P{count * 3}M"
    else:
        iso = f"{prefix}{count}{_ISO_UNIT[unit]}"
    return DurationValue(iso=iso, seconds=float(count * _UNIT_SECONDS[unit]))


@cache
def _future_words(lang: str) -> re.Pattern[str]:
    return re.compile(f"(?<!\\w){alternation(lexicon(lang).words('future'))}(?!\\w)", re.IGNORECASE)


@cache
def _future_verb(lang: str) -> re.Pattern[str]:
    """An imperfect verb with the future prefix («سيلتقي», «وستعقد») as the last words before a weekday."""
    prefixes = "".join(sorted(lexicon(lang).words("future_prefix")))
    if not prefixes:
        return re.compile("(?!)")
    return re.compile(f"(?<!\\w)[وف]?(?P<verb>[{re.escape(prefixes)}][یتن][^\\Wا]\\w{{2,}})(?:\\s+\\S+){{0,2}}\\s*$")


def _has_future_verb(text: str, lang: str) -> bool:
    found = _future_verb(lang).search(text)
    if found is None:
        return False
    lex = lexicon(lang)
    word = found.group("verb")  # «سنوات», «ستة» are words of the date lexicon, not verbs
    return word not in lex.time_units and word not in lex.calendar_units and word not in lex.numbers


_SENTENCE_END = re.compile(r"[.!?؟\n]")


@cache
def _clause_bounds(lang: str) -> re.Pattern[str]:
    """Where the clause a weekday stands in ends: a sentence end, a past reporting verb or a
    complementizer. «The talks will resume next Tuesday, officials said on Friday», «قال المتحدث
    الجمعة إن الطرفين سوف يلتقيان»: the «will» and the «سوف» are not the Friday's."""
    lex = lexicon(lang)
    words = alternation(lex.words("reported") | lex.words("that"))
    clitics = "".join(sorted(w for w in lex.words("clitic") if len(w) == 1))
    clitic = f"[{re.escape(clitics)}]?" if clitics else ""
    return re.compile(f"[.!?؟\\n]|(?<!\\w){clitic}{words}(?!\\w)", re.IGNORECASE)


def _mark_future(expressions: list[DateParts], folded: str, lang: str) -> None:
    """A bare weekday, or a day and month without a year («في 25/2»), in a clause with «سوف», «خواهد»
    (verb-final, after it), «will» is the coming one."""
    pattern, bounds = _future_words(lang), _clause_bounds(lang)
    for parts in expressions:
        if not parts.nearest and (parts.form != "weekday" or parts.shift is not None):
            continue
        before = bounds.split(folded[max(0, parts.start - _FUTURE_WINDOW) : parts.start])[-1]
        after = bounds.split(folded[parts.end : parts.end + _FUTURE_WINDOW])[0]
        parts.future = bool(pattern.search(before) or pattern.search(after)) or _has_future_verb(before, lang)
