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

from factcmp.align import Link, align, group_events
from factcmp.analysis import analyze
from factcmp.claims import Claim, read_claims
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
    more_precise: str | None = None  # the document whose value is narrower, for agreements across granularity

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


def _slot_pairs(a: Claim, b: Claim) -> list[tuple[str, Evidence | None, Evidence | None, Relation]]:
    """(slot, a's evidence, b's evidence, relation) for every slot either claim fills."""
    pairs: list[tuple[str, Evidence | None, Evidence | None, Relation]] = []
    if a.time or b.time:
        relation = time_relation(a.time.value, b.time.value) if a.time and b.time else Relation.UNKNOWN
        pairs.append(("time", a.time, b.time, relation))
    place_a, place_b = most_specific_place(a.places), most_specific_place(b.places)
    if place_a or place_b:
        relation = place_relation(place_a.value, place_b.value) if place_a and place_b else Relation.UNKNOWN
        pairs.append(("place", place_a, place_b, relation))
    if a.actors and b.actors:
        pairs.append(("actor", _joined(a.actors), _joined(b.actors), actor_relation(a.actors, b.actors)))
    if a.object or b.object:
        relation = object_relation(a.object.value, b.object.value) if a.object and b.object else Relation.UNKNOWN
        pairs.append(("object", a.object, b.object, relation))
    pairs += _amount_pairs("count", a.counts, b.counts, "count_type")
    pairs += _amount_pairs("quantity", a.quantities, b.quantities, "unit")
    return pairs


def _joined(items: Sequence[Evidence]) -> Evidence:
    """Several actors as one value: the first one's words and span, and every actor with its own."""
    first = items[0]
    names = sorted({str(item.value.get("name") or item.value.get("key") or item.text) for item in items})
    each = [{"text": item.text, "start": item.span.start, "end": item.span.end, "value": item.value} for item in items]
    return Evidence(
        doc=first.doc, kind="actors", span=first.span, text=first.text, value={"names": names, "actors": each}
    )


def _amount_pairs(
    slot: str, a: Sequence[Evidence], b: Sequence[Evidence], field: str
) -> list[tuple[str, Evidence | None, Evidence | None, Relation]]:
    """Counts (or quantities) paired by what they count (or measure)."""
    pairs: list[tuple[str, Evidence | None, Evidence | None, Relation]] = []
    by_a = {str(e.value.get(field)): e for e in a}
    by_b = {str(e.value.get(field)): e for e in b}
    for key in sorted(set(by_a) | set(by_b)):
        x, y = by_a.get(key), by_b.get(key)
        relation = amount_relation(x.value, y.value) if x and y else Relation.UNKNOWN
        pairs.append((slot, x, y, relation))
    return pairs


def _finding_for(
    link: Link, a: Claim, b: Claim, slot: str, x: Evidence | None, y: Evidence | None, relation: Relation
) -> Finding | None:
    if x is None or y is None:
        if not link.confident:
            return None
        only = x or y
        assert only is not None
        claim = a if x is not None else b
        other = b if x is not None else a
        return Finding(
            kind="single_source",
            slot=slot,
            docs=(only.doc,),
            values={only.doc: only},
            confidence=link.score,
            claims=(claim.id, other.id),
            explanation=f"Only {only.doc} gives the {slot} of this {event_label(claim)}: "
            f"{describe_value(slot, only)}; {other.doc} does not say.",
        )
    if relation is Relation.UNKNOWN:
        return None
    docs = (x.doc, y.doc)
    values = {x.doc: x, y.doc: y}
    if relation.compatible:
        if not link.confident:
            return None
        narrower = {Relation.WIDER: y.doc, Relation.NARROWER: x.doc}.get(relation)
        return Finding(
            kind="agreement",
            slot=slot,
            docs=docs,
            values=values,
            confidence=link.score,
            claims=(a.id, b.id),
            more_precise=narrower,
            explanation=_agreement_text(slot, x, y, narrower, a),
        )
    kind = "contradiction" if link.confident else "possible_conflict"
    return Finding(
        kind=kind,
        slot=slot,
        docs=docs,
        values=values,
        confidence=link.score,
        claims=(a.id, b.id),
        explanation=_conflict_text(slot, x, y, a, link.confident),
    )


def _agreement_text(slot: str, x: Evidence, y: Evidence, narrower: str | None, claim: Claim) -> str:
    said = f"{x.doc} says {describe_value(slot, x)} and {y.doc} says {describe_value(slot, y)}"
    if narrower is None:
        return f"Both give the same {slot} for the {event_label(claim)}: {said}."
    return f"Compatible {slot} for the {event_label(claim)}: {said}; {narrower} is more precise."


def _conflict_text(slot: str, x: Evidence, y: Evidence, claim: Claim, confident: bool) -> str:
    said = f"{x.doc} says {describe_value(slot, x)} but {y.doc} says {describe_value(slot, y)}"
    if confident:
        return f"The sources disagree on the {slot} of the {event_label(claim)}: {said}."
    return (
        f"These may tell the same {event_label(claim)} (not certain: too little in common to be sure); "
        f"if they do, they disagree on the {slot}: {said}."
    )


def _pair_findings(link: Link, claims: dict[str, Claim]) -> list[Finding]:
    a, b = claims[link.a], claims[link.b]
    findings = []
    for slot, x, y, relation in _slot_pairs(a, b):
        finding = _finding_for(link, a, b, slot, x, y, relation)
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


def _events(claims: Sequence[Claim], links: Sequence[Link]) -> list[Event]:
    by_id = {claim.id: claim for claim in claims}
    events = []
    for number, group in enumerate(group_events(claims, links)):
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


def compare_analysed(documents: Sequence[DocumentMentions], claims: Sequence[Claim]) -> Comparison:
    links = align(claims)
    by_id = {claim.id: claim for claim in claims}
    findings = [finding for link in links for finding in _pair_findings(link, by_id)]
    findings += _unmatched_amounts(claims, links)
    events = _events(claims, links)
    return Comparison(
        documents=tuple(documents),
        claims=tuple(claims),
        links=tuple(links),
        events=tuple(events),
        findings=tuple(_ordered(findings, events)),
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
