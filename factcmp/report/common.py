"""What the Markdown and HTML reports share: wording, order and grouping of findings, short quotes."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import attrs

from factcmp.compare.describe import describe_date, value_words
from factcmp.compare.model import FINDING_KINDS
from factcmp.model import DocumentMentions, Evidence, Mention, published_to_json
from factcmp.text.inert import inert

if TYPE_CHECKING:
    from factcmp.compare.model import Comparison, Event, Finding

KIND_ORDER: tuple[str, ...] = FINDING_KINDS
KIND_WORDS = {
    "contradiction": "contradiction",
    "revision": "revision",
    "possible_conflict": "possible conflict",
    "agreement": "agreement",
    "single_source": "single source",
}
_KIND_COUNT_WORDS = {
    "contradiction": ("contradiction", "contradictions"),
    "revision": ("revision", "revisions"),
    "possible_conflict": ("possible conflict", "possible conflicts"),
    "agreement": ("agreement", "agreements"),
    "single_source": ("single-source fact", "single-source facts"),
}
LANGUAGE_NAMES = {"ar": "Arabic", "fa": "Persian", "en": "English", "ru": "Russian", "he": "Hebrew"}
RTL_LANGUAGES = frozenset({"ar", "fa", "he"})
QUOTE_LIMIT = 60

# Letters of right-to-left scripts (Hebrew, Arabic and its supplements and presentation forms).
RTL_LETTER = "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]"
_RTL_CHARS = re.compile(RTL_LETTER)
# A right-to-left stretch inside other text: from a right-to-left letter over anything but Latin letters and
# quote marks, to the last right-to-left letter or digit (so a year after an Arabic month stays with it).
_RTL_RUN = re.compile(f"{RTL_LETTER}(?:[^A-Za-z«»()\\[\\]]*[{RTL_LETTER[1:-1]}0-9])?")
_QUOTED = re.compile("(«[^«»]*»)")
_SPACES = re.compile(r"\s+")


def isolate(text: str) -> str:
    """Text wrapped in first-strong isolates, so right-to-left words keep their order inside a
    left-to-right line (and the line around them keeps its own). Only renderers add them: data
    (JSON, explanations) carries the text as it was."""
    return f"\u2068{text}\u2069"


def for_terminal(text: str) -> str:
    """Untrusted text as it may be printed on one line: inert (no control or bidi override can
    act), each right-to-left stretch isolated (an isolate must close on the line it opens)."""
    return "".join(isolate(piece) if rtl else piece for piece, rtl in rtl_pieces(inert(one_line(text))))


def quote_for_terminal(text: str) -> str:
    """A quote of untrusted source text on one line, inert, isolated whole when right-to-left."""
    return isolate_quote(inert(one_line(text)))


def has_rtl(text: str) -> bool:
    return _RTL_CHARS.search(text) is not None


def rtl_pieces(text: str) -> list[tuple[str, bool]]:
    """The text cut into pieces, each with whether it is a right-to-left stretch to isolate from its neighbours.

    A quote in «guillemets» that holds right-to-left text is isolated whole, so that its own digits keep their
    place («17 أيلول 2018»); elsewhere each right-to-left stretch is.
    """
    pieces: list[tuple[str, bool]] = []
    for part in _QUOTED.split(text):
        if part.startswith("«") and part.endswith("»") and len(part) > 1 and has_rtl(part):
            pieces += [("«", False), (part[1:-1], True), ("»", False)]
            continue
        last = 0
        for run in _RTL_RUN.finditer(part):
            if run.start() > last:
                pieces.append((part[last : run.start()], False))
            pieces.append((run.group(), True))
            last = run.end()
        if last < len(part):
            pieces.append((part[last:], False))
    return pieces or [("", False)]


def isolate_quote(text: str) -> str:
    """A quote of source text wrapped in Unicode first-strong isolates when it holds right-to-left letters."""
    return isolate(text) if has_rtl(text) else text


def one_line(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def shorten(text: str, limit: int = QUOTE_LIMIT) -> str:
    """The text on one line, cut at a word boundary with an ellipsis when longer than ``limit``."""
    line = one_line(text)
    if len(line) <= limit:
        return line
    cut = line[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip() + "…"


def language_name(lang: str | None) -> str:
    if not lang:
        return "unknown language"
    return f"{LANGUAGE_NAMES.get(lang, lang)} ({lang})"


def published_text(entry: DocumentMentions) -> str:
    inferred = entry.document.published_inferred
    if inferred is not None:
        return f"{inferred.isoformat()} (from its text)"
    return published_to_json(entry.document.published) or "date not given"


def source_tags(comparison: Comparison) -> dict[str, str]:
    """A short tag per document, S1, S2 ... in input order: shorter than ids, the same in text and pictures."""
    return {entry.document.id: f"S{number}" for number, entry in enumerate(comparison.documents, start=1)}


def tagged_explanation(finding: Finding, tags: dict[str, str]) -> str:
    """The finding's explanation with each of its documents named by its tag (S1) instead of its id,
    as the report's tables name them; the JSON keeps the ids."""
    ids = sorted((doc for doc in finding.docs if doc in tags), key=len, reverse=True)
    if not ids:
        return finding.explanation
    # An id stands between spaces or after a parenthesis, and before punctuation: never inside a word.
    named = re.compile(rf"(?<![^\s(])(?:{'|'.join(map(re.escape, ids))})(?=[\s,;:.)]|$)")
    return named.sub(lambda match: tags[match.group()], finding.explanation)


def basis_text(finding: Finding) -> str:
    """What the finding's confidence rests on, in one line ("" when it rests on no link)."""
    return "; ".join(finding.basis)


def describe_mention(mention: Mention) -> str:
    """``date: 17 September 2018 (2018-09-17 to 2018-09-18, end exclusive)``: what a mention was read as."""
    value = mention.value.to_dict()
    kind = mention.kind
    if kind == "date":
        text = describe_date(value)
        if value.get("resolved") and value.get("start"):
            text += f" ({value['start']} to {value.get('end') or '?'}, end exclusive)"
    elif kind in ("person", "org"):
        details = [str(value[key]) for key in ("role", "country") if value.get(key)]
        text = str(value.get("name") or mention.text) + (f" ({', '.join(details)})" if details else "")
    elif kind in ("count", "quantity", "place"):
        evidence = Evidence(doc="", kind=kind, span=mention.span, text=mention.text, value=value)
        text = value_words("place" if kind == "place" else kind, evidence)
        text += f" ({value['country']})" if kind == "place" and value.get("country") else ""
    elif kind in ("number", "percent"):
        text = _amount(value) + ("%" if kind == "percent" else "")
    elif kind == "ordinal":
        text = f"number {value.get('value')} in order"
    else:
        shown = {key: val for key, val in value.items() if val not in (None, False, "exact")}
        text = ", ".join(f"{key} {val}" for key, val in shown.items())
    return f"{kind}: {text}"


def _amount(value: dict[str, Any]) -> str:
    """``about 1500``, ``12,000``, ``12 (between 10 and 20)``."""
    modifier = str(value.get("modifier") or "exact")
    number = value.get("value")
    text = f"{number:,}" if isinstance(number, int) and abs(number) >= 10_000 else str(number)
    if modifier != "exact":
        text = f"{modifier.replace('_', ' ')} {text}"
    if value.get("low") is not None and value.get("high") is not None:
        text += f" (between {value['low']} and {value['high']})"
    return text


def time_of(event: Event) -> str:
    return describe_date(event.time.value) if event.time is not None else "time not known"


@attrs.frozen
class FindingGroup:
    """The findings about one event (``event`` None: findings no event holds), each with its display number."""

    event: Event | None
    findings: tuple[tuple[int, Finding], ...]


def grouped_findings(comparison: Comparison) -> list[FindingGroup]:
    """Findings grouped by event; groups with a contradiction first, then by their gravest finding.

    Numbers run in display order, so F3 in the Markdown report is f3 in the HTML report.
    """
    rank = {kind: i for i, kind in enumerate(KIND_ORDER)}
    events = {event.id: event for event in comparison.events}
    position = {event.id: i for i, event in enumerate(comparison.events)}
    by_event: dict[str | None, list[Finding]] = {}
    for finding in comparison.findings:
        by_event.setdefault(finding.event if finding.event in events else None, []).append(finding)

    def group_key(item: tuple[str | None, list[Finding]]) -> tuple[int, int]:
        event_id, findings = item
        gravest = min(rank.get(f.kind, len(rank)) for f in findings)
        return gravest, position.get(event_id, len(position)) if event_id is not None else len(position)

    groups: list[FindingGroup] = []
    number = 0
    for event_id, findings in sorted(by_event.items(), key=group_key):
        ordered = sorted(findings, key=lambda f: rank.get(f.kind, len(rank)))
        numbered = []
        for finding in ordered:
            number += 1
            numbered.append((number, finding))
        groups.append(FindingGroup(events.get(event_id) if event_id else None, tuple(numbered)))
    return groups


def kind_counts(findings: Sequence[Finding]) -> dict[str, int]:
    counts = dict.fromkeys(KIND_ORDER, 0)
    for finding in findings:
        counts[finding.kind] = counts.get(finding.kind, 0) + 1
    return counts


def kind_count(kind: str, count: int) -> str:
    """``1 contradiction``, ``3 single-source facts``."""
    singular, many = _KIND_COUNT_WORDS.get(kind, (kind, kind))
    return counted(count, singular, many)


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """``1 event``, ``2 events``: a number with its noun in the right number."""
    return f"{count} {singular if count == 1 else plural or singular + 's'}"


def event_interval(event: Event) -> tuple[dt.date, dt.date] | None:
    """Start and (exclusive) end of the event's time, when its date is known at least to the year."""
    if event.time is None:
        return None
    value = event.time.value
    start = _iso_date(value.get("start"))
    if start is None and isinstance(value.get("year"), int):
        try:
            start = dt.date(value["year"], value.get("month") or 1, value.get("day") or 1)
        except (TypeError, ValueError):
            return None
    if start is None:
        return None
    end = _iso_date(value.get("end"))
    return start, end if end is not None and end > start else start + dt.timedelta(days=1)


def _iso_date(text: Any) -> dt.date | None:
    if not isinstance(text, str) or len(text) < 10:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None
