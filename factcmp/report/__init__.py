"""Reports of a comparison: plain text (``text``), JSON, Markdown (``markdown``) and a
self-contained HTML page (``html``).

``render(comparison, format)`` is the report step of the pipeline (factcmp.pipeline); the
reports depend on factcmp.compare, never the other way (``Comparison.to_markdown()`` and
``Comparison.to_html()`` import this only when called).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcmp.compare.model import Comparison

FORMATS = ("text", "json", "md", "html")


def render(comparison: Comparison, format: str, *, colour: bool = False) -> str:
    """The comparison in one of ``FORMATS``; ``colour`` (ANSI codes) only applies to text."""
    # Each report is loaded only when asked for: extracting or comparing never loads them.
    if format == "json":
        return comparison.to_json() + "\n"
    if format == "md":
        from factcmp.report import markdown

        return markdown.render(comparison)
    if format == "html":
        from factcmp.report import html

        return html.render(comparison)
    if format == "text":
        from factcmp.report import text

        return text.render(comparison, colour=colour)
    raise ValueError(f"unknown report format {format!r}; known formats: {', '.join(FORMATS)}")
