"""The comparison as Markdown: readable in a terminal and rendered on a code-hosting site.

Findings come as one table per event, the events with contradictions first; each row says
what every source states (normalized, with a short quote) and how confident the link is.
Text from the documents is escaped so that it cannot open a table cell, a link or an HTML
tag, and right-to-left quotes are wrapped in Unicode isolates so they do not reorder the
line around them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from factcmp.compare.describe import value_words
from factcmp.report.common import (
    KIND_ORDER,
    KIND_WORDS,
    FindingGroup,
    basis_text,
    counted,
    grouped_findings,
    isolate,
    isolate_quote,
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
from factcmp.text.inert import inert

if TYPE_CHECKING:
    from factcmp.compare.model import Comparison, Finding

# Characters that Markdown (CommonMark and tables) would read as syntax; a backslash makes each literal.
# An underscore inside a word and an ampersand that starts no entity are literal already: left bare, they
# keep ids such as 000_5d8f readable in a terminal.
_SYNTAX = re.compile(r"[\\`*\[\]<>|#~]|(?<![^\W_])_|_(?![^\W_])|&(?=#?\w+;)")
_GRAVE_KINDS = frozenset({"contradiction", "possible_conflict"})


def escape(text: str) -> str:
    """Source text as literal Markdown on one line; right-to-left text isolated from its neighbours."""
    escaped = _SYNTAX.sub(lambda match: "\\" + match.group(), one_line(inert(text)))
    return "".join(isolate(piece) if rtl else piece for piece, rtl in rtl_pieces(escaped))


def escape_quote(text: str) -> str:
    """A quote of source text as literal Markdown, isolated whole when it holds right-to-left letters."""
    return isolate_quote(_SYNTAX.sub(lambda match: "\\" + match.group(), one_line(inert(text))))


def _table(header: Iterable[str], rows: Iterable[Iterable[str]]) -> list[str]:
    head = list(header)
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def _sources(comparison: Comparison, tags: dict[str, str]) -> list[str]:
    claims_of: dict[str, int] = {}
    for claim in comparison.claims:
        claims_of[claim.doc] = claims_of.get(claim.doc, 0) + 1
    rows = []
    for entry in comparison.documents:
        document = entry.document
        rows.append(
            [
                tags[document.id],
                escape(document.id),
                language_name(entry.lang),
                published_text(entry),
                escape(document.source) if document.source else "not given",
                escape(shorten(document.title)) if document.title else "—",
                str(len(entry.mentions)),
                str(claims_of.get(document.id, 0)),
            ]
        )
    return _table(["", "Document", "Language", "Published", "Source", "Title", "Mentions", "Claims"], rows)


def _kind_cell(kind: str) -> str:
    word = KIND_WORDS.get(kind, kind)
    return f"**{word.upper()}**" if kind in _GRAVE_KINDS else word


def _says(finding: Finding, tags: dict[str, str]) -> str:
    parts = []
    for doc, evidence in finding.values.items():
        value = value_words(finding.slot, evidence)
        quote = f"«{escape_quote(shorten(evidence.text))}»"
        said = quote if value == one_line(evidence.text) else f"{escape(value)} {quote}"
        parts.append(f"{tags.get(doc, escape(doc))}: {said}")
    return "; ".join(parts)


def _basis(finding: Finding) -> str:
    return f" Confidence {finding.confidence:.2f} rests on: {escape(basis_text(finding))}." if finding.basis else ""


def _tag_list(docs: Iterable[str], tags: dict[str, str]) -> str:
    return ", ".join(tags.get(doc, escape(doc)) for doc in docs)


def _tag_order(tags: dict[str, str]) -> Callable[[str], tuple[int, str]]:
    order = {doc: i for i, doc in enumerate(tags)}
    return lambda doc: (order.get(doc, len(order)), doc)


def _group(group: FindingGroup, tags: dict[str, str]) -> list[str]:
    event = group.event
    if event is None:
        lines = ["### Not tied to one event", ""]
    else:
        told_by = _tag_list(event.docs, tags)
        others = sorted({doc for _, f in group.findings for doc in f.docs} - set(event.docs), key=_tag_order(tags))
        also = f"; its findings also involve {_tag_list(others, tags)}" if others else ""
        lines = [
            f"### {escape(event.label)}",
            "",
            f"Event {event.id} · {escape(time_of(event))} · told by {told_by}{also}",
            "",
        ]
    rows = [
        [f"F{number}", _kind_cell(f.kind), f.slot, _says(f, tags), f"{f.confidence:.2f}"]
        for number, f in group.findings
    ]
    lines += _table(["#", "Kind", "Slot", "What each source says", "Confidence"], rows)
    lines.append("")
    lines += [f"- F{number}: {escape(tagged_explanation(f, tags))}{_basis(f)}" for number, f in group.findings]
    lines.append("")
    return lines


def _events(comparison: Comparison, tags: dict[str, str]) -> list[str]:
    rows = [
        [event.id, escape(event.label), escape(time_of(event)), _tag_list(event.docs, tags)]
        for event in comparison.events
    ]
    return _table(["Event", "What", "When", "Told by"], rows)


def render(comparison: Comparison) -> str:
    """The whole report, ending with a newline."""
    tags = source_tags(comparison)
    counts = {kind: 0 for kind in KIND_ORDER}
    for finding in comparison.findings:
        counts[finding.kind] = counts.get(finding.kind, 0) + 1
    lines = [
        f"# Comparison of {len(comparison.documents)} reports",
        "",
        "## Sources",
        "",
        *_sources(comparison, tags),
        "",
        f"{counted(len(comparison.claims), 'claim')}, {counted(len(comparison.events), 'event')}; findings: "
        + ", ".join(kind_count(kind, count) for kind, count in counts.items())
        + ".",
        "",
        "## Findings",
        "",
    ]
    groups = grouped_findings(comparison)
    if not groups:
        lines += [
            "No finding: no two sources were found to tell the same event, "
            "and no source gives a count or quantity of its own.",
            "",
        ]
    for group in groups:
        lines += _group(group, tags)
    lines += ["## Events", ""]
    lines += _events(comparison, tags) if comparison.events else ["No event found."]
    return "\n".join(lines).rstrip("\n") + "\n"
