"""The order factcmp runs in."""

from __future__ import annotations

from collections.abc import Iterable

from factcmp.align.events import align, group_events
from factcmp.analysis import analyze
from factcmp.claims.model import Claim
from factcmp.claims.reader import read_claims
from factcmp.compare.findings import comparison_of
from factcmp.compare.model import Comparison
from factcmp.extract import DocumentMentions, extract_from
from factcmp.model import Document


def compare(documents: Iterable[Document]) -> Comparison:
    """Extract, align and compare the facts of several documents."""
    results: list[DocumentMentions] = []
    claims: list[Claim] = []
    seen: set[str] = set()
    for document in documents:
        if document.id in seen:
            raise ValueError(f"two documents share the id {document.id!r}; ids must be unique")
        seen.add(document.id)
        if not document.text.strip():
            results.append(DocumentMentions(document, document.lang, []))
            continue
        analysis = analyze(document)
        mentions = extract_from(analysis)
        results.append(DocumentMentions(document, analysis.lang, mentions))
        claims.extend(read_claims(analysis, mentions))
    links = align(claims)
    return comparison_of(results, claims, links, group_events(claims, links))
