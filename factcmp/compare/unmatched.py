"""Unmatched amounts: the counts and quantities of claims no other document tells.

Decides that each count and quantity of a claim with no link at all is a ``single_source``
finding: a fact only one source gives, about an event only that source tells.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcmp.align.links import Link
from factcmp.claims.model import Claim
from factcmp.compare.describe import describe_value, event_label
from factcmp.compare.model import Finding


def unmatched_amounts(claims: Sequence[Claim], links: Sequence[Link]) -> list[Finding]:
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
