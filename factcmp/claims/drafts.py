"""Claims being built, and the claims already told that a later sentence may refer back to.

Decides what a later statement of an event adds to one told before: what was said first stays.
"""

from __future__ import annotations

import attrs

from factcmp.model import Evidence, Mention, Span
from factcmp.text.phrases import PhraseMatch
from factcmp.text.segment import Sentence


@attrs.define
class Draft:
    """A claim being built; frozen into a Claim once its slots are filled."""

    trigger: PhraseMatch
    trigger_span: Span
    clause: Span
    background: bool
    modality: str = "asserted"
    source: Mention | None = None
    actors: list[Mention] = attrs.field(factory=list)
    dates: list[Mention] = attrs.field(factory=list)
    places: list[Mention] = attrs.field(factory=list)
    counts: list[Mention] = attrs.field(factory=list)
    quantities: list[Mention] = attrs.field(factory=list)
    object: Evidence | None = None
    update: str | None = None  # how its counts moved, when told as a toll update (factcmp.claims.updates)

    def merge(self, later: Draft) -> None:
        """Take in what a later sentence adds about the same event, keeping what was said first."""
        self.dates = self.dates or later.dates
        self.object = self.object or later.object
        for mine, theirs in (
            (self.actors, later.actors),
            (self.places, later.places),
            (self.counts, later.counts),
            (self.quantities, later.quantities),
        ):
            mine.extend(m for m in theirs if m not in mine)


@attrs.define
class Told:
    """A claim already read, that a later sentence may refer back to."""

    sentence_index: int
    draft: Draft
    sentence: Sentence
    position: int  # its index among the document's claims
