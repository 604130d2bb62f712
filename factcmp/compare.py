"""``compare``: what several reports agree on, where they contradict each other, and what only one says.

For every pair of linked claims (factcmp.align) each slot both fill is compared with its
granularity in mind (factcmp.relations): equal or containing values agree (the more precise
source is named), others contradict. When the link is not confident, a would-be
contradiction is only a ``possible_conflict`` and no agreement is claimed. A slot stated by
one side of a confident link, and the counts of claims no other source tells, are
``single_source`` findings.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from factcmp.align.events import Link, align, group_events
from factcmp.analysis import analyze
from factcmp.claims.model import Claim
from factcmp.claims.reader import read_claims
from factcmp.describe import describe_value, event_label
from factcmp.extract import DocumentMentions, extract_from
from factcmp.model import Document, Evidence
from factcmp.relations import (
    Relation,
    actor_relation,
    amount_relation,
    most_specific_place,
    object_relation,
    place_relation,
    time_relation,
)

FINDING_KINDS = ("contradiction", "possible_conflict", "agreement", "single_source")
SLOTS = ("count", "time", "place", "actor", "object", "quantity")


@attrs.frozen(kw_only=True)
class Finding:
    kind: str  # agreement | contradiction | possible_conflict | single_source
    slot: str  # count | time | place | actor | object | quantity
    docs: tuple[str, ...]
    values: dict[str, Evidence]
    confidence: float
    claims: tuple[str, ...]
    explanation: str
    event: str | None = None
    more_precise: str | None = None  # for agreements across granularity: the (first) document with the narrowest value

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "slot": self.slot,
            "docs": list(self.docs),
            "values": {
                doc: {"text": e.text, "start": e.span.start, "end": e.span.end, "value": e.value}
                for doc, e in self.values.items()
            },
            "confidence": round(self.confidence, 3),
            "claims": list(self.claims),
            "event": self.event,
            "more_precise": self.more_precise,
            "explanation": self.explanation,
        }


@attrs.frozen(kw_only=True)
class Event:
    """Claims of one or more documents taken to tell one event."""

    id: str
    event_type: str
    subtype: str
    claims: tuple[str, ...]
    docs: tuple[str, ...]
    label: str
    time: Evidence | None = None  # the most precise time any of its claims gives

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.event_type,
            "subtype": self.subtype,
            "claims": list(self.claims),
            "docs": list(self.docs),
            "label": self.label,
            "time": self.time.to_dict() if self.time else None,
        }


@attrs.frozen(kw_only=True)
class Comparison:
    documents: tuple[DocumentMentions, ...]
    claims: tuple[Claim, ...]
    links: tuple[Link, ...]
    events: tuple[Event, ...]
    findings: tuple[Finding, ...]

    def filter(
        self,
        *,
        kind: str | Iterable[str] | None = None,
        slot: str | Iterable[str] | None = None,
        doc: str | None = None,
    ) -> list[Finding]:
        """Findings of the given kind(s) and slot(s) that involve the given document."""
        kinds = {kind} if isinstance(kind, str) else set(kind or FINDING_KINDS)
        slots = {slot} if isinstance(slot, str) else set(slot or SLOTS)
        return [f for f in self.findings if f.kind in kinds and f.slot in slots and (doc is None or doc in f.docs)]

    def claim(self, claim_id: str) -> Claim:
        return next(claim for claim in self.claims if claim.id == claim_id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": [document.to_dict() for document in self.documents],
            "claims": [claim.to_dict() for claim in self.claims],
            "events": [event.to_dict() for event in self.events],
            "findings": [finding.to_dict() for finding in self.findings],
        }

    def to_json(self, *, indent: int | None = 1) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_markdown(self) -> str:
        """The findings as a Markdown report (factcmp.report.markdown)."""
        from factcmp.report.markdown import render  # loaded only when a report is asked for

        return render(self)

    def to_html(self) -> str:
        """A self-contained HTML page of the sources and findings (factcmp.report.html)."""
        from factcmp.report.html import render  # loaded only when a report is asked for

        return render(self)


# --- slot comparison ------------------------------------------------------------------


@attrs.frozen
class _Stated:
    """One slot value as one claim states it; ``key`` is what a count counts or a quantity measures."""

    slot: str
    key: str
    evidence: Evidence
    claim: Claim


def _stated(claim: Claim) -> list[_Stated]:
    """Every slot value a claim states."""
    found = []
    if claim.time is not None:
        found.append(_Stated("time", "", claim.time, claim))
    place = most_specific_place(claim.places)
    if place is not None:
        found.append(_Stated("place", "", place, claim))
    if claim.actors:
        found.append(_Stated("actor", "", _joined(claim.actors), claim))
    if claim.object is not None:
        found.append(_Stated("object", "", claim.object, claim))
    found += [_Stated("count", str(e.value.get("count_type")), e, claim) for e in claim.counts]
    found += [_Stated("quantity", str(e.value.get("unit")), e, claim) for e in claim.quantities]
    return found


def _relation(a: _Stated, b: _Stated) -> Relation:
    """How two statements of one slot relate (a's value to b's)."""
    x, y = a.evidence.value, b.evidence.value
    if a.slot == "time":
        return time_relation(x, y)
    if a.slot == "place":
        return place_relation(x, y)
    if a.slot == "actor":
        return actor_relation(a.claim.actors, b.claim.actors)
    if a.slot == "object":
        return object_relation(x, y)
    return amount_relation(x, y)


def _joined(items: Sequence[Evidence]) -> Evidence:
    """Several actors as one value: the first one's words and span, and every actor with its own."""
    first = items[0]
    names = sorted({str(item.value.get("name") or item.value.get("key") or item.text) for item in items})
    each = [{"text": item.text, "start": item.span.start, "end": item.span.end, "value": item.value} for item in items]
    return Evidence(
        doc=first.doc, kind="actors", span=first.span, text=first.text, value={"names": names, "actors": each}
    )


def _said(statements: Sequence[_Stated], joiner: str) -> str:
    return joiner.join(f"{s.evidence.doc} says {describe_value(s.slot, s.evidence)}" for s in statements)


def _possible_conflicts(link: Link, claims: dict[str, Claim]) -> list[Finding]:
    """On an uncertain link only conflicts are worth a word, and only as possible ones."""
    a, b = claims[link.a], claims[link.b]
    theirs = {(s.slot, s.key): s for s in _stated(b)}
    findings = []
    for mine in _stated(a):
        other = theirs.get((mine.slot, mine.key))
        if other is None or _relation(mine, other) is not Relation.CONFLICT:
            continue
        findings.append(
            Finding(
                kind="possible_conflict",
                slot=mine.slot,
                docs=(a.doc, b.doc),
                values={a.doc: mine.evidence, b.doc: other.evidence},
                confidence=link.score,
                claims=(a.id, b.id),
                explanation=f"These may tell the same {event_label(a)} (not certain: too little in common to be "
                f"sure); if they do, they disagree on the {mine.slot}: {_said([mine, other], ' but ')}.",
            )
        )
    return findings


def _most_precise(statements: Sequence[_Stated]) -> list[str]:
    """The documents whose value is within every other's and narrower than at least one."""
    found = []
    for candidate in statements:
        relations = [_relation(candidate, other) for other in statements if other is not candidate]
        if all(r in (Relation.EQUAL, Relation.NARROWER) for r in relations) and Relation.NARROWER in relations:
            found.append(candidate.evidence.doc)
    return found


def _slot_finding(slot: str, statements: list[_Stated], event_docs: int, confidence: float) -> Finding | None:
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
    relations = [_relation(x, y) for i, x in enumerate(statements) for y in statements[i + 1 :]]
    if Relation.CONFLICT in relations:
        return finding(
            "contradiction", f"The sources disagree on the {slot} of the {label}: {_said(statements, '; ')}."
        )
    if not any(relation.compatible for relation in relations):
        return None
    narrowest = _most_precise(statements)
    verb = "is" if len(narrowest) == 1 else "are"
    ending = f"; {' and '.join(narrowest)} {verb} more precise." if narrowest else "."
    said = _said(statements, " and ")
    return finding(
        "agreement",
        f"The sources agree on the {slot} of the {label}: {said}{ending}",
        narrowest[0] if narrowest else None,
    )


def _event_findings(members: Sequence[Claim], confidence: float) -> list[Finding]:
    """Slot by slot, what the documents telling one event say: the first statement of each document."""
    by_slot: dict[tuple[str, str], dict[str, _Stated]] = {}
    for claim in members:
        for statement in _stated(claim):
            by_slot.setdefault((statement.slot, statement.key), {}).setdefault(claim.doc, statement)
    event_docs = len({claim.doc for claim in members})
    findings = []
    for (slot, _), per_doc in sorted(by_slot.items()):
        finding = _slot_finding(slot, list(per_doc.values()), event_docs, confidence)
        if finding is not None:
            findings.append(finding)
    return findings


def _unmatched_amounts(claims: Sequence[Claim], links: Sequence[Link]) -> list[Finding]:
    """Counts and quantities of claims that no other document tells: single-source facts."""
    linked = {link.a for link in links} | {link.b for link in links}
    findings = []
    for claim in claims:
        if claim.id in linked:
            continue
        for slot, items in (("count", claim.counts), ("quantity", claim.quantities)):
            for item in items:
                findings.append(
                    Finding(
                        kind="single_source",
                        slot=slot,
                        docs=(claim.doc,),
                        values={claim.doc: item},
                        confidence=1.0,
                        claims=(claim.id,),
                        explanation=f"Only {claim.doc} reports {describe_value(slot, item)} "
                        f"({event_label(claim)}); no other source tells this event.",
                    )
                )
    return findings


# --- events and the whole comparison --------------------------------------------------

_GRAINS = ("minute", "hour", "day", "week", "month", "quarter", "year", "decade")


def _grain_rank(evidence: Evidence) -> int:
    grain = evidence.value.get("grain")
    return _GRAINS.index(grain) if grain in _GRAINS else len(_GRAINS)


def _most_precise_time(members: Sequence[Claim]) -> Evidence | None:
    timed = [claim.time for claim in members if claim.time is not None]
    resolved = [time for time in timed if time.value.get("resolved")]
    return min(resolved or timed, key=_grain_rank, default=None)


def _events(claims: Sequence[Claim], groups: Sequence[list[str]]) -> list[Event]:
    by_id = {claim.id: claim for claim in claims}
    events = []
    for number, group in enumerate(groups):
        members = [by_id[claim_id] for claim_id in group]
        first = members[0]
        events.append(
            Event(
                id=f"e{number}",
                event_type=first.event_type,
                subtype=first.subtype,
                claims=tuple(group),
                docs=tuple(sorted({c.doc for c in members})),
                label=event_label(first, members),
                time=_most_precise_time(members),
            )
        )
    return events


def _ordered(findings: Iterable[Finding], events: Sequence[Event]) -> list[Finding]:
    event_of = {claim_id: event.id for event in events for claim_id in event.claims}
    rank = {kind: i for i, kind in enumerate(FINDING_KINDS)}
    placed = [attrs.evolve(f, event=event_of.get(f.claims[0])) for f in findings]
    # A report that repeats itself (a caption printed twice) would repeat its findings word for word.
    unique: dict[tuple[Any, ...], Finding] = {}
    for finding in sorted(placed, key=lambda f: (rank[f.kind], -f.confidence, f.slot, f.docs)):
        said = tuple(sorted((doc, e.text, json.dumps(e.value, sort_keys=True)) for doc, e in finding.values.items()))
        unique.setdefault((finding.kind, finding.slot, finding.docs, said), finding)
    return list(unique.values())


def _all_findings(claims: Sequence[Claim], links: Sequence[Link], groups: Sequence[list[str]]) -> list[Finding]:
    by_id = {claim.id: claim for claim in claims}
    group_of = {claim_id: number for number, group in enumerate(groups) for claim_id in group}
    scores: dict[int, list[float]] = {}
    for link in links:
        if link.confident:
            scores.setdefault(group_of[link.a], []).append(link.score)
    findings: list[Finding] = []
    for number, group in enumerate(groups):
        if number in scores:
            findings += _event_findings([by_id[claim_id] for claim_id in group], min(scores[number]))
    for link in links:
        if not link.confident and group_of[link.a] != group_of[link.b]:
            findings += _possible_conflicts(link, by_id)
    return findings + _unmatched_amounts(claims, links)


def compare_analysed(documents: Sequence[DocumentMentions], claims: Sequence[Claim]) -> Comparison:
    links = align(claims)
    groups = group_events(claims, links)
    events = _events(claims, groups)
    return Comparison(
        documents=tuple(documents),
        claims=tuple(claims),
        links=tuple(links),
        events=tuple(events),
        findings=tuple(_ordered(_all_findings(claims, links, groups), events)),
    )


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
    return compare_analysed(results, claims)
