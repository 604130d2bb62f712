"""Slot findings of one event: agreement, contradiction, revision, or one source only.

Decides, for each slot of an event told by several documents (the first statement of each
document), its findings: a ``contradiction`` when two values cannot both be true, a
``revision`` when a toll's figures follow each other as reports come out (factcmp.compare.
revisions), else an ``agreement`` (naming the more precise sources), or ``single_source`` when
only one document of the event states the slot. Twenty reports of one strike give one count
finding, not 190: values are related once per distinct value, not once per pair of reports.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

import attrs

from factcmp.claims.model import Claim
from factcmp.claims.triggers import subtypes_whose_doer_is_named, subtypes_with_parties
from factcmp.compare.describe import describe_value, event_label
from factcmp.compare.model import Finding
from factcmp.compare.precision import most_precise
from factcmp.compare.revisions import Timeline, figure_of, timeline
from factcmp.compare.statements import Statement, relation, said, statements_of
from factcmp.model import Published
from factcmp.relations import Relation


def event_findings(
    members: Sequence[Claim], confidence: float, published: Mapping[str, Published | None]
) -> list[Finding]:
    """Slot by slot, what the documents telling one event say: the first statement of each document
    in its text (in whatever order the aligner joined its claims); ``published`` (each document's
    publication time) places a toll's figures in time."""
    by_slot: dict[tuple[str, str], dict[str, Statement]] = {}
    doc_order = {doc: number for number, doc in enumerate(dict.fromkeys(claim.doc for claim in members))}
    told = sorted(
        (statement for claim in members for statement in statements_of(claim)),
        key=lambda statement: (doc_order[statement.claim.doc], statement.evidence.span.start),
    )
    for statement in told:
        per_doc = by_slot.setdefault((statement.slot, statement.key), {})
        kept = per_doc.get(statement.claim.doc)
        if kept is None or _says_how_it_moved(statement, kept):
            per_doc[statement.claim.doc] = statement
    event_docs = len({claim.doc for claim in members})
    findings = []
    for (slot, _), per_doc in sorted(by_slot.items()):
        findings += _slot_findings(slot, list(per_doc.values()), event_docs, confidence, published)
    return findings


def _says_how_it_moved(statement: Statement, kept: Statement) -> bool:
    """Whether a later statement of a document repeats the figure it stated first and tells it as a
    toll that moved or is still provisional (the headline's «۳ نفر جان باختند», then «تاکنون ۳ نفر»
    in the lead): the first figure is then known for what it is."""
    return (
        kept.claim.update is None
        and statement.claim.update is not None
        and statement.evidence.value == kept.evidence.value
    )


def _finding(kind: str, slot: str, statements: Sequence[Statement], confidence: float, explanation: str) -> Finding:
    return Finding(
        kind=kind,
        slot=slot,
        docs=tuple(s.evidence.doc for s in statements),
        values={s.evidence.doc: s.evidence for s in statements},
        confidence=confidence,
        claims=tuple(s.claim.id for s in statements),
        explanation=explanation,
    )


def _value_key(statement: Statement) -> str:
    return json.dumps(statement.evidence.value, sort_keys=True, default=str)


def _distinct(statements: Sequence[Statement]) -> list[Statement]:
    """One statement per distinct value: relations are worked out once per value, not per report."""
    seen: dict[str, Statement] = {}
    for statement in statements:
        seen.setdefault(_value_key(statement), statement)
    return list(seen.values())


def _slot_findings(
    slot: str,
    statements: list[Statement],
    event_docs: int,
    confidence: float,
    published: Mapping[str, Published | None],
) -> list[Finding]:
    """What the documents of one event say about one slot."""
    label = event_label(statements[0].claim, [s.claim for s in statements])
    if len(statements) == 1:
        if event_docs < 2:
            return []
        first = statements[0]
        explanation = (
            f"Only {first.evidence.doc} gives the {slot} of this {label}: "
            f"{describe_value(slot, first.evidence)}; the other sources do not say."
        )
        return [_finding("single_source", slot, statements, confidence, explanation)]
    distinct = _distinct(statements)
    related = [(x, y, relation(x, y)) for i, x in enumerate(distinct) for y in distinct[i + 1 :]]
    relations = [found for _, _, found in related]
    if Relation.CONFLICT in relations:
        line = timeline(statements, published) if slot == "count" else None
        if line is not None:
            return _timeline_findings(line, statements, slot, label, confidence)
        # the values that conflict, and every report that gives one of them: a value that can hold
        # with all the others («at least 14» beside 17 and 23) is no side of the disagreement
        sides = {_value_key(s) for x, y, found in related if found is Relation.CONFLICT for s in (x, y)}
        statements = [s for s in statements if _value_key(s) in sides]
        if slot == "actor" and not _actors_are_its_doers(statements):
            explanation = (
                f"The sources name different parties of the {label}: {said(statements, '; ')}; each may "
                "name whoever spoke, mediated or was hit rather than who did it, so they may not disagree."
            )
            return [_finding("possible_conflict", slot, statements, confidence, explanation)]
        explanation = f"The sources disagree on the {slot} of the {label}: {said(statements, '; ')}."
        return [_finding("contradiction", slot, statements, confidence, explanation)]
    if len(distinct) > 1 and not any(r.compatible for r in relations):
        return []
    return [_agreement(slot, statements, label, confidence)]


def _actors_are_its_doers(statements: Sequence[Statement]) -> bool:
    """Whether the event is one whose named actors are who did it or took part: its parties (who met,
    who agreed) or a doer reports name as such (the country that intervened)."""
    subtypes = {s.claim.subtype for s in statements}
    return bool(subtypes & (subtypes_with_parties() | subtypes_whose_doer_is_named()))


def _timeline_findings(
    line: Timeline, statements: Sequence[Statement], slot: str, label: str, confidence: float
) -> list[Finding]:
    """A revision for the figures that follow each other, and a contradiction for each pair of
    figures no update explains, with every report that gives either figure."""
    findings = []
    if line.revised:
        explanation = f"The {slot} of the {label} was revised as reports came out: {said(line.steps, ', then ')}."
        findings.append(_finding("revision", slot, line.steps, confidence, explanation))
    pairs = {(figure_of(earlier), figure_of(later)) for earlier, later in line.contradictions}
    for figures in sorted(pairs):
        sides = [s for s in statements if figure_of(s) in figures]
        explanation = f"The sources disagree on the {slot} of the {label}: {said(sides, '; ')}."
        findings.append(_finding("contradiction", slot, sides, confidence, explanation))
    return findings


def _agreement(slot: str, statements: list[Statement], label: str, confidence: float) -> Finding:
    narrowest = most_precise(statements)
    verb = "is" if len(narrowest) == 1 else "are"
    ending = f"; {' and '.join(narrowest)} {verb} more precise." if narrowest else "."
    explanation = f"The sources agree on the {slot} of the {label}: {said(statements, ' and ')}{ending}"
    agreement = _finding("agreement", slot, statements, confidence, explanation)
    return attrs.evolve(agreement, more_precise=narrowest[0] if narrowest else None)
