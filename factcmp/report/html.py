"""The comparison as one self-contained HTML page a fact-checker can open, mail or archive.

The page holds its CSS and script inline and fetches nothing: its Content-Security-Policy
allows no network at all and only the report's own style and script (by hash), so even
markup that slipped into the page could not load or run anything. All document text is
escaped. Each source's text is cut at the boundaries of its mentions and evidence spans and
rebuilt as properly nested elements: a mention shows its normalized value on hover, and
evidence carries the ids of the findings it supports, for the script to highlight.
"""

from __future__ import annotations

import base64
import hashlib
import html
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import TYPE_CHECKING

import attrs

from factcmp.compare.describe import value_words
from factcmp.report.common import (
    KIND_ORDER,
    KIND_WORDS,
    RTL_LANGUAGES,
    FindingGroup,
    basis_text,
    counted,
    describe_mention,
    grouped_findings,
    kind_count,
    language_name,
    one_line,
    published_text,
    rtl_pieces,
    shorten,
    source_tags,
    tagged_explanation,
    time_of,
)
from factcmp.report.timeline import revision_svg, timeline_svg
from factcmp.text.inert import inert

if TYPE_CHECKING:
    from factcmp.compare.model import Comparison, Finding
    from factcmp.model import DocumentMentions, Evidence

_SLOTS = ("count", "time", "place", "actor", "object", "quantity")
_PALETTE_SIZE = 8  # source colours s1..s8 in report.css, reused in turn
_MENTION_KINDS = (
    ("date", "date"),
    ("count", "count"),
    ("place", "place"),
    ("person", "person or organization"),
    ("number", "number or quantity"),
)


def _e(text: object) -> str:
    return html.escape(inert(str(text)), quote=True)


def _isolated(text: str) -> str:
    """English text with quoted right-to-left words: escaped, each right-to-left stretch in its own <bdi>."""
    return "".join(f"<bdi>{_e(piece)}</bdi>" if rtl else _e(piece) for piece, rtl in rtl_pieces(text))


@cache
def _asset(name: str) -> str:
    return (resources.files("factcmp.report") / "assets" / name).read_text(encoding="utf-8")


def _csp_hash(content: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(content.encode("utf-8")).digest()).decode("ascii") + "'"


# --- source text with its marks ------------------------------------------------------


@attrs.define
class _Mark:
    """Everything marked on one span of a text: the mentions read there and the findings it is evidence for."""

    start: int
    end: int
    kinds: list[str] = attrs.field(factory=list)
    values: list[str] = attrs.field(factory=list)
    findings: list[str] = attrs.field(factory=list)

    def open_tag(self) -> str:
        classes = []
        attributes = ""
        if self.kinds:
            classes += ["m", *(f"m-{kind}" for kind in dict.fromkeys(self.kinds))]
            attributes += f' title="{_e(chr(10).join(self.values))}"'
        if self.findings:
            classes.append("ev")
            attributes += f' data-f="{_e(" ".join(self.findings))}"'
        return f'<span class="{" ".join(classes)}"{attributes}>'


def _marks(entry: DocumentMentions, evidence: Iterable[tuple[str, int, int]]) -> list[_Mark]:
    """One mark per distinct span, ordered as they nest: by start, longer first."""
    limit = len(entry.document.text)
    by_span: dict[tuple[int, int], _Mark] = {}

    def mark(start: int, end: int) -> _Mark | None:
        if not 0 <= start < end <= limit:
            return None
        return by_span.setdefault((start, end), _Mark(start, end))

    for mention in entry.mentions:
        found = mark(mention.span.start, mention.span.end)
        if found is not None:
            found.kinds.append(mention.kind)
            found.values.append(describe_mention(mention))
    for finding_id, start, end in evidence:
        found = mark(start, end)
        if found is not None and finding_id not in found.findings:
            found.findings.append(finding_id)
    return sorted(by_span.values(), key=lambda m: (m.start, -m.end))


def marked_text(text: str, marks: Sequence[_Mark]) -> str:
    """The escaped text with each mark as an element; a mark that crosses another's end is split in two."""
    boundaries = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    order = {id(m): i for i, m in enumerate(marks)}
    starting: dict[int, list[_Mark]] = {}
    for m in marks:
        starting.setdefault(m.start, []).append(m)
    active: list[_Mark] = []  # marks covering the current piece, in nesting order
    stack: list[_Mark] = []  # elements open in the output
    out: list[str] = []
    for here, following in pairwise(boundaries):
        active = [m for m in active if m.end > here] + starting.get(here, [])
        active.sort(key=lambda m: order[id(m)])
        kept = 0
        while kept < len(stack) and kept < len(active) and stack[kept] is active[kept]:
            kept += 1
        out.append("</span>" * (len(stack) - kept))
        out.extend(m.open_tag() for m in active[kept:])
        stack = list(active)
        out.append(html.escape(inert(text[here:following]), quote=False))
    out.append("</span>" * len(stack))
    return "".join(out)


# --- parts of the page ------------------------------------------------------------------


def _tag(doc: str, tags: dict[str, str], classes: dict[str, str]) -> str:
    return f'<span class="tag {classes.get(doc, "")}">{_e(tags.get(doc, doc))}</span>'


def _said(slot: str, evidence: Evidence) -> str:
    """The value in English and the source's words; the words alone when they are the value."""
    value = value_words(slot, evidence)
    quote = f'<span class="quote">«<bdi>{_e(shorten(evidence.text))}</bdi>»</span>'
    return quote if value == one_line(evidence.text) else f"{_isolated(value)} {quote}"


def _finding(number: int, finding: Finding, tags: dict[str, str], classes: dict[str, str]) -> str:
    says = "".join(
        f"<li>{_tag(doc, tags, classes)} {_said(finding.slot, evidence)}</li>"
        for doc, evidence in finding.values.items()
    )
    word = KIND_WORDS.get(finding.kind, finding.kind)
    chart = revision_svg(finding, tags) if finding.kind == "revision" else ""
    return (
        f'<li class="finding k-{_e(finding.kind)}" id="f{number}" data-finding="f{number}" '
        f'data-kind="{_e(finding.kind)}" data-slot="{_e(finding.slot)}" tabindex="0" role="button" '
        f'aria-pressed="false">'
        f'<div class="fhead"><span class="fnum">F{number}</span><span class="badge">{_e(word)}</span>'
        f'<span class="slot">{_e(finding.slot)}</span>'
        f'<span class="conf" title="{_e(basis_text(finding))}">confidence {finding.confidence:.2f}</span></div>'
        f'<p class="expl">{_isolated(tagged_explanation(finding, tags))}</p>{_basis(finding)}{chart}'
        f'<ul class="says">{says}</ul></li>'
    )


def _basis(finding: Finding) -> str:
    return f'<p class="basis">confidence rests on: {_e(basis_text(finding))}</p>' if finding.basis else ""


def _group(group: FindingGroup, tags: dict[str, str], classes: dict[str, str]) -> str:
    event = group.event
    if event is None:
        heading = "Not tied to one event"
        meta = ""
    else:
        heading = event.label
        told = " ".join(_tag(doc, tags, classes) for doc in event.docs)
        meta = f'<span class="event-meta">{_e(time_of(event))} · told by {told}</span>'
    items = "".join(_finding(number, finding, tags, classes) for number, finding in group.findings)
    event_id = _e(event.id) if event else ""
    return (
        f'<section class="event-group" data-event="{event_id}"><h3>{_isolated(heading)}{meta}</h3>'
        f'<ol class="findings">{items}</ol></section>'
    )


def _filters(findings: Sequence[Finding]) -> str:
    def boxes(name: str, values: Iterable[str], field: str, word: dict[str, str]) -> str:
        labels = []
        for value in values:
            count = sum(1 for f in findings if getattr(f, field) == value)
            labels.append(
                f'<label><input type="checkbox" name="{name}" value="{_e(value)}" checked> '
                f"{_e(word.get(value, value))} ({count})</label>"
            )
        return f"<fieldset><legend>{name.title()}</legend>{''.join(labels)}</fieldset>"

    slots = [slot for slot in _SLOTS if any(f.slot == slot for f in findings)]
    slots += sorted({f.slot for f in findings} - set(slots))
    return (
        f'<form class="filters" aria-label="Filter findings">{boxes("kind", KIND_ORDER, "kind", KIND_WORDS)}'
        f"{boxes('slot', slots, 'slot', {})}</form>"
    )


def _findings_panel(comparison: Comparison, tags: dict[str, str], classes: dict[str, str]) -> str:
    groups = grouped_findings(comparison)
    if not groups:
        body = (
            '<p class="empty">No finding: no two sources were found to tell the same event, '
            "and no source gives a count or quantity of its own.</p>"
        )
        return f'<aside class="findings-panel"><h2>Findings</h2>{body}</aside>'
    return (
        '<aside class="findings-panel" aria-label="Findings"><h2>Findings</h2>'
        f"{_filters(comparison.findings)}"
        '<p class="hint">Select a finding to highlight its evidence in the sources. '
        "Hover a dotted word to see how it was read.</p>"
        + "".join(_group(group, tags, classes) for group in groups)
        + '<p class="empty" hidden>No finding matches the filters.</p></aside>'
    )


def _source(
    index: int,
    entry: DocumentMentions,
    evidence: list[tuple[str, int, int]],
    tags: dict[str, str],
    classes: dict[str, str],
) -> str:
    document = entry.document
    lang = entry.lang or ""
    direction = "rtl" if lang in RTL_LANGUAGES else "ltr" if lang else "auto"
    heading = document.title or document.id
    meta = [
        ("Language", language_name(entry.lang)),
        ("Date", published_text(entry)),
        ("Source", document.source or "not given"),
        ("Document", document.id),
    ]
    rows = "".join(f"<dt>{name}</dt><dd><bdi>{_e(value)}</bdi></dd>" for name, value in meta)
    text = marked_text(document.text, _marks(entry, evidence))
    lang_attribute = f' lang="{_e(lang)}"' if lang else ""
    return (
        f'<article class="source {classes[document.id]}" id="source-{index}" aria-label="{_e(tags[document.id])}">'
        f'<header>{_tag(document.id, tags, classes)} <h2 dir="auto">{_e(heading)}</h2>'
        f'<dl class="meta">{rows}</dl></header>'
        f'<div class="text" dir="{direction}"{lang_attribute} tabindex="0">{text}</div></article>'
    )


def _evidence_by_doc(comparison: Comparison) -> dict[str, list[tuple[str, int, int]]]:
    """(finding id, start, end) of each finding's evidence, per document.

    An actor finding's value stands for all the actors of its claim (shown with the first one's span), so each of
    them is marked as its evidence.
    """
    claims = {claim.id: claim for claim in comparison.claims}
    spans: dict[str, list[tuple[str, int, int]]] = {}
    for group in grouped_findings(comparison):
        for number, finding in group.findings:
            for doc, evidence in finding.values.items():
                found = [evidence.span]
                if finding.slot == "actor":
                    found += [
                        actor.span
                        for claim_id in finding.claims
                        if claim_id in claims and claims[claim_id].doc == doc
                        for actor in claims[claim_id].actors
                    ]
                spans.setdefault(doc, []).extend((f"f{number}", span.start, span.end) for span in dict.fromkeys(found))
    return spans


def _summary(comparison: Comparison) -> str:
    counts = dict.fromkeys(KIND_ORDER, 0)
    for finding in comparison.findings:
        counts[finding.kind] = counts.get(finding.kind, 0) + 1
    parts = "".join(
        f'<span class="count k-{kind}"><span class="badge">{_e(kind_count(kind, count))}</span></span>'
        for kind, count in counts.items()
    )
    return (
        f'<p class="summary">{counted(len(comparison.documents), "source")} · '
        f"{counted(len(comparison.claims), 'claim')} · {counted(len(comparison.events), 'event')}</p>"
        f'<p class="summary">{parts}</p>'
    )


def _legend() -> str:
    samples = "".join(f'<span class="m m-{kind}">{_e(word)}</span> ' for kind, word in _MENTION_KINDS)
    return (
        f'<p class="legend">Marked in the sources: {samples}— hover one to see its normalized value. '
        "Highlighted: the evidence of the selected finding.</p>"
    )


def render(comparison: Comparison) -> str:
    """The whole page."""
    tags = source_tags(comparison)
    classes = {doc: f"s{i % _PALETTE_SIZE + 1}" for i, doc in enumerate(tags)}
    evidence = _evidence_by_doc(comparison)
    css, script = _asset("report.css"), _asset("report.js")
    policy = (
        f"default-src 'none'; style-src {_csp_hash(css)}; script-src {_csp_hash(script)}; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )
    sources = "".join(
        _source(i, entry, evidence.get(entry.document.id, []), tags, classes)
        for i, entry in enumerate(comparison.documents)
    )
    title = f"factcmp: {len(comparison.documents)} sources compared"
    return (
        '<!DOCTYPE html>\n<html lang="en" dir="ltr">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n<style>{css}</style>\n</head>\n<body>\n"
        f'<header class="top"><h1>{_e(title)}</h1>{_summary(comparison)}</header>\n'
        f'<section class="timeline" aria-label="Timeline"><h2>Timeline of events with a known date</h2>'
        f"{timeline_svg(comparison, tags, classes)}</section>\n"
        f'<div class="layout">{_findings_panel(comparison, tags, classes)}\n'
        f'<main class="sources" aria-label="Sources">{sources}</main></div>\n{_legend()}\n'
        f"<script>{script}</script>\n</body>\n</html>\n"
    )
