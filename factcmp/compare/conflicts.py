"""Possible conflicts: what two claims that may tell one event disagree on.

Decides that on an uncertain link (factcmp.align.events) only conflicts are worth a word, and
only as ``possible_conflict`` findings: no agreement is claimed where the event is not sure.
"""

from __future__ import annotations

from factcmp.align.links import Link
from factcmp.claims.model import Claim
from factcmp.compare.describe import event_label
from factcmp.compare.model import Finding
from factcmp.compare.statements import relation, said, statements_of
from factcmp.relations import Relation


def possible_conflicts(link: Link, claims: dict[str, Claim]) -> list[Finding]:
    """On an uncertain link only conflicts are worth a word, and only as possible ones."""
    a, b = claims[link.a], claims[link.b]
    theirs = {(s.slot, s.key): s for s in statements_of(b)}
    findings = []
    for mine in statements_of(a):
        other = theirs.get((mine.slot, mine.key))
        if other is None or relation(mine, other) is not Relation.CONFLICT:
            continue
        findings.append(
            Finding(
                kind="possible_conflict",
                slot=mine.slot,
                docs=(a.doc, b.doc),
                values={a.doc: mine.evidence, b.doc: other.evidence},
                confidence=link.score,
                claims=(a.id, b.id),
                basis=link.reasons,
                explanation=f"These may tell the same {event_label(a)} (not certain: too little in common to be "
                f"sure); if they do, they disagree on the {mine.slot}: {said([mine, other], ' but ')}.",
            )
        )
    return findings
