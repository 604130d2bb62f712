"""The comparison of aligned claims: every kind of finding, gathered and ordered.

Decides which finder runs where: slot findings (``slots``) on every event of confident links,
with the lowest confidence of its links; possible conflicts (``conflicts``) on uncertain links
between claims of different events; single-source amounts (``unmatched``) on claims no link
touches. A new kind of finding gets its own module beside these and is gathered here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

import attrs

from factcmp.align.links import Link
from factcmp.align.stories import Story
from factcmp.claims.model import Claim
from factcmp.compare.conflicts import possible_conflicts
from factcmp.compare.events import events_of
from factcmp.compare.model import Comparison, Finding
from factcmp.compare.ordering import ordered
from factcmp.compare.slots import event_findings
from factcmp.compare.unmatched import unmatched_amounts
from factcmp.model import DocumentMentions, Published


def _confidence(
    group: Sequence[str], doc_of: Mapping[str, str], links: Mapping[tuple[str, str], Link]
) -> tuple[float, tuple[str, ...]]:
    """How sure it is that an event's claims tell one event, and what that rests on, from its pairs
    of claims of different documents: the average link score (a pair never linked counts 0), as
    the events were grouped (factcmp.align.linkage); and each reason the links give, with how many
    pairs give it, and how many pairs were never linked."""
    pairs = [(a, b) for i, a in enumerate(group) for b in group[i + 1 :] if doc_of[a] != doc_of[b]]
    total, unlinked = 0.0, 0
    reasons: Counter[str] = Counter()
    for a, b in pairs:
        link = links.get((a, b)) or links.get((b, a))
        if link is None:
            unlinked += 1
            continue
        total += link.score
        reasons.update(dict.fromkeys(link.reasons, 1))
    every = len(pairs)
    basis = [reason if n == every else f"{reason} ({n} of {every} pairs)" for reason, n in reasons.most_common()]
    if unlinked:
        basis.append(f"{unlinked} of {every} pairs not linked")
    return (total / every if every else 0.0), tuple(basis)


def _all_findings(
    claims: Sequence[Claim],
    links: Sequence[Link],
    groups: Sequence[list[str]],
    published: Mapping[str, Published | None],
) -> list[Finding]:
    by_id = {claim.id: claim for claim in claims}
    doc_of = {claim.id: claim.doc for claim in claims}
    link_of = {(link.a, link.b): link for link in links}
    group_of = {claim_id: number for number, group in enumerate(groups) for claim_id in group}
    findings: list[Finding] = []
    for group in groups:
        if len({doc_of[claim_id] for claim_id in group}) > 1:
            members = [by_id[claim_id] for claim_id in group]
            confidence, basis = _confidence(group, doc_of, link_of)
            findings += [attrs.evolve(f, basis=basis) for f in event_findings(members, confidence, published)]
    for link in links:
        if not link.confident and group_of[link.a] != group_of[link.b]:
            findings += possible_conflicts(link, by_id)
    grouped = {claim_id for group in groups if len({doc_of[c] for c in group}) > 1 for claim_id in group}
    return findings + unmatched_amounts([claim for claim in claims if claim.id not in grouped], links)


def comparison_of(
    documents: Sequence[DocumentMentions],
    claims: Sequence[Claim],
    links: Sequence[Link],
    groups: Sequence[list[str]],
    stories: Sequence[Story] = (),
) -> Comparison:
    """The comparison of claims linked into events (factcmp.align.events)."""
    events = events_of(claims, groups)
    published = {entry.document.id: entry.document.publication for entry in documents}
    return Comparison(
        documents=tuple(documents),
        stories=tuple(stories),
        claims=tuple(claims),
        links=tuple(links),
        events=tuple(events),
        findings=tuple(ordered(_all_findings(claims, links, groups, published), events)),
    )
