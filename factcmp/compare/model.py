"""What a comparison says: its findings, the events they are about, and the whole ``Comparison``.

Decides the kinds of finding (in the order reports show them) and the slots they are about,
and the JSON form of each. Reports are rendered by ``factcmp.report``, which depends on this
module, not the other way round.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import attrs

from factcmp.align.links import Link
from factcmp.align.stories import Story
from factcmp.claims.model import Claim
from factcmp.model import DocumentMentions, Evidence

FINDING_KINDS = ("contradiction", "revision", "possible_conflict", "agreement", "single_source")
SLOTS = ("count", "time", "place", "actor", "object", "quantity")


@attrs.frozen(kw_only=True)
class Finding:
    kind: str  # contradiction | revision | possible_conflict | agreement | single_source
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
    """What several reports say: their mentions and claims, the stories they tell, the events their
    claims were grouped into, and the findings (agreements, contradictions, ...) about each event."""

    documents: tuple[DocumentMentions, ...]
    claims: tuple[Claim, ...]
    links: tuple[Link, ...]
    events: tuple[Event, ...]
    findings: tuple[Finding, ...]
    stories: tuple[Story, ...] = ()

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
            "stories": [story.to_dict() for story in self.stories],
            "claims": [claim.to_dict() for claim in self.claims],
            "events": [event.to_dict() for event in self.events],
            "findings": [finding.to_dict() for finding in self.findings],
        }

    def to_json(self, *, indent: int | None = 1) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_markdown(self) -> str:
        """The findings as a Markdown report (factcmp.report.render)."""
        from factcmp.report import render  # the report depends on the comparison: imported only when asked for

        return render(self, "md")

    def to_html(self) -> str:
        """A self-contained HTML page of the sources and findings (factcmp.report.render)."""
        from factcmp.report import render  # the report depends on the comparison: imported only when asked for

        return render(self, "html")
