"""The comparison of aligned claims: every kind of finding, gathered and ordered.

Decides which finder runs where: slot findings (``slots``) on every event of confident links,
with the lowest confidence of its links; possible conflicts (``conflicts``) on uncertain links
between claims of different events; single-source amounts (``unmatched``) on claims no link
touches. A new kind of finding gets its own module beside these and is gathered here.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcmp.align.links import Link
from factcmp.align.stories import Story
from factcmp.claims.model import Claim
from factcmp.compare.conflicts import possible_conflicts
from factcmp.compare.events import events_of
from factcmp.compare.model import Comparison, Finding
from factcmp.compare.ordering import ordered
from factcmp.compare.slots import event_findings
from factcmp.compare.unmatched import unmatched_amounts
from factcmp.model import DocumentMentions


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
            findings += event_findings([by_id[claim_id] for claim_id in group], min(scores[number]))
    for link in links:
        if not link.confident and group_of[link.a] != group_of[link.b]:
            findings += possible_conflicts(link, by_id)
    return findings + unmatched_amounts(claims, links)


def comparison_of(
    documents: Sequence[DocumentMentions],
    claims: Sequence[Claim],
    links: Sequence[Link],
    groups: Sequence[list[str]],
    stories: Sequence[Story] = (),
) -> Comparison:
    """The comparison of claims linked into events (factcmp.align.events)."""
    events = events_of(claims, groups)
    return Comparison(
        documents=tuple(documents),
        stories=tuple(stories),
        claims=tuple(claims),
        links=tuple(links),
        events=tuple(events),
        findings=tuple(ordered(_all_findings(claims, links, groups), events)),
    )
