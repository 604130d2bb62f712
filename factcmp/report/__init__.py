"""Reports people read: Markdown (``factcmp.report.markdown``) and a self-contained HTML page (``factcmp.report.html``).

Both take a :class:`factcmp.compare.Comparison` and return text; ``Comparison.to_markdown()``
and ``Comparison.to_html()`` call them.
"""
