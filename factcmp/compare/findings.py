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


def _confidence(members: Sequence[Claim], links: Mapping[tuple[str, str], Link]) -> tuple[float, tuple[str, ...]]:
    """How sure it is that an event's claims tell one event, and what that rests on, from its pairs
    of claims of different documents: the average link score (a pair never linked counts 0), as
    the events were grouped (factcmp.align.linkage); and each reason the links give, with how many
    pairs give it, and how many pairs were never linked."""
    pairs = [(a.id, b.id) for i, a in enumerate(members) for b in members[i + 1 :] if a.doc != b.doc]
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
    link_of = {(link.a, link.b): link for link in links}
    findings: list[Finding] = []
    grouped: set[str] = set()  # the claims of events that more than one document tells
    for group in groups:
        members = [by_id[claim_id] for claim_id in group]
        if len({claim.doc for claim in members}) > 1:
            confidence, basis = _confidence(members, link_of)
            findings += [attrs.evolve(f, basis=basis) for f in event_findings(members, confidence, published)]
            grouped.update(group)
    uncertain = [link for link in links if not link.confident]
    ends = {claim_id for link in uncertain for claim_id in (link.a, link.b)}
    group_of = {claim_id: number for number, group in enumerate(groups) for claim_id in group if claim_id in ends}
    for link in uncertain:
        if group_of[link.a] != group_of[link.b]:
            findings += possible_conflicts(link, by_id)
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
