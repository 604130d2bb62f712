"""What a comparison says: its findings, the events they are about, and the whole ``Comparison``.

Decides the kinds of finding (in the order reports show them) and the slots they are about,
and the JSON form of each. Reports are rendered by ``factcmp.report``, which depends on this
module, not the other way round.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs

from factcmp import export, jsontext
from factcmp.align.links import Link
from factcmp.align.stories import Story
from factcmp.claims.model import Claim
from factcmp.model import SCHEMA_VERSION, DocumentMentions, Evidence
from factcmp.names import FINDING_KINDS as FINDING_KINDS  # re-exported for the reports
from factcmp.names import SLOTS as SLOTS
from factcmp.names import FindingKind, Slot, Table, names_of

if TYPE_CHECKING:
    import pandas


@attrs.frozen(kw_only=True)
class Finding:
    """What the reports of one event say about one slot of it: that they agree, that they
    contradict each other (or may: ``possible_conflict``, when it is not sure the claims tell one
    event), that a toll was revised as reports came out (``revision``: ``docs`` and ``values`` in
    publication order), or that only one of them states it (``single_source``).

    ``docs`` are the documents that state the slot, ``values`` each one's evidence (where it says
    it, in what words, and the normalized value), ``claims`` the claims the finding rests on and
    ``event`` the id of their event. ``confidence`` is how sure it is that the claims tell the same
    event; ``basis`` gives the parts behind it, what matched and what did not between the claims
    («same time», «shared actors (2 of 3 pairs)», «1 of 3 pairs not linked»); ``explanation`` says
    the finding in a sentence; ``more_precise`` names, for an agreement across granularity (2018
    and 17 September 2018), the document with the narrower value.
    Findings are hashable (the hash leaves ``values`` out; equality does not).
    """

    kind: str  # contradiction | revision | possible_conflict | agreement | single_source
    slot: str  # count | time | place | actor | object | quantity
    docs: tuple[str, ...]
    values: dict[str, Evidence] = attrs.field(hash=False)
    confidence: float
    claims: tuple[str, ...]
    explanation: str
    event: str | None = None
    more_precise: str | None = None  # for agreements across granularity: the (first) document with the narrowest value
    basis: tuple[str, ...] = ()  # what the confidence rests on: what matched, what did not

    def to_dict(self) -> dict[str, Any]:
        """The finding's JSON form (docs/output-format.md)."""
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
            "basis": list(self.basis),
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
        kind: FindingKind | Iterable[FindingKind] | None = None,
        slot: Slot | Iterable[Slot] | None = None,
        doc: str | None = None,
    ) -> list[Finding]:
        """Findings of the given kind(s) and slot(s) that involve the given document; each left out
        means any. An unknown kind, slot or document is a ``ValueError`` that lists the known ones."""
        kinds = FINDING_KINDS if kind is None else names_of(kind, FINDING_KINDS, "finding kind")
        slots = SLOTS if slot is None else names_of(slot, SLOTS, "slot")
        if doc is not None:
            names_of(doc, tuple(entry.document.id for entry in self.documents), "document")
        return [f for f in self.findings if f.kind in kinds and f.slot in slots and (doc is None or doc in f.docs)]

    def claim(self, claim_id: str) -> Claim:
        """The claim with this id (``KeyError`` when there is none)."""
        found = next((claim for claim in self.claims if claim.id == claim_id), None)
        if found is None:
            raise KeyError(f"no claim {claim_id!r} in this comparison")
        return found

    def to_records(self, table: Table = "findings") -> list[dict[str, Any]]:
        """One of the comparison's tables (``mentions``, ``claims``, ``events`` or ``findings``) as
        flat records with evidence offsets: one dict a row, the same columns in each
        (``factcmp.export`` says what a row is)."""
        return export.records(self, table)

    def to_dataframe(self, table: Table = "findings") -> pandas.DataFrame:
        """One of the comparison's tables (see ``to_records``) as a pandas DataFrame; needs the
        ``factcmp[pandas]`` extra."""
        return export.dataframe(table, self.to_records(table))

    def to_dict(self) -> dict[str, Any]:
        """The comparison's JSON form (docs/output-format.md, docs/schema/compare.schema.json):
        ``schema_version``, then documents with their mentions, stories, claims, events, findings."""
        return {
            "schema_version": SCHEMA_VERSION,
            "documents": [document.to_dict() for document in self.documents],
            "stories": [story.to_dict() for story in self.stories],
            "claims": [claim.to_dict() for claim in self.claims],
            "events": [event.to_dict() for event in self.events],
            "findings": [finding.to_dict() for finding in self.findings],
        }

    def to_json(self, *, indent: int | None = 1) -> str:
        """``to_dict()`` as JSON text (UTF-8 characters as they are, not escaped): by default each
        document, story, claim, event and finding on a line of its own (factcmp.jsontext), with
        ``indent=None`` on one line, with another ``indent`` pretty-printed (slower)."""
        if indent == 1:
            return jsontext.dumps(self.to_dict())
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_markdown(self) -> str:
        """The findings as a Markdown report (factcmp.report.render)."""
        from factcmp.report import render  # the report depends on the comparison: imported only when asked for

        return render(self, "md")

    def to_html(self) -> str:
        """A self-contained HTML page of the sources and findings (factcmp.report.render)."""
        from factcmp.report import render  # the report depends on the comparison: imported only when asked for

        return render(self, "html")
