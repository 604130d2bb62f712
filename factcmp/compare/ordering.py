"""The order of findings: by kind (contradictions first), confidence, slot and documents.

Decides that each finding is placed in the event of its first claim, and that a finding said
word for word twice (a report that repeats itself, a caption printed twice) is said once.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

import attrs

from factcmp.compare.model import FINDING_KINDS, Event, Finding


def ordered(findings: Iterable[Finding], events: Sequence[Event]) -> list[Finding]:
    event_of = {claim_id: event.id for event in events for claim_id in event.claims}
    rank: dict[str, int] = {kind: i for i, kind in enumerate(FINDING_KINDS)}
    placed = [attrs.evolve(f, event=event_of.get(f.claims[0])) for f in findings]
    # A report that repeats itself (a caption printed twice) would repeat its findings word for word.
    # What a finding says is spelt out only beside findings of its kind, slot and documents, which
    # are few: not kept for every finding of a corpus.
    kept: list[Finding] = []
    alike: dict[tuple[str, str, tuple[str, ...]], list[Finding]] = {}
    for finding in sorted(placed, key=lambda f: (rank[f.kind], -f.confidence, f.slot, f.docs)):
        others = alike.setdefault((finding.kind, finding.slot, finding.docs), [])
        if not any(_said(other) == _said(finding) for other in others):
            others.append(finding)
            kept.append(finding)
    return kept


def _said(finding: Finding) -> tuple[tuple[str, str, str], ...]:
    return tuple(sorted((doc, e.text, json.dumps(e.value, sort_keys=True)) for doc, e in finding.values.items()))
