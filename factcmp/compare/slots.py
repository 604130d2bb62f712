"""Slot findings of one event: agreement, contradiction, or one source only.

Decides, for each slot of an event told by several documents (the first statement of each
document), one finding: a ``contradiction`` when any two values cannot both be true, else an
``agreement`` (naming the more precise sources), or ``single_source`` when only one document of
the event states the slot. Twenty reports of one strike give one count finding, not 190.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcmp.claims.model import Claim
from factcmp.compare.describe import describe_value, event_label
from factcmp.compare.model import Finding
from factcmp.compare.precision import most_precise
from factcmp.compare.statements import Statement, relation, said, statements_of
from factcmp.relations import Relation


def event_findings(members: Sequence[Claim], confidence: float) -> list[Finding]:
    """Slot by slot, what the documents telling one event say: the first statement of each document."""
    by_slot: dict[tuple[str, str], dict[str, Statement]] = {}
    for claim in members:
        for statement in statements_of(claim):
            by_slot.setdefault((statement.slot, statement.key), {}).setdefault(claim.doc, statement)
    event_docs = len({claim.doc for claim in members})
    findings = []
    for (slot, _), per_doc in sorted(by_slot.items()):
        finding = _slot_finding(slot, list(per_doc.values()), event_docs, confidence)
        if finding is not None:
            findings.append(finding)
    return findings


def _slot_finding(slot: str, statements: list[Statement], event_docs: int, confidence: float) -> Finding | None:
    """What the documents of one event say about one slot: agreement, contradiction, or one source only."""
    first = statements[0]
    label = event_label(first.claim, [s.claim for s in statements])
    values = {s.evidence.doc: s.evidence for s in statements}

    def finding(kind: str, explanation: str, more_precise: str | None = None) -> Finding:
        return Finding(
            kind=kind,
            slot=slot,
            docs=tuple(values),
            values=values,
            confidence=confidence,
            claims=tuple(s.claim.id for s in statements),
            explanation=explanation,
            more_precise=more_precise,
        )

    if len(statements) == 1:
        if event_docs < 2:
            return None
        return finding(
            "single_source",
            f"Only {first.evidence.doc} gives the {slot} of this {label}: "
            f"{describe_value(slot, first.evidence)}; the other sources do not say.",
        )
    relations = [relation(x, y) for i, x in enumerate(statements) for y in statements[i + 1 :]]
    if Relation.CONFLICT in relations:
        return finding("contradiction", f"The sources disagree on the {slot} of the {label}: {said(statements, '; ')}.")
    if not any(r.compatible for r in relations):
        return None
    narrowest = most_precise(statements)
    verb = "is" if len(narrowest) == 1 else "are"
    ending = f"; {' and '.join(narrowest)} {verb} more precise." if narrowest else "."
    return finding(
        "agreement",
        f"The sources agree on the {slot} of the {label}: {said(statements, ' and ')}{ending}",
        narrowest[0] if narrowest else None,
    )
