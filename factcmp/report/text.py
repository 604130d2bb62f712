"""The findings as plain text for a terminal: counts first, then each kind of finding in turn."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcmp.compare.model import FINDING_KINDS
from factcmp.report.common import basis_text, for_terminal, quote_for_terminal, source_tags, tagged_explanation
from factcmp.report.terminal import Style

if TYPE_CHECKING:
    from factcmp.compare.model import Comparison, Finding


def _finding_line(finding: Finding, style: Style, tags: dict[str, str]) -> str:
    quotes = "; ".join(f"{tags[doc]}: {quote_for_terminal(ev.text)}" for doc, ev in finding.values.items())
    return (
        f"   {style.kind(f'[{finding.kind}]', finding.kind)} {finding.slot}  confidence {finding.confidence:.2f}\n"
        f"      {for_terminal(tagged_explanation(finding, tags))}\n      {style.dim(quotes)}\n"
        + (f"      {style.dim('confidence rests on: ' + basis_text(finding))}\n" if finding.basis else "")
    )


def render(comparison: Comparison, *, colour: bool = False) -> str:
    """The comparison as text, coloured with ANSI codes when ``colour`` is set."""
    style = Style(colour)
    tags = source_tags(comparison)
    documents = ", ".join(
        f"{tags[r.document.id]} {for_terminal(r.document.id)} ({r.lang})" for r in comparison.documents
    )
    lines = [
        f"documents: {documents}\n",
        f"claims: {len(comparison.claims)}  events: {len(comparison.events)}  findings: {len(comparison.findings)}\n\n",
    ]
    for kind in FINDING_KINDS:
        findings = comparison.filter(kind=kind)
        if findings:
            lines.append(style.kind(f"== {kind.replace('_', ' ')} ({len(findings)})", kind) + "\n")
            lines.extend(_finding_line(finding, style, tags) for finding in findings)
            lines.append("\n")
    return "".join(lines)
